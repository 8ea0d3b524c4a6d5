"""Bad input: each case gives a clean article or a named skip reason, never an exception."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from warrantwatch import parse
from warrantwatch.parse import decode_html, parse_html

PAGES = Path(__file__).resolve().parent / "pages"
LATEST = datetime(2024, 12, 1, tzinfo=UTC)
URL = "https://news.example/world/story-123"
PARAGRAPHS = "".join(
    f"<p>On day {n} the delegation travelled by train to the border town, where officials from both sides "
    f"met in a customs hall to discuss the reopening of crossing number {n}, closed since the spring floods.</p>"
    for n in range(1, 5)
)
STORY = f"<html><head><title>Border crossing talks</title></head><body><article>{PARAGRAPHS}</article></body></html>"


def test_empty_page() -> None:
    assert parse_html("", URL, latest=LATEST).skipped == parse.SKIP_EMPTY
    assert parse_html("   \n", URL, latest=LATEST).skipped == parse.SKIP_EMPTY
    assert parse_html("<html><body></body></html>", URL, latest=LATEST).skipped == parse.SKIP_EMPTY


def test_script_only_page() -> None:
    html = "<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script></body></html>"
    assert parse_html(html, URL, latest=LATEST).skipped == parse.SKIP_SCRIPT_ONLY


def test_truncated_html_still_gives_the_text_it_has() -> None:
    cut = STORY[: STORY.index("</article>") - 40]
    article = parse_html(cut, URL, latest=LATEST)
    assert article.skipped is None
    assert article.text.startswith("On day 1 the delegation travelled")


def test_ten_megabyte_page() -> None:
    filler = "<div class='x'><span>menu item</span></div>" * 250_000  # ~10 MB of markup
    html = f"<html><body>{filler}<article>{PARAGRAPHS}</article>{filler}</body></html>"
    assert len(html) > 10_000_000
    article = parse_html(html, URL, latest=LATEST)
    # either the story is found or the page is skipped by name; never a crash or a hang
    assert article.skipped is None or article.skipped in {parse.SKIP_NO_TEXT, parse.SKIP_INDEX}
    if article.skipped is None:
        assert "border town" in article.text


def test_deeply_nested_markup() -> None:
    html = "<html><body>" + "<div>" * 5000 + PARAGRAPHS + "</div>" * 5000 + "</body></html>"
    article = parse_html(html, URL, latest=LATEST)
    # libxml2 gives up below 256 levels; the page is then named unparsable rather than "empty"
    assert article.skipped is None or article.skipped == parse.SKIP_UNPARSABLE
    assert "\n\n\n" not in article.text


def test_wrong_declared_encoding() -> None:
    text = STORY.replace("customs hall", "douane café in Zürich")
    # declared Latin-1 but really UTF-8: valid UTF-8 wins
    body = text.replace("<head>", '<head><meta charset="iso-8859-1">').encode("utf-8")
    assert "café in Zürich" in parse_html(decode_html(body, "iso-8859-1"), URL, latest=LATEST).text
    # declared UTF-8 but really Windows-1252: bytes are not UTF-8, so the fallback reads them
    body = text.replace("<head>", '<head><meta charset="utf-8">').encode("cp1252")
    decoded = decode_html(body, "utf-8")
    assert "café in Zürich" in parse_html(decoded, URL, latest=LATEST).text


def test_invalid_date_thirty_second_of_march() -> None:
    html = STORY.replace(
        "<head>", '<head><meta property="article:published_time" content="32 March 2024">'
    ).replace("<article>", "<article><p>Published 32 March 2024</p>")
    article = parse_html(html, URL, feed_published="2024-11-18T09:00:00Z", latest=LATEST)
    assert article.skipped is None
    assert article.published == "2024-11-18T09:00:00+00:00"  # the feed's date, the next valid source


def test_future_date_is_not_believed() -> None:
    html = STORY.replace("<head>", '<head><meta property="article:published_time" content="2031-01-01T00:00:00Z">')
    article = parse_html(html, URL, feed_published="2024-11-18T09:00:00Z", latest=LATEST)
    assert article.published == "2024-11-18T09:00:00+00:00"
    without_feed = parse_html(html, URL, latest=LATEST)
    assert without_feed.published is None


def test_xml_declaration_and_binary_garbage() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>' + STORY
    assert parse_html(html, URL, latest=LATEST).skipped is None
    garbage = decode_html(bytes(range(256)) * 50)
    assert parse_html(garbage, URL, latest=LATEST).skipped in {parse.SKIP_NO_TEXT, parse.SKIP_EMPTY}


def test_non_article_pages_are_skipped_by_name() -> None:
    teasers = "".join(
        f'<article class="card"><h3><a href="/world/story-{i}">Headline number {i} about the day\'s events</a></h3>'
        f"<p>A short teaser line for story {i}.</p></article>"
        for i in range(20)
    )
    home = f"<html><head><meta property='og:type' content='website'></head><body>{teasers}</body></html>"
    assert parse_html(home, "https://news.example/", latest=LATEST).skipped == parse.SKIP_INDEX
    assert parse_html(home.replace("website", "x"), "https://news.example/tag/floods/", latest=LATEST).skipped == (
        parse.SKIP_INDEX
    )
    live = (
        '<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live: vote count"}'
        "</script></head><body><h1>Live: vote count</h1><p>Updates will appear here shortly.</p></body></html>"
    )
    assert parse_html(live, URL, latest=LATEST).skipped == parse.SKIP_LIVE_SHELL


def test_non_english_article_keeps_its_language() -> None:
    french = (
        "<p>Le ministre des affaires étrangères est arrivé lundi dans la capitale pour deux jours de "
        "discussions sur le commerce et l'énergie, la première visite depuis plus de dix ans. Les "
        "responsables ont indiqué que les échanges porteraient sur un projet de gazoduc.</p>"
    )
    html = f"<html lang='fr'><body><article>{french * 3}</article></body></html>"
    article = parse_html(html, URL, latest=LATEST)
    assert article.skipped is None
    assert article.language == "fr"
    assert parse_html(STORY, URL, latest=LATEST).language == "en"
