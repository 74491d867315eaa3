"""Cleaning steps: small pure functions, each named for what it removes. Patterns live in
pipelines/lexicon.py. No step raises on any text."""
from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

import opencc

from pipelines import lexicon
from pipelines.dates import DATE_PATTERN, LABELLED_DATE_PATTERN
from pipelines.opencc_tables import table_rows
from pipelines.prefilter import finds, prefilter, word_automaton

_INLINE_SPACE = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")
_TONE_MARKS = {"\u0300", "\u0301", "\u0304", "\u030c"}  # grave, acute, macron, caron; the diaeresis of ü stays


def normalize_unicode(text: str) -> str:
    """NFC, so that composed and decomposed forms of one character compare equal."""
    return unicodedata.normalize("NFC", text)


def remove_injected_commas(text: str) -> str:
    """A comma right before another pause or stop, which copies put all through a text (lexicon.INJECTED_COMMA):
    '主峰，，盘羊…汲水，。…野驴，、狐狸' -> '主峰，盘羊…汲水。…野驴、狐狸'; where a text holds MIN_INJECTED_COMMAS."""
    if len(lexicon.INJECTED_COMMA.findall(text)) < lexicon.MIN_INJECTED_COMMAS:
        return text
    return lexicon.INJECTED_COMMA.sub("", text)


def remove_invisible_characters(text: str) -> str:
    """Characters that show nothing (lexicon.INVISIBLE_CHARACTER: zero-width spaces and joiners, soft hyphens, byte
    order marks, direction marks), before the padding between paragraphs is read: a copy interleaving them with its
    text's characters ('2\u200b0\u200b2\u200b3…') had its text stored spaced out (2 0 2 3 年) or with them unseen.
    (On the text and fields, not the markup: reading a page's 90,000 characters for them costs a third of a
    millisecond, the text's a few hundredths.)"""
    return lexicon.INVISIBLE_CHARACTER.sub("", text)


_BULLETS = "·•●◆◇■□▪★☆ "
# A line of list bullets, rules or separators and nothing else ("·", "———", "* * *", "：", ",") is
# layout left without its text. A line of underscores is a form's blank to fill in, and a bracket,
# an ellipsis or a full stop alone may belong to the prose around it: they stay.
# Square brackets alone are what a tool's links left when the extraction broke its line (【字体：大 中 小】
# → "】"); a parenthesis alone may be a form's blank (its test keeps "）").
_BULLETS_ONLY = re.compile("^[" + re.escape(_BULLETS) + r"\-—=*~,，:：;；、|｜【】\[\]\s]*$")


def remove_blank_lines_and_padding(text: str) -> str:
    """Paragraph padding (full-width indents, nbsp), empty lines and lines of bullets alone;
    paragraphs stay one per line."""
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if not _BULLETS_ONLY.match(line))


# trafilatura writes a list item as "- item", and portals set headings between bullets ("·最新评论·"):
# the item is judged as a line of its own.
LIST_ITEM_MARKER = "- "


def han_count(text: str) -> int:
    # Most short texts of a page are ASCII (dates, counts, English menus), which Python knows without reading them.
    return 0 if text.isascii() else len(lexicon.NOT_HAN_RUN.sub("", text))


def without_spaces(text: str) -> str:
    """The text with all its white space out, for comparing lines as a reader sees them."""
    return "".join(text.split())


def as_read(text: str) -> str:
    """The text without white space and with full-width forms folded (NFKC): a headline typed with
    "：" and its repetition pasted with ":" read the same."""
    return unicodedata.normalize("NFKC", without_spaces(text))


def item_text(line: str) -> str:
    """The line as a step judges it: without trafilatura's list-item marker and the bullets around it."""
    return line.removeprefix(LIST_ITEM_MARKER).strip(_BULLETS)


def _drop_lines(text: str, unwanted: Callable[[str], object]) -> str:
    return "\n".join(line for line in text.split("\n") if not unwanted(item_text(line)))


def _drop_lines_matching(text: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    """The lines that no pattern matches; only the patterns the text may hold are tried on each line."""
    if not (candidates := prefilter(patterns).candidates(text)):
        return text
    return _drop_lines(text, lambda line: any(pattern.search(line) for pattern in candidates))


def warm_up() -> None:
    """Load the dictionaries and patterns the steps use (pypinyin's, OpenCC's, the line lexicons), as
    the first page would; the spam lexicon's are spam.warm_up's."""
    _syllable_inventory()
    _traditional_only_finders()
    _t2s()
    for patterns in (lexicon.PAYWALL_STUB_PATTERNS, lexicon.DISCLAIMER_LINE_PATTERNS, lexicon.FURNITURE_LINE_PATTERNS):
        prefilter(patterns)


# --- pinyin ---------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable.lower().rstrip("12345"))
    plain = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return plain.replace("v", "ü")


@functools.cache
def _character_readings() -> dict[int, str]:
    """pypinyin's readings of single characters. Its package import also loads and copies a phrase
    dictionary (about 50 MB in every worker process) unless told not to; the steps never use it."""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    from pypinyin.constants import PINYIN_DICT

    return PINYIN_DICT


@functools.cache
def _syllable_inventory() -> frozenset[str]:
    return frozenset(_toneless(reading) for readings in _character_readings().values() for reading in readings.split(","))


@functools.lru_cache(maxsize=8192)
def pinyin_readings(char: str) -> frozenset[str]:
    """The character's readings in pypinyin's dictionary, without tones (行 -> xing, hang, heng)."""
    return frozenset(_toneless(r) for r in _character_readings().get(ord(char), "").split(",") if r)


def _is_syllable(candidate: str) -> bool:
    toneless = _toneless(candidate)
    inventory = _syllable_inventory()
    # "lv"/"nv" are how ü is typed; pages also write plain u for ü.
    return toneless in inventory or toneless.replace("ü", "u") in inventory


def _valid_annotation(match: re.Match[str]) -> bool:
    """Every syllable is real pinyin and, where the dictionary knows the character, one is its reading; a word's
    run-together syllables spell the characters before them (_annotates_the_word_before)."""
    if match.re is lexicon.WORD_PINYIN_ANNOTATION:
        return _annotates_the_word_before(match)
    return _reads(match["character"], lexicon.PINYIN_SYLLABLE.findall(match["syllables"]))


def _reads(character: str, written: list[str]) -> bool:
    """Whether the syllables, as written, annotate the character (_valid_annotation's test)."""
    syllables = [_toneless(s) for s in written]
    if not all(_is_syllable(s) for s in syllables):
        return False
    readings = pinyin_readings(character)
    folded = readings | {r.replace("ü", "u") for r in readings}
    return not readings or any(s in folded or s.replace("ü", "u") in folded for s in syllables)


def _without_annotation(match: re.Match[str]) -> str:
    """The character without the syllables annotating it. A run of brackets may go on into the page's own
    parenthetical, a gloss in Latin letters or a list's letter, when the copy annotated the character before it
    (实验室(shi)(skylab), 认证(zheng)（scope）, 第二场(chang)(b)): the annotating syllables go, and it stays."""
    if _valid_annotation(match):
        return match["character"]
    if match.re is lexicon.WORD_PINYIN_ANNOTATION or match.re is lexicon.BARE_PINYIN_ANNOTATION:
        return match.group(0)
    written = lexicon.PINYIN_SYLLABLE.findall(match["syllables"])
    brackets = [bracket.start() for bracket in lexicon.BRACKETED_SYLLABLE.finditer(match["syllables"])]
    annotating = next((count for count in range(len(written) - 1, 0, -1) if _reads(match["character"], written[:count])), 0)
    if not annotating:
        return match.group(0)
    return match["character"] + match.string[match.start("syllables") + brackets[annotating]:match.end()]


def _annotates_the_word_before(match: re.Match[str]) -> bool:
    """Whether the bracket's letters, tones aside, are the readings of the characters before it, one syllable
    each, for a word of MIN_ANNOTATED_WORD_CHARS to MAX_ANNOTATED_WORD_CHARS characters the dictionary knows."""
    letters = _toneless(match["syllables"][1:-1])
    end = match.end("character")
    for length in range(lexicon.MIN_ANNOTATED_WORD_CHARS, lexicon.MAX_ANNOTATED_WORD_CHARS + 1):
        word = match.string[max(0, end - length):end]
        if len(word) < length or not lexicon.HAN_CHARACTER.match(word[0]):
            return False
        if _spells(letters, word):
            return True
    return False


def _spells(letters: str, word: str) -> bool:
    """Whether the letters are one reading of each of the word's characters in turn (ü also written u or v)."""
    ends = {0}
    for char in word:
        spellings = {spelling for reading in pinyin_readings(char)
                     for spelling in (reading, reading.replace("ü", "u"), reading.replace("ü", "v"))}
        ends = {end + len(spelling) for end in ends for spelling in spellings if letters.startswith(spelling, end)}
        if not ends:
            return False
    return len(letters) in ends


def count_pinyin_annotations(text: str) -> int:
    return sum(1 for form in lexicon.PINYIN_ANNOTATION_FORMS for match in form.finditer(text) if _valid_annotation(match))


def pinyin_forms_in(text: str) -> tuple[re.Pattern[str], ...]:
    """The forms of annotation a page writes often enough to be injected, not real parentheticals."""
    counts = dict.fromkeys((*lexicon.PINYIN_ANNOTATION_FORMS, lexicon.PINYIN_ANNOTATION_SPACED_AFTER), 0)
    for start in lexicon.PINYIN_ANNOTATION_START.finditer(text):
        for form in counts:
            if (match := form.match(text, start.start() - 1)) and _valid_annotation(match):
                counts[form] += 1
    forms = tuple(form for form in lexicon.PINYIN_ANNOTATION_FORMS if counts[form] >= lexicon.MIN_PINYIN_ANNOTATIONS_PER_PAGE)
    bracketed = counts[lexicon.PINYIN_ANNOTATION]
    if lexicon.PINYIN_ANNOTATION in forms and (counts[lexicon.PINYIN_ANNOTATION_SPACED_AFTER]
                                               >= lexicon.MIN_SHARE_OF_ANNOTATIONS_SPACED_AFTER * bracketed):
        return (lexicon.PINYIN_ANNOTATION_SPACED_AFTER, *forms)
    return forms


def remove_pinyin_annotations(text: str, forms: tuple[re.Pattern[str], ...] = lexicon.PINYIN_ANNOTATION_FORMS) -> str:
    """生(sheng)態(tai) -> 生態, 生sheng態tai -> 生態: drops syllables after Han characters. Callers decide
    per page by density (pinyin_forms_in) which forms to remove, so a lone real parenthetical survives."""
    for form in forms:
        text = form.sub(_without_annotation, text)
    return text


# --- scripts --------------------------------------------------------------------------------------

@functools.cache
def _traditional_only_chars() -> frozenset[str]:
    """Characters OpenCC converts to Simplified that are not themselves Simplified characters. A character
    t2s keeps by default (覆, 藉, 瞭, 彷: 覆盖, 慰藉, 瞭望, 彷徨) is one Simplified writes too."""
    converted = {key for key, values in table_rows("TSCharacters.txt") if values[0] != key}
    return frozenset(converted - {key for key, _values in table_rows("STCharacters.txt")})


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _t2s_tables() -> tuple[re.Pattern[str], dict[int, str]]:
    """t2s's phrases as one pattern, and its characters as a table for str.translate, each to its first value."""
    phrases = sorted((key for key, _values in table_rows("TSPhrases.txt")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, phrases))), {ord(key): values[0] for key, values in table_rows("TSCharacters.txt")}


def _t2s_converted(text: str) -> str:
    """OpenCC's t2s conversion. A text holding none of its phrases it converts character by character, as
    str.translate does at a seventeenth of the cost, most of it the search for a phrase (OpenCC's matching,
    in pure Python, takes about a microsecond a character: 20-50 ms for the texts of a large page). No phrase
    spans a space, a sentence's punctuation or the separator of a page's texts: only the stretches between
    them that hold one need its matching."""
    phrases, characters = _t2s_tables()
    if not phrases.search(text):
        return text.translate(characters)
    return "".join(_t2s().convert(stretch) if phrases.search(stretch) else stretch.translate(characters)
                   for stretch in lexicon.NO_PHRASE_SPANS.split(text))


@functools.cache
def _traditional_only_finders() -> tuple[re.Pattern[str], frozenset[str]]:
    """A class of the Traditional-only characters of the Basic Multilingual Plane, and the others.
    The regex engine tests a character against a class of BMP characters with one table lookup, and
    against one that also holds others entry by entry (0.19 → 1.35 ms a text): the few outside the BMP
    (extension B variants) are counted apart, in the texts that hold any character outside it."""
    basic = sorted(char for char in _traditional_only_chars() if char <= "\uffff")
    return re.compile("[" + "".join(map(re.escape, basic)) + "]"), _traditional_only_chars() - frozenset(basic)


_OUTSIDE_THE_BMP = re.compile("[\U00010000-\U0010ffff]")


def count_traditional_only(text: str) -> int:
    """How many characters of the text only Traditional Chinese writes."""
    basic, others = _traditional_only_finders()
    count = len(basic.findall(text))
    if _OUTSIDE_THE_BMP.search(text):
        count += sum(map(others.__contains__, _OUTSIDE_THE_BMP.findall(text)))
    return count


def traditional_share(text: str) -> float:
    """The share of its Han characters that only Traditional writes; 0 below lexicon.MIN_TRADITIONAL_CHARS."""
    count = count_traditional_only(text)
    if count < lexicon.MIN_TRADITIONAL_CHARS:
        return 0.0  # most pages
    # (Han characters are counted in the unified ideographs and Extension A: some Traditional-only ones lie beyond.)
    return count / max(han_count(text), count)


def is_traditional(text: str) -> bool:
    return traditional_share(text) >= lexicon.MIN_TRADITIONAL_SHARE


def to_simplified(text: str) -> str:
    """Traditional -> Simplified with OpenCC t2s (phrases first, so 乾隆 stays 乾隆), and what t2s leaves of the
    Traditional spellings copy sites write (lexicon: regional variants, 批覆, 於 before a phrase's name, 著 as 着)."""
    converted = _t2s_converted(text.translate(lexicon.T2S_LEFT_CHARACTERS))
    converted = _t2s_left_words().sub(lambda match: lexicon.T2S_LEFT_WORDS[match.group()], converted)
    return lexicon.ZHU_WRITTEN_ZHE.sub("着", lexicon.PREPOSITION_YU_LEFT.sub("于", converted))


def markup_to_simplified(html: str) -> str:
    """A page's markup with its texts in Simplified characters (to_simplified, in one call for the whole
    page); its tags, and the values of their attributes, stay as they are."""
    pieces = lexicon.MARKUP_TAG.split(html)
    texts = [index for index in range(0, len(pieces), 2) if not pieces[index].isascii()]
    if not texts or lexicon.TEXTS_SEPARATOR in html:
        return html
    converted = to_simplified(lexicon.TEXTS_SEPARATOR.join(pieces[index] for index in texts))
    for index, text in zip(texts, converted.split(lexicon.TEXTS_SEPARATOR), strict=True):
        pieces[index] = text
    return "".join(pieces)


@functools.cache
def _t2s_left_words() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, lexicon.T2S_LEFT_WORDS)))


# --- paywalls -------------------------------------------------------------------------------------

def has_paywall_stub(text: str) -> bool:
    return any(pattern.search(text) for pattern in prefilter(lexicon.PAYWALL_STUB_PATTERNS).candidates(text))


def breaks_off_mid_sentence(text: str) -> bool:
    """The text's last paragraph breaks off after its last sentence (lexicon.CUT_MID_SENTENCE): a copy cut short."""
    cut = lexicon.CUT_MID_SENTENCE.search(text.rstrip().rpartition("\n")[2])
    return cut is not None and han_count(cut["fragment"]) > 0 and cut["fragment"] not in lexicon.CLOSING_FORMULAS


def cut_paywall_stub(text: str) -> tuple[str, bool]:
    """Everything from the first paywall/trial stub on; True when a stub was cut. A stub run into a paragraph
    ('…要深化农业“肥……试读结束，查阅全文加微信…') leaves the paragraph's text before it. A stub above the text, no
    sentence before it and the text's after it (a document viewer's 已阅读5页,还剩31页未读 over its 文档简介), goes
    alone: the preview is the text, and it is partial all the same."""
    if not (stubs := prefilter(lexicon.PAYWALL_STUB_PATTERNS).candidates(text)):
        return text, False
    lines = text.split("\n")
    ends_a_sentence = [lexicon.SENTENCE_END.search(line) is not None for line in lines]
    last_sentence = max((index for index, ends in enumerate(ends_a_sentence) if ends), default=-1)
    above_the_text: set[int] = set()
    text_begun = False
    for index, line in enumerate(lines):
        if (start := _stub_start(line, stubs)) is None:
            text_begun = text_begun or ends_a_sentence[index]
            continue
        if not text_begun and index < last_sentence:
            above_the_text.add(index)
            continue
        kept = [kept_line for at, kept_line in enumerate(lines[:index]) if at not in above_the_text]
        if text_before := _text_before_a_stub(line[:start]):
            kept.append(text_before)
        # A row of dots or dashes leading into the stub belongs to it.
        while kept and not re.search(r"\w", kept[-1]):
            kept.pop()
        return "\n".join(kept), True
    if above_the_text:
        return "\n".join(line for index, line in enumerate(lines) if index not in above_the_text), True
    return text, False


def _stub_start(line: str, stubs: Sequence[re.Pattern[str]]) -> int | None:
    if starts := [match.start() for pattern in stubs if (match := pattern.search(line))]:
        return min(starts)
    # A funnel run into the last sentence's end (…持续高位改善。打开APP阅读全文) is a stub as a line of its own is.
    last = lexicon.APPENDED_SENTENCE_BREAK.split(line)[-1]
    if len(last) < len(line) and any(pattern.search(last.strip()) for pattern in stubs):
        return len(line) - len(last)
    return None


def _text_before_a_stub(text: str) -> str:
    """The paragraph's text before a stub, without the dots leading into it nor a clause of its lead-in
    (…到这已经超出免费预览范围: 亲，该文档总共12页，到这已经); nothing when less than a sentence's worth is left."""
    text = text.rstrip(lexicon.STUB_LEAD_IN)
    sentence_ends = [end.end() for end in lexicon.SENTENCE_END.finditer(text)]
    last_sentence_end = sentence_ends[-1] if sentence_ends else 0
    if lexicon.PAYWALL_WORDING.search(text, last_sentence_end):
        text = text[:last_sentence_end]
    text = text.rstrip()
    return text if len(text) >= lexicon.MIN_TEXT_LEFT_BY_A_CUT else ""


def remove_newspaper_page_jumps(text: str) -> tuple[str, bool]:
    """The text without a newspaper's jumps to another page ("（下转第四版）", "（上接第一版）"); True when
    it had one: the part on this page is not the whole article."""
    without = lexicon.NEWSPAPER_PAGE_JUMP.sub(_jump_gap, text)
    return (text, False) if without == text else (remove_blank_lines_and_padding(without), True)


def _jump_gap(match: re.Match[str]) -> str:
    # Between two runs of text the jump leaves nothing; at a line's end or start, the line break stays.
    return "\n" if "\n" in match.group(0) else ""


# --- boilerplate ----------------------------------------------------------------------------------

def remove_disclaimers(text: str) -> str:
    """Copyright disclaimers, republishing notes and content-farm adverts: a line of its own goes, and one a
    copy appended to a paragraph goes with the sentences it ends, the paragraph's text before it staying
    ('…持续高位改善。文章来源于网络，如有侵权请联系删除。' -> '…持续高位改善。')."""
    if not (candidates := prefilter(lexicon.DISCLAIMER_LINE_PATTERNS).candidates(text)):
        return text
    kept = []
    for line in text.split("\n"):
        if not any(pattern.search(item_text(line)) for pattern in candidates):
            kept.append(line)
        elif text_before := _text_before_sentences(
                line, lambda sentence: any(pattern.search(sentence) for pattern in candidates), lexicon.DISCLAIMER_WORDING):
            kept.append(text_before)
    return "\n".join(kept)


def _text_before_sentences(line: str, unwanted: Callable[[str], object], opening: re.Pattern[str] | None = None) -> str:
    """The sentences of the line before the first that is unwanted by itself (lexicon.APPENDED_SENTENCE_BREAK),
    less those just before it that the opening pattern finds (a disclaimer's: 本文部分内容来源于网络。); nothing
    when that leaves less than MIN_TEXT_LEFT_BY_A_CUT, or when no sentence alone is unwanted (the line as a whole is)."""
    sentences, first = split_at_the_first(line, unwanted)
    return "" if first is None else sentences_before(sentences, first, opening, lexicon.MIN_TEXT_LEFT_BY_A_CUT)


def split_at_the_first(line: str, unwanted: Callable[[str], object]) -> tuple[list[str], int | None]:
    """The line's sentences (lexicon.APPENDED_SENTENCE_BREAK) and the place of the first unwanted by itself, if any."""
    sentences = [piece for piece in lexicon.APPENDED_SENTENCE_BREAK.split(line) if piece.strip()]
    return sentences, next((index for index, sentence in enumerate(sentences) if unwanted(sentence.strip())), None)


def sentences_before(sentences: list[str], first: int, opening: re.Pattern[str] | None, shortest: int) -> str:
    """The sentences before the `first` unwanted one, less those just before it that `opening` finds; nothing when
    that leaves fewer than `shortest` characters."""
    while first and opening and opening.search(sentences[first - 1]):
        first -= 1
    text_before = "".join(sentences[:first])
    # A bracket the text before leaves open opens what was appended (【…权益归腾讯公司独家所有。未经授权，不得转载。】).
    if unclosed := lexicon.UNCLOSED_BRACKET.search(text_before):
        text_before = text_before[:unclosed.start()]
    text_before = text_before.rstrip()
    return text_before if len(text_before) >= shortest else ""


def remove_pasted_word_markup(text: str) -> str:
    """Word's settings and style rules that a CMS editor left as text of a pasted document, before,
    after or between its sentences; a line that was nothing else goes."""
    if not any(hint in text for hint in lexicon.PASTED_WORD_MARKUP_HINTS):
        return text
    return _cut_from_lines(text, lexicon.PASTED_WORD_MARKUP)


def remove_forum_codes(text: str) -> str:
    """A forum's codes a page shows as text (lexicon.FORUM_MEDIA_CODE, FORUM_FORMAT_CODE): '[attach]2680[/attach]'
    goes, '[size=4]红网衡阳县站11月9日讯…[/size]' -> '红网衡阳县站11月9日讯…'; a line left empty goes."""
    if "[/" not in text:
        return text  # most texts
    text = _cut_from_lines(text, lexicon.FORUM_MEDIA_CODE, lambda line: "[/" in line)
    return _cut_from_lines(text, lexicon.FORUM_FORMAT_CODE, lambda line: lexicon.FORUM_CLOSING_CODE.search(line) is not None)


def remove_navigation(text: str) -> str:
    """上一篇/下一篇, 相关新闻, 热门评论, 分享到, 打印本页, 关闭窗口 and the like. A label of another story
    or a topic ending in its colon takes its value on the next line along, a name that is no sentence
    (sina's 点击进入专题： / 聚焦香港局势, 上一篇： / the other story's headline)."""
    lines = text.split("\n")
    drop = [is_navigation(item_text(line)) for line in lines]
    for index in range(len(lines) - 1):
        if drop[index] and lexicon.NAVIGATION_VALUE_LABEL.search(lines[index]) and _is_label_value(item_text(lines[index + 1])):
            drop[index + 1] = True
    return "\n".join(line for line, dropped in zip(lines, drop, strict=True) if not dropped)


def _is_label_value(line: str) -> bool:
    return 0 < len(line) <= lexicon.MAX_NAVIGATION_VALUE_CHARS and not lexicon.SENTENCE_PUNCTUATION.search(line)


def is_navigation(line: str) -> bool:
    anchor = lexicon.NAVIGATION_ANCHOR_PATTERN.match(line)
    return anchor is not None and (not lexicon.SENTENCE_PUNCTUATION.search(line)
                                   or lexicon.NAVIGATION_ANCHOR_SET_OFF.match(line, anchor.end()) is not None)


def _article_end(line: str, next_line: str) -> list[str] | None:
    """None when the line does not end the article, else the lines that stay of it: the editor's
    line, for the attribution step; not a comment box's heading; not the site footer's registration
    or copyright line; not an error-report button, but the editor's line after it."""
    unmarked = line.removeprefix(LIST_ITEM_MARKER)
    if lexicon.ARTICLE_END_LINE.match(unmarked):
        return [line]
    if _opens_site_footer(unmarked):
        return []
    if button := lexicon.ERROR_REPORT_BUTTON.match(unmarked):
        after = unmarked[button.end():].strip() or next_line
        return [after] if lexicon.ARTICLE_END_LINE.match(after) else []
    return [] if lexicon.COMMENT_BOX_HEADING.match(unmarked) else None


def _opens_site_footer(line: str) -> bool:
    """The footer's registration numbers, its copyright, or its line naming who runs and who built the site."""
    return _could_be_footer(line) and bool(
        lexicon.SITE_REGISTRATION.search(line) or lexicon.SITE_COPYRIGHT.match(line)
        or (lexicon.SITE_BUILDER_LABEL.search(line) and lexicon.SITE_OWNER_LABEL.search(line)))


def _could_be_footer(line: str) -> bool:
    # A data table's row (| 网站标识码 | … |) and a sentence are the text's.
    return not line.startswith("|") and not lexicon.SENTENCE_END.search(line)


def _site_footer_start(lines: list[str], footer_line: int) -> int:
    """Where the footer whose registration or copyright line is at footer_line begins: at the first of
    the lines just above it naming the site's owner or builder or giving its address and telephone.
    A notice's own contact lines, after whom to reach (lexicon.CONTACT_INTRODUCTION), stay."""
    start = footer_line
    while start > 0 and _is_site_footer_line(item_text(lines[start - 1])):
        start -= 1
    if start > 0 and lexicon.CONTACT_INTRODUCTION.search(item_text(lines[start - 1])):
        while start < footer_line and _gives_a_contact(item_text(lines[start])):
            start += 1
    return start


def _is_site_footer_line(line: str) -> bool:
    return _could_be_footer(line) and bool(
        lexicon.SITE_OWNER_LABEL.search(line) or lexicon.SITE_BUILDER_LABEL.search(line) or _gives_a_contact(line))


def _gives_a_contact(line: str) -> bool:
    return bool(lexicon.CONTACT_BOX_LINE.search(line) or lexicon.ADDRESS_AND_TELEPHONE_LINE.match(line))


def remove_text_after_the_article_end(text: str) -> str:
    """What follows the editor's line, 【纠错】, the heading of the comment box or the site footer once the
    article has begun (that many characters of sentences, not of menus, above it; a brief's worth when
    none of it is a labelled summary; for the footer, a sentence, or a notice however short, signed by its
    issuer or publishing its attachments): the portal's comments, cards and the next story, the footer's
    address and telephone. The footer's lines above its registration numbers that name the site's owner and
    builder go with it. The document's attachment lines stay (a CMS may list them after the editor's line)."""
    seen = 0
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if ((seen >= lexicon.MIN_BRIEF_TEXT_BEFORE_ARTICLE_END or _footer_under_a_short_text(lines, index, seen))
                and (kept := _article_end(line, "".join(lines[index + 1:index + 2]))) is not None
                and (seen >= lexicon.MIN_TEXT_BEFORE_ARTICLE_END or not _holds_a_labelled_summary(lines[:index]))):
            attachments = [after for after in lines[index + 1:] if lexicon.ATTACHMENT_LINE.search(after)]
            end = _site_footer_start(lines, index) if _opens_site_footer(line.removeprefix(LIST_ITEM_MARKER)) else index
            return "\n".join(lines[:end] + kept + attachments)
        if lexicon.SENTENCE_PUNCTUATION.search(line):
            seen += len(line)
    return text


def join_annex_numbers_to_their_files(text: str) -> str:
    """An annex's number alone on a line, before its file's (附件：1. / 申报书.docx -> 附件：1.申报书.docx): the
    extraction, reading a short notice's whole page, parts the number from its file's link."""
    lines = text.split("\n")
    joined: list[str] = []
    for index, line in enumerate(lines):
        if (index and lexicon.ANNEX_NUMBER_LINE.match(lines[index - 1].strip()) and lexicon.ATTACHMENT_LINE.search(line)
                and not lexicon.ANNEX_NUMBER_LINE.match(line.strip())):
            joined[-1] = lines[index - 1].strip() + line.strip()
        else:
            joined.append(line)
    return "\n".join(joined)


def remove_site_footer_under_a_notice(text: str) -> str:
    """The site's footer under a notice however short (signed by its issuer, or whose text is its
    attachments), once everything else around the notice is gone: the headline, the info line and the
    share bar (分享到： / 豆瓣网) above it had hidden the notice from remove_text_after_the_article_end."""
    lines = text.split("\n")
    for index in range(min(len(lines), lexicon.MAX_SHORT_NOTICE_LINES + 1)):
        # (No sentence counted above it: only a notice lets the footer go here.)
        if _footer_under_a_short_text(lines, index, seen=0):
            return "\n".join(lines[:_site_footer_start(lines, index)])
    return text


def _footer_under_a_short_text(lines: list[str], index: int, seen: int) -> bool:
    """The site's footer under a text shorter than a brief: a sentence (a photo's caption) or a notice however
    short. (The other ends of an article need a brief's worth above them: a short text's menus may hold them.)"""
    return _opens_site_footer(lines[index].removeprefix(LIST_ITEM_MARKER)) and (seen > 0 or _notice_above(lines, index))


def _notice_above(lines: list[str], footer_line: int) -> bool:
    """Whether the lines above the footer are a notice however short: one its issuer signs, or one whose text
    is its attachments."""
    notice = "\n".join(lines[:_site_footer_start(lines, footer_line)])
    return is_signed_notice(notice) or is_notice_of_attachments(notice)


def is_notice_of_attachments(text: str) -> bool:
    """A notice whose text is a few lines that each name an attachment or its number, or the sentence
    introducing them (现将有关事项通知如下，请认真贯彻执行。 / 附件：名单.xlsx), perhaps signed by its issuer."""
    lines = _without_signatures([line.strip() for line in text.splitlines() if line.strip()])
    return (0 < len(lines) <= lexicon.MAX_NOTICE_ATTACHMENT_LINES and any(lexicon.ATTACHMENT_LINE.search(line) for line in lines)
            and all(lexicon.ATTACHMENT_LINE.search(line) or line.endswith("。") or lexicon.ANNEX_NUMBER_LINE.match(line)
                    for line in lines))


def _without_signatures(lines: list[str]) -> list[str]:
    """The lines without an issuer's and a date's signing a document off (某某市人民政府 / 2024年1月5日)."""
    signature = {at for index in range(1, len(lines)) if _signs_off_at(lines, index) for at in (index - 1, index)}
    return [line for index, line in enumerate(lines) if index not in signature]


def _signs_off_at(lines: list[str], index: int) -> bool:
    """Whether the line at `index` is a signature's date, after its issuer's line (no sentence, short)."""
    issuer = lines[index - 1]
    return (lexicon.SIGNATURE_DATE_LINE.match(lines[index]) is not None
            and len(issuer) <= lexicon.SIGNATURE_LINE_MAX_CHARS and not lexicon.SENTENCE_PUNCTUATION.search(issuer))


def _holds_a_labelled_summary(lines: list[str]) -> bool:
    return any(lexicon.HEADER_SUMMARY.match(line.strip()) for line in lines)


def remove_breadcrumbs(text: str) -> str:
    """A breadcrumb trail whose pieces the extraction set on lines of their own at the top, and the
    current section's crumb after it: what is left of "首页 > 快讯 > 公司"."""
    lines = text.split("\n")
    drop: set[int] = set()
    for index, line in enumerate(lines[:lexicon.BREADCRUMB_HEAD_LINES]):
        if lexicon.BREADCRUMB_LINE.match(line):
            drop.add(index)
        elif index - 1 in drop and len(line) <= lexicon.MAX_CRUMB_CHARS and not lexicon.SENTENCE_PUNCTUATION.search(line):
            drop.add(index)
    return "\n".join(line for index, line in enumerate(lines) if index not in drop)


def remove_leaked_datelines(text: str) -> str:
    """'2022.01.20 16:31', '2003-7-24 钱江晚报', '发布: 2021-1-29 13:18|点击: 313' in the first lines, with
    text after them, and the pieces of a date the text opens with ('2019' / '09/07' / '19:02', '昨天').
    A short notice's closing date ("科技部人事司" / "2021年3月3日"), after its last sentence or signing off
    its sentences above a contact line, stays; a
    labelled one ('发布日期：2024-02-23 来源：…') is the page's, whatever follows (a notice's attachments)."""
    lines = text.split("\n")
    pieces = len(list(itertools.takewhile(lexicon.DATE_PIECE_LINE.match, lines[:lexicon.DATELINE_HEAD_LINES])))
    last_sentence = max((index for index, line in enumerate(lines) if lexicon.SENTENCE_PUNCTUATION.search(line)),
                        default=-1)

    def is_dateline(index: int) -> bool:
        line = lines[index]
        # A labelled date needs no sentence after it; a bare one does.
        before = lexicon.DATELINE_HEAD_LINES if LABELLED_DATE_PATTERN.search(line) else min(lexicon.DATELINE_HEAD_LINES, last_sentence)
        return index < pieces or (index < before
                                  and len(lexicon.WEB_ADDRESS.sub("", line)) <= lexicon.DATELINE_MAX_CHARS
                                  and not lexicon.SENTENCE_PUNCTUATION.search(line) and DATE_PATTERN.search(line) is not None
                                  and not lexicon.DOCUMENT_ADOPTION_NOTE.match(line)
                                  # a short notice's sign-off, its issuer then its date, above its contact line
                                  and not is_signed_notice("\n".join(lines[:index + 1])))

    return "\n".join(line for index, line in enumerate(lines) if not is_dateline(index))


def remove_leading_info_lines(text: str, info_lines: Sequence[str]) -> str:
    """The info area's own lines (extract.Extracted.info_lines) at the top of the text, before its first
    sentence: a byline or a source without its label (石佳/中国青年报, a WeChat account's name), a label
    whose value is elsewhere (作者：, 发表时间：), which the extraction took with the text."""
    return _remove_opening_lines_among(text, set(map(without_spaces, info_lines)))


def remove_leading_field_values(text: str, values: tuple[str | None, ...]) -> str:
    """The info line's values that the extraction wrote on lines of their own above the text ("…来源：" /
    "人民网－财经频道", as it does reading a short text's whole page): a line among the first, before the
    first sentence, that is only the page's origin, author or site name, perhaps with the city or web address
    the info line sets in brackets after the origin's link (网易's 来源: <a>上海证券报·中国证券网</a>(上海))."""
    return _remove_opening_lines_among(text, {without_spaces(value) for value in values if value},
                                       lexicon.ORIGIN_BRACKETED_SUFFIX)


def _remove_opening_lines_among(text: str, known: set[str], suffix: re.Pattern[str] | None = None) -> str:
    """The lines among the text's first, before its first sentence, that are one of `known` (white space removed),
    with `suffix` or not."""
    lines = text.split("\n")
    head = itertools.takewhile(lambda line: not lexicon.SENTENCE_PUNCTUATION.search(line), lines[:lexicon.DATELINE_HEAD_LINES])
    leaked = {index for index, line in enumerate(head)
              if (folded := without_spaces(line)) in known or (suffix is not None and suffix.sub("", folded) in known)}
    return "\n".join(line for index, line in enumerate(lines) if index not in leaked)


def _is_tag_row(line: str) -> bool:
    """A tags' label, alone or with its tags after it (关键词阅读： 汇丰 服务业PMI); not a paper's
    keywords (关键词：电子商务；物流), which are sentences' punctuation apart."""
    label = lexicon.TAG_ROW_LABEL.match(line)
    return label is not None and not lexicon.SENTENCE_PUNCTUATION.search(line[label.end():])


def _is_tag(line: str) -> bool:
    return len(line) <= lexicon.MAX_TAG_CHARS and not lexicon.SENTENCE_PUNCTUATION.search(line)


def remove_information_tables(text: str) -> str:
    """A 政府信息公开 information table's fields (索 引 号： / 1122…/2022-00426, 发文机关：吉林省人民政府, …),
    each a line or written in rows (| 索 引 号： | 1122…/2022-00426 | 发布机构： | … |), in runs of at least
    MIN_INFORMATION_TABLE_FIELDS; the fields the page states are read from the page."""
    lines = text.split("\n")
    drop: set[int] = set()
    index = 0
    while index < len(lines):
        run: list[int] = []
        fields = 0
        while index < len(lines) and (row_fields := _information_row_fields(lines[index])):
            fields += row_fields
            run.append(index)
            index += 1
        while index < len(lines) and (field := _information_field(lines[index])):
            fields += 1
            run.append(index)
            index += 1
            if (not field["value"].strip() and index < len(lines) and not _information_field(lines[index])
                    and not lexicon.SENTENCE_PUNCTUATION.search(lines[index])):
                run.append(index)  # the value, on the line under its label; a sentence there is the text's
                index += 1
        if fields >= lexicon.MIN_INFORMATION_TABLE_FIELDS:
            drop.update(run)
        if not run:
            index += 1
    return "\n".join(line for index, line in enumerate(lines) if index not in drop)


def _information_field(line: str) -> re.Match[str] | None:
    return lexicon.INFORMATION_TABLE_LABEL.match(unspaced_label(line.strip()))


def _information_row_fields(line: str) -> int:
    """How many of a table row's cells are an information table's labels, each in a cell of its own with
    its colon (a data table's header row, | 名称 | 文号 | 发布日期 |, has none)."""
    cells = table_cells(line) or []
    return sum(1 for cell in cells if (field := _information_field(cell)) and not field["value"])


def unspaced_label(line: str) -> str:
    """The line with its label's letters closed up: "索 引 号：…" -> "索引号：…", "监 制：…" -> "监制：…"."""
    return lexicon.SPACED_LABEL.sub(lambda label: "".join(label[0].split()), line, count=1)


def remove_labels_at_the_end(text: str) -> str:
    """Labels ending the text with no value after them (关键词阅读：, 跟贴热词：), and the tags ending it
    (关键字： / LPR)."""
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    while stripped:
        if lexicon.EMPTY_LABEL_LINE.match(stripped[-1]):
            del stripped[-1]
            continue
        row = len(stripped) - 1
        while row > 0 and _is_tag(stripped[row]) and not _is_tag_row(stripped[row]):
            row -= 1
        if not _is_tag_row(stripped[row]):
            break
        del stripped[row:]
    return "\n".join(lines[:len(stripped)])


def remove_link_blocks_at_the_end(text: str, list_headings: Collection[str], link_texts: LinkTexts | None = None) -> str:
    """The headings of the page's link blocks closing the text (网易's 证券要闻 / 行业动态 / 公司新闻,
    新华网's 热帖 / 热词, sina's 新媒体实验室): the extraction kept them and dropped their links; entries that
    are each a headline's link and its day (lexicon.DATED_ENTRY_DATE), however few; and cards whose
    summary ends in a link to the story's details (lexicon.CARD_DETAILS_LINK), MIN_CLOSING_CARDS or more
    (one such line may be the article's own: 全文见生态环境部网站。[详细]). Only at the end, where the portal's
    blocks follow the article; `list_headings` are texts the page shows nowhere outside such a block
    (`pipelines.structure`), so a signature or a subheading stays."""
    link_texts = link_texts or LinkTexts()
    lines = text.split("\n")

    def is_entry(line: str) -> bool:
        return without_spaces(item_text(line)) in list_headings or _is_dated_entry(line, link_texts)

    def is_card(line: str) -> bool:
        return _is_card_with_details_link(line, link_texts)

    start = _closing_run_start(lines, lambda line: is_entry(line) or is_card(line))
    if sum(map(is_card, lines[start:])) < lexicon.MIN_CLOSING_CARDS:
        start = _closing_run_start(lines, is_entry)
    return "\n".join(lines[:start])


def _closing_run_start(lines: list[str], belongs: Callable[[str], bool]) -> int:
    start = len(lines)
    while start and belongs(lines[start - 1]):
        start -= 1
    return start


def _is_dated_entry(line: str, link_texts: LinkTexts) -> bool:
    """A link's whole text followed by a date: "- 复盘A股惊魂30分真正原因 2015/06/05"."""
    item = " ".join(item_text(line).split())
    if (date := lexicon.DATED_ENTRY_DATE.search(item)) is None:
        return False
    headline = item[:date.start()].strip()
    return bool(headline) and headline in link_texts


def _is_card_with_details_link(line: str, link_texts: LinkTexts) -> bool:
    """A card's summary ending in the page's link to the story: "…的艺术探索与思想感悟。 【详细】"."""
    return (details := lexicon.CARD_DETAILS_LINK.search(line)) is not None and details.group().strip() in link_texts


def remove_links_run_into_lines(text: str) -> str:
    """An app prompt in brackets, a link back to the front page, a wiki's [编辑] or a digest's 点击阅读
    at the end of a line; the line stays, unless it was nothing else."""
    return _cut_from_lines(text, lexicon.LINK_RUN_INTO_LINE,
                           lambda line: line.endswith((")", "）", ">", "»", "]", "多", "读", "文", "情", "看")))


def _cut_from_lines(text: str, pattern: re.Pattern[str], may_hold: Callable[[str], bool] = lambda line: True) -> str:
    """The text with what the pattern matches cut from each line that may hold it (a cheap test first);
    a line left empty goes."""
    kept = []
    for line in text.split("\n"):
        if may_hold(line) and (bare := pattern.sub("", line)) != line:
            line = bare.strip()
        if line:
            kept.append(line)
    return "\n".join(kept)


def remove_document_site_card(text: str) -> str:
    """A document-sharing site's card of its file (lexicon.DOCUMENT_CARD_FIELD: 文档编号, 格式, 页数, 大小…, a run of
    lines of nothing else) and the note under it (《….docx》由会员分享,可在线阅读,更多相关《…》请在冰豆网上搜索。)."""
    if lexicon.DOCUMENT_CARD_FIELD.search(text) is None and "分享" not in text:
        return text
    lines = text.split("\n")
    fields = [count if not rest.strip(lexicon.DOCUMENT_CARD_SEPARATORS) else 0
              for rest, count in (lexicon.DOCUMENT_CARD_FIELD.subn("", line) for line in lines)]
    card: set[int] = set()
    for holds_fields, run in itertools.groupby(range(len(lines)), key=lambda index: fields[index] > 0):
        indices = list(run)
        if holds_fields and sum(fields[index] for index in indices) >= lexicon.MIN_DOCUMENT_CARD_FIELDS:
            card.update(indices)
    return "\n".join(line for index, line in enumerate(lines)
                     if index not in card and not lexicon.DOCUMENT_SHARING_NOTE.match(line.strip()))


def remove_document_viewer_lines(text: str) -> str:
    """A document-sharing site's viewer around its preview (lexicon.DOCUMENT_VIEWER_LINE_PATTERNS): its page images'
    texts (…_第1页), buttons and labels (下载本文档, 文档简介) and the rights line those sites share."""
    return _drop_lines_matching(text, lexicon.DOCUMENT_VIEWER_LINE_PATTERNS)


def join_document_preview_chunks(text: str) -> str:
    """A preview written in numbered chunks cut at a length (1、…人连市是全 / 2、国发展最快…) without the chunks' numbers,
    a chunk cut mid-sentence running on into the next: the numbers are the chunks' when they count up from 1 at the
    starts of consecutive lines of lexicon.MIN_PREVIEW_CHUNK_CHARS or more (but the last), one at least cut
    mid-sentence (a list's items are shorter, or end their sentences)."""
    if "1、" not in text:
        return text  # most texts
    lines = text.split("\n")
    # Each kept line as its pieces, joined once at the end (a preview of thousands of chunks runs on for megabytes).
    kept: list[list[str]] = []
    index = 0
    while index < len(lines):
        chunks = _numbered_run(lines, index)
        cut = [not lexicon.CHUNK_ENDS_A_SENTENCE.search(lines[at]) for at in chunks[:-1]]
        if not (any(cut) and all(len(lines[at]) >= lexicon.MIN_PREVIEW_CHUNK_CHARS for at in chunks[:-1])):
            kept.append([lines[index]])
            index += 1
            continue
        kept.append([lines[index][len("1、"):]])
        for number, (at, runs_on) in enumerate(zip(chunks[1:], cut, strict=True), start=2):
            rest = lines[at][len(f"{number}、"):]
            if runs_on:
                kept[-1].append(rest)
            else:
                kept.append([rest])
        index = chunks[-1] + 1
    return "\n".join("".join(pieces) for pieces in kept)


def _numbered_run(lines: list[str], first: int) -> list[int]:
    """The consecutive lines from `first` that open with 1、, 2、, 3、… in turn (none when `first` does not open with 1、)."""
    run: list[int] = []
    while first + len(run) < len(lines) and lines[first + len(run)].startswith(f"{len(run) + 1}、"):
        run.append(first + len(run))
    return run


def remove_page_furniture(text: str) -> str:
    """字号 大中小, ICP/备案 lines, QR-code and app prompts, login boxes; the site's contact box."""
    return remove_site_contact_box(
        _drop_lines_matching(_without_counter_numbers_above_their_words(text), lexicon.FURNITURE_LINE_PATTERNS))


def _without_counter_numbers_above_their_words(text: str) -> str:
    """A comment counter's number on a line of its own (its link's) above the counter's words (0 / 人参与),
    which go as furniture: the number alone would be left closing the text."""
    if not lexicon.COMMENT_COUNTER.search(text):
        return text
    lines = text.split("\n")
    return "\n".join(line for line, below in zip(lines, [*lines[1:], ""], strict=True)
                     if not (lexicon.COUNTER_NUMBER.match(item_text(line)) and lexicon.COMMENT_COUNTER_ALONE.match(item_text(below))))


def remove_site_contact_box(text: str) -> str:
    """A run of contact lines (lexicon.CONTACT_BOX_LINE) that opens or closes the text with nothing
    before it introducing a contact: the site's banner or footer box. A notice's own contact lines
    stand within its text or after a contact person or a request to get in touch, and stay."""
    kept: list[str] = []
    lines = text.split("\n")
    in_box = [bool(lexicon.CONTACT_BOX_LINE.search(item_text(line))) for line in lines]
    for index, line in enumerate(lines):
        if not in_box[index] and lexicon.ADDRESS_LINE.match(item_text(line)) and (
                (index > 0 and in_box[index - 1]) or (index + 1 < len(lines) and in_box[index + 1])):
            in_box[index] = True
    start = 0
    for boxed, run in itertools.groupby(zip(lines, in_box, strict=True), key=lambda pair: pair[1]):
        run_lines = [line for line, _ in run]
        end = start + len(run_lines)
        at_an_edge = start == 0 or end == len(lines)
        introduced = start > 0 and lexicon.CONTACT_INTRODUCTION.search(item_text(lines[start - 1]))
        if not (boxed and at_an_edge and not introduced):
            kept.extend(run_lines)
        start = end
    return "\n".join(kept)


# --- headlines and document numbers ---------------------------------------------------------------

def document_number(text: str) -> str | None:
    """The document number a text is, written the standard way (国发〔2024〕3号), or None: the year's
    brackets as 〔 〕, no spaces."""
    match = lexicon.DOCUMENT_NUMBER.fullmatch(text.strip())
    return f"{match['issuer']}〔{match['year']}〕{match['serial']}号" if match else None


def stated_document_number(text: str, title: str | None) -> str | None:
    """An official document's number where the text gives it without a label: a line of its own under
    the title, or in brackets closing the title."""
    for line in text.split("\n")[:lexicon.DOCUMENT_NUMBER_HEAD_LINES]:
        if number := document_number(line):
            return number
    closing = lexicon.TITLE_DOCUMENT_NUMBER.search(title or "")
    return document_number(closing["number"]) if closing else None


def is_signed_notice(text: str) -> bool:
    """A notice's text: sentences or the attachments it publishes, then its issuer and its date on lines of
    their own (某某市人民政府 / 2024年1月5日), however short."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return (len(lines) >= 3 and _signs_off_at(lines, len(lines) - 1)
            and any(line.endswith("。") or lexicon.ATTACHMENT_LINE.search(line) for line in lines[:-2]))


def is_placeholder_title(title: str, sitename: str | None) -> bool:
    """A title that stands for no headline: 显示, 1, a breadcrumb, the site's name as the page gives it."""
    folded = without_spaces(title)
    crumbs = lexicon.BREADCRUMB_SEPARATOR.split(folded)
    return (len(folded) <= lexicon.PLACEHOLDER_TITLE_MAX_CHARS or folded.isdigit()
            or (len(crumbs) > 1 and all(len(crumb) <= lexicon.MAX_CRUMB_CHARS for crumb in crumbs))
            or folded == without_spaces(sitename or ""))


def names_no_headline(title: str | None, sitename: str | None) -> bool:
    """No title, a placeholder, or one that only names an outlet (北医新闻网; a headline may end in 网
    or 科技 too, so such a title is kept when the text offers no headline)."""
    return not title or is_placeholder_title(title, sitename) or lexicon.OUTLET_NAME.match(without_spaces(title)) is not None


def split_opening_headline(text: str) -> tuple[str | None, str]:
    """(headline, rest) when the text opens with a line that reads as a headline, and its subtitle
    line if one follows ("犬儒病(上)" / "——当代中国的精神危机 (上)"); else (None, text)."""
    lines = text.split("\n")
    first = lines[0].strip()
    if not (lexicon.MIN_HEADLINE_CHARS <= len(first) <= lexicon.OPENING_HEADLINE_MAX_CHARS) \
            or lexicon.NOT_AN_OPENING_HEADLINE.search(first):
        return None, text
    if len(lines) > 1 and lexicon.SUBTITLE_LINE.match(lines[1].strip()):
        return f"{first}{lines[1].strip()}", "\n".join(lines[2:])
    return first, "\n".join(lines[1:])


def remove_leading_headline(text: str, title: str) -> str:
    """The headline repeated as the first paragraph, as often as it is (the heading element, then
    the editor's pasted copy of it: `_without_leading_headline`)."""
    while (shorter := _without_leading_headline(text, title)) != text:
        text = shorter
    return text


def _without_leading_headline(text: str, title: str) -> str:
    """The headline repeated as the first paragraph, or set over the first few lines, with the short
    lines above it that are no sentences (lexicon.MAX_LINES_ABOVE_REPEATED_HEADLINE: a site's name, a
    kicker, a date line); or opening the first line before a space: a short text's layout cell, which
    trafilatura writes as one line with its blocks joined by spaces ("中华人民共和国监察法 《中华人民共和国监察法》
    是为了…"). Only a headline in Han characters: Chinese text puts no space after its first words."""
    lines = text.split("\n")
    headline = as_read(title)
    for start in range(min(len(lines), lexicon.MAX_LINES_ABOVE_REPEATED_HEADLINE + 1)):
        if start and lexicon.SENTENCE_PUNCTUATION.search(lines[start - 1]):
            break
        if end := _repeated_headline_end(lines, start, headline):
            return "\n".join(lines[end:])
    first, space, rest = " ".join(lines[0].split()).partition(" ")
    if space and as_read(first) == headline and lexicon.HAN_CHARACTER.search(headline):
        return "\n".join([rest, *lines[1:]])
    return text


def _repeated_headline_end(lines: list[str], start: int, headline: str) -> int | None:
    """Where the headline ends when it is repeated from lines[start] on, over up to
    MAX_REPEATED_HEADLINE_LINES lines, under its label or not (a forum's print view: 标题: 衡阳县举办…)."""
    repeated = ""
    for end, line in enumerate(lines[start:start + lexicon.MAX_REPEATED_HEADLINE_LINES], start=start + 1):
        repeated += as_read(lexicon.HEADLINE_LABEL.sub("", line, count=1) if end == start + 1 else line)
        if repeated == headline:
            return end
        if not headline.startswith(repeated):
            return None
    return None


def remove_heading_area_at_the_end(text: str, title: str, header_lines: Sequence[str]) -> str:
    """The headline, and the info lines under it, closing the text: finding a short main text (a
    行政处罚 page's table of fields), trafilatura adds the page's other text after it, the heading area
    included. Only from the headline on, and only info lines after it, no sentences: a short notice's
    own closing lines (its issuer and date), and on a page of short paragraphs its text, may also
    stand among the info area's lines."""
    lines = text.split("\n")
    headline = without_spaces(title)
    info = frozenset(map(without_spaces, header_lines))
    for index in range(len(lines) - 1, 0, -1):
        line = without_spaces(lines[index])
        if line == headline:
            return "\n".join(lines[:index])
        if line not in info or lexicon.SENTENCE_PUNCTUATION.search(line):
            break
    return text


def remove_permalink_card(text: str, title: str) -> str:
    """A content farm's closing card naming the page's headline and address ("标题：微信举报…" / "地址：http://…",
    "本文标题：…" / "本文链接：…"): the lines at the text's end that give one or the other under their label, the
    headline among them (a notice's contact lines may end in its site's address: 网址：http://…)."""
    lines = text.split("\n")
    headline = without_spaces(title)
    end, names_the_page = len(lines), False
    while end > 1 and (card := lexicon.PERMALINK_CARD_LINE.match(lines[end - 1].strip())):
        value = without_spaces(card["value"])
        if value != headline and not lexicon.WEB_ADDRESS.fullmatch(value):
            break
        names_the_page = names_the_page or value == headline
        end -= 1
    return "\n".join(lines[:end]) if names_the_page else text


def remove_headline_prefixes(title: str) -> str:
    """'【转载】重磅！全省生态环境工作会议召开' -> '全省生态环境工作会议召开'."""
    return lexicon.HEADLINE_PREFIX.sub("", title) or title


# --- layout tables -------------------------------------------------------------------------------

# A row, or the first line of a row whose cell text runs over several lines.
_TABLE_ROW = re.compile(r"^\|")
# trafilatura's header separator row, |---|---|: no text.
_TABLE_RULE = re.compile(r"^\|[-|:\s]*$")
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")


def table_cells(row: str) -> list[str] | None:
    """The cells of a table row as trafilatura writes it ("| cell | cell |"); None for any other line."""
    return _cells(row) if _TABLE_ROW.match(row) else None


def _columns(row: str) -> list[str]:
    """A row's cells as written, empty ones too: "| 050401 艺术学 | | 7 | | |" has five."""
    return _CELL_SEPARATOR.split(row.strip().strip("|"))


def _cells(row: str) -> list[str]:
    return [cell.strip().replace("\\|", "|") for cell in _columns(row) if cell.strip()]


class LinkTexts:
    """The texts of a page's links. Which of them a paragraph holds is found with one Aho-Corasick
    pass over the paragraph: asking each link in turn made a 50,000-link page cost lines × links."""

    def __init__(self, texts: Iterable[str] = ()):
        self.texts = frozenset(texts)
        # What each paragraph holds, kept: the steps ask of the same lines in turn (unwrap_layout_tables,
        # remove_link_lists, remove_link_runs), twice over for most of them.
        self._held: dict[str, frozenset[str]] = {}

    def __contains__(self, text: object) -> bool:
        return text in self.texts

    @functools.cached_property
    def _heads(self) -> frozenset[str]:
        return frozenset(link[:end] for link in self.texts
                         for end in (*(i for i, char in enumerate(link) if char == " "), len(link)))

    @functools.cached_property
    def _finder(self) -> Any:
        # None when no link text is long enough, known once: a page without links asks for every line.
        return word_automaton(link for link in self.texts if len(link) >= lexicon.MIN_LINK_TEXT_CHARS)

    def begins_one(self, text: str) -> bool:
        """Whether text is a link's text up to a space: "陶醉 15" of the link "陶醉 15 (1次)", whose
        count the extraction put on a line of its own."""
        return text in self._heads

    def inside(self, text: str) -> frozenset[str]:
        """The distinct link texts (of at least MIN_LINK_TEXT_CHARS) that occur in text."""
        if self._finder is None:
            return frozenset()
        held = self._held.get(text)
        if held is None:
            held = self._held[text] = frozenset(link for _end, link in self._finder.iter(text))
        return held


# An article's text is at most this share (in visible characters) lines that repeat a link's text:
# list pages are mostly link text.
MAX_LINK_TEXT_SHARE = 0.5


def link_text_share(text: str, links: LinkTexts) -> float:
    """The share of the text's visible characters in lines that are a link's whole text; 1.0 for no text."""
    # Visible characters only: a link line padded with template indentation is not a long line.
    lines = [" ".join(line.split()) for line in text.splitlines()]
    total = sum(len(line) for line in lines)
    in_links = sum(len(line) for line in lines if line in links)
    return in_links / total if total else 1.0


def _link_coverage(text: str, link_texts: LinkTexts) -> tuple[float, int]:
    """(share of text made of link texts, how many link texts it holds); short link texts are ignored."""
    if not text:
        return 0.0, 0
    inside = link_texts.inside(text)
    return _share_in(text, inside), len(inside)


def _share_in(text: str, links: Collection[str]) -> float:
    """The share of the (non-empty) text made of those link texts."""
    return min(1.0, sum(len(link) for link in links) / len(text))


def _is_layout_table(rows: list[list[str]], link_texts: LinkTexts) -> bool:
    """Not a data table: an article in one big cell, mostly link text, or a single column of cells."""
    cells = [cell for row in rows for cell in row]
    if not cells:
        return True
    single_cell_rows = sum(1 for row in rows if len(row) <= 1)
    return (max(len(cell) for cell in cells) >= lexicon.LAYOUT_TABLE_CELL_CHARS
            or _link_coverage(" ".join(cells), link_texts)[0] > lexicon.LAYOUT_TABLE_LINK_SHARE
            or single_cell_rows >= lexicon.LAYOUT_TABLE_SINGLE_CELL_ROWS * len(rows))


def _is_menu_row(cells: list[str], link_texts: LinkTexts) -> bool:
    """A row whose every cell is one link: a menu of short entries (| 首页 | 滚动 | 商学院 |, a region
    picker's | 全国版 | 安徽省 | 北京市 |), too short to count as link text inside a paragraph."""
    return len(cells) >= lexicon.MIN_MENU_ROW_CELLS and all(cell in link_texts for cell in cells)


def _is_prose(cell: str, link_texts: LinkTexts) -> bool:
    return (len(cell) >= lexicon.LAYOUT_TABLE_PROSE_CHARS and bool(lexicon.PROSE_PUNCTUATION.search(cell))
            and _link_coverage(cell, link_texts)[0] <= lexicon.LAYOUT_TABLE_LINK_SHARE)


Paragraphs = Sequence[str]


_NON_SPACE_RUN = re.compile(r"\S+")


def _places_in_line(line: str, places: Iterable[int]) -> list[int]:
    """Where in the line each place of its text without white space (without_spaces) is: found among the
    line's runs of other characters, of which a line of thousands of characters has a handful."""
    runs = [run.span() for run in _NON_SPACE_RUN.finditer(line)]
    folded_starts = list(itertools.accumulate((end - start for start, end in runs), initial=0))
    found = []
    for place in places:
        run = bisect.bisect_right(folded_starts, place) - 1
        found.append(runs[run][0] + place - folded_starts[run])
    return found


def restore_paragraphs(line: str, blocks: Sequence[Paragraphs] = ()) -> list[str]:
    """A table cell's or list item's text that trafilatura wrote as one line, split where the page
    starts a paragraph in it: `blocks` are the paragraphs of each cell and item that holds several (an
    article in a layout table's cell, 观察者网's main column in an <li>). Only breaks are added: the
    line's text is kept whole, also where trafilatura left out part of a paragraph."""
    folded = without_spaces(line)
    if len(folded) < lexicon.FLATTENED_BLOCK_MIN_CHARS:
        return [line]
    for block in blocks:
        starts: list[int] = []
        found_chars = position = 0
        for paragraph in block:
            piece = without_spaces(paragraph)
            head = piece[:lexicon.PARAGRAPH_HEAD_CHARS]
            # A short paragraph (然而，) is looked for only where the line has got to: further on,
            # the same words would be met by chance and every paragraph between skipped.
            reach = len(folded) if len(head) == lexicon.PARAGRAPH_HEAD_CHARS \
                else position + len(head) + lexicon.SHORT_PARAGRAPH_REACH
            at = folded.find(head, position, reach) if head else -1
            if at >= 0:
                starts.append(at)
                found_chars += len(piece)
                # Past the whole paragraph when the line holds it whole, else past its beginning.
                whole = folded.startswith(piece, at)
                position = at + (len(piece) if whole else len(head))
        if len(starts) > 1 and found_chars >= lexicon.RESTORED_PARAGRAPHS_SHARE * len(folded):
            cuts = [0, *_places_in_line(line, [at for at in starts if at > 0]), len(line)]
            return [piece for begin, end in itertools.pairwise(cuts) if (piece := line[begin:end].strip())]
    return [line]


def restore_flattened_items(text: str, blocks: Sequence[Paragraphs] = ()) -> str:
    """Lines that are a list item holding several paragraphs, as those paragraphs (table cells are
    restored in `unwrap_layout_tables`)."""
    if not blocks:
        return text
    return "\n".join(restored for line in text.split("\n")
                     for restored in ([line] if _TABLE_ROW.match(line) else _restored_item(line, blocks)))


def _restored_item(line: str, blocks: Sequence[Paragraphs]) -> list[str]:
    """A list item's paragraphs lose trafilatura's "- " item mark, which only the first would carry."""
    paragraphs = restore_paragraphs(line.removeprefix(LIST_ITEM_MARKER), blocks)
    return paragraphs if len(paragraphs) > 1 else [line]


def unwrap_layout_tables(text: str, link_texts: LinkTexts | None = None, blocks: Sequence[Paragraphs] = ()) -> str:
    """Tables that lay out the page, not data: their navigation cells go, prose cells become paragraphs
    (the paragraphs the page shows, `restore_paragraphs`), and an editor's line in a cell of its own stays, for
    the attribution step and as the article's end (新华网's （责任编辑： 黄帅 ） under a 2005 interview). Data
    tables (short cells, few links) are kept as trafilatura wrote them."""
    link_texts = link_texts or LinkTexts()
    lines = text.split("\n")
    out: list[str] = []
    written: set[str] = set()  # out's lines without their spaces: a cell whose paragraphs are there is written again
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _TABLE_ROW.match(lines[end]):
            end += 1
        if end == index:
            out.append(lines[index])
            written.add(without_spaces(lines[index]))
            index += 1
            continue
        block = [row for row in lines[index:end] if not _TABLE_RULE.match(row)]
        rows = [_cells(row) for row in block]
        if _is_layout_table(rows, link_texts):
            nested = _nested_data_table_rows(block, rows, link_texts)
            for number, (row, cells) in enumerate(zip(block, rows, strict=True)):
                if number in nested:
                    out.extend([row] if not _is_menu_row(cells, link_texts) else [])
                    continue
                for cell in cells:
                    if _is_prose(cell, link_texts):
                        paragraphs = restore_paragraphs(cell, blocks)
                    else:
                        paragraphs = [cell] if lexicon.ARTICLE_END_LINE.match(cell) else []
                    if not _written_again(paragraphs, written):
                        out.extend(paragraphs)
                        written.update(without_spaces(paragraph) for paragraph in paragraphs)
        else:
            out.extend(row for row, cells in zip(block, rows, strict=True) if not _is_menu_row(cells, link_texts))
        index = end
    return "\n".join(out)


def _written_again(paragraphs: list[str], written: set[str]) -> bool:
    """Whether a layout cell holding several paragraphs (a container: the headline, its info line, the
    text) is mostly text already written (WRITTEN_AGAIN_CELL_SHARE). A cell of one line repeating an
    earlier one is a table's, as two rows of a wiki's discography credit the same singers."""
    if len(paragraphs) < 2:
        return False
    folded = [without_spaces(paragraph) for paragraph in paragraphs]
    repeated = sum(len(line) for line in folded if line in written)
    return repeated >= lexicon.WRITTEN_AGAIN_CELL_SHARE * sum(map(len, folded))


def _nested_data_table_rows(block: list[str], rows: list[list[str]], link_texts: LinkTexts) -> set[int]:
    """The numbers of the rows of a layout table's block that are a data table nested in it: a run of
    DATA_TABLE_MIN_ROWS rows or more of one width (DATA_TABLE_MIN_COLUMNS), which alone reads as a data
    table (`_is_layout_table`: no long cell, not mostly links, not a column of single boxes)."""
    widths = [len(_columns(row)) for row in block]
    nested: set[int] = set()
    start = 0
    for end in range(1, len(block) + 1):
        if end < len(block) and widths[end] == widths[start]:
            continue
        run = rows[start:end]
        if (widths[start] >= lexicon.DATA_TABLE_MIN_COLUMNS and len(run) >= lexicon.DATA_TABLE_MIN_ROWS
                and not _is_layout_table(run, link_texts)):
            nested.update(range(start, end))
        start = end
    return nested


def remove_link_lists(text: str, link_texts: LinkTexts | None = None) -> str:
    """Paragraphs made of several links: 其他报道 ·…·…, 今日推荐, related-article lists, and a channel
    bar of short links written as one line (新闻直播 要闻 国际 军事 社会…, links of two characters, too
    short to count as link text inside a paragraph; two links with no space between them read as one
    word)."""
    link_texts = link_texts or LinkTexts()

    def is_link_list(line: str) -> bool:
        coverage, count = _link_coverage(line, link_texts)
        return count >= 2 and coverage > lexicon.LINK_LIST_SHARE or _is_menu_line(line, link_texts)

    return _drop_lines(text, is_link_list)


def _is_menu_line(line: str, link_texts: LinkTexts) -> bool:
    words = line.split()
    return len(words) >= lexicon.MIN_MENU_ROW_CELLS and all(_made_of_links(word, link_texts) for word in words)


def _made_of_links(word: str, link_texts: LinkTexts) -> bool:
    """Whether the word is one link's text or several's run together."""
    if len(word) > lexicon.MAX_MENU_WORD_CHARS:
        return False
    ends = {0}  # where a run of whole link texts from the word's start can end
    for end in range(1, len(word) + 1):
        if any(word[start:end] in link_texts for start in ends):
            ends.add(end)
    return len(word) in ends


def without_entry_decoration(line: str) -> str:
    """The line without what a list entry carries besides its link (lexicon.LINK_ENTRY_DECORATION). Its trailing date
    or count reaches the line's end, so a line ending in none of their characters is only looked at for its
    leading marker: the trailing alternatives are tried at every place of a line (half of remove_link_runs' time)."""
    last = line[-1:]
    if last.isspace() or last.isdecimal() or (last and last in lexicon.LINK_ENTRY_DECORATION_ENDS):
        return lexicon.LINK_ENTRY_DECORATION.sub("", line)
    # The leading alternative matches at the start of every line (emptily, if nothing is there): it is the first match.
    return lexicon.LINK_ENTRY_DECORATION.sub("", line, count=1)


def remove_link_runs(text: str, link_texts: LinkTexts | None = None) -> str:
    """Runs of lines that are each one link or a teaser cut short with an ellipsis (menus, related and
    ranking lists, recommendation cards), with the dates and counts between them; a document's
    attachment lines stay."""
    link_texts = link_texts or LinkTexts()
    lines = text.split("\n")

    def is_entry(line: str) -> bool:
        line = " ".join(line.split())
        bare = without_entry_decoration(line).strip()
        if not bare or lexicon.ATTACHMENT_LINE.search(line):
            return False
        return (finds(lexicon.TEASER_ENDING, line)
                or link_texts.begins_one(line) or link_texts.begins_one(bare)
                or _share_in(bare, inside := link_texts.inside(bare)) > lexicon.LINK_LIST_SHARE
                or _is_tagged_link(bare, inside))

    entry = [is_entry(line) for line in lines]
    in_list = [is_an_entry or bool(lexicon.LIST_FILLER_LINE.match(line)) for line, is_an_entry in zip(lines, entry, strict=True)]
    drop = [False] * len(lines)
    index = 0
    while index < len(lines):
        if not entry[index]:
            index += 1
            continue
        end = index
        while end < len(lines) and in_list[end]:
            end += 1
        entries = sum(entry[index:end])
        if entries >= lexicon.MIN_LINK_RUN_LINES:
            drop[index:end] = [True] * (end - index)
        index = end
    return "\n".join(line for line, dropped in zip(lines, drop, strict=True) if not dropped)


def _is_tagged_link(line: str, inside: Collection[str]) -> bool:
    """A link's whole text (among those `inside` the line) opening the line and a few tags after it (lexicon.ENTRY_TAGS)."""
    return len(line) <= lexicon.MAX_TAGGED_ENTRY_CHARS and any(
        line.startswith(link) and lexicon.ENTRY_TAGS.fullmatch(line, len(link)) for link in inside)


def remove_teaser_summaries(text: str, teasers: Iterable[str], title: str | None = None) -> str:
    """Paragraphs that are the summary of a story card in a run of cards (a "more for you" stream
    whose headline links the extraction dropped): found inside a card's text, white space aside.
    A card holding the page's own headline is this article's (a "latest news" column listing it with
    its lead paragraph): its summary is the article's."""
    own = without_spaces(title) if title else None
    cards = "\n".join(card for card in teasers if not (own and own in card))
    if not cards:
        return text

    lines = text.split("\n")
    folded = [without_spaces(item_text(line)) for line in lines]
    # One pass over the cards for all the paragraphs: asking each paragraph in turn would cost
    # paragraphs x cards on a long page with a long stream.
    automaton = word_automaton(item for item in folded if len(item) >= lexicon.MIN_TEASER_SUMMARY_CHARS)
    if automaton is None:
        return text
    summaries = {item for _end, item in automaton.iter(cards)}
    return "\n".join(line for line, item in zip(lines, folded, strict=True) if item not in summaries)


# --- titles ---------------------------------------------------------------------------------------

def _names_a_site(segment: str, link_texts: LinkTexts) -> bool:
    """Whether a <title>'s segment is a site's or section's name: a site's word (网, 政府, 博客…) or a
    short menu entry of the page, and no headline's punctuation."""
    names = lexicon.SITE_SUFFIX_WORDS.search(segment) or (
        len(section := segment.strip()) <= lexicon.MAX_SECTION_NAME_CHARS and section in link_texts)
    return bool(names) and not lexicon.HEADLINE_PUNCTUATION.search(segment) and not lexicon.HEADLINE_SUBTITLE.match(segment)


def _open_quotes(text: str) -> list[int]:
    """For each kind of quote or bracket (lexicon.TITLE_QUOTE_PAIRS), how many more the text opens than it closes."""
    return [text.count(opening) - text.count(closing) for opening, closing in lexicon.TITLE_QUOTE_PAIRS]


def _ends_as_a_site_name(segment: str) -> bool:
    return (len(segment) <= lexicon.MAX_SITE_NAME_CHARS and lexicon.SITE_NAME_ENDING.search(segment) is not None
            and not lexicon.HEADLINE_PUNCTUATION.search(segment))


def remove_site_name_prefix(title: str, sitename: str | None) -> str:
    """'保定市人民政府网——保定市统筹推动…' -> '保定市统筹推动…' when the page's meta names the site
    保定市人民政府网; a headline that only starts with the same words has no separator after them."""
    if not sitename or not title.startswith(sitename):
        return title
    separator = lexicon.SITE_NAME_SEPARATOR.match(title, len(sitename))
    rest = title[separator.end():] if separator else ""
    return rest if len(rest) >= lexicon.MIN_HEADLINE_CHARS else title


def remove_file_extension(title: str) -> str:
    """'山西省环境保护行政处罚实施规范.doc' -> '山西省环境保护行政处罚实施规范': a document-sharing site titles a copy by
    its file's name (lexicon.DOCUMENT_FILE_EXTENSION)."""
    match = lexicon.DOCUMENT_FILE_EXTENSION.search(title)
    return title[:match.start()].rstrip() if match and han_count(title[:match.start()]) >= lexicon.MIN_HEADLINE_CHARS else title


def remove_site_suffix(title: str, link_texts: LinkTexts | None = None) -> str:
    """'…会议召开 - 广东省生态环境厅', '…_新派_潍坊新闻网', '…-资讯中心-环保产业网' -> '…'; also a
    section's name that is one of the page's links (its menu entry: '…__商贸', '… - 要闻云南'), a CMS's
    signature ('… - powered by Discuz! Archiver'), a blog's name before its post ('多维博客 » …') and a site's
    name before the headline ('济南市生态环境局--我市开展…检查'); separators left dangling at its end ('…埋单”？- -')."""
    link_texts = link_texts or LinkTexts()
    if len(headline := title.rstrip(lexicon.DANGLING_TITLE_SEPARATORS)) >= lexicon.MIN_HEADLINE_CHARS:
        title = headline
    if (first := lexicon.TITLE_SITE_NAME_FIRST.match(title)) and _ends_as_a_site_name(first["segment"].strip()):
        # The site's name first (济南市生态环境局--…): the headline is what follows, when it is longer and no
        # site's name itself (国际新闻_网易新闻中心 is a channel, then its portal).
        rest = title[first.end():]
        head = lexicon.TITLE_SEGMENT_SEPARATOR.split(rest, maxsplit=1)[0].strip()
        if len(head) > len(first["segment"].strip()) and not _ends_as_a_site_name(head):
            title = rest
    # Segments are cut by moving the title's end and start, each looked for in a window of its own length: a spam
    # <title> of 80,000 characters, a site's name repeated after every separator, was cut and searched again whole
    # for every segment (40 s).
    end, open_quotes = len(title), _open_quotes(title)
    while ((suffix := lexicon.TITLE_SITE_SUFFIX.search(title, max(0, end - lexicon.MAX_SITE_SUFFIX_CHARS), end))
           and (lexicon.CMS_SIGNATURE.match(suffix["segment"]) or _names_a_site(suffix["segment"], link_texts))):
        left_open = [count - cut for count, cut in zip(open_quotes, _open_quotes(title[suffix.start():end]), strict=True)]
        if suffix.start() < lexicon.MIN_HEADLINE_CHARS or any(count > 0 for count in left_open):
            break
        end, open_quotes = suffix.start(), left_open
    title = title[:end].rstrip() if end < len(title) else title
    start = 0
    while ((prefix := lexicon.TITLE_SITE_PREFIX.match(title, start)) and _names_a_site(prefix["segment"], link_texts)
           and len(title) - prefix.end() >= lexicon.MIN_HEADLINE_CHARS):
        start = prefix.end()
    return title[start:]
