"""Language the seventeenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

WED_19_NOV_2025 = date(2025, 11, 19)


# -- "Saudi Crown Prince Mohammed bin Salman": the title is whole, so the country before it goes with it too ----------
# -- and a guest welcomed (greeted on arrival) the day before the paper is still there; one received or hosted may have
# -- come and gone ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Recep Tayyip Erdoğan hosted Saudi Crown Prince Mohammed bin Salman in Ankara on Tuesday.",
     {("visit", "Mohammed bin Salman", "TUR", "completed", "2025-11-18")}),
    ("President Emmanuel Macron welcomed Crown Prince Mohammed bin Salman to the Élysée Palace on Tuesday.",
     {("visit", "Mohammed bin Salman", "FRA", "ongoing", "2025-11-18")}),
    # (a week before the paper: over)
    ("President Emmanuel Macron welcomed Saudi Crown Prince Mohammed bin Salman to the Élysée Palace on Nov. 10.",
     {("visit", "Mohammed bin Salman", "FRA", "completed", "2025-11-10")}),
])
def test_a_crown_prince_welcomed_abroad(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, WED_19_NOV_2025)} == expected


# -- "a week-long trip to India in October by Foreign Minister X": the traveller told after the place and its time ------

@pytest.mark.parametrize(("text", "expected"), [
    ("The talks come after a three-day trip to Pakistan in October by Foreign Minister Subrahmanyam Jaishankar.",
     {("visit", "Subrahmanyam Jaishankar", "PAK", "completed", "2025-10")}),
    # (no time told, or the time not yet past: not told as made)
    ("Officials said no dates had been set for a visit to Russia by Kim Jong Un.", set()),
    ("Officials are preparing for a visit to Russia this month by Kim Jong Un.", set()),
])
def test_a_trip_with_its_traveller_after_the_place(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, WED_19_NOV_2025)} == expected


# -- "coming directly from two days in Japan", "after a day and a half in Malaysia": the stay before ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi landed in Seoul on Monday, coming directly from two days in Japan.",
     {("visit", "Narendra Modi", "KOR", "ongoing"), ("visit", "Narendra Modi", "JPN", "completed")}),
    ("Anthony Albanese reached Manila on Monday after a day and a half in Vietnam.",
     {("visit", "Anthony Albanese", "PHL", "ongoing"), ("visit", "Anthony Albanese", "VNM", "completed")}),
    # (a plan: not yet made)
    ("Narendra Modi will fly to Seoul on Friday, coming from two days in Japan.",
     {("visit", "Narendra Modi", "KOR", "planned")}),
])
def test_a_stay_told_as_where_the_traveller_came_from(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, WED_19_NOV_2025)} == expected


# -- "all of whom had been in Kyiv together last weekend": "together" before the time -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Olaf Scholz, Giorgia Meloni and Keir Starmer, all of whom had been in Chisinau together on Friday, met in Rome.",
     {("visit", "Olaf Scholz", "MDA", "completed"), ("visit", "Giorgia Meloni", "MDA", "completed"),
      ("visit", "Keir Starmer", "MDA", "completed"), ("visit", "Olaf Scholz", "ITA", "completed"),
      ("visit", "Keir Starmer", "ITA", "completed")}),
    ("Olaf Scholz and Keir Starmer were in Chisinau together on Friday.",
     {("visit", "Olaf Scholz", "MDA", "completed"), ("visit", "Keir Starmer", "MDA", "completed")}),
])
def test_a_stay_made_together(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 20))} == expected


# -- "was killed in Tehran, where he had gone for the inauguration": a trip told in a relative clause of place ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Yahya Sinwar was wounded in Doha, where he had travelled for talks with mediators.",
     {("visit", "Yahya Sinwar", "QAT", "completed")}),
    ("The news reached Olaf Scholz in Vilnius, where he had flown for a NATO meeting.",
     {("visit", "Olaf Scholz", "LTU", "completed")}),
    # (at home: no trip)
    ("Olaf Scholz spoke in Munich, where he had gone for a party congress.", set()),
])
def test_a_trip_told_in_a_where_clause(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, WED_19_NOV_2025)} == expected


# -- "had seen X last week at the G20 summit in Rio": seeing someone at a stated place is meeting them ----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Anthony Albanese had seen Narendra Modi last month at the summit in Kuala Lumpur.",
     {("visit", "Anthony Albanese", "MYS", "completed"), ("visit", "Narendra Modi", "MYS", "completed")}),
    ("Anthony Albanese saw Narendra Modi in Tokyo on Monday.",
     {("visit", "Anthony Albanese", "JPN", "completed"), ("visit", "Narendra Modi", "JPN", "completed")}),
    # (no place, or not seen)
    ("Anthony Albanese saw Narendra Modi in person for the first time.", set()),
    ("Anthony Albanese has not seen Narendra Modi in Tokyo since 2023.", set()),
])
def test_seeing_someone_at_a_stated_place(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, WED_19_NOV_2025)} == expected


# -- "had stood in for Qin at the ASEAN meeting in Jakarta": standing in for someone at a gathering elsewhere -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sergey Lavrov stood in for Vladimir Putin at the summit in Johannesburg in August.",
     {("visit", "Sergey Lavrov", "ZAF", "completed", "2025-08")}),
    # (the one stood in for may be someone the reference does not know)
    ("Sergey Lavrov had stood in for Shoigu at the security conference in Minsk last month.",
     {("visit", "Sergey Lavrov", "BLR", "completed", "2025-10")}),
])
def test_standing_in_for_someone_at_a_gathering(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, WED_19_NOV_2025)} == expected


# -- "ahead of the weekend's G20 summit in Johannesburg": a gathering told as after the deed is not the story's --------

def test_a_gathering_after_the_weekend_is_not_the_storys(full_ref: Reference) -> None:
    text = ("NAIROBI - Narendra Modi arrived in the Kenyan capital on Monday for a summit of Indian Ocean states. On "
            "Friday he was in Cairo, where he opened a trade fair ahead of the weekend's climate conference in Dubai. "
            "Anthony Albanese and Luiz Inácio Lula da Silva are among the leaders present.")
    assert {f[:4] for f in dated(full_ref, text, date(2023, 11, 27))} == {
        ("visit", "Narendra Modi", "KEN", "ongoing"), ("visit", "Narendra Modi", "EGY", "completed"),
        ("visit", "Anthony Albanese", "KEN", "ongoing"), ("visit", "Luiz Inácio Lula da Silva", "KEN", "ongoing")}


# -- "LUANDA — X arrived in the Angolan capital on Monday for the summit between ...": the story's gathering ------------
# -- and "A and the chairperson of the AU Commission, B, are also taking part": both -----------------------------------

def test_arriving_for_a_gathering_where_the_story_is_filed_places_it(full_ref: Reference) -> None:
    text = ("NAIROBI — Narendra Modi arrived in the Kenyan capital on Monday for the summit between India and the African "
            "Union. Ursula von der Leyen and the chairperson of the AU Commission, Moussa Faki, are also taking part.")
    assert {f[:4] for f in dated(full_ref, text, date(2023, 11, 27))} == {
        ("visit", "Narendra Modi", "KEN", "ongoing"), ("visit", "Ursula von der Leyen", "KEN", "ongoing"),
        ("visit", "Moussa Faki Mahamat", "KEN", "ongoing")}


def test_a_role_apposed_in_a_list_of_names(full_ref: Reference) -> None:
    text = "Ursula von der Leyen and the president of the European Council, Charles Michel, attended the summit in Nairobi."
    assert {f[:4] for f in dated(full_ref, text, date(2023, 11, 27))} == {
        ("visit", "Ursula von der Leyen", "KEN", "completed"), ("visit", "Charles Michel", "KEN", "completed")}


# -- "landed on Monday, buoyed by the G20 declaration, accompanied by his foreign minister, Y" --------------------------

def test_a_companion_named_after_his_role_and_a_text_of_another_gathering(full_ref: Reference) -> None:
    text = ("NAIROBI — Leaders opened a summit in the Kenyan capital on Monday. Cyril Ramaphosa landed on Monday morning, "
            "still pleased with the G20 declaration, accompanied by his foreign minister, Naledi Pandor.")
    assert {f[:4] for f in dated(full_ref, text, date(2023, 11, 27))} == {
        ("visit", "Cyril Ramaphosa", "KEN", "ongoing"), ("visit", "Naledi Pandor", "KEN", "ongoing")}


# -- "The visit follows a stop in Athens on Sunday ... and a day in Paris on Monday": the stops made before -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("ROME — Anthony Albanese arrived in Rome on Tuesday for talks. The visit follows a stop in Berlin on Sunday, where "
     "he met business leaders over a long lunch, and a day in Paris on Monday.",
     {("visit", "Anthony Albanese", "ITA", "ongoing", "2025-11-18"), ("visit", "Anthony Albanese", "DEU", "completed", "2025-11-16"),
      ("visit", "Anthony Albanese", "FRA", "completed", "2025-11-17")}),
    # (a stop with no time told, or someone else's trip: not this traveller's stop)
    ("ROME — Anthony Albanese arrived in Rome on Tuesday for talks. The visit follows a stop in Berlin.",
     {("visit", "Anthony Albanese", "ITA", "ongoing", "2025-11-18")}),
    ("ROME — Anthony Albanese arrived in Rome on Tuesday for talks. His visit follows a trip to Paris on Monday by Penny Wong.",
     {("visit", "Anthony Albanese", "ITA", "ongoing", "2025-11-18"), ("visit", "Penny Wong", "FRA", "completed", "2025-11-17")}),
])
def test_the_stops_a_visit_follows(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, date(2025, 11, 18))} == expected


# -- "X, who ordered the boycott", "X's boycott means no official is taking part": X stays away from the story's gathering

@pytest.mark.parametrize(("text", "expected"), [
    ("NAIROBI — Leaders opened a summit in the Kenyan capital on Monday. It was a snub to Mohammed bin Salman, who ordered the "
     "boycott and whose ministers stayed at home.",
     {("visit", "Mohammed bin Salman", "KEN", "declined")}),
    ("NAIROBI — Leaders opened a summit in the Kenyan capital on Monday. Mohammed bin Salman's boycott means no Saudi minister "
     "is taking part.",
     {("visit", "Mohammed bin Salman", "KEN", "declined")}),
    # (a boycott of something else)
    ("NAIROBI — Leaders opened a summit in the Kenyan capital on Monday. Mohammed bin Salman's boycott of Qatari goods goes on.",
     set()),
])
def test_a_boycott_of_the_storys_gathering(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 24))} == expected


def test_no_minister_is_no_one(full_ref: Reference) -> None:
    text = "NAIROBI — Leaders opened a summit in the Kenyan capital on Monday. No Saudi minister is taking part."
    assert dated(full_ref, text, date(2025, 11, 24)) == set()


# -- "The first two, in March 2023, named X and Y", "the court added General X, ..., and Admiral Y", "The decision, which
# -- also covered X", "in a case that also names X": more people named in the warrants told ------------------------------

ICC_OPENING = "The International Criminal Court has issued six public arrest warrants over the war in Ukraine. "


@pytest.mark.parametrize(("text", "expected"), [
    (ICC_OPENING + "The first two, in March 2023, named Vladimir Putin and his commissioner Maria Lvova-Belova.",
     {("warrant", "Vladimir Putin", "ICC", "issued", "2023-03"), ("warrant", "Maria Lvova-Belova", "ICC", "issued", "2023-03")}),
    (ICC_OPENING + "In March of this year the court added Lieutenant General Sergei Kobylash, who commands the bombers, "
     "and Admiral Viktor Sokolov.",
     {("warrant", "Sergei Kobylash", "ICC", "issued", "2024-03"), ("warrant", "Viktor Sokolov", "ICC", "issued", "2024-03")}),
    ("The International Criminal Court issued warrants for Benjamin Netanyahu and Yoav Gallant on Nov. 21. The Nov. 21 "
     "ruling, which also covered the Hamas commander Mohammed Deif, angered Washington.",
     {("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11-21"), ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11-21"),
      ("warrant", "Mohammed Deif", "ICC", "issued", "2024-11-21")}),
    ("Vladimir Putin has been wanted by the International Criminal Court since March 2023, in a case that also names "
     "Maria Lvova-Belova.",
     {("warrant", "Vladimir Putin", "ICC", "issued", "2023-03"), ("warrant", "Maria Lvova-Belova", "ICC", "issued", "2023-03")}),
    # (someone the reference knows no warrant for is not named in one)
    (ICC_OPENING + "The first two, in March 2023, named Vladimir Putin and drew a reply from Sergey Lavrov.",
     {("warrant", "Vladimir Putin", "ICC", "issued", "2023-03")}),
])
def test_more_people_named_in_the_warrants_told(full_ref: Reference, text: str, expected: set) -> None:
    assert dated(full_ref, text, date(2024, 12, 30)) == expected


def test_neither_arrested_him_is_no_arrest(full_ref: Reference) -> None:
    text = "Vladimir Putin, wanted by the International Criminal Court, visited Mongolia and Tajikistan. Neither arrested him."
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 20)) if f[0] == "warrant"} == {
        ("warrant", "Vladimir Putin", "ICC", "issued")}


@pytest.mark.parametrize(("text", "status"), [
    ("A Seoul court granted its request for warrants against the suspects, among them Yoon Suk Yeol, prosecutors said.", "issued"),
    ("Prosecutors asked a Seoul court for warrants against the suspects, among them Yoon Suk Yeol.", "requested"),
    # (a court named with its city is still the court asked)
    ("Prosecutors asked a Seoul court for an arrest warrant for Yoon Suk Yeol.", "requested"),
])
def test_a_request_for_warrants_granted(full_ref: Reference, text: str, status: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 20))} == {("warrant", "Yoon Suk Yeol", "KOR", status)}


@pytest.mark.parametrize(("text", "expected"), [
    ("SEOUL - Investigators asked a court on Monday to issue a warrant to detain impeached President Yoon Suk Yeol.",
     {("warrant", "Yoon Suk Yeol", "KOR", "requested", "2024-12-30")}),
    ("The International Criminal Court's prosecutor asked for warrants in May. His May application had also named Ismail "
     "Haniyeh and Yahya Sinwar.",
     {("warrant", "Ismail Haniyeh", "ICC", "requested", "2024-05"), ("warrant", "Yahya Sinwar", "ICC", "requested", "2024-05")}),
])
def test_requests_told_by_investigators_and_applications(full_ref: Reference, text: str, expected: set) -> None:
    assert dated(full_ref, text, date(2024, 12, 30)) == expected


# -- "German Chancellor X, in Rome for the conference, said": there for it ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Olaf Scholz, in Vilnius for the NATO summit, said Berlin would send more tanks.",
     {("visit", "Olaf Scholz", "LTU", "ongoing")}),
    # (at home: no trip)
    ("Olaf Scholz, in Berlin for the budget talks, said the coalition would hold.", set()),
])
def test_apposed_in_a_place_for_a_gathering(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2023, 7, 11))} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sergey Lavrov's office said he would fly on from Malta to Qatar for the forum on Saturday.",
     {("visit", "Sergey Lavrov", "QAT", "planned", "2024-12-07")}),
    ("Sergey Lavrov flew on from Malta to Qatar on Tuesday.", {("visit", "Sergey Lavrov", "QAT", "completed", "2024-12-03")}),
])
def test_flying_on_from_one_place_to_another(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, date(2024, 12, 5)) if f[2] == "QAT"} == expected


def test_the_same_gathering_in_a_named_place(full_ref: Reference) -> None:
    text = "Last December Sergey Lavrov attended the same annual gathering in Skopje."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 12, 5))} == {("visit", "Sergey Lavrov", "MKD", "completed")}


@pytest.mark.parametrize("text", [
    "Keir Starmer travelled to Germany's second city on Monday.",
    "Keir Starmer flew to Germany's capital on Monday.",
])
def test_a_city_named_by_its_country(full_ref: Reference, text: str) -> None:
    assert {f[:3] for f in dated(full_ref, text, date(2025, 7, 9))} == {("visit", "Keir Starmer", "DEU")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hakan Fidan and Sergey Lavrov were expected to hold a three-way meeting on the sidelines of the forum in Qatar on "
     "Saturday.",
     {("visit", "Hakan Fidan", "QAT", "planned"), ("visit", "Sergey Lavrov", "QAT", "planned")}),
    # (no plan told: not held either)
    ("Hakan Fidan and Sergey Lavrov did not hold a meeting in Qatar.", set()),
])
def test_expected_to_hold_a_meeting(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2024, 12, 5))} == expected


def test_legs_told_each_with_its_purpose(full_ref: Reference) -> None:
    text = ("Anthony Albanese flew to Jakarta in May for talks with Prabowo Subianto, to Manila for a defence forum, "
            "to Hanoi for trade talks and finally to Tokyo.")
    assert {f[:3] for f in dated(full_ref, text, date(2025, 7, 30)) if f[1] == "Anthony Albanese"} == {
        ("visit", "Anthony Albanese", iso3) for iso3 in ("IDN", "PHL", "VNM", "JPN")}


def test_names_set_off_by_dashes_with_their_countries(full_ref: Reference) -> None:
    text = ("MINSK - Leaders met on Thursday for their summit in Minsk. The other guests - Kazakhstan's Kassym-Jomart "
            "Tokayev, Kyrgyz President Sadyr Japarov, Turkey's Hakan Fidan and Armenia's Prime Minister Vardan Example - "
            "arrived on Thursday morning.")
    assert {f[:4] for f in dated(full_ref, text, date(2024, 12, 26))} == {
        ("visit", name, "BLR", "ongoing") for name in ("Kassym-Jomart Tokayev", "Sadyr Japarov", "Hakan Fidan")}


def test_a_series_of_trips_that_took_him_first_to_one_place_then_another(full_ref: Reference) -> None:
    text = "In July Viktor Orbán made a series of trips that took him first to Kyiv, then to Moscow for talks."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 12, 10))} == {
        ("visit", "Viktor Orbán", "UKR", "completed"), ("visit", "Viktor Orbán", "RUS", "completed")}


def test_a_gathering_the_country_hosts_later_is_not_the_storys(full_ref: Reference) -> None:
    text = ("Live: leaders of the BRICS group meet in Rio de Janeiro. 09:31 — South Africa's Cyril Ramaphosa steps out of "
            "his car and embraces Lula. His country hosts the G20 leaders in November. 09:47 — Prabowo Subianto arrived on Saturday.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 7, 6))} == {("visit", "Prabowo Subianto", "BRA", "ongoing")}


def test_an_earlier_gathering_dated_by_its_month_does_not_displace_the_storys(full_ref: Reference) -> None:
    text = ("NAIROBI - Leaders opened a summit in the Kenyan capital on Monday. China has sent Premier Li Qiang to several "
            "gatherings this year, including the BRICS meeting in Rio de Janeiro in July. Narendra Modi is also taking part.")
    assert ("visit", "Narendra Modi", "KEN", "ongoing") in {f[:4] for f in dated(full_ref, text, date(2025, 10, 27))}


def test_the_next_leg_is_no_place_of_the_meeting(full_ref: Reference) -> None:
    text = ("Antony Blinken flew on Friday to Ankara, where he met Recep Tayyip Erdoğan and Hakan Fidan, before making an "
            "unannounced stop in Baghdad.")
    facts = {f[:3] for f in dated(full_ref, text, date(2024, 12, 14))}
    assert ("visit", "Recep Tayyip Erdoğan", "IRQ") not in facts
    assert ("visit", "Hakan Fidan", "IRQ") not in facts
    assert ("visit", "Antony Blinken", "TUR") in facts


def test_a_tour_no_one_is_named_to_own_is_the_subjects(full_ref: Reference) -> None:
    text = ("Keir Starmer flew in from Riyadh, where he had met Mohammed bin Salman in the morning, at the end of a "
            "three-day tour of the Gulf that began on Sunday in Abu Dhabi.")
    facts = {f[:3] for f in dated(full_ref, text, date(2024, 12, 10))}
    assert ("visit", "Keir Starmer", "ARE") in facts
    assert ("visit", "Keir Starmer", "SAU") in facts
    assert not any(f[1] == "Mohammed bin Salman" for f in facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("PORT VILA - Anthony Albanese said two air force planes carrying rescue teams and medical staff had landed.", set()),
    ("Anthony Albanese said the team had landed in Port Vila.", set()),
    # (a pronoun after "said" is the speaker's own trip)
    ("Anthony Albanese said he had landed in Port Vila.", {("visit", "Anthony Albanese", "VUT", "completed")}),
])
def test_what_was_said_to_have_landed_is_the_subject(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2024, 12, 19))} == expected


def test_legs_past_a_where_clause(full_ref: Reference) -> None:
    text = ("In November a tour took Anthony Albanese to Jakarta, where he met Prabowo Subianto, and then to Manila for "
            "a defence forum and to Hanoi for trade talks.")
    facts = {f[:3] for f in dated(full_ref, text, date(2024, 12, 19))}
    assert {("visit", "Anthony Albanese", iso3) for iso3 in ("IDN", "PHL", "VNM")} <= facts
    assert not any(f[1] == "Prabowo Subianto" for f in facts)


def test_bound_for_a_country_is_a_plan(full_ref: Reference) -> None:
    text = "Narendra Modi is also bound for Brazil next week, for the summit and a state visit."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 8))} == {("visit", "Narendra Modi", "BRA", "planned")}


def test_a_where_clause_with_a_day_of_the_month(full_ref: Reference) -> None:
    text = "António Guterres had come from Doha, where on March 5 he opened a UN conference."
    assert {f[:5] for f in dated(full_ref, text, date(2023, 3, 20))} == {
        ("visit", "António Guterres", "QAT", "completed", "2023-03-05")}


def test_crossed_to_a_place(full_ref: Reference) -> None:
    text = "Olaf Scholz crossed to Strasbourg on Friday for talks with the French president."
    assert {f[:4] for f in dated(full_ref, text, date(2023, 3, 11))} == {("visit", "Olaf Scholz", "FRA", "completed")}


def test_talks_in_a_place_with_those_named_after_it(full_ref: Reference) -> None:
    text = "In August Olaf Scholz held talks in Lviv with Volodymyr Zelensky and Turkey's Recep Tayyip Erdoğan."
    assert {f[:4] for f in dated(full_ref, text, date(2023, 3, 20))} == {
        ("visit", "Olaf Scholz", "UKR", "completed"), ("visit", "Recep Tayyip Erdoğan", "UKR", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Xi Jinping met Vladimir Putin in Moscow on Monday. Trade was high on the agenda. The two leaders last met in "
     "Samarkand in September.",
     {("visit", "Xi Jinping", "RUS", "completed"), ("visit", "Xi Jinping", "UZB", "completed"),
      ("visit", "Vladimir Putin", "UZB", "completed")}),
    # (someone else named between: "the two" are not the pair before)
    ("Xi Jinping met Vladimir Putin in Moscow on Monday. Narendra Modi was not invited. The two leaders last met in "
     "Samarkand in September.",
     {("visit", "Xi Jinping", "RUS", "completed")}),
])
def test_the_two_leaders_a_sentence_after_the_pair(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2023, 3, 22))} == expected


def test_a_sitting_president_is_any_holder(full_ref: Reference) -> None:
    text = "It will be the first visit by a sitting U.S. president to Angola since Barack Obama went to Kenya in 2015."
    assert dated(full_ref, text, date(2024, 11, 20)) == set()


def test_a_ministerial_is_a_gathering(full_ref: Reference) -> None:
    text = "Last year Sergey Lavrov attended the OSCE ministerial in Skopje."
    assert {f[:5] for f in dated(full_ref, text, date(2024, 12, 5))} == {("visit", "Sergey Lavrov", "MKD", "completed", "2023")}


def test_a_tour_that_began_in_a_place(full_ref: Reference) -> None:
    text = ("NAIROBI - Emmanuel Macron arrived on Monday. It is the last stage of an African tour that began in Ghana "
            "last Thursday.")
    assert {f[:5] for f in dated(full_ref, text, date(2025, 11, 24))} == {
        ("visit", "Emmanuel Macron", "KEN", "ongoing", "2025-11-24"), ("visit", "Emmanuel Macron", "GHA", "completed", "2025-11-20")}


def test_the_subject_of_a_warrant_past_a_relative_clause_naming_him_again(full_ref: Reference) -> None:
    text = ("Omar al-Bashir, who ruled Sudan for three decades until he was toppled in 2019, has been the subject of an "
            "ICC warrant since March 2009.")
    assert dated(full_ref, text, date(2024, 11, 4)) == {("warrant", "Omar al-Bashir", "ICC", "issued", "2009-03")}


def test_while_under_a_warrant(full_ref: Reference) -> None:
    text = "In June 2015 Omar al-Bashir attended a summit in Johannesburg while under an ICC warrant."
    assert {f[:4] for f in dated(full_ref, text, date(2023, 3, 20))} == {
        ("visit", "Omar al-Bashir", "ZAF", "completed"), ("warrant", "Omar al-Bashir", "ICC", "issued")}


def test_arrested_a_suspect_named_after(full_ref: Reference) -> None:
    text = ("The International Criminal Court welcomed the news after German police arrested a Libyan suspect, Khaled "
            "Mohamed Ali El Hishri, at Berlin's airport on Wednesday.")
    assert dated(full_ref, text, date(2025, 7, 19)) == {
        ("warrant", "Khaled Mohamed Ali El Hishri", "ICC", "executed", "2025-07-16")}


def test_sought_since_in_apposition(full_ref: Reference) -> None:
    text = ("The International Criminal Court has never had custody of former defence minister Abdel Raheem Muhammad "
            "Hussein, sought since 2012, despite repeated requests to Khartoum.")
    assert dated(full_ref, text, date(2025, 7, 11)) == {("warrant", "Abdel Raheem Muhammad Hussein", "ICC", "issued", "2012")}


def test_sought_by_the_court_is_wanted(full_ref: Reference) -> None:
    text = ("The International Criminal Court has issued several warrants over Libya. Osama Elmasry Njeem, the former "
            "police chief who is also sought by the ICC, remains free.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 20))} == {("warrant", "Osama Elmasry Njeem", "ICC", "issued")}


def test_landed_for_a_stay_that_ended(full_ref: Reference) -> None:
    text = "Benjamin Netanyahu landed in Rome on Thursday for a stay that ended on Saturday."
    assert {f[:4] for f in dated(full_ref, text, date(2023, 3, 25))} == {("visit", "Benjamin Netanyahu", "ITA", "completed")}


@pytest.mark.parametrize(("text", "status"), [
    ("Donald Trump flew to Rome on Tuesday. The White House said a stop in Athens that had been planned for Thursday had "
     "been dropped.", "cancelled"),
    ("Donald Trump flew to Rome on Tuesday. The White House said a stop in Athens that had been planned for Thursday had "
     "been dropped until next month.", "planned"),
])
def test_a_stop_that_was_dropped(full_ref: Reference, text: str, status: str) -> None:
    assert ("visit", "Donald Trump", "GRC", status) in {f[:4] for f in dated(full_ref, text, date(2025, 2, 21))}


@pytest.mark.parametrize(("text", "expected"), [
    ("BERLIN - Subrahmanyam Jaishankar arrived in Berlin on Tuesday for talks with his German counterpart Annalena Baerbock, "
     "the second stop of a "
     "tour that began in the Saudi capital on Sunday.",
     {("visit", "Subrahmanyam Jaishankar", "DEU", "ongoing"), ("visit", "Subrahmanyam Jaishankar", "SAU", "completed")}),
    # (the guest's tour, when the host is named first)
    ("Joe Biden received Prabowo Subianto in the Oval Office on Tuesday, the second stop on a tour that started in "
     "Beijing.",
     {("visit", "Prabowo Subianto", "USA", "completed"), ("visit", "Prabowo Subianto", "CHN", "completed")}),
])
def test_the_stop_of_a_tour_is_the_travellers(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2024, 9, 11))} == expected


def test_a_listed_name_with_its_country_and_title(full_ref: Reference) -> None:
    text = ("WARSAW - Secretary of State Antony Blinken and British Foreign Secretary David Lammy arrived in Warsaw on "
            "Wednesday.")
    assert {f[:3] for f in dated(full_ref, text, date(2024, 9, 12))} == {
        ("visit", "Antony Blinken", "POL"), ("visit", "David Lammy", "POL")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Antony Blinken is travelling on to Warsaw on Thursday for talks.", ("visit", "Antony Blinken", "POL", "planned", "2024-09-12")),
    ("Antony Blinken is travelling to Warsaw on Thursday.", ("visit", "Antony Blinken", "POL", "planned", "2024-09-12")),
])
def test_travelling_to_a_place_is_on_the_way(full_ref: Reference, text: str, expected: tuple) -> None:
    assert dated(full_ref, text, date(2024, 9, 11)) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi will see Xi Jinping in Kazan next month.",
     {("visit", "Narendra Modi", "RUS", "planned"), ("visit", "Xi Jinping", "RUS", "planned")}),
    # (no plan told: not a meeting told as held or planned)
    ("Narendra Modi wants to see Xi Jinping in Kazan.", set()),
])
def test_seeing_someone_planned(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2024, 9, 12))} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Olaf Scholz had started the trip on Sunday in Samarkand with a deal on migration.",
     {("visit", "Olaf Scholz", "UZB", "completed")}),
])
def test_a_day_between_the_trip_noun_and_its_place(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2024, 9, 17))} == expected


def test_a_day_between_the_place_and_its_where_clause(full_ref: Reference) -> None:
    text = "The trip followed talks in London on Monday, where Antony Blinken met David Lammy."
    assert dated(full_ref, text, date(2024, 9, 18)) == {("visit", "Antony Blinken", "GBR", "completed", "2024-09-16")}


def test_stayed_on_and_returned_is_over(full_ref: Reference) -> None:
    text = "Abbas Araghchi arrived in New York on Monday. He stayed on in New York for further meetings and returned on Saturday."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 9, 29))} == {("visit", "Abbas Araghchi", "USA", "completed")}


def test_a_where_clause_after_the_end_of_a_month(full_ref: Reference) -> None:
    text = "Ismail Haniyeh was killed in Tehran at the end of July, where he had gone for the inauguration of the president."
    assert dated(full_ref, text, date(2024, 12, 8)) == {("visit", "Ismail Haniyeh", "IRN", "completed", "2024-07")}


@pytest.mark.parametrize(("text", "status"), [
    ("Olaf Scholz flew to Ankara on Tuesday. He had been due in Riyadh on Wednesday, but his office said the visit had "
     "been postponed.", "cancelled"),
    ("Olaf Scholz flew to Ankara on Tuesday. He had been due in Riyadh on Wednesday, but his office said the visit had "
     "been postponed until next month.", "planned"),
])
def test_had_been_due_but_called_off(full_ref: Reference, text: str, status: str) -> None:
    assert ("visit", "Olaf Scholz", "SAU", status) in {f[:4] for f in dated(full_ref, text, date(2025, 2, 21))}


def test_a_summit_called_off_where_he_had_been_due(full_ref: Reference) -> None:
    text = "Jordan called off a summit in Amman where Joe Biden had been due to meet Arab leaders."
    assert {f[:4] for f in dated(full_ref, text, date(2023, 10, 19))} == {("visit", "Joe Biden", "JOR", "cancelled")}


def test_a_visit_to_a_place_postponed_and_never_rescheduled(full_ref: Reference) -> None:
    text = ("Benjamin Netanyahu flew to Washington in July. A long-promised visit to the United Arab Emirates, first "
            "pencilled in for early 2023, was postponed and has never been rescheduled.")
    assert ("visit", "Benjamin Netanyahu", "ARE", "cancelled") in {f[:4] for f in dated(full_ref, text, date(2024, 12, 5))}


def test_a_meeting_pencilled_in_for_a_place_and_dropped(full_ref: Reference) -> None:
    text = ("A preparatory meeting between Marco Rubio, the US secretary of state, and Sergey Lavrov, which officials had "
            "pencilled in for Budapest this week, has also been dropped.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 22))} == {
        ("visit", "Marco Rubio", "HUN", "cancelled"), ("visit", "Sergey Lavrov", "HUN", "cancelled")}
