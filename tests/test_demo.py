"""`make demo`'s crawl, twice into one archive: the summary matches the demo web, nothing doubles,
and no article field carries the defacements of the copies."""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

import pytest

from crawler.localweb import free_port
from pipelines import clean
from tests.conftest import PROJECT_ROOT

# What the copies in the demo web add to the texts they carry (see crawler/demo_web).
DEFACEMENTS = ("5848vip", "威尼斯", "电子游戏", "联系电话", "试读结束", "加微信", "声明:", "版权归原作者", "如若转载",
               "以上信息源自于网络", "上一篇", "下一篇", "热门评论", "相关新闻", "來源", "編輯", "一审", "二审",
               "(sheng)", "(dòng)", "(lv)", "來", "態", "綠", "資訊網", "-资讯中心", "_新派", "- 广东省生态环境厅")
ARTICLE_FIELDS = ("title", "body", "origin", "author", "editor", "original_title", "keywords", "summary", "document_number")


@pytest.mark.long_running
def test_demo_twice(sqlite_url: str) -> None:
    env = dict(os.environ, ARCHIVE_DATABASE_URL=sqlite_url, DEMO_PORT=str(free_port("127.0.0.11")))
    outputs = [subprocess.run([sys.executable, "-m", "crawler.demo"], cwd=PROJECT_ROOT, env=env,
                              capture_output=True, text=True, timeout=300) for _ in range(2)]
    for result in outputs:
        assert result.returncode == 0, result.stderr[-2000:]
    first, second = (result.stdout for result in outputs)
    # 7 sites, 34 URLs; 11 article pages carry 7 distinct texts: the Traditional+pinyin copies
    # collapse onto their originals, the casino copy onto the portal's.
    summary = "pages fetched: 34  articles stored: 7  article pages: 11  duplicate pages: 4"
    assert summary in first and summary in second
    assert "new articles 7, duplicates 4" in first
    assert "new articles 0, duplicates 0" in second
    assert re.search(r"127\.0\.0\.13\s+2\s+1\s+1", first)
    # Six stories: the conference article's government original and its reposts are one, with the
    # government copy canonical; the truncated essay copy has no full text in the demo web.
    assert "stories: 6" in second
    assert re.search(r"\s2\s+3\s+广东省生态环境厅 \(demo\): 广东省生态环境保护工作会议召开", second)

    con = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    articles = con.execute(f"select {', '.join(ARTICLE_FIELDS)} from articles").fetchall()
    for row in articles:
        for name, value in zip(ARTICLE_FIELDS, row, strict=True):
            for mark in DEFACEMENTS:
                assert mark not in (value or ""), (name, mark, (value or "")[:80])
            assert clean.count_traditional_only(value or "") == 0, (name, "Traditional characters")
            assert clean.count_pinyin_annotations(value or "") == 0, (name, "pinyin")
    flagged = con.execute("select url from pages where spam_injected").fetchall()
    assert sorted(u for (u,) in flagged) == sorted(u for (u,) in con.execute("select url from pages where url like '%127.0.0.13%' and kind != 'http_error'"))
    assert con.execute("select count(*) from articles where is_truncated").fetchone()[0] == 1
    assert con.execute("select count(*) from pages where script = 'zh-Hant' and kind = 'article'").fetchone()[0] == 2
