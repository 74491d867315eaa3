"""The Scrapy project: settings, the `news` spider, the crawl command and the demo web."""
