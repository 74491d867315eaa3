"""Incremental crawling: what the archive already holds is not fetched again.

- A URL archived as an article is skipped, unless the spider's refetch policy (`-a refetch=7d`)
  says its copy is old enough to check again, or it is an entry page (a start URL, a registered
  list or feed, their pagination): those are fetched every run, conditionally, whatever kind they
  were archived as, so that a list once taken for an article still leads to new articles.
- Any other archived page (lists, feeds, sitemaps) is fetched with a conditional request
  (If-None-Match / If-Modified-Since from the validators its last response sent). A 304 leaves
  the archived copy as it is, and the spider is handed that copy (flagged "not_modified") so it
  still follows its links: an unchanged home page can lead to a changed list page.
"""
from __future__ import annotations

import logging
from datetime import UTC, datetime

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.httpobj import urlparse_cached

from crawler.archiving import CrawlArchive
from crawler.meta import ENTRY_PAGE, NOT_MODIFIED
from pipelines.record import PageKind

logger = logging.getLogger(__name__)


class IncrementalMiddleware:
    """Asks the crawl's archive (its lookup thread, never the reactor) what it holds for each URL."""

    def __init__(self, crawler: Crawler, archive: CrawlArchive):
        self.crawler = crawler
        self.archive = archive

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        if not crawler.settings.getbool("INCREMENTAL_ENABLED"):
            raise NotConfigured
        archive = crawler.get_extension(CrawlArchive)
        if archive is None:
            raise NotConfigured("incremental crawling needs the CrawlArchive extension (crawler.addon.ArchiveAddon)")
        return cls(crawler, archive)

    async def process_response(self, request: Request, response: Response, spider=None) -> Response:
        if response.status != 304:
            return response
        archived = await self.archive.archived_response(request.url)
        if archived is None:
            return response
        headers, body = archived
        self.crawler.stats.inc_value("incremental/not_modified")
        respcls = responsetypes.from_args(headers=Headers(headers), url=request.url, body=body)
        return respcls(url=request.url, status=200, headers=Headers(headers), body=body, request=request,
                       flags=[NOT_MODIFIED])

    async def process_request(self, request: Request, spider=None) -> None:
        if request.meta.get("incremental_checked"):
            return None
        request.meta["incremental_checked"] = True
        known = await self.archive.known_page(request.url)
        if known is None:
            return None
        stats = self.crawler.stats
        if known.kind == PageKind.ARTICLE and not request.meta.get(ENTRY_PAGE):
            refetch_after = getattr(self.crawler.spider, "refetch_after", None)
            if refetch_after is None or datetime.now(UTC) - known.fetched_at < refetch_after:
                stats.inc_value("incremental/skipped_archived_article")
                raise IgnoreRequest(f"archived article: {request.url}")
            stats.inc_value("incremental/refetched_article")
            return None
        if known.etag:
            request.headers.setdefault(b"If-None-Match", known.etag)
        if known.last_modified:
            request.headers.setdefault(b"If-Modified-Since", known.last_modified)
        if known.etag or known.last_modified:
            stats.inc_value("incremental/conditional_request")
        return None


class SourceBudgetMiddleware:
    """`max_pages` of a registered source: at most that many of its pages are downloaded in one run.
    Counted where a request is about to be downloaded — after the duplicate filter, the skip of
    archived articles and robots.txt — so that repeated URLs and skipped articles cost nothing; a
    retry is the same page. Requests beyond the budget are dropped unrecorded, as off-site ones are."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.downloaded: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceBudgetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider=None) -> None:
        if request.meta.get("dont_obey_robotstxt") or request.meta.get("retry_times"):
            return None  # robots.txt itself, or a page counted when first tried
        hosts = getattr(self.crawler.spider, "source_of_host", {})
        source = hosts.get(urlparse_cached(request).hostname or "")
        if source is None or source.max_pages is None:
            return None
        done = self.downloaded.get(source.name, 0)
        if done >= source.max_pages:
            if done == source.max_pages:
                logger.info("source %s reached max_pages (%d): no more pages of it this run", source.name, done)
                self.downloaded[source.name] = done + 1
            self.crawler.stats.inc_value("budget/dropped")
            raise IgnoreRequest(f"source {source.name} reached max_pages")
        self.downloaded[source.name] = done + 1
        return None

