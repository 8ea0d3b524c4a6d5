"""Language the twenty-third round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_27_NOV_2026 = date(2026, 11, 27)


# -- "a Nov. 2 meeting in Cairo between A and B": both were there ---------------------------------------------------------------

def test_a_past_meeting_in_a_place_between_two_puts_both_there(full_ref: Reference) -> None:
    text = "The visit comes after a Nov. 2 meeting in Cairo between Emmanuel Macron and Olaf Scholz."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Emmanuel Macron", "EGY", "completed", "2026-11-02"),
                                                     ("visit", "Olaf Scholz", "EGY", "completed", "2026-11-02")}


def test_a_possible_meeting_in_a_place_between_two_is_no_trip(full_ref: Reference) -> None:
    text = "Analysts doubt that a possible meeting in Geneva between Joe Biden and Vladimir Putin will happen."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_brief_talks_are_talks_held(full_ref: Reference) -> None:
    text = "Keir Starmer held brief talks with Emmanuel Macron in Paris on Monday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Keir Starmer", "FRA", "completed", "2026-11-23")}


# -- "laid the groundwork during three days of talks in Washington": the subject was at them ------------------------------------

def test_a_deed_during_talks_in_a_place_puts_the_subject_there(full_ref: Reference) -> None:
    text = "Wang Yi laid the groundwork during three days of talks in Washington last month."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Wang Yi", "USA", "completed", "2026-10")}


def test_a_deed_during_talks_takes_the_clause_tense(full_ref: Reference) -> None:
    text = "Wang Yi will press the point during talks in Washington next week."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Wang Yi", "USA", "planned")}


# -- "leaves later on Wednesday for Hanoi": "later" before the day ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "status", "day"), [
    ("Vladimir Putin leaves later on Monday for Hanoi.", "planned", "2026-11-30"),
    ("Vladimir Putin will leave later on Monday for Hanoi.", "planned", "2026-11-30"),
    ("Vladimir Putin left later on Monday for Hanoi.", "completed", "2026-11-23"),
])
def test_leaving_later_on_a_day_for_a_place(full_ref: Reference, text: str, status: str, day: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Vladimir Putin", "VNM", status, day)}


# -- "travels to Perth on Tuesday before leaving for Malaysia": a schedule told in the present ---------------------------------

def test_a_leg_after_before_takes_the_schedule_present(full_ref: Reference) -> None:
    text = "Li Qiang travels to Perth on Tuesday before leaving for Malaysia."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("visit", "Li Qiang", "AUS", "planned"), ("visit", "Li Qiang", "MYS", "planned")}


def test_a_leg_after_before_a_past_going_is_not_planned(full_ref: Reference) -> None:
    text = "Li Qiang travelled to Perth on Tuesday before leaving for Malaysia."
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"completed"}


# -- "will not, however, go on to ...": a sentence adverb between commas splits no clause --------------------------------------

@pytest.mark.parametrize("text", [
    "Joe Biden will not, however, go on to the peace conference in Switzerland.",
    "Joe Biden, though, will not go on to the peace conference in Switzerland.",
])
def test_an_aside_adverb_keeps_the_clause_whole(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Joe Biden", "CHE", "declined")}


def test_an_aside_adverb_keeps_who_goes(full_ref: Reference) -> None:
    text = "Joe Biden said, however, that Kamala Harris would go to Switzerland next week."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Kamala Harris", "CHE", "planned")}


# -- "coming straight from the G7 in Italy": the gathering come from, told by a participle ---------------------------------------

@pytest.mark.parametrize("text", [
    "Javier Milei is among the leaders present, coming straight from the G7 summit in Italy.",
    "Javier Milei, arriving from the G7 summit in Italy, said he was pleased.",
])
def test_coming_from_a_gathering_abroad_is_a_finished_trip_there(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Javier Milei", "ITA", "completed")}


# -- "Both men took part in talks in Riyadh", "since both men took part ...": the two just named --------------------------------

def test_both_men_opening_a_sentence_with_took(full_ref: Reference) -> None:
    text = "Marco Rubio met Sergey Lavrov in Kuala Lumpur on Monday. Both men took part in talks in Riyadh in February."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026) if f[2] == "SAU"} == {
        ("visit", "Marco Rubio", "SAU", "completed"), ("visit", "Sergey Lavrov", "SAU", "completed")}


def test_both_men_after_since_are_the_two_named_before(full_ref: Reference) -> None:
    text = "Marco Rubio met Sergey Lavrov in Kuala Lumpur on Monday, their second encounter since both men took part in talks in Riyadh in February."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026) if f[2] == "SAU"} == {
        ("visit", "Marco Rubio", "SAU", "completed"), ("visit", "Sergey Lavrov", "SAU", "completed")}


# -- "arrived in Prague on Wednesday after talks with X in Berlin on Tuesday": the talks before, elsewhere ----------------------

def test_arriving_after_talks_elsewhere_tells_those_talks_with_their_day(full_ref: Reference) -> None:
    text = "Ferdinand Marcos Jr. arrived in Prague on Wednesday after talks with Chancellor Olaf Scholz in Berlin on Tuesday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Ferdinand Marcos Jr.", "CZE", "ongoing", "2026-11-25"),
                                                     ("visit", "Ferdinand Marcos Jr.", "DEU", "completed", "2026-11-24")}


def test_peace_talks_after_an_arrival_are_no_trip_of_the_one_arriving(full_ref: Reference) -> None:
    text = "Emmanuel Macron arrived in Cairo on Wednesday after peace talks between Israel and Hamas stalled."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Emmanuel Macron", "EGY", "ongoing")}


# -- "warrants for the supreme leader of Afghanistan's Taliban, X, and the movement's chief justice, Y" ---------------------------

def test_a_list_of_subjects_after_a_title_of_a_group(full_ref: Reference) -> None:
    text = ("The International Criminal Court on Monday issued arrest warrants for the supreme leader of Afghanistan's Taliban, "
            "Haibatullah Akhundzada, and the movement's chief justice, Abdul Hakim Haqqani, accusing them of persecution.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("warrant", "Haibatullah Akhundzada", "ICC", "issued"), ("warrant", "Abdul Hakim Haqqani", "ICC", "issued")}


# -- "Sergei Shoigu, until May Russia's defence minister": the office once held, not its holder now -----------------------------

def test_an_office_held_until_lately_is_not_its_holder_now(full_ref: Reference) -> None:
    text = ("The International Criminal Court said on Tuesday that it had issued arrest warrants for Sergei Shoigu, until May "
            "Russia's defence minister, and for army chief Valery Gerasimov.")
    assert {f[1] for f in dated(full_ref, text, date(2024, 6, 29))} == {"Sergei Shoigu", "Valery Gerasimov"}


def test_a_title_after_a_comma_without_until_is_still_its_holder(full_ref: Reference) -> None:
    text = "Vladimir Putin met Andrei Belousov on Monday, and Russia's defence minister flew to Beijing on Tuesday."
    assert ("visit", "Andrei Belousov", "CHN", "completed") in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


@pytest.mark.parametrize("text", [
    "The court issued warrants for Sergei Shoigu, Russia's defence minister until May, and for Valery Gerasimov.",
    "The court issued warrants for Sergei Shoigu, Russia's defence minister at the time of the strikes, and for Valery Gerasimov.",
])
def test_an_office_told_as_held_until_lately_after_a_name_is_that_name(full_ref: Reference, text: str) -> None:
    assert {f[1] for f in dated(full_ref, text, date(2024, 6, 29))} == {"Sergei Shoigu", "Valery Gerasimov"}


# -- "LIVE — Updates from the Nasrec Expo Centre, Johannesburg.": a live page's header places it --------------------------------

def test_a_live_page_header_is_its_dateline(full_ref: Reference) -> None:
    text = ("LIVE — Updates from the Nasrec Expo Centre, Johannesburg. All times local.\n\n"
            "16:55 — Keir Starmer and Emmanuel Macron have been seen talking in a corridor. Both are here for the two days.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("visit", "Keir Starmer", "ZAF", "ongoing"), ("visit", "Emmanuel Macron", "ZAF", "ongoing")}


def test_updates_from_a_place_not_a_city_place_nothing(full_ref: Reference) -> None:
    text = ("LIVE — Updates from the newsroom, Latest. All times local.\n\n"
            "16:55 — Keir Starmer and Emmanuel Macron have been seen talking in a corridor. Both are here for the two days.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_live_coverage_from_a_venue_in_a_city_is_its_dateline(full_ref: Reference) -> None:
    text = ("Live coverage from the leaders' summit at the Museum of Modern Art in Rio de Janeiro. All times local.\n\n"
            "16:55 — Keir Starmer has just arrived.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Keir Starmer", "BRA", "ongoing")}


# -- "are back at the Grand Prince Hotel for a session": at the gathering's named venue ------------------------------------------

@pytest.mark.parametrize("text", [
    "HIROSHIMA -- The G7 summit opened on Thursday. Joe Biden and Rishi Sunak are back at the Grand Prince Hotel for a session on China.",
    "HIROSHIMA -- The G7 summit opened on Thursday. Joe Biden and Rishi Sunak are at the venue.",
])
def test_being_at_the_gatherings_venue_is_being_there(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2023, 5, 20))} == {
        ("visit", "Joe Biden", "JPN", "ongoing"), ("visit", "Rishi Sunak", "JPN", "ongoing")}


def test_being_back_in_a_capital_is_no_venue(full_ref: Reference) -> None:
    text = "HIROSHIMA -- The G7 summit opened on Thursday. Joe Biden is back in Washington."
    assert {f[:4] for f in dated(full_ref, text, date(2023, 5, 20))} == set()


# -- "were all seen arriving at the venue", "has arrived at the venue": the gathering's venue, on a live page -------------------

@pytest.mark.parametrize("text", [
    "JOHANNESBURG — The G20 summit opens today. This morning Britain's Keir Starmer and Germany's Friedrich Merz were all seen arriving at the venue.",
    "JOHANNESBURG — The G20 summit opens today. 09:10 — Keir Starmer and Friedrich Merz have arrived at the venue.",
])
def test_arriving_at_the_venue_is_being_at_the_gathering(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 22))} == {
        ("visit", "Keir Starmer", "ZAF", "ongoing"), ("visit", "Friedrich Merz", "ZAF", "ongoing")}


def test_a_venue_chosen_is_no_trip(full_ref: Reference) -> None:
    text = "JOHANNESBURG — The G20 summit opens today. Keir Starmer visited the venue in March."
    assert dated(full_ref, text, date(2025, 11, 22)) == set()


# -- "stood at the centre, with X and Y close by", "were in the second row": at the gathering ------------------------------------

def test_those_close_by_the_one_told_are_at_the_gathering(full_ref: Reference) -> None:
    text = ("SHARM EL-SHEIKH — The summit opened on Monday. Donald Trump stood at the centre of the photograph, with French "
            "President Emmanuel Macron and Italian Prime Minister Giorgia Meloni close by.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 13))} == {
        ("visit", "Emmanuel Macron", "EGY", "ongoing"), ("visit", "Giorgia Meloni", "EGY", "ongoing")}


def test_those_in_the_second_row_are_at_the_gathering(full_ref: Reference) -> None:
    text = "SHARM EL-SHEIKH — The summit opened on Monday. Britain's Keir Starmer and Canada's Mark Carney were in the second row."
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 13))} == {
        ("visit", "Keir Starmer", "EGY", "ongoing"), ("visit", "Mark Carney", "EGY", "ongoing")}


def test_those_close_by_in_a_plan_are_not_there_yet(full_ref: Reference) -> None:
    text = ("SHARM EL-SHEIKH — The summit opens on Monday. Donald Trump will stand at the centre, with Emmanuel Macron "
            "close by.")
    assert ("visit", "Emmanuel Macron", "EGY", "ongoing") not in {f[:4] for f in dated(full_ref, text, date(2025, 10, 12))}


# -- "will not be coming after all": a change of plan told at the clause's end ------------------------------------------------

def test_not_coming_after_all_is_an_absence(full_ref: Reference) -> None:
    text = "SHARM EL-SHEIKH — The summit opened on Monday. Benjamin Netanyahu will not be coming after all."
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 13))} == {("visit", "Benjamin Netanyahu", "EGY", "declined")}


def test_after_all_the_leaders_is_still_a_time(full_ref: Reference) -> None:
    text = "SHARM EL-SHEIKH — The summit opened on Monday. Emmanuel Macron arrived in Sharm el-Sheikh after all the leaders had spoken."
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 13))} == {("visit", "Emmanuel Macron", "EGY", "ongoing")}


# -- "X, speaking at the assembly for the first time, says ...": the speaker at the story's gathering ----------------------------

def test_speaking_at_the_gathering_in_an_apposition_is_being_there(full_ref: Reference) -> None:
    text = ("NEW YORK — The UN General Assembly opened its general debate on Tuesday. Indonesian President Prabowo Subianto, "
            "speaking at the assembly for the first time, said Indonesia was ready to send peacekeepers.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 9, 23))} == {("visit", "Prabowo Subianto", "USA", "ongoing")}


def test_speaking_at_a_gathering_in_a_condition_is_no_trip(full_ref: Reference) -> None:
    text = ("NEW YORK — The UN General Assembly opened its general debate on Tuesday. If Prabowo Subianto, speaking at the "
            "assembly, says Indonesia will send troops, Israel will object.")
    assert dated(full_ref, text, date(2025, 9, 23)) == set()


@pytest.mark.parametrize("noun", ["outing", "journey", "tour"])
def test_choosing_a_country_for_a_first_outing_is_going_there(full_ref: Reference, noun: str) -> None:
    text = f"Masoud Pezeshkian chose neighbouring Iraq for his first {noun} abroad in September."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Masoud Pezeshkian", "IRQ", "completed", "2026-09")}


# -- "Indonesia's president-elect, Prabowo Subianto, ...": not the president in office ------------------------------------------

def test_a_president_elect_named_after_the_title_is_not_the_one_in_office(full_ref: Reference) -> None:
    text = ("Indonesia's president-elect, Prabowo Subianto, is due in Beijing on Monday for talks with Xi Jinping. "
            "He will go on to Tokyo on Wednesday to meet Prime Minister Fumio Kishida.")
    assert {f[:4] for f in dated(full_ref, text, date(2024, 3, 29))} == {
        ("visit", "Prabowo Subianto", "CHN", "planned"), ("visit", "Prabowo Subianto", "JPN", "planned")}


def test_the_president_elect_alone_is_still_the_one_just_named(full_ref: Reference) -> None:
    text = ("Javier Milei became the first foreign leader to see Donald Trump since the election, dining with the "
            "president-elect at Mar-a-Lago on Thursday.")
    assert ("visit", "Javier Milei", "USA", "completed") in {f[:4] for f in dated(full_ref, text, date(2024, 11, 16))}


# -- a live page's header names its gathering's place; "in place of X", "standing in for X": X stays away -----------------------

LIVE_FROM_JOBURG = "LIVE — Updates from the Nasrec Expo Centre, Johannesburg. All times local.\n\n"


def test_represented_in_place_of_someone_on_a_live_page(full_ref: Reference) -> None:
    text = LIVE_FROM_JOBURG + "13:05 — Russia is represented by Maxim Oreshkin, a Kremlin official, in place of Vladimir Putin."
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 22))} == {("visit", "Vladimir Putin", "ZAF", "declined")}


def test_the_one_stood_in_for_stays_away_and_does_not_arrive(full_ref: Reference) -> None:
    text = (LIVE_FROM_JOBURG + "11:30 — China's delegation is led by Premier Li Qiang, who is standing in for Xi Jinping and "
            "arrived with a large team.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 22))} == {
        ("visit", "Li Qiang", "ZAF", "ongoing"), ("visit", "Xi Jinping", "ZAF", "declined")}


def test_standing_in_at_a_past_gathering_says_nothing_of_the_absent(full_ref: Reference) -> None:
    text = "Wang Yi had already stood in for Qin Gang at the ASEAN foreign ministers' meeting in Jakarta in July."
    assert {f[:2] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Wang Yi")}


def test_follow_our_coverage_of_a_gathering_in_a_city_places_the_page(full_ref: Reference) -> None:
    text = ("LIVE -- Follow our coverage of the opening day of the general debate at the United Nations in New York.\n\n"
            "13:15 -- Narendra Modi, who spoke at the Summit of the Future on Monday, has since flown home.")
    assert {f[:4] for f in dated(full_ref, text, date(2024, 9, 24))} == {("visit", "Narendra Modi", "USA", "completed")}


@pytest.mark.parametrize("opening", [
    "Follow our live coverage of the Russian president's visit to Mongolia.",
    "Live coverage of the second day of Vladimir Putin's state visit to Mongolia.",
])
def test_a_live_page_on_a_visit_tells_it_under_way(full_ref: Reference, opening: str) -> None:
    text = opening + "\n\n08:05 Good morning. Crowds have gathered on the square."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 9, 3))} == {("visit", "Vladimir Putin", "MNG", "ongoing")}


# -- "has been in custody since July 10, when the court granted a warrant": a national warrant served -------------------------

def test_custody_since_a_national_warrant_is_the_warrant_served(full_ref: Reference) -> None:
    text = "Yoon Suk Yeol has been in custody since July 10, when the Seoul Central District Court granted a request for an arrest warrant."
    assert dated(full_ref, text, date(2025, 11, 11)) == {("warrant", "Yoon Suk Yeol", "KOR", "executed", "2025-07-10")}


def test_taken_back_to_a_detention_centre_on_a_warrant_is_the_warrant_served(full_ref: Reference) -> None:
    text = ("Yoon Suk Yeol has been held since July 10, when the Seoul Central District Court granted a fresh warrant for his "
            "arrest and he was taken back to the Seoul Detention Center.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 11))} == {("warrant", "Yoon Suk Yeol", "KOR", "executed")}


def test_custody_elsewhere_in_a_story_about_a_warrant_request_is_no_arrest(full_ref: Reference) -> None:
    text = "Prosecutors asked the Seoul Central District Court for an arrest warrant for Yoon Suk Yeol on Monday."
    assert {f[3] for f in dated(full_ref, text, date(2025, 11, 11))} == {"requested"}


# -- "a warrant for Putin's children's rights commissioner, Maria Lvova-Belova": hers, not his ---------------------------------

def test_a_warrant_for_someones_official_named_after_the_role_is_the_officials(full_ref: Reference) -> None:
    text = "The court issued a warrant for Vladimir Putin's children's rights commissioner, Maria Lvova-Belova."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Maria Lvova-Belova", "ICC", "issued")}


# -- "he and other detained officials": a detainee's kind, not an arrest -------------------------------------------------------

def test_detained_officials_is_no_arrest(full_ref: Reference) -> None:
    text = ("The International Criminal Court wants Ahmad Harun. He walked out of Kober prison in April and said on the "
            "radio that he and other detained officials would see to their own protection.")
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"issued"}


def test_police_detained_him_is_still_an_arrest(full_ref: Reference) -> None:
    text = "The International Criminal Court wants Ahmad Harun. Police detained Ahmad Harun on Monday."
    assert "executed" in {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "LIVE - Updates from the Indian capital ahead of ...": "has landed too", "arrived a little earlier" --------------------------

LIVE_FROM_DELHI = "LIVE - Updates from the Indian capital ahead of the summit, which opens on Saturday morning. All times local.\n\n"


@pytest.mark.parametrize(("entry", "who"), [
    ("15:40 - Rishi Sunak arrived a little earlier with his wife.", "Rishi Sunak"),
    ("12:30 - Sergey Lavrov has landed too.", "Sergey Lavrov"),
])
def test_a_bare_arrival_on_a_live_page_from_a_capital(full_ref: Reference, entry: str, who: str) -> None:
    assert {f[:4] for f in dated(full_ref, LIVE_FROM_DELHI + entry, date(2023, 9, 8))} == {("visit", who, "IND", "ongoing")}


# -- "was greeted on the tarmac by a junior minister": landed ------------------------------------------------------------------

def test_greeted_on_the_tarmac_on_a_live_page_is_an_arrival_there(full_ref: Reference) -> None:
    text = LIVE_FROM_DELHI + "18:55 - Joe Biden was greeted on the tarmac by a junior minister and a troupe of dancers."
    assert {f[:4] for f in dated(full_ref, text, date(2023, 9, 8))} == {("visit", "Joe Biden", "IND", "ongoing")}


@pytest.mark.parametrize("text", [
    "Joe Biden was greeted at the airport in Hanoi by Vietnam's foreign minister on Sunday.",
    "Joe Biden was greeted on the tarmac in Hanoi by Vietnam's foreign minister on Sunday.",
])
def test_greeted_at_the_airport_of_a_named_town(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, date(2023, 9, 10)) == {("visit", "Joe Biden", "VNM", "ongoing", "2023-09-10")}


# -- "is seen arriving for his meeting with Trump": on a live page, arriving where it is written --------------------------------

@pytest.mark.parametrize("entry", [
    "1:05 p.m. - Argentina's Javier Milei is seen arriving for his meeting with Trump on the sidelines.",
    "1:05 p.m. - Javier Milei is arriving for the session.",
])
def test_arriving_for_a_meeting_on_a_live_page(full_ref: Reference, entry: str) -> None:
    text = "UN General Assembly 2025 - live updates. All times Eastern.\n\n" + entry
    assert {f[:4] for f in dated(full_ref, text, date(2025, 9, 23))} == {("visit", "Javier Milei", "USA", "ongoing")}


def test_arriving_for_talks_next_week_without_a_gathering_is_no_trip(full_ref: Reference) -> None:
    assert dated(full_ref, "Javier Milei is arriving for talks with Donald Trump next week.", date(2025, 9, 23)) == set()


# -- "will deliver India's speech on Saturday": a speech at the story's gathering, ahead -----------------------------------------

def test_will_deliver_a_countrys_speech_at_the_gathering(full_ref: Reference) -> None:
    text = ("UN General Assembly 2025 - live updates. All times Eastern.\n\n3:10 p.m. - External Affairs Minister "
            "Subrahmanyam Jaishankar will deliver India's speech on Saturday.")
    assert dated(full_ref, text, date(2025, 9, 23)) == {("visit", "Subrahmanyam Jaishankar", "USA", "planned", "2025-09-27")}


def test_would_deliver_a_speech_is_only_a_prospect(full_ref: Reference) -> None:
    text = ("UN General Assembly 2025 - live updates. All times Eastern.\n\n3:10 p.m. - Subrahmanyam Jaishankar "
            "would deliver India's speech if Narendra Modi stayed home.")
    assert dated(full_ref, text, date(2025, 9, 23)) == set()


# -- "invited Putin to visit China later this year, and the Kremlin said Putin had accepted": a trip agreed -----------------------

@pytest.mark.parametrize(("text", "facts"), [
    ("Xi Jinping invited Vladimir Putin to visit China next year, and the Kremlin said Putin had accepted.",
     {("visit", "Vladimir Putin", "CHN", "planned")}),
    ("Xi Jinping invited Vladimir Putin to visit China next year, and the Kremlin said Putin had declined.", set()),
])
def test_an_invitation_accepted_in_the_same_sentence_is_a_plan(full_ref: Reference, text: str, facts: set[tuple[str, ...]]) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == facts
