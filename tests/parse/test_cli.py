"""``warrantwatch parse`` through the router and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from warrantwatch.cli import main

PAGES = Path(__file__).resolve().parent / "pages"
KEYS = {"url", "canonical_url", "title", "published", "modified", "authors", "language", "site_name", "text"}
SCRIPT = Path(sys.executable).parent / "warrantwatch"


def test_single_file_prints_one_object(capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://dailyledger.example/world/2024/11/21/regional-summit-water-sharing/"
    assert main(["parse", str(PAGES / "arc_news.html"), "--url", url]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    record = json.loads(out[0])
    assert set(record) == KEYS
    assert record["url"] == url
    assert record["published"] == "2024-11-21T17:05:12+00:00"
    assert record["text"].count("\n\n") == 5


def test_jsonl_prints_one_object_per_line_with_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"id": "p1", "url": "https://coastline-notes.example/x", "html": (PAGES / "wordpress_blog.html").read_text()},
        {"id": "p2", "url": "https://news.example/", "html": "<html><body></body></html>"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert main(["parse", "--jsonl", str(source)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["p1", "p2"]
    assert set(records[0]) == KEYS | {"id"}
    assert records[1]["skipped"] == "empty page"


def test_bad_arguments_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "nope.html")]) == 2
    assert "nope.html" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["parse"])


def test_subprocess_console_script() -> None:
    done = subprocess.run(
        [str(SCRIPT), "parse", str(PAGES / "bbc_style.html"), "--url", "https://northshire.example/news/1"],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    record = json.loads(done.stdout)
    assert record["title"] == "Volunteers count rare wading birds on estuary"
    assert "Avocets gathered" not in record["text"]
