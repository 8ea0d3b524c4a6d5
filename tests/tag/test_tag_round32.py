"""Language the thirty-second round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

SAT_28_NOV_2026 = date(2026, 11, 28)


# -- "The Hungarian prime minister arrived late and said little": a bare arrival at the story's gathering ------------

@pytest.mark.parametrize("text", [
    "BRUSSELS - European Union leaders are meeting in Brussels on Saturday for a special summit on defence. Viktor "
    "Orbán arrived late and said little.",
    "BRUSSELS - European Union leaders are meeting in Brussels on Saturday for a special summit on defence. Viktor "
    "Orbán arrived late.",
])
def test_a_late_arrival_at_the_story_s_gathering_is_there(full_ref: Reference, text: str) -> None:
    facts = dated(full_ref, text, SAT_28_NOV_2026)
    assert ("visit", "Viktor Orbán", "BEL", "ongoing", "2026-11-28") in facts


def test_those_among_the_leaders_who_spoke_to_reporters_on_arrival_are_there(full_ref: Reference) -> None:
    facts = dated(full_ref, "BRUSSELS - European Union leaders are meeting in Brussels on Saturday for a special summit "
                  "on defence. Emmanuel Macron and Giorgia Meloni were among the leaders who stopped to speak to "
                  "reporters on arrival.", SAT_28_NOV_2026)
    assert {("visit", "Emmanuel Macron", "BEL", "ongoing", "2026-11-28"),
            ("visit", "Giorgia Meloni", "BEL", "ongoing", "2026-11-28")} <= facts
