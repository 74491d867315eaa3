# The two commands: `make demo` and `make test`. Both create .venv/ when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: venv demo test lint bench quality postgres redis browser clean-demo schema-doc

# Exact versions of every package come from constraints.txt, so installs are reproducible. pip
# itself is pinned too: the one a venv starts with (23.2 on Python 3.11) fails to resolve
# `lxml[html_clean]` and `lxml[html-clean]` (justext and readability-lxml) as the same extra.
PIP_VERSION := 25.3
$(INSTALLED): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==$(PIP_VERSION)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(INSTALLED)

venv: $(INSTALLED)

demo: venv
	$(BIN)/python -m archive upgrade
	$(BIN)/python -m crawler.demo

# The PostgreSQL and Redis tests need servers; these install (if missing) and start throwaway ones on loopback.
postgres:
	tools/test-postgres start >/dev/null

redis:
	tools/test-redis start >/dev/null

# Headless Chromium and a Chinese font, for the browser test of `archive browse`.
browser:
	tools/test-browser >/dev/null

# Tests run in TEST_PROCESSES processes (pytest-xdist): much of a test's time is spent waiting on
# real servers and crawler subprocesses, so four keep two cores busy. Tests are handed out two at a
# time, the long-running ones first (tests/conftest.py), so no process ends alone on a long test.
# The ten slowest are listed.
TEST_PROCESSES ?= 4
test: venv postgres redis browser
	$(BIN)/python -m pytest -n $(TEST_PROCESSES) --maxschedchunk 2 --durations=10

# ruff (the rule set in pyproject.toml) on all the code; mypy strict on the pure processing and the archive.
lint: venv
	$(BIN)/ruff check archive crawler pipelines tests bench
	$(BIN)/mypy

# The extraction quality tables (docs/benchmarks.md): every labelled subset of the shared corpus,
# this project against bare trafilatura and readability-lxml, one scorer; then the same pages cut to
# their first paragraphs, as short notices and briefs are.
CORPUS ?= ../shared/corpus
quality: venv
	$(BIN)/python -m pipelines.quality $(CORPUS)
	$(BIN)/python bench/short_texts.py $(CORPUS)

# docs/schema.md's reference part, from a freshly migrated archive (a test checks it is current).
schema-doc: venv
	$(BIN)/python -m archive.schema_doc docs/schema.md

clean-demo:
	rm -f data/archive.db data/archive.db-wal data/archive.db-shm

# Benchmarks (not tests: timings on shared machines are noisy, so each reports a ratio measured in one run).
DEDUP_SIZES ?= 10000 100000
RESEARCH_SIZES ?= 10000 100000
CRAWL_SIZES ?= 2000
bench: venv postgres redis
	$(BIN)/python bench/crawl_throughput.py --postgres --pages $(CRAWL_SIZES)
	$(BIN)/python bench/distributed_throughput.py
	$(BIN)/python bench/extraction_cost.py
	$(BIN)/python bench/pattern_growth.py
	$(BIN)/python bench/cli_latency.py
	$(BIN)/python bench/dedup_scale.py $(DEDUP_SIZES)
	$(BIN)/python bench/exact_merge.py
	$(BIN)/python bench/research_scale.py --postgres $(RESEARCH_SIZES)
