"""The archive: the relational store of crawled pages and clean articles.

This package owns the database: models, migrations, sessions, writes and queries.
Nothing outside it writes SQL.
"""
from archive.db import Archive, ArchiveError, database_url

__all__ = ["Archive", "ArchiveError", "database_url"]
