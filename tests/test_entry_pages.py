"""Scheduled runs live on list pages: an entry page (a start URL, a registered list or feed, their
pagination) is fetched on every run, conditionally, whatever kind it was archived as, so a list
once taken for an article still leads to the articles published on it afterwards."""
from __future__ import annotations

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
