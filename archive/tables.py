"""The archive's schema as SQLAlchemy Core tables: the one definition the ORM models
(archive/models.py), the migrations' checks and the read-only commands share. The `doc` of each
column is its entry in docs/schema.md (generated: `make schema-doc`).

Commands that only read (`search`) work on these tables without loading the ORM, which costs as
much again as SQLAlchemy's core to import."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    column,
    table,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

# Stable constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# How SQLite stores a time: ISO 8601 in UTC with its offset written out, so that an analyst's
# `SELECT published_at` reads as what it is, and SQLite's own date functions take it as UTC.
# (Rows written before migration 0010 had a space for the T and no offset; both are read.)
SQLITE_TIME_FORMAT = "%(year)04d-%(month)02d-%(day)02dT%(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d+00:00"
SQLITE_TIME_PATTERN = r"(\d+)-(\d+)-(\d+)[T ](\d+):(\d+):(\d+)(?:\.(\d+))?"


class AwareDateTime(TypeDecorator[datetime]):
    """Timezone-aware in Python on every backend. SQLite has no time zones, so values are stored
    there in UTC (PostgreSQL's timestamptz does the same) and read back as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            from sqlalchemy.dialects.sqlite import DATETIME

            sqlite_time = DATETIME(storage_format=SQLITE_TIME_FORMAT, regexp=SQLITE_TIME_PATTERN)  # type: ignore[no-untyped-call]
            return dialect.type_descriptor(sqlite_time)
        return dialect.type_descriptor(self.impl)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} would be stored without its time zone")
        return value.astimezone(UTC) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


metadata = MetaData(naming_convention=NAMING_CONVENTION)


def required(name: str, type_: Any, doc: str | None, *foreign_key: ForeignKey, **options: Any) -> Column[Any]:
    """A NOT NULL column."""
    return Column(name, type_, *foreign_key, nullable=False, doc=doc, **options)


def optional(name: str, type_: Any, doc: str | None, *foreign_key: ForeignKey, **options: Any) -> Column[Any]:
    """A column that may be NULL."""
    return Column(name, type_, *foreign_key, nullable=True, doc=doc, **options)


sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    required("domain", String(255), "host name, lower case", unique=True),
    required("name", String(255), "the site's name: the registry's title, else as its pages state it (SiteName / "
                                   "og:site_name), else the domain"),
    optional("kind", String(32), "government, newspaper, news_client, portal or aggregator (from the source registry; "
                                 "ranks copies of a story)"),
    optional("region", String(64), "province-level region the site belongs to, e.g. 广东; 全国 for national sites "
                                   "(from the source registry)"),
    required("created_at", AwareDateTime(), "when the archive first saw the site"),
    optional("registry_name", String(64), "the source's key in the source registry (`-a source=NAME`), when a "
                                          "crawl of it registered it", index=True),
)

raw_bodies = Table(
    "raw_bodies", metadata,
    Column("sha256", String(64), primary_key=True, doc="sha256 of the raw bytes, hex"),
    required("size", BigInteger, "uncompressed size in bytes"),
    required("compression", String(16), "how `data` is compressed: zlib"),
    required("data", LargeBinary, "the compressed bytes"),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    required("content_hash", String(64), "sha256 of the body after NFKC, case folding and removing whitespace, "
                                         "punctuation and symbols", unique=True),
    optional("title", Text, "the headline"),
    required("body", Text, "the cleaned main text, paragraphs separated by a newline"),
    optional("published_at", AwareDateTime(), "original publication time: the earliest day any page carrying the "
                                              "text shows; on that day a time beats a bare date and the most "
                                              "authoritative page's time beats a repost's"),
    optional("published_precision", String(8), "how precisely published_at is known: day (a date without a time, "
                                               "stored as 00:00 China time), minute or second"),
    optional("published_day", Date, "the China (UTC+8) calendar day of published_at, for grouping by day"),
    optional("origin", Text, "the stated original source (来源)"),
    optional("author", Text, "author or reporters, space-separated"),
    optional("editor", Text, "编辑, 责任编辑 or 整理"),
    optional("original_title", Text, "原标题, when a repost states it"),
    optional("keywords", Text, "关键词, or the meta keywords"),
    optional("summary", Text, "导读/摘要, or the meta description"),
    optional("document_number", Text, "an official document's number (发文字号), written 国发〔2024〕3号"),
    required("is_truncated", Boolean, "a paywall or trial stub cut the text", default=False),
    optional("cluster_id", Integer, "the story: copies of one story share it (the id of the cluster's first article)",
             index=True),
    required("is_canonical", Boolean, "this article is its story's canonical copy", default=True),
    required("char_count", Integer, "characters in body"),
    required("first_seen_at", AwareDateTime(), "first fetch of any page carrying it"),
    required("last_seen_at", AwareDateTime(), "latest fetch of any page carrying it"),
)

crawl_runs = Table(
    "crawl_runs", metadata,
    Column("id", Integer, primary_key=True),
    required("spider", String(64), "the spider's name, or import-warc / reprocess"),
    required("arguments", JSON, "the run's arguments (JSON)", default=dict),
    required("started_at", AwareDateTime(), "when the run began"),
    optional("finished_at", AwareDateTime(), "NULL while running, or when the process was killed"),
    required("status", String(16), "running, finished, paused, interrupted or failed (README: Operating it)"),
    optional("finish_reason", String(255), "Scrapy's finish reason, or why a command stopped"),
    required("pages_fetched", Integer, "pages stored by the run", default=0),
    required("articles_new", Integer, "articles the archive did not have before", default=0),
    required("duplicates", Integer, "article pages whose text the archive had from another page", default=0),
    required("errors", Integer, "pages stored with an error", default=0),
    required("pages_not_stored", Integer, "pages fetched but never stored: the archive could not be written within "
                                          "the retry window; a run with any is failed", default=0),
    required("errors_by_kind", JSON, 'JSON, e.g. {"HTTP 404": 2, "decode": 1}', default=dict),
    required("sources", JSON, "JSON list of the domains the run stored pages of", default=list),
    required("new_by_source", JSON, "JSON, domain -> new articles", default=dict),
    required("flags", JSON, "JSON list of health warnings, empty when healthy", default=list),
    optional("crawl_id", String(64), "the distributed crawl (REDIS_URL) the run was a worker of; its workers' rows "
                                     "share it", index=True),
    optional("host", String(255), "the machine the run ran on"),
    optional("pid", Integer, "its process id there"),
    optional("heartbeat_at", AwareDateTime(), "when the run last wrote its counts; a running run silent for 10 "
                                              "minutes, or whose process is gone, is marked interrupted"),
)

pages = Table(
    "pages", metadata,
    Column("id", Integer, primary_key=True),
    required("url", Text, "the URL requested (after redirects, the URL that answered)", unique=True),
    required("source_id", Integer, None, ForeignKey("sources.id")),
    optional("article_id", Integer, "the article the page carried; NULL for lists, attachments, errors, redirects",
             ForeignKey("articles.id"), index=True),
    optional("crawl_run_id", Integer, "the run that last fetched or imported it", ForeignKey("crawl_runs.id"),
             index=True),
    required("fetched_at", AwareDateTime(), "when the response was received (WARC-Date for imports)"),
    optional("http_status", Integer, "NULL when no response came at all"),
    required("kind", String(16), "article, list, redirect, http_error, attachment, unprocessable; not_modified for a "
                                 "304 to a URL the archive did not hold"),
    optional("content_type", String(255), "the Content-Type header"),
    optional("encoding", String(32), "the charset the page was decoded with"),
    optional("declared_encoding", String(32), "the charset the response declared, its Content-Type header's before "
                                              "its meta's, as decoding reads it (gb2312 and gbk as gb18030, "
                                              "ISO-8859-1 as cp1252); NULL when it declared none"),
    optional("encoding_overridden", Boolean, "the declared charset was not used because the bytes are another: "
                                             "UTF-8 declared gb2312, GBK declared utf-8 or ISO-8859-1, a byte order "
                                             "mark; NULL when nothing was declared or the page was not decoded"),
    optional("redirect_to", Text, "where a redirect pointed (absolute URL)"),
    optional("title", Text, "the headline as this page shows it"),
    optional("published_at", AwareDateTime(), "the publication time as this page shows it"),
    optional("published_precision", String(8), "day, minute or second: how precisely this page shows it"),
    optional("author", Text, "the names this page gives, space-separated"),
    optional("origin", Text, "来源 as this page shows it"),
    required("spam_injected", Boolean, "casino/gambling spam was found on the page: title, meta tags, banners, author "
                                       "field or text", default=False),
    required("is_truncated", Boolean, "a paywall or trial stub cut this copy", default=False),
    optional("editor_note", Text, "a note the publishing site put before or after the text (编者按, 编者的话); kept "
                                  "out of the article's body, so a repost with a note is the same article"),
    optional("script", String(8), "zh-Hans, or zh-Hant when the page was in Traditional characters and was converted"),
    optional("view_count", Integer, "阅读次数 when the page shows one"),
    optional("error", Text, "why the page could not be fetched, decoded, parsed or cleaned: HTTP …, decode:, parse:, "
                            "extract:, clean: or the network error"),
    required("extraction_version", String(32), "version of the processing code that produced the row; `archive "
                                               "reprocess` brings old rows up to date"),
    required("headers", JSON, "the response headers (JSON, name -> values)", default=dict),
    optional("raw_sha256", String(64), "the raw body in raw_bodies", ForeignKey("raw_bodies.sha256")),
    Index("ix_pages_source_id_fetched_at", "source_id", "fetched_at"),
)

article_signatures = Table(
    "article_signatures", metadata,
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True),
    required("minhash", LargeBinary, "128 MinHash values of the body's 5-character shingles"),
)

article_bands = Table(
    "article_bands", metadata,
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True),
    Column("band", Integer, primary_key=True, doc="0-31"),
    required("key", BigInteger, "64-bit hash of the band's MinHash values"),
    Index("ix_article_bands_key", "key"),
)

article_paragraphs = Table(
    "article_paragraphs", metadata,
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True),
    Column("key", BigInteger, primary_key=True, index=True, doc="64-bit hash of the normalized paragraph"),
)

# The search index (migration 0014, archive/terms.py), outside `metadata` because the databases hold
# it differently: SQLite as an FTS5 table (its rowid the article's id), PostgreSQL as a table of
# tsvectors.
article_terms = table("article_terms", column("article_id"), column("terms"))
