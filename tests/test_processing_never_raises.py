"""The processing function turns any bytes into a record; it never raises, and no step of its own
fails on the way (an exception it caught is recorded, but is a fault of this project's code)."""
from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipelines import attribution, clean, spam
from pipelines.process import process_page
from pipelines.record import PageKind

FETCHED_AT = datetime(2026, 11, 1, tzinfo=UTC)
HTML = {"Content-Type": "text/html"}
# What process_page records when a step raised: "extract: ValueError: …", "clean: KeyError: …".
CAUGHT_EXCEPTION = re.compile(r"^(?:extract|clean): [A-Za-z_.]+: ")


def _recorded_without_a_fault(record: object) -> bool:
    error = getattr(record, "error", None)
    return error is None or not CAUGHT_EXCEPTION.match(error)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(body: bytes) -> None:
    record = process_page("http://example.cn/a.html", body, HTML, FETCHED_AT)
    assert record.kind in (PageKind.LIST, PageKind.UNPROCESSABLE, PageKind.ARTICLE)
    assert (record.kind == PageKind.UNPROCESSABLE) == (record.error is not None)
    assert _recorded_without_a_fault(record), record.error


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
@example("\ufffe")  # a noncharacter lxml refuses in a query's variable: the <title>'s, in the headline's search
def test_arbitrary_text_in_a_page(text: str) -> None:
    body = f"<html><head><title>{text[:30]}</title></head><body><h1>{text[:30]}</h1><p>{text}</p></body></html>"
    record = process_page("http://example.cn/a.html", body.encode("utf-8", "surrogatepass"), HTML, FETCHED_AT)
    assert _recorded_without_a_fault(record), record.error
    if record.article is not None:
        assert record.article.body.strip()


# Addresses as pages write them, broken ones included (an IPv6 bracket left open, a port of 99999).
ADDRESSES = st.one_of(st.text(max_size=80), st.from_regex(r"(https?:)?//[\[\]:0-9a-z.%/@#?]{0,40}", fullmatch=True))


@settings(max_examples=200, deadline=None)
@given(ADDRESSES)
def test_any_address_in_a_link_a_base_a_refresh_or_a_location(address: str) -> None:
    quoted = html.escape(address, quote=True)
    body = (f'<html><head><base href="{quoted}"><meta http-equiv="refresh" content="0;url={quoted}"><title>通知</title>'
            f'</head><body><a href="{quoted}">链接</a><iframe src="{quoted}"></iframe></body></html>')
    page = process_page("http://example.cn/a.html", body.encode("utf-8", "surrogatepass"), HTML, FETCHED_AT)
    redirect = process_page("http://example.cn/b.html", b"", {"Location": address}, FETCHED_AT, status=302)
    assert redirect.kind == PageKind.REDIRECT
    # A request can be made for every address the crawler is handed.
    for url in [*page.links, page.redirect_to, redirect.redirect_to]:
        if url is not None:
            assert urlsplit(url).port is None or urlsplit(url).port <= 65535


def test_a_text_of_marks_alone_is_recorded_with_its_reason() -> None:
    # Every such text would hash alike and be taken for one article.
    marks = "<p>" + "。。。！！！？？？……——★★★" * 20 + "</p>"
    body = f"<html><head><title>通知公告</title></head><body><h1>通知公告</h1>{marks * 3}</body></html>"
    record = process_page("http://example.cn/a.html", body.encode("utf-8"), HTML, FETCHED_AT)
    assert record.kind == PageKind.UNPROCESSABLE
    assert record.error == "clean: the text has no words, only punctuation and symbols"


def test_degenerate_pages() -> None:
    for body in (b"", b"   ", b"<", b"<html></html>", "。,、!?" .encode() * 500,
                 b"<div>" * 5000 + b"x" + b"</div>" * 5000, ("<p>" + "很长的段落" * 20000 + "</p>").encode(),
                 # a body with no text of its own: an empty one, one of links alone
                 b"<html><head><title>x</title></head><body></body></html>", "<body><a href='/a'>首页</a></body>".encode(),
                 # a form feed (HTML whitespace) beside an element the extraction drops, whose tail it joins
                 "<html><body><h1>通知</h1><div>全省生态环境工作会议召开。</div>\f<script>var a;</script>\f</body></html>".encode()):
        record = process_page("http://example.cn/a.html", body, HTML, FETCHED_AT)
        assert record.kind in (PageKind.LIST, PageKind.UNPROCESSABLE, PageKind.ARTICLE)
        assert _recorded_without_a_fault(record), record.error


CLEANING_STEPS = (
    clean.normalize_unicode, clean.remove_blank_lines_and_padding, clean.remove_pinyin_annotations,
    clean.count_pinyin_annotations, clean.is_traditional, clean.to_simplified, spam.is_spam, spam.remove_spam_lines,
    spam.remove_spam_title_segments, clean.cut_paywall_stub, clean.remove_disclaimers, clean.remove_navigation,
    clean.remove_page_furniture, attribution.split_attribution, clean.remove_site_suffix,
)
PUNCTUATION = st.text(alphabet="()（）【】:：/|_-—。,、!?“”《》 \n", max_size=500)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=2000), PUNCTUATION, st.text(alphabet="生態環境(sheng)(tai)來源:記者 一审", max_size=500)))
def test_no_cleaning_step_raises(text: str) -> None:
    for step in CLEANING_STEPS:
        step(text)
    clean.remove_leading_headline(text, text[:10])


def test_cleaning_steps_on_huge_text() -> None:
    huge = ("生(sheng)態(tai)環境保護工作會議召開。來源:新派客戶端\n" * 20000)
    for step in CLEANING_STEPS:
        step(huge)


def _nested_article(depth: int) -> bytes:
    prose = "全省生态环境系统深入打好污染防治攻坚战，持续改善生态环境质量，推动重点任务落实落细。" * 4
    return (f"<html><head><meta charset='utf-8'><title>全省生态环境工作会议召开</title></head><body>"
            f"<h1>全省生态环境工作会议召开</h1>{'<div>' * depth}<p>{prose}</p>{'</div>' * depth}</body></html>"
            ).encode()


def test_an_article_nested_past_the_default_parser_limit_keeps_its_text() -> None:
    # Old CMS templates leave <div> and <font> unclosed: several hundred levels are real.
    record = process_page("http://example.cn/a.html", _nested_article(600), HTML, FETCHED_AT)
    assert record.kind == PageKind.ARTICLE and "污染防治攻坚战" in record.article.body


def test_nesting_past_any_parser_limit_is_unprocessable_with_the_reason() -> None:
    record = process_page("http://example.cn/a.html", _nested_article(100_000), HTML, FETCHED_AT)
    assert record.kind == PageKind.UNPROCESSABLE and "nested deeper than" in record.error
