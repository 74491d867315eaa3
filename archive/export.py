"""Article exports: JSONL, CSV and Parquet, streamed from the archive row batch by row batch.

Times are written in China time (Asia/Shanghai), as the CLI prints them; in Parquet they are
timestamps carrying that zone. A file export is written beside its target and renamed when
complete, so an interrupted export never leaves a file that looks whole.
"""
from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    import pyarrow as pa

CHINA = ZoneInfo("Asia/Shanghai")
FORMATS = ("jsonl", "csv", "parquet")
BINARY_FORMATS = {"parquet"}
PARQUET_ROWS_PER_GROUP = 5000
# Exported columns, in the order of the first export format (new ones go at the end: CSV readers
# may go by position).
EXPORT_FIELDS = ("id", "content_hash", "title", "published_at", "origin", "author", "is_truncated",
                 "cluster_id", "first_seen_at", "last_seen_at", "char_count", "body", "urls",
                 "is_canonical", "editor", "original_title", "keywords", "summary", "domains", "document_number")
PAGE_EXPORT_FIELDS = ("urls", "domains")
ARTICLE_EXPORT_FIELDS = tuple(name for name in EXPORT_FIELDS if name not in PAGE_EXPORT_FIELDS)


@functools.cache
def parquet_schema() -> pa.Schema:
    """Every exported field, in EXPORT_FIELDS order (a test holds them together). pyarrow takes a
    second to import: only a Parquet export pays for it."""
    import pyarrow as pa

    time = pa.timestamp("us", tz=CHINA.key)
    return pa.schema([
        ("id", pa.int64()), ("content_hash", pa.string()), ("title", pa.string()), ("published_at", time),
        ("origin", pa.string()), ("author", pa.string()), ("is_truncated", pa.bool_()), ("cluster_id", pa.int64()),
        ("first_seen_at", time), ("last_seen_at", time), ("char_count", pa.int64()), ("body", pa.string()),
        ("urls", pa.list_(pa.string())), ("is_canonical", pa.bool_()), ("editor", pa.string()),
        ("original_title", pa.string()), ("keywords", pa.string()), ("summary", pa.string()),
        ("domains", pa.list_(pa.string())), ("document_number", pa.string()),
    ])


def china_time(value: datetime | None) -> str | None:
    return value.astimezone(CHINA).isoformat() if value is not None else None


def _plain(value: Any) -> Any:
    return china_time(value) if isinstance(value, datetime) else value


@contextmanager
def written_whole(target: Path, binary: bool) -> Iterator[IO[Any]]:
    """A file to write the export to, which becomes `target` only when the block completes."""
    partial = target.with_name(target.name + ".partial")
    try:
        with (open(partial, "wb") if binary else open(partial, "w", encoding="utf-8", newline="")) as out:
            yield out
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps({name: _plain(row[name]) for name in EXPORT_FIELDS}, ensure_ascii=False) + "\n")
        count += 1
    return count


# A cell a spreadsheet would run as a formula (a page titled =HYPERLINK(…) becomes a live link in
# Excel) is written with a leading apostrophe, which spreadsheets show as text (OWASP, "CSV
# injection"); a plain number such as -5 stays a number.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
# Written first in a CSV export unless --no-bom: without it Excel reads UTF-8 as the local code page.
UTF8_BOM = "\ufeff"


def spreadsheet_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Lists (URLs, domains) become space-separated: neither contains spaces."""
    writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({name: spreadsheet_safe(" ".join(row[name]) if name in PAGE_EXPORT_FIELDS else _plain(row[name]))
                         for name in EXPORT_FIELDS})
        count += 1
    return count


def write_parquet(rows: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """One row group per PARQUET_ROWS_PER_GROUP articles: only one group is ever held in memory."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    count = 0
    schema = parquet_schema()
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        group: list[dict[str, Any]] = []
        for row in rows:
            group.append(row)
            if len(group) == PARQUET_ROWS_PER_GROUP:
                writer.write_batch(pa.RecordBatch.from_pylist(group, schema=schema))
                count += len(group)
                group = []
        if group:
            writer.write_batch(pa.RecordBatch.from_pylist(group, schema=schema))
            count += len(group)
    return count


# Each writer takes the stream its format needs (text, or bytes for BINARY_FORMATS).
WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], Any], int]] = {
    "jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}
