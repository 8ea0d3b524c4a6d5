"""Fixtures for the fetch tests: a real HTTP server on 127.0.0.1, started per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fetch.fetchkit import FaultServer, serve


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve() as state:
        yield state
