"""Fact derivation and the ICC reasoning, as pure logic over hand-made mentions."""

from __future__ import annotations

from typing import Any

import pytest

from tests.diff.scenario import REFERENCE
from warrantwatch.diff import MentionError, derive, mention_row
from warrantwatch.reference import load_reference
from warrantwatch.rules import AlertBuilder, load_rules
from warrantwatch.settings import CONFIG_DIR

REF = load_reference(REFERENCE)
RULES = load_rules(CONFIG_DIR)


def mention(
    window: str, article: str, status: str, when: str | None, host: str | None = "MNG", **extra: Any
) -> dict:
    data = {
        "article": article,
        "kind": "visit" if host else "warrant",
        "person": extra.pop("person", "Vladimir Putin"),
        "host_country": host,
        "court": extra.pop("court", None),
        "status": status,
        "date": when,
        "evidence": f"{article} says {status}",
        "source": extra.pop("source", article),
        "published": extra.pop("published", f"{window}T08:00:00+00:00"),
        "url": f"http://{article}.example/",
        **extra,
    }
    return mention_row(data, window, extra.get("seq", 1), REF, f"test:{article}")


def history(rows: list[dict]) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    derived = derive(rows, RULES)
    return [(v.window_key, v.status, v.date, v.changes) for v in derived.versions]


def test_refined_date_and_new_status_are_the_same_trip() -> None:
    rows = [
        mention("2024-11-01", "a", "planned", "2024-12"),
        mention("2024-11-20", "b", "planned", "2024-12-04"),
        mention("2024-12-05", "c", "completed", None),
    ]
    derived = derive(rows, RULES)
    assert len(derived.facts) == 1
    assert history(rows) == [
        ("2024-11-01", "planned", "2024-12", ("new",)),
        ("2024-11-20", "planned", "2024-12-04", ("date_refined",)),
        ("2024-12-05", "completed", "2024-12-04", ("status_changed", "corroborated")),
    ]


def test_different_day_or_month_is_a_different_trip() -> None:
    rows = [
        mention("2024-07-20", "a", "completed", "2024-07"),
        mention("2024-11-20", "b", "completed", "2024-10"),
        mention("2024-11-21", "c", "planned", "2024-12-04"),
        mention("2024-11-22", "d", "planned", "2024-12-10"),
    ]
    assert len(derive(rows, RULES).facts) == 4


def test_undated_plan_is_matched_by_a_later_report_of_the_same_trip() -> None:
    rows = [
        mention("2024-11-20", "a", "planned", None, host="IND"),
        mention("2024-11-21", "b", "declined", "2023-09", host="IND"),  # last year's summit: another trip
        mention("2025-03-08", "c", "planned", "2025-12", host="IND"),
    ]
    derived = derive(rows, RULES)
    assert len(derived.facts) == 2
    refined = [v for v in derived.versions if v.window_key == "2025-03-08"]
    assert [(v.date, v.changes) for v in refined] == [("2025-12", ("date_refined",))]


def _flip(fingerprint: str, bits: int, shift: int = 0) -> str:
    """``fingerprint`` with ``bits`` bits flipped, starting ``shift`` bits from the lowest."""
    return f"{int(fingerprint, 16) ^ (((1 << bits) - 1) << shift):016x}"


def test_wire_copies_count_once_within_and_across_windows() -> None:
    near = "0f0f0f0f0f0f0f0f"
    limit = RULES.fingerprint_distance
    rows = [
        mention("2024-09-01", "a", "planned", "2024-09-03", source="wire", group_id="g", fingerprint=near),
        mention("2024-09-01", "b", "planned", "2024-09-03", source="paper-b", group_id="g", fingerprint=near),
        # next day, another outlet reprints the same story: `limit` bits differ -> still one story
        mention("2024-09-02", "c", "planned", "2024-09-03", source="paper-c", fingerprint=_flip(near, limit)),
    ]
    derived = derive(rows, RULES)
    assert [v.sources for v in derived.versions] == [1, 1]
    # one bit more than the limit from the wire text (and further from the copy): independent
    rows.append(
        mention("2024-09-02", "d", "planned", "2024-09-03", source="paper-d", fingerprint=_flip(near, limit + 1, shift=32))
    )
    assert [v.sources for v in derive(rows, RULES).versions] == [1, 2]


def test_the_demos_wire_copy_pair_is_within_the_copy_distance() -> None:
    # Measured on the demo's syndicated story (same wire text, other boilerplate, small edits):
    # its two bodies' SimHashes differ in 5 bits; unrelated demo stories differ in 20 or more.
    from warrantwatch.dedup import hamming

    assert hamming("c634e1e4d2a472c4", "c6b0c1e4d2e472c5") <= RULES.fingerprint_distance


def test_corroboration_fires_once_when_the_threshold_is_crossed() -> None:
    rows = [mention("2024-09-01", "a", "planned", "2024-09-03")]
    rows += [mention("2024-09-02", x, "planned", "2024-09-03") for x in ("b", "c")]
    rows += [mention("2024-09-03", x, "planned", "2024-09-03") for x in ("d", "e")]
    assert [v.changes for v in derive(rows, RULES).versions] == [("new",), ("corroborated",), ()]


def test_independent_sources_disagreeing_on_status_is_a_contradiction() -> None:
    rows = [
        mention("2024-11-18", "a", "completed", "2024-11", host="BRA"),
        mention("2024-11-18", "b", "completed", "2024-11", host="BRA"),
        mention("2024-11-25", "c", "declined", "2024-11", host="BRA"),
    ]
    versions = derive(rows, RULES).versions
    assert versions[-1].changes == ("contradicted", "corroborated")
    assert versions[-1].status == "completed"  # two sources against one
    assert versions[-1].detail["claims"] == {"completed": 2, "declined": 1}
    # One outlet changing its own story is not a contradiction.
    same = [
        mention("2024-11-18", "a", "completed", "2024-11", host="BRA", source="x"),
        mention("2024-11-25", "b", "declined", "2024-11", host="BRA", source="x"),
    ]
    assert not derive(same, RULES).versions[-1].contradicted


def test_warrant_is_one_fact_per_court_and_subject() -> None:
    rows = [
        mention("2025-03-08", "a", "issued", "2025-03-07", host=None, person="Rodrigo Duterte", court="ICC"),
        mention(
            "2025-03-12",
            "b",
            "executed",
            "2025-03-11",
            host=None,
            person="Rodrigo Duterte",
            court="International Criminal Court",
        ),
    ]
    derived = derive(rows, RULES)
    assert len(derived.facts) == 1
    assert derived.versions[-1].detail["status_dates"] == {"executed": "2025-03-11", "issued": "2025-03-07"}
    assert [v.changes for v in derived.versions] == [("new",), ("status_changed",)]


@pytest.mark.parametrize(
    ("host", "when", "severity", "party"),
    [
        ("UKR", "2024-12", "warning", False),  # Ukraine not yet a party
        ("UKR", "2025-02", "critical", True),  # party from 2025-01-01
        ("PHL", "2019-03-16", "info", True),  # a party, but the warrant (2023-03-17) not yet issued
        ("PHL", "2023-05", "warning", False),  # withdrawal effective 2019-03-17
        ("MNG", "2023-03-16", "info", True),  # the day before the warrant was issued
        ("MNG", "2023-03-17", "critical", True),
    ],
)
def test_party_and_warrant_are_judged_on_the_visit_date(
    host: str, when: str, severity: str, party: bool
) -> None:
    version = derive([mention("2022-12-01", "a", "planned", when, host=host)], RULES).versions[0]
    alert = AlertBuilder(REF, RULES, []).build(version)
    assert alert is not None
    assert (alert["severity"], alert["icc"]["host_party"]) == (severity, party)


def test_headline_reads_like_the_issue_example() -> None:
    version = derive([mention("2024-08-29", "a", "planned", None, host="MNG")], RULES).versions[0]
    alert = AlertBuilder(REF, RULES, []).build(version)
    assert alert["headline"] == "Putin (ICC warrant, 2023-03-17) plans to visit Mongolia, an ICC state party"


def test_warrant_learned_from_the_news_counts_for_the_icc_reasoning() -> None:
    rows = [
        mention("2025-03-08", "w", "issued", "2025-03-07", host=None, person="Rodrigo Duterte", court="ICC"),
        mention("2025-03-09", "v", "planned", None, host="TJK", person="Rodrigo Duterte"),
    ]
    derived = derive(rows, RULES)
    warrants = [v for v in derived.versions if v.kind == "warrant"]
    visit = next(v for v in derived.versions if v.kind == "visit")
    alert = AlertBuilder(REF, RULES, warrants).build(visit)
    assert alert["severity"] == "critical"
    assert alert["icc"]["warrant"]["basis"] == "news"
    # ... but only as known at the end of the visit's window: not a warrant learned later.
    later = [v for v in derived.versions if v.kind == "warrant"]
    late_rows = [mention("2025-03-09", "v", "planned", None, host="TJK", person="Rodrigo Duterte")]
    late_visit = derive(late_rows, RULES).versions[0]
    shifted = [type(w)(**{**w.__dict__, "window_key": "2025-03-10"}) for w in later]
    assert AlertBuilder(REF, RULES, shifted).build(late_visit)["severity"] == "info"


def test_withdrawn_warrant_is_not_active() -> None:
    rows = [
        mention("2025-01-01", "w1", "issued", "2024-06", host=None, person="Narendra Modi", court="ICC"),
        mention(
            "2025-02-01", "w2", "withdrawn", "2025-01-15", host=None, person="Narendra Modi", court="ICC"
        ),
    ]
    warrants = derive(rows, RULES).versions
    builder = AlertBuilder(REF, RULES, warrants)
    from datetime import date

    assert builder.active_warrant("Narendra Modi", date(2024, 12, 1), "2025-03-01") is not None
    assert builder.active_warrant("Narendra Modi", date(2025, 2, 1), "2025-03-01") is None


def test_unknown_country_code_is_named() -> None:
    with pytest.raises(MentionError, match=r"test:a.*'XYZ'"):
        mention("2024-09-01", "a", "planned", None, host="XYZ")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("status", "maybe", "status 'maybe'"),
        ("date", "2024-13", "date '2024-13'"),
        ("kind", "trip", "kind 'trip'"),
    ],
)
def test_bad_mentions_are_named(field: str, value: str, message: str) -> None:
    data = {
        "article": "a",
        "kind": "visit",
        "person": "Vladimir Putin",
        "host_country": "MNG",
        "status": "planned",
    }
    data[field] = value
    with pytest.raises(MentionError, match=message):
        mention_row(data, "2024-09-01", 3, REF, "mentions.jsonl:3")


def test_reports_of_one_multi_day_visit_on_its_different_days_are_one_trip() -> None:
    rows = [
        mention("2024-11-18", "a", "planned", "2024-11-19", host="GUY", person="Narendra Modi"),
        mention("2024-11-20", "b", "ongoing", "2024-11-20", host="GUY", person="Narendra Modi"),
        mention("2024-11-21", "c", "completed", "2024-11-21", host="GUY", person="Narendra Modi"),
        # A week later is another trip, not the same one.
        mention("2024-11-30", "d", "planned", "2024-12-01", host="GUY", person="Narendra Modi"),
    ]
    derived = derive(rows, RULES)
    assert len(derived.facts) == 2
    assert history(rows)[:3] == [
        ("2024-11-18", "planned", "2024-11-19", ("new",)),
        ("2024-11-20", "ongoing", "2024-11-19", ("status_changed",)),
        ("2024-11-21", "completed", "2024-11-19", ("status_changed", "corroborated")),
    ]
