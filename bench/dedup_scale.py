"""Insert + dedup throughput, near-duplicate lookup latency, peak memory and clustering quality on a
synthetic archive with known copies. `python bench/dedup_scale.py 10000 100000` (SQLite, scratch file).

`--bulk` reaches each size faster: all but the last STRETCH articles are written with plain multi-row
inserts (articles, pages, and the fingerprints the same code computes; clusters from the known
stories), then the last STRETCH go through save_page and are measured: insert rate, lookup latency,
and how many of them landed in their own story's cluster.

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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text

from archive import Archive
from archive.clusters import story_clusters
from archive.models import Article, ArticleBand, ArticleParagraph, ArticleSignature, Page
from archive.store import register_source, save_page
from pipelines.fingerprint import fingerprint
from pipelines.hashing import content_hash
from pipelines.ingest import for_archive
from pipelines.record import ArticleFields, PageKind, PageRecord

HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
PARAGRAPHS, PARAGRAPH_CHARS = 8, 80
BATCH = 200
PROBES = 200
START = datetime(2026, 1, 1, tzinfo=UTC)


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
            start = time.perf_counter()
            story_clusters(session, "探针", False, fingerprint(body))
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def pair_precision_recall(truth: list[int], predicted: list[int]) -> tuple[float, float]:
    def pairs(counts) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())
    together = pairs(Counter(zip(truth, predicted, strict=True)))
    predicted_pairs, true_pairs = pairs(Counter(predicted)), pairs(Counter(truth))
    return together / predicted_pairs if predicted_pairs else 1.0, together / true_pairs if true_pairs else 1.0


STRETCH = 1000


def bulk_fill(archive: Archive, items: list[tuple[int, str, bool]], first_number: int,
              story_cluster: dict[int, int], article_of_hash: dict[str, int]) -> None:
    """Write items as the pipeline would have, without its per-article round trips."""
    with archive.engine.begin() as connection:
        next_id = (connection.execute(text("select coalesce(max(id), 0) from articles")).scalar() or 0) + 1
        articles, signatures, bands, paragraphs, pages = [], [], [], [], []
        for offset, (story, body, truncated) in enumerate(items):
            number = first_number + offset
            digest = content_hash(body)
            if digest not in article_of_hash:
                article_id = article_of_hash[digest] = next_id
                next_id += 1
                cluster = story_cluster.setdefault(story, article_id)
                found = fingerprint(body, truncated=truncated)
                when = START + timedelta(seconds=number)
                articles.append({"id": article_id, "content_hash": digest, "title": f"第{story}号新闻", "body": body,
                                 "is_truncated": truncated, "cluster_id": cluster, "is_canonical": cluster == article_id,
                                 "char_count": len(body), "first_seen_at": when, "last_seen_at": when})
                signatures.append({"article_id": article_id, "minhash": found.minhash})
                bands.extend({"article_id": article_id, "band": band, "key": key} for band, key in found.band_keys)
                paragraphs.extend({"article_id": article_id, "key": key} for key in found.paragraph_keys)
            pages.append({"url": f"http://site{number % 50}.example.cn/{number}.html", "source_id": 1 + number % 50,
                          "article_id": article_of_hash[digest], "fetched_at": START + timedelta(seconds=number),
                          "http_status": 200, "kind": "article", "spam_injected": False, "is_truncated": truncated,
                          "extraction_version": "bench", "headers": {}})
        for table, rows in ((Article.__table__, articles), (ArticleSignature.__table__, signatures),
                            (ArticleBand.__table__, bands), (ArticleParagraph.__table__, paragraphs), (Page.__table__, pages)):
            for chunk in range(0, len(rows), 20_000):
                connection.execute(table.insert(), rows[chunk:chunk + 20_000])


def run_bulk(sizes: list[int]) -> None:
    rng = random.Random(20261122)
    scratch = Path(tempfile.mkdtemp(prefix="dedup-bench-"))
    archive = Archive.open(f"sqlite:///{scratch / 'archive.db'}")
    with archive.session() as session:
        for n in range(50):
            register_source(session, f"site{n}.example.cn", f"site{n}", None, START)
    generator = corpus(max(sizes), rng)
    story_cluster: dict[int, int] = {}
    article_of_hash: dict[str, int] = {}
    bodies: list[str] = []
    print("| articles | insert+dedup articles/s (last 1,000) | lookup median ms | peak RSS MiB | last 1,000 in their story's cluster |")
    print("|---|---|---|---|---|")
    stored = 0
    for size in sorted(sizes):
        fill = [next(generator) for _ in range(size - STRETCH - stored)]
        for chunk in range(0, len(fill), 50_000):
            bulk_fill(archive, fill[chunk:chunk + 50_000], stored + chunk, story_cluster, article_of_hash)
        bodies.extend(body for _story, body, _truncated in fill[-PROBES * 5:])
        stored += len(fill)
        stretch = [next(generator) for _ in range(STRETCH)]
        start = time.perf_counter()
        for chunk in range(0, STRETCH, BATCH):
            with archive.session() as session:
                for offset, (story, body, truncated) in enumerate(stretch[chunk:chunk + BATCH]):
                    save_page(session, for_archive(record(stored + chunk + offset, story, body, truncated), None, {}), None)
        rate = STRETCH / (time.perf_counter() - start)
        hashes = [content_hash(body) for _story, body, _truncated in stretch]
        with archive.session() as session:
            rows = session.execute(select(Article.content_hash, Article.id, Article.cluster_id)
                                   .where(Article.content_hash.in_(hashes))).all()
        article_of_hash.update((digest, article_id) for digest, article_id, _cluster in rows)
        clusters = {digest: cluster for digest, _article_id, cluster in rows}
        right = 0
        for story, body, _truncated in stretch:
            expected = story_cluster.setdefault(story, clusters[content_hash(body)])
            right += clusters[content_hash(body)] == expected
        stored += STRETCH
        probes = [body.replace(body[5:15], paragraph(rng)[:10]) for body in rng.sample(bodies, PROBES)]
        latency = lookup_latency_ms(archive, probes)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"| {size:,} | {rate:,.0f} | {latency:.2f} | {peak:,.0f} | {right / STRETCH:.1%} |", flush=True)
    archive.close()


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
                    save_page(session, for_archive(record(stored, story, body, truncated), None, {}), None)
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
    arguments = sys.argv[1:]
    bulk = "--bulk" in arguments
    sizes = [int(a) for a in arguments if a != "--bulk"] or [10_000]
    (run_bulk if bulk else run)(sizes)
