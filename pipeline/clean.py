"""Clean stage: :class:`~pipeline.models.RawDoc` → :class:`~pipeline.models.Document`.

``clean(raw, doc_id)`` turns the body of a page (HTML, Markdown or plain text) into the
cleaned main text, split into :class:`~pipeline.models.Block` s in reading order: the
title first, then headings, paragraphs, captions (a gallery caption keeps its bold
heading), quotes and table rows.  It also settles the document metadata (title, url,
source, author, publication date), preferring what the page states over what its
archive container says.

How (each step is a function below):

1. ``body_to_html`` — Markdown and plain text become simple HTML, so one extractor serves
   every format.
2. ``parse_html`` — lxml, hardened against encoding declarations, control characters and
   pathological nesting.
3. ``page_metadata`` — ``<title>``, ``<meta>``, JSON-LD, canonical links, ``<time>``.
4. ``prune`` — scripts, styles, forms… are removed; containers whose class or id says
   boilerplate (``selectors.DISCARD_CLASS_ID``) and hidden elements are *marked*, so that
   their text can still feed metadata (a ``来源：`` line) without reaching the text.
5. ``segment`` — one pass over the tree (``lxml.etree.iterwalk``, no recursion) cuts the
   text into segments at block boundaries and ``<br>``, remembering links, bold lead-ins,
   images, lists, quotes, captions and tables.
6. ``choose_content`` — on full pages, a Readability-style score (sentence punctuation,
   length, link density, class/id hints) picks the element that holds the article.
7. ``filter_segments`` — phrase lists (``selectors.DROP_*``), link-dominated lines,
   "related articles" lists, bylines and duplicates are dropped.

A page without main text raises :class:`~pipeline.errors.CleanError`; any other failure
inside the parser is wrapped into one, so nothing else escapes.
"""

from __future__ import annotations

import html as html_lib
import itertools
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree as etree
import lxml.html

from pipeline import selectors as sel
from pipeline.errors import CleanError, PipelineError
from pipeline.models import Block, Document, RawDoc
from pipeline.normalize import detect_script, normalize
from pipeline.read import outlet_for_url, parse_date, read_raw, unwrap_archive_url

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------
# Compiled vocabulary
# ---------------------------------------------------------------------------------------


def _anchored(patterns) -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(patterns) + ")$", re.IGNORECASE)


class _AnyOf:
    """Whether a text contains a match of any of ``patterns`` (the same answer as one
    alternation of them, found faster).  Python's ``re`` scans quickly for the first
    characters of an alternation only when every alternative starts with a literal
    that has no case; one alternative that starts otherwise (a group, a class, ``^``,
    a Latin letter under IGNORECASE) makes the whole alternation try every alternative
    at every position.  So the alternatives that start with a Han character are joined
    into one pattern and each of the others is a pattern of its own."""

    def __init__(self, patterns, flags: int = 0):
        han = [p for p in patterns if "\u3400" <= p[:1] <= "\u9fff"]
        rest = [p for p in patterns if p not in han]
        self.searches = tuple(re.compile(p, flags).search for p in (["|".join(han)] if han else []) + rest)

    def found(self, text: str) -> bool:
        return any(search(text) for search in self.searches)


_DISCARD_TOKEN = _anchored(sel.DISCARD_CLASS_ID)
_INLINE_DISCARD_TOKEN = _anchored(sel.INLINE_DISCARD_CLASS_ID)
_CONTENT_TOKEN = _anchored(sel.CONTENT_CLASS_ID)
_ARTICLE_BODY_TOKEN = _anchored(sel.ARTICLE_BODY_CLASS_ID)
_HIDDEN_STYLE = re.compile(sel.HIDDEN_STYLE, re.IGNORECASE)
_DROP_PREFIX = re.compile("^(?:" + "|".join(sel.DROP_PREFIXES) + ")", re.IGNORECASE)
_DROP_CONTAINS = _AnyOf(sel.DROP_CONTAINS, re.IGNORECASE)
_DROP_EXACT = _anchored(sel.DROP_EXACT)
_DROP_UI = re.compile("|".join(sel.DROP_UI_CONTAINS))
_TEASER = re.compile(sel.TEASER_SUFFIX)
_RELATED_HEADING = re.compile(r"^[\s【\[《<>»·•|：:#]*(?:" + "|".join(sel.RELATED_HEADINGS) + r")[\s】\]》>»:：|]*$", re.IGNORECASE)
_RELATED_SECTION = re.compile(r"^[\s【\[《]*(?:" + "|".join(sel.RELATED_SECTION_PREFIXES) + r")\s*[】\]》]?\s*[：:]")
_RELATED_GALLERY = re.compile(r"^[\s【\[《]*(?:" + "|".join(sel.RELATED_GALLERY_PREFIXES) + r")\s*[】\]》]?\s*[：:]")
_TITLE_SEPARATORS = re.compile(sel.TITLE_SEPARATORS)
# Possessive separator run, entered only at its first character: a title ending in
# 100,000 dashes would otherwise be retried from every dash, each retry backtracking.
_TITLE_SUFFIX = re.compile(r"\s*(?<![-–—|｜_:：])[-–—|｜_:：]++\s*(?:" + "|".join(sel.TITLE_SITE_SUFFIXES) + r")\s*$")
_CREDIT_PREFIX = re.compile("^(?:" + "|".join(sel.CREDIT_PREFIXES) + ")")
_CREDIT_CONTAINS = re.compile("|".join(sel.CREDIT_CONTAINS))
_DATE_LABEL = re.compile("^" + sel.DATE_LABELS, re.IGNORECASE)
_AUTHOR_LABEL = re.compile("^" + sel.AUTHOR_LABELS)

_DISCARD_TAGS = frozenset(sel.DISCARD_TAGS)
_CHROME_TAGS = frozenset(sel.CHROME_TAGS)
_BLOCK = sel.BLOCK_TAGS
_CELL = "\ue000"  # cell separator (private use, not whitespace) until the row is flushed
_TABLE_PARTS = frozenset(("table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup", "col"))
_BLOCKISH_IN_CELL = frozenset(("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article"))

# Sentence punctuation: the main signal that a line is prose and not navigation.
_PUNCT = re.compile(r"[，。！？；：、,.!?;]")
_FULL_STOP = re.compile(r"[。！？!?]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_CJK_CHAR = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201f\u2014-\u2026\u3000-\u303f"
_CJK_RE = re.compile(f"[{_CJK_CHAR}]")
_WS = re.compile(r"\s+")
# A whole whitespace run that holds a line break.  Tried only where a run starts (the
# lookbehind) and lazily up to its first break, so a long run without one costs its
# length once, not its length squared.
_WS_WITH_BREAK = re.compile(r"(?<!\s)\s*?[\n\r]\s*")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Characters XML (and so lxml, when text is set) refuses: C0 controls but tab, LF, CR;
# DEL; surrogates; the noncharacters U+FFFE and U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})\b[^<>]*?(/?)>")
_VOID = frozenset(("br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr"))
_MAX_DEPTH = 180
# libxml2 checks every new attribute of an element against the ones before it, so a tag
# with 100,000 attributes takes a minute to parse; no real element has more than a few
# dozen.  Only tags longer than _LONG_TAG_CHARS are examined (the scan stops at the next
# < or >, so it is linear).
_MAX_ATTRIBUTES = 256
_LONG_TAG_CHARS = 2000
_LONG_TAG = re.compile(r"<[^<>]{%d,}" % _LONG_TAG_CHARS)
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s<>]*+))?""")

# Datelines and bylines
_DATELINE = re.compile(
    r"^\s*[【\[（(]?[^】\]）)\d\n]{0,16}?(?:北京时间|北京時間|台北时间|台北時間|香港时间|香港時間)?\s*"
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:讯|訊|电|電|报道|報導)?\s*[】\]）)]"
)
_CLAUSE_PUNCT = re.compile(r"[，。；！？,;!?]")
_TOP_DATE = re.compile(r"^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号](?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)")
_ANY_DATE = re.compile(
    r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T\s]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号](?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"|\d{1,2}/\d{1,2}/\d{4}(?:\s*-\s*\d{1,2}:\d{2})?"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC|[+-]\d{4})?)"
)
_LABELLED_DATE = re.compile(
    r"(?:发布时间|發佈時間|發布時間|发表时间|發表時間|发布日期|發佈日期|更新时间|更新時間|时间|時間|日期|"
    r"发表于|發表於|发布于|發布於|Published|Posted|Date|Updated)\s*[：:]?\s*(?P<date>" + _ANY_DATE.pattern[1:-1] + ")"
)
_DATE_THEN_FIELD = re.compile(
    r"(?P<date>" + _ANY_DATE.pattern[1:-1] + r")[^。，]{0,20}?(?:来源|來源|作者|编辑|編輯|记者|記者|责任编辑|責任編輯)\s*[：:]"
)
_SOURCE_LINE = re.compile(r"(?:^|\s|[【\[（(])(?:来源|來源|稿源|文章来源|新闻来源|消息来源)\s*[：:]\s*(.+)$")
_AUTHOR_LINE = re.compile(r"^[【\[（(]?\s*(?:作者|撰文|文)\s*[：:／/]\s*(\S.{0,30}?)\s*[】\]）)]?$")
_FIELD_SPLIT = re.compile(r"\s{2,}|\s+(?=(?:作者|编辑|編輯|责任编辑|時間|时间|日期|发布|發佈|记者|記者)\s*[：:])|[】\]）)|｜]")
_URL_DATE = (
    # RFA ids: <prefix>-MMDDYYYYhhmmss.html
    re.compile(r"rfa\.org/.*-(\d{2})(\d{2})(\d{4})\d{6}\.html", re.IGNORECASE),
    re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$)"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),
    re.compile(r"/gb/(\d{2})/(\d{1,2})/(\d{1,2})/n\d+"),
)

# Published-date signals, most trusted first (recorded in Document.published_source).
PUBLISHED_PRIORITY = (
    "front_matter", "jsonld", "meta", "header", "time", "byline", "dateline", "archive", "url",
)

# ---------------------------------------------------------------------------------------
# 1. body → HTML
# ---------------------------------------------------------------------------------------

# The patterns below run on every line of a Markdown body, so none may backtrack: a
# lazy group before "\s*#*\s*$" or two "\s*" around an optional "|" are quadratic on a
# line of 100,000 spaces.  Closing hashes and table cells are therefore handled in
# Python, link and image parts use possessive quantifiers (Python 3.11) and exclude
# the brackets that would let every "[" of "[[[[…" scan the rest of the line.
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_MD_LIST = re.compile(r"^\s{0,6}(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_MD_QUOTE_MARKS = re.compile(r"^(?:\s{0,3}>)+\s?")
# Quotes nest by recursion, one level per ">"; deeper levels are read as the deepest
# one (">>>>>>…" 10,000 times would otherwise exhaust the stack and cost quadratic time).
_MD_MAX_QUOTE_DEPTH = 8
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_TABLE_CELL_SEP = re.compile(r"\s*:?-{2,}:?\s*")
_MD_SHORTCODE = re.compile(r"\{\{[<%][^{}\n]{0,500}?[%>]\}\}")
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500}+)\]\(([^)\[\]\s]{0,2000}+)(?:\s++\"[^\"]*+\")?\)")
_MD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{0,1000}+)\]\(([^)\[\]\s]{0,2000}+)(?:\s++\"[^\"]*+\")?\)")
_MD_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,500}?)\*\*|__(?=\S)([^_\n]{1,500}?)__")


def _is_table_separator(line: str) -> bool:
    """``|---|:---:|`` (one optional pipe at each end, cells of dashes and colons)."""
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") else line
    return all(_MD_TABLE_CELL_SEP.fullmatch(cell) for cell in line.split("|"))


def _md_inline(text: str) -> str:
    text = _MD_SHORTCODE.sub("", text)
    text = _MD_IMAGE.sub(lambda m: f'<img alt="{html_lib.escape(m.group(1))}" src="{html_lib.escape(m.group(2))}">', text)
    text = _MD_LINK.sub(lambda m: f'<a href="{html_lib.escape(m.group(2))}">{m.group(1)}</a>', text)
    return _MD_BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", text)


def markdown_to_html(text: str, _depth: int = 0) -> str:
    """A small Markdown → HTML converter: headings, paragraphs, lists, quotes, tables,
    rules, links, images and bold; raw HTML blocks pass through untouched (Markdown
    allows them, and the banned-news archive mixes both)."""
    out: list[str] = []
    paragraph: list[str] = []
    table: list[str] = []
    quote: list[str] = []

    def close_paragraph() -> None:
        if paragraph:
            out.append("<p>" + _md_inline("\n".join(paragraph)) + "</p>")
            paragraph.clear()

    def close_table() -> None:
        if table:
            rows = []
            for row in table:
                cells = [c.strip() for c in row.strip().strip("|").split("|")]
                rows.append("<tr>" + "".join(f"<td>{_md_inline(c)}</td>" for c in cells) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
            table.clear()

    def close_quote() -> None:
        if quote:
            out.append("<blockquote>" + markdown_to_html("\n".join(quote), _depth + 1) + "</blockquote>")
            quote.clear()

    def close_all() -> None:
        close_paragraph()
        close_table()
        close_quote()

    in_html = False
    for line in text.split("\n"):
        if _depth >= _MD_MAX_QUOTE_DEPTH:
            marks = _MD_QUOTE_MARKS.match(line)
            if marks:
                line = line[marks.end():]
        stripped = line.strip()
        if not stripped:
            close_all()
            in_html = False
            continue
        if in_html or (stripped.startswith("<") and not paragraph):
            # A raw HTML block runs until the next blank line.
            close_all()
            in_html = True
            out.append(line)
            continue
        if _MD_SHORTCODE.fullmatch(stripped):
            continue
        quote_match = _MD_QUOTE.match(line)
        if quote_match:
            close_paragraph()
            close_table()
            quote.append(quote_match.group(1))
            continue
        close_quote()
        heading = _MD_HEADING.match(line)
        if heading:
            close_all()
            level = len(heading.group(1))
            # closing hashes: "## 标题 ##" → 标题 (what "(.*?)\s*#*\s*$" meant)
            title = heading.group(2).rstrip().rstrip("#").rstrip()
            out.append(f"<h{level}>{_md_inline(title)}</h{level}>")
            continue
        if _MD_RULE.match(line):
            close_all()
            out.append("<hr>")
            continue
        if stripped.startswith("|") or (table and "|" in stripped):
            close_paragraph()
            if not _is_table_separator(stripped):
                table.append(stripped)
            continue
        close_table()
        item = _MD_LIST.match(line)
        if item:
            close_paragraph()
            out.append(f"<ul><li>{_md_inline(item.group(1))}</li></ul>")
            continue
        paragraph.append(line)
    close_all()
    return "\n".join(out)


def text_to_html(text: str) -> str:
    """Plain text → one ``<p>`` per paragraph (blank-line separated; with no blank lines
    at all, one per line)."""
    chunks = re.split(r"\n\s*\n", text)
    if len(chunks) == 1:
        chunks = text.split("\n")
    return "\n".join("<p>" + html_lib.escape(chunk) + "</p>" for chunk in chunks if chunk.strip())


def body_to_html(body: str, kind: str) -> str:
    if kind == "markdown":
        return markdown_to_html(body)
    if kind == "text":
        return text_to_html(body)
    return body


# ---------------------------------------------------------------------------------------
# 2. parse
# ---------------------------------------------------------------------------------------


def _flatten_deep_nesting(markup: str) -> str:
    """Drop the tags nested deeper than ``_MAX_DEPTH`` (their text stays).

    libxml2 silently discards everything below depth 256, so a pathological page would
    lose its text; tag soup this deep carries no structure worth keeping anyway."""
    depth = 0
    pieces: list[str] = []
    last = 0
    for match in _TAG.finditer(markup):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            depth -= 1
            if depth >= _MAX_DEPTH:
                pieces.append(markup[last : match.start()])
                last = match.end()
            depth = max(depth, 0)
        else:
            if depth >= _MAX_DEPTH:
                pieces.append(markup[last : match.start()])
                last = match.end()
            depth += 1
    pieces.append(markup[last:])
    return "".join(pieces)


def _cap_attributes(markup: str) -> str:
    """Cut tags with more than ``_MAX_ATTRIBUTES`` attributes after the last one kept."""

    def cap(match: re.Match[str]) -> str:
        tag = match.group(0)
        if tag.count("=") <= _MAX_ATTRIBUTES:
            return tag
        end = 0
        for n, attribute in enumerate(_ATTRIBUTE.finditer(tag, 1), start=1):
            end = attribute.end()
            if n == _MAX_ATTRIBUTES:
                return tag[:end] + ">"
        return tag

    return _LONG_TAG.sub(cap, markup)


def parse_html(markup: str) -> etree._Element:
    """Parse (possibly broken) HTML into an lxml tree; raise CleanError when empty."""
    markup = _XML_DECL.sub("", markup)
    markup = _CONTROL.sub("", markup)
    markup = _cap_attributes(markup)
    if not markup.strip():
        raise CleanError("the article body is empty (the file holds only a header or a title); re-download the page or leave it out.")
    for attempt in range(2):
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
        try:
            root = lxml.html.document_fromstring(markup, parser=parser)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
            raise CleanError(f"the page cannot be parsed as HTML ({error}); check the file.") from error
        too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
        if not too_deep or attempt:
            return root
        markup = _flatten_deep_nesting(markup)
    return root


# ---------------------------------------------------------------------------------------
# 3. page metadata
# ---------------------------------------------------------------------------------------


@dataclass
class PageMeta:
    titles: list[str] = field(default_factory=list)  # <title>, og:title … (best first)
    html_title: str = ""
    urls: list[str] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)  # (signal, ISO)
    authors: list[str] = field(default_factory=list)


def _jsonld_items(data):
    """Yield every dict of a JSON-LD payload (lists and @graph flattened), iteratively."""
    stack = [data]
    seen = 0
    while stack and seen < 500:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            if "@graph" in item:
                stack.append(item["@graph"])


def _jsonld_name(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get("name") or "")
    if isinstance(value, list) and value:
        return _jsonld_name(value[0])
    return ""


def page_metadata(root: etree._Element) -> PageMeta:
    meta = PageMeta()
    for title in root.iter("title"):
        text = " ".join((title.text_content() or "").split())
        if text:
            meta.html_title = text
            break
    named_titles, named_dates, named_authors = {}, {}, {}
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv") or "").strip().lower()
        content = " ".join((tag.get("content") or "").split())
        if not key or not content:
            continue
        if key in sel.META_TITLE_NAMES:
            named_titles.setdefault(key, content)
        elif key in sel.META_URL_NAMES and content.startswith("http"):
            meta.urls.append(content)
        elif key in sel.META_DATE_NAMES:
            named_dates.setdefault(key, content)
        elif key in sel.META_AUTHOR_NAMES and not content.startswith("http"):
            named_authors.setdefault(key, content)
    for key in sel.META_TITLE_NAMES:
        if key in named_titles:
            meta.titles.append(named_titles[key])
    for key in sel.META_DATE_NAMES:
        if key in named_dates:
            value = parse_date(named_dates[key])
            if value:
                meta.dates.append(("meta", value))
                break
    for key in sel.META_AUTHOR_NAMES:
        if key in named_authors:
            meta.authors.append(named_authors[key])
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith("http"):
            meta.urls.insert(0, link.get("href").strip())
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for item in _jsonld_items(data):
            value = parse_date(str(item.get("datePublished") or item.get("dateCreated") or ""))
            if value:
                meta.dates.insert(0, ("jsonld", value))
            if item.get("headline") and isinstance(item["headline"], str):
                meta.titles.insert(0, item["headline"])
            author = _jsonld_name(item.get("author"))
            if author:
                meta.authors.insert(0, author)
            url = item.get("url") or item.get("mainEntityOfPage")
            if isinstance(url, dict):
                url = url.get("@id")
            if isinstance(url, str) and url.startswith("http") and item.get("datePublished"):
                meta.urls.append(url)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "time" and element.get("datetime"):
            value = parse_date(element.get("datetime"))
        elif (element.get("itemprop") or "").lower() == "datepublished":
            value = parse_date(element.get("content") or element.get("datetime") or element.text_content())
        elif "dc:date" in (element.get("property") or "") and element.get("content"):
            value = parse_date(element.get("content"))
        else:
            continue
        if value:
            meta.dates.append(("time", value))
            break
    return meta


# ---------------------------------------------------------------------------------------
# 4. prune
# ---------------------------------------------------------------------------------------

_MARK = "data-cnevents-drop"


def _tokens(element) -> list[str]:
    values = (element.get("class") or "") + " " + (element.get("id") or "")
    return values.lower().split()


def _punct_count(text: str) -> int:
    return len(_PUNCT.findall(text))


def prune(root: etree._Element) -> None:
    """Remove non-text elements and mark boilerplate containers (see module docstring)."""
    doomed = [el for el in root.iter() if not isinstance(el.tag, str) or el.tag.lower() in _DISCARD_TAGS]
    for element in doomed:
        if element.getparent() is None:
            continue
        if isinstance(element.tag, str) and element.tag.lower() in ("head", "title"):
            element.drop_tree()
        else:
            _remove_keep_tail(element)

    body_punct = _punct_count(root.text_content()) if len(root) else 0
    body_plain = _plain_chars(root)
    inside_marked = 0  # descendants of a marked element need no decision of their own
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "end":
            if element.get(_MARK) is not None:
                inside_marked -= 1
            continue
        if inside_marked or element.tag in ("html", "body", "a"):
            continue
        reason = _boilerplate_reason(element)
        if reason is None:
            continue
        # Safety valves: a container holding most of the page's prose, or the element
        # named as the article body, is not boilerplate whatever its class says.
        if body_punct >= 20 and _punct_count(element.text_content()) > 0.4 * body_punct:
            continue
        if body_plain >= 200 and _plain_chars(element) > 0.5 * body_plain:
            continue
        if reason.startswith(("class:", "tag:")) and _holds_article_body(element):
            continue
        if reason.startswith("class:") and any(_attribute_caption(inner) is not None for inner in element.iterdescendants()
                                               if isinstance(inner.tag, str)):
            continue  # (a gallery whose items carry their captions: class="media-gallery-embed overlay-wrap")
        element.set(_MARK, reason)
        inside_marked += 1


def _boilerplate_reason(element) -> str | None:
    """Why an element is boilerplate (hidden, a chrome tag, a class/id token), or None."""
    style = element.get("style") or ""
    if element.get("hidden") is not None or (style and _HIDDEN_STYLE.search(style)):
        return "hidden"
    if element.get("aria-hidden") == "true" and len((element.text_content() or "").strip()) <= 20:
        return "hidden"  # ad slots and icons; long aria-hidden text is kept to be safe
    if element.tag in _CHROME_TAGS:
        return "tag:" + element.tag
    tokens = _tokens(element)
    if not tokens:
        return None
    pattern = _DISCARD_TOKEN if element.tag in _BLOCK else _INLINE_DISCARD_TOKEN
    bad = [t for t in tokens if pattern.match(t)]
    if not bad:
        return None
    bad_set = set(bad)  # a class attribute may hold thousands of tokens
    if any(t not in bad_set and _CONTENT_TOKEN.match(t) for t in tokens):
        return None  # class="entry-content share": the content token wins
    return "class:" + bad[0]


def _holds_article_body(element) -> bool:
    for inner in element.iterdescendants():
        if not isinstance(inner.tag, str):
            continue
        if (inner.get("itemprop") or "").lower() == "articlebody":
            return True
        if any(_ARTICLE_BODY_TOKEN.match(t) for t in _tokens(inner)):
            return True
    return False


def _plain_chars(element) -> int:
    """Characters of text outside links (prose, lyrics, tables) below ``element``."""
    total = len(_WS.sub("", element.text_content()))
    for link in element.iter("a"):
        total -= len(_WS.sub("", link.text_content()))
    return max(total, 0)


def _remove_keep_tail(element) -> None:
    parent = element.getparent()
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


# ---------------------------------------------------------------------------------------
# 5. segment
# ---------------------------------------------------------------------------------------


@dataclass
class Segment:
    text: str
    kind: str  # paragraph | heading | caption | quote | table | item
    block: object  # the block-level element it came from
    index: int = 0
    link_chars: int = 0
    bold_prefix: str = ""
    all_bold: bool = False
    image_before: bool = False  # an image earlier in the same block element
    after_image: bool = False  # the previous thing in document order was an image
    small: bool = False  # all text inside <small>
    dropped: str = ""  # why prune marked it ("" = not marked)
    level: int = 0
    in_list: bool = False
    n_chars: int = field(init=False)  # characters without spaces
    link_density: float = field(init=False)
    score: float = field(init=False, default=-1.0)  # memo of _segment_score
    key: str | None = field(init=False, default=None, compare=False)  # memo of _segment_key

    def __post_init__(self) -> None:
        self.n_chars = len(self.text.replace(" ", ""))
        self.link_density = self.link_chars / self.n_chars if self.n_chars else 0.0


def _ws_replace(match: re.Match[str]) -> str:
    run = match.group(0)
    if "\n" in run or "\r" in run:
        string, start, end = match.string, match.start(), match.end()
        before = string[start - 1] if start else ""
        after = string[end] if end < len(string) else ""
        if (before and _CJK_RE.match(before)) or (after and _CJK_RE.match(after)):
            return ""
    return " "


def clean_inline(text: str) -> str:
    """Collapse whitespace; a line break between CJK characters is source formatting and
    disappears, any other whitespace run becomes one space.  (The runs with a line
    break go through ``_ws_replace`` first, the others become a space without a Python
    call each.)"""
    text = _ZERO_WIDTH.sub("", text)
    if "\n" in text or "\r" in text:
        text = _WS_WITH_BREAK.sub(_ws_replace, text)
    return _WS.sub(" ", text).strip()


def _is_data_table(table) -> bool:
    if table.find(".//table") is not None:
        return False
    rows = table.findall(".//tr")
    if len(rows) < 2:
        return False
    multi = 0
    for row in rows:
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if len(cells) >= 2:
            multi += 1
        for cell in cells:
            if len(cell.text_content()) > 250:
                return False
            for inner in cell.iter():
                if inner is not cell and isinstance(inner.tag, str) and inner.tag in _BLOCKISH_IN_CELL and inner.tag not in ("p", "div"):
                    return False
    return multi >= max(2, len(rows) // 2)


# Attributes that hold the caption of a lightbox gallery's item (VOA's lightbox,
# lightGallery's data-sub-html, fancybox's data-caption); lightbox2's data-title is too
# generic a name (点赞或转载 buttons use it).
CAPTION_ATTRIBUTES = ("data-lbox-gallery-item-title", "data-sub-html", "data-caption")


def _attribute_caption(element) -> str | None:
    """The caption an element holds in an attribute (see CAPTION_ATTRIBUTES), as text."""
    for name in CAPTION_ATTRIBUTES:
        value = element.get(name)
        if value and value.strip():
            if "<" in value:  # (data-sub-html holds markup)
                value = etree.HTML(value).xpath("string()")
            return html_lib.unescape(value).strip() or None  # (&middot; escaped twice in the page)
    return None


def _is_caption_container(element) -> bool:
    names = (element.get("class") or "") + " " + (element.get("id") or "")
    return "caption" in names.lower()


class _Segmenter:
    """One pass over the tree; see :func:`segment`."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.bold_pieces: list[str] = []
        self.bold_open = True  # still inside the leading bold run
        self.non_bold_chars = 0
        self.small_chars = 0
        self.total_chars = 0
        self.image_in_block = False
        self.last_was_image = False
        # context depths
        self.heading = 0
        self.quote = 0
        self.caption = 0
        self.list_item = 0
        self.link = 0
        self.bold = 0
        self.small = 0
        self.drop: list[str] = []
        self.table_rows: list[bool] = []  # stack: is the table a data table
        self.pre = 0
        self.block_stack: list = []
        self.caption_elements: list = []

    # -- buffer ------------------------------------------------------------------------
    def add(self, text: str) -> None:
        if not text:
            return
        self.pieces.append(text)
        if self.bold and self.bold_open:
            self.bold_pieces.append(text)
        visible = len("".join(text.split()))  # characters that are not whitespace (as \s)
        if visible <= 0:
            return
        self.total_chars += visible
        if self.link:
            self.link_chars += visible
        if self.small:
            self.small_chars += visible
        if not self.bold:
            self.non_bold_chars += visible
            self.bold_open = False

    def flush(self, kind_hint: str | None = None) -> None:
        if not self.pieces:
            self._reset()
            return
        raw = "".join(self.pieces)
        lines = raw.split("\n") if self.pre else [raw]
        for line in lines:
            text = clean_inline(line)
            if _CELL in text:
                text = " | ".join(cell.strip() for cell in text.split(_CELL) if cell.strip())
            if not text:
                continue
            kind = kind_hint or self._kind()
            bold = clean_inline("".join(self.bold_pieces)) if self.bold_pieces else ""
            segment = Segment(
                text=text,
                kind=kind,
                block=self.block_stack[-1] if self.block_stack else None,
                index=len(self.segments),
                link_chars=min(self.link_chars, len(text)),
                bold_prefix=bold if text.startswith(bold) else "",
                all_bold=bool(bold) and self.non_bold_chars == 0,
                image_before=self.image_in_block,
                after_image=self.last_was_image,
                small=self.total_chars > 0 and self.small_chars >= self.total_chars,
                dropped=self.drop[-1] if self.drop else "",
                level=self.heading,
                in_list=self.list_item > 0,
            )
            self.segments.append(segment)
            self.last_was_image = False
        self._reset()

    def _reset(self) -> None:
        self.pieces = []
        self.link_chars = 0
        self.bold_pieces = []
        self.bold_open = True
        self.non_bold_chars = 0
        self.small_chars = 0
        self.total_chars = 0

    def _kind(self) -> str:
        if self.table_rows and self.table_rows[-1]:
            return "table"
        if self.heading:
            return "heading"
        if self.caption:
            return "caption"
        if self.quote:
            return "quote"
        if self.list_item:
            return "item"
        return "paragraph"

    # -- walk --------------------------------------------------------------------------
    def run(self, root) -> list[Segment]:
        row_cells: list[int] = []  # cells seen so far in each open data-table row
        for event, element in etree.iterwalk(root, events=("start", "end")):
            tag = element.tag
            if not isinstance(tag, str):
                if event == "end" and element.tail:
                    self.add(element.tail)
                continue
            tag = tag.lower()
            data_table = bool(self.table_rows) and self.table_rows[-1]
            if event == "start":
                self._start(element, tag, data_table, row_cells)
            else:
                self._end(element, tag, data_table, row_cells)
        self.flush()
        return self.segments

    def _start(self, element, tag, data_table, row_cells) -> None:
        if element.get(_MARK) is not None:
            self.flush()
            self.drop.append(element.get(_MARK))
        if (caption := _attribute_caption(element)) is not None:
            # the item of a lightbox gallery, whose caption is an attribute of the element
            # (<div data-lbox-gallery-item-title="2018年4月16日，金正恩…">): a caption block
            self.flush()
            self.block_stack.append(element)
            self.add(caption)
            self.flush("caption")
            self.block_stack.pop()
        if tag == "br":
            if data_table:
                self.add(" ")
            else:
                self.flush()
        elif data_table and tag not in _TABLE_PARTS and tag in _BLOCK:
            self.add(" ")  # a <div> or <p> inside a cell does not split the row
        elif tag == "img":
            src = element.get("src") or ""
            if src and not src.endswith(".gif") or element.get("alt"):
                self.image_in_block = True
                if self.total_chars == 0:
                    self.last_was_image = True
        elif tag in ("td", "th") and data_table:
            if row_cells and row_cells[-1] > 0:
                self.add(_CELL)
            if row_cells:
                row_cells[-1] += 1
        elif tag == "tr" and data_table:
            self.flush()
            row_cells.append(0)
        elif tag in _BLOCK:
            self.flush()
            self.block_stack.append(element)
            self.image_in_block = False
            if tag == "table":
                self.table_rows.append(_is_data_table(element))
        # context
        if tag in sel.HEADING_TAGS:
            self.heading = int(tag[1])
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "figcaption" or (tag in _BLOCK and _is_caption_container(element)):
            self.caption += 1
            self.caption_elements.append(element)
        elif tag == "span" and _is_caption_container(element):
            # <span class="caption"> under a lead image (NTD, Epoch Times): a caption of its
            # own, not a piece of the block around it
            self.flush()
            self.caption += 1
            self.caption_elements.append(element)
        elif tag in ("li", "dd", "dt"):
            self.list_item += 1
        elif tag == "a" and element.get("href") is not None:
            self.link += 1
        elif tag in sel.BOLD_TAGS:
            self.bold += 1
        elif tag == "small":
            self.small += 1
        elif tag == "pre":
            self.pre += 1
        if element.text:
            self.add(element.text)

    def _end(self, element, tag, data_table, row_cells) -> None:
        if tag == "tr" and data_table:
            self.flush("table")
            if row_cells:
                row_cells.pop()
        elif tag in ("td", "th") and data_table:
            pass
        elif data_table and tag not in _TABLE_PARTS and tag in _BLOCK:
            self.add(" ")
        elif tag in _BLOCK and tag != "br":
            self.flush()
            if self.block_stack and self.block_stack[-1] is element:
                self.block_stack.pop()
            if tag == "table" and self.table_rows:
                self.table_rows.pop()
        if tag in sel.HEADING_TAGS:
            self.heading = 0
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif self.caption_elements and self.caption_elements[-1] is element:
            if tag == "span":
                self.flush()
            self.caption_elements.pop()
            self.caption = max(0, self.caption - 1)
        elif tag in ("li", "dd", "dt"):
            self.list_item = max(0, self.list_item - 1)
        elif tag == "a" and element.get("href") is not None:
            self.link = max(0, self.link - 1)
        elif tag in sel.BOLD_TAGS:
            self.bold = max(0, self.bold - 1)
        elif tag == "small":
            self.small = max(0, self.small - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        if element.get(_MARK) is not None:
            self.flush()
            if self.drop:
                self.drop.pop()
        if element.tail:
            self.add(element.tail)


def segment(root) -> list[Segment]:
    """Cut the tree's text into segments at block boundaries and ``<br>``."""
    body = root.find("body")
    return _Segmenter().run(body if body is not None else root)


# ---------------------------------------------------------------------------------------
# 6. choose the content container
# ---------------------------------------------------------------------------------------


def _segment_score(seg: Segment) -> float:
    """How much a segment looks like prose: sentence punctuation and length, discounted
    by the share of link text (navigation, lists of headlines)."""
    if seg.score < 0:
        seg.score = _prose_score(seg)
    return seg.score


def _prose_score(seg: Segment) -> float:
    n = seg.n_chars
    density = seg.link_density
    if n < 12 or density > 0.5 or seg.kind == "table":
        return 0.0
    punct = _punct_count(seg.text)
    if punct == 0 and n < 40:
        return 0.0
    return (1.0 + punct + min(n / 40.0, 5.0)) * (1.0 - density) ** 2


def _class_weight(element) -> float:
    """A multiplier from the class/id tokens: article-like names help, boilerplate hurts."""
    tokens = _tokens(element)
    weight = 1.0
    if any(_CONTENT_TOKEN.match(t) for t in tokens):
        weight *= 1.3
    if any(_DISCARD_TOKEN.match(t) for t in tokens):
        weight *= 0.5
    return weight


# Elements that hold a paragraph's text themselves; their score goes to the container.
_LEAF_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "pre", "blockquote", "figcaption", "tr"))


@dataclass
class ContainerScores:
    """Readability-style scores of the elements that contain scored segments."""

    scores: dict
    totals: dict
    links: dict
    parents: dict
    mass: dict  # sum of the segment scores of every segment below the element

    def parent(self, element):
        if element not in self.parents:
            self.parents[element] = element.getparent()
        return self.parents[element]

    def final(self, element) -> float:
        total = self.totals.get(element, 0)
        density = self.links.get(element, 0) / total if total else 0.0
        # Link-heavy lines are already worth little in the score; a mild penalty here
        # only separates link directories with summaries from articles.
        return self.scores.get(element, 0.0) * _class_weight(element) * (1.0 - 0.5 * density)

    def contains(self, ancestor, element) -> bool:
        depth = 0
        while element is not None and depth < 400:
            if element is ancestor:
                return True
            element = self.parent(element)
            depth += 1
        return False


def _lenient_score(seg: Segment) -> float:
    """For pages without prose (lyrics, poems, lists of facts): any line of plain text."""
    if seg.n_chars < 2 or seg.link_density > 0.3 or seg.kind == "table":
        return 0.0
    return (1.0 + min(seg.n_chars / 20.0, 5.0)) * (1.0 - seg.link_density) ** 2


def score_containers(segments: list[Segment]) -> ContainerScores:
    live = [s for s in segments if not s.dropped]
    scorer = _segment_score
    if sum(_segment_score(s) for s in live) < 20.0:
        scorer = _lenient_score
    board = ContainerScores({}, {}, {}, {}, {})
    for seg in live:
        element = seg.block
        score = scorer(seg)
        # Like Readability: a paragraph's score goes to its container (full) and the
        # container's parent (half), so the element holding many paragraphs wins.
        level = -1 if element is not None and element.tag in _LEAF_BLOCKS else 0
        depth = 0
        while element is not None and depth < 400:
            board.totals[element] = board.totals.get(element, 0) + seg.n_chars
            board.links[element] = board.links.get(element, 0) + seg.link_chars
            if score:
                board.mass[element] = board.mass.get(element, 0.0) + score
            if score and 0 <= level < 2:
                board.scores[element] = board.scores.get(element, 0.0) + score / (1, 2)[level]
            element = board.parent(element)
            depth += 1
            level += 1
    return board


def _signature(element) -> tuple:
    return (element.tag, " ".join(sorted(_tokens(element))))


def _first_of_repeated(best, board: ContainerScores):
    """On a page listing several posts built from one template (a blog's front page),
    the article is the first post, not the longest one.

    Walks up from ``best``; when an ancestor has at least two siblings with the same tag
    and class that also hold real prose, and the ancestor is a container (not a bare
    paragraph), the best element inside the first such sibling wins."""
    element = best
    for _ in range(15):
        parent = board.parent(element)
        if parent is None or element.tag in ("body", "html"):
            return best
        has_blocks = any(isinstance(child.tag, str) and child.tag in _BLOCK for child in element.iterdescendants())
        if has_blocks:
            signature = _signature(element)
            twins = [
                child for child in parent
                if isinstance(child.tag, str) and _signature(child) == signature and board.mass.get(child, 0.0) >= 15.0
            ]
            if len(twins) >= 3 and element in twins:
                first = twins[0]
                if first is element:
                    return best
                inside = [el for el in board.scores if board.contains(first, el)]
                return max(inside, key=board.final) if inside else best
        element = parent
    return best


def _nearby_tables(best, board: ContainerScores, segments: list[Segment]) -> set[int]:
    """Data tables next to the article (a table of results after the text) belong to
    it even though rows without sentences score nothing: take the tables that share the
    article's parent or grandparent, when they are not link lists."""
    ancestors = []
    element = board.parent(best)
    for _ in range(3):
        if element is None or element.tag in ("html", "body"):
            break
        ancestors.append(element)
        element = board.parent(element)
    if not ancestors:
        return set()
    by_table: dict = {}
    for seg in segments:
        if seg.kind == "table" and not seg.dropped and seg.block is not None:
            by_table.setdefault(seg.block, []).append(seg)
    keep: set[int] = set()
    for table, rows in by_table.items():
        if len(rows) < 2 or board.contains(best, table):
            continue
        chars = sum(r.n_chars for r in rows)
        links = sum(r.link_chars for r in rows)
        if chars and links <= 0.2 * chars and any(board.contains(a, table) for a in ancestors):
            keep.update(r.index for r in rows)
    return keep


def choose_content(segments: list[Segment], root) -> set[int]:
    """Indices of the segments inside the element(s) that hold the article."""
    live = [s for s in segments if not s.dropped]
    if not live:
        return set()
    board = score_containers(segments)
    if not board.scores:
        return {s.index for s in live}
    best = max(board.scores, key=board.final)
    best = _first_of_repeated(best, board)
    best_score = board.final(best)
    chosen = {best}
    # Siblings that also score well belong to the article (lead + body in two divs).
    parent = board.parent(best)
    if parent is not None:
        threshold = max(10.0, best_score * 0.2)
        for sibling in parent:
            if sibling is best or not isinstance(sibling.tag, str):
                continue
            if sibling in board.scores and board.final(sibling) >= threshold:
                chosen.add(sibling)
            elif sibling.tag in _LEAF_BLOCKS and board.mass.get(sibling, 0.0) >= 6.0:
                # a lead paragraph next to the body container
                total = board.totals.get(sibling, 0)
                if total >= 30 and board.links.get(sibling, 0) <= 0.25 * total:
                    chosen.add(sibling)
    keep = _nearby_tables(best, board, segments)
    for seg in live:
        if any(board.contains(element, seg.block) for element in chosen):
            keep.add(seg.index)
    keep |= _lead_figures(best, live, keep)
    return keep


# How many levels above the article's container a lead figure may stand beside.
LEAD_FIGURE_LEVELS = 2


def _lead_figures(best, live: list[Segment], keep: set[int]) -> set[int]:
    """Captions of the page's lead image: a caption with no link in an element that holds
    an image and stands before the article's container, beside it or beside one of its
    ancestors up to :data:`LEAD_FIGURE_LEVELS` levels up (archived pages put the photo
    between the headline and the text, with banners in between)."""
    first = min(keep, default=None)
    if first is None:
        return set()
    before = set()
    node = best
    for _ in range(LEAD_FIGURE_LEVELS):
        parent = node.getparent()
        if parent is None:
            break
        for sibling in parent:
            if sibling is node:
                break
            if isinstance(sibling.tag, str) and sibling.tag != "a" and next(sibling.iter("img"), None) is not None \
                    and next(sibling.iter("a"), None) is None:
                before.add(sibling)
        node = parent
    if not before:
        return set()
    out = set()
    for seg in live:
        if seg.index >= first:
            break
        if seg.kind == "caption" and not seg.link_chars and any(
                element is seg.block or any(a is element for a in seg.block.iterancestors()) for element in before):
            out.add(seg.index)
    return out


# ---------------------------------------------------------------------------------------
# 7. filter
# ---------------------------------------------------------------------------------------


_KEY_DROP = re.compile(r"[\s\W_]+")


def _key(text: str) -> str:
    return _KEY_DROP.sub("", text).lower()


def _segment_key(seg: Segment) -> str:
    """``_key(seg.text)``, computed once per segment (the title is compared with the
    headings and the first segments, and every kept segment with those before it)."""
    if seg.key is None:
        seg.key = _key(seg.text)
    return seg.key


def _is_boilerplate_text(seg: Segment) -> bool:
    text = seg.text
    n = seg.n_chars
    if n <= sel.UI_MAX_CHARS and _DROP_UI.search(text):
        return True
    # A teaser mark ends the text: its tail is enough, and on the whole text a run of
    # 100,000 dots would make the pattern's "\.{2,}" quadratic.
    if _TEASER.search(text, max(0, len(text) - 200)):
        return True
    if n <= sel.PREFIX_MAX_CHARS and _DROP_PREFIX.match(text):
        return True
    if n <= sel.CONTAINS_MAX_CHARS and _DROP_CONTAINS.found(text):
        return True
    if n <= sel.CREDIT_MAX_CHARS and (_CREDIT_PREFIX.match(text) or _CREDIT_CONTAINS.search(text)):
        return True
    if n <= 40 and _AUTHOR_LINE.match(text):
        return True  # "作者：…" is metadata (Document.author)
    trimmed = text.strip(" \t|·•»>-–—:：,，.。")
    if n <= 40 and _DROP_EXACT.match(trimmed):
        return True
    return False


def _date_of_line(text: str) -> str:
    """The publication date when the whole line is a (labelled) date, else ""."""
    if len(text) > 60:
        return ""
    stripped = _DATE_LABEL.sub("", text.strip())
    return parse_date(stripped)


_META_LABELS = re.compile(r"来源|來源|作者|发布|發佈|發布|发表|發表|时间|時間|日期|编辑|編輯|记者|記者|更新|阅读|閱讀|点击|點擊|浏览|瀏覽")


def _is_meta_line(text: str) -> bool:
    """A byline: a short line with a date and a label (``2005-04-05 06:40 来源：…``) and
    no sentence in it (a dateline that opens a paragraph is text)."""
    return (
        len(text) <= 90
        and not _CLAUSE_PUNCT.search(text)
        and bool(_ANY_DATE.search(text))
        and bool(_META_LABELS.search(text))
    )


def filter_segments(segments: list[Segment], keep: set[int]) -> list[Segment]:
    """Drop boilerplate lines from the chosen segments (see the module docstring).

    After a run of three or more boilerplate lines that follows the article's prose, the
    lines that come next are held back: they are kept only if more prose follows (the
    article went on after an inline "related" box), otherwise they are the page's tail
    (teasers, widget titles) and are dropped."""
    out: list[Segment] = []
    held: list[Segment] = []
    in_related = False
    removed_run = 0
    after_end = False
    prose_seen = 0
    for seg in segments:
        if seg.index not in keep:
            continue
        text = seg.text
        drop = False
        if _RELATED_HEADING.match(text) or (seg.n_chars <= 80 and _RELATED_SECTION.match(text)):
            in_related = True
            drop = True
        elif in_related and not (seg.kind == "heading" or _is_heading_like(seg)) and (
            seg.link_density > 0.3 or seg.in_list or seg.n_chars < 30 or _punct_count(text) < 2 or seg.image_before
        ):
            drop = True  # a related list or gallery ends at the first line of prose
        elif _is_boilerplate_text(seg) or (seg.link_density > 0.5 and seg.n_chars < 300
                                           and not (_is_heading_like(seg) and _DATED_HEADING.match(text))):
            # (a bold heading that opens with its day, 9月9日： [与…访柬埔寨](…), is a section
            # of the story, whose source the link gives)
            drop = True
        elif prose_seen < 1 and (_date_of_line(text) or _is_meta_line(text)):
            drop = True  # byline above the text; the date is kept as metadata
        if drop:
            removed_run += 1
            if removed_run >= 3 and prose_seen:
                after_end = True
            continue
        in_related = False
        removed_run = 0
        strong = _segment_score(seg) >= 8 and seg.n_chars >= 40
        if after_end and not strong:
            held.append(seg)
            continue
        if strong:
            prose_seen += 1
            after_end = False
            out.extend(held)
            held.clear()
        out.append(seg)
    return out


# ---------------------------------------------------------------------------------------
# metadata from segments
# ---------------------------------------------------------------------------------------


def _source_from_lines(segments: list[Segment]) -> str:
    for seg in segments:
        if seg.n_chars > 80:
            continue
        match = _SOURCE_LINE.search(seg.text)
        if match:
            value = _FIELD_SPLIT.split(match.group(1).strip(), maxsplit=1)[0].strip(" ：:，,。")
            if 1 <= len(value) <= 30:
                return value
    return ""


def _is_strong_prose(seg: Segment) -> bool:
    return _segment_score(seg) >= 8 and seg.n_chars >= 40


def _byline_dates(segments: list[Segment]) -> tuple[list[tuple[str, str]], Segment | None]:
    """Dates in the byline zone, above the first paragraph of prose: a line that is a
    date (with or without a label, ``<i>author<br>date</i>``), a labelled date
    (``发布时间：…``) or a date followed by a source/author field.  Also returns the
    segment naming the author when the date line follows a short name line in the same
    element (``<i>KARA SWISHER<br>2020-07-20 19:22:17</i>``)."""
    found: list[tuple[str, str]] = []
    author = None
    head: list[Segment] = []
    for seg in segments[:60]:
        if _is_strong_prose(seg) and not seg.dropped:
            break
        if not seg.dropped or seg.dropped.startswith(("class:", "tag:")):
            head.append(seg)
    for position, seg in enumerate(head):
        text = seg.text
        if seg.n_chars > 90:
            continue
        value = _date_of_line(text) if seg.n_chars <= 60 else ""
        if value:
            found.append(("byline", value))
            previous = head[position - 1] if position else None
            if (
                previous is not None
                and previous.block is seg.block
                and previous.n_chars <= 60
                and not re.search(r"[。！？!?]", previous.text)
                and not _ANY_DATE.search(previous.text)
            ):
                author = previous
            break
        match = _LABELLED_DATE.search(text) or _DATE_THEN_FIELD.search(text)
        if match:
            value = parse_date(match.group("date"))
            if value:
                found.append(("byline", value))
                break
    return found, author


def _dateline(segments: list[Segment], keep: set[int]) -> list[tuple[str, str]]:
    """A dateline opening the text (【大纪元2020年09月04日讯】, 【希望之声2020年6月9日】) or
    a bare date line at the very top."""
    prose = list(itertools.islice((
        s for s in segments
        if s.index in keep and s.kind in ("paragraph", "item", "quote") and s.n_chars >= 4
        and s.link_density <= 0.5 and not _is_boilerplate_text(s)
    ), 3))  # the first three only: testing every segment for boilerplate costs more
    for position, seg in enumerate(prose):
        match = _DATELINE.match(seg.text)
        if match:
            value = parse_date(f"{match.group(1)}-{match.group(2)}-{match.group(3)}")
            if value:
                return [("dateline", value)]
        top = _TOP_DATE.match(seg.text)
        # A date line, not a sentence that opens with a date (2019年6月1日，特朗普与…).
        if top and seg.n_chars <= 40 and position == 0 and not _CLAUSE_PUNCT.search(seg.text, top.end()):
            value = parse_date(top.group(1))
            if value:
                return [("dateline", value)]
    return []


def _author_from_lines(segments: list[Segment]) -> str:
    for seg in segments[:200]:
        if seg.n_chars <= 40:
            match = _AUTHOR_LINE.match(seg.text)
            if match:
                return match.group(1).strip()
    return ""


def _author_name(text: str) -> str:
    """``MARIA ABI-HABIB,MARIA ABI-HABIB`` → ``MARIA ABI-HABIB``; labels removed."""
    text = _AUTHOR_LABEL.sub("", text.strip())
    names: list[str] = []
    for name in re.split(r"\s*[,，、;；]\s*", text):
        if name and name not in names:
            names.append(name)
    return "、".join(names) if any(_HAN.search(n) for n in names) else ", ".join(names)


def _url_date(url: str) -> str:
    for pattern in _URL_DATE:
        match = pattern.search(url or "")
        if not match:
            continue
        a, b, c = match.groups()
        if pattern is _URL_DATE[0]:
            value = parse_date(f"{c}-{a}-{b}")
        elif pattern is _URL_DATE[3]:
            value = parse_date(f"20{a}-{b}-{c}")
        else:
            value = parse_date(f"{a}-{b}-{c}")
        if value:
            return value
    return ""


_TRAILING_PART = re.compile(r"^(?P<title>.{4,}?)\s+[-–—|｜]\s+(?P<site>[^-–—|｜]{2,40})$")


def _strip_known_site(title: str, url: str = "") -> str:
    """Remove a known site name (``… - RFI``) or the page's own site (``… - iYouPort``
    on iyouport.org) from the end of a title; other parts after a dash stay."""
    title = " ".join(title.split())
    previous = None
    while previous != title:
        previous = title
        title = _TITLE_SUFFIX.sub("", title).strip()
    match = _TRAILING_PART.match(title)
    if match and url:
        site = re.sub(r"[^a-z0-9]", "", match.group("site").lower())
        host = re.sub(r"[^a-z0-9]", "", (urlsplit(url).hostname or "").lower()) if "://" in url else ""
        if len(site) >= 3 and site in host:
            title = match.group("title").strip()
    return title


def strip_site_suffix(title: str) -> str:
    """``标题 - BBC News 中文`` → ``标题``; ``标题_频道_网站`` → ``标题``."""
    title = " ".join(title.split())
    previous = None
    while previous != title:
        previous = title
        title = _TITLE_SUFFIX.sub("", title).strip()
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]
    if len(parts) > 1:
        first = parts[0]
        longest = max(parts, key=len)
        candidate = first if len(first) >= 6 or len(first) >= len(longest) * 0.5 else longest
        if len(candidate) >= 4:
            return candidate
    return title


# ---------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------


# A heading that opens with its day and a colon (9月9日： …, 7月27/ 28日： …)
_DATED_HEADING = re.compile(r"\s*(?:\d{4}年)?\d{1,2}\s*月\s*\d{1,2}(?:\s*[/／、-]\s*\d{1,2})?\s*日\s*[：:]")


def _is_heading_like(seg: Segment) -> bool:
    """A short paragraph entirely in bold that is not a sentence (no 。！？)."""
    return (
        seg.kind in ("paragraph", "item")
        and seg.all_bold
        and seg.n_chars <= 40
        and not _FULL_STOP.search(seg.text.rstrip("？?"))  # a question can be a subhead
    )


# A heading tag around prose (hkcnews galleries write a story's paragraphs as ####): longer
# than this, with a full stop inside, the block is a paragraph
HEADING_PROSE_CHARS = 80
# …and so is a shorter one that is a whole sentence with clauses and a credit or more
# after its full stop (正在日本訪問的英國首相文翠珊，…檢閱儀仗隊。美聯社)
HEADING_SENTENCE_CHARS = 30
_CLAUSE_COMMA = re.compile(r"[，,；;]")


def _block_kind(seg: Segment) -> str:
    if seg.kind == "heading" and _FULL_STOP.search(seg.text.rstrip()[:-1]) and (
            seg.n_chars > HEADING_PROSE_CHARS
            or seg.n_chars > HEADING_SENTENCE_CHARS and _CLAUSE_COMMA.search(seg.text)):
        return "paragraph"
    if seg.kind == "item":
        return "heading" if _is_heading_like(seg) else "paragraph"
    if seg.kind == "paragraph":
        if _is_heading_like(seg):
            return "heading"
        if seg.image_before or (seg.after_image and (seg.small or seg.n_chars <= 120 and seg.all_bold)):
            return "caption"
    return seg.kind


def _caption_heading(seg: Segment) -> int:
    """Length of a gallery caption's bold lead-in (``2018年3月：北京``) when it is
    followed by a colon, else 0."""
    bold = seg.bold_prefix.rstrip("：: ")
    if not bold or len(bold) > 60 or len(bold) >= len(seg.text):
        return 0
    rest = seg.text[len(bold):].lstrip()
    if rest[:1] in ("：", ":"):
        return len(bold)
    return 0


def _pick_title(raw: RawDoc, meta: PageMeta, segments: list[Segment]) -> tuple[str, Segment | None]:
    """The title and the segment that states it (to drop it from the body)."""
    headings = [s for s in segments[:60] if s.kind == "heading" and not s.dropped and s.n_chars >= 4 and s.link_density < 0.5]
    if raw.title:
        title = raw.title
    else:
        candidates = [strip_site_suffix(t) for t in meta.titles if t]
        html_title = strip_site_suffix(meta.html_title) if meta.html_title else ""
        h1 = next((s for s in headings if s.level == 1), None)
        first_heading = None
        for seg in segments[:60]:
            if seg.dropped:
                continue
            if seg.kind == "heading" and seg.n_chars >= 4 and seg.link_density < 0.5:
                first_heading = seg
                break
            if _segment_score(seg) > 5:
                break
        title = ""
        for candidate in candidates + [html_title]:
            if not candidate:
                continue
            wanted = _key(candidate)
            match = next((s for s in headings if _segment_key(s) and (_segment_key(s) in wanted or wanted in _segment_key(s))), None)
            title = match.text if match is not None and len(_segment_key(match)) >= 0.5 * len(wanted) else candidate
            break
        if not title:
            if h1 is not None:
                title = h1.text
            elif first_heading is not None:
                title = first_heading.text
            elif meta.html_title:
                title = strip_site_suffix(meta.html_title)
    # <title>/og:title candidates were stripped above; a heading or a container title
    # only loses a known site name ("… - RFI"), never a part after a dash.
    title = _strip_known_site(title, raw.url or next(iter(meta.urls), ""))
    key = _key(title)
    duplicate = None
    if key:
        for seg in segments[:80]:
            if seg.kind in ("heading", "paragraph") and _segment_key(seg) == key:
                duplicate = seg
                break
    return title, duplicate


def _choose_published(raw: RawDoc, signals: list[tuple[str, str]]) -> tuple[str, str]:
    by_signal: dict[str, str] = {}
    for signal, value in signals:
        if value and signal not in by_signal:
            by_signal[signal] = value
    for signal in PUBLISHED_PRIORITY:
        if signal in by_signal:
            return by_signal[signal], signal
    return "", ""


def clean(raw: RawDoc, doc_id: str) -> Document:
    """Clean one decoded page; see the module docstring."""
    try:
        return _clean(raw, doc_id)
    except CleanError as error:
        if raw.path and not str(error).startswith(raw.path):
            raise CleanError(f"{raw.path}: {error}") from error
        raise
    except PipelineError:
        raise
    except RecursionError as error:
        raise CleanError(f"{raw.path}: the page is nested too deeply to clean ({error}).") from error
    except Exception as error:  # parser or rule bug: report it as this file's problem
        log.exception("%s: unexpected error while cleaning", raw.path)
        raise CleanError(f"{raw.path}: the page could not be cleaned ({type(error).__name__}: {error}).") from error


def _clean(raw: RawDoc, doc_id: str) -> Document:
    markup = body_to_html(raw.body, raw.body_kind)
    root = parse_html(markup)
    meta = page_metadata(root)
    prune(root)
    segments = segment(root)
    keep = choose_content(segments, root)

    title, title_segment = _pick_title(raw, meta, segments)
    if title_segment is not None:
        keep.discard(title_segment.index)
    line_dates, author_segment = _byline_dates(segments)
    if author_segment is not None:
        keep.discard(author_segment.index)  # metadata, not text
    kept = filter_segments(segments, keep)

    # metadata
    url = raw.url or next((unwrap_archive_url(u) for u in meta.urls if u), "")
    source = raw.source or outlet_for_url(url) or _source_from_lines(segments)
    signals: list[tuple[str, str]] = []
    if raw.published:
        container_signal = raw.published_source or ("archive" if raw.format == "dutymachine" else "front_matter")
        signals.append((container_signal, raw.published))
    signals.extend(meta.dates)
    signals.extend(line_dates)
    byline_author = _author_name(author_segment.text) if author_segment is not None else ""
    signals.extend(_dateline(segments, keep))
    url_date = _url_date(url)
    if url_date:
        signals.append(("url", url_date))
    published, published_source = _choose_published(raw, signals)
    author = raw.author or (meta.authors[0] if meta.authors else "") or byline_author or _author_from_lines(segments)

    # blocks
    blocks: list[Block] = []
    parts: list[str] = []
    offset = 0
    seen: set[str] = set()

    def add_block(kind: str, text: str, heading_len: int = 0, embedded: bool = False) -> None:
        nonlocal offset
        if parts:
            offset += 1  # the "\n" joining blocks
        start = offset
        end = start + len(text)
        blocks.append(Block(kind=kind, text=text, start=start, end=end, heading_end=start + heading_len,
                            embedded=embedded))
        parts.append(text)
        offset = end

    embedded = False
    if title:
        add_block("title", title)
        seen.add(_key(title))
    for seg in kept:
        key = _segment_key(seg)
        if not key:
            continue
        if key in seen and (len(key) >= 6 or seg.kind == "heading"):
            continue
        seen.add(key)
        kind = _block_kind(seg)
        heading_len = _caption_heading(seg) if kind in ("caption", "paragraph") else 0
        if heading_len and kind == "paragraph" and seg.image_before:
            kind = "caption"
        if kind != "caption":
            heading_len = 0
        # An embedded gallery (相关图集：…) runs from its heading over the captions after it.
        if seg.n_chars <= 80 and _RELATED_GALLERY.match(seg.text):
            embedded = True
        elif kind != "caption":
            embedded = False
        add_block(kind, seg.text, heading_len, embedded)

    if not any(b.kind != "title" for b in blocks):
        raise CleanError(
            f"{raw.path}: no main text found (an index, video or image-only page?); "
            "check the file or leave it out."
        )
    text = "\n".join(parts)
    norm = normalize(text)
    fields = dict(
        doc_id=doc_id,
        path=raw.path,
        sha256=raw.sha256,
        encoding=raw.encoding,
        format=raw.format,
        title=title,
        url=url,
        source=source,
        published=published,
        author=author,
        script=detect_script(text, norm),
        text=text,
        norm=norm,
        blocks=tuple(blocks),
    )
    return Document(**fields, published_source=published_source)


def read_document(path: str | Path, doc_id: str | None = None) -> Document:
    """``read_raw`` + ``clean``; ``doc_id`` defaults to the file name without extension."""
    raw = read_raw(path)
    return clean(raw, doc_id if doc_id is not None else Path(path).stem)
