"""pages.declared_encoding and pages.encoding_overridden: the charset a response declared, and whether
the bytes were read with another

Revision ID: 0016
Revises: 0015
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: str | Sequence[str] | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing pages get theirs when `archive reprocess` brings them up to date.
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('declared_encoding', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('encoding_overridden', sa.Boolean(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): batch mode would rebuild `pages`, which the research views use.
    op.execute("ALTER TABLE pages DROP COLUMN encoding_overridden")
    op.execute("ALTER TABLE pages DROP COLUMN declared_encoding")
