"""Feeds and sitemaps from hostile servers: entity bombs, external entities, gzip, gzip bombs."""
from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipelines.ingest import process_fetched
from pipelines.links import MAX_SITEMAP_BYTES, UnreadableFeedError, feed_links, sitemap_entries
from pipelines.record import Fetched, LinkSource, PageKind

FEEDS = Path(__file__).resolve().parent / "fixtures" / "feeds"
EXPECTED = json.loads((FEEDS / "expected.json").read_text(encoding="utf-8"))
SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           '<url><loc>http://127.0.0.1/a/1.html</loc></url><url><loc>http://127.0.0.1/a/2.html</loc></url></urlset>')
INDEX = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
         '<sitemap><loc>http://127.0.0.1/sitemap-2024.xml.gz</loc></sitemap></sitemapindex>')


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_feed_items_around_declared_entities_are_kept_and_no_entity_is_expanded(name: str) -> None:
    assert list(feed_links((FEEDS / name).read_bytes(), "http://127.0.0.1/rss.xml")) == EXPECTED[name]


def test_a_gzip_compressed_sitemap_and_index_are_read() -> None:
    assert sitemap_entries(gzip.compress(SITEMAP.encode()), "http://127.0.0.1/s.xml.gz").pages == (
        "http://127.0.0.1/a/1.html", "http://127.0.0.1/a/2.html")
    assert sitemap_entries(gzip.compress(INDEX.encode()), "http://127.0.0.1/i.xml.gz").sitemaps == (
        "http://127.0.0.1/sitemap-2024.xml.gz",)


def test_a_gzip_bomb_sitemap_is_unprocessable_with_the_reason() -> None:
    bomb = gzip.compress(b"\0" * (MAX_SITEMAP_BYTES + 1), compresslevel=9)
    with pytest.raises(UnreadableFeedError, match="too_large"):
        sitemap_entries(bomb, "http://127.0.0.1/s.xml.gz")
    fetched = Fetched(url="http://127.0.0.1/s.xml.gz", status=200, headers={"Content-Type": ["application/x-gzip"]},
                      body=bomb, fetched_at=datetime(2026, 12, 1, tzinfo=UTC), links_from=LinkSource.SITEMAP)
    processed = process_fetched(fetched)
    assert processed.record.kind == PageKind.UNPROCESSABLE and processed.record.error.startswith("sitemap: too_large")
    assert processed.raw is not None and not processed.links
