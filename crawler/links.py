"""Which links the spider follows: pages and document attachments, not images, media or archives.
(The links themselves are found by the worker processes: pipelines/links.py.)"""
from __future__ import annotations

from scrapy.linkextractors import IGNORED_EXTENSIONS

# Attachments that government and news sites publish with articles: fetched and recorded, never parsed.
ATTACHMENT_EXTENSIONS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "ofd", "txt", "rtf"})
SKIPPED_SUFFIXES = frozenset(f".{ext}" for ext in IGNORED_EXTENSIONS if ext not in ATTACHMENT_EXTENSIONS)
