"""Language the thirty-second round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

SAT_28_NOV_2026 = date(2026, 11, 28)


# -- "The Hungarian prime minister arrived late and said little": a bare arrival at the story's gathering ------------

@pytest.mark.parametrize("text", [
    "BRUSSELS - European Union leaders are meeting in Brussels on Saturday for a special summit on defence. Viktor "
    "Orbán arrived late and said little.",
    "BRUSSELS - European Union leaders are meeting in Brussels on Saturday for a special summit on defence. Viktor "
    "Orbán arrived late.",
])
def test_a_late_arrival_at_the_story_s_gathering_is_there(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Viktor Orbán", "BEL", "ongoing", "2026-11-28") in facts


def test_those_among_the_leaders_who_spoke_to_reporters_on_arrival_are_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "BRUSSELS - European Union leaders are meeting in Brussels on Saturday for a special summit "
                  "on defence. Emmanuel Macron and Giorgia Meloni were among the leaders who stopped to speak to "
                  "reporters on arrival.", SAT_28_NOV_2026)
    assert {("visit", "Emmanuel Macron", "BEL", "ongoing", "2026-11-28"),
            ("visit", "Giorgia Meloni", "BEL", "ongoing", "2026-11-28")} <= facts


@pytest.mark.parametrize("text", [
    "BRUSSELS - European Union foreign ministers are meeting in Brussels on Saturday. Germany's Annalena Baerbock said on "
    "arrival that the presidency was no personal platform.",
    "BRUSSELS - European Union foreign ministers are meeting in Brussels on Saturday. Annalena Baerbock told reporters on "
    "her arrival that the bloc had to decide together.",
])
def test_one_who_said_something_on_arrival_is_at_the_story_s_gathering(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Annalena Baerbock", "BEL", "ongoing", "2026-11-28") in facts


@pytest.mark.parametrize("text", [
    "BRUSSELS - European Union foreign ministers are meeting in Brussels on Saturday. Annalena Baerbock told reporters on "
    "arrival in Kyiv that the bloc had to decide together.",
    "BRUSSELS - European Union foreign ministers are meeting in Brussels on Saturday. Annalena Baerbock told reporters on "
    "arrival that Berlin had offered to host talks, as it did in March 2022.",
])
def test_an_arrival_elsewhere_or_a_remark_dated_in_the_past_is_not_read_as_there(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[2] == "BEL"]


def test_foreign_ministers_meeting_where_the_story_is_filed_are_its_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "BRUSSELS - European Union foreign ministers meeting in Brussels on Saturday criticised "
                  "Hungary. Annalena Baerbock said on arrival that the presidency was no personal platform.", SAT_28_NOV_2026)
    assert ("visit", "Annalena Baerbock", "BEL", "ongoing", "2026-11-28") in facts


# -- "will not attend the funeral of Pope Francis": a pope's funeral or inauguration is held at the Vatican ---------

@pytest.mark.parametrize(("text", "fact"), [
    ("MOSCOW — Vladimir Putin will not attend the funeral of Pope Francis on Monday, the Kremlin said.",
     ("visit", "Vladimir Putin", "VAT", "declined", "2026-11-30")),
    ("Emmanuel Macron will attend the funeral of the late pope on Monday.",
     ("visit", "Emmanuel Macron", "VAT", "planned", "2026-11-30")),
    ("Emmanuel Macron attended the inauguration of the new pontiff on Tuesday.",
     ("visit", "Emmanuel Macron", "VAT", "completed", "2026-11-24")),
])
def test_a_pope_s_funeral_or_inauguration_is_at_the_vatican(full_ref: Reference, text: str, fact: tuple) -> None:
    assert fact in dated(full_ref, text, SAT_28_NOV_2026)


def test_a_conference_on_peace_in_a_country_is_not_held_there_when_the_dateline_is_unknown(full_ref: Reference) -> None:
    facts = dated(full_ref, "STANSSTAD - Delegations from 90 countries arrived on Saturday for the two-day conference on "
                  "peace in Ukraine. France's Emmanuel Macron arrived shortly afterwards.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[2] == "UKR"]


def test_guests_greeted_undated_in_a_story_about_the_day_s_summit_are_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "FASANO, Italy - Leaders of the Group of Seven opened their annual summit at a resort in "
                  "southern Italy on Saturday. Host Giorgia Meloni greeted President Joe Biden and Japan's Fumio Kishida "
                  "on the terrace before a first working session.", SAT_28_NOV_2026)
    assert {("visit", "Joe Biden", "ITA", "ongoing", "2026-11-28"), ("visit", "Fumio Kishida", "ITA", "ongoing", "2026-11-28")} <= facts


# -- "chose not to make the trip to Switzerland": a trip turned down, not a plan "to make" one --------------------

@pytest.mark.parametrize(("text", "host"), [
    ("Narendra Modi chose not to make the trip to Switzerland for the peace conference.", "CHE"),
    ("Narendra Modi declined to make the journey to Riyadh for the summit.", "SAU"),
])
def test_a_trip_one_chose_not_to_make_is_declined(full_ref: Reference, text: str, host: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Narendra Modi", host, "declined")]


def test_a_trip_one_chose_to_make_is_still_a_plan(full_ref: Reference) -> None:
    facts = dated(full_ref, "Narendra Modi is set to make the trip to Switzerland next week.", SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Narendra Modi", "CHE", "planned")]


# -- "X, also in Italy on Thursday, ..." in Saturday's paper: that stay is over -------------------------------------

def test_an_apposed_stay_dated_days_back_is_over(full_ref: Reference) -> None:
    facts = dated(full_ref, "Brazil's Luiz Inácio Lula da Silva, also in Italy on Thursday, had said weeks ago that he "
                  "would skip the meeting.", SAT_28_NOV_2026)
    assert ("visit", "Luiz Inácio Lula da Silva", "ITA", "completed", "2026-11-26") in facts


@pytest.mark.parametrize("text", [
    "Australia's Anthony Albanese, also in Wilmington on Thursday, has stayed on and is expected at the General "
    "Assembly this week.",
    "Brazil's Luiz Inácio Lula da Silva, also in Italy for the summit, said he would skip the meeting.",
])
def test_an_apposed_stay_that_runs_on_or_is_undated_is_under_way(full_ref: Reference, text: str) -> None:
    assert [fact[3] for fact in dated(full_ref, text, SAT_28_NOV_2026) if fact[0] == "visit" and fact[3] != "declined"] == ["ongoing"]


def test_a_meeting_one_would_skip_is_not_a_meeting_where_one_is(full_ref: Reference) -> None:
    facts = dated(full_ref, "Lula, in Italy on Thursday, said he would skip the meeting.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[2] == "ITA" and fact[3] == "planned"]


# -- "has shelved his own plans to visit Israel": the pronoun masked is not where the subject's words start ---------

@pytest.mark.parametrize("text", [
    "Erdogan said on Thursday that he had shelved his own plans to visit Israel.",
    "Erdogan has called off his plans to visit Israel.",
    "Erdogan has scrapped plans to travel to Israel.",
])
def test_plans_to_visit_a_country_dropped_are_a_trip_cancelled(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Recep Tayyip Erdoğan", "ISR", "cancelled")]


def test_plans_to_attend_a_gathering_dropped_are_an_absence(full_ref: Reference) -> None:
    facts = dated(full_ref, "Olaf Scholz has dropped his plans to attend the climate summit in Baku.", SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Olaf Scholz", "AZE", "declined")]


def test_plans_one_would_not_change_still_stand(full_ref: Reference) -> None:
    facts = dated(full_ref, "Vladimir Putin said on Thursday he would not change his plans to go to India next month.",
                  SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Vladimir Putin", "IND", "planned")]


# -- "LONDON - X was given the full state welcome on Friday": where the story is filed ----------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("LONDON - South Korea's Yoon Suk Yeol was given the full state welcome on Friday, riding in a carriage with King "
     "Charles III.", ("visit", "Yoon Suk Yeol", "GBR", "ongoing", "2026-11-27")),
    ("LONDON - South Korea's Yoon Suk Yeol was given a ceremonial welcome on Tuesday.",
     ("visit", "Yoon Suk Yeol", "GBR", "completed", "2026-11-24")),
])
def test_a_state_welcome_is_a_stay_where_the_story_is_filed(full_ref: Reference, text: str, fact: tuple) -> None:
    assert fact in dated(full_ref, text, SAT_28_NOV_2026)


def test_a_round_up_section_led_by_its_place_is_filed_from_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "Our weekly round-up of the comings and goings of world leaders.\n\nLONDON: South Korea's Yoon "
                  "Suk Yeol was given the full state welcome on Tuesday, riding in a carriage with King Charles III.\n\n"
                  "NEXT WEEK: Leaders converge on Dubai for the climate conference.", SAT_28_NOV_2026)
    assert ("visit", "Yoon Suk Yeol", "GBR", "completed", "2026-11-24") in facts


# -- "It was X's first visit to India since the invasion in February 2022": the trip told before, not one of 2022 ---

def test_a_first_visit_since_an_earlier_time_is_the_trip_already_told(full_ref: Reference) -> None:
    facts = dated(full_ref, "NEW DELHI - Ukrainian Foreign Minister Dmytro Kuleba, who arrived in the Indian capital on "
                  "Friday, held talks with his counterpart. It was Kuleba's first visit to India since the start of the "
                  "full-scale invasion in February 2022.", SAT_28_NOV_2026)
    assert [fact for fact in facts if fact[1] == "Dmytro Kuleba"] == [("visit", "Dmytro Kuleba", "IND", "ongoing", "2026-11-27")]


def test_a_visit_that_went_ahead_is_not_cancelled_by_what_another_called_off(full_ref: Reference) -> None:
    facts = dated(full_ref, "Yoav Gallant's visit to Washington this week went ahead even after Benjamin Netanyahu "
                  "cancelled a separate delegation.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[3] == "cancelled"]


def test_one_who_would_go_together_with_a_companion_goes_to_the_story_s_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "VATICAN CITY — The funeral will be held in St Peter's Square on Tuesday, the Vatican said. "
                  "The presidency confirmed that Lula would also go, together with his wife.", SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Luiz Inácio Lula da Silva", "VAT", "planned")]


def test_trips_to_a_ceremony_take_the_day_it_will_be_held(full_ref: Reference) -> None:
    facts = dated(full_ref, "VATICAN CITY — The funeral will be held in St Peter's Square on Tuesday, the Vatican said. "
                  "The presidency confirmed that Lula would also go, together with his wife.", SAT_28_NOV_2026)
    assert facts == {("visit", "Luiz Inácio Lula da Silva", "VAT", "planned", "2026-12-01")}


# -- "KHANKENDI, July 5 (Wire) - Leaders met on Friday": the story opens on the day gone, not the dateline's ------

def test_those_who_attended_a_gathering_told_a_day_back_past_a_dated_dateline_are_done_that_day(full_ref: Reference) -> None:
    facts = dated(full_ref, "KHANKENDI, Azerbaijan, Nov. 28 (Wire) - Leaders of the Economic Cooperation Organization "
                  "met in the town of Khankendi on Friday.\n\nTurkish President Recep Tayyip Erdoğan and Tajikistan's "
                  "Emomali Rahmon were among those who attended the summit of the bloc.", SAT_28_NOV_2026)
    assert {("visit", "Recep Tayyip Erdoğan", "AZE", "completed", "2026-11-27"),
            ("visit", "Emomali Rahmon", "AZE", "completed", "2026-11-27")} <= facts


def test_those_who_attended_a_gathering_told_on_the_paper_s_day_are_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "KHANKENDI, Azerbaijan, Nov. 28 (Wire) - Leaders of the Economic Cooperation Organization "
                  "met in the town of Khankendi on Saturday.\n\nTurkish President Recep Tayyip Erdoğan was among those "
                  "who attended the summit of the bloc.", SAT_28_NOV_2026)
    assert ("visit", "Recep Tayyip Erdoğan", "AZE", "ongoing", "2026-11-28") in facts


def test_a_host_welcoming_a_guest_to_his_resort_abroad_is_not_hosting_at_home(full_ref: Reference) -> None:
    facts = dated(full_ref, "TURNBERRY, Scotland (Wire) - President Donald Trump welcomed Prime Minister Keir Starmer to "
                  "his golf resort on the Ayrshire coast on Saturday.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[1] == "Keir Starmer"]


# -- "LA MALBAIE, Quebec - Foreign ministers of the Group of Seven opened talks": where the story is filed ------------

def test_a_ministers_meeting_filed_from_another_country_than_the_presidency_is_held_there(full_ref: Reference) -> None:
    # (France holds the G7's presidency in 2026: its leaders' summit is in Evian, not this ministers' meeting)
    facts = dated(full_ref, "LA MALBAIE, Quebec - Foreign ministers of the Group of Seven opened two days of talks at a "
                  "resort in the Charlevoix region on Saturday.\n\nMarco Rubio arrived on Saturday.", SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Marco Rubio", "CAN", "ongoing")]


def test_an_arrival_fresh_from_elsewhere_is_at_the_story_s_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "LA MALBAIE, Quebec - Foreign ministers of the Group of Seven opened two days of talks at a "
                  "resort in the Charlevoix region on Saturday.\n\nMarco Rubio arrived fresh from Jeddah, where he had "
                  "led talks with the Ukrainians.", SAT_28_NOV_2026)
    assert ("visit", "Marco Rubio", "CAN", "ongoing", "2026-11-28") in facts


# -- "Downing Street confirms the prime minister will fly to Paris": the government's own holder of the office ------

def test_a_government_speaking_of_its_office_holder_names_the_one_the_article_names(full_ref: Reference) -> None:
    facts = dated(full_ref, "Downing Street confirms the prime minister will fly to Paris on Monday morning. Keir Starmer "
                  "is expected to push for faster planning.", SAT_28_NOV_2026)
    assert ("visit", "Keir Starmer", "FRA", "planned", "2026-11-30") in facts


def test_a_government_speaking_of_an_office_holder_the_article_never_names_names_no_one(full_ref: Reference) -> None:
    facts = dated(full_ref, "Downing Street confirms the prime minister will fly to Paris on Monday morning.", SAT_28_NOV_2026)
    assert not facts


# -- "is preparing to host X on October 9", "Mongolia, also a member of the court, which welcomed X" ---------------

@pytest.mark.parametrize(("text", "fact"), [
    ("DUSHANBE - Tajikistan is preparing to host Russian President Vladimir Putin on December 9 and 10 for a state "
     "visit, the press service said.", ("visit", "Vladimir Putin", "TJK", "planned", "2026-12-09")),
    ("The precedent is Mongolia, also a member of the court, which welcomed Putin in Ulaanbaatar in September last year.",
     ("visit", "Vladimir Putin", "MNG", "completed", "2025-09")),
])
def test_a_host_preparing_to_receive_or_told_after_an_apposition(full_ref: Reference, text: str, fact: tuple) -> None:
    assert fact in dated(full_ref, text, SAT_28_NOV_2026)


@pytest.mark.parametrize("text", [
    "Macron had been in Canada only days earlier.",
    "Macron had been in Canada just a week earlier.",
])
def test_a_stay_told_in_the_pluperfect_days_before_is_over(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts] == [("visit", "Emmanuel Macron", "CAN", "completed")]


# -- "X has been held since he was arrested again on July 10": a warrant served, with its day -----------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Former President Yoon Suk Yeol has been held at the detention centre since he was arrested again on Tuesday.",
     ("warrant", "Yoon Suk Yeol", "KOR", "executed", "2026-11-24")),
    ("In Seoul, ex-president Yoon Suk Yeol refused to leave his cell for questioning, days after being arrested again "
     "on Nov. 20.", ("warrant", "Yoon Suk Yeol", "KOR", "executed", "2026-11-20")),
    ("Rodrigo Duterte was arrested in Manila on March 11.", ("warrant", "Rodrigo Duterte", "ICC", "executed", "2026-03-11")),
])
def test_an_arrest_told_with_its_day_is_a_warrant_executed(full_ref: Reference, text: str, fact: tuple) -> None:
    assert fact in dated(full_ref, text, SAT_28_NOV_2026)


@pytest.mark.parametrize("text", [
    "Yoon Suk Yeol was not arrested on Tuesday, prosecutors said.",
    "If he travels, Vladimir Putin could be arrested on arrival.",
    "Yoon Suk Yeol was arrested in January and has been held since.",
])
def test_an_arrest_denied_supposed_or_undated_is_no_warrant_served(full_ref: Reference, text: str) -> None:
    assert not [fact for fact in dated(full_ref, text, SAT_28_NOV_2026) if fact[0] == "warrant" and fact[3] == "executed"]


def test_one_who_surrendered_at_a_jail_on_a_day_had_a_warrant_executed(full_ref: Reference) -> None:
    facts = dated(full_ref, "ATLANTA - Former President Donald Trump surrendered at the Fulton County jail on Thursday "
                  "evening on charges that he conspired to overturn his election defeat.", SAT_28_NOV_2026)
    assert facts == {("warrant", "Donald Trump", "USA", "executed", "2026-11-26")}


def test_those_along_with_one_among_the_foreign_delegations_are_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "OSWIECIM, Poland - Survivors and world leaders gathered at the site of the camp on Saturday. "
                  "King Charles III was among about 50 foreign delegations, along with France's Emmanuel Macron and "
                  "Ukraine's Volodymyr Zelensky.", SAT_28_NOV_2026)
    assert {("visit", "Emmanuel Macron", "POL", "ongoing", "2026-11-28"),
            ("visit", "Volodymyr Zelensky", "POL", "ongoing", "2026-11-28")} <= facts


def test_one_who_flew_on_to_a_place_where_she_was_meeting_someone_that_day_is_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "Giorgia Meloni flew on to Jordan, where she was meeting King Abdullah II in Aqaba on Saturday "
                  "evening.", SAT_28_NOV_2026)
    assert [fact for fact in facts if fact[2] == "JOR"] == [("visit", "Giorgia Meloni", "JOR", "ongoing", "2026-11-28")]


def test_one_who_flew_on_days_ago_to_a_place_where_she_was_meeting_someone_is_done(full_ref: Reference) -> None:
    facts = dated(full_ref, "Giorgia Meloni flew on to Jordan on Tuesday, where she was meeting King Abdullah II.", SAT_28_NOV_2026)
    assert [fact[3] for fact in facts if fact[2] == "JOR"] == ["completed"]


# -- "11:40 -- Keir Starmer and Australia's Anthony Albanese chat in a corridor": both at the live page's gathering ---

def test_two_named_together_in_a_live_page_entry_are_at_its_gathering(full_ref: Reference) -> None:
    facts = dated(full_ref, "JOHANNESBURG -- Follow our live coverage of the Group of 20 summit at the Nasrec Expo Centre. "
                  "All times local.\n\n11:40 -- Keir Starmer and Australia's Anthony Albanese chat in a corridor.",
                  date(2025, 11, 22))  # (the year South Africa held the G20)
    assert {("visit", "Keir Starmer", "ZAF", "ongoing", "2025-11-22"), ("visit", "Anthony Albanese", "ZAF", "ongoing", "2025-11-22")} <= facts


def test_stops_scrapped_after_but_are_the_first_clause_subject_s_cancelled_trips(full_ref: Reference) -> None:
    facts = dated(full_ref, "In May Biden cut short an Asia-Pacific trip, flying to the G7 in Hiroshima but scrapping "
                  "planned stops in Papua New Guinea and Australia to return home.", SAT_28_NOV_2026)
    assert {("visit", "Joe Biden", "PNG", "cancelled", "2026-05"), ("visit", "Joe Biden", "AUS", "cancelled", "2026-05")} <= facts


def test_a_going_told_as_a_participle_after_a_fronted_month_and_a_past_deed_is_done(full_ref: Reference) -> None:
    facts = dated(full_ref, "In May Biden cut short an Asia-Pacific trip, flying to the G7 summit in Hiroshima.", SAT_28_NOV_2026)
    assert ("visit", "Joe Biden", "JPN", "completed", "2026-05") in facts


# -- "has blocked Defence Minister X from travelling to Washington": the one kept back, his trip called off ---------

def test_one_blocked_from_travelling_has_the_trip_cancelled_dated_by_its_own_day(full_ref: Reference) -> None:
    facts = dated(full_ref, "TEL AVIV — Prime Minister Benjamin Netanyahu on Friday blocked Defence Minister Yoav Gallant "
                  "from flying to Washington, where he had been due on Monday.", SAT_28_NOV_2026)
    assert ("visit", "Yoav Gallant", "USA", "cancelled", "2026-11-30") in facts


def test_one_not_blocked_from_travelling_has_no_trip_cancelled(full_ref: Reference) -> None:
    facts = dated(full_ref, "Netanyahu has not blocked Yoav Gallant from travelling to Washington.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[3] == "cancelled"]


# -- "... a trip to Ukraine his office had planned for February. The visit was postponed": the trip told before -------

def test_the_visit_postponed_with_no_new_date_is_the_trip_the_sentence_before_told(full_ref: Reference) -> None:
    facts = dated(full_ref, "Macron has yet to make a trip to Ukraine that his office had planned for October. The visit "
                  "was postponed for security reasons and no new date has been announced.", SAT_28_NOV_2026)
    assert facts == {("visit", "Emmanuel Macron", "UKR", "cancelled", "2026-10")}


def test_one_accompanying_a_leader_to_talks_with_a_host_shares_the_leader_s_trip(full_ref: Reference) -> None:
    facts = dated(full_ref, "Viktor Orbán held talks with Trump at the White House on Friday, accompanied by Foreign "
                  "Minister Péter Szijjártó and a large delegation of ministers.", SAT_28_NOV_2026)
    assert ("visit", "Péter Szijjártó", "USA", "completed", "2026-11-27") in facts
    assert not [fact for fact in facts if fact[1] == "Donald Trump"]


# -- "represented Indonesia at the funeral of Pope Francis": the story's gathering is at the Vatican --------------

def test_a_story_about_a_pope_s_funeral_has_its_gathering_at_the_vatican(full_ref: Reference) -> None:
    facts = dated(full_ref, "JAKARTA — Former president Joko Widodo represented Indonesia at the funeral of Pope Francis on "
                  "Saturday.\n\nPhilippine President Ferdinand Marcos Jr. and the first lady attended in person and sat "
                  "among the heads of state near the altar.", SAT_28_NOV_2026)
    assert [fact[:4] for fact in facts if fact[1] == "Ferdinand Marcos Jr."] == [("visit", "Ferdinand Marcos Jr.", "VAT", "completed")]


def test_a_summit_told_in_a_story_about_a_funeral_is_not_the_funeral(full_ref: Reference) -> None:
    facts = dated(full_ref, "Leaders paid their respects at the funeral of Pope Francis on Saturday. On Thursday Emmanuel "
                  "Macron attended the summit of the Indian Ocean Commission.", SAT_28_NOV_2026)
    assert not [fact for fact in facts if fact[1] == "Emmanuel Macron" and fact[2] == "VAT"]


def test_those_at_a_ceremony_told_from_elsewhere_take_its_day(full_ref: Reference) -> None:
    facts = dated(full_ref, "JAKARTA — Former president Joko Widodo represented Indonesia at the funeral of Pope Francis on "
                  "Friday.\n\nPhilippine President Ferdinand Marcos Jr. and the first lady attended in person and sat "
                  "among the heads of state near the altar.", SAT_28_NOV_2026)
    assert ("visit", "Ferdinand Marcos Jr.", "VAT", "completed", "2026-11-27") in facts


# -- "X, who also attended, used the meeting to call for ... strikes in June": the relative clause's own day ------

def test_a_relative_clause_attendance_is_not_dated_by_a_month_told_later(full_ref: Reference) -> None:
    facts = dated(full_ref, "TIANJIN, China, Nov. 28 (Wire) - Foreign ministers of the Shanghai Cooperation Organisation met "
                  "in the port city of Tianjin on Saturday.\n\nIran's Abbas Araghchi, who also attended, used the meeting "
                  "to call for a condemnation of strikes on his country in June.", SAT_28_NOV_2026)
    assert [fact for fact in facts if fact[1] == "Abbas Araghchi"] == [("visit", "Abbas Araghchi", "CHN", "ongoing", "2026-11-28")]
