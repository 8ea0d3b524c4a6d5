"""The story on a real PostgreSQL store gives byte-for-byte the files the SQLite store gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.diff import scenario
from tests.diff.test_scenario import play, play_in_parallel

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def sqlite_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return scenario.read_tree(play(tmp_path_factory.mktemp("sqlite"), scenario.DAYS))


def test_postgres_store_gives_the_same_files_as_sqlite(
    tmp_path: Path, pg_url: str, sqlite_files: dict[str, bytes]
) -> None:
    output = play(tmp_path, tuple(reversed(scenario.DAYS)), store_url=pg_url)
    assert scenario.read_tree(output) == sqlite_files
    assert not (tmp_path / "data" / "facts.sqlite").exists()


def test_four_parallel_processes_on_postgres_give_the_same_files(
    tmp_path: Path, pg_url: str, sqlite_files: dict[str, bytes]
) -> None:
    output = play_in_parallel(tmp_path, store_url=pg_url)
    assert scenario.read_tree(output) == sqlite_files
