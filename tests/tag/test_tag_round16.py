"""Language the sixteenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

MON_24_NOV_2025 = date(2025, 11, 24)



# -- "X and Y represented the EU": the bloc's leaders at the story's gathering ----------------------------------------

def test_leaders_who_represented_the_bloc_were_at_the_gathering(full_ref: Reference) -> None:
    text = ("NAIROBI - A two-day summit of African and European leaders opened in the Kenyan capital on Monday. António "
            "Costa and Ursula von der Leyen represented the European Union, and the Kenyan president chaired the opening "
            "session.")
    assert {f[:4] for f in dated(full_ref, text, MON_24_NOV_2025)} == {
        ("visit", "António Costa", "KEN", "ongoing"), ("visit", "Ursula von der Leyen", "KEN", "ongoing")}


def test_representing_the_bloc_names_the_gathering_it_is_at(full_ref: Reference) -> None:
    text = "António Costa represented the EU at the summit in Nairobi last week."
    assert {f[:4] for f in dated(full_ref, text, MON_24_NOV_2025)} == {("visit", "António Costa", "KEN", "completed")}


# -- "A, a guest of the chair, and B, on her first trip abroad, also attended": both, past their appositions ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("JAKARTA - A regional summit opened in the Indonesian capital on Sunday. Narendra Modi, a guest of the chair, "
     "and Anthony Albanese, the host of next year's meeting, also attended.",
     {("visit", "Narendra Modi", "IDN", "ongoing"), ("visit", "Anthony Albanese", "IDN", "ongoing")}),
    # (a name inside the apposition is not the subject)
    ("JAKARTA - A regional summit opened in the Indonesian capital on Sunday. Narendra Modi, a close ally of Joe "
     "Biden, also attended.",
     {("visit", "Narendra Modi", "IDN", "ongoing")}),
])
def test_a_list_of_names_each_with_an_apposition_shares_the_verb(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, MON_24_NOV_2025)} == expected


# -- "made the same journey in September, meeting X in Busan": a participle hung on a trip told as done ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("His predecessor, Shigeru Ishiba, made the same trip in June, meeting the president in Busan.",
     {("visit", "Shigeru Ishiba", "KOR", "completed", "2025-06")}),
    ("Shigeru Ishiba travelled to the region in June, meeting the president in Busan.",
     {("visit", "Shigeru Ishiba", "KOR", "completed", "2025-06")}),
    # (flying home is no trip to the place of the meeting told after it)
    ("Shigeru Ishiba flew home on Friday, meeting reporters in Busan before take-off.", set()),
])
def test_a_meeting_told_as_a_participle_of_a_trip_made(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:5] for f in dated(full_ref, text, MON_24_NOV_2025)} == expected


# -- "At the same time they issued one for Y": "one" is the warrant the sentence before told --------------------------

WED_4_SEP_2024 = date(2024, 9, 4)


@pytest.mark.parametrize(("second", "expected"), [
    ("The judges issued one for Maria Lvova-Belova on the same day.", ("Maria Lvova-Belova", "issued")),
    ("The prosecutor had also requested one for Maria Lvova-Belova.", ("Maria Lvova-Belova", "requested")),
    ("He had also sought one for Maria Lvova-Belova, but that application was dropped in May.",
     ("Maria Lvova-Belova", "withdrawn")),
])
def test_one_for_another_subject_is_a_warrant_too(full_ref: Reference, second: str, expected: tuple) -> None:
    text = f"The International Criminal Court issued an arrest warrant for Vladimir Putin in March 2023. {second}"
    facts = {(f[1], f[3]) for f in dated(full_ref, text, WED_4_SEP_2024) if f[0] == "warrant"}
    assert expected in facts


@pytest.mark.parametrize("text", [
    # (no warrant told before: "one" is something else)
    "The International Criminal Court held a hearing in March. The judges issued one for Maria Lvova-Belova.",
    # (a denial)
    "The International Criminal Court issued an arrest warrant for Vladimir Putin in March 2023. It never issued one for "
    "Maria Lvova-Belova.",
])
def test_one_for_someone_without_a_warrant_before_or_denied(full_ref: Reference, text: str) -> None:
    assert "Maria Lvova-Belova" not in {f[1] for f in dated(full_ref, text, WED_4_SEP_2024) if f[0] == "warrant"}


# -- "Since then the court has added two more generals, X and Y": more people named in the court's warrants -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("The International Criminal Court issued a warrant for Vladimir Putin in 2023. Last year the judges added two "
     "more generals, Sergei Shoigu and Valery Gerasimov, over strikes on power stations.",
     {"Vladimir Putin", "Sergei Shoigu", "Valery Gerasimov"}),
    ("The International Criminal Court issued a warrant for Vladimir Putin in 2023. Since then the court has added "
     "three other officials, among them Sergei Shoigu.", {"Vladimir Putin", "Sergei Shoigu"}),
    # (someone the reference knows no warrant for is not added; nor is a denial)
    ("The International Criminal Court issued a warrant for Vladimir Putin in 2023. The judges have not added two "
     "more generals, Sergei Shoigu and Valery Gerasimov.", {"Vladimir Putin"}),
    ("The International Criminal Court issued a warrant for Vladimir Putin in 2023. The judges added two more "
     "officials, among them Sergey Lavrov.", {"Vladimir Putin"}),
])
def test_people_the_court_added_to_its_warrants(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[1] for f in dated(full_ref, text, WED_4_SEP_2024) if f[0] == "warrant" and f[3] == "issued"} == expected


# -- "General X and Admiral Y, whose warrants were made public in March": the warrants of both -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow honoured General Sergei Shoigu and General Valery Gerasimov, whose warrants from the International "
     "Criminal Court were unsealed in June.", {"Sergei Shoigu", "Valery Gerasimov"}),
    # (one warrant is the last name's alone)
    ("Sergei Shoigu met Valery Gerasimov, whose warrant from the International Criminal Court was unsealed in June.",
     {"Valery Gerasimov"}),
])
def test_whose_warrants_after_a_coordinated_pair(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[1] for f in dated(full_ref, text, WED_4_SEP_2024) if f[0] == "warrant"} == expected


# -- "as the COP30 talks in Belém ran into overtime": a gathering elsewhere at the same time is not the story's --------

SAT_22_NOV_2025 = date(2025, 11, 22)


def test_a_gathering_going_on_elsewhere_meanwhile_keeps_the_storys(full_ref: Reference) -> None:
    text = ("Live coverage of the first day of the G20 summit in Johannesburg.\n\n"
            "14:05 - Lula said the boycott was a mistake, as the COP30 talks in Belém ran into overtime.\n\n"
            "12:30 - Donald Trump has stayed away from the summit.")
    assert {f[:4] for f in dated(full_ref, text, SAT_22_NOV_2025) if f[1] == "Donald Trump"} == {
        ("visit", "Donald Trump", "ZAF", "declined")}


# -- "X, who landed on Friday, greeted Ramaphosa at the venue": one abroad is not receiving guests at home ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("JOHANNESBURG - The G20 summit opened in Johannesburg on Saturday. Narendra Modi, who flew in on Friday, "
     "welcomed Cyril Ramaphosa warmly at the venue.", {("visit", "Narendra Modi", "ZAF", "ongoing")}),
    # (at home, the same words are hosting; and a reception ahead is the guest's plan whatever came before)
    ("NEW DELHI - Narendra Modi welcomed Cyril Ramaphosa at Hyderabad House on Saturday.",
     {("visit", "Cyril Ramaphosa", "IND", "ongoing")}),
])
def test_one_abroad_who_greets_someone_is_not_hosting(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, SAT_22_NOV_2025)} == expected


# -- "posed for the family photo": at the story's gathering ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("NAIROBI - A two-day summit opened in the Kenyan capital on Saturday. Keir Starmer and Narendra Modi posed for "
     "the family photo, with an empty spot where another guest would have stood.",
     {("visit", "Keir Starmer", "KEN", "ongoing"), ("visit", "Narendra Modi", "KEN", "ongoing")}),
    ("NAIROBI - A two-day summit opened in the Kenyan capital on Saturday. Keir Starmer was among the leaders lined up "
     "for the group photo.", {("visit", "Keir Starmer", "KEN", "ongoing")}),
    # (a photo only supposed is no presence)
    ("NAIROBI - A two-day summit opened in the Kenyan capital on Saturday. Keir Starmer would have posed for the "
     "family photo had he come.", set()),
])
def test_posing_for_the_family_photo_is_being_at_the_gathering(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, SAT_22_NOV_2025)} == expected


# -- "has visited more than a dozen countries this year, including A, B and C": the ones named -------------------------

def test_countries_counted_then_named_with_including(full_ref: Reference) -> None:
    text = "Lula has visited more than a dozen countries this year, including Japan, India and Egypt."
    assert {f[:4] for f in dated(full_ref, text, date(2023, 9, 1))} == {
        ("visit", "Luiz Inácio Lula da Silva", iso3, "completed") for iso3 in ("JPN", "IND", "EGY")}


# -- "arrived in Luanda on Thursday, flying in from this week's BRICS summit in Johannesburg": at that gathering before ---

@pytest.mark.parametrize("text", [
    "LUANDA - Lula arrived in Luanda late on Thursday, flying in directly from this week's BRICS summit in Johannesburg.",
    "Lula arrived in Luanda on Thursday, coming straight from the BRICS summit in Johannesburg.",
    "Lula landed in Luanda on Thursday from the BRICS summit in Johannesburg.",
])
def test_an_arrival_from_a_gathering_elsewhere(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2023, 8, 25))} == {
        ("visit", "Luiz Inácio Lula da Silva", "AGO", "ongoing"), ("visit", "Luiz Inácio Lula da Silva", "ZAF", "completed")}


# -- "would have had to arrest him had he set foot in the country": the inverted conditional is no trip ----------------

@pytest.mark.parametrize("text", [
    "Kenya would have been bound to arrest Vladimir Putin had he set foot in the country.",
    "Vladimir Putin would have faced arrest had he travelled to Kenya.",
])
def test_an_inverted_conditional_is_no_trip(full_ref: Reference, text: str) -> None:
    assert [f for f in dated(full_ref, text, date(2023, 8, 25)) if f[0] == "visit"] == []


def test_a_group_of_officials_after_a_leader_travelled_not_the_leader(full_ref: Reference) -> None:
    text = ("Vladimir Putin and Kim Jong Un have since exchanged letters, and a group of Russian officials had travelled "
            "to Pyongyang for talks.")
    assert [f for f in dated(full_ref, text, date(2023, 9, 6)) if f[0] == "visit"] == []


# -- "a possible meeting between A and B at the summit in November": a prospect, not a meeting held ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Officials are preparing for a possible meeting between Joe Biden and Xi Jinping at the summit in San Francisco "
     "in November.", set()),
    ("A meeting between Joe Biden and Xi Jinping in Bali in November ended with a promise of more talks.",
     {("visit", "Joe Biden", "IDN", "completed"), ("visit", "Xi Jinping", "IDN", "completed")}),
])
def test_a_possible_meeting_between_two_leaders_was_not_held(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2023, 8, 20))} == expected


# -- "BELÉM — ... before the UN climate conference in Dubai": a later gathering elsewhere is not the story's ----------

def test_a_gathering_told_as_ahead_elsewhere_is_not_the_storys(full_ref: Reference) -> None:
    text = ("NAIROBI - Leaders of East African states opened a summit on Tuesday, pressing for common goals before the "
            "climate conference in Dubai. Cyril Ramaphosa, who flew into the city on Monday, told the opening session "
            "that Africa needed cheaper finance.")
    assert {f[:4] for f in dated(full_ref, text, date(2023, 8, 8))} == {("visit", "Cyril Ramaphosa", "KEN", "ongoing")}


# -- "put off a visit to Beijing planned for next week": the date it was planned for is no new date ------------------

@pytest.mark.parametrize(("text", "status"), [
    ("Johann Wadephul put off a visit to Beijing planned for next week, citing a thin programme.", "cancelled"),
    ("Johann Wadephul put off a visit to Beijing scheduled for Tuesday.", "cancelled"),
    ("Johann Wadephul put off a visit to Beijing until next month.", "planned"),
])
def test_a_trip_put_off_from_its_planned_date(full_ref: Reference, text: str, status: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 27))} == {("visit", "Johann Wadephul", "CHN", status)}


# -- "had called off plans to meet X in Budapest": the meeting is called off, not planned ---------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("Donald Trump said he had scrapped plans to meet Vladimir Putin in Budapest.", "cancelled"),
    ("Donald Trump said he had made plans to meet Vladimir Putin in Budapest.", "planned"),
])
def test_plans_to_meet_called_off(full_ref: Reference, text: str, status: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 23))} == {
        ("visit", "Donald Trump", "HUN", status), ("visit", "Vladimir Putin", "HUN", status)}


# -- "The Budapest summit between X and Y is off": a city before the word places the summit --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Budapest summit between Donald Trump and Vladimir Putin is off, at least for now.",
     {("visit", "Donald Trump", "HUN", "cancelled"), ("visit", "Vladimir Putin", "HUN", "cancelled")}),
    # (a country before the word is the talks' topic, not their place)
    ("The Ukraine talks between Marco Rubio and Sergey Lavrov were postponed.", set()),
])
def test_a_summit_named_by_its_city_called_off(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 23))} == expected


# -- "the Gaza summit in Sharm el-Sheikh": a place naming the gathering is its topic; the place after is its venue ------

@pytest.mark.parametrize(("text", "expected"), [
    ("Keir Starmer flew to the Gaza summit in Sharm el-Sheikh on Monday.", ("visit", "Keir Starmer", "EGY", "ongoing")),
    ("Benjamin Netanyahu chose to stay home rather than join the leaders at the Gaza summit in Sharm el-Sheikh.",
     ("visit", "Benjamin Netanyahu", "EGY", "declined")),
])
def test_a_gathering_named_by_a_place_is_held_where_it_says(full_ref: Reference, text: str, expected: tuple) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 13))} == {expected}


# -- "Japan's prime minister, Sanae Takaichi, and Canada's Mark Carney have arrived": a serial comma before "and" -------

def test_a_list_with_a_serial_comma_shares_the_verb(full_ref: Reference) -> None:
    text = "Japan's prime minister, Shigeru Ishiba, and Canada's Mark Carney have already arrived in Gyeongju."
    assert {f[:4] for f in dated(full_ref, text, date(2025, 6, 10))} == {
        ("visit", "Shigeru Ishiba", "KOR", "ongoing"), ("visit", "Mark Carney", "KOR", "ongoing")}


def test_had_last_been_in_a_place(full_ref: Reference) -> None:
    text = "Lula had last been in Paris in April, for a state visit."
    assert {f[:5] for f in dated(full_ref, text, date(2025, 10, 21))} == {
        ("visit", "Luiz Inácio Lula da Silva", "FRA", "completed", "2025-04")}


# -- "has travelled to two ICC member states since the warrant: Mongolia in September and Tajikistan last week" ---------

def test_counted_places_each_with_its_own_time(full_ref: Reference) -> None:
    text = ("Vladimir Putin has travelled to two ICC member states since the warrant was issued: Mongolia in September last "
            "year and Tajikistan this month.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 30)) if f[0] == "visit"} == {
        ("visit", "Vladimir Putin", "MNG", "completed"), ("visit", "Vladimir Putin", "TJK", "completed")}


def test_spent_his_first_day_in_office_in_a_place(full_ref: Reference) -> None:
    text = "António Costa spent his first day in office in Kyiv, where he promised more help."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 12, 3))} == {("visit", "António Costa", "UKR", "completed")}


# -- "had also asked for a warrant for X, but withdrew that application": asked for, then withdrawn -------------------

@pytest.mark.parametrize(("text", "status"), [
    ("The ICC prosecutor asked for an arrest warrant for Yahya Sinwar in May.", "requested"),
    ("The ICC prosecutor had also asked for a warrant for Yahya Sinwar, but withdrew that application in December.",
     "withdrawn"),
])
def test_a_warrant_asked_for(full_ref: Reference, text: str, status: str) -> None:
    assert {(f[1], f[3]) for f in dated(full_ref, text, date(2025, 1, 10)) if f[0] == "warrant"} == {("Yahya Sinwar", status)}


# -- "X, who arrived ... and addressed ... the same day, flew back to Washington": a long relative clause; "stayed until" --

@pytest.mark.parametrize("text", [
    "Donald Trump, who arrived in South Korea on Wednesday and addressed a forum of chief executives in Gyeongju the same "
    "day, flew back to Washington after the meeting.",
    "JD Vance arrived in South Korea on Tuesday and stayed until Wednesday.",
])
def test_a_stay_told_over_in_the_same_sentence(full_ref: Reference, text: str) -> None:
    assert {f[3] for f in dated(full_ref, text, date(2025, 10, 30)) if f[0] == "visit" and f[2] == "KOR"} == {"completed"}


# -- "X held a summit with Y on Saturday ... before boarding his plane back to Beijing": X's stay is over -------------

@pytest.mark.parametrize(("first", "status"), [
    ("Xi Jinping held talks with Lee Jae-myung on Saturday, closing a busy week in Gyeongju before boarding his plane "
     "back to Beijing.", "completed"),
    # (a plan to fly home ends nothing yet)
    ("Xi Jinping will hold talks with Lee Jae-myung on Saturday before flying back to Beijing.", "ongoing"),
])
def test_a_stay_ended_by_flying_home_after_the_last_event(full_ref: Reference, first: str, status: str) -> None:
    text = f"GYEONGJU - {first} Xi Jinping arrived in Busan on Thursday."
    assert {f[3] for f in dated(full_ref, text, date(2025, 11, 1)) if f[0] == "visit" and f[1] == "Xi Jinping"} == {status}


# -- "attending his last summit before his term ends in December": a clause with its own verb dates nothing here -------

@pytest.mark.parametrize("aside", [
    "attending his last summit before his term ends in December",
    "attending his first summit since his country became a member in January",
])
def test_a_subordinate_clause_time_is_not_the_trips(full_ref: Reference, aside: str) -> None:
    text = f"ADDIS ABABA - The summit opened in the Ethiopian capital on Saturday. António Guterres, {aside}, spoke first."
    assert {f[:5] for f in dated(full_ref, text, date(2026, 2, 14))} == {
        ("visit", "António Guterres", "ETH", "ongoing", "2026-02-14")}


# -- "BELÉM - Lula opened a two-day gathering ...": the story's gathering; "were among dozens of heads of state and
# government who flew into the city"; "spoke in the first session" ------------------------------------------------------

OPENED_HERE = "NAIROBI - William Ruto opened a two-day gathering of world leaders on the shore of the lake on Thursday. "


@pytest.mark.parametrize(("second", "expected"), [
    ("Emmanuel Macron and Friedrich Merz were among dozens of heads of state and government who flew into the city.",
     {("visit", "Emmanuel Macron", "KEN", "ongoing"), ("visit", "Friedrich Merz", "KEN", "ongoing")}),
    ("Keir Starmer spoke in the first session on Thursday and flew back to London that night.",
     {("visit", "Keir Starmer", "KEN", "completed")}),
])
def test_a_gathering_opened_where_the_story_is_filed(full_ref: Reference, second: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, OPENED_HERE + second, date(2025, 11, 7))} == expected


def test_a_warrant_withdrawn_after_a_semicolon(full_ref: Reference) -> None:
    text = ("The court also issued an arrest warrant for Mohammed Deif at the time; the judges withdrew it in February "
            "once his death was confirmed.")
    assert {f[1:4] for f in dated(full_ref, text, date(2025, 11, 22)) if f[0] == "warrant"} == {
        ("Mohammed Deif", "ICC", "withdrawn")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Putin returned to Moscow on Thursday night from Kyrgyzstan, where he had spent three days.",
     {("visit", "Vladimir Putin", "KGZ", "completed")}),
    ("Vladimir Putin returned home on Thursday from Bishkek.", {("visit", "Vladimir Putin", "KGZ", "completed")}),
    # (from home is no trip; a return ahead is a plan, not a stop made)
    ("Vladimir Putin will return to Moscow on Friday from Bishkek.", set()),
])
def test_returned_home_from_a_place(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 28)) if f[0] == "visit"} == expected


def test_will_join_the_other_leaders_among_them(full_ref: Reference) -> None:
    text = ("On Thursday Vladimir Putin will join the other leaders of the bloc, among them Alexander Lukashenko, for "
            "the annual summit in Bishkek.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 24))} == {
        ("visit", "Vladimir Putin", "KGZ", "planned"), ("visit", "Alexander Lukashenko", "KGZ", "planned")}


def test_led_negotiators_in_talks_in_a_place(full_ref: Reference) -> None:
    text = "Marco Rubio led the American delegation in talks with Ukrainian officials in Geneva on Sunday."
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 25))} == {("visit", "Marco Rubio", "CHE", "completed")}


# -- "were all in the hall by mid-morning, as were X and Y": at the story's gathering -----------------------------------

LIVE_G20 = "Live coverage of the G20 summit at the expo centre in Johannesburg. "


@pytest.mark.parametrize(("text", "expected"), [
    (LIVE_G20 + "Keir Starmer and Giorgia Meloni were all in the hall by mid-morning, as were Mark Carney, making his "
     "debut, and Anthony Albanese.",
     {("visit", name, "ZAF", "ongoing") for name in ("Keir Starmer", "Giorgia Meloni", "Mark Carney", "Anthony Albanese")}),
    # (no one's presence when the one in the hall is a group, not the leader named before: he stays away)
    (LIVE_G20 + "Donald Trump ordered the boycott, and no American official is in the hall.",
     {("visit", "Donald Trump", "ZAF", "declined")}),
    # (a hall in a story about no gathering places no one)
    ("Keir Starmer was in the hall when the vote was taken.", set()),
])
def test_in_the_hall_at_the_gathering(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, SAT_22_NOV_2025) if f[0] == "visit"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    (LIVE_G20 + "Mark Carney and Narendra Modi have agreed on the sidelines to relaunch trade talks.",
     {("visit", "Mark Carney", "ZAF", "ongoing"), ("visit", "Narendra Modi", "ZAF", "ongoing")}),
    # (not a deed: a hope, or a sideline meeting of another gathering)
    (LIVE_G20 + "Mark Carney hopes to see Narendra Modi on the sidelines.", set()),
])
def test_a_deed_done_on_the_sidelines(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, SAT_22_NOV_2025) if f[0] == "visit"} == expected


@pytest.mark.parametrize("second", [
    "The United States is boycotting the meeting on Donald Trump's orders.",
    "Donald Trump has ordered a boycott of the summit.",
])
def test_a_boycott_ordered_by_a_leader_is_his_absence(full_ref: Reference, second: str) -> None:
    assert {f[:4] for f in dated(full_ref, LIVE_G20 + second, SAT_22_NOV_2025) if f[0] == "visit"} == {
        ("visit", "Donald Trump", "ZAF", "declined")}


def test_the_gathering_come_from_is_not_the_storys(full_ref: Reference) -> None:
    text = ("NAIROBI - African and European leaders met in the Kenyan capital on Monday for a two-day summit. Ursula von "
            "der Leyen came straight from Johannesburg, where the G20 summit had opened on Saturday. Emmanuel Macron "
            "arrived on Monday.")
    assert ("visit", "Emmanuel Macron", "KEN", "ongoing") in {f[:4] for f in dated(full_ref, text, date(2025, 11, 25))}


def test_came_from_a_place_where_a_gathering_was(full_ref: Reference) -> None:
    text = "Ursula von der Leyen, who came straight from Johannesburg, where the G20 summit had opened, spoke first."
    assert ("visit", "Ursula von der Leyen", "ZAF", "completed") in {f[:4] for f in dated(full_ref, text, date(2025, 11, 25))}


def test_guests_the_host_opened_the_meeting_alongside(full_ref: Reference) -> None:
    text = ("NAIROBI - A two-day summit opened in the Kenyan capital on Tuesday. William Ruto opened the meeting "
            "alongside António Costa and Ursula von der Leyen.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 25))} == {
        ("visit", "António Costa", "KEN", "ongoing"), ("visit", "Ursula von der Leyen", "KEN", "ongoing")}


def test_a_gathering_left_for_is_not_the_storys(full_ref: Reference) -> None:
    text = ("SANTA MARTA, Colombia - Leaders opened a two-day summit in this Caribbean port on Sunday. Lula spoke in the "
            "morning and left for Brazil the same evening to prepare for the opening of COP30. António Costa, who co-chairs "
            "the summit, is leading the European side.")
    assert ("visit", "António Costa", "COL", "ongoing") in {f[:4] for f in dated(full_ref, text, date(2025, 11, 10))}


@pytest.mark.parametrize(("second", "expected"), [
    ("Ursula von der Leyen, who had been expected to attend, pulled out last week, and only a handful of European "
     "leaders made the trip.", {("visit", "Ursula von der Leyen", "COL", "declined")}),
    ("Ursula von der Leyen pulled out earlier this week.", {("visit", "Ursula von der Leyen", "COL", "declined")}),
])
def test_pulled_out_with_a_time_and_a_group_that_came(full_ref: Reference, second: str, expected: set) -> None:
    text = "SANTA MARTA, Colombia - Leaders opened a two-day summit in this Caribbean port on Sunday. " + second
    assert {f[:4] for f in dated(full_ref, text, date(2025, 11, 10)) if f[0] == "visit"} == expected


def test_of_the_group_of_seven_is_the_body_not_its_meeting(full_ref: Reference) -> None:
    text = ("BAKU - The leaders' segment of the UN climate conference opened on Tuesday. Of the Group of Seven, only two "
            "heads of government are taking part. Joe Biden is not attending.")
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 12))} == {("visit", "Joe Biden", "AZE", "declined")}


def test_and_after_a_where_clause_is_the_subjects(full_ref: Reference) -> None:
    text = ("BAKU - The leaders' segment of the UN climate conference opened on Tuesday. Keir Starmer flew in from "
            "Paris, where he had joined Emmanuel Macron at a ceremony on Monday, and used his address to promise cuts.")
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 12))} == {
        ("visit", "Keir Starmer", "AZE", "ongoing"), ("visit", "Keir Starmer", "FRA", "completed")}


@pytest.mark.parametrize("second", ["Xi Jinping sent Vice-Premier Ding Xuexiang.", "Xi Jinping sent Deputy Premier Ding Xuexiang."])
def test_sent_a_deputy_named_by_title_without_an_article(full_ref: Reference, second: str) -> None:
    text = "BAKU - The leaders' segment of the UN climate conference opened on Tuesday. " + second
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 12))} == {("visit", "Xi Jinping", "AZE", "declined")}


@pytest.mark.parametrize(("second", "expected"), [
    ("Giorgia Meloni is due to speak on Wednesday.", {("visit", "Giorgia Meloni", "AZE", "planned")}),
    ("Giorgia Meloni is not due to speak.", set()),
])
def test_due_to_speak_at_the_storys_gathering(full_ref: Reference, second: str, expected: set) -> None:
    text = "BAKU - The leaders' segment of the UN climate conference opened on Tuesday. " + second
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 12))} == expected


@pytest.mark.parametrize("place", ["Fiuggi", "Borgo Egnazia"])
def test_the_italian_g7_venues_of_2024_are_in_italy(full_ref: Reference, place: str) -> None:
    text = f"Also in {place} are Britain's David Lammy and Germany's Annalena Baerbock."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 25))} == {
        ("visit", "David Lammy", "ITA", "ongoing"), ("visit", "Annalena Baerbock", "ITA", "ongoing")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Omar al-Bashir, who ruled Sudan until 2019, has been the subject of an ICC warrant since March 2009.",
     ("Omar al-Bashir", "issued", "2009-03")),
    ("The ICC prosecutor applied for warrants for Benjamin Netanyahu. He had also sought a warrant for Ismail Haniyeh, "
     "but he withdrew that application in August.", ("Ismail Haniyeh", "withdrawn", "2024-08")),
])
def test_warrants_past_a_relative_clause_or_a_pronoun(full_ref: Reference, text: str, expected: tuple) -> None:
    assert expected in {(f[1], f[3], f[4]) for f in dated(full_ref, text, date(2024, 11, 21)) if f[0] == "warrant"}


# -- a live page written newest first: the greeting at the bottom places every entry above it --------------------------

LIVE_NEWEST_FIRST = ("15:55 - Keir Starmer has met Xi Jinping, the first such talks in six years.\n\n"
                     "11:45 - Emmanuel Macron, who arrived on Sunday, told reporters he would not sign the deal.\n\n"
                     "08:00 - Good morning from Rio de Janeiro, where leaders are gathering for the two-day summit.")


def test_a_live_page_newest_first_is_placed_by_its_bottom_greeting(full_ref: Reference) -> None:
    assert {f[:4] for f in dated(full_ref, LIVE_NEWEST_FIRST, date(2024, 11, 18))} == {
        ("visit", "Keir Starmer", "BRA", "ongoing"), ("visit", "Xi Jinping", "BRA", "ongoing"),
        ("visit", "Emmanuel Macron", "BRA", "ongoing")}


def test_a_live_page_oldest_first_is_not_placed_by_a_later_greeting(full_ref: Reference) -> None:
    # (entries oldest first: nothing before the greeting is placed by it)
    text = ("08:00 - Keir Starmer has met Xi Jinping, the first such talks in six years.\n\n"
            "11:45 - Officials briefed reporters.\n\n15:55 - Good evening from Rio de Janeiro, where the day is over.")
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 18))} == set()


def test_it_hosted_after_a_country_named_mid_sentence(full_ref: Reference) -> None:
    text = "The judges found that Mongolia had failed in its duty when it hosted Vladimir Putin in September 2024."
    assert {f[:5] for f in dated(full_ref, text, date(2025, 10, 10)) if f[0] == "visit"} == {
        ("visit", "Vladimir Putin", "MNG", "completed", "2024-09")}


def test_expected_somewhere_then_joined_by_video(full_ref: Reference) -> None:
    text = ("TOKYO - Donald Trump arrived in Tokyo on Monday. Narendra Modi, who had been expected in Kuala Lumpur, "
            "addressed the summit by video on Sunday.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 10, 27)) if f[1] == "Narendra Modi"} == {
        ("visit", "Narendra Modi", "MYS", "declined")}


def test_the_pentagon_is_in_the_united_states(full_ref: Reference) -> None:
    text = "Yoav Gallant held talks at the Pentagon in June."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 6))} == {("visit", "Yoav Gallant", "USA", "completed")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Mongolia, a member of the court, let Vladimir Putin visit in September without detaining him.",
     {("visit", "Vladimir Putin", "MNG", "completed")}),
    ("Mongolia would never let Vladimir Putin visit.", set()),
])
def test_a_country_that_let_someone_visit(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 20)) if f[0] == "visit"} == expected


@pytest.mark.parametrize(("second", "expected"), [
    # (one already there who joins something else by video is still there)
    ("On the same day he and Dina Boluarte took part by video link in the opening of a port up the coast.",
     {("visit", "Xi Jinping", "PER", "ongoing")}),
    ("Vladimir Putin took part in the summit by video link.",
     {("visit", "Xi Jinping", "PER", "ongoing"), ("visit", "Vladimir Putin", "PER", "declined")}),
])
def test_joining_by_video_during_a_stay_there_is_no_absence(full_ref: Reference, second: str, expected: set) -> None:
    text = "LIMA - Xi Jinping arrived in Lima on Thursday for the APEC summit. " + second
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 15))} == expected


@pytest.mark.parametrize(("second", "status"), [
    ("Officials said on Tuesday that the visit had been put off indefinitely.", "cancelled"),
    ("Officials said on Tuesday that the dates were being finalised.", "planned"),
])
def test_a_trip_being_arranged_is_a_plan(full_ref: Reference, second: str, status: str) -> None:
    text = "Japanese officials had been arranging an Ishiba trip to the South Korean capital in January. " + second
    assert {f[3] for f in dated(full_ref, text, date(2024, 12, 10)) if f[0] == "visit"} == {status}


@pytest.mark.parametrize(("text", "expected"), [
    ("Last year Joe Biden had to call off a planned stop in Sydney to handle a budget fight at home.",
     {("visit", "Joe Biden", "AUS", "cancelled")}),
    # (a stop with no plan told is left to the verbs: "bring a stop in ..." is no trip)
    ("Joe Biden urged a stop in the fighting.", set()),
])
def test_a_planned_stop_called_off(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 6, 20))} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Donald Trump, who had been expected in India this year for a Quad summit, has shelved that trip.",
     {("visit", "Donald Trump", "IND", "cancelled")}),
    # (no place the trip was expected in: nothing to call off)
    ("Donald Trump has shelved that trip.", set()),
])
def test_that_trip_shelved_after_being_expected_somewhere(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2025, 6, 20))} == expected


def test_a_day_after_a_session_somewhere_else(full_ref: Reference) -> None:
    text = "Antony Blinken arrived in Riyadh on Wednesday, a day after a long session in Jerusalem with Israeli leaders."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 10, 24))} == {
        ("visit", "Antony Blinken", "SAU", "ongoing"), ("visit", "Antony Blinken", "ISR", "completed")}


@pytest.mark.parametrize("later", ["Later that afternoon", "That evening"])
def test_that_afternoon_is_the_day_told_before(full_ref: Reference, later: str) -> None:
    text = (f"The tour began on Saturday in Rome, where Volodymyr Zelensky met Giorgia Meloni. {later} Zelensky "
            "crossed into Vatican City for an audience with the Pope.")
    assert {(f[2], f[4]) for f in dated(full_ref, text, date(2023, 5, 15))} == {("ITA", "2023-05-13"), ("VAT", "2023-05-13")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Volodymyr Zelensky ended a four-capital weekend tour on Sunday night at the Élysée Palace.",
     {("visit", "Volodymyr Zelensky", "FRA", "completed")}),
    ("Volodymyr Zelensky began a two-nation tour in Rome on Saturday.", {("visit", "Volodymyr Zelensky", "ITA", "completed")}),
])
def test_a_tour_ended_at_a_named_building(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2023, 5, 15))} == expected


def test_a_stay_told_from_its_first_day_to_its_last(full_ref: Reference) -> None:
    text = "Narendra Modi, in Georgetown from Tuesday night until Thursday, co-chaired a summit with Caribbean leaders."
    assert {f[:5] for f in dated(full_ref, text, date(2024, 11, 22))} == {
        ("visit", "Narendra Modi", "GUY", "completed", "2024-11-19")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Joe Biden flew home that night, ending a stay in Brazil that had begun on Sunday.",
     {("visit", "Joe Biden", "BRA", "completed")}),
    ("Joe Biden will fly home on Friday, ending a stay in Brazil.", set()),
])
def test_ending_a_stay_in_a_country(full_ref: Reference, text: str, expected: set) -> None:
    assert {f[:4] for f in dated(full_ref, text, date(2024, 11, 22))} == expected
