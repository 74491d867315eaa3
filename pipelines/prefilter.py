"""Which patterns of a list can match a text, known from one Aho-Corasick pass for the literal
strings each pattern needs.

The cleaning steps try lists of line patterns (furniture, disclaimers, paywall stubs) on every line
of every page, and Python's regex engine tries each pattern at each character: for a pattern opening
with an alternation or a class it finds no literal prefix to skip to. Most pages hold a match for
none of them. Every match of 免责声明|版权声明 holds 声明, and every match of a furniture line holds
one of its words; a text that holds none of a pattern's required strings is not searched with it.
The answer is the same as trying every pattern: the required strings are read from the pattern's
own syntax tree, and a pattern whose syntax does not name them is always tried.

A pattern may need several things, each one of a set of strings (a byline's label, 作者 or 记者, and the
colon after it): a text must hold one of each set (`required_string_sets`), where a colon alone, in
most paragraphs, does not do. Letters a pattern matches in any case are looked for in any case
(`may_match`), by the engine itself: its case folding is not str.lower's.
"""
from __future__ import annotations

import itertools
import math
import re
import re._constants as sre_constants  # the syntax tree's node kinds, stable since Python 2
import re._parser as sre_parser
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# An alternation of literals (字号|字体, (?:免责|版权)?声明) is spelled out as its strings, joined with
# the literals around it, up to this many strings; past it, the alternation ends a run of literals.
MAX_SPELLED_STRINGS = 64
# A required string shorter than this (a single 【 or 大) is on almost every page: its pattern is
# always tried, rather than found on nearly every text by the pass.
MIN_REQUIRED_CHARS = 2

_ZERO_WIDTH = frozenset({sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT})
_REPEATS = frozenset({sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT})
_EMPTY = frozenset({""})

Strings = frozenset[str]
# _node's reading of letters under a case-ignoring flag for required_strings(letters_as_written=True).
_AS_WRITTEN = None


def _uncased(char: str) -> bool:
    """A character only itself matches, whatever the case flag (a Han character, a digit, a mark)."""
    return char.lower() == char == char.upper()


# An alternation's required sets are made of one set of each branch, every way of taking them, up to this many
# ways; past it, of each branch's best set alone.
MAX_BRANCH_COMBINATIONS = 16
# What every match of a node holds: one string of each set (each known a different way: a label's words, then
# the colon after them); empty when nothing is known.
Required = tuple[Strings, ...]


def _node(op: Any, value: Any, ignore_case: bool | None) -> tuple[Strings | None, Required]:
    """(spelled, required) of one node of a syntax tree: `spelled` the strings it matches, when they
    are few (None when not known); `required` sets of strings, one string of each of which every match of it holds.
    ignore_case _AS_WRITTEN: letters are taken as written, for a search that ignores their case."""
    if op is sre_constants.LITERAL:
        char = chr(value)
        if ignore_case and not _uncased(char):
            return None, ()
        return frozenset({char}), (frozenset({char}),)
    if op in _ZERO_WIDTH:
        # Anchors and lookarounds consume nothing: the literals on either side stay adjacent.
        return _EMPTY, ()
    if op is sre_constants.IN:
        chars = [chr(item) for kind, item in value if kind is sre_constants.LITERAL]
        if len(chars) != len(value) or len(chars) > MAX_SPELLED_STRINGS or (
                ignore_case and not all(map(_uncased, chars))):
            return None, ()  # a range, a category, a negated class
        return frozenset(chars), (frozenset(chars),)
    if op is sre_constants.BRANCH:
        branches = [_sequence(branch, ignore_case) for branch in value[1]]
        spelled = None
        if all(strings is not None for strings, _ in branches):
            spelled = frozenset().union(*(strings for strings, _ in branches if strings is not None))
            spelled = spelled if len(spelled) <= MAX_SPELLED_STRINGS else None
        # A match holds what one of the branches needs: a set of each branch, all of them together, is required.
        # Each way of taking them is (a label's words of one branch with another's; its colon with the other's).
        needs = [required for _, required in branches]
        if not all(needs):
            return spelled, ()
        if math.prod(map(len, needs)) > MAX_BRANCH_COMBINATIONS:
            return spelled, (frozenset().union(*(max(required, key=_rarity) for required in needs)),)
        return spelled, tuple(frozenset().union(*taken) for taken in itertools.product(*needs))
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, pattern = value
        if ignore_case is not _AS_WRITTEN:
            ignore_case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence(pattern, ignore_case)
    if op is sre_constants.ATOMIC_GROUP:
        return _sequence(value, ignore_case)
    if op in _REPEATS:
        least, most, pattern = value
        spelled, required = _sequence(pattern, ignore_case)
        if least == 0:
            # (?:完整)? adds nothing a match must hold, but spelled out it joins its neighbours.
            optional = spelled | _EMPTY if most == 1 and spelled is not None else None
            return (optional if optional is not None and len(optional) <= MAX_SPELLED_STRINGS else None), ()
        return (spelled if least == most == 1 else None), required
    return None, ()  # any character, a category, a back-reference


def _sequence(items: Iterable[tuple[Any, Any]], ignore_case: bool | None) -> tuple[Strings | None, Required]:
    """(spelled, required) of nodes one after another: the runs of spelled nodes joined, each required, and
    the nodes' own required sets."""
    run = _EMPTY
    whole = True
    found: list[Strings] = []
    for op, value in items:
        spelled, required = _node(op, value, ignore_case)
        if spelled is not None and len(run) * len(spelled) <= MAX_SPELLED_STRINGS:
            run = frozenset(before + after for before in run for after in spelled)
        else:
            found.append(run)
            whole = False
            run = spelled if spelled is not None else _EMPTY
        found.extend(required)
    found.append(run)
    return (run if whole else None), _strongest(strings for strings in found if strings and "" not in strings)


def _strongest(sets: Iterable[Strings]) -> Required:
    """The sets, less those another implies (each of whose strings holds one of theirs: 作者 holds 作, so a text
    holding 作者 or 记者 holds 作 or 记), the rarest first."""
    kept: list[Strings] = []
    for strings in sorted(set(sets), key=_rarity, reverse=True):
        if not any(all(any(string in stronger for string in strings) for stronger in other) for other in kept):
            kept.append(strings)
    return tuple(kept)


def _rarity(strings: Strings) -> tuple[int, int, list[str]]:
    """The longer a set's shortest string, then the fewer its strings, the rarer it is on a page; its strings
    last, so that sets are taken in the same order in every run."""
    return min(map(len, strings)), -len(strings), sorted(strings)


def _best(candidates: Iterable[Strings]) -> Strings | None:
    """The set whose shortest string is longest (the rarest on a page), then the smallest."""
    return max(candidates, key=_rarity, default=None)


def required_string_sets(pattern: re.Pattern[str], letters_as_written: bool = False) -> Required:
    """Sets of strings, one of each of which every match of the pattern holds; none when its syntax names none.
    letters_as_written: the letters of a part ignoring case are named as written, and every match holds
    one of the strings in some case, which only a search ignoring case finds."""
    try:
        tree = sre_parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):
        return ()
    return _sequence(tree.data, _AS_WRITTEN if letters_as_written else bool(pattern.flags & re.IGNORECASE))[1]


def required_strings(pattern: re.Pattern[str], letters_as_written: bool = False) -> Strings | None:
    """Strings one of which every match of the pattern holds (the best of its required_string_sets), or None."""
    return _best(required_string_sets(pattern, letters_as_written))


def _fewest(strings: Strings | None) -> tuple[str, ...] | None:
    """The strings without those holding another of them (阅读全文 holds 全文): finding the shorter is enough."""
    if strings is None:
        return None
    return tuple(string for string in strings if not any(other != string and other in string for other in strings))


# What was built for each pattern or list of patterns asked about, kept with it: held here, its id is never
# another's. Looked up by id: a pattern's own hash reads its whole compiled program, a search's worth of
# time on a line, and a list's hash each of its patterns' (7 µs for the furniture list).
_built_by_id: dict[int, tuple[Any, Any]] = {}


def _built_for(key: Any, build: Callable[[Any], Any]) -> Any:
    known = _built_by_id.get(id(key))
    if known is None or known[0] is not key:
        known = _built_by_id[id(key)] = (key, build(key))
    return known[1]


def _always(_text: str) -> bool:
    return True


def _holding_test(pattern: re.Pattern[str]) -> Callable[[str], object]:
    """may_match's test of a text for what the pattern needs: the strings every match holds, or, where the
    pattern ignores the case of letters and they make longer strings (.com, not the dot alone), a search for
    those in any case (the engine's own rule, which folds more than str.lower: the dotless ı matches i)."""
    strings, written = _fewest(required_strings(pattern)), _fewest(required_strings(pattern, letters_as_written=True))
    if written is not None and (strings is None or min(map(len, written)) > min(map(len, strings))):
        return re.compile("|".join(map(re.escape, sorted(written))), re.IGNORECASE).search
    if strings is None:
        return _always
    # One Aho-Corasick pass: on a paragraph, quicker than even two substring tests (Python's own loop over them).
    automaton = word_automaton(strings)
    return lambda text: next(automaton.iter(text), None) is not None


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when the text holds none of the strings every match of the pattern holds: one pass,
    where a search tries the pattern at each character of the text."""
    return bool(_built_for(pattern, _holding_test)(text))


def finds(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern matches somewhere in the text, searched only when the text may hold a match
    (`may_match`): a pattern opening with a class and a repeat is tried at every character otherwise."""
    return may_match(pattern, text) and pattern.search(text) is not None


class Prefilter:
    """A list of patterns with the strings each needs, in one Aho-Corasick automaton."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]):
        import ahocorasick

        self.patterns = tuple(patterns)
        self._always: frozenset[int] = frozenset()
        needing: dict[str, set[int]] = {}
        for index, pattern in enumerate(self.patterns):
            strings = required_strings(pattern)
            if strings is None or min(map(len, strings)) < MIN_REQUIRED_CHARS:
                self._always |= {index}
                continue
            for string in strings:
                needing.setdefault(string, set()).add(index)
        self._automaton: Any = None
        if needing:
            self._automaton = ahocorasick.Automaton()
            for string, indexes in needing.items():
                self._automaton.add_word(string, frozenset(indexes))
            self._automaton.make_automaton()

    def candidates(self, text: str) -> tuple[re.Pattern[str], ...]:
        """The patterns that may match somewhere in text (on any of its lines), in their order."""
        possible = set(self._always)
        if self._automaton is not None:
            for _end, indexes in self._automaton.iter(text):
                possible |= indexes
        return tuple(pattern for index, pattern in enumerate(self.patterns) if index in possible)


def prefilter(patterns: tuple[re.Pattern[str], ...]) -> Prefilter:
    """One Prefilter per lexicon list, built when first asked for."""
    built: Prefilter = _built_for(patterns, Prefilter)
    return built


def word_automaton(texts: Iterable[str]) -> Any:
    """An Aho-Corasick automaton over texts, or None when there are none (it cannot be searched empty)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for text in texts:
        automaton.add_word(text, text)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def required_strings_finder(patterns: Iterable[re.Pattern[str]]) -> Any:
    """An automaton over the strings each pattern needs (its required_string_sets), with those sets: a text
    holding, for no pattern, a string of each of its sets matches none of them (`may_hold_a_match`). None when
    a pattern's syntax names none."""
    needs = tuple(required_string_sets(pattern) for pattern in patterns)
    if not all(needs):
        return None
    return word_automaton(string for sets in needs for strings in sets for string in strings), needs


def may_hold_a_match(finder: Any, text: str) -> bool:
    """False only when the text holds, for none of the `required_strings_finder`'s patterns, a string of each
    set the pattern needs: where a label's words and its colon are needed, a colon alone does not do."""
    if finder is None:
        return True
    automaton, needs = finder
    found = {string for _end, string in automaton.iter(text)}
    return bool(found) and any(all(not found.isdisjoint(strings) for strings in sets) for sets in needs)
