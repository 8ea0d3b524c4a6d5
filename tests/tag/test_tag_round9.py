"""Language the ninth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

THU_14_NOV_2024 = date(2024, 11, 14)


# -- a bare verb after "and then" shares the plan told before it ---------------------------------------------------

def test_and_then_pay_a_visit_after_will_travel_is_planned(ref: Reference) -> None:
    text = ("Xi Jinping will travel to Rio de Janeiro for the G20 summit, set for Nov. 18 to 19, "
            "and then pay a state visit to Brazil at the invitation of Lula.")
    assert dated(ref, text, THU_14_NOV_2024) == {("visit", "Xi Jinping", "BRA", "planned", "2024-11-18")}


def test_and_then_pay_a_visit_after_a_past_trip_is_not_planned(ref: Reference) -> None:
    text = "Xi Jinping flew to Lima for the APEC meeting in 2016, and then paid a state visit to Ecuador."
    assert {f[3] for f in dated(ref, text, THU_14_NOV_2024)} == {"completed"}


# -- "a deal reached in July": a participle after a thing is no arrival ---------------------------------------

FRI_22_AUG_2025 = date(2025, 8, 22)


def test_a_deal_reached_is_no_arrival(ref: Reference) -> None:
    text = ("Narendra Modi met Lula in June at the G7 summit in Kananaskis, Canada. "
            "Modi is also expected to tour a shipyard, underscoring cooperation offered as part of a tariff deal reached in July.")
    assert dated(ref, text, FRI_22_AUG_2025) == {
        ("visit", "Narendra Modi", "CAN", "completed", "2025-06"),
        ("visit", "Luiz Inácio Lula da Silva", "CAN", "completed", "2025-06"),
    }


def test_a_traveller_who_reached_on_monday_still_arrived(ref: Reference) -> None:
    text = ("Narendra Modi is in Brazil for the BRICS summit. "
            "The Indian leader reached on Monday and held talks with Lula.")
    assert ("visit", "Narendra Modi", "BRA", "ongoing") in {f[:4] for f in dated(ref, text, FRI_22_AUG_2025)}


# -- "wrapped up the two-day trip": the stay last told is over --------------------------------------------------

TUE_19_AUG_2025 = date(2025, 8, 19)


@pytest.mark.parametrize("closing", [
    "Xi, who called on Modi at his residence, wrapped up the two-day trip on Tuesday.",
    "Xi wrapped up his two-day visit on Tuesday.",
])
def test_wrapping_up_the_trip_ends_the_stay(ref: Reference, closing: str) -> None:
    text = "Xi Jinping arrived in New Delhi on Monday and held talks with Narendra Modi. " + closing
    assert dated(ref, text, TUE_19_AUG_2025) == {("visit", "Xi Jinping", "IND", "completed", "2025-08-18")}


def test_a_trip_to_be_wrapped_up_later_is_still_under_way(ref: Reference) -> None:
    text = ("Xi Jinping arrived in New Delhi on Monday and held talks with Narendra Modi. "
            "Xi is expected to have wrapped up the trip by Thursday.")
    assert dated(ref, text, TUE_19_AUG_2025) == {("visit", "Xi Jinping", "IND", "ongoing", "2025-08-18")}


# -- "Among those who are coming is X": still to come -------------------------------------------------------------

FRI_4_JUL_2025 = date(2025, 7, 4)


@pytest.mark.parametrize(("clause", "status"), [
    ("Among those who are coming is Narendra Modi.", "planned"),
    ("Among the leaders who will attend is Narendra Modi.", "planned"),
    ("Among those who are attending is Narendra Modi.", "ongoing"),
])
def test_among_those_who_are_coming_is_a_plan(ref: Reference, clause: str, status: str) -> None:
    text = "RIO DE JANEIRO - Brazil is preparing for a BRICS summit this weekend. " + clause
    assert {f[:4] for f in dated(ref, text, FRI_4_JUL_2025)} == {("visit", "Narendra Modi", "BRA", status)}


# -- "left the summit a day early, flying back to Washington": the stay is over ----------------------------------

TUE_17_JUN_2025 = date(2025, 6, 17)


def test_flying_back_home_after_leaving_ends_the_stay(ref: Reference) -> None:
    text = ("KANANASKIS, Alberta - Donald Trump left the G7 summit a day early, flying back to Washington overnight. "
            "Trump arrived on Sunday and took part in Monday's sessions.")
    assert dated(ref, text, TUE_17_JUN_2025) == {("visit", "Donald Trump", "CAN", "completed", "2025-06-15")}


def test_flying_back_to_somewhere_not_home_leaves_the_stay(ref: Reference) -> None:
    text = ("KANANASKIS, Alberta - Narendra Modi met Lula at the G7 summit, flying back to Washington with him afterwards. "
            "Modi arrived on Sunday and took part in Monday's sessions.")
    assert ("visit", "Narendra Modi", "CAN", "ongoing") in {f[:4] for f in dated(ref, text, TUE_17_JUN_2025)}


# -- "had arrived in Turkey from the United Arab Emirates, where he landed on Sunday": that stay is over --------

WED_19_FEB_2025 = date(2025, 2, 19)


def test_a_stay_told_as_where_the_traveller_came_from_is_over(ref: Reference) -> None:
    text = ("Narendra Modi was in Ankara on Tuesday for talks with Recep Tayyip Erdoğan. "
            "The Indian leader had arrived in Turkey from the United Arab Emirates, where he landed on Sunday and met investors.")
    assert dated(ref, text, WED_19_FEB_2025) == {
        ("visit", "Narendra Modi", "TUR", "completed", "2025-02-18"),
        ("visit", "Narendra Modi", "ARE", "completed", "2025-02-16"),
    }


# -- a gathering's topic is not its venue; arrivals from an earlier gathering ------------------------------------

SAT_15_JUN_2024 = date(2024, 6, 15)
PEACE_CONFERENCE = ("BURGENSTOCK, Switzerland - Leaders from 90 countries gathered on Saturday for a conference on "
                    "peace in Ukraine. ")


def test_a_conference_on_peace_in_a_country_is_where_the_story_is_filed(ref: Reference) -> None:
    text = PEACE_CONFERENCE + "Narendra Modi arrived on Saturday morning to lead the Indian delegation."
    assert dated(ref, text, SAT_15_JUN_2024) == {("visit", "Narendra Modi", "CHE", "ongoing", "2024-06-15")}


def test_flying_in_from_an_earlier_summit_is_both_trips(ref: Reference) -> None:
    text = PEACE_CONFERENCE + "Narendra Modi flew in directly from the G7 summit."
    assert {f[:4] for f in dated(ref, text, SAT_15_JUN_2024)} == {
        ("visit", "Narendra Modi", "CHE", "ongoing"),
        ("visit", "Narendra Modi", "ITA", "completed"),
    }


def test_leaders_who_flew_in_from_an_earlier_summit_among_them(ref: Reference) -> None:
    text = PEACE_CONFERENCE + ("Several leaders flew in directly from the G7 summit, among them Narendra Modi and "
                               "Recep Tayyip Erdoğan, as did the summit's host, Viktor Orbán.")
    facts = {f[:4] for f in dated(ref, text, SAT_15_JUN_2024)}
    assert {("visit", p, "CHE", "ongoing") for p in ("Narendra Modi", "Recep Tayyip Erdoğan", "Viktor Orbán")} <= facts
    assert ("visit", "Narendra Modi", "ITA", "completed") in facts


# -- "spent Monday far from Moscow, at a summit in X"; "was back at the Kremlin by night" -------------------------

TUE_14_OCT_2025 = date(2025, 10, 14)


def test_time_spent_at_a_summit_told_away_from_home(ref: Reference) -> None:
    text = "Vladimir Putin spent Monday far from Moscow, at a summit in Sharm el-Sheikh."
    assert dated(ref, text, TUE_14_OCT_2025) == {("visit", "Vladimir Putin", "EGY", "completed", "2025-10-13")}


def test_back_at_the_seat_of_government_ends_the_stay(ref: Reference) -> None:
    text = "Vladimir Putin arrived in Ankara on Monday and was back at the Kremlin by night."
    assert dated(ref, text, TUE_14_OCT_2025) == {("visit", "Vladimir Putin", "TUR", "completed", "2025-10-13")}


# -- "the NATO secretary-general" is the body's officer, not one of its summits -------------------------------------

def test_the_bodys_secretary_general_is_no_summit(ref: Reference) -> None:
    text = ("LONDON - The prime minister chaired a video call of about 25 leaders on Saturday. Narendra Modi and Lula "
            "took part alongside most European Union leaders and the NATO secretary-general.")
    assert dated(ref, text, date(2025, 3, 15)) == set()


# -- a live page from a gathering: "is here", "is attending as the leader of a member" -----------------------------

TUE_17_JUN_2025 = date(2025, 6, 17)
LIVE_PAGE = "Live updates from the G7 summit in Kananaskis, Alberta. 10:30 - "


def test_here_in_a_live_page_with_no_dateline_is_the_gatherings_place(ref: Reference) -> None:
    text = LIVE_PAGE + "Narendra Modi is here as a guest of the Canadian presidency."
    assert dated(ref, text, TUE_17_JUN_2025) == {("visit", "Narendra Modi", "CAN", "ongoing", "2025-06-17")}


def test_attending_as_a_role_is_at_the_gathering(ref: Reference) -> None:
    text = LIVE_PAGE + "Lula is attending as the leader of an invited country."
    assert dated(ref, text, TUE_17_JUN_2025) == {("visit", "Luiz Inácio Lula da Silva", "CAN", "ongoing", "2025-06-17")}


def test_a_past_summit_attended_as_a_guest_is_not_under_way(ref: Reference) -> None:
    text = ("Narendra Modi and Lula first met in June on the sidelines of the G7 summit in Kananaskis, Canada, "
            "which Modi attended as a guest.")
    assert "ongoing" not in {f[3] for f in dated(ref, text, date(2025, 8, 22))}


def test_talks_after_an_apposition_with_since_and_his_are_the_subjects(ref: Reference) -> None:
    text = LIVE_PAGE + ("Narendra Modi, on his first trip abroad since his re-election two weeks ago, held talks with "
                        "Lula on the margins this morning.")
    assert dated(ref, text, TUE_17_JUN_2025) == {
        ("visit", "Narendra Modi", "CAN", "ongoing", "2025-06-17"),
        ("visit", "Luiz Inácio Lula da Silva", "CAN", "ongoing", "2025-06-17"),
    }


def test_a_date_since_which_a_trip_is_counted_still_dates_the_trip_told_after_it(ref: Reference) -> None:
    text = "Narendra Modi's only other trip abroad since February 2022 was his December visit to Brazil."
    assert ("visit", "Narendra Modi", "BRA", "completed", "2024-12") in dated(ref, text, date(2025, 2, 8))


# -- "flies on Tuesday to China, the first visit to Beijing by ... since 2019" in Tuesday's paper --------------------

def test_flies_on_the_day_to_a_place_is_the_days_schedule(ref: Reference) -> None:
    text = ("NEW DELHI - Lula arrived in New Delhi on Sunday for a three-day visit. "
            "From India, Lula flies on Tuesday to China.")
    assert dated(ref, text, date(2025, 10, 14)) == {
        ("visit", "Luiz Inácio Lula da Silva", "IND", "ongoing", "2025-10-12"),
        ("visit", "Luiz Inácio Lula da Silva", "CHN", "planned", "2025-10-14"),
    }


def test_a_trip_noun_in_apposition_retells_the_trip_just_told(ref: Reference) -> None:
    text = "Lula will fly to China later on Tuesday, the first visit to Beijing by a Brazilian president since 2019."
    assert dated(ref, text, date(2025, 10, 14)) == {("visit", "Luiz Inácio Lula da Silva", "CHN", "planned", "2025-10-14")}


# -- "a Baghdad court": a capital named for its state -----------------------------------------------------------

def test_a_court_named_by_its_capital_is_that_countrys(ref: Reference) -> None:
    text = ("Recep Tayyip Erdoğan arrived in Qatar on Wednesday. "
            "A Baghdad court issued a warrant for his arrest in January 2021 over a drone strike.")
    assert ("warrant", "Recep Tayyip Erdoğan", "IRQ", "issued", "2021-01") in dated(ref, text, date(2025, 5, 15))


def test_the_applications_target_a_list_told_in_parts(ref: Reference) -> None:
    text = ("The chief prosecutor of the International Criminal Court said on Monday he had asked judges to issue "
            "arrest warrants for two Israeli leaders as well as for two leaders of an armed group. "
            "On that side, the applications target Vladimir Putin, its nominal chief; and Omar al-Bashir, its treasurer.")
    assert {f[:4] for f in dated(ref, text, date(2024, 5, 21))} >= {
        ("warrant", "Vladimir Putin", "ICC", "requested"),
        ("warrant", "Omar al-Bashir", "ICC", "requested"),
    }


# -- "its judges ordered him detained", "ordered the arrest at the time of X" ----------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("Vladimir Putin began talks in Mongolia, the first time he has set foot in a member state of the International "
     "Criminal Court since its judges ordered him detained.", "Vladimir Putin"),
    ("Vladimir Putin began talks in Mongolia, a member of the International Criminal Court. The same panel ordered "
     "the arrest at the time of Omar al-Bashir, a former leader.", "Omar al-Bashir"),
])
def test_an_arrest_ordered_in_other_words_is_a_warrant(ref: Reference, text: str, subject: str) -> None:
    assert ("warrant", subject, "ICC", "issued") in {f[:4] for f in dated(ref, text, date(2024, 9, 3))}


# -- "had already abandoned their requests for two other leaders: X, ..., and Y" ---------------------------------

@pytest.mark.parametrize("verb", ["abandoned", "withdrawn"])
def test_requests_abandoned_for_a_listed_group_are_withdrawn(ref: Reference, verb: str) -> None:
    text = ("Judges at the International Criminal Court withdrew the arrest warrant for Min Aung Hlaing. "
            f"Prosecutors had already {verb} their requests for two other leaders after both died last year: "
            "the former head of state, Omar al-Bashir, who died in July, and his successor Rodrigo Duterte.")
    facts = {f[:4] for f in dated(ref, text, date(2025, 2, 27))}
    assert {("warrant", "Omar al-Bashir", "ICC", "withdrawn"), ("warrant", "Rodrigo Duterte", "ICC", "withdrawn")} <= facts


def test_a_relative_clause_after_an_apposition_hangs_on_the_name(ref: Reference) -> None:
    text = ("Myanmar has accepted the jurisdiction of the International Criminal Court. The most prominent suspect "
            "remains Min Aung Hlaing, the head of the junta, who has been the subject of a warrant since June 2011.")
    assert dated(ref, text, date(2025, 12, 5)) == {("warrant", "Min Aung Hlaing", "ICC", "issued", "2011-06")}


@pytest.mark.parametrize(("text", "expected"), [
    ("India has never joined the International Criminal Court, and the question of the court's outstanding order "
     "for Vladimir Putin did not come up.", ("warrant", "Vladimir Putin", "ICC", "issued")),
    ("BUENOS AIRES — A federal court in Argentina on Thursday ordered the arrest of the head of Myanmar's junta, "
     "Min Aung Hlaing, and 24 other officials.", ("warrant", "Min Aung Hlaing", "ARG", "issued")),
])
def test_more_warrants_in_other_words(ref: Reference, text: str, expected: tuple[str, ...]) -> None:
    assert expected in {f[:4] for f in dated(ref, text, date(2025, 12, 5))}


def test_grounds_to_believe_that_named_people_ordered_a_crime(ref: Reference) -> None:
    text = ("The International Criminal Court on Tuesday issued arrest warrants for two men. Judges found reasonable "
            "grounds to believe that Omar al-Bashir, the movement's reclusive leader, and Min Aung Hlaing, "
            "whom his officers call their chief, ordered, induced or solicited the crime of persecution.")
    assert {f[:4] for f in dated(ref, text, date(2025, 7, 9))} == {
        ("warrant", "Omar al-Bashir", "ICC", "issued"),
        ("warrant", "Min Aung Hlaing", "ICC", "issued"),
    }


# -- a gathering the traveller goes on to is not the story's; each leg keeps its own days ----------------------------

def test_a_gathering_gone_on_to_later_is_not_the_storys(ref: Reference) -> None:
    text = ("KUALA LUMPUR — Donald Trump landed in Malaysia on Sunday morning. He flies to Tokyo on Monday, and then "
            "to South Korea on Wednesday for the APEC gathering in Gyeongju. Lula, who arrived on Saturday, met Trump "
            "on the sidelines on Sunday afternoon.")
    assert ("visit", "Luiz Inácio Lula da Silva", "MYS", "ongoing") in {f[:4] for f in dated(ref, text, date(2025, 10, 26))}


def test_legs_told_with_their_purpose_before_their_days(ref: Reference) -> None:
    text = ("WASHINGTON — Lula arrived in Washington on Sunday from Beijing. From Washington he heads to Peru for the "
            "APEC leaders' meeting later this week and then to India for the G20 summit on November 18-19.")
    facts = dated(ref, text, date(2024, 11, 11))
    assert ("visit", "Luiz Inácio Lula da Silva", "IND", "planned", "2024-11-18") in facts
    assert ("visit", "Luiz Inácio Lula da Silva", "PER", "planned", "2024-11-18") not in facts


def test_left_the_place_on_a_day_after_a_relative_clause(ref: Reference) -> None:
    text = ("WASHINGTON — Narendra Modi and Donald Trump agreed on Thursday to double trade. "
            "Modi, who arrived on Wednesday evening from France, left Washington on Friday morning.")
    assert ("visit", "Narendra Modi", "USA", "completed") in {f[:4] for f in dated(ref, text, date(2025, 2, 15))}


# -- "the Paris AI summit": a capital naming a gathering is a place; "is not expected to attend": no decision --------

def test_a_gathering_named_for_its_capital_is_in_that_place(ref: Reference) -> None:
    text = "JD Vance attended the Paris AI summit on Tuesday."
    assert dated(ref, text, date(2025, 2, 14)) == {("visit", "JD Vance", "FRA", "completed", "2025-02-11")}


def test_not_expected_to_attend_is_no_decision(ref: Reference) -> None:
    text = "China will hold a military parade in Beijing next week. Narendra Modi is not expected to attend the Beijing parade."
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 28))} == set()


def test_skipping_the_summit_named_for_the_storys_city_is_dated_by_the_summit() -> None:
    from warrantwatch.reference import load_reference

    real = load_reference()  # (the bundled reference: the fixture one holds no gatherings' days)
    text = ("NEW DELHI — Leaders of the Group of 20 gather in New Delhi this weekend for the G20 summit. "
            "Beijing gave no reason for Xi Jinping's decision to skip the New Delhi summit.")
    assert ("visit", "Xi Jinping", "IND", "declined", "2023-09-09") in dated(real, text, date(2023, 9, 8))


def test_a_gathering_attended_last_week_is_not_the_storys(ref: Reference) -> None:
    text = ("RIO DE JANEIRO, Nov 19 — Leaders of the Group of 20 were meeting for a second day in Rio de Janeiro on "
            "Tuesday. Joe Biden too attended the APEC meetings in Lima last week. "
            "Narendra Modi landed on Monday from Nigeria.")
    assert ("visit", "Narendra Modi", "BRA", "ongoing") in {f[:4] for f in dated(ref, text, date(2024, 11, 19))}


# -- "X and Y said they would travel"; ", along with Z" --------------------------------------------------------------

SUN_17_AUG_2025 = date(2025, 8, 17)


def test_a_coordinated_subject_said_they_would_travel(ref: Reference) -> None:
    text = "Narendra Modi and Lula said they would travel to Washington on Monday."
    assert {f[:4] for f in dated(ref, text, SUN_17_AUG_2025)} == {
        ("visit", "Narendra Modi", "USA", "planned"), ("visit", "Luiz Inácio Lula da Silva", "USA", "planned")}


def test_one_speaker_saying_they_would_travel_is_not_the_speakers_plan(ref: Reference) -> None:
    text = "Narendra Modi said they would travel to Washington on Monday."
    assert dated(ref, text, SUN_17_AUG_2025) == set()


def test_travellers_listed_along_with(ref: Reference) -> None:
    text = ("Narendra Modi and Lula confirmed they would be in Washington, along with Türkiye's Recep Tayyip Erdoğan "
            "and Hungary's Viktor Orbán.")
    assert {f[1] for f in dated(ref, text, SUN_17_AUG_2025)} == {
        "Narendra Modi", "Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan", "Viktor Orbán"}


# -- "fresh from hosting the climate conference in Belém"; "touched down at an air base outside Pretoria" ----------

G20_OPENS = "JOHANNESBURG — Africa's first Group of 20 summit opens on Saturday at the Nasrec expo centre. "


def test_a_gathering_the_traveller_is_fresh_from_hosting_is_not_the_storys(ref: Reference) -> None:
    text = G20_OPENS + ("Lula, fresh from hosting the climate conference in Belém, is expected on Saturday. "
                        "Narendra Modi will fly in from Mauritius on Friday evening.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 21))} == {
        ("visit", "Luiz Inácio Lula da Silva", "ZAF", "planned"), ("visit", "Narendra Modi", "ZAF", "planned")}


def test_touched_down_at_an_air_base_outside_a_city(ref: Reference) -> None:
    text = G20_OPENS + "Narendra Modi touched down at Waterkloof air base outside Pretoria on Friday morning."
    assert dated(ref, text, date(2025, 11, 21)) == {("visit", "Narendra Modi", "ZAF", "ongoing", "2025-11-21")}


# -- "MOSCOW — ... marked the anniversary with its largest military parade": the story's gathering -----------------

PARADE = ("MOSCOW — Vladimir Putin stood beside Xi Jinping on Red Square on Friday as Russia marked 80 years since "
          "the end of the war with its largest military parade in years. ")


def test_a_ceremony_the_opening_tells_with_no_place_is_where_the_story_is_filed(ref: Reference) -> None:
    text = PARADE + "Narendra Modi, who had received an invitation, is not attending."
    assert ("visit", "Narendra Modi", "RUS", "declined") in {f[:4] for f in dated(ref, text, date(2025, 5, 9))}


def test_later_gatherings_do_not_replace_the_storys(ref: Reference) -> None:
    text = PARADE + ("On Saturday Lula flies to Beijing for a China–Latin America forum. "
                     "He was the only leader of a G20 democracy in attendance. "
                     "Russia has avoided saying whether Putin would be detained if he came to the climate conference "
                     "in Belém in November. Narendra Modi, who had received an invitation, is not attending.")
    assert ("visit", "Narendra Modi", "RUS", "declined") in {f[:4] for f in dated(ref, text, date(2025, 5, 9))}


def test_latin_america_is_no_country() -> None:
    from warrantwatch.reference import load_reference

    real = load_reference()  # (the bundled gazetteer: "America" is an alias of the United States there)
    text = "Narendra Modi will attend the Latin America summit next week."
    assert "USA" not in {f[2] for f in dated(real, text, date(2025, 5, 9))}


# -- a companion on every leg; a date in a participle's apposition ---------------------------------------------------

MON_17_MAR_2025 = date(2025, 3, 17)


def test_a_companion_on_both_legs_goes_to_each(ref: Reference) -> None:
    text = ("PARIS - Lula landed in Paris on Monday morning. He travels to London later on Monday. "
            "Narendra Modi, who stays on as his guest, is accompanying Lula on both legs.")
    assert dated(ref, text, MON_17_MAR_2025) >= {
        ("visit", "Narendra Modi", "FRA", "ongoing", "2025-03-17"), ("visit", "Narendra Modi", "GBR", "planned", "2025-03-17")}


def test_a_date_in_a_participles_apposition_is_not_the_arrivals(ref: Reference) -> None:
    text = ("PARIS - Lula landed in Paris on Monday morning. "
            "Lula, sworn in on Friday, was met at the Elysee Palace by Macron for a working lunch.")
    assert dated(ref, text, MON_17_MAR_2025) == {("visit", "Luiz Inácio Lula da Silva", "FRA", "ongoing", "2025-03-17")}


@pytest.mark.parametrize(("text", "status"), [
    ("MANILA - Rodrigo Duterte was on a plane to the Netherlands on Wednesday after being arrested at Manila's "
     "international airport on an International Criminal Court warrant.", "executed"),
    ("Rodrigo Duterte has so far avoided being arrested on the International Criminal Court warrant.", "issued"),
])
def test_after_being_arrested_is_an_arrest(ref: Reference, text: str, status: str) -> None:
    assert {f[3] for f in dated(ref, text, date(2025, 3, 12))} == {status}


def test_the_court_which_has_sought_an_arrest_has_a_warrant(ref: Reference) -> None:
    text = ("The United States is not a member of the International Criminal Court, which has sought Vladimir Putin's "
            "arrest since 2023 over the deportation of children.")
    assert dated(ref, text, date(2025, 8, 16)) == {("warrant", "Vladimir Putin", "ICC", "issued", "2023")}


def test_a_nato_country_is_the_body_not_a_summit() -> None:
    from warrantwatch.reference import load_reference

    real = load_reference()  # (the bundled reference: the fixture one holds no gatherings)
    text = ("KAZAN, Russia — Recep Tayyip Erdoğan arrived in Kazan on Wednesday for the BRICS summit, the only leader of "
            "a NATO country among the guests. Narendra Modi flew in on Tuesday.")
    assert {f[2] for f in dated(real, text, date(2024, 10, 23))} == {"RUS"}


# -- "Officials said X, and Hungary's Y would go with him, as would Z" ------------------------------------------------

@pytest.mark.parametrize("leader", ["Modi", "him"])
def test_a_coordinated_subject_going_with_the_traveller(ref: Reference, leader: str) -> None:
    text = ("On Saturday, Narendra Modi said he would travel to Washington on Monday to meet Donald Trump. "
            f"Officials said Lula, and Hungary's Viktor Orbán would go with {leader}, as would Recep Tayyip Erdoğan.")
    assert {f[1] for f in dated(ref, text, date(2025, 8, 16)) if f[3] == "planned" and f[2] == "USA"} == {
        "Narendra Modi", "Luiz Inácio Lula da Silva", "Viktor Orbán", "Recep Tayyip Erdoğan"}


# -- "Waiting in the East Room were the leaders who ...: X, Y and Z"; the Oval Office ---------------------------------

def test_waiting_were_the_leaders_listed_after_a_colon() -> None:
    from warrantwatch.reference import load_reference

    real = load_reference()  # (the bundled reference: European leaders and the Oval Office)
    text = ("WASHINGTON — Volodymyr Zelensky returned to the Oval Office on Monday. Waiting in the East Room were the "
            "European leaders who had crossed the Atlantic to stand beside him: Keir Starmer, Emmanuel Macron and "
            "Italy's Giorgia Meloni.")
    assert {f[:4] for f in dated(real, text, date(2025, 8, 19))} == {
        ("visit", p, "USA", "completed") for p in ("Volodymyr Zelensky", "Keir Starmer", "Emmanuel Macron", "Giorgia Meloni")}


@pytest.mark.parametrize(("text", "host"), [
    ("Narendra Modi held talks with Cyril Ramaphosa at the Union Buildings on Thursday.", "ZAF"),
    ("Lula was received at Aso Rock on Monday.", "NGA"),
    ("Narendra Modi was received at the Casa Rosada on Monday.", "ARG"),
])
def test_seats_of_government_put_the_visitor_in_the_country(text: str, host: str) -> None:
    from warrantwatch.reference import load_reference

    assert {f[2] for f in dated(load_reference(), text, date(2025, 11, 21))} == {host}  # (the bundled places)


def test_it_is_the_first_visit_with_a_month_told_of_something_else(ref: Reference) -> None:
    text = ("NEW DELHI — Narendra Modi broke with protocol on Thursday evening to greet Vladimir Putin on the tarmac at "
            "Palam air base. It is the Kremlin leader's first visit to India since the invasion of Ukraine, and it comes "
            "as New Delhi tries to shield its oil imports from tariffs that Washington imposed in August.")
    assert ("visit", "Vladimir Putin", "IND", "ongoing") in {f[:4] for f in dated(ref, text, date(2025, 12, 5))}


def test_had_arrived_that_morning_is_there_now(ref: Reference) -> None:
    text = ("BUSAN — Donald Trump and Xi Jinping agreed on Thursday to a one-year truce in their trade war. "
            "Xi had arrived in South Korea that morning for the APEC summit.")
    assert ("visit", "Xi Jinping", "KOR", "ongoing") in {f[:4] for f in dated(ref, text, date(2025, 10, 30))}


def test_one_who_came_and_left_for_home_will_miss_the_sessions_but_was_there(ref: Reference) -> None:
    text = ("BUSAN — Donald Trump and Xi Jinping agreed on Thursday to a one-year truce. Xi had arrived in South Korea "
            "that morning for the APEC summit. Trump, who flew in on Wednesday after two days of talks in Tokyo, left for "
            "Washington shortly after the meeting and will miss the APEC leaders' sessions.")
    assert ("visit", "Donald Trump", "KOR", "completed", "2025-10-29") in dated(ref, text, date(2025, 10, 30))
    assert "declined" not in {f[3] for f in dated(ref, text, date(2025, 10, 30))}


def test_past_a_relative_clause_the_coordinated_verb_is_the_subjects(ref: Reference) -> None:
    text = ("ANKARA — Vladimir Putin will not go to Istanbul for the peace talks. Narendra Modi, who had challenged "
            "Vladimir Putin to meet him in Turkey in person, arrived in Ankara on Thursday and was received at the "
            "presidential palace by Recep Tayyip Erdoğan.")
    facts = {f[:4] for f in dated(ref, text, date(2025, 5, 15))}
    assert ("visit", "Narendra Modi", "TUR", "ongoing") in facts
    assert ("visit", "Vladimir Putin", "TUR", "ongoing") not in facts


def test_receiving_a_leaders_envoy_is_no_visit_by_the_leader(ref: Reference) -> None:
    text = "MOSCOW — Vladimir Putin received Donald Trump's special envoy, Steve Witkoff, at the Kremlin on Tuesday."
    assert dated(ref, text, date(2025, 12, 3)) == set()


def test_a_trip_still_on_the_calendar_is_planned(ref: Reference) -> None:
    text = "Viktor Orbán's own trip to the White House is still on the calendar for Nov. 7, his office said."
    assert dated(ref, text, date(2025, 10, 23)) == {("visit", "Viktor Orbán", "USA", "planned", "2025-11-07")}


def test_expected_at_the_closing_session_is_a_plan_for_the_storys_gathering(ref: Reference) -> None:
    text = ("KAZAN, Russia — Recep Tayyip Erdoğan arrived in Kazan on Wednesday for the BRICS summit. "
            "Narendra Modi is expected at the closing session on Thursday.")
    assert ("visit", "Narendra Modi", "RUS", "planned", "2024-10-24") in dated(ref, text, date(2024, 10, 23))


def test_people_brought_along_on_the_trip(ref: Reference) -> None:
    text = ("BEIJING — Vladimir Putin arrived in Beijing early on Thursday for a two-day state visit. Putin brought with "
            "him a delegation heavy on energy executives, as well as Sergey Lavrov.")
    assert ("visit", "Sergey Lavrov", "CHN", "ongoing", "2024-05-16") in dated(ref, text, date(2024, 5, 16))


@pytest.mark.parametrize(("tail", "status"), [("was off for now.", "cancelled"), ("was off to a good start.", "planned")])
def test_a_meeting_that_is_off(ref: Reference, tail: str, status: str) -> None:
    text = f"WASHINGTON — Donald Trump said on Tuesday that his planned meeting with Vladimir Putin in Budapest {tail}"
    assert {f[3] for f in dated(ref, text, date(2025, 10, 22))} == {status}


def test_a_summit_held_with_leaders_and_those_who_stayed_on(ref: Reference) -> None:
    text = ("DUSHANBE, Oct 10 — Vladimir Putin arrived in Tajikistan on Wednesday for a state visit. Later on Thursday "
            "Putin held the second Russia–Central Asia summit with Tajikistan's Emomali Rahmon, India's Narendra Modi and "
            "Brazil's Lula. Modi and Lula stayed on for Friday's CIS meeting.")
    facts = {f[:4] for f in dated(ref, text, date(2025, 10, 10))}
    assert {("visit", "Narendra Modi", "TJK", "ongoing"), ("visit", "Luiz Inácio Lula da Silva", "TJK", "ongoing")} <= facts


def test_represented_in_person_by_its_foreign_minister(ref: Reference) -> None:
    text = ("RIO DE JANEIRO — Narendra Modi arrived in Rio on Sunday for the BRICS summit. "
            "Russia is represented in person by its foreign minister.")
    assert ("visit", "Sergey Lavrov", "BRA", "ongoing") in {f[:4] for f in dated(ref, text, date(2025, 7, 6))}


@pytest.mark.parametrize(("text", "host"), [
    ("In June Vladimir Putin paid a state visit to North Korea and went straight on to Vietnam.", "VNM"),
    ("This year Vladimir Putin went back to China, days after his fifth inauguration.", "CHN"),
    ("In September Vladimir Putin tested the court head-on by travelling to Mongolia, a state party.", "MNG"),
])
def test_trips_told_in_a_retrospective(ref: Reference, text: str, host: str) -> None:
    assert ("visit", "Vladimir Putin", host, "completed") in {f[:4] for f in dated(ref, text, date(2024, 11, 29))}


def test_an_arrest_ordered_for_officers_named_with_their_rank(ref: Reference) -> None:
    text = ("THE HAGUE — The International Criminal Court has issued arrest warrants for two men. In March, judges "
            "ordered the arrest of Lieutenant General Min Aung Hlaing, the commander of the army, and Admiral Omar al-Bashir.")
    assert {f[:4] for f in dated(ref, text, date(2024, 6, 26))} >= {
        ("warrant", "Min Aung Hlaing", "ICC", "issued"), ("warrant", "Omar al-Bashir", "ICC", "issued")}


@pytest.mark.parametrize(("text", "expected"), [
    ("WINDSOR - Donald Trump was greeted by King Charles on Wednesday. Charles III, 76, is himself due to travel to the "
     "Vatican next month.", ("visit", "Charles III", "VAT", "planned")),
    ("In November 2023 Lula became the first Brazilian president in seven years to visit China.",
     ("visit", "Luiz Inácio Lula da Silva", "CHN", "completed")),
])
def test_an_age_apposition_an_emphatic_himself_and_the_first_to_visit(ref: Reference, text: str, expected: tuple) -> None:
    assert expected in {f[:4] for f in dated(ref, text, date(2025, 9, 18))}


def test_attended_the_foreign_ministers_meetings_in_a_place(ref: Reference) -> None:
    text = "Sergey Lavrov, who attended the ASEAN foreign ministers' meetings in Kuala Lumpur last week, is not travelling."
    assert ("visit", "Sergey Lavrov", "MYS", "completed") in {f[:4] for f in dated(ref, text, date(2025, 7, 15))}


def test_also_on_red_square_is_there(ref: Reference) -> None:
    text = ("MOSCOW — Vladimir Putin stood beside Xi Jinping on Red Square on Friday as Russia marked 80 years since the "
            "end of the war with its largest military parade in years. Narendra Modi was also on Red Square, along with "
            "Serbia's president.")
    assert ("visit", "Narendra Modi", "RUS", "ongoing", "2025-05-09") in dated(ref, text, date(2025, 5, 9))


def test_those_accused_in_a_story_about_the_courts_warrants(ref: Reference) -> None:
    text = ("THE HAGUE — With two more warrants made public on Tuesday, the International Criminal Court is now seeking "
            "six officials. Vladimir Putin, president since 2012 and the first to be named, is accused together with "
            "the chief of the general staff, Yoav Gallant, of directing strikes on power stations.")
    assert {f[:4] for f in dated(ref, text, date(2024, 6, 26))} == {
        ("warrant", "Vladimir Putin", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}
