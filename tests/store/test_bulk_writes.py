"""The store's bulk paths (driver executemany / COPY, writing only rows that differ) keep every
value and leave exactly the tables a from-scratch replay gives, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.diff import scenario
from warrantwatch import diff
from warrantwatch.models import Window
from warrantwatch.settings import MENTIONS_FILE
from warrantwatch.store import FACT_COLUMNS, MENTION_COLUMNS, VERSION_COLUMNS, Store, locked_store

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
# Characters COPY's text format must escape, a literal "\N" (NULL's spelling), non-ASCII text,
# and an empty string that must not come back as NULL.
AWKWARD = ["tab\there", "two\nlines", "carriage\rreturn", "back\\slash", "\\N", "Zürich – «quote» 北京", ""]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest) -> str | None:
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("pg_url")


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every fact and version row (booleans normalised), in key order."""
    out = {}
    with store.engine.connect() as conn:
        for table, columns in (("facts", FACT_COLUMNS), ("fact_versions", VERSION_COLUMNS)):
            rows = conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            flag = columns.index("contradicted")
            out[table] = sorted(tuple(bool(v) if i == flag else v for i, v in enumerate(r)) for r in rows)
    return out


def _play_diff(root: Path, days: list[str], store_url: str | None) -> dict[str, list[tuple[Any, ...]]]:
    paths = scenario.make_paths(root, store_url)
    scenario.prepare(paths)
    for day in days:
        diff.run_stage(Window.for_day(day), paths)
    with locked_store(paths) as store:
        return _dump(store)


def test_awkward_text_survives_the_bulk_insert_unchanged(tmp_path: Path, store_url: str | None) -> None:
    paths = scenario.make_paths(tmp_path, store_url)
    window = Window.for_day("2024-09-01")
    work = paths.work(window)
    work.mkdir(parents=True)
    records = [
        {
            "article": f"a{n}",
            "kind": "visit",
            "person": f"Person {n}",
            "host_country": "MNG",
            "status": "planned",
            "date": None,
            "evidence": text,
            "occasion": text or None,
            "city": "" if n % 2 else None,
            "source": "paper",
            "url": None,
            "confidence": 0.1 + n / 3,
        }
        for n, text in enumerate(AWKWARD)
    ]
    (work / MENTIONS_FILE).write_text("".join(json.dumps(r) + "\n" for r in records))
    diff.run_stage(window, paths)
    with locked_store(paths) as store:
        stored = store.mentions_of_window(window.key)
        versions = store.versions_of_window(window.key)
        with store.transaction("reading groups") as conn:  # the driver-level read path
            by_group = store.mentions_of_groups(conn, {m["group_key"] for m in stored})
    assert [m["evidence"] for m in stored] == AWKWARD
    assert [m["occasion"] for m in stored] == [t or None for t in AWKWARD]
    assert [m["city"] for m in stored] == ["" if n % 2 else None for n in range(len(AWKWARD))]
    assert [m["confidence"] for m in stored] == [round(0.1 + n / 3, 4) for n in range(len(AWKWARD))]
    expected = {r["person"]: r["evidence"] for r in records}
    assert {v.person: v.evidence[0]["quote"] for v in versions} == expected
    assert by_group == stored
    assert list(stored[0]) == list(MENTION_COLUMNS)


def test_tables_are_the_same_whatever_order_the_days_were_diffed(
    tmp_path: Path, store_url: str | None
) -> None:
    days = list(scenario.DAYS)
    forward = _play_diff(tmp_path / "forward", days, store_url=None)
    assert forward["fact_versions"]  # the story leaves history to compare
    shuffled = days[3:] + days[:3]
    assert _play_diff(tmp_path / "backward", list(reversed(days)), store_url) == forward
    if store_url is None:  # one PostgreSQL database per test: the second order runs on SQLite
        assert _play_diff(tmp_path / "shuffled", shuffled, store_url) == forward


def test_correcting_an_earlier_day_rewrites_exactly_the_rows_a_fresh_replay_gives(
    tmp_path: Path, store_url: str | None
) -> None:
    paths = scenario.make_paths(tmp_path / "store", store_url)
    scenario.prepare(paths)
    for day in scenario.DAYS:
        diff.run_stage(Window.for_day(day), paths)
    # The tagger re-runs the first day and drops the Mongolia plan: that trip's later versions
    # change (its first version moves to a later day), and its warrant fact keeps its history.
    first = Window.for_day(scenario.DAYS[0])
    mentions = paths.work(first) / MENTIONS_FILE
    lines = [line for line in mentions.read_text().splitlines() if '"MNG"' not in line]
    mentions.write_text("\n".join(lines) + "\n")
    diff.run_stage(first, paths)
    with locked_store(paths) as store:
        corrected = _dump(store)

    fresh = scenario.make_paths(tmp_path / "fresh")
    scenario.prepare(fresh)
    (fresh.work(first) / MENTIONS_FILE).write_text(mentions.read_text())
    for day in scenario.DAYS:
        diff.run_stage(Window.for_day(day), fresh)
    with locked_store(fresh) as store:
        assert corrected == _dump(store)
    mongolia = [v for v in corrected["fact_versions"] if v[VERSION_COLUMNS.index("host_country")] == "MNG"]
    assert min(v[VERSION_COLUMNS.index("window_key")] for v in mongolia) > scenario.DAYS[0]
