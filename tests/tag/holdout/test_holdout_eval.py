"""Score the tagger on the hold-out set and print the figures.

The hold-out set was written without looking at the tagger or the dev set, so these figures are the
honest estimate of how the tagger generalises. The test asserts that the evaluation runs and gives
well-formed scores; it deliberately does not assert the issue's targets yet (F1 >= 0.90 / 0.95, no
distractor facts). Run with ``-s`` to see the printed report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warrantwatch.cli import main as cli_main
from warrantwatch.evaluate import KINDS, evaluate, format_report, predict
from warrantwatch.fileio import read_jsonl

HOLDOUT_DIR = Path(__file__).resolve().parent
GOLD = HOLDOUT_DIR / "gold.jsonl"
ARTICLES = HOLDOUT_DIR / "articles.jsonl"
SCORES = ("precision", "recall", "f1", "status_accuracy", "date_accuracy")


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return list(read_jsonl(GOLD))


@pytest.fixture(scope="module")
def scored(gold):
    predicted, ids = predict(ARTICLES)
    return predicted, ids, evaluate(gold, predicted, ids)


def test_eval_runs_and_prints_scores_per_kind(gold, scored):
    predicted, ids, report = scored
    article_ids = [row["id"] for row in read_jsonl(ARTICLES)]
    assert ids == article_ids
    # Every predicted fact belongs to an article of this set and has a known kind.
    assert {p["article"] for p in predicted} <= set(article_ids)
    assert {p["kind"] for p in predicted} <= set(KINDS)

    print("\nhold-out set:", len(article_ids), "articles,", len(gold), "gold facts")
    for kind in KINDS:
        score = report.kinds[kind]
        assert score.gold == sum(1 for g in gold if g["kind"] == kind)
        assert score.predicted == sum(1 for p in predicted if p["kind"] == kind)
        assert 0 <= score.matched <= min(score.gold, score.predicted)
        for name in SCORES:
            value = getattr(score, name)
            assert 0.0 <= value <= 1.0, (kind, name, value)
        print(f"{kind:8} precision={score.precision:.3f} recall={score.recall:.3f} F1={score.f1:.3f} "
              f"(gold {score.gold}, predicted {score.predicted}, matched {score.matched}) "
              f"status accuracy={score.status_accuracy:.3f} date accuracy={score.date_accuracy:.3f}")
    print(f"facts in distractor articles: {len(report.distractor_facts)}")
    print(format_report(report))


def test_cli_eval_json_agrees_with_the_python_api(scored, capsys):
    # The CLI is what analysts run; it must report the same figures as the API the test above uses.
    _, _, report = scored
    capsys.readouterr()
    assert cli_main(["eval", str(GOLD), str(ARTICLES), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    for kind in KINDS:
        for name in SCORES:
            assert printed[kind][name] == round(getattr(report.kinds[kind], name), 4), (kind, name)
    assert len(printed["distractor_facts"]) == len(report.distractor_facts)
