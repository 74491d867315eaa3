"""Cleaning steps: small pure functions, each named for what it removes, applied in order."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_INLINE_SPACE = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")


def normalize_unicode(text: str) -> str:
    """NFC, so that composed and decomposed forms of one character compare equal."""
    return unicodedata.normalize("NFC", text)


def remove_blank_lines_and_padding(text: str) -> str:
    """Paragraph padding (full-width indents, nbsp) and empty lines; paragraphs stay one per line."""
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


BODY_STEPS: tuple[Callable[[str], str], ...] = (
    normalize_unicode,
    remove_blank_lines_and_padding,
)
FIELD_STEPS: tuple[Callable[[str], str], ...] = (
    normalize_unicode,
    remove_blank_lines_and_padding,
)


def apply_steps(text: str | None, steps: tuple[Callable[[str], str], ...]) -> str | None:
    if text is None:
        return None
    for step in steps:
        text = step(text)
    return text or None
