"""The hand-written pages in ``pages/``: metadata per layout, body F1 against the gold text,
and no boilerplate in any body."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from warrantwatch.parse import decode_html, parse_html

PAGES = Path(__file__).resolve().parent / "pages"

# page -> (URL it was "fetched" from, expected fields)
EXPECTED: dict[str, tuple[str, dict[str, object]]] = {
    "wordpress_blog": (
        "https://coastline-notes.example/2024/11/20/harbour-ferry-timetable/?utm_source=rss",
        {
            "title": "Harbour ferry timetable changes from December",
            "published": "2024-11-20T09:15:00+00:00",
            "modified": "2024-11-20T11:40:00+00:00",
            "authors": ["Tomas Ekberg"],
            "site_name": "Coastline Notes",
            "canonical_url": "https://coastline-notes.example/2024/11/20/harbour-ferry-timetable/",
        },
    ),
    "arc_news": (
        "https://dailyledger.example/world/2024/11/21/regional-summit-water-sharing/",
        {
            "title": "Regional summit ends without deal on river water sharing",
            "published": "2024-11-21T17:05:12+00:00",
            "authors": ["Priya Natarajan", "Jonas Weller"],
            "site_name": "The Daily Ledger",
        },
    ),
    "bbc_style": (
        "https://northshire.example/news/uk-england-991",
        {"title": "Volunteers count rare wading birds on estuary", "published": "2024-11-19T06:02:41+00:00"},
    ),
    "guardian_style": (
        "https://observerpost.example/society/hospital-ward-appeal",
        # Dublin Core gives the day; the printed "14.32 GMT" is not a machine date, so midnight.
        {"title": "Court hears appeal over closure of rural hospital ward", "authors": ["Fiona Adebayo"]},
    ),
    "wire_story": (
        "https://wire-service.example/article/port-strike-ends-7f3a2c",
        {"published": "2024-11-22T04:48:00+00:00", "authors": ["Carla Menon"], "site_name": "Wire Service"},
    ),
    "plain_oldschool": (
        "http://plainpost.example/2024/11/19/library-hours.html",
        {"title": "Library extends opening hours", "published": "2024-11-19T00:00:00+00:00"}  # URL day,
    ),
    "longform_lists": (
        "https://metroweekly.example/transport/new-rail-timetable-explained?ref=home",
        {
            "canonical_url": "https://metroweekly.example/transport/new-rail-timetable-explained",
            "published": "2024-11-20T20:00:00+00:00",
            "authors": ["Dana Li"],
        },
    ),
}

# Texts of furniture on the pages: none may appear in any body.
BOILERPLATE = [
    "Share this", "Share on Facebook", "Related", "Leave a Reply", "cookies", "Most Read", "Most Popular",
    "Sign up", "Advertisement", "Photo", "caption", "Gift this article", "Recent Posts", "All rights reserved",
    "Copyright", "Reuse this content", "Register", "small favour", "Tags", "school run", "never went back",
    "Ships wait off the coast", "Back to Local news", "Popular this week", "Like this story", "group photo",
    "Avocets gathered", "The ferry leaving", "covers South Asia", "Comments", "Environment reporter",
    "Weather", "published by volunteers", "Skip to content", "Subscribe",
]  # fmt: skip


def token_f1(predicted: str, gold: str) -> float:
    pred = Counter(re.findall(r"\w+", predicted.lower()))
    ref = Counter(re.findall(r"\w+", gold.lower()))
    common = sum((pred & ref).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def _parse(name: str):
    url, _ = EXPECTED[name]
    return parse_html(decode_html((PAGES / f"{name}.html").read_bytes()), url, source="test")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_per_layout(name: str) -> None:
    article = _parse(name)
    assert article.skipped is None
    for key, value in EXPECTED[name][1].items():
        assert getattr(article, key) == value, key
    assert article.language == "en"
    assert article.published is not None
    assert article.published.endswith("+00:00")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_body_matches_gold(name: str) -> None:
    article = _parse(name)
    gold = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    assert token_f1(article.text, gold) >= 0.95
    # paragraphs come out as paragraphs, separated by one blank line
    assert "\n\n" in article.text
    assert "\n\n\n" not in article.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_boilerplate_in_body(name: str) -> None:
    text = _parse(name).text
    gold = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    leaked = [phrase for phrase in BOILERPLATE if phrase.lower() in text.lower() and phrase.lower() not in gold.lower()]
    assert leaked == []


def test_every_page_has_a_gold_body() -> None:
    htmls = {p.stem for p in PAGES.glob("*.html")}
    assert htmls == set(EXPECTED) | {p.stem for p in PAGES.glob("*.html") if not (PAGES / f"{p.stem}.txt").exists()}
    assert set(EXPECTED) <= {p.stem for p in PAGES.glob("*.txt")}
