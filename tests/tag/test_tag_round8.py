"""Language the eighth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

WED_12_NOV_2025 = date(2025, 11, 12)


# -- a host told in a relative clause or by "it" ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vietnam, which also hosted Joe Biden last September, has kept its balance between the powers.",
    "To the irritation of its neighbours, Hanoi — which also hosted Joe Biden last September — kept its options open.",
])
def test_a_host_in_a_relative_clause_is_the_guests_visit(ref: Reference, text: str) -> None:
    assert dated(ref, text, WED_12_NOV_2025) == {("visit", "Joe Biden", "VNM", "completed", "2025-09")}


def test_it_hosted_is_the_country_that_opens_the_sentence(ref: Reference) -> None:
    text = "Hungary announced its departure from the court in April, on the day it hosted Benjamin Netanyahu."
    assert dated(ref, text, WED_12_NOV_2025) == {("visit", "Benjamin Netanyahu", "HUN", "completed", "2025-04")}


def test_it_hosted_needs_a_country_to_be_it(ref: Reference) -> None:
    text = "The summit was a success, and on the day it hosted Benjamin Netanyahu the hall was full."
    assert dated(ref, text, WED_12_NOV_2025) == set()


# -- the previous visit to where the story has the traveller now ------------------------------------------------

def test_the_previous_visit_is_to_where_the_traveller_is_now(ref: Reference) -> None:
    text = ("Vladimir Putin arrived in Kyrgyzstan on Tuesday for a two-day state visit. "
            "Putin's previous visit, in October 2023, drew protests from rights groups.")
    assert dated(ref, text, WED_12_NOV_2025) == {
        ("visit", "Vladimir Putin", "KGZ", "ongoing", "2025-11-11"),
        ("visit", "Vladimir Putin", "KGZ", "completed", "2023-10"),
    }


def test_a_previous_visit_with_no_trip_before_it_gives_nothing(ref: Reference) -> None:
    text = "Putin's previous visit, in October 2023, drew protests from rights groups."
    assert dated(ref, text, WED_12_NOV_2025) == set()


# -- among the officials accompanying the leader: on the leader's trip, home with them ---------------------------

def test_among_the_officials_accompanying_the_leader_is_on_the_trip(ref: Reference) -> None:
    text = ("Xi Jinping arrived in Hanoi on Wednesday for a state visit. "
            "Premier Li Qiang and a vice-premier were among the officials accompanying Xi in the Vietnamese capital.")
    assert {f[:4] for f in dated(ref, text, WED_12_NOV_2025)} == {
        ("visit", "Xi Jinping", "VNM", "ongoing"),
        ("visit", "Li Qiang", "VNM", "ongoing"),
    }


def test_a_companion_has_gone_home_when_the_leader_has(ref: Reference) -> None:
    text = ("Xi Jinping returned to Beijing late on Wednesday. He arrived in Hanoi on Tuesday for a state visit. "
            "Premier Li Qiang was among the officials accompanying Xi in the Vietnamese capital.")
    assert {f[:4] for f in dated(ref, text, WED_12_NOV_2025)} == {
        ("visit", "Xi Jinping", "VNM", "completed"),
        ("visit", "Li Qiang", "VNM", "completed"),
    }


# -- "his first visit to the country since 2018" in a sentence about a trip ahead ----------------------------------

def test_his_first_visit_since_after_a_plan_is_the_plan_and_the_trip_before(ref: Reference) -> None:
    text = ("Narendra Modi is expected to travel to China at the end of the month for a regional summit, "
            "his first visit to the country since 2018.")
    assert {f for f in dated(ref, text, date(2025, 8, 16)) if f[3] == "completed"} == {
        ("visit", "Narendra Modi", "CHN", "completed", "2018")}
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 16))} == {
        ("visit", "Narendra Modi", "CHN", "planned"), ("visit", "Narendra Modi", "CHN", "completed")}


def test_the_country_with_no_trip_told_gives_no_trip_before(ref: Reference) -> None:
    text = "Officials said it would be his first visit to the country since 2018, if it happens at all."
    assert dated(ref, text, date(2025, 8, 16)) == set()


# -- a namesake who opens the sentence, and what "he" does after him ------------------------------------------------

def test_a_namesake_opening_the_sentence_is_not_the_person_named_in_full_there(ref: Reference) -> None:
    text = ("Nirav Modi, who is not related to Prime Minister Narendra Modi, has been held in a London prison since 2019, "
            "though he remains in Britain while his appeals are heard.")
    assert dated(ref, text, WED_12_NOV_2025) == set()


def test_a_surname_opening_the_sentence_is_still_the_person(ref: Reference) -> None:
    text = "Unlike Putin, who stayed in Moscow, Narendra Modi arrived in Kazan on Tuesday."
    assert ("visit", "Narendra Modi", "RUS", "ongoing", "2025-11-11") in dated(ref, text, WED_12_NOV_2025)
    assert dated(ref, "Modi arrived in Kazan on Tuesday.", WED_12_NOV_2025) == {
        ("visit", "Narendra Modi", "RUS", "ongoing", "2025-11-11")}


# -- "The warrant was one of three issued on November 21. Those against X and Y remain in force." -------------------

@pytest.mark.parametrize("others", [
    "Those against Benjamin Netanyahu and Yoav Gallant remain in force.",
    "The others, for Benjamin Netanyahu and Yoav Gallant, remain in force.",
])
def test_the_rest_of_a_batch_told_after_one_of_them(ref: Reference, others: str) -> None:
    text = ("The International Criminal Court has withdrawn its arrest warrant for Omar al-Bashir. "
            "The warrant was one of three issued by the chamber on November 21. " + others)
    found = dated(ref, text, date(2025, 2, 27))
    assert ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11-21") in found
    assert ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11-21") in found


def test_those_against_after_no_batch_gives_no_warrant(ref: Reference) -> None:
    text = ("The court met on Monday. Those against Benjamin Netanyahu and Yoav Gallant in the chamber spoke first.")
    assert dated(ref, text, date(2025, 2, 27)) == set()


# -- a request withdrawn in the same sentence; "its own warrant out for" ---------------------------------------------

def test_an_arrest_sought_and_then_withdrawn_is_a_withdrawn_request(ref: Reference) -> None:
    text = ("The prosecutor had also sought the arrest of Benjamin Netanyahu at the International Criminal Court, "
            "but withdrew that application in August.")
    assert dated(ref, text, date(2025, 11, 8)) == {("warrant", "Benjamin Netanyahu", "ICC", "withdrawn", "2025-08")}


def test_an_arrest_sought_stays_requested_without_a_withdrawal(ref: Reference) -> None:
    text = ("The prosecutor had also sought the arrest of Benjamin Netanyahu at the International Criminal Court, "
            "and withdrew from the case in August.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 8))} == {("warrant", "Benjamin Netanyahu", "ICC", "requested")}


def test_the_court_has_its_own_warrant_out(ref: Reference) -> None:
    text = "The International Criminal Court in The Hague has had its own warrant out for Benjamin Netanyahu for a year."
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 8))} == {("warrant", "Benjamin Netanyahu", "ICC", "issued")}


# -- a relative clause between the traveller and the verb is not the verb's -------------------------------------------

@pytest.mark.parametrize("relative", ["who was not invited to Anchorage", "who was not invited", "who has not been asked to mediate"])
def test_a_negation_in_a_relative_clause_does_not_undo_the_trip(ref: Reference, relative: str) -> None:
    text = f"Narendra Modi, {relative}, will travel to Washington on Monday for talks at the White House."
    assert dated(ref, text, date(2025, 8, 16)) == {("visit", "Narendra Modi", "USA", "planned", "2025-08-18")}


def test_a_negation_after_the_relative_clause_still_declines(ref: Reference) -> None:
    text = "Narendra Modi, who was invited, will not travel to Washington for the talks."
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 16))} == {("visit", "Narendra Modi", "USA", "declined")}


# -- on the way back home, returned from a trip: the stay told is over ------------------------------------------------

def test_on_his_way_back_home_ends_the_stay(ref: Reference) -> None:
    text = ("Prime Minister Narendra Modi is on his way back to New Delhi after two days of talks. "
            "Modi arrived in Tokyo on Wednesday and met the emperor on Thursday.")
    assert {f[:4] for f in dated(ref, text, date(2025, 9, 19))} == {("visit", "Narendra Modi", "JPN", "completed")}


def test_returned_from_a_trade_mission_ends_the_stay(ref: Reference) -> None:
    text = ("Joe Biden has returned from a two-day trade mission, the White House said. "
            "Biden flew into Mumbai on Wednesday with a large business delegation.")
    assert {f[:4] for f in dated(ref, text, date(2024, 10, 10))} == {("visit", "Joe Biden", "IND", "completed")}


def test_on_his_way_to_a_place_is_no_return(ref: Reference) -> None:
    text = "Narendra Modi is on his way to Osaka after the talks. Modi arrived in Tokyo on Wednesday."
    assert ("visit", "Narendra Modi", "JPN", "completed") not in {f[:4] for f in dated(ref, text, date(2025, 9, 19))}


# -- a deed at the start of a stay whose stated length runs on -------------------------------------------------------

def test_talks_at_the_start_of_a_two_day_visit_are_told_while_there(ref: Reference) -> None:
    text = "Xi Jinping held talks in New Delhi on Monday at the start of a two-day visit to India."
    assert dated(ref, text, date(2025, 8, 19)) == {("visit", "Xi Jinping", "IND", "ongoing", "2025-08-18")}


def test_a_two_day_visit_wrapped_up_is_over(ref: Reference) -> None:
    text = "Xi Jinping held talks in New Delhi on Monday and wrapped up a two-day visit to India."
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 19))} == {("visit", "Xi Jinping", "IND", "completed")}


def test_a_previous_visit_told_as_a_stop(ref: Reference) -> None:
    text = ("Joe Biden arrived in Beijing on Sunday for a three-day visit. "
            "His previous visit, a one-day stop in November 2022, drew criticism at home.")
    assert ("visit", "Joe Biden", "CHN", "completed", "2022-11") in dated(ref, text, date(2024, 4, 15))


# -- what the press reports is a trip; what a ministry dismisses as rumour is not -------------------------------------

def test_a_plan_a_news_agency_reported_is_a_plan(ref: Reference) -> None:
    text = "Xinhua reported on Tuesday that Narendra Modi would visit China next month."
    assert dated(ref, text, date(2025, 7, 8)) == {("visit", "Narendra Modi", "CHN", "planned", "2025-08")}


@pytest.mark.parametrize("text", [
    "The ministry dismissed as fabrications reports circulating on Indian and Chinese social media that Narendra Modi "
    "was preparing to visit China.",
    "Officials denied reports that Narendra Modi would visit China next month.",
])
def test_a_trip_in_reports_dismissed_or_denied_is_none(ref: Reference, text: str) -> None:
    assert dated(ref, text, date(2025, 7, 8)) == set()


def test_a_plan_newspapers_had_reported_is_a_rumour(ref: Reference) -> None:
    text = "Several newspapers had reported earlier this month that Narendra Modi would come to Beijing on Feb. 12."
    assert dated(ref, text, date(2025, 2, 20)) == set()


# -- "Among the leaders expected in Kazan are ...", "after attending", "the 44th ordinary summit" ---------------------

def test_among_the_leaders_expected_are_plans(ref: Reference) -> None:
    text = "Among the leaders expected in Kazan are Indian Prime Minister Narendra Modi and Chinese President Xi Jinping."
    assert {f[:4] for f in dated(ref, text, date(2024, 10, 20))} == {
        ("visit", "Narendra Modi", "RUS", "planned"), ("visit", "Xi Jinping", "RUS", "planned")}


def test_among_the_leaders_expected_in_the_past_says_nothing_of_the_trip(ref: Reference) -> None:
    text = "Among the leaders expected in Kazan were Narendra Modi and Xi Jinping."
    assert dated(ref, text, date(2024, 10, 25)) == set()


def test_after_attending_a_summit_the_summit_is_behind(ref: Reference) -> None:
    text = "Cyril Ramaphosa returned home on Saturday night after attending a summit in Harare."
    assert {f[:4] for f in dated(ref, text, date(2024, 8, 18))} == {("visit", "Cyril Ramaphosa", "ZWE", "completed")}
    assert dated(ref, "Cyril Ramaphosa will return home after attending a summit in Harare.", date(2024, 8, 18)) == set()


def test_a_numbered_ordinary_summit_is_where_it_is_held(ref: Reference) -> None:
    text = "Cyril Ramaphosa attended the 44th ordinary summit in Harare on Saturday."
    assert dated(ref, text, date(2024, 8, 18)) == {("visit", "Cyril Ramaphosa", "ZWE", "completed", "2024-08-17")}


# -- "no American official would attend"; "represented by its foreign minister, Prince X" ----------------------------

def test_a_leader_who_says_no_official_of_his_would_attend_declines(ref: Reference) -> None:
    text = ("JOHANNESBURG - The G20 summit opened in Johannesburg on Saturday with the United States absent, after "
            "President Donald Trump said no American official would attend.")
    assert dated(ref, text, date(2025, 11, 22)) == {("visit", "Donald Trump", "ZAF", "declined", "2025-11-22")}


def test_no_official_would_attend_if_is_a_condition(ref: Reference) -> None:
    text = ("The G20 summit opens in Johannesburg on Saturday. If talks fail, Donald Trump said no American official would "
            "attend.")
    assert dated(ref, text, date(2025, 11, 20)) == set()


def test_a_country_represented_by_a_titled_minister_puts_him_at_the_gathering(ref: Reference) -> None:
    text = ("The G20 summit opened in Johannesburg on Saturday. China was represented by its senior economic official, Li Qiang, "
            "who read a speech on behalf of the president.")
    # (the summit opened on the paper's own day: there now)
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 22))} == {("visit", "Li Qiang", "ZAF", "ongoing")}


# -- "had been in Montevideo since Thursday morning" -----------------------------------------------------------------

@pytest.mark.parametrize("subject", ["Xi Jinping", "His premier, Li Qiang,"])
def test_a_stay_told_as_running_since_a_weekday_goes_on_from_that_day(ref: Reference, subject: str) -> None:
    who = "Li Qiang" if "Li" in subject else "Xi Jinping"
    text = f"{subject} had been in Montevideo since Thursday morning for the talks."
    assert dated(ref, text, date(2024, 12, 6)) == {("visit", who, "URY", "ongoing", "2024-12-05")}


def test_a_stay_since_a_weekday_ends_when_the_traveller_flies_back(ref: Reference) -> None:
    text = "Xi Jinping, who had been in New York since Monday for the UN General Assembly, flew back to Beijing overnight."
    assert dated(ref, text, date(2025, 9, 26)) == {("visit", "Xi Jinping", "USA", "completed", "2025-09-22")}


# -- "concluded his state visit to Indonesia": that stay is over ------------------------------------------------------

def test_a_visit_concluded_is_over_whatever_the_arrival_says(ref: Reference) -> None:
    text = ("The two countries signed agreements on Wednesday as Xi Jinping concluded his state visit to Indonesia. "
            "Xi arrived at the airport in Jakarta on Tuesday evening.")
    assert {f[:4] for f in dated(ref, text, date(2025, 2, 12))} == {("visit", "Xi Jinping", "IDN", "completed")}


def test_a_visit_that_will_be_concluded_is_still_going_on(ref: Reference) -> None:
    text = ("Xi Jinping will conclude his state visit to Indonesia on Thursday. "
            "Xi arrived at the airport in Jakarta on Tuesday evening.")
    assert {f[:4] for f in dated(ref, text, date(2025, 2, 12))} == {("visit", "Xi Jinping", "IDN", "ongoing")}


# -- a country's own parade is held at home ---------------------------------------------------------------------------

def test_those_in_the_stands_at_a_countrys_parade_are_in_that_country(ref: Reference) -> None:
    text = ("JAKARTA — The president flew to Beijing late on Tuesday to attend China's military parade marking the end of "
            "the war. Vladimir Putin was also in the stands on Wednesday.")
    assert {f[:4] for f in dated(ref, text, date(2025, 9, 3))} == {("visit", "Vladimir Putin", "CHN", "ongoing")}


# -- "The first warrants in the investigation, for X and Y, were issued in March last year" ---------------------------

def test_the_first_warrants_name_their_subjects(ref: Reference) -> None:
    text = ("The first warrants in the Ukraine investigation, for Vladimir Putin and Benjamin Netanyahu, "
            "were issued in March last year.")
    assert dated(ref, text, date(2024, 6, 25)) == {
        ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03"), ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2023-03")}


def test_the_only_people_subject_to_warrants_are_their_subjects(ref: Reference) -> None:
    text = ("The decision leaves Benjamin Netanyahu and his former defence minister Yoav Gallant as the only people "
            "subject to warrants in the court's Palestine investigation.")
    assert {f[:4] for f in dated(ref, text, date(2025, 2, 27))} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}


# -- the leg before, told by where the traveller came from --------------------------------------------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("Xi Jinping came from Hanoi, where on Monday he and the Vietnamese leader watched the signing of agreements.", "2025-04-14"),
    ("Xi Jinping reached Kuala Lumpur on Tuesday evening from Hanoi, the first stop of his three-nation tour.", None),
    ("Xi Jinping was welcomed at the palace on Wednesday, a day after he flew in from Hanoi on the second stop of a tour.", None),
])
def test_the_place_a_touring_leader_came_from_is_the_leg_before(ref: Reference, text: str, when: str | None) -> None:
    assert ("visit", "Xi Jinping", "VNM", "completed", when) in dated(ref, text, date(2025, 4, 16))


def test_flying_in_from_a_place_with_no_stay_told_is_no_leg(ref: Reference) -> None:
    text = "Xi Jinping flew in from Hanoi on Tuesday evening."
    assert ("visit", "Xi Jinping", "VNM", "completed") not in {f[:4] for f in dated(ref, text, date(2025, 4, 16))}


# -- "met for about 100 minutes", "since a brief visit in December 2021", received on the tarmac the day before -------

def test_a_meetings_length_is_no_topic(ref: Reference) -> None:
    text = "Donald Trump and Xi Jinping met for about 100 minutes on Thursday at an air base in Busan."
    assert dated(ref, text, date(2025, 11, 2)) == {
        ("visit", "Donald Trump", "KOR", "completed", "2025-10-30"), ("visit", "Xi Jinping", "KOR", "completed", "2025-10-30")}


def test_the_first_visit_since_a_brief_visit_dates_the_visit_before(ref: Reference) -> None:
    text = "Vladimir Putin landed on Thursday evening, his first trip to India since a brief visit in December 2021."
    assert ("visit", "Vladimir Putin", "IND", "completed", "2021-12") in dated(ref, text, date(2025, 12, 5))


def test_a_guest_received_on_arrival_the_day_before_is_there_now(ref: Reference) -> None:
    text = "Narendra Modi broke protocol on Thursday evening to receive Vladimir Putin on the tarmac at Palam air base."
    assert {f[:4] for f in dated(ref, text, date(2025, 12, 5))} == {("visit", "Vladimir Putin", "IND", "ongoing")}
    assert {f[:4] for f in dated(ref, text, date(2025, 12, 9))} == {("visit", "Vladimir Putin", "IND", "completed")}


# -- the one sent instead, a list that "would all attend", a tour that "took him to" -----------------------------------

def test_the_one_a_leader_is_represented_by_goes(ref: Reference) -> None:
    text = ("The BRICS summit opens in Rio de Janeiro on Sunday. Xi Jinping will not attend, Beijing confirmed on Monday, "
            "and will be represented by Premier Li Qiang.")
    assert {f[:4] for f in dated(ref, text, date(2025, 7, 1))} == {
        ("visit", "Xi Jinping", "BRA", "declined"), ("visit", "Li Qiang", "BRA", "planned")}


def test_represented_by_his_minister_is_not_the_one_named_before(ref: Reference) -> None:
    text = "The BRICS summit opened in Rio de Janeiro on Sunday. Narendra Modi spoke first. Egypt's president was represented by his prime minister."
    assert ("visit", "Narendra Modi", "BRA", "completed") not in {f[:4] for f in dated(ref, text, date(2025, 7, 6))}


def test_an_aide_said_a_list_of_leaders_would_all_attend(ref: Reference) -> None:
    text = ("The BRICS summit opens in Kazan on Tuesday. A Kremlin aide said Xi Jinping, Narendra Modi and Recep Tayyip "
            "Erdoğan would all attend the three-day meeting.")
    assert {f[:4] for f in dated(ref, text, date(2024, 10, 20))} == {
        ("visit", "Xi Jinping", "RUS", "planned"), ("visit", "Narendra Modi", "RUS", "planned"),
        ("visit", "Recep Tayyip Erdoğan", "RUS", "planned")}


def test_a_tour_that_took_him_to_places_puts_him_there(ref: Reference) -> None:
    text = "Donald Trump is in Abu Dhabi on the last leg of a Gulf tour that took him to Riyadh and Doha earlier in the week."
    assert {f[:4] for f in dated(ref, text, date(2025, 5, 16))} == {
        ("visit", "Donald Trump", "ARE", "ongoing"), ("visit", "Donald Trump", "SAU", "completed"),
        ("visit", "Donald Trump", "QAT", "completed")}


def test_the_final_leg_that_takes_him_somewhere_is_ahead(ref: Reference) -> None:
    text = "The final leg takes Narendra Modi to Ankara, where he is to hold talks with the Turkish president."
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 20))} == {("visit", "Narendra Modi", "TUR", "planned")}


# -- ", as did A, B and C": the others made the same trip -----------------------------------------------------------

def test_as_did_a_list_copies_the_trip(ref: Reference) -> None:
    text = ("SHARM EL-SHEIKH — The summit opened on Monday. Recep Tayyip Erdoğan arrived earlier, as did Narendra Modi, "
            "Xi Jinping and Viktor Orbán.")
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 13))} == {
        ("visit", who, "EGY", "ongoing") for who in ("Recep Tayyip Erdoğan", "Narendra Modi", "Xi Jinping", "Viktor Orbán")}


def test_as_did_with_no_trip_told_copies_nothing(ref: Reference) -> None:
    text = "Recep Tayyip Erdoğan condemned the strike, as did Narendra Modi and Xi Jinping."
    assert dated(ref, text, date(2025, 10, 13)) == set()


# -- "in the end the vice-president did not travel" -----------------------------------------------------------------

@pytest.mark.parametrize("tail", ["did not travel.", "did not travel and no senior official is in the hall.", "did not go either."])
def test_a_bare_did_not_travel_declines_the_storys_gathering(ref: Reference, tail: str) -> None:
    text = f"JOHANNESBURG — The G20 summit opened in Johannesburg on Saturday. Narendra Modi {tail}"
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 22))} == {("visit", "Narendra Modi", "ZAF", "declined")}


def test_the_vice_president_is_the_office_holder_named_before(ref: Reference) -> None:
    text = ("JOHANNESBURG — The G20 summit opened in Johannesburg on Saturday. The White House had said JD Vance would "
            "lead the delegation, but in the end the vice-president did not travel.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 22))} == {("visit", "JD Vance", "ZAF", "declined")}


def test_his_first_visit_in_years_after_is_set_to_travel_is_the_plan(ref: Reference) -> None:
    text = ("Narendra Modi is set to travel to Tianjin at the end of the month for the summit on August 31 and September 1, "
            "his first visit to China in seven years.")
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 19))} == {("visit", "Narendra Modi", "CHN", "planned")}


# -- a trip told in a "since" clause settles no plan -------------------------------------------------------------------

def test_a_trip_in_a_since_clause_leaves_the_plan_standing(ref: Reference) -> None:
    text = ("It will be Vladimir Putin's first visit to the United States since he attended the UN General Assembly in "
            "New York in September 2015.")
    assert dated(ref, text, date(2025, 8, 10)) == {
        ("visit", "Vladimir Putin", "USA", "planned", None), ("visit", "Vladimir Putin", "USA", "completed", "2015-09")}


# -- "the ASEAN summit in Kuala Lumpur", "among more than 20 leaders expected", an unconfirmed trip ----------------------

@pytest.mark.parametrize("summit", ["the ASEAN summit", "the East Asia Summit"])
def test_a_summit_named_by_its_body_is_where_it_is_held(ref: Reference, summit: str) -> None:
    text = f"Narendra Modi will attend {summit} in Kuala Lumpur on October 27."
    assert dated(ref, text, date(2025, 10, 24)) == {("visit", "Narendra Modi", "MYS", "planned", "2025-10-27")}


def test_among_more_than_twenty_leaders_expected_is_a_plan(ref: Reference) -> None:
    text = "TIANJIN — The summit opens in Tianjin on Sunday. Recep Tayyip Erdoğan is also among more than 20 leaders expected."
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 29))} == {("visit", "Recep Tayyip Erdoğan", "CHN", "planned")}


def test_a_trip_the_host_has_no_confirmation_of_is_none(ref: Reference) -> None:
    text = ("KUALA LUMPUR — Malaysia has yet to receive confirmation from Washington that Donald Trump will attend the "
            "summit in Kuala Lumpur next month, the foreign minister said on Friday.")
    assert dated(ref, text, date(2025, 9, 20)) == set()


# -- warrants named in the sentence after: "Those name X and Y", "The same ruling targeted Y", "reasonable grounds" ------

@pytest.mark.parametrize("second", [
    "Those name Benjamin Netanyahu and his former defence minister Yoav Gallant over the use of starvation.",
    "They name the Israeli leader, Benjamin Netanyahu, and his former defence minister, Yoav Gallant.",
])
def test_warrants_issued_then_named(ref: Reference, second: str) -> None:
    text = "The International Criminal Court issued arrest warrants in November. " + second
    assert dated(ref, text, date(2025, 2, 1)) == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11"), ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11")}


def test_the_same_ruling_targeted_one_more(ref: Reference) -> None:
    text = "The ICC issued a warrant for Benjamin Netanyahu. The same ruling targeted his former defence minister, Yoav Gallant."
    assert {f[:4] for f in dated(ref, text, date(2025, 2, 1))} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}


def test_warrants_then_named_are_only_for_those_the_court_has_sought(ref: Reference) -> None:
    text = "The International Criminal Court issued arrest warrants in November. They name Narendra Modi's critics."
    assert dated(ref, text, date(2025, 2, 1)) == set()


def test_the_prosecutors_grounds_name_the_ones_sought(ref: Reference) -> None:
    text = ("The ICC prosecutor said he had asked judges to issue arrest warrants for two senior Israeli officials. "
            "He said there were reasonable grounds to believe that Benjamin Netanyahu and Yoav Gallant bear criminal "
            "responsibility.")
    assert {f[:4] for f in dated(ref, text, date(2024, 5, 21))} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "requested"), ("warrant", "Yoav Gallant", "ICC", "requested")}


def test_the_grounds_given_for_one_more_name_him(ref: Reference) -> None:
    text = ("The ICC prosecutor, Karim Khan, has applied for arrest warrants for Benjamin Netanyahu. Khan said there were "
            "reasonable grounds to believe that Yoav Gallant, the defence minister, bears criminal responsibility as well.")
    assert {f[:4] for f in dated(ref, text, date(2024, 5, 21))} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "requested"), ("warrant", "Yoav Gallant", "ICC", "requested")}


# -- "ordered the arrest of Venezuela's X", "warrants for two commanders, X of ... and Y of ...", "it added X" ----------

def test_a_court_ordered_the_arrest_of_a_countrys_leader(ref: Reference) -> None:
    text = "BUENOS AIRES — An Argentine federal appeals court on Monday ordered the arrest of Russia's Vladimir Putin over the war."
    assert dated(ref, text, date(2024, 9, 24)) == {("warrant", "Vladimir Putin", "ARG", "issued", "2024-09-23")}


def test_a_group_warrant_named_with_long_appositions_and_the_batch_added_later(ref: Reference) -> None:
    text = ("In March last year the International Criminal Court announced warrants for two men, Vladimir Putin of the "
            "long-range aviation force and Benjamin Netanyahu of the Black Sea Fleet. Three months later, in June, it "
            "added the then defence minister, Yoav Gallant.")
    assert {f[:4] for f in dated(ref, text, date(2024, 6, 26))} == {
        ("warrant", "Vladimir Putin", "ICC", "issued"), ("warrant", "Benjamin Netanyahu", "ICC", "issued"),
        ("warrant", "Yoav Gallant", "ICC", "issued")}


def test_two_warrants_in_force_named_after_a_colon(ref: Reference) -> None:
    text = ("The judges withdrew the warrant for Omar al-Bashir. The decision leaves two warrants in the situation in force. "
            "Both concern Israelis: Benjamin Netanyahu and Yoav Gallant.")
    assert {f[:4] for f in dated(ref, text, date(2025, 2, 27))} == {
        ("warrant", "Omar al-Bashir", "ICC", "withdrawn"), ("warrant", "Benjamin Netanyahu", "ICC", "issued"),
        ("warrant", "Yoav Gallant", "ICC", "issued")}


def test_a_relative_clause_gives_its_warrant_to_the_name_it_hangs_on(ref: Reference) -> None:
    text = "Vladimir Putin, who is the subject of an International Criminal Court warrant, was greeted by Donald Trump."
    assert {f for f in dated(ref, text, date(2025, 8, 16)) if f[0] == "warrant"} == {
        ("warrant", "Vladimir Putin", "ICC", "issued", None)}


def test_acting_on_the_warrant_right_after_its_subject_is_named(ref: Reference) -> None:
    text = ("Vladimir Putin arrived in Dushanbe on Tuesday. Tajikistan is a party to the Rome Statute, but officials made "
            "no move to act on the warrant, issued in March 2023.")
    assert ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03") in dated(ref, text, date(2025, 7, 2))


def test_the_warrant_after_two_people_with_warrants_is_nobodys_in_particular(ref: Reference) -> None:
    text = ("Vladimir Putin met Benjamin Netanyahu in Moscow. Officials made no move to act on the warrant, issued in 2023.")
    assert {f for f in dated(ref, text, date(2025, 7, 2)) if f[0] == "warrant"} == set()


@pytest.mark.parametrize("where", ["the city of Tianjin", "the northern port city of Tianjin"])
def test_the_city_of_a_place_is_that_place(ref: Reference, where: str) -> None:
    assert dated(ref, f"Vladimir Putin arrived in {where} on Sunday.", date(2025, 9, 1)) == {
        ("visit", "Vladimir Putin", "CHN", "ongoing", "2025-08-31")}


def test_a_sentence_adverb_is_no_stranger_taking_over_he(ref: Reference) -> None:
    text = ("Vladimir Putin is in Tianjin this week. Still, the trip is a reminder of how far Putin can now travel. "
            "In the first months after the decision, caution prevailed. He skipped the summit in Johannesburg in August 2023.")
    assert ("visit", "Vladimir Putin", "ZAF", "declined", "2023-08") in dated(ref, text, date(2025, 9, 1))


def test_leaving_one_capital_on_a_day_for_another(ref: Reference) -> None:
    text = "Xi Jinping leaves Kuala Lumpur on Thursday for Phnom Penh, where the king will host him."
    assert ("visit", "Xi Jinping", "KHM", "planned", "2025-04-17") in dated(ref, text, date(2025, 4, 16))
    text = "Xi Jinping left Kuala Lumpur on Thursday for Phnom Penh."
    assert {f[2] for f in dated(ref, text, date(2025, 4, 17))} == {"MYS", "KHM"}


def test_a_leg_at_home_of_the_host_during_the_stay_is_the_same_trip(ref: Reference) -> None:
    text = ("RIO DE JANEIRO - The BRICS summit opened in Rio de Janeiro on Sunday. Narendra Modi arrived in Rio de Janeiro "
            "late on Saturday. After the summit he will travel to Brasília, where Luiz Inácio Lula da Silva will receive "
            "him on Tuesday for a state visit.")
    assert {f[:4] for f in dated(ref, text, date(2025, 7, 6)) if f[1] == "Narendra Modi"} == {
        ("visit", "Narendra Modi", "BRA", "ongoing")}


# -- the story's gathering: opened at a venue in the dateline's city; not a format's country; not the next one ---------

def test_the_gathering_opened_where_the_story_is_filed_is_the_storys(ref: Reference) -> None:
    text = ("KUALA LUMPUR — Prime Minister Anwar Ibrahim opened the 47th ASEAN Summit at the Kuala Lumpur Convention Centre "
            "on Sunday. Donald Trump is due to fly to Tokyo this evening and will travel to South Korea on Wednesday for "
            "the APEC meetings in Gyeongju. Narendra Modi did not make the trip, addressing Sunday's ASEAN–India Summit "
            "by video link.")
    found = {f[:4] for f in dated(ref, text, date(2025, 10, 26))}
    assert ("visit", "Narendra Modi", "MYS", "declined") in found
    assert ("visit", "Donald Trump", "KOR", "planned") in found


# -- "had arrived": an arrival told as before the story's time ---------------------------------------------------------

def test_had_arrived_on_an_earlier_day_is_over(ref: Reference) -> None:
    text = "Donald Trump had arrived in South Korea on Wednesday and addressed a business summit."
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 30))} == {("visit", "Donald Trump", "KOR", "completed")}


def test_arrived_the_day_before_is_still_there(ref: Reference) -> None:
    text = "Donald Trump arrived in South Korea on Wednesday and addressed a business summit."
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 30))} == {("visit", "Donald Trump", "KOR", "ongoing")}


def test_said_after_a_call_that_he_would_travel_is_a_plan(ref: Reference) -> None:
    text = ("Narendra Modi said after a long telephone conversation with Donald Trump overnight that he would travel to "
            "Washington on Monday.")
    assert dated(ref, text, date(2025, 8, 17)) == {("visit", "Narendra Modi", "USA", "planned", "2025-08-18")}


def test_said_that_he_would_travel_if_is_no_plan(ref: Reference) -> None:
    text = "Narendra Modi said after a long call with Donald Trump that he would travel to Washington if invited."
    assert dated(ref, text, date(2025, 8, 17)) == set()


def test_a_minister_who_travelled_with_the_leader_is_on_the_trip(ref: Reference) -> None:
    text = "Xi Jinping arrived in Mexico City on Wednesday. Premier Li Qiang travelled with the president and held separate talks."
    assert {f[:4] for f in dated(ref, text, date(2025, 9, 18))} == {
        ("visit", "Xi Jinping", "MEX", "ongoing"), ("visit", "Li Qiang", "MEX", "ongoing")}


def test_co_chairing_the_storys_meeting_puts_the_chair_there(ref: Reference) -> None:
    text = ("SANTA MARTA, Colombia - Leaders met in Santa Marta on Sunday for a two-day summit. Xi Jinping co-chaired the "
            "meeting with the Colombian president, who is hosting it.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 10))} == {("visit", "Xi Jinping", "COL", "ongoing")}


# -- the day of a warrant told in a later clause -------------------------------------------------------------------------

def test_the_warrants_which_it_issued_last_november_are_dated_so(ref: Reference) -> None:
    text = ("Judges have rejected a request to withdraw the arrest warrants issued against Benjamin Netanyahu and Yoav "
            "Gallant. The chamber said there was no legal basis for withdrawing the warrants, which it issued last November.")
    assert {f for f in dated(ref, text, date(2025, 7, 18)) if f[0] == "warrant"} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11"), ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11")}


def test_enforcing_the_warrant_issued_in_march_last_year(ref: Reference) -> None:
    text = ("Vladimir Putin landed in Ulaanbaatar on Monday. Mongolia has shown no sign of enforcing the warrant, issued in "
            "March last year.")
    assert ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03") in dated(ref, text, date(2024, 9, 3))
