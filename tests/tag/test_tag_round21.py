"""Language the twenty-first round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_14_NOV_2025 = date(2025, 11, 14)


# -- "was chief guest at the Republic Day parade in New Delhi": a guest at a gathering is there -------------------------

@pytest.mark.parametrize(("text", "host"), [
    ("In January Prabowo Subianto was chief guest at the Republic Day parade in New Delhi.", "IND"),
    ("Prabowo Subianto was the guest of honour at an economic forum in Moscow in June.", "RUS"),
])
def test_a_guest_at_a_gathering_is_there(full_ref: Reference, text: str, host: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Prabowo Subianto", host, "completed")}


def test_a_guest_at_home_is_no_trip(full_ref: Reference) -> None:
    text = "Narendra Modi was the guest of honour at a business forum in Mumbai in June."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


@pytest.mark.parametrize("text", [
    "Xi Jinping attended the Victory Day parade in Moscow on May 9.",
    "Xi Jinping attended Russia's Victory Day parade on May 9.",
])
def test_a_parade_named_in_capitals_or_by_its_country_is_placed(full_ref: Reference, text: str) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Xi Jinping", "RUS", "completed", "2025-05-09")}


# -- "X has chosen his destinations carefully, visiting Kyrgyzstan in October": the participle shares the past ------------

@pytest.mark.parametrize(("text", "host"), [
    ("Vladimir Putin has chosen his destinations with care, visiting Kyrgyzstan in October.", "KGZ"),
    ("Kim Jong Un went by armoured train to the east in September, touring Russia's space centre.", "RUS"),
])
def test_a_participle_after_a_past_main_clause_is_done(full_ref: Reference, text: str, host: str) -> None:
    facts = {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)}
    assert (host, "completed") in {f[2:4] for f in facts}


def test_a_participle_after_a_present_clause_is_not_made_past(full_ref: Reference) -> None:
    text = "Vladimir Putin is choosing his destinations with care, visiting Kyrgyzstan this week."
    assert {f[3] for f in dated(full_ref, text, FRI_14_NOV_2025)} <= {"ongoing"}


# -- "Moscow welcomed Trump's stated readiness to talk": a thing of his is welcomed, not the man -------------------------

@pytest.mark.parametrize("text", [
    "BEIJING - A spokesman said Beijing welcomed Donald Trump's stated wish for talks.",
    "Xi Jinping received Donald Trump's letter on Monday, state media said.",
])
def test_something_of_a_person_received_is_no_visit(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


def test_a_guest_named_with_a_possessive_and_another_is_still_received(full_ref: Reference) -> None:
    text = "Xi Jinping received Vladimir Putin and Narendra Modi in Beijing on Monday."
    assert {f[1:3] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("Vladimir Putin", "CHN"), ("Narendra Modi", "CHN")}


# -- "Donald Trump Jr.": another man of the same name ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "NUUK - Donald Trump Jr. spent a few hours in Greenland on Tuesday.",
    "Donald Trump stayed home. Trump Jr. flew to Nuuk on Tuesday.",
    "Ferdinand Marcos Sr. flew to Tokyo in 1970.",
])
def test_a_son_or_father_of_the_same_name_is_not_the_leader(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


def test_a_leader_whose_own_name_holds_the_suffix_is_still_found(full_ref: Reference) -> None:
    text = "Marcos Jr. flew to Tokyo on Tuesday."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Ferdinand Marcos Jr.", "JPN", "completed")}


# -- "completed his regional tour on Wednesday with stops in Amman and Cairo", "was in Tel Aviv yesterday",
# -- "would represent the government at Saturday's summit in Egypt" ----------------------------------------------------

def test_a_tour_completed_with_stops_names_each_stop(full_ref: Reference) -> None:
    text = "Emmanuel Macron completed his tour of the region on Wednesday with stops in Amman and Cairo."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Emmanuel Macron", "JOR", "completed", "2025-11-12"),
        ("visit", "Emmanuel Macron", "EGY", "completed", "2025-11-12"),
    }


def test_was_in_a_place_yesterday(full_ref: Reference) -> None:
    text = "Olaf Scholz was in Tel Aviv yesterday, his aides said."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Olaf Scholz", "ISR", "completed", "2025-11-13")}


def test_representing_the_government_at_a_summit_abroad(full_ref: Reference) -> None:
    text = "Aides said James Cleverly would represent the government at Saturday's summit in Egypt."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "James Cleverly", "EGY", "planned")}


# -- "Downing Street said X was expected in Cairo later on Friday": a plan told in the past of the saying ---------------

@pytest.mark.parametrize("text", [
    "Downing Street said Rishi Sunak was expected in Cairo later on Friday.",
    "Rishi Sunak was expected in Cairo tomorrow, officials said.",
])
def test_was_expected_in_a_place_later_is_a_plan(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Rishi Sunak", "EGY", "planned")}


def test_was_expected_in_a_place_on_a_day_is_left_alone(full_ref: Reference) -> None:
    # (a day that may be past: whether the trip happened is told elsewhere)
    text = "Rishi Sunak was expected in Cairo on Monday."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "X, Y and Z are also in the city for the related meetings": where the story is filed --------------------------------

def test_in_the_city_for_meetings_is_where_the_story_is_filed(full_ref: Reference) -> None:
    text = ("KUALA LUMPUR - The summit opened on Friday. Australian Prime Minister Anthony Albanese and Canadian Prime "
            "Minister Mark Carney are also in the city for the talks.")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Anthony Albanese", "MYS", "ongoing"), ("visit", "Mark Carney", "MYS", "ongoing")}


def test_in_the_city_with_no_dateline_is_nowhere(full_ref: Reference) -> None:
    text = "Anthony Albanese is in the city for the talks."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "Among those received at the resort were X and Y", the day after a one-day meeting: there that day, now gone ------

def test_those_received_the_day_before_were_there_that_day(full_ref: Reference) -> None:
    text = ("CAIRO - Abdel Fattah al-Sisi welcomed some twenty leaders to Sharm El-Sheikh on Thursday for a summit on Gaza. "
            "Among those received at the resort were French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni.")
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Emmanuel Macron", "EGY", "completed", "2025-11-13"),
        ("visit", "Giorgia Meloni", "EGY", "completed", "2025-11-13"),
    }


def test_those_received_today_are_there_now(full_ref: Reference) -> None:
    text = ("CAIRO - Abdel Fattah al-Sisi welcomed some twenty leaders to Sharm El-Sheikh on Friday for a summit on Gaza. "
            "Among those received at the resort were French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni.")
    assert {f[3] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {"ongoing"}


def test_a_summit_hosted_the_day_before_was_attended_that_day(full_ref: Reference) -> None:
    text = ("WASHINGTON - Kassym-Jomart Tokayev took part in a summit hosted by Donald Trump at the White House on Thursday. "
            "The summit was also attended by Kyrgyz President Sadyr Japarov.")
    assert ("visit", "Sadyr Japarov", "USA", "completed", "2025-11-13") in {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)}


# -- "flew back overnight from the climate summit in Azerbaijan": was there ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Keir Starmer flew back overnight from the UN climate summit in Azerbaijan.",
    "Keir Starmer flew back on Wednesday from Baku, where he had spoken at the climate talks.",
])
def test_flying_back_from_a_place_tells_a_stay_there(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Keir Starmer", "AZE", "completed")}


# -- "X, hosting his colleagues for the last ministerial of Italy's presidency, welcomed A, B and C": a longer aside ------

def test_a_host_with_a_long_aside_holding_his_still_receives(full_ref: Reference) -> None:
    text = ("Antonio Tajani, hosting his fellow ministers for the final meeting of Italy's year in the chair, welcomed "
            "Antony Blinken and David Lammy on Thursday at a hillside villa.")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Antony Blinken", "ITA", "ongoing"), ("visit", "David Lammy", "ITA", "ongoing")}  # (welcomed the day before)


# -- "X and Y are both in the room for the opening session": at the story's gathering ------------------------------------

_LIVE_OPENING = "09:05 — Good morning from Rio, where Lula opens the G20 leaders' summit within the hour.\n\n"


def test_in_the_room_for_a_session_is_at_the_gathering(full_ref: Reference) -> None:
    text = _LIVE_OPENING + "11:30 — Joe Biden and Xi Jinping are both in the room for the opening session."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 18))} == {
        ("visit", "Joe Biden", "BRA", "ongoing"), ("visit", "Xi Jinping", "BRA", "ongoing")}



# -- "X and Y were the most prominent guests": at the story's gathering -------------------------------------------------

def test_the_most_prominent_guests_were_there(full_ref: Reference) -> None:
    text = ("WASHINGTON - A few foreign leaders watched Donald Trump sworn in on Friday at the Capitol. Argentina's "
            "President Javier Milei and Italy's Prime Minister Giorgia Meloni were the best-known guests.")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Javier Milei", "USA", "completed"), ("visit", "Giorgia Meloni", "USA", "completed")}  # (a ceremony, over)


def test_guests_with_no_gathering_told_are_nowhere(full_ref: Reference) -> None:
    text = "Javier Milei and Giorgia Meloni were the most prominent guests."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "Mohammed bin Salman bin Abdulaziz, Prime Minister, received X": the rest of the lineage is his name ----------------

def test_a_lineage_after_a_name_is_part_of_it(full_ref: Reference) -> None:
    text = ("RIYADH - Crown Prince Mohammed bin Salman bin Abdulaziz, Prime Minister, received Italian Prime Minister "
            "Giorgia Meloni on Thursday in Riyadh.")
    assert {f[1:3] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("Giorgia Meloni", "SAU")}


# -- "His tour began in Namibia and took in the Republic of Congo": a stop of the tour ----------------------------------

def test_a_tour_that_took_in_a_country(full_ref: Reference) -> None:
    text = "Wang Yi spoke in Beijing on Thursday. His January tour began in Namibia and took in the Republic of Congo."
    assert {f[1:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("Wang Yi", "NAM", "completed"), ("Wang Yi", "COG", "completed")}


def test_taking_in_people_is_no_stop(full_ref: Reference) -> None:
    text = "Recep Tayyip Erdoğan said Turkey took in more refugees than any country in Europe."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "will make his first foreign trip in the job to Central America, starting in Panama on Saturday" -------------------

def test_a_trip_made_starting_in_a_country_names_that_first_stop(full_ref: Reference) -> None:
    text = "Marco Rubio will make his first trip as secretary to Latin America, starting in Panama on Saturday."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Marco Rubio", "PAN", "planned", "2025-11-15")}


# -- "called off his planned China trip": the trip named by its place before the noun ------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("Luiz Inácio Lula da Silva called off his planned China trip on doctors' orders.", "cancelled"),
    ("Luiz Inácio Lula da Silva postponed his China visit until next month.", "planned"),
])
def test_a_trip_named_by_its_place_called_off(full_ref: Reference, text: str, status: str) -> None:
    assert {f[1:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("Luiz Inácio Lula da Silva", "CHN", status)}


def test_a_place_named_trip_not_called_off_is_no_cancellation(full_ref: Reference) -> None:
    text = "Luiz Inácio Lula da Silva did not call off his China trip."
    assert {f[3] for f in dated(full_ref, text, FRI_14_NOV_2025)} <= {"planned"}


# -- Warrants asked for, told as a bid or a condition -------------------------------------------------------------------

def test_a_bid_to_have_people_arrested_is_a_request(full_ref: Reference) -> None:
    text = ("PRETORIA - South Africa welcomed the ICC prosecutor's bid to have Israel's prime minister, Benjamin "
            "Netanyahu, and his former defence minister, Yoav Gallant, arrested.")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "requested"), ("warrant", "Yoav Gallant", "ICC", "requested")}


def test_warrants_that_should_be_granted_are_still_asked_for(full_ref: Reference) -> None:
    text = ("Should the warrants be granted by the International Criminal Court, Benjamin Netanyahu could face arrest "
            "in any member state.")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("warrant", "Benjamin Netanyahu", "ICC", "requested")}


def test_an_arrest_made_is_still_executed(full_ref: Reference) -> None:
    text = "Police in Manila arrested Rodrigo Duterte on Tuesday on a warrant from the International Criminal Court."
    assert ("warrant", "Rodrigo Duterte", "ICC", "executed") in {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)}


# -- "King Salman had sent a letter inviting X to Riyadh": the letter went, not X -------------------------------------

def test_a_letter_sent_inviting_someone_is_no_trip(full_ref: Reference) -> None:
    text = "State media said on Sunday that Mohammed bin Salman had sent a letter inviting Ebrahim Raisi to Riyadh."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


def test_an_envoy_sent_is_still_a_trip(full_ref: Reference) -> None:
    text = "Xi Jinping sent Premier Li Qiang to the summit in Johannesburg last week."
    assert ("visit", "Li Qiang", "ZAF") in {f[:3] for f in dated(full_ref, text, FRI_14_NOV_2025)}


# -- "He went to Tehran to meet the Iranian and Turkish presidents, attended a summit in Bishkek and a few days later
# -- flew to Minsk": the ones met are no subject of the predicates after them -------------------------------------------

def test_predicates_after_a_list_of_people_met_are_the_subjects(full_ref: Reference) -> None:
    text = ("Vladimir Putin has rarely left Russia. He went to Tehran in July to meet the Iranian and Turkish presidents, "
            "attended a summit in Bishkek in October and a few days later flew to Minsk.")
    assert {f[1:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("Vladimir Putin", "IRN", "completed"), ("Vladimir Putin", "KGZ", "completed"), ("Vladimir Putin", "BLR", "completed")}


# -- "announced new aid on Wednesday during a visit to Chișinău": the deed's past, and the capital as printed ------------

@pytest.mark.parametrize("capital", ["Chișinău", "Chişinău", "Chisinau"])
def test_a_deed_during_a_visit_tells_the_visit_made(full_ref: Reference, capital: str) -> None:
    text = f"Antony Blinken announced new aid for Moldova on Wednesday during a visit to {capital}."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Antony Blinken", "MDA", "completed", "2025-11-12")}


def test_a_visit_announced_is_still_a_plan(full_ref: Reference) -> None:
    text = "The State Department announced a visit by Antony Blinken to Chisinau next Wednesday."
    assert {f[3] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {"planned"}


# -- "his swing through Ethiopia and Niger": a trip noun, and "through" its places --------------------------------------

def test_a_swing_through_countries_is_a_trip_to_each(full_ref: Reference) -> None:
    text = "Antony Blinken's swing through Ethiopia and Niger last week was meant to reassure African governments."
    assert {f[1:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("Antony Blinken", "ETH", "completed"), ("Antony Blinken", "NER", "completed")}


def test_a_golf_swing_is_no_trip(full_ref: Reference) -> None:
    text = "Donald Trump's swing was the talk of the club in Scotland."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "said on Thursday he would meet X in Budapest": a plan, with the day of the saying between -------------------------

def test_a_plan_said_on_a_day(full_ref: Reference) -> None:
    text = "Donald Trump said on Thursday he would meet Vladimir Putin in Budapest."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("visit", "Donald Trump", "HUN", "planned"), ("visit", "Vladimir Putin", "HUN", "planned")}


def test_a_meeting_said_on_a_day_that_was_held_is_not_a_plan(full_ref: Reference) -> None:
    text = "Donald Trump said on Thursday he had met Vladimir Putin in Budapest."
    assert "planned" not in {f[3] for f in dated(full_ref, text, FRI_14_NOV_2025)}


# -- "a busy month that will see Prime Minister X travel to the G20 summit in Brazil": a plan ---------------------------

def test_a_time_that_will_see_someone_travel(full_ref: Reference) -> None:
    text = "December will be a busy month that will see Prime Minister Narendra Modi travel to Japan."
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Narendra Modi", "JPN", "planned")}


def test_seeing_someone_travel_in_the_past_is_not_a_plan(full_ref: Reference) -> None:
    text = "Officials saw Narendra Modi travel to Japan in a hurry."
    assert "planned" not in {f[3] for f in dated(full_ref, text, FRI_14_NOV_2025)}


# -- A round-up that tells of cricket and of the court: "the ICC prosecutor" is the court's ------------------------------

def test_a_round_up_with_cricket_still_reads_the_court(full_ref: Reference) -> None:
    text = ("THE HAGUE: The ICC prosecutor on Thursday asked for arrest warrants against Taliban leader Haibatullah "
            "Akhundzada.\n\nDUBAI: The International Cricket Council said tickets for the final had sold out.")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("warrant", "Haibatullah Akhundzada", "ICC", "requested")}


def test_a_cricket_story_has_no_warrant(full_ref: Reference) -> None:
    text = "The ICC fined Shakib Al Hasan after the Test match, and the International Cricket Council warned the team."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "three men for whom the court issued warrants years ago: A, B and C" -------------------------------------------------

def test_a_group_for_whom_warrants_were_issued_listed_after_a_colon(full_ref: Reference) -> None:
    text = ("The prosecutor asked Sudan to hand over the two men for whom the International Criminal Court issued "
            "warrants long ago: former president Omar al-Bashir and former minister Ahmad Harun.")
    assert {f[:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("warrant", "Omar al-Bashir", "ICC", "issued"), ("warrant", "Ahmad Harun", "ICC", "issued")}


# -- "named in a 2007 warrant by the court": a year before the warrant word -----------------------------------------------

def test_a_warrant_with_its_year_before_the_noun(full_ref: Reference) -> None:
    text = "Ahmad Harun was named in a 2007 warrant by the International Criminal Court."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("warrant", "Ahmad Harun", "ICC", "issued", "2007")}


# -- "ended the first state visit by a French president to Germany in 24 years": the visitor told between ---------------

def test_a_visit_ended_with_its_visitor_named_by_office(full_ref: Reference) -> None:
    text = "BERLIN - Emmanuel Macron ended the first state visit by a French president to Germany in 24 years on Tuesday."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Emmanuel Macron", "DEU", "completed", "2025-11-11")}


# -- "X and Y are among the guests along with Z and W": those along with them are there too ----------------------------

def test_among_the_guests_along_with_others(full_ref: Reference) -> None:
    text = ("LONDON - Leaders from about a hundred countries are filling Westminster Abbey on Friday for the coronation. "
            "Justin Trudeau is among the guests along with South Korean Prime Minister Han Duck-soo and Philippine "
            "President Ferdinand Marcos Jr.")
    assert {f[1:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("Justin Trudeau", "GBR", "ongoing"), ("Han Duck-soo", "GBR", "ongoing"), ("Ferdinand Marcos Jr.", "GBR", "ongoing")}


# -- "The outreach guests are here: A, B and C": a live page's arrivals after a colon ----------------------------------

def test_the_guests_are_here_colon_list(full_ref: Reference) -> None:
    text = ("Live updates from the second day of the G7 summit in Hiroshima, Japan.\n\n"
            "11:30 - The outreach guests are here: Yoon Suk Yeol, Anthony Albanese and Joko Widodo.")
    assert {f[1:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("Yoon Suk Yeol", "JPN", "ongoing"), ("Anthony Albanese", "JPN", "ongoing"), ("Joko Widodo", "JPN", "ongoing")}


def test_the_guests_are_here_with_no_gathering_is_nowhere(full_ref: Reference) -> None:
    text = "The guests are here: Yoon Suk Yeol and Anthony Albanese."
    assert dated(full_ref, text, FRI_14_NOV_2025) == set()


# -- "is seated near German President X": both at the gathering ---------------------------------------------------------

def test_seated_near_someone_at_the_gathering(full_ref: Reference) -> None:
    text = ("LONDON - Leaders from about a hundred countries are filling Westminster Abbey on Friday for the coronation. "
            "Luiz Inácio Lula da Silva is seated near German President Frank-Walter Steinmeier.")
    assert {f[1:4] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {
        ("Luiz Inácio Lula da Silva", "GBR", "ongoing"), ("Frank-Walter Steinmeier", "GBR", "ongoing")}


def test_sat_near_the_front_is_still_read_as_before(full_ref: Reference) -> None:
    text = ("LONDON - Leaders from about a hundred countries filled Westminster Abbey on Friday for the coronation. "
            "Justin Trudeau sat near the front.")
    assert {f[1:3] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("Justin Trudeau", "GBR")}


# -- "X's appearance last Sunday at a rally in Madrid": a trip made --------------------------------------------------------

def test_an_appearance_at_a_gathering_abroad_told_as_past(full_ref: Reference) -> None:
    text = "Javier Milei's appearance last Sunday at a party rally in Madrid angered the Spanish government."
    assert {f[:5] for f in dated(full_ref, text, FRI_14_NOV_2025)} == {("visit", "Javier Milei", "ESP", "completed", "2025-11-09")}


def test_an_appearance_ahead_is_not_told_as_made(full_ref: Reference) -> None:
    text = "Javier Milei's appearance next Sunday at a party rally in Madrid is already causing a stir."
    assert "completed" not in {f[3] for f in dated(full_ref, text, FRI_14_NOV_2025)}
