"""Language the fifth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set): arrivals at places the gazetteer does not know, a visit noun after an arrival,
stays that must be over, a gathering's year read nearest the article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import facts
from warrantwatch.reference import Reference
from warrantwatch.tag import tag_text


def dated(ref: Reference, text: str, published: date) -> set[tuple]:
    return {(m.person, m.host_country, m.status, m.date) for m in tag_text("t", text, published, ref) if m.kind == "visit"}


# -- an arrival at an airport or base the gazetteer does not know: the dateline's country ------------------

@pytest.mark.parametrize("text", [
    "ANKARA — Xi Jinping touched down at Esenboga airport on Tuesday afternoon.",
    "ANKARA — Xi Jinping landed at Murted air base late on Tuesday and was driven to the palace.",
    "ANKARA — Xi Jinping flew into Esenboga on Tuesday for talks with his host.",
])
def test_arrival_at_an_unknown_airport_is_in_the_datelines_country(ref: Reference, text: str) -> None:
    assert facts(ref, text, date(2024, 11, 19)) == {("visit", "Xi Jinping", "TUR", "ongoing")}


def test_arrival_at_an_unknown_place_with_no_dateline_is_no_fact(ref: Reference) -> None:
    assert facts(ref, "Xi Jinping arrived at Stanford on Tuesday to give a lecture.", date(2024, 11, 19)) == set()


# -- "arrived ... for a visit to X": the arrival's reading, not the past tense's --------------------------

@pytest.mark.parametrize("text", [
    "Narendra Modi arrived in Canberra on Monday for his first visit to Australia in a decade.",
    "Narendra Modi touched down in Perth on Monday at the start of a state visit to Australia.",
])
def test_visit_noun_after_an_arrival_is_under_way(ref: Reference, text: str) -> None:
    assert ("Narendra Modi", "AUS", "ongoing", "2024-11-18") in dated(ref, text, date(2024, 11, 19))


def test_visit_noun_with_no_arrival_before_it_stays_past(ref: Reference) -> None:
    text = "Narendra Modi signed a trade pact on Monday during a visit to Australia."
    assert ("visit", "Narendra Modi", "AUS", "completed") in facts(ref, text, date(2024, 11, 19))


# -- a stay that must be over by the article's date ------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "status"), [
    ("Xi Jinping arrived in Madrid on Monday for a three-day state visit.", date(2024, 11, 19), "ongoing"),
    ("Xi Jinping arrived in Madrid on Monday for a three-day state visit.", date(2024, 11, 22), "completed"),
    ("Xi Jinping flew into Madrid on Monday for a one-day forum.", date(2024, 11, 19), "completed"),
    ("Xi Jinping arrived in Madrid in October for a state visit.", date(2024, 11, 19), "completed"),
    ("Xi Jinping arrived in Madrid on Nov. 1 for a state visit.", date(2024, 11, 19), "completed"),
    ("Xi Jinping arrived in Madrid on Nov. 12 for a state visit.", date(2024, 11, 19), "ongoing"),
])
def test_a_stays_length_or_age_decides_whether_it_is_over(ref: Reference, text: str, published: date, status: str) -> None:
    assert facts(ref, text, published) == {("visit", "Xi Jinping", "ESP", status)}


@pytest.mark.parametrize("second", [
    "He left on Wednesday after signing a trade deal.",
    "Xi Jinping departed early on Wednesday.",
])
def test_leaving_ends_the_stay_told_before(ref: Reference, second: str) -> None:
    text = f"Xi Jinping arrived in Madrid on Monday. {second}"
    assert facts(ref, text, date(2024, 11, 21)) == {("visit", "Xi Jinping", "ESP", "completed")}


def test_back_home_by_nightfall_in_the_same_sentence_ends_the_stay(ref: Reference) -> None:
    text = "When Xi Jinping flew into Madrid on Monday for talks, and was back in Beijing by nightfall, few noticed."
    assert facts(ref, text, date(2024, 11, 19)) == {("visit", "Xi Jinping", "ESP", "completed")}


# -- a gathering's year: the reading nearest the article, past or future ------------------------------------

def test_a_summit_dated_just_ahead_is_this_years(ref: Reference) -> None:
    text = "Leaders gather for the G20 summit on Sept. 9-10.\n\nXi Jinping will not attend."
    assert facts(ref, text, date(2023, 9, 8)) == {("visit", "Xi Jinping", "IND", "declined")}


# -- ", and to X and Y in June": the verb's "to" repeated for later legs, each with its own time ------------

def test_later_legs_after_an_aside_each_take_their_own_time(ref: Reference) -> None:
    text = "Xi Jinping went to Spain in May, weeks after his re-election, and to Italy and Greece in June."
    assert dated(ref, text, date(2024, 11, 19)) == {
        ("Xi Jinping", "ESP", "completed", "2024-05"), ("Xi Jinping", "ITA", "completed", "2024-06"),
        ("Xi Jinping", "GRC", "completed", "2024-06")}


def test_planned_legs_each_take_their_own_time(ref: Reference) -> None:
    text = "Xi Jinping will travel to Spain in December and then to Italy in January."
    assert dated(ref, text, date(2024, 11, 19)) == {
        ("Xi Jinping", "ESP", "planned", "2024-12"), ("Xi Jinping", "ITA", "planned", "2025-01")}


def test_a_leg_with_another_subject_is_not_the_travellers(ref: Reference) -> None:
    text = "Xi Jinping went to Spain in May, while Narendra Modi stayed at home, and to Italy in June."
    assert ("Xi Jinping", "ITA", "completed", "2024-06") not in dated(ref, text, date(2024, 11, 19))


# -- present tense with a time ahead; crossing a border; bare "are expected" ----------------------------

def test_simple_present_with_next_week_is_a_plan(ref: Reference) -> None:
    text = "Narendra Modi flies to Washington next week for talks on trade."
    assert facts(ref, text, date(2024, 11, 19)) == {("visit", "Narendra Modi", "USA", "planned")}


def test_crossing_into_a_country_is_an_arrival(ref: Reference) -> None:
    text = "Vladimir Putin crossed into China by train on Tuesday."
    assert facts(ref, text, date(2024, 11, 20)) == {("visit", "Vladimir Putin", "CHN", "ongoing")}


def test_guests_expected_where_the_host_receives_them(ref: Reference) -> None:
    text = "Vladimir Putin hosts a summit in Kazan next week, where Narendra Modi and Xi Jinping are both expected."
    found = facts(ref, text, date(2024, 10, 12))
    assert {("visit", "Narendra Modi", "RUS", "planned"), ("visit", "Xi Jinping", "RUS", "planned")} <= found


def test_expected_to_do_something_is_not_a_bare_arrival(ref: Reference) -> None:
    text = "SEOUL — Narendra Modi is expected to announce a new trade policy on Friday."
    assert facts(ref, text, date(2024, 10, 12)) == set()


# -- subjects a relative clause hangs on; a country receiving a guest ------------------------------------------

def test_coordinated_subject_before_a_relative_clause(ref: Reference) -> None:
    text = ("Recep Tayyip Erdoğan and Lula da Silva of Brazil, who will chair the next meeting, "
            "are expected in New Delhi on Saturday.")
    assert facts(ref, text, date(2023, 9, 8)) == {
        ("visit", "Recep Tayyip Erdoğan", "IND", "planned"), ("visit", "Luiz Inácio Lula da Silva", "IND", "planned")}


def test_a_country_with_an_apposition_receives_a_guest(ref: Reference) -> None:
    text = "In September, Mongolia, a member of the court, received Vladimir Putin with full honours."
    assert facts(ref, text, date(2024, 10, 12)) == {("visit", "Vladimir Putin", "MNG", "completed")}


# -- warrants: subjects named after a role, told in the next sentence, withdrawn by "it" -----------------------

def warrants(ref: Reference, text: str, published: date = date(2025, 11, 21)) -> set[tuple]:
    return {(m.person, m.court, m.status, m.date) for m in tag_text("t", text, published, ref) if m.kind == "warrant"}


def test_a_subject_named_after_a_possessive_role_is_the_one_named(ref: Reference) -> None:
    text = ("On Nov. 21 last year, judges of the International Criminal Court issued warrants for the arrest of "
            "Benjamin Netanyahu and Yoav Gallant, his defence minister at the time, for war crimes.")
    assert warrants(ref, text) == {("Benjamin Netanyahu", "ICC", "issued", "2024-11-21"),
                                   ("Yoav Gallant", "ICC", "issued", "2024-11-21")}


def test_for_x_and_his_minister_named_after_a_comma(ref: Reference) -> None:
    text = ("The International Criminal Court issued warrants in November for Benjamin Netanyahu and his former "
            "defence minister, Yoav Gallant, over the war.")
    assert {w[0] for w in warrants(ref, text)} == {"Benjamin Netanyahu", "Yoav Gallant"}


@pytest.mark.parametrize("text", [
    "The International Criminal Court issued a warrant for Netanyahu. A second warrant was signed that same day. "
    "It named Yoav Gallant, the former defence minister.",
    "The International Criminal Court issued a warrant for Netanyahu. A separate warrant went to Yoav Gallant, "
    "the former defence minister.",
])
def test_another_warrants_subject_told_next(ref: Reference, text: str) -> None:
    assert {(w[0], w[2]) for w in warrants(ref, text)} == {("Benjamin Netanyahu", "issued"), ("Yoav Gallant", "issued")}


def test_a_warrant_withdrawn_by_it_in_the_next_sentence(ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant for Netanyahu in November. A third warrant, for "
            "Omar al-Bashir, did not last long. The judges withdrew it in February, citing new evidence.")
    assert ("Omar al-Bashir", "ICC", "withdrawn", "2025-02") in warrants(ref, text)
    assert ("Benjamin Netanyahu", "ICC", "issued", "2025-11") in warrants(ref, text)


def test_a_withdrawn_trip_is_not_a_withdrawn_warrant(ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant for Netanyahu in November. "
            "He had planned a trip to Paris. It was cancelled in February.")
    assert {w[2] for w in warrants(ref, text)} == {"issued"}


# -- a national court named by its country: "a federal court in Argentina", "the Istanbul prosecutor's office" ---

@pytest.mark.parametrize(("text", "court"), [
    ("BUENOS AIRES — A federal court in Argentina has ordered the arrest of Myanmar's military ruler, "
     "Senior General Min Aung Hlaing, over atrocities against the Rohingya.", "ARG"),
    ("The Istanbul Chief Public Prosecutor's Office has issued detention warrants for Benjamin Netanyahu "
     "and dozens of other officials.", "TUR"),
])
def test_a_national_court_named_by_its_place(ref: Reference, text: str, court: str) -> None:
    assert {(w[1], w[2]) for w in warrants(ref, text)} == {(court, "issued")}


def test_ordering_an_arrest_outside_a_court_story_is_no_warrant(ref: Reference) -> None:
    assert warrants(ref, "The general ordered the arrest of Min Aung Hlaing's critics on Tuesday.") == set()


# -- who "he" is after a stranger's trip; a meeting told after "since"; "first visit since" --------------------

def test_he_after_a_strangers_trip_is_not_the_last_known_leader(ref: Reference) -> None:
    text = ("ANKARA — Recep Tayyip Erdoğan received the visiting Syrian leader, Ahmed al-Sharaa, on Tuesday. "
            "It was al-Sharaa's second trip abroad since taking power. On Sunday he was in Riyadh for talks.")
    assert not {f for f in facts(ref, text, date(2025, 2, 5)) if f[1] == "Recep Tayyip Erdoğan"}


def test_a_meeting_told_after_since_is_between_its_own_participants(ref: Reference) -> None:
    text = ("Donald Trump and Vladimir Putin are due to meet in Alaska on Friday, the first such summit since "
            "Joe Biden sat down with Putin in Geneva in June 2021.")
    found = facts(ref, text, date(2025, 8, 12))
    assert ("visit", "Joe Biden", "CHE", "completed") in found
    assert not {f for f in found if f[1] == "Donald Trump" and f[2] == "CHE"}


@pytest.mark.parametrize("text", [
    "It is Narendra Modi's first visit to China since the 2020 border clashes.",
    "It is Narendra Modi's first visit to China since relations froze in 2020.",
])
def test_first_visit_since_a_past_time_is_under_way(ref: Reference, text: str) -> None:
    assert facts(ref, text, date(2025, 8, 31)) == {("visit", "Narendra Modi", "CHN", "ongoing")}


# -- a live blog's arrivals ---------------------------------------------------------------------------------------

LIVE = "Live: leaders gather in Madrid for the NATO summit.\n\n"


def test_greeting_two_guests_and_both_presidents_landed(ref: Reference) -> None:
    text = LIVE + ("20:55 — Television showed Xi Jinping's host greeting Turkey's Recep Tayyip Erdoğan and Brazil's "
                   "Lula at the entrance; both presidents landed earlier in the afternoon.")
    assert dated(ref, text, date(2025, 6, 24)) >= {("Recep Tayyip Erdoğan", "ESP", "ongoing", "2025-06-24"),
                                                   ("Luiz Inácio Lula da Silva", "ESP", "ongoing", "2025-06-24")}


def test_among_todays_arrivals_is_there_now(ref: Reference) -> None:
    text = LIVE + "19:30 — Myanmar's junta chief, Senior General Min Aung Hlaing, was also among today's arrivals."
    assert dated(ref, text, date(2025, 6, 24)) == {("Min Aung Hlaing", "ESP", "ongoing", "2025-06-24")}


@pytest.mark.parametrize("line", [
    "17:05 — Vladimir Putin's plane is on the ground.",
    "17:05 — Vladimir Putin was met at the airport by the deputy prime minister.",
])
def test_a_plane_on_the_ground_or_a_welcome_at_the_airport_is_an_arrival(ref: Reference, line: str) -> None:
    assert facts(ref, LIVE + line, date(2025, 6, 24)) == {("visit", "Vladimir Putin", "ESP", "ongoing")}


@pytest.mark.parametrize(("text", "expected"), [
    ("talks this afternoon", "2024-11-20"), ("he landed last night", "2024-11-19"),
    ("arrived earlier in the day", "2024-11-20"),
])
def test_parts_of_today_and_last_night(text: str, expected: str) -> None:
    from warrantwatch.dates import find_dates
    assert [d.value for d in find_dates(text, date(2024, 11, 20), "past")] == [expected]


# -- presence told from the place's side; meeting the host at home; a venue named by its country -----------------

MOSCOW = "MOSCOW — Leaders gathered in Moscow for the Victory Day parade on Friday. "


def test_people_listed_after_on_the_stand_were_are_there(ref: Reference) -> None:
    text = MOSCOW + ("Also on the reviewing stand were Brazil's Lula, who arrived on Thursday, and Xi Jinping, "
                     "who met Narendra Modi last year.")
    found = facts(ref, text, date(2025, 5, 9))
    assert {("visit", "Luiz Inácio Lula da Silva", "RUS", "ongoing"), ("visit", "Xi Jinping", "RUS", "ongoing")} <= found
    assert not {f for f in found if f[1] == "Narendra Modi"}


def test_among_the_guests_were(ref: Reference) -> None:
    text = MOSCOW + "Among the foreign leaders at the parade were Xi Jinping and Recep Tayyip Erdoğan."
    assert facts(ref, text, date(2025, 5, 9)) == {("visit", "Xi Jinping", "RUS", "ongoing"),
                                                  ("visit", "Recep Tayyip Erdoğan", "RUS", "ongoing")}


def test_meetings_with_the_host_in_a_story_filed_from_his_capital(ref: Reference) -> None:
    text = MOSCOW + "Xi Jinping and Narendra Modi held separate meetings with Vladimir Putin after the parade."
    found = facts(ref, text, date(2025, 5, 9))
    assert {("visit", "Xi Jinping", "RUS", "ongoing"), ("visit", "Narendra Modi", "RUS", "ongoing")} <= found


def test_a_meeting_the_article_put_elsewhere_is_not_in_the_datelines_country(ref: Reference) -> None:
    text = ("BERLIN — Olaf Scholz was back in Berlin on Friday after a meeting with Donald Trump in Washington. "
            "The two men talked about trade for an hour.")
    assert not {f for f in facts(ref, text, date(2025, 6, 6)) if f[2] == "DEU"}


def test_a_venue_named_by_its_country(ref: Reference) -> None:
    text = "Joe Biden has been at the Swiss venue since Saturday morning."
    assert facts(ref, text, date(2024, 6, 16)) == {("visit", "Joe Biden", "CHE", "ongoing")}


# -- text that looks like the tagger's own placeholders -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin said PER7 would not change his plans to go to India.",
    "Vladimir Putin met per2 and LOC9 in Delhi on Monday.",
    "Vladimir Putin flew to India on Monday; EVT3 and GOV12 were not told.",
])
def test_placeholder_like_words_in_the_text_are_plain_words(ref: Reference, text: str) -> None:
    found = facts(ref, text, date(2024, 11, 20))  # no crash, and Putin's trip is still read
    assert {f[2] for f in found if f[1] == "Vladimir Putin"} == {"IND"}


def test_that_october_takes_the_year_just_told() -> None:
    from warrantwatch.dates import find_dates
    text = "went to Moscow in July last year and returned to Russia for a summit that October"
    assert [d.value for d in find_dates(text, date(2025, 12, 4), "past")] == ["2024-07", "2024-10"]
    text = "in November 2023 and again the following March"
    assert [d.value for d in find_dates(text, date(2025, 12, 4), "past")] == ["2023-11", "2024-03"]


# -- trips told with "has been to", "after three days in", "is absent", "leave on Sunday for" -----------------------

def test_has_already_been_to_lists_past_trips(ref: Reference) -> None:
    text = "Lula has already been to Argentina and Uruguay in January and to Washington in February."
    assert dated(ref, text, date(2023, 3, 25)) == {
        ("Luiz Inácio Lula da Silva", "ARG", "completed", "2023-01"), ("Luiz Inácio Lula da Silva", "URY", "completed", "2023-01"),
        ("Luiz Inácio Lula da Silva", "USA", "completed", "2023-02")}


def test_has_never_been_to_is_no_trip(ref: Reference) -> None:
    assert facts(ref, "Lula has never been to Argentina as president.", date(2023, 3, 25)) == set()


def test_after_three_days_in_a_country_that_leg_is_over(ref: Reference) -> None:
    text = "Donald Trump arrived in Seoul on Wednesday after three days in Japan."
    assert facts(ref, text, date(2025, 10, 29)) >= {("visit", "Donald Trump", "KOR", "ongoing"),
                                                    ("visit", "Donald Trump", "JPN", "completed")}


def test_absent_from_the_gathering_is_declined(ref: Reference) -> None:
    text = "NEW DELHI — Leaders arrive for the G20 summit on Saturday. Vladimir Putin is absent too."
    assert facts(ref, text, date(2023, 9, 8)) == {("visit", "Vladimir Putin", "IND", "declined")}


def test_leave_on_a_day_for_a_place(ref: Reference) -> None:
    text = "Joe Biden will leave on Sunday for Hanoi, where he is to sign a partnership deal."
    assert facts(ref, text, date(2023, 9, 8)) == {("visit", "Joe Biden", "VNM", "planned")}


def test_arrived_a_few_hours_earlier(ref: Reference) -> None:
    text = "NEW DELHI — Olaf Scholz arrived a few hours earlier with his wife."
    assert facts(ref, text, date(2023, 9, 8)) == {("visit", "Olaf Scholz", "IND", "ongoing")}


def test_tour_that_began_in_a_country(ref: Reference) -> None:
    text = "KUALA LUMPUR — Xi Jinping arrived on Tuesday, the second stop of a tour that began in Vietnam."
    assert facts(ref, text, date(2025, 4, 15)) >= {("visit", "Xi Jinping", "MYS", "ongoing"),
                                                   ("visit", "Xi Jinping", "VNM", "completed")}


# -- "he" twice in a sentence is one person; "X, who accompanied him"; "was in X" today ------------------------------

def test_a_second_he_is_the_first_he_not_a_possessor_between(ref: Reference) -> None:
    text = ("Narendra Modi cancelled his trip to China. In June he was in St Petersburg as a guest at Vladimir Putin's "
            "forum, and in July he attended a summit in Rio de Janeiro.")
    found = facts(ref, text, date(2025, 8, 31))
    assert ("visit", "Narendra Modi", "BRA", "completed") in found
    assert ("visit", "Vladimir Putin", "BRA", "completed") not in found


def test_a_companion_shares_the_trip(ref: Reference) -> None:
    text = "Narendra Modi is in Moscow on Friday. Sergey Lavrov, who accompanied him, told reporters the talks went well."
    # (Lavrov is Russian: at home, no fact; the companion rule must not invent one.)
    assert facts(ref, text, date(2025, 1, 17)) == {("visit", "Narendra Modi", "RUS", "ongoing")}
    text = "Vladimir Putin is in Beijing on Friday. Sergey Lavrov, who accompanied him, told reporters the talks went well."
    assert facts(ref, text, date(2025, 1, 17)) == {("visit", "Vladimir Putin", "CHN", "ongoing"),
                                                   ("visit", "Sergey Lavrov", "CHN", "ongoing")}


def test_was_in_a_city_today_is_there_now(ref: Reference) -> None:
    text = "Vladimir Putin was in Riyadh on Wednesday evening for talks with the crown prince."
    assert facts(ref, text, date(2023, 12, 6)) == {("visit", "Vladimir Putin", "SAU", "ongoing")}
    assert facts(ref, text, date(2023, 12, 9)) == {("visit", "Vladimir Putin", "SAU", "completed")}


# -- warrants in other words: a granted request, an arrest told after, "indicted by", "seeking since" -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ICC judges approved the prosecutor's request for an arrest warrant against Min Aung Hlaing on Thursday.",
     ("Min Aung Hlaing", "ICC", "issued", "2025-03-13")),
    ("Rodrigo Duterte was flown to The Hague on Wednesday, a day after his arrest in Manila on an ICC warrant.",
     ("Rodrigo Duterte", "ICC", "executed", "2025-03-12")),
    ("Vladimir Putin, the subject of an ICC arrest warrant since March 2023, visited Mongolia in September.",
     ("Vladimir Putin", "ICC", "issued", "2023-03")),
    ("The ICC has been seeking the arrest of Omar al-Bashir since 2009.", ("Omar al-Bashir", "ICC", "issued", "2009")),
    ("The court unsealed an arrest warrant for Min Aung Hlaing on Monday, the International Criminal Court said.",
     ("Min Aung Hlaing", "ICC", "issued", "2025-03-10")),
])
def test_warrants_told_in_other_words(ref: Reference, text: str, expected: tuple) -> None:
    assert warrants(ref, text, date(2025, 3, 14)) == {expected}


def test_a_prosecutor_seeking_an_arrest_is_a_request(ref: Reference) -> None:
    text = "The ICC prosecutor has been seeking the arrest of Min Aung Hlaing since November."
    assert {w[2] for w in warrants(ref, text, date(2025, 3, 14))} == {"requested"}


def test_a_warrant_for_his_arrest_in_a_month_is_not_an_arrest(ref: Reference) -> None:
    text = "The International Criminal Court issued a warrant for Putin's arrest in March 2023."
    assert warrants(ref, text, date(2025, 3, 14)) == {("Vladimir Putin", "ICC", "issued", "2023-03")}


def test_the_day_of_the_warrants_told_in_the_next_sentence(ref: Reference) -> None:
    text = ("Judges at the International Criminal Court have issued arrest warrants for Benjamin Netanyahu and "
            "Yoav Gallant. The warrants were signed on Thursday and made public on Friday.")
    assert warrants(ref, text, date(2024, 11, 22)) == {("Benjamin Netanyahu", "ICC", "issued", "2024-11-21"),
                                                       ("Yoav Gallant", "ICC", "issued", "2024-11-21")}


def test_a_stay_with_no_day_told_is_dated_by_the_paper(ref: Reference) -> None:
    text = "Vladimir Putin is in Beijing for talks with Xi Jinping."
    assert dated(ref, text, date(2024, 5, 16)) == {("Vladimir Putin", "CHN", "ongoing", "2024-05-16")}


def test_a_surrender_told_without_to(ref: Reference) -> None:
    text = "The ICC issued a warrant for Omar al-Bashir in 2009. Omar al-Bashir surrendered in 2020, officials said."
    assert ("Omar al-Bashir", "ICC", "executed", "2020") in warrants(ref, text, date(2025, 3, 14))


def test_the_court_still_wants_someone(ref: Reference) -> None:
    text = "The International Criminal Court still wants Omar al-Bashir, who remains in Sudan."
    assert warrants(ref, text, date(2025, 3, 14)) == {("Omar al-Bashir", "ICC", "issued", None)}


# -- a king the article never names; "had flown into"; "spent ... at a summit in"; "a snub" ----------------------------

def test_the_king_of_the_one_monarchy_the_article_names(ref: Reference) -> None:
    text = "The King and Queen began a four-day state visit to Italy on Monday, the first by a British monarch in years."
    assert facts(ref, text, date(2025, 4, 8)) == {("visit", "Charles III", "ITA", "ongoing")}


def test_the_king_with_no_monarchy_named_is_nobody(ref: Reference) -> None:
    assert facts(ref, "The King began a four-day state visit to Italy on Monday.", date(2025, 4, 8)) == set()


def test_had_flown_into_a_city(ref: Reference) -> None:
    text = "Narendra Modi arrived in Paris on Friday. He had flown into London on Wednesday evening."
    assert ("visit", "Narendra Modi", "GBR", "completed") in facts(ref, text, date(2025, 7, 25))


def test_spent_days_at_a_summit_in_a_city(ref: Reference) -> None:
    text = "Narendra Modi spent the end of August at a regional summit in Tianjin."
    assert facts(ref, text, date(2025, 12, 6)) == {("visit", "Narendra Modi", "CHN", "completed")}


def test_a_snub_as_a_noun_is_not_staying_away(ref: Reference) -> None:
    text = "Narendra Modi's trip to Moscow in July was read in Western capitals as a snub."
    assert {f[3] for f in facts(ref, text, date(2025, 12, 6))} == {"completed"}


def test_has_been_in_a_city_since_a_day_dates_the_arrival(ref: Reference) -> None:
    text = "Xi Jinping has been in Moscow since Wednesday on a four-day state visit."
    assert dated(ref, text, date(2025, 5, 9)) == {("Xi Jinping", "RUS", "ongoing", "2025-05-07")}


# -- a condition in someone else's clause; "who flew in with"; "fresh from talks in"; "prepare the ground for" ---------

def test_a_condition_told_by_another_speaker_is_not_the_trips(ref: Reference) -> None:
    text = ("Sergey Lavrov, who has been in Turkey since Wednesday for a meeting, said Vladimir Putin was ready "
            "to go to Istanbul on Friday if it would help.")
    assert ("visit", "Sergey Lavrov", "TUR", "ongoing") in facts(ref, text, date(2025, 5, 15))


def test_who_flew_in_with_the_leader_is_on_his_trip(ref: Reference) -> None:
    text = ("ANCHORAGE — Vladimir Putin landed at Elmendorf air base on Friday. Sergey Lavrov, who flew in with the Russian "
            "leader, told reporters Moscow had a clear position.")
    found = facts(ref, text, date(2025, 8, 15))
    assert {("visit", "Vladimir Putin", "USA", "ongoing"), ("visit", "Sergey Lavrov", "USA", "ongoing")} <= found


def test_fresh_from_talks_in_a_city_that_leg_is_over(ref: Reference) -> None:
    text = "Narendra Modi arrived in Rio on Saturday, fresh from talks in Buenos Aires on Friday."
    assert dated(ref, text, date(2025, 7, 6)) >= {("Narendra Modi", "ARG", "completed", "2025-07-04")}


def test_preparing_the_ground_for_a_trip_is_a_plan(ref: Reference) -> None:
    text = "The talks were meant to prepare the ground for Narendra Modi's trip to China at the end of the month."
    assert facts(ref, text, date(2025, 8, 19)) == {("visit", "Narendra Modi", "CHN", "planned")}


# -- a place put first: "In Hanoi on Monday, Xi ... oversaw" ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("In Hanoi on Monday, Xi Jinping and Vietnam's party chief To Lam oversaw the signing of 40 agreements.",
     {("visit", "Xi Jinping", "VNM", "completed")}),
    ("In Jerusalem, Donald Trump was given a standing ovation in the Knesset.", {("visit", "Donald Trump", "ISR", "completed")}),
    ("In Beijing, Narendra Modi will meet Xi Jinping on Friday.", {("visit", "Narendra Modi", "CHN", "planned")}),
    ("In Washington, Donald Trump said the deal was done.", set()),  # at home
    ("In Moscow, Xi Jinping's critics said nothing.", set()),  # a possessive is not the one there
    ("In Paris, Narendra Modi said that India would buy jets.", set()),  # what was said, maybe from afar
])
def test_a_place_told_first_puts_the_subject_there(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 10, 22)) == expected


# -- tours told by their first leg or stops; the place as the noun's modifier; an envoy sent in one's place ------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi will embark on a three-nation tour of Africa next week, starting in Ghana.",
     {("visit", "Narendra Modi", "GHA", "planned")}),
    ("Xi Jinping is making his first trip to Europe in five years, with stops in France and Serbia.",
     {("visit", "Xi Jinping", "FRA", "ongoing"), ("visit", "Xi Jinping", "SRB", "ongoing")}),
    ("Xi Jinping's Moscow visit is expected to last three days.", {("visit", "Xi Jinping", "RUS", "planned")}),
    ("Narendra Modi's Washington trip will focus on trade.", {("visit", "Narendra Modi", "USA", "planned")}),
    ("Narendra Modi's Washington trip in February drew praise at home.", {("visit", "Narendra Modi", "USA", "completed")}),
    ("Lula's state visit to Beijing will take place in April.", {("visit", "Luiz Inácio Lula da Silva", "CHN", "planned")}),
    ("Vladimir Putin's armoured train pulled into Pyongyang station on Tuesday.", {("visit", "Vladimir Putin", "PRK", "ongoing")}),
])
def test_tours_and_nouns_told_in_other_ways(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2024, 11, 20)) == expected


def test_an_envoy_sent_in_the_leaders_place(ref: Reference) -> None:
    text = "Vladimir Putin sent Foreign Minister Sergey Lavrov to the G20 summit in Rio in his place."
    # (sent to the gathering the article is about, on its opening day: there now)
    assert facts(ref, text, date(2024, 11, 18)) == {("visit", "Sergey Lavrov", "BRA", "ongoing"),
                                                   ("visit", "Vladimir Putin", "BRA", "declined")}


def test_sending_a_message_is_no_trip(ref: Reference) -> None:
    assert facts(ref, "Xi Jinping sent Narendra Modi a letter on Tuesday.", date(2024, 11, 20)) == set()


# -- who was at a ceremony: lists after "seated ... were", "among the heads of state who ... were", "were present" ------

FUNERAL = "VATICAN CITY (Wire) - Leaders from 130 countries joined mourners on Saturday for the funeral of the pope.\n\n"


@pytest.mark.parametrize(("line", "people"), [
    ("Seated in the front rows were Donald Trump, who came with his wife, and Olaf Scholz.",
     {"Donald Trump", "Olaf Scholz"}),
    ("Among the roughly one hundred heads of state who made the journey were Olaf Scholz and Lula.",
     {"Olaf Scholz", "Luiz Inácio Lula da Silva"}),
    ("Olaf Scholz and Narendra Modi were also present.", {"Olaf Scholz", "Narendra Modi"}),
    ("Lula and Joe Biden also attended.", {"Luiz Inácio Lula da Silva", "Joe Biden"}),
])
def test_presence_at_a_ceremony_abroad_is_a_completed_trip(ref: Reference, line: str, people: set) -> None:
    found = facts(ref, FUNERAL + line, date(2025, 4, 26))
    assert found == {("visit", p, "VAT", "completed") for p in people}


def test_not_present_is_no_trip(ref: Reference) -> None:
    assert facts(ref, FUNERAL + "Joe Biden was not present.", date(2025, 4, 26)) == set()


def test_present_at_a_summit_under_way_is_there_now(ref: Reference) -> None:
    text = "RIO DE JANEIRO - Lula opened the BRICS summit on Sunday.\n\nNarendra Modi and Cyril Ramaphosa were also present."
    assert facts(ref, text, date(2025, 7, 6)) == {("visit", "Narendra Modi", "BRA", "ongoing"),
                                                  ("visit", "Cyril Ramaphosa", "BRA", "ongoing")}


def test_a_dateline_with_an_agency_between_slashes(ref: Reference) -> None:
    text = "ULAANBAATAR /MNA/ - Vladimir Putin arrived on Monday for a two-day visit."
    assert facts(ref, text, date(2024, 9, 3)) == {("visit", "Vladimir Putin", "MNG", "ongoing")}


# -- warrants: names two sentences on, "as do those for", timelines, strangers' pronouns, one fact per warrant ---------

def test_subjects_named_two_sentences_after_the_group(ref: Reference) -> None:
    text = ("The prosecutor of the International Criminal Court applied on Monday for warrants for Benjamin Netanyahu and "
            "for three other leaders. He cited the war. The leaders named in the applications are Yoav Gallant and "
            "Omar al-Bashir.")
    assert {w[0] for w in warrants(ref, text, date(2024, 5, 21)) if w[2] == "requested"} == {
        "Benjamin Netanyahu", "Yoav Gallant", "Omar al-Bashir"}


def test_as_do_those_for(ref: Reference) -> None:
    text = ("The ICC prosecutor's applications for warrants against Benjamin Netanyahu remain pending, "
            "as do those for Yoav Gallant.")
    assert {w[0] for w in warrants(ref, text, date(2024, 8, 3))} == {"Benjamin Netanyahu", "Yoav Gallant"}


def test_a_timeline_entry_is_dated_by_its_head(ref: Reference) -> None:
    text = ("Nov. 21, 2024: A pre-trial chamber of the International Criminal Court issues warrants for Netanyahu and "
            "Gallant.\n\nFeb. 26, 2025: The judges withdraw his warrant and close the case against Gallant.")
    found = warrants(ref, text, date(2025, 3, 1))
    assert ("Benjamin Netanyahu", "ICC", "issued", "2024-11-21") in found
    assert ("Yoav Gallant", "ICC", "withdrawn", "2025-02-26") in found


def test_a_country_challenging_the_court_is_not_a_national_court(ref: Reference) -> None:
    text = "A chamber of the International Criminal Court issued warrants for Netanyahu, rejecting Israel's challenge to the court."
    assert {w[1] for w in warrants(ref, text, date(2024, 11, 22))} == {"ICC"}


def test_he_after_a_named_stranger_is_the_stranger(ref: Reference) -> None:
    text = ("Judges of the International Criminal Court issued a warrant on Tuesday for Omar al-Bashir. The warrant "
            "follows an application that prosecutor Karim Khan filed in January, when he told reporters the case was strong.")
    assert warrants(ref, text, date(2025, 7, 9)) == {("Omar al-Bashir", "ICC", "issued", "2025-07-08")}


def test_one_warrant_fact_whatever_times_are_told(ref: Reference) -> None:
    text = ("The International Criminal Court issued a warrant for Vladimir Putin on March 17, 2023. "
            "Putin's trip to Mongolia in September 2024 was his first to a member of the court since the warrant was issued.")
    assert warrants(ref, text, date(2024, 9, 4)) == {("Vladimir Putin", "ICC", "issued", "2023-03-17")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Min Aung Hlaing, whose arrest the International Criminal Court's prosecutor asked judges to authorise in "
     "November, attended the parade.", ("Min Aung Hlaing", "ICC", "requested", "2024-11")),
    ("When Benjamin Netanyahu, wanted since the International Criminal Court's decision of Nov. 21, 2024, flies "
     "abroad, his plane avoids Europe.", ("Benjamin Netanyahu", "ICC", "issued", "2024-11-21")),
    ("The court's prosecutor applied in May for a warrant against the Israeli prime minister at the "
     "International Criminal Court.", ("Benjamin Netanyahu", "ICC", "requested", "2024-05")),
])
def test_more_warrants_in_other_words(ref: Reference, text: str, expected: tuple) -> None:
    assert warrants(ref, text, date(2025, 9, 5) if "parade" in text else date(2025, 10, 20) if "plane" in text
                    else date(2024, 8, 30)) == {expected}


def test_not_being_arrested_is_no_arrest(ref: Reference) -> None:
    text = ("Olaf Scholz said he would find ways for Benjamin Netanyahu to visit without being arrested on the "
            "International Criminal Court's warrant.")
    assert {w[2] for w in warrants(ref, text, date(2025, 2, 25))} == {"issued"}


# -- timelines: a historical present under a past date head; a paragraph's "He" is the article's main person ---------

TIMELINE = ("Here is how Vladimir Putin has travelled since the warrant.\n\n"
            "August 2023: Putin stays away from the summit in Johannesburg. He speaks by video link.\n\n"
            "September 2023: He misses the G20 in New Delhi. Foreign Minister Sergey Lavrov leads the delegation there.\n\n"
            "October 2023: His first trip since the warrant takes him to Bishkek on Oct. 12.\n\n"
            "June 2024: He lands in Pyongyang on June 19 and flies on to Hanoi the next day.\n\n"
            "September 2024: Putin lands in Ulaanbaatar late on Sept. 2 and leaves the next day.")


def test_a_timeline_in_the_historical_present(ref: Reference) -> None:
    found = dated(ref, TIMELINE, date(2024, 9, 4))
    assert {("Vladimir Putin", "KGZ", "completed", "2023-10-12"), ("Vladimir Putin", "PRK", "completed", "2024-06-19"),
            ("Vladimir Putin", "MNG", "completed", "2024-09-02")} <= found
    assert not {f for f in found if f[0] == "Sergey Lavrov" and f[1] != "IND"}


def test_a_paragraph_opening_he_after_a_minor_person_in_ordinary_prose(ref: Reference) -> None:
    # The minor person was named as often as the main one: "He" stays the last one told.
    text = ("Sergey Lavrov met Vladimir Putin. Lavrov spoke.\n\nHe flew to Beijing on Monday.")
    assert facts(ref, text, date(2024, 9, 4)) == {("visit", "Sergey Lavrov", "CHN", "completed")}


# -- a tour's schedule in the present; stops told with "stopping in"; "was in X as ..." -------------------------------

def test_a_tours_schedule_in_the_present_is_ahead(ref: Reference) -> None:
    text = ("BUENOS AIRES — Narendra Modi arrived on Friday. On Saturday night Modi flies on to Rio de Janeiro for a "
            "summit. He ends the tour in Namibia on Wednesday.")
    found = facts(ref, text, date(2025, 7, 5))
    assert {("visit", "Narendra Modi", "BRA", "planned"), ("visit", "Narendra Modi", "NAM", "planned"),
            ("visit", "Narendra Modi", "ARG", "ongoing")} <= found


def test_heads_the_delegation_is_not_a_schedule(ref: Reference) -> None:
    text = "RIO DE JANEIRO - Lula opened the BRICS summit on Sunday. Sergey Lavrov heads the Russian delegation in person."
    assert ("visit", "Sergey Lavrov", "BRA", "ongoing") in facts(ref, text, date(2025, 7, 6))


def test_toured_a_continent_stopping_in_countries(ref: Reference) -> None:
    text = "In July Narendra Modi toured Africa, stopping in Kenya, Uganda and Zimbabwe in three days."
    assert facts(ref, text, date(2024, 5, 20)) == {("visit", "Narendra Modi", c, "completed") for c in ("KEN", "UGA", "ZWE")}


def test_was_in_a_city_as_something_happened(ref: Reference) -> None:
    text = "In August Narendra Modi was in Johannesburg as Iran was invited to join BRICS."
    assert facts(ref, text, date(2024, 5, 20)) == {("visit", "Narendra Modi", "ZAF", "completed")}


# -- relative clauses between a subject and its verb; the ceremony's day ---------------------------------------------

INAUGURATION = "BUENOS AIRES (Wire) - A new president was sworn in on Sunday before foreign guests.\n\n"


def test_a_subject_before_an_object_relative_clause(ref: Reference) -> None:
    text = INAUGURATION + "Lula, whom the new president called corrupt during the campaign, did not attend."
    assert dated(ref, text, date(2023, 12, 11)) == {("Luiz Inácio Lula da Silva", "ARG", "declined", "2023-12-10")}


def test_coordinated_subjects_around_a_relative_clause(ref: Reference) -> None:
    text = INAUGURATION + ("Viktor Orbán, whose politics the new president admires, and Brazil's Olaf Scholz were also "
                           "in the audience.")
    assert dated(ref, text, date(2023, 12, 11)) == {("Viktor Orbán", "ARG", "completed", "2023-12-10"),
                                                    ("Olaf Scholz", "ARG", "completed", "2023-12-10")}


# -- a past arrival is not at a place only told as ahead; a relative clause's trip is not dated by the main clause ------

def test_a_past_arrival_after_a_planned_leg_is_not_that_leg(ref: Reference) -> None:
    text = ("RIO DE JANEIRO - Narendra Modi arrived late on Sunday for the G20 summit, the second leg of a tour that "
            "will also take him to Guyana. When the summit closes on Tuesday, Modi will travel on to Guyana. "
            "Modi flew in from Nigeria, where he spent Saturday.")
    found = dated(ref, text, date(2024, 11, 18))
    assert {f for f in found if f[1] == "GUY"} == {("Narendra Modi", "GUY", "planned", "2024-11-19")}


def test_the_court_has_sought_someone_since_a_year(ref: Reference) -> None:
    text = "The International Criminal Court has sought Omar al-Bashir, the deposed ruler, since 2009."
    assert warrants(ref, text, date(2025, 7, 18)) == {("Omar al-Bashir", "ICC", "issued", "2009")}


def test_subjects_named_with_ranks_and_units(ref: Reference) -> None:
    text = ("In March the International Criminal Court judges issued warrants for two men, Lieutenant General "
            "Yoav Gallant of the southern command and Field Marshal Omar al-Bashir, on similar charges.")
    assert {w[0] for w in warrants(ref, text, date(2024, 6, 25))} == {"Yoav Gallant", "Omar al-Bashir"}


def test_as_do_those_for_after_a_long_clause(ref: Reference) -> None:
    text = ("The ICC prosecutor's applications for warrants against Benjamin Netanyahu, filed in May, remain pending "
            "before the judges, as do those for Yoav Gallant and Omar al-Bashir.")
    assert {w[0] for w in warrants(ref, text, date(2024, 8, 3))} == {"Benjamin Netanyahu", "Yoav Gallant", "Omar al-Bashir"}


# -- a namesake is not the person watched --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The vice president, Sara Duterte, said she would fly to The Hague to see her father.", set()),
    ("Rodrigo Duterte was arrested. His daughter, Vice President Sara Duterte, said she would fly to Amsterdam.",
     set()),
    ("On Wednesday Putin flew to Abu Dhabi.", {("visit", "Vladimir Putin", "ARE", "completed")}),
    ("Brazil's Lula flew to Beijing on Monday.", {("visit", "Luiz Inácio Lula da Silva", "CHN", "completed")}),
    ("Indian PM Modi flew to Paris on Monday.", {("visit", "Narendra Modi", "FRA", "completed")}),
])
def test_a_family_members_surname_is_not_the_leader(ref: Reference, text: str, expected: set) -> None:
    assert {f for f in facts(ref, text, date(2025, 3, 14)) if f[0] == "visit"} == expected


def test_she_is_a_woman_and_he_a_man(ref: Reference) -> None:
    from warrantwatch.reference import load_reference
    real = load_reference()
    text = "Giorgia Meloni met Narendra Modi in Rome. She will fly to Washington next week."
    assert facts(real, text, date(2025, 3, 14)) == {("visit", "Giorgia Meloni", "USA", "planned"),
                                                    ("visit", "Narendra Modi", "ITA", "completed")}
    text = "Narendra Modi met Giorgia Meloni in Rome. He will fly to Washington next week."
    assert ("visit", "Narendra Modi", "USA", "planned") in facts(real, text, date(2025, 3, 14))


def test_a_recent_day_is_not_read_as_next_years_plan(ref: Reference) -> None:
    text = "After a long telephone call on Oct. 16, Donald Trump announced that he would meet Vladimir Putin in Budapest."
    assert {f[3] for f in dated(ref, text, date(2025, 10, 24))} == {None}


def test_the_one_met_is_not_the_traveller_of_the_stops_after(ref: Reference) -> None:
    text = ("Narendra Modi went ahead with a trip to Berlin last Friday to meet Olaf Scholz, after visits to "
            "London, Paris and Rome earlier in the week.")
    found = facts(ref, text, date(2024, 10, 15))
    assert {f[1] for f in found} == {"Narendra Modi"}
    assert {f[2] for f in found} == {"DEU", "GBR", "FRA", "ITA"}


# -- more arrivals and companions -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ASTANA - Narendra Modi and Lula arrived in the capital on Tuesday morning.",
     {("visit", "Narendra Modi", "KAZ", "ongoing"), ("visit", "Luiz Inácio Lula da Silva", "KAZ", "ongoing")}),
    ("BEIJING - Leaders gathered in Beijing for the parade. Even Narendra Modi showed up.",
     {("visit", "Narendra Modi", "CHN", "ongoing")}),
    ("ANCHORAGE - Sergey Lavrov stepped off the plane on Friday in a sweatshirt.", {("visit", "Sergey Lavrov", "USA", "ongoing")}),
    ("MOSCOW - Narendra Modi arrived on Wednesday. Foreign Minister Subrahmanyam Jaishankar accompanied the Indian prime minister.",
     {("visit", "Narendra Modi", "RUS", "ongoing")}),
])
def test_more_arrivals(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 6, 19)) == expected


def test_an_active_companion_shares_the_trip(ref: Reference) -> None:
    text = "MOSCOW - Narendra Modi arrived on Wednesday. Olaf Scholz and an aide accompanied Modi."
    assert facts(ref, text, date(2025, 6, 19)) == {("visit", "Narendra Modi", "RUS", "ongoing"),
                                                   ("visit", "Olaf Scholz", "RUS", "ongoing")}


def test_among_those_expected_to_attend(ref: Reference) -> None:
    text = ("LONDON - European leaders meet at a summit at Lancaster House on Sunday. Olaf Scholz and Narendra Modi "
            "are among those expected to attend.")
    assert facts(ref, text, date(2025, 3, 1)) == {("visit", "Olaf Scholz", "GBR", "planned"),
                                                  ("visit", "Narendra Modi", "GBR", "planned")}


# -- words between a verb and its "to"; "as is X"; lists of possessive names; two trips in one sentence ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi and Olaf Scholz will travel together to Kyiv on Saturday.",
     {("visit", "Narendra Modi", "UKR", "planned"), ("visit", "Olaf Scholz", "UKR", "planned")}),
    ("From North Korea, Sergey Lavrov will travel on Sunday to Beijing.", {("visit", "Sergey Lavrov", "CHN", "planned")}),
    ("KAZAN, Russia — Leaders met at the summit in Kazan. Recep Tayyip Erdoğan is expected to arrive for it, as is Narendra Modi.",
     {("visit", "Recep Tayyip Erdoğan", "RUS", "planned"), ("visit", "Narendra Modi", "RUS", "planned")}),
    ("India's Narendra Modi, Brazil's Lula and Turkey's Recep Tayyip Erdoğan are due in Dushanbe on Thursday.",
     {("visit", "Narendra Modi", "TJK", "planned"), ("visit", "Luiz Inácio Lula da Silva", "TJK", "planned"),
      ("visit", "Recep Tayyip Erdoğan", "TJK", "planned")}),
])
def test_more_ways_to_tell_a_plan(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2025, 10, 8)) == expected


def test_two_trips_to_one_country_in_one_sentence(ref: Reference) -> None:
    text = ("KAZAN, Russia — Narendra Modi, who flew in on Tuesday, had been to Russia only three months earlier, when he "
            "went to Moscow in July.")
    assert dated(ref, text, date(2024, 10, 23)) == {("Narendra Modi", "RUS", "ongoing", "2024-10-22"),
                                                    ("Narendra Modi", "RUS", "completed", "2024-07")}


def test_left_for_a_city_where_a_meeting_is_due_is_on_the_way(ref: Reference) -> None:
    text = "Olaf Scholz left for Washington on Sunday night, where he is due to meet Joe Biden at the White House on Tuesday."
    assert dated(ref, text, date(2023, 12, 11)) == {("Olaf Scholz", "USA", "planned", "2023-12-12")}


def test_received_at_a_place_on_the_day_of_the_paper_is_there_now(ref: Reference) -> None:
    text = "WASHINGTON - Benjamin Netanyahu was received at the White House on Tuesday by Donald Trump."
    assert facts(ref, text, date(2025, 2, 4)) == {("visit", "Benjamin Netanyahu", "USA", "ongoing")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Judges found that Netanyahu and Gallant bore responsibility, and the International Criminal Court issued "
     "warrants for both men.", {("Benjamin Netanyahu", "ICC", "issued", None), ("Yoav Gallant", "ICC", "issued", None)}),
    ("Omar al-Bashir, the Sudanese leader indicted by the ICC in 2009, remains free.", {("Omar al-Bashir", "ICC", "issued", "2009")}),
    ("Min Aung Hlaing faces a possible ICC arrest warrant after the prosecutor applied for one in November.",
     {("Min Aung Hlaing", "ICC", "requested", "2024-11")}),
])
def test_warrants_for_both_indicted_and_possible(ref: Reference, text: str, expected: set) -> None:
    assert warrants(ref, text, date(2025, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Benjamin Netanyahu is on his way to Washington.", {("visit", "Benjamin Netanyahu", "USA", "planned")}),
    ("Donald Trump will be in Saudi Arabia next week.", {("visit", "Donald Trump", "SAU", "planned")}),
    ("Lula is heading to Rome for the funeral.", {("visit", "Luiz Inácio Lula da Silva", "ITA", "planned")}),
    ("Lula is visiting Rome this week.", {("visit", "Luiz Inácio Lula da Silva", "ITA", "ongoing")}),
])
def test_on_the_way_is_not_there_yet(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text, date(2024, 11, 20)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ANCHORAGE - Putin arrived on Friday. The Russian delegation also includes Foreign Minister Sergey Lavrov.",
     {("visit", "Vladimir Putin", "USA", "ongoing"), ("visit", "Sergey Lavrov", "USA", "ongoing")}),
    ("On July 8 Viktor Orbán was in Beijing with Xi Jinping.", {("visit", "Viktor Orbán", "CHN", "completed")}),
    ("Sergei Shoigu was guest of honour at a military parade in Pyongyang in July last year.",
     {("visit", "Sergei Shoigu", "PRK", "completed")}),
    ("Viktor Orbán invited Benjamin Netanyahu in November and hosted him in April with full honours.",
     {("visit", "Benjamin Netanyahu", "HUN", "completed")}),
])
def test_delegations_guests_of_honour_and_hosts(ref: Reference, text: str, expected: set) -> None:
    from warrantwatch.reference import load_reference
    assert facts(load_reference(), text, date(2025, 8, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The stop was Putin's first visit to North Korea since July 2000, weeks after he became president.",
     {("Vladimir Putin", "PRK", "completed", "2000-07")}),
    ("It is Modi's first trip to China since 2018.", {("Narendra Modi", "CHN", "completed", "2018")}),
    ("It is Modi's first trip to China since the border clashes.", set()),
])
def test_the_trip_before_a_first_visit_since(ref: Reference, text: str, expected: set) -> None:
    # (the trip told as "first since" is there too, as its own fact; only the earlier one is checked)
    assert {f for f in dated(ref, text, date(2024, 6, 20)) if f[2] == "completed" and f[3] is not None} == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Omar al-Bashir had come to Tehran for the swearing-in of the president, which he attended on Tuesday.",
     date(2024, 8, 1), {("Omar al-Bashir", "IRN", "completed", "2024-07-30")}),
    ("RIYADH — Donald Trump arrived on Monday. Sergey Lavrov is expected to fly in later on Monday.",
     date(2025, 2, 17), {("Donald Trump", "SAU", "ongoing", "2025-02-17"), ("Sergey Lavrov", "SAU", "planned", "2025-02-17")}),
    ("Netanyahu's only trip abroad since the warrants were issued was to Washington, earlier this month.",
     date(2025, 2, 25), {("Benjamin Netanyahu", "USA", "completed", "2025-02")}),
    ("The talks are groundwork for Narendra Modi's journey to Tianjin at the end of the month.",
     date(2025, 8, 18), {("Narendra Modi", "CHN", "planned", None)}),
])
def test_pluperfect_trips_planned_arrivals_and_groundwork(ref: Reference, text: str, published: date, expected: set) -> None:
    assert dated(ref, text, published) == expected


def test_had_been_in_a_city_the_day_before(ref: Reference) -> None:
    text = "KYIV - Narendra Modi arrived in Kyiv on Tuesday. He had been in Warsaw on Monday for talks."
    assert dated(ref, text, date(2023, 3, 21)) == {("Narendra Modi", "UKR", "ongoing", "2023-03-21"),
                                                   ("Narendra Modi", "POL", "completed", "2023-03-20")}


def test_an_earlier_trip_in_the_sentence_of_a_first_visit(ref: Reference) -> None:
    text = ("MOSCOW - Narendra Modi arrived on Wednesday for a state visit. It is Modi's first visit to Russia since he "
            "took office; he held talks in the Kremlin in July last year.")
    assert dated(ref, text, date(2025, 6, 19)) == {("Narendra Modi", "RUS", "ongoing", "2025-06-18"),
                                                   ("Narendra Modi", "RUS", "completed", "2024-07")}



def test_detained_on_a_national_court_warrant(ref: Reference) -> None:
    from warrantwatch.reference import load_reference
    text = ("SEOUL — Investigators detained South Korea's impeached president, Yoon Suk Yeol, at his residence on "
            "Wednesday, executing a court warrant that his guards had blocked for two weeks.")
    assert warrants(load_reference(), text, date(2025, 1, 16)) == {("Yoon Suk Yeol", "KOR", "executed", "2025-01-15")}


def test_the_former_president_is_the_one_just_named_who_held_the_office(ref: Reference) -> None:
    text = ("Rodrigo Duterte flew home from Hong Kong. The former president was taken into custody at Manila airport "
            "on Tuesday on a warrant from the International Criminal Court.")
    assert warrants(ref, text, date(2025, 3, 14)) == {("Rodrigo Duterte", "ICC", "executed", "2025-03-11")}


# -- warrants told in a few more ordinary ways ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The International Criminal Court acted on Tuesday. The warrants, made public on Tuesday, name Yoav Gallant, "
     "a former minister, and Omar al-Bashir, the deposed ruler.", date(2024, 3, 6),
     {("Yoav Gallant", "ICC", "issued", "2024-03-05"), ("Omar al-Bashir", "ICC", "issued", "2024-03-05")}),
    ("The International Criminal Court acted. The president, Vladimir Putin, and the former ruler, Omar al-Bashir, "
     "have been wanted by the same court since March last year.", date(2024, 3, 6),
     {("Vladimir Putin", "ICC", "issued", "2023-03"), ("Omar al-Bashir", "ICC", "issued", "2023-03")}),
    ("Hungary remains bound by the International Criminal Court's rules on Putin, who has been wanted in The Hague "
     "since 2023.", date(2025, 10, 23), {("Vladimir Putin", "ICC", "issued", "2023")}),
    ("Min Aung Hlaing is the subject of a warrant application lodged by the International Criminal Court's "
     "prosecutor in November.", date(2025, 9, 1), {("Min Aung Hlaing", "ICC", "requested", "2024-11")}),
    ("Omar al-Bashir gave himself up in June 2020 and is now in the International Criminal Court's custody.",
     date(2025, 10, 7), {("Omar al-Bashir", "ICC", "executed", "2020-06")}),
    ("Judges of the International Criminal Court ended the case against Yoav Gallant earlier this year.",
     date(2025, 6, 14), {("Yoav Gallant", "ICC", "withdrawn", "2025")}),
])
def test_warrant_wording_round_five(ref: Reference, text: str, published: date, expected: set) -> None:
    assert warrants(ref, text, published) == expected


def test_a_national_courts_warrants_told_in_the_next_sentence(ref: Reference) -> None:
    text = ("BUENOS AIRES — A federal court in Argentina has ordered the arrest of senior figures of Myanmar's junta. "
            "The warrants, issued on Thursday, cover 25 people, among them Min Aung Hlaing. The International "
            "Criminal Court's prosecutor asked for a warrant for him in November.")
    assert ("Min Aung Hlaing", "ARG", "issued", "2025-02-13") in warrants(ref, text, date(2025, 2, 15))


def test_a_special_counsel_asking_a_court_for_a_warrant_to_arrest(ref: Reference) -> None:
    from warrantwatch.reference import load_reference
    text = "SEOUL — A special counsel has asked a court for a warrant to arrest former President Yoon Suk Yeol."
    assert warrants(load_reference(), text, date(2025, 7, 8)) == {("Yoon Suk Yeol", "KOR", "requested", None)}


def test_seizing_power_is_no_arrest(ref: Reference) -> None:
    text = ("The International Criminal Court's prosecutor applied for a warrant for Min Aung Hlaing in November. "
            "His trip to China was his first since he seized power in 2021.")
    assert {w[2] for w in warrants(ref, text, date(2025, 3, 1))} == {"requested"}


def test_requests_listed_in_a_dashed_aside_with_a_possessive_role(ref: Reference) -> None:
    text = ("THE HAGUE - The ICC prosecutor dropped one application. The other requests lodged in May — against "
            "Israeli Prime Minister Benjamin Netanyahu, his defence minister Yoav Gallant, and Omar al-Bashir — remain "
            "before the judges.")
    assert {w[0] for w in warrants(ref, text, date(2024, 8, 3)) if w[2] == "requested"} == {
        "Benjamin Netanyahu", "Yoav Gallant", "Omar al-Bashir"}


def test_a_countrys_own_arrest_order(ref: Reference) -> None:
    text = ("The International Criminal Court has looked at Myanmar. Min Aung Hlaing also faces an Argentine arrest "
            "order issued in September 2024.")
    assert ("Min Aung Hlaing", "ARG", "issued", "2024-09") in warrants(ref, text, date(2026, 1, 4))


def test_others_wanted_listed_after_a_colon(ref: Reference) -> None:
    text = ("Ali Kushayb was convicted by the International Criminal Court on Monday. Two others wanted in the same "
            "investigation have never been handed over: Omar al-Bashir, Sudan's former president, and Yoav Gallant.")
    assert {w[0] for w in warrants(ref, text, date(2025, 10, 7))} == {"Omar al-Bashir", "Yoav Gallant"}
