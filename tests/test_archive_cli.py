"""`python -m archive` on an archive filled through the processing function and the store."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet
import pytest

from archive import Archive
from archive.export import EXPORT_FIELDS
from archive.store import save_page
from pipelines.ingest import process_for_archive
from tests.conftest import PROJECT_ROOT, WEB, query_rows
from tests.inprocess import archive_in_process

FETCHED_AT = datetime(2026, 11, 2, 3, 4, tzinfo=UTC)
PAGES = {
    "http://gov.example.cn/gzdt/content/post_1001.html": WEB / "gov/gzdt/content/post_1001.html",
    "http://repost.example.cn/news/5566.html": WEB / "repost/news/5566.html",
    "http://gov.example.cn/gzdt/index.html": WEB / "gov/gzdt/index.html",
    "http://city.example.cn/news/2023/0701/78.html": WEB / "city/news/2023/0701/78.html",
}


def fill(database_url: str) -> str:
    archive = Archive.open(database_url)
    try:
        for url, path in PAGES.items():
            body = path.read_bytes()
            headers = {"Content-Type": ["text/html"]}
            with archive.session() as session:
                save_page(session, process_for_archive(url, body, headers, FETCHED_AT), None)
    finally:
        archive.close()
    return database_url


@pytest.fixture(scope="module")
def filled_archive(module_database_url: str) -> str:
    """The archive of PAGES the tests that only read it share."""
    return fill(module_database_url)


def test_stats_counts_pages_and_articles_by_source(filled_archive: str) -> None:
    result = archive_in_process(filled_archive, "stats")
    assert result.returncode == 0, result.stderr
    assert "pages fetched: 4  articles stored: 2  article pages: 3  duplicate pages: 1" in result.stdout
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line.split()[:1] and line.split()[0].endswith(".example.cn")}
    assert rows == {"city.example.cn": ["1", "1", "1", "0"], "gov.example.cn": ["2", "1", "1", "0"],
                    "repost.example.cn": ["1", "1", "1", "0"]}
    assert "2026-11-02" in result.stdout
    assert "stories: 2; all" in result.stdout
    top = archive_in_process(filled_archive, "stats", "--top", "1").stdout
    assert "stories: 2; the 1 with the most pages (--all for every one)" in top
    assert len(top.split("stories: 2", 1)[1].strip().splitlines()) == 2  # the heading and one story


def test_show_prints_the_article_and_every_page_that_carried_it(filled_archive: str) -> None:
    result = archive_in_process(filled_archive, "show", "1")
    assert result.returncode == 0, result.stderr
    assert "【两会“绿”声】聚焦绿色低碳发展" in result.stdout
    assert "published: 2024-02-20T18:05:00+08:00" in result.stdout
    assert "carried by 2 page(s)" in result.stdout
    assert "http://gov.example.cn/gzdt/content/post_1001.html" in result.stdout
    assert "http://repost.example.cn/news/5566.html" in result.stdout
    missing = archive_in_process(filled_archive, "show", "999")
    assert missing.returncode == 1 and "no article with id 999" in missing.stderr


def test_export_jsonl_and_csv_carry_every_article(filled_archive: str, tmp_path: Path) -> None:
    jsonl = archive_in_process(filled_archive, "export", "--format", "jsonl")
    assert jsonl.returncode == 0, jsonl.stderr
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert [r["title"] for r in records] == ["【两会“绿”声】聚焦绿色低碳发展!韶关、梅州、阳江持续加强生态环境保护", "朱镕基同志旧居修缮完成"]
    assert records[0]["published_at"] == "2024-02-20T18:05:00+08:00"
    assert sorted(records[0]["urls"]) == ["http://gov.example.cn/gzdt/content/post_1001.html", "http://repost.example.cn/news/5566.html"]
    assert "堃园" in records[1]["body"]

    out = tmp_path / "articles.csv"
    assert archive_in_process(filled_archive, "export", "--format", "csv", "--output", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")  # Excel reads the Chinese right only with it
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert [r["content_hash"] for r in rows] == [r["content_hash"] for r in records]
    assert rows[1]["body"] == records[1]["body"]
    plain = archive_in_process(filled_archive, "export", "--format", "csv", "--no-bom").stdout
    assert plain.startswith("id,content_hash")


def test_an_official_documents_number_is_stored_and_exported(sqlite_url: str) -> None:
    page = PROJECT_ROOT / "tests" / "fixtures" / "pages" / "cx_163_state_council_document_number.html"
    archive = Archive.open(sqlite_url)
    with archive.session() as session:
        save_page(session, process_for_archive("http://money.163.com/15/0704/10/ATMQK1UB00252G50.html", page.read_bytes(),
                                               {"Content-Type": "text/html"}, FETCHED_AT), None)
    archive.close()
    (record,) = [json.loads(line) for line in archive_in_process(sqlite_url, "export", "--format", "jsonl").stdout.splitlines()]
    assert record["document_number"] == "国发〔2015〕40号"
    assert "    number: 国发〔2015〕40号" in archive_in_process(sqlite_url, "show", str(record["id"])).stdout


def test_control_characters_in_response_headers_are_stored_without_them(database_url: str) -> None:
    # A NUL in a header, stored as it came, stopped the page's row on PostgreSQL (text and JSON
    # columns cannot hold it); the page and its article are archived, the header's text without it.
    page = WEB / "gov" / "gzdt" / "content" / "post_1002.html"
    headers = {"Content-Type": ["text/html; charset=utf-8\x00"], "X-Powered-By": ["PHP/5.2\x00\x01"]}
    archive = Archive.open(database_url)
    with archive.session() as session:
        save_page(session, process_for_archive("http://gov.example.cn/x.html", page.read_bytes(), headers, FETCHED_AT), None)
    archive.close()
    ((kind, content_type, stored, title),) = query_rows(
        database_url, "SELECT pages.kind, pages.content_type, pages.headers, articles.title FROM pages "
                      "JOIN articles ON articles.id = pages.article_id")
    stored = json.loads(stored) if isinstance(stored, str) else stored
    assert (kind, content_type, title) == ("article", "text/html; charset=utf-8", "广东省生态环境保护工作会议召开")
    assert stored["X-Powered-By"] == ["PHP/5.2"]


def test_csv_cells_a_spreadsheet_would_run_are_written_as_text(sqlite_url: str, tmp_path: Path) -> None:
    page = (WEB / "gov" / "gzdt" / "content" / "post_1002.html").read_text(encoding="utf-8")
    # A headline a reposting site filled with a spreadsheet formula.
    hostile = page.replace("广东省生态环境保护工作会议召开", '=HYPERLINK("http://evil.example/x","广东省生态环境保护工作会议召开")')
    archive = Archive.open(sqlite_url)
    with archive.session() as session:
        save_page(session, process_for_archive("http://gov.example.cn/x.html", hostile.encode("utf-8"),
                                               {"Content-Type": "text/html; charset=utf-8"}, FETCHED_AT), None)
    archive.close()
    out = tmp_path / "articles.csv"
    assert archive_in_process(sqlite_url, "export", "--format", "csv", "--output", str(out)).returncode == 0
    (row,) = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))
    assert row["title"].startswith("'=HYPERLINK(")
    assert row["char_count"].isdigit()  # numbers stay numbers


def test_export_parquet_holds_what_jsonl_holds(filled_archive: str, tmp_path: Path) -> None:
    records = [json.loads(line) for line in archive_in_process(filled_archive, "export").stdout.splitlines()]
    out = tmp_path / "articles.parquet"
    result = archive_in_process(filled_archive, "export", "--format", "parquet", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert f"wrote {len(records)} articles" in result.stderr
    table = pyarrow.parquet.read_table(out)
    assert table.column_names == list(EXPORT_FIELDS)
    rows = table.to_pylist()
    assert [row["content_hash"] for row in rows] == [r["content_hash"] for r in records]
    for row, record in zip(rows, records, strict=True):
        assert row["published_at"].isoformat() == record["published_at"]
        assert (row["body"], row["urls"], row["domains"], row["is_canonical"]) == (
            record["body"], record["urls"], record["domains"], record["is_canonical"])
    assert sorted(rows[0]["domains"]) == ["gov.example.cn", "repost.example.cn"]
    assert not list(tmp_path.glob("*.partial"))

    to_terminal = archive_in_process(filled_archive, "export", "--format", "parquet")
    assert to_terminal.returncode == 2 and "--format parquet needs --output FILE" in to_terminal.stderr


def test_export_to_an_unwritable_path_is_one_line(filled_archive: str) -> None:
    result = archive_in_process(filled_archive, "export", "--output", "/proc/no/such/dir/out.jsonl")
    assert result.returncode == 1
    assert result.stderr.startswith("archive: error: ") and result.stderr.count("\n") == 1


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from archive.__main__ import main
    from archive.commands import COMMANDS

    result = subprocess.run([sys.executable, "-m", "archive", "--help"], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and set(COMMANDS) >= {"search", "browse", "runs", "export"}
    for command in COMMANDS:
        assert command in result.stdout
        # Each command's own help, in this process: argparse answers it before any command runs.
        with pytest.raises(SystemExit) as exited:
            main([command, "--help"])
        assert exited.value.code == 0 and capsys.readouterr().out.startswith(f"usage: python -m archive {command}")


def test_runs_lists_recent_runs_marks_dead_ones_and_breaks_one_down(database_url: str) -> None:
    filled_archive = fill(database_url)
    from archive.models import CrawlRun
    from archive.runs import RunCounts, finish_run, start_run

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    archive = Archive.open(filled_archive)
    with archive.session() as session:
        flagged = start_run(session, "news", {"source": "mee"})
        counts = RunCounts(pages_fetched=12, articles_new=3, errors_by_kind={"HTTP 404": 2},
                           new_by_source={"www.mee.gov.cn": 0})
        finish_run(session, flagged, status="finished", finish_reason="finished", counts=counts,
                   observed=["robots.txt of www.mee.gov.cn unreachable (HTTP 503): host not crawled"])
        killed = start_run(session, "news", {"start_urls": "http://127.0.0.1/"})
        session.get(CrawlRun, killed).pid = int(gone.stdout)  # a process of this host that has exited
    archive.close()

    listed = archive_in_process(filled_archive, "runs", "--limit", "2")
    assert listed.returncode == 0, listed.stderr
    assert f"run {killed} was left running by a process that is gone: marked interrupted" in listed.stderr
    header, newest, older = listed.stdout.splitlines()
    assert header.split()[:3] == ["id", "status", "started"]
    assert newest.split()[:2] == [str(killed), "interrupted"] and "is gone" in newest
    assert older.split()[:2] == [str(flagged), "finished"] and older.endswith("host not crawled")
    as_json = json.loads(archive_in_process(filled_archive, "runs", "--json").stdout)
    assert [run["id"] for run in as_json[:2]] == [killed, flagged]
    assert as_json[1]["pages"] == 12 and as_json[1]["started_at"].endswith("+08:00")

    one = json.loads(archive_in_process(filled_archive, "runs", str(flagged), "--json").stdout)
    assert one["errors_by_kind"] == {"HTTP 404": 2} and one["by_source"][0]["domain"] == "www.mee.gov.cn"
    unknown = archive_in_process(filled_archive, "runs", "--source", "no-such-site.cn")
    assert unknown.returncode == 2 and "no source 'no-such-site.cn'" in unknown.stderr


@pytest.mark.parametrize("value, written", [("=1+2", "'=1+2"), ("@SUM(A1)", "'@SUM(A1)"), ("+86 10 1234", "'+86 10 1234"),
                                            ("-5", "-5"), ("+3.5", "+3.5"), ("\tcmd", "'\tcmd"), ("生态环境", "生态环境"),
                                            (42, 42)])
def test_spreadsheet_safe(value, written) -> None:
    from archive.export import spreadsheet_safe

    assert spreadsheet_safe(value) == written


def test_exports_show_progress_on_a_terminal_only(filled_archive: str, tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    command = [sys.executable, "-m", "archive", "export", "--format", "jsonl", "--output", str(tmp_path / "a.jsonl")]
    env = dict(os.environ, ARCHIVE_DATABASE_URL=filled_archive)
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a terminal 80 wide
    with subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=terminal) as export:
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            shown += chunk
    os.close(controller)
    assert export.returncode == 0
    assert b"2/2" in shown and b"article" in shown  # tqdm's bar, with the known total
    piped = archive_in_process(filled_archive, "export", "--format", "jsonl", "--output", str(tmp_path / "b.jsonl"))
    assert piped.stderr.strip() == f"wrote 2 articles to {tmp_path / 'b.jsonl'}"
