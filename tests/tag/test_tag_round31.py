"""Language the thirty-first round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference
from warrantwatch.tag import tag_text
from warrantwatch.tagger.entities import split_sentences

SAT_28_NOV_2026 = date(2026, 11, 28)


# -- "MONROVIA — The new president was inaugurated on Saturday": the inauguration is where the story is filed ------

@pytest.mark.parametrize("text", [
    "MONROVIA — The country's new president was inaugurated on Saturday in front of a crowd of 40,000. The United "
    "States sent Secretary of State Marco Rubio.",
    "MONROVIA — Liberia's new head of state was formally inaugurated on Saturday. South Africa was represented by "
    "its foreign minister rather than by President Cyril Ramaphosa, and the United States sent Marco Rubio.",
])
def test_those_sent_to_an_inauguration_told_in_the_opening_are_there(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Marco Rubio", "LBR", "ongoing", "2026-11-28") in facts


def test_the_one_passed_over_for_an_inauguration_stayed_away(full_ref: Reference) -> None:
    facts = dated(full_ref, "MONROVIA — Liberia's new head of state was formally inaugurated on Saturday. South Africa "
                  "was represented by its foreign minister rather than by President Cyril Ramaphosa.", SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts if fact[1] == "Cyril Ramaphosa"] == [("visit", "Cyril Ramaphosa", "LBR", "declined")]


def test_an_inauguration_in_another_city_is_not_where_the_story_is_filed(full_ref: Reference) -> None:
    facts = dated(full_ref, "LIMA — Chile's new president was inaugurated in Santiago on Saturday. The United States "
                  "sent Secretary of State Marco Rubio.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[2] == "PER"]


# -- "Behind them in the front row: A, B and C": a list with no verb, at the gathering the story is at -----------------

@pytest.mark.parametrize("text", [
    "11:02 - Welcome to our live page from the independence day parade in Astana. Kassym-Jomart Tokayev has taken "
    "his place on the stand. Beside him in the front row: Alexander Lukashenko and Sadyr Japarov.",
    "11:02 - Welcome to our live page from the independence day parade in Astana. In the front row: Sadyr "
    "Japarov of Kyrgyzstan and Belarus's Alexander Lukashenko.",
])
def test_a_front_row_listed_after_a_colon_is_at_the_gathering(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Alexander Lukashenko", "KAZ", "ongoing", "2026-11-28") in facts
    assert ("visit", "Sadyr Japarov", "KAZ", "ongoing", "2026-11-28") in facts


def test_a_front_row_with_no_gathering_told_places_no_one(full_ref: Reference) -> None:
    facts = dated(full_ref, "The theatre was full. In the front row: Alexander Lukashenko and Sadyr Japarov.",
                  SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[0] == "visit"]


# -- "arrived on Thursday and flew out after his speech": a stay that is over -------------------------------------

@pytest.mark.parametrize("text", [
    "JD Vance, who arrived in Germany on Thursday and flew out after his speech on Friday, told the delegates that "
    "the threat came from within.",
    "JD Vance arrived in Germany on Thursday and flew out on Friday.",
    "JD Vance arrived in Germany on Thursday and left after the dinner.",
])
def test_a_stay_flown_out_of_is_over(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "JD Vance", "DEU", "completed", "2026-11-26") in facts


def test_flying_out_to_the_next_stop_leaves_that_stay_under_way(full_ref: Reference) -> None:
    facts = dated(full_ref, "JD Vance arrived in Germany on Thursday and flew out on Friday to Poland, where he is "
                  "meeting troops.", SAT_28_NOV_2026)
    assert ("visit", "JD Vance", "POL", "ongoing", "2026-11-27") in facts


def test_a_departure_still_to_come_leaves_the_stay_under_way(full_ref: Reference) -> None:
    facts = dated(full_ref, "Marco Rubio landed in Israel on Thursday and will fly out after talks with Benjamin "
                  "Netanyahu on Sunday.", SAT_28_NOV_2026)
    assert ("visit", "Marco Rubio", "ISR", "ongoing", "2026-11-26") in facts


# -- "G7 foreign ministers are meeting in a side room": at the gathering told, not at that year's summit host -----

@pytest.mark.parametrize("text", [
    "LIVE - The security conference in Munich, Saturday.\n\n10:15 - G7 foreign ministers are meeting in a side room "
    "this morning. Later, Wang Yi, who addressed the hall on Friday, met European ministers.",
    "LIVE - The security conference in Munich, Saturday.\n\n10:15 - G7 foreign ministers are meeting on the sidelines. "
    "Later, Wang Yi, who addressed the hall on Friday, met European ministers.",
])
def test_a_ministers_meeting_on_the_side_keeps_the_storys_gathering(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, date(2026, 2, 14))
    assert [fact[2] for fact in facts if fact[1] == "Wang Yi"] == ["DEU"]


# -- "will not go to Rio for Sunday's summit": a refusal of a trip ahead is dated by the day ahead ------------------

@pytest.mark.parametrize("text", [
    "Masoud Pezeshkian will not, however, go to Rio de Janeiro for Sunday's BRICS summit.",
    "Masoud Pezeshkian will not attend the summit in Rio on Sunday.",
    "Masoud Pezeshkian won't travel to Rio for the summit on Sunday.",
])
def test_a_trip_refused_ahead_is_dated_by_the_day_ahead(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Masoud Pezeshkian", "BRA", "declined", "2026-11-29") in facts


def test_a_trip_not_made_is_dated_by_the_day_gone(full_ref: Reference) -> None:
    facts = dated(full_ref, "Masoud Pezeshkian did not attend the summit in Rio on Sunday.", SAT_28_NOV_2026)
    assert ("visit", "Masoud Pezeshkian", "BRA", "declined", "2026-11-22") in facts


# -- "the Aug. 31-Sept. 1 meeting": a span's second month ends no sentence, and the span opens on its first day -----

def test_a_span_across_two_months_ends_no_sentence() -> None:
    text = "Vladimir Putin will attend the Aug. 31-Sept. 1 meeting in Tianjin. He then flies to Beijing."
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "Vladimir Putin will attend the Aug. 31-Sept. 1 meeting in Tianjin.", "He then flies to Beijing."]


def test_a_meeting_told_by_a_span_across_two_months_is_dated_by_its_first_day(full_ref: Reference) -> None:
    facts = dated(full_ref, "Vladimir Putin will attend the Aug. 31-Sept. 1 meeting in Tianjin and then go on to Beijing "
                  "for talks.", date(2026, 7, 30))
    assert ("visit", "Vladimir Putin", "CHN", "planned", "2026-08-31") in facts


# -- "will attend the Aug. 31 summit in Tianjin": a gathering's days told before its noun -------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin will attend the August 31 summit in Tianjin.",
    "Vladimir Putin will attend the 31 August summit in Tianjin.",
    "Vladimir Putin will attend the Aug. 31-Sept. 1 summit in Tianjin.",
])
def test_a_gathering_told_by_its_days_is_a_trip_to_its_place(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, date(2026, 7, 30))
    assert ("visit", "Vladimir Putin", "CHN", "planned", "2026-08-31") in facts


# -- "said in September that he would not go to the Nov. 22-23 summit": the days ahead of the saying -----------------

def test_a_refusal_reported_with_the_days_ahead_is_dated_by_them(full_ref: Reference) -> None:
    facts = dated(full_ref, "Donald Trump said in September that he would not go to the Nov. 22-23 summit in "
                  "Johannesburg.", date(2026, 11, 8))
    assert ("visit", "Donald Trump", "ZAF", "declined", "2026-11-22") in facts


def test_a_refusal_told_months_ago_keeps_its_month(full_ref: Reference) -> None:
    facts = dated(full_ref, "Donald Trump had told the King in a telephone call in April that he would not attend the "
                  "coronation in London.", date(2026, 11, 8))
    assert [fact[3:] for fact in facts if fact[1] == "Donald Trump"] == [("declined", "2026-04")]


# -- "will remain in Washington until Thursday": told first, a stay under way that runs on --------------------------

@pytest.mark.parametrize("text", [
    "JERUSALEM - Benjamin Netanyahu will remain in Washington until Thursday, his office said.",
    "Benjamin Netanyahu will stay on in Washington until Thursday after a second meeting at the White House.",
])
def test_a_stay_that_will_run_on_is_under_way(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Benjamin Netanyahu", "USA", "ongoing")]


def test_how_long_a_planned_trip_will_last_keeps_it_a_plan(full_ref: Reference) -> None:
    facts = dated(full_ref, "Benjamin Netanyahu will fly to Washington on Sunday. He will remain in Washington until "
                  "Thursday.", SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Benjamin Netanyahu", "USA", "planned")]


# -- "Putin is not in Rio": away from the gathering told, named by its place -----------------------------------------

def test_one_not_in_the_gatherings_city_stayed_away(full_ref: Reference) -> None:
    facts = dated(full_ref, "RIO DE JANEIRO — Leaders of the BRICS group opened their summit in Rio de Janeiro on "
                  "Saturday. Vladimir Putin is not in Rio; the Kremlin cited scheduling.", SAT_28_NOV_2026)
    assert ("visit", "Vladimir Putin", "BRA", "declined", "2026-11-28") in facts


def test_one_not_in_another_city_is_no_absence_from_the_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "RIO DE JANEIRO — Leaders of the BRICS group opened their summit in Rio de Janeiro on "
                  "Saturday. Vladimir Putin is not in Moscow either; he is in Minsk.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[2] == "BRA"]


# -- "Lavrov is sitting in Russia's seat": in his country's place at the gathering -----------------------------------

@pytest.mark.parametrize("text", [
    "RIO DE JANEIRO — Leaders of the BRICS group opened their summit in Rio de Janeiro on Saturday. Sergey Lavrov is "
    "sitting in Russia's seat.",
    "RIO DE JANEIRO — Leaders of the BRICS group opened their summit in Rio de Janeiro on Saturday. Sergey Lavrov sat "
    "in the Russian seat.",
])
def test_one_in_his_countrys_seat_is_at_the_gathering(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Sergey Lavrov", "BRA", "ongoing", "2026-11-28") in facts


def test_a_seat_with_no_gathering_told_places_no_one(full_ref: Reference) -> None:
    facts = dated(full_ref, "Sergey Lavrov sat in Russia's seat and listened.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[0] == "visit"]


# -- "converged on Islamabad for a gathering of SCO heads of government": the place told, not the summit's host ------

@pytest.mark.parametrize("text", [
    "ISLAMABAD - Foreign dignitaries converged on a locked-down Islamabad on Tuesday for a gathering of SCO heads of "
    "government. Russian Prime Minister Mikhail Mishustin also arrived on Tuesday.",
    "Ministers descended on Pakistan this week for a meeting of the SCO. Russian Prime Minister Mikhail Mishustin "
    "arrived on Tuesday.",
])
def test_a_bodys_gathering_told_by_its_place_is_held_there(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, date(2024, 10, 15))
    assert [fact[:4] for fact in facts] == [("visit", "Mikhail Mishustin", "PAK", "ongoing")]


# -- "stayed home to deal with a political storm": the reason, told as a purpose, leaves the absence whole ----------

def test_staying_home_to_deal_with_a_crisis_is_an_absence(full_ref: Reference) -> None:
    facts = dated(full_ref, "MALABO — The African Union's coordination meeting opened on Saturday. Cyril Ramaphosa, "
                  "who had been expected, stayed home to deal with a political storm over his police minister and sent "
                  "Foreign Minister Ronald Lamola in his place.", SAT_28_NOV_2026)
    assert ("visit", "Cyril Ramaphosa", "GNQ", "declined") in [fact[:4] for fact in facts]
    assert ("visit", "Ronald Lamola", "GNQ", "ongoing", "2026-11-28") in facts


def test_going_to_deal_with_a_crisis_abroad_is_no_absence(full_ref: Reference) -> None:
    facts = dated(full_ref, "MALABO — The African Union's coordination meeting opened on Saturday. Cyril Ramaphosa "
                  "went to Gaborone to deal with the border dispute.", SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Cyril Ramaphosa", "BWA", "completed")]


# -- "opened in Equatorial Guinea's capital on Sunday": a possessive between the opening and its day ----------------

def test_a_gathering_opened_in_a_countrys_capital_today_dates_absences(full_ref: Reference) -> None:
    facts = dated(full_ref, "MALABO — The African Union's coordination meeting opened in Equatorial Guinea's capital "
                  "on Saturday. Cyril Ramaphosa stayed away.", SAT_28_NOV_2026)
    assert ("visit", "Cyril Ramaphosa", "GNQ", "declined", "2026-11-28") in facts


# -- "is also attending, along with Burundi's X": the ones named after it are there too ------------------------------

@pytest.mark.parametrize("text", [
    "MALABO — The African Union's coordination meeting opened on Saturday. Mahmoud Ali Youssouf is also attending, "
    "along with Burundi's Évariste Ndayishimiye.",
    "MALABO — The African Union's coordination meeting opened on Saturday. Mahmoud Ali Youssouf is attending along "
    "with Évariste Ndayishimiye.",
])
def test_those_attending_along_with_one_attending_are_there(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Mahmoud Ali Youssouf", "GNQ", "ongoing", "2026-11-28") in facts
    assert ("visit", "Évariste Ndayishimiye", "GNQ", "ongoing", "2026-11-28") in facts


# -- "convened an online meeting of BRICS leaders": those who took part by video made no trip to skip ----------------

def test_taking_part_in_a_meeting_held_online_is_no_absence(full_ref: Reference) -> None:
    facts = dated(full_ref, "BRASILIA - Lula convened an online meeting of BRICS leaders on Monday. Brazil hosted the "
                  "annual summit in Rio de Janeiro in July. Xi Jinping and Vladimir Putin took part by video link from "
                  "their capitals. India was represented by Subrahmanyam Jaishankar, who also joined remotely.",
                  SAT_28_NOV_2026)
    assert not facts


def test_taking_part_by_video_in_a_summit_held_in_person_is_an_absence(full_ref: Reference) -> None:
    facts = dated(full_ref, "RIO DE JANEIRO - Lula opened the BRICS summit in Rio de Janeiro on Saturday. Vladimir Putin "
                  "took part by video link from Moscow.", SAT_28_NOV_2026)
    assert ("visit", "Vladimir Putin", "BRA", "declined") in [fact[:4] for fact in facts]


# -- "goes on to San José on Tuesday, Guatemala City on Wednesday and Santo Domingo on Thursday": a stop a day ------

@pytest.mark.parametrize("text", [
    "Marco Rubio arrived in El Salvador on Monday. From El Salvador he goes on to San José on Tuesday, Guatemala City "
    "on Wednesday and Santo Domingo on Thursday.",
    "Marco Rubio arrived in El Salvador on Monday. He will travel to Costa Rica on Tuesday, Guatemala on Wednesday and "
    "the Dominican Republic on Thursday.",
])
def test_stops_each_told_with_its_day_are_each_a_leg(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, date(2026, 11, 23))
    assert ("visit", "Marco Rubio", "CRI", "planned", "2026-11-24") in facts
    assert ("visit", "Marco Rubio", "GTM", "planned", "2026-11-25") in facts
    assert ("visit", "Marco Rubio", "DOM", "planned", "2026-11-26") in facts


def test_a_place_and_day_after_the_trip_told_is_no_leg_without_its_own_day(full_ref: Reference) -> None:
    facts = dated(full_ref, "Marco Rubio will travel to Costa Rica, where he meets the president on Tuesday, and "
                  "Guatemala.", date(2026, 11, 23))
    assert not [fact for fact in facts if fact[2] == "GTM" and fact[4] == "2026-11-24"]


# -- "G20 foreign ministers met on Thursday and Friday": the ministers' days, not the leaders' summit -----------------

def test_a_ministers_meeting_held_on_two_days_gone_dates_the_trip_to_it(full_ref: Reference) -> None:
    facts = dated(full_ref, "JOHANNESBURG - G20 foreign ministers met on Thursday and Friday. Wang Yi made the trip.",
                  date(2025, 2, 24))
    assert [fact for fact in facts if fact[1] == "Wang Yi"] == [("visit", "Wang Yi", "ZAF", "completed", "2025-02-20")]


def test_a_ministers_meeting_is_not_the_leaders_summit(full_ref: Reference) -> None:
    facts = tag_text("t", "JOHANNESBURG - G20 foreign ministers met on Thursday and Friday. Wang Yi made the trip.",
                     date(2025, 2, 24), full_ref)
    assert [fact.occasion for fact in facts if fact.kind == "visit"] == [None]


# -- "Wang Yi made the trip; Marco Rubio did not": the one after stayed away from the trip told -------------------

@pytest.mark.parametrize("text", [
    "Wang Yi made the trip to Ankara on Friday; Marco Rubio did not.",
    "Wang Yi attended the talks in Ankara on Friday, but Marco Rubio did not.",
])
def test_one_who_did_not_do_what_the_other_did_stayed_away(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Wang Yi", "TUR", "completed", "2026-11-27") in facts
    assert ("visit", "Marco Rubio", "TUR", "declined", "2026-11-27") in facts


def test_one_who_did_not_stay_away_with_the_other_made_no_trip(full_ref: Reference) -> None:
    facts = dated(full_ref, "Wang Yi did not attend the talks in Ankara; Marco Rubio did not either.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[1] == "Marco Rubio" and fact[3] != "declined"]


# -- "Macron is at the White House today": a landmark abroad, there now ---------------------------------------------

@pytest.mark.parametrize("text", [
    "WASHINGTON. Emmanuel Macron is at the White House today, the first of two European visitors this week.",
    "Emmanuel Macron is at the White House this morning for talks on Ukraine.",
])
def test_one_at_a_landmark_abroad_today_is_there(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Emmanuel Macron", "USA", "ongoing", "2026-11-28") in facts


def test_one_at_a_landmark_at_home_makes_no_trip(full_ref: Reference) -> None:
    facts = dated(full_ref, "Donald Trump is at the White House today.", SAT_28_NOV_2026)
    assert not facts


# -- "Keir Starmer follows on Thursday": the next guest of the place just told -------------------------------------

def test_the_guest_who_follows_is_due_at_the_same_place(full_ref: Reference) -> None:
    facts = dated(full_ref, "Emmanuel Macron is at the White House today. Keir Starmer follows on Thursday, with a "
                  "message on security guarantees.", date(2026, 11, 23))
    assert ("visit", "Keir Starmer", "USA", "planned", "2026-11-26") in facts


def test_one_who_follows_a_trip_made_days_ago_is_no_guest(full_ref: Reference) -> None:
    facts = dated(full_ref, "Emmanuel Macron visited the White House in October. Keir Starmer follows on Thursday with "
                  "a speech in London.", date(2026, 11, 23))
    assert not [fact for fact in facts if fact[1] == "Keir Starmer"]


# -- "'He ignored the summit in Bürgenstock,' it said": a gathering named in a quoted remark keeps the story's own -----

def test_a_gathering_in_a_quoted_remark_keeps_the_storys_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "KAZAN - Leaders opened the BRICS summit in Kazan on Saturday. Kyiv was scathing. \"He "
                  "ignored the summit in Bürgenstock but accepted this invitation,\" it said. Faisal bin Farhan also "
                  "arrived on Saturday to represent the kingdom.", SAT_28_NOV_2026)
    assert ("visit", "Faisal bin Farhan Al Saud", "RUS", "ongoing", "2026-11-28") in facts


# -- "turned down an invitation to the peace summit in Switzerland": stayed away from it ---------------------------

@pytest.mark.parametrize("text", [
    "António Guterres turned down an invitation to the peace summit in Switzerland in June.",
    "António Guterres declined an invitation to attend the summit in Switzerland in June.",
])
def test_an_invitation_turned_down_is_an_absence(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "António Guterres", "CHE", "declined", "2026-06") in facts


def test_an_invitation_accepted_is_no_absence(full_ref: Reference) -> None:
    facts = dated(full_ref, "António Guterres accepted an invitation to the peace summit in Switzerland in June.",
                  SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[3] == "declined"]


def test_he_after_a_titled_stranger_opening_the_sentence_is_the_stranger(full_ref: Reference) -> None:
    facts = dated(full_ref, "The UN secretary-general attended the session and met Vladimir Putin on its margins, "
                  "drawing a furious response from Kyiv, where officials pointed out that he had turned down an "
                  "invitation to the peace summit in Switzerland in June.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[1] == "Vladimir Putin" and fact[2] == "CHE"]


# -- "will take part in the summit, which opens in Kazan on Tuesday, by video link": the manner told after an aside --

@pytest.mark.parametrize("text", [
    "Lula will take part in the summit, which opens in Kazan on Tuesday, by video link.",
    "Lula will attend the summit, which opens in Kazan on Tuesday, via video.",
])
def test_taking_part_by_video_told_after_an_aside_is_an_absence(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Luiz Inácio Lula da Silva", "RUS", "declined")]


def test_an_aside_that_ends_on_something_else_leaves_the_trip(full_ref: Reference) -> None:
    facts = dated(full_ref, "Lula will attend the summit, which opens in Kazan on Tuesday, with his foreign minister.",
                  SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Luiz Inácio Lula da Silva", "RUS", "planned")]


# -- "Foreign Minister X will travel in his place": the stand-in goes to the gathering told -------------------------

@pytest.mark.parametrize("text", [
    "BRASILIA - Lula will skip the BRICS summit in Russia after a fall. Mauro Vieira will travel in his place and lead "
    "the Brazilian delegation.",
    "BRASILIA - Lula will skip the BRICS summit in Russia after a fall. Mauro Vieira will travel instead.",
])
def test_the_one_who_travels_in_his_place_goes(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, date(2026, 11, 20))
    assert ("visit", "Mauro Vieira", "RUS", "planned") in [fact[:4] for fact in facts]


# -- "The tour had already taken him through Panama, El Salvador and Costa Rica": each a stop made -----------------

def test_a_tour_that_took_him_through_places_is_a_visit_to_each(full_ref: Reference) -> None:
    facts = dated(full_ref, "Marco Rubio ended his swing in Santo Domingo on Thursday. The tour had already taken him "
                  "through Panama, El Salvador and Costa Rica.", SAT_28_NOV_2026)
    assert {fact[2] for fact in facts if fact[3] == "completed"} == {"DOM", "PAN", "SLV", "CRI"}


def test_going_through_a_text_takes_no_one_anywhere(full_ref: Reference) -> None:
    facts = dated(full_ref, "His aides took Marco Rubio through the draft line by line.", SAT_28_NOV_2026)
    assert not facts


# -- "left for the United States on Saturday" in Saturday's paper: the trip is under way --------------------------

@pytest.mark.parametrize("text", [
    "TOKYO - Shigeru Ishiba left for the United States on Saturday for his first summit with Donald Trump.",
    "TOKYO - Shigeru Ishiba departed for the United States this morning.",
])
def test_a_departure_today_is_a_trip_under_way(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Shigeru Ishiba", "USA", "ongoing", "2026-11-28") in facts


def test_a_departure_days_ago_is_a_trip_made(full_ref: Reference) -> None:
    facts = dated(full_ref, "Shigeru Ishiba left for the United States on Thursday.", SAT_28_NOV_2026)
    assert ("visit", "Shigeru Ishiba", "USA", "completed", "2026-11-26") in facts


# -- "Wang Yi was also in the city, meeting Rubio": the city the story is in ---------------------------------------

@pytest.mark.parametrize("text", [
    "KUALA LUMPUR - Marco Rubio met Sergey Lavrov at the ASEAN meetings on Friday. China's Wang Yi was also in the "
    "city, meeting Rubio on Saturday morning.",
    "KUALA LUMPUR - Marco Rubio met Sergey Lavrov at the ASEAN meetings on Friday. Wang Yi is also in the city.",
])
def test_one_also_in_the_city_is_in_the_city_the_story_is_in(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Wang Yi", "MYS", "ongoing", "2026-11-28") in facts


def test_one_also_in_the_city_with_no_city_told_is_nowhere(full_ref: Reference) -> None:
    facts = dated(full_ref, "Marco Rubio met Sergey Lavrov on Friday. Wang Yi was also in the city.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[1] == "Wang Yi"]


# -- "would head the Russian delegation on the ground": at the gathering told, in person --------------------------

def test_heading_the_delegation_on_the_ground_is_going_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "MOSCOW - Vladimir Putin will take part in next weekend's BRICS summit in Rio de Janeiro by "
                  "video link. Yuri Ushakov said Sergey Lavrov would head the Russian delegation on the ground when "
                  "leaders gather on Sunday.", date(2026, 11, 24))
    assert ("visit", "Sergey Lavrov", "BRA", "planned", "2026-11-29") in facts


# -- "gave no reason why Xi Jinping ... would be absent": a reported absence ---------------------------------------

def test_one_reported_as_going_to_be_absent_stays_away(full_ref: Reference) -> None:
    facts = dated(full_ref, "MOSCOW - Vladimir Putin will take part in next weekend's BRICS summit in Rio de Janeiro by "
                  "video link. Beijing gave no reason why Xi Jinping, who has not missed a gathering since taking "
                  "power, would be absent.", date(2026, 11, 24))
    assert ("visit", "Xi Jinping", "BRA", "declined") in [fact[:4] for fact in facts]


def test_an_absence_only_supposed_is_none(full_ref: Reference) -> None:
    facts = dated(full_ref, "MOSCOW - Vladimir Putin will take part in next weekend's BRICS summit in Rio de Janeiro by "
                  "video link. Xi Jinping would be absent if the talks failed.", date(2026, 11, 24))
    assert not [fact for fact in facts if fact[1] == "Xi Jinping"]


# -- "went from the UN to Ottawa on Wednesday, then to The Hague on Friday": the place left unknown, the next ones not --

def test_going_from_a_body_to_a_place_is_a_trip_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "Prabowo Subianto went from the UN to Ottawa on Wednesday to sign a trade agreement, then to "
                  "The Hague on Friday for talks.", SAT_28_NOV_2026)
    assert ("visit", "Prabowo Subianto", "CAN", "completed", "2026-11-25") in facts
    assert ("visit", "Prabowo Subianto", "NLD", "completed", "2026-11-27") in facts


# -- "spoke on Wednesday and has since returned to Tehran": been at the gathering, and gone home ------------------

def test_one_who_has_since_returned_to_his_capital_was_at_the_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "NEW YORK - World leaders opened the general debate at the UN General Assembly in New York "
                  "this week. Masoud Pezeshkian spoke on Wednesday and has since returned to Tehran.", SAT_28_NOV_2026)
    assert ("visit", "Masoud Pezeshkian", "USA", "completed") in [fact[:4] for fact in facts]


def test_one_who_has_since_returned_to_another_capital_is_not_put_at_the_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "NEW YORK - World leaders opened the general debate at the UN General Assembly in New York "
                  "this week. Masoud Pezeshkian has since returned to Paris.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[2] == "USA"]


# -- "will not attend the high-level week of the UN General Assembly": the gathering, past its part ---------------

@pytest.mark.parametrize("text", [
    "NEW DELHI: Narendra Modi will not attend the high-level week of the United Nations General Assembly next month.",
    "NEW DELHI: Narendra Modi will not attend the general debate of the United Nations General Assembly next month.",
])
def test_a_part_of_a_gathering_named_before_it_is_the_gathering(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Narendra Modi", "USA", "declined", "2026-12") in facts


# -- "arrived in Israel for talks with X and will fly to Doha on Tuesday": the second place is a plan of its own ----

def test_a_leg_told_with_its_own_future_verb_after_a_purpose_is_a_plan(full_ref: Reference) -> None:
    facts = dated(full_ref, "Marco Rubio arrived in Israel on Friday for talks with Benjamin Netanyahu and will fly to "
                  "Doha on Monday, the State Department said.", SAT_28_NOV_2026)
    assert ("visit", "Marco Rubio", "QAT", "planned", "2026-11-30") in facts
    assert ("visit", "Marco Rubio", "ISR", "ongoing", "2026-11-27") in facts


def test_a_leg_told_after_a_purpose_with_no_verb_of_its_own_shares_the_first(full_ref: Reference) -> None:
    facts = dated(full_ref, "Marco Rubio flew to Israel on Friday for talks with Benjamin Netanyahu and then to Doha.",
                  SAT_28_NOV_2026)
    assert {fact[2] for fact in facts if fact[1] == "Marco Rubio"} == {"ISR", "QAT"}


# -- "returns to Brasilia before a trip to Malaysia in October": a programme in the present, the trip ahead ------------

def test_a_trip_after_a_present_going_is_a_plan(full_ref: Reference) -> None:
    facts = dated(full_ref, "From New York, Lula returns to Brasilia before a trip to Malaysia in December, where he has "
                  "been invited to the ASEAN summit.", SAT_28_NOV_2026)
    assert ("visit", "Luiz Inácio Lula da Silva", "MYS", "planned", "2026-12") in facts


def test_a_trip_before_a_going_told_in_the_past_was_made(full_ref: Reference) -> None:
    facts = dated(full_ref, "Lula returned to Brasilia on Monday after a trip to Malaysia.", SAT_28_NOV_2026)
    assert ("visit", "Luiz Inácio Lula da Silva", "MYS", "completed") in [fact[:4] for fact in facts]


# -- "moved on to the Maldives, where he was the guest of honour": present there, not at the story's gathering -------

def test_a_presence_in_a_where_clause_is_in_its_place(full_ref: Reference) -> None:
    facts = dated(full_ref, "BEIJING - Ursula von der Leyen met Xi Jinping at a summit in Beijing on Thursday. "
                  "Narendra Modi flew from Britain to the Maldives, where on Saturday he was the guest of honour at the "
                  "independence celebrations.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[1] == "Narendra Modi" and fact[2] == "CHN"]
    assert "MDV" in {fact[2] for fact in facts if fact[1] == "Narendra Modi"}


# -- "X, a veteran negotiator who took up his post in August, also met ...": the apposition's time is not the meeting's --

def test_a_time_in_a_relative_clause_on_an_apposed_noun_dates_nothing_after_it(full_ref: Reference) -> None:
    facts = dated(full_ref, "RIYADH - Abbas Araghchi arrived in the Saudi capital on Saturday. Araghchi, a veteran "
                  "negotiator who took up his post in August, also met his Saudi counterpart.", SAT_28_NOV_2026)
    assert [fact for fact in facts if fact[1] == "Abbas Araghchi"] == [("visit", "Abbas Araghchi", "SAU", "ongoing", "2026-11-28")]


# -- "joined European Union leaders at an informal retreat in Brussels": the gathering joined, in its place ---------

@pytest.mark.parametrize("text", [
    "Earlier this month Keir Starmer had joined European Union leaders at an informal retreat in Brussels.",
    "Keir Starmer joined EU leaders at a summit in Brussels on Monday.",
])
def test_joining_leaders_at_a_gathering_in_a_place_is_a_visit_there(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Keir Starmer", "BEL", "completed") in [fact[:4] for fact in facts]


def test_joining_leaders_at_a_gathering_at_home_is_no_visit(full_ref: Reference) -> None:
    facts = dated(full_ref, "Keir Starmer joined European leaders at a summit in London on Monday.", SAT_28_NOV_2026)
    assert not facts


# -- "made a surprise appearance in Reykjavik on Monday": a trip there ---------------------------------------------

def test_an_appearance_made_in_a_place_abroad_is_a_visit(full_ref: Reference) -> None:
    facts = dated(full_ref, "Volodymyr Zelensky made a surprise appearance in Reykjavik on Monday at the session of the "
                  "Nordic Council.", SAT_28_NOV_2026)
    assert ("visit", "Volodymyr Zelensky", "ISL", "completed", "2026-11-23") in facts


def test_an_appearance_in_court_is_no_visit(full_ref: Reference) -> None:
    facts = dated(full_ref, "Volodymyr Zelensky made an appearance in court on Monday.", SAT_28_NOV_2026)
    assert not facts
