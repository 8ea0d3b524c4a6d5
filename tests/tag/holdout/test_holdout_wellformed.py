"""Checks particular to the held-out set; the checks every labelled set shares are in tests/tag/goldsets.py."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from tests.tag.goldsets import SETS
from warrantwatch.models import VISIT_STATUSES, WARRANT_STATUSES

SPEC = next(s for s in SETS if s.name == "holdout")
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
def test_every_status_appears(gold, status):
    assert any(g["status"] == status for g in gold), status


def test_every_date_precision_and_null_occur(gold):
    precisions = Counter(len(g["date"]) if g["date"] else 0 for g in gold)
    for width, name in ((0, "null"), (4, "YYYY"), (7, "YYYY-MM"), (10, "YYYY-MM-DD")):
        assert precisions[width] >= 2, name


def test_gold_people_are_named_in_their_article(articles, gold):
    # A surname of each gold person must occur in the article, so no label is invented from thin air
    # (titles and pronouns may stand in between, but the person is named somewhere).
    texts = {a["id"]: (a["title"] + "\n" + a["text"]).lower() for a in articles}
    for g in gold:
        person = g.get("traveler") or g.get("subject")
        last = person.replace("al-", "").split()[-1].lower()
        assert last in texts[g["article"]] or person.split()[0].lower() in texts[g["article"]], g


def test_distractor_articles_are_documented_in_the_readme(articles, gold):
    # Each no-fact article is a deliberate trap; the README says which, so a reviewer can check it.
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    with_facts = {g["article"] for g in gold}
    undocumented = [a["id"] for a in articles if a["id"] not in with_facts and f"| {a['id']} |" not in readme]
    assert not undocumented, undocumented
