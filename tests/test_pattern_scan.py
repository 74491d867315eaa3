"""`make bench`'s scan for patterns that grow faster than their text (bench/pattern_growth.py) reaches every
pattern of the processing. Its timings stay in the benchmark; this is whether it can run: from version 173 it
stopped with an error before its table, unseen, until 248."""
from __future__ import annotations

import pkgutil
import re

import pipelines
from bench import pattern_growth
from pipelines import lexicon, spam


def test_the_scan_reads_the_patterns_of_every_module_of_the_processing() -> None:
    scanned = dict(pattern_growth.compiled_patterns())
    # the spam steps' patterns, built from the lexicon when first asked for: each kind of term, and the brands
    # a hijack writes into statements
    assert set(scanned.values()) >= {*spam._spam_term_patterns(), spam._injected_brand_pattern(frozenset())}
    # every pattern the lexicon compiles, under the lexicon's name
    assert {name for name, value in vars(lexicon).items() if isinstance(value, re.Pattern)} <= {
        name.removeprefix("lexicon.") for name in scanned if name.startswith("lexicon.")}
    # and any module the processing gains
    assert set(pattern_growth.MODULES) == {module.name for module in pkgutil.iter_modules(pipelines.__path__)}
