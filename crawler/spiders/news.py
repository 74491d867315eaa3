"""The `news` spider: crawls news and government sites from start URLs, one host each."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import LinkExtractor
from twisted.python.failure import Failure

from crawler.items import FetchedPage
from crawler.links import SKIPPED_EXTENSIONS, script_pagination_urls

USAGE = "scrapy crawl news -a start_urls=URL1,URL2"
ARGUMENTS = frozenset({"start_urls"})


def _parse_start_urls(value: str) -> list[str]:
    urls = [url.strip() for url in value.split(",") if url.strip()]
    if not urls:
        raise ValueError(f"start_urls is empty; usage: {USAGE}")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"start_urls: {url!r} is not an http(s) URL; usage: {USAGE}")
    return urls


def _headers(response: Response) -> dict[str, list[str]]:
    return {
        key.decode("latin-1"): [value.decode("latin-1") for value in values]
        for key, values in response.headers.items()
    }


class NewsSpider(scrapy.Spider):
    name = "news"
    # Every response reaches the spider, so 404s and redirects are recorded, not dropped.
    custom_settings = {"HTTPERROR_ALLOW_ALL": True}

    @classmethod
    def check_arguments(cls, arguments: Mapping[str, str]) -> None:
        unknown = sorted(set(arguments) - ARGUMENTS)
        if unknown:
            raise ValueError(f"unknown argument(s) {', '.join(unknown)}; usage: {USAGE}")
        if "start_urls" not in arguments:
            raise ValueError(f"no start_urls given; usage: {USAGE}")
        _parse_start_urls(arguments["start_urls"])

    def __init__(self, start_urls: str = "", **kwargs: Any):
        self.check_arguments({"start_urls": start_urls, **kwargs})
        super().__init__()
        self.arguments = {"start_urls": start_urls}
        self.start_urls = _parse_start_urls(start_urls)
        # Same host only: Scrapy's offsite middleware enforces allowed_domains on every request.
        self.allowed_domains = sorted({urlsplit(url).hostname for url in self.start_urls})
        self.link_extractor = LinkExtractor(deny_extensions=SKIPPED_EXTENSIONS)

    async def start(self) -> Any:
        for url in self.start_urls:
            yield self._request(url)

    def _request(self, url: str) -> scrapy.Request:
        # Redirects are followed by the spider itself, so the redirecting URL is recorded too.
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta={"dont_redirect": True})

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        yield FetchedPage(url=response.url, fetched_at=datetime.now(timezone.utc), status=response.status,
                          headers=_headers(response), body=response.body)
        if 300 <= response.status < 400 and b"Location" in response.headers:
            yield self._request(response.urljoin(response.headers[b"Location"].decode("latin-1")))
        elif response.status < 300 and isinstance(response, HtmlResponse):
            own_host = urlsplit(response.url).hostname
            for link in self.link_extractor.extract_links(response):
                if urlsplit(link.url).hostname == own_host:
                    yield self._request(link.url)
            for url in script_pagination_urls(response.text):
                yield self._request(response.urljoin(url))

    def on_error(self, failure: Failure) -> Iterator[FetchedPage]:
        if failure.check(IgnoreRequest):  # off-site or forbidden by robots.txt: never fetched
            return
        request = failure.request  # type: ignore[attr-defined]
        self.logger.warning("no response from %s: %s", request.url, failure.getErrorMessage())
        yield FetchedPage(url=request.url, fetched_at=datetime.now(timezone.utc), status=None,
                          failure=f"{failure.type.__name__}: {failure.getErrorMessage()}")
