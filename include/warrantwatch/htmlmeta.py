"""Page metadata from HTML: title, canonical URL, dates, authors, site name, language hints.

Read with beautifulsoup4 (lxml parser) through a ``SoupStrainer``, so only the handful of tags that
carry metadata are built into a tree: a 100 KB page costs a few milliseconds.

The publication date is taken from the first source in ``DATE_PRECEDENCE`` that gives a valid
date (see ``choose_published``); that tuple is the single place the order is defined.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, SoupStrainer, Tag

# Where the publication date comes from, most trusted first. A date-only winner (the URL's
# /2024/11/19/ or a bare "2024-11-19") borrows its time of day from the next source that gives a
# full timestamp on the same calendar day (usually the feed), since that is the same claim made
# more precisely.
DATE_PRECEDENCE: tuple[str, ...] = (
    "jsonld",  # JSON-LD NewsArticle/Article (also inside @graph): datePublished
    "opengraph",  # <meta property="article:published_time"> and kin (og:, itemprop, parsely, sailthru)
    "time",  # <time datetime> (itemprop=datePublished / pubdate first)
    "dublincore",  # DC.date.issued, dcterms.created, DC.date
    "url",  # /2024/11/19/ or /2024-11-19/ in the canonical or fetched URL
    "feed",  # the feed item's date, given by the fetcher
    "text",  # a date printed in the page (htmldate): only when nothing above gives a full time
)

# Dates before this are not news publication times (they are usually defaults like 1970-01-01).
EARLIEST_DATE = datetime(1995, 1, 1, tzinfo=UTC)

ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNews",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "SocialMediaPosting",
    }
)
INDEX_TYPES = frozenset({"CollectionPage", "WebSite", "ItemList", "SearchResultsPage", "ProfilePage"})

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "published_time",
    "article.published",
    "cxenseparse:recs:publishtime",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
_DC_PUBLISHED = ("dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "dc.date")
_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author")

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)")
_URL_DATE_COMPACT = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)
_BY_PREFIX = re.compile(r"^\s*(?:by|written by|words by|von|par|por)\s*[:\-]?\s+", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_METADATA_TAGS = re.compile(
    r"<meta\b[^>]*>|<link\b[^>]*>|<title\b[^>]*>.*?</title>|<h1\b[^>]*>.*?</h1>|<time\b[^>]*>.*?</time>|"
    r"<script\b[^>]*ld\+json[^>]*>.*?</script>|<(\w+)\b[^>]*itemprop=[\"']?(?:author|datePublished)[^>]*>.*?</\1>",
    re.I | re.S,
)


@dataclass
class DateCandidate:
    source: str  # one of DATE_PRECEDENCE
    value: datetime  # timezone-aware
    date_only: bool = False


@dataclass
class PageMeta:
    title: str | None = None
    canonical_url: str | None = None
    published: datetime | None = None
    published_source: str | None = None
    modified: datetime | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    lang_hint: str | None = None  # from <html lang>, og:locale, JSON-LD inLanguage
    og_type: str | None = None
    jsonld_types: set[str] = field(default_factory=set)
    date_candidates: list[DateCandidate] = field(default_factory=list)

    @property
    def is_article_marked(self) -> bool:
        """The page says of itself that it is an article."""
        return bool(self.jsonld_types & ARTICLE_TYPES) or (self.og_type or "").startswith("article")

    @property
    def is_index_marked(self) -> bool:
        """The page says of itself that it is a listing (home, section, tag or search page)."""
        if self.jsonld_types & ARTICLE_TYPES:
            return False
        return bool(self.jsonld_types & INDEX_TYPES) or self.og_type in {"website", "profile"}


# ---------------------------------------------------------------------------------------------
# dates


def parse_date(value: str | None, *, latest: datetime | None = None) -> DateCandidate | None:
    """Parse a machine-readable date (ISO 8601, RFC 2822, or a plain ``YYYY-MM-DD``).

    Naive times are taken as UTC. Impossible dates ("2024-03-32"), dates before 1995 and dates
    after ``latest`` give None, so the next source in the precedence is tried.
    """
    if not value:
        return None
    text = value.strip()
    if not text or len(text) > 64:
        return None
    parsed: datetime | None = None
    date_only = False
    iso = text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    iso = re.sub(r"(\.\d{1,6})\d*", r"\1", iso)  # Python wants at most 6 fraction digits
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        try:
            parsed = datetime.combine(date.fromisoformat(iso), time(0), tzinfo=UTC)
            date_only = True
        except ValueError:
            return None
    else:
        try:
            parsed = datetime.fromisoformat(iso.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            # "+0100" offsets without a colon
            fixed = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
            try:
                parsed = datetime.fromisoformat(fixed)
            except ValueError:
                try:
                    parsed = parsedate_to_datetime(text)
                except (TypeError, ValueError, IndexError):
                    return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed < EARLIEST_DATE or (latest is not None and parsed > latest):
        return None
    return DateCandidate("", parsed, date_only)


def url_date(url: str | None, *, latest: datetime | None = None) -> DateCandidate | None:
    """The date in a URL path such as ``/2024/11/19/slug`` or ``/2024-11-19-slug``."""
    if not url:
        return None
    path = urlsplit(url).path
    match = _URL_DATE.search(path) or _URL_DATE_COMPACT.search(path)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        moment = datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None
    if moment < EARLIEST_DATE or (latest is not None and moment > latest):
        return None
    return DateCandidate("url", moment, date_only=True)


def choose_published(candidates: list[DateCandidate]) -> DateCandidate | None:
    """Apply ``DATE_PRECEDENCE``: the best-ranked candidate wins; a date-only winner takes the
    time of day of the next full timestamp on the same calendar day."""
    rank = {name: index for index, name in enumerate(DATE_PRECEDENCE)}
    ordered = sorted(candidates, key=lambda c: (rank.get(c.source, len(rank)), c.date_only))
    if not ordered:
        return None
    best = ordered[0]
    if best.date_only:
        for later in ordered[1:]:
            if not later.date_only and later.value.astimezone(UTC).date() == best.value.date():
                return DateCandidate(best.source, later.value, date_only=False)
    return best


def text_date(html: str, *, latest: datetime | None) -> DateCandidate | None:
    """A publication date printed in the page, found by htmldate (slow-ish, so called last)."""
    from htmldate import find_date  # imported lazily: most pages never need it

    try:
        found = find_date(
            html,
            extensive_search=True,
            original_date=True,
            outputformat="%Y-%m-%dT%H:%M:%S%z",
            max_date=(latest or datetime.now(UTC)).strftime("%Y-%m-%d"),
            min_date=EARLIEST_DATE.strftime("%Y-%m-%d"),
        )
    except Exception:  # htmldate is a heuristic: any failure just means "no date here"
        return None
    candidate = parse_date(found, latest=latest) if found else None
    if candidate is None:
        return None
    # htmldate's text scan often finds only a day; midnight means "day only".
    date_only = candidate.value.time() == time(0)
    return DateCandidate("text", candidate.value, date_only)


# ---------------------------------------------------------------------------------------------
# JSON-LD


def _jsonld_nodes(data: Any) -> list[dict[str, Any]]:
    """Every object in a JSON-LD blob: top level, lists, @graph and mainEntity, flattened."""
    nodes: list[dict[str, Any]] = []
    stack: list[Any] = [data]
    while stack and len(nodes) < 200:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            nodes.append(item)
            for key in ("@graph", "mainEntity", "itemListElement"):
                if key in item:
                    stack.append(item[key])
    return nodes


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD author/publisher value: a string, an object with name, or a list."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"])
    return names


def _first_str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _load_jsonld(text: str) -> Any:
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    text = re.sub(r"^\s*//\s*<!\[CDATA\[|//\s*\]\]>\s*$", "", text)
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


# ---------------------------------------------------------------------------------------------
# the page


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def _meta_map(soup: BeautifulSoup) -> dict[str, str]:
    """<meta> name/property/itemprop (lower-cased) -> first non-empty content."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = tag.get(attr)
            if isinstance(key, str) and key.strip():
                found.setdefault(key.strip().lower(), content.strip())
    return found


class _MetadataStrainer(SoupStrainer):
    """Build only the tags that carry metadata (everything else is tokenised and dropped)."""

    wanted = frozenset({"meta", "link", "title", "time", "h1"})

    def allow_tag_creation(self, nsprefix: str | None, name: str, attrs: Any) -> bool:
        attrs = attrs or {}
        if name == "script":
            return "ld+json" in str(attrs.get("type") or "").lower()
        return name in self.wanted or attrs.get("itemprop") in {"author", "datePublished"}


def _strainer() -> SoupStrainer:
    return _MetadataStrainer(name=list(_MetadataStrainer.wanted | {"script"}))


def _absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    full = urljoin(base, href) if base else href
    return full if urlsplit(full).scheme in {"http", "https"} and urlsplit(full).netloc else None


def _strip_site_suffix(title: str, site_name: str | None) -> str:
    """"Headline | Section | Site" or "Site :: Headline" → the headline (the longest part)."""
    parts = [p.strip() for p in re.split(r"\s+(?:\||-|–|—|::|»)\s+", title) if p.strip()]
    if site_name:
        parts = [p for p in parts if p.lower() != site_name.lower()] or parts
    return max(parts, key=len) if parts else title


def _author_list(raw: list[str]) -> list[str]:
    authors: list[str] = []
    for value in raw:
        value = _clean(value) or ""
        if not value or value.startswith(("http://", "https://", "/")) or len(value) > 80:
            continue
        value = _BY_PREFIX.sub("", value)
        for part in re.split(r"\s*(?:,|;| and | & )\s*", value):
            part = part.strip()
            if part and part.lower() not in {a.lower() for a in authors} and len(part.split()) <= 6:
                authors.append(part)
    return authors


def extract_metadata(
    html: str,
    url: str | None = None,
    *,
    feed_published: str | None = None,
    latest: datetime | None = None,
    allow_text_date: bool = True,
) -> PageMeta:
    """Everything the page says about itself; ``latest`` bounds plausible dates (no future)."""
    html = _XML_DECL.sub("", html, count=1)
    # bs4 sees only the metadata-bearing tags, cut out with one C-speed regex scan: building
    # a soup of the whole page would cost ten times more.
    soup = BeautifulSoup("".join(m.group(0) for m in _METADATA_TAGS.finditer(html)), "lxml", parse_only=_strainer())
    meta = _meta_map(soup)
    page = PageMeta()
    candidates: list[DateCandidate] = []

    def add(source: str, value: str | None) -> None:
        found = parse_date(value, latest=latest)
        if found is not None:
            candidates.append(DateCandidate(source, found.value, found.date_only))

    # JSON-LD
    jsonld_title = jsonld_site = jsonld_url = jsonld_lang = None
    jsonld_authors: list[str] = []
    modified_values: list[str] = []
    for script in soup.find_all("script"):
        for node in _jsonld_nodes(_load_jsonld(script.get_text() or "")):
            types = _types(node)
            page.jsonld_types |= types
            if not types & ARTICLE_TYPES:
                if types & {"WebSite", "Organization", "NewsMediaOrganization"} and not jsonld_site:
                    jsonld_site = _first_str(node.get("name"))
                continue
            add("jsonld", _first_str(node.get("datePublished")) or _first_str(node.get("dateCreated")))
            if isinstance(node.get("dateModified"), str):
                modified_values.append(node["dateModified"])
            jsonld_title = jsonld_title or _first_str(node.get("headline")) or _first_str(node.get("name"))
            jsonld_authors = jsonld_authors or _names(node.get("author"))
            publisher = _names(node.get("publisher"))
            jsonld_site = (publisher[0] if publisher else None) or jsonld_site
            jsonld_url = jsonld_url or _first_str(node.get("url")) or _first_str(node.get("mainEntityOfPage"))
            jsonld_lang = jsonld_lang or _first_str(node.get("inLanguage"))

    # OpenGraph / article:* and friends
    for key in _PUBLISHED_META:
        add("opengraph", meta.get(key))
    modified_values += [meta[k] for k in _MODIFIED_META if k in meta]

    # <time datetime>: the one marked as the publication time first
    times = soup.find_all("time")
    times.sort(key=lambda t: 0 if (t.get("itemprop") == "datePublished" or t.has_attr("pubdate")) else 1)
    for tag in times:
        add("time", tag.get("datetime") if isinstance(tag.get("datetime"), str) else None)
    for tag in soup.find_all(attrs={"itemprop": "datePublished"}):
        if isinstance(tag, Tag) and tag.name != "meta":
            add("time", tag.get("content") or tag.get("datetime"))

    # Dublin Core
    for key in _DC_PUBLISHED:
        add("dublincore", meta.get(key))

    # canonical URL: <link rel=canonical>, then og:url, then JSON-LD url
    canonical = None
    for link in soup.find_all("link"):
        rel = link.get("rel") or []
        rels = rel if isinstance(rel, list) else [rel]
        if "canonical" in [r.lower() for r in rels]:
            canonical = _absolute(link.get("href"), url)
            if canonical:
                break
    page.canonical_url = canonical or _absolute(meta.get("og:url"), url) or _absolute(jsonld_url, url)

    for source_url in (page.canonical_url, url):
        found = url_date(source_url, latest=latest)
        if found:
            candidates.append(found)
            break
    if feed_published:
        add("feed", feed_published)
    best = choose_published(candidates)
    if (best is None or best.date_only) and allow_text_date:
        # Only look for a printed date when the page gives no machine-readable one.
        found = text_date(html, latest=latest)
        if found is not None:
            candidates.append(found)
            best = choose_published(candidates)
    page.date_candidates = candidates
    if best is not None:
        page.published, page.published_source = best.value, best.source

    for value in modified_values:
        found = parse_date(value, latest=latest)
        if found is not None:
            page.modified = found.value
            break

    # site name, title, authors, language hints
    page.site_name = _clean(meta.get("og:site_name")) or _clean(jsonld_site) or _clean(meta.get("application-name"))
    page.og_type = (meta.get("og:type") or "").strip().lower() or None
    h1 = soup.find("h1")
    title_tag = soup.find("title")
    page.title = (
        _clean(jsonld_title)
        or _clean(meta.get("og:title"))
        or _clean(meta.get("twitter:title"))
        or _clean(h1.get_text(" ") if h1 else None)
        or _clean(_strip_site_suffix(title_tag.get_text(" "), page.site_name) if title_tag else None)
    )
    raw_authors = list(jsonld_authors)
    if not raw_authors:
        for key in _AUTHOR_META:
            if key in meta:
                raw_authors.append(meta[key])
    if not raw_authors:
        for tag in soup.find_all(attrs={"itemprop": "author"}):
            if isinstance(tag, Tag):
                raw_authors.append(tag.get("content") or tag.get_text(" "))
    page.authors = _author_list(raw_authors)
    lang_match = _HTML_LANG.search(html[:20000])
    page.lang_hint = (
        (lang_match.group(1) if lang_match else None)
        or jsonld_lang
        or meta.get("content-language")
        or meta.get("og:locale")
    )
    return page


def format_time(moment: datetime | None) -> str | None:
    """ISO 8601 with offset, seconds precision (a stable string for the output files)."""
    if moment is None:
        return None
    return moment.replace(microsecond=0).isoformat()


def latest_plausible(reference: datetime, slack: timedelta = timedelta(days=1)) -> datetime:
    """The latest publication time believed for a page seen at ``reference`` (clock skew slack)."""
    return reference + slack
