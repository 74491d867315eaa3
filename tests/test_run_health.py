"""Run records: every crawl writes its counts per source; a run fails when it fetched nothing or too
many of its pages are errors, and is flagged when a source that usually yields articles yields none."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import create_engine, text

from archive.db import parse_database_url
from crawler.localweb import serve_sites
from tests.conftest import FIXTURES, WEB, changed_later, run_crawl
from tests.inprocess import crawl_in_process


def _runs(database_url: str) -> list:
    engine = create_engine(parse_database_url(database_url))
    with engine.connect() as connection:
        rows = connection.execute(text("select id, status, sources, new_by_source, flags from crawl_runs order by id")).all()
    engine.dispose()
    return [(r.id, r.status, *(json.loads(v) if isinstance(v, str) else v for v in (r.sources, r.new_by_source, r.flags)))
            for r in rows]


def test_a_source_that_stops_yielding_is_flagged(tmp_path: Path, sqlite_url: str) -> None:
    site = tmp_path / "site"
    shutil.copytree(WEB / "repost", site)
    article = (site / "news" / "5566.html").read_text(encoding="utf-8")
    index = (site / "index.html").read_text(encoding="utf-8")
    with serve_sites({"127.0.0.36": site}) as urls:
        start = f"start_urls={urls['127.0.0.36']}"
        for number in (1, 2):  # two runs that each find a new article
            if number == 2:
                (site / "news" / "5567.html").write_text(article.replace("韶关", "韶关市"), encoding="utf-8")
                (site / "index.html").write_text(index.replace("</body>", '<a href="/news/5567.html">续</a></body>'), encoding="utf-8")
                changed_later(site)
            assert not crawl_in_process(sqlite_url, "-a", start).failed
        quiet = crawl_in_process(sqlite_url, "-a", start)  # nothing new this time
        # The real command, for its exit status.
        strict = run_crawl(sqlite_url, "-a", start, "-s", "FAIL_ON_FLAGS=True")  # nor this
    assert not quiet.failed  # flagged, not failed
    assert strict.returncode == 1 and "crawl run 4 flagged: nothing new from 127.0.0.36" in strict.stderr
    runs = _runs(sqlite_url)
    assert [r[3] for r in runs] == [{"127.0.0.36": 1}, {"127.0.0.36": 1}, {"127.0.0.36": 0}, {"127.0.0.36": 0}]
    assert [r[1] for r in runs] == ["finished"] * 4  # a flag is a warning: the run did its job
    assert runs[0][4] == [] and runs[1][4] == []
    assert runs[2][2] == ["127.0.0.36"]
    assert runs[2][4] == ["nothing new from 127.0.0.36, which yielded new articles in 2 of its last 2 runs"]
    assert "crawl run 3 flagged: nothing new from 127.0.0.36" in quiet.log


def test_a_run_with_mostly_errors_fails(tmp_path: Path, sqlite_url: str) -> None:
    site = tmp_path / "broken"
    site.mkdir()
    links = "".join(f'<a href="/gone/{n}.html">旧闻{n}</a>' for n in range(5))
    (site / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    with serve_sites({"127.0.0.37": site}) as urls:
        crawl = crawl_in_process(sqlite_url, "-a", f"start_urls={urls['127.0.0.37']}")
    assert crawl.failed
    assert _runs(sqlite_url)[0][1] == "failed"
    assert _finish_reason(sqlite_url) == "error rate 5/6 above 50%"
    assert "crawl run 1 failed: 6 pages, 0 new articles, 0 duplicates, 5 errors (error rate 5/6 above 50%)" in crawl.log


def test_a_site_behind_a_firewall_that_answers_200_fails_the_run_and_loses_nothing(tmp_path: Path, sqlite_url: str) -> None:
    """A firewall's block page answered with 200 is an error, not a list nor an article: the run that
    met only those fails, and the next run asks for the same pages again and archives them."""
    site = tmp_path / "blocked"
    shutil.copytree(WEB / "city", site)
    articles = {page: page.read_bytes() for page in (site / "news").rglob("*.html")}
    block_page = (FIXTURES / "layouts" / "error_firewall_block_page.html").read_bytes()
    for page in articles:
        page.write_bytes(block_page)
    with serve_sites({"127.0.0.39": site}) as urls:
        start = f"start_urls={urls['127.0.0.39']}"
        blocked = crawl_in_process(sqlite_url, "-a", start)
        for page, article in articles.items():
            page.write_bytes(article)
        changed_later(site)
        unblocked = crawl_in_process(sqlite_url, "-a", start)
    assert blocked.failed and not unblocked.failed
    assert _runs(sqlite_url)[0][1] == "failed" and _runs(sqlite_url)[1][3] == {"127.0.0.39": len(articles)}
    assert f"{len(articles)} errors" in blocked.log


def test_a_crawl_that_fetched_nothing_fails(sqlite_url: str) -> None:
    # Nothing listens there: no page answers (robots.txt refused, so the host is not crawled).
    crawl = crawl_in_process(sqlite_url, "-a", "start_urls=http://127.0.0.38:9/")
    assert crawl.failed
    assert _runs(sqlite_url)[0][1] == "failed" and _finish_reason(sqlite_url) == "nothing fetched: no page answered"


def _finish_reason(database_url: str) -> str:
    engine = create_engine(parse_database_url(database_url))
    with engine.connect() as connection:
        reason = connection.execute(text("select finish_reason from crawl_runs order by id desc")).scalar()
    engine.dispose()
    return reason
