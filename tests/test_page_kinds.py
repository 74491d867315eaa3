"""Every list page is known as a list and every short article as an article, whatever the layout
(tests/fixtures/layouts: pages built after the common CMS templates, each with its expected kind)."""
from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest

from pipelines import structure
from pipelines.decode import decode_html
from pipelines.extract import parse_html
from pipelines.process import error_page_message, process_page
from pipelines.structure import link_structure
from tests.pathological import captioned_picture_index_page

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pages"
FETCHED_AT = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _fixtures() -> list[Path]:
    return sorted(LAYOUTS.glob("*.json"))


@pytest.mark.parametrize("spec", _fixtures(), ids=lambda spec: spec.stem)
def test_each_layout_gets_its_kind(spec: Path) -> None:
    meta = json.loads(spec.read_text(encoding="utf-8"))
    record = process_page(meta["url"], spec.with_suffix(".html").read_bytes(), meta["headers"], FETCHED_AT)
    assert record.kind == meta["expected"]["kind"], meta["layout"]
    if "body" in meta["expected"]:
        assert record.article is not None and record.article.body == meta["expected"]["body"]
    for field in ("origin", "author"):
        if field in meta["expected"]:
            assert getattr(record, field) == meta["expected"][field], field
    if "published_at" in meta["expected"]:
        assert record.published_at == datetime.fromisoformat(meta["expected"]["published_at"])
    if "editor" in meta["expected"]:
        assert record.article is not None and record.article.editor == meta["expected"]["editor"]
    for link in meta["expected"].get("links_include", []):
        assert link in record.links
    if "error_contains" in meta["expected"]:
        assert record.error is not None and record.error.startswith("error_page:")
        assert meta["expected"]["error_contains"] in record.error


def test_there_are_ten_of_each() -> None:
    kinds = [json.loads(spec.read_text(encoding="utf-8"))["expected"]["kind"] for spec in _fixtures()]
    assert kinds.count("list") >= 10 and kinds.count("article") >= 10


def _entries_in_markup(spec: Path) -> bool:
    """Whether the list's entries stand in its markup, not only in data its script renders (a
    Hanweb column's, which the structure cannot see: it is a list for having no text)."""
    return json.loads(spec.read_text(encoding="utf-8")).get("entries_in_markup", True)


@pytest.mark.parametrize("spec", [s for s in _fixtures() if s.stem.startswith("list_") and _entries_in_markup(s)],
                         ids=lambda spec: spec.stem)
def test_list_pages_are_known_from_their_structure_before_extraction(spec: Path) -> None:
    meta = json.loads(spec.read_text(encoding="utf-8"))
    html, _ = decode_html(spec.with_suffix(".html").read_bytes(), meta["headers"]["Content-Type"])
    assert link_structure(parse_html(html, meta["url"]).find("body")).is_link_list


# A brief's worth of sentences introducing a column: the entries still make the page.
BRIEF_INTRODUCTION = ("<p>本栏目发布省生态环境厅的工作动态、通知公告和政策解读，内容每个工作日更新。欢迎社会各界监督，"
                      "如有意见建议请联系厅办公室，电话020-87532123。</p>")
HEADING = re.compile(r"<h[1-4][^>]*>[^<]*</h[1-4]>")


@pytest.mark.parametrize("intro", ["<p>本栏目发布省生态环境厅的工作动态，欢迎社会各界监督，如有意见建议请联系办公室。</p>", BRIEF_INTRODUCTION])
def test_a_list_that_grew_a_long_introduction_is_still_a_list(intro: str) -> None:
    """Prose outside the entries below an article's worth does not make a list an article."""
    html = (LAYOUTS / "list_table_rows.html").read_text(encoding="utf-8")
    page = html.replace('<table class="list-table"', intro + '<table class="list-table"')
    assert process_page("http://gdee.example.gov.cn/xxgk/", page.encode(), {"Content-Type": "text/html"}, FETCHED_AT).kind == "list"


@pytest.mark.parametrize("spec", [s for s in _fixtures() if s.stem.startswith("list_") and HEADING.search(s.with_suffix(".html").read_text(encoding="utf-8"))],
                         ids=lambda spec: spec.stem)
def test_a_columns_heading_over_a_briefs_worth_of_introduction_is_still_a_list(spec: Path) -> None:
    """A brief under its headline beside longer lists is read as an article; a column's heading over an
    introduction and its entries is no such headline: its container is a list."""
    meta = json.loads(spec.read_text(encoding="utf-8"))
    html = spec.with_suffix(".html").read_text(encoding="utf-8")
    heading = HEADING.search(html)
    assert heading is not None
    page = html.replace(heading[0], heading[0] + BRIEF_INTRODUCTION, 1)
    assert process_page(meta["url"], page.encode(), meta["headers"], FETCHED_AT).kind == "list"


@pytest.mark.parametrize("spec", _fixtures()[:4] + _fixtures()[-4:], ids=lambda spec: spec.stem)
def test_a_leaf_counts_as_the_walk_over_children_counts_it(spec: Path) -> None:
    """Childless elements take a short way through the structure pass; it must count what the
    general one does (links, Han, the lead, prose) for every leaf of real layouts."""
    meta = json.loads(spec.read_text(encoding="utf-8"))
    html, _ = decode_html(spec.with_suffix(".html").read_bytes(), meta["headers"]["Content-Type"])
    leaves = [element for element in parse_html(html, meta["url"]).iter()
              if isinstance(element.tag, str) and not len(element) and element.tag not in structure._SKIPPED_TAGS]
    assert any(element.tag == "a" for element in leaves) and any((element.text or "").strip() for element in leaves)
    for element in leaves:
        assert structure._leaf_counts(element, element.tag) == structure._element_counts(element, element.tag, {})[0]


PROJECTS = "".join(f"<tr><td>{n}</td><td>某某新材料有限公司年产{n}万吨再生塑料颗粒项目</td><td>临平区星桥街道</td></tr>" for n in range(1, 5))
CALENDAR = "<tr>" + "".join(f"<th>{day}</th>" for day in "日一二三四五六") + "</tr>" + "".join(
    "<tr>" + "".join(f"<td>{week * 7 + day}</td>" for day in range(1, 8)) + "</tr>" for week in range(4))


@pytest.mark.parametrize("table, content", [
    # A 公示's projects: data the page publishes, however short the line introducing them.
    (f"<table><tr><th>序号</th><th>项目名称</th><th>建设地点</th></tr>{PROJECTS}</table>", True),
    # Each row's report to download is a small share of it.
    (f"<table>{PROJECTS.replace('</tr>', '<td><a href=/report.pdf>全本</a></td></tr>')}</table>", True),
    # A calendar's digits, rows of headlines' links (a list), a layout table holding another table: not content.
    (f"<table>{CALENDAR}</table>", False),
    (f"<table>{PROJECTS.replace('<td>某某', '<td><a href=/x.html>某某').replace('项目</td>', '项目</a></td>')}</table>", False),
    ("<table><tr><td>某某市生态环境局欢迎您</td><td><table><tr><td>今天是</td><td>2024年3月5日 星期二</td></tr></table></td></tr>"
     "<tr><td>主办单位</td><td>某某市生态环境局</td></tr><tr><td>网站标识码</td><td>3301000012</td></tr></table>", False),
])
def test_a_data_table_is_content_as_prose_is(table: str, content: bool) -> None:
    body = parse_html(f"<html><body><p>现将有关情况公示如下：</p>{table}</body></html>", "http://sthjj.example.gov.cn/a.html").find("body")
    # Neither the introduction nor a cell is a sentence: only a table read as data gives prose.
    assert (link_structure(body).prose_chars > 0) is content


ARTICLE = "<p>" + "中国证券业协会发出倡议，全力维护资本市场稳定，坚定支持改革开放。" * 4 + "</p>"
RELATED = "".join(f"<li><a href='/{n}.html'>证监会又出五大招救市第{n}期</a> 2015-07-0{n}</li>" for n in range(1, 6))


@pytest.mark.parametrize("page, headings", [
    # A heading over a list of links, dates beside them: the block's.
    (f"<div class='main'>{ARTICLE}</div><div class='side'><h3>热帖</h3><ul>{RELATED}</ul></div>", {"热帖"}),
    # 网易's <p><b> headings between paragraphs of links.
    (f"<div class='main'>{ARTICLE}</div><div><p><b>证券要闻</b></p><ul>{RELATED}</ul><p><b>行业动态</b></p><ul>{RELATED}</ul></div>",
     {"证券要闻", "行业动态"}),
    # The article's signature right above a related list is in a block of prose.
    (f"<div class='main'>{ARTICLE}<p>中国证券业协会</p><ul>{RELATED}</ul></div>", set()),
    # A text shown over links and in the article too, and a field beside a share bar's links, are not.
    (f"<div class='main'>{ARTICLE}<p>公司新闻</p></div><div><h3>公司新闻</h3><ul>{RELATED}</ul></div>", set()),
    (f"<div class='main'>{ARTICLE}</div><div><span>责任编辑：刘欢</span><a href='/w'>微博</a><a href='/x'>微信</a></div>", set()),
    # A notice's date after its attachments' links heads nothing (its signature may read as a heading,
    # but only a run of headings closing the text goes, and the date closes it).
    (f"<div class='main'>{ARTICLE}</div><div><p><a href='/1.pdf'>附件1：某某项目环境影响评价报告书</a></p>"
     "<p><a href='/2.pdf'>附件2：某某项目公众参与说明</a></p><p><a href='/3.pdf'>附件3：某某项目环境影响评价文件受理情况说明</a></p><p>某某市生态环境局</p><p>2024年1月15日</p></div>",
     {"某某市生态环境局"}),
])
def test_the_headings_of_link_blocks_are_known_from_the_structure(page: str, headings: set[str]) -> None:
    body = parse_html(f"<html><body>{page}</body></html>", "http://news.example.cn/a.html").find("body")
    assert set(link_structure(body).list_headings) == headings


def test_a_page_whose_whole_text_is_short_has_no_block_headings() -> None:
    """The <body> itself is a short text here; its parent was never counted."""
    body = parse_html("<html><body><p>请下载客户端阅读。</p></body></html>", "http://news.example.cn/").find("body")
    assert link_structure(body).list_headings == frozenset()


def test_a_notices_signature_and_date_after_its_attachments_stay() -> None:
    text = "<p>" + "根据《中华人民共和国环境影响评价法》，现将某某项目环境影响评价文件受理情况予以公示，公示期为十个工作日。" * 3 + "</p>"
    html = ("<html><head><title>某某项目环境影响评价公示_某某市生态环境局</title></head><body><h1>某某项目环境影响评价公示</h1>"
            f"<div class='info'>发布时间：2024-01-15 10:00</div>{text}"
            "<div><p><a href='/1.pdf'>附件1：某某项目环境影响评价报告书</a></p><p><a href='/2.pdf'>附件2：某某项目公众参与说明</a></p><p><a href='/3.pdf'>附件3：某某项目环境影响评价文件受理情况说明</a></p>"
            "<p>某某市生态环境局</p><p>2024年1月15日</p></div></body></html>")
    record = process_page("http://sthjj.example.gov.cn/a.html", html.encode(), {"Content-Type": "text/html"}, FETCHED_AT)
    assert record.article.body.split("\n")[-2:] == ["某某市生态环境局", "2024年1月15日"]


# A 任免通知 is a sentence long: under the length of an article, and not enough sentence for a brief.
APPOINTMENT_NOTICE = """<html><head><title>关于张三等同志职务任免的通知_某某市人民政府</title>
<meta name="PubDate" content="2024-01-05 10:00"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/tzgg/">通知公告</a></div>
<h1>关于张三等同志职务任免的通知</h1><div class="info">发布时间：2024-01-05 来源：市人社局</div>
<div class="TRS_Editor"><p>温政任〔2024〕1号</p><p>各县（市、区）人民政府，市政府各部门：</p>
<p>经研究，决定：张三同志任某某市生态环境局局长，免去李四同志的某某市生态环境局局长职务。</p>
<p style="text-align:right">某某市人民政府</p><p style="text-align:right">2024年1月5日</p></div>
<div class="footer">网站标识码：3302000012 浙ICP备05001234号</div></body></html>"""


@pytest.mark.parametrize(("number_line", "number"), [("<p>温政任〔2024〕1号</p>", "温政任〔2024〕1号"), ("", None)])
def test_an_official_document_is_an_article_however_short(number_line: str, number: str | None) -> None:
    # Its number, or its sentence signed by its issuer and dated, makes it one.
    page = APPOINTMENT_NOTICE.replace("<p>温政任〔2024〕1号</p>", number_line)
    record = process_page("http://www.example.gov.cn/art/2024/1/5/art_1.html", page.encode(),
                          {"Content-Type": "text/html; charset=utf-8"}, FETCHED_AT)
    assert record.kind == "article" and record.article.document_number == number
    assert record.article.body.endswith("某某市人民政府\n2024年1月5日")


def _notice(title: str, content: str) -> bytes:
    return (f"<html><head><title>{title}_某某市生态环境局</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a> <a href='/tzgg/'>通知公告</a></div>"
            f"<h1>{title}</h1><div class='info'>发布日期：2024-02-23 来源：某某市生态环境局</div>"
            f"<div class='TRS_Editor'>{content}</div><div class='footer'>网站标识码：3302000012</div></body></html>").encode()


@pytest.mark.parametrize("title, content, body", [
    ("关于公布2024年第一批建设项目环境影响评价文件审批名单的通知",
     "<p>附件：<a href='/u/list.xlsx'>2024年第一批建设项目环评审批名单.xlsx</a></p>", "附件：\n2024年第一批建设项目环评审批名单.xlsx"),
    ("某某市生态环境局公告（2024年第1号）",
     "<p>附件：</p><p><a href='/u/1.pdf'>1.某某市建设项目环境影响评价审批程序规定.pdf</a></p><p><a href='/u/2.doc'>2.申请表.doc</a></p>",
     "附件：\n1.某某市建设项目环境影响评价审批程序规定.pdf\n2.申请表.doc"),
    # the sentence introducing them above them
    ("关于开展2024年大气污染防治专项执法检查的通知",
     "<p>现将《2024年大气污染防治专项执法检查方案》印发给你们，请认真贯彻执行。</p><p>附件：</p>"
     "<p><a href='/u/1.doc'>1.检查情况汇总表.doc</a></p><p><a href='/u/2.pdf'>2.整改要求.pdf</a></p>",
     "现将《2024年大气污染防治专项执法检查方案》印发给你们，请认真贯彻执行。\n附件：\n1.检查情况汇总表.doc\n2.整改要求.pdf"),
])
def test_a_notice_whose_text_is_its_attachments_is_an_article(title: str, content: str, body: str) -> None:
    record = process_page("http://sthjj.example.gov.cn/tzgg/a.html", _notice(title, content), {"Content-Type": "text/html"}, FETCHED_AT)
    assert record.kind == "article" and record.article.body == body


def _notice_beside_column_list(content: str, headline: str = "关于公布第三批建设项目环境影响评价文件审批意见的公告") -> bytes:
    """A district's template whose column list outweighs a short notice or story, with a share bar above the
    text and the footer under it."""
    entries = "".join(f"<li><a href='/2024_09/{day:02d}/content-4910{day:02d}.html'>关于开展第{day}批环境执法检查工作的通知</a>"
                      f"<span>2024-09-{day:02d}</span></li>" for day in range(1, 9))
    return (f"<html><head><title>{headline}-某某区人民政府</title></head><body>"
            "<div class='header'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a> <a href='/tzgg/'>通知公告</a></div>"
            f"<div class='left'><h1>{headline}</h1>"
            "<div class='info'>发布日期：2024-10-11 浏览次数：87</div>"
            "<div class='share'><h6>分享到：</h6><ul><li><a>QQ空间</a></li><li><a>豆瓣网</a></li></ul></div>"
            f"<div class='content'>{content}</div></div>"
            f"<div class='right'><h3>通知公告</h3><ul>{entries}</ul></div>"
            "<div class='footer'>主办单位：某某区人民政府 网站标识码：2111020001 辽ICP备12345678号</div></body></html>").encode()


@pytest.mark.parametrize("content, body", [
    # its attachment's link alone, labelled or not
    ("<p><a href='/u/1.pdf'>第三批建设项目环评审批意见一览表.pdf</a></p>", "第三批建设项目环评审批意见一览表.pdf"),
    ("<p>附件：<a href='/u/1.xlsx'>第三批建设项目环评审批意见一览表.xlsx</a></p>", "附件：\n第三批建设项目环评审批意见一览表.xlsx"),
    # the sentence introducing it
    ("<p>现将第三批建设项目环评审批意见予以公告。</p><p>附件：<a href='/u/1.xlsx'>审批意见一览表.xlsx</a></p>",
     "现将第三批建设项目环评审批意见予以公告。\n附件：\n审批意见一览表.xlsx"),
    # numbered annexes, the number on a line of its own, and the issuer's signature
    ("<p>附件：1.<a href='/u/1.docx'>审批意见一览表.docx</a></p><p>2.<a href='/u/2.xls'>项目联系人汇总表.xls</a></p>"
     "<p style='text-align:right'>某某市生态环境局某某分局</p><p style='text-align:right'>2024年10月11日</p>",
     "附件：1.审批意见一览表.docx\n2.项目联系人汇总表.xls\n某某市生态环境局某某分局\n2024年10月11日"),
])
def test_a_notice_of_attachments_beside_a_column_list_that_outweighs_it_is_an_article(content: str, body: str) -> None:
    record = process_page("http://www.example.gov.cn/2024_10/11/content-491520.html", _notice_beside_column_list(content),
                          {"Content-Type": "text/html; charset=utf-8"}, FETCHED_AT)
    assert (record.kind, record.article and record.article.body) == ("article", body)


STORY = "我区开展秋季森林防火应急演练"
CAPTION = "<p>10月11日，我区开展秋季森林防火应急演练。</p>"


@pytest.mark.parametrize("media", [
    "<p style='text-align:center'><img src='/u/2024/1011/p1.jpg' alt=''></p>", "<p><video src='/u/2024/1011/v1.mp4' controls></video></p>",
    "<p><embed src='/u/2024/1011/player.swf?file=v1.flv' width='600' height='400'></p>",
])
def test_a_video_or_photo_story_of_one_caption_is_an_article(media: str) -> None:
    for page in (_notice_beside_column_list(media + CAPTION, STORY), _notice(STORY, media + CAPTION)):
        record = process_page("http://www.example.gov.cn/2024_10/11/content-491530.html", page, {"Content-Type": "text/html; charset=utf-8"},
                              FETCHED_AT)
        assert (record.kind, record.article and record.article.body) == ("article", "10月11日，我区开展秋季森林防火应急演练。")


@pytest.mark.parametrize("content", [
    # a picture that is a link's (a list's thumbnail), and no caption
    f"<p><a href='/2024_10/11/content-491531.html'><img src='/u/p1.jpg'></a></p>{CAPTION}",
    "<p><img src='/u/2024/1011/p1.jpg'></p><p>演练现场</p>",
    # a topic page: its banner and introduction above its entries, in one container
    "<p><img src='/u/banner.jpg'></p><p>为深入推进森林防火工作，本专题集中发布我区森林防火工作动态。</p><ul>"
    + "".join(f"<li><a href='/zt/{n}.html'>第{n}期森林防火工作简报</a><span>2024-10-{n:02d}</span></li>" for n in range(1, 13)) + "</ul>",
])
def test_a_picture_without_its_own_caption_makes_no_story(content: str) -> None:
    record = process_page("http://www.example.gov.cn/2024_10/11/content-491530.html", _notice_beside_column_list(content, STORY),
                          {"Content-Type": "text/html; charset=utf-8"}, FETCHED_AT)
    assert record.kind == "list"


def test_an_index_whose_entry_shows_a_captioned_picture_stays_a_list() -> None:
    record = process_page("http://www.example.gov.cn/tzgg/index.html", captioned_picture_index_page(200),
                          {"Content-Type": "text/html; charset=utf-8"}, FETCHED_AT)
    assert record.kind == "list"


def test_an_authors_column_of_short_linked_titles_stays_a_list() -> None:
    """A signed poem's shape (a headline, a date, an author, short lines) made of links is a column's index."""
    entries = "".join(f'<li><a href="/zl/2024/{n}.html">三月的第{n}首诗</a></li>' for n in range(12))
    html = ('<html><head><meta charset="utf-8"><title>乔桂堂诗歌专栏</title></head><body><h1>乔桂堂诗歌专栏</h1>'
            f'<div class="info">作者：乔桂堂 更新：2024-04-02</div><ul>{entries}</ul></body></html>')
    record = process_page("http://www.example.com/zl/index.html", html.encode(), {"Content-Type": "text/html; charset=utf-8"}, FETCHED_AT)
    assert record.kind == "list"


def test_a_column_list_beside_no_notice_stays_a_list() -> None:
    record = process_page("http://www.example.gov.cn/2024_10/11/content-491520.html", _notice_beside_column_list(""),
                          {"Content-Type": "text/html; charset=utf-8"}, FETCHED_AT)
    assert record.kind == "list"


@pytest.mark.parametrize("title, count", [("通知公告", 3), ("建设项目环评审批表格下载", 15)])  # a column's name; no document's
def test_a_column_or_a_download_list_of_attachments_is_a_list(title: str, count: int) -> None:
    files = "".join(f"<li><a href='/u/{n}.doc'>建设项目环境影响评价申请表{n}.doc</a></li>" for n in range(count))
    record = process_page("http://sthjj.example.gov.cn/tzgg/a.html", _notice(title, f"<ul>{files}</ul>"), {"Content-Type": "text/html"}, FETCHED_AT)
    assert record.kind == "list"


PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
# A real page (its expected title beside it), as misconfigured servers and Windows tools send it.
SERVED_PAGE = PAGES / "spidergov_city_site_name_before_title"
UTF8_BOM = b"\xef\xbb\xbf"


def _served(how: str) -> tuple[bytes, dict[str, str]]:
    page = SERVED_PAGE.with_suffix(".html").read_bytes()
    text = page.decode("utf-8").replace("charset=utf-8", "charset=utf-16")
    return {
        "no Content-Type": (page, {}),
        "no Content-Type, a UTF-8 byte order mark": (UTF8_BOM + b"\r\n" + page, {}),
        # A server-side include wrote a blank line before the byte order mark.
        "no Content-Type, a blank line then a byte order mark": (b"\n" + UTF8_BOM + page, {}),
        "no Content-Type, UTF-16 with its byte order mark": (text.encode("utf-16"), {}),
        "application/octet-stream": (page, {"Content-Type": "application/octet-stream"}),
        "binary/octet-stream, a UTF-8 byte order mark": (UTF8_BOM + page, {"Content-Type": "binary/octet-stream"}),
        # A type that does not parse names none; of the values a proxy joined, the last counts.
        "a type whose semicolon was lost": (page, {"Content-Type": "text/html charset=utf-8"}),
        "two values a proxy joined": (page, {"Content-Type": "text/plain, text/html; charset=utf-8"}),
    }[how]


@pytest.mark.parametrize("how", ["no Content-Type", "no Content-Type, a UTF-8 byte order mark",
                                 "no Content-Type, a blank line then a byte order mark",
                                 "no Content-Type, UTF-16 with its byte order mark", "application/octet-stream",
                                 "binary/octet-stream, a UTF-8 byte order mark", "a type whose semicolon was lost",
                                 "two values a proxy joined"])
def test_a_page_served_without_a_usable_type_is_still_a_page(how: str) -> None:
    body, headers = _served(how)
    expected = json.loads(SERVED_PAGE.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    record = process_page("http://www.baoding.example.gov.cn/content-1472-385000.html", body, headers, FETCHED_AT)
    assert (record.kind, record.title) == ("article", expected["title"])


@pytest.mark.parametrize("body, content_type", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/octet-stream"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", None),
    # A type that names something is taken at its word: markup sent as text is a text file.
    (b"<html><body><p>\xe6\xad\xa3\xe6\x96\x87</p></body></html>", "text/plain"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
    (b"<html><body><p>\xe6\xad\xa3\xe6\x96\x87</p></body></html>", "text/html, application/pdf"),
])
def test_what_does_not_open_with_markup_or_names_another_type_is_an_attachment(body: bytes, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    assert process_page("http://sthjt.example.gov.cn/files/notice", body, headers, FETCHED_AT).kind == "attachment"


@pytest.mark.parametrize("head, target", [
    ('<meta http-equiv="refresh" content="0; url=/zwgk/index.html">', "http://hbj.example.gov.cn/zwgk/index.html"),
    ('<META HTTP-EQUIV="Refresh" CONTENT="3;URL=portal/index.jsp">', "http://hbj.example.gov.cn/portal/index.jsp"),
    # A front page reloading itself, or reloading later than Scrapy's METAREFRESH_MAXDELAY, stays a page.
    ('<meta http-equiv="refresh" content="300">', None),
    ('<meta http-equiv="refresh" content="600; url=/index.html">', None),
    ('<meta http-equiv="refresh" content="0; url=http://hbj.example.gov.cn/index.html">', None),
    # Only old browsers are sent away (腾讯's template), or browsers without scripts: as Scrapy reads it.
    ('<!--[if lte IE 8]><meta http-equiv="refresh" content="0; url=/upgrade.htm"><![endif]-->', None),
    ('<noscript><meta http-equiv="refresh" content="0; url=/nojs.html"></noscript>', None),
    # An address no request can be made for sends nowhere.
    ('<meta http-equiv="refresh" content="0; url=http://[fe80::1/index.html">', None),
])
def test_a_meta_refresh_to_another_page_soon_is_a_redirect(head: str, target: str | None) -> None:
    page = f"<html><head>{head}<title>某某市生态环境局</title></head><body><p>正在跳转</p></body></html>"
    record = process_page("http://hbj.example.gov.cn/index.html", page.encode(), {"Content-Type": "text/html"}, FETCHED_AT)
    assert (record.kind == "redirect", record.redirect_to) == (target is not None, target)


@pytest.mark.parametrize("headline", [
    "创业环保第一季度报告会计差错的提示性公告",  # magic-html
    "苹果回应“违反中国劳动法”：大多数指控错误",  # GeneralNewsExtractor's guancha page
    "大话四川-[原创]朋友,请正确客观认识凉山、西昌！错误信息[麻辣社区]",  # CWCED
    "网站维护公告", "关于系统维护的通知",  # a notice announcing maintenance is a page of its own
])
def test_a_headline_that_names_an_error_is_no_error_page(headline: str) -> None:
    text = "公司董事会经自查发现，一季度报告存在会计差错，现予以更正。"
    assert error_page_message(headline, headline, text, len(text)) is None


def test_a_page_with_an_article_s_text_is_no_error_page_whatever_its_title() -> None:
    """Some CMSs give every page one <title>; an article's text under 系统提示 is still the article."""
    page = (FIXTURES / "gov_cms_article.html").read_bytes()
    retitled = re.sub(rb"<title>.*?</title>", "<title>系统提示</title>".encode(), page, count=1, flags=re.S)
    assert retitled != page
    meta = json.loads((FIXTURES / "gov_cms_article.json").read_text(encoding="utf-8"))
    record = process_page(meta["url"], retitled, meta["headers"], FETCHED_AT)
    assert record.kind == "article" and record.error is None


def test_a_page_saying_the_site_is_under_maintenance_is_an_error_page() -> None:
    text = "系统正在升级维护，请稍后访问。给您带来的不便，敬请谅解！"
    assert error_page_message("某某市生态环境局", None, text, len(text)) == text


@pytest.mark.parametrize("title", [
    "404 Not Found",  # nginx, Apache
    "HTTP Status 404 – Not Found",  # Tomcat 9
    "404 - 找不到文件或目录。",  # IIS 7, zh-CN
    "IIS 7.5 详细错误 - 404.0 - Not Found",
    "“/”应用程序中的服务器错误。",  # ASP.NET
    "运行时错误",
    "403 Forbidden",
    "对不起，您访问的页面不存在！",
    "提示信息 -  西江论坛 -  Powered by Discuz!",
    "DedeCMS提示信息！",
    "网站防火墙",
    "安全验证",
    "系统维护中",  # a site down for maintenance
    "用户登录",  # a login wall standing for the page
])
def test_what_servers_cmss_and_firewalls_title_their_error_pages(title: str) -> None:
    text = "请检查您输入的网址是否正确。"
    assert error_page_message(title, None, text, len(text)) is not None


def test_a_short_text_in_a_layout_cell_is_kept_once() -> None:
    """trafilatura writes the cell holding a short text after the text: the article goes once, without
    the headline and the info line the cell repeats."""
    spec = LAYOUTS / "article_short_resolution_in_layout_cell.json"
    meta = json.loads(spec.read_text(encoding="utf-8"))
    record = process_page(meta["url"], spec.with_suffix(".html").read_bytes(), meta["headers"], FETCHED_AT)
    assert record.article is not None
    lines = record.article.body.split("\n")
    assert lines[0] == "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）"
    assert len(lines) == 2 and lines[1].startswith("第十届全国人民代表大会常务委员会第二十八次会议，听取了")


@pytest.mark.parametrize("declaration", ['<meta property="og:type" content="article">', '<meta name="ArticleTitle" content="通知公告列表">'])
@pytest.mark.parametrize("spec", [s for s in _fixtures() if s.stem.startswith("list_")], ids=lambda spec: spec.stem)
def test_a_list_whose_template_declares_every_page_an_article_is_still_a_list(spec: Path, declaration: str) -> None:
    """A declared article needs a full sentence of text: a list's headlines and banners are none."""
    meta = json.loads(spec.read_text(encoding="utf-8"))
    html = spec.with_suffix(".html").read_bytes().replace(b"<head>", b"<head>" + declaration.encode(), 1)
    assert process_page(meta["url"], html, meta["headers"], FETCHED_AT).kind == "list"


def test_a_long_data_table_with_no_title_is_judged_by_its_length() -> None:
    """No sentence and no title (its header row is too wide to read as a headline): a 空气质量 table of 40
    rows is long enough to be an article, not a menu."""
    rows = "".join(f"<tr><td>监测点{i}</td><td>{30 + i}</td><td>{12 + i}</td><td>{50 + i}</td><td>良</td></tr>" for i in range(40))
    head = "<tr><th>国控监测点位名称</th><th>空气质量指数AQI</th><th>细颗粒物PM2.5浓度</th><th>可吸入颗粒物PM10浓度</th><th>空气质量等级</th></tr>"
    html = f"<html><head><title>1</title></head><body><table>{head}{rows}</table></body></html>"
    record = process_page("http://sthjj.example.gov.cn/aqi/20240305.html", html.encode(), {"Content-Type": "text/html; charset=utf-8"}, FETCHED_AT)
    assert record.kind == "article"


@pytest.mark.parametrize("content_type", ["text/xml;charset=UTF-8", "text/html;charset=UTF-8"])
def test_the_answer_for_a_hanweb_columns_page_is_a_list_of_its_entries(content_type: str) -> None:
    answer = ('<?xml version="1.0" encoding="UTF-8"?>\n<datastore><totalrecord>16</totalrecord><totalpage>2</totalpage><recordset>'
              '<record><![CDATA[\n<li><a href="/art/2024/4/2/art_42164_901.html">关于开展2024年六五环境日宣传活动的通知</a>'
              '<span>2024-04-02</span></li>]]></record></recordset></datastore>').encode()
    url = "http://sthjt.example.gov.cn/module/web/jpage/dataproxy.jsp?page=2&columnid=42164&unitid=380055"
    record = process_page(url, answer, {"Content-Type": content_type}, FETCHED_AT)
    assert (record.kind, record.error) == ("list", None)
    assert record.links == ("http://sthjt.example.gov.cn/art/2024/4/2/art_42164_901.html", url.replace("page=2", "page=1"), url)


def test_an_xml_document_that_is_no_column_answer_stays_an_attachment() -> None:
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>通知公告</title><item>'
            '<link>http://sthjt.example.gov.cn/art/2024/4/2/art_42164_901.html</link></item></channel></rss>').encode()
    record = process_page("http://sthjt.example.gov.cn/rss.xml", feed, {"Content-Type": "application/rss+xml"}, FETCHED_AT)
    assert (record.kind, record.links) == ("attachment", ())


JPAAS_UNIT = "http://www.example.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?webId=1&pageId=2"


@pytest.mark.parametrize("body, kind, links", [
    ('{"success":true,"data":{"html":"<ul><li><a href=\\"/art/1.html\\">一</a></li></ul>"}}'.encode(), "list",
     ("http://www.example.gov.cn/art/1.html", f"{JPAAS_UNIT}&pageNo=2")),
    (b'{"success":true,"data":{"html":""}}', "list", ()),  # past the column's last page
    (b'{"success":false,"data":null}', "attachment", ()),
])
def test_a_jpaas_units_answer_is_a_list_page(body: bytes, kind: str, links: tuple[str, ...]) -> None:
    # JSON whatever type its server names
    for content_type in ("application/json;charset=UTF-8", "text/html;charset=UTF-8"):
        record = process_page(JPAAS_UNIT, body, {"Content-Type": content_type}, FETCHED_AT)
        assert (record.kind, record.links) == (kind, links)


def test_other_json_is_an_attachment() -> None:
    body = b'{"success":true,"data":{"html":"<a href=\\"/art/1.html\\">x</a>"}}'
    assert process_page("http://www.example.gov.cn/api/news.json", body, {"Content-Type": "application/json"}, FETCHED_AT).kind == "attachment"


@pytest.mark.parametrize("markup", [
    "<a href='/a.html'>  生态环境局 召开会议 </a>",  # a leaf: its own text
    "<td><b>发 布 机 构</b>：<span>市人民政府办公室</span></td>",  # text in its children and their tails
    "<li></li>",  # no text
    "<p>一&amp;二<!--注释-->三</p>",  # an entity, and a comment the parser drops between two texts
])
def test_an_elements_text_is_its_text_content(markup: str) -> None:
    parser = lxml.html.HTMLParser(remove_comments=True)
    element = lxml.html.fragment_fromstring(markup, parser=parser)
    assert structure.text_content(element) == element.text_content()
