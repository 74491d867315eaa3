"""The item pipeline: stores each processed page through the crawl's archive writer and waits for
the write, so that Scrapy's bound on responses in flight is also the bound on pages not yet
stored (back-pressure: when the archive stalls, downloading pauses)."""
from __future__ import annotations

import asyncio
import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, NotConfigured

from archive import ArchiveError
from crawler.archiving import CrawlArchive, PageNotStored
from crawler.feeds import exported_page
from pipelines.record import ProcessedPage

logger = logging.getLogger(__name__)

# The finish reason of a crawl closed because its archive stopped answering.
ARCHIVE_UNAVAILABLE = "archive_unavailable"


class ArchivePipeline:
    def __init__(self, crawler: Crawler, archive: CrawlArchive):
        self.crawler = crawler
        self.archive = archive
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        archive = crawler.get_extension(CrawlArchive)
        if archive is None:
            raise NotConfigured("the archive pipeline needs the CrawlArchive extension (crawler.addon.ArchiveAddon)")
        return cls(crawler, archive)

    async def open_spider(self) -> None:
        try:
            await self.archive.open()
        except ArchiveError as exc:
            logger.error("archive unavailable: %s", exc)
            raise CloseSpider(ARCHIVE_UNAVAILABLE) from None

    async def process_item(self, item):
        if not isinstance(item, ProcessedPage):
            return item
        stats = self.crawler.stats
        try:
            stored = await self.archive.store(item)
        except PageNotStored as exc:
            stats.inc_value("archive/not_stored")
            if exc.unavailable and not self.closing:
                self.closing = True
                logger.warning("closing the crawl: the archive did not answer within ARCHIVE_RETRY_SECONDS (%s)", exc)
                asyncio.ensure_future(self.crawler.engine.close_spider_async(reason=ARCHIVE_UNAVAILABLE))
            return item
        stats.inc_value(f"archive/pages/{item.record.kind}")
        stats.inc_value(f"archive/outcome/{stored.outcome.value}")
        # What feed exports (-O FILE) write: the processed page and its place in the archive.
        return exported_page(item, stored.page) if stored.page is not None else item
