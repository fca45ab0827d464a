"""Tests of the date tagger (pipeline.dates).

Tables are (text, reference, anchor, target, expected value, expected precision); the
target is the mention's text (its first occurrence is looked up).  Nothing here reads the
shared evaluation data.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import time
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import dates
from pipeline.dates import (GRAMMAR_KINDS, HOLIDAY_CALENDARS, HOLIDAYS_PATH, VOCAB_PATH,
                            load_vocab, tag_dates, value_to_range)
from pipeline.errors import DateError
from pipeline.models import DATE, PRECISIONS

REF = "2023-09-06"


def find(text, target, reference=None, anchor=None):
    ms = tag_dates(text, reference, anchor)
    for m in ms:
        assert text[m.start:m.end] == m.text
    hits = [m for m in ms if m.text == target]
    assert hits, f"{target!r} not tagged in {text!r}: {[(m.text, m.value) for m in ms]}"
    return hits[0]


def values(text, reference):
    """The values of the dates of ``text`` read against ``reference``, in order."""
    return [m.value for m in tag_dates(text, reference)]


def check(text, reference, anchor, target, value, precision):
    m = find(text, target, reference, anchor)
    assert (m.value, m.precision) == (value, precision), (text, m)
    assert m.type == DATE and m.source == "rule"


# --- absolute dates -------------------------------------------------------------------

ABSOLUTE = [
    ("2018年3月25日，北京", None, None, "2018年3月25日", "2018-03-25", "day"),
    ("2018年3月：北京", None, None, "2018年3月", "2018-03", "month"),
    ("金正恩2011年继承权力", None, None, "2011年", "2011", "year"),
    ("二〇一九年四月二十四日到访", None, None, "二〇一九年四月二十四日", "2019-04-24", "day"),
    ("二零零三年十二月", None, None, "二零零三年十二月", "2003-12", "month"),
    ("２０１８年３月２５日，该市召开发布会", None, None, "２０１８年３月２５日", "2018-03-25", "day"),
    ("２０１８年", None, None, "２０１８年", "2018", "year"),
    ("18年10月1日到19年2月3日", REF, None, "18年10月1日到19年2月3日",
     "2018-10-01/2019-02-03", "day"),
    ("他07年以前就毕业了", REF, None, "07年", "2007", "year"),
    ("九八年五月", REF, None, "九八年五月", "1998-05", "month"),
    ("零一年五月", REF, None, "零一年五月", "2001-05", "month"),
    ("发布于2018-03-25，", None, None, "2018-03-25", "2018-03-25", "day"),
    ("发布于2018/3/25。", None, None, "2018/3/25", "2018-03-25", "day"),
    # After a label's colon (full- or half-width), not after a clock's digits:
    ("发布时间：2021-09-09", None, None, "2021-09-09", "2021-09-09", "day"),
    ("日期:9/9/2021", None, None, "9/9/2021", "2021-09-09", "day"),
    # A date and a time glued together by text extraction (…09</span><span>10:09):
    ("更新：2021-09-0910:09:33", None, None, "2021-09-0910", "2021-09-09", "day"),
    ("发布于2018.3.25。", None, None, "2018.3.25", "2018-03-25", "day"),
    ("编号20150303的文件", None, None, "20150303", "2015-03-03", "day"),
    ("2016年 2月 5日", None, None, "2016年 2月 5日", "2016-02-05", "day"),
    ("2018年3月25日，臺北市政府宣布調整公車路線。", None, None, "2018年3月25日",
     "2018-03-25", "day"),
    ("民國108年3月5日", None, None, "民國108年3月5日", "2019-03-05", "day"),
    ("民国元年", None, None, "民国元年", "1912", "year"),
    ("康熙二十年9月", None, None, "康熙二十年9月", "1681-09", "month"),
    ("两人于农历二〇一九年腊月二十三举行婚礼。", None, None, "农历二〇一九年腊月二十三",
     "2020-01-17", "day"),
    ("農曆二〇一九年臘月二十三", None, None, "農曆二〇一九年臘月二十三", "2020-01-17", "day"),
    ("二零一二年农历正月十五", None, None, "二零一二年农历正月十五", "2012-02-06", "day"),
    ("2019年7月25日早间粮油行情", None, None, "2019年7月25日早间", "2019-07-25", "day"),
    ("2016年9月14日晚8:00开幕", None, None, "2016年9月14日晚8:00", "2016-09-14", "day"),
    ("2015年04月08日10点05", None, None, "2015年04月08日10点05", "2015-04-08", "day"),
    ("2015版人民币", None, None, "2015", "2015", "year"),
]


@pytest.mark.parametrize("text,reference,anchor,target,value,precision", ABSOLUTE)
def test_absolute(text, reference, anchor, target, value, precision):
    check(text, reference, anchor, target, value, precision)


# --- ranges ----------------------------------------------------------------------------

RANGES = [
    ("2018年3月25日到28日，金正恩访华", None, None, "2018年3月25日到28日",
     "2018-03-25/2018-03-28", "day"),
    ("项目建设周期为2018年4月至2019年8月", None, None, "2018年4月至2019年8月",
     "2018-04/2019-08", "month"),
    ("第十届博览会将于3月25日到28日在上海举行。", "2019-03-20", None, "3月25日到28日",
     "2019-03-25/2019-03-28", "day"),
    ("会议于2019年5月25日-28日举行", None, None, "2019年5月25日-28日",
     "2019-05-25/2019-05-28", "day"),
    ("2019年4月12-19日", None, None, "2019年4月12-19日", "2019-04-12/2019-04-19", "day"),
    ("2019年1-五月", None, None, "2019年1-五月", "2019-01/2019-05", "month"),
    ("2019年3月底到4月初", None, None, "2019年3月底到4月初", "2019-03-31/2019-04-10", "day"),
    ("时间从2016-2018", None, None, "从2016-2018", "2016/2018", "year"),
    ("2009 年 到 2010 年", None, None, "2009 年 到 2010 年", "2009/2010", "year"),
    ("1985到89年9月", None, None, "1985到89年9月", "1985/1989-09", "month"),
    ("2015年和2018年之间的销售额", None, None, "2015年和2018年之间", "2015/2018", "year"),
    ("自2018年12月至今，已完成投资5亿元。", "2019-03-25", None, "自2018年12月至今",
     "2018-12/2019-03-25", "day"),
    ("国庆假期为10月1日至7日，共7天。", "2019-09-20", None, "10月1日至7日",
     "2019-10-01/2019-10-07", "day"),
    ("2018年12月28日到1月3日", None, None, "2018年12月28日到1月3日",
     "2018-12-28/2019-01-03", "day"),
    ("去年春节到元宵节", "2020-03-01", None, "去年春节到元宵节", "2019-02-05/2019-02-19", "day"),
    ("从2020-05-26至2020-05-29止", None, None, "从2020-05-26至2020-05-29止",
     "2020-05-26/2020-05-29", "day"),
    # 开始/起 after the start of a 从 range (its unit may be written only at the end)
    ("从1997开始到2009年三次的拜访", None, None, "从1997开始到2009年", "1997/2009", "year"),
    ("从2016年起至2018年", None, None, "从2016年起至2018年", "2016/2018", "year"),
    # two values in a row joined by 、 share the unit written after the second
    ("维特齐预定今年8、9月访问台湾", "2020-06-10", None, "今年8、9月", "2020-08/2020-09", "month"),
    ("欧盟领导人峰会原定24、25日召开", "2020-09-20", None, "24、25日", "2020-09-24/2020-09-25", "day"),
    ("今年七、八月份访问日本", "2021-06-03", None, "今年七、八月份", "2021-07/2021-08", "month"),
    # the end of a month written right before the start of the next, with no connector
    ("1896年8月底9月初，李鸿章出访美国", None, None, "1896年8月底9月初", "1896-08-31/1896-09-10", "day"),
    ("去年12月下旬1月上旬", "2020-03-01", None, "去年12月下旬1月上旬", "2019-12-21/2020-01-10", "day"),
]


@pytest.mark.parametrize("text,target", [
    ("王毅3、5日访问日本。", "5日"),  # two days apart: not the days between
    ("他在1997年、2001年访问台湾。", "2001年"),  # units written on both: a list
    ("他说一、兩日內會公布。", None),  # a day or two: a count
])
def test_values_joined_by_a_list_mark_that_are_no_range(text, target):
    ms = tag_dates(text, "2020-07-10", None)
    assert all("、" not in m.text for m in ms), [(m.text, m.value) for m in ms]
    if target is not None:
        assert target in [m.text for m in ms]


def test_a_month_end_and_the_next_months_start_are_one_stretch_only_side_by_side():
    ms = tag_dates("1896年8月底9月初，李鸿章出访美国。8月30日，李鸿章前往纽约。", None, None)
    # (the day after the stretch is of its year: the narrative has not moved past August)
    assert [(m.text, m.value) for m in ms] == [("1896年8月底9月初", "1896-08-31/1896-09-10"), ("8月30日", "1896-08-30")]
    for text in ("2020年8月底10月初", "2020年8月底，9月初", "2020年8月初9月底"):
        assert all(not ("底" in m.text and "初" in m.text) for m in tag_dates(text, None, None)), text


@pytest.mark.parametrize("text", [
    "比如用收集到的雨水来灌溉。",  # rainwater
    "黑龙江突降大雪。",  # heavy snow
    "今年雨水偏多。",
    "口称赞为管理清明的上海。",  # well governed
    "吴小雪说，她会回来。",  # a name
    "日圆兑美元基本持平，报107.27日圆。",  # yen, after a decimal point
    "9·11事件后，美国情报部门获悉。",  # the name of an event of some other year
    "在审判长春“3·05”电视插播案件中任审判长。",
    "如果有朝一日大洪水将中国人全部吞没。",  # someday, not the first
    "在某次周恩来作东的宴会上，他是上宾。",  # the 次 of 某次, not 次周 (the week after)
])
def test_common_words_and_decimals_are_no_dates(text):
    assert [m.text for m in tag_dates(text, "2020-07-15", None) if m.text != "今年"] == []


def test_solar_terms_that_are_common_words_count_after_a_year_or_a_holiday_word():
    assert [(m.text, m.value) for m in tag_dates("2016年清明", None, None)] == [("2016年清明", "2016-04-04")]
    assert [(m.text, m.value) for m in tag_dates("今年清明节将至。", "2020-03-01", None)] == [("今年清明节", "2020-04-04")]
    assert [m.value for m in tag_dates("他在2020.7.15抵达东京。", None, None)] == ["2020-07-15"]
    # an event's name with its year written before it is that day
    assert [m.value for m in tag_dates("我是1999年“7·20”之前炼的法轮功。", "2020-07-15", None)] == ["1999", "1999-07-20"]
    assert [m.value for m in tag_dates("他6·30抵达北京。", "2020-07-15", None)] == ["2020-06-30"]


def test_a_bare_holiday_is_the_nearer_one_leaning_to_the_past():
    # news tells of the holiday just past (端午节 in a 26 June 2020 article, 情人節 two days on)
    assert [m.value for m in tag_dates("端午节，市民到江边观看龙舟。", "2020-06-26", None)] == ["2020-06-25"]
    assert [m.value for m in tag_dates("他担任情人節兩場騷的壓軸表演者。", "2018-02-16", None)] == ["2018-02-14"]
    # …and of one months past when it is the nearer (春节 in July, 新年 in July: the past
    # one, up to a month further back than the next lies ahead)
    assert [m.value for m in tag_dates("五一期间", "2020-07-15", None)] == ["2020-05-01"]
    assert [m.value for m in tag_dates("工厂春节后努力复工复产。", "2020-07-02", None)] == ["2020-01-25"]
    assert [m.value for m in tag_dates("在语气严厉的新年致辞中，金正恩说。", "2020-07-13", None)] == ["2020-01-01"]
    # …not one long past, nor with a future cue
    assert [m.value for m in tag_dates("春节期间他回老家。", "2020-11-20", None)] == ["2021-02-12"]
    assert [m.value for m in tag_dates("他将在情人节求婚。", "2018-02-16", None)] == ["2019-02-14"]
    # 下一个 / 上一个 name the next or the last one
    assert [(m.text, m.value) for m in tag_dates("下一个元旦节，上一个圣诞节", "2013-02-12", None)] == [
        ("下一个元旦节", "2014-01-01"), ("上一个圣诞节", "2012-12-25")]
    assert [(m.text, m.value) for m in tag_dates("他们过上春节", "2013-02-12", None)] == [("春节", "2013-02-10")]


@pytest.mark.parametrize("text,reference,anchor,target,value,precision", RANGES)
def test_ranges(text, reference, anchor, target, value, precision):
    check(text, reference, anchor, target, value, precision)


# --- fuzzy parts -----------------------------------------------------------------------

FUZZY = [
    # 月底 is the last day, as a deadline reads it; 下旬 is the last third.
    ("该工程预计2019年2月底完工。", None, None, "2019年2月底", "2019-02-28", "day"),
    ("该工程预计2019年2月下旬完工。", None, None, "2019年2月下旬", "2019-02-21/2019-02-28", "day"),
    ("2019年3月中旬", None, None, "2019年3月中旬", "2019-03-11/2019-03-20", "day"),
    ("2019年6月上旬", None, None, "2019年6月上旬", "2019-06-01/2019-06-10", "day"),
    ("1999年7月下旬", None, None, "1999年7月下旬", "1999-07-21/1999-07-31", "day"),
    ("2019年初", None, None, "2019年初", "2019-01/2019-02", "month"),
    ("2019年底", None, None, "2019年底", "2019-11/2019-12", "month"),
    ("2017年上半年", None, None, "2017年上半年", "2017-01/2017-06", "month"),
    ("二零一七年下半年", None, None, "二零一七年下半年", "2017-07/2017-12", "month"),
    ("2021年第一季度", None, None, "2021年第一季度", "2021-01/2021-03", "month"),
    ("在80年代", REF, None, "80年代", "1980/1989", "decade"),
    ("20世纪80年代", None, None, "20世纪80年代", "1980/1989", "decade"),
    ("二十世纪九十年代末期", None, None, "二十世纪九十年代末期", "1997/1999", "decade"),
    ("18世纪", None, None, "18世纪", "1700/1799", "decade"),
    ("本月底前完成", "2019-03-25", None, "本月底", "2019-03-31", "day"),
    ("3月中旬", "2019-05-05", None, "3月中旬", "2019-03-11/2019-03-20", "day"),
    ("去年冬天", "2021-06-01", None, "去年冬天", "2020-11-07/2021-02-02", "month"),
    ("2023年8月中下旬", None, None, "2023年8月中下旬", "2023-08-11/2023-08-31", "day"),
    ("上世纪80年代", REF, None, "上世纪80年代", "1980/1989", "decade"),
    ("本世纪初", REF, None, "本世纪初", "2000/2019", "decade"),
    # a two-digit decade after an earlier year moves forward with the narrative (not the
    # 1870s), but never past the reference; after 1875年 the 80s are the 1880s
    ("从1969年开始加入会谈。而到了70年代，毛又联美制苏。", "2018-05-24", None, "70年代", "1970/1979", "decade"),
    ("2015年，他出国。他在90年代出生。", "2018-05-24", None, "90年代", "1990/1999", "decade"),
    ("1875年，他出生。80年代，他去了日本。", "2018-05-24", None, "80年代", "1880/1889", "decade"),
]


@pytest.mark.parametrize("text,reference,anchor,target,value,precision", FUZZY)
def test_fuzzy(text, reference, anchor, target, value, precision):
    check(text, reference, anchor, target, value, precision)


# --- relative expressions against the reference ------------------------------------------

RELATIVE = [
    ("今天", REF, "今天", "2023-09-06", "day"),
    ("今日", REF, "今日", "2023-09-06", "day"),
    ("昨天", REF, "昨天", "2023-09-05", "day"),
    ("前天", REF, "前天", "2023-09-04", "day"),
    ("明天", REF, "明天", "2023-09-07", "day"),
    ("韩美Journal于今（25）日公开", "2022-09-25", "今（25）日", "2022-09-25", "day"),
    ("昨（24）日下午，市气象台发布暴雨蓝色预警。", "2019-03-25", "昨（24）日下午",
     "2019-03-24", "day"),
    # the day written whole inside the parentheses, after a month the paragraph told
    ("2019年12月，有示威者被捕。她今（8日）在九龙城法院判刑。", "2021-12-08", "今（8日）", "2021-12-08", "day"),
    ("本周", REF, "本周", "2023-09-04/2023-09-10", "day"),
    ("上周三", REF, "上周三", "2023-08-30", "day"),
    ("本周五，新版地铁线路图将正式启用。", "2019-03-25", "本周五", "2019-03-29", "day"),
    ("上月，全国居民消费价格同比上涨1.5%。", "2019-03-25", "上月", "2019-02", "month"),
    ("去年6月", REF, "去年6月", "2022-06", "month"),
    ("前年", REF, "前年", "2021", "year"),
    ("4年前，他只身来到深圳创业。", "2019-03-25", "4年前", "2015", "year"),
    # Approximate counts: the range from the nearer to the farther reading.
    ("两三天后双方再次会面", "2019-03-25", "两三天后", "2019-03-27/2019-03-28", "day"),
    ("二十几年前他曾到访", "2021-06-14", "二十几年前", "1991/2001", "year"),
    ("十几年前", "2021-06-14", "十几年前", "2001/2011", "year"),
    ("一两年前", "2021-06-14", "一两年前", "2019/2020", "year"),
    # 几/数 (a few) count 2 to 9 days or weeks; 前几天 are the days before, yesterday included
    ("几天前，双方曾会面", "2020-09-17", "几天前", "2020-09-08/2020-09-15", "day"),
    ("数日前", "2020-09-17", "数日前", "2020-09-08/2020-09-15", "day"),
    ("前几天，习近平跟欧盟进行峰会", "2020-09-17", "前几天", "2020-09-08/2020-09-16", "day"),
    ("与几周前的峰会相比", "2020-09-17", "几周前", "2020-07-16/2020-09-03", "day"),
    ("本月底", REF, "本月底", "2023-09-30", "day"),
    ("年初", REF, "年初", "2023-01/2023-02", "month"),
    ("上半年", REF, "上半年", "2023-01/2023-06", "month"),
    ("过去十年", "2018-07-24", "过去十年", "2008-07-24/2018-07-23", "day"),
    ("近三个月", "2021-06-14", "近三个月", "2021-03-14/2021-06-14", "day"),
    ("60日内", "2021-06-14", "60日内", "2021-06-14/2021-08-13", "day"),
    ("3周前", "2014-09-01", "3周前", "2014-08-11", "day"),
    ("5个月后", "2014-09-01", "5个月后", "2015-02", "month"),
    ("25日晚，国家队抵达北京首都机场。", "2019-03-26", "25日晚", "2019-03-25", "day"),
    ("12月31日，该市跨年活动吸引了数十万市民参加。", "2019-01-02", "12月31日",
     "2018-12-31", "day"),
    ("明年3月份", REF, "明年3月份", "2024-03", "month"),
    ("去年本月十日", "2017-03-22", "去年本月十日", "2016-03-10", "day"),
    ("下月第四周", "2021-06-14", "下月第四周", "2021-07-26/2021-08-01", "day"),
    ("十月第一个星期一", "2013-05-12", "十月第一个星期一", "2013-10-07", "day"),
    ("2021年前两个季度", REF, "2021年前两个季度", "2021-01/2021-06", "month"),
    ("本季度", "2021-06-14", "本季度", "2021-04/2021-06", "month"),
    # A partial reference keeps its own grain.
    ("6月上旬", "2021", "6月上旬", "2021-06-01/2021-06-10", "day"),
    ("3年后", "2021", "3年后", "2024", "year"),
]


@pytest.mark.parametrize("text,reference,target,value,precision", RELATIVE)
def test_relative(text, reference, target, value, precision):
    check(text, reference, None, target, value, precision)


def test_weekday_follows_tense():
    # A past-tense clause reads a bare weekday as the most recent one, a future-tense
    # clause as the next one (the reference 2023-09-06 is a Wednesday).
    text = "美国总统拜登周一表示，他将于周五访问越南。"
    assert find(text, "周一", REF).value == "2023-09-04"
    assert find(text, "周五", REF).value == "2023-09-08"
    assert find("周一（9月4日）拜登表示", "周一（9月4日）", REF).value == "2023-09-04"


@pytest.mark.parametrize("text,target,value", [
    ("习近平周二抵达武汉，考察仍未解除封锁的武汉三镇。", "周二", "2023-09-05"),  # a report
    ("默克尔周五与各州州长会面。", "周五", "2023-09-01"),
    ("蓬佩奥将于周二抵达东京。", "周二", "2023-09-12"),  # a future cue looks ahead
    # (将 before a noun that a verb of its construction closes marks an object: no future)
    ("莫乃光周二形容是“将内地的防火长城搬到香港”。", "周二", "2023-09-05"),
    ("周二", "周二", "2023-09-12"),  # a weekday on its own looks ahead
    ("默克尔周三与各州州长会面。", "周三", "2023-09-06"),  # the reference day itself
])
def test_weekday_in_a_report_is_the_most_recent(text, target, value):
    assert find(text, target, REF).value == value


def test_year_less_date_follows_tense():
    # 10月5日 said in a September article happened last year; 将于3月 is next March.
    assert find("10月5日，外交部发言人表示", "10月5日", REF).value == "2022-10-05"
    assert find("峰会将于3月举行", "3月", "2023-11-20").value == "2024-03"
    assert find("25日，他宣布辞职", "25日", REF).value == "2023-08-25"


# --- holidays --------------------------------------------------------------------------

HOLIDAYS = [
    ("2019年春节", "2019年春节", "2019-02-05"),
    ("2021年中秋节", "2021年中秋节", "2021-09-21"),
    ("2020年国庆节", "2020年国庆节", "2020-10-01"),
    ("2016年清明", "2016年清明", "2016-04-04"),
    ("2024年冬至", "2024年冬至", "2024-12-21"),
    ("2024年复活节", "2024年复活节", "2024-03-31"),
    ("2013年东正教复活节", "2013年东正教复活节", "2013-05-05"),
    ("2023年母亲节", "2023年母亲节", "2023-05-14"),
    ("2024年除夕", "2024年除夕", "2024-02-09"),
    ("零六年端午", "零六年端午", "2006-05-31"),
    ("2013年开斋节", "2013年开斋节", "2013-08-08"),
    # Umm al-Qura, not the arithmetic calendar (which gives 2013-11-14 and 2023-06-29):
    ("2013年阿舒拉节", "2013年阿舒拉节", "2013-11-13"),
    ("2023年古尔邦节", "2023年古尔邦节", "2023-06-28"),
    ("2024年斋月", "2024年斋月", "2024-03-11/2024-04-09"),
    ("1900年开斋节", "1900年开斋节", "1900-02-02"),  # before 1924: the tabular calendar
    ("2013年赎罪日", "2013年赎罪日", "2013-09-13"),  # begins at sunset on the 13th
    ("2018年光明节", "2018年光明节", "2018-12-02/2018-12-09"),
    ("2014年淡米尔丰收节", "2014年淡米尔丰收节", "2014-01-14"),
    ("2013年圣诞节前一天", "2013年圣诞节前一天", "2013-12-24"),
    ("今年五一假期", "今年五一", "2023-05-01"),
    ("2021年春节前两天", "2021年春节前两天", "2021-02-10"),
    ("2019年国庆节后三天", "2019年国庆节后三天", "2019-10-04"),
]


@pytest.mark.parametrize("text,target,value", HOLIDAYS)
def test_holidays(text, target, value):
    m = find(text, target, REF)
    assert m.value == value


def test_holiday_without_year_uses_context_then_reference():
    assert find("2018年6月，端午节期间", "端午节", REF).value == "2018-06-18"
    assert find("端午节", "端午节", "2013-02-12").value == "2013-06-12"  # the next one
    assert find("元旦期间，全国接待游客3亿人次，收入增长了。", "元旦", "2013-02-12").value \
        == "2013-01-01"  # past tense: the most recent one


# --- anchors and anaphora ----------------------------------------------------------------

def test_gallery_year_from_heading_and_anchor():
    text = "2018年6月：北京：在新加坡朝美峰会后不久，6月19日到20日，金正恩又乘专机赴北京访问。"
    assert find(text, "6月19日到20日", REF).value == "2018-06-19/2018-06-20"
    caption = "在新加坡朝美峰会后不久，6月19日到20日，金正恩又乘专机赴北京访问。"
    assert find(caption, "6月19日到20日", REF, "2018-06").value == "2018-06-19/2018-06-20"
    assert find("25日，双方签署协议。", "25日", None, "2018-06").value == "2018-06-25"


def test_anaphora_chain():
    text = ("2019年6月29日，特朗普在大阪参加G20峰会期间发推邀金正恩会面，"
            "次日两人就来到板门店。")
    assert find(text, "次日", REF).value == "2019-06-30"
    text = "2019年2月底河内谈判破局后，川普曾于该年3月22日的亲笔信安抚金正恩。"
    assert find(text, "2019年2月底").value == "2019-02-28"
    assert find(text, "该年3月22日").value == "2019-03-22"
    text = "事故发生于2018年6月19日，次日凌晨伤者被转送省城救治。"
    assert find(text, "次日凌晨", "2019-03-25").value == "2018-06-20"
    text = "3月15日，市消费者协会发布年度报告，当日共受理投诉200余件。"
    assert find(text, "当日", "2019-03-18").value == "2019-03-15"
    text = "2018年3月22日成立，同年5月上市，两天后股价翻倍。"
    assert find(text, "同年5月").value == "2018-05"
    assert find(text, "两天后").value == "2018-05"  # only known to the month
    text = "2018年5月1日上市，两天后股价翻倍，2011年成立，两年后上市。"
    assert find(text, "两天后").value == "2018-05-03"
    assert find(text, "两年后").value == "2013"
    assert find("次日", "次日", None, "2019-06-29").value == "2019-06-30"


# --- no reference ------------------------------------------------------------------------

@pytest.mark.parametrize("text,target", [
    ("韩美Journal于今（25）日公开了亲笔信", "今（25）日"),
    ("公布4年前金正恩、川普的亲笔信", "4年前"),
    ("今天", "今天"), ("上周三", "上周三"), ("去年6月", "去年6月"), ("上月", "上月"),
    ("本月底", "本月底"), ("次日", "次日"), ("3月22日", "3月22日"), ("25日晚", "25日晚"),
    ("周五", "周五"), ("春节", "春节"),
])
def test_unresolved_without_reference(text, target):
    m = find(text, target)
    assert (m.value, m.precision) == ("", "unresolved")


@pytest.mark.parametrize("text,target,value,precision", [
    # a shift after the verb of a one-off event counts from that event: no date
    ("习近平在港区国安法生效三个月后接见林郑月娥", "三个月后", "", "unresolved"),
    ("他在上任两年后访问了北京", "两年后", "", "unresolved"),
    ("她出狱三天后接受了采访", "三天后", "", "unresolved"),
    # …or of a detention or a sentence (held a thousand days, four years served) with no
    # date told before it; after one, from that date
    ("余文生被拘千日后首见律师", "千日后", "", "unresolved"),
    ("他被以寻衅滋事罪判刑四年后刑满出狱", "四年后", "", "unresolved"),
    ("2014年10月，他被北京警方刑拘，关押9个月后，检察院作出不予起诉的决定", "9个月后", "2015-07", "month"),
    # 近 (nearly) before the shift: time that passed since something, whatever the verb
    ("美国在阿富汗与塔利班缠斗近20年后一直想抽身", "20年后", "", "unresolved"),
    ("卢浮宫在关闭将近四个月后重新开放", "四个月后", "", "unresolved"),
    ("近20年前，他访问过中国", "20年前", "2000", "year"),  # ago: from the publication date
    # from the publication date, or from the story's previous date, as before
    ("他表示将在三个月后访问北京", "三个月后", "2021-01", "month"),
    ("2019年5月，他上任。三个月后，他访问了北京。", "三个月后", "2019-08", "month"),
    # 前N天 after an event (…的前两天, 归程前几天) are the days before that event
    ("在我被抓进来的前两天，所长找过他", "前两天", "", "unresolved"),
    ("归程前几天，北京再度爆发疫情", "前几天", "", "unresolved"),
    ("选举前2天会再进行调查", "前2天", "", "unresolved"),
    # …and with nothing before them, the days before the publication
    ("前几天，他去了北京", "前几天", "2020-10-03/2020-10-11", "day"),
    ("他前两天去了北京", "前两天", "2020-10-10/2020-10-11", "day"),
])
def test_shift_from_an_event(text, target, value, precision):
    m = find(text, target, reference="2020-10-12")
    assert (m.value, m.precision) == (value, precision)


@pytest.mark.parametrize("text,target,value", [
    # today's day of the month in another year or month: one date
    ("马英九说，70年前的今天，就是韩战爆发日。", "70年前的今天", "1950-06-25"),
    ("去年的今天，他访问了北京。", "去年的今天", "2019-06-25"),
    ("去年今天下午，他访问了北京。", "去年今天下午", "2019-06-25"),
    ("我回答不了你明年的今天我要做什么。", "明年的今天", "2021-06-25"),
    ("一个月前的今日，他还在北京。", "一个月前的今日", "2020-05-25"),
    # …and N years after an event, today
    ("二十一年后的今天，迫害没有任何减轻。", "二十一年后的今天", "2020-06-25"),
    ("国安法生效三个月后的今天，香港变了。", "三个月后的今天", "2020-06-25"),
])
def test_today_of_another_year(text, target, value):
    m = find(text, target, reference="2020-06-25")
    assert (m.value, m.precision) == (value, "day")


@pytest.mark.parametrize("text,target,value", [
    # the part of the current period before or after the reference day
    ("他于本周稍早访问日本。", "本周稍早", "2020-07-20/2020-07-22"),
    ("他本月早些时候访问了日本。", "本月早些时候", "2020-07-01/2020-07-22"),
    ("今年早些时候，他访问日本。", "今年早些时候", "2020-01-01/2020-07-22"),
    ("他今年晚些时候访问日本。", "今年晚些时候", "2020-07-22/2020-12-31"),
    ("本周稍后，他将访问日本。", "本周稍后", "2020-07-22/2020-07-26"),
    # …a past period keeps its whole span
    ("去年晚些时候，他访问日本。", "去年", "2019"),
])
def test_earlier_or_later_in_the_current_period(text, target, value):
    assert find(text, target, reference="2020-07-22").value == value
    assert tag_dates("今年早些时候，他访问日本。", "2020")[0].value == "2020"  # (no day to cut at)


@pytest.mark.parametrize("text", [
    "川普这样做是为了开创更好的明天。", "其统治必将毁掉中华民族的明天。", "资本市场的明日之星。",
    "离检测已经过去六天了。", "学生绝食已经过去四天的时候，他决定戒严。", "二战也已过去70多年。",
    # 两 counts: 两月 is two months, not February
    "澳大利亚也报告了两月来单日新增病例最高的纪录。", "不过只是短短两月之间。", "连续近两月的强降雨天气。",
    # amounts with units, a ratio
    "这个头颅高12.7厘米，重5.2千克。", "共和党人的比例为11.5:1。", "平均每人买12.4本书。",
    # one day in idioms
    "冰冻三尺非一日之寒。", "以超越日复一日的争吵。", "兴风作浪日甚一日。", "道德下滑一日千里。",
    # thousands and hundreds of years
    "中国拥有五千年的悠久历史。", "两千年来的基督教信仰。", "金正恩骂中共是千年宿敌。", "中共盘算的是上百年的计划。",
    # the eleventh item or part
    "十一、国际社会支持台湾", "林坪：〈揭秘中国锐实力（十一）欧洲政界〉",
    # a gap
    "朝鲜隔19年后致函慰问美国",
    # 上/下 after a verb: its complement (创下, 剩下, 坐上), no window
    "薪资增长创下9年来最大年度增幅。", "在大选只剩下二十多天的时候。", "想过可能要坐上十年监。",
    # a seven-day average, a quarantine's length
    "使该州7日平均每天新增病例上升。", "对抵港人士进行居家隔离14日的政策。",
    # a length after a verb and its object, less than a length, one day
    "所有机构降半旗30日，公务员穿黑衣。", "最终判各人入狱14日，缓刑18个月。", "希望大家终有一日都能够想起。",
    # a bare day in Chinese numerals: a length before 的 or after a cue of counting, a rate
    # before a numeral
    "克拉奇率访问团抵达台湾，开始了为其三日的访台之旅。", "许树昌认为不能单凭一日的数据便断定。",
    "佛州连五日新增病例破万。", "本届政府尚余下不足十日任期。", "计划展开至今三日，政府公布。",
    "数十年如一日地支持普京。", "再多留一日采访灾民。", "保安局不足一日两度出稿。", "曹操三日一小宴、五日一大宴。",
    "哪知这三日之中，更不得了！",
    # 年 that starts 年轻, 年龄, 年纪 after a word of years
    "许多新增患者是年轻人。", "他们是同年龄的人。", "这位上年纪的老人。",
])
def test_the_future_and_time_passed_are_no_dates(text):
    assert tag_dates(text, "2020-06-25") == []
    # (the words as dates: 明天 on its own, the window of the past days)
    assert [m.value for m in tag_dates("他明天去北京，过去六天都在上海。", "2020-06-25")] == ["2020-06-26", "2020-06-19/2020-06-24"]
    # (and as dates: 10.8 alone, 一日 after a subject, 十一 in quotes, a year in words with its month)
    assert [m.value for m in tag_dates("【最新疫情10.8】政府一日宣布，“十一”前夕，两千年八月十五", "2020-10-09")] == [
        "2020-10-08", "2020-10-01", "2020-10-01", "2000-08-15"]
    # (a day of the month with its month or in digits before 的, or before a time of day)
    assert [m.value for m in tag_dates("他九月三日的行程很满，在3日的会议上，九日三时抵达。", "2020-09-17")] == [
        "2020-09-03", "2020-09-03", "2020-09-09"]
    assert [m.value for m in tag_dates("7月10日一日间就有41人被抓。", "2020-07-14")] == ["2020-07-10"]
    # two days of a month with one 日 are both (a range of the two)
    assert [m.value for m in tag_dates("会议可能延至10月1、2日举行，初选在7月11及12日。", "2020-09-09")] == [
        "2020-10-01/2020-10-02", "2020-07-11/2020-07-12"]
    # a Chinese numeral after a month in digits, or 一, starting a word is no day
    assert [m.value for m in tag_dates("在2019年6月二十国集团大阪会议上，他说自3月一直在查，8月十五晚上8点回来。", "2020-07-01")] == [
        "2019-06", "2020-03", "2020-08-15"]
    # 后 and a length after an event the text does not date: no date
    assert [m.value for m in tag_dates("在法案生效后90天内，政府将选举押后1年。", "2020-07-01")] == ["", ""]
    # 将 marking the object of a verb of naming or classing is no future (a July report)
    assert [m.value for m in tag_dates("2月18日，美国国务院将新华社等5家中国官媒列为外国使团。", "2020-07-14")] == ["2020-02-18"]
    assert [m.value for m in tag_dates("他表示将于2月访问日本。", "2020-07-14")] == ["2021-02"]
    # "back then" with no year told before is no year (not the publication's)
    assert [m.value for m in tag_dates("习近平的路线接近当年的毛泽东路线。", "2020-07-14")] == [""]
    assert [m.value for m in tag_dates("1989年，他来到北京。当年他只有20岁。", "2020-07-14")] == ["1989", "1989"]
    # years forward told as done, after an event (的), or far beyond news: from a story's
    # time the text does not date, not from the publication
    for text in ("山东冠县的陈春秀在十六年后才发现这件事。", "直到十六年后，她才知道。", "尤其是在经历了普京执政的20年后。",
                 "历史的剧情总是不断重复，一千七百年后，又有一个姓袁的。", "现在23年的时间，就通过各种手段。"):
        assert [m.value for m in tag_dates(text, "2020-07-14")] in ([""], []), text
    assert [m.value for m in tag_dates("李显龙计划两年后70岁时卸任。", "2020-07-14")] == ["2022"]
    assert [m.value for m in tag_dates("他说，三年后他会回来。", "2020-07-14")] == ["2023"]
    # a plan's day one day before the reference is that day (a timestamp a day late), and a
    # single Chinese numeral after 时 without 分 starts a word, no minute
    assert [(m.text, m.value) for m in tag_dates("预计17日20时三峡水库最大入库流量在55000立方米。", "2020-07-18")] == [
        ("17日20时", "2020-07-17")]
    assert [m.value for m in tag_dates("他将于15日访问日本。", "2020-07-18")] == ["2020-08-15"]
    # (…but a day after 于, 到, 是, or before a verb, stays one; 将…称为 is no "will" before 称为 too)
    assert [m.value for m in tag_dates("一日，政府宣布新措施。", "2020-07-10")] == ["2020-07-01"]  # (nothing before 一)
    assert [m.value for m in tag_dates("会议定于14日。他的生日是14日。截至当地时间9日，", "2020-07-10")] == [
        "2020-07-14", "2020-07-14", "2020-07-09"]
    assert [m.value for m in tag_dates("石垣市于6月提案将日本称为尖阁诸岛，于22日获得通过。", "2020-07-01")] == [
        "2020-06", "2020-06-22"]
    # a four-digit year after an era's name is the common era's
    assert [m.value for m in tag_dates("中华民国1912年建国后，民国38年迁台。", "2020-10-09")] == ["1912", "1949"]


@pytest.mark.parametrize("text,target,value", [
    # N日 before 前往/前来/前去/前赴 is the day of the month; 前 starts the verb
    ("新任警务处处长邓炳强6日前往北京。", "6日", "2019-12-06"),
    ("他3日前来台北访问。", "3日", "2019-12-03"),
    ("外长六日前赴日本。", "六日", "2019-12-06"),
    # without such a verb, or with another unit, it is a shift from the publication date
    ("6日前，他前往北京。", "6日前", "2019-12-01"),
    ("他两年前往美国留学。", "两年前", "2017"),
])
def test_day_before_a_verb_of_motion(text, target, value):
    assert find(text, target, reference="2019-12-07").value == value


def test_no_wall_clock():
    # Nothing depends on today's date: no reference means unresolved, always.
    assert [m.value for m in tag_dates("今天和明天")] == ["", ""]


def test_seed_002_without_reference():
    text = ("朝鲜于2017年9月进行第6次核试验后……韩美Journal于今（25）日公开了金正恩、川普于"
            "2018年4月至2019年8月互相交换的27封亲笔信，其中金正恩曾于2018年9月21日的书信写道。")
    got = [(m.text, m.value, m.precision) for m in tag_dates(text)]
    assert got == [
        ("2017年9月", "2017-09", "month"),
        ("今（25）日", "", "unresolved"),
        ("2018年4月至2019年8月", "2018-04/2019-08", "month"),
        ("2018年9月21日", "2018-09-21", "day"),
    ]


# --- not dates ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "历时3天后抵达河内", "经过两天的会谈", "二十国集团峰会", "G20峰会", "不到一小时",
    "波音747客机", "第6次核试验", "27封亲笔信", "电话13912345678", "电话010-65123456",
    "增长7.5%", "3.14", "比分3-1", "1/3的人", "共有2019人参加", "有期徒刑15年",
    "工作了30年", "两年来", "建党100周年", "周恩来", "五一路", "十一届三中全会", "第十一",
    "1号线", "3号楼", "上午10时", "用了近一天时间", "Windows 2000", "2000 mAh",
    "3年", "1小时", "2019年中国经济".replace("2019年", ""), "圣诞老人", "赎罪日战争爆发",
    "时间10:30", "开始于10:05-10:45", "两三个人", "十几个国家",
    # a few years or hundreds are too vague to date by
    "几年前", "数十年前", "几个国家", "好几次",
])
def test_not_dates(text):
    assert tag_dates(text, REF) == []


def test_bare_years_that_continue_a_list_of_years_are_years():
    # (an article's list of the anniversaries on which leaders visited the mausoleum)
    text = "分别在1977年、1983、1993以及2003的毛泽东生日"
    assert [m.value for m in tag_dates(text, REF)][:4] == ["1977", "1983", "1993", "2003"]
    assert [m.text for m in tag_dates("1977、1978两届共录取68万名大学新生", REF)] == ["1977", "1978"]
    # not a count after a year and a join
    assert [m.text for m in tag_dates("1977年和1983名士兵", REF)] == ["1977年"]


def test_year_before_common_words_is_not_a_part():
    assert [m.text for m in tag_dates("2019年中国经济", REF)] == ["2019年"]
    assert [m.text for m in tag_dates("2019年初步统计", REF)] == ["2019年"]
    # …but 初/中 before 访 (a visit) are parts: 访华 is how news abbreviates a visit to China
    assert [(m.text, m.value) for m in tag_dates("安倍晋三本月中访问美国", "2018-04-03")] == [("本月中", "2018-04-11/2018-04-20")]
    assert [m.text for m in tag_dates("蒙古总理去年12月初访问俄罗斯", "2020-07-01")] == ["去年12月初"]


# --- invalid calendar dates ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["2019年2月30日", "2019年13月", "2月30日", "2019-02-30"])
def test_invalid_calendar_dates_are_not_values(text):
    for m in tag_dates(text, REF):
        r = value_to_range(m.value)
        assert r is not None and r[0] <= r[1]
        assert "-02-30" not in m.value and "-13" not in m.value


def test_leap_day_without_year():
    assert find("2月29日", "2月29日", "2019-03-22").value == "2016-02-29"


# --- offsets, order, overlap ---------------------------------------------------------------

def test_offsets_on_original_text():
    text = "據報道，２０１８年３月２５日（週日），該市召開新聞發佈會；翌日又在臺北舉行。"
    ms = tag_dates(text, "2018-04-01")
    assert [m.text for m in ms] == ["２０１８年３月２５日（週日）", "翌日"]
    assert [m.value for m in ms] == ["2018-03-25", "2018-03-26"]
    for m in ms:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text,target,value", [
    ("上周五（9月1日）", "上周五（9月1日）", "2023-09-01"),
    ("周三 (9月6日)", "周三 (9月6日)", "2023-09-06"),
    ("2023年9月6日 星期三", "2023年9月6日 星期三", "2023-09-06"),
    ("周六 2013年04月08日", "周六 2013年04月08日", "2013-04-08"),
    ("2019年6月29日（周六）举行", "2019年6月29日（周六）", "2019-06-29"),
    ("25日上午10时", "25日上午10时", "2023-09-25"),
])
def test_weekday_and_time_merge_into_the_date(text, target, value):
    assert find(text, target, REF).value == value


@pytest.mark.parametrize("text", ["马上一年半又要过去了", "提前两天通知", "随后两天", "将近三年",
                                  "以下个月为单位"])
def test_prefix_characters_inside_words(text):
    # 上一年 / 前两天 / 近三年 must not be found inside 马上 / 提前 / 将近 …
    assert tag_dates(text, REF) == []


def test_sorted_and_not_overlapping():
    text = "2018年3月25日到28日，2019年6月29日，次日，上周三，2017年9月，4年前。" * 3
    ms = tag_dates(text, REF)
    assert ms == sorted(ms, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))


# --- reference handling ----------------------------------------------------------------------

@pytest.mark.parametrize("reference", [
    dt.date(2023, 9, 6), dt.datetime(2023, 9, 6, 8, 0), "2023-09-06", "2023-09-06T08:00:00",
    "2023-09-06T08:00:00+08:00", "2023-09-06 08:00", " 2023-09-06 ",
])
def test_reference_forms(reference):
    assert find("今天", "今天", reference).value == "2023-09-06"


@pytest.mark.parametrize("reference", ["yesterday", "2023-02-30", "06/09/2023", 20230906, 1.5])
def test_bad_reference_raises_date_error(reference):
    with pytest.raises(DateError):
        tag_dates("今天", reference)


def test_bad_anchor_is_ignored():
    assert find("25日", "25日", None, "not a date").value == ""


# --- value_to_range --------------------------------------------------------------------------

@pytest.mark.parametrize("value,expected", [
    ("2018", (dt.date(2018, 1, 1), dt.date(2018, 12, 31))),
    ("2018-02", (dt.date(2018, 2, 1), dt.date(2018, 2, 28))),
    ("2018-03-25", (dt.date(2018, 3, 25), dt.date(2018, 3, 25))),
    ("2018-03-25/2018-03-28", (dt.date(2018, 3, 25), dt.date(2018, 3, 28))),
    ("2018-04/2019-08", (dt.date(2018, 4, 1), dt.date(2019, 8, 31))),
    ("1980/1989", (dt.date(1980, 1, 1), dt.date(1989, 12, 31))),
    ("", None), ("soon", None), ("2018-13", None), ("2019-02-29", None),
    ("2019/2018", None), ("2018-03-25/", None), (None, None),
])
def test_value_to_range(value, expected):
    assert value_to_range(value) == expected


# --- vocabulary integrity -----------------------------------------------------------------

def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


_PART = re.compile(r"([MDYQW])(\d+|L)\.\.\1(\d+|L)")
_OFFSET = re.compile(r"@?[+-]?\d+")


def test_vocab_integrity():
    rows = _rows(VOCAB_PATH)
    assert rows and set(rows[0]) == {"kind", "word", "value", "comment"}
    dupes = [k for k, n in Counter((r["kind"], r["word"]) for r in rows).items() if n > 1]
    assert not dupes, f"duplicate words within a kind: {dupes}"
    kinds = {r["kind"] for r in rows}
    assert set(GRAMMAR_KINDS) <= kinds, set(GRAMMAR_KINDS) - kinds
    assert kinds <= set(GRAMMAR_KINDS), f"kinds the grammar never uses: {kinds - set(GRAMMAR_KINDS)}"
    for r in rows:
        kind, word, value = r["kind"], r["word"], r["value"]
        assert word and word == word.strip(), r
        if kind in ("digit", "numeral_unit", "lunar_month", "weekday", "first_year"):
            assert value.isdigit(), r
        elif kind in ("rel_day", "rel_day_char", "rel_year", "rel_prefix"):
            assert _OFFSET.fullmatch(value), r
        elif kind == "era":
            assert re.fullmatch(r"-?\d+", value), r
        elif kind.startswith("part_") and kind not in ("part_follow", "part_guarded"):
            assert _PART.fullmatch(value), r
        elif kind == "season":
            lo, hi = value.split("..")
            assert 0 <= float(lo) < 360 and 0 <= float(hi) < 360, r
        elif kind == "unit":
            assert value in {"year", "month", "day", "day_hao", "day_tian", "week", "quarter",
                             "century", "decade", "hour", "minute", "second",
                             "quarter_hour"}, r
        elif kind == "window_prefix":
            assert value in {"past", "near", "prev", "next", "ahead"}, r
        elif kind == "window_suffix":
            assert value in {"within", "since"}, r
        elif kind == "offset_suffix":
            assert value in {"-1", "1"}, r


def test_holiday_calendar_integrity():
    rows = _rows(HOLIDAYS_PATH)
    names = Counter(r["name"] for r in rows)
    assert not [n for n, c in names.items() if c > 1]
    vocab = load_vocab()
    for r in rows:
        assert r["calendar"] in HOLIDAY_CALENDARS, r
        assert r["guard"] in ("", "context"), r
        h = vocab.holidays[r["name"]]
        found = 0
        for year in range(1950, 2051):
            occ = dates._holiday_in_year(h, year)
            if occ is not None:
                found += 1
                assert occ[0] <= occ[1] and (occ[1] - occ[0]).days < 50, (r, year, occ)
                assert abs(occ[0].year - year) <= 1, (r, year, occ)
        assert found >= 95, (r, found)


def test_vocab_loaded_once():
    assert load_vocab() is load_vocab()


# --- calendars ---------------------------------------------------------------------------------

@pytest.mark.parametrize("year,longitude,expected", [
    (2016, 15, dt.date(2016, 4, 4)), (2017, 15, dt.date(2017, 4, 4)),
    (2024, 270, dt.date(2024, 12, 21)), (2021, 75, dt.date(2021, 6, 5)),
    (2013, 315, dt.date(2013, 2, 4)), (2023, 0, dt.date(2023, 3, 21)),
])
def test_solar_terms(year, longitude, expected):
    assert dates._solar_term(year, longitude) == expected


def test_easter_and_hebrew():
    assert dates._easter(2013) == dt.date(2013, 3, 31)
    assert dates._easter(2025) == dt.date(2025, 4, 20)
    assert dates._orthodox_easter(2013) == dt.date(2013, 5, 5)
    assert dates._hebrew_to_date(5774, 7, 10) == dt.date(2013, 9, 14)  # Yom Kippur
    assert dates._hebrew_to_date(5779, 9, 25) == dt.date(2018, 12, 3)  # Hanukkah


# --- robustness ----------------------------------------------------------------------------------

def test_long_repeated_units_are_fast():
    text = "年月日" * 33334  # 100k characters
    start = time.perf_counter()
    assert tag_dates(text, REF) == []
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("text", ["", " ", "1" * 5000, "一" * 5000, "年" * 1000,
                                  "(((((", "至至至", "-" * 100, "\x00\ud800", "第" * 50])
def test_degenerate_inputs(text):
    for m in tag_dates(text, REF):
        assert text[m.start:m.end] == m.text


_ALPHABET = list("0123456789０１２年月日号周星期礼拜今昨明天前后上下本这去次同该当初中底末旬至到从"
                 "-~/.()（）:〇一二两三四五六七八九十廿百千农历闰腊正春节国庆世纪代季度第个半多内以来"
                 " ，。晚上午点时分")

_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_ALPHABET), st.characters()), max_size=40).map("".join),
       st.sampled_from([None, REF, "2021", "2019-02", dt.date(2000, 2, 29)]),
       st.sampled_from([None, "2018-06", "2019-06-29", "2018"]))
def test_property_never_raises(text, reference, anchor):
    ms = tag_dates(text, reference, anchor)
    last_end = 0
    for m in ms:
        assert text[m.start:m.end] == m.text and m.start < m.end
        assert m.start >= last_end
        last_end = m.end
        assert m.precision in PRECISIONS
        if m.value:
            assert _ISO.fullmatch(m.value), m
            assert value_to_range(m.value) is not None, m
            assert m.precision != "unresolved"
        else:
            assert m.precision == "unresolved"


@pytest.mark.parametrize("text", [
    "這也是日美在睽違52年後，首次在聯合聲明中提到台灣。",  # a gap, and 也是日美 is no 是日
    "父亲乘坐“空军二号”访问中国。",  # a plane's name
    "时隔两年后再次访问",
])
def test_names_and_gaps_are_not_dates(text):
    assert tag_dates(text, reference="2021-06-16") == []


def test_approximate_counts_do_not_give_anaphora_their_year():
    text = "他于1995年被捕，交待了十几年前的经过，同年被处决。"
    assert [(m.text, m.value) for m in tag_dates(text, reference="2019-06-14")] == [
        ("1995年", "1995"), ("十几年前", "1999/2009"), ("同年", "1995")]


def test_digit_pairs_before_nian_stay_ambiguous_with_two_digit_years():
    # 四五年以前 can be "before '45"; 两 is never a digit of a year.
    assert tag_dates("四五年以前的档案", reference="2019-06-14") == []
    assert [m.value for m in tag_dates("两三年前", reference="2019-06-14")] == ["2016/2017"]


def test_the_few_days_after_the_date_before():
    # 随后几天内, 此后数日, 之后的几天: from the next day through nine days later, up to the
    # publication in a report; unknown with no date before
    text = "2020年6月中旬中印边境发生冲突。随后几天内，中俄印外长举行了三边会晤。"
    assert [m.value for m in tag_dates(text, reference="2020-06-26")] == ["2020-06-11/2020-06-20", "2020-06-21/2020-06-26"]
    text = "中芯国际的消息在9月27日传出。此后数日，该公司一直保持沉默。"
    assert [m.value for m in tag_dates(text, reference="2020-10-20")] == ["2020-09-27", "2020-09-28/2020-10-06"]
    text = "布拉格与台北于今年1月在蔡英文连任成功之后的几天缔结为姐妹市。"
    assert [m.value for m in tag_dates(text, reference="2020-07-01")] == ["2020-01", "2020-01"]
    assert [m.value for m in tag_dates("随后几天内，双方举行会晤。", reference="2020-06-26")] == [""]
    # 几天后 keeps its own reading (two to nine days after)
    assert [m.value for m in tag_dates("6月15日发生冲突。几天后双方会晤。", reference="2020-06-30")] == ["2020-06-15", "2020-06-17/2020-06-24"]


def test_a_preparation_as_a_noun_is_no_plan():
    # 为峰会做准备: 准备 is a noun, so the sentence reports and 周二 is the last Tuesday
    text = "周二，西班牙首相桑切斯在柏林与默克尔会面，为峰会做准备。"
    assert [m.value for m in tag_dates(text, reference="2020-07-15")] == ["2020-07-14"]
    assert [m.value for m in tag_dates("周二，桑切斯准备访问柏林。", reference="2020-07-15")] == ["2020-07-21"]
    # …nor is 拟定 "draw up" (拟 alone is "intend to")
    text = "初步拟定路线后，刘颖匡做代表，在6月30日正式向警方申请不反对通知书。"
    assert [m.value for m in tag_dates(text, reference="2019-08-15")] == ["2019-06-30"]
    assert [m.value for m in tag_dates("他们拟在6月30日正式申请。", reference="2019-08-15")] == ["2020-06-30"]


def test_plan_in_a_later_clause_does_not_move_a_past_date():
    text = "最早是副国务卿比根8月底首先提出，希望建立有结构的团体，并准备10月在新德里会谈。"
    assert [(m.text, m.value) for m in tag_dates(text, reference="2020-09-30")] == [("8月底", "2020-08-31"), ("10月", "2020-10")]


def test_a_date_clause_takes_the_tense_of_the_clause_it_heads():
    # a plan two clauses on is the plan of what the sentence reports: not next June
    text = "6月22日，中印军方军长级会晤同意“脱离接触”，将部署在有争议边界沿线几个据点的部队后撤。"
    assert [m.value for m in tag_dates(text, reference="2020-07-15")] == ["2020-06-22"]
    # a past cue further on still tells a report: last December, not this one
    text = "12月底，我在一家支持抗议的小咖啡馆里庆祝新年前夜，一位朋友演唱了一首歌。"
    assert tag_dates(text, reference="2020-07-14")[0].value == "2019-12-31"
    # and a plan in the clause the date heads is a plan
    assert [m.value for m in tag_dates("1月1日，新规将正式生效。", reference="2020-07-15")] == ["2021-01-01"]


def test_a_year_after_the_publication_goes_no_further_than_its_sentence():
    # …50年不变，直至2047年。而7月1日开始实行的《国安法》: the next sentence's 1 July has no
    # tense and is this year's; in the same phrase, or told as a plan, a later year carries
    text = "其享有的权利和自由50年不变，直至2047年。而7月1日开始实行的香港《国安法》则允许北京设立机构。"
    assert values(text, "2020-07-10") == ["2047", "2020-07-01"]
    assert values("疫情将在明年1月和2月到达高峰。", "2020-07-10") == ["2021-01", "2021-02"]
    assert values("条约将于2021年2月到期。双方将于3月会谈。", "2020-07-10") == ["2021-02", "2021-03"]


@pytest.mark.parametrize("text, reference, expected", [
    # 美国财政部周一将中国全国人大常委会的14名副委员长列入制裁黑名单 (a Wednesday article):
    # last Monday; 将 before a verb (or a noun the dictionary tags for a verb) is "will"
    ("美国财政部周一将中国全国人大常委会的14名副委员长列入制裁黑名单。", "2020-12-09", ["2020-12-07"]),
    ("周五，研究人员将这块化石交给了国家博物馆。", "2020-07-12", ["2020-07-10"]),
    ("巴黎一个特别法庭周一将开庭审理此案。", "2020-07-05", ["2020-07-06"]),
    ("中央政府周一将公布他的辞职。", "2017-01-14", ["2017-01-16"]),
    # a comma between digits ends no clause (将允许7,500人参加周日的比赛: the coming
    # Sunday); from another clause, only a cue of one use tells the tense (准备 does not,
    # 将会 does)
    ("费城老鹰队将允许7,500人参加周日的比赛。", "2020-10-13", ["2020-10-18"]),
    ("法国当局周三表示准备适当时候采取反击措施之后，北京周四警告法国无权干涉内政。", "2020-07-10", ["2020-07-08", "2020-07-09"]),
    ("叶惠民将会空降Now TV主管编辑组，周一履新。", "2020-09-27", ["2020-09-28"]),
    # 每 before a weekday: a rate or a habit
    ("法国将中国航空公司的航班数量限制为每星期一班，他每周五去游泳。", "2020-07-15", []),
    # a month with no tense cue more than five months ahead is last year's (12月30日艾芬事件
    # in an April article); 11月大选 in July is this year's, and a plan keeps its month ahead
    ("12月30日艾芬事件", "2020-04-17", ["2019-12-30"]),
    ("查德里在9月25日被捕。", "2021-02-07", ["2020-09-25"]),
    ("无论谁赢得11月的美国大选。", "2020-07-11", ["2020-11"]),
    ("政府计划9月提交方案。", "2020-02-11", ["2020-09"]),
])
def test_the_tense_of_a_date_without_its_year_or_week(text, reference, expected):
    assert values(text, reference) == expected


def test_a_plans_bare_day_takes_no_past_month_of_an_earlier_sentence():
    text = "政府科学顾问早在9月21日就建议必须有短暂的封闭措施。目前，利物浦将于14日成为第一个被列为非常高警报的城市。"
    assert values(text, "2020-10-13") == ["2020-09-21", "2020-10-14"]
    # (in one sentence the plan is the date's)
    assert values("9月21日，他宣布，将于25日访问日本。", "2020-10-13") == ["2020-09-21", "2020-09-25"]




def test_a_word_of_two_uses_moves_a_month_to_next_year_only_within_half_a_year():
    # 将 also marks an object (将中央电视台…列管为): a month more than six months on is this
    # year's, past — 将于, 计划, 预计 keep it next year's
    for text, value in (("6月22日，美国国务院将中央电视台等4家媒体增加列管为外国使团。", "2020-06-22"),
                        ("5月下旬，该行将其对经济增长的预测下调至萎缩0.2%。", "2020-05-21/2020-05-31"),
                        ("他8月25日在芝加哥机场准备登机回中国时遭逮捕。", "2020-08-25"),
                        ("3月1日，新规将正式生效。", "2020-03-01"),
                        ("新规将于3月1日正式生效。", "2021-03-01"),
                        ("他计划2月访问日本。", "2021-02"),
                        ("1月，他将访问日本。", "2021-01")):
        assert [m.value for m in tag_dates(text, reference="2020-09-15" if "芝加哥" in text else "2020-07-15")] == [value], text


def test_a_bare_day_the_day_after_the_reference_told_in_the_past_is_this_months():
    # an archive's UTC timestamp may lie a day behind where the story was written
    assert [m.value for m in tag_dates("欧洲联盟9日针对709大抓捕5周年发表声明。", reference="2020-07-08")] == ["2020-07-09"]
    # two days or more after it, a past report is still last month's
    assert [m.value for m in tag_dates("欧洲联盟25日发表声明。", reference="2020-07-08")] == ["2020-06-25"]
    # …and across the month's end: the 1st after an article stamped the 31st
    assert [m.value for m in tag_dates("捷克参议院议长维特齐1日到立法院参访。", reference="2020-08-31")] == ["2020-09-01"]
    assert [m.value for m in tag_dates("捷克参议院议长维特齐1日到立法院参访。", reference="2020-08-30")] == ["2020-08-01"]


def test_the_day_character_after_a_day_is_not_read_as_a_country_pair():
    # 日中 / 日美 / 日印 name pairs of states elsewhere; after 月 and a day, 日 is the day
    for text, expected in (("6月15日中国宣布制裁。", "6月15日"), ("2020年6月17日印度宣布。", "2020年6月17日"),
                           ("6月15日美国宣布。", "6月15日"), ("6月15日中午，他抵达。", "6月15日中午")):
        assert [m.text for m in tag_dates(text, reference="2020-06-26")] == [expected]
    assert [m.text for m in tag_dates("日美两国举行会谈。", reference="2020-06-26")] == []


def test_a_numeral_before_a_classifier_after_a_month_is_a_count_not_a_day():
    assert [(m.text, m.value) for m in tag_dates("去年10月一宗反修例案被告出庭。", reference="2020-06-26")] == [("去年10月", "2019-10")]
    assert [(m.text, m.value) for m in tag_dates("今年5月的一份报告指出。", reference="2020-06-26")] == [("今年5月", "2020-05")]
    assert [(m.text, m.value) for m in tag_dates("七月十五是中元节。", reference="2020-06-26")][0] == ("七月十五", "2020-07-15")


def test_block_opening_anaphora_use_the_last_written_year_of_the_blocks_before():
    from pipeline.build import tag_document_dates

    from helpers import make_document

    doc = make_document("1996年，伊利集团成立。", "于是两年后，他被扫地出门。同年他创办了公司。",
                        "今天的周末很热闹。", "当年的事他不愿再提。", "12月他又来了。",
                        published="2021-07-26")
    got = [(m.text, m.value) for m in tag_document_dates(doc)]
    assert got == [
        ("1996年", "1996"),
        ("两年后", "1998"),
        ("同年", "1998"),
        ("今天", "2021-07-26"),
        ("周末", "2021-07-31/2021-08-01"),
        # Relative dates (今天, 周末) are not carried: 当年 goes back to the story's year.
        ("当年", "1996"),
        # A year-less date still takes the publication year, not the year of a story told
        # by years only (but see the next test).
        ("12月", "2020-12"),
    ]


def test_a_story_told_by_days_of_a_past_year_goes_on_in_that_year():
    from pipeline.build import tag_document_dates

    from helpers import make_document

    # a bare day or month in a later paragraph, in the month of the story's last date or
    # the next, with no date of another year between, is of the story's year
    doc = make_document("1989年4月15日，胡耀邦去世。", "4月25日，邓小平给学潮定性。", "5月13日，学生开始绝食。",
                        published="2019-10-23")
    assert [(m.text, m.value) for m in tag_document_dates(doc)] == [
        ("1989年4月15日", "1989-04-15"), ("4月25日", "1989-04-25"), ("5月13日", "1989-05-13")]
    # not after a date of another year (the story has come back to now), not months
    # later, not a plan, not after a story told by a year only
    for paragraphs, last in ((("1989年4月15日，胡耀邦去世。", "去年他也来过。", "4月25日，他发表讲话。"), "2019-04-25"),
                             (("1989年4月15日，胡耀邦去世。", "8月25日，他发表讲话。"), "2019-08-25"),
                             (("1989年4月15日，胡耀邦去世。", "他将于5月13日访问北京。"), "2020-05-13"),
                             (("1989年，胡耀邦去世。", "4月25日，他发表讲话。"), "2019-04-25")):
        doc = make_document(*paragraphs, published="2019-10-23")
        assert tag_document_dates(doc)[-1].value == last, paragraphs


def test_that_day_opening_a_paragraph_is_the_day_of_the_lead():
    from pipeline.build import tag_document_dates

    from helpers import make_document

    # 当天/同日 with no date before it in its paragraph: the first day the body tells (not
    # the dateline's, not a day told in passing in between, not the publication day)
    doc = make_document("【新唐人北京时间2019年12月07日讯】香港警务处长邓炳强6日到访北京。",
                        "邓炳强11月19日上任。", "当天，赵克志在北京会见了邓炳强。", "去年他也来过。蓬佩奥在当天的会晤中表示。",
                        published="2019-12-07")
    got = [(m.text, m.value) for m in tag_document_dates(doc)]
    assert got == [("2019年12月07日", "2019-12-07"), ("6日", "2019-12-06"), ("11月19日", "2019-11-19"),
                   ("当天", "2019-12-06"), ("去年", "2018"), ("当天", "2019-12-06")]
    # with a day before it in its paragraph, that day; a feast is no lead day
    doc = make_document("新年时他发了影片。1月19日他抵达广州，当天失踪。", "同日，外长发表声明。", published="2019-02-02")
    got = [(m.text, m.value) for m in tag_document_dates(doc)]
    assert got[-2:] == [("当天", "2019-01-19"), ("同日", "2019-01-19")]
    # 同月 opening a paragraph: the month the paragraphs before told last (not the
    # publication's), also when no date with its year written came before
    doc = make_document("去年4月，王毅抵达日本。", "同月，访日团也低调抵达日本。", published="2019-12-14")
    assert [(m.text, m.value) for m in tag_document_dates(doc)] == [("去年4月", "2018-04"), ("同月", "2018-04")]
    # a lead day written as a range of one day (a date and its weekday)
    doc = make_document("路透北京7月17日 - 周五，中国公布数据。", "当天，股市上涨。", published="2020-07-17")
    assert [(m.text, m.value) for m in tag_document_dates(doc)][-1] == ("当天", "2020-07-17")


@pytest.mark.parametrize("text,expected", [
    # 此时 and 当天 after a year, month or decade long past that sets the story's time: then
    ("1937年，此时的曾山曾赴上海。", ["1937", "1937"]),
    ("而到了70年代，林彪事件以后。此时美国也面对反战的声浪。", ["1970/1979", "1970/1979"]),
    ("1966年12月，大会召开。当天，他上台发言。", ["1966-12", "1966-12"]),
    # …not after a date in passing (仿效2014年…模式), a recent year, or with no date before
    ("首次仿效2014年学运模式。许多分析认为，由于此时，国民党正处于低潮。", ["2014", "2020-10-29"]),
    ("2019年，此时的他还在北京。", ["2019", "2020-10-29"]),
    ("此时正值南海局势升级。", ["2020-10-29"]),
    # 此刻, "this very moment", is now
    ("1997年，习近平此刻正躲在堡垒里。", ["1997", "2020-10-29"]),
    # 当年 after a date of the present year is "back then", set against it: no year
    ("今天的世界现状与斯大林当年提出的目标已经非常接近。", ["2020-10-29", ""]),
    ("10月6日，他说，当年西方社会为了防堵苏联组建北约。", ["2020-10-06", ""]),
    # …after a past year it is "that year"
    ("2008年，北京举办奥运会。当年，他去了北京。", ["2008", "2008"]),
    # 同日/当天 after a month with no day: a day of that month (not the publication day);
    # after a day, that day
    ("2017年5月，谢阳当庭认罪，同日被取保释放。", ["2017-05", "2017-05"]),
    ("今年9月他离港。離港當日，他在机场被查。", ["2020-09", "2020-09"]),
    ("9月4日他离港。当天，他在机场被查。", ["2020-09-04", "2020-09-04"]),
])
def test_anaphoric_words_read_against_the_story_told_before(text, expected):
    assert values(text, "2020-10-29") == expected


@pytest.mark.parametrize("text,values", [
    # a year said relative to now in an earlier sentence gives a bare month no year …
    ("特鲁特涅夫去年访问了非洲。帕特鲁舍夫6月份分别访问了安哥拉和南非。", ["2017", "2018-06"]),
    # … within its sentence it does, and so it does when the story goes on (随后)
    ("特鲁特涅夫去年访问了非洲，6月份又访问了安哥拉。", ["2017", "2017-06"]),
    ("去年，香港爆发了长达数月的抗议活动。随后，中共在10月召开的会议上要求采取措施。", ["2019", "2019-10"]),
    # a written year does, as before
    ("2017年他访问了非洲。6月份又访问了安哥拉。", ["2017", "2017-06"]),
])
def test_a_deictic_year_of_an_earlier_sentence_gives_a_bare_month_no_year(text, values):
    assert [m.value for m in tag_dates(text, reference="2020-07-01" if "香港" in text else "2018-09-06")] == values


def test_a_date_in_a_title_gives_no_year_to_the_next():
    text = "他出席了《1921》电影首映礼，8月初又邀请了特使演讲。"
    assert find(text, "8月", "2021-08-10").value == "2021-08"


def test_weekday_of_a_date_clause_in_a_report():
    assert find("周一，李克强在武汉参观一个在建医院的工地。", "周一", "2020-03-21").value == "2020-03-16"


@pytest.mark.parametrize("text,values", [
    # a narrative moves forward: a month before the previous date's is the next year's …
    ("去年底开始接触。早在2月6日就已进驻，2月26日曾访问台湾。", ["2019-11/2019-12", "2020-02-06", "2020-02-26"]),
    ("2019年12月，双方接触。2月，双方签署协议。", ["2019-12", "2020-02"]),
    # … unless that would be after the publication, or the month is not before it
    ("2019年12月，双方接触。9月，双方签署协议。", ["2019-12", "2019-09"]),
    ("去年3月，他访问日本，3月5日与首相会谈。", ["2019-03", "2019-03-05"]),
    ("2019年，双方接触。2月，双方签署协议。", ["2019", "2019-02"]),
])
def test_a_year_less_date_after_a_later_month_is_the_next_year(text, values):
    assert [m.value for m in tag_dates(text, dt.date(2020, 7, 3))] == values


@pytest.mark.parametrize("text,values", [
    # a clause told as done takes no year from another clause's date of a later year…
    ("条约将于明年2月到期。美俄双方已于6月22日在维也纳进行谈判。", ["2021-02", "2020-06-22"]),
    ("最晚至2038年，德国将关闭所有燃煤电厂，联邦议会在周五（7月3日）通过了法案。", ["2038", "2020-07-03"]),
    # …but one phrase with it does (在明年接近7月), and so does a clause told as planned
    ("习近平可能在明年接近7月的时候解决问题。", ["2021", "2021-07"]),
    ("条约将于明年2月到期，双方计划6月续约。", ["2021-02", "2021-06"]),
])
def test_a_clause_told_as_done_takes_no_later_year_from_another_clause(text, values):
    assert [m.value for m in tag_dates(text, dt.date(2020, 7, 9))] == values


def test_a_story_told_forward_does_not_pass_the_publication():
    # 近20年后 continues from 去年 (2019) but cannot land in 2039 in a 2020 report
    found = {m.text: m.value for m in tag_dates("去年有20名美军阵亡。美国与塔利班缠斗近20年后一直想抽身。", dt.date(2020, 6, 27))}
    assert found["20年后"] == ""
    # a near continuation with a future cue still resolves
    found = {m.text: m.value for m in tag_dates("3月1日，会议开幕。两天后将举行闭幕式。", dt.date(2020, 2, 27))}
    assert found["两天后"] == "2020-03-03"


@pytest.mark.parametrize("text,target,value", [
    # the start of a span up to now gives no year to the dates after it
    ("他是1979年美台断交以来访台层级最高的官员，也是继卫生部长8月初访台后第二位。", "8月初", "2020-08-01/2020-08-10"),
    ("申请数创2003年5月以来最多；6月破产申请回落。", "6月", "2020-06"),
    # but an anaphor may refer to it
    ("两国元首2018年5月以来首次通电话。安倍那一年的5月4日跟习近平通话。", "那一年的5月4日", "2018-05-04"),
    ("边界自1962年中印边境战争以来一再成为导火索。当年中国赢得了战争。", "当年", "1962"),
    # it is itself in the past (in a September article, 12月初以来 is last December's)
    ("菲律宾披索攀升至12月初以来最高。", "12月初", "2019-12-01/2019-12-10"),
    # 有记录以来, 长期以来 open no span at the date before them
    ("阿勒颇1138年地震是有记录以来死亡最多的地震之一。地震发生在10月11日。", "10月11日", "1138-10-11"),
])
def test_a_date_opening_a_span_up_to_now(text, target, value):
    assert find(text, target, reference="2020-09-20").value == value


@pytest.mark.parametrize("text,dates", [
    ("这将是日本首相与中国国家主席首次通话。", []),
    ("脸书和推特才是日常。", []),
    ("理由当然是日后的前途考虑。", []),
    # 是日 on its own is "that day"; other date words keep their 日
    ("是日游行中亦有警员受伤。", [("是日", "2020-09-20")]),
    ("是日中午，他抵达。", [("是日中午", "2020-09-20")]),
    ("9月15日后，华为断供。", [("9月15日", "2020-09-15")]),
    ("他两日后抵达。", [("两日后", "2020-09-22")]),
])
def test_shi_ri_gives_its_ri_to_a_word_starting_with_it(text, dates):
    assert [(m.text, m.value) for m in tag_dates(text, reference="2020-09-20")] == dates


def test_a_time_clause_takes_the_tense_of_the_clause_after_it():
    text = "据官员透露，20国集团峰会11月底在阿根廷举行时，特朗普和习近平计划举行会谈。"
    assert find(text, "11月底", reference="2018-10-20").value == "2018-11-30"
    # without the time clause the reporting verb still puts it in the past
    assert find("据官员透露，20国集团峰会11月底在阿根廷举行。", "11月底", reference="2018-10-20").value == "2017-11-30"


@pytest.mark.parametrize("text,dates", [
    ("加州大学圣地亚哥分校21世纪中国研究中心主任光磊说。", []),
    ("21世纪教育研究院副院长熊丙奇指出。", []),
    ("这是21世纪的问题。", [("21世纪", "2000/2099")]),
    ("上世纪中接受了欧洲神学院的教育。", [("上世纪", "1900/1999")]),
])
def test_a_numbered_century_before_an_institutions_head_is_a_name(text, dates):
    assert [(m.text, m.value) for m in tag_dates(text, reference="2020-04-15")] == dates


@pytest.mark.parametrize("text,dates", [
    ("总统特别对他这次日本之行做出了指示。", []),
    ("此次年度训练计划内的例行安排。", []),
    ("美军侦察机通常一天现踪两次周遭空域。", []),
    # 次 opening its own word is "next"
    ("5月3日抵达，次日离开。", [("5月3日", "2020-05-03"), ("次日", "2020-05-04")]),
])
def test_ci_after_a_demonstrative_or_a_count_counts_times(text, dates):
    assert [(m.text, m.value) for m in tag_dates(text, reference="2020-10-07")] == dates


def test_an_embedded_gallery_has_no_publication_date_to_resolve_against():
    # A gallery embedded from elsewhere (DW's 相关图集) was written at another time: its
    # 今年六月 is not the article's June, its year-less 10月5日 follows its own dates.
    from pathlib import Path

    from pipeline.build import tag_document_dates
    from pipeline.clean import read_document

    doc = read_document(Path(__file__).parent / "fixtures" / "dutymachine_related_gallery.txt")
    got = {m.text: m.value for m in tag_document_dates(doc)}
    assert got["周三"] == "2020-06-24"  # the article: against its publication date (Saturday 27 June)
    assert got["1960年4月"] == "1960-04"
    assert got["2018年10月2日"] == "2018-10-02"
    assert got["10月5日"] == "2018-10-05"
    assert got["今年六月"] == ""


def test_a_date_in_a_relative_clause_takes_no_cue_of_the_main_predicate():
    # 周五开始举行的峰会预计为期两天 (a Sunday report): the summit began last Friday; 预计
    # belongs to 为期两天.  Without a verb (周五的会议将…) or with its own cue (将于周五举行的)
    # the date is still ahead.
    def value(text):
        return [m.value for m in tag_dates(text, reference="2020-07-19")]
    assert value("周五开始举行的峰会预计为期两天。") == ["2020-07-17"]
    assert value("原定4月举办的上海大奖赛也将延后补办。") == ["2020-04"]
    assert value("周五的会议将讨论预算。") == ["2020-07-24"]
    assert value("将于周五举行的峰会讨论预算。") == ["2020-07-24"]


def test_a_span_over_several_months_gives_no_month_to_a_bare_day():
    # 今年底 is November–December: the 14日 after it is this month's, not 14 December
    text = "欧洲期盼今年底能与中方达成协定，但迄今未有实质进展，而14日的中欧峰会上也未达成更进一步的共识。"
    assert [m.value for m in tag_dates(text, reference="2020-09-16")][-1] == "2020-09-14"
    # a span inside one month still gives its month, and any span its year and next day
    assert [m.value for m in tag_dates("2019年3月25日到28日访问北京，27日会见习近平。", reference="2020-09-16")] == [
        "2019-03-25/2019-03-28", "2019-03-27"]
    assert [m.value for m in tag_dates("2019年6月30日至7月2日访问北京，次日返回。", reference="2020-09-16")] == [
        "2019-06-30/2019-07-02", "2019-07-03"]


def test_the_next_day_after_a_month_has_no_day_to_count_from():
    # 次日 after 1949年12月 is some day of December 1949, not the day after the publication
    found = tag_dates("1949年12月，毛泽东抵达莫斯科，次日会见斯大林。", reference="2020-07-15")
    assert [(m.text, m.value) for m in found] == [("1949年12月", "1949-12"), ("次日", "")]
    # after a day, and with no date before, as before
    assert [m.value for m in tag_dates("1949年12月16日，毛泽东抵达莫斯科，次日会见斯大林。", reference="2020-07-15")] == [
        "1949-12-16", "1949-12-17"]
    assert [m.value for m in tag_dates("次日会见斯大林。", reference="2020-07-15")] == ["2020-07-16"]


def test_days_after_a_verb_of_doing_are_a_length():
    # 展开三日访问, 进行了两日的会谈: how long, not which day — only for days (展开9月立法会
    # 选举的初选 keeps its month, 结束了1997年的承诺 its year)
    def value(text):
        return [m.value for m in tag_dates(text, reference="2020-09-19")]
    assert value("他展开三日访问。") == []
    assert value("地方政府下令对唐人街进行五日的隔离。") == []
    assert value("他于三日抵达北京。") == ["2020-09-03"]
    assert value("民主派将展开9月立法会选举的初选。") == ["2020-09"]


def test_a_bare_hao_after_zai_before_an_event_verb_is_a_day():
    def value(text):
        return [m.value for m in tag_dates(text, reference="2018-09-14")]
    assert value("副总统罗德里格斯刚刚在10号抵达中国访问。") == ["2018-09-10"]
    assert value("会议于5号举行。") == ["2018-09-05"]
    assert value("他在3号楼开会。") == []


def test_a_bare_four_digit_year_right_before_a_verb_of_an_event_is_a_year():
    def value(text):
        return [m.value for m in tag_dates(text, reference="2020-07-10")]
    assert value("尤其是在任正非先生1997访美之后。") == ["1997"]
    assert value("习近平2019访问日本。") == ["2019"]
    # not a count, a rank or a number of page views
    assert value("共有2019访问。") == value("第2019访问。") == value("编号2019访问量。") == []


def test_a_bare_hao_ending_a_range_of_days_is_a_day():
    def value(text):
        return [m.value for m in tag_dates(text, reference="2020-07-10")]
    assert value("索国外长在今年2月23号到26号率团访台。") == ["2020-02-23/2020-02-26"]
    assert value("中国从7月1号至5号在这里进行军事演习。") == ["2020-07-01/2020-07-05"]
    # not a line or a building, nor an earlier number
    assert value("他2月23号到26号楼开会。") == ["2020-02-23"]
    assert value("他2月23号到3号楼开会。") == ["2020-02-23"]


def test_today_glossed_with_its_day_is_the_reference():
    import datetime as dt
    from pipeline.dates import glossed_today
    published = dt.date(2020, 9, 18)
    assert glossed_today("日本前首相森喜朗昨日再次率团抵台，今天（19日）将前往追思礼拜。", published) == dt.date(2020, 9, 19)
    assert glossed_today("韩美Journal于今（17）日公开", published) == dt.date(2020, 9, 17)
    # the same day, another story's day far off, or no publication day: as stated
    assert glossed_today("今天（18日）", published) == published
    assert glossed_today("今天（3日）", published) == published
    assert glossed_today("今天（19日）", None) is None
