"""One archive per crawl process: one engine, one writer thread, one lookup thread.

- Every write of the crawl (pages, the run's row, its sources) goes through `ArchiveWriter`, a
  thread that commits pages in batches of whatever is queued when it turns to the queue, up to
  ARCHIVE_BATCH_PAGES: one page at a time when they trickle in, group commits when they pour in
  (pages arrive while the last batch commits). No SQL runs on the reactor.
- The incremental decisions (is this URL an archived article? its validators?) are read by
  `ArchiveLookups`, a thread that answers all the questions waiting at once with one query.
- Both wait out a database that stops answering (a restart, an outage) with back-off for up to
  ARCHIVE_RETRY_SECONDS; meanwhile the pages wait, and since the item pipeline awaits each page's
  write, Scrapy stops downloading once its in-flight responses reach their bound, and resumes when
  the writes go through. Pages still not stored after the window are counted, the run is failed and
  the spider closed.
"""
from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from sqlalchemy.orm import Session

from archive import Archive, ArchiveError
from archive.db import describe_connection_error, is_transient, safe_url
from archive.queries import KnownPage, StoredPage, archived_response, known_pages, stored_page
from archive.runs import (
    FAILED,
    INTERRUPTED,
    HealthThresholds,
    RunCounts,
    finish_run,
    other_workers_counts,
    record_progress,
    run_status,
    start_run,
)
from archive.store import Outcome, register_source, save_page, utcnow
from crawler.robots import UNREACHABLE_STAT
from pipelines.record import ProcessedPage

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Back-off while the database does not answer: from half a second, doubling, at most ten seconds
# apart, so a restart costs little and a long outage is not hammered.
FIRST_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 10.0
# Questions answered with one query at most; SQLite allows far more bound parameters, but a longer
# IN list stops paying.
LOOKUP_BATCH = 500

_STOP = object()


class ArchiveUnavailable(Exception):
    """The database did not answer within the retry window; the message says what it last said."""


class PageNotStored(Exception):
    def __init__(self, reason: str, *, unavailable: bool):
        super().__init__(reason)
        self.unavailable = unavailable  # the database was not answering, rather than refusing this page


class Retrier:
    """Runs database operations, waiting out transient errors with back-off for up to `window`
    seconds. Once an outage has outlasted the window, each operation gets a single try until one
    succeeds (the crawl is closing by then and should not wait a window per page), unless it is
    `patient`: the run's own row is always given the whole window."""

    def __init__(self, window: float, what: str):
        self.window, self.what = window, what
        self.outage_since: float | None = None
        self.gave_up = False

    def __call__(self, operation: Callable[[], T], *, patient: bool = False) -> T:
        deadline = time.monotonic() + (self.window if patient or not self.gave_up else 0.0)
        delay = FIRST_RETRY_DELAY
        while True:
            try:
                result = operation()
            except Exception as exc:
                if not is_transient(exc):
                    raise
                reason = describe_connection_error(exc)
                if self.outage_since is None:
                    self.outage_since = time.monotonic()
                    logger.warning("archive unavailable to the %s (%s): retrying for up to %g s", self.what, reason,
                                   self.window)
                if time.monotonic() + delay > deadline:
                    self.gave_up = True
                    raise ArchiveUnavailable(reason) from None
                time.sleep(delay)
                delay = min(2 * delay, MAX_RETRY_DELAY)
            else:
                if self.outage_since is not None:
                    logger.info("archive available to the %s again after %.1f s", self.what,
                                time.monotonic() - self.outage_since)
                    self.outage_since, self.gave_up = None, False
                return result


@dataclass
class _Job(Generic[T]):
    future: Future[T]


@dataclass(frozen=True)
class Stored:
    outcome: Outcome
    page: StoredPage | None  # where it stands in the archive, when the crawl exports feeds


@dataclass
class _PageJob(_Job[Stored]):
    processed: ProcessedPage


@dataclass
class _CallJob(_Job[Any]):
    operation: Callable[[Session], Any]
    patient: bool


class _DatabaseThread:
    """A thread that runs jobs against the archive: jobs of `batched` type are taken together, as
    many as are queued up to `batch_limit`; any other job alone."""

    batched: type[_Job[Any]]

    def __init__(self, archive: Archive, retry_window: float, name: str, batch_limit: int):
        self.archive = archive
        self.retrying = Retrier(retry_window, name)
        self.batch_limit = batch_limit
        self.jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._serve, name=f"archive-{name}", daemon=True)
        self.thread.start()

    def _queue(self, job: _Job[T]) -> Future[T]:
        self.jobs.put(job)
        return job.future

    def _serve(self) -> None:
        pending = None
        while True:
            job, pending = pending or self.jobs.get(), None
            if job is _STOP:
                return
            if isinstance(job, self.batched):
                batch, pending = self._next_jobs(job)
                self._run_batch(batch)
            else:
                self._run_one(job)

    def _run_batch(self, batch: list[Any]) -> None:
        raise NotImplementedError

    def _run_one(self, job: Any) -> None:
        raise NotImplementedError

    def _next_jobs(self, first: Any) -> tuple[list[Any], Any]:
        """`first` and the jobs of its type queued behind it, up to `batch_limit` in all; and the job of
        another type that ended the run, if any. Never waits for more."""
        jobs = [first]
        while len(jobs) < self.batch_limit:
            try:
                job = self.jobs.get_nowait()
            except queue.Empty:
                break
            if type(job) is not type(first):
                return jobs, job
            jobs.append(job)
        return jobs, None

    def close(self) -> None:
        """Stop after the jobs already queued."""
        self.jobs.put(_STOP)
        self.thread.join()


class ArchiveWriter(_DatabaseThread):
    batched = _PageJob

    def __init__(self, archive: Archive, retry_window: float, batch_pages: int, *, describe: bool = False):
        self.run_id: int | None = None
        self.counts = RunCounts()  # touched by the writer thread only
        self.describe = describe
        super().__init__(archive, retry_window, "writer", batch_pages)

    def store(self, processed: ProcessedPage) -> Future[Stored]:
        return self._queue(_PageJob(Future(), processed))

    def call(self, operation: Callable[[Session], T], *, patient: bool = False) -> Future[T]:
        """Run `operation(session)` in its own transaction on the writer thread (`patient`: see Retrier)."""
        return self._queue(_CallJob(Future(), operation, patient))

    def _run_one(self, job: _CallJob) -> None:
        def attempt() -> Any:
            with self.archive.session() as session:
                return job.operation(session)
        try:
            job.future.set_result(self.retrying(attempt, patient=job.patient))
        except Exception as exc:  # noqa: BLE001 - handed to whoever awaits the call
            job.future.set_exception(exc)

    def _run_batch(self, batch: list[_PageJob]) -> None:
        def attempt() -> list[Stored]:
            with self.archive.session() as session:
                return [Stored(save_page(session, job.processed, self.run_id),
                               stored_page(session, job.processed.record.url) if self.describe else None)
                        for job in batch]
        try:
            outcomes = self.retrying(attempt)
        except ArchiveUnavailable as exc:
            self._not_stored(batch, f"archive unavailable: {exc}", unavailable=True)
        except Exception as exc:  # noqa: BLE001 - find the page at fault; the others are stored
            if len(batch) > 1:
                for job in batch:
                    self._run_batch([job])
                return
            logger.warning("%s not stored: %s: %s", batch[0].processed.record.url, type(exc).__name__, exc)
            self._not_stored(batch, f"{type(exc).__name__}: {exc}", unavailable=False)
        else:
            for job, stored in zip(batch, outcomes, strict=True):
                record = job.processed.record
                self.counts.add(urlsplit(record.url).hostname or "", stored.outcome, record.error,
                                answered=record.http_status is not None)
                job.future.set_result(stored)

    def _not_stored(self, batch: list[_PageJob], reason: str, *, unavailable: bool) -> None:
        self.counts.pages_not_stored += len(batch)
        for job in batch:
            job.future.set_exception(PageNotStored(reason, unavailable=unavailable))


@dataclass
class _KnownJob(_Job[KnownPage | None]):
    url: str


@dataclass
class _ArchivedJob(_Job[tuple[dict[str, list[str]], bytes] | None]):
    url: str


class ArchiveLookups(_DatabaseThread):
    """Reads for the incremental decisions, in deferred (non-blocking) transactions. A lookup the
    database cannot answer within the retry window is answered "not archived": the page is fetched."""

    batched = _KnownJob

    def __init__(self, archive: Archive, retry_window: float):
        super().__init__(archive, retry_window, "lookups", LOOKUP_BATCH)

    def known_page(self, url: str) -> Future[KnownPage | None]:
        return self._queue(_KnownJob(Future(), url))

    def archived_response(self, url: str) -> Future[tuple[dict[str, list[str]], bytes] | None]:
        return self._queue(_ArchivedJob(Future(), url))

    def _run_batch(self, batch: list[_KnownJob]) -> None:
        self._answer(batch, lambda session: known_pages(session, {job.url for job in batch}))

    def _run_one(self, job: _ArchivedJob) -> None:
        self._answer([job], lambda session: {job.url: archived_response(session, job.url)})

    def _answer(self, batch: list[Any], read: Callable[[Session], dict[str, Any]]) -> None:
        def attempt() -> dict[str, Any]:
            with self.archive.reading() as session:
                return read(session)
        try:
            answers = self.retrying(attempt)
        except ArchiveUnavailable:
            answers = {}
        except Exception as exc:  # noqa: BLE001 - a lookup that fails must not stall the request
            logger.warning("archive lookup failed: %s: %s", type(exc).__name__, exc)
            answers = {}
        for job in batch:
            job.future.set_result(answers.get(job.url))


class CrawlArchive:
    """The crawl's archive, shared by the item pipeline, the incremental middleware and the run
    record; a Scrapy extension (crawler.addon.ArchiveAddon enables it). Opened by the pipeline, so
    that an archive that cannot be opened closes the spider before anything is fetched."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.database_url: str = settings.get("ARCHIVE_DATABASE_URL")
        self.heartbeat_seconds = settings.getfloat("ARCHIVE_HEARTBEAT_SECONDS")
        self.resumable = bool(settings.get("JOBDIR"))
        self.retry_window = settings.getfloat("ARCHIVE_RETRY_SECONDS")
        self.batch_pages = settings.getint("ARCHIVE_BATCH_PAGES")
        self.thresholds = HealthThresholds(max_error_rate=settings.getfloat("HEALTH_MAX_ERROR_RATE"),
                                           history_runs=settings.getint("HEALTH_HISTORY_RUNS"),
                                           productive_runs=settings.getint("HEALTH_PRODUCTIVE_RUNS"))
        self.archive: Archive | None = None
        self.writer: ArchiveWriter | None = None
        self.lookups: ArchiveLookups | None = None
        self.heartbeat: asyncio.Task[None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlArchive:
        # Only `scrapy crawl` (and scrapyd, which runs it) writes the archive; `scrapy shell`,
        # `check`, `parse` and `fetch` build the same crawler and leave no pages and no run behind.
        if not crawler.settings.getbool("ARCHIVE_WRITES"):
            raise NotConfigured("the archive is written by `scrapy crawl` only")
        crawl_archive = cls(crawler)
        crawler.signals.connect(crawl_archive.spider_closed, signal=signals.spider_closed)
        return crawl_archive

    async def open(self) -> None:
        """Connect (migrating an empty or older archive), start the run's row and register the
        spider's sources. Raises ArchiveError with one readable line."""
        if self.archive is not None:
            return
        self.archive = await asyncio.to_thread(Archive.open, self.database_url)
        self.writer = ArchiveWriter(self.archive, self.retry_window, self.batch_pages,
                                    describe=bool(self.crawler.settings.getdict("FEEDS")))
        self.lookups = ArchiveLookups(self.archive, self.retry_window)
        spider = self.crawler.spider
        name, arguments = spider.name, dict(getattr(spider, "arguments", {}))
        sources = list(getattr(spider, "sources", []))

        crawl_id = self.crawler.stats.get_value("distributed/crawl_id")  # the scheduler opened first

        def begin(session: Session) -> int:
            run_id = start_run(session, name, arguments, crawl_id)
            # Registered sources are named and ranked by the registry, not by their pages.
            for source in sources:
                for domain in source.domains:
                    register_source(session, domain, source.title, source.kind, utcnow(), source.region,
                                    registry_name=source.name)
            return run_id

        try:
            self.writer.run_id = await asyncio.wrap_future(self.writer.call(begin))
        except ArchiveUnavailable as exc:
            raise ArchiveError(f"the archive at {safe_url(self.database_url)} stopped answering: {exc}") from None
        logger.info("archiving to %s as crawl run %d", safe_url(self.database_url), self.writer.run_id)
        self.heartbeat = asyncio.ensure_future(self._beat(self.writer, self.writer.run_id))

    async def _beat(self, writer: ArchiveWriter, run_id: int) -> None:
        """Every ARCHIVE_HEARTBEAT_SECONDS: the run's counts into its row, and a progress line."""
        started, last_pages = time.monotonic(), 0
        while True:
            await asyncio.sleep(self.heartbeat_seconds)
            try:
                # Run on the writer thread, the only one that touches its counts.
                await asyncio.wrap_future(writer.call(lambda session: record_progress(session, run_id, writer.counts)))
            except ArchiveUnavailable:
                continue  # the writer says so; the next beat tries again
            except Exception as exc:  # noqa: BLE001 - a heartbeat that fails must not end the crawl
                logger.warning("crawl run %d: its row could not be updated: %s: %s", run_id, type(exc).__name__, exc)
                continue
            counts = writer.counts
            minutes = (time.monotonic() - started) / 60
            logger.info("crawl run %d: %d pages (%d in the last %.0f s, %.0f/min overall), %d new articles, %d errors",
                        run_id, counts.pages_fetched, counts.pages_fetched - last_pages, self.heartbeat_seconds,
                        counts.pages_fetched / minutes, counts.articles_new, sum(counts.errors_by_kind.values()))
            last_pages = counts.pages_fetched

    async def store(self, processed: ProcessedPage) -> Stored:
        """Raises PageNotStored when the page could not be written."""
        assert self.writer is not None, "the archive is not open"
        return await asyncio.wrap_future(self.writer.store(processed))

    async def known_page(self, url: str) -> KnownPage | None:
        if self.lookups is None:
            return None
        return await asyncio.wrap_future(self.lookups.known_page(url))

    async def archived_response(self, url: str) -> tuple[dict[str, list[str]], bytes] | None:
        if self.lookups is None:
            return None
        return await asyncio.wrap_future(self.lookups.archived_response(url))

    async def spider_closed(self, spider, reason: str) -> None:
        if self.heartbeat is not None:
            self.heartbeat.cancel()
        if self.writer is not None and self.writer.run_id is not None:
            await self._finish_run(self.writer, self.writer.run_id, reason)
        for thread in (self.writer, self.lookups):
            if thread is not None:
                await asyncio.to_thread(thread.close)
        if self.archive is not None:
            self.archive.close()

    async def _finish_run(self, writer: ArchiveWriter, run_id: int, reason: str) -> None:
        counts = writer.counts
        # A worker of a distributed crawl may find every page taken by the others: its crawl, not it,
        # has to fetch something (`archive runs` derives the crawl's status from its workers').
        crawl_id = self.crawler.stats.get_value("distributed/crawl_id")
        other_workers = (0, 0)
        if crawl_id is not None:
            try:
                other_workers = await asyncio.wrap_future(writer.call(
                    lambda session: other_workers_counts(session, crawl_id, run_id)))
            except ArchiveUnavailable:
                pass  # judged on its own pages; the row may not be written either
        status, why = run_status(reason, counts, max_error_rate=self.thresholds.max_error_rate,
                                 resumable=self.resumable,
                                 expected_pages=bool(self.crawler.spider.start_urls) and crawl_id is None,
                                 other_workers=other_workers)
        stats = self.crawler.stats
        stats.set_value("archive/pages_not_stored", counts.pages_not_stored)
        thresholds = self.thresholds
        observed = [f"robots.txt of {key.removeprefix(UNREACHABLE_STAT)} unreachable ({detail}): host not crawled"
                    for key, detail in sorted(stats.get_stats().items()) if key.startswith(UNREACHABLE_STAT)]
        try:
            flags = await asyncio.wrap_future(writer.call(
                lambda session: finish_run(session, run_id, status=status, finish_reason=why, counts=counts,
                                           thresholds=thresholds, observed=observed), patient=True))
        except ArchiveUnavailable as exc:
            flags = []
            logger.error("crawl run %d could not be closed in the archive: %s", run_id, exc)
        stats.set_value("archive/run_status", status)
        stats.set_value("archive/flags", len(flags))
        summary = (f"crawl run {run_id} {status}: {counts.pages_fetched} pages, {counts.articles_new} new articles, "
                   f"{counts.duplicates} duplicates, {sum(counts.errors_by_kind.values())} errors")
        if counts.pages_not_stored:
            summary += f", {counts.pages_not_stored} pages could not be stored in the archive"
        if status in (FAILED, INTERRUPTED):
            logger.error("%s (%s)", summary, why)
        else:
            logger.info("%s", summary)
        for flag in flags:
            logger.warning("crawl run %d flagged: %s", run_id, flag)
