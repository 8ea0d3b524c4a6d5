"""Rule families: tour legs told around the main verb, cancellations told in a later
sentence, warrant subjects listed after a colon or dash, and single trips told with other verbs.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tag.tagkit import PUB, facts
from warrantwatch.reference import Reference
from warrantwatch.tag import tag_text


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


# ---- cancellations told in another sentence ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Narendra Modi was due to visit Cairo next week. That leg has been postponed indefinitely.",
         {("Narendra Modi", "EGY", "cancelled")}),
        ("Xi Jinping had planned to travel to Hanoi in December. The visit was called off on Monday.",
         {("Xi Jinping", "VNM", "cancelled")}),
        ("Joe Biden was scheduled to visit Papua New Guinea next week. The trip has been scrapped.",
         {("Joe Biden", "PNG", "cancelled")}),
        # the whole rest of a trip: the legs told after it, not the one still on
        ("Joe Biden will still attend the summit in Tokyo, but has cancelled the rest of his Pacific trip. "
         "He had been due to fly to Fiji on Monday. Officials there were upset. "
         "He had then been scheduled to travel to Samoa on Thursday.",
         {("Joe Biden", "JPN", "planned"), ("Joe Biden", "FJI", "cancelled"), ("Joe Biden", "WSM", "cancelled")}),
    ],
)
def test_cancelled_in_a_later_sentence(ref: Reference, text: str, expected: set) -> None:
    assert visits(ref, text) == expected


def test_postponed_with_a_new_date_stays_planned(ref: Reference) -> None:
    text = "Narendra Modi was due to visit Cairo next week. The trip has been postponed to March."
    found = [(m.person, m.host_country, m.status, m.date) for m in tag_text("t", text, PUB, ref) if m.kind == "visit"]
    assert found == [("Narendra Modi", "EGY", "planned", "2025-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan told as over, and nothing said of it: no fact
        ("Xi Jinping had planned to travel to Hanoi in December. He spoke to farmers on Monday.", set()),
        # something else called off
        ("Narendra Modi is expected in Cairo next week. The football match was called off.",
         {("Narendra Modi", "EGY", "planned")}),
        # not called off
        ("Narendra Modi is expected in Cairo next week. The visit has not been cancelled, officials said.",
         {("Narendra Modi", "EGY", "planned")}),
        # another traveller's trip called off
        ("Narendra Modi is expected in Cairo next week. Xi Jinping's trip was called off.",
         {("Narendra Modi", "EGY", "planned")}),
    ],
)
def test_cancellation_needs_its_trip(ref: Reference, text: str, expected: set) -> None:
    assert visits(ref, text) == expected


# ---- warrant subjects listed after a colon or dash ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ICC prosecutor requested warrants for the commanders of the militia: Benjamin Netanyahu, "
         "Yoav Gallant and Rodrigo Duterte.",
         {("warrant", p, "ICC", "requested") for p in ("Benjamin Netanyahu", "Yoav Gallant", "Rodrigo Duterte")}),
        ("The International Criminal Court issued warrants for three men — Benjamin Netanyahu, Yoav Gallant "
         "and Rodrigo Duterte.",
         {("warrant", p, "ICC", "issued") for p in ("Benjamin Netanyahu", "Yoav Gallant", "Rodrigo Duterte")}),
        ("Warrants were issued for two officials - Yoav Gallant and Rodrigo Duterte, the ICC said.",
         {("warrant", p, "ICC", "issued") for p in ("Yoav Gallant", "Rodrigo Duterte")}),
        # the dash opens an aside, not a list of subjects
        ("The ICC warrants for two commanders - the men were not named - angered Benjamin Netanyahu.", set()),
    ],
)
def test_warrant_subjects_after_colon_or_dash(ref: Reference, text: str, expected: set) -> None:
    assert {f for f in facts(ref, text) if f[0] == "warrant"} == expected


# ---- single past trips told with other verbs ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omar al-Bashir attended the swearing-in of Chad's president in 2016.", {("Omar al-Bashir", "TCD", "completed")}),
        ("Vladimir Putin attended the inauguration of the Iranian president in July.", {("Vladimir Putin", "IRN", "completed")}),
        ("Xi Jinping attended the funeral of Kenya's former leader last week.", {("Xi Jinping", "KEN", "completed")}),
        ("Omar al-Bashir was among the guests at the swearing-in of Chad's president in 2016.",
         {("Omar al-Bashir", "TCD", "completed")}),
        ("Omar al-Bashir sat among the heads of state at the summit in Amman in March.", {("Omar al-Bashir", "JOR", "completed")}),
        # whose ceremony is not told, or it is no ceremony of a country's leader: no place
        ("Narendra Modi attended the wedding of a Kenyan tycoon in June.", set()),
        ("Narendra Modi attended the funeral of Kenya's flood victims in June.", set()),
        # a leader at a ceremony at home is no visit
        ("Narendra Modi attended the swearing-in of India's president in July.", set()),
    ],
)
def test_ceremony_places_a_trip(ref: Reference, text: str, expected: set) -> None:
    assert visits(ref, text) == expected


# ---- welcomes, departures in the present, and a body that is not its summit ----


def test_welcomed_by_crowds_in_a_place(ref: Reference) -> None:
    text = ("Xi Jinping was welcomed by thousands of cheering students outside the old town hall in Hanoi "
            "last month.")
    assert visits(ref, text) == {("Xi Jinping", "VNM", "completed")}


def test_leaves_for_is_still_ahead(ref: Reference) -> None:
    text = "Narendra Modi leaves for Vienna later on Wednesday, the last stop of his tour."
    assert visits(ref, text) == {("Narendra Modi", "AUT", "planned")}


def test_a_body_named_in_passing_is_no_gathering(ref: Reference) -> None:
    # "NATO's air campaign" is the alliance, not a NATO summit: the arrival is in the story's city
    text = ("HANOI (AP) — Xi Jinping arrived on Tuesday, the anniversary of NATO's air campaign over the region. "
            "He met officials.")
    assert visits(ref, text) == {("Xi Jinping", "VNM", "ongoing")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story filed from a place: "the parade" is there
        ("ANKARA (AFP) — Troops marched past the palace on Friday. Xi Jinping was among the dozen or so "
         "visiting leaders at the parade.", {("Xi Jinping", "TUR", "ongoing")}),
        # no dateline, no gathering told: no place
        ("Troops marched past the palace on Friday. Xi Jinping was among the dozen or so visiting leaders at the parade.",
         set()),
        # at home: no visit
        ("BEIJING (AP) — Troops marched on Friday. Xi Jinping was among the leaders at the parade.", set()),
    ],
)
def test_among_leaders_at_the_datelines_event(ref: Reference, text: str, expected: set) -> None:
    assert visits(ref, text) == expected


# ---- every place of a list, a tour's first leg after an aside, "and then on to" ----


def test_every_place_of_a_list(ref: Reference) -> None:
    text = "Narendra Modi cancelled a planned trip to Kazakhstan, Uzbekistan and Mongolia on Friday."
    assert visits(ref, text) == {("Narendra Modi", c, "cancelled") for c in ("KAZ", "UZB", "MNG")}


def test_tour_began_after_an_aside(ref: Reference) -> None:
    text = ("Narendra Modi arrived in Abu Dhabi on Tuesday. The trip, the Indian leader's first tour of the Gulf, "
            "began in Riyadh on Sunday.")
    assert visits(ref, text) == {("Narendra Modi", "ARE", "ongoing"), ("Narendra Modi", "SAU", "completed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last month Vladimir Putin flew to Abu Dhabi, where he was met by jets, and then on to Riyadh for talks.",
         {("Vladimir Putin", "ARE", "completed"), ("Vladimir Putin", "SAU", "completed")}),
        ("On Tuesday Vladimir Putin flew to Abu Dhabi, where crowds lined the roads, and then on to Riyadh.",
         {("Vladimir Putin", "ARE", "completed"), ("Vladimir Putin", "SAU", "ongoing")}),
        ("Narendra Modi will fly to Abu Dhabi, where he is due to open a temple, and then on to Doha.",
         {("Narendra Modi", "ARE", "planned"), ("Narendra Modi", "QAT", "planned")}),
        # no trip told before: nothing to carry on
        ("Prices rose in Cairo and then on to Doha the rally went, Narendra Modi noted.", set()),
    ],
)
def test_and_then_on_to(ref: Reference, text: str, expected: set) -> None:
    assert visits(ref, text) == expected


# ---- trips called off: "no longer", "or" lists, a visit to a place postponed after an aside ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joe Biden is cutting his trip short and will no longer go to Papua New Guinea or Australia, officials said.",
         {("Joe Biden", "PNG", "cancelled"), ("Joe Biden", "AUS", "cancelled")}),
        ("Narendra Modi's state visit to France, which was to have been his first this year, has been postponed "
         "because of strikes.", {("Narendra Modi", "FRA", "cancelled")}),
        ("Narendra Modi's visit to France, which was planned for May, has been postponed to September.",
         {("Narendra Modi", "FRA", "planned")}),
        ("Narendra Modi will not go to France or Germany this year.",
         {("Narendra Modi", "FRA", "declined"), ("Narendra Modi", "DEU", "declined")}),
        # "or" in a plan is a choice, not two trips
        ("Narendra Modi will go to France or Germany next year.", {("Narendra Modi", "FRA", "planned")}),
    ],
)
def test_called_off_in_other_words(ref: Reference, text: str, expected: set) -> None:
    assert visits(ref, text) == expected
