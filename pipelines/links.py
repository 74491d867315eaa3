"""The links a fetched page leads to: HTML anchors, frames, the pages scripts open and script
pagination, RSS/Atom items, sitemap entries; only addresses a request can be made for. Pure: found
in the worker process from the tree it parses anyway, so the crawl process never parses a page; the
spider only decides which of them to follow."""
from __future__ import annotations

import itertools
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qsl, urlencode, urljoin, urlsplit

import lxml.etree
import lxml.html
from w3lib.url import safe_url_string

# Schemes of links worth a request; mailto:, javascript:, data:, tel: and the like are not.
FOLLOWED_SCHEMES = ("http", "https")
# Anchors and image-map areas, as Scrapy's LinkExtractor reads them...
LINK_TAGS = ("a", "area")
# ...and the pages a page shows in frames: an old government site's home page is often a frameset
# whose frames alone lead to its content, or holds its news list in an <iframe>.
FRAME_TAGS = ("frame", "iframe")
_ABSOLUTE_PREFIXES = ("http://", "https://")
# URLs made of these characters only are what safe_url_string would make of them already.
_NEEDS_NO_ENCODING = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
# An address of the common shape, a host name and at most a port before its path, is known to parse
# without urlsplit: an index page can hold 50,000 links.
_PLAIN_WEB_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::(?P<port>\d{1,5}))?(?:[/?].*)?", re.DOTALL)
MAX_PORT = 65535
# A Java server's session in the path (…/list.jsp;jsessionid=6F3A…?id=2): a new one each visit, so
# each crawl would take the same page for a new one. A public page is served without it (the
# server opens a session for the request). Redirects keep theirs: a server redirecting to the same
# page with its session would otherwise send the crawl nowhere.
SESSION_ID_PARAMETER = re.compile(r";jsessionid=[^?#/;]*", re.IGNORECASE)

# TRS WCM and similar gov CMSs write their list pagination from a script:
# createPageHTML(pages, current, "index", "html") -> index.html, index_1.html, ...; their later
# templates name the element to write it into first and the count of entries last:
# createPageHTML('page_div', pages, current, 'index', 'shtml', entries).
SCRIPT_PAGINATION = re.compile(r"createPageHTML\(\s*(?:['\"][\w-]*['\"]\s*,\s*)?['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,"
                               r"\s*['\"]([\w-]+)['\"]\s*,\s*['\"](\w+)['\"]")
# Their older templates (TRS WCM's 共多少页 script, on lists and on articles split into pages) set the
# count and write each link from pieces: var countPage = 5//共多少页 … document.write("<a href=\"index"
# + "_" + nextPage + "." + "html\">下一页</a>"), the article's "t20190419_6377489" + "_" + nextPage + "." + "htm".
_STRINGS_JOINED = r"(?:['\"]\s*\+\s*['\"])?"
# Opening with the literal name lets the search skip ahead (a \b or "var" first made it try each
# character: 1.4 ms a page).
TRS_PAGE_COUNT = re.compile(r"countPage\s*=\s*['\"]?(\d+)")
TRS_NEXT_PAGE_LINK = re.compile(r"href=\\?['\"](?P<stem>[\w.-]+?)" + _STRINGS_JOINED + r"_['\"]\s*\+\s*nextPage\s*\+\s*['\"]\."
                                + _STRINGS_JOINED + r"(?P<extension>\w+)")
# The next-page link is written this close after the count (the template's first-page and
# previous-page branches come between).
TRS_PAGE_SCRIPT_CHARS = 4000
# A script claiming more pages than this is broken, not a list that long.
MAX_SCRIPT_PAGES = 500

# A script sending the browser on: location = "…", window.location.href = '…', location.replace("…"),
# window.open('…'). Government sites' home pages forward their visitors so (index.html to the
# portal's real start page), and their lists open each entry so (href="javascript:void(0)"
# onclick="window.open('/zwgk/123.html')").
SCRIPT_NAVIGATION = re.compile(r"""\blocation(?:\.href)?\s*=\s*(["'])(?P<assigned>[^"'\s<>]+)\1"""
                               r"""|\b(?:location\.(?:replace|assign)|window\.open)\(\s*(["'])(?P<called>[^"'\s<>]+)\3""")
SCRIPT_HREF = "javascript:"

# Hanweb's CMS (大汉 jcms, and its successor JPaaS), on which many provincial and city bureaus publish,
# sends a column's newest entries inside the column's page, as data for its jpage script to render:
#   <script type="text/xml"><datastore>
#   <nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&columnid=…&unitid=…"></a>]]></nextgroup>
#   <recordset><record><![CDATA[<li><a href="/art/2024/5/20/art_42164_1001.html">…</a></li>]]></record>…
# and the column's older entries as the same datastore, answering dataproxy.jsp?page=N (XML, which
# says how many pages there are). An HTML parser reads the script as text: without reading the
# datastore, a crawl of such a column finds its menus and none of its entries.
DATASTORE_OPENING = "<datastore>"
# What stands before an entry's CDATA section: the record's or the next group's tag, and at most
# the line break and indenting that fit in the characters looked at.
DATASTORE_ENTRY_TAG = re.compile(r"<(?:record|nextgroup)>\s*$", re.IGNORECASE)
DATASTORE_ENTRY_TAG_CHARS = 40
CDATA_OPENING, CDATA_CLOSING = "<![CDATA[", "]]>"
DATASTORE_PAGE_COUNT = re.compile(r"<totalpage>\s*(\d+)\s*</totalpage>", re.IGNORECASE)
# The page's number in an answer's address, replaced in place: re-encoding the query (path=/ as
# path=%2F) would make each page's address another than the one the column page links to.
DATASTORE_PAGE_NUMBER = re.compile(r"(?<=[?&])page=[^&#]*")

# JPaaS, Hanweb's later platform (商务部, 工信部, 市场监管总局, 浙江's and many cities' sites), builds a
# column's list in the browser: the column page declares a page-building unit,
#   <script src="/common/AuthorizedRead/unitbuild.js" url="/api-gateway/jpaas-publish-server/front/page/build/unit"
#    queryData="{'webId':'…','pageId':'…','tplSetId':'…','tagId':'分页列表','parseType':'bulidstatic','pageType':'column'}">
# and the script asks that address with the declared query, which answers in JSON: {"success":true,
# "data":{"html":"<ul><li><a href=…>…</a></li>…</ul>"}}. Its pages are asked for with pageNo=N, or
# inside a paramJson={"pageNo":N,"pageSize":15} where the unit declares one; the answer does not say
# how many there are, so each answer with entries leads to the next page.
UNIT_BUILD_PATH = "/api-gateway/jpaas-publish-server/front/page/build/unit"
UNIT_QUERY_PAIR = re.compile(r"""["']?(?<!\w)(?P<key>\w+)["']?\s*:\s*(?:'(?P<single>[^']*)'|"(?P<double>[^"]*)"|(?P<bare>[\w.-]+))""")
UNIT_PAGE_NUMBER = re.compile(r'("?pageNo"?\s*[:=]\s*"?)(\d+)')

# The sitemaps protocol's limit on one sitemap, uncompressed; it also bounds what a gzip bomb costs.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"
# A feed or sitemap has no use for a document type; its internal subset is where entity bombs
# (billion laughs) and external entities (XXE) are declared. Dropped, entity references in the
# items are left out and the items around them kept.
DOCUMENT_TYPE = re.compile(rb"<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>", re.DOTALL | re.IGNORECASE)


class UnreadableFeedError(ValueError):
    """A feed or sitemap whose bytes cannot be read as XML within the limits."""


def absolute_url(base: str, href: str, encoding: str = "utf-8") -> str | None:
    """An absolute http(s) URL without its fragment, percent-encoded the way a browser sends it; None
    for another scheme and for an address that does not parse (http://[broken, a port of 99999 or
    8O80), which a request could not be made for."""
    href = href.strip()
    if not href:
        return None
    if "\\" in href:
        href = _slashed(href)
    try:
        # The cheap checks first: an index page can hold 50,000 links.
        url = href if href.startswith(_ABSOLUTE_PREFIXES) else urljoin(base, href)
        if not _NEEDS_NO_ENCODING.fullmatch(url):
            url = safe_url_string(url, encoding=encoding)
    except ValueError:
        return None
    url = url.partition("#")[0]
    if ";" in url:
        url = SESSION_ID_PARAMETER.sub("", url)
    if plain := _PLAIN_WEB_URL.fullmatch(url):
        return url if not plain["port"] or int(plain["port"]) <= MAX_PORT else None
    parts = split_url(url)
    return url if parts and parts.scheme.lower() in FOLLOWED_SCHEMES and parts.hostname else None


def split_url(url: str) -> SplitResult | None:
    """The URL's parts; None when it does not parse: an IPv6 bracket left open, a port out of range
    or not a number (8O80), for which no request can be made."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - read for its check, which raises
    except ValueError:
        return None
    return parts


def _slashed(href: str) -> str:
    """Browsers read a backslash before the query as a slash (the URL standard, for http and https);
    IIS-era pages write links so: ..\\news\\123.htm."""
    path, mark, rest = href.partition("?") if "?" in href else href.partition("#")
    return path.replace("\\", "/") + mark + rest


def _unique(urls: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(url for url in urls if url))


def script_pagination_urls(html_text: str) -> list[str]:
    """Relative URLs of the other pages of a script-paginated list (or article)."""
    urls = []
    for match in SCRIPT_PAGINATION.finditer(html_text):
        urls.extend(_numbered_pages(int(match[1]), match[3], match[4]))
    for count in TRS_PAGE_COUNT.finditer(html_text):
        if link := TRS_NEXT_PAGE_LINK.search(html_text, count.end(), count.end() + TRS_PAGE_SCRIPT_CHARS):
            urls.extend(_numbered_pages(int(count[1]), link["stem"], link["extension"]))
    return urls


def _numbered_pages(pages: int, stem: str, extension: str) -> list[str]:
    """index.html, index_1.html, … index_{pages-1}.html: TRS numbers a list's pages from its first, unnumbered."""
    return [f"{stem}.{extension}", *(f"{stem}_{n}.{extension}" for n in range(1, min(pages, MAX_SCRIPT_PAGES)))]


# An article split into pages: TRS writes the later pages under the first's file name numbered (t20230222_1030.html,
# t20230222_1030_1.html …, from the script of SCRIPT_PAGINATION or TRS_PAGE_COUNT), 人民网 with a hyphen
# (c1001-32123456-2.html). At most MAX_ARTICLE_PART_DIGITS digits: a longer number names another article.
MAX_ARTICLE_PART_DIGITS = 2
_PART_NUMBER = re.compile(rf"[_-]\d{{1,{MAX_ARTICLE_PART_DIGITS}}}$")


def is_part_of_split_article(url: str, links: Iterable[str]) -> bool:
    """Whether the page links to another part of itself: its own file name numbered (the first part), or
    the name without its part number (a later part, to the first)."""
    folder, stem, extension = _file_parts(url)
    if not extension.startswith(".") or not stem:
        return False
    first = _PART_NUMBER.sub("", stem)
    for link in links:
        link_folder, link_stem, link_extension = _file_parts(link)
        if link_folder != folder or link_extension != extension or link_stem == stem:
            continue
        if _PART_NUMBER.sub("", link_stem) == stem or (first != stem and link_stem == first):
            return True
    return False


def _file_parts(url: str) -> tuple[str, str, str]:
    """(folder, file name without its extension, the extension with its dot) of the URL's path, read as a
    string: a page may hold 50,000 links."""
    folder, _, name = url.partition("?")[0].partition("#")[0].rpartition("/")
    stem, dot, extension = name.rpartition(".")
    return folder, stem, dot + extension


def script_location_urls(tree: lxml.html.HtmlElement) -> list[str]:
    """Where the page's scripts send the browser, as written."""
    return [match["assigned"] or match["called"] for script in tree.iter("script") if script.text
            for match in SCRIPT_NAVIGATION.finditer(script.text)]


def datastore_links(text: str, url: str, encoding: str, base: str | None = None) -> tuple[str, ...]:
    """The entries of a Hanweb jpage datastore in `text` (a column page, or dataproxy.jsp's answer
    for one of its pages) and the address of its next group; in an answer that says how many pages
    the column has, the address of each of them. Relative entries are resolved against `base`."""
    if DATASTORE_OPENING not in text:
        return ()
    # Split, not searched with a pattern spanning the section: a page of many sections left open
    # would cost a scan to its end for each.
    sections = text.split(CDATA_OPENING)
    markup = "".join(section.partition(CDATA_CLOSING)[0] for before, section in itertools.pairwise(sections)
                     if DATASTORE_ENTRY_TAG.search(before[-DATASTORE_ENTRY_TAG_CHARS:]))
    links = [absolute_url(base or url, target, encoding) for target in _markup_targets(markup)]
    page_count = DATASTORE_PAGE_COUNT.search(text)
    if page_count and DATASTORE_PAGE_NUMBER.search(url):
        links += [DATASTORE_PAGE_NUMBER.sub(f"page={number}", url, count=1)
                  for number in range(1, min(int(page_count[1]), MAX_SCRIPT_PAGES) + 1)]
    return _unique(links)


def unit_build_urls(tree: lxml.html.HtmlElement, url: str) -> list[str]:
    """The addresses a JPaaS column page's building units ask for their lists (UNIT_BUILD_PATH)."""
    urls = []
    for script in tree.iter("script"):
        declared = script.get("querydata")
        if not declared:
            continue
        query = {match["key"]: match["single"] if match["single"] is not None else match["double"] if match["double"] is not None
                 else match["bare"] for match in UNIT_QUERY_PAIR.finditer(declared)}
        if "pageId" in query and "webId" in query:
            endpoint = urljoin(url, script.get("url") or UNIT_BUILD_PATH)
            urls.append(f"{endpoint}?{urlencode(query)}")
    return urls


def is_unit_answer_address(url: str) -> bool:
    """Whether the address is a JPaaS unit's, which answers in JSON whatever type its server names."""
    return (split := split_url(url)) is not None and split.path.endswith(UNIT_BUILD_PATH)


def unit_answer_links(text: str, url: str, encoding: str) -> tuple[str, ...] | None:
    """The entries of a JPaaS unit's JSON answer for one page of its column, and, when it has any,
    the address of the next page (none past the last page); None for a text that is no such answer."""
    try:
        answer = json.loads(text)
    except ValueError:
        return None
    data = answer.get("data") if isinstance(answer, dict) else None
    markup = data.get("html") if isinstance(data, dict) else None
    if not isinstance(markup, str):
        return None
    links = [absolute_url(url, target, encoding) for target in _markup_targets(markup) if target]
    return _unique([*links, *([_next_unit_page(url)] if any(links) else [])])


def _next_unit_page(url: str) -> str | None:
    """The unit's next page: its pageNo (in the query or inside its paramJson) one up, or pageNo=2
    added; none past MAX_SCRIPT_PAGES."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    for index, (key, value) in enumerate(query):
        if key == "paramJson" and (number := UNIT_PAGE_NUMBER.search(value)):
            current = int(number[2])
            following = f"{value[:number.start(2)]}{current + 1}{value[number.end(2):]}"
        elif key == "pageNo" and value.isdigit():
            current = int(value)
            following = str(current + 1)
        else:
            continue
        if current >= MAX_SCRIPT_PAGES:
            return None
        query[index] = (key, following)
        return parts._replace(query=urlencode(query)).geturl()
    return parts._replace(query=urlencode([*query, ("pageNo", "2")])).geturl()


def _markup_targets(markup: str) -> list[str]:
    """Where the links and frames of an HTML fragment lead, as written (`_target`); none when it holds
    no markup an HTML parser accepts (a datastore's records, a unit's answer)."""
    if not markup.strip():
        return []
    try:
        return [_target(element) for element in lxml.html.fragment_fromstring(markup, create_parent="div").iter(*LINK_TAGS)]
    except (lxml.etree.ParserError, ValueError):
        return []


def _target(element: lxml.html.HtmlElement) -> str:
    """Where a link or frame leads, as written: its address, or for a link that runs a script instead,
    the page its script opens."""
    if element.tag in FRAME_TAGS:
        return element.get("src") or ""
    href = (element.get("href") or "").strip()
    # A bookmark (href="#") or a script, the link's page is the one its onclick opens, if any.
    if href and not href.startswith("#") and not href[:len(SCRIPT_HREF)].lower() == SCRIPT_HREF:
        return href
    match = SCRIPT_NAVIGATION.search(f"{href} {element.get('onclick') or ''}")
    return (match["assigned"] or match["called"]) if match else href


def html_links(tree: lxml.html.HtmlElement, url: str, html_text: str, encoding: str) -> tuple[str, ...]:
    """Every link and frame of a parsed page, resolved against its <base href>, in document order,
    once each; the pages of its script pagination after them. A page with no link of its own leads
    where its scripts send the browser (a home page that only forwards its visitors)."""
    base_element = tree.find(".//base[@href]")
    base = (absolute_url(url, base_element.get("href")) if base_element is not None else None) or url
    # Each address once: a page repeats its menus' links.
    targets = dict.fromkeys(_target(element) for element in tree.iter(*LINK_TAGS, *FRAME_TAGS))
    anchors = [absolute_url(base, target, encoding) for target in targets]
    if not any(anchors):
        anchors = [absolute_url(url, target, encoding) for target in script_location_urls(tree)]
    paginated = (absolute_url(url, relative, encoding) for relative in script_pagination_urls(html_text))
    units = (absolute_url(url, unit, encoding) for unit in unit_build_urls(tree, base))
    return _unique([*anchors, *datastore_links(html_text, url, encoding, base), *paginated, *units])


def feed_links(body: bytes, url: str) -> tuple[str, ...]:
    """Article links of an RSS or Atom feed."""
    root = _xml_root(body)
    if root is None:
        return ()
    rss = root.xpath("//*[local-name()='item']/*[local-name()='link']/text()")
    atom = root.xpath("//*[local-name()='entry']/*[local-name()='link']/@href")
    return _unique(absolute_url(url, link, "utf-8") for link in [*rss, *atom])


@dataclass(frozen=True)
class SitemapEntries:
    pages: tuple[str, ...] = ()  # <urlset> entries
    sitemaps: tuple[str, ...] = ()  # <sitemapindex> entries: further sitemaps


def sitemap_entries(body: bytes, url: str) -> SitemapEntries:
    root = _xml_root(body)
    if root is None:
        return SitemapEntries()
    locations = _unique(absolute_url(url, loc, "utf-8") for loc in _locations(root))
    if lxml.etree.QName(root).localname == "sitemapindex":
        return SitemapEntries(sitemaps=locations)
    return SitemapEntries(pages=locations)


def _locations(root: lxml.etree._Element) -> Iterator[str]:
    for entry in root:
        for child in entry if isinstance(entry.tag, str) else ():
            if isinstance(child.tag, str) and lxml.etree.QName(child).localname == "loc" and child.text:
                yield child.text


def _xml_bytes(body: bytes) -> bytes:
    """The document itself: a gzip-compressed sitemap (.xml.gz) decompressed, within the limit."""
    if not body.startswith(GZIP_MAGIC):
        return body
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        document = decompressor.decompress(body, MAX_SITEMAP_BYTES + 1)
    except zlib.error as exc:
        raise UnreadableFeedError(f"gzip: {exc}") from None
    if len(document) > MAX_SITEMAP_BYTES:
        raise UnreadableFeedError(f"too_large: more than {MAX_SITEMAP_BYTES} bytes once decompressed")
    return document


def _xml_root(body: bytes) -> lxml.etree._Element | None:
    # Without entity expansion or network access, and without the document type that declares entities.
    document = DOCUMENT_TYPE.sub(b"", _xml_bytes(body), count=1)
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        return lxml.etree.fromstring(document, parser=parser)
    except lxml.etree.XMLSyntaxError:
        return None
