"""The files the write stage leaves: schema-valid alerts, an Atom feed, summaries, fact snapshots."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pandas as pd
import pytest

from tests.diff import scenario
from tests.diff.test_scenario import play
from warrantwatch.settings import INCLUDE_DIR
from warrantwatch.store import FactRow, locked_store

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return play(tmp_path_factory.mktemp("story"), scenario.DAYS).parent


def test_every_alert_line_matches_the_schema(story: Path) -> None:
    schema = json.loads((INCLUDE_DIR / "schema" / "alert.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    lines = [
        line for p in (story / "output" / "alerts").glob("*.jsonl") for line in p.read_text().splitlines()
    ]
    assert len(lines) == 15
    for line in lines:
        validator.validate(json.loads(line))


def test_markdown_groups_alerts_most_important_first(story: Path) -> None:
    text = (story / "output" / "alerts" / "2024-11-20.md").read_text()
    assert text.index("## High (1)") < text.index("## Warning (1)") < text.index("## Info (3)")
    assert "> South Africa asked Putin to stay away" in text
    assert "paper-f, <http://paper-f.example/news/f5>, published 2024-11-20T05:00:00+00:00" in text


def test_feed_holds_the_recent_windows_alerts_newest_first(story: Path) -> None:
    feed = ET.fromstring((story / "output" / "alerts" / "feed.xml").read_bytes())
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}updated") == "2025-03-13T00:00:00Z"
    entries = feed.findall(f"{ATOM}entry")
    # feed_days is 30: only the two March 2025 windows are within 30 days of the newest one.
    assert [e.findtext(f"{ATOM}updated") for e in entries] == ["2025-03-13T00:00:00Z"] * 2 + [
        "2025-03-09T00:00:00Z"
    ] * 2
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == 4
    assert any("[HIGH] ICC arrest warrant for Rodrigo Duterte" in e.findtext(f"{ATOM}title") for e in entries)


def test_summary_has_counts_health_facts_chart_and_open_facts(story: Path) -> None:
    md = (story / "output" / "summaries" / "2024-08-29.md").read_text()
    html = (story / "output" / "summaries" / "2024-08-29.html").read_text()
    assert "| fetch | pages | 6 |" in md
    assert "| diff | mentions | 3 |" in md
    assert "seconds" not in md  # timings change between runs; the files must not
    # Health keeps what the window has; how this run got it (bytes downloaded) varies on rerun.
    assert "| paper-b | rss | ok | 3 | 3 | 0 |  |" in md
    assert "4096" not in md
    assert "2024-08-29 │" + "█" * 40 + " 3" in md
    assert md.count("│") == 30
    assert "<svg" in html
    assert html.count("<rect") == 30
    # the open facts on 2024-08-29: Putin's planned trip to Mongolia
    open_part = md.split("## Open facts")[1]
    assert "| Vladimir Putin | Mongolia | planned | 2024-09-03 | yes | 2023-03-17 |" in open_part
    later = (story / "output" / "summaries" / "2024-11-20.md").read_text().split("## Open facts")[1]
    assert "| Vladimir Putin | India | planned |" in later
    assert "Mongolia" not in later  # that trip was completed


def test_facts_snapshot_matches_the_store(story: Path) -> None:
    paths = scenario.make_paths(story)
    with locked_store(paths) as store:
        facts = store.count(FactRow)
    csv = pd.read_csv(story / "output" / "facts" / "facts.csv")
    parquet = pd.read_parquet(story / "output" / "facts" / "facts.parquet")
    assert len(csv) == len(parquet) == facts == 10
    assert list(csv["fact_id"]) == sorted(csv["fact_id"])
    row = parquet[(parquet.person == "Narendra Modi") & (parquet.host_country == "BRA")].iloc[0]
    assert (row.status, bool(row.contradicted), int(row.sources)) == ("completed", True, 3)
