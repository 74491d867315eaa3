"""Chinese pages whose charset is declared wrong or not at all."""
from __future__ import annotations

import pytest

from pipelines.decode import UndecodableError, decode_html

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
    text, encoding = decode_html(b"\xef\xbb\xbf" + f'<meta charset="gbk"><p>{TEXT}</p>'.encode("utf-8"), "text/html")
    assert TEXT in text and encoding == "utf-8" and not text.startswith("\ufeff")


def test_bytes_no_charset_fits_are_an_error_with_the_reason() -> None:
    with pytest.raises(UndecodableError, match="no charset fits the bytes"):
        decode_html(b"<p>" + bytes(range(0x80, 0x100)) * 10 + b"</p>", "text/html; charset=utf-8")
