from __future__ import annotations

import hashlib
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.dates import (
    SHANGHAI,
    parse_chinese_datetime,
    parse_short_labelled_date,
    relative_time,
    resolve_yearless_date,
    script_published_time,
    time_of_day_in_scripts,
    url_compact_date,
)
from pipelines.hashing import (
    ARRAY_FOLDING_MIN_CHARS,
    character_folding,
    content_hash,
    folded,
    normalized_body,
    normalized_for_hash,
)

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
BODY = "会议强调,2023年,是全面贯彻落实党的二十大精神的开局之年。\n要坚持守正创新(PM2.5)。"


@pytest.mark.parametrize("variant", [
    BODY.replace(",", ","),  # full-width / half-width punctuation
    BODY.replace("\n", "\n\n  "),  # paragraph padding
    BODY.replace("PM2.5", "ＰＭ２.５"),  # full-width letters and digits
    BODY.replace("。", ".").replace("(", "("),
    "\u200b" + BODY,  # zero-width space from a copy-paste
])
def test_content_hash_ignores_width_whitespace_and_punctuation(variant: str) -> None:
    assert content_hash(variant) == content_hash(BODY)


def test_content_hash_sees_a_changed_word() -> None:
    assert content_hash(BODY.replace("守正", "改革")) != content_hash(BODY)


# Full-width punctuation, which `folded` decomposes before normalizing, beside what could compose with it or
# decompose with it: combining marks, a decomposed accent's letter, Hangul jamo, ligatures and circled digits.
_FOLDING_ALPHABET = "，：（）；？！…％．－～／。、“”生態环保e\u0301\u0308\u0338\u1100\u1161\u11a8가ﬁ①㎡Ａ＿ "


@given(st.text(alphabet=_FOLDING_ALPHABET, max_size=40))
def test_folding_is_width_case_and_character_forms_whatever_the_neighbours(text: str) -> None:
    assert folded(text) == unicodedata.normalize("NFKC", text).casefold().translate(character_folding())


# Texts long enough for their hash to fold them through the array: characters the tables fold (Traditional,
# variants, some past the Basic Multilingual Plane) among any others, code points past the last folded one too.
_FOLDED_CHARACTERS = sorted(map(chr, character_folding()))


@given(st.lists(st.one_of(st.sampled_from(_FOLDED_CHARACTERS), st.characters(),
                          st.sampled_from(_FOLDING_ALPHABET)),
                min_size=ARRAY_FOLDING_MIN_CHARS - 2, max_size=3 * ARRAY_FOLDING_MIN_CHARS).map("".join))
def test_a_long_texts_hash_is_of_its_text_folded(text: str) -> None:
    assert normalized_body(text) == normalized_for_hash(text)
    assert content_hash(text) == hashlib.sha256(normalized_for_hash(text).encode("utf-8")).hexdigest()


@pytest.mark.parametrize("text, labelled, expected", [
    ("发布时间:2023-02-23", True, datetime(2023, 2, 23, tzinfo=SHANGHAI)),
    ("发布日期:2023年2月1日 09:05", True, datetime(2023, 2, 1, 9, 5, tzinfo=SHANGHAI)),
    ("2024/2/23 11:32:30", False, datetime(2024, 2, 23, 11, 32, 30, tzinfo=SHANGHAI)),
    ("2023年02月15日 21:05", False, datetime(2023, 2, 15, 21, 5, tzinfo=SHANGHAI)),
    ("2023-02-15T19:40:00+08:00", False, datetime(2023, 2, 15, 19, 40, tzinfo=timezone(timedelta(hours=8)))),
    ("2023-02-15T11:40:00Z", False, datetime(2023, 2, 15, 11, 40, tzinfo=UTC)),
    ("2007-08-20-23:59:59", False, datetime(2007, 8, 20, 23, 59, 59, tzinfo=SHANGHAI)),  # gov.cn's meta
    # a weekday between the day and the time; a CMS's 创建时间 labels the page's date
    ("2024-02-23 星期五 10:21", False, datetime(2024, 2, 23, 10, 21, tzinfo=SHANGHAI)),
    ("2024年2月23日 周五 10:21", False, datetime(2024, 2, 23, 10, 21, tzinfo=SHANGHAI)),
    ("创建时间：2024-02-20", True, datetime(2024, 2, 20, tzinfo=SHANGHAI)),
    # JavaScript's toISOString(): the offset after the milliseconds counts.
    ("2024-05-22T00:21:04.000Z", False, datetime(2024, 5, 22, 8, 21, 4, tzinfo=SHANGHAI)),
    ("2019-09-07T01:25:09.123456+00:00", False, datetime(2019, 9, 7, 9, 25, 9, tzinfo=SHANGHAI)),
    ("2024/2/23 11:32:30", True, None),  # not labelled
    ("时间：2019-09-24 17:08", True, datetime(2019, 9, 24, 17, 8, tzinfo=SHANGHAI)),
    ("楼主 发表于 2005-9-15 11:46:00", True, datetime(2005, 9, 15, 11, 46, tzinfo=SHANGHAI)),
    # a sentence telling of an event, not a label: 时间 or 发表于 right after another word
    ("其一：联盟1号宇宙飞船是在莫斯科时间1967年4月23日凌晨3：35升空的", True, None),
    ("北京时间2019年9月10日凌晨，苹果公司发布新款手机", True, None),
    ("该论文发表于2019年3月5日出版的《自然》", True, None),
    ("专辑《Renaissance》 发行日期：2001年12月14日", True, None),
    ("．河北省人民政府 [引用日期2024-01-12]", True, None),
    ("2099-01-01", False, None),  # the future
    ("2023-02-30", False, None),  # no such day
    # The dates a CMS writes when it has none: the Unix epoch, SQL Server's and Excel's day zero.
    ("发布时间：1970-01-01 08:00:00", True, None),
    ("1970-01-01T00:00:00Z", False, None),
    ("1900-01-01 00:00:00", False, None),
    ("发布日期：1970-01-02", True, datetime(1970, 1, 2, tzinfo=SHANGHAI)),
    ("浏览次数:20442", False, None),
    # ASP.NET's en-US default on an old site: month first, 12-hour clock.
    ("发布日期： 9/17/2004 5:54:13 AM", True, datetime(2004, 9, 17, 5, 54, 13, tzinfo=SHANGHAI)),
    ("7/5/2005 9:23:57 PM", False, datetime(2005, 7, 5, 21, 23, 57, tzinfo=SHANGHAI)),
    ("12/1/2005 12:05:00 AM", False, datetime(2005, 12, 1, 0, 5, tzinfo=SHANGHAI)),
    ("7/5/2005", False, None),  # without AM/PM the order of day and month is not known
    # an official document's date in Chinese numerals, as it signs off
    ("二〇二四年三月五日", False, datetime(2024, 3, 5, tzinfo=SHANGHAI)),
    ("成文日期：二〇二三年十二月三十一日", True, datetime(2023, 12, 31, tzinfo=SHANGHAI)),
    ("一九九八年十月一日", False, datetime(1998, 10, 1, tzinfo=SHANGHAI)),
    ("二〇二四年二月三十日", False, None),  # no such day
])
def test_parse_chinese_datetime(text: str, labelled: bool, expected: datetime | None) -> None:
    assert parse_chinese_datetime(text, labelled=labelled, now=NOW) == expected


@pytest.mark.parametrize("url, expected", [
    ("http://www.qlwb.example.cn/articles/2023/0216/1120.html", datetime(2023, 2, 15, tzinfo=SHANGHAI)),
    ("http://www.qlwb.example.cn/articles/2023-02-16/1120.html", datetime(2023, 2, 15, tzinfo=SHANGHAI)),
    ("http://www.qlwb.example.cn/articles/1120.html", datetime(2026, 2, 15, tzinfo=SHANGHAI)),  # this year: not future
])
def test_yearless_date_takes_its_year_from_the_url_or_the_fetch(url: str, expected: datetime) -> None:
    assert resolve_yearless_date("2月15日山东省政府新闻办举行新闻发布会", url, NOW) == expected


def test_a_yearless_date_later_than_the_fetch_is_last_years() -> None:
    assert resolve_yearless_date("12月30日,全市召开会议", "http://x.cn/a.html", NOW) == datetime(2025, 12, 30, tzinfo=SHANGHAI)
    assert resolve_yearless_date("全市召开会议", "http://x.cn/a.html", NOW) is None


@pytest.mark.parametrize("path", [
    "/xw/202402/t20240223_4346.html",  # TRS's document file (gov.cn's ministries, provincial portals)
    "/ywdt/dfnews/202402/t20240223_1066.shtml",
    "/20240223/5a1e7c0f9c8b4e2d/c.html",  # news.cn's day folder
    "/n1/2024/0223/c1010-40182470.html",  # people.com.cn
    "/a/202402/23/WS65d80f1ca31082fc043b8b3e.html",  # chinadaily.com.cn, ce.cn
])
def test_compact_dates_in_an_articles_address(path: str) -> None:
    assert url_compact_date(path, NOW) == datetime(2024, 2, 23, tzinfo=SHANGHAI)


@pytest.mark.parametrize("path", [
    "/a/202402232999.html",  # an article number that begins with a date
    "/cn/xxgk/zfxxgj/tzgg/content/post_11153426.html", "/info/1022/12345.htm",
    "/xw/202413/t20241323_1.html",  # no such day
    "/xw/202712/t20271201_1.html",  # after the fetch
    "/t20240223.html",  # no document number: a name someone chose
])
def test_other_numbers_in_an_address_are_no_date(path: str) -> None:
    assert url_compact_date(path, NOW) is None


@pytest.mark.parametrize("line, expected", [
    # NOW is 20:00 China time
    ("3小时前 来源：新华网", datetime(2026, 11, 22, 17, 0, tzinfo=SHANGHAI)),
    ("25分钟前", datetime(2026, 11, 22, 19, 35, tzinfo=SHANGHAI)),
    ("昨天 08:00", datetime(2026, 11, 21, 8, 0, tzinfo=SHANGHAI)),
    ("今天 10:21", datetime(2026, 11, 22, 10, 21, tzinfo=SHANGHAI)),
    ("2天前", datetime(2026, 11, 20, tzinfo=SHANGHAI)),  # the day only
    ("刚刚", datetime(2026, 11, 22, 20, 0, tzinfo=SHANGHAI)),
    # in Traditional characters
    ("3小時前", datetime(2026, 11, 22, 17, 0, tzinfo=SHANGHAI)), ("25分鐘前", datetime(2026, 11, 22, 19, 35, tzinfo=SHANGHAI)),
    ("今天 21:30", None),  # after the fetch
    ("2024年3小时前", None), ("近3小时前往现场", None), ("昨天下午", None), ("今天天气晴", None),
    ("刚刚，国务院发布重要通知", None),  # a kicker, not a time
])
def test_a_time_told_relative_to_the_fetch(line: str, expected: datetime | None) -> None:
    assert relative_time(line, NOW) == expected


BAIJIAHAO_URL = "https://baijiahao.baidu.com/s?id=1646796218135408573"


@pytest.mark.parametrize("text, known, expected", [
    ("发布时间：18-03-08 23:16", [], datetime(2018, 3, 8, 23, 16, tzinfo=SHANGHAI)),  # 百家号, an earlier year
    ("发表于 18-3-8", [], datetime(2018, 3, 8, tzinfo=SHANGHAI)),
    # This year's posts show no year: it is that of a known date of the same day (a meta tag)...
    ("发布时间：10-08 12:00", [datetime(2019, 10, 8, 12, 0, 57, tzinfo=SHANGHAI)], datetime(2019, 10, 8, 12, 0, tzinfo=SHANGHAI)),
    # ...never of one of another day; then the fetch's year, or the year before when that is later.
    ("发布时间：10-08 12:00", [datetime(2019, 10, 9, tzinfo=SHANGHAI)], datetime(2026, 10, 8, 12, 0, tzinfo=SHANGHAI)),
    ("发布时间：12-30", [], datetime(2025, 12, 30, tzinfo=SHANGHAI)),
    ("发布时间：2019-10-08", [], None),  # a full date is parse_chinese_datetime's
    ("10-08 12:00", [], None),  # unlabelled: could be anything
    ("发布时间：02-30", [], None),  # no such day
    ("发布时间：27-01-08", [], None),  # the future
])
def test_a_labelled_short_date_takes_its_century_or_its_year(text: str, known: list[datetime],
                                                             expected: datetime | None) -> None:
    assert parse_short_labelled_date(text, BAIJIAHAO_URL, NOW, known) == expected


def test_wechats_script_time_is_read_and_a_future_one_refused() -> None:
    # As WeChat's article page writes it, among its other variables.
    script = 'var nickname = "绥德退役军人";\n    var ct = "1659274471";\n    var publish_time = "" || "";'
    assert script_published_time(["var biz = \"MzAxMzgxNzUxOA==\";", script], NOW) == datetime(2022, 7, 31, 21, 34, 31,
                                                                                                tzinfo=SHANGHAI)
    future = int((NOW + timedelta(days=30)).timestamp())
    assert script_published_time([f'var ct = "{future}";'], NOW) is None
    assert script_published_time(["var ct = cts.length;"], NOW) is None
    assert script_published_time(['var ct = "0000000000";'], NOW) is None  # the epoch: no time set


def test_a_days_time_is_taken_from_the_scripts_publication_time_of_that_day() -> None:
    day = datetime(2024, 5, 22, tzinfo=SHANGHAI)
    json_ld = '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-05-22T00:21:04.000Z"}'
    assert time_of_day_in_scripts(["var a = 1;", json_ld], day, NOW) == datetime(2024, 5, 22, 8, 21, 4, tzinfo=SHANGHAI)
    # A list of other articles' times first: the page's day decides.
    listed = '{"items":[{"publishDate":"2024-05-09 10:00:00"},{"publishDate":"2024-05-22 08:21:04"}]}'
    assert time_of_day_in_scripts([listed], day, NOW) == datetime(2024, 5, 22, 8, 21, 4, tzinfo=SHANGHAI)
    # Another day only, or a day without its time, gives nothing.
    assert time_of_day_in_scripts(['{"pubDate":"2024-05-21T23:00:00"}', '{"pubtime":"2024-05-22"}'], day, NOW) is None
