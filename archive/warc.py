"""WARC in and out (warcio).

Export writes every retained raw page as a `response` record. Import reads `response` records of
WARC files from any crawler (wget --warc-file, Heritrix, Browsertrix, this archive's export) and
stores them through the one processing function, like a crawl. A malformed record is reported with
its byte offset and skipped: the reader looks for the next record start (a gzip member, or a
`WARC/1.x` line) and carries on, so one bad record does not cost the rest of the file.
"""
from __future__ import annotations

import gzip
import http
import io
import os
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeVar
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from archive.db import Archive
from archive.models import Page
from archive.queries import PageSelection, iter_retained_responses, known_page
from archive.runs import RecordedRun, recorded_run
from archive.store import save_page
from pipelines.ingest import process_for_archive

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_LINE = b"WARC/1."
SCAN_CHUNK = 1 << 20
# The archive keeps bodies as Scrapy handed them over: transfer and content encodings already undone.
ENCODING_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
MALFORMED = "malformed WARC record"
MANDATORY_HEADERS = ("WARC-Type", "WARC-Date", "WARC-Record-ID", "Content-Length")


# -- export ------------------------------------------------------------------------------------

def _http_headers(status: int, headers: Mapping[str, list[str]], size: int) -> StatusAndHeaders:
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    pairs = [(name, value) for name, values in headers.items() if name.lower() not in ENCODING_HEADERS
             for value in values]
    pairs.append(("Content-Length", str(size)))
    return StatusAndHeaders(f"{status} {reason}".strip(), pairs, protocol="HTTP/1.1")


T = TypeVar("T")


def _as_is(items: Iterable[T]) -> Iterable[T]:
    return items


def export_warc(archive: Archive, out: IO[bytes], selection: PageSelection, *, gzip: bool = True,
                batch_size: int = 200, progress: Callable[[Iterable[Any]], Iterable[Any]] = _as_is) -> int:
    """Write the selected pages with a retained response as WARC/1.1 `response` records, in page id
    order, streaming; returns how many were written."""
    writer = WARCWriter(out, gzip=gzip, warc_version="1.1")
    writer.write_record(writer.create_warcinfo_record("archive-export.warc", {
        "software": "zh-news-archive (python -m archive export-warc)",
        "format": "WARC File Format 1.1",
        "description": "raw pages retained by the archive; bodies without transfer or content encoding",
    }))
    written = 0
    for page in progress(iter_retained_responses(archive, Page.http_status.is_not(None), *selection.conditions(),
                                                 batch_size=batch_size)):
        writer.write_record(writer.create_warc_record(
            page.url, "response", payload=io.BytesIO(page.body),
            http_headers=_http_headers(page.http_status, page.headers, len(page.body)),
            warc_headers_dict={"WARC-Date": page.fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")}))
        written += 1
    return written


# -- import ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class WarcResponse:
    url: str
    fetched_at: datetime
    status: int
    headers: dict[str, list[str]]
    body: bytes


@dataclass(frozen=True)
class BadRecord:
    offset: int
    reason: str
    resumed_at: int | None  # where reading carried on; None when nothing followed


def _headers(status_and_headers: StatusAndHeaders) -> dict[str, list[str]]:
    headers: dict[str, list[str]] = {}
    for name, value in status_and_headers.headers:
        headers.setdefault(name, []).append(value)
    return headers


def _next_record_start(fh: BinaryIO, start: int, compressed: bool) -> int | None:
    """The offset of the next thing that looks like a record start after `start`: a gzip member
    header, or a line beginning `WARC/1.` (records are separated by blank lines)."""
    marker, skip = (GZIP_MAGIC, 0) if compressed else (b"\n" + WARC_LINE, 1)
    fh.seek(start)
    window_start, window = start, b""
    while chunk := fh.read(SCAN_CHUNK):
        window += chunk
        found = window.find(marker)
        if found != -1:
            return window_start + found + skip
        # Keep enough of the tail for a marker split across two reads.
        keep = len(marker) - 1
        window_start += len(window) - keep
        window = window[-keep:]
    return None


def _past_blank_lines(fh: BinaryIO, offset: int) -> int:
    """Where the record after `offset` begins: records end with blank lines, which belong to neither."""
    fh.seek(offset)
    head = fh.read(64)
    return offset + len(head) - len(head.lstrip(b"\r\n"))


def read_warc(fh: BinaryIO) -> Iterator[WarcResponse | BadRecord | str]:
    """HTTP responses of a WARC file, a BadRecord for each malformed record, and the record type of
    every other record (request, revisit, warcinfo, metadata, …), which the importer counts."""
    compressed = fh.read(2) == GZIP_MAGIC[:2]
    start = 0
    while True:
        fh.seek(start)
        records = ArchiveIterator(fh)
        failed_at = start
        try:
            for record in records:
                # (Asking warcio for the record's offset before reading it would skip its content.)
                yield _response(record)
                records.read_to_end()
                failed_at = records.get_record_offset() + records.get_record_length()
        except Exception as exc:  # noqa: BLE001 - warcio, zlib and parsing raise many kinds; the file goes on
            reason = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}".rstrip(": ")
            bad_start = _past_blank_lines(fh, failed_at)
            resume = _next_record_start(fh, bad_start + 1, compressed)
            yield BadRecord(bad_start, reason, resume)
            if resume is None:
                return
            start = resume
        else:
            # warcio ends quietly inside a truncated record (a copy cut short, a crawl killed mid-write).
            rest = _past_blank_lines(fh, failed_at)
            size = fh.seek(0, os.SEEK_END)
            if rest < size:
                yield BadRecord(rest, f"the file ends inside this record ({size - rest} bytes of it)", None)
            elif compressed and _gzip_cut_short(fh):
                yield BadRecord(records.get_record_offset(), "the file ends inside the record after this one "
                                "(its gzip member is cut short)", None)
            return


def _gzip_cut_short(fh: BinaryIO) -> bool:
    """warcio counts a last gzip member cut short as part of the record before it; gzip does not."""
    fh.seek(0)
    try:
        with gzip.GzipFile(fileobj=fh) as whole:
            while whole.read(SCAN_CHUNK):
                pass
    except EOFError:
        return True
    except (OSError, zlib.error):
        return False  # damage inside the file: reported where warcio met it
    return False


class MalformedRecord(ValueError):
    pass


def _response(record: Any) -> WarcResponse | str:
    missing = [name for name in MANDATORY_HEADERS if record.rec_headers.get_header(name) is None]
    if missing:
        # warcio reads a record without Content-Length to the end of the file, swallowing every record after it.
        raise MalformedRecord(f"no {', '.join(missing)} header")
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type != "response" or record.http_headers is None or urlsplit(url).scheme not in ("http", "https"):
        return str(record.rec_type)
    status = int(record.http_headers.get_statuscode())
    fetched_at = iso_date_to_datetime(record.rec_headers.get_header("WARC-Date")).replace(tzinfo=UTC)
    return WarcResponse(url, fetched_at, status, _headers(record.http_headers), record.content_stream().read())


@dataclass
class ImportReport:
    path: str
    responses: int = 0
    older_than_archived: int = 0
    other_records: dict[str, int] = field(default_factory=dict)
    bad_records: list[BadRecord] = field(default_factory=list)
    unreadable: str | None = None


def import_warcs(archive: Archive, paths: Sequence[Path], report: Callable[[ImportReport], None] = lambda _report: None,
                 progress: Callable[[Iterable[Any]], Iterable[Any]] = _as_is) -> list[ImportReport]:
    """Store every HTTP response of the files through the processing function, as one `import-warc`
    run. A capture older than what the archive holds for its URL is skipped: the latest fetch wins."""
    reports = []
    with recorded_run(archive, "import-warc", {"files": [str(p) for p in paths]}) as run:
        for path in paths:
            file_report = ImportReport(str(path))
            reports.append(file_report)
            try:
                fh = open(path, "rb")
            except OSError as exc:
                file_report.unreadable = exc.strerror or str(exc)
                run.counts.add_error("unreadable WARC file")
                report(file_report)
                continue
            with fh:
                for item in progress(read_warc(fh)):
                    if isinstance(item, BadRecord):
                        file_report.bad_records.append(item)
                        run.counts.add_error(MALFORMED)
                    elif isinstance(item, str):
                        file_report.other_records[item] = file_report.other_records.get(item, 0) + 1
                    else:
                        _store(archive, item, run, file_report)
            report(file_report)
    return reports


def _store(archive: Archive, response: WarcResponse, run: RecordedRun, file_report: ImportReport) -> None:
    processed = process_for_archive(response.url, response.body, response.headers, response.fetched_at,
                                    status=response.status)
    with archive.session() as session:
        known = known_page(session, response.url)
        if known is not None and known.fetched_at > response.fetched_at:
            file_report.older_than_archived += 1
            return
        outcome = save_page(session, processed, run.id)
        run.beat(session)
    file_report.responses += 1
    run.counts.add(urlsplit(response.url).hostname or "", outcome, processed.record.error)
