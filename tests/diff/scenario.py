"""The seed's story played over several days: fixture mentions, stats files, and runners.

Also a small command (``python -m tests.diff.scenario``) so order and crash tests can run days
in separate processes against one store.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from warrantwatch import diff, write
from warrantwatch.models import Window
from warrantwatch.settings import CONFIG_DIR, MENTIONS_FILE, SOURCE_HEALTH_FILE, Paths, stats_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REFERENCE = FIXTURES / "reference"
STORY = FIXTURES / "seed_story"
DAYS: tuple[str, ...] = tuple(sorted(p.name for p in STORY.iterdir() if p.is_dir()))

# (window, person, host country or court, change, severity): every alert the story must give,
# each exactly once.
EXPECTED: frozenset[tuple[str, str, str, str, str]] = frozenset(
    {
        ("2024-08-29", "Vladimir Putin", "MNG", "new", "critical"),
        ("2024-08-29", "Vladimir Putin", "ICC", "new", "info"),
        ("2024-09-03", "Vladimir Putin", "MNG", "status_changed", "critical"),
        ("2024-09-04", "Vladimir Putin", "MNG", "status_changed", "high"),
        ("2024-11-18", "Vladimir Putin", "BRA", "new", "high"),
        ("2024-11-18", "Narendra Modi", "BRA", "new", "info"),
        ("2024-11-20", "Vladimir Putin", "IND", "new", "warning"),
        ("2024-11-20", "Vladimir Putin", "IND", "new", "info"),
        ("2024-11-20", "Vladimir Putin", "ZAF", "new", "high"),
        ("2024-11-20", "Narendra Modi", "RUS", "new", "info"),
        ("2025-03-08", "Rodrigo Duterte", "ICC", "new", "high"),
        ("2025-03-08", "Vladimir Putin", "IND", "date_refined", "warning"),
        ("2025-03-12", "Rodrigo Duterte", "ICC", "status_changed", "high"),
        ("2025-03-12", "Narendra Modi", "BRA", "contradicted", "info"),
    }
)
# Modi's two separate trips to Russia (July and October) give two alerts with the same key.
EXPECTED_COUNTS = {("2024-11-20", "Narendra Modi", "RUS", "new", "info"): 2}


def make_paths(root: Path, store_url: str | None = None) -> Paths:
    return Paths(
        data=root / "data",
        output=root / "output",
        config=CONFIG_DIR,
        reference=REFERENCE,
        store_url=store_url,
    )


def prepare(paths: Paths, days: tuple[str, ...] = DAYS) -> None:
    """Put each day's mentions (and upstream stats / source health) in its work folder."""
    for day in days:
        work = paths.work(Window.for_day(day))
        work.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(STORY / day / MENTIONS_FILE, work / MENTIONS_FILE)
        rows = [json.loads(line) for line in (STORY / day / MENTIONS_FILE).read_text().splitlines()]
        sources = sorted({r["source"] for r in rows} | {"wire-a"})
        health = [
            {
                "name": s,
                "type": "rss",
                "status": "ok",
                "items_selected": 3,
                "pages_fetched": 3,
                "pages_failed": 0,
                "bytes": 4096,
                "seconds": 0.5,
                "error": None,
            }
            for s in sources
        ]
        (work / SOURCE_HEALTH_FILE).write_text(json.dumps(health, indent=2))
        (work / stats_file("fetch")).write_text(json.dumps({"pages": 3 * len(sources), "seconds": 1.25}))
        (work / stats_file("tag")).write_text(
            json.dumps({"articles": len({r["article"] for r in rows}), "mentions": len(rows)})
        )


def run_day(paths: Paths, day: str) -> dict:
    window = Window.for_day(day)
    diff.run_stage(window, paths)
    return write.run_stage(window, paths)


def read_tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def alert_keys(output: Path) -> list[tuple[str, str, str, str, str]]:
    keys = []
    for path in sorted((output / "alerts").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            alert = json.loads(line)
            fact = alert["fact"]
            where = fact["host_country"] if fact["kind"] == "visit" else fact["court"]
            keys.append((alert["window"], fact["person"], where, alert["change"]["kind"], alert["severity"]))
    return keys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--store-url")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("days", nargs="+")
    args = parser.parse_args()
    paths = make_paths(Path(args.root), args.store_url)
    for _ in range(args.repeat):
        for day in args.days:
            run_day(paths, day)


if __name__ == "__main__":
    main()
