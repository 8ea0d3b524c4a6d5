"""The fetch stage: list the configured sources, download new pages politely, archive every body.

``run_stage(window, paths, profile)`` writes the window's ``fetched.jsonl`` (one
:class:`FetchedPage` per item, failures included with their reason), ``source_health.json`` and
``fetch.stats.json``. Pages already archived (seen URL, or a 304) are listed again from the
archive without a download, so a rerun of a window gives the same ``fetched.jsonl``.
"""

from __future__ import annotations

import argparse
import codecs
import json
import math
import re
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import charset_normalizer
import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from warrantwatch.archive import Archive, locked_append
from warrantwatch.feeds import FeedError, FeedItem, gdelt_list, parse_feed, parse_sitemap
from warrantwatch.fileio import atomic_write_text, read_jsonl, write_jsonl
from warrantwatch.models import FetchedPage, Window
from warrantwatch.settings import FETCHED_FILE, SOURCE_HEALTH_FILE, Paths, stats_file
from warrantwatch.sources import (
    FEED_TYPES,
    SOURCES_FILE,
    TOPIC_FILE,
    ArchiveSource,
    FetchSettings,
    GdeltSource,
    Profile,
    Topic,
    load_profile,
    load_topic,
)
from warrantwatch.urls import (
    ALLOWED_SCHEMES,
    URLError,
    canonical_link,
    canonicalize,
    host_of,
    try_canonicalize,
)

RETRY_STATUSES = (429, 500, 502, 503, 504)
PAGE_TYPES = re.compile(
    r"^(text/html|application/xhtml\+xml|text/xml|application/xml|application/[\w.+-]+\+xml"
    r"|application/json|application/[\w.+-]+\+json)$"
)
TEXT_TYPES = re.compile(r"^(text/plain|" + PAGE_TYPES.pattern[2:-2] + r")$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class FetchStageError(RuntimeError):
    """Every enabled source failed: the task must fail so Airflow retries and shows red."""


# --- HTTP ------------------------------------------------------------------------------------


@dataclass
class HttpResult:
    url: str
    final_url: str | None = None
    status: int | None = None
    body: bytes | None = None
    content_type: str | None = None  # media type only, lower case
    charset: str | None = None  # as declared in the header
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    error: str | None = None
    requests: int = 0  # responses received for this URL, redirects included

    @property
    def ok(self) -> bool:
        return self.error is None


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", errors="ignore")
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def detect_encoding(body: bytes, declared: str | None = None) -> str:
    """The body's text encoding: the header's charset, then a BOM or ``<meta>``/XML declaration,
    then detection (charset_normalizer); UTF-8 when nothing else can tell."""
    codec = _codec(declared)
    if codec:
        return codec
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    head = body[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    codec = _codec(match.group(1)) if match else None
    if codec:
        return codec
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    return _codec(best.encoding) if best is not None and _codec(best.encoding) else "utf-8"


class HostGate:
    """Per-host politeness: at most N requests in flight and a minimum delay between starts."""

    @dataclass
    class _Host:
        min_delay: float
        slots: threading.Semaphore
        lock: threading.Lock = field(default_factory=threading.Lock)
        next_start: float = 0.0

    def __init__(self, min_delay: float, concurrency: int) -> None:
        self.min_delay = min_delay
        self.concurrency = concurrency
        self._hosts: dict[str, HostGate._Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> HostGate._Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = self._Host(self.min_delay, threading.Semaphore(self.concurrency))
            return self._hosts[host]

    def configure(self, host: str, min_delay: float | None = None, concurrency: int | None = None) -> None:
        """Override one host's rules (a source's politeness settings, robots.txt Crawl-delay)."""
        entry = self._host(host)
        if min_delay is not None:
            entry.min_delay = min_delay
        if concurrency is not None:
            with self._lock:
                self._hosts[host] = self._Host(entry.min_delay, threading.Semaphore(concurrency))

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        entry = self._host(host)
        entry.slots.acquire()
        try:
            with entry.lock:
                now = time.monotonic()
                wait = entry.next_start - now
                entry.next_start = max(now, entry.next_start) + entry.min_delay
            if wait > 0:
                time.sleep(wait)
            yield
        finally:
            entry.slots.release()


def make_session(settings: FetchSettings, proxy: str | None = None) -> requests.Session:
    """One Session for the whole run: pooled connections, urllib3 Retry, no environment proxies."""
    retry = Retry(
        total=settings.retries,
        connect=settings.retries,
        read=settings.retries,
        status=settings.retries,
        other=0,
        redirect=False,  # redirects are followed by hand, one checked hop at a time
        allowed_methods=frozenset({"GET"}),
        status_forcelist=RETRY_STATUSES,
        backoff_factor=settings.backoff_factor,
        backoff_max=settings.backoff_max,
        respect_retry_after_header=True,
        retry_after_max=max(0, math.ceil(settings.retry_after_max)),
        raise_on_status=False,
        raise_on_redirect=False,
    )
    session = requests.Session()
    session.trust_env = False  # no surprise proxies or .netrc from the environment
    adapter = HTTPAdapter(max_retries=retry, pool_connections=32, pool_maxsize=max(settings.workers, 4))
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = settings.user_agent
    if proxy:
        session.proxies = {"http": proxy, "https": proxy}
    return session


_ERRNO = re.compile(r"\[Errno -?\d+\] [^'\")]+")


def _describe_exception(exc: BaseException, settings: FetchSettings) -> str:
    # No object addresses or ports of pooled connections: a rerun must word errors the same.
    text = re.sub(r" object at 0x[0-9a-fA-F]+", "", str(exc))
    # After urllib3's retries the real cause is only in the message of a MaxRetryError.
    if isinstance(exc, requests.exceptions.ConnectTimeout) or "ConnectTimeoutError" in text:
        return f"connect timeout after {settings.connect_timeout:g}s"
    if isinstance(exc, requests.exceptions.ReadTimeout | urllib3.exceptions.ReadTimeoutError) or (
        "ReadTimeoutError" in text or "Read timed out" in text
    ):
        return f"read timeout after {settings.read_timeout:g}s"
    if isinstance(exc, requests.exceptions.ContentDecodingError | urllib3.exceptions.DecodeError):
        return f"could not decompress the body ({text[:120]})"
    if "IncompleteRead" in text or "Connection broken" in text:
        return "truncated body: the connection closed before the whole body arrived"
    if "reset" in text.lower() or "RemoteDisconnected" in text or "aborted" in text.lower():
        return "connection reset by the server"
    if isinstance(exc, requests.exceptions.ProxyError):
        return f"proxy error: {text[:200]}"
    if isinstance(exc, requests.exceptions.ConnectionError):
        errno = _ERRNO.search(text)
        return f"could not connect: {errno.group(0) if errno else text[:200]}"
    return f"{type(exc).__name__}: {text[:200]}"


class Robots:
    """robots.txt per host: fetched once, kept in memory and on disk for ``robots_ttl_hours``."""

    def __init__(self, client: HttpClient, state_dir: Path | None, settings: FetchSettings) -> None:
        self.client = client
        self.dir = state_dir / "robots" if state_dir else None
        self.settings = settings
        self._parsers: dict[str, RobotFileParser | str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def _disk_path(self, origin: str) -> Path | None:
        if self.dir is None:
            return None
        return self.dir / (re.sub(r"[^A-Za-z0-9.-]+", "_", origin) + ".json")

    def check(self, url: str) -> str | None:
        """None when ``url`` may be fetched, else the reason it may not."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._parsers:
                self._parsers[origin] = self._load(origin)
        parser = self._parsers[origin]
        if isinstance(parser, str):
            return parser
        if not parser.can_fetch(self.settings.user_agent, url):
            return "disallowed by robots.txt"
        return None

    def _load(self, origin: str) -> RobotFileParser | str:
        disk = self._disk_path(origin)
        cached = None
        if disk and disk.exists():
            try:
                cached = json.loads(disk.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                cached = None
        ttl = self.settings.robots_ttl_hours * 3600
        if cached and time.time() - cached.get("fetched", 0) < ttl:
            status, text = cached["status"], cached["body"]
        else:
            result = self.client.get(f"{origin}/robots.txt", kind="robots")
            if result.status is not None and 400 <= result.status < 500:
                status, text = result.status, ""
            elif result.ok and result.status == 200:
                status, text = 200, (result.body or b"").decode("utf-8", errors="replace")
            else:
                # RFC 9309: an unreachable robots.txt means "assume disallowed", for now.
                return f"robots.txt unreachable ({result.error or f'HTTP {result.status}'}); not fetching"
            if disk:
                atomic_write_text(disk, json.dumps({"fetched": time.time(), "status": status, "body": text}))
        parser = RobotFileParser()
        parser.parse(text.splitlines() if status == 200 else [])
        delay = parser.crawl_delay(self.settings.user_agent) if status == 200 else None
        if delay:
            host = urlsplit(origin).netloc
            self.client.gate.configure(host, min_delay=min(float(delay), 60.0))
        return parser


class HttpClient:
    """GET with every defence the open web needs; never raises for a bad response or URL."""

    def __init__(self, settings: FetchSettings, state_dir: Path | None = None, proxy: str | None = None):
        self.settings = settings
        self.session = make_session(settings, proxy)
        self.gate = HostGate(settings.min_delay, settings.per_host_concurrency)
        self.robots = Robots(self, state_dir, settings)
        self._count_lock = threading.Lock()
        self.requests = 0  # responses received (urllib3's own retries are not counted)

    def close(self) -> None:
        self.session.close()

    def get(self, url: str, *, kind: str = "page", validators: dict[str, Any] | None = None) -> HttpResult:
        """Fetch ``url``. ``kind`` is page, feed, api or robots; ``validators`` enable a 304."""
        settings = self.settings
        result = HttpResult(url=url)
        current = url
        visited = {url}
        for hop in range(settings.max_redirects + 1):
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ALLOWED_SCHEMES:
                result.error = f"unsupported URL scheme {scheme or '(none)'!r}: only http and https"
                return result
            # robots.txt is for crawling; an API the user configured (GDELT) is not crawled.
            if kind not in {"robots", "api"} and settings.respect_robots:
                refusal = self.robots.check(current)
                if refusal:
                    result.final_url, result.error = current, refusal
                    return result
            headers = {"Accept": _ACCEPT[kind]}
            if hop == 0 and validators:
                if validators.get("etag"):
                    headers["If-None-Match"] = validators["etag"]
                if validators.get("last_modified"):
                    headers["If-Modified-Since"] = validators["last_modified"]
            with self.gate.slot(host_of(current)):
                try:
                    response = self.session.get(
                        current,
                        headers=headers,
                        stream=True,
                        allow_redirects=False,
                        timeout=(settings.connect_timeout, settings.read_timeout),
                    )
                except requests.exceptions.RequestException as exc:
                    result.final_url, result.error = current, _describe_exception(exc, settings)
                    return result
                with self._count_lock:
                    self.requests += 1
                result.requests += 1
                with response:
                    result.final_url, result.status = current, response.status_code
                    location = response.headers.get("Location")
                    if response.is_redirect and location:
                        target = urljoin(current, location)
                        refusal = self._check_redirect(current, target, visited)
                        if refusal:
                            result.error = refusal
                            return result
                        visited.add(target)
                        current = target
                        continue
                    return self._finish(response, result, kind)
        result.error = f"too many redirects (more than {settings.max_redirects})"
        return result

    def _check_redirect(self, current: str, target: str, visited: set[str]) -> str | None:
        old, new = urlsplit(current).scheme.lower(), urlsplit(target).scheme.lower()
        if new not in ALLOWED_SCHEMES:
            return f"redirect to a {new or 'schemeless'}: URL refused ({target[:200]})"
        if new != old and not (old == "http" and new == "https" and self.settings.allow_https_upgrade):
            return f"redirect from {old} to {new} refused ({target[:200]})"
        if target in visited:
            return f"redirect loop at {target[:200]}"
        return None

    def _finish(self, response: requests.Response, result: HttpResult, kind: str) -> HttpResult:
        settings = self.settings
        retries = response.raw.retries
        tries = len(retries.history) if retries is not None else 0
        after = f" (after {tries} retr{'y' if tries == 1 else 'ies'})" if tries else ""
        result.etag = response.headers.get("ETag")
        result.last_modified = response.headers.get("Last-Modified")
        if response.status_code == 304:
            result.not_modified = True
            return result
        if response.status_code != 200:
            result.error = f"HTTP {response.status_code} {response.reason or ''}".rstrip() + after
            return result
        raw_type = response.headers.get("Content-Type", "")
        media = raw_type.split(";", 1)[0].strip().lower()
        result.content_type = media or None
        match = re.search(r"charset\s*=\s*([^;\s]+)", raw_type, re.IGNORECASE)
        result.charset = match.group(1).strip("\"'") if match else None
        allowed = TEXT_TYPES if kind in {"robots", "api"} else PAGE_TYPES
        if media and not allowed.match(media):
            result.error = f"unexpected content type {media!r} (want HTML, XML or JSON)"
            return result
        declared = response.headers.get("Content-Length", "")
        if (
            declared.isdigit()
            and int(declared) > settings.max_bytes
            and not response.headers.get("Content-Encoding")
        ):
            result.error = f"body of {int(declared):,} bytes is over the {settings.max_bytes:,}-byte cap"
            return result
        chunks: list[bytes] = []
        size = 0
        started = time.monotonic()
        try:
            while True:
                # read1: one socket read at a time, so the wall-clock cap is checked often.
                chunk = response.raw.read1(65536, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > settings.max_bytes:
                    result.error = f"body over the {settings.max_bytes:,}-byte cap (stopped reading)"
                    return result
                chunks.append(chunk)
                if time.monotonic() - started > settings.max_seconds:
                    result.error = f"download took over {settings.max_seconds:g}s (stopped reading)"
                    return result
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            result.error = _describe_exception(exc, settings) + f" after {size:,} bytes"
            return result
        result.body = b"".join(chunks)
        return result


_ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
    "api": "application/json,*/*;q=0.1",
    "robots": "text/plain,*/*;q=0.1",
}


# --- cross-run state -------------------------------------------------------------------------


class FetchState:
    """Conditional-GET validators and the seen-URL index, as append-only JSON lines under state/.

    Rows are appended under a lock (two runs at once cannot tear them); on load the last row of
    a URL wins for validators and the first for seen URLs (the first fetch is the one we keep).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.validators_path = root / "validators.jsonl"
        self.seen_path = root / "seen.jsonl"
        self.validators: dict[str, dict[str, Any]] = {}
        self.seen: dict[str, dict[str, Any]] = {}
        for row in self._rows(self.validators_path):
            self.validators[row["url"]] = row
        for row in self._rows(self.seen_path):
            self.seen.setdefault(row["url"], row)
        self._new_validators: list[dict[str, Any]] = []
        self._new_seen: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    @staticmethod
    def _rows(path: Path) -> Iterator[dict[str, Any]]:
        if not path.exists():
            return
        for line in path.read_bytes().splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a line torn by a crash
            if isinstance(row, dict) and row.get("url"):
                yield row

    def remember_validators(self, url: str, result: HttpResult, content_hash: str) -> None:
        if not (result.etag or result.last_modified):
            return
        row = {
            "url": url,
            "etag": result.etag,
            "last_modified": result.last_modified,
            "content_hash": content_hash,
            "content_type": result.content_type,
            "charset": result.charset,
            "final_url": result.final_url,
        }
        with self._lock:
            if self.validators.get(url) != row:
                self.validators[url] = row
                self._new_validators.append(row)

    def remember_seen(self, row: dict[str, Any]) -> None:
        with self._lock:
            if row["url"] not in self.seen:
                self.seen[row["url"]] = row
                self._new_seen.append(row)

    def save(self) -> None:
        for path, rows in ((self.validators_path, self._new_validators), (self.seen_path, self._new_seen)):
            if rows:
                with locked_append(path) as handle:
                    handle.write("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows).encode())
                rows.clear()


# --- listing sources -------------------------------------------------------------------------


@dataclass
class Listed:
    """An item worth fetching, from one source."""

    url: str
    canonical_url: str
    source: str
    title: str | None
    published: str | None  # ISO, UTC
    order: int  # the source's position in the profile (ties go to the earlier source)
    local_file: Path | None = None  # archive sources: the page is a file, not a URL


@dataclass
class SourceHealth:
    name: str
    type: str
    status: str = "ok"
    items_listed: int = 0
    items_in_window: int = 0
    items_selected: int = 0
    pages_fetched: int = 0
    pages_from_archive: int = 0
    pages_failed: int = 0
    requests: int = 0
    bytes: int = 0
    seconds: float = 0.0
    error: str | None = None
    notes: list[str] = field(default_factory=list)


class Fetcher:
    """One run's machinery: the HTTP client, the archive, the state, the profile."""

    def __init__(self, profile: Profile, paths: Paths, topic: Topic, proxy: str | None) -> None:
        self.profile = profile
        self.settings = profile.settings
        self.paths = paths
        self.topic = topic
        self.archive = Archive(paths.archive)
        self.state = FetchState(paths.state)
        self.client = HttpClient(self.settings, paths.state, proxy)
        self._bytes_lock = threading.Lock()
        self.new_manifest_rows: list[dict[str, Any]] = []  # appended to the archive manifest at the end
        self._archived: set[str] = set()  # listed canonical URLs whose body is known to be archived
        for source in profile.enabled_sources:
            url = getattr(source, "url", None) or getattr(source, "endpoint", None)
            if url:
                self.client.gate.configure(
                    host_of(url),
                    min_delay=source.politeness.min_delay,
                    concurrency=source.politeness.per_host_concurrency,
                )

    # Feeds, sitemaps: conditional GET; a 304 re-reads the body kept in the archive.
    def get_listing_body(self, url: str, kind: str, health: SourceHealth) -> tuple[bytes, str | None]:
        digest, content_type = self.get_listing(url, kind, health)
        return self.archive.get(digest), content_type

    def get_listing(self, url: str, kind: str, health: SourceHealth) -> tuple[str, str | None]:
        """Fetch a feed or sitemap into the archive; returns its content hash and type."""
        validators = self.state.validators.get(url)
        if validators and validators.get("content_hash") not in self.archive:
            validators = None
        result = self.client.get(url, kind=kind, validators=validators)
        health.requests += result.requests
        if result.not_modified and validators:
            return validators["content_hash"], validators.get("content_type")
        if result.not_modified:
            result = self.client.get(url, kind=kind)
            health.requests += result.requests
        if not result.ok or result.body is None:
            raise FeedError(f"{url}: {result.error or 'no body'}")
        health.bytes += len(result.body)
        digest = self.archive.put(result.body)
        self.state.remember_validators(url, result, digest)
        return digest, result.content_type

    def feed_items(self, url: str, health: SourceHealth) -> list[FeedItem]:
        """A feed's items; parsed once per distinct body (feedparser is the slow part of a
        run with nothing new), then read back from ``state/feeds/<hash>.json``."""
        digest, content_type = self.get_listing(url, "feed", health)
        cache = self.paths.state / "feeds" / f"{digest}.json"
        try:
            rows = json.loads(cache.read_text(encoding="utf-8"))
            return [
                FeedItem(r["url"], r["title"], r["summary"], _parse_time(r["published"]), r["canonical"])
                for r in rows
            ]
        except (OSError, ValueError, KeyError, TypeError):
            pass
        _, items = parse_feed(self.archive.get(digest), url, content_type)
        rows = [
            {
                "url": i.url,
                "title": i.title,
                "summary": i.summary,
                "published": i.published.isoformat() if i.published else None,
                "canonical": try_canonicalize(i.url),
            }
            for i in items
        ]
        atomic_write_text(cache, json.dumps(rows, ensure_ascii=False))
        return items

    def list_source(self, source: Any, window: Window, order: int) -> tuple[SourceHealth, list[Listed]]:
        health = SourceHealth(source.name, source.type)
        started = time.monotonic()
        try:
            items = self._list_items(source, window, health)
        except FeedError as exc:
            health.status, health.error = "failed", str(exc)
            health.seconds = round(time.monotonic() - started, 3)
            return health, []
        except Exception as exc:  # noqa: BLE001 - one broken source must never stop the run
            health.status, health.error = "failed", f"{type(exc).__name__}: {exc}"
            health.seconds = round(time.monotonic() - started, 3)
            return health, []
        health.items_listed = len(items)
        in_window = [i for i in items if i.published is None or window.contains(i.published)]
        health.items_in_window = len(in_window)
        topic = self.topic.with_extra(source.keywords)
        chosen: list[Listed] = []
        seen: set[str] = set()
        for item in in_window:
            if (
                source.prefilter
                and (item.title or item.summary)
                and not topic.matches(item.title, item.summary)
            ):
                continue
            try:
                canonical = item.canonical_url or canonicalize(item.url)
            except URLError:
                continue
            if canonical in seen:
                continue
            seen.add(canonical)
            local = getattr(item, "local_file", None)
            chosen.append(
                Listed(
                    url=item.url,
                    canonical_url=canonical,
                    source=source.name,
                    title=item.title,
                    published=item.published.isoformat() if item.published else None,
                    order=order,
                    local_file=local,
                )
            )
        if len(chosen) > self.settings.max_items_per_source:
            health.notes.append(f"kept the first {self.settings.max_items_per_source} of {len(chosen)} items")
            chosen = chosen[: self.settings.max_items_per_source]
        health.items_selected = len(chosen)
        health.seconds = round(time.monotonic() - started, 3)
        return health, chosen

    def _list_items(self, source: Any, window: Window, health: SourceHealth) -> list[FeedItem]:
        if source.type in FEED_TYPES:
            return self.feed_items(source.url, health)
        if source.type == "sitemap":
            return self._list_sitemap(source.url, health)
        if isinstance(source, GdeltSource):
            return self._list_gdelt(source, window, health)
        if isinstance(source, ArchiveSource):
            return self._list_archive(source)
        raise ValueError(f"unknown source type {source.type!r}")

    def _list_sitemap(self, url: str, health: SourceHealth) -> list[FeedItem]:
        body, _ = self.get_listing_body(url, "feed", health)
        sitemap = parse_sitemap(body)
        items = list(sitemap.items)
        children = sitemap.children[: self.settings.max_sitemaps]
        if len(sitemap.children) > len(children):
            health.notes.append(f"followed {len(children)} of {len(sitemap.children)} child sitemaps")
        failures = []
        for child in children:
            try:
                child_body, _ = self.get_listing_body(urljoin(url, child), "feed", health)
                items += parse_sitemap(child_body).items
            except FeedError as exc:
                failures.append(str(exc))
        if failures and len(failures) == len(children) and not sitemap.items:
            raise FeedError("; ".join(failures))
        health.notes += [f"child sitemap failed: {f}" for f in failures]
        return items

    def _list_gdelt(self, source: GdeltSource, window: Window, health: SourceHealth) -> list[FeedItem]:
        def get(url: str) -> bytes:
            result = self.client.get(url, kind="api")
            health.requests += result.requests
            if not result.ok or result.body is None:
                raise FeedError(f"GDELT: {result.error or 'no body'}")
            health.bytes += len(result.body)
            return result.body

        listing = gdelt_list(
            get,
            source.endpoint,
            source.query,
            window,
            source.max_records,
            timedelta(minutes=source.min_slice_minutes),
        )
        health.notes.append(f"{listing.calls} GDELT calls")
        if listing.capped_slices:
            health.notes.append(
                f"slices still at the {source.max_records}-record cap: {listing.capped_slices}"
            )
        return listing.items

    def _list_archive(self, source: ArchiveSource) -> list[FeedItem]:
        folder = self.profile.archive_dir(source)
        manifest = folder / "manifest.json"
        try:
            entries = json.loads(manifest.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FeedError(f"archive folder {folder} has no manifest.json") from None
        except ValueError as exc:
            raise FeedError(f"{manifest}: not valid JSON ({exc})") from None
        if not isinstance(entries, list):
            raise FeedError(f"{manifest}: expected a list of {{file, url, published, title}}")
        items = []
        for number, entry in enumerate(entries, 1):
            if not isinstance(entry, dict) or not entry.get("url") or not entry.get("file"):
                raise FeedError(f"{manifest}: entry #{number} needs 'url' and 'file'")
            published = None
            if entry.get("published"):
                try:
                    published = datetime.fromisoformat(str(entry["published"]).replace("Z", "+00:00"))
                except ValueError:
                    raise FeedError(
                        f"{manifest}: entry #{number}: bad 'published' {entry['published']!r}"
                    ) from None
                if published.tzinfo is None:
                    published = published.replace(tzinfo=UTC)
                published = published.astimezone(UTC)
            item = _LocalItem(
                url=entry["url"],
                title=entry.get("title"),
                published=published,
                local_file=folder / entry["file"],
            )
            items.append(item)
        return items

    # --- pages -------------------------------------------------------------------------------

    def archived(self, item: Listed, first: dict[str, dict[str, Any]]) -> bool:
        seen = self.state.seen.get(item.canonical_url) or first.get(item.canonical_url)
        if seen and seen.get("content_hash") in self.archive:
            self._archived.add(item.canonical_url)
            return True
        return False

    def fetch_page(
        self, item: Listed, window: Window, first: dict[str, dict[str, Any]]
    ) -> tuple[FetchedPage, str, int]:
        """Fetch (or re-list from the archive) one page; returns the row, how, and bytes read."""
        try:
            return self._fetch_page(item, window, first)
        except Exception as exc:  # noqa: BLE001 - one broken page must never stop the run
            page = FetchedPage(
                url=item.url,
                canonical_url=item.canonical_url,
                source=item.source,
                window=window.key,
                feed_title=item.title,
                feed_published=item.published,
                error=f"internal error: {type(exc).__name__}: {exc}",
            )
            return page, "failed", 0

    def _fetch_page(
        self, item: Listed, window: Window, first: dict[str, dict[str, Any]]
    ) -> tuple[FetchedPage, str, int]:
        page = FetchedPage(
            url=item.url,
            canonical_url=item.canonical_url,
            source=item.source,
            window=window.key,
            feed_title=item.title,
            feed_published=item.published,
        )
        if item.local_file is not None:
            return self._local_page(page, item, first)
        seen = self.state.seen.get(item.canonical_url) or first.get(item.canonical_url)
        if seen and (item.canonical_url in self._archived or seen.get("content_hash") in self.archive):
            return self._from_record(page, seen, first), "archive", 0
        result = self.client.get(
            item.url, kind="page", validators=self.state.validators.get(item.canonical_url)
        )
        page.final_url, page.status = result.final_url, result.status
        if result.not_modified:
            old = self.state.validators.get(item.canonical_url) or {}
            if old.get("content_hash") in self.archive:
                record = {**old, "status": 200}
                return self._from_record(page, record, first), "archive", 0
            result = self.client.get(item.url, kind="page")
            page.final_url, page.status = result.final_url, result.status
        if not result.ok or result.body is None:
            page.error = result.error or "no body"
            return page, "failed", 0
        return (
            self._store(page, result.body, result.content_type, result.charset, first, result),
            "fetched",
            len(result.body),
        )

    def _local_page(
        self, page: FetchedPage, item: Listed, first: dict[str, dict[str, Any]]
    ) -> tuple[FetchedPage, str, int]:
        assert item.local_file is not None
        try:
            body = item.local_file.read_bytes()
        except OSError as exc:
            page.error = f"cannot read {item.local_file.name}: {exc.strerror or exc}"
            return page, "failed", 0
        page.final_url = item.url
        fresh = item.canonical_url not in first
        return (
            self._store(page, body, "text/html", None, first, None),
            "fetched" if fresh else "archive",
            len(body),
        )

    def _store(
        self,
        page: FetchedPage,
        body: bytes,
        content_type: str | None,
        charset: str | None,
        first: dict[str, dict[str, Any]],
        result: HttpResult | None,
    ) -> FetchedPage:
        digest = self.archive.put(body)
        page.content_hash = digest
        page.content_type = content_type
        page.encoding = detect_encoding(body, charset)
        page.final_url = page.final_url or page.url
        rel = canonical_link(body, page.final_url) if (content_type or "").endswith("html") else None
        if rel is None and page.final_url != page.url:
            try:
                rel = canonicalize(page.final_url)
            except URLError:
                rel = None
        listed_canonical = page.canonical_url
        page.canonical_url = rel or listed_canonical
        previous = first.get(listed_canonical)
        page.fetched_at = previous["fetched_at"] if previous else _now()
        record = {
            "url": listed_canonical,  # the seen index's key: the canonical URL as listed
            "canonical_url": page.canonical_url,
            "final_url": page.final_url,
            "status": page.status,
            "content_hash": digest,
            "content_type": page.content_type,
            "encoding": page.encoding,
            "fetched_at": page.fetched_at,
        }
        if previous is None or previous.get("content_hash") != digest:
            manifest_row = {
                **record,
                "canonical_url": listed_canonical,
                "page_canonical_url": page.canonical_url,
            }
            manifest_row |= {"listed_url": page.url, "window": page.window, "source": page.source}
            with self._bytes_lock:
                self.new_manifest_rows.append(manifest_row)
                first.setdefault(listed_canonical, manifest_row)
        if result is not None:
            self.state.remember_seen(record)
            self.state.remember_validators(listed_canonical, result, digest)
        return page

    def _from_record(
        self, page: FetchedPage, record: dict[str, Any], first: dict[str, dict[str, Any]]
    ) -> FetchedPage:
        previous = first.get(page.canonical_url)
        page.final_url = record.get("final_url") or page.url
        page.status = record.get("status", 200)
        page.content_hash = record["content_hash"]
        page.content_type = record.get("content_type")
        page.encoding = record.get("encoding") or detect_encoding(
            self.archive.get(record["content_hash"]), record.get("charset")
        )
        page.canonical_url = (
            # Manifest rows keep the page's own canonical apart; seen-index rows call it canonical_url.
            record.get("page_canonical_url") or record.get("canonical_url") or page.canonical_url
        )
        page.fetched_at = (previous or record).get("fetched_at")
        return page


@dataclass(frozen=True)
class _LocalItem(FeedItem):
    local_file: Path | None = None


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- the stage -------------------------------------------------------------------------------


def _merge(listed: list[Listed]) -> list[Listed]:
    """One item per canonical URL: the earliest source in the profile wins, then the URL."""
    best: dict[str, Listed] = {}
    for item in sorted(listed, key=lambda i: (i.order, i.url)):
        best.setdefault(item.canonical_url, item)
    return list(best.values())


def _carry_over(previous_file: Path, listed: list[Listed], orders: dict[str, int]) -> list[Listed]:
    """Rows of an earlier run of this window that are no longer listed (feeds roll over):
    kept, so nothing once fetched for the window is lost, and failures are retried."""
    if not previous_file.exists():
        return []
    known = {i.canonical_url for i in listed}
    listed_urls = {i.url for i in listed}
    carried = []
    try:
        rows = list(read_jsonl(previous_file))
    except ValueError:
        return []
    for row in rows:
        source = row.get("source")
        if source not in orders or not row.get("url") or row["url"] in listed_urls:
            continue
        try:
            canonical = canonicalize(row["url"])
        except URLError:
            continue
        if canonical in known:
            continue
        known.add(canonical)
        carried.append(
            Listed(
                url=row["url"],
                canonical_url=canonical,
                source=source,
                title=row.get("feed_title"),
                published=row.get("feed_published"),
                order=orders[source],
            )
        )
    return carried


def _interleave_hosts(items: list[Listed]) -> list[Listed]:
    """Round-robin over hosts, so the pool's workers are not all queued on one host's gate."""
    by_host: dict[str, list[Listed]] = {}
    for item in items:
        by_host.setdefault(host_of(item.url), []).append(item)
    queues = list(by_host.values())
    out: list[Listed] = []
    for index in range(max((len(q) for q in queues), default=0)):
        out += [q[index] for q in queues if index < len(q)]
    return out


def _sort_key(page: FetchedPage) -> tuple[str, str, str]:
    return (page.canonical_url, page.url, page.source)


def fetch_window(
    window: Window,
    paths: Paths,
    profile: Profile,
    topic: Topic,
    proxy: str | None = None,
) -> dict[str, Any]:
    """The stage's work once the profile is loaded and any demo proxy is up."""
    started = time.monotonic()
    fetcher = Fetcher(profile, paths, topic, proxy)
    sources = profile.enabled_sources
    if not sources:
        raise FetchStageError(f"profile {profile.name!r} has no enabled sources")
    orders = {s.name: n for n, s in enumerate(sources)}
    work = paths.work(window)
    try:
        # Listing is mostly parsing (CPU, under the GIL): a few threads overlap the requests
        # without the contention of many.
        with ThreadPoolExecutor(max_workers=min(len(sources), profile.settings.workers, 4)) as pool:
            listings = list(
                pool.map(lambda pair: fetcher.list_source(pair[1], window, pair[0]), enumerate(sources))
            )
        healths = {h.name: h for h, _ in listings}
        listed = [item for _, items in listings for item in items]
        merged = _merge(listed)
        carried = _carry_over(work / FETCHED_FILE, merged, orders)
        items = merged + carried
        first = fetcher.archive.first_fetches()
        page_started = time.monotonic()
        # Pages already archived are relisted right here; only the rest need the network.
        results, to_fetch = [], []
        for item in items:
            if item.local_file is None and fetcher.archived(item, first):
                results.append(fetcher.fetch_page(item, window, first))
            else:
                to_fetch.append(item)
        if to_fetch:
            with ThreadPoolExecutor(max_workers=min(profile.settings.workers, len(to_fetch))) as pool:
                queue = _interleave_hosts(to_fetch)
                results += pool.map(lambda item: fetcher.fetch_page(item, window, first), queue)
        page_seconds = time.monotonic() - page_started
    finally:
        fetcher.archive.record(fetcher.new_manifest_rows)
        fetcher.state.save()
        fetcher.client.close()

    pages: dict[str, FetchedPage] = {}
    counts = {"fetched": 0, "archive": 0, "failed": 0}
    duplicates = 0
    for page, how, size in sorted(results, key=lambda r: (orders[r[0].source], r[0].url)):
        health = healths[page.source]
        counts[how] += 1
        if how == "fetched":
            health.pages_fetched += 1
            health.bytes += size
        elif how == "archive":
            health.pages_from_archive += 1
        else:
            health.pages_failed += 1
        # rel=canonical can reveal two listed URLs as one page: keep the earliest source's row.
        key = page.canonical_url if page.error is None else f"failed:{page.url}"
        if key in pages:
            duplicates += 1
            continue
        pages[key] = page
    rows = sorted(pages.values(), key=_sort_key)
    # vars() is FetchedPage.to_dict() for this flat record, without asdict's deep copies.
    write_jsonl(work / FETCHED_FILE, (dict(vars(p)) for p in rows))
    page_share = page_seconds / max(len(results), 1)
    for health in healths.values():
        touched = health.pages_fetched + health.pages_from_archive + health.pages_failed
        health.seconds = round(health.seconds + page_share * touched, 3)
    health_rows = [healths[s.name].__dict__ for s in sources]
    atomic_write_text(work / SOURCE_HEALTH_FILE, json.dumps(health_rows, indent=2, sort_keys=True) + "\n")
    failed_sources = [h for h in healths.values() if h.status == "failed"]
    summary = {
        "window": window.key,
        "profile": profile.name,
        "sources": len(sources),
        "sources_ok": len(sources) - len(failed_sources),
        "sources_failed": len(failed_sources),
        "items_listed": sum(h.items_listed for h in healths.values()),
        "items_in_window": sum(h.items_in_window for h in healths.values()),
        "items_selected": sum(h.items_selected for h in healths.values()),
        "carried_over": len(carried),
        "pages": len(rows),
        "pages_ok": sum(1 for p in rows if p.error is None),
        "pages_fetched": counts["fetched"],
        "pages_from_archive": counts["archive"],
        "pages_failed": counts["failed"],
        "duplicates": duplicates,
        "requests": fetcher.client.requests,
        "bytes": sum(h.bytes for h in healths.values()),
        "fetched_file": str(work / FETCHED_FILE),
    }
    stats = {**summary, "seconds": round(time.monotonic() - started, 3)}
    atomic_write_text(work / stats_file("fetch"), json.dumps(stats, indent=2, sort_keys=True) + "\n")
    if len(failed_sources) == len(sources):
        names = "; ".join(f"{h.name}: {h.error}" for h in failed_sources)
        raise FetchStageError(f"every source failed for {window.key}: {names}")
    return summary


def run_stage(
    window: Window,
    paths: Paths,
    profile: str = "demo",
    settings: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Fetch the window's pages from the sources of ``profile``; ``settings`` override fetch
    settings (tests use it for tiny timeouts and backoffs)."""
    loaded = load_profile(paths.config / SOURCES_FILE, profile, settings)
    topic = load_topic(paths.config / TOPIC_FILE)
    if loaded.demo_sites:
        from warrantwatch.demo import serve_sites

        context: Any = serve_sites()
    else:
        context = nullcontext(loaded.settings.proxy)
    with context as proxy:
        return fetch_window(window, paths, loaded, topic, proxy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warrantwatch fetch", description="run the fetch stage for one day")
    parser.add_argument("--date", required=True, help="the window's day, YYYY-MM-DD (UTC)")
    parser.add_argument("--profile", default="demo", help="sources profile (default: demo)")
    args = parser.parse_args(argv)
    result = run_stage(Window.for_day(args.date), Paths.from_env(), args.profile)
    json.dump(result, sys.stdout, indent=2, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
