"""Page processing: the pure code that turns a fetched page into a record (no Scrapy, no database;
the crawler's worker processes, re-processing, imports and the tests all call it)."""
