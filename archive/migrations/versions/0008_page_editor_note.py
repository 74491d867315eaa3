"""pages.editor_note: a note the publishing site added to the text, kept out of the article's body

Revision ID: 0008
Revises: 0007
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing pages hold their notes in the body until `archive reprocess` separates them.
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('editor_note', sa.Text(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): batch mode would rebuild `pages`, which the research views use.
    op.execute("ALTER TABLE pages DROP COLUMN editor_note")
