"""Everything the archive and the crawler need from one fetched response, computed in one place so
that it can run in a worker process: the processed record, the fingerprint of its article, the raw
body packed for storage, and the links to follow. Pure: no Scrapy, no database.

The crawler calls `process_fetched` in its worker processes; re-processing, WARC imports and the
tests call `process_for_archive`, which is the same thing without the links.
"""
from __future__ import annotations

import dataclasses
import os
from datetime import datetime

from pipelines.decode import UndecodableError, decode_html, without_control_characters
from pipelines.extract import UnparsableError, parse_html
from pipelines.fingerprint import fingerprint
from pipelines.links import UnreadableFeedError, feed_links, html_links, sitemap_entries
from pipelines.process import column_answer_links, header, is_page, process_page
from pipelines.record import Fetched, Headers, LinkSource, PageKind, PageRecord, ProcessedPage, pack_body


def for_archive(record: PageRecord, body: bytes | None, headers: Headers) -> ProcessedPage:
    """A processed record with what the archive computes from it: the article's fingerprint and
    the packed raw body (none for a 304, whose archived copy stands)."""
    found = fingerprint(record.article.body, truncated=record.article.is_truncated) if record.article else None
    raw = pack_body(body, headers) if body is not None and record.kind != PageKind.NOT_MODIFIED else None
    return ProcessedPage(record=record, raw=raw, fingerprint=found,
                         worker_pid=os.getpid())


def process_for_archive(url: str, body: bytes, headers: Headers, fetched_at: datetime, *,
                        status: int = 200) -> ProcessedPage:
    headers = storable_headers(headers)
    return for_archive(process_page(url, body, headers, fetched_at, status=status), body, headers)


def storable_headers(headers: Headers) -> dict[str, list[str]]:
    """The response headers without control characters, as every stored text is: a NUL in a header
    would stop the page's row from being written to PostgreSQL."""
    return {without_control_characters(name): [without_control_characters(value)
                                               for value in ([values] if isinstance(values, str) else values)]
            for name, values in headers.items()}


def process_fetched(fetched: Fetched) -> ProcessedPage:
    """The worker's task: process one response and find the links it leads to."""
    processed = process_for_archive(fetched.url, fetched.body, fetched.headers, fetched.fetched_at,
                                    status=fetched.status)
    try:
        if fetched.links_from == LinkSource.FEED:
            return _with_links(processed, feed_links(fetched.body, fetched.url))
        if fetched.links_from == LinkSource.SITEMAP:
            entries = sitemap_entries(fetched.body, fetched.url)
            return _with_links(processed, entries.pages, entries.sitemaps)
    except UnreadableFeedError as exc:
        unreadable = dataclasses.replace(processed.record, kind=PageKind.UNPROCESSABLE, error=f"{fetched.links_from}: {exc}")
        return dataclasses.replace(processed, record=unreadable)
    if processed.record.kind == PageKind.NOT_MODIFIED:
        return _with_links(processed, _archived_copy_links(fetched))
    return _with_links(processed, processed.record.links)


def _with_links(processed: ProcessedPage, links: tuple[str, ...], sitemaps: tuple[str, ...] = ()) -> ProcessedPage:
    return dataclasses.replace(processed, links=links, sitemaps=sitemaps)


def _archived_copy_links(fetched: Fetched) -> tuple[str, ...]:
    """The links of the archived copy a 304 stands for: an unchanged page still leads to changed ones."""
    content_type = header(fetched.headers, "Content-Type")
    if not is_page(fetched.url, content_type, fetched.body):
        return column_answer_links(fetched.url, fetched.body, content_type) or ()
    try:
        html, encoding = decode_html(fetched.body, content_type)
        tree = parse_html(html, fetched.url)
    except (UndecodableError, UnparsableError):
        return ()
    return html_links(tree, fetched.url, html, encoding)


def load_processing() -> None:
    """Load the processing libraries' dictionaries once, before the first page, so that a worker's
    first page is not charged for them against its time budget."""
    from pipelines import clean, spam

    clean.warm_up()
    spam.warm_up()
