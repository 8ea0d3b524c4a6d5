"""The daily summary, as Markdown and HTML: counts, source health, facts, a 30-day chart.

Inputs are the window's stage stats files and source health file, plus what the store knows
up to the window. Timings (seconds) are left out: they change from run to run, and the files
must not. The chart is a text bar chart in Markdown and an inline SVG in HTML.
"""

from __future__ import annotations

import html
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from warrantwatch.reference import Reference
from warrantwatch.rules import SEVERITIES
from warrantwatch.settings import SOURCE_HEALTH_FILE, stats_file
from warrantwatch.store import VersionRecord

STAGES: tuple[str, ...] = ("fetch", "parse", "tag", "diff")
CHART_DAYS = 30
# Keys that measure time or name files: they differ between runs of the same window.
_VOLATILE = ("seconds", "elapsed", "duration", "_at", "time", "_file", "path")
# Counts of how *this run* got the window's pages (network or archive, requests, bytes
# downloaded, earlier failures carried over): a rerun of the same window differs in them, so
# they stay in the work folder's stats and the task log, not in the summary.
_RUN_DEPENDENT = frozenset({"requests", "bytes", "pages_fetched", "pages_from_archive", "carried_over"})


def _stable_key(key: str) -> bool:
    return key not in _RUN_DEPENDENT and not any(part in key for part in _VOLATILE)


def _read_json(path: Path) -> Any:
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        return {"unreadable": f"{path.name} is not valid JSON"}


def stage_counts(work: Path) -> list[dict[str, Any]]:
    """(stage, count, value) rows from each stage's stats file; nested counts flattened once."""
    rows = []
    for stage in STAGES:
        data = _read_json(work / stats_file(stage))
        if not isinstance(data, dict):
            rows.append({"stage": stage, "count": "(no stats file)", "value": ""})
            continue
        for key in sorted(data):
            value = data[key]
            if not _stable_key(key):
                continue
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(value, int | float):
                rows.append({"stage": stage, "count": key, "value": value})
            elif isinstance(value, dict):
                for sub in sorted(value):
                    if isinstance(value[sub], int | float) and not isinstance(value[sub], bool):
                        rows.append({"stage": stage, "count": f"{key}.{sub}", "value": value[sub]})
    return rows


def source_health(work: Path) -> list[dict[str, Any]]:
    data = _read_json(work / SOURCE_HEALTH_FILE)
    if isinstance(data, dict):
        items = (
            data.get("sources")
            if isinstance(data.get("sources"), list)
            else [
                {"name": name, **(value if isinstance(value, dict) else {"value": value})}
                for name, value in data.items()
            ]
        )
    elif isinstance(data, list):
        items = data
    else:
        return []
    rows = []
    for item in items:
        if not isinstance(item, dict):
            continue
        row = {"source": item.get("name") or item.get("source") or "?"}
        if "pages_fetched" in item or "pages_from_archive" in item:
            # Where a page came from varies between reruns; how many pages the window has does not.
            row["pages"] = int(item.get("pages_fetched") or 0) + int(item.get("pages_from_archive") or 0)
        for key in sorted(item):
            if key in {"name", "source"} or not _stable_key(key):
                continue
            value = item[key]
            if isinstance(value, str | int | float | bool) or value is None:
                row[key] = "" if value is None else value
        rows.append(row)
    preferred = ["source", "type", "status", "items_listed", "items_in_window", "items_selected",
                 "pages", "pages_failed", "error"]

    def ordered(row: dict[str, Any]) -> dict[str, Any]:
        rank = {key: i for i, key in enumerate(preferred)}
        return dict(sorted(row.items(), key=lambda kv: (rank.get(kv[0], len(preferred)), kv[0])))

    return sorted((ordered(r) for r in rows), key=lambda r: str(r["source"]))


def per_source(health: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for row in health:
        entry = table.setdefault(str(row["source"]), {"source": str(row["source"])})
        for key in ("items_selected", "pages_fetched", "pages_from_archive", "pages_failed"):
            if key in row:
                entry[key] = row[key]
    for mention in mentions:
        name = mention.get("source") or "(unknown)"
        entry = table.setdefault(name, {"source": name})
        entry["mentions"] = entry.get("mentions", 0) + 1
        kind = f"{mention['kind']}_mentions"
        entry[kind] = entry.get(kind, 0) + 1
    columns = [
        "source",
        "items_selected",
        "pages_fetched",
        "pages_from_archive",
        "pages_failed",
        "mentions",
        "visit_mentions",
        "warrant_mentions",
    ]
    present = [c for c in columns if any(c in e for e in table.values())]
    return [{c: table[name].get(c, 0) for c in present} for name in sorted(table)]


def facts_frame(versions: list[VersionRecord], reference: Reference) -> Any:
    """The window's facts (every fact mentioned in it) as a pandas DataFrame."""
    import pandas as pd

    rows = []
    for v in versions:
        where = reference.country_name(v.host_country) if v.host_country else (v.court or "ICC")
        rows.append(
            {
                "kind": v.kind,
                "person": v.person,
                "where": where,
                "status": v.status,
                "date": v.date or "",
                "sources": v.sources,
                "changes": ", ".join(v.changes) or "(seen again)",
                "first seen": v.first_seen,
                "fact": v.fact_id,
            }
        )
    columns = ["kind", "person", "where", "status", "date", "sources", "changes", "first seen", "fact"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["kind", "person", "where", "date", "fact"], kind="stable").reset_index(
        drop=True
    )


def chart_days(window_key: str, counts: dict[str, int]) -> list[tuple[str, int]]:
    last = date.fromisoformat(window_key)
    days = [(last - timedelta(days=offset)).isoformat() for offset in range(CHART_DAYS - 1, -1, -1)]
    return [(day, counts.get(day, 0)) for day in days]


def text_chart(days: list[tuple[str, int]], width: int = 40) -> str:
    top = max((n for _, n in days), default=0)
    lines = []
    for day, n in days:
        bar = "█" * (round(n / top * width) if top else 0)
        lines.append(f"{day} │{bar} {n}")
    return "\n".join(lines)


def svg_chart(days: list[tuple[str, int]]) -> str:
    top = max((n for _, n in days), default=0) or 1
    bar_w, gap, height, pad = 16, 4, 120, 20
    width = len(days) * (bar_w + gap) + pad
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 40}" '
        f'viewBox="0 0 {width} {height + 40}" role="img" aria-label="Mentions per day, last {len(days)} days">'
    ]
    for i, (day, n) in enumerate(days):
        h = round(n / top * height)
        x = pad + i * (bar_w + gap)
        parts.append(
            f'<rect x="{x}" y="{height - h + 10}" width="{bar_w}" height="{h}" fill="#3b6ea8">'
            f"<title>{day}: {n}</title></rect>"
        )
        if i % 5 == 0 or i == len(days) - 1:
            parts.append(f'<text x="{x}" y="{height + 28}" font-size="9">{day[5:]}</text>')
    parts.append(f'<text x="0" y="10" font-size="9">{top}</text>')
    parts.append("</svg>")
    return "".join(parts)


def md_table(rows: list[dict[str, Any]], empty: str) -> str:
    if not rows:
        return empty
    columns = list(rows[0])
    out = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    for row in rows:
        out.append("| " + " | ".join(str(row.get(c, "")).replace("|", "\\|") for c in columns) + " |")
    return "\n".join(out)


def html_table(rows: list[dict[str, Any]], empty: str) -> str:
    if not rows:
        return f"<p>{html.escape(empty)}</p>"
    columns = list(rows[0])
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(row.get(c, '')))}</td>" for c in columns) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_summary(
    window_key: str,
    alerts: list[dict[str, Any]],
    versions: list[VersionRecord],
    open_facts: list[dict[str, Any]],
    counts: dict[str, int],
    mentions: list[dict[str, Any]],
    work: Path,
    reference: Reference,
) -> tuple[str, str]:
    """The summary's Markdown and HTML."""
    severity = {s: sum(1 for a in alerts if a["severity"] == s) for s in SEVERITIES}
    if alerts:
        alert_line = f"{len(alerts)} alert(s): " + ", ".join(f"{severity[s]} {s}" for s in SEVERITIES) + "."
    else:
        alert_line = "Nothing new: no new or changed facts in this window."
    stages = stage_counts(work)
    health = source_health(work)
    sources = per_source(health, mentions)
    frame = facts_frame(versions, reference)
    fact_rows = frame.to_dict(orient="records")
    days = chart_days(window_key, counts)
    no_facts = "No facts were mentioned in this window."
    no_open = "None: no warrant subject has a planned or ongoing trip."
    next_day = (date.fromisoformat(window_key) + timedelta(days=1)).isoformat()
    window_text = f"{window_key}T00:00:00Z to {next_day}T00:00:00Z"

    md = "\n".join(
        [
            f"# warrantwatch summary for {window_key}",
            "",
            f"Window {window_text}. {alert_line} Details: `alerts/{window_key}.md`.",
            "",
            "## Counts per stage",
            "",
            md_table(stages, "No stage statistics were found."),
            "",
            "## Counts per source",
            "",
            md_table(sources, "No sources reported."),
            "",
            "## Source health",
            "",
            md_table(health, "No source health file for this window."),
            "",
            "## Facts mentioned in this window",
            "",
            md_table(fact_rows, no_facts),
            "",
            f"## Mentions per day (last {CHART_DAYS} days)",
            "",
            "```text",
            text_chart(days),
            "```",
            "",
            "## Open facts: planned or ongoing trips of ICC warrant subjects",
            "",
            md_table(open_facts, no_open),
            "",
        ]
    )
    facts_html = (
        frame.to_html(index=False, border=0, escape=True) if fact_rows else f"<p>{html.escape(no_facts)}</p>"
    )
    title = f"warrantwatch summary for {window_key}"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 70em; }}
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; }}
th {{ background: #f0f0f0; }}
</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
<p>Window {html.escape(window_text)}. {html.escape(alert_line)} Details: <a href="../alerts/{window_key}.md">alerts/{window_key}.md</a>.</p>
<h2>Counts per stage</h2>
{html_table(stages, "No stage statistics were found.")}
<h2>Counts per source</h2>
{html_table(sources, "No sources reported.")}
<h2>Source health</h2>
{html_table(health, "No source health file for this window.")}
<h2>Facts mentioned in this window</h2>
{facts_html}
<h2>Mentions per day (last {CHART_DAYS} days)</h2>
{svg_chart(days)}
<h2>Open facts: planned or ongoing trips of ICC warrant subjects</h2>
{html_table(open_facts, no_open)}
</body>
</html>
"""
    return md, page
