"""Event assembly rules, each on a sentence written for the test."""

from dataclasses import replace

import pytest

from pipeline.build import annotate, event_row
from pipeline.dedupe import dedupe
from pipeline.models import Block

from helpers import make_document


def events_of(resources, *paragraphs, **kw):
    doc = make_document(*paragraphs, **kw)
    _, events = annotate(doc, resources)
    for ev in events:
        assert doc.text[ev.evidence_start : ev.evidence_end] == ev.evidence
        assert doc.norm[ev.trigger_start : ev.trigger_end] == ev.trigger
    return events


def merged_across(resources, event_type, *texts, published):
    """The events of ``event_type`` after dedupe of one document per text (ids a, b, c…)."""
    evs = [e for k, text in enumerate(texts) for e in events_of(resources, text, doc_id="abcdefgh"[k], published=published)]
    return [e for e in dedupe(evs) if e.mention.event_type == event_type]


def one(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.trigger, e.place_name) for e in events]
    return found[0]


def test_visit_destination_is_head_of_object_phrase(resources):
    evs = events_of(resources, "2019年2月26日到28日，金正恩访问越南首都河内，与特朗普举行第二次峰会。")
    visit = one(evs, "visit")
    assert (visit.place_name, visit.country, visit.actor_name) == ("河内", "VN", "金正恩")
    assert (visit.date_start, visit.date_end, visit.date_precision) == ("2019-02-26", "2019-02-28", "day")
    summit = one(evs, "summit")
    assert summit.place_name == "河内"
    assert set(summit.participants) == {"person:kim-jong-un", "person:donald-trump"}
    assert summit.actor_id == "person:kim-jong-un"


def test_origin_is_not_the_place_and_nationality_is_not_a_location(resources):
    evs = events_of(resources, "2018年6月10日到12日，金正恩从平壤直飞新加坡，会晤美国总统特朗普。")
    assert one(evs, "visit").place_name == "新加坡"
    meeting = one(evs, "meeting")
    assert (meeting.place_name, meeting.country) == ("新加坡", "SG")
    # a place left is where the trip starts, also after the 在 of a time phrase
    evs = events_of(resources, "6月30日，这也是疫情在欧洲大流行以来马克龙首次离开欧洲出访。", published="2020-06-30")
    assert all(e.place_name != "欧洲" for e in evs)


def test_location_after_zai(resources):
    evs = events_of(resources, "2018年4月27日，金正恩与韩国总统文在寅在朝韩边境的板门店举行峰会。")
    summit = one(evs, "summit")
    assert summit.place_name == "板门店" and summit.country in ("KR", "KP")
    assert set(summit.participants) == {"person:kim-jong-un", "person:moon-jae-in"}


def test_date_of_a_time_clause_is_not_the_event_date(resources):
    evs = events_of(resources, "2018年3月25日到28日，金正恩进行了他2011年继承权力以来的首次出国访问，目的地是北京。")
    visit = one(evs, "visit")
    assert (visit.date_start, visit.date_end) == ("2018-03-25", "2018-03-28")


def test_caption_heading_gives_year_and_place(resources):
    evs = events_of(resources, ("2018年6月：北京", "在新加坡朝美峰会后不久，6月19日到20日，金正恩又乘专机赴北京访问。"))
    visit = one(evs, "visit")
    assert (visit.place_name, visit.date_start, visit.date_end) == ("北京", "2018-06-19", "2018-06-20")


def test_planned_event_keeps_its_status(resources):
    evs = events_of(resources, "金正恩将于2019年2月27日在河内与特朗普举行峰会。")
    summit = one(evs, "summit")
    assert summit.status == "planned" and summit.date_start == "2019-02-27"


def test_a_plan_dated_after_the_publication_in_another_clause_keeps_that_date(resources):
    # the day after the article's is the plan's, not the day it was announced on
    visit = one(events_of(resources, "9月8日开始，栗战书将作为习近平的特使访朝。", published="2018-09-05"), "visit")
    assert (visit.status, visit.date_start, visit.place_id) == ("planned", "2018-09-08", "country:KP")
    # a past day in another clause may be the announcement's: still no event
    assert events_of(resources, "9月2日，新华社说，栗战书将作为习近平的特使访朝。", published="2018-09-05") == []
    # a clause that opens with a part of the day has the sentence's day for its own
    meeting = [e for e in events_of(resources, "周五上午，年號小組開會，之後首相安倍晉三前往皇宮晉見日皇明仁，下午將與皇太子德仁會面。",
                                    published="2019-03-29") if e.status == "planned"]
    assert [(e.date_start, sorted(e.participants)) for e in meeting] == [
        ("2019-03-29", ["person:naruhito", "person:shinzo-abe"])]
    # a clause that goes on with the subject's plan (而且将, 并将) shares its scheduled date
    meeting = one(events_of(resources, "奥布莱恩14日将在巴黎参加法国国庆日，而且将与瑟德威尔在巴黎会面。",
                            published="2020-07-12"), "meeting")
    assert (meeting.actor_id, meeting.status, meeting.date_start) == ("person:robert-o-brien", "planned", "2020-07-14")
    # …and so does a clause that opens with the trigger, spelling the plan out
    evs = events_of(resources, "美国国务卿蓬佩奥将于下周展开亚洲之行，出访日本、蒙古和韩国。", published="2020-10-02")
    assert sorted((e.country, e.status, e.date_start) for e in evs if e.trigger == "出访") == [
        ("JP", "planned", "2020-10-05"), ("KR", "planned", "2020-10-05"), ("MN", "planned", "2020-10-05")]
    # (not one with a subject of its own)
    evs = events_of(resources, "美国国务卿蓬佩奥将于下周展开亚洲之行，王毅将出访日本。", published="2020-10-02")
    assert [e for e in evs if e.trigger == "出访" and e.date_start] == []


def test_undated_intentions_and_unplaced_letters_are_not_events(resources):
    assert events_of(resources, "金正恩在书信中直接表明想会晤川普。") == []
    assert events_of(resources, "当时已传出消息，金正恩即将与美国总统特朗普举行峰会。") == []


def test_a_letter_or_call_between_two_named_persons_is_kept_undated(resources):
    for text, pair in (("美国国务卿蓬佩奥与英国外交大臣拉布通话，讨论了第五代通信网络建设。",
                        ("person:dominic-raab", "person:mike-pompeo")),
                       ("白宫新闻发言人桑德斯表示，金正恩致函特朗普，要求举行第二次峰会。",
                        ("person:donald-trump", "person:kim-jong-un"))):
        letter = one(events_of(resources, text, published="2020-07-17"), "letter")
        assert (letter.participants, letter.date_start, letter.place_id) == (pair, "", "")
    # so is a video conference: talks at a distance, like a call (not one of a single party)
    talks = one(events_of(resources, "官员说，文在寅在与欧洲理事会主席米歇尔举行视频会议期间发表讲话称，对话很重要。",
                          published="2020-07-17"), "meeting")
    assert (talks.participants, talks.date_start, talks.place_id) == (("person:charles-michel", "person:moon-jae-in"), "", "")
    assert events_of(resources, "官员说，文在寅在举行视频会议期间发表讲话称，对话很重要。", published="2020-07-17") == []
    # a congratulatory letter sent or exchanged (not 贺信 alone, in a list of writings)
    letter = one(events_of(resources, "习近平和夫人彭丽媛同荷兰国王互致贺信。", published="2020-09-17"), "letter")
    assert set(letter.participants) >= {"person:xi-jinping", "person:peng-liyuan"}
    assert events_of(resources, "习近平的讲话、贺信、文章都已出版。", published="2020-09-17") == []
    # not one someone is told to make
    assert events_of(resources, "列宁叮嘱普京：打个电话给特朗普。", published="2020-07-17") == []
    # (an adviser, 顾问, is nobody asking about it)
    letter = one(events_of(resources, "此前，外交部长王毅同印度国家安全顾问多瓦尔通电话。", published="2020-07-17"), "letter")
    assert set(letter.participants) == {"person:wang-yi", "person:ajit-doval"}
    # talks by phone held between two named persons are a call, like 通电话
    letter = one(events_of(resources, "多瓦尔与中国外交部长王毅举行了长时间的电话会谈。", published="2020-07-17"), "letter")
    assert (set(letter.participants), letter.date_start) == ({"person:wang-yi", "person:ajit-doval"}, "")
    # what two named persons said in the call (在电话中), not a name after it
    letter = one(events_of(resources, "蓬佩奥与拉夫罗夫在电话中讨论到联合国的纪念活动。", published="2020-07-17"), "letter")
    assert set(letter.participants) == {"person:mike-pompeo", "person:sergey-lavrov"}
    assert events_of(resources, "报道说，特朗普在电话里称默克尔愚蠢。", published="2020-07-17") == []
    # a date opened by 到了 dates it
    text = "到了3月16日，蓬佩奥和中共中央外事办主任杨洁篪通电话。"
    assert one(events_of(resources, text, published="2020-04-01"), "letter").date_start == "2020-03-16"


def test_demonstrative_refers_to_an_earlier_event(resources):
    evs = events_of(resources, "该封川普亲笔信促成了2019年6月30日川普、金正恩、文在寅在板门店举行的会谈。")
    assert [e.event_type for e in evs] == ["meeting"]
    assert set(evs[0].participants) == {"person:donald-trump", "person:kim-jong-un", "person:moon-jae-in"}
    assert evs[0].place_name == "板门店" and evs[0].date_start == "2019-06-30"


def test_letter_has_sender_recipient_and_no_place(resources):
    letter = one(events_of(resources, "川普曾于2019年3月22日的亲笔信安抚金正恩。"), "letter")
    assert letter.actor_id == "person:donald-trump"
    assert set(letter.participants) == {"person:donald-trump", "person:kim-jong-un"}
    assert letter.place_id == "" and letter.date_start == "2019-03-22"


def test_pronoun_and_previous_event_fill_missing_slots(resources):
    evs = events_of(resources, ("2018年5月：大连", "2018年5月7日到8日，金正恩访问中国东北城市大连。他在大连与习近平举行了会晤。"))
    meeting = one(evs, "meeting")
    assert meeting.actor_id == "person:kim-jong-un"
    assert (meeting.date_start, meeting.date_end, meeting.place_name) == ("2018-05-07", "2018-05-08", "大连")


def test_confidence_reflects_what_was_found(resources):
    strong = one(events_of(resources, "2018年4月27日，金正恩与文在寅在板门店举行峰会。"), "summit")
    weak = one(events_of(resources, ("2018年4月：板门店", "金正恩与文在寅握手。")), "meeting")
    assert 0 < weak.confidence < strong.confidence <= 1


def test_every_way_of_dating_an_event_adds_confidence(resources):
    # a date from a listed run or the trip the stop belongs to counts as found, like any other
    from pipeline.events import _DATE_W
    dated = events_of(resources, "达赖喇嘛曾在1997年、2001年及2009年三度访台。", published="2020-07-05")
    undated = events_of(resources, "达赖喇嘛曾访台。", published="2020-07-05")
    assert min(e.confidence for e in dated) > one(undated, "visit").confidence
    assert all(_DATE_W.get(w, 0) > 0 for w in ("clause", "list", "trip", "trip-to-publication", "then", "remarks",
                                                "day-of-event", "host", "previous-event"))


def test_same_event_in_two_documents_is_one_row(resources):
    a = events_of(resources, "2019年6月30日，特朗普与金正恩在板门店举行会谈。", doc_id="a")
    b = events_of(resources, "韩国总统文在寅、特朗普、金正恩于2019年6月30日在板门店举行会谈。", doc_id="b")
    merged = dedupe(a + b)
    meetings = [e for e in merged if e.mention.event_type == "meeting"]
    assert len(meetings) == 1 and meetings[0].doc_ids == ("a", "b")


def test_different_counterparts_are_different_events(resources):
    evs = events_of(resources, ("2018年3月：北京", "金正恩与宋涛在专列内谈话。金正恩在北京与习近平举行了会晤。"))
    assert len(dedupe(evs)) == 2


def test_an_event_told_by_its_year_and_by_its_month_in_one_document_is_one(resources):
    evs = events_of(resources, "1949年毛泽东决定出访苏联时，江青要求前往，没有得到批准。",
                    "1949年12月，毛泽东出访苏联拜会斯大林。", published="2019-02-21")
    visits = [e for e in dedupe(evs) if e.mention.event_type == "visit"]
    assert [(e.mention.date_start, e.mention.date_precision, len(e.mentions)) for e in visits] == [("1949-12", "month", 2)]
    # …but not a visit told as another one (再度)
    evs = events_of(resources, "2018年，刘鹤访美。", "2018年5月17日，刘鹤再度赴美谈判。", published="2020-07-15")
    assert len([e for e in dedupe(evs) if e.mention.event_type == "visit"]) == 2
    # …also when the one of the month names no place (and in traditional script)
    evs = events_of(resources, "今年，捷克參議院議長維特齊率團來台。", "維特齊上月來台訪問，她表示感謝。", published="2020-10-12")
    visits = [e for e in dedupe(evs) if e.mention.event_type == "visit"]
    assert [(e.mention.place_id, e.mention.date_start, len(e.mentions)) for e in visits] == [("country:TW", "2020-09", 2)]
    evs = events_of(resources, "2018年，劉鶴訪美。", "2018年5月17日，劉鶴再度訪問。", published="2020-07-15")
    assert len([e for e in dedupe(evs) if e.mention.event_type == "visit"]) == 2


def test_an_event_told_by_its_month_or_as_a_few_days_ago_and_by_its_day_in_one_document_is_one(resources):
    evs = events_of(resources, "蒙古总理去年12月份访问了俄罗斯。", "俄罗斯总统普京去年12月5日在索契会见到访的蒙古总理呼日勒苏赫。",
                    published="2020-07-08")
    visits = [e for e in dedupe(evs) if e.mention.event_type == "visit"]
    assert [(e.mention.date_start, len(e.mentions)) for e in visits] == [("2019-12", 2)]
    # "a few days ago" gives way to the day the text names inside those days
    evs = events_of(resources, "习近平日前在上海会见香港特首林郑月娥。", "然而11月4日，习近平在上海会见林郑月娥时说，中央对她高度信任。",
                    published="2019-11-08")
    meetings = [e for e in dedupe(evs) if e.mention.event_type == "meeting"]
    assert [(e.mention.date_start, e.mention.date_end, len(e.mentions)) for e in meetings] == [("2019-11-04", "2019-11-04", 2)]
    # …also placeless on both sides (a year would not do: the same two meet several times a year)
    evs = events_of(resources, "习近平在九月欧盟-中国峰会上将面临什么局面，取决于美中关系。", "9月14日，习近平将以视讯方式参加欧盟-中国峰会。",
                    published="2020-08-30")
    summits = [e for e in dedupe(evs) if e.mention.event_type == "summit"]
    assert [(e.mention.date_start, len(e.mentions)) for e in summits] == [("2020-09-14", 2)]
    # …not a day outside them, nor a visit told as another one in that month
    evs = events_of(resources, "习近平日前在上海会见林郑月娥。", "10月4日，习近平在上海会见林郑月娥。", published="2019-11-08")
    assert len([e for e in dedupe(evs) if e.mention.event_type == "meeting"]) == 2
    evs = events_of(resources, "2018年5月，刘鹤访美。", "2018年5月17日，刘鹤再度赴美谈判。", published="2020-07-15")
    assert len([e for e in dedupe(evs) if e.mention.event_type == "visit"]) == 2


def test_a_summit_told_by_its_day_and_by_a_rough_stretch_keeps_the_day(resources):
    a = events_of(resources, "在9月中旬举行的欧盟与中国视频峰会上，双方在人权问题上展开了罕见的直接交锋。", doc_id="a",
                  published="2020-10-02")
    b = events_of(resources, "9月14日，欧盟与中国举行视频峰会。", doc_id="b", published="2020-10-02")
    summits = [e for e in dedupe(a + b) if e.mention.event_type == "summit"]
    assert [(e.mention.date_start, e.mention.date_end, e.doc_ids) for e in summits] == [("2020-09-14", "2020-09-14", ("a", "b"))]
    # two days of one summit reported apart: it spans them
    a = events_of(resources, "欧盟峰会9月14日在布鲁塞尔举行。", doc_id="a", published="2020-10-02")
    b = events_of(resources, "欧盟峰会9月15日在布鲁塞尔继续举行。", doc_id="b", published="2020-10-02")
    summits = [e for e in dedupe(a + b) if e.mention.event_type == "summit"]
    assert [(e.mention.date_start, e.mention.date_end) for e in summits] == [("2020-09-14", "2020-09-15")]


def test_talks_beside_a_summit_one_person_is_reported_at_are_not_the_summit(resources):
    evs = events_of(resources, "去年5月，马来西亚首相纳吉到北京出席一带一路峰会论坛，与习近平会晤。", published="2018-06-01")
    # (and the trip: 到北京出席)
    assert sorted(e.mention.event_type for e in dedupe(evs)) == ["meeting", "summit", "visit"]
    # a fuller report of the summit itself still joins it
    evs = events_of(resources, "2020年6月22日，冯德莱恩与习近平举行视频峰会。",
                    "米歇尔与冯德莱恩6月22日也在与中国国家主席习近平举行的视讯会议中提及香港议题。", published="2020-06-30")
    assert [e.mention.event_type for e in dedupe(evs) if e.mention.event_type in ("meeting", "summit")] == ["summit"]


def test_reporter_is_not_the_actor(resources):
    assert events_of(resources, "2020年7月13日，华春莹确认了二人抵达中国的消息。") == []
    # …but one who learns of something in a time clause goes on as the subject
    visit = one(events_of(resources, "2003年4月，王岐山得知这个消息后，第一件事就是赶往北京视察。"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:wang-qishan", "place:CN:beijing", "2003-04")
    # (and learning of what another did still reports it)
    visit = one(events_of(resources, "2020年7月13日，王岐山得知，习近平访问了北京。"), "visit")
    assert visit.actor_id == "person:xi-jinping"


def test_signing_needs_an_agreement(resources):
    assert events_of(resources, "2020年3月14日，普京签署宪法修正案草案。") == []
    sign = one(events_of(resources, "2020年8月15日，蓬佩奥在波兰华沙签署了《加强防务合作协议》。"), "agreement")
    assert (sign.place_name, sign.country) == ("华沙", "PL")


def test_a_memorandum_signed_alone_is_a_directive(resources):
    assert events_of(resources, "上个月，美国总统特朗普签署备忘录，要求工作小组提交报告。", published="2020-07-10") == []
    # …one with another party, or an understanding, is an agreement
    for text in ("2005年世卫与中国秘密签署备忘录。", "美国总统特朗普6月4日签署谅解备忘录。", "日本6月4日与印度签署合作备忘录。"):
        one(events_of(resources, text, published="2020-07-10"), "agreement")


def test_person_set_apart_by_chu_is_not_the_actor(resources):
    assert events_of(resources, "除蓬佩奥外，国务院次卿9月21日到10月4日也访问欧洲8国。", published="2020-09-20") == []


def test_place_modifying_the_event_noun(resources):
    summit = one(events_of(resources, "2019年2月底河内第2次川金会谈判破局。"), "summit")
    assert summit.place_name == "河内" and summit.actor_id == "person:donald-trump"


def test_leader_pair_nicknames_name_both_leaders(resources):
    summit = one(events_of(resources, "曾在2015年在新加坡见证“马习会”的陈以信接受采访。", published="2020-06-27"), "summit")
    assert (set(summit.participants), summit.place_id, summit.date_start) == (
        {"person:ma-ying-jeou", "person:xi-jinping"}, "country:SG", "2015")
    summit = one(events_of(resources, "2018年金文会达成的《板门店宣言》也有相关内容。", published="2020-06-27"), "summit")
    assert set(summit.participants) == {"person:kim-jong-un", "person:moon-jae-in"}


def test_no_place_guessed_from_an_affiliation(resources):
    evs = events_of(resources, "2020年9月14日，习近平与欧盟领导人举行视讯会议，中国官媒称中欧峰会取得成果。")
    assert all(e.place_id == "" for e in evs)


def test_a_video_conference_in_hong_kong_usage_is_a_meeting_held_nowhere(resources):
    text = "美國總統拜登和俄羅斯總統普京周二晚（香港時間）舉行視像會議，雙方討論烏克蘭局勢。"
    meeting = one(events_of(resources, text, published="2021-12-08"), "meeting")
    assert (meeting.participants, meeting.place_id, meeting.date_start) == (
        ("person:joe-biden", "person:vladimir-putin"), "", "2021-12-07")


def test_plan_after_the_trigger(resources):
    visit = one(events_of(resources, "自民党要求重新考虑习近平2020年4月访日计划。"), "visit")
    assert visit.status == "planned" and visit.country == "JP"


def test_relative_clause_visitor_is_the_head_noun(resources):
    evs = events_of(resources, "2020年7月10日，日本外务大臣茂木敏充与来日本访问的美国副国务卿比根在东京举行了会谈。")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.country) == ("person:stephen-biegun", "JP")
    assert one(evs, "meeting").place_name == "东京"


def test_a_relative_clause_visitor_may_follow_the_trigger_and_its_de(resources):
    # 在丹麦访问的蓬佩奥: the name after 的 is the head, not the object of 访问 (an interview)
    visit = one(events_of(resources, "周三在丹麦访问的蓬佩奥，在当地举行的记者会上表示，中国必须改变。",
                          published="2020-07-23"), "visit")
    assert (visit.actor_id, visit.country, visit.date_start) == ("person:mike-pompeo", "DK", "2020-07-22")
    # 会见了到访的X, 双方签署了…声明: the pair is the meeting's, not the relative visit's
    evs = events_of(resources, "赵克志于周五（7月10日）会见了到访的美国国务卿蓬佩奥，双方签署了一份共同声明。",
                    published="2020-07-12")
    assert one(evs, "visit").actor_id == "person:mike-pompeo"
    assert set(one(evs, "statement").participants) == {"person:zhao-kezhi", "person:mike-pompeo"}
    # still an interview when the person is the object: 访问了王丹
    assert not [e for e in events_of(resources, "本台记者7月10日在台北访问了王丹。", published="2020-07-12")
                if e.event_type == "visit"]


def test_a_host_the_gazetteer_lacks_places_the_meeting_at_his_office_by_his_title(resources):
    meeting = one(events_of(resources, "2020年5月20日，阿富汗总统加尼（右）在总统宫会晤美国特使哈利扎德。",
                            published="2020-07-05"), "meeting")
    assert (meeting.actor_id, meeting.country, meeting.date_start) == ("name:加尼", "AF", "2020-05-20")


def test_an_undated_trip_named_as_a_time_is_the_documents_planned_trip(resources):
    evs = events_of(resources, "美国国务卿蓬佩奥计划周二（29日）抵达梵蒂冈访问。",
                    "英媒报导说，教宗方济各决定不在蓬佩奥访问梵蒂冈期间与其会面。", published="2020-09-27")
    visits = [e for e in evs if e.event_type == "visit"]
    assert [(v.status, v.date_start) for v in visits] == [("planned", "2020-09-29")]


def test_states_meeting_at_a_rank_or_by_video_are_the_parties(resources):
    # a title followed by 级 is the rank of the talks, not an unknown person who holds them
    for text in ("6月22日，中印军方军长级会晤同意“脱离接触”，将部署部队后撤。", "6月22日，中印军长级会晤同意脱离接触。",
                 "中印两军于6月22日举行了第三轮军长级会谈。"):
        meeting = one(events_of(resources, text, published="2020-07-01"), "meeting")
        assert (set(meeting.participants), meeting.date_start) == ({"country:CN", "country:IN"}, "2020-06-22"), text
    meeting = one(events_of(resources, "6月22日，中美副部长级会谈在北京举行。", published="2020-07-01"), "meeting")
    assert (set(meeting.participants), meeting.place_name) == ({"country:CN", "country:US"}, "北京")
    # the states' senior officials as a group
    meeting = one(events_of(resources, "上周中美高层在夏威夷举行了长达7个小时的会谈。", published="2020-06-25"), "meeting")
    assert (set(meeting.participants), meeting.place_name, meeting.date_start) == (
        {"country:CN", "country:US"}, "夏威夷州", "2020-06-15")
    # how the meeting is held does not count towards the reach between states and trigger
    meeting = one(events_of(resources, "6月22日，中俄印外长通过视频会议方式举行了三边会晤。", published="2020-06-25"), "meeting")
    assert set(meeting.participants) == {"country:CN", "country:RU", "country:IN"}
    # a clause of the few days after the date before dates it as one of its own
    text = "2020年6月中旬中印边境发生冲突。随后几天内，中俄印外长通过视频会议方式举行了三边会晤。"
    meeting = one(events_of(resources, text, published="2020-06-26"), "meeting")
    assert (meeting.participants, meeting.date_start, meeting.date_end) == (
        ("country:CN", "country:IN", "country:RU"), "2020-06-21", "2020-06-26")


def test_states_officials_named_by_a_shared_title_meet(resources):
    # each official is the person the document names with that state and title
    evs = events_of(resources, "加拿大外长商鹏飞表示关注。",
                    "加拿大和中国外长星期二（2020年8月25日）在意大利罗马举行了会晤，改善两国关系。",
                    "中国外长王毅表示不满。", published="2020-08-26")
    meeting = one(evs, "meeting")
    assert set(meeting.participants) == {"person:francois-philippe-champagne", "person:wang-yi"}
    assert (meeting.place_name, meeting.date_start) == ("罗马", "2020-08-25")
    # named nowhere: the states stand for them
    meeting = one(events_of(resources, "中国与印度两国外长周四在莫斯科举行会谈。", published="2020-09-12"), "meeting")
    assert (meeting.actor_id, set(meeting.participants)) == ("country:CN", {"country:CN", "country:IN"})
    # …and three of them counted (中俄印三国外长), held as a video conference
    meeting = one(events_of(resources, "中俄印三国外长6月23日举行视频会议。", published="2020-06-25"), "meeting")
    assert (set(meeting.participants), meeting.date_start) == ({"country:CN", "country:RU", "country:IN"}, "2020-06-23")
    # …with 的 after the count
    meeting = one(events_of(resources, "美国、日本、澳大利亚三国的国防部长本周举行会议。", published="2020-07-09"), "meeting")
    assert set(meeting.participants) == {"country:US", "country:JP", "country:AU"}
    # abbreviations written as one word, an adverb after the title
    meeting = one(events_of(resources, "9月4日，中印外长刚刚在莫斯科举行了会晤。", published="2020-09-10"), "meeting")
    assert (meeting.actor_id, set(meeting.participants), meeting.place_name) == (
        "country:CN", {"country:CN", "country:IN"}, "莫斯科")
    meeting = one(events_of(resources, "中美两国领导人周一在北京会晤。", published="2020-09-06"), "meeting")
    assert (set(meeting.participants), meeting.place_name) == ({"country:CN", "country:US"}, "北京")
    # 欧 beside a state's abbreviation before 领导人: the European Union's leaders
    summit = one(events_of(resources, "（德国之声中文网）欧中领导人周一通过视频举行了“远程峰会”。", published="2020-06-23"), "summit")
    assert (summit.actor_id, set(summit.participants), summit.place_id, summit.date_start) == \
        ("org:eu", {"org:eu", "country:CN"}, "", "2020-06-22")
    # abbreviations that name the summit name its parties wherever the clause begins
    evs = events_of(resources, "在9月14日召开的中欧视频峰会上，双方言辞尖锐。", published="2020-09-16")
    assert [(e.actor_id, set(e.participants), e.date_start) for e in evs if e.event_type == "summit"] == [
        ("country:CN", {"country:CN", "org:eu"}, "2020-09-14")]
    evs = events_of(resources, "他又称，两国对下月12日举行的美朝峰会有进展。", published="2018-05-25")
    assert [(set(e.participants), e.status, e.date_start) for e in evs if e.event_type == "summit"] == [
        ({"country:US", "country:KP"}, "planned", "2018-06-12")]
    # what is said of their talks is no event
    assert not events_of(resources, "美国和英国外长的会谈很成功。", published="2020-09-12")


def test_an_event_at_the_time_of_the_remarks_above_takes_their_day(resources):
    evs = events_of(resources, "据朝中社报道，金与正周五表示，她的哥哥不太可能与美国总统再次会晤。",
                    "在她发表上述言论之际，美国特使比根结束了对韩国的访问。比根在对首尔为期三天的访问中表示，华盛顿愿意讨论。",
                    published="2020-07-10")
    visits = sorted((v.place_name, v.date_start, v.date_end) for v in evs if v.event_type == "visit")
    # the day the trip ended; the three days of the trip count up to it
    assert visits == [("韩国", "2020-07-10", "2020-07-10"), ("首尔", "2020-07-08", "2020-07-10")]
    # a programme's name (《本周》) is no day the remarks were made on
    evs = events_of(resources, "他在周日对美国广播公司《本周》(This Week)节目表示，形势严峻。",
                    "阿扎尔发表上述讲话之际，副总统彭斯正前往得克萨斯州举行竞选集会。", published="2020-06-29")
    assert one(evs, "visit").date_start == "2020-06-28"


def test_two_leaders_with_no_event_before_are_the_articles_two_heads_of_state(resources):
    evs = events_of(resources, "金正恩的妹妹否认了今年与美国总统特朗普再次举行峰会的想法。",
                    "自两年前两位领导人在新加坡首次会晤以来，核谈判几乎没有取得进展。", published="2020-07-10")
    meeting = one(evs, "meeting")
    assert (set(meeting.participants), meeting.place_name, meeting.date_start) == \
        ({"person:kim-jong-un", "person:donald-trump"}, "新加坡", "2018")
    # the mood of a clause the pair's relative clause sits in is not theirs
    evs = events_of(resources, "文在寅与金正恩都曾表态。",
                    "朝鲜警告称，其军队计划重新进入两国领导人在2018年签署协议后解除武装的边境地区。", published="2020-06-25")
    assert one(evs, "agreement").status == "occurred"
    # three leaders named: no pair to choose
    evs = events_of(resources, "特朗普、文在寅和金正恩都曾表态。", "两位领导人在新加坡首次会晤以来，进展甚微。", published="2020-07-10")
    assert not [e for e in evs if e.event_type == "meeting"]


def test_a_clause_told_as_this_time_takes_no_date_the_sentence_opened_with(resources):
    text = "今年前2个月，东盟超过欧盟，成为中国第一大贸易伙伴，这次东盟在峰会后严厉批评中国。"
    assert not [e for e in events_of(resources, text, published="2020-06-29") if e.date_start.startswith("2020-0")
                and e.date_end == "2020-02"]
    # without 这次 the opening date governs
    summit = one(events_of(resources, "今年2月，东盟超过欧盟，东盟在峰会后严厉批评中国。", published="2020-06-29"), "summit")
    assert summit.date_start == "2020-02"


def test_a_letter_noun_opening_the_next_clause_is_the_same_letter(resources):
    evs = events_of(resources, "冯崇义1月28日发表了一封公开信，信件是杨恒均写给支持者的。", published="2019-02-02")
    assert not [e for e in evs if e.event_type == "letter"]
    # a letter of its own in the next clause still counts
    evs = events_of(resources, "蓬佩奥周一发表声明，特朗普周二致函金正恩。", published="2019-02-02")
    assert one(evs, "letter").actor_id == "person:donald-trump"


def test_the_event_talked_about_named_again_in_its_sentence_is_still_talked_about(resources):
    text = "而在谈及习近平对日本进行国事访问时他指出：作为国宾招待习主席访日，是站在更高的层次上做出的判断。"
    assert not [e for e in events_of(resources, text, published="2019-12-20") if e.event_type == "visit"]


def test_a_stop_of_a_trip_told_earlier_lies_in_its_days(resources):
    evs = events_of(resources, "中国外交部长王毅本周结束了疫情期间的首次出访。",
                    "他在访德的最后一站柏林表示，中欧应该加强合作。", published="2020-09-05")
    stop = next(e for e in evs if e.trigger == "最后一站")
    assert (stop.place_name, stop.date_start, stop.date_end) == ("柏林", "2020-08-31", "2020-09-06")
    # a trip dated by its first day does not date its later stops
    evs = events_of(resources, "王毅8月25日开始首次出访。", "王毅访欧第二站是荷兰。", published="2020-09-05")
    assert next(e for e in evs if e.trigger == "第二站").date_start != "2020-08-25"


def test_officials_of_several_states_act_for_their_states(resources):
    meeting = one(events_of(resources, "美国、欧盟、德国和法国的人权官员8月19日曾会见许艳。", published="2020-09-18"), "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("country:US", "2020-08-19")
    assert set(meeting.participants) == {"country:US", "org:eu", "country:DE", "country:FR", "person:xu-yan"}
    meeting = one(events_of(resources, "上周，当美国和俄罗斯的谈判代表在维也纳会晤，商讨续签条约。", published="2020-07-01"), "meeting")
    assert (set(meeting.participants), meeting.place_name) == ({"country:US", "country:RU"}, "维也纳")
    # relations are no officials
    assert not events_of(resources, "上周，中国和印度的关系因会谈而改善。", published="2020-07-01")


def test_a_summons_is_a_meeting(resources):
    meeting = one(events_of(resources, "韩国外交部局长金丁汉14日召见日本驻韩大使馆公使，敦促日本撤回主张。",
                            published="2020-07-15"), "meeting")
    assert (meeting.trigger, meeting.actor_id, meeting.date_start) == ("召见", "name:金丁汉", "2020-07-14")


def test_a_subject_a_pronoun_gave_goes_on_into_a_clause_opening_with_its_counterpart(resources):
    evs = events_of(resources, "陈方安生是香港前政务司司长。2014年4月她与李柱铭访美，与时任副总统拜登丶众议院民主党领袖佩洛西会面。",
                    published="2020-07-10")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.date_start, meeting.country) == ("person:anson-chan", "2014-04", "US")
    assert {"person:joe-biden", "person:nancy-pelosi"} <= set(meeting.participants)


def test_a_delegation_with_no_one_named_travels_for_its_state(resources):
    visit = one(events_of(resources, "南韩艺术团3月31日抵达平壤。", published="2018-04-02"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("country:KR", "place:KP:pyongyang", "2018-03-31")
    # met by someone: no trip of the delegation's read from that
    assert not [e for e in events_of(resources, "习近平8月30日会见了捷克代表团。", published="2020-09-01")
                if e.event_type == "visit"]
    # a person named in the clause travels instead
    visit = one(events_of(resources, "维特齐率领的捷克代表团8月30日抵达台湾。", published="2020-09-01"), "visit")
    assert visit.actor_id == "person:milos-vystrcil"


def test_an_event_and_its_object_as_the_subject_of_shi_and_a_date_is_dated_by_it(resources):
    # (from --missed: 上次访问…是2019年11月)
    visit = one(events_of(resources, "特朗普总统上次访问国家军事医疗中心是2019年11月。", published="2020-07-10"), "visit")
    assert (visit.actor_id, visit.date_start, visit.date_precision) == ("person:donald-trump", "2019-11", "month")
    visit = one(events_of(resources, "特朗普访问日本是2019年5月的事。", published="2020-07-10"), "visit")
    assert (visit.place_id, visit.date_start) == ("country:JP", "2019-05")
    # not a date that goes on (以来: since then)
    visit = one(events_of(resources, "特朗普访问中国是2017年以来第一次。", published="2020-07-10"), "visit")
    assert visit.date_start == ""


def test_an_attendance_is_dated_by_the_day_its_occasion_names(resources):
    # 美国独立日庆祝活动 is on 4 July; the day the photo of it was posted (周日) is not the event's
    text = ("周日，巴西外交部长阿劳若在社交媒体上发布一张照片，显示他和总统博尔索纳罗等人一同出席"
            "美国驻巴西利亚大使馆举行的美国独立日庆祝活动。")
    visit = one(events_of(resources, text, published="2020-07-06"), "visit")
    assert (visit.place_id, visit.date_start) == ("place:BR:brasilia", "2020-07-04")
    visit = one(events_of(resources, "博尔索纳罗出席了美国驻巴西利亚大使馆举行的美国独立日庆祝活动。", published="2020-07-06"), "visit")
    assert visit.date_start == "2020-07-04"
    # (a day the clause gives before the trigger still dates it)
    text = "博尔索纳罗7月3日出席了美国驻巴西利亚大使馆举行的美国独立日庆祝活动。"
    assert one(events_of(resources, text, published="2020-07-06"), "visit").date_start == "2020-07-03"


def test_an_organisation_or_its_team_travels_for_it(resources):
    # an organisation opening the clause, or its team, goes on its mission; the time
    # the trip is said to have been named after it (的时间是) dates it
    visit = one(events_of(resources, "世卫组织上一次赴中国考察的时间是2月份，专家组负责人是加拿大医生。",
                          published="2020-07-10"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start, visit.date_precision) == ("org:who", "country:CN", "2020-02", "month")
    visit = one(events_of(resources, "上周末，世卫组织一支先遣专家小组抵达中国。", published="2020-07-13"), "visit")
    assert (visit.actor_id, visit.place_id) == ("org:who", "country:CN")
    # not one that asks to go or is putting a team together, nor one after another word
    for text in ("联合国人权理事会曾多次要求访问中国。", "世卫组织正在组织一个国际专家小组前往中国。",
                 "中国直到现在，才允许世卫组织前往中国调查。",
                 "联合国援助人员7月10日抵达叙利亚一个被摧毁的住宅区。"):  # (its staff: no mission)
        assert not [e for e in events_of(resources, text, published="2020-07-13") if e.event_type == "visit"], text


def test_a_summit_entering_its_third_day_is_dated_by_that_day(resources):
    summit = one(events_of(resources, "欧盟峰会周日进入第三日，各成员国领导人仍未打破僵局。", published="2020-07-20"), "summit")
    assert (summit.actor_id, summit.date_start, summit.status) == ("org:eu", "2020-07-19", "occurred")


def test_a_summit_that_opens_takes_the_day_and_place_of_its_opening(resources):
    # 揭幕 and 拉开帷幕 say it opened, as 开幕 does (a summit dropped for want of both)
    for text in ("G20峰會周五在德國漢堡揭幕，東道主德國總理默克爾歡迎各國領袖。", "G20峰会周五在德国汉堡拉开帷幕。"):
        summit = one(events_of(resources, text, published="2017-07-08"), "summit")
        assert (summit.actor_id, summit.place_id, summit.date_start) == ("org:g20", "place:DE:hamburg", "2017-07-07"), text


def test_online_events_have_no_place(resources):
    summit = one(events_of(resources, "2020年9月14日，习近平在北京与欧盟领导人举行视讯峰会。"), "summit")
    assert summit.place_id == ""
    # taking part online, the summit's name naming a city
    summit = one(events_of(resources, "2020年6月18日，蓬佩奥和蔡英文都在网上参加了哥本哈根民主峰会。", published="2020-09-20"), "summit")
    assert (summit.place_id, summit.date_start) == ("", "2020-06-18")


def test_dateline_is_not_the_event_date(resources):
    evs = events_of(resources, "【新唐人北京时间2020年10月01日讯】周三（9月30日），美国国务卿蓬佩奥到访意大利。")
    assert one(evs, "visit").date_start == "2020-09-30"


def test_demonstrative_must_be_a_word_of_its_own(resources):
    # 本 in 日本 is not the demonstrative of 本次访问.
    visit = one(events_of(resources, "2020年7月10日，比根到日本访问。"), "visit")
    assert visit.country == "JP"
    assert events_of(resources, "2020年8月6日，本次访问为此项美国政策的一环。") == []


def test_will_and_will_not(resources):
    planned = one(events_of(resources, "法国总统马克龙周一（6月29日）将赴柏林与德国总理默克尔会晤。", published="2020-06-27"), "meeting")
    assert planned.status == "planned" and planned.place_name == "柏林"
    visit = one(events_of(resources, "2020年7月6日，特鲁多本周将不与墨西哥总统一道访问华盛顿。", published="2020-07-06"), "visit")
    assert visit.status == "cancelled"


def test_talking_about_talks_is_not_an_event(resources):
    assert events_of(resources, "2018年5月27日，文在寅讲述会谈结果。") == []


def test_mood_carries_along_the_sentence(resources):
    evs = events_of(resources, "2020年9月25日，美国国务院宣布蓬佩奥将于2020年10月1日访问意大利，并会与意大利外长举行会谈。")
    assert {e.status for e in evs} == {"planned"}
    # 会 that ends a clause is a noun (a meeting), no modal
    visit = one(events_of(resources, "2003年4月，王岐山开完会，赶往北京视察。"), "visit")
    assert (visit.actor_id, visit.status) == ("person:wang-qishan", "occurred")
    visit = one(events_of(resources, "2003年4月，王岐山会赶往北京视察。", published="2003-03-01"), "visit")
    assert visit.status == "planned"


def test_an_attempted_or_supposed_meeting_is_proposed(resources):
    # tried, not done (试图); the subject of what it would bring about (…将有助于…)
    for text in ("特朗普总统7月试图安排与金正恩再次会晤。", "特朗普和金正恩7月再度会晤将有助于恢复陷入停滞的朝核谈判。"):
        assert one(events_of(resources, text, published="2020-07-03"), "meeting").status == "proposed", text
    # (what a past meeting brought about is told of one held)
    meeting = one(events_of(resources, "特朗普和金正恩2018年6月的会晤有助于缓和局势。", published="2020-07-03"), "meeting")
    assert meeting.status == "occurred"


def test_talks_about_after_a_modal_are_no_talks(resources):
    assert not events_of(resources, "蓬佩奥7月几乎在每一场公开活动中都会谈到中国。", published="2020-07-09")
    assert not events_of(resources, "德国总理默克尔7月8日说，我们会谈及法治和人权。", published="2020-07-09")
    one(events_of(resources, "蓬佩奥7月8日与王毅会谈。", published="2020-07-09"), "meeting")


def test_a_meeting_judged_unfit_is_not_held(resources):
    evs = events_of(resources, "罗培兹欧布拉多7月8日告诉记者，与拜登会面「不合适」。", published="2020-07-09")
    assert not [e for e in evs if e.event_type == "meeting" and e.status == "occurred"]


def test_invited_summit_is_proposed(resources):
    evs = events_of(resources, "2018年4月20日，特朗普邀请普京访问美国，并于2018年7月在白宫举行峰会。")
    assert one(evs, "summit").status == "proposed"


def test_questions_and_interviews(resources):
    # a question is no report of a visit (planned, and without its own date: dropped)
    assert all(e.status != "occurred" for e in events_of(resources, "2020年2月28日，习近平访日如期还是延后？"))
    assert events_of(resources, "2020年7月26日，川普接受福斯新闻访问时表示，民调落后。") == []
    # a last clause that asks with a word of its own holds the question; the clauses
    # before it report (and ask nothing)
    text = "7月1日特朗普在板门店会见金正恩，这有什么意义？"
    assert one(events_of(resources, text, published="2020-07-20"), "meeting").status == "occurred"
    text = "7月1日特朗普在板门店会见金正恩吗？"
    assert one(events_of(resources, text, published="2020-07-20"), "meeting").status == "planned"


def test_failed_summit_still_occurred(resources):
    evs = events_of(resources, ("2019年2月：河内", "2019年2月26日到28日，金正恩与特朗普举行第二次峰会。经过两天的会谈，双方无法在取消对朝鲜制裁方面取得共识，峰会不欢而散。"))
    assert {e.status for e in evs} == {"occurred"}


def test_a_ministers_meeting_of_a_summits_process_is_a_meeting(resources):
    # 东亚峰会外长会: the foreign ministers' meeting, not the summit; 东亚 names the forum
    evs = events_of(resources, "王毅9月9日在出席第十届东亚峰会外长会时指责美国。", published="2020-09-10")
    assert [(e.event_type, e.trigger, e.place_id) for e in evs] == [("meeting", "外长会", "")]
    # (the summit itself is still one)
    assert one(events_of(resources, "王毅9月9日出席东亚峰会。", published="2020-09-10"), "summit").trigger == "峰会"


def test_an_invited_person_attending_is_not_an_invitation(resources):
    evs = events_of(resources, "2019年3月，蓬佩奥受邀出席在布鲁塞尔举行的会议。", published="2019-04-01")
    assert [e for e in evs if e.trigger in ("邀", "邀请")] == []


def test_anaphora_opening_a_paragraph_refer_to_the_story_year(resources):
    evs = events_of(resources, "2015年11月，拜登在华盛顿会见波罗申科。",
                    "同年12月，拜登访问乌克兰。", published="2020-06-01")
    visit = one(evs, "visit")
    assert (visit.date_start, visit.date_end, visit.date_precision) == ("2015-12", "2015-12", "month")


def test_a_body_as_subject_is_not_a_person_of_another_clause(resources):
    evs = events_of(resources, "特朗普的新闻发布会结束后不久，中国外交部在周三发表的一份声明中说，美方违反国际法。",
                    published="2020-07-15")
    # not 特朗普 of the clause before: the body's state (中国外交部 → country:CN)
    assert [e.actor_id for e in evs if e.event_type == "statement"] == ["country:CN"]
    # After 在 the body is where the talks were held, not who held them.
    evs = events_of(resources, "6号上午，蓬佩奥与日本外相茂木敏充在日本外务省饭仓公馆举行双边会谈。",
                    published="2020-10-07")
    assert one(evs, "meeting").actor_name == "蓬佩奥"


# ---------------------------------------------------------------------- review of 2026-12-04
def test_event_dated_after_the_publication_is_planned(resources):
    sentence = "2018年6月12日，金正恩与特朗普在新加坡举行峰会。"
    before = one(events_of(resources, sentence, published="2018-05-01"), "summit")
    assert (before.status, before.date_start) == ("planned", "2018-06-12")
    after = one(events_of(resources, sentence, published="2018-06-13"), "summit")
    assert after.status == "occurred"
    # no publication date: nothing to compare with
    assert one(events_of(resources, sentence), "summit").status == "occurred"


def test_region_before_the_event_noun_names_the_forum(resources):
    held = one(events_of(resources, "2019年6月1日，王毅出席在新加坡举行的东亚峰会。"), "summit")
    assert held.place_name == "新加坡"
    # (…and the summit's process whose ministers meet: a meeting, in Bangkok)
    named = one(events_of(resources, "2019年6月1日，王毅在曼谷出席东亚峰会外长会。"), "meeting")
    assert named.place_name == "曼谷"
    # a city before the event noun is where it meets
    assert one(events_of(resources, "2016年9月5日，习近平在杭州G20峰会与朴槿惠会晤。"), "summit").place_name == "杭州"


def test_making_remarks_is_a_statement_not_a_meeting(resources):
    evs = events_of(resources, "2月24日，习近平在北京发表谈话说，中国将继续开放。", published="2020-02-25")
    assert [e.event_type for e in evs] == ["statement"]


def test_unknown_person_as_subject_keeps_a_known_name_from_acting(resources):
    # 张明华 is not in the gazetteers and has no title (a candidate of jieba's name
    # model, which does not act): the visit is his, not Xi's, so there is none
    evs = events_of(resources, "2019年，张明华访问北京，得到习近平的热情接待。")
    assert not [e for e in evs if e.event_type == "visit"]
    assert not any(p.startswith("name:") for e in evs for p in e.participants)
    # after 与 the unknown name is a counterpart; the known subject still acts
    visit = one(events_of(resources, "2019年6月1日，习近平在北京与卡贝略举行会谈。"), "meeting")
    assert visit.actor_name == "习近平"


def test_question_about_a_past_event_is_a_report(resources):
    evs = events_of(resources, "1896年，当年李鸿章为何访问美国？", published="2020-07-01")
    assert one(evs, "visit").status == "occurred"
    evs = events_of(resources, "习近平4月访问日本还会如期举行吗？", published="2020-02-27")
    assert one(evs, "visit").status == "planned"


def test_talk_show_is_no_meeting(resources):
    assert events_of(resources, "2020年7月1日，马斯在电视谈话节目里和黄之锋拉开距离。") == []


@pytest.mark.parametrize("sentence,event_type,status", [
    ("习近平有可能于10月14日在深圳会见林郑月娥。", "meeting", "proposed"),
    ("2019年，阮富仲原定于去年访问华府，但因健康因素延期。", "visit", "cancelled"),
    ("2020年10月5日，蓬佩奥不访韩。", "visit", "cancelled"),
    # "there is no reason" denies no event
    ("2020年9月16日，北京没有原因需要对克拉奇访台感到担忧。", "visit", "occurred"),
])
def test_mood_cues(resources, sentence, event_type, status):
    assert one(events_of(resources, sentence, published="2020-10-20"), event_type).status == status


def test_meeting_the_press_is_no_meeting(resources):
    assert events_of(resources, "2020年6月30日，林郑月娥星期二晚会见传媒，宣布新措施。") == []


def test_country_wins_over_a_macro_region_of_the_same_phrase(resources):
    evs = events_of(resources, "2014年7月，习近平赴巴西出席拉美和加勒比国家领导人会晤。")
    assert one(evs, "meeting").place_name == "巴西"


def test_visiting_an_unknown_person_is_no_visit_to_a_place(resources):
    assert [e for e in events_of(resources, "2012年，林建诚访问李旺阳。") if e.event_type == "visit"] == []


@pytest.mark.parametrize("sentence", [
    "2020年12月2日，许智峯家人目前已安全抵达伦敦。",  # a relative of the named person
    "2020年7月20日，川普在今天播出的访问中说，他没有输。",  # a broadcast interview
])
def test_not_the_named_persons_event(resources, sentence):
    assert [e for e in events_of(resources, sentence, published="2020-12-03") if e.event_type == "visit"] == []


def test_a_visit_being_prepared_is_planned(resources):
    evs = events_of(resources, "2月28日，杨洁篪正在日本访问，为习近平3月访日铺路。", published="2020-02-28")
    visits = {e.actor_name: e.status for e in evs if e.event_type == "visit"}
    assert visits.get("习近平") == "planned"


def test_places_after_de_belong_to_the_head_noun(resources):
    evs = events_of(resources, "2020年9月10日，随着捷克参议院议长维特奇访问台湾的捷克企业将被禁止进入中国市场。")
    assert {e.place_name for e in evs if e.event_type == "visit"} <= {"台湾"}


def test_a_place_in_a_time_phrase_is_not_the_event_place(resources):
    evs = events_of(resources, "“在中共侵犯新疆少数民族人权的时候，美国不会袖手旁观，”蓬佩奥在7月9日的声明中表示。",
                    published="2020-07-10")
    assert one(evs, "statement").place_name == ""


def test_a_talk_needs_a_counterpart(resources):
    assert events_of(resources, "该书收入了习近平在2017年10月18日的报告、讲话、谈话、演讲等92篇。") == []
    talk = one(events_of(resources, "2018年3月26日，金正恩与宋涛在专列内谈话。"), "meeting")
    assert set(talk.participants) == {"person:kim-jong-un", "person:song-tao"}
    # 交谈 likewise; by phone it is the call, told once
    talk = one(events_of(resources, "2016年10月16日，印度总理莫迪和中国国家主席习近平在金砖国家峰会上交谈。"), "meeting")
    assert (set(talk.participants), talk.date_start) == ({"person:narendra-modi", "person:xi-jinping"}, "2016-10-16")
    assert events_of(resources, "2020年8月，研究人员与知情人士交谈后获悉此事。") == []
    evs = events_of(resources, "2019年7月，特朗普与乌克兰总统泽连斯基电话交谈。", "8月25日，王毅与孔特仅用电话简短交谈。",
                    published="2020-09-01")
    assert [e.event_type for e in evs] == ["letter", "letter"]


def test_the_place_of_a_statement_is_the_senders(resources):
    evs = events_of(resources, "刘晓波7月13日在沈阳去世，刘晓波的妻子刘霞7月15日发表声明。", published="2017-07-16")
    assert one(evs, "statement").place_name == ""


def test_a_visit_as_a_topic_is_not_reported(resources):
    sentence = "2020年5月29日，他们要求政府重新考虑习近平作为国宾访日一事。"
    assert [e for e in events_of(resources, sentence) if e.event_type == "visit"] == []


def test_presidents_day_is_not_the_president_recently(resources):
    evs = events_of(resources, "川普总统日前在白宫与内塔尼亚胡签署《亚伯拉罕协议》。", published="2020-09-19")
    # (日前: the days before the publication, not a day 统日)
    assert (one(evs, "agreement").date_start, one(evs, "agreement").date_end) == ("2020-09-10", "2020-09-18")


def test_words_of_a_title_are_no_status_cues(resources):
    evs = events_of(resources, "蓬佩奥6月29日发表《论中国强制计划生育和强制绝育计划》的声明。", published="2020-06-30")
    assert one(evs, "statement").status == "occurred"


def test_a_one_character_cue_inside_another_word_is_none(resources):
    # 拟 of 草拟 (to draft) is no "intend to"; 没想到 (unexpectedly) no wish
    evs = events_of(resources, "负责草拟国安法的全国人大常委会法工委副主任张勇5月20日赴港出席座谈会。", published="2020-05-25")
    assert [(e.status, e.place_id, e.date_start) for e in evs if e.event_type == "visit"] == [
        ("occurred", "country:HK", "2020-05-20")]
    evs = events_of(resources, "没想到蓬佩奥7月3日访问了丹麦。", published="2020-07-25")
    assert [e.status for e in evs if e.event_type == "visit"] == ["occurred"]
    # as a word of its own, or after an adverb in one word (必将, 不想), it is the cue
    evs = events_of(resources, "王毅拟于5月20日访问丹麦。", published="2020-05-10")
    assert [e.status for e in evs if e.event_type == "visit"] == ["planned"]
    evs = events_of(resources, "蓬佩奥7月28日必将访问丹麦。", published="2020-07-25")
    assert [e.status for e in evs if e.event_type == "visit"] == ["planned"]


def test_a_condition_makes_the_event_hypothetical(resources):
    evs = events_of(resources, "消息指出，习近平如果在9月取消访问朝鲜，可能改派王岐山。", published="2018-08-30")
    assert [e.status for e in evs if e.event_type == "visit"] == ["proposed"]


@pytest.mark.parametrize("sentence", [
    # the cause of a consequence that may come, or a condition with 的话: supposed
    "在疫情无法判断的情况下，习近平3月出访日本，可能会引来国内的批判。",
    "蓬佩奥3月1日访问台湾，势必激怒北京。",
    "习近平3月访问日本的话，中日关系将改善。",
])
def test_an_event_that_may_bring_a_consequence_is_supposed(resources, sentence):
    assert [e.status for e in events_of(resources, sentence, published="2020-02-20")] == ["proposed"]
    # (…but a consequence that came, without a modal, reports it)
    assert one(events_of(resources, "蓬佩奥2月1日访问台湾，引发北京强烈反应。", published="2020-02-20"), "visit").status == "occurred"


def test_the_event_as_the_object_of_a_postponement_is_cancelled_not_planned(resources):
    # 将 + the event + 推迟: 将 marks the object, the event is postponed; the day is this year's
    summit = one(events_of(resources, "特朗普5月30日将七国集团峰会推迟到9月。", published="2020-06-02"), "summit")
    assert (summit.status, summit.date_start) == ("cancelled", "2020-05-30")
    visit = one(events_of(resources, "日本政府3月5日将习近平的国事访问推迟。", published="2020-06-02"), "visit")
    assert (visit.status, visit.date_start) == ("cancelled", "2020-03-05")


def test_jiang_before_a_proper_name_marks_an_object_not_a_plan(resources):
    # 将中国的威胁写入…峰会的声明: no "will"; the summit and its statement were held
    text = "这是北约在2019年首次将中国的威胁写入北约峰会的声明中后，更加完整阐述北约眼中的中俄威胁。"
    evs = events_of(resources, text, published="2020-06-08")
    assert sorted((e.event_type, e.status, e.date_start) for e in evs) == [
        ("statement", "occurred", "2019"), ("summit", "occurred", "2019")]
    # …and the subject of 将 acts on its object, not in the event inside it: the delegation
    # visits, for its state
    text = "在邮件中，卡舒吉将中国企业代表团2017年访问白宫说成是一种软外交。"
    assert [e.actor_id for e in events_of(resources, text, published="2020-10-20")] == ["country:CN"]
    # 将 before a common noun that a verb of the construction closes (将外交重心放到…) marks
    # an object too; not before an adverb (将正式访问)
    text = "美国总统川普则将外交重心放到中东地区，并在白宫与以色列总理内塔尼亚胡正式签署历史性的《亚伯拉罕协议》。"
    assert one(events_of(resources, text, published="2020-09-20"), "agreement").status == "occurred"
    visit = one(events_of(resources, "7月1日蓬佩奥将正式访问英国并将其列为重点。", published="2020-06-20"), "visit")
    assert visit.status == "planned"
    # (将 as "will" keeps its subject: 蓬佩奥将于7月访问英国)
    visit = one(events_of(resources, "蓬佩奥将于7月访问英国。", published="2020-06-20"), "visit")
    assert (visit.actor_id, visit.status) == ("person:mike-pompeo", "planned")
    # the event inside the object, its verb after the trigger, a year opening the object (a
    # reading): the leaders' meetings were held
    text = "越南通讯社报道，6月26日视讯峰会将2020年度东盟领导人会议推向高潮。"
    assert one(events_of(resources, text, published="2020-06-30"), "summit").status == "occurred"
    # (a 将 right before the trigger is still "will", whatever jieba's dictionary says of 访英)
    visit = one(events_of(resources, "蓬佩奥7月21日将访英国丹麦谈中国。", published="2020-07-16"), "visit")
    assert visit.status == "planned"


def test_who_receives_a_visitor_does_so_at_home(resources):
    # 接见, 宴请, 会见了来访的…: a dated meeting placed nowhere is held in the receiver's country
    for text, country in (("2007年，德国总理默克尔接见西藏流亡精神领袖达赖喇嘛。", "DE"),
                          ("文在寅今天接见了来访的美国副国务卿比根。", "KR"),
                          ("蔡英文18日晚间在官邸宴请到访的美国副国务卿克拉奇。", "TW")):
        assert one(events_of(resources, text, published="2020-09-20"), "meeting").country == country
    # …not one who travels in the article, nor one who merely meets (会见) unless a head of
    # state or government (a visitor's 会见 names the one received)
    evs = events_of(resources, "2007年，默克尔访问美国。", "2008年，默克尔接见了达赖喇嘛。", published="2020-09-20")
    assert one(evs, "meeting").country == ""
    assert one(events_of(resources, "习近平今天会见美国国务卿蓬佩奥。", published="2020-09-20"), "meeting").country == "CN"
    assert one(events_of(resources, "比根9月8日上午会见韩国外交部长官康京和。", published="2020-09-20"), "meeting").country == ""


def test_a_place_inferred_from_who_receives_yields_to_a_place_told(resources):
    # the inferred country joins the meeting told at Beijing as an unplaced mention would
    evs = events_of(resources, "1月28日，习近平会见世卫组织总干事谭德塞。", "习近平当天在北京会见谭德塞时表示，他亲自指挥。",
                    published="2020-01-30")
    meetings = [e for e in dedupe(evs) if e.mention.event_type == "meeting"]
    assert len(meetings) == 1 and meetings[0].mention.place_name == "北京"
    assert [e.country for e in evs] == ["CN", "CN"]
    # …and so does the country of the host a visitor is received by
    evs = events_of(resources, "泰国总理佩通坦在北京与习近平举行了会晤。", "习近平在会见佩通坦时说，双方要继续合作。",
                    "这是佩通坦出任总理以来首次访华。", published="2025-02-06")
    assert sorted((e.trigger, e.place_name) for e in evs if e.event_type == "meeting") == [("会晤", "北京"), ("会见", "中国")]
    meetings = [e for e in dedupe(evs) if e.mention.event_type == "meeting"]
    assert len(meetings) == 1 and meetings[0].mention.place_name == "北京"
    # …but not to a meeting placed only in a region, coarser than the country inferred
    # (与王毅会面的意大利外长迪马尤 and 在荷兰、挪威等国，王毅会见外长及政要, placed by a trip to Europe)
    from pipeline.events import EventMention, compatible

    def meeting(people, place_id, country, day, provenance):
        return EventMention(doc_id="d", event_type="meeting", status="occurred", trigger="会面", actor_id=people[0],
                            actor_name="", participants=tuple(people), place_id=place_id, place_name="", country=country,
                            latitude=None, longitude=None, date_start=day, date_end=day, date_precision="day" if day else "",
                            evidence="", evidence_start=0, evidence_end=1, confidence=0.5, provenance=provenance)

    di_maio = meeting(["person:luigi-di-maio", "person:wang-yi"], "country:IT", "IT", "2020-08-25", (("place", "host"),))
    summary = meeting(["person:wang-yi"], "place:ZZ:europe", "", "", (("place", "previous-event"),))
    assert not compatible(di_maio, summary, same_document=True)
    assert compatible(di_maio, replace(summary, place_id=""), same_document=True)


def test_a_states_statements_with_no_one_named_merge_across_documents_only_on_the_same_days():
    # (a merge reading: 中国驻加拿大使馆7月4日发表声明 had joined 中国外交部在上周的长篇声明)
    from pipeline.events import EventMention, compatible

    def statement(participants, start, end):
        return EventMention(doc_id="d", event_type="statement", status="occurred", trigger="声明", actor_id=participants[0],
                            actor_name="", participants=tuple(participants), place_id="", place_name="", country="",
                            latitude=None, longitude=None, date_start=start, date_end=end, date_precision="day",
                            evidence="", evidence_start=0, evidence_end=1, confidence=0.5, provenance=())

    embassy = statement(["country:CN"], "2020-07-04", "2020-07-04")
    last_week = statement(["country:CN"], "2020-06-29", "2020-07-05")
    assert not compatible(embassy, last_week, same_document=False)
    assert compatible(embassy, statement(["country:CN"], "2020-07-04", "2020-07-04"), same_document=False)
    # (a named speaker's statement still joins a report of the days around it)
    assert compatible(statement(["person:mike-pompeo"], "2020-07-13", "2020-07-13"),
                      statement(["person:mike-pompeo"], "2020-07-13", "2020-07-19"), same_document=False)

    # …and only from the same organ where both name one (五角大楼 is the 国防部)
    def said_by(text):
        k = text.index("声明")
        return replace(statement(["country:US"], "2020-09-24", "2020-09-24"), evidence=text, trigger_start=k, trigger_end=k + 2)

    assert not compatible(said_by("9月24日，美国国务院发言人在一份声明中表示…"), said_by("9月24日，美国司法部发表声明指…"),
                          same_document=False)
    assert compatible(said_by("美国国防部于周四发表一份声明…"), said_by("美国五角大楼7月2日发表声明…"), same_document=False)
    assert compatible(said_by("美国国防部于周四发表一份声明…"), said_by("美国周四发表声明…"), same_document=False)


def test_a_host_receiving_with_no_guest_named_receives_the_visitor_told_before(resources):
    # 习近平访问英国，伊丽莎白女王亲自接待(了他): the queen, of the country visited, receives Xi
    for text in ("2015年，习近平访问英国，伊丽莎白女王亲自接待。", "2015年，习近平访问英国，伊丽莎白女王亲自接待了他。"):
        meeting = one(events_of(resources, text, published="2020-07-20"), "meeting")
        assert (meeting.actor_id, meeting.participants, meeting.country) == (
            "person:elizabeth-ii", ("person:elizabeth-ii", "person:xi-jinping"), "GB"), text
    # not a host of another country, nor with a guest of its own named
    assert [e for e in events_of(resources, "2015年，习近平访问英国，特朗普亲自接待了他。", published="2020-07-20")
            if e.event_type == "meeting"] == []
    assert [e for e in events_of(resources, "2015年，习近平访问英国，伊丽莎白女王接待了游客。", published="2020-07-20")
            if e.event_type == "meeting"] == []
    # (the host is not whom a pronoun after it refers to: 他 is still the visitor)
    evs = events_of(resources, "1954年尼赫鲁访问北京得到毛泽东热情接待。他跟毛泽东长时间交谈。", published="2020-03-25")
    assert sorted((e.trigger, e.actor_id) for e in evs if e.event_type == "meeting") == [
        ("交谈", "person:jawaharlal-nehru"), ("接待", "person:mao-zedong")]


def test_a_pronoun_in_the_counterparts_place_is_the_visitor_or_the_speaker(resources):
    # the traveller of a visit to the actor's country told before in the sentence
    meeting = one(events_of(resources, "达赖喇嘛1997年首次访问台湾，李登辉总统公开与他见面。", published="2020-07-20"), "meeting")
    assert set(meeting.participants) == {"person:lee-teng-hui", "person:14th-dalai-lama"}
    # the one who opens the sentence and reports it (a reading: Suga's call to Mori)
    text = "当天下午，森喜朗会见蔡英文一行时说，刚刚上任的日本首相菅义伟17日上午直接打电话告诉他，托他务必转达问候。"
    call = one(events_of(resources, text, published="2020-09-19"), "letter")
    assert (call.actor_id, set(call.participants), call.date_start) == (
        "person:yoshihide-suga", {"person:yoshihide-suga", "person:yoshiro-mori"}, "2020-09-17")
    call = one(events_of(resources, "蓬佩奥说，王毅上周给他打电话。", published="2020-09-19"), "letter")
    assert set(call.participants) == {"person:wang-yi", "person:mike-pompeo"}
    # not when the first name does not report it, nor for a plural pronoun
    for text in ("蓬佩奥访问意大利，王毅上周给他打电话。", "蓬佩奥说，王毅上周给他们打电话。"):
        call = one(events_of(resources, text, published="2020-09-19"), "letter")
        assert "person:mike-pompeo" not in call.participants, text


def test_an_alternative_to_the_events_just_told_has_their_actor(resources):
    evs = events_of(resources, "拜登经常说起2009年在莫斯科与普京会晤的情景。或者是2004年在利比亚与卡扎菲的会面。",
                    published="2020-07-10")
    assert [(e.actor_id, e.country, e.date_start) for e in evs] == [
        ("person:joe-biden", "RU", "2009"), ("person:joe-biden", "LY", "2004")]
    # (…not when the alternative names its own subject)
    evs = events_of(resources, "拜登2009年在莫斯科与普京会晤。或者是普京2011年与梅德韦杰夫的会晤。", published="2020-07-10")
    assert [e.actor_id for e in evs] == ["person:joe-biden", "person:vladimir-putin"]


def test_a_date_in_a_title_is_not_the_event_date(resources):
    evs = events_of(resources, "董建华出席《1921》首映礼，8月初又与解振华会面。", published="2021-08-10")
    assert one(evs, "meeting").date_start == "2021-08"


@pytest.mark.parametrize("sentence", [
    "2020年9月1日，蓬佩奥访问台湾期间在台湾附近出现一个美国航母战斗群会威慑北京。",
    "2020年9月1日，蓬佩奥访问台湾是重返美国外交庄严的途径。",
])
def test_destination_is_in_the_object_phrase(resources, sentence):
    assert one(events_of(resources, sentence), "visit").place_name == "台湾"


def test_officials_visiting_are_not_the_named_person(resources):
    evs = events_of(resources, "2020年8月10日，川普批准了美国内阁级官员罕见地访问台湾。")
    assert [e.actor_name for e in evs if e.event_type == "visit"] != ["特朗普"]


@pytest.mark.parametrize("sentence,expected", [
    ("2017年7月13日，访华的加拿大总督正与中国领导人习近平握手言欢。", []),  # the visitor is unnamed
    ("2020年8月20日，蓬佩奥警告所访问国家警惕俄罗斯。", [("visit", "蓬佩奥", "")]),  # no destination
    ("2020年3月24日，特朗普和彭斯参加Fox电视台的访问。", []),  # an interview
])
def test_what_the_visit_is_not(resources, sentence, expected):
    evs = events_of(resources, sentence, published="2020-09-01")
    assert [(e.event_type, e.actor_name, e.place_name) for e in evs if e.event_type == "visit"] == expected


def test_a_contrast_stops_the_mood_of_the_previous_event(resources):
    evs = events_of(resources, "2020年8月25日，孔特拒绝和王毅见面，双方仅用电话简短交谈。", published="2020-09-01")
    assert one(evs, "letter").status == "occurred"


def test_a_summit_named_after_its_parties_has_no_place(resources):
    evs = events_of(resources, "习近平在九月欧盟-中国峰会上将面临困难局面。", published="2020-08-01")
    assert one(evs, "summit").place_name == ""


def test_receiving_a_call_does_not_make_the_recipient_its_actor(resources):
    evs = events_of(resources, "马时亨之后在8月5日收到电话，要求他会见林郑月娥。", published="2018-09-01")
    assert [e.actor_name for e in evs if e.event_type == "letter"] == []


def test_wishes_and_impossibilities(resources):
    # a wish is proposed: without a date of its own it is not kept, and never as occurred
    wish = events_of(resources, "2020年7月5日，达赖喇嘛表达生日心愿是再度访问台湾。", published="2020-07-06")
    assert [e.status for e in wish if e.event_type == "visit"] in ([], ["proposed"])
    never = events_of(resources, "2020年7月5日，达赖喇嘛已经连续12年无法访问台湾。", published="2020-07-06")
    assert [e.status for e in never if e.event_type == "visit"] == ["cancelled"]


def test_meeting_at_an_invitation_takes_place(resources):
    evs = events_of(resources, "2020年8月25日，罗冠聪应邀和意大利参议员会面。", published="2020-08-26")
    assert one(evs, "meeting").status == "occurred"


def test_a_visit_at_an_accepted_invitation_takes_place(resources):
    # 接受…邀请 (not an interview given, 接受…访问) and 受…之邀 make the trip; the host who
    # invited is the invitation's actor, not a traveller
    for text in ("在印度总理莫迪2017年6月接受美国总统特朗普邀请访问美国时，戴国澜担任参事。",
                 "印度总理莫迪2017年6月受美国总统特朗普之邀访问美国。"):
        visit = one(events_of(resources, text, published="2020-07-13"), "visit")
        assert (visit.status, visit.actor_id, visit.participants, visit.place_id, visit.date_start) == (
            "occurred", "person:narendra-modi", ("person:narendra-modi",), "country:US", "2017-06")
    # an invitation still proposes the visit it offers
    text = "美国总统特朗普2017年6月邀请印度总理莫迪访问美国。"
    assert [e.status for e in events_of(resources, text, published="2020-07-13") if e.event_type == "visit"] in ([], ["proposed"])


def test_a_pronoun_refers_back_not_to_a_name_after_it(resources):
    # 她 is someone the gazetteer does not know; the inviter after it is not she
    text = "她受林戴安邀请前往斯德哥尔摩一家酒店与两名商人会晤。"
    assert [e for e in events_of(resources, text, published="2020-07-10") if e.actor_id == "person:anna-lindstedt"
            and e.event_type in ("visit", "meeting")] == []


def test_a_wish_after_the_visit_is_proposed(resources):
    evs = events_of(resources, "2020年7月5日，达赖喇嘛再提访问台湾的愿望。", published="2020-07-06")
    assert [e.status for e in evs if e.event_type == "visit"] in ([], ["proposed"])


def test_the_recipients_state_is_not_the_place_of_a_call(resources):
    evs = events_of(resources, "2020年6月1日，川普在给爱荷华州参议员的电话中透露了此事。", published="2020-06-02")
    assert one(evs, "letter").place_name == ""


def test_yiji_opening_a_clause_joins_a_new_subject(resources):
    evs = events_of(resources, "2010年温家宝访问印度，以及李克强2013年5月访问印度期间，两国都没有提到此事。",
                    published="2020-09-01")
    visits = sorted((e.actor_name, e.date_start) for e in evs if e.event_type == "visit")
    assert visits == [("李克强", "2013-05"), ("温家宝", "2010")]


def test_a_connective_before_a_date_clause_keeps_it_governing(resources):
    evs = events_of(resources, "然而11月4日，习近平在上海会见林郑月娥时却说，中央对她高度信任。", published="2019-11-09")
    meeting = one(evs, "meeting")
    assert (meeting.date_start, meeting.place_name) == ("2019-11-04", "上海")


@pytest.mark.parametrize("sentence", [
    "之后不到一年的时间里，习近平与金正恩4次会面，中朝关系转暖。",
    "此后，习近平与金正恩多次会面。",
    "此后，习近平与金正恩会面了三次。",
])
def test_a_count_of_meetings_takes_no_date_or_place_from_an_earlier_event(resources, sentence):
    evs = events_of(resources, "2018年3月，金正恩访问北京，与习近平会面。" + sentence, published="2020-10-05")
    later = [e for e in evs if e.evidence.startswith(sentence[:4])]
    assert all(e.date_start == "" and e.place_id == "" for e in later), later


def test_a_count_with_as_many_dates_listed_is_one_event_on_each(resources):
    evs = events_of(resources, "达赖喇嘛曾在1997年、2001年及2009年，前总统李登辉、陈水扁、马英九任内三度访台。",
                    published="2020-07-05")
    assert sorted((e.date_start, e.country, ("count", "repeated") in e.provenance) for e in evs if e.event_type == "visit") == [
        ("1997", "TW", False), ("2001", "TW", False), ("2009", "TW", False)]
    # (or a list after 分别, the sentence's earlier dates aside)
    evs = events_of(resources, "2014年4月王丹访美，又分别于2018及2019年到访美国。", published="2020-07-05")
    assert sorted(e.date_start for e in evs if e.event_type == "visit") == ["2014-04", "2018", "2019"]
    # as many subjects as dates after 分别: each subject on its own date, in order
    evs = events_of(resources, "江泽民和胡锦涛分别于1993年和2003年访问美国。", published="2020-07-05")
    assert sorted((e.actor_id, e.date_start) for e in evs if e.event_type == "visit") == [
        ("person:hu-jintao", "2003"), ("person:jiang-zemin", "1993")]
    # …and as many places (but 先后 "in turn": each went to both)
    evs = events_of(resources, "王毅和杨洁篪上周分别访问了日本和韩国。", published="2020-07-05")
    assert sorted((e.actor_id, e.country) for e in evs if e.event_type == "visit") == [
        ("person:wang-yi", "JP"), ("person:yang-jiechi", "KR")]
    evs = events_of(resources, "王毅和杨洁篪分别于6月和7月访问日本和韩国。", published="2020-07-05")
    assert sorted((e.actor_id, e.country, e.date_start) for e in evs if e.event_type == "visit") == [
        ("person:wang-yi", "JP", "2020-06"), ("person:yang-jiechi", "KR", "2020-07")]
    evs = events_of(resources, "王毅和杨洁篪上周先后访问了日本和韩国。", published="2020-07-05")
    assert len([e for e in evs if e.event_type == "visit"]) == 4
    # a count that is not the number of dates sums them up
    evs = events_of(resources, "习近平曾在2013年和2015年三次访问俄罗斯。", published="2020-07-05")
    assert ("count", "repeated") in one(evs, "visit").provenance


def test_a_second_visit_is_one_visit_placed_by_the_meeting_with_its_visitor(resources):
    # 二度 is "a second time", not a count; the visitor a relative clause names came to
    # where the sentence's meeting with him is placed
    evs = events_of(resources, "2001年陈水扁前总统在总统府与二度造访的达赖喇嘛公开见面。", published="2020-07-07")
    visit, meeting = one(evs, "visit"), one(evs, "meeting")
    assert ("count", "repeated") not in visit.provenance
    assert (visit.actor_id, visit.country, visit.date_start) == ("person:14th-dalai-lama", "TW", "2001")
    assert ("place", "sentence-meeting") in visit.provenance and meeting.country == "TW"
    # 两度 is twice
    evs = events_of(resources, "达赖喇嘛曾两度访问台湾。", published="2020-07-07")
    assert ("count", "repeated") in one(evs, "visit").provenance
    # …and 历次 "each time before" sums up several
    evs = events_of(resources, "他说，阿尔特迈尔本人在历次访问中国时也坚持和公民社会代表会面。", published="2020-07-07")
    assert ("count", "repeated") in one(evs, "visit").provenance


def test_a_numbered_meeting_is_one_event(resources):
    evs = events_of(resources, "2019年6月20日，习近平抵达平壤，与金正恩第5次会面。", published="2019-06-21")
    meeting = one(evs, "meeting")
    assert meeting.date_start == "2019-06-20" and meeting.place_name == "平壤"


def test_an_option_is_no_report(resources):
    evs = events_of(resources, "蓬佩奥明年可以成为第一位访问台湾的美国国务卿。", published="2020-10-02")
    assert all(e.status != "occurred" for e in evs)


@pytest.mark.parametrize("sentence", [
    "中共国家主席习近平妻子彭丽媛16日参加北京全球妇女峰会。",
    "特朗普的女儿伊万卡16日抵达东京访问。",
])
def test_whose_relative_someone_is_takes_no_part(resources, sentence):
    evs = events_of(resources, sentence, published="2020-09-17")
    assert evs and all("person:xi-jinping" not in e.participants and "person:donald-trump" not in e.participants
                       for e in evs), [(e.trigger, e.participants) for e in evs]


def test_a_recent_event_before_a_dated_one_does_not_take_its_date(resources):
    evs = events_of(resources, "林郑月娥在国庆酒会致词时借日前访问重庆，赞叹中国的发展。", published="2021-10-02")
    assert all(e.date_start != "2021-10-01" for e in evs)


@pytest.mark.parametrize("sentence, published, days", [
    # 日前: a few days ago, as 几天前 (up to nine days), yesterday included
    ("何君尧日前致函特首林郑月娥，建议押后选举。", "2020-07-20", ("2020-07-11", "2020-07-19")),
    ("世界卫生组织两名医学专家日前已经抵达了北京。", "2020-07-13", ("2020-07-04", "2020-07-12")),
    # 近日: these days, the publication day included
    ("國務院港澳辦主任張曉明近日會見香港律師會訪京團。", "2019-04-12", ("2019-04-03", "2019-04-12")),
    # an unnamed official acting for the state: the days are a date of its own
    ("蒙古总统日前访华在北京与习近平和李克强会面后，一返国他和随行立即被隔离14天。", "2020-03-01",
     ("2020-02-21", "2020-02-29")),
])
def test_a_recent_event_is_in_the_days_before_the_publication(resources, sentence, published, days):
    ev = next(e for e in events_of(resources, sentence, published=published) if e.event_type != "statement")
    assert (ev.date_start, ev.date_end, ev.status) == (*days, "occurred")


def test_the_days_before_the_publication_weigh_less_than_a_day_written(resources):
    def letter(sentence):
        return one(events_of(resources, sentence, published="2020-07-20"), "letter").confidence
    undated, recent, dated = (letter("何君尧曾致函特首林郑月娥。"), letter("何君尧日前致函特首林郑月娥。"),
                              letter("何君尧7月15日致函特首林郑月娥。"))
    assert undated < recent < dated


def test_a_recent_cue_of_a_phrase_before_the_event_does_not_date_it(resources):
    # 日前 dates the remarks (日前发表的谈话), and the talks are what a proposal proposes
    evs = events_of(resources, "他表示，崔善姬日前发表的谈话也就举行朝美首脑会谈这一不合时宜的提议表明了立场。",
                    published="2020-07-08")
    assert all(e.date_start == "" for e in evs)
    evs = events_of(resources, "崔善姬3日就举行朝美首脑会谈这一不合时宜的提议表明了立场。", published="2020-07-08")
    assert [e.status for e in evs if e.event_type == "meeting"] == ["proposed"]


def test_an_event_at_an_age_takes_no_other_events_date(resources):
    evs = events_of(resources, "特首林鄭月娥日前訪問大陸三個西部城市，抒發對中國飛躍發展的讚嘆。"
                    "按今年64歲的林鄭所言推算，她在22歲到訪重慶。", published="2021-10-01")
    chongqing = [e for e in evs if e.place_name == "重庆"]
    assert [(e.date_start, e.actor_id) for e in chongqing] == [("", "person:carrie-lam")]


def test_the_clause_after_a_condition_is_not_a_report(resources):
    evs = events_of(resources, "如果局势恶化，习近平2020年4月访问日本，会带来很大的误解。", published="2020-01-08")
    assert evs and all(e.status == "proposed" for e in evs)


def test_a_plural_word_in_a_gloss_or_after_the_trigger_refers_to_no_earlier_event(resources):
    evs = events_of(resources, "4月16日，菅义伟和拜登在白宫举行会谈。"
                    "此后，5月举行的美韩元首峰会以及6月日澳2+2(双方外交部及国防部长)会谈，都重申台海和平的重要性。",
                    published="2021-06-16")
    assert [(e.trigger, e.date_start) for e in evs if e.actor_id == "person:yoshihide-suga"] == [("会谈", "2021-04-16")]


def test_ruo_is_a_condition_but_ruogan_is_not(resources):
    evs = events_of(resources, "报道称若王毅10月访韩，将是其时隔10个月再次来韩。", published="2020-10-06")
    assert one(evs, "visit").status == "proposed"
    evs = events_of(resources, "王毅10月5日访问韩国，与若干官员会谈。", published="2020-10-06")
    assert one(evs, "visit").status == "occurred"


def test_an_interview_counted_as_a_text_is_no_visit(resources):
    evs = events_of(resources, "上月21日，他分享了王全璋出狱后的一篇访问。", published="2020-07-15")
    assert [e for e in evs if e.event_type == "visit"] == []


def test_yiji_with_a_title_opens_a_new_subject(resources):
    evs = events_of(resources, "但2010年前任总理温家宝访问印度，以及现任总理李克强2013年5月访问印度期间，两国都没有提到。",
                    published="2020-10-10")
    visits = sorted((e.actor_id, e.date_start) for e in evs if e.event_type == "visit")
    assert visits == [("person:li-keqiang", "2013-05"), ("person:wen-jiabao", "2010")]


def test_meeting_the_media_is_no_meeting(resources):
    evs = events_of(resources, "中国外交部新任发言人汪文斌17日与媒体见面。", published="2020-07-17")
    assert [e for e in evs if e.event_type == "meeting"] == []


def test_a_trigger_glued_to_a_complement_is_found(resources):
    evs = events_of(resources, "中国国家主席习近平2019年12月16日会见到北京来述职的林郑月娥。", published="2019-12-19")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("person:xi-jinping", "2019-12-16")
    assert "person:carrie-lam" in meeting.participants


def test_a_title_that_names_a_building_is_no_unknown_subject(resources):
    evs = events_of(resources, "法国总统马克龙周一在总统府会晤150名志愿者后表示，政府准备好了。", published="2020-06-30")
    assert one(evs, "meeting").actor_id == "person:emmanuel-macron"
    # …nor one inside the name of any place the gazetteers know (毛主席纪念堂)
    visit = one(events_of(resources, "2013年12月26日，习近平到毛主席纪念堂参观。", published="2019-10-11"), "visit")
    assert (visit.actor_id, visit.place_id) == ("person:xi-jinping", "place:CN:chairman-mao-memorial-hall")


def test_going_to_a_memorial_to_pay_respects_is_a_visit_also_at_home(resources):
    # 到 + a place (in quotation marks too) + paying respects is a trip there, also in
    # one's own capital (going there to attend something is not: attending at home)
    for text in ("2013年12月26日，习近平到毛主席纪念堂拜谒。", "2013年12月26日，习近平亲到“毛主席纪念堂”拜谒。"):
        visit = one(events_of(resources, text, published="2019-10-11"), "visit")
        assert (visit.actor_id, visit.place_id, visit.date_start) == (
            "person:xi-jinping", "place:CN:chairman-mao-memorial-hall", "2013-12-26"), text
    assert events_of(resources, "2013年12月26日，习近平到人民大会堂出席会议。", published="2019-10-11") == []


def test_a_date_opening_the_sentence_governs_its_clauses(resources):
    evs = events_of(resources, "2009年达赖喇嘛为台湾风灾祈福，时任民进党主席的蔡英文主动会见。", published="2020-07-07")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("person:tsai-ing-wen", "2009")
    # not when the first clause is a time clause: the later event is after that date
    evs = events_of(resources, "2018年3月金正恩访华后，习近平主动会见。", published="2020-07-07")
    assert all(e.date_start != "2018-03" for e in evs if e.event_type == "meeting")


@pytest.mark.parametrize("sentence, dates", [
    # a clause that ends with a date (and 的 and a short noun) before a colon dates what
    # the colon opens
    ("但澳洲不少人并没有忘记上世纪70年代的历史：美国总统尼克松突然访问中国。", ("1970", "1979")),
    ("人们没有忘记1972年：尼克松访问中国。", ("1972", "1972")),
    # …not a date of the speaker's (他在2019年表示：)
    ("他在2019年表示：尼克松访问中国是一件大事。", ("", "")),
])
def test_a_date_before_a_colon_dates_what_it_opens(resources, sentence, dates):
    visit = one(events_of(resources, sentence, published="2020-07-07"), "visit")
    assert (visit.date_start, visit.date_end) == dates


def test_reacting_to_a_statement_is_not_issuing_one(resources):
    evs = events_of(resources, "周二，中国外交部发言人赵立坚谴责美国涉南海声明。", published="2020-07-15")
    assert [e for e in evs if e.event_type == "statement"] == []


def test_yiji_continuing_a_list_of_names_adds_a_counterpart(resources):
    evs = events_of(resources, "9月14日，习近平与德国总理默克尔、欧盟理事会主席米歇尔，以及欧盟委员会主席冯德莱恩举行视频会谈。",
                    published="2020-09-16")
    meeting = one(evs, "meeting")
    assert meeting.actor_id == "person:xi-jinping" and "person:ursula-von-der-leyen" in meeting.participants


def test_an_interview_clip_is_no_visit(resources):
    evs = events_of(resources, "2014年，褚简宁在礼宾府访问梁振英（新闻处上载访问片段）。", published="2020-07-07")
    assert [e for e in evs if e.event_type == "visit"] == []


def test_a_title_after_zuowei_is_the_role_of_the_named_person(resources):
    evs = events_of(resources, "日中关系自2018年10月安倍晋三作为日本首相时隔7年正式访华开始改善。", published="2020-07-07")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.date_start) == ("person:shinzo-abe", "2018-10")


@pytest.mark.parametrize("sentence", [
    "习近平原订于今年4月国事访问日本，但因为新冠疫情爆发而不断延后。",
    "习近平虽然不亲自访朝，但是派遣了自己的下属。",
])
def test_plans_not_kept_and_visits_not_in_person_did_not_occur(resources, sentence):
    evs = events_of(resources, sentence, published="2020-07-03")
    assert evs and all(e.status == "cancelled" for e in evs if e.event_type == "visit")


def test_an_invitation_is_an_event_only_to_one(resources):
    evs = events_of(resources, "2005年获时任特首曾荫权邀请担任行政会议成员。", published="2017-12-02")
    assert [e for e in evs if e.trigger == "邀请"] == []
    evs = events_of(resources, "2018年3月底，金正恩对习近平提出了访朝邀请。", published="2018-09-04")
    assert [e.trigger for e in evs if e.event_type == "statement"] == ["邀请"]


def test_dangnian_points_back_from_the_date_before_it(resources):
    evs = events_of(resources, "这些报道使我们在今天仍能看到当年李鸿章访美时的外交场景。", published="2020-09-10")
    assert all(e.date_start != "2020-09-10" for e in evs)


def test_a_press_conference_and_unnamed_officials_make_no_event(resources):
    evs = events_of(resources, "官房长官菅义伟在30日的记者会见中指出，这是令人遗憾的。", published="2020-06-30")
    assert [e for e in evs if e.event_type == "meeting"] == []
    evs = events_of(resources, "2016年1月，负责谢阳案的两名检察官来到酒店讯问当事人。", published="2020-07-02")
    assert [e for e in evs if e.actor_id == "person:xie-yang"] == []


def test_an_itinerary_being_arranged_is_no_report_but_an_ended_one_is(resources):
    evs = events_of(resources, "两国决定通过外交渠道协调习近平的访日行程。", published="2020-09-23")
    assert all(e.status != "occurred" for e in evs)
    evs = events_of(resources, "习近平2019年6月28日结束访日行程。", published="2020-09-23")
    assert one(evs, "visit").status == "occurred"


def test_talks_after_a_summit_phrase_take_nothing_from_it(resources):
    """会后 inside 峰会后 is no anaphora, and names inside 在…后 are not the subject."""
    evs = events_of(resources, "在特朗普与金正恩今年6月在新加坡举行了历史性的峰会后，美朝会谈并未取得实质性的进展。",
                    published="2018-09-12")
    assert [e.trigger for e in evs] == ["峰会"]
    # a subject before 后 without 在 does go on
    evs = events_of(resources, "2018年6月10日，金正恩抵达新加坡后，会晤美国总统特朗普。", published="2018-09-12")
    assert one(evs, "meeting").actor_id == "person:kim-jong-un"


def test_an_invitation_told_as_answered_is_no_event_of_its_own(resources):
    # 应…邀请, 受…邀请, 接受…邀请: the visit made at it is the event; when the invitation was
    # made the sentence does not say (the visit's day is not its day), whoever made it
    for text in ("捷克参议院议长维特齐1日应立法院某负责人邀请，率访问团参访立法院。",
                 "捷克参议院议长维特齐1日应立法院长游锡坤邀请，率访问团参访立法院。",
                 "1945年8月28日，毛泽东应蒋介石邀请，前往重庆谈判。",
                 "在印度总理莫迪2017年6月接受美国总统特朗普邀请访问美国时，戴国澜担任参事。"):
        assert [e for e in events_of(resources, text, published="2020-09-06") if e.trigger == "邀请"] == [], text
    # an invitation made is one (邀请 with no answer before it)
    evs = events_of(resources, "1945年8月14日，蒋介石致电毛泽东，邀请他赴重庆谈判。", published="2020-09-06")
    assert [e.actor_id for e in evs if e.trigger == "邀请"] == ["person:chiang-kai-shek"]


@pytest.mark.parametrize("sentence", [
    "蓬佩奥当天未发声明。",
    "习近平要求特朗普不要让蔡英文访美。",
])
def test_negated_light_verbs_and_demands_not_to(resources, sentence):
    evs = events_of(resources, "2019年6月28日，" + sentence, published="2020-07-10")
    assert evs and all(e.status == "cancelled" for e in evs)


def test_liru_before_a_date_keeps_it_governing(resources):
    evs = events_of(resources, "例如1966年，金日成访华，要求中共在平壤也建一条地铁。", published="2018-05-24")
    assert one(evs, "visit").date_start == "1966"


def test_a_postponed_visit_does_not_take_the_date_it_was_talked_about(resources):
    evs = events_of(resources, "2月28日晚，安倍晋三表示，必须精心准备，似乎在暗示考虑延后习近平访日时间。",
                    published="2020-03-01")
    visit = one(evs, "visit")
    assert visit.status == "cancelled" and visit.date_start == ""


def test_an_anniversary_date_is_not_the_event_date(resources):
    evs = events_of(resources, "明年是亨利·基辛格秘密出访中国的五十周年。", published="2020-07-28")
    assert all(e.date_start == "" and e.status == "occurred" for e in evs if e.event_type == "visit")
    evs = events_of(resources, "明年是基辛格1971年秘密访华五十周年。", published="2020-07-23")
    assert one(evs, "visit").date_start == "1971"
    # a date outside the anniversary's phrase is the anniversary's (抵台一周年之际)
    evs = events_of(resources, "4月25日，林荣基在抵台一周年之际重开铜锣湾书店。", published="2020-05-01")
    assert [e.date_start for e in evs if e.event_type == "visit"] in ([], [""])


def test_meeting_the_local_press_is_no_meeting(resources):
    evs = events_of(resources, "2019年8月，周庭、黄之锋获保释后与香港媒体见面。", published="2020-07-06")
    assert [e for e in evs if e.event_type == "meeting"] == []


def test_a_pronoun_opening_a_paragraph_refers_to_the_subject_of_the_paragraph_before(resources):
    evs = events_of(resources, "中国国家主席习近平11月14日在巴西出席金砖五国峰会时，就香港局势发表讲话。",
                    "这番话，比他11月4日在上海会见香港特首林郑月娥时所讲更为严重。", published="2019-11-18")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.participants, meeting.place_name, meeting.date_start) == (
        "person:xi-jinping", ("person:carrie-lam", "person:xi-jinping"), "上海", "2019-11-04")
    # not past a name in its own paragraph the gazetteer does not know, and 其他 is no 他
    evs = events_of(resources, "中国国家主席习近平11月14日在巴西出席金砖五国峰会时，就香港局势发表讲话。",
                    "联合创办人杨占青表示，他周一会见了白宫官员。",
                    "其他在讨论的措施还包括限制国企高管赴美访问。", published="2019-11-18")
    # (only the summit and Xi's visit to Brazil it was held in: 在巴西出席)
    assert [(e.event_type, e.country) for e in evs if e.event_type != "summit"] == [("visit", "BR")]


def test_a_trigger_jieba_joins_to_zhong_is_found(resources):
    # jieba reads 在会谈中 as one word: the talks still took place
    evs = events_of(resources, "8月26日，蓬佩奥和王毅在会谈中表达对香港问题的关切。", published="2020-08-28")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("person:mike-pompeo", "2020-08-26")


def test_a_private_persons_trip_is_flagged(resources):
    # the role in gazetteers/persons.csv: a correspondent, a designer travel; an official visits
    trip = one(events_of(resources, "2020年1月，储百亮前往疫情中心武汉进行实地报道。", published="2020-07-01"), "visit")
    visit = one(events_of(resources, "2020年1月，蓬佩奥前往武汉。", published="2020-07-01"), "visit")
    assert dict(trip.provenance)["trip"] == "private" and "trip" not in dict(visit.provenance)
    assert trip.confidence <= visit.confidence / 2 + 0.01
    assert dict(one(events_of(resources, "1965年，高田贤三来到巴黎。", published="2020-10-05"), "visit").provenance)["trip"] == "private"
    # …also a visit (访问) or a stay abroad of a private person, and a name after a private title
    assert dict(one(events_of(resources, "余英时1978年短暂访问大陆。", published="2020-07-01"), "visit").provenance)["trip"] == "private"
    text = "新英格兰医学杂志集团总编辑杰弗里·德拉岑博士（Dr. Jeffrey Drazen）特意为此访问中国。"
    assert dict(one(events_of(resources, text, published="2020-07-01"), "visit").provenance)["trip"] == "private"
    # …not a reformer's trip, nor a state's leader's (Founder and leader of North Korea)
    assert "trip" not in dict(one(events_of(resources, "1899年7月2日，梁启超前往日本。", published="2020-07-01"), "visit").provenance)
    assert "trip" not in dict(one(events_of(resources, "1966年，金日成访华。", published="2020-07-01"), "visit").provenance)


def test_meeting_ones_own_staff_is_no_meeting(resources):
    evs = events_of(resources, "7月2日，布兰斯塔德与驻华使领馆员工召开了视频会议。", published="2020-07-06")
    assert [e for e in evs if e.event_type == "meeting"] == []
    evs = events_of(resources, "7月2日，布兰斯塔德与中国外交部副部长召开了视频会议。", published="2020-07-06")
    assert one(evs, "meeting").actor_id == "person:terry-branstad"


def test_a_lawyers_visit_to_a_detainee_is_no_meeting(resources):
    for text in ("昨日上午，四川律师卢思位和北京律师张磊到看守所会见了王藏。",
                 "9月13日，余文生与代理律师会面时，右手的伤势明显恶化。"):
        assert [e for e in events_of(resources, text, published="2020-09-18") if e.event_type == "meeting"] == []
    # a meeting between officials stays one
    evs = events_of(resources, "9月13日，蓬佩奥在华盛顿会见了王毅。", published="2020-09-18")
    assert one(evs, "meeting").actor_id == "person:mike-pompeo"


def test_future_modals_as_words_and_welcomes(resources):
    evs = events_of(resources, "他表示，特朗普和金正恩11月会在美国再次会晤。", published="2020-07-04")
    assert one(evs, "meeting").status == "planned"
    evs = events_of(resources, "蓬佩奥原本还会包括访问蒙古和韩国。", published="2020-10-05")
    assert all(e.status == "cancelled" for e in evs if e.event_type == "visit")
    evs = events_of(resources, "台湾外交部6日表示欢迎达赖喇嘛再访问台湾。", published="2020-07-06")
    assert all(e.status == "proposed" for e in evs if e.event_type == "visit")
    # 会 inside 峰会 or 委员会 is no modal
    evs = events_of(resources, "2019年2月27日，金正恩在河内峰会前会见特朗普。", published="2020-07-04")
    assert one(evs, "meeting").status == "occurred"


def test_the_person_an_invitation_is_addressed_to_is_not_its_sender(resources):
    evs = events_of(resources, "2018年3月底，金正恩首次访华时对习近平提出了访朝邀请。", published="2018-09-04")
    invitation = one(evs, "statement")
    assert invitation.actor_id == "person:kim-jong-un" and "person:xi-jinping" in invitation.participants
    assert all(e.status == "proposed" for e in evs if e.trigger == "访朝")
    evs = events_of(resources, "蔡英文7日针对达赖喇嘛提出访问台湾的心愿表示，外交部已表达立场。", published="2020-07-07")
    assert all(e.actor_id != "person:tsai-ing-wen" for e in evs if e.event_type == "visit")


def test_a_companion_goes_along_and_the_subject_acts(resources):
    evs = events_of(resources, "2015年，中国国家主席习近平携夫人彭丽媛访问英国。", published="2020-06-26")
    visit = one(evs, "visit")
    assert visit.actor_id == "person:xi-jinping" and "person:peng-liyuan" in visit.participants


def test_who_arranges_a_meeting_is_not_its_actor(resources):
    evs = events_of(resources, "2019年1月，林戴安从北京回国，安排桂安吉与两名北京商人会面。", published="2020-07-10")
    assert [e for e in evs if e.event_type == "meeting"] == []


def test_a_name_inside_a_time_phrase_acts_only_inside_it(resources):
    evs = events_of(resources, "中国国家主席习近平紧接着香港特首林郑月娥赴京述职行程之后，12月18日起一连三天访问澳门。",
                    published="2019-12-19")
    assert one(evs, "visit").actor_id == "person:xi-jinping"
    evs = events_of(resources, "紧随美国国务卿蓬佩奥8月访问欧洲之后，王毅8月25日起访问意大利。", published="2020-09-02")
    assert sorted(e.actor_id for e in evs if e.event_type == "visit") == ["person:mike-pompeo", "person:wang-yi"]


def test_a_name_right_after_zai_in_a_time_phrase_is_not_the_subject(resources):
    # 他 is the subject; 习近平 only dates the visit (在…后三天)
    evs = events_of(resources, "福建省党委书记于伟国接到来电，他在习近平发表评论后三天访问了当地报社。", published="2019-04-22")
    assert all(e.actor_id != "person:xi-jinping" for e in evs if e.event_type == "visit")
    evs = events_of(resources, "习近平在特朗普访华期间会见了蔡英文。", published="2019-04-22")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.participants) == ("person:xi-jinping", ("person:tsai-ing-wen", "person:xi-jinping"))
    # inside the phrase the name still makes its own visit
    assert one(evs, "visit").actor_id == "person:donald-trump"


def test_the_date_of_a_topic_subjects_clause_goes_on_with_it(resources):
    evs = events_of(resources, "综合媒体报导，王毅于8月25日至9月1日，访问意大利、荷兰和德国等欧洲3国。", published="2020-08-28")
    # (a visit to each country of the list, all with the trip's days)
    assert {(e.actor_id, e.country, e.date_start, e.date_end) for e in evs if e.event_type == "visit"} == {
        ("person:wang-yi", cc, "2020-08-25", "2020-09-01") for cc in ("IT", "NL", "DE")}
    # a clause that is only a date between them dates what follows it
    text = "现年51岁的孙力军是2020年第二个落马的中共副省部级官员，2月份，他还曾作为中央指导组成员，赴武汉指导防疫工作。"
    assert one(events_of(resources, text, published="2020-04-21"), "visit").date_start == "2020-02"
    # a word that puts what follows later (其后, 此后, 后来) ends it
    text = "王毅最后一次公开露面是7月5日在北京出席论坛，其后曾在罗马与迪马约会面。"
    assert [e.date_start for e in events_of(resources, text, published="2020-08-28") if e.event_type == "meeting"] in ([], [""])
    text = "王毅最后一次公开露面是7月5日在北京出席论坛，并在北京与迪马约会面。"
    assert [e.date_start for e in events_of(resources, text, published="2020-08-28") if e.event_type == "meeting"] == ["2020-07-05"]


def test_interviews_are_no_calls_or_visits(resources):
    evs = events_of(resources, "2020年7月5日，胡杰在南京家中接受电话采访时说，这是他的责任。", published="2020-07-06")
    assert [e for e in evs if e.event_type == "letter"] == []
    evs = events_of(resources, "司徒华在1985年根据他在回忆录及后来多个访问所述，表明了立场。", published="2021-08-01")
    assert [e for e in evs if e.event_type == "visit"] == []


def test_an_envoy_acts_not_the_leader_they_represent(resources):
    evs = events_of(resources, "9月4日消息，栗战书将作为习近平总书记、国家主席的特别代表率团于9月8日访问朝鲜。",
                    published="2018-09-04")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.status, visit.date_start) == ("person:li-zhanshu", "planned", "2018-09-08")
    # the role named right after the leader's name, without 的
    visit = one(events_of(resources, "王毅作为习近平特使访问日本，会见安倍晋三。", published="2020-07-10"), "visit")
    assert visit.actor_id == "person:wang-yi"


def test_the_person_the_subject_acts_for_does_not_carry_on_as_subject(resources):
    text = ("瑞典前驻华大使林戴安（Anna Lindstedt）被指在2019年1月为书商桂民海之女安吉拉·桂（Angela Gui）牵线，"
            "前往斯德哥尔摩与两名中国商人会面。")
    evs = events_of(resources, text, published="2020-07-10")
    for e in (one(evs, "visit"), one(evs, "meeting")):
        assert (e.actor_id, e.place_name, e.date_start) == ("person:anna-lindstedt", "斯德哥尔摩", "2019-01")
    # (图为 is no 为 of whom one acts for)
    meeting = one(events_of(resources, "图为金正恩第二次访问中国，在大连会晤习近平。", published="2020-07-10"), "meeting")
    assert meeting.actor_id == "person:kim-jong-un"


def test_ji_opening_a_clause_joins_a_new_subject(resources):
    evs = events_of(resources, "2018年5月上旬，中共总理李克强访问日本，及日本首相安倍晋三访华，双方打破了冷漠态度。",
                    published="2019-12-14")
    assert sorted((e.trigger, e.actor_id) for e in evs if e.event_type == "visit") == [
        ("访华", "person:shinzo-abe"), ("访问", "person:li-keqiang")]


def test_a_phone_briefing_is_no_call(resources):
    evs = events_of(resources, "蓬佩奥9日在华盛顿一场与外籍记者的电话简报上说，中国破坏了承诺。", published="2020-07-10")
    assert [e for e in evs if e.event_type == "letter"] == []


def test_whose_entourage_someone_belongs_to_takes_no_part(resources):
    evs = events_of(resources, "中共9月3日派出习近平身边的高级官员栗战书到朝鲜访问。", published="2018-09-05")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.participants) == ("person:li-zhanshu", ("person:li-zhanshu",))


@pytest.mark.parametrize("text, actor", [
    ("2018年3月，习近平智囊刘鹤访美，与美国财长姆努钦会晤。", "person:liu-he"),
    ("2019年5月，特朗普国家安全顾问博尔顿访问日本。", "person:john-bolton"),
    ("2021年5月，拜登政府国务卿布林肯访问日本。", "person:antony-blinken"),
    ("2019年5月，文在寅特使郑义溶访问朝鲜，会见金正恩。", "person:chung-eui-yong"),
])
def test_the_person_a_role_serves_takes_no_part(resources, text, actor):
    # with no 的 between them: 智囊, 顾问, 特使, 政府 + a title say whom the next name serves
    evs = events_of(resources, text, published="2021-12-31")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.participants) == (actor, (actor,))
    for e in evs:
        assert not {"person:xi-jinping", "person:donald-trump", "person:joe-biden", "person:moon-jae-in"} & set(e.participants)

def test_the_person_a_role_serves_takes_no_part_before_a_name_the_gazetteers_lack(resources):
    # 特朗普经济顾问考恩: 考恩 is no known name and no candidate, but a name's characters
    # follow the role; unnamed after the role (特朗普顾问会晤…) the person stays
    meeting = one(events_of(resources, "2018年3月，刘鹤在华盛顿与特朗普经济顾问考恩会晤。", published="2018-03-10"), "meeting")
    assert meeting.participants == ("person:liu-he",)
    meeting = one(events_of(resources, "2018年3月，刘鹤在华盛顿与特朗普会晤。", published="2018-03-10"), "meeting")
    assert set(meeting.participants) == {"person:liu-he", "person:donald-trump"}


def test_a_visit_noun_followed_by_another_predicate_is_a_visit(resources):
    # 对中国进行正式访问并与邓小平会晤: the name after 并与 is no object of 访问 (an
    # interview) and no traveller; it is met in the second predicate
    evs = events_of(resources, "1988年12月19日至23日，印度总理拉吉夫·甘地对中国进行正式访问并与邓小平会晤。",
                    published="2020-06-27")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.participants, visit.country) == (
        "person:rajiv-gandhi", ("person:rajiv-gandhi",), "CN")
    assert (visit.date_start, visit.date_end) == ("1988-12-19", "1988-12-23")
    meeting = one(evs, "meeting")
    assert (meeting.participants, meeting.country) == (("person:deng-xiaoping", "person:rajiv-gandhi"), "CN")
    # …also after a short object the gazetteers do not know
    evs = events_of(resources, "1988年12月，拉吉夫·甘地访问大陆跟邓小平见面。", published="2020-06-27")
    assert one(evs, "visit").participants == ("person:rajiv-gandhi",)


def test_names_joined_across_a_title_share_their_role(resources):
    # 丶 typed for 、; a title of nine characters between the joiner and the name
    evs = events_of(resources, "2014年4月她访美，与时任副总统拜登丶众议院民主党领袖佩洛西会面。", published="2020-06-29")
    assert [e for e in evs if e.event_type == "meeting" and e.actor_id == "person:nancy-pelosi"] == []
    evs = events_of(resources, "俄罗斯外长拉夫罗夫和当时的美国国务卿蒂勒森今年3月分别访问了非洲多个国家。",
                    published="2018-09-05")
    # both are subjects; 分别 gives each their own visit
    visits = sorted((e.actor_id, e.participants) for e in evs if e.event_type == "visit")
    assert visits == [("person:rex-tillerson", ("person:rex-tillerson",)),
                      ("person:sergey-lavrov", ("person:sergey-lavrov",))]


def test_subjects_acting_separately_have_an_event_each(resources):
    evs = events_of(resources, "习近平和李克强分别在北京人民大会堂接见了蓬佩奥一行。", published="2019-12-07")
    meetings = sorted((e.actor_id, e.participants, e.place_id) for e in evs if e.event_type == "meeting")
    hall = meetings[0][2]
    assert hall and meetings == [
        ("person:li-keqiang", ("person:li-keqiang", "person:mike-pompeo"), hall),
        ("person:xi-jinping", ("person:mike-pompeo", "person:xi-jinping"), hall),
    ]
    # 分别 before the counterparts: one subject meets each of them
    evs = events_of(resources, "蓬佩奥周二分别与英国首相约翰逊和外相拉布会晤。", published="2020-07-22")
    assert sorted(e.participants for e in evs if e.event_type == "meeting") == [
        ("person:boris-johnson", "person:mike-pompeo"), ("person:dominic-raab", "person:mike-pompeo")]
    # 相继 (one after another) opening the trigger's clause after the subjects' clause: each went
    evs = events_of(resources, "去年4月，外交部长王毅、财政部长刘昆和商务部长钟山等人，相继抵达日本。", published="2019-07-01")
    assert sorted(e.participants for e in evs if e.event_type == "visit") == [
        ("name:刘昆",), ("name:钟山",), ("person:wang-yi",)]
    # 均 before a visit or a meeting: each went
    evs = events_of(resources, "林郑月娥及曾俊华今日均有访问北京。", published="2017-01-24")
    assert sorted(e.participants for e in evs if e.event_type == "visit") == [("person:carrie-lam",), ("person:john-tsang",)]
    # without 分别 two subjects act together
    evs = events_of(resources, "习近平和李克强在北京人民大会堂接见了蓬佩奥一行。", published="2019-12-07")
    assert [e.participants for e in evs if e.event_type == "meeting"] == [
        ("person:li-keqiang", "person:mike-pompeo", "person:xi-jinping")]


def test_an_invitation_to_join_is_no_event(resources):
    evs = events_of(resources, "比根8月底提出，准备10月在新德里会谈，邀请韩国、越南和新西兰加入。", published="2020-09-30")
    assert [e for e in evs if e.trigger == "邀请"] == []
    evs = events_of(resources, "2019年6月29日，特朗普邀请金正恩在板门店会面。", published="2019-06-30")
    assert [e for e in evs if e.trigger == "邀请"] != []


def test_a_speaker_announcing_their_own_act_is_its_actor(resources):
    evs = events_of(resources, "特朗普7日表示愿与金正恩再次会面。", published="2020-07-08")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.status) == ("person:donald-trump", "proposed")
    # a noun phrase after the verb is no act of the speaker's
    evs = events_of(resources, "赵立坚周二说，美国的声明将破坏该地区的和平稳定。", published="2020-07-15")
    assert [e for e in evs if e.event_type == "statement" and e.actor_id == "person:zhao-lijian"] == []
    # …also after a comma that opens the predicate (the speaker drops the subject they share)
    visit = one(events_of(resources, "维特齐6月9日宣布，预定今年8、9月访问台湾。", published="2020-06-10"), "visit")
    assert (visit.actor_id, visit.status, visit.country) == ("person:milos-vystrcil", "planned", "TW")
    # …but a spokesperson announces someone else's act
    assert [e.actor_id for e in events_of(resources, "赵立坚6月9日表示，将于8月访问台湾。", published="2020-06-10")
            if e.event_type == "visit"] == []


def test_who_tells_of_an_event_takes_no_part_in_it(resources):
    evs = events_of(resources, "本月早些时候，文在寅曾表示他乐见特朗普总统和金正恩在11月的大选前再次会面。", published="2020-07-08")
    assert "person:moon-jae-in" not in one(evs, "meeting").participants
    evs = events_of(resources, "3月28日，习近平告知特朗普金正恩访华。", published="2018-03-29")
    assert one(evs, "visit").participants == ("person:kim-jong-un",)
    # so does the one who worries about it, stresses or doubts it
    for verb in ("担心", "强调", "质疑"):
        evs = events_of(resources, f"另外，日本首相安倍晋三也{verb}习近平访问韩国是否会发出错误的信息。", published="2020-03-01")
        assert one(evs, "visit").participants == ("person:xi-jinping",), verb


def test_a_list_of_destinations_is_a_visit_to_each(resources):
    evs = events_of(resources, "蓬佩奥在记者会上宣布将于下周访问英国和丹麦。", published="2020-07-15")
    assert {(e.country, e.status, e.actor_id) for e in evs if e.event_type == "visit"} == {
        ("GB", "planned", "person:mike-pompeo"), ("DK", "planned", "person:mike-pompeo")}
    # a single day is the trip's first: the later stops are not dated by it…
    evs = events_of(resources, "王毅自8月25日起依序访问意大利、荷兰、挪威。", published="2020-08-27")
    assert {(e.country, e.date_start) for e in evs if e.event_type == "visit"} == {("IT", "2020-08-25"), ("NL", ""), ("NO", "")}
    # …but an article written more days after it than the trip has stops holds them
    # between that day and its publication (not one written long after)
    evs = events_of(resources, "王毅自8月25日起依序访问意大利、荷兰、挪威。", published="2020-09-02")
    assert {(e.country, e.date_start, e.date_end) for e in evs if e.event_type == "visit"} == {
        ("IT", "2020-08-25", "2020-08-25"), ("NL", "2020-08-25", "2020-09-02"), ("NO", "2020-08-25", "2020-09-02")}
    evs = events_of(resources, "王毅自8月25日起依序访问意大利、荷兰、挪威。", published="2020-10-02")
    assert {(e.country, e.date_start) for e in evs if e.event_type == "visit"} == {("IT", "2020-08-25"), ("NL", ""), ("NO", "")}
    # a trip told as done (访问了) has made all its stops by the publication, however soon
    evs = events_of(resources, "王毅自8月25日起访问了意大利、荷兰、挪威。", published="2020-08-27")
    assert {(e.country, e.date_start, e.date_end) for e in evs if e.event_type == "visit"} == {
        ("IT", "2020-08-25", "2020-08-25"), ("NL", "2020-08-25", "2020-08-27"), ("NO", "2020-08-25", "2020-08-27")}
    # (a day the text puts the traveller at a stop, inside those days, is the stop's)
    evs = events_of(resources, "王毅自8月25日起依序访问意大利、荷兰、挪威。28日，王毅在挪威时再度警告。", published="2020-09-02")
    assert {(e.country, e.date_start, e.date_end) for e in evs if e.event_type == "visit"} == {
        ("IT", "2020-08-25", "2020-08-25"), ("NL", "2020-08-25", "2020-09-02"), ("NO", "2020-08-28", "2020-08-28")}
    # …in a relative clause too (访问新加坡和马来西亚的…李克强)
    evs = events_of(resources, "正在访问新加坡和马来西亚的中国国务院总理李克强周二表示。", published="2020-07-08")
    assert {e.country for e in evs if e.event_type == "visit"} == {"SG", "MY"}
    # a region's countries listed after a colon are the stops
    evs = events_of(resources, "王毅8月25日首次出访选择了欧洲五国：意大利、荷兰和德国。", published="2020-08-30")
    assert {e.country for e in evs if e.event_type == "visit"} == {"IT", "NL", "DE"}
    # …or after 包括 opening the next clause, with the trip's days; not a list that goes on
    # with other words
    evs = events_of(resources, "9月27日至10月2日，蓬佩奥访问了欧洲四国，包括希腊、意大利、梵蒂冈和克罗地亚，呼吁它们对抗中共。",
                    published="2020-10-05")
    assert {(e.country, e.date_start, e.date_end) for e in evs if e.event_type == "visit"} == {
        (c, "2020-09-27", "2020-10-02") for c in ("GR", "IT", "VA", "HR")}
    evs = events_of(resources, "9月27日，蓬佩奥访问了欧洲，包括希腊的投资项目。", published="2020-10-05")
    assert {e.place_id for e in evs if e.event_type == "visit"} == {"place:ZZ:europe"}
    # a stop told again with its own days inside the trip is that stop (one event)
    evs = events_of(resources, "王毅于8月25日至9月1日访问意大利、荷兰和挪威。王毅27日到访挪威。", published="2020-08-30")
    assert sorted((e.mention.country, e.mention.date_start, e.mention.date_end) for e in dedupe(evs)) == [
        ("IT", "2020-08-25", "2020-09-01"), ("NL", "2020-08-25", "2020-09-01"), ("NO", "2020-08-27", "2020-08-27")]


def test_the_place_a_visit_is_said_to_have_been_is_its_destination(resources):
    # 访问的国家便是…: the subject travels, and a title inside 以…身份 is the subject's role
    visit = one(events_of(resources, "2014年莫迪以总理身份第一个访问的国家便是不丹。", published="2020-07-03"), "visit")
    assert (visit.actor_id, visit.country, visit.date_start) == ("person:narendra-modi", "BT", "2014")
    visit = one(events_of(resources, "2014年莫迪以印度总理的身份访问不丹。", published="2020-07-03"), "visit")
    assert (visit.actor_id, visit.country) == ("person:narendra-modi", "BT")
    # interviews counted with 个 stay none
    assert not events_of(resources, "他引述多个访问所述。", published="2020-07-03")
    # …or "that city / that country" after the trigger: the last place of that kind named before
    visit = one(events_of(resources, "美国波特兰示威持续，联邦部队进入华盛顿特区。", "代理国土安全部部长沃尔夫周四抵达该市。",
                          published="2020-07-20"), "visit")
    assert (visit.place_id, visit.date_start) == ("place:US:washington", "2020-07-16")
    visit = one(events_of(resources, "意大利疫情严重。", "王毅8月25日抵达该国访问。", published="2020-08-27"), "visit")
    assert visit.place_id == "country:IT"
    # …and the place the clause opens with, said to be the visit's destination
    visit = one(events_of(resources, "英国是美国国务卿蓬佩奥这个星期外访的目的地之一。", published="2020-07-20"), "visit")
    assert (visit.actor_id, visit.country, visit.date_start, visit.date_end) == (
        "person:mike-pompeo", "GB", "2020-07-20", "2020-07-26")


def test_a_visit_abroad_and_the_home_a_trip_returns_to(resources):
    visit = one(events_of(resources, "1985年，正定县委书记习近平率河北省玉米加工考察团外访爱荷华。", published="2020-09-17"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:xi-jinping", "place:US:iowa", "1985")
    # the place after a return is home, not where the trip went
    for text in ("同日，特首林郑月娥结束出访回港，即召罗致光开会。", "同日，特首林郑月娥结束访问返回香港。"):
        visit = one(events_of(resources, text, published="2019-01-28"), "visit")
        assert visit.place_id == "", text


def test_a_state_that_summons_a_named_envoy_holds_a_meeting(resources):
    for text in ("3月13日，美国正式召见中国驻美大使崔天凯，美国国务院亚太助卿史达伟向崔天凯提出了抗议。",
                 "3月13日，美国国务院召见中国驻美大使崔天凯。"):
        meeting = one(events_of(resources, text, published="2020-07-09"), "meeting")
        assert (meeting.actor_id, set(meeting.participants), meeting.country, meeting.date_start) == (
            "country:US", {"country:US", "person:cui-tiankai"}, "US", "2020-03-13"), text
    # one state and no named counterpart is still no meeting
    assert not [e for e in events_of(resources, "3月13日，美国举行会谈。", published="2020-07-09") if e.event_type == "meeting"]


def test_a_meeting_of_an_envoy_is_held_where_the_envoy_is_posted(resources):
    meeting = one(events_of(resources, "8月4日，美国驻港总领事史墨客造访公民党主席梁家杰的律师事务所，与梁家杰会谈约一个半小时。",
                            published="2020-08-06"), "meeting")
    assert (meeting.actor_id, meeting.country, ("place", "posting") in meeting.provenance) == ("person:hanscom-smith", "HK", True)
    meeting = one(events_of(resources, "外长勒德里安召见驻法大使卢沙野，当面表达不满。", published="2020-04-20"), "meeting")
    assert meeting.country == "FR"
    # …or a meeting of the envoys posted there
    meeting = one(events_of(resources, "2019年3月，汪忠一受邀出席捷克工业暨贸易部举办驻捷克各国外交官的会谈。", published="2020-06-26"), "meeting")
    assert meeting.country == "CZ"
    # not a meeting the envoy only threatens to call off
    assert not [e for e in events_of(resources, "中国驻捷克大使张建敏以取消两国元首会面要胁贸工部长。", published="2020-07-05")
                if e.event_type == "meeting"]
    # the place a call is paid to, after 对
    meeting = one(events_of(resources, "此次会面系博卡斯大使和美国驻沈阳总领事梅儒瑞对吉林省的首次礼节性拜访。",
                            published="2020-09-24"), "meeting")
    assert meeting.place_id == "place:CN:jilin-province"


def test_an_event_named_as_an_occasion_or_its_record_keeps_its_subject(resources):
    # 的 after the trigger heads the occasion or a record of it, not the visitor
    visit = one(events_of(resources, "近期中国外事活动规模能够相比的，或许是特朗普去年11月访华的那次。", published="2018-03-29"), "visit")
    assert (visit.actor_id, visit.country, visit.date_start) == ("person:donald-trump", "CN", "2017-11")
    meeting = one(events_of(resources, "2013年6月，习近平访问美国，与奥巴马会面的照片被网民联想到维尼熊。", published="2020-07-01"), "meeting")
    assert set(meeting.participants) == {"person:xi-jinping", "person:barack-obama"}
    # (a visitor still heads a relative clause: 访华的加拿大总督 is someone unnamed)
    assert not [e for e in events_of(resources, "访华的加拿大总督正与习近平握手。", published="2020-07-01") if e.event_type == "visit"]


def test_a_trip_in_a_relative_clause_with_its_purpose_is_its_heads(resources):
    visit = one(events_of(resources, "去年10月前往北京商讨该协议的外交部长扎里夫上周在议会遭到强烈质疑。", published="2020-07-13"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:mohammad-javad-zarif", "place:CN:beijing", "2019-10")
    # the purpose may name a person
    text = "矢板明夫19日提到，上月赴台吊唁李登辉的岸信夫被菅义伟延揽为防卫大臣。"
    visit = one(events_of(resources, text, published="2020-09-19"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:nobuo-kishi", "country:TW", "2020-08")


def test_the_head_of_a_relative_clause_is_the_relative_or_aide_a_name_owns(resources):
    for text, actor in [("上月访台的安倍胞弟岸信夫被菅义伟延揽为防卫大臣。", "person:nobuo-kishi"),
                        ("8月访华的特朗普女儿伊万卡表示满意。", "person:ivanka-trump"),
                        ("8月访华的特朗普总统的国家安全顾问奥布赖恩表示满意。", "person:robert-o-brien")]:
        visit = one(events_of(resources, text, published="2020-09-19"), "visit")
        assert (visit.actor_id, visit.date_start) == (actor, "2020-08"), text


def test_someone_sent_somewhere_goes_there(resources):
    visit = one(events_of(resources, "金正恩回国之后，中国随即派出国务委员杨洁篪到南韩通报。", published="2018-03-29"), "visit")
    assert (visit.actor_id, visit.country) == ("person:yang-jiechi", "KR")
    # nobody named is sent: no trip of the sender
    assert not events_of(resources, "当年达赖喇嘛派了心目中最适合人选到台湾。", published="2020-07-06")


def test_a_telephone_interview_is_no_visit(resources):
    evs = events_of(resources, "民研于即特首林郑月娥7月底宣布延期后以电话访问形式，访问1,001名港人。", published="2020-08-10")
    assert [e for e in evs if e.event_type in ("visit", "letter")] == []


def test_one_character_destination_abbreviations(resources):
    evs = events_of(resources, "李克强周二訪星，致辞12分钟。", published="2018-11-14")
    visit = one(evs, "visit")
    assert (visit.country, visit.actor_id, visit.date_start) == ("SG", "person:li-keqiang", "2018-11-13")
    assert one(events_of(resources, "李克强周二访印尼。", published="2018-11-14"), "visit").country == "ID"
    for text, country in (("2019年5月，王岐山访荷。", "NL"), ("当时习近平访捷之时，身边还带着一名大亨。", "CZ")):
        assert one(events_of(resources, text, published="2020-10-17"), "visit").country == country, text
    # 访伊 is Iran or Iraq: the one the sentence names
    evs = events_of(resources, "习近平在2016年访伊时首次提出，他当时会见了伊朗总统哈桑·鲁哈尼。", published="2020-07-13")
    assert (one(evs, "visit").country, one(evs, "meeting").country) == ("IR", "IR")
    assert "person:hassan-rouhani" in one(evs, "meeting").participants
    assert one(events_of(resources, "2008年杨洁篪访伊，与伊拉克官员会谈。", published="2020-07-13"), "visit").country == "IQ"
    # a delegation named after its visit is no visit; a failed one is cancelled
    evs = events_of(resources, "习近平本周一在北京接见港澳访京团。", published="2018-11-14")
    assert [e.trigger for e in evs] == ["接见"]
    evs = events_of(resources, "维特奇对前任议长柯佳洛没能成功访台表示遗憾。", published="2020-09-02")
    assert {e.status for e in evs if e.trigger == "访台"} == {"cancelled"}


def test_said_in_an_interview_is_no_visit(resources):
    evs = events_of(resources, "現年81歲的布倫蘭德6月7日在訪問中談到武漢肺炎病毒爆發初期中國的表現。", published="2020-06-08")
    assert [e for e in evs if e.event_type == "visit"] == []
    evs = events_of(resources, "2019年习近平在访问中国东北时表示，要加强合作。", published="2020-06-08")
    assert one(evs, "visit").actor_id == "person:xi-jinping"


def test_a_visit_in_a_relative_clause_with_its_object(resources):
    evs = events_of(resources, "訪問新加坡的中國國務院總理李克強，周二晚出席歡迎晚宴。", published="2018-11-14")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.country, visit.date_start) == ("person:li-keqiang", "SG", "2018-11-13")
    # a past visit keeps no date of the sentence; a plan's object is no relative clause
    evs = events_of(resources, "曾访问台湾的捷克议长维特齐周二表示支持。", published="2020-09-10")
    assert one(evs, "visit").date_start == ""
    evs = events_of(resources, "蓬佩奥10月4日访问日本的计划没有改变。", published="2020-10-01")
    assert one(evs, "visit").actor_id == "person:mike-pompeo"


def test_the_pair_meeting_again_on_another_date_keeps_no_earlier_place(resources):
    evs = events_of(resources, "2018年6月特朗普与金正恩在新加坡会谈。两人在2019年2月举行的第二次会谈以突然中断而告终。",
                    published="2020-07-08")
    second = [e for e in evs if e.date_start == "2019-02"]
    assert len(second) == 1 and second[0].place_id == ""
    evs = events_of(resources, "2018年6月12日特朗普与金正恩在新加坡会谈。双方当天签署联合声明。", published="2020-07-08")
    assert one(evs, "statement").country == "SG"


def test_a_status_noun_the_event_phrase_modifies(resources):
    evs = events_of(resources, "蔡英文7日针对达赖喇嘛提出“访问台湾”的生日心愿，只表示外交部已表达立场。", published="2020-07-07")
    assert [e for e in evs if e.event_type == "visit" and e.status == "occurred"] == []
    evs = events_of(resources, "加藤胜伸指出，美国国务卿蓬佩奥下周访问日本的计划没有改变。", published="2020-10-03")
    visit = one(evs, "visit")
    assert (visit.status, visit.country) == ("planned", "JP")


# ---------------------------------------------------------------------- persons the gazetteers do not know
def test_a_titled_person_the_gazetteers_do_not_know_acts_under_a_name_id(resources):
    # 穆雅德 is in no gazetteer: the title finds him, the repeat of his name later in
    # the text is him too, and both events are his
    evs = events_of(resources, "索马利兰外交部长穆雅德2月26日访问台湾。穆雅德并到总统府会见总统蔡英文。",
                    published="2020-07-03")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.actor_name, visit.country, visit.date_start) == (
        "name:穆雅德", "穆雅德", "TW", "2020-02-26")
    meeting = one(evs, "meeting")
    assert meeting.actor_id == "name:穆雅德"
    assert set(meeting.participants) == {"name:穆雅德", "person:tsai-ing-wen"}


def test_an_unknown_actor_costs_confidence(resources):
    known = one(events_of(resources, "2020年8月10日，美国国务卿蓬佩奥访问台湾。"), "visit")
    unknown = one(events_of(resources, "2020年8月10日，美国卫生部长萨扎尔访问台湾。"), "visit")
    assert unknown.actor_id == "name:萨扎尔"
    assert unknown.confidence == pytest.approx(known.confidence - 0.10)


def test_a_byline_in_parentheses_takes_no_part(resources):
    evs = events_of(resources, "（大纪元记者钟元台北报导）美国副国务卿克拉奇2020年9月17日率团访台。")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.participants) == ("person:keith-krach", ("person:keith-krach",))


def test_an_analyst_is_not_the_visitor(resources):
    evs = events_of(resources, "2018年9月3日，国际问题专家唐浩分析，对中方而言，访问朝鲜是负担不小的选择。")
    assert [e for e in evs if e.event_type == "visit"] == []


def test_a_gloss_does_not_break_a_list_of_names(resources):
    # the summit's actor is the first name, the names after 与 are counterparts even
    # with English glosses between them
    evs = events_of(resources, "2020年7月15日，印度总理莫迪（Narendra Modi）与欧洲理事会主席米歇尔(Charles Michel)、"
                    "欧洲联盟(EU)执行委员会主席范德莱恩（Ursula von der Leyen）举行峰会。")
    assert one(evs, "summit").actor_id == "person:narendra-modi"
    evs = events_of(resources, "美国总统特朗普（右）和中国副总理刘鹤2020年1月15日在白宫签署了贸易协议。")
    assert one(evs, "agreement").actor_id == "person:donald-trump"


def test_going_to_a_place_and_meeting_face_to_face(resources):
    visit = one(events_of(resources, "美国副国务卿比根7月6日前往韩国。", published="2020-07-08"), "visit")
    assert (visit.actor_name, visit.country, visit.trigger) == ("比根", "KR", "前往")
    # 前往 is weaker evidence of a visit than 访问
    assert visit.confidence < one(events_of(resources, "美国副国务卿比根7月6日访问韩国。", published="2020-07-08"),
                                  "visit").confidence
    # 刻意避免前往: avoided, so it did not happen
    # (an official: a private person's trip is none, see test_a_private_persons_trip_is_no_visit)
    avoided = one(events_of(resources, "蓬佩奥2019年刻意避免前往中国。", published="2020-07-08"), "visit")
    assert avoided.status == "cancelled"
    meeting = one(events_of(resources, "1945年，周恩来曾在重庆与毛泽东相见。"), "meeting")
    assert set(meeting.participants) == {"person:zhou-enlai", "person:mao-zedong"}


def test_an_ex_husband_is_named_by_his_former_wife(resources):
    # 江青前夫唐纳: 前夫 is a title that finds 唐纳, and 江青 only says whose ex-husband
    evs = events_of(resources, "1945年8月28日，毛泽东会见江青前夫唐纳。")
    assert set(one(evs, "meeting").participants) == {"person:mao-zedong", "name:唐纳"}


def test_a_title_after_a_known_name_is_that_persons(resources):
    # 蔡英文总统: the title after the name is hers, not the mark of an unknown subject
    call = one(events_of(resources, "2016年12月美国候任总统特朗普与蔡英文总统通话。"), "letter")
    assert (call.actor_id, set(call.participants)) == ("person:donald-trump", {"person:donald-trump", "person:tsai-ing-wen"})
    assert one(events_of(resources, "1975年，福特总统访问中国。"), "visit").actor_id == "person:gerald-ford"


def test_a_name_inside_since_dates_the_event(resources):
    # 自菅义伟上任以来: Suga only dates the visit; 日本的…官员 ends the destination phrase
    visit = one(events_of(resources, "蓬佩奥是自菅义伟上个月上任以来访问日本的首位美国高级官员。", published="2020-10-06"), "visit")
    assert (visit.actor_id, visit.participants, visit.country) == ("person:mike-pompeo", ("person:mike-pompeo",), "JP")


@pytest.mark.parametrize("sentence,trigger", [
    ("2020年3月16日，美国国务卿蓬佩奥致电中国中央外事工作委员会办公室主任杨洁篪。", "致电"),
    ("2020年9月16日上午，菅义伟打电话给杨洁篪。", "打电话"),
    ("2020年7月15日，蓬佩奥向杨洁篪发信。", "发信"),
])
def test_calls_and_letters(resources, sentence, trigger):
    letter = one(events_of(resources, sentence), "letter")
    assert letter.trigger == trigger and "person:yang-jiechi" in letter.participants


def test_a_pair_named_in_a_later_paragraph(resources):
    evs = events_of(resources, "2020年7月1日，韩国总统文在寅表示他乐见特朗普总统和金正恩在11月再次会面。",
                    "比根7月8日在首尔会见了官员。",
                    "美朝两位领导人首次历史性见面是在2018年6月。",
                    "两人在2019年2月举行的第二次会谈以突然中断而告终。", published="2020-07-08")
    pair = {"person:donald-trump", "person:kim-jong-un"}
    met = {e.date_start: e for e in evs if e.event_type == "meeting" and set(e.participants) == pair}
    assert {"2018-06", "2019-02"} <= set(met)
    assert met["2018-06"].actor_id == "person:donald-trump"  # 特朗普总统和金正恩: the first of the pair
    # 两国 names two countries, not the last pair of persons
    evs = events_of(resources, "2020年7月1日，特朗普与金正恩在板门店会面。", "7月2日，两国官员展开了会谈。", published="2020-07-08")
    assert [e.date_start for e in evs if e.event_type == "meeting"] == ["2020-07-01"]


def test_a_pair_meeting_told_again_in_a_later_paragraph_keeps_its_day_and_place(resources):
    evs = events_of(resources, "美国副国务卿比根9日抵达日本。", "日本外务大臣茂木敏充10日上午与比根在东京举行了会谈。",
                    "两人见面时没有握手，坐在长桌两旁举行了会谈。", published="2020-07-11")
    assert {(e.place_id, e.date_start, e.status) for e in evs if e.event_type == "meeting"} == {
        ("place:JP:tokyo", "2020-07-10", "occurred")}  # (a handshake not given cancels nothing)
    # a sum of meetings is none of them
    evs = events_of(resources, "日本外务大臣茂木敏充10日上午与美国副国务卿比根在东京举行了会谈。",
                    "两人曾多次会面。", published="2020-07-11")
    assert [e.date_start for e in evs if e.event_type == "meeting"] == ["2020-07-10"]


def test_a_pair_named_earlier_in_the_paragraph(resources):
    # 两人 after a sentence of the same paragraph naming two persons: those two, not the
    # pair of an earlier paragraph's event
    evs = events_of(resources, "3月16日，蓬佩奥和杨洁篪通电话。",
                    "至此，特朗普对习近平的态度转向失望与怀疑。尽管两人3月26日通了电话，但情况未见改善。",
                    published="2020-07-01")
    call = [e for e in evs if e.event_type == "letter" and e.date_start == "2020-03-26"]
    assert [(c.actor_id, sorted(c.participants)) for c in call] == [
        ("person:donald-trump", ["person:donald-trump", "person:xi-jinping"])]
    # three persons named before: no pair to choose, the earlier paragraph's pair stands
    evs = events_of(resources, "3月16日，蓬佩奥和杨洁篪通电话。",
                    "特朗普、习近平和普京都表了态。两人3月26日又通了电话。", published="2020-07-01")
    call = [e for e in evs if e.event_type == "letter" and e.date_start == "2020-03-26"]
    assert [sorted(c.participants) for c in call] == [["person:mike-pompeo", "person:yang-jiechi"]]


def test_an_event_on_a_planned_visit_takes_the_visits_date(resources):
    evs = events_of(resources, "美国总统川普决定今年11月不会前往新加坡，出席东盟峰会。", published="2018-09-03")
    summit = one(evs, "summit")
    assert (summit.status, summit.country, summit.date_start) == ("cancelled", "SG", "2018-11")


def test_a_secretary_a_room_and_a_mood_that_modifies_a_name(resources):
    # the secretary's statement is not the mayor's
    evs = events_of(resources, "朴元淳的秘书在周一的声明中对他的去世表示了哀悼。", published="2020-07-14")
    assert [e for e in evs if e.actor_id == "person:park-won-soon"] == []
    # 武汉厅 is a room of the hotel in 长春
    evs = events_of(resources, "2016年8月18日，蒋超良在长春与马克斯‧博卡斯在香格里拉大饭店三楼武汉厅会面。")
    assert one(evs, "meeting").place_name == "长春"
    # 即将 modifies the ambassador (who is about to leave), not the meeting
    evs = events_of(resources, "即将卸任的美国驻中国大使布兰斯塔德，昨天与许艳会面。", published="2020-09-18")
    assert one(evs, "meeting").status == "occurred"


def test_parties_named_by_abbreviations_are_no_anaphor(resources):
    # 中印双方 are China and India, not the persons of the spokesman's statement (a date
    # and a 在 phrase before the trigger leave the states its parties)
    evs = events_of(resources, "中国外交部发言人赵立坚周三再度声明指出，责任不在中方；并称中印双方在6月22日举行了军长级会谈。",
                    published="2020-06-25")
    meeting = one(evs, "meeting")
    assert (set(meeting.participants), meeting.date_start) == ({"country:CN", "country:IN"}, "2020-06-22")


def test_a_quoted_event_is_one_only_when_told_as_done_with_its_written_date(resources):
    text = "光磊分析说：“这种状况持续到3月27日习近平和特朗普再次通话，至此双边关系才逐步平稳。”"
    call = one(events_of(resources, text, published="2020-04-15"), "letter")
    assert (call.date_start, dict(call.provenance).get("quoted")) == ("2020-03-27", "speech")
    # words only: no date written in the quotation, or a plan, are no events
    text = "他说：“我们握握手，说声哈啰，然后特朗普和金正恩会晤，就这么简单。”"
    assert events_of(resources, text, published="2020-04-15") == []
    text = "特朗普说：“我期待下月12日与金正恩在新加坡见面，商讨过程相当顺利。”"
    assert [e for e in events_of(resources, text, published="2018-05-27") if e.status == "occurred"] == []
    # a trip told that way has the places of the quotation, and talking with someone there
    # is what it goes for (去莫斯科跟斯大林谈)
    text = "阮铭回忆，“毛泽东1949年去莫斯科跟斯大林谈就是希望解放台湾，斯大林也答应了。”"
    visit = one(events_of(resources, text, published="2020-06-25"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start, dict(visit.provenance).get("quoted")) == (
        "person:mao-zedong", "place:RU:moscow", "1949", "speech")
    # (not talking about something: 谈到 — at home, where going abroad makes no trip)
    assert events_of(resources, "毛泽东1949年去北京跟记者谈到台湾。", published="2020-06-25") == []


def test_a_quoted_place_is_no_place_of_the_statement(resources):
    evs = events_of(resources, "“陈全国在西藏累积了镇压的初步经验，”梅卡奇主席在2020年7月9日的声明中回应道。")
    assert one(evs, "statement").place_name == ""


def test_statements_of_a_family_and_after_a_time_phrase(resources):
    # the Trump family's statement is not Donald Trump's
    evs = events_of(resources, "在上个月通过特朗普家族发布的一份声明中，弗雷德·特朗普三世与妹妹的书保持了距离。", published="2020-07-07")
    assert [e for e in evs if e.actor_id == "person:donald-trump"] == []
    # 在…后 is a time: 香港 is not where the foreign minister spoke
    evs = events_of(resources, "在中共人大2020年6月30日通过香港国安法后，彼得斯外长7月1日发表声明。", published="2020-07-07")
    assert one(evs, "statement").place_name == ""


def test_a_government_acts_as_a_body_and_a_ban_is_no_trip(resources):
    evs = events_of(resources, "2020年7月16日，特朗普政府正考虑禁止所有中共党员前往美国。", published="2020-07-17")
    assert [e for e in evs if e.event_type == "visit"] == []


def test_a_term_of_office_dates_a_visit(resources):
    # 李登辉…马英九任内: whose presidency it was; the Dalai Lama visits
    evs = events_of(resources, "达赖喇嘛曾在1997年，前总统李登辉总统、陈水扁、马英九任内三度访台。")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.participants) == ("person:14th-dalai-lama", ("person:14th-dalai-lama",))
    evs = events_of(resources, "2004年，已经卸任的捷克前总统哈维尔在陈水扁任内受邀访问台湾。")
    assert one(evs, "visit").actor_id == "person:vaclav-havel"


def test_relatives_phone_interviews_and_announcements(resources):
    # the brother's statement is not the detainee's
    evs = events_of(resources, "陈玫的兄长陈堃6月26日通过推特发布声明。", published="2020-07-10")
    assert [e for e in evs if e.actor_id == "person:chen-mei"] == []
    # nor is a body's invitation its founder's, in its clause or carried from an earlier one
    # (the invited visit stays); who leads a delegation still goes with it
    evs = events_of(resources, "马云创办的阿里巴巴集团8月初邀请特朗普访华。", published="2021-10-01")
    assert [(e.event_type, e.actor_id) for e in evs] == [("visit", "person:donald-trump")]
    text = "董建华最后一次公开露面是7月4日，其后董建华创立的团结香港基金8月初邀请特朗普视像演讲。"
    assert [e for e in events_of(resources, text, published="2021-10-01") if e.actor_id == "person:tung-chee-hwa"] == []
    assert one(events_of(resources, "习近平率领的代表团8月初访问俄罗斯。", published="2021-10-01"), "visit").actor_id == "person:xi-jinping"
    # 接受…电话访问 is a phone interview
    assert events_of(resources, "岑子杰2020年7月1日接受中央社记者越洋电话访问时表示。") == []
    # an invitation to visit accepted is no interview either: the visit is the event
    evs = events_of(resources, "莫迪2017年6月接受美国总统特朗普邀请访问美国。")
    assert [(e.event_type, e.actor_id) for e in evs] == [("visit", "person:narendra-modi")]


def test_calls_someone_received_have_no_actor_we_know(resources):
    evs = events_of(resources, "6月23日，身在杭州的苟晶密集接到多个电话，还有一些电话她没接到。", published="2020-06-24")
    assert [e for e in evs if e.event_type == "letter"] == []


def test_whether_an_event_happens_is_proposed(resources):
    evs = events_of(resources, "目前尚不清楚，莫拉维茨基总理是否会在2020年10月15日出席欧盟峰会。", published="2020-10-13")
    assert one(evs, "summit").status == "proposed"


def test_a_mood_word_in_the_subjects_opening_modifier_is_not_the_events(resources):
    # 将卸任的…高硕泰: he is about to leave office; the letter is sent
    evs = events_of(resources, "将卸任的台湾驻美代表高硕泰星期三(7月15日)向华盛顿地区侨界发信辞行。", published="2020-07-15")
    assert one(evs, "letter").status == "occurred"
    # a cue before another word, or the subject's own cue, still counts
    evs = events_of(resources, "该决议案并要求取消处于延期状态的中国国家主席习近平4月访日。", published="2020-07-15")
    assert one(evs, "visit").status == "cancelled"
    evs = events_of(resources, "特朗普将于7月20日与即将访美的日本首相安倍晋三会晤。", published="2020-07-15")
    assert one(evs, "meeting").status == "planned"


# ---------------------------------------------------------------------- organisations
def test_an_organisation_holds_its_summit(resources):
    evs = events_of(resources, "2019年6月28日，二十国集团（G20）峰会在日本大阪开幕。", published="2019-07-01")
    summit = one(evs, "summit")
    assert (summit.actor_id, summit.place_name, summit.date_start) == ("org:g20", "大阪", "2019-06-28")
    assert dict(summit.provenance)["actor"] == "organisation"
    # the event noun as the subject: date and place of its predicate
    summit = one(events_of(resources, "东盟峰会11月12日在泰国曼谷举行。", published="2019-11-20"), "summit")
    assert (summit.actor_id, summit.place_name, summit.date_start, summit.status) == ("org:asean", "曼谷", "2019-11-12", "occurred")
    summit = one(events_of(resources, "欧盟峰会将于7月17日召开。", published="2020-07-14"), "summit")
    assert (summit.actor_id, summit.date_start, summit.status) == ("org:eu", "2020-07-17", "planned")
    # a cue of its predicate counts as a word (拟 in 虚拟 is none)
    summit = one(events_of(resources, "欧盟峰会7月15日以虚拟方式召开。", published="2020-07-16"), "summit")
    assert (summit.date_start, summit.status) == ("2020-07-15", "occurred")
    # the summit owning a noun after 的 (its dinner), with the city before the organisation
    summit = one(events_of(resources, "2018年布宜诺斯艾利斯20国集团峰会的晚宴上，特朗普信口开河。", published="2020-07-15"), "summit")
    assert (summit.actor_id, summit.place_name, summit.date_start) == ("org:g20", "布宜诺斯艾利斯", "2018")
    # …or with the word for who meets there between them (河内首脑峰会)
    summit = one(events_of(resources, "2019年2月，特朗普与金正恩举行河内首脑峰会。", published="2020-07-15"), "summit")
    assert (summit.place_name, summit.date_start) == ("河内", "2019-02")


def test_a_summits_organisation_takes_part_when_a_person_acts(resources):
    summit = one(events_of(resources, "默克尔7月17日出席欧盟特别峰会。", published="2020-07-20"), "summit")
    assert summit.actor_id == "person:angela-merkel"
    assert summit.participants == ("org:eu", "person:angela-merkel")
    summit = one(events_of(resources, "2019年，北约伦敦峰会庆祝成立70周年。", published="2020-07-20"), "summit")
    assert (summit.actor_id, summit.place_name) == ("org:nato", "伦敦")


def test_an_organisation_as_subject_of_a_statement_or_meeting(resources):
    statement = one(events_of(resources, "欧盟7月8日就709大抓捕五周年发表声明。", published="2020-07-10"), "statement")
    assert statement.actor_id == "org:eu"
    meeting = one(events_of(resources, "欧盟与东盟6月1日在雅加达举行会谈。", published="2020-07-10"), "meeting")
    assert (meeting.actor_id, meeting.participants) == ("org:eu", ("org:asean", "org:eu"))
    # the two bodies across the Taiwan Strait (a counterpart after 的 too)
    meeting = one(events_of(resources, "海基會從1992年10月28日到30日在香港與大陸的海協會進行會談。", published="2020-06-26"), "meeting")
    assert (meeting.actor_id, meeting.participants, meeting.country) == ("org:sef", ("org:arats", "org:sef"), "HK")
    # …or of a letter, and non-governmental organisations as well (gazetteers kind ngo)
    letter = one(events_of(resources, "无国界记者组织曾在去年七月致信中国国家主席习近平，呼吁特赦黄琦。", published="2020-07-10"),
                 "letter")
    assert (letter.actor_id, letter.participants, letter.date_start) == ("org:rsf", ("org:rsf", "person:xi-jinping"), "2019-07")
    statement = one(events_of(resources, "人权观察周二发表声明，谴责中国。", published="2020-07-10"), "statement")
    assert statement.actor_id == "org:human-rights-watch"


def test_organisations_that_do_not_act(resources):
    # an official's organisation, and a visit (organisations do not travel)
    visit = one(events_of(resources, "北约秘书长斯托尔滕贝格7月8日访问华盛顿。", published="2020-07-10"), "visit")
    assert visit.participants == ("person:jens-stoltenberg",)
    assert events_of(resources, "欧盟的代表团7月8日访问北京。", published="2020-07-10") == []
    # a building named after it, with the writer as subject
    assert events_of(resources, "2019年3月我准备进入联合国大厦参加峰会开幕式。", published="2020-10-06") == []
    # a summit that is only the topic of another event
    assert events_of(resources, "美国智库11月20日就G20峰会举行简报会。", published="2018-11-21") == []


def test_the_place_a_statement_is_about_is_not_where_it_was_made(resources):
    evs = events_of(resources, "1月9日，世卫组织在一份关于中国武汉地区肺炎病例群的官方声明中表示，中国有能力应对。",
                    published="2020-01-10")
    statement = one(evs, "statement")
    assert (statement.actor_id, statement.place_id, statement.date_start) == ("org:who", "", "2020-01-09")


def test_a_place_inside_a_time_phrase_is_not_the_events(resources):
    evs = events_of(resources, "欧盟27国领导人在布鲁塞尔举行疫情在欧洲爆发之后的首次峰会。", published="2020-07-17")
    assert one(evs, "summit").place_name == "布鲁塞尔"


def test_whose_request_it_was_is_not_who_acts(resources):
    # 要求 here is a noun (在…的要求下), not a reporting verb, and 习近平 only asked
    evs = events_of(resources, "12月6日，王岐山在中国国家主席习近平的要求下，在北京会见了日本国家安全保障局长北村滋。",
                    published="2020-12-10")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.participants, meeting.place_name) == (
        "person:wang-qishan", ("person:shigeru-kitamura", "person:wang-qishan"), "北京")


# ---------------------------------------------------------------------- states as parties
def test_states_act_where_no_person_or_organisation_does(resources):
    agreement = one(events_of(resources, "2020年1月15日，美中终于签署第一阶段贸易协定。", published="2020-01-20"), "agreement")
    assert (agreement.actor_id, agreement.participants, agreement.date_start) == (
        "country:US", ("country:CN", "country:US"), "2020-01-15")
    meeting = one(events_of(resources, "中印双方6月10日在北京举行会谈。", published="2020-06-20"), "meeting")
    assert (meeting.actor_id, meeting.participants, meeting.place_name) == ("country:CN", ("country:CN", "country:IN"), "北京")
    statement = one(events_of(resources, "中国与印度6月11日发表联合声明。", published="2020-06-20"), "statement")
    assert statement.participants == ("country:CN", "country:IN")


def test_states_that_are_no_parties(resources):
    published = {"published": "2020-07-19"}
    # a person of that country acts (an unnamed official acts for the state), or the
    # country is a place or an object
    assert one(events_of(resources, "美国总统特朗普7月12日发表声明。", **published), "statement").actor_id == "person:donald-trump"
    statement = one(events_of(resources, "英国外相7月13日发表声明。", **published), "statement")
    assert (statement.actor_id, statement.provenance[0]) == ("person:dominic-raab", ("actor", "office"))
    for text in ("在中国7月15日签署协议。", "中国对美国7月14日发表声明。",
                 "7月与加拿大和墨西哥签署了美墨加协议。", "中国的声明7月16日发表。"):
        assert events_of(resources, text, **published) == [], text
    # a country written out after abbreviations is the place (美朝新加坡峰会); a meeting
    # needs two parties; states need a date of their own
    assert events_of(resources, "美国7月10日在北京举行会谈。", **published) == []
    assert events_of(resources, "美朝新加坡峰会后发表的声明称，两国将致力于建立新型关系。", **published) == []


def test_bilateral_relations_are_no_reference_to_earlier_parties(resources):
    # 两国关系 names a relationship; 两国 does not refer back to 王毅's visit
    evs = events_of(resources, "王毅8月25日至9月1日访问意大利、荷兰、挪威、法国和德国。王毅访欧第二站是荷兰，荷兰众议员"
                    "范赫沃特（Martijn van Helvert）发推文说，王毅要来拯救两国关系，邀请王毅来国会外交事务委员会坐坐。",
                    published="2020-08-28")
    assert [e for e in evs if e.event_type == "statement" and dict(e.provenance).get("anaphora") == "plural"] == []


def test_visits_listed_with_speeches_are_interviews(resources):
    evs = events_of(resources, "董建华今年7月出席首映，其后曾发表两次录影讲话/访问。", published="2021-10-01")
    assert [e for e in evs if e.event_type == "visit"] == []
    evs = events_of(resources, "董建华今年7月访问北京。", published="2021-10-01")
    assert one(evs, "visit").place_name == "北京"


def test_a_counterparts_title_further_back_is_no_unknown_subject(resources):
    evs = events_of(resources, "就在当天稍早，冯德莱恩还与捷克和葡萄牙两国的总理分别举行了双边会谈。", published="2020-10-16")
    assert one(evs, "meeting").actor_id == "person:ursula-von-der-leyen"
    # without 与, a title before the trigger still introduces someone the gazetteers lack
    evs = events_of(resources, "冯德莱恩当天表示，欧盟委员会副主席将于次日访问台湾。", published="2020-08-30")
    assert [e.actor_id for e in evs if e.event_type == "visit"] == []


def test_who_invited_a_traveller_does_not_travel(resources):
    evs = events_of(resources, "捷克参院议长维特齐应台湾立法院长游锡堃邀请，8月30日上午搭乘华航包机抵达桃园机场。",
                    published="2020-09-03")
    visit = one(evs, "visit")
    # the trip was made at the invitation: occurred, not proposed; the traveller acts
    assert (visit.actor_id, visit.status, visit.date_start) == ("person:milos-vystrcil", "occurred", "2020-08-30")


def test_a_states_body_acts_for_the_state(resources):
    statement = one(events_of(resources, "美国国务院7月9日发表声明，再度邀请中国加入条约。", published="2020-07-10"), "statement")
    assert (statement.actor_id, statement.date_start) == ("country:US", "2020-07-09")
    meeting = one(events_of(resources, "日本外务省与美国国务院7月15日举行会谈。", published="2020-07-20"), "meeting")
    assert meeting.participants == ("country:JP", "country:US")
    # a body after 在 is a place; one body alone holds no talks
    assert events_of(resources, "在中国外交部7月16日举行会谈。", published="2020-07-20") == []
    assert events_of(resources, "中国外交部7月16日举行会谈。", published="2020-07-20") == []


def test_an_organisation_subject_of_its_clause_wins_over_a_person_carried_from_before(resources):
    evs = events_of(resources, "香港电台记者访问世界卫生组织官员艾沃德（Bruce Aylward）事件有后续发展，世界卫生组织周日发表声明谈及此事。",
                    published="2020-03-30")
    assert one(evs, "statement").actor_id == "org:who"
    # an organisation after a verb of attending is what someone attends
    evs = events_of(resources, "默克尔7月17日抵达布鲁塞尔，出席欧盟特别峰会。", published="2020-07-20")
    summit = one(evs, "summit")
    assert (summit.actor_id, summit.participants) == ("person:angela-merkel", ("org:eu", "person:angela-merkel"))


def test_the_purpose_of_a_visit_is_no_visit(resources):
    evs = events_of(resources, "捷克参议员德拉霍斯则计划在10月访问台湾，他表示访台目的在促进两国交流。", published="2020-06-26")
    assert [(e.trigger, e.status) for e in evs] == [("访问", "planned")]


def test_whose_lawyers_they_are_is_not_who_travels(resources):
    evs = events_of(resources, "许志永和丁家喜的代表律师周三（8日）先后抵达山东临沂争取会见当事人。", published="2020-07-09")
    assert [e.actor_id for e in evs] == []  # the lawyers are not named


def test_the_person_mourned_takes_no_part(resources):
    evs = events_of(resources, "蔡英文18日在总统府接见日本前首相率领的日本吊唁李登辉代表团一行人。", published="2020-09-18")
    assert one(evs, "meeting").participants == ("person:tsai-ing-wen",)


def test_an_event_under_way_is_dated_by_the_publication(resources):
    summit = one(events_of(resources, "东盟峰会正在召开，各国外长将发表声明。", published="2020-09-12T08:00:00+08:00"), "summit")
    assert (summit.actor_id, summit.date_start, summit.date_end, summit.status) == ("org:asean", "2020-09-12", "2020-09-12", "occurred")
    visit = one(events_of(resources, "委内瑞拉总统马杜罗正在中国进行国事访问。", published="2018-09-14"), "visit")
    assert (visit.date_start, visit.country) == ("2018-09-14", "CN")
    # 当时 sets it in a narrated past: no date, and without a place no event
    assert events_of(resources, "当时安倍晋三正在访问，没有回应。", published="2018-09-14") == []
    # without a publication date nothing dates it
    assert events_of(resources, "安倍晋三正在访问，没有回应。") == []


def test_destination_after_dui_jinxing_and_zai(resources):
    visit = one(events_of(resources, "2014年3月，习近平对荷兰进行国事访问。"), "visit")
    assert visit.country == "NL"
    evs = events_of(resources, "8月25日至9月1日，中共外长王毅对意大利、荷兰、挪威、法国和德国进行访问。", published="2020-09-02")
    assert {e.country for e in evs if e.event_type == "visit"} == {"IT", "NL", "NO", "FR", "DE"}  # a visit to each
    visit = one(events_of(resources, "周一，国务院总理李克强在武汉参观一个在建医院的工地。", published="2020-03-18"), "visit")
    assert visit.place_name == "武汉"
    # 对 names no destination without 进行 (对日本的访问表示欢迎 is about someone else's)
    visit = one(events_of(resources, "2019年6月12日，习近平访问时，安倍晋三对伊朗的表态表示欢迎。"), "visit")
    assert visit.place_name == ""


def test_zai_before_a_movement_is_where_it_starts(resources):
    trip = one(events_of(resources, "2020年10月2日，川普总统在白宫南草坪乘坐直升机前往戴维营。"), "visit")
    assert trip.place_id == "place:US:camp-david"
    # (前往医院: an everyday destination, no visit at all)
    assert events_of(resources, "2020年10月2日，川普总统在白宫南草坪乘坐直升机前往医院。") == []


def test_a_name_inside_a_time_clause_does_not_act(resources):
    # the actor is an unnamed governor general: no event rather than the dead man's visit
    assert events_of(resources, "2017年7月13日，刘晓波死之时正好我们的总督在中国访问。") == []
    # a 在…之际 phrase after the name is the name's adverbial
    statement = one(events_of(resources, "美国国务卿蓬佩奥7月20日在镇压法轮功21周年之际发表声明。", published="2020-07-21"), "statement")
    assert statement.actor_id == "person:mike-pompeo"


def test_a_dotted_name_that_starts_a_site_is_no_person(resources):
    visit = one(events_of(resources, "2016年3月20日，奥巴马夫妇在哈瓦那何塞·马蒂国际机场下飞机进行历史性访问。"), "visit")
    assert (visit.actor_id, visit.participants, visit.place_name) == ("person:barack-obama", ("person:barack-obama",), "哈瓦那")


def test_an_actor_going_on_with_hai_takes_the_occasion_of_their_last_event(resources):
    first = "日本外务大臣茂木敏充10日上午与美国副国务卿比根在东京举行了会谈。"
    filler = ["两人就朝鲜问题交换了意见。"] * 3
    evs = events_of(resources, first, *filler, "比根还与防卫大臣河野太郎举行了会谈。", published="2020-07-10")
    later = [e for e in evs if "河野太郎" in e.evidence]
    assert len(later) == 1
    assert (later[0].actor_id, later[0].place_name, later[0].date_start) == ("person:stephen-biegun", "东京", "2020-07-10")
    # 也曾 is another, earlier occasion: no date or place is taken
    evs = events_of(resources, first, *filler, "比根也曾与防卫大臣河野太郎举行会谈。", published="2020-07-10")
    assert [e for e in evs if "河野太郎" in e.evidence] == []


def test_lai_dao_after_a_directional_verb_is_no_trigger(resources):
    assert events_of(resources, "从李鸿章1872年提出来到慈禧1889年同意，中间经过了17年。") == []


def test_the_person_addressed_after_dui_does_not_act(resources):
    statement = one(events_of(resources, "中国外交部发言人赵立坚6月30日对美国国务卿蓬佩奥就此发表声明说，这并不是首次。",
                              published="2020-07-01"), "statement")
    assert statement.actor_id == "person:zhao-lijian"


def test_a_place_before_an_office_holder_is_no_place_of_the_statement(resources):
    statement = one(events_of(resources, "TikTok在印度的负责人尼基尔·甘地(Nikhil Gandhi)6月30日在声明中表示，该公司已被邀请。",
                              published="2020-07-01"), "statement")
    assert statement.place_name == ""


def test_nobody_after_an_intransitive_meeting_verb_meets(resources):
    meeting = one(events_of(resources, "2014年5月，蔡英文和前美国驻华大使骆家辉会面、发微博批评毛泽东等问题。"), "meeting")
    assert "person:mao-zedong" not in meeting.participants


def test_days_of_one_organisation_summit_reported_apart_are_one_event(resources):
    a = events_of(resources, "欧盟峰会7月17日在布鲁塞尔开幕。", doc_id="a", published="2020-07-17")
    b = events_of(resources, "欧盟峰会7月19日继续举行。", doc_id="b", published="2020-07-20")
    c = events_of(resources, "欧盟峰会7月28日举行。", doc_id="c", published="2020-07-29")
    summits = [e for e in dedupe(a + b + c) if e.mention.event_type == "summit"]
    assert [(e.doc_ids, e.mention.date_start, e.mention.date_end, e.mention.place_name) for e in summits] == [
        (("a", "b"), "2020-07-17", "2020-07-19", "布鲁塞尔"), (("c",), "2020-07-28", "2020-07-28", "")]
    # …whatever leaders each report names
    a = events_of(resources, "米歇尔、吕特和桑切斯7月17日在布鲁塞尔出席欧盟峰会。", doc_id="a", published="2020-07-17")
    b = events_of(resources, "默克尔和冯德莱恩7月19日在布鲁塞尔出席欧盟峰会。", doc_id="b", published="2020-07-20")
    summits = [e for e in dedupe(a + b) if e.mention.event_type == "summit"]
    assert [e.doc_ids for e in summits] == [("a", "b")]
    assert {"person:angela-merkel", "person:mark-rutte"} <= set(summits[0].mention.participants)


def test_a_state_joined_to_the_organisation_is_the_other_party_of_its_summit(resources):
    bilateral = one(events_of(resources, "印度与欧盟7月16日举行高峰会议。", doc_id="a", published="2020-07-17"), "summit")
    assert set(bilateral.participants) == {"org:eu", "country:IN"}
    own = events_of(resources, "欧盟峰会7月17日在布鲁塞尔开幕。", doc_id="b", published="2020-07-17")
    # the EU–India summit is not a day of the EU's own summit
    assert len([e for e in dedupe([bilateral] + own) if e.mention.event_type == "summit"]) == 2
    # …but a report naming the state and one naming its leader are the same summit
    with_leader = events_of(resources, "欧盟与中国领导人习近平9月14日举行峰会。", doc_id="c", published="2020-09-15")
    with_state = events_of(resources, "欧盟与中国9月14日举行视频峰会。", doc_id="d", published="2020-09-15")
    summits = [e for e in dedupe(with_leader + with_state) if e.mention.event_type == "summit"]
    assert len(summits) == 1 and summits[0].doc_ids == ("c", "d")


def test_a_date_coordinated_with_before_the_summit_is_not_its_date(resources):
    assert events_of(resources, "民阵6月26日晚、G20峰会前在各国领事馆递交请愿信。", published="2019-06-28") == []
    summit = one(events_of(resources, "6月28日的G20峰会前，特朗普表示乐观。", published="2019-06-28"), "summit")
    assert summit.date_start == "2019-06-28"


def test_the_destination_of_a_movement_is_its_first_place(resources):
    # (查德 inside the name 查德里 is Chad in Taiwanese usage: the last country of the phrase)
    trip = one(events_of(resources, "2016年11月，克拉奇前往加拿大专访一名巴基斯坦裔、加拿大男子查德里。"), "visit")
    assert trip.country == "CA"
    trip = one(events_of(resources, "2019年2月，金正恩前往越南首都河内。"), "visit")
    assert trip.place_name == "河内"
    trip = one(events_of(resources, "2019年2月，金正恩前往越南，随后与特朗普在河内会谈。"), "visit")
    assert trip.place_name == "越南"
    trip = one(events_of(resources, "2012年，王立军前往美国驻成都总领事馆。"), "visit")
    assert trip.place_name == "成都"


def test_a_place_naming_the_topic_of_a_trip_is_not_its_destination(resources):
    # 欧美 names no one place; 香港 of 香港局势 is what the lobbying is about
    for text in ("2019年，陈方安生出访欧美游说外国政府关注香港局势。", "2019年，陈方安生出访欧美讨论香港问题。"):
        assert all(e.country != "HK" for e in events_of(resources, text, published="2020-07-01")), text
    # …but right after the trigger the place is still the one visited
    trip = one(events_of(resources, "2019年，陈方安生出访英国讨论香港问题。", published="2020-07-01"), "visit")
    assert trip.country == "GB"


def test_a_recent_meeting_of_two_named_parties_is_kept(resources):
    text = ("将卸任的台湾驻美代表高硕泰7月15日向侨界发信辞行。", "不过高硕泰近日曾与美国国务院亚太助卿史达伟见面亲自道别。")
    evs = events_of(resources, *text, published="2020-07-15")
    meeting = one(evs, "meeting")
    assert set(meeting.participants) == {"person:stanley-kao", "person:david-stilwell"}
    # 近日 is its own time, the days up to the publication: not the letter's day
    assert (meeting.date_start, meeting.date_end, meeting.place_name) == ("2020-07-06", "2020-07-15", "")
    # the latest call asked about is no report
    assert events_of(resources, "记者问特朗普最近一次跟习近平通话是什么时候。", published="2020-07-15") == []
    # one party, no place: as with a day written (高硕泰7月10日曾前往道别), a weak report
    weak = one(events_of(resources, "高硕泰近日曾前往道别。", published="2020-07-15"), "visit")
    assert weak.date_start == "2020-07-06" and weak.confidence < 0.5


def test_a_date_before_he_makes_it_with_not_and(resources):
    call = one(events_of(resources, "川普总统的私人律师朱利安尼（Rudy Giuliani）10月3日和川普总统通话35至40分钟。",
                         published="2020-10-05"), "letter")
    assert call.actor_id == "person:rudy-giuliani" and "person:donald-trump" in call.participants
    # …and so does a relative date (上个月和杨洁篪: 和 is "with")
    meeting = one(events_of(resources, "蓬佩奥上个月和杨洁篪在夏威夷会谈。", published="2020-07-23"), "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("person:mike-pompeo", "2020-06")


def test_a_name_after_another_predicate_joined_by_dun_takes_no_part(resources):
    visit = one(events_of(resources, "2020年8月，中共外长王毅出访欧洲、国家主席习近平出席中欧视讯峰会。"), "visit")
    assert visit.participants == ("person:wang-yi",)
    # a list of names after the trigger, or a counterpart phrase, still does
    meeting = one(events_of(resources, "2019年6月，习近平会见了特朗普、安倍晋三。"), "meeting")
    assert set(meeting.participants) == {"person:xi-jinping", "person:donald-trump", "person:shinzo-abe"}
    # (after a visit's place the names are the meeting's, not the visit's)
    evs = events_of(resources, "2018年11月，宋涛到访平壤与北韩第二把交椅、副委员长崔龙海会面。")
    assert one(evs, "visit").participants == ("person:song-tao",)
    assert "person:choe-ryong-hae" in one(evs, "meeting").participants


def test_taiwan_and_hong_kong_names_of_us_states(resources):
    visit = one(events_of(resources, "特朗普总统2020年6月25日访问威斯康辛州。"), "visit")
    assert visit.place_id == "place:US:wisconsin"


def test_unnamed_officials_named_after_baokuo_act(resources):
    visit = one(events_of(resources, "美国政府过去两个月接连派高级内阁官员访台，包含卫生部长阿札（Alex Azar）及次卿克拉奇。",
                          published="2020-10-02"), "visit")
    assert (visit.actor_id, visit.country) == ("person:alex-azar", "TW")
    meeting = one(events_of(resources, "数名美国国务院官员周二将与韩国官员举行会谈，其中包括美国副国务卿比根(Stephen Biegun)。",
                            published="2020-07-06"), "meeting")
    assert (meeting.actor_id, meeting.status, meeting.date_start) == ("person:stephen-biegun", "planned", "2020-07-07")
    # without such a clause the unnamed subject still keeps the event out
    assert events_of(resources, "数名美国国务院官员周二将与韩国官员举行会谈。", published="2020-07-06") == []


def test_a_group_met_named_after_baokuo_takes_part(resources):
    meeting = one(events_of(resources, "外交部长王毅在卡塔尔多哈与阿富汗塔利班临时政府代表团会面，包括代理副总理巴拉达尔及代理外长穆塔基。",
                            published="2021-10-27"), "meeting")
    assert set(meeting.participants) == {"person:wang-yi", "name:巴拉达尔", "name:穆塔基"}
    # not the ones named after a counterpart named already
    meeting = one(events_of(resources, "王毅在多哈与塔利班代表巴拉达尔会面，包括双方的经贸合作。", published="2021-10-27"),
                  "meeting")
    assert set(meeting.participants) == {"person:wang-yi", "name:巴拉达尔"}


def test_a_counterpart_inside_a_zai_phrase_is_no_place(resources):
    call = one(events_of(resources, "美国疾控中心主任雷德菲尔德承认在1月3日和中国CDC通了电话。", published="2020-04-15"), "letter")
    assert call.place_name == ""
    meeting = one(events_of(resources, "2019年6月，王毅在与蓬佩奥会谈后于周六在北京发表讲话。"), "meeting")
    assert meeting.place_name == ""
    # 和 right after 在 is "with" too (not 在和平饭店)
    meeting = one(events_of(resources, "默克尔上周在和中国的会谈中为该公司做了努力。", published="2020-06-29"), "meeting")
    assert meeting.place_name == ""


def test_states_opening_the_clause_beat_a_person_carried_from_a_time_clause(resources):
    agreement = one(events_of(resources, "蔡英文说，韦特齐议长访台期间，台湾和捷克9月1日签署了3项备忘录。",
                              published="2020-09-05"), "agreement")
    assert agreement.actor_id == "country:TW" and set(agreement.participants) == {"country:TW", "country:CZ"}


def test_an_event_dated_by_its_year_joins_the_one_event_of_that_year_across_documents(resources):
    a = events_of(resources, "自尼克松1972年访华以来，台湾的政治空间持续缩小。", doc_id="a", published="2020-07-08")
    b = events_of(resources, "1972年2月，美国总统尼克松访问中国，签了《上海公报》。", doc_id="b", published="2020-07-08")
    visits = [e for e in dedupe(a + b) if e.mention.event_type == "visit"]
    assert [(e.doc_ids, e.mention.date_start, e.mention.date_precision) for e in visits] == [(("a", "b"), "1972-02", "month")]
    # a city and its country, and a meeting of the same two
    a = events_of(resources, "2019年，默克尔访问了武汉的一家工厂。", doc_id="a", published="2020-07-08")
    b = events_of(resources, "2019年9月，默克尔访问中国。", doc_id="b", published="2020-07-08")
    assert [e.doc_ids for e in dedupe(a + b) if e.mention.event_type == "visit"] == [("a", "b")]
    # two events of that year it may be: it stays apart
    c = events_of(resources, "1972年10月，尼克松访问中国。", doc_id="c", published="2020-07-08")
    a = events_of(resources, "自尼克松1972年访华以来，台湾的政治空间持续缩小。", doc_id="a", published="2020-07-08")
    b = events_of(resources, "1972年2月，美国总统尼克松访问中国，签了《上海公报》。", doc_id="b", published="2020-07-08")
    assert len([e for e in dedupe(a + b + c) if e.mention.event_type == "visit"]) == 3
    # a meeting with one person named (a host alone), or a trip placed on one side only
    assert len(merged_across(resources, "meeting", "2018年坎耶·韦斯特在白宫同特朗普见面。",
                             "2018年5月26日，特朗普在白宫会见获释的美国传教士。", published="2020-07-08")) == 2
    assert len(merged_across(resources, "visit", "习近平2018年第一次出国访问。", "习近平2018年12月国事访问。",
                             published="2020-07-08")) == 2


def test_an_event_dated_by_a_rough_time_joins_the_one_event_inside_it_across_documents(resources):
    # a year and a stretch of months both join the month inside them, as one candidate
    a = events_of(resources, "在2019年与朝鲜领导人金正恩在河内举行峰会前，特朗普并没有做好充分的准备。", doc_id="a", published="2020-06-20")
    b = events_of(resources, "美国总统川普与北韩领导人金正恩于去年初在越南河内举行高峰会。", doc_id="b", published="2020-07-08")
    c = events_of(resources, "金正恩与特朗普2019年2月于河内会晤。", doc_id="c", published="2020-07-08")
    summits = [e for e in dedupe(a + b + c) if e.mention.event_type in ("summit", "meeting")]
    assert [(e.doc_ids, e.mention.date_start) for e in summits] == [(("a", "b", "c"), "2019-02")]
    # a report telling several events at once (接连) is none of them
    a = events_of(resources, "美国政府过去两个月接连派卫生部长阿扎尔及次卿克拉奇访问台湾。", doc_id="a", published="2020-10-01")
    b = events_of(resources, "8月9日，阿扎尔访问台湾。", doc_id="b", published="2020-10-01")
    assert len([e for e in dedupe(a + b) if e.mention.event_type == "visit" and "person:alex-azar" in e.mention.participants]) == 2


def test_an_event_told_by_a_rough_time_and_by_its_day_in_one_document_is_one(resources):
    evs = events_of(resources, "2016年秋天中国主办G20峰会期间，多名维权人士被捕。", "2016年9月5日，G20峰会在杭州开幕。",
                    published="2020-07-08")
    summits = [e for e in dedupe(evs) if e.mention.event_type == "summit"]
    assert [(e.mention.date_start, len(e.mentions)) for e in summits] == [("2016-09-05", 2)]


def test_a_meeting_of_the_same_people_told_a_day_apart_across_documents_is_one(resources):
    a = events_of(resources, "加拿大外长商鹏飞8月25日在罗马与王毅会面。", doc_id="a", published="2020-08-27")
    b = events_of(resources, "加拿大外长商鹏飞8月26日在罗马与王毅会面。", doc_id="b", published="2020-08-27")
    meetings = [e for e in dedupe(a + b) if e.mention.event_type == "meeting"]
    assert [(e.doc_ids, e.mention.date_start) for e in meetings] == [(("a", "b"), "2020-08-25")]
    # two days apart they are two
    c = events_of(resources, "加拿大外长商鹏飞8月27日在罗马与王毅会面。", doc_id="c", published="2020-08-28")
    assert len([e for e in dedupe(a + c) if e.mention.event_type == "meeting"]) == 2
    # told by one document one day apart, or by a stretch and days inside it, one meeting of those days
    one = events_of(resources, "加拿大外长商鹏飞8月25日在罗马与王毅会面。", "8月26日，商鹏飞在罗马与王毅会面。", published="2020-08-27")
    meetings = [e for e in dedupe(one) if e.mention.event_type == "meeting"]
    assert [(e.mention.date_start, e.mention.date_end, len(e.mentions)) for e in meetings] == [("2020-08-25", "2020-08-26", 2)]
    one = events_of(resources, "今年6月底，美国特使比林斯利与俄罗斯副外长里亚布科夫在维也纳会晤。",
                    "上周，比林斯利与里亚布科夫在维也纳会晤。", published="2020-07-02")
    meetings = [e for e in dedupe(one) if e.mention.event_type == "meeting"]
    assert [(e.mention.date_start, e.mention.date_end, len(e.mentions)) for e in meetings] == [("2020-06-22", "2020-06-28", 2)]
    # a call between the same two, the day in Washington and in Beijing
    a = events_of(resources, "特朗普与习近平3月26日通了电话。", doc_id="a", published="2020-04-15")
    b = events_of(resources, "这种状况持续到3月27日习近平和特朗普再次通话。", doc_id="b", published="2020-04-15")
    assert [e.doc_ids for e in dedupe(a + b) if e.mention.event_type == "letter"] == [("a", "b")]


def test_a_states_mission_speaks_for_the_state(resources):
    evs = events_of(resources, "美国驻华大使馆9月14日发表声明，美国驻华大使布兰斯塔德将于10月初离任。", published="2020-09-15")
    assert [(e.actor_id, e.participants, e.date_start) for e in evs if e.event_type == "statement"] == [
        ("country:US", ("country:US",), "2020-09-14")]
    evs = events_of(resources, "中国驻加拿大使馆7月4日发表声明，对加拿大外长的评论表达不满。", published="2020-07-05")
    assert [(e.actor_id, e.participants) for e in evs if e.event_type == "statement"] == [("country:CN", ("country:CN",))]
    # the statement it answers is not its own
    evs = events_of(resources, "中国驻美国使馆发言人7月14日就美国国务院涉南海声明称，美方是渲染紧张局势。", published="2020-07-15")
    assert [e for e in evs if e.event_type == "statement"] == []
    # a mission or a ministry writes for its state (states themselves write no letters in
    # our coding), also where jieba keeps the state and its mission one word (中国大使馆)
    for text in ("中国驻印度大使馆10月7日致函印度媒体。", "中国大使馆10月7日致函印度媒体。", "中国外交部10月7日致函美国国务院。"):
        letter = one(events_of(resources, text, published="2020-10-08"), "letter")
        assert (letter.actor_id, letter.date_start) == ("country:CN", "2020-10-07"), text


def test_an_organisations_summit_with_a_state_told_by_its_year_holds_the_days_inside(resources):
    from dataclasses import replace

    def titled(title, *paragraphs, doc_id):
        doc = make_document(title, *paragraphs, published="2020-07-16", doc_id=doc_id)
        doc = replace(doc, blocks=(replace(doc.blocks[0], kind="title"), *doc.blocks[1:]))
        return annotate(doc, resources)[1]

    # placeless in one document, 今年的欧印峰会 and 周三的峰会 (the bare noun given the EU by
    # the title) are one summit, held once a year: the day's mention keeps India and joins
    # no EU summit of its own days
    doc = titled("欧盟+印度 若即若离", "和许多其他峰会一样，今年的欧印峰会也只能以虚拟方式召开。",
                 "在周三的峰会中，印欧双方着重讨论了疫情。", doc_id="a")
    eu = events_of(resources, "欧盟27国领导人7月17日至20日在布鲁塞尔举行特别峰会。", doc_id="b", published="2020-07-21")
    summits = [e for e in dedupe(doc + eu) if e.mention.event_type == "summit"]
    assert sorted((e.doc_ids, e.mention.participants) for e in summits) == [
        (("a",), ("country:IN", "org:eu")), (("b",), ("org:eu",))]


def test_talks_of_two_states_are_not_talks_of_three(resources):
    # named by their states alone: the bilateral talks are not the trilateral meeting
    a = events_of(resources, "6月22日，中印军方军长级会晤同意脱离接触。", doc_id="a", published="2020-06-24")
    b = events_of(resources, "6月22日，中俄印外长通过视频会议方式举行了三边会晤。", doc_id="b", published="2020-06-24")
    c = events_of(resources, "中印双方在6月22日至23日举行了第二轮军长级会谈。", doc_id="c", published="2020-06-24")
    meetings = [e for e in dedupe(a + b + c) if e.mention.event_type == "meeting"]
    assert sorted((e.doc_ids, e.mention.participants) for e in meetings) == [
        (("a", "c"), ("country:CN", "country:IN")), (("b",), ("country:CN", "country:IN", "country:RU"))]


def test_a_city_and_a_venue_in_it_are_one_place_across_documents(resources):
    a = events_of(resources, "2020年1月28日，习近平在北京会见世卫组织总干事谭德塞。", doc_id="a", published="2020-01-30")
    b = events_of(resources, "习近平28日在人民大会堂会见世界卫生组织总干事谭德塞。", doc_id="b", published="2020-01-30")
    meetings = [e for e in dedupe(a + b) if e.mention.event_type == "meeting"]
    assert [(e.doc_ids, e.mention.place_name) for e in meetings] == [(("a", "b"), "北京")]
    # …not two cities far apart
    c = events_of(resources, "2020年1月28日，习近平在上海会见世卫组织总干事谭德塞。", doc_id="c", published="2020-01-30")
    assert len([e for e in dedupe(a + c) if e.mention.event_type == "meeting"]) == 2
    # …and inside one document, a trip to the city told undated and one to a venue in it
    doc = events_of(resources, "当刘鹤带着大批北京官员来到华盛顿的时候，媒体很关注。",
                    "2020年1月15日，中国国务院副总理刘鹤访问白宫。", published="2020-01-20")
    visits = [e for e in dedupe(doc) if e.mention.event_type == "visit"]
    assert [(len(e.mentions), e.mention.date_start) for e in visits] == [(2, "2020-01-15")]


def test_days_of_one_trip_reported_apart_are_one_trip(resources):
    a = events_of(resources, "索马里兰外长穆雅辛2月23日率团抵达台湾。", doc_id="a", published="2020-07-08")
    b = events_of(resources, "索马利兰外交部长穆雅辛2月26日曾访问台湾。", doc_id="b", published="2020-07-08")
    visits = [e for e in dedupe(a + b) if e.mention.event_type == "visit"]
    assert [(e.doc_ids, e.mention.date_start, e.mention.date_end) for e in visits] == [(("a", "b"), "2020-02-23", "2020-02-26")]
    # a week apart they are two trips; and meetings on different days are two meetings
    c = events_of(resources, "索马利兰外交部长穆雅辛3月2日访问台湾。", doc_id="c", published="2020-07-08")
    assert len([e for e in dedupe(a + c) if e.mention.event_type == "visit"]) == 2
    assert len(merged_across(resources, "meeting", "蓬佩奥2月23日在东京会见茂木敏充。", "蓬佩奥2月25日在东京会见茂木敏充。",
                             published="2020-07-08")) == 2


def test_an_undated_mention_joins_the_one_dated_event_it_may_be_inside_its_document(resources):
    doc = events_of(resources, "达赖喇嘛2009年访问台湾。", "连战也曾与到访台湾的达赖喇嘛见面。", published="2020-07-06")
    visits = [e for e in dedupe(doc) if e.mention.event_type == "visit"]
    assert [(len(e.mentions), e.mention.date_start) for e in visits] == [(2, "2009")]
    # two dated trips there: which one is unsaid
    doc = events_of(resources, "达赖喇嘛2001年访问台湾。", "达赖喇嘛2009年访问台湾。", "连战也曾与到访台湾的达赖喇嘛见面。",
                    published="2020-07-06")
    visits = [e for e in dedupe(doc) if e.mention.event_type == "visit"]
    assert sorted((len(e.mentions), e.mention.date_start) for e in visits) == [(1, ""), (1, "2001"), (1, "2009")]


def test_a_trip_told_by_its_first_day_and_by_the_month_it_went_on_into_is_one(resources):
    a = events_of(resources, "捷克参议院议长维特齐8月30日率团抵达台湾。", doc_id="a", published="2020-09-01")
    b = events_of(resources, "蔡英文感谢维特齐上月来台访问。", doc_id="b", published="2020-10-05")
    visits = [e for e in dedupe(a + b) if e.mention.event_type == "visit"]
    assert [e.doc_ids for e in visits] == [("a", "b")]
    # a month that begins more days after it is another trip
    c = events_of(resources, "捷克参议院议长维特齐8月20日率团抵达台湾。", doc_id="c", published="2020-09-01")
    assert len([e for e in dedupe(c + b) if e.mention.event_type == "visit"]) == 2


def test_an_arrival_the_day_before_a_trip_told_in_the_same_document_starts_it(resources):
    doc = events_of(resources, "阿札尔率领的访问团8月9日下午飞抵台北松山机场。", "蔡英文8月10日接见阿札尔。阿札尔8月10日访台。",
                    published="2020-08-11")
    visits = [e for e in dedupe(doc) if e.mention.event_type == "visit"]
    assert [(e.mention.place_id, e.mention.date_start, e.mention.date_end, len(e.mentions)) for e in visits] == [
        ("country:TW", "2020-08-09", "2020-08-10", 2)]
    # (an arrival two days before, or after the trip began, is another stop)
    doc = events_of(resources, "阿札尔率领的访问团8月7日下午飞抵台北松山机场。", "阿札尔8月10日访台。", published="2020-08-11")
    assert len([e for e in dedupe(doc) if e.mention.event_type == "visit"]) == 2


def test_a_country_and_a_city_in_it_are_one_place_across_documents(resources):
    a = events_of(resources, "2020年10月4日，蓬佩奥访问日本。", doc_id="a", published="2020-10-05")
    b = events_of(resources, "2020年10月4日，蓬佩奥访问东京。", doc_id="b", published="2020-10-05")
    visits = [e for e in dedupe(a + b) if e.mention.event_type == "visit"]
    assert [(e.doc_ids, e.mention.place_name) for e in visits] == [(("a", "b"), "日本")]
    # inside one document a trip and a stop of it with days of its own stay apart…
    one_doc = events_of(resources, "2020年10月4日至6日，蓬佩奥访问日本。", "2020年10月5日，蓬佩奥访问东京。", published="2020-10-07")
    assert len([e for e in dedupe(one_doc) if e.mention.event_type == "visit"]) == 2
    # …but told with the same days they are one trip, at the finer place told first
    one_doc = events_of(resources, "蓬佩奥10月4日至6日访问东京期间出席四方会谈。", "蓬佩奥缩短了行程，改为只访问日本。",
                        published="2020-10-07")
    visits = [e for e in dedupe(one_doc) if e.mention.event_type == "visit"]
    assert [(e.mention.place_name, e.mention.date_start, e.mention.date_end, len(e.mentions)) for e in visits] == [
        ("东京", "2020-10-04", "2020-10-06", 2)]
    # …and so are a trip told by its month and a city of it told by that year only
    one_doc = events_of(resources, "尼赫鲁于1954年10月间访问中国。", "1954年尼赫鲁访问北京，得到毛泽东热情接待。",
                        published="2020-03-25")
    visits = [e for e in dedupe(one_doc) if e.mention.event_type == "visit"]
    assert [(e.mention.place_name, e.mention.date_start, len(e.mentions)) for e in visits] == [("中国", "1954-10", 2)]
    # …and a trip told with its days and a day of it: the arrival starts the trip
    one_doc = events_of(resources, "美国国务次卿克拉奇9月17日抵达台湾，开始为期三天的访问。", published="2020-09-20")
    visits = [e for e in dedupe(one_doc) if e.mention.event_type == "visit"]
    assert [(e.mention.date_start, e.mention.date_end, len(e.mentions)) for e in visits] == [("2020-09-17", "2020-09-19", 2)]
    one_doc = events_of(resources, "9月18日，克拉奇到访台湾。", "克拉奇9月17日至19日访问台湾。", published="2020-09-20")
    visits = [e for e in dedupe(one_doc) if e.mention.event_type == "visit"]
    assert [(e.mention.date_start, e.mention.date_end) for e in visits] == [("2020-09-17", "2020-09-19")]
    # (a week is a rough time, not a trip's days: the arrival keeps its day)
    one_doc = events_of(resources, "奥布赖恩本周访问巴黎。", "奥布赖恩周一抵达巴黎。", published="2020-07-15")
    assert len([e for e in dedupe(one_doc) if e.mention.event_type == "visit"]) == 2
    # …but a long tour told with its days holds a day of it
    one_doc = events_of(resources, "克拉奇从9月21日到10月4日对欧洲多国进行访问。", "9月29日，正在欧洲访问的克拉奇在柏林发表讲话。",
                        published="2020-10-05")
    visits = [e for e in dedupe(one_doc) if e.mention.event_type == "visit" and e.mention.place_id == "place:ZZ:europe"]
    assert [(e.mention.date_start, e.mention.date_end, len(e.mentions)) for e in visits] == [("2020-09-21", "2020-10-04", 2)]
    # …but not the stops of a list told by the year: 访问纽约、费城 are stops of the trip
    one_doc = events_of(resources, "1896年8月底，李鸿章出访美国。", "当年李鸿章访问纽约、费城、华盛顿。",
                        published="2020-03-25")
    assert len([e for e in dedupe(one_doc) if e.mention.event_type == "visit"]) == 4
    # two cities of one country are two places
    c = events_of(resources, "2020年10月4日，蓬佩奥访问大阪。", doc_id="c", published="2020-10-05")
    assert len([e for e in dedupe(b + c) if e.mention.event_type == "visit"]) == 2


def test_whose_adviser_or_envoy_takes_no_part(resources):
    meeting = one(events_of(resources, "周二，特朗普总统的国家安全顾问罗伯特·奥布赖恩(Robert O’Brien)在巴黎与同僚举行了会谈。",
                            published="2020-07-16"), "meeting")
    assert meeting.participants == ("person:robert-o-brien",)
    visit = one(events_of(resources, "中共官媒9月4日发布消息，栗战书将作为习近平总书记、国家主席的特别代表率团于9月8日访问朝鲜。",
                          published="2018-09-05"), "visit")
    assert visit.participants == ("person:li-zhanshu",)


def test_a_document_kept_or_broken_is_no_statement(resources):
    assert events_of(resources, "英国政府7月1日表态称中国违反了1997年生效的中英联合声明。", published="2020-07-02") == []


def test_a_clock_or_until_before_a_date_clause_still_dates_the_sentence(resources):
    visit = one(events_of(resources, "美东时间7月11日（周六），特朗普到访华盛顿外的军医院。", published="2020-07-13"), "visit")
    assert visit.date_start == "2020-07-11"
    visit = one(events_of(resources, "及至1972年，美国尼克松总统破冰访问中国。"), "visit")
    assert visit.date_start == "1972"


def test_who_reacts_to_an_event_takes_no_part_in_it(resources):
    visit = one(events_of(resources, "在德国，王毅因为对捷克参议院议长维特奇8月30日访问台湾发出威胁而引发了愤怒。",
                          published="2020-09-03"), "visit")
    assert "person:wang-yi" not in visit.participants


def test_a_place_a_heading_is_about_gives_no_place(resources):
    evs = events_of(resources, ("欧中视频峰会触及香港议题", "中国总理李克强6月22日在峰会上强调，中欧双方合作远大于竞争。"),
                    published="2020-06-26")
    assert one(evs, "summit").place_name == ""
    evs = events_of(resources, ("2018年6月：新加坡", "6月12日，特朗普与金正恩举行峰会。"))
    assert one(evs, "summit").place_name == "新加坡"


def test_a_nationality_before_a_profession_is_no_place(resources):
    evs = events_of(resources, "1970年12月，毛泽东在文革中接见美国记者斯诺谈话。")
    # (Mao receives: at home, see test_who_receives_a_visitor_does_so_at_home)
    assert [(e.place_name, e.country) for e in evs] == [("中国", "CN")]


def test_an_opening_date_before_a_reporting_verb_dates_the_report(resources):
    evs = events_of(resources, "10日，英文报中国日报援引消息人士的话报导，这次随着捷克参议院议长维特齐访问台湾的捷克企业将遭禁止。",
                    published="2020-09-10")
    assert all(e.date_start == "" for e in evs if e.event_type == "visit")
    # no reporting verb between, or only an impersonal hearsay: the opening date is the event's
    visit = one(events_of(resources, "10日，捷克参议院议长维特齐访问台湾。", published="2020-09-10"), "visit")
    assert visit.date_start == "2020-09-10"
    visit = one(events_of(resources, "10月12日，有消息称习近平抵达广东。", published="2020-10-13"), "visit")
    assert visit.date_start == "2020-10-12"


def test_who_sends_an_envoy_takes_no_part_in_the_envoys_trip(resources):
    visit = one(events_of(resources, "1965年，毛泽东先后派出周恩来和刘少奇访问印尼。"), "visit")
    assert visit.participants == ("person:liu-shaoqi", "person:zhou-enlai")
    visit = one(events_of(resources, "分析人士说，习近平派出栗战书作为特使访问朝鲜。", published="2018-09-08"), "visit")
    assert visit.participants == ("person:li-zhanshu",)
    # who cancels or orders someone else's trip takes no part in it either; the other
    # party of a cancelled meeting does
    evs = events_of(resources, "特朗普突然取消了国务卿蓬佩奥前往平壤会晤金正恩的计划。", published="2018-09-10")
    # (the trip's participant is who travels; whom he was to meet is the meeting's)
    assert {(e.event_type, e.participants) for e in evs} == {("visit", ("person:mike-pompeo",)),
                                                             ("meeting", ("person:kim-jong-un", "person:mike-pompeo"))}
    visit = one(events_of(resources, "特朗普因此取消了国务卿蓬佩奥原定于上个月对平壤进行的访问。", published="2018-09-10"), "visit")
    assert visit.participants == ("person:mike-pompeo",)
    summit = one(events_of(resources, "特朗普5月24日取消了与金正恩的新加坡峰会。", published="2018-05-25"), "summit")
    assert summit.participants == ("person:donald-trump", "person:kim-jong-un")
    # who lets (or is asked not to let) someone travel does not go either
    visit = one(events_of(resources, "习近平要求特朗普不要让台湾总统蔡英文访美。", published="2019-07-01"), "visit")
    assert visit.participants == ("person:tsai-ing-wen",)
    # 派系 is a faction, not a dispatch; and with no one named after the verb the name acts
    visit = one(events_of(resources, "习近平派人访问朝鲜。", published="2018-09-08"), "visit")
    assert visit.actor_id == "person:xi-jinping"


def test_the_object_of_an_attitude_verb_is_no_subject_for_later_clauses(resources):
    evs = events_of(resources, "许多人是因不满叙利亚总统阿萨德的残暴统治，而前往叙利亚。", published="2019-03-01")
    assert not any(e.actor_id == "person:bashar-al-assad" for e in evs if e.event_type == "visit")
    evs = events_of(resources, "他说他无意到监狱探望黄之锋等人，中方警告他访港会伤害中英关系。", published="2017-10-13")
    assert not any(e.actor_id == "person:joshua-wong" for e in evs)
    # the subject of the first clause still carries over
    visit = one(events_of(resources, "阿萨德不满美国的制裁，而前往俄罗斯。", published="2019-03-01"), "visit")
    assert visit.actor_id == "person:bashar-al-assad"
    # nor does the subject of what someone does not understand
    letter = one(events_of(resources, "江青不明白毛泽东为什么不许她公开露面，她悄悄打电话给周恩来。",
                           published="1990-01-01"), "letter")
    assert (letter.actor_id, set(letter.participants)) == ("person:jiang-qing", {"person:jiang-qing", "person:zhou-enlai"})


def test_a_modal_before_the_subject_is_part_of_a_name_not_the_mood(resources):
    # 外交调查会 is cut 调查|会: that 会 stands before the subject, so it is no "will"
    visit = one(events_of(resources, "外交调查会会长岸田文雄5月29日访问了中国。", published="2020-07-08"), "visit")
    assert visit.status == "occurred"
    visit = one(events_of(resources, "外交调查会会长岸田文雄下周会访问中国。", published="2020-07-08"), "visit")
    assert visit.status == "planned"


def test_an_event_inside_since_is_past_whatever_the_main_clause_says(resources):
    visit = one(events_of(resources, "他可能成为自1960年艾森豪威尔总统访台以来最高级别的美国官员。", published="2020-08-10"), "visit")
    assert (visit.status, visit.date_start) == ("occurred", "1960")
    # a cue inside the phrase still counts
    visit = one(events_of(resources, "他可能成为自1960年艾森豪威尔总统计划访台以来第一人。", published="2020-08-10"), "visit")
    assert visit.status == "planned"


def test_a_negation_before_the_prepositional_phrase_of_a_trigger_cancels_it(resources):
    evs = events_of(resources, "教宗决定不在蓬佩奥访问梵蒂冈期间与他会面。", published="2020-09-20")
    assert one(evs, "meeting").status == "cancelled"
    assert one(evs, "visit").status == "occurred"  # inside 期间: the visit takes place
    meeting = one(events_of(resources, "蓬佩奥没有和习近平在北京会面。", published="2020-09-20"), "meeting")
    assert meeting.status == "cancelled"
    # 不同 is "different", not "not with"
    statement = one(events_of(resources, "欧盟2017年提出不同版本的声明。", published="2020-09-20"), "statement")
    assert statement.status == "occurred"


def test_a_military_rank_is_no_future_cue(resources):
    # after a name (the event's mood) and after an army (the date's tense as well)
    meeting = one(events_of(resources, "泰国陆军总司令阿披拉上将于7月10日会见了麦康维尔将军。", published="2020-07-12"), "meeting")
    assert (meeting.status, meeting.date_start) == ("occurred", "2020-07-10")
    meeting = one(events_of(resources, "美国海军上将戴维森周五会见了日本首相安倍晋三。", published="2020-07-12"), "meeting")
    assert (meeting.status, meeting.date_start) == ("occurred", "2020-07-10")
    meeting = one(events_of(resources, "泰国陆军总司令阿披拉上将将于周五会见麦康维尔将军。", published="2020-07-08"), "meeting")
    assert meeting.status == "planned"
    # 会上|将: "will" after a locative
    meeting = one(events_of(resources, "习近平在9月14日的中欧峰会上将与默克尔会面。", published="2020-09-20"), "meeting")
    assert meeting.status == "planned"


def test_no_one_visits_their_own_country(resources):
    evs = events_of(resources, "捷克代表团8月30日抵达台湾，台湾外长吴钊燮前往机场迎接，访台期间将与总统蔡英文会面。",
                    published="2020-09-01")
    assert not any(e.trigger == "访台" and e.actor_id == "person:joseph-wu" for e in evs)
    # a visit trigger with its own destination takes no object: 王毅's visit is not 蓬佩奥's
    evs = events_of(resources, "消息人士指出，王毅推迟访韩或受蓬佩奥推迟访韩影响。", published="2020-10-08")
    visits = sorted((e.actor_id, e.participants) for e in evs if e.trigger == "访韩")
    assert visits == [("person:mike-pompeo", ("person:mike-pompeo",)), ("person:wang-yi", ("person:wang-yi",))]


def test_names_before_dui_and_the_trigger_react_to_the_event(resources):
    evs = events_of(resources, "德国外长马斯当面反驳王毅对访台捷克参议院议长的威胁。", published="2020-09-02")
    assert not any(e.trigger == "访台" and e.actor_id in ("person:wang-yi", "person:heiko-maas") for e in evs)
    # 对 + a place + 进行访问 is a destination, not a reaction
    visit = one(events_of(resources, "习近平3月21日对意大利进行国事访问。", published="2019-03-22"), "visit")
    assert (visit.actor_id, visit.country) == ("person:xi-jinping", "IT")


def test_a_body_opening_the_clause_acts_not_a_person_of_an_earlier_clause(resources):
    evs = events_of(resources, "她答应冯德雄帮忙筹建新媒体组，新闻部去年对警暴问题未发声明。", published="2020-09-01")
    assert [e for e in evs if e.event_type == "statement"] == []
    statement = one(events_of(resources, "9月24日，美国司法部发表声明。", published="2020-09-25"), "statement")
    assert statement.actor_id == "country:US"
    # a minister's title is a person's, not the body's
    statement = one(events_of(resources, "6月底，美国财政部长姆努钦发出声明。", published="2020-07-05"), "statement")
    assert statement.actor_id == "person:steven-mnuchin"


def test_a_trip_that_describes_a_noun_after_zhi_is_no_event(resources):
    evs = events_of(resources, "何君尧在屯门摆街站时遇袭，该处靠近前往澳门之跨境渡轮码头。", published="2019-11-03")
    assert [e for e in evs if e.event_type == "visit"] == []
    # 访美之行: the trip of the subject before it
    visit = one(events_of(resources, "1896年，李鸿章访美之行结束。", published="2020-09-04"), "visit")
    assert visit.actor_id == "person:li-hongzhang"


def test_a_visit_used_as_a_time_phrase_has_no_object(resources):
    evs = events_of(resources, "王毅在八天的访问中将中国描绘成多边主义的支持者。", published="2020-09-01")
    assert not any(e.event_type == "visit" and e.country == "CN" for e in evs)
    # 访问中国 is a visit to China
    visit = one(events_of(resources, "1975年，福特总统访问中国。", published="2020-09-01"), "visit")
    assert visit.country == "CN"


def test_he_between_two_places_joins_the_places_not_a_counterpart(resources):
    visit = one(events_of(resources, "国务院东亚和太平洋事务局的副助理国务卿黄之瀚访问了台北。", published="2020-09-11"), "visit")
    assert visit.actor_id == "person:alex-wong"
    # a place where something happens, then 与/和 + a person: "with"
    meeting = one(events_of(resources, "金正恩在北京与中国领导人习近平举行了会晤。", published="2018-03-29"), "meeting")
    assert meeting.actor_id == "person:kim-jong-un"


def test_a_weak_phone_trigger_needs_someone_on_the_other_end(resources):
    evs = events_of(resources, "正在西班牙居家隔离的设计师蔡英文在电话中说，那个时代还没有终结。", published="2020-06-20")
    assert [e for e in evs if e.event_type == "letter"] == []
    # a counterpart the gazetteers do not know, but marked by 和, still makes a call
    letter = one(events_of(resources, "蓬佩奥承认在1月3日和中国CDC通了电话。", published="2020-04-15"), "letter")
    assert letter.actor_id == "person:mike-pompeo"


def test_a_list_of_counterparts_goes_on_across_a_comma(resources):
    meeting = one(events_of(resources, "9月14日，习近平与德国总理默克尔、欧盟理事会主席米歇尔，以及欧盟委员会主席冯德莱恩举行视频会谈。",
                            published="2020-09-20"), "meeting")
    assert set(meeting.participants) == {"person:xi-jinping", "person:angela-merkel", "person:charles-michel",
                                         "person:ursula-von-der-leyen"}


def test_a_statements_place_is_not_another_clauses_content_or_the_parties_it_speaks_for(resources):
    evs = events_of(resources, "美国和英国7月1日发表联合声明，谴责中国在香港实施国安法，而欧盟7月1日则发表了一份简短声明。",
                    published="2020-07-02")
    assert all(e.country != "HK" for e in evs if e.actor_id == "org:eu")
    evs = events_of(resources, "6月30日，英国大使朱利安·布雷思韦特在联合国代表澳大利亚、新西兰等27个国家发表联合声明。",
                    published="2020-07-01")
    assert all(e.country not in ("AU", "NZ") for e in evs)
    # a sentence opening with 在… still places the statement
    statement = one(events_of(resources, "在日内瓦举行的人权理事会会议上，印度代表拉吉夫·钱德尔6月30日发表了声明。",
                              published="2020-07-01"), "statement")
    assert statement.place_name == "日内瓦"


def test_an_event_named_again_as_a_time_keeps_its_mood(resources):
    evs = events_of(resources, "蓬佩奥明年到访台湾可能使僵局达到新的水平，但是在他访问台湾期间出现航母会威慑北京。",
                    published="2020-09-20")
    assert {e.status for e in evs if e.event_type == "visit"} == {"proposed"}
    # told again as a fact, it is what happened
    evs = events_of(resources, "蓬佩奥原先10月预计访问日本和韩国，由于疫情，蓬佩奥10月6日缩短了行程，只保留了访问日本的部分。",
                    published="2020-10-08")
    assert "occurred" in {e.status for e in evs if e.event_type == "visit" and e.country == "JP"}


def test_nobody_takes_part_in_an_event_after_their_death(resources):
    # a year-less date of a historical narrative takes the story's year, not the publication's
    evs = events_of(resources, "1896年8月28日，李鸿章抵达纽约。", "第三天，8月30日，李鸿章前往华盛顿。", published="2020-09-01")
    assert {e.date_start for e in evs if e.event_type == "visit"} == {"1896-08-28", "1896-08-30"}
    # without a written year before it the event is left undated
    evs = events_of(resources, "8月30日，李鸿章前往华盛顿。", published="2020-09-01")
    assert all(not e.date_start.startswith("2020") for e in evs)
    # the living are not touched
    evs = events_of(resources, "1896年，李鸿章访美。", "8月30日，蓬佩奥前往华盛顿。", published="2020-09-01")
    assert [e.date_start for e in evs if e.actor_id == "person:mike-pompeo"] == ["2020-08-30"]


def test_the_country_of_a_mission_is_not_its_place(resources):
    # 日本领事馆 is Japan's consulate, somewhere else; after 驻 the place is where it is
    evs = events_of(resources, "次日，梁启超前往日本领事馆拜会斋藤领事。", published="1899-07-02")
    assert [e.place_id for e in evs if e.actor_id == "person:liang-qichao"] == ["", ""]
    evs = events_of(resources, "次日，梁启超前往日本驻香港总领事馆拜会斋藤领事。", published="1899-07-02")
    assert {e.place_id for e in evs if e.actor_id == "person:liang-qichao"} == {"country:HK"}


def test_a_call_on_someone_is_a_meeting(resources):
    evs = events_of(resources, "1949年12月，毛泽东出访苏联拜会斯大林。", published="2020-07-01")
    meeting = one(evs, "meeting")
    assert (meeting.trigger, meeting.actor_id, meeting.participants, meeting.date_start) == (
        "拜会", "person:mao-zedong", ("person:joseph-stalin", "person:mao-zedong"), "1949-12")


def test_proposing_to_meet_is_proposed(resources):
    evs = events_of(resources, "蔡英文昨天亦初步提出与蓬佩奥在台北会面。", published="2020-07-01")
    assert [e.status for e in evs if e.event_type == "meeting"] == ["proposed"]
    evs = events_of(resources, "蔡英文昨天与蓬佩奥在台北会面。", published="2020-07-01")
    assert [e.status for e in evs if e.event_type == "meeting"] == ["occurred"]


def test_a_visit_named_by_its_destination_after_dui(resources):
    # 对X的访问 / 结束对X访问: the place after 对 is the destination
    evs = events_of(resources, "美国国务卿蓬佩奥星期四结束对阿曼访问，返回华盛顿。", published="2020-08-28")
    assert [e.place_id for e in evs if e.event_type == "visit"] == ["country:OM"]
    evs = events_of(resources, "蓬佩奥上个月取消了原定对平壤的访问。", published="2018-09-10")
    assert [(e.place_id, e.status) for e in evs if e.event_type == "visit"] == [("place:KP:pyongyang", "cancelled")]


def test_received_by_a_host_makes_the_topic_the_guest(resources):
    # 获…接见: the sentence's subject is received, so takes part
    evs = events_of(resources, "林郑月娥访京述职，获国家主席习近平接见。", published="2017-12-20")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.participants) == ("person:xi-jinping", ("person:carrie-lam", "person:xi-jinping"))
    # 先后获A与B接见: by each in turn
    evs = events_of(resources, "林郑月娥访京述职，先后获国家主席习近平与国务院总理李克强接见。", published="2017-12-20")
    assert sorted((e.actor_id, e.participants) for e in evs if e.event_type == "meeting") == [
        ("person:li-keqiang", ("person:carrie-lam", "person:li-keqiang")),
        ("person:xi-jinping", ("person:carrie-lam", "person:xi-jinping"))]


def test_a_list_of_days_is_the_events_range(resources):
    evs = events_of(resources, "日本外务省周四表示，杨洁篪将于周五及周六访问日本。", published="2020-02-27")
    visit = one(evs, "visit")
    assert (visit.date_start, visit.date_end, visit.status) == ("2020-02-28", "2020-02-29", "planned")
    # one day: the day alone
    evs = events_of(resources, "日本外务省周四表示，杨洁篪将于周六访问日本。", published="2020-02-27")
    assert (one(evs, "visit").date_start, one(evs, "visit").date_end) == ("2020-02-29", "2020-02-29")


def test_a_wish_before_a_scheduled_event_is_not_its_mood(resources):
    # 呼吁 governs 采取统一立场; the summit is scheduled (在9月举行的)
    evs = events_of(resources, "默克尔呼吁欧盟在9月举行的欧中峰会对中国采取统一立场。", published="2020-07-14")
    assert [e.status for e in evs if e.event_type == "summit"] == ["planned"]
    evs = events_of(resources, "默克尔呼吁欧盟9月与中国举行峰会。", published="2020-07-14")
    assert [e.status for e in evs if e.event_type == "summit"] == ["proposed"]


def test_the_other_party_after_a_spaced_date_is_no_place(resources):
    evs = events_of(resources, "美国疾病防控中心主任雷德菲尔德承认在 1 月 3 日和中国 CDC 通了电话。", published="2020-04-15")
    assert [(e.date_start, e.place_id) for e in evs if e.event_type == "letter"] == [("2020-01-03", "")]


def test_a_note_in_parentheses_has_its_own_subject(resources):
    text = "她答应李柱铭帮忙，新闻部未发声明（按：今年3月公司发声明回应）。"
    evs = events_of(resources, text, published="2020-08-01")
    assert [e for e in evs if e.actor_id == "person:martin-lee"] == []
    # without the parenthesis the subject carries on (a topic chain)
    evs = events_of(resources, "李柱铭昨天到达伦敦，并发表声明。", published="2020-08-01")
    assert [e.actor_id for e in evs if e.event_type == "statement"] == ["person:martin-lee"]


def test_a_name_in_a_time_phrase_behind_a_title_takes_no_part(resources):
    # 继…之后: the earlier call of 杨洁篪 dates this one; he is not on it
    text = "王毅5日晚间致电新德里，继政治局委员杨洁篪之后、与印度国安顾问多瓦尔通话。"
    evs = events_of(resources, text, published="2020-07-06")
    calls = [e for e in evs if e.trigger == "通话"]
    assert calls and all("person:yang-jiechi" not in e.participants for e in calls)


def test_the_nations_of_the_united_kingdom_are_places(resources):
    evs = events_of(resources, "特朗普周五晚将转赴苏格兰访问。", published="2018-07-12")
    assert [e.place_id for e in evs if e.event_type == "visit"] == ["place:GB:scotland"]


def test_a_trip_to_an_everyday_destination_is_no_visit(resources):
    evs = events_of(resources, "2020年10月2日，特朗普总统乘坐直升机前往沃尔特·里德国家军事医学中心。", published="2020-10-03")
    assert [e for e in evs if e.event_type == "visit"] == []
    evs = events_of(resources, "默克尔与马克龙争执后离开会场前往下榻酒店。", published="2020-07-20")
    assert [e for e in evs if e.event_type == "visit"] == []
    # with a place named it is a visit
    evs = events_of(resources, "金英哲周二抵达北京首都国际机场。", published="2018-05-30")
    assert [e.place_id for e in evs if e.event_type == "visit"] == ["place:CN:beijing"]


def test_the_object_of_a_verb_acts_only_in_the_event_that_is_its_object(resources):
    # who flees Castro comes to the US, not Castro
    evs = events_of(resources, "绝大多数的古巴人是为了逃避卡斯特罗的社会主义才来到美国的。", published="2020-10-01")
    assert [e for e in evs if e.actor_id == "person:fidel-castro"] == []
    # the event right after the verb is its object: its subject acts in it
    evs = events_of(resources, "青山繁晴再次提出决议，配合安倍2019年12月下旬访华。", published="2020-07-01")
    assert one(evs, "visit").actor_id == "person:shinzo-abe"


def test_a_country_before_its_election_is_no_place_of_the_event(resources):
    evs = events_of(resources, "外界猜测特朗普与金正恩是否会在11月美国大选前再次举行特金会。", published="2020-07-08")
    assert one(evs, "summit").place_id == ""
    evs = events_of(resources, "文在寅表示他乐见特朗普和金正恩在美国11月的大选前再次会面。", published="2020-07-10")
    assert one(evs, "meeting").place_id == ""
    evs = events_of(resources, "特朗普与金正恩6月12日在新加坡举行特金会。", published="2018-06-13")
    assert one(evs, "summit").place_id == "country:SG"


def test_a_title_after_a_role_marker_opening_the_clause_is_the_subjects_role(resources):
    evs = events_of(resources, "王岐山2009年担任副总理期间，曾作为“日中经济高层对话”的中方主席访日。", published="2019-08-01")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:wang-qishan", "country:JP", "2009")
    # a clause with a subject of its own before 作为 keeps the title's reading
    evs = events_of(resources, "越南作为2020年度东盟轮值主席会后发表声明。", published="2020-06-27")
    assert [e for e in evs if e.event_type == "statement" and e.actor_id.startswith("org:")] == []


def test_whom_an_earlier_event_met_is_no_topic_that_carries_on(resources):
    evs = events_of(resources, "今天上午阿扎尔会晤蔡英文，下午则与陈时中见面。", published="2020-08-10")
    meetings = sorted((e.trigger, e.actor_id, e.participants) for e in evs if e.event_type == "meeting")
    assert meetings == [("会晤", "person:alex-azar", ("person:alex-azar", "person:tsai-ing-wen")),
                        ("见面", "person:alex-azar", ("person:alex-azar", "person:chen-shih-chung"))]


def test_a_place_in_a_later_list_item_is_no_destination(resources):
    evs = events_of(resources, "刘颖匡7月有份筹组G20前往各国领事馆请愿、九龙大游行。", published="2019-09-01")
    assert all(e.place_id != "place:HK:kowloon" for e in evs if e.event_type == "visit")
    # a list of destinations is a visit to each (the day is the first stop's)
    evs = events_of(resources, "王毅8月25日前往意大利、荷兰访问。", published="2020-08-26")
    assert {(e.place_id, e.date_start) for e in evs if e.event_type == "visit"} == {("country:IT", "2020-08-25"), ("country:NL", "")}


def test_a_demanded_cancellation_is_no_cancellation(resources):
    evs = events_of(resources, "自民党7月3日草拟决议案，要求取消习近平明年4月访日计划。", published="2020-07-05")
    assert [e.status for e in evs if e.event_type == "visit"] == ["planned"]
    evs = events_of(resources, "日本政府7月3日取消了习近平访日计划。", published="2020-07-05")
    assert [e.status for e in evs if e.event_type == "visit"] == ["cancelled"]


def test_a_marker_inside_the_portfolio_of_a_title_marks_no_counterpart(resources):
    evs = events_of(resources, "主管经济成长、能源和环境的美国国务次卿克拉奇9月17日抵达台湾访问。", published="2020-09-19")
    assert {e.actor_id for e in evs if e.event_type == "visit"} == {"person:keith-krach"}
    # …joined by 与 as well (主管经济发展、能源与环境的次卿克拉奇…访台)
    evs = events_of(resources, "美国国务院主管经济发展、能源与环境的次卿克拉奇9月17日至19日访台。", published="2020-09-19")
    assert {(e.actor_id, e.date_start, e.date_end) for e in evs if e.event_type == "visit"} == \
        {("person:keith-krach", "2020-09-17", "2020-09-19")}


def test_the_stop_of_a_trip_is_a_visit_to_it(resources):
    evs = events_of(resources, "华沙是蓬佩奥国务卿此次中东欧四国之行的最后一站。", published="2020-08-16")
    assert {(e.actor_id, e.place_id) for e in evs if e.event_type == "visit"} == {("person:mike-pompeo", "place:PL:warsaw")}
    # the place right after the stop, not a place further on in the clause
    evs = events_of(resources, "罗杰斯表示，王毅的第一站意大利就遇到流亡英国的香港民运人士罗冠聪。", published="2020-08-30")
    assert {(e.actor_id, e.place_id) for e in evs if e.event_type == "visit"} == {("person:wang-yi", "country:IT")}
    # a visit verb right after the stop tells the same visit
    evs = events_of(resources, "8月25日，王毅首站访问意大利。", published="2020-08-30")
    assert [e.trigger for e in evs if e.event_type == "visit"] == ["访问"]
    # the stop is the subject of what follows: a modal after it makes it planned
    evs = events_of(resources, "王毅最后一站将到德国柏林。", published="2020-08-30")
    assert [e for e in evs if e.event_type == "visit" and e.status == "occurred"] == []


def test_an_undated_visit_takes_the_day_its_traveller_is_dated_at_its_destination(resources):
    text = ("华沙是蓬佩奥国务卿此次中东欧四国之行的最后一站。"
            "美国国务院发言人说，蓬佩奥国务卿周六在波兰首都华沙会晤了波兰总理莫拉维茨基。")
    evs = events_of(resources, text, published="2020-08-16")
    assert {(e.place_id, e.date_start, e.date_end) for e in evs if e.event_type == "visit"} == \
        {("place:PL:warsaw", "2020-08-15", "2020-08-15")}
    # two days there: the visit's own is not known
    text = ("华沙是蓬佩奥国务卿此次中东欧四国之行的最后一站。"
            "蓬佩奥8月14日在华沙会晤了波兰总统杜达。蓬佩奥周六在华沙会晤了波兰总理莫拉维茨基。")
    evs = events_of(resources, text, published="2020-08-16")
    assert {(e.place_id, e.date_start) for e in evs if e.event_type == "visit"} == {("place:PL:warsaw", "")}
    # a day the text puts the traveller there with no event of their own (28日，王毅在挪威时)
    evs = events_of(resources, "王毅8月25日首次出访选择了欧洲五国：意大利、荷兰、挪威、法国和德国。",
                    "28日，王毅在挪威时再度警告，这是干预中国内政。", published="2020-08-30")
    assert {(e.place_id, e.date_start) for e in evs if e.event_type == "visit" and e.place_id in ("country:NO", "country:NL")} == {
        ("country:NO", "2020-08-28"), ("country:NL", "")}
    # days that hold all the others are the trip's
    text = ("克拉奇9月17日率团抵达台湾。", "克拉奇于17日至19日率团访问台湾，与总统蔡英文会晤。",
            "在克拉奇访台期间，中共在台湾附近海域进行了演习。")
    evs = events_of(resources, *text, published="2020-09-20")
    assert {(e.date_start, e.date_end) for e in evs if e.event_type == "visit" and e.trigger == "访台"} == {
        ("2020-09-17", "2020-09-19")}


def test_a_pronoun_counterpart_is_the_one_the_event_before_met(resources):
    evs = events_of(resources, "英國首相文翠珊周五在契克斯會晤特朗普並共晉午餐，英女王則在溫莎堡與他茶敘。",
                    published="2018-07-14")
    assert {(e.actor_id, tuple(sorted(e.participants)), e.place_id, e.date_start) for e in evs} == {
        ("person:theresa-may", ("person:donald-trump", "person:theresa-may"), "place:GB:chequers", "2018-07-13"),
        ("person:elizabeth-ii", ("person:donald-trump", "person:elizabeth-ii"), "place:GB:windsor-castle", "2018-07-13")}
    # a tea with the press is no meeting
    assert events_of(resources, "林卓廷與傳媒茶敘時指出，政府要交代。", published="2018-07-14") == []


def test_a_meeting_at_the_seat_of_the_hosts_office_is_in_the_hosts_country(resources):
    evs = events_of(resources, "蔡英文18日在总统府接见日本前首相森喜朗率领的代表团。", published="2020-09-19")
    assert [(e.place_id, e.date_start) for e in evs] == [("country:TW", "2020-09-18")]
    evs = events_of(resources, "2007年11月，默克尔在总理府接见了达赖喇嘛。", published="2020-09-19")
    assert [e.place_id for e in evs] == ["country:DE"]
    # someone else's office is not the host's (奥地利 before 总理 reads as whose chancellor,
    # so the place stays empty rather than Germany)
    evs = events_of(resources, "2007年11月，默克尔在奥地利总理府会见了达赖喇嘛。", published="2020-09-19")
    assert [e.place_id for e in evs] == [""]


def test_a_host_receives_a_visitor_at_home(resources):
    evs = events_of(resources, "马克龙总统去年三月会见到访的中国国家主席习近平。", published="2020-07-13")
    assert {(e.event_type, e.place_id, e.date_start) for e in evs} == {
        ("visit", "country:FR", "2019-03"), ("meeting", "country:FR", "2019-03")}
    # a place of its own stays (普京在索契会见到访的蒙古总理)
    evs = events_of(resources, "俄罗斯总统普京5日在索契会见到访的蒙古总理呼日勒苏赫。", published="2019-12-06")
    assert {(e.event_type, e.place_id) for e in evs} == {("visit", "place:RU:sochi"), ("meeting", "place:RU:sochi")}
    # 接待 is a reception only with a visitor named; the subject's clause dates it
    evs = events_of(resources, "北韩领袖金正恩昨天在板门店，接待到访的南韩总统文在寅。", published="2018-05-27")
    assert {(e.event_type, e.actor_id, e.date_start) for e in evs} == {
        ("meeting", "person:kim-jong-un", "2018-05-26"), ("visit", "person:moon-jae-in", "2018-05-26")}
    assert events_of(resources, "陆钦凯是当时具体接待他们的人。", published="2020-09-01") == []


def test_who_met_may_be_the_noun_a_relative_clause_modifies(resources):
    evs = events_of(resources, "这让几个月前刚刚在北京会见了台湾新党主席郁慕明的习近平情何以堪？", published="2020-01-13")
    assert [(e.actor_id, e.participants, e.status) for e in evs] == \
        [("person:xi-jinping", ("name:郁慕明", "person:xi-jinping"), "occurred")]
    # with a subject of its own the clause is no relative clause
    evs = events_of(resources, "蔡英文10月在台北会见了新党主席郁慕明的代表团。", published="2020-01-13")
    assert [e.actor_id for e in evs] == ["person:tsai-ing-wen"]


def test_a_family_reunion_and_a_trip_to_court_are_no_events(resources):
    text = "王全璋星期一晚回到北京家中，这是王全璋被拘押4年半之后，首次与家人见面。"
    assert [e for e in events_of(resources, text, published="2020-04-30") if e.event_type == "meeting"] == []
    # …nor a call or a letter home (给父母打电话), which a call to a state's leader is
    text = "3月15日，王全璋给父母打电话报平安。"
    assert [e for e in events_of(resources, text, published="2020-04-30") if e.event_type == "letter"] == []
    assert one(events_of(resources, "3月15日，特朗普给习近平打电话。", published="2020-04-30"), "letter").participants == (
        "person:donald-trump", "person:xi-jinping")
    text = "2020年6月5日，前瑞典驻华大使林戴安抵达斯德哥尔摩的地区法庭受审。"
    assert events_of(resources, text, published="2020-06-06") == []
    text = "3月15日，加拿大前总理克雷蒂安驱车26小时前往温尼伯的家。"
    assert events_of(resources, text, published="2020-06-06") == []
    # the airport of the destination is where a visit begins
    evs = events_of(resources, "8月30日，维特齐抵达桃园机场，展开访问。", published="2020-09-01")
    assert [(e.event_type, e.place_id) for e in evs][:1] == [("visit", "place:TW:taoyuan")]


def test_an_event_in_a_former_state_has_the_code_that_state_carried(resources):
    evs = events_of(resources, "1949年12月，毛泽东出访苏联拜会斯大林。", published="2020-05-01")
    assert {(e.event_type, e.place_id, e.country) for e in evs} == {
        ("visit", "place:SU:soviet-union", "SU"), ("meeting", "place:SU:soviet-union", "SU")}


def test_a_clause_that_is_only_a_place_is_where_it_happened(resources):
    text = ("2020年7月19日，比利时布鲁塞尔，欧洲理事会主席米歇尔、德国总理默克尔与欧盟委员会主席冯德莱恩"
            "出席新冠疫情爆发以来首次欧盟面对面峰会。")
    summit = one(events_of(resources, text, published="2020-07-20"), "summit")
    assert (summit.place_id, summit.date_start) == ("place:BE:brussels", "2020-07-19")
    # a clause with more than places names no place
    text = "2020年7月19日，比利时布鲁塞尔举行示威，欧洲理事会主席米歇尔与默克尔会晤。"
    meeting = one(events_of(resources, text, published="2020-07-20"), "meeting")
    assert meeting.place_id == ""


def test_relative_dates_count_from_the_day_the_text_calls_today(resources):
    # a dateline of the 18th, but the text says 今天（19日）: 昨日 is the 18th
    text = "日本前首相森喜朗昨日再次率团抵达台湾，今天（19日）将前往已故前总统李登辉的追思礼拜。"
    evs = events_of(resources, text, published="2020-09-18")
    assert [(e.status, e.date_start) for e in evs if e.event_type == "visit"] == [("occurred", "2020-09-18")]


def test_the_one_written_to_after_xiang_takes_part(resources):
    letter = one(events_of(resources, "习近平7月1日向普京致信。", published="2020-07-02"), "letter")
    assert set(letter.participants) == {"person:xi-jinping", "person:vladimir-putin"}
    # going to a place to take up a job there is no visit (赴美国从事…研究工作), an
    # official's trip to guide work there is one (赴武汉指导防疫工作)
    assert events_of(resources, "1999年，郑颂国研究生结业后，赴美国从事博士后研究工作。", published="2020-05-25") == []
    evs = events_of(resources, "2月份，孙力军作为中央指导组成员，赴武汉指导防疫工作。", published="2020-04-20")
    assert [e.place_id for e in evs if e.event_type == "visit"] == ["place:CN:wuhan"]
    # taking up a post is a move (抵达华盛顿就任新职, 抵达驻地就任)
    assert events_of(resources, "新任驻美代表萧美琴7月20日抵达华盛顿就任新职。", published="2020-07-25") == []
    assert events_of(resources, "新任驻美代表萧美琴也将于7月下旬抵达驻地就任新职。", published="2020-07-17") == []
    # considering a trip is no trip
    evs = events_of(resources, "林荣基6月正考虑赴美国。", published="2020-04-20")
    assert [e.status for e in evs if e.event_type == "visit"] in ([], ["proposed"])


def test_the_plot_of_a_story_is_no_event(resources):
    evs = events_of(resources, "电影讲述了一个1988年从乡下来到洛杉矶的青年约翰·那达（John Nada）。", published="2021-09-15")
    assert evs == []


def test_moving_to_a_place_to_work_or_study_there_is_no_visit(resources):
    evs = events_of(resources, "苟晶毕业后只能辗转来到南方的杭州打工。", published="2020-06-20")
    assert [e for e in evs if e.event_type == "visit"] == []
    evs = events_of(resources, "王丹1998年前往美国留学。", published="2020-06-20")
    assert [e for e in evs if e.event_type == "visit"] == []
    # a working visit is a visit
    evs = events_of(resources, "蓬佩奥周二抵达东京进行工作访问。", published="2020-10-07")
    assert {e.place_id for e in evs if e.event_type == "visit"} == {"place:JP:tokyo"}


def test_a_date_before_the_verb_that_holds_the_event_is_its_date(resources):
    evs = events_of(resources, "欧盟27国领导人周五在布鲁塞尔召开新型肺炎疫情爆发以来首次面对面峰会。", published="2020-07-18")
    assert [(e.date_start, e.place_id) for e in evs if e.event_type == "summit"] == [("2020-07-17", "place:BE:brussels")]
    # a date inside the time clause that 以来 closes is not the event's
    evs = events_of(resources, "这是他2011年继承权力以来的首次出国访问。", published="2018-03-28")
    assert all(e.date_start != "2011" for e in evs)


def test_no_one_takes_part_in_an_event_of_a_written_year_after_their_death(resources):
    # (费正清 died in 1991: the centre named after him invites, not he)
    text = "1996年应哈佛大学费正清东亚研究中心邀请赴美访问讲学。"
    evs = events_of(resources, text, published="2020-07-01")
    assert all("person:john-king-fairbank" not in e.participants for e in evs)
    # a year before the death keeps him
    evs = events_of(resources, "1972年费正清访问中国。", published="2020-07-01")
    assert [e.actor_id for e in evs if e.event_type == "visit"] == ["person:john-king-fairbank"]


def test_a_count_of_countries_after_dui_still_marks_the_destination(resources):
    evs = events_of(resources, "克拉奇本月出访台湾后，21日开始对欧盟和欧洲8国的访问。", published="2020-09-22")
    assert ("2020-09-21", "place:ZZ:europe") in [(e.date_start, e.place_id) for e in evs if e.event_type == "visit"]
    # a superlative between a place and a title keeps the place an affiliation
    evs = events_of(resources, "阿扎尔是数十年来访问台湾的美国最高级别官员。", published="2020-09-18")
    assert [e.place_id for e in evs if e.event_type == "visit"] == ["country:TW"]


def test_names_a_statement_is_about_do_not_issue_it(resources):
    text = "各国针对德国总理默克尔9月14日与中国领导人习近平举行视讯峰会的结果发表声明。"
    evs = events_of(resources, text, published="2020-10-02")
    assert [e for e in evs if e.event_type == "statement"] == []
    # the issuer before the topic still issues it
    evs = events_of(resources, "默克尔9月15日针对峰会的结果发表声明。", published="2020-10-02")
    assert [(e.actor_id, e.date_start) for e in evs if e.event_type == "statement"] == [("person:angela-merkel", "2020-09-15")]


def test_a_possessor_is_the_topic_only_when_no_one_else_is(resources):
    # (a lawyer's visit in a detention centre is no meeting: the same sentence in Beijing)
    text = "作为余文生二审上诉律师之一的卢思位，8月13日首次获准阅览余文生的文章，并于8月14日在北京会见他。"
    evs = events_of(resources, text, published="2020-08-20")
    assert [e.actor_id for e in evs if e.event_type == "meeting"] == ["person:lu-siwei"]
    # alone, a name before 的 still carries on
    evs = events_of(resources, "在维特齐的率领下，代表团8月30日抵达台北。", published="2020-09-01")
    assert [e.actor_id for e in evs if e.event_type == "visit"] == ["person:milos-vystrcil"]


def test_a_date_of_taking_office_is_not_the_events(resources):
    text = "12月6日，新任香港警务处处长邓炳强前往北京进行其于11月19日就任后的礼节性拜访。"
    evs = events_of(resources, text, published="2019-12-07")
    assert {e.date_start for e in evs if e.event_type == "meeting"} == {"2019-12-06"}


def test_what_is_signed_after_a_meeting_is_signed_by_both(resources):
    evs = events_of(resources, "上月27日，文在寅与金正恩举行首次峰会，签署《板门店宣言》。", published="2018-05-20")
    signed = one(evs, "agreement")
    assert signed.participants == ("person:kim-jong-un", "person:moon-jae-in")
    # a solo act after a meeting stays solo (a statement is no agreement)
    evs = events_of(resources, "7月21日，蓬佩奥与约翰逊会面，随后发表声明。", published="2020-07-22")
    assert [e.participants for e in evs if e.event_type == "statement"] == [("person:mike-pompeo",)]


def test_who_an_act_is_coordinated_with_is_no_topic(resources):
    text = "青山繁晴12月10日再次访问首相官邸，配合安倍12月下旬访华，并交给官房副长官冈田直树，在与冈田会见后青山表明立场。"
    evs = events_of(resources, text, published="2020-07-05")
    assert [e.actor_id for e in evs if e.trigger == "会见"] == ["person:shigeharu-aoyama"]


def test_a_marker_inside_a_longer_word_makes_no_counterpart(resources):
    # 同 of 同时, 及 of 涉及, 和 of 共和国 are no "with"
    evs = events_of(resources, "她同时再次感谢维特齐近期率团访台。", published="2020-09-20")
    assert [e.actor_id for e in evs if e.event_type == "visit"] == ["person:milos-vystrcil"]
    evs = events_of(resources, "同年11月彭斯出席东盟峰会时表态。", published="2020-09-20")
    assert [e.actor_id for e in evs if e.event_type == "summit"] == ["person:mike-pence"]
    # words that still mean "with" keep their marker
    evs = events_of(resources, "2018年3月26日，在习近平陪同下，金正恩参观了北京。", published="2018-03-30")
    assert all(e.actor_id == "person:kim-jong-un" for e in evs)


def test_a_visit_under_way_through_its_light_verb(resources):
    evs = events_of(resources, "毕根正在进行首尔与东京的4天访问行程。", published="2020-07-08")
    assert {(e.place_name, e.status, e.date_start) for e in evs if e.event_type == "visit"} == {
        ("首尔", "occurred", "2020-07-08"), ("东京", "occurred", "")}
    # 正在 of another verb leaves the event's mood to its own cues
    evs = events_of(resources, "韩中两国正在讨论王毅访韩事宜，但尚未确定具体时间。", published="2020-07-08")
    assert [e for e in evs if e.event_type == "visit" and e.status == "occurred"] == []


def test_said_during_a_visit_of_a_place_is_no_interview(resources):
    evs = events_of(resources, "比根在对首尔为期三天的访问中表示，华盛顿方面愿意讨论。", published="2020-07-09")
    assert [(e.actor_id, e.place_id) for e in evs if e.event_type == "visit"] == [("person:stephen-biegun", "place:KR:seoul")]
    # of a person it is an interview
    evs = events_of(resources, "杨润雄7月8日在访问中指，学校需要跟进。", published="2020-07-09")
    assert [e for e in evs if e.event_type == "visit"] == []


def test_the_subject_left_out_of_a_time_clause_opens_the_next(resources):
    text = "博尔顿透露，在2019年与朝鲜领导人金正恩在河内举行峰会前，特朗普并没有做好充分的准备。"
    summit = one(events_of(resources, text, published="2020-06-20"), "summit")
    assert (summit.actor_id, summit.place_id, summit.date_start) == ("person:donald-trump", "place:VN:hanoi", "2019")
    assert summit.participants == ("person:donald-trump", "person:kim-jong-un")
    # the subject named after a clause that places it at a summit attends it
    text = "2019年4月27日，在一带一路峰会上，习近平发表讲话。"
    summit = one(events_of(resources, text, published="2020-06-20"), "summit")
    assert (summit.actor_id, summit.date_start) == ("person:xi-jinping", "2019-04-27")
    # …and so do the names listed with it
    text = "在六月举办的中欧峰会上，欧盟委员会主席冯德莱恩和理事会主席米歇尔明确表达了担忧。"
    summit = one(events_of(resources, text, published="2020-06-29"), "summit")
    assert set(summit.participants) == {"person:ursula-von-der-leyen", "person:charles-michel"}
    # (a weak trigger needs a counterpart: the subjects after a subjectless call are not one)
    text = "1968年6月24日，学生逃窜，紧接着，电话告知指挥部，部长刘德胜和副部长汤中云马上调人援救。"
    assert [e for e in events_of(resources, text, published="2020-06-29") if e.event_type == "letter"] == []
    # after a summit, without a counterpart, the next subject did something else
    text = "在新加坡朝美峰会后不久，6月19日到20日，金正恩又乘专机赴北京访问。"
    assert [e for e in events_of(resources, text, published="2018-06-25") if e.event_type == "summit"] == []


def test_an_event_talked_about_needs_its_own_date(resources):
    text = "而在谈及习近平对日本进行国事访问时他指出，希望充分对话。"
    assert [e for e in events_of(resources, text, published="2020-03-08") if e.event_type == "visit"] == []
    text = "学者们都一致提及2016年习近平至捷克的首次国事访问。"
    visit = one(events_of(resources, text, published="2020-09-01"), "visit")
    assert (visit.place_id, visit.date_start) == ("country:CZ", "2016")


def test_an_event_whose_result_is_told_took_place_with_its_subject(resources):
    # 的结果/的内容/的成果 after the event: what came of it, not a relative clause whose
    # head is the person who acts
    text = "欧盟国家针对德国总理默克尔9月14日与中国领导人习近平举行视讯峰会的结果发表声明。"
    summit = one(events_of(resources, text, published="2020-10-02"), "summit")
    assert (summit.actor_id, summit.participants, summit.date_start) == (
        "person:angela-merkel", ("person:angela-merkel", "person:xi-jinping"), "2020-09-14")
    # a relative clause whose head is a person still names the one who acts
    text = "与习近平举行视讯峰会的德国总理默克尔9月14日表示，欧盟不会让步。"
    summit = one(events_of(resources, text, published="2020-10-02"), "summit")
    assert summit.actor_id == "person:angela-merkel"


def test_the_date_of_telling_about_an_event_is_not_its_date(resources):
    # 交代/介绍 …的内容: the date is when it was told; the meeting needs its own
    text = "文在寅今早在青瓦台记者会交代与金正恩会谈的内容。"
    assert [e for e in events_of(resources, text, published="2018-05-27") if e.event_type == "meeting"] == []
    text = "文在寅今早交代周六与金正恩在板门店会面的结果。"
    meeting = one(events_of(resources, text, published="2018-05-27"), "meeting")
    assert (meeting.date_start, meeting.place_id) == ("2018-05-26", "place:KR:panmunjom")


def test_a_video_conference_held_with_someone_is_a_meeting(resources):
    text = "7月2日，欧盟委员会主席冯德莱恩与德国总理默克尔举行视频会议时表示，将讨论香港。"
    meeting = one(events_of(resources, text, published="2020-07-03"), "meeting")
    assert (meeting.actor_id, meeting.participants, meeting.place_id) == (
        "person:ursula-von-der-leyen", ("person:angela-merkel", "person:ursula-von-der-leyen"), "")
    # a conference one speaks at is none
    text = "蔡英文10月12日晚间在“公元两千论坛”视讯会议开幕式中发表录影演说。"
    assert [e for e in events_of(resources, text, published="2020-10-13") if e.event_type == "meeting"] == []


def test_a_call_on_a_place_is_a_visit(resources):
    evs = events_of(resources, "布兰斯塔德2019年应邀拜访中国各省。", published="2020-09-10")
    assert [(e.event_type, e.place_id) for e in evs if e.trigger == "拜访"] == [("visit", "country:CN")]
    # on a person or a body it is a meeting, whatever place names them
    evs = events_of(resources, "王毅2019年5月拜访了美国驻华大使布兰斯塔德。", published="2020-09-10")
    assert [e.event_type for e in evs if e.trigger == "拜访"] == ["meeting"]


def test_a_trip_noun_goes_to_the_place_before_it(resources):
    visit = one(events_of(resources, "但诸事不顺，中共外长王毅此次欧洲之行一路遭外交冷遇。", published="2020-09-02"), "visit")
    assert (visit.actor_id, visit.place_id) == ("person:wang-yi", "place:ZZ:europe")
    visit = one(events_of(resources, "美国国务卿蓬佩奥将于下周展开亚洲之行。", published="2020-10-02"), "visit")
    assert (visit.status, visit.date_start) == ("planned", "2020-10-05")
    # no trip without a place, and no second event of a visit named before it
    assert events_of(resources, "对这种禽兽之行深恶痛绝。", published="2020-10-02") == []
    evs = events_of(resources, "1896年，李鸿章访美之行结束。", published="2020-10-02")
    assert [e.trigger for e in evs] == ["访美"]


def test_an_adverb_before_he_makes_it_with(resources):
    meeting = one(events_of(resources, "10月6日，蓬佩奥同时还和日本首相菅义伟会晤。", published="2020-10-07"), "meeting")
    assert meeting.actor_id == "person:mike-pompeo"
    # two names joined by 和 still act together
    meeting = one(events_of(resources, "10月6日，蓬佩奥和菅义伟在东京会晤。", published="2020-10-07"), "meeting")
    assert meeting.participants == ("person:mike-pompeo", "person:yoshihide-suga")


def test_the_title_of_a_role_taken_is_no_unknown_subject(resources):
    text = "中方宣布，委员长栗战书，作为习近平的特使将在本周末出访朝鲜。"
    visit = one(events_of(resources, text, published="2018-09-05"), "visit")
    assert (visit.actor_id, visit.status, visit.place_id) == ("person:li-zhanshu", "planned", "country:KP")


def test_subjects_listed_with_the_topic_carry_on_with_it(resources):
    text = "1945年2月4日至11日，丘吉尔、罗斯福、斯大林在苏联雅尔塔举行会议，签订了雅尔塔密约。"
    signed = one(events_of(resources, text, published="2020-09-01"), "agreement")
    assert signed.participants == ("person:franklin-d-roosevelt", "person:joseph-stalin", "person:winston-churchill")


def test_a_death_that_dates_an_event_takes_no_part(resources):
    text = "事隔一年，劉霞終在昨日、在劉曉波逝世一周年前夕，離開中國前往德國。"
    visit = one(events_of(resources, text, published="2018-07-11"), "visit")
    assert (visit.actor_id, visit.participants, visit.date_start) == ("person:liu-xia", ("person:liu-xia",), "2018-07-10")


def test_an_event_before_a_time_noun_keeps_its_subject(resources):
    text = "王毅在中共国务委员杨洁篪8月访韩的情况下再次来韩十分罕见。"
    visit = one(events_of(resources, text, published="2020-10-06"), "visit")
    assert (visit.actor_id, visit.participants, visit.date_start) == ("person:yang-jiechi", ("person:yang-jiechi",), "2020-08")
    # before a person's title 的 still opens a relative clause (the visitor is unnamed)
    assert [e for e in events_of(resources, "8月访华的加拿大总督正与习近平握手。", published="2020-10-06")
            if e.event_type == "visit"] == []
    # 在 before a place is where, not whose: the guest of 获…接见 stays
    meeting = one(events_of(resources, "林郑月娥11月4日在上海获习近平接见。", published="2019-11-05"), "meeting")
    assert meeting.participants == ("person:carrie-lam", "person:xi-jinping")


def test_a_date_glossing_an_adverb_governs_the_sentence(resources):
    text = "早前（10月1日），蓬佩奥对梵蒂冈进行了访问。"
    visit = one(events_of(resources, text, published="2020-10-08"), "visit")
    assert (visit.place_id, visit.date_start) == ("country:VA", "2020-10-01")


def test_a_trigger_jieba_joins_to_a_time_word_is_found(resources):
    # jieba keeps 访问期间 as one word; 对X地区为期一天的短暂访问 names the destination
    text = "6月22日，莫迪对拉达克地区为期一天的短暂访问期间，还看望了伤病员。"
    visit = one(events_of(resources, text, published="2020-07-04"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:narendra-modi", "place:IN:ladakh", "2020-06-22")


def test_those_who_accompany_do_not_act(resources):
    text = ("印度总理莫迪7月3日突然造访拉达克地区，在国防参谋长拉瓦特（Bipin Rawat）和陆军司令纳拉瓦内"
            "（ManojMukund Naravane）陪同下，搭乘直升机抵达列城。")
    assert {e.actor_id for e in events_of(resources, text, published="2020-07-04")} == {"person:narendra-modi"}


def test_the_topic_met_in_a_clause_is_not_its_actor(resources):
    text = "曾俊華及林鄭月娥今日均有拜訪廠商會，但早上與曾俊華會面時，出席會董相對較少。"
    assert [e for e in events_of(resources, text, published="2017-01-24") if e.trigger == "会面"] == []


def test_a_title_that_holds_yu_is_one_word(resources):
    text = "上个月，美国卫生与公共服务部长阿扎尔才刚完成了对台湾的访问。"
    visit = one(events_of(resources, text, published="2020-09-10"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:alex-azar", "country:TW", "2020-08")


def test_counterparts_met_each_in_turn_are_separate_meetings(resources):
    evs = events_of(resources, "林郑16日分别与国家主席习近平、总理李克强见面。", published="2019-12-19")
    assert sorted(e.participants for e in evs if e.event_type == "meeting") == [
        ("person:carrie-lam", "person:li-keqiang"), ("person:carrie-lam", "person:xi-jinping")]
    # without 分别/先后 it is one meeting of three
    evs = events_of(resources, "林郑16日与国家主席习近平、总理李克强见面。", published="2019-12-19")
    assert [e.participants for e in evs if e.event_type == "meeting"] == [
        ("person:carrie-lam", "person:li-keqiang", "person:xi-jinping")]


def test_who_recalls_a_meeting_with_someone_had_it(resources):
    meeting = one(events_of(resources, "拜登经常说起2009年在莫斯科与普京会晤的情景。", published="2020-07-10"), "meeting")
    assert (meeting.actor_id, meeting.participants, meeting.date_start, meeting.place_id) == (
        "person:joe-biden", ("person:joe-biden", "person:vladimir-putin"), "2009", "place:RU:moscow")
    # who only tells of others' meeting takes no part
    meeting = one(events_of(resources, "拜登说起2009年特朗普在莫斯科与普京会晤的情景。", published="2020-07-10"), "meeting")
    assert meeting.actor_id == "person:donald-trump" and "person:joe-biden" not in meeting.participants


def test_an_event_in_a_clause_after_which_the_sentence_goes_on_keeps_the_date(resources):
    text = "2016年1月，中国国家主席习近平赴伊朗进行国是访问后，两国关系升级。"
    visit = one(events_of(resources, text, published="2020-07-10"), "visit")
    assert (visit.place_id, visit.date_start) == ("country:IR", "2016-01")
    # before the event, the date is the main clause's
    text = "2006年3月17日，胡锦涛访问美国之前，当局释放了多名异见人士。"
    visit = one(events_of(resources, text, published="2020-07-10"), "visit")
    assert visit.date_start == ""


def test_whose_sister_acts_is_not_the_actor(resources):
    text = "许志永的二姐7月20日给专案组打过电话。"
    assert [e for e in events_of(resources, text, published="2020-07-20") if e.event_type == "letter"] == []


def test_a_restating_sentence_still_names_the_event_it_counts_from(resources):
    text = "这是自美国卫生部长阿扎尔8月中旬访台后，美方第二次对台湾派出高规格访问团。"
    visit = one(events_of(resources, text, published="2020-09-17"), "visit")
    assert (visit.actor_id, visit.date_start, visit.date_end) == ("person:alex-azar", "2020-08-11", "2020-08-20")
    # …and so does 继…之后 (with 抵台, an arrival with its place: 率团抵台)
    text = "这是继捷克参议院议长维特齐8月30日率团抵台之后，美方第二次对台湾派出高规格访问团。"
    visit = one(events_of(resources, text, published="2020-09-17"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:milos-vystrcil", "country:TW", "2020-08-30")
    # the event it restates is not reported again
    evs = events_of(resources, "3月26日，金正恩抵达北京。", "这是金正恩自2011年掌权以来首次访华。", published="2018-03-28")
    assert [(e.trigger, e.date_start) for e in evs] == [("抵达", "2018-03-26")]
    # …unless the article has told no event of its kind before: then it is its report
    evs = events_of(resources, "泰国总理佩通坦在北京与习近平举行了会晤。", "这是佩通坦出任总理以来首次访华。",
                    published="2025-02-06")
    assert (one(evs, "visit").actor_id, one(evs, "visit").country) == ("person:paetongtarn-shinawatra", "CN")
    # …but a later clause with a time connective and a subject of its own reports another
    text = ("马杜罗13日抵达北京。", "这是马杜罗第四次访问中国，此前副总统罗德里格斯刚刚在10号抵达中国访问。")
    evs = events_of(resources, *text, published="2018-09-14")
    assert sorted((e.actor_id, e.date_start) for e in evs) == [("name:罗德里格斯", "2018-09-10"),
                                                               ("person:nicolas-maduro", "2018-09-13")]


def test_a_trigger_jieba_joins_to_a_trip_noun_is_found(resources):
    visit = one(events_of(resources, "1972年，尼克松总统的历史性访华之旅展开了交往。", published="2020-07-28"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:richard-nixon", "country:CN", "1972")


def test_a_planned_event_keeps_its_scheduled_date_across_an_apposition(resources):
    text = "特朗普和习近平将于11月17日，也就是亚太经合峰会的第二天，在智利首都圣地亚哥签署第一阶段贸易协议。"
    signed = one(events_of(resources, text, published="2019-10-31"), "agreement")
    assert (signed.status, signed.date_start, signed.place_id) == ("planned", "2019-11-17", "place:CL:santiago")


def test_a_question_between_holding_and_postponing_is_no_cancellation(resources):
    text = "日本政府为难，习近平4月访日如期还是延后？"
    visit = one(events_of(resources, text, published="2020-03-01"), "visit")
    assert visit.status == "planned"


def test_the_title_gives_the_place_of_the_same_event_in_the_body(resources):
    import dataclasses
    doc = make_document("没有拥抱：默克尔柏林会晤马克龙", "在多次视频对话之后，德国总理默克尔和法国总统马克龙首次面对面会晤。",
                        published="2020-06-30")
    doc = dataclasses.replace(doc, blocks=[dataclasses.replace(doc.blocks[0], kind="title"), *doc.blocks[1:]])
    _, events = annotate(doc, resources)
    meeting = one(events, "meeting")
    assert (meeting.place_id, meeting.participants) == ("place:DE:berlin", ("person:angela-merkel", "person:emmanuel-macron"))
    # a place the title says something else about is not the event's
    doc = make_document("习近平会晤普京后批评美国", "习近平与俄罗斯总统普京会晤。", published="2018-09-12")
    doc = dataclasses.replace(doc, blocks=[dataclasses.replace(doc.blocks[0], kind="title"), *doc.blocks[1:]])
    _, events = annotate(doc, resources)
    assert [e.place_id for e in events if e.event_type == "meeting"] in ([], [""])


def test_a_pronoun_with_no_earlier_event_is_the_person_who_opens_the_last_clause(resources):
    text = "拜登显然很喜欢讲述这些故事：他经常说起2009年在莫斯科与普京会晤的情景。"
    meeting = one(events_of(resources, text, published="2020-07-10"), "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("person:joe-biden", "2009")
    # not a name inside another phrase (推进川普政府的政策), nor a pronoun after 对/与 or before 们
    text = "他的每一次旅行都推进川普政府的政策。例如，他2019年前往希腊的旅行很重要。"
    assert [e for e in events_of(resources, text, published="2020-07-10") if e.event_type == "visit"] == []
    text = "特朗普表示，美国对他们2020年获取前往美国的签证设限。"
    assert [e for e in events_of(resources, text, published="2020-07-10") if e.event_type == "visit"] == []


def test_a_title_after_a_name_may_say_when_it_was_held(resources):
    visit = one(events_of(resources, "2004年，哈维尔前总统访问台湾。", published="2020-09-01"), "visit")
    assert (visit.actor_id, visit.place_id) == ("person:vaclav-havel", "country:TW")


def test_a_date_clause_right_before_a_planned_event_is_its_own(resources):
    text = "法德双方都在推进计划，今天晚间，默克尔将在柏林与马克龙会谈。"
    meeting = one(events_of(resources, text, published="2020-06-29"), "meeting")
    assert (meeting.status, meeting.date_start) == ("planned", "2020-06-29")
    # not across a report, nor for a plan named as the time of something else
    assert events_of(resources, "10日，白宫表示，蓬佩奥将访问日本。", published="2020-07-11") == []
    text = "2006年3月17日，中国国家主席胡锦涛即将访问美国之际，检察院撤销指控。"
    assert events_of(resources, text, published="2015-01-29") == []
    # the subject's own clause, its date right after the name and its "will", is the
    # first half of the plan
    visit = one(events_of(resources, "蓬佩奥周日将启程，前往日本出席四方外长会议。", published="2020-10-01"), "visit")
    assert (visit.status, visit.place_id, visit.date_start) == ("planned", "country:JP", "2020-10-04")
    visits = events_of(resources, "林卓廷下周将与何君尧，代表立法会到英国伦敦出席研讨会。", published="2017-11-07")
    assert (one(visits, "visit").date_start, one(visits, "visit").date_end) == ("2017-11-13", "2017-11-19")
    # …or of the plan that changed (原定)
    visit = one(events_of(resources, "林卓廷原定下周与何君尧，代表立法会到英国伦敦出席研讨会。", published="2017-11-07"), "visit")
    assert (visit.status, visit.date_start) == ("cancelled", "2017-11-13")
    # (not a name that qualifies a noun)
    text = "李登辉追思告别礼拜19日将在淡水举行，美日政要赴台。"
    assert events_of(resources, text, published="2020-09-18") == []


def test_hope_as_a_noun_and_cues_inside_the_topic_set_no_mood(resources):
    text = "2019年6月，金正恩对韩美还是寄予一定希望的，所以在板门店会晤特朗普。"
    assert one(events_of(resources, text, published="2020-07-10"), "meeting").status == "occurred"
    text = "上个月，比林斯利亚在维也纳与俄罗斯官员就拟议中的三方条约进行了会谈。"
    assert one(events_of(resources, text, published="2020-07-10"), "meeting").status == "occurred"


def test_a_gloss_in_parentheses_neither_splits_the_clause_nor_acts(resources):
    text = "中国外交部长王毅本周结束了新冠病毒(又称中共病毒，COVID-19)流行期间的首次海外访问。"
    visit = one(events_of(resources, text, published="2020-09-05"), "visit")
    assert (visit.actor_id, visit.date_start) == ("person:wang-yi", "2020-08-31")
    text = "民主党参议员范·荷伦（Sen. Chris Van Hollen, D-MD）与共和党参议员图米（Sen. Pat Toomey, R-PA）5月21日发表声明。"
    statement = one(events_of(resources, text, published="2020-05-22"), "statement")
    assert statement.participants == ("name:图米", "person:chris-van-hollen")


def test_the_subject_after_a_time_clause_may_follow_its_title(resources):
    text = "周一，与中国国家主席习近平举行视频峰会后，欧洲委员会主席冯德莱恩在新闻发布会上讲话。"
    summit = one(events_of(resources, text, published="2020-06-23"), "summit")
    assert (summit.actor_id, summit.date_start) == ("person:ursula-von-der-leyen", "2020-06-22")
    assert summit.participants == ("person:ursula-von-der-leyen", "person:xi-jinping")
    text = "2019年8月26日，在法国召开的年度G7峰会上，美国总统川普与德国总理默克尔交谈。"
    summit = one(events_of(resources, text, published="2020-09-01"), "summit")
    assert summit.actor_id == "person:donald-trump"


def test_the_object_of_a_verb_after_de_is_not_possessed(resources):
    # 森喜朗率领的…吊唁李登辉代表团: 李登辉 is whom the delegation mourns, not 森喜朗's
    # relative or envoy, so 森喜朗 is no possessor and takes part (特朗普的女儿伊万卡 stays one).
    meeting = one(events_of(resources, "蔡英文18日在总统府接见日本前首相森喜朗率领的日本吊唁李登辉代表团一行人。",
                            published="2020-09-18"), "meeting")
    assert set(meeting.participants) == {"person:tsai-ing-wen", "person:yoshiro-mori"}
    visits = events_of(resources, "特朗普的女儿伊万卡16日抵达东京访问。", published="2019-05-20")
    assert visits and all("person:donald-trump" not in v.participants for v in visits)


def test_go_to_is_a_trip_only_to_the_place_right_after_it(resources):
    # 赴 + a place (also a one-character abbreviation, 赴台) is a visit there; 赴 before
    # something that is no place (曾赴洗肾的病人) is none.
    visit = one(events_of(resources, "森喜朗上个月赴台吊唁李登辉。", published="2020-09-18"), "visit")
    assert (visit.actor_id, visit.country, visit.date_start) == ("person:yoshiro-mori", "TW", "2020-08")
    visit = one(events_of(resources, "法国总统马克龙周一将赴柏林与德国总理默克尔会晤。", published="2020-06-27"), "visit")
    assert (visit.place_name, visit.status) == ("柏林", "planned")
    assert not [e for e in events_of(resources, "张竹君指卫生署正追踪同日曾赴洗肾的病人。", published="2020-11-24")
                if e.event_type == "visit"]
    # 抵 likewise (率团抵台, 抵英), but arriving in one's own country is no visit
    visit = one(events_of(resources, "捷克参议院议长维特齐8月30日率团抵台。", published="2020-09-19"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:milos-vystrcil", "country:TW", "2020-08-30")
    assert [e for e in events_of(resources, "林郑月娥指，四部口罩机已经抵港。", published="2020-02-10")
            if e.event_type == "visit"] == []


def test_a_trip_for_private_ends_is_no_visit(resources):
    # Treatment, study, asylum or a holiday at the destination: a move, not a visit (as
    # 赴美留学); 赴美 holds its destination, so the cue follows the trigger itself.
    for sentence in ("1939年，周恩来因坠马伤臂赴苏联治疗。", "梁颂恒今年赴美寻求庇护。", "1955年3月，江泽民赴莫斯科学习。", "1955年3月，江泽民赴前苏联莫斯科学习机电知识。",
                     "1935年，曾山赴莫斯科列宁学院学习受训。",
                     "2019年8月18日，李孟居前往香港旅游。", "1965年，高田贤三前往欧洲逐梦。",
                     "1936年，欧威尔加入国际军队，前往西班牙参战。"):
        assert not [e for e in events_of(resources, sentence, published="2020-10-01") if e.event_type == "visit"], sentence
    assert [e for e in events_of(resources, "1945年8月28日，毛泽东赴重庆访问。", published="2020-10-01") if e.event_type == "visit"]


def test_the_matter_of_a_trip_after_its_destination_is_a_topic(resources):
    # 陈同佳赴台一事: the trip is what the sentence talks about; a planned one stays a plan.
    for sentence in ("台湾陆委会批评港府就陈同佳赴台一事依然无所作为。", "台湾陆委会批评港府就陈同佳前往台湾一事依然无所作为。"):
        assert not events_of(resources, sentence, published="2020-10-20"), sentence
    visit = one(events_of(resources, "日本传媒报道，习近平预计四月上旬访问日本一事成为焦点。", published="2020-02-27"), "visit")
    assert (visit.status, visit.country) == ("planned", "JP")


def test_a_banquet_for_a_guest_is_a_meeting(resources):
    meeting = one(events_of(resources, "蔡英文18日晚间在台北宴请森喜朗一行人。", published="2020-09-18"), "meeting")
    assert set(meeting.participants) == {"person:tsai-ing-wen", "person:yoshiro-mori"}
    assert meeting.date_start == "2020-09-18"
    # 款待 (and 设宴款待/设宴欢迎/设宴招待, one word to the segmenter) likewise; not with no guest named
    for text in ("1985年，州长布兰斯塔德款待了习近平一行。", "1985年，州长布兰斯塔德设宴款待习近平一行。",
                 "1985年，州长布兰斯塔德设宴欢迎习近平一行。", "1985年，州长布兰斯塔德设宴招待习近平一行。"):
        meeting = one(events_of(resources, text, published="2020-09-18"), "meeting")
        assert (set(meeting.participants), meeting.date_start) == ({"person:terry-branstad", "person:xi-jinping"}, "1985"), text
    assert not events_of(resources, "1985年，布兰斯塔德只能这样款待你了。", published="2020-09-18")


def test_a_subjectless_since_phrase_takes_the_subject_of_the_next_clause(resources):
    visit = one(events_of(resources, "这也是自去年7月访问泰国以来，蓬佩奥首次访问亚洲。", published="2020-10-01"), "visit")
    assert (visit.actor_id, visit.country, visit.date_start) == ("person:mike-pompeo", "TH", "2019-07")
    # a phrase with its own subject keeps it (自特朗普访华以来, not 习近平's visit)
    visit = one(events_of(resources, "自特朗普2017年11月访华以来，习近平多次提到贸易。", published="2020-10-01"), "visit")
    assert visit.actor_id == "person:donald-trump"


def test_talks_held_by_two_states_delegations(resources):
    # 谈判 with a party and a holding verb is a meeting; a country's delegation is the
    # country at the table; a date and a 在 phrase do not count towards the reach.
    meeting = one(events_of(resources, "美国与俄罗斯代表团上个月在奥地利首都维也纳举行谈判，讨论两国的核武器控制问题。",
                            published="2020-07-20"), "meeting")
    assert (set(meeting.participants), meeting.place_name, meeting.date_start) == ({"country:US", "country:RU"}, "维也纳", "2020-06")
    # negotiations as a process, their outcome, or a dateline before another subject: none
    assert not events_of(resources, "中美贸易谈判上个月陷入僵局。", published="2020-07-20")
    assert not events_of(resources, "他7月17日表示，与中国进行谈判所取得的成功应帮助解决问题。", published="2020-07-20")
    assert not events_of(resources, "路透香港7月17日 - 香港美国商会周五发表声明，对此感到失望。", published="2020-07-17")


def test_coming_on_a_visit_is_a_visit(resources):
    # 来访 like 到访: the visitor of 来访的…, or its subject
    visit = one(events_of(resources, "1999年12月9日，江泽民在北京与来访的时任俄罗斯总统叶利钦签定了联合声明。", published="2020-01-01"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:boris-yeltsin", "place:CN:beijing", "1999-12-09")
    visit = one(events_of(resources, "9月15日，蒙古国民众抗议王毅来访。", published="2020-09-16"), "visit")
    assert (visit.actor_id, visit.date_start) == ("person:wang-yi", "2020-09-15")


def test_a_conference_held_by_named_parties_is_a_meeting(resources):
    # 会议 held by two or more parties named before the holding verb, or with a party
    meeting = one(events_of(resources, "1945年2月4日至11日，丘吉尔、罗斯福、斯大林在苏联雅尔塔举行会议。", published="2020-10-05"), "meeting")
    assert (set(meeting.participants), meeting.date_start, meeting.date_end) == (
        {"person:winston-churchill", "person:franklin-d-roosevelt", "person:joseph-stalin"}, "1945-02-04", "1945-02-11")
    # a meeting one person convenes, or one spoken at, is not
    for text in ("上周日，中国总理李克强专门召开会议“稳外贸”。", "习近平周一在会议上表示，要加强合作。"):
        assert not events_of(resources, text, published="2020-07-15"), text
    # an organisation's member states, or their unnamed officials, are several parties
    meeting = one(events_of(resources, "东盟十国在周五（6月26日）通过视频方式召开会议。", published="2020-06-27"), "meeting")
    assert (meeting.actor_id, meeting.participants, meeting.date_start) == ("org:asean", ("org:asean",), "2020-06-26")
    meeting = one(events_of(resources, "欧盟27国领导人17日在布鲁塞尔召开会议。", published="2020-07-18"), "meeting")
    assert (meeting.actor_id, meeting.place_name) == ("org:eu", "布鲁塞尔")
    # …or meet at one (在…会议)
    meeting = one(events_of(resources, "欧盟外长将在下週的会议讨论港版国安法。", published="2020-07-09"), "meeting")
    assert (meeting.actor_id, meeting.status, meeting.date_start, meeting.date_end) == (
        "org:eu", "planned", "2020-07-13", "2020-07-19")
    # …not an organisation of no states holding its own meeting, nor an organ
    for text in ("世卫组织3日召开会议。", "欧盟委员会各成员国3日召开会议。"):
        assert not events_of(resources, text, published="2020-07-15"), text


def test_a_visit_is_made_by_its_travellers_only(resources):
    # Names after a visit's places belong to another predicate (并敦促…方济各, 与金正恩会晤):
    # the visit's participants are who travels, the meeting has its own event
    visit = one(events_of(resources, "9月30日（周三），蓬佩奥访问了梵蒂冈并敦促罗马教皇方济各维护宗教自由。",
                          published="2020-09-30"), "visit")
    assert visit.participants == ("person:mike-pompeo",)
    evs = events_of(resources, "2018年5月7日到8日，金正恩访问中国东北城市大连。习近平赴大连与金正恩会晤。", published="2018-05-09")
    visits = sorted((e for e in evs if e.event_type == "visit"), key=lambda e: e.evidence_start)
    assert [v.participants for v in visits] == [("person:kim-jong-un",), ("person:xi-jinping",)]
    # …but they still tie the visit to the event of theirs it joins, whose dates it takes
    assert (visits[1].date_start, visits[1].date_end) == ("2018-05-07", "2018-05-08")
    assert set(one(evs, "meeting").participants) == {"person:xi-jinping", "person:kim-jong-un"}


def test_a_planned_meeting_inside_a_planned_trip_is_held_there(resources):
    evs = events_of(resources, "日本外务省周四表示，杨洁篪将于周五及周六访问日本。",
                    "日本政府人士表示，杨洁篪周五下午将与外相茂木敏充会谈。", published="2020-02-27")
    meeting = one(evs, "meeting")
    assert (meeting.status, meeting.country, meeting.date_start) == ("planned", "JP", "2020-02-28")
    # not a meeting outside the trip's days
    evs = events_of(resources, "日本外务省周四表示，杨洁篪将于周五及周六访问日本。",
                    "日本政府人士表示，杨洁篪3月10日将与外相茂木敏充会谈。", published="2020-02-27")
    assert one(evs, "meeting").country == ""


def test_two_subjects_joined_by_yu_before_dou_meet_each_on_their_own(resources):
    evs = events_of(resources, "2018年，文在寅与金正恩都与习近平会谈。", published="2019-01-01")
    meetings = sorted((e.actor_id, e.participants) for e in evs if e.event_type == "meeting")
    assert meetings == [("person:kim-jong-un", ("person:kim-jong-un", "person:xi-jinping")),
                        ("person:moon-jae-in", ("person:moon-jae-in", "person:xi-jinping"))]
    # one 与 alone still marks the counterpart
    meeting = one(events_of(resources, "2018年，文在寅与金正恩在板门店会谈。", published="2019-01-01"), "meeting")
    assert meeting.actor_id == "person:moon-jae-in"


def test_a_summed_up_mention_is_none_of_the_single_events(resources):
    # 曾多次访问台湾 (and 三度访台) sum up several visits: not merged with one of them
    doc = ("1997年3月，达赖喇嘛访问台湾。", "达赖喇嘛此前曾多次访问台湾，2009年又三度访台。")
    evs = events_of(resources, *doc, published="2020-07-01")
    summed = [e for e in evs if ("count", "repeated") in e.provenance]
    assert {e.trigger for e in summed} == {"访问", "访台"} and len(evs) == 3
    single = [e for e in dedupe(evs) if e.mention.date_start == "1997-03"]
    assert len(single) == 1 and len(single[0].mentions) == 1
    # what is done on the visits summed up is summed up too, and joins no single meeting
    doc = ("2000年，阿拉法特和江泽民在北京见面。", "阿拉法特曾十四次造访中国，几乎会见了历届中共党魁，包括毛泽东、江泽民等。")
    evs = events_of(resources, *doc, published="2020-07-01")
    assert [("count", "repeated") in e.provenance for e in evs if e.event_type == "meeting"] == [False, True]
    assert len([e for e in dedupe(evs) if e.mention.event_type == "meeting"]) == 2


def test_calls_or_meetings_with_many_states_leaders_are_summed_up(resources):
    letter = one(events_of(resources, "菅义伟上星期成为日本首相，上任后一直在与世界各国领导人通电话。", published="2020-09-21"), "letter")
    assert ("count", "repeated") in letter.provenance
    letter = one(events_of(resources, "菅义伟9月20日与特朗普通电话。", published="2020-09-21"), "letter")
    assert ("count", "repeated") not in letter.provenance


def test_a_habit_is_summed_up_like_a_count(resources):
    visit = one(events_of(resources, "周庭精通日语，经常赴日参与政治论坛。", published="2020-08-11"), "visit")
    assert ("count", "repeated") in visit.provenance and visit.country == "JP"
    visit = one(events_of(resources, "周庭8月赴日参与政治论坛。", published="2020-08-11"), "visit")
    assert ("count", "repeated") not in visit.provenance


def test_a_clause_that_tells_the_occasion_dates_the_event(resources):
    agreement = one(events_of(resources, "俄罗斯国防部说，在8月举行的俄罗斯武器展览会上，俄罗斯国防部长绍伊古与中非共和国国防部长签署了军事合作协议。",
                              published="2018-09-01"), "agreement")
    assert (agreement.actor_id, agreement.date_start) == ("person:sergei-shoigu", "2018-08")
    # an occasion before which it happened is not its time
    assert not events_of(resources, "在8月举行的展览会前，绍伊古与中非共和国国防部长签署了军事合作协议。", published="2018-09-01")


def test_an_unnamed_official_acts_for_the_state_the_title_names(resources):
    # (a year no head of Mongolia in persons.csv held office: the state)
    evs = events_of(resources, "蒙古国总统27日访问中国与习近平和李克强举行会谈。", published="2016-02-29")
    visit, meeting = one(evs, "visit"), one(evs, "meeting")
    assert (visit.actor_id, visit.country, visit.date_start) == ("country:MN", "CN", "2016-02-27")
    assert set(meeting.participants) == {"country:MN", "person:xi-jinping", "person:li-keqiang"}
    assert visit.confidence > 0.8  # an unnamed official weighs like a state (0.10)
    # the one holder of the office through the event's years acts (actor=office)
    evs = events_of(resources, "蒙古国总统27日访问中国与习近平和李克强举行会谈。", published="2020-02-29")
    visit, meeting = one(evs, "visit"), one(evs, "meeting")
    assert (visit.actor_id, visit.provenance[0], visit.date_start) == (
        "person:khaltmaagiin-battulga", ("actor", "office"), "2020-02-27")
    assert set(meeting.participants) == {"person:khaltmaagiin-battulga", "person:xi-jinping", "person:li-keqiang"}
    visit = one(events_of(resources, "1972年，美国总统访问中国。", published="2020-02-29"), "visit")
    assert visit.actor_id == "person:richard-nixon"
    # …not in a year of a handover (Abe, then Suga), nor a former holder
    visit = one(events_of(resources, "日本首相今年3月访问中国。", published="2020-10-29"), "visit")
    assert visit.actor_id == "country:JP"
    visit = one(events_of(resources, "美国前总统2016年访问日本。", published="2020-10-29"), "visit")
    assert visit.actor_id == "country:US"
    visit = one(events_of(resources, "加拿大总督5月访问中国。", published="2020-07-13"), "visit")
    assert (visit.actor_id, visit.country) == ("country:CA", "CN")
    # (the state named by its ruling party, as some outlets write)
    meeting = one(events_of(resources, "中共官员7日会见了蓬佩奥。", published="2020-10-13"), "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("country:CN", "2020-10-07")
    statement = one(events_of(resources, "中共国务院港澳办9日以发言人名义发表谈话。", published="2020-10-13"), "statement")
    assert (statement.actor_id, statement.date_start) == ("country:CN", "2020-10-09")
    # (the dates between the title and the trigger do not count towards its reach)
    visit = one(events_of(resources, "加纳总统8月31日至9月9日对中国进行国事访问。", published="2018-09-12"), "visit")
    assert (visit.actor_id, visit.country, visit.date_start, visit.date_end) == ("country:GH", "CN", "2018-08-31", "2018-09-09")
    # (a list of states and the title they share)
    visit = one(events_of(resources, "加纳、埃及、南非、刚果等国家总统8月31日至9月9日对中国进行国事访问。", published="2018-09-12"), "visit")
    assert set(visit.participants) == {"country:GH", "country:EG", "country:ZA", "country:CG"}
    visit = one(events_of(resources, "去年，帕劳、密克罗尼西亚、马绍尔群岛总统们访问白宫。", published="2020-09-12"), "visit")
    assert set(visit.participants) == {"country:PW", "country:FM", "country:MH"}
    # (someone we cannot name at an organisation's summit: the summit is the organisation's)
    summit = one(events_of(resources, "越南领导人6月26日在东盟峰会上发言。", published="2020-06-28"), "summit")
    assert (summit.actor_id, summit.date_start) == ("org:asean", "2020-06-26")
    # (a summit's affairs are a portfolio, no event)
    assert not events_of(resources, "他7月17日给主管二十国集团（G20）峰会事务的默克尔私人顾问发送了电子邮件。", published="2020-07-20")
    # (an under secretary in Taiwan's usage, 次卿)
    meeting = one(events_of(resources, "预计美国次卿将在18日与台湾总统蔡英文会面。", published="2020-09-16"), "meeting")
    assert (meeting.actor_id, meeting.status, meeting.date_start) == ("country:US", "planned", "2020-09-18")
    # a minister named by the portfolio; "this time" before a verb with its aspect marker
    meeting = one(events_of(resources, "6月24日，印度国防部长这次会晤了俄罗斯副总理鲍里索夫。", published="2020-06-27"), "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("country:IN", "2020-06-24")
    assert not events_of(resources, "6月24日，在这次会晤中，印度国防部长提出了要求。", published="2020-06-27")
    # a date may open the clause before the country; 就要 is about to
    visit = one(events_of(resources, "另外，2019年4月捷克总统就要访问中国。", published="2020-07-13"), "visit")
    assert (visit.actor_id, visit.status, visit.date_start) == ("country:CZ", "planned", "2019-04")
    # not a relative, nor a title after a counterpart marker (与美国总统…会谈 has its own subject)
    assert not events_of(resources, "美国总统的女儿27日访问中国。", published="2020-02-29")
    assert not events_of(resources, "27日与美国总统举行会谈。", published="2020-02-29")
    # …also when the official opens the clause before 与 and a known counterpart, the
    # dates and places on the way aside
    meeting = one(events_of(resources, "印度总理本应该在今年3月亲自飞往布鲁塞尔与米歇尔以及欧盟委员会主席冯德莱恩会晤，"
                                       "但是新冠疫情迫使峰会改变了传统的形式。", published="2020-07-16"), "meeting")
    assert (meeting.actor_id, meeting.status, meeting.country, meeting.date_start) == (
        "person:narendra-modi", "cancelled", "BE", "2020-03")
    assert set(meeting.participants) == {"person:narendra-modi", "person:charles-michel", "person:ursula-von-der-leyen"}
    # (not a relative of the official, nor a known person before the marker)
    assert not events_of(resources, "印度总理的女儿今年3月在布鲁塞尔与米歇尔会晤。", published="2020-07-16")
    meeting = one(events_of(resources, "印度总理莫迪今年3月在布鲁塞尔与米歇尔会晤。", published="2020-07-16"), "meeting")
    assert meeting.actor_id == "person:narendra-modi"


def test_an_unnamed_official_is_the_person_the_article_names_with_that_title(resources):
    first = "日前，蒙古国总统巴特图勒嘎与外长达木丁访问中国。"
    evs = events_of(resources, first, "蒙古国总统27日访问中国与习近平和李克强举行会谈。", published="2020-02-29")
    dated = [e for e in evs if e.event_type == "visit" and e.date_start == "2020-02-27"]
    # (the first report of the visit, with no day, takes the day he is dated in China)
    assert {e.actor_id for e in dated} == {"person:khaltmaagiin-battulga"}
    meeting = one(evs, "meeting")
    assert set(meeting.participants) == {"person:khaltmaagiin-battulga", "person:xi-jinping", "person:li-keqiang"}
    # two persons named with the title: not one of them, but the office's holder then
    evs = events_of(resources, "美国总统特朗普日前访问日本。", "美国总统奥巴马2016年访问日本。", "美国总统27日访问中国。",
                    published="2020-02-29")
    assert [(e.actor_id, e.provenance[0]) for e in evs if e.date_start == "2020-02-27"] == [
        ("person:donald-trump", ("actor", "office"))]
    # nor when a name the gazetteer misses follows the title
    evs = events_of(resources, first, "蒙古国总统额勒贝格道尔吉2016年访问日本。", published="2020-02-29")
    assert [e for e in evs if e.country == "JP" and e.actor_id == "person:khaltmaagiin-battulga"] == []


def test_an_undated_call_told_with_a_trip_takes_its_days(resources):
    text = "王毅8月25日抵达罗马访问意大利。王毅访问意大利时，该国总理孔特拒绝和王毅见面，双方仅用电话简短交谈。"
    call = one(events_of(resources, text, published="2020-08-30"), "letter")
    assert (call.country, call.date_start) == ("IT", "2020-08-25")
    # a call with a day of its own keeps it, and no place is made up for it
    text = "1966年2月7日，彭真用电话向毛泽东汇报。2月8日，彭真亲自飞赴武汉向毛泽东汇报。"
    call = one(events_of(resources, text, published="2020-08-30"), "letter")
    assert call.place_id == ""


def test_a_meeting_of_a_traveller_with_a_national_of_the_country_visited_is_held_there(resources):
    evs = events_of(resources, "中共国务委员杨洁篪目前正在日本访问。", "2月28日，杨洁篪与安倍晋三见面时表示，愿为访日沟通准备。",
                    published="2020-03-01")
    meeting = one(evs, "meeting")
    assert (meeting.country, dict(meeting.provenance)["place"]) == ("JP", "host")
    # the visit told as under way on the publication day began by the meeting
    visit = one(evs, "visit")
    assert (visit.date_start, visit.date_end) == ("2020-02-28", "2020-03-01")
    # a meeting inside a trip with no day of its own takes the trip's days, also when an
    # undated report of the trip stands closer
    evs = events_of(resources, "王毅于8月25日至9月1日，访问意大利、荷兰和法国。",
                    "王毅首站访问意大利时，该国总理孔特拒绝和王毅见面。该国外长迪马约与王毅会面后表示，他提及香港问题。",
                    published="2020-09-02")
    met = [e for e in evs if e.event_type == "meeting" and e.status == "occurred"]
    assert [(e.actor_id, e.country, e.date_start, e.date_end) for e in met] == [
        ("person:luigi-di-maio", "IT", "2020-08-25", "2020-09-01")]
    # not with someone of another country, nor on a day far from the visit
    evs = events_of(resources, "中共国务委员杨洁篪目前正在日本访问。", "2月28日，杨洁篪与蓬佩奥见面。",
                    published="2020-03-01")
    assert one(evs, "meeting").country == ""
    evs = events_of(resources, "中共国务委员杨洁篪目前正在日本访问。", "2019年5月，杨洁篪与安倍晋三见面。",
                    published="2020-03-01")
    assert one(evs, "meeting").country == ""


def test_where_leaders_gather_is_where_the_summit_is_held(resources):
    evs = events_of(resources, "欧盟27个成员国的首脑今天汇聚布鲁塞尔举行首次面对面的峰会。", published="2020-07-17")
    summit = one(evs, "summit")
    assert (summit.actor_id, summit.place_name, summit.date_start) == ("org:eu", "布鲁塞尔", "2020-07-17")


def test_a_subject_taken_up_by_a_pronoun_does_not_carry_its_clauses_date(resources):
    text = "其中副主席李永财在去年11月区议会选举中当选湾仔区议员，他在声明中称将以独立身份服务社区。"
    assert not events_of(resources, text, published="2020-07-01")
    # …unless a word ties the clause to that time
    text = "中伊伙伴关系由中国领导人习近平在2016年访伊时首次提出，他当时会见了伊朗总统鲁哈尼。"
    meeting = one(events_of(resources, text, published="2020-07-12"), "meeting")
    assert meeting.date_start == "2016"


def test_a_date_before_a_verb_of_talking_is_not_the_events(resources):
    text = "这本定于下周二（9月8日）出版的书中提及在川金会期间，金正恩从川普那里接过了一颗薄荷糖。"
    assert [e for e in events_of(resources, text, published="2020-09-03") if e.date_start == "2020-09-08"] == []


def test_a_bare_summit_is_of_the_one_organisation_the_title_names(resources):
    from dataclasses import replace

    def titled(title, body):
        doc = make_document(title, body, published="2020-07-19")
        doc = replace(doc, blocks=(replace(doc.blocks[0], kind="title"), *doc.blocks[1:]))
        return annotate(doc, resources)[1]

    body = "周五开始举行的峰会预计为期两天，由于各国意见分歧而延至周日。"
    summit = one(titled("欧盟27国领导人加紧讨论振兴经济计划", body), "summit")
    assert (summit.actor_id, summit.date_start, dict(summit.provenance)["actor"]) == ("org:eu", "2020-07-17", "title")
    # a title naming two organisations names none of them
    assert [e for e in titled("欧盟和北约加紧讨论振兴经济计划", body) if e.event_type == "summit"] == []
    # a summit named by its city may be anyone's
    body = "4月伦敦峰会过后，8月7日基金组织理事会即批准了分配方案。"
    assert [e for e in titled("国际货币基金组织应利用SDR应对新冠疫情", body) if e.event_type == "summit"] == []


def test_a_clause_set_against_the_one_before_by_ze_shares_its_date(resources):
    evs = events_of(resources, "蔡英文18日晚间在官邸宴请到访的美国副国务卿，台湾副总统赖清德则在国宾饭店宴请森喜朗一行人。",
                    published="2020-09-18")
    lai = [e for e in evs if e.actor_id == "person:lai-ching-te"]
    assert [(e.participants, e.date_start, dict(e.provenance)["date"]) for e in lai] == [
        (("person:lai-ching-te", "person:yoshiro-mori"), "2020-09-18", "contrast")]


def test_a_clause_joined_to_the_one_before_by_ye_shares_its_date(resources):
    # the last date of the clause before, not the year that qualifies its noun
    evs = events_of(resources, "本年度汉光演习在7月16日当天于多地进行了实弹操演，蔡英文本人也在台中观摩了其中一场操演。",
                    published="2020-07-17")
    assert [(e.place_name, e.date_start, dict(e.provenance)["date"]) for e in evs if e.event_type == "visit"] == [
        ("台中", "2020-07-16", "contrast")]
    # (也许, perhaps, is no "also")
    evs = events_of(resources, "本年度汉光演习在7月16日当天于多地进行了实弹操演，蔡英文也许在台中观摩了其中一场操演。",
                    published="2020-07-17")
    assert [e.date_start for e in evs if e.event_type == "visit"] != ["2020-07-16"]


def test_the_unnamed_leaders_of_an_organisation_act_for_it(resources):
    evs = events_of(resources, "欧盟领导人从周四（10月1日）开始在布鲁塞尔举行峰会，讨论欧盟的对华政策。", published="2020-10-02")
    summit = one(evs, "summit")
    assert (summit.actor_id, summit.place_name, summit.date_start, dict(summit.provenance)["actor"]) == (
        "org:eu", "布鲁塞尔", "2020-10-01", "official")
    summit = one(events_of(resources, "欧盟27国领导人周五在布鲁塞尔举行峰会。", published="2020-07-19"), "summit")
    assert (summit.actor_id, summit.date_start) == ("org:eu", "2020-07-17")
    # not an organisation's officer (北约秘书长), not past a named person
    assert not events_of(resources, "北约秘书长周一在布鲁塞尔发表声明。", published="2020-09-30")
    assert not [e for e in events_of(resources, "欧盟领导人和习近平14日举行视频会谈。", published="2020-09-16")
                if e.actor_id == "org:eu"]


def test_eu_in_the_name_of_a_summit_is_a_party(resources):
    # 欧 beside a state's abbreviation in a summit's name is the EU, not Europe; a relative
    # clause that holds the summit leaves its parties the subject
    summit = one(events_of(resources, "周一（6月22日）举行的欧中峰会所得不多。", published="2020-06-27"), "summit")
    assert (set(summit.participants), summit.date_start) == ({"org:eu", "country:CN"}, "2020-06-22")
    summit = one(events_of(resources, "6月22日举行的中美峰会所得不多。", published="2020-06-27"), "summit")
    assert set(summit.participants) == {"country:US", "country:CN"}
    # a byline in parentheses opening the lead is no part of its clause (德国 in it is no party)
    summit = one(events_of(resources, "（德国之声中文网）周一（6月22日）举行的欧中峰会所得不多。", published="2020-06-27"), "summit")
    assert (set(summit.participants), summit.date_start) == ({"org:eu", "country:CN"}, "2020-06-22")
    # the date of a report between the summit and its predicate is not the summit's
    assert not [e for e in events_of(resources, "然而，欧中峰会却在6月初宣布因为疫情而延后举办。", published="2020-07-01")
                if e.date_start == "2020-06"]
    # a sentence that names who holds it keeps them
    evs = events_of(resources, "欧美峰会是由欧盟理事会主席米歇尔于6月15日在布鲁塞尔与美国总统拜登举行。", published="2021-06-16")
    assert all("org:eu" not in e.participants or "person:charles-michel" in e.participants for e in evs)


def test_a_visit_with_no_known_destination_is_where_the_traveller_is_next(resources):
    evs = events_of(resources, "法国总统马克龙2017年12月出访马格里布国家，在阿尔及尔公开表示，殖民史是反人类罪。",
                    published="2020-07-01")
    visit = one(evs, "visit")
    assert (visit.place_name, dict(visit.provenance)["place"]) == ("阿尔及尔", "next-clause")
    # not after a clause that ends the trip
    visit = one(events_of(resources, "马克龙2017年12月出访马格里布国家后，在北京表示欢迎。", published="2020-07-01"), "visit")
    assert visit.place_name == ""
    # a trip to a region too, past a clause that is only a date, which dates it
    visit = one(events_of(resources, "王毅出访欧洲五国，于2020年8月26日上午10时，在荷兰海牙外交部大楼前，遭到抗议！",
                          published="2020-08-28"), "visit")
    assert (visit.country, visit.date_start, dict(visit.provenance)["date"]) == ("NL", "2020-08-26", "next-clause")
    # a visit to a region in a relative clause, and a day opening the next clause
    visit = one(events_of(resources, "正在中东访问的美国总统特朗普，周日在沙特阿拉伯参加海湾合作理事会会议。",
                          published="2017-05-22"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:donald-trump", "country:SA", "2017-05-21")


def test_a_meeting_placed_in_a_country_takes_the_city_of_the_trip_that_holds_its_day(resources):
    def meeting(arrival):
        evs = events_of(resources, f"美国国务卿蓬佩奥{arrival}抵达东京。", "蓬佩奥缩短了行程，只保留了访问日本的部分。",
                        "6号上午，蓬佩奥与日本外相茂木敏充在日本外务省饭仓公馆举行双边会谈。", published="2020-10-07")
        return next(e for e in evs if e.event_type == "meeting" and "person:toshimitsu-motegi" in e.participants)
    assert (meeting("10月6号").place_id, meeting("10月6号").date_start) == ("place:JP:tokyo", "2020-10-06")
    # not when the city's visit is another day
    assert meeting("10月5号").place_id == "country:JP"


def test_a_clause_of_what_went_on_at_the_time_dates_the_next(resources):
    # …时, …期间, …之际 right before the event's clause, with one date
    text = "克里姆林宫透露，俄美两国领袖上月20日通电话时，特朗普邀请普京访问美国。"
    evs = events_of(resources, text, published="2018-04-02")
    assert {e.date_start for e in evs} == {"2018-03-20"} and len(evs) == 2
    text = "陈方安生1998年以政务司司长身份上京时，获时任外交部部长钱其琛接见。"
    meeting = one(events_of(resources, text, published="2017-01-02"), "meeting")
    assert meeting.date_start == "1998"
    # not a length of hours (长达3个小时)
    assert all(e.date_start != "2020-06-22" for e in events_of(resources, "双方周一举行了长达3个小时，王毅与多瓦尔通电话。",
                                                                 published="2020-06-24") if e.trigger == "通电话")
    # not a report's date (华春莹表示…时), nor a clause that is not right before
    text = "俄美两国领袖上月20日通电话时，普京说，特朗普邀请普京访问美国。"
    assert [e.date_start for e in events_of(resources, text, published="2018-04-02") if e.trigger == "邀请"] in ([], [""])


def test_a_clause_that_sets_the_scene_dates_and_places_the_next(resources):
    # 周六（26日）在板门店…，: a date and a place (and a site in it) before the predicate's
    # clause; the subject's clause names the counterpart too
    text = "南韩总统文在寅与北韩领袖金正恩，周六（26日）在板门店北韩一方的统一阁，举行第二次峰会。"
    summit = one(events_of(resources, text, published="2018-05-27"), "summit")
    assert (summit.actor_id, summit.participants, summit.place_id, summit.date_start) == (
        "person:moon-jae-in", ("person:kim-jong-un", "person:moon-jae-in"), "place:KR:panmunjom", "2018-05-26")
    # …with no date of its own, the date opening the sentence, hours after a time zone's gloss
    text = "南韩传媒报道，周六当地时间下午3时至5时，南韩总统文在寅与北韩领袖金正恩，在板门店北韩一方的统一阁，举行第二次峰会。"
    summit = one(events_of(resources, text, published="2018-05-27"), "summit")
    assert (summit.place_id, summit.date_start) == ("place:KR:panmunjom", "2018-05-26")
    # a clause with an act of its own sets no scene
    text = "南韩总统文在寅与北韩领袖金正恩，周六在北京表示，举行第二次峰会。"
    assert [e.place_id for e in events_of(resources, text, published="2018-05-27") if e.event_type == "summit"] in ([], [""])


def test_the_pair_named_after_a_meeting_ceremony_met(resources):
    text = "2018年4月27日，在板门店停战村举行的历史性会晤欢迎仪式上，韩国总统文在寅和朝鲜领导人金正恩一起行走。"
    meeting = one(events_of(resources, text, published="2018-09-12"), "meeting")
    assert (meeting.actor_id, meeting.participants, meeting.place_id, meeting.date_start) == (
        "person:moon-jae-in", ("person:kim-jong-un", "person:moon-jae-in"), "place:KR:panmunjom", "2018-04-27")
    # one person at the ceremony says nothing of who met
    text = "2018年4月27日，在板门店举行的会晤欢迎仪式上，文在寅表示欢迎。"
    assert [e for e in events_of(resources, text, published="2018-09-12") if e.event_type == "meeting"] == []


def test_who_holds_an_event_named_as_its_subject_acts(resources):
    # 峰会是由X…与Y举行: X holds it with Y, on the day and at the place between
    text = "欧美峰会是由欧盟理事会主席米歇尔及欧盟委员会主席冯德莱恩于6月15日在欧盟总部布鲁塞尔与美国总统拜登举行。"
    summit = one(events_of(resources, text, published="2021-06-16"), "summit")
    assert (summit.actor_id, summit.participants, summit.place_id, summit.date_start) == (
        "person:charles-michel", ("person:charles-michel", "person:joe-biden", "person:ursula-von-der-leyen"),
        "place:BE:brussels", "2021-06-15")


def test_a_caption_is_dated_by_the_date_in_parentheses_after_it(resources):
    evs = events_of(resources, "资料照：中国国家主席习近平在大阪与日本首相安倍晋三握手。（2019年6月27日）", "正文第一段。",
                    published="2020-07-04")
    meeting = one(evs, "meeting")
    assert (meeting.date_start, dict(meeting.provenance)["date"]) == ("2019-06-27", "caption")
    # a parenthesis that goes on with text is no caption date
    evs = events_of(resources, "习近平在大阪与安倍晋三握手。（2019年6月27日）之后两国关系改善。", published="2020-07-04")
    assert [e for e in evs if e.event_type == "meeting" and e.date_start == "2019-06-27"] == []
    # the way to parliament is no visit, even dated
    assert not events_of(resources, "资料照：英国首相约翰逊前往议会。（2020年7月15日）", "正文。", published="2020-07-20")


def test_a_carried_subject_meets_each_counterpart_after_fenbie(resources):
    evs = events_of(resources, "克拉奇于17日至19日率团访问台湾，还分别与总统蔡英文、行政院长苏贞昌会晤。", published="2020-09-20")
    meetings = sorted(e.participants for e in evs if e.event_type == "meeting")
    assert meetings == [("person:keith-krach", "person:su-tseng-chang"), ("person:keith-krach", "person:tsai-ing-wen")]


def test_a_ministers_meeting_is_a_meeting(resources):
    meeting = one(events_of(resources, "本周一，欧盟理事会举行外长会议，香港问题是会议主题之一。", published="2020-07-15"), "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("org:eu", "2020-07-13")
    evs = events_of(resources, "10月4日至6日，美国国务卿蓬佩奥访问日本，并出席在日本举行的“四方同盟”外长会议。", published="2020-10-07")
    assert (one(evs, "meeting").actor_id, one(evs, "meeting").country) == ("person:mike-pompeo", "JP")


def test_a_title_after_sui_is_whom_the_subject_goes_along_with(resources):
    visit = one(events_of(resources, "2013年12月，亨特·拜登随时任美国副总统的父亲乘坐“空军二号”访问中国。", published="2020-10-01"), "visit")
    assert (visit.actor_id, visit.country, visit.date_start) == ("person:hunter-biden", "CN", "2013-12")
    # 随时 (at any time) is no 随: the title after it is the visitor's
    assert not events_of(resources, "王毅表示随时欢迎美国国务卿5月访问中国。", published="2020-10-01")


def test_doing_an_interview_is_no_visit(resources):
    assert not events_of(resources, "去年6月中旬，约李鹏飞做访问他很快答应。", published="2020-06-01")
    # a working visit stays one
    visit = one(events_of(resources, "李克强6月10日对德国进行工作访问。", published="2020-06-11"), "visit")
    assert visit.country == "DE"


def test_this_time_restates_only_as_the_subject_of_its_event(resources):
    visit = one(events_of(resources, "这次中方宣布，栗战书作为习近平的特使将在本周末出访朝鲜。", published="2018-09-05"), "visit")
    assert (visit.actor_id, visit.status, visit.date_start) == ("person:li-zhanshu", "planned", "2018-09-08")
    evs = events_of(resources, "2018年9月8日，栗战书出访朝鲜。这次访问是栗战书首次出访朝鲜。", published="2018-09-10")
    assert len([e for e in evs if e.event_type == "visit"]) == 1


def test_a_visit_to_a_school_to_speak_stays_a_visit(resources):
    visit = one(events_of(resources, "2019年5月，蓬佩奥访问伦敦政治经济学院发表演讲。", published="2020-01-01"), "visit")
    assert visit.actor_id == "person:mike-pompeo"


def test_a_title_inside_the_gloss_of_a_known_name_is_that_persons(resources):
    # 阿扎尔部长（…，美国卫生部长）: the title in the gloss is Azar's, no unknown subject; the
    # object of 对 is the destination, not the places of the predicate after the visit noun
    visit = one(events_of(resources, "阿扎尔部长（Secretary Azar，美国卫生部长）最近对台湾的访问显示出美国将同台湾合作。",
                          published="2020-09-01"), "visit")
    assert (visit.actor_id, visit.country) == ("person:alex-azar", "TW")


def test_a_date_clause_opened_by_ciqian_governs_the_sentence(resources):
    # 此前的7月3日，…: an opener of a date clause like 早在; 列城 (Leh) is a place
    visit = one(events_of(resources, "此前的7月3日，印度总理莫迪也曾抵达列城，视察当地的安全局势。", published="2020-07-20"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:narendra-modi", "place:IN:leh", "2020-07-03")


def test_a_summit_held_online_instead_of_its_planned_place(resources):
    # 原定 is in the relative clause of the event noun; 采用视频形式召开 is its own
    # predicate: held, online, so no place
    summit = one(events_of(resources, "原定在越南岘港举行的第36届东盟峰会本月26日采用视频形式召开。", published="2020-06-28"), "summit")
    assert (summit.status, summit.place_id, summit.date_start) == ("occurred", "", "2020-06-26")
    # a summit planned and then called off stays cancelled
    summit = one(events_of(resources, "原定6月26日在岘港举行的东盟峰会被取消。", published="2020-06-28"), "summit")
    assert summit.status == "cancelled"


def test_who_speaks_of_an_event_in_a_zai_phrase_takes_no_part(resources):
    # 在美国副国务卿克拉奇访问台湾期间: 美国 is Krach's affiliation (a deputy title too), so
    # 在 opens a phrase about his visit, which Pompeo only talks about
    visit = one(events_of(resources, "蓬佩奥把北京在美国副国务卿克拉奇访问台湾期间采取的军事行动称之为恫吓。", published="2020-09-19"), "visit")
    assert visit.participants == ("person:keith-krach",)


def test_an_event_with_its_length_told_runs_that_many_days(resources):
    # 起 … 为期/一连 N 天: from the day on; 结束 before the length: up to the day
    visit = one(events_of(resources, "习近平20日起对法国进行为期三天的国事访问。", published="2019-12-20"), "visit")
    assert (visit.place_id, visit.date_start, visit.date_end) == ("country:FR", "2019-12-20", "2019-12-22")
    visit = one(events_of(resources, "中国国家主席习近平周三起一连三天访问澳门。", published="2019-12-20"), "visit")
    assert (visit.date_start, visit.date_end) == ("2019-12-18", "2019-12-20")
    visit = one(events_of(resources, "王毅19日结束对法国为期三天的访问。", published="2019-12-20"), "visit")
    assert (visit.date_start, visit.date_end) == ("2019-12-17", "2019-12-19")
    # the length as the clause right after the event's
    summit = one(events_of(resources, "欧盟峰会周五开始举行，为期两天。", published="2019-12-20"), "summit")
    assert (summit.date_start, summit.date_end) == ("2019-12-20", "2019-12-21")
    # …or right after the event noun that is its subject
    summit = one(events_of(resources, "周五开始举行的欧盟峰会预计为期两天。", published="2019-12-20"), "summit")
    assert (summit.date_start, summit.date_end) == ("2019-12-20", "2019-12-21")
    # a length in a later clause of something else stretches nothing
    visit = one(events_of(resources, "习近平20日访问法国，当地实施为期十四天的隔离措施。", published="2019-12-20"), "visit")
    assert (visit.date_start, visit.date_end) == ("2019-12-20", "2019-12-20")


def test_lunch_together_with_a_named_party_is_a_meeting(resources):
    meeting = one(events_of(resources, "美國總統特朗普周一與新加坡總理李顯龍共晉午餐，特朗普向李顯龍招待致謝。",
                            published="2018-06-11"), "meeting")
    assert (set(meeting.participants), meeting.date_start) == ({"person:donald-trump", "person:lee-hsien-loong"}, "2018-06-11")
    # weak: with nobody named to eat with, no meeting
    assert not [e for e in events_of(resources, "特朗普周一与家人共进晚餐。", published="2018-06-11") if e.event_type == "meeting"]


def test_a_partly_given_up_trip_cancels_only_the_places_named(resources):
    evs = events_of(resources, "王毅原定8月25日至9月1日访问意大利、荷兰和挪威，但随后取消了访问挪威的计划。", published="2020-08-20")
    status = {e.place_id: e.status for e in evs if e.event_type == "visit" and e.date_start}
    assert status == {"country:IT": "planned", "country:NL": "planned", "country:NO": "cancelled"}
    # with no place named as given up, the whole plan is one not kept
    evs = events_of(resources, "王毅原定8月25日至9月1日访问意大利、荷兰和挪威。", published="2020-08-20")
    assert {e.status for e in evs if e.event_type == "visit"} == {"cancelled"}


def test_a_subjectless_meeting_told_by_the_speaker_is_the_speakers(resources):
    # 说，(date) 与 Y 会面: the clause opens with the counterpart and names no subject
    meeting = one(events_of(resources, "1日晚间，台湾总统蔡英文在推特用英文留言说，今年稍早有幸与印度总理莫迪会面。",
                            published="2020-07-02"), "meeting")
    assert (meeting.actor_id, set(meeting.participants), meeting.date_start) == (
        "person:tsai-ing-wen", {"person:tsai-ing-wen", "person:narendra-modi"}, "2020-01-01")
    call = one(events_of(resources, "英国外交大臣拉布8日通过推特表示，在当晚与蓬佩奥就香港问题通话。", published="2020-07-09"), "letter")
    assert (call.actor_id, call.date_start) == ("person:dominic-raab", "2020-07-08")
    # 自己 is the speaker; 刚刚 makes the meeting a recent one of its own, with no day
    # written: the news window before the publication
    meeting = one(events_of(resources, "蓬佩奥表示，自己刚刚与香港民主派人士罗冠聪会面。", published="2020-07-23"), "meeting")
    assert (meeting.actor_id, meeting.date_start, meeting.date_end) == ("person:mike-pompeo", "2020-06-23", "2020-07-23")
    # someone else named as the subject of the clause: that person met
    meeting = one(events_of(resources, "蔡英文说，今年稍早莫迪与安倍晋三会面。", published="2020-07-02"), "meeting")
    assert meeting.actor_id == "person:narendra-modi"


def test_a_date_in_the_counterparts_relative_clause_does_not_date_the_meeting(resources):
    evs = events_of(resources, "拜登与2013年成为中国国家主席的习近平在北京会晤。", published="2020-07-09")
    meeting = one(evs, "meeting")
    assert meeting.date_start == ""
    meeting = one(events_of(resources, "蓬佩奥7月3日与到访的王毅会晤。", published="2020-07-09"), "meeting")
    assert meeting.date_start == "2020-07-03"


def test_a_caption_label_does_not_hide_the_dateline_place(resources):
    meeting = one(events_of(resources, "资料-俄罗斯符拉迪沃斯托克，俄罗斯总统普京(右)和印度总理莫迪在论坛之前会谈。（2019年9月4日）",
                            published="2020-06-30"), "meeting")
    assert (meeting.place_id, meeting.date_start) == ("place:RU:vladivostok", "2019-09-04")


def test_whose_envoy_the_traveller_is_does_not_travel(resources):
    for text in ("2017年11月，宋涛以中共中央总书记习近平特使的身份访问朝鲜。",
                 "2017年11月，宋涛作为中共中央总书记习近平的特使访问朝鲜。"):
        visit = one(events_of(resources, text, published="2018-09-05"), "visit")
        assert (visit.actor_id, visit.participants, visit.place_id) == ("person:song-tao", ("person:song-tao",), "country:KP")


def test_a_caption_dated_in_parentheses_as_its_last_words(resources):
    meeting = one(events_of(resources, "朝鲜领导人金正恩同中共政治局常委刘云山在平壤握手，刘云山此行是为了庆祝建党70周年（2015年10月10日）。",
                            published="2018-09-05"), "meeting")
    assert (meeting.place_id, meeting.date_start) == ("place:KP:pyongyang", "2015-10-10")
    # so in a paragraph's sentence; but not a date in parentheses before the end
    evs = events_of(resources, "金正恩同刘云山在平壤握手（2015年10月10日）。双方谈了很久。", published="2018-09-05")
    assert one(evs, "meeting").date_start == "2015-10-10"
    evs = events_of(resources, "金正恩同刘云山在平壤握手，刘云山（2015年10月10日当选）谈了很久。", published="2018-09-05")
    assert one(evs, "meeting").date_start == ""


def test_an_undated_unplaced_meeting_with_a_host_of_the_trip_is_placed_by_it(resources):
    # dropped alone (no date, no place), kept once the article tells the visitor's trip
    evs = events_of(resources, "王毅8月28日访问法国。", "事实上，法国总统马克龙在会见王毅后发表演讲。", published="2020-09-05")
    meeting = one(evs, "meeting")
    assert (meeting.place_id, meeting.date_start, set(meeting.participants)) == (
        "country:FR", "2020-08-28", {"person:emmanuel-macron", "person:wang-yi"})
    assert not [e for e in events_of(resources, "事实上，法国总统马克龙在会见王毅后发表演讲。", published="2020-09-05")
                if e.event_type == "meeting"]
    # a trip to a continent holds it in the host's state (one told in the same paragraph too),
    # a trip to that state comes first
    for paragraphs in (("王毅8月25日至9月1日访问欧洲。", "事实上，法国总统马克龙在会见王毅后发表演讲。"),
                       ("王毅8月25日至9月1日访问欧洲。马克龙在会见王毅后发表演讲。",)):
        meeting = one(events_of(resources, *paragraphs, published="2020-09-05"), "meeting")
        assert (meeting.place_id, meeting.date_start, meeting.date_end) == ("country:FR", "2020-08-25", "2020-09-01")
    evs = events_of(resources, "王毅8月25日至9月1日访问欧洲。王毅8月28日访问法国。", "事实上，法国总统马克龙在会见王毅后发表演讲。",
                    published="2020-09-05")
    meeting = one(evs, "meeting")
    assert (meeting.place_id, meeting.date_start) == ("country:FR", "2020-08-28")
    # shunning a meeting is no meeting, wherever the trip is
    evs = events_of(resources, "蓬佩奥9月29日访问梵蒂冈。", "英媒披露，教宗方济各或回避与蓬佩奥会面。", published="2020-09-25")
    assert not [e for e in evs if e.event_type == "meeting" and e.status == "occurred"]


def test_a_paragraph_opening_pronoun_is_the_last_subject_before_it(resources):
    # the last name of the paragraph before is an object (王丹); the last subject is 蓬佩奥
    evs = events_of(resources, "蓬佩奥7月23日在演说中特别介绍也在现场的中国知名民主人士魏京生与学运领袖王丹。",
                    "他提到自己7月22日与香港民主派人士罗冠聪会面。", published="2020-07-24")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("person:mike-pompeo", "2020-07-22")


def test_a_condition_inside_a_closed_quotation_is_the_speakers(resources):
    meeting = one(events_of(resources, "“如果我们进行很少的测试，就不会有这么多的病例，”特朗普在5月与安倍晋三会晤时说。",
                            published="2020-07-01"), "meeting")
    assert meeting.status == "occurred"
    meeting = one(events_of(resources, "如果金正恩同意，特朗普将在5月与他会晤。", published="2020-04-01"), "meeting")
    assert meeting.status != "occurred"


def test_a_visit_to_a_list_of_places_after_dui(resources):
    evs = events_of(resources, "蓬佩奥8月前往希腊的旅行突显了安全结构的重新定位。", "他9月对巴尔干和南美的访问鼓励了这些国家。",
                    published="2020-10-01")
    visits = {e.place_id: e.date_start for e in evs if e.event_type == "visit"}
    assert visits == {"country:GR": "2020-08", "place:ZZ:balkans": "2020-09"}


def test_arriving_at_a_place_is_a_trip_there_and_a_byline_does_not_hide_a_date_clause(resources):
    evs = events_of(resources, "（大纪元记者徐简综合报导）周三（9月30日），美国国务卿蓬佩奥到达梵蒂冈，展开为期两天的访问。",
                    published="2020-09-30")
    visits = {(e.trigger, e.place_id, e.date_start, e.date_end) for e in evs if e.event_type == "visit"}
    assert ("访问", "country:VA", "2020-09-30", "2020-10-01") in visits
    assert ("到达", "country:VA", "2020-09-30", "2020-09-30") in visits
    # reaching a peak is no trip
    assert not events_of(resources, "蓬佩奥说，美中关系已经到达顶点。", published="2020-09-30")
    visit = one(events_of(resources, "（大纪元记者徐简综合报导）周二（9月15日），在中共外长王毅访问蒙古之际，示威者举行抗议。",
                          published="2020-09-16"), "visit")
    assert visit.date_start == "2020-09-15"


def test_a_relative_meeting_with_someone_the_gazetteers_do_not_know(resources):
    # 会晤 + an unknown name + 的 + title + name: the head met; the sentence's subject did not
    evs = events_of(resources, "德国总理默克尔曾会见达赖喇嘛，一年前曾会晤黄之峰的社民党籍外长马斯也批评北京。", published="2020-07-14")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, meeting.participants, meeting.date_start) == ("person:heiko-maas", ("person:heiko-maas",), "2019")


def test_a_trip_of_someone_introduced_by_a_private_profession_is_flagged(resources):
    visit = one(events_of(resources, "律師宋玉生在9月23日前往深圳市鹽田看守所，要求會見鄧棨然不果。", published="2020-09-30"), "visit")
    assert dict(visit.provenance).get("trip") == "private" and visit.confidence < 0.5
    # a public title does not flag
    visit = one(events_of(resources, "副部长宋玉生在9月23日前往深圳访问。", published="2020-09-30"), "visit")
    assert "trip" not in dict(visit.provenance)


def test_a_caption_opening_tuwei_and_a_date_dates_its_event(resources):
    visit = one(events_of(resources, "图为2013年12月4日，拜登与其子亨特下飞机前往北京。", published="2020-10-17"), "visit")
    assert (visit.place_id, visit.date_start) == ("place:CN:beijing", "2013-12-04")


def test_a_sentence_told_at_that_time_takes_the_time_of_the_sentence_before(resources):
    text = "8月30日，捷克参议院议长维特齐抵达台湾进行访问。当时也正在欧洲访问的中国外交部长王毅公开威胁维特齐。"
    visits = {e.actor_id: e.date_start for e in events_of(resources, text, published="2020-10-16") if e.event_type == "visit"}
    assert visits == {"person:milos-vystrcil": "2020-08-30", "person:wang-yi": "2020-08-30"}
    # not across paragraphs: the time of another paragraph is not "that time"
    evs = events_of(resources, "8月30日，捷克参议院议长维特齐抵达台湾进行访问。", "当时也正在欧洲访问的中国外交部长王毅公开威胁维特齐。",
                    published="2020-10-16")
    assert {e.actor_id: e.date_start for e in evs if e.event_type == "visit"}.get("person:wang-yi", "") == ""


def test_a_name_that_labels_a_government_takes_no_part(resources):
    visit = one(events_of(resources, "2015年秋天习近平到英国访问符合当时英国卡梅伦政府的政策。", published="2020-07-10"), "visit")
    assert visit.participants == ("person:xi-jinping",)
    # the government's head named as the one met still is
    visit = one(events_of(resources, "2015年秋天习近平到英国访问，会见了卡梅伦。", published="2020-07-10"), "visit")
    assert visit.place_id == "country:GB"


def test_the_counterpart_inside_a_relative_meeting_clause_met_its_head(resources):
    evs = events_of(resources, "中国外交部长王毅自8月25日起依序访问意大利、荷兰。而与王毅会面的意大利外长迪马尤表示关切。",
                    published="2020-09-02")
    meeting = one(evs, "meeting")
    assert (meeting.actor_id, set(meeting.participants)) == ("person:luigi-di-maio", {"person:luigi-di-maio", "person:wang-yi"})
    assert (meeting.country, meeting.date_start) == ("IT", "2020-08-25")


def test_a_delegation_coming_to_a_place_is_a_visit(resources):
    visit = one(events_of(resources, "这是继森喜朗8月9日率团来台吊唁李登辉之后，再次率团来台。", published="2020-09-19"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:yoshiro-mori", "country:TW", "2020-08-09")
    # any other coming is not: to invest, in exile, or 来 closing another word
    for text in ("林郑月娥指现在是来香港投资的最好时刻。", "流亡来台的林荣基30日受访。", "胡锡进的帖子引来中国网友炮轰。"):
        assert not [e for e in events_of(resources, text, published="2020-09-19") if e.event_type == "visit"], text
    # 到 likewise, only after a delegation
    evs = events_of(resources, "姆欽（左）率團到北京，會晤中方官員。", published="2018-05-04")
    assert (one(evs, "visit").place_id, one(evs, "meeting").place_id) == ("place:CN:beijing", "place:CN:beijing")
    assert one(evs, "visit").actor_id == "person:steven-mnuchin"
    # or right before a place and what the trip goes to do there
    evs = events_of(resources, "去年5月，马来西亚首相纳吉到北京出席一带一路峰会论坛，与习近平会晤。", published="2018-03-05")
    visit = one(evs, "visit")
    assert (visit.trigger, visit.place_id, visit.date_start) == ("到", "place:CN:beijing", "2017-05")
    # (a country and its city written together: the purpose follows the city)
    visit = one(events_of(resources, "10月5日，蓬佩奥到日本东京出席四方外长会议。", published="2020-10-07"), "visit")
    assert (visit.trigger, visit.place_id, visit.date_start) == ("到", "place:JP:tokyo", "2020-10-05")
    # …or to meet someone there
    evs = events_of(resources, "1964年，阿拉法特组建突击队后，马上到北京与周恩来等进行了长时间会谈。", published="2018-08-04")
    visit = one(evs, "visit")
    assert (visit.trigger, visit.actor_id, visit.place_id, visit.date_start) == (
        "到", "person:yasser-arafat", "place:CN:beijing", "1964")
    assert one(evs, "meeting").participants == ("person:yasser-arafat", "person:zhou-enlai")
    # …or to negotiate there
    visit = one(events_of(resources, "毛泽东质疑来中国谈判的金日成。", published="2020-07-01"), "visit")
    assert (visit.trigger, visit.actor_id, visit.place_id) == ("来", "person:kim-il-sung", "country:CN")
    # (到 with no known place right after it is still no trip)
    assert not [e for e in events_of(resources, "他说到这里与记者见面了。", published="2018-08-04") if e.event_type == "visit"]
    # refused entry: the trip did not happen
    visit = one(events_of(resources, "行政院陆委会谘委范世平去年8月获邀来港出席论坛，被拒入境。", published="2017-03-01"), "visit")
    assert (visit.place_id, visit.status) == ("country:HK", "cancelled")
    # …and another going is no trigger at all: 第一站到了潮州 is told by 第一站
    visit = one(events_of(resources, "10月12日，习近平南巡第一站到了潮州。", published="2020-10-20"), "visit")
    assert (visit.trigger, visit.place_id) == ("第一站", "place:CN:chaozhou")
    assert not [e for e in events_of(resources, "2020年8月10日，王毅到北京机场送行。", published="2020-08-20") if e.event_type == "visit"]
    # 去 (go) like 到: before a place and a purpose, and a place for the visit told after it
    visit = one(events_of(resources, "达赖喇嘛于1956年11月去印度参加佛陀2500年诞辰纪念仪式。", published="2020-03-25"), "visit")
    assert (visit.trigger, visit.actor_id, visit.place_id, visit.date_start) == (
        "去", "person:14th-dalai-lama", "country:IN", "1956-11")
    visit = one(events_of(resources, "赵紫阳觉得这事儿就过去了，所以他就去北朝鲜访问。", published="2020-03-25"), "visit")
    assert (visit.trigger, visit.place_id) == ("访问", "country:KP")
    for text in ("王毅去年访问过这里。", "默克尔周末去柏林的超市买东西。", "这位总理说他不想去莫斯科。"):
        assert not [e for e in events_of(resources, text, published="2020-09-19") if e.trigger == "去"], text


def test_a_list_of_places_after_a_movement_is_a_visit_to_each(resources):
    evs = events_of(resources, "美国国务卿蓬佩奥本周出访以色列、苏丹、巴林、阿联酋、以及阿曼。", published="2020-08-28")
    assert {e.place_id for e in evs if e.event_type == "visit"} == {
        "country:IL", "country:SD", "country:BH", "country:AE", "country:OM"}
    evs = events_of(resources, "国务卿蓬佩奥在10月4日至10月8日期间将出访日本东京、蒙古国乌兰巴托和韩国首尔。", published="2020-10-02")
    assert {e.place_id for e in evs if e.event_type == "visit"} == {"place:JP:tokyo", "place:MN:ulan-bator", "place:KR:seoul"}
    # items of different ranks in different countries (a city, then a country)
    evs = events_of(resources, "蓬佩奥2020年7月访问伦敦、丹麦。", published="2020-08-28")
    assert {e.place_id for e in evs if e.event_type == "visit"} == {"place:GB:london", "country:DK"}
    # a planned tour dated by its first day: the later stops follow within two weeks
    evs = events_of(resources, "蓬佩奥星期三说，他下星期一将对英国和丹麦进行访问。", published="2020-07-15")
    assert sorted((e.place_id, e.date_start, e.date_end) for e in evs if e.event_type == "visit") == [
        ("country:DK", "2020-07-20", "2020-08-03"), ("country:GB", "2020-07-20", "2020-07-20")]
    # …but not a country that holds an item (伦敦、英国: one place told twice)
    evs = events_of(resources, "蓬佩奥2020年7月访问伦敦、英国。", published="2020-08-28")
    assert {e.place_id for e in evs if e.event_type == "visit"} == {"place:GB:london"}
    # the list ends with its last item: a place after it is the predicate's
    evs = events_of(resources, "他前往希腊和塞浦路斯的旅行突显了东地中海安全结构的重新定位。", published="2020-10-02")
    assert {e.place_id for e in evs if e.event_type == "visit"} <= {"country:GR", "country:CY"}


def test_a_meeting_at_government_house_is_placed_in_hong_kong(resources):
    meeting = one(events_of(resources, "林鄭月娥今日在禮賓府與四個警察評議會職方協會的主席及副主席見面。", published="2019-06-27"), "meeting")
    assert (meeting.place_id, meeting.country, meeting.date_start) == ("place:HK:government-house", "HK", "2019-06-27")


def test_a_window_ahead_of_the_publication_does_not_date_what_occurred(resources):
    # 两个月内 read ahead (from the publication on) cannot hold a visit told as done
    assert not events_of(resources, "CNN指出，美国官员在两个月内第二次访问台湾的做法引发业界关注。", published="2020-09-17")
    # a plan keeps it
    visit = one(events_of(resources, "蓬佩奥将在两个月内访问台湾。", published="2020-09-17"), "visit")
    assert (visit.status, visit.date_start, visit.date_end) == ("planned", "2020-09-17", "2020-11-17")


def test_a_heading_that_opens_with_its_day_dates_the_section_under_it(resources):
    doc = make_document("以下是相關報道：", "9月9日： 與亞洲防盲基金會訪柬埔寨", "梁振英與亞洲防盲基金會訪柬埔寨，左四為周伯展。",
                        "其他新聞", "梁振英到訪TCL集團。", published="2017-09-12")
    blocks = list(doc.blocks)
    for k in (1, 3):
        blocks[k] = Block("heading", blocks[k].text, blocks[k].start, blocks[k].end)
    doc = replace(doc, blocks=tuple(blocks))
    _, events = annotate(doc, resources)
    visits = {e.trigger: (e.place_id, e.date_start) for e in events if e.event_type == "visit"}
    # the first section is dated by its heading; another heading ends it
    assert visits["访"] == ("country:KH", "2017-09-09")
    assert "到访" not in visits or visits["到访"][1] == ""


def test_fang_alone_before_a_place_is_a_visit_and_an_interview_by_a_medium_is_none(resources):
    visit = one(events_of(resources, "9月9日，梁振英與亞洲防盲基金會訪柬埔寨。", published="2017-09-12"), "visit")
    assert (visit.trigger, visit.place_id) == ("访", "country:KH")
    # not the 访 of 采访 or 专访, nor 访问 by a medium
    assert not events_of(resources, "记者9月9日采访柬埔寨官员。", published="2017-09-12")
    assert not events_of(resources, "当时，美国商务部长罗斯还在电视访问里说，疫情有利于美国。", published="2020-04-15")
    assert not events_of(resources, "雷恩回答《金融时报》的访问时表示，报告没有经过审查。", published="2020-04-15")


def test_a_visit_being_negotiated_is_planned(resources):
    visit = one(events_of(resources, "美国和台湾官员正在磋商美国国务次卿克拉奇本月访台湾，主持对话的具体安排。",
                          published="2020-09-01"), "visit")
    assert (visit.status, visit.date_start) == ("planned", "2020-09")


def test_a_photographed_meeting_of_two_named_persons_is_kept_without_day_or_place(resources):
    meeting = one(events_of(resources, "美国副总统彭斯（左）和教皇方济各会面。", published="2020-09-25"), "meeting")
    assert (set(meeting.participants), meeting.date_start, meeting.place_id) == ({"person:mike-pence", "person:pope-francis"}, "", "")
    assert one(events_of(resources, "图为史达伟与韩国外长康京和会面资料照。", published="2020-07-20"), "meeting")
    # not a meeting that is only a time in the caption, nor one out of a photo
    assert not events_of(resources, "金日成和金正日（右）在出国访问或者会见外宾时，不偕同夫人。", published="2020-07-20")
    assert not events_of(resources, "彭斯和教皇方济各会面。", published="2020-09-25")


def test_still_a_chance_to_meet_is_proposed(resources):
    assert not [e for e in events_of(resources, "特朗普（左）稱仍有機會與金正恩會面。", published="2018-05-25") if e.status == "occurred"]
    meeting = one(events_of(resources, "特朗普仍有機會在6月12日與金正恩會面。", published="2018-05-25"), "meeting")
    assert (meeting.status, meeting.date_start) == ("proposed", "2018-06-12")
    # a chance taken is an event
    meeting = one(events_of(resources, "1979年，邓小平在访美期间有机会与基辛格会面。", published="2020-07-01"), "meeting")
    assert meeting.status == "occurred"


def test_a_groups_leaders_meeting_is_the_event_attended_and_under_way(resources):
    meeting = one(events_of(resources, "中國國家主席習近平，正在巴西利亞出席金磚國家領導人第11次會晤。", published="2019-11-15"), "meeting")
    assert (meeting.actor_id, meeting.place_id, meeting.date_start) == ("person:xi-jinping", "place:BR:brasilia", "2019-11-15")


def test_a_time_phrase_naming_a_day_of_the_event_takes_the_next_clauses_day(resources):
    visit = one(events_of(resources, "捷克参议院议长维特齐在访台最后一天，9月4日下午出席在台北举办的论坛。", published="2020-09-05"), "visit")
    assert (visit.place_id, visit.date_start, visit.date_end) == ("country:TW", "2020-09-04", "2020-09-04")
    # a time phrase that is no day of it says nothing of its days
    visit = one(events_of(resources, "捷克参议院议长维特齐在访台期间，9月4日下午出席在台北举办的论坛。", published="2020-09-05"), "visit")
    assert visit.date_start == ""


def test_an_event_during_the_stay_in_a_place_takes_the_days_of_the_trip_there(resources):
    evs = events_of(resources, "习近平本周三（14日）将出席深圳经济特区建立40周年庆祝大会。",
                    "在深圳期间，习近平将会晤香港特区行政长官林郑月娥。", published="2020-10-12")
    meeting = one(evs, "meeting")
    assert (meeting.status, meeting.place_id, meeting.date_start) == ("planned", "place:CN:shenzhen", "2020-10-14")
    # not a trip of another mood or to another place
    evs = events_of(resources, "习近平本周三（14日）将出席深圳经济特区建立40周年庆祝大会。",
                    "在广州期间，习近平将会晤香港特区行政长官林郑月娥。", published="2020-10-12")
    assert [e for e in evs if e.event_type == "meeting"] == []


def test_a_day_clause_after_an_undated_visit_then_the_visitor_as_pronoun_dates_it(resources):
    text = "习近平此次南巡先到访潮州，10月12日，当他在街头讲话时，他身后的一位女士成为网友的焦点。"
    visit = one(events_of(resources, text, published="2020-10-16"), "visit")
    assert (visit.place_id, visit.date_start, visit.date_end) == ("place:CN:chaozhou", "2020-10-12", "2020-10-12")
    # not when the day opens another trip
    visits = events_of(resources, "习近平先到访潮州，10月12日，他前往汕头。", published="2020-10-16")
    assert {(v.place_id, v.date_start) for v in visits} == {("place:CN:chaozhou", ""), ("place:CN:shantou", "2020-10-12")}


def test_an_open_letter_is_a_letter_only_to_a_named_person(resources):
    letter = one(events_of(resources, "美國總統特朗普周四向北韓領袖金正恩發出公開信。", published="2018-05-25"), "letter")
    assert (set(letter.participants), letter.date_start) == ({"person:donald-trump", "person:kim-jong-un"}, "2018-05-24")
    assert not events_of(resources, "7月8日，已经离港的罗冠聪发表公开信，呼吁世界各国取消协定。", published="2020-07-10")


def test_a_call_to_a_detention_centre_is_no_communication_between_states(resources):
    for text in ("许艳表示，8月14日她给徐州市看守所打电话，要求立即调查。", "8月14日，丁家喜的妻子罗胜春曾致电临沭看守所查询。",
                 "8月14日，王胜生向北京市第二中级法院去信。"):
        assert not [e for e in events_of(resources, text, published="2020-08-20") if e.event_type == "letter"], text
    # …but to a person it is one, whoever made it
    letter = one(events_of(resources, "8月14日，许艳给美国驻华大使布兰斯塔德打电话。", published="2020-08-20"), "letter")
    assert letter.date_start == "2020-08-14"
    letter = one(events_of(resources, "8月14日特朗普给习近平打电话。", published="2020-08-20"), "letter")
    assert set(letter.participants) == {"person:donald-trump", "person:xi-jinping"}


def test_talks_by_phone_are_one_call_and_no_meeting(resources):
    evs = events_of(resources, "日本首相菅义伟和中国国家主席习近平计划星期五（9月25日）举行电话会谈。", published="2020-09-23")
    assert [(e.event_type, e.status, e.date_start) for e in evs] == [("letter", "planned", "2020-09-25")]


def test_visits_written_laifang_tai_and_canfang(resources):
    visit = one(events_of(resources, "对韦特齐议长仍排除万难于上月来台访问，她也要再次表示感谢。", published="2020-10-12"), "visit")
    assert (visit.place_id, visit.date_start) == ("country:TW", "2020-09")
    # 参访 a body after 到: the body is where, not who
    visit = one(events_of(resources, "捷克参议院议长维特齐1日到立法院参访并发表演说。", published="2020-09-02"), "visit")
    assert (visit.actor_id, visit.date_start) == ("person:milos-vystrcil", "2020-09-01")


def test_the_inviter_glossed_by_a_parenthesis_does_not_travel(resources):
    evs = events_of(resources, "捷克参议院议长维特齐（前排右3）1日上午应立法院长游锡堃（前排右2）的邀请，率访问团参访立法院。",
                    published="2020-09-02")
    assert one(evs, "visit").actor_id == "person:milos-vystrcil"
    assert not [e for e in evs if e.event_type == "statement"]  # (an answered invitation)


def test_mandarin_is_no_phone_call(resources):
    evs = events_of(resources, "黄之锋上周在台湾发表两场意义重大的罕见普通话演说。", published="2019-09-13")
    assert not [e for e in evs if e.event_type == "letter"]


def test_a_business_or_academic_gathering_called_a_summit_is_no_summit(resources):
    for text in ("美国总统奥巴马在2015年“选择美国”投资峰会上发表演讲。", "前重庆市市长黄奇帆10月24日在上海外滩金融峰会上发言。",
                 # …or a trade fair's, an IT industry's, a movement's
                 "10月24日，习近平在北京举行的全球服务贸易峰会上致词。", "10月24日，余承东在中国信息化百人峰会上表示。",
                 "10月24日，蓬佩奥参加“价值观选民峰会”。", "10月24日，蓬佩奥出席在爱奥华州举行的“家庭领导峰会”。"):
        assert not [e for e in events_of(resources, text, published="2021-10-25") if e.event_type == "summit"], text
    # a summit of an organisation of states stays one
    summit = one(events_of(resources, "习近平10月24日出席亚太经济合作组织峰会。", published="2021-10-25"), "summit")
    assert summit.date_start == "2021-10-24"


def test_a_trip_stopped_on_its_way_is_cancelled(resources):
    visit = one(events_of(resources, "美国司法部介绍称，郑颂国是今年5月22日在前往中国的转机途中被逮捕的。", published="2020-07-24"), "visit")
    assert (visit.status, visit.place_id) == ("cancelled", "country:CN")
    # on the way and speaking is on the trip
    visit = one(events_of(resources, "蓬佩奥10月4日在前往日本的旅途中对记者说，美方会有重大宣布。", published="2020-10-05"), "visit")
    assert visit.status == "occurred"


def test_a_meeting_yu_the_hosts_office_is_in_the_hosts_country(resources):
    meeting = one(events_of(resources, "中华民国总统蔡英文8月10日上午于总统府接见美国卫生部长阿扎尔。", published="2020-10-17"), "meeting")
    assert (meeting.country, meeting.date_start) == ("TW", "2020-08-10")


def test_a_double_dash_sets_off_a_clause_unless_it_lists_a_counted_group(resources):
    # 及 before the dash is no "with" reaching over it to the name after it
    evs = events_of(resources, "让美国军舰穿越南海，加强对台湾及其军队的支持——美国国务卿迈克·庞皮欧本月在夏威夷"
                               "会见中国最高级外交官杨洁篪时也提及了这些问题。", published="2020-06-29")
    meeting = one(evs, "meeting")
    assert meeting.actor_id == "person:mike-pompeo" and set(meeting.participants) == {"person:mike-pompeo", "person:yang-jiechi"}
    assert (meeting.place_id, meeting.date_start) == ("place:US:hawaii", "2020-06")
    # a dash after 亚洲三国 lists the three: a visit to each
    evs = events_of(resources, "9月29日，美国国务院宣布，国务卿蓬佩奥将于下周访问亚洲三国——日本、蒙古和韩国。",
                    published="2020-09-30")
    assert sorted(e.country for e in evs if e.event_type == "visit") == ["JP", "KR", "MN"]


def test_clauses_split_at_a_double_dash_not_a_range_dash():
    from pipeline.segment import clauses
    text = "该伙伴关系——由习近平在2016年访伊时首次提出——已获批准，1949—1976年。"
    assert [text[a:b] for a, b in clauses(text, 0, len(text))] == ["该伙伴关系", "由习近平在2016年访伊时首次提出", "已获批准", "1949—1976年。"]


def test_attending_something_abroad_is_a_visit_there(resources):
    evs = events_of(resources, "美国国务卿蓬佩奥周二（10月6日）在日本参加四方安全对话会议。", published="2020-10-07")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.country, visit.date_start, visit.trigger) == ("person:mike-pompeo", "JP", "2020-10-06", "在")
    # planned, with 共同 before the verb
    visit = one(events_of(resources, "国家安全顾问奥布莱恩14日将在巴黎共同出席法国国庆日活动。", published="2020-07-12"), "visit")
    assert (visit.status, visit.place_name, visit.date_start) == ("planned", "巴黎", "2020-07-14")
    # signing there, and the place after the verb (出席在台北举办的…论坛)
    evs = events_of(resources, "今年一月，台北市长柯文哲与捷克布拉格市长贺瑞普在布拉格签署姐妹市协定。", published="2020-07-08")
    assert (one(evs, "visit").actor_id, one(evs, "visit").place_name) == ("person:ko-wen-je", "布拉格")
    # of two named before the verb, the one who is abroad travelled
    visit = one(events_of(resources, "2017年7月2日，上海市长应勇（左）、台北市长柯文哲（右）出席在上海的2017双城论坛。",
                          published="2020-07-08"), "visit")
    assert (visit.actor_id, visit.place_name, visit.date_start) == ("person:ko-wen-je", "上海", "2017-07-02")
    # …and the host at home takes no part in the trip
    assert visit.participants == ("person:ko-wen-je",)
    visit = one(events_of(resources, "2020年1月15日，美国总统特朗普与中国副总理刘鹤在白宫签署协议。", published="2020-07-08"), "visit")
    assert (visit.actor_id, visit.participants) == ("person:liu-he", ("person:liu-he",))
    visit = one(events_of(resources, "捷克参议院议长维特齐9月4日下午出席在台北举办的论坛并致词。", published="2020-09-05"), "visit")
    assert (visit.actor_id, visit.place_name, visit.date_start) == ("person:milos-vystrcil", "台北", "2020-09-04")


def test_a_speech_made_abroad_is_a_visit_there(resources):
    text = "中国外长王毅在会谈后于9月8日在伊斯兰堡发表讲话。"
    visit = one(events_of(resources, text, published="2018-09-10"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start, visit.trigger) == (
        "person:wang-yi", "place:PK:islamabad", "2018-09-08", "在")
    # a few words of the speech after 发表, or its name in quotes
    visit = one(events_of(resources, "1946年3月5日，丘吉尔在美国发表著名的“铁幕演说”。", published="2020-07-01"), "visit")
    assert (visit.actor_id, visit.country, visit.date_start) == ("person:winston-churchill", "US", "1946-03-05")
    visit = one(events_of(resources, "1963年6月26日，肯尼迪在西柏林演说时以德文说出“我是柏林人”。", published="2020-07-01"), "visit")
    assert (visit.actor_id, visit.place_id) == ("person:john-f-kennedy", "place:DE:berlin")
    # far from the capital at home, a trip there; near it, none
    visit = one(events_of(resources, "10月14日，习近平在深圳发表了重要讲话。", published="2020-10-15"), "visit")
    assert (visit.place_id, ("trip", "domestic") in visit.provenance) == ("place:CN:shenzhen", True)
    assert events_of(resources, "2020年3月18日，德国总理默克尔在柏林发表讲话。", published="2020-07-01") == []
    # a speech about a place is made elsewhere
    assert events_of(resources, "1963年6月26日，肯尼迪在柏林问题上发表演说。", published="2020-07-01") == []
    # someone met in a time phrase before it did not travel to the speaker's home
    evs = events_of(resources, "2019年6月，王毅在与蓬佩奥会谈后于周六在北京发表讲话。", published="2019-07-01")
    assert [e.event_type for e in evs] == ["meeting"]


def test_attending_something_at_home_or_in_another_way_is_no_visit(resources):
    # at home: Xi in Beijing, Trudeau in Ottawa
    assert events_of(resources, "习近平7月1日在北京出席庆祝大会。", published="2020-07-02") == []
    assert events_of(resources, "特鲁多7月1日将在渥太华参加内阁会议。", published="2020-06-30") == []
    # someone whose country the gazetteers do not give
    assert events_of(resources, "律师张三7月1日在东京参加研讨会。", published="2020-07-02") == []
    # 在 + place followed by something else than attending
    assert events_of(resources, "孟晚舟7月1日在温哥华以视像形式出席了纽约联邦法院的聆讯。", published="2020-07-02") == []
    # an envoy attending something where he is posted
    assert events_of(resources, "2019年3月8日，时任台湾驻捷克代表汪忠一在布拉格出席建筑展开展。", published="2020-07-02") == []


def test_a_national_officials_attending_far_from_the_capital_is_a_trip_at_home(resources):
    # speaking at a gathering held in a city of one's own country, far from its capital
    text = "习近平今天（14日）在深圳经济特区建立40周年庆祝会上发表演讲时，多次猛烈咳嗽。"
    visit = one(events_of(resources, text, published="2020-10-14"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start, visit.status) == (
        "person:xi-jinping", "place:CN:shenzhen", "2020-10-14", "occurred")
    assert ("trip", "domestic") in visit.provenance
    # attending a gathering its place names, planned
    text = "中国国家主席习近平已经南下广东，本周三（14日）将出席深圳经济特区成立40周年的庆祝活动。"
    visit = one(events_of(resources, text, published="2020-10-12"), "visit")
    assert (visit.place_id, visit.date_start, visit.status) == ("place:CN:shenzhen", "2020-10-14", "planned")
    # a state without a point, and a city after its state (the finer place)
    visit = one(events_of(resources, "特朗普10月12日在佛罗里达州出席竞选集会。", published="2020-10-13"), "visit")
    assert visit.place_id == "place:US:florida"
    text = "星期五(7月17日)，美国国务卿蓬佩奥出席在爱奥华州得梅因举行的“家庭领导峰会”，并发表讲话。"
    assert one(events_of(resources, text, published="2020-07-18"), "visit").place_id == "place:US:des-moines"
    # observing a drill there
    visit = one(events_of(resources, "蔡英文7月16日在台中观摩了汉光演习的一场操演。", published="2020-07-17"), "visit")
    assert (visit.actor_id, visit.place_id) == ("person:tsai-ing-wen", "place:TW:taichung")


def test_a_known_person_going_to_another_country_makes_a_trip(resources):
    # 到/去 right after the person (dates, a modal and adverbs between), another country
    visit = one(events_of(resources, "9月15日，王毅去了蒙古国。", published="2020-09-16"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start, visit.trigger) == ("person:wang-yi", "country:MN", "2020-09-15", "去")
    visit = one(events_of(resources, "林卓廷提前本周五到英国，向国际查贪部门举报梁振英。", published="2017-11-07"), "visit")
    assert (visit.place_id, visit.status, visit.date_start) == ("country:GB", "planned", "2017-11-10")
    visit = one(events_of(resources, "上个月17日，杨洁篪到夏威夷会晤了蓬佩奥。", published="2020-07-10"), "visit")
    assert (visit.place_id, visit.date_start) == ("place:US:hawaii", "2020-06-17")
    # (one only likened to the traveller takes no part: 能像…里根到西柏林)
    visit = one(events_of(resources, "他甚至希望，特朗普总统能像美国前总统里根到西柏林。", published="2020-07-01"), "visit")
    assert (visit.actor_id, visit.participants) == ("person:ronald-reagan", ("person:ronald-reagan",))
    # (been there, 过 — with a companion named before the verb)
    visit = one(events_of(resources, "美国在台协会处长郦英杰8月底跟蔡英文去过金门。", published="2020-10-14"), "visit")
    assert (visit.actor_id, visit.place_id) == ("person:brent-christensen", "place:TW:kinmen")
    assert "person:tsai-ing-wen" in visit.participants
    visit = one(events_of(resources, "美国总统特朗普2019年曾到过北京。", published="2020-10-14"), "visit")
    assert (visit.place_id, visit.date_start) == ("place:CN:beijing", "2019")
    # not the person's own country; not someone unknown
    assert events_of(resources, "9月15日，王毅到了北京。", published="2020-09-16") == []
    assert events_of(resources, "9月15日，王毅去过北京。", published="2020-09-16") == []
    assert events_of(resources, "9月15日，张三到了蒙古国。", published="2020-09-16") == []
    # a time long past, unsaid, takes no date of the clause before
    evs = events_of(resources, "今天看到了杨洁篪的发言，又令笔者回想多年前杨洁篪首次到香港。", published="2021-11-09")
    assert [(e.place_id, e.date_start) for e in evs if e.event_type == "visit"] == [("country:HK", "")]


def test_a_national_official_going_far_from_the_capital_makes_a_trip_at_home(resources):
    text = "比如8月20日李克强去了重庆的水灾区域，时隔三天后，新华社才有简单提及。"
    visit = one(events_of(resources, text, published="2020-09-12"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start, visit.trigger) == (
        "person:li-keqiang", "place:CN:chongqing", "2020-08-20", "去")
    assert ("trip", "domestic") in visit.provenance
    visit = one(events_of(resources, "8月20日，特朗普也到了佛罗里达州。", published="2020-09-12"), "visit")
    assert (visit.place_id, visit.date_start) == ("place:US:florida", "2020-08-20")
    # near the capital, a city official in another city, a time before today's capital
    assert events_of(resources, "8月20日，特朗普到了白宫。", published="2020-09-12") == []
    assert events_of(resources, "8月20日柯文哲去了台中。", published="2020-09-12") == []
    assert events_of(resources, "1948年，毛泽东到了上海。", published="2020-09-12") == []
    # a rally held there, its subject right before 在 (not a name in another phrase)
    text = "周六晚上，特朗普总统在俄克拉荷马州塔尔萨的集会结束后到达安德鲁斯联合基地。"
    assert one(events_of(resources, text, published="2020-06-24"), "visit").place_id == "place:US:tulsa"  # (the city after its state)
    text = "他说，金正恩做出的在特朗普第一个任期内实现无核化的承诺以及在朝鲜建国70周年的阅兵式中没有展示远程弹道导弹是理由。"
    assert events_of(resources, text, published="2020-06-24") == []


def test_a_seat_of_government_other_than_the_capital_is_home_too(resources):
    # the Dutch government sits in The Hague, 52 km from Amsterdam, the capital
    assert events_of(resources, "吕特7月1日在海牙出席庆祝大会。", published="2020-07-02") == []
    # …and Rotterdam, 57 km from Amsterdam, lies near it
    assert events_of(resources, "吕特7月1日在鹿特丹出席庆祝大会。", published="2020-07-02") == []


def test_attending_near_the_capital_or_by_a_local_official_is_no_trip(resources):
    # at the seat of government, and a gathering its country names (held anywhere)
    assert events_of(resources, "习近平10月1日在北京人民大会堂出席国庆招待会。", published="2020-10-02") == []
    assert events_of(resources, "习近平10月1日出席北京庆祝大会。", published="2020-10-02") == []
    assert events_of(resources, "蔡英文7月4日出席美国独立日庆祝活动。", published="2020-07-05") == []
    # a mayor or a legislator attends in a city of their own country: their seat is not the capital
    assert events_of(resources, "台北市长柯文哲7月1日在台中出席论坛。", published="2020-07-02") == []
    # …nor the president of an academy or a province's party secretary
    assert events_of(resources, "1956年，郭沫若在上海出席庆祝大会。", published="2020-07-02") == []
    assert events_of(resources, "2018年5月，李希在广州出席庆祝大会。", published="2020-07-02") == []
    # a speech on a topic, no gathering
    assert events_of(resources, "习近平10月14日在深圳问题上发表讲话。", published="2020-10-15") == []
    # before today's capitals were the seats
    assert events_of(resources, "1949年6月，周恩来在上海出席庆祝大会。", published="2020-10-02") == []
    assert one(events_of(resources, "1959年6月，周恩来在上海出席庆祝大会。", published="2020-10-02"), "visit").date_start == "1959-06"


def test_a_meeting_with_an_envoy_placed_nowhere_else_is_held_at_the_envoys_post(resources):
    meeting = one(events_of(resources, "7月4日博索纳罗与美国驻巴西大使共进午餐纪念美国独立日。", published="2020-07-08"), "meeting")
    assert (meeting.place_id, meeting.date_start) == ("country:BR", "2020-07-04")
    assert ("place", "posting") in meeting.provenance
    text = "韩国外交部亚洲太平洋局局长金丁汉14日召见日本驻韩大使馆公使相马弘尚。"
    assert one(events_of(resources, text, published="2020-07-15"), "meeting").place_id == "country:KR"
    # a place of its own wins
    text = "7月4日博索纳罗在巴黎与美国驻巴西大使共进午餐。"
    assert one(events_of(resources, text, published="2020-07-08"), "meeting").place_id == "place:FR:paris"


def test_a_visit_told_from_the_hosts_side_goes_to_the_one_other_country_of_its_sentence(resources):
    visit = one(events_of(resources, "9月15日，蒙古国民众抗议王毅来访，呼吁保护母语。", published="2020-09-16"), "visit")
    assert (visit.place_id, visit.date_start) == ("country:MN", "2020-09-15")
    assert ("place", "sentence-foreign") in visit.provenance
    # …or its one public person of another country (not a source: 香港实业家袁弓夷…爆料指)
    text = "本周伊始，当着来访的法国总统马克龙的面，一位记者向默克尔提出了问题。"
    assert one(events_of(resources, text, published="2020-07-03"), "visit").place_id == "country:DE"
    # not with two other countries, nor with a place at home too, nor undated
    for text in ("9月15日，蒙古国和俄罗斯民众抗议王毅来访。", "9月15日，北京和蒙古国民众抗议王毅来访。",
                 "蒙古国民众曾抗议王毅来访。"):
        assert [e.place_id for e in events_of(resources, text, published="2020-09-16") if e.event_type == "visit"] in ([], [""]), text


def test_a_meeting_of_compatriots_placed_nowhere_else_is_held_in_their_country(resources):
    text = "周五上午，年號小組開會，之後首相安倍晉三前往皇宮晉見日皇明仁。"
    meeting = one(events_of(resources, text, published="2019-03-29"), "meeting")
    assert (meeting.place_id, meeting.date_start) == ("country:JP", "2019-03-29")
    assert ("place", "compatriots") in meeting.provenance
    # a meeting they plan too (下午將與皇太子德仁會面: the emperor's son, at home)
    text = "周五上午，年號小組開會，之後首相安倍晉三前往皇宮晉見日皇明仁，下午將與皇太子德仁會面。"
    assert sorted((e.status, e.place_id) for e in events_of(resources, text, published="2019-03-29")
                  if e.event_type == "meeting") == [("occurred", "country:JP"), ("planned", "country:JP")]
    # not with someone of another country or someone the gazetteers do not know, nor by video
    assert one(events_of(resources, "周五，安倍晋三与特朗普会面。", published="2019-03-29"), "meeting").place_id == ""
    assert one(events_of(resources, "周五，安倍晋三与山田太郎会面。", published="2019-03-29"), "meeting").place_id == ""
    text = "7月2日，默克尔与德国外长马斯举行视频会议。"
    assert one(events_of(resources, text, published="2020-07-01"), "meeting").place_id == ""
    # one named person meeting people the text does not name, in a story set in their
    # country (its places all there), meets them there — not in a story that names places
    # elsewhere
    text = "法国市镇选举投票周日揭晓。法国总统马克龙周一会晤参与思考应对环境问题的150名志愿者。"
    assert one(events_of(resources, text, published="2020-06-30"), "meeting").place_id == "country:FR"
    text = "马克龙周日批评了美国的退约决定。法国总统马克龙周一会晤参与思考应对环境问题的150名志愿者。"
    assert [e.place_id for e in events_of(resources, text, published="2020-06-30") if e.event_type == "meeting"] == [""]
    # …nor, with no place named but a region, in a story whose known people are several and
    # all of the country (the chief-executive candidates' calls on chambers of commerce)
    text = ("三名特首參選人今日先後拜會工商界選委。林鄭月娥今日下午拜訪總商會，會面約一小時。"
            "曾俊華談及亞太區的經濟。葉劉淑儀同日亦拜訪中總。")
    meetings = [e for e in events_of(resources, text, published="2017-01-24") if e.event_type == "meeting"]
    assert meetings and {e.place_id for e in meetings} == {"country:HK"}
    text = "林鄭月娥今日下午拜訪總商會，會面約一小時。特朗普談及亞太區的經濟。"
    assert {e.place_id for e in events_of(resources, text, published="2017-01-24") if e.event_type == "meeting"} == {""}


def test_the_subjects_clause_that_ends_at_a_place_sets_the_scene_of_the_next(resources):
    text = "另外，美國總統特朗普當地周六在白宮橢圓形辦公室，會見獲委內瑞拉釋放的美國傳教士。"
    meeting = one(events_of(resources, text, published="2018-05-27"), "meeting")
    assert (meeting.place_id, dict(meeting.provenance)["place"]) == ("place:US:white-house", "scene")
    # not a place followed by what the subject does there in the same clause, nor a clause
    # with another name
    for text in ("特朗普周六在白宫表示支持，会见了安倍晋三。", "特朗普周六与彭斯在白宫，会见了安倍晋三。"):
        assert "place:US:white-house" not in [e.place_id for e in events_of(resources, text, published="2018-05-27")]


def test_an_event_at_the_end_of_a_month_is_dated_by_its_last_days(resources):
    evs = events_of(resources, "去年8月底杜特尔特第5次访问中国时与中国国家主席习近平会晤。", published="2020-07-10")
    assert (one(evs, "visit").date_start, one(evs, "visit").date_end) == ("2019-08-21", "2019-08-31")
    # a deadline (本月底前) keeps the date's own reading, the last day
    visit = one(events_of(resources, "习近平计划本月底前访问日本。", published="2020-07-10"), "visit")
    assert (visit.date_start, visit.date_end) == ("2020-07-31", "2020-07-31")


def test_a_plural_cue_does_not_refer_to_a_trip_told_in_the_same_clause(resources):
    text = ("美國總統特朗普與俄羅斯總統普京，在德國漢堡參加G20峰會期間會面超過兩小時，"
            "之後特朗普稱兩國應放下對美俄關係構成阻力的議題。")
    evs = events_of(resources, text, published="2017-07-08")
    assert one(evs, "visit").actor_id == "person:donald-trump"
    meeting = one(evs, "meeting")
    assert {"person:donald-trump", "person:vladimir-putin"} <= set(meeting.participants)


def test_an_officials_inspection_of_a_place_is_a_visit_there(resources):
    visit = one(events_of(resources, "中国国家主席习近平于2018年视察南海的一支舰队。", published="2020-06-29"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start, visit.trigger) == (
        "person:xi-jinping", "place:ZZ:south-china-sea", "2018", "视察")
    # with 了 between
    visit = one(events_of(resources, "2019年5月，江泽民视察了武汉长江大堤。", published="2020-06-29"), "visit")
    assert visit.place_id == "place:CN:wuhan"
    # …or a short gloss in parentheses
    visit = one(events_of(resources, "中国副总理孙春兰3月5日视察（试察）武汉社区，遭遇居民高喊。", published="2020-03-12"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:sun-chunlan", "place:CN:wuhan", "2020-03-05")
    # …or a relative clause and a side of a border that qualify the place
    text = "印度总理莫迪上周五视察发生中印对峙的北部边境拉达克地区（Ladakh），探访驻军。"
    visit = one(events_of(resources, text, published="2020-07-08"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:narendra-modi", "place:IN:ladakh", "2020-07-03")
    # a site the gazetteer does not know, inspected by 视察: a trip in the inspector's country
    visit = one(events_of(resources, "1992年4月，邓小平在视察首钢时讲到，朱镕基懂经济。", published="2020-06-29"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:deng-xiaoping", "country:CN", "1992-04")
    # an inspection that is only a time, a course or learning; 考察 of no place (a study)
    for text in ("1992年4月，邓小平视察了解北京情况的干部。", "1992年4月，邓小平在视察过程中讲到，朱镕基懂经济。",
                 "1992年4月，邓小平视察时讲到，朱镕基懂经济。", "1992年4月，邓小平考察首钢的经验。"):
        assert events_of(resources, text, published="2020-06-29") == [], text
    # being at a place to inspect it (在…考察/调研), at home too
    visit = one(events_of(resources, "周四，习近平在辽宁考察。", published="2018-09-28"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:xi-jinping", "place:CN:liaoning", "2018-09-27")
    visit = one(events_of(resources, "全国政协主席汪洋近日在西藏调研。", published="2020-07-09"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start, visit.date_end) == (
        "person:wang-yang", "place:CN:xizang", "2020-06-30", "2020-07-09")
    # (a survey as a noun is none)
    assert events_of(resources, "他在这项调研的基础上提出建议。", published="2020-07-09") == []
    # 考察 and 走访 with the place right after them, as 视察
    visits = events_of(resources, "习近平10月12日抵达广东，并接连走访了潮州、汕头。", published="2020-10-14")
    assert ("place:CN:chaozhou", "2020-10-12", "走访") in {(v.place_id, v.date_start, v.trigger) for v in visits}
    visit = one(events_of(resources, "习近平本人并于2018年考察凉山。", published="2020-07-09"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:xi-jinping", "place:CN:liangshan", "2018")
    # …not people called on, nor a place that a date after it makes a qualifier of what is studied
    assert events_of(resources, "习近平2018年走访了多名村民。", published="2020-07-09") == []
    assert events_of(resources, "1920年，德国人卡尔·考茨基考察了法国18世纪以来的恐怖主义。", published="2020-07-09") == []


def events_of_caption(resources, paragraph, caption, published):
    """The events of a document of ``paragraph`` and a photo caption after it."""
    doc = make_document(paragraph, caption, published=published)
    doc = replace(doc, blocks=(doc.blocks[0], replace(doc.blocks[1], kind="caption")))
    return annotate(doc, resources)[1]


def test_a_photo_caption_of_someone_abroad_at_a_place_is_a_visit_there(resources):
    def caption_events(caption, published):
        return events_of_caption(resources, "德国总理默克尔表示关切。", caption, published)

    visit = one(caption_events("2019年9月默克尔在武汉", "2020-07-08"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:angela-merkel", "place:CN:wuhan", "2019-09")
    # at home, or a paragraph that is no caption
    assert caption_events("2020年9月30日，习近平在天安门广场。", "2020-10-02") == []
    assert events_of(resources, "德国总理默克尔表示关切。", "2019年9月默克尔在武汉", published="2020-07-08") == []


def test_a_caption_that_opens_with_its_day_dates_its_later_sentences(resources):
    def caption_events(caption, published):
        return events_of_caption(resources, "美国国会继续谈判。", caption, published)

    caption = "2020年9月30日，美国财政部长姆钦离开参议院多数党领袖麦康奈尔的办公室。姆钦与国会民主党和共和党人就纾困法案进行了会谈。"
    meeting = one(caption_events(caption, "2020-10-08"), "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("person:steven-mnuchin", "2020-09-30")
    # a story told in a long caption: its later sentences are not of the photo's day
    story = ("2008年6月18日，中国国家副主席习近平和朝鲜领导人金正日在平壤走向会议厅。这是习近平就任国家副主席后的第一次出访。"
             "2018年3月金正恩访华后，两国关系改善。中国外交部发言人华春莹在例行记者会上说，她不了解有关信息，但中国和朝鲜有高层互访的传统。"
             "金正恩访问北京期间曾邀请习近平访问朝鲜，习近平当时欣然接受。")
    assert all(e.date_start != "2008-06-18" for e in caption_events(story, "2020-07-08")
               if e.actor_id == "person:kim-jong-un")
    # a paragraph that is no caption: the later sentence stays undated (and unplaced: no event)
    assert [e for e in events_of(resources, "美国国会继续谈判。", caption, published="2020-10-08")
            if e.event_type == "meeting"] == []


def test_the_body_someone_speaks_for_is_not_the_subject(resources):
    # 代表德国政府: on behalf of the government; 默克尔 still travels
    evs = events_of(resources, "2019年4月下旬，默克尔代表德国政府前往北京出席峰会。", published="2020-07-10")
    visit = one(evs, "visit")
    assert (visit.actor_id, visit.place_name, visit.date_start) == ("person:angela-merkel", "北京", "2019-04-21")


def test_a_pronoun_right_after_a_speakers_reporting_verb_is_the_speaker(resources):
    visit = one(events_of(resources, "英国宣布禁用华为之后，蓬佩奥宣布他将在下周一访问伦敦。", published="2020-07-16"), "visit")
    assert (visit.actor_id, visit.status, visit.place_name, visit.date_start) == (
        "person:mike-pompeo", "planned", "伦敦", "2020-07-20")


def test_a_pronoun_opening_the_clause_before_is_the_subject_that_carries_on(resources):
    text = ("林鄭較早時只安排會見建制派討論綜援，對民主派議員批評她厚此薄彼時，笑言民主派「妒忌」，"
            "她今日「補鑊」，與7名民主派代表會面；一如所料。")
    meeting = one(events_of(resources, text, published="2019-01-28"), "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("person:carrie-lam", "2019-01-28")
    # …or a chain of clauses with no subject of their own (在…, 几日后…)
    text = "马克龙7月5日抵达德国。他前往慕尼黑，在当地挑选出一批画作，几日后前往奥地利林茨。"
    visits = [e for e in events_of(resources, text, published="2020-07-19") if e.event_type == "visit"]
    assert [(v.actor_id, v.place_name) for v in visits if v.place_name == "林茨"] == [("person:emmanuel-macron", "林茨")]
    # a clause that may have a subject of its own ends the chain
    text = "马克龙7月5日抵达德国。他前往慕尼黑，当地官员挑选出一批画作，几日后前往奥地利林茨。"
    visits = [e for e in events_of(resources, text, published="2020-07-19") if e.event_type == "visit"]
    assert [v for v in visits if v.place_name == "林茨"] == []
    # …also when the clause names the counterpart after the 与 that opens it
    text = "蓬佩奥周二表示，在出发前，他和国家安全团队一起，与川普举行了电话会议。"
    call = one(events_of(resources, text, published="2020-10-05"), "letter")
    assert (call.actor_id, call.participants) == ("person:mike-pompeo", ("person:donald-trump", "person:mike-pompeo"))
    # …or names the one visited after the trigger
    text = "罗文嘉去年二月接任民进党秘书长。他去年3月现身台北声援西藏活动，还在7月远赴印度达兰萨拉拜访达赖喇嘛。"
    evs = events_of(resources, text, published="2020-07-08")
    assert [(e.event_type, e.actor_id, e.place_name, e.date_start) for e in evs] == [
        ("visit", "person:lo-wen-jia", "印度", "2019-07"), ("meeting", "person:lo-wen-jia", "印度", "2019-07")]


def test_a_pronoun_refers_to_a_name_that_opens_its_clause_with_no_other_name_before_it(resources):
    text = "维特奇对前任参议院议长柯佳洛没能成功访台表示遗憾。他继承其前任的遗志，决定2020年8月访台。"
    visits = [e for e in events_of(resources, text, published="2020-09-02") if e.event_type == "visit" and e.date_start]
    assert [v.actor_id for v in visits] == ["person:milos-vystrcil"]


def test_a_pronoun_refers_to_a_name_that_opens_its_clause_after_dates_and_time_words(resources):
    text = "以前很长一段时间侃爷都被看做是特朗普的支持者。2018年他甚至曾在白宫椭圆形办公室同特朗普见面。"
    meeting = one(events_of(resources, text, published="2020-07-06"), "meeting")
    assert (meeting.actor_id, set(meeting.participants), meeting.date_start) == (
        "person:kanye-west", {"person:kanye-west", "person:donald-trump"}, "2018")
    text = "2015年，默克尔是欧洲最有权势的领导人。她在柏林与马克龙会面。"
    assert one(events_of(resources, text, published="2020-07-06"), "meeting").actor_id == "person:angela-merkel"
    # a name after other words (对…而言) still opens no clause
    text = "对默克尔而言，欧洲最重要。她在柏林与马克龙会面。"
    assert [e for e in events_of(resources, text, published="2020-07-06") if e.actor_id == "person:angela-merkel"] == []


def test_an_undated_visit_of_a_planned_trip_named_again_is_the_plan(resources):
    text = ("台湾媒体报道，克拉奇将于9月17至19日访台。",
            "台湾总统府表示，美台双方仍在就克拉奇访台及双方经济对话的细节进行磋商。北京不需要对克拉奇访台感到担忧。")
    visits = [e for e in events_of(resources, *text, published="2020-09-12") if e.event_type == "visit"]
    assert [(v.status, v.date_start) for v in visits] == [("planned", "2020-09-17"), ("planned", ""), ("planned", "")]
    # not a visit of the past (曾), nor when the document tells a dated visit that took place,
    # nor for a plan whose days ended before the article
    text = "蓬佩奥曾访问台湾。蓬佩奥将于9月17日访问台湾。"
    statuses = [e.status for e in events_of(resources, text, published="2020-09-12") if e.event_type == "visit"]
    assert sorted(statuses) == ["occurred", "planned"]
    text = "李鸿章计划8月31日赴华盛顿。8月20日，李鸿章抵达华盛顿。李鸿章访问华盛顿轰动一时。"
    statuses = [e.status for e in events_of(resources, text, published="1896-08-25") if e.event_type == "visit"]
    assert statuses.count("occurred") == 2
    text = "蓬佩奥将于9月10日访问台湾。蓬佩奥访问台湾引起关注。"
    statuses = [e.status for e in events_of(resources, text, published="2020-09-20") if e.event_type == "visit"]
    assert "occurred" in statuses
    # what the traveller does on that trip, undated, is part of the plan (not kept: no date)
    text = "维特齐预计8月30日访台。特维齐并强调，他访台不是去处理对中关系，而是签署能为捷克带来好处的协议。"
    assert [e.event_type for e in events_of(resources, text, published="2020-06-26")] == ["visit", "visit"]
    # …and so is a visit the document tells only as called off (no report of recent weeks)
    text = ("2月28日，日本首相安倍晋三会见中国国务委员杨洁篪。", "因疫情而延期的习近平访日，日方表示尚未确定日程。",
            "在野党党首也担心习近平访日会发出错误的信息。")
    visits = [e for e in events_of(resources, *text, published="2020-03-01") if e.event_type == "visit"]
    assert [(v.status, v.date_start) for v in visits] == [("cancelled", ""), ("cancelled", "")]


def test_a_persons_tomb_or_statue_is_a_site_not_a_participant(resources):
    text = "1896年8月，李鸿章出访美国，获格兰特夫人赠与格兰特遗留下来的手杖。8月30日，李鸿章前往拜谒他的前美国总统朋友格兰特墓地。"
    visits = [e for e in events_of(resources, text, published="2020-09-20") if e.event_type == "visit"]
    assert [(v.date_start, v.participants) for v in visits] == [
        ("1896-08", ("person:li-hongzhang",)), ("1896-08-30", ("person:li-hongzhang",))]


def test_a_place_that_only_locates_the_destination_is_not_it(resources):
    text = "特朗普总统计划星期六（11日）前往首都华盛顿郊外马里兰州的沃尔特·里德国家军事医疗中心，探望美军受伤官兵。"
    assert one(events_of(resources, text, published="2020-07-10"), "visit").place_id == "place:US:maryland"
    assert one(events_of(resources, "金正恩11日前往越南首都河内。", published="2020-07-10"), "visit").place_id == "place:VN:hanoi"


def test_states_after_an_organisations_counterpart_marker_are_its_counterparts(resources):
    meeting = one(events_of(resources, "欧盟今天与南韩举行视讯会议。", published="2020-06-30"), "meeting")
    assert (meeting.actor_id, set(meeting.participants)) == ("org:eu", {"org:eu", "country:KR"})
    meeting = one(events_of(resources, "东盟今天与中国和日本举行会谈。", published="2020-06-30"), "meeting")
    assert set(meeting.participants) == {"org:asean", "country:CN", "country:JP"}
    # a state that only says whose official is met gives way to the named official
    meeting = one(events_of(resources, "欧盟今天与中国外长王毅举行会谈。", published="2020-06-30"), "meeting")
    assert set(meeting.participants) == {"org:eu", "person:wang-yi"}


def test_two_states_joint_body_holding_a_numbered_session_is_their_meeting(resources):
    # a dateline before a dash, the states' joint body (its 磋商 no status cue), an ordinal
    # session between the holding verb and the noun (a reading of an unseen set)
    text = "路透北京7月10日 - 中国和印度边境事务磋商和协调工作机制周五举行第16次会议。"
    meeting = one(events_of(resources, text, published="2020-07-10"), "meeting")
    assert (meeting.actor_id, set(meeting.participants), meeting.date_start, meeting.status) == (
        "country:CN", {"country:CN", "country:IN"}, "2020-07-10", "occurred")
    # the 16th is one event, not sixteen (第十六次 too); 三次 still sums up several
    assert ("count", "repeated") not in meeting.provenance
    visit = one(events_of(resources, "普京2019年6月第十六次访问中国。", published="2020-07-10"), "visit")
    assert ("count", "repeated") not in visit.provenance
    visit = one(events_of(resources, "普京2019年三次访问中国。", published="2020-07-10"), "visit")
    assert ("count", "repeated") in visit.provenance


def test_a_date_may_stand_between_two_states_that_hold_a_meeting(resources):
    meeting = one(events_of(resources, "日本今天与韩国举行视讯会议。", published="2020-06-30"), "meeting")
    assert (meeting.actor_id, set(meeting.participants), meeting.date_start) == (
        "country:JP", {"country:JP", "country:KR"}, "2020-06-30")
    # …also with the 在 or 于 that makes it a time phrase (a reading's error: Russia lost)
    text = "印度在2018年与俄罗斯签署了购买5个大队的S-400防空导弹的合同，计划从明年起开始交货。"
    deal = one(events_of(resources, text, published="2020-06-30"), "agreement")
    assert (deal.actor_id, set(deal.participants), deal.date_start) == ("country:IN", {"country:IN", "country:RU"}, "2018")
    meeting = one(events_of(resources, "中国于周一同俄罗斯举行会谈。", published="2020-07-01"), "meeting")
    assert set(meeting.participants) == {"country:CN", "country:RU"}


def test_a_communication_done_with_an_organisations_unnamed_head_is_a_letter_by_the_day_after_it(resources):
    text = "在与国际奥委会主席沟通后，日本首相安倍晋三3月24日宣布推迟东京奥运会。"
    letter = one(events_of(resources, text, published="2020-03-25"), "letter")
    assert (letter.actor_id, set(letter.participants), letter.date_start, letter.trigger) == (
        "person:shinzo-abe", {"person:shinzo-abe", "org:ioc"}, "2020-03-24", "沟通")
    # a call in a time clause "after" it is dated by the day its subject opens the next clause with
    text = "在与习近平通电话后，特朗普周五在推特上说，谈话很好。"
    assert one(events_of(resources, text, published="2020-03-25"), "letter").date_start == "2020-03-20"
    # an organisation's head by title (总干事, 秘书长) is met or called through the organisation
    letter = one(events_of(resources, "安倍晋三3月24日与世卫组织总干事通电话。", published="2020-03-25"), "letter")
    assert set(letter.participants) == {"person:shinzo-abe", "org:who"}
    # 沟通 kept up, general or with no one named is no act
    for text in ("日本将继续与美国和中国保持密切沟通。", "林郑月娥3月24日与市民沟通。", "政府3月24日与公众就措施进行沟通。",
                 "安倍晋三3月24日沟通后宣布推迟奥运会。"):
        assert [e for e in events_of(resources, text, published="2020-03-25") if e.event_type == "letter"] == [], text


def test_a_sentence_that_names_no_one_before_its_trigger_goes_on_with_the_subject_before(resources):
    text = ("伊朗圣城旅指挥官苏莱曼尼（Qassem Soleimani）是伊朗军队的最高领导人。",
            "2020年1月2日深夜，苏莱曼尼抵达叙利亚首都大马士革机场，登上了一架飞机。经过一个多小时的飞行，于3日凌晨抵达伊拉克首都巴格达机场。")
    visits = [e for e in events_of(resources, *text, published="2020-10-15") if e.event_type == "visit"]
    # (the stop in Damascus to board the plane is a transit)
    assert [(v.actor_name, v.place_id, v.date_start) for v in visits] == [("苏莱曼尼", "place:IQ:baghdad", "2020-01-03")]
    # not past a subject the gazetteers do not name (公众, 许多人), nor across paragraphs
    for text in (("李鸿章抵达纽约。公众则可凭参观券，于周六登舰参观。",), ("李鸿章抵达纽约。而其中许多人又来到费城。",),
                 ("李鸿章抵达纽约。", "仅1小时即抵达费城。")):
        visits = [e for e in events_of(resources, *text, published="2020-10-15") if e.event_type == "visit"]
        assert [v.place_id for v in visits] == ["place:US:new-york-city"], text
    visits = [e for e in events_of(resources, "李鸿章抵达纽约。仅1小时即抵达费城。", published="2020-10-15") if e.event_type == "visit"]
    assert [v.place_id for v in visits] == ["place:US:new-york-city", "place:US:philadelphia"]


def test_going_to_go_is_a_plan_and_a_trip_named_as_the_time_of_a_plan_is_one(resources):
    text = "2020年1月3日，美国等到了机会，汉斯·波瑟要去巴格达与伊拉克看守政府总理阿卜杜勒（Adil Abdul-Mahdi）会面。"
    # (planned, and dated only by the sentence, which says when the chance came: not kept)
    assert events_of(resources, text, published="2020-10-02") == []
    text = "美国国务卿蓬佩奥将于下周出访亚洲。蓬佩奥访日期间将与日本、澳大利亚和印度外长共同举办四方安全对话。"
    assert [(e.status, e.place_id) for e in events_of(resources, text, published="2020-10-02") if e.event_type == "visit"] == [
        ("planned", "place:ZZ:asia")]


def test_going_into_or_attending_at_a_states_mission_is_a_visit_there(resources):
    visit = one(events_of(resources, "2012年2月6日，王立军突然进入了美国驻成都总领馆要求政治庇护。", published="2020-09-24"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start, visit.trigger) == (
        "person:wang-lijun", "place:CN:chengdu", "2012-02-06", "进入")
    text = "7月4日，博尔索纳罗出席美国驻巴西利亚大使馆举行的美国独立日庆祝活动。"
    visit = one(events_of(resources, text, published="2020-07-08"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:jair-bolsonaro", "place:BR:brasilia", "2020-07-04")
    # (the mission's state, before 驻, is not where it is; nor a state's day, the occasion)
    text = "据报导，许艳17日出席美国驻中国大使馆举行的美国宪法日活动，并向布兰斯塔德说明丈夫与自己的状况。"
    visit = one(events_of(resources, text, published="2020-09-20"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:xu-yan", "country:CN", "2020-09-17")
    # entering or attending anything else is no trip
    for text in ("7月4日，特朗普出席白宫的活动。", "7月4日，王立军进入会场。", "7月4日，王立军至今没有进入美国。"):
        assert [e for e in events_of(resources, text, published="2020-07-08") if e.event_type == "visit"] == [], text


def test_subjects_who_meet_him_each_met_him_not_each_other(resources):
    meetings = events_of(resources, "2019年，李登辉、陈水扁在台北与他见面。", published="2020-07-06")
    assert sorted(m.participants for m in meetings) == [("person:chen-shui-bian",), ("person:lee-teng-hui",)]
    # (with no pronoun they met each other)
    meeting = one(events_of(resources, "2019年，李登辉和陈水扁在台北见面。", published="2020-07-06"), "meeting")
    assert set(meeting.participants) == {"person:chen-shui-bian", "person:lee-teng-hui"}


def test_a_delegation_a_state_sends_and_this_delegation_later_travel_for_the_state(resources):
    text = "中国4月23日派出一支由医学专家组成的医疗队前往意大利。"
    visit = one(events_of(resources, text, published="2020-04-25"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("country:CN", "country:IT", "2020-04-23")
    text = ("三名消息人士披露，中国已派出一个包括医学专家在内的代表团前往北韩。"
            "路透社说，这个代表团由中共中央对外联络部高级官员率领，周四前往北韩。")
    visit = one(events_of(resources, text, published="2020-04-25"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("country:CN", "country:KP", "2020-04-23")
    # (not when someone is named before the trip: 这个代表团抵达后，王毅…前往)
    text = "中国代表团周一抵达北京。这个代表团抵达后，王毅周四前往北韩。"
    assert [v.actor_id for v in events_of(resources, text, published="2020-04-25") if v.place_id == "country:KP"] == ["person:wang-yi"]


def test_a_welcome_at_the_airport_greets_an_arrival_and_invites_no_one(resources):
    text = "2018年4月13日，朝鲜人欢迎中共中联部部长宋涛为首的中国艺术团到平壤机场。"
    visit = one(events_of(resources, text, published="2018-09-05"), "visit")
    assert (visit.status, visit.place_id, visit.date_start) == ("occurred", "place:KP:pyongyang", "2018-04-13")
    # (welcoming someone to visit is an invitation)
    text = "台湾外交部6日表示欢迎达赖喇嘛再访问台湾。"
    assert one(events_of(resources, text, published="2018-09-07"), "visit").status == "proposed"


def test_a_stop_at_an_airport_to_board_the_next_flight_is_no_visit(resources):
    text = "2020年1月2日深夜，汉斯·波瑟抵达叙利亚首都大马士革机场，在4名军人陪同下，登上了一架空客A320飞机。"
    assert [e for e in events_of(resources, text, published="2020-10-15") if e.event_type == "visit"] == []
    # (arriving at an airport and driving on is a visit)
    text = "2020年1月2日，特朗普抵达北京机场，随后登上专车前往钓鱼台。"
    assert "place:CN:beijing" in [e.place_id for e in events_of(resources, text, published="2020-10-15")]


def test_a_character_of_a_name_is_no_condition(resources):
    # 若 (if) inside a transliterated name (阿劳若, Araújo) makes nothing hypothetical
    text = "7月4日，巴西外交部长阿劳若（Ernesto Araújo）发布一张照片，显示他和总统博尔索纳罗等人一同出席美国驻巴西利亚大使馆举行的庆祝活动。"
    visit = one(events_of(resources, text, published="2020-07-08"), "visit")
    assert (visit.status, visit.place_id) == ("occurred", "place:BR:brasilia")
    # (a condition still is one, and one inside a closed quotation is the speaker's)
    text = "若特朗普7月4日访问日本，安倍晋三将与他会面。"
    assert all(e.status != "occurred" for e in events_of(resources, text, published="2020-07-08"))


def test_a_conference_call_is_a_call(resources):
    call = one(events_of(resources, "佩洛西和姆钦周三进行了20分钟的电话会议。", published="2020-10-08"), "letter")
    assert (set(call.participants), call.date_start, call.trigger) == (
        {"person:nancy-pelosi", "person:steven-mnuchin"}, "2020-10-07", "电话会议")


def test_the_state_that_hosts_a_summit_is_where_it_meets(resources):
    summit = one(events_of(resources, "2016年9月，中国主办G20峰会。", published="2020-07-01"), "summit")
    assert (summit.place_id, summit.date_start) == ("country:CN", "2016-09")
    summit = one(events_of(resources, "日本将于明年主办七国集团峰会。", published="2020-07-01"), "summit")
    assert (summit.place_id, summit.status) == ("country:JP", "planned")
    # one state that holds a summit with unnamed others acts for it, and it met there
    text = "对非洲，俄罗斯2019年举行了首届与非洲国家领导人的峰会，邀请40多个非洲国家领导人出席。"
    summit = one(events_of(resources, text, published="2020-06-26"), "summit")
    assert (summit.actor_id, summit.participants, summit.place_id, summit.date_start) == (
        "country:RU", ("country:RU",), "country:RU", "2019")
    # (two states holding talks are both parties, and no host)
    meeting = one(events_of(resources, "中国和美国7月1日举行会谈。", published="2020-07-02"), "meeting")
    assert (set(meeting.participants), meeting.place_id) == ({"country:CN", "country:US"}, "")


def test_a_speaker_tells_of_a_call_with_states_officials_named_by_title(resources):
    text = "英国外交大臣拉布8日通过推特表示，在当晚与美国、澳大利亚、加拿大和新西兰的四国外长就香港问题通话。"
    call = one(events_of(resources, text, published="2020-07-09"), "letter")
    assert (call.actor_id, set(call.participants), call.date_start) == (
        "person:dominic-raab", {"person:dominic-raab", "country:US", "country:AU", "country:CA", "country:NZ"}, "2020-07-08")


def test_one_states_unnamed_officials_met_by_a_named_subject_are_that_state(resources):
    meeting = one(events_of(resources, "比根周三在首尔与韩国政府官员会面，讨论如何重启谈判。", published="2020-07-09"), "meeting")
    assert (meeting.actor_id, set(meeting.participants)) == ("person:stephen-biegun", {"person:stephen-biegun", "country:KR"})
    # an ambassador posted somewhere (驻巴西) is his state's; a weak trigger now has its counterpart
    lunch = one(events_of(resources, "7月4日，博索纳罗与美国驻巴西大使共进午餐。", published="2020-07-08"), "meeting")
    assert set(lunch.participants) == {"person:jair-bolsonaro", "country:US"}
    # not when the official is named, nor the state of the subject's own title
    meeting = one(events_of(resources, "美国副国务卿比根周三与韩国外长康京和会面。", published="2020-07-09"), "meeting")
    assert "country:KR" not in meeting.participants and "country:US" not in meeting.participants
    # and 两人 later on refers to two persons, not to a person and a state
    evs = events_of(resources, "特朗普与金正恩2018年6月在新加坡会晤。", "比根7月8日与韩国官员会面。",
                    "两人在2019年2月举行了第二次会谈。", published="2020-07-09")
    second = next(e for e in evs if e.date_start == "2019-02")
    assert set(second.participants) == {"person:donald-trump", "person:kim-jong-un"}


def test_a_states_unnamed_official_or_delegation_met_or_signing_is_that_state(resources):
    # (readings: Egypt, India and the Central African Republic had been left out)
    cases = [("鲍里斯·约翰逊在纽约的联合国大会上会见了埃及领导人，在那里，他们谈到了两国的关系。", "meeting", "country:EG"),
             ("1953年底，时任中国总理周恩来在北京会见印度政府代表团时，首先提出了“和平共处五项原则”。", "meeting", "country:IN"),
             ("在8月举行的俄罗斯武器展览会上，俄罗斯国防部长绍伊古与中非共和国国防部长还签署了军事合作协议。", "agreement", "country:CF")]
    for text, kind, state in cases:
        event = one(events_of(resources, text, published="2020-08-25"), kind)
        assert state in event.participants and len(event.participants) == 2, text
    # …after a quantity or 来自, as a list with a count, with a field before the word for
    # officials (the corpus's single-party meetings)
    cases = [("星期三，比根在首尔会见了一些韩国官员后表示，华盛顿对与平壤谈判持开放态度。", {"country:KR"}),
             ("上个月，比林斯利亚在维也纳与一位俄罗斯高级官员就拟议中的三方条约进行了会谈。", {"country:RU"}),
             ("周二，奥布赖恩在巴黎分别与来自英国、法国、德国和意大利的同僚就中国问题举行了会谈。",
              {"country:GB", "country:FR", "country:DE", "country:IT"}),
             ("就在当天稍早，冯德莱恩还与捷克和葡萄牙两国的总理分别举行了双边会谈。", {"country:CZ", "country:PT"}),
             ("周二（13日）在北京，许艳会见了美国、加拿大、法国、荷兰、瑞典与欧盟6国人权官员。",
              {"country:US", "country:CA", "country:FR", "country:NL", "country:SE", "org:eu"}),
             ("蔡英文18日晚间在官邸宴请到访的美国副国务卿。", {"country:US"})]
    for text, states in cases:
        meeting = one(events_of(resources, text, published="2020-10-14"), "meeting")
        assert set(meeting.participants) - {meeting.actor_id} == states, text
    # not when the official is named after the title, nor when the title is someone's (…的特使)
    # or more follows it
    for text in ("约翰逊周三在纽约会见了埃及总统塞西。", "约翰逊周三在纽约会见了埃及领导人的特使。",
                 "约翰逊周三在纽约会见了埃及代表团以及来自十多个国家的多名商界人士和学者。"):
        meeting = one(events_of(resources, text, published="2020-07-10"), "meeting")
        assert "country:EG" not in meeting.participants, text


def test_a_call_told_in_a_report_dated_to_the_day_is_dated_by_it(resources):
    text = "佩洛西发言人在周三的推特上说，南希·佩洛西和史蒂芬·姆钦进行了20分钟的电话会议，讨论一项法案。"
    call = one(events_of(resources, text, published="2020-10-08"), "letter")
    assert (call.date_start, ("date", "report-day") in call.provenance) == ("2020-10-07", True)
    # …only a bound when the article dates a call of the same actor in the week before
    evs = events_of(resources, "据上报今天报道，王毅致电新德里，称两国高层达成共识。", "王毅5日与多瓦尔通电话。", published="2020-07-06")
    assert sorted(e.date_start for e in evs if e.event_type == "letter") == ["", "2020-07-05"]


def test_going_somewhere_on_an_invitation_is_a_visit(resources):
    text = "中国国防部长魏凤和和印度国防部长辛格都应邀到俄国，观摩两国军队都派兵参加的红场阅兵。"
    visits = [e for e in events_of(resources, text, published="2020-06-26") if e.event_type == "visit"]
    assert sorted((v.actor_name, v.place_id) for v in visits) == [("辛格", "country:RU"), ("魏凤和", "country:RU")]
    # a bare 到 is still no trip (到了潮州, 到俄国留学)
    assert events_of(resources, "魏凤和到俄国留学。", published="2020-06-26") == []


def test_a_team_of_no_one_else_is_the_reporting_organisations(resources):
    text = "路透日内瓦7月10日 - 世界卫生组织(WHO)周五表示，由两名专家组成的先遣小组已经前往中国，组织调查病毒的起源。"
    visit = one(events_of(resources, text, published="2020-07-13"), "visit")
    assert (visit.actor_id, visit.place_id, ("actor", "delegation") in visit.provenance) == ("org:who", "country:CN", True)
    # told as gone by the day of the report (已经前往): that day, as for a call
    assert (visit.date_start, ("date", "report-day") in visit.provenance) == ("2020-07-10", True)
    # not when someone is named in the reporting clause (the team may be theirs)
    evs = events_of(resources, "世卫组织总干事谭德塞周五表示，专家组已经前往中国。", published="2020-07-13")
    assert not [e for e in evs if e.actor_id == "org:who"]


def test_an_audience_is_a_meeting(resources):
    text = "周五上午，年號小組開會，之後首相安倍晉三前往皇宮晉見日皇明仁。"
    meeting = one(events_of(resources, text, published="2019-03-29"), "meeting")
    assert (meeting.actor_id, set(meeting.participants), meeting.date_start) == (
        "person:shinzo-abe", {"person:shinzo-abe", "person:akihito"}, "2019-03-29")


def test_writing_a_letter_to_someone_named_is_a_letter(resources):
    text = "美国参议员卢比奥本周写信给欧盟委员会主席冯德莱恩，敦促欧盟实施制裁。"
    letter = one(events_of(resources, text, published="2020-08-21"), "letter")
    assert (letter.actor_id, set(letter.participants), letter.date_start, letter.date_end) == (
        "person:marco-rubio", {"person:marco-rubio", "person:ursula-von-der-leyen"}, "2020-08-17", "2020-08-23")
    # the addressee before the verb too (给…写信)
    letter = one(events_of(resources, "8月14日，蓬佩奥给王毅写信。", published="2020-08-20"), "letter")
    assert set(letter.participants) == {"person:mike-pompeo", "person:wang-yi"}
    # to no one named (a friend, one's old school, leaders) it is an everyday letter
    for text in ("2017年9月18日，蓬佩奥给中共领导人写信。", "8月14日，蓬佩奥在美国写信给朋友。"):
        assert not [e for e in events_of(resources, text, published="2020-08-20") if e.event_type == "letter"], text


def test_a_reply_by_message_is_a_letter_and_asking_to_see_someone_a_meeting(resources):
    letter = one(events_of(resources, "朝鲜国务委员会委员长金正恩22日向叙利亚总统阿萨德发去回电。", published="2020-04-25"), "letter")
    assert (letter.actor_id, letter.date_start) == ("person:kim-jong-un", "2020-04-22")
    meeting = one(events_of(resources, "德国外交部周五在柏林约见了中国驻德国大使吴恳。", published="2020-07-13"), "meeting")
    assert (set(meeting.participants), meeting.place_id, meeting.date_start) == (
        {"country:DE", "person:wu-ken"}, "place:DE:berlin", "2020-07-10")


def test_states_officials_call_as_they_meet(resources):
    call = one(events_of(resources, "6月23日，中美两国外长通电话。", published="2020-06-26"), "letter")
    assert (set(call.participants), call.date_start, ("actor", "officials") in call.provenance) == (
        {"country:CN", "country:US"}, "2020-06-23", True)
    # …each the person the article names with that state and title
    evs = events_of(resources, "中国外长王毅表示，中方坚持多边主义。", "6月23日，中美外长通电话。", published="2020-06-26")
    assert set(one(evs, "letter").participants) == {"person:wang-yi", "country:US"}


def test_an_organisations_ministers_hold_its_meeting(resources):
    meeting = one(events_of(resources, "二十国集团财长和央行行长18日举行视频会议。", published="2020-07-19"), "meeting")
    assert (meeting.actor_id, meeting.date_start) == ("org:g20", "2020-07-18")
    meeting = one(events_of(resources, "北约防长18日在布鲁塞尔举行会议。", published="2020-07-19"), "meeting")
    assert (meeting.actor_id, meeting.place_id) == ("org:nato", "place:BE:brussels")


def test_a_visit_to_the_mao_mausoleum_is_placed_there(resources):
    text = "2019年9月30日，习近平等党和国家领导人来到毛主席纪念堂，向毛泽东同志坐像三鞠躬。"
    visit = one(events_of(resources, text, published="2019-10-11"), "visit")
    assert (visit.place_id, visit.date_start) == ("place:CN:chairman-mao-memorial-hall", "2019-09-30")


def test_going_to_a_place_at_home_to_inspect_it_is_a_visit(resources):
    text = "特区政府发布林郑月娥7月14日到九龙慈云山一家养老院，视察检测团队的采样情况。"
    visit = one(events_of(resources, text, published="2020-07-15"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:carrie-lam", "place:HK:kowloon", "2020-07-14")
    # arriving at home with nothing to inspect is no visit
    assert not events_of(resources, "林郑月娥7月14日到九龙，并在当地发表讲话。", published="2020-07-15")


def test_going_to_a_site_at_home_the_gazetteers_lack_is_a_visit_in_that_country(resources):
    text = "警務處處長鄧炳強今日到駿洋邨檢疫中心視察後見傳媒。"
    visit = one(events_of(resources, text, published="2020-03-02"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:chris-tang", "country:HK", "2020-03-02")
    # to see people there, and after the new movement verbs
    visit = one(events_of(resources, "1992年5月，江泽民到玉泉山看望十四大报告起草人员。", published="2020-06-29"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:jiang-zemin", "country:CN", "1992-05")
    visit = one(events_of(resources, "2003年4月，王岐山赶往新发地视察。", published="2020-06-29"), "visit")
    assert (visit.actor_id, visit.place_id) == ("person:wang-qishan", "country:CN")
    # told by 视察 right before a site's name (a name ending as a site's does)
    visit = one(events_of(resources, "鄧炳強今日視察駿洋邨檢疫中心後，一併向傳媒交代有關事項。", published="2020-03-02"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("person:chris-tang", "country:HK", "2020-03-02")
    assert not events_of(resources, "鄧炳強今日視察防疫工作後，一併向傳媒交代有關事項。", published="2020-03-02")
    # (a site whose name holds a known place, even in one word, is that place's)
    evs = events_of(resources, "2020年3月10日，习近平视察武汉市火神山医院。", published="2020-03-12")
    assert [e.place_id for e in evs if e.event_type == "visit"] in ([], ["place:CN:wuhan"])
    # not a word that points back or generalises, nor a site after a place of another country
    assert not events_of(resources, "习近平今日到当地视察。", published="2020-06-29")
    assert not events_of(resources, "习近平今日到各地视察。", published="2020-06-29")
    assert not [e for e in events_of(resources, "默克尔抵达北京。默克尔今日到一家汽车厂考察。", published="2020-06-29")
                if e.place_id == "country:DE"]


def test_two_inspections_at_home_in_one_sentence_are_two_trips(resources):
    evs = events_of(resources, "早前到黑龍江考察的習近平，周四在遼寧考察。", published="2018-09-28")
    assert sorted((e.place_id, e.date_start) for e in evs if e.event_type == "visit") == [
        ("place:CN:heilongjiang", ""), ("place:CN:liaoning", "2018-09-27")]


def test_a_dotted_names_last_part_acts_as_the_whole_name(resources):
    text = "德累斯顿博物馆馆长汉斯·波瑟四处奔波。1939年7月10日，波瑟前往维也纳。"
    visit = one(events_of(resources, text, published="2020-07-08"), "visit")
    assert (visit.actor_id, visit.place_id, visit.date_start) == ("name:汉斯·波瑟", "place:AT:vienna", "1939-07-10")


def test_an_avoidance_that_cannot_be_cancels_nothing(resources):
    text = "这使得蓬佩奥不可避免地和中共打交道，并在2013年访问中国。"
    assert one(events_of(resources, text, published="2020-07-08"), "visit").status == "occurred"
    # an avoidance is a cancellation
    assert one(events_of(resources, "蓬佩奥7月刻意避免前往美国。", published="2020-07-08"), "visit").status == "cancelled"


def test_what_should_have_happened_did_not(resources):
    for text in ("印度总理莫迪本应该在今年3月亲自前往布鲁塞尔与米歇尔会晤。", "莫迪本来要在3月访问布鲁塞尔。"):
        evs = events_of(resources, text, published="2020-07-15")
        assert evs and {e.status for e in evs} == {"cancelled"}, text


def test_replying_to_letters_received_is_no_letter_of_ones_own(resources):
    # 回复…来信: the letters came to the subject; who wrote them is unsaid
    assert not events_of(resources, "2013年12月25日，蓬佩奥亲笔回复逾百封来信。", published="2018-12-25")
    letter = one(events_of(resources, "2013年12月25日，蓬佩奥给王毅去信。", published="2018-12-25"), "letter")
    assert letter.actor_id == "person:mike-pompeo"


def test_a_dead_person_named_in_a_letters_quoted_words_does_not_undate_it(resources):
    text = ("朝鲜国务委员会委员长金正恩22日向叙利亚总统巴沙尔发去回电，内容引述金正恩的电文指，"
            "「在朝鲜人民迎来金日成主席诞辰108周年之际，您发来贺电，我表示衷心感谢。」")
    letter = one(events_of(resources, text, published="2020-04-25"), "letter")
    assert (letter.date_start, "person:kim-il-sung" in letter.participants) == ("2020-04-22", False)


def test_an_undated_event_of_a_recent_report_is_held_in_the_weeks_before_its_publication(resources):
    # The report's story is told by days of its weeks: an event with no date of its own
    # is news of those weeks, bounded by the publication (a window, flagged)
    call = one(events_of(resources, "7月6日，中印两军开始在边境脱离接触。", "此前，王毅同印度国家安全顾问多瓦尔通电话。",
                         published="2020-07-08"), "letter")
    assert (call.date_start, call.date_end, call.date_precision) == ("2020-06-08", "2020-07-08", "day")
    assert ("window", "news") in call.provenance
    # …flagged in events.csv, where no provenance is written
    assert [event_row(e)["flags"] for e in dedupe([call])] == ["news-window"]
    # a recent cue with no day (刚刚, 最近) needs no dated story around it
    visit = one(events_of(resources, "李克强最近出访上海。", published="2020-10-15"), "visit")
    assert (visit.date_start, visit.date_end) == ("2020-09-15", "2020-10-15")


@pytest.mark.parametrize("paragraphs", [
    # a story of the past: the paragraph's last date, or the report's, is older
    ("2012年2月6日，王立军进入美国驻成都总领事馆。", "胡锦涛给薄熙来打电话，薄才收兵。"),
    ("2012年2月6日，王立军进入美国驻成都总领事馆。", "7月1日，香港举行游行。", "胡锦涛给薄熙来打电话。"),
    ("10月1日，北京举行阅兵。", "7月1日，香港举行游行。胡锦涛给薄熙来打电话。"),
    # a sentence set in the past, or dated by a year the date tagger leaves alone
    ("10月1日，北京举行阅兵。", "蓬佩奥曾访问日本。"),
    ("10月1日，北京举行阅兵。", "几个月前，习近平在北京会见郁慕明。"),
    ("10月1日，北京举行阅兵。", "世卫访华团考察武汉，当时就不顺利。"),
    ("10月1日，北京举行阅兵。", "尤其是在任正非1997访美之后。"),
    # the life of someone who died long before
    ("10月1日，北京举行阅兵。", "邓小平到英国引进斯贝发动机。"),
])
def test_no_news_window_for_a_story_of_the_past(resources, paragraphs):
    evs = [e for e in events_of(resources, *paragraphs, published="2020-10-05") if e.event_type in ("visit", "letter", "meeting")]
    assert evs and all(("window", "news") not in e.provenance and e.date_start[:4] != "2020" for e in evs), \
        [(e.event_type, e.date_start, e.provenance) for e in evs]


def test_a_news_window_gives_way_to_a_date_of_the_event(resources):
    # inside one document, the undated report joins the dated one as before, which dates it
    evs = events_of(resources, "8月28日，王毅抵达法国进行访问。", "王毅访问法国时的发言也引起议论。", published="2020-09-02")
    [event] = [e for e in dedupe(evs) if e.mention.event_type == "visit"]
    assert (event.mention.date_start, len(event.mentions)) == ("2020-08-28", 2)
    # across documents, the dated report's date, whichever document comes first
    for texts in (("王毅访问法国时的发言也引起议论。", "8月28日，王毅抵达法国进行访问。"),
                  ("8月28日，王毅抵达法国进行访问。", "王毅访问法国时的发言也引起议论。")):
        texts = tuple(("8月30日，法国媒体发表评论。" + t) if "8月28日" not in t else t for t in texts)
        [event] = [e for e in merged_across(resources, "visit", *texts, published="2020-09-02") if e.mention.place_id == "country:FR"]
        assert (event.mention.date_start, event.doc_ids) == ("2020-08-28", ("a", "b"))
        assert sum(("window", "news") in m.provenance for m in event.mentions) == 1


def test_one_who_leads_others_on_a_trip_is_its_actor(resources):
    # the officials after 率领/带着 go along; a title there is theirs, not an unknown subject's
    visit = one(events_of(resources, "刘鹤带着大批北京官员与中国媒体来到华盛顿。", published="2020-01-20"), "visit")
    assert (visit.actor_id, visit.place_id) == ("person:liu-he", "place:US:washington")
    # …and a name there takes part, the leader acts
    visit = one(events_of(resources, "刘鹤率领商务部副部长王受文抵达华盛顿。", published="2020-01-20"), "visit")
    assert (visit.actor_id, set(visit.participants)) == ("person:liu-he", {"person:liu-he", "name:王受文"})


def test_a_demanded_trip_is_proposed_but_one_made_at_a_request_occurred(resources):
    assert not [e for e in events_of(resources, "区议会要求林郑月娥立刻前往武汉视察疫情。", published="2020-05-10")
                if e.event_type == "visit" and e.status == "occurred"]
    for text in ("应美方要求，王毅前往华盛顿。", "在美方的要求下，王毅前往华盛顿。"):
        assert one(events_of(resources, text, published="2020-05-10"), "visit").status == "occurred"


def test_a_hong_kong_group_named_with_its_city_speaks_for_itself(resources):
    # 香港众志 (Demosisto) is an organisation, not Hong Kong stating something
    statement = one(events_of(resources, "6月30日，香港众志当天下午发表声明，表示将解散。", published="2020-07-01"), "statement")
    assert statement.actor_id == "org:demosisto"


def test_talks_named_as_the_source_of_an_agreement_are_not_held_by_both_sides(resources):
    # 双方…强调应抓紧落实…军长级会谈达成的各项共识: the corps commanders' talks are what the
    # consensus came from, not talks of the two who spoke on the phone
    text = "7月5日，王毅与多瓦尔通电话。双方同意继续保持对话磋商，并强调应抓紧落实两国边防部队军长级会谈达成的各项共识。"
    assert [e.event_type for e in events_of(resources, text, published="2020-07-07")] == ["letter"]
    text = "7月5日，王毅与多瓦尔通电话。双方还举行了会谈。"
    assert sorted(e.event_type for e in events_of(resources, text, published="2020-07-07")) == ["letter", "meeting"]
