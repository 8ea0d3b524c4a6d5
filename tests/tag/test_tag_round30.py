"""Language the thirtieth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

SAT_28_NOV_2026 = date(2026, 11, 28)


# -- "He began in Panama on Saturday, went on to ...": a tour's first stop, told without naming the tour ------------

@pytest.mark.parametrize("text", [
    "Emmanuel Macron is on his way home from South America. He began in Brazil on Monday, went on to Chile and "
    "ends in Peru today.",
    "Emmanuel Macron started in Brazil on Monday and has since been to Chile.",
])
def test_a_tours_first_stop_told_by_began_in_is_a_visit_made(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Emmanuel Macron", "BRA", "completed", "2026-11-23") in facts


def test_a_career_that_began_in_a_place_is_no_visit(full_ref: Reference) -> None:
    facts = dated(full_ref, "Emmanuel Macron began in banking before he went into politics.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[0] == "visit"]


# -- "attended the annual ministerial council of the OSCE in Malta": a council is a gathering, held where it is ----

@pytest.mark.parametrize("text", [
    "Sergey Lavrov attended the yearly ministerial council of the OSCE in Malta on Thursday.",
    "Sergey Lavrov attended a council of Black Sea foreign ministers in Malta on Thursday.",
    "Sergey Lavrov attended the council in Malta on Thursday.",
])
def test_a_council_attended_abroad_is_a_visit_made(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Sergey Lavrov", "MLT", "completed", "2026-11-26") in facts


# -- "France was represented by X", "The United States sent A and B": at a gathering the story opens on today ------

OSLO_SUMMIT_TODAY = "OSLO (Wire) - European leaders gathered in Oslo on Saturday for a one-day summit on energy. "


@pytest.mark.parametrize(("text", "person"), [
    ("France was represented by Prime Minister Michel Barnier.", "Michel Barnier"),
    ("The United States sent Vice President JD Vance and Secretary of State Antony Blinken.", "Antony Blinken"),
    ("The United States sent Vice President JD Vance and Secretary of State Antony Blinken.", "JD Vance"),
])
def test_a_stand_in_at_a_gathering_under_way_today_is_there_now(full_ref: Reference, text: str, person: str) -> None:
    facts = dated(full_ref, OSLO_SUMMIT_TODAY + text, SAT_28_NOV_2026)
    assert ("visit", person, "NOR", "ongoing", "2026-11-28") in facts


def test_a_stand_in_at_a_gathering_days_ago_was_there(full_ref: Reference) -> None:
    facts = dated(full_ref, OSLO_SUMMIT_TODAY + "France was represented by Prime Minister Michel Barnier.", date(2026, 12, 1))
    assert {fact[3] for fact in facts if fact[1] == "Michel Barnier"} == {"completed"}


def test_a_stand_in_on_an_occasion_told_before_is_not_there_now(full_ref: Reference) -> None:
    text = (OSLO_SUMMIT_TODAY + "At last year's summit in Helsinki France was represented by Prime Minister Michel Barnier "
            "in October.")
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[1] == "Michel Barnier" and fact[3] == "ongoing"]


# -- "pulled out at the end of April": an absence from the story's gathering, told by when it was decided ----------

@pytest.mark.parametrize("when", ["at the end of October", "at the start of the month"])
def test_pulling_out_at_the_end_of_a_month_is_an_absence(full_ref: Reference, when: str) -> None:
    text = f"MOSCOW - Russia held its annual parade in Moscow on Saturday. Narendra Modi pulled out {when}."
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert {fact[:4] for fact in facts} == {("visit", "Narendra Modi", "RUS", "declined")}


# -- One absence told twice a few days apart is one fact, dated by the later day (the gathering's) -------------------

def test_an_absence_told_by_its_announcement_and_by_the_gatherings_day_is_one_fact(full_ref: Reference) -> None:
    text = ("KAZAN - Leaders gathered in Kazan on Saturday for a summit. Narendra Modi pulled out after a fall at home on "
            "Monday. Doctors advised against the flight, and he is taking part by video link instead.")
    facts = [f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[1] == "Narendra Modi"]
    assert facts == [("visit", "Narendra Modi", "RUS", "declined", "2026-11-28")]


# -- An absence from a gathering under way is dated by the gathering's day, not the day it was decided --------------

def test_an_absence_decided_days_before_is_dated_by_the_gatherings_opening(full_ref: Reference) -> None:
    text = ("KAZAN - The summit opened in Kazan on Saturday with twenty leaders present. Narendra Modi pulled out of the "
            "trip on Wednesday after a fall at home.")
    facts = [f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[1] == "Narendra Modi"]
    assert facts == [("visit", "Narendra Modi", "RUS", "declined", "2026-11-28")]


# -- "His next stop is Berlin, where he is due on Sunday": due where the clause hangs, not at the story's gathering --

def test_due_in_a_where_clause_is_due_at_the_place_it_hangs_on(full_ref: Reference) -> None:
    text = ("BAKU - Leaders gathered in Baku on Thursday for the climate summit. Olaf Scholz spoke on Friday. His next stop "
            "is Belgrade, where he is due on Sunday for talks on lithium.")
    facts = {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[1] == "Olaf Scholz" and f[3] == "planned"}
    assert facts == {("visit", "Olaf Scholz", "SRB", "planned", "2026-11-29")}


# -- "made an unscheduled detour to Qatar": a detour, side-trip or excursion is a trip made --------------------------

@pytest.mark.parametrize("noun", ["an unplanned detour", "a brief side-trip", "a short excursion"])
def test_a_detour_made_to_a_country_is_a_visit(full_ref: Reference, noun: str) -> None:
    facts = dated(full_ref, f"Emmanuel Macron made {noun} to Oman on Wednesday.", SAT_28_NOV_2026)
    assert facts == {("visit", "Emmanuel Macron", "OMN", "completed", "2026-11-25")}


# -- "Trump will return in September, with the King hosting him at Windsor": the hosting is the plan's --------------

def test_a_hosting_told_after_a_plan_is_planned(full_ref: Reference) -> None:
    text = "LONDON - Donald Trump will come back in December for a state visit, with the King hosting him at Windsor Castle."
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert facts == {("visit", "Donald Trump", "GBR", "planned", "2026-12")}


def test_a_hosting_told_after_a_stay_under_way_is_ongoing(full_ref: Reference) -> None:
    text = "LONDON - Donald Trump is in Scotland this weekend, with the King hosting him at Balmoral."
    assert {f[3] for f in dated(full_ref, text, SAT_28_NOV_2026)} == {"ongoing"}


# -- "X was sworn in as Argentina's president on Sunday": the title resolves to X, and the ceremony is the story's ---

def test_sworn_in_as_a_countrys_president_makes_the_inauguration_the_storys_gathering(full_ref: Reference) -> None:
    text = ("BUENOS AIRES - Javier Milei was sworn in as Argentina's president on Sunday. Luiz Inácio Lula da Silva "
            "skipped the inauguration.")
    facts = dated(full_ref, text, date(2023, 12, 11))
    assert facts == {("visit", "Luiz Inácio Lula da Silva", "ARG", "declined", "2023-12-10")}


# -- "will head from Argentina to the United States": a plan to the second place --------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Volodymyr Zelensky will head from Argentina to the United States.", None),
    ("Volodymyr Zelensky travels from Argentina to the United States on Monday.", "2026-11-30"),
    ("Volodymyr Zelensky is to go on from Argentina to the United States.", None),
])
def test_a_journey_ahead_from_one_country_to_another_is_planned_to_the_second(full_ref: Reference, text: str,
                                                                                day: str | None) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Volodymyr Zelensky", "USA", "planned", day) in facts


# -- "sought by the court": wanted, in an apposition or heading a list after a colon ---------------------------------

def test_men_sought_by_the_court_listed_after_a_colon_are_each_wanted(full_ref: Reference) -> None:
    text = ("The ICC sentenced Ali Kushayb on Thursday. Three other men sought by the court are still in Sudan: the "
            "former president Omar al-Bashir, Abdel Raheem Muhammad Hussein and Ahmad Harun.")
    facts = {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[0] == "warrant" and f[1] != "Ali Kushayb"}
    assert {f[1:4] for f in facts} == {(name, "ICC", "issued") for name in
                                      ("Omar al-Bashir", "Abdel Raheem Muhammad Hussein", "Ahmad Harun")}


def test_one_sought_by_the_court_in_an_apposition_is_wanted(full_ref: Reference) -> None:
    text = "The ICC sentenced Ali Kushayb on Thursday. Ahmad Harun, sought by the court, is still in Sudan."
    assert ("warrant", "Ahmad Harun", "ICC", "issued", None) in dated(full_ref, text, SAT_28_NOV_2026)


def test_warrants_issued_over_a_span_of_years_take_no_one_year(full_ref: Reference) -> None:
    text = ("The ICC sentenced Ali Kushayb on Thursday. Three other men sought by the court are still in Sudan: Omar "
            "al-Bashir, Abdel Raheem Muhammad Hussein and Ahmad Harun. Their warrants were issued between 2007 and 2012.")
    dates = {f[4] for f in dated(full_ref, text, SAT_28_NOV_2026) if f[0] == "warrant" and f[1] != "Ali Kushayb"}
    assert dates == {None}


# -- "were among those at Wednesday's dinner": a gathering named by a day's possessive; the day before, still there --

def test_among_those_at_a_dinner_named_by_its_day_were_there(full_ref: Reference) -> None:
    text = ("OSLO - European leaders converged on the Norwegian capital for two days of talks on energy. Emmanuel Macron "
            "and Olaf Scholz were among those at Friday's dinner, where gas prices dominated.")
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert {f for f in facts if f[1] in {"Emmanuel Macron", "Olaf Scholz"}} == {
        ("visit", "Emmanuel Macron", "NOR", "ongoing", "2026-11-27"), ("visit", "Olaf Scholz", "NOR", "ongoing", "2026-11-27")}


# -- "is among the other heads of delegation attending the meeting": at the story's gathering -----------------------

def test_among_the_heads_of_delegation_is_at_the_gathering(full_ref: Reference) -> None:
    text = ("ISLAMABAD - Ministers gathered in Islamabad on Saturday for a regional meeting. Kazakhstan's Prime Minister "
            "Olzhas Bektenov is among the other heads of delegation attending the meeting.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Olzhas Bektenov", "PAK", "ongoing", "2026-11-28")}


# -- "X also joined the delegation": on the compatriot's trip just told -------------------------------------------

def test_joining_the_delegation_puts_one_on_the_trip_just_told(full_ref: Reference) -> None:
    text = ("BEIJING - Vladimir Putin arrived in Beijing on Saturday for a state visit. Foreign Minister Sergey Lavrov and "
            "Defence Minister Andrei Belousov joined the delegation.")
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert {("visit", "Sergey Lavrov", "CHN", "ongoing", "2026-11-28"),
            ("visit", "Andrei Belousov", "CHN", "ongoing", "2026-11-28")} <= facts


def test_joining_the_delegation_of_another_country_puts_no_one_on_that_trip(full_ref: Reference) -> None:
    text = ("BEIJING - Vladimir Putin arrived in Beijing on Saturday for a state visit. Foreign Minister Wang Yi joined "
            "the delegation for lunch.")
    assert not [f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[1] == "Wang Yi"]


# -- "attended Thursday's outreach session in Kazan": any word may name a session -----------------------------------

@pytest.mark.parametrize("session", ["Thursday's outreach session", "a working session", "a breakout session"])
def test_a_session_attended_abroad_is_a_visit(full_ref: Reference, session: str) -> None:
    facts = dated(full_ref, f"António Guterres attended {session} in Kazan on Thursday.", SAT_28_NOV_2026)
    assert facts == {("visit", "António Guterres", "RUS", "completed", "2026-11-26")}


# -- "Narendra Modi, whom he hosted in Paris in July": the one hosted visited -----------------------------------------

@pytest.mark.parametrize(("text", "host"), [
    ("Olaf Scholz thanked Narendra Modi, whom he received in Berlin in May.", "DEU"),
    ("Narendra Modi, whom Olaf Scholz welcomed in May, has invited him back.", "DEU"),
    ("Olaf Scholz praised Narendra Modi, whom he hosted in Hamburg in May.", "DEU"),
])
def test_one_whom_a_leader_hosted_visited_the_hosts_country(full_ref: Reference, text: str, host: str) -> None:
    assert ("visit", "Narendra Modi", host, "completed", "2026-05") in dated(full_ref, text, SAT_28_NOV_2026)


# -- "X sees Y in Canberra on Monday and flies to Malaysia": the one seen is no subject of the next verb ---------------

@pytest.mark.parametrize("text", [
    "Li Qiang sees Anthony Albanese in Canberra on Monday and flies to Malaysia on Tuesday.",
    "Li Qiang saw Anthony Albanese in Canberra on Monday and then flew to Malaysia.",
])
def test_the_one_seen_does_not_travel_on(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert [f[1] for f in facts if f[2] == "MYS"] == ["Li Qiang"]


# -- "Leaders ... met in the Saudi capital on Friday": the gathering's day, which dates absences from it --------------

def test_leaders_who_met_on_a_day_date_an_absence_from_their_gathering(full_ref: Reference) -> None:
    text = ("RIYADH - Leaders of Arab and Muslim countries met in the Saudi capital on Friday for a one-day summit. "
            "Masoud Pezeshkian did not attend.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Masoud Pezeshkian", "SAU", "declined", "2026-11-27")}


def test_two_leaders_who_met_on_a_day_do_not_date_the_gathering(full_ref: Reference) -> None:
    text = ("LIMA - Leaders gathered in Lima on Friday for the two-day summit. Joe Biden and Xi Jinping met on Saturday on "
            "the sidelines. Claudia Sheinbaum did not attend.")
    assert ("visit", "Claudia Sheinbaum", "PER", "declined", "2026-11-27") in dated(full_ref, text, SAT_28_NOV_2026)


def test_a_presence_told_over_with_no_day_is_dated_by_the_gatherings_day(full_ref: Reference) -> None:
    text = ("RIYADH - Leaders of Arab and Muslim countries met in the Saudi capital on Friday for a one-day summit. "
            "Masoud Pezeshkian was there too.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Masoud Pezeshkian", "SAU", "completed", "2026-11-27")}


# -- "Putin will speak by video link", "addressed the conference by video instead": an absence ----------------------

RIYADH_SUMMIT = "RIYADH - Leaders of Arab and Muslim countries met in the Saudi capital on Friday for a one-day summit. "


@pytest.mark.parametrize("text", [
    "Vladimir Putin will speak by video link, the Kremlin said.",
    "Giorgia Meloni will address the leaders by video.",
    "Giorgia Meloni appeared on a screen by video from Rome.",
])
def test_speaking_by_video_is_an_absence(full_ref: Reference, text: str) -> None:
    assert {f[3] for f in dated(full_ref, RIYADH_SUMMIT + text, SAT_28_NOV_2026)} == {"declined"}


@pytest.mark.parametrize("text", [
    "Rodrigo Duterte appeared before judges by video link on Friday.",
    "The assembly voted to let Benjamin Netanyahu speak by video.",
])
def test_a_hearing_or_a_permission_by_video_is_no_absence(full_ref: Reference, text: str) -> None:
    assert not [f for f in dated(full_ref, RIYADH_SUMMIT + text, SAT_28_NOV_2026) if f[0] == "visit"]


# -- "he hoped to welcome X", "would find ways to receive X": a wish to host is no visit --------------------------------

@pytest.mark.parametrize("text", [
    "Recep Tayyip Erdoğan told reporters he hoped to welcome Vladimir Putin in Türkiye soon.",
    "Olaf Scholz has said he would find ways to receive Benjamin Netanyahu, without saying how.",
    "Olaf Scholz wants to host Narendra Modi next year.",
])
def test_a_wish_to_host_is_no_visit(full_ref: Reference, text: str) -> None:
    assert not [f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[0] == "visit"]


def test_a_hosting_agreed_is_still_planned(full_ref: Reference) -> None:
    text = "Olaf Scholz will host Narendra Modi in Berlin next week."
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Narendra Modi", "DEU", "planned", "2026-12")}


# -- "have floated a return visit by X to Seoul": a proposal, not a trip ------------------------------------------------

@pytest.mark.parametrize("verb", ["floated", "mooted", "discussed the idea of"])
def test_a_visit_floated_is_no_trip(full_ref: Reference, verb: str) -> None:
    text = f"Officials in Tokyo have {verb} a return visit by Fumio Kishida to Seoul, but nothing has been agreed."
    assert not [f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[0] == "visit"]


# -- "X was killed in a strike on Wednesday": a stay of one whose death the article tells is over ------------------

def test_a_stay_of_one_killed_is_over(full_ref: Reference) -> None:
    text = ("TEHRAN - Ismail Haniyeh, the head of Hamas's political bureau, was killed in a strike on a guesthouse in Tehran "
            "early on Saturday, officials said. Hours before his death he met Ali Khamenei.")
    assert {f[3] for f in dated(full_ref, text, SAT_28_NOV_2026) if f[0] == "visit"} == {"completed"}


def test_a_stay_of_one_whose_aide_died_runs_on(full_ref: Reference) -> None:
    text = "TEHRAN - Ismail Haniyeh arrived in Tehran on Saturday. A bodyguard was killed in a road accident."
    assert {f[3] for f in dated(full_ref, text, SAT_28_NOV_2026) if f[0] == "visit"} == {"ongoing"}


# -- "Foreign ministers of the NATO alliance", "its ambassador to NATO": the body, not its summit elsewhere ----------

def test_a_bodys_ambassador_or_alliance_does_not_move_the_storys_gathering(full_ref: Reference) -> None:
    text = ("ANTALYA - Foreign ministers of the NATO alliance began arriving in this Mediterranean resort on Saturday for two "
            "days of informal talks. Canada will be represented by its ambassador to NATO. Mélanie Joly will not attend, "
            "her office said.")
    # (in 2025, the year NATO's summit met in The Hague)
    assert {f[:4] for f in dated(full_ref, text.replace("Saturday", "Wednesday"), date(2025, 5, 14))} == {
        ("visit", "Mélanie Joly", "TUR", "declined")}


# -- "were among the first to land": arrivals at the story's gathering ----------------------------------------------

def test_among_the_first_to_land_are_there(full_ref: Reference) -> None:
    text = ("ANTALYA - Foreign ministers began arriving in this Mediterranean resort on Saturday for two days of informal "
            "talks. Britain's David Lammy and Germany's Johann Wadephul were among the first to land.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "David Lammy", "TUR", "ongoing", "2026-11-28"),
                                                      ("visit", "Johann Wadephul", "TUR", "ongoing", "2026-11-28")}


# -- "X is travelling with the president", told after the legs ahead: on the stay under way -------------------------

def test_a_companion_told_in_the_present_shares_the_stay_under_way(full_ref: Reference) -> None:
    text = ("RIYADH - Donald Trump landed in the Saudi capital on Saturday. He will fly to Doha on Sunday and to Abu Dhabi "
            "on Monday. Secretary of State Marco Rubio is travelling with the president.")
    facts = {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[1] == "Marco Rubio"}
    assert facts == {("visit", "Marco Rubio", "SAU", "ongoing", "2026-11-28")}


# -- "is travelling with the president and will break away later this week to join X": a plan, and not his --------

def test_breaking_away_to_join_a_meeting_is_the_companions_plan(full_ref: Reference) -> None:
    text = ("Secretary of State Marco Rubio is travelling with Donald Trump and will break away later this week to join "
            "NATO foreign ministers in Antalya.")
    facts = {f[:4] for f in dated(full_ref, text, SAT_28_NOV_2026) if f[2] == "TUR"}
    assert facts == {("visit", "Marco Rubio", "TUR", "planned")}


# -- "A, B and C stood with Zelensky in Kyiv": there with him --------------------------------------------------------

def test_those_who_stood_with_a_host_in_his_capital_were_there(full_ref: Reference) -> None:
    text = "On Thursday Friedrich Merz, Emmanuel Macron and Keir Starmer stood with Volodymyr Zelensky in Kyiv."
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", name, "UKR", "completed", "2026-11-26")
                                                      for name in ("Friedrich Merz", "Emmanuel Macron", "Keir Starmer")}


# -- "On Wednesday he moved to Doha for talks": the next stop, told by its errand --------------------------------------

@pytest.mark.parametrize("text", [
    "On Wednesday Emmanuel Macron moved to Doha for talks with the emir.",
    "On Wednesday Emmanuel Macron moved on to Doha to meet the emir.",
])
def test_moving_to_a_place_for_talks_is_a_visit(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Emmanuel Macron", "QAT", "completed", "2026-11-25")}


def test_moving_to_a_place_to_live_is_no_visit(full_ref: Reference) -> None:
    assert not dated(full_ref, "Emmanuel Macron moved to Doha in 1990.", SAT_28_NOV_2026)


# -- "was accompanied by his foreign minister, X": the companion named after a possessive and a title ---------------

def test_a_companion_named_after_his_title_shares_the_trip(full_ref: Reference) -> None:
    text = ("MOSCOW - Ebrahim Raisi arrived in Moscow on Thursday for talks with Vladimir Putin. The Iranian president was "
            "accompanied by his foreign minister, Hossein Amir-Abdollahian, and the oil minister.")
    facts = dated(full_ref, text, date(2023, 12, 7))
    assert ("visit", "Hossein Amir-Abdollahian", "RUS", "ongoing", "2023-12-07") in facts
