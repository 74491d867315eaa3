"""The processing pool: pages are processed in worker processes; a page over its time budget or
whose worker is killed is recorded with its reason, and the pool carries on with a new worker."""
from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from crawler.processing import PREPARE, PROCESS
from crawler.workers import WorkerPool
from pipelines.record import Fetched, PageKind, ProcessedPage, unprocessable
from tests.conftest import WEB
from tests.pathological import huge_article_page

ARTICLE = WEB / "gov" / "gzdt" / "content" / "post_1002.html"
HTML = {"Content-Type": ["text/html; charset=utf-8"]}


def fetched(url: str, body: bytes) -> Fetched:
    return Fetched(url=url, status=200, headers=HTML, body=body, fetched_at=datetime.now(UTC))


def article() -> Fetched:
    return fetched("http://127.0.0.20/gzdt/content/post_1002.html", ARTICLE.read_bytes())


@pytest.fixture
def pool(request: pytest.FixtureRequest) -> Iterator[WorkerPool[Fetched, ProcessedPage]]:
    workers, timeout = request.param
    started = WorkerPool(PROCESS, unprocessable, workers=workers, timeout=timeout, prepare=PREPARE)
    yield started
    started.close()


@pytest.mark.parametrize("pool", [(2, 60)], indirect=True)
def test_pages_are_processed_in_worker_processes(pool: WorkerPool) -> None:
    results = [pool.submit(article()).result(timeout=120) for _ in range(4)]
    assert {result.record.kind for result in results} == {PageKind.ARTICLE}
    pids = {result.worker_pid for result in results}
    assert os.getpid() not in pids and pids <= set(pool.pids)
    # The archive's share of the work is done there too: fingerprint, packed raw body, links.
    first = results[0]
    assert first.fingerprint is not None and first.raw is not None and first.raw.size == len(ARTICLE.read_bytes())
    assert first.links


# Far above an ordinary article's processing on a loaded machine, far below the slow page's (15 s).
TIME_BUDGET = 5.0


@pytest.mark.long_running
@pytest.mark.parametrize("pool", [(1, TIME_BUDGET)], indirect=True)
def test_a_page_over_its_time_budget_is_recorded_and_its_worker_replaced(pool: WorkerPool) -> None:
    pool.submit(article()).result(timeout=120)  # the worker is up; its start is not charged to a page
    first_worker = pool.pids
    slow = fetched("http://127.0.0.20/huge-index.html", huge_article_page(40_000))
    result = pool.submit(slow).result(timeout=120)
    assert result.record.kind == PageKind.UNPROCESSABLE
    assert result.record.error == f"timeout: processing took longer than {TIME_BUDGET:g} s"
    assert result.raw is not None and result.raw.size == len(slow.body)  # kept for re-processing
    after = pool.submit(article()).result(timeout=120)
    assert after.record.kind == PageKind.ARTICLE
    assert pool.pids != first_worker and pool.replaced == 1


@pytest.mark.parametrize("pool", [(1, 120)], indirect=True)
def test_a_killed_worker_costs_only_its_page(pool: WorkerPool) -> None:
    pool.submit(article()).result(timeout=120)
    (worker,) = pool.pids
    slow = pool.submit(fetched("http://127.0.0.20/huge-index.html", huge_article_page(40_000)))
    queued = pool.submit(article())
    time.sleep(1.0)  # the worker is busy with the slow page
    os.kill(worker, signal.SIGKILL)
    lost = slow.result(timeout=120)
    assert lost.record.kind == PageKind.UNPROCESSABLE
    assert lost.record.error == "worker died: killed by signal SIGKILL"
    assert queued.result(timeout=120).record.kind == PageKind.ARTICLE
    assert pool.pids and pool.pids != [worker]


@pytest.mark.parametrize("pool", [(1, 120)], indirect=True)
def test_a_worker_that_died_idle_costs_no_page(pool: WorkerPool) -> None:
    pool.submit(article()).result(timeout=120)
    (worker,) = pool.pids
    os.kill(worker, signal.SIGKILL)
    time.sleep(0.5)  # dead before the next page is handed over
    after = pool.submit(article()).result(timeout=120)
    assert after.record.kind == PageKind.ARTICLE
    assert after.worker_pid != worker and pool.replaced == 1
