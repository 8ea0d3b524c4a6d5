"""Language the twenty-eighth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_27_NOV_2026 = date(2026, 11, 27)


# -- "was back in London on Friday for the last stretch of the visit": the stay goes on ---------------------------------

def test_back_in_a_city_on_the_papers_day_is_there_still(full_ref: Reference) -> None:
    text = "Olaf Scholz was back in Oslo on Friday for the last stretch of a five-day visit to Norway."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "ongoing", "2026-11-27")}


def test_back_in_a_country_last_month_was_a_second_trip(full_ref: Reference) -> None:
    text = "Olaf Scholz went to Norway in September. He was back in Norway in October for the energy talks."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2026-09"),
                                                     ("visit", "Olaf Scholz", "NOR", "completed", "2026-10")}


# -- "in October that year"; "in July last year, and he was back in October that year": two trips --------------------

def test_a_month_that_year_is_in_the_year_told_before(full_ref: Reference) -> None:
    text = "Olaf Scholz visited Norway in 2024. He went to Sweden in October that year."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2024"),
                                                     ("visit", "Olaf Scholz", "SWE", "completed", "2024-10")}


@pytest.mark.parametrize("text", [
    "Olaf Scholz went to Norway in July last year, and he was back in Norway in October that year for the talks.",
    "Olaf Scholz visited Oslo in July last year, and he visited Norway again in October the same year.",
])
def test_a_second_trip_months_later_in_one_sentence_is_its_own(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2025-07"),
                                                     ("visit", "Olaf Scholz", "NOR", "completed", "2025-10")}


def test_a_stay_across_two_months_is_one_trip(full_ref: Reference) -> None:
    text = "Olaf Scholz was in Norway in late August and again in early September, for the talks in Oslo."
    assert len(dated(full_ref, text, FRI_27_NOV_2026)) == 1


# -- "X's week-long stay in Norway ended on Thursday": a stay is a trip noun -----------------------------------------------

def test_a_stay_that_ended_is_a_trip_made(full_ref: Reference) -> None:
    text = "Olaf Scholz's week-long stay in Norway ended on Thursday with a visit to a gas platform."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2026-11-26")}


def test_the_last_day_of_a_stay_is_there_still(full_ref: Reference) -> None:
    text = ("OSLO — Olaf Scholz was due to open a wind farm north of Oslo on Friday, the last day of a five-day stay in Norway "
            "that has mixed energy talks and sightseeing.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "ongoing")}


@pytest.mark.parametrize("text", [
    "Olaf Scholz chose to stay in Oslo during the talks.",
    "Olaf Scholz's stay in power has been extended.",
])
def test_a_stay_verb_or_a_stay_in_power_is_no_trip(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "is spending a second day in Oslo before flying to Sweden on Saturday": the stay now, the flight ahead -------------

@pytest.mark.parametrize("text", [
    "Olaf Scholz is in Oslo before flying to Sweden on Saturday.",
    "Olaf Scholz, who arrived in Norway on Wednesday, is spending a second day in Oslo touring a shipyard before flying "
    "to Sweden on Saturday for talks.",
])
def test_a_gerund_after_a_stay_told_now_is_ahead(full_ref: Reference, text: str) -> None:
    facts = {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}
    assert facts == {("visit", "Olaf Scholz", "NOR", "ongoing"), ("visit", "Olaf Scholz", "SWE", "planned")}
    assert ("visit", "Olaf Scholz", "SWE", "planned", "2026-11-28") in dated(full_ref, text, FRI_27_NOV_2026)


def test_a_gerund_after_a_stay_told_in_the_past_is_done(full_ref: Reference) -> None:
    text = "Olaf Scholz was in Oslo on Tuesday before flying to Sweden on Wednesday."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "completed"),
                                                                      ("visit", "Olaf Scholz", "SWE", "completed")}


# -- "came on Wednesday to ask Europe for more money": at the story's gathering ------------------------------------------

def test_came_on_a_day_with_the_errand_told_after_is_at_the_gathering(full_ref: Reference) -> None:
    text = ("DAVOS — The World Economic Forum's annual meeting opened on Monday. Volodymyr Zelensky came on Wednesday to ask "
            "Europe for more money and flew home the same evening.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Volodymyr Zelensky", "CHE", "completed", "2026-11-25")}


# -- "wound up his state visit on Wednesday in Bergen": over, as "wrapped up" was ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Emmanuel Macron wound up his state visit on Wednesday in Oslo.",
    "Emmanuel Macron wound up his state visit to Norway on Wednesday.",
])
def test_wound_up_a_visit_is_over(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Emmanuel Macron", "NOR", "completed", "2026-11-25")}


# -- "Among the guests at Thursday's outreach session was X": at the story's gathering -------------------------------------

def test_among_the_guests_at_a_named_session_is_at_the_gathering(full_ref: Reference) -> None:
    text = "OSLO — The Nordic summit closed on Thursday. Among the guests at Thursday's outreach session was Emmanuel Macron."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Emmanuel Macron", "NOR", "completed")}


# -- "experts expect the prosecutor to ask for the warrant to be withdrawn": not withdrawn ---------------------------------

@pytest.mark.parametrize("second", [
    "Lawyers expect the prosecutor to ask for the warrant to be withdrawn now that he has died.",
    "His family has asked for the warrant to be withdrawn.",
])
def test_asking_or_expecting_a_withdrawal_leaves_the_warrant(full_ref: Reference, second: str) -> None:
    text = "The ICC issued a warrant for Mohammed Deif in November 2024. " + second
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Mohammed Deif", "ICC", "issued", "2024-11")}


def test_a_withdrawal_told_done_still_counts(full_ref: Reference) -> None:
    text = "The ICC issued a warrant for Mohammed Deif in November 2024. Judges withdrew the warrant against him on Monday."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Mohammed Deif", "ICC", "withdrawn")}


# -- "judges on Thursday approved arrest warrants for X and Y, months after the prosecutor applied": issued ------------------

@pytest.mark.parametrize("verb", ["approved", "granted"])
def test_judges_approving_warrants_issue_them(full_ref: Reference, verb: str) -> None:
    text = (f"The ICC's judges on Thursday {verb} arrest warrants for Benjamin Netanyahu and Yoav Gallant, six months after "
            "the prosecutor applied for them.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Benjamin Netanyahu", "ICC", "issued", "2026-11-26"),
                                                     ("warrant", "Yoav Gallant", "ICC", "issued", "2026-11-26")}


# -- "a French judge who sat on the pre-trial chamber that issued the warrants": the ICC's chamber -----------------------

def test_the_pre_trial_chamber_is_the_iccs_whoever_sits_on_it(full_ref: Reference) -> None:
    text = ("Washington imposed sanctions on four judges on Wednesday. Among them was a French judge who sat on the pre-trial "
            "chamber that issued arrest warrants for Benjamin Netanyahu and Yoav Gallant.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Benjamin Netanyahu", "ICC", "issued"),
                                                                      ("warrant", "Yoav Gallant", "ICC", "issued")}


# -- "Modi's coming trip to China": ahead, as an upcoming one ---------------------------------------------------------------

def test_a_coming_trip_is_ahead(full_ref: Reference) -> None:
    text = "Much of the talk was of Narendra Modi's coming trip to China, where Tianjin hosts a summit at the end of the month."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Narendra Modi", "CHN", "planned")}


# -- "two days after the squad returned from Paris": the time clause's own subject travelled ------------------------------

@pytest.mark.parametrize("text", [
    "Olaf Scholz hosted the athletes in Berlin on Thursday, two days after the squad returned from Paris.",
    "Olaf Scholz spoke on Thursday after the team flew to Paris.",
])
def test_a_thing_or_group_subject_in_a_time_clause_is_not_the_traveller(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


@pytest.mark.parametrize("text", [
    "Olaf Scholz spoke to reporters after the chancellor landed in Paris on Thursday.",
    "Olaf Scholz spoke to reporters after the plane landed in Paris on Thursday.",
    "Olaf Scholz left Oslo after the meeting and is due in Paris on Saturday.",
])
def test_an_office_a_plane_or_a_gathering_in_a_time_clause_keeps_the_traveller(full_ref: Reference, text: str) -> None:
    assert "FRA" in {f[2] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "attended the previous SCO summit": the last one held before the paper's day ------------------------------------------

@pytest.mark.parametrize("text", [
    "Recep Tayyip Erdoğan attended the previous SCO summit, in Astana, where he called for a larger role for the bloc.",
    "Recep Tayyip Erdoğan attended the previous SCO summit.",
])
def test_the_previous_summit_is_the_last_one_held(full_ref: Reference, text: str) -> None:
    # (the paper's day is a week before the 2025 summit in Tianjin: the previous one was Astana's, in 2024)
    assert {f[:4] for f in dated(full_ref, text, date(2025, 8, 25))} == {("visit", "Recep Tayyip Erdoğan", "KAZ", "completed")}


def test_the_previous_summit_told_after_this_years_is_this_years(full_ref: Reference) -> None:
    text = "Recep Tayyip Erdoğan attended the previous SCO summit."
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 25))} == {("visit", "Recep Tayyip Erdoğan", "CHN", "completed")}


# -- "surrendered to the court in the Central African Republic": to the ICC, where he was ---------------------------------

def test_surrendering_to_the_court_in_a_country_is_to_the_icc(full_ref: Reference) -> None:
    text = ("The International Criminal Court convicted Ali Kushayb on Monday. He surrendered to the court in the Central "
            "African Republic in June 2020 after years on the run.")
    assert ("warrant", "Ali Kushayb", "ICC", "executed", "2020-06") in dated(full_ref, text, FRI_27_NOV_2026)
    assert "CAF" not in {f[2] for f in dated(full_ref, text, FRI_27_NOV_2026)}


def test_a_court_in_a_country_elsewhere_in_the_story_is_still_that_countrys(full_ref: Reference) -> None:
    text = ("The ICC has a warrant out for Vladimir Putin. A court in Argentina issued a warrant for Nicolás Maduro "
            "on Monday.")
    assert ("warrant", "Nicolás Maduro", "ARG", "issued", "2026-11-23") in dated(full_ref, text, FRI_27_NOV_2026)


# -- an arrest in a story that names the ICC elsewhere is the ICC's only if the court wants that person ----------------------

@pytest.mark.parametrize("text", [
    "The ICC has been investigating Venezuela since 2021. Nicolás Maduro was arrested in Caracas on Saturday.",
    "The ICC has been investigating Venezuela since 2021. Nicolás Maduro was arrested by US agents in Caracas on Saturday.",
])
def test_an_arrest_is_not_the_iccs_when_it_has_no_warrant_for_the_person(full_ref: Reference, text: str) -> None:
    assert "ICC" not in {f[2] for f in dated(full_ref, text, FRI_27_NOV_2026)}


def test_an_arrest_of_someone_the_icc_wants_is_still_its(full_ref: Reference) -> None:
    text = "The ICC prosecutor welcomed the news. Rodrigo Duterte was arrested in Manila on Tuesday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Rodrigo Duterte", "ICC", "executed", "2026-11-24")}


def test_the_stories_court_named_by_its_office_is_still_the_icc(full_ref: Reference) -> None:
    text = ("The ICC's prosecutor visited Caracas in March. The prosecutor said on Monday that he was seeking a warrant for "
            "Nicolás Maduro.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Nicolás Maduro", "ICC", "requested")}


# -- "..., as is Min Aung Hlaing. The prosecutor asked judges to issue a warrant for his arrest": the one sought --------------

def test_his_arrest_after_a_sentence_of_several_is_the_one_a_court_has_sought(full_ref: Reference) -> None:
    text = ("Recep Tayyip Erdoğan is also in Tianjin, as is Myanmar's military leader, Min Aung Hlaing. The ICC prosecutor "
            "asked judges in November 2024 to issue a warrant for his arrest.")
    warrants = {f for f in dated(full_ref, text, FRI_27_NOV_2026) if f[0] == "warrant"}
    assert warrants == {("warrant", "Min Aung Hlaing", "ICC", "requested", "2024-11")}


def test_his_arrest_after_one_person_no_court_has_sought_is_still_that_persons(full_ref: Reference) -> None:
    text = "Recep Tayyip Erdoğan is in Tianjin. The ICC prosecutor asked judges in November 2024 to issue a warrant for his arrest."
    warrants = {f for f in dated(full_ref, text, FRI_27_NOV_2026) if f[0] == "warrant"}
    assert warrants == {("warrant", "Recep Tayyip Erdoğan", "ICC", "requested", "2024-11")}


# -- "the application for X was withdrawn in August, and in December the prosecutor withdrew the one for Y" -------------------

def test_withdrew_the_one_for_a_second_subject(full_ref: Reference) -> None:
    text = ("The ICC prosecutor's application for Ismail Haniyeh was withdrawn in August 2024 after he was killed, and in "
            "December 2024 the prosecutor withdrew the one for Yahya Sinwar.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Ismail Haniyeh", "ICC", "withdrawn", "2024-08"),
                                                     ("warrant", "Yahya Sinwar", "ICC", "withdrawn", "2024-12")}


# -- "X met Y on Thursday, near the end of a visit to Norway": the subject's stay, there still --------------------------------

@pytest.mark.parametrize("frame", ["near the end of", "at the start of", "at the beginning of", "on the second day of"])
def test_a_point_in_a_stay_after_a_meeting_is_the_subjects_and_under_way(full_ref: Reference, frame: str) -> None:
    text = f"Olaf Scholz met Emmanuel Macron on Thursday, {frame} a week-long visit to France."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "FRA", "ongoing")}


def test_the_last_day_of_a_stay_told_of_yesterday_is_over(full_ref: Reference) -> None:
    text = "Olaf Scholz met Emmanuel Macron on Thursday, on the last day of a week-long visit to France."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "FRA", "completed")}


# -- "spoke in August before flying to Egypt and Qatar": the going after a past deed is done --------------------------------

@pytest.mark.parametrize("text", [
    "Antony Blinken spoke in Tel Aviv in August before flying to Egypt and Qatar.",
    "Antony Blinken met Benjamin Netanyahu in August before flying on to Egypt and Qatar.",
])
def test_going_after_a_past_deed_is_done(full_ref: Reference, text: str) -> None:
    facts = {f for f in dated(full_ref, text, FRI_27_NOV_2026) if f[2] in {"EGY", "QAT"}}
    assert facts == {("visit", "Antony Blinken", "EGY", "completed", "2026-08"), ("visit", "Antony Blinken", "QAT", "completed", "2026-08")}


def test_going_after_an_arrival_today_is_not_done(full_ref: Reference) -> None:
    text = "KUALA LUMPUR — Donald Trump landed in Malaysia on Friday morning and greeted dancers before heading to the summit."
    assert ("visit", "Donald Trump", "MYS", "completed") not in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "arrived ahead of his boss": a bare arrival, where the story is filed ------------------------------------------------------

def test_arrived_ahead_of_someone_is_an_arrival_where_the_story_is_filed(full_ref: Reference) -> None:
    text = "OSLO — Sergey Lavrov arrived ahead of his boss and was seen walking into the hotel this morning."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Sergey Lavrov", "NOR", "ongoing", "2026-11-27")}


# -- "joined Southeast Asian leaders at the ASEAN summit on Wednesday": at the named gathering ---------------------------------

def test_joined_leaders_at_a_named_summit_days_ago_was_there(full_ref: Reference) -> None:
    text = "Ferdinand Marcos Jr. joined Southeast Asian leaders at the ASEAN summit on Wednesday."
    assert dated(full_ref, text, date(2023, 5, 12)) == {("visit", "Ferdinand Marcos Jr.", "IDN", "completed", "2023-05-10")}


def test_joined_them_days_ago_with_no_gathering_named_gives_no_trip(full_ref: Reference) -> None:
    text = "Ferdinand Marcos Jr. joined Southeast Asian leaders on Wednesday."
    assert dated(full_ref, text, date(2023, 5, 12)) == set()


# -- "the state visit Macron paid to China in April": the one who paid it -------------------------------------------------------

@pytest.mark.parametrize("verb", ["paid", "made"])
def test_a_visit_someone_paid_to_a_country(full_ref: Reference, verb: str) -> None:
    text = f"Wang Yi is in Paris, following up on the state visit Emmanuel Macron {verb} to China in April."
    assert ("visit", "Emmanuel Macron", "CHN", "completed", "2026-04") in dated(full_ref, text, FRI_27_NOV_2026)


# -- "a case is moving in Argentina, where a federal court issued a warrant for X": Argentina's court ------------------------

def test_a_court_told_in_a_where_clause_after_its_country_is_that_countrys(full_ref: Reference) -> None:
    text = ("The ICC prosecutor has sought his arrest. A separate case is moving in Argentina, where a federal court issued an "
            "arrest warrant for Min Aung Hlaing in February.")
    assert ("warrant", "Min Aung Hlaing", "ARG", "issued", "2026-02") in dated(full_ref, text, FRI_27_NOV_2026)
    assert ("warrant", "Min Aung Hlaing", "ICC", "issued") not in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}
