"""Read stage: one file on disk → :class:`~pipeline.models.RawDoc`.

``read_raw(path)`` takes the path of an archived news file and returns a ``RawDoc``: the
decoded text of the article part (``body``), what kind of markup that body is
(``body_kind``: html, markdown or text) and the metadata its *container* carries:

* dutymachine archives: ``<!--epoch-ms-->`` / ``[title](url)`` / ``------`` / body (the
  China Digital Times variant has no epoch line but a ``日期：<RFC 822>`` line);
* gfw-breaker "banned news" pages: ``### title`` / ``-----`` / nav lines / HTML body /
  ``原文地址（需翻墙访问）：url`` footer;
* YAML front matter (Jekyll, Hugo, the hkcnews archive) followed by any of the above;
* full HTML documents, bare HTML fragments, Markdown and plain text.

Metadata that only the page itself carries (``<meta>`` tags, JSON-LD, a dateline in the
first paragraph…) is left to the clean stage, which sees the parsed page.

Decoding never asks the user: BOM → strict UTF-8 → the declared charset if it decodes
strictly (gb2312/gbk are read as their superset GB18030) → GB18030 / Big5 chosen by how
common the decoded characters are → charset-normalizer → a lossy decode.  ``encoding``
records the codec used and ``replacements`` how many U+FFFD were introduced.

Every failure is an :class:`~pipeline.errors.InputError` whose message says what to do.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import email.utils
import hashlib
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.errors import InputError
from pipeline.models import RawDoc
from pipeline.selectors import OUTLET_BY_HOST

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000

# ---------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Declared charsets are often a subset of what the page really uses (a "gb2312" page with
# GBK or GB18030 characters); decoding with the superset is always safe.
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "euc-cn": "gb18030",
    "x-euc-cn": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big-5": "big5hkscs",
    "x-big5": "big5hkscs",
    "cp950": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode": "utf-8",
}

_DECLARED_CHARSET = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,30})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,30}))""",
    re.IGNORECASE,
)

# Bytes that never occur in text: C0 controls except TAB LF VT FF CR and ESC (some
# old GB pages contain stray ESC sequences).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ", "an xz-compressed file"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
)

_counter = threading.local()


def _count_and_replace(error: UnicodeDecodeError) -> tuple[str, int]:
    _counter.n = getattr(_counter, "n", 0) + 1
    return "\ufffd", error.end


codecs.register_error("cnevents-count", _count_and_replace)


def _lossy_decode(data: bytes, encoding: str) -> tuple[str, int]:
    """Decode replacing bad bytes with U+FFFD; return the text and how many were replaced."""
    _counter.n = 0
    text = data.decode(encoding, errors="cnevents-count")
    return text, _counter.n


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _canonical_charset(name: str) -> str | None:
    name = name.strip().lower()
    if name in _CHARSET_ALIASES:
        return _CHARSET_ALIASES[name]
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>``, ``<?xml?>``)."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    raw = (match.group(1) or match.group(2)).decode("ascii", "replace")
    return _canonical_charset(raw)


def _is_common_han(ch: str) -> bool:
    """True for the ~3,700 most common simplified (GB2312 level 1) and ~5,400 most common
    traditional (Big5 level 1) characters.  A wrong CJK codec produces mostly rare
    characters, so this share separates GB18030 from Big5 without any word list."""
    try:
        gb = ch.encode("gb2312")
        if len(gb) == 2 and 0xB0 <= gb[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b5 = ch.encode("big5")
        if len(b5) == 2 and 0xA4 <= b5[0] <= 0xC6:
            return True
    except UnicodeEncodeError:
        pass
    return False


def _plausibility(text: str) -> float:
    """Share of plausible characters among the non-ASCII ones of a decoded sample."""
    sample = [ch for ch in text[:60_000] if ord(ch) > 127]
    if not sample:
        return 1.0
    good = 0
    for ch in sample:
        if "\u4e00" <= ch <= "\u9fff":
            good += _is_common_han(ch)
        elif unicodedata.category(ch)[0] in "PZ" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef":
            good += 1
    return good / len(sample)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replacements: int


def decode_bytes(data: bytes) -> Decoded:
    """Decode the bytes of a page, detecting the encoding (see the module docstring)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, bad = _lossy_decode(data[len(bom):], encoding)
            return Decoded(text, encoding + ("-sig" if encoding == "utf-8" else ""), bad)

    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", 0)

    declared = declared_charset(data)
    if declared and declared != "utf-8":
        text = _strict(data, declared)
        if text is not None and (declared not in ("gb18030", "big5hkscs") or _plausibility(text) > 0.6):
            return Decoded(text, declared, 0)

    # Nearly valid UTF-8 (a truncated character, one bad byte): keep UTF-8.
    utf8_text, utf8_bad = _lossy_decode(data, "utf-8")
    non_ascii = sum(1 for b in data[:200_000] if b > 127)
    if utf8_bad <= max(2, non_ascii // 1000) and non_ascii > 20 * utf8_bad:
        return Decoded(utf8_text, "utf-8", utf8_bad)

    candidates = []
    for encoding in ("gb18030", "big5hkscs"):
        text = _strict(data, encoding)
        if text is not None:
            candidates.append((_plausibility(text), encoding == "gb18030", encoding, text))
    if candidates:
        score, _, encoding, text = max(candidates)
        if score > 0.5:
            return Decoded(text, encoding, 0)

    guess = _charset_normalizer_guess(data)
    if guess:
        text, bad = _lossy_decode(data, guess)
        if bad == 0 and _plausibility(text) > 0.5:
            return Decoded(text, guess, 0)

    # Last resort: the CJK codec that loses the fewest bytes.
    best = None
    for encoding in ("gb18030", "big5hkscs", "utf-8"):
        text, bad = _lossy_decode(data, encoding)
        key = (bad, -_plausibility(text))
        if best is None or key < best[0]:
            best = (key, Decoded(text, encoding, bad))
    return best[1]


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: the CJK heuristics above cover Chinese pages
        return None
    try:
        match = from_bytes(data[:200_000]).best()
    except Exception:  # a detector bug must not stop the read
        log.debug("charset-normalizer failed", exc_info=True)
        return None
    if match is None:
        return None
    return _canonical_charset(match.encoding)


# ---------------------------------------------------------------------------------------
# Dates (shared with the clean stage)
# ---------------------------------------------------------------------------------------

_ISO_DATE = re.compile(
    r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)
_CJK_DATE = re.compile(
    r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"
    r"(?:\s*(?:[上下]午)?\s*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?\s*$"
)
_DMY_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*-?\s*(\d{1,2}):(\d{2}))?\s*$")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_RFC822_DATE = re.compile(r"^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}")


def _format_date(year, month, day, hour=None, minute=None, second=None, tz=None) -> str:
    """ISO 8601 with the precision of the source; "" when the values are not a date."""
    try:
        year, month, day = int(year), int(month), int(day)
        if not 1900 <= year <= 2100:
            return ""
        dt.date(year, month, day)
        out = f"{year:04d}-{month:02d}-{day:02d}"
        if hour is None or minute is None:
            return out
        hour, minute = int(hour), int(minute)
        sec = int(second) if second is not None else None
        dt.time(hour, minute, sec or 0)
    except (TypeError, ValueError):
        return ""
    out += f"T{hour:02d}:{minute:02d}"
    if sec is not None:
        out += f":{sec:02d}"
    if tz:
        tz = tz.upper()
        if tz in ("Z", "UTC", "GMT") or tz.replace(":", "") in ("+0000", "-0000"):
            out += "Z"
        else:
            digits = tz.replace(":", "")
            out += f"{digits[:3]}:{digits[3:]}"
    return out


def epoch_to_iso(value: str | int) -> str:
    """Epoch seconds or milliseconds → ``YYYY-MM-DDTHH:MM:SSZ`` (UTC)."""
    number = int(value)
    if number > 10**11:  # milliseconds
        number //= 1000
    try:
        moment = dt.datetime.fromtimestamp(number, tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return ""
    if not 1990 <= moment.year <= 2100:
        return ""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_date(value: str) -> str:
    """A date string in any of the formats news pages use → ISO 8601, or "".

    Keeps the precision of the source (a bare date stays ``YYYY-MM-DD``) and its time
    zone (``Z`` for UTC/GMT, ``±HH:MM`` otherwise, nothing for local times).
    """
    if not value:
        return ""
    value = value.strip()[:80]
    if _EPOCH.match(value):
        return epoch_to_iso(value)
    match = _ISO_DATE.match(value)
    if match:
        return _format_date(*match.groups())
    match = _CJK_DATE.match(value)
    if match:
        return _format_date(*match.groups())
    match = _DMY_DATE.match(value)
    if match:
        day, month, year, hour, minute = match.groups()
        return _format_date(year, month, day, hour, minute)
    if _RFC822_DATE.match(value):
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return ""
        if moment is None:
            return ""
        tz = None
        if moment.tzinfo is not None:
            offset = moment.utcoffset() or dt.timedelta(0)
            minutes = int(offset.total_seconds() // 60)
            tz = "Z" if minutes == 0 else f"{'+' if minutes > 0 else '-'}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
        return _format_date(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second, tz)
    return ""


# ---------------------------------------------------------------------------------------
# Outlets
# ---------------------------------------------------------------------------------------

_ARCHIVE_WRAPPER = re.compile(r"^https?://(?:web\.)?archive\.org/web/[^/]+/(.+)$", re.IGNORECASE)


def unwrap_archive_url(url: str) -> str:
    """``https://web.archive.org/web/2021…/https://www.x.com/a`` → ``https://www.x.com/a``."""
    match = _ARCHIVE_WRAPPER.match(url or "")
    if not match:
        return url
    inner = match.group(1)
    if not re.match(r"^https?://", inner, re.IGNORECASE):
        inner = "http://" + inner
    return inner


def outlet_for_url(url: str) -> str:
    """The outlet code of a URL's host (``https://www.dw.com/zh/…`` → ``dw``), or ""."""
    if not url:
        return ""
    try:
        host = (urlsplit(unwrap_archive_url(url.strip())).hostname or "").lower()
    except ValueError:
        return ""
    if not host:
        return ""
    for suffix, code in OUTLET_BY_HOST:
        if host == suffix or host.endswith("." + suffix):
            return code
    return ""


# ---------------------------------------------------------------------------------------
# Containers
# ---------------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_MULTILINE_LINK = re.compile(r"\[([^\[\]]{1,1500}?)\]\((https?://[^)\s]{1,3000})\)[ \t]*(?:\n|\Z)", re.DOTALL)
# key: value.  The value is stripped in Python: a lazy (.*?) before \s*$ backtracks
# quadratically on a long line full of spaces.
_FM_LINE = re.compile(r"([A-Za-z_][\w-]*)\s*:(.*)")
_EPOCH_COMMENT = re.compile(r"\A\s*<!--\s*(\d{10,13})\s*-->[ \t]*(?:\r?\n|\Z)")
_RULE = re.compile(r"^\s*(?:-{3,}|={3,})\s*$")
_DATE_LINE = re.compile(r"^\s*(?:日期|时间|時間|发布时间|發佈時間|Date)\s*[：:]\s*(.{6,60}?)\s*$")
_ATX_TITLE = re.compile(r"^\s{0,3}#{1,3}\s+(.+?)\s*#*\s*$")
_ORIGINAL_URL = re.compile(r"(?:原文地址|原文链接|原文網址|原文鏈接)(?:（[^）]{0,12}）)?\s*[：:]\s*(https?://\S+)")
# Atomic comment and possessive loop: with plain groups a page that opens with 30
# comments and no <html> backtracks exponentially (each comment could also end at a
# later "-->").
_HTML_DOC = re.compile(r"\A(?:\s++|(?><!--.*?-->)|<\?xml[^>]*+>)*+<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|img|h[1-6]|ul|ol|li|table|tr|td|section|article|figure|"
    r"blockquote|strong|b|em|i|iframe|script|style|hr)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_MD_LINE = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]|[-*+][ \t]|>[ \t])", re.MULTILINE)
_MD_LINK = re.compile(r"\[[^\[\]\n]{1,300}\]\([^()\s]{1,2000}\)")
# A Markdown heading as the body's first line (hkcnews: "# 标题" then paragraphs and
# <figure> blocks): the page is Markdown, however few other signs it has
_MD_LEADING_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+\S")


def _first_line(text: str, start: int) -> tuple[str, int]:
    """The line starting at ``start`` and the offset just after its newline."""
    end = text.find("\n", start)
    if end < 0:
        return text[start:], len(text)
    return text[start:end], end + 1


def _markdown_link(line: str) -> tuple[str, str] | None:
    """``[title](url)`` on a line of its own → (title, url)."""
    line = line.strip()
    if not (line.startswith("[") and line.endswith(")")) or len(line) > 5000:
        return None
    split = line.rfind("](")
    if split < 1:
        return None
    url = line[split + 2 : -1].strip()
    if not re.match(r"^https?://\S+$", url):
        return None
    return line[1:split].strip(), url


def _parse_front_matter(block: str) -> dict[str, str]:
    """Top-level scalar keys of a YAML front matter (lists and nested keys are skipped).

    A tiny parser instead of a YAML library: front matter written by scrapers is often not
    valid YAML (unescaped quotes, colons in titles), and we only need a few scalars.
    """
    meta: dict[str, str] = {}
    for line in block.splitlines():
        if not line or line[0] in " \t-#":
            continue
        match = _FM_LINE.fullmatch(line)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        if value[:1] in "[{|>" or not value:
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            quote = value[0]
            value = value[1:-1]
            if quote == '"':
                value = value.replace('\\"', '"').replace("\\\\", "\\")
            else:
                value = value.replace("''", "'")
        meta[key] = value.strip()
    return meta


def _looks_like_html(text: str) -> bool:
    sample = text[:200_000]
    tags = len(_HTML_TAG.findall(sample))
    return tags >= 3 or (tags >= 1 and len(sample) < 400)


def _markdown_signs(sample: str) -> int:
    """Markdown headings, list items, quotes and links in a sample (capped count)."""
    count = 0
    for _ in _MD_LINE.finditer(sample):
        count += 1
        if count >= 5:
            return count
    for _ in _MD_LINK.finditer(sample):
        count += 1
        if count >= 5:
            break
    return count


def _body_kind(body: str) -> str:
    sample = body[:200_000]
    if _looks_like_html(body):
        # Markdown with embedded HTML blocks (banned-news pages) is still Markdown when
        # Markdown headings or links sit outside the tags.
        signs = _markdown_signs(sample) + (1 if _MD_LEADING_HEADING.match(sample) else 0)
        return "markdown" if signs >= 2 and not _HTML_DOC.match(body) else "html"
    if _markdown_signs(sample):
        return "markdown"
    return "text"


@dataclass
class _Container:
    fmt: str = ""
    body: str = ""
    title: str = ""
    url: str = ""
    published: str = ""
    published_source: str = ""
    author: str = ""
    source: str = ""


def parse_container(text: str) -> _Container:
    """Split the decoded text into container metadata and the article body."""
    found = _Container()
    pos = 0
    has_front_matter = False

    match = _FRONT_MATTER.match(text)
    if match and not any(_FM_LINE.match(line) for line in match.group(1).splitlines()):
        match = None  # a horizontal rule, not front matter
    if match:
        has_front_matter = True
        meta = _parse_front_matter(match.group(1))
        pos = match.end()
        found.title = meta.get("title", "")
        found.author = meta.get("author", "") or meta.get("authors", "")
        for key in ("original_url", "canonical_url", "from", "source_url", "link", "url", "permalink"):
            value = meta.get(key, "")
            if re.match(r"^https?://", value):
                found.url = unwrap_archive_url(value)
                break
        for key in ("date", "published", "pubdate", "publish_date", "published_at", "created"):
            if meta.get(key):
                found.published = parse_date(meta[key])
                if found.published:
                    found.published_source = "front_matter"
                    break
        source = meta.get("source", "")
        if source and not re.match(r"^https?://", source):
            found.source = source

    # dutymachine: <!--epoch-ms--> / [title](url) / ------ (each part optional in variants)
    is_dutymachine = False
    match = _EPOCH_COMMENT.match(text, pos)
    if match:
        is_dutymachine = True
        archived = epoch_to_iso(match.group(1))
        if archived and not found.published:
            found.published, found.published_source = archived, "archive"
        pos = match.end()
    # skip blank lines
    while True:
        line, nxt = _first_line(text, pos)
        if line.strip() or nxt >= len(text):
            break
        pos = nxt
    line, nxt = _first_line(text, pos)
    link = _markdown_link(line)
    if link is None and line.startswith("["):
        # a title with line breaks inside the brackets: "[标题\n\n](url)"
        match = _MULTILINE_LINK.match(text, pos)
        if match:
            link = (" ".join(match.group(1).split()), match.group(2))
            nxt = match.end()
    title_line = None
    if link:
        title_line = link[0]
        if not found.url:
            found.url = unwrap_archive_url(link[1])
    elif not has_front_matter:
        atx = _ATX_TITLE.match(line) if len(line) < 1000 else None
        if atx:
            title_line = atx.group(1)
    if title_line is not None:
        rule, after_rule = _first_line(text, nxt)
        if _RULE.match(rule) or (link and is_dutymachine):
            is_dutymachine = is_dutymachine or bool(link)
            if not found.title:
                found.title = title_line
            pos = after_rule if _RULE.match(rule) else nxt
            date_line, after_date = _first_line(text, pos)
            date_match = _DATE_LINE.match(date_line) if len(date_line) < 200 else None
            if date_match and parse_date(date_match.group(1)):
                # "日期：" header of the CDT archive: the publication date itself.
                if found.published_source != "front_matter":
                    found.published = parse_date(date_match.group(1))
                    found.published_source = "header"
                pos = after_date
            if not link:
                found.fmt = "markdown"
    found.body = text[pos:]
    if is_dutymachine:
        found.fmt = "dutymachine"
    elif has_front_matter and not found.fmt:
        found.fmt = "markdown"

    if not found.url:
        # gfw-breaker footers name the original page
        tail = found.body[-6000:]
        match = _ORIGINAL_URL.search(tail)
        if match:
            found.url = match.group(1).rstrip(".,;)）")
    return found


# ---------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------


def _check_binary(data: bytes, path: str) -> None:
    head = data[:65536]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(
                f"{path}: this is {what}, not a news page; convert it to HTML or text first "
                "or leave it out of the input."
            )
    if b"\x00" in head:
        raise InputError(
            f"{path}: the file contains NUL bytes, so it is binary (or UTF-16 without a BOM); "
            "save the page as UTF-8 text or HTML and try again."
        )
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # (one pass, not one per control byte)
    if controls > max(8, len(head) // 100):
        raise InputError(
            f"{path}: {controls} control bytes in the first {len(head)} bytes — this looks "
            "like a binary file, not a news page; leave it out or convert it to text."
        )


def read_raw(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDoc:
    """Read and decode one input file; return its body and container metadata."""
    path_str = str(path)
    file = Path(path)
    try:
        if not file.exists():
            raise InputError(f"{path_str}: no such file; check the path.")
        if file.is_dir():
            raise InputError(f"{path_str}: is a directory; pass the files inside it instead.")
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path_str}: {size:,} bytes is larger than the limit of {max_bytes:,}; "
                "split the file or raise max_bytes."
            )
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except InputError:
        raise
    except OSError as error:
        raise InputError(f"{path_str}: cannot be read ({error.strerror or error}); check the permissions.") from error
    if len(data) > max_bytes:  # the file grew, or stat lied (a pipe)
        raise InputError(
            f"{path_str}: larger than the limit of {max_bytes:,} bytes; split the file or raise max_bytes."
        )
    if not data.strip():
        raise InputError(f"{path_str}: the file is empty; re-download or remove it.")

    if not any(data.startswith(bom) for bom, _ in _BOMS[:2] + _BOMS[3:]):
        _check_binary(data, path_str)
    try:
        decoded = decode_bytes(data)
    except Exception as error:  # a codec bug must surface as an input problem
        raise InputError(f"{path_str}: cannot be decoded ({error}); save it as UTF-8 and try again.") from error
    text = decoded.text
    if decoded.replacements and decoded.replacements > max(50, len(text) // 20):
        raise InputError(
            f"{path_str}: {decoded.replacements} undecodable byte sequences "
            f"(best guess {decoded.encoding}); the encoding is not one we can detect — "
            "convert the file to UTF-8 and try again."
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path_str}: the file holds only whitespace; re-download or remove it.")

    try:
        container = parse_container(text)
    except Exception as error:  # the parser is regex based; keep a bad header from escaping
        log.warning("%s: container header not understood (%s); reading as a plain page", path_str, error)
        container = _Container(body=text)
    body = container.body
    if _HTML_DOC.match(body):
        kind = "html"
    else:
        kind = _body_kind(body)
    fmt = container.fmt or ("html" if kind == "html" else kind)

    source = outlet_for_url(container.url) or container.source
    return RawDoc(
        path=path_str,
        sha256=hashlib.sha256(data).hexdigest(),
        n_bytes=len(data),
        encoding=decoded.encoding,
        format=fmt,
        body=body,
        body_kind=kind,
        title=_clean_inline(container.title),
        url=container.url,
        source=source,
        published=container.published,
        author=_clean_inline(container.author),
        replacements=decoded.replacements,
        published_source=container.published_source if container.published else "",
    )


def _clean_inline(value: str) -> str:
    return " ".join(html.unescape(value).split())
