"""Language the fifteenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

TUE_14_OCT_2025 = date(2025, 10, 14)



# -- "a mission that took him this month to Cairo and Doha": a time between the one carried and the places ----------

def test_a_trip_that_took_him_this_month_to_places(ref: Reference) -> None:
    text = ("Narendra Modi spoke after a whirlwind tour that took him this month to Cairo and Doha, his aides "
            "said on Tuesday.")
    assert {f[:5] for f in dated(ref, text, TUE_14_OCT_2025)} == {
        ("visit", "Narendra Modi", "EGY", "completed", "2025-10"), ("visit", "Narendra Modi", "QAT", "completed", "2025-10")}


# -- "flew home on Saturday after hours of talks with X": talks held where the story is filed --------------------------

SAT_15_NOV_2025 = date(2025, 11, 15)


def test_one_who_flew_home_after_talks_with_the_host_was_there(full_ref: Reference) -> None:
    text = ("CANBERRA - Narendra Modi flew home early on Saturday after nearly four hours of talks with Anthony Albanese "
            "at Parliament House.")
    assert {f[:4] for f in dated(full_ref, text, SAT_15_NOV_2025)} == {("visit", "Narendra Modi", "AUS", "completed")}


@pytest.mark.parametrize("text", [
    # (a bare "talks" tells a meeting only after a departure: not a plan, nor a topic)
    "CANBERRA - Narendra Modi flies home on Sunday after his talks with Anthony Albanese.",
    "CANBERRA - Anthony Albanese said trade would grow after talks with Narendra Modi's envoy.",
    "CANBERRA - Markets in India rose, Narendra Modi said after talks with Anthony Albanese.",
])
def test_talks_not_told_as_held_on_leaving_give_no_trip_here(full_ref: Reference, text: str) -> None:
    assert ("visit", "Narendra Modi", "AUS", "completed") not in {f[:4] for f in dated(full_ref, text, SAT_15_NOV_2025)}


# -- "before going on to Paris": a gerund after "before" takes the main clause's tense ---------------------------------

THU_20_NOV_2025 = date(2025, 11, 20)


def test_going_on_after_a_stop_is_a_plan_when_the_stop_is(full_ref: Reference) -> None:
    text = "Lula will see the Pope on Friday before going on to Paris."
    assert {f[:5] for f in dated(full_ref, text, THU_20_NOV_2025)} == {
        ("visit", "Luiz Inácio Lula da Silva", "FRA", "planned", "2025-11-21")}


def test_going_on_after_a_stop_made_is_done(full_ref: Reference) -> None:
    text = "Lula visited Rome in October before going on to Paris."
    assert {f[:4] for f in dated(full_ref, text, THU_20_NOV_2025)} == {
        ("visit", "Luiz Inácio Lula da Silva", "ITA", "completed"), ("visit", "Luiz Inácio Lula da Silva", "FRA", "completed")}


# -- "the Laotian capital Vientiane": the capital told by its country, then named: one place -------------------------

@pytest.mark.parametrize("told", ["was in", "flew to"])
def test_a_capital_told_by_its_country_then_named(ref: Reference, told: str) -> None:
    text = f"Narendra Modi {told} the Laotian capital Vientiane in October."
    found = dated(ref, text, THU_20_NOV_2025)
    assert {f[:5] for f in found} == {("visit", "Narendra Modi", "LAO", "completed", "2025-10")}


# -- "..., landing in Paris on May 5, then travelling to Belgrade": participles on the main clause's tense -----------

WED_5_JUN_2024 = date(2024, 6, 5)


def test_a_tour_told_by_participles_after_a_past_main_clause(ref: Reference) -> None:
    text = ("Narendra Modi spent the opening days of May in Europe, landing in Paris on May 5 for a state visit, "
            "then travelling to Berlin on May 7.")
    found = dated(ref, text, WED_5_JUN_2024)
    assert {f[:4] for f in found} == {("visit", "Narendra Modi", "FRA", "completed"), ("visit", "Narendra Modi", "DEU", "completed")}
    assert ("visit", "Narendra Modi", "DEU", "completed", "2024-05-07") in {f[:5] for f in found}


def test_one_landing_later_this_week_is_on_the_way(ref: Reference) -> None:
    text = "Narendra Modi is landing in Paris on Friday."
    assert {f[:5] for f in dated(ref, text, WED_5_JUN_2024)} == {("visit", "Narendra Modi", "FRA", "planned", "2024-06-07")}


# -- "arrived in Cairo after addressing the Knesset in Jerusalem": a speech given there first -------------------------

@pytest.mark.parametrize(("deed", "iso3"), [("addressing the Israeli Knesset in Jerusalem", "ISR"),
                                          ("chairing a meeting of prime ministers in Moscow", "RUS")])
def test_one_who_arrived_after_a_deed_elsewhere_was_there(ref: Reference, deed: str, iso3: str) -> None:
    text = f"Narendra Modi arrived in Cairo in the afternoon after {deed} in the morning."
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 14))} == {
        ("visit", "Narendra Modi", "EGY", "ongoing"), ("visit", "Narendra Modi", iso3, "completed")}


def test_one_who_arrived_after_addressing_a_parliament_elsewhere_was_there(ref: Reference) -> None:
    text = ("Narendra Modi arrived in Cairo in the afternoon after addressing the Israeli Knesset in Jerusalem in the "
            "morning, where lawmakers cheered as hostages were returned from Gaza.")
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 14))} == {
        ("visit", "Narendra Modi", "EGY", "ongoing"), ("visit", "Narendra Modi", "ISR", "completed")}


# -- "the Nile Peace Summit on Monday, ..., which ended with a signing": a named gathering told over ---------------------

def test_those_who_took_part_in_a_named_summit_the_lede_told_over_are_done(ref: Reference) -> None:
    text = ("CAIRO - Egypt's president chaired the Nile Water Summit on Monday, attended by a dozen leaders, which "
            "ended with the signing of a declaration on the river. Among those who took part were Narendra Modi and "
            "Xi Jinping.")
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 14))} == {
        ("visit", "Narendra Modi", "EGY", "completed"), ("visit", "Xi Jinping", "EGY", "completed")}


# -- "12:50 X, on his first visit to South Africa, said ...": at today's gathering, undated, there now -------------------

SAT_22_NOV_2025 = date(2025, 11, 22)
JOBURG_LIVE = "JOHANNESBURG - Leaders gathered on Saturday for the G20 summit, which opens this morning. "


def test_one_on_his_first_visit_to_the_gatherings_country_is_there_now(ref: Reference) -> None:
    text = JOBURG_LIVE + "12:50 Narendra Modi, on his first visit to South Africa in years, said he had come to listen."
    assert {f[:4] for f in dated(ref, text, SAT_22_NOV_2025)} == {("visit", "Narendra Modi", "ZAF", "ongoing")}


def test_one_on_his_first_visit_who_left_is_done(ref: Reference) -> None:
    text = JOBURG_LIVE + "Narendra Modi, on his first visit to South Africa in years, spoke briefly and left after an hour."
    assert {f[:4] for f in dated(ref, text, SAT_22_NOV_2025)} == {("visit", "Narendra Modi", "ZAF", "completed")}


# -- "Also absent: A, who has sent his premier; B, represented by an aide; and C": each stays away --------------------

def test_each_head_of_an_absent_list_stays_away(ref: Reference) -> None:
    text = JOBURG_LIVE + ("09:45 Also absent: China's Xi Jinping, who has sent Premier Li Qiang; Russia's Vladimir Putin, "
                          "represented by an aide; and India's Narendra Modi, who met Joe Biden last week.")
    assert {f[:4] for f in dated(ref, text, SAT_22_NOV_2025)} == {
        ("visit", "Xi Jinping", "ZAF", "declined"), ("visit", "Vladimir Putin", "ZAF", "declined"),
        ("visit", "Narendra Modi", "ZAF", "declined")}


def test_an_absent_list_with_no_gathering_is_nobody_staying_away(ref: Reference) -> None:
    text = "Absent were Xi Jinping and Vladimir Putin, whose schedules are full."
    assert not dated(ref, text, SAT_22_NOV_2025)


# -- Places the gazetteer lacked: "Ha Noi" (the Vietnamese agency's spelling), Da Nang, Turnberry, Punta Cana ---------

@pytest.mark.parametrize(("place", "iso3"), [("Ha Noi", "VNM"), ("Da Nang", "VNM"), ("Turnberry", "GBR"),
                                             ("Punta Cana", "DOM"), ("Yokohama", "JPN"), ("Aqaba", "JOR"),
                                             ("Diriyah", "SAU"), ("Lusail", "QAT"), ("the Hofburg", "AUT"),
                                             ("Baabda", "LBN"), ("the Diaoyutai State Guesthouse", "CHN"),
                                             ("the Vostochny space launch centre", "RUS")])
def test_more_cities_and_venues_place_a_visit(ref: Reference, place: str, iso3: str) -> None:
    text = f"Narendra Modi flew to {place} on Tuesday."
    assert {f[:4] for f in dated(ref, text, date(2025, 6, 20))} == {("visit", "Narendra Modi", iso3, "completed")}


# -- a large city from GeoNames the hand-made list never named -------------------------------------------------------

@pytest.mark.parametrize(("place", "iso3"), [("Chengdu", "CHN"), ("Medellín", "COL"), ("Mombasa", "KEN")])
def test_a_large_city_of_the_world_places_a_visit(ref: Reference, place: str, iso3: str) -> None:
    text = f"Narendra Modi flew to {place} on Tuesday."
    assert {f[:4] for f in dated(ref, text, date(2025, 6, 20))} == {("visit", "Narendra Modi", iso3, "completed")}


# -- "X used his first G20 to announce ...": at the story's gathering ---------------------------------------------------

RIO_CLOSED = "RIO DE JANEIRO - The Group of 20 summit that closed here on Tuesday will be remembered for its guests. "


def test_one_who_used_the_storys_gathering_to_speak_was_there(ref: Reference) -> None:
    text = RIO_CLOSED + "Narendra Modi used his first G20 to announce new climate targets."
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 20))} == {("visit", "Narendra Modi", "BRA", "completed")}


def test_another_gathering_used_is_not_the_storys(ref: Reference) -> None:
    text = RIO_CLOSED + "Narendra Modi used his first G7 to announce new climate targets."
    assert ("visit", "Narendra Modi", "BRA", "completed") not in {f[:4] for f in dated(ref, text, date(2024, 11, 20))}


# -- "A, B and C have all been greeted on the red carpet by Ramaphosa": guests received at the host's home --------------

@pytest.mark.parametrize(("told", "status"), [("have all been greeted on the red carpet by", "ongoing"),
                                              ("were received on Tuesday by", "completed"),
                                              ("will be welcomed on Tuesday by", "planned")])
def test_guests_received_by_a_host_visit_the_hosts_country(full_ref: Reference, told: str, status: str) -> None:
    text = f"Brazil's Luiz Inácio Lula da Silva and Germany's Friedrich Merz {told} Cyril Ramaphosa."
    assert {f[:4] for f in dated(full_ref, text, SAT_22_NOV_2025)} == {
        ("visit", "Luiz Inácio Lula da Silva", "ZAF", status), ("visit", "Friedrich Merz", "ZAF", status)}


def test_a_guest_not_received_is_no_visit(full_ref: Reference) -> None:
    assert not dated(full_ref, "Friedrich Merz was not received by Cyril Ramaphosa.", SAT_22_NOV_2025)


# -- "attended a summit at the White House": a gathering's building, named with its article ----------------------------

def test_a_gathering_at_a_named_building(ref: Reference) -> None:
    text = "Narendra Modi attended a summit at the White House on Thursday."
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 8))} == {("visit", "Narendra Modi", "USA", "completed")}


# -- "took part in the C5+1 summit hosted by US President X": held at the host's home -----------------------------------

@pytest.mark.parametrize("gathering", ["the C5+1 summit hosted by US President Donald Trump",
                                       "a summit hosted by Donald Trump"])
def test_a_gathering_hosted_by_a_leader_is_at_his_home(ref: Reference, gathering: str) -> None:
    text = f"Narendra Modi took part in {gathering} on Thursday."
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 8))} == {("visit", "Narendra Modi", "USA", "completed")}


# -- "Also attending were A and B": at the meeting the story tells, on its day ------------------------------------------

def test_those_also_attending_were_at_the_meeting_told_on_its_day(full_ref: Reference) -> None:
    text = ("ASTANA - Kassym-Jomart Tokayev took part in a summit at the White House on Thursday. The format is ten "
            "years old. Also attending were President of the Kyrgyz Republic Sadyr Japarov and Emomali Rahmon.")
    assert {f[:5] for f in dated(full_ref, text, date(2025, 11, 8))} == {
        ("visit", "Kassym-Jomart Tokayev", "USA", "completed", "2025-11-06"),
        ("visit", "Sadyr Japarov", "USA", "completed", "2025-11-06"), ("visit", "Emomali Rahmon", "USA", "completed", "2025-11-06")}


# -- "A and B joined President X at ... on Thursday for the opening of a two-day summit": with the host, still there ----

def test_those_who_joined_the_host_for_the_opening_of_a_two_day_summit(full_ref: Reference) -> None:
    text = ("BELÉM - Keir Starmer and Friedrich Merz joined President Luiz Inácio Lula da Silva at the mouth of the "
            "Amazon on Thursday for the opening of a two-day leaders' summit on forests.")
    assert {f[:5] for f in dated(full_ref, text, date(2025, 11, 7))} == {
        ("visit", "Keir Starmer", "BRA", "ongoing", "2025-11-06"), ("visit", "Friedrich Merz", "BRA", "ongoing", "2025-11-06")}
    # (a one-day gathering the day before is over)
    one_day = text.replace("two-day", "one-day")
    assert {f[3] for f in dated(full_ref, one_day, date(2025, 11, 7))} == {"completed"}


# -- "is leading the European Union's delegation": a two-word owner before the delegation -------------------------------

def test_leading_a_bloc_s_delegation_at_the_storys_gathering(full_ref: Reference) -> None:
    text = ("SANTA MARTA, Colombia - Leaders opened a two-day summit in this Caribbean port on Sunday. Kaja Kallas is "
            "leading the European Union's delegation.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 10))} == {("visit", "Kaja Kallas", "COL", "ongoing")}


# -- "flew home from Washington on Friday night"; "called on X at Mar-a-Lago": there ----------------------------------

SAT_8_NOV_2025 = date(2025, 11, 8)


def test_one_who_flew_home_from_a_place_was_there(ref: Reference) -> None:
    text = "Narendra Modi flew home from Washington on Friday night with a trade deal."
    assert {f[:5] for f in dated(ref, text, SAT_8_NOV_2025)} == {("visit", "Narendra Modi", "USA", "completed", "2025-11-07")}


def test_a_call_paid_somewhere_is_a_meeting_there(ref: Reference) -> None:
    text = "In December last year Narendra Modi called on Donald Trump at Mar-a-Lago in Florida."
    assert {f[:5] for f in dated(ref, text, SAT_8_NOV_2025)} == {("visit", "Narendra Modi", "USA", "completed", "2024-12")}


def test_calling_on_someone_to_act_is_no_meeting(ref: Reference) -> None:
    assert not dated(ref, "Narendra Modi called on Donald Trump to end the tariffs.", SAT_8_NOV_2025)


# -- "faces an arrest warrant in Argentina": that country's court -------------------------------------------------------

@pytest.mark.parametrize("told", ["also faces an arrest warrant in Argentina.", "faces a separate warrant from Argentina."])
def test_a_warrant_in_a_country_is_its_courts(full_ref: Reference, told: str) -> None:
    text = f"The ICC prosecutor sought a warrant for Min Aung Hlaing in November. Min Aung Hlaing {told}"
    assert ("warrant", "Min Aung Hlaing", "ARG", "issued") in {f[:4] for f in dated(full_ref, text, date(2025, 11, 20))}


def test_a_warrant_in_a_countrys_investigation_is_not_that_countrys(ref: Reference) -> None:
    text = "The first warrants in the Ukraine investigation, for Vladimir Putin, were issued by the ICC in March 2023."
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 20))} == {("warrant", "Vladimir Putin", "ICC", "issued")}


def test_judges_withdrew_it_with_no_article(full_ref: Reference) -> None:
    text = ("The same chamber issued a warrant that day for Mohammed Deif. Judges withdrew it in February, after "
            "prosecutors confirmed that he had been killed.")
    assert ("warrant", "Mohammed Deif", "ICC", "withdrawn", "2025-02") in {f[:5] for f in dated(full_ref, text, date(2025, 11, 21))}


# -- "spent Wednesday in Pyongyang on a state visit" in Friday's paper: over, whatever "on a visit" says ----------------

def test_on_a_visit_days_before_the_paper_is_over(ref: Reference) -> None:
    text = "Before arriving in Hanoi, Narendra Modi spent Wednesday in Pyongyang on a state visit to North Korea."
    found = {f[:4] for f in dated(ref, text, date(2024, 6, 21))}
    assert ("visit", "Narendra Modi", "PRK", "completed") in found
    assert ("visit", "Narendra Modi", "PRK", "ongoing") not in found


# -- "X landed in Rio on Sunday after APEC in Peru": the gathering come from is not the story's ---------------------------

def test_a_gathering_come_from_after_the_storys_is_named_stays_elsewhere(ref: Reference) -> None:
    text = ("Live coverage of the first day of the Group of 20 summit in Rio. 09:30 - Xi Jinping landed in Rio on Sunday "
            "after APEC in Peru. 10:05 - No Vladimir Putin this year: the Russian president chose not to come.")
    found = {f[:4] for f in dated(ref, text, date(2024, 11, 18))}
    assert ("visit", "Vladimir Putin", "BRA", "declined") in found
    assert ("visit", "Vladimir Putin", "PER", "declined") not in found


# -- "were among the leaders who took part" in a story that opens on the paper's own day: there now ------------------

@pytest.mark.parametrize(("published", "status"), [(date(2024, 11, 7), "ongoing"), (date(2024, 11, 12), "completed")])
def test_among_those_who_took_part_today_are_there(ref: Reference, published: date, status: str) -> None:
    text = ("BUDAPEST - More than 40 leaders arrived in Budapest on Thursday, Nov. 7, for the European summit. "
            "Narendra Modi and Xi Jinping were among the leaders who took part in the opening plenary.")
    assert {f[:4] for f in dated(ref, text, published)} == {
        ("visit", "Narendra Modi", "HUN", status), ("visit", "Xi Jinping", "HUN", status)}


# -- "dining with the president-elect at Mar-a-Lago"; "received Indonesia's new president, X, in the Oval Office" --------

def test_a_meal_together_somewhere_is_a_meeting_there(ref: Reference) -> None:
    text = "Narendra Modi had lunch with Donald Trump at the White House on Thursday."
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 16))} == {("visit", "Narendra Modi", "USA", "completed")}


def test_a_guest_received_by_title_and_country_then_name(full_ref: Reference) -> None:
    text = "Joe Biden received Indonesia's new president, Prabowo Subianto, in the Oval Office on Tuesday."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 16))} == {("visit", "Prabowo Subianto", "USA", "completed")}


# -- "begins a two-day state visit to Chile on Wednesday" in Sunday's paper: ahead ------------------------------------

@pytest.mark.parametrize(("when", "status"), [("on Wednesday", "planned"), ("today", "ongoing")])
def test_a_visit_that_begins_on_a_later_day_is_planned(ref: Reference, when: str, status: str) -> None:
    text = f"Narendra Modi begins a two-day state visit to Chile {when}."
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 17))} == {("visit", "Narendra Modi", "CHL", status)}


# -- "will address the Assembly and co-chair the summit"; "..., to be followed by a state visit to Brazil": ahead ------

def test_a_bare_verb_sharing_will_is_a_plan(ref: Reference) -> None:
    text = ("GEORGETOWN, Guyana - Crews prepared the capital on Monday. Narendra Modi is due in Georgetown on Tuesday "
            "night for a state visit. He will address the National Assembly and co-chair the India-CARICOM summit.")
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 18))} == {("visit", "Narendra Modi", "GUY", "planned")}


def test_a_visit_to_be_followed_by_is_ahead(ref: Reference) -> None:
    text = "After Peru, Xi Jinping will travel to Rio de Janeiro next week for the G20 summit, to be followed by a state visit to Brazil."
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 14))} == {("visit", "Xi Jinping", "BRA", "planned")}


# -- "Xi was last in Peru in November 2016": the trip before this one ----------------------------------------------------

def test_was_last_in_a_place_is_a_trip_before(ref: Reference) -> None:
    text = "LIMA - Xi Jinping arrived in Lima on Thursday. Xi was last in Peru in November 2016, when Lima hosted APEC."
    assert {f[:5] for f in dated(ref, text, date(2024, 11, 14))} == {
        ("visit", "Xi Jinping", "PER", "ongoing", "2024-11-14"), ("visit", "Xi Jinping", "PER", "completed", "2016-11")}


# -- "gathered in Riyadh for an extraordinary summit on the wars in Gaza and Lebanon": the topic's place is no venue ------

def test_a_summit_on_wars_somewhere_is_held_where_the_story_is_filed(ref: Reference) -> None:
    text = ("RIYADH - Leaders gathered in the Saudi capital on Monday for an extraordinary summit on the wars in Gaza "
            "and Lebanon. Narendra Modi opted not to attend.")
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 11))} == {("visit", "Narendra Modi", "SAU", "declined")}


def test_a_delegation_led_by_his_envoy_is_not_his_presence(ref: Reference) -> None:
    text = ("BAKU - The UN climate conference opened on Monday in the Azerbaijani capital. Joe Biden is not attending. "
            "The American delegation is led by his climate envoy, John Podesta.")
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 12))} == {("visit", "Joe Biden", "AZE", "declined")}


# -- "would appeal against the warrants issued last week for X and asked the judges to suspend them"; "called on the
#    court to withdraw the warrants": warrants issued, neither asked for nor withdrawn ---------------------------------

def test_an_appeal_against_warrants_issued_is_no_request(ref: Reference) -> None:
    text = ("JERUSALEM - Israel told the International Criminal Court on Wednesday that it would appeal against the "
            "arrest warrants issued last week for Benjamin Netanyahu, and asked the judges to suspend them.")
    assert {f[:5] for f in dated(ref, text, date(2024, 11, 28))} == {("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11")}


def test_a_call_to_withdraw_a_warrant_is_no_withdrawal(ref: Reference) -> None:
    text = ("The ICC issued a warrant for Benjamin Netanyahu last week. His office called on the court to withdraw the "
            "warrant altogether.")
    assert "withdrawn" not in {f[3] for f in dated(ref, text, date(2024, 11, 28))}


def test_the_same_warrant_decision_covers_another_far_on(ref: Reference) -> None:
    text = ("The warrant issued on Thursday by the International Criminal Court has redrawn the map for Benjamin "
            "Netanyahu. Mongolia did not arrest Vladimir Putin in September, despite the warrant issued against him in "
            "March 2023. The same warrant decision also covers Yoav Gallant, his former defence minister.")
    assert ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11-21") in {f[:5] for f in dated(ref, text, date(2024, 11, 22))}


# -- "attended the APEC forum in Lima and then the G20 summit in Rio de Janeiro": each gathering of a list ---------------

@pytest.mark.parametrize("joined", ["and then", "and"])
def test_each_gathering_of_a_list_is_a_trip(ref: Reference, joined: str) -> None:
    text = f"In November Narendra Modi attended the APEC forum in Lima {joined} the G20 summit in Rio de Janeiro."
    assert {f[:4] for f in dated(ref, text, date(2025, 3, 10))} == {
        ("visit", "Narendra Modi", "PER", "completed"), ("visit", "Narendra Modi", "BRA", "completed")}


# -- "heads on Sunday to the Brazilian Amazon": a day before "to", and a region told by its demonym -----------------

def test_heads_on_a_day_to_a_region_told_by_its_demonym(ref: Reference) -> None:
    text = "Joe Biden heads on Sunday to the Brazilian Amazon, the first sitting American president to visit the rainforest."
    assert {f[:5] for f in dated(ref, text, date(2024, 11, 16))} == {("visit", "Joe Biden", "BRA", "planned", "2024-11-17")}


# -- "X arrived in Ankara for talks with Y, closing a tour that took him to Greece": the tour is the subject's -----------

def test_a_tour_closed_by_the_subject_took_the_subject(ref: Reference) -> None:
    text = ("Narendra Modi arrived in Ankara on Wednesday for talks with Recep Tayyip Erdoğan, closing a tour that took "
            "him to Greece and Spain.")
    found = {f[:4] for f in dated(ref, text, date(2025, 11, 19))}
    assert {("visit", "Narendra Modi", "GRC", "completed"), ("visit", "Narendra Modi", "ESP", "completed")} <= found
    assert not any(f[1] == "Recep Tayyip Erdoğan" for f in found)


@pytest.mark.parametrize("told", ["describing the meeting as too important to miss", "saying he could not afford to miss it"])
def test_too_important_to_miss_is_no_absence(ref: Reference, told: str) -> None:
    text = f"Narendra Modi still intends to fly to Rio de Janeiro for the G20 summit on Nov. 18, his office said, {told}."
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 8))} == {("visit", "Narendra Modi", "BRA", "planned")}


# -- "the Cenotaph service in London, which the King attended": the place of what was attended -------------------------

@pytest.mark.parametrize(("place", "expected"), [("Tokyo", {("visit", "Narendra Modi", "JPN", "completed")}), ("New Delhi", set())])
def test_a_place_told_before_which_someone_attended(ref: Reference, place: str, expected: set) -> None:
    text = f"BAKU - The climate summit opened on Monday. It followed a service in {place}, which Narendra Modi attended on Sunday."
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 11))} == expected


# -- "said this month that no US official would attend": a country's short name before "official" --------------------

def test_no_us_official_would_attend_keeps_the_leader_away(ref: Reference) -> None:
    text = JOBURG_LIVE + "Donald Trump said this month that no US official would attend."
    assert {f[:4] for f in dated(ref, text, SAT_22_NOV_2025)} == {("visit", "Donald Trump", "ZAF", "declined")}


# -- "X is sending Maxim Oreshkin, the deputy head of ...": someone the reference does not know goes in his place ------

def test_one_sending_a_stranger_in_his_place_stays_away(ref: Reference) -> None:
    text = JOBURG_LIVE + "Vladimir Putin is sending Maxim Oreshkin, the deputy head of the Kremlin administration."
    assert {f[:4] for f in dated(ref, text, SAT_22_NOV_2025)} == {("visit", "Vladimir Putin", "ZAF", "declined")}


def test_sending_troops_or_aid_is_no_absence(ref: Reference) -> None:
    assert not dated(ref, JOBURG_LIVE + "Vladimir Putin is sending more troops to the front.", SAT_22_NOV_2025)


# -- "Karim Khan made the announcement in Bangladesh, where he had toured the camps": the stranger's "he" ---------------

def test_a_stranger_opening_the_sentence_owns_its_he(ref: Reference) -> None:
    text = ("The prosecutor sought a warrant for Min Aung Hlaing on Wednesday. Karim Khan made the announcement in "
            "Bangladesh, where he had toured the crowded refugee camps.")
    assert {f[0] for f in dated(ref, text, date(2024, 11, 28))} == {"warrant"}


# -- "follows a meeting between A and B in June at the G7 in Kananaskis": both were there; "after joining ... in X" ------

def test_a_meeting_between_two_told_as_past_puts_both_there(ref: Reference) -> None:
    text = "The visit follows a meeting between Narendra Modi and Xi Jinping in June on the sidelines of a summit in Kananaskis."
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 10))} == {
        ("visit", "Narendra Modi", "CAN", "completed"), ("visit", "Xi Jinping", "CAN", "completed")}


@pytest.mark.parametrize("told", ["is planned for next month in Tianjin", "will take place in Tianjin on Aug. 15",
                                  "in Tianjin would be welcome"])
def test_a_meeting_between_two_not_told_as_held_is_no_trip(ref: Reference, told: str) -> None:
    assert not dated(ref, f"A meeting between Narendra Modi and Joe Biden {told}.", date(2025, 7, 10))


def test_one_back_home_after_joining_a_session_abroad_was_there(ref: Reference) -> None:
    text = "Narendra Modi is back in New Delhi after joining an outreach session of the G7 summit in Italy's Apulia region."
    assert {f[:4] for f in dated(ref, text, date(2024, 6, 16))} == {("visit", "Narendra Modi", "ITA", "completed")}


def test_an_aside_before_became_the_first_to_visit(ref: Reference) -> None:
    text = "Narendra Modi, for his part, became the first Indian prime minister to visit Israel in July 2017."
    assert {f[:5] for f in dated(ref, text, date(2025, 11, 10))} == {("visit", "Narendra Modi", "ISR", "completed", "2017-07")}


def test_visiting_after_a_perfect_main_clause_is_done(ref: Reference) -> None:
    text = "Benjamin Netanyahu has limited his travel since the warrant, visiting Hungary and the United States."
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 10)) if f[0] == "visit"} == {
        ("visit", "Benjamin Netanyahu", "HUN", "completed"), ("visit", "Benjamin Netanyahu", "USA", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Recep Tayyip Erdoğan departs for Muscat on Thursday for talks with the sultan.", ("visit", "Recep Tayyip Erdoğan", "OMN", "planned")),
    ("Narendra Modi had become the first Indian prime minister to visit Israel in July 2017.", ("visit", "Narendra Modi", "ISR", "completed")),
])
def test_departs_for_and_had_become_the_first(full_ref: Reference, text: str, expected: tuple) -> None:
    assert expected in {f[:4] for f in dated(full_ref, text, date(2025, 10, 21))}


def test_and_then_travel_shares_the_plan(ref: Reference) -> None:
    text = "An aide said Vladimir Putin would fly home after the summit and then travel to India next week."
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 28))} == {("visit", "Vladimir Putin", "IND", "planned")}


def test_and_then_travel_after_meeting_someone_is_not_his(full_ref: Reference) -> None:
    text = ("After China, the head of state will proceed to Washington to meet Joe Biden at the White House, and then "
            "travel to Lima.")
    assert ("visit", "Joe Biden", "PER", "planned") not in {f[:4] for f in dated(full_ref, text, date(2024, 11, 8))}


# -- "flew to Brazil on Sunday after the APEC meeting in Lima": at that gathering before ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Joe Biden flew to Brazil on Sunday after the APEC meeting in Lima.",
     {("visit", "Joe Biden", "BRA", "ongoing"), ("visit", "Joe Biden", "PER", "completed")}),
    ("Joe Biden will travel to Brazil after the APEC meeting in Lima.", {("visit", "Joe Biden", "BRA", "planned")}),
])
def test_a_gathering_left_before_a_trip(ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 18))} == expected


@pytest.mark.parametrize("kind", ["indirect", "closed-door", "marathon"])
def test_talks_with_a_qualifier_held_somewhere(ref: Reference, kind: str) -> None:
    text = f"Narendra Modi held {kind} talks in the Omani capital on Saturday."
    assert {f[:4] for f in dated(ref, text, date(2025, 5, 5))} == {("visit", "Narendra Modi", "OMN", "completed")}
