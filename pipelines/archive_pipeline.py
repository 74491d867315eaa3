"""The Scrapy item pipeline: processes each fetched page with the pure processing function
and stores the record in the archive. It also writes the run's `crawl_runs` row."""
from __future__ import annotations

import logging
from collections import Counter

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider

from archive import Archive, ArchiveError
from archive.db import safe_url
from archive.store import Outcome, RawResponse, finish_run, register_source, save_page, start_run, utcnow
from pipelines.process import failed_fetch_record, process_page

logger = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.database_url: str = crawler.settings.get("ARCHIVE_DATABASE_URL")
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.outcomes: Counter[str] = Counter()
        self.errors_by_kind: Counter[str] = Counter()

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
                    register_source(session, domain, source.title, source.kind, utcnow())
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
        self.outcomes[outcome.value] += 1
        self.outcomes["pages"] += 1
        if record.error:
            self.errors_by_kind[record.error.split(":", 1)[0]] += 1
        stats = self.crawler.stats
        stats.inc_value(f"archive/pages/{record.kind}")
        stats.inc_value(f"archive/outcome/{outcome.value}")
        return item

    def spider_closed(self, spider, reason: str) -> None:
        if self.archive is None or self.run_id is None:
            return
        status = "finished" if reason == "finished" else "failed"
        with self.archive.session() as session:
            finish_run(session, self.run_id, status=status, finish_reason=reason,
                       pages_fetched=self.outcomes["pages"], articles_new=self.outcomes[Outcome.NEW_ARTICLE.value],
                       duplicates=self.outcomes[Outcome.DUPLICATE.value], errors_by_kind=dict(self.errors_by_kind))
        logger.info("crawl run %d %s: %d pages, %d new articles, %d duplicates, %d errors", self.run_id, status,
                    self.outcomes["pages"], self.outcomes[Outcome.NEW_ARTICLE.value],
                    self.outcomes[Outcome.DUPLICATE.value], sum(self.errors_by_kind.values()))
        self.archive.close()
