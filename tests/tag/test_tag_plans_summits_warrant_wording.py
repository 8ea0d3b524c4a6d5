"""Rule families: plans vs refusals told in different tenses, invitations accepted from
someone, summit presence, datelines, background trip lists, tour legs and warrants in other
words. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.tag.tagkit import dated, facts
from warrantwatch.reference import Reference

# ---- a plan told in the present is not what became of a refusal told in the past ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vladimir Putin plans to travel to India next year, his office said. Last year he stayed away "
         "from a summit in New Delhi.",
         {("visit", "Vladimir Putin", "IND", "planned"), ("visit", "Vladimir Putin", "IND", "declined")}),
        # the same trip, first planned and then refused in the future: one declined trip
        ("Vladimir Putin was expected to travel to India. He will not go to India after all, an aide said.",
         {("visit", "Vladimir Putin", "IND", "declined")}),
    ],
)
def test_present_plan_and_past_refusal_are_two_trips(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text) == expected


# ---- an invitation accepted from someone: the one who accepts travels ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Narendra Modi has accepted an invitation from Xi Jinping to visit Beijing.",
         {("visit", "Narendra Modi", "CHN", "planned")}),
        ("Narendra Modi accepted the invitation from the Chinese government to visit China in the spring.",
         {("visit", "Narendra Modi", "CHN", "planned")}),
        # an invitation not accepted is no plan
        ("Xi Jinping sent Narendra Modi an invitation to visit Beijing.", set()),
    ],
)
def test_invitation_accepted_from_someone(ref: Reference, text: str, expected: set) -> None:
    assert facts(ref, text) == expected


def test_present_plan_is_not_an_earlier_finished_trip(ref: Reference) -> None:
    text = ("Vladimir Putin intends to travel to India, his spokesman said. "
            "His last trip to India was in December 2021.")
    assert facts(ref, text) == {("visit", "Vladimir Putin", "IND", "planned"),
                                ("visit", "Vladimir Putin", "IND", "completed")}


@pytest.mark.parametrize(
    ("text", "expected_date"),
    [
        ("In March 2023 Vladimir Putin skipped a summit in Brazil. A month later he missed a summit in India.", "2023-04"),
        ("In November 2022 Vladimir Putin skipped a summit in Brazil. Two months later he missed a summit in India.", "2023-01"),
        ("In 2021 Vladimir Putin skipped a summit in Brazil. A year later he missed a summit in India.", "2022"),
        # no date before: nothing to count from
        ("Vladimir Putin skipped a summit in Brazil. A month later he missed a summit in India.", None),
    ],
)
def test_later_counts_from_the_date_before(ref: Reference, text: str, expected_date: str | None) -> None:
    found = {f for f in dated(ref, text) if f[2] == "IND"}
    assert found == {("visit", "Vladimir Putin", "IND", "declined", expected_date)}


# ---- presence at the gathering the article is about, without a verb of travel ----

_OPENING = "Leaders gathered in Durban on Wednesday for the summit of the bloc. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ukhnaagiin Khürelsükh and Lula were among the other leaders at the Central Convention Centre.",
         {("visit", "Ukhnaagiin Khürelsükh", "ZAF", "ongoing", "2024-11-20"),
          ("visit", "Luiz Inácio Lula da Silva", "ZAF", "ongoing", "2024-11-20")}),
        ("Lula was among those at the summit venue.",
         {("visit", "Luiz Inácio Lula da Silva", "ZAF", "ongoing", "2024-11-20")}),
        ("Vladimir Putin will take part by video link.",
         {("visit", "Vladimir Putin", "ZAF", "declined", "2024-11-20")}),
        ("Foreign Minister Sergey Lavrov heads the Russian delegation in person.",
         {("visit", "Sergey Lavrov", "ZAF", "ongoing", "2024-11-20")}),
        ("Sergey Lavrov represented Russia in person.",
         {("visit", "Sergey Lavrov", "ZAF", "ongoing", "2024-11-20")}),
        ("Xi Jinping stayed away and sent an envoy. Yoav Gallant, who is leading his country's delegation, spoke first.",
         {("visit", "Xi Jinping", "ZAF", "declined", "2024-11-20"), ("visit", "Yoav Gallant", "ZAF", "ongoing", "2024-11-20")}),
        ("It is the first summit that Narendra Modi has skipped.",
         {("visit", "Narendra Modi", "ZAF", "declined", "2024-11-20")}),
        # taking part in person is no refusal, and no place is named: nothing
        ("Vladimir Putin will take part in the debate on trade.", set()),
    ],
)
def test_presence_at_the_articles_gathering(ref: Reference, sentence: str, expected: set) -> None:
    assert dated(ref, _OPENING + sentence) == expected


def test_no_gathering_no_presence(ref: Reference) -> None:
    # without a gathering in a place, a delegation led or a video link names no trip
    assert facts(ref, "Sergey Lavrov heads the Russian delegation in person. Vladimir Putin will take part by video link.") == set()


# ---- warrants told without "warrant" beside the subject, and national courts ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare plural after the verb that issued it
        ("The International Criminal Court issued warrants last year for Vladimir Putin.",
         {("warrant", "Vladimir Putin", "ICC", "issued")}),
        # "an International Criminal Court warrant": the court's name before the noun
        ("Rodrigo Duterte, who faces an International Criminal Court warrant, stayed at home.",
         {("warrant", "Rodrigo Duterte", "ICC", "issued")}),
        # an application named by its subject, then dropped
        ("The International Criminal Court prosecutor withdrew his request concerning Omar al-Bashir.",
         {("warrant", "Omar al-Bashir", "ICC", "withdrawn")}),
        ("The prosecutor at the International Criminal Court filed an application against Min Aung Hlaing.",
         {("warrant", "Min Aung Hlaing", "ICC", "requested")}),
        # a refused request is no warrant fact
        ("The International Criminal Court judges rejected the request concerning Omar al-Bashir.", set()),
        # a national court's warrant served at home: the subject's own country
        ("Police detained Olaf Scholz at his house on Monday, executing a court-issued arrest warrant.",
         {("warrant", "Olaf Scholz", "DEU", "executed")}),
    ],
)
def test_warrants_in_other_words(ref: Reference, text: str, expected: set) -> None:
    assert {f for f in facts(ref, text) if f[0] == "warrant"} == expected
