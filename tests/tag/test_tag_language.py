"""Rule families added for real-news phrasing, each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated, facts
from warrantwatch.reference import Reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # travel verbs news writers use beyond "visit"
        ("Olaf Scholz is expected in Brasília next week for talks on trade.", ("Olaf Scholz", "BRA", "planned")),
        ("Sergey Lavrov is due in Ankara on Friday, his ministry said.", ("Sergey Lavrov", "TUR", "planned")),
        ("After the talks, Narendra Modi flew on to Vienna.", ("Narendra Modi", "AUT", "completed")),
        ("Lula will fly on to Tokyo on Sunday for a state visit.", ("Luiz Inácio Lula da Silva", "JPN", "planned")),
        ("Erdogan left Berlin on Monday after two days of talks.", ("Recep Tayyip Erdoğan", "DEU", "completed")),
        ("Joe Biden spent two days in Luanda last week.", ("Joe Biden", "AGO", "completed")),
        ("Xi Jinping, who is staying on in Peru for the weekend, met business leaders.", ("Xi Jinping", "PER", "ongoing")),
        ("Sergey Lavrov will represent Russia at the G-20 summit in Rio de Janeiro.", ("Sergey Lavrov", "BRA", "planned")),
        ("Lavrov will head Russia's delegation at the forum in Lima.", ("Sergey Lavrov", "PER", "planned")),
        ("Netanyahu set foot in Budapest on Thursday for the first time in years.", ("Benjamin Netanyahu", "HUN", "completed")),
        ("Joe Biden began his tour of Africa in Angola on Monday.", ("Joe Biden", "AGO", "completed")),
        # an alias that starts inside a longer name does not hide it
        ("Chinese President Xi Jinping, who is in Hungary on a three-day visit, toured a car plant.",
         ("Xi Jinping", "HUN", "ongoing")),
    ],
)
def test_travel_phrasings(ref: Reference, text: str, expected: tuple) -> None:
    assert facts(ref, text) == {("visit", *expected)}


def test_bare_arrival_goes_where_the_article_put_the_traveller(ref: Reference) -> None:
    text = ("Leaders are meeting in Kazan this week for a summit of emerging economies. "
            "Narendra Modi arrived on Tuesday and will stay two days.")
    assert facts(ref, text) == {("visit", "Narendra Modi", "RUS", "ongoing")}


def test_surname_alone_after_the_full_name(ref: Reference) -> None:
    # (Sunday, three days before the paper: a flight the day before would be a stay still going on)
    text = ("Mongolian President Ukhnaagiin Khürelsükh opened parliament on Monday. "
            "On Sunday Khürelsükh flew to Tokyo for talks on copper exports.")
    assert facts(ref, text) == {("visit", "Ukhnaagiin Khürelsükh", "JPN", "completed")}


def test_intransitive_visited_takes_the_country_the_sentence_names(ref: Reference) -> None:
    text = "Hungary did not arrest Netanyahu when he visited in April, the judges found."
    assert dated(ref, text, date(2025, 7, 25)) == {("visit", "Benjamin Netanyahu", "HUN", "completed", "2025-04")}


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin dismissed a newspaper report that Putin was preparing to travel to Hungary.",
        "Officials denied claims that Xi Jinping would fly to Budapest next month.",
        "Viktor Orbán invited Netanyahu to Budapest when the two men met last year.",
        "Duterte was put on a plane that left for the Netherlands late in the evening.",
    ],
)
def test_hearsay_invitations_and_other_subjects_are_not_trips(ref: Reference, text: str) -> None:
    assert {f for f in facts(ref, text) if f[0] == "visit"} == set()


def test_a_plan_gives_way_to_what_became_of_the_trip(ref: Reference) -> None:
    text = ("Lula had been expected to attend the summit in Kazan. "
            "He arrived in Kazan on Tuesday and held talks with Putin.")
    assert facts(ref, text) == {("visit", "Luiz Inácio Lula da Silva", "RUS", "ongoing")}
    text = "Joe Biden was due to travel to Berlin on Thursday, but he postponed his visit to Germany."
    assert facts(ref, text) == {("visit", "Joe Biden", "DEU", "cancelled")}


def test_an_earlier_trip_does_not_swallow_a_new_plan(ref: Reference) -> None:
    text = "Narendra Modi visited Vienna in July. He plans to return to Austria next month."
    assert facts(ref, text) == {
        ("visit", "Narendra Modi", "AUT", "completed"),
        ("visit", "Narendra Modi", "AUT", "planned"),
    }


# -- warrants in other words and subject lists --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Putin, who is wanted by the International Criminal Court, stayed at home.", {"Vladimir Putin"}),
        ("Putin has travelled sparingly since the ICC ordered his arrest in 2023.", {"Vladimir Putin"}),
        ("The court in The Hague, which wants Netanyahu arrested, said Hungary had failed in its duty.",
         {"Benjamin Netanyahu"}),
        ("ICC judges issued warrants for the Israeli prime minister, Benjamin Netanyahu, and his former "
         "defence minister, Yoav Gallant, on Thursday.", {"Benjamin Netanyahu", "Yoav Gallant"}),
        ("The International Criminal Court sought warrants for Netanyahu and the country's ex-defence chief, "
         "Yoav Gallant.", {"Benjamin Netanyahu", "Yoav Gallant"}),
    ],
)
def test_warrant_paraphrases_and_subject_lists(ref: Reference, text: str, subjects: set[str]) -> None:
    got = {f[1] for f in facts(ref, text) if f[0] == "warrant"}
    assert got == subjects


def test_wanted_since_gives_the_issue_year(ref: Reference) -> None:
    text = "Omar al-Bashir, wanted by the International Criminal Court since 2009, remains in army custody."
    assert dated(ref, text) == {("warrant", "Omar al-Bashir", "ICC", "issued", "2009")}


@pytest.mark.parametrize(
    "text",
    [
        "The ICC could order Putin's arrest if he travels, one professor said.",
        "Police said Putin was not wanted by the court in any case, a commentator wrote, citing the ICC.",
    ],
)
def test_warrant_paraphrases_respect_modality_and_negation(ref: Reference, text: str) -> None:
    assert {f for f in facts(ref, text) if f[0] == "warrant"} == set()
