"""What a page is made of, read from its DOM before any extraction: how much of its visible text
sits in repeated link items (a list page's `<li><a>标题</a><span>日期</span></li>` rows, `<tr>`
rows of 序号 / 标题 / 日期, `<dt><a>` entries, `<p>` or `<div>` rows), and whether any of it is prose.

A page whose text is mostly such items and that has no prose at all is a list page whatever its
layout, and is known as one without running the main-text extraction (which costs seconds on an
index of thousands of links). One pass over the tree, bottom-up: linear in the page's size.
"""
from __future__ import annotations

from dataclasses import dataclass

import lxml.html

from pipelines import lexicon

# Elements that hold one entry of a list on the CMS templates of government and news sites.
LIST_ITEM_TAGS = frozenset({"li", "tr", "p", "dd", "dt", "div", "dl", "h3", "h4"})
# An entry is one link plus at most this many characters beside it: a date (2024-01-15, 2024年01月15日),
# a column name (【通知公告】), a counter or a 置顶 badge; a summary line is more.
MAX_ITEM_EXTRA_CHARS = 24
# Fewer siblings than this are a few related links, not a list.
MIN_LIST_ITEMS = 5
# A page whose list entries hold at least this share of its visible text is made of lists...
MIN_LIST_TEXT_SHARE = 0.5
# ...unless some element holds this much text of its own outside links, with sentence punctuation:
# prose, which list pages do not have and articles always do.
PROSE_CHARS = 60

_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})


@dataclass
class _Counts:
    chars: int = 0  # visible text, whitespace left out
    link_chars: int = 0  # of which inside <a href>
    links: int = 0


@dataclass(frozen=True)
class LinkStructure:
    text_chars: int
    list_item_chars: int
    has_prose: bool

    @property
    def list_text_share(self) -> float:
        return self.list_item_chars / self.text_chars if self.text_chars else 0.0

    @property
    def is_link_list(self) -> bool:
        return not self.has_prose and self.list_text_share >= MIN_LIST_TEXT_SHARE


def _chars(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _own_text(element: lxml.html.HtmlElement) -> str:
    return "".join(filter(None, (element.text, *(child.tail for child in element))))


def link_structure(root: lxml.html.HtmlElement) -> LinkStructure:
    elements = [element for element in root.iter() if isinstance(element.tag, str)]
    counts: dict[lxml.html.HtmlElement, _Counts] = {}
    has_prose = False
    list_item_chars = 0
    # Reversed document order reaches every descendant before its ancestors.
    for element in reversed(elements):
        if element.tag in _SKIPPED_TAGS:
            counts[element] = _Counts()
            continue
        own = _own_text(element)
        mine = _Counts(chars=_chars(own))
        items: list[_Counts] = []
        for child in element:
            if not isinstance(child.tag, str):  # a comment: its tail is in the own text already
                continue
            below = counts[child]
            mine.chars += below.chars
            mine.link_chars += below.link_chars
            mine.links += below.links
            if child.tag in LIST_ITEM_TAGS and _is_list_entry(below):
                items.append(below)
        if element.tag == "a" and element.get("href"):
            mine.links += 1
            mine.link_chars = mine.chars
        elif not has_prose and len(own) >= PROSE_CHARS and _chars(own) >= PROSE_CHARS:
            has_prose = bool(lexicon.PROSE_PUNCTUATION.search(own))
        if len(items) >= MIN_LIST_ITEMS:
            list_item_chars += sum(item.chars for item in items)
        counts[element] = mine
    return LinkStructure(text_chars=counts[root].chars if elements else 0, list_item_chars=list_item_chars,
                         has_prose=has_prose)


def _is_list_entry(counts: _Counts) -> bool:
    return (counts.links == 1 and counts.link_chars >= lexicon.MIN_LINK_TEXT_CHARS
            and counts.chars - counts.link_chars <= MAX_ITEM_EXTRA_CHARS)
