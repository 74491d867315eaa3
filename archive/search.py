"""Chinese full-text search over the archive's articles.

SQLite: the FTS5 trigram index (migration 0005), ranked by BM25; terms shorter than three
characters, which a trigram index cannot match, fall back to a substring scan. PostgreSQL: substring
search served by the pg_trgm GIN indexes, ranked by how often the term occurs. Either way the term is
matched literally: FTS syntax in it (quotes, AND, *, NEAR) is searched for, never interpreted.

Written in Core on archive/tables.py: the `search` command answers without loading the ORM.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, ColumnElement, Row, column, exists, func, literal_column, or_, select, table

from archive.authority import most_authoritative
from archive.source_names import sources_named
from archive.tables import articles, pages, sources

SNIPPET_BEFORE, SNIPPET_AFTER = 30, 60
HIGHLIGHT = ("«", "»")
TRIGRAM = 3

_fts = table("articles_fts", column("rowid"), column("rank"))


@dataclass(frozen=True)
class Hit:
    article_id: int
    url: str  # the page of the most authoritative source that carried it
    cluster_id: int | None
    is_canonical: bool
    title: str | None
    published_at: datetime | None
    snippet: str


def snippet(text: str, term: str) -> str:
    """The text around the first occurrence of term, the term highlighted."""
    at = text.find(term)
    if at < 0:
        return text[:SNIPPET_BEFORE + SNIPPET_AFTER].replace("\n", " ")
    start, end = max(0, at - SNIPPET_BEFORE), min(len(text), at + len(term) + SNIPPET_AFTER)
    marked = text[start:at] + HIGHLIGHT[0] + term + HIGHLIGHT[1] + text[at + len(term):end]
    return ("…" if start else "") + marked.replace("\n", " ") + ("…" if end < len(text) else "")


def _filters(source: str | None, since: datetime | None, until: datetime | None,
             canonical_only: bool) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if source:
        conditions.append(exists(select(pages.c.id).where(pages.c.article_id == articles.c.id,
                                                          pages.c.source_id.in_(sources_named(source)))))
    if since:
        conditions.append(articles.c.published_at >= since)
    if until:
        conditions.append(articles.c.published_at < until)
    if canonical_only:
        conditions.append(articles.c.is_canonical.is_(True))
    return conditions


def _most_authoritative_urls(connection: Connection, article_ids: Collection[int]) -> dict[int, str]:
    """Each article's page from the most authoritative source; the earliest fetched of equals."""
    carriers: dict[int, list[Row]] = {}
    for row in connection.execute(
            select(pages.c.article_id, pages.c.url, pages.c.spam_injected, sources.c.kind, sources.c.domain)
            .join(sources, sources.c.id == pages.c.source_id).where(pages.c.article_id.in_(article_ids))
            .order_by(pages.c.fetched_at, pages.c.id)):
        carriers.setdefault(row.article_id, []).append(row)
    # A row holds both the page's and the source's columns.
    return {article_id: most_authoritative((row, row) for row in rows)[0].url for article_id, rows in carriers.items()}


def search(connection: Connection, term: str, *, source: str | None = None, since: datetime | None = None,
           until: datetime | None = None, canonical_only: bool = False, limit: int = 20) -> list[Hit]:
    term = term.strip()
    if not term:
        raise ValueError("an empty search term")
    conditions = _filters(source, since, until, canonical_only)
    if connection.dialect.name == "sqlite" and len(term) >= TRIGRAM:
        phrase = '"' + term.replace('"', '""') + '"'
        # FTS5's own `rank` (BM25), ranked inside the index before the join: 1.7× faster for a common
        # term at 100k articles than ordering the joined rows by bm25() (docs/benchmarks.md).
        matches = (select(_fts.c.rowid, _fts.c.rank)
                   .where(literal_column("articles_fts").op("MATCH")(phrase)).subquery())
        statement = (select(articles).join(matches, matches.c.rowid == articles.c.id)
                     .where(*conditions).order_by(matches.c.rank))
    else:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        body = articles.c.body
        occurrences = (func.length(body) - func.length(func.replace(body, term, ""))) / len(term)
        statement = (select(articles)
                     .where(or_(body.like(pattern, escape="\\"), articles.c.title.like(pattern, escape="\\")),
                            *conditions)
                     .order_by(occurrences.desc(), articles.c.id))
    found = connection.execute(statement.limit(limit)).all()
    urls = _most_authoritative_urls(connection, [article.id for article in found])
    hits = []
    for article in found:
        text = article.body if term in article.body else (article.title or "")
        # Every article has a page (re-processing removes one its last page left): "-" rather than a
        # KeyError should an archive written by other tools hold one without.
        hits.append(Hit(article.id, urls.get(article.id, "-"), article.cluster_id, article.is_canonical, article.title,
                        article.published_at, snippet(text, term)))
    return hits
