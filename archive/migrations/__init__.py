"""Alembic migrations, run from code so no alembic.ini is needed: `python -m archive upgrade`."""
from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from archive.db import ArchiveError

# Alembic announces each autogenerate plugin at INFO on every run; only the migrations matter.
logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)


# What the migrations manage outside the models: SQLite's full-text index and its shadow tables,
# PostgreSQL's trigram indexes.
UNMODELLED_TABLE_PREFIXES = ("articles_fts",)
UNMODELLED_INDEXES = ("ix_articles_body_trgm", "ix_articles_title_trgm")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For autogenerate: leave what the models do not describe alone."""
    if type_ == "table":
        return not name.startswith(UNMODELLED_TABLE_PREFIXES)
    return not (type_ == "index" and name in UNMODELLED_INDEXES)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", "archive:migrations")
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def _check_known(engine: Engine) -> str | None:
    revision = current_revision(engine)
    if revision is not None:
        script = ScriptDirectory.from_config(alembic_config(engine))
        try:
            script.get_revision(revision)
        except CommandError:
            raise ArchiveError(
                f"the archive database is at revision {revision}, which this version of the code does not know "
                "(it was written by a newer version): upgrade the code, or point ARCHIVE_DATABASE_URL elsewhere"
            ) from None
    return revision


def upgrade(engine: Engine, revision: str = "head") -> None:
    _check_known(engine)
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    _check_known(engine)
    command.downgrade(alembic_config(engine), revision)


def require_head(engine: Engine) -> None:
    revision = _check_known(engine)
    head = head_revision(engine)
    if revision != head:
        raise ArchiveError(f"the archive database is at revision {revision or 'none (empty)'}, not {head}: run `python -m archive upgrade`")
