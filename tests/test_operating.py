"""README's "Operating it" commands run as written: the cron line from a fresh directory (no
logs/ yet), with only its path, its database and the registry pointed at a loopback web."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import textwrap
from datetime import date
from pathlib import Path

import pytest

from crawler.localweb import serve_sites
from tests.conftest import PROJECT_ROOT, WEB, query_rows

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
CRON_FIELDS = 5


def readme_cron_command() -> str:
    block = re.search(r"```cron\n(.+?)\n```", README, re.DOTALL).group(1)
    command = block.split(None, CRON_FIELDS)[CRON_FIELDS]
    return command.replace("\\%", "%")  # cron's escape of % (a newline otherwise)


@pytest.mark.long_running
def test_the_readme_cron_line_runs_from_a_fresh_checkout(tmp_path: Path) -> None:
    checkout = tmp_path / "srv"
    checkout.mkdir()
    shutil.copy(PROJECT_ROOT / "scrapy.cfg", checkout)
    (checkout / ".venv").symlink_to(PROJECT_ROOT / ".venv")
    database = f"sqlite:///{tmp_path / 'archive.db'}"
    registry = tmp_path / "sources.yaml"
    command = readme_cron_command()
    assert "mkdir -p logs" in command and "source=all" in command
    command = command.replace("/srv/zh-news-archive", str(checkout))
    command = re.sub(r"ARCHIVE_DATABASE_URL=\S+", f"ARCHIVE_DATABASE_URL={database}", command)
    with serve_sites({"127.0.0.41": WEB / "repost"}) as urls:
        registry.write_text(textwrap.dedent(f"""
            sources:
              - name: repost
                title: 转载网
                kind: portal
                domains: [127.0.0.41]
                entry_urls: ['{urls["127.0.0.41"]}']
            """), encoding="utf-8")
        env = dict(os.environ, ARCHIVE_SOURCE_REGISTRY=str(registry), SCRAPY_DOWNLOAD_DELAY="0")
        done = subprocess.run(["sh", "-c", command], env=env, capture_output=True, text=True, timeout=180)
    log = checkout / "logs" / f"crawl-{date.today():%Y-%m-%d}.log"
    assert done.returncode == 0, done.stderr[-2000:] + (log.read_text()[-2000:] if log.exists() else "")
    assert "crawl run 1 finished" in log.read_text(encoding="utf-8")
    assert query_rows(database, "SELECT status FROM crawl_runs") == [("finished",)]
