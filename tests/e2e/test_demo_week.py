"""The whole demo week through the real pipeline (no Airflow): forwards and backwards agree.

Fetch goes through the demo sites on a loopback proxy, then parse, tag, diff and write, for
each of the five demo days. Alerts for a day are a pure function of the mentions up to that
day, so the order in which days are processed must not change a single byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warrantwatch.models import Window
from warrantwatch.pipeline import run_day
from warrantwatch.settings import Paths

DAYS = ["2024-11-18", "2024-11-19", "2024-11-20", "2024-11-21", "2024-11-22"]
pytestmark = pytest.mark.slow


def _run(root: Path, days: list[str]) -> dict[str, bytes]:
    paths = Paths(data=root / "data", output=root / "output")
    for day in days:
        run_day(Window.for_day(day), paths)
    output = root / "output"
    return {str(p.relative_to(output)): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def forward(tmp_path_factory) -> dict[str, bytes]:
    return _run(tmp_path_factory.mktemp("forward"), DAYS)


def test_backwards_gives_the_same_files_as_forwards(forward, tmp_path):
    backward = _run(tmp_path, list(reversed(DAYS)))
    assert sorted(backward) == sorted(forward)
    differing = [name for name in forward if forward[name] != backward[name]]
    assert not differing, f"files differ by processing order: {differing}"


def test_every_day_has_its_files_and_no_alert_repeats(forward):
    ids: list[str] = []
    for day in DAYS:
        for name in (f"alerts/{day}.jsonl", f"alerts/{day}.md", f"summaries/{day}.md", f"summaries/{day}.html"):
            assert name in forward, f"missing {name}"
        ids += [json.loads(line)["id"] for line in forward[f"alerts/{day}.jsonl"].decode().splitlines()]
    assert ids
    assert len(ids) == len(set(ids))
