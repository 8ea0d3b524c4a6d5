"""Language the twelfth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference, load_reference

TUE_4_MAR_2025 = date(2025, 3, 4)


# -- "Leaders gathered at this port on Monday" in Tuesday's paper: a one-day meeting where the story is filed, over --

@pytest.mark.parametrize(("opening", "status"), [
    ("Fourteen European leaders gathered at a harbour-front hotel on Monday to discuss migration across the "
     "sea from Libya.", "completed"),
    # (a meeting of several days is still going on the day after it opened)
    ("Fourteen European leaders gathered at a harbour-front hotel on Monday for a two-day meeting on migration "
     "across the sea from Libya.", "ongoing"),
])
def test_leaders_who_gathered_yesterday_for_one_day_are_done(ref: Reference, opening: str, status: str) -> None:
    text = f"VALLETTA, Malta - {opening} Among those who attended were Olaf Scholz and Viktor Orbán."
    assert {f[:4] for f in dated(ref, text, TUE_4_MAR_2025)} == {
        ("visit", name, "MLT", status) for name in ("Olaf Scholz", "Viktor Orbán")}


# -- "X, weeks away from handing power to Y, did not travel, and neither did Z" ---------------------------------------

TUE_12_NOV_2024 = date(2024, 11, 12)
LIMA_OPENS = "LIMA, Peru - A regional conference on fisheries opened on Tuesday in the Peruvian capital. "


def test_an_apposition_of_time_is_not_the_subject(ref: Reference) -> None:
    text = LIMA_OPENS + "Joe Biden, days after losing the argument to Donald Trump, did not come."
    assert {f[:4] for f in dated(ref, text, TUE_12_NOV_2024)} == {("visit", "Joe Biden", "PER", "declined")}


@pytest.mark.parametrize("tail", ["and neither did Xi Jinping", "nor did Xi Jinping"])
def test_neither_did_y_is_the_same_absence(ref: Reference, tail: str) -> None:
    text = LIMA_OPENS + f"Olaf Scholz did not come, {tail}."
    assert {f[:4] for f in dated(ref, text, TUE_12_NOV_2024)} == {
        ("visit", "Olaf Scholz", "PER", "declined"), ("visit", "Xi Jinping", "PER", "declined")}


# -- "stayed away amid a row over protests in New Caledonia": a topic's place is not where he stayed away from ------

def test_a_place_of_protests_is_a_topic(ref: Reference) -> None:
    text = LIMA_OPENS + "Olaf Scholz stayed away amid a row over the handling of protests in New Caledonia."
    assert {f[:4] for f in dated(ref, text, TUE_12_NOV_2024)} == {("visit", "Olaf Scholz", "PER", "declined")}


# -- "was among the speakers on the first day": at the story's gathering ---------------------------------------------

def test_among_the_speakers_is_there(ref: Reference) -> None:
    text = LIMA_OPENS + "Recep Tayyip Erdoğan was among the speakers on the first day."
    assert {f[:4] for f in dated(ref, text, TUE_12_NOV_2024)} == {("visit", "Recep Tayyip Erdoğan", "PER", "ongoing")}


# -- "X followed, as did Y, who flew in after two days in Mauritius": the stay is Y's -------------------------------

SAT_22_NOV_2025 = date(2025, 11, 22)


def test_a_stay_after_as_did_is_the_later_ones(ref: Reference) -> None:
    text = ("JOHANNESBURG - The G20 summit opened on Saturday. Narendra Modi took his seat first. Olaf Scholz followed, "
            "as did Recep Tayyip Erdoğan, who flew in on Friday after two days in Mauritius.")
    assert not [f for f in dated(ref, text, SAT_22_NOV_2025) if f[1] == "Olaf Scholz" and f[2] == "MUS"]
    assert ("visit", "Recep Tayyip Erdoğan", "MUS", "completed") in {f[:4] for f in dated(ref, text, SAT_22_NOV_2025)}


# -- "X, who has called climate change a "con job", did not attend": the clause after the quote is X's --------------

FRI_7_NOV_2025 = date(2025, 11, 7)


@pytest.mark.parametrize("quote", ['"con job"', "“con job”"])
def test_a_relative_clause_ending_in_a_quote_keeps_its_subject(ref: Reference, quote: str) -> None:
    text = ("BELÉM, Brazil - The COP30 summit opened on Thursday. "
            f"Donald Trump, who has called climate change a {quote}, did not attend.")
    assert {f[:4] for f in dated(ref, text, FRI_7_NOV_2025)} == {("visit", "Donald Trump", "BRA", "declined")}


# -- "The General Assembly's annual debate opened on Tuesday": the UN gathering in New York -------------------------

WED_24_SEP_2025 = date(2025, 9, 24)
DEBATE_OPENS = "NEW YORK - The General Assembly's annual debate opened on Tuesday amid tight security. "


@pytest.mark.parametrize(("said", "status"), [
    ("Narendra Modi is skipping the debate this year.", "declined"),
    ("Benjamin Netanyahu is expected to address the assembly on Friday.", "planned"),
    ("Yoon Suk Yeol, who landed on Monday, met the Secretary-General on Tuesday.", "ongoing"),
])
def test_the_general_assembly_debate_is_the_storys_gathering(ref: Reference, said: str, status: str) -> None:
    facts = {f[:4] for f in dated(ref, DEBATE_OPENS + said, WED_24_SEP_2025)}
    assert {(kind, who, iso3) for kind, who, iso3, _ in facts} == {("visit", said.split(" is ")[0].split(",")[0], "USA")}
    assert {f[3] for f in facts} == {status}


# -- A weekly round-up: an arrival on Monday, told on Sunday, is a stay that is over ---------------------------------

SUN_8_SEP_2024 = date(2024, 9, 8)


@pytest.mark.parametrize(("opening", "status"), [
    ("Our weekly round-up of the diplomacy that mattered.", "completed"),
    ("Leaders kept busy this week.", "ongoing"),  # (not a round-up: an arrival a week back may still be there)
])
def test_an_arrival_early_in_the_week_is_over_in_a_weekly_roundup(ref: Reference, opening: str, status: str) -> None:
    text = f"{opening} Vladimir Putin flew into Ulaanbaatar on Monday night for talks on a gas pipeline."
    assert {f[:4] for f in dated(ref, text, SUN_8_SEP_2024)} == {("visit", "Vladimir Putin", "MNG", status)}


# -- "X, fresh from the BRICS summit in Kazan, also stayed away": Kazan's summit is not the story's gathering ---------

FRI_25_OCT_2024 = date(2024, 10, 25)


def test_a_named_gathering_one_came_from_is_not_the_storys(ref: Reference) -> None:
    text = ("APIA, Samoa - The King opened the Commonwealth heads of government meeting on Friday. "
            "Narendra Modi, fresh from the BRICS summit in Kazan, also stayed away.")
    facts = {f[:4] for f in dated(ref, text, FRI_25_OCT_2024)}
    assert ("visit", "Narendra Modi", "WSM", "declined") in facts
    assert not [f for f in facts if f[3] == "declined" and f[2] == "RUS"]


def test_attending_alongside_someone_is_at_the_storys_gathering(ref: Reference) -> None:
    text = ("APIA, Samoa - Charles III opened the Commonwealth heads of government meeting on Friday. "
            "Narendra Modi, attending alongside him, said he backed a frank debate.")
    assert ("visit", "Narendra Modi", "WSM", "ongoing") in {f[:4] for f in dated(ref, text, FRI_25_OCT_2024)}


# -- "Slovak Prime Minister Robert Fico has said he will not attend": "he" is the leader the reference does not know --

THU_9_OCT_2025 = date(2025, 10, 9)


@pytest.mark.parametrize("stranger", ["Slovak Prime Minister Robert Fico", "Slovak President Peter Pellegrini"])
def test_he_after_an_unknown_titled_leader_is_that_leader(ref: Reference, stranger: str) -> None:
    text = ("DUSHANBE - A regional summit opens in the Tajik capital on Friday. Viktor Orbán is due to fly in for it on "
            f"Friday morning. {stranger} has said he will not attend.")
    assert {f[:4] for f in dated(ref, text, THU_9_OCT_2025)} == {("visit", "Viktor Orbán", "TJK", "planned")}


# -- "arrived in the morning": a bare arrival, with its time after "in" -----------------------------------------------

MON_13_OCT_2025 = date(2025, 10, 13)


@pytest.mark.parametrize("when", ["in the morning", "in the early evening"])
def test_arrived_in_the_morning_is_a_bare_arrival(ref: Reference, when: str) -> None:
    text = ("SHARM EL-SHEIKH, Egypt - Donald Trump flew to this Red Sea resort on Monday to sign a declaration. "
            f"Recep Tayyip Erdoğan arrived {when}, as did Viktor Orbán.")
    facts = {f[:4] for f in dated(ref, text, MON_13_OCT_2025)}
    assert {("visit", "Recep Tayyip Erdoğan", "EGY", "ongoing"), ("visit", "Viktor Orbán", "EGY", "ongoing")} <= facts


# -- "Neither X nor Y attended", "neither he nor Y would attend": both stayed away ------------------------------------

@pytest.mark.parametrize("said", [
    "Neither Olaf Scholz nor Viktor Orbán attended.",
    "Olaf Scholz said on Sunday that neither he nor Viktor Orbán would attend.",
])
def test_neither_nor_is_two_absences(ref: Reference, said: str) -> None:
    text = "SHARM EL-SHEIKH, Egypt - Leaders gathered for a peace summit on Monday. " + said
    assert {f[:4] for f in dated(ref, text, MON_13_OCT_2025)} == {
        ("visit", "Olaf Scholz", "EGY", "declined"), ("visit", "Viktor Orbán", "EGY", "declined")}


def test_neither_nor_with_the_perfect_is_no_trip(ref: Reference) -> None:
    text = "CAIRO - Neither Olaf Scholz nor Viktor Orbán has visited Egypt since 2019."
    assert dated(ref, text, MON_13_OCT_2025) == set()


# -- "said he would not go, citing a holiday"; "was invited to join him in Egypt, then decided not to go" ------------

@pytest.mark.parametrize("tail", ["citing the start of a holiday", "saying the timing was wrong"])
def test_would_not_go_with_a_reason_after_is_an_absence(ref: Reference, tail: str) -> None:
    text = ("SHARM EL-SHEIKH, Egypt - Leaders gathered for a peace summit on Monday. "
            f"Benjamin Netanyahu said he would not go, {tail}.")
    assert {f[:4] for f in dated(ref, text, MON_13_OCT_2025)} == {("visit", "Benjamin Netanyahu", "EGY", "declined")}


def test_not_going_where_one_was_invited_is_away_from_there(ref: Reference) -> None:
    text = ("WASHINGTON - Donald Trump will host the summit at the White House on Friday. Last month Benjamin Netanyahu "
            "was invited to join him in Egypt at the last minute, then decided not to go, citing a holiday.")
    facts = {f[:4] for f in dated(ref, text, MON_13_OCT_2025)}
    assert ("visit", "Benjamin Netanyahu", "EGY", "declined") in facts
    assert ("visit", "Benjamin Netanyahu", "USA", "declined") not in facts


# -- "no visit by X to Turkey was being prepared": a trip denied -------------------------------------------------------

WED_18_DEC_2024 = date(2024, 12, 18)


@pytest.mark.parametrize("said", [
    "no visit by Vladimir Putin to Turkey was being prepared",
    "no official visit to Turkey by Vladimir Putin was on the agenda",
])
def test_no_visit_is_no_trip(ref: Reference, said: str) -> None:
    text = f"MOSCOW - The Kremlin said on Wednesday that {said}."
    assert dated(ref, text, WED_18_DEC_2024) == set()


# -- "... will also take him to Beijing, and Turkey's Erdoğan landed the same afternoon" -------------------------------

SUN_31_AUG_2025 = date(2025, 8, 31)


def test_a_country_before_a_name_ends_a_list_of_places(ref: Reference) -> None:
    text = ("TIANJIN - Vladimir Putin arrived in Tianjin on Sunday for a four-day stay in China that will also take him "
            "to Beijing, and Turkey's Recep Tayyip Erdoğan landed the same afternoon.")
    assert {f[:4] for f in dated(ref, text, SUN_31_AUG_2025)} == {
        ("visit", "Vladimir Putin", "CHN", "ongoing"), ("visit", "Recep Tayyip Erdoğan", "CHN", "ongoing")}


# -- "said X would arrive in Astana ... and would go on to Dushanbe"; "will represent him at the summit" ---------------

FRI_28_JUN_2024 = date(2024, 6, 28)


def test_a_second_reported_plan_is_a_plan(ref: Reference) -> None:
    text = ("China's foreign ministry said Xi Jinping would arrive in Astana on Tuesday for a state visit to Kazakhstan "
            "and would go on to Dushanbe on Friday for a state visit to Tajikistan.")
    assert {f[:4] for f in dated(ref, text, FRI_28_JUN_2024)} == {
        ("visit", "Xi Jinping", "KAZ", "planned"), ("visit", "Xi Jinping", "TJK", "planned")}


def test_a_second_reported_plan_after_someone_else_is_not_theirs(ref: Reference) -> None:
    text = ("A spokesman said Xi Jinping would go to Minsk next week for talks with Viktor Orbán on trade, and would "
            "afterwards pay a state visit to Uzbekistan.")
    assert ("visit", "Viktor Orbán", "UZB", "planned") not in {f[:4] for f in dated(ref, text, FRI_28_JUN_2024)}


def test_representing_someone_at_the_gathering_is_going_there(ref: Reference) -> None:
    text = ("KUALA LUMPUR - The ASEAN summit opens on Sunday. Vladimir Putin will skip the summit. "
            "Foreign Minister Sergey Lavrov will represent him at the East Asia Summit on Monday.")
    facts = {f[:4] for f in dated(ref, text, date(2025, 10, 25))}
    assert ("visit", "Sergey Lavrov", "MYS", "planned") in facts


# -- "was among the officials who stepped off the plane with the president": arrived with him --------------------------

def test_among_the_officials_who_stepped_off_the_plane(ref: Reference) -> None:
    text = ("BAGHDAD - Recep Tayyip Erdoğan arrived in Baghdad on Wednesday for talks on water. "
            "Viktor Orbán was among the officials who stepped off the plane with the president.")
    assert ("visit", "Viktor Orbán", "IRQ", "ongoing") in {f[:4] for f in dated(ref, text, date(2024, 9, 11))}


# -- "X had been invited but decided not to go": the subject of the clause before ---------------------------------------

TUE_14_OCT_2025 = date(2025, 10, 14)


@pytest.mark.parametrize("verb", ["decided not to go", "chose not to attend", "declined to come"])
def test_invited_but_decided_not_to_go(ref: Reference, verb: str) -> None:
    text = f"SHARM EL-SHEIKH, Egypt - Leaders gathered for a peace summit on Monday. Narendra Modi had been invited but {verb}."
    assert {f[:4] for f in dated(ref, text, TUE_14_OCT_2025)} == {("visit", "Narendra Modi", "EGY", "declined")}


# -- "dismissed reports in the Egyptian press that X was preparing to visit Cairo": hearsay denied ---------------------

def test_reports_in_the_press_dismissed_are_no_trip(ref: Reference) -> None:
    text = ("MOSCOW - The Kremlin on Tuesday dismissed reports in the Egyptian press that Vladimir Putin was "
            "preparing to visit Cairo this autumn.")
    assert dated(ref, text, date(2025, 6, 11)) == set()


# -- "Also in the Chinese capital were A, B and C": there; in a weekly round-up, been and gone -----------------------

@pytest.mark.parametrize(("opening", "status"), [
    ("Our weekly round-up of the diplomacy that mattered.", "completed"),
    ("Leaders met in Beijing on Sunday for a forum that opened that morning.", "ongoing"),
])
def test_also_in_the_capital_were(ref: Reference, opening: str, status: str) -> None:
    text = f"{opening} Also in the Chinese capital were Hungary's Viktor Orbán and Turkey's Recep Tayyip Erdoğan."
    assert {f[:4] for f in dated(ref, text, SUN_8_SEP_2024)} == {
        ("visit", "Viktor Orbán", "CHN", status), ("visit", "Recep Tayyip Erdoğan", "CHN", status)}


# -- "X will attend the ceremony" in a story filed from it, with no gathering named before: there -----------------------

@pytest.mark.parametrize(("said", "status"), [
    ("Charles III will attend the ceremony.", "planned"),
    ("Donald Trump will not attend the ceremony.", "declined"),
])
def test_attending_the_ceremony_where_the_story_is_filed(ref: Reference, said: str, status: str) -> None:
    text = f"KRAKOW, Poland - Survivors will mark eighty years since the camp's liberation on Monday. {said}"
    facts = {f[:4] for f in dated(ref, text, date(2025, 1, 25))}
    assert {(f[2], f[3]) for f in facts} == {("POL", status)}


# -- "arrived in Amman on the first leg of his three-nation visit to Jordan, Ethiopia and Oman": the rest is ahead ----

def test_the_first_leg_of_a_tour_leaves_the_rest_ahead(ref: Reference) -> None:
    text = ("AMMAN - Narendra Modi arrived in Amman on Monday on the first leg of his three-nation visit to Jordan, "
            "Ethiopia and Oman.")
    assert {f[:4] for f in dated(ref, text, date(2025, 12, 15))} == {
        ("visit", "Narendra Modi", "JOR", "ongoing"), ("visit", "Narendra Modi", "ETH", "planned"),
        ("visit", "Narendra Modi", "OMN", "planned")}


# -- "had been in Jeddah for half a day when ...; his state visit abandoned": cut short, but made ----------------------

def test_a_visit_abandoned_while_under_way_is_not_cancelled(ref: Reference) -> None:
    text = ("Narendra Modi had been in Jeddah for little more than half a day when the news reached him. By Wednesday "
            "he was back in New Delhi, his state visit to Saudi Arabia abandoned after the attack.")
    facts = {f[:4] for f in dated(ref, text, date(2025, 4, 23))}
    assert ("visit", "Narendra Modi", "SAU", "completed") in facts
    assert ("visit", "Narendra Modi", "SAU", "cancelled") not in facts


# -- "X, against whom the court issued a warrant, sent his culture minister": stayed away -------------------------------

def test_sent_his_minister_is_an_absence(ref: Reference) -> None:
    text = ("VATICAN CITY - The funeral of the pope opened in St Peter's Square on Saturday. Vladimir Putin, against whom "
            "the International Criminal Court issued a warrant in March 2023, sent his culture minister.")
    facts = {f[:4] for f in dated(ref, text, date(2025, 4, 26))}
    assert ("visit", "Vladimir Putin", "VAT", "declined") in facts


# -- "will not continue to Switzerland", "continued on to Astana": verbs of going on --------------------------------------

@pytest.mark.parametrize(("said", "status"), [
    ("Joe Biden will not continue to Switzerland for the weekend's peace conference.", "declined"),
    ("Joe Biden continued on to Switzerland on Saturday.", "completed"),
    ("Joe Biden will continue to Switzerland on Saturday.", "planned"),
])
def test_continue_to_a_place(ref: Reference, said: str, status: str) -> None:
    assert {f[:4] for f in dated(ref, said, date(2024, 6, 17))} == {("visit", "Joe Biden", "CHE", status)}


def test_a_condition_inside_the_relative_clause_does_not_undo_the_sending(ref: Reference) -> None:
    text = ("JOHANNESBURG - The G20 summit opened in Johannesburg on Saturday. Vladimir Putin, who faces arrest under "
            "an ICC warrant if he sets foot in South Africa, sent his deputy chief of staff.")
    assert ("visit", "Vladimir Putin", "ZAF", "declined") in {f[:4] for f in dated(ref, text, date(2025, 11, 22))}


# -- "ended proceedings against the long-serving Likud politician X": withdrawn (a long description between) ----------

def test_proceedings_ended_against_a_long_role_and_name(ref: Reference) -> None:
    text = ("THE HAGUE - International Criminal Court judges formally ended proceedings against the long-serving "
            "Likud politician Yoav Gallant last month at a short hearing.")
    assert {f[:4] for f in dated(ref, text, date(2025, 3, 14))} == {("warrant", "Yoav Gallant", "ICC", "withdrawn")}


# -- "A second warrant, for his long-time ally in the cabinet, X, was issued the same day": X's -----------------------

def test_a_warrant_for_his_role_and_name_is_the_named_ones(ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant for Benjamin Netanyahu in November 2024. A second warrant, "
            "for his long-time ally in the cabinet, Yoav Gallant, was issued the same day.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 5))} == {
        ("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")}


# -- "warrants for X and 36 other officials, including Y": Y's too ------------------------------------------------------

def test_a_warrant_list_with_including(ref: Reference) -> None:
    text = ("ISTANBUL - Turkish prosecutors have issued arrest warrants for Benjamin Netanyahu and 36 other officials, "
            "including Yoav Gallant, on charges of genocide.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 8))} == {
        ("warrant", "Benjamin Netanyahu", "TUR", "issued"), ("warrant", "Yoav Gallant", "TUR", "issued")}


# -- "co-hosted the opening session", "told delegates that ...": there, at the story's gathering ------------------------

@pytest.mark.parametrize("said", [
    "Viktor Orbán co-hosted the opening session.",
    "Viktor Orbán told delegates that the debt burden was a brake on growth.",
])
def test_cohosting_or_telling_delegates_is_there(ref: Reference, said: str) -> None:
    text = f"YOKOHAMA, Japan - The Japanese prime minister opened the conference on Wednesday. {said}"
    assert {f[:4] for f in dated(ref, text, date(2025, 8, 21))} == {("visit", "Viktor Orbán", "JPN", "ongoing")}


# -- "X co-chaired a session on migration with Y and left for London after the plenary": there, and gone home -------

def test_cochaired_a_session_then_left_for_home(ref: Reference) -> None:
    text = ("GRANADA - The European Political Community's summit brought nearly 50 leaders to the Alhambra on Thursday. "
            "Olaf Scholz co-chaired a session on migration with Viktor Orbán and left for Berlin after the plenary.")
    facts = {f[:4] for f in dated(ref, text, date(2023, 10, 6))}
    assert ("visit", "Olaf Scholz", "ESP", "completed") in facts
    assert ("visit", "Olaf Scholz", "ESP", "ongoing") not in facts


# -- "a military parade on Red Square on Friday attended by X and other foreign guests": X was there ----------------

@pytest.mark.parametrize(("dateline", "host"), [("KYIV - ", "RUS"), ("", "RUS")])
def test_a_gathering_attended_by_someone(ref: Reference, dateline: str, host: str) -> None:
    text = (f"{dateline}The Kremlin, which staged a military parade on Red Square on Friday attended by Xi Jinping and "
            "other foreign guests, has not answered the ceasefire proposal.")
    assert {f[:4] for f in dated(ref, text, date(2025, 5, 12))} == {("visit", "Xi Jinping", host, "completed")}


# -- "A, B, UN Secretary-General C and D were among the guests": the whole list ------------------------------------------

def test_a_list_through_a_hyphenated_title() -> None:
    # (the real reference: it knows the Secretary-General, whose title the masker splits)
    text = ("TIANJIN - The SCO summit opened in Tianjin on Sunday. Recep Tayyip Erdoğan, Viktor Orbán, UN "
            "Secretary-General António Guterres and Narendra Modi were among the guests at a welcome banquet.")
    facts = {f[:4] for f in dated(load_reference(), text, date(2025, 9, 1))}
    assert {f[1] for f in facts if f[2] == "CHN"} >= {"Recep Tayyip Erdoğan", "Viktor Orbán", "Narendra Modi"}


# -- "will also attend the commemoration", "will not attend the celebrations": the story's gathering -----------------

@pytest.mark.parametrize(("said", "status"), [
    ("Narendra Modi will also attend the commemoration.", "planned"),
    ("Narendra Modi will not attend the celebrations.", "declined"),
])
def test_a_commemoration_is_the_storys_gathering(ref: Reference, said: str, status: str) -> None:
    text = f"MOSCOW - The Victory Day parade opens on Red Square on Friday. {said}"
    assert {f[:4] for f in dated(ref, text, date(2025, 5, 7))} == {("visit", "Narendra Modi", "RUS", status)}


# -- "the latter delayed from the spring": put off, then made (no trip called off) -----------------------------------

def test_a_visit_delayed_from_the_spring_was_made(ref: Reference) -> None:
    text = ("Charles III made state visits to Germany in March and to France in September, the latter delayed from "
            "the spring by riots.")
    facts = {f[:4] for f in dated(ref, text, date(2024, 6, 1))}
    assert facts == {("visit", "Charles III", "DEU", "completed"), ("visit", "Charles III", "FRA", "completed")}


# -- "and X came in on the same day"; "the tour began in Ghana ... and continued in Trinidad and Tobago" -------------

def test_came_in_is_an_arrival(ref: Reference) -> None:
    text = ("RIO DE JANEIRO - The BRICS summit opened in Rio on Sunday. Narendra Modi arrived from Buenos Aires on "
            "Saturday, and Viktor Orbán came in on the same day.")
    assert ("visit", "Viktor Orbán", "BRA", "ongoing") in {f[:4] for f in dated(ref, text, date(2025, 7, 6))}


def test_a_tour_that_continued_in_a_place(ref: Reference) -> None:
    text = ("WINDHOEK - Narendra Modi arrived in Windhoek on Wednesday. The tour began a week ago in Ghana, where Modi "
            "addressed parliament, and continued in Trinidad and Tobago the next day.")
    assert ("visit", "Narendra Modi", "TTO", "completed") in {f[:4] for f in dated(ref, text, date(2025, 7, 9))}


# -- "X, who is already the subject of an ICC warrant", "The general already faces an application" ----------------------

def test_already_the_subject_of_a_warrant(ref: Reference) -> None:
    text = ("The move adds to the legal pressure on Benjamin Netanyahu, who is already the subject of an ICC warrant "
            "issued in November last year.")
    assert {f[:4] for f in dated(ref, text, date(2025, 11, 8))} == {("warrant", "Benjamin Netanyahu", "ICC", "issued")}


def test_the_general_already_faces_an_application() -> None:
    # (the real reference: it holds Myanmar's commander-in-chief)
    text = ("Min Aung Hlaing has run Myanmar since the 2021 coup. The general already faces an application for a warrant "
            "at the International Criminal Court, which prosecutors filed in November.")
    facts = {f[:4] for f in dated(load_reference(), text, date(2025, 2, 14))}
    assert ("warrant", "Min Aung Hlaing", "ICC", "requested") in facts


# -- "officials, including X and Y, who were named in March last year": their warrants, in an ICC story ----------------

def test_those_listed_who_were_named(ref: Reference) -> None:
    text = ("The International Criminal Court has now sought four Israeli and Hamas figures, including Benjamin "
            "Netanyahu and his former defence minister Yoav Gallant, who were named in November last year.")
    facts = {f[:4] for f in dated(ref, text, date(2025, 6, 25))}
    assert {("warrant", "Benjamin Netanyahu", "ICC", "issued"), ("warrant", "Yoav Gallant", "ICC", "issued")} <= facts
