"""Measure extraction against labelled pages: `python -m pipelines.evaluate DIR [--verbose]`.

DIR holds NAME.html (or any NAME.* page) beside NAME.json:
    {"url": ..., "headers": {...}, "status": 200,
     "expected": {"kind": ..., "body": "...", "title": ..., "published_at": "YYYY-MM-DD[Thh:mm...]",
                  "author": ..., "origin": ...}}
Only the expected fields present are scored. Body: precision, recall and F1 on character bigrams
after NFKC, removing all whitespace and folding Traditional characters to Simplified (a page not
taken as an article scores 0); a page labelled only with snippets ("must_contain",
"must_not_contain", as trafilatura's own evaluation) scores the share of snippets found right
instead. Dates: right to the day, in China time. Author and origin: right when the stored value contains the expected one.

Each page goes through the processing function. `python -m crawler.evaluate DIR` scores the same
pages crawled for real (served on loopback, crawled into a scratch archive, read back).
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pipelines.clean import to_simplified
from pipelines.process import process_page

CHINA = ZoneInfo("Asia/Shanghai")
TEXT_FIELDS = ("title", "author", "origin")


@dataclass
class Labelled:
    name: str
    url: str
    headers: dict[str, str]
    status: int
    expected: dict[str, Any]
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


def _folded_text(text: str) -> str:
    # Traditional characters are folded too: the archive stores Simplified by design, and a label in
    # Traditional would otherwise count every converted character as wrong.
    return to_simplified("".join(unicodedata.normalize("NFKC", text).split()))


def _bigrams(text: str) -> Counter[str]:
    folded = _folded_text(text)
    return Counter(folded[i:i + 2] for i in range(len(folded) - 1))


def bigram_prf(found: str, expected: str) -> tuple[float, float, float]:
    got, want = _bigrams(found), _bigrams(expected)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def found_by_processing(item: Labelled) -> Found:
    record = process_page(item.url, item.page.read_bytes(), item.headers, datetime.now(UTC), status=item.status)
    article = record.article
    return Found(record.kind, article.body if article else None,
                 {name: getattr(article or record, name) for name in TEXT_FIELDS},
                 article.published_at if article else record.published_at)


def snippet_prf(found: str, must_contain: list[str], must_not_contain: list[str]) -> tuple[float, float, float]:
    """trafilatura's evaluation: a wanted snippet found is a true positive, missed a false negative,
    an unwanted one found a false positive."""
    text = _folded_text(found)
    kept = sum(_folded_text(snippet) in text for snippet in must_contain)
    intruded = sum(_folded_text(snippet) in text for snippet in must_not_contain)
    if not kept:
        return 0.0, 0.0, 0.0
    precision, recall = kept / (kept + intruded), kept / len(must_contain)
    return precision, recall, 2 * precision * recall / (precision + recall)


@dataclass
class Scores:
    body: list[tuple[float, float, float]] = field(default_factory=list)
    right: Counter[str] = field(default_factory=Counter)
    labelled: Counter[str] = field(default_factory=Counter)

    def body_means(self) -> tuple[float, float, float]:
        count = len(self.body) or 1
        return (sum(p for p, _, _ in self.body) / count, sum(r for _, r, _ in self.body) / count,
                sum(f for _, _, f in self.body) / count)

    def share(self, name: str) -> str:
        return f"{self.right[name]}/{self.labelled[name]}" if self.labelled[name] else "–"


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
    prf = None
    if expected.get("body"):
        prf = bigram_prf(found.body, expected["body"]) if found.body else (0.0, 0.0, 0.0)
    elif expected.get("must_contain"):
        prf = snippet_prf(found.body or "", expected["must_contain"], expected.get("must_not_contain", []))
    if prf is not None:
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


def report(items: list[Labelled], found: dict[str, Found], heading: str, verbose: bool) -> None:
    scores = Scores()
    for item in items:
        wrong = score(item, found.get(item.name, Found(None, None)), scores)
        if verbose and wrong:
            print(f"{item.name}: " + "; ".join(wrong))
    print(heading)
    if scores.body:
        p, r, f = scores.body_means()
        print(f"body ({len(scores.body)} labelled): precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    for name in ("kind", "date", *TEXT_FIELDS):
        if scores.labelled[name]:
            print(f"{name}: {scores.share(name)} ({scores.right[name] / scores.labelled[name]:.1%})")


def labelled_pages(prog: str, argv: list[str] | None) -> tuple[list[Labelled], bool] | None:
    """The command line of an evaluator: the labelled pages of DIR and --verbose; None after an error."""
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true", help="list what each page got wrong")
    args = parser.parse_args(argv)
    items = load_dir(args.directory)
    if not items:
        print(f"evaluate: no NAME.json + page pairs in {args.directory}", file=sys.stderr)
        return None
    return items, args.verbose


def main(argv: list[str] | None = None) -> int:
    loaded = labelled_pages("python -m pipelines.evaluate", argv)
    if loaded is None:
        return 1
    items, verbose = loaded
    report(items, {item.name: found_by_processing(item) for item in items}, f"pages: {len(items)}", verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
