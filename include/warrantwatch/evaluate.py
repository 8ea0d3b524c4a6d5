"""Score the tagger against a labelled gold set: ``warrantwatch eval GOLD.jsonl ARTICLES.jsonl``.

Strict match: person + host country + status for visits; person + court + status for warrants.
Status accuracy counts facts whose person and country/court match, whatever the status; date
accuracy counts strictly matched facts whose date is exactly the gold date (null included).
Articles with no gold facts are distractors: any fact there is listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warrantwatch.fileio import read_jsonl

KINDS = ("visit", "warrant")


def _person(row: dict[str, Any]) -> str:
    return row.get("traveler") or row.get("subject") or row.get("person") or ""


def _where(row: dict[str, Any]) -> str:
    return (row.get("host_country") if row.get("kind") == "visit" else row.get("court")) or ""


def strict_key(row: dict[str, Any]) -> tuple[str, str, str, str, str]:
    return (str(row["article"]), row["kind"], _person(row), _where(row), row["status"])


def loose_key(row: dict[str, Any]) -> tuple[str, str, str, str]:
    return (str(row["article"]), row["kind"], _person(row), _where(row))


@dataclass
class KindScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    loose_matched: int = 0
    status_right: int = 0
    date_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.loose_matched if self.loose_matched else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.date_right / self.matched if self.matched else 1.0


@dataclass
class Report:
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_facts: list[dict[str, Any]] = field(default_factory=list)
    wrong_dates: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    distractor_facts: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            kind: {
                "gold": s.gold, "predicted": s.predicted, "matched": s.matched,
                "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                "status_accuracy": round(s.status_accuracy, 4), "date_accuracy": round(s.date_accuracy, 4),
            }  # fmt: skip
            for kind, s in self.kinds.items()
        } | {
            "misses": self.misses,
            "false_facts": self.false_facts,
            "wrong_dates": [{"gold": g, "predicted": p} for g, p in self.wrong_dates],
            "distractor_facts": self.distractor_facts,
        }


def _multiset_match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], key) -> tuple[list, list, list]:
    """Pair gold and predicted rows with equal keys; return (pairs, unmatched gold, unmatched predicted)."""
    pool: dict[Any, list[dict[str, Any]]] = {}
    for row in pred:
        pool.setdefault(key(row), []).append(row)
    pairs, missed = [], []
    for row in gold:
        bucket = pool.get(key(row))
        if bucket:
            # Prefer the prediction with the same date when one trip has several dated mentions.
            index = next((i for i, p in enumerate(bucket) if p.get("date") == row.get("date")), 0)
            pairs.append((row, bucket.pop(index)))
        else:
            missed.append(row)
    extra = [row for bucket in pool.values() for row in bucket]
    return pairs, missed, extra


def evaluate(gold: list[dict[str, Any]], predicted: list[dict[str, Any]], article_ids: list[str]) -> Report:
    report = Report()
    gold_articles = {str(g["article"]) for g in gold}
    for kind in KINDS:
        g_rows = [g for g in gold if g["kind"] == kind]
        p_rows = [p for p in predicted if p["kind"] == kind]
        score = report.kinds[kind]
        score.gold, score.predicted = len(g_rows), len(p_rows)
        pairs, missed, extra = _multiset_match(g_rows, p_rows, strict_key)
        score.matched = len(pairs)
        for g, p in pairs:
            if g.get("date") == p.get("date"):
                score.date_right += 1
            else:
                report.wrong_dates.append((g, p))
        loose_pairs, _, _ = _multiset_match(g_rows, p_rows, loose_key)
        score.loose_matched = len(loose_pairs)
        score.status_right = sum(1 for g, p in loose_pairs if g["status"] == p["status"])
        report.misses.extend(missed)
        report.false_facts.extend(extra)
    report.distractor_facts = [p for p in predicted if str(p["article"]) not in gold_articles
                               and str(p["article"]) in set(article_ids)]  # fmt: skip
    return report


def predict(articles_path: Path, reference: Path | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """Run the tagger over an ``extract --jsonl`` input file; returns (facts, article ids)."""
    from warrantwatch.reference import load_reference
    from warrantwatch.settings import Paths
    from warrantwatch.tag import _article_from_row, tag_text

    ref = load_reference(reference or Paths.from_env().reference)
    facts: list[dict[str, Any]] = []
    ids: list[str] = []
    for number, row in enumerate(read_jsonl(articles_path), 1):
        article_id, text, published = _article_from_row(row, f"{articles_path}:{number}")
        ids.append(article_id)
        facts.extend(m.to_extract_dict() for m in tag_text(article_id, text, published, ref))
    return facts, ids


def _short(row: dict[str, Any]) -> str:
    return (f"{row['article']} {row['kind']} {_person(row)} {_where(row)} {row['status']} date={row.get('date')}"
            + (f"  «{row['evidence'][:100]}»" if row.get("evidence") else ""))  # fmt: skip


def format_report(report: Report) -> str:
    lines = []
    for kind, s in report.kinds.items():
        lines.append(
            f"{kind:8} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}  "
            f"(gold {s.gold}, predicted {s.predicted}, matched {s.matched})  "
            f"status accuracy={s.status_accuracy:.3f}  date accuracy={s.date_accuracy:.3f}"
        )
    lines.append(f"facts in distractor articles: {len(report.distractor_facts)}")
    for title, rows in (("misses", report.misses), ("false facts", report.false_facts),
                        ("distractor facts", report.distractor_facts)):  # fmt: skip
        if rows:
            lines.append(f"\n{title} ({len(rows)}):")
            lines.extend(f"  {_short(r)}" for r in rows)
    if report.wrong_dates:
        lines.append(f"\nwrong dates ({len(report.wrong_dates)}):")
        lines.extend(f"  {_short(g)}  predicted date={p.get('date')}" for g, p in report.wrong_dates)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warrantwatch eval", description="Score the tagger against gold facts.")
    parser.add_argument("gold", type=Path, help="gold facts, JSON lines in the extract format")
    parser.add_argument("articles", type=Path, help="the articles, JSON lines as for extract --jsonl")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--reference", type=Path, default=None, help="reference folder (default: bundled)")
    args = parser.parse_args(argv)
    for path in (args.gold, args.articles):
        if not path.is_file():
            parser.error(f"no such file: {path}")
    try:
        gold = list(read_jsonl(args.gold))
        for number, row in enumerate(gold, 1):
            missing = [k for k in ("article", "kind", "status") if k not in row]
            if missing or row["kind"] not in KINDS:
                raise ValueError(f"{args.gold}:{number}: bad gold row (missing {missing or 'a valid kind'})")
        predicted, ids = predict(args.articles, args.reference)
    except ValueError as exc:
        print(f"warrantwatch eval: {exc}", file=sys.stderr)
        return 2
    report = evaluate(gold, predicted, ids)
    try:
        if args.json:
            print(json.dumps(report.as_dict(), ensure_ascii=False, sort_keys=True))
        else:
            print(format_report(report))
    except BrokenPipeError:  # "| head": the reader has all it wanted
        sys.stderr.close()
    return 0


