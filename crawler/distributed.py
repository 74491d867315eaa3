"""Distributed crawls (REDIS_URL): the workers of one crawl share one request queue and one
duplicate filter in Redis (scrapy-redis), and a scheduled crawl run after run works every time.

scrapy-redis keys its queue and filter by spider name and keeps them between processes, so every
run after the first found every URL already seen and fetched nothing. Here they are keyed by a
crawl id as well. Workers started with the same command form one crawl without being told an id:
the first to start creates the crawl (an atomic SET NX of `<spider>:crawl`), the others join it.
Each worker keeps that pointer alive (a TTL it refreshes); when the last one leaves — or dies and
stops refreshing — the pointer lapses and the next scheduled run starts a new crawl, whose
duplicate filter is empty: the archive, not an old filter, decides what is fetched again, as on one
machine. A finished crawl's keys expire after FINISHED_CRAWL_KEPT_SECONDS. `-s CRAWL_ID=…` names
the crawl instead, for schedulers that want to.
"""
from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from datetime import datetime, timezone

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

logger = logging.getLogger(__name__)

# A worker refreshes its crawl's pointer this often; the pointer lives three times as long, so a
# crawl whose workers all died is over within POINTER_TTL_SECONDS.
POINTER_REFRESH_SECONDS = 20
POINTER_TTL_SECONDS = 3 * POINTER_REFRESH_SECONDS
# A crawl's queue and filter are kept this long after a worker leaves it, for the workers still on it.
FINISHED_CRAWL_KEPT_SECONDS = 24 * 3600
# SET NX then GET can find the key gone in between (its crawl just ended): try again, this often.
JOIN_ATTEMPTS = 5


def crawl_pointer(spider_name: str) -> str:
    return f"{spider_name}:crawl"


def join_or_start_crawl(server, spider_name: str) -> tuple[str, bool]:
    """The id of the crawl running now, started by this call if there was none; and whether it was."""
    pointer = crawl_pointer(spider_name)
    for _ in range(JOIN_ATTEMPTS):
        new_id = f"{datetime.now(timezone.utc):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        if server.set(pointer, new_id, nx=True, ex=POINTER_TTL_SECONDS):
            return new_id, True
        current = server.get(pointer)
        if current is not None:
            return current.decode(), False
    raise RuntimeError(f"could not start or join a crawl at Redis key {pointer}")


class SharedCrawlScheduler(Scheduler):
    """scrapy-redis's scheduler on keys of one crawl: `<spider>:<crawl id>:requests|dupefilter`."""

    crawl_id: str | None = None

    def open(self, spider):
        explicit = spider.settings.get("CRAWL_ID")
        if explicit:
            self.crawl_id, started = explicit, False
        else:
            self.crawl_id, started = join_or_start_crawl(self.server, spider.name)
            self._keep_alive = task.LoopingCall(self._refresh_pointer, spider.name)
            self._keep_alive.start(POINTER_REFRESH_SECONDS, now=False)
        spider.crawler.stats.set_value("distributed/crawl_id", self.crawl_id)
        logger.info("%s the shared crawl %s", "started" if started else "joined", self.crawl_id)
        self.queue_key = f"%(spider)s:{self.crawl_id}:requests"
        dupefilter_key = f"{spider.name}:{self.crawl_id}:dupefilter"
        self.df = RFPDupeFilter(self.server, key=dupefilter_key, debug=spider.settings.getbool("DUPEFILTER_DEBUG"))
        super().open(spider)

    def _refresh_pointer(self, spider_name: str) -> None:
        pointer = crawl_pointer(spider_name)
        # Re-set only while it is still ours: a crawl that ended for the others stays ended.
        if self.server.get(pointer) == self.crawl_id.encode():
            self.server.expire(pointer, POINTER_TTL_SECONDS)

    def close(self, reason):
        keep_alive = getattr(self, "_keep_alive", None)
        if keep_alive is not None and keep_alive.running:
            keep_alive.stop()
        super().close(reason)
        for key in (self.queue.key, self.df.key):
            self.server.expire(key, FINISHED_CRAWL_KEPT_SECONDS)
        if not len(self.queue):
            # Nothing left to fetch: the crawl is over for a worker that starts from now on.
            pointer = crawl_pointer(self.spider.name)
            if self.server.get(pointer) == (self.crawl_id or "").encode():
                self.server.delete(pointer)


# How often a worker says whether it is busy (downloading, or pages waiting to be processed).
BUSY_BEAT_SECONDS = 1.0


class SharedCrawlWorkers:
    """Workers of one crawl stay until the crawl is done. A worker whose share of the queue is
    empty is idle, but another worker may still be fetching pages whose links will fill the queue:
    while any other worker of the crawl has been busy within DISTRIBUTED_GRACE_SECONDS, an idle
    worker waits (at most DISTRIBUTED_MAX_WAIT_SECONDS in a row) and takes requests as they come.
    Each worker keeps the time it was last busy in the hash `<spider>:<crawl id>:busy`."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.grace = settings.getfloat("DISTRIBUTED_GRACE_SECONDS")
        self.max_wait = settings.getfloat("DISTRIBUTED_MAX_WAIT_SECONDS")
        self.server = get_redis_from_settings(settings)
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.key: str | None = None
        self.idle_since: float | None = None
        self.beat = task.LoopingCall(self._say_if_busy)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedCrawlWorkers:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("a crawl of one worker")
        workers = cls(crawler)
        crawler.signals.connect(workers.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(workers.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(workers.spider_closed, signal=signals.spider_closed)
        return workers

    def spider_opened(self, spider) -> None:
        crawl_id = self.crawler.stats.get_value("distributed/crawl_id")  # set by the scheduler, opened first
        if crawl_id is None:
            raise NotConfigured("SharedCrawlWorkers needs crawler.distributed.SharedCrawlScheduler")
        self.key = f"{spider.name}:{crawl_id}:busy"
        self.server.hset(self.key, self.worker, time.time())
        self.server.expire(self.key, FINISHED_CRAWL_KEPT_SECONDS)
        self.beat.start(BUSY_BEAT_SECONDS, now=False)

    def _busy(self) -> bool:
        engine = self.crawler.engine
        return bool(engine is not None and (engine.downloader.active or engine.scraper.slot is not None
                                            and engine.scraper.slot.active))

    def _say_if_busy(self) -> None:
        if self.key is not None and self._busy():
            self.idle_since = None
            self.server.hset(self.key, self.worker, time.time())

    def spider_idle(self, spider) -> None:
        now = time.time()
        others = {worker.decode(): float(seen) for worker, seen in self.server.hgetall(self.key).items()
                  if worker.decode() != self.worker}
        busy = [worker for worker, seen in others.items() if now - seen <= self.grace]
        if not busy:
            return  # nobody can add pages any more: the crawl is done for this worker
        self.idle_since = self.idle_since or now
        if now - self.idle_since > self.max_wait:
            logger.warning("idle for %.0f s while %s still busy: leaving the crawl (DISTRIBUTED_MAX_WAIT_SECONDS)",
                           now - self.idle_since, ", ".join(busy))
            return
        self.crawler.stats.inc_value("distributed/waited_idle")
        raise DontCloseSpider

    def spider_closed(self, spider) -> None:
        if self.beat.running:
            self.beat.stop()
        if self.key is not None:
            self.server.hdel(self.key, self.worker)

