"""attribution, editorial metadata and script

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 21:26:57.322395

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('editor', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('original_title', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('keywords', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('summary', sa.Text(), nullable=True))

    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('script', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('view_count', sa.Integer(), nullable=True))



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.drop_column('view_count')
        batch_op.drop_column('script')

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('summary')
        batch_op.drop_column('keywords')
        batch_op.drop_column('original_title')
        batch_op.drop_column('editor')

