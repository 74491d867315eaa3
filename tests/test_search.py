"""`python -m archive search` on SQLite (FTS5) and PostgreSQL (tsvector): the bigram index of archive/terms.py."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, select

from archive import Archive
from archive.models import Article, Page
from archive.search import search
from archive.store import _remove_if_orphaned, save_page
from archive.terms import QueryError, index_terms
from pipelines.ingest import process_for_archive
from tests.conftest import WEB
from tests.inprocess import archive_in_process

PAGES = {
    "http://gov.example.cn/gzdt/content/post_1001.html": WEB / "gov/gzdt/content/post_1001.html",  # 2024, 碳普惠 ×2
    "http://repost.example.cn/news/5566.html": WEB / "repost/news/5566.html",  # the same text
    "http://gov.example.cn/gzdt/content/post_1002.html": WEB / "gov/gzdt/content/post_1002.html",  # 2023, 碳普惠 ×1
    "http://city.example.cn/news/2023/0701/78.html": WEB / "city/news/2023/0701/78.html",  # 朱镕基
}


def fill(database_url: str) -> None:
    opened = Archive.open(database_url)
    for url, path in PAGES.items():
        body = path.read_bytes()
        with opened.session() as session:
            save_page(session, process_for_archive(url, body, {"Content-Type": "text/html"}, datetime.now(UTC)),
                      None)
    opened.close()


@pytest.fixture(scope="module")
def searched_url(module_database_url: str) -> str:
    """The archive of PAGES the tests that only search share."""
    fill(module_database_url)
    return module_database_url


@pytest.fixture
def archive(searched_url: str) -> Iterator[Archive]:
    opened = Archive.open(searched_url, migrate=False)
    yield opened
    opened.close()


@pytest.fixture
def own_archive(database_url: str) -> Iterator[Archive]:
    """An archive of PAGES for one test to change."""
    fill(database_url)
    opened = Archive.open(database_url, migrate=False)
    yield opened
    opened.close()


def test_ranked_hits_with_snippets(archive: Archive) -> None:
    with archive.reading_connection() as connection:
        hits = search(connection, "碳普惠")
    assert [hit.title[:10] for hit in hits] == ["【两会“绿”声】聚焦", "广东省生态环境保护工"]
    assert "«碳普惠»" in hits[0].snippet and "«碳普惠»" in hits[1].snippet


def test_filters(archive: Archive) -> None:
    with archive.reading_connection() as connection:
        since = search(connection, "碳普惠", since=datetime(2024, 1, 1, tzinfo=UTC))
        by_source = search(connection, "碳普惠", source="repost.example.cn")
        until = search(connection, "碳普惠", until=datetime(2024, 1, 1, tzinfo=UTC))
    assert [h.title[:4] for h in since] == ["【两会“"] and [h.title[:4] for h in by_source] == ["【两会“"]
    assert [h.title[:4] for h in until] == ["广东省生"]


def titles(connection, query: str) -> list[str]:
    return sorted(hit.title[:6] for hit in search(connection, query))


# The four articles: 两会 (post_1001, its repost is the same article), 广东省生态环境保护工作会议
# (post_1002), 朱镕基同志旧居 (city).
SHAOGUAN, CONFERENCE, HOUSE = "【两会“绿”", "广东省生态环", "朱镕基同志旧"


@pytest.mark.parametrize(("query", "expected"), [
    ("环保", [CONFERENCE]),  # 生态环保科技: the two-character words most Chinese words are
    ("镕基", [HOUSE]),
    ("堃", [HOUSE]),  # one character, in the middle of a run
    ("镕", [HOUSE]),  # one character, the start of a bigram (朱镕基, 镕园)
    ("梅州", [SHAOGUAN]),
    ("徐晓霞 主持", [CONFERENCE]),  # two words, each somewhere in the text
    ('"徐晓霞 主持"', [CONFERENCE]),  # one phrase: 徐晓霞主持会议
    ('"主持 徐晓霞"', []),  # the phrase's words in the other order
    ("韶关 徐晓霞", []),  # never in the same article
    ("生态环境 -梅州", [CONFERENCE]),
    ("環境保護", [SHAOGUAN, CONFERENCE]),  # Traditional characters find the Simplified text
    ("pm2.5", [CONFERENCE]),  # case and punctuation inside a word
    ("ＰＭ２．５", [CONFERENCE]),  # full-width
    ("PM2.6", []),
])
def test_terms_phrases_and_exclusions(archive: Archive, query: str, expected: list[str]) -> None:
    with archive.reading_connection() as connection:
        assert titles(connection, query) == expected


def test_what_the_index_leaves_out() -> None:
    """Runs of letters and digits too long to be words (a base64 blob in a page) are not indexed:
    PostgreSQL would refuse the lexeme and with it the article."""
    blob = "QUJD" * 600
    indexed = index_terms("标题", f"正文{blob}结束 pm2.5")
    assert indexed == index_terms("标题", "正文 结束 pm2.5") and len(indexed.split()) == 8 and "quj" not in indexed


def test_highlight_of_a_folded_match(archive: Archive) -> None:
    with archive.reading_connection() as connection:
        (lower,) = search(connection, "pm2.5")
        (traditional,) = search(connection, "徐曉霞")
    assert "珠三角«PM2.5»平均浓度" in lower.snippet
    assert "党组书记«徐晓霞»主持" in traditional.snippet


@pytest.mark.parametrize("query", ['碳普惠" OR *', "NEAR(碳普惠", "碳普惠 AND", "碳普惠 OR 镕基", "碳* NOT 碳普惠"])
def test_search_syntax_is_searched_for_not_interpreted(archive: Archive, query: str) -> None:
    """FTS5 and tsquery operators are words or punctuation here: none of these texts has the word
    'or', 'near' or 'and', and 碳 alone is in every text that 碳普惠 is."""
    with archive.reading_connection() as connection:
        assert search(connection, query) == []


@pytest.mark.parametrize("query", ["", " ", "%", "_", "\\", "，。！", "-梅州", '""'])
def test_a_query_with_nothing_to_search_for(archive: Archive, query: str) -> None:
    with archive.reading_connection() as connection, pytest.raises(QueryError, match="nothing to search for"):
        search(connection, query)


def test_the_index_follows_deletions(own_archive: Archive) -> None:
    """An article deleted (re-processing removes one no page carries) leaves the index with it."""
    with own_archive.session() as session:
        house = session.scalar(select(Article.id).where(Article.title.like("朱镕基%")))
        session.execute(delete(Page).where(Page.article_id == house))
        _remove_if_orphaned(session, house)
    with own_archive.reading_connection() as connection:
        assert titles(connection, "镕基") == [] and titles(connection, "环保") == [CONFERENCE]


def test_sqlite_writes_outside_the_archive_cannot_leave_the_index_behind(sqlite_url: str) -> None:
    """The index's triggers need the archive's tokenizer: another program's change to articles fails
    rather than leave the index out of step."""
    Archive.open(sqlite_url).close()
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as connection, \
            pytest.raises(sqlite3.OperationalError, match="no such function: archive_index_terms"):
        connection.execute("INSERT INTO articles (content_hash, body, is_truncated, is_canonical, char_count, "
                           "first_seen_at, last_seen_at) VALUES ('x', '正文', 0, 1, 2, '2024-01-01', '2024-01-01')")


def test_the_search_command(searched_url: str) -> None:
    found = archive_in_process(searched_url, "search", "碳普惠", "--since", "2024-01-01")
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("  1. article ") and "«碳普惠»" in found.stdout and found.stdout.count("article ") == 1
    # The hit says where to read it: the page that first carried the text (the repost came later).
    assert found.stdout.splitlines()[1].strip() == "http://gov.example.cn/gzdt/content/post_1001.html"
    misspelt = archive_in_process(searched_url, "search", "碳普惠", "--source", "gov.exmple.cn")
    assert misspelt.returncode == 2 and misspelt.stdout == ""
    assert misspelt.stderr.startswith("archive: error: no source 'gov.exmple.cn' in the archive (a domain, a name or a registry name); "
                                      "closest: gov.example.cn, ") and misspelt.stderr.count("\n") == 1
    empty = archive_in_process(searched_url, "search", "，。")
    assert empty.returncode == 2 and empty.stderr.startswith("archive: error: nothing to search for in '，。'")
    assert empty.stderr.count("\n") == 1
    bad = archive_in_process(searched_url, "search", "碳普惠", "--since", "last week")
    assert bad.returncode == 2 and "'last week' is not a date like 2024-02-23" in bad.stderr
    # Words given as separate arguments are one query; --json for programs.
    as_json = archive_in_process(searched_url, "search", "徐晓霞", "主持", "--json")
    assert as_json.returncode == 0, as_json.stderr
    (hit,) = json.loads(as_json.stdout)
    assert hit["url"] == "http://gov.example.cn/gzdt/content/post_1002.html" and hit["is_canonical"] is True
    assert hit["published_at"].startswith("2023-02-2") and "«徐晓霞»" in hit["snippet"]


def test_the_upgrade_indexes_the_articles_already_archived(own_archive: Archive) -> None:
    """Back to the trigram indexes of 0013 and up again: migration 0014 fills the bigram index for
    every article the archive holds."""
    from archive import migrations

    migrations.downgrade(own_archive.engine, "0013")
    migrations.upgrade(own_archive.engine)
    with own_archive.reading_connection() as connection:
        assert titles(connection, "镕基") == [HOUSE] and titles(connection, "環境保護") == [SHAOGUAN, CONFERENCE]
        assert titles(connection, '"徐晓霞 主持"') == [CONFERENCE]
