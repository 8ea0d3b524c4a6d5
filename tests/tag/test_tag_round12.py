"""Language the twelfth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

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
