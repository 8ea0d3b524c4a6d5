"""Rule families that generalise beyond the dev set: who travels, where a meeting is, places inside
countries, status from tense and date. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.tag.tagkit import PUB, dated, facts
from warrantwatch.reference import Reference
from warrantwatch.tag import tag_text

# ---- hosts are never travellers; a meeting's topic is not its place ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host's own country, whatever the topic names
        ("Xi Jinping received Narendra Modi in Beijing on Tuesday for talks on the war in Ukraine.",
         {("visit", "Narendra Modi", "CHN", "completed")}),
        ("Cyril Ramaphosa welcomed Lula at his residence on Monday to discuss a rail link to Angola.",
         {("visit", "Luiz Inácio Lula da Silva", "ZAF", "completed")}),
        # a leader at home holding talks goes nowhere, even when the topic is a pipeline to China
        ("Ukhnaagiin Khürelsükh held talks with Putin on a gas pipeline that would run to China.", set()),
        ("Recep Tayyip Erdoğan met Olaf Scholz on Monday to discuss the fighting in Syria.", set()),
    ],
)
def test_hosts_and_meeting_topics(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text) == expected


def test_meeting_place_before_topic_is_kept(ref: Reference) -> None:
    text = "Olaf Scholz met Xi Jinping in Beijing on Monday about trade with Brazil."
    assert ("visit", "Olaf Scholz", "CHN", "completed") in facts(ref, text)
    assert not any(f[2] == "BRA" for f in facts(ref, text))


# ---- the possessor is not the traveller ----


@pytest.mark.parametrize(
    "text",
    [
        "Lula's chief adviser, Marta Pereira, travelled to Kyiv last month.",
        "Putin's envoy Pavel Ivanov flew to Riyadh on Sunday for talks.",
        "Netanyahu rarely leaves Israel. His defence adviser, Dan Roth, went to Berlin last week.",
        "Modi's wife arrived in Paris on Monday.",
    ],
)
def test_aide_or_family_trip_is_not_the_leaders(ref: Reference, text: str) -> None:
    assert not any(f[0] == "visit" for f in facts(ref, text))


def test_own_trip_after_possessive_still_counts(ref: Reference) -> None:
    assert facts(ref, "Lula's plane landed late, and Lula travelled to Kyiv on Monday.") >= {
        ("visit", "Luiz Inácio Lula da Silva", "UKR", "completed")}


# ---- landmarks and buildings as places ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Benjamin Netanyahu landed at Camp David on Saturday.", ("Benjamin Netanyahu", "USA")),
        ("Narendra Modi arrived at the Kremlin on Monday for talks.", ("Narendra Modi", "RUS")),
        ("Erdoğan was greeted at Red Square by an honour guard on Monday.", ("Recep Tayyip Erdoğan", "RUS")),
        ("Xi Jinping was given a full state welcome in Budapest on Monday.", ("Xi Jinping", "HUN")),
        ("Lula flew into Port Moresby on Monday.", ("Luiz Inácio Lula da Silva", "PNG")),
        ("Narendra Modi landed in Georgetown on Tuesday.", ("Narendra Modi", "GUY")),
    ],
)
def test_places_inside_countries(ref: Reference, text: str, expected: tuple) -> None:
    assert {(f[1], f[2]) for f in facts(ref, text) if f[0] == "visit"} == {expected}


def test_government_word_not_after_a_preposition_is_no_place(ref: Reference) -> None:
    assert facts(ref, "The White House said Modi would be welcome, but gave no date.") == set()


# ---- warrants: whose warrant, which state, which date ----


@pytest.mark.parametrize(
    "text",
    [
        "Viktor Orbán invited Netanyahu to Budapest despite the ICC warrant, and Joe Biden's aides called "
        "the warrant outrageous.",
        "Joe Biden criticised the International Criminal Court warrant on Friday.",
        "For Orbán, the visit showed he would not bow to The Hague; he had promised it the day after the warrant was issued.",
    ],
)
def test_warrant_needs_its_subject(ref: Reference, text: str) -> None:
    people = {f[1] for f in facts(ref, text) if f[0] == "warrant"}
    assert not people & {"Viktor Orbán", "Joe Biden"}


def test_named_person_who_faces_a_warrant_is_its_subject(ref: Reference) -> None:
    text = "The International Criminal Court said Olaf Scholz, who faces an arrest warrant, had ignored a summons."
    assert ("warrant", "Olaf Scholz", "ICC", "issued") in facts(ref, text)


def test_one_warrant_per_subject_takes_the_furthest_state(ref: Reference) -> None:
    text = ("The International Criminal Court on Monday withdrew the arrest warrant for Min Aung Hlaing. "
            "The warrant for Min Aung Hlaing was issued in March.")
    got = {f for f in facts(ref, text) if f[0] == "warrant"}
    assert got == {("warrant", "Min Aung Hlaing", "ICC", "withdrawn")}


def test_warrant_date_is_not_the_crime_date(ref: Reference) -> None:
    text = "ICC judges issued an arrest warrant on Thursday for Yoav Gallant over the Oct. 7 attacks and the war that followed."
    assert dated(ref, text) >= {("warrant", "Yoav Gallant", "ICC", "issued", "2024-11-14")}
    assert not any(d[4] and d[4].startswith("2024-10") for d in dated(ref, text))


def test_warrant_subjects_joined_by_alongside(ref: Reference) -> None:
    text = "The ICC warrant for Yoav Gallant was issued in November alongside the one for Benjamin Netanyahu."
    people = {f[1] for f in facts(ref, text) if f[0] == "warrant"}
    assert people == {"Yoav Gallant", "Benjamin Netanyahu"}


# ---- plain phrasings and status from tense and the paper's date (PUB is a Wednesday) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi Jinping did travel to Laos in September, aides confirmed.", ("Xi Jinping", "LAO", "completed", "2024-09")),
        ("Lula goes on to Hanoi on Friday for a two-day stay.", ("Luiz Inácio Lula da Silva", "VNM", "planned", "2024-11-22")),
        ("Modi arrives in Georgetown on Saturday.", ("Narendra Modi", "GUY", "planned", "2024-11-23")),
        ("Erdoğan flew to Rome on Tuesday night.", ("Recep Tayyip Erdoğan", "ITA", "ongoing", "2024-11-19")),
        ("Erdoğan flew to Rome on Saturday.", ("Recep Tayyip Erdoğan", "ITA", "completed", "2024-11-16")),
        ("Scholz flew to Lisbon on Tuesday for a one-day visit.", ("Olaf Scholz", "PRT", "completed", "2024-11-19")),
        ("In Lima, where Xi Jinping arrived on Tuesday, crowds lined the road.", ("Xi Jinping", "PER", "ongoing", "2024-11-19")),
        ("Lavrov is leading the Russian delegation in Rio.", ("Sergey Lavrov", "BRA", "ongoing", "2024-11-20")),  # no day told: the paper's
    ],
)
def test_plain_phrasings_and_tense(ref: Reference, text: str, expected: tuple) -> None:
    assert dated(ref, text) == {("visit", *expected)}


def test_demonym_capital_and_apposition(ref: Reference) -> None:
    got = facts(ref, "Erdoğan and Scholz are both in the Brazilian capital for the talks.")
    assert got == {("visit", "Recep Tayyip Erdoğan", "BRA", "ongoing"), ("visit", "Olaf Scholz", "BRA", "ongoing")}
    got = facts(ref, "Lula, also in Kazan for the summit, praised the hosts.")
    assert got == {("visit", "Luiz Inácio Lula da Silva", "RUS", "ongoing")}


def test_back_home_ends_the_stay(ref: Reference) -> None:
    text = "Putin flew to Riyadh on Tuesday. Putin was back in Moscow by the evening."
    assert facts(ref, text) == {("visit", "Vladimir Putin", "SAU", "completed")}


def test_delegation_in_his_place_is_not_a_place(ref: Reference) -> None:
    text = "Putin will not travel to the BRICS summit in Johannesburg. Lavrov will head Russia's delegation in his place."
    assert ("visit", "Sergey Lavrov", "ZAF", "planned") in facts(ref, text)


# ---- who a pronoun is; relative clauses and negated presence ----


def test_object_pronoun_is_the_later_person(ref: Reference) -> None:
    text = ("Viktor Orbán said he would invite Benjamin Netanyahu to Hungary, and that the ICC arrest warrant "
            "against him would not be enforced.")
    assert {f for f in facts(ref, text) if f[0] == "warrant"} == {("warrant", "Benjamin Netanyahu", "ICC", "issued")}


def test_object_pronoun_is_not_its_verbs_subject(ref: Reference) -> None:
    text = "Lula flew on to Berlin on Saturday, where Olaf Scholz will host him."
    assert facts(ref, text) >= {("visit", "Luiz Inácio Lula da Silva", "DEU", "completed")}
    assert not any(f[1] == "Olaf Scholz" for f in facts(ref, text))


@pytest.mark.parametrize(
    "text",
    [
        "Putin is not among the leaders in Rio this week.",
        "Modi thanked the Indian workers who arrived in Guyana a century ago.",
    ],
)
def test_no_trip_for_negated_presence_or_other_subjects(ref: Reference, text: str) -> None:
    assert facts(ref, text) == set()


# ---- a warrant as the reason for a called-off trip ----


def test_warrant_reason_in_the_next_sentence(ref: Reference) -> None:
    text = ("Yoav Gallant has cancelled his trip to Prague next week.\n\n"
            "His office said he would not travel, hours after the court issued a warrant for his arrest.")
    got = {(m.kind, m.status, m.reason) for m in tag_text("t", text, PUB, ref)}
    assert ("visit", "cancelled", "warrant") in got
    assert ("warrant", "issued", None) in got  # the trip was cancelled, not the warrant


def test_reason_not_taken_from_an_unrelated_next_sentence(ref: Reference) -> None:
    text = ("Olaf Scholz has cancelled his trip to Lisbon because of a budget vote.\n\n"
            "Separately, the ICC warrant for Putin remains in force.")
    reasons = {m.reason for m in tag_text("t", text, PUB, ref) if m.kind == "visit"}
    assert reasons == {None}


def test_one_place_at_a_time(ref: Reference) -> None:
    text = ("Xi Jinping arrived in Belgrade on Monday. "
            "Xi Jinping landed in Budapest on Tuesday for the last leg of his tour.")
    assert dated(ref, text) == {("visit", "Xi Jinping", "SRB", "completed", "2024-11-18"),
                                ("visit", "Xi Jinping", "HUN", "ongoing", "2024-11-19")}
