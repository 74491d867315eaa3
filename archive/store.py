"""Writes: recording fetched pages, their raw bytes and their articles, and crawl runs."""
from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import Connection, bindparam, cast, delete, exists, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from archive.authority import page_authority
from archive.clusters import join_story, most_authoritative_page, refresh_canonical, story_clusters
from archive.models import Article, ArticleBand, ArticleParagraph, ArticleSignature, Base, Page, RawBody, Source
from archive.tables import article_terms
from archive.terms import index_terms, tsvector_literal
from pipelines.dates import DAY, SHANGHAI, precision_of
from pipelines.record import Fingerprint, PackedBody, PageKind, PageRecord, ProcessedPage

ModelT = TypeVar("ModelT", bound=Base)


class Outcome(enum.Enum):
    NEW_ARTICLE = "new_article"  # the page carried a text the archive did not have
    DUPLICATE = "duplicate"  # the page carried a text the archive already had from another page
    UNCHANGED = "unchanged"  # the page was archived before with this same text
    NOT_ARTICLE = "not_article"


def utcnow() -> datetime:
    return datetime.now(UTC)


def _get_or_create(session: Session, model: type[ModelT], lookup: dict[str, Any], values: dict[str, Any]) -> tuple[ModelT, bool]:
    """The row matching lookup, or a new one; safe when another process inserts the same row at the same time."""
    found = session.scalars(select(model).filter_by(**lookup)).one_or_none()
    if found is not None:
        return found, False
    return _create_or_get(session, model, lookup, values)


def _create_or_get(session: Session, model: type[ModelT], lookup: dict[str, Any], values: dict[str, Any]) -> tuple[ModelT, bool]:
    """A new row, known to be missing a moment ago; the other process's row if it inserted it first."""
    try:
        with session.begin_nested():
            row = model(**lookup, **values)
            session.add(row)
    except IntegrityError:
        return session.scalars(select(model).filter_by(**lookup)).one(), False
    return row, True


def register_source(session: Session, domain: str, name: str, kind: str | None, now: datetime,
                    region: str | None = None, registry_name: str | None = None) -> Source:
    """A source as a registry describes it: its name, kind and region win over what its pages say."""
    source, _ = _get_or_create(session, Source, {"domain": domain.lower()}, {"name": name, "created_at": now})
    source.name, source.kind, source.region = name, kind, region
    source.registry_name = registry_name or source.registry_name
    return source


def _source_for(session: Session, record: PageRecord) -> Source:
    domain = (urlsplit(record.url).hostname or "").lower()
    source, _ = _get_or_create(session, Source, {"domain": domain}, {"name": domain, "created_at": record.fetched_at})
    # A source is named by its domain until one of its pages states the site's name.
    if source.name == domain and record.site_name and record.site_name.lower() != domain:
        source.name = record.site_name
    return source


def store_raw(session: Session, raw: PackedBody) -> str:
    _get_or_create(session, RawBody, {"sha256": raw.sha256},
                   {"size": raw.size, "compression": raw.compression, "data": raw.data})
    return raw.sha256


def _new_article_id(session: Session) -> int:
    """The id the next article gets, known before its INSERT."""
    if session.get_bind().dialect.name == "postgresql":
        next_id: int = session.scalar(text("SELECT nextval(pg_get_serial_sequence('articles', 'id'))"))
        return next_id
    # SQLite: this transaction holds the database's write lock from its start (BEGIN IMMEDIATE).
    return (session.scalar(select(func.max(Article.id))) or 0) + 1


@dataclass(frozen=True)
class _NewStory:
    """How a new article joins its story, once the page carrying it is stored."""

    found: Fingerprint
    clusters: set[int]


def _store_article(session: Session, processed: ProcessedPage, refresh: bool) -> tuple[Article, _NewStory | None]:
    """The article the page carries, inserted if new (then with how it joins its story)."""
    record = processed.record
    fields = record.article
    assert fields is not None
    known = session.scalars(select(Article).filter_by(content_hash=fields.content_hash)).one_or_none()
    if known is None:
        found = _fingerprint_of(processed)
        clusters = story_clusters(session, fields.title, fields.is_truncated, found)
        article_id = _new_article_id(session)
        # The story is set in the INSERT: updating the row just inserted would cost PostgreSQL a
        # second entry in each of the article's indexes, the body's trigram index among them.
        article, created = _create_or_get(session, Article, {"content_hash": fields.content_hash}, {
            "id": article_id, "cluster_id": min(clusters, default=article_id), "is_canonical": not clusters,
            "title": fields.title, "body": fields.body, **_published(fields.published_at),
            "origin": fields.origin, "author": fields.author, "is_truncated": fields.is_truncated,
            "editor": fields.editor, "original_title": fields.original_title, "keywords": fields.keywords,
            "summary": fields.summary, "document_number": fields.document_number,
            "char_count": len(fields.body), "first_seen_at": record.fetched_at, "last_seen_at": record.fetched_at,
        })
        if created:
            return article, _NewStory(found, clusters)
    else:
        article = known
    # Fields that pages do not keep come from whichever page had them first, unless the page is being
    # processed again: then newer processing knows better.
    for name in ("editor", "original_title", "keywords", "summary", "document_number"):
        if getattr(article, name) is None or (refresh and getattr(fields, name) is not None):
            setattr(article, name, getattr(fields, name))
    article.first_seen_at = min(article.first_seen_at, record.fetched_at)
    article.last_seen_at = max(article.last_seen_at, record.fetched_at)
    return article, None


def _adopt_most_authoritative_page(session: Session, article: Article) -> None:
    """Title, origin and author as the most authoritative page carrying the article shows them,
    whatever order the pages came in; the publication time is the earliest any of them shows."""
    best, _ = most_authoritative_page(session, article.id)
    for name in ("title", "origin", "author"):
        setattr(article, name, getattr(best, name) or getattr(article, name))
    story_time = _story_time(session, article.id)
    if story_time is not None:
        for name, value in _published(story_time).items():
            setattr(article, name, value)


def _published(at: datetime | None) -> dict[str, Any]:
    """An article's publication columns: the time, how precisely it is known, its China calendar day."""
    return {"published_at": at, "published_precision": precision_of(at) if at else None,
            "published_day": at.astimezone(SHANGHAI).date() if at else None}


def _story_time(session: Session, article_id: int) -> datetime | None:
    """When the text was first published, from the times its pages show: the earliest day any shows;
    on that day a time beats a bare date, and the most authoritative page's time beats the others'
    (a repost shows when it was reposted), the earliest among equals."""
    shown = session.execute(select(Page.published_at, Page.spam_injected, Source.kind, Source.domain)
                            .join(Source).where(Page.article_id == article_id, Page.published_at.is_not(None))).all()
    if not shown:
        return None
    first_day = min(row.published_at.astimezone(SHANGHAI).date() for row in shown)
    that_day = [row for row in shown if row.published_at.astimezone(SHANGHAI).date() == first_day]
    timed = [row for row in that_day if precision_of(row.published_at) != DAY] or that_day
    first: datetime = max(timed, key=lambda row: (page_authority(row, row), -row.published_at.timestamp())).published_at
    return first


def index_for_search(connection: Connection, articles: Iterable[tuple[int, str | None, str]]) -> None:
    """PostgreSQL's search index rows for these articles (id, title, body), as they are now. SQLite's
    index is kept by triggers that call the same tokenizer (migration 0014)."""
    if connection.dialect.name != "postgresql":
        return
    from sqlalchemy.dialects.postgresql import TSVECTOR, insert

    rows = [{"id": id, "terms": tsvector_literal(index_terms(title, body))} for id, title, body in articles]
    statement = insert(article_terms).values(article_id=bindparam("id"), terms=cast(bindparam("terms"), TSVECTOR))
    connection.execute(statement.on_conflict_do_update(index_elements=["article_id"],
                                                       set_={"terms": statement.excluded.terms}), rows)


# Articles indexed a transaction at a time when the index is filled for an existing archive.
INDEX_FILL_BATCH = 2_000


def index_unindexed_articles(connection: Connection) -> int:
    """Index the articles PostgreSQL's search index lacks — those archived before it existed, or
    before a migration rebuilt it — with the tokenizer of this code; how many. Migrations change the
    schema only (archive/migrations/env.py calls this after them); on SQLite the index's own SQL
    fills it through the same tokenizer."""
    if connection.dialect.name != "postgresql" or connection.scalar(text("SELECT to_regclass('article_terms')")) is None:
        return 0
    unindexed = (select(Article.id, Article.title, Article.body)
                 .where(~exists().where(article_terms.c.article_id == Article.id))
                 .order_by(Article.id).limit(INDEX_FILL_BATCH))
    indexed = 0
    while rows := connection.execute(unindexed).all():
        index_for_search(connection, [(row.id, row.title, row.body) for row in rows])
        indexed += len(rows)
    return indexed


def _remove_if_orphaned(session: Session, article_id: int) -> None:
    """Remove an article no page carries any more (with its fingerprints), and let its story choose
    its canonical copy again."""
    if session.scalar(select(func.count(Page.id)).where(Page.article_id == article_id)):
        return
    cluster_id = session.scalar(select(Article.cluster_id).where(Article.id == article_id))
    for model in (ArticleSignature, ArticleBand, ArticleParagraph):
        session.execute(delete(model).where(model.article_id == article_id))
    session.execute(delete(Article).where(Article.id == article_id))
    if cluster_id is not None and session.scalar(select(func.count(Article.id)).where(Article.cluster_id == cluster_id)):
        refresh_canonical(session, cluster_id)


def _fingerprint_of(processed: ProcessedPage) -> Fingerprint:
    if processed.fingerprint is None:
        raise ValueError(f"{processed.record.url}: an article page reached the archive without its fingerprint")
    return processed.fingerprint


def save_page(session: Session, processed: ProcessedPage, crawl_run_id: int | None,
              *, reprocessing: bool = False) -> Outcome:
    """Record one fetched page (insert or update by URL), its raw response and the article it carries.

    When `reprocessing` an archived page, an article the page no longer carries and no other page
    does either is removed, and the article's editorial fields take the new processing's values."""
    record, raw = processed.record, processed.raw
    if record.kind == PageKind.NOT_MODIFIED:
        known = session.scalars(select(Page).where(Page.url == record.url)).one_or_none()
        if known is not None:
            # The archived copy still holds: only when it was last confirmed changes.
            known.fetched_at, known.crawl_run_id = record.fetched_at, crawl_run_id
            return Outcome.UNCHANGED
    source = _source_for(session, record)
    article, new_story = _store_article(session, processed, reprocessing) if record.article is not None else (None, None)
    values = {
        "source_id": source.id, "article_id": article.id if article else None, "crawl_run_id": crawl_run_id,
        "fetched_at": record.fetched_at, "http_status": record.http_status, "kind": record.kind,
        "content_type": record.content_type, "encoding": record.encoding,
        "declared_encoding": record.declared_encoding, "encoding_overridden": record.encoding_overridden,
        "redirect_to": record.redirect_to,
        "title": record.title, "published_at": record.published_at, "author": record.author,
        "published_precision": precision_of(record.published_at) if record.published_at else None,
        "origin": record.origin, "spam_injected": record.spam_injected, "editor_note": record.editor_note,
        "script": record.script, "view_count": record.view_count,
        "is_truncated": record.article.is_truncated if record.article else False,
        "error": record.error, "extraction_version": record.extraction_version,
        "headers": {k: list(v) for k, v in raw.headers.items()} if raw else {},
        "raw_sha256": store_raw(session, raw) if raw else None,
    }
    page, created = _get_or_create(session, Page, {"url": record.url}, values)
    previous_article_id = None if created else page.article_id
    if not created:
        for name, value in values.items():
            setattr(page, name, value)
    if reprocessing and previous_article_id is not None and previous_article_id != values["article_id"]:
        session.flush()
        _remove_if_orphaned(session, previous_article_id)
    if article is None:
        return Outcome.NOT_ARTICLE
    session.flush()
    if new_story is not None:
        join_story(session, article, new_story.found, new_story.clusters)
        index_for_search(session.connection(), [(article.id, article.title, article.body)])
        return Outcome.NEW_ARTICLE
    title = article.title
    _adopt_most_authoritative_page(session, article)
    if article.title != title:
        index_for_search(session.connection(), [(article.id, article.title, article.body)])
    refresh_canonical(session, article.cluster_id)
    return Outcome.UNCHANGED if previous_article_id == article.id else Outcome.DUPLICATE
