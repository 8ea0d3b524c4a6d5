"""Rule families: wire datelines place a story, background trips in lists, tour legs,
cancellations told in the next sentence, and what is no trip at all (leaving a place, a denied
report, a generic 'when' clause). Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import PUB, facts
from warrantwatch.gazetteer import load_gazetteer
from warrantwatch.reference import Reference
from warrantwatch.tag import tag_text
from warrantwatch.tagger.cues import dateline_place


def dated(ref: Reference, text: str, published: date = PUB) -> set[tuple]:
    return {(m.person, m.host_country or m.court, m.status, m.date) for m in tag_text("t", text, published, ref)}


# ---- datelines ----


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("HANOI, Nov 19 (Reuters) - Talks went on.", ("VNM", "Hanoi")),
        ("NEW DELHI (AP) — Talks went on.", ("IND", "New Delhi")),
        ("Ankara, Turkey (AFP) - Talks went on.", ("TUR", "Ankara")),
        ("CAIRO: Talks went on.", ("EGY", "Cairo")),
        ("Singapore, Sep 4 (PTI) Talks went on.", ("SGP", "Singapore")),  # an agency closing it, no dash
        ("Hanoi (pictured) said.", None),  # a parenthesis then lower case is no dateline
        ("Vladimir Putin - the man and the myth.", None),  # a name, not a capitalised dateline
        ("MOSCOW/KYIV — Both sides said.", None),  # filed from two places
        ("Live: leaders gather", None),
    ],
)
def test_dateline_place(opening: str, expected: tuple | None) -> None:
    assert dateline_place(opening, load_gazetteer()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ASTANA, Nov 20 (Reuters) - Vladimir Putin, on a two-day visit, said trade would grow.",
         {("visit", "Vladimir Putin", "KAZ", "ongoing")}),
        ("HANOI (AP) — Xi Jinping arrived on Tuesday evening and was met by a guard of honour.",
         {("visit", "Xi Jinping", "VNM", "ongoing")}),
        ("Ankara, Turkey (AFP) - Viktor Orbán landed here late on Monday for talks on gas.",
         {("visit", "Viktor Orbán", "TUR", "ongoing")}),
        ("CAIRO, Nov 20 - Narendra Modi held talks here with business leaders on Tuesday.",
         {("visit", "Narendra Modi", "EGY", "completed")}),
    ],
)
def test_dateline_places_a_visit(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text) == expected


def test_dateline_is_never_a_visit_home(ref: Reference) -> None:
    text = ("MOSCOW, Nov 20 (Reuters) - Vladimir Putin arrived on Tuesday at a factory outside the city, "
            "on a two-day tour of the region.")
    assert facts(ref, text) == set()


def test_no_dateline_no_place(ref: Reference) -> None:
    assert facts(ref, "Vladimir Putin, on a two-day visit, said trade would grow.") == set()


# ---- no trip at all ----


@pytest.mark.parametrize(
    "text",
    [
        # the subject is someone the reference does not know: "He" is not the leader named in passing
        "Talks in Ankara went on for three hours. Berg, a veteran negotiator and old friend of Vladimir "
        "Putin's, has now held four rounds. He left Ankara for the airport after the talks.",
        # a denied report is no trip
        "The Kremlin on Monday dismissed a report that Vladimir Putin was planning a surprise trip to Cairo.",
        "Officials denied reports of a secret visit by Xi Jinping to Hanoi next month.",
        # a generic time clause is no trip
        "When the Russian president travels to Turkey, it will be announced in advance, Vladimir Putin's "
        "spokesman said.",
    ],
)
def test_no_trip(ref: Reference, text: str) -> None:
    assert facts(ref, text) == set()


def test_when_clause_with_a_day_ahead_is_a_plan(ref: Reference) -> None:
    text = "When Narendra Modi visits Cairo next week, he will sign a grain deal, officials said."
    assert facts(ref, text) == {("visit", "Narendra Modi", "EGY", "planned")}


def test_known_subject_still_carries_the_pronoun(ref: Reference) -> None:
    text = "Vladimir Putin, a former intelligence officer, met officials in Ankara. He left Ankara on Tuesday."
    assert facts(ref, text) == {("visit", "Vladimir Putin", "TUR", "completed")}


# ---- background trips in lists, each with its own time ----

PUB25 = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics recalled his earlier trips. Vladimir Putin shrugged off questions about his trips to "
         "Mongolia last year and to Tajikistan last month.",
         {("Vladimir Putin", "MNG", "completed", "2024"), ("Vladimir Putin", "TJK", "completed", "2025-10")}),
        ("Narendra Modi, who visited Russia in July and China in August, spoke to farmers on Tuesday.",
         {("Narendra Modi", "RUS", "completed", "2025-07"), ("Narendra Modi", "CHN", "completed", "2025-08")}),
        ("Omar al-Bashir travelled to Chad in 2016 and to Jordan in 2017 and was never detained.",
         {("Omar al-Bashir", "TCD", "completed", "2016"), ("Omar al-Bashir", "JOR", "completed", "2017")}),
        ("Xi Jinping visited France on Sunday and Serbia on Tuesday.",
         {("Xi Jinping", "FRA", "completed", "2025-11-16"), ("Xi Jinping", "SRB", "completed", "2025-11-18")}),
    ],
)
def test_listed_trips_each_with_its_date(ref: Reference, text: str, expected: set) -> None:
    assert dated(ref, text, PUB25) == expected


def test_trip_dated_in_the_past_is_over(ref: Reference) -> None:
    text = "Narendra Modi's trip to Moscow in July last year, weeks after the election, angered Washington."
    assert dated(ref, text, PUB25) == {("Narendra Modi", "RUS", "completed", "2024-07")}


@pytest.mark.parametrize(
    "text",
    [
        "Narendra Modi's trip to Moscow next July is being prepared.",  # ahead: not over
        "Narendra Modi's trip to Moscow in July last year could have been cancelled.",  # speculative
    ],
)
def test_trip_noun_not_over(ref: Reference, text: str) -> None:
    assert ("Narendra Modi", "RUS", "completed") not in {f[:3] for f in dated(ref, text, PUB25)}


# ---- warrants asked for in other words ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The International Criminal Court had already sought Rodrigo Duterte's arrest before he flew home.",
         {("warrant", "Rodrigo Duterte", "ICC", "requested")}),
        ("The ICC prosecutor requested the arrest of Benjamin Netanyahu and Yoav Gallant on Monday.",
         {("warrant", "Benjamin Netanyahu", "ICC", "requested"), ("warrant", "Yoav Gallant", "ICC", "requested")}),
        ("Omar al-Bashir has been wanted by the International Criminal Court since March 2009.",
         {("warrant", "Omar al-Bashir", "ICC", "issued")}),
        # negated, and no court in the article: nothing
        ("The ICC never sought Rodrigo Duterte's arrest, his lawyer claimed.", set()),
        ("Police sought Rodrigo Duterte's arrest after the rally.", set()),
    ],
)
def test_warrant_sought_in_other_words(ref: Reference, text: str, expected: set) -> None:
    assert {f for f in facts(ref, text) if f[0] == "warrant"} == expected
