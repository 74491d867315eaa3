"""Search latency and export cost as the archive grows.

    python bench/research_scale.py [--postgres] [--search-only] SIZE ...      (default 10000 100000)

One synthetic archive grows to each size in turn (SQLite in a scratch file; with --postgres also a
scratch database on the server tools/test-postgres starts). Articles are built from the sentences
of the processing fixtures (real Chinese news text, so bigrams repeat as they do in real text)
plus one sentence of their own; a rare phrase and a rare two-character word are planted in one
article in a thousand. Rows go in with plain multi-row inserts: on SQLite the search index is
filled by its triggers as in production, on PostgreSQL by the archive's own indexing of articles
without terms, followed by the VACUUM ANALYZE autovacuum would soon run.

At each size: median latency of `archive.search.search` (limit 20) for common and rare terms of
four and of two characters, one character, and the common term restricted to one source; the
search index's size; then (unless --search-only) each export format run as `python -m archive
export` in a fresh process, with its wall time and peak RSS. Constant memory means the peak RSS
does not grow with the archive.
"""
from __future__ import annotations

import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

from archive import Archive
from archive.db import parse_database_url
from archive.models import Article, Page, Source
from archive.search import search
from archive.store import index_for_search
from pipelines.process import process_page

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
START = datetime(2026, 1, 1, tzinfo=UTC)
SOURCES = 50
SENTENCES_PER_ARTICLE = 12
RARE_PHRASE = "蓝天保卫战成效评估"
RARE_WORD = "鳄蜥"  # an endangered lizard of Guangdong's forests: in none of the pool's sentences
TERMS = {"common": "生态环境", "rare": RARE_PHRASE, "common, two characters": "生态", "rare, two characters": RARE_WORD,
         "one character": "碳"}
PROBES = 25
CHUNK = 20_000


def sentence_pool() -> list[str]:
    sentences = set()
    for path in sorted(FIXTURES.glob("*.html")):
        record = process_page(f"http://bench.example.cn/{path.name}", path.read_bytes(), {"Content-Type": "text/html"}, START)
        if record.article:
            sentences.update(s.strip() + "。" for s in record.article.body.replace("\n", "").split("。") if len(s.strip()) >= 8)
    return sorted(sentences)


def article_rows(first: int, count: int, pool: list[str], rng: random.Random):
    for number in range(first, first + count):
        body = "".join(rng.sample(pool, SENTENCES_PER_ARTICLE)) + f"第{number}号通报。"
        if number % 1000 == 7:
            body += f"{RARE_PHRASE}工作稳步推进，{RARE_WORD}种群得到保护。"
        when = START + timedelta(minutes=number)
        yield ({"id": number, "content_hash": uuid.uuid4().hex + uuid.uuid4().hex, "title": f"第{number}号通报",
                "body": body, "published_at": when, "is_truncated": False, "cluster_id": number, "is_canonical": True,
                "char_count": len(body), "first_seen_at": when, "last_seen_at": when},
               {"id": number, "url": f"http://site{number % SOURCES}.example.cn/{number}.html",
                "source_id": 1 + number % SOURCES, "article_id": number, "fetched_at": when, "http_status": 200,
                "kind": "article", "spam_injected": False, "is_truncated": False, "extraction_version": "bench",
                "headers": {}})


def fill(archive: Archive, first: int, count: int, pool: list[str], rng: random.Random) -> None:
    rows = article_rows(first, count, pool, rng)
    while True:
        chunk = [next(rows, None) for _ in range(CHUNK)]
        chunk = [row for row in chunk if row is not None]
        if not chunk:
            return
        with archive.engine.begin() as connection:
            connection.execute(Article.__table__.insert(), [article for article, _page in chunk])
            connection.execute(Page.__table__.insert(), [page for _article, page in chunk])
            if archive.engine.dialect.name == "postgresql":
                index_for_search(connection, [(a["id"], a["title"], a["body"]) for a, _page in chunk])


def index_size_mib(archive: Archive) -> float:
    with archive.engine.connect() as connection:
        if archive.engine.dialect.name == "postgresql":
            size = connection.scalar(text("SELECT pg_total_relation_size('article_terms')"))
        else:
            size = connection.scalar(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'article_terms%'"))
    return size / 2**20


def settle(archive: Archive) -> None:
    """What autovacuum does soon after a bulk load on PostgreSQL: merge the GIN index's pending
    list (until then every search scans it) and refresh the planner's statistics."""
    if archive.engine.dialect.name == "postgresql":
        with archive.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE articles"))
            connection.execute(text("VACUUM ANALYZE pages"))
            connection.execute(text("VACUUM ANALYZE article_terms"))


def search_latency_ms(archive: Archive) -> dict[str, float]:
    cases = {name: {"query": term} for name, term in TERMS.items()}
    cases["common, one source"] = {"query": TERMS["common"], "source": "site7.example.cn"}
    found = {}
    with archive.reading_connection() as connection:
        for name, arguments in cases.items():
            times = []
            for _ in range(PROBES):
                started = time.perf_counter()
                hits = search(connection, limit=20, **arguments)
                times.append(time.perf_counter() - started)
            assert hits, f"no hits for {arguments}"
            found[name] = statistics.median(times) * 1000
    return found


# The export's own peak RSS: VmHWM belongs to the process image (getrusage's ru_maxrss would also
# count the benchmark's memory, which a forked child starts out sharing).
EXPORT_PROBE = """
import re, sys, time
from archive.__main__ import main
started = time.perf_counter()
status = main(["export", "--format", sys.argv[1], "--output", sys.argv[2]])
peak_kib = re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1)
print(status, time.perf_counter() - started, peak_kib)
"""


def export_cost(database_url: str, scratch: Path) -> dict[str, tuple[float, float, int]]:
    """format -> (seconds, peak RSS MiB, output MiB), each export in a fresh process."""
    results = {}
    for export_format in ("jsonl", "csv", "parquet"):
        out = scratch / f"export.{export_format}"
        run = subprocess.run([sys.executable, "-c", EXPORT_PROBE, export_format, str(out)], cwd=ROOT,
                             capture_output=True, text=True, env={"ARCHIVE_DATABASE_URL": database_url, "PATH": ""})
        if run.returncode != 0:
            raise SystemExit(run.stderr)
        status, seconds, peak_kib = run.stdout.split()
        assert status == "0"
        results[export_format] = (float(seconds), int(peak_kib) / 1024, out.stat().st_size / 2**20)
        out.unlink()
    return results


@contextmanager
def postgres_database() -> Iterator[str]:
    """A scratch database on the server tools/test-postgres starts, dropped afterwards."""
    started = subprocess.run([str(ROOT / "tools" / "test-postgres"), "start"], capture_output=True, text=True, check=True)
    admin_url = parse_database_url(started.stdout.strip())
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def measure(database: str, url: str, sizes: list[int], pool: list[str], scratch: Path, exports: bool) -> list[dict]:
    """Grow one archive through the sizes, measuring search and export at each."""
    archive = Archive.open(url)
    results = []
    with archive.session() as session:
        session.add_all(Source(id=n + 1, domain=f"site{n}.example.cn", name=f"site{n}", created_at=START)
                        for n in range(SOURCES))
    rng, stored = random.Random(20261123), 0
    for size in sizes:
        started = time.perf_counter()
        fill(archive, stored + 1, size - stored, pool, rng)
        fill_rate = (size - stored) / (time.perf_counter() - started)
        settle(archive)
        stored = size
        latency = search_latency_ms(archive)
        cost = export_cost(url, scratch) if exports else {}
        results.append({"database": database, "articles": size, "fill_per_s": round(fill_rate),
                        "search_ms": {k: round(v, 2) for k, v in latency.items()},
                        "index_mib": round(index_size_mib(archive)),
                        "export": {k: {"seconds": round(s, 1), "peak_rss_mib": round(m), "output_mib": round(o)}
                                   for k, (s, m, o) in cost.items()}})
        print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    archive.close()
    return results


def main(arguments: list[str]) -> None:
    with_postgres, exports = "--postgres" in arguments, "--search-only" not in arguments
    sizes = sorted(int(a) for a in arguments if not a.startswith("--")) or [10_000, 100_000]
    scratch = Path(tempfile.mkdtemp(prefix="research-bench-"))
    pool = sentence_pool()
    print(f"sentence pool: {len(pool)} sentences from {FIXTURES.relative_to(ROOT)}; {SENTENCES_PER_ARTICLE} per article")
    results = []
    with ExitStack() as cleanup:
        urls = {"SQLite": f"sqlite:///{scratch / 'archive.db'}"}
        if with_postgres:
            urls["PostgreSQL"] = cleanup.enter_context(postgres_database())
        for database, url in urls.items():
            results.extend(measure(database, url, sizes, pool, scratch, exports))
    shutil.rmtree(scratch)

    print("\n| database | articles | " + " | ".join(results[0]["search_ms"]) + " | index MiB |")
    print("|---|---|" + "---|" * (len(results[0]["search_ms"]) + 1))
    for r in results:
        print(f"| {r['database']} | {r['articles']:,} | " + " | ".join(f"{ms:.1f} ms" for ms in r["search_ms"].values())
              + f" | {r['index_mib']:,} |")
    if exports:
        print("\n| database | articles | export s (jsonl / csv / parquet) | export peak RSS MiB (jsonl / csv / parquet) |")
        print("|---|---|---|---|")
        for r in results:
            e = r["export"]
            print(f"| {r['database']} | {r['articles']:,} | "
                  f"{' / '.join(str(e[f]['seconds']) for f in ('jsonl', 'csv', 'parquet'))} | "
                  f"{' / '.join(str(e[f]['peak_rss_mib']) for f in ('jsonl', 'csv', 'parquet'))} |")


if __name__ == "__main__":
    main(sys.argv[1:])
