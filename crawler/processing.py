"""Page processing off the reactor: the spider awaits `Processing.process(fetched)`, which runs
`pipelines.ingest.process_fetched` in a pool of worker processes (PROCESSING_WORKERS, one per
core by default) with a time budget per page (PROCESSING_TIMEOUT). A page over its budget, or
whose worker dies, becomes an `unprocessable` page with the reason; the crawl goes on.

PROCESSING_WORKERS=0 processes in a thread of the crawl process instead, for debugging (a
debugger or profiler sees the processing; the time budget is not enforced there).
"""
from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings

from crawler.workers import WorkerPool, resolve
from pipelines.record import Fetched, ProcessedPage, unprocessable

logger = logging.getLogger(__name__)

# What the workers run, by name: the crawl process itself never imports the processing libraries.
PROCESS = "pipelines.ingest:process_fetched"
PREPARE = "pipelines.ingest:load_processing"


def processing_settings(settings: BaseSettings) -> tuple[int, float]:
    """(workers, timeout) from the settings; ValueError with one readable line when malformed."""
    raw_workers, raw_timeout = settings.get("PROCESSING_WORKERS"), settings.get("PROCESSING_TIMEOUT")
    try:
        workers = (os.cpu_count() or 1) if raw_workers in (None, "") else int(raw_workers)
    except (TypeError, ValueError):
        raise ValueError(f"PROCESSING_WORKERS must be a whole number of processes (0: in the crawl process), "
                         f"not {raw_workers!r}") from None
    try:
        timeout = float(raw_timeout)
    except (TypeError, ValueError):
        raise ValueError(f"PROCESSING_TIMEOUT must be a number of seconds, not {raw_timeout!r}") from None
    if workers < 0:
        raise ValueError(f"PROCESSING_WORKERS must not be negative, not {raw_workers!r}")
    if not timeout > 0:
        raise ValueError(f"PROCESSING_TIMEOUT must be a positive number of seconds, not {raw_timeout!r}")
    return workers, timeout


class Processing:
    def __init__(self, crawler: Crawler, workers: int, timeout: float):
        self.crawler = crawler
        self.workers, self.timeout = workers, timeout
        self._pool: WorkerPool[Fetched, ProcessedPage] | None = None
        self._thread: ThreadPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Processing:
        processing = cls(crawler, *processing_settings(crawler.settings))
        crawler.signals.connect(processing.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(processing.spider_closed, signal=signals.spider_closed)
        return processing

    def spider_opened(self, spider) -> None:
        if self.workers:
            self._pool = WorkerPool(PROCESS, unprocessable, workers=self.workers, timeout=self.timeout, prepare=PREPARE,
                                    describe=lambda fetched: fetched.url)
            logger.info("processing pages in %d worker processes, at most %g s a page", self.workers, self.timeout)
        else:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="processing")
            logger.info("processing pages in the crawl process (PROCESSING_WORKERS=0); no time budget")

    async def spider_closed(self, spider) -> None:
        # Stopping the workers waits for them: not on the reactor thread.
        if self._pool is not None:
            self.crawler.stats.set_value("processing/workers_replaced", self._pool.replaced)
            await asyncio.to_thread(self._pool.close)
        if self._thread is not None:
            await asyncio.to_thread(self._thread.shutdown)

    def submit(self, fetched: Fetched) -> Future[ProcessedPage]:
        if self._pool is not None:
            return self._pool.submit(fetched)
        assert self._thread is not None, "processing before the spider opened"
        return self._thread.submit(resolve(PROCESS), fetched)

    async def process(self, fetched: Fetched) -> ProcessedPage:
        processed = await asyncio.wrap_future(self.submit(fetched))
        self.crawler.stats.inc_value("processing/pages")
        if processed.worker_pid is not None and processed.worker_pid != os.getpid():
            self.crawler.stats.inc_value("processing/pages_in_workers")
        return processed
