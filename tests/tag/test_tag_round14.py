"""Language the fourteenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

WED_12_NOV_2025 = date(2025, 11, 12)



# -- "visited the White House": the building after a verb of visiting is a place, not the government -----------------

@pytest.mark.parametrize("building", ["the White House", "the Kremlin"])
def test_a_visited_seat_of_government_is_a_place(ref: Reference, building: str) -> None:
    text = f"Days after Narendra Modi visited {building} on Friday, the two sides signed a trade deal."
    iso3 = {"the White House": "USA", "the Kremlin": "RUS"}[building]
    assert {f[:4] for f in dated(ref, text, WED_12_NOV_2025)} == {("visit", "Narendra Modi", iso3, "completed")}


# -- "were expected to land later on Friday": a plan; "is not coming": staying away ----------------------------------

FRI_21_NOV_2025 = date(2025, 11, 21)
PRETORIA_OPENS = "PRETORIA - Leaders gathered on Friday for a regional summit on energy in the South African capital. "


def test_those_who_were_expected_to_land_later_today_are_on_their_way(ref: Reference) -> None:
    text = PRETORIA_OPENS + "Narendra Modi and Xi Jinping were expected to land later on Friday."
    assert {f[:4] for f in dated(ref, text, FRI_21_NOV_2025)} == {
        ("visit", "Narendra Modi", "ZAF", "planned"), ("visit", "Xi Jinping", "ZAF", "planned")}


def test_one_who_is_not_coming_stays_away(ref: Reference) -> None:
    text = PRETORIA_OPENS + "Xi Jinping, who rarely travels in winter, is not coming."
    assert {f[:4] for f in dated(ref, text, FRI_21_NOV_2025)} == {("visit", "Xi Jinping", "ZAF", "declined")}



# -- "are also due for the opening session": expected at the story's gathering ------------------------------------

@pytest.mark.parametrize("told", ["are also due for the opening session", "are expected for the summit"])
def test_due_for_a_session_is_a_plan_to_the_gathering(ref: Reference, told: str) -> None:
    text = PRETORIA_OPENS + f"Narendra Modi and Xi Jinping {told}, officials said."
    assert {f[:4] for f in dated(ref, text, FRI_21_NOV_2025)} == {
        ("visit", "Narendra Modi", "ZAF", "planned"), ("visit", "Xi Jinping", "ZAF", "planned")}


# -- "Police took X into custody. The arrest was ordered by Justice Y": a national warrant served -----------------

SUN_23_NOV_2025 = date(2025, 11, 23)


def test_an_arrest_whose_order_the_next_sentence_tells_serves_a_warrant(full_ref: Reference) -> None:
    text = ("BRASILIA - Police took Jair Bolsonaro into custody at his flat on Saturday. The arrest was ordered by a "
            "Supreme Court justice, who said the former president might flee.")
    assert {f[:4] for f in dated(full_ref, text, SUN_23_NOV_2025)} == {("warrant", "Jair Bolsonaro", "BRA", "executed")}


def test_an_arrest_with_no_order_told_is_no_warrant(full_ref: Reference) -> None:
    text = ("BRASILIA - Police took Jair Bolsonaro into custody at his flat on Saturday. The move was praised by his "
            "opponents in the Supreme Court.")
    assert not dated(full_ref, text, SUN_23_NOV_2025)


# -- "wanted to bring X, Y and Z together ..., a day after delegations met in Istanbul": others met -----------------

def test_a_meeting_of_others_in_a_clause_of_its_own_is_no_trip(ref: Reference) -> None:
    text = ("ANKARA - Recep Tayyip Erdogan said on Tuesday that he hoped to bring Narendra Modi and Xi Jinping together "
            "in Ankara, a day after Indian and Chinese officials met in Istanbul for border talks.")
    assert not [f for f in dated(ref, text, WED_12_NOV_2025) if f[0] == "visit"]


def test_those_who_met_after_are_still_the_subjects(ref: Reference) -> None:
    text = "Narendra Modi and Xi Jinping shook hands after they met in Kazan on Tuesday."
    assert {f[:3] for f in dated(ref, text, WED_12_NOV_2025)} == {
        ("visit", "Narendra Modi", "RUS"), ("visit", "Xi Jinping", "RUS")}


# -- "He came to Brazil from the APEC summit in Lima": a gathering before the story's ------------------------------

MON_18_NOV_2024 = date(2024, 11, 18)


def test_a_gathering_come_from_is_not_the_storys(ref: Reference) -> None:
    text = ("09:05 - Good morning from the Museum of Modern Art in Rio de Janeiro, where leaders open their summit today. "
            "09:20 - Narendra Modi came to Brazil from the APEC summit in Lima. "
            "10:02 - Xi Jinping chose not to attend.")
    facts = {f[:4] for f in dated(ref, text, MON_18_NOV_2024)}
    assert ("visit", "Xi Jinping", "BRA", "declined") in facts
    assert not [f for f in facts if f[1] == "Xi Jinping" and f[2] == "PER"]


# -- "Saudi Arabia, which ..., sent its foreign minister, Prince X": a government's envoy, named after the title -------

FRI_25_OCT_2024 = date(2024, 10, 25)
KAZAN_RAN = ("KAZAN - For three days this week the city was the stage for a large gathering. The BRICS summit in Kazan, "
             "which ran from Tuesday to Thursday, drew twenty leaders. ")


def test_a_government_sends_its_named_minister(full_ref: Reference) -> None:
    text = KAZAN_RAN + ("Saudi Arabia, which has yet to decide on membership, sent its foreign minister, Prince Faisal bin "
                        "Farhan.")
    assert ("visit", "Faisal bin Farhan Al Saud", "RUS") in {f[:3] for f in dated(full_ref, text, FRI_25_OCT_2024)}


def test_its_unnamed_minister_is_nobody_in_particular(full_ref: Reference) -> None:
    # ("its foreign minister" alone would resolve through whatever country the title reader picks)
    text = KAZAN_RAN + "Argentina, which has yet to decide on membership, sent its foreign minister."
    assert not [f for f in dated(full_ref, text, FRI_25_OCT_2024) if f[0] == "visit"]


# -- "The BRICS summit, which ran from Tuesday to Thursday, drew ...": in Friday's paper, those at it are done ---------

def test_a_gathering_told_as_having_run_is_over(ref: Reference) -> None:
    text = KAZAN_RAN + "Xi Jinping and Narendra Modi both flew in on Tuesday."
    assert {f[:4] for f in dated(ref, text, FRI_25_OCT_2024)} == {
        ("visit", "Xi Jinping", "RUS", "completed"), ("visit", "Narendra Modi", "RUS", "completed")}


# -- "Xi paid a state visit to Brasilia in November, after the G20 summit": a gathering before the story's ----------

THU_3_JUL_2025 = date(2025, 7, 3)


def test_a_gathering_told_beside_an_earlier_trip_is_not_the_storys(ref: Reference) -> None:
    text = ("HONG KONG - Xi Jinping will not attend this weekend's BRICS summit in Rio de Janeiro, officials said. "
            "Xi paid a state visit to Brasilia in November, after the G20 summit. "
            "Vladimir Putin will take part by video link.")
    facts = {f[:4] for f in dated(ref, text, THU_3_JUL_2025)}
    assert ("visit", "Vladimir Putin", "BRA", "declined") in facts
    assert not [f for f in facts if f[1] == "Vladimir Putin" and f[2] != "BRA"]


# -- Warrants: "for A, the reclusive supreme leader of the Afghan Taliban, and B": a longer role between them -------

WED_9_JUL_2025 = date(2025, 7, 9)


def test_a_long_role_between_two_subjects(full_ref: Reference) -> None:
    text = ("THE HAGUE - Judges at the International Criminal Court on Tuesday issued arrest warrants for Haibatullah "
            "Akhundzada, the reclusive supreme leader of the Afghan Taliban, and Abdul Hakim Haqqani, its chief justice.")
    assert {f[1] for f in dated(full_ref, text, WED_9_JUL_2025) if f[0] == "warrant"} == {
        "Haibatullah Akhundzada", "Abdul Hakim Haqqani"}


# -- "Y, his former defence minister, was named in the same decision"; "The court issued that warrant in November" --

MON_7_APR_2025 = date(2025, 4, 7)


def test_one_named_in_the_same_decision_shares_the_warrant(ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant for Benjamin Netanyahu in November. It was the first for a "
            "sitting Western-backed leader. Yoav Gallant, his former defence minister, was named in the same decision.")
    assert {f[:5] for f in dated(ref, text, MON_7_APR_2025) if f[0] == "warrant"} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11"), ("warrant", "Yoav Gallant", "ICC", "issued", "2024-11")}


def test_that_warrant_issued_is_the_one_just_told(ref: Reference) -> None:
    text = ("Several states have said they would enforce the warrant against Benjamin Netanyahu. "
            "The International Criminal Court issued that warrant in November.")
    assert ("warrant", "Benjamin Netanyahu", "ICC", "issued", "2024-11") in {f[:5] for f in dated(ref, text, MON_7_APR_2025)}


# -- "is asking judges to issue warrants", "was asking judges for a warrant against X": a request -------------------

THU_28_NOV_2024 = date(2024, 11, 28)


def test_asking_judges_for_a_warrant_is_a_request(full_ref: Reference) -> None:
    text = ("DHAKA - When Karim Khan said on Wednesday that he was asking judges for an arrest warrant against Min Aung "
            "Hlaing, the head of Myanmar's military government, he chose to say it near the camps.")
    assert {f[:4] for f in dated(full_ref, text, THU_28_NOV_2024)} == {("warrant", "Min Aung Hlaing", "ICC", "requested")}


def test_grounds_given_after_asking_judges_are_a_request(full_ref: Reference) -> None:
    text = ("The International Criminal Court's prosecutor is asking judges to issue arrest warrants for two Taliban "
            "leaders. He said there were reasonable grounds to believe that Haibatullah Akhundzada and Abdul Hakim "
            "Haqqani were criminally responsible for persecution.")
    assert {f[3] for f in dated(full_ref, text, THU_28_NOV_2024) if f[0] == "warrant"} == {"requested"}


# -- "was taken into police custody" in an article about an ICC warrant: the warrant served -------------------------

TUE_11_MAR_2025 = date(2025, 3, 11)


def test_taken_into_police_custody_serves_the_warrant(ref: Reference) -> None:
    text = ("MANILA - Rodrigo Duterte was taken into police custody on Tuesday after his flight landed. "
            "The International Criminal Court had issued a warrant for him.")
    assert ("warrant", "Rodrigo Duterte", "ICC", "executed") in {f[:4] for f in dated(ref, text, TUE_11_MAR_2025)}


def test_asking_judges_to_authorise_an_arrest_is_a_request(full_ref: Reference) -> None:
    text = ("The case is separate from the proceedings at the International Criminal Court, whose prosecutor asked "
            "judges in November to authorise the arrest of Min Aung Hlaing.")
    assert {f[:5] for f in dated(full_ref, text, date(2025, 2, 14))} == {
        ("warrant", "Min Aung Hlaing", "ICC", "requested", "2024-11")}


def test_that_application_withdrawn_is_the_one_just_told(full_ref: Reference) -> None:
    text = ("The prosecutor had also sought a warrant for Ismail Haniyeh, the head of Hamas's political bureau. "
            "That application was withdrawn in August, after Haniyeh was killed in Tehran.")
    assert {f[:5] for f in dated(full_ref, text, date(2024, 11, 22))} == {
        ("warrant", "Ismail Haniyeh", "ICC", "withdrawn", "2024-08")}


# -- "to press for a long-delayed treaty": a thing put off, not the trip --------------------------------------------

def test_a_hyphenated_delay_calls_off_no_trip(ref: Reference) -> None:
    text = ("Narendra Modi used his first trip to Russia since the election to press for a long-delayed trade treaty, "
            "officials said in October.")
    assert {f[:4] for f in dated(ref, text, FRI_25_OCT_2024)} == {("visit", "Narendra Modi", "RUS", "completed")}


# -- "A Putin visit to Hungary would have tested the court": supposed, not made ------------------------------------

@pytest.mark.parametrize("modal", ["would have tested", "could test", "might test"])
def test_a_trip_told_with_a_modal_after_it_is_supposed(ref: Reference, modal: str) -> None:
    text = f"A Narendra Modi visit to Pakistan {modal} the truce, analysts said."
    assert not [f for f in dated(ref, text, WED_12_NOV_2025) if f[0] == "visit"]


# -- "was the chief guest at Mauritius's National Day celebrations": a visit to that country -------------------------

@pytest.mark.parametrize(("told", "status"), [("was the chief guest at", "completed"), ("will be the guest of honour at", "planned")])
def test_a_guest_at_a_countrys_celebration_visits_it(ref: Reference, told: str, status: str) -> None:
    text = f"Narendra Modi {told} Mauritius's National Day celebrations in March."
    assert {f[:4] for f in dated(ref, text, WED_12_NOV_2025) if f[0] == "visit"} >= {("visit", "Narendra Modi", "MUS", status)}


# -- "said his first trip abroad would take him to Paris and London on Monday": a reported plan ---------------------

SAT_15_MAR_2025 = date(2025, 3, 15)


def test_a_trip_said_to_take_him_somewhere_is_planned(ref: Reference) -> None:
    text = "Narendra Modi said on Friday that his first trip abroad would take him to Paris and London on Monday."
    assert {f[:5] for f in dated(ref, text, SAT_15_MAR_2025)} == {
        ("visit", "Narendra Modi", "FRA", "planned", "2025-03-17"), ("visit", "Narendra Modi", "GBR", "planned", "2025-03-17")}


# -- "X, whose country ..., came on Wednesday": at the story's gathering --------------------------------------------

@pytest.mark.parametrize(("day", "status"), [("Wednesday", "completed"), ("Friday", "ongoing")])
def test_one_who_came_on_a_day_is_at_the_gathering(ref: Reference, day: str, status: str) -> None:
    text = (KAZAN_RAN.replace("ran from Tuesday to Thursday", "opened on Tuesday")
            + f"Narendra Modi, whose country belongs to the group, came on {day}.")
    assert {f[:4] for f in dated(ref, text, FRI_25_OCT_2024)} == {("visit", "Narendra Modi", "RUS", status)}


# -- "the Kazakh capital will host a session of ..., which X is expected to attend": the gathering is there ---------

def test_a_place_that_will_host_a_session_is_the_gathering(ref: Reference) -> None:
    text = ("On Thursday the Kazakh capital will host a session of the regional security council, which Narendra Modi is "
            "also expected to attend.")
    assert {f[:4] for f in dated(ref, text, date(2024, 11, 26))} == {("visit", "Narendra Modi", "KAZ", "planned")}


# -- "will host the presidents of the Commission and the Council, A and B, in Beijing": guests after their roles -----

def test_guests_named_after_their_roles(full_ref: Reference) -> None:
    text = ("Xi Jinping will host the presidents of the European Commission and the European Council, Ursula von der "
            "Leyen and António Costa, in Beijing later this month.")
    assert {f[:4] for f in dated(full_ref, text, THU_3_JUL_2025)} == {
        ("visit", "Ursula von der Leyen", "CHN", "planned"), ("visit", "António Costa", "CHN", "planned")}


# -- "held nine hours of talks in Jeddah"; "a day after Trump's special envoy, X, held talks with Putin" -------------

def test_hours_of_talks_are_talks(ref: Reference) -> None:
    text = "Narendra Modi held nine hours of talks in Jeddah on Tuesday with the Saudi crown prince."
    assert {f[:4] for f in dated(ref, text, SAT_15_MAR_2025)} == {("visit", "Narendra Modi", "SAU", "completed")}


def test_an_envoy_told_by_whose_he_is_meets_alone(ref: Reference) -> None:
    text = ("MOSCOW - The two sides agreed to hold a summit between Vladimir Putin and Donald Trump soon, an aide said on "
            "Thursday, a day after Trump's special envoy, a property developer, held talks with Putin in the Kremlin.")
    assert not [f for f in dated(ref, text, date(2025, 8, 7)) if f[0] == "visit"]


# -- "used a meeting with Xi on the sidelines of today's session": both at the story's gathering ---------------------

def test_a_meeting_used_on_the_sidelines_of_todays_session(ref: Reference) -> None:
    text = (PRETORIA_OPENS + "12:48 - Narendra Modi used a meeting with Xi Jinping on the sidelines of today's session "
            "to raise trade.")
    assert {f[:4] for f in dated(ref, text, FRI_21_NOV_2025)} == {
        ("visit", "Narendra Modi", "ZAF", "ongoing"), ("visit", "Xi Jinping", "ZAF", "ongoing")}


# -- "PUTRAJAYA: X was accorded a state welcome at the palace here yesterday": where the story is filed ----------------

def test_a_welcome_here_is_a_stay_where_the_story_is_filed(ref: Reference) -> None:
    text = "PUTRAJAYA: Narendra Modi was accorded a state welcome at the prime minister's office here yesterday."
    assert {f[:4] for f in dated(ref, text, date(2025, 4, 16))} == {("visit", "Narendra Modi", "MYS", "ongoing")}


def test_travelled_only_to_a_place_is_a_trip_there(ref: Reference) -> None:
    text = "Narendra Modi has travelled only to Japan since the election, visiting Tokyo earlier this month."
    assert ("visit", "Narendra Modi", "JPN", "completed") in {f[:4] for f in dated(ref, text, date(2025, 2, 20))}


# -- "X, Y and Z joined the summit session on Tuesday morning" in Tuesday's paper: there now -------------------------

TUE_17_JUN_2025 = date(2025, 6, 17)
ASTANA_OPENS = "ASTANA, June 17 - A regional summit opened in the Kazakh capital on Tuesday. "


def test_leaders_who_joined_todays_session_are_there(ref: Reference) -> None:
    text = ASTANA_OPENS + "Narendra Modi and Xi Jinping joined the summit session on Tuesday morning."
    assert {f[:4] for f in dated(ref, text, TUE_17_JUN_2025)} == {
        ("visit", "Narendra Modi", "KAZ", "ongoing"), ("visit", "Xi Jinping", "KAZ", "ongoing")}


def test_a_session_joined_days_ago_is_not_read(ref: Reference) -> None:
    # (it may be another gathering: the rule keeps to the paper's day)
    text = ASTANA_OPENS + "Narendra Modi joined the summit session on Saturday."
    assert ("visit", "Narendra Modi", "KAZ", "completed") not in {f[:4] for f in dated(ref, text, TUE_17_JUN_2025)}


# -- "an Asia tour that goes on to Japan on Monday and South Korea on Wednesday": the tour's legs, each with its day --

FRI_24_OCT_2025 = date(2025, 10, 24)


def test_a_tour_that_goes_on_takes_its_traveller(ref: Reference) -> None:
    text = ("Narendra Modi is due in Kuala Lumpur on Sunday at the start of an Asian tour that goes on to Japan on "
            "Monday and South Korea on Wednesday.")
    assert {f[:5] for f in dated(ref, text, FRI_24_OCT_2025)} == {
        ("visit", "Narendra Modi", "MYS", "planned", "2025-10-26"), ("visit", "Narendra Modi", "JPN", "planned", "2025-10-27"),
        ("visit", "Narendra Modi", "KOR", "planned", "2025-10-29")}


def test_legs_with_their_own_days_after_one_to(ref: Reference) -> None:
    text = "Narendra Modi travelled to Japan in May and China in June."
    assert {f[:5] for f in dated(ref, text, FRI_24_OCT_2025)} == {
        ("visit", "Narendra Modi", "JPN", "completed", "2025-05"), ("visit", "Narendra Modi", "CHN", "completed", "2025-06")}


# -- "Xi was in Moscow too, having arrived on Wednesday": there, not where the story is filed ------------------------

def test_was_in_a_place_too(ref: Reference) -> None:
    text = ("SÃO PAULO - Lula stood among the guests on Red Square on Friday. Xi Jinping was in Moscow too, having "
            "arrived on Wednesday for a state visit.")
    assert {f[:3] for f in dated(ref, text, date(2025, 5, 9)) if f[1] == "Xi Jinping"} == {("visit", "Xi Jinping", "RUS")}


# -- A round-up's sections, each filed from its own place: "ASHGABAT: MAGTYMGULY AT 300." ----------------------------

SAT_12_OCT_2024 = date(2024, 10, 12)
ROUNDUP = ("Our weekly round-up of diplomacy across the region.\n\n"
           "MOSCOW: A BIRTHDAY SUMMIT. Leaders met in Moscow on Tuesday for an informal summit. Narendra Modi was among "
           "those who attended.\n\n"
           "ASHGABAT: A POET AT 300. On Friday Turkmenistan marked the poet's birthday with a forum. Xi Jinping flew in "
           "for the day.")


def test_a_roundup_section_is_filed_from_its_head_place(ref: Reference) -> None:
    facts = {f[:3] for f in dated(ref, ROUNDUP, SAT_12_OCT_2024)}
    assert ("visit", "Xi Jinping", "TKM") in facts
    assert ("visit", "Xi Jinping", "RUS") not in facts


def test_a_weekly_digest_is_a_roundup(ref: Reference) -> None:
    text = ROUNDUP.replace("Our weekly round-up of", "Our weekly digest of")
    assert ("visit", "Xi Jinping", "TKM") in {f[:3] for f in dated(ref, text, SAT_12_OCT_2024)}


# -- "Opposition candidate X, who ..., fled after a court ordered his arrest": the stranger's "his" -----------------

def test_a_stranger_with_a_lower_case_role_owns_his_pronoun(full_ref: Reference) -> None:
    text = ("Nicolás Maduro has rarely left the country. Opposition candidate Edmundo Gonzalez, who says he won the "
            "election, fled to Spain after a Venezuelan court ordered his arrest.")
    assert not [f for f in dated(full_ref, text, date(2024, 9, 24)) if f[0] == "warrant"]


# -- "arrived in Washington on Monday and is to meet Trump on Wednesday. He was accompanied by X": the stay -----------

def test_a_companion_joins_the_stay_not_the_meeting_ahead(full_ref: Reference) -> None:
    text = ("JOHANNESBURG - Cyril Ramaphosa arrived in Washington on Monday on a working visit, and is scheduled to meet "
            "Donald Trump at the White House on Wednesday. The Presidency said he was accompanied by International "
            "Relations Minister Ronald Lamola.")
    assert ("visit", "Ronald Lamola", "USA", "ongoing", "2025-05-19") in {f[:5] for f in dated(full_ref, text, date(2025, 5, 20))}


# -- "will be accompanied by Foreign Secretary A (unknown) and Economy Secretary B" ---------------------------------

def test_a_companion_named_after_one_the_reference_does_not_know(full_ref: Reference) -> None:
    text = ("MEXICO CITY - Claudia Sheinbaum will travel to Rio de Janeiro for the G20 summit on Sunday. Sheinbaum will "
            "be accompanied by Foreign Secretary Juan Ramon de la Fuente and Economy Secretary Marcelo Ebrard.")
    assert ("visit", "Marcelo Ebrard", "BRA", "planned") in {f[:4] for f in dated(full_ref, text, date(2024, 11, 15))}


# -- "his first time on Brazilian soil since 2015": the trip before ------------------------------------------------

def test_first_time_on_a_countrys_soil_since_a_year(full_ref: Reference) -> None:
    text = ("BRASILIA - Lula received Nicolás Maduro with full honours. Maduro arrived in the Brazilian capital on "
            "Monday, his first time on Brazilian soil since 2015.")
    facts = {f[:5] for f in dated(full_ref, text, date(2023, 5, 30))}
    assert ("visit", "Nicolás Maduro", "BRA", "completed", "2015") in facts
    assert ("visit", "Nicolás Maduro", "BRA", "ongoing", "2023-05-29") in facts


# -- "pulled out on the eve of the summit after a fall at his residence in Brasilia": from the story's gathering ------

def test_pulling_out_before_the_gathering_is_staying_away(ref: Reference) -> None:
    text = (KAZAN_RAN + "Luiz Inácio Lula da Silva pulled out on the eve of the summit after a fall at his residence in "
            "Brasília; he spoke by video link instead.")
    assert {f[:4] for f in dated(ref, text, FRI_25_OCT_2024)} == {("visit", "Luiz Inácio Lula da Silva", "RUS", "declined")}


# -- "the G7 summit in Canada, which Trump left early": he was there --------------------------------------------------

def test_a_gathering_someone_left_early_was_attended(ref: Reference) -> None:
    text = ("The call came after the two had been unable to meet on the sidelines of the G7 summit in Canada, which "
            "Narendra Modi left early.")
    assert {f[:4] for f in dated(ref, text, date(2025, 6, 18))} == {("visit", "Narendra Modi", "CAN", "completed")}


# -- "Foreign Minister X is standing in for him": at the story's gathering, in his place -----------------------------

RIO_OPENS = "RIO DE JANEIRO - The BRICS summit opened on Sunday. "


@pytest.mark.parametrize(("told", "status"), [("is standing in for him", "ongoing"), ("stood in for him on Sunday", "ongoing")])
def test_one_standing_in_is_at_the_gathering(ref: Reference, told: str, status: str) -> None:
    text = RIO_OPENS + f"Narendra Modi did not come, and Xi Jinping {told}."
    facts = {f[:4] for f in dated(ref, text, date(2025, 7, 6))}
    assert ("visit", "Xi Jinping", "BRA", status) in facts


def test_standing_in_told_as_an_aside_adds_no_stay_of_its_own(ref: Reference) -> None:
    text = RIO_OPENS + "Xi Jinping, standing in for Narendra Modi, spent only Saturday at the resort."
    assert ("visit", "Xi Jinping", "BRA", "ongoing") not in {f[:4] for f in dated(ref, text, date(2025, 7, 7))}


# -- "A and B sat across a table in Riyadh"; "made Riyadh the first stop of a Gulf tour" -----------------------------

THU_30_OCT_2025 = date(2025, 10, 30)


def test_sitting_across_a_table_is_meeting_there(ref: Reference) -> None:
    text = "In February, Narendra Modi and Xi Jinping sat across a table at a palace in Riyadh for four hours."
    assert {f[:4] for f in dated(ref, text, THU_30_OCT_2025)} == {
        ("visit", "Narendra Modi", "SAU", "completed"), ("visit", "Xi Jinping", "SAU", "completed")}


def test_a_city_made_the_first_stop_of_a_tour(ref: Reference) -> None:
    text = "In May, Narendra Modi made Riyadh the first stop of a Gulf tour."
    assert {f[:4] for f in dated(ref, text, THU_30_OCT_2025)} == {("visit", "Narendra Modi", "SAU", "completed")}


def test_one_who_came_away_from_a_meeting_was_there(ref: Reference) -> None:
    text = ("Narendra Modi, who came away from a tense meeting with Donald Trump at the White House on Friday without "
            "a deal, welcomed the decision.")
    assert ("visit", "Narendra Modi", "USA", "completed") in {f[:4] for f in dated(ref, text, date(2025, 10, 22))}


def test_hours_spent_on_the_ground_somewhere(ref: Reference) -> None:
    text = "Narendra Modi spent about five hours on the ground in Alaska on Friday."
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 16))} == {("visit", "Narendra Modi", "USA", "completed")}


# -- "X and Y are with the prime minister in Malé": there with him ---------------------------------------------------

def test_ministers_with_their_leader_in_a_place(full_ref: Reference) -> None:
    text = ("NEW DELHI: Narendra Modi arrived in the Maldives on Friday for a two-day visit. External Affairs Minister "
            "S. Jaishankar and Foreign Secretary Vikram Misri are with the prime minister in Malé.")
    assert ("visit", "Subrahmanyam Jaishankar", "MDV", "ongoing") in {f[:4] for f in dated(full_ref, text, date(2025, 7, 25))}
