"""The terms of the Chinese search index, and search queries turned into index queries.

Chinese is written without spaces, so the index does what Lucene's CJKAnalyzer and Elasticsearch's
`cjk` analyzer do: each run of Han characters becomes its overlapping bigrams (环境保护 → 环境 境保
保护), and the run's last character is kept alone as well, so that a one-character term is a
prefix query (霾* finds 雾霾 and 霾情) and the tokens of the next run follow without a gap (a
run of n characters gives n tokens). Any other run of letters or digits is one word. Text is folded
first as the content hash folds it (width, case, Traditional/Simplified/variant characters), so
環境 finds 环境 and PM2.5 finds pm2.5.

A query is terms separated by spaces, all required; a term in double quotes is a phrase (spaces
between Han characters inside it are ignored: Chinese text has none); a term preceded by `-` is
excluded. Anything else is searched for as text: FTS5 and tsquery operators in a query are
punctuation, which the index does not hold.

One definition for both databases: on SQLite the `article_terms` FTS5 table is filled by triggers
that call `index_terms` (registered on every connection the archive opens); on PostgreSQL the
archive writes `article_terms.terms` from the same function (`archive.store`), as a tsvector whose
positions serve phrase queries.

Changing what index_terms produces changes the index's meaning: it needs a migration that drops and
recreates `article_terms` (SQLite's contentless table forgets a row only given the very terms it was
indexed with; different ones would corrupt it). SQLite's migration refills it in SQL, through
`archive_index_terms`; on PostgreSQL the archive refills it after the migrations
(`archive.store.index_unindexed_articles`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.hashing import folded

# CJK Unified Ideographs, Extension A, and the supplementary-plane extensions; compatibility
# ideographs are folded into these by NFKC.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
_RUN = re.compile(rf"(?P<han>[{_HAN}]+)|(?P<word>[^\W_{_HAN}]+)")
_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{_HAN}])\s+(?=[{_HAN}])")
_QUERY_PART = re.compile(r'(?P<exclude>-?)(?:"(?P<phrase>[^"]*)"?|(?P<term>[^\s"]+))')

# Longer runs of letters and digits are not words anyone searches for (base64, hashes, mangled
# markup) and PostgreSQL refuses a lexeme over 2,047 bytes: they are left out of the index.
LONGEST_WORD = 64
# Text past this many characters of an article is not indexed. PostgreSQL keeps a tsvector under
# 1 MB and positions under 16,384; bodies this long are rare (the longest article of the fixtures
# and the demo is under 20,000 characters), and their beginning is what a search finds them by.
INDEXED_CHARACTERS = 100_000


class QueryError(ValueError):
    """A query with nothing to search for."""


def _tokens(text: str, *, last_run_open: bool) -> tuple[list[str], bool]:
    """The tokens of text, and whether the last one is a prefix. With last_run_open, the text may
    continue past its last Han run (a query term): that run gives only its bigrams, or, alone, a
    prefix."""
    runs = list(_RUN.finditer(folded(text)))
    tokens: list[str] = []
    for number, run in enumerate(runs):
        if run.group("word"):
            if len(run.group("word")) <= LONGEST_WORD:
                tokens.append(run.group("word"))
            continue
        han = run.group("han")
        tokens.extend(han[i:i + 2] for i in range(len(han) - 1))
        if not (last_run_open and number == len(runs) - 1 and len(han) > 1):
            tokens.append(han[-1])
    prefix = bool(last_run_open and runs and runs[-1].group("han") and len(runs[-1].group("han")) == 1)
    return tokens, prefix


def index_terms(title: str | None, body: str | None) -> str:
    """What the index holds for an article: its title's and body's tokens, separated by spaces."""
    text = f"{title or ''}\n{body or ''}"[:INDEXED_CHARACTERS]
    return " ".join(_tokens(text, last_run_open=False)[0])


def tsvector_literal(terms: str) -> str:
    """The index terms as a PostgreSQL tsvector literal with positions (1-based), for phrase
    queries: built here rather than by to_tsvector, whose parser splits Han text by locale."""
    positions: dict[str, list[str]] = {}
    for position, token in enumerate(terms.split(), 1):
        positions.setdefault(token, []).append(str(position))
    return " ".join(f"'{token}':{','.join(at)}" for token, at in positions.items())


@dataclass(frozen=True)
class Phrase:
    text: str  # as the user typed it, for highlighting
    tokens: tuple[str, ...]
    prefix: bool  # the last token is a prefix (a one-character Han term)


@dataclass(frozen=True)
class Query:
    required: tuple[Phrase, ...]
    excluded: tuple[Phrase, ...]

    def fts5(self) -> str:
        """The query in FTS5's syntax; tokens hold only letters and digits, so quoting is plain."""
        def phrase(part: Phrase) -> str:
            return '"' + " ".join(part.tokens) + '"' + (" *" if part.prefix else "")

        expression = "(" + " AND ".join(phrase(part) for part in self.required) + ")"
        return expression + "".join(f" NOT {phrase(part)}" for part in self.excluded)

    def tsquery(self) -> str:
        """The query as a tsquery literal: a phrase's tokens follow each other (<->)."""
        def phrase(part: Phrase) -> str:
            words = [f"'{token}'" for token in part.tokens]
            if part.prefix:
                words[-1] += ":*"
            return "(" + " <-> ".join(words) + ")"

        return " & ".join([phrase(part) for part in self.required] + [f"!{phrase(part)}" for part in self.excluded])


def parse_query(query: str) -> Query:
    required: list[Phrase] = []
    excluded: list[Phrase] = []
    for part in _QUERY_PART.finditer(query):
        text = part.group("term") if part.group("term") is not None else _SPACE_BETWEEN_HAN.sub("", part.group("phrase"))
        tokens, prefix = _tokens(text, last_run_open=True)
        if tokens:
            (excluded if part.group("exclude") else required).append(Phrase(text.strip(), tuple(tokens), prefix))
    if not required:
        raise QueryError(f"nothing to search for in {query!r}: give a word (a term preceded by - only excludes)"
                         if excluded else f"nothing to search for in {query!r}: it has no letters, digits or characters")
    return Query(tuple(required), tuple(excluded))


def fold_in_place(text: str) -> str:
    """text folded so that positions in the result are positions in text: folded whole when that
    keeps its length (almost always), else character by character, each to one character (where
    folding makes one into several, it stays as it is)."""
    whole = folded(text)
    if len(whole) == len(text):
        return whole
    return "".join(f if len(f := folded(c)) == 1 else c for c in text)
