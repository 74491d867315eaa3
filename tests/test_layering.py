"""The packages' layering: data flows spider -> worker -> writer -> database, so `pipelines/` (the
pure processing) imports neither Scrapy nor SQLAlchemy nor the other packages, `archive/` never
imports `crawler/`, and the crawl process does not load the processing libraries its workers use."""
from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from tests.conftest import PROJECT_ROOT

# What each package may import of the others and of the frameworks.
FORBIDDEN = {
    "pipelines": {"scrapy", "twisted", "sqlalchemy", "alembic", "archive", "crawler"},
    "archive": {"scrapy", "twisted", "crawler"},
}


def imported_modules(package: str) -> dict[str, set[str]]:
    """Top-level names each module of the package imports, at any depth of its code."""
    found = {}
    for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(PROJECT_ROOT))] = names
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_imports_nothing_above_it(package: str) -> None:
    offending = {module: sorted(names & FORBIDDEN[package]) for module, names in imported_modules(package).items()
                 if names & FORBIDDEN[package]}
    assert offending == {}


def test_migration_scripts_are_self_contained() -> None:
    """A migration must do the same thing whatever the code becomes: its scripts import Alembic,
    SQLAlchemy and the standard library, never the application (archive/migrations/env.py, which
    runs them, is the application's)."""
    scripts = {module: names for module, names in imported_modules("archive").items()
               if module.startswith("archive/migrations/versions/")}
    assert len(scripts) >= 14
    allowed = {"alembic", "sqlalchemy", *sys.stdlib_module_names}
    assert {module: sorted(names - allowed) for module, names in scripts.items() if names - allowed} == {}


def loaded_after(statement: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", f"{statement}\nimport sys\nprint(' '.join(sys.modules))"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in result.stdout.split()}


def test_the_processing_loads_neither_scrapy_nor_sqlalchemy() -> None:
    loaded = loaded_after("import pipelines.ingest, pipelines.evaluate")
    assert "trafilatura" in loaded  # the check sees what is imported
    assert not loaded & {"scrapy", "twisted", "sqlalchemy", "alembic", "archive", "crawler"}


def test_the_crawl_process_leaves_the_processing_libraries_to_its_workers() -> None:
    loaded = loaded_after("import crawler.addon, crawler.spiders.news, crawler.commands.crawl, crawler.settings")
    assert "scrapy" in loaded and "sqlalchemy" in loaded
    assert not loaded & {"trafilatura", "justext", "htmldate", "opencc", "pypinyin", "datasketch", "scipy", "numpy"}
