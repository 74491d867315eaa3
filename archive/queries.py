"""Reads for the CLI, the demo and analysts' tools."""
from __future__ import annotations

import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, column, func, select, table
from sqlalchemy.orm import Session

from archive.db import Archive
from archive.export import ARTICLE_EXPORT_FIELDS
from archive.models import Article, CrawlRun, Page, RawBody, Source
from archive.source_names import sources_named


@dataclass(frozen=True)
class SourceStats:
    domain: str
    name: str
    pages: int
    article_pages: int
    articles: int
    errors: int


def stats_by_source(session: Session) -> list[SourceStats]:
    rows = session.execute(
        select(
            Source.domain, Source.name, func.count(Page.id),
            func.count(Page.article_id),
            func.count(func.distinct(Page.article_id)),
            func.count(Page.error),
        ).join(Page, Page.source_id == Source.id).group_by(Source.id).order_by(Source.domain)
    )
    return [SourceStats(*row) for row in rows]


def stats_by_day(session: Session) -> list[tuple[str, int, int]]:
    """(day of fetch, pages fetched, article pages fetched) per UTC day."""
    day = func.date(Page.fetched_at)
    rows = session.execute(
        select(day, func.count(Page.id), func.count(Page.article_id)).group_by(day).order_by(day)
    )
    return [tuple(row) for row in rows]


def article_count(session: Session) -> int:
    return session.scalar(select(func.count(Article.id))) or 0


def totals(session: Session) -> dict[str, int]:
    article_pages = session.scalar(select(func.count(Page.id)).where(Page.article_id.is_not(None))) or 0
    articles = article_count(session)
    return {
        "pages": session.scalar(select(func.count(Page.id))) or 0,
        "article_pages": article_pages,
        "articles": articles,
        "duplicate_pages": article_pages - articles,
        "errors": session.scalar(select(func.count(Page.id)).where(Page.error.is_not(None))) or 0,
    }


def article_with_pages(session: Session, article_id: int) -> tuple[Article, list[tuple[Page, Source]]] | None:
    article = session.get(Article, article_id)
    if article is None:
        return None
    pages = session.execute(
        select(Page, Source).join(Source).where(Page.article_id == article_id).order_by(Page.fetched_at)
    ).all()
    return article, list(pages)


def iter_articles_for_export(session: Session, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
    """Every article with the URLs and domains of the pages that carried it (earliest fetch first),
    streamed in id order with keyset pagination: memory stays flat however large the archive."""
    columns = [getattr(Article, name) for name in ARTICLE_EXPORT_FIELDS]
    last_id = 0
    while True:
        batch = session.execute(select(*columns).where(Article.id > last_id).order_by(Article.id).limit(batch_size)).all()
        if not batch:
            return
        carriers: dict[int | None, list[tuple[str, str]]] = {}
        for article_id, url, domain in session.execute(
            select(Page.article_id, Page.url, Source.domain).join(Source, Source.id == Page.source_id)
            .where(Page.article_id.between(batch[0].id, batch[-1].id)).order_by(Page.fetched_at, Page.id)
        ):
            carriers.setdefault(article_id, []).append((url, domain))
        for row in batch:
            pages = carriers.get(row.id, [])
            yield {**row._asdict(), "urls": [url for url, _ in pages], "domains": [domain for _, domain in pages]}
        last_id = batch[-1].id


@dataclass(frozen=True)
class PageSelection:
    """Which pages a command works on: those fetched since a time, of one source, or all."""

    since: datetime | None = None  # fetched at or after
    source: str | None = None  # domain or name

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = []
        if self.since is not None:
            conditions.append(Page.fetched_at >= self.since)
        if self.source:
            conditions.append(Page.source_id.in_(sources_named(self.source)))
        return conditions


@dataclass(frozen=True)
class RetainedResponse:
    page_id: int
    url: str
    fetched_at: datetime
    http_status: int | None
    headers: dict[str, list[str]]
    crawl_run_id: int | None
    body: bytes


def iter_retained_responses(archive: Archive, *conditions: ColumnElement[bool],
                            batch_size: int = 100) -> Iterator[RetainedResponse]:
    """The pages matching the conditions that have a retained raw body, with that body, in page id
    order; each batch read in its own short transaction, so the caller may write between them."""
    last_id = 0
    while True:
        with archive.reading() as session:
            batch = session.execute(
                select(Page.id, Page.url, Page.fetched_at, Page.http_status, Page.headers, Page.crawl_run_id,
                       RawBody.data)
                .join(RawBody, RawBody.sha256 == Page.raw_sha256)
                .where(Page.id > last_id, *conditions).order_by(Page.id).limit(batch_size)
            ).all()
        if not batch:
            return
        for row in batch:
            yield RetainedResponse(row.id, row.url, row.fetched_at, row.http_status, row.headers or {},
                                   row.crawl_run_id, zlib.decompress(row.data))
        last_id = batch[-1].id


@dataclass(frozen=True)
class KnownPage:
    kind: str
    fetched_at: datetime
    etag: str | None
    last_modified: str | None


def known_pages(session: Session, urls: Collection[str]) -> dict[str, KnownPage]:
    """What the archive holds for each URL it has, for deciding whether and how to fetch it again."""
    known = {}
    for row in session.execute(select(Page.url, Page.kind, Page.fetched_at, Page.headers).where(Page.url.in_(urls))):
        headers = {name.lower(): values[0] for name, values in (row.headers or {}).items() if values}
        known[row.url] = KnownPage(row.kind, row.fetched_at, headers.get("etag"), headers.get("last-modified"))
    return known


def known_page(session: Session, url: str) -> KnownPage | None:
    return known_pages(session, [url]).get(url)


def archived_response(session: Session, url: str) -> tuple[dict[str, list[str]], bytes] | None:
    """The headers and raw body last archived for a URL."""
    row = session.execute(select(Page.headers, RawBody.data).join(RawBody, RawBody.sha256 == Page.raw_sha256)
                          .where(Page.url == url)).one_or_none()
    return (row.headers, zlib.decompress(row.data)) if row is not None else None


def latest_run(session: Session) -> CrawlRun | None:
    return session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(1)).one_or_none()



@dataclass(frozen=True)
class Story:
    cluster_id: int
    canonical_article_id: int
    title: str | None
    canonical_source: str
    articles: int
    pages: int


def stories(session: Session, limit: int | None = None) -> tuple[int, list[Story]]:
    """How many stories there are, and the `limit` largest (by pages; all with None): each with
    its canonical copy and the most authoritative source carrying it — the canonical_stories view,
    one query."""
    view = table("canonical_stories", column("cluster_id"), column("article_id"), column("title"),
                 column("canonical_source_name"), column("articles"), column("pages"))
    total = session.scalar(select(func.count()).select_from(view)) or 0
    largest = select(view).order_by(view.c.pages.desc(), view.c.cluster_id)
    rows = session.execute(largest.limit(limit) if limit is not None else largest).all()
    return total, [Story(row.cluster_id, row.article_id, row.title, row.canonical_source_name, row.articles, row.pages)
                   for row in rows]


def cluster_copies(session: Session, cluster_id: int) -> list[tuple[Article, Page, Source]]:
    """Every page that carried any article of the cluster, canonical article first."""
    return list(session.execute(
        select(Article, Page, Source).join(Page, Page.article_id == Article.id).join(Source, Source.id == Page.source_id)
        .where(Article.cluster_id == cluster_id)
        .order_by(Article.is_canonical.desc(), Article.id, Page.fetched_at)
    ))


@dataclass(frozen=True)
class SourcePages:
    """What one run stored of one source."""

    domain: str
    pages: int
    articles: int
    errors: int
    new_articles: int


# Runs read at a time while looking for those of one source (the sources are a JSON list).
RUNS_SCANNED_AT_ONCE = 200


def recent_runs(session: Session, limit: int, source: str | None = None) -> list[CrawlRun]:
    """The newest runs first; with `source` (a domain or a name), those that stored its pages."""
    runs = select(CrawlRun).order_by(CrawlRun.id.desc())
    if source is None:
        return list(session.scalars(runs.limit(limit)))
    domains = set(session.scalars(select(Source.domain).where(Source.id.in_(sources_named(source)))))
    found = []
    for run in session.scalars(runs.execution_options(yield_per=RUNS_SCANNED_AT_ONCE)):
        if domains & set(run.sources or ()):
            found.append(run)
            if len(found) == limit:
                break
    return found


def run_by_source(session: Session, run: CrawlRun) -> list[SourcePages]:
    """Per source, the pages the archive still attributes to the run (a later run that fetched a
    page again takes it over) and the new articles the run counted."""
    rows = session.execute(
        select(Source.domain, func.count(Page.id), func.count(Page.article_id), func.count(Page.error))
        .join(Page, Page.source_id == Source.id).where(Page.crawl_run_id == run.id)
        .group_by(Source.domain).order_by(Source.domain)).all()
    counted = {domain: (pages, articles, errors) for domain, pages, articles, errors in rows}
    domains = sorted(set(counted) | set(run.new_by_source or {}))
    return [SourcePages(domain, *counted.get(domain, (0, 0, 0)), (run.new_by_source or {}).get(domain, 0))
            for domain in domains]


@dataclass(frozen=True)
class StoredPage:
    """Where a page stood in the archive once stored: its article's story and its source."""

    article_id: int | None
    cluster_id: int | None
    source_name: str
    source_kind: str | None


def stored_page(session: Session, url: str) -> StoredPage:
    row = session.execute(select(Page.article_id, Article.cluster_id, Source.name, Source.kind)
                          .join(Source, Source.id == Page.source_id)
                          .outerjoin(Article, Article.id == Page.article_id).where(Page.url == url)).one()
    return StoredPage(*row)

