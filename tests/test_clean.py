"""Tests of the clean stage: blocks, boilerplate removal, metadata, robustness.

Fixtures under tests/fixtures/ are written for these tests; the two seeds are the
project's own inputs.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean, clean_inline, markdown_to_html, read_document, strip_site_suffix
from pipeline.errors import CleanError, PipelineError
from pipeline.models import RawDoc
from pipeline.normalize import normalize
from pipeline.read import read_raw

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEED_000 = ROOT / "seeds" / "000_81916d54a5620362.txt"
SEED_002 = ROOT / "seeds" / "002_944b4ad8491f1789.txt"

GOOD_FIXTURES = [
    FIXTURES / name
    for name in (
        "banned_news.md", "big5_no_charset.html", "cdt_header.txt", "declared_utf8_really_gb18030.html",
        "dutymachine_article.txt", "dutymachine_gallery.txt", "dutymachine_related_gallery.txt", "front_matter.md", "gbk_declared_gb2312.html",
        "jsonld_page.html", "plain.txt", "utf8_bom.txt", "wordpress_widgets.html",
    )
]


def raw_from_text(body: str, kind: str = "html", **fields) -> RawDoc:
    values = dict(path="mem.html", sha256="0" * 64, n_bytes=len(body.encode()), encoding="utf-8", format=kind, body=body, body_kind=kind)
    values.update(fields)
    return RawDoc(**values)


def bodies(doc):
    return [b.text for b in doc.blocks if b.kind != "title"]


# --- invariants on every document -----------------------------------------------------


@pytest.mark.parametrize("path", GOOD_FIXTURES + [p for p in (SEED_000, SEED_002) if p.exists()], ids=lambda p: p.name)
def test_block_invariants(path):
    doc = read_document(path)
    assert doc.doc_id == path.stem
    assert doc.blocks, "a document has blocks"
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    for block in doc.blocks:
        assert block.text, "no empty blocks"
        assert doc.text[block.start : block.end] == block.text
        assert block.start <= block.heading_end <= block.end
        assert block.text == block.text.strip()
        assert "  " not in block.text, "inline whitespace is collapsed"
        assert "\n" not in block.text
        assert block.kind in ("title", "heading", "paragraph", "caption", "quote", "table")
    if doc.title:
        assert doc.blocks[0].kind == "title" and doc.blocks[0].text == doc.title
    assert [b for b in doc.blocks if b.kind == "title"][:1] == list(doc.blocks[:1]) or not doc.title
    assert doc.norm == normalize(doc.text) and len(doc.norm) == len(doc.text)
    assert doc.script in ("simplified", "traditional")


# --- the seeds ------------------------------------------------------------------------


@pytest.mark.skipif(not SEED_000.exists(), reason="seed not present")
def test_seed_000_gallery():
    doc = read_document(SEED_000)
    assert doc.title == "这些年来金正恩的跨国之旅"
    assert doc.url.startswith("https://www.dw.com/zh/") and doc.url.endswith("/a-66728403")
    assert doc.published == "2023-09-06T09:17:04Z"
    assert doc.published_source == "archive"
    assert doc.source == "dw"
    assert doc.format == "dutymachine"
    captions = doc.blocks[1:]
    assert len(captions) == 10 and all(b.kind == "caption" for b in captions)
    first = captions[0]
    assert first.text.startswith("2018年3月：北京：2018年3月25日到28日，金正恩进行了")
    assert first.heading == "2018年3月：北京"
    assert first.heading_end == first.start + len("2018年3月：北京")
    assert captions[4].heading == "美朝首次峰会"
    assert captions[-1].heading == "2019年6月：三八线上的“快闪会”"


@pytest.mark.skipif(not SEED_002.exists(), reason="seed not present")
def test_seed_002_wordpress():
    doc = read_document(SEED_002)
    assert doc.title == "金正恩4年前亲笔信被曝光：想直接见川普"
    assert doc.published == ""
    assert doc.source == "ettoday"
    text = doc.text
    for unwanted in ("大陆网友注意", "翻墙", "相关阅读", "中共态度更微妙", "Wise国际汇款", "来源：", "AuctionX", "章天亮"):
        assert unwanted not in text, unwanted
    body = bodies(doc)
    assert body[0].startswith("朝鲜最高领导人金正恩与美国前总统川普曾靠交换亲笔书信")
    assert body.count(body[0]) == 1  # p#summary repeats the first paragraph
    assert "（示意图／路透社）" in text  # a photo credit inside a paragraph stays
    assert body[-1].startswith("韩国首尔大学政治外交学系教授李贞澈")
    assert "最高层－金正恩" in text  # inline keyword links keep their words


# --- formats --------------------------------------------------------------------------


def test_gallery_fixture_captions():
    doc = read_document(FIXTURES / "dutymachine_gallery.txt")
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [c.heading for c in captions] == ["2019年5月：东京", "2019年6月：首尔", "返程"]
    assert captions[0].text == "2019年5月：东京：2019年5月20日到22日，代表团抵达东京，与日本外务大臣举行会谈。双方同意加强经济合作。"


def test_dw_article_byline():
    doc = read_document(FIXTURES / "dutymachine_article.txt")
    assert doc.published == "2020-07-20T14:58:19Z"  # in-body date beats the archive time
    assert doc.published_source == "byline"
    assert doc.author == "王小明"
    text = doc.text
    assert "王小明" not in text and "2020-07-20T14" not in text
    assert "另一篇相关报道的标题" not in text  # a bare link paragraph
    assert "版权声明" not in text
    assert doc.blocks[1].kind == "caption" and doc.blocks[1].text == "总理在柏林总理府前接受欢迎仪式"


def test_wordpress_widgets_removed():
    doc = read_document(FIXTURES / "wordpress_widgets.html")
    assert doc.title == "两国领导人举行视频会晤 讨论地区局势"
    assert doc.source == "中央社"
    text = doc.text
    for unwanted in ("大陆网友注意", "备注", "另一条新闻标题", "翻墙", "VPN", "来源", "ADSLOT"):
        assert unwanted not in text, unwanted
    body = bodies(doc)
    assert body[0] == "甲国领导人与乙国领导人周二举行视频会晤，双方就地区局势交换了意见，并同意继续保持沟通。"
    assert len(body) == 4
    assert body[-1].endswith("显示双方希望稳定关系高层互动。")


def test_full_page_with_jsonld():
    doc = read_document(FIXTURES / "jsonld_page.html")
    assert doc.title == "部长会议在日内瓦闭幕"
    assert doc.published == "2021-03-05T08:30:00+08:00"
    assert doc.published_source == "jsonld"
    assert doc.url == "https://news.example.com/2021/03/05/geneva.html"
    assert doc.author == "李华"
    assert doc.source == "示例新闻网"
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["title", "paragraph", "paragraph", "heading", "table", "table", "table", "quote", "caption", "paragraph"]
    assert doc.blocks[4].text == "议题 | 结果"
    text = doc.text
    for unwanted in ("首页", "热门推荐", "Copyright", "ICP", "分享到", "责任编辑", "脚本", "来源："):
        assert unwanted not in text, unwanted


def test_front_matter_markdown():
    doc = read_document(FIXTURES / "front_matter.md")
    assert doc.title == "議員訪問台北 會見行政院長"
    assert doc.published == "2021-10-22"
    assert doc.script == "traditional"
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:4] == ["title", "paragraph", "caption", "heading"]
    assert doc.blocks[3].text == "雙方討論經貿合作"
    assert "video" not in doc.text and "月費訂戶" not in doc.text
    assert doc.text.count("議員訪問台北") == 1  # the "# title" line is the title block


def test_a_leading_markdown_heading_makes_a_page_with_figures_markdown(tmp_path):
    # hkcnews: "# 标题", paragraphs and <figure> blocks, no other Markdown sign: the
    # paragraphs stay apart and the heading (the title again) is not glued to the first
    page = tmp_path / "article.txt"
    figure = '<figure>\n<img src="https://example.org/{n}.jpg" alt="">\n<figcaption>图{n}：双方会面。</figcaption>\n</figure>'
    page.write_text(
        '---\ntitle: "拜登普京第二次峰會"\ndate: "2021-12-07"\n---\n\n# 拜登普京第二次峰會\n\n'
        "美國總統拜登和俄羅斯總統普京周二晚舉行視像會議。\n\n" + figure.format(n=1) + "\n\n"
        "雙方討論烏克蘭局勢。\n\n" + figure.format(n=2) + "\n\n俄方表示會繼續對話。\n\n" + figure.format(n=3) + "\n",
        encoding="utf-8")
    doc = read_document(page)
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == ["美國總統拜登和俄羅斯總統普京周二晚舉行視像會議。", "雙方討論烏克蘭局勢。", "俄方表示會繼續對話。"]
    assert "#" not in doc.text


def test_banned_news_dateline_and_footer():
    doc = read_document(FIXTURES / "banned_news.md")
    assert doc.published == "2020-09-04"
    assert doc.published_source == "dateline"
    assert doc.source == "epochtimes"
    text = doc.text
    assert text.count("\n") == 2
    assert "两国外长周四在华盛顿会面，讨论双边关系以及地区安全问题。" in text  # no spaces from pretty printing
    for unwanted in ("首页", "翻墙", "手机上长按", "原文地址", "责任编辑", "github"):
        assert unwanted not in text, unwanted


def test_cdt_author_line():
    doc = read_document(FIXTURES / "cdt_header.txt")
    assert doc.author == "赵一"
    assert "作者" not in doc.text and "Permalink" not in doc.text and "Post tags" not in doc.text


def test_plain_text_with_top_date():
    doc = read_document(FIXTURES / "plain.txt")
    assert doc.format == "text"
    assert doc.published == "2023-09-06"
    assert doc.title == ""
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("name", ["gbk_declared_gb2312.html", "big5_no_charset.html", "declared_utf8_really_gb18030.html"])
def test_encoded_pages_clean(name):
    doc = read_document(FIXTURES / name)
    assert len(bodies(doc)) == 2
    assert "版权所有" not in doc.text and "首页" not in doc.text


def test_title_site_suffixes():
    assert strip_site_suffix("金正恩访华 - BBC News 中文") == "金正恩访华"
    assert strip_site_suffix("经济论坛开幕_示例财经网") == "经济论坛开幕"
    assert strip_site_suffix("多数夫妻生活有名无实(图)--雅虎新闻") == "多数夫妻生活有名无实(图)"
    assert strip_site_suffix("川普选情落后 – 法国国际广播电台 - RFI") == "川普选情落后"


def test_markdown_conversion():
    html = markdown_to_html("# 标题\n\n第一段[链接](https://a.com)。\n\n> 引语\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert "<h1>标题</h1>" in html
    assert '<a href="https://a.com">链接</a>' in html
    assert "<blockquote>" in html and "<table>" in html


def test_inline_whitespace():
    assert clean_inline("最大的\n   芯片 \n  “中芯”") == "最大的芯片“中芯”"
    assert clean_inline("Keith\n  Krach  说") == "Keith Krach 说"
    assert clean_inline("\u3000\u3000正文\u200b内容 ") == "正文内容"


# --- errors and robustness ------------------------------------------------------------


def test_no_main_text_is_clean_error():
    with pytest.raises(CleanError, match="no main text"):
        read_document(FIXTURES / "nav_only.html")


def test_empty_body_is_clean_error():
    with pytest.raises(CleanError):
        clean(raw_from_text("   \n  "), "x")


def test_deep_nesting(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<div>" * 10_000 + "<p>深层嵌套的正文，解析器不能丢掉它，也不能崩溃。</p>" + "</div>" * 10_000, encoding="utf-8")
    started = time.perf_counter()
    doc = read_document(page)
    assert time.perf_counter() - started < 2.0
    assert "深层嵌套的正文" in doc.text


def test_long_lines(tmp_path):
    page = tmp_path / "long.html"
    page.write_text("<p>" + "这是一个很长的行，没有换行。" * 8000 + "</p><p>" + "字" * 100_000 + "</p>", encoding="utf-8")
    started = time.perf_counter()
    doc = read_document(page)
    assert time.perf_counter() - started < 2.0
    assert len(doc.text) > 200_000


def test_tag_with_100k_attributes_parses_quickly():
    # libxml2 checks each attribute against all earlier ones: quadratic without a cap.
    body = "<p>第一段正文，解析器必须保留它。</p><div " + " ".join(f"a{i}=v" for i in range(100_000)) + ">属性之后的正文，也要保留。</div>"
    started = time.process_time()
    doc = clean(raw_from_text(body), "x")
    assert time.process_time() - started < 2.0
    assert "属性之后的正文" in doc.text and "第一段正文" in doc.text


def test_markdown_quotes_nested_10k_deep():
    body = "正文第一段，内容。\n\n" + ">" * 10_000 + " 2018年3月25日，金正恩访问北京。\n\n最后一段，内容。"
    started = time.process_time()
    doc = clean(raw_from_text(body, "markdown"), "x")
    assert time.process_time() - started < 2.0
    assert "2018年3月25日，金正恩访问北京。" in doc.text and "最后一段" in doc.text


def test_pathological_markup_does_not_escape():
    for body in ("<", "<<<>>>", "<p", "</p></div></html>", "<![CDATA[x]]>", "<?xml version='1.0' encoding='gb2312'?><p>内容，测试。</p>"):
        try:
            clean(raw_from_text(body), "x")
        except CleanError:
            pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("<>/=\"' \n\tpdiv中文，。abr!-&;#") + ["<p>", "</p>", "<div class='ad'>", "<br>", "<table><tr><td>", "# ", "[a](http://x)"]), max_size=120).map("".join))
def test_nothing_but_pipeline_errors_escape(body):
    for kind in ("html", "markdown", "text"):
        try:
            doc = clean(raw_from_text(body, kind), "x")
        except PipelineError:
            continue
        for block in doc.blocks:
            assert doc.text[block.start : block.end] == block.text


def test_read_raw_then_clean_roundtrip_keeps_metadata():
    raw = read_raw(FIXTURES / "dutymachine_gallery.txt")
    doc = clean(raw, "gallery")
    assert (doc.doc_id, doc.sha256, doc.encoding, doc.format) == ("gallery", raw.sha256, raw.encoding, raw.format)


@pytest.mark.parametrize("first_line,published", [
    ("2020年9月4日", "2020-09-04"),                       # a date line at the top
    ("2020年9月4日 09:30", "2020-09-04"),
    ("2019年6月1日，特朗普与金正恩举行会谈。", ""),     # a sentence that opens with a date
])
def test_date_at_the_top_is_a_dateline_only_on_its_own_line(tmp_path, first_line, published):
    page = tmp_path / "page.txt"
    page.write_text(f"{first_line}\n两国外长周四在华盛顿会面，讨论双边关系以及地区安全问题。\n", encoding="utf-8")
    assert read_document(page).published[:10] == published


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=["中", "文", "a", " ", "\n", "\r", "\t", "\u3000", "\u200b", "。", "\xa0"], max_size=16))
def test_clean_inline_is_one_pass_over_whitespace_runs(text):
    # The two-pass clean_inline (runs with a line break first) equals the rule written
    # as one pass with a callback on every whitespace run.
    import re

    from pipeline.clean import _CJK_RE, _ZERO_WIDTH

    def one_pass(t):
        def repl(m):
            run = m.group(0)
            if "\n" in run or "\r" in run:
                before = t[m.start() - 1] if m.start() else ""
                after = t[m.end()] if m.end() < len(t) else ""
                if (before and _CJK_RE.match(before)) or (after and _CJK_RE.match(after)):
                    return ""
            return " "
        t = _ZERO_WIDTH.sub("", t)
        return re.sub(r"\s+", repl, t).strip()

    assert clean_inline(text) == one_pass(_ZERO_WIDTH.sub("", text))


def test_related_gallery_captions_are_kept_as_an_embedded_part():
    # DW embeds a gallery (相关图集：…) at the end of an article: its captions are the
    # outlet's own dated background, kept like any gallery's; the blocks are marked as
    # embedded (written at another time, see tag_document_dates).
    doc = read_document(FIXTURES / "dutymachine_related_gallery.txt")
    kinds = [(b.kind, b.embedded, b.text[:6]) for b in doc.blocks]
    assert kinds[-4:] == [
        ("heading", True, "相关图集：两"),
        ("caption", True, "1960年的"),
        ("caption", True, "关系改善：2"),
        ("paragraph", False, "（美联社、路"),
    ]
    assert doc.blocks[-3].heading == "1960年的会谈"
    assert not any(b.embedded for b in doc.blocks[:-4])
    assert "其微信公众号周五发表的文章" in doc.text  # prose naming a WeChat account


@pytest.mark.parametrize("sentence, kept", [
    # prose that names a WeChat account, an app download, a disclaimer or "without approval"
    ("甲国一名退役将领在其微信公众号周五发表的文章中写道，双方不应放弃和平努力，但也要做好准备。", True),
    ("据上海普陀法院微信公众号，2020年6月16日，法院依法不公开开庭审理此案，并将择期宣判。", True),
    ("不过，白宫战略通讯主任说，这篇文章没有经过正常的审批程序，只代表彼得自己的观点。", True),
    ("校方说，采用国际标准化组织的数据标准并不代表本校对台湾采取的立场，今后也不会再加标注。", True),
    ("这种用于紧急情况的疫苗很少见，未经批准的疫苗通常只留给卫生医疗专业人员使用。", True),
    ("声明写道，乐团已通知竞选团队，未经授权使用他们的歌曲，将构成违反授权协议。", True),
    ("三位业内人士称，对于已经下载到印度手机上的应用程序，未来几天电信公司将设法使其无法使用。", True),
    # the same phrases as notices
    ("本文转自微信公众号：AnnieEasyFM 公号ID：shenqinvxia929", False),
    ("（文章仅代表作者个人立场和观点）", False),
    ("摘编自其他媒体的内容，不代表德国之声的立场或观点。", False),
    ("文中图片，版权所有，未经批准，翻印必究。", False),
    ("（本文仅代表作者本人观点。未经许可，不得转载。）", False),
    ("欢迎下载德国之声中文App，随时阅读最新报道，了解世界大事。", False),
])
def test_notice_phrases_drop_notices_not_prose(sentence, kept):
    body = "<p>甲国与乙国的外长周三通电话，同意推动边境局势降温，并将继续保持沟通。</p><p>" + sentence + "</p>"
    doc = clean(raw_from_text(body), "t")
    assert (sentence in doc.text) is kept


def test_prose_written_as_a_heading_is_a_paragraph(tmp_path):
    # hkcnews galleries write a story's paragraphs as ####; a short subhead stays a heading
    page = tmp_path / "gallery.md"
    page.write_text(
        "---\ntitle: \"防長訪問南韓\"\ndate: \"2017-10-27\"\n---\n\n# 防長訪問南韓\n\n"
        "#### 美軍三艘航空母艦集結太平洋。而在大軍壓境的氣氛下，周五抵達南韓訪問的美國國防部長，到埗後轉到板門店休戰區，"
        "在數十呎外的北韓官兵注視下對記者表示，北韓正在建立核武庫，是對全球秩序的威脅。\n\n"
        "#### 雙方討論經貿合作\n\n行政院長表示，歡迎代表團來訪。\n"
        # a shorter one too when it is a sentence of clauses with a credit after it
        "#### 正在日本訪問的英國首相文翠珊，在防衛相陪同下檢閱儀仗隊。美聯社\n\n"
        # (not a short subhead of two sentences, nor a headline whose only full stop ends it)
        "#### 一、經貿。二、安全。\n\n#### 中美貿易談判，第一階段協議，簽署在即。\n", encoding="utf-8")
    doc = read_document(page)
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "heading", "paragraph", "paragraph", "heading", "heading"]


def test_the_lead_image_caption_before_the_text_is_kept(tmp_path):
    # archived pages put the photo between the headline and the text, with banners in
    # between: its caption is part of the article; an image inside a link is a banner
    def page(figure):
        return ("### 国务次卿访台之际\n------------------------\n\n"
                "#### [首页](https://github.com/example/README.md) &nbsp;|&nbsp; [一键翻墙软件](https://github.com/example/nogfw)\n\n"
                f"{figure}<hr/>\n\n#### 💥 翻墙必看视频\n\n"
                "<div><div class=\"post_content\"><p>【希望之声2020年9月17日】美国国务次卿克拉奇访台之际，众议员17日发表新闻稿"
                "表示，他已提出决议案，要求美国恢复与台湾正式邦交关系。</p><p>克拉奇目前正在台湾进行为期3天的访问，他代表美国"
                "政府参加了台湾前总统李登辉的告别仪式。</p></div></div>\n")
    caption = "美国国务次卿克拉奇9月17日率团抵达台湾。（来源：中央社）"
    path = tmp_path / "lead.md"
    path.write_text(page(f"<div><img alt=\"x\" src=\"https://img.example/1.jpg\"/><br/>"
                         f"<figcaption class=\"caption\">{caption}</figcaption></div>"), encoding="utf-8")
    doc = read_document(path)
    assert [(b.kind, b.text) for b in doc.blocks[:2]] == [("title", "国务次卿访台之际"), ("caption", caption)]
    path.write_text(page(f"<div><a href=\"https://ads.example/\"><img src=\"https://img.example/2.jpg\"/></a><br/>"
                         f"<figcaption class=\"caption\">{caption}</figcaption></div>"), encoding="utf-8")
    assert caption not in read_document(path).text


def test_a_lightbox_gallery_keeps_the_captions_its_items_hold_in_attributes():
    # VOA embeds a gallery whose items are empty <div>s with the caption in an attribute,
    # inside a figure classed as an overlay: the captions are the article's, in order
    item = '<div data-lbox-gallery-item-src="https://img.example/{n}.jpg" data-lbox-gallery-item-title="{t}"></div>'
    captions = ["2018年4月16日，金正恩和宋涛在平壤观看演出。", "2017年4月26日，弗拉基米尔&amp;middot;普京和栗战书在莫斯科会晤时握手。"]
    page = ("<html><body><div class=\"article\"><h1>栗战书访朝</h1>"
            "<p>中共派出习近平身边的高级官员栗战书到朝鲜访问。这是习近平主政以来派出的最高官员访问朝鲜。</p>"
            "<p>有专家分析，习近平在最后关头改派栗战书赴朝参加其建国周年纪念活动。</p>"
            "<figure class=\"media-gallery-embed overlay-wrap\"><div>"
            + "".join(item.format(n=n, t=t) for n, t in enumerate(captions)) +
            "</div></figure></div></body></html>")
    doc = clean(raw_from_text(page), "voa")
    assert [b.text for b in doc.blocks if b.kind == "caption"] == [
        captions[0], "2017年4月26日，弗拉基米尔·普京和栗战书在莫斯科会晤时握手。"]
    # an overlay with no captions inside stays boilerplate
    overlay = page.replace("data-lbox-gallery-item-title", "data-other")
    assert not [b for b in clean(raw_from_text(overlay), "voa").blocks if b.kind == "caption"]


def test_a_span_classed_caption_under_the_lead_image_is_a_caption(tmp_path):
    # NTD pages: <div class="featured_image"><figure><img/></figure><span class="caption">…
    # before the article's container, with banners between
    caption = "图为2013年12月4日，拜登与其子亨特下飞机前往北京。( Ng Han Guan-Pool/Getty Images)"
    path = tmp_path / "ntd.md"
    path.write_text("### 拜登之子又遭举报\n------------------------\n\n"
                    "<div><div class=\"featured_image\">\n <figure>\n  <img alt=\"x\" src=\"https://img.example/1.jpg\"/>\n"
                    f" </figure><br/>\n <span class=\"caption\">\n  {caption}\n </span>\n</div>\n</div><hr/>\n\n"
                    "#### 💥 翻墙必看视频\n\n"
                    "<div><div class=\"post_content\" itemprop=\"articleBody\"><p>【新唐人北京时间2020年10月17日讯】美国民主党总统候选人"
                    "拜登之子亨特再次被人举报，称亨特利用其父拜登的职务之便，安排中共官员和高管组成的团体到白宫私人会晤。</p>"
                    "<p>10月16日，美国《布莱巴特新闻网》报导说，这一消息来源自亨特的前生意伙伴的相关电子邮件。</p></div></div>\n",
                    encoding="utf-8")
    doc = read_document(path)
    assert [(b.kind, b.text) for b in doc.blocks[:2]] == [("title", "拜登之子又遭举报"), ("caption", caption)]


def test_a_dated_heading_that_is_mostly_a_link_is_kept(tmp_path):
    # a timeline's sections: the day, then the source's title as a link; a bold line of a
    # link alone is still dropped
    page = tmp_path / "timeline.md"
    page.write_text(
        "---\ntitle: \"梁振英卸任後的行程\"\ndate: \"2017-09-12\"\n---\n\n"
        "梁振英卸任行政長官後，過去兩個多月出席了多個考察活動，其中一次出訪是到柬埔寨。以下是相關報道：\n\n"
        "**9月9日： [與亞洲防盲基金會訪柬埔寨](https://example.com/a/27001)**\n\n"
        "柬埔寨香港商會在餐廳舉行午宴，歡迎梁振英率領的亞洲防盲基金會一行，雙方討論了合作。\n\n"
        "**[更多新聞：特首選舉專題報道合集](https://example.com/topic)**\n", encoding="utf-8")
    doc = read_document(page)
    headings = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"]
    assert headings == ["9月9日： 與亞洲防盲基金會訪柬埔寨"]
    assert "更多新聞" not in doc.text
