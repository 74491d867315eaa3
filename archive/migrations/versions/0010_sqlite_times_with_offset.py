"""SQLite: times stored as ISO 8601 with their UTC offset (2024-02-23T03:32:30.000000+00:00)

Revision ID: 0010
Revises: 0009
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every time column, as of this migration. PostgreSQL's timestamptz needs nothing.
TIME_COLUMNS = {
    "sources": ("created_at",),
    "articles": ("published_at", "first_seen_at", "last_seen_at"),
    "crawl_runs": ("started_at", "finished_at"),
    "pages": ("fetched_at", "published_at"),
}
UTC_OFFSET = "+00:00"


def _rewrite(to_offset: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns in TIME_COLUMNS.items():
        for column in columns:
            if to_offset:
                # The UTC times stored as '2024-02-23 03:32:30.000000' (microseconds added where missing).
                op.execute(f"UPDATE {table} SET {column} = replace({column}, ' ', 'T') "
                           f"|| CASE WHEN {column} LIKE '%.%' THEN '' ELSE '.000000' END || '{UTC_OFFSET}' "
                           f"WHERE {column} IS NOT NULL AND {column} NOT LIKE '%{UTC_OFFSET}'")
            else:
                op.execute(f"UPDATE {table} SET {column} = replace(replace({column}, '{UTC_OFFSET}', ''), 'T', ' ') "
                           f"WHERE {column} LIKE '%{UTC_OFFSET}'")


def upgrade() -> None:
    _rewrite(to_offset=True)


def downgrade() -> None:
    _rewrite(to_offset=False)
