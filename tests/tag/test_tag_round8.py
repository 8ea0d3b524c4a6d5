"""Language the eighth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

WED_12_NOV_2025 = date(2025, 11, 12)


# -- a host told in a relative clause or by "it" ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vietnam, which also hosted Joe Biden last September, has kept its balance between the powers.",
    "To the irritation of its neighbours, Hanoi — which also hosted Joe Biden last September — kept its options open.",
])
def test_a_host_in_a_relative_clause_is_the_guests_visit(ref: Reference, text: str) -> None:
    assert dated(ref, text, WED_12_NOV_2025) == {("visit", "Joe Biden", "VNM", "completed", "2025-09")}


def test_it_hosted_is_the_country_that_opens_the_sentence(ref: Reference) -> None:
    text = "Hungary announced its departure from the court in April, on the day it hosted Benjamin Netanyahu."
    assert dated(ref, text, WED_12_NOV_2025) == {("visit", "Benjamin Netanyahu", "HUN", "completed", "2025-04")}


def test_it_hosted_needs_a_country_to_be_it(ref: Reference) -> None:
    text = "The summit was a success, and on the day it hosted Benjamin Netanyahu the hall was full."
    assert dated(ref, text, WED_12_NOV_2025) == set()
