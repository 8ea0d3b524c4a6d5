"""Language the twenty-seventh round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

FRI_27_NOV_2026 = date(2026, 11, 27)


# -- "X's state visit to Y, which ended on Thursday, gave Z ...": the noun's own verb, past the relative clause ---------------

@pytest.mark.parametrize("text", [
    "Olaf Scholz's three-day visit to Norway, which ended in Bergen on Wednesday, gave the Norwegian press a week of headlines.",
    "Olaf Scholz's visit to Norway brought a new gas deal.",
])
def test_a_trip_noun_told_by_a_past_verb_after_it_is_over(full_ref: Reference, text: str) -> None:
    assert {f[:4] for f in dated(full_ref, text, FRI_27_NOV_2026)} == {("visit", "Olaf Scholz", "NOR", "completed")}


def test_a_trip_noun_told_by_a_past_verb_is_dated_by_the_relative_clause(full_ref: Reference) -> None:
    text = "Olaf Scholz's three-day visit to Norway, which ended in Bergen on Wednesday, gave the Norwegian press a week of headlines."
    assert dated(full_ref, text, FRI_27_NOV_2026) == {("visit", "Olaf Scholz", "NOR", "completed", "2026-11-25")}


def test_a_trip_noun_with_a_verb_ahead_is_still_a_plan(full_ref: Reference) -> None:
    assert dated(full_ref, "Olaf Scholz's visit to Norway will bring a new gas deal.", FRI_27_NOV_2026) == {
        ("visit", "Olaf Scholz", "NOR", "planned", None)}
