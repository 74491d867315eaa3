"""Bytes to text for Chinese pages, whose declared charset is often wrong or missing."""
from __future__ import annotations

import re

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

# Declared charsets that pages use for bytes of a larger superset: decode with the superset.
# (gb2312 pages routinely hold GBK or GB18030 characters such as 镕 or 堃.)
SUPERSET_ENCODINGS = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}
# Tried strictly, when nothing is declared or the declared charset does not fit the bytes, after
# UTF-8. GB18030 accepts almost any bytes, Big5 bytes included, so when both decode a page the
# one whose text reads as Chinese is chosen (charset_normalizer's character-frequency model).
CHINESE_FALLBACK_ENCODINGS = ("gb18030", "big5hkscs")
# More U+FFFD than this share of the text means the declared charset was wrong.
MAX_REPLACEMENT_SHARE = 0.001
# Bytes that are valid UTF-8 are UTF-8, whatever is declared, once they hold this many bytes of
# multi-byte sequences (about eight Chinese characters): a run of GBK or Big5 characters that long
# is valid UTF-8 by chance about once in ten million pages, while CMSs that declare gb2312 and
# serve UTF-8 are common.
UTF8_EVIDENCE_BYTES = 16


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


def _strictly(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except UnicodeDecodeError:
        return None


def _reads_as_chinese(body: bytes, candidates: dict[str, str]) -> tuple[str, str]:
    """Of several encodings that decode the bytes, the one charset_normalizer finds most plausible."""
    from charset_normalizer import from_bytes

    best = from_bytes(body, cp_isolation=list(candidates)).best()
    encoding = best.encoding if best is not None and best.encoding in candidates else next(iter(candidates))
    return candidates[encoding], encoding


# C1 control characters never belong in a Chinese page: where they appear, a Windows-1252 text was
# pasted in as Latin-1 (curly quotes arrive as U+0093 / U+0094). They are read as Windows-1252, as
# browsers read the numeric references to them; the five it leaves undefined are dropped. NUL has
# no place in a page either (PostgreSQL cannot store it; the HTML parser makes it U+FFFD), nor have
# the other C0 controls but tab, line feed, form feed and carriage return (HTML's whitespace) and
# DEL: browsers show them as nothing, so they would survive into the stored text. A vertical tab is
# Word's line break pasted into a CMS: it separates words, so it becomes a space.
_C0_DROPPED = [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]
_CONTROL_REPAIRS = {**dict.fromkeys(_C0_DROPPED), 0x0B: " ",
                    **{code: bytes([code]).decode("cp1252", errors="ignore") or None for code in range(0x80, 0xA0)}}
_NEEDS_REPAIR = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _repaired_controls(text: str) -> str:
    return text.translate(_CONTROL_REPAIRS) if _NEEDS_REPAIR.search(text) else text


def _decode(body: bytes, content_type: str | None) -> tuple[str, str]:
    bom_encoding, bom = read_bom(body)
    if bom_encoding and bom:
        return body[len(bom):].decode(bom_encoding, errors="replace"), bom_encoding
    as_utf8 = _strictly(body, "utf-8")
    if as_utf8 is not None and len(body) - len(as_utf8) >= UTF8_EVIDENCE_BYTES:
        return as_utf8, "utf-8"
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    if declared:
        encoding = _superset(declared)
        text = _decode_cleanly(body, encoding)
        if text is not None:
            return text, encoding
    if as_utf8 is not None:
        return as_utf8, "utf-8"
    decoded = {encoding: text for encoding in CHINESE_FALLBACK_ENCODINGS
               if (text := _strictly(body, encoding)) is not None}
    if not decoded:
        raise UndecodableError(f"no charset fits the bytes (declared: {declared or 'none'})")
    if len(decoded) == 1:
        (encoding, text), = decoded.items()
        return text, encoding
    return _reads_as_chinese(body, decoded)


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Return (text, encoding used): the BOM; else UTF-8 when the bytes are plainly UTF-8; else the
    declared charset (header, then meta) if it fits the bytes; else the Chinese charset that decodes
    them strictly and reads as Chinese. Raises UndecodableError when none fits."""
    text, encoding = _decode(body, content_type)
    return _repaired_controls(text), encoding
