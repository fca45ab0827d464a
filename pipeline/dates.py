"""Date tagger stage: find Chinese date expressions in a text and normalise them.

Input: any Chinese text (simplified or traditional, full- or half-width), optionally the
article's publication date (``reference``) and the governing date from the surrounding
context (``anchor``, e.g. a gallery heading ``2018年6月``).  Output: ``DATE``
:class:`~pipeline.models.Mention` s with character offsets into the original text and an
ISO 8601 value (``2018-03-25``, ``2018-03``, ``2018``, ``2018-03-25/2018-03-28``) plus a
precision (day, month, year, decade, or unresolved).

How it works (everything is character based, so it does not depend on word segmentation):

1. ``normalize`` gives the same-length twin (simplified, half-width); matching runs on the
   twin and offsets are reported on the original.
2. ``_tokenize`` cuts the twin into tokens: Arabic digit runs, Chinese numeral runs,
   vocabulary words (longest match over ``data/date_vocab.csv`` and
   ``data/date_holidays.csv``), punctuation and runs of other characters.
3. ``_Parser`` is a small recursive-descent grammar over those tokens (see its docstring).
   At every token the longest parse wins; parses are bounded in length, so the scan is
   linear in the text length.  A parse is a list of *operations* (``('Y', 2018)``,
   ``('M', 3)``, ``('Drel', -1)`` …) that say how to build the date.
4. ``_Resolver`` runs the operations left to right.  Absolute fields are used as written;
   a missing year (or month) is taken from the previous date in the text (a narrative
   moves forward: a month before the previous date's month is the next year's, when that
   is not after the reference — 去年底…2月6日 in a July article is this February), else
   from the anchor, else from the reference; relative words (今天, 上周三, 4年前) use only the
   reference; anaphora (次日, 同年, 两天后) use the previous date, else the anchor, else
   the reference.  Each resolved date becomes the context of the next one.

Conventions that are choices rather than facts (the eval README follows the same ones):

* ``X月底`` / ``月末`` is the month's last day, as a deadline reads it (本月底前完成, 2月底完工;
  the news cases of the evaluation and MiNLP agree, JioNLP takes the last week);
  ``下旬`` is days 21 to the end, ``上旬`` 1–10, ``中旬`` 11–20, ``月初`` 1–10; ``年初``
  Jan–Feb, ``年底`` Nov–Dec.
* A year-less date read against the reference follows the tense of its clause (the
  nearest cue word of ``future_cue`` / ``past_cue``): in a past-tensed clause it is never
  after the reference (10月5日…表示 in a September article is last year's) — but for a
  bare day the day after it (an archive's UTC timestamp a day behind the story), in a
  future-tensed one never before it (将于3月 in November is next March) — unless the only
  cue is a word with another use (``weak_future_cue``: 将, which also marks an object,
  准备) and next year's month would lie more than ``PLAN_MONTHS_AHEAD`` (6) months ahead
  (6月22日，国务院将中央电视台…列管为… in a July article is this June).  Without a cue a
  month more than ``UNCUED_MONTHS_AHEAD`` (5) months ahead is last year's (12月31日 in a
  January article, 12月30日艾芬事件 in April, 9月25日被捕 in February) and a
  bare day more than 20 days ahead is last month's.  A date inside a relative clause with
  a verb of its own (周五开始举行的峰会预计为期两天) looks for cues only up to its 的.
  In a later paragraph of a story told by days or months of a year two or more before
  the reference, a bare month or day in the month of the story's last date or the next
  takes the story's year when no date of another year came between (1989年4月15日… ¶
  4月25日 is 1989).
* A bare weekday or holiday (周三, 春节) means the next one (today included), or the
  most recent one when its clause is past-tensed; a holiday with no tense cue up to a
  week past is that one (大年三十 in a 31 January article: news tells of the holiday just
  gone; assistants' suites read it as next year's).  A weekday in a clause with other
  words and no future cue is a report, so the most recent one too (习近平周二抵达武汉
  in a Thursday article); only a weekday on its own, or after a future cue, looks ahead.
  Weeks start on Monday.
* ``N年前`` / ``两天后`` are points; ``过去十年`` / ``近三个月`` / ``未来两天`` are windows.
  After a verb of a one-off event (``event_anchor``: 生效三个月后, 上任两年后) the shift is
  measured from that event, whose date the expression does not give: unresolved.
  Approximate counts span their readings: ``两三天后`` is days 2–3 after, ``二十几年前``
  20–30 years before (windows with approximate counts, 近两三年, are not tagged); the
  few days after the date before (``随后几天内``, ``此后数日``) are its next nine days, up to
  the reference in a report.
* Decades and centuries are year intervals (``1980/1989``) with precision ``decade``.
* Jewish days begin at sunset, so a Jewish holiday is dated from the evening it begins
  (赎罪日 2013 = 2013-09-13).  Islamic holidays use the Umm al-Qura calendar (1924–2077;
  the tabular calendar outside), which may differ by a day from local observation
  elsewhere; there is no Hindu lunisolar calendar (Holi, Diwali, Dussehra are not tagged).
* A year-less month·day naming an event (9·11事件, “7·21”, “3·05”案件) is a name, not a
  date of the reference's year (1999年“7·20” keeps its year); solar terms that are also
  common words (雨水, 大雪, 清明) count only with a holiday word, alone or after a year;
  digits after a decimal point (107.27日圆) are no day.
* Bare two-digit years (15年) are not tagged: in news they are mostly lengths (有期徒刑15年);
  they count as years with a month (18年10月), in a range, with a leading zero (07年) or
  after 在/于.
"""

from __future__ import annotations

import bisect
import calendar
import csv
import datetime as dt
import functools
import logging
import math
import re
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from hijridate import Hijri

from . import deadline
from .spans import SpanIndex
from .errors import DateError
from .models import DATE, Mention
from .normalize import normalize

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
VOCAB_PATH = DATA_DIR / "date_vocab.csv"
HOLIDAYS_PATH = DATA_DIR / "date_holidays.csv"

# Every vocabulary kind the grammar looks up; the data test checks they are all present.
GRAMMAR_KINDS = (
    "digit", "numeral_unit", "unit", "weekday", "rel_day", "rel_day_char", "rel_year",
    "rel_prefix", "window_prefix", "offset_suffix", "window_suffix", "part_year",
    "part_month", "part_decade", "part_century", "part_quarter", "part_week", "part_follow",
    "part_guarded",
    "season", "connector", "pair_connector", "between", "until_now", "range_from",
    "range_start", "range_end", "calendar", "lunar_month", "lunar_leap", "lunar_day_prefix", "era",
    "first_year", "daytime", "time_unit", "ordinal", "classifier", "approx", "glue", "noise",
    "day_block", "count_cue", "day_count_cue", "passed_cue", "length_verb", "day_verb", "measure", "holiday_context", "holiday_block", "future_cue", "weak_future_cue",
    "past_cue", "cue_noise", "duration_tail", "approx_digit", "edition", "year_cue",
    "date_shift", "length_tail", "lunar_numeral", "nth_day_word", "event_anchor", "held_anchor", "elapsed_cue", "claims_day",
    "after_previous",
)
HOLIDAY_CALENDARS = ("gregorian", "lunar", "solar_term", "sidereal_solar", "nth_weekday",
                     "easter", "orthodox_easter", "hebrew", "islamic")

_ASCII_DIGITS = frozenset("0123456789")
_SENTENCE_END = frozenset("。！？；!?;\n")
_CLAUSE_END = _SENTENCE_END | frozenset(",，;；:：")
_CLAUSE_END_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_END))) + "]")
_SENTENCE_END_RE = re.compile("[" + re.escape("".join(sorted(_SENTENCE_END))) + "]")
# Bounded, linear regexes (no nested quantifiers) for the ISO values we read and write.
_ISO_POINT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_REF_RE = re.compile(
    r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?)?)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?"
)


def _is_latin(ch: str) -> bool:
    """ASCII letters only: ``str.isalpha`` is also true for Han characters."""
    return len(ch) == 1 and ch.isascii() and ch.isalpha()


def _is_han(ch: str) -> bool:
    if len(ch) != 1:
        return False
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


# ---------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------


# Before 次 these make it the measure word of times (这次, 多次, 首次), so 次日/次年 after
# them are no "next day"/"next year" (这次日本之行).
MEASURE_CI_BEFORE = frozenset("这此那上下本该每首多一二三四五六七八九十两几数再屡历")


@dataclass(frozen=True)
class Holiday:
    name: str
    calendar: str
    rule: str
    guard: str = ""


@dataclass(frozen=True)
class Vocab:
    kinds: dict  # kind -> {word: value}
    holidays: dict  # name -> Holiday
    by_first: dict  # first char -> tuple of word lengths, longest first
    by_word: dict  # word -> {kind: value}; holiday names have kind "holiday"
    lengths: dict  # kind -> tuple of word lengths, longest first
    numeral_chars: frozenset  # characters of Chinese numerals (digits and 十 百 千 廿 卅)

    def has(self, kind: str, word: str) -> bool:
        return word in self.kinds.get(kind, ())

    def get(self, kind: str, word: str) -> str | None:
        return self.kinds.get(kind, {}).get(word)

    def longest(self, text: str, i: int) -> int:
        """Length of the longest vocabulary word starting at text[i], or 0."""
        size = len(text)
        for n in self.by_first.get(text[i], ()):
            if i + n <= size and text[i:i + n] in self.by_word:
                return n
        return 0

    def starts_with(self, kind: str, text: str, i: int) -> bool:
        table = self.kinds.get(kind, {})
        return any(text[i:i + n] in table for n in self.lengths.get(kind, ()))

    def ends_with(self, kind: str, text: str, i: int) -> bool:
        table = self.kinds.get(kind, {})
        return any(i >= n and text[i - n:i] in table for n in self.lengths.get(kind, ()))


def _read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# Kinds whose words are looked up in the text around a token, never tokens themselves.
_NOT_TOKENS = frozenset({"claims_day", "after_previous"})
# 前往, 前来, 前去, 前赴: after N日 the 前 starts a verb of motion (6日前往北京 = on the 6th), so
# 日 is the day of the month and not a count of days (3日前 = three days ago).
_QIAN_VERB_TAILS = frozenset("往来去赴")


@functools.lru_cache(maxsize=1)
def load_vocab() -> Vocab:
    """Read the date vocabulary and the holiday calendar once."""
    kinds: dict[str, dict[str, str]] = {}
    for row in _read_csv(VOCAB_PATH):
        kinds.setdefault(row["kind"], {})[row["word"]] = row["value"]
    holidays = {}
    for row in _read_csv(HOLIDAYS_PATH):
        holidays[row["name"]] = Holiday(row["name"], row["calendar"], row["rule"],
                                        row.get("guard", "") or "")
    by_word: dict[str, dict[str, str]] = {}
    for kind, table in kinds.items():
        if kind in _NOT_TOKENS:
            continue
        for word, value in table.items():
            by_word.setdefault(word, {})[kind] = value
    for name in holidays:
        by_word.setdefault(name, {})["holiday"] = name
    first: dict[str, set[int]] = {}
    for word in by_word:
        if word:
            first.setdefault(word[0], set()).add(len(word))
    by_first = {ch: tuple(sorted(ns, reverse=True)) for ch, ns in first.items()}
    lengths = {kind: tuple(sorted({len(w) for w in table if w}, reverse=True))
               for kind, table in kinds.items()}
    numeral_chars = frozenset(kinds.get("digit", {})) | frozenset(kinds.get("numeral_unit", {}))
    return Vocab(kinds, holidays, by_first, by_word, lengths, numeral_chars)


# ---------------------------------------------------------------------------------------
# Calendars
# ---------------------------------------------------------------------------------------

def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _shift_months(d: dt.date, n: int) -> dt.date:
    y, m = _add_months(d.year, d.month, n)
    return dt.date(y, m, min(d.day, _last_day(y, m)))


@functools.lru_cache(maxsize=4096)
def _lunar_to_solar(y: int, m: int, d: int, leap: bool = False) -> dt.date | None:
    """Gregorian date of a Chinese lunar date (lunardate covers 1900–2099)."""
    try:
        from lunardate import LunarDate
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            ld = LunarDate(y, m, d, bool(leap))
            conv = getattr(ld, "to_solar_date", None) or ld.toSolarDate
            return conv()
    except Exception:  # out of range, no such leap month, day 30 of a short month
        return None


@functools.lru_cache(maxsize=4096)
def _lunar_year_of(d: dt.date) -> int:
    try:
        from lunardate import LunarDate
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            conv = getattr(LunarDate, "from_solar_date", None) or LunarDate.fromSolarDate
            return conv(d.year, d.month, d.day).year
    except Exception:
        return d.year


def _lunar_month_span(y: int, m: int, leap: bool) -> tuple[dt.date, dt.date] | None:
    start = _lunar_to_solar(y, m, 1, leap)
    if start is None:
        return None
    end = _lunar_to_solar(y, m, 30, leap) or _lunar_to_solar(y, m, 29, leap)
    return (start, end) if end else None


def _jd(t: dt.datetime) -> float:
    return t.toordinal() + 1721424.5 + (t.hour * 3600 + t.minute * 60 + t.second) / 86400


def _sun_longitude(jd: float) -> float:
    """Apparent solar longitude in degrees (Meeus, low precision: ~0.01°)."""
    t = (jd - 2451545.0) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    c = ((1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(m)
         + (0.019993 - 0.000101 * t) * math.sin(2 * m) + 0.000289 * math.sin(3 * m))
    omega = math.radians(125.04 - 1934.136 * t)
    return (l0 + c - 0.00569 - 0.00478 * math.sin(omega)) % 360


@functools.lru_cache(maxsize=4096)
def _solar_term(year: int, longitude: float) -> dt.date:
    """Beijing-time day on which the sun reaches ``longitude`` within Gregorian ``year``."""
    guess = _jd(dt.datetime(year, 3, 20, 12)) + (longitude % 360) / 360 * 365.2422
    if longitude >= 285:  # 小寒 … 惊蛰 fall in January–March of the same year
        guess -= 365.2422
    for _ in range(8):
        diff = (longitude - _sun_longitude(guess) + 180) % 360 - 180
        guess += diff / 0.98564736
    return dt.date.fromordinal(int(math.floor(guess + 8 / 24 - 1721424.5)))


def _sidereal_sankranti(year: int, longitude: float) -> dt.date:
    """Indian-time day on which the sun enters a sidereal sign (Lahiri ayanamsa), e.g.
    Makara Sankranti (270°), which fixes Pongal."""
    ayanamsa = 23.853 + (year - 2000) * 0.013969
    tropical = (longitude + ayanamsa) % 360
    guess = _jd(dt.datetime(year, 3, 20, 12)) + tropical / 360 * 365.2422
    if tropical >= 285:
        guess -= 365.2422
    for _ in range(8):
        diff = (tropical - _sun_longitude(guess) + 180) % 360 - 180
        guess += diff / 0.98564736
    return dt.date.fromordinal(int(math.floor(guess + 5.5 / 24 - 1721424.5)))


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _julian_to_date(y: int, m: int, d: int) -> dt.date:
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    jdn = d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
    return dt.date.fromordinal(jdn - 1721425)


def _orthodox_easter(y: int) -> dt.date:
    """Orthodox Easter: Julian computus, converted to the Gregorian calendar."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month = (d + e + 114) // 31
    day = (d + e + 114) % 31 + 1
    return _julian_to_date(y, month, day)


# Hebrew calendar (arithmetic rules, after Reingold & Dershowitz).  Months count from
# Nisan = 1; Tishri = 7 starts the year; Adar = 12 and, in leap years, Adar II = 13.
_HEBREW_EPOCH = -1373427  # ordinal of 1 Tishri AM 1


def _heb_leap(y: int) -> bool:
    return (7 * y + 1) % 19 < 7


def _heb_elapsed(y: int) -> int:
    months = (235 * y - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _heb_new_year(y: int) -> int:
    ny0, ny1, ny2 = _heb_elapsed(y - 1), _heb_elapsed(y), _heb_elapsed(y + 1)
    delay = 2 if ny2 - ny1 == 356 else (1 if ny1 - ny0 == 382 else 0)
    return _HEBREW_EPOCH + ny1 + delay


def _heb_month_days(y: int, m: int) -> int:
    length = _heb_new_year(y + 1) - _heb_new_year(y)
    if m in (2, 4, 6, 10, 13) or (m == 12 and not _heb_leap(y)):
        return 29
    if m == 8 and length % 10 != 5:  # Heshvan is long only in 355/385-day years
        return 29
    if m == 9 and length % 10 == 3:  # Kislev is short in 353/383-day years
        return 29
    return 30


def _hebrew_to_date(y: int, m: int, d: int) -> dt.date:
    n = _heb_new_year(y) + d - 1
    last = 13 if _heb_leap(y) else 12
    months = list(range(7, last + 1)) + list(range(1, m)) if m < 7 else list(range(7, m))
    n += sum(_heb_month_days(y, mm) for mm in months)
    return dt.date.fromordinal(n)


_ISLAMIC_EPOCH = 227015  # ordinal of 1 Muharram AH 1 (16 July 622, Julian)


def _tabular_islamic_to_date(y: int, m: int, d: int) -> dt.date:
    """Tabular Islamic calendar (30-year cycle); observed dates may differ by a day."""
    return dt.date.fromordinal(
        _ISLAMIC_EPOCH - 1 + (y - 1) * 354 + (3 + 11 * y) // 30 + 29 * (m - 1) + m // 2 + d)


def _islamic_to_date(y: int, m: int, d: int) -> dt.date:
    """Umm al-Qura calendar (hijridate: AH 1343–1500, i.e. 1924–2077), the official
    calendar of Saudi Arabia and the one news dates Islamic holidays by; the tabular
    calendar outside that range.  A day 30 that the month lacks moves to the next month."""
    try:
        return _umm_al_qura(y, m, min(d, 29)) + dt.timedelta(days=max(d - 29, 0))
    except (ValueError, OverflowError):  # outside the table
        return _tabular_islamic_to_date(y, m, d)


@functools.lru_cache(maxsize=4096)
def _umm_al_qura(y: int, m: int, d: int) -> dt.date:
    g = Hijri(y, m, d).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def _rule_parts(rule: str) -> tuple[str, str, int]:
    """``"09-25+7@-1"`` → (``"09-25"``, ``"7"``, -1): the date rule, the number of extra
    days (``M`` = the rest of the month) and a shift of the first day."""
    rule, _, offset = rule.partition("@")
    base, _, extra = rule.partition("+")
    return base, extra, int(offset) if offset else 0


def _holiday_in_year(h: Holiday, year: int) -> tuple[dt.date, dt.date] | None:
    """The occurrence of ``h`` whose first day falls in Gregorian ``year``."""
    try:
        return _holiday_in_year_unchecked(h, year)
    except (ValueError, OverflowError):
        return None


def _holiday_in_year_unchecked(h: Holiday, year: int) -> tuple[dt.date, dt.date] | None:
    base, extra, offset = _rule_parts(h.rule)
    occ = _holiday_base(h.calendar, base, extra, year)
    if occ is None or not offset:
        return occ
    shift = dt.timedelta(days=offset)
    return occ[0] + shift, occ[1] + shift


def _holiday_base(cal: str, base: str, extra: str, year: int):
    """Occurrence before any @offset; ``extra`` days are counted from the first day."""
    if cal == "gregorian":
        m, d = (int(x) for x in base.split("-"))
        start = dt.date(year, m, d)
    elif cal == "lunar":
        m_s, d_s = base.split("-")
        m = int(m_s)
        if d_s == "L":  # 除夕: the day before the lunar new year that falls in `year`
            ny = _lunar_to_solar(year, 1, 1)
            if ny is None:
                return None
            start = ny - dt.timedelta(days=1)
            return start, start
        # A lunar month-day of lunar year Y falls in Gregorian Y or Y+1.
        start = _lunar_to_solar(year, m, int(d_s))
        if start is not None and start.year != year:
            start = _lunar_to_solar(year - 1, m, int(d_s))
        if start is None or start.year != year:
            return None
    elif cal == "solar_term":
        start = _solar_term(year, float(base))
    elif cal == "sidereal_solar":
        start = _sidereal_sankranti(year, float(base))
    elif cal == "nth_weekday":
        m_s, n_s, w_s = base.split("/")
        start = _nth_weekday(year, int(m_s), int(n_s), int(w_s))
    elif cal in ("easter", "orthodox_easter"):
        e = _easter(year) if cal == "easter" else _orthodox_easter(year)
        start = e + dt.timedelta(days=int(base))
    elif cal == "hebrew":
        m, d = (int(x) for x in base.split("-"))
        start = None
        for hy in (year + 3760, year + 3761):
            mm = 13 if (m == 12 and _heb_leap(hy)) else m
            cand = _heb_postpone(hy, mm, d, _hebrew_to_date(hy, mm, d))
            if cand.year == year:
                start = cand
                break
        if start is None:
            return None
    elif cal == "islamic":
        m, d = (int(x) for x in base.split("-"))
        start = None
        approx = int((year - 622) * 33 / 32) + 1
        for iy in range(approx - 2, approx + 3):
            cand = _islamic_to_date(iy, m, d)
            if cand.year == year:
                start = cand
                if extra == "M":
                    nxt = _islamic_to_date(iy + (m == 12), m % 12 + 1, 1)
                    return start, nxt - dt.timedelta(days=1)
                break
        if start is None:
            return None
    else:
        return None
    end = start + dt.timedelta(days=int(extra)) if extra.isdigit() else start
    return start, end


def _heb_postpone(hy: int, m: int, d: int, day: dt.date) -> dt.date:
    """Postponement rules of two modern fast/feast days."""
    wd = day.isoweekday()
    if (m, d) == (5, 9) and wd == 6:  # Tisha B'Av on Shabbat moves to Sunday
        return day + dt.timedelta(days=1)
    if (m, d) == (2, 5):  # Yom Ha'atzmaut: Fri/Sat → Thursday, Monday → Tuesday
        return day - dt.timedelta(days={5: 1, 6: 2}.get(wd, 0)) + dt.timedelta(days=wd == 1)
    return day


def _nth_weekday(year: int, month: int, n: int, weekday: int) -> dt.date:
    """n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        d = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        if d.month != month:
            raise ValueError("no such weekday")
        return d
    last = dt.date(year, month, _last_day(year, month))
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))


# ---------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------


# A sentence that goes on with the story of the one before (去年…爆发了抗议。随后，…在10月召开的
# 会议: that year's October).
FOLLOW_ON = re.compile(r"\s*(?:随后|其后|此后|之后|后来|接着|同年)")
# How many years before the reference a year, month or decade written before 此时 or 当天
# must end for them to be that story's time, not now (see _Resolver.op_Dthen) — when it opens
# its clause, as a story's time does (1937年，…; 而到了70年代，…; not 仿效2014年…模式, a
# date in passing)
STORY_TIME_YEARS = 5
_OPENS_CLAUSE = re.compile(r"(?:^|[，,。；;：:！!？?\n“「（(])\s*(?:而|但|就|可是|不过)?(?:到了|到|在|于|早在|直到|直至|从|自从|自)?\s*$")
STORY_NOW = frozenset({"此时", "此時"})
# "That day": the day of the story (see _Resolver.op_Dthat), unlike 此时/此刻, which in news
# is mostly now.
THAT_DAY = frozenset({"当天", "当日", "同日", "同一天", "是日", "当晚", "当夜"})
# A bare N日 that ends a clause after a verb and its object is a length (降半旗30日，); these
# characters before it leave it a day (定于14日。, 持续到14日, 时间为14日, 生日是14日,
# 当地时间17日，)
DAY_LENGTH_END = frozenset("，,。；;")
DAY_BEFORE_OK = frozenset("在于到至自从为是和及与或、今等间")  # (间: 当地时间17日，)
# After 一日 these make it "one day" (一日之寒, 一日之内, 一日千里, 一日三餐), not the 1st
ONE_DAY_IDIOM_TAILS = ("之", "千里", "三秋", "三餐", "为师")
# A bare N日 in Chinese numerals (no month before it) followed by 的, 之 or 间 is a length
# (三日的访台之旅, 一日的数据, 这三日之中, 一日间), or by a numeral a rate (一日两度, 三日一
# 小宴, 一日数惊) — unless the numeral is a time of day (九日三时). (Shifts and windows are
# parsed apart: 三日之后, 十日之内.)
CNUM_DAY_LENGTH_TAIL = re.compile(r"[的之间間]|[一二两兩三四五六七八九十数數几幾](?![时點点時])")
# Characters that may stand right before a window's 上/下/后 (在下两个月, 与上一年相比);
# after other Han characters the prefix belongs to a word (创下, 坐上, 生效后)
WINDOW_PREFIX_AFTER = frozenset("在于从自至到及和与或比较是为对但而其仅的了将再今")
# Marks between two days of a month written with one 日 (10月1、2日, 7月11及12日)
DAY_LIST_MARKS = frozenset({"、", "及", "和", "与"})
# Marks after a number that make it an item of a list (十一、…)
LIST_MARKS = frozenset("、．")
# A year and a list join right before a bare four-digit number: the number is the list's
# next year (1977年、1983、1993以及2003)
YEAR_LIST_BEFORE = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}年?\s*(?:、|以及|及|和|与)\s*$")
# Numerals that count and never name a month or a day of the month (两月, 俩日)
COUNT_ONLY_NUMERALS = frozenset({"两", "俩"})
# The earlier or later part of the current week, month or year (本周稍早, 今年晚些时候)
PART_OF_NOW = re.compile(r"(稍早|早些时候|较早前|较早时候|早前)|(晚些时候|稍后)")
# The rest of a date's clause told as done: 才 (only then), 了, 已 (陈春秀在十六年后才发现)
_TOLD_DONE = re.compile(r"[^，。,；;！？!?]{0,12}?(?:才|了|已)")
# A shift forward from the publication this many years or more is a story's, not news's
FAR_SHIFT_YEARS = 50
# "Back then": a year the text has told before, never the publication's (当年的毛泽东路线)
THEN_YEAR_WORDS = frozenset({"当年", "那年", "那一年", "是年"})
# Tomorrow as a noun after 的 or before 之 is the future (美好的明天, 明日之星)
TOMORROW_WORDS = frozenset({"明天", "明日"})
# Today as a day of the calendar that another year's may share (去年的今天, 70年前的今日)
TODAY_WORDS = frozenset({"今天", "今日"})


class Tok(NamedTuple):
    """A token of the twin text (a NamedTuple: cheap to build for long texts)."""

    kind: str  # num | cnum | word | punct | space | other
    start: int
    end: int
    text: str
    value: int | None = None  # numeric value of num / cnum
    digits: str | None = None  # digit-string reading: "2019" for 2019 or 二〇一九


def _parse_cn_numeral(s: str, vocab: Vocab) -> tuple[int | None, str | None]:
    """Value of a Chinese numeral run and, for digit strings (二〇一九), the digits."""
    digit = vocab.kinds["digit"]
    unit = vocab.kinds["numeral_unit"]
    if not any(ch in unit for ch in s):
        if len(s) > 1 and any(ch in vocab.kinds["approx_digit"] for ch in s):
            return None, None  # 一两年, 两三天: an approximation, not a number
        digits = "".join(digit[ch] for ch in s)
        return int(digits), digits
    total, cur, prev_unit = 0, None, None
    for ch in s:
        if ch in digit:
            if cur is not None:  # two digits in a row after a unit: 十一二 (11 or 12)
                return None, None
            cur = int(digit[ch])
        else:
            u = int(unit[ch])
            if u in (20, 30):  # 廿 / 卅 carry their own multiplier
                if cur is not None:
                    return None, None
                total += u
            else:
                if prev_unit is not None and u >= prev_unit:
                    return None, None
                total += (1 if cur is None else cur) * u
                prev_unit = u
            cur = None
    if cur is not None:
        total += cur
    return total, None


# 是日 ("that day") is far more often 是 + a word starting with 日 (是日本, 是日常, 是日记):
# a word of the vocabulary's ``claims_day`` kind takes the 日 from it.  Other date words
# keep theirs (今日本港, 当日本港: 本港 is Hong Kong; 9月15日后 keeps its 日).
_CLAIMABLE = frozenset({"是日"})


class _TokenTables(NamedTuple):
    """What the tokenizer needs of a vocabulary, built once per vocabulary."""

    starters: frozenset  # characters that start a number, a numeral, a word or a space
    other_run: re.Pattern  # the rest of a run of letters that start nothing (one C-level match)
    start_words: frozenset  # words that can start a date (a kind of _Parser.START_KINDS)
    cn_run: re.Pattern  # a run of Chinese numeral characters
    claims: dict  # first character -> the ``claims_day`` words starting with it


_TOKEN_TABLES: dict = {}
_DIGIT_RUN = re.compile(r"[0-9]+")


# After a year-less month·day, the name of an event it stands for (9·11事件, 7·21恐袭,
# “3·05”案件): a name, not a date in the reference's year
EVENT_NAME_AFTER = re.compile(r"[”\"」』]?(?:事件|案件|惨案|血案|案|恐袭|恐怖袭击|袭击|运动|事变|暴乱|骚乱|大屠杀|屠杀|镇压)")
OPEN_QUOTES = "“\"「『"
CLOSE_QUOTES = "”\"」』"
# A holiday named with no year and no tense cue is the nearer occurrence, the past one
# while it lies at most this many days further back than the next one lies ahead (a report
# tells what happened: 新年致辞 in a July article is this January's)
HOLIDAY_PAST_LEAN_DAYS = 30


# Before a bare four-digit number, characters that make it a count or a rank, not a year
# (第2019, 共2019, 有2019) — see _Parser.corroborated
YEAR_VERB_NOT_AFTER = frozenset("第共有约近逾超达")


def _ascii_alnum(s: str) -> bool:
    return bool(s) and s.isascii() and s.isalnum()


def _is_fraction_after(twin: str, dot: int) -> bool:
    """The digits before the point at ``dot`` make it a decimal point: three, or five
    and more (107.27; not a year or a month and day written with dots, 2020.7.15, 7.15)."""
    k = dot
    while k > 0 and "0" <= twin[k - 1] <= "9":
        k -= 1
    return dot - k == 3 or dot - k >= 5


def _token_tables(vocab: Vocab) -> _TokenTables:
    hit = _TOKEN_TABLES.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        starters = frozenset(vocab.by_first) | vocab.numeral_chars
        pattern = re.compile("(?:(?![" + re.escape("".join(sorted(starters))) + "0-9])"
                             "(?:[\u3400-\u9fff\uf900-\ufaff]|[^\\W\\d_]))+")
        start_words = frozenset(w for w, k in vocab.by_word.items() if not _Parser.START_KINDS.isdisjoint(k))
        cn_run = re.compile("[" + re.escape("".join(sorted(vocab.numeral_chars))) + "]+") if vocab.numeral_chars else re.compile(r"(?!)")
        claims: dict = {}
        for w in vocab.kinds.get("claims_day", {}):
            if len(w) >= 2:
                claims.setdefault(w[0], []).append(w)
        tables = _TokenTables(starters | frozenset("0123456789 \t\u00a0"), pattern, start_words, cn_run,
                              {ch: tuple(ws) for ch, ws in claims.items()})
        hit = _TOKEN_TABLES[id(vocab)] = (vocab, tables)
    return hit[1]


def _tokenize(twin: str, vocab: Vocab) -> tuple[list[Tok], list[dict], list[int]]:
    """Cut the twin into tokens; one pass, longest vocabulary match at each position
    (a Chinese numeral run wins ties, so 十一月 is 十一 + 月).  Returns the tokens and,
    per token, the vocabulary kinds of a word token (``{}`` for the others), and the
    indices of the tokens that can start a date (numbers and words of a starting kind)."""
    by_first, by_word = vocab.by_first, vocab.by_word
    starters, other_pattern, start_words, cn_pattern, claims = _token_tables(vocab)
    other_run = other_pattern.match
    cn_run = cn_pattern.match
    digit_run = _DIGIT_RUN.match
    numerals = vocab.numeral_chars
    toks: list[Tok] = []
    append = toks.append
    kinds: list[dict] = []
    kind_of = kinds.append
    no_kinds: dict = {}
    starts: list[int] = []  # indices of the tokens that can start a date
    start_at = starts.append
    new = tuple.__new__  # Tok(...) without NamedTuple's Python-level __new__: hot loop
    i, n = 0, len(twin)
    while i < n:
        ch = twin[i]
        if ch in starters:
            if "0" <= ch <= "9":
                j = digit_run(twin, i).end()
                s = twin[i:j]
                # No date field has more than 8 digits; long runs (and int()'s digit
                # limit) are kept out of the grammar.
                # (报107.27日圆: the digits after a decimal point are no day, nor any field)
                fraction = i > 1 and twin[i - 1] == "." and _is_fraction_after(twin, i - 1)
                if not fraction:
                    start_at(len(toks))
                append(Tok("num", i, j, s, int(s) if j - i <= 12 and not fraction else None, s))
                kind_of(no_kinds)
                i = j
                continue
            if ch in numerals:
                j = cn_run(twin, i).end()
            else:
                j = i
            wl = 0
            for size in by_first.get(ch, ()):
                if i + size <= n and twin[i:i + size] in by_word:
                    wl = size
                    break
            if wl > 1 and twin[i + wl - 1] in claims and twin[i:i + wl] in _CLAIMABLE \
                    and any(twin.startswith(w, i + wl - 1) for w in claims[twin[i + wl - 1]]):
                wl = 0  # 是日本: the word's last character starts a longer word
            if wl > 1 and ch == "日" and len(toks) >= 2 and toks[-1][0] in ("num", "cnum") \
                    and toks[-1][2] == i and toks[-2][3] == "月":
                wl = 1  # 6月15日中国宣布, 15日中午, 1日美国: after a month's day, 日 is the day
            if j > i and j - i >= wl:
                s = twin[i:j]
                value, digits = _parse_cn_numeral(s, vocab) if j - i <= 12 else (None, None)
                start_at(len(toks))
                append(Tok("cnum", i, j, s, value, digits))
                kind_of(no_kinds)
                i = j
                continue
            if wl:
                word = twin[i:i + wl]
                if word in start_words:
                    start_at(len(toks))
                append(new(Tok, ("word", i, i + wl, word, None, None)))
                kind_of(by_word[word])
                i += wl
                continue
            if ch in " \t\u00a0":
                j = i + 1
                while j < n and twin[j] in " \t\u00a0":
                    j += 1
                append(new(Tok, ("space", i, j, twin[i:j], None, None)))
                kind_of(no_kinds)
                i = j
                continue
            # a word's first character where no word starts: like any other letter
        if ch.isalpha() or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":  # _is_han, inline
            # Runs of characters that start nothing collapse into one token.
            m = other_run(twin, i + 1)
            j = m.end() if m else i + 1
            append(new(Tok, ("other", i, j, twin[i:j], None, None)))
        else:
            append(new(Tok, ("punct", i, i + 1, ch, None, None)))
            j = i + 1
        kind_of(no_kinds)
        i = j
    return toks, kinds, starts


# ---------------------------------------------------------------------------------------
# Grammar
# ---------------------------------------------------------------------------------------


@dataclass
class Parse:
    """A parsed date: token range, resolution operations and acceptance flags."""

    start: int
    end: int  # token index after the parse
    ops: list
    weak: bool = False  # a bare two-digit year or bare number: needs corroboration
    unit: str = ""  # the finest field written: year, month, day, …
    bare_num: bool = False  # a number whose unit comes from the other end of a range


@dataclass
class RangeParse:
    start: int
    end: int
    a: Parse
    b: Parse
    to_now: bool = False


def _val(t: Tok | None) -> int | None:
    if t is None or t.kind not in ("num", "cnum"):
        return None
    return t.value


class _Parser:
    """Recursive-descent date grammar over tokens.

    ::

        mention  := [从|自] single (到|至|-|~|—) single [止]   → interval
                  | single (和|与|或) single 之间              → interval
                  | single (至今|迄今|到现在)                  → interval ending today
                  | number (到|-) single                       25-28日  1985到89年9月
                  | single
        single   := [weekday [( | space]] core [)] tail        周一（9月4日）
        tail     := [(weekday)] [前|后 amount] [time]           9月1日（周五）  春节前两天  25日晚
        core     := numeric                      2018-03-25  2018/3/25  20150303  6·30
                  | [农历] year [的] rest        2019年  2019年初  2021年第二周  2018年光明节
                  | [农历] month [的] (day | part | ordinal)   3月25日  正月十五  8月中下旬
                  | day | 今(25)日 | relative day            25日  今天  次日
                  | week                         上周三  本周  周五  下周末
                  | holiday                      春节  圣诞节前一天  庞格尔节第三天
                  | decade | century             80年代  上世纪80年代末  18世纪
                  | shift | window               4年前  两天后  过去十年  60日内  3年半以来
        year     := 2018年 | 二〇一九年 | 18年 | 民国N年 | 康熙二十年 | 去年 | 次年 …
        month    := N月 | 正月 | 腊月 | 闰四月 | 上个月 | 本月 | 次月 …

    Each ``p_*`` method takes a token index and returns a :class:`Parse` (or None); the
    caller keeps the longest.  No rule loops over more than a fixed number of tokens, so
    the scan is linear in the length of the text.
    """

    # Word kinds that can begin a date; other tokens are skipped by the scanner.
    START_KINDS = frozenset({
        "rel_day", "rel_day_char", "rel_year", "rel_prefix", "window_prefix", "era",
        "calendar", "lunar_month", "lunar_leap", "holiday", "unit", "part_year",
        "part_month", "part_week", "season", "range_from", "approx", "ordinal"})

    # Word kinds that never follow the numeral of a date (一名, 三人, 十分, 两边).
    NOT_AFTER_NUMERAL = frozenset({"measure", "day_block", "rel_prefix", "part_follow", "glue", "daytime",
                                   "past_cue", "future_cue", "weak_future_cue", "noise", "cue_noise"})

    # Word kinds that are a date on their own (今天, 去年, 春节, 夏天, 年初, 月底, 周末,
    # 第二天, 正月); the other starting kinds are prefixes.
    ALONE_KINDS = frozenset({"rel_day", "rel_year", "holiday", "season", "part_year", "part_week",
                             "part_month", "nth_day_word", "lunar_month"})

    def __init__(self, toks: list[Tok], twin: str, vocab: Vocab, kinds: list[dict] | None = None,
                 starts: list[int] | None = None):
        self.toks = toks
        self.twin = twin
        self.v = vocab
        self.n = len(toks)
        # Kinds of each word token, looked up once (the grammar asks many times); both
        # tables are padded so that look-ahead past the end needs no bounds checks.
        pad = 12
        if kinds is None:
            kinds = [vocab.by_word.get(t.text, {}) if t.kind == "word" else {} for t in toks]
        self.kinds_at = kinds + [{}] * pad
        self.tp: list = list(toks) + [None] * pad
        self.memo: dict = {}
        self.starts = starts

    # -- token helpers ----------------------------------------------------------------

    def t(self, i: int) -> Tok | None:
        return self.tp[i]  # index -1 and past the end give the None padding

    def w(self, i: int, kind: str) -> str | None:
        """The vocabulary value when token i is a word of ``kind``."""
        return self.kinds_at[i].get(kind) if i >= 0 else None

    def is_w(self, i: int, kind: str) -> bool:
        return i >= 0 and kind in self.kinds_at[i]

    def unit(self, i: int) -> str | None:
        return self.kinds_at[i].get("unit") if i >= 0 else None

    def sp(self, i: int) -> int:
        """Skip one run of spaces (dates written with spaces: 2009 年 到 2010 年)."""
        t = self.t(i)
        return i + 1 if t is not None and t.kind == "space" else i

    def de(self, i: int) -> int:
        """Skip spaces and an optional 的 between the fields of a date (2021年的第二周,
        2016年 2月 5日)."""
        j = self.sp(i)
        return self.sp(j + 1) if self.is_w(j, "glue") else j

    def starts_motion_verb(self, i: int) -> bool:
        """Is token i the 前 of 前往, 前来, 前去 or 前赴 (a verb, not a shift)?"""
        t = self.t(i)
        return t is not None and t.text == "前" and t.end < len(self.twin) \
            and self.twin[t.end] in _QIAN_VERB_TAILS

    def char_after(self, i: int) -> str:
        """The character right after token i-1 (i.e. where token i starts)."""
        t = self.t(i)
        return self.twin[t.start] if t is not None else ""

    def char_before(self, i: int) -> str:
        t = self.t(i)
        return self.twin[t.start - 1] if t is not None and t.start > 0 else ""

    def followed_by_word(self, i: int, kind: str) -> bool:
        """Does the text at token i start with a word of ``kind`` (even inside a run)?"""
        t = self.t(i)
        return t is not None and self.v.starts_with(kind, self.twin, t.start)

    def preceded_by_word(self, i: int, kind: str) -> bool:
        t = self.t(i)
        return t is not None and self.v.ends_with(kind, self.twin, t.start)

    def number(self, i: int, lo: int = 0, hi: int = 10 ** 9) -> int | None:
        v = _val(self.t(i))
        return v if v is not None and lo <= v <= hi else None

    # -- scanning ---------------------------------------------------------------------

    def can_start(self, i: int) -> bool:
        t = self.toks[i]
        if t.kind == "num":
            return True
        if t.kind == "cnum":
            # A Chinese numeral followed by ordinary text (一些, 三名, 十分) starts no
            # date: every date reading needs a unit, a date word, a number or an end
            # after it.  Half of the numerals of news text are skipped so.
            j = i + 1
            while self.tp[j] is not None and self.tp[j].kind == "space":
                j += 1
            nxt = self.tp[j]
            if nxt is None:
                return True
            if nxt.kind == "other":
                return False
            # 一名, 三人, 两个方面: before a word that can only count or glue, no date
            kinds = self.kinds_at[j]
            return not kinds or not kinds.keys() <= self.NOT_AFTER_NUMERAL
        k = self.kinds_at[i]
        if self.START_KINDS.isdisjoint(k):
            return False
        if t.text.startswith("次") and self.char_before(i) in MEASURE_CI_BEFORE:
            return False  # 这次日本之行, 多次年会: 次 counts times; no 次日 or 次年
        if self.ALONE_KINDS.isdisjoint(k):
            # 上, 从, 近, 第, 约: a prefix needs date material after it, so before
            # ordinary text (上|海, 从|此) it starts nothing.
            j = i + 1
            while self.tp[j] is not None and self.tp[j].kind == "space":
                j += 1
            if self.tp[j] is not None and self.tp[j].kind == "other":
                return False
        if k.keys() <= {"unit", "weekday"}:
            # A bare unit starts a date only as 年底 / 月初 / 周一 / 星期天.
            unit, nxt = k.get("unit"), self.kinds_at[i + 1]
            if unit == "year":
                return "part_year" in nxt
            if unit == "month":
                return "part_month" in nxt
            if unit == "week":
                t2 = self.tp[i + 1]
                return "weekday" in nxt or (t2 is not None and t2.kind in ("num", "cnum"))
            return False
        return True

    def scan(self, budget: dict | None = None) -> list[Parse | RangeParse]:
        """The date expressions, left to right.  ``budget`` (``{"mentions": n,
        "attempts": m}``, decremented in place) bounds the expressions found and the
        positions tried: a page of 90,000 characters of 1年1年… tries a parse at every
        other character."""
        out = []
        i = 0
        steps = 0
        mentions = budget.get("mentions") if budget else None
        attempts = budget.get("attempts") if budget else None
        # Only numbers and words of a starting kind can start a date: visit those
        # tokens (about one in ten) instead of every token.
        start_kinds, kinds_at = self.START_KINDS, self.kinds_at
        starts = self.starts
        if starts is None:
            starts = [k for k, t in enumerate(self.toks) if t.kind == "num" or t.kind == "cnum"
                      or not start_kinds.isdisjoint(kinds_at[k])]
        for k in starts:
            if k < i:
                continue  # inside the date found before
            if mentions is not None and len(out) >= mentions:
                break
            steps += 1
            if not steps & 1023:
                deadline.check("tagging dates")
            if not self.can_start(k):
                continue
            if attempts is not None:
                if attempts <= 0:
                    break
                attempts -= 1
            best = None
            for cand in (self.p_range(k), self.p_single(k)):
                if cand is not None and (best is None or cand.end > best.end):
                    best = cand
            if best is not None:
                out.append(best)
                i = best.end
        if budget:
            if mentions is not None:
                budget["mentions"] = mentions - len(out)
            if attempts is not None:
                budget["attempts"] = attempts
        return out

    # -- top level --------------------------------------------------------------------

    def p_single(self, i: int, in_range: bool = False) -> Parse | None:
        p = self.memo.get(i, False)
        if p is False:
            p = self.memo[i] = self._single(i)
        if p is not None and p.weak and not in_range and not self.corroborated(p):
            return None
        return p

    def _single(self, i: int) -> Parse | None:
        """The longest single date at token i, weak ones included (see p_single)."""
        # A weekday written before the date it names: 周一（9月4日）, 周六 2013年04月08日.
        lead = self.p_week(i)
        if lead is not None and lead.unit in ("weekday_bare", "week_day"):
            j = self.sp(lead.end)
            paren = self.t(j) is not None and self.t(j).text == "("
            k = j + 1 if paren else j
            if not paren and self.t(k) is not None and self.t(k).text in (",", "，"):
                k = self.sp(k + 1)
            core = self.p_core(k)
            if core is not None and core.unit in ("day",) and not core.weak:
                end = core.end
                if paren:
                    if self.t(end) is None or self.t(end).text != ")":
                        core = None
                    else:
                        end += 1
                if core is not None:
                    return self.tails(Parse(i, end, core.ops, unit=core.unit))
        core = self.p_core(i)
        if core is None:
            return None
        return self.tails(self.same_day(core) or self.part_of_now(core) or core)

    def part_of_now(self, p: Parse) -> Parse | None:
        """本周稍早, 本月早些时候, 今年晚些时候: the part of the current week, month or year
        before the reference day (its end) or after it (its start) — 今年稍早 in a July
        report is January to July, not the whole year."""
        if len(p.ops) != 1 or p.ops[0] not in (("Wrel", 0), ("Mrel", 0), ("Yrel", 0)):
            return None
        end = self.toks[p.end - 1].end
        m = PART_OF_NOW.match(self.twin, end)
        if m is None:
            return None
        k = p.end
        while k < len(self.toks) and self.toks[k].end <= m.end():
            k += 1
        if self.toks[k - 1].end != m.end():
            return None  # (a tail that ends inside a token)
        return Parse(p.start, k, p.ops + [("NOWPART", "before" if m.group(1) else "after")], unit=p.unit)

    def same_day(self, p: Parse) -> Parse | None:
        """去年的今天, 70年前的今天, 一个月前的今日: today's day of the month in the year (or
        month) that ``p`` shifts to — one date, not a year and today.  After a shift
        forward from an event (二十一年后的今天, 生效三个月后的今天) it is today."""
        if len(p.ops) != 1:
            return None
        op = p.ops[0]
        if op[0] == "Yrel":
            n, unit, sign = abs(op[1]), "year", (1 if op[1] > 0 else -1)
        elif op[0] == "SHIFT" and op[2] in ("year", "month") and not isinstance(op[1], tuple):
            n, unit, sign = op[1], op[2], op[3]
        elif op[0] == "FROM_EVENT" and self.twin.endswith("后", 0, self.toks[p.end - 1].end):
            n, unit, sign = 0, "day", 1
        else:
            return None
        k = self.de(p.end)
        if self.w(k, "rel_day") != "0" or self.t(k).text not in TODAY_WORDS:
            return None
        ops = [("Drel", 0)] if n == 0 or (sign > 0 and op[0] != "Yrel") else [("SAMEDAY", n, unit, sign)]
        return Parse(p.start, k + 1, ops, unit="relday")

    def corroborated(self, p: Parse) -> bool:
        """A bare two-digit year (15年) or bare four-digit number stands alone only with
        help: written 版 after it, or 在/于/公元 before it, or nothing but spacing and
        punctuation around a four-digit year."""
        if self.followed_by_word(p.end, "edition") or self.preceded_by_word(p.start, "year_cue"):
            return True
        if p.unit == "bare_year" and YEAR_LIST_BEFORE.search(self.twin, max(0, self.toks[p.start].start - 12),
                                                           self.toks[p.start].start) \
                and not self.followed_by_word(p.end, "measure"):
            return True  # (in a list of years: 1977年、1983、1993以及2003的…)
        if p.unit == "bare_year":
            a, b = self.toks[p.start].start, self.toks[p.end - 1].end
            before, after = self.twin[a - 1:a], self.twin[b:b + 1]
            if (self.followed_by_word(p.end, "day_verb") or self.twin.startswith("访", b)) \
                    and not self.twin.startswith(("访问量", "访客"), b) \
                    and not _ascii_alnum(before) and before not in YEAR_VERB_NOT_AFTER:
                return True  # (a year right before a verb of an event: 任正非先生1997访美, 2019访问)
            ok_after = after == "" or not (after.isalnum() or after in ".%-/:~")
            ok_before = before == "" or not (before.isalnum() or before in ".-/")
            # Through spaces, an ASCII word or number still binds: Windows 2000, 2000 mAh.
            far_before = self.twin[:a].rstrip(" \t")[-1:]
            far_after = self.twin[b:].lstrip(" \t")[:1]
            ascii_near = any(c.isascii() and c.isalnum() for c in far_before + far_after)
            return ok_after and ok_before and not ascii_near \
                and not self.followed_by_word(p.end, "measure")
        return False

    def tails(self, p: Parse) -> Parse:
        """Weekday in brackets or right after a day, then a time of day."""
        j = p.end
        if p.unit == "day":
            k = self.sp(j)
            t = self.t(k)
            if t is not None and t.text == "(":
                wk = self.p_week(k + 1)
                if wk is not None and wk.unit == "weekday_bare" and self.t(wk.end) is not None \
                        and self.t(wk.end).text == ")":
                    j = wk.end + 1
            else:
                wk = self.p_week(k)
                if wk is not None and wk.unit == "weekday_bare":
                    j = wk.end
        if p.unit in ("day", "holiday"):
            # 春节前两天, 国庆节后三天, 3月5日前一周: a shift from the date just written.
            k = self.sp(j)
            sign = self.w(k, "date_shift")
            if sign is not None:
                amt = self.p_amount(k + 1)
                if amt is not None and amt[2] in ("day", "week"):
                    end, n, unit = amt
                    return replace(p, end=end, ops=p.ops + [("SHIFT", n, unit, int(sign))])
        if p.unit in ("day", "weekday_bare", "week_day", "holiday", "relday", "shift"):
            j2, roll = self.p_time_tail(j)
            if j2 > j:
                ops = p.ops + ([("ROLL", 1)] if roll else [])
                if p.unit == "shift":  # 一个月后下午7点 names a day, not a month
                    ops = [op + ("day",) if op[0] == "SHIFT" else op for op in ops]
                return replace(p, end=j2, ops=ops)
        return replace(p, end=j) if j != p.end else p

    def rules_for(self, i: int) -> tuple:
        """The rules that can begin with token i (a dispatch on its kind keeps the scan
        cheap on long texts)."""
        t = self.tp[i]
        if t is None:
            return ()
        if t.kind == "num":
            return (self.p_numeric, self.p_chain, self.p_shift, self.p_decade,
                    self.p_bare_year, self.p_holiday)
        if t.kind == "cnum":
            return (self.p_chain, self.p_shift, self.p_decade, self.p_holiday)
        k = self.kinds_at[i]
        rules = []
        if not k.keys().isdisjoint(("calendar", "era", "rel_year", "lunar_month", "lunar_leap",
                                    "unit", "part_year", "part_month", "season", "rel_prefix")):
            rules.append(self.p_chain)
        if "rel_day" in k:
            rules.append(self.p_relday)
        if t.text[-1] in self.v.kinds["rel_day_char"]:
            rules.append(self.p_bracket_day)
        if not k.keys().isdisjoint(("rel_prefix", "unit", "part_week")):
            rules.append(self.p_week)
        if "holiday" in k:
            rules.append(self.p_holiday)
        if "rel_prefix" in k:
            rules.append(self.p_decade)
            rules.append(self.p_next_holiday)
        if "approx" in k:
            rules.append(self.p_shift)
        if "window_prefix" in k:
            rules.append(self.p_window)
        return tuple(rules)

    def p_core(self, i: int) -> Parse | None:
        best = None
        for rule in self.rules_for(i):
            cand = rule(i)
            if cand is not None and (best is None or cand.end > best.end):
                best = cand
        return best

    # -- ranges -----------------------------------------------------------------------

    def p_range(self, i: int) -> RangeParse | None:
        j = i
        if self.is_w(j, "range_from"):
            j = self.sp(j + 1)
        a = self.p_single(j, in_range=True) or self.p_bare_number(j)
        if a is None:
            return None
        if not a.bare_num and a.unit in ("year", "month"):  # 2019年1-五月, 4月12-19日
            bn = self.p_bare_number(self.de(a.end))
            if bn is not None:
                a = Parse(a.start, bn.end, a.ops, unit=a.unit, bare_num=True)
        k = self.sp(a.end)
        if j > i and self.is_w(k, "range_start"):
            k = self.sp(k + 1)  # 从1997年开始到2009年, 从2016年起至2018年
        if self.is_w(k, "until_now"):
            if a.bare_num or a.weak and not self.corroborated(a):
                return None
            return RangeParse(i, k + 1, a, Parse(k, k + 1, [("Drel", 0)], unit="day"), True)
        conn = self.w(k, "connector")
        pair = self.w(k, "pair_connector")
        # 7、8月, 3、4日: a bare number, 、 and the next value with its unit are both
        # (only two values in a row: 3、5日 names two days, not the days between)
        # (…and 及/和 between two days in a row: 7月11及12日)
        enum = conn is None and a.bare_num and (self._enumeration_mark(k) or (pair is not None and a.unit == "month"))
        if conn is None and pair is None and not enum:
            b = self._next_month_start(a, k)
            return RangeParse(i, b.end, a, b) if b is not None else None
        b = self.p_single(self.sp(k + 1), in_range=True)
        if b is None and conn is not None and a.unit == "day":
            b = self._range_end_hao(self.sp(k + 1), a)
        if b is None:
            return None
        end = b.end
        if pair is not None and not enum:  # X和Y之间
            e2 = self.sp(end)
            if not self.is_w(e2, "between"):
                return None
            end = e2 + 1
        elif self.is_w(self.sp(end), "range_end"):
            end = self.sp(end) + 1
        if a.bare_num:
            a = self.give_unit(a, b)
            if a is None:
                return None
        if enum and (not (len(b.ops) == 1 and b.ops[0][0] == a.ops[-1][0] and b.ops[0][1] == a.ops[-1][1] + 1)
                     or self.t(b.start).text in ("两", "兩")):
            return None  # (一、兩日 is a day or two: a count)
        b_first = b.ops[0][0] if b.ops else ""
        if a.unit == "bare_year" and b_first not in ("Y", "Y2"):
            return None  # a bare number is a year only next to another year
        if b.unit == "bare_year" and a.unit not in ("year", "bare_year", "month"):
            return None
        # A range needs a date on both ends; 3天到5天 and times are not ranges.
        return RangeParse(i, end, a, b)

    def _range_end_hao(self, i: int, a: Parse) -> Parse | None:
        """2月23号到26号率团访台: after a day and a connector, a bare N号 (which alone is
        guarded as a house or line number, see p_day) is the day that ends the range — a
        later day of the same month, and no 号线, 号楼."""
        t = self.t(i)
        first = a.ops[-1][1] if a.ops and a.ops[-1][0] == "D" else None
        if t is None or t.kind != "num" or t.value is None or first is None or not first < t.value <= 31 \
                or self.unit(i + 1) != "day_hao" or self.followed_by_word(i + 2, "day_block"):
            return None
        return Parse(i, i + 2, [("D", t.value)], unit="day")

    def _next_month_start(self, a: Parse, k: int) -> Parse | None:
        """8月底9月初, 12月下旬1月上旬: the end of a month written right before the start of
        the next is one stretch (no connector); the start's parse at token ``k``, else None."""
        def month_and_part(p: Parse):
            month = next((op[1] for op in reversed(p.ops) if op[0] == "M"), None)
            part = next((op[2] for op in reversed(p.ops) if op[0] == "PART" and op[1] == "month"), None)
            return month, part
        a_month, a_part = month_and_part(a)
        if a_month is None or a_part is None or not a_part.endswith("..DL"):
            return None
        b = self.p_single(k, in_range=True)
        if b is None or any(op[0] in ("Y", "Y2") for op in b.ops):
            return None
        b_month, b_part = month_and_part(b)
        return b if b_month == a_month % 12 + 1 and b_part is not None and b_part.startswith("D1..") else None

    def p_bare_number(self, i: int) -> Parse | None:
        """A number whose unit is written only after the second end: 25-28日, 1-五月."""
        t = self.t(i)
        if t is None or t.kind not in ("num", "cnum") or t.value is None:
            return None
        if self.preceded_by_word(i, "count_cue") or _is_latin(self.char_before(i)):
            return None
        k = self.sp(i + 1)
        if not self.is_w(k, "connector") and not self._enumeration_mark(k) and not self.is_w(k, "pair_connector"):
            return None
        return Parse(i, i + 1, [], unit="", bare_num=True)

    def _enumeration_mark(self, k: int) -> bool:
        """Token ``k`` is 、 (7、8月, 3、4日: two values that share the unit after the
        second)."""
        t = self.t(k)
        return t is not None and t.text == "、"

    def give_unit(self, a: Parse, b: Parse) -> Parse | None:
        """Read the bare first end of a range with the unit of the second end; a written
        prefix of the first end (2019年 in 2019年1-五月) is kept."""
        t = self.t(a.end - 1)
        v = t.value
        first = b.ops[0][0] if b.ops else ""
        prefix = a.ops
        if first in ("Y", "Y2"):
            if t.kind == "num" and len(t.text) == 4 and not prefix:
                return Parse(a.start, a.end, [("Y", v)], unit="year")
            return None
        if first == "M" and 1 <= v <= 12 and (not prefix or a.unit == "year"):
            return Parse(a.start, a.end, prefix + [("M", v)], unit="month")
        if first == "D" and 1 <= v <= 31 and (not prefix or a.unit == "month"):
            return Parse(a.start, a.end, prefix + [("D", v)], unit="day")
        return None

    # -- numeric formats --------------------------------------------------------------

    def p_numeric(self, i: int) -> Parse | None:
        """2018-03-25, 2018/3/25, 2018.3.25, 2010 01 29, 20150303, 1/2/2020, 10/31/74,
        15.3.3, 2008.03, and year-less 2/15, 03-03, 6·30, 2.12 (guarded)."""
        t = self.t(i)
        if t is None or t.kind != "num":
            return None
        before = self.char_before(i)
        if before in (".", "/") or _is_latin(before) or (
                before == ":" and t.start > 1 and self.twin[t.start - 2] in _ASCII_DIGITS):
            return None  # inside a number, a version, a code or a clock time (10:2021)
        nums = [t]
        seps = []
        j = i + 1
        while len(nums) < 3:
            s = self.t(j)
            if s is None or s.text not in ("-", "/", ".", "·", " "):
                break
            nxt = self.t(j + 1)
            if nxt is None or nxt.kind != "num":
                break
            if (len(nums) == 2 and len(nums[0].text) == 4 and len(nxt.text) > 2
                    and self.char_after(j + 2) != ":"):
                break  # 2008.03-2009: the second year starts a range
            seps.append(s.text)
            nums.append(nxt)
            j += 2
        # What follows must not continue a number (7.5亿, 3.14%, 1/3的) or a version.
        after = self.t(j)
        after_ch = self.twin[after.start] if after is not None else ""
        if after_ch in (".", "/", "%") or _is_latin(after_ch):
            return None
        if after_ch in ("-",) and len(nums) == 3:
            nxt = self.t(j + 1)
            if nxt is not None and nxt.kind == "num" and len(nxt.text) != 4:
                return None
        blocked = self.followed_by_word(j, "measure") or self.followed_by_word(j, "unit")
        lens = [len(x.text) for x in nums]
        vals = [x.value for x in nums]

        def ymd(y, m, d, end):
            if 1 <= y and 1 <= m <= 12 and _valid_day(y, m, d):
                return Parse(i, end, [("Y", y), ("M", m), ("D", d)], unit="day")
            return None

        if len(nums) == 3:
            if " " in seps and (seps != [" ", " "] or lens != [4, 2, 2]):
                return None
            if lens[0] == 4 and lens[1] <= 2 and lens[2] <= 2:
                return ymd(vals[0], vals[1], vals[2], j)
            if (lens[0] == 4 and lens[1] <= 2 and lens[2] in (3, 4) and seps[0] == seps[1]
                    and after_ch == ":" and int(nums[2].text[2:]) <= 24):
                # A date and a clock time glued by text extraction (<span>2021-09-09</span>
                # <span>10:09</span> → 2021-09-0910:09): the day is the first two digits.
                return ymd(vals[0], vals[1], int(nums[2].text[:2]), j)
            if lens[0] == 2 and lens[1] <= 2 and lens[2] <= 2 and seps == [".", "."]:
                return Parse(i, j, [("Y2", vals[0]), ("M", vals[1]), ("D", vals[2])],
                             unit="day") if 1 <= vals[1] <= 12 and 1 <= vals[2] <= 31 else None
            if lens[0] <= 2 and lens[1] <= 2 and lens[2] in (2, 4) and seps[0] == seps[1] != "·":
                a, b = vals[0], vals[1]
                if a > 12:
                    d, m = a, b
                elif b > 12:
                    m, d = a, b
                elif lens[2] == 2:
                    m, d = a, b  # US order for two-digit years (10/31/74)
                else:
                    d, m = a, b  # day first when both fit (1/2/2020 = 1 February)
                if not (1 <= m <= 12 and 1 <= d <= 31):
                    return None
                if lens[2] == 4:
                    return ymd(vals[2], m, d, j)
                return Parse(i, j, [("Y2", vals[2]), ("M", m), ("D", d)], unit="day")
            return None
        if len(nums) == 2:
            if blocked or " " in seps or (after_ch == ":" and self.t(j + 1) is not None and self.t(j + 1).kind == "num"
                                          and seps[0] == "."):
                return None  # (11.5:1 is a ratio)
            if lens[0] == 4 and lens[1] <= 2 and 1 <= vals[1] <= 12 and 1000 <= vals[0] <= 2999:
                if seps[0] == "." and lens[1] != 2:
                    return None
                return Parse(i, j, [("Y", vals[0]), ("M", vals[1])], unit="month")
            if lens[0] <= 2 and lens[1] <= 2 and 1 <= vals[0] <= 12 and 1 <= vals[1] <= 31:
                if max(lens) < 2 and seps[0] != "·":
                    return None  # 1.5, 3-5, 1/3: numbers, not dates
                if seps[0] == "." and lens[0] < 2 and not (
                        self.is_w(self.sp(j), "daytime") or self.p_clock(self.sp(j))):
                    return None  # 3.14 is a number; 02.12 or 2.15早上 is a date
                if self.preceded_by_word(i, "count_cue"):
                    return None
                first, last = nums[0].start, nums[-1].end
                if (EVENT_NAME_AFTER.match(self.twin, last) or (
                        first > 0 and self.twin[first - 1] in OPEN_QUOTES and self.twin[last : last + 1] in CLOSE_QUOTES)) \
                        and not self.twin.endswith("年", 0, first - (self.twin[first - 1] in OPEN_QUOTES)):
                    # 9·11事件, “7·21”: the name of an event of some year, no date of this one
                    # (but 1999年“7·20”之前 is that day)
                    return None
                return Parse(i, j, [("M", vals[0]), ("D", vals[1])], unit="day")
            return None
        if lens[0] == 8 and not blocked:  # 20150303
            s = t.text
            y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
            if 1900 <= y <= 2099:
                return ymd(y, m, d, j)
        return None

    def p_bare_year(self, i: int) -> Parse | None:
        """A four-digit number 1900–2099 without 年: a year only when corroborated."""
        t = self.t(i)
        if t is None or t.kind != "num" or len(t.text) != 4 or not 1900 <= t.value <= 2099:
            return None
        if self.unit(self.sp(i + 1)) == "year":
            return None
        return Parse(i, i + 1, [("Y", t.value)], weak=True, unit="bare_year")

    # -- fields -----------------------------------------------------------------------

    def p_year(self, i: int) -> Parse | None:
        """A year field: absolute, era-based, two-digit, or relative."""
        t = self.t(i)
        if t is None:
            return None
        if t.kind == "word":
            rel = self.w(i, "rel_year")
            if rel is not None:
                op = ("Yana", int(rel[1:]), t.text in THEN_YEAR_WORDS) if rel.startswith("@") else ("Yrel", int(rel))
                return Parse(i, i + 1, [op], unit="year")
            era = self.w(i, "era")
            if era is not None:
                j = self.sp(i + 1)
                if self.is_w(j, "first_year"):
                    n, end = 1, j + 1
                else:
                    n = self.number(j, 1, 9999)
                    if n is None or self.unit(self.sp(j + 1)) != "year":
                        return None
                    end = self.sp(j + 1) + 1
                start = int(era)
                if start < 0:  # 公元前: not an ISO calendar year here
                    return Parse(i, end, [("BAD",)], unit="year")
                # (中华民国1912年建国: a four-digit year after an era's name is the common era's)
                y = n if start == 1 or n >= 1000 else start + n - 1
                return Parse(i, end, [("Y", y)], unit="year")
            return None
        if t.kind not in ("num", "cnum") or t.value is None:
            return None
        j = self.sp(i + 1)
        if self.unit(j) != "year":
            # 2015版 / 一九九八版: an edition named by its four-digit year
            four_digits = (t.digits or "") if t.kind == "cnum" else t.text
            if len(four_digits) == 4 and self.followed_by_word(i + 1, "edition") \
                    and not self.preceded_by_word(i, "count_cue") \
                    and not _is_latin(self.char_before(i)) and 1000 <= t.value <= 2999:
                return Parse(i, i + 1, [("Y", t.value)], unit="year")
            return None
        end = j + 1
        if t.kind == "cnum" and t.digits is None and t.value >= 1000 and t.value % 100 == 0 \
                and getattr(self.t(self.sp(end)), "kind", "") not in ("num", "cnum"):
            # 五千年的历史, 两千年来, 千年宿敌: a length (a year in words is 二〇〇〇年, or a
            # month follows: 两千年八月十五)
            return None
        # N年前 / N年后 / N年内 / N年来 are lengths or shifts, not years (unless 4 digits).
        four = (t.kind == "num" and len(t.text) == 4) or (
            t.kind == "cnum" and ((t.digits and len(t.digits) == 4) or t.value >= 1000))
        # A leading zero (07年) or a digit string (五八年) cannot be a length.
        surely_year = four or (t.kind == "num" and t.text[0] == "0" and len(t.text) == 2) or (
            t.kind == "cnum" and t.digits is not None and len(t.digits) >= 2)
        if not surely_year and (self.is_w(self.sp(end), "offset_suffix")
                         or self.is_w(self.sp(end), "window_suffix")
                         or self.followed_by_word(self.sp(end), "length_tail")
                         or self.followed_by_word(self.sp(end), "duration_tail")):  # (23年的时间)
            return None
        if self.preceded_by_word(i, "count_cue"):
            return None
        if four:
            if not 1 <= t.value <= 9999:
                return None
            return Parse(i, end, [("Y", t.value)], unit="year")
        if t.kind == "num":
            if len(t.text) == 2:
                # A leading zero (07年) cannot be a length, so it needs no help.
                return Parse(i, end, [("Y2", t.value)], weak=t.text[0] != "0", unit="year")
            if len(t.text) == 3:
                return Parse(i, end, [("Y", t.value)], weak=True, unit="year")
            return None
        if t.digits is not None:  # 九八年, 一五年, 三六七年, 零一年
            d = t.digits
            if len(d) == 2:
                a, b = int(d[0]), int(d[1])
                if a and (b == a + 1 or (a, b) == (3, 5)):  # 三四年, 三五年: approximations
                    return None
                return Parse(i, end, [("Y2", t.value)], unit="year")
            if len(d) == 3:
                return Parse(i, end, [("Y", t.value)], unit="year")
        return None

    def p_month(self, i: int, lunar: bool = False) -> Parse | None:
        t = self.t(i)
        if t is None:
            return None
        leap = False
        j = i
        if self.is_w(j, "lunar_leap"):
            leap, lunar, j = True, True, j + 1
        lm = self.w(j, "lunar_month")
        if lm is not None:
            return Parse(i, j + 1, [("LM", int(lm), leap)], unit="month")
        rel = self.w(j, "rel_prefix")
        if rel is not None and not leap:
            k = j + 1
            if self.unit(k) == "month":
                op = ("Mana", int(rel[1:])) if rel.startswith("@") else ("Mrel", int(rel))
                return Parse(i, k + 1, [op], unit="month")
            return None
        tj = self.t(j)
        if tj is None or tj.kind not in ("num", "cnum") or tj.value is None:
            return None
        if tj.kind == "cnum" and tj.digits is not None and len(tj.digits) > 1:
            return None
        if not 1 <= tj.value <= 12 or tj.text in COUNT_ONLY_NUMERALS:
            return None  # (两月 is two months, never February: 二月)
        k = self.sp(j + 1)
        if self.unit(k) != "month":
            return None
        if self.preceded_by_word(j, "count_cue"):
            return None
        op = ("LM", tj.value, leap) if lunar else ("M", tj.value)
        return Parse(i, k + 1, [op], unit="month")

    def p_day(self, i: int, lunar: bool, after_month: bool) -> Parse | None:
        t = self.t(i)
        if t is None:
            return None
        if self.is_w(i, "lunar_day_prefix"):  # 初一 … 初十
            d = self.number(i + 1, 1, 10)
            if d is None or (after_month is False and not lunar):
                return None
            return Parse(i, i + 2, [("LD", d)], unit="day")
        if t.kind not in ("num", "cnum") or t.value is None or not 1 <= t.value <= 31:
            return None
        if t.kind == "cnum" and t.digits is not None and len(t.digits) > 1:
            return None
        if t.text in COUNT_ONLY_NUMERALS:
            return None  # (两日 is two days, never the 2nd: 二日)
        if not after_month and self.unit(i + 1) == "day":  # a bare N日 right after the number
            before, tail = self.char_before(i), self.t(i + 1).end
            if self.char_after(i + 2) in DAY_LENGTH_END and _is_han(before) and before not in DAY_BEFORE_OK \
                    and not (t.kind == "num" and before == "的"):  # (此后的17日，)
                return None  # 降半旗30日，, 判各人入獄14日。: a length after a verb and its object, no day
            if t.text == "一" and (self.twin.startswith(ONE_DAY_IDIOM_TAILS, tail)
                                  or (t.start >= 2 and self.twin[t.start - 2] == "日") or before in ("非", "有")):
                return None  # 非一日之寒, 日复一日, 日甚一日, 一日千里, 终有一日: one day, not the 1st
            if t.kind == "cnum" and (CNUM_DAY_LENGTH_TAIL.match(self.twin, tail) or self.preceded_by_word(i, "day_count_cue")):
                return None  # 三日的访台之旅, 一日两度, 一连三日, 不足十日: a length or a rate
        k = self.sp(i + 1)
        u = self.unit(k)
        cn_lunar = t.kind == "cnum" and any(c in self.v.kinds["lunar_numeral"] for c in t.text)
        if u in ("day", "day_hao"):
            if self.followed_by_word(k + 1, "day_block") and not after_month:
                return None
            if self.is_w(self.sp(k + 1), "offset_suffix") and not after_month \
                    and not (u == "day" and self.starts_motion_verb(self.sp(k + 1))):
                return None  # 3日后 is a shift (but 6日前往北京 is the 6th)
            if self.is_w(self.sp(k + 1), "window_suffix") and not after_month:
                return None
            if not after_month and (self.preceded_by_word(i, "count_cue")
                                    or (u == "day" and self.preceded_by_word(i, "length_verb"))):
                return None
            if u == "day_hao" and not after_month:
                # 空军二号, 神舟五号: a Chinese numeral + 号 right after another Han
                # character (other than a preposition or connector) is a name.
                before = self.char_before(i)
                if t.kind == "cnum" and _is_han(before) and before not in "在于到至从自是的和与或及、起":
                    return None
                # 1号线, 3号楼: a bare N号 is a day only before a time, a connector or a
                # punctuation mark — or after 在/于 before a verb of an event (在10号抵达).
                nxt = self.sp(k + 1)
                ch = self.char_after(nxt)
                if not (ch == "" or self.is_w(nxt, "daytime") or self.is_w(nxt, "connector")
                        or not (_is_han(ch) or ch.isalnum())
                        or (self.char_before(i) in ("在", "于") and self.followed_by_word(nxt, "day_verb"))):
                    return None
            # With 日/号 written, 廿 is just twenty (下个月廿号); only a lunar month makes
            # the day lunar.
            op = ("LD", t.value) if lunar else ("D", t.value)
            return Parse(i, k + 1, [op], unit="day")
        if not after_month:
            return None
        # A day written without 日 right after a month: 八月十五, 1月3, 正月十五.
        nxt = self.t(i + 1)
        if nxt is not None and (nxt.kind in ("num", "cnum") or self.unit(i + 1)
                                or self.followed_by_word(i + 1, "measure")
                                or nxt.text in (".", "%", "/")):
            return None
        if nxt is not None and nxt.text in DAY_LIST_MARKS and getattr(self.t(i + 2), "kind", "") in ("num", "cnum") \
                and self.t(i + 2).value == t.value + 1 and self.unit(self.sp(i + 3)) in ("day", "day_hao"):
            # 10月1、2日, 7月11及12日: two days in a row that share the unit after the second
            # (p_range reads them as one stretch; 11月24及28日 keeps the first day alone)
            return None
        digit_month = getattr(self.t(i - 1), "text", "") == "月" and getattr(self.t(i - 2), "kind", "") == "num"
        if t.kind == "cnum" and (digit_month or t.text == "一") and _is_han(self.char_after(i + 1)) \
                and not self.is_w(i + 1, "daytime") and self.char_after(i + 1) != "的":
            # 6月二十国集团, 8月三大股指, 3月一直, 二月一直: a Chinese numeral after a month written
            # in digits, or 一, starts a word when a Han character follows (八月十五的晚上,
            # 七月十五是中元节 are days)
            return None
        op = ("LD", t.value) if (lunar or cn_lunar) else ("D", t.value)
        return Parse(i, i + 1, [op], unit="day")

    # -- chains: [calendar] [year] [month [day]] with parts and ordinals --------------

    def p_chain(self, i: int) -> Parse | None:
        j = i
        lunar = False
        if self.w(j, "calendar") is not None:
            lunar = self.w(j, "calendar") == "lunar"
            j = self.sp(j + 1)
        ops: list = []
        weak = False
        unit = ""
        y = self.p_year(j)
        if y is not None:
            ops += y.ops
            weak = y.weak
            unit = "year"
            j = y.end
            k = self.de(j)
            if self.w(k, "calendar") is not None:
                lunar = self.w(k, "calendar") == "lunar"
                k = self.sp(k + 1)
            # After a year: month chain, or a part of the year.
            m = self.p_month(k, lunar)
            if m is not None:
                return self.month_chain(i, m, ops, lunar, weak=False)
            rest = self.year_rest(k)
            if rest is not None:
                end, rops, runit = rest
                return Parse(i, end, ops + rops, weak=False, unit=runit)
            hol = self.p_holiday(k)
            if hol is not None:
                return Parse(i, hol.end, ops + hol.ops, unit="holiday")
            return Parse(i, j, ops, weak=weak, unit=unit)
        m = self.p_month(j, lunar)
        if m is not None:
            return self.month_chain(i, m, ops, lunar, weak=False)
        if lunar:
            return None
        # Year-less parts: 年初, 年底, 上半年, 月底, 月初, 本季度, 一季度, 冬天.
        rest = self.year_rest(j, bare=True)
        if rest is not None:
            end, rops, runit = rest
            return Parse(i, end, rops, unit=runit)
        if self.unit(j) == "month":
            k = j + 1
            if self.unit(k) == "month":  # 这个月月底
                k += 1
            part = self.one_char_part(k, "part_month")
            if part is not None:
                return Parse(i, k + 1, [("PART", "month", part)], unit="day")
        part = self.w(j, "part_month")
        if part is not None and len(self.t(j).text) > 1:  # bare 上旬 / 下旬
            return Parse(i, j + 1, [("PART", "month", part)], unit="day")
        d = self.p_day(j, lunar=False, after_month=False)
        if d is not None:
            return Parse(i, d.end, d.ops, unit="day")
        return None

    def one_char_part(self, k: int, kind: str) -> str | None:
        """初 and 中 (``part_guarded``) count as parts only before a non-Han character or
        a word of ``part_follow``: 年初步 and 3月中国 are not parts."""
        part = self.w(k, kind)
        if part is None:
            return None
        if self.is_w(k, "part_guarded"):
            nxt = self.t(k + 1)
            if nxt is not None:
                ch = self.twin[nxt.start]
                if _is_han(ch) and ch not in self.v.kinds["part_follow"]:
                    return None
        return part

    def year_rest(self, k: int, bare: bool = False):
        """What may follow a year: 初/底/上半年, a quarter, a season, 第N周, 前N个月 …
        With ``bare`` the year itself was not written (年初, 一季度, 冬季)."""
        if not bare:
            part = self.one_char_part(k, "part_year")
            if part is None and self.unit(k) == "year":
                part = self.one_char_part(k + 1, "part_year")  # 次年年末
                if part is not None:
                    k += 1
            if part is not None:
                return k + 1, [("PART", "year", part)], "month"
        else:
            if self.unit(k) == "year":
                part = self.one_char_part(k + 1, "part_year")
                if part is not None:
                    return k + 2, [("PART", "year", part)], "month"
            part = self.w(k, "part_year")
            if part is not None and len(self.t(k).text) > 1:
                return k + 1, [("PART", "year", part)], "month"
        # Quarters: 一季度, 第三季度, 本季度, 上季度末
        q = self.p_quarter(k, bare)
        if q is not None:
            return q
        season = self.w(k, "season")
        if season is not None and (not bare or len(self.t(k).text) > 1):
            return k + 1, [("SEASON", season)], "day"
        if bare:
            return None
        # Ordinals and first/last N units inside the year.
        o = self.p_ordinal(k, scope="year")
        if o is not None:
            return o
        return None

    def p_quarter(self, k: int, bare: bool):
        j = k
        rel = self.w(j, "rel_prefix")
        if rel is not None:
            if self.unit(j + 1) != "quarter":
                return None
            op = ("Qrel", int(rel)) if not rel.startswith("@") else ("Qana", int(rel[1:]))
            end = j + 2
        else:
            if self.is_w(j, "ordinal") and self.w(j, "ordinal") == "nth":
                j += 1
            q = self.number(j, 1, 4)
            if q is None or self.unit(self.sp(j + 1)) != "quarter":
                return None
            if self.t(j).kind == "cnum" and self.t(j).digits and len(self.t(j).digits) > 1:
                return None
            op = ("Q", q)
            end = self.sp(j + 1) + 1
        ops = [op]
        part = self.one_char_part(end, "part_quarter")
        if part is not None:
            ops.append(("PART", "quarter", part))
            end += 1
        return end, ops, "month"

    def p_ordinal(self, k: int, scope: str):
        """第N周, 第N天, 第N个月, 第N个星期X, 最后一个星期X, 倒数第N天, 前N个月, 后三月."""
        j = self.de(k)
        ordv = self.w(j, "ordinal")
        nth_word = self.w(j, "nth_day_word")  # 第二天 is one word (an anaphor elsewhere)
        if nth_word is not None:
            return j + 1, [("NTHDAY", int(nth_word))], "day"
        if ordv in ("nth", "nth_last"):
            n = self.number(j + 1, 1, 400)
            if n is None:
                return None
            m = j + 2
            if self.is_w(m, "classifier"):
                m += 1
            u = self.unit(m)
            if u in ("day", "day_tian"):
                op = "NTHDAY" if ordv == "nth" else "NTHDAYLAST"
                return m + 1, [(op, n)], "day"
            if u == "week" and ordv == "nth":
                wd = self.weekday_at(m + 1)
                if wd is not None:
                    return m + 2, [("NTHWD", n, wd)], "day"
                return m + 1, [("NTHWEEK", n)], "day"
            if u == "month" and scope == "year" and ordv == "nth" and 1 <= n <= 12:
                return m + 1, [("M", n)], "month"
            return None
        if ordv == "last":
            m = j + 1
            if self.number(m, 1, 1) is not None:
                m += 1
            if self.is_w(m, "classifier"):
                m += 1
            if self.unit(m) == "week":
                wd = self.weekday_at(m + 1)
                if wd is not None:
                    return m + 2, [("NTHWD", -1, wd)], "day"
            return None
        sign = self.w(j, "date_shift")
        if sign is not None:
            pre = "prev" if int(sign) < 0 else "next"
            n = self.number(j + 1, 1, 366)
            if n is None:
                return None
            m = j + 2
            if self.is_w(m, "classifier"):
                m += 1
            u = self.unit(m)
            if u in ("month", "day", "day_tian", "quarter"):
                unit = {"day_tian": "day"}.get(u, u)
                op = "FIRSTN" if pre == "prev" else "LASTN"
                return m + 1, [(op, n, unit)], "month" if unit != "day" else "day"
        return None

    def month_chain(self, i: int, m: Parse, ops: list, lunar: bool, weak: bool) -> Parse:
        ops = ops + m.ops
        lunar = lunar or m.ops[0][0] == "LM"
        j = m.end
        k = self.de(j)
        d = self.p_day(k, lunar, after_month=True)
        if d is not None:
            if d.ops[0][0] == "LD" and ops and ops[-1][0] == "M":  # 五月廿二: lunar after all
                ops[-1] = ("LM", ops[-1][1], False)
            return Parse(i, d.end, ops + d.ops, weak=weak, unit="day")
        part = self.one_char_part(k, "part_month")
        if part is None and self.unit(k) == "month":
            part = self.one_char_part(k + 1, "part_month")  # 十二月月底
            if part is not None:
                k += 1
        if part is not None:
            return Parse(i, k + 1, ops + [("PART", "month", part)], weak=weak, unit="day")
        o = self.p_ordinal(j, scope="month")
        if o is not None:
            end, oops, unit = o
            return Parse(i, end, ops + oops, weak=weak, unit=unit)
        return Parse(i, j, ops, weak=weak, unit="month")

    # -- days, weeks, holidays ----------------------------------------------------------

    def p_relday(self, i: int) -> Parse | None:
        rel = self.w(i, "rel_day")
        if rel is None:
            return None
        if rel == "1" and self.t(i).text in TOMORROW_WORDS and (self.char_before(i) == "的" or self.twin.startswith("之", self.t(i).end)):
            return None  # 更美好的明天, 民族的明天, 明日之星: the future, not a day
        op = ("Dana", int(rel[1:])) if rel.startswith("@") else ("Drel", int(rel))
        if op == ("Dana", 0) and self.t(i).text in THAT_DAY:
            op = ("Dthat", 0)
        elif op == ("Dana", 0) and self.t(i).text in STORY_NOW:
            op = ("Dthen", 0)
        return Parse(i, i + 1, [op], unit="relday")

    def p_bracket_day(self, i: int) -> Parse | None:
        """今（25）日, 昨（24）日, 明（26）日, 今（15日）: the number is the day of the month."""
        rel = self.w(i, "rel_day_char")
        if rel is None:
            t = self.t(i)
            # The character may end a longer word (于今 is not in the vocabulary, but a
            # word such as 至今 can swallow 今).
            if t is None or t.kind != "word" or not t.text:
                return None
            rel = self.v.get("rel_day_char", t.text[-1])
            if rel is None:
                return None
        if self.t(i + 1) is None or self.t(i + 1).text != "(":
            return None
        d = self.number(i + 2, 1, 31)
        if d is None or self.t(i + 3) is None:
            return None
        if self.t(i + 3).text == ")" and self.unit(i + 4) in ("day", "day_hao"):
            return Parse(i, i + 5, [("Dbr", int(rel), d)], unit="day")
        if self.unit(i + 3) in ("day", "day_hao") and self.t(i + 4) is not None and self.t(i + 4).text == ")":
            # 今（15日）聆讯: the day written whole inside the parentheses — today's, not a
            # day of the month the paragraph told before
            return Parse(i, i + 5, [("Dbr", int(rel), d)], unit="day")
        return None

    def weekday_at(self, i: int) -> int | None:
        t = self.t(i)
        if t is None:
            return None
        if t.kind == "word" and self.is_w(i, "weekday"):
            return int(self.v.kinds["weekday"][t.text])
        if t.kind == "cnum" and t.digits is not None and len(t.digits) == 1:
            return t.value if 1 <= t.value <= 6 else None
        if t.kind == "num" and len(t.text) == 1 and 1 <= t.value <= 7:
            return t.value
        return None

    def p_week(self, i: int) -> Parse | None:
        """上周三, 本周, 这个星期, 下周末, 周五, 礼拜天, 今星期二."""
        t = self.t(i)
        if t is None or self.twin.endswith("每", 0, t.start):
            return None  # 每星期一班, 每周五: a rate or a habit, no day
        rel = self.w(i, "rel_prefix")
        j = i + 1 if rel is not None else i
        if rel is not None and self.is_w(j, "part_week"):  # 下周末, 上上个周末
            op = ("Wrel", int(rel)) if not rel.startswith("@") else ("Wana", int(rel[1:]))
            return Parse(i, j + 1, [op, ("PART", "week", self.w(j, "part_week"))], unit="day")
        if self.unit(j) != "week":
            if rel is None and self.is_w(j, "part_week"):
                return Parse(i, j + 1, [("PART", "week", self.w(j, "part_week"))], unit="day")
            return None
        wd = self.weekday_at(j + 1)
        if rel is not None and wd is None and self.unit(j + 1) == "week":  # 下周周六
            wd2 = self.weekday_at(j + 2)
            if wd2 is not None:
                j, wd = j + 1, wd2
        if rel is not None:
            op = ("Wrel", int(rel)) if not rel.startswith("@") else ("Wana", int(rel[1:]))
            if wd is not None:
                return Parse(i, j + 2, [op, ("WD", wd)], unit="week_day")
            if self.number(j + 1) is not None:
                return None
            return Parse(i, j + 1, [op], unit="week")
        if wd is None:
            return None
        return Parse(i, j + 2, [("WD", wd)], unit="weekday_bare")

    def p_holiday(self, i: int) -> Parse | None:
        t = self.t(i)
        if t is None:
            return None
        h = self.v.holidays.get(t.text)
        if h is None:
            return None
        if self.followed_by_word(i + 1, "holiday_block"):
            return None
        if h.guard == "context":
            # 五一 / 十一 / 三八 are numbers unless a holiday word follows or they stand
            # alone between punctuation.
            if self.preceded_by_word(i, "count_cue"):  # 第十一
                return None
            nxt_ok = self.followed_by_word(i + 1, "holiday_context")
            before, after = self.char_before(i), self.char_after(i + 1)
            ends = not (_is_han(after) or after.isalnum())
            alone = not (_is_han(before) or before.isalnum()) and ends
            # (or right after a year at the end of a phrase: 2016年清明, 今年大雪，; not
            # 今年雨水偏多, 政治清明, 突降大雪 — solar terms that are also common words)
            if not (nxt_ok or alone or (before == "年" and ends)):
                return None
            if not nxt_ok and after and (after in LIST_MARKS or (before and before in "(（" and after in ")）")):
                return None  # 十一、…, （十一）: the eleventh item or part, not National Day
        ops = [("HOL", h.name)]
        j = i + 1
        k = self.de(j)
        if self.w(k, "ordinal") == "nth":  # 庞格尔节第三天
            n = self.number(k + 1, 1, 60)
            if n is not None and self.unit(k + 2) in ("day", "day_tian"):
                return Parse(i, k + 3, ops + [("HOLDAY", n)], unit="holiday")
        rel = self.w(j, "rel_day")
        if rel is not None and rel.startswith("@") and rel != "@0":  # 圣诞节前一天, 受难日翌日
            return Parse(i, j + 1, ops + [("SHIFT", abs(int(rel[1:])), "day",
                                           1 if int(rel[1:]) > 0 else -1)], unit="holiday")
        return Parse(i, j, ops, unit="holiday")

    def p_next_holiday(self, i: int) -> Parse | None:
        """下一个元旦节, 下个春节, 上一个圣诞节: the holiday's next or last occurrence."""
        rel = self.w(i, "rel_prefix")
        if rel not in ("1", "-1") or len(self.t(i).text) < 2:
            return None  # (a bare 上/下 is a verb's: 过上春节)
        hol = self.p_holiday(i + 1)
        if hol is None or hol.end != i + 2:
            return None
        return Parse(i, i + 2, [("HOLN", hol.ops[0][1], int(rel))], unit="holiday")

    # -- decades and centuries ----------------------------------------------------------

    def p_decade(self, i: int) -> Parse | None:
        """80年代, 1980年代, 九十年代, 20世纪80年代末, 本世纪20年代, 18世纪, 11世纪初."""
        ops: list = []
        j = i
        cent = self.p_century(i)
        if cent is not None:
            ops, j = cent
            k = self.de(j)
        else:
            k = i
        t = self.t(k)
        if t is not None and t.kind in ("num", "cnum") and t.value is not None \
                and self.unit(self.sp(k + 1)) == "decade":
            v = t.value
            if t.kind == "cnum" and t.digits is not None:
                return None
            end = self.sp(k + 1) + 1
            if v % 10:
                return None
            if t.kind == "num" and len(t.text) == 4:
                if ops:
                    return None
                ops = [("DEC", v)]
            elif v < 100:
                ops = ops + [("DECinC", v)] if ops else [("DEC2", v)]
            else:
                return None
            part = self.one_char_part(end, "part_decade")
            if part is not None:
                ops = ops + [("PART", "decade", part)]
                end += 1
            return Parse(i, end, ops, unit="decade")
        if cent is None:
            return None
        part = self.one_char_part(j, "part_century")
        if part is not None:
            return Parse(i, j + 1, ops + [("PART", "century", part)], unit="decade")
        return Parse(i, j, ops, unit="decade")

    def p_century(self, i: int):
        rel = self.w(i, "rel_prefix")
        if rel is not None and not rel.startswith("@"):
            if self.unit(i + 1) == "century":
                return [("Crel", int(rel))], i + 2
            return None
        c = self.number(i, 1, 30)
        if c is None or self.unit(self.sp(i + 1)) != "century":
            return None
        return [("CENT", c)], self.sp(i + 1) + 1

    # -- shifts and windows -------------------------------------------------------------

    def p_amount(self, i: int):
        """N [个] unit [半] | 半 [个] unit | N 个 半 月: returns (end, amount, unit)."""
        t = self.t(i)
        if t is None:
            return None
        approx = self.approx_count(i)
        if approx is not None:
            n, j = approx
            half_done = True  # 两三天半 is not a thing
        elif self.w(i, "approx") == "half":
            n, j = 0.5, i + 1
            half_done = True
        else:
            n = _val(t)
            if n is None or (t.kind == "cnum" and t.digits is not None and len(t.digits) > 1
                             and n > 9):
                return None
            if t.kind == "num" and len(t.text) > 1 and t.text[0] == "0":
                return None  # 07 年以前: a leading zero marks a year, not an amount
            j = self.sp(i + 1)
            half_done = False
        if self.w(j, "approx") == "more":  # 三个多月 → at least three months
            j += 1
        has_cl = self.is_w(j, "classifier")
        if has_cl:
            j += 1
            if not half_done and self.w(j, "approx") == "half":  # 两个半月
                n, half_done, j = n + 0.5, True, j + 1
            if self.w(j, "approx") == "more":
                j += 1
        u = self.unit(j)
        if u is None:
            return None
        if u == "year" and t.kind == "num" and len(t.text) == 4:
            return None  # 2025年前 is 'before 2025'
        if u == "day" and not has_cl:  # 60日内: 日 as a count of days
            u = "day_tian"
        unit = {"day_tian": "day", "day": None, "day_hao": None}.get(u, u)
        if unit is None or unit == "decade" or unit == "century":
            return None
        if unit == "month" and not has_cl:
            unit = "month_bare"  # 三月后 is 'after March'; only windows accept it
        j += 1
        if not half_done and self.w(j, "approx") == "half":  # 一年半, 7天半
            n += 0.5
            j += 1
        return j, n, unit

    def approx_count(self, i: int):
        """An approximate count as a (low, high) pair and the next token: adjacent
        digits 一两 / 两三 / 七八 → (1, 2) / (2, 3) / (7, 8); 十几 / 二十几 → (10, 20) /
        (20, 30), the tens up to the next ten, since 二十几年前 is 20 to 30 years ago.
        Before 年 only pairs with 两 count: 三四年 / 八九年 also read as '34 / '89."""
        t = self.t(i)
        if t.kind == "word" and self.w(i, "approx") == "few":
            # 几天前, 前几天, 数日前, 几周前: a few is 2 to 9, and only of days or weeks (几年前
            # spans most of a decade, too vague to date an event by)
            j = self.sp(i + 1)
            u = self.unit(j + 1 if self.is_w(j, "classifier") else j)
            return ((2, 9), j) if u in ("day", "day_tian", "week") else None
        if t.kind != "cnum":
            return None
        digit = self.v.kinds["digit"]
        if len(t.text) == 2 and all(ch in digit for ch in t.text):
            a, b = (int(digit[ch]) for ch in t.text)
            if b != a + 1 or a < 1:
                return None
            if "两" not in t.text and self.unit(self.sp(i + 1)) == "year":
                return None  # 四五年以前 may be '45 (1945); 两 is never a year digit
            return (a, b), self.sp(i + 1)
        if t.value is not None and t.value % 10 == 0 and 10 <= t.value <= 90 \
                and t.text.endswith("十") and self.t(i + 1) is not None \
                and self.t(i + 1).text == "几":
            return (t.value, t.value + 10), self.sp(i + 2)
        return None

    def p_shift(self, i: int) -> Parse | None:
        """4年前, 两天后, 3周前, 十个半月后, 60日内, 3年半以来."""
        if self.preceded_by_word(i, "count_cue"):
            return None
        amt = self.p_amount(i)
        if amt is None:
            return None
        j, n, unit = amt
        if unit == "month_bare":
            return None
        k = self.sp(j)
        if isinstance(n, tuple) and unit in ("day", "day_tian") and self.preceded_by_word(i, "after_previous") \
                and not self.is_w(k, "offset_suffix"):
            # 随后几天内, 此后数日, 之后的几天: the few days after the date before (from the
            # next day), unknown without one
            end = k + 1 if self.w(k, "window_suffix") == "within" else j
            return Parse(i, end, [("DAYS_AFTER", n[1])], unit="shift")
        sign = self.w(k, "offset_suffix")
        if sign is not None and unit == "day" and self.starts_motion_verb(k):
            return None  # 6日前往北京: 日 is the day of the month, 前 starts the verb
        if sign is not None:
            if self.preceded_by_word(i, "event_anchor") or (int(sign) > 0 and self.preceded_by_word(i, "elapsed_cue")):
                # 国安法生效三个月后, 上任两年后, 缠斗近20年后: measured from an event whose
                # date the expression does not give — not from the publication date.
                return Parse(i, k + 1, [("FROM_EVENT",)], unit="shift")
            if int(sign) > 0 and self.preceded_by_word(i, "held_anchor"):
                # 关押9个月后, 服刑12年後获释: from the story's date of the arrest or the
                # sentence, if the text gave one before
                return Parse(i, k + 1, [("SHIFT_PREV", n, unit)], unit="shift")
            return Parse(i, k + 1, [("SHIFT", n, unit, int(sign))], unit="shift")
        win = self.w(k, "window_suffix")
        if win is not None and not isinstance(n, tuple):
            return Parse(i, k + 1, [("WIN", win, n, unit)], unit="window")
        return None

    def p_window(self, i: int) -> Parse | None:
        """过去十年, 近三个月, 最近一周, 上两个月, 下三周, 未来两天, 今后10年."""
        kind = self.w(i, "window_prefix")
        if kind is None:
            return None
        j = self.sp(i + 1)
        amt = self.p_amount(j)
        if amt is None:
            return None
        end, n, unit = amt
        if self.t(i).text == "上" and self.t(j).kind == "cnum" and self.t(j).text[0] in "百千万":
            return None  # 上百年, 上千年: hundreds of years, a length
        before = self.char_before(i)
        if self.t(i).text in ("上", "下", "后") and _is_han(before) and before not in WINDOW_PREFIX_AFTER \
                and not (n == 1 and self.t(i).text != "后"):  # (翻转上一季度: 上一 is "the previous")
            # 创下五年来新高, 剩下5天, 坐上十年监, 天上一日: the verb's complement, not a
            # window; 生效后90天内, 押后1年, 死后两天: after an event the text does not date
            return Parse(i, end, [("FROM_EVENT",)], unit="window") if self.t(i).text == "后" else None
        if kind == "prev" and self.t(i).text == "前" and (self.char_before(i) == "的" or self.preceded_by_word(i, "event_anchor")):
            # 高考的前两天, 归程前几天: the days before an event the expression does not date
            return Parse(i, end, [("FROM_EVENT",)], unit="window")
        if isinstance(n, tuple) and kind == "prev" and self.w(j, "approx") == "few":
            n = n[1]  # 前几天: the few days before the reference, yesterday included
        elif isinstance(n, tuple):
            return None  # 近两三年: too vague for a window
        if unit == "month_bare":
            unit = "month"
        if self.followed_by_word(end, "duration_tail") or self.preceded_by_word(i, "count_cue"):
            return None  # 用了近一天时间: 近 means 'nearly' before a length
        if kind == "past" and self.preceded_by_word(i, "passed_cue"):
            return None  # 绝食已经过去四天: 过去 is the verb, the time passed since an event
        k = self.sp(end)
        if self.w(k, "window_suffix") == "within":  # 未来5年内
            return Parse(i, k + 1, [("WIN", "within", n, unit)], unit="window")
        if self.is_w(k, "offset_suffix"):
            return None
        return Parse(i, end, [("WIN", kind, n, unit)], unit="window")

    # -- time of day --------------------------------------------------------------------

    def p_time_tail(self, j: int) -> tuple[int, bool]:
        """晚, 上午10时, 下午5:00, 晚上八点半, 9:30~11:30, 下午3点至下午8点.
        Returns the end and whether the time rolls over to the next day (24时, 晚上12点)."""
        start = j
        k = self.sp(j)
        dtime = self.w(k, "daytime")
        if dtime is not None:
            if len(self.t(k).text) == 1 and k != j:
                return start, False  # one-character words only right after the date
            k += 1
        elif self.w(k, "time_unit") == "midnight":
            return k + 1, False
        end = k if dtime is not None else start
        p = self.p_clock(self.sp(k))
        roll = False
        if p is not None:
            end, hour = p
            roll = hour == 24 or (hour == 12 and dtime == "evening")
            c = self.sp(end)
            if self.is_w(c, "connector"):
                c2 = self.sp(c + 1)
                if self.w(c2, "daytime") is not None:
                    c2 += 1
                p2 = self.p_clock(self.sp(c2))
                if p2 is not None:
                    end = p2[0]
                    roll = False
        return end, roll

    def p_clock(self, k: int):
        """10点, 10点05, 十一点半, 8:35, 11:00时, 8时35分."""
        h = self.number(k, 0, 24)
        if h is None:
            return None
        t = self.t(k + 1)
        if t is not None and t.text == ":":
            mnt = self.number(k + 2, 0, 59)
            if mnt is None or self.t(k + 2).kind != "num":
                return None
            end = k + 3
            if self.t(end) is not None and self.t(end).text == ":" and self.number(end + 1, 0, 59) is not None:
                end += 2
            if self.w(end, "time_unit") == "hour":
                end += 1
            return end, h
        if self.w(k + 1, "time_unit") != "hour":
            return None
        end = k + 2
        tu = self.w(end, "time_unit")
        if tu in ("half", "quarter"):
            return end + 1, h
        if self.number(end, 0, 59) is not None and not (
                self.t(end).kind == "cnum" and len(self.t(end).text) == 1 and self.w(end + 1, "time_unit") != "minute"):
            # (a single Chinese numeral without 分 starts a word: 20时三峡水库…)
            end += 1
            if self.w(end, "time_unit") == "minute":
                end += 1
            if self.number(end, 0, 59) is not None and self.w(end + 1, "time_unit") == "second":
                end += 2
        return end, h


# ---------------------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------------------

_GRAIN_RANK = {"day": 0, "week": 0, "month": 1, "year": 2, "decade": 3, "century": 4}


@dataclass(frozen=True)
class Span:
    """A resolved date: an inclusive day range plus the grain in which each end is written."""

    start: dt.date
    end: dt.date
    sgrain: str
    egrain: str
    kind: str = ""  # week | quarter | decade | century | lunar_month | holiday | season | approx
    lunar: tuple | None = None  # (lunar year, month, leap) of a lunar month span

    @property
    def precision(self) -> str:
        if self.kind in ("decade", "century"):
            return "decade"
        if self.kind in ("lunar_month", "season"):
            return "month"
        ranks = [_GRAIN_RANK[self.sgrain], _GRAIN_RANK[self.egrain]]
        return {0: "day", 1: "month", 2: "year"}.get(min(ranks), "decade")

    @property
    def value(self) -> str:
        a, b = _fmt(self.start, self.sgrain), _fmt(self.end, self.egrain)
        if a == b:
            return a
        return f"{a}/{b}"


def _fmt(d: dt.date, grain: str) -> str:
    if grain in ("year", "decade", "century"):
        return f"{d.year:04d}"
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _year_span(y: int) -> Span:
    return Span(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "year")


def _month_span(y: int, m: int) -> Span:
    return Span(dt.date(y, m, 1), dt.date(y, m, _last_day(y, m)), "month", "month")


def _day_span(d: dt.date) -> Span:
    return Span(d, d, "day", "day")


def _days(a: dt.date, b: dt.date, kind: str = "") -> Span:
    return Span(a, b, "day", "day", kind)


class _Unresolved(Exception):
    """The expression needs a reference or context that is not there."""


class _Invalid(Exception):
    """The expression names no real date (2月30日, 13月): no mention is emitted."""


@dataclass(frozen=True)
class Reference:
    when: dt.datetime
    grain: str  # year | month | day
    has_time: bool


@dataclass
class _Ctx:
    ref: Reference | None
    anchor: Span | None
    prev: Span | None = None
    prev_since: bool = False  # prev opens a span up to now (2003年以来): fills no fields
    antecedent: Span | None = None  # the last date of the text before this one
    story: Span | None = None  # the last date the blocks before resolved, at any grain
    lead_day: Span | None = None  # the first day the document's body tells (what 当天 opening a paragraph is)
    prev_deictic_end: int = -1  # where prev ends when it is a bare year relative to now (去年); else -1
    prev_end: int = -1  # where prev ends in the text
    prev_opens: bool = False  # prev opens its clause (1937年，…; 到了70年代，…): it sets a story's time
    prev_apart: bool = False  # a clause break stands between prev and the current mention
    prev_other_sentence: bool = False  # a sentence break stands between them
    sentence_start: int = 0  # where the current mention's sentence starts
    follows_on: bool = False  # the current mention's sentence opens with 随后/此后…: the story goes on
    cue: str = ""  # past | future | "" for the clause of the current mention
    weak_cue: bool = False  # the future cue is a word that also has another use (将, 准备)
    reported: bool = False  # the mention stands in a clause with other words (a report)
    told_done: bool = False  # the clause goes on as done (…才发现, …了), or the date follows 直到 or 的


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= _last_day(year, month)


def _fine_enough(src: Span | None, need: str) -> bool:
    """Can ``src`` give a date its ``need`` (year, month or day) field?  Its end must be
    written at least that finely; decades and centuries give none, and a span over
    several months gives no month (今年底…，而14日的峰会: not 14 December)."""
    if src is None or src.kind in ("decade", "century") or _GRAIN_RANK[src.egrain] > _GRAIN_RANK[need]:
        return False
    return need != "month" or (src.start.year, src.start.month) == (src.end.year, src.end.month)


class _Resolver:
    def __init__(self, ctx: _Ctx):
        self.ctx = ctx
        self.filled = ""  # which field came from context (year | month), for ranges

    # -- context sources ----------------------------------------------------------------

    def ref(self) -> Reference:
        if self.ctx.ref is None:
            raise _Unresolved("needs the publication date")
        return self.ctx.ref

    def ref_day(self) -> dt.date:
        r = self.ref()
        return r.when.date()

    def context(self, need: str, anaphora: bool = False) -> tuple[dt.date, str] | None:
        """End date of the previous date, else of the anchor, when it is at least as fine
        as ``need`` (year or month or day).  A previous date that opens a span up to now
        (2003年以来) fills no field of a date, but an anaphor (当年, 这一年) may refer to it."""
        prev = self.ctx.prev if anaphora or not self.ctx.prev_since else None
        for src, name in ((prev, "prev"), (self.ctx.anchor, "anchor")):
            if _fine_enough(src, need):
                return src.end, name
        return None

    def context_any(self) -> Span | None:
        """The previous date, else the anchor, else the last date of the text before,
        at any grain up to a year."""
        for src in (self.ctx.prev, self.ctx.anchor, self.ctx.antecedent):
            if _fine_enough(src, "year"):
                return src
        return None

    def fill_year(self, month: int | None = None) -> int:
        c = self.context("year")
        if c is not None and c[1] == "prev" and 0 <= self.ctx.prev_deictic_end <= self.ctx.sentence_start \
                and not self.ctx.follows_on:
            # 特鲁特涅夫去年访问了非洲。帕特鲁舍夫6月份分别访问了…: a year said relative to now
            # in an earlier sentence does not carry over (去年6月 would be written); the bare
            # month is read against the publication like any other
            c = (self.ctx.anchor.end, "anchor") if _fine_enough(self.ctx.anchor, "year") else None
        self.filled = "year"
        if c is not None and c[1] == "prev" and month is not None and self.ctx.ref is not None \
                and c[0].year > self.ctx.ref.when.year \
                and ((self.ctx.cue == "past" and self.ctx.prev_apart) or (not self.ctx.cue and self.ctx.prev_other_sentence)):
            # 条约将于明年2月到期。美俄双方已于6月22日…进行谈判 (in a July article): a clause
            # told as done does not take its year from a date of another clause that lies in
            # a later year than the publication (not 在明年接近7月, one phrase), nor one with
            # no tense from a date of another sentence (…50年不变，直至2047年。而7月1日开始
            # 实行的《国安法》); the month is read against the publication
            c = None
        a, story = self.ctx.antecedent, self.ctx.story
        if c is None and month is not None and a is not None and a.egrain in ("day", "month") \
                and self.ctx.ref is not None and 1000 <= a.end.year <= self.ctx.ref.when.year - 2 \
                and a.start.year == a.end.year and self.ctx.cue != "future" \
                and story is not None and story.egrain in ("day", "month") and story.end.year == a.end.year \
                and 0 <= month - story.end.month <= 1:
            # 1989年4月15日，胡耀邦去世… ¶ 4月25日，邓小平…定性 (in a 2019 article): a story told
            # by days of a past year goes on in that year — a bare month or day in a later
            # paragraph, in the month of the story's last date or the next, with no date of
            # another year told between, is of that year (not 2019-04-25)
            self.filled = "year"
            return a.end.year
        if c is not None:
            y = c[0].year
            prev = self.ctx.prev
            if month is not None and c[1] == "prev" and self.ctx.ref is not None and prev.start.year == y \
                    and month < prev.start.month and (y + 1, month) <= (self.ctx.ref.when.year, self.ctx.ref.when.month):
                # 去年底开始接触…2月6日就已进驻 (in a July article): a narrative moves
                # forward, so a month before the previous date's is the next year's, as
                # long as that is not after the publication.
                return y + 1
            return y
        r = self.ref()
        y = r.when.year
        if month is None or r.grain == "year":
            return y
        ahead = month - r.when.month
        cue = self.ctx.cue
        if cue == "past" and ahead > 0:
            y -= 1  # 10月5日…表示 in a September article happened last year
        elif cue == "future" and ahead < 0 and (ahead + 12 <= PLAN_MONTHS_AHEAD or not self.ctx.weak_cue):
            y += 1  # 将于3月 in a November article is next year's March
        elif not cue and ahead > UNCUED_MONTHS_AHEAD:
            y -= 1  # 12月31日 in a January article is last year's
        return y

    def fill_month(self, day: int | None = None) -> tuple[int, int]:
        c = self.context("month")
        self.filled = "month"
        r = self.ctx.ref
        if c is not None and c[1] == "prev" and day is not None and self.ctx.cue == "future" and not self.ctx.weak_cue \
                and self.ctx.prev_other_sentence and r is not None and r.grain == "day" \
                and _valid_day(c[0].year, c[0].month, day) \
                and dt.date(c[0].year, c[0].month, day) < r.when.date() - dt.timedelta(days=FUTURE_DAY_SLACK):
            # …早在9月21日就建议…。目前，利物浦将于14日成为… (an article of 13 October): a
            # plan's bare day is not a day before the publication in the month of a past date
            # told in an earlier sentence; it is read against the publication (in one sentence
            # the plan is the date's: 9月21日，他宣布将于25日访问日本 is 25 September)
            c = None
        if c is not None:
            return c[0].year, c[0].month
        r = self.ref()
        if r.grain == "year":
            raise _Unresolved("a bare day needs a month")
        y, m = r.when.year, r.when.month
        if day is not None and r.grain == "day":
            ahead = day - r.when.day
            cue = self.ctx.cue
            if cue != "future" and any((nxt := r.when + dt.timedelta(days=k)).day == day and nxt.month != m
                                       for k in range(1, PAST_DAY_SLACK + 1)):
                # 维特齐1日到立法院参访 in an article stamped 31 August: the day after the
                # reference across the month's end, as within a month below
                return nxt.year, nxt.month
            if (cue == "past" and ahead > PAST_DAY_SLACK) or (not cue and ahead > 20):
                # 25日…表示 in a text of the 6th: last month — but not the day after the
                # reference (欧洲联盟9日…发表声明 in an article stamped 2020-07-08T18:35Z, the 9th
                # where it was written: a timestamp may lie a day behind the story's zone)
                y, m = _add_months(y, m, -1)
            elif cue == "future" and ahead < -FUTURE_DAY_SLACK:
                # (预计17日20时… in an article stamped the 18th: written the day before)
                y, m = _add_months(y, m, 1)
        return y, m

    def anaphoric_base(self, need: str = "day") -> dt.date:
        """What 同年, 次日, 该月 refer back to: the previous date, the anchor, the last
        date of the text before (a paragraph may open with 同年12月), the reference."""
        c = self.context(need, anaphora=True)
        if c is not None:
            return c[0]
        if _fine_enough(self.ctx.antecedent, need):
            return self.ctx.antecedent.end
        if need == "month" and _fine_enough(self.ctx.story, need):
            # 去年4月，王毅…抵达日本。 ¶ 同月，…访日团也低调抵达日本: the last date the
            # paragraphs before told, when none with its year written is fine enough (only
            # for a month: a day word such as 第二天 or 此刻 is as often generic or now)
            return self.ctx.story.end
        return self.ref_day()

    def coarsen(self, s: Span) -> Span:
        """A relative date read against a partial reference (2021, 2021-05) keeps only
        the reference's grain."""
        r = self.ctx.ref
        if r is None or r.grain == "day":
            return s
        if r.grain == "month" and _GRAIN_RANK[s.sgrain] < 1:
            return Span(s.start.replace(day=1),
                        s.end.replace(day=_last_day(s.end.year, s.end.month)), "month", "month")
        if r.grain == "year" and _GRAIN_RANK[s.sgrain] < 2:
            return Span(dt.date(s.start.year, 1, 1), dt.date(s.end.year, 12, 31), "year", "year")
        return s

    # -- operations ---------------------------------------------------------------------

    def run(self, ops: list) -> Span:
        cur: Span | None = None
        for op in ops:
            cur = getattr(self, "op_" + op[0])(cur, *op[1:])
        if cur is None:
            raise _Invalid("empty")
        return cur

    def op_BAD(self, cur):
        raise _Invalid("not representable")

    def op_Y(self, cur, y):
        if cur is not None or not 1 <= y <= 9999:
            raise _Invalid("year")
        return _year_span(y)

    def op_Y2(self, cur, yy):
        c = self.context("year")
        if c is not None:
            pivot = c[0].year
        elif self.ctx.ref is not None:
            pivot = self.ctx.ref.when.year
        else:
            pivot = 2039  # no context at all: read 00–49 as 20xx and 50–99 as 19xx
        y = (pivot // 100) * 100 + yy
        if y > pivot + 10:
            y -= 100
        elif y < pivot - 89:
            y += 100
        return self.op_Y(cur, y)

    def op_Yrel(self, cur, k):
        return _year_span(self.ref().when.year + k)

    def op_Yana(self, cur, k, then=False):
        if then and self.context("year", anaphora=True) is None and not _fine_enough(self.ctx.antecedent, "year"):
            raise _Unresolved("back then, with no year told before")  # (当年的毛泽东路线: not this year)
        if then and self.ctx.ref is not None and self.anaphoric_base("year").year >= self.ref_day().year:
            # 今天的世界现状与斯大林当年提出的目标…, (10月6日…) 当年西方社会为了防堵共产苏联…:
            # after a date of the present year, 当年 is "back then", set against it — a
            # year told before is "that year" when it is past (2008年…当年)
            raise _Unresolved("back then, after a date of the present year")
        return _year_span(self.anaphoric_base("year").year + k)

    def op_M(self, cur, m):
        if cur is None:
            return _month_span(self.fill_year(m), m)
        if cur.egrain != "year" or cur.kind:
            raise _Invalid("month")
        return _month_span(cur.start.year, m)

    def op_LM(self, cur, m, leap):
        if cur is None:
            c = self.context("year")
            if c is not None:
                src_date, _ = c
                src = self.ctx.prev if c[1] == "prev" else self.ctx.anchor
                ly = src_date.year if src.egrain == "year" else _lunar_year_of(src_date)
            else:
                r = self.ref()
                ly = r.when.year if r.grain == "year" else _lunar_year_of(r.when.date())
            self.filled = "year"
        elif cur.egrain == "year" and not cur.kind:
            ly = cur.start.year
        else:
            raise _Invalid("lunar month")
        span = _lunar_month_span(ly, m, leap)
        if span is None:
            raise _Invalid("lunar month")
        return Span(span[0], span[1], "day", "day", "lunar_month", (ly, m, leap))

    def op_Mrel(self, cur, k):
        r = self.ref()
        if cur is not None:  # 去年本月
            if cur.egrain != "year":
                raise _Invalid("month")
            _, m = _add_months(r.when.year, r.when.month, k)
            return _month_span(cur.start.year, m)
        y, m = _add_months(r.when.year, r.when.month, k)
        return self.coarsen(_month_span(y, m))

    def op_Mana(self, cur, k):
        base = self.anaphoric_base("month")
        y, m = _add_months(base.year, base.month, k)
        return _month_span(y, m)

    def op_D(self, cur, d):
        if cur is None:
            y, m = self.fill_month(d)
        elif cur.egrain == "month" and not cur.kind:
            y, m = cur.start.year, cur.start.month
        else:
            raise _Invalid("day")
        if (m, d) == (2, 29) and not calendar.isleap(y) and self.filled == "year":
            while not calendar.isleap(y):  # a year-less 2月29日 is the last leap day
                y -= 1
        if not _valid_day(y, m, d):
            raise _Invalid("no such day")
        return _day_span(dt.date(y, m, d))

    def op_LD(self, cur, d):
        if cur is None or cur.kind != "lunar_month":
            raise _Unresolved("a lunar day needs its month")
        ly, m, leap = cur.lunar
        day = _lunar_to_solar(ly, m, d, leap)
        if day is None:
            raise _Invalid("no such lunar day")
        return _day_span(day)

    def op_Drel(self, cur, k):
        return self.coarsen(_day_span(self.ref_day() + dt.timedelta(days=k)))

    def op_NOWPART(self, cur, side):
        if self.ref().grain != "day":
            return cur  # (a partial reference has no day to cut the period at)
        today = self.ref_day()
        if not cur.start <= today <= cur.end:
            return cur
        if side == "before":
            return self.coarsen(_days(cur.start, today)) if cur.start < today else cur
        return self.coarsen(_days(today, cur.end)) if today < cur.end else cur

    def op_SAMEDAY(self, cur, n, unit, sign):
        moved, _ = self._move(self._ref_dt(), n, unit, sign)  # (29 February → 28th)
        return self.coarsen(_day_span(moved.date()))

    def op_Dbr(self, cur, k, d):
        r = self.ref()
        if r.grain == "year":
            raise _Unresolved("needs a month")
        y, m = r.when.year, r.when.month
        if r.grain == "day" and d - r.when.day > 20:
            y, m = _add_months(y, m, -1)
        elif r.grain == "day" and r.when.day - d > 20:
            y, m = _add_months(y, m, 1)
        if not _valid_day(y, m, d):
            raise _Invalid("no such day")
        return _day_span(dt.date(y, m, d))

    def op_Dthat(self, cur, k):
        """当天, 当日, 同日: the day of the date before in this text; opening a paragraph
        with none before it, the first day the document's body tells (news tells its
        story's day in the lead: 周三（9月30日），蓬佩奥到访意大利… ¶ 蓬佩奥在当天的会晤中),
        not a day told in passing in between (邓炳强11月19日上任 … ¶ 当天，赵克志会见)."""
        prev = self.ctx.prev
        if (prev is None or not _fine_enough(prev, "month")) and _fine_enough(self.ctx.lead_day, "day"):
            # (also after a year in its paragraph: 去年却成为…。蓬佩奥在当天的会晤中)
            return _day_span(self.ctx.lead_day.end)
        if _fine_enough(prev, "month") and not _fine_enough(prev, "day") and not self.ctx.prev_since:
            # 今年2月的第2次面试…讲解当日被…拘留的情况: a day of the month just told, which
            # the text does not name (not the publication day)
            return prev
        return self.op_Dthen(cur, 0)

    def op_Dthen(self, cur, k):
        """此时 (and 当天…, see op_Dthat): the day of the date before; with no day to take,
        after a year, a month or a decade long past (1937年，…此时的曾山…, 到了70年代，…此时
        美国也面对…, 1966年12月…当天), the story's time — not the reference day, which it is
        in news (此时正值…).  (此刻, "this very moment", stays now: 习近平…此刻正躲在….)"""
        if self.context("day", anaphora=True) is None and (story := self._story_time_before()) is not None:
            return story
        return self.op_Dana(cur, k)

    def op_Dana(self, cur, k):
        if k and self.context("day", anaphora=True) is None and self._coarse_before() is not None:
            # 1949年12月，毛泽东抵达莫斯科，次日…: no day to count from (not the day after
            # the publication)
            raise _Unresolved("the date before has no day")
        return _day_span(self.anaphoric_base("day") + dt.timedelta(days=k))

    def _story_time_before(self) -> Span | None:
        """The date before in this text when it is written coarser than a day (a month, a
        year, a decade) and ends ``STORY_TIME_YEARS`` or more before the reference: the
        time of a story long past."""
        prev = self.ctx.prev
        if prev is None or _fine_enough(prev, "day") or self.ctx.ref is None or not self.ctx.prev_opens:
            return None
        return prev if prev.end.year <= self.ref_day().year - STORY_TIME_YEARS else None

    def _coarse_before(self) -> Span | None:
        """The date before in this text (or the anchor) when it is written to the month or
        the year only: what 次日 cannot take a day from.  Not a date of earlier paragraphs,
        which may lie far back.  (此时 keeps the reference day: in news it is mostly now,
        此时正值…; measured, reading it as the date before was right about half the time.)"""
        for src in (self.ctx.prev, self.ctx.anchor):
            if _fine_enough(src, "year") and not _fine_enough(src, "day"):
                return src
            if src is not None:
                return None
        return None

    def op_ROLL(self, cur, k):
        if cur is None or cur.sgrain != "day" or cur.start != cur.end:
            return cur
        d = cur.start + dt.timedelta(days=k)
        return _day_span(d)

    # weeks

    def op_Wrel(self, cur, k):
        today = self.ref_day()
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=k)
        return Span(monday, monday + dt.timedelta(days=6), "day", "day", "week")

    def op_Wana(self, cur, k):
        base = self.anaphoric_base("day")
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=k)
        return Span(monday, monday + dt.timedelta(days=6), "day", "day", "week")

    def op_WD(self, cur, w):
        if cur is not None:
            if cur.kind != "week":
                raise _Invalid("weekday")
            return _day_span(cur.start + dt.timedelta(days=w - 1))
        today = self.ref_day()
        if self.ctx.ref.grain != "day":
            raise _Unresolved("a weekday needs a day reference")
        delta = (w - today.isoweekday()) % 7
        if delta and (self.ctx.cue == "past" or (not self.ctx.cue and self.ctx.reported)):
            # A news sentence without a future cue reports (习近平周二抵达武汉 in a
            # Thursday article is two days ago); a weekday on its own is looked ahead.
            delta -= 7
        return _day_span(today + dt.timedelta(days=delta))

    def op_NTHWD(self, cur, n, w):
        if cur is None or cur.egrain != "month" or cur.kind:
            raise _Invalid("nth weekday")
        try:
            return _day_span(_nth_weekday(cur.start.year, cur.start.month, n, w))
        except ValueError:
            raise _Invalid("nth weekday") from None

    def op_NTHWEEK(self, cur, n):
        """Week n of a month or year is the week that starts on its n-th Monday."""
        if cur is None or cur.kind or cur.egrain not in ("month", "year"):
            raise _Invalid("nth week")
        first = cur.start + dt.timedelta(days=(7 - cur.start.weekday()) % 7)
        monday = first + dt.timedelta(weeks=n - 1)
        if monday > cur.end:
            raise _Invalid("nth week")
        return Span(monday, monday + dt.timedelta(days=6), "day", "day", "week")

    def op_NTHDAY(self, cur, n):
        if cur is None or cur.egrain not in ("month", "year") or cur.kind:
            raise _Invalid("nth day")
        d = cur.start + dt.timedelta(days=n - 1)
        if d > cur.end:
            raise _Invalid("nth day")
        return _day_span(d)

    def op_NTHDAYLAST(self, cur, n):
        if cur is None or cur.egrain not in ("month", "year") or cur.kind:
            raise _Invalid("nth day")
        d = cur.end - dt.timedelta(days=n - 1)
        if d < cur.start:
            raise _Invalid("nth day")
        return _day_span(d)

    def op_FIRSTN(self, cur, n, unit):
        return self._edge_n(cur, n, unit, first=True)

    def op_LASTN(self, cur, n, unit):
        return self._edge_n(cur, n, unit, first=False)

    def _edge_n(self, cur, n, unit, first):
        if cur is None or cur.kind or cur.egrain != "year":
            raise _Invalid("first/last N")
        y = cur.start.year
        if unit == "day":
            if first:
                return _days(cur.start, cur.start + dt.timedelta(days=n - 1))
            return _days(cur.end - dt.timedelta(days=n - 1), cur.end)
        months = n * 3 if unit == "quarter" else n
        if not 1 <= months <= 12:
            raise _Invalid("first/last N")
        if first:
            return Span(dt.date(y, 1, 1), dt.date(y, months, _last_day(y, months)), "month", "month")
        m0 = 13 - months
        return Span(dt.date(y, m0, 1), dt.date(y, 12, 31), "month", "month")

    # parts, quarters, seasons

    def op_PART(self, cur, scope, rng):
        lo_s, hi_s = rng.split("..")
        if scope == "year":
            if cur is None:
                cur = _year_span(self.fill_year())
            if cur.egrain != "year" or cur.kind:
                raise _Invalid("year part")
            y = cur.start.year
            lo, hi = int(lo_s[1:]), int(hi_s[1:])
            return Span(dt.date(y, lo, 1), dt.date(y, hi, _last_day(y, hi)), "month", "month")
        if scope == "month":
            if cur is None:
                y, m = self.fill_month()
                cur = _month_span(y, m)
            if cur.kind == "lunar_month":
                raise _Invalid("lunar month part")
            if cur.egrain != "month":
                raise _Invalid("month part")
            y, m = cur.start.year, cur.start.month
            last = _last_day(y, m)
            lo = last if lo_s == "DL" else int(lo_s[1:])
            hi = last if hi_s == "DL" else int(hi_s[1:])
            return _days(dt.date(y, m, lo), dt.date(y, m, hi))
        if scope in ("decade", "century"):
            if cur is None or cur.kind != scope:
                raise _Invalid("part")
            y0 = cur.start.year
            lo, hi = int(lo_s[1:]), int(hi_s[1:])
            return Span(dt.date(y0 + lo, 1, 1), dt.date(y0 + hi, 12, 31), "year", "year", "decade")
        if scope == "quarter":
            if cur is None or cur.kind != "quarter":
                raise _Invalid("part")
            m = cur.start.month + int(lo_s[1:])
            return _month_span(cur.start.year, m)
        if scope == "week":
            if cur is None:
                cur = self.op_Wrel(None, 0)
            if cur.kind != "week":
                raise _Invalid("week part")
            lo, hi = int(lo_s[1:]), int(hi_s[1:])
            return _days(cur.start + dt.timedelta(days=lo - 1), cur.start + dt.timedelta(days=hi - 1))
        raise _Invalid(scope)

    def _quarter(self, y, q):
        m0 = 3 * q - 2
        return Span(dt.date(y, m0, 1), dt.date(y, m0 + 2, _last_day(y, m0 + 2)),
                    "month", "month", "quarter")

    def op_Q(self, cur, q):
        if cur is None:
            cur = _year_span(self.fill_year())
        if cur.egrain != "year" or cur.kind:
            raise _Invalid("quarter")
        return self._quarter(cur.start.year, q)

    def op_Qrel(self, cur, k):
        r = self.ref()
        if r.grain == "year":
            raise _Unresolved("a quarter needs a month reference")
        idx = r.when.year * 4 + (r.when.month - 1) // 3 + k
        return self._quarter(idx // 4, idx % 4 + 1)

    def op_Qana(self, cur, k):
        base = self.anaphoric_base("month")
        idx = base.year * 4 + (base.month - 1) // 3 + k
        return self._quarter(idx // 4, idx % 4 + 1)

    def op_SEASON(self, cur, rng):
        if cur is None:
            cur = _year_span(self.fill_year())
        if cur.egrain != "year" or cur.kind:
            raise _Invalid("season")
        y = cur.start.year
        lo, hi = (float(x) for x in rng.split(".."))
        start = _solar_term(y, lo)
        end = _solar_term(y, hi) - dt.timedelta(days=1)
        if end < start:  # winter runs into the next year
            end = _solar_term(y + 1, hi) - dt.timedelta(days=1)
        return Span(start, end, "day", "day", "season")

    # holidays

    def op_HOL(self, cur, name):
        h = load_vocab().holidays[name]
        if cur is not None:
            if cur.egrain != "year" or cur.kind:
                raise _Invalid("holiday")
            occ = _holiday_in_year(h, cur.start.year)
        else:
            c = self.context("year")
            if c is not None:
                occ = _holiday_in_year(h, c[0].year)
            else:
                occ = self._cyclic_holiday(h)
        if occ is None:
            raise _Invalid("holiday out of range")
        return _days(occ[0], occ[1], "holiday")

    def op_HOLN(self, cur, name, sign):
        """The next (sign 1) or last (-1) occurrence of a holiday from the reference day."""
        h = load_vocab().holidays[name]
        today = self.ref_day()
        occ = _holiday_in_year(h, today.year)
        if occ is None or (sign > 0 and occ[0] <= today) or (sign < 0 and occ[1] >= today):
            occ = _holiday_in_year(h, today.year + sign)
        if occ is None:
            raise _Invalid("holiday out of range")
        return _days(occ[0], occ[1], "holiday")

    def _cyclic_holiday(self, h: Holiday):
        r = self.ref()
        if r.grain == "year":
            return _holiday_in_year(h, r.when.year)
        today = r.when.date()
        occ = _holiday_in_year(h, today.year)
        if self.ctx.cue == "past":
            if occ is None or occ[0] > today:
                occ = _holiday_in_year(h, today.year - 1)
        elif occ is None or occ[1] < today:
            nxt = _holiday_in_year(h, today.year + 1)
            if self.ctx.cue == "future" or occ is None or nxt is None \
                    or today - occ[1] > nxt[0] - today + dt.timedelta(days=HOLIDAY_PAST_LEAN_DAYS):
                occ = nxt
            # (with no tense cue, the nearer one, leaning to the past: 春节后努力复工 in a July
            # article, 新年致辞 in July; 情人節兩場騷 in a 16 February article, 双十节 the day
            # after; but 春节 in November is the coming one)
        return occ

    def op_HOLDAY(self, cur, n):
        if cur is None or cur.kind != "holiday":
            raise _Invalid("holiday day")
        return _day_span(cur.start + dt.timedelta(days=n - 1))

    # decades and centuries

    def op_DEC(self, cur, y0):
        return Span(dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "year", "year", "decade")

    def op_DEC2(self, cur, yy):
        """70年代: the decade of the century of the previous date (else the reference),
        moving forward with a narrative (1969年…到了70年代 is the 1970s) but never past
        the reference (90年代 in a 2018 text is the 1990s)."""
        c = self.context("year")
        ref_year = self.ctx.ref.when.year if self.ctx.ref else None
        pivot = c[0].year if c else (ref_year if ref_year is not None else 2039)
        y0 = (pivot // 100) * 100 + yy
        if y0 > pivot and not (c is not None and ref_year is not None and y0 <= ref_year):
            y0 -= 100
        return self.op_DEC(None, y0)

    def op_DECinC(self, cur, yy):
        if cur is None or cur.kind != "century":
            raise _Invalid("decade")
        return self.op_DEC(None, cur.start.year + yy)

    def op_CENT(self, cur, c):
        y0 = (c - 1) * 100
        if y0 < 1:
            raise _Invalid("century")
        return Span(dt.date(y0, 1, 1), dt.date(y0 + 99, 12, 31), "year", "year", "century")

    def op_Crel(self, cur, k):
        c = self.ref().when.year // 100 + 1 + k
        return self.op_CENT(None, c)

    # shifts and windows

    def _move(self, base: dt.datetime, n: float, unit: str, sign: int):
        """Move ``base`` by n units; returns (datetime, grain of the result)."""
        whole = int(n)
        frac = n - whole
        if unit == "year":
            months = round(n * 12)
            grain = "year" if frac == 0 else "month"
            y, m = _add_months(base.year, base.month, sign * months)
            return base.replace(year=y, month=m, day=min(base.day, _last_day(y, m))), grain
        if unit == "quarter":
            y, m = _add_months(base.year, base.month, sign * round(n * 3))
            return base.replace(year=y, month=m, day=min(base.day, _last_day(y, m))), "month"
        if unit in ("month", "month_bare"):
            y, m = _add_months(base.year, base.month, sign * whole)
            moved = base.replace(year=y, month=m, day=min(base.day, _last_day(y, m)))
            if frac:
                return moved + sign * dt.timedelta(days=15), "day"
            return moved, "month"
        seconds = {"week": 604800, "day": 86400, "hour": 3600, "minute": 60, "second": 1,
                   "quarter_hour": 900}[unit]
        return base + sign * dt.timedelta(seconds=n * seconds), "day"

    def _ref_dt(self) -> dt.datetime:
        r = self.ref()
        # Without a time of day, sub-day shifts are read from noon, so 2小时后 stays
        # on the reference day.
        return r.when if r.has_time else r.when.replace(hour=12)

    def op_FROM_EVENT(self, cur):
        raise _Unresolved("a shift from an event of unknown date")

    def op_SHIFT_PREV(self, cur, n, unit):
        """关押9个月后: a shift forward from the date before in the text, unknown without one."""
        if cur is not None or self.context_any() is None:
            raise _Unresolved("no date before to count from")
        return self.op_SHIFT(None, n, unit, 1)

    def op_DAYS_AFTER(self, cur, hi):
        """随后几天内: the day after the date before through ``hi`` days after it, up to the
        publication (2020年6月中旬…随后几天内 in an article of 26 June: 21 to 26 June); at
        the grain of that date when it is coarser than a day (今年1月…之后的几天: January)."""
        src = self.context_any()
        if cur is not None or src is None:
            raise _Unresolved("no date before to count the days after")
        if src.egrain not in ("day", "week"):
            return self.op_SHIFT(None, (1, hi), "day", 1)
        lo, last = src.end + dt.timedelta(days=1), src.end + dt.timedelta(days=hi)
        ref_day = self.ctx.ref.when.date() if self.ctx.ref is not None and self.ctx.ref.grain == "day" else None
        if ref_day is not None and self.ctx.cue != "future":
            if lo > ref_day:
                raise _Unresolved("the days after lie past the publication date in a report")
            last = min(last, ref_day)
        return Span(lo, last, "day", "day", kind="approx")

    def op_SHIFT(self, cur, n, unit, sign, grain=None):
        if isinstance(n, tuple):  # 两三天后, 二十几年前: from the nearer to the farther day
            a, b = (self.op_SHIFT(cur, x, unit, sign, grain) for x in n)
            lo, hi = (a, b) if a.start <= b.start else (b, a)
            return Span(lo.start, hi.end, lo.sgrain, hi.egrain, kind="approx")
        if cur is not None:  # 圣诞节前一天, 国庆节后两天: from the first / last day
            days = n * (7 if unit == "week" else 1)
            d = cur.start - dt.timedelta(days=days) if sign < 0 else cur.end + dt.timedelta(days=days)
            return _day_span(d)
        src = self.context_any() if sign > 0 else None
        if src is None and sign > 0 and unit == "year" and (self.ctx.told_done or n >= FAR_SHIFT_YEARS):
            # 陈春秀在十六年后才发现了…, 一千七百年后，又有一个姓袁的: years after a time of a
            # story the text does not date, told as done — not years after the publication
            raise _Unresolved("a shift of years forward told as done")
        if src is not None:  # 两天后 continues the story from the previous date
            # From the last day of a day-level date or range; from the start of a coarser
            # one, so that 5月…两天后 stays in May.
            anchor_day = src.end if src.egrain in ("day", "week") else src.start
            base = dt.datetime.combine(anchor_day, dt.time(12))
        else:
            base = self._ref_dt()
        moved, natural = self._move(base, n, unit, sign)
        grain = grain or natural
        if src is not None and _GRAIN_RANK[src.egrain] > _GRAIN_RANK[grain]:
            grain = src.egrain  # 同年5月…两天后 is only known to the month
        d = moved.date()
        ref_day = self.ctx.ref.when.date() if self.ctx.ref is not None else None
        if src is not None and ref_day is not None and d > ref_day \
                and (self.ctx.cue != "future" or d.year > ref_day.year + 1):
            # 缠斗近20年后一直想抽身 (a 2020 article, last date 去年): a story told forward
            # from an earlier date does not pass the publication without a future cue, nor
            # by years with one; the shift is from an event the text does not date.
            raise _Unresolved("a shift past the publication date in a report")
        if grain == "year":
            s = _year_span(d.year)
        elif grain == "month":
            s = _month_span(d.year, d.month)
        else:
            s = _day_span(d)
        return self.coarsen(s) if src is None else s

    def op_WIN(self, cur, kind, n, unit):
        base = self._ref_dt()  # windows are always read from the publication date
        today = base.date()
        if unit in ("hour", "minute", "second", "quarter_hour"):
            other, _ = self._move(base, n, unit, -1 if kind in ("past", "near", "prev", "since") else 1)
            a, b = sorted((today, other.date()))
            return self.coarsen(_days(a, b))
        if kind in ("within", "since"):
            sign = 1 if kind == "within" else -1
            other, _ = self._move(base, n, unit, sign)
            o = other.date()
            if kind == "since" and unit in ("year", "month", "quarter"):
                o = o.replace(day=1)
            a, b = sorted((today, o))
            return self.coarsen(_days(a, b))
        if kind in ("past", "near"):
            other, _ = self._move(base, n, unit, -1)
            end = today - dt.timedelta(days=1) if kind == "past" else today
            return self.coarsen(_days(other.date(), end))
        whole = max(1, int(round(n)))
        if unit in ("day", "week"):
            days = whole * (7 if unit == "week" else 1)
            if kind == "prev":
                if unit == "week":
                    monday = today - dt.timedelta(days=today.weekday())
                    return self.coarsen(_days(monday - dt.timedelta(days=days), monday - dt.timedelta(days=1)))
                return self.coarsen(_days(today - dt.timedelta(days=days), today - dt.timedelta(days=1)))
            if kind == "next":
                if unit == "week":
                    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7)
                    return self.coarsen(_days(monday, monday + dt.timedelta(days=days - 1)))
                return self.coarsen(_days(today + dt.timedelta(days=1), today + dt.timedelta(days=days)))
            return self.coarsen(_days(today, today + dt.timedelta(days=days - 1)))  # ahead
        if unit in ("month", "month_bare", "quarter"):
            months = whole * (3 if unit == "quarter" else 1)
            y, m = today.year, today.month
            if kind == "prev":
                a, b = _add_months(y, m, -months), _add_months(y, m, -1)
            elif kind == "next":
                a, b = _add_months(y, m, 1), _add_months(y, m, months)
            else:
                a, b = (y, m), _add_months(y, m, months - 1)
            return Span(dt.date(a[0], a[1], 1), dt.date(b[0], b[1], _last_day(*b)), "month", "month")
        if unit == "year":
            y = today.year
            if kind == "prev":
                a, b = y - whole, y - 1
            elif kind == "next":
                a, b = y + 1, y + whole
            else:
                a, b = y, y + whole - 1
            return Span(dt.date(a, 1, 1), dt.date(b, 12, 31), "year", "year")
        raise _Invalid("window unit")


# ---------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------


def _parse_reference(reference) -> Reference | None:
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return Reference(reference.replace(tzinfo=None), "day", True)
    if isinstance(reference, dt.date):
        return Reference(dt.datetime.combine(reference, dt.time()), "day", False)
    if not isinstance(reference, str):
        raise DateError(f"reference must be a date, a datetime or an ISO string, "
                        f"not {type(reference).__name__}; pass None when it is unknown")
    s = reference.strip()
    if not s:
        return None
    m = _REF_RE.fullmatch(s)
    if m is None:
        raise DateError(f"cannot read the reference date {reference!r}: "
                        f"use ISO 8601 such as 2023-09-06 or 2023-09-06T08:00:00")
    y, mo, d, hh, mi, ss = m.groups()
    try:
        when = dt.datetime(int(y), int(mo or 1), int(d or 1), int(hh or 0), int(mi or 0),
                           int(ss or 0))
    except ValueError as e:
        raise DateError(f"the reference date {reference!r} is not a real date ({e})") from None
    grain = "day" if d else ("month" if mo else "year")
    return Reference(when, grain, hh is not None)


def value_to_range(value: str) -> tuple[dt.date, dt.date] | None:
    """Inclusive day range of an ISO value: ``2018`` → Jan 1..Dec 31, ``2018-03`` → the
    month, ``2018-03-25`` → that day, ``a/b`` → start of a .. end of b.  None for an
    empty or unparseable value."""
    span = _value_span(value)
    return (span.start, span.end) if span is not None else None


def _value_span(value) -> Span | None:
    if not isinstance(value, str) or not value.strip():
        return None
    parts = value.strip().split("/")
    if len(parts) > 2:
        return None
    ends = []
    for p in parts:
        m = _ISO_POINT.fullmatch(p.strip())
        if m is None:
            return None
        y, mo, d = m.groups()
        try:
            if d:
                day = dt.date(int(y), int(mo), int(d))
                ends.append((day, day, "day"))
            elif mo:
                s = _month_span(int(y), int(mo))
                ends.append((s.start, s.end, "month"))
            else:
                s = _year_span(int(y))
                ends.append((s.start, s.end, "year"))
        except ValueError:
            return None
    start, end = ends[0][0], ends[-1][1]
    if end < start:
        return None
    return Span(start, end, ends[0][2], ends[-1][2])


class _Stops:
    """Positions of clause and sentence ends in a text, for the bounded look-around of
    :func:`_clause_cue` by bisection instead of a character walk per mention."""

    def __init__(self, twin: str):
        self.n = len(twin)
        # (a comma between digits groups them: 7,500人 — no clause end)
        self.clause = [m.start() for m in _CLAUSE_END_RE.finditer(twin)
                       if not (twin[m.start()] == "," and 0 < m.start() < self.n - 1
                               and twin[m.start() - 1].isdigit() and twin[m.start() + 1].isdigit())]
        self.sentence = [i for i in self.clause if twin[i] in _SENTENCE_END]

    def bounds(self, stops: list[int], start: int, end: int, reach: int = 40) -> tuple[int, int]:
        """``(a, b)``: at most ``reach`` characters either side of ``[start, end)``, not
        crossing a stop character (the stop itself excluded)."""
        k = bisect.bisect_left(stops, start)
        a = max(0, start - reach, stops[k - 1] + 1 if k else 0)
        k = bisect.bisect_left(stops, end)
        b = min(self.n, end + reach, stops[k] if k < len(stops) else self.n)
        return min(a, start), max(b, end)


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# After a date's 年, these make 年 the first character of another word (年轻, 年龄, 年纪)
_YEAR_WORD_TAILS = frozenset("轻龄纪輕齡紀")
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,60}》")


def _in_report(twin: str, start: int, end: int, stops: _Stops) -> bool:
    """Whether the mention's clause holds other words (at least two Han characters
    besides it): the date is part of a reported sentence, not a bare expression."""
    ca, cb = stops.bounds(stops.clause, start, end)
    if len(_HAN_CHAR.findall(twin, ca, start)) + len(_HAN_CHAR.findall(twin, end, cb)) >= 2:
        return True
    # A clause that is only the date (周一，李克强在武汉参观…) belongs to its sentence.
    sa, sb = stops.bounds(stops.sentence, start, end)
    return len(_HAN_CHAR.findall(twin, sa, start)) + len(_HAN_CHAR.findall(twin, end, sb)) >= 2


def _clause_cue(twin: str, start: int, end: int, vocab: Vocab, stops: _Stops | None = None) -> str:
    """Tense around a mention: ``future``, ``future?`` (only a cue of two uses, 将 or
    准备: see PLAN_MONTHS_AHEAD), ``past`` or "".

    The cue nearest to the mention in its own clause wins, so in 拜登周一表示，他将于
    周五访问 周一 is past and 周五 future.  A clause that is only the date (10月5日，
    外交部发言人表示…; 元旦期间，…) takes its tense from the clause after it, else from a
    past cue in the rest of the sentence (at most 40 characters either side); any other
    clause only from cues before it, so a plan
    later in the sentence (比根8月底首先提出，…并准备10月会谈) does not move 8月底."""
    stops = stops or _Stops(twin)

    words, forward, backward, noise = _cue_patterns(vocab)

    def nearest(before: str, after: str, only: str = "") -> str:
        """The tense of the cue word closest to the mention: the one ending nearest
        before it or starting nearest after it; on a tie the first word of the
        vocabulary (future cues first), before the mention ahead of after it.  With
        ``only``, the nearest cue of that tense ("" when there is none)."""
        if forward is None:
            return ""
        if "将" in before or "将" in after:
            # 国务院将新华社等5家官媒列为外国使团: 将 marks the object of a verb of
            # naming or classing, no future (before the noise words go: 称为 is one)
            before, after = (_BA_DISPOSAL.sub(lambda m: " " + m.group()[1:], x) for x in (before, after))
            before, after = (without_ba_objects(x) for x in (before, after))
        if noise is not None and (noise.search(before) or noise.search(after)):
            for w in vocab.kinds["cue_noise"]:  # 为了 / 除了 are not past tense
                before = before.replace(w, " " * len(w))
                after = after.replace(w, " " * len(w))
        found = []
        # The leftmost match in the reversed text is the word ending last before the
        # mention; at one position the alternation takes the first word that fits.
        for side, pattern, text in ((0, backward, before[::-1]), (1, forward, after)):
            for m in pattern.finditer(text):
                tense, index = words[m.group()[::-1] if side == 0 else m.group()]
                if not only or tense == only:
                    found.append((m.start(), index, side, tense))
                    break
        return min(found)[3] if found else ""

    ca, cb = stops.bounds(stops.clause, start, end)
    # 周五开始举行的峰会预计为期两天: a date inside a relative clause with a verb of its
    # own (…举行的 + noun) takes no cue of the main predicate after it
    rel = _RELATIVE_CLAUSE_END.match(twin, end, cb)
    cue = nearest(twin[ca:start], twin[end : rel.end() if rel else cb])
    if cue:
        return cue
    sa, sb = stops.bounds(stops.sentence, start, end)
    if cb < sb and twin[cb] in ",，" and _TIME_CLAUSE_END.search(twin, ca, cb):
        # 据官员透露，G20峰会11月底在阿根廷举行时，特朗普和习近平计划举行会谈: a time
        # clause is the adverbial of the clause after it, whose tense it takes first
        cue = nearest("", twin[cb:sb])
        if cue:
            return cue
    rest = (twin[ca:start] + twin[end:cb]).strip(" 在于自从到至()（）期间时前后以来左右之际")
    if not rest:
        # The date heads the clause after it: a plan further on is the plan of the
        # event the sentence reports (6月22日，中印军方军长级会晤同意…，将部署…: not next
        # year's 22 June), while a past cue anywhere in the sentence tells a report
        # (12月底，我在…庆祝新年前夜，一位朋友演唱了…: last December).
        nb = stops.bounds(stops.clause, cb + 1, cb + 1)[1] if cb < sb else cb
        return nearest(twin[sa:start], twin[end:min(nb, sb)]) or nearest(twin[sa:start], twin[end:sb], "past")
    # (from another clause, a word of two uses tells no tense: …准备适当时候采取反击措施之后，
    # 北京周四警告法国)
    cue = nearest(twin[sa:start], "")
    return "" if cue == "future?" else cue


# A numbered century followed closely by one of these heads names an institution or a
# paper (二十一世纪中国研究中心, 《21世纪经济报道》).
_CENTURY_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:中心|研究所|研究院|学院|大学|基金会|公司|集团|经济报道|报|杂志|论坛|协会)")
# After a date, a verb phrase closed by 的 (开始举行的, 举行的; not 周五的会议, no verb).
_RELATIVE_CLAUSE_END = re.compile(r"[^的，,。；;：:！!？?\s]{0,4}?(?:举行|召开|举办|开始|开幕|结束|闭幕|发表|发布|签署|进行|访问|会见|会晤|会谈)"
                                  r"[了过完]?的")
# A clause ending so (…举行时，…) is a time clause of the clause after it.
_TIME_CLAUSE_END = re.compile(r"(?:时|之时|之际|的时候|期间)\s*$")
_CUE_PATTERNS: dict[int, tuple] = {}


def _cue_patterns(vocab: Vocab):
    """``(words, forward, backward, noise)`` for :func:`_clause_cue`: word → (tense,
    index in vocabulary order, future cues first), an alternation of the words in that
    order, one of the reversed words for searching backwards, and one of the noise
    words (to skip their replacement where none occurs)."""
    hit = _CUE_PATTERNS.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        words: dict[str, tuple[str, int]] = {}
        for tense, kind in (("future", "future_cue"), ("future?", "weak_future_cue"), ("past", "past_cue")):
            for w in vocab.kinds.get(kind, {}):
                if w:
                    words.setdefault(w, (tense, len(words)))
        order = sorted(words, key=lambda w: words[w][1])
        forward = re.compile("|".join(map(re.escape, order))) if order else None
        backward = re.compile("|".join(re.escape(w[::-1]) for w in order)) if order else None
        noise_words = [w for w in vocab.kinds.get("cue_noise", {}) if w]
        noise = re.compile("|".join(map(re.escape, noise_words))) if noise_words else None
        hit = _CUE_PATTERNS[id(vocab)] = (vocab, words, forward, backward, noise)
    return hit[1:]


# 将 + an object + a verb of naming, classing, moving or cancelling (将中国视为对手, 将新华社…
# 列为, 将峰会推迟到9月): the object marker, not "will" (将于, 将会, 将被, 将成为, 将设法 are)
# (the 将 and its object, shared with the event rules' BA_OBJECT, which takes its own verbs)
BA_OBJECT_MARKER = r"将(?!于|在|会|要|被|可|能|成为|是|有|设法|继续|进一步|再)[^，。,；;！？!?：:]{1,20}?"
# The verbs that close a 将 construction (将X称为Y, 将X推迟到…), as regex alternatives: of
# naming or classing, and of moving a date — one table for the three readings of 将 as
# the object marker (_BA_DISPOSAL here, events.BA_OBJECT, and _BA_VERB_AFTER after a
# common noun), each taking the groups it trusts
BA_NAMING_VERBS = "称为|视为|列为|改为|定为"
BA_RESCHEDULING_VERBS = "推迟|延后|延期|取消|提前|改在|改到|移至"
_BA_DISPOSAL = re.compile(BA_OBJECT_MARKER + "(?:" + BA_NAMING_VERBS + "|认定为|指定为|更名为|变更为|看作|当作|"
                          + BA_RESCHEDULING_VERBS + ")")
# Tags (jieba's dictionary) of a first word after 将 that makes 将 the object marker
# (将中国…, 将他们…, 将这块化石交给了…, 将加泰罗尼亚…领袖判处…): a proper name or a
# pronoun — not a verb, an adverb or a preposition (将公布, 将正式, 将于), and not a common
# noun, since the dictionary tags many verbs so (开庭, 会面, 部署: 将开庭审理 is "will")
_BA_OBJECT_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "r"})
# Pronoun-tagged first words that start a verb phrase all the same (将其后…)
_BA_NOT_OBJECT = frozenset({"其后", "此后", "如此", "怎样", "如何"})


# The verbs that close a 将 construction over a common noun (将外交重心放到中东, 将决议文递交
# 给…), a short way after it in the clause: the noun is their object
_BA_VERB_AFTER = re.compile(r"[^，。；：！？、,;:!?\s]{1,10}?(?:" + BA_NAMING_VERBS + "|放到|放在|列入|视作|纳入|写入|改成|变成|变为|"
                            r"称作|当作|当成|作为|带到|带回|送到|送往|送交|交给|交由|移交|递交|提交|转交|推向|置于|"
                            r"归咎于|归功于|搬到|迁到|迁往|提升为|升级为|降为|驱逐出)")
_BA_NOUN_TAGS = frozenset({"n"})
# …or a noun phrase that opens with its year (将2020年度东盟领导人会议…推向)
_BA_YEAR_FIRST = re.compile(r"(?:19|20)[0-9]{2}年度?(?:的)?")


def without_ba_objects(text: str) -> str:
    """``text`` with each 将 that marks an object blanked: no future cue.  Its next word
    is a proper name or a pronoun in jieba's dictionary (longest first), or a common
    noun that one of the verbs of such a construction follows (_BA_VERB_AFTER)."""
    if "将" not in text:
        return text
    from .segment import dictionary_word_at  # (jieba's tags, loaded once and only when needed)

    out = list(text)
    for m in re.finditer("将", text):
        word, tag = dictionary_word_at(text, m.end())
        if (tag in _BA_OBJECT_TAGS and word not in _BA_NOT_OBJECT) \
                or (tag in _BA_NOUN_TAGS and _BA_VERB_AFTER.match(text, m.end())):
            out[m.start()] = " "
        elif (year := _BA_YEAR_FIRST.match(text, m.end())) is not None and _BA_VERB_AFTER.match(text, year.end()):
            out[m.start()] = " "  # (将2020年度东盟领导人会议推向高潮: a year's noun, then the verb)
    return "".join(out)


# 今天（19日）, 今（25）日, 今日(19日): the text glosses "today" with its day of the month
_TODAY_GLOSS = re.compile(r"今(?:天|日)?[（(]\s*(\d{1,2})\s*日?\s*[）)]日?")
# How many days after the reference a bare day told in the past may lie and still be in
# the reference's month (an archive's UTC timestamp a day behind Beijing or Brussels)
PAST_DAY_SLACK = 1
# How many days before the reference a bare day told as a plan may lie and still be in the
# reference's month (a timestamp a day after the writing), not the next month's
FUTURE_DAY_SLACK = 1
# How many months after the reference a year-less month with no tense cue may lie and
# still be this year's (11月大选 in a July article); one further on is last year's
# (12月30日艾芬事件 in an April article, 10月16日…发表施政报告 in April: past)
UNCUED_MONTHS_AHEAD = 5
# How many months after the reference a plan told by a month without a year may lie: a
# month further on is this year's, past (6月22日，国务院将中央电视台…增加列管为… in a July
# article; 将 there marks an object), since a plan for more than half a year ahead is
# told with its year (明年6月); 将于3月 in a November article is next March
PLAN_MONTHS_AHEAD = 6
# How far (days) a glossed today may lie from the stated publication day: a dateline of
# another time zone or an archive's timestamp a day off, not another story
TODAY_GLOSS_SLACK_DAYS = 2
# The text the gloss is looked for in: the lead
TODAY_GLOSS_REACH = 600


def glossed_today(text: str, published: dt.date | None) -> dt.date | None:
    """The day the text calls today when it glosses 今天 with a day of the month close to
    the publication day (【…2020年9月18日】…今天（19日）将前往…: relative dates count from
    the 19th); else ``published``."""
    if published is None:
        return None
    m = _TODAY_GLOSS.search(text, 0, TODAY_GLOSS_REACH)
    if m is None or int(m.group(1)) == published.day:
        return published
    day = int(m.group(1))
    for delta in range(1, TODAY_GLOSS_SLACK_DAYS + 1):
        for cand in (published + dt.timedelta(days=delta), published - dt.timedelta(days=delta)):
            if cand.day == day:
                return cand
    return published


def tag_dates(text: str, reference=None, anchor: str | None = None, *, budget: dict | None = None,
              twin: str | None = None, carry: dict | None = None) -> list[Mention]:
    """Find the date expressions of ``text`` and normalise them.

    ``reference`` is the publication date (date, datetime or ISO string; None when
    unknown) and is the only base for relative words; ``anchor`` is the governing date
    from context as an ISO value; ``budget``: work bounds for pathological input,
    ``{"mentions": n, "attempts": m}`` (expressions found, positions tried), decremented
    in place so that one budget can serve a whole document; ``twin``: ``text``'s
    normalised twin when the caller has it already (a block's slice of the document's
    ``norm``; ignored unless it has the same length); ``carry``: a dict (opaque) that
    one document's blocks share, in order: it remembers the last date with a written
    year of the blocks before, which anaphora (同年, 次日, 该年, 两天后) refer to when
    this text has no date before them, and the last date the blocks before resolved.
    Unlike the anchor, the antecedent gives a year to a year-less date only where a story
    of a past year leads to it (the month of that last date or the next, both of the
    antecedent's year: 1989年4月15日… ¶ 4月25日).  Returns DATE mentions
    sorted by start, not overlapping.  Raises :class:`~pipeline.errors.DateError` only
    for an unreadable ``reference``.
    """
    ref = _parse_reference(reference)
    if not isinstance(text, str) or not text:
        return []
    if isinstance(anchor, dt.date):  # be lenient: a date object is an obvious anchor
        anchor = anchor.isoformat()[:10]
    anchor_span = _value_span(anchor) if anchor else None
    if anchor and anchor_span is None:
        log.warning("ignoring unreadable date anchor %r", anchor)
    vocab = load_vocab()
    if twin is None or len(twin) != len(text):
        twin = _twin(text)
    toks, kinds, starts = _tokenize(twin, vocab)
    parses = _Parser(toks, twin, vocab, kinds, starts).scan(budget) if starts else []
    if not parses:
        return []
    ctx = _Ctx(ref, anchor_span)
    if carry:
        ctx.antecedent = carry.get("span")
        ctx.story = carry.get("last")
        ctx.lead_day = carry.get("lead")
    stops = _Stops(twin)
    books = SpanIndex((m.start(), m.end()) for m in _BOOK_TITLE.finditer(twin)) if "《" in twin else SpanIndex(())
    mentions: list[Mention] = []
    for p in parses:
        start, end = toks[p.start].start, toks[p.end - 1].end
        if twin.endswith("世纪", start, end) and twin[start] not in "上本下" and _CENTURY_NAME.match(twin, end):
            continue  # 二十一世纪中国研究中心, 21世纪教育研究院: a name, not the century
        if twin[end - 1] == "年" and twin[end : end + 1] in _YEAR_WORD_TAILS:
            continue  # 是年轻人, 同年龄, 小年纪: 年 starts 年轻 / 年龄 / 年纪, no year
        since = SINCE_AFTER.match(twin, end) is not None
        # 5月以来 (a July article): the start of a span up to now is in the past
        cue = "past" if since else _clause_cue(twin, start, end, vocab, stops)
        ctx.cue, ctx.weak_cue = cue.rstrip("?"), cue.endswith("?")
        ctx.reported = _in_report(twin, start, end, stops)
        # (…or the date follows 的, after an event: 普京执政的20年后)
        ctx.told_done = _TOLD_DONE.match(twin, end) is not None or twin.endswith(("直到", "的"), 0, start)
        ctx.prev_apart = ctx.prev_end >= 0 and _CLAUSE_END_RE.search(twin, ctx.prev_end, start) is not None
        ctx.prev_other_sentence = ctx.prev_apart and _SENTENCE_END_RE.search(twin, ctx.prev_end, start) is not None
        if ctx.prev_deictic_end >= 0:
            # (only a bare 去年 before asks where this sentence starts: no backward scan of
            # the text for every date of a long block)
            ctx.sentence_start = max(twin.rfind(c, ctx.prev_deictic_end, start) for c in "。！？!?") + 1
            ctx.follows_on = FOLLOW_ON.match(twin, ctx.sentence_start) is not None
        try:
            span = _resolve_parse(p, ctx)
        except _Invalid as e:
            log.debug("no date for %r: %s", text[start:end], e)
            continue
        except _Unresolved as e:
            log.debug("unresolved %r: %s", text[start:end], e)
            span = None
        except (ValueError, OverflowError) as e:  # arithmetic outside the calendar
            log.debug("no date for %r: %s", text[start:end], e)
            continue
        if span is not None and (span.end < span.start
                                 or not (1 <= span.start.year and span.end.year <= 9999)):
            continue
        if span is None:
            mentions.append(Mention(type=DATE, start=start, end=end, text=text[start:end],
                                    value="", precision="unresolved", source="rule"))
            continue
        if span.kind != "approx" and not books.within(start, start, strict=True):
            # 十几年前 is too vague to give 同年 its year; 《1921》 names a film
            ctx.prev = span
            ctx.prev_end = end
            ctx.prev_opens = _OPENS_CLAUSE.search(twin, max(0, start - 8), start) is not None
            ctx.prev_deictic_end = end if [op[0] for op in getattr(p, "ops", ())] == ["Yrel"] else -1
            # the start of a span up to now (1979年美台断交以来…，…8月初访台, 2003年5月以来
            # 最多；6月…) gives no year or month to the dates after it, only an antecedent
            ctx.prev_since = since
            if carry is not None and _writes_year(p):
                carry["span"] = span
            if carry is not None:
                carry["last"] = span
            if carry is not None and "lead" not in carry and span.start == span.end and span.precision == "day" \
                    and getattr(p, "unit", "") != "holiday" and twin.rfind("【", 0, start) <= twin.rfind("】", 0, start):
                carry["lead"] = span  # (not a dateline's, 【新唐人2020年10月01日讯】, nor a feast's, 新年)
        mentions.append(Mention(type=DATE, start=start, end=end, text=text[start:end],
                                value=span.value, precision=span.precision, source="rule"))
    return mentions


# A date (or an event) followed by these opens a span up to now: 1979年美台断交以来,
# 2010年以来 (not 有记录以来, 有生以来: since there were records, since one was born; nor
# 长期以来, 一直以来: for a long time).  The event rules use it too.
SINCE_AFTER = re.compile(r"(?:(?!长期|一直|多年|近年)[^,，;；:：。!?！？有]){0,8}?以来")


def _writes_year(p) -> bool:
    """Does the date write its year (2010年, 1996年9月, 18年10月1日)?  Only such dates
    are carried to the next blocks: 当年 or 两年后 opening a paragraph refers to the
    year a story has named, not to a 周末 or 一年前 read against the reference."""
    ops = p.a.ops + p.b.ops if isinstance(p, RangeParse) else p.ops
    return any(op[0] in ("Y", "Y2") for op in ops)


def _twin(text: str) -> str:
    """The matching twin; lone surrogates (which OpenCC cannot encode) become U+FFFD
    first, which keeps the length and so the offsets."""
    try:
        return normalize(text)
    except UnicodeError:
        safe = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
        return normalize(safe)


def _resolve_parse(p, ctx: _Ctx) -> Span:
    if isinstance(p, Parse):
        return _Resolver(ctx).run(p.ops)
    ra = _Resolver(ctx)
    a = ra.run(p.a.ops)
    saved = ctx.prev, ctx.prev_since
    ctx.prev, ctx.prev_since = a, False  # the second end takes its missing fields from the first
    try:
        rb = _Resolver(ctx)
        b = rb.run(p.b.ops)
    finally:
        ctx.prev, ctx.prev_since = saved
    if b.end < a.start:
        if rb.filled == "year":
            b = _shift_span_years(b, 1)
        elif rb.filled == "month":
            b = _shift_span_months(b, 1)
    if b.end < a.start:
        raise _Invalid("range ends before it starts")
    kind = "decade" if a.kind == b.kind == "decade" else ""
    return Span(a.start, b.end, a.sgrain, b.egrain, kind)


def _shift_span_years(s: Span, n: int) -> Span:
    def mv(d):
        return d.replace(year=d.year + n, day=min(d.day, _last_day(d.year + n, d.month)))
    return replace(s, start=mv(s.start), end=mv(s.end))


def _shift_span_months(s: Span, n: int) -> Span:
    return replace(s, start=_shift_months(s.start, n), end=_shift_months(s.end, n))
