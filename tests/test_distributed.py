"""Two crawler processes sharing one Redis (scrapy-redis queue and duplicate filter) and one
PostgreSQL archive crawl a fixture web: no URL fetched twice, no duplicate rows, nothing missing."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid

import redis
from sqlalchemy import create_engine, text

from archive import Archive
from archive.db import parse_database_url
from crawler.localweb import serve_sites
from tests.conftest import PROJECT_ROOT, WEB


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
    # The duplicate filter the workers shared lives in Redis: one fingerprint per request made.
    assert redis.Redis.from_url(shared_redis).scard("news:dupefilter") >= len(expected["pages"])
    engine = create_engine(parse_database_url(postgres_url))
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from pages")).scalar() == len(expected["pages"])
        assert connection.execute(text("select count(*) from articles")).scalar() == len(expected["bodies"])
        assert connection.execute(text("select count(*) from crawl_runs where status = 'finished'")).scalar() == 2
    engine.dispose()
