"""`python -m archive import-warc` / `export-warc`: a WARC written by wget from the fixture web, a
damaged copy of it, and a round trip through the archive's own export."""
from __future__ import annotations

import io
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive import Archive, migrations
from archive.db import make_engine
from archive.models import Article, CrawlRun, Page
from archive.warc import BadRecord, WarcResponse, read_warc
from tests.conftest import FIXTURES, STORIES_EXPECTED, WEB
from tests.inprocess import archive_in_process

WARCS = FIXTURES / "warc"
WGET = WARCS / "wget-fixture-web.warc.gz"
WGET_EXPECTED = json.loads((WARCS / "expected.json").read_text(encoding="utf-8"))[WGET.name]
WEB_EXPECTED = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))


def fixture_ref(url: str) -> str:
    """http://127.0.0.31:18531/gzdt/x.html -> 'gov:/gzdt/x.html', the fixture web's own labels."""
    sites = {f"http://{ip}:{WGET_EXPECTED['port']}": name for name, ip in WEB_EXPECTED["hosts"].items()}
    for base, name in sites.items():
        if url.startswith(base):
            return f"{name}:{url[len(base):] or '/'}"
    raise AssertionError(url)


def snapshot(database_url: str) -> tuple[dict[str, tuple], list[list[str]]]:
    """url -> what the archive says of it (kind, status, fetch time, raw body, title, date, text,
    canonical or not), and the stories as lists of URLs."""
    archive = Archive.open(database_url, migrate=False)
    with archive.session() as session:
        rows = session.execute(select(Page, Article).outerjoin(Article, Article.id == Page.article_id)).all()
        result = {page.url: (page.kind, page.http_status, page.fetched_at, page.raw_sha256, page.title,
                             page.published_at, article.content_hash if article else None,
                             article.is_canonical if article else None) for page, article in rows}
        clusters = {}
        for page, article in rows:
            if article is not None:
                clusters.setdefault(article.cluster_id, set()).add(page.url)
    archive.close()
    return result, sorted(sorted(urls) for urls in clusters.values())


def runs(database_url: str) -> list[CrawlRun]:
    archive = Archive.open(database_url, migrate=False)
    with archive.session() as session:
        found = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        session.expunge_all()
    archive.close()
    return found


def test_import_a_wget_warc_like_a_crawl(database_url: str) -> None:
    result = archive_in_process(database_url, "import-warc", str(WGET))
    assert result.returncode == 0, result.stderr
    assert f"{WGET_EXPECTED['http_responses']} HTTP responses stored" in result.stdout
    for kind, count in WGET_EXPECTED["other_records"].items():
        assert f"{count} {kind}" in result.stdout

    pages, stories = snapshot(database_url)
    assert len(pages) == WGET_EXPECTED["distinct_urls"]
    checked = 0
    for url, (kind, status, _fetched, raw, title, published, _hash, _canonical) in pages.items():
        expected = WEB_EXPECTED["pages"].get(fixture_ref(url))
        if expected is None:
            continue
        checked += 1
        assert (kind, status) == (expected["kind"], expected["http_status"]), url
        assert raw is not None
        if "title" in expected:
            assert title == expected["title"]
        if "published_at" in expected:
            assert published == datetime.fromisoformat(expected["published_at"])
    assert checked >= 10
    # The government notice and its repost on another site are one story.
    gov, repost = (f"http://{WEB_EXPECTED['hosts'][site]}:{WGET_EXPECTED['port']}{path}"
                   for site, path in (("gov", "/gzdt/content/post_1001.html"), ("repost", "/news/5566.html")))
    assert any({gov, repost} <= set(story) for story in stories)
    run = runs(database_url)[-1]
    assert (run.spider, run.status, run.pages_fetched) == ("import-warc", "finished", WGET_EXPECTED["http_responses"])


def record_offsets(path: Path) -> list[tuple[int, str, str | None]]:
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        return [(records.get_record_offset(), record.rec_type, record.rec_headers.get_header("WARC-Target-URI"))
                for record in records]


def small_warc(compressed: bool) -> tuple[bytes, list[int]]:
    """Five HTML responses, as bytes, with the offset of each record."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compressed)
    offsets = []
    for number in range(5):
        offsets.append(out.tell())
        body = f"<html><body><p>第{number}号通报</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://a.example.cn/{number}.html", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue(), offsets


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "gzip"])
@pytest.mark.parametrize("damaged", [[0], [2], [1, 3], [4]], ids=str)
def test_reading_carries_on_after_each_malformed_record(compressed: bool, damaged: list[int]) -> None:
    data, offsets = small_warc(compressed)
    broken = bytearray(data)
    for number in damaged:
        if compressed:
            broken[offsets[number] + 20:offsets[number] + 40] = bytes(20)  # the compressed stream
        else:  # a readable first line, then a header block warcio cannot use
            at = broken.index(b"Content-Length:", offsets[number])
            broken[at:at + 15] = b"Content-Lengxx:"
    items = list(read_warc(io.BytesIO(bytes(broken))))
    bad = [item for item in items if isinstance(item, BadRecord)]
    assert [b.offset for b in bad] == [offsets[n] for n in damaged]
    assert [item.url for item in items if isinstance(item, WarcResponse)] == [
        f"http://a.example.cn/{n}.html" for n in range(5) if n not in damaged]
    assert [b.resumed_at for b in bad] == [offsets[n + 1] if n + 1 < 5 else None for n in damaged]


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "gzip"])
def test_a_file_cut_short_keeps_the_records_before_the_cut_and_says_where(compressed: bool) -> None:
    data, offsets = small_warc(compressed)
    cut = offsets[3] + (offsets[4] - offsets[3]) // 2  # halfway through the fourth record
    items = list(read_warc(io.BytesIO(data[:cut])))
    assert [item.url for item in items if isinstance(item, WarcResponse)] == [
        f"http://a.example.cn/{n}.html" for n in range(3)]
    bad, = [item for item in items if isinstance(item, BadRecord)]
    assert "the file ends inside" in bad.reason and offsets[2] <= bad.offset <= offsets[3] and bad.resumed_at is None


def test_a_malformed_record_is_reported_and_the_rest_of_the_batch_imported(database_url: str, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.warc.gz"
    shutil.copy(WGET, damaged)
    victim_offset, _type, victim_url = next(r for r in record_offsets(WGET)
                                             if r[1] == "response" and r[2].endswith("/news/2023/0630/77.html"))
    data = bytearray(damaged.read_bytes())
    data[victim_offset + 20:victim_offset + 60] = bytes(40)  # inside the record's gzip member
    damaged.write_bytes(bytes(data))

    result = archive_in_process(database_url, "import-warc", str(damaged), str(tmp_path / "missing.warc.gz"), str(WGET))
    assert result.returncode == 1  # a file could not be read
    errors = result.stderr.splitlines()
    assert f"{damaged}: malformed WARC record at byte {victim_offset}:" in errors[0]
    assert "missing.warc.gz: cannot read: No such file or directory" in result.stderr
    assert f"{damaged}: {WGET_EXPECTED['http_responses'] - 1} HTTP responses stored" in result.stdout
    assert f"{WGET}: {WGET_EXPECTED['http_responses']} HTTP responses stored" in result.stdout
    assert victim_url in snapshot(database_url)[0]  # the undamaged file brought the page the damaged one lost
    run = runs(database_url)[-1]
    assert (run.errors_by_kind["malformed WARC record"], run.errors_by_kind["unreadable WARC file"]) == (1, 1)


def test_export_and_import_again_give_the_same_archive(story_archive: str, tmp_path: Path) -> None:
    before = snapshot(story_archive)
    exported = tmp_path / "archive.warc.gz"
    result = archive_in_process(story_archive, "export-warc", str(exported))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {len(STORIES_EXPECTED['urls'])} response records to {exported}"
    records = record_offsets(exported)
    assert records[0][1] == "warcinfo"
    assert sorted(url for _offset, kind, url in records if kind == "response") == sorted(STORIES_EXPECTED["urls"].values())
    plain = tmp_path / "source.warc"
    assert archive_in_process(story_archive, "export-warc", str(plain), "--source", "www.zixun.example.tw").returncode == 0
    assert not plain.read_bytes().startswith(b"\x1f\x8b")
    with open(plain, "rb") as fh:
        assert sum(r.rec_type == "response" for r in ArchiveIterator(fh)) == 2

    engine = make_engine(story_archive)
    migrations.downgrade(engine, "base")
    migrations.upgrade(engine)
    engine.dispose()
    result = archive_in_process(story_archive, "import-warc", str(exported))
    assert result.returncode == 0, result.stderr
    after = snapshot(story_archive)
    assert after == before
    # Importing the same captures again changes nothing; an older capture never replaces a newer one.
    assert archive_in_process(story_archive, "import-warc", str(exported)).returncode == 0
    assert snapshot(story_archive) == before


def test_export_to_an_unwritable_path_is_one_line_and_leaves_nothing(story_archive: str, tmp_path: Path) -> None:
    not_a_directory = tmp_path / "notes.txt"
    not_a_directory.write_text("a file where the export wants a directory")
    result = archive_in_process(story_archive, "export-warc", str(not_a_directory / "out.warc.gz"))
    assert result.returncode == 1
    assert result.stderr.startswith("archive: error: Not a directory") and result.stderr.count("\n") == 1
    assert [p.name for p in tmp_path.iterdir() if p.name != "archive.db"] == ["notes.txt"]
