"""Per-page cost of the whole processing chain against bare `trafilatura.extract` on the same pages.

    python bench/extraction_cost.py [DIR ...]     (default: the HTML processing fixtures)

Both run in this one process, interleaved page by page and repeated, so machine noise hits both
alike; the figure that matters is the ratio. Prints a Markdown table for docs/benchmarks.md.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import trafilatura

from pipelines.decode import decode_html
from pipelines.process import process_page

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = [ROOT / "tests" / "fixtures" / "pages"]
ROUNDS = 7
FETCHED_AT = datetime(2026, 11, 1, tzinfo=UTC)
# The extraction issue's target: process_page at most this many times bare trafilatura's cost.
COST_TARGET = 1.5


def load_pages(directories: list[Path]) -> list[tuple[str, str, bytes, dict]]:
    pages = []
    for directory in directories:
        for spec in sorted(directory.glob("*.json")):
            page = spec.with_suffix(".html")
            meta = json.loads(spec.read_text(encoding="utf-8"))
            # Pages with a text to extract: not errors, attachments or undecodable bytes.
            if page.exists() and meta.get("expected", {}).get("kind", "article") in ("article", "list"):
                pages.append((spec.stem, meta["url"], page.read_bytes(), meta.get("headers", {})))
    return pages


def bare(url: str, body: bytes, headers: dict) -> None:
    # trafilatura is given the same decoded text, so the comparison is of extraction and cleaning.
    html, _ = decode_html(body, headers.get("Content-Type"))
    trafilatura.extract(html, url=url)


def chain(url: str, body: bytes, headers: dict) -> None:
    process_page(url, body, headers, FETCHED_AT)


def main(argv: list[str]) -> int:
    directories = [Path(a) for a in argv] or DEFAULT_DIRS
    pages = load_pages(directories)
    timings: dict[str, list[float]] = {"bare": [], "chain": []}
    # Each page's times in each round, for the spread of its own ratio.
    page_timings: dict[str, list[list[float]]] = {"bare": [[] for _ in pages], "chain": [[] for _ in pages]}
    for _ in range(ROUNDS):
        totals = {"bare": 0.0, "chain": 0.0}
        for index, (_name, url, body, headers) in enumerate(pages):
            for label, run in (("bare", bare), ("chain", chain)):
                start = time.perf_counter()
                run(url, body, headers)
                spent = time.perf_counter() - start
                totals[label] += spent
                page_timings[label][index].append(spent)
        for label, total in totals.items():
            timings[label].append(total / len(pages))
    bare_ms = statistics.median(timings["bare"]) * 1000
    chain_ms = statistics.median(timings["chain"]) * 1000
    print(f"pages: {len(pages)} from {', '.join(str(d.relative_to(ROOT)) if d.is_relative_to(ROOT) else d.name for d in directories)}; "
          f"median of {ROUNDS} rounds")
    print("| what | ms per page | ratio |")
    print("|---|---|---|")
    print(f"| `trafilatura.extract` (bare) | {bare_ms:.2f} | 1.00 |")
    print(f"| `process_page` (decode, extract, metadata, every cleaning step, hash) | {chain_ms:.2f} | {chain_ms / bare_ms:.2f} |")
    print_page_ratios(page_timings)
    print_costly_pages()
    return 0


def print_page_ratios(page_timings: dict[str, list[list[float]]]) -> None:
    """The spread of the pages' own ratios (each page's median round): the ratio above is of the pages' total
    time, in which pages that trafilatura takes long over weigh most."""
    ratios = sorted(statistics.median(chain_times) / statistics.median(bare_times)
                    for bare_times, chain_times in zip(page_timings["bare"], page_timings["chain"], strict=True))
    quartiles = statistics.quantiles(ratios, n=4)
    over = sum(1 for ratio in ratios if ratio > COST_TARGET)
    print(f"\nPer page: median ratio {quartiles[1]:.2f}, quartiles {quartiles[0]:.2f} and {quartiles[2]:.2f}, "
          f"{over} of {len(ratios)} pages over {COST_TARGET}.")


def print_costly_pages() -> None:
    """The pages that stalled the crawl before the ingest engine: an index of 50,000 links (the
    target is under 2 s), one ending in a captioned picture (which a photo story's test must not read
    through), and a 10 MB article; an article of broken Word markup, which the patterns
    cutting Word's leftovers must read in linear time, a page of unbroken runs, which those
    reading a document's headline, a unit's query and a meta's names must, and a hijacked copy of one long
    paragraph with spam at both ends, one of casino words run together before a site number and an info line of
    thousands of brands, which the spam steps must, a document site's preview in numbered chunks,
    which joining them must, a page of unclosed openings of Founder's comment, which reading its fields must, and a
    <title> of a site's name repeated 20,000 times, which cutting site names from it must; and two faults of real
    pages, a guestbook of 600 entries each opening a table never closed (which trafilatura reads in time growing
    with the square of its depth) and an article pasted as one paragraph of 2,000,000 characters; best of three,
    bare trafilatura beside."""
    sys.path.insert(0, str(ROOT))
    from tests.pathological import (
        brands_in_the_info_line_page,
        captioned_picture_index_page,
        casino_words_before_a_site_number_page,
        huge_article_page,
        link_list_page,
        one_paragraph_page,
        preview_chunks_page,
        site_names_title_page,
        spam_at_both_ends_page,
        unbroken_runs_page,
        unclosed_founder_comments_page,
        unclosed_markup_page,
        unclosed_tables_page,
    )

    print("\n| costly page | `trafilatura.extract` s | `process_page` s |")
    print("|---|---|---|")
    for label, body in (("index of 50,000 links (5.7 MB)", link_list_page(50_000)),
                        ("index of 50,000 links ending in a captioned picture", captioned_picture_index_page(50_000)),
                        ("article of 40,000 paragraphs (9.3 MB)", huge_article_page(40_000)),
                        ("article with two 200,000-character runs of broken Word markup", unclosed_markup_page(200_000)),
                        ("page whose headline, unit query and author meta hold 200,000-character runs", unbroken_runs_page(200_000)),
                        ("hijacked paragraph of 2,000 sentences (74,000 characters), spam at both ends", spam_at_both_ends_page(2_000)),
                        ("hijacked paragraph of 30,000 casino words run together (90,000 characters), a site number after them",
                         casino_words_before_a_site_number_page(30_000)),
                        ("info line a hijack wrote its brand and site number into 10,000 times (140,000 characters)",
                         brands_in_the_info_line_page(10_000)),
                        ("document preview of 5,000 pairs of numbered chunks, each first cut mid-sentence", preview_chunks_page(5_000, 2)),
                        ("document preview of one run of 20,000 numbered chunks, each cut mid-sentence", preview_chunks_page(1, 20_000)),
                        ("page of 10,000 openings of Founder's comment of an article's fields, none closed",
                         unclosed_founder_comments_page(10_000)),
                        ("<title> of the headline and a site's name after 20,000 separators (80,000 characters)",
                         site_names_title_page(20_000)),
                        ("guestbook of 600 entries, each opening a table never closed (trafilatura's parser stops "
                         "at 256 levels: 84 entries)", unclosed_tables_page(600)),
                        ("article of one paragraph of 2,000,000 characters", one_paragraph_page(2_000_000))):
        headers = {"Content-Type": "text/html; charset=utf-8"}
        best = {}
        for name, run in (("bare", bare), ("chain", chain)):
            times = []
            for _ in range(3):
                start = time.perf_counter()
                run("http://bench.example.gov.cn/index.html", body, headers)
                times.append(time.perf_counter() - start)
            best[name] = min(times)
        print(f"| {label} | {best['bare']:.2f} | {best['chain']:.2f} |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
