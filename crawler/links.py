"""Which links the spider follows (pages and document attachments, not images, media or archives),
and which of them are more pages of an entry list. (The links themselves are found by the worker
processes: pipelines/links.py.)"""
from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qs, urlsplit

from scrapy.linkextractors import IGNORED_EXTENSIONS

# Attachments that government and news sites publish with articles: fetched and recorded, never parsed.
ATTACHMENT_EXTENSIONS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "ofd", "txt", "rtf"})
SKIPPED_SUFFIXES = frozenset(f".{ext}" for ext in IGNORED_EXTENSIONS if ext not in ATTACHMENT_EXTENSIONS)

def url_problem(url: str) -> str | None:
    """What makes url one the crawler cannot fetch, said after the URL ("is not an http(s) URL",
    "has a bad port: Port out of range 0-65535"); None for a good one. Start URLs and the
    registry's URLs are checked alike."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "is not an http(s) URL"
    try:
        _ = parts.port  # urlsplit checks the port only when it is asked for it
    except ValueError as exc:
        return f"has a bad port: {exc}"
    return None


# Query parameters that number the pages of a list (?page=2, ?pageNo=3, ?p=4, ?start=40).
PAGE_PARAMETERS = frozenset({"page", "p", "pn", "pg", "pageno", "pagenum", "pageindex", "page_no", "curpage",
                             "currentpage", "cur", "start", "offset"})
# index_1.html, list_2.shtml, list-3.htm: a page number after the list's own file name.
_PAGE_NUMBER = re.compile(r"[_-]\d+$")
# What a directory URL (/gzdt/) serves: index.html, index.shtml, default.htm ...
_DIRECTORY_PAGES = ("index", "default")


def is_pagination_of(entry: str, url: str) -> bool:
    """Whether `url` is another page of the list at `entry`: index.html -> index_1.html,
    list.shtml -> list_2.shtml, /gzdt/ -> /gzdt/index_3.html, list.php -> list.php?page=2, and
    from any of those pages to the next."""
    first, other = urlsplit(entry), urlsplit(url)
    if first.hostname != other.hostname or first.scheme != other.scheme:
        return False
    if first.path == other.path:
        before, after = parse_qs(first.query), parse_qs(other.query)
        changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
        return bool(changed) and all(name.lower() in PAGE_PARAMETERS and all(value.isdigit() for value in after.get(name, ()))
                                     for name in changed)
    folder, _, name = first.path.rpartition("/")
    other_folder, _, other_name = other.path.rpartition("/")
    if folder != other_folder or not other_name:
        return False
    stem, extension = posixpath.splitext(name)
    other_stem, other_extension = posixpath.splitext(other_name)
    list_name = _PAGE_NUMBER.sub("", other_stem)
    if list_name == other_stem:
        return False  # no page number
    if not name:  # the folder's own page
        return list_name in _DIRECTORY_PAGES
    return extension == other_extension and list_name == _PAGE_NUMBER.sub("", stem)
