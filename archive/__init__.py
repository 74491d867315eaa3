"""The archive: the relational store of crawled pages and clean articles.

This package owns the database: models, migrations, sessions, writes and queries.
Nothing outside it writes SQL.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from archive.db import Archive, ArchiveError, database_url

__all__ = ["Archive", "ArchiveError", "database_url"]


def __getattr__(name: str) -> Any:
    # Loaded when first asked for: `python -m archive --help` must not wait for SQLAlchemy.
    if name in __all__:
        from archive import db

        return getattr(db, name)
    raise AttributeError(f"module 'archive' has no attribute {name!r}")
