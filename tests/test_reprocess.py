"""`python -m archive reprocess` over an archive whose pages older processing code produced: the
story fixtures as a version that left copyright disclaimers in the text would have stored them."""
from __future__ import annotations

import dataclasses
import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from archive import Archive
from archive.models import Article, CrawlRun, Page
from archive.queries import PageSelection
from archive.reprocess import reprocess
from archive.store import save_page
from pipelines.hashing import content_hash
from pipelines.ingest import for_archive
from pipelines.process import EXTRACTION_VERSION, process_page
from pipelines.record import ArticleFields, PageRecord
from tests.conftest import HTML, STORIES, STORIES_EXPECTED, STORY_START, query_rows, store_stories
from tests.inprocess import archive_in_process

OLD_VERSION = "1"
DISCLAIMER = "声明：本文转载自网络，版权归原作者所有，如有侵权请联系删除。"
NAMES = list(STORIES_EXPECTED["urls"])


def processed_by_older_code(url: str, body: bytes, headers, fetched_at: datetime) -> PageRecord:
    """What an earlier extraction version stored: the same page with the disclaimer left in the text."""
    record = process_page(url, body, headers, fetched_at)
    assert record.article is not None
    old_body = f"{record.article.body}\n{DISCLAIMER}"
    article = dataclasses.replace(record.article, body=old_body, content_hash=content_hash(old_body))
    return dataclasses.replace(record, article=article, extraction_version=OLD_VERSION)


def current_hashes() -> dict[str, str]:
    """What the current code makes of each fixture page."""
    hashes = {}
    for name, url in STORIES_EXPECTED["urls"].items():
        record = process_page(url, (STORIES / f"{name}.html").read_bytes(), HTML, STORY_START)
        hashes[url] = record.article.content_hash
    return hashes


def archived(database_url: str) -> tuple[dict[str, Article], list[Page], list[CrawlRun]]:
    archive = Archive.open(database_url, migrate=False)
    with archive.session() as session:
        pages = session.scalars(select(Page)).all()
        articles = {a.id: a for a in session.scalars(select(Article))}
        runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        session.expunge_all()
    archive.close()
    return {p.url: articles[p.article_id] for p in pages}, pages, runs


def assert_as_current_code_makes_them(database_url: str) -> None:
    by_url, pages, _runs = archived(database_url)
    assert {p.extraction_version for p in pages} == {EXTRACTION_VERSION}
    assert {url: article.content_hash for url, article in by_url.items()} == current_hashes()
    assert not any(DISCLAIMER in article.body for article in by_url.values())
    urls = STORIES_EXPECTED["urls"]
    partition = {frozenset(n for n in NAMES if by_url[urls[n]].cluster_id == by_url[urls[first]].cluster_id) for first in NAMES}
    assert partition == {frozenset(story) for story in STORIES_EXPECTED["stories"]}
    for name, canonical in STORIES_EXPECTED["canonical"].items():
        assert by_url[urls[name]].is_canonical is canonical, name
    # The disclaimer-bearing articles are gone, not left behind without pages.
    archive = Archive.open(database_url, migrate=False)
    with archive.session() as session:
        assert session.scalar(select(Article.id).where(Article.body.contains(DISCLAIMER))) is None
        assert len(session.scalars(select(Article)).all()) == len(set(current_hashes().values()))
    archive.close()


def test_reprocess_brings_old_pages_to_what_the_current_code_makes(database_url: str) -> None:
    store_stories(database_url, processed_by=processed_by_older_code)
    by_url, _pages, _runs = archived(database_url)
    assert all(DISCLAIMER in article.body for article in by_url.values())
    assert "侵权请联系" in archive_in_process(database_url, "search", "侵权请联系").stdout

    result = archive_in_process(database_url, "reprocess")
    assert result.returncode == 0, result.stderr
    assert f"re-processed {len(NAMES)} pages to extraction version {EXTRACTION_VERSION}" in result.stdout
    assert_as_current_code_makes_them(database_url)
    run = archived(database_url)[2][-1]
    assert (run.spider, run.status, run.pages_fetched) == ("reprocess", "finished", len(NAMES))
    # Full-text search sees the new texts: the index followed the rows.
    assert archive_in_process(database_url, "search", "侵权请联系").stdout == ""

    again = archive_in_process(database_url, "reprocess")
    assert again.returncode == 0 and "nothing to re-process" in again.stdout


def test_an_interrupted_reprocess_resumes_where_it_stopped(database_url: str) -> None:
    store_stories(database_url, processed_by=processed_by_older_code)
    archive = Archive.open(database_url, migrate=False)
    done = []

    def interrupt_after_five() -> None:
        done.append(1)
        if len(done) == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        reprocess(archive, PageSelection(), after_each=interrupt_after_five, batch_size=3)
    archive.close()
    _by_url, pages, runs = archived(database_url)
    assert sum(p.extraction_version == EXTRACTION_VERSION for p in pages) == 5
    assert (runs[-1].status, runs[-1].pages_fetched) == ("interrupted", 5)

    result = archive_in_process(database_url, "reprocess")
    assert result.returncode == 0, result.stderr
    assert f"re-processed {len(NAMES) - 5} pages" in result.stdout
    assert_as_current_code_makes_them(database_url)


def test_reprocess_only_the_selected_source_and_days(database_url: str) -> None:
    store_stories(database_url, processed_by=processed_by_older_code)
    result = archive_in_process(database_url, "reprocess", "--source", "www.zixun.example.tw")
    assert result.returncode == 0, result.stderr
    _by_url, pages, _runs = archived(database_url)
    current = {p.url for p in pages if p.extraction_version == EXTRACTION_VERSION}
    assert current == {STORIES_EXPECTED["urls"]["qilu_traditional_copy"], STORIES_EXPECTED["urls"]["weifang_traditional_copy"]}

    later = archive_in_process(database_url, "reprocess", "--since", "2026-12-01")
    assert later.returncode == 0 and "nothing to re-process" in later.stdout


def test_reprocess_repairs_a_list_page_stored_as_an_article(database_url: str) -> None:
    """Older code took a table-layout list for an article (its body a column of headlines); the
    current code knows it as a list: the page leaves its story and no longer counts as an article."""
    layout = Path(__file__).resolve().parent / "fixtures" / "layouts" / "list_table_rows"
    meta = json.loads(layout.with_suffix(".json").read_text(encoding="utf-8"))
    body = layout.with_suffix(".html").read_bytes()
    url = meta["url"]
    current = process_page(url, body, meta["headers"], STORY_START)
    assert current.kind == "list"
    headlines = "\n".join(re.findall(r'<a [^>]*title="([^"]+)"', body.decode("utf-8")))
    article = ArticleFields(title="信息公开", body=headlines, content_hash=content_hash(headlines), published_at=None,
                            origin=None, author=None)
    older = dataclasses.replace(current, kind="article", article=article, extraction_version=OLD_VERSION)
    archive = Archive.open(database_url)
    with archive.session() as session:
        save_page(session, for_archive(older, body, meta["headers"]), None)
    archive.close()
    assert [(p.kind, p.article_id is not None) for p in archived_pages(database_url)] == [("article", True)]

    result = archive_in_process(database_url, "reprocess")
    assert result.returncode == 0, result.stderr
    (page,) = archived_pages(database_url)
    assert (page.kind, page.article_id, page.extraction_version) == ("list", None, EXTRACTION_VERSION)
    assert query_rows(database_url, "select count(*) from articles")[0][0] == 0
    assert query_rows(database_url, "select count(*) from article_bands")[0][0] == 0


def archived_pages(database_url: str) -> list[Page]:
    archive = Archive.open(database_url, migrate=False)
    with archive.session() as session:
        pages = session.scalars(select(Page)).all()
        session.expunge_all()
    archive.close()
    return pages
