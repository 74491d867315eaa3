"""Publication dates of Chinese pages: from CMS meta tags, then from the labelled visible line.

trafilatura's extensive date search is kept off: it takes years from copyright footers and
dates from links to other articles. Times are Asia/Shanghai unless the page gives an offset.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

# How precisely a publication time is known. Pages state a day, a minute or a second; a time that
# falls at 00:00:00 China time is taken as a day stated without a time (which is how parsers, CMS
# meta tags and this module's own patterns represent one).
DAY, MINUTE, SECOND = "day", "minute", "second"


def precision_of(at: datetime) -> str:
    local = at.astimezone(SHANGHAI)
    if local.second or local.microsecond:
        return SECOND
    return MINUTE if local.hour or local.minute else DAY


def same_day(one: datetime, other: datetime) -> bool:
    """Whether two times fall on one day of China's calendar."""
    return one.astimezone(SHANGHAI).date() == other.astimezone(SHANGHAI).date()


# Meta tags carrying the publication time, most specific first (gov CMS, Open Graph, news sitemaps'
# and schema.org's names, 凤凰网's og:time, then the vaguer Dublin Core ones). Not sina's
# "weibo: article:create_at" (when the story was created in the CMS, minutes to hours before the time
# the page shows) nor 腾讯's apub:time (hours after the time its page shows and its pubtime says).
DATE_META_NAMES = (
    "pubdate", "publishdate", "article:published_time", "og:article:published_time", "og:release_date",
    "publish_time", "publication_date", "firstpublishedtime", "news:published_time", "datepublished",
    "og:time", "dcterms.issued", "dc.date.issued", "dc.date", "date",
)

_DATE = r"(?P<year>(?:19|20)\d{2})\s*[-/年.]\s*(?P<month>\d{1,2})\s*[-/月.]\s*(?P<day>\d{1,2})\s*日?"
# gov.cn's CMS joins date and time with a hyphen (firstpublishedtime "2007-08-20-23:59:59"): read
# as an offset, "-23:59" would move the page to the next day.
# Fractions of a second are skipped, so that the offset after them is read ("…T00:21:04.000Z", as
# JavaScript writes times: read without its Z, the time would be taken as China's, 8 hours off).
# A weekday may stand between the day and the time ("2024-02-23 星期五 10:21", "2024年2月23日 周五 10:21").
_TIME = (r"(?:(?:\s*(?:星期|礼拜|周)[一二三四五六日天])?"
         r"\s*[T-]?\s*(?P<hour>\d{1,2})\s*[:：时]\s*(?P<minute>\d{1,2})(?:\s*[:：分]\s*(?P<second>\d{1,2})(?:\.\d{1,9})?)?)?")
_OFFSET = r"(?P<offset>Z|[+-]\d{2}:?\d{2})?"
DATE_PATTERN = re.compile(_DATE + _TIME + _OFFSET)
# A label, not a sentence: 时间 or 发表于 right after another word is prose telling of an event
# ("莫斯科时间1967年4月23日凌晨", "北京时间9月10日", "该论文发表于2019年"), not the page's date.
_NOT_AFTER_A_WORD = r"(?<![\u4e00-\u9fff])"
_DATE_LABEL = (r"(?:(?:发布|发表|发文|发稿|成文|更新|印发|创建|" + _NOT_AFTER_A_WORD + r")(?:时间|日期)\s*[:：]?|"
               + _NOT_AFTER_A_WORD + r"(?:发表|发布|更新)于)\s*")
# A visible line that states the page's own publication time...
LABELLED_DATE_PATTERN = re.compile(_DATE_LABEL + _DATE + _TIME)
# ...and, first, the labels of its publication: a 政府信息公开 table gives the document's 成文日期 (and
# 印发日期) before its 发布日期, and a page its 更新时间 beside its 发布时间.
_PUBLICATION_DATE_LABEL = (r"(?:(?:发布|发表|发文|发稿|" + _NOT_AFTER_A_WORD + r")(?:时间|日期)\s*[:：]?|"
                           + _NOT_AFTER_A_WORD + r"(?:发表|发布)于)\s*")
PUBLICATION_DATE_PATTERN = re.compile(_PUBLICATION_DATE_LABEL + _DATE + _TIME)
# The same with a two-digit year or none, as platforms print them under the headline (百家号's
# "发布时间：18-03-08" and, for this year's posts, "发布时间：10-08"; forums' "发表于 18-3-8"). Only
# labelled: "10-08" alone could be anything.
LABELLED_SHORT_DATE = re.compile(_DATE_LABEL + r"(?:(?P<year>\d{2})[-/.])?(?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"
                                 r"(?![\d/.-])" + _TIME)
# A time of day alone, in the element after such a date.
BARE_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")


# ASP.NET's en-US default, left on by old Chinese sites served from English-locale IIS:
# "发布日期： 9/17/2004 5:54:13 AM". Only with AM/PM: without it day and month could be either way.
US_DATETIME = re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d{2})\s+(?P<hour>\d{1,2}):"
                         r"(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<half>[AP]M)\b")


def _us_as_iso(match: re.Match[str]) -> str:
    hour = int(match["hour"]) % 12 + (12 if match["half"] == "PM" else 0)
    return (f"{match['year']}-{match['month']}-{match['day']} {hour}:{match['minute']}"
            + (f":{match['second']}" if match["second"] else ""))


# A date written in Chinese numerals, as official documents sign off: "二〇二四年三月五日".
CHINESE_NUMERAL_DATE = re.compile(r"(?P<year>[〇零一二三四五六七八九]{4})\s*年\s*(?P<month>[一二三四五六七八九十]{1,2})\s*月"
                                  r"\s*(?P<day>[一二三四五六七八九十]{1,3})\s*日")
_CHINESE_DIGITS = {char: value for value, char in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _chinese_number(numerals: str) -> int:
    """一 … 九十九, as months and days are written: 十 = 10, 十五 = 15, 二十 = 20, 三十一 = 31."""
    if "十" not in numerals:
        return _CHINESE_DIGITS[numerals]
    tens, _, units = numerals.partition("十")
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0)


def _in_digits(match: re.Match[str]) -> str:
    year = "".join(str(_CHINESE_DIGITS[char]) for char in match["year"])
    return f"{year}年{_chinese_number(match['month'])}月{_chinese_number(match['day'])}日"


def parse_chinese_datetime(text: str, *, labelled: bool = False, published: bool = False,
                           now: datetime | None = None) -> datetime | None:
    """The first plausible date in text, timezone-aware; None if there is none or it lies in the future.
    `labelled`: only a date under a label (LABELLED_DATE_PATTERN); `published`: only under a label of
    publication (PUBLICATION_DATE_PATTERN)."""
    pattern = PUBLICATION_DATE_PATTERN if published else LABELLED_DATE_PATTERN if labelled else DATE_PATTERN
    if "M" in text:
        text = US_DATETIME.sub(_us_as_iso, text)
    if "年" in text:
        text = CHINESE_NUMERAL_DATE.sub(_in_digits, text)
    for match in pattern.finditer(text):
        found = _to_datetime(match)
        if found is not None and (now is None or found <= now + timedelta(days=1)):
            return found
    return None


def _to_datetime(match: re.Match[str]) -> datetime | None:
    parts = match.groupdict()
    try:
        value = datetime(
            int(parts["year"]), int(parts["month"]), int(parts["day"]),
            int(parts["hour"] or 0), int(parts["minute"] or 0), int(parts["second"] or 0),
        )
    except ValueError:
        return None
    offset = parts.get("offset")
    if offset:
        value = datetime.fromisoformat(value.isoformat() + ("+00:00" if offset == "Z" else offset))
    return _unless_placeholder(value if offset else value.replace(tzinfo=SHANGHAI))


# The days a CMS writes when it has no date: the Unix epoch (1970-01-01 08:00 in China's time, also
# a script's "0000000000") and the day zero of SQL Server and Excel.
PLACEHOLDER_DAYS = frozenset({date(1970, 1, 1), date(1900, 1, 1)})


def _unless_placeholder(found: datetime) -> datetime | None:
    return None if found.astimezone(SHANGHAI).date() in PLACEHOLDER_DAYS else found


# A template that keeps the time out of the page and in a script: WeChat's article page
# (mp.weixin.qq.com, where bureaus and newspapers publish as 公众号) shows 昨天, 前天 or nothing,
# and sets `var ct = "1659274471"`, the publication time in Unix seconds.
SCRIPT_UNIX_TIME = re.compile(r'\bvar\s+ct\s*=\s*"(?P<seconds>\d{10})"')


def script_published_time(scripts: Iterable[str], now: datetime) -> datetime | None:
    """The publication time a page's scripts set, unless it lies in the future."""
    for script in scripts:
        if match := SCRIPT_UNIX_TIME.search(script):
            found = _unless_placeholder(datetime.fromtimestamp(int(match["seconds"]), SHANGHAI))
            return found if found is not None and found <= now + timedelta(days=1) else None
    return None


# The publication time that pages' scripts state for search engines and their own front ends:
# schema.org's JSON-LD "datePublished", Baidu's 熊掌号 JSON-LD "pubDate", portals' page data ("pubtime":
# 腾讯, 中新网; "publishDate"). A script may list other articles' times too, so one is used only to
# give a time to a day found otherwise (`time_of_day_in_scripts`).
SCRIPT_DATE = re.compile(r'"(?:datePublished|pubDate|pubtime|publishDate|publish_time)"\s*:\s*"(?P<value>[^"]{8,40})"')


def time_of_day_in_scripts(scripts: Iterable[str], day: datetime, now: datetime) -> datetime | None:
    """The first publication time the scripts state on `day` (China's calendar), if any."""
    for script in scripts:
        for match in SCRIPT_DATE.finditer(script):
            found = parse_chinese_datetime(match["value"], now=now)
            if found is not None and precision_of(found) != DAY and same_day(found, day):
                return found
    return None


# Days that CMSs write into an article's address without the separators htmldate's URL search
# needs: TRS's document file t20240223_4346.html (gov.cn's ministries, provincial and city portals,
# ce.cn, cnr.cn), a day folder /20240223/ (news.cn, cnr.cn), /2024/0223/ (people.com.cn's
# /n1/2024/0223/c1010-…), /202402/23/ (ce.cn, chinadaily.com.cn). Longer runs of digits are
# article numbers that may only begin with a date (eastmoney's /a/202402232999.html), and are not read.
URL_COMPACT_DATES = (
    re.compile(r"/t(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})_\d+\.\w+$"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})/"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{2})(?P<day>\d{2})/"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<month>\d{2})/(?P<day>\d{2})/"),
)


def url_compact_date(path: str, now: datetime) -> datetime | None:
    """The day an article's address path states in one of URL_COMPACT_DATES' forms, if it is a
    real day and not after `now`."""
    for pattern in URL_COMPACT_DATES:
        if match := pattern.search(path):
            try:
                found = datetime(int(match["year"]), int(match["month"]), int(match["day"]), tzinfo=SHANGHAI)
            except ValueError:
                continue
            if found <= now:
                return found
    return None


# A time told relative to the moment the page was served, as news apps and platforms print it under
# the headline ("3小时前", "25分钟前", "昨天 08:00", "今天 10:21", "刚刚"): read against the fetch time.
# Days ago give the day only; 刚刚 only alone, not opening a kicker ("刚刚，国务院发布…"). A page in Traditional
# characters writes 3小時前, 25分鐘前, 剛剛.
RELATIVE_TIME = re.compile(r"(?<![\d\u4e00-\u9fff])(?:(?P<count>\d{1,2})\s*(?:(?P<minutes>分钟|分鐘)|(?P<hours>小时|小時)|天)前|"
                           r"(?P<day>今天|昨天|前天)\s*(?P<hour>\d{1,2})[:：](?P<minute>\d{2})|(?P<now>刚刚|剛剛)(?=\s|$|[|｜/]))")
_DAYS_BACK = {"今天": 0, "昨天": 1, "前天": 2}


def relative_time(text: str, now: datetime) -> datetime | None:
    """The time a line states relative to `now` (RELATIVE_TIME), in China time; None if it states none
    or one after `now` (今天 10:21 fetched at 08:00)."""
    match = RELATIVE_TIME.search(text)
    if not match:
        return None
    local_now = now.astimezone(SHANGHAI).replace(second=0, microsecond=0)
    if match["now"]:
        return local_now
    if match["day"]:
        day = local_now - timedelta(days=_DAYS_BACK[match["day"]])
        try:
            found = day.replace(hour=int(match["hour"]), minute=int(match["minute"]))
        except ValueError:
            return None
        return found if found <= local_now else None
    count = int(match["count"])
    if match["minutes"]:
        return local_now - timedelta(minutes=count)
    if match["hours"]:
        return local_now - timedelta(hours=count)
    return (local_now - timedelta(days=count)).replace(hour=0, minute=0)


YEARLESS_DATE = re.compile(r"^(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
URL_YEAR = re.compile(r"/((?:19|20)\d{2})(?:[-/_]?\d{2})")


def resolve_yearless_date(text: str, url: str, now: datetime) -> datetime | None:
    """'2月15日山东省政府新闻办举行…' at the start of the text: the year from the URL path
    (/2023/0216/, /2023-02-15/), else the latest year that does not put the date in the future."""
    match = YEARLESS_DATE.match(text)
    return _in_likely_year(int(match["month"]), int(match["day"]), (0, 0, 0), url, now) if match else None


def parse_short_labelled_date(text: str, url: str, now: datetime, known: Iterable[datetime] = ()) -> datetime | None:
    """A labelled date with a two-digit year (20xx) or none. A missing year is that of a `known`
    date of the same day (百家号 keeps the full time in a dateUpdate meta), else as
    `resolve_yearless_date` finds it."""
    match = LABELLED_SHORT_DATE.search(text)
    if not match:
        return None
    month, day = int(match["month"]), int(match["day"])
    clock = (int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0))
    if not match["year"]:
        return _in_likely_year(month, day, clock, url, now, known)
    try:
        found = datetime(2000 + int(match["year"]), month, day, *clock, tzinfo=SHANGHAI)
    except ValueError:
        return None
    return found if found <= now + timedelta(days=1) else None


def _in_likely_year(month: int, day: int, clock: tuple[int, int, int], url: str, now: datetime,
                    known: Iterable[datetime] = ()) -> datetime | None:
    """The day in the year of a known date of that day, else of the URL's path, else the latest
    year that does not put it after `now`."""
    local_now = now.astimezone(SHANGHAI)
    in_url = URL_YEAR.search(url)
    stated_year = next((at.year for at in (each.astimezone(SHANGHAI) for each in known) if (at.month, at.day) == (month, day)),
                       int(in_url[1]) if in_url else None)
    try:
        if stated_year:
            return datetime(stated_year, month, day, *clock, tzinfo=SHANGHAI)
        found = datetime(local_now.year, month, day, *clock, tzinfo=SHANGHAI)
        return found if found <= local_now else found.replace(year=local_now.year - 1)
    except ValueError:
        return None
