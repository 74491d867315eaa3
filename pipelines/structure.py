"""What a page is made of, read from its DOM before any extraction: how much of its visible text
sits in repeated link entries, and how much prose it has outside them.

A list entry is one sibling of a run of at least MIN_LIST_ITEMS (`li`, `tr`, `p`, `dd`, `dt`, `dl`,
`div`, `h3`, `h4`) that holds exactly one link plus
- at most a date, a column name, a counter, a 置顶 badge, a source or a file number beside it (few
  Han characters: digits and punctuation are what dates and numbers are made of), or
- a headline link first and a summary line after it (a "teaser"; not `p`, where an article's
  paragraphs with one inline link each would qualify).

A page whose entries hold at least MIN_LIST_TEXT_SHARE of its visible text and whose prose outside
the entries (text with sentence punctuation, outside links, and a data table's cells) is shorter than an article's least
text is a list page whatever its layout (ul/li, tables of 序号 / 标题 / 日期, dl/dt/dd, p or div
rows, lists with summaries, two columns with a sidebar). It is known as one without running the
main-text extraction, which costs seconds on an index of thousands of links. One pass over the
tree, bottom-up: linear in the page's size.

The same pass collects the texts of story cards in runs (teasers, and items whose heading links to
another story followed by a summary of any length: "more for you" streams, whose summaries a
stream clamps on screen): the main text of an article page loses the summaries the extraction kept.
It also collects the headings of blocks of links (证券要闻, 热帖), which the extraction may keep
without their links.
"""
from __future__ import annotations

from dataclasses import dataclass

import lxml.etree
import lxml.html

from pipelines import lexicon
from pipelines.clean import han_count
from pipelines.dates import DATE_PATTERN

LIST_ITEM_TAGS = frozenset({"li", "tr", "p", "dd", "dt", "dl", "div", "h3", "h4"})
# Entries with a summary line are never paragraphs: an article's <p>s may each hold an inline link.
TEASER_ITEM_TAGS = LIST_ITEM_TAGS - {"p"}
# Fewer siblings than this are a few related links, not a list.
MIN_LIST_ITEMS = 5
# Beside its link, an entry holds at most this many Han characters: 【通知公告】, 来源：生态环境部,
# 2024年01月15日, 粤环函〔2024〕12号 and 置顶 fit; a sentence does not.
MAX_ENTRY_EXTRA_HAN = 12
# A teaser entry's headline link comes first (after at most a column name or a date) and its
# summary line is at most this long; longer is an article's paragraph.
MAX_TEASER_LEAD_CHARS = 24
MAX_TEASER_EXTRA_CHARS = 300
# A story card's headline is a heading that links to the story; its summary may be long (a stream
# clamps it on screen). Cards are never a list page's entries, only teasers to take out of the text.
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A page whose entries hold at least this share of its visible text is made of lists...
MIN_LIST_TEXT_SHARE = 0.5
# ...unless it has at least this much prose outside them: the least text an article has
# (pipelines.process.MIN_ARTICLE_CHARS). Footers with an address and a phone number stay under it.
MIN_ARTICLE_PROSE_CHARS = 150
# Own text shorter than this is a label or a date, not prose, even with a comma in it.
MIN_PROSE_RUN_CHARS = 20
# A table of at least this many rows of two or more cells, with at least this many Han characters, no
# table inside it and at most this share of its text in links (a row's 报告全本 download), is data the
# page publishes (a 环评受理公示's projects, an 空气质量日报's cities): its text outside links is the
# page's content, as prose is, however short the sentence above it. A list's table is mostly its
# headlines' links; a layout table holds tables; a calendar's cells are digits.
MIN_DATA_TABLE_ROWS = 3
MIN_DATA_TABLE_HAN = 20
MAX_DATA_TABLE_LINK_SHARE = 0.2
# A block's heading is a short text (证券要闻, 热帖, 新媒体实验室) whose block, the first ancestor holding
# more, is links: the Han characters outside its links and its heading are at most this share of its
# Han characters (dates and counts beside the links are digits). An article's signature (中国证券业
# 协会 above a related-links list) sits in a block of prose, and is no heading; nor is a date (a
# notice's, after its attachments' links), so a notice's closing signature and date stay.
MAX_LIST_HEADING_CHARS = 10
MIN_LIST_HEADING_CHARS = 2
MAX_LIST_BLOCK_OTHER_HAN_SHARE = 0.2

_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "title", "head"})


# Made positionally in the pass, in the order of its fields: keyword arguments cost an eighth of the pass.
@dataclass(slots=True)
class _Counts:
    chars: int = 0  # visible text, whitespace left out
    han: int = 0  # Han characters of it
    link_chars: int = 0  # inside <a href>
    link_han: int = 0
    links: int = 0
    lead: int = 0  # characters before the first link
    prose: int = 0  # prose outside links and outside list entries
    headline_links: int = 0  # links in a heading element (h2-h6), or holding one
    picture_links: int = 0  # links holding no text: a thumbnail's


@dataclass(frozen=True)
class LinkStructure:
    text_chars: int
    list_item_chars: int
    prose_chars: int
    # The text of each story card of a run (a teaser, or a card with a long summary), white space
    # removed: the main-text extraction may keep a card's summary and drop its headline link.
    teasers: tuple[str, ...] = ()
    # The headings of the page's link blocks, white space removed, that the page shows nowhere else
    # (as a short text outside such a block): the extraction may keep a heading and drop its links.
    list_headings: frozenset[str] = frozenset()

    @property
    def list_text_share(self) -> float:
        return self.list_item_chars / self.text_chars if self.text_chars else 0.0

    @property
    def is_link_list(self) -> bool:
        return self.prose_chars < MIN_ARTICLE_PROSE_CHARS and self.list_text_share >= MIN_LIST_TEXT_SHARE

    @property
    def has_article_prose(self) -> bool:
        """An article's worth of prose and not dominated by list entries: link lines that the main
        text picked up (a photo story's gallery, related links) do not make it a list."""
        return self.prose_chars >= MIN_ARTICLE_PROSE_CHARS and self.list_text_share < MIN_LIST_TEXT_SHARE


def text_content(element: lxml.html.HtmlElement) -> str:
    """`text_content()`, without its XPath evaluation for an element with no children (most links, cells and
    headings of blocks), whose text is its own: the call cost the page's link texts half their time."""
    return element.text_content() if len(element) else (element.text or "")


def _folded(text: str | None) -> str:
    return "".join(text.split()) if text else ""


# What a run's item is: a link with a date or a source beside it, a teaser (headline link and a short
# summary: both a list entry and a card), or a story card with a long summary (a card only).
ENTRY, TEASER, CARD = "entry", "teaser", "card"


def _item_kind(tag: str, counts: _Counts) -> str | None:
    # A photo column's teaser links its thumbnail and its title, each to the story.
    if counts.links - counts.picture_links != 1 or counts.link_chars < lexicon.MIN_LINK_TEXT_CHARS:
        return None
    if counts.han - counts.link_han <= MAX_ENTRY_EXTRA_HAN:
        # (A thumbnail and a title alone are no list's entry: an article's related stories are shown so.)
        return None if counts.picture_links else ENTRY
    if tag not in TEASER_ITEM_TAGS or counts.lead > MAX_TEASER_LEAD_CHARS:
        return None
    if counts.chars - counts.link_chars <= MAX_TEASER_EXTRA_CHARS:
        return TEASER
    return CARD if counts.headline_links == 1 else None


def _leaf_counts(element: lxml.html.HtmlElement, tag: str) -> _Counts:
    """A childless element's counts, as `_element_counts` gives them: most elements are leaves (a
    link's or a cell's text, <br>, <img>), and they need no walk over children."""
    raw = element.text or ""
    text = _folded(raw)
    chars = len(text)
    han = han_count(text)
    if tag == "a" and element.get("href"):
        return _Counts(chars, han, chars, han, 1, 0, 0, 0, 0 if chars else 1)
    prose = chars if len(raw) >= MIN_PROSE_RUN_CHARS and lexicon.PROSE_PUNCTUATION.search(raw) else 0
    return _Counts(chars, han, 0, 0, 0, chars, prose)


def is_data_table(table: lxml.html.HtmlElement) -> bool:
    """Whether a <table> is data the page publishes (MIN_DATA_TABLE_ROWS), for callers outside the pass.
    Its rows first: a layout table is known by the first table inside it, before its text is read."""
    if not _has_data_rows(table):
        return False
    text = _folded(text_content(table))
    link_text = "".join(_folded(text_content(link)) for link in table.iter("a") if link.get("href"))
    return _has_data_text(han_count(text), len(text), len(link_text))


def _has_data_text(han: int, chars: int, link_chars: int) -> bool:
    return han >= MIN_DATA_TABLE_HAN and link_chars <= MAX_DATA_TABLE_LINK_SHARE * chars


def _has_data_rows(table: lxml.html.HtmlElement) -> bool:
    rows = 0
    for element in table.iter("tr", "table"):
        if element.tag == "table" and element is not table:
            return False
        if element.tag == "tr" and sum(1 for cell in element if cell.tag in ("td", "th")) >= 2:
            rows += 1
    return rows >= MIN_DATA_TABLE_ROWS


def _element_counts(element: lxml.html.HtmlElement, tag: str, counts: dict[lxml.html.HtmlElement, _Counts]
                    ) -> tuple[_Counts, list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]:
    """The element's counts from its own text and its children's; its children that are list
    entries, and those that are story cards (each when they form a run). Hot: it runs once per element,
    so each of lxml's properties, a string made anew at every reading, is read once."""
    raw_head = element.text
    own = [raw_head] if raw_head else []
    head = _folded(raw_head)
    chars = lead = len(head)
    han = han_count(head)
    link_chars = link_han = links = prose = headline_links = picture_links = 0
    entries: list[lxml.html.HtmlElement] = []
    cards: list[lxml.html.HtmlElement] = []
    lead_open = True
    for child in element:
        child_tag = child.tag
        if isinstance(child_tag, str):
            below = counts[child]
            chars += below.chars
            han += below.han
            link_chars += below.link_chars
            link_han += below.link_han
            links += below.links
            prose += below.prose
            headline_links += below.headline_links
            picture_links += below.picture_links
            if lead_open:
                lead += below.lead
                lead_open = below.links == 0
            if child_tag in LIST_ITEM_TAGS and (kind := _item_kind(child_tag, below)):
                if kind != CARD:
                    entries.append(child)
                if kind != ENTRY:
                    cards.append(child)
        # Most tails are None or the template's line breaks.
        raw_tail = child.tail
        if raw_tail and (tail := "".join(raw_tail.split())):
            own.append(raw_tail)
            chars += len(tail)
            han += han_count(tail)
            if lead_open:
                lead += len(tail)
    if tag in HEADING_TAGS:
        headline_links = links
    if tag == "a" and element.get("href"):
        holds_heading = any(child.tag in HEADING_TAGS for child in element)
        mine = _Counts(chars, han, chars, han, links + 1, 0, 0, 1 if holds_heading else headline_links,
                       picture_links + (0 if chars else 1))
    else:
        text = "".join(own)
        if len(text) >= MIN_PROSE_RUN_CHARS and lexicon.PROSE_PUNCTUATION.search(text):
            prose += len(_folded(text))
        if tag == "table" and _has_data_text(han, chars, link_chars) and _has_data_rows(element):
            prose = chars - link_chars
        mine = _Counts(chars, han, link_chars, link_han, links, lead, prose, headline_links, picture_links)
    if len(cards) < MIN_LIST_ITEMS:
        cards = []
    if len(entries) < MIN_LIST_ITEMS:
        return mine, [], cards
    # The entries' own summaries are part of the list, not the page's prose.
    mine.prose -= sum(counts[entry].prose for entry in entries)
    return mine, entries, cards


def link_structure(root: lxml.html.HtmlElement) -> LinkStructure:
    elements = list(root.iter(lxml.etree.Element))  # elements only, known in C (not comments)
    if not elements:
        return LinkStructure(0, 0, 0)
    counts: dict[lxml.html.HtmlElement, _Counts] = {}
    list_item_chars = 0
    teasers: list[str] = []
    # Reversed document order reaches every descendant before its ancestors.
    for element in reversed(elements):
        tag = element.tag
        if tag in _SKIPPED_TAGS:
            counts[element] = _Counts()
            continue
        if not len(element):
            counts[element] = _leaf_counts(element, tag)
            continue
        counts[element], entries, cards = _element_counts(element, tag, counts)
        if entries:
            list_item_chars += sum(counts[entry].chars for entry in entries)
        if cards:
            teasers.extend(_folded(card.text_content()) for card in cards)
    top = counts[root]
    return LinkStructure(text_chars=top.chars, list_item_chars=list_item_chars, prose_chars=top.prose,
                         teasers=tuple(teasers), list_headings=_list_headings(elements, counts))


def _is_filled_field(text: str) -> bool:
    """A label with its value (责任编辑：刘欢): the article's, even in a block of links (a share bar)."""
    label = lexicon.FIELD_LINE.match(text)
    return label is not None and label.end() < len(text)


def _list_headings(elements: list[lxml.html.HtmlElement], counts: dict[lxml.html.HtmlElement, _Counts]) -> frozenset[str]:
    """The short texts that head a block of links (MAX_LIST_BLOCK_OTHER_HAN_SHARE), less those the page
    also shows outside one. Each text is judged at its outermost element, the one whose parent holds more."""
    headings: set[str] = set()
    elsewhere: set[str] = set()
    for element in elements:
        mine = counts[element]
        if mine.links or not MIN_LIST_HEADING_CHARS <= mine.chars <= MAX_LIST_HEADING_CHARS:
            continue
        # The root's parent (the <html> of a <body>) was not counted: the root heads no block.
        block = counts.get(element.getparent())
        if block is None or block.chars == mine.chars:
            continue
        other_han = block.han - mine.han
        text = _folded(text_content(element))
        if (block.links and block.han - block.link_han - mine.han <= MAX_LIST_BLOCK_OTHER_HAN_SHARE * other_han
                and not _is_filled_field(text) and not DATE_PATTERN.search(text)):
            headings.add(text)
        else:
            elsewhere.add(text)
    return frozenset(headings - elsewhere)
