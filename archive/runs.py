"""Crawl runs: their rows in `crawl_runs`, their counts, and the health checks that flag a run."""
from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.db import Archive
from archive.heartbeat import HEARTBEAT_SECONDS, STALE_AFTER_SECONDS
from archive.models import CrawlRun, Page
from archive.store import Outcome, utcnow

# A run's status (crawl_runs.status).
RUNNING = "running"
FINISHED = "finished"  # done, or stopped by a limit the operator set (CLOSESPIDER_*)
PAUSED = "paused"  # stopped with a JOBDIR to resume from (Ctrl-C, SIGTERM)
INTERRUPTED = "interrupted"  # stopped before done with nothing to resume from, or its process died
FAILED = "failed"  # see run_status

# Finish reasons of a run that did its job: finished, or stopped by a limit the operator set.
SUCCESSFUL_FINISH_REASONS = ("finished", "closespider_timeout", "closespider_itemcount",
                             "closespider_pagecount", "closespider_errorcount")
# Scrapy's finish reason for a crawl stopped by a signal.
SHUTDOWN = "shutdown"


@dataclass
class RunCounts:
    pages_fetched: int = 0
    articles_new: int = 0
    duplicates: int = 0
    errors_by_kind: dict[str, int] = field(default_factory=dict)
    new_by_source: dict[str, int] = field(default_factory=dict)
    pages_not_stored: int = 0
    responses: int = 0  # pages stored that a server answered (not: refused, timed out, not fetched)

    def add(self, domain: str, outcome: Outcome, error: str | None, *, answered: bool = True) -> None:
        """Count one stored page; `error` is the page's recorded reason, its kind before the colon."""
        new = outcome is Outcome.NEW_ARTICLE
        self.pages_fetched += 1
        self.responses += answered
        self.articles_new += new
        self.duplicates += outcome is Outcome.DUPLICATE
        self.new_by_source[domain] = self.new_by_source.get(domain, 0) + new
        if error:
            self.add_error(error.split(":", 1)[0])

    def add_error(self, kind: str) -> None:
        self.errors_by_kind[kind] = self.errors_by_kind.get(kind, 0) + 1


@dataclass(frozen=True)
class HealthThresholds:
    max_error_rate: float = 0.5  # errors / pages fetched above this fails the run
    history_runs: int = 3  # earlier runs over a source looked at
    productive_runs: int = 2  # ...of which this many archived something new: the source "usually yields"


def start_run(session: Session, spider: str, arguments: dict[str, Any], crawl_id: str | None = None) -> int:
    mark_dead_runs(session)
    now = utcnow()
    run = CrawlRun(spider=spider, arguments=arguments, started_at=now, status=RUNNING, host=socket.gethostname(),
                   pid=os.getpid(), heartbeat_at=now, crawl_id=crawl_id)
    session.add(run)
    session.flush()
    return run.id


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def mark_dead_runs(session: Session) -> list[int]:
    """Runs left `running` by a process that is gone (killed, the machine rebooted) become
    `interrupted`: on this host when their process no longer exists, on any host when their row
    has not been touched for STALE_AFTER_SECONDS. Their counts are as their last heartbeat left them."""
    now, host, dead = utcnow(), socket.gethostname(), []
    for run in session.scalars(select(CrawlRun).where(CrawlRun.status == RUNNING)):
        last_sign = run.heartbeat_at or run.started_at
        if run.host == host and run.pid is not None:
            # On this host the process table knows: a live process is never taken for dead.
            if run.pid == os.getpid() or _process_alive(run.pid):
                continue
            reason = f"process {run.pid} on {host} is gone"
        elif (now - last_sign).total_seconds() > STALE_AFTER_SECONDS:
            reason = f"no sign of life since {last_sign.isoformat(timespec='seconds')}"
        else:
            continue
        run.status, run.finish_reason = INTERRUPTED, reason
        dead.append(run.id)
    return dead


def record_progress(session: Session, run_id: int, counts: RunCounts) -> None:
    """The heartbeat: the run's counts so far, so that a killed run's row says what it did."""
    run = session.get(CrawlRun, run_id)
    assert run is not None
    _write_counts(run, counts)
    run.heartbeat_at = utcnow()


def run_status(finish_reason: str, counts: RunCounts, *, max_error_rate: float, resumable: bool,
               expected_pages: bool, other_workers: tuple[int, int] = (0, 0)) -> tuple[str, str]:
    """A crawl's status and the reason recorded with it. `resumable`: it has a JOBDIR to resume
    from; `expected_pages`: it was given start pages, so fetching nothing is a failure;
    `other_workers`: the pages and errors of the other workers of its distributed crawl, whose
    error rate is the crawl's (a worker that happened to take the one dead link is not failed)."""
    errors = sum(counts.errors_by_kind.values())
    if counts.pages_not_stored:
        # (The spider closes as archive_unavailable when the archive stopped answering.)
        return FAILED, finish_reason if finish_reason not in SUCCESSFUL_FINISH_REASONS else "pages not stored"
    if finish_reason == SHUTDOWN:
        return (PAUSED if resumable else INTERRUPTED), finish_reason
    if finish_reason not in SUCCESSFUL_FINISH_REASONS:
        return FAILED, finish_reason
    if expected_pages and not counts.responses:
        return FAILED, "nothing fetched: no page answered"
    pages, errors = counts.pages_fetched + other_workers[0], errors + other_workers[1]
    if pages and errors / pages > max_error_rate:
        return FAILED, f"error rate {errors}/{pages} above {max_error_rate:.0%}"
    return FINISHED, finish_reason


def health_flags(session: Session, run: CrawlRun, counts: RunCounts, thresholds: HealthThresholds) -> list[str]:
    flags = []
    earlier = session.scalars(select(CrawlRun).where(CrawlRun.id < run.id, CrawlRun.status == FINISHED)
                              .order_by(CrawlRun.id.desc())).all()
    for domain in sorted(counts.new_by_source):
        if counts.new_by_source[domain]:
            continue
        history = [r.new_by_source.get(domain, 0) for r in earlier if domain in (r.sources or [])][:thresholds.history_runs]
        if sum(1 for new in history if new) >= thresholds.productive_runs:
            flags.append(f"nothing new from {domain}, which yielded new articles in {sum(1 for n in history if n)} "
                         f"of its last {len(history)} runs")
    return flags


def other_workers_counts(session: Session, crawl_id: str, run_id: int) -> tuple[int, int]:
    """Pages and errors the other workers of a distributed crawl have stored. Counted from the pages
    themselves, not from the workers' rows: a worker closing at the same moment as another would read
    that one's row as its last heartbeat left it. When the crawl ends every page it fetched is stored
    (a worker gives a request back only once its page is committed), so the count is the crawl's."""
    other_runs = select(CrawlRun.id).where(CrawlRun.crawl_id == crawl_id, CrawlRun.id != run_id)
    pages, errors = session.execute(
        select(func.count(Page.id), func.count(Page.error)).where(Page.crawl_run_id.in_(other_runs))).one()
    return int(pages), int(errors)


def finish_run(session: Session, run_id: int, *, status: str, finish_reason: str, counts: RunCounts,
               thresholds: HealthThresholds | None = None, observed: Sequence[str] = ()) -> list[str]:
    """Close the run's row with its counts; returns the flags it was given: what the run observed
    (hosts it could not crawl) and its health flags (none without thresholds: imports and
    re-processing do not say how healthy a site is)."""
    run = session.get(CrawlRun, run_id)
    assert run is not None
    run.finished_at = run.heartbeat_at = utcnow()
    run.status = status
    run.finish_reason = finish_reason[:255]
    _write_counts(run, counts)
    run.flags = [*observed, *(health_flags(session, run, counts, thresholds) if thresholds else [])]
    return run.flags


def _write_counts(run: CrawlRun, counts: RunCounts) -> None:
    run.pages_fetched = counts.pages_fetched
    run.articles_new = counts.articles_new
    run.duplicates = counts.duplicates
    run.errors = sum(counts.errors_by_kind.values())
    run.errors_by_kind = dict(counts.errors_by_kind)
    run.pages_not_stored = counts.pages_not_stored
    run.sources = sorted(counts.new_by_source)
    run.new_by_source = dict(counts.new_by_source)


@dataclass
class RecordedRun:
    id: int
    counts: RunCounts = field(default_factory=RunCounts)
    last_beat: float = field(default_factory=time.monotonic)

    def beat(self, session: Session) -> None:
        """In a page's transaction, every HEARTBEAT_SECONDS: the run's counts so far, so that a long
        import or re-processing shows its progress and is not taken for dead on another host."""
        if time.monotonic() - self.last_beat >= HEARTBEAT_SECONDS:
            record_progress(session, self.id, self.counts)
            self.last_beat = time.monotonic()


@contextmanager
def recorded_run(archive: Archive, name: str, arguments: dict[str, Any]) -> Iterator[RecordedRun]:
    """A `crawl_runs` row for a command that stores pages (an import, re-processing): finished when
    the block ends, `interrupted` on Ctrl-C or SIGTERM, `failed` on an error, with its counts so far."""
    with archive.session() as session:
        run = RecordedRun(start_run(session, name, arguments))
    status = reason = FINISHED
    try:
        yield run
    except KeyboardInterrupt:
        status = reason = INTERRUPTED
        raise
    except BaseException as exc:
        status, reason = FAILED, f"{type(exc).__name__}: {exc}"
        raise
    finally:
        with archive.session() as session:
            finish_run(session, run.id, status=status, finish_reason=reason, counts=run.counts)


def crawl_status(statuses: Sequence[str]) -> str:
    """The status of a distributed crawl from its workers': running while any runs; otherwise the
    worst of theirs (failed, interrupted, paused, finished)."""
    for status in (RUNNING, FAILED, INTERRUPTED, PAUSED):
        if status in statuses:
            return status
    return FINISHED

