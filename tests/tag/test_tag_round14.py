"""Language the fourteenth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference, load_reference

WED_12_NOV_2025 = date(2025, 11, 12)


@pytest.fixture(scope="module")
def full_ref() -> Reference:
    """The shipped reference: the test fixture's lacks several people these cases need."""
    return load_reference()


# -- "visited the White House": the building after a verb of visiting is a place, not the government -----------------

@pytest.mark.parametrize("building", ["the White House", "the Kremlin"])
def test_a_visited_seat_of_government_is_a_place(ref: Reference, building: str) -> None:
    text = f"Days after Narendra Modi visited {building} on Friday, the two sides signed a trade deal."
    iso3 = {"the White House": "USA", "the Kremlin": "RUS"}[building]
    assert {f[:4] for f in dated(ref, text, WED_12_NOV_2025)} == {("visit", "Narendra Modi", iso3, "completed")}
