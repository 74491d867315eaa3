"""Two real processes storing the same article at the same moment end with one article row and
both pages linked to it (the unique-constraint race), on SQLite and on PostgreSQL."""
from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime

from sqlalchemy import func, select

from archive import Archive
from archive.models import Article, Page
from archive.store import save_page
from pipelines.ingest import process_for_archive
from tests.conftest import WEB

ROUNDS = 6
ARTICLE = WEB / "gov" / "gzdt" / "content" / "post_1002.html"
HTML = {"Content-Type": ["text/html"]}


def store_copies(database_url: str, worker: int, barrier) -> None:
    archive = Archive.open(database_url)
    body = ARTICLE.read_bytes()
    for round_number in range(ROUNDS):
        # Each round a different text, so each round races to insert a new article.
        variant = body.replace("深入打好污染防治攻坚战".encode(), f"第{round_number}轮深入打好污染防治攻坚战".encode(), 1)
        processed = process_for_archive(f"http://copy{worker}.example.cn/{round_number}.html", variant, HTML, datetime.now(UTC))
        barrier.wait(timeout=60)
        with archive.session() as session:
            save_page(session, processed, None)
    archive.close()


def test_two_processes_store_the_same_articles_at_once(database_url: str) -> None:
    Archive.open(database_url).close()  # migrated before the race: the race is about rows, not schema
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [context.Process(target=store_copies, args=(database_url, worker, barrier)) for worker in (1, 2)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=120)
    assert [process.exitcode for process in workers] == [0, 0]

    archive = Archive.open(database_url, migrate=False)
    with archive.session() as session:
        assert session.scalar(select(func.count(Article.id))) == ROUNDS
        assert session.scalar(select(func.count(Page.id))) == 2 * ROUNDS
        linked = session.execute(select(Page.url, Page.article_id)).all()
        by_round = {}
        for url, article_id in linked:
            by_round.setdefault(url.rsplit("/", 1)[1], set()).add(article_id)
        assert all(len(ids) == 1 and None not in ids for ids in by_round.values())
        # The rounds' texts differ by one phrase: near-duplicates, found across the two processes.
        assert session.scalar(select(func.count(func.distinct(Article.cluster_id)))) == 1
    archive.close()
