"""The article of a page its script builds, read from the script's data (pipelines.scripted); the
whole pages are layouts in tests/fixtures/layouts (article_*_script*)."""
from __future__ import annotations

import json

from pipelines.scripted import article_in_script_data

HEADLINE = "我市启动2024年夏季臭氧污染防控攻坚行动"
PARAGRAPHS = ["记者从市生态环境局获悉，5月20日起，我市启动为期4个月的夏季臭氧污染防控攻坚行动，聚焦挥发性有机物和氮氧化物协同减排。",
              "攻坚期间，全市将对石化、化工、工业涂装、包装印刷等重点行业开展专项执法检查，督促企业落实错峰生产和无组织排放管控要求。",
              "市生态环境局相关负责人表示，将加密臭氧污染天气预报会商，提前发布预警信息，引导市民减少露天烧烤和机动车使用。"]
CONTENT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _state(data: dict) -> str:
    return f"window.__INITIAL_STATE__={json.dumps(data, ensure_ascii=False)};"


def test_the_article_of_the_state_that_names_the_page() -> None:
    script = _state({"detail": {"title": HEADLINE, "content": CONTENT}})
    assert article_in_script_data([script], f"{HEADLINE}_某某新闻") == PARAGRAPHS


def test_javascript_hex_escapes_are_read() -> None:
    script = _state({"detail": {"title": HEADLINE, "content": "@"}}).replace('"@"', json.dumps(CONTENT).replace("<", "\\x3C"))
    assert article_in_script_data([script], HEADLINE) == PARAGRAPHS


def test_a_list_rendered_by_its_script_has_no_article() -> None:
    """A column page's data holds its items' stories; none is the page's, whose title is the column's."""
    script = _state({"column": "工作动态", "site": "某某市生态环境局",
                     "items": [{"title": HEADLINE, "content": CONTENT}, {"title": "全市河长制工作会议召开", "content": CONTENT}]})
    assert article_in_script_data([script], "工作动态_某某市生态环境局") is None


def test_a_summary_alone_is_no_article() -> None:
    """One paragraph in the page's data is as often its description as a short article."""
    script = _state({"title": HEADLINE, "desc": "".join(PARAGRAPHS)})
    assert article_in_script_data([script], HEADLINE) is None


def test_json_ld_article_body_may_be_one_paragraph() -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": HEADLINE, "articleBody": "".join(PARAGRAPHS)}, ensure_ascii=False)
    assert article_in_script_data([ld], HEADLINE) == ["".join(PARAGRAPHS)]


def test_strings_json_cannot_read_are_passed_over() -> None:
    script = _state({"detail": {"title": HEADLINE, "content": CONTENT}}) + ' var note = "it\\\'s \\q";'
    assert article_in_script_data([script], HEADLINE) == PARAGRAPHS
