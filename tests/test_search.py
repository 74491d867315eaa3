"""`python -m archive search` on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm)."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from archive import Archive
from archive.search import search
from archive.store import save_page
from pipelines.ingest import process_for_archive
from tests.conftest import PROJECT_ROOT, WEB

PAGES = {
    "http://gov.example.cn/gzdt/content/post_1001.html": WEB / "gov/gzdt/content/post_1001.html",  # 2024, 碳普惠 ×2
    "http://repost.example.cn/news/5566.html": WEB / "repost/news/5566.html",  # the same text
    "http://gov.example.cn/gzdt/content/post_1002.html": WEB / "gov/gzdt/content/post_1002.html",  # 2023, 碳普惠 ×1
    "http://city.example.cn/news/2023/0701/78.html": WEB / "city/news/2023/0701/78.html",  # 朱镕基
}


@pytest.fixture
def archive(database_url: str):
    opened = Archive.open(database_url)
    for url, path in PAGES.items():
        body = path.read_bytes()
        with opened.session() as session:
            save_page(session, process_for_archive(url, body, {"Content-Type": "text/html"}, datetime.now(timezone.utc)),
                      None)
    yield opened
    opened.close()


def test_ranked_hits_with_snippets(archive: Archive) -> None:
    with archive.reading_connection() as connection:
        hits = search(connection, "碳普惠")
    assert [hit.title[:10] for hit in hits] == ["【两会“绿”声】聚焦", "广东省生态环境保护工"]
    assert "«碳普惠»" in hits[0].snippet and "«碳普惠»" in hits[1].snippet


def test_filters(archive: Archive) -> None:
    with archive.reading_connection() as connection:
        since = search(connection, "碳普惠", since=datetime(2024, 1, 1, tzinfo=timezone.utc))
        by_source = search(connection, "碳普惠", source="repost.example.cn")
        until = search(connection, "碳普惠", until=datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert [h.title[:4] for h in since] == ["【两会“"] and [h.title[:4] for h in by_source] == ["【两会“"]
    assert [h.title[:4] for h in until] == ["广东省生"]


@pytest.mark.parametrize("term", ['碳普惠" OR *', "NEAR(碳普惠", "碳普惠 AND", "_", "\\"])
def test_search_syntax_is_searched_for_not_interpreted(archive: Archive, term: str) -> None:
    with archive.reading_connection() as connection:
        assert search(connection, term) == []


def test_a_wildcard_character_is_literal(archive: Archive) -> None:
    with archive.reading_connection() as connection:
        hits = search(connection, "%")
    assert [hit.snippet.count("«%»") for hit in hits] == [1]  # only the text that holds "100%"


def test_a_two_character_term(archive: Archive) -> None:
    with archive.reading_connection() as connection:
        (hit,) = search(connection, "镕基")
    assert "朱«镕基»同志" in hit.snippet


def test_the_search_command(archive: Archive, database_url: str) -> None:
    env = dict(os.environ, ARCHIVE_DATABASE_URL=database_url)
    found = subprocess.run([sys.executable, "-m", "archive", "search", "碳普惠", "--since", "2024-01-01"],
                           cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("  1. article ") and "«碳普惠»" in found.stdout and found.stdout.count("article ") == 1
    # The hit says where to read it: the page that first carried the text (the repost came later).
    assert found.stdout.splitlines()[1].strip() == "http://gov.example.cn/gzdt/content/post_1001.html"
    misspelt = subprocess.run([sys.executable, "-m", "archive", "search", "碳普惠", "--source", "gov.exmple.cn"],
                              cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert misspelt.returncode == 2 and misspelt.stdout == ""
    assert misspelt.stderr.startswith("archive: error: no source 'gov.exmple.cn' in the archive (a domain, a name or a registry name); "
                                      "closest: gov.example.cn, ") and misspelt.stderr.count("\n") == 1
    empty = subprocess.run([sys.executable, "-m", "archive", "search", " "], cwd=PROJECT_ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
    assert empty.returncode == 2 and "the search term is empty" in empty.stderr and "Traceback" not in empty.stderr
    bad = subprocess.run([sys.executable, "-m", "archive", "search", "碳普惠", "--since", "last week"],
                         cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "'last week' is not a date like 2024-02-23" in bad.stderr
