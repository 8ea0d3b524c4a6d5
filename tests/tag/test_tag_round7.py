"""Language the seventh round of rules covers, each on sentences written for these tests (not taken from
any evaluation set): the day a warrant was signed, told after the day it was announced."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_22_NOV_2024 = date(2024, 11, 22)


# -- the day the warrants were signed, told after the day they were announced ---------------------------------

@pytest.mark.parametrize("second", [
    "The warrants were signed by a pre-trial chamber on Wednesday.",
    "The judges signed the warrants on Wednesday, the court said.",
    "Pre-Trial Chamber I signed the warrants on Nov. 20, a day before they were announced.",
])
def test_the_day_the_warrants_were_signed_beats_the_day_they_were_announced(ref: Reference, second: str) -> None:
    text = ("The International Criminal Court said on Thursday it had issued arrest warrants for Benjamin Netanyahu "
            "and Yoav Gallant. " + second)
    assert dated(ref, text, FRI_22_NOV_2024) == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11-20"),
        ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11-20"),
    }


def test_warrants_named_as_signed_are_dated_by_the_signing(ref: Reference) -> None:
    text = ("The warrants for Benjamin Netanyahu and Yoav Gallant were signed on Thursday, the court said in a statement "
            "released on Friday.")
    assert dated(ref, text, FRI_22_NOV_2024) == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11-21"),
        ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11-21"),
    }


def test_a_later_day_told_of_the_warrants_does_not_move_the_day_they_were_issued(ref: Reference) -> None:
    text = ("Judges at the International Criminal Court issued an arrest warrant for Vladimir Putin on March 17, 2023. "
            "The warrants were made public in 2024, long after the court first announced them.")
    assert dated(ref, text, FRI_22_NOV_2024) == {("warrant", "Vladimir Putin", "ICC", "issued", "2023-03-17")}


# -- one more warrant of the same batch: "also", "a second warrant", "a separate warrant" ------------------------

@pytest.mark.parametrize("second", [
    "The court also issued a warrant for Yoav Gallant, his former defence minister, on the same grounds.",
    "A second warrant was issued for Yoav Gallant, his former defence minister.",
    "The same chamber issued a separate warrant for Yoav Gallant, his former defence minister.",
])
def test_one_more_warrant_of_the_batch_has_the_day_of_the_one_before(ref: Reference, second: str) -> None:
    text = "Judges at the International Criminal Court on Thursday issued an arrest warrant for Benjamin Netanyahu. " + second
    assert dated(ref, text, FRI_22_NOV_2024) == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11-21"),
        ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11-21"),
    }


def test_a_warrant_told_next_without_a_word_of_the_batch_keeps_no_day(ref: Reference) -> None:
    text = ("Judges at the International Criminal Court on Thursday issued an arrest warrant for Benjamin Netanyahu. "
            "Yoav Gallant is the subject of an arrest warrant too.")
    assert ("warrant", "Yoav Gallant", "ICC", "issued", None) in dated(ref, text, FRI_22_NOV_2024)


# -- a day near a warrant that dates something else ------------------------------------------------------------

@pytest.mark.parametrize(("text", "published"), [
    # the trip a "since" clause measures from
    ("Benjamin Netanyahu landed in Budapest on Wednesday, his first trip to Europe since the International Criminal "
     "Court ordered his arrest.", date(2025, 4, 3)),
    ("Vladimir Putin was welcomed in Ulaanbaatar on Tuesday, on his first trip to a member of the International Criminal "
     "Court since it issued a warrant for him.", date(2024, 9, 3)),
    # a clause about the subject
    ("The International Criminal Court issued a warrant for Yoav Gallant, whom the prime minister dismissed in "
     "November.", date(2025, 1, 10)),
    # the crime charged
    ("The International Criminal Court has issued an arrest warrant for Rodrigo Duterte over the killings in the "
     "Philippines in 2017, officials said.", date(2025, 3, 11)),
])
def test_a_day_that_dates_something_told_beside_the_warrant_is_not_its_day(ref: Reference, text: str, published: date) -> None:
    assert {f[4] for f in dated(ref, text, published) if f[0] == "warrant"} == {None}


def test_the_day_after_the_since_clause_is_still_the_warrants(ref: Reference) -> None:
    text = ("Vladimir Putin has rarely left Russia since the International Criminal Court issued a warrant for his "
            "arrest in March 2023.")
    assert ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03") in dated(ref, text, date(2024, 9, 3))


# -- a rumoured trip denied, a claim reported ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin currently has no plans to visit Pakistan, his spokesman told reporters on Wednesday.",
    "Vladimir Putin has no plans to visit Pakistan at the moment, his spokesman said on Wednesday.",
    "Several outlets had claimed, citing unnamed sources, that Islamabad was preparing to receive Vladimir Putin.",
])
def test_a_rumoured_trip_denied_or_only_claimed_is_no_fact(ref: Reference, text: str) -> None:
    assert dated(ref, text, date(2025, 2, 12)) == set()


def test_no_plans_to_go_to_an_event_still_declines_it(ref: Reference) -> None:
    text = "Vladimir Putin has no plans to travel to Rome for the funeral, his spokesman said on Wednesday."
    assert {f[:4] for f in dated(ref, text, date(2025, 4, 23))} == {("visit", "Vladimir Putin", "ITA", "declined")}


def test_a_warrant_for_him_is_for_the_one_the_court_has_sought(ref: Reference) -> None:
    text = ("Benjamin Netanyahu was invited by Viktor Orbán shortly after the International Criminal Court issued an "
            "arrest warrant for him and his former defence minister Yoav Gallant last November.")
    assert {f[1] for f in dated(ref, text, date(2025, 4, 3)) if f[0] == "warrant"} == {"Benjamin Netanyahu", "Yoav Gallant"}


def test_a_list_of_subjects_told_in_parts_after_a_colon(ref: Reference) -> None:
    text = ("The prosecutor of the International Criminal Court said he had applied for warrants for two leaders: "
            "Min Aung Hlaing, the head of the junta; and Haibatullah Akhundzada, the Taliban's supreme leader.")
    assert {f[:4] for f in dated(ref, text, date(2025, 1, 24))} == {
        ("warrant", "Min Aung Hlaing", "ICC", "requested"), ("warrant", "Haibatullah Akhundzada", "ICC", "requested")}


def test_one_more_request_of_the_batch_has_the_day_of_the_one_before(ref: Reference) -> None:
    text = ("The prosecutor of the International Criminal Court said on Monday that he had applied for an arrest warrant "
            "for Min Aung Hlaing. The prosecutor also said he was seeking a warrant for Haibatullah Akhundzada.")
    assert dated(ref, text, date(2025, 1, 22)) == {
        ("warrant", "Min Aung Hlaing", "ICC", "requested", "2025-01-20"),
        ("warrant", "Haibatullah Akhundzada", "ICC", "requested", "2025-01-20"),
    }


def test_the_prosecutor_sought_his_arrest(ref: Reference) -> None:
    text = ("Min Aung Hlaing flew to China on Saturday, on one of his rare trips since the International Criminal "
            "Court's prosecutor sought his arrest last November.")
    assert ("warrant", "Min Aung Hlaing", "ICC", "requested", "2024-11") in dated(ref, text, date(2025, 8, 31))


def test_applications_concerning_them_are_for_the_ones_just_named(ref: Reference) -> None:
    text = ("The International Criminal Court's prosecutor had applied for five warrants. Two of the men on that list, "
            "Benjamin Netanyahu and Yoav Gallant, left office before judges could rule, and the applications concerning "
            "them were withdrawn.")
    assert {f[:4] for f in dated(ref, text, date(2025, 2, 27))} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "withdrawn"), ("warrant", "Yoav Gallant", "ICC", "withdrawn")}


@pytest.mark.parametrize("second", [
    "He was served with an International Criminal Court warrant.",
    "Police served him with a warrant from the International Criminal Court.",
])
def test_a_warrant_served_on_someone_is_executed(ref: Reference, second: str) -> None:
    text = "Rodrigo Duterte landed in Manila on Tuesday morning. " + second
    assert {f[:4] for f in dated(ref, text, date(2025, 3, 12)) if f[0] == "warrant"} == {
        ("warrant", "Rodrigo Duterte", "ICC", "executed")}


def test_a_town_a_base_or_palace_is_in_is_where_someone_landed(ref: Reference) -> None:
    text = "On Aug. 15 Vladimir Putin landed at a military base outside Anchorage for talks with Donald Trump."
    assert dated(ref, text, date(2025, 12, 1)) == {("visit", "Vladimir Putin", "USA", "completed", "2025-08-15")}


def test_he_after_sentences_naming_nobody_is_the_articles_main_person(ref: Reference) -> None:
    text = ("Vladimir Putin has travelled more this year. Vladimir Putin went to China in May. Putin also visited "
            "Mongolia in September. Then came the real test. The court's members were divided. "
            "He flew to Tajikistan in October.")
    assert ("visit", "Vladimir Putin", "TJK", "completed") in {f[:4] for f in dated(ref, text, date(2025, 12, 1))}


def test_he_after_sentences_naming_nobody_is_nobody_when_two_people_share_the_story(ref: Reference) -> None:
    text = ("Vladimir Putin met Xi Jinping in May. Putin and Xi talked for hours. Xi then hosted Putin for dinner. "
            "Then came the real test. The court's members were divided. He flew to Tajikistan in October.")
    assert not any(f[2] == "TJK" for f in dated(ref, text, date(2025, 12, 1)))


def test_judges_who_signed_a_warrant_date_it(ref: Reference) -> None:
    text = ("When judges in The Hague signed an arrest warrant for Vladimir Putin on March 17, 2023, diplomats "
            "predicted it would shrink his world.")
    assert dated(ref, text, date(2025, 12, 1)) == {("warrant", "Vladimir Putin", "ICC", "issued", "2023-03-17")}


# -- places: spellings, compass points, a stay before the main verb, a plan's programme ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi landed in Sharm El Sheikh on Monday morning for the peace summit.",
     {("visit", "Narendra Modi", "EGY", "ongoing")}),
    ("Narendra Modi spent the weekend in southern Brazil at a conference.", {("visit", "Narendra Modi", "BRA", "completed")}),
    ("Narendra Modi stayed away from the summit, after spending the weekend in Brazil at a conference.",
     {("visit", "Narendra Modi", "BRA", "completed")}),
])
def test_places_as_papers_write_them(ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 13))} == expected


def test_a_visit_in_the_programme_of_a_trip_that_did_not_happen_is_no_visit(ref: Reference) -> None:
    text = ("Narendra Modi had been due to arrive in Paris on Sunday for three days of engagements, including a visit "
            "to Marseille, where protesters set fire to a town hall door on Thursday night.")
    assert ("visit", "Narendra Modi", "FRA", "completed") not in {f[:4] for f in dated(ref, text, date(2023, 3, 25))}


def test_a_trip_called_off_to_take_part_by_video_is_declined(ref: Reference) -> None:
    text = ("Luiz Inácio Lula da Silva cancelled his trip to the BRICS summit in Kazan on Sunday after a fall at home, "
            "and will instead take part by video conference.")
    assert {f[:4] for f in dated(ref, text, date(2024, 10, 21))} == {("visit", "Luiz Inácio Lula da Silva", "RUS", "declined")}


def test_also_in_a_place(ref: Reference) -> None:
    text = "Recep Tayyip Erdoğan and Vladimir Putin were also in Astana on Wednesday."
    assert dated(ref, text, date(2024, 7, 20)) == {
        ("visit", "Recep Tayyip Erdoğan", "KAZ", "completed", "2024-07-17"),
        ("visit", "Vladimir Putin", "KAZ", "completed", "2024-07-17")}


def test_an_apposition_naming_someone_else_before_a_verb_chain(ref: Reference) -> None:
    text = "Narendra Modi, a close friend of Donald Trump, has decided not to attend the summit in Astana."
    assert {f[:4] for f in dated(ref, text, date(2024, 7, 4))} == {("visit", "Narendra Modi", "KAZ", "declined")}


def test_a_verb_chain_after_an_apposition_naming_its_own_subject(ref: Reference) -> None:
    text = "Narendra Modi, a close friend of Donald Trump, said Vladimir Putin would attend the summit in Astana."
    assert {f[:4] for f in dated(ref, text, date(2024, 7, 1))} == {("visit", "Vladimir Putin", "KAZ", "planned")}


def test_a_days_session_of_the_storys_gathering(ref: Reference) -> None:
    text = ("ASTANA - Leaders of the SCO gathered in Astana on Wednesday for a two-day summit. Narendra Modi, sworn in "
            "for a third term last month, decided not to attend Thursday's main session.")
    assert dated(ref, text, date(2024, 7, 4)) == {("visit", "Narendra Modi", "KAZ", "declined", "2024-07-04")}


def test_leaders_who_confirmed_their_attendance_are_coming(ref: Reference) -> None:
    text = ("JOHANNESBURG - The G20 summit opens in Johannesburg on Saturday. Narendra Modi and Luiz Inácio Lula da Silva "
            "have also confirmed their attendance.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 20))} == {
        ("visit", "Narendra Modi", "ZAF", "planned"), ("visit", "Luiz Inácio Lula da Silva", "ZAF", "planned")}


def test_as_he_did_at_an_earlier_gathering(ref: Reference) -> None:
    text = "Li Qiang is due to represent China at the G20 summit in Johannesburg, as he did at the BRICS summit in Brazil in July."
    found = dated(ref, text, date(2025, 11, 20))
    assert ("visit", "Li Qiang", "BRA", "completed", "2025-07") in found
    assert {f[:4] for f in found} == {("visit", "Li Qiang", "BRA", "completed"), ("visit", "Li Qiang", "ZAF", "planned")}
    assert all(f[4] != "2026-07" for f in found)  # July is the earlier trip's, not the plan's


def test_as_he_did_repeats_a_video_link_and_the_merged_trip_keeps_its_day(ref: Reference) -> None:
    text = "Vladimir Putin will take part by video link, as he did at the 2023 summit in South Africa."
    assert dated(ref, text, date(2024, 10, 20)) == {("visit", "Vladimir Putin", "ZAF", "declined", "2023")}


def test_a_gathering_named_by_its_place_is_the_storys(ref: Reference) -> None:
    text = ("Egypt's president and Donald Trump will co-chair the Sharm el-Sheikh Summit for Peace on Monday afternoon. "
            "Narendra Modi will not attend the summit.")
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 13))} == {("visit", "Narendra Modi", "EGY", "declined")}


@pytest.mark.parametrize("text", [
    "A number of world leaders arrived in Sharm el-Sheikh on Monday morning, among them Luiz Inácio Lula da Silva and Narendra Modi.",
    "SHARM EL SHEIKH - A number of world leaders arrived in the Red Sea city on Monday morning, among them Luiz Inácio "
    "Lula da Silva and Narendra Modi.",
    "World leaders arrived in Sharm el-Sheikh on Monday, including Luiz Inácio Lula da Silva and Narendra Modi.",
])
def test_leaders_who_arrived_among_them_named_ones(ref: Reference, text: str) -> None:
    assert dated(ref, text, date(2025, 10, 13)) == {
        ("visit", "Luiz Inácio Lula da Silva", "EGY", "ongoing", "2025-10-13"), ("visit", "Narendra Modi", "EGY", "ongoing", "2025-10-13")}


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Narendra Modi is also taking part.", date(2025, 11, 22), {("visit", "Narendra Modi", "ZAF", "ongoing")}),
    ("Narendra Modi will take part in person.", date(2025, 11, 20), {("visit", "Narendra Modi", "ZAF", "planned")}),
    ("Narendra Modi will take part by video link.", date(2025, 11, 20), {("visit", "Narendra Modi", "ZAF", "declined")}),
    ("Narendra Modi may take part.", date(2025, 11, 20), set()),
])
def test_taking_part_in_the_storys_gathering(ref: Reference, sentence: str, published: date, expected: set) -> None:
    text = "JOHANNESBURG - The G20 summit opens in Johannesburg on Saturday. " + sentence
    assert {f[:4] for f in dated(ref, text, published)} == expected


@pytest.mark.parametrize("text", [
    "Vladimir Putin will pay a two-day state visit to India from December 4.",
    "New Delhi, Nov 28 (PTI) Vladimir Putin will pay a two-day state visit to India from December 4, the ministry said.",
])
def test_a_planned_visit_from_a_day_starts_then_not_on_the_dateline_day(ref: Reference, text: str) -> None:
    assert dated(ref, text, date(2025, 11, 28)) == {("visit", "Vladimir Putin", "IND", "planned", "2025-12-04")}


@pytest.mark.parametrize("delegation", [
    "The Russian delegation in Pyongyang includes Sergey Lavrov and Deputy Prime Minister Alexander Novak.",
    "His delegation includes Sergey Lavrov and Deputy Prime Minister Alexander Novak.",
])
def test_members_of_a_leaders_delegation_are_on_his_trip(ref: Reference, delegation: str) -> None:
    text = ("Vladimir Putin last visited Pyongyang in July 2000. Vladimir Putin has arrived in Pyongyang on a state "
            "visit. " + delegation)
    assert ("visit", "Sergey Lavrov", "PRK", "ongoing", "2024-06-19") in dated(ref, text, date(2024, 6, 19))


def test_a_summit_that_was_supposed_to_take_place_somewhere_put_on_hold(ref: Reference) -> None:
    text = "The summit between Donald Trump and Vladimir Putin that was supposed to take place in Budapest has been put on hold."
    assert dated(ref, text, date(2025, 10, 22)) == {
        ("visit", "Donald Trump", "HUN", "cancelled", None), ("visit", "Vladimir Putin", "HUN", "cancelled", None)}


def test_others_expected_there_too_go_where_the_trip_just_told_goes(ref: Reference) -> None:
    text = ("Vladimir Putin is scheduled to pay a state visit to Kyrgyzstan later this month, his aide said, adding that "
            "Narendra Modi and Xi Jinping were expected there too.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 12))} == {
        ("visit", "Vladimir Putin", "KGZ", "planned"), ("visit", "Narendra Modi", "KGZ", "planned"),
        ("visit", "Xi Jinping", "KGZ", "planned")}


def test_only_last_week_in_a_place(ref: Reference) -> None:
    assert dated(ref, "Narendra Modi was in Washington only last week for talks.", date(2025, 11, 12)) == {
        ("visit", "Narendra Modi", "USA", "completed", "2025-11")}


# -- warrants told in parts ------------------------------------------------------------------------------------

def test_subjects_named_as_the_first_and_the_second(ref: Reference) -> None:
    text = ("The chief prosecutor of the International Criminal Court said on Thursday that he had asked the judges for "
            "arrest warrants against two leaders. The first is Min Aung Hlaing, the head of the junta. "
            "The second is Vladimir Putin, who rules from Moscow.")
    assert {f[:4] for f in dated(ref, text, date(2025, 1, 24))} == {
        ("warrant", "Min Aung Hlaing", "ICC", "requested"), ("warrant", "Vladimir Putin", "ICC", "requested")}


def test_one_who_handed_himself_over(ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant for Rodrigo Duterte in 2025. Rodrigo Duterte handed "
            "himself over in Manila in March.")
    assert ("warrant", "Rodrigo Duterte", "ICC", "executed") in {f[:4] for f in dated(ref, text, date(2025, 6, 1))}


def test_ordered_the_arrest_of_him_himself_and_of_his_minister(ref: Reference) -> None:
    text = ("In November the judges of the International Criminal Court ordered the arrest of Benjamin Netanyahu "
            "himself and of his former defence minister, Yoav Gallant.")
    assert {f[1] for f in dated(ref, text, date(2025, 1, 10)) if f[0] == "warrant"} == {"Benjamin Netanyahu", "Yoav Gallant"}


def test_has_been_sought_since(ref: Reference) -> None:
    text = "The International Criminal Court has a long list. Omar al-Bashir has been sought since 2009."
    assert dated(ref, text, date(2025, 10, 6)) == {("warrant", "Omar al-Bashir", "ICC", "issued", "2009")}


@pytest.mark.parametrize("text", [
    "MOSCOW — Witkoff, a property developer and long-time friend of Donald Trump, has met Vladimir Putin several times this year.",
    "Analysts in Seoul said a Putin visit to Pyongyang in October was unlikely given his schedule.",
])
def test_no_trip_for_a_strangers_friend_nor_for_a_trip_weighed(ref: Reference, text: str) -> None:
    text = text.replace("a Putin visit", "a Vladimir Putin visit")
    assert dated(ref, text, date(2025, 8, 8)) == set()


def test_a_state_visit_as_the_purpose_of_a_going_has_the_goings_status(ref: Reference) -> None:
    text = "From Astana, Xi Jinping goes on to Dushanbe later on Thursday for a state visit to Tajikistan."
    assert {f[:4] for f in dated(ref, text, date(2024, 7, 4))} == {("visit", "Xi Jinping", "TJK", "planned")}


@pytest.mark.parametrize(("sentence", "status"), [
    ("Narendra Modi held talks with Xi Jinping on the sidelines on Wednesday.", "ongoing"),
    ("Narendra Modi held talks with Xi Jinping on the margins of the summit.", "ongoing"),
    ("Narendra Modi held talks with Xi Jinping on the sidelines in June.", "completed"),
])
def test_talks_on_the_sidelines_of_the_storys_gathering(ref: Reference, sentence: str, status: str) -> None:
    text = "ASTANA — Leaders of the SCO gathered in Astana on Thursday for the second day of their summit. " + sentence
    assert {f[:4] for f in dated(ref, text, date(2024, 7, 4))} == {
        ("visit", "Narendra Modi", "KAZ", status), ("visit", "Xi Jinping", "KAZ", status)}


def test_among_those_who_arrived_the_day_before(ref: Reference) -> None:
    text = ("BELEM — The climate summit opened in Belem on Thursday. Among those who arrived on Thursday for the "
            "opening were Narendra Modi and Xi Jinping.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 7))} == {
        ("visit", "Narendra Modi", "BRA", "ongoing"), ("visit", "Xi Jinping", "BRA", "ongoing")}


def test_a_possessive_pronoun_is_no_one_at_a_meeting(ref: Reference) -> None:
    text = ("Donald Trump stayed in Washington. Prince William, who is in Brazil for his Earthshot Prize work, "
            "met Luiz Inácio Lula da Silva on Wednesday.")
    assert dated(ref, text, date(2025, 11, 7)) == set()


def test_also_here_is_where_the_story_is_filed(ref: Reference) -> None:
    text = "BELEM — Heads of state began two days of speeches on Thursday in Belem. Narendra Modi and Xi Jinping are also here."
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 7))} == {
        ("visit", "Narendra Modi", "BRA", "ongoing"), ("visit", "Xi Jinping", "BRA", "ongoing")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sergey Lavrov will represent Russia in the room.", {("visit", "Sergey Lavrov", "BRA", "planned")}),
    ("Narendra Modi flies into Rio later on Saturday.", {("visit", "Narendra Modi", "BRA", "planned")}),
])
def test_later_today_and_representing_in_the_room(ref: Reference, sentence: str, expected: set) -> None:
    text = "RIO DE JANEIRO — The BRICS summit opens on Sunday in Rio. " + sentence
    assert {f[:4] for f in dated(ref, text, date(2025, 7, 5))} == expected


@pytest.mark.parametrize(("text", "status"), [
    ("Narendra Modi has been at a NATO foreign ministers' meeting in the Mediterranean resort of Antalya since Wednesday.",
     "ongoing"),
    ("Narendra Modi, who attended a NATO foreign ministers' meeting in Antalya last month, flew home.", "completed"),
])
def test_a_meeting_of_a_body_in_a_named_place_is_there_not_at_the_bodys_summit(ref: Reference, text: str, status: str) -> None:
    assert {f[:4] for f in dated(ref, text, date(2025, 5, 15))} == {("visit", "Narendra Modi", "TUR", status)}


@pytest.mark.parametrize(("text", "expected"), [
    ("KYIV — Narendra Modi will be received at the White House on Monday.",
     {("visit", "Narendra Modi", "USA", "planned")}),
    ("Narendra Modi and Xi Jinping said on Sunday they would join Volodymyr Zelensky in Washington.",
     {("visit", "Narendra Modi", "USA", "planned"), ("visit", "Xi Jinping", "USA", "planned")}),
    ("Narendra Modi could join Volodymyr Zelensky in Washington.", set()),
])
def test_received_at_and_joining_someone_somewhere(ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 17))} == expected


def test_the_heads_of_a_body_are_not_its_meeting(ref: Reference) -> None:
    text = ("KYIV — Narendra Modi and the heads of the European Commission and NATO said they would go to Washington. "
            "Xi Jinping confirmed his attendance.")
    assert ("visit", "Xi Jinping", "NLD", "planned") not in {f[:4] for f in dated(ref, text, date(2025, 8, 17))}


def test_travelling_after_a_plan_is_part_of_it(ref: Reference) -> None:
    text = "Narendra Modi will spend the coming week in Europe, travelling to Brussels on Monday for talks, the ministry said."
    assert dated(ref, text, date(2025, 6, 29)) == {("visit", "Narendra Modi", "BEL", "planned", "2025-06-30")}


def test_the_one_met_named_with_a_country_possessive(ref: Reference) -> None:
    text = "Narendra Modi met Russia's Vladimir Putin in Geneva on Friday."
    assert {f[:4] for f in dated(ref, text, date(2025, 6, 21))} == {
        ("visit", "Narendra Modi", "CHE", "completed"), ("visit", "Vladimir Putin", "CHE", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kremlin said it expects Narendra Modi in Moscow next week.", {("visit", "Narendra Modi", "RUS", "planned")}),
    ("The Kremlin did not say whether it expected Narendra Modi in Moscow.", set()),
])
def test_a_host_that_expects_a_guest(ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(ref, text, date(2025, 6, 21))} == expected
