"""The daily pipeline outside Airflow: the same stage functions the DAG's tasks call.

Each stage module exposes ``run_stage(window, paths, **params) -> dict`` that reads the previous
stage's files from the window's work folder, writes its own, and returns a small JSON-able
summary (counts and paths; that is all XCom ever carries).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from typing import Any

from warrantwatch.models import Window
from warrantwatch.settings import Paths, day_output_files

STAGES: tuple[str, ...] = ("fetch", "parse", "tag", "diff", "write")


def run_stage(stage: str, window: Window, paths: Paths, **params: Any) -> dict[str, Any]:
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; expected one of {', '.join(STAGES)}")
    module = importlib.import_module(f"warrantwatch.{stage}")
    return module.run_stage(window, paths, **params)


def run_day(window: Window, paths: Paths, profile: str = "demo", dry_run: bool = False) -> dict[str, Any]:
    """Run every stage for one window, in order; returns each stage's summary."""
    params: dict[str, dict[str, Any]] = {
        "fetch": {"profile": profile},
        "diff": {"dry_run": dry_run},
        "write": {"dry_run": dry_run},
    }
    return {stage: run_stage(stage, window, paths, **params.get(stage, {})) for stage in STAGES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warrantwatch run", description=__doc__.splitlines()[0])
    parser.add_argument("--date", required=True, help="the window's day, YYYY-MM-DD (UTC)")
    parser.add_argument("--profile", default="demo", help="sources profile (default: demo)")
    parser.add_argument("--dry-run", action="store_true", help="compute alerts without storing facts")
    args = parser.parse_args(argv)
    result = run_day(Window.for_day(args.date), Paths.from_env(), args.profile, args.dry_run)
    json.dump(result, sys.stdout, indent=2, sort_keys=True)
    print()
    return 0


def day_files(paths: Paths, day: str) -> dict[str, Any]:
    """The files a finished run for ``day`` leaves under the output root."""
    return {
        **day_output_files(paths.output, day),
        "feed": paths.output / "alerts" / "feed.xml",
        "facts_csv": paths.output / "facts" / "facts.csv",
    }


def report_main(argv: list[str] | None = None) -> int:
    """Print where a day's files are and how many alerts it has (what ``make run`` ends with)."""
    parser = argparse.ArgumentParser(prog="warrantwatch report", description=report_main.__doc__)
    parser.add_argument("--date", required=True, help="the day, YYYY-MM-DD")
    parser.add_argument("--require-success", action="store_true", help="exit 1 if a file is missing")
    args = parser.parse_args(argv)
    files = day_files(Paths.from_env(), Window.for_day(args.date).key)
    missing = [str(p) for p in files.values() if not p.exists()]
    for name, path in files.items():
        print(f"{name:<13} {path}{'' if path.exists() else '  (missing)'}")
    alerts = files["alerts_jsonl"]
    count = sum(1 for line in alerts.open(encoding="utf-8") if line.strip()) if alerts.exists() else 0
    print(f"alerts for {args.date}: {count}")
    if missing and args.require_success:
        print(f"missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0
