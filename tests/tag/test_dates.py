from __future__ import annotations

from datetime import date

import pytest

from warrantwatch.dates import find_dates, resolve_date

PUB = date(2024, 11, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "prefer", "expected"),
    [
        ("the warrant was issued in March last year", "past", "2023-03"),
        ("On Nov. 21 last year, judges issued", "past", "2023-11-21"),
        ("on 17 March last year the court acted", "past", "2023-03-17"),
        ("a summit on June 3 next year", "future", "2025-06-03"),
        ("he skipped last year's summit", "past", "2023"),
        ("In September, the leader flew north", "past", "2024-09"),
        ("in December she will travel", "future", "2024-12"),
        ("in February she will travel", "future", "2025-02"),
        ("in February she travelled", "past", "2024-02"),
        ("this week's gathering", "past", "2024-11"),
        ("on Sept. 3 the trip began", "past", "2024-09-03"),
        ("the meeting is set for Dec. 5", "future", "2024-12-05"),
        ("talks on 5 March 2023", "past", "2023-03-05"),
        ("talks on March 5, 2023", "past", "2023-03-05"),
        ("a visit next year", "future", "2025"),
        ("talks last month", "past", "2024-10"),
        ("a trip next month", "future", "2024-12"),
        ("in December 2022", "past", "2022-12"),
        ("arrived on Monday", "past", "2024-11-18"),
        ("will arrive on Friday", "future", "2024-11-22"),
        ("yesterday", "past", "2024-11-19"),
        ("two weeks ago", "past", "2024-11-06"),
        ("earlier this year", "past", "2024"),
        ("last March", "past", "2024-03"),
        ("next March", "future", "2025-03"),
    ],
)
def test_relative_and_absolute_forms(text: str, prefer: str, expected: str) -> None:
    assert resolve_date(text, PUB, prefer) == expected


def test_modal_may_and_numbers_are_not_dates() -> None:
    assert find_dates("he may travel with 2,000 guards and 20 percent more", PUB) == []


def test_several_dates_in_order_with_spans() -> None:
    text = "After talks on Monday, he left in June 2023."
    found = find_dates(text, PUB)
    assert [d.value for d in found] == ["2024-11-18", "2023-06"]
    assert text[found[1].start : found[1].end] == "June 2023"
    assert found[1].precision == "month"


def test_impossible_day_falls_back_to_the_month() -> None:
    assert resolve_date("on February 30", PUB) == "2024-02"


def test_day_spans_resolve_to_their_first_day() -> None:
    pub = date(2024, 11, 1)
    assert resolve_date("Leaders meet on 18–19 November in Rio.", pub, "future") == "2024-11-18"
    assert resolve_date("The summit runs Nov. 18-19.", pub, "future") == "2024-11-18"
    assert resolve_date("talks on the 3rd and 4th of December", pub, "future") == "2024-12-03"


def test_weekends_give_the_month_of_their_saturday() -> None:
    monday = date(2024, 11, 18)
    assert find_dates("last weekend", monday)[0].value == "2024-11"
    assert find_dates("this weekend", date(2024, 11, 28), "future")[0].value == "2024-11"
    assert find_dates("next weekend", date(2024, 11, 28), "future")[0].value == "2024-12"
    assert find_dates("last weekend", date(2024, 12, 1))[0].value == "2024-11"


def test_may_hold_date_is_true_wherever_a_date_expression_is() -> None:
    from warrantwatch.dates import may_hold_date

    texts = ["He went there last weekend", "on Sept. 3", "two weeks ago", "in 2019", "18-19 November",
             "next Tuesday", "tonight", "the March 2022 invasion", "PER0 met PER1 in LOC2"]
    for text in texts:
        for mention in find_dates(text, PUB):
            assert may_hold_date(mention.text), mention
    assert not may_hold_date("PER0 met PER1 in LOC2 for talks on trade")  # placeholders hold no date
    assert may_hold_date("a YEAR of talks")


# -- "that year", "that September", "December of that year": the time the text was just telling of ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("In June 2022 he went north. That September he went south.", ["2022-06", "2022-09"]),
    ("In October 2021 he flew east. In December of that year he flew west.", ["2021-10", "2021-12"]),
    ("In August 2020 he flew to the coast. At the end of that month he was home.", ["2020-08", "2020-08"]),
    ("The court acted in 2019. Later that year the appeal failed.", ["2019", "2019"]),
])
def test_anaphoric_dates_point_back_to_the_last_date_told(text: str, expected: list[str]) -> None:
    from warrantwatch.dates import resolve_scanned, scan_dates
    from warrantwatch.tagger.entities import split_sentences

    values: list[str] = []
    anchor = None
    for start, end in split_sentences(text):
        found = resolve_scanned(scan_dates(text[start:end]), PUB, "past", anchor)
        values += [d.value for d in found]
        anchor = found[-1].value if found else anchor
    assert values == expected


def test_that_year_with_nothing_told_before_is_no_date() -> None:
    assert [d.value for d in find_dates("Later that year the appeal failed.", PUB)] == []


def test_a_travel_record_dates_each_trip_by_the_year_just_told(ref) -> None:
    from tests.tag.tagkit import dated

    text = ("In June 2024 Vladimir Putin flew to Pyongyang for talks. That September he went to Mongolia, "
            "a member of the court. In December of that year he visited the United Arab Emirates.")
    found = {(f[2], f[4]) for f in dated(ref, text, date(2026, 3, 17)) if f[0] == "visit"}
    assert found == {("PRK", "2024-06"), ("MNG", "2024-09"), ("ARE", "2024-12")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Three years ago today, judges issued a warrant", "2021-11-20"),
    ("Two months ago today the summit opened", "2024-09-20"),
])
def test_ago_today_is_that_day_so_long_before(text: str, expected: str) -> None:
    assert [d.value for d in find_dates(text, PUB)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The court announced on Tuesday that its judges had issued the warrants a day earlier.", ["2024-06-25", "2024-06-24"]),
    ("He arrived on June 19 and left the next day.", ["2024-06-19", "2024-06-20"]),
    ("The chamber met on March 17, 2023; the day before, it had heard the prosecutor.", ["2023-03-17", "2023-03-16"]),
    ("The chamber met on March 17, 2023 and signed the warrants the following day.", ["2023-03-17", "2023-03-18"]),
    ("He was in Kyiv on June 2. Three days later he landed in Moscow.", ["2024-06-02", "2024-06-05"]),
    ("The chamber signed the warrants on March 17, 2023, and the prosecutor had applied two days earlier.",
     ["2023-03-17", "2023-03-15"]),
])
def test_a_day_before_or_after_the_day_told(text: str, expected: list[str]) -> None:
    assert [d.value for d in find_dates(text, date(2024, 6, 26))] == expected


@pytest.mark.parametrize("text", [
    "It came a day after the summit, in June.",  # counted from an event, not from a date told
    "The previous day was quiet.",  # no day told before it
    "It came three days after the summit, in June.",  # counted from an event
])
def test_a_day_counted_from_no_day_told_is_no_date(text: str) -> None:
    assert [d.value for d in find_dates(text, date(2024, 6, 26)) if len(d.value) == 10] == []
