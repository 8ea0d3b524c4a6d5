"""The write stage: the window's alert files, summaries, the Atom feed and the facts snapshot.

Everything written is derived from the fact store (never from another run's leftovers), under
the store's lock, so concurrent runs cannot leave a stale view behind. Window D's files depend
only on windows ≤ D: each written window remembers the digest of the log up to it, and when an
earlier window's mentions change, the later windows already written are written again.
Files are written atomically (temporary name, then rename), and only window-derived times
appear inside them, so a rerun gives byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from warrantwatch.diff import apply_window, load_window_mentions
from warrantwatch.fileio import atomic_write_bytes, atomic_write_text, dumps_line, write_jsonl
from warrantwatch.models import Window
from warrantwatch.reference import Reference, load_reference
from warrantwatch.rules import SEVERITIES, AlertBuilder, Rules, load_rules, rules_digest, sort_alerts
from warrantwatch.settings import CHANGES_FILE, Paths, day_output_files, stats_file
from warrantwatch.store import FACT_COLUMNS, Store, VersionRecord, digest_text, locked_store

LAST_WINDOW = "9999-12-31"
FACT_SNAPSHOT_COLUMNS = tuple(c for c in FACT_COLUMNS if c not in {"group_key", "detail"})
ATOM_NS = "http://www.w3.org/2005/Atom"


# ---- what the files are made of ---------------------------------------------------------------


@dataclass
class StoreView:
    """Reads the store; in a dry run, the window's freshly derived facts shadow the stored ones."""

    store: Store
    overlay_groups: set[str] = field(default_factory=set)
    overlay: list[VersionRecord] = field(default_factory=list)
    overlay_facts: list[dict[str, Any]] = field(default_factory=list)
    overlay_window: tuple[str, list[dict[str, Any]]] | None = None

    def _merge(self, stored: Iterable[VersionRecord], keep: Any) -> list[VersionRecord]:
        merged = [v for v in stored if v.group_key not in self.overlay_groups]
        merged += [v for v in self.overlay if keep(v)]
        return sorted(merged, key=lambda v: (v.fact_id, v.version))

    def window_versions(self, window_key: str) -> list[VersionRecord]:
        return self._merge(self.store.versions_of_window(window_key), lambda v: v.window_key == window_key)

    def warrant_versions(self) -> list[VersionRecord]:
        return self._merge(self.store.versions_upto(LAST_WINDOW, "warrant"), lambda v: v.kind == "warrant")

    def visit_versions_of(self, persons: set[str]) -> list[VersionRecord]:
        return self._merge(
            self.store.versions_upto(LAST_WINDOW, "visit", persons),
            lambda v: v.kind == "visit" and v.person in persons,
        )

    def mention_counts(self) -> dict[str, int]:
        counts = {key: n for key, _, n in self.store.window_digests()}
        if self.overlay_window is not None:
            counts[self.overlay_window[0]] = len(self.overlay_window[1])
        return counts

    def window_mentions(self, window_key: str) -> list[dict[str, Any]]:
        if self.overlay_window is not None and self.overlay_window[0] == window_key:
            return self.overlay_window[1]
        return self.store.mentions_of_window(window_key)

    def fact_rows(self) -> Iterable[list[tuple[Any, ...]]]:
        """Batches of facts as tuples of the snapshot columns, in fact-id order.

        Without an overlay, in the store's batches; with one, as a single batch (the two ways
        have always been built so, and the snapshot's column types follow the batching).
        """
        if not self.overlay_groups:
            yield from self.store.iter_fact_rows(FACT_SNAPSHOT_COLUMNS)
            return
        rows = [
            row[1:]
            for batch in self.store.iter_fact_rows(("group_key", *FACT_SNAPSHOT_COLUMNS))
            for row in batch
            if row[0] not in self.overlay_groups
        ]
        rows += [tuple(fact[c] for c in FACT_SNAPSHOT_COLUMNS) for fact in self.overlay_facts]
        yield sorted(rows, key=lambda r: r[0])


@dataclass
class Context:
    """What every window's files need, loaded once per run."""

    paths: Paths
    rules: Rules
    reference: Reference
    view: StoreView
    builder: AlertBuilder
    warrant_subjects: set[str]
    subject_visits: list[VersionRecord]
    counts: dict[str, int]


def load_context(paths: Paths, rules: Rules, reference: Reference, view: StoreView) -> Context:
    warrant_versions = view.warrant_versions()
    subjects = {w.subject for w in reference.warrants if w.court.upper() == "ICC"}
    subjects |= {v.person for v in warrant_versions if (v.court or "ICC").upper() == "ICC"}
    return Context(
        paths=paths,
        rules=rules,
        reference=reference,
        view=view,
        builder=AlertBuilder(reference, rules, warrant_versions),
        warrant_subjects=subjects,
        subject_visits=view.visit_versions_of(subjects),
        counts=view.mention_counts(),
    )


def alerts_for(ctx: Context, versions: list[VersionRecord]) -> list[dict[str, Any]]:
    alerts = [a for a in (ctx.builder.build(v) for v in versions) if a is not None]
    return sort_alerts(alerts)


def open_facts(ctx: Context, window_key: str) -> list[dict[str, Any]]:
    """Planned or ongoing trips of warrant subjects, as known at the end of the window."""
    latest: dict[str, VersionRecord] = {}
    for version in ctx.subject_visits:
        if version.window_key <= window_key:
            latest[version.fact_id] = version
    rows = []
    window_day = date.fromisoformat(window_key)
    for version in latest.values():
        if version.status not in ("planned", "ongoing"):
            continue
        from warrantwatch.rules import first_day

        on = first_day(version.date) or window_day
        warrant = ctx.builder.active_warrant(version.person, on, window_key)
        if warrant is None:
            continue
        assert version.host_country is not None
        rows.append(
            {
                "person": version.person,
                "host": ctx.reference.country_name(version.host_country),
                "status": version.status,
                "date": version.date or "",
                "icc_party_on_date": "yes" if ctx.reference.is_icc_party(version.host_country, on) else "no",
                "warrant_issued": warrant.issued,
                "sources": version.sources,
                "last_seen": version.window_key,
                "fact_id": version.fact_id,
            }
        )
    return sorted(rows, key=lambda r: (r["date"] or "9999", r["person"], r["host"], r["fact_id"]))


# ---- rendering ------------------------------------------------------------------------------


def window_times(window_key: str) -> tuple[str, str]:
    start = datetime.combine(date.fromisoformat(window_key), time(0), tzinfo=UTC)
    end = start + timedelta(days=1)
    return start.strftime("%Y-%m-%dT%H:%M:%SZ"), end.strftime("%Y-%m-%dT%H:%M:%SZ")


def severity_counts(alerts: list[dict[str, Any]]) -> dict[str, int]:
    return {s: sum(1 for a in alerts if a["severity"] == s) for s in SEVERITIES}


def icc_line(alert: dict[str, Any]) -> str:
    icc = alert["icc"]
    parts = []
    if alert["fact"]["kind"] == "visit":
        since = f" (in force since {icc['host_party_since']})" if icc.get("host_party_since") else ""
        if icc["host_party"]:
            parts.append(f"{icc['host_name']} was an ICC state party on {icc['on']}{since}")
        else:
            parts.append(f"{icc['host_name']} was not an ICC state party on {icc['on']}")
    warrant = icc.get("warrant")
    if warrant:
        parts.append(
            f"ICC warrant issued {warrant['issued']}, status {warrant['status']} (from the {warrant['basis']})"
        )
    elif alert["fact"]["kind"] == "visit":
        parts.append(f"no active ICC warrant against {alert['fact']['person']} on {icc['on']}")
    if alert["fact"]["kind"] == "warrant":
        parts.append(
            "already in the reference data" if icc.get("in_reference") else "not in the reference data"
        )
    return "; ".join(parts)


def fact_line(fact: dict[str, Any], reference: Reference) -> str:
    if fact["kind"] == "visit":
        where = f"{reference.country_name(fact['host_country'])} ({fact['host_country']})"
        head = f"visit: {fact['person']} → {where}"
    else:
        head = f"warrant: {fact['court']} / {fact['person']}"
    bits = [head, fact["status"], fact["date"] or "date unknown"]
    if fact.get("city"):
        bits.append(f"city {fact['city']}")
    if fact.get("occasion"):
        bits.append(fact["occasion"])
    bits.append(f"{fact['sources']} independent source(s)")
    bits.append(f"first seen {fact['first_seen']}")
    if fact["contradicted"]:
        bits.append("CONTRADICTED")
    return " · ".join(bits)


def render_alerts_md(window_key: str, alerts: list[dict[str, Any]], reference: Reference) -> str:
    start, end = window_times(window_key)
    lines = [f"# Alerts for {window_key}", "", f"Window {start} to {end}."]
    if not alerts:
        lines += ["", "Nothing new: no new or changed facts in this window.", ""]
        return "\n".join(lines)
    counts = severity_counts(alerts)
    lines[-1] += f" {len(alerts)} alert(s): " + ", ".join(f"{counts[s]} {s}" for s in SEVERITIES) + "."
    for severity in SEVERITIES:
        group = [a for a in alerts if a["severity"] == severity]
        if not group:
            continue
        lines += ["", f"## {severity.capitalize()} ({len(group)})"]
        for alert in group:
            lines += ["", f"### {alert['headline']}", ""]
            lines.append(f"- **Change:** {alert['change']['description']}")
            lines.append(f"- **Fact:** {fact_line(alert['fact'], reference)}")
            lines.append(f"- **ICC context:** {icc_line(alert)}")
            lines.append("- **Evidence:**")
            for quote in alert["evidence"]:
                lines.append(f"  > {quote['quote']}")
                lines.append(
                    f"  > — {quote['source'] or 'unknown source'}, <{quote['url'] or ''}>, published {quote['published'] or 'unknown'}"
                )
                lines.append("")
            lines.append(f"- Alert id `{alert['id']}` · rule `{alert['rule']}`")
    lines.append("")
    return "\n".join(lines)


def render_feed(rules: Rules, alerts: list[dict[str, Any]], newest_window: str | None) -> bytes:
    """An Atom feed of the given alerts (newest window first); times are window ends."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    ET.SubElement(feed, f"{{{ATOM_NS}}}title").text = rules.feed_title
    ET.SubElement(feed, f"{{{ATOM_NS}}}id").text = rules.feed_id
    updated = window_times(newest_window)[1] if newest_window else "1970-01-01T00:00:00Z"
    ET.SubElement(feed, f"{{{ATOM_NS}}}updated").text = updated
    author = ET.SubElement(feed, f"{{{ATOM_NS}}}author")
    ET.SubElement(author, f"{{{ATOM_NS}}}name").text = "warrantwatch"
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", rel="self", href="feed.xml")
    for alert in alerts:
        entry = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
        ET.SubElement(entry, f"{{{ATOM_NS}}}id").text = f"urn:warrantwatch:alert:{alert['id']}"
        ET.SubElement(
            entry, f"{{{ATOM_NS}}}title"
        ).text = f"[{alert['severity'].upper()}] {alert['headline']}"
        ET.SubElement(entry, f"{{{ATOM_NS}}}updated").text = window_times(alert["window"])[1]
        ET.SubElement(entry, f"{{{ATOM_NS}}}category", term=alert["severity"])
        urls = [q["url"] for q in alert["evidence"] if q.get("url")]
        if urls:
            ET.SubElement(entry, f"{{{ATOM_NS}}}link", rel="alternate", href=urls[0])
        ET.SubElement(entry, f"{{{ATOM_NS}}}link", rel="related", href=f"{alert['window']}.md")
        summary = f"{alert['change']['description']}. {icc_line(alert)}."
        quotes = [
            f"“{q['quote']}” ({q['source'] or 'unknown source'}, {q['published'] or 'unknown'})"
            for q in alert["evidence"]
        ]
        ET.SubElement(entry, f"{{{ATOM_NS}}}summary", type="text").text = " ".join([summary, *quotes[:3]])
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def facts_snapshot(view: StoreView) -> tuple[bytes, bytes]:
    """facts.csv and facts.parquet bytes for every fact in the store, in fact-id order."""
    import pandas as pd

    columns = list(FACT_SNAPSHOT_COLUMNS)
    batches = list(view.fact_rows())
    frames = [pd.DataFrame(batch, columns=columns) for batch in batches]
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
    frame["contradicted"] = frame["contradicted"].astype(bool)
    for column in ("sources", "mentions"):
        frame[column] = frame[column].astype("int64")
    csv_bytes = facts_csv(columns, (row for batch in batches for row in batch))
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, engine="pyarrow")
    return csv_bytes, buffer.getvalue()


def facts_csv(columns: list[str], rows: Iterable[tuple[Any, ...]]) -> bytes:
    """The bytes pandas' ``to_csv(index=False, lineterminator="\\n")`` gives for these rows
    (pandas writes through the same csv module, None as empty), three times faster."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


# ---- writing --------------------------------------------------------------------------------


def write_window(ctx: Context, window_key: str, out: Path, work: Path) -> dict[str, Any]:
    """Write one window's alert and summary files (and refresh its change records)."""
    from warrantwatch.diff import change_record
    from warrantwatch.summary import render_summary

    versions = ctx.view.window_versions(window_key)
    alerts = alerts_for(ctx, versions)
    files = day_output_files(out, window_key)
    jsonl, md = files["alerts_jsonl"], files["alerts_md"]
    write_jsonl(jsonl, alerts)
    atomic_write_text(md, render_alerts_md(window_key, alerts, ctx.reference))
    write_jsonl(work / CHANGES_FILE, (change_record(v) for v in versions if v.changes))
    summary_md, summary_html = render_summary(
        window_key=window_key,
        alerts=alerts,
        versions=versions,
        open_facts=open_facts(ctx, window_key),
        counts=ctx.counts,
        mentions=ctx.view.window_mentions(window_key),
        work=ctx.paths.work(Window.for_day(window_key)),
        reference=ctx.reference,
    )
    summary_md_path, summary_html_path = files["summary_md"], files["summary_html"]
    atomic_write_text(summary_md_path, summary_md)
    atomic_write_text(summary_html_path, summary_html)
    return {
        "alerts_jsonl": str(jsonl),
        "alerts_md": str(md),
        "summary_md": str(summary_md_path),
        "summary_html": str(summary_html_path),
        "alert_count": len(alerts),
        "severities": severity_counts(alerts),
    }


def feed_alerts(ctx: Context, windows: list[str]) -> list[dict[str, Any]]:
    alerts = []
    for window_key in sorted(windows, reverse=True):
        alerts += alerts_for(ctx, ctx.view.window_versions(window_key))
    return alerts


def feed_windows(rules: Rules, written: Iterable[str]) -> tuple[list[str], str | None]:
    keys = sorted(set(written))
    if not keys:
        return [], None
    newest = keys[-1]
    first = (date.fromisoformat(newest) - timedelta(days=rules.feed_days - 1)).isoformat()
    return [k for k in keys if k >= first], newest


def config_digest(paths: Paths) -> str:
    """Rules and reference data shape every file: a change to either rewrites written windows."""
    parts = [rules_digest(paths.config)]
    reference = Path(paths.reference)
    if reference.is_dir():
        for path in sorted(reference.iterdir()):
            if path.is_file():
                parts.append(path.name + ":" + hashlib.sha256(path.read_bytes()).hexdigest())
    return digest_text(parts)


def cumulative_digests(
    windows: list[tuple[str, str, int]], base: str, wanted: Iterable[str]
) -> dict[str, str]:
    """For each wanted window, a digest of the config and of every stored window ≤ it."""
    out: dict[str, str] = {}
    wanted_sorted = sorted(set(wanted))
    sha = hashlib.sha256(base.encode())
    index = 0
    for key in wanted_sorted:
        while index < len(windows) and windows[index][0] <= key:
            sha.update(f"{windows[index][0]}:{windows[index][1]}\n".encode())
            index += 1
        out[key] = sha.copy().hexdigest()
    return out


def remove_leftover_temporaries(out: Path) -> list[Path]:
    """Delete temporary files a killed writer left behind (the lock is ours: no writer is live)."""
    removed = []
    for folder in ("alerts", "summaries", "facts"):
        for path in sorted((out / folder).glob(".*.tmp")) if (out / folder).is_dir() else []:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def run_stage(window: Window, paths: Paths, dry_run: bool = False) -> dict[str, Any]:
    """Write the window's files (and re-write later windows whose inputs changed)."""
    rules = load_rules(paths.config)
    reference = load_reference(paths.reference)
    if dry_run:
        return _dry_run(window, paths, rules, reference)
    out = paths.output
    with locked_store(paths) as store:
        remove_leftover_temporaries(out)
        view = StoreView(store)
        ctx = load_context(paths, rules, reference, view)
        written = store.written()
        digests = cumulative_digests(
            store.window_digests(), config_digest(paths), set(written) | {window.key}
        )
        stale = sorted(k for k, d in written.items() if k != window.key and digests[k] != d)
        # Marked before writing: if this run dies half-way, the next run sees these as stale.
        store.mark_written({key: "pending" for key in [window.key, *stale]})
        result = write_window(ctx, window.key, out, paths.work(window))
        for key in stale:
            write_window(ctx, key, out, paths.work(Window.for_day(key)))
        windows, newest = feed_windows(rules, set(written) | {window.key})
        feed = out / "alerts" / "feed.xml"
        atomic_write_bytes(feed, render_feed(rules, feed_alerts(ctx, windows), newest))
        csv_bytes, parquet_bytes = facts_snapshot(view)
        facts_csv = out / "facts" / "facts.csv"
        facts_parquet = out / "facts" / "facts.parquet"
        atomic_write_bytes(facts_csv, csv_bytes)
        atomic_write_bytes(facts_parquet, parquet_bytes)
        store.mark_written({key: digests[key] for key in [window.key, *stale]})
    stats = {
        "window": window.key,
        "alerts": result["alert_count"],
        **{f"alerts_{k}": v for k, v in result["severities"].items()},
    }
    atomic_write_text(
        paths.work(window) / stats_file("write"), json.dumps(stats, indent=2, sort_keys=True) + "\n"
    )
    return result | {
        "feed": str(feed),
        "facts_csv": str(facts_csv),
        "facts_parquet": str(facts_parquet),
        "rewritten": stale,
        "dry_run": False,
    }


def _dry_run(window: Window, paths: Paths, rules: Rules, reference: Reference) -> dict[str, Any]:
    """Compute the window from its mentions file as if stored, and write under work/dry-run/."""
    out = paths.work(window) / "dry-run"
    rows = load_window_mentions(window, paths, reference)
    with locked_store(paths) as store:
        derived = apply_window(store, window.key, rows, rules, persist=False)
        groups = {v.group_key for v in derived.versions} | {f["group_key"] for f in derived.facts}
        with store.transaction("reading the window's stored groups") as conn:
            groups |= store.group_keys_of_window(conn, window.key)
        view = StoreView(store, groups, derived.versions, derived.facts, (window.key, rows))
        ctx = load_context(paths, rules, reference, view)
        result = write_window(ctx, window.key, out, out)
        windows, newest = feed_windows(rules, set(store.written()) | {window.key})
        feed = out / "alerts" / "feed.xml"
        atomic_write_bytes(feed, render_feed(rules, feed_alerts(ctx, windows), newest))
        csv_bytes, parquet_bytes = facts_snapshot(view)
    atomic_write_bytes(out / "facts" / "facts.csv", csv_bytes)
    atomic_write_bytes(out / "facts" / "facts.parquet", parquet_bytes)
    return result | {
        "feed": str(feed),
        "facts_csv": str(out / "facts" / "facts.csv"),
        "facts_parquet": str(out / "facts" / "facts.parquet"),
        "rewritten": [],
        "dry_run": True,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warrantwatch write", description=__doc__.splitlines()[0])
    parser.add_argument("--date", required=True, help="the window's day, YYYY-MM-DD (UTC)")
    parser.add_argument("--dry-run", action="store_true", help="write under the work folder's dry-run/")
    args = parser.parse_args(argv)
    result = run_stage(Window.for_day(args.date), Paths.from_env(), dry_run=args.dry_run)
    sys.stdout.write(dumps_line(result) + "\n")
    return 0
