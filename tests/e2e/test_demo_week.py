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


def _alerts(files: dict[str, bytes], day: str) -> list[dict]:
    return [json.loads(line) for line in files[f"alerts/{day}.jsonl"].decode().splitlines() if line.strip()]


def _one(alerts: list[dict], **fact) -> dict:
    found = [a for a in alerts if all(a["fact"].get(k) == v for k, v in fact.items())]
    assert len(found) == 1, f"expected one alert for {fact}, got {[a['headline'] for a in found]}"
    return found[0]


def test_the_storyline_alerts_the_changes_an_analyst_must_see(forward):
    # 21 Nov: the ICC issues the warrants the prosecutor had requested in May.
    for person in ("Benjamin Netanyahu", "Yoav Gallant"):
        issued = _one(_alerts(forward, "2024-11-21"), kind="warrant", person=person, status="issued")
        assert (issued["severity"], issued["change"]["kind"]) == ("high", "status_changed")
        assert issued["change"]["previous"]["status"] == "requested"
    # 22 Nov: a freshly wanted man accepts an invitation to a state party -> critical.
    hungary = _one(_alerts(forward, "2024-11-22"), kind="visit", person="Benjamin Netanyahu", host_country="HUN")
    assert (hungary["severity"], hungary["fact"]["status"]) == ("critical", "planned")
    assert hungary["icc"]["host_party"] is True
    # ... and Gallant calls off his trip to Czechia because of his warrant.
    prague = _one(_alerts(forward, "2024-11-22"), kind="visit", person="Yoav Gallant", host_country="CZE")
    assert (prague["severity"], prague["fact"]["status"], prague["fact"]["reason"]) == ("high", "cancelled", "warrant")


def test_a_planned_trip_moves_through_its_statuses_as_one_fact(forward):
    steps = {
        "2024-11-18": ("new", "planned"),
        "2024-11-20": ("status_changed", "ongoing"),
        "2024-11-21": ("status_changed", "completed"),
    }
    fact_ids = set()
    for day, (change, status) in steps.items():
        alert = _one(_alerts(forward, day), kind="visit", person="Narendra Modi", host_country="GUY")
        assert (alert["change"]["kind"], alert["fact"]["status"]) == (change, status), day
        fact_ids.add(alert["fact"]["id"])
    assert len(fact_ids) == 1, "the Guyana trip split into several facts"
