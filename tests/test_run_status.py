"""The status a crawl leaves in its crawl_runs row and its exit status, as README "Operating it"
tabulates them: limits the operator set finish a run, a Ctrl-C/SIGTERM with a JOBDIR pauses it,
without one interrupts it; commands other than `crawl` leave the archive alone."""
from __future__ import annotations

import signal
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archive import Archive
from archive.runs import FAILED, FINISHED, RunCounts, other_workers_counts, run_status, start_run
from archive.store import save_page
from crawler.localweb import serve_sites
from pipelines.ingest import process_for_archive
from tests.conftest import PROJECT_ROOT, WEB, crawl_command, query_rows
from tests.inprocess import crawl_in_process
from tests.test_resume import count, make_site

HOST = "127.0.0.39"


def test_a_limit_the_operator_set_finishes_the_run(tmp_path: Path, sqlite_url: str) -> None:
    make_site(tmp_path / "site")
    with serve_sites({HOST: tmp_path / "site"}) as urls:
        crawl = crawl_in_process(sqlite_url, "-a", f"start_urls={urls[HOST]}", "-s", "CLOSESPIDER_PAGECOUNT=5")
    assert not crawl.failed, crawl.log[-2000:]
    assert query_rows(sqlite_url, "SELECT status, finish_reason FROM crawl_runs") == [("finished", "closespider_pagecount")]


@pytest.mark.long_running
@pytest.mark.parametrize("jobdir, status, exit_status", [(True, "paused", 0), (False, "interrupted", 1)])
def test_a_stopped_crawl_is_paused_with_a_jobdir_and_interrupted_without(
        tmp_path: Path, sqlite_url: str, jobdir: bool, status: str, exit_status: int) -> None:
    make_site(tmp_path / "site")
    with serve_sites({HOST: tmp_path / "site"}, delay=0.3) as urls:
        args = ["-a", f"start_urls={urls[HOST]}", "-s", "CONCURRENT_REQUESTS=1"]
        if jobdir:
            args += ["-s", f"JOBDIR={tmp_path / 'job'}"]
        command, env = crawl_command(sqlite_url, *args)
        with subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) as crawl:
            deadline = time.monotonic() + 60
            while count(sqlite_url, "select count(*) from pages") < 3 and time.monotonic() < deadline:
                time.sleep(0.1)
            crawl.send_signal(signal.SIGTERM)  # what systemd and scrapyd send; Ctrl-C is the same to Scrapy
            log = crawl.stderr.read()
    assert crawl.returncode == exit_status, log[-2000:]
    assert query_rows(sqlite_url, "SELECT status, finish_reason FROM crawl_runs") == [(status, "shutdown")]


@pytest.mark.long_running
def test_shell_and_check_leave_the_archive_alone(tmp_path: Path) -> None:
    database = tmp_path / "archive.db"
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<html><body><p>首页</p></body></html>", encoding="utf-8")
    with serve_sites({HOST: tmp_path / "site"}) as urls:
        for scrapy_command in (["shell", "-c", "response.status", urls[HOST]], ["check", "news"], ["list"]):
            command, env = crawl_command(f"sqlite:///{database}")
            command = [*command[:3], *scrapy_command]  # `python -m scrapy` and the command
            done = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, (scrapy_command, done.stderr[-2000:])
    assert not database.exists()


def test_a_run_is_taken_for_dead_by_its_pid_here_and_by_its_silence_elsewhere(sqlite_url: str) -> None:
    import socket
    from datetime import timedelta

    from archive import Archive
    from archive.models import CrawlRun
    from archive.runs import mark_dead_runs
    from archive.store import utcnow

    now = utcnow()
    long_ago = now - timedelta(hours=1)
    with subprocess.Popen(["sleep", "60"]) as alive:
        archive = Archive.open(sqlite_url)
        with archive.session() as session:
            for spider, host, pid, heartbeat in (("busy here", socket.gethostname(), alive.pid, long_ago),
                                                 ("silent elsewhere", "crawler-2", 1234, long_ago),
                                                 ("recent elsewhere", "crawler-3", 1234, now)):
                session.add(CrawlRun(spider=spider, arguments={}, started_at=long_ago, status="running", host=host,
                                     pid=pid, heartbeat_at=heartbeat))
        with archive.session() as session:
            dead = mark_dead_runs(session)
        archive.close()
        alive.kill()
    # A live process on this host is alive however long it has been quiet (a long re-processing).
    assert query_rows(sqlite_url, "SELECT spider, status FROM crawl_runs ORDER BY id") == [
        ("busy here", "running"), ("silent elsewhere", "interrupted"), ("recent elsewhere", "running")]
    assert dead == [2]


def test_a_distributed_worker_is_judged_by_its_crawls_error_rate() -> None:
    """A worker of a distributed crawl that happened to take the site's one dead link (one page,
    one error) is not failed when its crawl's other workers fetched the rest without errors; the
    same counts in a crawl of one worker, or a crawl whose pages mostly failed, are."""
    dead_link = RunCounts(pages_fetched=1, errors_by_kind={"http_error": 1}, responses=1)
    judged = dict(max_error_rate=0.5, resumable=False, expected_pages=False)
    assert run_status("finished", dead_link, **judged, other_workers=(40, 0)) == (FINISHED, "finished")
    assert run_status("finished", dead_link, **judged) == (FAILED, "error rate 1/1 above 50%")
    assert run_status("finished", dead_link, **judged, other_workers=(3, 2)) == (FAILED, "error rate 3/4 above 50%")


def test_a_distributed_crawls_other_workers_are_counted_by_the_pages_they_stored(database_url: str) -> None:
    """Two workers of one crawl close at the same moment: the other's row still says what its last
    heartbeat wrote (nothing), but its pages are committed, and they are what the closing worker counts.
    A crawl of its own, not this one, is left out."""
    fetched_at = datetime.now(UTC)
    article = (WEB / "gov" / "gzdt" / "content" / "post_1002.html").read_bytes()
    archive = Archive.open(database_url)
    with archive.session() as session:
        closing = start_run(session, "news", {}, crawl_id="crawl-a")
        other = start_run(session, "news", {}, crawl_id="crawl-a")
        elsewhere = start_run(session, "news", {}, crawl_id="crawl-b")
        stored = [(other, "http://gov.example.cn/a.html", 200), (other, "http://gov.example.cn/b.html", 200),
                  (other, "http://gov.example.cn/gone.html", 404), (closing, "http://gov.example.cn/c.html", 404),
                  (elsewhere, "http://gov.example.cn/d.html", 404)]
        for run, url, status in stored:
            save_page(session, process_for_archive(url, article, {"Content-Type": ["text/html"]}, fetched_at,
                                                   status=status), run)
    with archive.session() as session:
        counts = other_workers_counts(session, "crawl-a", closing)
    archive.close()
    assert counts == (3, 1)
    one_dead_link = RunCounts(pages_fetched=1, errors_by_kind={"HTTP 404": 1}, responses=1)
    assert run_status("finished", one_dead_link, max_error_rate=0.5, resumable=False, expected_pages=False,
                      other_workers=counts) == (FINISHED, "finished")
