"""The archive's example queries, kept in example_queries.sql: each is a comment line saying what
it answers, then SQL that runs unchanged on SQLite and PostgreSQL; blank lines separate them.
`make schema-doc` writes them into docs/schema.md and `archive browse` offers them as Datasette's
canned queries."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).with_name("example_queries.sql")
# Words of the question that name a canned query in a URL: enough to tell the queries apart.
NAME_WORDS = 6


@dataclass(frozen=True)
class ExampleQuery:
    question: str
    sql: str  # with its question as the first line's comment

    @property
    def name(self) -> str:
        return "-".join(re.findall(r"[a-z0-9]+", self.question.lower())[:NAME_WORDS])


def example_queries() -> list[ExampleQuery]:
    blocks = SOURCE.read_text(encoding="utf-8").strip().split("\n\n")
    return [ExampleQuery(block.partition("\n")[0].removeprefix("-- "), block + "\n") for block in blocks]
