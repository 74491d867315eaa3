"""Page processing: the pure code that turns a fetched page into a record, and the Scrapy
item pipeline that stores those records in the archive."""
