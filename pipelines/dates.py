"""Publication dates of Chinese pages: from CMS meta tags, then from the labelled visible line.

trafilatura's extensive date search is kept off: it takes years from copyright footers and
dates from links to other articles. Times are Asia/Shanghai unless the page gives an offset.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

# Meta tags carrying the publication time, most specific first (gov CMS, Open Graph, others).
DATE_META_NAMES = (
    "pubdate", "publishdate", "article:published_time", "og:article:published_time", "og:release_date",
    "publish_time", "publication_date", "firstpublishedtime", "dc.date.issued", "dc.date", "date",
)

_DATE = r"(?P<year>(?:19|20)\d{2})\s*[-/年.]\s*(?P<month>\d{1,2})\s*[-/月.]\s*(?P<day>\d{1,2})\s*日?"
_TIME = r"(?:\s*T?\s*(?P<hour>\d{1,2})\s*[:：时]\s*(?P<minute>\d{1,2})(?:\s*[:：分]\s*(?P<second>\d{1,2}))?)?"
_OFFSET = r"(?P<offset>Z|[+-]\d{2}:?\d{2})?"
DATE_PATTERN = re.compile(_DATE + _TIME + _OFFSET)
# A visible line that states the page's own publication time.
LABELLED_DATE_PATTERN = re.compile(r"(?:发布|发表|发文|成文|更新|印发)?(?:时间|日期)\s*[:：]?\s*" + _DATE + _TIME)


def parse_chinese_datetime(text: str, *, labelled: bool = False, now: datetime | None = None) -> datetime | None:
    """The first plausible date in text, timezone-aware; None if there is none or it lies in the future."""
    pattern = LABELLED_DATE_PATTERN if labelled else DATE_PATTERN
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
        return datetime.fromisoformat(value.isoformat() + ("+00:00" if offset == "Z" else offset))
    return value.replace(tzinfo=SHANGHAI)
