"""Which patterns of a list can match a text, known from one Aho-Corasick pass for the literal
strings each pattern needs.

The cleaning steps try lists of line patterns (furniture, disclaimers, paywall stubs) on every line
of every page, and Python's regex engine tries each pattern at each character: for a pattern opening
with an alternation or a class it finds no literal prefix to skip to. Most pages hold a match for
none of them. Every match of 免责声明|版权声明 holds 声明, and every match of a furniture line holds
one of its words; a text that holds none of a pattern's required strings is not searched with it.
The answer is the same as trying every pattern: the required strings are read from the pattern's
own syntax tree, and a pattern whose syntax does not name them is always tried.
"""
from __future__ import annotations

import functools
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


def _node(op: Any, value: Any, ignore_case: bool | None) -> tuple[Strings | None, Strings | None]:
    """(spelled, required) of one node of a syntax tree: `spelled` the strings it matches, when they
    are few; `required` strings one of which every match of it holds; each None when not known.
    ignore_case _AS_WRITTEN: letters are taken as written, for a search that ignores their case."""
    if op is sre_constants.LITERAL:
        char = chr(value)
        if ignore_case and not _uncased(char):
            return None, None
        return frozenset({char}), frozenset({char})
    if op in _ZERO_WIDTH:
        # Anchors and lookarounds consume nothing: the literals on either side stay adjacent.
        return _EMPTY, None
    if op is sre_constants.IN:
        chars = [chr(item) for kind, item in value if kind is sre_constants.LITERAL]
        if len(chars) != len(value) or len(chars) > MAX_SPELLED_STRINGS or (
                ignore_case and not all(map(_uncased, chars))):
            return None, None  # a range, a category, a negated class
        return frozenset(chars), frozenset(chars)
    if op is sre_constants.BRANCH:
        branches = [_sequence(branch, ignore_case) for branch in value[1]]
        spelled = None
        if all(strings is not None for strings, _ in branches):
            spelled = frozenset().union(*(strings for strings, _ in branches if strings is not None))
            spelled = spelled if len(spelled) <= MAX_SPELLED_STRINGS else None
        required = None
        if all(strings is not None for _, strings in branches):
            required = frozenset().union(*(strings for _, strings in branches if strings is not None))
        return spelled, required
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
            return (optional if optional is not None and len(optional) <= MAX_SPELLED_STRINGS else None), None
        return (spelled if least == most == 1 else None), required
    return None, None  # any character, a category, a back-reference


def _sequence(items: Iterable[tuple[Any, Any]], ignore_case: bool | None) -> tuple[Strings | None, Strings | None]:
    """(spelled, required) of nodes one after another: the runs of spelled nodes joined, and the best
    of those runs and of the nodes' own required strings."""
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
        if required is not None:
            found.append(required)
    found.append(run)
    return (run if whole else None), _best(found)


def _best(candidates: Iterable[Strings]) -> Strings | None:
    """The set whose shortest string is longest (the rarest on a page), then the smallest."""
    usable = [strings for strings in candidates if strings and "" not in strings]
    return max(usable, key=lambda strings: (min(map(len, strings)), -len(strings)), default=None)


def required_strings(pattern: re.Pattern[str], letters_as_written: bool = False) -> Strings | None:
    """Strings one of which every match of the pattern holds, or None when its syntax names none.
    letters_as_written: the letters of a part ignoring case are named as written, and every match holds
    one of the strings in some case, which only a search ignoring case finds."""
    try:
        tree = sre_parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):
        return None
    return _sequence(tree.data, _AS_WRITTEN if letters_as_written else bool(pattern.flags & re.IGNORECASE))[1]


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


# Up to this many strings are looked for one substring test each; more, in one Aho-Corasick pass (a test
# reads the text once, as the pass does, but costs less to start).
MAX_SUBSTRING_TESTS = 4


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
    if len(strings) > MAX_SUBSTRING_TESTS:
        return functools.partial(may_hold_a_match, word_automaton(strings))
    return lambda text: any(string in text for string in strings)


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when the text holds none of the strings every match of the pattern holds: a few
    substring tests or one pass, where a search tries the pattern at each character of the text."""
    return bool(_built_for(pattern, _holding_test)(text))


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
    """An automaton over the strings one of which every match of each pattern holds: a text in which it finds none
    matches none of the patterns (`may_hold_a_match`). None when a pattern's syntax names none."""
    required = [required_strings(pattern) for pattern in patterns]
    if any(strings is None for strings in required):
        return None
    return word_automaton(string for strings in required if strings is not None for string in strings)


def may_hold_a_match(finder: Any, text: str) -> bool:
    """False only when the `required_strings_finder` finds none of its strings in the text."""
    return finder is None or next(finder.iter(text), None) is not None
