"""Crawl runs: their rows in `crawl_runs`, their counts, and the health checks that flag a run."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.db import Archive
from archive.models import CrawlRun
from archive.store import Outcome, utcnow


@dataclass
class RunCounts:
    pages_fetched: int = 0
    articles_new: int = 0
    duplicates: int = 0
    errors_by_kind: dict[str, int] = field(default_factory=dict)
    new_by_source: dict[str, int] = field(default_factory=dict)
    pages_not_stored: int = 0

    def add(self, domain: str, outcome: Outcome, error: str | None) -> None:
        """Count one stored page; `error` is the page's recorded reason, its kind before the colon."""
        new = outcome is Outcome.NEW_ARTICLE
        self.pages_fetched += 1
        self.articles_new += new
        self.duplicates += outcome is Outcome.DUPLICATE
        self.new_by_source[domain] = self.new_by_source.get(domain, 0) + new
        if error:
            self.add_error(error.split(":", 1)[0])

    def add_error(self, kind: str) -> None:
        self.errors_by_kind[kind] = self.errors_by_kind.get(kind, 0) + 1


@dataclass(frozen=True)
class HealthThresholds:
    max_error_rate: float = 0.5  # errors / pages fetched above this flags the run
    history_runs: int = 3  # earlier runs over a source looked at
    productive_runs: int = 2  # ...of which this many archived something new: the source "usually yields"


def start_run(session: Session, spider: str, arguments: dict[str, Any]) -> int:
    run = CrawlRun(spider=spider, arguments=arguments, started_at=utcnow(), status="running")
    session.add(run)
    session.flush()
    return run.id


def health_flags(session: Session, run: CrawlRun, counts: RunCounts, thresholds: HealthThresholds) -> list[str]:
    flags = []
    errors = sum(counts.errors_by_kind.values())
    if counts.pages_fetched and errors / counts.pages_fetched > thresholds.max_error_rate:
        flags.append(f"error rate {errors}/{counts.pages_fetched} above {thresholds.max_error_rate:.0%}")
    earlier = session.scalars(select(CrawlRun).where(CrawlRun.id < run.id, CrawlRun.status == "finished")
                              .order_by(CrawlRun.id.desc())).all()
    for domain in sorted(counts.new_by_source):
        if counts.new_by_source[domain]:
            continue
        history = [r.new_by_source.get(domain, 0) for r in earlier if domain in (r.sources or [])][:thresholds.history_runs]
        if sum(1 for new in history if new) >= thresholds.productive_runs:
            flags.append(f"nothing new from {domain}, which yielded new articles in {sum(1 for n in history if n)} "
                         f"of its last {len(history)} runs")
    return flags


def finish_run(session: Session, run_id: int, *, status: str, finish_reason: str, counts: RunCounts,
               thresholds: HealthThresholds | None = None, observed: Sequence[str] = ()) -> list[str]:
    """Close the run's row with its counts; returns the flags it was given: what the run observed
    (hosts it could not crawl) and its health flags (none without thresholds: imports and
    re-processing do not say how healthy a site is)."""
    run = session.get(CrawlRun, run_id)
    assert run is not None
    run.finished_at = utcnow()
    run.status = status
    run.finish_reason = finish_reason
    run.pages_fetched = counts.pages_fetched
    run.articles_new = counts.articles_new
    run.duplicates = counts.duplicates
    run.errors = sum(counts.errors_by_kind.values())
    run.errors_by_kind = counts.errors_by_kind
    run.pages_not_stored = counts.pages_not_stored
    run.sources = sorted(counts.new_by_source)
    run.new_by_source = counts.new_by_source
    run.flags = [*observed, *(health_flags(session, run, counts, thresholds) if thresholds else [])]
    return run.flags


@dataclass
class RecordedRun:
    id: int
    counts: RunCounts = field(default_factory=RunCounts)


@contextmanager
def recorded_run(archive: Archive, name: str, arguments: dict[str, Any]) -> Iterator[RecordedRun]:
    """A `crawl_runs` row for a command that stores pages (an import, re-processing): finished when
    the block ends, `interrupted` on Ctrl-C or SIGTERM, `failed` on an error, with its counts so far."""
    with archive.session() as session:
        run = RecordedRun(start_run(session, name, arguments))
    status = reason = "finished"
    try:
        yield run
    except KeyboardInterrupt:
        status = reason = "interrupted"
        raise
    except BaseException as exc:
        status, reason = "failed", f"{type(exc).__name__}: {exc}"[:255]
        raise
    finally:
        with archive.session() as session:
            finish_run(session, run.id, status=status, finish_reason=reason, counts=run.counts)
