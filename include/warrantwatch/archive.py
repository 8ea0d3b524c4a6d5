"""The raw archive: every fetched body stored once, gzip-compressed and content-addressed.

Re-processing a past window (say, a backfill after a tagger improvement) reads pages from here
instead of the network. Next to the objects, ``manifest.jsonl`` has one row per download
(canonical URL, final URL, status, fetched-at, window, content hash, source, ...). Objects are
written atomically (temp file + rename) and manifest rows are appended under an exclusive
``flock``, so two runs writing at once cannot corrupt either.
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from warrantwatch.fileio import atomic_write_bytes, dumps_line

MANIFEST_FILE = "manifest.jsonl"


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

    def __contains__(self, digest: object) -> bool:
        if not isinstance(digest, str) or len(digest) < 3:
            return False
        # os.path on strings: a rerun asks this once per listed page, and pathlib is slow.
        return os.path.exists(os.path.join(self.root, "objects", digest[:2], digest[2:] + ".gz"))

    # --- the manifest -------------------------------------------------------------------------

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST_FILE

    def record(self, rows: Iterable[dict[str, Any]]) -> int:
        """Append manifest rows (one JSON line each) under an exclusive lock; returns the count."""
        lines = "".join(dumps_line(row) + "\n" for row in rows)
        if not lines:
            return 0
        with locked_append(self.manifest_path) as handle:
            handle.write(lines.encode("utf-8"))
        return lines.count("\n")

    def manifest(self) -> Iterator[dict[str, Any]]:
        """Every manifest row, oldest first; a torn last line (a crash mid-append) is skipped."""
        try:
            handle = self.manifest_path.open("rb")
        except FileNotFoundError:
            return
        with handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
            data = handle.read()
        for line in data.splitlines():
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue

    def first_fetches(self) -> dict[str, dict[str, Any]]:
        """Canonical URL -> its first successful manifest row (the stable ``fetched_at``)."""
        first: dict[str, dict[str, Any]] = {}
        for row in self.manifest():
            url = row.get("canonical_url")
            if url and row.get("content_hash") and url not in first:
                first[url] = row
        return first


@contextmanager
def locked_append(path: Path) -> Iterator[Any]:
    """Open ``path`` for appending under an exclusive ``flock`` (released on exit)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    with os.fdopen(fd, "ab") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":
                handle.write(b"\n")  # close a line torn by a crash, so the new rows stay whole
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
