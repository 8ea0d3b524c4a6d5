"""The diff stage: log the window's mentions, derive facts, and record what changed.

Facts are a pure function of the mention log. For the window D, the facts touched by D are
replayed from every logged mention of their *fact group* (a visit's traveler + host country, a
warrant's court + subject), windows in order; each window that mentions a fact leaves a version
of it (its state at the end of that window) with the window's change kinds. D's changes are the
versions of window D, so they depend only on windows ≤ D, whatever order the windows ran in.

Trip matching (which visit mentions are the same trip). Each mention has a *span* of days:
- dated: the days its date covers ("2024-12" → all of December, "2024-12-04" → that day);
- undated: a span implied by its status around the publication day p: planned, cancelled,
  declined → [p − 30 d, p + 400 d]; ongoing → [p − 14 d, p + 2 d]; completed → [p − 400 d, p].
A trip's span is the span of its most precise date, or the implied span of its first mention
when it has none. A mention joins a trip of the same traveler and host whose span overlaps its
own (if several do: the most precisely dated, then the latest, then the oldest); otherwise it
starts a new trip. A trip dated to the day reaches ``TRIP_DAY_SLACK`` days either side: a
three-day state visit is reported as arriving on the 19th and leaving on the 21st, and both
are the one trip (dated by its first report's day). Otherwise calendar spans are nested or
disjoint, so a joining mention can only refine the trip's date ("December" → "4 December").
A new status never starts a new trip.

Independent sources: mentions of a fact are clustered (union-find) when they share an article,
a source name, a near-duplicate group in the same window (``group_id``), or a body fingerprint
within ``fingerprint_distance`` bits (wire copies across windows). A fact's ``sources`` is the
number of clusters; ``corroborated`` fires when it reaches ``corroboration_threshold`` for a fact
that existed before the window.

Status: the highest-ranked claim wins (planned < ongoing < completed / cancelled / declined;
requested < issued < withdrawn / executed); ties go to the latest mention. When independent
clusters claim both "it happened" (ongoing, completed) and "it did not" (cancelled, declined) —
or executed vs withdrawn — the fact is *contradicted*; the side with more clusters wins, ties
to the latest mention.
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import functools
import gc
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from warrantwatch.fileio import atomic_write_text, read_jsonl
from warrantwatch.models import VISIT_STATUSES, WARRANT_STATUSES, Window
from warrantwatch.reference import Reference, load_reference
from warrantwatch.rules import Rules, load_rules
from warrantwatch.settings import CHANGES_FILE, MENTIONS_FILE, Paths, stats_file
from warrantwatch.store import (
    MENTION_COLUMNS,
    Store,
    VersionRecord,
    digest_text,
    json_encoder,
    locked_store,
)

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
VISIT_RANK = {"planned": 0, "ongoing": 1, "completed": 2, "cancelled": 2, "declined": 2}
WARRANT_RANK = {"requested": 0, "issued": 1, "withdrawn": 2, "executed": 2}
# (it happened, it did not): independent sources on both sides contradict each other.
CONFLICTS = {
    "visit": ({"ongoing", "completed"}, {"cancelled", "declined"}),
    "warrant": ({"executed"}, {"withdrawn"}),
}
COURT_ALIASES = {"INTERNATIONAL CRIMINAL COURT": "ICC", "THE INTERNATIONAL CRIMINAL COURT": "ICC"}


class MentionError(ValueError):
    """A mention row cannot be stored; the message names the file, line and field."""


# ---- turning Mention dicts into log rows ------------------------------------------------------


def normalise_court(court: str | None) -> str:
    name = (court or "ICC").strip() or "ICC"
    return COURT_ALIASES.get(name.upper(), name.upper() if len(name) <= 6 else name)


def group_key(row: dict[str, Any]) -> str:
    if row["kind"] == "visit":
        return f"visit|{row['person']}|{row['host_country']}"
    return f"warrant|{row['court']}|{row['person']}"


def mention_row(
    data: dict[str, Any], window_key: str, seq: int, reference: Reference, where: str
) -> dict[str, Any]:
    """Validate one ``Mention.to_dict()`` and shape it as a ``mention_log`` row."""
    kind = data.get("kind")
    if kind not in ("visit", "warrant"):
        raise MentionError(f"{where}: kind {kind!r} is not 'visit' or 'warrant'")
    person = (data.get("person") or "").strip()
    if not person:
        raise MentionError(f"{where}: no person")
    status = data.get("status")
    allowed = VISIT_STATUSES if kind == "visit" else WARRANT_STATUSES
    if status not in allowed:
        raise MentionError(f"{where}: {kind} status {status!r} is not one of {', '.join(allowed)}")
    when = data.get("date")
    if when is not None and not (isinstance(when, str) and DATE_RE.match(when) and _valid_date(when)):
        raise MentionError(f"{where}: date {when!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    host = None
    court = None
    if kind == "visit":
        host = (data.get("host_country") or "").strip().upper()
        if not host:
            raise MentionError(f"{where}: visit without host_country")
        try:
            reference.country_name(host)
        except KeyError:
            raise MentionError(
                f"{where}: unknown host country code {data.get('host_country')!r} (expected ISO 3166-1 alpha-3)"
            ) from None
    else:
        court = normalise_court(data.get("court"))
    article = str(data.get("article") or "").strip()
    if not article:
        raise MentionError(f"{where}: no article id")
    row = {
        "window_key": window_key,
        "seq": seq,
        "kind": kind,
        "person": person,
        "host_country": host,
        "court": court,
        "status": status,
        "date": when,
        "city": data.get("city"),
        "occasion": data.get("occasion"),
        "reason": data.get("reason"),
        "evidence": data.get("evidence") or "",
        "start_char": int(data.get("start") or 0),
        "end_char": int(data.get("end") or 0),
        "confidence": round(float(data.get("confidence") or 0.0), 4),
        "article": article,
        "url": data.get("url"),
        "source": data.get("source"),
        "published": data.get("published"),
        "group_id": data.get("group_id"),
        "fingerprint": (data.get("fingerprint") or None),
    }
    row["group_key"] = group_key(row)
    return {name: row[name] for name in MENTION_COLUMNS}


def _valid_date(value: str) -> bool:
    try:
        date_span(value)
    except ValueError:
        return False
    return True


def load_window_mentions(window: Window, paths: Paths, reference: Reference) -> list[dict[str, Any]]:
    """The window's mentions file as validated log rows (a missing file is an error: tag didn't run)."""
    path = paths.work(window) / MENTIONS_FILE
    if not path.is_file():
        raise FileNotFoundError(f"no mentions for window {window.key}: {path} is missing (run the tag stage)")
    rows = []
    for seq, data in enumerate(read_jsonl(path), 1):
        rows.append(mention_row(data, window.key, seq, reference, f"{path}:{seq}"))
    return rows


# The bytes of fileio.dumps_line, with one encoder for the whole window instead of one a line.
_encode_line = json_encoder(ensure_ascii=False, compact=True)


def window_digest(rows: Iterable[dict[str, Any]]) -> str:
    return digest_text(map(_encode_line, rows))


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a window's rows are built and stored.

    The replay allocates tens of thousands of small acyclic objects; each time the collector
    runs it walks every live object, which cost a tenth of the diff. Reference counting still
    frees everything; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ---- dates and spans --------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)  # a window's mentions share few distinct dates
def date_span(value: str) -> tuple[date, date]:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(
            parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1]
        )
    day = date(parts[0], parts[1], parts[2])
    return day, day


IMPLIED_SPAN = {  # undated mentions: days around the publication day
    "planned": (-30, 400),
    "cancelled": (-30, 400),
    "declined": (-30, 400),
    "ongoing": (-14, 2),
    "completed": (-400, 0),
}


def published_day(row: dict[str, Any]) -> date:
    text = row.get("published") or ""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return date.fromisoformat(row["window_key"])


def mention_span(row: dict[str, Any]) -> tuple[date, date]:
    if row["date"]:
        return date_span(row["date"])
    before, after = IMPLIED_SPAN.get(row["status"], (-30, 400))
    day = published_day(row)
    return day + timedelta(days=before), day + timedelta(days=after)


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _precision(value: str | None) -> int:
    return 0 if not value else len(value.split("-"))


def replay_order(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["window_key"], row.get("published") or "", row["article"], row["start_char"], row["seq"])


# ---- facts ------------------------------------------------------------------------------------


@dataclass
class Snapshot:
    status: str
    date: str | None
    sources: int
    contradicted: bool
    claims: dict[str, int]
    city: str | None
    occasion: str | None
    reason: str | None
    mentions: int

    def brief(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "date": self.date,
            "sources": self.sources,
            "contradicted": self.contradicted,
        }


@dataclass
class Fact:
    fact_id: str
    group_key: str
    kind: str
    person: str
    host_country: str | None
    court: str | None
    first_seen: str
    first_span: tuple[date, date]
    mentions: list[dict[str, Any]] = field(default_factory=list)
    date: str | None = None
    status_dates: dict[str, str] = field(default_factory=dict)
    last: Snapshot | None = None
    last_seen: str = ""

    def span(self) -> tuple[date, date]:
        return date_span(self.date) if self.date else self.first_span

    def add(self, row: dict[str, Any]) -> None:
        self.mentions.append(row)
        self.last_seen = row["window_key"]
        when = row["date"]
        if self.kind == "visit":
            if when and _precision(when) > _precision(self.date):
                self.date = when
        elif when:
            known = self.status_dates.get(row["status"])
            if _precision(when) > _precision(known):
                self.status_dates[row["status"]] = when


def _fingerprint(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return int(value, 16)
    except ValueError:
        return None


def independent_clusters(mentions: list[dict[str, Any]], max_distance: int) -> list[int]:
    """Cluster id of each mention: copies of one story, and one outlet's articles, count once."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first_by: dict[tuple[str, Any], int] = {}
    prints: list[tuple[int, int]] = []
    for i, row in enumerate(mentions):
        keys = [("article", row["article"])]
        if row.get("source"):
            keys.append(("source", row["source"]))
        if row.get("group_id"):
            keys.append(("group", (row["window_key"], row["group_id"])))
        for key in keys:
            if key in first_by:
                union(i, first_by[key])
            else:
                first_by[key] = i
        value = _fingerprint(row.get("fingerprint"))
        if value is not None:
            for j, other in prints:
                if (value ^ other).bit_count() <= max_distance:
                    union(i, j)
            prints.append((i, value))
    return [find(i) for i in range(len(mentions))]


def snapshot(fact: Fact, rules: Rules) -> Snapshot:
    mentions = fact.mentions
    clusters = independent_clusters(mentions, rules.fingerprint_distance)
    rank = VISIT_RANK if fact.kind == "visit" else WARRANT_RANK
    claims: dict[str, set[int]] = {}
    latest: dict[str, int] = {}  # status -> index of its latest mention (mentions are in replay order)
    for index, (row, cluster) in enumerate(zip(mentions, clusters, strict=True)):
        claims.setdefault(row["status"], set()).add(cluster)
        latest[row["status"]] = index
    happened, did_not = CONFLICTS[fact.kind]
    yes = _clusters_claiming(claims, happened)
    no = _clusters_claiming(claims, did_not)
    contradicted = bool(yes and no and (len(yes | no) > 1))
    candidates = set(claims)
    if yes and no:
        last_yes = max(latest[s] for s in happened if s in latest)
        last_no = max(latest[s] for s in did_not if s in latest)
        yes_wins = (len(yes), last_yes) > (len(no), last_no)
        candidates -= did_not if yes_wins else happened
    status = max(candidates, key=lambda s: (rank[s], latest[s]))
    when = fact.date if fact.kind == "visit" else fact.status_dates.get(status)
    city = next((m["city"] for m in mentions if m.get("city")), None)
    occasion = next((m["occasion"] for m in mentions if m.get("occasion")), None)
    reason = "warrant" if any(m.get("reason") == "warrant" for m in mentions) else None
    return Snapshot(
        status=status,
        date=when,
        sources=len(set(clusters)),
        contradicted=contradicted,
        claims={s: len(c) for s, c in sorted(claims.items())},
        city=city,
        occasion=occasion,
        reason=reason,
        mentions=len(mentions),
    )


def _clusters_claiming(claims: dict[str, set[int]], statuses: set[str]) -> set[int]:
    out: set[int] = set()
    for status in statuses:
        clusters = claims.get(status)
        if clusters:
            out |= clusters
    return out


def changes_between(before: Snapshot | None, after: Snapshot, threshold: int) -> list[str]:
    if before is None:
        return ["new"]
    found = []
    if after.status != before.status:
        found.append("status_changed")
    if after.contradicted and not before.contradicted:
        found.append("contradicted")
    if after.date != before.date and _precision(after.date) > _precision(before.date):
        found.append("date_refined")
    if before.sources < threshold <= after.sources:
        found.append("corroborated")
    return found


def _new_fact(row: dict[str, Any]) -> Fact:
    key = row["group_key"]
    if row["kind"] == "warrant":
        identity = key  # a warrant is (court, subject): one fact per group
    else:
        identity = "|".join([key, row["window_key"], row["article"], str(row["start_char"]), row["status"]])
    return Fact(
        fact_id=hashlib.sha256(identity.encode("utf-8")).hexdigest()[:20],
        group_key=key,
        kind=row["kind"],
        person=row["person"],
        host_country=row["host_country"],
        court=row["court"],
        first_seen=row["window_key"],
        first_span=mention_span(row) if row["kind"] == "visit" else (date.min, date.max),
    )


TRIP_DAY_SLACK = timedelta(days=3)


def _trip_span(fact: Fact) -> tuple[date, date]:
    """The days a mention may fall on to join ``fact``: its span, widened for a day-dated trip."""
    start, end = fact.span()
    if _precision(fact.date) == 3:
        return start - TRIP_DAY_SLACK, end + TRIP_DAY_SLACK
    return start, end


def _match(facts: list[Fact], row: dict[str, Any]) -> Fact | None:
    if row["kind"] == "warrant":
        return facts[0] if facts else None
    span = mention_span(row)
    candidates = [(index, f) for index, f in enumerate(facts) if _overlap(_trip_span(f), span)]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (_precision(c[1].date), c[1].span()[0], -c[0]))[1]


def evidence_of(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen = set()
    out = []
    for row in sorted(
        rows, key=lambda r: (r.get("published") or "", r.get("source") or "", r["article"], r["start_char"])
    ):
        key = (row["article"], row["evidence"])
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                "quote": row["evidence"],
                "source": row.get("source"),
                "url": row.get("url"),
                "published": row.get("published"),
                "article": row["article"],
                "status": row["status"],
                "date": row["date"],
            }
        )
    return out


@dataclass
class Derived:
    facts: list[dict[str, Any]]
    versions: list[VersionRecord]


def derive(rows: list[dict[str, Any]], rules: Rules) -> Derived:
    """Replay logged mentions (any number of fact groups, any windows) into facts and versions."""
    by_group: dict[str, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=replay_order):
        by_group.setdefault(row["group_key"], []).append(row)
    fact_rows: list[dict[str, Any]] = []
    versions: list[VersionRecord] = []
    for key in sorted(by_group):
        facts: list[Fact] = []
        numbers: dict[str, int] = {}
        group = by_group[key]
        start = 0
        while start < len(group):
            window_key = group[start]["window_key"]
            end = start
            touched: dict[str, list[dict[str, Any]]] = {}
            while end < len(group) and group[end]["window_key"] == window_key:
                row = group[end]
                fact = _match(facts, row)
                if fact is None:
                    fact = _new_fact(row)
                    facts.append(fact)
                fact.add(row)
                touched.setdefault(fact.fact_id, []).append(row)
                end += 1
            for fact in facts:
                if fact.fact_id not in touched:
                    continue
                after = snapshot(fact, rules)
                numbers[fact.fact_id] = numbers.get(fact.fact_id, 0) + 1
                versions.append(
                    _version(fact, after, numbers[fact.fact_id], window_key, rules, touched[fact.fact_id])
                )
                fact.last = after
            start = end
        for fact in facts:
            assert fact.last is not None
            fact_rows.append(_fact_row(fact, fact.last))
    return Derived(fact_rows, versions)


def _detail(fact: Fact, snap: Snapshot) -> dict[str, Any]:
    detail: dict[str, Any] = {"claims": snap.claims}
    if fact.kind == "warrant":
        detail["status_dates"] = dict(sorted(fact.status_dates.items()))
    return detail


def _version(
    fact: Fact, after: Snapshot, number: int, window_key: str, rules: Rules, rows: list[dict[str, Any]]
) -> VersionRecord:
    return VersionRecord(
        fact_id=fact.fact_id,
        version=number,
        window_key=window_key,
        group_key=fact.group_key,
        kind=fact.kind,
        person=fact.person,
        host_country=fact.host_country,
        court=fact.court,
        status=after.status,
        date=after.date,
        city=after.city,
        occasion=after.occasion,
        reason=after.reason,
        sources=after.sources,
        mentions=after.mentions,
        contradicted=after.contradicted,
        first_seen=fact.first_seen,
        changes=tuple(changes_between(fact.last, after, rules.corroboration_threshold)),
        previous=fact.last.brief() if fact.last else None,
        detail=_detail(fact, after),
        evidence=tuple(evidence_of(rows)),
    )


def _fact_row(fact: Fact, snap: Snapshot) -> dict[str, Any]:
    return {
        "fact_id": fact.fact_id,
        "group_key": fact.group_key,
        "kind": fact.kind,
        "person": fact.person,
        "host_country": fact.host_country,
        "court": fact.court,
        "status": snap.status,
        "date": snap.date,
        "city": snap.city,
        "occasion": snap.occasion,
        "reason": snap.reason,
        "sources": snap.sources,
        "mentions": snap.mentions,
        "contradicted": snap.contradicted,
        "first_seen": fact.first_seen,
        "last_seen": fact.last_seen,
        "detail": json.dumps(_detail(fact, snap), sort_keys=True),
    }


# ---- the stage ------------------------------------------------------------------------------


def change_record(version: VersionRecord) -> dict[str, Any]:
    return {
        "window": version.window_key,
        "fact_id": version.fact_id,
        "kind": version.kind,
        "person": version.person,
        "host_country": version.host_country,
        "court": version.court,
        "changes": list(version.changes),
        "previous": version.previous,
        "current": {
            "status": version.status,
            "date": version.date,
            "sources": version.sources,
            "contradicted": version.contradicted,
        },
        "evidence": list(version.evidence),
    }


def apply_window(
    store: Store,
    window_key: str,
    rows: list[dict[str, Any]],
    rules: Rules,
    persist: bool,
    digest: str | None = None,
) -> Derived:
    """Log the window's rows (replacing earlier ones) and re-derive the facts they touch.

    Returns the facts and versions of every touched fact group (all windows). With ``persist=False``
    nothing is written (a dry run). Call under ``store.lock()``.
    """
    digest = digest or window_digest(rows)
    new_keys = {row["group_key"] for row in rows}
    with store.transaction(f"storing window {window_key}") as conn:
        old_keys = store.group_keys_of_window(conn, window_key)
        keys = old_keys | new_keys
        logged = [r for r in store.mentions_of_groups(conn, keys) if r["window_key"] != window_key]
        derived = derive(logged + rows, rules)
        if persist:
            store.replace_window(conn, window_key, rows, digest)
            store.replace_groups(conn, keys, derived.facts, [v.to_row() for v in derived.versions])
    return derived


def run_stage(window: Window, paths: Paths, dry_run: bool = False) -> dict[str, Any]:
    """Store the window's mentions, derive facts, write the window's change records."""
    rules = load_rules(paths.config)
    reference = load_reference(paths.reference)
    with _gc_paused():
        rows = load_window_mentions(window, paths, reference)
        digest = window_digest(rows)
        with locked_store(paths) as store:
            if not dry_run and store.window_digest(window.key) == digest:
                versions = store.versions_of_window(window.key)  # already stored: nothing to redo
                stored = False
            else:
                derived = apply_window(store, window.key, rows, rules, persist=not dry_run, digest=digest)
                versions = [v for v in derived.versions if v.window_key == window.key]
                stored = not dry_run
        changed = [v for v in sorted(versions, key=lambda v: v.fact_id) if v.changes]
        out_dir = paths.work(window) / "dry-run" if dry_run else paths.work(window)
        changes_path = out_dir / CHANGES_FILE
        atomic_write_text(changes_path, "".join(_encode_line(change_record(v)) + "\n" for v in changed))
    # Only counts that depend on this window's mentions alone: the summary reads this file,
    # and it must not differ with the order the windows were processed in.
    stats = {
        "window": window.key,
        "mentions": len(rows),
        "visit_mentions": sum(1 for r in rows if r["kind"] == "visit"),
        "warrant_mentions": sum(1 for r in rows if r["kind"] == "warrant"),
        "fact_groups": len({r["group_key"] for r in rows}),
    }
    write_json(out_dir / stats_file("diff"), stats)
    return stats | {
        "facts": len(versions),
        "changes": len(changed),
        "stored": stored,
        "dry_run": dry_run,
        "changes_file": str(changes_path),
    }


def write_json(path: Path, data: dict[str, Any]) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warrantwatch diff", description=__doc__.splitlines()[0])
    parser.add_argument("--date", required=True, help="the window's day, YYYY-MM-DD (UTC)")
    parser.add_argument("--dry-run", action="store_true", help="compute changes without storing them")
    args = parser.parse_args(argv)
    result = run_stage(Window.for_day(args.date), Paths.from_env(), dry_run=args.dry_run)
    json.dump(result, sys.stdout, indent=2, sort_keys=True)
    print()
    return 0
