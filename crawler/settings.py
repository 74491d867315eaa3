"""Scrapy settings. Every setting here can be overridden with `-s NAME=VALUE`; the archive
location also with the ARCHIVE_DATABASE_URL environment variable."""
import os
from pathlib import Path

from archive.db import DATABASE_URL_ENV, DEFAULT_DATABASE_URL

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

# Scheduled re-runs fetch what is new: archived articles are skipped (unless `-a refetch=…`), other
# archived pages are fetched with conditional requests.
INCREMENTAL_ENABLED = True
DOWNLOADER_MIDDLEWARES = {"crawler.middlewares.IncrementalMiddleware": 50}
# Within a run Scrapy filters repeated requests; across runs and JOBDIR resumes the archive decides.
DUPEFILTER_CLASS = "crawler.dupefilters.ProcessDupeFilter"

# Distributed: with REDIS_URL set, crawler processes on any number of machines share one request
# queue and one duplicate filter in Redis (scrapy-redis), and one archive (ARCHIVE_DATABASE_URL on
# PostgreSQL). The queue persists between processes; clear it for a new crawl (README).
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    SCHEDULER = "scrapy_redis.scheduler.Scheduler"
    DUPEFILTER_CLASS = "scrapy_redis.dupefilter.RFPDupeFilter"
    SCHEDULER_PERSIST = True

# A finished run is flagged (crawl_runs.flags, and a WARNING) when more than this share of its pages
# were errors, or when a source that yielded new articles in HEALTH_PRODUCTIVE_RUNS of its last
# HEALTH_HISTORY_RUNS runs yielded none.
HEALTH_MAX_ERROR_RATE = 0.5
HEALTH_HISTORY_RUNS = 3
HEALTH_PRODUCTIVE_RUNS = 2

ITEM_PIPELINES = {"pipelines.archive_pipeline.ArchivePipeline": 300}

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
