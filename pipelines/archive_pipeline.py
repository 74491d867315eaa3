"""The Scrapy item pipeline: processes each fetched page with the pure processing function
and stores the record in the archive. It also writes the run's `crawl_runs` row."""
from __future__ import annotations

import logging
from urllib.parse import urlsplit

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider

from archive import Archive, ArchiveError
from archive.db import safe_url
from archive.runs import HealthThresholds, RunCounts, finish_run, start_run
from archive.store import RawResponse, register_source, save_page, utcnow
from pipelines.process import failed_fetch_record, process_page

logger = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.database_url: str = crawler.settings.get("ARCHIVE_DATABASE_URL")
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.counts = RunCounts()
        settings = crawler.settings
        self.thresholds = HealthThresholds(max_error_rate=settings.getfloat("HEALTH_MAX_ERROR_RATE"),
                                           history_runs=settings.getint("HEALTH_HISTORY_RUNS"),
                                           productive_runs=settings.getint("HEALTH_PRODUCTIVE_RUNS"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        try:
            self.archive = Archive.open(self.database_url)
        except ArchiveError as exc:
            logger.error("archive unavailable: %s", exc)
            raise CloseSpider("archive_unavailable") from None
        spider = self.crawler.spider
        with self.archive.session() as session:
            self.run_id = start_run(session, spider.name, dict(getattr(spider, "arguments", {})))
            # Registered sources are named and ranked by the registry, not by their pages.
            for source in getattr(spider, "sources", []):
                for domain in source.domains:
                    register_source(session, domain, source.title, source.kind, utcnow(), source.region)
        logger.info("archiving to %s as crawl run %d", safe_url(self.database_url), self.run_id)

    def process_item(self, item):
        fetched = ItemAdapter(item)
        if fetched["status"] is None:
            record = failed_fetch_record(fetched["url"], fetched["fetched_at"], fetched["failure"])
            raw = None
        else:
            record = process_page(fetched["url"], fetched["body"], fetched["headers"], fetched["fetched_at"],
                                  status=fetched["status"])
            raw = RawResponse(body=fetched["body"], headers=fetched["headers"])
        assert self.archive is not None
        with self.archive.session() as session:
            outcome = save_page(session, record, raw, self.run_id)
        self.counts.add(urlsplit(record.url).hostname or "", outcome, record.error)
        stats = self.crawler.stats
        stats.inc_value(f"archive/pages/{record.kind}")
        stats.inc_value(f"archive/outcome/{outcome.value}")
        return item

    def spider_closed(self, spider, reason: str) -> None:
        if self.archive is None or self.run_id is None:
            return
        status = "finished" if reason == "finished" else "failed"
        with self.archive.session() as session:
            flags = finish_run(session, self.run_id, status=status, finish_reason=reason, counts=self.counts,
                               thresholds=self.thresholds)
        counts = self.counts
        logger.info("crawl run %d %s: %d pages, %d new articles, %d duplicates, %d errors", self.run_id, status,
                    counts.pages_fetched, counts.articles_new, counts.duplicates, sum(counts.errors_by_kind.values()))
        for flag in flags:
            logger.warning("crawl run %d flagged: %s", self.run_id, flag)
        self.archive.close()
