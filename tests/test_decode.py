"""Chinese pages whose charset is declared wrong or not at all."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipelines.decode import UndecodableError, declared_encoding, decode_html, overrides_declaration

TEXT = "朱镕基同志旧居修缮完成,堃园、镕园一并纳入保护。生态环境保护工作会议在广州召开。"


def test_gb2312_declared_with_gbk_only_characters_decodes_as_gb18030() -> None:
    body = f'<meta charset="gb2312"><p>{TEXT}</p>'.encode("gb18030")
    text, encoding = decode_html(body, "text/html")
    assert TEXT in text and encoding == "gb18030"


def test_header_charset_wins_over_meta() -> None:
    body = f'<meta charset="utf-8"><p>{TEXT}</p>'.encode("gbk")
    text, encoding = decode_html(body, "text/html; charset=GBK")
    assert TEXT in text and encoding == "gb18030"


def test_a_declared_charset_that_does_not_fit_the_bytes_is_overruled() -> None:
    body = f'<meta charset="utf-8"><p>{TEXT}</p>'.encode("gbk")
    text, encoding = decode_html(body, "text/html; charset=utf-8")
    assert TEXT in text and encoding == "gb18030"


@pytest.mark.parametrize("codec, expected", [("utf-8", "utf-8"), ("gbk", "gb18030"), ("gb18030", "gb18030")])
def test_no_charset_anywhere(codec: str, expected: str) -> None:
    text, encoding = decode_html(f"<p>{TEXT}</p>".encode(codec), None)
    assert TEXT in text and encoding == expected


def test_a_byte_order_mark_wins() -> None:
    text, encoding = decode_html(b"\xef\xbb\xbf" + f'<meta charset="gbk"><p>{TEXT}</p>'.encode(), "text/html")
    assert TEXT in text and encoding == "utf-8" and not text.startswith("\ufeff")


def test_bytes_no_charset_fits_are_an_error_with_the_reason() -> None:
    with pytest.raises(UndecodableError, match="no charset fits the bytes"):
        decode_html(b"<p>" + bytes(range(0x80, 0x100)) * 10 + b"</p>", "text/html; charset=utf-8")


def test_utf8_bytes_declared_as_gb2312_are_read_as_utf8() -> None:
    # CMS templates keep the gb2312 of their first version after the site moved to UTF-8.
    body = f'<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>{TEXT}</p>'.encode()
    text, encoding = decode_html(body, "text/html; charset=gb2312")
    assert TEXT in text and encoding == "utf-8"


def test_a_few_gbk_characters_that_happen_to_be_valid_utf8_keep_their_declared_charset() -> None:
    # Each of these GBK byte pairs is also a valid two-byte UTF-8 sequence.
    short = "一业为之"
    body = f'<meta charset="gbk"><p>{short}</p>'.encode("gbk")
    text, encoding = decode_html(body, "text/html")
    assert short in text and encoding == "gb18030"


TRADITIONAL = "香港特別行政區政府環境保護署今日公布，全港空氣質素指標在過去一年持續改善，當局將繼續推動減排措施。"


def test_big5_without_any_charset_is_read_as_big5_not_gb18030() -> None:
    # GB18030 decodes these bytes too, as a string of rare characters.
    body = f"<html><body><p>{TRADITIONAL}</p></body></html>".encode("big5")
    assert body.decode("gb18030")  # the trap: no error to reject GB18030 by
    text, encoding = decode_html(body, "text/html")
    assert TRADITIONAL in text and encoding == "big5hkscs"


def test_big5_holding_a_few_characters_big5hkscs_lacks_is_still_big5() -> None:
    # Big5's ETEN extension writes kana (は, に) where big5hkscs has none: only GB18030 decodes the bytes strictly.
    body = f"<html><body><p>{TRADITIONAL * 20}</p><p>小說家夏目漱石は「我君を愛す」と譯した。</p></body></html>".encode("big5")
    text, encoding = decode_html(body, "text/html")
    assert TRADITIONAL in text and encoding == "big5hkscs"


def test_gbk_without_any_charset_is_still_gb18030() -> None:
    body = f"<html><body><p>{TEXT}</p></body></html>".encode("gbk")
    text, encoding = decode_html(body, None)
    assert TEXT in text and encoding == "gb18030"


def test_nul_characters_are_removed() -> None:
    text, _ = decode_html(f"<title>生态\x00环境</title><p>{TEXT}</p>".encode(), "text/html")
    assert "<title>生态环境</title>" in text


def test_other_control_characters_are_removed_and_a_vertical_tab_separates() -> None:
    """Text pasted from a word processor into a CMS brings its controls along: a vertical tab (its
    line break), a stray SOH or BEL, a DEL; tab and line feed stay, and a form feed, HTML whitespace
    that lxml refuses in any text set on the tree, is a space."""
    page = f"<title>生态\x01环境\x7f</title><p>第一行\x0bSecond line\x07\t{TEXT}</p>\f".encode()
    text, _ = decode_html(page, "text/html")
    assert "<title>生态环境</title>" in text
    assert f"<p>第一行 Second line\t{TEXT}</p> " in text


def test_the_noncharacters_lxml_refuses_are_removed_written_or_referred_to() -> None:
    """U+FFFE and U+FFFF show nothing, and lxml refuses them in a query's variable: a <title> holding one made the
    headline's search fail (found by the processing function's property test)."""
    page = f"<title>生态\ufffe环境&#xFFFE;</title><p>{TEXT}&#65535;\uffff</p><p>&#xFFFD;&#65533;</p>".encode()
    text, _ = decode_html(page, "text/html")
    assert f"<title>生态环境</title><p>{TEXT}</p><p>&#xFFFD;&#65533;</p>" in text


# Servers declare ISO-8859-1 by default (Java servlets, Apache's AddDefaultCharset); a single-byte
# charset fits any bytes, so nothing rejects it.
WESTERN_DEFAULTS = ["text/html; charset=ISO-8859-1", "text/html; charset=windows-1252", "text/html; charset=US-ASCII"]


@pytest.mark.parametrize("content_type", WESTERN_DEFAULTS)
def test_chinese_bytes_declared_in_a_western_default_charset_are_read_as_chinese(content_type: str) -> None:
    body = f'<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>{TEXT}</p>'.encode("gbk")
    text, encoding = decode_html(body, content_type)
    assert TEXT in text and encoding == "gb18030"
    assert declared_encoding(body, content_type) == "cp1252" and overrides_declaration("cp1252", encoding)


def test_big5_bytes_declared_iso_8859_1_are_read_as_big5() -> None:
    body = f"<html><body><p>{TRADITIONAL}</p></body></html>".encode("big5")
    text, encoding = decode_html(body, "text/html; charset=iso-8859-1")
    assert TRADITIONAL in text and encoding == "big5hkscs"


# Western text read as GB18030 or Big5 is a string of rare characters, when it decodes at all.
WESTERN = {
    "cp1252": "Der Präsident äußerte sich am Dienstag zur Lage. « Les élections auront lieu à la date prévue », "
              "a déclaré le préfet — trotz der Einwände über die Wahlbeteiligung.",
    "iso8859-15": "L'œuvre coûte 25 € ; l'éditeur a précisé que la réédition paraîtra en été.",
}


@pytest.mark.parametrize("encoding", list(WESTERN))
def test_western_text_keeps_its_declared_single_byte_charset(encoding: str) -> None:
    body = f"<html><body><p>{WESTERN[encoding]}</p></body></html>".encode(encoding)
    text, used = decode_html(body, f"text/html; charset={encoding}")
    assert WESTERN[encoding] in text and used == encoding
    assert overrides_declaration(declared_encoding(body, f"text/html; charset={encoding}"), used) is False


def test_the_declaration_is_the_headers_before_the_metas_and_none_when_there_is_none() -> None:
    body = f'<meta charset="gb2312"><p>{TEXT}</p>'.encode("gbk")
    assert declared_encoding(body, "text/html; charset=utf-8") == "utf-8"
    assert declared_encoding(body, "text/html") == "gb18030"  # gb2312 as decoding reads it
    assert declared_encoding(f"<p>{TEXT}</p>".encode(), None) is None
    assert overrides_declaration(None, "utf-8") is None
    assert overrides_declaration("gb18030", "gb18030") is False
    # A byte order mark's UTF-16-LE is the UTF-16 the page declares.
    assert overrides_declaration("utf-16", "utf-16-le") is False
    assert overrides_declaration("gb18030", "utf-8") is True


REAL_PAGE = Path(__file__).resolve().parent / "fixtures" / "pages" / "magic_xinhua_lead_dateline_outlet.html"


def test_a_gbk_page_declared_big5_is_read_as_gbk() -> None:
    # Big5 decodes all but a few of a real GBK page's byte pairs, as other characters: few enough to
    # pass as stray bytes, had the declared charset not been held to decoding strictly.
    page = re.sub(r"charset=[\w-]*", "charset=big5", REAL_PAGE.read_text(encoding="utf-8"))
    body = page.encode("gbk", errors="xmlcharrefreplace")
    text, encoding = decode_html(body, "text/html")
    assert encoding == "gb18030" and "积极因素不断增多" in text
    assert overrides_declaration(declared_encoding(body, "text/html"), encoding)


CUT_IN_TWO = Path(__file__).resolve().parent / "fixtures" / "pages" / "corpus_gbk_character_cut_in_two.html"


@pytest.mark.parametrize("content_type", [None, "text/html; charset=ISO-8859-1", "text/html; charset=big5"])
def test_a_gbk_page_with_a_character_cut_in_two_is_read_as_gbk_whatever_it_declares(content_type: str | None) -> None:
    # No charset decodes the page strictly; GB18030 reads all but two bytes (0.07% of its Chinese
    # characters), Big5 a stray every 70.
    body = CUT_IN_TWO.read_bytes()
    text, encoding = decode_html(body, content_type)
    assert encoding == "gb18030" and "【2005年中国革命历史巨作】【太行山上】" in text


def _cut_by_bytes(text: str, length: int) -> bytes:
    """What a PHP template's substr() leaves of a UTF-8 title: its first bytes, the last character cut in two."""
    return text.encode()[:length]


SUMMARIES = ["市生态环境局开展春季大气污染防治专项执法检查，重点检查工业企业污染防治设施运行情况",
             "我市启动2024年饮用水水源地环境状况评估工作，对全市28个水源地逐一开展现场核查"]


@pytest.mark.parametrize("content_type", [None, "text/html; charset=utf-8", "text/html; charset=gb2312", "text/html; charset=ISO-8859-1"])
def test_utf8_with_characters_cut_in_two_is_read_as_utf8_whatever_it_declares(content_type: str | None) -> None:
    body = (f"<p>{TEXT}</p>".encode() + b"".join(b"<li>" + _cut_by_bytes(summary, 61) + b"...</li>" for summary in SUMMARIES))
    text, encoding = decode_html(body, content_type)
    assert encoding == "utf-8" and TEXT in text and SUMMARIES[0][:20] in text


def test_a_utf8_page_cut_short_in_a_character_is_read_as_utf8() -> None:
    text, encoding = decode_html(f'<meta charset="utf-8"><p>{TEXT}</p><p>{TEXT}'.encode()[:-1], "text/html")
    assert encoding == "utf-8" and TEXT in text


def test_a_gbk_page_is_not_taken_for_utf8_with_cut_characters() -> None:
    # Read as UTF-8, most of a GBK page's characters are strays (78% at the least on the 122 GB pages measured).
    text, encoding = decode_html(f"<p>{TEXT * 20}</p>".encode("gbk"), None)
    assert encoding == "gb18030" and TEXT in text
