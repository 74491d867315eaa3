"""The processing function turns any bytes into a record; it never raises."""
from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.process import process_page
from pipelines.record import PageKind

FETCHED_AT = datetime(2026, 11, 1, tzinfo=timezone.utc)
HTML = {"Content-Type": "text/html"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(body: bytes) -> None:
    record = process_page("http://example.cn/a.html", body, HTML, FETCHED_AT)
    assert record.kind in (PageKind.LIST, PageKind.UNPROCESSABLE, PageKind.ARTICLE)
    assert (record.kind == PageKind.UNPROCESSABLE) == (record.error is not None)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_in_a_page(text: str) -> None:
    body = f"<html><head><title>{text[:30]}</title></head><body><h1>{text[:30]}</h1><p>{text}</p></body></html>"
    record = process_page("http://example.cn/a.html", body.encode("utf-8", "surrogatepass"), HTML, FETCHED_AT)
    if record.article is not None:
        assert record.article.body.strip()


def test_degenerate_pages() -> None:
    for body in (b"", b"   ", b"<", b"<html></html>", "。,、!?" .encode() * 500,
                 b"<div>" * 5000 + b"x" + b"</div>" * 5000, ("<p>" + "很长的段落" * 20000 + "</p>").encode()):
        record = process_page("http://example.cn/a.html", body, HTML, FETCHED_AT)
        assert record.kind in (PageKind.LIST, PageKind.UNPROCESSABLE, PageKind.ARTICLE)
