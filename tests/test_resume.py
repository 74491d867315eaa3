"""A crawl with JOBDIR killed with SIGKILL part-way and started again ends with every article
archived once; the killed run's row says what it did and is marked interrupted."""
from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from archive.db import parse_database_url
from crawler.localweb import serve_sites
from tests.conftest import PROJECT_ROOT, WEB, crawl_command
from tests.inprocess import crawl_in_process

ARTICLES = 30


def make_site(root: Path) -> None:
    template = (WEB / "gov" / "gzdt" / "content" / "post_1002.html").read_text(encoding="utf-8")
    (root / "a").mkdir(parents=True)
    for n in range(ARTICLES):
        # Distinct texts: each page is its own article.
        page = template.replace("2023年2月21日,2023年全省", f"2023年2月21日,第{n}次全省", 1)
        (root / "a" / f"{n}.html").write_text(page, encoding="utf-8")
    links = "".join(f'<li><a href="/a/{n}.html">第{n}篇</a></li>' for n in range(ARTICLES))
    (root / "index.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")


def count(database_url: str, query: str) -> int:
    engine = create_engine(parse_database_url(database_url))
    try:
        with engine.connect() as connection:
            return connection.execute(text(query)).scalar()
    except Exception:  # noqa: BLE001 - the archive may not exist yet while the first crawl starts
        return 0
    finally:
        engine.dispose()


@pytest.mark.long_running
def test_a_killed_crawl_resumes_and_archives_every_article_once(tmp_path: Path, sqlite_url: str) -> None:
    make_site(tmp_path / "site")
    job = tmp_path / "job"
    with serve_sites({"127.0.0.38": tmp_path / "site"}, delay=0.2) as urls:
        args = ["-a", f"start_urls={urls['127.0.0.38']}", "-s", f"JOBDIR={job}", "-s", "CONCURRENT_REQUESTS=2"]
        # Pages processed in the crawl process: the kill is the crawl's, not a processing worker's.
        command, env = crawl_command(sqlite_url, *args, "-s", "ARCHIVE_HEARTBEAT_SECONDS=0.5", "-s", "PROCESSING_WORKERS=0")
        first = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while (count(sqlite_url, "select count(*) from articles") < 8
               or count(sqlite_url, "select pages_fetched from crawl_runs") < 8) and time.monotonic() < deadline:
            time.sleep(0.1)
        first.send_signal(signal.SIGKILL)
        first.wait()
        archived_before = count(sqlite_url, "select count(*) from articles")
        assert 8 <= archived_before < ARTICLES  # killed part-way
        # Its row was kept current by the heartbeat: it says what the run did before it died.
        assert count(sqlite_url, "select pages_fetched from crawl_runs where id = 1") >= 8

        second = crawl_in_process(sqlite_url, *args)
        assert not second.failed, second.log[-2000:]
    # The next run found the first one's process gone and said so.
    assert count(sqlite_url, "select count(*) from crawl_runs where id = 1 and status = 'interrupted'"
                             " and finish_reason like 'process % is gone'") == 1
    assert count(sqlite_url, "select count(*) from articles") == ARTICLES
    assert count(sqlite_url, "select count(*) from pages where kind = 'article'") == ARTICLES
    assert count(sqlite_url, "select count(distinct article_id) from pages where kind = 'article'") == ARTICLES


def test_fingerprints_a_killed_job_left_behind_do_not_block_a_resumed_one(tmp_path: Path) -> None:
    """A killed job's requests.seen lists requests that may never have been archived."""
    from scrapy import Request
    from scrapy.dupefilters import RFPDupeFilter
    from scrapy.utils.test import get_crawler

    from crawler.dupefilters import ProcessDupeFilter

    job = {"JOBDIR": str(tmp_path)}
    killed = RFPDupeFilter.from_crawler(get_crawler(settings_dict=job))
    assert not killed.request_seen(Request("http://127.0.0.38/a/1.html"))
    killed.close("shutdown")
    request = Request("http://127.0.0.38/a/1.html")
    assert RFPDupeFilter.from_crawler(get_crawler(settings_dict=job)).request_seen(request)  # Scrapy's: lost
    resumed = ProcessDupeFilter.from_crawler(get_crawler(settings_dict=job))
    assert not resumed.request_seen(request)  # ours: the archive decides
    assert resumed.request_seen(request)  # still unique within the process
