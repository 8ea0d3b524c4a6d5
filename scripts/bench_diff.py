"""Benchmark the diff and write stages on a large store.

Fills a store with N stored facts (one logged mention, one fact and one version each, spread over
the year before the benchmark day), then times:
- the diff stage for M new mentions (half touch stored facts, half are new facts);
- the full write stage for that day (alerts, summaries, feed, and the snapshot of all N facts).

    python scripts/bench_diff.py                          # 1,000,000 facts, 10,000 mentions, SQLite
    python scripts/bench_diff.py --facts 100000 --mentions 2000 --backend both
    python scripts/bench_diff.py --backend postgres --pg-url postgresql+psycopg2://user@host/db

With ``--backend postgres`` and no URL, a throwaway server is started from Debian's
``/usr/lib/postgresql/*/bin`` (as the ``postgres`` user when run as root).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from warrantwatch import diff, write
from warrantwatch.models import Window
from warrantwatch.settings import CONFIG_DIR, MENTIONS_FILE, REFERENCE_DIR, Paths
from warrantwatch.store import (
    FACT_COLUMNS,
    MENTION_COLUMNS,
    VERSION_COLUMNS,
    LogWindow,
    locked_store,
)

DAY = date(2025, 6, 1)
HOSTS = ("MNG", "BRA", "IND", "ZAF", "FRA", "DEU", "JPN", "CHN", "TUR", "EGY")
STATUSES = ("planned", "ongoing", "completed", "cancelled", "declined")


def _mention(i: int, window: str, status: str, when: str | None, source: str) -> dict:
    return {
        "article": f"art{i:08d}",
        "kind": "visit",
        "person": f"Official {i:07d}",
        "host_country": HOSTS[i % len(HOSTS)],
        "status": status,
        "date": when,
        "evidence": f"Official {i} will travel abroad, a spokesperson said.",
        "start": 0,
        "end": 50,
        "confidence": 0.9,
        "url": f"http://{source}.example/{i}",
        "source": source,
        "published": f"{window}T08:00:00+00:00",
        "group_id": f"art{i:08d}",
        "fingerprint": f"{(i * 2654435761) % (1 << 64):016x}",
        "window": window,
    }


def stored_rows(i: int, window: str) -> tuple[dict, dict, dict]:
    """The log row, fact row and version row that deriving synthetic mention ``i`` alone gives.

    Built directly because replaying a million one-mention groups through ``diff.derive`` would
    make the fill take minutes; :func:`check_stored_rows` proves they are what derive gives.
    """
    host = HOSTS[i % len(HOSTS)]
    person = f"Official {i:07d}"
    article = f"art{i:08d}"
    source = f"src{i % 50}"
    url = f"http://{source}.example/{i}"
    published = f"{window}T08:00:00+00:00"
    evidence = f"Official {i} will travel abroad, a spokesperson said."
    key = f"visit|{person}|{host}"
    mention = {
        "window_key": window,
        "seq": i,
        "group_key": key,
        "kind": "visit",
        "person": person,
        "host_country": host,
        "court": None,
        "status": "planned",
        "date": "2025-07",
        "city": None,
        "occasion": None,
        "reason": None,
        "evidence": evidence,
        "start_char": 0,
        "end_char": 50,
        "confidence": 0.9,
        "article": article,
        "url": url,
        "source": source,
        "published": published,
        "group_id": article,
        "fingerprint": f"{(i * 2654435761) % (1 << 64):016x}",
    }
    fact_id = hashlib.sha256(f"{key}|{window}|{article}|0|planned".encode()).hexdigest()[:20]
    common = {
        "fact_id": fact_id,
        "group_key": key,
        "kind": "visit",
        "person": person,
        "host_country": host,
        "court": None,
        "status": "planned",
        "date": "2025-07",
        "city": None,
        "occasion": None,
        "reason": None,
        "sources": 1,
        "mentions": 1,
        "contradicted": False,
        "first_seen": window,
        "detail": '{"claims": {"planned": 1}}',
    }
    fact = common | {"last_seen": window}
    quote = {
        "article": article,
        "date": "2025-07",
        "published": published,
        "quote": evidence,
        "source": source,
        "status": "planned",
        "url": url,
    }
    version = common | {
        "version": 1,
        "window_key": window,
        "changes": "new",
        "previous": "null",
        "evidence": json.dumps([quote], sort_keys=True, ensure_ascii=False),
    }
    return mention, fact, version


def check_stored_rows(paths: Paths, windows: list[str], facts: int) -> None:
    """Fail loudly if :func:`stored_rows` ever drifts from what the diff itself derives."""
    rules = diff.load_rules(paths.config)
    reference = diff.load_reference(paths.reference)
    sample = sorted({*range(min(facts, 100)), *range(0, facts, max(1, facts // 100))})
    for i in sample:
        window = windows[i % len(windows)]
        data = _mention(i, window, "planned", "2025-07", f"src{i % 50}")
        mention = diff.mention_row(data, window, i, reference, "bench")
        derived = diff.derive([mention], rules)
        expected = (mention, derived.facts[0], derived.versions[0].to_row())
        if stored_rows(i, window) != expected:
            raise SystemExit(f"bench: synthetic rows for fact {i} differ from what diff.derive gives")


def fill(paths: Paths, facts: int, batch: int = 50_000) -> float:
    """Store ``facts`` facts with their log rows and versions in one transaction; returns seconds."""
    started = time.perf_counter()
    windows = [(DAY - timedelta(days=1 + d)).isoformat() for d in range(365)]
    check_stored_rows(paths, windows, facts)
    counts: dict[str, int] = {}
    with locked_store(paths) as store:
        with store.transaction("filling the benchmark store") as conn:
            for first in range(0, facts, batch):
                parts = [
                    stored_rows(i, windows[i % len(windows)]) for i in range(first, min(first + batch, facts))
                ]
                store.bulk_insert(conn, "mention_log", MENTION_COLUMNS, [m for m, _, _ in parts])
                store.bulk_insert(conn, "facts", FACT_COLUMNS, [f for _, f, _ in parts])
                store.bulk_insert(conn, "fact_versions", VERSION_COLUMNS, [v for _, _, v in parts])
                for mention, _, _ in parts:
                    counts[mention["window_key"]] = counts.get(mention["window_key"], 0) + 1
            conn.execute(
                insert(LogWindow.__table__),
                [{"window_key": w, "digest": "bench", "mentions": n} for w, n in sorted(counts.items())],
            )
        if not store.is_sqlite:  # fresh planner statistics, as autovacuum gives a store in use
            with store.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    return time.perf_counter() - started


def day_mentions(paths: Paths, facts: int, mentions: int, day: int = 0) -> Window:
    """The mentions of benchmark day ``day`` (0 = DAY): half move stored trips on, half are new.

    Each day picks other stored trips and other new travellers, so every day brings the same
    amount of change.
    """
    window = Window.for_day(DAY + timedelta(days=day))
    work = paths.work(window)
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in range(mentions):
        if n % 2 == 0 and facts:  # a stored trip moves on: planned -> ongoing
            i = ((day * mentions + n) * 7919) % facts  # a prime stride: no trip picked twice
            rows.append(_mention(i, window.key, "ongoing", "2025-07", f"src{(i + 1) % 50}"))
        else:
            new = facts + day * mentions + n
            rows.append(_mention(new, window.key, STATUSES[n % len(STATUSES)], None, f"src{n % 50}"))
    (work / MENTIONS_FILE).write_text("".join(json.dumps(r) + "\n" for r in rows))
    return window


def run(label: str, root: Path, store_url: str | None, facts: int, mentions: int, days: int) -> None:
    paths = Paths(
        data=root / "data",
        output=root / "output",
        config=CONFIG_DIR,
        reference=REFERENCE_DIR,
        store_url=store_url,
    )
    fill_seconds = fill(paths, facts)
    print(f"[{label}] filled {facts:,} stored facts in {fill_seconds:.1f} s", flush=True)
    diff_times, write_times = [], []
    # Wall time is the figure; this process's CPU time is printed beside it because on a shared
    # machine other processes stretch the wall time (PostgreSQL's own work is not in it).
    stored = facts
    for day in range(days):
        window = day_mentions(paths, facts, mentions, day)
        started, cpu = time.perf_counter(), time.process_time()
        result = diff.run_stage(window, paths)
        diff_times.append(time.perf_counter() - started)
        diff_cpu = time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        written = write.run_stage(window, paths)
        write_times.append(time.perf_counter() - started)
        write_cpu = time.process_time() - cpu
        print(
            f"[{label}] day {window.key}: diff of {mentions:,} new mentions against {stored:,} stored "
            f"facts: {diff_times[-1]:.2f} s (CPU {diff_cpu:.2f} s; {result['changes']:,} changes); "
            f"write stage for the day ({written['alert_count']:,} alerts, snapshot of "
            f"{stored + mentions // 2:,} facts): {write_times[-1]:.2f} s (CPU {write_cpu:.2f} s)",
            flush=True,
        )
        stored += mentions // 2
    print(
        f"[{label}] median of {days} day(s): diff {statistics.median(diff_times):.2f} s for {mentions:,} "
        f"new mentions against {facts:,}+ stored facts; write stage {statistics.median(write_times):.2f} s"
    )


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit("PostgreSQL binaries not found: apt-get install -y postgresql, or pass --pg-url")
    bindir = Path(found[-1]).parent
    user = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    if user:
        shutil.chown(root, user=user)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = root / "data"
    subprocess.run(
        [bindir / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"],
        user=user,
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
    subprocess.run(
        [bindir / "pg_ctl", "-D", data, "-o", options, "-l", root / "log", "-w", "start"],
        user=user,
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg2://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [bindir / "pg_ctl", "-D", data, "-m", "immediate", "stop"], user=user, capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000, help="stored facts (default 1,000,000)")
    parser.add_argument(
        "--mentions", type=int, default=10_000, help="new mentions in the day (default 10,000)"
    )
    parser.add_argument(
        "--days", type=int, default=3, help="days diffed and written one after another (default 3)"
    )
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="sqlite")
    parser.add_argument("--pg-url", help="an empty PostgreSQL database to use (default: a throwaway server)")
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="bench-sqlite-") as tmp:
            run("sqlite", Path(tmp), None, args.facts, args.mentions, args.days)
    if args.backend in ("postgres", "both"):
        with tempfile.TemporaryDirectory(prefix="bench-postgres-") as tmp:
            if args.pg_url:
                run("postgres", Path(tmp), args.pg_url, args.facts, args.mentions, args.days)
            else:
                with throwaway_postgres() as url:
                    run("postgres", Path(tmp), url, args.facts, args.mentions, args.days)


if __name__ == "__main__":
    main()
