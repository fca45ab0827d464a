"""Fuzz benchmark: mutated real pages must never crash a batch, lose a document or take
more than 2 s.

Usage::

    python benchmarks/fuzz.py [CORPUS] [--n 10000] [--seed 0] [--workers 2]
                              [--limit 2.0] [--keep DIR] [--only MUTATION[,MUTATION…]]

``CORPUS`` (default ``../shared/eval/corpus`` relative to the project) holds
``articles/<source>/*``.  Corpus files are only read, never copied into the project.

Input ``i`` is derived from ``random.Random(f"{seed}:{i}")`` alone: which article, which
mutation (byte flips, truncation, re-encoding, 10k-deep nesting, 100k-character lines,
runs of 年月日, control bytes, huge attributes, unclosed comments and quotes, mixed
scripts, …) and which publication date is passed.  So a run is deterministic given
``--seed``, whatever the number of workers, and any input can be regenerated from its
number (``--only`` / ``--index``).

Each mutated input is written to a temporary folder and run through
``pipeline.build.process_path`` in a worker process; the worker times its own documents
(wall and CPU).  Workers are plain processes fed one input at a time, so a worker that
hangs is killed after ``--hard-timeout`` seconds and one that dies (a segfault in a C
extension) is replaced; both are reported, not fatal to the fuzz run.

Printed: inputs tried, crashes (exceptions escaping process_path, workers that died),
lost documents (neither a DocResult nor an error row, or killed for hanging), error rows
by error_type, bugs hidden inside error rows (``InternalError:*`` rows and errors the
stages logged with a traceback), result invariant violations, the slowest document and
its mutation, the 10 slowest, and per-mutation figures.  The slowest, crashing and lost
inputs are kept under ``--keep`` (default ``/tmp/cnevents-fuzz/seed<SEED>``) with a
``results.jsonl`` of every input.

Exit status: 1 when anything crashed, was lost or took longer than ``--limit`` seconds,
else 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from multiprocessing.connection import wait
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "corpus"

# ---------------------------------------------------------------------------------------
# Mutations: (rng, data, context) -> bytes.  ``context`` gives access to other articles
# (splices) and to the sidecar hook.  Each one stays below a few MB: the point is
# pathological structure, not sheer size.
# ---------------------------------------------------------------------------------------

COMMON_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
SCRIPTS = {
    "arabic": "مرحبا بالعالم العربية",
    "hebrew": "שלום עולם",
    "cyrillic": "Привет мир Путин Москва",
    "devanagari": "नमस्ते दुनिया",
    "thai": "สวัสดีชาวโลก",
    "hangul": "안녕하세요 김정은 평양",
    "kana": "こんにちは世界ｶﾀｶﾅ",
    "emoji": "😀👍🏽🇨🇳👨‍👩‍👧‍👦",
    "zalgo": "z\u0351\u0352\u0357a\u0300\u0301\u0302\u0303l\u0308\u0309g\u030ao",
    "bidi": "\u202eabc\u202c\u200f\u200e\u2066x\u2069",
    "zero_width": "\u200b\u200c\u200d\u2060\ufeff\u00ad",
    "astral_han": "\U00020000\U0002a6d6\U0002b734\U0002f800",
    "compat_han": "\uf900\uf901\ufa0e\ufa30",
    "fullwidth": "２０１８年３月２５日ＡＢＣ！？（２５）",
    "separators": "\u2028\u2029\x85\x1c\x1d\x1e\x0b\x0c",
    "private": "\ue000\ue001\uf8ff\U000f0000",
    "nonchar": "\ufffe\uffff\ufdd0\ufffd",
    "variation": "葛\U000e0100\ufe0f\ufe0e",
    "ids": "⿰氵每⿱艹田",
    "math": "𝐀𝐁𝐂𝟎𝟏𝟐",
}
DATE_TOKENS = (
    "2018", "18", "1949", "0", "1", "3", "12", "25", "31", "99", "年", "月", "日", "号", "到", "至", "-", "—", "~", "〇", "零",
    "一", "二", "三", "十", "百", "廿", "卅", "上", "下", "中", "旬", "初", "末", "底", "今", "明", "去", "前", "后", "昨", "天",
    "周", "星期", "礼拜", "农历", "正月", "腊月", "春节", "期间", "以来", "前夕", "之后", "当天", "次日", "该年", "同年", "世纪",
    "年代", "年初", "月底", "（", "）", "(", ")", "，", "、", "和", "及", " ", "\n", "／", "/", ".", "：", "时", "分",
)
DATE_RUNS = (
    "2018年3月25日到", "年月日", "年", "月", "日", "3月", "25日", "二〇一八年三月二十五日", "１２月３１日", "2018-03-25 ",
    "今年", "前年去年今年明年", "上个月", "第二天次日该年", "农历正月初一", "10月1日至", "从2018年到2019年",
    "一九四九年", "十", "二零一八年三月二十五日到二十八日", "今（25）日", "4年前", "上旬中旬下旬", "2018年", "1", "1年",
    "20世纪90年代", "6月19日到20日，", "2018年3月25日-28日、", "星期一", "同日", "年年年月月月日日日",
)


# Characters a repetition mutation adds at most: the 100,000-character line of the
# brief.  Inputs test pathological structure, not sheer volume (a page with 500,000
# characters of text takes longer than 2 s however clean it is).
ADDED_CHARS = 100_000


def _insert_pos(rng: random.Random, text: str) -> int:
    """A random position; half of the time right after a tag or a line break, so the
    inserted material lands in the text of the page rather than inside a tag."""
    if not text:
        return 0
    pos = rng.randrange(len(text) + 1)
    if rng.random() < 0.5:
        after = max(text.rfind(">", 0, pos), text.rfind("\n", 0, pos))
        if after >= 0:
            pos = after + 1
    return pos


def _insert(rng: random.Random, text: str, piece: str) -> str:
    pos = _insert_pos(rng, text)
    return text[:pos] + piece + text[pos:]


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def m_byte_flip(rng, data, ctx):
    out = bytearray(data)
    if not out:
        return bytes([rng.randrange(256)])
    for _ in range(rng.choice((1, 2, 5, 20, 100, 1000))):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def m_byte_random(rng, data, ctx):
    out = bytearray(data)
    for _ in range(rng.choice((1, 5, 50))):
        i = rng.randrange(len(out) + 1)
        out[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(out)


def m_truncate(rng, data, ctx):
    if rng.random() < 0.2:
        return data[: rng.randint(0, 64)]
    return data[: rng.randrange(len(data) + 1)]


def m_truncate_head(rng, data, ctx):
    return data[rng.randrange(len(data) + 1):]


def m_reencode(rng, data, ctx):
    text = _decode(data)
    codec = rng.choice(("gb18030", "gbk", "big5", "big5hkscs", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "hz", "iso2022_jp"))
    errors = rng.choice(("replace", "xmlcharrefreplace", "ignore"))
    try:
        return text.encode(codec, errors=errors)
    except (LookupError, UnicodeError):
        return text.encode("gb18030")


def m_latin1(rng, data, ctx):
    # UTF-8 bytes decoded as Latin-1 and saved again as UTF-8 (classic mojibake), or
    # as cp1252 with undefined bytes replaced.
    if rng.random() < 0.7:
        return data.decode("latin-1").encode("utf-8")
    return data.decode("cp1252", errors="replace").encode("utf-8")


def m_mixed_encoding(rng, data, ctx):
    text = _decode(data)
    cut = rng.randrange(len(text) + 1)
    codec = rng.choice(("gb18030", "big5hkscs", "utf-16-le", "latin-1"))
    return text[:cut].encode("utf-8") + text[cut:].encode(codec, errors="replace")


def m_wrong_charset(rng, data, ctx):
    decl = rng.choice((
        '<meta charset="big5">', '<meta charset="gb2312">', '<meta charset="utf-16">', '<meta charset="x-garbage-9">',
        '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">', '<?xml version="1.0" encoding="utf-32"?>',
        '<meta charset="utf-7">', '<meta charset="' + "a" * 5000 + '">', '<meta charset="hz-gb-2312">',
    ))
    text = _decode(data)
    pos = 0 if rng.random() < 0.5 else _insert_pos(rng, text[:4000])
    codec = rng.choice(("utf-8", "gb18030", "big5hkscs"))
    return (text[:pos] + decl + text[pos:]).encode(codec, errors="replace")


def m_deep_nesting(rng, data, ctx):
    depth = rng.choice((300, 1000, 10_000, 10_000, 30_000))
    tag = rng.choice(("div", "span", "b", "p", "li", "blockquote", "table", "td", "a href=x", "font", "section", "i", "ul", "custom-tag", "tr"))
    name = tag.split()[0]
    inner = "2018年3月25日，金正恩在北京会见习近平。" * rng.choice((1, 5))
    closed = rng.random() < 0.5
    if rng.random() < 0.3:
        tags = ["div", "span", "b", "p", "table", "tr", "td", "li", "ul", "blockquote", "a href=#"]
        opens = [rng.choice(tags) for _ in range(depth)]
        piece = "".join(f"<{t}>" for t in opens) + inner + ("".join(f"</{t.split()[0]}>" for t in reversed(opens)) if closed else "")
    else:
        piece = f"<{tag}>" * depth + inner + (f"</{name}>" * depth if closed else "")
    return _insert(rng, _decode(data), piece).encode("utf-8")


def m_deep_markdown(rng, data, ctx):
    depth = rng.choice((100, 1000, 10_000))
    kind = rng.randrange(4)
    if kind == 0:
        piece = "\n\n" + ">" * depth + " 2018年3月25日，金正恩访问北京。\n\n"
    elif kind == 1:
        piece = "\n\n" + "".join(" " * (i % 7) + "- 项目\n" for i in range(depth)) + "\n"
    elif kind == 2:
        piece = "\n\n" + "\n".join("> " * (i % 50 + 1) + "引用" for i in range(depth)) + "\n\n"
    else:
        piece = "\n\n" + "[" * depth + "链接" + "](http://x)" * depth + "\n\n"
    return _insert(rng, _decode(data), piece).encode("utf-8")


def m_long_line(rng, data, ctx):
    n = 100_000
    kind = rng.randrange(10)
    if kind == 0:
        piece = "".join(rng.choice(COMMON_HAN) for _ in range(n))
    elif kind == 1:
        piece = "a" * n
    elif kind == 2:
        piece = " ".join("".join(rng.choice(COMMON_HAN) for _ in range(rng.randint(1, 8))) for _ in range(n // 5))
    elif kind == 3:
        piece = "1" * n
    elif kind == 4:
        piece = rng.choice("，。、；：！？\u3000 ") * n
    elif kind == 5:
        piece = "".join(rng.choice(COMMON_HAN + "，。") for _ in range(n))
    elif kind == 6:
        piece = "http://" + "a/" * (n // 2)
    elif kind == 7:
        piece = "<p>" + "".join(rng.choice(COMMON_HAN) for _ in range(n)) + "</p>"
    elif kind == 8:
        piece = "金正恩习近平特朗普北京平壤新加坡会见访问" * (n // 20)
    else:
        piece = "".join(rng.choice(COMMON_HAN + "年月日0123456789") for _ in range(n))
    return _insert(rng, _decode(data), "\n" + piece + "\n" if rng.random() < 0.5 else piece).encode("utf-8")


def m_date_run(rng, data, ctx):
    if rng.random() < 0.3:
        # random sentences of the date vocabulary
        piece = "".join(rng.choice(DATE_TOKENS) for _ in range(rng.choice((2000, 10_000, 30_000))))
    else:
        unit = rng.choice(DATE_RUNS)
        total = rng.choice((20_000, 60_000, 90_000))
        piece = unit * max(1, total // len(unit))
    if rng.random() < 0.3:
        piece = f"<p>{piece}</p>"
    return _insert(rng, _decode(data), piece).encode("utf-8")


def m_control_bytes(rng, data, ctx):
    out = bytearray(data)
    dense = rng.random() < 0.3
    count = rng.choice((1, 4, 8)) if not dense else max(10, len(out) // rng.choice((50, 200)))
    pool = bytes(range(32)) + b"\x7f" if rng.random() < 0.7 else b"\x00"
    for _ in range(count):
        i = rng.randrange(len(out) + 1)
        out[i:i] = bytes([rng.choice(pool)]) * rng.choice((1, 1, 3, 100))
    return bytes(out)


def m_huge_attribute(rng, data, ctx):
    n = rng.choice((10_000, 100_000, 300_000))
    kind = rng.randrange(8)
    if kind == 0:
        piece = '<div class="' + "ad share " * (n // 9) + '">正文2018年3月25日</div>'
    elif kind == 1:
        piece = '<a href="http://' + "x" * n + '">链接</a>'
    elif kind == 2:
        piece = '<img alt="' + "图" * n + '" src="a.jpg">'
    elif kind == 3:
        piece = '<meta name="description" content="' + "描述" * (n // 2) + '">'
    elif kind == 4:
        piece = '<div style="' + "display:block;" * (n // 14) + '">x</div>'
    elif kind == 5:
        piece = "<div " + " ".join(f"a{i}=v" for i in range(n // 10)) + ">多属性</div>"
    elif kind == 6:
        piece = "<div id=" + "u" * n + ">未加引号</div>"
    else:
        piece = '<script type="application/ld+json">' + "[" * (n // 100) + "]" * (n // 100) + "</script>"
    return _insert(rng, _decode(data), piece).encode("utf-8")


def m_unclosed(rng, data, ctx):
    piece = rng.choice((
        "<!--", "<!-- ", "<![CDATA[", "<script>", "<style>", '<div class="', "<a href='", "<", "<title>", "<textarea>",
        "<!DOCTYPE", "<?xml", "<!-- 2018年3月25日 -- -->", "-->", "<table>", "<pre>", "<xmp>", "<plaintext>",
        "<noscript>", '"', "'", "<p title=\"a>b", "<![if !IE]>", "<!--[if lt IE 9]>", "</", "<iframe>", "<svg><!--",
    ))
    text = _decode(data)
    if rng.random() < 0.2:
        return (piece + text).encode("utf-8")
    return _insert(rng, text, piece).encode("utf-8")


def m_mixed_scripts(rng, data, ctx):
    text = _decode(data)
    for _ in range(rng.choice((1, 10, 50))):
        sample = SCRIPTS[rng.choice(sorted(SCRIPTS))]
        text = _insert(rng, text, sample * rng.choice((1, 1, 10, 100)))
    out = text.encode("utf-8", errors="surrogatepass")
    if rng.random() < 0.2:  # an encoded lone surrogate: invalid UTF-8
        i = rng.randrange(len(out) + 1)
        out = out[:i] + b"\xed\xa0\x80" + out[i:]
    return out


def m_entities(rng, data, ctx):
    piece = rng.choice((
        "&#x10FFFF;", "&#0;", "&#xD800;", "&#99999999999999;", "&nbsp;", "&amp;", "&#12354;", "&#x;", "&", "&#65279;",
        "&lt;div&gt;", "&#8232;", "&#x3000;", "&#xfeff;",
    )) * rng.choice((1, 100, 20_000))
    return _insert(rng, _decode(data), piece).encode("utf-8")


def m_many_tags(rng, data, ctx):
    n = rng.choice((2_000, 10_000))
    unit = rng.choice((
        "<p>x</p>", "<br>", "<td>a", "<li>", "<b>", "<img src=a.jpg>", "<tr><td>甲</td><td>乙</td></tr>", "<p>", "<a href=#>链</a>",
        "<div><img src=a.jpg><br><b>2018年6月：北京</b>：6月19日到20日，金正恩访问北京。</div>", "<hr>", "<h2>标题</h2>",
        "<p>2018年3月25日，金正恩在北京会见习近平。</p>",
    ))
    piece = unit * min(n, ADDED_CHARS // len(unit))
    if piece.startswith("<td") or piece.startswith("<tr"):
        piece = "<table>" + piece + "</table>"
    return _insert(rng, _decode(data), piece).encode("utf-8")


def m_markdown_bombs(rng, data, ctx):
    n = rng.choice((10_000, 50_000))
    unit = rng.choice(("**", "[", "](", "![", "|", "#", "---\n", "{{<", "__", "[a](http://", "* ", "> ", "`", "\\", "|---|\n", "**粗体",
                       "![图](", "{{< x }}", "[[a]]("))
    piece = unit * min(n, ADDED_CHARS // len(unit))
    return _insert(rng, _decode(data), piece).encode("utf-8")


def m_regex_bombs(rng, data, ctx):
    # Lines shaped to make line-based patterns backtrack: long runs of one character
    # between the parts a pattern expects (heading text and closing hashes, table cells,
    # link text and URL, dateline brackets, labels and dates).
    n = rng.choice((5_000, 50_000))
    pad = rng.choice((" ", "\t", "\u3000", "-", "#", "|", ":", "*", "年", "1", "a", "【", "（"))
    line = rng.choice((
        "# 标题{p}x", "|---{p}x", "{p}x", "-{p}x", "[a]({p}", "**{p}", "> {p}x", "1. {p}x", "【{p}", "（{p}2018年3月25日",
        "来源：{p}", "发布时间：{p}2018-03-25", "<p{p}", "<a href=\"{p}", "2018{p}年", "日期：{p}", "---\ntitle: {p}",
        "[标题{p}](https://x)", "<!--{p}", "原文地址（{p}）：http://x", "{p}—{p}",
    )).format(p=pad * n)
    return _insert(rng, _decode(data), "\n" + line + "\n").encode("utf-8")


def m_header(rng, data, ctx):
    text = _decode(data)
    first, _, rest = text.partition("\n")
    header = rng.choice((
        "<!--" + "1" * 5000 + "-->",
        "<!--99999999999999-->",
        "<!--1593000000000-->\n[" * 1000,
        "[" * 100_000,
        "---\n" + "key: value\n" * 9_000,
        "---\n" + "title: " + "标" * 100_000 + "\n---",
        "<!--1593000000000-->\n[" + "标题" * 20_000 + "](http://a" + "b" * 100_000 + ")",
        "### " + "#" * 50_000,
        "日期：" + "Mon, 99 Foo 9999 99:99:99" * 100,
        "---\n" + "date: 2018-02-30\n" + "---",
        "\ufeff" * 1000,
        "<!--1593000000000-->\n" * 10_000,
        "### 标题\n" + "-" * 100_000,
        "<!-- 注释 -->" * 40,  # many comments and no <html>: exponential for a naive pattern
        "<!---->\n" * 5_000 + "<?xml version=\"1.0\"?>",
    ))
    if rng.random() < 0.5:
        return (header + "\n" + rest).encode("utf-8")
    return (header + "\n" + text).encode("utf-8")


def m_repeat_paragraph(rng, data, ctx):
    text = _decode(data)
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return data
    line = rng.choice(lines)[:2000]
    times = max(2, min(5000, ADDED_CHARS // max(1, len(line))))
    return _insert(rng, text, ("\n" + line) * times + "\n").encode("utf-8")


def m_splice(rng, data, ctx):
    other = ctx["read"](rng)
    a = rng.randrange(len(other) + 1)
    b = min(len(other), a + rng.randint(0, 20_000))
    cut = rng.randrange(len(data) + 1)
    return data[:cut] + other[a:b] + data[cut:]


def m_sidecar(rng, data, ctx):
    ctx["sidecar"] = rng.choice((
        b"{", b"[]", b"null", b'{"published": "2018\xe5\xb9\xb4"}', b"\xff\xfe\x00", b"[" * 100_000 + b"]" * 100_000,
        b'{"published": "2022-09-25", "title": {"a": 1}}', b'{"published": null}', b'{"url": "' + b"x" * 100_000 + b'"}',
        b'{"published": "9999-99-99"}', b'{"published": "2022-09-25T08:00:00+08:00"}', b'{"a":' * 50_000,
    ))
    return data


def m_empty_ish(rng, data, ctx):
    return rng.choice((b"", b" ", b"\n\n", b"\xef\xbb\xbf", b"<html></html>", b"<!--1593000000000-->", b"---\n---\n",
                       b"[t](http://a)\n------\n", b"\x00", b"<p></p>" * 1000, b"\xff\xfe", b"\xfe\xff\x00a", "　".encode() * 100))


MUTATIONS = {
    "byte_flip": m_byte_flip,
    "byte_random": m_byte_random,
    "truncate": m_truncate,
    "truncate_head": m_truncate_head,
    "reencode": m_reencode,
    "latin1": m_latin1,
    "mixed_encoding": m_mixed_encoding,
    "wrong_charset": m_wrong_charset,
    "deep_nesting": m_deep_nesting,
    "deep_markdown": m_deep_markdown,
    "long_line": m_long_line,
    "date_run": m_date_run,
    "control_bytes": m_control_bytes,
    "huge_attribute": m_huge_attribute,
    "unclosed": m_unclosed,
    "mixed_scripts": m_mixed_scripts,
    "entities": m_entities,
    "many_tags": m_many_tags,
    "markdown_bombs": m_markdown_bombs,
    "header": m_header,
    "regex_bombs": m_regex_bombs,
    "repeat_paragraph": m_repeat_paragraph,
    "splice": m_splice,
    "sidecar": m_sidecar,
    "empty_ish": m_empty_ish,
}
MAX_BYTES = 3_000_000  # mutated inputs are capped: pathological structure, not volume


def corpus_files(corpus: Path) -> list[str]:
    articles = corpus / "articles"
    if not articles.is_dir():
        raise SystemExit(f"{articles} not found; pass the corpus folder (with articles/) as CORPUS")
    return sorted(str(p.relative_to(articles)) for p in articles.rglob("*") if p.is_file())


def make_input(seed: int, index: int, corpus: Path, files: list[str], only: list[str] | None = None) -> dict:
    """The mutated input number ``index``: name, base file, bytes, sidecar, published."""
    rng = random.Random(f"{seed}:{index}")
    articles = corpus / "articles"

    def read(r):
        return (articles / files[r.randrange(len(files))]).read_bytes()

    base = files[rng.randrange(len(files))]
    data = (articles / base).read_bytes()
    names = only or sorted(MUTATIONS)
    ctx = {"read": read, "sidecar": None}
    if not only and rng.random() < 0.15:
        chosen = [rng.choice(names) for _ in range(rng.randint(2, 3))]
    else:
        chosen = [rng.choice(names)]
    for name in chosen:
        data = MUTATIONS[name](rng, data, ctx)[:MAX_BYTES]
    published = "" if rng.random() < 0.5 else f"{rng.randint(1995, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {"index": index, "mutation": "+".join(chosen), "base": base, "data": data, "sidecar": ctx["sidecar"], "published": published}


def write_input(item: dict, folder: Path) -> Path:
    path = folder / f"{item['index']:06d}_{item['mutation'].replace('+', '-')}{Path(item['base']).suffix or '.txt'}"
    path.write_bytes(item["data"])
    if item["sidecar"] is not None:
        path.with_name(path.name + ".meta.json").write_bytes(item["sidecar"])
    return path


# ---------------------------------------------------------------------------------------
# Worker
# ---------------------------------------------------------------------------------------


class _Capture(logging.Handler):
    """Collects what the pipeline logs at WARNING and above for the current document
    (clean() logs a traceback before wrapping an unexpected exception into CleanError)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record):
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + "".join(traceback.format_exception(*record.exc_info))[-3000:]
        self.records.append(f"{record.levelname} {record.name}: {text}")


def check_result(result, path: str) -> tuple[str, str, list[str]]:
    """(status, error_type, invariant problems) of one process_path result."""
    from pipeline.build import DocResult

    problems = []
    if isinstance(result, DocResult):
        doc = result.document
        if not isinstance(doc, dict) or doc.get("path") != path:
            return "lost", "", ["DocResult without its document row"]
        n = doc.get("n_chars", 0)
        for row in result.mentions:
            if not (0 <= row["start"] < row["end"] <= n) or len(row["text"]) != row["end"] - row["start"]:
                problems.append(f"mention offsets {row['start']}:{row['end']} {row['text']!r} (n_chars {n})")
                break
            if row["type"] == "DATE" and row["value"] and not _iso_value(row["value"]):
                problems.append(f"date value {row['value']!r} for {row['text']!r}")
                break
        for ev in result.event_mentions:
            if not (0 <= ev.evidence_start <= ev.evidence_end <= n):
                problems.append(f"event evidence {ev.evidence_start}:{ev.evidence_end} (n_chars {n})")
                break
        return "doc", "", problems
    if isinstance(result, dict) and {"path", "stage", "error_type", "message"} <= set(result) and result["error_type"]:
        return "error", str(result["error_type"]), problems
    return "lost", "", [f"process_path returned {type(result).__name__}"]


def _iso_value(value: str) -> bool:
    import datetime as dt
    import re

    parts = value.split("/")
    if len(parts) > 2 or not all(re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", p) for p in parts):
        return False
    try:
        for p in parts:
            dt.date(int(p[:4]), int(p[5:7] or 1), int(p[8:10] or 1))
    except ValueError:
        return False
    return len(parts) == 1 or parts[0] <= parts[1] or parts[0][: len(parts[1])] <= parts[1]


STAGES = (  # (file, function) whose cumulative time is a stage's time
    ("read.py", "read_raw", "read"), ("clean.py", "clean", "clean"), ("segment.py", "tokens", "segment"),
    ("build.py", "tag_document_dates", "dates"), ("entities.py", "tag", "entities"), ("events.py", "extract", "events"),
    ("build.py", "mention_rows", "rows"),
)


def hotspots(run, top: int = 3) -> list[str]:
    """Run ``run()`` under cProfile: the share of each stage (cumulative time), then the
    Python functions with the most own time, as ``file:function:line share``."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.enable()
    try:
        run()
    finally:
        profile.disable()
    stats = pstats.Stats(profile).stats
    total = sum(v[2] for v in stats.values()) or 1.0
    stages = []
    for file, function, name in STAGES:
        cum = sum(v[3] for k, v in stats.items() if k[0].endswith("/" + file) and k[2] == function)
        if cum >= 0.05 * total:
            stages.append((cum, name))
    out = ["stages " + " ".join(f"{name} {cum / total:.0%}" for cum, name in sorted(stages, reverse=True))]
    rows = sorted(((v[2], k) for k, v in stats.items() if not k[0].startswith("~") and "<frozen" not in k[0]), reverse=True)
    return out + [f"{Path(k[0]).name}:{k[2]}:{k[1]} {t / total:.0%}" for t, k in rows[:top]]


def worker_main(conn, seed, corpus, files, folder, only, max_memory_mb, gazetteer_dir, limit, profile_max):
    """Generate, write and process inputs sent by number; reply with one record each."""
    if max_memory_mb:
        import resource

        address_space = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    capture = _Capture()
    logging.getLogger("pipeline").addHandler(capture)
    logging.getLogger("pipeline").propagate = False
    from pipeline.build import get_resources, process_path

    get_resources(gazetteer_dir)  # like the build's worker initializer: not part of a document's time
    conn.send("ready")
    folder = Path(folder)
    while True:
        try:
            index = conn.recv()
        except EOFError:
            return
        if index is None:
            return
        item = make_input(seed, index, corpus, files, only)
        path = write_input(item, folder)
        capture.records.clear()
        record = {k: item[k] for k in ("index", "mutation", "base", "published")}
        record["bytes"] = len(item["data"])
        wall0, cpu0 = time.perf_counter(), time.process_time()
        try:
            result = process_path(str(path), path.stem, item["published"], gazetteer_dir)
        except BaseException as exc:  # noqa: BLE001 - exactly what the fuzz looks for
            record.update(status="crash", error_type=type(exc).__name__, message=str(exc)[:500],
                          traceback="".join(traceback.format_exc())[-4000:])
        else:
            status, error_type, problems = check_result(result, str(path))
            record.update(status=status, error_type=error_type, problems=problems)
            if status == "error":
                record["message"] = result["message"][:500]
                record["stage"] = result["stage"]
            else:
                record["chars"] = int(result.document.get("n_chars") or 0)
        record["seconds"] = time.perf_counter() - wall0
        record["cpu"] = time.process_time() - cpu0
        record["logs"] = capture.records[:3]
        if limit < record["seconds"] <= profile_max and record["status"] != "crash":
            # where the time goes, for the report (a second run, under the profiler)
            try:
                record["hotspots"] = hotspots(lambda: process_path(str(path), path.stem, item["published"], gazetteer_dir))
            except Exception as exc:  # noqa: BLE001 - the profile is a bonus
                record["hotspots"] = [f"profile failed: {type(exc).__name__}"]
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".meta.json").unlink(missing_ok=True)
        conn.send(record)


# ---------------------------------------------------------------------------------------
# Parent
# ---------------------------------------------------------------------------------------


class Pool:
    """Worker processes fed one input at a time; hung workers are killed, dead ones replaced."""

    def __init__(self, n, args):
        self.args = args
        self.ctx = mp.get_context("fork")
        self.workers = [self._spawn() for _ in range(n)]

    def _spawn(self):
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=worker_main, args=(child, *self.args), daemon=True)
        proc.start()
        child.close()
        try:
            ready = parent.recv()  # loading tokenizer and gazetteers is not timed
        except EOFError:
            ready = None
        if ready != "ready":
            raise SystemExit("a fuzz worker failed to start (invalid gazetteers? see its traceback above)")
        return {"proc": proc, "conn": parent, "task": None, "since": 0.0}

    def run(self, indices, hard_timeout, on_result):
        todo = list(reversed(indices))
        while todo or any(w["task"] is not None for w in self.workers):
            for w in self.workers:
                if w["task"] is None and todo:
                    w["task"] = todo.pop()
                    w["since"] = time.monotonic()
                    w["conn"].send(w["task"])
            busy = [w for w in self.workers if w["task"] is not None]
            ready = wait([w["conn"] for w in busy] + [w["proc"].sentinel for w in busy], timeout=1.0)
            now = time.monotonic()
            for i, w in enumerate(self.workers):
                if w["task"] is None:
                    continue
                if w["conn"] in ready:
                    try:
                        record = w["conn"].recv()
                    except (EOFError, OSError):
                        record = None
                    if record is not None:
                        w["task"] = None
                        on_result(record)
                        continue
                if not w["proc"].is_alive() or now - w["since"] > hard_timeout:
                    dead = not w["proc"].is_alive()
                    if not dead:
                        w["proc"].kill()  # a worker this run started, by its own handle
                    w["proc"].join(5)
                    on_result({
                        "index": w["task"], "status": "died" if dead else "hung", "error_type": "",
                        "seconds": now - w["since"], "cpu": 0.0,
                        "message": f"worker exit code {w['proc'].exitcode}" if dead else f"killed after {hard_timeout:.0f} s",
                    })
                    w["conn"].close()
                    self.workers[i] = self._spawn()

    def close(self):
        for w in self.workers:
            try:
                w["conn"].send(None)
            except OSError:
                pass
        for w in self.workers:
            w["proc"].join(10)
            if w["proc"].is_alive():
                w["proc"].kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--n", type=int, default=10_000, help="number of mutated inputs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--start", type=int, default=0, help="first input number (inputs start..start+n-1)")
    parser.add_argument("--index", type=int, action="append", help="run only these input numbers (repeatable)")
    parser.add_argument("--only", help="comma-separated mutations to use instead of all")
    parser.add_argument("--limit", type=float, default=2.0, help="seconds a document may take")
    parser.add_argument("--profile-max", type=float, default=30.0,
                        help="profile documents slower than --limit but at most this many seconds (0: never)")
    parser.add_argument("--hard-timeout", type=float, default=60.0, help="kill a worker stuck this long on one input")
    parser.add_argument("--max-memory-mb", type=int, default=4096, help="address-space limit per worker (0: none)")
    parser.add_argument("--keep", default=None, help="folder for the slowest/crashing inputs (default /tmp/cnevents-fuzz/seed<SEED>)")
    parser.add_argument("--gazetteers", help="gazetteer folder (default: a snapshot of the project's gazetteers/ "
                        "taken at start, so edits made during the run do not change it)")
    parser.add_argument("--dump", type=int, metavar="INDEX", help="write input INDEX to --keep and exit")
    parser.add_argument("--quiet", action="store_true", help="no progress line")
    args = parser.parse_args(argv)

    corpus = Path(args.corpus).resolve()
    files = corpus_files(corpus)
    only = [m.strip() for m in args.only.split(",")] if args.only else None
    for name in only or ():
        if name not in MUTATIONS:
            parser.error(f"unknown mutation {name!r}; choose from {', '.join(sorted(MUTATIONS))}")
    keep = Path(args.keep or f"/tmp/cnevents-fuzz/seed{args.seed}")
    if keep.resolve().is_relative_to(ROOT):
        parser.error("--keep must be outside the project (mutated corpus pages are never stored in the repo)")
    keep.mkdir(parents=True, exist_ok=True)
    if args.dump is not None:
        path = write_input(make_input(args.seed, args.dump, corpus, files, only), keep)
        print(path)
        return 0
    indices = args.index or list(range(args.start, args.start + args.n))

    folder = Path(tempfile.mkdtemp(prefix="cnevents-fuzz-"))
    gazetteer_dir = args.gazetteers
    if gazetteer_dir is None:
        gazetteer_dir = str(folder / "gazetteers")
        shutil.copytree(ROOT / "gazetteers", gazetteer_dir)
        os.makedirs(folder / "inputs")
    work = folder / "inputs" if args.gazetteers is None else folder
    records: list[dict] = []
    started = time.perf_counter()

    def on_result(record):
        records.append(record)
        if not args.quiet and (len(records) % 100 == 0 or len(records) == len(indices)):
            bad = sum(1 for r in records if r["status"] in ("crash", "lost", "hung", "died") or r["seconds"] > args.limit)
            print(f"\r{len(records)}/{len(indices)} inputs, {bad} failing, {time.perf_counter() - started:.0f} s",
                  end="", file=sys.stderr, flush=True)

    pool = Pool(max(1, args.workers), (args.seed, corpus, files, str(work), only, args.max_memory_mb, gazetteer_dir,
                                       args.limit, args.profile_max))
    try:
        pool.run(indices, args.hard_timeout, on_result)
    finally:
        pool.close()
        shutil.rmtree(folder, ignore_errors=True)
    if not args.quiet:
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    records.sort(key=lambda r: r["index"])
    return report(records, args, corpus, files, only, keep, elapsed)


def report(records, args, corpus, files, only, keep, elapsed) -> int:
    # Mutation names of records from killed workers come from regenerating the input.
    for r in records:
        if "mutation" not in r:
            item = make_input(args.seed, r["index"], corpus, files, only)
            r.update(mutation=item["mutation"], base=item["base"], published=item["published"], bytes=len(item["data"]))
    status = Counter(r["status"] for r in records)
    crashes = [r for r in records if r["status"] in ("crash", "died")]
    lost = [r for r in records if r["status"] in ("lost", "hung")]
    slow = [r for r in records if r["seconds"] > args.limit]
    slow_cpu = [r for r in records if r["cpu"] > args.limit or r["status"] == "hung"]
    internal = [r for r in records if r["status"] == "error" and r["error_type"].startswith("InternalError")]
    logged = [r for r in records if r.get("logs") and any("Traceback" in line for line in r["logs"])]
    invalid = [r for r in records if r.get("problems")]
    slowest = sorted(records, key=lambda r: -r["seconds"])

    print(f"inputs tried:        {len(records)}   (seed {args.seed}, {args.workers} workers, {elapsed:.0f} s)")
    print(f"crashes:             {len(crashes)}   (exceptions escaping process_path: {status['crash']}, workers died: {status['died']})")
    print(f"lost documents:      {len(lost)}   (no DocResult and no error row: {status['lost']}, hung > {args.hard_timeout:.0f} s: {status['hung']})")
    print(f"documents:           {status['doc']}")
    print(f"error rows:          {status['error']}")
    for error_type, count in Counter(r["error_type"] for r in records if r["status"] == "error").most_common():
        print(f"  {error_type:<40}{count:>6}")
    print(f"bugs inside error rows: {len(internal)} InternalError rows, {len(logged)} documents whose stages logged a traceback")
    print(f"result invariant violations: {len(invalid)}")
    print(f"documents over {args.limit:g} s: {len(slow)} wall time ({len(slow_cpu)} in CPU time: the rest only waited for a core)")
    if slowest:
        top = slowest[0]
        print(f"slowest document:    {top['seconds']:.2f} s (cpu {top['cpu']:.2f} s), mutation {top['mutation']} "
              f"on {top['base']}, input #{top['index']}")
    # Time per 100,000 characters of cleaned text (documents of 20,000+ characters): a
    # linear pipeline has a bounded rate whatever the structure; a superlinear step
    # (backtracking, pairs of mentions) shows up as an outlier here.
    sized = [r for r in records if r.get("chars", 0) >= 20_000]
    if sized:
        rate = max(sized, key=lambda r: r["cpu"] / r["chars"])
        per = sorted(r["cpu"] / r["chars"] * 100_000 for r in sized)
        print(f"cpu s per 100k chars: median {per[len(per) // 2]:.2f}, max {per[-1]:.2f} ({len(sized)} documents of 20k+ "
              f"characters; max: {rate['mutation']} on {rate['base']}, #{rate['index']}, {rate['chars']} chars)")
        over = [r for r in records if r["seconds"] > args.limit]
        print(f"documents over {args.limit:g} s with fewer than 100k characters: "
              f"{sum(1 for r in over if r.get('chars', 0) < 100_000)} of {len(over)}")
    print("\n10 slowest:")
    print(f"  {'s':>6} {'cpu':>6} {'#':>6}  {'status':<6} {'KB':>6}  mutation / base")
    for r in slowest[:10]:
        print(f"  {r['seconds']:>6.2f} {r['cpu']:>6.2f} {r['index']:>6}  {r['status']:<6} {r['bytes'] / 1024:>6.0f}  "
              f"{r['mutation']} / {r['base']} {r.get('error_type', '')}")
        if r.get("hotspots"):
            print(f"  {'':>36}{'; '.join(r['hotspots'][:3])}")

    by_mutation = defaultdict(list)
    for r in records:
        for name in r["mutation"].split("+"):
            by_mutation[name].append(r)
    print("\nper mutation (inputs using it):")
    print(f"  {'mutation':<18}{'n':>6}{'docs':>6}{'errors':>7}{'bad':>5}{'mean s':>8}{'max s':>7}")
    for name in sorted(by_mutation):
        rows = by_mutation[name]
        bad = sum(1 for r in rows if r["status"] in ("crash", "died", "lost", "hung") or r["seconds"] > args.limit)
        print(f"  {name:<18}{len(rows):>6}{sum(r['status'] == 'doc' for r in rows):>6}{sum(r['status'] == 'error' for r in rows):>7}"
              f"{bad:>5}{sum(r['seconds'] for r in rows) / len(rows):>8.3f}{max(r['seconds'] for r in rows):>7.2f}")

    profiled = [r for r in slow if r.get("hotspots", [""])[0].startswith("stages")]
    if profiled:
        leading = Counter(r["hotspots"][0].split()[1] for r in profiled if len(r["hotspots"][0].split()) > 1)
        spots = Counter(h.rsplit(" ", 1)[0] for r in profiled for h in r["hotspots"][1:2])
        print(f"\nwhere the slow documents spend their time ({len(profiled)} profiled; over {args.profile_max:g} s not):")
        print("  stage taking the most time: " + ", ".join(f"{k} {v}" for k, v in leading.most_common()))
        print("  function with the most own time:")
        for spot, count in spots.most_common(10):
            print(f"  {count:>5}  {spot}")

    for title, rows in (("crashes", crashes), ("lost", lost), ("internal errors", internal + logged), ("invalid results", invalid)):
        if rows:
            print(f"\n{title}:")
            for r in rows[:10]:
                print(f"  #{r['index']} {r['mutation']} / {r['base']}: {r.get('error_type', '')} {r.get('message', '')[:200]}")
                for line in (r.get("problems") or [])[:2]:
                    print(f"    {line}")
                detail = r.get("traceback") or next((line for line in r.get("logs") or [] if "Traceback" in line), "")
                if detail:
                    print("    " + detail.strip().splitlines()[-1][:300])

    # Keep the inputs worth a look (regenerated from their numbers) outside the repo.
    for old in keep.glob("*"):
        if old.is_file():
            old.unlink()
    wanted = {r["index"]: "slow" for r in slowest[:10]}
    for kind, rows in (("slow", slow), ("internal", (internal + logged)[:20]), ("invalid", invalid[:20]),
                       ("lost", lost[:50]), ("crash", crashes[:50])):
        for r in rows[:50]:
            wanted[r["index"]] = kind
    for index, kind in sorted(wanted.items()):
        item = make_input(args.seed, index, corpus, files, only)
        item = dict(item, mutation=f"{kind}-{item['mutation']}")
        write_input(item, keep)
    with open(keep / "results.jsonl", "w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"\nkept {len(wanted)} inputs and results.jsonl in {keep}")

    failed = bool(crashes or lost or slow)
    print("FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
