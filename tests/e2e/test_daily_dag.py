"""End to end through real Airflow: ``airflow dags test`` on the bundled demo corpus.

One run for the demo's first day goes through fetch (the demo sites on a loopback proxy),
parse, tag, diff and write, exactly as ``make run`` does; the test then reads what an analyst
would read.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.airflow_helpers import airflow_env, migrated_home, run_airflow

DAY = "2024-11-18"
pytestmark = [pytest.mark.airflow, pytest.mark.slow]


def _dags_test(env: dict[str, str], logical_date: str) -> None:
    result = run_airflow(["dags", "test", "warrantwatch_daily", logical_date], env)
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    assert "state=success" in result.stdout + result.stderr


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("e2e")
    home = migrated_home(tmp / "home", tmp)
    env = airflow_env(home, tmp / "data", tmp / "output")
    # Logical date D+1: a CronDataIntervalTimetable test run then covers [D, D+1).
    _dags_test(env, "2024-11-19")
    first = _snapshot(tmp / "output")
    _dags_test(env, "2024-11-19")
    return {"tmp": tmp, "env": env, "first": first, "second": _snapshot(tmp / "output")}


def _snapshot(output: Path) -> dict[str, bytes]:
    return {str(p.relative_to(output)): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}


def _alerts(demo_run) -> list[dict]:
    text = (demo_run["tmp"] / "output" / "alerts" / f"{DAY}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _find(alerts, **fact) -> list[dict]:
    return [a for a in alerts if all(a["fact"].get(k) == v for k, v in fact.items())]


def test_writes_the_days_files(demo_run):
    files = demo_run["second"]
    for name in (f"alerts/{DAY}.jsonl", f"alerts/{DAY}.md", "alerts/feed.xml",
                 f"summaries/{DAY}.md", f"summaries/{DAY}.html", "facts/facts.csv"):
        assert name in files, f"missing {name}"


def test_rerunning_the_day_gives_identical_bytes(demo_run):
    assert demo_run["first"] == demo_run["second"]


def test_the_seed_pattern_is_alerted(demo_run):
    alerts = _alerts(demo_run)
    india = _find(alerts, kind="visit", person="Vladimir Putin", host_country="IND", status="planned")
    assert [a["severity"] for a in india] == ["warning"], "planned visit to a non-party state"
    mongolia = _find(alerts, kind="visit", person="Vladimir Putin", host_country="MNG", status="completed")
    assert [a["severity"] for a in mongolia] == ["high"], "completed visit to a state party, no arrest"
    assert mongolia[0]["icc"]["host_party"] is True
    brazil = _find(alerts, kind="visit", person="Vladimir Putin", host_country="BRA", status="declined")
    assert [a["severity"] for a in brazil] == ["high"], "G-20 skipped because of the warrant"
    assert brazil[0]["fact"]["reason"] == "warrant"
    warrant = _find(alerts, kind="warrant", person="Vladimir Putin", court="ICC", status="issued")
    assert len(warrant) == 1
    assert warrant[0]["fact"]["date"] == "2023-03-17"


def test_each_alert_once_with_evidence_from_the_window(demo_run):
    alerts = _alerts(demo_run)
    ids = [a["id"] for a in alerts]
    assert len(ids) == len(set(ids))
    for alert in alerts:
        assert alert["evidence"], alert["headline"]
        for quote in alert["evidence"]:
            published = datetime.fromisoformat(quote["published"])
            assert datetime(2024, 11, 18, tzinfo=UTC) <= published < datetime(2024, 11, 19, tzinfo=UTC)


def test_distractors_give_no_alert(demo_run):
    alerts = _alerts(demo_run)
    urls = {q["url"] for a in alerts for q in a["evidence"]}
    articles = [json.loads(line) for line in
                (demo_run["tmp"] / "data" / "work" / DAY / "articles.jsonl").read_text().splitlines()]
    spanish = [a for a in articles if a.get("language") not in (None, "en") and not a.get("skipped")]
    assert spanish, "the demo's non-English article should be parsed and marked"
    assert not urls & {a["url"] for a in spanish}
    # The day's police search-warrant story is fetched and parsed, and gives no alert.
    search = [a for a in articles if "search-warrant" in a["url"] and not a.get("skipped")]
    assert search, "the demo's search-warrant distractor should be parsed"
    assert not urls & {a["url"] for a in search}


def test_the_run_reads_only_articles_published_in_its_window(demo_run):
    rows = [json.loads(line) for line in
            (demo_run["tmp"] / "data" / "work" / DAY / "articles.jsonl").read_text().splitlines()]
    kept = [r for r in rows if not r.get("skipped")]
    assert len(kept) >= 5
    for row in kept:
        published = datetime.fromisoformat(row["published"])
        assert datetime(2024, 11, 18, tzinfo=UTC) <= published < datetime(2024, 11, 19, tzinfo=UTC), row["url"]
    # Stories from the demo's later days are not in this window's work files.
    assert not any("2024-11-2" in (r.get("published") or "") for r in kept)
