"""Which links the spider follows: same host, pages and document attachments, JS pagination."""
from __future__ import annotations

import re

from scrapy.linkextractors import IGNORED_EXTENSIONS

# Attachments that government and news sites publish with articles: fetched and recorded, never parsed.
ATTACHMENT_EXTENSIONS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "ofd", "txt", "rtf"})
SKIPPED_EXTENSIONS = tuple(ext for ext in IGNORED_EXTENSIONS if ext not in ATTACHMENT_EXTENSIONS)

# TRS WCM and similar gov CMSs write their list pagination from a script:
# createPageHTML(pages, current, "index", "html") -> index.html, index_1.html, ...
SCRIPT_PAGINATION = re.compile(r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"]([\w-]+)['\"]\s*,\s*['\"](\w+)['\"]")


def script_pagination_urls(html_text: str) -> list[str]:
    """Relative URLs of the other pages of a script-paginated list."""
    urls = []
    for match in SCRIPT_PAGINATION.finditer(html_text):
        pages, stem, extension = int(match[1]), match[3], match[4]
        urls.append(f"{stem}.{extension}")
        urls.extend(f"{stem}_{n}.{extension}" for n in range(1, min(pages, 500)))
    return urls
