"""A warrant issued this week is news (high); one issued two years ago and first read today is not."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.diff.scenario import make_paths
from warrantwatch import diff, write
from warrantwatch.fileio import write_jsonl
from warrantwatch.models import Mention, Window
from warrantwatch.rules import is_recent
from warrantwatch.settings import MENTIONS_FILE


@pytest.mark.parametrize(
    ("value", "window_day", "expected"),
    [
        ("2024-11-21", "2024-11-21", True),
        ("2024-10-23", "2024-11-21", True),  # 29 days before
        ("2024-10-21", "2024-11-21", False),  # 31 days before
        ("2024-10", "2024-11-21", True),  # a month counts from its last day
        ("2023", "2024-11-21", False),
        ("2025-01-05", "2024-11-21", True),  # a planned date after the window
        (None, "2024-11-21", False),
    ],
)
def test_is_recent(value, window_day, expected):
    assert is_recent(value, date.fromisoformat(window_day), 30) is expected


def _warrant(day: str, article: str, person: str, status: str, when: str | None) -> dict:
    return Mention(
        article=article, kind="warrant", person=person, status=status, date=when, court="ICC",
        evidence=f"The court {status} a warrant.", confidence=0.9, url=f"http://wire.example/{article}",
        source="wire", published=f"{day}T09:00:00+00:00", group_id=article,
        fingerprint=f"{abs(hash(article)) % 16**16:016x}", window=day,
    ).to_dict()


def _run(paths, day: str, rows: list[dict]) -> list[dict]:
    window = Window.for_day(day)
    write_jsonl(paths.work(window) / MENTIONS_FILE, rows)
    diff.run_stage(window, paths)
    result = write.run_stage(window, paths)
    return [json.loads(line) for line in open(result["alerts_jsonl"], encoding="utf-8") if line.strip()]


def test_requested_then_issued_this_week_is_high_even_when_the_reference_knows_it(tmp_path):
    paths = make_paths(tmp_path)
    _run(paths, "2024-11-19", [_warrant("2024-11-19", "n1", "Benjamin Netanyahu", "requested", "2024-05-20")])
    alerts = _run(paths, "2024-11-21",
                  [_warrant("2024-11-21", "n2", "Benjamin Netanyahu", "issued", "2024-11-21")])
    (issued,) = [a for a in alerts if a["fact"]["person"] == "Benjamin Netanyahu"]
    assert issued["change"]["kind"] == "status_changed"
    assert (issued["severity"], issued["rule"]) == ("high", "new-warrant-issued-or-executed")


def test_an_old_warrant_first_read_about_today_is_background(tmp_path):
    paths = make_paths(tmp_path)
    alerts = _run(paths, "2024-11-18", [_warrant("2024-11-18", "p1", "Vladimir Putin", "issued", "2023-03-17")])
    (putin,) = alerts
    assert putin["severity"] == "info"


@pytest.mark.parametrize(
    ("value", "window_day", "expected"),
    [
        ("2024-11-28", "2024-11-22", "2024-11-28"),  # a day is that day
        ("2024-11", "2024-11-22", "2024-11-22"),  # this month: as known by the window's end
        ("2025-12", "2024-11-22", "2025-12-01"),  # a later month: its first day
        ("2023-08", "2024-11-22", "2023-08-31"),  # a past month: its last day
        (None, "2024-11-22", "2024-11-22"),
    ],
)
def test_check_day(value, window_day, expected):
    from warrantwatch.rules import check_day

    assert check_day(value, date.fromisoformat(window_day)) == date.fromisoformat(expected)
