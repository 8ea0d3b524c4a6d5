"""Language the eleventh round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

MON_17_MAR_2025 = date(2025, 3, 17)


# -- "all attended" a gathering the opening says closed: done, not still there ----------------------------------

def test_those_who_attended_a_gathering_that_closed_are_done(ref: Reference) -> None:
    text = ("GENEVA - A two-day conference on peace in Sudan closed on Sunday with a joint statement. "
            "Olaf Scholz, Narendra Modi and Recep Tayyip Erdoğan all attended and urged more aid.")
    assert {f[:4] for f in dated(ref, text, MON_17_MAR_2025)} == {
        ("visit", name, "CHE", "completed") for name in ("Olaf Scholz", "Narendra Modi", "Recep Tayyip Erdoğan")}


def test_those_who_attended_a_gathering_that_opened_yesterday_are_still_there(ref: Reference) -> None:
    text = ("GENEVA - A two-day conference on peace in Sudan opened on Sunday with a joint statement. "
            "Olaf Scholz, Narendra Modi and Recep Tayyip Erdoğan all attended and urged more aid.")
    assert {f[:4] for f in dated(ref, text, MON_17_MAR_2025)} == {
        ("visit", name, "CHE", "ongoing") for name in ("Olaf Scholz", "Narendra Modi", "Recep Tayyip Erdoğan")}


# -- "flew in on Tuesday" for a summit the opening says "closed on Thursday": over by Friday's paper ---------------

FRI_25_OCT_2024 = date(2024, 10, 25)


@pytest.mark.parametrize(("told", "status"), [("closed on Thursday", "completed"), ("opened on Tuesday", "ongoing")])
def test_an_arrival_days_back_for_a_summit_that_closed_is_over(ref: Reference, told: str, status: str) -> None:
    text = (f"KAZAN, Russia - The BRICS summit that {told} in the Tatarstan capital drew more than twenty leaders. "
            "Narendra Modi flew in on Tuesday for a visit of barely a day. "
            "Xi Jinping, who also arrived on Tuesday, met Vladimir Putin on Wednesday.")
    assert dated(ref, text, FRI_25_OCT_2024) == {
        ("visit", "Narendra Modi", "RUS", status, "2024-10-22"), ("visit", "Xi Jinping", "RUS", status, "2024-10-22")}


# -- "the BRICS summit that Brazil hosts in July": a gathering ahead, not the story's -------------------------------

FRI_9_MAY_2025 = date(2025, 5, 9)


def test_a_summit_a_country_hosts_later_is_not_the_storys_gathering(ref: Reference) -> None:
    text = ("MOSCOW - Luiz Inácio Lula da Silva watched the Victory Day parade on Friday. "
            "Aides said the talks would cover trade, the BRICS summit that Brazil hosts in July and grain. "
            "Xi Jinping arrived on Wednesday for a four-day state visit.")
    facts = {f[:4] for f in dated(ref, text, FRI_9_MAY_2025)}
    assert ("visit", "Xi Jinping", "RUS", "ongoing") in facts
    assert not any(f[2] == "BRA" for f in facts)


# -- "landed just after dawn": a bare arrival, there now ------------------------------------------------------------

THU_6_NOV_2025 = date(2025, 11, 6)


def test_a_bare_arrival_at_dawn_is_there_now(ref: Reference) -> None:
    text = ("Live from Belém, where leaders meet for the climate summit today. "
            "Olaf Scholz landed just after dawn and heads straight to the venue.")
    assert dated(ref, text, THU_6_NOV_2025) == {("visit", "Olaf Scholz", "BRA", "ongoing", "2025-11-06")}


# -- "has been in the city since Wednesday" in a story filed from it: there since that day --------------------------

def test_been_in_the_city_since_is_a_stay_where_the_story_is_filed(ref: Reference) -> None:
    text = "BELÉM, Brazil - Olaf Scholz has been in the city since Wednesday afternoon."
    assert dated(ref, text, THU_6_NOV_2025) == {("visit", "Olaf Scholz", "BRA", "ongoing", "2025-11-05")}


def test_the_city_of_a_named_place_is_not_the_dateline(ref: Reference) -> None:
    text = "BELÉM, Brazil - Olaf Scholz has been in the capital of Germany since Wednesday afternoon."
    assert not any(f[2] == "BRA" for f in dated(ref, text, THU_6_NOV_2025))


# -- "a tour that has already taken him to A and B and will end in C" ----------------------------------------------

SUN_6_JUL_2025 = date(2025, 7, 6)


def test_a_tour_that_has_taken_him_to_places_and_will_end_in_another(ref: Reference) -> None:
    text = ("Narendra Modi reached Brasília on Saturday evening, the third stop on a week-long tour that has "
            "already taken him to Ghana and Argentina and will end in Namibia.")
    assert dated(ref, text, SUN_6_JUL_2025) == {
        ("visit", "Narendra Modi", "BRA", "ongoing", "2025-07-05"),
        ("visit", "Narendra Modi", "GHA", "completed", None),
        ("visit", "Narendra Modi", "ARG", "completed", None),
        ("visit", "Narendra Modi", "NAM", "planned", None),
    }


# -- "stayed away, with Foreign Minister X attending in his place": the stand-in is there ----------------------------

def test_a_stand_in_told_with_with_attending_in_his_place_is_there(ref: Reference) -> None:
    text = ("RIO DE JANEIRO - The BRICS leaders opened their summit on Sunday. Xi Jinping stayed away, "
            "with Premier Li Qiang attending in his place.")
    assert {f[:4] for f in dated(ref, text, SUN_6_JUL_2025)} == {
        ("visit", "Xi Jinping", "BRA", "declined"), ("visit", "Li Qiang", "BRA", "ongoing")}


# -- "LONDON - European leaders are meeting at Lancaster House on Sunday": the story's gathering ----------------------

SUN_2_MAR_2025 = date(2025, 3, 2)


@pytest.mark.parametrize(("venue", "facts"), [
    ("at Lancaster House", {("visit", "Olaf Scholz", "GBR", "ongoing", "2025-03-02")}),
    ("in Paris", set()),  # (elsewhere: not where the story is filed, and no gathering the sentence names)
])
def test_leaders_meeting_where_the_story_is_filed_is_its_gathering(ref: Reference, venue: str, facts: set) -> None:
    text = f"LONDON - European leaders are meeting {venue} on Sunday to agree a plan. Germany is represented by Olaf Scholz."
    assert dated(ref, text, SUN_2_MAR_2025) == facts


def test_those_there_for_a_body_are_at_the_gathering(ref: Reference) -> None:
    text = ("LONDON - European leaders are meeting at Lancaster House on Sunday to agree a plan. "
            "Olaf Scholz and Recep Tayyip Erdoğan are there for the Council of Europe.")
    assert dated(ref, text, SUN_2_MAR_2025) == {
        ("visit", "Olaf Scholz", "GBR", "ongoing", "2025-03-02"), ("visit", "Recep Tayyip Erdoğan", "GBR", "ongoing", "2025-03-02")}


# -- "A summit meant to mend ties ... was wrapping up on Monday": filed from it; "attended from the start" -----------

MON_10_NOV_2025 = date(2025, 11, 10)


def test_a_summit_wrapping_up_where_the_story_is_filed_keeps_those_who_attended_there(ref: Reference) -> None:
    text = ("CARTAGENA, Colombia - A summit meant to mend ties between Europe and Latin America was wrapping up on "
            "Monday with few leaders in the room. Olaf Scholz, who had promised to come, also attended from the start.")
    assert {f[:4] for f in dated(ref, text, MON_10_NOV_2025)} == {("visit", "Olaf Scholz", "COL", "ongoing")}


def test_chose_not_to_come_as_did_others_stays_away(ref: Reference) -> None:
    text = ("CARTAGENA, Colombia - A summit meant to mend ties between Europe and Latin America was wrapping up on "
            "Monday. Olaf Scholz also chose not to come, as did several Caribbean heads of government.")
    assert {f[:4] for f in dated(ref, text, MON_10_NOV_2025)} == {("visit", "Olaf Scholz", "COL", "declined")}


# -- "His state visit to Britain, at the King's invitation, is scheduled for September": ahead ----------------------

TUE_29_JUL_2025 = date(2025, 7, 29)


def test_a_visit_noun_with_an_apposition_then_scheduled_is_planned(ref: Reference) -> None:
    text = "Narendra Modi called the talks warm. His state visit to Britain, at the King's invitation, is scheduled for September."
    assert dated(ref, text, TUE_29_JUL_2025) == {("visit", "Narendra Modi", "GBR", "planned", "2025-09")}


# -- "a trip delayed by almost a year": put off, then made ----------------------------------------------------------

MON_27_MAY_2024 = date(2024, 5, 27)


def test_a_trip_delayed_by_a_year_told_as_under_way_is_not_called_off(ref: Reference) -> None:
    text = ("PARIS - Olaf Scholz on Monday opened the second day of the first state visit to France by a German "
            "chancellor in a decade, a trip delayed by almost a year.")
    assert not any(f[3] == "cancelled" for f in dated(ref, text, MON_27_MAY_2024))


def test_a_trip_postponed_with_no_span_is_still_called_off(ref: Reference) -> None:
    text = "Olaf Scholz's state visit to France was postponed after riots broke out."
    assert {f[:4] for f in dated(ref, text, MON_27_MAY_2024)} == {("visit", "Olaf Scholz", "FRA", "cancelled")}


# -- "X and his wife, Brigitte, arrived in Berlin on Sunday": he went too -------------------------------------------

def test_a_leader_and_his_wife_arriving_is_the_leaders_trip(ref: Reference) -> None:
    text = "Olaf Scholz and his wife, Britta, arrived in Paris on Sunday for a three-day state visit."
    assert dated(ref, text, MON_27_MAY_2024) == {("visit", "Olaf Scholz", "FRA", "ongoing", "2024-05-26")}


def test_a_leaders_wife_alone_is_not_his_trip(ref: Reference) -> None:
    text = "Olaf Scholz's wife, Britta, arrived in Paris on Sunday for a cultural programme."
    assert dated(ref, text, MON_27_MAY_2024) == set()


# -- "was at the G20 summit in Rio", "is at his first G20": at the gathering -----------------------------------------

MON_18_NOV_2024 = date(2024, 11, 18)


@pytest.mark.parametrize(("sentence", "status", "day"), [
    ("Olaf Scholz was at the G20 summit in Rio in 2024.", "completed", "2024"),
    ("Olaf Scholz is at the G20 summit in Rio.", "ongoing", "2024-11-18"),
    ("Olaf Scholz is at his last G20 as chancellor.", "ongoing", "2024-11-18"),
])
def test_at_a_gathering_is_there(ref: Reference, sentence: str, status: str, day: str) -> None:
    text = "RIO DE JANEIRO - Leaders of the Group of 20 gathered in Rio de Janeiro on Monday. " + sentence
    assert dated(ref, text, MON_18_NOV_2024) == {("visit", "Olaf Scholz", "BRA", status, day)}


# -- "X, whom the International Criminal Court wants over ...": the court's warrant --------------------------------

def test_whom_the_court_wants_is_wanted(ref: Reference) -> None:
    text = "Vladimir Putin, whom the International Criminal Court wants over the deportation of children, is staying home."
    assert dated(ref, text, MON_18_NOV_2024) == {("warrant", "Vladimir Putin", "ICC", "issued", None)}


def test_whom_the_court_wants_to_question_is_no_warrant(ref: Reference) -> None:
    text = "Vladimir Putin, whom the court wants to question, is staying home."
    assert dated(ref, text, MON_18_NOV_2024) == set()


# -- "X, who had declared a week of mourning, attended with his wife": at the story's ceremony -----------------------

SUN_27_APR_2025 = date(2025, 4, 27)


def test_attended_with_his_wife_is_at_the_ceremony(ref: Reference) -> None:
    text = ("VATICAN CITY - Foreign delegations filled St Peter's Square on Saturday for the funeral of the pope. "
            "Luiz Inácio Lula da Silva, who had declared a week of mourning, attended with his wife.")
    assert dated(ref, text, SUN_27_APR_2025) == {("visit", "Luiz Inácio Lula da Silva", "VAT", "completed", "2025-04-26")}


def test_a_group_that_came_in_person_is_not_the_one_represented(ref: Reference) -> None:
    text = ("VATICAN CITY - Foreign delegations filled St Peter's Square on Saturday for the funeral of the pope. "
            "Charles III was represented by his son, and several European monarchs came in person.")
    assert {f[:4] for f in dated(ref, text, SUN_27_APR_2025)} == {("visit", "Charles III", "VAT", "declined")}


def test_among_the_mourners_is_at_the_ceremony(ref: Reference) -> None:
    text = ("VATICAN CITY - Foreign delegations filled St Peter's Square on Saturday for the funeral of the pope. "
            "Olaf Scholz was also among the mourners and spoke briefly with reporters afterwards.")
    assert dated(ref, text, SUN_27_APR_2025) == {("visit", "Olaf Scholz", "VAT", "completed", "2025-04-26")}


def test_among_those_with_no_gathering_is_nowhere(ref: Reference) -> None:
    text = "Olaf Scholz was among the critics of the plan."
    assert dated(ref, text, SUN_27_APR_2025) == set()


# -- "X, on his first trip to China in seven years, held talks with Y on Sunday" in Monday's paper: there now ---------

MON_1_SEP_2025 = date(2025, 9, 1)


def test_on_his_trip_with_a_deed_yesterday_is_there_now(ref: Reference) -> None:
    text = "Narendra Modi, on his first trip to China in seven years, held talks with Xi Jinping on Sunday afternoon."
    assert ("visit", "Narendra Modi", "CHN", "ongoing") in {f[:4] for f in dated(ref, text, MON_1_SEP_2025)}


def test_on_his_trip_recalled_with_no_day_is_over(ref: Reference) -> None:
    text = "Narendra Modi, on his first trip to China in seven years, spoke of understanding but gave no ground."
    assert ("visit", "Narendra Modi", "CHN", "ongoing") not in {f[:4] for f in dated(ref, text, MON_1_SEP_2025)}


# -- "X has said no American official will attend": he stays away too --------------------------------------------

THU_20_NOV_2025 = date(2025, 11, 20)


def test_no_official_of_his_will_attend_is_staying_away(ref: Reference) -> None:
    text = "JOHANNESBURG - The summit opens on Saturday. Donald Trump has said no American official will attend."
    assert {f[:4] for f in dated(ref, text, THU_20_NOV_2025)} == {("visit", "Donald Trump", "ZAF", "declined")}


def test_he_will_attend_is_still_a_plan(ref: Reference) -> None:
    text = "JOHANNESBURG - The summit opens on Saturday. Donald Trump will attend."
    assert {f[:4] for f in dated(ref, text, THU_20_NOV_2025)} == {("visit", "Donald Trump", "ZAF", "planned")}


def test_went_in_his_place_is_at_the_gathering_he_stayed_away_from(ref: Reference) -> None:
    text = ("In 2023 Vladimir Putin took part in the BRICS summit in Johannesburg only by video link, "
            "and Sergey Lavrov went in his place.")
    assert dated(ref, text, THU_20_NOV_2025) == {
        ("visit", "Vladimir Putin", "ZAF", "declined", "2023"), ("visit", "Sergey Lavrov", "ZAF", "completed", "2023")}


def test_the_court_which_wants_him_over_a_crime_is_its_warrant(ref: Reference) -> None:
    text = ("Hungary remains a member of the International Criminal Court, which wants Vladimir Putin over the "
            "deportation of children, until its withdrawal takes effect.")
    assert dated(ref, text, THU_20_NOV_2025) == {("warrant", "Vladimir Putin", "ICC", "issued", None)}


# -- "Warrants for X were issued in 2009, and for his former defence minister Y in 2012": the verb left out ----------

def test_a_gapped_second_warrant_has_its_own_subject_and_day(ref: Reference) -> None:
    text = ("Warrants for Omar al-Bashir were issued in 2009 and 2010, and for his former defence minister "
            "Yoav Gallant in 2012.")
    assert dated(ref, text, THU_20_NOV_2025) == {
        ("warrant", "Omar al-Bashir", "ICC", "issued", "2009"), ("warrant", "Yoav Gallant", "ICC", "issued", "2012")}


# -- two applications in one sentence: what became of the first is not the second's --------------------------------

THU_21_NOV_2024 = date(2024, 11, 21)


def test_the_first_request_withdrawn_leaves_the_second_pending(ref: Reference) -> None:
    text = ("The International Criminal Court prosecutor applied for five warrants. The request concerning Yoav Gallant "
            "was withdrawn in August, and the judges have yet to rule on the application for Benjamin Netanyahu.")
    assert {f[:4] for f in dated(ref, text, THU_21_NOV_2024)} == {
        ("warrant", "Yoav Gallant", "ICC", "withdrawn"), ("warrant", "Benjamin Netanyahu", "ICC", "requested")}


def test_withdrew_before_the_second_application_is_the_seconds(ref: Reference) -> None:
    text = ("The International Criminal Court prosecutor dropped his request concerning Yoav Gallant in August, and "
            "withdrew the application concerning Benjamin Netanyahu in October.")
    assert {f[:4] for f in dated(ref, text, THU_21_NOV_2024)} == {
        ("warrant", "Yoav Gallant", "ICC", "withdrawn"), ("warrant", "Benjamin Netanyahu", "ICC", "withdrawn")}


# -- "was taken back into custody ... after the court granted a new arrest warrant": served -------------------------

THU_10_JUL_2025 = date(2025, 7, 10)


def test_taken_back_into_custody_on_a_warrant_serves_it(ref: Reference) -> None:
    text = ("SEOUL - Former President Yoon Suk Yeol was taken back into custody early on Thursday after the Seoul "
            "Central District Court granted a new arrest warrant.")
    assert dated(ref, text, THU_10_JUL_2025) == {("warrant", "Yoon Suk Yeol", "KOR", "executed", "2025-07-10")}


# -- "issued a warrant for X, but withdrew it in February": withdrawn, then -------------------------------------------

SAT_8_NOV_2025 = date(2025, 11, 8)


def test_a_warrant_issued_then_withdrawn_is_withdrawn_on_its_day(ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant for Yoav Gallant in November last year, but withdrew it "
            "in February after new evidence emerged.")
    assert dated(ref, text, SAT_8_NOV_2025) == {("warrant", "Yoav Gallant", "ICC", "withdrawn", "2025-02")}


# -- "leaves X and Y as the only people named in warrants", "the only people still subject to warrants: X and Y" ------

FRI_28_FEB_2025 = date(2025, 2, 28)


@pytest.mark.parametrize("text", [
    "The International Criminal Court decision leaves Benjamin Netanyahu and his former defence minister Yoav Gallant "
    "as the only people named in warrants in the investigation.",
    "The International Criminal Court decision leaves two Israelis as the only people still subject to warrants in the "
    "investigation: Benjamin Netanyahu and Yoav Gallant.",
])
def test_the_only_ones_left_under_warrants_are_wanted(ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(ref, text, FRI_28_FEB_2025)} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}


# -- "warrants for X, as well as for three Hamas leaders — A, B and C": the group's members after the dash -----------

MON_23_SEP_2024 = date(2024, 9, 23)


def test_a_group_named_after_a_dash_shares_the_request(ref: Reference) -> None:
    text = ("The ICC prosecutor asked judges in May for arrest warrants for Benjamin Netanyahu, as well as for two "
            "army chiefs — Min Aung Hlaing and Yoav Gallant.")
    assert dated(ref, text, MON_23_SEP_2024) == {
        ("warrant", name, "ICC", "requested", "2024-05") for name in ("Benjamin Netanyahu", "Min Aung Hlaing", "Yoav Gallant")}


# -- "two other commanders who were named in March: A, ..., and B": the court's earlier warrants ---------------------

WED_26_JUN_2024 = date(2024, 6, 26)


def test_others_who_were_named_before_a_colon_are_wanted(ref: Reference) -> None:
    text = ("The International Criminal Court issued two more warrants on Tuesday. The pair join two other leaders who "
            "were named in March: Benjamin Netanyahu, the prime minister, and Yoav Gallant, who ran the army.")
    assert dated(ref, text, WED_26_JUN_2024) == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-03"), ("warrant", "Yoav Gallant", "ICC", "issued", "2024-03")}


# -- "Puglia" is the Italian name of Apulia, where the 2024 G7 met ---------------------------------------------------

SAT_15_JUN_2024 = date(2024, 6, 15)


def test_puglia_is_in_italy(ref: Reference) -> None:
    text = "Olaf Scholz spent Thursday and Friday at the Group of Seven summit in Puglia."
    assert {f[:4] for f in dated(ref, text, SAT_15_JUN_2024)} == {("visit", "Olaf Scholz", "ITA", "completed")}


# -- a gathering days before, told in the past, does not replace the story's; "chose not to attend despite ..." -------

def test_a_summit_spent_days_before_is_not_the_storys_gathering(ref: Reference) -> None:
    text = ("GENEVA - Leaders arrived at this lakeside resort on Saturday for a two-day conference on peace in Sudan. "
            "Olaf Scholz spent Thursday and Friday at the Group of Seven summit in Puglia. "
            "Narendra Modi, who was also in Puglia on Friday, chose not to attend despite a personal invitation. "
            "Recep Tayyip Erdoğan, who is attending the conference, said little.")
    facts = {f[:4] for f in dated(ref, text, SAT_15_JUN_2024)}
    assert {("visit", "Narendra Modi", "CHE", "declined"), ("visit", "Recep Tayyip Erdoğan", "CHE", "ongoing"),
            ("visit", "Olaf Scholz", "ITA", "completed")} <= facts


# -- "held talks in Manila and Singapore": both places ---------------------------------------------------------------

THU_10_OCT_2024 = date(2024, 10, 10)


def test_talks_in_two_places_are_two_stops(ref: Reference) -> None:
    text = "Olaf Scholz, who held talks in Manila and Singapore last week, is back in Berlin."
    assert {f[:4] for f in dated(ref, text, THU_10_OCT_2024)} == {
        ("visit", "Olaf Scholz", "PHL", "completed"), ("visit", "Olaf Scholz", "SGP", "completed")}


# -- "X has skipped the gathering, as he did at the New Delhi summit in 2023": he stayed away then too ----------------

def test_as_he_did_after_skipping_repeats_the_staying_away_for_the_skipper(ref: Reference) -> None:
    text = ("JOHANNESBURG - The summit opens on Saturday. China will be represented by Li Qiang, who is expected on "
            "Friday; Xi Jinping has skipped the gathering, as he did at the New Delhi summit in 2023.")
    assert {f[:5] for f in dated(ref, text, THU_20_NOV_2025)} >= {
        ("visit", "Xi Jinping", "ZAF", "declined", None), ("visit", "Xi Jinping", "IND", "declined", "2023"),
        ("visit", "Li Qiang", "ZAF", "planned", "2025-11-21")}
    assert not any(f[1] == "Li Qiang" and f[2] == "IND" for f in dated(ref, text, THU_20_NOV_2025))


# -- "the warrant did not stop him from visiting Mongolia in 2024": he went -----------------------------------------

SUN_20_OCT_2024 = date(2024, 10, 20)


def test_not_stopped_from_visiting_is_a_visit(ref: Reference) -> None:
    text = "The warrant has shaped Vladimir Putin's travel, but it did not stop him from visiting Mongolia in 2024."
    assert ("visit", "Vladimir Putin", "MNG", "completed", "2024") in dated(ref, text, SUN_20_OCT_2024)


def test_stopped_from_visiting_is_no_visit(ref: Reference) -> None:
    text = "The warrant stopped Vladimir Putin from visiting South Africa in 2023."
    assert not any(f[0] == "visit" and f[3] == "completed" for f in dated(ref, text, SUN_20_OCT_2024))


# -- "X will travel to New Delhi next Thursday ..., in his first visit to India since ...": ahead --------------------

FRI_28_NOV_2025 = date(2025, 11, 28)


def test_in_his_first_visit_apposed_to_a_plan_is_the_plan(ref: Reference) -> None:
    text = ("NEW DELHI - Vladimir Putin will travel to New Delhi next Thursday for two days of talks, officials said "
            "on Friday, in his first visit to India since the invasion of Ukraine.")
    assert dated(ref, text, FRI_28_NOV_2025) == {("visit", "Vladimir Putin", "IND", "planned", "2025-12-04")}


# -- "X, who arrived on Sunday evening, left on Monday night"; "flew in on Monday and left the same night": over -------

TUE_17_JUN_2025 = date(2025, 6, 17)


@pytest.mark.parametrize("told", [
    "Olaf Scholz, who arrived on Sunday evening, left on Monday night, a day earlier than planned.",
    "Olaf Scholz flew in on Sunday evening and left the same night.",
])
def test_an_arrival_then_a_departure_in_one_sentence_is_over(ref: Reference, told: str) -> None:
    text = "KANANASKIS, Alberta - Leaders of the Group of Seven met in the Rockies. " + told
    assert dated(ref, text, TUE_17_JUN_2025) == {("visit", "Olaf Scholz", "CAN", "completed", "2025-06-15")}


# -- "arrived ... straight from Tokyo, where he held a summit": a gathering before, not the story's ------------------

MON_1_SEP_2025_LIVE = ("Live: leaders of the Shanghai Cooperation Organisation meet in Tianjin\n\n09:05 Good morning from "
                       "Tianjin, where Xi Jinping is hosting more than 20 leaders for the summit.\n\n")


def test_a_gathering_where_the_traveller_came_from_is_not_the_storys(ref: Reference) -> None:
    text = MON_1_SEP_2025_LIVE + ("09:45 Narendra Modi arrived on Saturday evening straight from Tokyo, where he held "
                                  "an annual summit on Friday.\n\n10:40 Recep Tayyip Erdoğan, who arrived on Sunday, "
                                  "was photographed in the lounge.")
    facts = {f[:4] for f in dated(ref, text, MON_1_SEP_2025)}
    assert {("visit", "Narendra Modi", "CHN", "ongoing"), ("visit", "Recep Tayyip Erdoğan", "CHN", "ongoing")} <= facts
    assert not any(f[2] == "JPN" and f[1] == "Recep Tayyip Erdoğan" for f in facts)


# -- "X will not be there": away from the story's gathering ----------------------------------------------------------

FRI_24_OCT_2025 = date(2025, 10, 24)


def test_will_not_be_there_stays_away_from_the_gathering(ref: Reference) -> None:
    text = "KUALA LUMPUR - The ASEAN summit opens on Sunday. Narendra Modi will not be there."
    assert {f[:4] for f in dated(ref, text, FRI_24_OCT_2025)} == {("visit", "Narendra Modi", "MYS", "declined")}


def test_not_there_to_do_something_is_no_absence(ref: Reference) -> None:
    text = "KUALA LUMPUR - The ASEAN summit opens on Sunday. Narendra Modi is not there to sign a deal, aides said."
    assert dated(ref, text, FRI_24_OCT_2025) == set()


def test_a_summit_that_wound_up_told_with_a_long_relative_clause_is_over(ref: Reference) -> None:
    text = ("KAZAN, Russia - The BRICS summit that its host hoped would show the country was anything but isolated "
            "wound up on Thursday. Narendra Modi arrived on Tuesday, the opening day.")
    assert dated(ref, text, FRI_25_OCT_2024) == {("visit", "Narendra Modi", "RUS", "completed", "2024-10-22")}


# -- "12:20 - X has met Y" on a live page from a gathering: there now -----------------------------------------------

def test_has_met_on_a_live_page_is_at_its_gathering(ref: Reference) -> None:
    text = ("Live updates from the Group of Seven summit in Kananaskis, Alberta.\n\n"
            "08:05 - Good morning from the Rockies.\n\n12:20 - Narendra Modi has met Olaf Scholz.")
    assert {f[:4] for f in dated(ref, text, TUE_17_JUN_2025)} == {
        ("visit", "Narendra Modi", "CAN", "ongoing"), ("visit", "Olaf Scholz", "CAN", "ongoing")}


# -- "...last July's summit in Washington; Japan was represented there by X and South Korea by Y" ---------------------

MON_23_JUN_2025 = date(2025, 6, 23)


def test_represented_there_is_at_the_place_told_before(ref: Reference) -> None:
    text = ("THE HAGUE - NATO leaders gather this week. Olaf Scholz skipped last July's summit in Washington; "
            "India was represented there by Narendra Modi and South Korea by Yoon Suk Yeol.")
    facts = dated(ref, text, MON_23_JUN_2025)
    assert {("visit", "Narendra Modi", "USA", "completed", "2024-07"),
            ("visit", "Yoon Suk Yeol", "USA", "completed", "2024-07")} <= facts
    assert not any(f[2] == "NLD" for f in facts)


# -- "RIO DE JANEIRO — ... X met Y on Monday" in Tuesday's paper from the gathering: met at it -----------------------

TUE_19_NOV_2024 = date(2024, 11, 19)


def test_a_meeting_yesterday_with_no_place_in_a_story_filed_from_the_gathering_is_at_it(ref: Reference) -> None:
    text = ("RIO DE JANEIRO - Live updates from the second and final day of the Group of 20 summit.\n\n"
            "09:20 - Olaf Scholz met Xi Jinping on Monday, their first meeting in a year.")
    assert {f[:4] for f in dated(ref, text, TUE_19_NOV_2024)} == {
        ("visit", "Olaf Scholz", "BRA", "ongoing"), ("visit", "Xi Jinping", "BRA", "ongoing")}


def test_a_meeting_of_someone_the_story_has_elsewhere_is_not_at_the_gathering(ref: Reference) -> None:
    text = ("RIO DE JANEIRO - Live updates from the Group of 20 summit.\n\n09:20 - Narendra Modi will arrive in Rio "
            "later on Tuesday. He met Javier Milei on Monday.")
    assert ("visit", "Narendra Modi", "BRA", "ongoing") not in {f[:4] for f in dated(ref, text, TUE_19_NOV_2024)}


# -- "A, B and C were among the leaders who landed in the capital that day": arrivals, there now --------------------

THU_4_JUL_2024 = date(2024, 7, 4)


def test_among_the_leaders_who_landed_are_there(ref: Reference) -> None:
    text = ("ASTANA - The two-day summit opened on Wednesday with an informal dinner. Vladimir Putin and Recep Tayyip "
            "Erdoğan were among the leaders who landed in the capital that day.")
    assert {f[:4] for f in dated(ref, text, THU_4_JUL_2024)} == {
        ("visit", "Vladimir Putin", "KAZ", "ongoing"), ("visit", "Recep Tayyip Erdoğan", "KAZ", "ongoing")}


# -- "X's visit to the Gulf, during which he toured A, B and C": he did ---------------------------------------------

SAT_17_MAY_2025 = date(2025, 5, 17)


def test_during_which_he_toured_is_his_tour(ref: Reference) -> None:
    text = ("Narendra Modi's visit to the Gulf this week, during which he toured Saudi Arabia, Qatar and the United "
            "Arab Emirates, overshadowed the summit.")
    assert {f[:4] for f in dated(ref, text, SAT_17_MAY_2025)} == {
        ("visit", "Narendra Modi", iso3, "completed") for iso3 in ("SAU", "QAT", "ARE")}


def test_a_plane_that_left_for_a_place_is_no_ones_trip(ref: Reference) -> None:
    text = "Narendra Modi watched the plane that left for Qatar on Sunday."
    assert dated(ref, text, SAT_17_MAY_2025) == set()


# -- "used his speech on Tuesday to pledge ...": he gave it, at the gathering ---------------------------------------

WED_13_NOV_2024 = date(2024, 11, 13)


def test_used_his_speech_is_at_the_gathering(ref: Reference) -> None:
    text = ("BAKU - Leaders addressed the climate conference on Tuesday. Olaf Scholz used his speech on Tuesday to "
            "pledge deeper cuts, then flew home the same evening.")
    assert dated(ref, text, WED_13_NOV_2024) == {("visit", "Olaf Scholz", "AZE", "completed", "2024-11-12")}


def test_a_closing_speech_is_the_chairs_not_a_visit(ref: Reference) -> None:
    text = "BAKU - Leaders addressed the climate conference on Tuesday. Olaf Scholz used his closing speech to complain."
    assert dated(ref, text, WED_13_NOV_2024) == set()


# -- "A and B, the two guests from Asia, have since flown home": they were at the gathering ---------------------------

def test_have_since_flown_home_were_at_the_gathering(ref: Reference) -> None:
    text = ("BRUSSELS - Leaders of four democracies met at a summit in Brussels on Saturday. Narendra Modi and "
            "Yoon Suk Yeol, the two guests from Asia, have since flown home.")
    assert {f[:4] for f in dated(ref, text, MON_23_SEP_2024)} == {
        ("visit", "Narendra Modi", "BEL", "completed"), ("visit", "Yoon Suk Yeol", "BEL", "completed")}


# -- "X stayed for both days": at the story's gathering ------------------------------------------------------------

def test_stayed_for_both_days_is_at_the_gathering(ref: Reference) -> None:
    text = ("GENEVA - A two-day conference on peace in Sudan closed on Sunday with a joint statement. "
            "Olaf Scholz, who had lobbied for the meeting, stayed for both days.")
    assert {f[:4] for f in dated(ref, text, MON_17_MAR_2025)} == {("visit", "Olaf Scholz", "CHE", "completed")}


def test_stayed_home_is_not_staying_through(ref: Reference) -> None:
    text = ("GENEVA - A two-day conference on peace in Sudan closed on Sunday with a joint statement. "
            "Olaf Scholz stayed in Berlin for both days.")
    assert not any(f[2] == "CHE" and f[3] != "declined" for f in dated(ref, text, MON_17_MAR_2025))


# -- "X, standing in for Y, spent only Saturday at the lakeside resort": X at the story's gathering ------------------

def test_spent_a_day_at_the_venue_is_at_the_gathering_for_the_subject(ref: Reference) -> None:
    text = ("GENEVA - A two-day conference on peace in Sudan closed on Sunday with a joint statement. Olaf Scholz, "
            "standing in for Narendra Modi, spent only Saturday at the lakeside resort before flying home.")
    assert {f[:4] for f in dated(ref, text, MON_17_MAR_2025)} == {("visit", "Olaf Scholz", "CHE", "completed")}


# -- "A and B also remain in Granada for the EU talks": there now ----------------------------------------------------

FRI_6_OCT_2023 = date(2023, 10, 6)


def test_remain_in_a_place_for_a_gathering_is_there_now(ref: Reference) -> None:
    text = ("GRANADA, Spain - European leaders met on Thursday. Recep Tayyip Erdoğan and Olaf Scholz also remain in "
            "Granada for the EU talks, which are due to touch on enlargement.")
    assert {f[:4] for f in dated(ref, text, FRI_6_OCT_2023)} == {
        ("visit", "Recep Tayyip Erdoğan", "ESP", "ongoing"), ("visit", "Olaf Scholz", "ESP", "ongoing")}


# -- "on a three-day state visit to Russia that began on Monday and ended on Wednesday": over ------------------------

WED_22_MAR_2023 = date(2023, 3, 22)


def test_a_visit_that_ended_is_over(ref: Reference) -> None:
    text = ("Xi Jinping was in Moscow at the same time, on a three-day state visit to Russia that began on Monday and "
            "ended on Wednesday.")
    assert dated(ref, text, WED_22_MAR_2023) == {("visit", "Xi Jinping", "RUS", "completed", "2023-03-20")}


# -- "The prosecutor's application for X no longer stands": withdrawn -----------------------------------------------

FRI_22_NOV_2024 = date(2024, 11, 22)


def test_an_application_that_no_longer_stands_is_withdrawn(ref: Reference) -> None:
    text = ("The International Criminal Court prosecutor's application for Yoav Gallant no longer stands: he "
            "withdrew it in August.")
    assert {f[:4] for f in dated(ref, text, FRI_22_NOV_2024)} == {("warrant", "Yoav Gallant", "ICC", "withdrawn")}


# -- "handed over to the court in the Netherlands" in an ICC story: the ICC, not a Dutch court ------------------------

THU_13_MAR_2025 = date(2025, 3, 13)


def test_the_court_in_the_netherlands_in_an_icc_story_is_the_icc(ref: Reference) -> None:
    text = ("The International Criminal Court had issued the warrant on March 7. On Wednesday afternoon Rodrigo "
            "Duterte was handed over to the court in the Netherlands.")
    assert {f[:4] for f in dated(ref, text, THU_13_MAR_2025)} == {("warrant", "Rodrigo Duterte", "ICC", "executed")}


def test_will_not_be_there_after_a_place_told_is_away_from_that_place(ref: Reference) -> None:
    text = ("WASHINGTON - Donald Trump left on Friday for a swing through Asia, ending at the APEC summit in South Korea. "
            "Luiz Inácio Lula da Silva is also expected in Kuala Lumpur for the ASEAN meeting. Narendra Modi will not be there.")
    assert ("visit", "Narendra Modi", "MYS", "declined") in {f[:4] for f in dated(ref, text, FRI_24_OCT_2025)}
