"""How authoritative the copy a page carries is, by its source: the canonical copy of a story and
the title an article takes come from the most authoritative page. Works on ORM objects and on Core
rows alike (anything with the columns as attributes)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, TypeVar

# Authority of the copy a page carries: government > newspaper / news client > portal or
# aggregator > unknown > spam-injected.
KIND_AUTHORITY = {"government": 4, "newspaper": 3, "news_client": 3, "portal": 2, "aggregator": 2}
UNKNOWN_AUTHORITY = 1
SPAM_AUTHORITY = 0
GOVERNMENT_DOMAIN_SUFFIXES = (".gov.cn",)


class PageLike(Protocol):
    spam_injected: bool


class SourceLike(Protocol):
    kind: str | None
    domain: str


def page_authority(page: PageLike, source: SourceLike) -> int:
    if page.spam_injected:
        return SPAM_AUTHORITY
    if source.kind in KIND_AUTHORITY:
        return KIND_AUTHORITY[source.kind]
    if source.domain.endswith(GOVERNMENT_DOMAIN_SUFFIXES):
        return KIND_AUTHORITY["government"]
    return UNKNOWN_AUTHORITY


Carrier = TypeVar("Carrier", bound=tuple[Any, ...])


def most_authoritative(carriers: Iterable[Carrier]) -> Carrier:
    """Of (page, source) pairs in the order their pages were fetched, the most authoritative; the
    earliest fetched of equals."""
    return max(carriers, key=lambda pair: page_authority(pair[0], pair[1]))

