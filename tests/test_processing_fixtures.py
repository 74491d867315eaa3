"""The processing function on stored pages: tests/fixtures/pages/NAME.(html|pdf) beside NAME.json
(see tests/fixtures/pages/README.md)."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipelines.evaluate import bigram_prf
from pipelines.process import EXTRACTION_VERSION, process_page

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
FETCHED_AT = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
LABEL_KEYS = {"kind", "body", "error_prefix", "labelled_body", "body_min_precision", "body_min_recall",
              "published_date", "author_contains", "body_contains", "body_lacks", "body_lines"}


def _fixtures() -> list[Path]:
    return sorted(PAGES.glob("*.json"))


def _body_file(spec: Path) -> Path:
    (body,) = [p for p in PAGES.glob(spec.stem + ".*") if p.suffix != ".json"]
    return body


def _field(record, name: str):
    """A field of the page record, else of its article."""
    if hasattr(record, name):
        return getattr(record, name)
    assert record.article is not None, f"{name} is an article field but the page has no article"
    return getattr(record.article, name)


@pytest.mark.parametrize("spec", _fixtures(), ids=lambda p: p.stem)
def test_fixture_page(spec: Path) -> None:
    meta = json.loads(spec.read_text(encoding="utf-8"))
    expected = meta["expected"]
    record = process_page(meta["url"], _body_file(spec).read_bytes(), meta["headers"], FETCHED_AT,
                          status=meta.get("status", 200))

    assert record.kind == expected["kind"]
    assert record.url == meta["url"]
    assert record.extraction_version == EXTRACTION_VERSION
    if "body" in expected:
        assert (record.article.body if record.article else None) == expected["body"]
    if "labelled_body" in expected:
        precision, recall, _ = bigram_prf(record.article.body, expected["labelled_body"])
        assert precision >= expected["body_min_precision"] and recall >= expected["body_min_recall"]
    for name, value in expected.items():
        if name in LABEL_KEYS:
            continue
        got = _field(record, name)
        if name == "published_at" and value is not None:
            value = datetime.fromisoformat(value)
        assert got == value, name
    if "published_at" in expected and record.article is not None:
        assert record.article.published_at == record.published_at
    if "published_date" in expected:
        assert record.published_at.astimezone(ZoneInfo("Asia/Shanghai")).date().isoformat() == expected["published_date"]
    for wanted in expected.get("body_contains", []):
        assert wanted in record.article.body
    for unwanted in expected.get("body_lacks", []):
        assert unwanted not in record.article.body
    for paragraph in expected.get("body_lines", []):  # a paragraph of the page is a line of its own
        assert paragraph in record.article.body.split("\n")
    if "author_contains" in expected:
        assert expected["author_contains"] in record.article.author
    if "error_prefix" in expected:
        assert record.error.startswith(expected["error_prefix"])


def test_the_fixtures_cover_the_templates() -> None:
    assert len(_fixtures()) >= 15
    articles = [json.loads(spec.read_text(encoding="utf-8"))["expected"] for spec in _fixtures()]
    assert sum(1 for e in articles if e["kind"] == "article") >= 12
    for spec in _fixtures():
        assert _body_file(spec).exists()


def test_authors_stated_in_separate_elements() -> None:
    page = """<html><head><title>关于禁止新增建设项目的通告</title></head><body>
    <table><tr><td>发文机关：</td><td>吉林省人民政府</td></tr><tr><td>成文日期：</td><td>2022年01月27日</td></tr></table>
    <div class="content"><p>为做好吉林省嫩江干流补充治理工程建设征地拆迁工作，维护被征地群众的合法权益，保障工程建设顺利进行，根据有关规定，现就有关事项通告如下。</p>
    <p>一、禁止在工程建设征占地范围内新增建设项目、新栽树木、新建坟墓及抢建、抢栽、抢种。</p>
    <p>二、本通告自发布之日起施行。凡违反本通告规定的，在征地拆迁时一律不予补偿。</p></div></body></html>"""
    record = process_page("http://www.jl.example.gov.cn/zw/202201/t20220128.html", page.encode(), {"Content-Type": "text/html"}, FETCHED_AT)
    assert record.kind == "article"
    assert record.author == "吉林省人民政府"
    assert record.published_at == datetime(2022, 1, 27, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_bylines_at_either_end_and_a_person_as_source() -> None:
    paragraphs = "".join(f"<p>第{n}段:会议强调,要深入打好污染防治攻坚战,协同推进降碳、减污、扩绿、增长,持续改善生态环境质量。</p>" for n in range(6))
    closing = f"<html><head><title>外科医生的学术会议</title></head><body><h1>外科医生的学术会议</h1>{paragraphs}<p>到头来,一位自甘穷酸的外科医生。 （袁源）</p></body></html>"
    assert process_page("http://news.example.cn/a.html", closing.encode(), {"Content-Type": "text/html"}, FETCHED_AT).author == "袁源"
    inline = f"<html><head><title>外科医生的学术会议</title></head><body><h1>外科医生的学术会议</h1><p>顶端新闻·河南商报记者马俊峰/文受访者供图</p>{paragraphs}</body></html>"
    assert process_page("http://news.example.cn/b.html", inline.encode(), {"Content-Type": "text/html"}, FETCHED_AT).author == "马俊峰"
    bracketed = ("<html><head><title>无法定义的洛克菲勒</title></head><body><table><tr><td>无法定义的洛克菲勒</td></tr>"
                 "<tr><td>2004年7月16日08:19<br>[ 黄宇 ]\ue5c2 来源：[ 国际金融报 ]</td></tr></table>"
                 f"<div>{paragraphs}</div></body></html>")
    assert process_page("http://news.example.cn/d.html", bracketed.encode(), {"Content-Type": "text/html"}, FETCHED_AT).author == "黄宇"
    sourced = f"<html><head><title>外科医生的学术会议</title></head><body><h1>外科医生的学术会议</h1>{paragraphs}<p>来源: 尹娟</p></body></html>"
    record = process_page("http://news.example.cn/c.html", sourced.encode(), {"Content-Type": "text/html"}, FETCHED_AT)
    assert (record.origin, record.author) == ("尹娟", "尹娟")


def test_a_page_whose_cleaning_leaves_nothing_is_recorded_with_the_reason() -> None:
    spam = "".join(f"<p>威尼斯(5848vip·WNS认证)电子游戏 百家乐 真人视讯 注册送{n}88元,官方网站欢迎您</p>" for n in range(8))
    page = f"<html><head><title>最新优惠活动公告</title></head><body><h1>最新优惠活动公告</h1>{spam}</body></html>"
    record = process_page("http://hijacked.example.com/promo.html", page.encode(), {"Content-Type": "text/html"}, FETCHED_AT)
    assert record.kind == "unprocessable"
    assert record.error == "clean: cleaning left no text"
    assert record.spam_injected and record.article is None


@pytest.mark.parametrize("title, kept", [("1", None), ("北医新闻网", "北医新闻网")])
def test_a_placeholder_title_with_no_headline_in_the_text_is_dropped(title: str, kept: str | None) -> None:
    # Long enough to be an article without a title.
    paragraphs = "".join(f"<p>第{n}段:会议强调,要深入打好污染防治攻坚战,协同推进降碳、减污、扩绿、增长。</p>" for n in range(14))
    page = f"<html><head><title>{title}</title></head><body><div>{paragraphs}</div></body></html>"
    record = process_page("http://news.example.cn/a.html", page.encode(), {"Content-Type": "text/html"}, FETCHED_AT)
    assert record.kind == "article" and record.title == kept


def test_a_json_ld_date() -> None:
    paragraphs = "".join(f"<p>第{n}段:会议强调,要深入打好污染防治攻坚战,协同推进降碳、减污、扩绿、增长。</p>" for n in range(6))
    page = ('<html><head><title>全市生态环境保护大会召开</title><script type="application/ld+json">'
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "全市生态环境保护大会召开", '
            '"datePublished": "2023-06-30T10:12:00+08:00"}</script></head>'
            f"<body><h1>全市生态环境保护大会召开</h1>{paragraphs}</body></html>")
    record = process_page("http://news.example.cn/a.html", page.encode(), {"Content-Type": "text/html"}, FETCHED_AT)
    assert record.published_at.astimezone(ZoneInfo("Asia/Shanghai")).date().isoformat() == "2023-06-30"


def test_a_spam_site_name_is_not_kept() -> None:
    paragraphs = "".join(f"<p>第{n}段:会议强调,要深入打好污染防治攻坚战,协同推进降碳、减污、扩绿、增长。</p>" for n in range(6))
    page = ('<html><head><title>广东省生态环境保护工作会议召开</title><meta property="og:site_name" content="威尼斯(5848vip·WNS认证)电子游戏">'
            f"</head><body><h1>广东省生态环境保护工作会议召开</h1>{paragraphs}</body></html>")
    record = process_page("http://hijacked.example.com/a.html", page.encode(), {"Content-Type": "text/html"}, FETCHED_AT)
    assert record.site_name is None and record.kind == "article" and record.spam_injected


def test_every_stored_field_of_a_traditional_page_is_simplified() -> None:
    paragraphs = "".join(f"<p>第{n}段:會議強調,要深入打好汙染防治攻堅戰,協同推進降碳、減汙、擴綠、增長。</p>" for n in range(6))
    page = ('<html><head><title>廣東省生態環境保護工作會議召開</title><meta property="og:site_name" content="資訊網">'
            f'</head><body><h1>廣東省生態環境保護工作會議召開</h1>{paragraphs}<p>作者：張玉巖</p></body></html>')
    record = process_page("http://mirror.example.tw/a.html", page.encode(), {"Content-Type": "text/html"}, FETCHED_AT)
    assert (record.script, record.title, record.site_name, record.author) == ("zh-Hant", "广东省生态环境保护工作会议召开", "资讯网", "张玉岩")
