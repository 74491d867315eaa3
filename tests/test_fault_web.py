"""The hostile web (tests/faultweb.py) crawled by the real `scrapy crawl news`: every fault is a
row with its status or reason, every good page an article with its title, nothing is fetched that
must not be, no traceback, and the crawl's memory stays bounded."""
from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT, crawl_command, query_rows
from tests.faultweb import (
    DOWNLOAD_TIMEOUT,
    ELSEWHERE,
    EXPECTED,
    FAULTS,
    FEEDS,
    NO_SERVER,
    ROBOTS_503,
    SITEMAPS,
    FaultWeb,
    serve_fault_web,
)

# The bound the crawl's largest process must stay under, compression bombs and a 50,000-link page included.
MAX_PEAK_RSS_BYTES = 1 << 30
CRAWL_TIMEOUT = 300


def _registry(tmp_path: Path, web: FaultWeb) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(textwrap.dedent(f"""
        sources:
          - name: faultweb
            title: 故障网站
            kind: portal
            domains: [{FAULTS}, {ROBOTS_503}, {NO_SERVER}]
            entry_urls: ['{web.url(FAULTS)}', '{web.url(ROBOTS_503)}', '{web.url(NO_SERVER)}']
            rss: [{", ".join(repr(web.url(FAULTS, feed)) for feed in FEEDS)}]
            sitemaps: [{", ".join(repr(web.url(FAULTS, sitemap)) for sitemap in SITEMAPS)}]
        """), encoding="utf-8")
    return path


def _crawl(database_url: str, *args: str) -> tuple[int, str, int]:
    """Exit status, log and peak resident memory (bytes, the largest process of the crawl)."""
    command, env = crawl_command(database_url, *args)
    with open(os.devnull, "wb") as out, subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=out,
                                                         stderr=subprocess.PIPE) as crawl:
        log = crawl.stderr.read().decode("utf-8", "replace")  # type: ignore[union-attr]
        _, status, usage = os.wait4(crawl.pid, 0)
        crawl.returncode = os.waitstatus_to_exitcode(status)
    return crawl.returncode, log, usage.ru_maxrss * 1024


def _mismatches(path: str, expected: dict, row, base: str) -> list[str]:
    if row is None:
        return [f"{path}: no row"]
    wrong = []
    actual_values = {"kind": row.kind, "status": row.http_status, "title": row.title, "redirect_to": row.redirect_to,
                     "encoding": row.encoding, "declared_encoding": row.declared_encoding,
                     "encoding_overridden": None if row.encoding_overridden is None else bool(row.encoding_overridden)}
    for field, actual in actual_values.items():
        if field in expected:
            want = base + expected[field] if field == "redirect_to" and expected[field] else expected[field]
            if actual != want:
                wrong.append(f"{path}: {field} {actual!r}, expected {want!r} (error: {row.error!r})")
    if "error" in expected and (row.error is None or expected["error"] not in row.error):
        wrong.append(f"{path}: error {row.error!r}, expected one containing {expected['error']!r}")
    if (row.kind == "article") != (row.article_id is not None):
        wrong.append(f"{path}: kind {row.kind} with article_id {row.article_id}")
    return wrong


@pytest.mark.long_running
def test_every_fault_is_recorded_with_its_reason_and_nothing_forbidden_is_fetched(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'archive.db'}"
    with serve_fault_web() as web:
        status, log, peak_rss = _crawl(database_url, "-a", "source=faultweb", "-s",
                                       f"SOURCE_REGISTRY={_registry(tmp_path, web)}", "-s",
                                       f"DOWNLOAD_TIMEOUT={DOWNLOAD_TIMEOUT}")
        requests = list(web.requests)
        rows = {row.url: row for row in query_rows(
            database_url, "SELECT url, kind, http_status, error, title, article_id, redirect_to, encoding, declared_encoding, "
            "encoding_overridden FROM pages")}

        wrong = []
        for host, cases in ((FAULTS, EXPECTED["cases"]), (ROBOTS_503, EXPECTED["robots_503_host"]),
                            (NO_SERVER, EXPECTED["no_server_host"])):
            for path, expected in cases.items():
                url = web.url(host, path)
                if expected.get("never_requested"):
                    if (host, path) in requests or url in rows:
                        wrong.append(f"{path}: fetched, though robots.txt disallows it")
                    continue
                wrong.extend(_mismatches(path, expected, rows.get(url), web.url(host, "")))
        assert not wrong, "\n".join(wrong)

    assert status == 0, log[-3000:]
    assert "Traceback" not in log, log[log.index("Traceback") - 500:][:4000]
    assert "[alembic" not in log  # the new archive was migrated without a dozen INFO lines
    assert peak_rss < MAX_PEAK_RSS_BYTES, f"peak RSS {peak_rss / 2**20:.0f} MiB"
    # Nothing off-site: redirects to another host, to file:// and to a metadata address were not followed.
    assert not [request for request in requests if request[0] == ELSEWHERE]
    assert {path for host, path in requests if host == ROBOTS_503} == {"/robots.txt"}
    assert not [url for url in rows if not url.startswith((web.url(FAULTS), web.url(ROBOTS_503), web.url(NO_SERVER)))]
    # Each good page is one article; no entity or external file made it into any text.
    articles = [case for cases in EXPECTED.values() if isinstance(cases, dict)
                for case in cases.values() if isinstance(case, dict) and case.get("kind") == "article"]
    assert query_rows(database_url, "SELECT count(*) FROM articles")[0][0] == len(articles)
    assert not query_rows(database_url, "SELECT id FROM articles WHERE body LIKE '%root:%' OR body LIKE '%lollol%'")
    flags, = query_rows(database_url, "SELECT flags FROM crawl_runs")[0]
    assert f"robots.txt of {ROBOTS_503}:{web.port} unreachable (HTTP 503): host not crawled" in flags
