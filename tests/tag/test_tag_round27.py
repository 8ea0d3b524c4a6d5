"""Language the twenty-seventh round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_27_NOV_2026 = date(2026, 11, 27)


# -- "X's state visit to Y, which ended on Thursday, gave Z ...": the noun's own verb, past the relative clause ---------------

@pytest.mark.parametrize("text", [
    "Olaf Scholz's three-day visit to Norway, which ended in Bergen on Wednesday, gave the Norwegian press a week of headlines.",
    "Olaf Scholz's visit to Norway brought a new gas deal.",
])
def test_a_trip_noun_told_by_a_past_verb_after_it_is_over(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "completed")}


def test_a_trip_noun_told_by_a_past_verb_is_dated_by_the_relative_clause(full_ref: Reference) -> None:
    text = "Olaf Scholz's three-day visit to Norway, which ended in Bergen on Wednesday, gave the Norwegian press a week of headlines."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2026-11-25")}


def test_a_trip_noun_with_a_verb_ahead_is_still_a_plan(full_ref: Reference) -> None:
    assert dated(full_ref, "Olaf Scholz's visit to Norway will bring a new gas deal.", FRI_27_NOV_2026) == {
        ("visit", "Olaf Scholz", "NOR", "planned", None)}


# -- "He was last there in July": a trip made to the country of the trip told before ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Olaf Scholz will travel to Oslo next week. He was last there in July.",
    "Olaf Scholz will travel to Oslo next week. He was there in July, when he opened a gas terminal.",
    "Olaf Scholz will travel to Oslo next week. He had previously been there in July.",
])
def test_was_there_before_is_a_trip_made_to_the_country_told_before(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "planned", "2026-12"),
                                                      ("visit", "Olaf Scholz", "NOR", "completed", "2026-07")}


def test_was_there_with_a_place_of_its_own_is_that_places(full_ref: Reference) -> None:
    text = "Olaf Scholz will travel to Oslo next week. He was last there in July for the summit in Vilnius."
    assert ("visit", "Olaf Scholz", "NOR", "completed", "2026-07") not in dated(full_ref, text, FRI_27_NOV_2026)


def test_was_there_names_no_second_trip_when_one_is_told_done(full_ref: Reference) -> None:
    text = "Olaf Scholz visited Norway in the summer. He was there in July, not June."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "completed")}
    assert len(dated(full_ref, text, FRI_27_NOV_2026)) == 1


# -- "the SCO's heads of government, a meeting that Pakistan hosts": the gathering's own host, not the summit's of the year -------

def test_a_heads_of_government_meeting_in_a_place_is_held_there(full_ref: Reference) -> None:
    text = "Mikhail Mishustin will attend the SCO heads of government meeting in Islamabad on Tuesday."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 10, 14))} == {("visit", "Mikhail Mishustin", "PAK", "planned")}


def test_a_gathering_that_a_country_hosts_now_is_held_there_for_the_story(full_ref: Reference) -> None:
    text = ("ISLAMABAD - Li Qiang arrived on Monday ahead of a meeting of the Shanghai Cooperation Organisation's heads of "
            "government that Pakistan hosts on Tuesday and Wednesday. Mikhail Mishustin is expected on Tuesday.")
    assert {f[:4] for f in dated(full_ref, text, date(2024, 10, 14))} == {("visit", "Li Qiang", "PAK", "ongoing"),
                                                                          ("visit", "Mikhail Mishustin", "PAK", "planned")}


def test_the_summit_of_the_year_keeps_its_host_without_a_place_told(full_ref: Reference) -> None:
    text = "Mikhail Mishustin will attend the SCO summit next week."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 6, 26))} == {("visit", "Mikhail Mishustin", "KAZ", "planned")}


# -- "the Gulf of Finland", "the Sea of Japan": a body of water, not the country ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin travelled to Kronstadt, the naval base on an island in the Gulf of Finland, where he laid flowers.",
    "Vladimir Putin watched the fleet exercise in the Sea of Japan, where he met sailors.",
])
def test_a_sea_named_after_a_country_is_no_trip_there(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


def test_the_country_named_beside_its_sea_is_still_a_trip(full_ref: Reference) -> None:
    assert {f[:4] for f in dated(full_ref, "Vladimir Putin visited Oman, on the Gulf of Oman, on Sunday.", FRI_27_NOV_2026)} == {
        ("visit", "Vladimir Putin", "OMN", "completed")}


# -- "ATLANTA - Harris returned to Georgia for a rally": the American state, in a story filed in the US -----------------------------

@pytest.mark.parametrize("text", [
    "ATLANTA (Wire) - Antony Blinken returned to Georgia on Thursday for a rally in the suburbs.",
    "WASHINGTON (Wire) - Antony Blinken will visit Georgia again next week, his campaign said, to court voters in the swing state.",
])
def test_georgia_in_an_american_campaign_story_is_the_state(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


@pytest.mark.parametrize("text", [
    "WASHINGTON (Wire) - Antony Blinken will visit Georgia next week.",
    "WASHINGTON (Wire) - Antony Blinken will visit Georgia next week to rally support for reform, with a stop in Tbilisi.",
    "TBILISI (Wire) - Antony Blinken arrived in Georgia on Thursday for talks on the campaign against graft.",
])
def test_georgia_the_country_is_still_a_trip(full_ref: Reference, text: str) -> None:
    assert {f[2] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"GEO"}


# -- "flew in on Tuesday evening and left on Wednesday": the stay is over ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Olaf Scholz flew in to Oslo on Tuesday evening and left on Wednesday.",
    "Olaf Scholz arrived in Oslo on Tuesday, held talks on gas and departed on Wednesday.",
    "OSLO - Olaf Scholz, who had hesitated for a month about coming, flew in on Tuesday evening and left on Wednesday.",
])
def test_an_arrival_then_a_leaving_on_a_day_is_a_finished_stay(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2026-11-24")}


def test_a_leaving_still_ahead_leaves_the_stay_under_way(full_ref: Reference) -> None:
    text = "Olaf Scholz flew in to Oslo on Thursday and leaves on Saturday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "ongoing", "2026-11-26")}


# -- "spent Thursday and Friday in Minsk" in Friday's paper: there still -------------------------------------------------------

def test_a_stay_told_through_the_papers_day_is_under_way(full_ref: Reference) -> None:
    text = "Vladimir Putin spent Thursday and Friday in Minsk for the summit."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Vladimir Putin", "BLR", "ongoing", "2026-11-26")}


@pytest.mark.parametrize("text", [
    "Vladimir Putin spent Wednesday and Thursday in Minsk for the summit.",
    "Vladimir Putin spent Friday in Minsk for the summit.",
])
def test_a_stay_told_to_an_earlier_day_or_only_today_keeps_its_reading(full_ref: Reference, text: str) -> None:
    assert {f[3] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"completed"}


# -- "Around the table with X are A and B", "Joining them are A and B": at the story's gathering ------------------------------------

@pytest.mark.parametrize("text", [
    "BERLIN - The foreign ministers of the Group of Seven hold talks in Berlin on Friday. Around the table with Annalena "
    "Baerbock are David Lammy of Britain and Antonio Tajani of Italy.",
    "BERLIN - The foreign ministers of the Group of Seven hold talks in Berlin on Friday. Joining them are David Lammy and "
    "Antonio Tajani.",
])
def test_those_told_around_the_table_or_joining_are_at_the_gathering(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} >= {("visit", "David Lammy", "DEU", "ongoing"),
                                                                       ("visit", "Antonio Tajani", "DEU", "ongoing")}


def test_joining_a_list_of_people_is_no_presence_without_the_verb(full_ref: Reference) -> None:
    text = ("BERLIN - The foreign ministers of the Group of Seven hold talks in Berlin on Friday. David Lammy is considering "
            "joining them next year.")
    assert ("visit", "David Lammy", "DEU", "ongoing") not in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "X told reporters at the summit that ...", "Speaking at the summit, X said ...": there -------------------------------------

@pytest.mark.parametrize("text", [
    "OSLO - The Nordic summit opened on Friday. Olaf Scholz told reporters at the summit that Europe had to be ready.",
    "OSLO - The Nordic summit opened on Friday. Speaking at the summit, Olaf Scholz said Europe had to be ready.",
])
def test_one_who_speaks_at_the_storys_gathering_is_there(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "ongoing")}


def test_one_who_spoke_at_another_gathering_is_not_at_the_storys(full_ref: Reference) -> None:
    text = "OSLO - The Nordic summit opened on Friday. Olaf Scholz said at the summit in Brussels last year that Europe had to be ready."
    assert ("visit", "Olaf Scholz", "NOR", "ongoing") not in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "is expected late tonight", "arrives tonight": a plan for the story's gathering, as "later today" was -------------------------

@pytest.mark.parametrize("text", [
    "OSLO - The Nordic summit opened on Friday. Olaf Scholz is expected late tonight.",
    "OSLO - The Nordic summit opened on Friday. Olaf Scholz arrives tonight.",
])
def test_one_expected_tonight_at_the_storys_gathering_is_planned(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "planned", "2026-11-27")}


def test_one_who_arrived_tonight_is_there(full_ref: Reference) -> None:
    text = "OSLO - The Nordic summit opened on Friday. Olaf Scholz arrived tonight."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "ongoing", "2026-11-27")}


# -- "flying in from Cyprus, where he wrapped up talks": the stop before, finished; "arrives tomorrow": ahead ----------------------

def test_a_stop_wrapped_up_before_flying_in_is_finished(full_ref: Reference) -> None:
    text = ("OSLO - The Nordic summit opened on Friday. Olaf Scholz is expected tonight, flying in from Helsinki, where he "
            "wrapped up talks with the Finnish government earlier today.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "planned"),
                                                                       ("visit", "Olaf Scholz", "FIN", "completed")}


def test_one_who_arrives_tomorrow_at_the_storys_gathering_is_planned(full_ref: Reference) -> None:
    text = "OSLO - The Nordic summit opened on Friday. Olaf Scholz arrives tomorrow."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "planned", "2026-11-28")}


# -- "... before leaving Britain that evening": the stay there is over ----------------------------------------------------------

def test_a_stay_whose_leaving_is_told_is_over(full_ref: Reference) -> None:
    text = ("Olaf Scholz flew into Oslo on Tuesday. On Wednesday afternoon he drove to Bergen to be received by the King "
            "before leaving Norway that evening.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "completed")}


def test_a_leaving_still_planned_leaves_the_stay_under_way(full_ref: Reference) -> None:
    text = "Olaf Scholz flew into Oslo on Thursday and will meet the King before leaving Norway on Saturday."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "ongoing")}


# -- "X, leaving the summit late in the evening, said ...", "X, arriving for the summit, told reporters": there ---------------------

@pytest.mark.parametrize("text", [
    "OSLO - The Nordic summit opened on Friday. Olaf Scholz, leaving the summit in the evening, said the talks had gone well.",
    "OSLO - The Nordic summit opened on Friday. Olaf Scholz, arriving for the summit, told reporters he expected a deal.",
])
def test_one_leaving_or_arriving_at_the_storys_gathering_is_there(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "ongoing")}


def test_one_leaving_a_summit_told_elsewhere_is_not_at_the_storys(full_ref: Reference) -> None:
    text = ("OSLO - The Nordic summit opened on Friday. Olaf Scholz, leaving the summit in Brussels last year, said the "
            "talks had gone well.")
    assert ("visit", "Olaf Scholz", "NOR", "ongoing") not in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


# -- "will fly into Anchorage on Friday": a plan, as "flies into" and "flew into" were ------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin will fly into Anchorage on Monday.",
    "Vladimir Putin is due to fly into Anchorage on Monday for talks.",
])
def test_fly_into_is_a_going_verb(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Vladimir Putin", "USA", "planned", "2026-11-30")}


def test_would_fly_into_only_if_is_no_plan(full_ref: Reference) -> None:
    assert dated(full_ref, "Vladimir Putin would fly into Anchorage only if the talks were ready.", FRI_27_NOV_2026) == set()


# -- "is due on Sunday as a guest of the chair": at the story's gathering --------------------------------------------------------

def test_one_due_as_a_guest_at_the_storys_gathering_is_planned(full_ref: Reference) -> None:
    text = "OSLO - The Nordic summit opens on Sunday. Olaf Scholz is due on Sunday as a guest of the chair."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "planned", "2026-11-29")}


def test_one_due_as_a_guest_at_home_is_no_trip(full_ref: Reference) -> None:
    text = "PARIS - The European summit opens in Paris on Sunday. Emmanuel Macron is due on Sunday as a guest of the chair."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "a meeting of the CIS in Dushanbe on Friday, which X will also attend": a plan at that meeting ----------------------------------

def test_one_who_will_attend_the_meeting_told_is_planned_there(full_ref: Reference) -> None:
    text = ("Leaders are expected to stay for a meeting of the Commonwealth of Independent States in Dushanbe on Monday, "
            "which Belarus's Alexander Lukashenko will also attend.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Alexander Lukashenko", "TJK", "planned", "2026-11-30")}


def test_one_who_attended_the_summit_told_went_there_then(full_ref: Reference) -> None:
    text = "Olaf Scholz stayed away from last month's summit on Gaza in Sharm el-Sheikh, which Recep Tayyip Erdoğan attended."
    assert ("visit", "Recep Tayyip Erdoğan", "EGY", "completed", "2026-10") in dated(full_ref, text, FRI_27_NOV_2026)
    assert not any(f[2] == "PSE" for f in dated(full_ref, text, FRI_27_NOV_2026))


# -- "has begun talks with X at Hyderabad House in New Delhi": under way; "began talks ... on Sunday": held ---------------------------

def test_talks_begun_now_are_under_way(full_ref: Reference) -> None:
    text = "Fumio Kishida has begun talks with Narendra Modi at Hyderabad House in New Delhi."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Fumio Kishida", "IND", "ongoing")}


def test_talks_begun_on_a_past_day_were_held(full_ref: Reference) -> None:
    text = "Fumio Kishida began talks with Narendra Modi in New Delhi on Sunday."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Fumio Kishida", "IND", "completed", "2026-11-22")}


def test_talks_begun_with_no_place_are_no_trip(full_ref: Reference) -> None:
    assert dated(full_ref, "Fumio Kishida has begun talks with Narendra Modi on trade.", FRI_27_NOV_2026) == set()


# -- "X sat through Monday's sessions", "X joined the family photo": at the story's gathering -------------------------------------

@pytest.mark.parametrize("text", [
    "OSLO - The Nordic summit opened on Thursday and closes on Saturday. Olaf Scholz sat through Thursday's sessions.",
    "OSLO - The Nordic summit opened on Thursday and closes on Saturday. Olaf Scholz joined the family photo on Thursday.",
    "OSLO - The Nordic summit opened on Friday. Olaf Scholz joined the family photo.",
])
def test_one_in_the_sessions_or_the_family_photo_is_at_the_gathering(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "ongoing")}


def test_one_who_will_join_the_family_photo_is_no_presence_yet(full_ref: Reference) -> None:
    text = "OSLO - The Nordic summit opened on Friday. Olaf Scholz will join the family photo on Saturday."
    assert ("visit", "Olaf Scholz", "NOR", "ongoing") not in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}


def test_one_who_would_have_joined_the_family_photo_is_no_presence(full_ref: Reference) -> None:
    text = "OSLO - The Nordic summit opened on Friday. Olaf Scholz would have joined the family photo had he come."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "X landed on Monday night with Secretary of State Y": they came together ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "OSLO - Donald Trump landed on Thursday night with Secretary of State Marco Rubio.",
    "OSLO - Donald Trump arrived in Oslo on Thursday night with Secretary of State Marco Rubio.",
])
def test_one_who_landed_with_the_traveller_came_too(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Donald Trump", "NOR", "ongoing", "2026-11-26"),
                                                      ("visit", "Marco Rubio", "NOR", "ongoing", "2026-11-26")}


def test_one_the_traveller_arrived_for_talks_with_came_no_way(full_ref: Reference) -> None:
    text = "OSLO - Donald Trump arrived in Oslo on Thursday night for talks with Marco Rubio."
    assert {f[1] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"Donald Trump"}


# -- "..., flanked by X, Y and Z": those beside the speaker at the story's gathering ------------------------------------------------

def test_those_flanking_the_speaker_at_the_gathering_are_there(full_ref: Reference) -> None:
    text = ("OSLO - The Nordic summit opened on Friday. Jonas Vik announced the decision at a news conference, flanked by "
            "German Chancellor Olaf Scholz and French President Emmanuel Macron.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "ongoing"),
                                                                       ("visit", "Emmanuel Macron", "NOR", "ongoing")}


def test_those_flanking_someone_in_a_story_about_no_gathering_are_not_placed(full_ref: Reference) -> None:
    text = "Jonas Vik announced the decision at a news conference, flanked by Olaf Scholz and Emmanuel Macron."
    assert dated(full_ref, text, FRI_27_NOV_2026) == set()


# -- "warrants for A, the man who ran the army for twelve years until May, and for B": a longer apposition between names -----------

def test_a_long_apposition_between_two_subjects_keeps_the_list(full_ref: Reference) -> None:
    text = ("The International Criminal Court issued warrants on Monday for Sergei Shoigu, the man who ran the Russian army "
            "for twelve years until May, and for Valery Gerasimov, the chief of the general staff.")
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Sergei Shoigu", "ICC", "issued", "2026-11-23"),
                                                      ("warrant", "Valery Gerasimov", "ICC", "issued", "2026-11-23")}


def test_a_clause_of_its_own_after_the_apposition_names_no_subject(full_ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant on Monday for Sergei Shoigu, the man who ran the Russian army "
            "for twelve years until May, and Valery Gerasimov said the court had no power.")
    assert {f[1] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {"Sergei Shoigu"}


# -- "A fifth application, against X, has been withdrawn": the application named by its subject in an aside -----------------------

def test_an_application_against_one_in_an_aside_is_withdrawn_as_told(full_ref: Reference) -> None:
    text = ("The ICC prosecutor sought warrants in May. A fifth application, against the Hamas political chief Ismail Haniyeh, "
            "has already been withdrawn following his death.")
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Ismail Haniyeh", "ICC", "withdrawn")}


def test_an_application_against_one_in_an_aside_still_pending_is_requested(full_ref: Reference) -> None:
    text = "The ICC prosecutor sought warrants in May. A fifth application, against Ismail Haniyeh, is still pending."
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("warrant", "Ismail Haniyeh", "ICC", "requested")}


# -- "..., when the court also named Y": one more subject of the warrant just told ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin has been the subject of an ICC warrant since March 2023, when the court also named Maria Lvova-Belova, "
    "his commissioner for children's rights.",
    "The ICC issued a warrant for Vladimir Putin in March 2023. The court also named Maria Lvova-Belova.",
])
def test_one_the_court_also_named_shares_the_warrant(full_ref: Reference, text: str) -> None:
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Vladimir Putin", "ICC", "issued", "2023-03"),
                                                      ("warrant", "Maria Lvova-Belova", "ICC", "issued", "2023-03")}


def test_one_the_court_named_to_an_office_has_no_warrant(full_ref: Reference) -> None:
    text = "The ICC issued a warrant for Vladimir Putin in March 2023. The court also named a new registrar, Maria Lvova-Belova."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("warrant", "Vladimir Putin", "ICC", "issued", "2023-03")}


# -- "X became the first sitting South Korean president to be arrested": X, not the office's holder --------------------------------

def test_the_first_holder_of_a_kind_is_the_subject_not_the_office_holder(full_ref: Reference) -> None:
    text = ("Lee Jae-myung was sworn in on Wednesday after the removal of Yoon Suk Yeol. Yoon became the first sitting South "
            "Korean president to be arrested when investigators detained him at his residence on Jan. 15 under a warrant "
            "issued by a Seoul court.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 6, 9)) if f[0] == "warrant"} == {
        ("warrant", "Yoon Suk Yeol", "KOR", "executed")}


def test_the_sitting_president_is_still_the_office_holder(full_ref: Reference) -> None:
    text = "SEOUL - The sitting South Korean president will travel to Canada next week."
    assert {f[:4] for f in dated(full_ref, text, date(2025, 6, 9))} == {("visit", "Lee Jae-myung", "CAN", "planned")}


# -- "a treaty signed in London in July during a visit by Chancellor X": the visit was to that place --------------------------------

def test_a_deed_in_a_place_during_a_visit_by_one_is_that_ones_trip(full_ref: Reference) -> None:
    text = "Relations grew closer, with a treaty signed in London in July during a visit by Chancellor Friedrich Merz."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Friedrich Merz", "GBR", "completed", "2026-07")}


def test_a_deed_ahead_during_a_visit_by_one_is_no_trip_made(full_ref: Reference) -> None:
    text = "A treaty will be signed in London in July during a visit by Friedrich Merz."
    assert ("visit", "Friedrich Merz", "GBR", "completed") not in {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)}
