"""Duplicate-request filtering that leaves 'fetched before?' to the archive."""
from __future__ import annotations

from scrapy.dupefilters import RFPDupeFilter


class ProcessDupeFilter(RFPDupeFilter):
    """Unique requests within one crawl process; nothing is carried across processes.

    Scrapy's JOBDIR keeps every fingerprint it ever scheduled, including requests that were in
    flight when a crawl was killed and were never archived: resumed, that crawl would never fetch
    them. Across runs and resumes the archive decides instead (crawler.middlewares.IncrementalMiddleware:
    archived articles are skipped, other archived pages re-checked with conditional requests).
    """

    @classmethod
    def from_crawler(cls, crawler):
        return cls(None, crawler.settings.getbool("DUPEFILTER_DEBUG"), fingerprinter=crawler.request_fingerprinter)
