"""SQLAlchemy 2.x models of the archive. Column meanings are documented in README.md (Schema)."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class AwareDateTime(TypeDecorator[datetime]):
    """Timezone-aware in Python on every backend. SQLite has no time zones, so values are stored
    there in UTC (PostgreSQL's timestamptz does the same) and read back as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} would be stored without its time zone")
        return value.astimezone(timezone.utc) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: AwareDateTime(),
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


class Source(Base):
    """One site (host) pages were fetched from."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    domain: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime]

    pages: Mapped[list[Page]] = relationship(back_populates="source")


class RawBody(Base):
    """A fetched response body, zlib-compressed and addressed by the sha256 of the raw bytes."""

    __tablename__ = "raw_bodies"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    compression: Mapped[str] = mapped_column(String(16))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Article(Base):
    """One distinct cleaned text; every page that carried it points here."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime | None]
    origin: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    editor: Mapped[str | None] = mapped_column(Text)
    original_title: Mapped[str | None] = mapped_column(Text)
    keywords: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    is_truncated: Mapped[bool] = mapped_column(default=False)
    cluster_id: Mapped[int | None] = mapped_column(Integer, index=True)
    is_canonical: Mapped[bool] = mapped_column(default=True)
    char_count: Mapped[int] = mapped_column(Integer)
    first_seen_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]

    pages: Mapped[list[Page]] = relationship(back_populates="article")


class CrawlRun(Base):
    """One `scrapy crawl` (or import) run with its counts."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    spider: Mapped[str] = mapped_column(String(64))
    arguments: Mapped[dict[str, Any]] = mapped_column(default=dict)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16))
    finish_reason: Mapped[str | None] = mapped_column(String(255))
    pages_fetched: Mapped[int] = mapped_column(default=0)
    articles_new: Mapped[int] = mapped_column(default=0)
    duplicates: Mapped[int] = mapped_column(default=0)
    errors: Mapped[int] = mapped_column(default=0)
    errors_by_kind: Mapped[dict[str, Any]] = mapped_column(default=dict)
    sources: Mapped[list[str]] = mapped_column(default=list)  # domains the run fetched pages from
    new_by_source: Mapped[dict[str, Any]] = mapped_column(default=dict)  # domain -> new articles
    flags: Mapped[list[str]] = mapped_column(default=list)  # health warnings, empty when healthy


class Page(Base):
    """One fetched URL, whatever came back; the latest fetch wins."""

    __tablename__ = "pages"
    __table_args__ = (Index("ix_pages_source_id_fetched_at", "source_id", "fetched_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    fetched_at: Mapped[datetime]
    http_status: Mapped[int | None]
    kind: Mapped[str] = mapped_column(String(16))
    content_type: Mapped[str | None] = mapped_column(String(255))
    encoding: Mapped[str | None] = mapped_column(String(32))
    redirect_to: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None]
    author: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    spam_injected: Mapped[bool] = mapped_column(default=False)
    is_truncated: Mapped[bool] = mapped_column(default=False)
    script: Mapped[str | None] = mapped_column(String(8))
    view_count: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(Text)
    extraction_version: Mapped[str] = mapped_column(String(32))
    headers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    raw_sha256: Mapped[str | None] = mapped_column(ForeignKey("raw_bodies.sha256"))

    source: Mapped[Source] = relationship(back_populates="pages")
    article: Mapped[Article | None] = relationship(back_populates="pages")


class ArticleSignature(Base):
    """The MinHash signature of an article's body, for estimating similarity to candidates."""

    __tablename__ = "article_signatures"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    minhash: Mapped[bytes] = mapped_column(LargeBinary)


class ArticleBand(Base):
    """LSH band keys: articles sharing a (band, key) pair are near-duplicate candidates."""

    __tablename__ = "article_bands"
    __table_args__ = (Index("ix_article_bands_key", "key"),)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    band: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[int] = mapped_column(BigInteger)


class ArticleParagraph(Base):
    """Keys of an article's long paragraphs: a truncated copy shares its paragraphs with the whole."""

    __tablename__ = "article_paragraphs"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)
