"""run_stage end to end on a tiny site served by the test: what lands in the window's files."""

from __future__ import annotations

import json

import pytest
from warrantwatch import fetch
from warrantwatch.archive import Archive
from warrantwatch.fileio import read_jsonl
from warrantwatch.models import FetchedPage, Window
from warrantwatch.settings import FETCHED_FILE, SOURCE_HEALTH_FILE, stats_file

from tests.fetch.fetchkit import FaultServer, article, rss, write_config

DAY = Window.for_day("2024-11-18")
IN_DAY = "Mon, 18 Nov 2024 10:00:00 GMT"
DAY_BEFORE = "Sun, 17 Nov 2024 10:00:00 GMT"


def _site(server: FaultServer) -> None:
    server.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    feed = rss(
        [
            (server.url("/a.html?utm_source=feed&utm_medium=rss"), "Putin to visit India", IN_DAY),
            (server.url("/a.html#comments"), "Putin to visit India (again)", IN_DAY),
            (server.url("/b.html"), "Summit skipped over ICC arrest warrant", IN_DAY),
            (server.url("/old.html"), "Earlier visit story", DAY_BEFORE),
            (server.url("/cricket.html"), "Football scores of the weekend", IN_DAY),
            (server.url("/undated.html"), "A state visit without a date", None),
            (server.url("/private/secret.html"), "Visit plans kept private", IN_DAY),
            (server.url("/gone.html"), "Visit story that vanished", IN_DAY),
        ]
    )
    server.page("/feed.rss", feed, "application/rss+xml", ETag='"feed-v1"')
    for name in ("a", "b", "old", "cricket", "undated"):
        server.page(f"/{name}.html", article(f"Story {name}"))


def _rows(paths) -> list[dict]:
    return list(read_jsonl(paths.work(DAY) / FETCHED_FILE))


def test_run_stage_lists_filters_fetches_and_records(server: FaultServer, tmp_path) -> None:
    _site(server)
    paths = write_config(tmp_path, [{"name": "site", "type": "rss", "url": server.url("/feed.rss")}])

    result = fetch.run_stage(DAY, paths, profile="test")

    rows = {r["url"].split("/")[-1]: FetchedPage.from_dict(r) for r in _rows(paths)}
    # In the window and on topic; the tracking-param and fragment spellings of a.html are one page.
    assert sorted(rows) == [
        "a.html?utm_source=feed&utm_medium=rss",
        "b.html",
        "gone.html",
        "secret.html",
        "undated.html",
    ]
    a = rows["a.html?utm_source=feed&utm_medium=rss"]
    assert a.canonical_url == server.url("/a.html")
    assert a.error is None
    assert a.status == 200
    assert a.feed_title == "Putin to visit India"
    assert a.feed_published == "2024-11-18T10:00:00+00:00"
    assert b"Story a" in Archive(paths.archive).get(a.content_hash)
    assert rows["undated.html"].feed_published is None
    assert rows["undated.html"].error is None
    assert rows["secret.html"].error == "disallowed by robots.txt"
    assert rows["gone.html"].error == "HTTP 404 Not Found"
    assert rows["gone.html"].content_hash is None
    assert server.count("/private/secret.html") == 0
    assert len(server.paths_hit("/a.html")) == 1  # fetched once for both spellings
    assert server.count("/old.html") == 0
    assert server.count("/cricket.html") == 0

    health = json.loads((paths.work(DAY) / SOURCE_HEALTH_FILE).read_text())
    assert health[0]["name"] == "site"
    assert health[0]["status"] == "ok"
    assert (health[0]["items_listed"], health[0]["items_in_window"], health[0]["items_selected"]) == (8, 7, 5)
    assert health[0]["pages_fetched"] == 3
    assert health[0]["pages_failed"] == 2
    assert result["pages"] == 5
    assert result["pages_failed"] == 2
    assert result["sources_failed"] == 0
    stats = json.loads((paths.work(DAY) / stats_file("fetch")).read_text())
    assert stats["pages_fetched"] == 3


def test_second_run_costs_one_304_and_gives_identical_file(server: FaultServer, tmp_path) -> None:
    _site(server)
    paths = write_config(tmp_path, [{"name": "site", "type": "rss", "url": server.url("/feed.rss")}])
    fetch.run_stage(DAY, paths, profile="test")
    first = (paths.work(DAY) / FETCHED_FILE).read_bytes()
    server.page("/gone.html", article("Back again: a visit story"))  # the failed page now works

    # The feed now answers 304 to its ETag.
    def feed_304(req) -> None:
        if req.headers.get("If-None-Match") == '"feed-v1"':
            req.reply(304, b"", "application/rss+xml", {"ETag": '"feed-v1"'})
        else:
            req.reply(500, b"should have been conditional")

    server.routes["/feed.rss"] = feed_304
    before = len(server.hits)
    result = fetch.run_stage(DAY, paths, profile="test")

    second_hits = server.paths_hit()[before:]
    # One conditional feed request, the one page that failed last time; robots.txt is cached.
    assert sorted(second_hits) == ["/feed.rss", "/gone.html"]
    assert result["pages_from_archive"] == 3
    assert result["pages_fetched"] == 1
    rows = _rows(paths)
    assert [r for r in rows if r["url"].endswith("gone.html")][0]["error"] is None

    # A third run with nothing new: the same file, byte for byte, and only the feed asked.
    third_before = len(server.hits)
    second = (paths.work(DAY) / FETCHED_FILE).read_bytes()
    fetch.run_stage(DAY, paths, profile="test")
    assert server.paths_hit()[third_before:] == ["/feed.rss"]
    assert (paths.work(DAY) / FETCHED_FILE).read_bytes() == second
    assert first != second  # the retried page was filled in


def test_every_source_failing_fails_the_stage_naming_them(server: FaultServer, tmp_path) -> None:
    server.page("/bad.rss", "<rss><channel><item><title>Broken", "application/rss+xml")
    paths = write_config(
        tmp_path,
        [
            {"name": "broken-feed", "type": "rss", "url": server.url("/bad.rss")},
            {"name": "missing-feed", "type": "rss", "url": server.url("/nope.rss")},
        ],
    )
    with pytest.raises(fetch.FetchStageError, match="broken-feed.*missing-feed.*HTTP 404"):
        fetch.run_stage(DAY, paths, profile="test")
    health = json.loads((paths.work(DAY) / SOURCE_HEALTH_FILE).read_text())
    assert [h["status"] for h in health] == ["failed", "failed"]
