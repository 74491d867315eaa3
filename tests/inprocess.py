"""Crawls and archive commands inside the test process.

Crawls run as Scrapy's own tests run them: a `CrawlerRunner` on one asyncio
reactor, started once per test process in a thread of its own (a Twisted reactor cannot be
restarted), each crawl awaited by the test that started it. A test then asserts on the crawler's
stats and on the archive, without the three seconds of interpreter and imports a `scrapy crawl`
subprocess costs. What only a subprocess can show (exit statuses, signals, a killed process, the
memory of one crawl) stays with `tests.conftest.run_crawl`.

Archive commands run through `archive.__main__.main`, with standard output and error captured; the
process-level behaviour (a one-line error from a fresh interpreter, progress on a terminal, a
signal) keeps its subprocess tests.

The arguments are `scrapy crawl news`'s own (`-a NAME=VALUE`, `-s NAME=VALUE`, `-O FILE`), applied
as the command applies them: its default settings, then the arguments at command-line priority,
checked by the same functions."""
from __future__ import annotations

import asyncio
import io
import logging
import os
import queue
import signal
import subprocess
import threading
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from typing import Any

from scrapy.crawler import Crawler, CrawlerRunner
from scrapy.settings import Settings
from scrapy.utils.conf import arglist_to_dict, feed_process_params_from_cli
from scrapy.utils.project import get_project_settings
from scrapy.utils.reactor import install_reactor
from twisted.python.failure import Failure

from archive.__main__ import main as archive_main
from archive.location import DATABASE_URL_ENV
from crawler.commands.crawl import Command, run_failed
from crawler.processing import processing_settings
from crawler.spiders.news import NewsSpider
from tests.conftest import TEST_CRAWL_SETTINGS

ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# A crawl of a test web takes seconds; one that has not ended in this long is stuck.
CRAWL_TIMEOUT_SECONDS = 180.0
# How long a stuck crawl is given to close once asked to stop.
STOP_TIMEOUT_SECONDS = 30.0


@dataclass
class CrawlOutcome:
    crawler: Crawler
    log: str  # every INFO and above that the crawl logged, one line a record

    @property
    def failed(self) -> bool:
        """What makes `scrapy crawl` exit 1 (crawler.commands.crawl.run_failed)."""
        return run_failed(self.crawler)

    def stat(self, name: str, default: Any = None) -> Any:
        return self.crawler.stats.get_value(name, default)


class _Collected(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


class ReactorThread:
    """The test process's one reactor, running in a daemon thread."""

    _started: ReactorThread | None = None

    @classmethod
    def get(cls) -> ReactorThread:
        if cls._started is None:
            cls._started = cls()
        return cls._started

    def __init__(self) -> None:
        install_reactor(ASYNCIO_REACTOR)
        from twisted.internet import reactor

        self.reactor = reactor
        loop = reactor._asyncioEventloop  # type: ignore[attr-defined]

        def run() -> None:
            # Code on the reactor thread that asks asyncio for "the current loop" must find this one.
            asyncio.set_event_loop(loop)
            reactor.run(installSignalHandlers=False)  # type: ignore[attr-defined]

        threading.Thread(target=run, name="reactor", daemon=True).start()

    def crawl(self, settings: Settings, spider_arguments: dict[str, str], timeout: float) -> Crawler:
        finished: queue.Queue[Any] = queue.Queue()
        started: list[Crawler] = []

        def start() -> None:
            runner = CrawlerRunner(settings)
            crawler = runner.create_crawler(NewsSpider)
            started.append(crawler)
            runner.crawl(crawler, **spider_arguments).addBoth(finished.put)

        self.reactor.callFromThread(start)
        try:
            result = finished.get(timeout=timeout)
        except queue.Empty:
            self.reactor.callFromThread(lambda: started[0].stop())
            finished.get(timeout=STOP_TIMEOUT_SECONDS)
            raise TimeoutError(f"the crawl did not end within {timeout:g} s") from None
        if isinstance(result, Failure):  # the crawl itself raised
            result.raiseException()
        return started[0]


def _parse(args: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(-a NAME=VALUE, -s NAME=VALUE, -O FILE) as `scrapy crawl` reads them (Scrapy's arglist_to_dict)."""
    given: dict[str, list[str]] = {"-a": [], "-s": [], "-O": []}
    options = iter(args)
    for option in options:
        if option not in given:
            raise ValueError(f"the in-process crawl knows -a, -s and -O, not {option}")
        given[option].append(next(options))
    return arglist_to_dict(given["-a"]), arglist_to_dict(given["-s"]), given["-O"]


def crawl_in_process(database_url: str, *args: str, timeout: float = CRAWL_TIMEOUT_SECONDS) -> CrawlOutcome:
    """`scrapy crawl news ARGS` against database_url, in this process, with the test settings of
    `tests.conftest.crawl_command`; pages are processed in a thread of this process
    (PROCESSING_WORKERS=0): the pool of worker processes has tests of its own."""
    spider_arguments, overrides, outputs = _parse(args)
    settings = get_project_settings()
    settings.setdict(Command.default_settings, priority="command")
    settings.setdict({**TEST_CRAWL_SETTINGS, "PROCESSING_WORKERS": "0", "ARCHIVE_DATABASE_URL": database_url,
                      **overrides}, priority="cmdline")
    if outputs:
        settings.set("FEEDS", feed_process_params_from_cli(settings, [], overwrite_output=outputs), priority="cmdline")
    NewsSpider.check_arguments(spider_arguments, settings)
    processing_settings(settings)

    collected = _Collected()
    root = logging.getLogger()
    level = root.level
    root.addHandler(collected)
    root.setLevel(logging.INFO)
    try:
        crawler = ReactorThread.get().crawl(settings, spider_arguments, timeout)
    finally:
        root.removeHandler(collected)
        root.setLevel(level)
    return CrawlOutcome(crawler, "\n".join(collected.lines))


def archive_in_process(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m archive ARGS` against database_url, in this process: its exit status and what it
    wrote to standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    # `reprocess` takes SIGTERM for itself, as the process it normally is may.
    sigterm = signal.getsignal(signal.SIGTERM)
    given = os.environ.get(DATABASE_URL_ENV)
    os.environ[DATABASE_URL_ENV] = database_url
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                status = archive_main(list(args))
            except SystemExit as exit:  # argparse's usage errors and --help
                status = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
    finally:
        signal.signal(signal.SIGTERM, sigterm)
        if given is None:
            del os.environ[DATABASE_URL_ENV]
        else:
            os.environ[DATABASE_URL_ENV] = given
    return subprocess.CompletedProcess(["python", "-m", "archive", *args], status, out.getvalue(), err.getvalue())
