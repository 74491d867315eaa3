"""The add-on that wires the archive into a crawl (Scrapy's ADDONS): one CrawlArchive (one engine,
one writer thread, one lookup thread) shared by the item pipeline, the incremental middleware and
the run record; the processing pool; robots.txt read as RFC 9309 says (crawler/robots.py); the
duplicate filter or, with REDIS_URL, scrapy-redis's shared queue with leases and per-host limits
shared by the workers (crawler/distributed.py). It reads the settings when the crawler is built,
so `-s NAME=VALUE` and the environment defaults of settings.py count alike."""
from __future__ import annotations

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.settings import BaseSettings

from crawler.archiving import CrawlArchive
from crawler.distributed import LeaseKeeper, SharedCrawlWorkers, SharedHostSlots
from crawler.middlewares import IncrementalMiddleware, SourceBudgetMiddleware
from crawler.pipelines import ArchivePipeline
from crawler.processing import Processing
from crawler.robots import StrictRobotsTxtMiddleware

# Before the downloader's own middlewares: an archived article is skipped before anything else.
INCREMENTAL_MIDDLEWARE_ORDER = 50
# Where Scrapy's own RobotsTxtMiddleware sits (DOWNLOADER_MIDDLEWARES_BASE); a source's page budget
# is spent after it, on pages that are downloaded.
ROBOTS_MIDDLEWARE_ORDER = 100
SOURCE_BUDGET_ORDER = 110
ARCHIVE_PIPELINE_ORDER = 300
# Distributed: the lease keeper outside every middleware that may ignore a request; the shared host
# limits inside all of them (after HttpCacheMiddleware, 900), so only real downloads take a slot.
LEASE_KEEPER_ORDER = 10
SHARED_HOST_SLOTS_ORDER = 950


class ArchiveAddon:
    def update_settings(self, settings: BaseSettings) -> None:
        settings.set_in_component_priority_dict("EXTENSIONS", CrawlArchive, 0)
        settings.set_in_component_priority_dict("EXTENSIONS", Processing, 0)
        settings.set_in_component_priority_dict("ITEM_PIPELINES", ArchivePipeline, ARCHIVE_PIPELINE_ORDER)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", IncrementalMiddleware,
                                                INCREMENTAL_MIDDLEWARE_ORDER)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", RobotsTxtMiddleware, None)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", StrictRobotsTxtMiddleware,
                                                ROBOTS_MIDDLEWARE_ORDER)
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", SourceBudgetMiddleware, SOURCE_BUDGET_ORDER)
        if settings.get("REDIS_URL"):
            # Crawler processes on any number of machines share one request queue and one duplicate
            # filter in Redis, and one archive (PostgreSQL); keyed by crawl (crawler/distributed.py),
            # so each scheduled crawl starts afresh and a worker that leaves does not clear them.
            settings.set("SCHEDULER", "crawler.distributed.SharedCrawlScheduler", "addon")
            settings.set_in_component_priority_dict("EXTENSIONS", SharedCrawlWorkers, 0)
            settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", LeaseKeeper, LEASE_KEEPER_ORDER)
            settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", SharedHostSlots, SHARED_HOST_SLOTS_ORDER)
            settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", "addon")
            settings.set("SCHEDULER_PERSIST", True, "addon")
        else:
            # Within a run Scrapy filters repeated requests; across runs and JOBDIR resumes the archive decides.
            settings.set("DUPEFILTER_CLASS", "crawler.dupefilters.ProcessDupeFilter", "addon")
