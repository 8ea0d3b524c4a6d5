"""Listing items from sources: RSS/Atom (feedparser), news sitemaps and the GDELT DOC 2.0 API.

These functions turn bytes into :class:`FeedItem` lists; the HTTP side lives in ``fetch``.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from warrantwatch.models import Window

GDELT_CAP = 250  # records per artlist call, the API's hard limit


class FeedError(ValueError):
    """A feed, sitemap or API answer that cannot be read; the message says why."""


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None = None
    summary: str | None = None
    published: datetime | None = None  # UTC; None when the source gives no date
    canonical_url: str | None = None  # filled in from the fetcher's parsed-feed cache


_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _refuse_entities(body: bytes, what: str) -> None:
    # Internal entity declarations are how "billion laughs" bombs work; no real feed needs them.
    if _ENTITY_DECL.search(body[:65536]):
        raise FeedError(f"{what} declares XML entities (refused: entity-expansion risk)")


def _struct_to_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, TypeError, ValueError):
        return None


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> tuple[str | None, list[FeedItem]]:
    """Parse an RSS 0.9x/1.0/2.0 or Atom document; returns the feed's title and its items."""
    _refuse_entities(body, "feed")
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    # Bytes only: given a string, feedparser would go and fetch it itself.
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or entry.get("id")
        if not link:
            continue
        published = _struct_to_datetime(entry.get("published_parsed") or entry.get("updated_parsed"))
        items.append(
            FeedItem(
                url=link.strip(),
                title=(entry.get("title") or "").strip() or None,
                summary=(entry.get("summary") or "").strip() or None,
                published=published,
            )
        )
    if not items and not parsed.get("version"):
        raise FeedError("not an RSS or Atom feed")
    if not items and parsed.get("bozo"):
        # A broken feed that still yields items is used (feeds are often sloppy); one that
        # yields nothing is reported, so the source shows as failed rather than empty.
        raise FeedError(f"malformed feed: {parsed.get('bozo_exception')}")
    return parsed.feed.get("title"), items


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # the sitemap protocol's W3C dates without zone
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Sitemap:
    children: list[str]  # from a <sitemapindex>
    items: list[FeedItem]  # from a <urlset>


def parse_sitemap(body: bytes) -> Sitemap:
    """Parse a sitemap index or a (news) urlset. Dates: ``news:publication_date``, else lastmod."""
    _refuse_entities(body, "sitemap")
    try:
        root = fromstring(body, forbid_dtd=True)
    except (ParseError, DefusedXmlException) as exc:
        raise FeedError(f"malformed sitemap: {exc}") from None
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children = []
        for node in root:
            loc = next((c.text for c in node if _local(c.tag) == "loc" and c.text), None)
            if loc:
                children.append(loc.strip())
        return Sitemap(children, [])
    if kind != "urlset":
        raise FeedError(f"not a sitemap (root element <{kind}>)")
    items = []
    for node in root:
        fields: dict[str, str] = {}
        for child in node.iter():
            name = _local(child.tag)
            if child.text and child.text.strip() and name not in fields:
                fields[name] = child.text.strip()
        if "loc" not in fields:
            continue
        published = _parse_iso(fields.get("publication_date")) or _parse_iso(fields.get("lastmod"))
        items.append(FeedItem(url=fields["loc"], title=fields.get("title"), published=published))
    return Sitemap([], items)


# --- GDELT DOC 2.0 ---------------------------------------------------------------------------


def gdelt_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def gdelt_url(endpoint: str, query: str, start: datetime, end: datetime, max_records: int) -> str:
    params = {
        "query": query,
        "mode": "artlist",
        "format": "json",
        "maxrecords": str(max_records),
        "sort": "datedesc",
        "startdatetime": gdelt_time(start),
        # enddatetime is inclusive to the second; the window is half-open.
        "enddatetime": gdelt_time(end - timedelta(seconds=1)),
    }
    return f"{endpoint}?{urlencode(params)}"


def parse_gdelt(body: bytes) -> list[FeedItem]:
    """Read an artlist JSON answer. GDELT reports query errors as plain text with status 200."""
    text = body.decode("utf-8", errors="replace").strip()
    if not text:
        return []
    if not text.startswith("{"):
        raise FeedError(f"GDELT answered with an error: {text[:200]}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedError(f"GDELT answer is not valid JSON ({exc.msg})") from None
    items = []
    for article in data.get("articles") or []:
        url = article.get("url")
        if not url:
            continue
        seen = article.get("seendate")
        published = None
        if seen:
            try:
                published = datetime.strptime(seen, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            except ValueError:
                published = None
        items.append(FeedItem(url=url, title=article.get("title") or None, published=published))
    return items


@dataclass
class GdeltListing:
    items: list[FeedItem]
    calls: int
    capped_slices: list[str]  # slices still at the cap at the minimum slice width


def gdelt_list(
    get: Callable[[str], bytes],
    endpoint: str,
    query: str,
    window: Window,
    max_records: int = GDELT_CAP,
    min_slice: timedelta = timedelta(minutes=15),
) -> GdeltListing:
    """List every article GDELT has for ``window``, halving slices that come back at the cap.

    A slice that returns ``max_records`` rows may have been cut, so it is split in two and both
    halves are asked again, down to ``min_slice``. ``get`` fetches one URL (with the fetcher's
    spacing between calls) and raises on failure.
    """
    listing = GdeltListing([], 0, [])
    pending = [(window.start, window.end)]
    seen: set[str] = set()
    while pending:
        start, end = pending.pop(0)
        listing.calls += 1
        items = parse_gdelt(get(gdelt_url(endpoint, query, start, end, max_records)))
        if len(items) >= max_records:
            if end - start > min_slice and end - start >= timedelta(seconds=2):
                # Whole seconds: the API's times have no fractions.
                middle = start + timedelta(seconds=(end - start).total_seconds() // 2)
                pending[:0] = [(start, middle), (middle, end)]
                continue
            listing.capped_slices.append(f"{gdelt_time(start)}-{gdelt_time(end)}")
        for item in items:
            if item.url not in seen:
                seen.add(item.url)
                listing.items.append(item)
    return listing
