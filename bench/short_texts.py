"""Short texts on real templates: each labelled page cut to its first KEEP paragraphs, scored for this
project, bare trafilatura and readability-lxml.

    python bench/short_texts.py [CORPUS] [--keep 1 2 4] [--subsets cwced magic-html]

A short notice or brief sits in the same template as a long article, and extraction meets it differently:
trafilatura reads the whole page again when the text it found is under 250 characters. Each page's
elements holding a labelled paragraph after the first KEEP are removed from the page (only pages whose
paragraphs sit in elements of their own are kept, so the cut page holds exactly the first KEEP), and
the body is scored against those paragraphs (lines with a sentence mark) with pipelines.evaluate's scorer. Headings and captions
between paragraphs stay on the cut page, unlabelled: every system is charged for them alike. Prints a
Markdown table for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import re
import statistics
import tempfile
from dataclasses import replace
from pathlib import Path

import lxml.html

from pipelines.corpus import IMPORTERS
from pipelines.evaluate import Labelled, bigram_prf, load_dir
from pipelines.quality import DEFAULT_CORPUS, SYSTEMS, _decoded

# Labelled lines shorter than this or with no sentence mark are headlines, captions and headings: not
# counted as paragraphs, not cut by.
MIN_PARAGRAPH_CHARS = 15
SENTENCE_MARK = re.compile(r"[。！？；，]")
# An element longer than this is a container of many paragraphs, never cut whole.
MAX_CUT_ELEMENT_CHARS = 600


def _folded(text: str) -> str:
    return re.sub(r"\s+", "", text)


def cut_page(html: str, paragraphs: list[str], keep: int) -> str | None:
    """The page without the elements holding its labelled paragraphs after the first `keep`; None
    when the page does not hold its paragraphs in elements of their own."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    kept = [_folded(paragraph)[:MIN_PARAGRAPH_CHARS] for paragraph in paragraphs[:keep]]
    later = [_folded(paragraph)[:MIN_PARAGRAPH_CHARS] for paragraph in paragraphs[keep:]]
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        text = _folded(element.text_content())
        if text and len(text) <= MAX_CUT_ELEMENT_CHARS and any(head in text for head in later) \
                and not any(head in text for head in kept):
            element.drop_tree()
    left = _folded(tree.text_content())
    if any(head in left for head in later) or not all(head in left for head in kept):
        return None
    return lxml.html.tostring(tree, encoding="unicode")


def scores(items: list[Labelled], keep: int, scratch: Path) -> dict[str, list[float]]:
    f1: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    for item in items:
        paragraphs = [line for line in (item.expected.get("body") or "").split("\n")
                      if len(_folded(line)) >= MIN_PARAGRAPH_CHARS and SENTENCE_MARK.search(line)]
        if len(paragraphs) < keep + 2:
            continue
        cut = cut_page(_decoded(item), paragraphs, keep)
        if cut is None:
            continue
        page = scratch / f"{item.name}.{keep}.html"
        page.write_text(cut, encoding="utf-8")
        short = replace(item, page=page, headers={"Content-Type": "text/html; charset=utf-8"})
        want = "\n".join(paragraphs[:keep])
        for name, system in SYSTEMS.items():
            f1[name].append(bigram_prf(system(short).body or "", want)[2])
    return f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--keep", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--subsets", nargs="+", default=["cwced", "magic-html"])
    args = parser.parse_args()
    names = list(SYSTEMS)
    print("| paragraphs kept | pages | " + " | ".join(f"{name} F1" for name in names) + " |")
    print("|---" * (len(names) + 2) + "|")
    with tempfile.TemporaryDirectory() as scratch:
        items: list[Labelled] = []
        for subset in args.subsets:
            importer, folder = IMPORTERS[subset]
            importer(args.corpus / folder, Path(scratch) / subset)
            items += load_dir(Path(scratch) / subset)
        for keep in args.keep:
            f1 = scores(items, keep, Path(scratch))
            print(f"| {keep} | {len(f1[names[0]])} | " + " | ".join(f"{statistics.mean(f1[name]):.3f}" for name in names) + " |")


if __name__ == "__main__":
    main()
