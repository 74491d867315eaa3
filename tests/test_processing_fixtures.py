"""The processing function on stored pages: tests/fixtures/pages/NAME.(html|pdf) beside NAME.json
(see tests/fixtures/pages/README.md)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipelines.evaluate import bigram_prf
from pipelines.process import EXTRACTION_VERSION, process_page

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
FETCHED_AT = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)
LABEL_KEYS = {"kind", "body", "error_prefix", "labelled_body", "body_min_precision", "body_min_recall",
              "published_date", "author_contains"}


def _fixtures() -> list[Path]:
    return sorted(PAGES.glob("*.json"))


def _body_file(spec: Path) -> Path:
    (body,) = [p for p in PAGES.glob(spec.stem + ".*") if p.suffix != ".json"]
    return body


def _field(record, name: str):
    """A field of the page record, else of its article."""
    if hasattr(record, name):
        return getattr(record, name)
    assert record.article is not None, f"{name} is an article field but the page has no article"
    return getattr(record.article, name)


@pytest.mark.parametrize("spec", _fixtures(), ids=lambda p: p.stem)
def test_fixture_page(spec: Path) -> None:
    meta = json.loads(spec.read_text(encoding="utf-8"))
    expected = meta["expected"]
    record = process_page(meta["url"], _body_file(spec).read_bytes(), meta["headers"], FETCHED_AT,
                          status=meta.get("status", 200))

    assert record.kind == expected["kind"]
    assert record.url == meta["url"]
    assert record.extraction_version == EXTRACTION_VERSION
    if "body" in expected:
        assert (record.article.body if record.article else None) == expected["body"]
    if "labelled_body" in expected:
        precision, recall, _ = bigram_prf(record.article.body, expected["labelled_body"])
        assert precision >= expected["body_min_precision"] and recall >= expected["body_min_recall"]
    for name, value in expected.items():
        if name in LABEL_KEYS:
            continue
        got = _field(record, name)
        if name == "published_at" and value is not None:
            value = datetime.fromisoformat(value)
        assert got == value, name
    if "published_at" in expected and record.article is not None:
        assert record.article.published_at == record.published_at
    if "published_date" in expected:
        assert record.published_at.astimezone(ZoneInfo("Asia/Shanghai")).date().isoformat() == expected["published_date"]
    if "author_contains" in expected:
        assert expected["author_contains"] in record.article.author
    if "error_prefix" in expected:
        assert record.error.startswith(expected["error_prefix"])


def test_the_fixtures_cover_the_templates() -> None:
    assert len(_fixtures()) >= 15
    articles = [json.loads(spec.read_text(encoding="utf-8"))["expected"] for spec in _fixtures()]
    assert sum(1 for e in articles if e["kind"] == "article") >= 12
    for spec in _fixtures():
        assert _body_file(spec).exists()
