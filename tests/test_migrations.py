"""Migrations on a real SQLite file and a real PostgreSQL database."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from archive import migrations
from archive.db import Archive, ArchiveError, make_engine
from archive.models import Base

CONTRACT_COLUMNS = {
    "sources": {"id", "domain", "name"},
    "pages": {"id", "url", "source_id", "article_id", "fetched_at", "http_status", "title", "published_at", "spam_injected"},
    "articles": {"id", "content_hash", "title", "body", "published_at", "origin", "author", "is_truncated", "cluster_id", "first_seen_at"},
    "crawl_runs": {"id", "spider", "started_at", "finished_at", "status"},
}


def _tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_upgrade_downgrade_upgrade(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        migrations.upgrade(engine)
        assert migrations.current_revision(engine) == migrations.head_revision(engine)
        assert _tables(engine) == set(Base.metadata.tables)
        for table, columns in CONTRACT_COLUMNS.items():
            assert columns <= {c["name"] for c in inspect(engine).get_columns(table)}
        migrations.downgrade(engine, "base")
        assert _tables(engine) == set()
        migrations.upgrade(engine)
        assert _tables(engine) == set(Base.metadata.tables)
    finally:
        engine.dispose()


def test_migrations_match_the_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        migrations.upgrade(engine)
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_an_unknown_revision_is_refused_with_one_line(database_url: str) -> None:
    Archive.open(database_url).close()
    engine = make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("update alembic_version set version_num = 'f00dcafe'"))
    engine.dispose()
    with pytest.raises(ArchiveError) as raised:
        Archive.open(database_url)
    message = str(raised.value)
    assert "f00dcafe" in message and "newer version" in message and "\n" not in message


def test_opening_an_empty_database_migrates_it(sqlite_url: str) -> None:
    archive = Archive.open(sqlite_url)
    try:
        assert migrations.current_revision(archive.engine) == migrations.head_revision(archive.engine)
        with archive.engine.connect() as connection:
            assert connection.execute(text("pragma journal_mode")).scalar() == "wal"
            assert connection.execute(text("pragma foreign_keys")).scalar() == 1
    finally:
        archive.close()
