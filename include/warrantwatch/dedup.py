"""Near-duplicate bodies: one wire story republished by many sites is one story.

Two tools, for two jobs:
- ``group_near_duplicates``: within one window, word 5-shingles → MinHash LSH (``datasketch``)
  proposes candidate pairs, and the exact shingle sets confirm them (Jaccard ≥ 0.5, or one body
  ≥ 80 % contained in the other, as when a site trims the wire story's last paragraphs).
- ``fingerprint``: a 64-bit SimHash of the body, stored on each article, so later stages can tell
  copies apart across windows with ``hamming``; copies differ in a few bits, unrelated texts in ~32.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.3  # candidate recall; confirmation below decides
MIN_JACCARD = 0.5
MIN_CONTAINMENT = 0.8
MIN_SHINGLES = 15  # bodies shorter than this are too short to call copies
NEAR_DUPLICATE_BITS = 10  # SimHash Hamming distance at or below which two bodies are copies

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _hash64(features: Iterable[str]) -> np.ndarray:
    values = [int.from_bytes(hashlib.blake2b(f.encode("utf-8"), digest_size=8).digest(), "big") for f in features]
    return np.array(values, dtype=np.uint64)


def fingerprint(text: str) -> str:
    """64-bit SimHash over word 3-shingles, as 16 lower-case hex digits (stable across runs)."""
    tokens = words(text)
    features = [" ".join(tokens[i : i + 3]) for i in range(max(len(tokens) - 2, 1))] if tokens else [""]
    hashes = _hash64(features)
    # bits[i, j] = bit j (most significant first) of feature i
    bits = np.unpackbits(hashes.astype(">u8").view(np.uint8).reshape(-1, 8), axis=1)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - len(features)
    packed = np.packbits((votes > 0).astype(np.uint8))
    return packed.tobytes().hex()


def hamming(a: str, b: str) -> int:
    """Bits that differ between two fingerprints."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


@dataclass(frozen=True)
class DedupItem:
    id: str
    published: str  # ISO, comparable within one window (all UTC offsets normalised by the caller)
    text: str


def _minhash(items: set[str]) -> MinHash:
    digest = MinHash(num_perm=NUM_PERM, seed=1)
    digest.update_batch([s.encode("utf-8") for s in sorted(items)])
    return digest


def _is_copy(a: set[str], b: set[str]) -> bool:
    common = len(a & b)
    if not common:
        return False
    return common / len(a | b) >= MIN_JACCARD or common / min(len(a), len(b)) >= MIN_CONTAINMENT


def group_near_duplicates(items: list[DedupItem]) -> dict[str, str]:
    """Map each id to its group's canonical id: the earliest published member (tie: smallest id).

    Items in no group map to themselves. The result does not depend on the input order.
    """
    ordered = sorted(items, key=lambda item: (item.published, item.id))
    sets = {item.id: shingles(item.text) for item in ordered}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    parent = {item.id: item.id for item in ordered}
    rank = {item.id: index for index, item in enumerate(ordered)}

    def find(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for item in ordered:
        own = sets[item.id]
        if len(own) < MIN_SHINGLES:
            continue
        digest = _minhash(own)
        for other in sorted(lsh.query(digest)):
            if _is_copy(own, sets[other]):
                root_a, root_b = find(item.id), find(other)
                if root_a != root_b:
                    # the root is always the earliest member, so it is the group's canonical one
                    first, second = sorted((root_a, root_b), key=rank.__getitem__)
                    parent[second] = first
        lsh.insert(item.id, digest)
    return {item.id: find(item.id) for item in ordered}
