"""Language the twenty-sixth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_27_NOV_2026 = date(2026, 11, 27)


# -- "will visit Oslo on Tuesday and Helsinki on Wednesday": the second stop, on its own day ------------------------------------

@pytest.mark.parametrize("text", [
    "Olaf Scholz will visit Oslo on Tuesday and Helsinki on Wednesday.",
    "Olaf Scholz will be in Oslo on Tuesday and in Helsinki on Wednesday.",
    "Olaf Scholz is expected in Oslo on Tuesday and in Helsinki on Wednesday.",
])
def test_a_second_stop_after_the_first_stops_day_is_planned_on_its_own_day(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "planned", "2026-12-01"),
                                                      ("visit", "Olaf Scholz", "FIN", "planned", "2026-12-02")}


def test_a_second_stop_after_a_finished_stops_day_is_done_on_its_own_day(full_ref: Reference) -> None:
    text = "Olaf Scholz visited Oslo on Tuesday and Helsinki on Wednesday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2026-11-24"),
                                                      ("visit", "Olaf Scholz", "FIN", "completed", "2026-11-25")}


def test_a_new_clause_after_the_first_stops_day_is_no_stop(full_ref: Reference) -> None:
    text = "Olaf Scholz will visit Oslo on Tuesday and Finland said it would send a minister."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "planned", "2026-12-01")}


# -- "had been expected in Oslo on Tuesday and in Helsinki after that", after "has postponed all his trips" ----------------------

@pytest.mark.parametrize("text", [
    "Olaf Scholz has postponed all his foreign trips for the coming days, a spokesman said. "
    "Scholz had been expected in Oslo on Tuesday and in Helsinki on Wednesday.",
    "Olaf Scholz had been expected in Oslo on Tuesday and in Helsinki on Wednesday. The trip has been postponed.",
])
def test_stops_told_as_expected_before_the_trip_was_put_off_are_cancelled(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "cancelled", "2026-12-01"),
                                                      ("visit", "Olaf Scholz", "FIN", "cancelled", "2026-12-02")}


def test_all_his_trips_put_off_counts_a_visit_named_in_the_same_sentence_and_one_named_later(full_ref: Reference) -> None:
    text = ("Olaf Scholz has postponed all his foreign trips, including a visit to Norway, a spokesman said. "
            "Scholz had also been expected in Helsinki.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "cancelled"),
                                                                     ("visit", "Olaf Scholz", "FIN", "cancelled")}


def test_had_been_expected_with_nothing_said_of_the_trip_is_no_fact(full_ref: Reference) -> None:
    text = "Olaf Scholz had been expected in Oslo on Tuesday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "The tour follows state visits to Germany in March and to France in September": the owner named a sentence before -------------

@pytest.mark.parametrize(("follows", "expected"), [
    ("The tour follows state visits to Germany in March and to France in September.",
     {("visit", "Charles III", "DEU", "completed", "2026-03"), ("visit", "Charles III", "FRA", "completed", "2026-09")}),
    ("The tour follows a state visit to Germany in March.", {("visit", "Charles III", "DEU", "completed", "2026-03")}),
])
def test_trips_a_tour_follows_are_its_owners_earlier_trips(full_ref: Reference, follows: str, expected: set) -> None:
    text = "King Charles III arrived in Nairobi on Tuesday. " + follows
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Charles III", "KEN", "ongoing", "2026-11-24")} | expected


def test_a_trip_the_tour_follows_by_someone_else_is_not_the_owners(full_ref: Reference) -> None:
    text = ("Emmanuel Macron arrived in Beijing on Tuesday. "
            "The visit follows one by Olaf Scholz, who spent a day in Beijing in March with business leaders.")
    assert ("visit", "Emmanuel Macron", "CHN", "completed", "2026-03") not in dated(full_ref, text, FRI_27_NOV_2026)


# -- "the annual Summit of the East African Community (EAC) in Arusha": a gathering's short name before its place ----------------

def test_a_gathering_named_with_its_short_name_is_held_in_the_place_after(full_ref: Reference) -> None:
    text = "Cyril Ramaphosa attended the annual Summit of the East African Community (EAC) in Arusha on 12 November."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Cyril Ramaphosa", "TZA", "completed", "2026-11-12")}


# -- "to meet X before ending the tour in Latvia": the traveller's last stop, not X's; and not the meeting's place -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mark Carney travels to Berlin on Tuesday to meet Chancellor Friedrich Merz before ending the tour in Latvia.",
     {("visit", "Mark Carney", "DEU", "planned", "2026-12-01"), ("visit", "Mark Carney", "LVA", "planned", "2026-12-01")}),
    ("Mark Carney will meet Friedrich Merz on Tuesday before ending the European tour in Latvia.",
     {("visit", "Mark Carney", "LVA", "planned", "2026-12-01")}),
])
def test_the_place_a_tour_ends_in_is_the_travellers_not_the_one_met(full_ref: Reference, text: str, expected: set) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == expected


def test_ending_a_journey_through_a_country_is_still_the_trip_through_it(full_ref: Reference) -> None:
    text = "Kim Jong Un's train crossed back into North Korea on Sunday, ending a six-day journey through Russia."
    assert ("visit", "Kim Jong Un", "RUS", "completed", "2026-11-22") in dated(full_ref, text, FRI_27_NOV_2026)


# -- "The delegation is due in Moscow for talks with X, and is expected to go on to Paris": the one met does not go on ------------

@pytest.mark.parametrize("text", [
    "The delegation is due in Moscow on Tuesday for talks with Sergey Lavrov, and is expected to go on to Paris and London.",
    "The delegation is due in Moscow on Tuesday for talks with Sergey Lavrov and will then travel to Paris.",
])
def test_the_one_a_delegation_meets_is_not_the_traveller_of_its_next_leg(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_a_named_traveller_still_goes_on_after_talks_with_someone(full_ref: Reference) -> None:
    text = "Wang Yi is due in Moscow on Tuesday for talks with Sergey Lavrov and will then travel to Paris."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Wang Yi", "RUS", "planned", "2026-12-01"),
                                                      ("visit", "Wang Yi", "FRA", "planned", "2026-12-01")}


# -- "arrived in the emirate", "arrived in the kingdom": the one the story is filed from or names --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("DOHA (Wire) - Recep Tayyip Erdoğan arrived in the emirate on Tuesday for talks on Gaza.",
     {("visit", "Recep Tayyip Erdoğan", "QAT", "ongoing", "2026-11-24")}),
    ("AMMAN (Wire) - Olaf Scholz arrived in the kingdom on Tuesday.", {("visit", "Olaf Scholz", "JOR", "ongoing", "2026-11-24")}),
    ("Olaf Scholz left Jordan on Monday and arrived in the kingdom of Saudi Arabia on Tuesday.",
     {("visit", "Olaf Scholz", "JOR", "completed", "2026-11-23"), ("visit", "Olaf Scholz", "SAU", "ongoing", "2026-11-24")}),
])
def test_the_emirate_or_kingdom_arrived_in_is_the_one_the_story_is_in(full_ref: Reference, text: str, expected: set) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == expected


def test_a_kingdom_arrived_in_from_a_republics_dateline_is_unknown(full_ref: Reference) -> None:
    assert dated(full_ref, "PARIS (Wire) - Joe Biden arrived in the kingdom on Friday.", FRI_27_NOV_2026) == set()


# -- "Archbishop Tutu, who had planned to attend, called off his trip": a stranger's trip, not the last plan told -----------------

def test_a_trip_a_stranger_calls_off_leaves_the_plan_told_before(full_ref: Reference) -> None:
    text = ("The White House said on Thursday that Vice President Kamala Harris would travel to Dubai on Friday. "
            "Archbishop Ndungane, who had planned to speak at the conference, called off his trip this week.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Kamala Harris", "ARE", "planned", "2026-11-27")}


def test_a_trip_the_planner_calls_off_is_still_cancelled(full_ref: Reference) -> None:
    text = ("The White House said on Thursday that Vice President Kamala Harris would travel to Dubai on Friday. "
            "On Friday morning she called off her trip.")
    assert ("visit", "Kamala Harris", "ARE", "cancelled") in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "Kyrgyzstan, which Putin visited last month": a trip told in a relative clause on the place ---------------------------------

def test_a_place_which_someone_visited_at_a_time_is_their_trip(full_ref: Reference) -> None:
    text = "Neither Kyrgyzstan, which Vladimir Putin visited last month, nor Tajikistan is a member of the court."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Vladimir Putin", "KGZ", "completed", "2026-10")}


@pytest.mark.parametrize("text", [
    "Kyrgyzstan, which Vladimir Putin has never visited, is not a member of the court.",
    "Kyrgyzstan, which Vladimir Putin visited as a young officer, is not a member of the court.",
    "Kyrgyzstan, which Vladimir Putin will visit next month, is not a member of the court.",
])
def test_a_place_which_someone_never_visited_or_visited_at_no_time_told_is_no_trip(full_ref: Reference, text: str) -> None:
    assert {f for f in dated(full_ref, text, FRI_27_NOV_2026) if f[3] == "completed"} == set()


# -- "The tour started in Rabat on Friday, ..., and continued on Saturday in Tunis": both stops, each on its day -----------------

@pytest.mark.parametrize("second", [
    "and continued on Saturday in Tunis, where ministers pressed him.",
    "and moved on to Tunis on Saturday.",
])
def test_a_tour_that_started_in_one_place_and_continued_in_another_has_both_stops(full_ref: Reference, second: str) -> None:
    text = ("Antony Blinken landed in Cairo on Sunday. "
            "The tour started in Rabat on Friday, where the king received him, " + second)
    assert dated(full_ref, text, date(2026, 11, 23)) >= {("visit", "Antony Blinken", "MAR", "completed", "2026-11-20"),
                                                      ("visit", "Antony Blinken", "TUN", "completed", "2026-11-21")}


def test_a_tour_that_continued_in_a_place_is_a_stop_made(full_ref: Reference) -> None:
    text = "Antony Blinken's tour continued on Saturday in Tunis."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Antony Blinken", "TUN", "completed", "2026-11-21")}


# -- "before flying out that night to Fiji", "will board an overnight train to Kyiv, where he is due ... on Friday" ---------------

def test_flying_out_that_night_to_a_place_is_the_next_leg(full_ref: Reference) -> None:
    text = "Anthony Albanese will meet Li Qiang on Tuesday before flying out that night to Fiji."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Anthony Albanese", "FJI", "planned", "2026-12-01")}


def test_flying_out_of_a_place_is_not_flying_to_it(full_ref: Reference) -> None:
    text = "Anthony Albanese flew out of Fiji on Monday and landed in Sydney that night."
    assert {f[2] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"FJI"}
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"completed"}


def test_boarding_a_train_to_a_place_is_the_trip_there_dated_by_what_is_due_there(full_ref: Reference) -> None:
    text = ("Narendra Modi is in Warsaw. From Poland the prime minister will board an overnight train to Kyiv, "
            "where he is scheduled to meet Volodymyr Zelensky on Saturday.")
    assert ("visit", "Narendra Modi", "UKR", "planned", "2026-11-28") in dated(full_ref, text, FRI_27_NOV_2026)


def test_boarding_a_plane_home_is_no_trip(full_ref: Reference) -> None:
    text = "Narendra Modi boarded his plane home on Monday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "chose Jakarta for his first overseas trip in May": the capital is the trip's place, not its government ---------------------

def test_a_capital_chosen_for_a_trip_at_a_time_is_the_trip(full_ref: Reference) -> None:
    text = "Anthony Albanese chose Jakarta for his first overseas trip after the election in May."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Anthony Albanese", "IDN", "completed", "2026-05")}


@pytest.mark.parametrize("text", [
    "Anthony Albanese chose Jakarta for his first overseas trip. He is expected to arrive next week.",
    "Anthony Albanese chose Jakarta's side in the dispute in May.",
])
def test_a_capital_chosen_with_no_time_or_for_no_trip_is_no_trip_made(full_ref: Reference, text: str) -> None:
    assert {f for f in dated(full_ref, text, FRI_27_NOV_2026) if f[3] == "completed"} == set()


# -- "a gesture from May, when X visited Riyadh": the time the "when" clause hangs on ------------------------------------------

def test_a_visit_in_a_when_clause_after_from_a_month_is_dated_by_the_month(full_ref: Reference) -> None:
    text = "The trip returns a gesture from May, when Narendra Modi visited Riyadh and was greeted on the tarmac."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Narendra Modi", "SAU", "completed", "2026-05")}


# -- "a journey that had earlier taken him to Tokyo": a leg made -------------------------------------------------------------

def test_a_journey_that_had_earlier_taken_him_somewhere_is_a_leg_made(full_ref: Reference) -> None:
    text = "Antony Blinken landed in Seoul on Thursday at the end of a journey that had earlier taken him to Tokyo."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Antony Blinken", "KOR", "ongoing"),
                                                                     ("visit", "Antony Blinken", "JPN", "completed")}


# -- "issued a warrant for X, which it withdrew in February": withdrawn, then --------------------------------------------------

def test_a_warrant_the_court_withdrew_in_a_relative_clause_is_withdrawn(full_ref: Reference) -> None:
    text = "The chamber also issued a warrant for Mohammed Deif, which it withdrew in February once his death was confirmed."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Mohammed Deif", "ICC", "withdrawn", "2026-02")}


def test_a_warrant_the_court_defended_in_a_relative_clause_stands(full_ref: Reference) -> None:
    text = "The chamber also issued a warrant for Mohammed Deif, which it said in February was well founded."
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"issued"}


# -- "against A, B and the commander of the armed wing, C": an adjective in -ed before the last name ----------------------------

def test_the_last_of_a_list_named_after_a_role_with_an_adjective_in_ed_is_a_subject(full_ref: Reference) -> None:
    text = "Karim Khan applied for arrest warrants against Sinwar, Haniyeh and the commander of the armed wing, Mohammed Deif."
    assert {f[1] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"Yahya Sinwar", "Ismail Haniyeh", "Mohammed Deif"}


def test_a_verb_in_ed_after_and_still_starts_a_clause_of_its_own(full_ref: Reference) -> None:
    text = "Karim Khan applied for arrest warrants against Sinwar and Haniyeh, and later questioned Mohammed Deif's aides."
    assert {f[1] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"Yahya Sinwar", "Ismail Haniyeh"}


# -- "The warrants concern X, a general, and Y, the admiral": named by "concern" -------------------------------------------------

def test_warrants_that_concern_people_name_them(full_ref: Reference) -> None:
    text = ("The ICC's new warrants concern Sergei Kobylash, a lieutenant general, and Viktor Sokolov, "
            "the admiral who commanded the fleet.")
    assert {f[1:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Sergei Kobylash", "ICC", "issued"),
                                                                      ("Viktor Sokolov", "ICC", "issued")}


# -- "Rome would have to respect the warrants for the two men": a duty toward warrants that exist ----------------------------------

@pytest.mark.parametrize("text", [
    "The minister said the ICC was wrong to treat Benjamin Netanyahu and Yoav Gallant like Hamas, "
    "but that Rome would have to respect the warrants for the two men.",
    "Mongolia would be obliged to enforce the ICC warrant against Vladimir Putin.",
])
def test_a_duty_to_respect_the_warrants_tells_they_exist(full_ref: Reference, text: str) -> None:
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"issued"}


def test_a_warrant_that_judges_could_issue_is_still_none(full_ref: Reference) -> None:
    assert dated(full_ref, "ICC judges could issue a warrant for Vladimir Putin.", FRI_27_NOV_2026) == set()


# -- "a federal court in Buenos Aires ordered him detained": that country's court -------------------------------------------------

def test_a_national_court_that_ordered_someone_detained_issued_its_own_warrant(full_ref: Reference) -> None:
    text = ("Argentina's government renewed its call for the arrest of Nicolás Maduro, recalling that a federal court "
            "in Buenos Aires ordered him detained in September.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Nicolás Maduro", "ARG", "issued", "2026-09")}


# -- "X, sought by the court since 2009", in an article about the ICC ---------------------------------------------------------

def test_someone_sought_by_the_court_since_a_year_has_its_warrant(full_ref: Reference) -> None:
    text = ("The International Criminal Court opened its annual session on Monday. "
            "Omar al-Bashir, sought by the court since 2009, has never been handed over.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Omar al-Bashir", "ICC", "issued", "2009")}


def test_wanted_by_the_court_since_a_month_still_dates_the_subject_after_it(full_ref: Reference) -> None:
    text = ("The International Criminal Court opened its annual session on Monday. "
            "Wanted by the court since March 2023, Vladimir Putin has kept to friendly capitals.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Vladimir Putin", "ICC", "issued", "2023-03")}


# -- "would travel to New York with President X", "will attend ... alongside President X": the leader goes too -------------------

@pytest.mark.parametrize(("text", "host"), [
    ("Dmytro Kuleba said he would travel to New York next month with President Volodymyr Zelensky.", "USA"),
    ("Abbas Araghchi will attend the General Assembly in New York alongside President Masoud Pezeshkian.", "USA"),
])
def test_a_leader_told_by_title_as_company_on_a_planned_trip_goes_too(full_ref: Reference, text: str, host: str) -> None:
    assert len({f[1] for f in dated(full_ref, text, FRI_27_NOV_2026) if f[2] == host and f[3] == "planned"}) == 2


@pytest.mark.parametrize("text", [
    "Dmytro Kuleba will travel to Washington next week for talks with President Joe Biden.",
    "Abbas Araghchi will fly to Moscow on Monday for consultations with President Vladimir Putin.",
    "Dmytro Kuleba will travel to Paris next week for meetings, including with President Emmanuel Macron.",
])
def test_a_leader_met_on_a_planned_trip_is_no_companion(full_ref: Reference, text: str) -> None:
    assert len({f[1] for f in dated(full_ref, text, FRI_27_NOV_2026)}) == 1


# -- "flew first to Beijing, where he met X, then to Washington": the next leg is the traveller's, not X's -----------------------

@pytest.mark.parametrize(("text", "met", "later"), [
    ("Prabowo Subianto left Jakarta on Monday and flew first to Beijing, where he met Xi Jinping, "
     "then to Washington for talks with Joe Biden.", "Xi Jinping", "USA"),
    ("Wang Yi spoke at the summit. His trip began in Argentina, where he met President Javier Milei, "
     "and continued in Rio de Janeiro for the G20 summit.", "Javier Milei", "BRA"),
])
def test_one_met_in_a_where_clause_does_not_go_on_to_the_next_leg(full_ref: Reference, text: str, met: str, later: str) -> None:
    facts = dated(full_ref, text, FRI_27_NOV_2026)
    assert not any(f[1] == met for f in facts)
    assert any(f[2] == later for f in facts)


def test_a_meeting_in_a_where_clause_with_its_place_after_still_has_both(full_ref: Reference) -> None:
    text = "Olaf Scholz flew to Paris, where he met Narendra Modi on the sidelines of the summit in Paris."
    assert {f[1] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"Olaf Scholz", "Narendra Modi"}


# -- "Trump received Starmer at Turnberry", "Xi received Modi in Kazan": the host abroad --------------------------------------

def test_a_guest_received_in_his_own_country_by_a_visiting_host_makes_no_trip(full_ref: Reference) -> None:
    text = "On Monday Donald Trump received Prime Minister Keir Starmer at Turnberry for talks on trade."
    assert {f for f in dated(full_ref, text, FRI_27_NOV_2026) if f[1] == "Keir Starmer"} == set()


def test_a_guest_received_abroad_is_where_he_was_received(full_ref: Reference) -> None:
    text = "Xi Jinping received Narendra Modi in Kazan on Monday on the sidelines of the summit."
    assert ("visit", "Narendra Modi", "RUS", "completed", "2026-11-23") in dated(full_ref, text, FRI_27_NOV_2026)


def test_a_guest_received_at_home_by_the_host_is_still_the_hosts_country(full_ref: Reference) -> None:
    text = "Xi Jinping received Narendra Modi in Beijing on Monday for talks on the war in Ukraine."
    assert ("visit", "Narendra Modi", "CHN", "completed", "2026-11-23") in dated(full_ref, text, FRI_27_NOV_2026)


# -- "X met Y in Jerusalem after a stop in Jordan": the stop is X's, not Y's ---------------------------------------------------

def test_a_stop_after_a_meeting_told_with_its_place_is_the_subjects(full_ref: Reference) -> None:
    text = "Olaf Scholz met Benjamin Netanyahu in Jerusalem on Sunday after a stop in Jordan on Saturday."
    assert {f[1:3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Olaf Scholz", "ISR"), ("Olaf Scholz", "JOR")}


# -- "his absence from the summit in Johannesburg", "The London talks shrank after X stayed away": declined ---------------------

@pytest.mark.parametrize(("text", "host"), [
    ("Vladimir Putin had been expected in Johannesburg for months, and his absence from the summit says a good deal.", "ZAF"),
    ("Vladimir Putin's absence from the summit in Johannesburg was noted by every delegation.", "ZAF"),
    ("The London talks on Ukraine shrank after Marco Rubio stayed away.", "GBR"),
])
def test_an_absence_from_a_gathering_told_by_its_place_is_declined(full_ref: Reference, text: str, host: str) -> None:
    assert {f[2:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {(host, "declined")}


def test_an_absence_from_no_gathering_is_no_trip(full_ref: Reference) -> None:
    text = "Vladimir Putin's absence from public view for ten days raised questions in Moscow."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "It was their first call since they met in Samarkand last September": "they" are the two the last sentence named -----------

def test_they_who_met_since_are_the_two_named_before(full_ref: Reference) -> None:
    text = ("Narendra Modi spoke with Vladimir Putin by phone on Friday. "
            "It was their first conversation since they met in Samarkand last September.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Narendra Modi", "UZB", "completed", "2026-09"),
                                                      ("visit", "Vladimir Putin", "UZB", "completed", "2026-09")}


def test_they_after_a_sentence_naming_one_person_is_no_one(full_ref: Reference) -> None:
    text = ("Narendra Modi spoke to reporters on Friday. "
            "It was his first news conference since they met in Samarkand last September.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "moved from Warsaw on Monday to Berlin on Tuesday", "went from Warsaw to Berlin": both legs, each on its day ---------------

def test_a_move_from_one_place_on_a_day_to_another_on_the_next_is_two_legs(full_ref: Reference) -> None:
    text = "Mark Carney moved from Warsaw on Monday to Berlin on Tuesday, where he met Friedrich Merz."
    assert {f for f in dated(full_ref, text, FRI_27_NOV_2026) if f[1] == "Mark Carney"} == {
        ("visit", "Mark Carney", "POL", "completed", "2026-11-23"), ("visit", "Mark Carney", "DEU", "completed", "2026-11-24")}


def test_going_from_one_place_to_another_is_both(full_ref: Reference) -> None:
    text = "Mark Carney went from Warsaw to Berlin on Tuesday."
    assert {f[2:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("POL", "completed"), ("DEU", "completed")}


# -- "The French leg, which should have begun in Paris last Sunday, was postponed": the leg's place and day --------------------

def test_a_leg_named_by_its_demonym_and_put_off_is_cancelled_on_the_day_it_was_to_begin(full_ref: Reference) -> None:
    text = ("King Charles III arrived in Berlin on Wednesday. The French leg, which should have begun in Paris "
            "last Sunday, was postponed because of strikes.")
    assert ("visit", "Charles III", "FRA", "cancelled", "2026-11-22") in dated(full_ref, text, FRI_27_NOV_2026)


def test_a_leg_called_off_and_made_since_is_not_cancelled(full_ref: Reference) -> None:
    text = ("Volodymyr Zelensky arrived in Brussels on Tuesday, having held talks in Madrid on Monday. "
            "The Spanish visit had been called off earlier this month.")
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026) if f[2] == "ESP"} == {"completed"}


# -- "A visit to the UAE, which was postponed after a row, has still not been rescheduled": called off ---------------------------

def test_a_visit_that_has_not_been_rescheduled_is_cancelled(full_ref: Reference) -> None:
    text = ("Benjamin Netanyahu is in Rome. A visit to the United Arab Emirates, which was postponed after a row, "
            "has still not been rescheduled.")
    assert ("visit", "Benjamin Netanyahu", "ARE", "cancelled") in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


def test_a_visit_that_has_not_been_cancelled_is_not_cancelled(full_ref: Reference) -> None:
    text = "Benjamin Netanyahu is in Rome. His visit to the United Arab Emirates has not been cancelled."
    assert not any(f[3] == "cancelled" for f in dated(full_ref, text, FRI_27_NOV_2026))


# -- "Leaders met in the Saudi capital on Saturday ..., with X among them": X was there ---------------------------------------

def test_one_named_among_leaders_who_met_somewhere_was_there(full_ref: Reference) -> None:
    text = ("RIYADH (Wire) - Leaders of Arab and Muslim countries met in the Saudi capital on Friday for an emergency "
            "summit, with Iranian President Masoud Pezeshkian among them.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Masoud Pezeshkian", "SAU", "ongoing", "2026-11-27")}


def test_one_named_among_leaders_who_gathered_two_days_ago_where_the_story_is_filed_is_still_there(full_ref: Reference) -> None:
    text = ("ADDIS ABABA (Wire) - Hundreds of community leaders gathered in the Ethiopian capital on Wednesday for a "
            "founding conference, with Abdalla Hamdok among them.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Abdalla Hamdok", "ETH", "ongoing", "2026-11-25")}


# -- "dropped his applications against X, who was killed in July, and against Y": both, past the relative clause ---------------

def test_applications_dropped_against_two_named_with_relative_clauses_are_both_withdrawn(full_ref: Reference) -> None:
    text = ("The International Criminal Court's prosecutor spoke on Monday. Last year he also dropped his applications "
            "against Ismail Haniyeh, who was killed in Tehran in July, and against Yahya Sinwar, who was killed in October.")
    assert {f[1:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Ismail Haniyeh", "ICC", "withdrawn"),
                                                                      ("Yahya Sinwar", "ICC", "withdrawn")}


# -- "X, a former minister who walked out of prison in April 2023, is also sought by the court" -------------------------------

def test_someone_also_sought_by_the_court_has_its_warrant_of_no_day_told(full_ref: Reference) -> None:
    text = ("The International Criminal Court issued arrest warrants in 2007. Ahmad Harun, a former minister who "
            "walked out of Kober prison in April 2023, is also sought by the court.")
    assert ("warrant", "Ahmad Harun", "ICC", "issued", None) in dated(full_ref, text, FRI_27_NOV_2026)


# -- "..., adding that X would make a reciprocal visit to the United States later in 2027" ----------------------------------------

def test_a_plan_told_after_adding_that_is_a_reported_plan(full_ref: Reference) -> None:
    text = ("Donald Trump intends to travel to China in April, he told reporters, adding that Xi Jinping would make "
            "a reciprocal visit to the United States later in 2027.")
    assert ("visit", "Xi Jinping", "USA", "planned") in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Donald Trump added that Xi Jinping would visit the United States at an appropriate time.", set()),
    ("Xi Jinping has accepted an invitation to visit the United States at a convenient time.",
     {("visit", "Xi Jinping", "USA", "planned", None)}),
])
def test_a_visit_at_an_appropriate_time_is_no_plan_unless_an_invitation_was_accepted(full_ref: Reference, text: str,
                                                                                      expected: set) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == expected


# -- "visited Kuwait on Oct. 21, Qatar the following day and Oman on Oct. 23": each leg, on its day ----------------------------

def test_a_leg_told_the_following_day_keeps_the_list_going(full_ref: Reference) -> None:
    text = "Recep Tayyip Erdoğan visited Kuwait on Oct. 21, Qatar the following day and Oman on Oct. 23."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Recep Tayyip Erdoğan", "KWT", "completed", "2026-10-21"),
                                                      ("visit", "Recep Tayyip Erdoğan", "QAT", "completed", "2026-10-22"),
                                                      ("visit", "Recep Tayyip Erdoğan", "OMN", "completed", "2026-10-23")}


# -- "Moscow, where Li travelled in August last year": a trip made to the place the "where" clause hangs on -----------------------

def test_a_place_where_someone_travelled_at_a_time_is_their_trip(full_ref: Reference) -> None:
    text = ("The previous round took place in Moscow, where Li Qiang travelled in August last year "
            "and was received by Vladimir Putin.")
    assert ("visit", "Li Qiang", "RUS", "completed", "2025-08") in dated(full_ref, text, FRI_27_NOV_2026)


def test_a_place_where_someone_flew_on_from_is_not_where_he_went(full_ref: Reference) -> None:
    text = "The talks were in Moscow, where Li Qiang flew on to Minsk in August."
    assert not any(f[2] == "RUS" for f in dated(full_ref, text, FRI_27_NOV_2026))


# -- "avoided an answer when asked at the G7 meeting in Fiuggi on Monday": there to be asked --------------------------------------

def test_one_asked_at_a_meeting_in_a_place_was_there(full_ref: Reference) -> None:
    text = ("Jean-Noël Barrot avoided a direct answer when asked at the G7 foreign ministers' meeting in Fiuggi, Italy, "
            "on Monday whether France would act.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Jean-Noël Barrot", "ITA", "completed", "2026-11-23")}


def test_one_asked_about_a_meeting_in_a_place_was_not_there(full_ref: Reference) -> None:
    text = "Jean-Noël Barrot avoided a direct answer when asked about the G7 meeting in Fiuggi, Italy, on Monday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "a Seoul court approved a warrant compelling him to appear": a national court's warrant for him -----------------------------

def test_a_warrant_compelling_someone_to_appear_is_theirs(full_ref: Reference) -> None:
    text = ("Investigators failed on Friday to take Yoon Suk Yeol from his cell for questioning, after a Seoul court "
            "approved a warrant compelling him to appear.")
    assert {f[1:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Yoon Suk Yeol", "KOR", "issued")}
