"""`scrapy crawl`, with what operators and schedulers rely on added:

- spider arguments and the processing settings are checked before anything starts: unknown or
  malformed ones are a usage error;
- the exit status is 1 when a run failed or was interrupted (README "Operating it" has the table:
  its archive could not be opened, pages could not be stored, nothing was fetched, too many pages
  were errors, or it was flagged with FAIL_ON_FLAGS set), so cron and systemd notice;
- it alone writes the archive (`ARCHIVE_WRITES`): `scrapy shell`, `check` and `parse` do not;
- a distributed crawl whose Redis cannot be reached stops before it starts, with one line.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import NoReturn

import redis
from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.spiderloader import get_spider_loader

from archive.runs import FAILED, INTERRUPTED, SUCCESSFUL_FINISH_REASONS
from crawler.processing import processing_settings

# The exit status of a usage error, as Scrapy's own.
USAGE_ERROR = 2
# Statuses of a run that did not do its job (README "Operating it"): exit status 1.
UNSUCCESSFUL = (FAILED, INTERRUPTED)


def shared_queue_problem(settings: BaseSettings) -> str | None:
    """One line saying why the Redis a distributed crawl shares cannot be used, or None."""
    url = settings.get("REDIS_URL")
    if not url:
        return None
    try:
        redis.Redis.from_url(url, socket_connect_timeout=5).ping()
    except (redis.RedisError, ValueError) as exc:
        return f"cannot use the shared queue at REDIS_URL {url}: {exc}"
    return None


def run_failed(crawler: Crawler) -> bool:
    """Whether a finished crawl did not do its job: what makes `scrapy crawl` exit 1."""
    if not crawler.stats:
        return True
    status = crawler.stats.get_value("archive/run_status")
    if status is None:  # the archive never opened: the run did nothing
        return crawler.stats.get_value("finish_reason") not in SUCCESSFUL_FINISH_REASONS
    flagged = bool(crawler.stats.get_value("archive/flags")) and crawler.settings.getbool("FAIL_ON_FLAGS")
    return status in UNSUCCESSFUL or flagged


class Command(ScrapyCrawlCommand):
    # The archive is written by this command only (crawler/archiving.py).
    default_settings = {**ScrapyCrawlCommand.default_settings, "ARCHIVE_WRITES": True}

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        # Checked here, before Scrapy configures logging: a usage error is one line, no banner.
        super().process_options(args, opts)
        if len(args) != 1:
            return  # Scrapy's own usage error, from run()
        try:
            spidercls = get_spider_loader(self.settings).load(args[0])
        except KeyError:
            return  # Scrapy's own "Spider not found", from run()
        check = getattr(spidercls, "check_arguments", None)
        try:
            if check is not None:
                check(opts.spargs, self.settings)
            processing_settings(self.settings)
        except ValueError as exc:
            self._usage_error(str(exc))

    def _usage_error(self, message: str) -> NoReturn:
        """One line on standard error, and in LOG_FILE when there is one: scrapyd gives each job a
        log file and nothing else, and Scrapy has not opened it yet."""
        line = f"scrapy crawl: error: {message}"
        print(line, file=sys.stderr)
        log_file = self.settings.get("LOG_FILE")
        if log_file:
            try:
                with open(log_file, "a", encoding=self.settings.get("LOG_ENCODING") or "utf-8") as log:
                    log.write(f"{datetime.now():%Y-%m-%d %H:%M:%S} [scrapy.commands.crawl] ERROR: {line}\n")
            except OSError as exc:
                print(f"scrapy crawl: error: cannot write LOG_FILE {log_file}: {exc.strerror}", file=sys.stderr)
        sys.exit(USAGE_ERROR)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        problem = shared_queue_problem(self.settings)
        if problem:
            print(f"scrapy crawl: error: {problem}", file=sys.stderr)
            self.exitcode = 1
            return
        self._crawlers: list[Crawler] = []
        super().run(args, opts)
        if self.exitcode == 0 and any(run_failed(crawler) for crawler in self._crawlers):
            self.exitcode = 1

    def _create_crawler(self, spidercls):
        crawler = super()._create_crawler(spidercls)
        self._crawlers.append(crawler)
        return crawler

