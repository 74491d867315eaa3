"""Main text and metadata from decoded HTML: trafilatura, plus what it misses on Chinese pages."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import lxml.html
import trafilatura

from pipelines.dates import DATE_META_NAMES, parse_chinese_datetime


@dataclass(frozen=True)
class Extracted:
    title: str | None
    text: str
    author: str | None
    sitename: str | None
    published_at: datetime | None
    anchor_texts: frozenset[str]
    links: tuple[str, ...]


class UnparsableError(ValueError):
    pass


def parse_html(html: str, url: str) -> lxml.html.HtmlElement:
    try:
        tree = lxml.html.document_fromstring(html, base_url=url)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnparsableError(f"HTML does not parse: {exc}") from None
    return tree


def _meta_date(tree: lxml.html.HtmlElement, now: datetime) -> datetime | None:
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        if key and key not in metas and meta.get("content"):
            metas[key] = meta.get("content")
    for name in DATE_META_NAMES:
        if name in metas:
            found = parse_chinese_datetime(metas[name], now=now)
            if found:
                return found
    return None


def _visible_date(tree: lxml.html.HtmlElement, now: datetime) -> datetime | None:
    body = tree.find("body")
    if body is None:
        return None
    for element in body.iter():
        if element.tag in ("a", "script", "style") or not isinstance(element.tag, str):
            continue
        own_text = " ".join(t for t in (element.text, *(child.tail for child in element)) if t)
        found = parse_chinese_datetime(own_text, labelled=True, now=now)
        if found:
            return found
    return None


def extract(html: str, url: str, now: datetime) -> Extracted:
    tree = parse_html(html, url)
    anchors = frozenset(" ".join(a.text_content().split()) for a in tree.iter("a"))
    links = tuple(dict.fromkeys(href for _el, _attr, href, _pos in tree.iterlinks() if _el.tag in ("a", "area")))
    # Read the metadata first: trafilatura prunes the tree it is given.
    published_at = _meta_date(tree, now) or _visible_date(tree, now)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": now.strftime("%Y-%m-%d")},
    )
    text = (document.text or "") if document is not None else ""
    if published_at is None and document is not None and document.date:
        published_at = parse_chinese_datetime(document.date, now=now)
    return Extracted(
        title=document.title if document is not None else None,
        text=text,
        author=document.author if document is not None else None,
        sitename=document.sitename if document is not None else None,
        published_at=published_at,
        anchor_texts=anchors,
        links=links,
    )
