"""Language the thirteenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

SUN_9_MAR_2025 = date(2025, 3, 9)
NAIROBI_OPENS = "NAIROBI, Kenya - A regional summit on trade opened in the Kenyan capital on Sunday. "
NAIROBI_CLOSED = "NAIROBI, Kenya - A regional summit on trade closed in the Kenyan capital on Saturday. "


# -- "attended both days of the summit": the gathering is the object, whatever part of it ---------------------------

@pytest.mark.parametrize("part", ["both days of", "all three days of", "the opening day of", "the first day of"])
def test_days_of_a_gathering_are_the_gathering(ref: Reference, part: str) -> None:
    text = NAIROBI_CLOSED + f"Narendra Modi attended {part} the summit and met the host on the sidelines."
    assert {f[:4] for f in dated(ref, text, SUN_9_MAR_2025)} == {("visit", "Narendra Modi", "KEN", "completed")}


# -- "Beijing sent Premier X instead": a government sending an envoy, its leader not named ---------------------------

@pytest.mark.parametrize("sender", ["Beijing", "China"])
def test_a_government_sends_an_envoy(ref: Reference, sender: str) -> None:
    text = NAIROBI_OPENS + f"{sender} sent Premier Li Qiang instead."
    assert {f[:4] for f in dated(ref, text, SUN_9_MAR_2025)} == {("visit", "Li Qiang", "KEN", "ongoing")}


def test_a_place_named_before_sent_is_not_the_sender(ref: Reference) -> None:
    # (the place is where the earlier meeting was: "skipped the meeting in Delhi and sent X there")
    text = NAIROBI_OPENS + "Xi Jinping, who skipped the 2023 meeting in New Delhi and sent Li Qiang there instead, came."
    assert ("visit", "Li Qiang", "KEN") not in {f[:3] for f in dated(ref, text, SUN_9_MAR_2025)}


# -- Warrants: "had committed" after the court's grounds; "on the same day as those against X" ---------------------

THU_6_MAR_2025 = date(2025, 3, 6)



def test_grounds_to_believe_they_had_committed(full_ref: Reference) -> None:
    text = ("THE HAGUE - The International Criminal Court said on Wednesday it had issued arrest warrants for two "
            "Taliban leaders. Judges found reasonable grounds to believe that Haibatullah Akhundzada and Abdul Hakim "
            "Haqqani had committed the crime of persecution against women.")
    subjects = {f[1] for f in dated(full_ref, text, THU_6_MAR_2025) if f[0] == "warrant"}
    assert subjects == {"Haibatullah Akhundzada", "Abdul Hakim Haqqani"}


def test_a_warrant_issued_as_those_against_others_is_theirs_too(full_ref: Reference) -> None:
    text = ("THE HAGUE - The International Criminal Court has withdrawn the arrest warrant for Mohammed Deif, the court "
            "said on Thursday. The warrant against him had been issued last November, on the same day as those against "
            "Benjamin Netanyahu and Yoav Gallant, which remain in force.")
    assert {f for f in dated(full_ref, text, THU_6_MAR_2025) if f[0] == "warrant" and f[1] != "Mohammed Deif"} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11"), ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11")}


def test_a_leader_and_his_named_aide_share_the_warrants(full_ref: Reference) -> None:
    text = ("THE HAGUE - The court said on Wednesday it had issued warrants for two Russian generals. Vladimir Putin "
            "and his children's rights commissioner, Maria Lvova-Belova, were the subjects of warrants issued in "
            "March 2023, it added.")
    assert {f for f in dated(full_ref, text, THU_6_MAR_2025) if f[4] == "2023-03"} == {
        ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03"), ("warrant", "Maria Lvova-Belova", "ICC", "issued", "2023-03")}


def test_a_second_list_after_and_against_shares_the_request(ref: Reference) -> None:
    text = ("THE HAGUE - The prosecutor said on Wednesday that he had applied for warrants against Benjamin Netanyahu "
            "for the siege of a city, and against Yoav Gallant and Rodrigo Duterte for the killings of October 7.")
    assert {f for f in dated(ref, text, THU_6_MAR_2025) if f[0] == "warrant"} == {
        ("warrant", name, "ICC", "requested", "2025-03-05") for name in ("Benjamin Netanyahu", "Yoav Gallant", "Rodrigo Duterte")}


def test_police_carrying_out_a_judges_order_serve_a_national_warrant(ref: Reference) -> None:
    text = ("SEOUL - Police arrested former President Yoon Suk Yeol at his residence early on Wednesday, carrying out "
            "an order from a Seoul district court judge, who said he might destroy evidence.")
    assert {f for f in dated(ref, text, THU_6_MAR_2025) if f[0] == "warrant"} == {
        ("warrant", "Yoon Suk Yeol", "KOR", "executed", "2025-03-05")}


# -- Companions: "accompanied by X" with no comma before it; "who landed ... with Foreign Minister X" --------------

MON_2_SEP_2024 = date(2024, 9, 2)


def test_accompanied_by_after_an_arrival_without_a_comma(ref: Reference) -> None:
    text = ("ULAANBAATAR - Vladimir Putin, who arrived in the Mongolian capital on Monday evening accompanied by "
            "Foreign Minister Sergey Lavrov and a large business delegation, was received at the main square.")
    assert {f[:4] for f in dated(ref, text, MON_2_SEP_2024)} == {
        ("visit", "Vladimir Putin", "MNG", "ongoing"), ("visit", "Sergey Lavrov", "MNG", "ongoing")}


def test_who_landed_with_a_titled_minister_is_the_leaders_trip_too(ref: Reference) -> None:
    text = ("ULAANBAATAR - Vladimir Putin arrived in Mongolia on Monday for a two-day visit. Putin, who landed late in "
            "the afternoon with Foreign Minister Sergey Lavrov, was received at the main square.")
    assert {f[:4] for f in dated(ref, text, MON_2_SEP_2024)} == {
        ("visit", "Vladimir Putin", "MNG", "ongoing"), ("visit", "Sergey Lavrov", "MNG", "ongoing")}


@pytest.mark.parametrize(("told", "expected"), [
    ("It returns the state visit Xi Jinping made to Brazil in November last year.",
     {("visit", "Xi Jinping", "BRA", "completed", "2023-11")}),
    # (a promise made to a country is no trip)
    ("It follows the pledge Xi Jinping made to Brazil in November last year.", set()),
])
def test_the_visit_x_made_to_a_country(ref: Reference, told: str, expected: set) -> None:
    assert dated(ref, told, date(2024, 6, 5)) == expected


# -- A state's own territory: "Macron landed in Mayotte" is a trip at home -----------------------------------------

@pytest.mark.parametrize(("who", "expected"), [
    ("Xi Jinping", {("visit", "Xi Jinping", "NCL", "ongoing")}),
    # (France's president in New Caledonia is at home; the territory keeps its own code for anyone else)
    ("Emmanuel Macron", set()),
])
def test_a_trip_to_a_states_own_territory_is_domestic(full_ref: Reference, who: str, expected: set) -> None:
    text = f"NOUMEA - {who} landed in New Caledonia on Thursday morning for talks on the island's future."
    assert {f[:4] for f in dated(full_ref, text, date(2024, 12, 19))} == expected


def test_the_presidency_of_the_group_is_not_a_meeting(ref: Reference) -> None:
    # (the G20 of "last December" is the 2025 meeting, in South Africa: the story's is the next one, in the US)
    text = ("When the United States took over the presidency of the Group of 20 last December, Donald Trump promised "
            "a short summit at his golf resort outside Miami. With the leaders due to gather on Dec. 14, the guest list "
            "says much. Narendra Modi confirmed on Wednesday that he would attend.")
    assert ("visit", "Narendra Modi", "ZAF") not in {f[:3] for f in dated(ref, text, date(2026, 11, 20))}


# -- "X is also going, her office said": to the story's gathering, ahead -------------------------------------------

MIAMI_AHEAD = "MIAMI - The G20 leaders meet here on Dec. 14 for a two-day summit. "


@pytest.mark.parametrize(("told", "status"), [
    ("Recep Tayyip Erdoğan is also going, his office said this week.", "planned"),
    ("Recep Tayyip Erdoğan is not going, his office said this week.", "declined"),
    # (an apposition naming someone else is not the subject)
    ("Recep Tayyip Erdoğan, one of Donald Trump's closest allies in the region, is also going, his office said.", "planned"),
])
def test_is_going_is_a_plan_to_the_gathering(ref: Reference, told: str, status: str) -> None:
    assert {f[:4] for f in dated(ref, MIAMI_AHEAD + told, date(2026, 11, 20))} == {("visit", "Recep Tayyip Erdoğan", "USA", status)}


def test_they_would_join_him_on_his_planned_trip(ref: Reference) -> None:
    # ("him" is neither of those who will join: the one whose trip was just told)
    text = ("Rodrigo Duterte will travel to Beijing on Monday for talks. Narendra Modi and Luiz Inácio Lula da Silva "
            "said on Sunday that they would join him.")
    assert {f[:4] for f in dated(ref, text, MON_2_SEP_2024)} == {
        ("visit", name, "CHN", "planned") for name in ("Rodrigo Duterte", "Narendra Modi", "Luiz Inácio Lula da Silva")}


# -- A time put first holds for the whole sentence: "Last month, ..., which X attended" ------------------------------

def test_a_fronted_time_dates_a_later_clause(ref: Reference) -> None:
    text = ("ANKARA - Turkey welcomed the deal. Last month, Turkey was among the guarantors of a truce signed at a "
            "summit in Cairo, which Recep Tayyip Erdoğan attended.")
    assert dated(ref, text, date(2025, 11, 15)) == {("visit", "Recep Tayyip Erdoğan", "EGY", "completed", "2025-10")}


def test_arrived_hours_after_signing_elsewhere(ref: Reference) -> None:
    text = ("HANOI - Vladimir Putin arrived in Vietnam early on Thursday, hours after signing a defence treaty with "
            "his hosts in Mongolia.")
    assert {f[:4] for f in dated(ref, text, date(2024, 6, 20))} == {
        ("visit", "Vladimir Putin", "VNM", "ongoing"), ("visit", "Vladimir Putin", "MNG", "completed")}


# -- "Russia is represented by X rather than by President Y": Y stayed away -----------------------------------------

NAIROBI_TODAY = "NAIROBI, Kenya - A regional summit on trade opened in the Kenyan capital on Sunday. "


@pytest.mark.parametrize("envoy", ["Sergey Lavrov", "a deputy chief of staff, Maxim Petrov,"])
def test_represented_rather_than_by_the_leader(ref: Reference, envoy: str) -> None:
    text = NAIROBI_TODAY + f"Russia is represented by {envoy} rather than by President Vladimir Putin, who faces a warrant."
    visits = {f[:4] for f in dated(ref, text, SUN_9_MAR_2025) if f[0] == "visit"}
    assert ("visit", "Vladimir Putin", "KEN", "declined") in visits
    assert not any(v[1] == "Vladimir Putin" and v[3] != "declined" for v in visits)


def test_a_gathering_someone_came_from_after_hosting_is_not_the_storys(ref: Reference) -> None:
    text = ("JOHANNESBURG - The G20 summit opens on Saturday. Narendra Modi arrived on Friday for a stay that includes "
            "talks with Brazil's Luiz Inácio Lula da Silva, who flew in from Belém on Friday night after hosting the "
            "COP30 climate talks.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 22))} == {
        ("visit", "Narendra Modi", "ZAF", "ongoing"), ("visit", "Luiz Inácio Lula da Silva", "ZAF", "ongoing")}


def test_joining_by_video_after_an_absence_is_that_absence(ref: Reference) -> None:
    text = ("SEOUL - Leaders meet in South Korea this week for the APEC summit. Narendra Modi did not travel to Kuala "
            "Lumpur for the ASEAN summit last week, joining the meetings by video instead.")
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 30))} == {("visit", "Narendra Modi", "MYS", "declined")}


@pytest.mark.parametrize(("verb", "status"), [("is expected to meet", "planned"), ("met", "completed")])
def test_a_place_put_first_with_a_plan(ref: Reference, verb: str, status: str) -> None:
    text = f"In Qatar, Sergey Lavrov {verb} the emir and the prime minister."
    assert {f[:4] for f in dated(ref, text, date(2024, 10, 9))} == {("visit", "Sergey Lavrov", "QAT", status)}


def test_a_group_compared_is_not_a_meeting(ref: Reference) -> None:
    text = ("KAZAN, Russia - The BRICS summit opened on Wednesday. Vladimir Putin said the group now accounts for a "
            "larger share of world output than the G7. Narendra Modi told the closed session that India wanted peace.")
    assert {f[:4] for f in dated(ref, text, date(2024, 10, 23))} == {("visit", "Narendra Modi", "RUS", "ongoing")}


def test_the_secretary_of_state_is_the_us_foreign_minister(full_ref: Reference) -> None:
    text = ("SAN SALVADOR - Marco Rubio met the Salvadoran president on Monday. The secretary of state travels to Costa "
            "Rica on Tuesday.")
    assert ("visit", "Marco Rubio", "CRI", "planned") in {f[:4] for f in dated(full_ref, text, date(2025, 2, 3))}


def test_indias_foreign_secretary_is_not_its_minister(full_ref: Reference) -> None:
    text = "DUBAI - India's foreign secretary met Taliban officials in Dubai on Monday."
    assert not any(f[1] == "Subrahmanyam Jaishankar" for f in dated(full_ref, text, date(2025, 1, 10)))


def test_a_repeated_to_leg_keeps_its_own_list(ref: Reference) -> None:
    text = "Sergey Lavrov travels to Egypt on Tuesday, then to Jordan on Wednesday and Qatar on Thursday."
    assert dated(ref, text, date(2025, 2, 3)) == {
        ("visit", "Sergey Lavrov", "EGY", "planned", "2025-02-04"), ("visit", "Sergey Lavrov", "JOR", "planned", "2025-02-05"),
        ("visit", "Sergey Lavrov", "QAT", "planned", "2025-02-06")}


def test_a_meeting_due_today_on_the_sidelines_of_a_gathering_under_way(ref: Reference) -> None:
    text = ("THE HAGUE - NATO leaders opened their summit on Tuesday. Recep Tayyip Erdoğan is due to meet Donald Trump "
            "on the sidelines this afternoon.")
    assert {f[:4] for f in dated(ref, text, date(2025, 6, 25))} == {
        ("visit", "Recep Tayyip Erdoğan", "NLD", "ongoing"), ("visit", "Donald Trump", "NLD", "ongoing")}


# -- "this year's UN climate conference": the COP by its name in words ----------------------------------------------

def test_the_un_climate_conference_is_that_years_cop(ref: Reference) -> None:
    text = ("Brazil chose a river port in the Amazon to host this year's UN climate conference, whose leaders' meeting "
            "opens on Thursday. Narendra Modi will not attend.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 5))} == {("visit", "Narendra Modi", "BRA", "declined")}


def test_a_conference_just_hosted_elsewhere_is_not_the_storys(ref: Reference) -> None:
    text = ("SANTA MARTA, Colombia - The fourth summit between the European Union and Latin American states opened on "
            "Sunday in this Caribbean port. Luiz Inácio Lula da Silva flew in "
            "on Saturday night from Belém, where he had just hosted world leaders ahead of the UN climate conference, "
            "and spoke first. Olaf Scholz did not make the trip.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 9))} == {
        ("visit", "Luiz Inácio Lula da Silva", "COL", "ongoing"), ("visit", "Olaf Scholz", "COL", "declined")}


# -- "a tour of Ghana and Brazil", "sets off on Wednesday on a tour of five countries - A, B and C" ------------------

@pytest.mark.parametrize(("told", "status"), [
    ("Narendra Modi is on a tour of Ghana and Brazil.", "ongoing"),
    ("Narendra Modi made a tour of Ghana and Brazil last year.", "completed"),
    ("Narendra Modi sets off on Wednesday on a tour of Ghana and Brazil.", "planned"),
    ("Narendra Modi sets off on Wednesday on an eight-day tour of two countries - Ghana and Brazil - his longest.", "planned"),
])
def test_a_tour_of_countries(ref: Reference, told: str, status: str) -> None:
    assert {f[:4] for f in dated(ref, told, date(2025, 6, 28))} == {
        ("visit", "Narendra Modi", "GHA", status), ("visit", "Narendra Modi", "BRA", status)}


def test_names_in_a_dashed_aside_are_the_subject(ref: Reference) -> None:
    text = ("MOSCOW - A summit opened on Tuesday. The leaders of India, Brazil and South Africa - Narendra Modi, Luiz "
            "Inácio Lula da Silva and Cyril Ramaphosa - arrived in the Russian capital on Tuesday morning.")
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 7))} == {
        ("visit", name, "RUS", "ongoing") for name in ("Narendra Modi", "Luiz Inácio Lula da Silva", "Cyril Ramaphosa")}


def test_two_companions_travelling_with_the_leader(ref: Reference) -> None:
    text = ("PYONGYANG - Vladimir Putin arrived in North Korea early on Wednesday. Sergey Lavrov and Recep Tayyip "
            "Erdoğan are travelling with Putin, according to the Kremlin.")
    assert {f[:4] for f in dated(ref, text, date(2024, 6, 19))} == {
        ("visit", name, "PRK", "ongoing") for name in ("Vladimir Putin", "Sergey Lavrov", "Recep Tayyip Erdoğan")}


@pytest.mark.parametrize(("told", "expected"), [
    ("Sergey Lavrov would be part of the delegation, an aide said.", {("visit", "Sergey Lavrov", "IND", "planned")}),
    ("Sergey Lavrov would not be part of the delegation, an aide said.", set()),
])
def test_a_member_of_the_delegation_on_a_planned_trip(ref: Reference, told: str, expected: set) -> None:
    text = "MOSCOW - Vladimir Putin will pay a state visit to India on December 4-5. " + told
    facts = {f[:4] for f in dated(ref, text, date(2025, 11, 28))}
    assert facts - {("visit", "Vladimir Putin", "IND", "planned")} == expected


@pytest.mark.parametrize("text", [
    # ("and for the chief of the general staff, Y": a role with a comma before the second name)
    "THE HAGUE - Judges at the International Criminal Court have issued arrest warrants for Benjamin Netanyahu, who "
    "is Israel's prime minister, and for the former head of the defence ministry, Yoav Gallant, over the war.",
    # ("X of Israel and his defence minister, Y")
    "THE HAGUE - The International Criminal Court has issued arrest warrants for two men, among them Prime Minister "
    "Benjamin Netanyahu of Israel and his defence minister, Yoav Gallant, over the war.",
])
def test_a_second_subject_after_a_role(ref: Reference, text: str) -> None:
    assert {f[1] for f in dated(ref, text, date(2024, 11, 22)) if f[0] == "warrant"} == {"Benjamin Netanyahu", "Yoav Gallant"}


def test_as_has_y_shares_the_warrant(ref: Reference) -> None:
    text = ("WASHINGTON - Benjamin Netanyahu met Donald Trump on Monday. He has been the subject of an arrest warrant "
            "from the International Criminal Court since last November, as has Yoav Gallant, his former defence minister.")
    assert {f[1] for f in dated(ref, text, date(2025, 9, 30)) if f[0] == "warrant"} == {"Benjamin Netanyahu", "Yoav Gallant"}


def test_a_second_subject_after_a_role_and_its_possessive(full_ref: Reference) -> None:
    text = ("THE HAGUE - Judges issued warrants on Thursday for two men. The prosecutor had applied in May for warrants "
            "against the two men, as well as against the movement's political chief Ismail Haniyeh and its military "
            "leader in Gaza, Yahya Sinwar.")
    assert {f[1] for f in dated(full_ref, text, date(2024, 11, 21)) if f[0] == "warrant"} == {"Ismail Haniyeh", "Yahya Sinwar"}


def test_the_same_decision_named_another(full_ref: Reference) -> None:
    # (only someone the reference knows a warrant for: a name in such a sentence may be a judge or an envoy)
    text = ("THE HAGUE - The International Criminal Court issued a warrant for Putin's arrest in March 2023, and the "
            "same decision named Maria Lvova-Belova, his children's rights commissioner.")
    assert {f for f in dated(full_ref, text, date(2025, 10, 9)) if f[0] == "warrant"} == {
        ("warrant", "Vladimir Putin", "ICC", "issued", "2023-03"), ("warrant", "Maria Lvova-Belova", "ICC", "issued", "2023-03")}


@pytest.mark.parametrize(("told", "expected"), [
    ("Manila handed Rodrigo Duterte to the International Criminal Court in March.",
     {("warrant", "Rodrigo Duterte", "ICC", "executed", "2025-03")}),
    # (something handed to someone is no arrest of him)
    ("Rodrigo Duterte read the letter that was handed to him by an envoy in March.", set()),
])
def test_a_government_handing_someone_to_the_court(ref: Reference, told: str, expected: set) -> None:
    text = "THE HAGUE - The International Criminal Court holds a hearing this week. " + told
    assert {f for f in dated(ref, text, date(2025, 10, 26)) if f[0] == "warrant" and f[3] == "executed"} == expected


def test_a_second_list_after_a_colon(ref: Reference) -> None:
    text = ("THE HAGUE - The prosecutor said on Wednesday he had applied for warrants against Benjamin Netanyahu, and "
            "against two other leaders: Yoav Gallant and Rodrigo Duterte.")
    assert {f[1] for f in dated(ref, text, THU_6_MAR_2025) if f[0] == "warrant"} == {
        "Benjamin Netanyahu", "Yoav Gallant", "Rodrigo Duterte"}


def test_police_enforcing_an_order(ref: Reference) -> None:
    text = "SEOUL - Police took Yoon Suk Yeol into custody at his home on Wednesday, enforcing an order from a Seoul judge."
    assert {f for f in dated(ref, text, THU_6_MAR_2025) if f[0] == "warrant"} == {
        ("warrant", "Yoon Suk Yeol", "KOR", "executed", "2025-03-05")}


def test_withdraws_that_application_too(full_ref: Reference) -> None:
    text = ("THE HAGUE - A timeline of the court's Palestine case. August 2024: Ismail Haniyeh is killed. The prosecutor "
            "later withdraws that application too.")
    assert {f[:4] for f in dated(full_ref, text, date(2025, 3, 1)) if f[0] == "warrant"} == {
        ("warrant", "Ismail Haniyeh", "ICC", "withdrawn")}


def test_and_for_a_long_role_then_the_name(ref: Reference) -> None:
    text = ("THE HAGUE - Netanyahu is one of the leaders sought by the International Criminal Court, whose judges issued "
            "warrants for him and for the chief of the general staff, Yoav Gallant, last November.")
    assert {f[1] for f in dated(ref, text, date(2025, 6, 17)) if f[0] == "warrant"} == {"Benjamin Netanyahu", "Yoav Gallant"}


def test_a_day_that_ended_with_a_summit_is_over(ref: Reference) -> None:
    text = ("CAIRO - Donald Trump was flying home on Tuesday after a long Monday that ended with a summit of two dozen "
            "leaders on the coast. Among those who made the trip to the resort were Recep Tayyip Erdoğan and Viktor Orbán.")
    assert {f[:4] for f in dated(ref, text, date(2025, 10, 14)) if f[1] != "Donald Trump"} == {
        ("visit", "Recep Tayyip Erdoğan", "EGY", "completed"), ("visit", "Viktor Orbán", "EGY", "completed")}


def test_lead_the_delegation_there_is_the_trip_just_told(ref: Reference) -> None:
    text = ("FASANO, Italy - G7 leaders met on Thursday. Joe Biden will not continue to Switzerland for the weekend's "
            "conference on Ukraine. JD Vance will lead the American delegation there on Saturday.")
    assert {f[:4] for f in dated(ref, text, date(2024, 6, 14))} == {
        ("visit", "Joe Biden", "CHE", "declined"), ("visit", "JD Vance", "CHE", "planned")}


# -- The ASEAN summit (and the East Asia Summit beside it) is held by that year's chair ------------------------------

@pytest.mark.parametrize("told", ["Narendra Modi skipped the ASEAN summit", "Narendra Modi skipped the East Asia Summit"])
def test_the_asean_summit_is_in_the_chairs_country(ref: Reference, told: str) -> None:
    assert {f[:4] for f in dated(ref, f"{told} this week.", date(2025, 10, 29))} == {("visit", "Narendra Modi", "MYS", "declined")}


def test_a_habit_is_no_trip(ref: Reference) -> None:
    text = ("KUALA LUMPUR - The ASEAN summit opened on Sunday. Narendra Modi has attended the summits in person in most "
            "years since 2014.")
    assert {f for f in dated(ref, text, date(2025, 10, 27)) if f[3] == "completed"} == set()


@pytest.mark.parametrize(("told", "iso3"), [
    ("Recep Tayyip Erdoğan attended the World Economic Forum in January.", "CHE"),
    ("Recep Tayyip Erdoğan attended the Munich Security Conference in February.", "DEU"),
    ("Recep Tayyip Erdoğan attended the African Union summit in February.", "ETH"),
    ("Recep Tayyip Erdoğan attended the Arab League summit in May 2019.", "TUN"),
    ("Recep Tayyip Erdoğan attended the Commonwealth Heads of Government Meeting in October 2024.", "WSM"),
])
def test_more_recurring_gatherings_have_their_hosts(ref: Reference, told: str, iso3: str) -> None:
    assert {f[:4] for f in dated(ref, told, date(2025, 6, 1))} == {("visit", "Recep Tayyip Erdoğan", iso3, "completed")}
