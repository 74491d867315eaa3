"""`scrapy crawl news -O FILE`: Scrapy's feed exports write the processed pages — the article text
and metadata and where each stands in the archive — never raw bytes."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from crawler.feeds import EXPORTED_FIELDS
from tests.conftest import FixtureWeb, query_rows
from tests.inprocess import crawl_in_process


def test_jsonl_and_csv_exports_hold_the_processed_pages(fixture_web: FixtureWeb, sqlite_url: str, tmp_path: Path) -> None:
    jsonl, table = tmp_path / "pages.jsonl", tmp_path / "pages.csv"
    crawl = crawl_in_process(sqlite_url, "-a", f"start_urls={fixture_web.start_urls()}", "-O", str(jsonl), "-O", str(table))
    assert not crawl.failed, crawl.log[-3000:]
    assert "Traceback" not in crawl.log and "TypeError" not in crawl.log

    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    archived = dict(query_rows(sqlite_url, "SELECT url, article_id FROM pages"))
    assert {record["url"] for record in records} == set(archived)  # one record per page stored
    articles = [record for record in records if record["kind"] == "article"]
    assert articles and all(record["body"] and record["content_hash"] and record["cluster_id"] for record in articles)
    assert all(record["article_id"] == archived[record["url"]] for record in records)
    dated = [record for record in articles if record["published_at"]]
    assert dated and all(record["published_at"].endswith("+08:00") for record in dated)
    assert all(record["source_name"] for record in records)
    for url, spec in fixture_web.expected["pages"].items():
        record = next(r for r in records if r["url"] == fixture_web.url(url))
        assert record["kind"] == spec["kind"], url

    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == EXPORTED_FIELDS
    assert len(rows) == len(records)
    assert not any("<html" in (row["body"] or "").lower() for row in rows)  # text, not the page's HTML
