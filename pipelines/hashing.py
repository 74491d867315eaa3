"""content_hash: equal for texts that differ only in width, case, whitespace or punctuation."""
import hashlib
import unicodedata

# Punctuation (P*), symbols (S*), separators (Z*) and format/control characters (Cf, Cc):
# the marks copies most often change while the words stay the same.
_IGNORED_CATEGORY_PREFIXES = ("P", "S", "Z", "Cf", "Cc")


def normalized_for_hash(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if not unicodedata.category(ch).startswith(_IGNORED_CATEGORY_PREFIXES))


def content_hash(body: str) -> str:
    return hashlib.sha256(normalized_for_hash(body).encode("utf-8")).hexdigest()
