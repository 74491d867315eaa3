"""What processing one fetched page produces."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class PageKind:
    ARTICLE = "article"
    LIST = "list"  # an HTML page that is not an article: index, list, navigation, about
    REDIRECT = "redirect"
    NOT_MODIFIED = "not_modified"  # 304 to a conditional request: the archived copy still holds
    HTTP_ERROR = "http_error"  # 4xx/5xx, or no response at all
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


@dataclass(frozen=True)
class PageRecord:
    url: str
    fetched_at: datetime
    http_status: int | None
    kind: str
    extraction_version: str
    content_type: str | None = None
    encoding: str | None = None
    redirect_to: str | None = None
    title: str | None = None  # as shown on this page
    published_at: datetime | None = None  # as shown on this page
    author: str | None = None
    origin: str | None = None
    site_name: str | None = None
    view_count: int | None = None
    script: str | None = None  # zh-Hans, or zh-Hant when the page was in Traditional characters
    spam_injected: bool = False
    error: str | None = None
    article: ArticleFields | None = None
