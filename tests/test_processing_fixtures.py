"""The processing function on stored pages: tests/fixtures/pages/NAME.(html|pdf) beside NAME.json."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipelines.process import EXTRACTION_VERSION, process_page

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
FETCHED_AT = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)


def _fixtures() -> list[Path]:
    return sorted(PAGES.glob("*.json"))


def _body_file(spec: Path) -> Path:
    (body,) = [p for p in PAGES.glob(spec.stem + ".*") if p.suffix != ".json"]
    return body


@pytest.mark.parametrize("spec", _fixtures(), ids=lambda p: p.stem)
def test_fixture_page(spec: Path) -> None:
    meta = json.loads(spec.read_text(encoding="utf-8"))
    expected = meta["expected"]
    record = process_page(meta["url"], _body_file(spec).read_bytes(), meta["headers"], FETCHED_AT,
                          status=meta.get("status", 200))

    assert record.kind == expected["kind"]
    assert record.url == meta["url"]
    assert record.extraction_version == EXTRACTION_VERSION
    if expected["body"] is None:
        assert record.article is None
    else:
        assert record.article is not None
        assert record.article.body == expected["body"]
        assert record.article.title == expected["title"]
    for field in ("title", "site_name", "encoding", "redirect_to", "error"):
        if field in expected:
            assert getattr(record, field) == expected[field], field
    if "published_at" in expected:
        assert record.published_at == datetime.fromisoformat(expected["published_at"])
        assert record.article.published_at == record.published_at
    if "error_prefix" in expected:
        assert record.error.startswith(expected["error_prefix"])


def test_every_fixture_has_a_page() -> None:
    assert len(_fixtures()) >= 9
    for spec in _fixtures():
        assert _body_file(spec).exists()
