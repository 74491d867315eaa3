"""Patterns whose time grows faster than the text they read: every compiled pattern of `pipelines/`
run over repetitions of what it names.

    python bench/pattern_growth.py

A page is untrusted text, and one pattern that backtracks over a long run stalls its worker until the
processing timeout. For each pattern, units are made of the characters it names (with a space, a
full-width colon or a bar after them) and of the two-character words in its Han literals; each unit
repeated is read with `search`, `match` and `fullmatch`, then followed by a character that makes the
pattern fail:
- 12 and then 24 units: a time that grows GROWTH_FLAGGED times or more is exponential (every way
  of sharing the spaces out tried again);
- 800 and then 3,200 characters: a time that grows GROWTH_FLAGGED times or more for four times the
  text is quadratic or worse (a run read again from each of its characters).
A run is stopped after STOP_SECONDS. White space runs are reported apart: decoding and the
cleaning's first step fold them before the body's patterns read a line, so they reach only what is
read before (metas are folded too). Prints a Markdown table for docs/benchmarks.md; no table rows
is the result wanted.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Iterator

import pipelines
from pipelines import lexicon, spam

# Every module of the processing, the lexicon first: a pattern another module imports from it is named as
# the lexicon's.
MODULES = ("lexicon", *sorted(module.name for module in pkgutil.iter_modules(pipelines.__path__) if module.name != "lexicon"))
# Growth for doubled units or four times the characters: linear reading grows 2 and 4 times, so 6
# leaves room for noise on a shared machine while an exponential or quadratic pattern grows far more.
GROWTH_FLAGGED = 6
# A run slower than this is too slow however it grows; it is what the table reports then.
STOP_SECONDS = 2.0
# Below this the first run is noise, and its growth means nothing.
MEASURABLE_SECONDS = 0.0005
ASCII_UNITS = "a1A:|/-()[] "
SEPARATORS = ("", " ", "：", " | ")
FAILING_TAILS = ("x", "。")


class Stopped(Exception):
    pass


def _stop(*_args: object) -> None:
    raise Stopped


def compiled_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    seen: set[int] = set()
    for module_name in MODULES:
        module = importlib.import_module(f"pipelines.{module_name}")
        for name, value in vars(module).items():
            patterns = value if isinstance(value, tuple) else (value,)
            for index, pattern in enumerate(patterns):
                if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str) and id(pattern) not in seen:
                    seen.add(id(pattern))
                    yield f"{module_name}.{name}" + (f"[{index}]" if isinstance(value, tuple) else ""), pattern
    # The spam steps build their patterns from the lexicon when first asked for, not at import: the terms'
    # alternations, the weak terms' brands, and the brands a hijack writes into statements (with a page's own
    # brands, that pattern adds their alternation, read as the weak brands' is).
    for kind, pattern in zip(("strong", "weak", "gambling"), spam._spam_term_patterns(), strict=True):
        yield f"spam._spam_term_patterns ({kind})", pattern
    yield "spam._alternation(lexicon.SPAM_WEAK_BRANDS)", spam._alternation(lexicon.SPAM_WEAK_BRANDS)
    yield "spam._injected_brand_pattern (no page brands)", spam._injected_brand_pattern(frozenset())


def units(pattern: re.Pattern[str]) -> set[str]:
    named = {char for char in pattern.pattern if not char.isascii()} | set(ASCII_UNITS)
    found = {char + separator for char in named for separator in SEPARATORS}
    for word in re.findall(r"[\u4e00-\u9fff]{2,}", pattern.pattern):
        found |= {word[at:at + 2] + separator for at in range(len(word) - 1) for separator in ("", " ")}
    return found


def seconds(pattern: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, STOP_SECONDS)
    try:
        pattern.search(text)
        pattern.match(text)
        pattern.fullmatch(text)
    except Stopped:
        return STOP_SECONDS
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def growth(pattern: re.Pattern[str], unit: str) -> tuple[str, float, float] | None:
    """The worst growth the unit shows: (kind, first time, second time), or None when it reads linearly."""
    for tail in FAILING_TAILS:
        for kind, small, large in (("exponential", unit * 12, unit * 24),
                                   ("quadratic", unit * (800 // len(unit)), unit * (3200 // len(unit)))):
            first = seconds(pattern, small + tail)
            if first < MEASURABLE_SECONDS:
                continue
            second = seconds(pattern, large + tail)
            if second >= GROWTH_FLAGGED * first or second >= STOP_SECONDS:
                return kind, first, second
    return None


def main() -> int:
    signal.signal(signal.SIGALRM, _stop)
    rows: list[tuple[str, str, str, float, float]] = []
    whitespace_only: list[str] = []
    scanned = 0
    for name, pattern in compiled_patterns():
        scanned += 1
        worst = None
        for unit in units(pattern):
            if (found := growth(pattern, unit)) and (worst is None or found[2] > worst[1][2]):
                worst = (unit, found)
        if worst is None:
            continue
        unit, (kind, first, second) = worst
        if not unit.strip():
            whitespace_only.append(name)
        else:
            rows.append((name, repr(unit), kind, first, second))
    print(f"patterns scanned: {scanned}")
    print("| pattern | unit | growth | first s | second s |")
    print("|---|---|---|---|---|")
    for name, unit, kind, first, second in rows:
        print(f"| `{name}` | {unit} | {kind} | {first:.4f} | {second:.4f} |")
    if whitespace_only:
        print(f"\nGrowing over white space alone: {', '.join(whitespace_only)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
