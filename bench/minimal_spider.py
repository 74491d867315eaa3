"""The baseline of bench/crawl_throughput.py: what a user would write instead of this project, a
Scrapy spider that follows same-host links and runs bare `trafilatura.extract` on every page.
Run outside the project (`scrapy runspider`), so none of the project's settings apply."""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
import trafilatura
from scrapy.linkextractors import LinkExtractor


class MinimalSpider(scrapy.Spider):
    name = "minimal"

    def __init__(self, start_url: str, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start_url]
        self.links = LinkExtractor()

    def parse(self, response):
        yield {"url": response.url, "text": trafilatura.extract(response.text)}
        host = urlsplit(response.url).hostname
        for link in self.links.extract_links(response):
            if urlsplit(link.url).hostname == host:
                yield response.follow(link.url)
