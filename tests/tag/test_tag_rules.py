"""The tagger's rule families, on short sentences written for these tests (fixture reference)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import PUB, facts
from warrantwatch.reference import Reference
from warrantwatch.tag import tag_text
from warrantwatch.tagger.entities import is_candidate, lexicon, split_sentences


def one(ref: Reference, text: str, published: date = PUB):
    found = tag_text("t", text, published, ref)
    assert len(found) == 1, [m.to_extract_dict() for m in found]
    return found[0]


# -- statuses ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Xi Jinping plans to visit Hungary next spring.", "planned"),
        ("The Chinese president is expected to travel to Hungary in May.", "planned"),
        ("Xi Jinping has accepted an invitation to visit Hungary.", "planned"),
        ("Xi Jinping arrived in Budapest on Monday for talks.", "ongoing"),
        ("Xi Jinping is on a three-day state visit to Hungary.", "ongoing"),
        ("Xi Jinping visited Hungary in May.", "completed"),
        ("Xi Jinping travelled to Hungary last month.", "completed"),
        ("Xi Jinping held talks in Budapest last week with his host.", "completed"),
        ("Xi Jinping called off his planned trip to Hungary.", "cancelled"),
        ("Xi Jinping postponed his visit to Hungary.", "cancelled"),
        ("Xi Jinping opted not to attend the summit in Hungary.", "declined"),
        ("Xi Jinping declined to go to the forum in Budapest.", "declined"),
        ("Xi Jinping will not attend the summit in Hungary.", "declined"),
        ("Xi Jinping skipped the summit in Hungary.", "declined"),
        ("Xi Jinping joined the summit in Hungary by video link.", "declined"),
    ],
)
def test_visit_status_cues(ref: Reference, text: str, status: str) -> None:
    assert facts(ref, text) == {("visit", "Xi Jinping", "HUN", status)}


def test_postponed_to_a_new_date_stays_planned(ref: Reference) -> None:
    assert facts(ref, "Xi Jinping postponed his visit to Hungary until next March.") == {
        ("visit", "Xi Jinping", "HUN", "planned")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping would not attend the summit in Hungary if the host insisted on the agenda.",
        "If Xi Jinping goes to Hungary, the visit will be his first in years.",
        "Hungary invited Xi Jinping to visit Budapest next year.",
        "Xi Jinping may visit Hungary, diplomats speculated.",
        "Xi Jinping has not visited Hungary since 2019.",
        "Xi Jinping visited a factory in Shanghai on Monday.",  # domestic
        "Xi Jinping held talks with Viktor Orban by phone.",  # no stated place
        "Elon Musk flew to Budapest to meet investors.",  # not a watched official
        "Xi Jinping had planned to attend the summit in Hungary.",  # a plan reported as over
    ],
)
def test_not_visits(ref: Reference, text: str) -> None:
    assert {f for f in facts(ref, text) if f[0] == "visit"} == set()


def test_was_asked_not_to_attend_is_declined_with_warrant_reason(ref: Reference) -> None:
    text = "Brazil asked Vladimir Putin not to attend the summit in Rio because of the arrest warrant."
    (m,) = [m for m in tag_text("t", text, PUB, ref) if m.kind == "visit"]
    assert (m.person, m.host_country, m.status, m.reason) == ("Vladimir Putin", "BRA", "declined", "warrant")


def test_host_receiving_a_guest_is_the_guests_visit(ref: Reference) -> None:
    found = facts(ref, "Viktor Orban hosted Xi Jinping in Budapest on Thursday.")
    assert found == {("visit", "Xi Jinping", "HUN", "completed")}
    found = facts(ref, "Viktor Orban will host Xi Jinping next month.")
    assert found == {("visit", "Xi Jinping", "HUN", "planned")}


def test_meeting_abroad_is_a_visit_for_the_foreign_participant(ref: Reference) -> None:
    found = facts(ref, "Narendra Modi met Vladimir Putin in Moscow in July.")
    assert found == {("visit", "Narendra Modi", "RUS", "completed")}


# -- who is who --------------------------------------------------------------------------------------


def test_titles_resolve_through_the_office_holder_on_the_date(ref: Reference) -> None:
    m = one(ref, "The US president will travel to Brazil next week.", date(2024, 6, 1))
    assert m.person == "Joe Biden"
    m = one(ref, "The US president will travel to Brazil next week.", date(2025, 6, 1))
    assert m.person == "Donald Trump"


def test_the_indian_leader_prefers_the_office_holder_the_article_names(ref: Reference) -> None:
    text = "Narendra Modi spoke at a rally. Later the Indian leader flew to Moscow for talks."
    assert facts(ref, text) == {("visit", "Narendra Modi", "RUS", "completed")}


def test_pronoun_carries_over_to_the_next_sentence(ref: Reference) -> None:
    text = "Vladimir Putin spoke in the Kremlin on Monday. He will travel to Mongolia next week."
    m = one(ref, text)
    assert (m.person, m.host_country, m.status, m.date) == ("Vladimir Putin", "MNG", "planned", "2024-11")
    assert m.confidence < 0.9


def test_capital_as_government_is_not_a_destination(ref: Reference) -> None:
    assert facts(ref, "New Delhi skipped the in-person meeting with Vladimir Putin in 2022.") == set()
    assert facts(ref, "Vladimir Putin will arrive in New Delhi on Dec. 4.") == {
        ("visit", "Vladimir Putin", "IND", "ongoing")
    } or facts(ref, "Vladimir Putin will arrive in New Delhi on Dec. 4.") == {("visit", "Vladimir Putin", "IND", "planned")}


def test_city_and_summit_venue(ref: Reference) -> None:
    m = one(ref, "Narendra Modi attended the BRICS summit in Kazan last month.")
    assert (m.host_country, m.city, m.occasion, m.date) == ("RUS", "Kazan", "BRICS summit", "2024-10")
    m = one(ref, "Vladimir Putin skipped last year's G-20 summit.")
    assert (m.host_country, m.occasion, m.date) == ("IND", "G-20 summit", "2023")


def test_same_trip_twice_is_one_fact_with_the_best_evidence(ref: Reference) -> None:
    text = ("Vladimir Putin visited Mongolia. Vladimir Putin visited Mongolia on Sept. 3, "
            "where the host ignored the warrant.")
    visits = [m for m in tag_text("t", text, PUB, ref) if m.kind == "visit"]
    assert len(visits) == 1
    assert visits[0].date == "2024-09-03"
    assert visits[0].start == text.index("Vladimir Putin visited Mongolia on")


def test_several_trips_in_one_article(ref: Reference) -> None:
    text = "Joe Biden travelled to Angola this month. Earlier he went to Brazil for the G-20."
    assert facts(ref, text) >= {("visit", "Joe Biden", "AGO", "completed"), ("visit", "Joe Biden", "BRA", "completed")}


# -- warrants ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The International Criminal Court issued an arrest warrant for Vladimir Putin in March 2023.", "issued"),
        ("The ICC prosecutor sought an arrest warrant for Min Aung Hlaing on Wednesday.", "requested"),
        ("Rodrigo Duterte was arrested in Manila on an ICC warrant and flown to The Hague.", "executed"),
        ("The ICC withdrew the arrest warrant against Omar al-Bashir.", "withdrawn"),
    ],
)
def test_warrant_statuses(ref: Reference, text: str, status: str) -> None:
    found = {f for f in facts(ref, text, date(2025, 3, 20)) if f[0] == "warrant"}
    assert len(found) == 1
    ((_, _, court, got),) = found
    assert (court, got) == ("ICC", status)


def test_warrant_date_and_pronoun_subject(ref: Reference) -> None:
    text = "Vladimir Putin will travel abroad again, although an arrest warrant against him was issued by the ICC in March last year."
    (w,) = [m for m in tag_text("t", text, PUB, ref) if m.kind == "warrant"]
    assert (w.person, w.court, w.status, w.date) == ("Vladimir Putin", "ICC", "issued", "2023-03")


def test_two_subjects_in_one_warrant_sentence(ref: Reference) -> None:
    text = "The ICC issued arrest warrants for Benjamin Netanyahu and Yoav Gallant on Thursday."
    found = {f for f in facts(ref, text) if f[0] == "warrant"}
    assert found == {("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}


@pytest.mark.parametrize(
    "text",
    [
        "Police obtained a search warrant for the offices of a Moscow bank.",
        "The ICC fined the team after Narendra Modi watched the cricket final.",
        "The ICC issued arrest warrants for two militia commanders on Monday.",
        "The result does not warrant a change of course, Vladimir Putin said.",
        "The ICC could issue a warrant for Narendra Modi, one lawyer speculated.",
    ],
)
def test_not_warrants(ref: Reference, text: str) -> None:
    assert {f for f in facts(ref, text) if f[0] == "warrant"} == set()


# -- the seed's fact pattern, in our own words -------------------------------------------------------

SEED_LIKE = (
    "Vladimir Putin intends to travel to India, his first trip there since the war began, an aide said.\n\n"
    "The International Criminal Court issued a warrant for his arrest in March last year. "
    "In September, Putin visited Mongolia, a member of the court that did not detain him.\n\n"
    "Putin chose not to attend last year's G-20 summit in India. He also declined to go to this week's "
    "G-20 in Brazil because of the warrant."
)


def test_seed_pattern(ref: Reference) -> None:
    found = tag_text("seed", SEED_LIKE, PUB, ref)
    got = {(m.kind, m.person, m.host_country or m.court, m.status, m.date) for m in found}
    assert got == {
        ("visit", "Vladimir Putin", "IND", "planned", None),
        ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03"),
        ("visit", "Vladimir Putin", "MNG", "completed", "2024-09"),
        ("visit", "Vladimir Putin", "IND", "declined", "2023"),
        ("visit", "Vladimir Putin", "BRA", "declined", "2024-11"),
    }
    brazil = next(m for m in found if m.host_country == "BRA")
    assert brazil.reason == "warrant"
    assert SEED_LIKE[brazil.start : brazil.end] == brazil.evidence


# -- plumbing ----------------------------------------------------------------------------------------


def test_prefilter_rejects_off_topic_and_keeps_on_topic(ref: Reference) -> None:
    lex = lexicon(ref)
    assert not is_candidate("The football club signed a new striker on a three-year deal.", lex)
    assert is_candidate("Talks with Putin's envoy resumed.", lex)
    assert is_candidate("A court issued a warrant on Monday.", lex)


def test_sentence_split_keeps_abbreviations_and_offsets() -> None:
    text = "Mr. Putin met the U.S. envoy on Sept. 3 in Moscow. He left. “Fine,” he said."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Mr. Putin met the U.S. envoy on Sept. 3 in Moscow.", "He left.", "“Fine,” he said."
    ]
