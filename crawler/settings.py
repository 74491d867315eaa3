"""Scrapy settings. Every setting here can be overridden with `-s NAME=VALUE`; the archive
location also with the ARCHIVE_DATABASE_URL environment variable."""
import os
from pathlib import Path

from archive.heartbeat import HEARTBEAT_SECONDS
from archive.location import DATABASE_URL_ENV, DEFAULT_DATABASE_URL
from crawler.feeds import EXPORTED_FIELDS

BOT_NAME = "zh-news-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# Our `crawl` command adds argument checking and a non-zero exit when the run failed.
COMMANDS_MODULE = "crawler.commands"

ARCHIVE_DATABASE_URL = os.environ.get(DATABASE_URL_ENV) or DEFAULT_DATABASE_URL
# Where site operators can read what this crawler is and whom to contact; set it for real crawls.
ARCHIVE_CONTACT_URL = os.environ.get("ARCHIVE_CONTACT_URL", "https://example.org/zh-news-archive")
USER_AGENT = f"zh-news-archive/0.1 (research archive crawler; +{ARCHIVE_CONTACT_URL})"

# The source registry `-a source=NAME` reads (crawler/sources.yaml).
SOURCE_REGISTRY = os.environ.get("ARCHIVE_SOURCE_REGISTRY") or str(Path(__file__).resolve().parent / "sources.yaml")

# The archive, the processing pool, the incremental middleware and the item pipeline, wired by one
# add-on (crawler/addon.py), which also switches to the shared Redis queue when REDIS_URL is set.
ADDONS = {"crawler.addon.ArchiveAddon": 0}

# Scheduled re-runs fetch what is new: archived articles are skipped (unless `-a refetch=…`), other
# archived pages are fetched with conditional requests.
INCREMENTAL_ENABLED = True

# Distributed: with REDIS_URL set, crawler processes on any number of machines share one request
# queue and one duplicate filter in Redis (scrapy-redis), and one archive (ARCHIVE_DATABASE_URL on
# PostgreSQL); each scheduled crawl has its own (README "Operating it").
REDIS_URL = os.environ.get("REDIS_URL")
# With REDIS_URL: the id of the distributed crawl to join; unset, workers started together start
# or join the current one (crawler/distributed.py).
CRAWL_ID = None
# A worker with nothing to fetch waits while another worker of its crawl has been busy within the
# grace period (its pages may bring new links), for at most DISTRIBUTED_MAX_WAIT_SECONDS in a row.
DISTRIBUTED_GRACE_SECONDS = 5
DISTRIBUTED_MAX_WAIT_SECONDS = 600
# A worker silent this long is taken for dead, and the requests it had taken from the shared queue
# are put back for the others: long enough that a busy machine is not taken for a dead one.
DISTRIBUTED_LEASE_SECONDS = 30

# Pages are processed in worker processes, off the reactor: this many (default: one per core; 0:
# in the crawl process, for debugging), at most PROCESSING_TIMEOUT seconds a page (a page over
# it is recorded `unprocessable` with reason `timeout`, its worker replaced).
PROCESSING_WORKERS = None
PROCESSING_TIMEOUT = 20
# The archive writer commits what is queued, up to this many pages a transaction, and waits out a
# database that stops answering for up to ARCHIVE_RETRY_SECONDS before the pages count as not
# stored, the run fails and the spider closes.
ARCHIVE_BATCH_PAGES = 100
ARCHIVE_RETRY_SECONDS = 120

# A run fails when more than this share of its pages were errors. A finished run is flagged
# (crawl_runs.flags, and a WARNING) when a source that yielded new articles in HEALTH_PRODUCTIVE_RUNS
# of its last HEALTH_HISTORY_RUNS runs yielded none; a flagged run exits 0 unless FAIL_ON_FLAGS.
HEALTH_MAX_ERROR_RATE = 0.5
HEALTH_HISTORY_RUNS = 3
HEALTH_PRODUCTIVE_RUNS = 2
FAIL_ON_FLAGS = False
# How often a running crawl writes its counts into its crawl_runs row and logs a progress line
# (archive/heartbeat.py: a row silent for ten times the default is taken for a dead run's).
ARCHIVE_HEARTBEAT_SECONDS = HEARTBEAT_SECONDS
# ARCHIVE_WRITES is set by `scrapy crawl` (crawler/commands/crawl.py, at the command's priority,
# below this file's): only a crawl writes the archive. Not set here, or it would override it.

# Politeness: government sites are small; one request at a time per host, adapted to latency.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
RETRY_TIMES = 2
# Attachments are archived whole; nothing a news site serves legitimately is larger.
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024
DOWNLOAD_WARNSIZE = 10 * 1024 * 1024
# Follow links this many hops from the start pages (list pages, pagination, articles).
DEPTH_LIMIT = 6
DEPTH_PRIORITY = 1  # breadth first: list pages before the long tail
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

# The archive keeps raw pages; Scrapy's HTTP cache would be a second copy.
HTTPCACHE_ENABLED = False
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = os.environ.get("SCRAPY_LOG_LEVEL", "INFO")
FEED_EXPORT_ENCODING = "utf-8"
# `-O pages.csv|.jsonl|.json|.xml`: the processed pages, these fields in this order (crawler/feeds.py).
FEED_EXPORT_FIELDS = list(EXPORTED_FIELDS)
