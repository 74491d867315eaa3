"""content_hash: equal for texts that differ only in width, case, whitespace or punctuation."""
import hashlib
import re
import unicodedata

# Everything that is not a letter or digit: punctuation, symbols, spaces, format characters
# (zero-width spaces), and the underscore: the marks copies most often change while the words stay.
_NOT_A_WORD_CHARACTER = re.compile(r"[\W_]+")


def normalized_for_hash(text: str) -> str:
    return _NOT_A_WORD_CHARACTER.sub("", unicodedata.normalize("NFKC", text).casefold())


def content_hash(body: str) -> str:
    return hashlib.sha256(normalized_for_hash(body).encode("utf-8")).hexdigest()
