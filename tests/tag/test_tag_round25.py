"""Language the twenty-fifth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_27_NOV_2026 = date(2026, 11, 27)


# -- "the launch in Aarhus on July 3, which X also attended": the place, and the day, of what was attended ----------------------

@pytest.mark.parametrize(("text", "day"), [
    ("The talks follow the opening of the trade fair in Aarhus on July 3, which Volodymyr Zelensky also attended.", "2026-07-03"),
    ("The talks follow the summit in Aarhus on Tuesday, which Volodymyr Zelensky attended.", "2026-11-24"),
])
def test_a_dated_place_before_which_x_attended_is_the_trip(full_ref: Reference, text: str, day: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Volodymyr Zelensky", "DNK", "completed", day)}


def test_a_dated_place_before_which_x_criticised_is_no_trip(full_ref: Reference) -> None:
    text = "The talks follow the summit in Aarhus on Tuesday, which Volodymyr Zelensky criticised."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "has made a string of trips this year, including visits to China and India": the clause's verb tells each trip --------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Luiz Inácio Lula da Silva has made several trips abroad this year, including visits to Japan, Egypt and Chile.",
     {("visit", "Luiz Inácio Lula da Silva", iso3, "completed", "2026") for iso3 in ("JPN", "EGY", "CHL")}),
    ("Luiz Inácio Lula da Silva plans more travel, including a visit to Japan.",
     {("visit", "Luiz Inácio Lula da Silva", "JPN", "planned", None)}),
])
def test_trips_listed_after_including_take_the_clause_verb(full_ref: Reference, text: str, expected: set) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == expected


def test_trips_listed_after_including_under_a_negation_are_none(full_ref: Reference) -> None:
    text = "Luiz Inácio Lula da Silva has not made many trips this year, including a visit to Japan."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "would travel to Beijing only once the barriers had been lifted": a condition, not a plan ------------------------------------

@pytest.mark.parametrize("text", [
    "Anthony Albanese said on Monday he would travel to Beijing only once the trade barriers had been lifted.",
    "Anthony Albanese will fly to Beijing only if the remaining tariffs are dropped.",
    "Anthony Albanese would go to Beijing only after the ban has been lifted.",
])
def test_a_trip_only_on_a_condition_is_no_plan(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_a_condition_on_a_second_leg_leaves_the_first_planned(full_ref: Reference) -> None:
    text = "Volodymyr Zelensky said he would fly to Ankara on Thursday and would travel on to Istanbul only if Putin came."
    facts = dated(full_ref, text, FRI_27_NOV_2026)
    assert ("visit", "Volodymyr Zelensky", "TUR", "planned", "2026-12-03") in facts


# -- "should the court ever seek his arrest", "were the ICC to seek it": the court's act supposed, no request --------------------

@pytest.mark.parametrize("text", [
    "The minister said that should the court ever seek Rodrigo Duterte's arrest, Manila would not enforce it.",
    "Should the ICC seek the arrest of Rodrigo Duterte, Manila would refuse to cooperate.",
])
def test_a_court_act_supposed_is_no_warrant(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_a_court_act_told_is_still_a_request(full_ref: Reference) -> None:
    text = "The ICC prosecutor has asked judges to approve the arrest of Rodrigo Duterte."
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"requested"}


# -- "flew on from Riyadh to Baku", "travelled from Riyadh to Baku": the place flown from is a leg done --------------------------

@pytest.mark.parametrize("text", [
    "Recep Tayyip Erdoğan flew on from Riyadh to Baku on Monday.",
    "Recep Tayyip Erdoğan travelled from Riyadh to Baku on Monday.",
])
def test_the_place_flown_from_to_another_is_a_leg_done(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, FRI_27_NOV_2026)
    assert ("visit", "Recep Tayyip Erdoğan", "SAU", "completed", "2026-11-23") in facts
    assert any(f[2] == "AZE" for f in facts)


@pytest.mark.parametrize("text", [
    "Recep Tayyip Erdoğan will fly from Riyadh to Baku on Monday.",
    "Recep Tayyip Erdoğan flew from Ankara to Baku on Monday.",
])
def test_a_place_to_fly_from_or_home_is_no_leg_done(full_ref: Reference, text: str) -> None:
    assert {f[2] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"AZE"}


# -- "is now expected in Rio on Monday", "is still due in Rio": the plan, with an adverb between ----------------------------------

@pytest.mark.parametrize("text", [
    "Javier Milei is now expected in Rio de Janeiro on Monday for the G20 summit.",
    "Javier Milei is still due in Rio de Janeiro on Monday.",
])
def test_an_expected_arrival_with_an_adverb_is_a_plan(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Javier Milei", "BRA", "planned", "2026-11-30")}


def test_no_longer_expected_is_no_plan(full_ref: Reference) -> None:
    text = "Javier Milei is no longer expected in Rio de Janeiro on Monday."
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} <= {"cancelled", "declined"}


# -- "The secretary will go on to El Salvador": the secretary of state the story is about ----------------------------------------

def test_the_bare_secretary_is_the_secretary_of_state_just_named(full_ref: Reference) -> None:
    text = "Marco Rubio arrived in Panama on Monday. The secretary will go on to Guatemala on Wednesday."
    assert ("visit", "Marco Rubio", "GTM", "planned", "2026-12-02") in dated(full_ref, text, FRI_27_NOV_2026)


@pytest.mark.parametrize("text", [
    "Marco Rubio met António Guterres in New York. The secretary-general will go on to Guatemala on Wednesday.",
    "Marco Rubio spoke on Monday. Sergei Shoigu, the secretary of Russia's Security Council, arrived in Guatemala on Tuesday.",
])
def test_a_secretary_of_something_else_is_not_the_secretary_of_state(full_ref: Reference, text: str) -> None:
    assert {f[1] for f in dated(full_ref, text, FRI_27_NOV_2026)} <= {"Sergei Shoigu", "António Guterres"}


# -- "X said he had called the King ..., telling reporters in Brussels": the sentence's subject was there --------------------------

def test_telling_reporters_somewhere_puts_the_subject_there(full_ref: Reference) -> None:
    text = "Emmanuel Macron said he had phoned Charles III to suggest a delay, telling reporters in Brussels that a banquet would be unwise."
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Emmanuel Macron", "BEL", "completed")}


def test_telling_reporters_at_home_is_no_trip(full_ref: Reference) -> None:
    text = "Emmanuel Macron said he had phoned Charles III, telling reporters in Paris that a banquet would be unwise."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "his visit to Turkey remains on hold": called off for now, not made ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu's long-awaited visit to Turkey remains on hold after his operation.",
    "Benjamin Netanyahu's visit to Turkey is still on hold.",
])
def test_a_visit_on_hold_is_called_off(full_ref: Reference, text: str) -> None:
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Benjamin Netanyahu", "TUR", "cancelled")}


def test_talks_on_hold_put_no_trip_on_hold(full_ref: Reference) -> None:
    text = "Benjamin Netanyahu said the talks with Turkey were on hold."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "will fly to Angola, arriving in Luanda on Monday": the plan's arrival, not an arrival now ------------------------------------

@pytest.mark.parametrize("text", [
    "Joe Biden will make the first visit by a sitting US president to Angola, arriving in Luanda on Monday to tour a railway.",
    "Joe Biden will fly to Angola, arriving in Luanda on Monday.",
])
def test_an_arrival_told_as_a_participle_of_a_plan_is_planned(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Joe Biden", "AGO", "planned", "2026-11-30")}


def test_an_arrival_told_as_a_participle_of_a_trip_made_is_no_plan(full_ref: Reference) -> None:
    text = "Joe Biden left for Angola on Sunday, arriving in Luanda on Monday."
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} & {"planned"} == set()


# -- "has yet to set a new date for the visit to Turkey": put off with no day now, not made ---------------------------------------

@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu has yet to set a new date for the visit to Turkey that was supposed to seal the thaw.",
    "Benjamin Netanyahu has yet to fix a new date for his visit to Turkey.",
])
def test_a_visit_with_no_new_date_yet_is_called_off(full_ref: Reference, text: str) -> None:
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Benjamin Netanyahu", "TUR", "cancelled")}


# -- "leaves for his state visit to Washington on April 8": a departure ahead, so the visit is planned ----------------------------

@pytest.mark.parametrize("text", [
    "Further ahead, Fumio Kishida leaves for his state visit to Washington on December 8.",
    "Fumio Kishida sets off on his state visit to Washington on December 8.",
])
def test_leaving_for_ones_visit_on_a_day_ahead_is_planned(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Fumio Kishida", "USA", "planned", "2026-12-08")}


# -- "any trip by Orbán to Russia would be a gamble": no trip in particular -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Analysts said any trip by Viktor Orbán to Russia before the election would be a gamble.",
    "Viktor Orbán said that any visit to Russia was out of the question this year.",
])
def test_any_trip_is_no_trip(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_a_trip_told_after_any_other_word_stands(full_ref: Reference) -> None:
    text = "Analysts said the trip by Viktor Orbán to Russia in March was a gamble."
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Viktor Orbán", "RUS", "completed")}


# -- "Karim Khan said he had reasonable grounds to believe that A, ..., B, ..., and C bore criminal responsibility" -------------

def test_the_prosecutors_grounds_told_in_the_past_are_a_request(full_ref: Reference) -> None:
    text = ("The ICC prosecutor asked for warrants on Monday. Karim Khan said he had reasonable grounds to believe that Yahya Sinwar, "
            "the group's leader in Gaza, Mohammed Deif, its military chief, and Ismail Haniyeh, its political head, bore criminal "
            "responsibility for the attack.")
    facts = {(f[1], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026) if f[0] == "warrant"}
    assert facts == {("Yahya Sinwar", "requested"), ("Mohammed Deif", "requested"), ("Ismail Haniyeh", "requested")}


def test_grounds_told_in_the_past_by_no_prosecutor_are_not_read(full_ref: Reference) -> None:
    text = "An ICC spokesman recalled the case. Critics said there were reasonable grounds to believe that Yahya Sinwar bore responsibility."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_the_prosecutors_grounds_take_the_day_of_the_application_told_before(full_ref: Reference) -> None:
    text = ("The ICC prosecutor applied on Monday for arrest warrants for three Hamas leaders. Karim Khan said he had reasonable "
            "grounds to believe that Yahya Sinwar bore criminal responsibility for the attack.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Yahya Sinwar", "ICC", "requested", "2026-11-23")}


# -- "began in Muscat on April 12, where X and the American envoy sat in separate rooms": X was there, that day --------------------

@pytest.mark.parametrize("text", [
    "The talks began in Muscat on April 12, where Abbas Araghchi and the American envoy Steve Witkoff sat in separate rooms.",
    "The talks began in Muscat on April 12, where Abbas Araghchi sat in a room of his own.",
])
def test_where_x_and_someone_unknown_sat_puts_x_there(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Abbas Araghchi", "OMN", "completed", "2026-04-12")}


# -- "The final stop, on July 9, is Windhoek": the tour's end, ahead ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Narendra Modi began a tour of Africa in Ghana on Monday. The final stop, on December 9, is Windhoek, Namibia.", "2026-12-09"),
    ("Narendra Modi began a tour of Africa in Ghana on Monday. The last stop will be Windhoek.", None),
])
def test_the_final_stop_told_ahead_is_planned(full_ref: Reference, text: str, day: str | None) -> None:
    assert ("visit", "Narendra Modi", "NAM", "planned", day) in dated(full_ref, text, FRI_27_NOV_2026)


def test_the_last_stop_told_as_past_is_no_plan(full_ref: Reference) -> None:
    text = "Narendra Modi ended a tour of Africa in Ghana on Monday. The last stop was Windhoek."
    assert all(f[3] != "planned" for f in dated(full_ref, text, FRI_27_NOV_2026))


# -- "his" is masked as its owner: "made Vietnam his first stop", "returned from his tour of talks in Paris", "shelved his trip" --

@pytest.mark.parametrize(("text", "expected"), [
    ("Xi Jinping made Vietnam his first stop on Monday.", {("visit", "Xi Jinping", "VNM", "completed", "2026-11-23")}),
    ("Xi Jinping returned on Sunday from his tour of talks in Paris and Belgrade.",
     {("visit", "Xi Jinping", "FRA", "completed", "2026-11-22"), ("visit", "Xi Jinping", "SRB", "completed", "2026-11-22")}),
    ("Xi Jinping, who had been expected in Paris this year, has shelved his trip.", {("visit", "Xi Jinping", "FRA", "cancelled", None)}),
])
def test_a_trip_owned_by_his_reads_as_owned_by_the(full_ref: Reference, text: str, expected: set) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == expected


# -- a live page's time ("13:25 - X, one of Netanyahu's critics, ...") is no label of a list of names --------------------------------

def test_a_live_page_time_is_no_list_label(full_ref: Reference) -> None:
    text = ("14:40 - The ICC prosecutor has applied for arrest warrants for three leaders.\n\n"
            "13:25 - Yair Lapid, one of Netanyahu's fiercest critics, called the move a failure.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_a_labelled_list_of_names_is_still_read(full_ref: Reference) -> None:
    text = "The ICC prosecutor applied for warrants for five leaders on Monday. On the Israeli side: Benjamin Netanyahu and Yoav Gallant."
    assert {(f[1], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Benjamin Netanyahu", "requested"), ("Yoav Gallant", "requested")}


# -- "demanded that the application against X be cancelled", "called for the warrant to be withdrawn": asked for, not done --------

@pytest.mark.parametrize(("text", "status"), [
    ("The ICC prosecutor applied for a warrant for Yahya Sinwar. Hamas demanded that the application against Yahya Sinwar be cancelled.",
     "requested"),
    ("The ICC issued a warrant for Vladimir Putin. Moscow called for the warrant against Vladimir Putin to be withdrawn.", "issued"),
])
def test_a_demand_to_undo_a_warrant_undoes_nothing(full_ref: Reference, text: str, status: str) -> None:
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {status}


# -- "the court was close to issuing warrants for X": near, not done --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A senator claimed again that the ICC was close to issuing arrest warrants for Rodrigo Duterte and several police generals.",
    "The ICC is on the verge of issuing a warrant for Rodrigo Duterte, his lawyers fear.",
])
def test_a_warrant_near_is_no_warrant(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "Karim Khan said the Hamas leaders - A, ...; B, ...; and C - bore criminal responsibility": the application's names -----------

def test_the_prosecutor_saying_who_bears_responsibility_names_the_requests(full_ref: Reference) -> None:
    text = ("The ICC prosecutor applied for arrest warrants for five leaders on Monday. Karim Khan said the Hamas leaders - Yahya "
            "Sinwar, its chief in Gaza; Mohammed Deif, its military commander; and Ismail Haniyeh, its political head - bore "
            "criminal responsibility for the attack.")
    assert {(f[1], f[3], f[4]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {
        (name, "requested", "2026-11-23") for name in ("Yahya Sinwar", "Mohammed Deif", "Ismail Haniyeh")}


def test_someone_else_saying_who_bears_responsibility_names_no_one(full_ref: Reference) -> None:
    text = "An ICC case is pending. A Hamas spokesman said Benjamin Netanyahu bore responsibility for the war."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "The application filed on Monday by Karim Khan, which also names X": a name the application holds --------------------------

def test_an_application_which_names_someone_is_their_request(full_ref: Reference) -> None:
    text = "The ICC prosecutor is in the news. The application filed on Monday by Karim Khan, which also names Yoav Gallant, is before the judges."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Yoav Gallant", "ICC", "requested", "2026-11-23")}


def test_an_application_which_names_someone_unknown_names_no_one(full_ref: Reference) -> None:
    text = "The ICC prosecutor is in the news. The application filed on Monday, which also names Emmanuel Macron as a witness, is before the judges."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "the request for warrants against X and Y was filed in May": a verb after a bare "and" is the whole phrase's ---------------------

@pytest.mark.parametrize("text", [
    "The ICC prosecutor's request for warrants against Benjamin Netanyahu and Yoav Gallant was filed in May.",
    "The ICC prosecutor's request for warrants against Benjamin Netanyahu and Yoav Gallant is only that: a request.",
])
def test_both_names_before_the_requests_verb_are_requested(full_ref: Reference, text: str) -> None:
    assert {(f[1], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Benjamin Netanyahu", "requested"), ("Yoav Gallant", "requested")}


def test_a_name_starting_a_clause_after_a_comma_and_is_no_subject(full_ref: Reference) -> None:
    text = "The ICC issued a warrant for Vladimir Putin, and Benjamin Netanyahu is still defiant."
    assert {f[1] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"Vladimir Putin"}


# -- "Russia's interior ministry has placed X on its list of wanted persons": that country's warrant -------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("KYIV - Russia's interior ministry has placed President Volodymyr Zelensky on its list of wanted persons.", "Volodymyr Zelensky"),
    ("The Russian Interior Ministry placed Kaja Kallas on its database of wanted persons last month.", "Kaja Kallas"),
])
def test_a_place_on_a_countrys_wanted_list_is_its_warrant(full_ref: Reference, text: str, name: str) -> None:
    assert {(f[1], f[2], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {(name, "RUS", "issued")}


def test_a_wanted_list_kept_by_no_named_country_is_no_warrant(full_ref: Reference) -> None:
    text = "Kaja Kallas joked that she had placed Vladimir Putin on her list of wanted persons."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- (the "Three others wanted ...: X, Y and Z" list still reads after the new wanted-list rule) ---------------------------------

def test_a_list_of_others_wanted_still_reads(full_ref: Reference) -> None:
    text = ("The ICC has sought them for years. Three others wanted in the same investigation have never been handed over: "
            "Omar al-Bashir, Sudan's former president, and two of his former ministers, Ahmad Harun and Abdel Raheem Muhammad Hussein.")
    assert {f[1] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"Omar al-Bashir", "Ahmad Harun", "Abdel Raheem Muhammad Hussein"}


# -- "The prosecutor had also named X in his original May request": X's request ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ICC prosecutor had also named Yahya Sinwar in his original May request.",
    "Yahya Sinwar was also named in the prosecutor's request to the ICC in May.",
])
def test_named_in_a_request_is_requested(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Yahya Sinwar", "ICC", "requested", "2026-05")}


def test_named_in_a_request_by_no_one_the_court_sought_is_nothing(full_ref: Reference) -> None:
    text = "The ICC prosecutor had also named Emmanuel Macron in his request for documents."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "had left the jail because the guards had abandoned it": no warrant undone near the verb -------------------------------------

def test_an_undoing_verb_far_from_any_warrant_undoes_none(full_ref: Reference) -> None:
    text = ("Ahmad Harun, who faces an ICC warrant issued in April 2007 on charges including murder and persecution in Darfur, said "
            "in a statement that he had left the jail because the guards had abandoned it amid the fighting.")
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"issued"}


def test_a_warrant_withdrawn_after_an_aside_is_still_withdrawn(full_ref: Reference) -> None:
    text = ("The court's warrant for the Hamas military commander Mohammed Deif, issued on the same day as the others, was "
            "withdrawn in February once his death had been confirmed.")
    assert "withdrawn" in {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "the court's decision to order the arrest of X and Y": the order made --------------------------------------------------------

def test_a_decision_to_order_an_arrest_is_a_warrant(full_ref: Reference) -> None:
    text = "The International Criminal Court's decision to order the arrest of Sergei Shoigu and Valery Gerasimov is unlikely to put either man in a courtroom."
    assert {(f[1], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Sergei Shoigu", "issued"), ("Valery Gerasimov", "issued")}


def test_a_request_to_order_an_arrest_is_no_warrant_issued(full_ref: Reference) -> None:
    text = "Kyiv asked the International Criminal Court to order the arrest of Sergei Shoigu."
    assert "issued" not in {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "A third man sought by the court, former defence minister X, is also at large": X's warrant --------------------------------

def test_someone_sought_by_the_court_named_after_a_comma_is_wanted(full_ref: Reference) -> None:
    text = ("The ICC issued a warrant for Omar al-Bashir in 2009. A third man sought by the ICC, former defence minister "
            "Abdel Raheem Muhammad Hussein, is also at large.")
    assert {(f[1], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Omar al-Bashir", "issued"), ("Abdel Raheem Muhammad Hussein", "issued")}


# -- "the arrest of X in Manila in March", "X's arrest in Manila on March 11": an arrest made, the court's warrant served -----------

@pytest.mark.parametrize(("text", "day"), [
    ("The ICC's one clear success this year was the arrest of Rodrigo Duterte in Manila in March.", "2026-03"),
    ("The defence told the ICC that Rodrigo Duterte's arrest in Manila on March 11 had amounted to a kidnapping.", "2026-03-11"),
])
def test_an_arrest_told_with_its_place_is_the_warrant_served(full_ref: Reference, text: str, day: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Rodrigo Duterte", "ICC", "executed", day)}


@pytest.mark.parametrize("text", [
    "Fears of Vladimir Putin's arrest in South Africa kept him away, given the ICC warrant.",
    "Kyiv urged the ICC to secure the arrest of Vladimir Putin in Mongolia.",
])
def test_an_arrest_feared_or_asked_for_is_not_made(full_ref: Reference, text: str) -> None:
    assert "executed" not in {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "The ICC's warrants named X and Y": the warrants' subjects, after a possessive court ---------------------------------------------

def test_warrants_of_the_court_that_named_people_are_theirs(full_ref: Reference) -> None:
    text = "The ICC's warrants named Vladimir Putin and Maria Lvova-Belova, his commissioner for children's rights, over the deportations."
    assert {(f[1], f[3]) for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("Vladimir Putin", "issued"), ("Maria Lvova-Belova", "issued")}


def test_warrants_that_named_no_one_known_name_no_one(full_ref: Reference) -> None:
    text = "The ICC's warrants named Emmanuel Macron's adviser as a witness, a spokesman said."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()
