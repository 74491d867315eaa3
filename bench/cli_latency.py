"""How long the archive command line takes to answer, against importing SQLAlchemy alone.

    python bench/cli_latency.py

In one run, interleaved: `python -c pass`, `python -c "import sqlalchemy"`, `python -m archive
--help` and `python -m archive search 环保` on an empty, migrated archive; the minimum of five wall
times of each, and the ratios to importing SQLAlchemy. Prints a Markdown table for docs/benchmarks.md.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, ARCHIVE_DATABASE_URL=f"sqlite:///{Path(scratch) / 'archive.db'}")
        subprocess.run([sys.executable, "-m", "archive", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True)
        commands = {
            "`python -c pass`": ["-c", "pass"],
            '`python -c "import sqlalchemy"`': ["-c", "import sqlalchemy"],
            "`python -m archive --help`": ["-m", "archive", "--help"],
            "`python -m archive search 环保` (empty archive)": ["-m", "archive", "search", "环保"],
        }
        best = {name: float("inf") for name in commands}
        for _ in range(RUNS):
            for name, arguments in commands.items():
                start = time.perf_counter()
                subprocess.run([sys.executable, *arguments], cwd=ROOT, env=env, capture_output=True)
                best[name] = min(best[name], time.perf_counter() - start)
    baseline = best['`python -c "import sqlalchemy"`']
    print(f"| command | best of {RUNS} (s) | ratio to importing SQLAlchemy |")
    print("|---|---|---|")
    for name, seconds in best.items():
        print(f"| {name} | {seconds:.3f} | {seconds / baseline:.2f} |")


if __name__ == "__main__":
    main()
