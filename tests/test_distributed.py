"""Two crawler processes sharing one Redis (scrapy-redis queue and duplicate filter) and one
PostgreSQL archive crawl a fixture web: no URL fetched twice, no duplicate rows, nothing missing."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import uuid

import redis
from sqlalchemy import create_engine, text

from archive import Archive
from archive.db import parse_database_url
from crawler.localweb import serve_sites
from tests.conftest import PROJECT_ROOT, WEB
from tests.test_archive_cli import archive_command


def test_two_workers_share_the_crawl(redis_url: str, postgres_url: str) -> None:
    expected = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))
    # A database of its own on the shared server: the queue and filter keys start empty.
    database = 1 + uuid.uuid4().int % 15
    shared_redis = f"{redis_url}/{database}"
    redis.Redis.from_url(shared_redis).flushdb()
    Archive.open(postgres_url).close()
    with serve_sites({ip: WEB / name for name, ip in expected["hosts"].items()}, delay=0.05) as urls:
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "start_urls=" + ",".join(urls.values()),
                   "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS=2"]
        env = dict(os.environ, ARCHIVE_DATABASE_URL=postgres_url, REDIS_URL=shared_redis)
        workers = [subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True) for _ in range(2)]
        logs = [worker.communicate(timeout=180)[1] for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], logs[0][-2000:]
    scraped = [int(m.group(1)) if (m := re.search(r"'item_scraped_count': (\d+)", log)) else 0 for log in logs]
    # Every page was fetched and stored once, by one worker or the other.
    assert sum(scraped) == len(expected["pages"]), scraped
    # The duplicate filter the workers shared lives in Redis, under the one crawl both joined.
    crawl_ids = {m.group(1) for log in logs for m in re.finditer(r"(?:started|joined) the shared crawl (\S+)", log)}
    assert len(crawl_ids) == 1, logs
    assert redis.Redis.from_url(shared_redis).scard(f"news:{crawl_ids.pop()}:dupefilter") >= len(expected["pages"])
    engine = create_engine(parse_database_url(postgres_url))
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from pages")).scalar() == len(expected["pages"])
        assert connection.execute(text("select count(*) from articles")).scalar() == len(expected["bodies"])
        assert connection.execute(text("select count(*) from crawl_runs where status = 'finished'")).scalar() == 2
    engine.dispose()


def test_scheduled_distributed_crawls_work_run_after_run(redis_url: str, postgres_url: str, tmp_path) -> None:
    """The second of two scheduled runs is not told every URL was seen: it checks the archived
    pages (304s) and archives the article that appeared in between."""
    database = 1 + uuid.uuid4().int % 15
    shared_redis = f"{redis_url}/{database}"
    redis.Redis.from_url(shared_redis).flushdb()
    site = tmp_path / "site"
    shutil.copytree(WEB / "repost", site)
    article = (site / "news" / "5566.html").read_text(encoding="utf-8")
    index = (site / "index.html").read_text(encoding="utf-8")
    env = dict(os.environ, ARCHIVE_DATABASE_URL=postgres_url, REDIS_URL=shared_redis)
    with serve_sites({"127.0.0.40": site}) as urls:
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"start_urls={urls['127.0.0.40']}",
                   "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
        first = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=180)
        (site / "news" / "5567.html").write_text(article.replace("韶关", "韶关市"), encoding="utf-8")
        (site / "index.html").write_text(index.replace("</body>", '<a href="/news/5567.html">续</a></body>'),
                                         encoding="utf-8")
        second = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert first.returncode == 0 and second.returncode == 0, second.stderr[-2000:]
    ids = [re.search(r"started the shared crawl (\S+)", run.stderr).group(1) for run in (first, second)]
    assert ids[0] != ids[1]  # the first crawl was over: the second started its own
    engine = create_engine(parse_database_url(postgres_url))
    with engine.connect() as connection:
        runs = connection.execute(text("select pages_fetched, articles_new, status from crawl_runs order by id")).all()
        assert connection.execute(text("select count(*) from pages where url like '%/news/5567.html'")).scalar() == 1
    engine.dispose()
    assert [tuple(run) for run in runs][1][1:] == (1, "finished")  # the new article, and the index re-checked
    assert runs[1][0] >= 2



def _slow_site(root) -> int:
    """An index of 6 list pages of 20 articles each (distinct texts): 127 pages."""
    template = (WEB / "gov" / "gzdt" / "content" / "post_1002.html").read_text(encoding="utf-8")
    (root / "a").mkdir(parents=True)
    lists = []
    for page in range(6):
        links = "".join(f'<li><a href="/a/{page}-{n}.html">第{page}-{n}篇</a></li>' for n in range(20))
        (root / f"list{page}.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")
        lists.append(f'<li><a href="/list{page}.html">第{page}页</a></li>')
        for n in range(20):
            text = template.replace("2023年2月21日,2023年全省", f"2023年2月21日,第{page}-{n}次全省", 1)
            (root / "a" / f"{page}-{n}.html").write_text(text, encoding="utf-8")
    (root / "index.html").write_text(f"<html><body><ul>{''.join(lists)}</ul></body></html>", encoding="utf-8")
    return 1 + 6 + 6 * 20


def test_both_workers_work_until_the_crawl_is_done(redis_url: str, postgres_url: str, tmp_path) -> None:
    """The worker that loses the race for the start page waits for the links the other finds."""
    database = 1 + uuid.uuid4().int % 15
    shared_redis = f"{redis_url}/{database}"
    redis.Redis.from_url(shared_redis).flushdb()
    Archive.open(postgres_url).close()
    pages = _slow_site(tmp_path / "site")
    with serve_sites({"127.0.0.42": tmp_path / "site"}, delay=0.3) as urls:
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"start_urls={urls['127.0.0.42']}",
                   "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
        env = dict(os.environ, ARCHIVE_DATABASE_URL=postgres_url, REDIS_URL=shared_redis)
        workers = [subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True) for _ in range(2)]
        logs = [worker.communicate(timeout=300)[1] for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], logs[0][-2000:] + logs[1][-2000:]
    engine = create_engine(parse_database_url(postgres_url))
    with engine.connect() as connection:
        stored = connection.execute(text("select count(*) from pages")).scalar()
        # Every page of the site once (the article template's own links add a few 404s).
        assert connection.execute(text("select count(*) from pages where url like '%/a/%'")).scalar() == pages - 7
        assert stored >= pages
        shares = [row[0] for row in connection.execute(text("select pages_fetched from crawl_runs order by id"))]
        statuses = {row[0] for row in connection.execute(text("select status from crawl_runs"))}
        crawl_ids = {row[0] for row in connection.execute(text("select crawl_id from crawl_runs"))}
    engine.dispose()
    assert sum(shares) == stored and statuses == {"finished"}
    assert len(crawl_ids) == 1 and None not in crawl_ids  # two rows, one crawl
    listed = archive_command(postgres_url, "runs").stdout.splitlines()
    assert listed[1].split()[:3] == ["crawl", "finished", crawl_ids.pop()] and "2 workers" in listed[1]
    assert [line.split()[1] for line in listed[2:4]] == ["finished", "finished"]
    # Each did a real share (before, the worker that lost the race for the start page closed at once
    # with 0). An idle worker looks at the shared queue every 5 s (Scrapy's engine heartbeat): on a
    # site that answers in 0.3 s it joins within seconds; on a polite crawl the wait is negligible.
    assert min(shares) >= stored // 4, shares
