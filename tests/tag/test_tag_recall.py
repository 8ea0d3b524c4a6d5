"""Recall and date rules added in the third round, each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

# -- the first day of the gathering, told in another sentence ------------------------------------------


def test_gathering_days_told_later_date_the_trips_without_a_day(ref: Reference) -> None:
    text = ("Vladimir Putin will not go to the summit in Johannesburg next month, his spokesman said. "
            "Sergey Lavrov will lead the delegation instead. "
            "The summit is scheduled for Dec. 9 to 11 at a convention centre near the airport.")
    assert dated(ref, text) >= {
        ("visit", "Vladimir Putin", "ZAF", "declined", "2024-12-09"),
        ("visit", "Sergey Lavrov", "ZAF", "planned", "2024-12-09"),
    }


def test_gathering_days_before_the_trips_and_in_day_month_order(ref: Reference) -> None:
    text = ("Leaders meet in Astana on 3 and 4 December for a regional summit. "
            "Xi Jinping is expected to attend the summit.")
    assert ("visit", "Xi Jinping", "KAZ", "planned", "2024-12-03") in dated(ref, text)


def test_a_single_day_or_another_month_does_not_override(ref: Reference) -> None:
    # A trip dated by its own sentence keeps that date; a meeting day without a span is no schedule.
    text = ("Xi Jinping visited Hungary in May. "
            "The summit in Budapest was held on Nov. 3, officials said.")
    assert ("visit", "Xi Jinping", "HUN", "completed", "2024-05") in dated(ref, text)


# -- one stay told on several days ---------------------------------------------------------------------


def test_a_stay_told_on_two_days_is_one_trip_from_its_first_day(ref: Reference) -> None:
    text = ("Joe Biden landed in Luanda on Monday evening. "
            "Biden held talks in Luanda on Tuesday with his Angolan counterpart.")
    assert dated(ref, text) == {("visit", "Joe Biden", "AGO", "ongoing", "2024-11-18")}


def test_travelled_there_then_is_there_is_an_ongoing_stay(ref: Reference) -> None:
    text = ("Narendra Modi flew to Vienna on Tuesday. "
            "Modi is in Vienna on Wednesday for talks on trade.")
    assert dated(ref, text) == {("visit", "Narendra Modi", "AUT", "ongoing", "2024-11-19")}


def test_an_undated_past_arrival_adds_nothing_beside_the_stay(ref: Reference) -> None:
    text = ("Xi Jinping arrived in Budapest on Tuesday. "
            "Xi came to Hungary from Serbia, where he had held talks with President Aleksandar Vucic.")
    found = dated(ref, text)
    assert ("visit", "Xi Jinping", "HUN", "ongoing", "2024-11-19") in found
    assert not any(f[2] == "HUN" and f[3] == "completed" for f in found)


def test_two_trips_weeks_apart_stay_two_trips(ref: Reference) -> None:
    text = "Joe Biden visited Angola on Oct. 2. He visited Angola again on Nov. 15."
    assert {f[4] for f in dated(ref, text)} == {"2024-10-02", "2024-11-15"}


# -- abbreviations with their own dot ------------------------------------------------------------------


def test_the_us_president_with_dots_is_a_title(ref: Reference) -> None:
    text = "Joe Biden began a tour of Africa last week. The U.S. president arrived in Angola on Monday."
    assert ("visit", "Joe Biden", "AGO", "ongoing", "2024-11-18") in dated(ref, text)


# -- "the president" with no country: the person just named who holds the office ----------------------


def test_bare_title_is_the_last_named_holder_of_that_office(ref: Reference) -> None:
    text = ("Joe Biden met business leaders in New York on Monday. "
            "The president then flew to Riyadh for talks with the crown prince.")
    assert ("visit", "Joe Biden", "SAU", "completed") in {f[:4] for f in dated(ref, text)}


def test_bare_title_skips_people_without_that_office(ref: Reference) -> None:
    # Lavrov is named last but is no president: "the president" is still Putin.
    text = ("Vladimir Putin spoke with Sergey Lavrov on Monday. "
            "The president will travel to Hanoi next month, the Kremlin said.")
    assert {f[:4] for f in dated(ref, text)} == {("visit", "Vladimir Putin", "VNM", "planned")}


def test_bare_title_of_an_institution_is_no_person(ref: Reference) -> None:
    text = ("Joe Biden spoke to reporters in Washington. "
            "The president of the bank will visit Angola next week.")
    assert dated(ref, text) == set()


# -- flying home ends the stays ------------------------------------------------------------------------


def test_flying_home_turns_the_stay_into_a_finished_trip(ref: Reference) -> None:
    text = ("Joe Biden began his visit to Angola on Monday with talks in Luanda. "
            "Biden flew home on Wednesday after touring a railway terminal.")
    assert {f[:4] for f in dated(ref, text)} == {("visit", "Joe Biden", "AGO", "completed")}


def test_a_plan_to_fly_home_does_not_end_the_stay(ref: Reference) -> None:
    text = ("Joe Biden is in Luanda on a three-day visit. "
            "Biden will fly home on Friday.")
    assert {f[:4] for f in dated(ref, text)} == {("visit", "Joe Biden", "AGO", "ongoing")}


# -- a summit of named leaders in a named place --------------------------------------------------------


def test_summit_between_two_leaders_put_on_hold_is_cancelled_for_both(ref: Reference) -> None:
    text = "The long-awaited summit between Joe Biden and Vladimir Putin in Geneva has been put on hold, officials said."
    assert {f[:4] for f in dated(ref, text)} == {
        ("visit", "Joe Biden", "CHE", "cancelled"), ("visit", "Vladimir Putin", "CHE", "cancelled")}


def test_planned_summit_with_a_leader_names_both_guests(ref: Reference) -> None:
    text = "Security was tightened for Vladimir Putin ahead of the planned summit with Joe Biden in Vienna."
    assert {f[:4] for f in dated(ref, text)} == {
        ("visit", "Vladimir Putin", "AUT", "planned"), ("visit", "Joe Biden", "AUT", "planned")}


def test_summit_in_the_hosts_own_country_is_no_trip_for_the_host(ref: Reference) -> None:
    text = "A proposed summit between Viktor Orbán and Xi Jinping in Budapest was shelved on Monday."
    assert {f[:4] for f in dated(ref, text)} == {("visit", "Xi Jinping", "HUN", "cancelled")}


def test_a_summit_someone_might_hold_is_no_plan(ref: Reference) -> None:
    assert dated(ref, "Diplomats said a summit between Joe Biden and Xi Jinping in Lima could be arranged.") == set()


# -- dates: when it was said is not when the trip is ---------------------------------------------------


def test_the_day_a_plan_was_announced_does_not_date_the_trip(ref: Reference) -> None:
    text = "Xi Jinping will visit Hungary, the foreign ministry said on Monday."
    assert dated(ref, text) == {("visit", "Xi Jinping", "HUN", "planned", None)}


def test_a_called_off_trip_takes_the_day_it_was_due(ref: Reference) -> None:
    text = ("Joe Biden has postponed his trip to Germany, the White House said. "
            "He was due to arrive in Berlin on Thursday for talks.")
    assert dated(ref, text) == {("visit", "Joe Biden", "DEU", "cancelled", "2024-11-21")}


def test_a_weekday_in_that_days_paper_is_that_day(ref: Reference) -> None:
    wednesday = date(2024, 11, 20)
    assert ("visit", "Xi Jinping", "HUN", "planned", "2024-11-20") in dated(
        ref, "Xi Jinping will arrive in Budapest on Wednesday evening.", wednesday)
    assert ("visit", "Xi Jinping", "HUN", "planned", "2024-11-27") in dated(
        ref, "Xi Jinping will arrive in Budapest next Wednesday.", wednesday)


# -- itinerary legs ------------------------------------------------------------------------------------


def test_flew_on_to_a_place_where_someone_will_host_him_is_there_now(ref: Reference) -> None:
    text = "Narendra Modi flew on to Vienna, where the chancellor will host him at a dinner."
    assert {f[:4] for f in dated(ref, text)} == {("visit", "Narendra Modi", "AUT", "ongoing")}


def test_flew_on_to_a_place_where_he_had_been_stays_finished(ref: Reference) -> None:
    text = "Narendra Modi flew on to Vienna, where he had held talks a year earlier."
    assert {f[:4] for f in dated(ref, text)} == {("visit", "Narendra Modi", "AUT", "completed")}


def test_came_from_a_place_where_he_spent_days_is_a_finished_leg(ref: Reference) -> None:
    text = "Xi Jinping came to Hungary from Serbia, where he spent Sunday and Monday with President Vucic."
    assert ("visit", "Xi Jinping", "SRB", "completed", "2024-11-17") in dated(ref, text)


# -- meetings ------------------------------------------------------------------------------------------


def test_after_meeting_someone_somewhere_is_a_finished_meeting_there(ref: Reference) -> None:
    text = "Joe Biden flew home after meeting Xi Jinping in the Peruvian capital of Lima on Saturday."
    assert ("visit", "Joe Biden", "PER", "completed") in {f[:4] for f in dated(ref, text)}


def test_held_his_first_meeting_with_someone_in_a_place(ref: Reference) -> None:
    text = "Narendra Modi held his first formal meeting with Xi Jinping on Tuesday in Kazan."
    assert {f[:4] for f in dated(ref, text)} == {
        ("visit", "Narendra Modi", "RUS", "completed"), ("visit", "Xi Jinping", "RUS", "completed")}


def test_a_meeting_yesterday_is_finished_unless_the_stay_goes_on(ref: Reference) -> None:
    assert {f[:4] for f in dated(ref, "Joe Biden met Xi Jinping in Lima on Tuesday.")} == {
        ("visit", "Joe Biden", "PER", "completed"), ("visit", "Xi Jinping", "PER", "completed")}
    text = "Joe Biden is in Lima for the forum. He met Xi Jinping in Lima on Tuesday."
    assert ("visit", "Joe Biden", "PER", "ongoing") in {f[:4] for f in dated(ref, text)}


def test_attending_his_first_summit_names_the_summit(ref: Reference) -> None:
    text = "Olaf Scholz, attending his first G-20 as chancellor, spoke about trade."
    assert ("visit", "Olaf Scholz", "BRA", "ongoing") in {f[:4] for f in dated(ref, text)}


# -- presence at a gathering ---------------------------------------------------------------------------


def test_those_sat_beside_each_other_at_the_summit_are_all_there(ref: Reference) -> None:
    text = ("Leaders are meeting in Kazan for the BRICS summit. "
            "Xi Jinping sat beside Narendra Modi and Lula as the statement was read out.")
    found = {f[:4] for f in dated(ref, text, date(2024, 10, 23))}
    assert {("visit", "Xi Jinping", "RUS", "ongoing"), ("visit", "Narendra Modi", "RUS", "ongoing"),
            ("visit", "Luiz Inácio Lula da Silva", "RUS", "ongoing")} <= found


def test_stood_alongside_the_host_at_a_dated_parade_is_a_finished_visit(ref: Reference) -> None:
    text = "At the parade in Beijing on Nov. 3, Vladimir Putin and Hungary's Viktor Orbán stood alongside Xi Jinping."
    assert {f[:4] for f in dated(ref, text)} == {
        ("visit", "Vladimir Putin", "CHN", "completed"), ("visit", "Viktor Orbán", "CHN", "completed")}


def test_was_among_the_leaders_at_the_summit(ref: Reference) -> None:
    text = "Olaf Scholz was among the leaders at the summit in Lima on Nov. 15."
    assert {f[:4] for f in dated(ref, text)} == {("visit", "Olaf Scholz", "PER", "completed")}


def test_among_without_a_gathering_is_nothing(ref: Reference) -> None:
    assert dated(ref, "Olaf Scholz was among those who criticised the plan in Lima.") == set()


# -- itinerary legs ------------------------------------------------------------------------------------


def test_a_tour_that_began_somewhere_then_went_on(ref: Reference) -> None:
    text = "Joe Biden's African tour had begun in Luanda last weekend, followed by three days in Nairobi."
    assert dated(ref, text) == {("visit", "Joe Biden", "AGO", "completed", "2024-11"),
                                ("visit", "Joe Biden", "KEN", "completed", "2024-11")}


def test_and_then_after_a_where_clause_keeps_the_sentence_subject(ref: Reference) -> None:
    text = ("Narendra Modi held talks in Vienna on Tuesday, where the chancellor praised the trade deal, "
            "and spent Wednesday in Prague.")
    assert {f[:4] for f in dated(ref, text)} == {("visit", "Narendra Modi", "AUT", "completed"),
                                                 ("visit", "Narendra Modi", "CZE", "completed")}


def test_a_leg_someone_else_takes_is_not_the_travellers(ref: Reference) -> None:
    text = "Narendra Modi held talks in Vienna, where the chancellor said her deputy would then fly to Prague."
    assert {f[:4] for f in dated(ref, text)} == {("visit", "Narendra Modi", "AUT", "completed")}


def test_bare_title_far_from_the_last_mention_stays_unresolved(ref: Reference) -> None:
    text = ("Joe Biden spoke to reporters in Washington. "
            "Markets fell sharply on Tuesday. Oil prices rose. Shares in the bank slid. "
            "The president will visit Angola next week.")
    assert dated(ref, text) == set()


# -- more ways to say a trip ---------------------------------------------------------------------------


def test_will_not_make_the_trip_to_the_articles_gathering(ref: Reference) -> None:
    text = ("Leaders are meeting in Lima for the APEC summit. "
            "Officials confirmed that Vladimir Putin would not make the trip.")
    assert ("visit", "Vladimir Putin", "PER", "declined") in {f[:4] for f in dated(ref, text)}


def test_leading_the_delegation_in_his_place(ref: Reference) -> None:
    text = ("Vladimir Putin will skip the summit in Lima. "
            "Sergey Lavrov will lead the delegation in his place.")
    assert ("visit", "Sergey Lavrov", "PER", "planned") in {f[:4] for f in dated(ref, text)}


def test_visited_the_country_is_the_country_just_named(ref: Reference) -> None:
    text = "Judges said Mongolia should have detained Vladimir Putin when he visited the country in September."
    assert ("visit", "Vladimir Putin", "MNG", "completed", "2024-09") in dated(ref, text)


def test_the_country_with_no_country_named_is_nowhere(ref: Reference) -> None:
    assert dated(ref, "Vladimir Putin visited the country in September.") == set()


def test_his_first_trip_was_to(ref: Reference) -> None:
    text = "Vladimir Putin has travelled little. His first trip abroad after the ruling was to Kyrgyzstan in October."
    assert ("visit", "Vladimir Putin", "KGZ", "completed", "2024-10") in dated(ref, text)
