"""Language the thirty-third round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

SAT_28_NOV_2026 = date(2026, 11, 28)


# -- "flew home after talks at the White House on Thursday": talks at a stated place, on leaving ----------------------

@pytest.mark.parametrize("text", [
    "LONDON - Keir Starmer flew home overnight after talks at the White House on Thursday that both sides called useful.",
    "Keir Starmer left on Friday morning after talks in Washington on Thursday.",
])
def test_leaving_after_talks_at_a_place_is_a_trip_made_on_the_talks_day(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Keir Starmer", "USA", "completed", "2026-11-26") in facts


def test_talks_earlier_that_day_take_the_day_of_the_arrival_not_a_later_clause_s(full_ref: Reference) -> None:
    facts = dated(full_ref, "DHAKA - Annalena Baerbock flew in on Friday night after talks with Narendra Modi in Delhi "
                  "earlier that day, the second stop of a tour that had taken her to Nepal on Wednesday.", SAT_28_NOV_2026)
    assert ("visit", "Annalena Baerbock", "IND", "completed", "2026-11-27") in facts


def test_staying_home_after_talks_at_a_place_is_no_trip_told(full_ref: Reference) -> None:
    facts = dated(full_ref, "After talks at the White House on Thursday, Keir Starmer said he was hopeful.",
                  SAT_28_NOV_2026)
    assert not facts


# -- "The Ukrainian president was joined by A, B and C": a party joining the trip the sentence before told -----------

def test_a_party_joining_the_trip_told_just_before_made_it_too(full_ref: Reference) -> None:
    facts = dated(full_ref, "WASHINGTON - Volodymyr Zelensky flew home overnight after talks at the White House on "
                  "Thursday. The Ukrainian president was joined by Keir Starmer, Emmanuel Macron and Giorgia Meloni.",
                  SAT_28_NOV_2026)
    assert {("visit", "Keir Starmer", "USA", "completed", "2026-11-26"),
            ("visit", "Emmanuel Macron", "USA", "completed", "2026-11-26"),
            ("visit", "Giorgia Meloni", "USA", "completed", "2026-11-26")} <= facts


def test_which_trip_was_joined_is_unsaid_when_the_sentence_before_told_two_places(full_ref: Reference) -> None:
    facts = dated(full_ref, "TOKYO - Antony Blinken arrived on Tuesday morning from Ankara, where he had met Hakan Fidan "
                  "on Monday. He was joined at the guest house by Annalena Baerbock and Antonio Tajani.", SAT_28_NOV_2026)
    assert not {f for f in facts if f[1] in {"Annalena Baerbock", "Antonio Tajani"} and f[2] == "TUR"}


# -- "was greeted with a guard of honour rather than arrested": an arrest not made ----------------------------------

@pytest.mark.parametrize("text", [
    "The International Criminal Court has a warrant out for Vladimir Putin. Its limits showed in September, when Putin "
    "flew to Mongolia, a state party, and was welcomed with a guard of honour rather than arrested.",
    "The International Criminal Court has a warrant out for Vladimir Putin. Its limits showed in September, when Putin "
    "flew to Mongolia, a state party, and was given a red carpet instead of arrested.",
])
def test_an_arrest_named_as_what_did_not_happen_is_no_warrant_served(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert not {f for f in facts if f[0] == "warrant" and f[3] == "executed"}
    assert ("visit", "Vladimir Putin", "MNG", "completed", "2026-09") in facts


# -- "there were no plans for a visit by X to Y", "no date had been agreed for a visit by X to Y": no trip -----------

@pytest.mark.parametrize("text", [
    "A spokesman said there were no plans at present for a visit by Recep Tayyip Erdoğan to Greece.",
    "ANKARA - Officials said on Friday that no date had been fixed for a visit by Recep Tayyip Erdoğan to Greece.",
    "There is no timetable yet for a trip by Recep Tayyip Erdoğan to Greece, his office said.",
])
def test_no_plans_or_date_for_a_visit_is_no_trip(full_ref: Reference, text: str) -> None:
    assert not dated(full_ref, text, SAT_28_NOV_2026)


def test_a_visit_planned_beside_one_with_no_date_is_still_a_plan(full_ref: Reference) -> None:
    facts = dated(full_ref, "A visit by Recep Tayyip Erdoğan to Greece is planned for December, but there is no date yet "
                  "for a trip by Erdoğan to Cyprus.", SAT_28_NOV_2026)
    assert facts == {("visit", "Recep Tayyip Erdoğan", "GRC", "planned", "2026-12")}


# -- "has given no sign that he intends to travel to Kyiv": no plan told ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The letter went unanswered, and Donald Trump has shown no sign that he plans to go to Kyiv.",
    "There is no indication that Donald Trump will travel to Kyiv this year.",
    "There is no sign yet Donald Trump plans to go to Kyiv.",
])
def test_no_sign_of_a_plan_is_no_plan(full_ref: Reference, text: str) -> None:
    assert not {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[1] == "Donald Trump"}


def test_a_plan_told_beside_no_sign_of_another_still_stands(full_ref: Reference) -> None:
    facts = dated(full_ref, "Donald Trump will travel to Tokyo next week, though there is no sign of a stop in Seoul.",
                  SAT_28_NOV_2026)
    assert ("visit", "Donald Trump", "JPN", "planned") in {f[:4] for f in facts}


# -- "Wong is expected to land in Canberra on Thursday": the way home after a trip is no new trip --------------------

def test_landing_at_home_after_a_trip_is_no_plan_to_the_place_left(full_ref: Reference) -> None:
    facts = dated(full_ref, "CANBERRA - Foreign Minister Penny Wong is on her way back to Australia after two days of "
                  "talks in Washington. Wong is expected to land in Canberra on Sunday.", SAT_28_NOV_2026)
    assert not {f for f in facts if f[3] == "planned"}


def test_a_bare_landing_ahead_is_still_a_plan_where_the_article_put_the_traveller(full_ref: Reference) -> None:
    facts = dated(full_ref, "Foreign Minister Penny Wong will travel to Washington next week for talks. Wong is expected "
                  "to land on Monday.", SAT_28_NOV_2026)
    assert ("visit", "Penny Wong", "USA", "planned") in {f[:4] for f in facts}


# -- "had meant to close his term with a visit to Rome": a plan told as over --------------------------------------------

def test_a_visit_a_leader_had_meant_to_make_and_that_was_scrapped_is_cancelled(full_ref: Reference) -> None:
    facts = dated(full_ref, "Olaf Scholz had meant to round off the year with a visit to Tokyo and Seoul starting on "
                  "Thursday. His office scrapped the trip on Wednesday because of the budget crisis.", SAT_28_NOV_2026)
    assert {("visit", "Olaf Scholz", "JPN", "cancelled"), ("visit", "Olaf Scholz", "KOR", "cancelled")} <= {f[:4] for f in facts}
    assert not {f for f in facts if f[3] in {"completed", "planned"}}


@pytest.mark.parametrize("text", [
    "Olaf Scholz had meant to round off the year with a visit to Tokyo on Thursday.",
    "Olaf Scholz had meant to visit Tokyo on Thursday.",
])
def test_a_visit_a_leader_had_meant_to_make_is_no_trip_made(full_ref: Reference, text: str) -> None:
    assert not {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[3] in {"completed", "planned", "ongoing"}}


# -- "X and Y attended the talks", in a story filed from where today's talks are held ---------------------------------

@pytest.mark.parametrize("text", [
    "ROME - Giorgia Meloni welcomed the leaders of two neighbouring states to Villa Pamphili on Saturday for a first "
    "summit on migration. Recep Tayyip Erdoğan and Viktor Orbán attended the talks, which were to close with a joint "
    "statement.",
    "ROME - Giorgia Meloni hosted a summit on migration on Saturday. Recep Tayyip Erdoğan and Viktor Orbán attended the "
    "summit.",
])
def test_those_who_attended_today_s_talks_where_the_story_is_filed_are_there(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert {("visit", "Recep Tayyip Erdoğan", "ITA", "ongoing", "2026-11-28"),
            ("visit", "Viktor Orbán", "ITA", "ongoing", "2026-11-28")} <= facts


def test_joining_talks_ahead_is_not_a_trip_to_where_the_story_is_filed(full_ref: Reference) -> None:
    facts = dated(full_ref, "BEIJING - Xi Jinping will make a state visit to France next week. Ursula von der Leyen will "
                  "travel to Paris to join the talks on Tuesday, her office said.", SAT_28_NOV_2026)
    assert not {f for f in facts if f[1] == "Ursula von der Leyen" and f[2] == "CHN"}


# -- "were among the delegations from more than 40 countries seated in ...": there -----------------------------------

def test_those_among_the_delegations_seated_at_the_story_s_ceremony_are_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "VERDUN, France - Heads of state gathered on Saturday to mark the end of the battle. Olaf "
                  "Scholz and Giorgia Meloni were among the delegations from more than 40 countries seated before the "
                  "ossuary.", SAT_28_NOV_2026)
    assert {("visit", "Olaf Scholz", "FRA", "ongoing", "2026-11-28"),
            ("visit", "Giorgia Meloni", "FRA", "ongoing", "2026-11-28")} <= facts


def test_delegations_from_other_countries_named_with_no_presence_place_no_one(full_ref: Reference) -> None:
    facts = dated(full_ref, "VERDUN, France - Heads of state gathered on Saturday to mark the end of the battle. Olaf "
                  "Scholz said the delegations from more than 40 countries showed how far Europe had come.", SAT_28_NOV_2026)
    assert not {f for f in facts if f[1] == "Olaf Scholz"}


# -- "09:40 - X has arrived" on a live page: today, not the day the gathering opened ---------------------------------

def test_an_arrival_just_told_on_a_live_page_is_dated_today(full_ref: Reference) -> None:
    facts = dated(full_ref, "Live coverage of the second day of the Munich Security Conference, which opened on Friday.\n\n"
                  "09:40 - Emmanuel Macron has arrived.", SAT_28_NOV_2026)
    assert ("visit", "Emmanuel Macron", "DEU", "ongoing", "2026-11-28") in facts


def test_an_arrival_on_a_live_page_told_with_its_day_keeps_it(full_ref: Reference) -> None:
    facts = dated(full_ref, "Live coverage of the second day of the Munich Security Conference, which opened on Friday.\n\n"
                  "09:40 - Emmanuel Macron has arrived in Munich after landing on Friday evening.", SAT_28_NOV_2026)
    assert ("visit", "Emmanuel Macron", "DEU", "ongoing", "2026-11-27") in facts


# -- "X, also attending the conference, holds a meeting": at the story's gathering ------------------------------------

def test_one_apposed_as_also_attending_the_story_s_gathering_is_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "Live coverage of the second day of the Munich Security Conference.\n\n14:10 - Isaac Herzog, "
                  "also attending the conference, sits down with the Qatari prime minister.", SAT_28_NOV_2026)
    assert ("visit", "Isaac Herzog", "DEU", "ongoing") in {f[:4] for f in facts}


def test_is_also_attending_still_reads_as_a_stay(full_ref: Reference) -> None:
    facts = dated(full_ref, "BISHKEK - Leaders of the Commonwealth of Independent States meet in Bishkek on Saturday. "
                  "Emomali Rahmon is also attending the summit.", SAT_28_NOV_2026)
    assert ("visit", "Emomali Rahmon", "KGZ", "ongoing", "2026-11-28") in facts


# -- "X attended as well", in a story filed from today's gathering; "broke up on Saturday": over, that day ------------

def test_a_bare_attendance_at_today_s_gathering_where_the_story_is_filed_is_a_stay(full_ref: Reference) -> None:
    facts = dated(full_ref, "GRANADA, Spain - Leaders from across Europe arrived at the Alhambra on Saturday for a "
                  "meeting of the European Political Community. Viktor Orbán attended as well.", SAT_28_NOV_2026)
    assert ("visit", "Viktor Orbán", "ESP", "ongoing", "2026-11-28") in facts


def test_those_who_attended_a_gathering_the_opening_says_broke_up_today_made_a_trip_that_day(full_ref: Reference) -> None:
    facts = dated(full_ref, "CAIRO - A summit called by Egypt on the war in Sudan broke up on Saturday without a joint "
                  "statement. Britain's Foreign Secretary David Lammy attended, and Turkey sent Hakan Fidan.",
                  SAT_28_NOV_2026)
    assert ("visit", "David Lammy", "EGY", "completed", "2026-11-28") in facts


# -- "was among the first to arrive": there, dated by the arrival's own words -----------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("GRANADA, Spain - Leaders from across Europe arrived at the Alhambra on Saturday for a meeting of the European "
     "Political Community. Volodymyr Zelensky was among the first to arrive and is expected to address the Spanish "
     "parliament on Monday.", "2026-11-28"),
    ("GRANADA, Spain - Leaders from across Europe are gathering at the Alhambra for a meeting of the European Political "
     "Community. Volodymyr Zelensky was among the first to arrive, landing late on Friday.", "2026-11-27"),
])
def test_one_among_the_first_to_arrive_is_there(full_ref: Reference, text: str, day: str) -> None:
    assert ("visit", "Volodymyr Zelensky", "ESP", "ongoing", day) in dated(full_ref, text, SAT_28_NOV_2026)


# -- "has arrived despite ...", "has arrived as one of ...": a bare arrival at the story's gathering -------------------

@pytest.mark.parametrize("text", [
    "Live coverage of the NATO summit in The Hague, which opens on Saturday.\n\n10:15 - Emmanuel Macron has arrived "
    "despite a crisis in parliament at home.",
    "Live coverage of the NATO summit in The Hague, which opens on Saturday.\n\n10:15 - Emmanuel Macron has arrived as "
    "one of the first leaders.",
])
def test_an_arrival_told_with_its_circumstances_is_at_the_story_s_gathering(full_ref: Reference, text: str) -> None:
    assert ("visit", "Emmanuel Macron", "NLD", "ongoing", "2026-11-28") in dated(full_ref, text, SAT_28_NOV_2026)


# -- "11:40 - X and Y are spotted talking in a corridor" on a live page --------------------------------------------------

def test_two_spotted_together_on_a_live_page_are_at_its_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "Live coverage of the NATO summit in The Hague, which opens on Saturday.\n\n14:30 - Emmanuel "
                  "Macron and Brazil's Luiz Inácio Lula da Silva are spotted chatting by the coffee bar.", SAT_28_NOV_2026)
    assert {("visit", "Emmanuel Macron", "NLD", "ongoing", "2026-11-28"),
            ("visit", "Luiz Inácio Lula da Silva", "NLD", "ongoing", "2026-11-28")} <= facts


# -- a week-ahead diary: "Friday: The conference opens. X is also among the speakers" is a plan for Friday --------------

def test_a_presence_in_a_diary_paragraph_led_by_a_day_ahead_is_a_plan_for_it(full_ref: Reference) -> None:
    facts = dated(full_ref, "The week ahead in diplomacy.\n\nThursday: The Munich Security Conference opens. Wang Yi is "
                  "also among the speakers.", SAT_28_NOV_2026 - timedelta(days=5))
    assert ("visit", "Wang Yi", "DEU", "planned", "2026-11-26") in facts


def test_a_presence_in_a_paragraph_led_by_a_day_gone_is_not_made_a_plan(full_ref: Reference) -> None:
    facts = dated(full_ref, "The week ahead in diplomacy.\n\nMonday: The Munich Security Conference opened. Wang Yi is "
                  "also among the speakers.", SAT_28_NOV_2026 - timedelta(days=5))
    assert not {f for f in facts if f[3] == "planned"}


# -- "a summit between X and Y. The two presidents agreed ...": the two the meeting is between ---------------------------

def test_the_two_after_a_summit_between_two_named_with_a_third_are_those_two(full_ref: Reference) -> None:
    facts = dated(full_ref, "Recep Tayyip Erdoğan again offered to host a summit between Donald Trump and Vladimir Putin "
                  "in Istanbul. The two presidents agreed last month to meet in Istanbul, but the plan was shelved within "
                  "days.", SAT_28_NOV_2026)
    assert {("visit", "Donald Trump", "TUR", "cancelled"), ("visit", "Vladimir Putin", "TUR", "cancelled")} <= {f[:4] for f in facts}
    assert not {f for f in facts if f[1] == "Recep Tayyip Erdoğan"}


# -- "A state visit to the Holy See had been scheduled for April 8 but was postponed": that trip, cancelled ------------

def test_a_visit_with_its_place_scheduled_then_postponed_is_cancelled_on_its_day(full_ref: Reference) -> None:
    facts = dated(full_ref, "MADRID - King Charles III arrived in Madrid on Thursday at the start of a state visit to Spain. "
                  "A state visit to Portugal, which was to have followed, had been scheduled for December 2 but was "
                  "postponed last week.", SAT_28_NOV_2026)
    assert ("visit", "Charles III", "PRT", "cancelled", "2026-12-02") in facts


def test_the_trip_under_way_once_postponed_is_not_cancelled(full_ref: Reference) -> None:
    facts = dated(full_ref, "MADRID - King Charles III arrived in Madrid on Thursday at the start of a state visit to Spain. "
                  "The trip had been scheduled for last spring but was postponed because of an election.", SAT_28_NOV_2026)
    assert not {f for f in facts if f[3] == "cancelled"}


# -- "HANOI — X arrived on Sunday, flying in from New Delhi, where ... the G20": arrived here, from the gathering -------

@pytest.mark.parametrize("text", [
    "HANOI - Vietnam raised ties with Japan on Friday. Fumio Kishida arrived on Friday afternoon, flying in from New Delhi, "
    "where he had spent two days at the Group of 20 summit.",
    "HANOI - Vietnam raised ties with Japan on Friday. Fumio Kishida arrived on Friday afternoon from New Delhi, where he "
    "had spent two days at the Group of 20 summit.",
])
def test_an_arrival_from_the_gathering_just_named_is_where_the_story_is_filed(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026 - timedelta(days=3 * 365))
    assert ("visit", "Fumio Kishida", "VNM", "ongoing") in {f[:4] for f in facts}


# -- "X invited Y to visit Z at a convenient time. Y accepted the invitation": a plan ---------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Kim Jong Un invited Vladimir Putin at the end of their talks to visit North Korea at a convenient time, the agency "
     "reported on Thursday. Putin accepted the invitation with pleasure.", None),
    ("Kim Jong Un invited Vladimir Putin to visit North Korea in March. Putin accepted the invitation.", "2027-03"),
])
def test_an_invitation_accepted_in_the_next_sentence_is_a_plan(full_ref: Reference, text: str, day: str | None) -> None:
    assert ("visit", "Vladimir Putin", "PRK", "planned", day) in dated(full_ref, text, SAT_28_NOV_2026)


def test_an_invitation_accepted_by_someone_else_is_no_plan_of_the_guest(full_ref: Reference) -> None:
    facts = dated(full_ref, "Kim Jong Un invited Vladimir Putin to visit North Korea in March. Xi Jinping accepted the "
                  "invitation to the parade.", SAT_28_NOV_2026)
    assert not {f for f in facts if f[3] == "planned"}


# -- "flew in later the same day": a bare arrival, on the day the sentence before told; "expected on Friday ahead of" ---

def test_an_arrival_later_the_same_day_takes_the_day_told_before(full_ref: Reference) -> None:
    facts = dated(full_ref, "TOKYO - Foreign ministers of the Quad met in Tokyo on Saturday. Antony Blinken arrived on "
                  "Thursday. Penny Wong and Subrahmanyam Jaishankar flew in later the same day.", SAT_28_NOV_2026.replace(year=2024))
    assert {("visit", "Penny Wong", "JPN", "ongoing", "2024-11-28"),
            ("visit", "Subrahmanyam Jaishankar", "JPN", "ongoing", "2024-11-28")} <= facts


def test_one_expected_on_a_day_ahead_of_a_meeting_is_a_plan_to_the_story_s_place(full_ref: Reference) -> None:
    facts = dated(full_ref, "VIENTIANE, Nov 28 - Foreign ministers of Southeast Asia opened their meeting in the Lao "
                  "capital on Saturday. Sergey Lavrov is expected on Monday ahead of the ministers' closing session.",
                  SAT_28_NOV_2026)
    assert ("visit", "Sergey Lavrov", "LAO", "planned", "2026-11-30") in facts


# -- "Blinken and Austin move on to Manila on Tuesday": a schedule told of two -------------------------------------------

@pytest.mark.parametrize("text", [
    "Antony Blinken and Penny Wong move on to Manila on Monday for security talks.",
    "Antony Blinken and Austin fly to Manila on Monday for security talks.",
])
def test_two_going_on_a_day_ahead_in_the_present_is_a_plan(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026.replace(year=2024))
    assert ("visit", "Antony Blinken", "PHL", "planned", "2024-12-02") in facts


def test_two_going_on_a_day_gone_in_the_present_is_no_plan(full_ref: Reference) -> None:
    facts = dated(full_ref, "Antony Blinken and Penny Wong fly to Manila, officials said on Monday.", SAT_28_NOV_2026.replace(year=2024))
    assert not {f for f in facts if f[3] == "planned"}


# -- "saw Egyptian President Abdel Fattah el-Sisi in Cairo": a meeting with a leader told by title ---------------------

def test_seeing_a_titled_leader_the_reference_does_not_know_at_a_place_is_a_meeting_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "On Thursday Annalena Baerbock saw Egyptian President Abdel Fattah el-Sisi in Cairo and then "
                  "flew to Amman.", SAT_28_NOV_2026)
    assert {("visit", "Annalena Baerbock", "EGY", "completed", "2026-11-26"),
            ("visit", "Annalena Baerbock", "JOR", "completed", "2026-11-26")} <= facts


def test_seeing_a_place_is_no_meeting(full_ref: Reference) -> None:
    facts = dated(full_ref, "Annalena Baerbock said Germany saw Egyptian President Abdel Fattah el-Sisi as a partner.",
                  SAT_28_NOV_2026)
    assert not facts


# -- "flew to X on Nov. 2 and went back to X on Nov. 20": two trips, each on its own day -----------------------------

def test_a_second_going_to_the_same_country_in_one_sentence_is_a_second_trip_on_its_own_day(full_ref: Reference) -> None:
    facts = dated(full_ref, "Giorgia Meloni flew to Florida to meet Donald Trump on Nov. 2 and went back to the United "
                  "States for talks in Washington on Nov. 20.", SAT_28_NOV_2026)
    assert {("visit", "Giorgia Meloni", "USA", "completed", "2026-11-02"),
            ("visit", "Giorgia Meloni", "USA", "completed", "2026-11-20")} <= facts


def test_two_days_of_one_trip_told_in_one_sentence_stay_one_trip(full_ref: Reference) -> None:
    facts = dated(full_ref, "Giorgia Meloni flew to Washington on Nov. 18 and held talks with Donald Trump on Nov. 19.",
                  SAT_28_NOV_2026)
    assert len({f for f in facts if f[2] == "USA"}) == 1


# -- "X and her French counterpart, Y, travelled to Damascus": both ------------------------------------------------------

def test_a_minister_and_her_counterpart_told_by_role_and_name_both_travel(full_ref: Reference) -> None:
    facts = dated(full_ref, "Annalena Baerbock and her French counterpart, Jean-Noël Barrot, travelled to Damascus on "
                  "Thursday to meet the new government.", SAT_28_NOV_2026.replace(year=2024))
    assert {("visit", "Annalena Baerbock", "SYR"), ("visit", "Jean-Noël Barrot", "SYR")} <= {f[:3] for f in facts}


# -- "met Xi Jinping, the latest stop on a tour that has taken him to Kyiv": the guest's tour, not the host's --------

def test_a_tour_that_took_him_after_meeting_a_host_at_home_is_the_guest_s(full_ref: Reference) -> None:
    facts = dated(full_ref, "BEIJING - Viktor Orbán landed in Beijing on Friday and met Xi Jinping, the latest stop on a "
                  "tour that has already taken him to Kyiv and Moscow.", SAT_28_NOV_2026.replace(year=2024))
    assert {("visit", "Viktor Orbán", "UKR", "completed"), ("visit", "Viktor Orbán", "RUS", "completed")} <= {f[:4] for f in facts}
    assert not {f for f in facts if f[1] == "Xi Jinping"}


# -- "Budapest's offer to receive Putin": an offer, no visit yet -----------------------------------------------------------

def test_an_offer_to_receive_a_leader_is_no_plan(full_ref: Reference) -> None:
    assert not dated(full_ref, "Ankara's offer to receive Vladimir Putin rests partly on its distance from the court.",
                     SAT_28_NOV_2026)


# -- "Foreign Minister X will lead the Russian team": a delegation by another name ------------------------------------

def test_leading_a_country_s_team_at_the_story_s_gathering_is_a_trip_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "NEW DELHI - Leaders of the Group of 20 gather in New Delhi on Saturday for a two-day summit. "
                  "Vladimir Putin will stay away, and Sergey Lavrov will lead the Russian team.", SAT_28_NOV_2026.replace(year=2023) - timedelta(days=82))
    assert ("visit", "Sergey Lavrov", "IND", "planned") in {f[:4] for f in facts}


# -- "Also in town this week is X": there, where the story is filed -------------------------------------------------------

def test_one_also_in_town_is_at_the_story_s_place(full_ref: Reference) -> None:
    facts = dated(full_ref, "NEW YORK - World leaders gather at the United Nations this week for the General Assembly. "
                  "Also in town this week is Brazil's Luiz Inácio Lula da Silva, who has said little.", SAT_28_NOV_2026)
    assert ("visit", "Luiz Inácio Lula da Silva", "USA", "ongoing") in {f[:4] for f in facts}


# -- a bare arrival is not at the traveller's own gathering the sentence names, but where the story is filed -----------

def test_an_arrival_told_beside_the_gathering_the_traveller_hosts_at_home_is_where_the_story_is_filed(full_ref: Reference) -> None:
    facts = dated(full_ref, "JAKARTA - Southeast Asian leaders met on Wednesday. Narendra Modi arrived on Wednesday, days "
                  "before hosting the G20 summit.", date(2023, 9, 6))
    assert ("visit", "Narendra Modi", "IDN", "ongoing", "2023-09-06") in facts


# -- "X, one of the leaders invited to the sessions, is due to arrive tomorrow": the invitation is not the verb's -----

def test_an_invitation_told_in_an_apposition_does_not_make_the_plan_after_it_a_mere_invitation(full_ref: Reference) -> None:
    facts = dated(full_ref, "JOHANNESBURG - BRICS leaders meet in Johannesburg this week. Joko Widodo, one of the leaders "
                  "invited to the outreach sessions, is due to arrive tomorrow at the end of an African tour.", date(2023, 8, 22))
    assert ("visit", "Joko Widodo", "ZAF", "planned", "2023-08-23") in facts


def test_an_invitation_to_come_is_still_no_plan(full_ref: Reference) -> None:
    facts = dated(full_ref, "JOHANNESBURG - BRICS leaders meet in Johannesburg this week. Ramaphosa has sent an invitation "
                  "for Joko Widodo to come to the summit.", date(2023, 8, 22))
    assert not {f for f in facts if f[1] == "Joko Widodo"}
