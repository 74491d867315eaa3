"""One text, one row: a story re-published with every defacement the seeds show is stored as the
original's article row (tests/fixtures/merge), on both databases and in any order; additions are
kept out of the text; the story keeps the original's time."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from archive import Archive
from archive.models import Article, Page
from archive.store import register_source, save_page
from pipelines.hashing import content_hash, normalized_for_hash
from pipelines.ingest import for_archive, process_for_archive
from pipelines.process import process_page
from pipelines.record import PageKind, PageRecord
from tests.conftest import FIXTURES, query_rows
from tests.inprocess import archive_in_process

MERGE = FIXTURES / "merge"
EXPECTED = json.loads((MERGE / "expected.json").read_text(encoding="utf-8"))
FETCHED = datetime(2026, 12, 1, tzinfo=UTC)
HTML = {"Content-Type": ["text/html"]}


def _store(database_url: str, names: list[str]) -> tuple[dict[str, Page], dict[int, Article]]:
    archive = Archive.open(database_url)
    with archive.session() as session:
        register_source(session, "sthj0.gov.cn", "某市生态环境局", "government", FETCHED, None)
    for minute, name in enumerate(names):
        page = EXPECTED["pages"][name]
        processed = process_for_archive(page["url"], (MERGE / f"{name}.html").read_bytes(), HTML,
                                        FETCHED + timedelta(minutes=minute))
        with archive.session() as session:
            save_page(session, processed, None)
    with archive.session() as session:
        pages = {page.url: page for page in session.scalars(select(Page))}
        articles = {article.id: article for article in session.scalars(select(Article))}
        session.expunge_all()
    archive.close()
    return {name: pages[EXPECTED["pages"][name]["url"]] for name in names}, articles


@pytest.mark.parametrize("order", ["original first", "original last"])
def test_every_full_copy_is_the_originals_row_and_the_rest_join_its_story(database_url: str, order: str) -> None:
    names = sorted(EXPECTED["pages"], key=lambda name: (name == "original") == (order == "original last"))
    pages, articles = _store(database_url, names)
    original = articles[pages["original"].article_id]
    for name, expected in EXPECTED["pages"].items():
        article = articles[pages[name].article_id]
        if expected.get("merge"):
            assert article.id == original.id, name
        else:
            assert article.id != original.id and article.cluster_id == original.cluster_id, name
        assert pages[name].title == expected.get("shown_title", pages[name].title), name
        if "editor_note" in expected:
            assert pages[name].editor_note.startswith(expected["editor_note"]), name
            assert expected["editor_note"] not in article.body
    assert original.title == EXPECTED["title"] and original.is_canonical
    # Reposts show later times or bare dates; the story keeps the original's minute.
    assert original.published_at == datetime.fromisoformat(EXPECTED["published_at"])
    assert (original.published_precision, original.published_day.isoformat()) == ("minute", "2023-02-15")


def test_variant_and_traditional_characters_hash_alike() -> None:
    # Originals carry variants (於 後 锺 藉 摺 钜), mirrors converted back carry others (覆 for 复).
    assert normalized_for_hash("於後锺藉摺钜覆學") == normalized_for_hash("于后钟借折巨复学")
    assert content_hash("生态环境保护工作於今年展开。") == content_hash("生态环境保护工作于今年展开。")
    assert content_hash("生态环境保护工作於今年展开。") != content_hash("生态环境保护工作於明年展开。")


def test_a_first_line_repeating_the_headline_does_not_change_the_hash() -> None:
    body = "全省生态环境工作会议召开\n会议总结了去年工作，部署了今年任务。"
    assert content_hash(body, "全省生态环境工作会议召开") == content_hash(body.split("\n", 1)[1], "全省生态环境工作会议召开")


@pytest.mark.parametrize("text", ["。。。，，，！！！" * 40, "澳门新葡京 百家乐 注册送88元 真人视讯\n" * 20])
def test_a_text_that_normalizes_to_nothing_is_not_an_article(text: str) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines())
    page = f"<html><head><title>通知</title></head><body><h1>通知</h1>{paragraphs}</body></html>".encode()
    record = process_page("http://example.cn/a.html", page, HTML, FETCHED)
    assert record.kind != PageKind.ARTICLE and record.article is None


def processed_apart_by_older_code(name: str) -> PageRecord:
    """What extraction version 3 stored for a merge fixture: its note left in the text and the text
    hashed without folding, so that every defaced copy was an article of its own."""
    page = EXPECTED["pages"][name]
    record = process_page(page["url"], (MERGE / f"{name}.html").read_bytes(), HTML, FETCHED)
    assert record.article is not None
    old_body = "\n".join(filter(None, [record.editor_note, record.article.body]))
    article = dataclasses.replace(record.article, body=old_body,
                                  content_hash=hashlib.sha256(f"{name}\n{old_body}".encode()).hexdigest())
    return dataclasses.replace(record, article=article, editor_note=None, extraction_version="3")


def test_reprocess_merges_the_copies_older_code_stored_apart(database_url: str) -> None:
    archive = Archive.open(database_url)
    for name in EXPECTED["pages"]:
        with archive.session() as session:
            save_page(session, for_archive(processed_apart_by_older_code(name), (MERGE / f"{name}.html").read_bytes(),
                                           HTML), None)
    archive.close()
    assert len(query_rows(database_url, "SELECT id FROM articles")) == len(EXPECTED["pages"])

    result = archive_in_process(database_url, "reprocess")
    assert result.returncode == 0, result.stderr
    merged = {name for name, page in EXPECTED["pages"].items() if page.get("merge")}
    by_url = dict(query_rows(database_url, "SELECT url, article_id FROM pages"))
    assert len({by_url[EXPECTED["pages"][name]["url"]] for name in merged}) == 1
    # The other two are articles of their own; nothing is left that no page carries.
    assert len(query_rows(database_url, "SELECT id FROM articles")) == len(EXPECTED["pages"]) - len(merged) + 1
    assert query_rows(database_url, "SELECT editor_note FROM pages WHERE editor_note IS NOT NULL")[0][0].startswith(
        EXPECTED["pages"]["added_editors_note"]["editor_note"])
