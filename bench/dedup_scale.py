"""Insert + dedup throughput, near-duplicate lookup latency, peak memory and clustering quality on a
synthetic archive with known copies. `python bench/dedup_scale.py 10000 100000` (SQLite, scratch file).

Stories are random Han text under a headline, eight paragraphs each; one in ten shares an intro
paragraph with a series sibling. Of the articles stored, 70% are originals, 15% edited copies (one paragraph
rewritten), 10% truncated copies (the first 30%, marked truncated), 5% exact copies. Articles go in
through archive.store.save_page, 200 to a transaction, as the crawl pipeline stores them.
"""
from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from archive import Archive
from archive.clusters import _candidates, same_story
from archive.models import Article
from archive.store import save_page
from pipelines.fingerprint import fingerprint
from pipelines.hashing import content_hash
from pipelines.record import ArticleFields, PageKind, PageRecord

HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
PARAGRAPHS, PARAGRAPH_CHARS = 8, 80
BATCH = 200
PROBES = 200
START = datetime(2026, 1, 1, tzinfo=timezone.utc)


def paragraph(rng: random.Random) -> str:
    return "".join(rng.choices(HAN, k=PARAGRAPH_CHARS)) + "。"


def corpus(size: int, rng: random.Random):
    """Yields (story id, body, truncated)."""
    stories: list[list[str]] = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.70 or not stories:
            paragraphs = [paragraph(rng) for _ in range(PARAGRAPHS)]
            if stories and rng.random() < 0.1:
                paragraphs[0] = stories[-1][0]  # a series sibling: same intro, different story
            stories.append(paragraphs)
            yield len(stories) - 1, "\n".join(paragraphs), False
            continue
        story = rng.randrange(len(stories))
        paragraphs = list(stories[story])
        if roll < 0.85:
            paragraphs[rng.randrange(1, PARAGRAPHS)] = paragraph(rng)
            yield story, "\n".join(paragraphs), False
        elif roll < 0.95:
            text = "\n".join(paragraphs)
            yield story, text[: int(len(text) * 0.3)], True
        else:
            yield story, "\n".join(paragraphs), False


def record(number: int, story: int, body: str, truncated: bool) -> PageRecord:
    fetched = START + timedelta(seconds=number)
    # Copies keep their story's headline, as copies on the web do.
    article = ArticleFields(title=f"第{story}号新闻", body=body, content_hash=content_hash(body), published_at=None,
                            origin=None, author=None, is_truncated=truncated)
    return PageRecord(url=f"http://site{number % 50}.example.cn/{number}.html", fetched_at=fetched, http_status=200,
                      kind=PageKind.ARTICLE, extraction_version="bench", article=article)


def lookup_latency_ms(archive: Archive, probes: list[str]) -> float:
    """Median time to find and verify the near-duplicates of a new text (nothing is stored)."""
    times = []
    with archive.sessions() as session:
        for body in probes:
            article = Article(id=-1, title="探针", body=body, is_truncated=False)
            start = time.perf_counter()
            found = fingerprint(body)
            [c for c in _candidates(session, -1, found) if same_story(session, article, found, c)]
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def pair_precision_recall(truth: list[int], predicted: list[int]) -> tuple[float, float]:
    def pairs(counts) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())
    together = pairs(Counter(zip(truth, predicted)))
    predicted_pairs, true_pairs = pairs(Counter(predicted)), pairs(Counter(truth))
    return together / predicted_pairs if predicted_pairs else 1.0, together / true_pairs if true_pairs else 1.0


def run(sizes: list[int]) -> None:
    rng = random.Random(20261122)
    scratch = Path(tempfile.mkdtemp(prefix="dedup-bench-"))
    archive = Archive.open(f"sqlite:///{scratch / 'archive.db'}")
    truth: list[int] = []
    bodies: list[str] = []
    generator = corpus(max(sizes), rng)
    print("| articles | insert+dedup articles/s (last stretch) | lookup median ms | peak RSS MiB | cluster precision | cluster recall |")
    print("|---|---|---|---|---|---|")
    stored = 0
    for size in sorted(sizes):
        start = time.perf_counter()
        stretch = size - stored
        while stored < size:
            with archive.session() as session:
                for _ in range(min(BATCH, size - stored)):
                    story, body, truncated = next(generator)
                    save_page(session, record(stored, story, body, truncated), None, None)
                    truth.append(story)
                    bodies.append(body)
                    stored += 1
        rate = stretch / (time.perf_counter() - start)
        probes = [body.replace(body[5:15], paragraph(rng)[:10]) for body in rng.sample(bodies, PROBES)]
        latency = lookup_latency_ms(archive, probes)
        with archive.session() as session:
            by_url = dict(session.execute(select(Article.content_hash, Article.cluster_id)).all())
        predicted = [by_url[content_hash(body)] for body in bodies]
        precision, recall = pair_precision_recall(truth, predicted)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"| {size:,} | {rate:,.0f} | {latency:.2f} | {peak:,.0f} | {precision:.4f} | {recall:.4f} |", flush=True)
    archive.close()


if __name__ == "__main__":
    run([int(a) for a in sys.argv[1:]] or [10_000])
