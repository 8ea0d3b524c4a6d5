"""Round-7 rule families: tour legs told around the main verb, cancellations told in a later
sentence, warrant subjects listed after a colon or dash, and single trips told with other verbs.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from warrantwatch.reference import Reference
from warrantwatch.tag import tag_text

PUB = date(2024, 11, 20)  # a Wednesday


def facts(ref: Reference, text: str, published: date = PUB) -> set[tuple]:
    out = set()
    for m in tag_text("t", text, published, ref):
        where = m.host_country if m.kind == "visit" else m.court
        out.add((m.kind, m.person, where, m.status))
    return out


def visits(ref: Reference, text: str, published: date = PUB) -> set[tuple]:
    return {(p, w, s) for k, p, w, s in facts(ref, text, published) if k == "visit"}


# ---- tour legs ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tour told leg by leg: begun, moved on, ending ahead
        ("Xi Jinping's Gulf tour began in Riyadh on Sunday. He flew on to Doha on Tuesday. "
         "The tour ends in Abu Dhabi on Friday.",
         {("Xi Jinping", "SAU", "completed"), ("Xi Jinping", "QAT", "ongoing"), ("Xi Jinping", "ARE", "planned")}),
        # the place come from is done, the place named next is ahead
        ("Narendra Modi arrived in Belgrade from Paris on Tuesday. Vienna is next.",
         {("Narendra Modi", "FRA", "completed"), ("Narendra Modi", "SRB", "ongoing"), ("Narendra Modi", "AUT", "planned")}),
        ("Narendra Modi landed in Belgrade from Paris on Tuesday; his next stop is Vienna.",
         {("Narendra Modi", "FRA", "completed"), ("Narendra Modi", "SRB", "ongoing"), ("Narendra Modi", "AUT", "planned")}),
        # stops made before the arrival
        ("After stops in Athens and Vienna, Narendra Modi arrived in Cairo on Tuesday.",
         {("Narendra Modi", "GRC", "completed"), ("Narendra Modi", "AUT", "completed"), ("Narendra Modi", "EGY", "ongoing")}),
        # left one place for another: the first is over, the second is where he is (or will be)
        ("Recep Tayyip Erdoğan left Ankara for Baku on Tuesday.", {("Recep Tayyip Erdoğan", "AZE", "ongoing")}),
        ("Narendra Modi left Cairo for Athens on Tuesday.",
         {("Narendra Modi", "EGY", "completed"), ("Narendra Modi", "GRC", "ongoing")}),
        ("Narendra Modi will leave Cairo for Athens on Friday.",
         {("Narendra Modi", "EGY", "ongoing"), ("Narendra Modi", "GRC", "planned")}),
        # a tour that ended is over
        ("Narendra Modi's Asian tour wrapped up in Hanoi on Sunday.", {("Narendra Modi", "VNM", "completed")}),
    ],
)
def test_tour_legs(ref: Reference, text: str, expected: set) -> None:
    assert visits(ref, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping refused to leave Paris for Rome.",  # a refusal: no leg
        "The plane arrived in Belgrade from Paris on Tuesday, officials said.",  # no traveller named
        "If Narendra Modi leaves Cairo for Athens, the deal will wait.",  # conditional
        "Vienna is next on the list of cities hit by floods.",  # no traveller in the story
    ],
)
def test_no_tour_leg(ref: Reference, text: str) -> None:
    assert visits(ref, text) == set()
