"""Scheduled re-runs: a second crawl of an unchanged web fetches no archived article and stores
nothing new; list pages are fetched with conditional requests; `-a refetch=` fetches articles again."""
from __future__ import annotations

import pytest

from tests.conftest import FixtureWeb, query_rows
from tests.inprocess import crawl_in_process


def test_a_rerun_fetches_only_what_may_be_new(fixture_web: FixtureWeb, sqlite_url: str) -> None:
    start = f"start_urls={fixture_web.start_urls()}"
    counts = "select (select count(*) from pages), (select count(*) from articles), (select count(*) from raw_bodies)"
    first = crawl_in_process(sqlite_url, "-a", start)
    assert not first.failed, first.log[-2000:]
    stored = query_rows(sqlite_url, counts)[0]

    second = crawl_in_process(sqlite_url, "-a", start)
    assert not second.failed, second.log[-2000:]
    assert query_rows(sqlite_url, counts)[0] == stored
    # No archived article was requested again; list pages were, conditionally, and came back 304.
    assert query_rows(sqlite_url, "select count(*) from pages where kind = 'article' and crawl_run_id != 1")[0][0] == 0
    assert query_rows(sqlite_url, "select count(*) from pages where kind = 'list' and crawl_run_id = 2")[0][0] >= 4
    assert second.stat("incremental/skipped_archived_article") == 6
    assert second.stat("downloader/response_status_count/304")
    assert tuple(query_rows(sqlite_url, "select articles_new, duplicates from crawl_runs where id = 2")[0]) == (0, 0)
    assert query_rows(sqlite_url, "select count(*) from pages where kind = 'not_modified'")[0][0] == 0

    third = crawl_in_process(sqlite_url, "-a", start, "-a", "refetch=0")
    assert not third.failed, third.log[-2000:]
    assert query_rows(sqlite_url, "select count(*) from pages where kind = 'article' and crawl_run_id = 3")[0][0] == 6
    assert query_rows(sqlite_url, counts)[0] == stored


def test_a_bad_refetch_age_is_a_usage_error(sqlite_url: str) -> None:
    # The check `scrapy crawl` makes before it starts (an exit status 2 there: tests/test_bad_input.py).
    with pytest.raises(ValueError, match="refetch: 'weekly' is not an age like 7d, 12h, 30m or 0"):
        crawl_in_process(sqlite_url, "-a", "start_urls=http://127.0.0.1:9/", "-a", "refetch=weekly")
