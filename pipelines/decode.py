"""Bytes to text for Chinese pages, whose declared charset is often wrong or missing."""
from __future__ import annotations

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

# Declared charsets that pages use for bytes of a larger superset: decode with the superset.
# (gb2312 pages routinely hold GBK or GB18030 characters such as 镕 or 堃.)
SUPERSET_ENCODINGS = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}
# Tried in order, strictly, when nothing is declared or the declared charset does not fit the bytes.
FALLBACK_ENCODINGS = ("utf-8", "gb18030", "big5hkscs")
# More U+FFFD than this share of the text means the declared charset was wrong.
MAX_REPLACEMENT_SHARE = 0.001


class UndecodableError(ValueError):
    pass


def _superset(encoding: str) -> str:
    resolved = resolve_encoding(encoding) or encoding
    return SUPERSET_ENCODINGS.get(resolved.lower(), resolved)


def _decode_cleanly(body: bytes, encoding: str) -> str | None:
    try:
        text = body.decode(encoding, errors="replace")
    except LookupError:
        return None
    return text if text.count("\ufffd") <= MAX_REPLACEMENT_SHARE * len(text) else None


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Return (text, encoding used): the BOM, else the declared charset (header, then meta)
    if it fits the bytes, else the first fallback that decodes them strictly.
    Raises UndecodableError when none fits."""
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        return body[len(bom):].decode(bom_encoding, errors="replace"), bom_encoding
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    if declared:
        encoding = _superset(declared)
        text = _decode_cleanly(body, encoding)
        if text is not None:
            return text, encoding
    for encoding in FALLBACK_ENCODINGS:
        try:
            return body.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UndecodableError(f"no charset fits the bytes (declared: {declared or 'none'})")
