"""The one processing function: (url, raw bytes, headers, fetch time) -> PageRecord.

Pure: no Scrapy, no database, no network. The spider's pipeline, the tests, re-processing and
imports all call `process_page`.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urljoin

from w3lib.encoding import read_bom
from w3lib.html import get_meta_refresh
from w3lib.url import safe_url_string

from pipelines import attribution, clean, lexicon, spam
from pipelines.decode import UndecodableError, declared_encoding, decode_html, overrides_declaration
from pipelines.extract import Extracted, UnparsableError, extract, prose_chars
from pipelines.hashing import content_hash, has_words
from pipelines.links import (
    DATASTORE_OPENING,
    absolute_url,
    datastore_links,
    is_part_of_split_article,
    is_unit_answer_address,
    split_url,
    unit_answer_links,
)
from pipelines.record import EXTRACTION_VERSION, ArticleFields, Headers, PageKind, PageRecord

# An article has a headline and a real body of text: at least this many characters...
MIN_ARTICLE_CHARS = 150
MIN_UNTITLED_ARTICLE_CHARS = 3 * MIN_ARTICLE_CHARS
# ...and shorter under a headline and a date when it reads as sentences: a news brief
# (lexicon.MIN_BRIEF_CHARS) is an article, a list's leftover link lines are not.
MIN_BRIEF_PROSE_SHARE = 0.7
# ...or when it is a poem its author signs: this many short lines at least (a paper's supplement sets a poem's
# lines with no sentence's punctuation, each shorter than MAX_VERSE_LINE_CHARS).
MIN_VERSE_LINES = 6
MAX_VERSE_LINE_CHARS = 30


HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
# A jpage answer opens with its datastore, after at most an XML declaration and blank lines.
DATASTORE_ANSWER_SCAN_BYTES = 512
# Scrapy's MetaRefreshMiddleware defaults: it reads this much of a page for the refresh, and a
# refresh later than this (a front page reloading itself every few minutes) is no redirect.
META_REFRESH_SCAN_CHARS = 4096
META_REFRESH_MAX_DELAY = 100
# type/subtype, each a token of RFC 9110.
MEDIA_TYPE = re.compile(r"(?<![!#$%&'*+.^_`|~0-9a-z-])[!#$%&'*+.^_`|~0-9a-z-]+/[!#$%&'*+.^_`|~0-9a-z-]+")
# Types that say nothing of what a response is: its body decides.
UNNAMED_CONTENT_TYPES = frozenset({"application/octet-stream", "binary/octet-stream", "application/unknown",
                                   "unknown/unknown", "application/x-unknown-content-type"})

# Applied to the main text, in order, after pinyin removal, script conversion and spam removal. What a
# pasted Word document left first, as it may run into the line a later step reads; then the article's
# end: the comment box's heading that marks it is a line the later steps drop. An annex's number joins its
# file's line before the notice it belongs to is judged.
BODY_LINE_STEPS = (
    clean.remove_pasted_word_markup,
    clean.remove_forum_codes,
    clean.join_annex_numbers_to_their_files,
    clean.remove_text_after_the_article_end,
    clean.remove_disclaimers,
    clean.remove_navigation,
    clean.remove_page_furniture,
    clean.remove_document_site_card,
    clean.remove_document_viewer_lines,
    clean.join_document_preview_chunks,
    clean.remove_links_run_into_lines,
    clean.remove_information_tables,
    clean.remove_breadcrumbs,
    clean.remove_leaked_datelines,
    clean.remove_labels_at_the_end,
)


def header(headers: Headers, name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            if isinstance(value, str):
                return value
            return value[0] if value else None
    return None


def is_page(url: str, content_type: str | None, body: bytes) -> bool:
    """Whether the response is a page to extract: HTML (`is_html`) from any address but a JPaaS unit's,
    which answers in JSON whatever type its server names."""
    return is_html(content_type, body) and not is_unit_answer_address(url)


def is_html(content_type: str | None, body: bytes) -> bool:
    """Whether the response is a page: its declared type, or, when the server names none (no header,
    application/octet-stream), whether its text opens with markup, as Scrapy's responsetypes falls
    back on the body for those. Misconfigured servers send .shtml pages as octet-stream."""
    media_type = _media_type(content_type) if content_type else ""
    if media_type and media_type not in UNNAMED_CONTENT_TYPES:
        return media_type in HTML_CONTENT_TYPES
    return _opens_with_markup(body)


def _media_type(content_type: str) -> str:
    """The header's type/subtype, as the Fetch standard extracts it: of the values a proxy joined with
    commas the last that parses; none ("") when none does (text/html charset=gbk, its semicolon lost)."""
    types = (value.split(";")[0].strip().lower() for value in content_type.split(","))
    return next((media for media in reversed(list(types)) if MEDIA_TYPE.fullmatch(media)), "")


def meta_refresh_target(html: str, url: str) -> str | None:
    """Where a <meta http-equiv="refresh"> sends the browser, when it sends it to another page soon:
    old government sites' home pages forward their visitors so. Read as Scrapy's MetaRefreshMiddleware
    reads it (the page's start, not inside scripts or comments); that middleware never sees the page,
    since the spider follows every redirect itself."""
    try:
        delay, target = get_meta_refresh(html[:META_REFRESH_SCAN_CHARS], url)
    except ValueError:  # w3lib joins the target to the URL, which raises for an address that does not parse
        return None
    target = absolute_url(url, target) if target else None
    if target is None or delay is None or delay > META_REFRESH_MAX_DELAY or target == url.partition("#")[0]:
        return None
    return target


def _redirect(page: PageRecord, location: str | None) -> PageRecord:
    """A redirect record pointing where the Location header says, whatever its scheme (file: and the
    like are recorded, never followed); a Location that does not parse is the record's error."""
    if not location:
        return replace(page, kind=PageKind.REDIRECT)
    try:
        target = safe_url_string(urljoin(page.url, location))
    except ValueError:
        target = None
    if target is None or split_url(target) is None:
        return replace(page, kind=PageKind.REDIRECT, error=f"redirect: the Location {location!r} does not parse")
    return replace(page, kind=PageKind.REDIRECT, redirect_to=target)


def column_answer_links(url: str, body: bytes, content_type: str | None) -> tuple[str, ...] | None:
    """The links of a column's page as Hanweb's dataproxy.jsp answers it in XML, or a JPaaS unit in
    JSON, a list of its entries (none past the column's last page); None for any other document
    that is no page."""
    if is_unit_answer_address(url):
        # JSON is UTF-8 (RFC 8259); a byte that is not leaves its character out, not the list.
        return unit_answer_links(body.decode("utf-8", errors="replace"), url, "utf-8")
    if DATASTORE_OPENING.encode() not in body[:DATASTORE_ANSWER_SCAN_BYTES]:
        return None
    try:
        text, encoding = decode_html(body, content_type)
    except UndecodableError:
        return None
    return datastore_links(text, url, encoding) or None


def _opens_with_markup(body: bytes) -> bool:
    # A byte order mark comes before the markup, in the encoding it names (UTF-16 for a page saved
    # by Windows tools); a UTF-8 one may follow the blank lines a server-side include wrote first.
    bom_encoding, bom = read_bom(body)
    if bom_encoding and bom:
        return body[len(bom):].decode(bom_encoding, errors="ignore").lstrip()[:1] == "<"
    return body.lstrip().removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"<"


def _is_dated_brief(extracted: Extracted, cleaned: Cleaned) -> bool:
    """A news brief or short notice: headline, date, and a text that is mostly sentences. Lines made of
    links (an e-paper's row of its editions, which the extraction of a short text brings along) are
    neither: a list's leftovers are still too little."""
    text = clean.remove_link_lists(extracted.text, extracted.anchor_texts)
    chars = len(clean.without_spaces(text))
    if cleaned.title is None or extracted.published_at is None or chars < lexicon.MIN_BRIEF_CHARS:
        return False
    sentences = sum(map(prose_chars, text.splitlines()))
    return sentences >= MIN_BRIEF_PROSE_SHARE * chars


def _is_signed_verse(extracted: Extracted, cleaned: Cleaned) -> bool:
    """A poem: a headline, a date, its author named, and a brief's worth of short lines that are no links (从三月出发 /
    □ 乔桂堂 / 三月的地表还是原创的 / 封面,碧水蓝天 / …, in an e-paper's supplement)."""
    if cleaned.title is None or extracted.published_at is None or cleaned.author is None:
        return False
    lines = [line for line in clean.remove_link_lists(extracted.text, extracted.anchor_texts).splitlines() if line.strip()]
    return (len(lines) >= MIN_VERSE_LINES and all(len(line) <= MAX_VERSE_LINE_CHARS for line in lines)
            and sum(len(clean.without_spaces(line)) for line in lines) >= lexicon.MIN_BRIEF_CHARS)


def _is_dated_media_story(cleaned: Cleaned, extracted: Extracted) -> bool:
    """A video or photo story (extract's media_story): a headline, a date and its caption's sentence, however short."""
    return (extracted.media_story and cleaned.title is not None and extracted.published_at is not None
            and _holds_a_sentence(cleaned.body))


def _is_menu_words(text: str) -> bool:
    """Words, every line a word or two no longer than a block's heading (数读 / 人间 / 大国小民 / 轻松一刻); a text
    cleaning emptied is none (what emptied it decides)."""
    lines = text.splitlines()
    return bool(lines) and all(len(clean.without_spaces(line)) <= lexicon.BLOCK_HEADING_MAX_CHARS for line in lines)


def _holds_a_sentence(text: str, punctuation: re.Pattern[str] = lexicon.PROSE_PUNCTUATION) -> bool:
    return any(prose_chars(line, punctuation) for line in text.splitlines())


def _is_notice_of_attachments(cleaned: Cleaned, published_at: datetime | None) -> bool:
    """A notice whose document is its attachment (关于公布…名单的通知 / 附件：名单.xlsx): a document's headline
    (lexicon.DOCUMENT_HEADLINE, not a column's name such as 通知公告), a date, and a text of a few lines
    that each name an attachment, or the sentence introducing them, perhaps signed (clean.is_notice_of_attachments)."""
    return _is_dated_document(cleaned, published_at) and clean.is_notice_of_attachments(cleaned.body)


def _is_signed_document(cleaned: Cleaned, published_at: datetime | None) -> bool:
    """A document's headline (lexicon.DOCUMENT_HEADLINE), a date, and a text its issuer signs however short
    (现将…情况予以公告。 / 附件：… / 济南市生态环境局 / 2024年5月12日)."""
    return _is_dated_document(cleaned, published_at) and clean.is_signed_notice(cleaned.body)


def _is_dated_document(cleaned: Cleaned, published_at: datetime | None) -> bool:
    """A document's headline (lexicon.DOCUMENT_HEADLINE, not a column's name such as 通知公告) and a date."""
    return (cleaned.title is not None and published_at is not None
            and lexicon.DOCUMENT_HEADLINE.search(cleaned.title) is not None)


def _is_declared_article(cleaned: Cleaned, extracted: Extracted) -> bool:
    """A page whose metadata says it is an article (extract.ARTICLE_DECLARING_META, og:type), with a
    headline, a date and a full sentence (ended by 。) left once its list entries are cleaned away: a
    template may declare every page an article, and a list's headlines, a welcome banner (…购买需谨慎！)
    or a teaser's exclamations are no such sentence."""
    return (extracted.declares_an_article and cleaned.title is not None and extracted.published_at is not None
            and _holds_a_sentence(cleaned.body, lexicon.FULL_STOP))


def error_page_message(page_title: str | None, headline: str | None, text: str, chars: int) -> str | None:
    """What an error page answered as a page says went wrong (lexicon.ERROR_PAGE_TITLE): its
    headline, or its <title> or a segment of it, or its text's message line; None for any other page.
    `chars` is the text's visible length."""
    if chars > lexicon.MAX_ERROR_PAGE_CHARS:
        return None
    titles = [headline or "", *lexicon.TITLE_SEGMENT_SEPARATOR.split(page_title or "")]
    if said := next((title for title in (" ".join(title.split()) for title in titles)
                     if lexicon.ERROR_PAGE_TITLE.fullmatch(title)), None):
        return said
    return next((line for line in (" ".join(line.split()) for line in text.splitlines())
                 if lexicon.ERROR_PAGE_MESSAGE.match(line)), None)


@dataclass(frozen=True)
class Cleaned:
    title: str | None
    body: str
    author: str | None
    origin: str | None
    editor: str | None
    original_title: str | None
    keywords: str | None
    summary: str | None
    sitename: str | None
    editor_note: str | None
    truncated: bool
    spam_injected: bool
    spam_in_text: bool  # spam was cut from the text itself, not only found in the title, metas or banners
    script: str
    document_number: str | None


def _without_hidden_marks(text: str) -> str:
    """Without what a copy put between a text's characters to defeat matching: invisible characters, commas."""
    return clean.remove_injected_commas(clean.remove_invisible_characters(text))


def _field(value: str | None) -> str | None:
    if value is None:
        return None
    value = clean.remove_blank_lines_and_padding(clean.normalize_unicode(_without_hidden_marks(value))).replace("\n", " ")
    return value or None


_CLEANED_FIELDS = ("title", "author", "author_elsewhere", "origin", "editor", "keywords", "summary", "sitename")


@dataclass(frozen=True)
class Copying:
    """What a copy site did to a page's characters, as its <title>, text and fields show it."""
    pinyin_forms: tuple[re.Pattern[str], ...] = ()  # the forms of pinyin annotation it injected (clean.pinyin_forms_in)
    traditional: bool = False  # holds Traditional characters, converted in every field
    # Written in Traditional throughout (its labels too): its markup is converted before it is read. A Simplified
    # page quoting Traditional text is read as it is.
    throughout: bool = False

    @classmethod
    def of(cls, extracted: Extracted) -> Copying:
        text = "\n".join(filter(None, [extracted.text, *(getattr(extracted, name) for name in _CLEANED_FIELDS)]))
        share = clean.traditional_share(text)
        return cls(clean.pinyin_forms_in(text), share >= lexicon.MIN_TRADITIONAL_SHARE,
                   share >= lexicon.MIN_TRADITIONAL_SHARE_THROUGHOUT)

    @classmethod
    def shown_by_the_title(cls, html: str) -> Copying:
        """A page whose <title> is Traditional can be converted before it is read at all, unless the title
        shows pinyin too, which goes first (and which only the page's text shows enough of to decide)."""
        title = match["title"] if (match := lexicon.PAGE_TITLE_ELEMENT.search(html)) else ""
        throughout = (clean.traditional_share(title) >= lexicon.MIN_TRADITIONAL_SHARE_THROUGHOUT
                      and not clean.count_pinyin_annotations(title))
        return cls(traditional=throughout, throughout=throughout)

    def __or__(self, other: Copying) -> Copying:
        return Copying(self.pinyin_forms or other.pinyin_forms, self.traditional or other.traditional,
                       self.throughout or other.throughout)

    def undone(self, html: str) -> str:
        """The page's markup as it was before: pinyin out first (乾(qian)隆 -> 乾隆, not 干隆), then in Simplified."""
        html = clean.remove_pinyin_annotations(html, self.pinyin_forms) if self.pinyin_forms else html
        return clean.markup_to_simplified(html) if self.throughout else html


def clean_page(extracted: Extracted, copying: Copying = Copying()) -> Cleaned:
    """The cleaning steps over every field of one page. Pinyin and script are decided per page (Copying),
    pinyin is stripped before script conversion (乾(qian)隆 -> 乾隆, not 干隆)."""
    fields = {name: _field(getattr(extracted, name)) for name in _CLEANED_FIELDS}
    fields["original_title"] = None
    body = clean.remove_blank_lines_and_padding(clean.normalize_unicode(_without_hidden_marks(extracted.text)))
    body = clean.restore_flattened_items(body, extracted.flattened_blocks)
    body = clean.unwrap_layout_tables(body, extracted.anchor_texts, extracted.flattened_blocks)
    body = clean.remove_link_lists(body, extracted.anchor_texts)
    body = clean.remove_link_runs(body, extracted.anchor_texts)
    body = clean.remove_teaser_summaries(body, extracted.structure.teasers, extracted.title)

    # Again on the text and fields: a page writing its characters as entities (&#29983;(sheng)) showed them only
    # once read, and fields from meta values were never in the markup's texts.
    if copying.pinyin_forms:
        body = clean.remove_pinyin_annotations(body, copying.pinyin_forms)
        fields = {name: value and clean.remove_pinyin_annotations(value, copying.pinyin_forms) for name, value in fields.items()}
    # Convert before the line steps: their patterns are written in Simplified characters. (A text read from
    # the converted markup has nothing left to convert unless the page wrote some as entities, a Big5 copy those
    # its charset lacks: 保&#34910;戰 (衞), a variant t2s leaves; converting it again costs about a millisecond.)
    if copying.traditional:
        body = clean.to_simplified(body)
        fields = {name: value and clean.to_simplified(value) for name, value in fields.items()}

    spam_sources = [extracted.page_title or "", extracted.meta_text, *extracted.header_lines,
                    *(value or "" for value in fields.values())]
    page_brands = extracted.page_spam.brands
    without_spam = spam.remove_spam_lines(spam.cut_injected_brands(spam.cut_page_banner(body, extracted.page_title), page_brands))
    spam_in_text = without_spam != body
    spam_injected = (spam_in_text or any(spam.is_spam(text) for text in spam_sources) or extracted.page_spam.shown
                     or spam.titles_a_casino(extracted.page_title) or spam.names_a_casino(fields["sitename"]))
    body = without_spam
    body, credited = attribution.split_platform_credit(body)
    authoriser = attribution.reprint_authoriser(body)
    for step in BODY_LINE_STEPS:
        body = step(body)
    body, truncated = clean.cut_paywall_stub(body)
    body, jumps_page = clean.remove_newspaper_page_jumps(body)
    truncated = truncated or jumps_page or clean.has_paywall_stub(extracted.article_region_text)
    body, editor_note = attribution.split_editor_note(body)
    body, stated = attribution.split_attribution(body)
    body, byline = attribution.split_byline(body)
    # After the attribution lines are read: a field such as 责任编辑：刘欢 may sit in a block of links. The tags above
    # the block are the text's end then (网易's 关键词阅读： / 中国证券业 over its related entries): labels go again.
    body = clean.remove_link_blocks_at_the_end(body, extracted.structure.list_headings, extracted.anchor_texts)
    body = clean.remove_labels_at_the_end(body)
    # What the page states around the headline comes first; attribution lines and bylines in the
    # text fill gaps, then what the page says elsewhere.
    if attribution.is_placeholder_origin(fields["origin"]):
        fields["origin"] = None  # 来源：转载文章 above the text; the text may still name the outlet
    for name in ("origin", "editor", "original_title"):
        fields[name] = fields.get(name) or getattr(stated, name) or getattr(credited, name)
    fields["editor"] = attribution.editor_name(fields["editor"])
    if fields["origin"] in (None, fields["sitename"]):
        # A site naming itself as the source says nothing the text's dateline does not say better.
        fields["origin"] = attribution.lead_outlet(body) or fields["origin"]
    # The first that names a person is the author; an outlet named as the author (sina's 作者：新京报) is the
    # origin, and the byline in the text ("（总台央视记者 奚丹霓 张赛）") still names the reporters.
    candidates = [fields["author"], stated.author, credited.author, byline, authoriser, fields.pop("author_elsewhere")]
    author, origin = None, attribution.outlet_name(fields["origin"])
    for candidate in filter(None, candidates):
        author, origin = attribution.separate_outlet_from_author(attribution.remove_author_noise(candidate) or None, origin)
        if author:
            break
    if not any(candidates) and fields["origin"]:
        author = attribution.standalone_person_names(fields["origin"])  # "来源：尹娟": a person is the source
        author, origin = attribution.separate_outlet_from_author(author, origin)
    fields["author"], fields["origin"] = author, origin
    heading = fields["title"]  # as the page shows it, a column's name or a site's before the headline (市政厅|…)
    if fields["title"]:
        headline = spam.cut_page_brands_from_title(spam.remove_spam_title_segments(fields["title"], page_brands), page_brands)
        fields["title"] = clean.remove_file_extension(clean.remove_site_name_prefix(
            clean.remove_site_suffix(headline, extracted.anchor_texts), fields["sitename"])) or None
    own_part = clean.remove_site_suffix(extracted.page_title or "", extracted.anchor_texts)
    if fields["title"] and own_part and fields["title"] not in own_part and fields["title"] in (extracted.page_title or "") \
            and (own_part in extracted.text or own_part in extracted.article_region_text) and not spam.is_spam(own_part):
        # The heading is the <title>'s site part, the site's logo, over a page that shows the <title>'s headline in its
        # text but in no heading (a forum's print view: <h1>盛世湘黔网</h1>, then 标题: 衡阳县举办…).
        fields["title"] = own_part
    if fields["title"]:
        for shown in dict.fromkeys((heading or fields["title"], fields["title"])):
            body = clean.remove_leading_headline(body, shown)
        body = clean.remove_heading_area_at_the_end(body, fields["title"], extracted.header_lines)
        body = clean.remove_permalink_card(body, fields["title"])
    body = clean.remove_leading_field_values(body, (fields["origin"], fields["author"], fields["sitename"]))
    if clean.names_no_headline(fields["title"], fields["sitename"]):
        opening, rest = clean.split_opening_headline(body)
        if opening:
            fields["title"], body = opening, rest
        elif fields["title"] and clean.is_placeholder_title(fields["title"], fields["sitename"]):
            fields["title"] = None
    # After the opening headline is looked for: the info area's lines are no text, but what follows them is no
    # headline either (网易's rolling news list, titled by the site's name, would take its 往期回顾 for one).
    body = clean.remove_leading_info_lines(body, extracted.info_lines)
    # Last: only now may a short notice's text be all that is left above the site's footer.
    body = clean.remove_site_footer_under_a_notice(body)
    if fields["author"] and fields["title"] and clean.without_spaces(fields["author"]) == clean.without_spaces(fields["title"]):
        fields["author"] = None  # the page's subject (an entry's 金锺国, a profile's name), not its author
    if fields["author"]:
        # Only now: the leading lines above were matched against the names as the page wrote them.
        fields["author"] = attribution.joined_names(fields["author"])
    for name in ("author", "editor", "origin", "keywords", "summary", "sitename"):
        value = fields[name]
        if value and (spam.is_spam(value) or not spam.cut_injected_brands(value, page_brands)
                      or (name == "sitename" and spam.names_a_casino(value))):
            fields[name] = None  # spam, or nothing but the page's brand, or a casino's name for the site
    number = extracted.document_number or clean.stated_document_number(body, fields["title"])
    truncated = truncated or clean.breaks_off_mid_sentence(body)
    return Cleaned(body=body, truncated=truncated, spam_injected=spam_injected, spam_in_text=spam_in_text, editor_note=editor_note,
                   script="zh-Hant" if copying.traditional else "zh-Hans", document_number=number, **fields)


def process_page(url: str, body: bytes, headers: Headers, fetched_at: datetime, *, status: int = 200) -> PageRecord:
    """Never raises on page content: what cannot be processed comes back as an UNPROCESSABLE record with its reason."""
    content_type = header(headers, "Content-Type")
    # What every record of this response says; each outcome below completes it.
    page = PageRecord(url=url, fetched_at=fetched_at, http_status=status, kind=PageKind.UNPROCESSABLE,
                      extraction_version=EXTRACTION_VERSION, content_type=content_type)
    if status == 304:
        return replace(page, kind=PageKind.NOT_MODIFIED)
    if 300 <= status < 400:
        return _redirect(page, header(headers, "Location"))
    if status >= 400:
        return replace(page, kind=PageKind.HTTP_ERROR, error=f"HTTP {status}")
    if not is_page(url, content_type, body):
        if (column_links := column_answer_links(url, body, content_type)) is not None:
            return replace(page, kind=PageKind.LIST, links=column_links)
        return replace(page, kind=PageKind.ATTACHMENT)
    declared = declared_encoding(body, content_type)
    page = replace(page, declared_encoding=declared)
    try:
        html, encoding = decode_html(body, content_type)
    except UndecodableError as exc:
        return replace(page, error=f"decode: {exc}")
    page = replace(page, encoding=encoding, encoding_overridden=overrides_declaration(declared, encoding))
    if refreshed_to := meta_refresh_target(html, url):
        return replace(page, kind=PageKind.REDIRECT, redirect_to=refreshed_to)
    try:
        # A copy annotating its text with pinyin or writing it in Traditional characters (seeds 002, 004) does
        # so to its title, labels and bylines too (來(lái)源：, 作者(zhě)：記者(zhě), 發佈時間：), whose Simplified
        # words the reading looks for: the page is read as it was before. What its <title> shows is undone
        # before the first reading; what only its text shows, by reading it again, keeping the links it has.
        # (Searching every page's markup for pinyin instead raised the chain's cost by 0.03-0.08 of bare
        # trafilatura's, and counting its Traditional characters costs as much again; reading twice costs only
        # copies whose <title> does not show them.)
        titled = Copying.shown_by_the_title(html)
        read = titled.undone(html)
        extracted = extract(read, url, fetched_at, encoding)
        copying = titled | Copying.of(extracted)
        if (undone := copying.undone(html)) != read:
            extracted = replace(extract(undone, url, fetched_at, encoding), links=extracted.links)
    except UnparsableError as exc:
        return replace(page, error=f"parse: {exc}")
    except Exception as exc:  # noqa: BLE001 - a library failing on one odd page must not stop the crawl
        return replace(page, error=f"extract: {type(exc).__name__}: {exc}")
    page = replace(page, links=extracted.links)
    try:
        cleaned = clean_page(extracted, copying)
    except Exception as exc:  # noqa: BLE001 - recorded with its reason; the crawl goes on
        return replace(page, error=f"clean: {type(exc).__name__}: {exc}")

    shown = replace(page, title=cleaned.title, published_at=extracted.published_at, author=cleaned.author,
                    origin=cleaned.origin, site_name=cleaned.sitename, view_count=extracted.view_count,
                    script=cleaned.script, spam_injected=cleaned.spam_injected, editor_note=cleaned.editor_note)
    raw_chars = len(clean.without_spaces(extracted.text))
    if said := error_page_message(extracted.page_title, cleaned.title, extracted.text, raw_chars):
        # Recorded as the error it is, so a later crawl asks for the page again.
        return replace(shown, kind=PageKind.HTTP_ERROR, error=f"error_page: the page says {said!r}")
    # A page with no headline at all is still an article when its text is long; one whose headline a hijack
    # replaced with its spam (澳洲幸运10开奖官网直播手机版 over a copied news story) had one.
    headline_or_long = (cleaned.title is not None or raw_chars >= MIN_UNTITLED_ARTICLE_CHARS
                        or (extracted.title is not None and spam.is_spam(extracted.title)))
    # A page that says it is an article is one however short (a 印发 notice of one sentence whose
    # document is its attachment), whatever its sidebar's links and those the extraction, reading the
    # whole page again for a short text, brought along; so is a notice whose text is its attachments, and a
    # document its issuer signs (beside a column list that outweighs it), and a video or photo story's caption.
    declared_article = (_is_declared_article(cleaned, extracted) or _is_notice_of_attachments(cleaned, extracted.published_at)
                        or _is_signed_document(cleaned, extracted.published_at) or _is_dated_media_story(cleaned, extracted))
    # An official document stating its number or signed by its issuer is one however short (a 任免通知
    # of one sentence).
    too_short = (raw_chars < MIN_ARTICLE_CHARS and cleaned.document_number is None
                 and not clean.is_signed_notice(cleaned.body)
                 and not _is_dated_brief(extracted, cleaned) and not _is_signed_verse(extracted, cleaned))
    link_dominated = ((extracted.structure.is_link_list and not extracted.brief_under_headline)
                      or (clean.link_text_share(extracted.text, extracted.anchor_texts) > clean.MAX_LINK_TEXT_SHARE
                          and not extracted.structure.has_article_prose))
    # A site's or section's name over words with no sentence among them is a menu (网易新闻's channel
    # index, whose links the extraction kept as words), not an article; so are words each no longer than a
    # block's heading under any headline (that index under a hijack's <title>, headed by a story card's h2).
    # (A page with no title at all is judged by its length: a long data table has no sentence either.)
    menu_only = (cleaned.title is not None and not _holds_a_sentence(cleaned.body)
                 and (clean.names_no_headline(cleaned.title, cleaned.sitename) or _is_menu_words(cleaned.body)))
    if menu_only or not headline_or_long or (not declared_article and (too_short or link_dominated)):
        return replace(shown, kind=PageKind.LIST)
    if not cleaned.body:
        if cleaned.spam_in_text or cleaned.truncated:
            return replace(shown, error="clean: cleaning left no text")
        # Every line was a list entry, a menu or page furniture (an announcement index whose entries
        # are not marked up as a list, a portal section whose only block trafilatura takes is its
        # share widgets): a page with no article, not one that failed, whatever spam a hijack wrote
        # into its title (it writes every page's, its indexes' too).
        return replace(shown, kind=PageKind.LIST)
    if not has_words(cleaned.body):
        # Every such text would hash alike and be taken for one article.
        return replace(shown, error="clean: the text has no words, only punctuation and symbols")
    headline = clean.remove_headline_prefixes(cleaned.title) if cleaned.title else None
    article = ArticleFields(title=headline, body=cleaned.body, content_hash=content_hash(cleaned.body, headline),
                            published_at=extracted.published_at, origin=cleaned.origin, author=cleaned.author,
                            # A part of an article split into pages holds a part of its text.
                            is_truncated=cleaned.truncated or is_part_of_split_article(url, extracted.links),
                            editor=cleaned.editor, original_title=cleaned.original_title,
                            keywords=cleaned.keywords, summary=cleaned.summary, document_number=cleaned.document_number)
    return replace(shown, kind=PageKind.ARTICLE, article=article)
