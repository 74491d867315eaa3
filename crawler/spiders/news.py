"""The `news` spider: crawls news and government sites from start URLs or registered sources,
following links on their own hosts only."""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response
from scrapy.settings import BaseSettings

# Private, but the only mark HttpCompressionMiddleware leaves on a bomb it stopped; Scrapy is
# pinned, and the fault web's bombs (tests/test_fault_web.py) fail if it moves.
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.url import url_has_any_extension
from twisted.internet.defer import CancelledError
from twisted.python.failure import Failure
from w3lib.url import safe_url_string

from crawler.links import SKIPPED_SUFFIXES, is_pagination_of, url_problem
from crawler.meta import ENTRY_PAGE, NOT_MODIFIED
from crawler.processing import Processing
from crawler.registry import RegisteredSource, RegistryError, load_registry, select_sources
from crawler.robots import HostNotCrawled
from pipelines.links import FOLLOWED_SCHEMES
from pipelines.record import Fetched, LinkSource, ProcessedPage, no_response

USAGE = "scrapy crawl news -a start_urls=URL1,URL2 | -a source=NAME|all  [-a refetch=7d]"
# `_job` is the job id scrapyd passes to every spider it runs.
ARGUMENTS = frozenset({"start_urls", "source", "refetch", "_job"})
REFETCH_UNITS = {"d": "days", "h": "hours", "m": "minutes"}
REFETCH = re.compile(r"^(?P<amount>\d+)(?P<unit>[dhm])$")


def _parse_start_urls(value: str) -> list[str]:
    urls = [url.strip() for url in value.split(",") if url.strip()]
    if not urls:
        raise ValueError(f"start_urls is empty; usage: {USAGE}")
    for url in urls:
        problem = url_problem(url)
        if problem:
            raise ValueError(f"start_urls: {url!r} {problem}; usage: {USAGE}")
    return urls


def _parse_refetch(value: str) -> timedelta:
    """'7d', '12h', '30m', or '0' (refetch every archived article)."""
    if value == "0":
        return timedelta(0)
    match = REFETCH.match(value)
    if not match:
        raise ValueError(f"refetch: {value!r} is not an age like 7d, 12h, 30m or 0; usage: {USAGE}")
    return timedelta(**{REFETCH_UNITS[match["unit"]]: int(match["amount"])})


def _registered(source: str, settings: BaseSettings) -> list[RegisteredSource]:
    try:
        return select_sources(load_registry(Path(settings.get("SOURCE_REGISTRY"))), source)
    except RegistryError as exc:
        raise ValueError(str(exc)) from None


def _header_value(raw: bytes) -> str:
    """Servers send raw UTF-8 in headers (a Location with Chinese in its path); browsers read such
    bytes as UTF-8, and so does the archive. Anything else is kept byte for byte, as Latin-1."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _headers(response: Response) -> dict[str, list[str]]:
    return {key.decode("latin-1"): [_header_value(value) for value in values] for key, values in response.headers.items()}


class NewsSpider(scrapy.Spider):
    name = "news"
    # Every response reaches the spider, so 404s and redirects are recorded, not dropped.
    custom_settings = {"HTTPERROR_ALLOW_ALL": True}

    @classmethod
    def check_arguments(cls, arguments: Mapping[str, str], settings: BaseSettings) -> None:
        unknown = sorted(set(arguments) - ARGUMENTS)
        if unknown:
            raise ValueError(f"unknown argument(s) {', '.join(unknown)}; usage: {USAGE}")
        given = [name for name in ("start_urls", "source") if arguments.get(name) is not None]
        if len(given) != 1:
            raise ValueError(f"give either start_urls or source; usage: {USAGE}")
        if "start_urls" in given:
            # Scrapy would drop a longer URL with a DEBUG line: the run would fetch nothing and say nothing.
            limit = settings.getint("URLLENGTH_LIMIT")
            for url in map(safe_url_string, _parse_start_urls(arguments["start_urls"])):
                if limit and len(url) > limit:
                    raise ValueError(f"start_urls: a URL of {len(url)} characters is longer than URLLENGTH_LIMIT "
                                     f"({limit}): {url[:80]}…; usage: {USAGE}")
        else:
            _registered(arguments["source"], settings)
        if arguments.get("refetch") is not None:
            _parse_refetch(arguments["refetch"])

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        cls.check_arguments(kwargs, crawler.settings)
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.source_name is not None:
            spider.use_sources(_registered(spider.source_name, crawler.settings))
        return spider

    def __init__(self, start_urls: str | None = None, source: str | None = None, refetch: str | None = None,
                 **kwargs: Any):
        super().__init__(**kwargs)
        self.arguments = {name: value for name, value in (("start_urls", start_urls), ("source", source), ("refetch", refetch))
                          if value is not None}
        # Archived articles older than this are fetched again; None: never.
        self.refetch_after = _parse_refetch(refetch) if refetch is not None else None
        self.source_name = source
        self.sources: list[RegisteredSource] = []
        self.source_of_host: dict[str, RegisteredSource] = {}
        self.feeds: set[str] = set()
        self.sitemaps: set[str] = set()
        self.start_urls = _parse_start_urls(start_urls) if start_urls is not None else []
        # Same host only: Scrapy's offsite middleware enforces allowed_domains on every request.
        self.allowed_domains = sorted({urlsplit(url).hostname for url in self.start_urls})
        self._processing: Processing | None = None

    @property
    def processing(self) -> Processing:
        """The crawl's processing pool (an extension: built after the spider)."""
        if self._processing is None:
            self._processing = self.crawler.get_extension(Processing)
            if self._processing is None:
                raise RuntimeError("the news spider needs the Processing extension (crawler.addon.ArchiveAddon)")
        return self._processing

    def use_sources(self, sources: list[RegisteredSource]) -> None:
        self.sources = sources
        self.start_urls = [url for source in sources for url in source.start_urls()]
        self.feeds = {url for source in sources for url in source.rss}
        self.sitemaps = {url for source in sources for url in source.sitemaps}
        self.allowed_domains = sorted({domain for source in sources for domain in source.domains})
        self.source_of_host = {domain: source for source in sources for domain in source.domains}

    async def start(self) -> Any:
        for url in self.start_urls:
            for request in self._request(url, entry=True):
                yield request

    def _request(self, url: str, *, entry: bool = False) -> Iterator[scrapy.Request]:
        """A request for url (a registered source's max_pages is kept by SourceBudgetMiddleware)."""
        # Redirects are followed by the spider itself, so the redirecting URL is recorded too. Entry
        # pages (start URLs, registered lists and feeds, their pagination) are fetched on every run,
        # whatever kind they were archived as: that is where new articles appear.
        yield scrapy.Request(url, callback=self.parse, errback=self.on_error,
                             meta={"dont_redirect": True, ENTRY_PAGE: entry})

    def _on_allowed_host(self, url: str) -> bool:
        return urlsplit(url).hostname in self.allowed_domains

    def _links_from(self, url: str) -> str:
        if url in self.sitemaps:
            return LinkSource.SITEMAP
        return LinkSource.FEED if url in self.feeds else LinkSource.HTML

    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        # A 304 arrives as the archived copy, flagged, so that its links are still followed.
        status = 304 if NOT_MODIFIED in response.flags else response.status
        fetched = Fetched(url=response.url, status=status, headers=_headers(response), body=response.body,
                          fetched_at=datetime.now(UTC), links_from=self._links_from(response.url))
        processed = await self.processing.process(fetched)
        # The links first, the page last: once the page is stored, what it leads to is queued (a
        # distributed worker's lease on this request ends when its page is stored).
        entry = bool(response.meta.get(ENTRY_PAGE))
        if processed.record.redirect_to:
            # Only to a web address: a redirect to file:, javascript: or mailto: is recorded and left.
            if urlsplit(processed.record.redirect_to).scheme in FOLLOWED_SCHEMES:
                for request in self._request(processed.record.redirect_to, entry=entry):
                    yield request
        elif response.status < 300:
            for request in self._follow(response.url, processed, entry):
                yield request
        yield processed

    def _follow(self, url: str, processed: ProcessedPage, entry: bool) -> Iterator[scrapy.Request]:
        """Requests for the links the worker found: a page's own host only; a feed's or sitemap's
        entries on any host of the crawl. The further pages of an entry list are entry pages too."""
        if self._links_from(url) == LinkSource.HTML:
            own_host = urlsplit(url).hostname
            followed = [link for link in processed.links if urlsplit(link).hostname == own_host
                        and not url_has_any_extension(link, SKIPPED_SUFFIXES)]
        else:
            followed = [link for link in processed.links if self._on_allowed_host(link)]
        for sitemap in processed.sitemaps:
            if self._on_allowed_host(sitemap):
                self.sitemaps.add(sitemap)
                followed.append(sitemap)
        for link in followed:
            yield from self._request(link, entry=entry and is_pagination_of(url, link))

    def on_error(self, failure: Failure) -> Iterator[ProcessedPage]:
        request = failure.request  # type: ignore[attr-defined]
        reason = self._refusal(failure)
        if reason is None:
            if failure.check(IgnoreRequest):  # off-site or forbidden by robots.txt: never fetched
                return
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.logger.warning("no page from %s: %s", request.url, reason)
        yield no_response(request.url, datetime.now(UTC), reason)

    def _refusal(self, failure: Failure) -> str | None:
        """Why the crawler refused a response it was sent, if it did."""
        if failure.check(HostNotCrawled):
            return failure.getErrorMessage()
        limit = self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
        # A Content-Length over the limit; a body passing it as it arrives (Scrapy cancels the
        # download); a compressed body passing it as it is decompressed (a gzip or brotli bomb).
        if failure.check(DownloadCancelledError, CancelledError) or (
                failure.check(IgnoreRequest) and isinstance(failure.value.__cause__, _DecompressionMaxSizeExceeded)):
            return f"too_large: the body is over DOWNLOAD_MAXSIZE ({limit} bytes)"
        return None
