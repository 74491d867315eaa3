"""Migrations on a real SQLite file and a real PostgreSQL database."""
from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from archive import migrations
from archive.db import Archive, ArchiveError, make_engine
from archive.models import Base
from archive.store import save_page
from pipelines.ingest import process_for_archive
from tests.conftest import PROJECT_ROOT, WEB

CONTRACT_COLUMNS = {
    "sources": {"id", "domain", "name"},
    "pages": {"id", "url", "source_id", "article_id", "fetched_at", "http_status", "title", "published_at", "spam_injected"},
    "articles": {"id", "content_hash", "title", "body", "published_at", "origin", "author", "is_truncated", "cluster_id", "first_seen_at"},
    "crawl_runs": {"id", "spider", "started_at", "finished_at", "status"},
}


def _tables(engine) -> set[str]:
    names = set(inspect(engine).get_table_names()) - {"alembic_version"}
    return {name for name in names if not name.startswith(migrations.UNMODELLED_TABLE_PREFIXES)}


def test_upgrade_downgrade_upgrade(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
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


def test_migrations_match_the_models(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
    try:
        migrations.upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                                   "include_object": migrations.include_object})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_an_unknown_revision_is_refused_with_one_line(empty_database_url: str) -> None:
    Archive.open(empty_database_url).close()
    engine = make_engine(empty_database_url)
    with engine.begin() as connection:
        connection.execute(text("update alembic_version set version_num = 'f00dcafe'"))
    engine.dispose()
    with pytest.raises(ArchiveError) as raised:
        Archive.open(empty_database_url)
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


def test_upgrading_an_archive_with_data_keeps_every_row(empty_database_url: str) -> None:
    """Every migration runs against a filled archive: rows written at the first revision, then head
    (SQLite copies altered tables, which rows referring to them must survive)."""
    engine = make_engine(empty_database_url)
    migrations.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "insert into crawl_runs (spider, arguments, started_at, status, pages_fetched, articles_new, duplicates,"
            " errors, errors_by_kind) values ('news', '{}', '2026-01-01 00:00:00', 'finished', 1, 1, 0, 0, '{}')"))
        connection.execute(text("insert into sources (domain, name, created_at) values ('a.example.cn', 'a', '2026-01-01 00:00:00')"))
        connection.execute(text(
            "insert into articles (content_hash, title, body, is_truncated, cluster_id, char_count, first_seen_at,"
            " last_seen_at, published_at) values ('h', 't', 'b', false, 1, 1, '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00', '2025-12-31 16:00:00')"))
        connection.execute(text(
            "insert into pages (url, source_id, article_id, crawl_run_id, fetched_at, http_status, kind, spam_injected,"
            " is_truncated, extraction_version, headers, published_at) values ('http://a.example.cn/1.html', 1, 1, 1,"
            " '2026-01-01 00:00:00', 200, 'article', false, false, '1', '{}', '2025-12-31 01:30:00')"))
    migrations.upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from pages where crawl_run_id = 1 and article_id = 1")).scalar() == 1
        assert connection.execute(text("select flags from crawl_runs")).scalar() in ([], "[]")
        assert connection.execute(text("select is_canonical from articles")).scalar() in (True, 1)
        # Precision and China day from the times already stored: 2026-01-01 00:00 and 2025-12-31 09:30 China time.
        assert tuple(connection.execute(text("select published_precision, published_day from articles")).one()) in (
            ("day", "2026-01-01"), ("day", date(2026, 1, 1)))
        assert connection.execute(text("select published_precision from pages")).scalar() == "minute"
        if engine.dialect.name == "sqlite":  # times rewritten as ISO 8601 with their offset
            assert connection.execute(text("select fetched_at from pages")).scalar() == "2026-01-01T00:00:00.000000+00:00"
    engine.dispose()
    # The upgraded archive takes new pages as usual.
    archive = Archive.open(empty_database_url)
    body = (WEB / "gov" / "gzdt" / "content" / "post_1002.html").read_bytes()
    with archive.session() as session:
        save_page(session, process_for_archive("http://a.example.cn/2.html", body, {"Content-Type": "text/html"},
                                               datetime.now(UTC)), 1)
    archive.close()


def test_workers_upgrading_a_new_postgres_archive_together_all_succeed(postgres_url: str) -> None:
    """Distributed workers started together each upgrade the same new database (processes: Alembic's
    context is one per process)."""
    # Each imports what it needs, then all upgrade at one instant.
    at_once = ("import sys, time; from archive import migrations; from archive.db import Archive; "
               "time.sleep(max(0, float(sys.argv[2]) - time.time())); Archive.open(sys.argv[1]).close()")
    start = str(time.time() + 3)
    upgrades = [subprocess.Popen([sys.executable, "-c", at_once, postgres_url, start], cwd=PROJECT_ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(4)]
    outputs = [upgrade.communicate(timeout=120)[0] for upgrade in upgrades]
    assert [upgrade.returncode for upgrade in upgrades] == [0] * 4, outputs
    archive = Archive.open(postgres_url, migrate=False)
    try:
        assert migrations.current_revision(archive.engine) == migrations.head_revision(archive.engine)
    finally:
        archive.close()
