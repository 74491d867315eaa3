"""A PostgreSQL server going away mid-statement: the connection is lost, not returned to the pool."""
from __future__ import annotations

import logging

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from archive.db import is_transient, make_engine


def _shutdown_during_pipeline(*_args: object) -> None:
    # What psycopg raises when the server's admin_shutdown answers a statement of a pipelined
    # executemany before the socket is seen closed (pg_ctl stop during a crawl's write): the pipeline
    # cannot be left, and the connection is neither closed nor broken yet. The race cannot be
    # produced on demand, so the statement raises what psycopg raised then.
    try:
        raise errors.AdminShutdown("terminating connection due to administrator command")
    except errors.AdminShutdown as shutdown:
        raise psycopg.OperationalError("cannot exit pipeline mode while busy") from shutdown


def test_a_statement_failing_as_the_server_shuts_down_loses_its_connection(postgres_url: str,
                                                                           caplog: pytest.LogCaptureFixture) -> None:
    engine = make_engine(postgres_url)
    try:
        with engine.connect() as connection:
            backend = connection.execute(text("SELECT pg_backend_pid()")).scalar()
        event.listen(engine, "before_cursor_execute", _shutdown_during_pipeline)
        with caplog.at_level(logging.ERROR, logger="sqlalchemy.pool"), pytest.raises(OperationalError) as failure:
            with engine.begin() as connection:
                connection.execute(text("SELECT 1"))
        event.remove(engine, "before_cursor_execute", _shutdown_during_pipeline)
        assert failure.value.connection_invalidated and is_transient(failure.value)
        assert not caplog.records  # the pool never tried to reset the lost connection
        with engine.connect() as connection:  # a new connection, not the lost one
            assert connection.execute(text("SELECT pg_backend_pid()")).scalar() != backend
    finally:
        engine.dispose()
