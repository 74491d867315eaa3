"""Near-duplicate fingerprints of cleaned article bodies: MinHash over character shingles, LSH band
keys, and paragraph fingerprints. Pure: the archive stores them and looks candidates up by them.

Why MinHash with banding: copies of one story differ by a paragraph, an edited sentence or leftover
boilerplate, which leaves Jaccard similarity of character 5-shingles high (0.8–1.0) while different
stories on one site sharing an intro and a template stay low (docs/deduplication.md has the
measurements). Band keys are exact-match lookups an index answers in constant time however large
the archive grows. A copy cut off by a paywall has low Jaccard with the whole text, so truncated
copies are matched by the share of their paragraphs the whole text has, found by paragraph keys.
"""
from __future__ import annotations

import hashlib

from pipelines.hashing import normalized_body
from pipelines.record import Fingerprint

SHINGLE_CHARS = 5
NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs above Jaccard ~0.42 become candidates
ROWS_PER_BAND = NUM_PERM // BANDS
# Paragraphs shorter than this (after normalization) are too generic to find candidates by.
MIN_PARAGRAPH_CHARS = 20
SEED = 1
HASH_VALUE_BYTES = 4  # MinHash values are stored as little-endian uint32


def _key(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)


def shingles(normalized: str) -> set[bytes]:
    if len(normalized) < SHINGLE_CHARS:
        return {normalized.encode("utf-8")} if normalized else set()
    return {normalized[i:i + SHINGLE_CHARS].encode("utf-8") for i in range(len(normalized) - SHINGLE_CHARS + 1)}


def fingerprint(body: str, *, truncated: bool = False) -> Fingerprint:
    """A truncated body's last paragraph is cut mid-sentence, so it gets no paragraph key."""
    from datasketch import MinHash  # with scipy, half a second to import: only where pages are processed

    grams = shingles(normalized_body(body))
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(list(grams))
    values = minhash.hashvalues.astype("<u4")
    bands = tuple((band, _key(values[band * ROWS_PER_BAND:(band + 1) * ROWS_PER_BAND].tobytes()))
                  for band in range(BANDS))
    lines = body.split("\n")
    paragraphs = {normalized_body(line) for line in (lines[:-1] if truncated else lines)}
    paragraph_keys = tuple(sorted(_key(p.encode("utf-8")) for p in paragraphs if len(p) >= MIN_PARAGRAPH_CHARS))
    return Fingerprint(values.tobytes(), bands, paragraph_keys)


def jaccard(minhash_a: bytes, minhash_b: bytes) -> float:
    """Estimated Jaccard similarity of two bodies' shingle sets: the share of hash values equal
    position by position. Compared as bytes: the archive's writer and the CLI need no numpy."""
    positions = range(0, len(minhash_a), HASH_VALUE_BYTES)
    same = sum(minhash_a[i:i + HASH_VALUE_BYTES] == minhash_b[i:i + HASH_VALUE_BYTES] for i in positions)
    return same / len(positions)

