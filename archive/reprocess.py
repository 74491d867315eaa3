"""Re-processing: the current processing function over the raw pages the archive retained.

A page is stale when the `extraction_version` it was produced by is not the code's. Each page is
processed and stored in its own transaction and then carries the current version, so an
interrupted run loses nothing and the next run carries on with the pages still stale.
"""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, func, select

from archive.db import Archive
from archive.models import Page
from archive.queries import PageSelection, iter_retained_responses
from archive.runs import RunCounts, recorded_run
from archive.store import save_page
from pipelines.ingest import process_for_archive
from pipelines.record import EXTRACTION_VERSION, PageKind


def _stale(selection: PageSelection) -> list[ColumnElement[bool]]:
    return [Page.extraction_version != EXTRACTION_VERSION, Page.raw_sha256.is_not(None),
            Page.kind != PageKind.NOT_MODIFIED, *selection.conditions()]


def count_stale(archive: Archive, selection: PageSelection) -> int:
    with archive.reading() as session:
        return session.scalar(select(func.count(Page.id)).where(*_stale(selection))) or 0


def reprocess(archive: Archive, selection: PageSelection, *, after_each: Callable[[], None] = lambda: None,
              batch_size: int = 100) -> RunCounts:
    """Process every stale page again and store the result, recorded as a `reprocess` run."""
    arguments = {"since": selection.since.isoformat() if selection.since else None, "source": selection.source,
                 "extraction_version": EXTRACTION_VERSION}
    with recorded_run(archive, "reprocess", arguments) as run:
        for page in iter_retained_responses(archive, *_stale(selection), batch_size=batch_size):
            processed = process_for_archive(page.url, page.body, page.headers, page.fetched_at, status=page.http_status or 200)
            with archive.session() as session:
                # The page keeps the run that fetched it; the reprocess run only counts it.
                outcome = save_page(session, processed, page.crawl_run_id, reprocessing=True)
                run.beat(session)
            run.counts.add(urlsplit(page.url).hostname or "", outcome, processed.record.error)
            after_each()
    return run.counts
