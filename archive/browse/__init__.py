"""`python -m archive browse`: the SQLite archive in Datasette, ready to read.

What Datasette is given (built here from the archive's own definitions, so it never drifts from
the schema):
- metadata: every column's description (the tables' `doc=`, the views' archive/views.py), the
  raw bodies and the near-duplicate signature tables hidden, `?_search=` on `articles` wired to the
  bigram index `article_terms`, and the example queries (archive/example_queries.sql) and `story`
  as canned queries;
- plugins/archive_search.py: `?_search=` queries in archive/terms.py's syntax, the story page at
  /-/story/CLUSTER_ID, and each cluster_id shown as a link to it;
- templates/story.html.

Datasette reads the file; crawls may go on writing it (WAL lets readers and the writer share it).
"""
from __future__ import annotations

import json
import signal
import tempfile
from pathlib import Path
from typing import Any

from archive.example_queries import example_queries
from archive.tables import metadata as schema
from archive.views import VIEW_DOCS

HERE = Path(__file__).resolve().parent
PLUGINS, TEMPLATES = HERE / "plugins", HERE / "templates"
# Bytes, not text: the raw pages and the near-duplicate fingerprints are for the archive, not readers.
HIDDEN_TABLES = ("raw_bodies", "article_signatures", "article_bands", "article_paragraphs")
TITLE = "Chinese news archive"

# Every page of one story: the canonical copy first, then the copies by when they appeared.
STORY_SQL = """SELECT cluster_id, article_id, is_canonical, url, domain, source_name, source_kind, region,
       shown_title, shown_published_at, fetched_at, hours_after_story, spam_injected, is_truncated, script
FROM story_copies
WHERE cluster_id = :cluster_id
ORDER BY is_canonical DESC, hours_after_story IS NULL, hours_after_story, fetched_at"""


def datasette_metadata(database_name: str) -> dict[str, Any]:
    tables: dict[str, Any] = {
        table.name: {"columns": {column.name: column.doc for column in table.columns if column.doc}}
        for table in schema.sorted_tables}
    for view, (description, columns) in VIEW_DOCS.items():
        tables[view] = {"description": description, "columns": columns}
    for name in HIDDEN_TABLES:
        tables[name]["hidden"] = True
    tables["articles"].update({"fts_table": "article_terms", "fts_pk": "id", "label_column": "title"})
    queries: dict[str, Any] = {example.name: {"title": example.question, "sql": example.sql}
                               for example in example_queries()}
    queries["story"] = {"title": "Every page of one story, the canonical copy first (also at /-/story/CLUSTER_ID)",
                        "sql": STORY_SQL}
    return {"title": TITLE, "databases": {database_name: {"tables": tables, "queries": queries}}}


def serve(database: Path, host: str, port: int) -> int:
    """Run Datasette on the archive file until interrupted (Datasette names the database after the
    file, e.g. archive for archive.db)."""
    from datasette.cli import cli

    # uvicorn stops gracefully on SIGTERM and then re-raises it; with the default handler the
    # process would die there and leave the metadata directory behind. As an exception it unwinds
    # through the `with`, and the exit status stays the usual 128 + SIGTERM.
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    with tempfile.TemporaryDirectory(prefix="archive-browse-") as scratch:
        metadata_file = Path(scratch) / "metadata.json"
        metadata_file.write_text(json.dumps(datasette_metadata(database.stem), ensure_ascii=False), encoding="utf-8")
        cli.main(["serve", str(database), "--host", host, "--port", str(port), "--metadata", str(metadata_file),
                  "--plugins-dir", str(PLUGINS), "--template-dir", str(TEMPLATES)],
                 prog_name="python -m archive browse", standalone_mode=False)
    return 0


def _exit_on_terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)
