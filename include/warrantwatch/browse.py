"""Read-only views of the output folder, for the Airflow UI plugin and other front ends.

Only reads files the write stage produced; never computes alerts itself.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from warrantwatch.settings import day_output_files

DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SEVERITIES = ("critical", "high", "warning", "info")
KINDS = ("summary.html", "summary.md", "alerts.md", "alerts.jsonl")


@dataclass(frozen=True)
class DayEntry:
    day: str
    alerts: int
    by_severity: dict[str, int]
    has_summary: bool


def list_days(output: Path) -> list[DayEntry]:
    """Every day with an alerts file, newest first, with its alert counts by severity."""
    entries = []
    for path in sorted((output / "alerts").glob("*.jsonl"), reverse=True):
        if not DAY_RE.match(path.stem):
            continue
        counts = dict.fromkeys(SEVERITIES, 0)
        total = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                total += 1
                severity = json.loads(line).get("severity")
                counts[severity] = counts.get(severity, 0) + 1
        has_summary = day_output_files(output, path.stem)["summary_html"].is_file()
        entries.append(DayEntry(path.stem, total, counts, has_summary))
    return entries


def day_file(output: Path, day: str, kind: str) -> Path | None:
    """The file of ``kind`` (summary.html, summary.md, alerts.md, alerts.jsonl) for ``day``, if any."""
    if not DAY_RE.match(day) or kind not in KINDS:
        return None
    path = day_output_files(output, day)[kind.replace(".", "_")]
    return path if path.is_file() else None


def render_index(entries: list[DayEntry], base: str = "") -> str:
    """A plain HTML page listing the days and their alert counts."""
    rows = []
    for entry in entries:
        counts = " · ".join(f"{n} {s}" for s, n in entry.by_severity.items() if n) or "nothing new"
        links = [f'<a href="{base}day/{entry.day}/alerts.md">alerts.md</a>',
                 f'<a href="{base}day/{entry.day}/alerts.jsonl">alerts.jsonl</a>']
        if entry.has_summary:
            links.insert(0, f'<a href="{base}day/{entry.day}/summary.html">summary</a>')
        rows.append(
            f"<tr><td>{html.escape(entry.day)}</td><td>{entry.alerts}</td>"
            f"<td>{html.escape(counts)}</td><td>{' | '.join(links)}</td></tr>"
        )
    body = "\n".join(rows) or '<tr><td colspan="4">No alert files yet.</td></tr>'
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>warrantwatch alerts</title>"
        "<style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .8em;text-align:left}"
        "</style></head><body><h1>warrantwatch: daily alerts</h1>"
        "<table><tr><th>Day</th><th>Alerts</th><th>By severity</th><th>Files</th></tr>"
        f"{body}</table></body></html>"
    )
