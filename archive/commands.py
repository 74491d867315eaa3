"""The commands of `python -m archive` (archive/__main__.py parses the command line). This module
loads the archive layer; a command that processes pages (reprocess, import-warc) or writes Parquet
loads what it needs when it runs, so that `search` or `show` answer without it."""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import signal
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from archive.db import Archive, ArchiveError, connect, database_url, safe_url
from archive.export import BINARY_FORMATS, CHINA, UTF8_BOM, WRITERS, china_time, written_whole
from pipelines.record import EXTRACTION_VERSION

T = TypeVar("T")

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from archive.models import CrawlRun
    from archive.warc import ImportReport


def _migrate(migrate: Callable[..., None], revision: str) -> int:
    from archive import migrations

    engine = connect(database_url())
    try:
        migrate(engine, revision)
        print(f"archive {safe_url(database_url())} is at revision {migrations.current_revision(engine) or 'base (empty)'}")
    finally:
        engine.dispose()
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from archive import migrations

    return _migrate(migrations.upgrade, args.revision)


def cmd_downgrade(args: argparse.Namespace) -> int:
    from archive import migrations

    return _migrate(migrations.downgrade, args.revision)


def cmd_browse(args: argparse.Namespace) -> int:
    from archive.browse import serve
    from archive.db import parse_database_url

    url = parse_database_url(database_url())
    if url.get_backend_name() != "sqlite":
        raise ArchiveError(f"browse serves a SQLite archive; {safe_url(database_url())} is a {url.get_backend_name()} one")
    # At the code's revision: Datasette and the story page read the views and the index as this code defines them.
    Archive.open(migrate=False).close()
    return serve(Path(url.database or ""), args.host, args.port)


# Stories `archive stats` lists unless told --all: an archive holds hundreds of thousands.
STATS_TOP_STORIES = 20


def print_stats(archive: Archive, out: TextIO | None = None, top: int | None = STATS_TOP_STORIES) -> None:
    """The counts of the archive, by source, by day and by story, on `out` (standard output when None)."""
    from archive import queries

    with archive.reading() as session:
        total = queries.totals(session)
        by_source = queries.stats_by_source(session)
        by_day = queries.stats_by_day(session)
        story_count, story_rows = queries.stories(session, top)
    print(f"pages fetched: {total['pages']}  articles stored: {total['articles']}  "
          f"article pages: {total['article_pages']}  duplicate pages: {total['duplicate_pages']}  "
          f"pages with errors: {total['errors']}", file=out)
    print(f"\n{'source':<32} {'pages':>6} {'article pages':>14} {'articles':>9} {'errors':>7}", file=out)
    for row in by_source:
        print(f"{row.domain:<32} {row.pages:>6} {row.article_pages:>14} {row.articles:>9} {row.errors:>7}", file=out)
    print(f"\n{'day fetched (UTC)':<32} {'pages':>6} {'article pages':>14}", file=out)
    for day, pages, article_pages in by_day:
        print(f"{str(day):<32} {pages:>6} {article_pages:>14}", file=out)
    shown = "all" if len(story_rows) == story_count else f"the {len(story_rows)} with the most pages (--all for every one)"
    print(f"\nstories: {story_count}; {shown}  (cluster, articles, pages, canonical copy's source: title)", file=out)
    for story in story_rows:
        print(f"{story.cluster_id:>8} {story.articles:>3} {story.pages:>3}  {story.canonical_source}: {story.title or '-'}", file=out)


def cmd_stats(archive: Archive, args: argparse.Namespace) -> int:
    print_stats(archive, top=None if args.all else (args.top or STATS_TOP_STORIES))
    return 0


def cmd_show(archive: Archive, args: argparse.Namespace) -> int:
    from archive import queries

    with archive.reading() as session:
        found = queries.article_with_pages(session, args.id)
        if found is None:
            print(f"archive: no article with id {args.id}", file=sys.stderr)
            return 1
        article, pages = found
        print(f"article {article.id}  cluster {article.cluster_id}  content_hash {article.content_hash}")
        rows = [("title", article.title), ("published", china_time(article.published_at)),
                ("origin", article.origin), ("author", article.author),
                ("truncated", "yes" if article.is_truncated else "no"),
                ("first seen", china_time(article.first_seen_at)), ("characters", article.char_count)]
        if article.document_number:  # an official document's 发文字号
            rows.insert(4, ("number", article.document_number))
        for label, value in rows:
            print(f"{label:>10}: {value if value is not None else '-'}")
        print(f"\ncarried by {len(pages)} page(s):")
        for page, source in pages:
            flags = " spam-injected" if page.spam_injected else ""
            print(f"  {page.url}\n    source {source.domain}  fetched {china_time(page.fetched_at)}  "
                  f"shown date {china_time(page.published_at) or '-'}  title {page.title or '-'}{flags}")
        print("\n" + article.body)
    return 0


def cmd_cluster(archive: Archive, args: argparse.Namespace) -> int:
    from archive import queries

    with archive.reading() as session:
        copies = queries.cluster_copies(session, args.id)
        if not copies:
            print(f"archive: no cluster with id {args.id}", file=sys.stderr)
            return 1
        print(f"cluster {args.id}: {len({a.id for a, _, _ in copies})} article(s), {len(copies)} page(s)")
        current = None
        for article, page, source in copies:
            if article.id != current:
                current = article.id
                marks = ", ".join(m for m, on in (("canonical", article.is_canonical), ("truncated", article.is_truncated)) if on)
                print(f"\narticle {article.id}{f' ({marks})' if marks else ''}: {article.title or '-'}  "
                      f"published {china_time(article.published_at) or '-'}  {article.char_count} characters")
            flags = "".join(f"  {m}" for m, on in (("spam-injected", page.spam_injected), ("truncated", page.is_truncated)) if on)
            print(f"  {page.url}\n    {source.name} ({source.kind or 'unknown kind'})  fetched {china_time(page.fetched_at)}  "
                  f"shown date {china_time(page.published_at) or '-'}{flags}")
    return 0


def cmd_schema(archive: Archive, args: argparse.Namespace) -> int:
    from archive import schema_doc

    print(schema_doc.render(archive.engine), end="")
    return 0


def cmd_search(archive: Archive, args: argparse.Namespace) -> int:
    from archive.search import search
    from archive.source_names import unknown_source

    with archive.reading_connection() as connection:
        unknown = unknown_source(connection, args.source) if args.source else None
        if unknown:
            print(f"archive: error: {unknown}", file=sys.stderr)
            return 2
        hits = search(connection, args.query, source=args.source, since=args.since, until=args.until,
                      canonical_only=args.canonical_only, limit=args.limit)
    if args.json:
        json.dump([{**dataclasses.asdict(hit), "published_at": china_time(hit.published_at)} for hit in hits],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for rank, hit in enumerate(hits, 1):
        mark = "" if hit.is_canonical else "  (copy)"
        print(f"{rank:>3}. article {hit.article_id}  cluster {hit.cluster_id}  {china_time(hit.published_at) or '-'}"
              f"  {hit.title or '-'}{mark}\n     {hit.url}\n     {hit.snippet}")
    if not hits:
        print(f"no article matches {args.query!r}", file=sys.stderr)
    return 0


def _duration(run: CrawlRun) -> str:
    if run.finished_at is None:
        return "-"
    seconds = int((run.finished_at - run.started_at).total_seconds())
    return f"{seconds // 3600}h{seconds // 60 % 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"


def _run_fields(run: CrawlRun) -> dict[str, Any]:
    return {"id": run.id, "spider": run.spider, "status": run.status, "finish_reason": run.finish_reason,
            "started_at": china_time(run.started_at), "finished_at": china_time(run.finished_at),
            "pages": run.pages_fetched, "new_articles": run.articles_new, "duplicates": run.duplicates,
            "errors": run.errors, "pages_not_stored": run.pages_not_stored, "flags": run.flags or [],
            "arguments": run.arguments, "crawl_id": run.crawl_id, "host": run.host, "pid": run.pid}


def cmd_runs(archive: Archive, args: argparse.Namespace) -> int:
    from archive import queries
    from archive.runs import crawl_status, mark_dead_runs
    from archive.source_names import unknown_source

    with archive.session() as session:
        for run_id in mark_dead_runs(session):
            print(f"archive: run {run_id} was left running by a process that is gone: marked interrupted",
                  file=sys.stderr)
    with archive.reading() as session:
        if args.source and (unknown := unknown_source(session, args.source)):
            print(f"archive: error: {unknown}", file=sys.stderr)
            return 2
        if args.id is not None:
            return _print_run(session, args)
        runs = queries.recent_runs(session, args.limit, args.source)
        if args.json:
            json.dump([_run_fields(run) for run in runs], sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 0
        print(f"{'id':>5}  {'status':<11}  {'started (China time)':<19}  {'took':>7}  {'pages':>6}  {'new':>5}  "
              f"{'errors':>6}  flags / why")
        shown: set[str] = set()
        for run in runs:
            if run.crawl_id is None:
                print(_run_line(run))
            elif run.crawl_id not in shown:
                # A distributed crawl: one line for it, its workers' runs beneath.
                shown.add(run.crawl_id)
                workers = [worker for worker in runs if worker.crawl_id == run.crawl_id]
                print(f"{'crawl':>5}  {crawl_status([w.status for w in workers]):<11}  {run.crawl_id}  "
                      f"{len(workers)} workers: {sum(w.pages_fetched for w in workers)} pages, "
                      f"{sum(w.articles_new for w in workers)} new, {sum(w.errors for w in workers)} errors")
                for worker in workers:
                    print(_run_line(worker, indent="  "))
    return 0


def _run_line(run: CrawlRun, indent: str = "") -> str:
    note = "; ".join(run.flags or []) or (run.finish_reason if run.status != "finished" else "") or "-"
    started = run.started_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M:%S")
    return (f"{indent}{run.id:>5}  {run.status:<11}  {started:<19}  {_duration(run):>7}  {run.pages_fetched:>6}  "
            f"{run.articles_new:>5}  {run.errors:>6}  {note}")


def _print_run(session: Session, args: argparse.Namespace) -> int:
    from archive import queries
    from archive.models import CrawlRun

    run = session.get(CrawlRun, args.id)
    if run is None:
        print(f"archive: no crawl run with id {args.id}", file=sys.stderr)
        return 1
    by_source = queries.run_by_source(session, run)
    if args.json:
        json.dump({**_run_fields(run), "errors_by_kind": run.errors_by_kind,
                   "by_source": [vars(row) for row in by_source]}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    fields = _run_fields(run)
    for name in ("spider", "status", "finish_reason", "started_at", "finished_at", "pages", "new_articles",
                 "duplicates", "errors", "pages_not_stored", "host", "pid"):
        print(f"{name:>16}: {fields[name] if fields[name] is not None else '-'}")
    print(f"{'arguments':>16}: {json.dumps(run.arguments, ensure_ascii=False)}")
    print(f"{'errors by kind':>16}: {json.dumps(run.errors_by_kind, ensure_ascii=False)}")
    for flag in run.flags or []:
        print(f"{'flag':>16}: {flag}")
    print(f"\n{'source':<32}  {'pages':>6}  {'articles':>8}  {'errors':>6}  {'new':>5}")
    for row in by_source:
        print(f"{row.domain:<32}  {row.pages:>6}  {row.articles:>8}  {row.errors:>6}  {row.new_articles:>5}")
    return 0


def _progress(unit: str, total: int | None = None) -> Callable[[Iterable[T]], Iterable[T]]:
    """A progress bar on standard error when it is a terminal (never in a log or a pipe)."""
    def wrap(items: Iterable[T]) -> Iterable[T]:
        if not sys.stderr.isatty():
            return items
        from tqdm import tqdm

        shown: Iterable[T] = tqdm(items, unit=unit, total=total, file=sys.stderr)
        return shown
    return wrap


def cmd_export(archive: Archive, args: argparse.Namespace) -> int:
    from archive import queries

    write = WRITERS[args.format]
    binary = args.format in BINARY_FORMATS
    if binary and not args.output:
        print(f"archive: error: --format {args.format} needs --output FILE", file=sys.stderr)
        return 2
    bom = UTF8_BOM if args.format == "csv" and not args.no_bom else ""
    with archive.reading() as session:
        rows = queries.iter_articles_for_export(session)
        if not args.output:
            sys.stdout.write(bom)
            write(rows, sys.stdout)
            return 0
        with written_whole(Path(args.output), binary) as out:
            if bom:
                out.write(bom)
            count = write(_progress("article", queries.article_count(session))(rows), out)
    print(f"wrote {count} articles to {args.output}", file=sys.stderr)
    return 0


def _stop_on_sigterm() -> None:
    """A scheduler stopping the command (SIGTERM) is treated like Ctrl-C: finish cleanly, resume later."""
    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, interrupt)


def cmd_reprocess(archive: Archive, args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from archive.queries import PageSelection
    from archive.reprocess import count_stale, reprocess

    selection = PageSelection(since=args.since, source=args.source)
    total = count_stale(archive, selection)
    if not total:
        print(f"nothing to re-process: every selected page is at extraction version {EXTRACTION_VERSION}")
        return 0
    _stop_on_sigterm()
    with tqdm(total=total, unit="page", desc="re-processing", disable=None, file=sys.stderr) as bar:
        try:
            counts = reprocess(archive, selection, after_each=bar.update)
        except KeyboardInterrupt:
            bar.close()
            print(f"interrupted after {bar.n} of {total} pages; the same command continues with the rest",
                  file=sys.stderr)
            return 130
    print(f"re-processed {counts.pages_fetched} pages to extraction version {EXTRACTION_VERSION}: "
          f"{counts.articles_new} new articles, {counts.duplicates} pages now carry another archived article, "
          f"{sum(counts.errors_by_kind.values())} pages with errors")
    return 0


def cmd_export_warc(archive: Archive, args: argparse.Namespace) -> int:
    from archive.queries import PageSelection
    from archive.warc import export_warc

    target = Path(args.output)
    with written_whole(target, binary=True) as out:
        written = export_warc(archive, out, PageSelection(since=args.since, source=args.source),
                              gzip=target.suffix == ".gz", progress=_progress("page"))
    print(f"wrote {written} response records to {target}")
    return 0


def _print_import_report(report: ImportReport) -> None:
    if report.unreadable:
        print(f"archive: error: {report.path}: cannot read: {report.unreadable}", file=sys.stderr)
        return
    for bad in report.bad_records:
        carried_on = f"carried on at byte {bad.resumed_at}" if bad.resumed_at is not None else "nothing readable after it"
        print(f"{report.path}: malformed WARC record at byte {bad.offset}: {bad.reason}; skipped, {carried_on}",
              file=sys.stderr)
    others = ", ".join(f"{count} {kind}" for kind, count in sorted(report.other_records.items())) or "none"
    print(f"{report.path}: {report.responses} HTTP responses stored, {report.older_than_archived} older than the "
          f"archived copy skipped, {len(report.bad_records)} malformed records skipped; other records: {others}")


def cmd_import_warc(archive: Archive, args: argparse.Namespace) -> int:
    from archive.warc import import_warcs

    _stop_on_sigterm()
    reports = import_warcs(archive, [Path(path) for path in args.files], report=_print_import_report,
                           progress=_progress("record"))
    return 1 if any(report.unreadable for report in reports) else 0


# Each command by name: its function, and what it does with the archive — None: it opens the
# database itself; READS: it works on the opened archive; FILLS: it may also create or migrate it.
READS, FILLS = "reads", "fills"
COMMANDS: dict[str, tuple[Callable[..., int], str | None]] = {
    "upgrade": (cmd_upgrade, None), "downgrade": (cmd_downgrade, None),
    "stats": (cmd_stats, READS), "show": (cmd_show, READS), "cluster": (cmd_cluster, READS),
    "schema": (cmd_schema, READS), "search": (cmd_search, READS), "reprocess": (cmd_reprocess, READS),
    "export-warc": (cmd_export_warc, READS), "import-warc": (cmd_import_warc, FILLS), "export": (cmd_export, READS),
    "runs": (cmd_runs, READS), "browse": (cmd_browse, None),
}


def _run_command(args: argparse.Namespace) -> int:
    function, archive_use = COMMANDS[args.command]
    if archive_use is None:
        return function(args)
    archive = Archive.open(database_url(), migrate=archive_use == FILLS)
    try:
        return function(archive, args)
    finally:
        archive.close()


def run(args: argparse.Namespace) -> int:
    """Run a parsed command line; what goes wrong is one line on standard error."""
    try:
        return _run_command(args)
    except ArchiveError as exc:
        print(f"archive: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("archive: interrupted; what was stored so far is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`archive export | head`): nothing to report. Python's own recipe: point
        # stdout at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        print(f"archive: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
