"""Language the twenty-eighth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_27_NOV_2026 = date(2026, 11, 27)


# -- "was back in London on Friday for the last stretch of the visit": the stay goes on ---------------------------------

def test_back_in_a_city_on_the_papers_day_is_there_still(full_ref: Reference) -> None:
    text = "Olaf Scholz was back in Oslo on Friday for the last stretch of a five-day visit to Norway."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "ongoing", "2026-11-27")}


def test_back_in_a_country_last_month_was_a_second_trip(full_ref: Reference) -> None:
    text = "Olaf Scholz went to Norway in September. He was back in Norway in October for the energy talks."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2026-09"),
                                                     ("visit", "Olaf Scholz", "NOR", "completed", "2026-10")}
