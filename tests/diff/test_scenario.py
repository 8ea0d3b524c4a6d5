"""The seed's story over several days, end to end through diff and write on a SQLite store:
exactly the expected alerts, identical files whatever the order, safe to kill, clear on bad input."""

from __future__ import annotations

import collections
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from tests.diff import scenario
from warrantwatch import diff, write
from warrantwatch.diff import MentionError
from warrantwatch.models import Window
from warrantwatch.rules import RulesError
from warrantwatch.settings import CONFIG_DIR, MENTIONS_FILE
from warrantwatch.store import FactRow, MentionRow, locked_store

PROJECT = Path(__file__).resolve().parents[2]


def play(root: Path, days: tuple[str, ...] | list[str], store_url: str | None = None) -> Path:
    paths = scenario.make_paths(root, store_url)
    scenario.prepare(paths)
    for day in days:
        scenario.run_day(paths, day)
    return paths.output


def spawn(root: Path, days: list[str], store_url: str | None = None, repeat: int = 1) -> subprocess.Popen:
    command = [sys.executable, "-m", "tests.diff.scenario", "--root", str(root), "--repeat", str(repeat)]
    if store_url:
        command += ["--store-url", store_url]
    return subprocess.Popen([*command, *days], cwd=PROJECT, stderr=subprocess.PIPE, text=True)


def play_in_parallel(root: Path, store_url: str | None = None) -> Path:
    """Four processes against one store, each taking every fourth day."""
    paths = scenario.make_paths(root, store_url)
    scenario.prepare(paths)
    days = list(scenario.DAYS)
    workers = [spawn(root, days[i::4], store_url) for i in range(4)]
    for worker in workers:
        _, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
    return paths.output


@pytest.fixture(scope="module")
def forward(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    root = tmp_path_factory.mktemp("forward")
    return scenario.read_tree(play(root, scenario.DAYS))


def test_story_gives_exactly_the_expected_alerts_each_once(tmp_path: Path) -> None:
    output = play(tmp_path, scenario.DAYS)
    counts = collections.Counter(scenario.alert_keys(output))
    expected = {key: scenario.EXPECTED_COUNTS.get(key, 1) for key in scenario.EXPECTED}
    assert dict(counts) == expected
    ids = [
        json.loads(line)["id"]
        for p in (output / "alerts").glob("*.jsonl")
        for line in p.read_text().splitlines()
    ]
    assert len(ids) == len(set(ids))
    critical = json.loads((output / "alerts" / "2024-08-29.jsonl").read_text().splitlines()[0])
    assert critical["headline"] == (
        "Putin (ICC warrant, 2023-03-17) plans to visit Mongolia on 2024-09-03, an ICC state party"
    )
    assert critical["icc"]["host_party"] is True
    assert {q["source"] for q in critical["evidence"]} == {"wire-a", "paper-b"}


def test_a_day_with_nothing_new_still_gets_its_files(tmp_path: Path) -> None:
    output = play(tmp_path, scenario.DAYS)
    assert (output / "alerts" / "2024-11-21.jsonl").read_text() == ""
    assert "Nothing new" in (output / "alerts" / "2024-11-21.md").read_text()
    assert "Nothing new" in (output / "summaries" / "2024-11-21.md").read_text()
    assert "Nothing new" in (output / "summaries" / "2024-11-21.html").read_text()


def test_rerunning_a_day_gives_identical_bytes_and_stores_nothing_twice(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    output = play(tmp_path, scenario.DAYS)
    before = scenario.read_tree(output)
    with locked_store(paths) as store:
        counts = (store.count(MentionRow), store.count(FactRow))
    result = scenario.run_day(paths, "2024-11-20")
    assert result["rewritten"] == []
    assert scenario.read_tree(output) == before
    with locked_store(paths) as store:
        assert (store.count(MentionRow), store.count(FactRow)) == counts


def test_backward_order_gives_the_same_files(tmp_path: Path, forward: dict[str, bytes]) -> None:
    output = play(tmp_path, tuple(reversed(scenario.DAYS)))
    assert scenario.read_tree(output) == forward


def test_shuffled_order_gives_the_same_files(tmp_path: Path, forward: dict[str, bytes]) -> None:
    days = list(scenario.DAYS)
    shuffled = days[3:] + days[:3]
    output = play(tmp_path, shuffled)
    assert scenario.read_tree(output) == forward


def test_four_parallel_processes_give_the_same_files(tmp_path: Path, forward: dict[str, bytes]) -> None:
    output = play_in_parallel(tmp_path)
    assert scenario.read_tree(output) == forward


def test_a_later_correction_of_an_earlier_day_rewrites_the_days_after_it(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    output = play(tmp_path, scenario.DAYS)
    # The tagger is fixed and re-run on the first day: it no longer finds the Mongolia plan.
    first = Window.for_day("2024-08-29")
    mentions = paths.work(first) / MENTIONS_FILE
    lines = [line for line in mentions.read_text().splitlines() if '"MNG"' not in line]
    mentions.write_text("\n".join(lines) + "\n")
    diff.run_stage(first, paths)
    result = write.run_stage(first, paths)
    assert "2024-09-03" in result["rewritten"]
    keys = scenario.alert_keys(output)
    assert ("2024-09-03", "Vladimir Putin", "MNG", "new", "critical") in keys
    # ... and the result is what a fresh run over the corrected days gives.
    fresh_root = tmp_path / "fresh"
    fresh = scenario.make_paths(fresh_root)
    scenario.prepare(fresh)
    shutil.copyfile(mentions, fresh.work(first) / MENTIONS_FILE)
    for day in scenario.DAYS:
        scenario.run_day(fresh, day)
    assert scenario.read_tree(fresh.output) == scenario.read_tree(output)


def _assert_whole_files(output: Path) -> None:
    for path in output.rglob("*"):
        if not path.is_file() or path.name.startswith("."):
            continue
        if path.suffix == ".jsonl":
            for line in path.read_text().splitlines():
                json.loads(line)
        elif path.suffix == ".xml":
            ET.fromstring(path.read_bytes())
        elif path.suffix in {".md", ".html"}:
            assert path.read_text().endswith("\n")


def test_killed_writer_leaves_no_partial_file_and_rerun_has_no_duplicates(
    tmp_path: Path, forward: dict[str, bytes]
) -> None:
    paths = scenario.make_paths(tmp_path)
    scenario.prepare(paths)
    worker = spawn(tmp_path, list(reversed(scenario.DAYS)), repeat=100)
    deadline = time.monotonic() + 120
    while len(list((paths.output / "alerts").glob("*.jsonl"))) < 3 and time.monotonic() < deadline:
        assert worker.poll() is None, worker.stderr.read() if worker.stderr else ""
        time.sleep(0.05)
    time.sleep(0.7)  # somewhere in the middle of a later day's diff or write
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    _assert_whole_files(paths.output)
    for day in scenario.DAYS:
        scenario.run_day(paths, day)
    assert not list(paths.output.rglob(".*.tmp"))
    assert scenario.read_tree(paths.output) == forward
    counts = collections.Counter(scenario.alert_keys(paths.output))
    assert max(counts.values()) == max(scenario.EXPECTED_COUNTS.values())


def test_unknown_country_code_is_named_and_nothing_stored_is_lost(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    output = play(tmp_path, scenario.DAYS[:2])
    before = scenario.read_tree(output)
    with locked_store(paths) as store:
        counts = (store.count(MentionRow), store.count(FactRow))
    third = Window.for_day(scenario.DAYS[2])
    path = paths.work(third) / MENTIONS_FILE
    path.write_text(path.read_text().replace('"MNG"', '"XYZ"'))
    with pytest.raises(MentionError) as caught:
        diff.run_stage(third, paths)
    assert "'XYZ'" in str(caught.value)
    assert f"{path}:1" in str(caught.value)
    with locked_store(paths) as store:
        assert (store.count(MentionRow), store.count(FactRow)) == counts
    assert scenario.read_tree(output) == before


def test_rules_file_with_an_error_is_named_and_nothing_stored_is_lost(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    output = play(tmp_path, scenario.DAYS[:2])
    before = scenario.read_tree(output)
    config = tmp_path / "config"
    shutil.copytree(CONFIG_DIR, config)
    rules = config / "rules.yaml"
    text = rules.read_text()
    rules.write_text(text.replace("severity: high", "severity: urgent", 1))
    broken = scenario.make_paths(tmp_path)
    broken = type(broken)(data=broken.data, output=broken.output, config=config, reference=broken.reference)
    for stage in (diff, write):
        with pytest.raises(RulesError) as caught:
            stage.run_stage(Window.for_day(scenario.DAYS[2]), broken)
        message = str(caught.value)
        assert str(rules) in message
        assert "rule 2 ('warrant-subject-visited-state-party-without-arrest') field 'severity'" in message
    rules.write_text(text.replace("{person} ({warrant})", "{person} ({warant})", 1))
    with pytest.raises(RulesError, match="unknown field.*warant"):
        diff.run_stage(Window.for_day(scenario.DAYS[2]), broken)
    with locked_store(paths) as store:
        assert store.count(MentionRow) == 5
    assert scenario.read_tree(output) == before


def test_dry_run_writes_under_the_work_folder_and_stores_nothing(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    output = play(tmp_path, scenario.DAYS[:2])
    before = scenario.read_tree(output)
    third = Window.for_day(scenario.DAYS[2])
    with locked_store(paths) as store:
        counts = (store.count(MentionRow), store.count(FactRow), store.window_digests())
    changes = diff.run_stage(third, paths, dry_run=True)
    result = write.run_stage(third, paths, dry_run=True)
    assert changes["changes"] == 1
    assert changes["stored"] is False
    dry = paths.work(third) / "dry-run"
    assert Path(result["alerts_jsonl"]) == dry / "alerts" / f"{third.key}.jsonl"
    alert = json.loads(Path(result["alerts_jsonl"]).read_text())
    assert (alert["severity"], alert["change"]["kind"]) == ("high", "status_changed")
    assert (dry / "summaries" / f"{third.key}.html").is_file()
    with locked_store(paths) as store:
        assert (store.count(MentionRow), store.count(FactRow), store.window_digests()) == counts
    assert scenario.read_tree(output) == before
