"""The source registry: validation with one readable line per problem, and `-a source=NAME`
crawls with entry pages, an RSS feed and a sitemap index served on loopback."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from archive.db import parse_database_url
from crawler.localweb import serve_sites
from crawler.registry import DEFAULT_REGISTRY, KINDS, RegistryError, load_registry, select_sources
from tests.conftest import FIXTURES, query_rows
from tests.inprocess import archive_in_process, crawl_in_process

SOURCE = """
sources:
  - name: {name}
    title: 示例新闻客户端
    kind: {kind}
    domains: [{host}]
    entry_urls: ['{base}']
    rss: ['{base}rss.xml']
    sitemaps: ['{base}sitemap_index.xml']
"""


def write_registry(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_the_shipped_registry_is_valid_and_honest() -> None:
    sources = load_registry(DEFAULT_REGISTRY)
    assert {"mee", "gdee", "sdein", "zjee", "huzhou", "qlwb", "wfnews", "cenews"} <= set(sources)
    assert all(source.kind in KINDS for source in sources.values())
    # Nothing here could be checked against the live sites: no entry may claim it was.
    assert not any(source.verified for source in sources.values())
    assert select_sources(sources, "all") == list(sources.values())
    # Every shipped source says which province it covers (or 全国), for per-region queries.
    assert all(source.region for source in sources.values())


@pytest.mark.parametrize("entry, says", [
    ("- name: gdee\n    kind: government\n    domains: [gdee.gd.gov.cn]\n    entry_urls: ['https://gdee.gd.gov.cn/']",
     "source 'gdee': field 'title' is missing"),
    ("- name: gdee\n    title: 广东\n    kind: ministry\n    domains: [gdee.gd.gov.cn]\n    entry_urls: ['https://gdee.gd.gov.cn/']",
     "source 'gdee': field 'kind': 'ministry' is not one of"),
    ("- name: gdee\n    title: 广东\n    kind: government\n    domains: [gdee.gd.gov.cn]\n    entry_urls: ['https://elsewhere.cn/']",
     "source 'gdee': field 'entry_urls': 'https://elsewhere.cn/' is not on the source's domains"),
    ("- name: gdee\n    title: 广东\n    kind: government\n    domains: [gdee.gd.gov.cn]\n    entry_urls: ['ftp://gdee.gd.gov.cn/']",
     "source 'gdee': field 'entry_urls': 'ftp://gdee.gd.gov.cn/' is not an http(s) URL"),
    ("- name: gdee\n    title: 广东\n    kind: government\n    domains: [gdee.gd.gov.cn]\n    entry_urls: ['https://gdee.gd.gov.cn/']\n    max_pages: -3",
     "source 'gdee': field 'max_pages': a positive whole number"),
    ("- name: gdee\n    title: 广东\n    kind: government\n    domains: [gdee.gd.gov.cn]\n    entry_urls: ['https://gdee.gd.gov.cn/']\n    feeds: []",
     "source 'gdee': unknown field(s) feeds"),
    ("- name: gdee\n    title: 广东\n    kind: government\n    region: [广东, 山东]\n    domains: [gdee.gd.gov.cn]\n    entry_urls: ['https://gdee.gd.gov.cn/']",
     "source 'gdee': field 'region': a province-level region name"),
    ("- name: Guangdong EE\n    title: 广东", "source 'Guangdong EE': field 'name'"),
])
def test_a_bad_entry_is_one_line_naming_source_and_field(tmp_path: Path, entry: str, says: str) -> None:
    path = write_registry(tmp_path, "sources:\n  " + entry + "\n")
    with pytest.raises(RegistryError) as raised:
        load_registry(path)
    assert says in str(raised.value) and "\n" not in str(raised.value)


def test_broken_yaml_and_unknown_names(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="not valid YAML at line 3"):
        load_registry(write_registry(tmp_path, "sources:\n  - name: [unclosed\n"))
    with pytest.raises(RegistryError, match="unknown source 'nope'; known: all, gdee"):
        select_sources({"gdee": None}, "nope")


def test_crawl_a_registered_source_through_its_feed_and_sitemap(tmp_path: Path, sqlite_url: str) -> None:
    with serve_sites({"127.0.0.35": FIXTURES / "feedsite"}) as urls:
        base = urls["127.0.0.35"]
        registry = write_registry(tmp_path, SOURCE.format(name="feedsite", kind="news_client", host="127.0.0.35", base=base))
        crawl = crawl_in_process(sqlite_url, "-a", "source=feedsite", "-s", f"SOURCE_REGISTRY={registry}")
        assert not crawl.failed, crawl.log[-2000:]
        # The checks `scrapy crawl` makes before it starts (exit status 2 there: tests/test_bad_input.py).
        with pytest.raises(ValueError, match="unknown source 'nope'; known: all, feedsite"):
            crawl_in_process(sqlite_url, "-a", "source=nope", "-s", f"SOURCE_REGISTRY={registry}")
        with pytest.raises(ValueError, match="cannot read the source registry"):
            crawl_in_process(sqlite_url, "-a", "source=all", "-s", f"SOURCE_REGISTRY={tmp_path / 'missing.yaml'}")
    engine = create_engine(parse_database_url(sqlite_url))
    with engine.connect() as connection:
        pages = dict(connection.execute(text("select url, kind from pages")).all())
        source = connection.execute(text("select name, kind from sources")).one()
        arguments = connection.execute(text("select arguments from crawl_runs")).scalar()
    engine.dispose()
    # The articles are linked from no page: only the feed (a/1) and the sitemap index (a/2, a/3) lead to them.
    assert {url.removeprefix(base): kind for url, kind in pages.items()} == {
        "": "list", "rss.xml": "attachment", "sitemap_index.xml": "attachment", "sitemap-2024.xml": "attachment",
        "a/1.html": "article", "a/2.html": "article", "a/3.html": "article"}
    assert tuple(source) == ("示例新闻客户端", "news_client")
    assert "feedsite" in arguments
    # The archive commands take the registry's name for the source, as `-a source=` does.
    runs = archive_in_process(sqlite_url, "runs", "--source", "feedsite", "--json")
    assert runs.returncode == 0 and len(json.loads(runs.stdout)) == 1, runs.stderr


def test_max_pages_caps_the_requests_for_a_source(tmp_path: Path, sqlite_url: str) -> None:
    with serve_sites({"127.0.0.35": FIXTURES / "feedsite"}) as urls:
        base = urls["127.0.0.35"]
        registry = write_registry(tmp_path, SOURCE.format(name="feedsite", kind="news_client", host="127.0.0.35", base=base)
                                  + "    max_pages: 4\n")
        crawl = crawl_in_process(sqlite_url, "-a", "source=feedsite", "-s", f"SOURCE_REGISTRY={registry}")
        assert not crawl.failed, crawl.log[-2000:]
        assert "source feedsite reached max_pages (4)" in crawl.log
        assert len(query_rows(sqlite_url, "select url from pages")) == 4
        # Run after run the budget buys pages: the 3 entry pages re-checked, then pages not yet
        # archived; archived articles the run skips, and URLs it meets twice, cost nothing.
        generous = registry.read_text(encoding="utf-8").replace("max_pages: 4", "max_pages: 5")
        registry.write_text(generous, encoding="utf-8")
        for _run in (2, 3):
            assert not crawl_in_process(sqlite_url, "-a", "source=feedsite", "-s", f"SOURCE_REGISTRY={registry}").failed
    # Runs 2 and 3 spend five downloads each on the entry pages, the pages archived before that are
    # not articles, and new pages; the archived articles they skip cost nothing, so each archives at
    # least one page more (counted as requests, as before, the skipped articles used up the budget).
    assert [fetched for (fetched,) in query_rows(sqlite_url, "select pages_fetched from crawl_runs order by id")] \
        == [4, 5, 5]
    assert len(query_rows(sqlite_url, "select url from pages")) >= 6
