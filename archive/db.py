"""Engine and sessions: where the archive lives, how to connect, and making sure it is migrated."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, NoSuchModuleError, OperationalError

from archive.errors import ArchiveError
from archive.location import DATABASE_URL_ENV, DEFAULT_DATABASE_URL, database_url

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.engine import ExceptionContext
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["DATABASE_URL_ENV", "DEFAULT_DATABASE_URL", "Archive", "ArchiveError", "database_url"]


# The SQL name of archive.terms.index_terms on SQLite, which the search index's triggers call.
INDEX_TERMS_FUNCTION = "archive_index_terms"


def parse_database_url(raw: str) -> URL:
    try:
        url = make_url(raw)
    except ArgumentError:
        raise ArchiveError(f"{DATABASE_URL_ENV} is not a database URL: {raw!r} (expected e.g. {DEFAULT_DATABASE_URL})") from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ArchiveError(f"{DATABASE_URL_ENV} names an unsupported database {url.get_backend_name()!r}: use sqlite or postgresql")
    if url.drivername == "postgresql":
        # psycopg 3 is the driver the project ships; SQLAlchemy would otherwise look for psycopg2.
        url = url.set(drivername="postgresql+psycopg")
    return url


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    # Transactions are begun by _begin_immediately, not by the driver.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: the archive stays consistent
    # whatever happens, and a power cut (not a crash of the process) can lose the last commits,
    # which the next incremental run fetches again. FULL spent a fifth of the crawl's writer on fsync.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
    # The search index's triggers call it (migration 0014); a connection without it (the sqlite3
    # shell, say) cannot change articles, so the index never falls out of step with them.
    dbapi_connection.create_function(INDEX_TERMS_FUNCTION, 2, _index_terms, deterministic=True)


def _index_terms(title: str | None, body: str | None) -> str:
    from archive.terms import index_terms

    return index_terms(title, body)


MIGRATION_SCRIPTS = Path(__file__).resolve().parent / "migrations" / "versions"
REVISION_DIGITS = 4

# Execution option of the connections `Archive.reading()` hands out.
READ_ONLY = "archive_read_only"


def _begin(connection: Connection) -> None:
    """A writer takes SQLite's write lock when its transaction begins: a transaction that read first
    and wrote later would fail at once with 'database is locked' when another process wrote in
    between, instead of waiting its turn (busy_timeout). A reader begins a deferred transaction,
    which in WAL mode never blocks a writer, however long it reads (an export, a crawl's lookups)."""
    read_only = connection.get_execution_options().get(READ_ONLY)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


# The archive's SQLite needs FTS5 with the trigram tokenizer (its migrations build the search index
# through one).
OLDEST_SQLITE = (3, 34)


# SQLSTATE class 57P: the server is going away (57P01 admin_shutdown when it is stopped or the
# backend terminated, 57P02 crash_shutdown, 57P03 cannot_connect_now, ...).
SERVER_GOING_AWAY_SQLSTATE = "57P"


def _server_shutdown_loses_the_connection(context: ExceptionContext) -> None:
    """psycopg counts a connection as lost only once it is closed or broken. A server shutting down
    can answer a statement of a pipelined executemany with admin_shutdown before the socket is seen
    closed: the statement fails with "cannot exit pipeline mode while busy", the connection stays in
    pipeline mode, and the pool's ROLLBACK on it failed with a traceback in the crawl's log (an
    outage must end a run in one line). A connection the server is dropping is lost: invalidated,
    the pool discards it, and the writer sees a transient error and retries."""
    error: BaseException | None = context.original_exception
    while error is not None:
        if str(getattr(error, "sqlstate", None) or "").startswith(SERVER_GOING_AWAY_SQLSTATE):
            context.is_disconnect = True
            return
        error = error.__cause__ or error.__context__


def make_engine(raw_url: str) -> Engine:
    url = parse_database_url(raw_url)
    if url.get_backend_name() == "sqlite" and sqlite3.sqlite_version_info < OLDEST_SQLITE:
        raise ArchiveError(f"the archive needs SQLite {'.'.join(map(str, OLDEST_SQLITE))} or newer (full-text search); "
                           f"this Python has {sqlite3.sqlite_version}: use a newer Python build, or PostgreSQL")
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        directory = Path(url.database).parent
        if raw_url == DEFAULT_DATABASE_URL:
            directory.mkdir(parents=True, exist_ok=True)
        elif not directory.is_dir():
            # A mistyped path must not quietly start a second, empty archive somewhere else.
            raise ArchiveError(f"{DATABASE_URL_ENV}: the directory {str(directory)!r} of the SQLite archive does not "
                               "exist (only the default data/ is created)")
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise ArchiveError(f"{DATABASE_URL_ENV}: {exc}") from None
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    else:
        event.listen(engine, "handle_error", _server_shutdown_loses_the_connection)
    return engine


def is_transient(exc: BaseException) -> bool:
    """A database error that waiting may cure: the connection lost or refused (a server restarting,
    a network outage), or SQLite busy past its timeout. Anything else is a fault of the statement."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, (OperationalError, InterfaceError)):
        return False
    if isinstance(exc.orig, sqlite3.Error):
        # sqlite3 also calls a missing table or a full disk "operational".
        return any(word in str(exc.orig).lower() for word in ("locked", "busy"))
    return True


def describe_connection_error(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc).splitlines()[0]


def connect(raw_url: str) -> Engine:
    """An engine for the URL, after checking that the database answers."""
    engine = make_engine(raw_url)
    try:
        with engine.connect() as connection:
            inspect(connection).get_table_names()
    except DBAPIError as exc:
        engine.dispose()
        raise ArchiveError(f"cannot connect to the archive at {safe_url(raw_url)}: {describe_connection_error(exc)}") from None
    return engine


class Archive:
    """An open archive: an engine and a session factory, migrated to the code's head revision."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.reading_engine = engine.execution_options(**{READ_ONLY: True})

    # The ORM is loaded by the first session: a command that reads with Core (`search`) never pays for it.
    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def reading_sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.reading_engine, expire_on_commit=False)

    @classmethod
    def open(cls, raw_url: str | None = None, *, migrate: bool = True) -> Archive:
        """Connect, and unless told otherwise bring an empty or older database to head.

        Raises ArchiveError with one readable line for a bad URL, an unreachable database
        or a database at a revision this code does not know.
        """
        engine = connect(raw_url or database_url())
        try:
            # Alembic takes a fifth of a second to import: a read of an up-to-date archive skips it.
            if migrate or not at_newest_revision(engine):
                from archive import migrations

                migrations.upgrade(engine) if migrate else migrations.require_head(engine)
        except ArchiveError:
            engine.dispose()
            raise
        return cls(engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction that writes (on SQLite it holds the write lock from its start)."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A transaction that only reads: on SQLite it never blocks a writer."""
        with self.reading_sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading_connection(self) -> Iterator[Connection]:
        """The same, for Core statements on archive/tables.py, without the ORM."""
        with self.reading_engine.connect() as connection, connection.begin():
            yield connection

    def close(self) -> None:
        self.engine.dispose()


def newest_revision() -> str:
    """The revision of the newest migration script, by the scripts' names (`0007_….py` is revision
    0007; a test holds the names to Alembic's own head)."""
    return max(path.name[:REVISION_DIGITS] for path in MIGRATION_SCRIPTS.glob("[0-9]" * REVISION_DIGITS + "_*.py"))


def at_newest_revision(engine: Engine) -> bool:
    """Whether the database is at the newest revision, read without Alembic."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == newest_revision()


def safe_url(raw_url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(raw_url).render_as_string(hide_password=True)
    except ArgumentError:
        return raw_url
