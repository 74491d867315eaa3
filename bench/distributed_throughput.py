"""Crawl throughput of a distributed crawl (REDIS_URL): one worker against two, on the same web.

    python bench/distributed_throughput.py [--pages 400] [--hosts 4] [--latency 0.05]

Builds the loopback web of bench/crawl_throughput.py (distinct articles from real corpus pages,
lists of twenty) once per host, on --hosts hosts (127.0.0.71, .72, ...), each answering after
--latency seconds, as a remote site would. Then crawls it with `scrapy crawl news` on the shared
Redis queue (tools/test-redis) into a fresh PostgreSQL database (tools/test-postgres), with one
worker and then with two started together (and, for reference, with one process and no Redis),
in two regimes:

- `open`: no delay, 8 requests in flight per host; the work (processing, the archive) bounds it.
- `polite`: DOWNLOAD_DELAY 0.25 s and 2 in flight per host, the limits hold for the crawl as a
  whole, so a second worker cannot fetch faster than the hosts allow: it should gain nothing.

pages/s is the pages fetched by all workers over the wall time from the first start to the last
exit (start-up included). Prints a Markdown table for docs/benchmarks.md, with the machine's cores:
on two cores both workers share the same two cores, so the gain in the open regime is bounded.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import redis
from crawl_throughput import ROOT, build_web, postgres_database

sys.path.insert(0, str(ROOT))

from crawler.localweb import serve_sites  # noqa: E402

FIRST_HOST = 71
REGIMES = {
    "open": {"DOWNLOAD_DELAY": "0", "CONCURRENT_REQUESTS_PER_DOMAIN": "8"},
    "polite": {"DOWNLOAD_DELAY": "0.25", "CONCURRENT_REQUESTS_PER_DOMAIN": "2"},
}
COMMON = {"AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS": "32", "LOG_LEVEL": "INFO"}


def redis_server() -> str:
    return subprocess.run([str(ROOT / "tools" / "test-redis"), "start"], capture_output=True, text=True,
                          check=True).stdout.strip()


def crawl(workers: int, start_urls: str, settings: dict[str, str], redis_base: str | None) -> tuple[int, float]:
    """Pages fetched by all the workers, and the wall time from the first start to the last exit;
    without redis_base, one crawler process on its own (no shared queue)."""
    env = dict(os.environ, ARCHIVE_DATABASE_URL=postgres_database())
    env.pop("REDIS_URL", None)
    if redis_base is not None:
        env["REDIS_URL"] = f"{redis_base}/{1 + uuid.uuid4().int % 15}"
        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"start_urls={start_urls}",
               *[arg for name, value in {**COMMON, **settings}.items() for arg in ("-s", f"{name}={value}")]]
    start = time.perf_counter()
    processes = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True) for _ in range(workers)]
    logs = [process.communicate()[1] for process in processes]
    wall = time.perf_counter() - start
    for process, log in zip(processes, logs, strict=True):
        if process.returncode != 0:
            raise SystemExit(f"a worker failed ({process.returncode}):\n{log[-3000:]}")
    fetched = sum(int(m.group(1)) if (m := re.search(r"'response_received_count': (\d+)", log)) else 0
                  for log in logs)
    return fetched, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=400, help="articles in all, spread over the hosts")
    parser.add_argument("--hosts", type=int, default=4)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds each host takes to answer")
    args = parser.parse_args()
    redis_base = redis_server()
    print(f"machine: {os.cpu_count()} cores; {args.pages} articles on {args.hosts} hosts answering in "
          f"{args.latency * 1000:.0f} ms")
    print("| regime | workers | pages | wall s | pages/s | gain over one worker |")
    print("|---|---|---|---|---|---|")
    scratch = Path(tempfile.mkdtemp(prefix="distributed-bench-"))
    try:
        sites = {}
        for n in range(args.hosts):
            web = scratch / f"host{n}"
            build_web(web, args.pages // args.hosts, seed=n + 1)
            sites[f"127.0.0.{FIRST_HOST + n}"] = web
        with serve_sites(sites, delay=args.latency) as urls:
            start_urls = ",".join(urls.values())
            for regime, settings in REGIMES.items():
                pages, wall = crawl(1, start_urls, settings, None)
                print(f"| {regime} | 1, no Redis | {pages} | {wall:.1f} | {pages / wall:.1f} | |", flush=True)
                single = None
                for workers in (1, 2):
                    pages, wall = crawl(workers, start_urls, settings, redis_base)
                    rate = pages / wall
                    single = single or rate
                    print(f"| {regime} | {workers} | {pages} | {wall:.1f} | {rate:.1f} | {rate / single:.2f}× |",
                          flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
