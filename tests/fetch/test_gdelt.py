"""The GDELT DOC 2.0 artlist client against a loopback server that speaks its JSON and its cap."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

from tests.fetch.fetchkit import FaultServer, article, write_config
from warrantwatch import fetch
from warrantwatch.feeds import gdelt_list
from warrantwatch.fetch import HttpClient
from warrantwatch.fileio import read_jsonl
from warrantwatch.models import Window
from warrantwatch.settings import FETCHED_FILE, SOURCE_HEALTH_FILE
from warrantwatch.sources import FetchSettings

DAY = Window.for_day("2024-11-20")


class FakeGdelt:
    """Holds articles with seen-times; answers artlist queries like the real API (cap included)."""

    def __init__(self, server: FaultServer, articles: list[tuple[datetime, str, str]]) -> None:
        self.articles = articles
        self.answers: list[int] = []  # rows returned per call
        self.queries: list[dict[str, str]] = []
        server.routes["/api/v2/doc/doc"] = self.handle

    def handle(self, req) -> None:
        params = {k: v[0] for k, v in parse_qs(urlsplit(req.path).query).items()}
        self.queries.append(params)
        if len(params.get("query", "")) < 3:
            req.reply(200, b"The specified phrase is too short.", "text/html")
            return
        start = datetime.strptime(params["startdatetime"], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        end = datetime.strptime(params["enddatetime"], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        cap = min(int(params.get("maxrecords", 75)), 250)
        rows = sorted((a for a in self.articles if start <= a[0] <= end), reverse=True)[:cap]
        self.answers.append(len(rows))
        body = {
            "articles": [
                {
                    "url": url,
                    "url_mobile": "",
                    "title": title,
                    "seendate": seen.strftime("%Y%m%dT%H%M%SZ"),
                    "socialimage": "",
                    "domain": "news.example",
                    "language": "English",
                    "sourcecountry": "Testland",
                }
                for seen, url, title in rows
            ]
        }
        req.reply(200, json.dumps(body).encode(), "application/json; charset=utf-8")


def _many(count: int) -> list[tuple[datetime, str, str]]:
    step = timedelta(seconds=86400 // count)  # GDELT's seen-times are whole seconds
    return [
        (DAY.start + step * n, f"http://news.example/story-{n}.html", f"Story {n} about a visit")
        for n in range(count)
    ]


def test_window_is_split_until_every_slice_is_under_the_cap(server: FaultServer) -> None:
    gdelt = FakeGdelt(server, _many(700))
    http = HttpClient(FetchSettings(min_delay=0, respect_robots=False, retries=0))
    listing = gdelt_list(
        lambda url: http.get(url, kind="api").body, server.url("/api/v2/doc/doc"), "visit ICC", DAY
    )
    assert len({i.url for i in listing.items}) == 700  # nothing lost to the cap
    assert listing.capped_slices == []
    leaves = [n for n in gdelt.answers if n < 250]
    assert sum(leaves) == 700  # the slices that were kept cover every article exactly once
    assert listing.calls == len(gdelt.answers)
    first = gdelt.queries[0]
    assert (first["mode"], first["format"], first["maxrecords"]) == ("artlist", "json", "250")
    assert (first["startdatetime"], first["enddatetime"]) == ("20241120000000", "20241120235959")
    assert all(q["query"] == "visit ICC" for q in gdelt.queries)


def test_a_burst_under_the_smallest_slice_is_kept_and_reported(server: FaultServer) -> None:
    burst = [
        (DAY.start + timedelta(hours=9, seconds=n), f"http://news.example/b{n}", "Burst") for n in range(300)
    ]
    FakeGdelt(server, burst)
    http = HttpClient(FetchSettings(min_delay=0, respect_robots=False, retries=0))
    listing = gdelt_list(
        lambda url: http.get(url, kind="api").body, server.url("/api/v2/doc/doc"), "visit", DAY
    )
    assert len(listing.items) == 250
    assert len(listing.capped_slices) == 1


def test_gdelt_source_in_run_stage_prefilters_and_fetches(server: FaultServer, tmp_path) -> None:
    stories = [
        (DAY.start + timedelta(hours=3), server.url("/visit.html"), "President begins state visit"),
        (DAY.start + timedelta(hours=5), server.url("/recipe.html"), "A recipe for plum cake"),
    ]
    FakeGdelt(server, stories)
    server.page("/visit.html", article("President begins state visit"))
    server.page("/recipe.html", article("Cake"))
    paths = write_config(
        tmp_path,
        [{"name": "gdelt", "type": "gdelt", "query": "visit", "endpoint": server.url("/api/v2/doc/doc")}],
    )
    fetch.run_stage(DAY, paths, profile="test")
    rows = list(read_jsonl(paths.work(DAY) / FETCHED_FILE))
    assert [(r["url"], r["error"], r["feed_published"]) for r in rows] == [
        (server.url("/visit.html"), None, "2024-11-20T03:00:00+00:00")
    ]
    assert server.count("/recipe.html") == 0


def test_gdelt_error_text_fails_the_source_by_name(server: FaultServer, tmp_path) -> None:
    FakeGdelt(server, [])
    server.page(
        "/feed.rss", b"<rss version='2.0'><channel><title>t</title></channel></rss>", "application/rss+xml"
    )
    paths = write_config(
        tmp_path,
        [
            {"name": "gdelt", "type": "gdelt", "query": "a", "endpoint": server.url("/api/v2/doc/doc")},
            {"name": "empty-feed", "type": "rss", "url": server.url("/feed.rss")},
        ],
    )
    result = fetch.run_stage(DAY, paths, profile="test")
    health = {h["name"]: h for h in json.loads((paths.work(DAY) / SOURCE_HEALTH_FILE).read_text())}
    assert health["gdelt"]["error"] == "GDELT answered with an error: The specified phrase is too short."
    assert health["empty-feed"]["status"] == "ok"
    assert result["sources_failed"] == 1
