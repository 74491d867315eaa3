"""The archive command line loads what a command uses, when it runs: `--help` and usage errors
load neither SQLAlchemy nor any processing library, and `search` loads the archive layer's Core
tables only."""
from __future__ import annotations

import json
import subprocess
import sys

from archive import migrations
from archive.db import make_engine, newest_revision
from tests.conftest import PROJECT_ROOT

PROCESSING = {"trafilatura", "datasketch", "scipy", "pyarrow", "pypinyin", "opencc", "lxml", "scrapy", "justext",
              "htmldate", "warcio"}
# Runs `python -m archive ARGS` as the command line does, then reports the modules it loaded.
PROBE = """
import json, runpy, sys
sys.argv = ["archive", *sys.argv[1:]]
try:
    runpy.run_module("archive", run_name="__main__")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.__stdout__)
"""


def loaded_by(*arguments: str, database_url: str | None = None) -> set[str]:
    """The modules `python -m archive ARGUMENTS` loaded, with the packages they belong to."""
    env = {"PATH": "", "ARCHIVE_DATABASE_URL": database_url or "sqlite:///unused.db"}
    result = subprocess.run([sys.executable, "-c", PROBE, *arguments], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, env=env)
    modules = set(json.loads(result.stdout.strip().splitlines()[-1]))
    return modules | {name.split(".")[0] for name in modules}


def test_help_and_usage_errors_load_nothing_heavy() -> None:
    for arguments in (["--help"], ["search", "--help"], ["no-such-command"], ["show", "not-a-number"]):
        loaded = loaded_by(*arguments)
        assert "argparse" in loaded  # the probe sees what was imported
        assert not loaded & (PROCESSING | {"sqlalchemy", "alembic", "numpy"}), arguments


def test_search_loads_the_archive_layer_only(sqlite_url: str) -> None:
    migrations.upgrade(make_engine(sqlite_url))
    loaded = loaded_by("search", "环保", database_url=sqlite_url)
    assert "sqlalchemy" in loaded
    # Its ORM costs as much again as SQLAlchemy's core to import; search reads with Core.
    assert not loaded & (PROCESSING | {"alembic", "numpy", "sqlalchemy.orm", "archive.models"})


def test_the_newest_script_is_alembics_head(sqlite_url: str) -> None:
    """An up-to-date archive is recognised by the scripts' names, without Alembic."""
    assert newest_revision() == migrations.head_revision(make_engine(sqlite_url))


def test_importing_the_spider_loads_neither_the_database_layer_nor_the_processing() -> None:
    """`scrapy list` and `scrapy check` import the spider; the archive and the processing chain are
    loaded when a crawl starts (the add-on), not with it."""
    probe = "import json, sys, crawler.spiders.news; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    loaded = {name.split(".")[0] for name in json.loads(result.stdout)}
    assert "scrapy" in loaded
    # Scrapy itself reads HTML with lxml.
    assert not loaded & ((PROCESSING - {"scrapy", "lxml"}) | {"sqlalchemy", "alembic", "archive"}), sorted(loaded)
