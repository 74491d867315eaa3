"""Turn labelled corpora into the evaluation layout (NAME.html + NAME.json, see pipelines.evaluate).

    python -m pipelines.corpus cwced SRC OUT      # Chinese-Web-Content-Extraction-Dataset (69 pages)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

# The CleanEval-like wrapper around the 2005 pages: <text id="URL" title="..." encoding="gb2312|gbk|utf8|unset">
WRAPPER_OPEN = re.compile(rb'\A\s*<text id="([^"]*)"[^>]*?encoding="([^"]*)"[^>]*>')
WRAPPER_CLOSE = re.compile(rb"</text>\s*\Z")
WRAPPER_CHARSETS = {"gb2312": "gb2312", "gbk": "gbk", "utf8": "utf-8", "unset": None}
UNKNOWN_LABELS = ("UNKNOWN", "UNKNWON")
FULL_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


def _label(path: Path) -> str | None:
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8").strip()
    return None if not text or text in UNKNOWN_LABELS else text


def import_cwced(source: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for page in sorted((source / "original").glob("*.html")):
        name = page.stem
        raw = page.read_bytes()
        url, charset = f"http://corpus.example.cn/{name}.html", None
        wrapper = WRAPPER_OPEN.match(raw)
        if wrapper:
            url = wrapper[1].decode("latin-1") or url
            charset = WRAPPER_CHARSETS.get(wrapper[2].decode("ascii"))
            raw = WRAPPER_CLOSE.sub(b"", raw[wrapper.end():])
        expected: dict[str, str] = {"kind": "article", "body": _label(source / "cleaned" / f"{name}.txt") or ""}
        date = _label(source / "date" / f"{name}.txt")
        if date and (match := FULL_DATE.match(date)):
            expected["published_at"] = f"{int(match[1]):04d}-{int(match[2]):02d}-{int(match[3]):02d}"
        author = _label(source / "author" / f"{name}.txt")
        if author:
            expected["author"] = re.split(r"[\s、,，&]+", author)[0]
        (out / f"{name}.html").write_bytes(raw)
        headers = {"Content-Type": f"text/html; charset={charset}" if charset else "text/html"}
        (out / f"{name}.json").write_text(json.dumps({"url": url, "headers": headers, "expected": expected},
                                                     ensure_ascii=False, indent=1), encoding="utf-8")
        count += 1
    return count


IMPORTERS = {"cwced": import_cwced}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=sorted(IMPORTERS))
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    count = IMPORTERS[args.corpus](args.source, args.out)
    print(f"{count} pages written to {args.out}")
    return 0 if count else 1


if __name__ == "__main__":
    sys.exit(main())
