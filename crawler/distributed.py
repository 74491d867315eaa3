"""Distributed crawls (REDIS_URL): the workers of one crawl share one request queue and one
duplicate filter in Redis (scrapy-redis), hold each host to the limits of one polite crawler, and
lose nothing when one of them dies.

- **One crawl, run after run.** scrapy-redis keys its queue and filter by spider name and keeps them
  between processes, so every run after the first found every URL already seen and fetched nothing.
  Here they are keyed by a crawl id as well. Workers started with the same command form one crawl
  without being told an id: the first to start creates the crawl (an atomic SET NX of
  `<spider>:crawl`), the others join it. Each worker keeps that pointer alive (a TTL it refreshes);
  when the last one leaves — or dies and stops refreshing — the pointer lapses and the next
  scheduled run starts a new crawl, whose duplicate filter is empty: the archive, not an old filter,
  decides what is fetched again, as on one machine. A finished crawl's keys expire after
  FINISHED_CRAWL_KEPT_SECONDS. `-s CRAWL_ID=…` names the crawl instead, for schedulers that want to.
- **Workers stay until the crawl is done** (SharedCrawlWorkers): an idle worker waits while another
  may still add links.
- **Leases** (SharedCrawlWorkers, SharedCrawlScheduler): a request taken from the queue is written,
  in the same atomic step, to the taking worker's lease hash, and leaves it only when its page is
  in the archive or it cannot give one. A worker that stops refreshing its `alive` key for
  DISTRIBUTED_LEASE_SECONDS is dead: another worker puts its leased requests back in the queue.
- **Politeness across machines** (SharedHostSlots): per host, one shared send time and one shared
  set of requests in flight, so N workers ask a host no more often than one would.
"""
from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
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
# How often a worker says it is alive, whether it is busy (downloading, or pages waiting to be
# processed), and looks for workers that died; far below DISTRIBUTED_LEASE_SECONDS, so a slow
# reactor turn does not make a live worker look dead.
BEAT_SECONDS = 1.0
# Request meta: the id of the lease under which this worker took the request from the queue.
LEASE = "distributed_lease"
# Request meta: this request's place among its host's requests in flight (SharedHostSlots).
HOST_SLOT = "shared_host_slot"
# A worker waiting for a host's shared concurrency to free up asks again this often (one request
# per host asks; a slot freed is taken within this, small beside a remote site's answer); waiting
# for the host's shared delay, it waits exactly as long as it has to.
HOST_SLOT_POLL_SECONDS = 0.02
# A request in flight holds its host's slot at most DOWNLOAD_TIMEOUT and this margin: the bound for a
# slot nobody frees (a dead worker's are freed as soon as it is found dead, with its leases).
HOST_SLOT_MARGIN_SECONDS = 10


def crawl_pointer(spider_name: str) -> str:
    return f"{spider_name}:crawl"


def this_worker() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def join_or_start_crawl(server, spider_name: str) -> tuple[str, bool]:
    """The id of the crawl running now, started by this call if there was none; and whether it was."""
    pointer = crawl_pointer(spider_name)
    for _ in range(JOIN_ATTEMPTS):
        new_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        if server.set(pointer, new_id, nx=True, ex=POINTER_TTL_SECONDS):
            return new_id, True
        current = server.get(pointer)
        if current is not None:
            return current.decode(), False
    raise RuntimeError(f"could not start or join a crawl at Redis key {pointer}")


@dataclass(frozen=True)
class CrawlKeys:
    """The Redis keys of one distributed crawl."""
    spider: str
    crawl_id: str

    def _key(self, name: str) -> str:
        return f"{self.spider}:{self.crawl_id}:{name}"

    @property
    def requests(self) -> str:
        return self._key("requests")

    @property
    def dupefilter(self) -> str:
        return self._key("dupefilter")

    @property
    def busy(self) -> str:
        """Hash: worker → when it was last busy (Unix time)."""
        return self._key("busy")

    @property
    def workers(self) -> str:
        """Set: the workers that joined and have not left."""
        return self._key("workers")

    @property
    def lease_ids(self) -> str:
        return self._key("lease-ids")

    def leases(self, worker: str) -> str:
        """Hash: lease id → the encoded request the worker took under it."""
        return self._key(f"leases:{worker}")

    def alive(self, worker: str) -> str:
        return self._key(f"alive:{worker}")


# Take the first request of the priority queue and lease it to the worker, in one step: a worker
# killed between the two would otherwise lose the request.
TAKE_AND_LEASE = """
local taken = redis.call('ZRANGE', KEYS[1], 0, 0)
if #taken == 0 then return nil end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
local lease = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[2], lease, taken[1])
redis.call('EXPIRE', KEYS[2], ARGV[1])
return {lease, taken[1]}
"""


# Push with a score that keeps first-in-first-out order within a priority.
PUSH_IN_ORDER = """
local arrival = redis.call('INCR', KEYS[2])
redis.call('ZADD', KEYS[1], tonumber(ARGV[1]) + arrival, ARGV[2])
"""
# Scores are -priority × PRIORITY_STRIDE + arrival number: exact in a double for priorities up to
# ±2**20 and for more pushes than any crawl makes.
PRIORITY_STRIDE = 2**32


class ArrivalOrderQueue(PriorityQueue):
    """scrapy-redis's priority queue, first in first out within a priority, like Scrapy's own
    scheduler. scrapy-redis orders the requests of one priority by their serialized bytes, that is
    by URL: every request to one host came before any to the next, and with per-host delays the
    crawl ran one host at a time."""

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        self._push = server.register_script(PUSH_IN_ORDER)
        self.arrivals_key = f"{self.key}:arrivals"

    def push(self, request: Request) -> None:
        self._push(keys=[self.key, self.arrivals_key],
                   args=[-request.priority * PRIORITY_STRIDE, self._encode_request(request)])


# Move a dead worker's leases into the hash of the worker that found it dead, in one step: of the
# workers that find it dead, one gets them, and if that one dies too, they are its leases.
ADOPT_LEASES = """
local held = redis.call('HGETALL', KEYS[1])
for i = 1, #held, 2 do redis.call('HSET', KEYS[2], held[i], held[i + 1]) end
redis.call('DEL', KEYS[1])
return #held / 2
"""


class SharedCrawlScheduler(Scheduler):
    """scrapy-redis's scheduler on the keys of one crawl (`<spider>:<crawl id>:requests|dupefilter`),
    whose requests are leased to the worker that takes them (SharedCrawlWorkers keeps the leases)."""

    crawl_id: str | None = None
    workers: SharedCrawlWorkers

    def open(self, spider):
        self.workers = spider.crawler.get_extension(SharedCrawlWorkers)
        if self.workers is None:
            raise NotConfigured("SharedCrawlScheduler needs the SharedCrawlWorkers extension (crawler.addon)")
        explicit = spider.settings.get("CRAWL_ID")
        if explicit:
            self.crawl_id, started = explicit, False
        else:
            self.crawl_id, started = join_or_start_crawl(self.server, spider.name)
            self._keep_alive = task.LoopingCall(self._refresh_pointer, spider.name)
            self._keep_alive.start(POINTER_REFRESH_SECONDS, now=False)
        spider.crawler.stats.set_value("distributed/crawl_id", self.crawl_id)
        logger.info("%s the shared crawl %s", "started" if started else "joined", self.crawl_id)
        self.keys = CrawlKeys(spider.name, self.crawl_id)
        self.queue_key = self.keys.requests
        # Taking and leasing in one step needs a sorted set, as scrapy-redis's priority queue has.
        self.queue_cls = f"{ArrivalOrderQueue.__module__}.{ArrivalOrderQueue.__name__}"
        self.df = RFPDupeFilter(self.server, key=self.keys.dupefilter,
                                debug=spider.settings.getbool("DUPEFILTER_DEBUG"))
        super().open(spider)
        self._take_and_lease = self.server.register_script(TAKE_AND_LEASE)
        self.workers.join(self.keys, self.queue)

    def _refresh_pointer(self, spider_name: str) -> None:
        pointer = crawl_pointer(spider_name)
        # Re-set only while it is still ours: a crawl that ended for the others stays ended.
        if self.server.get(pointer) == self.crawl_id.encode():
            self.server.expire(pointer, POINTER_TTL_SECONDS)

    def enqueue_request(self, request: Request) -> bool:
        lease = request.meta.pop(LEASE, None)
        queued = super().enqueue_request(request)
        if lease is not None and queued:
            # A retry of a leased request is back in the shared queue: it is no longer this worker's.
            self.workers.release_lease(lease)
        elif lease is not None:
            request.meta[LEASE] = lease
        return queued

    def next_request(self) -> Request | None:
        taken = self._take_and_lease(keys=[self.queue.key, self.keys.leases(self.workers.name), self.keys.lease_ids],
                                     args=[FINISHED_CRAWL_KEPT_SECONDS])
        if not taken:
            return None
        lease, encoded = taken
        request = self.queue._decode_request(encoded)  # scrapy-redis's own serializer, as its queue pops
        request.meta[LEASE] = int(lease)
        self.workers.in_hand.add(int(lease))
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def close(self, reason):
        keep_alive = getattr(self, "_keep_alive", None)
        if keep_alive is not None and keep_alive.running:
            keep_alive.stop()
        self.workers.leave()
        super().close(reason)
        for key in (self.queue.key, self.queue.arrivals_key, self.df.key):
            self.server.expire(key, FINISHED_CRAWL_KEPT_SECONDS)
        if not len(self.queue):
            # Nothing left to fetch: the crawl is over for a worker that starts from now on.
            pointer = crawl_pointer(self.spider.name)
            if self.server.get(pointer) == (self.crawl_id or "").encode():
                self.server.delete(pointer)


def _lease_of(source: Response | object | None) -> int | None:
    """The lease of the request behind an item's response (or the failure an errback was given)."""
    request = getattr(source, "request", None)
    return request.meta.get(LEASE) if request is not None else None


class SharedCrawlWorkers:
    """The workers of one crawl.

    - Staying: a worker whose share of the queue is empty is idle, but another worker may still be
      fetching pages whose links will fill the queue. While any other worker of the crawl holds
      leased requests and is alive, or was busy within DISTRIBUTED_GRACE_SECONDS and has not said
      it is idle since, an idle worker waits (at most DISTRIBUTED_MAX_WAIT_SECONDS in a row) and
      takes requests as they come. A worker's page is stored after its links are queued and before
      its lease ends, so an empty queue and no leases mean the crawl is done.
    - Leases: a leased request is released when its page is stored (or dropped), when it is ignored
      (an archived article, robots.txt), or when its retry is back in the queue. Leases still held
      when the worker closes go back to the queue.
    - Dead workers: every beat, a worker whose `alive` key has lapsed has its leased requests put
      back in the queue by whichever worker gets to them first: it adopts them into its own lease
      hash in one step, then ends each lease once its request is queued again, so a recovery cut
      short by a second death is finished by a third worker.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.grace = settings.getfloat("DISTRIBUTED_GRACE_SECONDS")
        self.max_wait = settings.getfloat("DISTRIBUTED_MAX_WAIT_SECONDS")
        self.lease_seconds = settings.getint("DISTRIBUTED_LEASE_SECONDS")
        self.server = get_redis_from_settings(settings)
        self.name = this_worker()
        self.keys: CrawlKeys | None = None
        self.queue: ArrivalOrderQueue | None = None
        self.idle_since: float | None = None
        # The leases of the requests this worker took and has not finished (its hash may also hold
        # a dead worker's, adopted to be put back in the queue).
        self.in_hand: set[int] = set()
        self.beat = task.LoopingCall(self._beat)
        self._adopt_leases = self.server.register_script(ADOPT_LEASES)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedCrawlWorkers:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("a crawl of one worker")
        workers = cls(crawler)
        crawler.signals.connect(workers.spider_idle, signal=signals.spider_idle)
        for stored_or_refused in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(workers.page_done, signal=stored_or_refused)
        return workers

    def join(self, keys: CrawlKeys, queue: ArrivalOrderQueue) -> None:
        """Called by the scheduler once the crawl is known."""
        self.keys, self.queue = keys, queue
        self.server.sadd(keys.workers, self.name)
        self.server.hset(keys.busy, self.name, time.time())
        for key in (keys.workers, keys.busy, keys.lease_ids):
            self.server.expire(key, FINISHED_CRAWL_KEPT_SECONDS)
        self._say_alive()
        self.beat.start(BEAT_SECONDS, now=False)

    def leave(self) -> None:
        if self.beat.running:
            self.beat.stop()
        if self.keys is None:
            return
        unfinished = self._requeue(self.keys.leases(self.name))
        if unfinished:
            logger.warning("%d leased requests unfinished at close: back in the shared queue", unfinished)
        self.server.srem(self.keys.workers, self.name)
        self.server.hdel(self.keys.busy, self.name)
        self.server.delete(self.keys.alive(self.name))

    def release_lease(self, lease: int) -> None:
        self.in_hand.discard(lease)
        if self.keys is not None:
            self.server.hdel(self.keys.leases(self.name), lease)

    def page_done(self, item, response=None, **_) -> None:
        lease = _lease_of(response)
        if lease is not None:
            self.release_lease(lease)

    def _say_alive(self) -> None:
        self.server.set(self.keys.alive(self.name), 1, ex=self.lease_seconds)

    def _busy(self) -> bool:
        engine = self.crawler.engine
        return bool(engine is not None and (engine.downloader.active or engine.scraper.slot is not None
                                            and engine.scraper.slot.active))

    def _beat(self) -> None:
        self._say_alive()
        if self._busy():
            self.idle_since = None
            self.server.hset(self.keys.busy, self.name, time.time())
        self._recover_dead_workers()
        if self.idle_since is not None:
            self._look_again_now()

    def _look_again_now(self) -> None:
        # Scrapy's engine looks at the scheduler of a spider kept open by DontCloseSpider (and asks
        # again whether to close it) only on its 5 s heartbeat, and has no public call to look
        # sooner; a waiting worker would start late on every link another worker found, and end late.
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()

    def _recover_dead_workers(self) -> None:
        for member in self.server.smembers(self.keys.workers):
            worker = member.decode()
            if worker == self.name or self.server.exists(self.keys.alive(worker)):
                continue
            requeued = 0
            if self._adopt_leases(keys=[self.keys.leases(worker), self.keys.leases(self.name)]):
                requeued = self._requeue(self.keys.leases(self.name), adopted_only=True)
            self.server.hdel(self.keys.busy, worker)
            # Its downloads died with it: the hosts' shared concurrency must not wait out their hold.
            freed = free_host_slots(self.server, self.crawler.spider.name, worker)
            if self.server.srem(self.keys.workers, worker) or requeued or freed:
                logger.warning("worker %s stopped answering for %d s: %d requests it had taken are back in the "
                               "queue, %d host slots it held are free", worker, self.lease_seconds, requeued, freed)
                self.crawler.stats.inc_value("distributed/requeued", requeued)

    def _requeue(self, leases_key: str, *, adopted_only: bool = False) -> int:
        """Put the requests of this worker's lease hash back in the shared queue (not through the
        duplicate filter, which has seen them), each lease ended after its request is queued; with
        `adopted_only`, the leases this worker does not hold a request of (a dead worker's)."""
        requeued = 0
        for lease, encoded in self.server.hgetall(leases_key).items():
            if adopted_only and int(lease) in self.in_hand:
                continue
            self.queue.push(self.queue._decode_request(encoded))
            self.server.hdel(leases_key, lease)
            requeued += 1
        return requeued

    def _others_busy(self) -> list[str]:
        now = time.time()
        busy = []
        for worker, seen in self.server.hgetall(self.keys.busy).items():
            worker = worker.decode()
            if worker == self.name:
                continue
            if now - float(seen) <= self.grace or (self.server.hlen(self.keys.leases(worker))
                                                   and self.server.exists(self.keys.alive(worker))):
                busy.append(worker)
        return busy

    def spider_idle(self, spider) -> None:
        if self.keys is None:
            return
        self._recover_dead_workers()
        queued = len(self.queue)
        busy = [] if queued else self._others_busy()
        if not queued and not busy:
            self.server.hset(self.keys.busy, self.name, 0)
            return  # nobody can add pages any more: the crawl is done for this worker
        now = time.time()
        if self.idle_since is None:
            self.idle_since = now
            # Said at once, so that the others need not wait out the grace period to end the crawl.
            self.server.hset(self.keys.busy, self.name, 0)
        if busy and now - self.idle_since > self.max_wait:
            logger.warning("idle for %.0f s while %s still busy: leaving the crawl (DISTRIBUTED_MAX_WAIT_SECONDS)",
                           now - self.idle_since, ", ".join(busy))
            return
        self.crawler.stats.inc_value("distributed/waited_idle")
        raise DontCloseSpider


class LeaseKeeper:
    """Downloader middleware (outermost): a leased request ignored on its way to the download — an
    archived article, a URL robots.txt forbids — gives no page, so its lease is released here."""

    def __init__(self, workers: SharedCrawlWorkers):
        self.workers = workers

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeaseKeeper:
        workers = crawler.get_extension(SharedCrawlWorkers)
        if workers is None:
            raise NotConfigured("a crawl of one worker")
        return cls(workers)

    def process_exception(self, request: Request, exception: Exception, spider=None) -> None:
        if isinstance(exception, IgnoreRequest) and LEASE in request.meta:
            self.workers.release_lease(request.meta[LEASE])


# Per host: may a request be sent now? -1: the host's requests in flight are at the limit; a
# positive number: milliseconds until the host's next send; 0: yes, and the send is recorded. Redis's
# clock, so the workers' clocks need not agree.
TAKE_HOST_SLOT = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local delay, concurrency, hold = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if concurrency > 0 and redis.call('ZCARD', KEYS[2]) >= concurrency then return -1 end
local next_send = tonumber(redis.call('GET', KEYS[1]) or '0')
if next_send > now then return next_send - now end
redis.call('SET', KEYS[1], now + delay, 'PX', delay + 1000)
redis.call('ZADD', KEYS[2], now + hold, ARGV[3])
redis.call('PEXPIRE', KEYS[2], hold)
return 0
"""


def host_slot_keys(spider_name: str, slot: str) -> list[str]:
    """The Redis keys of one host's shared limits: its next send time, its requests in flight."""
    prefix = f"{spider_name}:hosts:{slot}"
    return [f"{prefix}:next-send", f"{prefix}:in-flight"]


def free_host_slots(server, spider_name: str, worker: str) -> int:
    """Free the places a worker's requests hold among every host's requests in flight; how many."""
    freed = 0
    for key in server.scan_iter(match=host_slot_keys(spider_name, "*")[1]):
        held = [token for token in server.zrange(key, 0, -1) if token.decode().startswith(f"{worker}:")]
        if held:
            freed += server.zrem(key, *held)
    return freed


class SharedHostSlots:
    """Downloader middleware (innermost, next to the download): each host's limits hold for all the
    workers on one Redis together, as if they were one crawler.

    Per download slot (a host, as Scrapy keys them), Redis keeps the time the next request may be
    sent and the requests in flight. A request is sent when at least the slot's delay has passed
    since the last send by any worker — the delay is the sending worker's own slot delay, which is
    DOWNLOAD_DELAY or what AutoThrottle made of it, so AutoThrottle's target concurrency holds for
    the crawl as a whole — and when fewer than CONCURRENT_REQUESTS_PER_DOMAIN of the host's
    requests are in flight anywhere. Keys are per spider and host, not per crawl: two crawls running
    at once share a host's limits too. Each worker's own Scrapy slot still applies its delay on top,
    so the shared limit is an upper bound on the rate, not the rate.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.concurrency = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        self.default_delay = settings.getfloat("DOWNLOAD_DELAY")
        self.hold_ms = int(1000 * (settings.getfloat("DOWNLOAD_TIMEOUT") + HOST_SLOT_MARGIN_SECONDS))
        self.server = get_redis_from_settings(settings)
        self._take = self.server.register_script(TAKE_HOST_SLOT)
        self.name = this_worker()
        self._turns: dict[str, asyncio.Lock] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedHostSlots:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("a crawl of one worker")
        return cls(crawler)

    def _keys(self, slot: str) -> list[str]:
        return host_slot_keys(self.crawler.spider.name, slot)

    async def process_request(self, request: Request, spider=None) -> None:
        downloader = self.crawler.engine.downloader
        slot = downloader.get_slot_key(request)
        local = downloader.slots.get(slot)
        delay_ms = int(1000 * (local.delay if local is not None else self.default_delay))
        token = f"{self.name}:{uuid.uuid4().hex}"
        waited = False
        # This worker's requests to a host ask in turn: one asks Redis, the rest wait behind it.
        async with self._turns.setdefault(slot, asyncio.Lock()):
            while True:
                # Redis answers in well under a millisecond on a LAN, as for scrapy-redis's own queue.
                wait_ms = self._take(keys=self._keys(slot), args=[delay_ms, self.concurrency, token, self.hold_ms])
                if wait_ms == 0:
                    break
                waited = True
                await asyncio.sleep(HOST_SLOT_POLL_SECONDS if wait_ms < 0 else wait_ms / 1000)
        if waited:
            self.crawler.stats.inc_value("distributed/host_waits")
        request.meta[HOST_SLOT] = (slot, token)
        return None

    def _free(self, request: Request) -> None:
        taken = request.meta.pop(HOST_SLOT, None)
        if taken is not None:
            slot, token = taken
            self.server.zrem(self._keys(slot)[1], token)

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        self._free(request)
        return response

    def process_exception(self, request: Request, exception: Exception, spider=None) -> None:
        self._free(request)
