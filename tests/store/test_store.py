"""The fact store on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.diff import scenario
from warrantwatch import diff
from warrantwatch.models import Window
from warrantwatch.settings import MENTIONS_FILE
from warrantwatch.store import (
    FactRow,
    FactVersionRow,
    LogWindow,
    MentionRow,
    StoreError,
    locked_store,
    open_store,
    resolve_store_url,
)

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    if request.param == "sqlite":
        return None  # the default: facts.sqlite in the data folder
    return request.getfixturevalue("pg_url")


def test_migrations_create_every_table_and_rerun_as_no_op(tmp_path: Path, store_url: str | None) -> None:
    paths = scenario.make_paths(tmp_path, store_url)
    with locked_store(paths) as store:
        first = store.revision()
        assert store.count(MentionRow) == 0
    with locked_store(paths) as store:
        assert store.revision() == first == "0001"
        for model in (MentionRow, LogWindow, FactRow, FactVersionRow):
            assert store.count(model) == 0


def test_sqlite_store_uses_wal(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    with locked_store(paths) as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    assert paths.sqlite_store.is_file()


def test_store_from_newer_schema_is_refused_by_name(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    with locked_store(paths):
        pass
    with sqlite3.connect(paths.sqlite_store) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999_future'")
    with pytest.raises(StoreError, match="0999_future"):
        with locked_store(paths):
            pass


def test_rerunning_a_window_replaces_its_mentions_never_duplicates(
    tmp_path: Path, store_url: str | None
) -> None:
    paths = scenario.make_paths(tmp_path, store_url)
    scenario.prepare(paths, ("2024-08-29", "2024-09-03"))
    first, second = Window.for_day("2024-08-29"), Window.for_day("2024-09-03")
    diff.run_stage(first, paths)
    diff.run_stage(second, paths)
    diff.run_stage(second, paths)
    with locked_store(paths) as store:
        assert store.count(MentionRow) == 5
        assert [w for w, _, n in store.window_digests()] == ["2024-08-29", "2024-09-03"]
    # The tagger re-ran the first day and now finds one mention fewer: the log follows.
    path = paths.work(first) / MENTIONS_FILE
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:2]) + "\n")
    result = diff.run_stage(first, paths)
    assert result["stored"] is True
    with locked_store(paths) as store:
        assert store.count(MentionRow) == 4
        assert store.count(FactRow) == 1  # the warrant mention is gone, and so is its fact
        assert {v.kind for v in store.versions_upto("9999", "warrant")} == set()


def test_corrupt_sqlite_file_gives_a_clear_error_and_is_left_untouched(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    paths.data.mkdir(parents=True)
    garbage = b"this is not a database, but somebody's precious bytes\n" * 100
    paths.sqlite_store.write_bytes(garbage)
    scenario.prepare(paths, ("2024-08-29",))
    with pytest.raises(StoreError) as caught:
        diff.run_stage(Window.for_day("2024-08-29"), paths)
    message = str(caught.value)
    assert str(paths.sqlite_store) in message
    assert "not a database" in message
    assert paths.sqlite_store.read_bytes() == garbage


def test_store_url_precedence_and_airflow_connection(pg_url: str, tmp_path: Path) -> None:
    plain = scenario.make_paths(tmp_path)
    assert resolve_store_url(plain, env={}) == f"sqlite:///{plain.sqlite_store}"
    as_airflow = pg_url.replace("postgresql+psycopg2://", "postgresql://")
    env = {"WARRANTWATCH_STORE_CONN_ID": "ww_store_test"}
    import os

    os.environ["AIRFLOW_CONN_WW_STORE_TEST"] = as_airflow
    try:
        url = resolve_store_url(plain, env=env)
        assert url == pg_url
        store = open_store(plain, env=env)
        try:
            assert not store.is_sqlite
            with store.lock():
                assert store.migrate() == "0001"
        finally:
            store.close()
        explicit = scenario.make_paths(tmp_path, store_url=f"sqlite:///{tmp_path / 'other.sqlite'}")
        assert resolve_store_url(explicit, env=env).endswith("other.sqlite")
    finally:
        del os.environ["AIRFLOW_CONN_WW_STORE_TEST"]
    assert not plain.sqlite_store.exists()


def test_missing_airflow_connection_is_named(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    with pytest.raises(StoreError, match="no_such_conn"):
        resolve_store_url(paths, env={"WARRANTWATCH_STORE_CONN_ID": "no_such_conn"})


def test_versions_keep_history_with_evidence(tmp_path: Path, store_url: str | None) -> None:
    paths = scenario.make_paths(tmp_path, store_url)
    days = ("2024-08-29", "2024-09-03", "2024-09-04")
    scenario.prepare(paths, days)
    for day in days:
        diff.run_stage(Window.for_day(day), paths)
    with locked_store(paths) as store:
        visits = [v for v in store.versions_upto("9999", "visit") if v.host_country == "MNG"]
    assert [(v.version, v.window_key, v.status, v.changes) for v in visits] == [
        (1, "2024-08-29", "planned", ("new",)),
        (2, "2024-09-03", "ongoing", ("status_changed",)),
        (3, "2024-09-04", "completed", ("status_changed", "corroborated")),
    ]
    assert [v.sources for v in visits] == [1, 2, 3]
    assert visits[2].previous == {
        "status": "ongoing",
        "date": "2024-09-03",
        "sources": 2,
        "contradicted": False,
    }
    assert json.dumps(visits[2].evidence[0]).count("without being detained") == 1
