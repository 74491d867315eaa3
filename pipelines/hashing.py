"""content_hash: equal for texts that differ only in width, case, whitespace, punctuation, control
characters, or in the Traditional, Simplified and variant forms of their characters, and for a text
whose first line repeats its headline. The exact form is documented in docs/deduplication.md."""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from typing import Any

from pipelines.opencc_tables import table_rows

# Everything that is not a letter or digit: punctuation, symbols, spaces, format and control
# characters (zero-width spaces), and the underscore: the marks copies most often change while the
# words stay.
_NOT_A_WORD_CHARACTER = re.compile(r"[\W_]+")
_WORD_CHARACTER = re.compile(r"[^\W_]")
# OpenCC's character tables (Simplified <-> Traditional, regional variants): characters one table
# row links are one character for hashing. A Traditional mirror converted back does not give the
# original's characters (覆 for 复, 巨 for 钜), and originals carry variants (於, 後, 锺) that
# conversion would change; folded, they hash alike. Only the hash sees the folding.
CHARACTER_TABLES = ("STCharacters.txt", "TSCharacters.txt", "TWVariants.txt", "HKVariants.txt", "JPVariants.txt")


@functools.cache
def character_folding() -> dict[int, str]:
    """Each character of a table to one representative of all the characters linked to it."""
    parent: dict[str, str] = {}

    def root(char: str) -> str:
        while parent.setdefault(char, char) != char:
            parent[char] = parent[parent[char]]
            char = parent[char]
        return char

    for name in CHARACTER_TABLES:
        for key, values in table_rows(name):
            for value in values:
                if len(key) == 1 and len(value) == 1:
                    a, b = root(key), root(value)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
    return {ord(char): root(char) for char in parent if root(char) != char}


# The compatibility characters Chinese text is full of (full-width punctuation, the ellipsis): NFKC reads a text
# holding one of them character by character, a third of a millisecond for an article, and returns one that
# holds none at a glance (its quick check). Each is first replaced by its decomposition, which is what NFKC
# makes of it: the text's decomposition, and so its normalization, is the same (an equal result, sooner).
_DECOMPOSED_COMPATIBILITY_CHARACTERS = {char: unicodedata.normalize("NFKD", char) for char in "，：（）；？！…％．－～／"}


# A text this long has its characters folded through an array indexed by code point where a page's body is
# normalized (normalized_body): str.translate looks each character up in a dict, a quarter of a millisecond for an
# article and most of its hash's time; below it, the array's fixed cost per call (a few microseconds) is the greater.
# Only the body's hash and fingerprint, computed where pages are processed (whose workers hold numpy for MinHash), do
# so: the crawl process folds texts for its search index and its story matching without numpy, which would cost it
# 14 MiB.
ARRAY_FOLDING_MIN_CHARS = 128


@functools.cache
def _folding_array() -> Any:
    """character_folding as an array: each code point up to the highest folded one, to the one it folds to."""
    import numpy

    folding = character_folding()
    array = numpy.arange(max(folding) + 1, dtype=numpy.uint32)
    array[list(folding)] = [ord(char) for char in folding.values()]
    return array


def _characters_folded(text: str) -> str:
    """text.translate(character_folding()), the same characters sooner for a long text."""
    if len(text) < ARRAY_FOLDING_MIN_CHARS:
        return text.translate(character_folding())
    import numpy

    array = _folding_array()
    # (surrogatepass: a lone surrogate a page's entity left is a code point like any other here.)
    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    folded_codes = numpy.where(codes < len(array), array[numpy.minimum(codes, len(array) - 1)], codes)
    return bytes(folded_codes.data).decode("utf-32-le", "surrogatepass")


def _width_and_case_folded(text: str) -> str:
    for char, decomposed in _DECOMPOSED_COMPATIBILITY_CHARACTERS.items():
        text = text.replace(char, decomposed)
    return unicodedata.normalize("NFKC", text).casefold()


def folded(text: str) -> str:
    """Width, case and character forms folded: the text as hashing and search compare it."""
    return _width_and_case_folded(text).translate(character_folding())


def normalized_for_hash(text: str) -> str:
    return _NOT_A_WORD_CHARACTER.sub("", folded(text))


def normalized_body(body: str) -> str:
    """normalized_for_hash's text, sooner for a long one: for an article's body, where pages are processed."""
    return _NOT_A_WORD_CHARACTER.sub("", _characters_folded(_width_and_case_folded(body)))


def has_words(text: str) -> bool:
    """Whether the text holds a letter or digit, which is what its hash is made of (folding never
    turns a mark into one, so the text is not folded for the question)."""
    return _WORD_CHARACTER.search(text) is not None


def without_repeated_headline(body: str, title: str | None) -> str:
    """The body without a first line that only repeats the headline (some templates print it
    again as the text's first paragraph)."""
    first, newline, rest = body.partition("\n")
    if title and newline and normalized_for_hash(first) == normalized_for_hash(title):
        return rest
    return body


def content_hash(body: str, title: str | None = None) -> str:
    """sha256 of the body's normalized text, less a first line repeating the headline."""
    return hashlib.sha256(normalized_body(without_repeated_headline(body, title)).encode("utf-8")).hexdigest()
