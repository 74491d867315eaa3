"""OpenCC's character tables (`dictionary/*.txt`: a character, a tab, the characters it converts
to), read as data by the steps that need more than OpenCC's conversion. Found without importing
OpenCC: the archive writer hashes headlines in the crawl process."""
from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator


def _dictionary() -> str:
    spec = importlib.util.find_spec("opencc")
    assert spec is not None and spec.submodule_search_locations, "opencc-python-reimplemented is a dependency"
    return os.path.join(spec.submodule_search_locations[0], "dictionary")


def table_rows(name: str) -> Iterator[tuple[str, list[str]]]:
    """(key, the values it converts to) for each row of the table `name` (e.g. STCharacters.txt)."""
    with open(os.path.join(_dictionary(), name), encoding="utf-8") as table:
        for line in table:
            key, _, values = line.rstrip("\n").partition("\t")
            if key:
                yield key, values.split()
