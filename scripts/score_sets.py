"""Score the tagger on every labelled set in one process: the figures behind the README's quality table.

    python scripts/score_sets.py                 # one line per set (tab-separated)
    python scripts/score_sets.py --sets sealed7 probe10
    python scripts/score_sets.py --compare OLD.tsv NEW.tsv   # sets whose F1 moved, and in which direction

`warrantwatch eval GOLD ARTICLES` gives the same figures for one set, with its misses and false facts;
this script exists so that a rule change can be checked against all sets at once (a change is kept
only if no set's F1 falls).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLUMNS = (
    "set",
    "articles",
    "visit_p",
    "visit_r",
    "visit_f1",
    "warrant_p",
    "warrant_r",
    "warrant_f1",
    "distractor_facts",
    "visit_status",
    "visit_date",
    "warrant_status",
    "warrant_date",
)


def score_lines(names: list[str] | None) -> list[str]:
    from tests.tag.goldsets import SETS
    from warrantwatch.evaluate import evaluate, predict

    lines = ["\t".join(COLUMNS)]
    for spec in SETS:
        if names and spec.name not in names:
            continue
        predicted, ids = predict(spec.folder / "articles.jsonl")
        report = evaluate(spec.gold(), predicted, ids)
        visit, warrant = report.kinds["visit"], report.kinds["warrant"]
        figures = (
            visit.precision,
            visit.recall,
            visit.f1,
            warrant.precision,
            warrant.recall,
            warrant.f1,
        )
        lines.append(
            "\t".join(
                [spec.name, str(len(ids))]
                + [f"{x:.3f}" for x in figures]
                + [str(len(report.distractor_facts))]
                + [f"{x:.3f}" for x in (visit.status_accuracy, visit.date_accuracy, warrant.status_accuracy, warrant.date_accuracy)]
            )
        )
    return lines


def read_table(path: Path) -> dict[str, dict[str, str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    header, body = rows[0], rows[1:]
    return {row[0]: dict(zip(header, row, strict=True)) for row in body}


def compare(old_path: Path, new_path: Path) -> int:
    """Print every set whose F1 or distractor count moved; exit 1 if any set got worse."""
    old, new = read_table(old_path), read_table(new_path)
    worse = False
    for name, row in new.items():
        before = old.get(name)
        if before is None:
            print(f"{name}: new set")
            continue
        moves = []
        for column in ("visit_f1", "warrant_f1"):
            delta = float(row[column]) - float(before[column])
            if delta:
                moves.append(f"{column} {before[column]} -> {row[column]}")
                worse |= delta < 0
        if row["distractor_facts"] != before["distractor_facts"]:
            moves.append(f"distractors {before['distractor_facts']} -> {row['distractor_facts']}")
            worse |= int(row["distractor_facts"]) > int(before["distractor_facts"])
        for column in ("visit_date", "warrant_date"):
            if row[column] != before[column]:
                moves.append(f"{column} {before[column]} -> {row[column]}")
        if moves:
            print(f"{name}: " + "; ".join(moves))
    print("WORSE" if worse else "no set lower")
    return 1 if worse else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", help="only these sets")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    print("\n".join(score_lines(args.sets)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
