import pytest

from crawler.links import is_pagination_of
from pipelines.extract import parse_html
from pipelines.links import (
    MAX_SCRIPT_PAGES,
    absolute_url,
    datastore_links,
    html_links,
    is_part_of_split_article,
    script_pagination_urls,
    unit_answer_links,
)


@pytest.mark.parametrize("script", ['createPageHTML(4, 0, "index", "shtml");',
                                    "createPageHTML('page_div',4, 1,'index','shtml',37);",
                                    "createPageHTML(\"paging\", 4, 2, \"index\", \"shtml\", 40);"])
def test_trs_script_pagination_lists_every_page(script: str) -> None:
    html = f'<div class="page" id="page_div"></div><script>{script}</script>'
    assert script_pagination_urls(html) == ["index.shtml", "index_1.shtml", "index_2.shtml", "index_3.shtml"]


# TRS WCM's older pagination script: the count set, each link written from pieces of strings.
TRS_PAGE_SCRIPT = """<script language="JavaScript">
var currentPage = 0;//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = {pages}//共多少页
if(countPage>1&&currentPage!=0&&currentPage!=1)
  document.write("<a href=\\"{stem}"+"."+"{ext}\\">首页</a>&nbsp;<a href=\\"{stem}"+"_" + prevPage + "."+"{ext}\\">上一页</a>");
else
  document.write("首页&nbsp;上一页&nbsp;");
if(countPage>1&&currentPage!=(countPage-1))
  document.write("<a href=\\"{stem}"+"_" + nextPage + "."
    +"{ext}\\" >下一页</a>&nbsp;<a href=\\"{stem}"+"_" + (countPage-1) + "."+"{ext}\\">尾页</a>");
</script>"""


@pytest.mark.parametrize("stem, ext", [("index", "html"), ("t20190419_6377489", "htm")])  # a list; an article split in pages
def test_trs_older_script_pagination_lists_every_page(stem: str, ext: str) -> None:
    html = f'<ul><li><a href="./t1.html">一</a></li></ul>{TRS_PAGE_SCRIPT.format(pages=3, stem=stem, ext=ext)}'
    assert script_pagination_urls(html) == [f"{stem}.{ext}", f"{stem}_1.{ext}", f"{stem}_2.{ext}"]
    url = "http://hbj.example.gov.cn/gzdt/"
    assert f"http://hbj.example.gov.cn/gzdt/{stem}_2.{ext}" in html_links(parse_html(html, url), url, html, "utf-8")


def test_trs_older_script_of_one_page_leads_nowhere_else() -> None:
    assert script_pagination_urls(TRS_PAGE_SCRIPT.format(pages=1, stem="index", ext="html")) == ["index.html"]
    assert script_pagination_urls("<script>var countPage = 5; var pageSize = 20;</script>") == []


def test_no_pagination_script() -> None:
    assert script_pagination_urls("<script>var createPage = 1;</script>") == []


@pytest.mark.parametrize("entry, url", [
    ("http://sthjt.example.gov.cn/gzdt/index.html", "http://sthjt.example.gov.cn/gzdt/index_1.html"),
    ("http://sthjt.example.gov.cn/gzdt/index_1.html", "http://sthjt.example.gov.cn/gzdt/index_2.html"),
    ("http://sthjt.example.gov.cn/gzdt/", "http://sthjt.example.gov.cn/gzdt/index_3.html"),
    ("http://news.example.cn/news/list.shtml", "http://news.example.cn/news/list_2.shtml"),
    ("http://hbj.example.gov.cn/dt/index.htm", "http://hbj.example.gov.cn/dt/index-2.htm"),
    ("http://news.example.cn/list.php?cat=3", "http://news.example.cn/list.php?cat=3&page=2"),
    ("http://news.example.cn/list.php?cat=3&page=2", "http://news.example.cn/list.php?cat=3&page=3"),
])
def test_more_pages_of_a_list(entry: str, url: str) -> None:
    assert is_pagination_of(entry, url)


@pytest.mark.parametrize("entry, url", [
    ("http://sthjt.example.gov.cn/gzdt/index.html", "http://sthjt.example.gov.cn/gzdt/content/post_1002.html"),
    ("http://sthjt.example.gov.cn/gzdt/index.html", "http://sthjt.example.gov.cn/tzgg/index_1.html"),
    ("http://sthjt.example.gov.cn/gzdt/index.html", "http://other.example.gov.cn/gzdt/index_1.html"),
    ("http://sthjt.example.gov.cn/gzdt/", "http://sthjt.example.gov.cn/gzdt/t20240115_123.html"),
    ("http://news.example.cn/news/list.shtml", "http://news.example.cn/news/2024_05.shtml"),
    ("http://news.example.cn/list.php?cat=3", "http://news.example.cn/list.php?cat=4"),
    ("http://news.example.cn/list.php?cat=3", "http://news.example.cn/list.php?cat=3&id=77"),
])
def test_not_more_pages_of_a_list(entry: str, url: str) -> None:
    assert not is_pagination_of(entry, url)


def test_frames_and_inline_frames_are_links() -> None:
    html = ('<html><head><base href="http://hbj.example.gov.cn/web/"></head><body>'
            '<iframe src="news_list.asp?lm=12" width="100%"></iframe><a href="about.html">关于我们</a>'
            '<iframe src="https://player.example.com/embed/1"></iframe></body></html>')
    assert html_links(parse_html(html, "http://hbj.example.gov.cn/"), "http://hbj.example.gov.cn/", html, "utf-8") == (
        "http://hbj.example.gov.cn/web/news_list.asp?lm=12", "http://hbj.example.gov.cn/web/about.html",
        "https://player.example.com/embed/1")


@pytest.mark.parametrize("script, link", [
    ('window.location.href = "/web/index.htm";', "http://hbj.example.gov.cn/web/index.htm"),
    ("location.replace('col/col1229/index.html')", "http://hbj.example.gov.cn/col/col1229/index.html"),
    ('top.location="portal/index.jsp"', "http://hbj.example.gov.cn/portal/index.jsp"),
])
def test_a_page_with_no_links_leads_where_its_script_sends_the_browser(script: str, link: str) -> None:
    html = f"<html><head><script type='text/javascript'>{script}</script></head><body>页面跳转中...</body></html>"
    assert html_links(parse_html(html, "http://hbj.example.gov.cn/"), "http://hbj.example.gov.cn/", html, "utf-8") == (link,)


def test_a_script_sending_phones_elsewhere_adds_nothing_to_a_page_with_links() -> None:
    html = ('<html><body><script>if (/iPhone|Android/.test(navigator.userAgent)) { window.location = "m/index.html"; }'
            '</script><a href="gzdt/index.html">工作动态</a></body></html>')
    assert html_links(parse_html(html, "http://hbj.example.gov.cn/"), "http://hbj.example.gov.cn/", html, "utf-8") == (
        "http://hbj.example.gov.cn/gzdt/index.html",)


@pytest.mark.parametrize("href", ["http://[fe80::1/x.html", "http://hbj.example.gov.cn:99999/x.html",
                                  "http://hbj.example.gov.cn:8O80/x.html", "http:///x.html", "ftp://hbj.example.gov.cn/x"])
def test_an_address_no_request_can_be_made_for_is_no_link(href: str) -> None:
    assert absolute_url("http://hbj.example.gov.cn/a.html", href) is None


def test_a_base_that_does_not_parse_leaves_links_relative_to_the_page() -> None:
    html = '<html><head><base href="http://[::1"></head><body><a href="gzdt/index.html">工作动态</a></body></html>'
    assert html_links(parse_html(html, "http://hbj.example.gov.cn/"), "http://hbj.example.gov.cn/", html, "utf-8") == (
        "http://hbj.example.gov.cn/gzdt/index.html",)


@pytest.mark.parametrize("href, url", [
    ("..\\news\\123.htm", "http://hbj.example.gov.cn/news/123.htm"),
    ("\\zwgk\\tzgg\\index.htm", "http://hbj.example.gov.cn/zwgk/tzgg/index.htm"),
    ("list.asp?path=a\\b", "http://hbj.example.gov.cn/gzdt/list.asp?path=a%5Cb"),
])
def test_a_backslash_in_a_links_path_is_a_slash_as_browsers_read_it(href: str, url: str) -> None:
    assert absolute_url("http://hbj.example.gov.cn/gzdt/index.htm", href) == url


def test_a_link_that_opens_its_page_from_a_script_leads_to_that_page() -> None:
    # A government list's entries open in a new window from a script; a site's own function
    # (openwin(7)) says nothing of where it goes and is left.
    entries = [("javascript:void(0)", "window.open('/zwgk/123.html')"), ("javascript:window.open('content.asp?id=5','_blank')", ""),
               ("", "location.href='news/6.htm'"), ("#", "window.open('/zwgk/8.html','_blank')"),
               ("javascript:void(0)", ""), ("javascript:openwin(7)", "")]
    items = "".join(f'<li><a href="{href}" onclick="{onclick}">通知{n}</a></li>' for n, (href, onclick) in enumerate(entries))
    html = f"<html><body><ul>{items}</ul></body></html>"
    assert html_links(parse_html(html, "http://hbj.example.gov.cn/list/"), "http://hbj.example.gov.cn/list/", html, "utf-8") == (
        "http://hbj.example.gov.cn/zwgk/123.html", "http://hbj.example.gov.cn/list/content.asp?id=5",
        "http://hbj.example.gov.cn/list/news/6.htm", "http://hbj.example.gov.cn/zwgk/8.html")


@pytest.mark.parametrize("href, url", [
    ("/gzdt/list.jsp;jsessionid=6F3A9C1E2B7D4A5F8E0C1D2B3A4F5E6D?id=2", "http://hbj.example.gov.cn/gzdt/list.jsp?id=2"),
    ("content.jsp;JSESSIONID=abc123", "http://hbj.example.gov.cn/gzdt/content.jsp"),
    ("/a;b.html?x=1;y=2", "http://hbj.example.gov.cn/a;b.html?x=1;y=2"),
])
def test_a_java_servers_session_leaves_the_address(href: str, url: str) -> None:
    assert absolute_url("http://hbj.example.gov.cn/gzdt/index.jsp", href) == url


# A Hanweb jpage column: entries as data for its script, CDATA sections in <record>s.
HANWEB_ENTRY = '<record><![CDATA[\n<li><a href="/art/2024/5/{n}/art_42164_{n}.html">通知{n}</a><span>2024-05-{n:02d}</span></li>]]></record>'


def test_the_entries_of_a_hanweb_column_in_its_script_data_are_links() -> None:
    records = "".join(HANWEB_ENTRY.format(n=n) for n in (9, 8))
    html = ('<html><body><a href="/index.html">首页</a><div id="380055"><script type="text/xml"><datastore>'
            '<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&columnid=42164&path=/"></a>]]></nextgroup>'
            f'<recordset>{records}</recordset></datastore></script>'
            '<script>//<![CDATA[\nvar more = \'<a href="/not/an/entry.html">\';\n//]]></script></div></body></html>')
    url = "http://sthjt.example.gov.cn/col/col42164/index.html"
    assert html_links(parse_html(html, url), url, html, "utf-8") == (
        "http://sthjt.example.gov.cn/index.html",
        "http://sthjt.example.gov.cn/module/web/jpage/dataproxy.jsp?page=1&columnid=42164&path=/",
        "http://sthjt.example.gov.cn/art/2024/5/9/art_42164_9.html", "http://sthjt.example.gov.cn/art/2024/5/8/art_42164_8.html")


def test_a_hanweb_columns_answer_leads_to_its_entries_and_to_each_of_the_columns_pages() -> None:
    answer = ('<?xml version="1.0" encoding="UTF-8"?>\n<datastore><totalrecord>7</totalrecord><totalpage>3</totalpage>'
              f'<recordset>{HANWEB_ENTRY.format(n=4)}</recordset></datastore>')
    url = "http://sthjt.example.gov.cn/module/web/jpage/dataproxy.jsp?page=2&columnid=42164&path=/"
    # Each page's address as the column page writes its first one: its query otherwise untouched.
    assert datastore_links(answer, url, "utf-8") == (
        "http://sthjt.example.gov.cn/art/2024/5/4/art_42164_4.html", url.replace("page=2", "page=1"), url,
        url.replace("page=2", "page=3"))


def test_a_datastore_claiming_more_pages_than_a_list_has_leads_to_no_more_than_that() -> None:
    answer = f'<datastore><totalpage>99999999</totalpage><recordset>{HANWEB_ENTRY.format(n=4)}</recordset></datastore>'
    links = datastore_links(answer, "http://sthjt.example.gov.cn/module/web/jpage/dataproxy.jsp?page=1", "utf-8")
    assert len(links) == 1 + MAX_SCRIPT_PAGES


def test_a_page_without_a_datastore_has_no_datastore_links() -> None:
    html = f'<html><body><script type="text/xml">{HANWEB_ENTRY.format(n=4)}</script></body></html>'
    assert datastore_links(html, "http://sthjt.example.gov.cn/col/col1/index.html", "utf-8") == ()


# A JPaaS column page's page-building unit, as 商务部's, 工信部's and 浙江's sites declare it.
UNIT = "http://www.example.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit"


@pytest.mark.parametrize("script, query", [
    ("<script id='u1' src='/common/AuthorizedRead/unitbuild.js' url='/api-gateway/jpaas-publish-server/front/page/build/unit' "
     "queryData=\"{'webId':'8f43c7ad','pageId':'fc8bdff4','tplSetId':'52551ea0','tagId':'分页列表','parseType':'bulidstatic',"
     "'pageType':'column','editType':'null'}\"></script>",
     "webId=8f43c7ad&pageId=fc8bdff4&tplSetId=52551ea0&tagId=%E5%88%86%E9%A1%B5%E5%88%97%E8%A1%A8&parseType=bulidstatic"
     "&pageType=column&editType=null"),
    # no address of its own: the unit's usual one
    ("<script src='unitbuild.js' querydata='{\"webId\":\"3630\",\"pageId\":\"1229858680\",\"tagId\":\"list\"}'></script>",
     "webId=3630&pageId=1229858680&tagId=list"),
])
def test_a_jpaas_column_page_leads_to_its_units_list(script: str, query: str) -> None:
    html = f'<div class="nav"><a href="/">首页</a></div><div id="list"></div>{script}'
    url = "http://www.example.gov.cn/zwgk/zcfb/index.html"
    assert html_links(parse_html(html, url), url, html, "utf-8") == ("http://www.example.gov.cn/", f"{UNIT}?{query}")


def test_a_script_without_a_units_page_and_site_leads_nowhere() -> None:
    html = "<script src='unitbuild.js' queryData=\"{'tagId':'list'}\"></script>"
    assert html_links(parse_html(html, "http://www.example.gov.cn/"), "http://www.example.gov.cn/", html, "utf-8") == ()


ANSWER = '{"success":true,"code":"200","data":{"html":"<ul><li><a href=\\"/art/2024/2/23/art_1_1.html\\">一</a></li></ul>"}}'


@pytest.mark.parametrize("query, following", [
    ("webId=1&pageId=2", "webId=1&pageId=2&pageNo=2"),
    ("webId=1&pageId=2&pageNo=3", "webId=1&pageId=2&pageNo=4"),
    ("webId=1&pageId=2&paramJson=%7B%22pageNo%22%3A3%2C%22pageSize%22%3A15%7D",
     "webId=1&pageId=2&paramJson=%7B%22pageNo%22%3A4%2C%22pageSize%22%3A15%7D"),
])
def test_a_units_answer_leads_to_its_entries_and_its_next_page(query: str, following: str) -> None:
    assert unit_answer_links(ANSWER, f"{UNIT}?{query}", "utf-8") == (
        "http://www.example.gov.cn/art/2024/2/23/art_1_1.html", f"{UNIT}?{following}")


def test_a_units_answer_past_its_last_page_or_the_bound_leads_no_further() -> None:
    assert unit_answer_links('{"success":true,"data":{"html":""}}', f"{UNIT}?webId=1&pageId=2&pageNo=9", "utf-8") == ()
    assert unit_answer_links(ANSWER, f"{UNIT}?webId=1&pageId=2&pageNo={MAX_SCRIPT_PAGES}", "utf-8") == (
        "http://www.example.gov.cn/art/2024/2/23/art_1_1.html",)


@pytest.mark.parametrize("text", ["not json", '{"success":false,"data":null}', "[1, 2]", '{"data":{"html":3}}'])
def test_what_is_no_units_answer(text: str) -> None:
    assert unit_answer_links(text, f"{UNIT}?webId=1&pageId=2", "utf-8") is None


@pytest.mark.parametrize("url, link", [
    # the first part, to the later ones TRS's pager names after it, and a later part back to the first
    ("http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234.html", "http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234_1.html"),
    ("http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234_2.html", "http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234.html"),
    # 人民网's hyphen
    ("http://politics.example.cn/n1/2024/0115/c1001-32123456.html", "http://politics.example.cn/n1/2024/0115/c1001-32123456-2.html"),
])
def test_a_part_of_an_article_split_into_pages(url: str, link: str) -> None:
    assert is_part_of_split_article(url, ["http://sthjt.example.gov.cn/", link])


@pytest.mark.parametrize("url, link", [
    # the next article, whose number is longer than a part's; another folder; another extension; itself
    ("http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234.html", "http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501235.html"),
    ("http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234.html", "http://sthjt.example.gov.cn/tzgg/202401/t20240115_5501234_1.html"),
    ("http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234.html", "http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234_1.pdf"),
    ("http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234.html", "http://sthjt.example.gov.cn/gzdt/202401/t20240115_5501234.html"),
    ("http://news.example.cn/a/content_12.htm", "http://news.example.cn/a/content_13.htm"),
])
def test_not_a_part_of_an_article_split_into_pages(url: str, link: str) -> None:
    assert not is_part_of_split_article(url, [link])
