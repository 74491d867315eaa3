"""crawl_runs.crawl_id: the distributed crawl a run was a worker of

Revision ID: 0013
Revises: 0012
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | Sequence[str] | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('crawl_id', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_crawl_runs_crawl_id'), ['crawl_id'], unique=False)


def downgrade() -> None:
    op.execute("DROP INDEX ix_crawl_runs_crawl_id")
    op.execute("ALTER TABLE crawl_runs DROP COLUMN crawl_id")
