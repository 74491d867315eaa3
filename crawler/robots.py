"""robots.txt as RFC 9309 reads it: a robots.txt that cannot be fetched because of a server or
network error (§2.3.1.4) means the whole host is disallowed; a 4xx means no rules (§2.3.1.3).

Scrapy's RobotsTxtMiddleware parses whatever body a 5xx brings (an error page: no rules, the host
crawled anyway) and logs a traceback when the request fails. Here such a host is not crawled, each
request refused for it becomes a `HostNotCrawled` the spider records with its reason, and the host
is listed in the run's flags."""
from __future__ import annotations

import logging

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

# Stats key prefix: host -> why its robots.txt was unreachable. The run's flags are built from it.
UNREACHABLE_STAT = "robotstxt/unreachable/"
# From 500 on, a status is a server error (RFC 9309 §2.3.1.4).
FIRST_SERVER_ERROR = 500


class HostNotCrawled(IgnoreRequest):
    """A request refused because its host's robots.txt could not be fetched."""


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self.unreachable: dict[str, str] = {}

    async def process_request(self, request: Request, spider=None) -> None:
        url = urlparse_cached(request)
        if not request.meta.get("dont_obey_robotstxt") and url.scheme in ("http", "https"):
            await self.robot_parser(request)
            if url.netloc in self.unreachable:
                raise HostNotCrawled(f"robots_unreachable: robots.txt gave {self.unreachable[url.netloc]}; the host "
                                     "is not crawled (RFC 9309 2.3.1.4)")
        await super().process_request(request)

    async def robot_parser(self, request: Request) -> RobotParser | None:
        netloc = urlparse_cached(request).netloc
        if netloc in self._parsers:
            return await super().robot_parser(request)
        # Requests for the host that come meanwhile wait on this Deferred, as in Scrapy's own.
        self._parsers[netloc] = Deferred()
        url = urlparse_cached(request)
        robots = Request(f"{url.scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                         meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK)
        self._stats.inc_value("robotstxt/request_count")
        try:
            response = await self.crawler.engine.download_async(robots)
        except IgnoreRequest:
            self._settle(netloc, None)
        except Exception as exc:  # noqa: BLE001 - whatever kept it from arriving makes it unreachable
            self._host_unreachable(netloc, f"{type(exc).__name__}: {exc}")
        else:
            if response.status >= FIRST_SERVER_ERROR:
                self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
                self._host_unreachable(netloc, f"HTTP {response.status}")
            else:
                await self._parse_robots(response, netloc, request)
        return await super().robot_parser(request)

    def _settle(self, netloc: str, parser: RobotParser | None) -> None:
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(waiting, Deferred):
            waiting.callback(parser)

    def _host_unreachable(self, netloc: str, reason: str) -> None:
        self.unreachable[netloc] = reason
        self._stats.set_value(UNREACHABLE_STAT + netloc, reason)
        logger.warning("robots.txt of %s unreachable (%s): the host is not crawled", netloc, reason)
        self._settle(netloc, None)
