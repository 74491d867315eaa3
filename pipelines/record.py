"""What processing one fetched page produces, and the records of pages that could not be processed.
Light to import: the crawl process and the archive use these types without loading the processing."""
from __future__ import annotations

import hashlib
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

# Bump when processing changes what it produces for the same bytes: pages record it, so
# re-processing knows which pages are stale. What each version changed: docs/extraction-versions.md.
EXTRACTION_VERSION = "310"
# zlib level for stored bodies: 6 is zlib's default, most of level 9's ratio at a third of its cost.
RAW_BODY_COMPRESSION_LEVEL = 6

Headers = Mapping[str, str | Sequence[str]]


class PageKind:
    ARTICLE = "article"
    LIST = "list"  # an HTML page that is not an article: index, list, navigation, about
    REDIRECT = "redirect"
    NOT_MODIFIED = "not_modified"  # 304 to a conditional request: the archived copy still holds
    HTTP_ERROR = "http_error"  # 4xx/5xx, no response at all, or an error page answered with 200 (`error_page: …`)
    ATTACHMENT = "attachment"  # not HTML: PDF, Word, spreadsheets; recorded, never parsed
    UNPROCESSABLE = "unprocessable"  # HTML that could not be decoded, parsed or cleaned; `error` says why


@dataclass(frozen=True)
class ArticleFields:
    """The cleaned article a page carries."""

    title: str | None
    body: str  # paragraphs separated by "\n"
    content_hash: str
    published_at: datetime | None
    origin: str | None
    author: str | None
    is_truncated: bool = False
    editor: str | None = None
    original_title: str | None = None
    keywords: str | None = None
    summary: str | None = None
    document_number: str | None = None  # an official document's 发文字号: 国发〔2024〕3号


@dataclass(frozen=True)
class PageRecord:
    url: str
    fetched_at: datetime
    http_status: int | None
    kind: str
    extraction_version: str
    content_type: str | None = None
    encoding: str | None = None
    declared_encoding: str | None = None  # what the header or meta declared, as decoding reads it
    encoding_overridden: bool | None = None  # decoded with another charset than the declared one
    redirect_to: str | None = None
    title: str | None = None  # as shown on this page
    published_at: datetime | None = None  # as shown on this page
    author: str | None = None
    origin: str | None = None
    site_name: str | None = None
    view_count: int | None = None
    script: str | None = None  # zh-Hans, or zh-Hant when the page was in Traditional characters
    spam_injected: bool = False
    editor_note: str | None = None  # 编者按 the publishing site added; not part of the article
    error: str | None = None
    article: ArticleFields | None = None
    # Absolute URLs the page links to (anchors, then script pagination), for the crawler; not stored.
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fingerprint:
    """An article body's near-duplicate fingerprint (pipelines/fingerprint.py)."""

    minhash: bytes  # NUM_PERM little-endian uint32
    band_keys: tuple[tuple[int, int], ...]  # (band, signed 64-bit key)
    paragraph_keys: tuple[int, ...]  # signed 64-bit keys of long paragraphs


class LinkSource:
    """How a response's links are found."""

    HTML = "html"  # anchors and script pagination
    FEED = "feed"  # RSS / Atom items
    SITEMAP = "sitemap"  # sitemap entries; an index's entries are further sitemaps


@dataclass(frozen=True)
class Fetched:
    """One response as the crawler received it. A 304 carries the archived copy's headers and body,
    so that its links can still be followed."""

    url: str
    status: int
    headers: Mapping[str, Sequence[str]]
    body: bytes = field(repr=False)
    fetched_at: datetime
    links_from: str = LinkSource.HTML


@dataclass(frozen=True)
class PackedBody:
    """A response body as the archive keeps it: compressed, addressed by the sha256 of its bytes."""

    sha256: str
    size: int
    compression: str
    data: bytes = field(repr=False)
    headers: dict[str, list[str]]


@dataclass(frozen=True)
class ProcessedPage:
    """A processed page with everything the archive stores for it and the links the crawler follows."""

    record: PageRecord
    raw: PackedBody | None = None  # None: nothing to keep (no response, or a 304)
    fingerprint: Fingerprint | None = None  # of the article the page carries
    links: tuple[str, ...] = ()  # pages and feeds to follow
    sitemaps: tuple[str, ...] = ()  # further sitemaps, from a sitemap index
    worker_pid: int | None = None  # the process that did the work


def pack_body(body: bytes, headers: Headers) -> PackedBody:
    values = {name: [value] if isinstance(value, str) else list(value) for name, value in headers.items()}
    return PackedBody(sha256=hashlib.sha256(body).hexdigest(), size=len(body), compression="zlib",
                      data=zlib.compress(body, RAW_BODY_COMPRESSION_LEVEL), headers=values)


def no_response(url: str, fetched_at: datetime, reason: str) -> ProcessedPage:
    """A URL that gave no response at all (refused, timed out, DNS)."""
    return ProcessedPage(record=PageRecord(url=url, fetched_at=fetched_at, http_status=None, kind=PageKind.HTTP_ERROR,
                                           extraction_version=EXTRACTION_VERSION, error=reason))


def unprocessable(fetched: Fetched, reason: str) -> ProcessedPage:
    """A response whose processing could not finish (over its time budget, its worker died); the
    raw body is kept, so the page can be processed again."""
    record = PageRecord(url=fetched.url, fetched_at=fetched.fetched_at, http_status=fetched.status,
                        kind=PageKind.UNPROCESSABLE, extraction_version=EXTRACTION_VERSION, error=reason)
    return ProcessedPage(record=record, raw=pack_body(fetched.body, fetched.headers))
