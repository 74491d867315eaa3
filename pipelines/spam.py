"""Casino and illicit-service spam a hijacked or content-farm copy carries: its banners, its spam titles and
bylines, and the brands and site numbers it writes into the copied statements. Small pure functions, like
pipelines/clean.py's steps; the terms, patterns and thresholds live in pipelines/lexicon.py. No step raises
on any text."""
from __future__ import annotations

import functools
import itertools
import re
import string
from collections.abc import Iterable
from typing import Any, NamedTuple

from pipelines import lexicon
from pipelines.clean import han_count, item_text, pinyin_readings, sentences_before, split_at_the_first
from pipelines.prefilter import finds, word_automaton


def warm_up() -> None:
    """Build the spam lexicon's patterns and automata, as the first page would."""
    _spam_term_patterns()
    _spam_term_finder()
    _strong_term_finder()
    _page_word_finder()
    _injected_brand_pattern(frozenset())


@functools.cache
def _spam_term_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (_alternation(lexicon.SPAM_STRONG_TERMS), _alternation(lexicon.SPAM_WEAK_TERMS),
            _alternation(lexicon.SPAM_GAMBLING_WORDS))


@functools.cache
def _alternation(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(_term_pattern, terms)), re.IGNORECASE)


def _term_pattern(term: str) -> str:
    # A break may come between any two characters but two Latin ones: "bet way" is English.
    broken = "[" + re.escape(lexicon.SPAM_TERM_BREAKS) + "]?"
    pattern = "".join(re.escape(ch) + ("" if ch.isascii() and following.isascii() else broken)
                      for ch, following in itertools.pairwise(term)) + re.escape(term[-1])
    if term.endswith(lexicon.SPORTS_BRAND_SUFFIX):
        return pattern + lexicon.NOT_AFTER_A_SPORTS_BRAND
    return pattern + lexicon.NOT_AFTER_A_TERM.get(term, "")


_SPAM_BREAK = re.compile("[" + re.escape(lexicon.SPAM_TERM_BREAKS) + "]")


def _without_spam_breaks(text: str) -> str:
    return _SPAM_BREAK.sub("", text.lower())


@functools.cache
def _spam_term_finder() -> Any:
    """An Aho-Corasick automaton over every term, lower-cased and without break characters: a text that,
    so folded, holds none of them matches no term pattern, and is not searched with them (they read a
    text character by character: most of the spam test's time, and most texts hold no term)."""
    return word_automaton(_without_spam_breaks(term)
                      for term in (*lexicon.SPAM_STRONG_TERMS, *lexicon.SPAM_WEAK_TERMS, *lexicon.SPAM_GAMBLING_WORDS))


def _distinct_terms(pattern: re.Pattern[str], text: str) -> int:
    return len({"".join(ch for ch in m.group(0).lower() if ch not in lexicon.SPAM_TERM_BREAKS) for m in pattern.finditer(text)})


def _spam_scores(text: str, holds_a_term: bool | None = None) -> tuple[int, int]:
    """(strong, weak): strong terms and patterns count STRONG_SPAM_WEIGHT, weak terms 1 (each distinct term once);
    gambling's own words count as weak terms outside statements, and not at all in one: two of them make a
    banner (网上赌场百家乐), one alone is a headline's word (警方捣毁一百家乐赌博窝点, 市区一娱乐城发生火灾).
    holds_a_term: whether the term finder finds one in the text, where the caller knows it."""
    strong = sum(lexicon.STRONG_SPAM_WEIGHT for pattern in lexicon.SPAM_PATTERNS if finds(pattern, text))
    coded = brands_with_their_codes(text)
    strong += lexicon.STRONG_SPAM_WEIGHT * (bool(coded.numbered) + _is_a_pornographic_banner(text))
    weak_patterns = (sum(1 for pattern in lexicon.SPAM_WEAK_PATTERNS if finds(pattern, text)) + bool(mock_official_site_brands(text))
                     + bool(coded.initialled) + _names_a_site_number(text) + lexicon.STRONG_SPAM_WEIGHT * _offers_an_illicit_service(text))
    if not (_finds_a_term(_spam_term_finder(), text) if holds_a_term is None else holds_a_term):
        return strong, weak_patterns
    strong_terms, weak_terms, gambling_words = _spam_term_patterns()
    strong += lexicon.STRONG_SPAM_WEIGHT * _distinct_terms(strong_terms, text)
    gambling = 0 if lexicon.FULL_STOP.search(text) else _distinct_terms(gambling_words, text)
    # Weak terms count within one part of a title or banner: a headline naming an official site, then its
    # channel (…官网发布新一季预告_娱乐_央视网), is no "…官网娱乐" banner.
    # (A gambling word's own letters are no weak term besides: 娱乐城 is not also 娱乐.)
    parts = lexicon.TITLE_SEGMENT_SEPARATOR.split(gambling_words.sub(" ", lexicon.HONEST_WEAK_TERM_USES.sub(" ", text)))
    return strong, max(_distinct_terms(weak_terms, part) for part in parts) + weak_patterns + gambling


def _names_a_site_number(text: str) -> bool:
    return lexicon.SITE_NUMBER_WORD in text and lexicon.SITE_NUMBER_ADDRESS.search(text) is not None


def _is_a_pornographic_banner(text: str) -> bool:
    """A text without a full stop whose parts are mostly stock phrases of pornographic SEO (lexicon.PORNOGRAPHIC_SEO_WORD)."""
    if lexicon.FULL_STOP.search(text) or not finds(lexicon.PORNOGRAPHIC_SEO_WORD, text):  # most texts hold none of its words
        return False
    parts = [part for part in lexicon.BANNER_PART_SEPARATOR.split(text) if part.strip()]
    if len(parts) < lexicon.MIN_PORNOGRAPHIC_PARTS:
        return False
    stock_phrases = sum(1 for part in parts if _is_a_pornographic_stock_phrase(part))
    return stock_phrases >= lexicon.MIN_PORNOGRAPHIC_PARTS and 2 * stock_phrases >= len(parts)


def _is_a_pornographic_stock_phrase(part: str) -> bool:
    return len(set(lexicon.PORNOGRAPHIC_SEO_WORD.findall(part))) >= lexicon.MIN_PORNOGRAPHIC_WORDS_IN_A_PART


def _offers_an_illicit_service(text: str) -> bool:
    """Invoices or forged papers offered with a number to call (lexicon.ILLICIT_SERVICE)."""
    return (any(word in text for word in lexicon.ILLICIT_SERVICE_WORDS)  # most texts hold none
            and lexicon.ILLICIT_SERVICE.search(text) is not None and lexicon.CONTACT_NUMBER.search(text) is not None)


def mock_official_site_brands(text: str) -> list[str]:
    """The brands whose mock official sites the text's segments are (lexicon.MOCK_OFFICIAL_SITE):
    '…会议召开-金年会(中国)官方网站-金字招牌' -> ['金年会']."""
    brands: list[str] = []
    if not lexicon.MOCK_SITE_WORD.search(text):
        return brands  # most texts
    for site in lexicon.MOCK_OFFICIAL_SITE.finditer(text):
        # The segment's start is looked for no further back than a brand's length: a longer one is no brand.
        before = text[max(0, site.start() - lexicon.MAX_MOCK_SITE_BRAND_CHARS - 1):site.start()]
        brand = lexicon.MOCK_SITE_SEGMENT_START.split(before)[-1].strip(lexicon.HEADING_SEPARATORS)
        if 0 < len(brand) <= lexicon.MAX_MOCK_SITE_BRAND_CHARS and not lexicon.NOT_A_BRAND.search(brand):
            brands.append(brand)
    return brands


class CodedBrands(NamedTuple):
    numbered: tuple[str, ...]  # by a code with digits: 乐虎国际lehu88
    initialled: tuple[str, ...]  # by initials alone: ayx爱游戏


_NO_CODED_BRANDS = CodedBrands((), ())


def brands_with_their_codes(text: str) -> CodedBrands:
    """The names a text writes glued to a code that spells them (lexicon.BRAND_CODE): '乐虎国际lehu88官网'
    -> numbered ['乐虎国际'], 'ayx爱游戏体育' -> initialled ['爱游戏体育']; '华为huawei' -> none (an honest
    name's pinyin)."""
    if not lexicon.BRAND_CODE.search(text):
        return _NO_CODED_BRANDS  # most texts: a page's 50,000 links are judged one by one
    numbered: list[str] = []
    initialled: list[str] = []
    for code in lexicon.BRAND_CODE.finditer(text):
        letters = code[0].rstrip(string.digits)
        digits = code[0][len(letters):]
        before, after = text[code.start() - 1:code.start()], text[code.end():code.end() + 1]
        if (len(letters) not in lexicon.BRAND_CODE_LETTERS or len(digits) > lexicon.MAX_BRAND_CODE_DIGITS
                or 0 < len(digits) < lexicon.MIN_BRAND_CODE_DIGITS or _is_latin_or_digit(after)):
            continue
        if lexicon.HAN_CHARACTER.match(before):
            run = lexicon.HAN_RUN_AT_END.search(text, max(0, code.start() - 2 * lexicon.MAX_CODED_BRAND_CHARS), code.start())
            name = lexicon.BRAND_NAME_SUFFIX.sub("", run[0]) if run else ""
            names = [name[start:] for start in range(max(0, len(name) - lexicon.MAX_CODED_BRAND_CHARS), len(name))]
        elif lexicon.HAN_CHARACTER.match(after):
            run = lexicon.HAN_RUN_AT_START.match(text, code.end())
            names = [lexicon.BRAND_NAME_SUFFIX.sub("", run[0])[:lexicon.MAX_CODED_BRAND_CHARS]] if run else []
        else:
            continue
        spelled = next((name for name in names if _spells_the_start(letters, name, initials_only=not digits)), None)
        if spelled:
            (numbered if digits else initialled).append(spelled)
    return CodedBrands(tuple(numbered), tuple(initialled))


def _is_latin_or_digit(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _spells_the_start(letters: str, name: str, initials_only: bool) -> bool:
    """Whether the letters spell the name's first characters, each by its pinyin or its initial: at least
    MIN_SPELLED_BRAND_CHARS of them, and MIN_BRAND_INITIALS initials where only initials count."""
    if initials_only:
        return len(letters) >= lexicon.MIN_BRAND_INITIALS and len(name) >= len(letters) and all(
            any(reading[0] == letter for reading in pinyin_readings(char))
            for letter, char in zip(letters, name[:len(letters)], strict=True))

    def spells(position: int, index: int) -> bool:
        if position == len(letters):
            return index >= lexicon.MIN_SPELLED_BRAND_CHARS
        if index == len(name):
            return False
        spellings = {spelling for reading in pinyin_readings(name[index])
                     for spelling in (reading[0], reading.replace("ü", "v"), reading.replace("ü", "u"))}
        return any(letters.startswith(spelling, position) and spells(position + len(spelling), index + 1)
                   for spelling in spellings)

    return spells(0, 0)


def spam_hits(text: str) -> int:
    return sum(_spam_scores(text))


def is_spam(text: str) -> bool:
    """Strong terms mark any text; weak ones only a banner, a title or a byline: not a statement (a text
    holding a full stop, as an exhibition's 娱乐休闲、真人互动体验等多个展区 is) and nothing longer than a banner."""
    return _judged_spam(text, *_spam_scores(text))


def _judged_spam(text: str, strong: int, weak: int) -> bool:
    return strong >= lexicon.SPAM_SCORE or (strong + weak >= lexicon.SPAM_SCORE and len(text) <= lexicon.MAX_WEAK_SPAM_CHARS
                                             and not lexicon.FULL_STOP.search(text))


def remove_spam_lines(text: str) -> str:
    """Paragraphs carrying casino spam: banners, floating ads, spam bylines. Spam a hijack ran into a statement
    goes and the statement stays: a banner opening it ('百家乐网上赌场 注册送彩金 2月1日，…' -> '2月1日，…'), or what
    was appended to it, from the first sentence that is spam ('…持续高位改善。威尼斯人5848vip注册送彩金' ->
    '…持续高位改善。')."""
    kept = []
    for line in text.split("\n"):
        item = item_text(line)
        holds_a_term = _finds_a_term(_spam_term_finder(), item)
        if not _judged_spam(item, *_spam_scores(item, holds_a_term)):
            # words that are spam only outside a statement may make a banner opening or closing one
            if holds_a_term:
                line = _without_spam_banner_at_the_end(_without_spam_banner_at_the_start(line))
            kept.append(line)
        elif (after_banner := _without_spam_banner_at_the_start(line)) != line:  # what it leaves holds no spam
            kept.append(after_banner)
        elif statement := _text_around_spam(line):
            kept.append(statement)
    return "\n".join(kept)


def _text_around_spam(line: str) -> str:
    """The line without the spam a hijack ran into it: its text before the first sentence that is spam by
    itself and the statements going on after it (_statements_after_spam). With a statement after it, the text
    before stays however short (二要围绕发展实体经济抓服务。), being the same paragraph's."""
    sentences, first = split_at_the_first(line, is_spam)
    if first is None:
        return ""  # no sentence alone is spam: the line as a whole is
    after = _statements_after_spam(sentences, first)
    return sentences_before(sentences, first, None, 0 if after else lexicon.MIN_TEXT_LEFT_BY_A_CUT) + after


def _statements_after_spam(sentences: list[str], first: int) -> str:
    """What follows the spam a hijack ran into a statement, where the statement goes on past it: the runs of
    sentences between those holding a spam term, after the first that is spam by itself (`first` of the line's
    `sentences`), each as _statement_in_run keeps it. '…在州政务中心召开。威尼斯人5848vip注册送彩金。此次会议旨在…改善。'
    keeps '此次会议旨在…改善。', and spam run in twice keeps both statements after it ('A。SPAM。B。SPAM。C。' keeps
    'B。C。'). A statement needs a sentence's worth of Han characters before the spam too
    (MIN_STATEMENT_HAN_AROUND_SPAM): an advert opening with its brand is spam throughout (开云体育是亚洲领先的平台。
    公司成立于2010年，…)."""
    before = "".join(sentences[:first]).strip()
    if han_count(before) < lexicon.MIN_STATEMENT_HAN_AROUND_SPAM:
        return ""
    opening_may_be_an_advert = len(before) < lexicon.MIN_TEXT_LEFT_BY_A_CUT
    runs = [(holds_spam, list(run))
            for holds_spam, run in itertools.groupby(sentences[first + 1:], key=lambda sentence: spam_hits(sentence) > 0)]
    return "".join(_statement_in_run(run, may_be_an_advert=opening_may_be_an_advert or index < len(runs) - 1)
                   for index, (holds_spam, run) in enumerate(runs) if not holds_spam)


def _statement_in_run(run: list[str], may_be_an_advert: bool) -> str:
    """A run of sentences without spam, after spam a hijack ran into a statement, as a statement: a sentence's
    worth of Han characters (MIN_STATEMENT_HAN_AROUND_SPAM) ending as a sentence does, so that a banner's phone
    line (联系电话：138…) is none. Where it may be an advert's copy, it starts after the last sentence holding an
    advert's words (lexicon.ADVERT_WORDS: 本平台拥有正规牌照，信誉有保障…): between two pieces of spam, or after an
    opening shorter than a statement's (MIN_TEXT_LEFT_BY_A_CUT: an advert's greeting, 欢迎访问本站，精彩不断。)."""
    if may_be_an_advert:
        run = run[1 + max((index for index, sentence in enumerate(run) if _holds_advert_words(sentence)), default=-1):]
    statement = "".join(run).strip()
    if han_count(statement) < lexicon.MIN_STATEMENT_HAN_AROUND_SPAM or not lexicon.SENTENCE_END.search(statement):
        return ""
    return "" if spam_hits(statement) else statement  # spam whose words are in two sentences (代开发票。电话：138…)


def _without_spam_banner_at_the_start(line: str) -> str:
    """A statement without a banner opening it, its words set off by spaces or in brackets ('百家乐网上赌场 注册送彩金
    2月1日，州生态环境局…召开。' -> '2月1日，州生态环境局…召开。'), when a sentence's worth is left, a statement with no spam of
    its own.
    The banner is the run of its opening words that each hold a spam term: a byline after it (本报黎川讯 （记者…）) is
    the statement's."""
    first_clause_end = lexicon.SENTENCE_PUNCTUATION.search(line)
    limit = min(first_clause_end.start() if first_clause_end else len(line), lexicon.MAX_WEAK_SPAM_CHARS)
    banner_end = word_start = 0
    for space in lexicon.BANNER_BREAK.finditer(line, 0, limit):
        if not spam_hits(line[word_start:space.end()].strip()):
            break
        word_start = space.end()
        if is_spam(line[:word_start].strip()):
            banner_end = word_start
    rest = line[banner_end:].strip()
    if banner_end and len(rest) >= lexicon.MIN_TEXT_LEFT_BY_A_CUT and lexicon.SENTENCE_END.search(rest) and not spam_hits(rest):
        return rest
    return line  # a banner throughout (威尼斯(5848vip·WNS认证)电子游戏-Champions League 联系电话…)


def _without_spam_banner_at_the_end(line: str) -> str:
    """A statement without a banner run into its end ('…转型升级。百家乐网上赌场 注册送彩金' -> '…转型升级。'): words
    that are spam only outside a statement (gambling's, weak terms) make one in a last piece that is no sentence."""
    if not lexicon.FULL_STOP.search(line):
        return line
    banner = lexicon.APPENDED_SENTENCE_BREAK.split(line)[-1]
    if lexicon.SENTENCE_END.search(banner) or not is_spam(banner.strip()):
        return line
    text_before = line[:len(line) - len(banner)].rstrip()
    return text_before if len(text_before) >= lexicon.MIN_TEXT_LEFT_BY_A_CUT else line


class PageSpam(NamedTuple):
    """What a page's spam shows anywhere on the page, not only in its title, metas and text."""
    brands: frozenset[str]  # the brands it names
    shown: bool  # some text of the page is spam: a banner above the article, a footer's keyword list


NO_PAGE_SPAM = PageSpam(frozenset(), False)


def page_spam(texts: Iterable[str]) -> PageSpam:
    """Whether any of the page's texts is spam, and the brands that spam names: those among the weak terms
    (lexicon.SPAM_WEAK_BRANDS), any it writes with a code that spells it (乐虎国际lehu88), and those whose mock
    official sites or site numbers it names (金年会(中国)官方网站, 澳门新葡京8883网址)."""
    texts = list(texts)
    joined = "\n".join(texts)
    # A name glued to its initials alone is no reason to judge every text of the page: portals and forums write
    # them so (gdg郭德纲, wxbt为雪白头), and a page of readers' comments has many texts.
    # (Mock sites are looked for text by text: one ends its text, and the pattern looks past it for the segment's end.)
    words = _page_words(_without_spam_breaks(joined))
    names_brands = bool((words.weak_brand and _alternation(lexicon.SPAM_WEAK_BRANDS).search(joined))
                        or brands_with_their_codes(joined).numbered
                        or any(map(mock_official_site_brands, texts)) or _names_a_site_number(joined))
    # A banner whose only mark is a site number (澳门威尼斯人娱乐场 5848vip.com: a brand no list names). (A site code in
    # brackets follows a brand's name, 澳门金沙(js333), which names_brands has found.)
    if not (names_brands or words.strong_term or finds(lexicon.VIP_SITE_NUMBER, joined)):
        # (The weak terms, 官网 or 娱乐, are on most portals' pages: judging every text of theirs would cost a
        # page a millisecond or two. A portal's channels name pornographic SEO's words as often, 视频 and 高清, so
        # the texts are only looked at for a banner of them, and only when the page holds as many as one banner does.)
        may_hold_a_banner = words.pornographic >= lexicon.MIN_PORNOGRAPHIC_PARTS * lexicon.MIN_PORNOGRAPHIC_WORDS_IN_A_PART
        return PageSpam(frozenset(), may_hold_a_banner and any(map(_is_a_pornographic_banner, texts)))
    if not names_brands:
        return PageSpam(frozenset(), any(map(is_spam, texts)))
    spam = [text for text in texts if is_spam(text)]
    named = {brand for brand in lexicon.SPAM_WEAK_BRANDS if any(_alternation((brand,)).search(text) for text in spam)}
    sites: set[str] = set()
    for text in spam:
        coded = brands_with_their_codes(text)
        named.update(coded.numbered, coded.initialled)
        sites.update(mock_official_site_brands(text))
        sites.update(found["brand"] for found in lexicon.SITE_NUMBER_BRAND.finditer(text))
    # A company's own site is titled as a mock one is (宜家家居(中国)官方网站-首页), and its sentences name the company;
    # a hijack's brand is in none of the copied article's.
    statements = [text for text in texts if lexicon.FULL_STOP.search(text)]
    named.update(brand for brand in sites if not any(brand in statement for statement in statements))
    return PageSpam(frozenset(named), bool(spam))


class _PageWords(NamedTuple):
    strong_term: bool
    weak_brand: bool
    pornographic: int  # how many of pornographic SEO's words


def _page_words(folded: str) -> _PageWords:
    """What the page's text, folded as the terms are, holds of the strong terms, the weak brands and
    pornographic SEO's words: one pass of one automaton, a cheap look before any text is judged."""
    finder, strong_terms, weak_brands = _page_word_finder()
    strong = brand = False
    pornographic = 0
    for _, word in finder.iter(folded):
        strong = strong or word in strong_terms
        brand = brand or word in weak_brands
        pornographic += word in _PORNOGRAPHIC_WORDS
    return _PageWords(strong, brand, pornographic)


# AV in any case among them: folded, and in an English word too (it only counts words for a cheaper look).
_PORNOGRAPHIC_WORDS = frozenset((*lexicon.PORNOGRAPHIC_SEO_WORDS, "av"))


@functools.cache
def _page_word_finder() -> tuple[Any, frozenset[str], frozenset[str]]:
    strong_terms = frozenset(map(_without_spam_breaks, lexicon.SPAM_STRONG_TERMS))
    weak_brands = frozenset(map(_without_spam_breaks, lexicon.SPAM_WEAK_BRANDS))
    return word_automaton(strong_terms | weak_brands | _PORNOGRAPHIC_WORDS), strong_terms, weak_brands


@functools.cache
def _injected_brand_pattern(page_brands: frozenset[str]) -> re.Pattern[str]:
    code_before, code, suffix = lexicon.GLUED_BRAND_CODE_BEFORE, lexicon.GLUED_BRAND_CODE, lexicon.INJECTED_BRAND_SUFFIX
    weak, gambling = _alternation(lexicon.SPAM_WEAK_TERMS).pattern, _alternation(lexicon.SPAM_GAMBLING_WORDS).pattern
    # The brand glued before the number or after it, as seed 001's author field writes it (5848vip威尼斯电子游戏).
    site_number = (f"(?:(?:{weak})[\u4e00-\u9fff]?){{0,{lexicon.MAX_WEAK_TERMS_BEFORE_A_SITE_NUMBER}}}"
                   f"{lexicon.INJECTED_VIP_SITE_NUMBER}(?:{weak}|{gambling})*")
    strong = f"(?:{code_before})?(?:{_alternation(lexicon.SPAM_STRONG_TERMS).pattern})(?:{code})?{suffix}|{site_number}{suffix}"
    if not page_brands:
        return re.compile(strong, re.IGNORECASE)
    # A weak term's brand runs into no word after it (洛阳开元体育场 is a venue) but where its code ends it.
    weak = (f"(?:{code_before})?(?:{_alternation(tuple(sorted(page_brands))).pattern})"
            f"(?:{code}{suffix}|{suffix}(?![\u4e00-\u9fff]))")
    return re.compile(f"{strong}|{weak}", re.IGNORECASE)


def names_a_casino(site_name: str | None) -> bool:
    """Whether a site's name holds a gambling word: a hijack renamed the site it took over (云顶老虎机 for a city's
    公众网, in its logo, its SiteName and its <title>). A headline may name gambling (警方查处老虎机窝点); a site's
    name does only for a casino."""
    _strong_terms, _weak_terms, gambling_words = _spam_term_patterns()
    return site_name is not None and gambling_words.search(site_name) is not None


def titles_a_casino(page_title: str | None) -> bool:
    """Whether a <title>'s site part names a casino (`names_a_casino`): a part of it other than its longest, the
    headline's ("枫溪开展联合巡河 合力守护绿水青山- 云顶老虎机 公众网")."""
    parts = [part for part in lexicon.TITLE_SEGMENT_SEPARATOR.split(page_title or "") if part.strip()]
    if len(parts) < 2:
        return False
    headline = max(range(len(parts)), key=lambda index: len(parts[index]))
    return any(names_a_casino(part) for index, part in enumerate(parts) if index != headline)


def cut_page_banner(text: str, page_title: str | None) -> str:
    """The text without the page's <title> where that is a banner and nothing else (spam, no headline's part left by
    remove_spam_title_segments) written into its lines, with the colon after it: a hijack wrote its banner where the
    copy named the original site ('…召开。沙巴体育网址_2024欧洲杯投注官网-网投|盘口:生态环境局党组成员…主持会议' ->
    '…召开。生态环境局党组成员…主持会议')."""
    if not page_title or page_title not in text or not is_spam(page_title) or remove_spam_title_segments(page_title):
        return text  # most pages
    return re.sub(re.escape(page_title) + lexicon.BANNER_WRITTEN_INTO_TEXT_END, "", text)


def cut_injected_brands(text: str, page_brands: frozenset[str] = frozenset()) -> str:
    """Statements a hijack wrote a brand into, without it: "…9月12日至13日IM体育app,生态环境部在…" ->
    "…9月12日至13日,生态环境部在…". The brands are the strong terms' and, where the page's own spam names
    them, the weak terms' brands (page_brands: 开元体育 beside its banner), which a heading loses too
    ("开元体育【思想之光】…"). A statement keeps its text when a brief's worth of it is left with no spam of
    its own (a sentence's worth, where every brand was glued between Han characters and no advert's words are
    left: lexicon.ADVERT_WORDS); a brand in quotes that hold little else
    is mentioned, and one opening a sentence is its subject, an advert's: such a line is left whole, for the
    spam step to judge."""
    if not page_brands and not _holds_a_strong_term(text) and not lexicon.VIP_SITE_NUMBER.search(text):
        return text  # most texts
    pattern = _injected_brand_pattern(page_brands)
    return "\n".join(kept for line in text.split("\n") if (kept := _without_injected_brand(line, pattern)))


def _holds_a_strong_term(text: str) -> bool:
    return _finds_a_term(_strong_term_finder(), text) and _spam_term_patterns()[0].search(text) is not None


def _finds_a_term(finder: Any, text: str) -> bool:
    """Whether the automaton finds one of its terms in the text, folded as the terms are."""
    return finder is not None and next(finder.iter(_without_spam_breaks(text)), None) is not None


@functools.cache
def _strong_term_finder() -> Any:
    """As _spam_term_finder, for the strong terms alone: the weak ones (官网, 娱乐) are in many honest texts."""
    return word_automaton(map(_without_spam_breaks, lexicon.SPAM_STRONG_TERMS))


def _without_injected_brand(line: str, pattern: re.Pattern[str]) -> str:
    if not (brands := list(pattern.finditer(line))):
        return line
    if not _is_a_statement(line):
        return line if _spam_scores(line)[0] else _without_brand_in_heading(line, pattern)
    if any(_mentions_a_brand(quoted.group(0), pattern) for quoted in lexicon.QUOTED_NAME.finditer(line)) \
            or (any(_opens_a_sentence(line, brand) for brand in brands) and not _written_into_its_words(line, brands)):
        return line
    cut = _without_brands(line, pattern).strip()
    shortest = (lexicon.MIN_TEXT_LEFT_BY_A_CUT
                if all(_glued_between_han(line, brand) for brand in brands) and not _holds_advert_words(cut)
                else lexicon.MIN_STATEMENT_WITHOUT_BRAND_CHARS)
    # The statement's own words may be weak terms (苹果在官网之外开设的…, 铁路12306官方网站), which make no spam in it.
    return cut if len(cut) >= shortest and not is_spam(cut) else line


def _without_brands(text: str, pattern: re.Pattern[str]) -> str:
    """The text without the brands the pattern finds and the brackets they leave empty."""
    return lexicon.EMPTIED_BRACKETS.sub("", pattern.sub("", text))


def _written_into_its_words(line: str, brands: list[re.Match[str]]) -> bool:
    """Whether the line has the brand glued after its words again and again (…分别对福建亚游九游会、河南、海南、甘肃亚游
    九游会、青海…): a hijack wrote it into a copy, and wrote the one opening the copy's paragraph too (亚游九游会中国经济网
    北京11月21日讯…); an advert names its brand as the subject it describes."""
    glued = sum(1 for brand in brands if lexicon.HAN_CHARACTER.match(line[brand.start() - 1:brand.start()]))
    return glued >= lexicon.MIN_BRANDS_WRITTEN_INTO_A_COPYS_WORDS


def _glued_between_han(line: str, brand: re.Match[str]) -> bool:
    before, after = line[brand.start() - 1:brand.start()], line[brand.end():brand.end() + 1]
    return bool(before and after and lexicon.HAN_CHARACTER.match(before) and lexicon.HAN_CHARACTER.match(after))


def _holds_advert_words(text: str) -> bool:
    return any(word in text for word in lexicon.ADVERT_WORDS)


def _is_a_statement(line: str) -> bool:
    """A sentence (its full stop), or a clause a brief long that ends another way (…现就有关事项通告如下：): a banner,
    a title or a byline is neither."""
    return lexicon.FULL_STOP.search(line) is not None or (
        len(line) >= lexicon.MIN_STATEMENT_WITHOUT_BRAND_CHARS and lexicon.SENTENCE_PUNCTUATION.search(line) is not None)


def _mentions_a_brand(quoted: str, pattern: re.Pattern[str]) -> bool:
    """Quotes or title marks around a brand mention it when it opens them (“开云体育”, “乐虎国际体育平台”) or they hold little
    else (“网上开云体育”); a brand written into a quoted word or title (“反华同乐虎国际lehu88志”, 《2024年全市生态环境保护
    工乐虎国际lehu88作要点》) was injected there."""
    if (brand := pattern.search(quoted)) is None:
        return False
    return brand.start() == 1 or len(pattern.sub("", quoted)) - 2 <= lexicon.MAX_MENTION_EXTRA_CHARS


def _opens_a_sentence(line: str, brand: re.Match[str]) -> bool:
    """Read back from the brand over white space to the line's start or a sentence's closing mark: searched from the
    line's start for every brand, a line a hijack wrote thousands into cost time growing with their square."""
    before = brand.start()
    while before and line[before - 1].isspace():
        before -= 1
    opens = brand.start() == 0 or (before > 0 and line[before - 1] in lexicon.SENTENCE_CLOSING_MARKS)
    return opens and not lexicon.BRAND_SET_OFF.match(line, brand.end())


def _without_brand_in_heading(heading: str, pattern: re.Pattern[str]) -> str:
    """The heading without the brand and the separators it leaves at either end; the heading as it is when
    spam would be left (a banner: 开元体育·(中国)官网 - 登录入口), for the spam step to judge; nothing when
    nothing else is (an ad or a byline of the page's brand alone: 乐虎国际官方网站)."""
    cut = pattern.sub("", heading).strip(lexicon.HEADING_SEPARATORS)
    if not lexicon.WORD_CHARACTER.search(cut):
        return ""  # its brand's site number at most (大发888)
    return cut if spam_hits(cut) == 0 else heading


def cut_page_brands_from_title(title: str, page_brands: frozenset[str]) -> str:
    """'开元体育【思想之光】…生态保护红线概念辨析' -> '【思想之光】…生态保护红线概念辨析' where the page's spam names
    the brand (page_spam)."""
    return _without_brand_in_heading(title, _injected_brand_pattern(page_brands)) if page_brands else title


def remove_spam_title_segments(title: str, page_brands: frozenset[str] = frozenset()) -> str:
    """'广东省…会议召开-威尼斯(5848vip·WNS认证)电子游戏-Champions League' -> '广东省…会议召开', '…在遂宁举办_日韩区一区二区
    三区四|交换国产精品视频一区|…' -> '…在遂宁举办'; when every segment holds spam, the headline's own part without it
    ('…会议召开(开云体育官方网站)' -> '…会议召开', '开元体育【思想之光】…概念辨析-开元体育·(中国)官网 - 登录入口' ->
    '【思想之光】…概念辨析')."""
    if not is_spam(title):
        return title
    # A pornographic banner's parts are spam only together.
    pornographic = _is_a_pornographic_banner(title)
    segments = [segment for segment in lexicon.TITLE_SEGMENT_SEPARATOR.split(title)
                if segment.strip() and not (pornographic and _is_a_pornographic_stock_phrase(segment))]
    kept = _joined_as_written(title, [segment for segment in segments if spam_hits(segment) == 0])
    return (kept or " - ".join(filter(None, map(_without_spam_pieces, segments)))
            or _without_brands_written_into_it(title, page_brands))


def _joined_as_written(title: str, segments: list[str]) -> str:
    """The title's segments (in its order, as it writes them) joined by the separator the title has between them
    where they stand side by side in it ("…动员会|推进…" stays so), else by " - ". Each is looked for from the end
    of the one before: one pass over the title."""
    pieces: list[str] = []
    end = 0
    for segment in segments:
        start = title.find(segment, end)
        if pieces:
            between = title[end:start]
            pieces.append(between if lexicon.TITLE_SEGMENT_SEPARATOR.fullmatch(between) else " - ")
        pieces.append(segment)
        end = start + len(segment)
    return "".join(pieces)


def _without_brands_written_into_it(headline: str, page_brands: frozenset[str]) -> str:
    """A headline a hijack wrote a brand or its site's number into, glued to its words ('广东省生威尼斯人5848vip态环境保护
    工作会议召开' -> '广东省生态环境保护工作会议召开'), without them, as a statement loses them (cut_injected_brands, the
    page's brands as well); nothing when what is left is spam too or no headline's worth (MIN_HEADLINE_HAN_LEFT_BY_A_CUT)."""
    cut = _without_brands(headline, _injected_brand_pattern(page_brands)).strip(lexicon.HEADING_SEPARATORS)
    return cut if han_count(cut) >= lexicon.MIN_HEADLINE_HAN_LEFT_BY_A_CUT and not spam_hits(cut) else ""


def _without_spam_pieces(title: str) -> str:
    # Quotes holding spam and nothing else hold a hijack's keyword (“ag九游会登录j9入口”吉首…), and go whole.
    title = lexicon.QUOTED_TITLE_WORDS.sub(lambda quoted: "" if spam_hits(quoted[0]) else quoted[0], title)
    # Pieces at even places, the separators between them at odd ones: a brand goes with a separator on either side,
    # but for a bracket that opens or closes the next piece, not it (开元体育【思想之光】… keeps its 【).
    tokens = lexicon.TITLE_SPAM_PIECE_SEPARATOR.split(title)
    spam_pieces = {index for index in range(0, len(tokens), 2) if spam_hits(tokens[index])}
    dropped = spam_pieces | {index + side for index in spam_pieces for side, others_bracket in
                             ((-1, lexicon.CLOSING_TITLE_BRACKETS), (1, lexicon.OPENING_TITLE_BRACKETS))
                             if 0 <= index + side < len(tokens) and tokens[index + side] not in others_bracket}
    rest = "".join(token for index, token in enumerate(tokens) if index not in dropped).strip(" -—–:：")
    # A brand broken across pieces (开云 体育) leaves no title rather than itself, and a banner's leftovers (its
    # League, its (中国)) are no headline.
    return "" if is_spam(rest) or han_count(rest) < lexicon.MIN_HEADLINE_HAN_LEFT_BY_A_CUT else rest
