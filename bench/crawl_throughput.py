"""Crawl throughput of `scrapy crawl news` against a minimal Scrapy + bare trafilatura spider.

    python bench/crawl_throughput.py [--pages 2000 ...] [--postgres] [--rounds 1]

Builds a loopback web (127.0.0.61) of distinct article pages from the real pages in
../shared/corpus (CWCED and the Chinese magic-html pages): each article keeps one corpus page's
markup with its text replaced by real sentences drawn from the whole corpus, so every page is a
different text; one in ten is a near-duplicate repost of an earlier article (one sentence changed);
list pages of twenty articles each, every list page linked from the index's pagination bar. The
templates' own links point off-site, so both spiders fetch exactly the same pages.

Then crawls it with `scrapy crawl news` (into a fresh SQLite archive, and with --postgres a fresh
PostgreSQL database from tools/test-postgres) and with bench/minimal_spider.py (which runs
`trafilatura.extract` on each page and writes JSON lines), alternately, under identical settings:
politeness off (no delay, no AutoThrottle), 32 concurrent requests, the same depth and queue order.
For each: pages/s over the wall time of the whole command (start-up included), CPU seconds of
the process and its workers, CPU/wall, and the peaks of the summed RSS and PSS of the process tree
sampled every 0.1 s. Prints a Markdown table for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from crawler.localweb import serve_sites  # noqa: E402
from pipelines.corpus import WRAPPER_CHARSETS, WRAPPER_CLOSE, WRAPPER_OPEN  # noqa: E402

HOST = "127.0.0.61"
ARTICLES_PER_LIST = 20
REPOST_SHARE = 0.1
# Text nodes at least this long are the articles' prose; shorter ones (menus, labels) are kept.
PROSE_NODE_CHARS = 20
SENTENCE = re.compile(r"[^。！？]{8,120}[。！？]")
SETTINGS = {
    "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32", "DEPTH_LIMIT": "6", "DEPTH_PRIORITY": "1",
    "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
    "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue", "ROBOTSTXT_OBEY": "True",
    "LOG_LEVEL": "INFO", "TELNETCONSOLE_ENABLED": "False", "COOKIES_ENABLED": "False",
}


def corpus_templates() -> list[tuple[str, str]]:
    """(original URL, decoded HTML) of every corpus page used as a template."""
    templates = []
    for page in sorted((CORPUS / "chinese-web-content-extraction-dataset" / "original").glob("*.html")):
        raw, url, charset = page.read_bytes(), f"http://corpus.example.cn/{page.stem}.html", "utf-8"
        if wrapper := WRAPPER_OPEN.match(raw):
            url = wrapper[1].decode("latin-1") or url
            charset = WRAPPER_CHARSETS.get(wrapper[2].decode("ascii")) or "gb18030"
            raw = WRAPPER_CLOSE.sub(b"", raw[wrapper.end():])
        templates.append((url, raw.decode("gb18030" if charset.startswith("gb") else charset, errors="replace")))
    magic = CORPUS / "magic-html-benchmark"
    urls = dict(line.split("\t", 1) for line in (magic / "zh_ids.txt").read_text(encoding="utf-8").splitlines() if "\t" in line)
    for page in sorted((magic / "htmls").glob("*.html")):
        templates.append((urls.get(page.stem, f"http://magic.example.cn/{page.stem}.html").strip(),
                          page.read_text(encoding="utf-8", errors="replace")))
    return templates


def _prose_nodes(tree: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, str]]:
    nodes = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "a", "title"):
            continue
        for attribute in ("text", "tail"):
            value = getattr(element, attribute)
            if value and len(value.strip()) >= PROSE_NODE_CHARS:
                nodes.append((element, attribute))
    return nodes


def _refill(tree: lxml.html.HtmlElement, sentences: list[str], rng: random.Random) -> None:
    for element, attribute in _prose_nodes(tree):
        length = len(getattr(element, attribute).strip())
        text = ""
        while len(text) < length:
            text += rng.choice(sentences)
        setattr(element, attribute, text)


def _html(tree: lxml.html.HtmlElement) -> bytes:
    for meta in tree.xpath("//meta[@charset or translate(@http-equiv, 'CONTENT-YP', 'content-yp')='content-type']"):
        meta.getparent().remove(meta)
    head = tree.find("head")
    if head is None:
        head = lxml.html.Element("head")
        tree.insert(0, head)
    head.insert(0, lxml.html.Element("meta", charset="utf-8"))
    return lxml.html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")


def build_web(root: Path, pages: int, seed: int = 1) -> int:
    """Writes the web; returns the number of pages a crawl fetches (lists, articles, robots.txt excluded)."""
    rng = random.Random(seed)
    templates = corpus_templates()
    sentences = sorted({s for _url, html in templates for s in SENTENCE.findall(html) if not re.search(r"[<>{}=]", s)})
    articles_dir = root / "a"
    articles_dir.mkdir(parents=True)
    written: list[bytes] = []
    for number in range(pages):
        if written and rng.random() < REPOST_SHARE:
            original = lxml.html.document_fromstring(rng.choice(written))
            nodes = _prose_nodes(original)
            if nodes:
                element, attribute = rng.choice(nodes)
                setattr(element, attribute, rng.choice(sentences) + getattr(element, attribute)[20:])
            body = _html(original)
        else:
            url, html = templates[number % len(templates)]
            tree = lxml.html.document_fromstring(html, base_url=url)
            tree.make_links_absolute(url, resolve_base_href=True)  # the templates' links lead off-site
            _refill(tree, sentences, rng)
            body = _html(tree)
            written.append(body)
        (articles_dir / f"{number}.html").write_bytes(body)
    lists = (pages + ARTICLES_PER_LIST - 1) // ARTICLES_PER_LIST
    pager = "".join(f'<a href="/list_{n}.html">{n + 1}</a> ' for n in range(lists))
    for n in range(lists):
        items = "".join(f'<li><a href="/a/{i}.html">第{i}号文章标题</a><span>2024-01-{i % 28 + 1:02d}</span></li>'
                        for i in range(n * ARTICLES_PER_LIST, min(pages, (n + 1) * ARTICLES_PER_LIST)))
        (root / f"list_{n}.html").write_text(
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态</title></head><body><h1>工作动态</h1>'
            f'<ul>{items}</ul><div class="pager">{pager}</div></body></html>', encoding="utf-8")
    (root / "index.html").write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>首页</title></head>'
                                     f'<body><div class="pager">{pager}</div></body></html>', encoding="utf-8")
    return 1 + lists + pages


def _kib(text: str, field: str) -> int:
    match = re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE)
    return int(match.group(1)) * 1024 if match else 0


def _tree_memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) summed over a process and all its descendants. Summed RSS counts the shared
    libraries once per process; PSS shares them out, so it is what the tree costs the machine."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    rss = pss = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
        except OSError:
            continue
        rss, pss = rss + _kib(rollup, "Rss"), pss + _kib(rollup, "Pss")
        stack.extend(children.get(current, []))
    return rss, pss


@dataclass
class Run:
    name: str
    pages: int
    wall: float
    cpu: float
    peak_rss: int
    peak_pss: int

    @property
    def rate(self) -> float:
        return self.pages / self.wall


def _measure(name: str, command: list[str], cwd: Path, env: dict[str, str]) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_rss = peak_pss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_rss, peak_pss
        while not stop.is_set():
            rss, pss = _tree_memory(process.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    log = process.communicate()[1]
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(f"{name} failed ({process.returncode}):\n{log[-3000:]}")
    received = re.search(r"'response_received_count': (\d+)", log)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(name, int(received.group(1)) if received else 0, wall, cpu, peak_rss, peak_pss)


def crawl_news(base: str, database_url: str) -> Run:
    settings = [arg for name, value in SETTINGS.items() for arg in ("-s", f"{name}={value}")]
    env = dict(os.environ, ARCHIVE_DATABASE_URL=database_url)
    backend = database_url.split(":", 1)[0]
    return _measure(f"scrapy crawl news ({backend})", [sys.executable, "-m", "scrapy", "crawl", "news",
                                                        "-a", f"start_urls={base}", *settings], ROOT, env)


def crawl_minimal(base: str, scratch: Path) -> Run:
    settings = [arg for name, value in SETTINGS.items() for arg in ("-s", f"{name}={value}")]
    output = scratch / f"minimal-{uuid.uuid4().hex[:6]}.jsonl"
    # Run outside the project, so that none of its settings apply.
    return _measure("minimal Scrapy + trafilatura", [sys.executable, "-m", "scrapy", "runspider",
                    str(ROOT / "bench" / "minimal_spider.py"), "-a", f"start_url={base}", "-O", str(output),
                    *settings], scratch, dict(os.environ, PYTHONPATH=""))


def postgres_database() -> str:
    admin = subprocess.run([str(ROOT / "tools" / "test-postgres"), "start"], capture_output=True, text=True,
                           check=True).stdout.strip()
    from sqlalchemy import create_engine, text

    from archive.db import parse_database_url

    name = f"bench_crawl_{uuid.uuid4().hex[:8]}"
    engine = create_engine(parse_database_url(admin), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return parse_database_url(admin).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[2000])
    parser.add_argument("--postgres", action="store_true", help="also crawl into PostgreSQL (tools/test-postgres)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating pairs of crawls per size")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores")
    print("| pages | crawler | pages/s | ratio to minimal | CPU s | CPU/wall | peak RSS (MiB) | peak PSS (MiB) |")
    print("|---|---|---|---|---|---|---|---|")
    for size in args.pages:
        scratch = Path(tempfile.mkdtemp(prefix="crawl-bench-"))
        try:
            web = scratch / "web"
            expected = build_web(web, size)
            average = sum(p.stat().st_size for p in (web / "a").iterdir()) / size / 1024
            print(f"<!-- {size} articles, {expected} pages, article pages {average:.0f} KiB on average -->")
            with serve_sites({HOST: web}) as urls:
                base = urls[HOST]
                for _round in range(args.rounds):
                    runs = [crawl_minimal(base, scratch),
                            crawl_news(base, f"sqlite:///{scratch / f'archive-{uuid.uuid4().hex[:6]}.db'}")]
                    if args.postgres:
                        runs.append(crawl_news(base, postgres_database()))
                    minimal = runs[0]
                    for run in runs:
                        print(f"| {size} | {run.name} | {run.rate:.1f} | {run.rate / minimal.rate:.2f} | {run.cpu:.0f} "
                              f"| {run.cpu / run.wall:.2f} | {run.peak_rss / 2**20:.0f} | {run.peak_pss / 2**20:.0f} |", flush=True)
                        if run.pages < expected:
                            print(f"<!-- {run.name} fetched {run.pages} of {expected} pages -->")
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
