"""Crawler processes sharing one Redis (scrapy-redis queue and duplicate filter) and one PostgreSQL
archive crawl loopback webs: no URL fetched twice, no duplicate rows, nothing missing, both workers
busy until the end, one host's limits kept by the workers together, nothing lost with a worker."""
from __future__ import annotations

import bisect
import json
import re
import shutil
import socket
import subprocess
import threading
import time

import pytest
import redis
from sqlalchemy import create_engine, text

from archive import Archive
from archive.db import parse_database_url
from crawler.distributed import TAKE_HOST_SLOT, CrawlKeys, free_host_slots, host_slot_keys
from crawler.localweb import Visit, serve_sites
from tests.conftest import PROJECT_ROOT, WEB, crawl_command
from tests.inprocess import archive_in_process


@pytest.mark.long_running
def test_two_workers_share_the_crawl(shared_redis: str, postgres_url: str) -> None:
    expected = json.loads((WEB / "expected.json").read_text(encoding="utf-8"))
    Archive.open(postgres_url).close()
    with serve_sites({ip: WEB / name for name, ip in expected["hosts"].items()}, delay=0.05) as urls:
        workers = _start_workers(2, postgres_url, shared_redis, "-a", "start_urls=" + ",".join(urls.values()),
                                 "-s", "CONCURRENT_REQUESTS=2")
        logs = [worker.communicate(timeout=180)[1] for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], _tails(workers, logs)
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


def test_a_dead_workers_host_slots_are_freed_for_the_living(shared_redis: str) -> None:
    """A worker killed mid-download never frees its places among a host's requests in flight: the
    worker that finds it dead frees them, or the host would wait out their hold (a minute)."""
    server = redis.Redis.from_url(shared_redis)
    take = server.register_script(TAKE_HOST_SLOT)
    hold_ms, concurrency = 70_000, 2

    def take_slot(host: str, worker: str, number: int) -> int:
        return take(keys=host_slot_keys("news", host), args=[0, concurrency, f"{worker}:{number}", hold_ms])

    assert take_slot("127.0.0.1", "vm:41", 1) == 0 and take_slot("127.0.0.1", "vm:42", 1) == 0
    assert take_slot("127.0.0.2", "vm:41", 2) == 0
    assert take_slot("127.0.0.1", "vm:42", 2) == -1  # the host is at its limit
    # vm:41 dies; vm:410, whose name begins like it, is alive and keeps its place.
    assert take_slot("127.0.0.2", "vm:410", 1) == 0
    assert free_host_slots(server, "news", "vm:41") == 2
    assert take_slot("127.0.0.1", "vm:42", 2) == 0
    assert server.zrange(host_slot_keys("news", "127.0.0.2")[1], 0, -1) == [b"vm:410:1"]


@pytest.mark.long_running
def test_scheduled_distributed_crawls_work_run_after_run(shared_redis: str, postgres_url: str, tmp_path) -> None:
    """The second of two scheduled runs is not told every URL was seen: it checks the archived
    pages (304s) and archives the article that appeared in between."""
    site = tmp_path / "site"
    shutil.copytree(WEB / "repost", site)
    article = (site / "news" / "5566.html").read_text(encoding="utf-8")
    index = (site / "index.html").read_text(encoding="utf-8")
    with serve_sites({"127.0.0.40": site}) as urls:
        command, env = crawl_command(postgres_url, *IN_THE_CRAWL_PROCESS, "-a", f"start_urls={urls['127.0.0.40']}")
        env["REDIS_URL"] = shared_redis
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



def _slow_site(root, lists: int = 6) -> int:
    """An index of `lists` list pages of 20 articles each (distinct texts): 127 pages by default."""
    template = (WEB / "gov" / "gzdt" / "content" / "post_1002.html").read_text(encoding="utf-8")
    (root / "a").mkdir(parents=True)
    list_links = []
    for page in range(lists):
        links = "".join(f'<li><a href="/a/{page}-{n}.html">第{page}-{n}篇</a></li>' for n in range(20))
        (root / f"list{page}.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")
        list_links.append(f'<li><a href="/list{page}.html">第{page}页</a></li>')
        for n in range(20):
            text = template.replace("2023年2月21日,2023年全省", f"2023年2月21日,第{page}-{n}次全省", 1)
            (root / "a" / f"{page}-{n}.html").write_text(text, encoding="utf-8")
    (root / "index.html").write_text(f"<html><body><ul>{''.join(list_links)}</ul></body></html>", encoding="utf-8")
    return 1 + lists + lists * 20


# Each worker processes its pages in its own process: these tests are about the shared queue and
# limits, and two workers with a processing pool each would be four interpreters on two cores (the
# pool has tests of its own).
IN_THE_CRAWL_PROCESS = ("-s", "PROCESSING_WORKERS=0")


def _start_workers(count: int, postgres_url: str, shared_redis: str, *args: str) -> list[subprocess.Popen[str]]:
    command, env = crawl_command(postgres_url, *IN_THE_CRAWL_PROCESS, *args)
    env["REDIS_URL"] = shared_redis
    return [subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True) for _ in range(count)]


def _tails(workers: list[subprocess.Popen[str]], logs: list[str]) -> str:
    """The end of each failed worker's log, for the assertion's message."""
    return "\n".join(f"worker {number} exited {worker.returncode}:\n{log[-3000:]}"
                     for number, (worker, log) in enumerate(zip(workers, logs, strict=True)) if worker.returncode)


def _most_at_once(visits: list[Visit]) -> int:
    events = sorted([(visit.arrived, 1) for visit in visits] + [(visit.answered, -1) for visit in visits])
    at_once = most = 0
    for _, change in events:
        at_once += change
        most = max(most, at_once)
    return most


def _most_in_window(visits: list[Visit], seconds: float) -> int:
    arrivals = sorted(visit.arrived for visit in visits)
    return max(bisect.bisect_left(arrivals, first + seconds) - i for i, first in enumerate(arrivals))


def _article_pages_once(postgres_url: str) -> tuple[int, int]:
    """How many article URLs of the slow site are archived, and how many of them more than once."""
    engine = create_engine(parse_database_url(postgres_url))
    with engine.connect() as connection:
        stored = connection.execute(text("select count(distinct url), count(*) - count(distinct url) from pages "
                                         "where url like '%/a/%'")).one()
    engine.dispose()
    return stored[0], stored[1]


# The per-host limits of the politeness test: a request at most every DELAY seconds, at most
# CONCURRENCY in flight, for the crawl as a whole. The site answers in SITE_SECONDS, longer than the
# delay, so that two workers each keeping to the limits alone would exceed both.
DELAY = 0.2
CONCURRENCY = 2
SITE_SECONDS = 0.3
# Over a window this long, requests the delay allows (a few more for the window's edges).
WINDOW_SECONDS = 3.0


@pytest.mark.long_running
def test_two_workers_share_the_work_and_one_hosts_limits(shared_redis: str, postgres_url: str, tmp_path) -> None:
    """Both workers work until the crawl is done (the one that loses the race for the start page
    waits for the links the other finds), and the site sees one polite crawler, not two."""
    Archive.open(postgres_url).close()
    lists = 3  # 64 pages: a crawl of about 13 s at the shared delay, more than four windows
    pages = _slow_site(tmp_path / "site", lists)
    visits: list[Visit] = []
    with serve_sites({"127.0.0.42": tmp_path / "site"}, delay=SITE_SECONDS, visits=visits) as urls:
        workers = _start_workers(2, postgres_url, shared_redis, "-a", f"start_urls={urls['127.0.0.42']}",
                                 "-s", f"DOWNLOAD_DELAY={DELAY}", "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={CONCURRENCY}")
        logs = [worker.communicate(timeout=300)[1] for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], _tails(workers, logs)
    # Every page of the site once (the article template's own links add a few 404s).
    assert _article_pages_once(postgres_url) == (pages - 1 - lists, 0)
    engine = create_engine(parse_database_url(postgres_url))
    with engine.connect() as connection:
        stored = connection.execute(text("select count(*) from pages")).scalar()
        shares = [row[0] for row in connection.execute(text("select pages_fetched from crawl_runs order by id"))]
        statuses = {row[0] for row in connection.execute(text("select status from crawl_runs"))}
        crawl_ids = {row[0] for row in connection.execute(text("select crawl_id from crawl_runs"))}
    engine.dispose()
    assert sum(shares) == stored and statuses == {"finished"}
    assert len(crawl_ids) == 1 and None not in crawl_ids  # two rows, one crawl
    listed = archive_in_process(postgres_url, "runs").stdout.splitlines()
    assert listed[1].split()[:3] == ["crawl", "finished", crawl_ids.pop()] and "2 workers" in listed[1]
    assert [line.split()[1] for line in listed[2:4]] == ["finished", "finished"]
    # Each did a real share (before, the worker that lost the race for the start page closed at once
    # with 0, and later joined only on Scrapy's 5 s heartbeat).
    assert min(shares) >= stored // 4, shares
    # The host saw the limits of one crawler: never more than CONCURRENCY requests at once, and no
    # more requests in any window than one request per DELAY allows.
    assert _most_at_once(visits) <= CONCURRENCY
    assert _most_in_window(visits, WINDOW_SECONDS) <= WINDOW_SECONDS / DELAY + 2, len(visits)


@pytest.mark.long_running
def test_a_worker_killed_mid_crawl_loses_nothing(shared_redis: str, postgres_url: str, tmp_path) -> None:
    """SIGKILL one of two workers while it holds requests: once its lease lapses, the other worker
    fetches them; every page is archived, none twice."""
    server = redis.Redis.from_url(shared_redis)
    Archive.open(postgres_url).close()
    lists = 3
    pages = _slow_site(tmp_path / "site", lists)
    with serve_sites({"127.0.0.43": tmp_path / "site"}, delay=0.1) as urls:
        doomed, survivor = _start_workers(2, postgres_url, shared_redis, "-a", f"start_urls={urls['127.0.0.43']}",
                                          "-s", "DISTRIBUTED_LEASE_SECONDS=3")
        # Nobody reads the doomed worker's log: drained, lest it block on a full pipe.
        threading.Thread(target=doomed.stderr.read, daemon=True).start()
        deadline = time.monotonic() + 120
        leases = None
        while time.monotonic() < deadline and survivor.poll() is None:
            crawl_id = server.get("news:crawl")
            stored, _ = _article_pages_once(postgres_url)
            if crawl_id is not None and stored >= 10:
                leases = CrawlKeys("news", crawl_id.decode()).leases(f"{socket.gethostname()}:{doomed.pid}")
                if server.hlen(leases):
                    break
            time.sleep(0.05)
        doomed.kill()
        doomed.wait()
        held = server.hlen(leases)
        log = survivor.communicate(timeout=300)[1]
    assert held >= 1  # it died holding requests
    assert survivor.returncode == 0, log[-3000:]
    assert re.search(rf"worker \S+:{doomed.pid} stopped answering for 3 s: {held} requests it had taken are back",
                     log), log[-3000:]
    assert _article_pages_once(postgres_url) == (pages - 1 - lists, 0)
