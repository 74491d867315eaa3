"""`make demo`'s crawl, twice into one archive: the summary matches the demo web and nothing doubles."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from crawler.localweb import free_port
from tests.conftest import PROJECT_ROOT


def test_demo_twice(sqlite_url: str) -> None:
    env = dict(os.environ, ARCHIVE_DATABASE_URL=sqlite_url, DEMO_PORT=str(free_port("127.0.0.11")))
    outputs = [subprocess.run([sys.executable, "-m", "crawler.demo"], cwd=PROJECT_ROOT, env=env,
                              capture_output=True, text=True, timeout=300) for _ in range(2)]
    for result in outputs:
        assert result.returncode == 0, result.stderr[-2000:]
    first, second = (result.stdout for result in outputs)
    totals = re.compile(r"pages fetched: (\d+)  articles stored: (\d+)")
    assert totals.search(first).groups() == totals.search(second).groups()
    pages, articles = map(int, totals.search(first).groups())
    assert pages >= 30 and articles >= 8
    assert "new articles 0, duplicates 0" in second
    for site in ("127.0.0.11", "127.0.0.17"):
        assert site in first
