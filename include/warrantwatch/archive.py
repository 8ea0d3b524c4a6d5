"""The raw archive: every fetched body stored once, gzip-compressed and content-addressed.

Re-processing a past window (say, a backfill after a tagger improvement) reads pages from here
instead of the network.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

from warrantwatch.fileio import atomic_write_bytes


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class Archive:
    """Content-addressed blob store under ``root``: ``objects/ab/cdef….gz``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, digest: str) -> Path:
        return self.root / "objects" / digest[:2] / f"{digest[2:]}.gz"

    def put(self, body: bytes) -> str:
        """Store ``body`` (idempotent: the same bytes land at the same path) and return its hash."""
        digest = content_hash(body)
        path = self._path(digest)
        if not path.exists():
            # mtime=0 keeps the compressed bytes identical across runs.
            atomic_write_bytes(path, gzip.compress(body, mtime=0))
        return digest

    def get(self, digest: str) -> bytes:
        path = self._path(digest)
        try:
            return gzip.decompress(path.read_bytes())
        except FileNotFoundError:
            raise KeyError(f"archive has no object {digest}") from None

    def __contains__(self, digest: str) -> bool:
        return self._path(digest).exists()
