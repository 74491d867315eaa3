"""Chinese full-text search over the archive's articles, on the bigram index of archive/terms.py
(migration 0014): terms of any length, all required; "quoted phrases"; -excluded terms; Traditional
and Simplified, case and width folded. SQLite ranks by FTS5's BM25, PostgreSQL by ts_rank; a term so
common that ranking would read thousands of matches lists the newest archived first instead.

Written in Core on archive/tables.py: the `search` command answers without loading the ORM.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, Select, cast, column, exists, func, literal_column, select, table

from archive.authority import most_authoritative
from archive.source_names import sources_named
from archive.tables import article_terms, articles, pages, sources
from archive.terms import Phrase, Query, fold_in_place, parse_query

SNIPPET_BEFORE, SNIPPET_AFTER = 30, 60
HIGHLIGHT = ("«", "»")
# Ranking reads every match (BM25 or ts_rank over each one's terms): past this many, the top 20 of
# a common term would cost more than the 100 ms an interactive search may take at a million
# articles (docs/benchmarks.md), so the newest archived come first, read straight off the index.
RANKED_MATCHES = 2_000

# SQLite's FTS5 table: its rowid is the article's id, `rank` its BM25 order.
_fts = table("article_terms", column("rowid"), column("rank"))


@dataclass(frozen=True)
class Hit:
    article_id: int
    url: str  # the page of the most authoritative source that carried it
    cluster_id: int | None
    is_canonical: bool
    title: str | None
    published_at: datetime | None
    snippet: str


def snippet(text: str, phrases: Sequence[Phrase]) -> str | None:
    """The text around the first of the phrases found in it (compared folded), highlighted; None
    if none is."""
    folded = fold_in_place(text)
    found = [(at, len(wanted)) for wanted in (fold_in_place(phrase.text) for phrase in phrases)
             if (at := folded.find(wanted)) >= 0]
    if not found:
        return None
    at, length = min(found)
    start, end = max(0, at - SNIPPET_BEFORE), min(len(text), at + length + SNIPPET_AFTER)
    marked = text[start:at] + HIGHLIGHT[0] + text[at:at + length] + HIGHLIGHT[1] + text[at + length:end]
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
    carriers: dict[int, list[Row[Any]]] = {}
    for row in connection.execute(
            select(pages.c.article_id, pages.c.url, pages.c.spam_injected, sources.c.kind, sources.c.domain)
            .join(sources, sources.c.id == pages.c.source_id).where(pages.c.article_id.in_(article_ids))
            .order_by(pages.c.fetched_at, pages.c.id)):
        carriers.setdefault(row.article_id, []).append(row)  # type: ignore[arg-type]  # rows of one shape
    # A row holds both the page's and the source's columns.
    return {article_id: most_authoritative((row, row) for row in rows)[0].url for article_id, rows in carriers.items()}


def _more_than(connection: Connection, matches: Select[Any], bound: int) -> bool:
    return (connection.scalar(select(func.count()).select_from(matches.limit(bound + 1).subquery())) or 0) > bound


def _sqlite_statement(connection: Connection, query: Query, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    match = literal_column("article_terms").op("MATCH")(query.fts5())
    if _more_than(connection, select(_fts.c.rowid).where(match), RANKED_MATCHES):
        return (select(articles).join(_fts, _fts.c.rowid == articles.c.id).where(match, *conditions)
                .order_by(_fts.c.rowid.desc()))
    # Ranked inside the index before the join: faster than ordering the joined rows by bm25().
    matches = select(_fts.c.rowid, _fts.c.rank).where(match).subquery()
    return (select(articles).join(matches, matches.c.rowid == articles.c.id).where(*conditions)
            .order_by(matches.c.rank, articles.c.id))


def _postgresql_statement(connection: Connection, query: Query, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    from sqlalchemy.dialects.postgresql import TSQUERY

    tsquery = cast(query.tsquery(), TSQUERY)
    match = article_terms.c.terms.op("@@")(tsquery)
    statement = select(articles).join(article_terms, article_terms.c.article_id == articles.c.id).where(match, *conditions)
    if _more_than(connection, select(article_terms.c.article_id).where(match), RANKED_MATCHES):
        return statement.order_by(articles.c.id.desc())
    return statement.order_by(func.ts_rank(article_terms.c.terms, tsquery).desc(), articles.c.id)


def search(connection: Connection, query: str, *, source: str | None = None, since: datetime | None = None,
           until: datetime | None = None, canonical_only: bool = False, limit: int = 20) -> list[Hit]:
    """Articles matching the query (archive/terms.py's syntax); QueryError if it has nothing to
    search for."""
    parsed = parse_query(query)
    conditions = _filters(source, since, until, canonical_only)
    build = _sqlite_statement if connection.dialect.name == "sqlite" else _postgresql_statement
    found = connection.execute(build(connection, parsed, conditions).limit(limit)).all()
    urls = _most_authoritative_urls(connection, [article.id for article in found])
    hits = []
    for article in found:
        shown = (snippet(article.body, parsed.required) or snippet(article.title or "", parsed.required)
                 or article.body[:SNIPPET_BEFORE + SNIPPET_AFTER].replace("\n", " "))
        # Every article has a page (re-processing removes one its last page left): "-" rather than a
        # KeyError should an archive written by other tools hold one without.
        hits.append(Hit(article.id, urls.get(article.id, "-"), article.cluster_id, article.is_canonical, article.title,
                        article.published_at, shown))
    return hits
