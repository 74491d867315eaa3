"""article_terms: a Chinese bigram search index in place of the trigram indexes

A trigram index cannot serve one- and two-character terms, which most Chinese words are; the
bigram index (archive/terms.py) serves every length, folded for case, width and character forms.

SQLite: `article_terms`, a contentless FTS5 table (the index only, no second copy of the text),
kept in step by triggers that call `archive_index_terms`, the function every connection the
archive opens registers. PostgreSQL: `article_terms(article_id, terms tsvector)` with a GIN index,
written by the archive (archive/store.py), deleted with its article. This migration changes the
schema only: on SQLite its SQL fills the index through `archive_index_terms`; on PostgreSQL the
archive indexes the articles already archived after the migrations have run
(`archive.store.index_unindexed_articles`, called by archive/migrations/env.py).

Revision ID: 0014
Revises: 0013
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0014'
down_revision: str | Sequence[str] | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    "DROP TRIGGER articles_fts_update", "DROP TRIGGER articles_fts_delete", "DROP TRIGGER articles_fts_insert",
    "DROP TABLE articles_fts",
    # Tokens are already folded by the application; unicode61 only splits them at the spaces.
    "CREATE VIRTUAL TABLE article_terms USING fts5(terms, content='', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER article_terms_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO article_terms(rowid, terms) VALUES (new.id, archive_index_terms(new.title, new.body)); END",
    # A contentless table forgets a row given the terms it was indexed with.
    "CREATE TRIGGER article_terms_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO article_terms(article_terms, rowid, terms) "
    "VALUES ('delete', old.id, archive_index_terms(old.title, old.body)); END",
    "CREATE TRIGGER article_terms_update AFTER UPDATE OF title, body ON articles BEGIN "
    "INSERT INTO article_terms(article_terms, rowid, terms) "
    "VALUES ('delete', old.id, archive_index_terms(old.title, old.body)); "
    "INSERT INTO article_terms(rowid, terms) VALUES (new.id, archive_index_terms(new.title, new.body)); END",
    "INSERT INTO article_terms(rowid, terms) SELECT id, archive_index_terms(title, body) FROM articles",
]
SQLITE_DOWN = [
    "DROP TRIGGER article_terms_update", "DROP TRIGGER article_terms_delete", "DROP TRIGGER article_terms_insert",
    "DROP TABLE article_terms",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); "
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
]
POSTGRESQL_UP = [
    "DROP INDEX ix_articles_title_trgm", "DROP INDEX ix_articles_body_trgm",
    "CREATE TABLE article_terms (article_id INTEGER NOT NULL, terms TSVECTOR NOT NULL, "
    "CONSTRAINT pk_article_terms PRIMARY KEY (article_id), "
    "CONSTRAINT fk_article_terms_article_id_articles FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE)",
    "CREATE INDEX ix_article_terms_terms ON article_terms USING gin (terms)",
]
POSTGRESQL_DOWN = [
    "DROP TABLE article_terms",
    "CREATE INDEX ix_articles_body_trgm ON articles USING gin (body gin_trgm_ops)",
    "CREATE INDEX ix_articles_title_trgm ON articles USING gin (title gin_trgm_ops)",
]


def upgrade() -> None:
    for statement in {"sqlite": SQLITE_UP, "postgresql": POSTGRESQL_UP}[op.get_bind().dialect.name]:
        op.execute(statement)


def downgrade() -> None:
    for statement in {"sqlite": SQLITE_DOWN, "postgresql": POSTGRESQL_DOWN}[op.get_bind().dialect.name]:
        op.execute(statement)
