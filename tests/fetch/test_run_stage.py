"""run_stage end to end on a tiny site served by the test: what lands in the window's files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.fetch.fetchkit import FaultServer, article, rss, write_config
from warrantwatch import fetch
from warrantwatch.archive import Archive
from warrantwatch.fileio import read_jsonl
from warrantwatch.models import FetchedPage, Window
from warrantwatch.settings import FETCHED_FILE, SOURCE_HEALTH_FILE, stats_file

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


def test_rolled_off_items_are_kept_and_failures_retried(server: FaultServer, tmp_path) -> None:
    server.page("/a.html", article("Visit story A"))
    server.routes["/b.html"] = lambda req: req.reply(503, b"busy")
    feed = [(server.url("/a.html"), "Visit A", IN_DAY), (server.url("/b.html"), "Visit B", IN_DAY)]
    server.page("/feed.rss", rss(feed), "application/rss+xml")
    paths = write_config(tmp_path, [{"name": "site", "type": "rss", "url": server.url("/feed.rss")}])
    fetch.run_stage(DAY, paths, profile="test", settings={"retries": 0})
    first = _rows(paths)
    assert [r["error"] for r in first] == [None, "HTTP 503 Service Unavailable"]

    # Next day the feed has moved on: neither story is listed any more, and b.html works now.
    server.page("/feed.rss", rss([(server.url("/c.html"), "Visit C", "Tue, 19 Nov 2024 09:00:00 GMT")]))
    server.page("/b.html", article("Visit story B"))
    result = fetch.run_stage(DAY, paths, profile="test", settings={"retries": 0})
    rows = _rows(paths)
    assert [(r["url"].rsplit("/", 1)[-1], r["error"]) for r in rows] == [("a.html", None), ("b.html", None)]
    assert rows[0] == first[0]  # relisted from the archive, unchanged
    assert server.count("/a.html") == 1
    assert result["carried_over"] == 2


def test_rel_canonical_merges_two_spellings_of_one_page(server: FaultServer, tmp_path) -> None:
    canonical = server.url("/story.html")
    server.page("/story.html", article("Visit story", canonical=canonical))
    server.page("/amp/story.html", article("Visit story (AMP)", canonical=canonical))
    server.page(
        "/feed.rss",
        rss([(server.url("/amp/story.html"), "Visit (amp)", IN_DAY), (canonical, "Visit", IN_DAY)]),
        "application/rss+xml",
    )
    paths = write_config(tmp_path, [{"name": "site", "type": "rss", "url": server.url("/feed.rss")}])
    result = fetch.run_stage(DAY, paths, profile="test")
    rows = _rows(paths)
    assert len(rows) == 1
    assert rows[0]["canonical_url"] == canonical
    assert result["duplicates"] == 1

    # Lose the state folder (seen index, validators): the archive manifest still knows both pages.
    first = (paths.work(DAY) / FETCHED_FILE).read_bytes()
    shutil.rmtree(paths.state)
    hits = len(server.paths_hit("/amp/")) + server.count("/story.html")
    again = fetch.run_stage(DAY, paths, profile="test")
    assert again["pages_fetched"] == 0
    assert len(server.paths_hit("/amp/")) + server.count("/story.html") == hits
    assert (paths.work(DAY) / FETCHED_FILE).read_bytes() == first


def test_two_runs_of_one_window_at_once_both_finish_with_the_same_rows(server: FaultServer, tmp_path) -> None:
    import threading

    items = [(server.url(f"/p{n}.html"), f"Visit {n}", IN_DAY) for n in range(20)]
    server.page("/feed.rss", rss(items), "application/rss+xml")
    for n in range(20):
        server.page(f"/p{n}.html", article(f"Visit story {n}"))
    paths = write_config(tmp_path, [{"name": "site", "type": "rss", "url": server.url("/feed.rss")}])
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fetch.run_stage(DAY, paths, profile="test")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    rows = _rows(paths)
    assert len(rows) == 20
    assert all(r["error"] is None for r in rows)
    archive = Archive(paths.archive)
    assert all(b"Visit story" in archive.get(r["content_hash"]) for r in rows)
    assert len({r["canonical_url"] for r in archive.manifest()}) == 20


DEMO_SITES = Path(fetch.__file__).resolve().parent.parent / "demo" / "sites"


def test_demo_profile_fetches_the_demo_day(tmp_path) -> None:
    import yaml

    from warrantwatch.settings import CONFIG_DIR, Paths
    from warrantwatch.urls import canonicalize

    paths = Paths(data=tmp_path / "data", output=tmp_path / "out", config=CONFIG_DIR)
    result = fetch.run_stage(DAY, paths, profile="demo")
    expected = yaml.safe_load((DEMO_SITES.parent / "expected.yaml").read_text(encoding="utf-8"))
    want = {canonicalize(a["url"]) for a in expected["articles"] if a["day"] == DAY.key}
    rows = _rows(paths)
    assert want <= {r["canonical_url"] for r in rows}
    assert all(r["error"] is None for r in rows)
    assert result["sources_failed"] == 0
    first = (paths.work(DAY) / FETCHED_FILE).read_bytes()
    again = fetch.run_stage(DAY, paths, profile="demo")
    assert again["pages_fetched"] == 0
    assert (paths.work(DAY) / FETCHED_FILE).read_bytes() == first


def test_local_archive_source_reads_manifest_and_files(tmp_path) -> None:
    folder = tmp_path / "config" / ".." / "offline"
    folder.mkdir(parents=True)
    (folder / "one.html").write_text(article("Visit brief", canonical="http://brief.example/one"))
    manifest = [
        {
            "file": "one.html",
            "url": "http://brief.example/one?utm_source=x",
            "published": "2024-11-18T06:00:00Z",
        },
        {"file": "gone.html", "url": "http://brief.example/gone", "published": "2024-11-18T07:00:00Z"},
        {"file": "later.html", "url": "http://brief.example/later", "published": "2024-11-19T07:00:00Z"},
    ]
    (folder / "manifest.json").write_text(json.dumps(manifest))
    paths = write_config(tmp_path, [{"name": "offline", "type": "archive", "path": "offline"}])
    result = fetch.run_stage(DAY, paths, profile="test")
    rows = _rows(paths)
    assert [(r["canonical_url"], r["error"]) for r in rows] == [
        ("http://brief.example/gone", "cannot read gone.html: No such file or directory"),
        ("http://brief.example/one", None),
    ]
    assert b"Visit brief" in Archive(paths.archive).get(rows[1]["content_hash"])
    assert rows[1]["feed_published"] == "2024-11-18T06:00:00+00:00"
    assert result["pages_failed"] == 1


def test_broken_archive_manifest_names_the_entry(tmp_path) -> None:
    folder = tmp_path / "offline"
    folder.mkdir()
    (folder / "manifest.json").write_text(
        json.dumps([{"file": "a.html", "url": "http://x.example/a"}, {"file": "b"}])
    )
    paths = write_config(tmp_path, [{"name": "offline", "type": "archive", "path": str(folder)}])
    with pytest.raises(
        fetch.FetchStageError, match=r"offline: .*manifest.json: entry #2 needs 'url' and 'file'"
    ):
        fetch.run_stage(DAY, paths, profile="test")
