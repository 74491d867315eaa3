"""research views: canonical_stories, source_stats, spam_reposts; story_copies gains delays;
sources.region

The views are the analysts' entry points (docs/schema.md). Time differences are the one thing SQLite
and PostgreSQL write differently, so the views compute them and the queries written on top of the
views run unchanged on both.

Revision ID: 0006
Revises: 0005
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The authority of the copy a page carries, as archive.authority.page_authority ranked it when this
# revision was written (a test holds the view and the code to the same answer).
PAGE_AUTHORITY = """CASE WHEN p.spam_injected THEN 0
            WHEN s.kind = 'government' THEN 4
            WHEN s.kind IN ('newspaper', 'news_client') THEN 3
            WHEN s.kind IN ('portal', 'aggregator') THEN 2
            WHEN s.domain LIKE '%.gov.cn' THEN 4
            ELSE 1 END"""

HOURS_BETWEEN = {
    "sqlite": "round((julianday({later}) - julianday({earlier})) * 24, 2)",
    "postgresql": "round(CAST(EXTRACT(EPOCH FROM ({later}) - ({earlier})) AS numeric) / 3600, 2)",
}
# The day in China (UTC+8, no daylight saving) as text, YYYY-MM-DD.
CHINA_DAY = {
    "sqlite": "date({moment}, '+8 hours')",
    "postgresql": "to_char({moment} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')",
}

CANONICAL_STORIES = """
CREATE VIEW canonical_stories AS
WITH carriers AS (
    SELECT p.article_id, p.url, s.domain, s.name AS source_name, s.kind AS source_kind,
           ROW_NUMBER() OVER (PARTITION BY p.article_id
                              ORDER BY {authority} DESC, p.fetched_at, p.id) AS preference
    FROM pages p JOIN sources s ON s.id = p.source_id
    WHERE p.article_id IS NOT NULL
), story_counts AS (
    SELECT a.cluster_id, COUNT(DISTINCT a.id) AS articles, COUNT(p.id) AS pages,
           COUNT(DISTINCT p.source_id) AS sources,
           SUM(CASE WHEN p.spam_injected THEN 1 ELSE 0 END) AS spam_injected_pages,
           MIN(p.fetched_at) AS first_fetched_at, MAX(p.fetched_at) AS last_fetched_at
    FROM articles a JOIN pages p ON p.article_id = a.id
    GROUP BY a.cluster_id
)
SELECT a.cluster_id, a.id AS article_id, a.title, a.published_at, a.origin, a.author, a.char_count,
       a.is_truncated, c.url AS canonical_url, c.domain AS canonical_domain,
       c.source_name AS canonical_source_name, c.source_kind AS canonical_source_kind,
       n.articles, n.pages, n.pages - 1 AS copies, n.sources, n.spam_injected_pages,
       n.first_fetched_at, n.last_fetched_at
FROM articles a
JOIN carriers c ON c.article_id = a.id AND c.preference = 1
JOIN story_counts n ON n.cluster_id = a.cluster_id
WHERE a.is_canonical
"""

STORY_COPIES = """
CREATE VIEW story_copies AS
SELECT a.cluster_id, a.id AS article_id, a.is_canonical, a.title AS article_title,
       a.published_at AS article_published_at, a.is_truncated AS article_is_truncated,
       p.id AS page_id, p.url, s.domain, s.name AS source_name, s.kind AS source_kind, s.region,
       p.fetched_at, p.title AS shown_title, p.published_at AS shown_published_at,
       {shown_published_day} AS shown_published_day, p.spam_injected, p.is_truncated, p.script,
       cs.published_at AS story_published_at,
       {hours_after_story} AS hours_after_story
FROM articles a
JOIN pages p ON p.article_id = a.id
JOIN sources s ON s.id = p.source_id
LEFT JOIN canonical_stories cs ON cs.cluster_id = a.cluster_id
"""

SPAM_REPOSTS = """
CREATE VIEW spam_reposts AS
SELECT sc.page_id, sc.url, sc.domain, sc.source_name, sc.source_kind, sc.fetched_at, sc.shown_title,
       sc.shown_published_at, sc.article_id, sc.cluster_id, sc.is_canonical,
       cs.article_id AS canonical_article_id, cs.title AS canonical_title, cs.canonical_url,
       cs.canonical_domain, sc.story_published_at, sc.hours_after_story
FROM story_copies sc
LEFT JOIN canonical_stories cs ON cs.cluster_id = sc.cluster_id
WHERE sc.spam_injected
"""

SOURCE_STATS = """
CREATE VIEW source_stats AS
SELECT s.id AS source_id, s.domain, s.name, s.kind, s.region,
       COUNT(p.id) AS pages,
       COUNT(p.article_id) AS article_pages,
       COUNT(DISTINCT p.article_id) AS articles,
       COUNT(DISTINCT CASE WHEN a.is_canonical THEN a.id END) AS canonical_articles,
       SUM(CASE WHEN p.spam_injected THEN 1 ELSE 0 END) AS spam_injected_pages,
       SUM(CASE WHEN p.is_truncated THEN 1 ELSE 0 END) AS truncated_pages,
       COUNT(p.error) AS error_pages,
       MIN(p.fetched_at) AS first_fetched_at, MAX(p.fetched_at) AS last_fetched_at,
       MAX(p.published_at) AS latest_published_at
FROM sources s
LEFT JOIN pages p ON p.source_id = s.id
LEFT JOIN articles a ON a.id = p.article_id
GROUP BY s.id, s.domain, s.name, s.kind, s.region
"""

def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("DROP VIEW story_copies")
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('region', sa.String(length=64), nullable=True))
    op.execute(CANONICAL_STORIES.format(authority=PAGE_AUTHORITY))
    op.execute(STORY_COPIES.format(
        shown_published_day=CHINA_DAY[dialect].format(moment="p.published_at"),
        hours_after_story=HOURS_BETWEEN[dialect].format(later="p.published_at", earlier="cs.published_at")))
    op.execute(SPAM_REPOSTS)
    op.execute(SOURCE_STATS)


def downgrade() -> None:
    for view in ("source_stats", "spam_reposts", "story_copies", "canonical_stories"):
        op.execute(f"DROP VIEW {view}")
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_column('region')
    # story_copies as revision 0003 created it.
    op.execute(context.script.get_revision("0003").module.STORY_COPIES)
