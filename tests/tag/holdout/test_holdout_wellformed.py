"""Checks the held-out evaluation set on its own (no tagger needed).

The hold-out set measures whether the tagger generalises beyond the dev set, so a typo in it (a
name missing from the people reference, a bad ISO code, a gold line pointing at no article) would
silently turn into a "miss" and skew the score.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pycountry
import pytest
import yaml

from warrantwatch.models import VISIT_STATUSES, WARRANT_STATUSES
from warrantwatch.settings import REFERENCE_DIR

HOLDOUT_DIR = Path(__file__).resolve().parent
ARTICLE_KEYS = {"id", "url", "title", "published", "text"}
VISIT_KEYS = {"article", "kind", "traveler", "host_country", "status", "date", "city", "occasion"}
WARRANT_KEYS = {"article", "kind", "subject", "court", "status", "date"}
DATE_FORMS = (r"\d{4}", r"\d{4}-\d{2}", r"\d{4}-\d{2}-\d{2}")


def _read_jsonl(name: str) -> list[dict]:
    rows = []
    for number, line in enumerate((HOLDOUT_DIR / name).read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{name}:{number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{name}:{number} is not a JSON object"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return _read_jsonl("articles.jsonl")


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return _read_jsonl("gold.jsonl")


@pytest.fixture(scope="module")
def canonical_names() -> set[str]:
    people = yaml.safe_load((REFERENCE_DIR / "people.yaml").read_text(encoding="utf-8"))
    return {person["name"] for person in people}


def _valid_date(text: str) -> bool:
    """True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar year, month or day."""
    if not any(re.fullmatch(form, text) for form in DATE_FORMS):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def test_articles_have_exact_keys_and_unique_ids(articles):
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for a in articles:
        assert set(a) == ARTICLE_KEYS, (a["id"], set(a) ^ ARTICLE_KEYS)
        assert re.fullmatch(r"ho-\d{3}", a["id"]), a["id"]
        assert a["url"] == f"http://holdout.example/{a['id']}", a["id"]
        assert a["title"].strip(), a["id"]


def test_published_dates_are_iso_days_in_range(articles):
    for a in articles:
        day = date.fromisoformat(a["published"])
        assert date(2023, 1, 1) <= day <= date(2026, 12, 31), a["id"]


def test_article_texts_are_short_news_length_with_paragraphs(articles):
    for a in articles:
        words = len(a["text"].split())
        assert 120 <= words <= 350, (a["id"], words)
        assert "\n\n" in a["text"], f"{a['id']} has a single paragraph"
        assert "\n\n\n" not in a["text"], f"{a['id']} has an empty paragraph"


def test_there_are_enough_articles_and_distractors(articles, gold):
    assert len(articles) >= 40
    with_facts = {g["article"] for g in gold}
    distractors = [a["id"] for a in articles if a["id"] not in with_facts]
    assert len(distractors) >= 12, distractors


def test_every_gold_line_points_at_an_article(articles, gold):
    ids = {a["id"] for a in articles}
    missing = sorted({g["article"] for g in gold} - ids)
    assert not missing, missing


def test_gold_lines_follow_the_extract_vocabulary(gold):
    for g in gold:
        where = f"{g.get('article')} {g}"
        if g["kind"] == "visit":
            assert set(g) == VISIT_KEYS, where
            assert g["status"] in VISIT_STATUSES, where
            assert pycountry.countries.get(alpha_3=g["host_country"]) is not None, where
            for optional in ("city", "occasion"):
                assert g[optional] is None or (isinstance(g[optional], str) and g[optional].strip()), where
        elif g["kind"] == "warrant":
            assert set(g) == WARRANT_KEYS, where
            assert g["status"] in WARRANT_STATUSES, where
            # The ICC, or a national court named by its country's ISO 3166-1 alpha-3 code.
            assert g["court"] == "ICC" or pycountry.countries.get(alpha_3=g["court"]) is not None, where
        else:
            raise AssertionError(f"unknown kind: {where}")
        assert g["date"] is None or _valid_date(g["date"]), where


def test_gold_people_are_canonical_names_of_the_people_reference(gold, canonical_names):
    # The eval matches names exactly, so an alias or a misspelling here would count as a miss.
    unknown = sorted({g.get("traveler") or g.get("subject") for g in gold} - canonical_names)
    assert not unknown, unknown


def test_gold_dates_are_not_after_a_year_past_publication(articles, gold):
    # A fact dated long after the article would be a resolution slip ("next year" read twice).
    published = {a["id"]: date.fromisoformat(a["published"]) for a in articles}
    for g in gold:
        if g["date"]:
            assert int(g["date"][:4]) <= published[g["article"]].year + 1, g


def test_no_duplicate_gold_facts_within_an_article(gold):
    # One fact per (person, country, trip): the same key twice needs a different date to be two trips.
    keys = Counter(
        (g["article"], g["kind"], g.get("traveler") or g.get("subject"), g.get("host_country") or g.get("court"),
         g["date"])
        for g in gold
    )
    assert not [k for k, n in keys.items() if n > 1]


def test_a_traveler_is_never_labelled_visiting_their_own_country(gold):
    # The host receiving a guest at home is the guest's visit, never the host's; a domestic trip is none.
    people = yaml.safe_load((REFERENCE_DIR / "people.yaml").read_text(encoding="utf-8"))
    nationality = {person["name"]: person.get("country") for person in people}
    for g in gold:
        if g["kind"] == "visit":
            assert nationality[g["traveler"]] != g["host_country"], g


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
    readme = (HOLDOUT_DIR / "README.md").read_text(encoding="utf-8")
    with_facts = {g["article"] for g in gold}
    undocumented = [a["id"] for a in articles if a["id"] not in with_facts and f"| {a['id']} |" not in readme]
    assert not undocumented, undocumented
