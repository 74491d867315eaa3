"""Story clusters: which articles are copies of one story, and which copy is canonical.

An article joins the cluster of any earlier article whose body is near-identical (MinHash Jaccard
estimate at or above SAME_STORY_JACCARD, or SAME_HEADLINE_JACCARD under the same headline: copies
keep the headline through edits, while notices written from one template differ in it), or, when
one of the two is a truncated copy, whose paragraphs include the truncated one's (at least
TRUNCATED_CONTAINMENT of them: Jaccard of a 30% prefix with the whole is low). Candidates come from
the persisted LSH band keys and paragraph keys, through their indexes, so a lookup costs the same
however large the archive is and sees what other processes and earlier runs stored.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from archive.authority import most_authoritative, page_authority
from archive.models import Article, ArticleBand, ArticleParagraph, ArticleSignature, Page, Source
from pipelines.fingerprint import jaccard
from pipelines.hashing import normalized_for_hash
from pipelines.record import Fingerprint

SAME_STORY_JACCARD = 0.9
SAME_HEADLINE_JACCARD = 0.6
# A text whose long paragraphs are nearly all in another text is a copy of it: an excerpt, a copy
# with a paragraph added or dropped. Notices of one template share their template paragraphs, but
# each has its own particulars: a third to a half of its paragraphs.
CONTAINMENT = 0.9
# A truncated copy's complete paragraphs (its cut last one excluded) are compared with a little more
# slack: a paywalled copy was often edited too.
TRUNCATED_CONTAINMENT = 0.8
# A text with fewer long paragraphs than this, and not truncated, is never contained: one shared
# paragraph is a quotation, not a copy.
MIN_CONTAINED_PARAGRAPHS = 2


def most_authoritative_page(session: Session, article_id: int) -> tuple[Page, Source]:
    """The page carrying the article from the most authoritative source; the earliest fetched of equals."""
    pages = session.execute(select(Page, Source).join(Source).where(Page.article_id == article_id)
                            .order_by(Page.fetched_at, Page.id)).all()
    return most_authoritative(pages)


def store_fingerprint(session: Session, article: Article, found: Fingerprint) -> None:
    # Plain multi-row inserts: forty ORM objects an article made the unit of work the bottleneck.
    session.execute(insert(ArticleSignature), [{"article_id": article.id, "minhash": found.minhash}])
    session.execute(insert(ArticleBand), [{"article_id": article.id, "band": band, "key": key}
                                          for band, key in found.band_keys])
    if found.paragraph_keys:
        session.execute(insert(ArticleParagraph), [{"article_id": article.id, "key": key} for key in found.paragraph_keys])


@dataclass(frozen=True)
class Candidate:
    article_id: int
    cluster_id: int
    title: str | None
    is_truncated: bool
    minhash: bytes


def _candidates(session: Session, found: Fingerprint) -> list[Candidate]:
    # Keys are 64-bit hashes: looked up by key alone (the index), the band checked here.
    wanted = set(found.band_keys)
    hits = session.execute(select(ArticleBand.article_id, ArticleBand.band, ArticleBand.key)
                           .where(ArticleBand.key.in_([key for _band, key in found.band_keys])))
    ids = {hit.article_id for hit in hits if (hit.band, hit.key) in wanted}
    if found.paragraph_keys:
        ids.update(session.scalars(select(ArticleParagraph.article_id).where(ArticleParagraph.key.in_(found.paragraph_keys))))
    if not ids:
        return []
    rows = session.execute(
        select(Article.id, Article.cluster_id, Article.title, Article.is_truncated, ArticleSignature.minhash)
        .join(ArticleSignature, ArticleSignature.article_id == Article.id)
        .where(Article.id.in_(ids))
    )
    return [Candidate(*row) for row in rows]  # type: ignore[arg-type]  # a row is the fields in order


def _same_headline(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return normalized_for_hash(a) == normalized_for_hash(b)


def _contained(part_keys: Sequence[int], truncated: bool, whole_keys: Collection[int]) -> bool:
    """Whether a text's long paragraphs (a truncated text's complete ones) are mostly in another's."""
    if not part_keys or (len(part_keys) < MIN_CONTAINED_PARAGRAPHS and not truncated):
        return False
    share = sum(key in whole_keys for key in part_keys) / len(part_keys)
    return share >= (TRUNCATED_CONTAINMENT if truncated else CONTAINMENT)


def same_story(session: Session, title: str | None, is_truncated: bool, found: Fingerprint, candidate: Candidate) -> bool:
    """Whether a new text (its headline, truncation and fingerprint) is a copy of a stored article's story."""
    similarity = jaccard(found.minhash, candidate.minhash)
    if similarity >= SAME_STORY_JACCARD:
        return True
    if similarity >= SAME_HEADLINE_JACCARD and _same_headline(title, candidate.title):
        return True
    stored_keys = session.scalars(select(ArticleParagraph.key)
                                  .where(ArticleParagraph.article_id == candidate.article_id)).all()
    # Either text inside the other; two truncated texts are compared by their similarity alone.
    if not candidate.is_truncated and _contained(found.paragraph_keys, is_truncated, set(stored_keys)):
        return True
    return not is_truncated and _contained(stored_keys, candidate.is_truncated, set(found.paragraph_keys))


def story_clusters(session: Session, title: str | None, is_truncated: bool, found: Fingerprint) -> set[int]:
    """The clusters of the stored articles a new text is a copy of, found before the text is stored
    so that its article is inserted with its story already set."""
    return {c.cluster_id for c in _candidates(session, found) if same_story(session, title, is_truncated, found, c)}


def join_story(session: Session, article: Article, found: Fingerprint, clusters: set[int]) -> None:
    """Store a new article's fingerprint; when it copies stored stories, merge the clusters it bridges
    into its own (the smallest id) and let the story choose its canonical copy again."""
    store_fingerprint(session, article, found)
    if not clusters:
        return
    if len(clusters) > 1:
        session.execute(update(Article).where(Article.cluster_id.in_(clusters - {article.cluster_id}))
                        .values(cluster_id=article.cluster_id))
    session.flush()
    refresh_canonical(session, article.cluster_id)


def _article_rank(session: Session, article: Article) -> tuple[int, bool, datetime, int]:
    authority = page_authority(*most_authoritative_page(session, article.id))
    published = article.published_at or article.first_seen_at
    # Highest authority, then full before truncated, then earliest.
    return (-authority, article.is_truncated, published, article.id)


def refresh_canonical(session: Session, cluster_id: int | None) -> None:
    if cluster_id is None:
        return  # an article not yet in a story
    members = session.scalars(select(Article).where(Article.cluster_id == cluster_id)).all()
    best = min(members, key=lambda member: _article_rank(session, member))
    for member in members:
        member.is_canonical = member.id == best.id

