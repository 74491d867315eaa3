"""SQLAlchemy 2.x models of the archive. The `doc` of each column is its entry in docs/schema.md
(generated: `make schema-doc`)."""
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
    domain: Mapped[str] = mapped_column(String(255), unique=True, doc="host name, lower case")
    name: Mapped[str] = mapped_column(String(255), doc="the site's name: the registry's title, else as its pages state "
                                                       "it (SiteName / og:site_name), else the domain")
    kind: Mapped[str | None] = mapped_column(String(32), doc="government, newspaper, news_client, portal or aggregator "
                                                            "(from the source registry; ranks copies of a story)")
    region: Mapped[str | None] = mapped_column(String(64), doc="province-level region the site belongs to, e.g. 广东; "
                                                               "全国 for national sites (from the source registry)")
    created_at: Mapped[datetime] = mapped_column(doc="when the archive first saw the site")

    pages: Mapped[list[Page]] = relationship(back_populates="source")


class RawBody(Base):
    """A fetched response body, zlib-compressed and addressed by the sha256 of the raw bytes, so pages
    can be processed again without fetching them again."""

    __tablename__ = "raw_bodies"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True, doc="sha256 of the raw bytes, hex")
    size: Mapped[int] = mapped_column(BigInteger, doc="uncompressed size in bytes")
    compression: Mapped[str] = mapped_column(String(16), doc="how `data` is compressed: zlib")
    data: Mapped[bytes] = mapped_column(LargeBinary, doc="the compressed bytes")


class Article(Base):
    """One distinct cleaned text; every page that carried it points here. An article carried by
    several pages takes its title, origin and author from the most authoritative page and its
    publication time from the earliest date any of them shows."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, doc=(
        "sha256 of the body after NFKC, case folding and removing whitespace, punctuation and symbols"))
    title: Mapped[str | None] = mapped_column(Text, doc="the headline")
    body: Mapped[str] = mapped_column(Text, doc="the cleaned main text, paragraphs separated by a newline")
    published_at: Mapped[datetime | None] = mapped_column(doc="original publication time")
    origin: Mapped[str | None] = mapped_column(Text, doc="the stated original source (来源)")
    author: Mapped[str | None] = mapped_column(Text, doc="author or reporters, space-separated")
    editor: Mapped[str | None] = mapped_column(Text, doc="编辑, 责任编辑 or 整理")
    original_title: Mapped[str | None] = mapped_column(Text, doc="原标题, when a repost states it")
    keywords: Mapped[str | None] = mapped_column(Text, doc="关键词, or the meta keywords")
    summary: Mapped[str | None] = mapped_column(Text, doc="导读/摘要, or the meta description")
    is_truncated: Mapped[bool] = mapped_column(default=False, doc="a paywall or trial stub cut the text")
    cluster_id: Mapped[int | None] = mapped_column(Integer, index=True, doc=(
        "the story: copies of one story share it (the id of the cluster's first article)"))
    is_canonical: Mapped[bool] = mapped_column(default=True, doc="this article is its story's canonical copy")
    char_count: Mapped[int] = mapped_column(Integer, doc="characters in body")
    first_seen_at: Mapped[datetime] = mapped_column(doc="first fetch of any page carrying it")
    last_seen_at: Mapped[datetime] = mapped_column(doc="latest fetch of any page carrying it")

    pages: Mapped[list[Page]] = relationship(back_populates="article")


class CrawlRun(Base):
    """One `scrapy crawl`, `archive import-warc` or `archive reprocess` run with its counts."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    spider: Mapped[str] = mapped_column(String(64), doc="the spider's name, or import-warc / reprocess")
    arguments: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="the run's arguments (JSON)")
    started_at: Mapped[datetime] = mapped_column(doc="when the run began")
    finished_at: Mapped[datetime | None] = mapped_column(doc="NULL while running, or when the process was killed")
    status: Mapped[str] = mapped_column(String(16), doc="running, finished, interrupted or failed")
    finish_reason: Mapped[str | None] = mapped_column(String(255), doc="Scrapy's finish reason, or why a command stopped")
    pages_fetched: Mapped[int] = mapped_column(default=0, doc="pages stored by the run")
    articles_new: Mapped[int] = mapped_column(default=0, doc="articles the archive did not have before")
    duplicates: Mapped[int] = mapped_column(default=0, doc="article pages whose text the archive had from another page")
    errors: Mapped[int] = mapped_column(default=0, doc="pages stored with an error")
    pages_not_stored: Mapped[int] = mapped_column(default=0, doc=(
        "pages fetched but never stored: the archive could not be written within the retry window; "
        "a run with any is failed"))
    errors_by_kind: Mapped[dict[str, Any]] = mapped_column(default=dict, doc='JSON, e.g. {"HTTP 404": 2, "decode": 1}')
    sources: Mapped[list[str]] = mapped_column(default=list, doc="JSON list of the domains the run stored pages of")
    new_by_source: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="JSON, domain -> new articles")
    flags: Mapped[list[str]] = mapped_column(default=list, doc="JSON list of health warnings, empty when healthy")


class Page(Base):
    """One fetched URL, whatever came back; the latest fetch wins."""

    __tablename__ = "pages"
    __table_args__ = (Index("ix_pages_source_id_fetched_at", "source_id", "fetched_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True, doc="the URL requested (after redirects, the URL that answered)")
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True, doc=(
        "the article the page carried; NULL for lists, attachments, errors, redirects"))
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True, doc=(
        "the run that last fetched or imported it"))
    fetched_at: Mapped[datetime] = mapped_column(doc="when the response was received (WARC-Date for imports)")
    http_status: Mapped[int | None] = mapped_column(doc="NULL when no response came at all")
    kind: Mapped[str] = mapped_column(String(16), doc=(
        "article, list, redirect, http_error, attachment, unprocessable; not_modified for a 304 to a URL "
        "the archive did not hold"))
    content_type: Mapped[str | None] = mapped_column(String(255), doc="the Content-Type header")
    encoding: Mapped[str | None] = mapped_column(String(32), doc="the charset the page was decoded with")
    redirect_to: Mapped[str | None] = mapped_column(Text, doc="where a redirect pointed (absolute URL)")
    title: Mapped[str | None] = mapped_column(Text, doc="the headline as this page shows it")
    published_at: Mapped[datetime | None] = mapped_column(doc="the publication time as this page shows it")
    author: Mapped[str | None] = mapped_column(Text, doc="as this page shows it")
    origin: Mapped[str | None] = mapped_column(Text, doc="来源 as this page shows it")
    spam_injected: Mapped[bool] = mapped_column(default=False, doc=(
        "casino/gambling spam was found on the page: title, meta tags, banners, author field or text"))
    is_truncated: Mapped[bool] = mapped_column(default=False, doc="a paywall or trial stub cut this copy")
    script: Mapped[str | None] = mapped_column(String(8), doc=(
        "zh-Hans, or zh-Hant when the page was in Traditional characters and was converted"))
    view_count: Mapped[int | None] = mapped_column(doc="阅读次数 when the page shows one")
    error: Mapped[str | None] = mapped_column(Text, doc=(
        "why the page could not be fetched, decoded, parsed or cleaned: HTTP …, decode:, parse:, extract:, "
        "clean: or the network error"))
    extraction_version: Mapped[str] = mapped_column(String(32), doc=(
        "version of the processing code that produced the row; `archive reprocess` brings old rows up to date"))
    headers: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="the response headers (JSON, name -> values)")
    raw_sha256: Mapped[str | None] = mapped_column(ForeignKey("raw_bodies.sha256"), doc="the raw body in raw_bodies")

    source: Mapped[Source] = relationship(back_populates="pages")
    article: Mapped[Article | None] = relationship(back_populates="pages")


class ArticleSignature(Base):
    """The MinHash signature of an article's body, for estimating similarity to candidates."""

    __tablename__ = "article_signatures"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    minhash: Mapped[bytes] = mapped_column(LargeBinary, doc="128 MinHash values of the body's 5-character shingles")


class ArticleBand(Base):
    """LSH band keys: articles sharing a (band, key) pair are near-duplicate candidates."""

    __tablename__ = "article_bands"
    __table_args__ = (Index("ix_article_bands_key", "key"),)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    band: Mapped[int] = mapped_column(primary_key=True, doc="0-31")
    key: Mapped[int] = mapped_column(BigInteger, doc="64-bit hash of the band's MinHash values")


class ArticleParagraph(Base):
    """Keys of an article's long paragraphs: a truncated copy shares its paragraphs with the whole."""

    __tablename__ = "article_paragraphs"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True, doc="64-bit hash of the normalized paragraph")
