"""The schema reference in docs/schema.md, generated from a migrated database (what the migrations
really create, read back by reflection) and the meanings written beside the models and views.

`python -m archive.schema_doc docs/schema.md` rewrites the generated part of the file (`make
schema-doc`); `python -m archive schema` prints it for the database at hand. A table, column or view
the migrations create without a meaning written for it is an error, so the document cannot fall
behind the schema silently.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from sqlalchemy import Engine, Table, inspect
from sqlalchemy.engine.interfaces import ReflectedColumn
from sqlalchemy.engine.reflection import Inspector

from archive import migrations
from archive.db import make_engine
from archive.example_queries import example_queries
from archive.models import Base
from archive.views import VIEW_DOCS

BEGIN = "<!-- BEGIN GENERATED SCHEMA: make schema-doc rewrites this part -->"
END = "<!-- END GENERATED SCHEMA -->"
READING_ORDER = ("sources", "pages", "articles", "crawl_runs", "raw_bodies")


class UndocumentedSchemaError(ValueError):
    pass


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _docstring(table_name: str) -> str:
    for mapper in Base.registry.mappers:
        if isinstance(mapper.local_table, Table) and mapper.local_table.name == table_name:
            return " ".join((mapper.class_.__doc__ or "").split())
    raise UndocumentedSchemaError(f"table {table_name!r} exists in the database but has no model")


def _keys(inspector: Inspector, table: str) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for column in inspector.get_pk_constraint(table)["constrained_columns"]:
        keys.setdefault(column, []).append("primary key")
    for foreign in inspector.get_foreign_keys(table):
        for column, referred in zip(foreign["constrained_columns"], foreign["referred_columns"], strict=True):
            keys.setdefault(column, []).append(f"→ {foreign['referred_table']}.{referred}")
    unique = [c["column_names"] for c in inspector.get_unique_constraints(table)]
    # An index on an expression has None for that column: such indexes are not listed.
    indexes = [(index["unique"], [name for name in index["column_names"] if name])
               for index in inspector.get_indexes(table) if index["column_names"] and all(index["column_names"])]
    unique += [columns for is_unique, columns in indexes if is_unique]
    for columns in unique:
        keys.setdefault(columns[0], []).append("unique" if len(columns) == 1 else f"unique ({', '.join(columns)})")
    for is_unique, columns in indexes:
        if not is_unique:
            keys.setdefault(columns[0], []).append("indexed" if len(columns) == 1 else f"indexed ({', '.join(columns)})")
    return keys


def _type_name(column: ReflectedColumn, inspector: Inspector) -> str:
    # As the database itself names it: PostgreSQL's TIMESTAMP WITH TIME ZONE, not SQLAlchemy's TIMESTAMP.
    return column["type"].compile(dialect=inspector.dialect)


def _table_section(inspector: Inspector, table: str) -> list[str]:
    model_columns = Base.metadata.tables[table].columns
    keys = _keys(inspector, table)
    lines = [f"### `{table}`", "", _docstring(table), "", "| column | type | null | keys | meaning |",
             "|---|---|---|---|---|"]
    for column in inspector.get_columns(table):
        name = column["name"]
        if name not in model_columns:
            raise UndocumentedSchemaError(f"column {table}.{name} exists in the database but not in the model")
        meaning = model_columns[name].doc or ""
        if not meaning and not keys.get(name):
            raise UndocumentedSchemaError(f"column {table}.{name} has no doc= in archive/tables.py")
        # PostgreSQL reports a unique constraint also as its index: each key is named once.
        named_keys = ", ".join(dict.fromkeys(keys.get(name, [])))
        lines.append(f"| `{name}` | {_type_name(column, inspector)} | {'yes' if column['nullable'] else ''} | "
                     f"{_cell(named_keys)} | {_cell(meaning)} |")
    return lines + [""]


def _view_section(inspector: Inspector, view: str) -> list[str]:
    if view not in VIEW_DOCS:
        raise UndocumentedSchemaError(f"view {view!r} exists in the database but not in archive/views.py")
    description, columns = VIEW_DOCS[view]
    lines = [f"### `{view}` (view)", "", description, "", "| column | meaning |", "|---|---|"]
    for column in inspector.get_columns(view):
        if column["name"] not in columns:
            raise UndocumentedSchemaError(f"column {view}.{column['name']} has no entry in archive/views.py")
        lines.append(f"| `{column['name']}` | {_cell(columns[column['name']])} |")
    return lines + [""]


def structure(engine: Engine) -> dict[str, list[str]]:
    """Tables and views with their column names, as the database has them."""
    inspector = inspect(engine)
    names = [t for t in inspector.get_table_names() if _documented_table(t)] + inspector.get_view_names()
    return {name: [c["name"] for c in inspector.get_columns(name)] for name in sorted(names)}


def _documented_table(name: str) -> bool:
    return name != "alembic_version" and not name.startswith(migrations.UNMODELLED_TABLE_PREFIXES)


def render(engine: Engine) -> str:
    """The reference for the tables and views of a migrated database, as Markdown."""
    inspector = inspect(engine)
    present = {t for t in inspector.get_table_names() if _documented_table(t)}
    order = [t for t in READING_ORDER if t in present] + sorted(present - set(READING_ORDER))
    types = ("Types as SQLite reports them; on PostgreSQL DATETIME is `timestamptz`, BLOB `bytea`, JSON `json`, "
             "BOOLEAN `boolean`." if engine.dialect.name == "sqlite" else "Types as PostgreSQL reports them.")
    lines = [f"Schema revision `{migrations.current_revision(engine)}`. {types}", "", "## Tables", ""]
    for table in order:
        lines += _table_section(inspector, table)
    lines += ["## Views", ""]
    for view in sorted(inspector.get_view_names()):
        lines += _view_section(inspector, view)
    lines += ["## Example queries", "", "Each query below runs unchanged on SQLite and PostgreSQL (a test runs every one of them on "
              "a fixture archive on both; `python -m archive browse` offers them as canned queries). Replace the "
              "quoted terms with your own. They are kept in `archive/example_queries.sql`.", ""]
    for example in example_queries():
        lines += ["```sql", example.sql.rstrip("\n"), "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def render_fresh_schema() -> str:
    """The reference for a freshly migrated SQLite archive: what docs/schema.md must hold."""
    with tempfile.TemporaryDirectory() as directory:
        engine = make_engine(f"sqlite:///{Path(directory) / 'schema.db'}")
        try:
            migrations.upgrade(engine)
            return render(engine)
        finally:
            engine.dispose()


def splice(document: str, generated: str) -> str:
    """The document with its generated part replaced."""
    if BEGIN not in document or END not in document:
        raise ValueError(f"the document has no generated part (between {BEGIN!r} and {END!r})")
    head, rest = document.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n\n{generated}\n{END}{tail}"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m archive.schema_doc docs/schema.md", file=sys.stderr)
        return 2
    path = Path(argv[0])
    path.write_text(splice(path.read_text(encoding="utf-8"), render_fresh_schema()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
