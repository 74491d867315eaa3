"""Scheduled re-runs: a second crawl of an unchanged web fetches no archived article and stores
nothing new; list pages are fetched with conditional requests; `-a refetch=` fetches articles again."""
from __future__ import annotations

from tests.conftest import FixtureWeb, query_rows, run_crawl


def test_a_rerun_fetches_only_what_may_be_new(fixture_web: FixtureWeb, sqlite_url: str) -> None:
    start = f"start_urls={fixture_web.start_urls()}"
    counts = "select (select count(*) from pages), (select count(*) from articles), (select count(*) from raw_bodies)"
    first = run_crawl(sqlite_url, "-a", start)
    assert first.returncode == 0, first.stderr[-2000:]
    stored = query_rows(sqlite_url, counts)[0]

    second = run_crawl(sqlite_url, "-a", start)
    assert second.returncode == 0, second.stderr[-2000:]
    assert query_rows(sqlite_url, counts)[0] == stored
    # No archived article was requested again; list pages were, conditionally, and came back 304.
    assert query_rows(sqlite_url, "select count(*) from pages where kind = 'article' and crawl_run_id != 1")[0][0] == 0
    assert query_rows(sqlite_url, "select count(*) from pages where kind = 'list' and crawl_run_id = 2")[0][0] >= 4
    assert "'incremental/skipped_archived_article': 6" in second.stderr
    assert "'downloader/response_status_count/304'" in second.stderr
    assert tuple(query_rows(sqlite_url, "select articles_new, duplicates from crawl_runs where id = 2")[0]) == (0, 0)
    assert query_rows(sqlite_url, "select count(*) from pages where kind = 'not_modified'")[0][0] == 0

    third = run_crawl(sqlite_url, "-a", start, "-a", "refetch=0")
    assert third.returncode == 0, third.stderr[-2000:]
    assert query_rows(sqlite_url, "select count(*) from pages where kind = 'article' and crawl_run_id = 3")[0][0] == 6
    assert query_rows(sqlite_url, counts)[0] == stored


def test_a_bad_refetch_age_is_a_usage_error(sqlite_url: str) -> None:
    crawl = run_crawl(sqlite_url, "-a", "start_urls=http://127.0.0.1:9/", "-a", "refetch=weekly")
    assert crawl.returncode == 2 and "refetch: 'weekly' is not an age like 7d, 12h, 30m or 0" in crawl.stderr
