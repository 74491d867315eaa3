"""Alembic migrations, run from code so no alembic.ini is needed: `python -m archive upgrade`."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from archive.errors import ArchiveError

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic's INFO lines: its plugins and its context on every run, each migration it runs; in a
# crawl's log (Scrapy shows INFO) a dozen lines of noise. `python -m archive upgrade` says what it did.
ALEMBIC_LOGGERS = ("alembic.runtime.plugins", "alembic.runtime.migration")


@contextmanager
def _quiet(loggers: tuple[str, ...]) -> Iterator[None]:
    saved = {name: logging.getLogger(name).level for name in loggers}
    for name in loggers:
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        yield
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


# What the migrations manage outside the models: the search index (archive/terms.py), on SQLite an
# FTS5 table with its shadow tables.
UNMODELLED_TABLE_PREFIXES = ("article_terms",)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """For autogenerate: leave what the models do not describe alone."""
    return not (type_ == "table" and name is not None and name.startswith(UNMODELLED_TABLE_PREFIXES))


# Every entry point runs with Alembic's INFO lines off; Alembic is imported in them, when needed.
quietly = _quiet(ALEMBIC_LOGGERS)


@quietly
def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "archive:migrations")
    config.attributes["engine"] = engine
    return config


@quietly
def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@quietly
def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


@quietly
def _check_known(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

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


@quietly
def upgrade(engine: Engine, revision: str = "head") -> None:
    _check_known(engine)
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


@quietly
def downgrade(engine: Engine, revision: str) -> None:
    _check_known(engine)
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


@quietly
def require_head(engine: Engine) -> None:
    revision = _check_known(engine)
    head = head_revision(engine)
    if revision != head:
        raise ArchiveError(f"the archive database is at revision {revision or 'none (empty)'}, not {head}: run `python -m archive upgrade`")
