"""Bytes to text for Chinese pages, whose declared charset is often wrong or missing."""
from __future__ import annotations

import codecs
import re
from itertools import islice

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
# A Chinese charset reads bytes that no charset decodes strictly when at most this share of the
# non-ASCII characters it reads are stray bytes. Measured: GB18030 reading the corpus's two GBK pages
# with a character cut in two, 0.07% and 0.09%; Big5 reading the corpus's GBK pages, 0.69% at the
# least; either reading the European pages of trafilatura's test cache, 1.35% at the least (a
# handful of accented letters, some read as strays).
MAX_STRAY_SHARE = 0.003
# The charsets servers declare by default (Apache's AddDefaultCharset, Java servlets' ISO-8859-1;
# w3lib reads ISO-8859-1, Latin-1 and US-ASCII as Windows-1252): single-byte, they fit any bytes,
# so Chinese bytes declared so are read as Chinese when they read as common Han characters.
WESTERN_SINGLE_BYTE_ENCODINGS = frozenset({"cp1252", "iso8859-15"})
# Chinese text has at least this share of its non-ASCII characters among its charset's common Han
# characters (GB2312's 6,763, Big5's 5,401 常用字) when read in that charset; Western text so read
# has next to none. Measured: the 286 Chinese pages of the corpus and held-out sets in GB18030, 0.58
# (a Traditional page) to 0.99; thirteen of them in Big5, 0.73 to 0.97; 102 European pages of
# trafilatura's test cache in Windows-1252, 0.05 at most (most do not decode as either).
MIN_COMMON_HAN_SHARE = 0.25
# The share is read from the first this many non-ASCII characters: plenty for a share, and a 10 MB
# page costs no more than a small one.
COMMON_HAN_SAMPLE_CHARS = 20_000
# Bytes that are valid UTF-8 are UTF-8, whatever is declared, once they hold this many bytes of
# multi-byte sequences (about eight Chinese characters): a run of GBK or Big5 characters that long
# is valid UTF-8 by chance about once in ten million pages, while CMSs that declare gb2312 and
# serve UTF-8 are common.
UTF8_EVIDENCE_BYTES = 16
# UTF-8 bytes with characters cut in two (a PHP substr() cutting summaries by bytes, a response cut
# short) are UTF-8 when at most this share of their non-ASCII characters are strays. Measured on the
# 290 pages: the 168 UTF-8 ones read as UTF-8 have 0.8% strays at most; the 122 GB ones, 77.8% at least
# (a GBK or Big5 character is a valid UTF-8 sequence only by chance).
MAX_UTF8_STRAY_SHARE = 0.05
# The start of a page that is read to tell it is not such UTF-8 (a GB page shows it in its first characters).
UTF8_SAMPLE_BYTES = 16_384


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


def _nearly_utf8(body: bytes) -> str | None:
    """The text, when the bytes are UTF-8 but for a few characters cut in two (MAX_UTF8_STRAY_SHARE),
    with UTF8_EVIDENCE_BYTES of whole multi-byte characters (two bytes or more each)."""
    # A GB or Big5 page shows its strays from its first characters: it is not read to its end.
    if len(body) > UTF8_SAMPLE_BYTES and _too_many_strays(body[:UTF8_SAMPLE_BYTES].decode("utf-8", errors="replace"),
                                                          MAX_UTF8_STRAY_SHARE):
        return None
    text = body.decode("utf-8", errors="replace")
    non_ascii, strays = _non_ascii_and_strays(text)
    if 2 * (non_ascii - strays) < UTF8_EVIDENCE_BYTES or strays > MAX_UTF8_STRAY_SHARE * non_ascii:
        return None
    return text


def _common_han_share(text: str, encoding: str) -> float:
    """The share of the text's non-ASCII characters that are common Han characters of the charset."""
    others = list(islice((char for char in text if char > "\x7f"), COMMON_HAN_SAMPLE_CHARS))
    return sum(_is_common_han(char, encoding) for char in others) / len(others) if others else 0.0


def _is_common_han(char: str, encoding: str) -> bool:
    encoded = char.encode(encoding, errors="ignore")
    if len(encoded) != 2:
        return False
    if encoding == "gb18030":  # GB2312's Han rows
        return 0xB0 <= encoded[0] <= 0xF7 and encoded[1] >= 0xA1
    return 0xA4 <= encoded[0] <= 0xC6  # Big5's 常用字


def _chinese_readings(body: bytes) -> dict[str, str]:
    """The Chinese charsets that decode the bytes strictly, each with its text; when none does, those
    that decode them but for a few stray bytes (MAX_REPLACEMENT_SHARE: a GBK page with a pasted
    character cut in two)."""
    strict = {encoding: text for encoding in CHINESE_FALLBACK_ENCODINGS
              if (text := _strictly(body, encoding)) is not None}
    return strict or {encoding: text for encoding in CHINESE_FALLBACK_ENCODINGS
                      if (text := _nearly(body, encoding)) is not None}


def _nearly(body: bytes, encoding: str) -> str | None:
    """The text, when the charset reads all but a few of the bytes' non-ASCII characters
    (MAX_STRAY_SHARE); a Western page read as Chinese has strays among a few characters."""
    text = body.decode(encoding, errors="replace")
    return None if _too_many_strays(text, MAX_STRAY_SHARE) else text


def _non_ascii_and_strays(text: str) -> tuple[int, int]:
    """How many of a decoded text's characters are not ASCII, and how many of those are strays (U+FFFD)."""
    return len(text) - len(text.encode("ascii", errors="ignore")), text.count("\ufffd")


def _too_many_strays(text: str, share: float) -> bool:
    non_ascii, strays = _non_ascii_and_strays(text)
    return strays > share * non_ascii


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
# Word's line break pasted into a CMS: it separates words, so it becomes a space; so does a form feed,
# which HTML reads as a space and lxml, though its parser keeps it, refuses in any text set on the tree
# (trafilatura's and htmldate's pruning join texts, and failed on a page holding one).
# The noncharacters U+FFFE and U+FFFF go too, written or referred to (&#xFFFE;): no text shows them, and lxml
# refuses them in a text set on the tree or a query's variable (a <title> holding one failed the headline's search).
_C0_DROPPED = [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]
_CONTROL_REPAIRS = {**dict.fromkeys(_C0_DROPPED), 0x0B: " ", 0x0C: " ", 0xFFFE: None, 0xFFFF: None,
                    **{code: bytes([code]).decode("cp1252", errors="ignore") or None for code in range(0x80, 0xA0)}}
_NONCHARACTER_REFERENCE = r"&#(?:[xX]0*[fF]{3}[eEfF]|0*6553[45]);?"
_NEEDS_REPAIR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]|" + _NONCHARACTER_REFERENCE)


def _repaired_controls(text: str) -> str:
    if not _NEEDS_REPAIR.search(text):
        return text  # most pages
    return re.sub(_NONCHARACTER_REFERENCE, "", text.translate(_CONTROL_REPAIRS))


# A header value's C1 characters are bytes of their own, kept as Latin-1 (crawler/spiders/news.py):
# only the C0 controls and DEL go, NUL first of all, which PostgreSQL cannot store in text or JSON.
_C0_CONTROLS = dict.fromkeys([*_C0_DROPPED, 0x0B])
_HAS_C0_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def without_control_characters(text: str) -> str:
    return text.translate(_C0_CONTROLS) if _HAS_C0_CONTROL.search(text) else text


def declared_encoding(body: bytes, content_type: str | None) -> str | None:
    """The charset the response declares, the Content-Type header's before the page's own meta, as
    decoding reads it (gb2312 and gbk as gb18030, ISO-8859-1 as cp1252); None when it declares none
    that Python knows."""
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    return _superset(declared) if declared else None


def overrides_declaration(declared: str | None, used: str) -> bool | None:
    """Whether the page was decoded with another charset than the one it declares (a byte order mark's
    UTF-16-LE is the UTF-16 it declares); None when it declares none."""
    if declared is None:
        return None
    return _codec_family(used) != _codec_family(declared)


def _codec_family(encoding: str) -> str:
    return codecs.lookup(encoding).name.removesuffix("-le").removesuffix("-be")


def _decode(body: bytes, declared: str | None) -> tuple[str, str]:
    bom_encoding, bom = read_bom(body)
    if bom_encoding and bom:
        return body[len(bom):].decode(bom_encoding, errors="replace"), bom_encoding
    as_utf8 = _strictly(body, "utf-8")
    if as_utf8 is not None and len(body) - len(as_utf8) >= UTF8_EVIDENCE_BYTES:
        return as_utf8, "utf-8"
    if as_utf8 is None and not body.isascii() and (nearly := _nearly_utf8(body)) is not None:
        # Read before any declaration: GB18030 reads such bytes too, as mojibake without a stray.
        return nearly, "utf-8"
    if declared in WESTERN_SINGLE_BYTE_ENCODINGS and not body.isascii():
        chinese = {encoding: text for encoding, text in _chinese_readings(body).items()
                   if _common_han_share(text, encoding) >= MIN_COMMON_HAN_SHARE}
        if chinese:
            return _one_of(body, chinese)
    if declared in CHINESE_FALLBACK_ENCODINGS and (readings := _chinese_readings(body)):
        # One Chinese charset declared for the other's bytes: GB18030 and Big5 each decode most of the
        # other's bytes, as rare characters, and a few stray bytes are tolerated below, so a GBK page
        # declared big5 passed as Big5 (50 of the 286 pages measured). The charset that decodes the
        # bytes strictly is theirs; a whole GBK page never decodes strictly as Big5 (none of the 286).
        return _one_of(body, readings)
    if declared:
        text = _decode_cleanly(body, declared)
        if text is not None:
            return text, declared
    if as_utf8 is not None:
        return as_utf8, "utf-8"
    decoded = _chinese_readings(body)
    if not decoded:
        raise UndecodableError(f"no charset fits the bytes (declared: {declared or 'none'})")
    return _one_of_or_nearly(body, decoded)


def _one_of_or_nearly(body: bytes, decoded: dict[str, str]) -> tuple[str, str]:
    """`_one_of` the strict readings, unless another charset reads all but a few of the bytes (MAX_STRAY_SHARE) into
    a text of more common Han characters: a Big5 page holding a few characters of Big5's ETEN extension, which
    big5hkscs lacks (kana: は, に, as a Japanese word in a Traditional text), decodes strictly only as GB18030, into
    characters no one writes. (A GBK page read as Big5 has 0.69% strays at the least, measured above: never nearly.)"""
    nearly = {encoding: text for encoding in CHINESE_FALLBACK_ENCODINGS
              if encoding not in decoded and (text := _nearly(body, encoding)) is not None}
    if nearly:
        readings = decoded | nearly
        best = max(readings, key=lambda encoding: _common_han_share(readings[encoding], encoding))
        if best in nearly:
            return nearly[best], best
    return _one_of(body, decoded)


def _one_of(body: bytes, decoded: dict[str, str]) -> tuple[str, str]:
    """The reading with the fewest stray bytes; of readings with none, the one charset_normalizer
    finds most plausible."""
    fewest = min(text.count("\ufffd") for text in decoded.values())
    decoded = {encoding: text for encoding, text in decoded.items() if text.count("\ufffd") == fewest}
    if len(decoded) == 1:
        (encoding, text), = decoded.items()
        return text, encoding
    return _reads_as_chinese(body, decoded)


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Return (text, encoding used): the BOM; else UTF-8 when the bytes are plainly UTF-8, or UTF-8 but
    for a few characters cut in two; else the declared charset (header, then meta) if it fits the
    bytes, a Western single-byte one only when they do not read as Chinese; else the Chinese charset
    that decodes them strictly and reads as Chinese. Raises UndecodableError when none fits."""
    text, encoding = _decode(body, declared_encoding(body, content_type))
    return _repaired_controls(text), encoding
