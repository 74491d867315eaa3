"""What `scrapy crawl news -O FILE` (Scrapy's feed exports: .jsonl, .csv, .json, .xml) writes: one
record per page stored, with the processed article and where it stands in the archive — never the
raw bytes, which stay in the archive. Imports nothing heavy: settings.py reads the field list."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archive.export import china_time
from pipelines.dates import precision_of

if TYPE_CHECKING:
    from archive.queries import StoredPage
    from pipelines.record import ProcessedPage

# The columns of a CSV export, in this order; every format has these fields.
EXPORTED_FIELDS = (
    "url", "kind", "http_status", "fetched_at", "title", "published_at", "published_precision", "author", "origin",
    "editor", "body", "content_hash", "article_id", "cluster_id", "is_truncated", "spam_injected", "editor_note",
    "source_name", "source_kind", "error", "document_number",
)


def exported_page(processed: ProcessedPage, stored: StoredPage) -> dict[str, Any]:
    """The feed record of a ProcessedPage (pipelines.record) stored as StoredPage (archive.queries)."""
    record, article = processed.record, processed.record.article
    return {
        "url": record.url, "kind": record.kind, "http_status": record.http_status,
        "fetched_at": china_time(record.fetched_at),
        "title": article.title if article else record.title,
        "published_at": china_time(record.published_at),
        "published_precision": precision_of(record.published_at) if record.published_at else None,
        "author": record.author, "origin": record.origin, "editor": article.editor if article else None,
        "body": article.body if article else None, "content_hash": article.content_hash if article else None,
        "article_id": stored.article_id, "cluster_id": stored.cluster_id,
        "is_truncated": article.is_truncated if article else False, "spam_injected": record.spam_injected,
        "editor_note": record.editor_note, "source_name": stored.source_name, "source_kind": stored.source_kind,
        "error": record.error, "document_number": article.document_number if article else None,
    }
