"""Copies of one story collapse into one cluster with the government copy canonical; series
siblings and look-alike notices stay apart (tests/fixtures/stories, expected.json beside them)."""
from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlsplit

import pytest
from sqlalchemy import text

from archive import Archive
from tests.conftest import STORIES_EXPECTED as EXPECTED
from tests.conftest import store_stories
from tests.inprocess import archive_in_process


@pytest.mark.parametrize("order", ["as listed", "reversed"])
def test_stories_collapse_and_stay_apart(database_url: str, order: str) -> None:
    names = list(EXPECTED["urls"])
    articles = store_stories(database_url, names if order == "as listed" else names[::-1])

    partition = {frozenset(n for n in names if articles[n].cluster_id == articles[first].cluster_id)
                 for first in names}
    assert partition == {frozenset(story) for story in EXPECTED["stories"]}
    for name, canonical in EXPECTED["canonical"].items():
        assert articles[name].is_canonical is canonical, name
    for name, published in EXPECTED["published_at"].items():
        assert articles[name].published_at == datetime.fromisoformat(published)
    # One canonical article per cluster.
    clusters = {a.cluster_id for a in articles.values()}
    assert sum(1 for a in {a.id: a for a in articles.values()}.values() if a.is_canonical) == len(clusters)


def test_the_most_authoritative_page_names_the_article_whatever_the_order(sqlite_url: str) -> None:
    articles = store_stories(sqlite_url, ["conference_casino", "conference_portal", "conference_gov"])
    # The casino and portal copies carry one text; it takes the portal page's fields, not the spam page's
    # (the casino page states its origin only in a 来源/ line, the portal in its info line).
    shared = articles["conference_casino"]
    assert shared.id == articles["conference_portal"].id
    assert urlsplit(EXPECTED["urls"]["conference_portal"]).hostname in EXPECTED["kinds"]
    assert shared.title == "广东省生态环境保护工作会议召开"
    assert shared.origin == "广东省生态环境厅"
    # The reposts show later dates than the original; the story keeps the original's.
    assert articles["conference_gov"].published_at == datetime.fromisoformat("2023-02-22T09:30:00+08:00")
    # The casino page shows only the day, the portal page a time that day: the time wins.
    assert shared.published_at == datetime.fromisoformat("2023-02-23T08:15:02+08:00")
    assert (shared.published_precision, shared.published_day) == ("second", date(2023, 2, 23))


def test_story_copies_view_and_cluster_command(database_url: str) -> None:
    articles = store_stories(database_url, ["conference_portal", "conference_gov", "conference_paywalled", "notice_soil"])
    cluster = articles["conference_gov"].cluster_id
    archive = Archive.open(database_url, migrate=False)
    with archive.engine.connect() as connection:
        rows = connection.execute(text(
            "select url, is_canonical, source_kind, article_is_truncated from story_copies where cluster_id = :c order by url"
        ), {"c": cluster}).all()
    archive.close()
    assert [(r.url, bool(r.is_canonical), r.source_kind, bool(r.article_is_truncated)) for r in rows] == sorted([
        (EXPECTED["urls"]["conference_gov"], True, "government", False),
        (EXPECTED["urls"]["conference_paywalled"], False, None, True),
        (EXPECTED["urls"]["conference_portal"], False, "portal", False),
    ])
    shown = archive_in_process(database_url, "cluster", str(cluster))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(f"cluster {cluster}: 3 article(s), 3 page(s)")
    assert "(canonical)" in shown.stdout.split("\n\n")[1] and EXPECTED["urls"]["conference_gov"] in shown.stdout.split("\n\n")[1]
    assert "(truncated)" in shown.stdout
