"""Language the eleventh round of rules covers, each on sentences written for these tests (not taken from
any evaluation set)."""

from __future__ import annotations

from datetime import date

from tests.tag.tagkit import dated
from warrantwatch.reference import Reference

MON_17_MAR_2025 = date(2025, 3, 17)


# -- "all attended" a gathering the opening says closed: done, not still there ----------------------------------

def test_those_who_attended_a_gathering_that_closed_are_done(ref: Reference) -> None:
    text = ("GENEVA - A two-day conference on peace in Sudan closed on Sunday with a joint statement. "
            "Olaf Scholz, Narendra Modi and Recep Tayyip Erdoğan all attended and urged more aid.")
    assert {f[:4] for f in dated(ref, text, MON_17_MAR_2025)} == {
        ("visit", name, "CHE", "completed") for name in ("Olaf Scholz", "Narendra Modi", "Recep Tayyip Erdoğan")}


def test_those_who_attended_a_gathering_that_opened_yesterday_are_still_there(ref: Reference) -> None:
    text = ("GENEVA - A two-day conference on peace in Sudan opened on Sunday with a joint statement. "
            "Olaf Scholz, Narendra Modi and Recep Tayyip Erdoğan all attended and urged more aid.")
    assert {f[:4] for f in dated(ref, text, MON_17_MAR_2025)} == {
        ("visit", name, "CHE", "ongoing") for name in ("Olaf Scholz", "Narendra Modi", "Recep Tayyip Erdoğan")}
