"""Listing items: RSS/Atom through feedparser, news sitemaps, hostile XML, and a run that goes on."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.fetch.fetchkit import FaultServer, article, rss, write_config
from warrantwatch import fetch
from warrantwatch.feeds import FeedError, parse_feed, parse_sitemap
from warrantwatch.fileio import read_jsonl
from warrantwatch.models import Window
from warrantwatch.settings import FETCHED_FILE, SOURCE_HEALTH_FILE

DAY = Window.for_day("2024-11-19")

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour test</title>
<entry><title>Leaders meet at the summit</title><link href="/2024/summit.html"/>
<id>tag:test,2024:1</id><updated>2024-11-19T08:30:00+02:00</updated>
<summary>Talks on trade and a planned visit.</summary></entry>
</feed>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://x.example/"><title>RDF test</title><link>http://x.example/</link>
<description>d</description></channel>
<item rdf:about="http://x.example/one.html"><title>One</title><link>http://x.example/one.html</link>
<dc:date>2024-11-19T12:00:00Z</dc:date></item>
</rdf:RDF>"""

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>http://x.example/</link>
<description>d</description><item><title>Old style</title><link>http://x.example/old.html</link></item>
</channel></rss>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<rss version="2.0"><channel><title>&d;</title><item><title>&d;</title><link>http://x.example/a</link></item>
</channel></rss>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>/news-sitemap.xml</loc></sitemap></sitemapindex>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>LOC1</loc><news:news><news:publication><news:name>Plain</news:name>
<news:language>en</news:language></news:publication>
<news:publication_date>2024-11-19T09:00:00+00:00</news:publication_date>
<news:title>Visit to the capital confirmed</news:title></news:news></url>
<url><loc>LOC2</loc><lastmod>2024-11-10</lastmod></url>
</urlset>"""


def test_atom_rss1_and_rss091_are_read_by_feedparser() -> None:
    title, items = parse_feed(ATOM, "http://harbour.example/atom.xml")
    assert title == "Harbour test"
    assert items[0].url == "http://harbour.example/2024/summit.html"  # relative link resolved
    assert items[0].published == datetime(2024, 11, 19, 6, 30, tzinfo=UTC)  # +02:00 to UTC
    assert items[0].summary == "Talks on trade and a planned visit."
    _, rdf = parse_feed(RSS1, "http://x.example/rss")
    assert [(i.url, i.published) for i in rdf] == [
        ("http://x.example/one.html", datetime(2024, 11, 19, 12, tzinfo=UTC))
    ]
    _, old = parse_feed(RSS091, "http://x.example/rss")
    assert [(i.url, i.published) for i in old] == [("http://x.example/old.html", None)]


def test_malformed_and_non_feeds_are_named() -> None:
    with pytest.raises(FeedError, match="malformed feed"):
        parse_feed(b"<rss><channel><item><title>Broken", "http://x.example/f")
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hello</body></html>", "http://x.example/f")


def test_entity_expansion_feed_and_sitemap_are_refused() -> None:
    with pytest.raises(FeedError, match="declares XML entities"):
        parse_feed(BILLION_LAUGHS, "http://x.example/f")
    with pytest.raises(FeedError, match="declares XML entities"):
        parse_sitemap(BILLION_LAUGHS.replace(b"rss", b"urlset"))


def test_news_sitemap_dates_and_titles() -> None:
    sitemap = parse_sitemap(
        NEWS_SITEMAP.replace(b"LOC1", b"http://p.example/a").replace(b"LOC2", b"http://p.example/b")
    )
    assert [(i.url, i.title, i.published) for i in sitemap.items] == [
        ("http://p.example/a", "Visit to the capital confirmed", datetime(2024, 11, 19, 9, tzinfo=UTC)),
        ("http://p.example/b", None, datetime(2024, 11, 10, tzinfo=UTC)),
    ]
    assert parse_sitemap(SITEMAP_INDEX).children == ["/news-sitemap.xml"]


def test_one_bad_source_and_bad_pages_never_stop_the_run(server: FaultServer, tmp_path) -> None:
    server.page("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")
    server.page("/bad.rss", b"<rss><channel><item><title>Broken", "application/rss+xml")
    server.page("/bomb.rss", BILLION_LAUGHS, "application/rss+xml")
    server.page("/sitemap.xml", SITEMAP_INDEX, "application/xml")
    news = NEWS_SITEMAP.replace(b"LOC1", server.url("/sm.html").encode()).replace(
        b"LOC2", server.url("/x").encode()
    )
    server.page("/news-sitemap.xml", news, "application/xml")
    server.page("/sm.html", article("Sitemap story"))
    server.page(
        "/atom.xml",
        ATOM.replace(b"/2024/summit.html", server.url("/summit.html").encode()),
        "application/atom+xml",
    )
    server.page("/summit.html", article("Summit story"))
    server.routes["/reset.html"] = lambda req: req.reset()
    server.routes["/down.html"] = lambda req: req.reply(500, b"no")
    server.page(
        "/good.rss",
        rss(
            [
                (server.url("/reset.html"), "Visit story on a flaky host", "Tue, 19 Nov 2024 10:00:00 GMT"),
                (server.url("/down.html"), "Summit story on a broken host", "Tue, 19 Nov 2024 11:00:00 GMT"),
                ("ftp://x.example/visit", "Visit story behind a bad link", "Tue, 19 Nov 2024 11:00:00 GMT"),
            ]
        ),
        "application/rss+xml",
    )
    paths = write_config(
        tmp_path,
        [
            {"name": "bad-feed", "type": "rss", "url": server.url("/bad.rss")},
            {"name": "bomb-feed", "type": "rss", "url": server.url("/bomb.rss")},
            {"name": "atom", "type": "atom", "url": server.url("/atom.xml")},
            {"name": "sitemap", "type": "sitemap", "url": server.url("/sitemap.xml")},
            {"name": "flaky", "type": "rss", "url": server.url("/good.rss")},
        ],
        settings={"retries": 1},
    )
    result = fetch.run_stage(DAY, paths, profile="test")

    health = {h["name"]: h for h in json.loads((paths.work(DAY) / SOURCE_HEALTH_FILE).read_text())}
    assert health["bad-feed"]["status"] == "failed"
    assert health["bad-feed"]["error"].startswith("malformed feed")
    assert health["bomb-feed"]["error"] == "feed declares XML entities (refused: entity-expansion risk)"
    assert health["atom"]["status"] == "ok"
    assert health["sitemap"]["items_listed"] == 2
    assert health["sitemap"]["items_in_window"] == 1
    assert health["flaky"]["pages_failed"] == 2
    rows = {r["url"]: r for r in read_jsonl(paths.work(DAY) / FETCHED_FILE)}
    assert rows[server.url("/summit.html")]["error"] is None
    assert rows[server.url("/sm.html")]["feed_title"] == "Visit to the capital confirmed"
    assert rows[server.url("/reset.html")]["error"] == "connection reset by the server"
    assert rows[server.url("/down.html")]["error"] == "HTTP 500 Internal Server Error (after 1 retry)"
    assert "ftp://x.example/visit" not in rows  # not an http(s) link: never listed
    assert result["sources_failed"] == 2
    assert result["pages_ok"] == 2
