"""Pure logic: sources.yaml validation, topic prefilter, URL canonicalization, the archive."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
import yaml

from warrantwatch.archive import Archive
from warrantwatch.settings import CONFIG_DIR
from warrantwatch.sources import ConfigError, Topic, load_profile, load_topic
from warrantwatch.urls import URLError, canonical_link, canonicalize


def _write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "config" / "sources.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(doc if isinstance(doc, str) else yaml.safe_dump(doc), encoding="utf-8")
    return path


def _profile(*sources: dict, fetch: dict | None = None) -> dict:
    return {"profiles": {"p": {"sources": list(sources), "fetch": fetch or {}}}}


GOOD = {"name": "ok", "type": "rss", "url": "http://a.example/rss"}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (
            _profile(GOOD, {"name": "bad", "type": "rss"}),
            "profile 'p', source 'bad' (#2): url: Field required",
        ),
        (
            _profile({"name": "bad", "type": "rss", "url": "file:///etc/passwd"}),
            "source 'bad' (#1): url: Value error, must be an absolute http(s) URL, got 'file:///etc/passwd'",
        ),
        (
            _profile({"name": "bad", "type": "podcast", "url": "http://x"}),
            "source 'bad' (#1): type: must be one of",
        ),
        (_profile({"name": "g", "type": "gdelt"}), "source 'g' (#1): query: Field required"),
        (
            _profile({"name": "g", "type": "gdelt", "query": "x", "max_records": 500}),
            "max_records: Input should be less than or equal to 250",
        ),
        (_profile({"name": "a", "type": "archive"}), "source 'a' (#1): path: Field required"),
        (
            _profile(GOOD, {**GOOD, "typo_field": 1}),
            "source 'ok' (#2): typo_field: Extra inputs are not permitted",
        ),
        (_profile(GOOD, GOOD), "source 'ok' (#2): name: duplicate source name 'ok'"),
        (_profile({**GOOD, "name": "has space"}), "source 'has space' (#1): name: Value error, use letters"),
        (_profile({"type": "rss", "url": "http://x"}), "source #1: name: Field required"),
        (
            _profile(GOOD, fetch={"read_timeout": -1}),
            "profile 'p': fetch: read_timeout: Input should be greater than 0",
        ),
        (_profile(GOOD, fetch={"retires": 3}), "profile 'p': fetch: retires: Extra inputs are not permitted"),
        ({"profiles": {"p": {"sources": []}}}, "profile 'p': sources: must be a non-empty list"),
        ({"profiles": {"other": {"sources": [GOOD]}}}, "no profile 'p' (profiles: other)"),
        ({"sources": [GOOD]}, "expected a mapping with a 'profiles' mapping"),
        ("profiles: [unclosed", "not valid YAML"),
    ],
)
def test_bad_sources_file_names_the_entry_and_field(tmp_path: Path, doc: object, message: str) -> None:
    path = _write(tmp_path, doc)
    with pytest.raises(ConfigError) as caught:
        load_profile(path, "p")
    assert message in str(caught.value)


def test_profile_settings_layer_defaults_profile_and_overrides(tmp_path: Path) -> None:
    doc = {"defaults": {"min_delay": 3, "workers": 2}, **_profile(GOOD, fetch={"min_delay": 1})}
    profile = load_profile(_write(tmp_path, doc), "p", {"workers": 5})
    assert (profile.settings.min_delay, profile.settings.workers) == (1, 5)
    assert profile.settings.max_bytes == 5_000_000


def test_bundled_profiles_load() -> None:
    demo = load_profile(CONFIG_DIR / "sources.yaml", "demo")
    assert demo.demo_sites
    assert [s.type for s in demo.sources] == ["rss", "atom", "rss", "sitemap", "archive"]
    assert demo.archive_dir(demo.sources[-1]) == (CONFIG_DIR.parent / "demo" / "archive").resolve()
    live = load_profile(CONFIG_DIR / "sources.yaml", "live")
    assert not live.demo_sites
    assert sum(s.type == "rss" for s in live.sources) >= 5
    gdelt = [s for s in live.sources if s.type == "gdelt"]
    assert len(gdelt) == 1
    assert gdelt[0].politeness.min_delay >= 5


def test_topic_prefilter_matches_whole_words_and_aliases() -> None:
    topic = load_topic(CONFIG_DIR / "topic.yaml")
    assert topic.matches("Putin plans first trip to India since the war")
    assert topic.matches(None, "The International  Criminal Court issued an arrest warrant")
    assert topic.matches("Leaders gather for the G20 summit")
    assert not topic.matches("Quarterly earnings beat forecasts", "Shares rose in early trading")
    assert not topic.matches("A piccolo solo at the concert")  # 'icc' inside a word is not ICC
    assert Topic.from_terms(["visit"]).with_extra(("plum",)).matches("plum harvest")


def test_topic_without_keywords_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "topic.yaml"
    path.write_text("keywords: []\n")
    with pytest.raises(ConfigError, match="topic.yaml: keywords"):
        load_topic(path)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        (
            "HTTP://News.Example.COM:80/a/b?utm_source=x&id=2&fbclid=abc#frag",
            "http://news.example.com/a/b?id=2",
        ),
        ("https://news.example.com:443", "https://news.example.com/"),
        ("https://news.example.com:8443/x?b=2&a=1&gclid=9", "https://news.example.com:8443/x?a=1&b=2"),
        (
            "http://news.example.com//a//b.html?utm_medium=rss&utm_campaign=c",
            "http://news.example.com/a/b.html",
        ),
        ("http://news.example.com./x", "http://news.example.com/x"),
    ],
)
def test_canonicalize(raw: str, canonical: str) -> None:
    assert canonicalize(raw) == canonical


def test_canonicalize_refuses_non_http() -> None:
    with pytest.raises(URLError, match="not an http"):
        canonicalize("javascript:alert(1)")
    with pytest.raises(URLError, match="no host"):
        canonicalize("http:///path")


def test_rel_canonical_is_read_from_the_head_only() -> None:
    page = (
        b'<html><head><link rel="stylesheet" href="/s.css">'
        b'<link href="/story.html?utm_source=x" rel="canonical"></head>'
        b'<body><link rel="canonical" href="/other.html"></body></html>'
    )
    assert canonical_link(page, "http://news.example/amp/story") == "http://news.example/story.html"
    assert canonical_link(b"<html><head></head><body></body></html>", "http://news.example/") is None


def test_archive_round_trip_and_manifest(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    digest = archive.put(b"<p>hello</p>")
    assert archive.put(b"<p>hello</p>") == digest
    assert archive.get(digest) == b"<p>hello</p>"
    with pytest.raises(KeyError, match="archive has no object"):
        archive.get("0" * 64)
    archive.record([{"canonical_url": "http://a/", "content_hash": digest, "fetched_at": "t1"}])
    archive.record([{"canonical_url": "http://a/", "content_hash": digest, "fetched_at": "t2"}])
    assert archive.first_fetches()["http://a/"]["fetched_at"] == "t1"


def test_a_torn_manifest_line_is_skipped_and_closed(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.record([{"canonical_url": "http://a/", "content_hash": "h1"}])
    with archive.manifest_path.open("a") as handle:
        handle.write('{"canonical_url": "http://torn')  # a crash mid-append
    archive.record([{"canonical_url": "http://b/", "content_hash": "h2"}])
    assert [r["canonical_url"] for r in archive.manifest()] == ["http://a/", "http://b/"]


def _writer(root: str, worker: int) -> None:
    archive = Archive(Path(root))
    for n in range(200):
        body = f"<p>shared page {n % 20}</p>".encode()
        digest = archive.put(body)
        archive.record([{"canonical_url": f"http://w{worker}/{n}", "content_hash": digest, "pad": "x" * 500}])


def test_two_processes_writing_at_once_leave_a_whole_archive(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(tmp_path), w)) for w in range(3)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
    assert [p.exitcode for p in workers] == [0, 0, 0]
    archive = Archive(tmp_path)
    rows = list(archive.manifest())
    assert len(rows) == 600  # every row whole: none torn or interleaved
    assert {archive.get(r["content_hash"]) for r in rows} == {
        f"<p>shared page {n}</p>".encode() for n in range(20)
    }
    assert not list(tmp_path.rglob("*.tmp"))
