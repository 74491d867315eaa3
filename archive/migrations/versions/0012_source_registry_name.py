"""sources.registry_name: the source registry's key, so `--source mee` finds the source

Revision ID: 0012
Revises: 0011
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | Sequence[str] | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Filled by the next crawl of each registered source.
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('registry_name', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_sources_registry_name'), ['registry_name'], unique=False)


def downgrade() -> None:
    op.execute("DROP INDEX ix_sources_registry_name")
    op.execute("ALTER TABLE sources DROP COLUMN registry_name")
