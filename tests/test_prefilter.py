"""The pass that tells which line patterns a text may hold must never leave out one that matches:
the cleaning steps try only the patterns it names."""
from __future__ import annotations

import functools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines import clean, extract, lexicon
from pipelines.prefilter import (
    Prefilter,
    may_hold_a_match,
    may_match,
    required_string_sets,
    required_strings,
    required_strings_finder,
)

LINE_PATTERN_LISTS = {
    "paywall stubs": lexicon.PAYWALL_STUB_PATTERNS,
    "disclaimers": lexicon.DISCLAIMER_LINE_PATTERNS,
    "furniture": lexicon.FURNITURE_LINE_PATTERNS,
}
EVERY_LINE_PATTERN = [(name, index, pattern) for name, patterns in LINE_PATTERN_LISTS.items()
                      for index, pattern in enumerate(patterns)]


@pytest.mark.parametrize(("pattern", "expected"), [
    # An alternation of words, spelled out whole.
    (r"免责声明|版权声明", {"免责声明", "版权声明"}),
    # An optional word joins the words around it, with and without it.
    (r"(?:查阅|阅读)(?:完整)?全文", {"查阅全文", "阅读全文", "查阅完整全文", "阅读完整全文"}),
    # A class of a few characters is spelled out as they are.
    (r"^(?:字号|字体)[:：]", {"字号:", "字号：", "字体:", "字体："}),
    # Where the words are apart, the longest that every match holds.
    (r"凡本(?:网|站)注明.{0,20}来源", {"凡本网注明", "凡本站注明"}),
    # A branch without a word of its own makes the alternation need none.
    (r"来源|\d+", None),
    # A repetition of at least one needs what it repeats; an optional one, nothing.
    (r"(?:转载)+请注明", {"请注明"}),
    (r"\d{3,6}", None),
    # A look-behind matches nothing: its words are not the match's, and what follows it is.
    (r"(?<=记者)张三", {"张三"}),
    # Ignoring case, only characters without case stand for themselves.
    (r"(?i)下载app", {"下载"}),
    (r"(?i)vip\d+", None),
    (r"(?i:app)内打开", {"内打开"}),
])
def test_required_strings_are_read_from_the_syntax(pattern: str, expected: set[str] | None) -> None:
    found = required_strings(re.compile(pattern))
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    # A label's words and the colon after them: one of each.
    (r"(?:作者|记者)\s*[:：]", [{"作者", "记者"}, {":", "："}]),
    # Of an alternation, a set of each branch together, every way of taking them.
    (r"(?:(?:作者|记者)\s*[:：]|文/图)", [{"作者", "记者", "文/图"}, {":", "：", "文/图"}]),
    # Joined where nothing comes between them.
    (r"(?:作者|记者)[:：]", [{"作者:", "作者：", "记者:", "记者："}]),
    # A branch needing nothing makes the alternation need nothing.
    (r"(?:作者[:：]|\d+)张三", [{"张三"}]),
])
def test_each_set_of_strings_a_pattern_needs_is_read(pattern: str, expected: list[set[str]]) -> None:
    assert [set(strings) for strings in required_string_sets(re.compile(pattern))] == expected


def _a_line_it_matches(pattern: re.Pattern[str], data: st.DataObject) -> str:
    """A text the pattern matches, generated from the pattern itself."""
    return data.draw(st.from_regex(pattern).filter(lambda text: pattern.search(text) is not None))


@pytest.mark.parametrize(("name", "index", "pattern"), EVERY_LINE_PATTERN,
                         ids=[f"{name}-{index}" for name, index, _ in EVERY_LINE_PATTERN])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_text_a_line_pattern_matches_is_searched_with_it(name: str, index: int, pattern: re.Pattern[str],
                                                            data: st.DataObject) -> None:
    """Any text the pattern matches, generated from the pattern itself and set among other lines."""
    line = _a_line_it_matches(pattern, data)
    text = "\n".join(["近日，生态环境部召开新闻发布会。", line.replace("\n", " "), "责任编辑：刘欢"])
    if pattern.search(text) is None:
        return  # the line's own break, made a space, changed it: nothing to say about this text
    assert pattern in Prefilter(LINE_PATTERN_LISTS[name]).candidates(text)


def _byline_gate(line: str) -> bool:
    return may_hold_a_match(extract._byline_word_finder(), line)


# Patterns the steps search a line with only where a gate lets it through: single ones when they may match
# it, the byline patterns (_byline_names) when their finder finds what one of them needs.
GATED_PATTERNS = {
    **{name: (pattern, functools.partial(may_match, pattern)) for name, pattern in [
        ("teaser ending", lexicon.TEASER_ENDING), ("pornographic word", lexicon.PORNOGRAPHIC_SEO_WORD),
        *((f"spam code {index}", pattern) for index, pattern in enumerate(lexicon.SPAM_PATTERNS)),
        *((f"weak spam code {index}", pattern) for index, pattern in enumerate(lexicon.SPAM_WEAK_PATTERNS))]},
    **{f"byline {index}": (pattern, _byline_gate) for index, pattern in enumerate(extract._BYLINE_PATTERNS)},
}


@pytest.mark.parametrize("name", sorted(GATED_PATTERNS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_line_a_gated_pattern_matches_passes_its_gate(name: str, data: st.DataObject) -> None:
    pattern, gate = GATED_PATTERNS[name]
    assert gate(_a_line_it_matches(pattern, data))


def test_a_line_without_the_strings_a_pattern_needs_may_not_match_it() -> None:
    assert not may_match(lexicon.TEASER_ENDING, "省生态环境厅召开全省大气污染防治工作推进会")
    assert may_match(lexicon.TEASER_ENDING, "省生态环境厅召开全省大气污染防治工作推进会…")
    assert may_match(re.compile(r"\d+$"), "无论什么文字")  # a pattern that needs no string is always tried


@pytest.mark.parametrize(("pattern", "text", "may"), [
    # Letters where the pattern ignores their case are looked for in any case, as the engine folds them:
    (r"(?i)vip\d+", "注册就送VIP888", True),
    (r"(?i)vip\d+", "注册就送vıp888", True),  # the dotless ı is an i to it, not to str.lower
    (r"(?i)vip\d+", "会员888", False),
    # Their letters make a longer string than the pattern's uncased characters do: .com, not the dot alone,
    # which every price holds.
    (r"(?i)[a-z]{2,8}\d{3,6}\.(?:com|net)", "价格3.5元", False),
    (r"(?i)[a-z]{2,8}\d{3,6}\.(?:com|net)", "lehu888.COM", True),
    # Within a part of the pattern that ignores case only.
    (r"(?i:app)内打开", "在APP内打开", True),
])
def test_a_text_may_match_a_pattern_ignoring_case_when_it_holds_its_words_in_some_case(pattern: str, text: str,
                                                                                   may: bool) -> None:
    compiled = re.compile(pattern)
    assert may_match(compiled, text) is may
    assert compiled.search(text) is None or may


def test_a_plain_paragraph_is_searched_with_no_pattern_that_needs_words() -> None:
    paragraph = "12月3日，省生态环境厅召开全省大气污染防治工作推进会，部署今冬明春重点任务。"
    for patterns in LINE_PATTERN_LISTS.values():
        prefilter = Prefilter(patterns)
        needing_words = [pattern for pattern in patterns if (strings := required_strings(pattern))
                         and min(map(len, strings)) >= 2]
        assert needing_words
        assert not set(needing_words) & set(prefilter.candidates(paragraph))


def test_the_steps_drop_the_lines_that_trying_every_pattern_drops() -> None:
    """Lines of real pages' furniture, disclaimers and stubs among paragraphs: each step gives what
    trying each pattern on each line gives."""
    lines = ["国务院办公厅印发《关于加强生态环境保护的意见》。", "【字体：大 中 小】", "扫一扫在手机打开当前页",
             "本文来源：中国环境报", "版权声明：凡本网注明“来源：中国环境报”的所有作品，版权均属于本网。",
             "打开APP阅读全文", "阅读 2.3万", "各地要结合实际认真贯彻落实。", "— END —", "试读结束，加微信获取全文"]
    text = "\n".join(lines)

    def every_pattern_on_every_line(patterns: tuple[re.Pattern[str], ...]) -> str:
        return clean._drop_lines(text, lambda line: any(pattern.search(line) for pattern in patterns))

    furniture = every_pattern_on_every_line(lexicon.FURNITURE_LINE_PATTERNS)
    assert clean.remove_page_furniture(text) == clean.remove_site_contact_box(furniture) != text
    assert clean.remove_disclaimers(text) == every_pattern_on_every_line(lexicon.DISCLAIMER_LINE_PATTERNS) != text
    stub = next(index for index, line in enumerate(lines)
                if any(pattern.search(line) for pattern in lexicon.PAYWALL_STUB_PATTERNS))
    assert clean.cut_paywall_stub(text) == ("\n".join(lines[:stub]), True)


@pytest.mark.parametrize("text, holds", [
    ("本报记者 张三", True),
    ("作者：李四", True),
    ("会议要求各地持续改善生态环境质量", False),  # none of the strings either pattern needs
])
def test_a_text_holding_none_of_the_required_strings_may_hold_no_match(text: str, holds: bool) -> None:
    finder = required_strings_finder((re.compile(r"(?:本报)?记者\s*\S{2,4}"), re.compile(r"作者[:：]\s*\S+")))
    assert may_hold_a_match(finder, text) is holds


@pytest.mark.parametrize("text, holds", [
    ("作者：李四", True),
    ("会议指出：要持续改善生态环境质量", False),  # a colon, without the label's words
    ("图/文 张三", True),
])
def test_a_text_holding_one_of_the_strings_needed_but_not_the_other_may_hold_no_match(text: str, holds: bool) -> None:
    finder = required_strings_finder((re.compile(r"(?:作者|记者)\s*[:：]\s*\S+"), re.compile(r"(?:图/文|文/图)\s+\S+")))
    assert may_hold_a_match(finder, text) is holds


def test_patterns_naming_no_required_string_may_match_any_text() -> None:
    finder = required_strings_finder((re.compile(r"记者"), re.compile(r"\d+")))
    assert finder is None
    assert may_hold_a_match(finder, "会议要求各地持续改善生态环境质量")
