"""The one processing function: (url, raw bytes, headers, fetch time) -> PageRecord.

Pure: no Scrapy, no database, no network. The spider's pipeline, the tests, re-processing and
imports all call `process_page`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from urllib.parse import urljoin

from pipelines.clean import BODY_STEPS, FIELD_STEPS, apply_steps
from pipelines.decode import UndecodableError, decode_html
from pipelines.extract import UnparsableError, extract
from pipelines.hashing import content_hash
from pipelines.record import ArticleFields, PageKind, PageRecord

# Bump when processing changes what it produces for the same bytes: pages record it, so
# re-processing knows which pages are stale.
EXTRACTION_VERSION = "1"
# An article has a headline and a real body of text: at least this many characters...
MIN_ARTICLE_CHARS = 150
# ...of which at most this share repeats the text of a link (list pages are mostly link text).
MAX_LINK_TEXT_SHARE = 0.5

Headers = Mapping[str, str | Sequence[str]]


def header(headers: Headers, name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            if isinstance(value, str):
                return value
            return value[0] if value else None
    return None


def _is_html(content_type: str | None, body: bytes) -> bool:
    if content_type:
        media_type = content_type.split(";")[0].strip().lower()
        return media_type in ("text/html", "application/xhtml+xml")
    return body.lstrip()[:1] == b"<"


def _link_text_share(text: str, anchor_texts: frozenset[str]) -> float:
    lines = text.splitlines()
    total = sum(len(line) for line in lines)
    in_links = sum(len(line) for line in lines if " ".join(line.split()) in anchor_texts)
    return in_links / total if total else 1.0


def failed_fetch_record(url: str, fetched_at: datetime, reason: str) -> PageRecord:
    """A URL that gave no response at all (refused, timed out, DNS)."""
    return PageRecord(url=url, fetched_at=fetched_at, http_status=None, kind=PageKind.HTTP_ERROR,
                      extraction_version=EXTRACTION_VERSION, error=reason)


def process_page(url: str, body: bytes, headers: Headers, fetched_at: datetime, *, status: int = 200) -> PageRecord:
    """Never raises on page content: what cannot be processed comes back as an UNPROCESSABLE record with its reason."""
    content_type = header(headers, "Content-Type")
    page = dict(url=url, fetched_at=fetched_at, http_status=status, extraction_version=EXTRACTION_VERSION,
                content_type=content_type)
    if 300 <= status < 400:
        location = header(headers, "Location")
        return PageRecord(**page, kind=PageKind.REDIRECT, redirect_to=urljoin(url, location) if location else None)
    if status >= 400:
        return PageRecord(**page, kind=PageKind.HTTP_ERROR, error=f"HTTP {status}")
    if not _is_html(content_type, body):
        return PageRecord(**page, kind=PageKind.ATTACHMENT)
    try:
        html, encoding = decode_html(body, content_type)
    except UndecodableError as exc:
        return PageRecord(**page, kind=PageKind.UNPROCESSABLE, error=f"decode: {exc}")
    page["encoding"] = encoding
    try:
        extracted = extract(html, url, fetched_at)
    except UnparsableError as exc:
        return PageRecord(**page, kind=PageKind.UNPROCESSABLE, error=f"parse: {exc}")
    except Exception as exc:  # noqa: BLE001 - a library failing on one odd page must not stop the crawl
        return PageRecord(**page, kind=PageKind.UNPROCESSABLE, error=f"extract: {type(exc).__name__}: {exc}")

    title = apply_steps(extracted.title, FIELD_STEPS)
    author = apply_steps(extracted.author, FIELD_STEPS)
    origin = None
    shown = dict(title=title, published_at=extracted.published_at, author=author, origin=origin,
                 site_name=apply_steps(extracted.sitename, FIELD_STEPS), links=extracted.links)
    body_text = apply_steps(extracted.text, BODY_STEPS) or ""
    raw_chars = len("".join(extracted.text.split()))
    if title is None or raw_chars < MIN_ARTICLE_CHARS or _link_text_share(extracted.text, extracted.anchor_texts) > MAX_LINK_TEXT_SHARE:
        return PageRecord(**page, **shown, kind=PageKind.LIST)
    if not body_text:
        return PageRecord(**page, **shown, kind=PageKind.UNPROCESSABLE, error="clean: cleaning left no text")
    article = ArticleFields(title=title, body=body_text, content_hash=content_hash(body_text),
                            published_at=extracted.published_at, origin=origin, author=author)
    return PageRecord(**page, **shown, kind=PageKind.ARTICLE, article=article)
