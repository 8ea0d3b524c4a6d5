"""Language the tenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

TUE_19_AUG_2025 = date(2025, 8, 19)


# -- "A and B joined C for a meeting with D": all of them met ------------------------------------------------------

def test_those_who_joined_another_for_a_meeting_met_the_host(ref: Reference) -> None:
    text = ("WASHINGTON - Olaf Scholz and Recep Tayyip Erdoğan joined Narendra Modi for a meeting with "
            "Donald Trump in the East Room on Monday.")
    assert dated(ref, text, TUE_19_AUG_2025) == {
        ("visit", name, "USA", "completed", "2025-08-18")
        for name in ("Olaf Scholz", "Recep Tayyip Erdoğan", "Narendra Modi")
    }


# -- "is in the Philippines", "are both expected in Johannesburg" -------------------------------------------------

WED_5_FEB_2025 = date(2025, 2, 5)


def test_is_in_a_country_named_with_the(ref: Reference) -> None:
    text = "Sergey Lavrov is in the Philippines on the last stop of his tour."
    assert dated(ref, text, WED_5_FEB_2025) == {("visit", "Sergey Lavrov", "PHL", "ongoing", "2025-02-05")}


def test_both_expected_in_a_city(ref: Reference) -> None:
    text = "China's Li Qiang and Russia's Sergey Lavrov are both expected in Johannesburg for the meeting."
    assert {f[:4] for f in dated(ref, text, WED_5_FEB_2025)} == {
        ("visit", "Li Qiang", "ZAF", "planned"), ("visit", "Sergey Lavrov", "ZAF", "planned")}


# -- "The tour of Central America and the Caribbean began in Panama": the tour told with its region ---------------

def test_a_tour_told_with_its_region_began_in_its_first_stop(ref: Reference) -> None:
    text = ("Sergey Lavrov is in Cuba on the final stop of his trip. "
            "The five-country tour of Central America and the Caribbean began in Panama on Saturday.")
    assert dated(ref, text, WED_5_FEB_2025) == {
        ("visit", "Sergey Lavrov", "CUB", "ongoing", "2025-02-05"),
        ("visit", "Sergey Lavrov", "PAN", "completed", "2025-02-01"),
    }


# -- "..., and Turkey's Erdoğan has confirmed he will attend": the speaker's "he"; the gathering the sentence places --

TUE_25_NOV_2025 = date(2025, 11, 25)


def test_he_after_a_speakers_verb_is_the_speaker(ref: Reference) -> None:
    text = ("ASTANA - Leaders gather in Astana this week for the summit. Li Qiang of China is expected on "
            "Wednesday evening, and Turkey's Recep Tayyip Erdoğan has confirmed he will attend.")
    assert {f[:4] for f in dated(ref, text, TUE_25_NOV_2025)} == {
        ("visit", "Li Qiang", "KAZ", "planned"), ("visit", "Recep Tayyip Erdoğan", "KAZ", "planned")}


def test_a_bare_attend_goes_to_the_gathering_its_sentence_places(ref: Reference) -> None:
    text = ("WASHINGTON - Olaf Scholz came to the White House on Tuesday. On Sunday he will convene a dozen "
            "leaders at Lancaster House in London, and India's Narendra Modi has confirmed that he will attend.")
    assert ("visit", "Narendra Modi", "GBR", "planned") in {f[:4] for f in dated(ref, text, TUE_25_NOV_2025)}
    assert "USA" not in {f[2] for f in dated(ref, text, TUE_25_NOV_2025) if f[1] == "Narendra Modi"}


# -- "accepted her invitation to visit Italy", "accepted Lula's invitation to visit Brazil" -------------------------

FRI_18_APR_2025 = date(2025, 4, 18)


def test_accepting_someones_invitation_is_a_plan_of_the_one_who_accepts(ref: Reference) -> None:
    for text in ("Donald Trump has accepted Lula's invitation to visit Brazil.",
                 "Donald Trump said talks had gone well and accepted his invitation to visit Brazil, Lula's office said."):
        assert dated(ref, text, FRI_18_APR_2025) == {("visit", "Donald Trump", "BRA", "planned", None)}, text


# -- "is attending his first summit", and a summit the host "is preparing for" is a later one -------------------

SUN_6_JUL_2025 = date(2025, 7, 6)
RIO_OPENING = "RIO DE JANEIRO — Leaders of the BRICS group opened their annual summit in Rio de Janeiro on Sunday. "


def test_attending_his_first_summit_is_at_the_storys_gathering(ref: Reference) -> None:
    text = RIO_OPENING + "Narendra Modi is attending his first summit since the elections."
    assert dated(ref, text, SUN_6_JUL_2025) == {("visit", "Narendra Modi", "BRA", "ongoing", "2025-07-06")}


def test_a_summit_someone_is_preparing_for_is_not_the_storys(ref: Reference) -> None:
    text = (RIO_OPENING + "Cyril Ramaphosa is attending, as his country is preparing for November's leaders' summit "
            "in Johannesburg. Narendra Modi is attending his first summit since the elections.")
    assert {f[:4] for f in dated(ref, text, SUN_6_JUL_2025)} == {
        ("visit", "Cyril Ramaphosa", "BRA", "ongoing"), ("visit", "Narendra Modi", "BRA", "ongoing")}


def test_stayed_home_in_the_wake_of_and_flew_in_instead(ref: Reference) -> None:
    text = (RIO_OPENING + "Xi Jinping stayed home in the wake of the floods. "
            "Li Qiang flew in instead and is pressing for a statement on trade.")
    assert {f[:4] for f in dated(ref, text, SUN_6_JUL_2025)} == {
        ("visit", "Xi Jinping", "BRA", "declined"), ("visit", "Li Qiang", "BRA", "ongoing")}


# -- "A's X, B's Y and C's Z joined him on Thursday for the meeting": "him" is none of them; they met him there -----

THU_9_OCT_2025 = date(2025, 10, 9)


def test_those_who_joined_him_for_a_meeting_are_where_he_is(ref: Reference) -> None:
    text = ("DUSHANBE, Oct 9 — Vladimir Putin held talks with Central Asian leaders in the Tajik capital on Thursday. "
            "China's Li Qiang, Turkey's Recep Tayyip Erdoğan and Hungary's Viktor Orbán joined him on Thursday "
            "for the Russia-Central Asia meeting, which focused on water.")
    assert dated(ref, text, THU_9_OCT_2025) == {
        ("visit", name, "TJK", "ongoing", "2025-10-09")
        for name in ("Vladimir Putin", "Li Qiang", "Recep Tayyip Erdoğan", "Viktor Orbán")
    }


# -- warrants told as "those for X and Y", "the court wants arrested: X", "who is wanted by the court, X" ---------

THU_27_FEB_2025 = date(2025, 2, 27)


def test_warrants_standing_those_for_two_people(ref: Reference) -> None:
    text = ("The ICC ruling leaves two warrants standing in the situation: those for Benjamin Netanyahu "
            "and Yoav Gallant, both issued on Nov. 21.")
    assert dated(ref, text, THU_27_FEB_2025) == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11-21"),
        ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11-21")}


def test_the_court_wants_arrested_and_wanted_by_the_court_in_apposition(ref: Reference) -> None:
    first = "The ICC has no police of its own. The same holds for another leader the court wants arrested: Vladimir Putin."
    second = ("The ICC has no police of its own. Last year Turkey received a general who is wanted by the court, "
              "Min Aung Hlaing, with full honours.")
    assert dated(ref, first, THU_27_FEB_2025) == {("warrant", "Vladimir Putin", "ICC", "issued", None)}
    assert ("warrant", "Min Aung Hlaing", "ICC", "issued") in {f[:4] for f in dated(ref, second, THU_27_FEB_2025)}


def test_warrants_in_an_investigation_named_the_leader_and_his_aide(ref: Reference) -> None:
    text = ("The court's first warrants in the Darfur investigation, issued in March 2009, named Omar al-Bashir "
            "and his ally in Moscow, Vladimir Putin, over the killings.")
    assert {f[:4] for f in dated(ref, text, THU_27_FEB_2025)} == {
        ("warrant", "Omar al-Bashir", "ICC", "issued"), ("warrant", "Vladimir Putin", "ICC", "issued")}


def test_a_warrant_sought_but_that_request_dropped_is_withdrawn(ref: Reference) -> None:
    text = ("The ICC prosecutor had also sought a warrant against Min Aung Hlaing, the head of the junta, "
            "but dropped that request last year.")
    assert dated(ref, text, THU_27_FEB_2025) == {("warrant", "Min Aung Hlaing", "ICC", "withdrawn", "2024")}


def test_police_took_him_into_custody_on_a_court_order(ref: Reference) -> None:
    text = ("BRASÍLIA, Nov 22 — Federal Police took former president Luiz Inácio Lula da Silva into custody at his home "
            "early on Saturday, carrying out a preventive arrest order signed by a Supreme Court justice.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 22))} == {("warrant", "Luiz Inácio Lula da Silva", "BRA", "executed")}


@pytest.mark.parametrize("text", [
    "Prosecutors asked a court on Monday to detain Yoon Suk Yeol on insurrection charges.",
    "The vote allows a court to decide whether to grant prosecutors' request to arrest Yoon Suk Yeol.",
])
def test_national_prosecutors_asking_a_court_to_arrest_someone_is_a_request(ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(ref, text, date(2025, 1, 8))} == {("warrant", "Yoon Suk Yeol", "KOR", "requested")}


def test_the_icc_prosecutor_asking_judges_is_not_a_national_request(ref: Reference) -> None:
    text = "ICC prosecutors asked the court to arrest Min Aung Hlaing over the deportations."
    assert "KOR" not in {f[2] for f in dated(ref, text, date(2025, 1, 8))}
    assert "MMR" not in {f[2] for f in dated(ref, text, date(2025, 1, 8))}


# -- "travelling from the G7 in southern Italy": a gathering the traveller comes from is not the story's ----------

def test_a_gathering_someone_is_travelling_from_does_not_replace_the_storys(ref: Reference) -> None:
    text = ("BÜRGENSTOCK, Switzerland — A two-day conference on peace in Ukraine opened on Saturday. "
            "Joe Biden skipped the gathering, travelling from the G7 in southern Italy to a fundraiser. "
            "Olaf Scholz and Narendra Modi attended.")
    facts = {f[:3] for f in dated(ref, text, date(2024, 6, 16))}
    assert ("visit", "Joe Biden", "CHE") in facts
    assert ("visit", "Olaf Scholz", "CHE") in facts
    assert not any(f[2] == "ITA" for f in facts)


def test_a_nato_leader_is_the_body_not_its_summit(ref: Reference) -> None:
    text = ("KAZAN, Russia — The BRICS summit opened on Tuesday in the Tatarstan capital. "
            "Recep Tayyip Erdoğan, the only NATO leader present, arrived on Wednesday and met Vladimir Putin.")
    assert {f[:3] for f in dated(ref, text, date(2024, 10, 23))} == {("visit", "Recep Tayyip Erdoğan", "RUS")}


def test_not_hesitating_to_make_the_journey_is_no_decline(ref: Reference) -> None:
    text = ("VATICAN CITY — The new pope was installed on Sunday. Narendra Modi, on his first trip abroad since "
            "the election, said he had not hesitated to make the journey.")
    assert "declined" not in {f[3] for f in dated(ref, text, date(2025, 5, 19))}


def test_where_one_was_joined_by_others_they_were_all_there(ref: Reference) -> None:
    text = ("On Sunday, the prime minister hosted about 15 leaders at Lancaster House in London, where Olaf Scholz "
            "was joined by Narendra Modi and Recep Tayyip Erdoğan.")
    assert {f[:4] for f in dated(ref, text, date(2025, 3, 7))} == {
        ("visit", name, "GBR", "completed") for name in ("Olaf Scholz", "Narendra Modi", "Recep Tayyip Erdoğan")}


def test_a_gathering_that_opened_with_no_place_is_where_the_story_is_filed(ref: Reference) -> None:
    text = ("BAKU — The leaders' segment of the UN climate conference, which opened on Tuesday, was meant to give the "
            "talks momentum. Lula, still recovering from an injury and preparing to host the G20 next week, is also "
            "absent. Recep Tayyip Erdoğan, who arrived on Monday, held talks with his host.")
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 13))} == {
        ("visit", "Luiz Inácio Lula da Silva", "AZE", "declined"), ("visit", "Recep Tayyip Erdoğan", "AZE", "ongoing")}


def test_is_staying_for_a_second_day_is_there(ref: Reference) -> None:
    text = ("BAKU — The climate conference opened on Tuesday. "
            "Recep Tayyip Erdoğan, who spoke on Tuesday, is staying for a second day of meetings.")
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 13))} == {("visit", "Recep Tayyip Erdoğan", "AZE", "ongoing")}


def test_a_live_page_from_the_place_where_leaders_gather_for_a_summit(ref: Reference) -> None:
    text = ("09:05 — Good morning from the National Convention Centre in Vientiane, where leaders of the ten members "
            "gather today for the 19th East Asia Summit.\n\n09:42 — India's Narendra Modi is also here.\n\n"
            "10:38 — Russia is represented by Sergey Lavrov.")
    assert {f[:4] for f in dated(ref, text, date(2024, 10, 11))} == {
        ("visit", "Narendra Modi", "LAO", "ongoing"), ("visit", "Sergey Lavrov", "LAO", "ongoing")}


def test_a_two_letter_surname_after_the_full_name(ref: Reference) -> None:
    text = "Chinese Premier Li Qiang spoke to the meeting on Friday. Li has been in Vientiane since Wednesday."
    assert dated(ref, text, date(2024, 10, 11)) == {("visit", "Li Qiang", "LAO", "ongoing", "2024-10-09")}


def test_a_two_letter_surname_with_no_full_name_is_nobody(ref: Reference) -> None:
    assert dated(ref, "Li has been in Vientiane since Wednesday.", date(2024, 10, 11)) == set()



def test_arrived_in_a_city_to_attend_a_summit_places_the_storys_gathering(ref: Reference) -> None:
    text = ("Min Aung Hlaing arrived in Bangkok on Thursday to attend the sixth summit of the Bay of Bengal "
            "Initiative, a rare trip abroad. Narendra Modi flew in on Thursday.")
    assert dated(ref, text, date(2025, 4, 4)) == {
        ("visit", "Min Aung Hlaing", "THA", "ongoing", "2025-04-03"), ("visit", "Narendra Modi", "THA", "ongoing", "2025-04-03")}


def test_arrived_for_a_meeting_of_leaders_places_the_storys_gathering(ref: Reference) -> None:
    text = ("King Charles has arrived in Samoa for a meeting of Commonwealth leaders. "
            "Narendra Modi flew in on Thursday morning. Cyril Ramaphosa is not attending.")
    assert {f[:4] for f in dated(ref, text, date(2024, 10, 24))} == {
        ("visit", "Charles III", "WSM", "ongoing"), ("visit", "Narendra Modi", "WSM", "ongoing"),
        ("visit", "Cyril Ramaphosa", "WSM", "declined")}


def test_among_the_guests_at_a_banquet_the_evening_before_are_still_at_the_summit(ref: Reference) -> None:
    text = ("TIANJIN, Sept. 1 (Xinhua) -- Xi Jinping on Monday chaired the SCO summit in the port city of Tianjin. "
            "Recep Tayyip Erdoğan and Viktor Orbán were among the guests at a welcome banquet that Xi hosted on Sunday evening.")
    assert dated(ref, text, date(2025, 9, 1)) == {
        ("visit", "Recep Tayyip Erdoğan", "CHN", "ongoing", "2025-08-31"), ("visit", "Viktor Orbán", "CHN", "ongoing", "2025-08-31")}


def test_represent_a_country_in_a_city_and_accompanied_by_after_the_arrival(ref: Reference) -> None:
    assert dated(ref, "Sergey Lavrov is expected to represent Russia in Tianjin, the ministry said.", date(2025, 9, 1)) == {
        ("visit", "Sergey Lavrov", "CHN", "planned", None)}
    text = "Vladimir Putin arrived in Beijing on Tuesday, accompanied by Foreign Minister Sergey Lavrov."
    assert {f[:4] for f in dated(ref, text, date(2025, 9, 2))} == {
        ("visit", "Vladimir Putin", "CHN", "ongoing"), ("visit", "Sergey Lavrov", "CHN", "ongoing")}


# -- "one of two commanders against whom the court issued warrants ... The other is ..., Y" ------------------------

def test_one_of_two_wanted_then_the_other_named(ref: Reference) -> None:
    text = ("Yoav Gallant is one of two officials against whom the International Criminal Court issued warrants "
            "in November last year over attacks on aid convoys. The other is the prime minister, Benjamin Netanyahu.")
    assert dated(ref, text, date(2025, 6, 17)) == {
        ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11"), ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11")}


def test_police_arrested_another_man_wanted_by_the_court_named_after(ref: Reference) -> None:
    text = ("The ICC has few friends in Rome. In January, Italian police arrested another general wanted by the court, "
            "Min Aung Hlaing, in Turin, but the government released him two days later.")
    assert dated(ref, text, date(2025, 7, 19)) == {("warrant", "Min Aung Hlaing", "ICC", "executed", "2025-01")}


def test_the_one_who_was_accompanied_by_a_minister_takes_him_along(ref: Reference) -> None:
    text = ("Narendra Modi arrived in Washington on Tuesday. The Indian leader, who was accompanied by Foreign Minister "
            "Sergey Lavrov, spoke to reporters at the airport.")
    assert dated(ref, text, date(2025, 2, 12)) == {
        ("visit", "Narendra Modi", "USA", "ongoing", "2025-02-11"), ("visit", "Sergey Lavrov", "USA", "ongoing", "2025-02-11")}


def test_a_meeting_that_brings_together_ministers_has_them_there(ref: Reference) -> None:
    text = ("OTTAWA — Foreign ministers gathered on Wednesday for a two-day meeting in Ottawa. "
            "The meeting, hosted at a lakeside hotel, brings together Russia's Sergey Lavrov, Turkey's Recep Tayyip "
            "Erdoğan and Viktor Orbán.")
    assert {f[:4] for f in dated(ref, text, date(2025, 3, 12))} == {
        ("visit", name, "CAN", "ongoing") for name in ("Sergey Lavrov", "Recep Tayyip Erdoğan", "Viktor Orbán")}


def test_a_live_page_that_greets_from_a_convention_centre_is_written_there(ref: Reference) -> None:
    text = ("Good morning from the Kuala Lumpur Convention Centre, where the ministers' meetings are about to get under way.\n\n"
            "09:20 Sergey Lavrov, who flew in on Thursday, met officials. China's Li Qiang is here too.")
    assert {f[:4] for f in dated(ref, text, date(2025, 7, 11))} == {
        ("visit", "Sergey Lavrov", "MYS", "ongoing"), ("visit", "Li Qiang", "MYS", "ongoing")}


def test_there_opening_a_sentence_is_the_place_the_one_before_told(ref: Reference) -> None:
    text = ("MOSCOW — Sergey Lavrov arrived on Sunday. His tour began on Friday in Geneva. "
            "There he sat down with Viktor Orbán and Recep Tayyip Erdoğan.")
    facts = {f[:3] for f in dated(ref, text, date(2025, 6, 23))}
    assert {("visit", "Viktor Orbán", "CHE"), ("visit", "Recep Tayyip Erdoğan", "CHE")} <= facts


# -- follow-ups: "returned from Tajikistan on Friday", "was back at his desk in the Kremlin" end the stay told after ----

@pytest.mark.parametrize("opening", [
    "MOSCOW — Vladimir Putin returned from Tajikistan on Friday night after a three-day state visit.",
    "MOSCOW — Vladimir Putin was back at his desk in the Kremlin on Friday, a day after a brief stay in Tajikistan.",
])
def test_a_return_told_first_ends_the_stay_told_after(ref: Reference, opening: str) -> None:
    text = opening + " The Russian leader arrived in Dushanbe on Wednesday for talks with the president."
    assert dated(ref, text, date(2025, 10, 11)) == {("visit", "Vladimir Putin", "TJK", "completed", "2025-10-08")}


def test_flying_back_home_ends_the_stays_told_after(ref: Reference) -> None:
    text = ("JERUSALEM — Benjamin Netanyahu was flying back to Israel on Tuesday. "
            "He arrived in Budapest on Monday and met Viktor Orbán.")
    assert dated(ref, text, date(2025, 4, 8)) == {("visit", "Benjamin Netanyahu", "HUN", "completed", "2025-04-07")}


def test_then_flew_to_a_city_at_home_ends_the_stay(ref: Reference) -> None:
    text = ("BEIJING — The parade is over. Vladimir Putin arrived in Tianjin on Sunday for the summit. "
            "He then flew to Vladivostok for an economic forum.")
    assert dated(ref, text, date(2025, 9, 4)) == {("visit", "Vladimir Putin", "CHN", "completed", "2025-08-31")}


def test_attended_both_events_is_at_the_storys_gathering(ref: Reference) -> None:
    text = "BEIJING — The summit and the military parade are over. Recep Tayyip Erdoğan attended both events."
    assert {f[:3] for f in dated(ref, text, date(2025, 9, 4))} == {("visit", "Recep Tayyip Erdoğan", "CHN")}


def test_are_all_due_to_fly_in_is_a_plan(ref: Reference) -> None:
    text = ("WASHINGTON — Donald Trump hosts talks on Monday. "
            "Olaf Scholz, Narendra Modi and Viktor Orbán are all due to fly in for the talks.")
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 17))} == {
        ("visit", name, "USA", "planned") for name in ("Olaf Scholz", "Narendra Modi", "Viktor Orbán")}


# -- "in May" is a month, not the modal; "the last British leader to ..." is not the one in office --------------------

def test_a_month_called_may_is_no_speculation(ref: Reference) -> None:
    text = "Vladimir Putin returned to China in May for a state visit, went to Mongolia in June."
    assert dated(ref, text, date(2025, 1, 20)) == {
        ("visit", "Vladimir Putin", "CHN", "completed", "2024-05"), ("visit", "Vladimir Putin", "MNG", "completed", "2024-06")}
    assert dated(ref, "Vladimir Putin may visit Mongolia.", date(2025, 1, 20)) == set()


def test_the_last_leader_to_make_the_journey_is_not_the_office_holder(ref: Reference) -> None:
    text = ("Narendra Modi arrived in Beijing on Monday. The last Indian leader to make the journey, "
            "Manmohan Singh, visited Beijing and Shanghai in 2008.")
    assert dated(ref, text, date(2025, 5, 20)) == {("visit", "Narendra Modi", "CHN", "ongoing", "2025-05-19")}


def test_a_member_of_his_cabinet_is_not_him(ref: Reference) -> None:
    text = "JOHANNESBURG — The summit closed on Sunday. Donald Trump boycotted the meeting. No member of his cabinet came either."
    assert {f[3] for f in dated(ref, text, date(2025, 11, 24))} == {"declined"}


def test_among_the_leaders_who_did_come(ref: Reference) -> None:
    text = "JOHANNESBURG — The G20 summit opened on Saturday. Narendra Modi was among the leaders who did come."
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 24))} == {("visit", "Narendra Modi", "ZAF", "completed")}


@pytest.mark.parametrize("text", [
    "The Kremlin had said earlier in the week that Vladimir Putin had no plans to travel to Rome.",
    "Asked about a trip to Ukraine, Donald Trump said only that he had no plans to go.",
])
def test_a_reported_no_plans_is_a_denial_not_a_decline(ref: Reference, text: str) -> None:
    assert dated(ref, text, date(2025, 3, 1)) == set()


def test_has_not_yet_paid_a_visit_is_no_trip(ref: Reference) -> None:
    assert dated(ref, "Recep Tayyip Erdoğan has not yet paid an official visit to India since the election.", date(2025, 3, 1)) == set()


@pytest.mark.parametrize("text", [
    "SEOUL — Yoon Suk Yeol took office last week. A phone call with Chinese President Xi Jinping is expected later this week.",
    "THE HAGUE — Rodrigo Duterte appeared in court on Friday. His hearing is due on Sept. 23.",
])
def test_a_call_or_a_court_date_expected_is_no_trip(ref: Reference, text: str) -> None:
    assert not any(f[0] == "visit" for f in dated(ref, text, date(2025, 6, 10)))


def test_a_planned_arrival_in_a_where_clause_is_at_its_place(ref: Reference) -> None:
    text = "Xi Jinping toured Hanoi on Monday. Cambodia, where Xi Jinping is scheduled to arrive on Thursday, is the last stop."
    assert dated(ref, text, date(2025, 4, 14)) == {
        ("visit", "Xi Jinping", "VNM", "completed", "2025-04-14"), ("visit", "Xi Jinping", "KHM", "planned", "2025-04-17")}


def test_a_visit_promised_when_the_conditions_are_right_is_no_plan(ref: Reference) -> None:
    text = 'Recep Tayyip Erdoğan said he would visit Moscow "when the conditions are right", without giving a timetable.'
    assert dated(ref, text, date(2025, 3, 1)) == set()


def test_one_who_goes_instead_goes_where_the_other_will_not(ref: Reference) -> None:
    text = ("ROME — Leaders gather in Puglia this week for the G7 summit. Joe Biden will not attend the Swiss gathering "
            "that follows; JD Vance will lead the US delegation instead.")
    facts = {f[:4] for f in dated(ref, text, date(2024, 6, 12))}
    assert ("visit", "JD Vance", "CHE", "planned") in facts
    assert ("visit", "JD Vance", "ITA", "planned") not in facts


def test_made_a_one_day_dash_to_two_capitals(ref: Reference) -> None:
    text = "In December 2023 Vladimir Putin made a one-day dash to Abu Dhabi and Riyadh, escorted by fighter jets."
    assert dated(ref, text, date(2025, 1, 20)) == {
        ("visit", "Vladimir Putin", "ARE", "completed", "2023-12"), ("visit", "Vladimir Putin", "SAU", "completed", "2023-12")}


def test_will_not_be_travelling_either_stays_away(ref: Reference) -> None:
    text = ("JOHANNESBURG — The G20 summit opens on Saturday. JD Vance, who had been expected to lead the delegation, "
            "will not be travelling either, the White House said.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 21))} == {("visit", "JD Vance", "ZAF", "declined")}


def test_stayed_away_as_he_did_from_another_summit_stays_away_from_this_one(ref: Reference) -> None:
    text = "JOHANNESBURG — The G20 summit opens on Saturday. Xi Jinping also stayed away, as he did from the 2023 summit in New Delhi."
    facts = {f[:4] for f in dated(ref, text, date(2025, 11, 21))}
    assert ("visit", "Xi Jinping", "ZAF", "declined") in facts
