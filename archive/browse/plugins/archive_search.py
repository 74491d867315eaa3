"""Datasette plugin of `python -m archive browse` (loaded with --plugins-dir).

- `?_search=` on articles: Datasette runs `article_terms MATCH escape_fts(:search)`; its own
  escape_fts quotes whitespace-separated words, which the bigram index does not hold. Registered
  after Datasette's (trylast), this one turns the query into the index's terms (archive/terms.py):
  two-character words, phrases, -exclusions, Traditional and Simplified alike.
- /-/story/CLUSTER_ID: the canonical copy and every repost of one story side by side.
- Every cluster_id cell links to its story page.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

from archive.browse import STORY_SQL
from archive.export import CHINA
from archive.terms import QueryError, parse_query

# FTS5's empty phrase: matches nothing, for a query with nothing to search for.
NO_MATCH = '""'
STORY_PATH = "/-/story/{}"
CHINA_TIME = "%Y-%m-%d %H:%M (China)"


def archive_fts_query(search: str) -> str:
    try:
        return parse_query(search).fts5()
    except QueryError:
        return NO_MATCH


@hookimpl(trylast=True)  # type: ignore[untyped-decorator]  # pluggy's hook markers are untyped
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("escape_fts", 1, archive_fts_query, deterministic=True)


def china_time(stored: str | None) -> str:
    """A time as the archive stores it on SQLite (ISO 8601, UTC) as a reader in China reads it."""
    if not stored:
        return "–"
    return datetime.fromisoformat(stored).astimezone(CHINA).strftime(CHINA_TIME)


@hookimpl  # type: ignore[untyped-decorator]
def prepare_jinja2_environment(env: Any) -> None:
    env.filters["china_time"] = china_time


@hookimpl  # type: ignore[untyped-decorator]
def render_cell(value: object, column: str) -> Markup | None:
    if column == "cluster_id" and isinstance(value, int):
        return Markup(f'<a href="{STORY_PATH.format(value)}">{value}</a>')
    return None


async def story(datasette: Any, request: Any) -> Response:
    cluster_id = int(request.url_vars["cluster_id"])
    database = datasette.get_database()
    copies = [dict(row) for row in (await database.execute(STORY_SQL, {"cluster_id": cluster_id})).rows]
    if not copies:
        raise NotFound(f"no story {cluster_id}")
    canonical = (await database.execute(
        "SELECT id, title, body, published_at, author, origin FROM articles WHERE cluster_id = :cluster_id "
        "ORDER BY is_canonical DESC, id LIMIT 1", {"cluster_id": cluster_id})).first()
    return Response.html(await datasette.render_template(
        "story.html", {"cluster_id": cluster_id, "copies": copies, "canonical": dict(canonical),
                       "database": database.name, "paragraphs": canonical["body"].split("\n")},
        request=request))


@hookimpl  # type: ignore[untyped-decorator]
def register_routes() -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    return [(r"^/-/story/(?P<cluster_id>\d+)$", story)]
