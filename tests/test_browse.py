"""`python -m archive browse`: the real Datasette on loopback over the story fixtures, asked for
HTML and JSON, and the story page loaded in headless Chromium."""
from __future__ import annotations

import html
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from archive import Archive
from archive.example_queries import example_queries
from archive.search import search
from archive.tables import articles as articles_table
from tests.conftest import PROJECT_ROOT, STORIES_EXPECTED, store_stories

URLS = STORIES_EXPECTED["urls"]
STARTUP_SECONDS = 30


@dataclass
class Browsed:
    base: str  # http://127.0.0.1:PORT
    database: str  # Datasette's name for the archive: its file's stem
    archive_url: str

    def get(self, path: str, **params: str) -> tuple[int, str]:
        url = self.base + urllib.parse.quote(path) + ("?" + urllib.parse.urlencode(params) if params else "")
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def json(self, path: str, **params: str):
        status, body = self.get(path, **params)
        assert status == 200, body[:500]
        return json.loads(body)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def browsed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browsed]:
    database = tmp_path_factory.mktemp("browse") / "archive.db"
    scratch = tmp_path_factory.mktemp("browse-tmp")
    archive_url = f"sqlite:///{database}"
    store_stories(archive_url)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "archive", "browse", "--port", str(port)], cwd=PROJECT_ROOT,
                              env=dict(os.environ, ARCHIVE_DATABASE_URL=archive_url, TMPDIR=str(scratch)),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"archive browse did not start: {server.communicate()[0]}")
            time.sleep(0.2)
    yield Browsed(base, database.stem, archive_url)
    # Stopped as a service manager stops it: it must leave no scratch behind and say it was terminated.
    server.terminate()
    output = server.communicate(timeout=30)[0]
    assert "Traceback" not in output, output
    assert server.returncode == 128 + signal.SIGTERM
    assert list(scratch.iterdir()) == []


def cluster_of(browsed: Browsed, fixture: str) -> int:
    rows = browsed.json(f"/{browsed.database}/story_copies.json", url=URLS[fixture], _shape="array")
    return rows[0]["cluster_id"]


@pytest.mark.parametrize("query", ["环保", "潍坊", "環境保護", "污染 -土壤", '"生态环境保护工作会议"', "pm2.5", "徐晓霞 主持"])
def test_search_box_finds_what_archive_search_finds(browsed: Browsed, query: str) -> None:
    found = browsed.json(f"/{browsed.database}/articles.json", _search=query, _shape="array", _col="title", _size="max")
    archive = Archive.open(browsed.archive_url, migrate=False)
    with archive.reading_connection() as connection:
        expected = {hit.article_id for hit in search(connection, query, limit=1000)}
        every = connection.execute(articles_table.select()).all()
    archive.close()
    assert {row["id"] for row in found} == expected
    assert expected and len(expected) < len(every)  # the query selects, it does not pass everything


def test_search_html_and_a_query_with_nothing_to_search_for(browsed: Browsed) -> None:
    status, page = browsed.get(f"/{browsed.database}/articles", _search="两个字")
    assert status == 200 and 'value="两个字"' in page
    assert browsed.json(f"/{browsed.database}/articles.json", _search="，。", _shape="array") == []


def test_metadata_describes_columns_and_hides_bytes(browsed: Browsed) -> None:
    status, page = browsed.get(f"/{browsed.database}/articles")
    assert status == 200
    for column in ("body", "cluster_id", "published_precision"):
        assert f'data-column-description="{articles_table.c[column].doc}"' in html.unescape(page)
    tables = {table["name"]: table for table in browsed.json(f"/{browsed.database}.json")["tables"]}
    assert all(tables[name]["hidden"] for name in ("raw_bodies", "article_signatures", "article_bands",
                                                   "article_paragraphs"))
    assert not tables["articles"]["hidden"]


def test_every_example_query_is_a_canned_query_that_answers(browsed: Browsed) -> None:
    for example in example_queries():
        rows = browsed.json(f"/{browsed.database}/{example.name}.json", _shape="array")
        assert rows, f"no rows from the canned query {example.name}"


def test_story_page_and_its_json(browsed: Browsed) -> None:
    cluster_id = cluster_of(browsed, "conference_gov")
    conference = next(story for story in STORIES_EXPECTED["stories"] if "conference_gov" in story)
    rows = browsed.json(f"/{browsed.database}/story.json", cluster_id=str(cluster_id), _shape="array")
    assert [row["url"] for row in rows][0] == URLS["conference_gov"]
    assert sorted(row["url"] for row in rows) == sorted(URLS[name] for name in conference)
    status, page = browsed.get(f"/-/story/{cluster_id}")
    assert status == 200
    assert all(f'href="{URLS[name]}"' in page for name in conference)
    assert page.count('class="story-copy') == len(conference) and page.count("story-copy canonical") == 1
    assert page.count('class="flag spam"') == 1 and page.count('class="flag truncated"') == 1
    assert browsed.get("/-/story/999999")[0] == 404
    # Every cluster_id in a table links to its story.
    status, listing = browsed.get(f"/{browsed.database}/canonical_stories")
    assert f'href="/-/story/{cluster_id}"' in listing


def test_story_page_in_a_real_browser(browsed: Browsed, tmp_path: Path) -> None:
    """Chromium loads the page, the Chinese text is laid out with a CJK font, no console errors."""
    chromium = subprocess.run([str(PROJECT_ROOT / "tools" / "test-browser")], capture_output=True, text=True,
                              check=True).stdout.strip()
    cluster_id = cluster_of(browsed, "conference_gov")
    url = f"{browsed.base}/-/story/{cluster_id}"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "广东省生态环境保护工作会议召开" in dom.stdout and dom.stdout.count('class="story-copy') >= 5
    assert "CONSOLE" not in dom.stderr, [line for line in dom.stderr.splitlines() if "CONSOLE" in line]
    screenshot = tmp_path / "story.png"
    shot = subprocess.run([chromium, *flags, f"--screenshot={screenshot}", "--window-size=1280,1600",
                           "--hide-scrollbars", url], capture_output=True, text=True, timeout=120)
    assert shot.returncode == 0 and screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", shot.stderr[-2000:]
    fonts = subprocess.run(["fc-match", "-f", "%{family}", "sans-serif:lang=zh-cn"], capture_output=True, text=True)
    assert "CJK" in fonts.stdout, f"no Chinese font for Chromium: {fonts.stdout}"
    if os.environ.get("ARCHIVE_SCREENSHOT"):
        Path(os.environ["ARCHIVE_SCREENSHOT"]).write_bytes(screenshot.read_bytes())


def test_browse_needs_a_sqlite_archive(postgres_url: str) -> None:
    refused = subprocess.run([sys.executable, "-m", "archive", "browse"], cwd=PROJECT_ROOT, capture_output=True,
                             text=True, timeout=60, env=dict(os.environ, ARCHIVE_DATABASE_URL=postgres_url))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert refused.stderr.startswith("archive: error: browse serves a SQLite archive; postgresql")
