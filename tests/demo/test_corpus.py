"""Checks on the bundled demo corpus itself: sites, feeds, sitemap, archive and expected facts.

No Airflow here. These tests guard the corpus that the end-to-end tests and `make run` depend on:
if a page, a feed entry or a date drifts, they fail with the URL that drifted.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import feedparser
import pycountry
import pytest
import requests
import yaml
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from warrantwatch.demo import SITES_DIR, resolve, serve_sites
from warrantwatch.models import VISIT_STATUSES, WARRANT_STATUSES
from warrantwatch.settings import DEMO_DIR

DAYS = [date(2024, 11, 18) + timedelta(days=i) for i in range(5)]
MERIDIAN = "meridian-times.example"
HARBOUR = "harbour-courier.example"
PLAINPOST = "plainpost.example"
FEEDS = {
    MERIDIAN: ["http://meridian-times.example/feeds/world.rss"],
    HARBOUR: ["http://harbour-courier.example/atom.xml"],
    PLAINPOST: ["http://plainpost.example/rss.xml"],
}
SITEMAP_INDEX = "http://plainpost.example/sitemap.xml"
# Pages that are deliberately not articles: home pages, section/tag pages, the robots-blocked area.
NOT_ARTICLES = {
    "http://meridian-times.example/",
    "http://meridian-times.example/world/",
    "http://harbour-courier.example/",
    "http://harbour-courier.example/tag/icc/",
    "http://plainpost.example/",
    "http://plainpost.example/world/",
}
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
BODY_SELECTOR = {MERIDIAN: "div.story-body", HARBOUR: "div.post-content", PLAINPOST: "div.text"}


# ----------------------------------------------------------------------------------- helpers
def url_of(host: str, file: Path) -> str:
    rel = file.relative_to(SITES_DIR / host).as_posix()
    if rel.endswith("index.html"):
        rel = rel[: -len("index.html")]
    return f"http://{host}/{rel}"


def strip_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def file_for(url: str) -> Path:
    parts = urlsplit(url)
    target = resolve(SITES_DIR, parts.netloc, parts.path or "/")
    assert target is not None, f"{url} does not resolve to a file under {SITES_DIR}"
    return target


def soup_of(url: str) -> BeautifulSoup:
    return BeautifulSoup(file_for(url).read_bytes(), "lxml")


def aware(moment: datetime) -> datetime:
    assert moment.tzinfo is not None, f"naive datetime {moment!r}"
    return moment.astimezone(UTC)


def parse_iso(text: str) -> datetime:
    return aware(datetime.fromisoformat(text.replace("Z", "+00:00")))


def feed_dates(url: str) -> dict[str, datetime]:
    """{canonical article URL: published instant} for one feed, read from the raw XML."""
    raw = file_for(url).read_bytes()
    root = ElementTree.fromstring(raw)
    out: dict[str, datetime] = {}
    if root.tag == "rss":
        for item in root.iter("item"):
            link = strip_query(item.findtext("link").strip())
            out[link] = aware(parsedate_to_datetime(item.findtext("pubDate")))
    else:
        atom = "{http://www.w3.org/2005/Atom}"
        for entry in root.iter(f"{atom}entry"):
            link = entry.find(f"{atom}link[@rel='alternate']").get("href")
            out[strip_query(link)] = parse_iso(entry.findtext(f"{atom}published"))
    return out


def sitemap_dates() -> dict[str, datetime]:
    index = ElementTree.fromstring(file_for(SITEMAP_INDEX).read_bytes())
    locs = [loc.text.strip() for loc in index.findall("sm:sitemap/sm:loc", NS)]
    assert locs, "sitemap index lists no sitemaps"
    out: dict[str, datetime] = {}
    for loc in locs:
        urlset = ElementTree.fromstring(file_for(loc).read_bytes())
        for node in urlset.findall("sm:url", NS):
            when = node.findtext("news:news/news:publication_date", namespaces=NS)
            assert when, f"{loc}: entry {node.findtext('sm:loc', namespaces=NS)} has no news:publication_date"
            out[node.findtext("sm:loc", namespaces=NS).strip()] = parse_iso(when)
    return out


def site_article_urls() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for host in (MERIDIAN, HARBOUR, PLAINPOST):
        urls = []
        for file in sorted((SITES_DIR / host).rglob("*.html")):
            url = url_of(host, file)
            if url in NOT_ARTICLES or urlsplit(url).path.startswith("/private/"):
                continue
            urls.append(url)
        out[host] = urls
    return out


def page_published(host: str, url: str) -> datetime:
    """The publication instant as the page itself states it, by the site's layout."""
    soup = soup_of(url)
    if host == MERIDIAN:
        data = json.loads(soup.find("script", type="application/ld+json").string)
        return parse_iso(data["datePublished"])
    if host == HARBOUR:
        return parse_iso(soup.find("meta", property="article:published_time")["content"])
    byline = soup.find("p", class_="byline").get_text(" ", strip=True)
    found = re.search(r"Published: \w+, (\w+ \d{1,2}, \d{4}, \d{2}:\d{2}) GMT", byline)
    assert found, f"{url}: no visible publication date in byline {byline!r}"
    return datetime.strptime(found.group(1), "%B %d, %Y, %H:%M").replace(tzinfo=UTC)


@pytest.fixture(scope="module")
def articles() -> dict[str, list[str]]:
    return site_article_urls()


@pytest.fixture(scope="module")
def expected() -> dict:
    return yaml.safe_load((DEMO_DIR / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def manifest() -> list[dict]:
    return json.loads((DEMO_DIR / "archive" / "manifest.json").read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------------- size and days
def test_enough_articles_over_five_consecutive_days(articles: dict[str, list[str]]) -> None:
    every = [(host, url) for host, urls in articles.items() for url in urls]
    assert len(every) >= 25, f"only {len(every)} articles"
    per_day = Counter(page_published(host, url).date() for host, url in every)
    assert set(per_day) == set(DAYS), f"articles fall on {sorted(per_day)}, want exactly {DAYS}"
    assert min(per_day.values()) >= 3, f"a thin day: {per_day}"
    for host, urls in articles.items():
        days = {page_published(host, url).date() for url in urls}
        assert len(days) >= 4, f"{host} publishes on only {sorted(days)}"


# ----------------------------------------------------------------------------------- layouts
def test_meridian_pages_carry_json_ld_and_canonical(articles: dict[str, list[str]]) -> None:
    for url in articles[MERIDIAN]:
        soup = soup_of(url)
        data = json.loads(soup.find("script", type="application/ld+json").string)
        assert data["@type"] == "NewsArticle", url
        for key in ("datePublished", "headline", "author", "publisher"):
            assert data.get(key), f"{url}: JSON-LD lacks {key}"
        assert soup.find("link", rel="canonical")["href"] == url
        assert data["headline"] == soup.find("h1").get_text(strip=True)


def test_harbour_pages_are_opengraph_only(articles: dict[str, list[str]]) -> None:
    for url in articles[HARBOUR]:
        soup = soup_of(url)
        assert soup.find("script", type="application/ld+json") is None, url
        assert soup.find("link", rel="canonical") is None, url
        assert soup.find("meta", property="og:url")["content"] == url
        assert soup.find("meta", property="og:title")["content"] == soup.find("h1").get_text(strip=True)
        assert soup.find("meta", property="article:published_time"), url


def test_plainpost_pages_have_no_metadata(articles: dict[str, list[str]]) -> None:
    for url in articles[PLAINPOST]:
        soup = soup_of(url)
        assert soup.find("script", type="application/ld+json") is None, url
        assert soup.find("link", rel="canonical") is None, url
        metas = soup.find_all("meta")
        assert [m.attrs for m in metas] == [{"charset": "utf-8"}], f"{url}: unexpected metadata {metas}"
        assert soup.html.get("lang") is None, url
        # The date exists only in the URL path and the visible byline, and the two agree.
        path_day = re.match(r"/(\d{4})/(\d{2})/(\d{2})/[\w-]+\.html$", urlsplit(url).path)
        assert path_day, f"{url}: no /YYYY/MM/DD/ path"
        assert page_published(PLAINPOST, url).date() == date(*map(int, path_day.groups()))


def test_every_article_has_page_furniture_to_strip(articles: dict[str, list[str]]) -> None:
    for urls in articles.values():
        for url in urls:
            soup = soup_of(url)
            text = soup.get_text(" ", strip=True).lower()
            assert soup.find("nav") or soup.find(id="menu"), f"{url}: no navigation"
            assert soup.find(string=re.compile(r"^\s*By\b|^\s*Por\b")), f"{url}: no byline"
            assert soup.select_one("[class*=share]"), f"{url}: no share buttons"
            assert re.search(r"related stories|most read|lo más leído", text), f"{url}: no related list"
            assert "cookie" in text or "comment" in text or "comentarios" in text, (
                f"{url}: no comments/cookies"
            )
            assert soup.find("figcaption") or soup.find(class_=re.compile("caption")), f"{url}: no caption"
            assert soup.find("script", src=True) or soup.find("script", string=True), f"{url}: no script"


def test_article_bodies_are_news_length(articles: dict[str, list[str]]) -> None:
    for host, urls in articles.items():
        for url in urls:
            body = soup_of(url).select_one(BODY_SELECTOR[host])
            paragraphs = [p.get_text(" ", strip=True) for p in body.find_all("p")]
            words = sum(len(p.split()) for p in paragraphs)
            assert 150 <= words <= 450, f"{url}: {words} words"
            assert len(paragraphs) >= 4, f"{url}: only {len(paragraphs)} paragraphs"


def test_one_non_english_article_is_marked(articles: dict[str, list[str]]) -> None:
    langs = {url: soup_of(url).html.get("lang") for urls in articles.values() for url in urls}
    spanish = [url for url, lang in langs.items() if lang == "es"]
    assert len(spanish) == 1, spanish
    soup = soup_of(spanish[0])
    assert soup.find("meta", property="og:locale")["content"] == "es_ES"


# ----------------------------------------------------------------------------------- feeds
@pytest.mark.parametrize("feed_url", [u for urls in FEEDS.values() for u in urls])
def test_feeds_parse_cleanly(feed_url: str) -> None:
    parsed = feedparser.parse(file_for(feed_url).read_bytes())
    assert not parsed.bozo, f"{feed_url}: {parsed.get('bozo_exception')}"
    assert parsed.version in {"rss20", "atom10"}, parsed.version
    assert parsed.entries
    for entry in parsed.entries:
        assert entry.get("published_parsed"), f"{feed_url}: {entry.get('link')} has no parsable date"


def test_feed_dates_are_utc_and_well_formed() -> None:
    meridian = file_for(FEEDS[MERIDIAN][0]).read_text(encoding="utf-8")
    plain = file_for(FEEDS[PLAINPOST][0]).read_text(encoding="utf-8")
    for text in (meridian, plain):
        dates = re.findall(r"<pubDate>(.*?)</pubDate>", text)
        assert dates
        for stamp in dates:
            assert re.fullmatch(r"\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000", stamp), stamp
    atom = file_for(FEEDS[HARBOUR][0]).read_text(encoding="utf-8")
    stamps = re.findall(r"<(?:published|updated)>(.*?)</", atom)
    assert stamps
    for stamp in stamps:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", stamp), stamp


def test_every_article_is_in_its_own_sites_feeds_with_the_pages_date(articles: dict[str, list[str]]) -> None:
    listed = {host: {} for host in FEEDS}
    for host, feed_urls in FEEDS.items():
        for feed_url in feed_urls:
            for link, when in feed_dates(feed_url).items():
                assert urlsplit(link).netloc == host, f"{feed_url} lists another site's page {link}"
                listed[host][link] = when
    for host, urls in articles.items():
        extra = set(listed[host]) - set(urls)
        assert extra <= NOT_ARTICLES, f"{host} feed lists unknown pages {extra - NOT_ARTICLES}"
        for url in urls:
            assert url in listed[host], f"{url} is missing from {host}'s feed"
            assert listed[host][url] == page_published(host, url), f"{url}: feed date differs from page"
    # Exactly one section page is listed, to exercise the parser's "not an article" skip. It is a
    # snapshot of its listed moment: it must not leak stories from later windows.
    sections = [(url, when) for v in listed.values() for url, when in v.items() if url in NOT_ARTICLES]
    assert len(sections) == 1, sections
    section_url, section_time = sections[0]
    linked = {a["href"] for a in soup_of(section_url).select("ul.story-list a[href]")}
    assert linked, f"{section_url} lists no stories"
    for url in linked:
        assert page_published(urlsplit(url).netloc, url) <= section_time, f"{section_url} shows later {url}"


def test_feed_titles_match_page_titles() -> None:
    for feed_urls in FEEDS.values():
        for feed_url in feed_urls:
            for entry in feedparser.parse(file_for(feed_url).read_bytes()).entries:
                link = strip_query(entry.link)
                if link in NOT_ARTICLES:
                    continue
                heading = soup_of(link).find(["h1", "h2"]).get_text(strip=True)
                assert entry.title == heading, f"{link}: feed title {entry.title!r} vs page {heading!r}"


def test_news_sitemap_matches_rss() -> None:
    from_sitemap = sitemap_dates()
    from_rss = feed_dates(FEEDS[PLAINPOST][0])
    assert from_sitemap == from_rss


def test_every_feed_and_sitemap_url_resolves_to_a_file() -> None:
    urls = [u for feed_urls in FEEDS.values() for feed_url in feed_urls for u in feed_dates(feed_url)]
    urls += list(sitemap_dates())
    assert len(urls) > 30
    for url in urls:
        file_for(url)


def test_robots_allow_feeds_and_block_private() -> None:
    for host, feed_urls in FEEDS.items():
        robots = RobotFileParser()
        robots.parse(file_for(f"http://{host}/robots.txt").read_text(encoding="utf-8").splitlines())
        assert not robots.can_fetch("warrantwatch", f"http://{host}/private/")
        assert resolve(SITES_DIR, host, "/private/") is not None  # it exists; robots keeps fetchers out
        for feed_url in feed_urls:
            assert robots.can_fetch("warrantwatch", feed_url)
            for link in feed_dates(feed_url):
                assert robots.can_fetch("warrantwatch", link), link
                assert "/private/" not in link


# ----------------------------------------------------------------------------------- archive
def test_archive_manifest_points_at_files_inside_the_days(manifest: list[dict]) -> None:
    assert 2 <= len(manifest) <= 3
    for item in manifest:
        assert set(item) == {"file", "url", "published", "title"}, item
        path = DEMO_DIR / "archive" / item["file"]
        assert path.is_file(), path
        assert parse_iso(item["published"]).date() in DAYS, item
        assert item["title"] in path.read_text(encoding="utf-8")
    assert len({i["url"] for i in manifest}) == len(manifest)


# ----------------------------------------------------------------------------------- storyline
def test_syndicated_story_is_the_same_wire_text_with_small_edits(expected: dict) -> None:
    pairs = [(a["url"], a["syndicated_with"]) for a in expected["articles"] if a.get("syndicated_with")]
    assert pairs
    first, second = pairs[0]
    hosts = {urlsplit(first).netloc, urlsplit(second).netloc}
    assert hosts == {MERIDIAN, HARBOUR}
    texts = []
    for url in (first, second):
        host = urlsplit(url).netloc
        body = soup_of(url).select_one(BODY_SELECTOR[host])
        texts.append(" ".join(p.get_text(" ", strip=True) for p in body.find_all("p")))
    ratio = difflib.SequenceMatcher(None, texts[0], texts[1]).ratio()
    assert 0.85 < ratio < 1.0, ratio


# ----------------------------------------------------------------------------------- expected.yaml
ISO3 = {c.alpha_3 for c in pycountry.countries}
DATE_FORM = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_expected_names_exactly_the_corpus(
    expected: dict, articles: dict[str, list[str]], manifest: list[dict]
) -> None:
    named = [a["url"] for a in expected["articles"]]
    assert len(named) == len(set(named)), "an article is listed twice"
    corpus = {url for urls in articles.values() for url in urls} | {m["url"] for m in manifest}
    assert set(named) == corpus, f"missing: {corpus - set(named)}; unknown: {set(named) - corpus}"
    for entry in expected["not_articles"]:
        assert entry["url"] in NOT_ARTICLES


def test_expected_facts_use_the_extract_vocabulary(expected: dict) -> None:
    for article in expected["articles"]:
        for fact in article["facts"]:
            where = f"{article['url']}: {fact}"
            assert fact["date"] is None or DATE_FORM.match(fact["date"]), where
            if fact["kind"] == "visit":
                assert fact["status"] in VISIT_STATUSES, where
                assert fact["host_country"] in ISO3, where
                assert fact["traveler"].count(" ") >= 1, where
            else:
                assert fact["kind"] == "warrant", where
                assert fact["status"] in WARRANT_STATUSES, where
                assert fact["court"] == "ICC", where
            if fact.get("reason") is not None:
                assert fact["reason"] == "warrant", where
                assert fact["status"] in {"cancelled", "declined"}, where


def test_distractors_expect_no_facts_and_cover_every_trap(expected: dict) -> None:
    distractors = [a for a in expected["articles"] if a["topic"] == "distractor"]
    assert all(a["facts"] == [] for a in distractors)
    notes = " ".join(a.get("note", "") for a in distractors).lower()
    for trap in ("search warrant", "cricket", "domestic", "chief executive", "spanish"):
        assert trap in notes, f"no distractor covers {trap!r}"
    assert any(a["language"] != "en" for a in distractors)


def _history(expected: dict, traveler: str, host: str) -> list[tuple[str, str]]:
    return [
        (a["day"], f["status"])
        for a in expected["articles"]
        for f in a["facts"]
        if f["kind"] == "visit" and f["traveler"] == traveler and f["host_country"] == host
    ]


def test_storyline_has_the_required_status_changes(expected: dict) -> None:
    modi_guyana = _history(expected, "Narendra Modi", "GUY")
    assert min(d for d, s in modi_guyana if s == "planned") < min(
        d for d, s in modi_guyana if s == "completed"
    )
    gallant_prague = _history(expected, "Yoav Gallant", "CZE")
    assert min(d for d, s in gallant_prague if s == "planned") < min(
        d for d, s in gallant_prague if s == "cancelled"
    )
    warrants = {
        (a["day"], f["subject"], f["status"])
        for a in expected["articles"]
        for f in a["facts"]
        if f["kind"] == "warrant"
    }
    assert ("2024-11-21", "Benjamin Netanyahu", "issued") in warrants
    assert any(s == "Benjamin Netanyahu" and st == "requested" and d < "2024-11-21" for d, s, st in warrants)
    assert ("2024-11-22", "planned") in _history(expected, "Benjamin Netanyahu", "HUN")
    # The seed's fact pattern, all on the first day.
    first_day = {
        (f.get("traveler"), f.get("host_country"), f["status"])
        for a in expected["articles"]
        if a["day"] == "2024-11-18"
        for f in a["facts"]
    }
    for fact in [
        ("Vladimir Putin", "IND", "planned"),
        ("Vladimir Putin", "MNG", "completed"),
        ("Vladimir Putin", "BRA", "declined"),
        (None, None, "issued"),
    ]:
        assert fact in first_day, fact
    assert set(expected["alerts_by_day"]) == {d.isoformat() for d in DAYS}


def test_expected_days_match_the_pages(expected: dict, manifest: list[dict]) -> None:
    archive = {m["url"]: parse_iso(m["published"]) for m in manifest}
    for article in expected["articles"]:
        url = article["url"]
        when = archive.get(url) or page_published(urlsplit(url).netloc, url)
        assert parse_iso(article["published"]) == when, url
        assert article["day"] == when.date().isoformat(), url


# ----------------------------------------------------------------------------------- over HTTP
def test_served_through_the_demo_proxy(articles: dict[str, list[str]]) -> None:
    urls = [u for feed_urls in FEEDS.values() for u in feed_urls] + [SITEMAP_INDEX]
    urls += [f"http://{host}/robots.txt" for host in FEEDS]
    urls += [u for host_urls in articles.values() for u in host_urls]
    with serve_sites() as proxy, requests.Session() as session:
        session.trust_env = False  # ignore any proxy settings of the machine running the tests
        proxies = {"http": proxy}
        for url in urls:
            response = session.get(url, proxies=proxies, timeout=10)
            assert response.status_code == 200, f"{url}: HTTP {response.status_code}"
            assert response.content == file_for(url).read_bytes(), url
        # Links exactly as the feeds give them, tracking parameters included.
        for feed_url in FEEDS[MERIDIAN]:
            for entry in feedparser.parse(file_for(feed_url).read_bytes()).entries:
                assert session.get(entry.link, proxies=proxies, timeout=10).status_code == 200, entry.link
        missing = session.get(
            "http://plainpost.example/2024/11/23/no-such-story.html", proxies=proxies, timeout=10
        )
        assert missing.status_code == 404
