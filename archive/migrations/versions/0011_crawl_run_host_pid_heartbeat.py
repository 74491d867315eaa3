"""crawl_runs.host, pid, heartbeat_at: a dead run is recognised and marked interrupted

Revision ID: 0011
Revises: 0010
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | Sequence[str] | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("host", sa.String(length=255)), ("pid", sa.Integer()), ("heartbeat_at", sa.DateTime(timezone=True)))


def upgrade() -> None:
    # Runs from before have none: a `running` one is judged by its started_at.
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        for name, type_ in COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    for name, _type in COLUMNS:
        op.execute(f"ALTER TABLE crawl_runs DROP COLUMN {name}")
