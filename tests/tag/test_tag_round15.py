"""Language the fifteenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference, load_reference

TUE_14_OCT_2025 = date(2025, 10, 14)


@pytest.fixture(scope="module")
def full_ref() -> Reference:
    """The shipped reference: the test fixture's lacks several people these cases need."""
    return load_reference()


# -- "a mission that took him this month to Cairo and Doha": a time between the one carried and the places ----------

def test_a_trip_that_took_him_this_month_to_places(ref: Reference) -> None:
    text = ("Narendra Modi spoke after a whirlwind tour that took him this month to Cairo and Doha, his aides "
            "said on Tuesday.")
    assert {f[:5] for f in dated(ref, text, TUE_14_OCT_2025)} == {
        ("visit", "Narendra Modi", "EGY", "completed", "2025-10"), ("visit", "Narendra Modi", "QAT", "completed", "2025-10")}
