"""What the spider hands to the pipelines: one fetched URL and what came back."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class FetchedPage:
    url: str
    fetched_at: datetime
    status: int | None  # None: no response at all (see `failure`)
    headers: dict[str, list[str]] = field(default_factory=dict)
    body: bytes = field(default=b"", repr=False)
    failure: str | None = None
