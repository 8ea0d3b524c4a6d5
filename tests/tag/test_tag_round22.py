"""Language the twenty-second round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_27_NOV_2026 = date(2026, 11, 27)


# -- "joined Chancellor X in Berlin on Monday for talks": went to be with him there ----------------------------------------

def test_joining_someone_in_a_place_is_a_trip_there(full_ref: Reference) -> None:
    text = "Emmanuel Macron joined Chancellor Olaf Scholz in Berlin on Monday for talks on Ukraine."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Emmanuel Macron", "DEU", "completed", "2026-11-23")}


def test_those_joined_abroad_are_there_too(full_ref: Reference) -> None:
    text = "Keir Starmer joined Emmanuel Macron and Olaf Scholz at the Elysee Palace in Paris on Monday."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("visit", "Keir Starmer", "FRA", "completed"), ("visit", "Olaf Scholz", "FRA", "completed")}


@pytest.mark.parametrize("text", [
    "Keir Starmer joined Donald Trump at Turnberry on Monday for talks on trade.",  # a host calling on a guest
    "Emmanuel Macron joined Olaf Scholz in condemning the attack in Berlin.",  # joined in a deed, not a place
])
def test_joining_at_home_or_in_a_deed_is_no_trip(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "signed pacts in Madrid on Monday and in Brussels and Lisbon on Tuesday": each place of the deed, each with its day --

def test_each_place_joined_to_a_deed_is_a_stop_with_its_own_day(full_ref: Reference) -> None:
    text = "Volodymyr Zelensky signed security pacts in Madrid on Monday and in Brussels and Lisbon on Tuesday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {
        ("visit", "Volodymyr Zelensky", "ESP", "completed", "2026-11-23"),
        ("visit", "Volodymyr Zelensky", "BEL", "completed", "2026-11-24"),
        ("visit", "Volodymyr Zelensky", "PRT", "completed", "2026-11-24"),
    }


def test_a_place_not_joined_to_the_deed_is_not_its_stop(full_ref: Reference) -> None:
    text = "Volodymyr Zelensky signed a pact in Madrid on Monday to build drones with factories in Poland and Lisbon."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Volodymyr Zelensky", "ESP", "completed", "2026-11-23")}


# -- "will stop in Cabo Verde on Monday to meet its president": a stop ahead -------------------------------------------

def test_a_stop_ahead_is_planned(full_ref: Reference) -> None:
    text = "On the way to Angola, Joe Biden will stop in Cabo Verde on Monday to meet its president, the White House said."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Joe Biden", "CPV", "planned", "2026-11-30")}


@pytest.mark.parametrize("text", [
    "The bus carrying the delegation will stop in Paris on Monday.",  # nobody named
    "Joe Biden will not stop in Cabo Verde on the way to Angola.",
])
def test_no_stop_ahead(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026) if f[3] == "planned"} == set()


# -- "were among the ministers welcomed on Friday by Italy's X": the host's guests are at the gathering -----------------

def test_those_among_the_ministers_welcomed_by_the_host_are_there(full_ref: Reference) -> None:
    text = ("ROME - Foreign ministers from across Europe opened two days of talks in Rome on Friday.\n\n"
            "Antony Blinken and David Lammy were among the ministers welcomed on Friday by Italy's Antonio Tajani.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {
        ("visit", "Antony Blinken", "ITA", "ongoing", "2026-11-27"), ("visit", "David Lammy", "ITA", "ongoing", "2026-11-27")}


def test_among_those_welcomed_home_is_no_trip(full_ref: Reference) -> None:
    text = ("ROME - Foreign ministers from across Europe opened two days of talks in Rome on Friday.\n\n"
            "Antonio Tajani was among the officials greeted on Friday by the mayor.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "chose to stay in Berlin after his coalition collapsed": at home, away from the story's gathering --------------------

BAKU_OPENING = "BAKU - World leaders gathered in Baku on Tuesday for a climate summit.\n\n"


def test_choosing_to_stay_at_home_is_staying_away(full_ref: Reference) -> None:
    text = BAKU_OPENING + "Olaf Scholz chose to stay in Berlin after the collapse of his coalition last week."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "AZE", "declined")}


def test_choosing_to_stay_abroad_is_no_absence(full_ref: Reference) -> None:
    text = BAKU_OPENING + "Olaf Scholz chose to stay in Baku for another day of talks."
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} <= {"ongoing", "completed"}


# -- "X's visit to Abuja, which began last Saturday, was the first in 17 years": the noun's verb is past the relative clause

def test_a_visit_told_past_a_relative_clause_is_made_and_dated_by_it(full_ref: Reference) -> None:
    text = "Narendra Modi's visit to Abuja, which began last Saturday, was the first by an Indian prime minister in 17 years."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Narendra Modi", "NGA", "completed", "2026-11-21")}


def test_a_visit_told_ahead_past_a_relative_clause_is_planned(full_ref: Reference) -> None:
    text = "Narendra Modi's visit to Abuja, which was announced on Monday, will be the first by an Indian prime minister in 17 years."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Narendra Modi", "NGA", "planned")}


# -- "travelled repeatedly in Africa while a fugitive, including to Jordan and South Africa": the places after "including"

def test_places_after_including_are_the_trips(full_ref: Reference) -> None:
    text = "Omar al-Bashir travelled repeatedly in Africa while a fugitive from the court, including to Jordan and South Africa."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("visit", "Omar al-Bashir", "JOR", "completed"), ("visit", "Omar al-Bashir", "ZAF", "completed")}


def test_places_after_including_someone_else_are_not_the_trips(full_ref: Reference) -> None:
    text = "Omar al-Bashir travelled widely, and Vladimir Putin praised several leaders, including in Jordan and South Africa."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "would not hide if the court ever ordered his arrest": an order supposed, not made -----------------------------------

def test_an_arrest_order_supposed_is_no_warrant(full_ref: Reference) -> None:
    text = "Rodrigo Duterte said on Friday that he would not hide if the International Criminal Court ever ordered his arrest."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_an_arrest_order_past_a_condition_still_stands(full_ref: Reference) -> None:
    text = ("Hungary would not detain Vladimir Putin if he came, its minister said, a week after judges in The Hague ordered "
            "the arrest of the Kremlin leader.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Vladimir Putin", "ICC", "issued")}


# -- "sought warrants for X and Y, but withdrew the application for Y in August": only Y's is withdrawn -----------------

def test_a_withdrawal_naming_one_of_two_leaves_the_other_requested(full_ref: Reference) -> None:
    text = ("The prosecutor also sought warrants for Yahya Sinwar and Ismail Haniyeh, but withdrew the application for "
            "Haniyeh in August after he was killed.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("warrant", "Yahya Sinwar", "ICC", "requested"), ("warrant", "Ismail Haniyeh", "ICC", "withdrawn")}


def test_a_withdrawal_naming_both_withdraws_both(full_ref: Reference) -> None:
    text = ("The prosecutor sought warrants for Yahya Sinwar and Ismail Haniyeh, but withdrew the applications for "
            "Sinwar and Haniyeh in August after they were killed.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("warrant", "Yahya Sinwar", "ICC", "withdrawn"), ("warrant", "Ismail Haniyeh", "ICC", "withdrawn")}


# -- "ex-defence minister X": a title joined to "ex-" is still the title before the name ---------------------------------

def test_a_title_after_ex_keeps_the_name_in_the_list(full_ref: Reference) -> None:
    text = "Warrants against Omar al-Bashir and ex-defence minister Abdel Raheem Muhammad Hussein remain outstanding."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("warrant", "Omar al-Bashir", "ICC", "issued"), ("warrant", "Abdel Raheem Muhammad Hussein", "ICC", "issued")}


# -- "ordered the arrest of X in March 2023, naming in the same decision Y": Y's warrant too ----------------------------

def test_one_named_in_the_same_decision_shares_the_warrant(full_ref: Reference) -> None:
    text = ("Judges in The Hague ordered the arrest of Vladimir Putin in March 2023 over the deportation of children, "
            "naming in the same decision Russia's children's rights commissioner, Maria Lvova-Belova.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {
        ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03"), ("warrant", "Maria Lvova-Belova", "ICC", "issued", "2023-03")}


# -- "investigators asked the court for a warrant to detain X": a national warrant requested -----------------------------

def test_asking_a_court_for_a_warrant_to_detain_is_a_request(full_ref: Reference) -> None:
    text = "Investigators asked the Seoul court for a warrant to detain Han Duck-soo in late August, but a judge declined."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Han Duck-soo", "KOR", "requested", "2026-08")}


# -- "heads next to Havana for the summit later this week": the next leg, ahead --------------------------------------------

def test_heading_next_to_a_place_is_the_next_leg(full_ref: Reference) -> None:
    text = "Lula heads next to Havana for a summit later this week."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Luiz Inácio Lula da Silva", "CUB", "planned", "2026-11")}


# -- "COPENHAGEN — EU leaders meet informally on Wednesday ... Among those confirmed are A and B": coming ----------------

COPENHAGEN_OPENING = "COPENHAGEN — European leaders meet informally on Wednesday at Christiansborg palace.\n\n"


def test_those_confirmed_for_the_story_s_gathering_are_coming(full_ref: Reference) -> None:
    text = COPENHAGEN_OPENING + "Among those confirmed are French President Emmanuel Macron and German Chancellor Friedrich Merz."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("visit", "Emmanuel Macron", "DNK", "planned"), ("visit", "Friedrich Merz", "DNK", "planned")}


def test_a_meeting_of_leaders_told_in_the_present_places_the_story(full_ref: Reference) -> None:
    text = COPENHAGEN_OPENING + "Viktor Orbán will take part in Wednesday's meeting."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Viktor Orbán", "DNK", "planned", "2026-12-02")}


# -- "COPENHAGEN — Police closed the airspace ahead of two summits this week ... X will also be at Thursday's summit" ------

def test_a_story_filed_ahead_of_a_summit_is_about_it(full_ref: Reference) -> None:
    text = ("COPENHAGEN — Police have closed the airspace over the capital ahead of two summits this week.\n\n"
            "Volodymyr Zelensky will also be at Thursday's summit.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Volodymyr Zelensky", "DNK", "planned", "2026-12-03")}


def test_a_summit_held_elsewhere_is_not_the_story_s(full_ref: Reference) -> None:
    text = ("COPENHAGEN — Police have closed the airspace over the capital ahead of a summit in Brussels.\n\n"
            "Volodymyr Zelensky will also be at Thursday's summit.")
    assert {f[2] for f in dated(full_ref, text, FRI_27_NOV_2026)} <= {"BEL"}


# -- "X is at the podium" on a live page from a gathering: there now ------------------------------------------------------

UN_LIVE_OPENING = "UNITED NATIONS — Follow our live updates from the opening of the general debate of the General Assembly.\n\n"


@pytest.mark.parametrize("text", [
    "9:12 a.m. — Luiz Inácio Lula da Silva is at the podium, as the Brazilian leader always is on the first morning.",
    "9:12 a.m. — Luiz Inácio Lula da Silva is at the lectern.",
])
def test_one_at_the_podium_is_there(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, UN_LIVE_OPENING + text, FRI_27_NOV_2026)} == {
        ("visit", "Luiz Inácio Lula da Silva", "USA", "ongoing")}


# -- Trips called off, told with more words between: "had been due to spend part of this week in X, but ... cancelled",
# -- "A trip to India that had been pencilled in for this month was put off" -------------------------------------------

def test_a_stay_that_was_due_and_called_off_is_cancelled(full_ref: Reference) -> None:
    text = ("Isaac Herzog had been due to spend part of this week in Azerbaijan at the climate conference, but his office "
            "said on Sunday that the trip had been cancelled.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Isaac Herzog", "AZE", "cancelled")}


def test_a_trip_told_with_a_relative_clause_then_put_off_is_cancelled(full_ref: Reference) -> None:
    text = ("Benjamin Netanyahu flew to Washington on Monday. A trip to India that had been pencilled in for this month was "
            "put off, with no new date.")
    assert ("visit", "Benjamin Netanyahu", "IND", "cancelled") in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


def test_a_leg_dropped_in_a_country_still_visited_is_one_stay(full_ref: Reference) -> None:
    text = ("Prabowo Subianto landed in Beijing on Tuesday for the parade. Prabowo had been due to attend a summit in "
            "Tianjin on Monday as well, but that part of the schedule was dropped.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Prabowo Subianto", "CHN", "ongoing")}


# -- "used his appearance at the forum in Davos on Tuesday to urge ...": there, like "used his speech" -----------------

def test_an_appearance_used_to_say_something_puts_the_speaker_there(full_ref: Reference) -> None:
    text = "Volodymyr Zelensky used his appearance at the forum in Davos on Monday to urge European leaders to act."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Volodymyr Zelensky", "CHE", "completed", "2026-11-23")}


# -- "has travelled abroad only to Kyrgyzstan and China, both in October": "abroad" between the verb and "to" ------------

@pytest.mark.parametrize("text", [
    "Since the warrant Vladimir Putin has travelled abroad only to Kyrgyzstan and China, both in October.",
    "Vladimir Putin travelled abroad to Kyrgyzstan and China in October.",
])
def test_travelling_abroad_to_places_is_a_trip_to_each(full_ref: Reference, text: str) -> None:
    assert {f[:5] for f in dated(full_ref, text, FRI_27_NOV_2026) if f[0] == "visit"} == {
        ("visit", "Vladimir Putin", "KGZ", "completed", "2026-10"), ("visit", "Vladimir Putin", "CHN", "completed", "2026-10")}


# -- "Lula, currently in Doha, is expected in Dubai on Friday": there now, and going on ----------------------------------

def test_one_currently_somewhere_is_there_now(full_ref: Reference) -> None:
    text = "Brazil's Luiz Inácio Lula da Silva, currently in Doha, is expected in Dubai on Saturday."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("visit", "Luiz Inácio Lula da Silva", "QAT", "ongoing"), ("visit", "Luiz Inácio Lula da Silva", "ARE", "planned")}


# -- "before leaving in the afternoon for Kuala Lumpur": a time of day between "leaving" and "for" ------------------------

def test_leaving_in_the_afternoon_for_a_place_is_the_next_leg(full_ref: Reference) -> None:
    text = "On Monday Fumio Kishida is set to address Congress before leaving in the afternoon for Kuala Lumpur."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Fumio Kishida", "MYS", "planned", "2026-11-30")}


# -- "took part in talks with NATO foreign ministers in Brussels on Wednesday": those met, then the place ----------------

def test_talks_with_a_group_in_a_place_are_held_there(full_ref: Reference) -> None:
    text = "Dmytro Kuleba, who took part in talks with NATO foreign ministers in Brussels on Wednesday, said more was needed."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Dmytro Kuleba", "BEL", "completed", "2026-11-25")}


def test_a_summit_between_two_sides_in_a_place_is_held_there(full_ref: Reference) -> None:
    text = ("Ferdinand Marcos Jr. last travelled to Europe in December 2022, when he attended the summit between ASEAN "
            "and the European Union in Brussels.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Ferdinand Marcos Jr.", "BEL", "completed", "2022-12")}


# -- "an arrest warrant for X could come within weeks", "warrants for X will come soon": a prospect, no warrant ------------

@pytest.mark.parametrize("text", [
    "A critic said this week that an arrest warrant for Rodrigo Duterte could come within weeks from the International Criminal Court.",
    "A critic has claimed that warrants for Rodrigo Duterte will come soon from the International Criminal Court.",
])
def test_a_warrant_that_may_come_is_no_warrant(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_a_warrant_that_came_is_still_one(full_ref: Reference) -> None:
    text = "The arrest warrant for Rodrigo Duterte from the International Criminal Court came in March."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Rodrigo Duterte", "ICC", "issued")}


# -- "took part on Wednesday in a virtual summit of the G20": held online, no trip ----------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin took part on Wednesday in a virtual summit of the Group of 20 convened by Narendra Modi.",
    "Vladimir Putin attended an online meeting of BRICS leaders on Tuesday.",
])
def test_a_gathering_held_online_is_no_trip(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "would seek a meeting in Washington if he won": a meeting supposed, as a going is --------------------------------------

def test_a_meeting_on_a_condition_told_after_is_no_plan(full_ref: Reference) -> None:
    assert dated(full_ref, "Mark Carney said he would seek a meeting in Washington if he won.", FRI_27_NOV_2026) == set()


def test_a_meeting_with_a_condition_in_another_clause_is_still_planned(full_ref: Reference) -> None:
    text = "Mark Carney will meet Donald Trump in Washington next week, and he will raise tariffs if he can."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Mark Carney", "USA", "planned")}


# -- "the other suspects for whom warrants remain outstanding, among them X": X's warrant -----------------------------------

def test_one_named_among_those_for_whom_warrants_remain_is_wanted(full_ref: Reference) -> None:
    text = ("THE HAGUE - The International Criminal Court heard closing arguments on Tuesday.\n\n"
            "The other Darfur suspects for whom warrants remain outstanding, among them former president Omar al-Bashir, "
            "are still in Sudan.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Omar al-Bashir", "ICC", "issued")}


# -- "X, whom the court also wants to try, is still in Sudan": wanted by the court --------------------------------------------

def test_one_the_court_wants_to_try_is_wanted(full_ref: Reference) -> None:
    text = "Omar al-Bashir, whom the International Criminal Court also wants to try, is still in Sudan."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Omar al-Bashir", "ICC", "issued")}


def test_one_the_court_wants_to_hear_is_not_wanted(full_ref: Reference) -> None:
    text = "Omar al-Bashir, whom the International Criminal Court wants to hear as a witness, is still in Sudan."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "X, who came to Rio from Buenos Aires, where he dined with Y on Saturday, says ...": the leg before ------------------

def test_the_place_come_from_in_a_relative_clause_is_the_leg_before(full_ref: Reference) -> None:
    text = "Emmanuel Macron, who came to Rio from Buenos Aires, where he dined with Javier Milei on Saturday, says no deal."
    assert ("visit", "Emmanuel Macron", "ARG", "completed", "2026-11-21") in dated(full_ref, text, FRI_27_NOV_2026)


# -- "told a state banquet on Thursday night that there could be no excuse": the modal is in the words told ---------------

def test_a_modal_in_what_was_told_does_not_unmake_the_telling(full_ref: Reference) -> None:
    text = "NAIROBI — King Charles told a state banquet in Nairobi on Thursday night that there could be no excuse for the violence."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Charles III", "KEN", "ongoing", "2026-11-26")}


def test_a_modal_before_the_telling_still_makes_it_a_prospect(full_ref: Reference) -> None:
    text = "NAIROBI — King Charles could tell a state banquet in Nairobi that there is no excuse for the violence."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_an_address_told_after_flying_back_is_over(full_ref: Reference) -> None:
    text = ("Keir Starmer flew back overnight from the climate summit in Baku after his speech on Wednesday.\n\n"
            "The Prime Minister told delegates that Britain would show leadership.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Keir Starmer", "AZE", "completed")}


# -- "will leave again on Sunday for Egypt": "again" between the verb and the day ------------------------------------------

def test_leaving_again_on_a_day_for_a_place_is_a_trip_ahead(full_ref: Reference) -> None:
    text = "Mauro Vieira will leave again on Sunday for Egypt, where he is expected to represent Brazil at a peace summit."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Mauro Vieira", "EGY", "planned")}


# -- "chose neighbouring Iraq for his first trip abroad earlier this month": went there ------------------------------------

def test_choosing_a_country_for_a_trip_made_is_going_there(full_ref: Reference) -> None:
    text = "Masoud Pezeshkian chose neighbouring Iraq for his first trip abroad earlier this month."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Masoud Pezeshkian", "IRQ", "completed", "2026-11")}


def test_choosing_a_country_as_a_partner_is_no_trip(full_ref: Reference) -> None:
    assert dated(full_ref, "Masoud Pezeshkian chose Iraq as a partner in the gas deal.", FRI_27_NOV_2026) == set()


def test_a_withdrawal_naming_the_one_before_the_noun_leaves_the_others_requested(full_ref: Reference) -> None:
    text = ("The prosecutor had sought warrants for Yahya Sinwar and Ismail Haniyeh, but withdrew the Haniyeh application "
            "in August after he was killed.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("warrant", "Yahya Sinwar", "ICC", "requested"), ("warrant", "Ismail Haniyeh", "ICC", "withdrawn")}


# -- "X called off his Pacific trip. He had also been due in Port Vila on Wednesday": that stop is off too ------------------

def test_a_stop_told_as_once_due_after_a_trip_called_off_is_cancelled(full_ref: Reference) -> None:
    text = ("SYDNEY - Anthony Albanese called off his Pacific trip on Tuesday.\n\n"
            "He had also been due in Port Vila on Wednesday to sign a security agreement.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Anthony Albanese", "VUT", "cancelled")}


def test_a_stop_once_due_and_put_off_in_the_same_sentence_is_told_once(full_ref: Reference) -> None:
    text = "Benjamin Netanyahu had been due in Ankara at the end of July, but the visit was put off after he fell ill."
    assert [f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)] == [("visit", "Benjamin Netanyahu", "TUR", "cancelled")]


# -- "did not want a wasted meeting with Y, ..., in effect shelving a summit in Budapest": both trips called off ---------

def test_shelving_a_summit_in_a_place_calls_off_both_sides_trips(full_ref: Reference) -> None:
    text = ("Donald Trump said on Tuesday that he did not want a wasted meeting with Vladimir Putin, in effect shelving "
            "a summit in Budapest announced days earlier.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        ("visit", "Donald Trump", "HUN", "cancelled"), ("visit", "Vladimir Putin", "HUN", "cancelled")}


def test_a_summit_shelved_with_no_one_met_named_is_left_alone(full_ref: Reference) -> None:
    text = "Donald Trump said on Tuesday that talks had stalled, in effect shelving a summit in Budapest."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()
