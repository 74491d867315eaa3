"""python -m archive: migrate, inspect and export the archive. `python -m archive COMMAND --help`.

This module only reads the command line: `--help` and usage errors answer at once, and each
command loads what it uses when it runs (archive/commands.py)."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from archive.export import CHINA, FORMATS
from archive.location import DATABASE_URL_ENV, DEFAULT_DATABASE_URL


def _day(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value).replace(tzinfo=CHINA)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2024-02-23") from None


class _Query(argparse.Action):
    """The words of a search query, joined; a query with nothing to search for is a usage error,
    said in one line."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        from archive.terms import QueryError, parse_query

        query = " ".join(values)
        try:
            parse_query(query)
        except QueryError as exc:
            parser.exit(2, f"archive: error: {exc}\n")
        setattr(namespace, self.dest, query)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m archive",
        description=f"The archive database, from ${DATABASE_URL_ENV} (default {DEFAULT_DATABASE_URL}).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    upgrade = commands.add_parser("upgrade", help="migrate the database to the newest schema (creates it when empty)")
    upgrade.add_argument("revision", nargs="?", default="head", help="target revision (default: head)")
    downgrade = commands.add_parser("downgrade", help="migrate the database back to REVISION ('base' drops everything)")
    downgrade.add_argument("revision")
    stats = commands.add_parser("stats", help="pages and articles by source and by day, the largest stories")
    stats.add_argument("--top", type=int, help="how many stories, the most pages first (default: a screenful)")
    stats.add_argument("--all", action="store_true", help="every story")
    show = commands.add_parser("show", help="an article with every page that carried it")
    show.add_argument("id", type=int, help="articles.id")
    cluster = commands.add_parser("cluster", help="a story: every article and page in one cluster, canonical first")
    cluster.add_argument("id", type=int, help="articles.cluster_id")
    commands.add_parser("schema", help="the tables, columns and views of this archive, with their meanings (Markdown)")
    found = commands.add_parser(
        "search", help="articles matching a query (Chinese full text), ranked, with snippets",
        description='Terms are all required; "a phrase" in double quotes; -term excludes (quote the whole query '
                    "when it begins with one). Traditional and Simplified characters, case and width match alike.")
    found.add_argument("query", nargs="+", action=_Query, help="e.g. 河长制 or '环保 -污染' or '\"徐晓霞 主持\"'")
    found.add_argument("--source", help="only articles a page of this source (domain or name) carried")
    found.add_argument("--since", type=_day, help="published on or after this day (China time)")
    found.add_argument("--until", type=_day, help="published before this day (China time)")
    found.add_argument("--canonical-only", action="store_true", help="only each story's canonical copy")
    found.add_argument("--limit", type=int, default=20)
    found.add_argument("--json", action="store_true", help="machine-readable output: one JSON array of hits")
    runs = commands.add_parser("runs", help="recent crawl runs (and imports, re-processing) with status, duration, "
                                            "pages, new articles, errors and flags; RUN: one run by source")
    runs.add_argument("id", nargs="?", type=int, metavar="RUN", help="crawl_runs.id: that run, source by source")
    runs.add_argument("--limit", type=int, default=20, help="how many runs (default 20)")
    runs.add_argument("--source", help="only runs that stored pages of this source (domain or name)")
    runs.add_argument("--json", action="store_true", help="machine-readable output")
    again = commands.add_parser("reprocess", help="run the current processing over retained raw pages that older "
                                                  "code processed; resumable")
    again.add_argument("--since", type=_day, help="only pages fetched on or after this day (China time)")
    again.add_argument("--source", help="only pages of this source (domain or name)")
    warc_out = commands.add_parser("export-warc", help="write the retained raw pages as WARC response records")
    warc_out.add_argument("output", help="WARC file to write (gzip-compressed per record when it ends in .gz)")
    warc_out.add_argument("--since", type=_day, help="only pages fetched on or after this day (China time)")
    warc_out.add_argument("--source", help="only pages of this source (domain or name)")
    warc_in = commands.add_parser("import-warc", help="store the HTTP responses of WARC files (wget, Heritrix, "
                                                      "Browsertrix, …) through the processing function")
    warc_in.add_argument("files", nargs="+", metavar="FILE")
    export = commands.add_parser("export", help="stream every article with its metadata, URLs and domains")
    export.add_argument("--format", choices=FORMATS, default="jsonl")
    export.add_argument("--output", "-o", help="file to write (default: standard output)")
    export.add_argument("--no-bom", action="store_true", help="CSV without the UTF-8 byte-order mark Excel needs")
    browse = commands.add_parser("browse", help="the SQLite archive in a browser (Datasette): tables, full-text "
                                                "search, example queries, story pages")
    browse.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    browse.add_argument("--port", type=int, default=8001, help="port (default 8001)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from archive.commands import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
