"""The quality table (`python -m pipelines.quality`, `make quality`) on a small corpus laid out as
two of the shared corpus's subsets, built from fixture pages with their expected texts."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from pipelines.evaluate import snippet_prf
from pipelines.quality import quality_table, round_trip_table
from tests.conftest import PROJECT_ROOT

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def _corpus(root: Path) -> Path:
    """newspaper4k's layout (html/ + txt/) with a government article, trafilatura's (snippets) with
    a casino-hijacked repost whose banner must not appear."""
    article = json.loads((PAGES / "gov_cms_article.json").read_text(encoding="utf-8"))
    news = root / "newspaper4k-zh"
    (news / "html").mkdir(parents=True)
    (news / "txt").mkdir()
    shutil.copy(PAGES / "gov_cms_article.html", news / "html" / "gov_article.html")
    (news / "txt" / "gov_article.txt").write_text(article["expected"]["body"], encoding="utf-8")
    evaluation = root / "trafilatura-eval-zh"
    (evaluation / "eval").mkdir(parents=True)
    shutil.copy(PAGES / "casino_hijacked_repost.html", evaluation / "eval" / "repost.html")
    repost = json.loads((PAGES / "casino_hijacked_repost.json").read_text(encoding="utf-8"))
    first_line = repost["expected"]["body"].splitlines()[0]
    (evaluation / "evaldata_zh.json").write_text(json.dumps({repost["url"]: {
        "file": "repost.html", "with": [first_line[:20]], "without": ["WNS认证"]}}, ensure_ascii=False),
        encoding="utf-8")
    return root


def test_the_table_scores_each_system_on_each_subset(tmp_path: Path) -> None:
    lines = quality_table(_corpus(tmp_path), ["newspaper4k", "trafilatura-eval"], verbose=False)
    header, rule, news, snippets, overall, blank, *round_trip = lines
    assert header.split(" | ")[2:5] == ["this project F1", "trafilatura F1", "readability-lxml F1"]
    assert rule.count("|---") == 8
    cells = [cell.strip() for cell in news.strip("|").split("|")]
    assert cells[:3] == ["newspaper4k", "1", "1.000"]  # the fixture's expected text, exactly
    assert all(0.0 <= float(f1) <= 1.0 for f1 in cells[3:5])
    assert [cell.strip() for cell in snippets.strip("|").split("|")][:3] == ["trafilatura-eval", "1", "1.000"]
    assert overall.startswith("| **all pages** | 2 | 1.000 |")
    assert not blank and round_trip[0].startswith("| Traditional round trip of 1 labelled Simplified texts")
    assert [row.split(" | ")[0] for row in round_trip[2:]] == ["| OpenCC s2t", "| OpenCC s2tw", "| OpenCC s2hk"]


def test_the_round_trip_counts_what_conversion_back_does_not_restore() -> None:
    faithful = "坚决打好净土保卫战，着力打造人与自然和谐共生的美丽中国广东样板。"
    # a book credit's 著 converts back as the particle 着
    credit = "《历史的终结》，福山著，陈高华译。"
    rows = round_trip_table([faithful, credit])
    assert rows[0].startswith(f"| Traditional round trip of 2 labelled Simplified texts ({len(faithful + credit)} characters)")
    assert rows[2:] == ["| OpenCC s2t | 1 |", "| OpenCC s2tw | 1 |", "| OpenCC s2hk | 1 |"]


def test_snippets_score_like_trafilaturas_evaluation() -> None:
    assert snippet_prf("一二三 四五六", ["一二三", "四五六"], ["七八九"]) == (1.0, 1.0, 1.0)
    precision, recall, _ = snippet_prf("一二三 七八九", ["一二三", "四五六"], ["七八九"])
    assert (precision, recall) == (0.5, 0.5)
    assert snippet_prf("七八九", ["一二三"], ["七八九"]) == (0.0, 0.0, 0.0)


def test_a_missing_corpus_is_one_line(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "pipelines.quality", str(tmp_path / "nowhere")], cwd=PROJECT_ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "has no chinese-web-content-extraction-dataset" in run.stderr
