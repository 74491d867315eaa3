from alembic import context

from archive.migrations import include_object
from archive.models import Base
from archive.store import index_unindexed_articles

# The PostgreSQL advisory lock upgrades take: any number unlikely to be another program's.
MIGRATION_LOCK = 0x7A68_6E65  # "zhne"

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # SQLite alters a table by copying it and dropping the old one, which foreign keys referring
        # to it forbid; they are switched off for the migration (only possible outside a
        # transaction, so on the driver's connection) and checked after it.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    with connection.begin():
        if connection.dialect.name == "postgresql":
            # Workers started together on a new database all upgrade it: one at a time, so the
            # others find it at head (the lock is released with the transaction).
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table instead.
            compare_type=True,
            include_object=include_object,
        )
        migration = context.get_context()
        before = migration.get_current_revision()
        context.run_migrations()
        if migration.get_current_revision() != before:
            # What the migrations leave to the code, inside the same lock: the search index of the
            # articles already archived, made with this code's tokenizer.
            index_unindexed_articles(connection)
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the migration left rows whose foreign keys point nowhere: {broken[:5]}")
    if sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
