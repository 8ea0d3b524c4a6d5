"""Language the ninth round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

THU_14_NOV_2024 = date(2024, 11, 14)


# -- a bare verb after "and then" shares the plan told before it ---------------------------------------------------

def test_and_then_pay_a_visit_after_will_travel_is_planned(ref: Reference) -> None:
    text = ("Xi Jinping will travel to Rio de Janeiro for the G20 summit, set for Nov. 18 to 19, "
            "and then pay a state visit to Brazil at the invitation of Lula.")
    assert dated(ref, text, THU_14_NOV_2024) == {("visit", "Xi Jinping", "BRA", "planned", "2024-11-18")}


def test_and_then_pay_a_visit_after_a_past_trip_is_not_planned(ref: Reference) -> None:
    text = "Xi Jinping flew to Lima for the APEC meeting in 2016, and then paid a state visit to Ecuador."
    assert {f[3] for f in dated(ref, text, THU_14_NOV_2024)} == {"completed"}
