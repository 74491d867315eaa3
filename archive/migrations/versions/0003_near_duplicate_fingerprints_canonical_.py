"""near-duplicate fingerprints, canonical copies, story_copies view

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 21:55:01.639375

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Every page that carried every article, by story: the provenance analysts query.
STORY_COPIES = """
CREATE VIEW story_copies AS
SELECT a.cluster_id, a.id AS article_id, a.is_canonical, a.title AS article_title,
       a.published_at AS article_published_at, a.is_truncated AS article_is_truncated,
       p.id AS page_id, p.url, s.domain, s.name AS source_name, s.kind AS source_kind,
       p.fetched_at, p.title AS shown_title, p.published_at AS shown_published_at,
       p.spam_injected, p.is_truncated
FROM articles a
JOIN pages p ON p.article_id = a.id
JOIN sources s ON s.id = p.source_id
"""


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('article_bands',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('band', sa.Integer(), nullable=False),
    sa.Column('key', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_bands_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', 'band', name=op.f('pk_article_bands'))
    )
    with op.batch_alter_table('article_bands', schema=None) as batch_op:
        batch_op.create_index('ix_article_bands_key', ['key'], unique=False)

    op.create_table('article_paragraphs',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_paragraphs_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', 'key', name=op.f('pk_article_paragraphs'))
    )
    with op.batch_alter_table('article_paragraphs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_paragraphs_key'), ['key'], unique=False)

    op.create_table('article_signatures',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('minhash', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_signatures_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_article_signatures'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        # Until clusters are computed, every existing article is its own cluster's canonical copy.
        batch_op.add_column(sa.Column('is_canonical', sa.Boolean(), nullable=False, server_default=sa.true()))

    op.execute(STORY_COPIES)


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DROP VIEW story_copies")
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('is_canonical')

    op.drop_table('article_signatures')
    with op.batch_alter_table('article_paragraphs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_paragraphs_key'))

    op.drop_table('article_paragraphs')
    with op.batch_alter_table('article_bands', schema=None) as batch_op:
        batch_op.drop_index('ix_article_bands_key')

    op.drop_table('article_bands')
