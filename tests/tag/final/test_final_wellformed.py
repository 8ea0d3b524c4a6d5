"""Well-formedness of the final (independent) evaluation set; the tagger is not run here."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest
import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
ARTICLES_PATH = HERE / "articles.jsonl"
GOLD_PATH = HERE / "gold.jsonl"
README_PATH = HERE / "README.md"
PEOPLE_PATH = REPO / "include" / "reference" / "people.yaml"

ARTICLE_KEYS = {"id", "url", "title", "published", "text"}
VISIT_KEYS = {"article", "kind", "traveler", "host_country", "status", "date", "city", "occasion"}
WARRANT_KEYS = {"article", "kind", "subject", "court", "status", "date"}
VISIT_STATUSES = {"planned", "ongoing", "completed", "cancelled", "declined"}
WARRANT_STATUSES = {"requested", "issued", "withdrawn", "executed"}
DATE_FORMATS = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
ID_PATTERN = re.compile(r"fi-\d{3}")
MIN_WORDS, MAX_WORDS = 150, 400


def read_lines(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number}: blank line"
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as err:
            pytest.fail(f"{path.name}:{number}: not JSON ({err})")
    return rows


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return read_lines(ARTICLES_PATH)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return read_lines(GOLD_PATH)


@pytest.fixture(scope="module")
def people() -> dict[str, dict]:
    entries = yaml.safe_load(PEOPLE_PATH.read_text(encoding="utf-8"))
    return {entry["name"]: entry for entry in entries}


def is_iso3(code: object) -> bool:
    return isinstance(code, str) and len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def test_articles_have_the_extract_input_shape(articles):
    for row in articles:
        assert set(row) == ARTICLE_KEYS, f"{row.get('id')}: keys {sorted(row)}"
        assert ID_PATTERN.fullmatch(row["id"]), row["id"]
        assert row["url"] == f"http://final.example/{row['id']}", row["id"]
        assert row["title"].strip(), f"{row['id']}: empty title"
        published = dt.date.fromisoformat(row["published"])
        assert dt.date(2023, 1, 1) <= published <= dt.date(2026, 12, 31), row["id"]


def test_article_ids_are_unique(articles):
    counts = Counter(row["id"] for row in articles)
    assert [aid for aid, n in counts.items() if n > 1] == []


def test_article_length_is_news_sized(articles):
    for row in articles:
        words = len(row["text"].split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{row['id']}: {words} words"


def test_no_two_articles_share_a_sentence(articles):
    # Phrasing must vary: no sentence template repeated word for word across articles.
    seen: dict[str, str] = {}
    for row in articles:
        for sentence in re.split(r"(?<=[.!?])\s+", row["text"]):
            key = " ".join(sentence.lower().split())
            if len(key.split()) < 8:
                continue
            assert seen.setdefault(key, row["id"]) == row["id"], (
                f"{row['id']} repeats {seen[key]}: {sentence}"
            )


def test_set_size_and_distractor_share(articles, gold):
    with_facts = {fact["article"] for fact in gold}
    assert len(articles) >= 30
    assert len([row for row in articles if row["id"] not in with_facts]) >= 10


def test_gold_facts_point_at_existing_articles(articles, gold):
    ids = {row["id"] for row in articles}
    assert [fact for fact in gold if fact["article"] not in ids] == []


def test_gold_keys_and_vocabularies(gold):
    for fact in gold:
        if fact["kind"] == "visit":
            assert set(fact) == VISIT_KEYS, fact
            assert fact["status"] in VISIT_STATUSES, fact
            assert is_iso3(fact["host_country"]), fact
            for field in ("city", "occasion"):
                assert fact[field] is None or (isinstance(fact[field], str) and fact[field].strip()), fact
        elif fact["kind"] == "warrant":
            assert set(fact) == WARRANT_KEYS, fact
            assert fact["status"] in WARRANT_STATUSES, fact
            assert fact["court"] == "ICC" or is_iso3(fact["court"]), fact
        else:
            pytest.fail(f"unknown kind: {fact}")


def test_gold_dates_have_a_valid_precision(gold):
    for fact in gold:
        date = fact["date"]
        if date is None:
            continue
        assert isinstance(date, str), fact
        assert len(date) in DATE_FORMATS, fact
        dt.datetime.strptime(date, DATE_FORMATS[len(date)])  # raises on 2025-13 or 2025-02-30


def test_gold_names_are_canonical(gold, people):
    for fact in gold:
        name = fact.get("traveler") or fact.get("subject")
        assert name in people, f"{fact['article']}: {name!r} is not a canonical name in people.yaml"


def test_visits_are_foreign(gold, people):
    for fact in gold:
        if fact["kind"] == "visit":
            assert people[fact["traveler"]]["country"] != fact["host_country"], (
                f"domestic trip labelled: {fact}"
            )


def test_one_warrant_fact_per_subject_and_court(gold):
    keys = Counter((f["article"], f["subject"], f["court"]) for f in gold if f["kind"] == "warrant")
    assert [key for key, n in keys.items() if n > 1] == []


def test_no_duplicate_visit_facts(gold):
    keys = Counter(
        (f["article"], f["traveler"], f["host_country"], f["date"]) for f in gold if f["kind"] == "visit"
    )
    assert [key for key, n in keys.items() if n > 1] == []


def test_every_status_occurs(gold):
    seen = {(fact["kind"], fact["status"]) for fact in gold}
    expected = {("visit", s) for s in VISIT_STATUSES} | {("warrant", s) for s in WARRANT_STATUSES}
    assert expected - seen == set()


def test_readme_distractor_table_matches_gold(articles, gold):
    text = README_PATH.read_text(encoding="utf-8")
    section = text.split("## Distractor articles", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| (fi-\d{3}) \|", section, flags=re.MULTILINE))
    with_facts = {fact["article"] for fact in gold}
    assert listed == {row["id"] for row in articles} - with_facts
