"""Property tests: no input, however broken, makes a stage fail with anything but a
typed pipeline error, and every offset the taggers report is valid.

Strategies are built from what breaks parsers of Chinese news pages: date vocabulary
(Arabic, full-width and Chinese digits, 年月日, ranges, relative words), HTML and
Markdown fragments with boilerplate classes, container headers, several encodings and
random bytes.  The whole file runs in well under a minute (``max_examples`` per test).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from pipeline.build import DocResult, process_path
from pipeline.clean import clean
from pipeline.dates import tag_dates
from pipeline.errors import PipelineError
from pipeline.models import DATE, ORG, PERSON, PLACE, EventMention, RawDoc
from pipeline.normalize import normalize
from pipeline.read import read_raw

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ---------------------------------------------------------------------------------------
# strategies
# ---------------------------------------------------------------------------------------

DATE_WORDS = [
    "2018", "1949", "18", "3", "12", "25", "31", "0", "00", "99", "２０１８", "１２", "〇", "零", "一", "二", "三", "九",
    "十", "廿", "百", "两", "年", "月", "日", "号", "號", "到", "至", "-", "—", "~", "～", "、", "和", "（", "）", "(", ")",
    "上旬", "中旬", "下旬", "初", "底", "末", "今天", "今年", "明年", "去年", "前年", "昨天", "次日", "该年", "同年", "当天",
    "上月", "下个月", "4年前", "今（25）日", "星期一", "周日", "农历", "正月", "腊月", "初一", "春节", "国庆", "世纪",
    "年代", "90年代", "上世纪", "公元前", "期间", "以来", "前夕", "之后", "，", "。", " ", "\n", "／", "/", ".", ":", "时",
]
NAMES = [
    "金正恩", "习近平", "習近平", "特朗普", "川普", "唐纳德·特朗普", "埃里克·特朗普", "文在寅", "普京", "北京", "平壤",
    "新加坡", "河内", "板门店", "首尔", "首尔大学", "中国", "美国", "美國", "朝鲜", "北韓", "台湾地区", "伦敦市",
    "美国总统", "国家主席", "《平壤共同宣言》", "访问", "会见", "会晤", "举行", "峰会", "在", "与", "于", "张高雄",
    "中国国际航空公司", "ＡＢＣ", "（２５）", "·", "・",
]
FILLER = "的了是我们他在这中有人和大为上个国说到时要就出会可也你对生能而子那得于着下自之年过发后作里如家"


def _joined(words, max_size):
    return st.lists(st.one_of(st.sampled_from(words), st.characters(codec="utf-8"), st.sampled_from(FILLER)),
                    max_size=max_size).map("".join)


_CN_DIGITS = "〇一二三四五六七八九"


def _chinese_counting(n: int) -> str:
    """25 → 二十五, 10 → 十 (how days and months are written)."""
    tens, units = divmod(n, 10)
    return (_CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (_CN_DIGITS[units] if units or not tens else "")


number = st.one_of(
    st.integers(0, 2100).map(str),
    st.integers(0, 99).map(lambda n: f"{n:02d}"),
    st.integers(0, 2100).map(lambda n: str(n).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})),
    st.integers(0, 2100).map(lambda n: "".join(_CN_DIGITS[int(c)] for c in str(n))),
    st.integers(0, 99).map(_chinese_counting),
)
# 2018年3月25日, 二〇一八年三月, 25日到28日, 3月号…: numbers with units, sometimes nonsense
date_expression = st.lists(st.tuples(number, st.sampled_from("年月日号年月日")).map("".join), min_size=1, max_size=4).map("".join)
date_text = st.lists(
    st.one_of(date_expression, date_expression, st.sampled_from(DATE_WORDS), st.sampled_from(DATE_WORDS),
              st.characters(codec="utf-8"), st.sampled_from(FILLER)),
    max_size=25,
).map("".join)
entity_text = _joined(NAMES + DATE_WORDS[:20], 50)
references = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(dt.date.isoformat),
)
anchors = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).flatmap(
        lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]])
    ),
)

TAGS = ["p", "div", "span", "b", "strong", "i", "a", "h1", "h2", "li", "ul", "table", "tr", "td", "blockquote",
        "figure", "figcaption", "article", "section", "nav", "footer", "aside", "script", "style", "pre", "small",
        "ok", "custom-tag", "font", "center", "time", "form"]
ATTRIBUTES = ['', ' class="ad"', ' class="share-bar top"', ' class="entry-content"', ' class="article-body"',
              ' id="related"', ' style="display:none"', ' hidden', ' aria-hidden="true"', ' href="https://www.dw.com/zh/a"',
              ' href="#"', ' itemprop="articleBody"', ' datetime="2018-03-25T08:00:00Z"', ' class="caption"',
              ' class=', ' class="unclosed', " title='a>b'"]
TEXT_PIECES = ["2018年3月25日，金正恩在北京会见习近平。", "6月19日到20日，金正恩访问北京。", "来源：德国之声",
               "作者：张三", "发布时间：2018-03-25 08:00", "相关新闻", "分享到：", "【大纪元2020年09月04日讯】",
               "点击阅读全文", "图片来源：Getty", "&nbsp;", "&amp;", "&#0;", "&#x10FFFF;", "&", "<", ">", "\u3000",
               "\u200b", "\x00", "\x0c", "\ufffd", "😀", "\u202e", " ", "\n", "<!--", "-->", "<br>", "<img src=a.jpg>",
               "<hr>", "]]>", "<![CDATA[", "</", "年月日"]


def _html_element(children):
    return st.tuples(st.sampled_from(TAGS), st.sampled_from(ATTRIBUTES), st.lists(children, max_size=4),
                     st.booleans()).map(lambda t: f"<{t[0]}{t[1]}>" + "".join(t[2]) + (f"</{t[0]}>" if t[3] else ""))


html_fragment = st.recursive(st.one_of(st.sampled_from(TEXT_PIECES), date_text, st.text(max_size=10)),
                             _html_element, max_leaves=25)
html_page = st.lists(html_fragment, max_size=6).map("".join)

MD_LINES = ["# 标题", "## 小标题", "> 引用", ">>>> 深引用", "- 项目", "1. 项目", "| 甲 | 乙 |", "|---|---|", "---",
            "**2018年6月：北京**：6月19日到20日，金正恩访问北京。", "[链接](http://x)", "![图](a.jpg)", "{{< figure >}}",
            "<div class=\"ad\">广告</div>", "", "", "正文第一段，2018年3月25日。", "**", "[", "](", "`code`"]
markdown_page = st.lists(st.one_of(st.sampled_from(MD_LINES), date_text), max_size=20).map("\n".join)
text_page = st.lists(st.one_of(st.sampled_from(TEXT_PIECES), date_text, entity_text), max_size=12).map("\n".join)

HEADERS = ["", "<!--1593000000000-->\n[标题](https://www.dw.com/zh/a/1)\n------\n", "<!--1593000000000-->\n",
           "---\ntitle: 标题\ndate: 2018-03-25\nurl: https://www.rfa.org/x\n---\n", "---\n", "### 标题\n-----\n",
           "[标题\n\n](https://www.voachinese.com/a/x.html)\n------\n日期：Mon, 25 Mar 2018 08:00:00 GMT\n",
           "<!DOCTYPE html><html><head><meta charset=\"gb2312\"><title>标题 - BBC News 中文</title></head><body>",
           "\ufeff", "<!--", "<?xml version=\"1.0\" encoding=\"big5\"?>"]
CODECS = ["utf-8", "utf-8-sig", "gb18030", "big5hkscs", "utf-16", "utf-16-le", "latin-1"]


def _encode(page: str, codec: str) -> bytes:
    return page.encode(codec, errors="replace" if codec not in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le") else "surrogatepass")


page_text = st.tuples(st.sampled_from(HEADERS), st.one_of(html_page, markdown_page, text_page)).map("".join)
page_bytes = st.one_of(
    st.binary(max_size=600),
    st.tuples(page_text, st.sampled_from(CODECS)).map(lambda t: _encode(*t)),
    # a page with a few random bytes spliced in
    st.tuples(page_text, st.binary(min_size=1, max_size=8), st.integers(0, 10_000)).map(
        lambda t: (lambda b: b[: t[2] % (len(b) + 1)] + t[1] + b[t[2] % (len(b) + 1):])(t[0].encode("utf-8", "surrogatepass"))),
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """One file rewritten by every example (hypothesis and function-scoped tmp_path do
    not mix)."""
    return tmp_path_factory.mktemp("properties") / "page.html"


# ---------------------------------------------------------------------------------------
# read and clean: only typed errors
# ---------------------------------------------------------------------------------------


@settings(max_examples=400, **SETTINGS)
@given(page_bytes)
def test_read_raw_raises_only_pipeline_errors(scratch, data):
    scratch.write_bytes(data)
    try:
        raw = read_raw(scratch)
    except PipelineError as error:
        event(f"read: {error.error_type}")
        return
    event(f"read: {raw.format} in {raw.encoding}")
    assert isinstance(raw.body, str)
    assert raw.body_kind in ("html", "markdown", "text")
    assert raw.format in ("dutymachine", "html", "markdown", "text")


def _raw(body: str, kind: str) -> RawDoc:
    return RawDoc(path="mem.html", sha256="0" * 64, n_bytes=len(body.encode("utf-8", "surrogatepass")), encoding="utf-8",
                  format=kind, body=body, body_kind=kind)


@settings(max_examples=400, **SETTINGS)
@given(st.one_of(st.tuples(html_page, st.just("html")), st.tuples(markdown_page, st.just("markdown")),
                 st.tuples(text_page, st.just("text")), st.tuples(st.text(max_size=300), st.sampled_from(["html", "markdown", "text"]))))
def test_clean_raises_only_pipeline_errors(case):
    body, kind = case
    try:
        doc = clean(_raw(body, kind), "prop")
    except PipelineError as error:
        event(f"clean: {error.error_type}")
        return
    event(f"clean: {len(doc.blocks)} blocks" if len(doc.blocks) < 4 else "clean: 4+ blocks")
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    assert len(doc.norm) == len(doc.text)
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text
        assert block.start <= block.heading_end <= block.end


# ---------------------------------------------------------------------------------------
# dates: never raise, valid offsets and ISO values
# ---------------------------------------------------------------------------------------

_ISO_PART = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _bounds(part: str) -> tuple[dt.date, dt.date]:
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD value (raises if invalid)."""
    year = int(part[:4])
    if len(part) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(part[5:7])
    if len(part) == 7:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, int(part[8:10]))
    return day, day


def assert_iso_value(value: str) -> None:
    parts = value.split("/")
    assert 1 <= len(parts) <= 2, value
    for part in parts:
        assert _ISO_PART.fullmatch(part), value
        _bounds(part)  # a real calendar date
    if len(parts) == 2:
        assert _bounds(parts[0])[0] <= _bounds(parts[1])[1], f"interval ends before it starts: {value}"


@settings(max_examples=600, **SETTINGS)
@given(st.one_of(date_text, st.text(max_size=80)), references, anchors)
def test_tag_dates_offsets_and_values(text, reference, anchor):
    mentions = tag_dates(text, reference=reference, anchor=anchor)
    event(f"dates: {min(len(mentions), 3)}{'+' if len(mentions) >= 3 else ''} mentions, {sum(bool(m.value) for m in mentions) and 'some' or 'none'} resolved")
    previous_end = 0
    for m in mentions:
        assert m.type == DATE
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= previous_end, "mentions are sorted and do not overlap"
        previous_end = m.end
        if m.value:
            assert_iso_value(m.value)


@settings(max_examples=60, **SETTINGS)
@given(st.sampled_from(["2018年3月25日到", "年月日", "3月", "二〇一八年三月二十五日", "１２月３１日", "到", "今年", "十"]),
       st.integers(1, 400), references)
def test_tag_dates_on_runs(unit, times, reference):
    text = unit * times
    for m in tag_dates(text, reference=reference):
        assert text[m.start : m.end] == m.text
        if m.value:
            assert_iso_value(m.value)


# ---------------------------------------------------------------------------------------
# entities and the matching twin
# ---------------------------------------------------------------------------------------


@settings(max_examples=200, **SETTINGS)
@given(st.one_of(entity_text, st.text(max_size=60)))
def test_tag_entities_offsets(text):
    import pipeline

    found = pipeline.tag_entities(text)
    event(f"entities: {min(len(found), 3)}{'+' if len(found) >= 3 else ''}")
    for m in found:
        assert m.type in (PLACE, PERSON, ORG)
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("token", ["a" * 100_000, "1" * 100_000, "金正恩" * 30_000])
def test_tag_entities_on_one_huge_token_is_fast(token):
    # jieba keeps a run of Latin letters or digits as one token; splitting it into
    # "name + name" must not try every split point.
    import time

    import pipeline

    pipeline.tag_entities("")  # load the gazetteers outside the timing
    started = time.process_time()  # CPU time: other processes on the machine do not count
    for m in pipeline.tag_entities(token):
        assert token[m.start : m.end] == m.text
    assert time.process_time() - started < 2.0


@settings(max_examples=300, **SETTINGS)
@given(st.one_of(st.text(max_size=200), entity_text, st.text(alphabet=st.sampled_from("乾隆後裡著發髮麵臺台灣灣國於（）ＡＺ０９\u3000・"), max_size=100)))
def test_normalize_keeps_length(text):
    assert len(normalize(text)) == len(text)
    for line_break in ("\n", "\r\n"):
        joined = line_break.join([text, text])
        assert len(normalize(joined)) == len(joined)


# ---------------------------------------------------------------------------------------
# the whole document: a DocResult or an error row, never an exception
# ---------------------------------------------------------------------------------------


_counter = itertools.count()


@settings(max_examples=200, **SETTINGS)
@given(page_bytes, st.sampled_from(["", "2020-06-25"]))
def test_process_path_returns_result_or_error_row(scratch, data, published):
    scratch.write_bytes(data)
    result = process_path(str(scratch), f"prop{next(_counter)}", published)
    event("process_path: " + ("DocResult" if isinstance(result, DocResult) else result.get("error_type", "?")))
    if isinstance(result, DocResult):
        n = result.document["n_chars"]
        assert result.document["path"] == str(scratch)
        for row in result.mentions:
            assert 0 <= row["start"] < row["end"] <= n
            assert len(row["text"]) == row["end"] - row["start"]
            if row["type"] == DATE and row["value"]:
                assert_iso_value(row["value"])
    else:
        assert isinstance(result, dict)
        assert set(result) == {"path", "stage", "error_type", "message"}
        assert result["error_type"] and result["message"]
        # An InternalError row is an exception that escaped a stage: a bug, not bad input.
        assert not result["error_type"].startswith("InternalError"), result


# ---------------------------------------------------------------------- candidates
_candidate_row = st.fixed_dictionaries({
    "type": st.sampled_from([PERSON, PLACE, DATE]),
    "text": st.sampled_from(["蓬佩奥", "蓬佩奧", "维特奇", "維特奇", "张三", "李四"]),
    "canonical_id": st.sampled_from(["", "", "person:x"]),
    "start": st.integers(0, 50),
    "cue": st.sampled_from(["", "list", "title:总统", "dot"]),
    "sentence": st.sampled_from(["甲。", "乙。", "丙。"]),
})


@settings(max_examples=200, **SETTINGS)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.lists(_candidate_row, max_size=6)),
                max_size=8, unique_by=lambda t: t[0]))
def test_candidate_tally_equals_candidate_rows(docs):
    """The streaming tally a build uses gives exactly the rows of candidate_rows over
    all mentions, whatever the order the documents arrive in."""
    from pipeline.build import CandidateTally, candidate_rows

    tally = CandidateTally()
    everything = []
    for doc_id, rows in docs:
        rows = [dict(r, doc_id=doc_id) for r in rows]
        tally.add(rows)
        everything.extend(rows)
    assert tally.rows() == candidate_rows(everything)


def _naive_dedupe_clusters(mentions):
    """The cross-document pass as first written: every cluster is compared with every
    earlier event (quadratic); dedupe() compares only events sharing family, status,
    place and a participant, and must form the same events."""
    from collections import defaultdict

    from pipeline.dedupe import merge_in_document
    from pipeline.events import compatible, merge_pair

    by_doc = defaultdict(list)
    for m in mentions:
        by_doc[m.doc_id].append(m)
    events = []
    for doc_id in sorted(by_doc):
        for merged, members in merge_in_document(by_doc[doc_id]):
            for i, (rep, all_members, docs) in enumerate(events):
                if merged.doc_id not in docs and compatible(rep, merged, same_document=False):
                    events[i] = (merge_pair(rep, merged), all_members + members, docs + [merged.doc_id])
                    break
            else:
                events.append((merged, list(members), [merged.doc_id]))
    return sorted(((rep, tuple(sorted(set(docs)))) for rep, _, docs in events), key=repr)


# persons, an organisation (its summits join across days and places) and a state (left
# out of the nesting across documents when someone else takes part); places at two levels
# (a city joins its country)
_PEOPLE = ["person:a", "person:b", "person:c", "person:d", "org:x", "country:Y"]
_event_mentions = st.builds(
    lambda doc, etype, status, people, place, day, span, k: EventMention(
        doc_id=f"d{doc}", event_type=etype, status=status, trigger="会谈", actor_id=people[0] if people else "",
        actor_name="", participants=tuple(sorted(set(people))), place_id=place[0], place_name="", country=place[1],
        latitude=None, longitude=None,
        date_start=f"2020-01-{day:02d}" if day else "", date_end=f"2020-01-{min(28, day + span):02d}" if day else "",
        date_precision="day" if day else "", evidence="", evidence_start=k, evidence_end=k + 1, confidence=0.5),
    # few values, so that mentions of several documents often join one event
    st.integers(0, 6), st.sampled_from(["visit", "meeting", "summit", "letter"]),
    st.sampled_from(["occurred", "occurred", "planned"]), st.lists(st.sampled_from(_PEOPLE), max_size=3),
    st.sampled_from([("", ""), ("place:CN:beijing", "CN"), ("country:CN", "CN"), ("place:CN:shanghai", "CN"),
                     ("place:BE:brussels", "BE")]), st.integers(0, 9), st.integers(0, 2),
    st.integers(0, 50))


@settings(max_examples=300, deadline=None)
@given(st.lists(_event_mentions, max_size=40))
def test_dedupe_forms_the_events_of_comparing_every_pair(mentions):
    from pipeline.dedupe import dedupe

    got = sorted(((ev.mention, ev.doc_ids) for ev in dedupe(mentions)), key=repr)
    assert got == _naive_dedupe_clusters(mentions)


def test_dedupe_finds_an_event_by_a_participant_a_later_report_added():
    # d2 adds Moon to Kim's meeting; d3 names only Moon: the same meeting
    from pipeline.dedupe import dedupe

    def report(doc, people):
        return EventMention(doc_id=doc, event_type="meeting", status="occurred", trigger="会谈", actor_id=people[0],
                            actor_name="", participants=tuple(people), place_id="", place_name="", country="",
                            latitude=None, longitude=None, date_start="2020-01-01", date_end="2020-01-01",
                            date_precision="day", evidence="", evidence_start=0, evidence_end=1, confidence=0.5)

    mentions = [report("d1", ["person:kim"]), report("d2", ["person:kim", "person:moon"]), report("d3", ["person:moon"])]
    assert [ev.doc_ids for ev in dedupe(mentions)] == [("d1", "d2", "d3")]
    assert sorted(((ev.mention, ev.doc_ids) for ev in dedupe(mentions)), key=repr) == _naive_dedupe_clusters(mentions)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12),
       st.integers(0, 70), st.integers(0, 8), st.booleans())
def test_span_index_answers_like_a_scan(raw, start, length, strict):
    from pipeline.spans import SpanIndex

    spans = [(s, s + n) for s, n in raw]
    end = start + length
    index = SpanIndex(spans)
    if strict:
        expected = any(s < start and end < e for s, e in spans)
    else:
        expected = any(s <= start and end <= e and (start, end) != (s, e) for s, e in spans)
    assert index.within(start, end, strict=strict) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 8)), max_size=12),
       st.integers(0, 80), st.integers(0, 8), st.booleans())
def test_span_index_bisects_disjoint_spans_like_a_scan(gaps, start, length, strict):
    from pipeline.spans import SpanIndex

    spans, pos = [], 0
    for gap, n in gaps:  # disjoint, as names and book titles are
        spans.append((pos + gap, pos + gap + n))
        pos += gap + n
    end = start + length
    index = SpanIndex(spans)
    assert index.disjoint
    if strict:
        expected = any(s < start and end < e for s, e in spans)
    else:
        expected = any(s <= start and end <= e and (start, end) != (s, e) for s, e in spans)
    assert index.within(start, end, strict=strict) == expected
