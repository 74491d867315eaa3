"""Main text and metadata from decoded HTML: trafilatura for the main block, plus what it misses on
Chinese pages (CMS meta tags, the headline, the info line under it with date, 来源, 作者, 阅读次数)."""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import htmldate
import lxml.html
import trafilatura
from trafilatura.settings import Document
from w3lib.html import remove_tags

from pipelines import attribution, clean, lexicon, spam
from pipelines.dates import (
    BARE_CLOCK,
    DATE_META_NAMES,
    DAY,
    parse_chinese_datetime,
    parse_short_labelled_date,
    precision_of,
    relative_time,
    resolve_yearless_date,
    same_day,
    script_published_time,
    time_of_day_in_scripts,
    url_compact_date,
)
from pipelines.links import html_links
from pipelines.prefilter import may_hold_a_match, required_strings_finder
from pipelines.scripted import article_in_script_data
from pipelines.structure import MIN_ARTICLE_PROSE_CHARS, MIN_PROSE_RUN_CHARS, LinkStructure, is_data_table, link_structure, text_content

# Meta tags naming the site, gov CMS first.
SITE_NAME_META_NAMES = ("sitename", "og:site_name", "application-name")
# Meta tags holding the article's own headline, gov CMS first, then Founder's comment of the article's fields (an
# e-paper's page is titled by the paper alone: <title>浙江法治报</title>, the headline in <founder-title>).
TITLE_META_NAMES = ("articletitle", "enpproperty:title", "og:title")
# A page that says it is an article: the 政府网站网页设计规范 of the State Council's 政府网站发展指引
# (国办发〔2017〕47号) has every government site write ArticleTitle on its article pages (and
# ColumnName on its column pages; a template writing both on a column page gives them one value), and
# Open Graph's og:type is "article" (or "news", as 网易 and 新浪 write it). Its sidebar may outweigh a
# short notice's text (a 印发 notice of one sentence whose document is its attachment), and the
# extraction, reading the whole page again for a short text, brings the page's lists along: its kind is
# decided by its cleaned text (pipelines.process), not by the links.
ARTICLE_DECLARING_META = "articletitle"
COLUMN_NAME_META = "columnname"
ARTICLE_OG_TYPES = frozenset({"article", "news"})
ORIGIN_META_NAMES = ("contentsource", "source")
# citation_author(s): the tags Google Scholar reads, written by every journal platform (OJS, 汉斯, 维普's
# article pages); citation_authors lists them with semicolons.
# Founder's newsroom system (人民网, 中国网, 光明网 and many papers' sites) writes the article's fields into a comment
# (<!--enpproperty <author>辛闻</author>…<liability>刘峻凌</liability>/enpproperty-->), read as metas named so: its
# author comes first, as 中国网 writes the editor into the author meta, and its liability (the editor in charge) is
# the editor where the page labels none.
FOUNDER_PROPERTY_PREFIX = "enpproperty:"
FOUNDER_DATE = f"{FOUNDER_PROPERTY_PREFIX}date"
AUTHOR_META_NAMES = (f"{FOUNDER_PROPERTY_PREFIX}author", "author", "article:author", "citation_author", "citation_authors")
META_NAME_SEPARATOR = re.compile(r"\s*[;；]\s*")
# Headline elements, most specific first. A lesser heading is the headline only when the page's
# <title> begins with it (guancha's h3, EDN's h4): elsewhere they head sidebars and footers, whose
# names a <title> ends with ("新闻动态--中国地理学会官网").
HEADLINE_TAGS = ("h1", "h2")
# Elements a template names for the headline when it sets it in no heading: class or id "title", "bt" or
# "biaoti" as a word of it (xl_title, news-title, con_bt). A sidebar's title bar holds a block's heading,
# and a list's titles hold links: _headline_by_class refuses both.
HEADLINE_CLASS_XPATH = (".//*[not(self::a) and (re:test(@class, '(^|[-_\\s])(title|bt|biaoti)($|[-_\\s])', 'i') "
                        "or re:test(@id, '(^|[-_])(title|bt|biaoti)($|[-_])', 'i'))]")
EXSLT_REGULAR_EXPRESSIONS = {"re": "http://exslt.org/regular-expressions"}
LESSER_HEADLINE_TAGS = ("h3", "h4", "h5", "h6")
# Elements that sit inside a line of text; any other element starts a line of its own.
INLINE_TAGS = frozenset({"a", "abbr", "b", "big", "br", "cite", "code", "em", "font", "i", "img", "mark", "q", "s",
                         "small", "span", "strike", "strong", "sub", "sup", "u"})
# Containers whose own text trafilatura reads only on pages whose paragraphs hold little text
# (_wrap_loose_text_runs); it reads <p>, headings, lists, quotes and cells always.
CONTAINERS_DROPPING_THEIR_TEXT = frozenset({"div", "section", "article", "main", "center"})
# The info area under the headline (date, source, author, views): at most this many elements,
# none longer than a line of page furniture.
HEADLINE_INFO_SIBLINGS = 4
MAX_INFO_LINE_CHARS = 200
MAX_INFO_ELEMENT_LINES = 8
# A line naming the author is short; longer text mentioning 作者 is prose.
MAX_AUTHOR_LINE_CHARS = 80
# A label standing alone on its line ("发文机关：") is at most this long; its value follows.
MAX_LABEL_CHARS = 8
# The main text's first line at least this long (and its first that many characters) locates where
# the text begins on the page: shorter lines (a date, a one-word heading) occur anywhere.
TEXT_START_CHARS = 10
# How far above the headline's container the article's region is looked for: the heading box and
# the text box are siblings (one level) or cousins (two) under the article's box.
REGION_WIDENING_LEVELS = 2
# One of the first paragraphs under the headline must appear in the main text (at least its start).
LEAD_PARAGRAPHS = 3
LEAD_PARAGRAPH_CHARS = 30
# A line of the info area this long with sentence punctuation is the text's first sentence: the info
# lines (date, source, byline) are above it.
MIN_SENTENCE_LINE_CHARS = 30
# How many elements above the main text may hold its date on pages without a headline element.
DATE_LOOKBACK_ELEMENTS = 12
DATE_LOOKAHEAD_ELEMENTS = 2


@dataclass(frozen=True)
class Extracted:
    title: str | None  # the article's headline, as the page gives it
    page_title: str | None  # the <title> element
    text: str
    author: str | None  # stated in the headline's info area
    author_elsewhere: str | None  # a 作者 line elsewhere on the page, or a meta author naming people
    origin: str | None
    editor: str | None
    keywords: str | None
    summary: str | None
    view_count: int | None
    sitename: str | None
    published_at: datetime | None
    header_lines: tuple[str, ...]  # the info area under the headline, for spam checks
    article_region_text: str  # all text of the headline's container, where paywall stubs sit
    meta_text: str  # meta keywords and description, for spam checks
    anchor_texts: clean.LinkTexts
    # The paragraphs of the table cells and list items holding several that trafilatura wrote as one
    # line each (clean.restore_paragraphs).
    flattened_blocks: tuple[tuple[str, ...], ...]
    links: tuple[str, ...]  # absolute URLs the page links to, in document order
    structure: LinkStructure  # link entries and prose, measured on the DOM
    document_number: str | None = None  # an official document's 发文字号, as its information table labels it
    declares_an_article: bool = False  # by its metadata (ARTICLE_DECLARING_META, og:type)
    # On a page of lists, the lines under the headline hold a news brief's worth of sentences that are no links.
    brief_under_headline: bool = False
    # A short text under its headline is a video's or a picture's caption (_is_media_story).
    media_story: bool = False
    # The info area's own lines: those of its elements above the one where the text begins.
    info_lines: tuple[str, ...] = ()
    # The spam of any of the page's texts (a hijacked site's banner, its <title>, a footer's keyword list), and
    # the brands it names: spam.page_spam.
    page_spam: spam.PageSpam = spam.NO_PAGE_SPAM


class UnparsableError(ValueError):
    pass


# libxml2's nesting limit with its "huge" option (256 without).
MAX_NESTING_DEPTH = 2048


# </body> and </html> anywhere: libxml2 drops everything after them, where a browser shows it in the
# body. Templates that include a whole header document close it mid-page (gov.cn's 国务院公报 pages
# close their header's </html> above the article).
STRAY_DOCUMENT_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


# An XHTML page's XML declaration names the charset its bytes were in; once decoded it says nothing,
# and lxml refuses a decoded text that carries one (<?xml version="1.0" encoding="gb2312"?>).
XML_DECLARATION = re.compile(r"^\s*<\?\s*xml[^>]*>")

# Elements whose content the parser reads as text up to their end tag. One left open takes the rest of the page
# as its text, markup and all, and the page is stored as its own source or as no text: a hijack's <noframes> of junk
# tags served to spiders, a template's <title> or <textarea> never closed. A browser shows such a page no better;
# its author meant the element closed where markup starts in it.
RAW_TEXT_TAGS = ("title", "textarea", "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext")
MARKUP_START = re.compile(r"<[A-Za-z!/]")
# The rest of a page closes its elements; a script's own code left open at the end (if (a<b) …) rarely writes one.
END_TAG = re.compile(r"</[A-Za-z]")


def parse_html(html: str, url: str) -> lxml.html.HtmlElement:
    # libxml2's default limit of 256 nested elements is reached by real pages (unclosed <font> and
    # <div> in old CMS templates); its "huge" limit only by pathological ones. Past a limit
    # libxml2 silently drops the rest of the page, so reaching it is an error, not a shorter page.
    # Comments go as trafilatura's own loader drops them: a paragraph with <!--keyword--> markers
    # around its inline links is otherwise lost whole (qq.com, sina keyword links).
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    # Every element is an HtmlElement, chosen in C: lxml.html's own lookup is a Python call for each
    # element object made (to give forms and inputs their classes, which nothing here uses) and cost
    # a tenth of the processing.
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity))
    source = STRAY_DOCUMENT_END.sub("", XML_DECLARATION.sub("", html, count=1))
    for _ in range(len(RAW_TEXT_TAGS) + 1):  # each pass closes one element left open
        try:
            tree = lxml.html.document_fromstring(source, base_url=url, parser=parser)
        except (lxml.etree.ParserError, ValueError) as exc:
            raise UnparsableError(f"HTML does not parse: {exc}") from None
        if any(error.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log):
            raise UnparsableError(f"elements nested deeper than {MAX_NESTING_DEPTH}, the HTML parser's limit: the rest "
                                  "of the page would be lost")
        if (closed := _raw_text_closed_where_markup_starts(source, tree)) is None:
            break
        source = closed
    return tree


def _raw_text_closed_where_markup_starts(source: str, tree: lxml.html.HtmlElement) -> str | None:
    """The source with an element of RAW_TEXT_TAGS that was left open, and so holds the rest of the page as its text,
    closed before the first markup in it: None when every such element was closed. Holding the rest of the page, it
    is the page's last element."""
    last = tree
    while len(last):
        last = last[-1]
    tag = str(last.tag)
    if tag not in RAW_TEXT_TAGS or (last.tail or "").strip() or not END_TAG.search(last.text or ""):
        return None
    closings = list(re.finditer(rf"</{tag}\b", source, re.IGNORECASE))
    opening = re.compile(rf"<{tag}\b[^>]*>", re.IGNORECASE).search(source, closings[-1].end() if closings else 0)
    if opening and tag == "plaintext":  # it has no end tag: all that follows it is text
        return source[:opening.start()] + source[opening.end():]
    if opening and (markup := MARKUP_START.search(source, opening.end())):
        return f"{source[:markup.start()]}</{tag}>{source[markup.start():]}"
    return None


def _meta_origin(metas: dict[str, str]) -> str | None:
    """The source meta, without the label some CMS write into it (sina's "来源：北京青年报")."""
    value = _first_meta(metas, ORIGIN_META_NAMES)
    return _without_origin_label(value) if value else value


def _without_origin_label(text: str) -> str:
    """A source's name without the 来源： a page may write before it."""
    labelled = lexicon.HEADER_ORIGIN.search(text)
    return labelled["value"] if labelled else text


def _meta_values(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """The first content of each meta name/property, names lower-cased, its white space folded as a
    reader sees it (a template's padding of thousands of spaces is one space for every pattern after).
    Markup in a value goes: a gov CMS writes the headline's own tags into ArticleTitle ("…力量<div>——热烈祝贺…</div>")."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content") or ""
        if "<" in content:
            content = remove_tags(content)
        content = " ".join(content.split())
        if key and content and key not in metas:
            metas[key] = content
    return metas


def _founder_properties(html: str) -> dict[str, str]:
    """The fields of Founder's enpproperty comment that have a value, named FOUNDER_PROPERTY_PREFIX + field: those
    between the first "enpproperty" and the "/enpproperty" after it (found so, a page of openers without an end costs
    one pass, not one per opener)."""
    if (start := html.find("enpproperty")) < 0:
        return {}  # most pages
    end = html.find("/enpproperty", start, start + lexicon.MAX_FOUNDER_PROPERTIES_CHARS)
    fields = lexicon.FOUNDER_PROPERTY.finditer(html, start, end) if end > 0 else ()
    return {FOUNDER_PROPERTY_PREFIX + field["name"]: value for field in fields if (value := " ".join(field["value"].split()))}


def _declares_an_article(metas: dict[str, str]) -> bool:
    """The page's metadata says it is an article (ARTICLE_DECLARING_META other than the column's name, or og:type)."""
    declared = metas.get(ARTICLE_DECLARING_META)
    return (declared is not None and declared != metas.get(COLUMN_NAME_META)) \
        or metas.get("og:type", "").lower() in ARTICLE_OG_TYPES


def _first_meta(metas: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((metas[name] for name in names if name in metas), None)


LABEL_COLONS = (":", "：")
# A letter or digit: a value, where a separator (|, ·) is none.
_WORD_CHARACTER = re.compile(r"[^\W_]")


def _is_label(text: str) -> bool:
    """"发文机关：", "作者:"; a colon alone is punctuation left between elements, not a label."""
    return text.endswith(LABEL_COLONS) and 1 < len(text) <= MAX_LABEL_CHARS


def _labels_its_tail(element: lxml.html.HtmlElement, tag: str) -> bool:
    """An inline element holding only a label, whose value follows it as text of its parent: DedeCMS's
    default article template (<small>来源:</small>新华网 <small>作者:</small>张三) and many others. A
    separator after it (<span>来源：</span> | <span>新华网</span>) is no value: the next element holds it."""
    if len(element) or tag == "a" or not _is_inline(tag):
        return False
    text, tail = element.text, element.tail
    return bool(text and tail and _WORD_CHARACTER.search(tail)) and _is_label(text.strip())


def _own_text(element: lxml.html.HtmlElement) -> str:
    """The text an element holds itself, with a child link's text where a label ends right before it
    ("出版社：团结出版社 作者：<a>罗银胜</a>") and a child's label before the value it labels
    (`_labels_its_tail`); a <br> between pieces starts a new line (a forum post's closing "文：眉间尺" is a
    line of its own)."""
    text = element.text
    if not len(element):
        return text.strip() if text else ""
    pieces: list[str] = []
    lines = [pieces]
    if text and (text := text.strip()):
        pieces.append(text)
    for child in element:
        tag = child.tag
        if tag == "br" and pieces:
            pieces = []
            lines.append(pieces)
        elif tag == "a" and pieces and pieces[-1].endswith(LABEL_COLONS):
            pieces.append(_text(child))
        elif isinstance(tag, str) and _labels_its_tail(child, tag):
            pieces.append(child.text.strip())
        if (tail := child.tail) and (tail := tail.strip()):
            pieces.append(tail)
    return "\n".join(" ".join(pieces) for pieces in lines if pieces)


def _owned_texts(root: lxml.html.HtmlElement) -> Iterator[tuple[lxml.html.HtmlElement, str]]:
    """Each element with the text it holds itself (not its children's), in document order, skipping
    scripts and links — except a link right after a label, the value it labels: forums, blogs and
    book channels link the author to a profile page (<b>作者：</b><a>芊草凡凡</a>)."""
    previous = ""
    for element in root.iter(lxml.etree.Element):  # elements only, known in C (not comments)
        tag = element.tag
        if tag in ("script", "style"):
            continue
        if tag == "a":
            if _is_label(previous) and (linked := _text(element)):
                previous = linked
                yield element, linked
            continue
        if (own := _own_text(element)) and not (_is_label(own) and _labels_its_tail(element, tag)):
            # (A label read in its parent's line, before its value, is not read again.)
            previous = own
            yield element, own


def _own_texts(root: lxml.html.HtmlElement) -> Iterator[str]:
    return (own for _, own in _owned_texts(root))


def _text(element: lxml.html.HtmlElement) -> str:
    return " ".join(text_content(element).split())


def _headline(tree: lxml.html.HtmlElement, page_title: str | None) -> tuple[lxml.html.HtmlElement | None, _Header]:
    """The page's headline element (`_headline_element`) and the info under it (`_header`). When it has
    none: a later heading of the same text that has them (a bar at the top repeats the headline:
    中新网's floating title), else the lines under the wrappers that hold the heading alone
    (`_headline_block`); the text under the headline stays that under the heading itself, which an
    info block with a copyright line would otherwise join."""
    found = _headline_element(tree, page_title)
    header = _header(found)
    if found is None or header.lines:
        return found, header
    text = _text(found)
    for element in tree.iter(found.tag):
        if element is not found and _text(element) == text and (repeated := _header(element)).lines:
            return element, repeated
    return found, _header(_headline_block(found))


def _unhijacked_headline(tree: lxml.html.HtmlElement, page_title: str | None
                         ) -> tuple[lxml.html.HtmlElement | None, _Header]:
    """`_headline`, a hijack's <title> (casino brands, pornographic phrases) read without its spam
    segments; when what is left names no heading, as no <title> at all: a title all of whose segments a
    hijack wrote ("日韩精品一区二区_亚洲成a人片…_有奶水三级电视频" over a city's notice) names nothing of the page."""
    if not page_title or not spam.is_spam(page_title):
        return _headline(tree, page_title)
    own_part = spam.remove_spam_title_segments(page_title) or None
    found = _headline(tree, own_part)
    return _headline(tree, None) if found[0] is None and own_part is not None else found


def _headline_block(heading: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The outermost ancestor whose only text is the heading's: the info line is a sibling of the
    wrapper, not of the heading (百家号's <div class="article-title"><h2>…</h2></div> and then the
    author and 发布时间 block; Yahoo's caas-title-wrapper, CSDN's article-title-box)."""
    size = len(clean.without_spaces(heading.text_content()))
    block = heading
    while (parent := block.getparent()) is not None and parent.tag != "body" and not _text_exceeds(parent, size):
        block = parent
    return block


def _text_exceeds(element: lxml.html.HtmlElement, size: int) -> bool:
    """Whether an element holds more than `size` characters of text, without reading all of it (the
    first ancestor that does may be the whole page)."""
    held = 0
    for piece in element.itertext():
        held += len(clean.without_spaces(piece))
        if held > size:
            return True
    return False


def _headline_element(tree: lxml.html.HtmlElement, page_title: str | None) -> lxml.html.HtmlElement | None:
    """The h1 (else h2) whose text the <title> contains, else a lesser heading the <title> begins
    with; a lone h1 when there is no <title>, else an element the template names for it. A heading
    that is the <title>'s site part is the site's name in its logo (h1 松花江网 over h2 土豆不“土” in
    "土豆不“土” 土豆无“土” 松花江网"): the headline only when no other heading is. When the <title> is only
    the site's name (or its section's and its name), the first h1 (else h2) it does not contain, else
    the first h3–h6 that reads as the headline (`_headline_among_blocks`)."""
    body = tree.find("body")
    if body is None:
        return None
    title = " ".join(page_title.split()) if page_title else None
    if not title:
        return _headline_without_title(body)
    # A <title> that is only the site's name: a heading it contains is the logo.
    site_title = bool(lexicon.SITE_NAME_TITLE.match(title))
    site_heading = None
    for tag in (*HEADLINE_TAGS, *LESSER_HEADLINE_TAGS):
        for element in body.iter(tag):
            text = _text(element)
            if len(text) < lexicon.MIN_HEADLINE_CHARS:
                continue
            if tag in HEADLINE_TAGS and text in title:
                if site_title or _names_the_site_in(title, text):
                    site_heading = site_heading if site_heading is not None else element
                    continue
                return element
            if tag in LESSER_HEADLINE_TAGS and title.startswith(text):
                return element
    if site_title:
        headings = [element for tag in HEADLINE_TAGS for element in body.iter(tag)
                    if len(text := _text(element)) >= lexicon.MIN_HEADLINE_CHARS and text not in title]
        # A heading no longer than a block's is the column's name over the page (<h1>通知公告</h1>): the lesser
        # headings that read as the headline, then an element the template names for it (<div class="title">),
        # come first.
        found = next((element for element in headings if _headline_among_blocks(element, title)), None)
        if found is None:
            found = next((element for element in body.iter(*LESSER_HEADLINE_TAGS)
                          if _headline_among_blocks(element, title)), None)
        if found is None:
            found = _headline_by_class(body, title)
        if found is None and headings:
            found = headings[0]
        return found if found is not None else site_heading
    if site_heading is None:
        return _headline_shown_in_text(body, title)
    return site_heading


def _headline_without_title(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """On a page with no <title> of its own, or one a hijack wrote whole, nothing names the headline: the first
    h1, else h2, that reads as one (`_reads_as_a_headline`; a site's name or a column's heading may come first,
    <h2>党务政务网站</h2>, <h1>全部导航</h1>); else the first h3–h6 that reads as one, is no link and heads the
    text (`_heads_the_text`), or an element the template names for it (观察者网's h3, an old template's
    <td class="bt">), whichever comes first."""
    found = next((element for tag in HEADLINE_TAGS for element in body.iter(tag) if _reads_as_a_headline(element)), None)
    if found is not None:
        # Beside a widget in the heading, the part named for the headline (百家号's <h1 class="article__title"><span
        # class="article__title">…</span><div>播报文章</div></h1>, its listen button).
        return next((part for part in found.xpath(HEADLINE_CLASS_XPATH, namespaces=EXSLT_REGULAR_EXPRESSIONS)
                     if len(_text(part)) >= lexicon.MIN_HEADLINE_CHARS), found)
    lesser = next((element for element in body.iter(*LESSER_HEADLINE_TAGS)
                   if _reads_as_a_headline(element) and not _is_a_link(element, _text(element)) and _heads_the_text(element)),
                  None)
    named = _headline_by_class(body, "")
    if lesser is None or named is None:
        return named if lesser is None else lesser
    # Whichever comes first: a sidebar's card named a title follows the article's h3.
    return next(element for element in body.iter() if element is lesser or element is named)


def _reads_as_a_headline(heading: lxml.html.HtmlElement) -> bool:
    """A heading longer than a block's (联系我们, 友情链接) that is no breadcrumb, section number, logo, sentence (a
    mailing list's 欢迎加入本站邮件列表，…。请…：), field's label or entry with a time of day (a comment's heading,
    # re: 很高兴入住博客堂 2004-12-27 12:46 flyingbirds)."""
    text = _text(heading)
    return (_is_no_block_crumb_or_section_heading(text) and not lexicon.FULL_STOP.search(text)
            and not lexicon.CLOCK_TIME.search(text) and not text.endswith(("：", ":")) and not _links_home(heading, text))


def _heads_the_text(heading: lxml.html.HtmlElement) -> bool:
    """Whether a date is among the info lines under the heading or its block, or a sentence among the first
    paragraphs under it: a sidebar's, a comment form's or a footer's heading has neither."""
    for element in dict.fromkeys((heading, _headline_block(heading))):
        info = _header(element).lines
        if any(lexicon.INFO_DATE.search(line) for line in info) or any(
                map(_reads_as_prose, itertools.islice(_text_under_headline(element, info), LEAD_PARAGRAPHS))):
            return True
    return False


def _headline_shown_in_text(body: lxml.html.HtmlElement, title: str) -> lxml.html.HtmlElement | None:
    """On a page with no heading for its headline, the element that shows it as plain text: it holds
    nothing else, and its text is the <title>, or its start, which goes on after a space or separator
    with something narrower on screen (新华网's <div class="h-title"> under "…英雄的城！-新华网",
    中山网's <b> under "…开展调研工作 东区办事处_中山网", a hospital's <div class="title"> under
    "…大赛 湖南省中医药研究院附属医院"). A site's name at the start of the <title> is narrower than
    the headline after it ("Joel on Software - 给计算机系学生的建议"), and is no headline."""
    for element in _elements_holding(body, title[:lexicon.MIN_HEADLINE_CHARS]):
        own = _own_text(element)
        if (len(own) >= lexicon.MIN_HEADLINE_CHARS and title.startswith(own) and _ends_the_headline(title, len(own))
                and _text(element) == own and not _is_a_link(element, own) and not _ends_a_breadcrumb(element, own)):
            return element
    return None


def _ends_the_headline(title: str, end: int) -> bool:
    """Whether the <title>'s headline ends at `end`: the <title> ends there (an old site's <title> is the
    headline alone), or goes on after a space or separator with something narrower on screen."""
    return end == len(title) or ((title[end].isspace() or lexicon.TITLE_SEGMENT_SEPARATOR.match(title, end) is not None)
                                 and _width(title[:end]) > _width(title[end:]))


def _ends_a_breadcrumb(element: lxml.html.HtmlElement, own: str) -> bool:
    """Whether the element is a breadcrumb trail's last crumb, the page's headline in plain text after
    the links (首页 > 新闻 > 某某会议召开): its parent holds little more than it, and reads as a trail."""
    parent = element.getparent()
    if parent is None:
        return False
    trail = _text(parent)
    return len(trail) <= len(own) + lexicon.MAX_CRUMBS_BEFORE_HEADLINE_CHARS and lexicon.BREADCRUMB_HEADING.search(trail) is not None


def _elements_holding(root: lxml.html.HtmlElement, text: str) -> Iterator[lxml.html.HtmlElement]:
    """The elements, in document order, one of whose own text pieces holds `text`; links, scripts and
    styles are none (found by lxml's XPath: walking every element's text in Python cost a page 1 ms)."""
    seen: set[lxml.html.HtmlElement] = set()
    for piece in root.xpath(".//text()[contains(., $text)]", text=text):
        owner = piece.getparent()
        if piece.is_tail:
            owner = owner.getparent()
        if owner is not None and owner not in seen and owner.tag not in ("a", "script", "style"):
            seen.add(owner)
            yield owner


def _width(text: str) -> int:
    """Columns on screen: a Han character takes two, a Latin letter one."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text.strip())


def _information_table_title(tree: lxml.html.HtmlElement) -> str | None:
    """The document's name a 政府信息公开 information table gives (名称 / 标题, in a cell of its own or with
    its value), for a page with no heading for its headline and a <title> of the site's name."""
    value = _information_table_field(tree, lexicon.INFORMATION_TABLE_TITLE)
    return value if value and len(value) >= lexicon.MIN_INFORMATION_TABLE_TITLE_CHARS else None


def _information_table_field(tree: lxml.html.HtmlElement, label: re.Pattern[str]) -> str | None:
    """The value of the first field a 政府信息公开 information table labels so: after the label's colon in its
    cell, or in the cell after the label's, unless that cell is the next field's label (the value left out)."""
    for table in _information_tables(tree):
        cells = [_text(cell) for cell in table.iter("td", "th")]
        for cell, following in itertools.zip_longest(cells, cells[1:], fillvalue=""):
            if match := label.match(cell):
                return match["value"] or (None if _is_information_table_label(following) else following)
    return None


def _information_tables(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The information tables in the tree, in document order: tables holding MIN_INFORMATION_TABLE_FIELDS cells that
    are a field's label, each cell's text read once and counted for every table it sits in (a layout table's cells
    hold the tables inside it, and reading them again for each of those tables cost a page half a millisecond)."""
    labels: dict[lxml.html.HtmlElement, int] = {}
    for cell in tree.iter("td", "th"):
        if _is_information_table_label(text_content(cell)):
            for table in cell.iterancestors("table"):
                labels[table] = labels.get(table, 0) + 1
    if not labels:
        return []  # most pages
    return [table for table in tree.iter("table") if labels.get(table, 0) >= lexicon.MIN_INFORMATION_TABLE_FIELDS]


def _is_information_table_label(cell: str) -> bool:
    # A label's letters closed up: templates space them to one width (索 引 号：, 名　　称：).
    return lexicon.INFORMATION_TABLE_LABEL.match("".join(cell.split()).rstrip(":：") + "：") is not None


def _entry_name(tree: lxml.html.HtmlElement, page_title: str | None) -> str | None:
    """An encyclopedia entry's name, which is its title: the text of an h1 (else h2) that the <title>
    opens with, then a separator and a site's name ("蔡健雅_百度百科", "金锺国 - 维基百科，自由的百科全书";
    a wiki heading's [编辑] link is no part of it). Such a heading is often too short for a headline and
    its info lines are the wiki's, so it names the page without being its headline element. A logo is a
    link, and no entry; nor is a site's name before a headline ("新华网 - 某地召开新闻发布会")."""
    body = tree.find("body")
    if body is None or not page_title:
        return None
    title = " ".join(page_title.split())
    for heading in body.iter(*HEADLINE_TAGS):
        name = lexicon.HEADING_EDIT_LINK.sub("", _text(heading))
        after = lexicon.TITLE_SEGMENT_SEPARATOR.match(title, len(name)) if title.startswith(name) else None
        site = title[after.end():] if after is not None else ""
        if (len(name) >= lexicon.MIN_ENTRY_NAME_CHARS and len(site) <= lexicon.MAX_SITE_NAME_CHARS
                and lexicon.SITE_SUFFIX_WORDS.search(site) is not None and not lexicon.SITE_SUFFIX_WORDS.search(name)
                and not _is_a_link(heading, name)):
            return name
    return None


def _links_home(element: lxml.html.HtmlElement, text: str) -> bool:
    """Whether the element's text is a link's to the site's home page (lexicon.HOME_LINK): a logo's."""
    return any(lexicon.HOME_LINK.match(link.get("href", "").strip()) for link in _links_of(element, text))


def _is_a_link(element: lxml.html.HtmlElement, text: str) -> bool:
    """Whether the element's text is a link's (a logo, a list's item)."""
    return any(True for _ in _links_of(element, text))


def _links_of(element: lxml.html.HtmlElement, text: str) -> Iterator[lxml.html.HtmlElement]:
    """The links whose text the element's is: those it sits in, and those inside it holding that text."""
    yield from element.iterancestors("a")
    yield from (link for link in element.iter("a") if _text(link) == text)


def _headline_by_class(body: lxml.html.HtmlElement, title: str) -> lxml.html.HtmlElement | None:
    """On a page whose <title> only names the site, or that has none of its own, and whose headline is in no
    heading, the first element
    the template names for it (class or id title, bt, biaoti: <div class="title">, <td class="bt"><b>…</b></td>)
    that holds a headline's text alone: longer than a block's heading, no sentence's end, no link."""
    for named in body.xpath(HEADLINE_CLASS_XPATH, namespaces=EXSLT_REGULAR_EXPRESSIONS):
        element = _headline_in_box(named)
        text = _text(element)
        if (lexicon.BLOCK_HEADING_MAX_CHARS < len(text) <= lexicon.MAX_NAMED_HEADLINE_CHARS and text not in title
                and not lexicon.SENTENCE_END.search(text) and not lexicon.BREADCRUMB_HEADING.search(text)
                and not any(_text(link) == text for link in element.iter("a"))):
            return element
    return None


def _headline_in_box(box: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """An element named for the title may be a box holding the info area under the headline (中国青年网's
    <div class="page_bt"><p class="pbt">…</p><p class="pwz">发稿时间：… 来源：…</p></div>, a city site's
    <div class="detil-new-title"><div>…</div><ul><li>来源：新华社</li>…</ul></div>): its first child with text,
    when each one after it is an info line's (a date or a field)."""
    children = [child for child in box if isinstance(child.tag, str) and _text(child)]
    if len(children) > 1 and all(lexicon.INFO_FIELD_OR_DATE.search(_text(child)) for child in children[1:]):
        return children[0]
    return box


def _headline_among_blocks(heading: lxml.html.HtmlElement, title: str) -> bool:
    """Whether an h3–h6 on a page whose <title> only names the site is its headline: not the site's
    or section's name, not a block's heading nor a breadcrumb (中国地理学会's h3 首页 - 新闻动态, then
    the h5 headline, then h4 联系我们), not a section's heading inside the text (虎嗅's h3 一、log10(10) under the h1
    双向复利 of "双向复利-虎嗅网", a <title> read as a section's and the site's name), not a link (a list's items are
    <h3><a>…</a></h3>)."""
    text = _text(heading)
    return (_is_no_block_crumb_or_section_heading(text) and text not in title
            and not any(_text(link) == text for link in heading.iter("a")))


def _is_no_block_crumb_or_section_heading(text: str) -> bool:
    """A heading's text longer than a block's heading (联系我们, 友情链接) that is no breadcrumb (首页 - 新闻动态) and
    opens with no section's number (一、log10(10)): what any heading taken for a headline must be."""
    return (len(text) > lexicon.BLOCK_HEADING_MAX_CHARS and not lexicon.BREADCRUMB_HEADING.search(text)
            and not lexicon.SECTION_NUMBER.match(text))


def _names_the_site_in(title: str, text: str) -> bool:
    """Whether a heading's text is the site's part of the <title>: its end ("… 松花江网"), or a part
    after the first separator ("对于Docker和Podman的一点使用经验 - 好看的hk - 博客园": the blog's name),
    shorter than the rest of it (in "中国政府网 - 关于…的通知" the end is the headline)."""
    return (len(text) < len(title) - len(text)
            and (title.endswith(text) or text in lexicon.TITLE_SEGMENT_SEPARATOR.split(title)[1:]))


class _Header(NamedTuple):
    """The elements after the headline that hold its info lines (date, source, author), and the lines."""

    elements: tuple[lxml.html.HtmlElement, ...]
    lines: tuple[str, ...]


def _header(headline: lxml.html.HtmlElement | None) -> _Header:
    if headline is None:
        return _Header((), ())
    elements: list[lxml.html.HtmlElement] = []
    lines: list[str] = []
    following = (el for el in headline.itersiblings() if isinstance(el.tag, str))
    for sibling in itertools.islice(following, HEADLINE_INFO_SIBLINGS):
        texts = list(_own_texts(sibling))
        if any(len(text) > MAX_INFO_LINE_CHARS for text in texts) or _holds_a_data_table(sibling):
            break  # the article text has begun
        elements.append(sibling)
        lines.extend(texts)
    return _Header(tuple(elements), tuple(lines))


def _info_lines(header: _Header) -> tuple[str, ...]:
    """The lines of the info area's elements above the first that begins the text: one holding a
    sentence, a document's number, its addressees or an attachment (a short notice's container, which
    the info area runs into when its lines are short; a notice whose text is its attachment). Its
    links' texts are among them (a WeChat account's name, sina's source)."""
    lines: list[str] = []
    for element in header.elements:
        texts = list(_own_texts(element))
        link_texts = [link_text for link in element.iter("a") if (link_text := _text(link))]
        # An attachment is a link (<a href="….pdf">名单.pdf</a>), which the element's own texts leave out.
        if (any(_begins_the_text(text) or clean.document_number(text) for text in texts)
                or any(lexicon.ATTACHMENT_LINE.search(text) for text in link_texts) or _holds_verse(texts)):
            break
        lines.extend(texts)
        lines.extend(link_texts)
    return tuple(lines)


def _holds_verse(texts: list[str]) -> bool:
    """More lines than an info area's element holds, none a field or a date: verse, or a text of short lines
    with no sentence's punctuation, under its headline (a paper's supplement's poem). An info area's element
    holds its date (the stored pages' hold at most eight lines, and a date among them)."""
    return len(texts) > MAX_INFO_ELEMENT_LINES and not any(lexicon.INFO_FIELD_OR_DATE.search(text) for text in texts)


def _holds_a_data_table(element: lxml.html.HtmlElement) -> bool:
    """A table of data (a 行政处罚 decision's fields, a 公示's projects) is the text, however short its
    cells: its 法定代表人's name is no byline."""
    return any(map(_is_table_of_the_text, element.iter("table")))


def _is_table_of_the_text(table: lxml.html.HtmlElement) -> bool:
    """A table of data, and not a 政府信息公开 information table (索引号, 发布机构, 文号…), which is the
    page's info area, read as such and out of the text."""
    return is_data_table(table) and not _is_information_table(table)


def _is_information_table(table: lxml.html.HtmlElement) -> bool:
    return table in _information_tables(table)


def _marks_the_source(element: lxml.html.HtmlElement) -> bool:
    return isinstance(element.tag, str) and bool(
        lexicon.SOURCE_MARK.search(f"{element.get('class', '')} {element.get('id', '')}"))


def _marked_source(header: _Header) -> str | None:
    """The source an info line names without a label, in the element its template marks as the
    source (sina's <a class="source">新京报</a> after the date, ifeng's sourceTitleText, 腾讯's a_source,
    百家号's index_source, a "source_baidu" span): the first such element under the headline whose text is
    a name, not a date line or a button. Of marked elements inside one another the innermost is read:
    ifeng's sourceTitle box holds its sourceTitleText name and an app prompt."""
    innermost = (element for root in header.elements for element in root.iter()
                 if _marks_the_source(element) and not any(map(_marks_the_source, element.iterdescendants())))
    for element in innermost:
        name = _without_origin_label(_text(element))
        if (lexicon.SOURCE_NAME.fullmatch(name) and not attribution.names_no_one(name)
                and not lexicon.NAVIGATION_ANCHOR_PATTERN.match(name)):
            return name
    return None


def _paragraphs(root: lxml.html.HtmlElement) -> Iterator[str]:
    """The lines a reader sees in an element: the words of inline links and emphasis inside their
    sentence (the element's own texts leave links out), a block or a <br> starting a new line."""
    line: list[str] = []

    def flush() -> Iterator[str]:
        if text := " ".join("".join(line).split()):
            yield text
        line.clear()

    walk = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        tag = element.tag if isinstance(element.tag, str) else None
        if event == "start":
            if tag in ("script", "style"):
                walk.skip_subtree()
            else:
                if tag not in INLINE_TAGS or tag == "br":
                    yield from flush()
                line.append(element.text or "")
            continue
        if tag not in INLINE_TAGS:
            yield from flush()
        if element is not root:
            line.append(element.tail or "")
    yield from flush()


def _text_under_headline(headline: lxml.html.HtmlElement | None, header: tuple[str, ...]) -> Iterator[str]:
    """The paragraphs that follow the headline in its container, without the info lines among them.
    On a page of short paragraphs the info area runs into the text: a sentence, a document's
    addressees or an attachment always stay, and so does every line after them (a notice's issuer
    and date)."""
    if headline is None:
        return
    # A set: on a page of short paragraphs the info area's lines run into the thousands.
    info = frozenset(map(clean.without_spaces, header))
    text_began = False
    for sibling in headline.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        for line in _paragraphs(sibling):
            text_began = text_began or _begins_the_text(line)
            if text_began or clean.without_spaces(line) not in info:
                yield line


def _begins_the_text(line: str) -> bool:
    """A line no info area holds: a sentence, a document's addressees, an attachment, a law's note of its adoption
    or a part of a document opening with its number (（2021年10月29日…会议通过）, 第一章 总则, 一、总体要求 set
    as paragraphs of their own right under the headline)."""
    return (_reads_as_prose(line) or lexicon.ADDRESSEE_LINE.match(line) is not None or lexicon.ATTACHMENT_LINE.search(line) is not None
            or lexicon.DOCUMENT_ADOPTION_NOTE.match(line) is not None or lexicon.DOCUMENT_PART.match(line) is not None
            or lexicon.SECTION_NUMBER.match(line) is not None)


def _tables_written_as_rows(text: str, root: lxml.html.HtmlElement) -> str:
    """A table of data written a cell per line, as trafilatura's second reading of a short text's whole
    page and the lines under the headline write it, is written in rows again, as trafilatura's first
    reading writes them (| 序号 | 姓名 | 单位 |): a row's cells belong together, and an empty or dash
    cell (—) keeps the others in their columns."""
    lines = [line.strip() for line in text.split("\n")]
    alone = frozenset(lines)
    for table in root.iter("table"):
        # Most tables are not written so: their first cell is no line of its own, and they are not read further.
        first = next((cell_text for cell in table.iter("td", "th") if (cell_text := _text(cell))), None)
        if first not in alone or not _is_table_of_the_text(table):
            continue
        rows = [[_text(cell) for cell in row if cell.tag in ("td", "th")] for row in table.iter("tr")]
        cells = [cell for row in rows for cell in row if cell]
        start = next((index for index, line in enumerate(lines)
                      if line == cells[0] and lines[index:index + len(cells)] == cells), None)
        if start is not None:
            lines[start:start + len(cells)] = [" ".join(f"| {' | '.join(row)} |".split()) for row in rows if row]
    return "\n".join(lines)


# Private-use characters: icon-font glyphs, and what GB18030 decodes some old pages' indenting to
# (0xA3A0 -> U+E5E5). trafilatura writes them as spaces.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# Elements trafilatura writes as one line, whatever they hold: table cells, list items, and an <article>
# when its text is short (under trafilatura's 250 characters its baseline rescue takes the element's text
# whole, the headline and info line with the paragraphs).
FLATTENING_TAGS = ("td", "th", "li", "article")
# What starts a paragraph of its own inside a table cell or a list item.
PARAGRAPH_BLOCK_TAGS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6")


def _flattened_blocks(root: lxml.html.HtmlElement, text: str) -> tuple[tuple[str, ...], ...]:
    """The paragraphs of the table cells, list items and <article>s that trafilatura wrote as one line
    each in `text`: an article laid out in a table's cell (old portals and forums), a main column in an
    <li> (观察者网's <ul class="two-coloum"><li class="left-main">), a short post's <article> whole. For
    each long cell, item or one-line text, the innermost element holding two or more blocks of text in
    which its beginning is found; only those are read for their paragraphs (nested layout tables would
    have each level read again)."""
    lines = text.split("\n")
    pieces = [piece for line in lines for piece in _flattened_pieces(line)] or (lines if len(lines) == 1 else [])
    beginnings = {beginning for piece in pieces
                  if len(beginning := clean.without_spaces(piece)[:lexicon.PARAGRAPH_HEAD_CHARS]) == lexicon.PARAGRAPH_HEAD_CHARS}
    if not beginnings:
        return ()
    holders = [(folded, element) for element in root.iter(*FLATTENING_TAGS)
               if len(folded := clean.without_spaces(_PRIVATE_USE.sub("", text_content(element)))) >= lexicon.FLATTENED_BLOCK_MIN_CHARS
               and any(beginning in folded for beginning in beginnings) and _holds_paragraphs(element)]
    chosen: dict[int, lxml.html.HtmlElement] = {}
    for beginning in beginnings:
        innermost = min(((len(folded), element) for folded, element in holders if beginning in folded),
                        key=lambda sized: sized[0], default=None)
        if innermost is not None:
            chosen.setdefault(id(innermost[1]), innermost[1])
    return tuple(tuple(_PRIVATE_USE.sub(" ", paragraph) for paragraph in _paragraphs(element)) for element in chosen.values())


def _flattened_pieces(line: str) -> list[str]:
    """A long table row's cells or a long list item's text, as trafilatura writes them."""
    if (cells := clean.table_cells(line)) is not None:
        return [cell for cell in cells if len(cell) >= lexicon.FLATTENED_BLOCK_MIN_CHARS]
    if line.startswith(clean.LIST_ITEM_MARKER) and len(line) >= lexicon.FLATTENED_BLOCK_MIN_CHARS:
        return [line.removeprefix(clean.LIST_ITEM_MARKER)]
    return []


def _holds_paragraphs(element: lxml.html.HtmlElement) -> bool:
    inner_blocks = itertools.islice((child for child in element.iter(*PARAGRAPH_BLOCK_TAGS) if child is not element), 2)
    return sum(1 for _ in inner_blocks) == 2


def _misses_the_article(text: str, under_headline: Iterator[str]) -> bool:
    """trafilatura chose another block (a sidebar) when none of the first paragraphs under the headline
    is in its text (one may be a promotion the extraction rightly left out). Read without lower-case Latin words: a
    copy writes pinyin into each occurrence at random, bracketed or bare, so a summary under the headline and the same
    lead in the text differ in it (中国日报's h2, annotated otherwise or not at all), and the text had been given up for
    the summary alone."""
    leads = list(itertools.islice(filter(_reads_as_prose, under_headline), LEAD_PARAGRAPHS))
    if not leads:
        return False
    folded = _without_lower_case_latin(text)
    return not any(_without_lower_case_latin(lead)[:LEAD_PARAGRAPH_CHARS] in folded for lead in leads)


def _without_lower_case_latin(text: str) -> str:
    return clean.without_spaces(lexicon.LOWER_CASE_LATIN_RUN.sub("", text))


# The lines under a headline read for a brief or a short notice: more than any such text has.
MAX_LINES_UNDER_A_BRIEF_HEADLINE = 200
# A video or photo story shows its video or picture in one of the first elements after its headline (the
# info line's, then the text's), with its caption beside it.
MEDIA_STORY_SIBLINGS = 4
MEDIA_TAGS = ("video", "embed", "object", "img")
# The element holding them has at most this many links: a story's share bar and related links, not an index's entries.
MAX_MEDIA_STORY_LINKS = 100


def _holds_a_brief(headline: lxml.html.HtmlElement | None, header: tuple[str, ...], anchors: clean.LinkTexts) -> bool:
    """The headline's container is no list of links (a column's heading over its entries is) and the
    lines under the headline hold a news brief's worth (lexicon.MIN_BRIEF_CHARS) of sentences that are
    no link's text and tables of data (a 公示's names), or a notice signed by its issuer however short
    (a 任免通知's two sentences, then 某某市生态环境局 / 2024年5月12日)."""
    if headline is None or (container := headline.getparent()) is None:
        return False
    # (A brief is short: what an index holds under its heading, its thousands of entries, is not read through.)
    under = list(itertools.islice(_text_under_headline(headline, header), MAX_LINES_UNDER_A_BRIEF_HEADLINE))
    prose = (len(clean.without_spaces(line)) for line in under
             if _reads_as_prose(line) and " ".join(line.split()) not in anchors)
    data = (len(clean.without_spaces(table.text_content())) for sibling in headline.itersiblings()
            if isinstance(sibling.tag, str) for table in sibling.iter("table") if _is_table_of_the_text(table))
    # A notice's sentence may be short enough to be taken for the info area's (现将…情况予以公告。), which then
    # holds the whole notice: its signature is looked for there too, and only when no brief's worth is found.
    # The container's structure last: on an index it may be the whole page.
    return ((sum(prose) + sum(data) >= lexicon.MIN_BRIEF_CHARS or clean.is_signed_notice("\n".join(under))
             or clean.is_signed_notice("\n".join(header)) or _publishes_its_attachments(headline, under))
            and not link_structure(container).is_link_list)


def _is_media_story(headline: lxml.html.HtmlElement | None, anchors: clean.LinkTexts) -> bool:
    """A video or photo story: in one of the elements after the headline, a video or a picture that is no
    link's (a list's thumbnails are) and a sentence that is no link's text, its caption (10月11日，我区开展
    秋季森林防火应急演练。), however short; neither that element nor the one holding it and the headline a
    list of links (a topic page's banner and introduction above its entries, a list's "new" icons beside
    its entries' summaries)."""
    if headline is None:
        return False
    # (After the headline's wrapper when it stands alone in one: <div class="title"><h2>…</h2></div>.)
    block = _headline_block(headline)
    following = (element for element in block.itersiblings() if isinstance(element.tag, str))
    for element in itertools.islice(following, MEDIA_STORY_SIBLINGS):
        # (Its links counted first: an index's thousands of entries are neither read as lines nor measured as a list.)
        if (_shows_media(element) and _holds_few_links(element)
                and any(_is_caption(line) and line not in anchors for line in _paragraphs(element))
                and not link_structure(element).is_link_list):
            container = block.getparent()
            return container is None or not link_structure(container).is_link_list
    return False


def _shows_media(element: lxml.html.HtmlElement) -> bool:
    """A video or a picture that is no link's."""
    return any(not any(ancestor.tag == "a" for ancestor in media.iterancestors()) for media in element.iter(*MEDIA_TAGS))


def _holds_few_links(element: lxml.html.HtmlElement) -> bool:
    return sum(1 for _ in itertools.islice(element.iter("a"), MAX_MEDIA_STORY_LINKS + 1)) <= MAX_MEDIA_STORY_LINKS


def _is_caption(line: str) -> bool:
    return prose_chars(line, lexicon.SENTENCE_END) > 0


def prose_chars(line: str, punctuation: re.Pattern[str] = lexicon.PROSE_PUNCTUATION) -> int:
    """The line's visible characters when it is prose (MIN_PROSE_RUN_CHARS of them, with the punctuation), else 0."""
    chars = len(clean.without_spaces(line))
    return chars if chars >= MIN_PROSE_RUN_CHARS and punctuation.search(line) else 0


def _publishes_its_attachments(headline: lxml.html.HtmlElement, under: list[str]) -> bool:
    """A document's headline (关于公布…名单的通知) over an attachment: a notice whose document is its attachment."""
    return (lexicon.DOCUMENT_HEADLINE.search(_text(headline)) is not None
            and any(lexicon.ATTACHMENT_LINE.search(line) for line in under))


def _buries_the_article(text: str, under_headline: list[str], anchors: clean.LinkTexts) -> bool:
    """trafilatura, reading the whole page again for a short text, wrote its menus and lists around it
    (most of its text is links': the caller asks that first), the lines under the headline hold a
    sentence and few links, and every line of its text with sentence punctuation that is no link is
    among them (a poem set elsewhere on the page than its heading is not buried)."""
    if not any(map(_reads_as_prose, under_headline)):
        return False
    under = clean.without_spaces("".join(under_headline))
    sentences = (folded for line in text.splitlines()
                 if lexicon.SENTENCE_PUNCTUATION.search(line) and " ".join(line.split()) not in anchors
                 and (folded := clean.without_spaces(line)))
    return (clean.link_text_share("\n".join(under_headline), anchors) <= clean.MAX_LINK_TEXT_SHARE
            and all(folded[:LEAD_PARAGRAPH_CHARS] in under for folded in sentences))


def _region_texts(headline: lxml.html.HtmlElement | None,
                  owned: list[tuple[lxml.html.HtmlElement, str]]) -> list[str]:
    """The page's own texts that lie in the headline's container (picked out of the page's, not
    read again: the container may be most of the page)."""
    container = headline.getparent() if headline is not None else None
    if container is None:
        return []
    inside = set(container.iter())
    return [own for element, own in owned if element in inside]


def _region_text(headline: lxml.html.HtmlElement | None, owned: list[tuple[lxml.html.HtmlElement, str]],
                 own_texts: list[str], text: str) -> str:
    """The headline's container, widened to the nearest one that also holds where the main text
    begins: a document site's heading box and text box are siblings, and its preview's end sits
    in the second. Only REGION_WIDENING_LEVELS up, never to the page's wrapper, whose sidebars may
    offer a VIP or a login of their own."""
    container = headline.getparent() if headline is not None else None
    if container is None:
        return ""
    start = _text_start(own_texts, text)
    if start is not None:
        holds_start = {owned[start][0], *owned[start][0].iterancestors()}
        widened = container
        for _ in range(REGION_WIDENING_LEVELS):
            if widened in holds_start or (parent := widened.getparent()) is None or parent.tag == "body":
                break
            widened = parent
        if widened in holds_start:
            container = widened
    return "\n".join(container.itertext())


def _labelled(lines: tuple[str, ...], pattern: re.Pattern[str], group: str = "value") -> str | None:
    for line in lines:
        match = pattern.search(line)
        # A field the CMS left empty: what follows its label is the next field's label (来源： 发布时间：…).
        if match and line[match.end(group):match.end(group) + 1] not in (":", "："):
            value = lexicon.HEADER_FIELD_BOUNDARY.split(match[group], maxsplit=1)[0].strip(" :：/|｜")
            if value:
                return value
    return None


def _labelled_document_number(lines: list[str]) -> str | None:
    """发文字号：吉政明电〔2022〕1号, in a government document's information table; a label in a cell of
    its own (行政处罚决定书文号) has its value in the next."""
    for line, following in itertools.pairwise([*lines, ""]):
        if field := lexicon.DOCUMENT_NUMBER_FIELD.search(line):
            number = lexicon.DOCUMENT_NUMBER.match(line[field.end():] or following)
            if number and (found := clean.document_number(number[0])):
                return found
    return None


def _labelled_lines(own_texts: list[str]) -> Iterator[str]:
    """Short text lines, a label alone ("发文机关：") joined to the value that follows it; not to a
    field of its own (an empty "来源：" before "作者：张三" names no source 作者), nor to a sentence (an
    empty "作者：" closing the info area names no author the text's first words)."""
    pending = ""
    for own in own_texts:
        for line in own.splitlines():
            # Icon-font glyphs (private-use characters) sit between labels and values.
            line = " ".join(_PRIVATE_USE.sub(" ", line).split())
            if _is_label(line):
                pending = line
                continue
            if lexicon.FIELD_LINE.match(line) or _reads_as_prose(line):
                pending = ""
            line, pending = pending + line, ""
            if line and len(line) <= MAX_AUTHOR_LINE_CHARS:
                yield line


# The patterns a byline line is read with (_byline_names).
_BYLINE_PATTERNS = (lexicon.LABELLED_AUTHOR, lexicon.BYLINE_LINE, lexicon.BRACKETED_BYLINE, lexicon.BYLINE_INLINE,
                    lexicon.NAMES_SLASH_OUTLET, lexicon.PHOTO_REPORT_BYLINE, *lexicon.ORAL_ACCOUNT_BYLINES)


@functools.cache
def _byline_word_finder() -> Any:
    return required_strings_finder(_BYLINE_PATTERNS)


def _byline_names(line: str) -> str | None:
    """The names a byline line gives: "作者：…", "文/图 …", "新京报记者 裴剑飞", "[ 黄宇 ] 来源：…"; not
    a label read as a name (an empty "作者：" before "责任编辑："), so that the search goes on."""
    line = attribution.closed_up_names(line)
    # Most of a page's lines hold none of the words a byline needs (记者, 作者, a colon…): one automaton's pass
    # rules them out, where each pattern would read them (a third of a millisecond a page).
    if not may_hold_a_match(_byline_word_finder(), line):
        return None
    if names := attribution.credit_line_authors(line):
        return names
    if match := lexicon.LABELLED_AUTHOR.search(line):
        names = lexicon.HEADER_FIELD_BOUNDARY.split(match["names"], maxsplit=1)[0].strip()
        # The names end at a bracket, which a hijack's value runs on past: 作者：yy易游体育(中国)官方网站.
        value = line[match.start("names"):].split(maxsplit=1)[0]
        return None if attribution.names_no_one(names) or spam.is_spam(value) else names
    if match := lexicon.BYLINE_LINE.match(line) or lexicon.BRACKETED_BYLINE.search(line):
        return attribution.names_without_roles(match["names"])
    if match := lexicon.BYLINE_INLINE.search(line):
        return attribution.names_without_roles(match["names"] or match["names_at_end"])
    if (match := lexicon.NAMES_SLASH_OUTLET.match(line)) and lexicon.OUTLET_NAME.match(match["outlet"]):
        return attribution.names_without_roles(match["names"])
    return None


def _slashed_outlet(info_lines: tuple[str, ...]) -> str | None:
    """The outlet an info line names after its reporter without labels (石佳/中国青年报)."""
    matches = (lexicon.NAMES_SLASH_OUTLET.match(line) for line in info_lines)
    return next((match["outlet"] for match in matches if match and lexicon.OUTLET_NAME.match(match["outlet"])), None)


def _reads_as_prose(line: str) -> bool:
    return len(line) >= MIN_SENTENCE_LINE_CHARS and (lexicon.SENTENCE_PUNCTUATION.search(line) is not None
                                                     or lexicon.ASCII_SENTENCE_END.search(line) is not None)


def _header_author(header: tuple[str, ...]) -> str | None:
    """The byline among the info lines above the text's first sentence: past it, a name standing
    alone belongs to the cards under the article (sina's recommended stories name their authors)."""
    info = tuple(itertools.takewhile(lambda line: not _reads_as_prose(line), header))
    return next(filter(None, map(_byline_names, info)), None) \
        or next(filter(None, map(attribution.standalone_person_names, info)), None)


def _page_author(region_lines: list[str], page_lines: list[str], metas: dict[str, str]) -> str | None:
    """A short "作者：…", "记者 …" or "发文机关：…" line (`_labelled_lines` of the headline's container and of
    the page), for templates without a headline info area: in the headline's container first, so that
    a sidebar card's byline never wins over the article's; else a 来源 line naming a person; else a
    meta author that names people."""
    for lines in (region_lines, page_lines):
        if names := next(filter(None, map(_byline_names, lines)), None):
            return names
        for line in lines:
            if match := lexicon.ISSUING_ORGAN.search(line):
                return lexicon.HEADER_FIELD_BOUNDARY.split(match["names"], maxsplit=1)[0].strip()
    for line in page_lines:
        # "来源：尹娟": small sites name the reporter as the source (as clean_page reads the header's).
        if (match := lexicon.HEADER_ORIGIN.search(line)) and (names := attribution.standalone_person_names(match["value"])):
            return names
    meta = _first_meta(metas, AUTHOR_META_NAMES)
    names = attribution.closed_up_names(" ".join(META_NAME_SEPARATOR.split(meta))) if meta else None
    return names if names and attribution.is_person_names(names) else None


def _view_count(lines: tuple[str, ...], date_line: int | None) -> int | None:
    labelled = _labelled(lines, lexicon.HEADER_VIEWS)
    if labelled:
        return int(labelled)
    # A bare number right after the date line is the view count on many portal templates.
    if date_line is not None and date_line + 1 < len(lines) and lines[date_line + 1].isdigit():
        return int(lines[date_line + 1])
    return None


# How many of the page's texts after a document's or an update's date a label of publication is looked
# for in: a 政府信息公开 table's 成文日期 comes six or eight cells before its 发布日期.
PUBLICATION_DATE_LOOKAHEAD = 12


def _date(metas: dict[str, str], own_texts: list[str], header: tuple[str, ...], url: str,
          now: datetime) -> tuple[datetime | None, int | None]:
    """(publication time, index of its line in the header area): CMS meta tags, then a labelled
    date line anywhere (发布时间:… before a 成文日期:… or 更新时间:… just above it), then the first date
    in the headline's info area, then a labelled
    date there with a short year or none (`parse_short_labelled_date`). A meta tag's day
    without a time takes the time the info area gives that day (人民网: "2019-06-15" in its meta,
    "2019年06月15日08:18" under the headline), or else Founder's comment of the article's fields (中国网:
    "2024-05-20" in its meta, 2024-05-20 09:37:04 in the comment), which is read last when nothing else dates
    the page."""
    founders = parse_chinese_datetime(metas.get(FOUNDER_DATE, ""), now=now)
    for name in DATE_META_NAMES:
        if name in metas and (found := parse_chinese_datetime(metas[name], now=now)):
            if precision_of(found) == DAY:
                for index, line in enumerate(header):
                    timed = parse_chinese_datetime(line, now=now)
                    if timed and precision_of(timed) != DAY and same_day(timed, found):
                        return timed, index
                if founders and precision_of(founders) != DAY and same_day(founders, found):
                    return founders, None
            return found, None
    # A label may stand in a cell of its own before its value (a 政府信息公开 table's 发布日期： | 2024年03月05日).
    labelled = [(own, own + following if _is_label(own) else own)
                for own, following in itertools.zip_longest(own_texts, own_texts[1:], fillvalue="")]
    for index, (own, line) in enumerate(labelled):
        if not (found := parse_chinese_datetime(line, labelled=True, now=now)):
            continue
        # A document's 成文日期 or a page's 更新时间 yields to a label of publication on its line or just
        # after it (the same table), not to one far below (a comment's 发表时间).
        for near_own, near_line in labelled[index:index + 1 + PUBLICATION_DATE_LOOKAHEAD]:
            if published := parse_chinese_datetime(near_line, labelled=True, published=True, now=now):
                return published, header.index(near_own) if near_own in header else None
        return found, header.index(own) if own in header else None
    own_lines = [(index, line) for index, line in enumerate(header) if not lexicon.HEADER_OTHER_ARTICLE_DATE.search(line)]
    for index, line in own_lines:
        if found := parse_chinese_datetime(line, now=now):
            return found, index
    known = [found for name, value in metas.items()
             if ("date" in name or "time" in name) and (found := parse_chinese_datetime(value, now=now))]
    for index, line in own_lines:
        # The time may sit in the next element (百家号: <span>发布时间：10-08</span><span>12:00</span>).
        clock = header[index + 1] if index + 1 < len(header) and BARE_CLOCK.fullmatch(header[index + 1]) else ""
        if found := parse_short_labelled_date(f"{line} {clock}", url, now, known):
            return found, index
    return founders, None


def _text_start(own_texts: list[str], text: str) -> int | None:
    """Index of the page's own text where the main text begins."""
    first_line = next((folded for line in text.splitlines() if len(folded := clean.without_spaces(line)) >= TEXT_START_CHARS), "")
    return next((i for i, own in enumerate(own_texts) if first_line[:TEXT_START_CHARS] in clean.without_spaces(own)),
                None) if first_line else None


def _date_before_text(own_texts: list[str], text: str, now: datetime) -> datetime | None:
    """The date closest above where the main text begins; else one in its first line or just below
    it (when that line is the headline)."""
    start = _text_start(own_texts, text)
    if start is None:
        return None
    # Above first: the text's own first paragraph often dates the event ("于2月12日23时16分逝世"),
    # the line above it the page.
    above = reversed(own_texts[max(0, start - DATE_LOOKBACK_ELEMENTS):start])
    # Below, a line of page furniture ("发表于:2005-07-31 12:30" under a blog post), not the next
    # paragraph: its dates are those of the events it tells ("2009年5月14日在南京逝世").
    below = [own_texts[start], *(own for own in own_texts[start + 1:start + 1 + DATE_LOOKAHEAD_ELEMENTS]
                                 if not _reads_as_prose(own))]
    for own in itertools.chain(above, below):
        if found := parse_chinese_datetime(own, now=now):
            return found
    return None


def _script_texts(tree: lxml.html.HtmlElement) -> Iterator[str]:
    return (script.text or "" for script in tree.iter("script"))


def _htmldate(tree: lxml.html.HtmlElement, url: str, now: datetime) -> datetime | None:
    """Last resort: htmldate's quick search (URL path, markup) with its extensive search off, which
    would take years from copyright footers and dates from links to other articles."""
    found = htmldate.find_date(tree, url=url, extensive_search=False, original_date=True,
                               max_date=now.strftime("%Y-%m-%d"))
    return parse_chinese_datetime(found, now=now) if found else None


def _wrap_loose_text_runs(tree: lxml.html.HtmlElement) -> None:
    """Put runs of text that trafilatura would drop into paragraphs of their own, as a browser lays them out.

    - Inside an inline element that holds blocks, each run of text and inline elements between the blocks.
      Text pasted from Word nests its paragraphs in <font> and <span> and goes on in inline runs beside them
      (<font><span><p>…现任董事长。</p></span><font><span>1956</span><span>年生人，…</span></font></font>);
      trafilatura drops such a run whole. Links are left as they are.
    - Inside a container (<div>, <section>), the run its text opens, up to its first line break or block
      (<div class="news_txt">此前，发烧…<u>…</u>。<br>…). trafilatura reads a container's own text only when
      the document's paragraphs hold little text (its min_extracted_size, counted over every <p> of the
      page, a footer's and a copy site's disclaimer's too); otherwise a text written in loose lines loses
      its first. The runs after the breaks are line breaks' tails, which it keeps.

    Only runs with a clause's worth of Han characters (LOOSE_RUN_MIN_HAN_CHARS)."""
    elements = list(tree.iter())  # parse_html drops comments and processing instructions: elements only
    holds_block: set[lxml.html.HtmlElement] = set()
    for element in reversed(elements):  # children before their parents
        parent = element.getparent()
        if parent is not None and (not _is_inline(element.tag) or element in holds_block):
            holds_block.add(parent)
    for parent in elements:
        tag = parent.tag
        if tag in CONTAINERS_DROPPING_THEIR_TEXT:
            # Most containers open with a block: no run.
            if len(parent) and (_is_inline(parent[0].tag) or (parent.text and not parent.text.isspace())):
                _wrap_opening_run(parent, holds_block)
        elif parent in holds_block and _is_inline(tag) and tag != "a":
            _wrap_runs_between_blocks(parent, holds_block)


def _wrap_opening_run(container: lxml.html.HtmlElement, holds_block: set[lxml.html.HtmlElement]) -> None:
    """Only a run that reads as the first of the container's lines: a sentence's end and a clause's worth of Han
    characters outside links (a related story's link with its date, a footer's copyright and licence numbers are
    no text's), then a line break or block and more text. A container holding one run is a paragraph, which
    trafilatura reads or recovers whole; wrapping it would add to the page's paragraphs' text and change what
    trafilatura reads of every other container."""
    run: list[lxml.html.HtmlElement] = []
    for child in container:
        if child.tag == "br" or not _is_inline(child.tag) or child in holds_block:
            break
        run.append(child)
    else:
        return  # one run: a paragraph
    own_text = (container.text or "") + "".join((part.tail or "") if part.tag == "a" else text_content(part) + (part.tail or "")
                                                for part in run)
    if clean.han_count(own_text) < lexicon.LOOSE_RUN_MIN_HAN_CHARS or not lexicon.SENTENCE_END.search(own_text):
        return
    if any(clean.han_count(text_content(later) + (later.tail or "")) for later in container[len(run):]):
        _put_in_a_paragraph(container, None, run)


def _wrap_runs_between_blocks(parent: lxml.html.HtmlElement, holds_block: set[lxml.html.HtmlElement]) -> None:
    # A run opens with the parent's text or a block's tail, and goes on over inline elements.
    opener: lxml.html.HtmlElement | None = None
    run: list[lxml.html.HtmlElement] = []
    for child in [*parent, None]:
        if child is not None and _is_inline(child.tag) and child not in holds_block:
            run.append(child)
            continue
        lead = (parent.text if opener is None else opener.tail) or ""
        if clean.han_count(lead + _run_text(run)) >= lexicon.LOOSE_RUN_MIN_HAN_CHARS:
            _put_in_a_paragraph(parent, opener, run)
        opener, run = child, []


def _put_in_a_paragraph(parent: lxml.html.HtmlElement, opener: lxml.html.HtmlElement | None,
                        run: list[lxml.html.HtmlElement]) -> None:
    """The run that opens with the parent's text (no opener) or the opener's tail, in a paragraph of its own."""
    lead = (parent.text if opener is None else opener.tail) or ""
    paragraph = lxml.html.Element("p")
    paragraph.text = lead
    if opener is None:
        parent.text = None
        parent.insert(0, paragraph)
    else:
        opener.tail = None
        opener.addnext(paragraph)
    paragraph.extend(run)


# Word's settings in a document pasted into a CMS editor: a data island (<xml>) that conditional
# comments hid until the editor stripped them, or its elements bare. Browsers show their values as
# text ("Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE", the author and word counts of
# <o:DocumentProperties>), and inside a paragraph trafilatura keeps them.
OFFICE_SETTINGS_TAGS = ("xml", "w:worddocument", "w:latentstyles", "o:documentproperties", "o:officedocumentsettings")


def _drop_office_settings(tree: lxml.html.HtmlElement) -> None:
    for element in list(tree.iter(*OFFICE_SETTINGS_TAGS)):
        element.drop_tree()


def _drop_text_no_one_sees(tree: lxml.html.HtmlElement) -> None:
    """Elements a browser draws where no reader sees them: placed a thousand pixels or more off the
    page (left:-9999px, text-indent:-9999px; `_is_off_screen`) or set in type of size 0, as hijacked pages hide the
    keywords they stuff in (the hidden-text forms search engines' guidelines name). A zero-size
    container with no text of its own, or whose children set their own size (the gap fix for inline
    blocks), stays, and so does
    display:none, behind which pages keep the rest of an article until 展开全文 is clicked. A forum's
    anti-copy junk goes too: Discuz! writes random characters between a post's lines, in a
    <font class="jammer"> its style sheet hides (7 I9 U) K# f% O) or a hidden <span> ("4 e7 A4 Z" n6 c%);
    trafilatura would drop the span as hidden but run the lines around it together."""
    for names in tree.xpath("//@class[contains(., 'jammer')]"):  # the attributes alone: a third of the time
        if "jammer" in names.split():
            names.getparent().drop_tree()
    for style in tree.xpath("//@style"):
        if (element := style.getparent()).tag in ("html", "body"):
            continue
        if _is_forum_jammer(element, style) or (lexicon.INVISIBLE_STYLE_HINT.search(style) and (
                _is_off_screen(style) or (lexicon.ZERO_FONT_SIZE_STYLE.search(style) and _has_text_of_its_own(element)
                                          and not any("font-size" in (child.get("style") or "") for child in element.iterdescendants())))):
            element.drop_tree()


def _is_forum_jammer(element: lxml.html.HtmlElement, style: str) -> bool:
    return (element.tag in ("span", "font") and not len(element) and lexicon.FORUM_JAMMER.fullmatch(element.text or "") is not None
            and lexicon.HIDDEN_STYLE.search(style) is not None)


def _has_text_of_its_own(element: lxml.html.HtmlElement) -> bool:
    """Text directly in the element, which takes its size: a container's children may take theirs
    from the style sheet."""
    return bool((element.text or "").strip() or any((child.tail or "").strip() for child in element))


def _is_off_screen(style: str) -> bool:
    offset = max((int(match["px"]) for match in lexicon.OFF_SCREEN_OFFSET.finditer(style)), default=0)
    width = max((int(match["px"]) for match in lexicon.STYLE_WIDTH.finditer(style)), default=0)
    return offset >= lexicon.MIN_OFF_SCREEN_PX and width < offset


# <input> types a visitor does not fill in: a form holding only these (and buttons) asks nothing.
UNFILLED_INPUT_TYPES = frozenset({"hidden", "submit", "button", "image", "reset"})


def _unwrap_forms_without_fields(tree: lxml.html.HtmlElement) -> None:
    """Make a <form> with no field a visitor fills in a plain container. trafilatura deletes a form
    holding less than half the page's text, as a search or login box; but a CMS may put the article
    in one: 博达 VSB's `<form name="_newscontent_fromname">` on many universities' and governments'
    sites, whose short notices were lost so. A form with a text box, a list or a choice to make is
    left to trafilatura."""
    for form in list(tree.iter("form")):
        fields = (field for field in form.iter("input", "textarea", "select")
                  if field.tag != "input" or (field.get("type") or "text").strip().lower() not in UNFILLED_INPUT_TYPES)
        if next(fields, None) is None:
            form.tag = "div"


def _drop_bookmarks(tree: lxml.html.HtmlElement) -> None:
    """Remove the empty anchors that mark a place to link to (汉斯 journals' <a name="reference"></a>参考文献, 百度百科's
    <a name="历史沿革"></a> beside each section's heading): no text and nowhere to go, they made trafilatura take the
    short heading beside them for a block of links and drop it."""
    for anchor in list(tree.iter("a")):
        if anchor.get("href") is None and not len(anchor) and not (anchor.text or "").strip():
            anchor.drop_tree()


# Real pages nest layout tables at most 8 deep (the 524 stored pages: CWCED's, magic-html's, GeneralNewsExtractor's,
# Gerapy's, cx-extractor-python's and the fixtures); a table deeper than four times that is a template opening one
# for each entry and never closing it (a guestbook of 600 entries nests 1,800 elements deep). trafilatura reads a
# table's descendants again for each table around them, which took it over 4 s on those 600 entries.
MAX_TABLE_NESTING = 32
TABLE_STRUCTURE_TAGS = ("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")


def _read_tables_nested_too_deep_as_blocks(tree: lxml.html.HtmlElement) -> None:
    """Make every table of a nest deeper than MAX_TABLE_NESTING, its rows and its cells plain containers, each
    cell's text a block of its own. The whole nest, from its outermost table: trafilatura drops the rows of a
    table whose last cell holds such blocks nested on (a guestbook's first entries were lost so)."""
    depths: dict[lxml.html.HtmlElement, int] = {}
    for table in list(tree.iter("table")):
        if table.tag != "table":
            continue  # a block already, in a nest made blocks
        outer = next(table.iterancestors("table"), None)
        depths[table] = depth = 1 + (depths[outer] if outer is not None else 0)
        if depth > MAX_TABLE_NESTING:
            outermost = list(table.iterancestors("table"))[-1]
            for element in list(outermost.iter(*TABLE_STRUCTURE_TAGS)):
                element.tag = "div"


def _is_inline(tag: str) -> bool:
    # Word's own elements (<o:p>) are inline.
    return tag in INLINE_TAGS or ":" in tag


def _run_text(run: list[lxml.html.HtmlElement]) -> str:
    return "".join(text_content(part) + (part.tail or "") for part in run)


def _link_texts(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """Each link's text, and each block's inside a card: a card (toutiao's, 网易's related galleries)
    is one link around a picture's label and a title's <p>, which the extraction writes as lines of
    their own, each wholly the link's. A bookmark (<a name="content">) or a link around a whole text
    (longer than MAX_CARD_CHARS) is no card: its paragraphs are the article's."""
    for anchor in tree.iter("a"):
        text = _text(anchor)
        yield text
        if anchor.get("href") is not None and len(text) <= lexicon.MAX_CARD_CHARS:
            for block in anchor.iterdescendants():
                if isinstance(block.tag, str) and block.tag not in INLINE_TAGS:
                    yield _text(block)


def extract(html: str, url: str, now: datetime, encoding: str = "utf-8") -> Extracted:
    """`encoding` is the page's: links with raw non-ASCII queries are encoded in it, as browsers do."""
    tree = parse_html(html, url)
    _drop_office_settings(tree)
    anchors = clean.LinkTexts(_link_texts(tree))
    # Links first: a carousel's slides wait off screen (left:-3600px) and lead to articles.
    links = html_links(tree, url, html, encoding)
    _drop_text_no_one_sees(tree)
    metas = _meta_values(tree) | _founder_properties(html)
    title_element = tree.find(".//title")
    page_title = _text(title_element) if title_element is not None else None
    if page_title and lexicon.EDITOR_DEFAULT_TITLE.fullmatch(page_title):
        page_title = None  # the page has no <title> of its own: its heading or first line is the headline
    headline, info = _unhijacked_headline(tree, page_title)
    # A page in Traditional characters labels its fields so (來源：, 責任編輯：): they are read in Simplified.
    in_traditional = any(lexicon.TRADITIONAL_LABEL.search(line) for line in info.lines)
    header = tuple(map(attribution.simplified_labels, info.lines)) if in_traditional else info.lines
    # Framesets and broken markup can leave no <body>: then the whole document is read.
    body = tree.find("body")
    structure = link_structure(body if body is not None else tree)
    declares_an_article = _declares_an_article(metas)
    # A brief under its headline beside lists longer than it: its page is read, not known as a list.
    # (Asked only of a page with little prose: an article's pictures have captions too.)
    media_story = structure.prose_chars < MIN_ARTICLE_PROSE_CHARS and _is_media_story(headline, anchors)
    brief_under_headline = structure.is_link_list and (media_story or _holds_a_brief(headline, header, anchors))
    if structure.is_link_list and not declares_an_article and not brief_under_headline:
        # No main text to look for: the extraction would cost seconds on an index of thousands of links.
        title = _first_meta(metas, TITLE_META_NAMES[:1]) or (_text(headline) if headline is not None else None) \
            or page_title
        return Extracted(title=title, page_title=page_title, text="", author=None, author_elsewhere=None,
                         origin=None, editor=None, keywords=None, summary=None, view_count=None,
                         sitename=_first_meta(metas, SITE_NAME_META_NAMES), published_at=None, header_lines=header,
                         article_region_text="", meta_text="", anchor_texts=anchors, flattened_blocks=(), links=links,
                         structure=structure)
    owned = list(_owned_texts(body if body is not None else tree))
    if in_traditional:
        owned = [(element, attribution.simplified_labels(own)) for element, own in owned]
    own_texts = [own for _, own in owned]
    published_at, date_line = _date(metas, own_texts, header, url, now)
    title = _first_meta(metas, TITLE_META_NAMES[:1]) or (_text(headline) if headline is not None else None) \
        or _entry_name(tree, page_title) or _information_table_title(tree) or _first_meta(metas, TITLE_META_NAMES[1:]) \
        or page_title
    _wrap_loose_text_runs(tree)
    _unwrap_forms_without_fields(tree)
    _read_tables_nested_too_deep_as_blocks(tree)
    _drop_bookmarks(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        # Metadata is read here from the page itself: trafilatura's own pass costs a sixth of the
        # chain and finds neither Chinese bylines nor Chinese date lines.
        with_metadata=False,
        include_comments=False,
        include_tables=True,
    )
    text = (document.text or "") if isinstance(document, Document) else ""
    # The lines under the headline are read in full only when trafilatura's text seems to miss them.
    if _misses_the_article(text, _text_under_headline(headline, header)):
        text = "\n".join(_text_under_headline(headline, header))
    elif (clean.link_text_share(text, anchors) > clean.MAX_LINK_TEXT_SHARE
          and _buries_the_article(text, under_headline := list(_text_under_headline(headline, header)), anchors)):
        text = "\n".join(under_headline)
    text = _tables_written_as_rows(text, body if body is not None else tree)
    if structure.prose_chars < MIN_ARTICLE_PROSE_CHARS and (
            scripted := article_in_script_data(_script_texts(tree), title)):
        # The page shows a shell its script fills in: the article is in the script's data.
        text = "\n".join(scripted)
    if published_at is None:
        published_at = script_published_time(_script_texts(tree), now)
    if published_at is None:
        published_at = _date_before_text(own_texts, clean.remove_link_lists(clean.unwrap_layout_tables(text, anchors), anchors), now)
    if published_at is None:
        # A time told relative to the fetch under the headline (3小时前, 昨天 08:00), where no date is stated.
        published_at = next(filter(None, (relative_time(line, now) for line in header
                                          if not lexicon.HEADER_OTHER_ARTICLE_DATE.search(line))), None)
    if published_at is None:
        published_at = url_compact_date(urlsplit(url).path, now) or _htmldate(tree, url, now)
    if published_at is None:
        published_at = resolve_yearless_date(text.lstrip(), url, now)
    if published_at is not None and precision_of(published_at) == DAY:
        # Yahoo's and 腾讯's pages state the day; their scripts, the minute and second.
        published_at = time_of_day_in_scripts(_script_texts(tree), published_at, now) or published_at
    # A label may stand in an element of its own before its value (ifeng's <span>来源：</span><span>新华网</span>).
    fields = tuple(_labelled_lines(list(header)))
    page_lines = list(_labelled_lines(own_texts))
    info_lines = _info_lines(info)
    return Extracted(
        title=title,
        page_title=page_title,
        text=text,
        author=_header_author(header),
        author_elsewhere=_page_author(list(_labelled_lines(_region_texts(headline, owned))), page_lines, metas)
        or _information_table_field(tree, lexicon.INFORMATION_TABLE_ISSUER) or None,
        origin=_labelled(fields, lexicon.HEADER_ORIGIN) or _meta_origin(metas) or _marked_source(info) or _slashed_outlet(info_lines),
        editor=_labelled(fields, lexicon.HEADER_EDITOR) or metas.get(f"{FOUNDER_PROPERTY_PREFIX}liability"),
        keywords=_labelled(header, lexicon.HEADER_KEYWORDS) or metas.get("keywords"),
        summary=_labelled(header, lexicon.HEADER_SUMMARY) or metas.get("description"),
        view_count=_view_count(header, date_line),
        sitename=_first_meta(metas, SITE_NAME_META_NAMES),
        published_at=published_at,
        header_lines=header,
        article_region_text=_region_text(headline, owned, own_texts, text),
        meta_text=" ".join(filter(None, (metas.get("keywords"), metas.get("description")))),
        anchor_texts=anchors,
        flattened_blocks=_flattened_blocks(body if body is not None else tree, text),
        links=links,
        structure=structure,
        document_number=_labelled_document_number(page_lines),
        declares_an_article=declares_an_article,
        brief_under_headline=brief_under_headline,
        media_story=media_story,
        info_lines=info_lines,
        page_spam=spam.page_spam([page_title or "", *own_texts, *anchors.texts]),
    )
