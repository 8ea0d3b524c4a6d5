"""Metadata sources and the one date precedence (``DATE_PRECEDENCE``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from warrantwatch.htmlmeta import DATE_PRECEDENCE, extract_metadata, parse_date

LATEST = datetime(2024, 12, 1, tzinfo=UTC)
JSONLD = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-18T10:00:00Z"}</script>'
JSONLD_GRAPH = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
    '{"@type":"WebPage","datePublished":"2020-01-01"},'
    '{"@type":["NewsArticle"],"datePublished":"2024-11-18T10:00:00+02:00","headline":"Graph headline"}]}</script>'
)
OG = '<meta property="article:published_time" content="2024-11-18T11:00:00Z">'
TIME = '<time datetime="2024-11-18T12:00:00Z">18 Nov</time>'
DC = '<meta name="DC.date.issued" content="2024-11-18T13:00:00Z">'
URL = "https://news.example/2024/11/17/story.html"
FEED = "2024-11-17T15:30:00+00:00"


def _page(*head: str) -> str:
    return f"<html><head>{''.join(head)}</head><body><p>Text.</p></body></html>"


def _published(html: str, url: str | None = URL, feed: str | None = FEED) -> tuple[str | None, str | None]:
    meta = extract_metadata(html, url, feed_published=feed, latest=LATEST, allow_text_date=False)
    return (meta.published.isoformat() if meta.published else None), meta.published_source


def test_precedence_is_stated_once_in_order() -> None:
    assert DATE_PRECEDENCE == ("jsonld", "opengraph", "time", "dublincore", "url", "feed", "text")


@pytest.mark.parametrize(
    ("parts", "url", "expected"),
    [
        ((JSONLD, OG, TIME, DC), URL, ("2024-11-18T10:00:00+00:00", "jsonld")),
        ((OG, TIME, DC), URL, ("2024-11-18T11:00:00+00:00", "opengraph")),
        ((TIME, DC), URL, ("2024-11-18T12:00:00+00:00", "time")),
        ((DC,), URL, ("2024-11-18T13:00:00+00:00", "dublincore")),
        # the URL gives the day; the feed, on that same day, gives the time
        ((), URL, ("2024-11-17T15:30:00+00:00", "url")),
        ((), "https://news.example/story", ("2024-11-17T15:30:00+00:00", "feed")),
    ],
)
def test_each_source_wins_over_those_below_it(parts: tuple[str, ...], url: str, expected: tuple[str, str]) -> None:
    assert _published(_page(*parts), url) == expected


def test_url_day_keeps_midnight_when_feed_is_another_day() -> None:
    assert _published(_page(), URL, "2024-11-19T08:00:00Z") == ("2024-11-17T00:00:00+00:00", "url")


def test_jsonld_graph_and_type_lists() -> None:
    meta = extract_metadata(_page(JSONLD_GRAPH), None, latest=LATEST, allow_text_date=False)
    assert meta.published is not None
    assert meta.published.isoformat() == "2024-11-18T10:00:00+02:00"
    assert meta.title == "Graph headline"
    assert meta.is_article_marked


def test_invalid_and_future_dates_fall_through_to_next_source() -> None:
    bad = '<meta property="article:published_time" content="2024-03-32T10:00:00Z">'
    future = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-05-01T00:00:00Z"}</script>'
    assert _published(_page(future, bad, TIME)) == ("2024-11-18T12:00:00+00:00", "time")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-11-18T10:00:00Z", "2024-11-18T10:00:00+00:00"),
        ("2024-11-18T10:00:00.123456789+0100", "2024-11-18T10:00:00.123456+01:00"),
        ("2024-11-18 10:00:00", "2024-11-18T10:00:00+00:00"),  # naive is UTC
        ("Mon, 18 Nov 2024 10:00:00 GMT", "2024-11-18T10:00:00+00:00"),
        ("2024-11-18", "2024-11-18T00:00:00+00:00"),
        ("32 March 2024", None),
        ("2024-02-30", None),
        ("1970-01-01T00:00:00Z", None),
        ("2031-01-01T00:00:00Z", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    found = parse_date(text, latest=LATEST)
    assert (found.value.isoformat() if found else None) == expected


def test_title_canonical_authors_site() -> None:
    html = _page(
        "<title>Plain headline here | News | Site Name</title>",
        '<link rel="canonical" href="/a/b">',
        '<meta name="author" content="By Jane Roe and John Doe">',
        '<meta property="article:author" content="https://site.example/staff/jane">',
        '<meta name="application-name" content="Site Name">',
    )
    meta = extract_metadata(html, "https://site.example/x?y=1", latest=LATEST, allow_text_date=False)
    assert meta.title == "Plain headline here"
    assert meta.canonical_url == "https://site.example/a/b"
    assert meta.authors == ["Jane Roe", "John Doe"]
    assert meta.site_name == "Site Name"


def test_og_url_used_when_no_canonical_link() -> None:
    html = _page('<meta property="og:url" content="https://site.example/story-1">')
    assert extract_metadata(html, "https://site.example/story-1?amp=1", allow_text_date=False).canonical_url == (
        "https://site.example/story-1"
    )


def test_printed_date_found_when_no_metadata() -> None:
    html = "<html><body><article><h1>Hi</h1><p>Published 19 November 2024</p><p>Text of the story.</p></article></body></html>"
    meta = extract_metadata(html, "https://x.example/story", latest=LATEST)
    assert meta.published_source == "text"
    assert meta.published is not None
    assert meta.published.date().isoformat() == "2024-11-19"
