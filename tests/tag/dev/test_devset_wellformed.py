"""Checks particular to the dev set; the checks every labelled set shares are in tests/tag/goldsets.py."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from tests.tag.goldsets import SETS
from warrantwatch.models import VISIT_STATUSES, WARRANT_STATUSES

SPEC = next(s for s in SETS if s.name == "dev")
FOLDER = SPEC.folder


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return SPEC.articles()


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return SPEC.gold()


def test_gold_dates_are_not_after_a_year_past_publication(articles, gold):
    # A fact dated long after the article would be a resolution slip ("next year" read twice).
    published = {a["id"]: date.fromisoformat(a["published"]) for a in articles}
    for g in gold:
        if g["date"]:
            assert int(g["date"][:4]) <= published[g["article"]].year + 1, g


@pytest.mark.parametrize("status", VISIT_STATUSES + WARRANT_STATUSES)
def test_every_status_appears_at_least_twice(gold, status):
    count = sum(1 for g in gold if g["status"] == status)
    assert count >= 2, f"{status}: {count}"


def test_every_date_precision_and_null_occur(gold):
    precisions = Counter(len(g["date"]) if g["date"] else 0 for g in gold)
    for width, name in ((0, "null"), (4, "YYYY"), (7, "YYYY-MM"), (10, "YYYY-MM-DD")):
        assert precisions[width] >= 2, name


def test_evidence_names_appear_in_the_text(articles, gold):
    # A surname of each gold person must occur in the article, so no label is invented from thin air
    # (pronouns and titles are allowed in between, but the person is named somewhere).
    texts = {a["id"]: a["title"] + "\n" + a["text"] for a in articles}
    for g in gold:
        person = g.get("traveler") or g.get("subject")
        last = person.replace("al-", "").split()[-1]
        assert last.lower() in texts[g["article"]].lower() or person.split()[0] in texts[g["article"]], g
