"""Scheduled runs live on list pages: an entry page (a start URL, a registered list or feed, their
pagination) is fetched on every run, conditionally, whatever kind it was archived as, so a list
once taken for an article still leads to the articles published on it afterwards."""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text

from archive.db import parse_database_url
from crawler.localweb import serve_sites
from tests.conftest import WEB, changed_later, query_rows
from tests.inprocess import crawl_in_process

TEMPLATE = WEB / "gov" / "gzdt" / "content" / "post_1002.html"
HEADLINES = ["关于开展2024年度生态环境执法专项检查的通知", "关于公布2023年度重点排污单位名录的公告",
             "省生态环境厅召开2024年全省生态环境保护工作会议", "我省持续推进大气污染防治攻坚行动取得阶段性成效",
             "关于征求《广东省生态环境保护条例（修订草案）》意见的公告", "2024年第一季度全省环境空气质量状况",
             "关于2024年4月全省地表水水质状况的通报", "全省入河排污口排查整治工作推进会在广州召开"]


def publish(site: Path, count: int) -> None:
    """The first `count` articles, newest first on a table-layout list with a second page."""
    template = TEMPLATE.read_text(encoding="utf-8")
    template = template.replace('href="/gzdt/index.html"', 'href="/"').replace('href="/attachments/notice.pdf"', 'href="/"')
    (site / "a").mkdir(parents=True, exist_ok=True)
    rows = []
    for n in range(count):
        page = template.replace("2023年2月21日,2023年全省", f"2023年2月21日,第{n}次全省", 1)
        (site / "a" / f"{n}.html").write_text(page, encoding="utf-8")
        rows.append(f'<tr><td>{n + 1}</td><td><a href="/a/{n}.html">{HEADLINES[n]}</a></td><td>2024-05-{10 + n}</td></tr>')
    rows.reverse()
    table = '<table><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>{}</table>'
    (site / "index.html").write_text(
        f'<html><head><meta charset="utf-8"><title>通知公告</title></head><body><h2>通知公告</h2>'
        f'{table.format("".join(rows[:5]))}<div class="page"><a href="index_1.html">下一页</a></div></body></html>',
        encoding="utf-8")
    (site / "index_1.html").write_text(
        f'<html><head><meta charset="utf-8"><title>通知公告</title></head><body><h2>通知公告</h2>'
        f'{table.format("".join(rows[5:]))}</body></html>', encoding="utf-8")


def test_a_list_archived_as_an_article_still_leads_to_new_articles(tmp_path: Path, sqlite_url: str) -> None:
    site = tmp_path / "site"
    publish(site, 5)
    with serve_sites({"127.0.0.57": site}) as urls:
        base = urls["127.0.0.57"]
        start = f"start_urls={base}index.html"
        assert not crawl_in_process(sqlite_url, "-a", start).failed
        assert query_rows(sqlite_url, "select count(*) from articles")[0][0] == 5
        # As an older version of the processing stored them: the list and its second page as articles.
        engine = create_engine(parse_database_url(sqlite_url))
        with engine.begin() as connection:
            connection.execute(text("update pages set kind = 'article' where url like '%/index%'"))
        engine.dispose()
        publish(site, 8)  # three new articles: one on the first page, two pushed to the second
        changed_later(site)
        second = crawl_in_process(sqlite_url, "-a", start)
        unchanged = crawl_in_process(sqlite_url, "-a", start)
    assert not second.failed, second.log[-3000:]
    assert query_rows(sqlite_url, "select count(*) from articles")[0][0] == 8
    lists = query_rows(sqlite_url, "select url, kind, crawl_run_id from pages where url like '%/index%' order by url")
    assert [(row.kind, row.crawl_run_id) for row in lists] == [("list", 3), ("list", 3)]
    # The third run asked conditionally and was told nothing changed; no archived article was asked for.
    assert unchanged.stat("downloader/response_status_count/304") == 2
    assert unchanged.stat("incremental/skipped_archived_article") == 8


# A Hanweb (大汉 jcms) column: its page carries its newest entries as data for the jpage script, and
# its older ones answer dataproxy.jsp?page=N in XML, stored here as wget stores such answers.
HANWEB_ANSWER = "/module/web/jpage/dataproxy.jsp"
HANWEB_QUERY = "appid=1&webid=236&path=/&columnid=42164&unitid=380055&permissiontype=0"
HANWEB_ENTRIES_PER_ANSWER = 3


def _hanweb_records(numbers: range) -> str:
    return "\n".join(f'<record><![CDATA[\n<li><a href="/art/2024/5/{n}/art_42164_{n}.html" target="_blank">'
                     f'{HEADLINES[n]}</a><span>2024-05-{10 + n}</span></li>]]></record>' for n in numbers)


def publish_hanweb_articles(site: Path, count: int, column_id: str) -> None:
    """The first `count` articles at the addresses Hanweb's CMSs give them (/art/2024/5/N/art_COLUMN_N.html)."""
    template = TEMPLATE.read_text(encoding="utf-8")
    template = template.replace('href="/gzdt/index.html"', 'href="/"').replace('href="/attachments/notice.pdf"', 'href="/"')
    for n in range(count):
        article = site / "art" / "2024" / "5" / str(n) / f"art_{column_id}_{n}.html"
        article.parent.mkdir(parents=True, exist_ok=True)
        article.write_text(template.replace("2023年2月21日,2023年全省", f"2023年2月21日,第{n}次全省", 1), encoding="utf-8")


def publish_hanweb_column(site: Path, count: int) -> None:
    """The first `count` articles, newest first: the newest three in the column's page, every one
    in the answers for its pages."""
    publish_hanweb_articles(site, count, "42164")
    newest_first = range(count - 1, -1, -1)
    column = site / "col" / "col42164" / "index.html"
    column.parent.mkdir(parents=True, exist_ok=True)
    column.write_text(
        '<html><head><meta charset="utf-8"><title>通知公告</title></head><body><div class="nav"><a href="/">首页</a></div>'
        '<div id="380055"><script type="text/xml"><datastore>'
        f'<nextgroup><![CDATA[<a href="{HANWEB_ANSWER}?page=1&{HANWEB_QUERY}"></a>]]></nextgroup>'
        f'<recordset>{_hanweb_records(newest_first[:HANWEB_ENTRIES_PER_ANSWER])}</recordset></datastore></script>'
        '<script src="/module/web/jpage/jpage.js"></script></div></body></html>', encoding="utf-8")
    pages = -(-count // HANWEB_ENTRIES_PER_ANSWER)
    answers = site / HANWEB_ANSWER.lstrip("/")
    answers.parent.mkdir(parents=True, exist_ok=True)
    for page in range(1, pages + 1):
        entries = newest_first[(page - 1) * HANWEB_ENTRIES_PER_ANSWER:page * HANWEB_ENTRIES_PER_ANSWER]
        answer = answers.with_name(f"{answers.name}?page={page}&{HANWEB_QUERY.replace('/', '%2F')}")
        answer.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<datastore><totalrecord>{count}</totalrecord>'
                          f'<totalpage>{pages}</totalpage><recordset>{_hanweb_records(entries)}</recordset></datastore>',
                          encoding="utf-8")
    (site / "_content_types.txt").write_text(f"{HANWEB_ANSWER} text/xml;charset=UTF-8\n", encoding="utf-8")


def test_a_hanweb_column_leads_to_its_entries_in_script_data_and_to_its_older_pages(tmp_path: Path,
                                                                                    sqlite_url: str) -> None:
    site = tmp_path / "site"
    publish_hanweb_column(site, 7)
    with serve_sites({"127.0.0.58": site}) as urls:
        start = f"start_urls={urls['127.0.0.58']}col/col42164/index.html"
        first = crawl_in_process(sqlite_url, "-a", start)
        publish_hanweb_column(site, 8)  # a new entry at the top of the column's page
        changed_later(site)
        second = crawl_in_process(sqlite_url, "-a", start)
        unchanged = crawl_in_process(sqlite_url, "-a", start)
    assert not first.failed and not second.failed, second.log[-3000:]
    # Unchanged, the column page and each answer came back 304, their archived copies leading on.
    assert unchanged.stat("downloader/response_status_count/304") == 4
    assert query_rows(sqlite_url, "select count(*) from articles")[0][0] == 8
    answers = query_rows(sqlite_url, "select url, kind from pages where url like '%dataproxy.jsp%' order by url")
    assert [(row.url.split("?")[1].split("&")[0], row.kind) for row in answers] == [
        ("page=1", "list"), ("page=2", "list"), ("page=3", "list")]


# A JPaaS column (Hanweb's later platform): its page declares a page-building unit, whose script asks
# the unit's address for the list, which answers in JSON, one page at a time, until a page is empty.
UNIT_PATH = "/api-gateway/jpaas-publish-server/front/page/build/unit"
UNIT_QUERY = "webId=3630&pageId=1229858680&tplSetId=5HrZiFGOR8vHklhTYqM4B&tagId=list&parseType=bulidstatic&pageType=column&editType=null"
UNIT_ENTRIES_PER_PAGE = 3


def publish_jpaas_column(site: Path, count: int) -> None:
    """The first `count` articles, newest first, in the unit's answers for the column's pages."""
    publish_hanweb_articles(site, count, "1229858680")
    column = site / "col" / "col1229858680" / "index.html"
    column.parent.mkdir(parents=True, exist_ok=True)
    declared = "{" + ",".join(f"'{key}':'{value}'" for key, value in (pair.split("=") for pair in UNIT_QUERY.split("&"))) + "}"
    column.write_text(
        '<html><head><meta charset="utf-8"><title>通知公告</title></head><body><div class="nav"><a href="/">首页</a></div>'
        f'<div id="list"></div><script id="unit" src="/common/AuthorizedRead/unitbuild.js" url="{UNIT_PATH}" '
        f'queryData="{declared}"></script></body></html>', encoding="utf-8")
    newest_first = list(range(count - 1, -1, -1))
    answers = site / UNIT_PATH.lstrip("/")
    answers.parent.mkdir(parents=True, exist_ok=True)
    for page in range(1, -(-count // UNIT_ENTRIES_PER_PAGE) + 2):  # and the empty page after the last
        entries = newest_first[(page - 1) * UNIT_ENTRIES_PER_PAGE:page * UNIT_ENTRIES_PER_PAGE]
        html = "".join(f'<li><a href="/art/2024/5/{n}/art_1229858680_{n}.html" title="{HEADLINES[n]}">{HEADLINES[n]}</a>'
                       f'<span>2024-05-{10 + n}</span></li>' for n in entries)
        html = f"<ul>{html}</ul>" if html else ""
        query = UNIT_QUERY if page == 1 else f"{UNIT_QUERY}&pageNo={page}"
        answers.with_name(f"{answers.name}?{query}").write_text(
            json.dumps({"success": True, "code": "200", "data": {"html": html}}, ensure_ascii=False), encoding="utf-8")
    (site / "_content_types.txt").write_text(f"{UNIT_PATH} application/json;charset=UTF-8\n", encoding="utf-8")


def test_a_jpaas_column_leads_through_its_units_answers_to_its_entries(tmp_path: Path, sqlite_url: str) -> None:
    site = tmp_path / "site"
    publish_jpaas_column(site, 7)
    with serve_sites({"127.0.0.59": site}) as urls:
        start = f"start_urls={urls['127.0.0.59']}col/col1229858680/index.html"
        first = crawl_in_process(sqlite_url, "-a", start)
        assert query_rows(sqlite_url, "select count(*) from articles")[0][0] == 7
        publish_jpaas_column(site, 8)  # a new entry at the top of the column
        changed_later(site)
        second = crawl_in_process(sqlite_url, "-a", start)
    assert not first.failed and not second.failed, second.log[-3000:]
    assert query_rows(sqlite_url, "select count(*) from articles")[0][0] == 8
    answers = query_rows(sqlite_url, f"select url, kind from pages where url like '%{UNIT_PATH}%' order by url")
    # Pages 1–3 hold entries, page 4 none: the column ends there.
    assert sorted(row.url.rpartition("pageNo=")[2] if "pageNo" in row.url else "1" for row in answers) == ["1", "2", "3", "4"]
    assert {row.kind for row in answers} == {"list"}
