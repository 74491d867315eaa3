"""Extraction from a parsed page: what the parser keeps, and which heading is the article's headline
(its info line, with date and 来源, is read under it)."""
from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipelines import clean
from pipelines.dates import SHANGHAI
from pipelines.extract import (
    MAX_TABLE_NESTING,
    _drop_bookmarks,
    _drop_text_no_one_sees,
    _headline_element,
    _misses_the_article,
    _read_tables_nested_too_deep_as_blocks,
    _reads_as_prose,
    _wrap_loose_text_runs,
    extract,
    parse_html,
)
from pipelines.process import process_page
from tests.pathological import unclosed_tables_page

NOW = datetime(2026, 11, 1, tzinfo=UTC)
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
TEXT = "<p>" + "9月3日，在第二届全球IC企业家大会暨第十七届中国国际半导体博览会上，魏少军教授发表了演讲。" * 3 + "</p>"
WORD_PARAGRAPH = "政府通过实行一增一减的农业政策来提高农民种粮的积极性，增加农民收入，增加农民补贴，减少农业税。"


def _page(title: str, heading: str, footer: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            f"<div class='article'>{heading}<div class='info'><span>2019-09-07 15:10:53</span> <span>来源：EETOP</span></div>"
            f"{TEXT}</div><div class='footer'>{footer}<p>地址：北京市朝阳区大屯路甲11号</p></div></body></html>")


def test_a_lesser_heading_the_title_begins_with_is_the_headline() -> None:
    html = _page("我国集成电路进口突破3000亿美元-EDN 电子技术设计", "<h3>我国集成电路进口突破3000亿美元</h3>",
                 "<h4>联系我们</h4>")
    extracted = extract(html, "https://www.guancha.cn/a.shtml", NOW)
    assert extracted.origin == "EETOP"
    assert extracted.published_at == datetime.fromisoformat("2019-09-07T15:10:53+08:00")


def test_under_a_section_and_site_title_the_lesser_heading_that_reads_as_a_headline_is_it() -> None:
    # The <title> names the channel and the site; an h3 breadcrumb, a sidebar's h4 and the footer's h5
    # (the site's name, with an info line of its own) are blocks' headings, the h5 in the article is
    # the headline.
    html = _page("新闻动态--中国地理学会官网",
                 "<h3>首页 - 新闻动态</h3><h4>联系我们</h4><h5>2019年中国人文地理学术年会在重庆成功举行！</h5>",
                 "<h5>中国地理学会</h5><div class='info'>来源：中国地理学会秘书处</div>")
    extracted = extract(html, "http://www.gsc.org.cn/content.aspx?id=1004", NOW)
    assert extracted.title == "2019年中国人文地理学术年会在重庆成功举行！"
    assert extracted.origin == "EETOP"


@pytest.mark.parametrize("section, headline", [
    ("<h3>一、log10(10)</h3>", "双向复利"),  # a section's heading inside the text: the h1, the <title>'s first part
    ("<h3>（二）主要做法和成效</h3>", "双向复利"),
    ("<h3>3. 结论与建议</h3>", "双向复利"),
    ("<h3>1.5亿元专项资金下达各地</h3>", "1.5亿元专项资金下达各地"),  # a figure, not a section's number
])
def test_under_a_title_read_as_a_section_and_site_a_numbered_section_heading_is_no_headline(section: str, headline: str) -> None:
    html = _page("双向复利-虎嗅网", f"<h1>双向复利</h1>{section}", "<h4>联系我们</h4>")
    assert extract(html, "https://www.huxiu.com/article/494643.html", NOW).title == headline


@pytest.mark.parametrize("heading", [
    # the column's name in the page's only h1, the headline in an element named for it
    "<h1>通知公告</h1><div class='xl_title'>我国集成电路进口突破3000亿美元</div>",
    # an old template's cell named for it, no heading at all
    "<table><tr><td class='bt'><b>我国集成电路进口突破3000亿美元</b></td></tr></table>"])
def test_under_a_site_title_an_element_named_for_the_title_holds_the_headline(heading: str) -> None:
    html = _page("某某市生态环境局", heading, "<div class='title_bar'>联系我们</div>")
    assert extract(html, "http://www.example.gov.cn/tzgg/1.html", NOW).title == "我国集成电路进口突破3000亿美元"


@pytest.mark.parametrize("page_title", [
    # a hijack's banner written over the whole <title>, and no <title> at all
    "<title>久久精品国产色蜜蜜麻豆_日韩精品视频免费观看_91精品在线视频</title>", ""])
def test_with_no_title_of_its_own_an_element_named_for_the_title_holds_the_headline(page_title: str) -> None:
    html = _page("", "<table><tr><td class='bt'><b>我国集成电路进口突破3000亿美元</b></td></tr></table>", "")
    html = html.replace("<title></title>", page_title)
    assert extract(html, "http://www.example.gov.cn/tzgg/1.html", NOW).title == "我国集成电路进口突破3000亿美元"


@pytest.mark.parametrize("page_title", [
    # a hijack's banner written over the whole <title>, and no <title> at all
    "<title>久久精品国产色蜜蜜麻豆_日韩精品视频免费观看_91精品在线视频</title>", ""])
@pytest.mark.parametrize("home", ["index.html", "/", "http://www.example.gov.cn/", "../default.aspx"])
def test_with_no_title_of_its_own_a_logo_heading_linking_home_is_no_headline(page_title: str, home: str) -> None:
    html = _page("", f"<h1><a href='{home}'>某某市生态环境局</a></h1><h2>我国集成电路进口突破3000亿美元</h2>", "")
    html = html.replace("<title></title>", page_title)
    assert extract(html, "http://www.example.gov.cn/tzgg/1.html", NOW).title == "我国集成电路进口突破3000亿美元"


@pytest.mark.parametrize("page_title", [
    "<title>威尼斯(5848vip·WNS认证)电子游戏</title>", ""])
@pytest.mark.parametrize("before", [
    "<h1>全部导航</h1>", "<h2>党务政务网站</h2>",  # a menu's heading and a column's (光明网, 南方网)
    "<h1>欢迎加入本站邮件列表，您将得到最新更新邮件。请在表格中填入您的邮件地址：</h1>",
    "<h2># re: 很高兴入住博客堂 2004-12-27 12:46 flyingbirds</h2>"])
def test_with_no_title_of_its_own_the_first_heading_that_reads_as_a_headline_is_it(page_title: str, before: str) -> None:
    html = _page("", f"{before}<h2>我国集成电路进口突破3000亿美元</h2>", "").replace("<title></title>", page_title)
    assert extract(html, "http://www.example.gov.cn/tzgg/1.html", NOW).title == "我国集成电路进口突破3000亿美元"


@pytest.mark.parametrize("page_title", [
    "<title>威尼斯(5848vip·WNS认证)电子游戏</title>", ""])
def test_with_no_title_of_its_own_a_lesser_heading_over_the_text_comes_before_a_card_named_a_title(page_title: str) -> None:
    # 观察者网's headline in an h3, its sidebar's cards in <div class="title">
    html = _page("", "<h3>我国集成电路进口突破3000亿美元</h3>", "<div class='title'>【深度】越南拒用中国5G，原因和后果是什么</div>")
    assert extract(html.replace("<title></title>", page_title), "http://www.example.gov.cn/tzgg/1.html", NOW).title \
        == "我国集成电路进口突破3000亿美元"


def test_with_no_title_of_its_own_a_lesser_heading_over_no_text_is_no_headline() -> None:
    sidebar = ("<div class='side'><h4>本站推荐阅读 Recommended</h4><ul><li><a href='/a/1.html'>某某市召开生态环境保护大会</a></li>"
               "<li><a href='/a/2.html'>某某区开展河湖清四乱专项行动</a></li></ul></div>")
    html = _page("", "<div class='title'>我国集成电路进口突破3000亿美元</div>", "").replace("<title></title>", "")
    assert extract(html.replace("<div class='nav'>", sidebar + "<div class='nav'>"), "http://www.example.gov.cn/tzgg/1.html",
                   NOW).title == "我国集成电路进口突破3000亿美元"


@pytest.mark.parametrize("page_title", [
    "<title>某某市生态环境局</title>", "<title>威尼斯(5848vip·WNS认证)电子游戏</title>", ""])
def test_an_element_named_for_the_title_holding_the_info_area_gives_the_headline_its_first_child(page_title: str) -> None:
    # 中国青年网's title box: the headline, then its date and source
    box = ("<div class='page_bt'><p class='pbt'>我国集成电路进口突破3000亿美元</p>"
           "<p class='pwz'>发稿时间：2024-05-13 06:03:00 来源：<a href='http://zqb.cyol.com/'>中国青年报</a></p></div>")
    html = _page("", box, "").replace("<title></title>", page_title)
    assert extract(html, "http://www.example.gov.cn/tzgg/1.html", NOW).title == "我国集成电路进口突破3000亿美元"


@pytest.mark.parametrize("page_title", [
    "<title>威尼斯(5848vip·WNS认证)电子游戏</title>", ""])
def test_with_no_title_of_its_own_a_widget_in_the_heading_is_no_part_of_the_headline(page_title: str) -> None:
    heading = ("<h1 class='article__title'><span class='article__title'>我国集成电路进口突破3000亿美元</span>"
               "<div class='article-audio'><div class='article-audio-btn'>播报文章</div></div></h1>")
    html = _page("", heading, "").replace("<title></title>", page_title)
    assert extract(html, "http://www.example.gov.cn/tzgg/1.html", NOW).title == "我国集成电路进口突破3000亿美元"


@pytest.mark.parametrize("opening", ["一、总体要求", "（一）指导思想", "第一章 总则", "第一部分 总体要求",
                                     "（2021年10月29日某某市第十六届人民代表大会常务委员会第三十五次会议通过）"])
def test_a_documents_numbered_part_or_adoption_note_under_the_headline_is_its_text(opening: str) -> None:
    # paragraphs beside the headline, as a CMS's content area sets a document: none is an info line
    page = (f"<html><head><title>关于推进美丽城市建设的实施意见_某某市人民政府</title></head><body><div id='vsb_content'>"
            f"<p><strong>关于推进美丽城市建设的实施意见</strong></p><p>{opening}</p>{TEXT}</div></body></html>")
    assert extract(page, "http://www.example.gov.cn/zcwj/1.html", NOW).info_lines == ()
    record = process_page("http://www.example.gov.cn/zcwj/1.html", page.encode(), {"Content-Type": "text/html"}, NOW)
    assert record.article.body.split("\n")[0] == opening


def test_a_heading_linking_to_its_own_post_is_the_headline() -> None:
    html = _page("", "<h1><a href='/tzgg/1.html'>我国集成电路进口突破3000亿美元</a></h1>", "").replace("<title></title>", "")
    assert extract(html, "http://www.example.gov.cn/tzgg/1.html", NOW).title == "我国集成电路进口突破3000亿美元"


def test_a_heading_naming_only_the_site_yields_to_the_titles_headline_the_text_shows() -> None:
    # a forum's print view: the board's name in the only heading, the headline under a label
    html = (f"<html><head><title>我国集成电路进口突破3000亿美元 - 电子工程网 - Powered by Discuz!</title></head><body>"
            f"<h1>电子工程网</h1><b>标题: </b>我国集成电路进口突破3000亿美元<br/><b>作者: </b>xinpian <b>时间: </b>2019-09-07 15:10"
            f"<br/><br/>{TEXT}</body></html>")
    record = process_page("http://bbs.example.com/forum.php?mod=viewthread&action=printable&tid=1", html.encode(),
                          {"Content-Type": "text/html"}, NOW)
    assert record.title == "我国集成电路进口突破3000亿美元"
    assert not record.article.body.startswith("标题")


def test_founders_comment_of_the_articles_fields_names_its_author_and_editor() -> None:
    # 中国网's template: the author meta holds the editor, the comment Founder's system writes names both
    comment = ("<!--enpproperty <articleid>117184963</articleid><date>2024-05-13 13:48:13:671</date><author>辛闻</author>"
               "<title>我国集成电路进口突破3000亿美元</title><subtitle></subtitle><liability>刘峻凌</liability>/enpproperty-->")
    html = _page("我国集成电路进口突破3000亿美元_中国网", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<head>", '<head><meta name="author" content="刘峻凌">').replace("</body>", comment + "</body>")
    extracted = extract(html, "http://news.example.com.cn/2024-05/13/content_117184963.shtml", NOW)
    assert (extracted.author_elsewhere, extracted.editor) == ("辛闻", "刘峻凌")
    # without the comment, the author meta is all the page says
    assert extract(html.replace(comment, ""), "http://news.example.com.cn/a.shtml", NOW).author_elsewhere == "刘峻凌"


def test_founders_comment_titles_a_page_the_title_of_which_names_only_the_paper() -> None:
    comment = "<!--enpproperty <articleid>4207206</articleid><date>2024-02-28</date><title>守护好 “地球之肾”</title>/enpproperty-->"
    html = (f"<html><head><title>浙江法治报</title></head><body><table><tr><td class='font01'><founder-title>守护好<br>“地球之肾”"
            f"</founder-title></td></tr><tr><td><founder-content>{TEXT}</founder-content></td></tr></table>{comment}</body></html>")
    assert extract(html, "http://epaper.example.com.cn/html/2024-02/28/content_4207206.htm", NOW).title == "守护好 “地球之肾”"
    assert extract(html.replace(comment, ""), "http://epaper.example.com.cn/a.htm", NOW).title == "浙江法治报"


@pytest.mark.parametrize("meta, published", [
    # a day in the meta takes the comment's time that day
    ('<meta name="publishdate" content="2024-05-13">', datetime(2024, 5, 13, 13, 48, 13, tzinfo=SHANGHAI)),
    # another day in the meta keeps it; no date anywhere else takes the comment's
    ('<meta name="publishdate" content="2024-05-12">', datetime(2024, 5, 12, tzinfo=SHANGHAI)),
    ("", datetime(2024, 5, 13, 13, 48, 13, tzinfo=SHANGHAI)),
])
def test_founders_comment_gives_the_time_of_the_day_and_a_date_where_none_is(meta: str, published: datetime) -> None:
    comment = "<!--enpproperty <articleid>117184963</articleid><date>2024-05-13 13:48:13:671</date><author></author>/enpproperty-->"
    html = (f"<html><head><title>我国集成电路进口突破3000亿美元</title>{meta}</head><body><h1>我国集成电路进口突破3000亿美元</h1>"
            f"{TEXT}{comment}</body></html>")
    assert extract(html, "http://news.example.com.cn/a.shtml", NOW).published_at == published


def test_under_a_site_title_a_lesser_heading_that_is_a_link_is_a_list_item() -> None:
    html = _page("新闻中心-腾讯网", "<h3><a href='/a/1.html'>我国集成电路进口突破3000亿美元</a></h3>", "")
    assert extract(html, "https://news.qq.com/", NOW).title == "新闻中心-腾讯网"


@pytest.mark.parametrize("opening", ["<noframes id='fpxfr'>", "<xmp>", "<textarea>", "<iframe>", "<noembed>", "<plaintext>",
                                     "<style>", "<script>var id = 'fpxfr';", "<title>市生态环境局召开会议"])
def test_an_element_read_as_text_and_left_open_closes_where_markup_starts(opening: str) -> None:
    """A <noframes> of a hijack's junk tags, a template's <title>, any element whose content the parser reads as text up
    to its end tag: left open, it would hold the rest of the page, markup and all."""
    html = (f"<html><head><meta charset='utf-8'>{opening}<listing id='fpxfr'></listing><address id='fpxfr'></address>"
            "<div class='content'><p>会议决定：全面推进环保设施向公众开放。</p></div></body></html>")
    tree = parse_html(html, "https://www.example.gov.cn/a.html")
    assert [paragraph.text for paragraph in tree.iter("p")] == ["会议决定：全面推进环保设施向公众开放。"]
    assert "<" not in tree.text_content()


def test_a_script_left_open_at_the_end_of_the_page_keeps_its_code() -> None:
    # no page follows it: its comparisons are no markup to close it before
    html = "<html><body><div class='content'><p>会议决定：全面推进环保设施向公众开放。</p></div><script>if (a<b && c>d) { go(); }"
    tree = parse_html(html, "https://www.example.gov.cn/a.html")
    assert next(tree.iter("script")).text == "if (a<b && c>d) { go(); }"


def test_an_element_read_as_text_keeps_markup_it_was_closed_after() -> None:
    # a page's last script writes markup, and is closed
    html = ("<html><body><div class='content'><p>会议决定：全面推进环保设施向公众开放。</p></div>"
            "<script>document.write('<div class=\"ad\"></div>');</script></body></html>")
    script = next(parse_html(html, "https://www.example.gov.cn/a.html").iter("script"))
    assert script.text == "document.write('<div class=\"ad\"></div>');"


def test_the_page_goes_on_after_a_stray_document_end() -> None:
    # A header template that is a whole document closes </body></html> above the article; a browser
    # shows what follows, and so must the parser.
    html = ("<html><head><title>决议</title></head><body><div class='header'><a href='/'>首页</a></div></body></html>"
            "<div class='content'><p>会议决定：批准发行15500亿元特别国债购买外汇。</p></div></body></html>")
    assert "批准发行15500亿元特别国债" in parse_html(html, "https://www.gov.cn/gongbao/").text_content()



@pytest.mark.parametrize("title, logo", [("某某市生态环境局", "某某市生态环境局"), ("某某市人民政府", "某某市人民政府"),
                                         ("-铜雀历史网", "铜雀历史网"), ("北医新闻网_(新闻)", "北医新闻网")])
def test_a_title_that_is_only_the_sites_name_yields_to_the_pages_heading(title: str, logo: str) -> None:
    # Small sites give every page the site's name as its <title>; the logo's h1 is the site's name too.
    html = _page(title, f"<h1>{logo}</h1><h2>我国集成电路进口突破3000亿美元</h2>", "")
    extracted = extract(html, "http://www.example.gov.cn/art/2019/9/7/art_1.html", NOW)
    assert extracted.title == "我国集成电路进口突破3000亿美元"
    assert extracted.origin == "EETOP"


def test_a_headline_holding_a_bureaus_name_is_no_site_only_title() -> None:
    html = _page("国家统计局发布数据", "<h1>国家统计局发布数据</h1>", "<h2>数据发布</h2>")
    assert extract(html, "http://www.example.gov.cn/a.html", NOW).title == "国家统计局发布数据"


def test_a_heading_that_is_the_titles_site_part_is_the_logo() -> None:
    html = _page("我国集成电路进口突破3000亿美元 - 好看的hk - 博客园", "<h1>好看的hk</h1><h2>我国集成电路进口突破3000亿美元</h2>", "")
    assert extract(html, "https://www.cnblogs.com/x/p/1.html", NOW).title == "我国集成电路进口突破3000亿美元"


def test_a_headline_the_title_ends_with_after_the_sites_name_stays_the_headline() -> None:
    html = _page("中国政府网 - 我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "<h2>中国政府网</h2>")
    assert extract(html, "https://www.gov.cn/a.htm", NOW).title == "我国集成电路进口突破3000亿美元"


@pytest.mark.parametrize("title, shown, headline", [
    # No heading: the element showing the start of the <title> is the headline, and the info line
    # under it is read.
    ("我国集成电路进口突破3000亿美元 电子技术设计_EETOP", "<div class='h-title'>我国集成电路进口突破3000亿美元</div>",
     "我国集成电路进口突破3000亿美元"),
    # An old site's <title> is the headline alone, shown in a table cell's <b>.
    ("我国集成电路进口突破3000亿美元", "<table><tr><td><b>我国集成电路进口突破3000亿美元</b></td></tr></table>",
     "我国集成电路进口突破3000亿美元"),
    # A site's name first is narrower than the headline after it, and a link to the story is a list's.
    ("Joel on Software - 我国集成电路进口突破3000亿美元", "<div class='logo'>Joel on Software</div>", None),
    ("我国集成电路进口突破3000亿美元 - EETOP", "<div><a href='/a.html'>我国集成电路进口突破3000亿美元</a></div>", None),
    ("我国集成电路进口突破3000亿美元", "<div><a href='/a.html'>我国集成电路进口突破3000亿美元</a></div>", None),
    # An element that holds more than the start of the <title> does not show the headline alone.
    ("我国集成电路进口突破3000亿美元 - EETOP", "<div>我国集成电路进口突破3000亿美元<span>（图）</span></div>", None),
])
def test_a_headline_shown_as_plain_text_is_found_by_the_title(title: str, shown: str, headline: str | None) -> None:
    extracted = extract(_page(title, shown, ""), "https://www.example.com.cn/a.html", NOW)
    assert (extracted.title == headline) if headline else (extracted.title == title)
    assert extracted.origin == ("EETOP" if headline else None)


@pytest.mark.parametrize("placeholder", ["转载文章", "本站原创", "网络"])
def test_an_info_lines_origin_that_names_no_one_yields_to_the_texts_attribution(placeholder: str) -> None:
    html = (f"<html><head><title>我国集成电路进口突破3000亿美元</title></head><body>"
            f"<h1>我国集成电路进口突破3000亿美元</h1><div class='info'>2019-09-07 15:10 来源：{placeholder}</div>"
            f"{TEXT}<p>来源：新闻晨报</p></body></html>")
    record = process_page("https://www.example.com.cn/a.html", html.encode(), {"Content-Type": "text/html"}, NOW)
    assert record.article.origin == "新闻晨报"


@pytest.mark.parametrize("title, heading, expected", [
    # An encyclopedia entry: the <title> opens with its name, then the site's; a wiki's [编辑] link is no part of it.
    ("蔡健雅_百度百科", "<h1>蔡健雅</h1>", "蔡健雅"),
    ("雄安新区 - 维基百科，自由的百科全书", "<h1>雄安新区<span>[<a href='/w?action=edit'>编辑</a>]</span></h1>", "雄安新区"),
    # A site's name before a headline, and a logo's link, name no entry.
    ("新华网 - 某地召开生态环境保护新闻发布会", "<h1>新华网</h1>", "新华网 - 某地召开生态环境保护新闻发布会"),
    ("张三丰_互动百科", "<h1><a href='/'>张三丰</a></h1>", "张三丰_互动百科"),
])
def test_an_entrys_name_is_its_title(title: str, heading: str, expected: str) -> None:
    assert extract(_page(title, heading, ""), "https://baike.example.com/item/1", NOW).title == expected


def test_a_breadcrumbs_last_crumb_is_not_the_headline_shown_as_plain_text() -> None:
    title = "我国集成电路进口突破3000亿美元_EETOP"
    crumbs = ("<div class='crumb'><a href='/'>首页</a> &gt; <a href='/n/'>新闻</a> &gt; <span>我国集成电路进口突破3000亿美元</span></div>"
              "<div class='h-title'>我国集成电路进口突破3000亿美元</div>")
    headline = _headline_element(parse_html(_page(title, crumbs, ""), "https://www.example.com.cn/a.html"), title)
    assert headline is not None and headline.get("class") == "h-title"


def test_an_entrys_name_under_its_heading_is_its_subject_not_its_author() -> None:
    html = ("<html><head><title>蔡健雅_百度百科</title></head><body><h1>蔡健雅</h1><p>蔡健雅</p>"
            + TEXT * 4 + "</body></html>")
    record = process_page("https://baike.example.com/item/1", html.encode(), {"Content-Type": "text/html"}, NOW)
    assert (record.article.title, record.article.author) == ("蔡健雅", None)


def test_a_meta_day_takes_the_time_the_info_line_gives_that_day() -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    dated = html.replace("<head>", '<head><meta name="publishdate" content="2019-09-07">')
    assert extract(dated, "https://www.guancha.cn/a.shtml", NOW).published_at == datetime.fromisoformat("2019-09-07T15:10:53+08:00")
    # Another day under the headline (an event's, or a correction's) leaves the meta's day alone.
    other_day = html.replace("<head>", '<head><meta name="publishdate" content="2019-09-06">')
    assert extract(other_day, "https://www.guancha.cn/a.shtml", NOW).published_at == datetime.fromisoformat("2019-09-06T00:00:00+08:00")


def test_an_info_lines_fields_end_at_their_closing_brackets() -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<span>来源：EETOP</span>", "<span>【来源：长江网】</span> <span>【编辑：姚昊】</span>")
    extracted = extract(html, "http://news.cjn.cn/a.html", NOW)
    assert (extracted.origin, extracted.editor) == ("长江网", "姚昊")


def test_a_pictures_source_under_the_headline_is_not_the_origin() -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<span>来源：EETOP</span>", "<span>图片来源：城市轨道交通2023年度统计和分析报告</span>")
    assert extract(html, "https://news.sina.com.cn/a.shtml", NOW).origin is None


def test_a_source_label_a_disclaimer_quotes_is_not_the_origin() -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<span>来源：EETOP</span>",
                        "<span>2024-05-12</span></div><div><p>凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，"
                        "转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</p>")
    assert extract(html, "http://www.example.com/a.html", NOW).origin is None


def test_a_label_in_an_element_of_its_own_names_the_value_after_it() -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<span>来源：EETOP</span>", "<span>来源：</span><span>新华网</span> <span>责任编辑：</span><span>姚昊</span>")
    extracted = extract(html, "https://news.ifeng.com/c/a", NOW)
    assert (extracted.origin, extracted.editor) == ("新华网", "姚昊")


@pytest.mark.parametrize("info, origin, editor", [
    ("<span>来源：</span><span>作者：张三</span>", None, None),
    ("<span>责任编辑：</span><span>来源：新华网</span>", "新华网", None),
    # the empty fields of one line, as government CMSs print them
    ("作者：&nbsp; 来源：&nbsp; 发布时间：2024-03-05", None, None),
    ("编辑： 来源： 浏览次数：1234", None, None),
])
def test_an_empty_label_takes_no_value_from_the_next_field(info: str, origin: str | None, editor: str | None) -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    extracted = extract(html.replace("<span>来源：EETOP</span>", info), "https://news.ifeng.com/c/a", NOW)
    assert (extracted.origin, extracted.editor) == (origin, editor)


@pytest.mark.parametrize("info", [
    # DedeCMS's default article template, and the same labels in Traditional characters on a copy
    "<small>时间:</small>2019-09-07 15:10 <small>来源:</small>新华每日电讯 <small>作者:</small>刘敏 <small>点击:</small>123次",
    "<small>發稿時間:</small>2019-09-07 15:10 &nbsp;<small>來源:</small>新華每日電訊 &nbsp;<small>作者:</small>劉敏",
    "<b>发布时间：</b>2019-09-07 15:10 <b>来源：</b>新华每日电讯 <b>作者：</b>刘敏",
    # labels in elements of their own with their values in the next, a separator between them
    "<span>发布时间：</span> | <span>2019-09-07 15:10</span> | <span>来源：</span> | <span>新华每日电讯</span> | "
    "<span>作者：</span> | <span>刘敏</span>",
])
def test_a_label_in_an_inline_element_names_the_text_after_it(info: str) -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    record = process_page("http://www.example.com/plus/view.php?aid=1", html.replace(
        "<div class='info'><span>2019-09-07 15:10:53</span> <span>来源：EETOP</span></div>", f"<div class='info'>{info}</div>").encode(),
        {"Content-Type": "text/html; charset=utf-8"}, NOW)
    assert (record.origin, record.author) == ("新华每日电讯", "刘敏")
    assert record.published_at == datetime.fromisoformat("2019-09-07T15:10:00+08:00")


@pytest.mark.parametrize("first_paragraph", ["谁能如此幸运，在历史长河中徜徉漫步含英咀华？谁能如此坚守，在社会变迁中记录人间百态？",
                                             "誰能如此幸運，在曆史長河中徜徉漫步含英咀華？誰能如此堅守，在社會變遷中記錄人間百態？"])
def test_an_empty_label_closing_the_info_area_takes_no_value_from_the_text(first_paragraph: str) -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<span>来源：EETOP</span>", "<span>作者：</span>").replace(TEXT, f"<p>{first_paragraph}</p>{TEXT}")
    record = process_page("http://www.example.com/a.html", html.encode(), {"Content-Type": "text/html; charset=utf-8"}, NOW)
    assert record.kind == "article" and record.author is None


def test_the_info_area_ends_at_a_sentence_typed_with_ascii_marks() -> None:
    """A post typed with ASCII marks (专家.现任…, …策略. ②…) begins its text at its first such sentence: read as more of
    the info area, its short paragraphs had all gone from the text as the info area's lines."""
    paragraphs = ["大气污染控制与环境管理专家.现任中国环境科学研究院大气领域首席科学家,国家大气污染防治攻关联合中心副主任.",
                  "摘要:回顾了京津冀地区大气污染联防联控机制发展历程,系统地阐述了其实施效果. 结果表明:预期目标基本实现."]
    html = (f"<html><head><title>京津冀地区大气污染联防联控机制实施效果</title></head><body><h2>京津冀地区大气污染联防联控机制实施效果</h2>"
            f"<div><span>柴发合等</span> <em>2023-02-03</em></div><div>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div></body></html>")
    extracted = extract(html, "http://www.example.com/a.html", NOW)
    assert extracted.info_lines == ("柴发合等", "2023-02-03")
    # A date's and a domain's dots are no sentence's end.
    assert not _reads_as_prose("发布日期:2023.02.03 来源:www.mee.gov.cn 作者:柴发合 责任编辑:王某")


@pytest.mark.parametrize("info", ["【发布日期】2024-03-05【来源】市生态环境局【浏览次数】",
                                  "访问量：[ 5678 ] 发布时间：[ 2024-03-05 ] 来源：[ 市生态环境局 ]"])
def test_a_source_in_brackets_is_the_origin(info: str) -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    assert extract(html.replace("<span>来源：EETOP</span>", info), "https://www.example.gov.cn/a.html", NOW).origin == "市生态环境局"


@pytest.mark.parametrize("info, origin", [
    ('<a class="source" href="http://www.bjnews.com.cn/">新京报</a>', "新京报"),
    ('<span class="source_baidu">来源：<a href="/">北京商报</a></span>', "北京商报"),
    # the innermost marked element: the box holds the name and an app prompt
    ('<div class="sourceTitle-2bea4nhZ"><div class="sourceTitleText-3cWSuiol">中国新闻网</div>下载客户端独家抢先看</div>',
     "中国新闻网"),
    # a date line, a field or a button in a marked element names no source
    ('<div class="article-source">发布时间：10-08 12:00</div>', None),
    ('<span class="sourcePopwin">我已授权，立即分享</span>', None),
    ('<div class="source"><a href="javascript:window.close()">【关闭】</a></div>', None),
    ('<span class="source">打印本页</span>', None),
    # "source" inside a word of the class is no mark
    ('<span class="resource">附件下载</span>', None),
])
def test_the_element_the_template_marks_as_the_source_names_it(info: str, origin: str | None) -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<span>来源：EETOP</span>", info)
    assert extract(html, "https://news.sina.com.cn/a.shtml", NOW).origin == origin


def test_a_source_marked_away_from_the_headline_is_not_the_articles() -> None:
    # a recommendation card's source under the text
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>",
                 '<div class="card"><a href="/b">另一篇报道</a><span class="post_recommend_source">南方都市报</span></div>')
    html = html.replace("<span>来源：EETOP</span>", "")
    assert extract(html, "https://www.163.com/dy/a.html", NOW).origin is None


def test_a_block_inside_a_link_is_link_text() -> None:
    # A card: one link around a picture's label and the title's paragraph, which the extraction
    # writes as a line of its own; an inline element inside a link is no line of its own.
    html = ("<html><body><ul><li><a href='/g/1'><div class='img-wrap'><i>9图</i></div>"
            "<div class='img-title'><p><span>新时代中国奇迹：这片曾威胁过首都的沙漠，被“收服”了</span></p></div></a></li>"
            "<li><a href='/g/2'>老照片：<b>1933年</b>的中国各地鸟瞰图</a></li></ul></body></html>")
    anchors = extract(html, "https://www.toutiao.com/a1/", NOW).anchor_texts
    assert "新时代中国奇迹：这片曾威胁过首都的沙漠，被“收服”了" in anchors
    assert "9图新时代中国奇迹：这片曾威胁过首都的沙漠，被“收服”了" in anchors
    assert "老照片：1933年的中国各地鸟瞰图" in anchors
    assert "1933年" not in anchors


@pytest.mark.parametrize("wrapper", ['<a name="content">', '<a href="#top">'])
def test_the_paragraphs_of_a_text_inside_a_bookmark_or_a_long_link_are_no_link_text(wrapper: str) -> None:
    paragraphs = "".join(f"<p>{WORD_PARAGRAPH}{n}</p>" for n in range(5))
    html = (f"<html><head><title>坚定实施扩大内需战略</title></head><body><h1>坚定实施扩大内需战略</h1>"
            f"{wrapper}<div class='content'>{paragraphs}</div></a></body></html>")
    record = process_page("http://news.example.cn/a.html", html.encode(), {"Content-Type": "text/html; charset=utf-8"}, NOW)
    assert record.kind == "article" and record.article.body.count(WORD_PARAGRAPH) == 5


# Part of a 新华网 interview pasted from Word (the CWCED page of fixture
# corpus_word_text_beside_paragraphs_in_font), its style attributes dropped: paragraphs nested in
# <span> inside a <font>, each going on in an inline run beside them.
WORD_INTERVIEW = (
    '<font color="#008080"><p><b><font color="#0000ff"><span>个人简介：</span><span><o:p></o:p></span></font></b></p>'
    '<span> <p><br><font color="#0000ff"> 李金泽同志现任黑龙江省勃农机械有限责任公司党委书记、董事长兼总经理。</font> </p></span>'
    '<font color="#0000ff"><span><font>1956</font></span><span>年生人，</span><span><font>1978</font></span><span>'
    '年参加工作，</span><span><font>1976</font></span><span>'
    '年加入中国共产党，历任黑龙江省勃利县农机修造厂技术科长、技术厂长、总工程师、黑龙江省勃农机械有限责任公司党总支书记、总经理、总工程师等职务，</span><span><font>2001</font></span>'
    '<span>年起任现职。先后荣获</span><span><font>9</font></span><span>项国家专利，开发设计</span><span><font>23</font></span><span>'
    '项新产品，其中有</span><span><font>4</font></span><span>项达到国家先进水平，有</span><span><font>7</font></span><span>'
    '项获省级以上科技进步奖，多次获国家、省、市、县劳动模范及行业奖励，</span><span><font>98</font></span><span>'
    '年获国务院政府特殊津贴，并获得全国五一劳动奖章、全国青年科技专家、全国农机标准化委员会委员、农机协会优秀工作者、省优秀青年企业家、青年科技新星、优秀质量管理者、省首届“五一”劳动奖章等光荣称号</span></font>'
    ' <p> </p> <p><strong><font color="#000000">记者：首先欢迎你来到新华网接受我们的采访，既然你是农机行业的专家，想必对农业也非常熟悉了，请问你怎样看待农业税补贴问题？</font>'
    '</strong></p> <p><strong><font color="#000000"></font></strong> </p> <p><font color="#000000"><span><o:p>'
    '</o:p></span><font></font></font></p> <p><font color="#000000"><span><strong>李金泽：</strong>'
    '政府通过实行“一增一减”的农业政策来提高农民种粮的积极性，增加农民收入，增加农民补贴，减少农业税，通过政府的这些投入，让农民更加重视粮食生产。即使粮食生产受到价格冲击，实行的补贴政策也能让农民感觉种粮比较合适。同时中央财政发现在粮食产业上的投入，比其它行业投入的增产增收要高。</span>'
    '<span><o:p></o:p></span></font></p><span> <p><br><font color="#000000">'
    ' 比如说在交通行业的投入，政府投入一元钱，由此产生的回报是两元钱。根据我个人统计的数据，国家财政对粮食生产的投入回报率，能达到四倍以上，特别是一些农业依赖产品，投入回报率更大。国家通过这一年的财政补贴调查，结果显示增加农民收入，给农民增加一定的补贴投入，是一件利国利民的好事情。例如国家财政在粮食生产上投入</font>'
    ' </p></span><font color="#000000"><span><font>100</font></span><span>万，投资回报可能是</span><span><font>400</font>'
    '</span><span>万或者更多，从社会的总体效益来看，国家财政对粮食生产的投入使农民增产增收，这个投入是值得的。调查的结果表明中央财政和地方财政</span><span><font>2006</font>'
    '</span><span>年对粮食生产投入的层次，只能增加不能减少。</span></font> </font>'
)


def test_text_beside_paragraphs_nested_in_an_inline_element_is_a_paragraph() -> None:
    html = f"<html><body><div id='Content'>{WORD_INTERVIEW}</div></body></html>"
    text = extract(html, "http://www.hlj.xinhuanet.com/a.htm", NOW).text
    assert "1956年生人，1978年参加工作，1976年加入中国共产党" in text
    assert "100万，投资回报可能是400万或者更多" in text


def test_a_short_label_beside_a_block_in_an_inline_element_is_left_alone() -> None:
    tree = parse_html(f"<html><body><span><b>来源：</b><p>{WORD_PARAGRAPH}</p></span>"
                      f"<a href='/ad'><i>广告</i><span>通知：英国留学生注意了，这些问题如果没准备好，先别留学！</span><div>×</div></a>"
                      "</body></html>", "http://www.news.example.cn/a.htm")
    _wrap_loose_text_runs(tree)
    assert [p.text_content() for p in tree.iter("p")] == [WORD_PARAGRAPH]


# 澎湃新闻's text in loose lines (GeneralNewsExtractor's thepaper_5 page), its footer's <p>s beside it.
LOOSE_LINES = ('<div class="news_txt">此前，发烧、咳嗽被认为是新冠病毒感染的最主要症状。然而最新的研究发现：新冠感染症状中，'
               '<u>味觉嗅觉丧失更具特异性，且症状持续时间更长，可作为是否已被感染的最强预测指标</u>。<br><div class="contheight"></div>'
               '以上结果国际权威医学期刊《柳叶刀》当地时间6月4日刊发的通讯，题为Quantifying additional COVID-19 symptoms will save lives。'
               '该研究的研究团队来自英国伦敦国王学院（King\'s College London）。<br><div class="contheight"></div>'
               '研究者表示，世界各地的公共卫生当局都在试图通过提高公众意识和追踪接触者来控制新冠病毒的传播。</div>')
STATION_FOOTER = "".join(f"<p>{line}</p>" for line in (
    "本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。"
    "如发现本站有涉嫌抄袭侵权/违法违规的内容, 请发送邮件举报,一经查实,本站将立刻删除。",
    "关于我们 | 在线投稿 | 广告服务 | 联系方式 | 网站地图。所有文章、图片、音频、视频等内容，未经授权不得转载、摘编或以其他方式使用。",
    "违法和不良信息举报电话：021-12345678，举报邮箱：jubao@example.cn。互联网新闻信息服务许可证：31120170006，沪ICP备14003370号。",
    "本网站所刊载信息，不代表本站观点。如需转载本网站所刊载信息，请与本站联系，并注明来源和作者。本站保留追究其法律责任的权利。"))


def test_a_containers_first_loose_line_is_kept_however_much_text_the_pages_paragraphs_hold() -> None:
    html = (f"<html><head><title>柳叶刀：味觉嗅觉丧失是新冠感染最强预测指标</title></head><body><div class='main_lt'>"
            f"<div class='newscontent'><h1>柳叶刀：味觉嗅觉丧失是新冠感染最强预测指标</h1>{LOOSE_LINES}</div></div>"
            f"<div class='foot'>{STATION_FOOTER * 3}</div></body></html>")
    text = extract(html, "https://www.thepaper.cn/newsDetail_forward_0", NOW).text
    assert "此前，发烧、咳嗽被认为是新冠病毒感染的最主要症状" in text
    assert "以上结果国际权威医学期刊《柳叶刀》" in text


def test_only_a_containers_opening_sentence_with_lines_after_it_is_put_in_a_paragraph() -> None:
    tree = parse_html("<html><body>" + LOOSE_LINES +
                      "<div class='summary'>此前，发烧、咳嗽被认为是新冠病毒感染的最主要症状。<span>然而最新的研究发现味觉嗅觉丧失更具特异性。</span></div>"
                      "<div>·<a href='/n/1.html'>韩红发新专辑 赵薇金海心沙宝亮等好友齐助阵，新专辑今日发行</a> (2005-04-27)<br>"
                      "·<a href='/n/2.html'>李湘加盟北京台未定</a></div>"
                      "<div class='copyright'>Copyright © 2014~2019 The Paper All rights reserved.上海东方报业有限公司 | "
                      "互联网新闻信息服务许可证：31120170006<br><a href='/about'>关于我们</a></div></body></html>",
                      "https://www.thepaper.cn/newsDetail_forward_0")
    _wrap_loose_text_runs(tree)
    assert [clean.without_spaces(p.text_content())[:8] for p in tree.iter("p")] == ["此前，发烧、咳嗽"]


def test_a_lead_annotated_with_pinyin_is_the_summary_under_the_headline() -> None:
    summary = "在美国旧金山举行的中美元首会晤吸引了全世界的目光。多名外国专家告诉《中国日报》，中美合作共赢符合国际社会利益。"
    annotated = "在(zai)美国(guo)旧金山举(ju)行的中(zhong)美元首会晤吸引了全(quan)世界的目光。多(duo)名外国专家告诉《中国日报》。"
    assert not _misses_the_article(f"{annotated}\n美中合作基金会执行主席约翰·米勒-怀特认为…", iter([summary]))
    bare = "在zai美国guo旧金山举ju行的中zhong美元首会晤吸引了全quan世界的目光。多duo名外国专家告诉《中国日报》。"
    assert not _misses_the_article(bare, iter([summary]))
    assert _misses_the_article("热点新闻排行：今日要闻一览。", iter([summary]))


def test_only_empty_anchors_without_an_address_go_as_bookmarks_their_tails_kept() -> None:
    tree = parse_html('<html><body><p><a name="_Toc1"></a><b>第一章 总则</b></p><p>见<a name="s2"> </a>下文'
                      '<a href="/img/1.jpg"><img src="/img/1.jpg"></a><a name="s3">第二章</a></p></body></html>',
                      "http://www.example.gov.cn/a.htm")
    _drop_bookmarks(tree)
    assert [(a.get("name"), a.get("href"), a.text) for a in tree.iter("a")] == [(None, "/img/1.jpg", None), ("s3", None, "第二章")]
    assert [p.text_content() for p in tree.iter("p")] == ["第一章 总则", "见下文第二章"]


def test_a_nest_of_tables_deeper_than_the_limit_is_read_as_blocks_each_cell_its_own() -> None:
    entries = MAX_TABLE_NESTING + 1
    tree = parse_html(unclosed_tables_page(entries).decode(), "http://www.example.gov.cn/liuyan.htm")
    _read_tables_nested_too_deep_as_blocks(tree)
    assert not tree.xpath("//table | //tr | //td")
    assert [block.text for block in tree.iter("div") if block.text] == [f"第{n}楼" for n in range(entries)]


def test_every_message_of_a_guestbook_nesting_tables_too_deep_is_kept() -> None:
    # Made blocks from the nest's innermost tables only, the outer tables' rows were lost: 31 of the first messages.
    entries = 3 * MAX_TABLE_NESTING
    record = process_page("http://www.example.gov.cn/liuyan.htm", unclosed_tables_page(entries),
                          {"Content-Type": "text/html; charset=utf-8"}, NOW)
    assert [n for n in range(entries) if f"第{n}条留言：请尽快处理" in record.article.body] == list(range(entries))


def test_a_pages_tables_within_the_limit_stay_tables() -> None:
    nested = "<table><tr><td>" * MAX_TABLE_NESTING + "<p>正文</p>" + "</td></tr></table>" * MAX_TABLE_NESTING
    tree = parse_html(f"<html><body>{nested}</body></html>", "http://www.example.gov.cn/a.htm")
    _read_tables_nested_too_deep_as_blocks(tree)
    assert len(list(tree.iter("table"))) == MAX_TABLE_NESTING and not list(tree.iter("div"))


@pytest.mark.parametrize(("table", "number"), [
    ("<tr><td>发文字号：</td><td>吉政明电〔2022〕1号</td></tr>", "吉政明电〔2022〕1号"),
    ("<tr><td>索 引 号：</td><td>11220000013544357T/2022-00426</td><td>文　　号：</td><td>国办发 [2024] 12号</td></tr>",
     "国办发〔2024〕12号"),
    ("<tr><td>发文字号：</td><td></td></tr><tr><td>成文日期：</td><td>2022年01月27日</td></tr>", None),
    # A 双公示 table's decision, its label in a cell of its own without a colon
    ("<tr><td>行政处罚决定书文号</td><td>某环罚〔2024〕12号</td></tr><tr><td>处罚类别</td><td>罚款</td></tr>", "某环罚〔2024〕12号"),
    ("<tr><td>行政许可决定文书号</td><td>某环许〔2024〕7号</td></tr>", "某环许〔2024〕7号"),
    ("<tr><td>行政处罚决定书文号</td><td></td></tr><tr><td>处罚类别</td><td>罚款</td></tr>", None)])
def test_a_documents_information_table_gives_its_number(table: str, number: str | None) -> None:
    html = (f"<html><head><title>关于禁止新增建设项目的通告</title></head><body><table>{table}</table>"
            f"<h1>关于禁止新增建设项目的通告</h1><div class='content'>{TEXT}</div></body></html>")
    assert extract(html, "http://xxgk.jl.example.gov.cn/szf/gkml/202201/t20220128.html", NOW).document_number == number


@pytest.mark.parametrize(("table", "issuer"), [
    # qqhr.gov.cn's labels: spaced to one width, no colon, the value in the next cell
    ("<tr><td>索 引 号</td><td>20191202-189769</td><td>分 类</td><td>其他</td></tr>"
     "<tr><td>发 布 机 构</td><td>市人民政府办公室</td><td>发 文 日 期</td><td>2019-11-29</td></tr>", "市人民政府办公室"),
    ("<tr><td>索引号</td><td>20191202-189769</td><td>发文机关：吉林省人民政府</td><td>成文日期</td><td>2022年01月27日</td></tr>",
     "吉林省人民政府"),
    # two fields are no information table: a page's own table naming an organisation
    ("<tr><td>发布机构</td><td>市人民政府办公室</td><td>联系电话</td><td>12345</td></tr>", None),
    # the value left out: the next cell is the next field's label
    ("<tr><td>索 引 号</td><td>20191202-189769</td><td>分 类</td><td>其他</td></tr>"
     "<tr><td>发 布 机 构</td><td>发 文 日 期</td><td>2019-11-29</td></tr>", None)])
def test_an_information_tables_issuing_organ_is_the_author(table: str, issuer: str | None) -> None:
    html = (f"<html><head><title>关于禁止新增建设项目的通告</title></head><body><table>{table}</table>"
            f"<h1>关于禁止新增建设项目的通告</h1><div class='content'>{TEXT}</div></body></html>")
    assert extract(html, "http://xxgk.jl.example.gov.cn/szf/gkml/202201/t20220128.html", NOW).author_elsewhere == issuer


@pytest.mark.parametrize("declaration", ['<?xml version="1.0" encoding="gb2312"?>\n', "  <?xml version='1.0' encoding='UTF-8' ?>"])
def test_an_xml_declaration_naming_the_charset_does_not_stop_the_page(declaration: str) -> None:
    # lxml refuses decoded text that declares an encoding; an XHTML template opens with one.
    page = (PAGES / "spidergov_city_site_name_before_title.html").read_text(encoding="utf-8")
    plain = process_page("http://www.baoding.gov.cn/content-1472-385000.html", page.encode(), {}, NOW)
    declared = process_page("http://www.baoding.gov.cn/content-1472-385000.html", (declaration + page).encode(), {}, NOW)
    assert declared.kind == "article" and declared.article == plain.article


@pytest.mark.parametrize("default", ["无标题文档", "Untitled Document", "新建网页 1", "无标题页", "Untitled-1", "New Page 1"])
def test_an_html_editors_default_title_is_no_headline(default: str) -> None:
    # A real page whose <title> is replaced by the one Dreamweaver or FrontPage gives a new page: its
    # heading is the headline, as on a page with no <title>.
    spec = PAGES / "gerapy_chinanews_floating_title.html"
    page = re.sub(r"<title>.*?</title>", f"<title>{default}</title>", spec.read_text(encoding="utf-8"), count=1, flags=re.S)
    record = process_page("https://www.chinanews.com/ll/2020/07-04/9229287.shtml", page.encode(), {}, NOW)
    assert record.title == "【中国稳健前行】坚定实施扩大内需战略"


@pytest.mark.parametrize("byline, author", [
    # 人民日报's bylines on 人民网, and a journal's: a two-character name padded to three characters' width
    ("本报记者  王乐文  方  敏", "王乐文 方敏"),
    ("作者：方\u3000敏", "方敏"),
    ("记者 方\xa0\xa0敏 李小明", "方敏 李小明"),
    # a three-character name stays as it is; a lone character beside a word is no name
    ("本报记者 王乐文", "王乐文"),
    ("记者 王乐文 摄", None),
    # the photographer credited after the reporter is no author
    ("记者 张三 摄影 李四", "张三"),
    ("本报记者 张三 图/李四", "张三"),
    ("记者 张三 李四 摄影报道", "张三 李四"),
    # a foreign author's name of capitalised words
    ("作者：Kevin Kelly", "Kevin Kelly"),
    ("作者：duscha 发布时间：2024-05-10", "duscha"),
    # 澎湃's partner story: the reporter and the outlet without labels; a picture's credit names no one
    ("石佳/中国青年报", "石佳"),
    ("图片/新华社", None),
    ("张三/李四", None),
    # the reporter's outlet and role after the author's label, and roles between and after the names
    ("作者：记者 王琳琳", "王琳琳"),
    ("文/羊城晚报全媒体记者 林园 图/受访者提供", "林园"),
    ("作者：通讯员 李明 记者 张华", "李明 张华"),
    ("作者：本报记者 陈晨 实习生 | 发布时间：2024-02-23", "陈晨"),
    ("作者：新华社驻京记者站", "新华社驻京记者站"),
    # names however the byline lists them are stored one space apart; a last writer after an ampersand counts
    ("作者：王建宏、张文攀", "王建宏 张文攀"),
    ("执笔/叨叨姐、胡一刀&李小飞刀", "叨叨姐 胡一刀 李小飞刀"),
    ("文｜李娜＆王强", "李娜 王强"),
])
def test_an_info_lines_byline_names_the_writers(byline: str, author: str | None) -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<span>来源：EETOP</span>", f"<span>来源：EETOP</span></div><div class='author'>{byline}")
    record = process_page("https://www.example.com.cn/a.html", html.encode(), {"Content-Type": "text/html"}, NOW)
    assert record.author == author


@pytest.mark.parametrize("metas, author", [
    # the tags Google Scholar reads, as journal platforms write them
    ('<meta name="citation_authors" content="赵  培; 李小明">', "赵培 李小明"),
    ('<meta name="citation_author" content="赵培"><meta name="citation_author" content="李小明">', "赵培"),
    ('<meta name="citation_author" content="汉斯出版社">', None),
])
def test_a_papers_citation_author_meta_names_its_author(metas: str, author: str | None) -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<head>", "<head>" + metas)
    record = process_page("https://www.example.com.cn/a.html", html.encode(), {"Content-Type": "text/html"}, NOW)
    assert record.author == author


@pytest.mark.parametrize("metas, declared", [
    # the meta set the 政府网站发展指引 has government sites write: ArticleTitle on article pages only
    ('<meta name="ColumnName" content="通知公告"><meta name="ArticleTitle" content="关于印发《某某办法》的通知">', True),
    ('<meta name="ColumnName" content="通知公告"><meta name="ArticleTitle" content="通知公告">', False),
    ('<meta property="og:type" content="article">', True),
    ('<meta property="og:type" content="news">', True),
    ('<meta property="og:type" content="website">', False),
    ("", False),
])
def test_a_page_declares_itself_an_article_by_its_metadata(metas: str, declared: bool) -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "").replace("<head>", "<head>" + metas)
    assert extract(html, "https://www.example.gov.cn/a.html", NOW).declares_an_article is declared


@pytest.mark.parametrize("info, published", [
    # a 政府信息公开 table gives the document's date before its publication's
    ("<span>成文日期：2024-03-01</span> <span>发布日期：2024-03-05</span>", datetime(2024, 3, 5, tzinfo=SHANGHAI)),
    ("<table><tr><td>成文日期：</td><td>2024年03月01日</td></tr><tr><td>发布日期：</td><td>2024年03月05日</td></tr></table>",
     datetime(2024, 3, 5, tzinfo=SHANGHAI)),
    ("<span>更新时间：2024-03-06</span> <span>发布时间：2024-03-05 10:20</span>", datetime(2024, 3, 5, 10, 20, tzinfo=SHANGHAI)),
    # with no publication label, the document's date is the page's
    ("<span>成文日期：2024-03-01</span>", datetime(2024, 3, 1, tzinfo=SHANGHAI)),
])
def test_a_publication_label_comes_before_a_documents_or_an_updates(info: str, published: datetime) -> None:
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "")
    html = html.replace("<div class='info'><span>2019-09-07 15:10:53</span> <span>来源：EETOP</span></div>", f"<div class='info'>{info}</div>")
    assert extract(html, "https://www.example.gov.cn/a.html", NOW).published_at == published


def test_a_comments_publication_label_far_below_does_not_date_the_page() -> None:
    paragraphs = "".join(f"<p>第{i}段：9月3日，在第二届全球IC企业家大会上，魏少军教授发表了演讲。</p>" for i in range(15))
    html = ("<html><head><title>我国集成电路进口突破3000亿美元</title></head><body><h1>我国集成电路进口突破3000亿美元</h1>"
            "<div class='info'><span>更新时间：2024-03-06 09:00</span></div>"
            f"<div class='article'>{paragraphs}</div><div class='comments'><p>网友甲</p><span>发表时间：2024-03-09 21:15</span>"
            "<p>写得很好。</p></div></body></html>")
    assert extract(html, "https://www.example.com.cn/a.html", NOW).published_at == datetime(2024, 3, 6, 9, 0, tzinfo=SHANGHAI)


NOTICE_TEXT = "<p>" + "各区、县（市）生态环境分局：为深入打好污染防治攻坚战，现就做好2024年环境监测工作通知如下。" * 3 + "</p>"


@pytest.mark.parametrize("fields, info_area", [
    # A 政府信息公开 information table under the headline is its info area: its fields are read.
    ([("索引号：", "11330000002482029Q/2024-00012"), ("发布机构：", "某某市生态环境局"), ("发文日期：", "2024-03-05"),
      ("文号：", "某环发〔2024〕3号"), ("主题分类：", "环境保护")], True),
    # A table of data is the text: a 行政处罚 decision's fields, its company's 法定代表人 no byline.
    ([("处罚名称", "某某化工有限公司超标排放水污染物案"), ("行政相对人名称", "某某化工有限公司"), ("法定代表人", "张某"),
      ("处罚内容", "罚款人民币贰拾万元整")], False),
])
def test_a_table_under_the_headline_is_its_info_area_only_as_an_information_table(
        fields: list[tuple[str, str]], info_area: bool) -> None:
    table = "<table>" + "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in fields) + "</table>"
    html = (f"<html><head><title>关于做好2024年环境监测工作的通知</title></head><body><h1>关于做好2024年环境监测工作的通知</h1>"
            f"<div class='info'>发布日期：2024-03-05</div>{table}<div class='content'>{NOTICE_TEXT}</div></body></html>")
    extracted = extract(html, "https://sthjj.example.gov.cn/art/1.html", NOW)
    assert (fields[1][1] in extracted.header_lines) is info_area
    assert extracted.author is None


@pytest.mark.parametrize("content, info_lines", [
    # 澎湃's reporter and paper in the info area, above the text's own element.
    ("<div class='news_about'><p>石佳/中国青年报</p><p>2019-09-24 09:10</p></div>"
     f"<div class='news_txt'>{NOTICE_TEXT}</div>", ("石佳/中国青年报", "2019-09-24 09:10")),
    # A WeChat post's author field and its account's name, a link.
    ("<div id='meta_content'><span>宣教中心</span> <span><a href='javascript:void(0);' id='js_name'>某某生态环境</a></span></div>"
     f"<div id='js_content'>{NOTICE_TEXT}</div>", ("宣教中心", "某某生态环境")),
    # A short notice's container, which the info area runs into, begins the text with its number, its
    # addressees or its first sentence: none of its lines is the info area's.
    ("<div class='info'>发布时间：2024-01-05</div><div class='TRS_Editor'><p>温政任〔2024〕1号</p>"
     "<p>各县（市、区）人民政府，市政府各部门：</p><p>经研究，决定：张三同志任某某市生态环境局局长。</p></div>", ("发布时间：2024-01-05",)),
    ("<div class='info'>发布时间：2007-06-29</div><div><p>（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>"
     "<p>第十届全国人民代表大会常务委员会第二十八次会议，听取了国务院的说明，并对议案进行了审议。</p></div>", ("发布时间：2007-06-29",)),
])
def test_the_info_areas_own_lines_end_where_the_text_begins(content: str, info_lines: tuple[str, ...]) -> None:
    html = (f"<html><head><title>关于做好2024年环境监测工作的通知</title></head><body><h1>关于做好2024年环境监测工作的通知</h1>"
            f"{content}</body></html>")
    assert extract(html, "https://sthjj.example.gov.cn/art/1.html", NOW).info_lines == info_lines


# Keywords a hijacked page stuffs where no reader sees them; not casino words, so only where they sit tells.
STUFFED = "近日热门：明星八卦 最新电影下载 高清视频在线观看 手机游戏排行 网络小说免费阅读"


@pytest.mark.parametrize("hidden", [
    f'<div style="position:absolute;left:-9999px;top:-9999px">{STUFFED}</div>',
    f'<p style="text-indent:-9999px">{STUFFED}</p>',
    f'<font style="font-size:0px">{STUFFED}</font>',
    f'<span style="FONT-SIZE: 0">{STUFFED}</span>',
])
def test_text_placed_off_screen_or_in_type_of_size_0_is_no_text(hidden: str) -> None:
    body = _body_with_inserted(hidden)
    assert "魏少军教授发表了演讲" in body and "明星八卦" not in body


def _body_with_inserted(element: str) -> str:
    """The article body of a page whose text has the element between two of its paragraphs."""
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "").replace(TEXT, TEXT + element + TEXT)
    return process_page("https://www.example.com.cn/a.html", html.encode(), {"Content-Type": "text/html"}, NOW).article.body


@pytest.mark.parametrize("shown", [
    # the gap fix for inline blocks: a container of size 0 whose children set their own, or take it from the style sheet
    f'<div style="font-size:0"><p style="font-size:16px">{STUFFED}</p></div>',
    f'<ul style="font-size:0"><li class="item">{STUFFED}</li></ul>',
    # a layout's own negative margin, and a carousel's strip of slides as wide as its offset
    f'<div style="margin-left:-20px;left:-200px">{STUFFED}</div>',
    f'<div style="width:3600px;position:relative;left:-2400px">{STUFFED}</div>',
    # the rest of an article behind 展开全文 until it is clicked
    f'<div style="display:none">{STUFFED}</div>',
])
def test_text_a_reader_sees_or_will_see_stays(shown: str) -> None:
    assert "明星八卦" in _body_with_inserted(shown)


@pytest.mark.parametrize("jammer", [
    # Discuz!'s jammer(): pairs of random characters in an element its style sheet hides, or in a hidden span
    '<font class="jammer">7 I9 U) K# f% O</font>',
    '<span style="display:none">&quot; x4 Y. l1 [/ M/ P) ~</span>',
    '<i class="foo jammer bar">, M0 J# x0 L/ B- S</i>'])
def test_a_forums_anti_copy_junk_is_no_text(jammer: str) -> None:
    body = _body_with_inserted(jammer)
    assert body.count("魏少军教授发表了演讲") == 6 and not any(char in body for char in "#%[~")


def test_a_hidden_span_of_other_characters_stays_for_the_scripts_that_show_it() -> None:
    tree = parse_html("<html><body><p>正文<span style='display:none'>2024-05-24 11:36:49</span></p></body></html>", "http://x.cn/")
    _drop_text_no_one_sees(tree)
    assert "2024-05-24 11:36:49" in tree.text_content()


def test_a_carousels_slides_off_screen_are_still_links() -> None:
    slides = "".join(f'<div style="width:1200px;left:-{1200 * n}px"><a href="/news/{n}.html">第{n}张幻灯片的新闻标题</a></div>'
                     for n in range(1, 4))
    html = _page("我国集成电路进口突破3000亿美元", "<h1>我国集成电路进口突破3000亿美元</h1>", "").replace(TEXT, slides + TEXT)
    record = process_page("https://www.example.com.cn/a.html", html.encode(), {"Content-Type": "text/html"}, NOW)
    assert {f"https://www.example.com.cn/news/{n}.html" for n in range(1, 4)} <= set(record.links)
    assert "幻灯片" not in record.article.body
