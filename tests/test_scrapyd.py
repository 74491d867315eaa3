"""Scheduling through a real scrapyd on loopback: its HTTP API schedules `news` against a fixture
web, the job runs the project's own crawl, and the archive holds the result."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from archive.db import parse_database_url
from crawler.localweb import free_port
from tests.conftest import FixtureWeb

SCRAPYD_CFG = """
[settings]
default = crawler.settings

[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
eggs_dir = {root}/eggs
logs_dir = {root}/logs
dbs_dir = {root}/dbs
items_dir =
max_proc = 2
poll_interval = 0.5
"""


def call(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=10) as response:
        return json.load(response)


@pytest.mark.long_running
def test_scrapyd_schedules_a_crawl_into_the_archive(tmp_path: Path, fixture_web: FixtureWeb, sqlite_url: str) -> None:
    port = free_port("127.0.0.1")
    (tmp_path / "scrapy.cfg").write_text(SCRAPYD_CFG.format(port=port, root=tmp_path), encoding="utf-8")
    scrapyd = subprocess.Popen([str(Path(sys.executable).parent / "scrapyd")], cwd=tmp_path,
                               env=dict(os.environ, ARCHIVE_DATABASE_URL=sqlite_url),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert call(base, "daemonstatus.json")["status"] == "ok"
                break
            except OSError:
                assert time.monotonic() < deadline, "scrapyd did not start"
                time.sleep(0.2)
        assert "news" in call(base, "listspiders.json?project=default")["spiders"]
        job = call(base, "schedule.json", [("project", "default"), ("spider", "news"),
                                           ("start_urls", fixture_web.start_urls()),
                                           ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_ENABLED=False")])
        assert job["status"] == "ok", job
        # A job given a bad argument: scrapyd lists any ended job as finished, so the error must be in its log.
        bad = call(base, "schedule.json", [("project", "default"), ("spider", "news"),
                                           ("start_urls", fixture_web.start_urls()), ("refetch", "weekly")])
        finished = {}
        deadline = time.monotonic() + 120
        while not {job["jobid"], bad["jobid"]} <= set(finished):
            assert time.monotonic() < deadline, "the scheduled crawls did not finish"
            time.sleep(0.5)
            finished = {j["id"]: j for j in call(base, "listjobs.json?project=default")["finished"]}
        with urllib.request.urlopen(base + finished[bad["jobid"]]["log_url"], timeout=10) as response:
            bad_log = response.read().decode("utf-8")
        assert "ERROR: scrapy crawl: error: refetch: 'weekly' is not an age like 7d" in bad_log
    finally:
        scrapyd.terminate()
        scrapyd.wait(timeout=30)
    engine = create_engine(parse_database_url(sqlite_url))
    with engine.connect() as connection:
        run = connection.execute(text("select spider, status, pages_fetched from crawl_runs")).one()
        articles = connection.execute(text("select count(*) from articles")).scalar()
    engine.dispose()
    assert (run.spider, run.status) == ("news", "finished")
    assert run.pages_fetched == len(fixture_web.expected["pages"])
    assert articles == len(fixture_web.expected["bodies"])
