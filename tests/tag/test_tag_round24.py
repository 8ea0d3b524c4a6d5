"""Language the twenty-fourth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.dates import find_dates
from warrantwatch.reference import Reference

FRI_27_NOV_2026 = date(2026, 11, 27)


# -- "before the warrant is overturned or withdrawn": a time that may come, not a withdrawal --------------------------------------

@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu faces an ICC warrant. Few capitals will host Benjamin Netanyahu before the warrant is overturned or withdrawn.",
    "Benjamin Netanyahu faces an ICC warrant. Benjamin Netanyahu will stay at home unless the warrant is lifted.",
])
def test_a_warrant_undone_only_if_it_comes_to_pass_stays_issued(full_ref: Reference, text: str) -> None:
    statuses = {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026) if f[0] == "warrant"}
    assert statuses == {"issued"}


def test_a_warrant_withdrawn_is_still_withdrawn(full_ref: Reference) -> None:
    text = "The ICC withdrew the warrant for Mohammed Deif in February."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Mohammed Deif", "ICC", "withdrawn", "2026-02")}


# -- "In January he was ...": after two sentences that name nobody, a subject pronoun is still the last one told, when no one
# else is named as often ----------------------------------------------------------------------------------------------------------

def test_a_subject_pronoun_two_sentences_on_is_the_last_one_told(full_ref: Reference) -> None:
    text = ("Prabowo Subianto flew to Beijing in March to meet Xi Jinping. Prabowo called the tour a success. "
            "The tour lasted a fortnight. The summer brought a different kind of honour. In June he was the guest of honour at a forum in Paris.")
    assert ("visit", "Prabowo Subianto", "FRA", "completed", "2026-06") in dated(full_ref, text, FRI_27_NOV_2026)


def test_a_possessive_two_sentences_on_is_not_carried(full_ref: Reference) -> None:
    text = ("Prabowo Subianto flew to Beijing in March to meet Xi Jinping. Prabowo called the tour a success. "
            "The tour lasted a fortnight. The summer brought a different kind of honour. In June his envoy was the guest of honour at a forum in Paris.")
    assert not any(f[2] == "FRA" for f in dated(full_ref, text, FRI_27_NOV_2026))


def test_a_pronoun_three_sentences_on_is_not_carried(full_ref: Reference) -> None:
    text = ("Prabowo Subianto flew to Beijing in March to meet Xi Jinping. Prabowo called the tour a success. "
            "The tour lasted a fortnight. The summer brought a different kind of honour. Crowds were large. In June he was the guest of honour at a forum in Paris.")
    assert not any(f[2] == "FRA" for f in dated(full_ref, text, FRI_27_NOV_2026))


def test_a_pronoun_two_sentences_on_is_no_one_when_two_share_the_story(full_ref: Reference) -> None:
    text = ("Prabowo Subianto flew to Beijing in March to meet Xi Jinping. Xi and Prabowo talked for hours. "
            "The tour lasted a fortnight. The summer brought a different kind of honour. In June he was the guest of honour at a forum in Paris.")
    assert not any(f[2] == "FRA" for f in dated(full_ref, text, FRI_27_NOV_2026))


# -- "began four days in India", "made it to Pretoria ... and turned straight round" ----------------------------------------------

@pytest.mark.parametrize(("text", "status", "day"), [
    ("Keir Starmer began three days in Japan on Monday.", "completed", "2026-11-23"),
    ("Keir Starmer starts two days in Japan today.", "ongoing", "2026-11-27"),
])
def test_beginning_days_in_a_place(full_ref: Reference, text: str, status: str, day: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Keir Starmer", "JPN", status, day)}


def test_beginning_days_of_talks_is_no_stay(full_ref: Reference) -> None:
    text = "Keir Starmer began two days of talks with unions on Monday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_making_it_to_a_place_is_an_arrival(full_ref: Reference) -> None:
    text = "Despite the storm, Emmanuel Macron made it to Dakar on Thursday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Emmanuel Macron", "SEN", "ongoing", "2026-11-26")}


def test_making_it_to_a_final_is_no_trip(full_ref: Reference) -> None:
    assert dated(full_ref, "Emmanuel Macron made it to the final round of talks.", FRI_27_NOV_2026) == set()


def test_turning_straight_round_ends_the_stay(full_ref: Reference) -> None:
    text = "Emmanuel Macron made it to Dakar on Wednesday, met the president and turned straight round."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Emmanuel Macron", "SEN", "completed", "2026-11-25")}


# -- "Monday: X began ...": a weekly round-up's day heads its entry ---------------------------------------------------------------

def test_a_weekday_heading_dates_its_entry(full_ref: Reference) -> None:
    text = "Our round-up of the week.\n\nTuesday: Narendra Modi flew to Jeddah but was back in Delhi within a day."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Narendra Modi", "SAU", "completed", "2026-11-24")}


# -- "meets X on Tuesday before flying on to Y": the programme's present; "said he would complete the tour in Y" ---------------------

def test_a_leg_after_a_deed_told_in_the_present_is_planned(full_ref: Reference) -> None:
    text = "On Saturday Xi Jinping meets the Malaysian king before flying on to Phnom Penh."
    assert ("visit", "Xi Jinping", "KHM", "planned", "2026-11-28") in dated(full_ref, text, FRI_27_NOV_2026)


def test_a_leg_after_a_deed_told_in_the_past_is_not_planned(full_ref: Reference) -> None:
    text = "On Tuesday Xi Jinping met the Malaysian king before flying on to Phnom Penh."
    assert not any(f[3] == "planned" for f in dated(full_ref, text, FRI_27_NOV_2026))


def test_a_tour_step_the_palace_said_he_would_take_is_planned(full_ref: Reference) -> None:
    text = "Prabowo Subianto arrived in Doha on Thursday. The palace said he would complete the tour in Amman on Sunday."
    assert ("visit", "Prabowo Subianto", "JOR", "planned", "2026-11-29") in dated(full_ref, text, FRI_27_NOV_2026)


def test_a_tour_step_he_would_take_if_asked_is_no_plan(full_ref: Reference) -> None:
    text = "Prabowo Subianto arrived in Doha on Thursday. He would complete the tour in Amman if the king agreed."
    assert not any(f[2] == "JOR" for f in dated(full_ref, text, FRI_27_NOV_2026))


# -- "had hosted a round of talks in Paris": the host was there ---------------------------------------------------------------------

def test_hosting_talks_abroad_is_a_trip(full_ref: Reference) -> None:
    text = "Marco Rubio had hosted a round of talks in Paris last week with European envoys."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Marco Rubio", "FRA", "completed", "2026-11")}


def test_hosting_talks_at_home_is_no_trip(full_ref: Reference) -> None:
    assert dated(full_ref, "Emmanuel Macron hosted a meeting in Paris on Monday with envoys.", FRI_27_NOV_2026) == set()


# -- "ASUNCIÓN - X was sworn in as Paraguay's president on Tuesday": the inauguration is where the story is filed ------------------

def test_a_president_sworn_in_at_the_dateline_is_the_gathering(full_ref: Reference) -> None:
    text = "ASUNCIÓN - Ana Ruiz was sworn in as Paraguay's president on Tuesday. Alberto Fernández attended the ceremony."
    assert dated(full_ref, text, date(2023, 8, 16)) == {("visit", "Alberto Fernández", "PRY", "completed", "2023-08-15")}


def test_a_minister_sworn_in_at_the_dateline_is_no_gathering(full_ref: Reference) -> None:
    text = "ASUNCIÓN - Ana Ruiz was sworn in as Paraguay's interior minister on Tuesday. Alberto Fernández attended the ceremony."
    assert dated(full_ref, text, date(2023, 8, 16)) == set()


# -- "was in the Netherlands on Sunday": a country named with "the" -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "host", "day"), [
    ("Volodymyr Zelensky was in the Netherlands on Sunday.", "NLD", "2026-11-22"),
    ("Luiz Inácio Lula da Silva was in the Philippines last week.", "PHL", "2026-11"),
    ("Luiz Inácio Lula da Silva left the Philippines on Sunday.", "PHL", "2026-11-22"),
])
def test_was_in_a_country_named_with_the(full_ref: Reference, text: str, host: str, day: str) -> None:
    assert {(f[2], f[3], f[4]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {(host, "completed", day)}


def test_due_in_a_country_named_with_the(full_ref: Reference) -> None:
    text = "Luiz Inácio Lula da Silva was due in the Netherlands later on Friday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Luiz Inácio Lula da Silva", "NLD", "planned", "2026-11-27")}


# -- "spoke on Thursday, a day after talks in Beijing with Wang Yi": the talks were held there, the day before ----------------------

@pytest.mark.parametrize(("text", "status", "day"), [
    ("James Cleverly spoke on Thursday, a day after talks in Beijing with Wang Yi.", "completed", "2026-11-25"),
    ("James Cleverly spoke on Thursday, two days after talks in Beijing with Wang Yi.", "completed", "2026-11-24"),
    ("James Cleverly flew home on Wednesday after talks in Beijing with Wang Yi.", "completed", "2026-11-25"),
    ("James Cleverly will fly home on Saturday after talks in Beijing with Wang Yi.", "planned", "2026-11-28"),
])
def test_a_deed_after_talks_in_a_place(full_ref: Reference, text: str, status: str, day: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "James Cleverly", "CHN", status, day)}


def test_hope_after_talks_is_no_trip_told(full_ref: Reference) -> None:
    assert dated(full_ref, "James Cleverly says he is hopeful after talks in Beijing with Wang Yi.", FRI_27_NOV_2026) == set()


@pytest.mark.parametrize(("text", "values"), [
    ("He spoke on Thursday, a day after talks in Beijing.", ["2026-11-26"]),
    ("He spoke on Thursday. A day later, he flew home.", ["2026-11-26", "2026-11-27"]),
    ("He landed on Thursday and left a day after.", ["2026-11-26", "2026-11-27"]),
])
def test_a_day_after_is_counted_from_a_day_only_when_it_ends_the_phrase(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, FRI_27_NOV_2026)] == values


# -- "stayed in Moscow and spoke by video; X represented Russia at the table" --------------------------------------------------------

def test_speaking_by_video_to_the_gathering_is_staying_away(full_ref: Reference) -> None:
    text = ("The BRICS summit in Johannesburg ended on Thursday. Vladimir Putin stayed in Moscow and spoke by video; "
            "Sergey Lavrov represented Russia at the table.")
    assert dated(full_ref, text, date(2023, 8, 26)) == {("visit", "Vladimir Putin", "ZAF", "declined", "2023-08-22"),
                                                        ("visit", "Sergey Lavrov", "ZAF", "completed", "2023-08-22")}


@pytest.mark.parametrize("text", [
    "WASHINGTON - Donald Trump was sworn in as president on Monday. Xi Jinping and Vladimir Putin spoke by video link on Tuesday.",
    "WASHINGTON - Donald Trump was sworn in as president on Monday. Xi Jinping spoke by video link with Vladimir Putin on Tuesday.",
])
def test_a_video_call_between_two_is_no_absence(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, date(2025, 1, 22)) == set()


# -- a deed at a named gathering in a place: the doer was there ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "status", "day"), [
    ("The tour began with the G20 summit in Johannesburg on Saturday, where Luiz Inácio Lula da Silva championed a tax on "
     "billionaires.", "completed", "2026-11-21"),
    ("At the G20 summit in Johannesburg on Saturday, Luiz Inácio Lula da Silva championed a tax on billionaires.", "completed",
     "2026-11-21"),
    ("Luiz Inácio Lula da Silva said at the G20 summit in Johannesburg on Saturday that the rich must pay more.", "completed",
     "2026-11-21"),
])
def test_a_deed_at_a_gathering_in_a_place(full_ref: Reference, text: str, status: str, day: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Luiz Inácio Lula da Silva", "ZAF", status, day)}


@pytest.mark.parametrize("text", [
    "At the G20 summit in Johannesburg on Saturday, Luiz Inácio Lula da Silva, speaking by video, championed a tax.",
    "At the G20 summit in Johannesburg on Saturday, Luiz Inácio Lula da Silva's envoy championed a tax.",
    "The G20 summit in Johannesburg, where Luiz Inácio Lula da Silva is expected, opens on Saturday.",
])
def test_no_deed_at_a_gathering_by_video_by_an_envoy_or_yet_to_come(full_ref: Reference, text: str) -> None:
    assert not any(f[3] in {"completed", "ongoing"} and f[2] == "ZAF" for f in dated(full_ref, text, FRI_27_NOV_2026))


# -- "X will not attend ... and Y will go in his place"; "will leave for India on Sept. 7 and go on to Hanoi on Sept. 10" -------------

def test_going_in_his_place_goes_where_he_stays_away_from(full_ref: Reference) -> None:
    text = "Joe Biden will not attend the summit in Jakarta next week and Kamala Harris will go in his place."
    assert ("visit", "Kamala Harris", "IDN", "planned", "2023-09") in dated(full_ref, text, date(2023, 8, 31))


@pytest.mark.parametrize("text", [
    "Joe Biden will leave for India on Sept. 7 and go on to Hanoi on Sept. 10.",
    "Joe Biden will fly to India on Sept. 7 and travel to Hanoi on Sept. 10.",
])
def test_a_second_leg_after_and_takes_the_plan(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, date(2023, 8, 31)) == {("visit", "Joe Biden", "IND", "planned", "2023-09-07"),
                                                        ("visit", "Joe Biden", "VNM", "planned", "2023-09-10")}


def test_a_second_leg_after_a_refusal_is_no_plan(full_ref: Reference) -> None:
    text = "Joe Biden will not fly to India on Sept. 7 and go on to Hanoi on Sept. 10, officials said."
    assert not any(f[3] == "planned" for f in dated(full_ref, text, date(2023, 8, 31)))


# -- "the first president to be detained when investigators arrested him": the arrest told as real after one told as a kind ----------

def test_an_arrest_after_a_to_be_detained_is_still_an_arrest(full_ref: Reference) -> None:
    text = ("Yoon Suk Yeol appeared in court on Monday. Yoon became the first sitting South Korean president to be detained when "
            "investigators arrested him at his residence on January 15, executing a warrant from the Seoul Western District Court.")
    assert dated(full_ref, text, date(2025, 4, 14)) == {("warrant", "Yoon Suk Yeol", "KOR", "executed", "2025-01-15")}


def test_a_wish_to_see_him_detained_is_no_arrest(full_ref: Reference) -> None:
    text = ("Yoon Suk Yeol appeared in court on Monday. Critics want him to be detained under a warrant from the Seoul Western "
            "District Court.")
    assert not any(f[3] == "executed" for f in dated(full_ref, text, date(2025, 4, 14)))


# -- "ordered his detention", "directed the arrest of X": a national court's warrant ------------------------------------------------

@pytest.mark.parametrize(("text", "person", "day"), [
    ("A federal court in Buenos Aires ordered the detention of Min Aung Hlaing in February.", "Min Aung Hlaing", "2026-02"),
    ("An Argentine judge ordered Nicolás Maduro's detention on Monday.", "Nicolás Maduro", "2026-11-23"),
    ("A federal appeals court in Buenos Aires in September directed the arrest of Nicolás Maduro.", "Nicolás Maduro", "2026-09"),
])
def test_a_court_ordering_detention_issues_a_warrant(full_ref: Reference, text: str, person: str, day: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", person, "ARG", "issued", day)}


def test_the_detention_of_someone_elses_driver_is_no_warrant(full_ref: Reference) -> None:
    text = "Nicolás Maduro faces arrest abroad. Police in Caracas ordered the detention of Nicolás Maduro's driver."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "Merz joined them a few minutes later, along with Japan's Takaichi": where the ones joined are now ----------------------------

def test_joining_those_just_told_there_is_being_there(full_ref: Reference) -> None:
    text = ("LIVE — Updates from the Nasrec Expo Centre, Johannesburg. 16:55 — Keir Starmer and Emmanuel Macron have been seen "
            "in a corridor. Both are here for the full two days. Friedrich Merz joined them a few minutes later, along with "
            "Japan's Sanae Takaichi.")
    found = dated(full_ref, text, date(2025, 11, 22))
    assert {("visit", "Friedrich Merz", "ZAF", "ongoing", "2025-11-22"),
            ("visit", "Sanae Takaichi", "ZAF", "ongoing", "2025-11-22")} <= found


def test_joining_him_just_told_there_is_being_there(full_ref: Reference) -> None:
    text = "LIVE — Updates from the Nasrec Expo Centre, Johannesburg. 16:55 — Keir Starmer is here. Friedrich Merz joined him a few minutes later."
    assert ("visit", "Friedrich Merz", "ZAF", "ongoing", "2025-11-22") in dated(full_ref, text, date(2025, 11, 22))


def test_joining_him_in_a_call_is_no_trip(full_ref: Reference) -> None:
    text = "Keir Starmer arrived in Paris on Friday. Friedrich Merz joined him in calling for a ceasefire."
    assert not any(f[1] == "Friedrich Merz" for f in dated(full_ref, text, date(2025, 11, 22)))


# -- "all reached the town by Tuesday afternoon": the town the story is filed from ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "NIAGARA-ON-THE-LAKE, Ont. — Ministers meet here. Antonio Tajani reached the town by Tuesday afternoon.",
    "NIAGARA-ON-THE-LAKE, Ont. — Ministers meet here. Antonio Tajani arrived in the town on Tuesday.",
])
def test_reaching_the_town_is_an_arrival_where_the_story_is_filed(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, date(2025, 11, 12)) == {("visit", "Antonio Tajani", "CAN", "ongoing", "2025-11-11")}


def test_reaching_the_town_of_another_place_is_not_the_dateline(full_ref: Reference) -> None:
    text = "NIAGARA-ON-THE-LAKE, Ont. — Ministers meet here. Antonio Tajani reached the town of his birth on Tuesday."
    assert dated(full_ref, text, date(2025, 11, 12)) == set()


# -- "announced that he and Putin would meet in Budapest, only for the plan to be shelved": both trips called off ---------------------

@pytest.mark.parametrize("text", [
    "Donald Trump announced that he and Vladimir Putin would meet in Budapest, only for the plan to be shelved within days.",
    "Donald Trump and Vladimir Putin agreed in October to meet in Budapest, but Trump shelved the plan within days.",
    "Donald Trump and Vladimir Putin agreed to meet in Budapest, but the summit was called off.",
])
def test_a_meeting_agreed_in_a_place_and_shelved_is_called_off(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Donald Trump", "HUN", "cancelled"),
                                                                      ("visit", "Vladimir Putin", "HUN", "cancelled")}


def test_a_meeting_agreed_and_not_shelved_stays_planned(full_ref: Reference) -> None:
    text = "Donald Trump and Vladimir Putin agreed to meet in Budapest, but the White House has not shelved the plan."
    assert not any(f[3] == "cancelled" for f in dated(full_ref, text, FRI_27_NOV_2026))


# -- "would be willing to receive Zelensky in Moscow": an offer, not a plan ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kremlin has said that Vladimir Putin would be willing to receive Volodymyr Zelensky in Moscow, an offer Kyiv rejects.",
    "Vladimir Putin said he was ready to receive Volodymyr Zelensky in Moscow.",
])
def test_an_offer_to_receive_a_guest_is_no_plan(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_receiving_a_guest_next_week_is_still_a_plan(full_ref: Reference) -> None:
    text = "Vladimir Putin will receive Volodymyr Zelensky in Moscow next week."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Volodymyr Zelensky", "RUS", "planned")}


# -- "A, B and C are all wanted by the court" --------------------------------------------------------------------------------------

def test_all_wanted_by_the_court_is_each_ones_warrant(full_ref: Reference) -> None:
    text = ("The International Criminal Court opened a new case. Omar al-Bashir, Ahmad Harun and Abdel Raheem Muhammad Hussein "
            "are all wanted by the court.")
    assert {f[1] for f in dated(full_ref, text, FRI_27_NOV_2026) if f[0] == "warrant" and f[3] == "issued"} == {
        "Omar al-Bashir", "Ahmad Harun", "Abdel Raheem Muhammad Hussein"}


# -- "Wanted by the court since March 2023, he ..."; "issued it on the same day as those for X and Y" ---------------------------------

def test_a_fronted_wanted_by_the_court_is_the_subjects_warrant(full_ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant. Vladimir Putin offers a precedent. "
            "Wanted by the court since March 2023, he has limited his travel.")
    assert ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03") in dated(full_ref, text, FRI_27_NOV_2026)


def test_warrants_issued_the_same_day_as_the_one_told(full_ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant for Mohammed Deif on Thursday. "
            "The judges issued it on the same day as those for Benjamin Netanyahu and Yoav Gallant.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", name, "ICC", "issued", "2026-11-26")
                                                      for name in ("Mohammed Deif", "Benjamin Netanyahu", "Yoav Gallant")}


# -- a live page "from the G20 leaders' summit in Rio": "A, who ..., and B arrive together"; "Milei greets Lula" there -----------------

LIVE_RIO = "Our live page from the G20 leaders' summit in Rio de Janeiro. Times are Brasília time.\n\n"


def test_our_live_page_from_a_summit_places_two_who_arrive_together(full_ref: Reference) -> None:
    text = LIVE_RIO + ("09:40 - Indian Prime Minister Narendra Modi, who flew in from Nigeria late on Sunday, and Britain's "
                       "Keir Starmer arrive together.")
    assert ("visit", "Keir Starmer", "BRA", "ongoing", "2024-11-18") in dated(full_ref, text, date(2024, 11, 18))


def test_two_who_arrive_in_a_place_are_there(full_ref: Reference) -> None:
    text = "Narendra Modi and Keir Starmer arrive in Rio on Monday."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 18))} == {("visit", "Narendra Modi", "BRA", "ongoing"),
                                                                         ("visit", "Keir Starmer", "BRA", "ongoing")}


def test_two_who_hope_to_arrive_are_not_there(full_ref: Reference) -> None:
    assert dated(full_ref, "Narendra Modi and Keir Starmer hope to arrive in Rio.", date(2024, 11, 18)) == set()


def test_a_greeting_at_a_summit_abroad_is_no_visit_to_the_greeters_country(full_ref: Reference) -> None:
    text = LIVE_RIO + "09:31 - Javier Milei greets Lula with a brief handshake and no smile."
    assert dated(full_ref, text, date(2024, 11, 18)) == {("visit", "Javier Milei", "BRA", "ongoing", "2024-11-18")}


def test_greeting_someone_not_of_the_host_country_puts_no_one_there(full_ref: Reference) -> None:
    text = LIVE_RIO + "09:31 - Javier Milei greets Emmanuel Macron with a brief handshake."
    assert dated(full_ref, text, date(2024, 11, 18)) == set()


@pytest.mark.parametrize(("line", "people"), [
    ("09:40 - Also now inside: Emmanuel Macron, Australia's Anthony Albanese and Germany's Olaf Scholz.",
     {"Emmanuel Macron", "Anthony Albanese", "Olaf Scholz"}),
    ("09:05 - First through the door: South African President Cyril Ramaphosa, whose country takes over next, and Mexico's "
     "Claudia Sheinbaum, on her first trip abroad as president.", {"Cyril Ramaphosa", "Claudia Sheinbaum"}),
])
def test_a_live_pages_list_of_who_is_inside_is_there_now(full_ref: Reference, line: str, people: set[str]) -> None:
    found = dated(full_ref, LIVE_RIO + line, date(2024, 11, 18))
    assert {f[1] for f in found if f[2:4] == ("BRA", "ongoing")} == people


def test_a_list_of_who_is_inside_needs_the_gathering(full_ref: Reference) -> None:
    assert dated(full_ref, "Also now inside: Emmanuel Macron and Olaf Scholz.", date(2024, 11, 18)) == set()


# -- "X greeted arrivals on a red carpet. Among the first were A, B and C" ----------------------------------------------------------

def test_among_the_first_are_at_the_gathering(full_ref: Reference) -> None:
    text = ("BUDAPEST (Wire) - Leaders from more than 40 European countries met at the Puskás Aréna in Budapest on Thursday "
            "for a summit of the European Political Community. Viktor Orbán greeted arrivals on a red carpet. "
            "Among the first were British Prime Minister Keir Starmer and Italy's Giorgia Meloni.")
    found = dated(full_ref, text, date(2024, 11, 7))
    assert {f[1] for f in found if f[2:4] == ("HUN", "ongoing")} == {"Keir Starmer", "Giorgia Meloni"}


def test_one_listed_as_followed_by_is_there_too(full_ref: Reference) -> None:
    text = ("BUDAPEST (Wire) - Leaders from more than 40 European countries met at the Puskás Aréna in Budapest on Thursday "
            "for a summit of the European Political Community. Viktor Orbán greeted arrivals on a red carpet. "
            "Among the first were Keir Starmer and Giorgia Meloni, followed by Emmanuel Macron, who told reporters that "
            "Europe must act.")
    found = dated(full_ref, text, date(2024, 11, 7))
    assert {f[1] for f in found if f[2:4] == ("HUN", "ongoing")} == {"Keir Starmer", "Giorgia Meloni", "Emmanuel Macron"}


def test_the_first_to_do_something_else_is_no_presence(full_ref: Reference) -> None:
    text = ("BUDAPEST (Wire) - Leaders met in Budapest on Thursday for a summit of the European Political Community. "
            "The first to criticise the plan was Keir Starmer.")
    assert not any(f[1] == "Keir Starmer" for f in dated(full_ref, text, date(2024, 11, 7)))


# -- "live coverage from the Baku Olympic Stadium, where the second day of the leaders' summit is under way" --------------------------

def test_a_live_page_from_a_venue_named_by_its_city_where_a_summit_is_under_way(full_ref: Reference) -> None:
    text = ("Welcome to our live coverage from the Baku Olympic Stadium, where the second day of the world leaders' climate "
            "summit is under way.\n\n10:15 - Britain's Keir Starmer has arrived at the venue.")
    assert dated(full_ref, text, date(2024, 11, 12)) == {("visit", "Keir Starmer", "AZE", "ongoing", "2024-11-12")}


def test_a_live_page_from_a_city_where_traders_meet_is_not_placed(full_ref: Reference) -> None:
    text = ("Welcome to our live coverage from Baku, where traders meet every morning.\n\n"
            "10:15 - Britain's Keir Starmer has arrived at the venue.")
    assert dated(full_ref, text, date(2024, 11, 12)) == set()


# -- "will travel on to X, then attend the summit in Brazil, before ending the tour in Namibia" --------------------------------------

def test_legs_after_then_and_before_ending_take_the_plan(full_ref: Reference) -> None:
    text = ("From Ghana, Narendra Modi will travel on to Argentina, then attend a summit in Brazil, before ending the tour "
            "in Namibia.")
    assert {f[2] for f in dated(full_ref, text, FRI_27_NOV_2026) if f[3] == "planned"} == {"ARG", "BRA", "NAM"}


def test_legs_after_a_past_tour_are_not_planned(full_ref: Reference) -> None:
    text = "Narendra Modi visited Ghana and Argentina before ending the tour in Namibia."
    assert not any(f[3] == "planned" for f in dated(full_ref, text, FRI_27_NOV_2026))


@pytest.mark.parametrize("text", [
    "Narendra Modi was due to leave Brasilia on Tuesday evening and to arrive in Windhoek on Wednesday.",
    "Narendra Modi was due to leave Brasilia on Tuesday evening and arrive in Windhoek on Wednesday.",
])
def test_a_second_leg_of_what_was_due_takes_the_plan(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, date(2025, 7, 8)) == {("visit", "Narendra Modi", "NAM", "planned", "2025-07-09")}


# -- "joined the opening session on Monday" in Tuesday's paper: there still ------------------------------------------------------------

@pytest.mark.parametrize(("day", "expected"), [
    ("on Monday", {("visit", "Emmanuel Macron", "ESP", "ongoing", "2025-06-30")}),
    ("last Thursday", set()),
])
def test_joining_the_gathering_the_day_before(full_ref: Reference, day: str, expected: set) -> None:
    text = (f"SEVILLE, Spain — Leaders gathered in Seville on Monday for a UN summit on development finance. "
            f"Emmanuel Macron joined the opening session {day} and argued for a levy.")
    assert dated(full_ref, text, date(2025, 7, 1)) == expected


# -- "was received briefly by Pope Francis at the Vatican", "was warmly received by X in Paris" -------------------------------------

@pytest.mark.parametrize(("text", "host"), [
    ("JD Vance held talks in Rome on Friday and was received briefly by Pope Francis at the Vatican on Sunday.", "VAT"),
    ("JD Vance was warmly received by Emmanuel Macron in Paris on Sunday.", "FRA"),
])
def test_an_adverb_in_a_welcome_keeps_the_trip(full_ref: Reference, text: str, host: str) -> None:
    assert ("visit", "JD Vance", host, "completed", "2026-11-22") in dated(full_ref, text, FRI_27_NOV_2026)


# -- "host Lula, standing between Xi Jinping and Cyril Ramaphosa": those beside him at the gathering ----------------------------------

def test_standing_between_two_at_the_gathering_puts_both_there(full_ref: Reference) -> None:
    text = "RIO DE JANEIRO - The G20 summit opened on Monday. Luiz Inácio Lula da Silva stood between Xi Jinping and Cyril Ramaphosa."
    assert {f[1] for f in dated(full_ref, text, date(2024, 11, 18)) if f[2:4] == ("BRA", "ongoing")} == {"Xi Jinping", "Cyril Ramaphosa"}


def test_choosing_between_two_is_no_presence(full_ref: Reference) -> None:
    text = "RIO DE JANEIRO - The G20 summit opened on Monday. Luiz Inácio Lula da Silva must choose between Xi Jinping and Joe Biden."
    assert dated(full_ref, text, date(2024, 11, 18)) == set()


# -- "Putin stayed away, leaving Russia's seat to Sergey Lavrov": the stand-in is there ---------------------------------------------

def test_the_one_left_the_seat_is_at_the_gathering(full_ref: Reference) -> None:
    text = "RIO DE JANEIRO - The G20 summit ended on Tuesday. Vladimir Putin stayed away, leaving Russia's seat to Sergey Lavrov."
    assert dated(full_ref, text, date(2024, 11, 20)) == {("visit", "Vladimir Putin", "BRA", "declined", "2024-11-18"),
                                                         ("visit", "Sergey Lavrov", "BRA", "completed", "2024-11-18")}


def test_a_seat_left_with_no_one_staying_away_is_no_trip(full_ref: Reference) -> None:
    assert dated(full_ref, "Luiz Inácio Lula da Silva left his seat to Sergey Lavrov on the bus.", date(2024, 11, 20)) == set()


# -- "X had been invited but did not attend": the "but" clause shares the subject; a gathering flown on to is not the story's -------

RIYADH = "RIYADH, Nov 11 (SPA-style) - Leaders opened a summit in the Saudi capital on Monday. "


def test_invited_but_did_not_attend_is_staying_away(full_ref: Reference) -> None:
    text = RIYADH + "Masoud Pezeshkian had been invited by the kingdom but did not attend."
    assert dated(full_ref, text, date(2024, 11, 11)) == {("visit", "Masoud Pezeshkian", "SAU", "declined", "2024-11-11")}


def test_a_gathering_someone_flies_on_to_does_not_replace_the_storys(full_ref: Reference) -> None:
    text = RIYADH + ("Recep Tayyip Erdoğan landed in Riyadh on Monday morning. He is due to fly on to Baku later in the day for "
                     "the United Nations climate conference. Masoud Pezeshkian was invited but did not attend.")
    found = dated(full_ref, text, date(2024, 11, 11))
    assert ("visit", "Masoud Pezeshkian", "SAU", "declined", "2024-11-11") in found
    assert not any(f[1] == "Masoud Pezeshkian" and f[2] == "AZE" for f in found)


def test_a_but_clause_with_its_own_subject_is_not_shared(full_ref: Reference) -> None:
    text = RIYADH + "Masoud Pezeshkian was invited, but his deputy did not attend."
    assert not any(f[1] == "Masoud Pezeshkian" for f in dated(full_ref, text, date(2024, 11, 11)))


# -- "he led a peace mission of African leaders that travelled first to Kyiv": the one who led it went ------------------------------

def test_leading_a_mission_that_travelled_is_going(full_ref: Reference) -> None:
    text = "In June Cyril Ramaphosa led a peace mission of African leaders that travelled to Kyiv."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Cyril Ramaphosa", "UKR", "completed", "2026-06")}


def test_receiving_a_delegation_that_travelled_is_not_going(full_ref: Reference) -> None:
    assert dated(full_ref, "Vladimir Putin received a delegation that travelled to Moscow from Kyiv.", FRI_27_NOV_2026) == set()
