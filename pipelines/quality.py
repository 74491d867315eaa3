"""The quality table: `python -m pipelines.quality [CORPUS] [--verbose] [--only SUBSET]`.

Every labelled subset of the shared corpus (pipelines.corpus.IMPORTERS) is imported into a scratch
directory and each page is scored, with pipelines.evaluate's one scorer, for this project's
processing function and for the two tools a user would otherwise pick: bare trafilatura
(`bare_extraction`, default settings with its metadata) and readability-lxml (`Document(...).summary()`). The peers
are given the page as this project decodes it, so the table compares extraction, not decoding.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from pipelines import clean
from pipelines.corpus import IMPORTERS
from pipelines.decode import decode_html
from pipelines.evaluate import TEXT_FIELDS, Found, Labelled, Scores, found_by_processing, load_dir, score
from pipelines.process import header

DEFAULT_CORPUS = Path("../shared/corpus")
# How copy sites make a Traditional copy: OpenCC's own conversions, characters only (s2twp's Taiwanese
# vocabulary, 互联网 → 網際網路, is a rewording no character conversion undoes).
COPY_CONVERSIONS = ("s2t", "s2tw", "s2hk")


def _decoded(item: Labelled) -> str:
    return decode_html(item.page.read_bytes(), header(item.headers, "Content-Type"))[0]


def found_by_trafilatura(item: Labelled) -> Found:
    import trafilatura
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(_decoded(item), url=item.url, with_metadata=True)
    if not isinstance(document, Document):
        return Found(None, None)
    published = datetime.fromisoformat(document.date) if document.date else None
    return Found(None, document.text, {name: getattr(document, name, None) for name in TEXT_FIELDS}, published)


def found_by_readability(item: Labelled) -> Found:
    import lxml.html
    from readability import Document

    document = Document(_decoded(item), url=item.url)
    body = lxml.html.fromstring(document.summary(html_partial=True)).text_content()
    return Found(None, body, {"title": document.short_title()})


SYSTEMS: dict[str, Callable[[Labelled], Found]] = {
    "this project": found_by_processing,
    "trafilatura": found_by_trafilatura,
    "readability-lxml": found_by_readability,
}


def _scored(items: list[Labelled], system: str, verbose: bool) -> Scores:
    scores = Scores()
    for item in items:
        wrong = score(item, SYSTEMS[system](item), scores)
        if verbose and wrong:
            print(f"  {system} {item.name}: " + "; ".join(wrong))
    return scores


def quality_table(corpus: Path, subsets: list[str], verbose: bool) -> list[str]:
    """The markdown rows: per subset, body F1 of each system (and this project's P/R), dates and authors."""
    names = list(SYSTEMS)
    lines = ["| subset | pages | " + " | ".join(f"{name} F1" for name in names)
             + " | this project P / R | dates (project / trafilatura) | authors (project / trafilatura) |",
             "|---" * (len(names) + 5) + "|"]
    overall: dict[str, Scores] = {name: Scores() for name in names}
    simplified_bodies = []
    with tempfile.TemporaryDirectory() as scratch:
        for subset in subsets:
            importer, folder = IMPORTERS[subset]
            importer(corpus / folder, Path(scratch) / subset)
            items = load_dir(Path(scratch) / subset)
            if verbose:
                print(f"{subset}:")
            scores = {name: _scored(items, name, verbose) for name in names}
            for name in names:
                overall[name].body += scores[name].body
            lines.append(_row(subset, len(items), scores))
            simplified_bodies += [body for item in items if (body := item.expected.get("body"))
                                  and not clean.count_traditional_only(body)]
    lines.append(_row("**all pages**", len(overall[names[0]].body), overall))
    return lines + ["", *round_trip_table(simplified_bodies)]


def round_trip_table(bodies: list[str]) -> list[str]:
    """The markdown rows: per conversion, how many characters of the Simplified texts differ after a copy
    site's conversion to Traditional and the archive's back (clean.to_simplified)."""
    import opencc

    total = sum(map(len, bodies))
    lines = [f"| Traditional round trip of {len(bodies)} labelled Simplified texts ({total:,} characters) "
             "| characters differing after to_simplified |", "|---|---|"]
    for conversion in COPY_CONVERSIONS:
        converter = opencc.OpenCC(conversion)
        differing = sum(_differing_characters(body, clean.to_simplified(converter.convert(body))) for body in bodies)
        lines.append(f"| OpenCC {conversion} | {differing} |")
    return lines


def _differing_characters(original: str, back: str) -> int:
    # Character conversions keep a text's length; a difference in it counts whole.
    return sum(a != b for a, b in zip(original, back, strict=False)) + abs(len(original) - len(back))


def _row(subset: str, pages: int, scores: dict[str, Scores]) -> str:
    project, trafilatura = scores["this project"], scores["trafilatura"]
    p, r, _ = project.body_means()
    f1s = " | ".join(f"{s.body_means()[2]:.3f}" for s in scores.values())
    return (f"| {subset} | {pages} | {f1s} | {p:.3f} / {r:.3f} | {project.share('date')} / {trafilatura.share('date')} "
            f"| {project.share('author')} / {trafilatura.share('author')} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.quality", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=DEFAULT_CORPUS,
                        help=f"the shared corpus's folder (default {DEFAULT_CORPUS})")
    parser.add_argument("--only", choices=list(IMPORTERS), action="append", help="score this subset (repeatable)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list what each system got wrong on each page")
    args = parser.parse_args(argv)
    missing = [IMPORTERS[s][1] for s in args.only or IMPORTERS if not (args.corpus / IMPORTERS[s][1]).is_dir()]
    if missing:
        print(f"quality: {args.corpus} has no {', '.join(missing)}", file=sys.stderr)
        return 1
    print("\n".join(quality_table(args.corpus, args.only or list(IMPORTERS), args.verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
