"""End to end: `scrapy crawl news`, in process, over a fixture web served on 127.0.0.x, read back with SQL."""
from __future__ import annotations

import zlib
from datetime import datetime

from pipelines.hashing import content_hash
from tests.conftest import FixtureWeb, query_rows
from tests.inprocess import crawl_in_process


def test_crawl_records_every_page_and_links_articles(fixture_web: FixtureWeb, database_url: str) -> None:
    crawl = crawl_in_process(database_url, "-a", f"start_urls={fixture_web.start_urls()}")
    assert not crawl.failed, crawl.log[-3000:]

    pages = {row.url: row for row in query_rows(database_url, """
        select p.url, p.kind, p.http_status, p.title, p.published_at, p.redirect_to, p.encoding, p.error,
               p.article_id, p.raw_sha256, a.body, a.content_hash, s.domain
        from pages p join sources s on s.id = p.source_id left join articles a on a.id = p.article_id""")}
    expected = {fixture_web.url(ref): spec for ref, spec in fixture_web.expected["pages"].items()}
    # Exactly the expected URLs: nothing off-site, nothing robots.txt forbids, no mailto:/javascript:.
    assert set(pages) == set(expected)

    stories: dict[str, set[int]] = {}
    for url, spec in expected.items():
        row = pages[url]
        assert row.kind == spec["kind"], url
        assert row.http_status == spec["http_status"], url
        assert row.domain in url
        if "redirect_to" in spec:
            assert row.redirect_to == fixture_web.url(spec["redirect_to"])
        if "title" in spec:
            assert row.title == spec["title"], url
        if "published_at" in spec:
            # Plain SQL: SQLite gives ISO 8601 text with its offset, PostgreSQL an aware datetime.
            shown = row.published_at if isinstance(row.published_at, datetime) else datetime.fromisoformat(row.published_at)
            assert shown == datetime.fromisoformat(spec["published_at"]), url
        if "encoding" in spec:
            assert row.encoding == spec["encoding"], url
        if "error_prefix" in spec:
            assert row.error.startswith(spec["error_prefix"]), url
        if "story" in spec:
            body = "\n".join(fixture_web.expected["bodies"][spec["story"]])
            assert row.body == body, url
            assert row.content_hash == content_hash(body)
            stories.setdefault(spec["story"], set()).add(row.article_id)
        else:
            assert row.article_id is None, url
    # One article per story, whichever sites carried it.
    assert all(len(ids) == 1 for ids in stories.values()), stories
    assert query_rows(database_url, "select count(*) from articles")[0][0] == len(stories)

    # Raw bodies are retained, compressed, addressed by their sha256.
    pdf = pages[fixture_web.url("gov:/attachments/notice.pdf")]
    (raw,) = query_rows(database_url, f"select data from raw_bodies where sha256 = '{pdf.raw_sha256}'")
    assert zlib.decompress(raw.data).startswith(b"%PDF-1.4")

    (run,) = query_rows(database_url, "select spider, status, finished_at, pages_fetched, articles_new, duplicates, errors from crawl_runs")
    assert (run.spider, run.status) == ("news", "finished")
    assert run.finished_at is not None
    assert run.pages_fetched == len(expected)
    assert run.articles_new == len(stories)
    assert run.duplicates == 2  # the reposted 两会 article and the conference article on the broken site
    assert run.errors == 3  # two 404s and the undecodable page


def test_a_second_crawl_adds_noquery_rows(fixture_web: FixtureWeb, sqlite_url: str) -> None:
    counts = "select (select count(*) from pages), (select count(*) from articles), (select count(*) from sources), (select count(*) from raw_bodies)"
    assert not crawl_in_process(sqlite_url, "-a", f"start_urls={fixture_web.start_urls()}").failed
    first = query_rows(sqlite_url, counts)[0]
    assert not crawl_in_process(sqlite_url, "-a", f"start_urls={fixture_web.start_urls()}").failed
    assert query_rows(sqlite_url, counts)[0] == first
    runs = query_rows(sqlite_url, "select articles_new, duplicates from crawl_runs order by id")
    assert [tuple(r) for r in runs][1] == (0, 0)
