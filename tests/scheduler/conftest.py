from __future__ import annotations

from tests.store.pgserver import pg_server  # noqa: F401  (fixture: throwaway PostgreSQL on loopback)
