"""Measure extraction against labelled pages: `python -m pipelines.evaluate DIR [--crawl] [--verbose]`.

DIR holds NAME.html (or any NAME.* page) beside NAME.json:
    {"url": ..., "headers": {...}, "status": 200,
     "expected": {"kind": ..., "body": "...", "title": ..., "published_at": "YYYY-MM-DD[Thh:mm...]",
                  "author": ..., "origin": ...}}
Only the expected fields present are scored. Body: precision, recall and F1 on character bigrams
after NFKC and removing all whitespace (a page not taken as an article scores 0). Dates: right
to the day, in China time. Author and origin: right when the stored value contains the expected one.

By default each page goes through the processing function. With --crawl, the pages are served on
127.0.0.x with the headers their JSON records, linked from one index page, crawled with the real
`scrapy crawl news` into a scratch archive, and scored from what the archive holds.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from pipelines.process import process_page

CHINA = ZoneInfo("Asia/Shanghai")
TEXT_FIELDS = ("title", "author", "origin")


@dataclass
class Labelled:
    name: str
    url: str
    headers: dict[str, str]
    status: int
    expected: dict
    page: Path


@dataclass
class Found:
    kind: str | None
    body: str | None
    fields: dict[str, str | None] = field(default_factory=dict)
    published_at: datetime | None = None


def load_dir(directory: Path) -> list[Labelled]:
    labelled = []
    for spec in sorted(directory.glob("*.json")):
        pages = [p for p in directory.glob(spec.stem + ".*") if p.suffix != ".json"]
        if len(pages) != 1:
            continue
        meta = json.loads(spec.read_text(encoding="utf-8"))
        labelled.append(Labelled(spec.stem, meta["url"], meta.get("headers", {}), meta.get("status", 200),
                                 meta["expected"], pages[0]))
    return labelled


def _bigrams(text: str) -> Counter[str]:
    folded = "".join(unicodedata.normalize("NFKC", text).split())
    return Counter(folded[i:i + 2] for i in range(len(folded) - 1))


def bigram_prf(found: str, expected: str) -> tuple[float, float, float]:
    got, want = _bigrams(found), _bigrams(expected)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def found_by_processing(item: Labelled) -> Found:
    record = process_page(item.url, item.page.read_bytes(), item.headers, datetime.now(timezone.utc), status=item.status)
    article = record.article
    return Found(record.kind, article.body if article else None,
                 {name: getattr(article or record, name) for name in TEXT_FIELDS},
                 article.published_at if article else record.published_at)


def found_by_crawling(items: list[Labelled]) -> dict[str, Found]:
    """Serve every page on one loopback host, crawl it for real, read the archive back."""
    from archive import Archive
    from archive.models import Article, Page
    from crawler.localweb import CONTENT_TYPES_FILE, serve_sites

    scratch = Path(tempfile.mkdtemp(prefix="evaluate-"))
    try:
        site = scratch / "site"
        site.mkdir()
        links, types = [], []
        for item in items:
            shutil.copyfile(item.page, site / f"{item.name}.html")
            links.append(f'<li><a href="/{item.name}.html">{item.name}</a></li>')
            types.append(f"/{item.name}.html {item.headers.get('Content-Type', 'text/html')}")
        (site / "index.html").write_text(f"<html><body><ul>{''.join(links)}</ul></body></html>", encoding="utf-8")
        (site / CONTENT_TYPES_FILE).write_text("\n".join(types), encoding="utf-8")
        database_url = f"sqlite:///{scratch / 'archive.db'}"
        with serve_sites({"127.0.0.41": site}) as urls:
            base = urls["127.0.0.41"]
            subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"start_urls={base}",
                            "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
                            "-s", "DEPTH_LIMIT=1"],
                           env=dict(os.environ, ARCHIVE_DATABASE_URL=database_url), check=True)
        archive = Archive.open(database_url, migrate=False)
        found = {}
        with archive.session() as session:
            for page in session.query(Page).all():
                article = session.get(Article, page.article_id) if page.article_id else None
                name = page.url.rsplit("/", 1)[-1].removesuffix(".html")
                found[name] = Found(page.kind, article.body if article else None,
                                    {n: getattr(article or page, n) for n in TEXT_FIELDS},
                                    article.published_at if article else page.published_at)
        archive.close()
        return found
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@dataclass
class Scores:
    body: list[tuple[float, float, float]] = field(default_factory=list)
    right: Counter[str] = field(default_factory=Counter)
    labelled: Counter[str] = field(default_factory=Counter)


def score(item: Labelled, found: Found, scores: Scores) -> list[str]:
    """Adds the page's scores; returns what it got wrong, for --verbose."""
    wrong = []
    expected = item.expected
    if "kind" in expected:
        scores.labelled["kind"] += 1
        if found.kind == expected["kind"]:
            scores.right["kind"] += 1
        else:
            wrong.append(f"kind {found.kind} != {expected['kind']}")
    if expected.get("body"):
        prf = bigram_prf(found.body, expected["body"]) if found.body else (0.0, 0.0, 0.0)
        scores.body.append(prf)
        if prf[2] < 0.9:
            wrong.append(f"body P {prf[0]:.2f} R {prf[1]:.2f}")
    if expected.get("published_at"):
        scores.labelled["date"] += 1
        got = found.published_at.astimezone(CHINA).date().isoformat() if found.published_at else None
        if got == expected["published_at"][:10]:
            scores.right["date"] += 1
        else:
            wrong.append(f"date {got} != {expected['published_at'][:10]}")
    for name in TEXT_FIELDS:
        if expected.get(name):
            scores.labelled[name] += 1
            got = found.fields.get(name)
            if got and expected[name] in got:
                scores.right[name] += 1
            else:
                wrong.append(f"{name} {got!r} != {expected[name]!r}")
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--crawl", action="store_true", help="crawl the pages with scrapy instead of processing them directly")
    parser.add_argument("--verbose", "-v", action="store_true", help="list what each page got wrong")
    args = parser.parse_args(argv)
    items = load_dir(args.directory)
    if not items:
        print(f"evaluate: no NAME.json + page pairs in {args.directory}", file=sys.stderr)
        return 1
    crawled = found_by_crawling(items) if args.crawl else None
    scores = Scores()
    for item in items:
        found = crawled.get(item.name, Found(None, None)) if crawled is not None else found_by_processing(item)
        wrong = score(item, found, scores)
        if args.verbose and wrong:
            print(f"{item.name}: " + "; ".join(wrong))
    print(f"pages: {len(items)}" + (" (crawled)" if args.crawl else ""))
    if scores.body:
        n = len(scores.body)
        p, r, f = (sum(s[i] for s in scores.body) / n for i in range(3))
        print(f"body ({n} labelled): precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    for name in ("kind", "date", *TEXT_FIELDS):
        if scores.labelled[name]:
            print(f"{name}: {scores.right[name]}/{scores.labelled[name]} ({scores.right[name] / scores.labelled[name]:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
