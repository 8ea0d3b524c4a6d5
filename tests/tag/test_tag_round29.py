"""Language the twenty-ninth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

SAT_28_NOV_2026 = date(2026, 11, 28)
OSLO_SUMMIT = "OSLO (Wire) - European leaders gathered in Oslo on Saturday for a one-day summit on energy. "


# -- "X is holding a bilateral meeting with Y", "X is chatting with ...": there, at the story's gathering, now -------

@pytest.mark.parametrize("deed", [
    "Olaf Scholz is holding a bilateral meeting with Narendra Modi on trade.",
    "Olaf Scholz, at his first summit since the treaty came into force in January, holds a bilateral meeting with "
    "Narendra Modi.",
    "Behind them, Olaf Scholz is chatting with the Danish delegation.",
])
def test_a_deed_in_the_gatherings_rooms_told_in_the_present_is_there_now(full_ref: Reference, deed: str) -> None:
    facts = dated(full_ref, OSLO_SUMMIT + deed, SAT_28_NOV_2026)
    assert ("visit", "Olaf Scholz", "NOR", "ongoing", "2026-11-28") in facts


def test_a_bilateral_meeting_in_a_story_with_no_gathering_places_no_one(full_ref: Reference) -> None:
    text = "Olaf Scholz is holding a bilateral meeting with Narendra Modi on trade, officials said."
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


# -- "A, B and C all joined a working dinner on Friday night": at the gathering's table, so at the gathering ---------

OSLO_TALKS = "OSLO (Wire) - European leaders gathered in Oslo on Friday for a two-day summit on energy. "


@pytest.mark.parametrize("deed", [
    "Olaf Scholz and Narendra Modi all joined a working dinner on Friday night hosted by the Norwegian minister.",
    "Olaf Scholz and Narendra Modi attended a working dinner with the host on Friday evening.",
])
def test_the_gatherings_dinner_places_its_guests_at_the_gathering(full_ref: Reference, deed: str) -> None:
    facts = dated(full_ref, OSLO_TALKS + deed, SAT_28_NOV_2026)
    assert {("visit", "Olaf Scholz", "NOR", "ongoing", "2026-11-27"),
            ("visit", "Narendra Modi", "NOR", "ongoing", "2026-11-27")} <= facts


@pytest.mark.parametrize("deed", [
    "Olaf Scholz would have joined a working dinner on Friday night had his flight not been cancelled.",
    "Olaf Scholz joined a working dinner in Stockholm on Friday night.",
])
def test_a_dinner_missed_or_held_elsewhere_places_no_one_at_the_gathering(full_ref: Reference, deed: str) -> None:
    facts = dated(full_ref, OSLO_TALKS + deed, SAT_28_NOV_2026)
    assert not {f for f in facts if f[2] == "NOR"}


# -- "NATO foreign ministers opened a two-day meeting in Oslo": the place told, not the host of the body's summit -----

def test_a_ministerial_told_in_a_place_is_there_not_at_the_bodys_summit(full_ref: Reference) -> None:
    text = ("OSLO (Wire) - NATO foreign ministers opened a two-day meeting in Oslo on Friday. Olaf Scholz and "
            "Narendra Modi all joined a working dinner on Friday night.")
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert {f[2] for f in facts} == {"NOR"}
    assert ("visit", "Olaf Scholz", "NOR", "ongoing", "2026-11-27") in facts


# -- "LONDON - European leaders met at Lancaster House on Friday": the story's gathering is where it is filed ---------

def test_leaders_who_met_where_the_story_is_filed_make_it_the_storys_gathering(full_ref: Reference) -> None:
    text = ("LONDON (Wire) - European leaders met at Lancaster House on Friday. Olaf Scholz and Giorgia Meloni sat "
            "through Friday's sessions.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Olaf Scholz", "GBR", "ongoing", "2026-11-27"),
                                                     ("visit", "Giorgia Meloni", "GBR", "ongoing", "2026-11-27")}


def test_other_countries_named_after_the_meeting_place_do_not_unmake_the_gathering(full_ref: Reference) -> None:
    text = ("PARIS (Wire) - Around 30 leaders gathered at the Elysee Palace on Friday to discuss a ceasefire in Ukraine, "
            "though the United States was not represented. Giorgia Meloni sat through Friday's sessions.")
    assert ("visit", "Giorgia Meloni", "FRA", "ongoing", "2026-11-27") in dated(full_ref, text, SAT_28_NOV_2026)


def test_leaders_who_met_elsewhere_do_not_make_the_filing_place_the_gathering(full_ref: Reference) -> None:
    text = "LONDON (Wire) - European leaders met in Brussels on Friday. Olaf Scholz sat through Friday's sessions."
    assert not {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[2] == "GBR"}


# -- "LONDON, Nov. 28 - Leaders from across Europe left London on Friday evening": the gathering was here, and is over -

def test_leaders_who_left_the_filing_place_had_their_gathering_there(full_ref: Reference) -> None:
    text = ("LONDON, Nov. 28 - Leaders from across Europe left London on Friday evening with a promise to meet again. "
            "Around the table at Lancaster House sat Emmanuel Macron and Olaf Scholz.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Emmanuel Macron", "GBR", "completed", "2026-11-27"),
                                                     ("visit", "Olaf Scholz", "GBR", "completed", "2026-11-27")}


def test_leaders_who_left_another_place_make_no_gathering_here(full_ref: Reference) -> None:
    text = "LONDON, Nov. 28 - Leaders from across Europe left Brussels on Friday evening. Olaf Scholz sat through the sessions."
    assert not {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[2] == "GBR"}


# -- "X, who lived in Qatar, met Y": where one lives is no place of the deed -------------------------------------------

@pytest.mark.parametrize("where", ["who lived in Qatar", "who is based in Qatar", "in exile in Qatar"])
def test_where_one_lives_is_not_where_one_met(full_ref: Reference, where: str) -> None:
    text = f"Ismail Haniyeh, {where}, met Supreme Leader Ali Khamenei on Friday."
    assert not {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[2] == "QAT"}


def test_a_meeting_in_a_place_is_still_there(full_ref: Reference) -> None:
    text = "Ismail Haniyeh met Supreme Leader Ali Khamenei in Qatar on Friday."
    assert ("visit", "Ali Khamenei", "QAT", "completed", "2026-11-27") in dated(full_ref, text, SAT_28_NOV_2026)


# -- "X is to meet Y and Z, officials said, and was also due in Ramallah": the one met makes no trip -------------------

@pytest.mark.parametrize("text", [
    "David Lammy is to meet Benjamin Netanyahu and Israel Katz, British officials said, and was also due in Ramallah "
    "later on Saturday.",
    "David Lammy is to meet Benjamin Netanyahu and was also due in Ramallah later on Saturday.",
    "David Lammy will meet Benjamin Netanyahu, officials said, and is due in Ramallah on Sunday.",
])
def test_a_trip_told_after_a_meeting_is_the_subjects_alone(full_ref: Reference, text: str) -> None:
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {("David Lammy", "PSE", "planned")}


# -- "Since his election Prabowo has travelled widely": the possessive put first stands for the subject after it -----

def test_a_possessive_in_a_fronted_phrase_is_the_subject_named_after_it(full_ref: Reference) -> None:
    text = ("Vladimir Putin congratulated him on his victory. Since his election Narendra Modi has travelled widely. "
            "In April he went to Beijing for talks.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Narendra Modi", "CHN", "completed", "2026-04")}


def test_a_fronted_possessive_of_the_other_gender_keeps_the_one_told_before(full_ref: Reference) -> None:
    text = ("Vladimir Putin congratulated the winner. Since his return Giorgia Meloni has called twice. "
            "In April he went to Beijing for talks.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Vladimir Putin", "CHN", "completed", "2026-04")}


# -- "pulled out of Beijing's Belt and Road Initiative": a scheme of the place's is no place to stay away from ---------

@pytest.mark.parametrize("text", [
    "Giorgia Meloni pulled out of Beijing's Belt and Road Initiative last year.",
    "Giorgia Meloni held talks in Paris on Friday, months after Rome pulled out of Beijing's Belt and Road Initiative.",
])
def test_a_scheme_of_a_place_is_no_trip_there(full_ref: Reference, text: str) -> None:
    assert not {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[2] == "CHN"}


def test_a_place_of_a_country_is_still_a_trip_there(full_ref: Reference) -> None:
    text = "Giorgia Meloni travelled to China's Hainan island last month."
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {("Giorgia Meloni", "CHN", "completed")}


# -- "The Asunción meeting was notable for one absence": a meeting named by its place is the story's gathering ---------

LULA_IN_BOLIVIA = "SANTA CRUZ, Bolivia - Lula arrived in Santa Cruz on Saturday for a two-day visit. "


def test_a_meeting_named_by_its_place_is_where_those_who_stayed_away_did_not_go(full_ref: Reference) -> None:
    text = LULA_IN_BOLIVIA + "The Asunción meeting was notable for one absence. Argentina's Javier Milei stayed away."
    assert ("Javier Milei", "PRY", "declined") in {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)}


def test_a_meeting_with_no_place_is_not_somewhere_else(full_ref: Reference) -> None:
    text = LULA_IN_BOLIVIA + "The meeting was notable for one absence. Argentina's Javier Milei stayed away."
    assert not {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[2] == "PRY"}


# -- "will be back in Australia next week": a trip ahead, as "will be in" -------------------------------------------

def test_will_be_back_in_a_country_is_a_trip_ahead(full_ref: Reference) -> None:
    text = ("Ferdinand Marcos Jr. held talks in Canberra on Friday. The Philippine president will be back in Australia "
            "next week for a special summit.")
    facts = {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)}
    assert ("Ferdinand Marcos Jr.", "AUS", "planned") in facts


def test_would_be_back_in_a_country_if_is_no_trip(full_ref: Reference) -> None:
    text = "Ferdinand Marcos Jr. would be back in Australia next week if the summit went ahead."
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


# -- "Russia has placed X on a wanted list": that country's warrant, also when the story names the ICC later ----------

def test_a_wanted_list_is_the_listing_countrys_warrant(full_ref: Reference) -> None:
    text = ("MOSCOW - Russia has placed Estonian Prime Minister Kaja Kallas on a wanted list over the removal of war "
            "memorials. A ministry database showed that Kallas was wanted under an article of the criminal code. "
            "Russia has itself ignored the International Criminal Court, which issued a warrant for Vladimir Putin.")
    warrants = {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026) if f[0] == "warrant"}
    assert warrants == {("Kaja Kallas", "RUS", "issued"), ("Vladimir Putin", "ICC", "issued")}


def test_a_wanted_list_of_ones_own_country_is_not_read_as_a_foreign_warrant(full_ref: Reference) -> None:
    text = "Estonia has placed Kaja Kallas on a wanted list, a false report claimed."
    assert not {f for f in dated(full_ref, text, SAT_28_NOV_2026) if f[0] == "warrant" and f[2] == "EST"}


# -- "al-Bashir kept travelling", "Al-Bashir was deposed": a name opened by an Arabic article, in either case ----------

@pytest.mark.parametrize("name", ["al-Bashir", "Al-Bashir"])
def test_a_short_name_with_its_article_is_the_person(full_ref: Reference, name: str) -> None:
    text = (f"Ahmad Harun walked out of prison last April. While the warrants stood, {name} kept travelling. "
            "In June 2015 he attended an African Union summit in Johannesburg.")
    visits = {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026) if f[0] == "visit"}
    assert visits == {("Omar al-Bashir", "ZAF", "completed")}


def test_a_name_inside_another_word_is_still_no_one(full_ref: Reference) -> None:
    text = "The anti-Bashir protests grew in Khartoum as Ahmad Harun flew to Qatar last month."
    assert {f[1] for f in dated(full_ref, text, SAT_28_NOV_2026)} == {"Ahmad Harun"}


# -- "He leaves tonight for Spain": a time word between the verb and "for" -------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Wang Yi spoke in the hall. He leaves tonight for Spain, his ministry says.", "2026-11-28"),
    ("Wang Yi will leave tomorrow for Spain.", "2026-11-29"),
])
def test_leaving_tonight_for_a_country_is_a_trip_ahead(full_ref: Reference, text: str, day: str) -> None:
    assert ("visit", "Wang Yi", "ESP", "planned", day) in dated(full_ref, text, SAT_28_NOV_2026)


# -- "He met X at the White House, and less than a week later flew to Egypt": the one met did not fly ---------------

def test_a_trip_told_some_days_after_a_meeting_is_the_subjects(full_ref: Reference) -> None:
    text = ("Mark Carney met President Donald Trump at the White House on Nov. 7, and less than a week later flew to "
            "Egypt for the signing.")
    facts = {(f[1], f[2]) for f in dated(full_ref, text, SAT_28_NOV_2026)}
    assert ("Mark Carney", "EGY") in facts
    assert ("Donald Trump", "EGY") not in facts


# -- "A stop in the Philippines that officials had been preparing was removed from the schedule": that leg called off -

def test_a_stop_removed_from_the_schedule_is_called_off(full_ref: Reference) -> None:
    text = ("Mark Carney will arrive in Kuala Lumpur on Sunday. A stop in the Philippines that officials had been "
            "preparing was removed from the schedule this week.")
    facts = {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)}
    assert facts == {("Mark Carney", "MYS", "planned"), ("Mark Carney", "PHL", "cancelled")}


def test_a_stop_removed_with_no_schedule_named_is_not_read(full_ref: Reference) -> None:
    text = ("Mark Carney will arrive in Kuala Lumpur on Sunday. A stop in the Philippines that officials had been "
            "preparing was removed, officials said.")
    assert {(f[1], f[2]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {("Mark Carney", "MYS")}


# -- "X's visit to the Philippines was dropped", "X dropped his visit to the Philippines": called off, not made --------

@pytest.mark.parametrize("text", [
    "Mark Carney's visit to the Philippines was dropped.",
    "Mark Carney's visit to the Philippines was dropped from the schedule.",
    "Mark Carney dropped his visit to the Philippines.",
])
def test_a_dropped_visit_is_called_off(full_ref: Reference, text: str) -> None:
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {("Mark Carney", "PHL", "cancelled")}


def test_dropping_something_else_leaves_the_trip_made(full_ref: Reference) -> None:
    text = "Mark Carney dropped the tariffs and flew to the Philippines last week."
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {("Mark Carney", "PHL", "completed")}


# -- "poured cold water on reports that X was preparing to meet Y in Budapest": a rumour, no meeting planned ----------

def test_a_meeting_told_only_in_reports_is_no_plan(full_ref: Reference) -> None:
    text = ("MOSCOW - The Kremlin on Saturday poured cold water on reports that Vladimir Putin was preparing to meet "
            "Volodymyr Zelensky in Budapest, saying no such meeting had been agreed.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


def test_a_meeting_told_as_fact_is_still_planned(full_ref: Reference) -> None:
    text = "Vladimir Putin will meet Volodymyr Zelensky in Budapest next week, the Kremlin said."
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {
        ("Vladimir Putin", "HUN", "planned"), ("Volodymyr Zelensky", "HUN", "planned")}


# -- "The secretary flies on to Paris", after Blinken met Iwaya: the one whose country calls the office a secretary ---

def test_the_secretary_is_the_one_whose_foreign_minister_is_a_secretary(full_ref: Reference) -> None:
    text = ("U.S. Secretary of State Antony Blinken held talks with Takeshi Iwaya in Tokyo on Friday. Blinken and Iwaya "
            "discussed missiles. The secretary flies on to Paris on Sunday.")
    facts = {(f[1], f[2], f[3]) for f in dated(full_ref, text, date(2024, 11, 30))}
    assert ("Antony Blinken", "FRA", "planned") in facts
    assert not {f for f in facts if f[0] == "Takeshi Iwaya" and f[1] == "FRA"}


# -- "X returns the favour on Friday with a trip to France": a step of a schedule told in the present, ahead ---------

def test_a_trip_scheduled_in_the_present_is_ahead(full_ref: Reference) -> None:
    text = "Justin Trudeau, his host, returns the favour on Friday with a trip to France."
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Justin Trudeau", "FRA", "planned", "2026-12-04")}


def test_a_visit_that_follows_a_trip_is_not_made_ahead(full_ref: Reference) -> None:
    text = "Justin Trudeau's visit follows Emmanuel Macron's trip to Canada last month."
    assert ("Emmanuel Macron", "CAN", "planned") not in {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)}


# -- "X returns to Buenos Aires to prepare for a visit by Y, who is due to arrive on Sunday": Y's visit is there ------

def test_a_visit_by_a_guest_due_to_arrive_is_where_the_host_goes_back_to(full_ref: Reference) -> None:
    text = ("PALM BEACH, Fla. (Brief) - Javier Milei met Donald Trump on Friday. Milei returns to Buenos Aires on "
            "Saturday to prepare for a visit by French President Emmanuel Macron, who is due to arrive on Sunday.")
    facts = {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)}
    assert ("Emmanuel Macron", "ARG", "planned") in facts
    assert ("Emmanuel Macron", "USA", "planned") not in facts


# -- "has met X and Y ..., prompting commentators to ask whether he spent too little time in Jakarta" --------------

def test_a_place_in_what_a_meeting_caused_is_not_the_meetings(full_ref: Reference) -> None:
    text = ("Prabowo Subianto has met Xi Jinping, Joe Biden and a string of other leaders in less than a fortnight, "
            "prompting some commentators at home to ask whether he was spending too little time in Jakarta.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


def test_a_meeting_with_its_place_before_what_it_caused_keeps_it(full_ref: Reference) -> None:
    text = "Prabowo Subianto met Xi Jinping in Beijing on Friday, prompting criticism at home in Jakarta."
    assert ("Prabowo Subianto", "CHN") in {(f[1], f[2]) for f in dated(full_ref, text, SAT_28_NOV_2026)}


# -- "X had been due to speak on Friday but called off his trip", in the story of a gathering: that trip called off ---

BAKU_TALKS = "BAKU (Wire) - World leaders gathered in Baku on Friday for the UN climate conference. "


def test_a_trip_called_off_after_a_part_was_due_is_the_trip_to_the_gathering(full_ref: Reference) -> None:
    text = BAKU_TALKS + "Olaf Scholz had been due to speak on Friday but called off his trip last week after his coalition fell."
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Olaf Scholz", "AZE", "cancelled", "2026-11-27")}


def test_a_trip_called_off_by_one_who_took_part_by_video_keeps_the_video(full_ref: Reference) -> None:
    text = BAKU_TALKS + ("Olaf Scholz, who had been due to attend, called off his trip after a fall at home and took part "
                         "by video link.")
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {("Olaf Scholz", "AZE", "declined")}


# -- warrants in other words: "who was first named in a warrant", "whom the court has sought since", "the decision
# of an Argentine federal court to order the arrest of X" ------------------------------------------------------------

@pytest.mark.parametrize(("text", "court", "day"), [
    ("The ICC has issued several warrants. Former president Omar al-Bashir, who was first named in a warrant in March "
     "2009, is believed to be in a military hospital.", "ICC", "2009-03"),
    ("The ICC has issued several warrants. Omar al-Bashir, the former Sudanese president, whom the court has sought "
     "since March 2009, took a different approach.", "ICC", "2009-03"),
])
def test_a_warrant_told_in_other_words_is_the_courts(full_ref: Reference, text: str, court: str, day: str) -> None:
    assert ("warrant", "Omar al-Bashir", court, "issued", day) in dated(full_ref, text, SAT_28_NOV_2026)


def test_a_national_courts_decision_to_order_an_arrest_is_its_warrant(full_ref: Reference) -> None:
    text = ("His government welcomed the decision of an Argentine federal court in September to order the arrest of "
            "Nicolás Maduro over alleged crimes against humanity.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("warrant", "Nicolás Maduro", "ARG", "issued", "2026-09")}


def test_a_call_to_order_an_arrest_is_no_warrant(full_ref: Reference) -> None:
    text = "Opposition leaders urged an Argentine federal court to order the arrest of Nicolás Maduro."
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


# -- "called off a planned trip to Washington by two of his closest advisers": theirs; "Witkoff, a longtime friend of
# the American president, made a trip to Moscow": the stranger's ------------------------------------------------------

def test_a_trip_by_a_group_of_aides_is_not_the_leaders(full_ref: Reference) -> None:
    text = "Benjamin Netanyahu on Friday called off a planned trip to Washington by two of his closest advisers."
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


def test_a_trip_the_leader_called_off_is_still_his(full_ref: Reference) -> None:
    text = "Benjamin Netanyahu on Friday called off a planned trip to Washington."
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {("Benjamin Netanyahu", "USA", "cancelled")}


def test_a_trip_by_a_stranger_apposed_to_a_leader_is_not_the_leaders(full_ref: Reference) -> None:
    text = "Witkoff, a property developer and longtime friend of the American president, made a trip to Moscow last month."
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


def test_a_leader_apposed_to_another_keeps_his_trip(full_ref: Reference) -> None:
    text = "Xi Jinping, a close friend of Vladimir Putin, made a trip to Moscow last month."
    assert {(f[1], f[2]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {("Xi Jinping", "RUS")}


# -- "The pope's journey will take him next to East Timor before he returns to Rome": the pope's, not the last leader's

@pytest.mark.parametrize("text", [
    "Joko Widodo received Francis at the palace. The pope's journey will take him next to East Timor before he returns "
    "to Rome on Friday.",
    "Joko Widodo received Francis at the palace. The pope's journey is long, and he flies to Singapore on Monday.",
])
def test_a_pronoun_after_a_strangers_trip_is_the_strangers(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


def test_a_pronoun_after_a_leaders_trip_is_the_leaders(full_ref: Reference) -> None:
    text = "Joko Widodo received Francis at the palace. Joko Widodo's journey is long, and he flies to Singapore on Monday."
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)} == {("Joko Widodo", "SGP", "planned")}


# -- "the arrest warrant that a Seoul court issued on Dec. 31 for X": the court told in a relative clause -------------

def test_a_warrant_whose_court_is_told_in_a_relative_clause(full_ref: Reference) -> None:
    text = ("He declined to comment on the arrest warrant that a Seoul court issued on Nov. 20 for the impeached "
            "president, Yoon Suk Yeol, after investigators failed to detain him.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("warrant", "Yoon Suk Yeol", "KOR", "issued", "2026-11-20")}


def test_a_warrant_a_court_only_weighs_is_none(full_ref: Reference) -> None:
    text = "He declined to comment on whether a Seoul court would issue a warrant for Yoon Suk Yeol."
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


# -- "the order for X's arrest that an Argentine federal appeals court handed down in September": that court's -------

def test_an_order_for_an_arrest_handed_down_by_a_national_court_is_its_warrant(full_ref: Reference) -> None:
    text = ("The siege has put a national case back in the spotlight: the order for Nicolás Maduro's arrest that an "
            "Argentine federal appeals court handed down in September.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("warrant", "Nicolás Maduro", "ARG", "issued", "2026-09")}


def test_an_order_for_an_arrest_with_no_court_told_is_none(full_ref: Reference) -> None:
    text = "Critics demanded an order for Nicolás Maduro's arrest that would stand up in any country."
    assert dated(full_ref, text, SAT_28_NOV_2026) == set()


# -- "The court also wants X, whom it charged in a second warrant, and former minister Y": both ---------------------

def test_the_court_wanting_two_people_names_both_warrants(full_ref: Reference) -> None:
    text = ("The ICC has issued warrants in Darfur. The court also wants former president Omar al-Bashir, whom it "
            "charged with genocide in a second warrant issued in July 2010, and former minister Ahmad Harun.")
    warrants = {(f[1], f[2], f[3]) for f in dated(full_ref, text, SAT_28_NOV_2026)}
    assert warrants == {("Omar al-Bashir", "ICC", "issued"), ("Ahmad Harun", "ICC", "issued")}


# -- "attending one of his last summits before leaving office in October, arrived on Monday": the arrival's day -------

def test_the_time_of_leaving_office_does_not_date_the_trip(full_ref: Reference) -> None:
    text = ("Indonesian President Joko Widodo, attending one of his last summits before leaving office in October, "
            "arrived in Melbourne on Saturday and used a business forum to press for investment.")
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Joko Widodo", "AUS", "ongoing", "2026-11-28")}


def test_a_trip_in_the_month_told_is_still_dated_by_it(full_ref: Reference) -> None:
    text = "Joko Widodo, who leaves office next year, visited Melbourne in October."
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Joko Widodo", "AUS", "completed", "2026-10")}


# -- "told the leaders that 2024 was on track to be the hottest year": a year spoken of dates no trip ----------------

def test_a_year_that_is_the_subject_of_a_clause_dates_no_trip(full_ref: Reference) -> None:
    text = BAKU_TALKS + "António Guterres told the assembled leaders that 2025 was on track to be the hottest year on record."
    # (no day of its own: the gathering's, not the year spoken of)
    assert {f[4] for f in dated(full_ref, text, SAT_28_NOV_2026) if f[1] == "António Guterres"} == {"2026-11-27"}


def test_a_year_after_in_still_dates_the_trip(full_ref: Reference) -> None:
    text = "Olaf Scholz visited Norway in 2025 and told students that industry was struggling."
    assert dated(full_ref, text, SAT_28_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2025")}
