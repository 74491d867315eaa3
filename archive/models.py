"""The ORM models of the archive, mapped onto the Core tables of archive/tables.py, which hold
the columns, their types and their documentation (docs/schema.md)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from archive import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


class Source(Base):
    """One site (host) pages were fetched from."""

    __table__ = tables.sources

    id: Mapped[int]
    domain: Mapped[str]
    name: Mapped[str]
    kind: Mapped[str | None]
    region: Mapped[str | None]
    created_at: Mapped[datetime]
    registry_name: Mapped[str | None]

    pages: Mapped[list[Page]] = relationship(back_populates="source")


class RawBody(Base):
    """A fetched response body, zlib-compressed and addressed by the sha256 of the raw bytes, so pages
    can be processed again without fetching them again."""

    __table__ = tables.raw_bodies

    sha256: Mapped[str]
    size: Mapped[int]
    compression: Mapped[str]
    data: Mapped[bytes]


class Article(Base):
    """One distinct cleaned text; every page that carried it points here. An article carried by
    several pages takes its title, origin and author from the most authoritative page and its
    publication time from the earliest date any of them shows."""

    __table__ = tables.articles

    id: Mapped[int]
    content_hash: Mapped[str]
    title: Mapped[str | None]
    body: Mapped[str]
    published_at: Mapped[datetime | None]
    published_precision: Mapped[str | None]
    published_day: Mapped[date | None]
    origin: Mapped[str | None]
    author: Mapped[str | None]
    editor: Mapped[str | None]
    original_title: Mapped[str | None]
    keywords: Mapped[str | None]
    summary: Mapped[str | None]
    document_number: Mapped[str | None]
    is_truncated: Mapped[bool]
    cluster_id: Mapped[int | None]
    is_canonical: Mapped[bool]
    char_count: Mapped[int]
    first_seen_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]

    pages: Mapped[list[Page]] = relationship(back_populates="article")


class CrawlRun(Base):
    """One `scrapy crawl`, `archive import-warc` or `archive reprocess` run with its counts."""

    __table__ = tables.crawl_runs

    id: Mapped[int]
    spider: Mapped[str]
    arguments: Mapped[dict[str, Any]]
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str]
    finish_reason: Mapped[str | None]
    pages_fetched: Mapped[int]
    articles_new: Mapped[int]
    duplicates: Mapped[int]
    errors: Mapped[int]
    pages_not_stored: Mapped[int]
    errors_by_kind: Mapped[dict[str, Any]]
    sources: Mapped[list[str]]
    new_by_source: Mapped[dict[str, Any]]
    flags: Mapped[list[str]]
    crawl_id: Mapped[str | None]
    host: Mapped[str | None]
    pid: Mapped[int | None]
    heartbeat_at: Mapped[datetime | None]


class Page(Base):
    """One fetched URL, whatever came back; the latest fetch wins."""

    __table__ = tables.pages

    id: Mapped[int]
    url: Mapped[str]
    source_id: Mapped[int]
    article_id: Mapped[int | None]
    crawl_run_id: Mapped[int | None]
    fetched_at: Mapped[datetime]
    http_status: Mapped[int | None]
    kind: Mapped[str]
    content_type: Mapped[str | None]
    encoding: Mapped[str | None]
    declared_encoding: Mapped[str | None]
    encoding_overridden: Mapped[bool | None]
    redirect_to: Mapped[str | None]
    title: Mapped[str | None]
    published_at: Mapped[datetime | None]
    published_precision: Mapped[str | None]
    author: Mapped[str | None]
    origin: Mapped[str | None]
    spam_injected: Mapped[bool]
    is_truncated: Mapped[bool]
    editor_note: Mapped[str | None]
    script: Mapped[str | None]
    view_count: Mapped[int | None]
    error: Mapped[str | None]
    extraction_version: Mapped[str]
    headers: Mapped[dict[str, Any]]
    raw_sha256: Mapped[str | None]

    source: Mapped[Source] = relationship(back_populates="pages")
    article: Mapped[Article | None] = relationship(back_populates="pages")


class ArticleSignature(Base):
    """The MinHash signature of an article's body, for estimating similarity to candidates."""

    __table__ = tables.article_signatures

    article_id: Mapped[int]
    minhash: Mapped[bytes]


class ArticleBand(Base):
    """LSH band keys: articles sharing a (band, key) pair are near-duplicate candidates."""

    __table__ = tables.article_bands

    article_id: Mapped[int]
    band: Mapped[int]
    key: Mapped[int]


class ArticleParagraph(Base):
    """Keys of an article's long paragraphs: a truncated copy shares its paragraphs with the whole."""

    __table__ = tables.article_paragraphs

    article_id: Mapped[int]
    key: Mapped[int]
