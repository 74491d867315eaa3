"""Main text and metadata from decoded HTML: trafilatura, plus what it misses on Chinese pages."""
from __future__ import annotations

import itertools
from collections.abc import Iterator
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


# How many elements after the headline may hold its unlabelled date line.
HEADLINE_DATE_SIBLINGS = 3
# Meta tags naming the site, gov CMS first.
SITE_NAME_META_NAMES = ("sitename", "og:site_name", "application-name")


def _meta_values(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """The first content of each meta name/property, names lower-cased."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    return metas


def _meta_date(metas: dict[str, str], now: datetime) -> datetime | None:
    for name in DATE_META_NAMES:
        if name in metas:
            found = parse_chinese_datetime(metas[name], now=now)
            if found:
                return found
    return None


def _own_texts(root: lxml.html.HtmlElement) -> Iterator[str]:
    """The text each element holds itself (not its children's), in document order, skipping links and scripts."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("a", "script", "style"):
            continue
        own = " ".join(t for t in (element.text, *(child.tail for child in element)) if t and t.strip())
        if own:
            yield own


def _visible_date(tree: lxml.html.HtmlElement, now: datetime) -> datetime | None:
    """A labelled date line (发布时间:…) anywhere, else the first date just under the headline."""
    body = tree.find("body")
    if body is None:
        return None
    for own in _own_texts(body):
        found = parse_chinese_datetime(own, labelled=True, now=now)
        if found:
            return found
    headline = next(body.iter("h1"), None)
    if headline is None:
        return None
    following = (el for el in headline.itersiblings() if isinstance(el.tag, str))
    for sibling in itertools.islice(following, HEADLINE_DATE_SIBLINGS):
        for own in _own_texts(sibling):
            found = parse_chinese_datetime(own, now=now)
            if found:
                return found
    return None


def extract(html: str, url: str, now: datetime) -> Extracted:
    tree = parse_html(html, url)
    anchors = frozenset(" ".join(a.text_content().split()) for a in tree.iter("a"))
    links = tuple(dict.fromkeys(href for _el, _attr, href, _pos in tree.iterlinks() if _el.tag in ("a", "area")))
    # Read the metadata first: trafilatura prunes the tree it is given.
    metas = _meta_values(tree)
    published_at = _meta_date(metas, now) or _visible_date(tree, now)
    site_name = next((metas[name] for name in SITE_NAME_META_NAMES if name in metas), None)
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
        sitename=site_name,
        published_at=published_at,
        anchor_texts=anchors,
        links=links,
    )
