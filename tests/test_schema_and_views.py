"""docs/schema.md against the real schema, its example queries and the research views, on SQLite
and PostgreSQL over the story fixtures."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from archive import Archive, migrations, queries
from archive.clusters import most_authoritative_page
from archive.db import make_engine
from archive.example_queries import example_queries
from archive.models import Article
from archive.schema_doc import BEGIN, END, render, render_fresh_schema, splice, structure
from tests.conftest import PROJECT_ROOT, STORIES_EXPECTED, query_rows
from tests.inprocess import archive_in_process

SCHEMA_DOC = PROJECT_ROOT / "docs" / "schema.md"
URLS = STORIES_EXPECTED["urls"]


def test_docs_schema_matches_what_the_migrations_create() -> None:
    document = SCHEMA_DOC.read_text(encoding="utf-8")
    assert document.count(BEGIN) == 1 and document.count(END) == 1
    assert splice(document, render_fresh_schema()) == document, "docs/schema.md is stale: run make schema-doc"


def test_sqlite_and_postgresql_have_the_same_tables_views_and_columns(sqlite_url: str, postgres_url: str) -> None:
    found = []
    for url in (sqlite_url, postgres_url):
        engine = make_engine(url)
        migrations.upgrade(engine)
        found.append(structure(engine))
        engine.dispose()
    assert found[0] == found[1]
    assert {"canonical_stories", "source_stats", "spam_reposts", "story_copies"} <= set(found[0])


def test_every_example_query_answers_on_the_fixture_archive(shared_story_archive: str) -> None:
    examples = example_queries()
    assert len(examples) >= 10
    for example in examples:
        assert query_rows(shared_story_archive, example.sql), f"no rows from:\n{example.sql}"


def test_canonical_stories_names_the_copy_the_code_ranks_first(shared_story_archive: str) -> None:
    rows = {row.cluster_id: row for row in query_rows(shared_story_archive, "select * from canonical_stories")}
    assert len(rows) == len(STORIES_EXPECTED["stories"])
    archive = Archive.open(shared_story_archive, migrate=False)
    with archive.session() as session:
        for article in session.scalars(select(Article).where(Article.is_canonical)):
            page, source = most_authoritative_page(session, article.id)
            row = rows[article.cluster_id]
            assert (row.article_id, row.canonical_url, row.canonical_domain) == (article.id, page.url, source.domain)
    archive.close()
    conference = next(row for row in rows.values() if row.canonical_url == URLS["conference_gov"])
    conference_story = next(story for story in STORIES_EXPECTED["stories"] if "conference_gov" in story)
    assert (conference.pages, conference.copies, conference.sources) == (len(conference_story), len(conference_story) - 1,
                                                                        len(conference_story))
    assert conference.spam_injected_pages == 1 and conference.canonical_source_kind == "government"


def test_spam_reposts_point_to_the_original_and_say_how_late_they_were(shared_story_archive: str) -> None:
    rows = query_rows(shared_story_archive, "select * from spam_reposts")
    assert [row.url for row in rows] == [URLS["conference_casino"]]
    casino = rows[0]
    assert casino.canonical_url == URLS["conference_gov"] and not casino.is_canonical
    shown = query_rows(shared_story_archive, f"select published_at from pages where url = '{URLS['conference_casino']}'")[0][0]
    original = query_rows(shared_story_archive, f"select published_at from pages where url = '{URLS['conference_gov']}'")[0][0]
    hours = (_aware(shown) - _aware(original)).total_seconds() / 3600
    assert hours > 0 and abs(float(casino.hours_after_story) - hours) < 0.01


def test_source_stats_agrees_with_the_cli_statistics(shared_story_archive: str) -> None:
    rows = {row.domain: row for row in query_rows(shared_story_archive, "select * from source_stats")}
    archive = Archive.open(shared_story_archive, migrate=False)
    with archive.session() as session:
        expected = queries.stats_by_source(session)
    archive.close()
    for stats in expected:
        row = rows[stats.domain]
        assert (row.pages, row.article_pages, row.articles, row.error_pages) == (
            stats.pages, stats.article_pages, stats.articles, stats.errors)
    assert rows["www.hijacked.example.com"].spam_injected_pages == 1
    assert rows["sthjt.gd.gov.cn"].region == "广东" and rows["sthjt.gd.gov.cn"].canonical_articles == rows["sthjt.gd.gov.cn"].articles


def _aware(value) -> datetime:
    """A timestamp as read by plain SQL: SQLite gives ISO 8601 text with its offset, PostgreSQL an
    aware datetime; either way the time zone is there."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert value.tzinfo is not None
    return value


def test_the_schema_command_prints_the_reference_of_the_archive_at_hand(shared_story_archive: str) -> None:
    result = archive_in_process(shared_story_archive, "schema")
    assert result.returncode == 0, result.stderr
    engine = make_engine(shared_story_archive)
    assert result.stdout == render(engine)
    engine.dispose()
    for name in ("### `pages`", "### `canonical_stories` (view)", "| `hours_after_story` |", "| `region` |"):
        assert name in result.stdout
    # Each database's own type names, each key once.
    fetched_at = next(line for line in result.stdout.splitlines() if line.startswith("| `fetched_at` |"))
    assert ("TIMESTAMP WITH TIME ZONE" if shared_story_archive.startswith("postgresql") else "DATETIME") in fetched_at
    assert "unique, unique" not in result.stdout
