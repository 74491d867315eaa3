"""Turn labelled corpora into the evaluation layout (NAME.html + NAME.json, see pipelines.evaluate).

    python -m pipelines.corpus cwced SRC OUT      # Chinese-Web-Content-Extraction-Dataset (69 pages)
    python -m pipelines.corpus magic-html SRC OUT # and the other subsets of the shared corpus (IMPORTERS)

Only labels a person made or checked are carried over as expected fields: main texts, and the
dates and authors of the hand-made and reviewed sets. Titles and bylines that are a library's own
output (fundus, newspaper4k, Readability) are not, since they keep the page's site suffixes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any

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
        expected: dict[str, Any] = {"kind": "article", "body": _label(source / "cleaned" / f"{name}.txt") or ""}
        date = _label(source / "date" / f"{name}.txt")
        if date and (match := FULL_DATE.match(date)):
            expected["published_at"] = f"{int(match[1]):04d}-{int(match[2]):02d}-{int(match[3]):02d}"
        author = _label(source / "author" / f"{name}.txt")
        if author:
            expected["author"] = re.split(r"[\s、,，&]+", author)[0]
        _write(out, name, raw, url, expected, f"text/html; charset={charset}" if charset else "text/html")
        count += 1
    return count


def _write(out: Path, name: str, raw: bytes, url: str, expected: dict[str, Any],
           content_type: str = "text/html") -> None:
    (out / f"{name}.html").write_bytes(raw)
    (out / f"{name}.json").write_text(json.dumps({"url": url, "headers": {"Content-Type": content_type},
                                                  "expected": expected}, ensure_ascii=False, indent=1),
                                      encoding="utf-8")


def import_magic_html(source: Path, out: Path) -> int:
    """magic-html's article benchmark, its Chinese pages (zh_ids.txt): main text only."""
    out.mkdir(parents=True, exist_ok=True)
    labels = json.loads((source / "base.json").read_text(encoding="utf-8"))
    count = 0
    for line in (source / "zh_ids.txt").read_text(encoding="utf-8").splitlines():
        sha, _, url = line.partition("\t")
        page = source / "htmls" / f"{sha}.html"
        if not page.exists() or sha not in labels:
            continue
        _write(out, sha[:16], page.read_bytes(), url, {"body": labels[sha]["content"]})
        count += 1
    return count


def import_trafilatura_eval(source: Path, out: Path) -> int:
    """trafilatura's evaluation pages: snippets the text must and must not hold, author, date."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for url, entry in json.loads((source / "evaldata_zh.json").read_text(encoding="utf-8")).items():
        page = next((folder / entry["file"] for folder in (source / "eval", source / "cache")
                     if (folder / entry["file"]).exists()), None)
        if page is None:
            continue
        expected: dict[str, Any] = {"must_contain": entry["with"], "must_not_contain": entry["without"]}
        if entry.get("date"):
            expected["published_at"] = entry["date"]
        if entry.get("author"):
            expected["author"] = re.split(r"[\s;,，、]+", entry["author"])[0]
        _write(out, Path(entry["file"]).stem, page.read_bytes(), url, expected)
        count += 1
    return count


def import_readability(source: Path, out: Path) -> int:
    """Mozilla Readability's test pages: the text of its expected (reviewed) main-content HTML."""
    import lxml.html

    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for folder in sorted(path for path in source.iterdir() if (path / "source.html").exists()):
        body = lxml.html.fromstring((folder / "expected.html").read_text(encoding="utf-8")).text_content()
        _write(out, folder.name, (folder / "source.html").read_bytes(), f"http://{folder.name}.example.cn/",
               {"body": body})
        count += 1
    return count


def import_newspaper4k(source: Path, out: Path) -> int:
    """newspaper4k's regression pages: its text, and the date of those with metadata."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for page in sorted((source / "html").glob("*.html")):
        text = source / "txt" / f"{page.stem}.txt"
        if not text.exists():
            continue
        expected: dict[str, Any] = {"body": text.read_text(encoding="utf-8")}
        url = f"http://{page.stem.replace('_', '-')}.example.cn/"
        metadata = source / "metadata" / f"{page.stem}.json"
        if metadata.exists():
            meta = json.loads(metadata.read_text(encoding="utf-8"))
            url = meta["url"]
            if meta.get("publish_date"):
                expected["published_at"] = meta["publish_date"][:10]
        _write(out, page.stem, page.read_bytes(), url, expected)
        count += 1
    return count


def import_fundus(source: Path, out: Path) -> int:
    """fundus's People's Daily page: its paragraphs, first author and date."""
    out.mkdir(parents=True, exist_ok=True)
    pages = json.loads((source / "meta.info").read_text(encoding="utf-8"))
    labels = next(iter(json.loads(next(source.glob("*.json")).read_text(encoding="utf-8")).values()))
    count = 0
    for file_name, meta in pages.items():
        paragraphs = [p for section in labels["body"]["sections"] for p in section["paragraphs"]]
        expected: dict[str, Any] = {"body": "\n".join(paragraphs), "published_at": labels["publishing_date"][:10]}
        if labels.get("authors"):
            expected["author"] = labels["authors"][0]
        _write(out, Path(file_name).name.split(".")[0], gzip.decompress((source / file_name).read_bytes()),
               meta["url"], expected)
        count += 1
    return count


# Importer and folder name under the shared corpus, in the order the quality table lists them.
IMPORTERS = {
    "cwced": (import_cwced, "chinese-web-content-extraction-dataset"),
    "magic-html": (import_magic_html, "magic-html-benchmark"),
    "readability": (import_readability, "readability-testpages-zh"),
    "trafilatura-eval": (import_trafilatura_eval, "trafilatura-eval-zh"),
    "newspaper4k": (import_newspaper4k, "newspaper4k-zh"),
    "fundus": (import_fundus, "fundus-people-cn"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=sorted(IMPORTERS))
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    count = IMPORTERS[args.corpus][0](args.source, args.out)
    print(f"{count} pages written to {args.out}")
    return 0 if count else 1


if __name__ == "__main__":
    sys.exit(main())
