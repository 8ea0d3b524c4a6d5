"""Language the fourth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set): coordinated verbs after a meeting, reported plans with a time phrase, plural
subjects, warrant subjects told in the next sentence, places named by their seat of government."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import facts
from warrantwatch.reference import Reference

# -- the object of a meeting is not the subject of the verb coordinated after it ------------------------

@pytest.mark.parametrize("text", [
    "Xi Jinping held talks with Recep Tayyip Erdoğan in Ankara on Monday and flew on to Budapest on Tuesday.",
    "Xi Jinping met Erdoğan in Ankara on Monday, then flew to Hungary.",
])
def test_the_met_person_does_not_take_the_next_flight(ref: Reference, text: str) -> None:
    found = facts(ref, text)
    assert ("visit", "Xi Jinping", "HUN", "ongoing") in found or ("visit", "Xi Jinping", "HUN", "completed") in found
    assert not {f for f in found if f[1] == "Recep Tayyip Erdoğan"}


def test_two_guests_meeting_abroad_are_both_there(ref: Reference) -> None:
    found = facts(ref, "Viktor Orbán met Vladimir Putin in Beijing on Tuesday.")
    assert {f[1] for f in found if f[2] == "CHN"} == {"Viktor Orbán", "Vladimir Putin"}


# -- a reported plan with a time phrase before "that" -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Donald Trump said on Monday that he would travel to India in February.",
    "Donald Trump told reporters late on Monday that he would travel to India in February.",
    "Donald Trump said last week he would travel to India in February.",
])
def test_reported_plan_with_a_time_phrase(ref: Reference, text: str) -> None:
    assert ("visit", "Donald Trump", "IND", "planned") in facts(ref, text)


def test_reported_plan_under_a_condition_is_no_plan(ref: Reference) -> None:
    text = "Donald Trump said on Monday that he would travel to India in February if a trade deal was signed."
    assert facts(ref, text) == set()


# -- the seat of government as a place ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu will meet Donald Trump at the White House on Tuesday.",
    "Benjamin Netanyahu will hold talks with Trump at the White House next week.",
])
def test_a_meeting_at_the_white_house_is_in_the_united_states(ref: Reference, text: str) -> None:
    assert facts(ref, text) == {("visit", "Benjamin Netanyahu", "USA", "planned")}


def test_a_plan_during_a_stay_is_the_same_stay(ref: Reference) -> None:
    text = ("Benjamin Netanyahu flew on to Washington on Tuesday night. "
            "He is due at the White House on Wednesday to discuss tariffs.")
    assert facts(ref, text) == {("visit", "Benjamin Netanyahu", "USA", "ongoing")}


def test_a_leader_named_later_in_the_clause_is_not_at_the_meeting(ref: Reference) -> None:
    text = ("Donald Trump's special envoy met Vladimir Putin in the Kremlin on Wednesday, two days before "
            "a deadline set by the US president for a ceasefire.")
    assert facts(ref, text) == set()


# -- plural subjects -------------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Both are", "Both leaders are", "The two leaders are", "The two men are"])
def test_a_plural_subject_is_the_two_people_just_named(ref: Reference, opening: str) -> None:
    text = (f"Olaf Scholz met Narendra Modi in Berlin on Monday. {opening} due at the summit in Brasília "
            "later this month.")
    found = facts(ref, text)
    assert {("visit", "Olaf Scholz", "BRA", "planned"), ("visit", "Narendra Modi", "BRA", "planned")} <= found


def test_a_plural_subject_after_three_people_is_left_alone(ref: Reference) -> None:
    text = ("Olaf Scholz met Narendra Modi and Xi Jinping in Berlin on Monday. Both are due in Brasília "
            "later this month.")
    assert not {f for f in facts(ref, text) if f[2] == "BRA"}


# -- warrant subjects: a group named in the next sentence, companions, paraphrases --------------------------

@pytest.mark.parametrize("text", [
    "The ICC prosecutor said he was seeking arrest warrants for two senior officials. He named Yoav Gallant "
    "and Benjamin Netanyahu.",
    "The International Criminal Court prosecutor applied for warrants against two men on Monday. They are "
    "Benjamin Netanyahu and Yoav Gallant.",
])
def test_warrant_subjects_named_in_the_next_sentence(ref: Reference, text: str) -> None:
    assert facts(ref, text) == {("warrant", "Benjamin Netanyahu", "ICC", "requested"),
                                ("warrant", "Yoav Gallant", "ICC", "requested")}


def test_a_name_two_sentences_after_a_group_warrant_is_not_its_subject(ref: Reference) -> None:
    text = ("The ICC prosecutor said he was seeking arrest warrants for two senior officials. The court has "
            "124 members. Critics named Benjamin Netanyahu as a likely target.")
    assert facts(ref, text) == set()


def test_companions_share_the_warrant(ref: Reference) -> None:
    text = ("Yoav Gallant was named in an ICC warrant issued on Nov. 21 together with Prime Minister "
            "Benjamin Netanyahu.")
    assert facts(ref, text) == {("warrant", "Yoav Gallant", "ICC", "issued"),
                                ("warrant", "Benjamin Netanyahu", "ICC", "issued")}


def test_an_order_to_arrest_is_an_issued_warrant_not_an_arrest(ref: Reference) -> None:
    text = "Judges at the International Criminal Court ordered the arrest of Vladimir Putin on Friday."
    assert facts(ref, text) == {("warrant", "Vladimir Putin", "ICC", "issued")}


def test_applications_dropped_for_a_listed_pair(ref: Reference) -> None:
    text = ("The ICC prosecutor had applied for warrants in May. His requests concerning two Israeli leaders, "
            "Benjamin Netanyahu and Yoav Gallant, were dropped in August.")
    assert facts(ref, text) == {("warrant", "Benjamin Netanyahu", "ICC", "withdrawn"),
                                ("warrant", "Yoav Gallant", "ICC", "withdrawn")}


def test_wanted_since_in_an_article_about_the_court(ref: Reference) -> None:
    text = ("The International Criminal Court has 124 members. Vladimir Putin has been wanted since "
            "March last year over the deportation of children.")
    assert ("warrant", "Vladimir Putin", "ICC", "issued") in facts(ref, text)


# -- deeds done in a place, and "where" clauses -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Xi Jinping signed agreements on rare earths in New Delhi on Monday.",
    "Xi Jinping laid a wreath in New Delhi on Monday before flying home.",
    "Xi Jinping addressed reporters in New Delhi on Monday.",
    "Xi Jinping flew home on Tuesday from New Delhi, where on Monday he attended a gathering of regional leaders.",
])
def test_a_deed_done_in_a_place_puts_the_doer_there(ref: Reference, text: str) -> None:
    assert ("visit", "Xi Jinping", "IND", "completed") in facts(ref, text)


def test_a_deed_at_home_or_under_a_condition_is_no_trip(ref: Reference) -> None:
    assert facts(ref, "Narendra Modi signed the agreement in New Delhi on Monday.") == set()
    assert facts(ref, "If Xi Jinping signed the deal in New Delhi, it would be a first.") == set()


def test_sitting_down_with_someone_at_a_scheduled_place(ref: Reference) -> None:
    text = "On Friday, Joe Biden is scheduled to sit down with Xi Jinping in the Peruvian capital, Lima."
    assert facts(ref, text) == {("visit", "Joe Biden", "PER", "planned"), ("visit", "Xi Jinping", "PER", "planned")}


def test_a_guest_received_on_the_day_of_publication_is_there_now(ref: Reference) -> None:
    text = "Viktor Orbán received Benjamin Netanyahu with a military band in Budapest on Wednesday."
    assert facts(ref, text) == {("visit", "Benjamin Netanyahu", "HUN", "ongoing")}


# -- trips told with a noun in the present, and "the King" ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "It is Xi Jinping's first visit to India in a decade.",
    "Xi Jinping's visit to India comes days after a border deal.",
    "Xi Jinping's trip to India is his first since 2019.",
])
def test_a_trip_told_in_the_present_is_under_way(ref: Reference, text: str) -> None:
    assert facts(ref, text) == {("visit", "Xi Jinping", "IND", "ongoing")}


def test_a_trip_ahead_is_not_a_meeting_of_its_traveller(ref: Reference) -> None:
    text = "Ahead of Xi Jinping's visit to India next month, officials met in New Delhi."
    assert facts(ref, text) == {("visit", "Xi Jinping", "IND", "planned")}


def test_the_king_is_the_one_king_the_article_names(ref: Reference) -> None:
    text = ("King Charles III has long admired Germany. The weather was fine. Nobody objected. "
            "The King arrived in Berlin on Wednesday for a three-day state visit.")
    assert facts(ref, text, date(2023, 3, 29)) == {("visit", "Charles III", "DEU", "ongoing")}


# -- going home ends a stay; a second reported plan ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The U.S. president, who arrived in India on Wednesday, flew home shortly after the meeting.",
    "Donald Trump arrived in India on Tuesday. Trump flew back to Washington overnight.",
])
def test_going_home_ends_the_stay(ref: Reference, text: str) -> None:
    # (In October 2025 "the U.S. president" is Trump.)
    assert facts(ref, text, date(2025, 10, 31)) == {("visit", "Donald Trump", "IND", "completed")}


def test_returning_home_later_leaves_the_stay_under_way(ref: Reference) -> None:
    text = "Donald Trump arrived in India on Tuesday. He will return to Washington next week."
    assert facts(ref, text) == {("visit", "Donald Trump", "IND", "ongoing")}


def test_a_second_reported_plan_joined_by_and_that(ref: Reference) -> None:
    text = ("Donald Trump said on Thursday that he would travel to China in April and that Xi Jinping would "
            "pay a visit to the United States after that.")
    assert facts(ref, text) == {("visit", "Donald Trump", "CHN", "planned"), ("visit", "Xi Jinping", "USA", "planned")}


# -- presence at the gathering the article is about ----------------------------------------------------------

@pytest.mark.parametrize("second", [
    "China is represented by Xi Jinping.",
    "Those attending include Xi Jinping and Narendra Modi.",
    "Xi Jinping and Narendra Modi are among those attending.",
])
def test_presence_at_the_gathering_told_of(ref: Reference, second: str) -> None:
    text = f"Leaders of the group opened their summit in Rio de Janeiro on Wednesday. {second}"
    assert ("visit", "Xi Jinping", "BRA", "ongoing") in facts(ref, text)


def test_represented_by_with_no_gathering_is_no_trip(ref: Reference) -> None:
    assert facts(ref, "China is represented by Xi Jinping in the talks, the ministry said.") == set()


def test_has_been_in_a_country_since_a_day_is_there_now(ref: Reference) -> None:
    assert facts(ref, "Xi Jinping, who has been in India since Monday, met students.") == {("visit", "Xi Jinping", "IND", "ongoing")}
    assert facts(ref, "Xi Jinping has been in India twice before.") == set()


def test_a_gathering_named_with_a_plain_modifier(ref: Reference) -> None:
    text = "Vladimir Putin will not attend peace talks with Ukraine in Ankara on Thursday, his spokesman said."
    assert facts(ref, text) == {("visit", "Vladimir Putin", "TUR", "declined")}
