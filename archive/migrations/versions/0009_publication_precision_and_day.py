"""articles.published_precision and published_day, pages.published_precision

Revision ID: 0009
Revises: 0008
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | Sequence[str] | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The rule of pipelines.dates.precision_of, in SQL, as it was written with this migration: a time
# at 00:00:00 China time is a day stated without a time.
CHINA_TIME = {
    "sqlite": "datetime({column}, '+8 hours')",
    "postgresql": "({column} AT TIME ZONE 'Asia/Shanghai')",
}
PRECISION = {
    "sqlite": ("CASE WHEN {column} IS NULL THEN NULL WHEN strftime('%H:%M:%S', {local}) = '00:00:00' THEN 'day' "
               "WHEN strftime('%S', {local}) = '00' THEN 'minute' ELSE 'second' END"),
    "postgresql": ("CASE WHEN {column} IS NULL THEN NULL WHEN {local}::time = '00:00:00' THEN 'day' "
                   "WHEN date_part('second', {local}) = 0 THEN 'minute' ELSE 'second' END"),
}
DAY = {"sqlite": "date({local})", "postgresql": "{local}::date"}


def upgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('published_precision', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('published_day', sa.Date(), nullable=True))
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('published_precision', sa.String(length=8), nullable=True))
    dialect = op.get_bind().dialect.name
    local = CHINA_TIME[dialect].format(column="published_at")
    precision = PRECISION[dialect].format(column="published_at", local=local)
    op.execute(f"UPDATE pages SET published_precision = {precision}")
    op.execute(f"UPDATE articles SET published_precision = {precision}, published_day = {DAY[dialect].format(local=local)}")


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): batch mode would rebuild tables the research views use.
    for table, column in (("pages", "published_precision"), ("articles", "published_day"),
                          ("articles", "published_precision")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
