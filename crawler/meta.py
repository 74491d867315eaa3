"""Request meta keys and response flags the spider and the middlewares share. A module of its own,
so that importing the spider (`scrapy list`, `scrapy check`) does not load the archive's database
layer with the middlewares."""

# Response flag: a 304 handed to the spider as the archived copy, so that its links are still followed.
NOT_MODIFIED = "not_modified"
# Request meta: the page is an entry page of the crawl.
ENTRY_PAGE = "entry_page"
