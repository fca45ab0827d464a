"""Tests of the read stage: decoding, container formats, dates, outlets, input errors.

Fixtures under tests/fixtures/ are written for these tests (no corpus or eval files).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline import selectors
from pipeline.errors import InputError
from pipeline.read import decode_bytes, outlet_for_url, parse_date, read_raw, unwrap_archive_url

FIXTURES = Path(__file__).parent / "fixtures"


# --- encodings ------------------------------------------------------------------------


def test_declared_gb2312_is_read_as_gb18030():
    raw = read_raw(FIXTURES / "gbk_declared_gb2312.html")
    assert raw.encoding == "gb18030"
    assert "朱镕基" in raw.body  # 镕 is outside GB2312: the superset must be used
    assert raw.replacements == 0
    assert raw.body_kind == "html"


def test_big5_without_declaration():
    raw = read_raw(FIXTURES / "big5_no_charset.html")
    assert raw.encoding == "big5hkscs"
    assert "颱風逼近" in raw.body
    assert raw.replacements == 0


def test_declared_utf8_but_really_gb18030():
    raw = read_raw(FIXTURES / "declared_utf8_really_gb18030.html")
    assert raw.encoding == "gb18030"
    assert "春季招聘会" in raw.body


def test_utf8_bom_is_removed():
    raw = read_raw(FIXTURES / "utf8_bom.txt")
    assert raw.encoding == "utf-8-sig"
    assert raw.body.startswith("双边会谈")
    assert raw.format == "text" and raw.body_kind == "text"


def test_replacements_are_counted(tmp_path):
    text = "中文新闻内容，" * 300
    data = text.encode("utf-8")
    broken = data[:600] + b"\xff" + data[600:]  # one stray byte in otherwise valid UTF-8
    page = tmp_path / "broken.txt"
    page.write_bytes(broken)
    raw = read_raw(page)
    assert raw.encoding == "utf-8"
    assert raw.replacements == 1
    assert raw.body.count("\ufffd") == 1


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("简体中文的新闻报道，国务院总理发表讲话。" * 5, "gb18030"),
        ("繁體中文的新聞報導，行政院長發表談話。" * 5, "big5"),
    ],
)
def test_undeclared_cjk_encodings_are_detected(text, encoding):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.replacements == 0


# --- containers -----------------------------------------------------------------------


def test_dutymachine_header():
    raw = read_raw(FIXTURES / "dutymachine_gallery.txt")
    assert raw.format == "dutymachine"
    assert raw.title == "一位外交官的旅行相册"
    assert raw.url == "https://www.dw.com/zh/%E7%9B%B8%E5%86%8C/a-12345678"
    assert raw.published == "2020-09-13T12:26:40Z"
    assert raw.published_source == "archive"
    assert raw.source == "dw"
    assert raw.body.lstrip().startswith("<div><img")


def test_cdt_header_date_line():
    raw = read_raw(FIXTURES / "cdt_header.txt")
    assert raw.format == "dutymachine"
    assert raw.published == "2020-07-01T21:49:17Z"
    assert raw.published_source == "header"
    assert raw.source == "cdt"
    assert "日期" not in raw.body


def test_front_matter():
    raw = read_raw(FIXTURES / "front_matter.md")
    assert raw.format == "markdown" and raw.body_kind == "markdown"
    assert raw.title == "議員訪問台北　會見行政院長".replace("　", " ")
    assert raw.published == "2021-10-22"
    assert raw.published_source == "front_matter"
    assert raw.author == "記者陳大文"
    # original_url is preferred to the web.archive.org copy
    assert raw.url == "https://www.hkcnews.com/article/99999/0"
    assert raw.source == "hkcnews"


def test_banned_news_container():
    raw = read_raw(FIXTURES / "banned_news.md")
    assert raw.format == "markdown"
    assert raw.title == "两国外长在华盛顿会面 讨论双边关系"
    assert raw.url == "https://www.epochtimes.com/gb/20/9/4/n12345678.htm"
    assert raw.source == "epochtimes"
    assert raw.published == ""  # the dateline is found by the clean stage


def test_full_html_and_fragment_kinds():
    assert read_raw(FIXTURES / "jsonld_page.html").format == "html"
    fragment = read_raw(FIXTURES / "wordpress_widgets.html")
    assert fragment.format == "html" and fragment.body_kind == "html"
    assert fragment.title == ""  # a bare fragment has no container title


def test_sha256_and_size():
    raw = read_raw(FIXTURES / "plain.txt")
    data = (FIXTURES / "plain.txt").read_bytes()
    assert raw.n_bytes == len(data)
    assert re.fullmatch(r"[0-9a-f]{64}", raw.sha256)


# --- errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, fragment",
    [
        ("empty.txt", "empty"),
        ("binary.bin", "PNG"),
        ("nul_bytes.txt", "NUL"),
    ],
)
def test_unreadable_fixtures(name, fragment):
    with pytest.raises(InputError) as info:
        read_raw(FIXTURES / name)
    message = str(info.value)
    assert fragment in message
    assert name in message


def test_whitespace_only(tmp_path):
    page = tmp_path / "blank.txt"
    page.write_text(" \n\t\n　\n", encoding="utf-8")
    with pytest.raises(InputError, match="whitespace|empty"):
        read_raw(page)


def test_too_large(tmp_path):
    page = tmp_path / "big.txt"
    page.write_text("新闻" * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="max_bytes"):
        read_raw(page, max_bytes=100)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_raw(tmp_path / "missing.html")
    with pytest.raises(InputError, match="directory"):
        read_raw(tmp_path)


def test_control_characters_mean_binary(tmp_path):
    page = tmp_path / "controls.dat"
    page.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 100)
    with pytest.raises(InputError, match="binary"):
        read_raw(page)


def test_error_messages_say_what_to_do(tmp_path):
    page = tmp_path / "empty.html"
    page.write_bytes(b"")
    with pytest.raises(InputError) as info:
        read_raw(page)
    assert re.search(r"re-download|remove|convert|check|save|split", str(info.value))


# --- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("1693991824000", "2023-09-06T09:17:04Z"),
        ("2020-07-20T14:58:19.428Z", "2020-07-20T14:58:19Z"),
        ("2020-07-20T10:20:18", "2020-07-20T10:20:18"),
        ("2020-07-20 19:22:17", "2020-07-20T19:22:17"),
        ("2014-02-12T09:14:22+01:00", "2014-02-12T09:14:22+01:00"),
        ("2020-04-09T16:02:06+00:00", "2020-04-09T16:02:06Z"),
        ("Mon, 20 Jul 2020 19:22:03 GMT", "2020-07-20T19:22:03Z"),
        ("Wed, 01 Jul 2020 21:49:17 +0000", "2020-07-01T21:49:17Z"),
        ("20/07/2020 - 15:51", "2020-07-20T15:51"),
        ("2020年 7月 20日", "2020-07-20"),
        ("2020年09月04日", "2020-09-04"),
        ("2023年9月6日 10:30", "2023-09-06T10:30"),
        ("2018-01-09", "2018-01-09"),
        ("2005-5-7 21:23:57", "2005-05-07T21:23:57"),
        ("2020/07/20", "2020-07-20"),
        ("2020-02-30", ""),  # not a date
        ("2016年5月12日，一千多名学员", ""),  # a sentence is not a date
        ("明天", ""),
        ("", ""),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# --- outlets --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, code",
    [
        ("https://www.dw.com/zh/x/a-66728403", "dw"),
        ("http://www.bbc.com/zhongwen/simp/uk-53470961", "bbc"),
        ("https://www.rfa.org/mandarin/x.html", "rfa"),
        ("https://www.voachinese.com/a/x.html", "voa"),
        ("http://www.rfi.fr//cn/x", "rfi"),
        ("https://cn.reuters.com/article/x", "reuters"),
        ("https://cn.nytimes.com/usa/20200710/x/", "nyt"),
        ("https://cn.ft.com/story/001088619", "ft"),
        ("https://www.ftchinese.com/story/1", "ft"),
        ("https://chinadigitaltimes.net/chinese/2020/07/x/", "cdt"),
        ("https://www.bannedbook.org/bnews/x.html", "bannedbook"),
        ("https://www.hkcnews.com/article/1/x", "hkcnews"),
        ("https://www.epochtimes.com/gb/20/9/4/n1.htm", "epochtimes"),
        ("https://www.ntdtv.com/gb/2020/09/26/a1.html", "ntd"),
        ("https://www.soundofhope.org/post/388315", "soh"),
        ("https://web.archive.org/web/20210712013737/https://www.hkcnews.com/article/1", "hkcnews"),
        ("https://example.com/news", ""),
        ("not a url", ""),
        ("", ""),
    ],
)
def test_outlet_for_url(url, code):
    assert outlet_for_url(url) == code


def test_unwrap_archive_url():
    assert unwrap_archive_url("https://web.archive.org/web/2021/https://a.com/b") == "https://a.com/b"
    assert unwrap_archive_url("https://a.com/b") == "https://a.com/b"


# --- the data itself ------------------------------------------------------------------


def test_outlet_table_is_consistent():
    hosts = [host for host, _ in selectors.OUTLET_BY_HOST]
    assert len(hosts) == len(set(hosts)), "a host is listed twice"
    for host, code in selectors.OUTLET_BY_HOST:
        assert host == host.lower() and "/" not in host and not host.startswith(".")
        assert re.fullmatch(r"[a-z0-9]+", code)


@pytest.mark.parametrize(
    "name",
    [
        "DISCARD_CLASS_ID", "INLINE_DISCARD_CLASS_ID", "CONTENT_CLASS_ID", "ARTICLE_BODY_CLASS_ID",
        "DROP_PREFIXES", "DROP_CONTAINS", "DROP_UI_CONTAINS", "DROP_EXACT", "RELATED_HEADINGS",
        "CREDIT_PREFIXES", "CREDIT_CONTAINS", "TITLE_SITE_SUFFIXES",
    ],
)
def test_selector_patterns_compile_and_do_not_match_empty(name):
    for pattern in getattr(selectors, name):
        compiled = re.compile(pattern)
        assert not compiled.fullmatch(""), f"{name}: {pattern!r} matches the empty string"
