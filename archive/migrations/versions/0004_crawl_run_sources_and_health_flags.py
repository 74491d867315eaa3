"""crawl run sources and health flags

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 22:34:39.279905

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    # Earlier runs recorded neither: empty, not unknown.
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('new_by_source', sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('flags', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.drop_column('flags')
        batch_op.drop_column('new_by_source')
        batch_op.drop_column('sources')

