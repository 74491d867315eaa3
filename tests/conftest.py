"""Shared fixtures: real databases (SQLite files and a real PostgreSQL server), a fixture web served
on loopback hosts, and the real `scrapy crawl` in a subprocess, for what only a process shows
(crawls inside the test process: tests/inprocess.py)."""
from __future__ import annotations

import functools
import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.pool import NullPool

from archive import Archive
from archive.db import parse_database_url
from archive.models import Article, Page
from archive.store import register_source, save_page
from crawler.localweb import serve_sites
from pipelines.ingest import for_archive
from pipelines.process import process_page
from pipelines.record import PageRecord, ProcessedPage

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WEB = FIXTURES / "web"
STORIES = FIXTURES / "stories"
STORIES_EXPECTED = json.loads((STORIES / "expected.json").read_text(encoding="utf-8"))
STORY_START = datetime(2026, 11, 1, tzinfo=UTC)
HTML = {"Content-Type": ["text/html"]}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked long_running start first: run in parallel (pytest-xdist hands tests out in
    order), the suite then ends on short tests rather than one process alone on a long one."""
    items.sort(key=lambda item: item.get_closest_marker("long_running") is None)


def _test_server(environment: str, script: str, what: str) -> str:
    """The URL in the environment variable, or the one the project's script starts (installing the
    server if need be). No server is an error, never a skip."""
    if os.environ.get(environment):
        return os.environ[environment]
    started = subprocess.run([str(PROJECT_ROOT / "tools" / script), "start"], capture_output=True, text=True)
    if started.returncode != 0:
        pytest.fail(f"no {what} server for the tests: tools/{script} start failed: {started.stderr.strip()}")
    return started.stdout.strip()


def query_rows(database_url: str, query: str) -> list:
    """Rows of a plain SQL query against an archive, as an analyst would read them."""
    engine = create_engine(parse_database_url(database_url))
    try:
        with engine.connect() as connection:
            return connection.execute(text(query)).all()
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """A real PostgreSQL server: TEST_POSTGRES_URL, or the throwaway one tools/test-postgres starts."""
    return _test_server("TEST_POSTGRES_URL", "test-postgres", "PostgreSQL")


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    with fresh_database(postgres_admin_url) as url:
        yield url


@contextmanager
def fresh_database(postgres_admin_url: str, template: str | None = None) -> Iterator[str]:
    """A new database on the server, empty or a copy of `template`, dropped afterwards."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    # No pooled connection: some tests restart the server in between.
    admin = create_engine(parse_database_url(postgres_admin_url), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    url = parse_database_url(postgres_admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'archive.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest) -> str:
    """An empty database of each kind, for the tests of the migrations themselves."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")


# Migrating a new database takes longer than copying one already migrated: each test process
# migrates one of each kind once, and every archive a test asks for starts as a copy.
@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("migrated") / "archive.db"
    Archive.open(f"sqlite:///{path}").close()
    return path


@pytest.fixture(scope="session")
def migrated_postgres(postgres_admin_url: str) -> Iterator[str]:
    """The name of a database at the newest schema, the template of the tests' archives."""
    with fresh_database(postgres_admin_url) as url:
        Archive.open(url).close()
        yield parse_database_url(url).database


def new_archive_url(kind: str, request: pytest.FixtureRequest, directory: Path) -> Iterator[str]:
    """A new archive at the newest schema, with no rows, copied from this process's migrated one."""
    if kind == "sqlite":
        path = directory / "archive.db"
        with closing(sqlite3.connect(request.getfixturevalue("migrated_sqlite"))) as source, \
                closing(sqlite3.connect(path)) as copy:
            source.backup(copy)
        yield f"sqlite:///{path}"
        return
    with fresh_database(request.getfixturevalue("postgres_admin_url"), request.getfixturevalue("migrated_postgres")) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on the embedded default and on the production database: a new archive at the
    newest schema, with no rows (the tests of the migrations take `empty_database_url`)."""
    yield from new_archive_url(request.param, request, tmp_path)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A new archive of each kind shared by a module's tests: for an archive its tests only read."""
    yield from new_archive_url(request.param, request, tmp_path_factory.mktemp("archive"))


@dataclass
class FixtureWeb:
    hosts: dict[str, str]  # site name -> base URL
    expected: dict

    def url(self, ref: str) -> str:
        """'site:/path' -> the served URL."""
        site, path = ref.split(":", 1)
        return self.hosts[site].rstrip("/") + path

    def start_urls(self) -> str:
        return ",".join(self.hosts.values())


@pytest.fixture(scope="session")
def fixture_web() -> Iterator[FixtureWeb]:
    expected = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))
    sites = {ip: WEB / name for name, ip in expected["hosts"].items()}
    with serve_sites(sites) as base_urls:
        yield FixtureWeb({name: base_urls[ip] for name, ip in expected["hosts"].items()}, expected)


def changed_later(site: Path) -> None:
    """Date every page of a served site a minute ahead: it changed after the last crawl. Last-Modified
    counts whole seconds, and two in-process crawls of a test web can fall within one."""
    later = time.time() + 60
    for page in site.rglob("*"):
        os.utime(page, (later, later))


# What a test crawl changes: no politeness delays on a loopback web, and one processing worker.
TEST_CRAWL_SETTINGS = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "PROCESSING_WORKERS": "1"}


def crawl_command(database_url: str, *args: str) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of `scrapy crawl news` against database_url, without the
    politeness delays a test web does not need, and with one processing worker: a worker is a
    fresh interpreter that imports the whole processing chain, and the tests run several crawls at
    once on two cores (the tests of the pool itself set their own)."""
    env = dict(os.environ, ARCHIVE_DATABASE_URL=database_url)
    settings = [part for name, value in TEST_CRAWL_SETTINGS.items() for part in ("-s", f"{name}={value}")]
    # The caller's arguments last: Scrapy keeps the last `-s` of a name.
    command = [sys.executable, "-m", "scrapy", "crawl", "news", *settings, *args]
    return command, env


def run_crawl(database_url: str, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """The real `scrapy crawl news`, as an operator runs it, against database_url."""
    command, env = crawl_command(database_url, *args)
    return subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="session")
def redis_url() -> str:
    """A real Redis server: TEST_REDIS_URL, or the throwaway one tools/test-redis starts."""
    return _test_server("TEST_REDIS_URL", "test-redis", "Redis")


def parallel_process_number() -> int:
    """0 for a plain pytest run; with pytest-xdist, which of its worker processes this is (gw0 → 0)."""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


@pytest.fixture
def shared_redis(redis_url: str) -> str:
    """An empty Redis database of this test process's own (tests in parallel processes share the
    server, not the database), for the workers of one distributed crawl."""
    import redis

    shared = f"{redis_url}/{1 + parallel_process_number()}"
    redis.Redis.from_url(shared).flushdb()
    return shared


@functools.cache
def processed_story(name: str, minute: int, processed_by: Callable[..., PageRecord]) -> ProcessedPage:
    """A story fixture as the crawl hands it to the archive, fetched `minute` minutes after the
    stories' start. Processing is a pure function of these, so each is processed once a session."""
    url, body = STORIES_EXPECTED["urls"][name], (STORIES / f"{name}.html").read_bytes()
    return for_archive(processed_by(url, body, HTML, STORY_START + timedelta(minutes=minute)), body, HTML)


def store_stories(database_url: str, names: list[str] | None = None,
                  processed_by: Callable[..., PageRecord] = process_page) -> dict[str, Article]:
    """Process and store the story fixtures (copies of one story from several kinds of site), one
    minute apart in the given order, as a crawl would; their articles by fixture name."""
    names = list(STORIES_EXPECTED["urls"]) if names is None else names
    archive = Archive.open(database_url)
    with archive.session() as session:
        for domain, kind in STORIES_EXPECTED["kinds"].items():
            register_source(session, domain, domain, kind, STORY_START, STORIES_EXPECTED["regions"].get(domain))
    for minute, name in enumerate(names):
        with archive.session() as session:
            save_page(session, processed_story(name, minute, processed_by), None)
    with archive.session() as session:
        by_url = {page.url: page.article_id for page in session.scalars(select(Page))}
        articles = {article.id: article for article in session.scalars(select(Article))}
        session.expunge_all()
    archive.close()
    return {name: articles[by_url[STORIES_EXPECTED["urls"][name]]] for name in names}


@pytest.fixture
def story_archive(database_url: str) -> str:
    """An archive holding every story fixture, on SQLite and on PostgreSQL, for one test to change."""
    store_stories(database_url)
    return database_url


@pytest.fixture(scope="module")
def shared_story_archive(module_database_url: str) -> str:
    """An archive holding every story fixture, on SQLite and on PostgreSQL, that a module's tests only read."""
    store_stories(module_database_url)
    return module_database_url
