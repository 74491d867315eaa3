"""Bad configuration and arguments stop at start with one readable line; bad pages do not stop a crawl."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import PROJECT_ROOT, FixtureWeb, crawl_command, run_crawl
from tests.inprocess import crawl_in_process

BAD_DATABASE_URLS = [
    ("not a url", "is not a database URL"),
    ("mysql://archive@127.0.0.1/archive", "unsupported database 'mysql'"),
    ("postgresql://archive@127.0.0.1:9/archive", "cannot connect to the archive at postgresql://archive@127.0.0.1:9/archive"),
    ("sqlite:////nonexistent/dir/x.db", "the directory '/nonexistent/dir' of the SQLite archive does not exist"),
]


@pytest.mark.parametrize("bad_url, says", BAD_DATABASE_URLS)
def test_a_bad_database_url_stops_the_crawl_at_start(fixture_web: FixtureWeb, bad_url: str, says: str) -> None:
    crawl = crawl_in_process(bad_url, "-a", f"start_urls={fixture_web.start_urls()}")
    assert crawl.failed
    errors = [line for line in crawl.log.splitlines() if " ERROR: " in line]
    assert len(errors) == 1 and says in errors[0], crawl.log[-2000:]
    assert "Traceback" not in crawl.log
    assert crawl.stat("response_received_count", 0) == 0


def test_a_bad_database_url_is_one_line_and_exit_status_1(fixture_web: FixtureWeb) -> None:
    bad_url, says = BAD_DATABASE_URLS[2]
    crawl = run_crawl(bad_url, "-a", f"start_urls={fixture_web.start_urls()}")
    assert crawl.returncode == 1
    errors = [line for line in crawl.stderr.splitlines() if " ERROR: " in line]
    assert len(errors) == 1 and says in errors[0], crawl.stderr[-2000:]
    assert "Traceback" not in crawl.stderr
    assert "Crawled 0 pages" in crawl.stderr


@pytest.mark.parametrize("arguments, says", [
    (["-a", "start_urls=http://127.0.0.1:9/", "-a", "depth=3"], "unknown argument(s) depth"),
    ([], "give either start_urls or source"),
    (["-a", "start_urls=http://127.0.0.1:9/", "-a", "source=mee"], "give either start_urls or source"),
    (["-a", "start_urls=ftp://127.0.0.1/x"], "is not an http(s) URL"),
    (["-a", "start_urls=,"], "start_urls is empty"),
    (["-a", "start_urls=http://127.0.0.1:99999/"], "Port out of range"),
    (["-a", "start_urls=http://127.0.0.1/" + "很长的路径" * 600], "characters is longer than URLLENGTH_LIMIT (2083)"),
])
def test_bad_spider_arguments_are_refused_before_the_crawl(sqlite_url: str, arguments: list[str], says: str) -> None:
    with pytest.raises(ValueError) as refused:
        crawl_in_process(sqlite_url, *arguments)
    assert says in str(refused.value) and "usage: scrapy crawl news -a start_urls=URL1,URL2" in str(refused.value)
    assert not os.path.exists(sqlite_url.removeprefix("sqlite:///"))  # nothing written


@pytest.mark.parametrize("arguments, says", [
    (["-a", "source=nope"], "unknown source 'nope'; known: all, "),
    (["-a", "source=all", "-s", "SOURCE_REGISTRY=/nonexistent/sources.yaml"], "cannot read the source registry"),
])
def test_an_unknown_source_or_unreadable_registry_is_refused_before_the_crawl(sqlite_url: str, arguments: list[str],
                                                                               says: str) -> None:
    with pytest.raises(ValueError, match=re.escape(says)):
        crawl_in_process(sqlite_url, *arguments)
    assert not os.path.exists(sqlite_url.removeprefix("sqlite:///"))  # nothing written


def test_a_bad_spider_argument_is_a_usage_error_of_one_line(sqlite_url: str) -> None:
    crawl = run_crawl(sqlite_url, "-a", "start_urls=http://127.0.0.1:9/", "-a", "depth=3")
    assert crawl.returncode == 2
    assert "unknown argument(s) depth" in crawl.stderr
    assert "usage: scrapy crawl news -a start_urls=URL1,URL2" in crawl.stderr
    # One line: no Scrapy start-up banner, no traceback.
    assert len(crawl.stderr.strip().splitlines()) == 1, crawl.stderr


@pytest.mark.parametrize("bad_url", ["not a url", "postgresql://archive@127.0.0.1:9/archive"])
def test_the_archive_command_reports_a_bad_database_in_one_line(bad_url: str) -> None:
    result = subprocess.run([sys.executable, "-m", "archive", "upgrade"], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, env={"ARCHIVE_DATABASE_URL": bad_url, "PATH": ""})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("archive: error: ")


def test_an_unreachable_redis_stops_a_distributed_crawl_with_one_line(sqlite_url: str) -> None:
    command, env = crawl_command(sqlite_url, "-a", "start_urls=http://127.0.0.1:9/")
    env["REDIS_URL"] = "redis://127.0.0.1:9/0"
    crawl = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert crawl.returncode == 1
    assert crawl.stderr.strip().splitlines()[-1].startswith("scrapy crawl: error: cannot use the shared queue at REDIS_URL redis://127.0.0.1:9/0")
    assert "Traceback" not in crawl.stderr
    assert not os.path.exists(sqlite_url.removeprefix("sqlite:///"))  # nothing half-written


@pytest.mark.parametrize("setting, says", [
    ("PROCESSING_WORKERS=-1", "PROCESSING_WORKERS must not be negative, not '-1'"),
    ("PROCESSING_WORKERS=two", "PROCESSING_WORKERS must be a whole number of processes (0: in the crawl process), not 'two'"),
    ("PROCESSING_TIMEOUT=0", "PROCESSING_TIMEOUT must be a positive number of seconds, not '0'"),
    ("PROCESSING_TIMEOUT=-5", "PROCESSING_TIMEOUT must be a positive number of seconds, not '-5'"),
    ("PROCESSING_TIMEOUT=soon", "PROCESSING_TIMEOUT must be a number of seconds, not 'soon'"),
])
def test_a_malformed_processing_setting_is_refused_before_the_crawl(sqlite_url: str, setting: str, says: str) -> None:
    with pytest.raises(ValueError, match=re.escape(says)):
        crawl_in_process(sqlite_url, "-a", "start_urls=http://127.0.0.1:9/", "-s", setting)
    assert not os.path.exists(sqlite_url.removeprefix("sqlite:///"))  # nothing written


def test_a_malformed_processing_setting_is_a_usage_error_of_one_line(sqlite_url: str) -> None:
    crawl = run_crawl(sqlite_url, "-a", "start_urls=http://127.0.0.1:9/", "-s", "PROCESSING_TIMEOUT=soon")
    assert crawl.returncode == 2
    assert crawl.stderr.strip().splitlines()[-1] == \
        "scrapy crawl: error: PROCESSING_TIMEOUT must be a number of seconds, not 'soon'"
    assert not os.path.exists(sqlite_url.removeprefix("sqlite:///"))  # nothing written
