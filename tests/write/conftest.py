from __future__ import annotations

from tests.store.pgserver import pg_server, pg_url  # noqa: F401  (fixtures)
