"""Configured news sources and fetch settings: ``include/config/sources.yaml``, validated on load.

The file holds named *profiles* (``demo``, ``live``); each has its sources and optional fetch
setting overrides on top of the file's ``defaults``. A bad entry is reported by profile, source
name and field, e.g. ``sources.yaml: profile 'live', source 'bbc-world' (#2): url: ...``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

SOURCES_FILE = "sources.yaml"
TOPIC_FILE = "topic.yaml"
FEED_TYPES = ("rss", "atom", "feed")  # all parsed by feedparser; the type is documentation
SOURCE_TYPES = (*FEED_TYPES, "sitemap", "gdelt", "archive")


class ConfigError(ValueError):
    """A config file that cannot be used, with the file, entry and field named."""


class FetchSettings(BaseModel):
    """How politely and how defensively pages are fetched. Every value can be overridden."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    user_agent: str = "warrantwatch/0.1 (news monitoring; +https://github.com/warrantwatch)"
    connect_timeout: float = Field(10.0, gt=0)
    read_timeout: float = Field(30.0, gt=0)
    retries: int = Field(3, ge=0, le=10)  # per request, on connect errors, 429 and 5xx
    backoff_factor: float = Field(0.5, ge=0)  # urllib3: factor * 2**(n-1) seconds
    backoff_max: float = Field(30.0, ge=0)
    retry_after_max: float = Field(60.0, ge=0)  # never sleep longer than this on a Retry-After
    max_bytes: int = Field(5_000_000, gt=0)  # bodies (after decompression) are cut here
    max_seconds: float = Field(60.0, gt=0)  # wall-clock cap for one response body
    max_redirects: int = Field(5, ge=0, le=20)
    # A redirect to another scheme is refused; set this to follow plain http -> https upgrades.
    allow_https_upgrade: bool = False
    min_delay: float = Field(1.0, ge=0)  # seconds between request starts to one host
    per_host_concurrency: int = Field(2, ge=1)
    workers: int = Field(8, ge=1, le=256)
    respect_robots: bool = True
    robots_ttl_hours: float = Field(24.0, ge=0)
    max_items_per_source: int = Field(1000, ge=1)
    max_sitemaps: int = Field(25, ge=1)  # child sitemaps followed from one sitemap index
    proxy: str | None = None  # an explicit HTTP proxy; the environment's proxies are never used


class Politeness(BaseModel):
    """Per-source overrides for the source's own host (its feed, sitemap or API endpoint)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_delay: float | None = Field(None, ge=0)
    per_host_concurrency: int | None = Field(None, ge=1)


class _SourceBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    enabled: bool = True
    prefilter: bool = True  # apply the topic keyword prefilter to listed items
    keywords: tuple[str, ...] = ()  # extra topic keywords for this source only
    politeness: Politeness = Politeness()

    @field_validator("name")
    @classmethod
    def _name_is_a_slug(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", value):
            raise ValueError("use letters, digits, '.', '_' or '-' (it names files and health rows)")
        return value


def _http_url(value: str) -> str:
    if not re.match(r"(?i)^https?://[^/\s]+", value):
        raise ValueError(f"must be an absolute http(s) URL, got {value!r}")
    return value


class _UrlSource(_SourceBase):
    url: str

    @field_validator("url")
    @classmethod
    def _url_is_http(cls, value: str) -> str:
        return _http_url(value)


class FeedSource(_UrlSource):
    type: Literal["rss", "atom", "feed"]


class SitemapSource(_UrlSource):
    type: Literal["sitemap"]


class GdeltSource(_SourceBase):
    type: Literal["gdelt"]
    query: str = Field(min_length=1)
    endpoint: str = "https://api.gdeltproject.org/api/v2/doc/doc"
    max_records: int = Field(250, ge=1, le=250)  # the API's own cap per call
    min_slice_minutes: int = Field(15, ge=1)  # stop splitting the window below this

    @field_validator("endpoint")
    @classmethod
    def _endpoint_is_http(cls, value: str) -> str:
        return _http_url(value)


class ArchiveSource(_SourceBase):
    type: Literal["archive"]
    path: str = Field(min_length=1)  # folder with manifest.json; relative to the config's parent


Source = Annotated[FeedSource | SitemapSource | GdeltSource | ArchiveSource, Field(discriminator="type")]
_SOURCE_ADAPTER: TypeAdapter[Any] = TypeAdapter(Source)


@dataclass(frozen=True)
class Profile:
    name: str
    sources: tuple[Any, ...]  # FeedSource | SitemapSource | GdeltSource | ArchiveSource
    settings: FetchSettings
    demo_sites: bool
    base_dir: Path  # where relative archive paths start

    @property
    def enabled_sources(self) -> tuple[Any, ...]:
        return tuple(s for s in self.sources if s.enabled)

    def archive_dir(self, source: ArchiveSource) -> Path:
        path = Path(source.path)
        return path if path.is_absolute() else (self.base_dir / path).resolve()


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        # Drop the union tag pydantic puts first in a discriminated union's location.
        loc = [str(p) for p in err["loc"] if str(p) not in SOURCE_TYPES]
        where = ".".join(loc) or "entry"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def _load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from exc


def parse_settings(data: Any, where: str) -> FetchSettings:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: must be a mapping of settings")
    try:
        return FetchSettings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{where}: {_describe(exc)}") from None


def load_profile(path: Path, profile: str, overrides: dict[str, Any] | None = None) -> Profile:
    """Load and validate one profile of a sources file; ``overrides`` replace fetch settings."""
    doc = _load_yaml(path)
    label = path.name
    if not isinstance(doc, dict) or not isinstance(doc.get("profiles"), dict):
        raise ConfigError(f"{label}: expected a mapping with a 'profiles' mapping")
    unknown = set(doc) - {"version", "defaults", "profiles"}
    if unknown:
        raise ConfigError(f"{label}: unknown top-level key(s) {', '.join(sorted(unknown))}")
    profiles = doc["profiles"]
    if profile not in profiles:
        known = ", ".join(sorted(map(str, profiles))) or "none"
        raise ConfigError(f"{label}: no profile {profile!r} (profiles: {known})")
    body = profiles[profile]
    where = f"{label}: profile {profile!r}"
    if not isinstance(body, dict):
        raise ConfigError(f"{where}: must be a mapping with 'sources'")
    unknown = set(body) - {"demo_sites", "fetch", "sources", "description"}
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    defaults = doc.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise ConfigError(f"{label}: defaults: must be a mapping of settings")
    profile_fetch = body.get("fetch") or {}
    if not isinstance(profile_fetch, dict):
        raise ConfigError(f"{where}: fetch: must be a mapping of settings")
    settings = parse_settings({**defaults, **profile_fetch, **(overrides or {})}, f"{where}: fetch")
    demo_sites = body.get("demo_sites", False)
    if not isinstance(demo_sites, bool):
        raise ConfigError(f"{where}: demo_sites: must be true or false")
    raw_sources = body.get("sources")
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError(f"{where}: sources: must be a non-empty list")
    sources = []
    seen: set[str] = set()
    for index, entry in enumerate(raw_sources, 1):
        name = entry.get("name") if isinstance(entry, dict) else None
        entry_where = f"{where}, source {name!r} (#{index})" if name else f"{where}, source #{index}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{entry_where}: must be a mapping")
        if entry.get("type") not in SOURCE_TYPES:
            raise ConfigError(
                f"{entry_where}: type: must be one of {', '.join(SOURCE_TYPES)}, got {entry.get('type')!r}"
            )
        try:
            source = _SOURCE_ADAPTER.validate_python(entry)
        except ValidationError as exc:
            raise ConfigError(f"{entry_where}: {_describe(exc)}") from None
        if source.name in seen:
            raise ConfigError(f"{entry_where}: name: duplicate source name {source.name!r}")
        seen.add(source.name)
        sources.append(source)
    return Profile(profile, tuple(sources), settings, demo_sites, path.parent.parent)


# --- the topic prefilter ---------------------------------------------------------------------


class TopicConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    keywords: tuple[str, ...] = Field(min_length=1)
    names: dict[str, tuple[str, ...]] = {}  # watched person -> aliases (the key itself counts)


@dataclass(frozen=True)
class Topic:
    """Cheap keyword test on a feed item's title and summary: is it worth downloading?"""

    terms: tuple[str, ...]
    pattern: re.Pattern[str]

    @classmethod
    def from_terms(cls, terms: list[str] | tuple[str, ...]) -> Topic:
        cleaned = sorted({t.strip() for t in terms if t.strip()}, key=lambda t: (-len(t), t))
        if not cleaned:
            raise ConfigError("topic prefilter has no keywords")
        # Word boundaries, so "ICC" does not match "piccolo"; spaces match any whitespace.
        alternatives = "|".join(r"\s+".join(map(re.escape, t.split())) for t in cleaned)
        return cls(tuple(cleaned), re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE))

    def with_extra(self, extra: tuple[str, ...]) -> Topic:
        return self if not extra else Topic.from_terms([*self.terms, *extra])

    def matches(self, *texts: str | None) -> bool:
        return any(text and self.pattern.search(text) for text in texts)


def load_topic(path: Path) -> Topic:
    doc = _load_yaml(path)
    try:
        config = TopicConfig.model_validate(doc)
    except ValidationError as exc:
        raise ConfigError(f"{path.name}: {_describe(exc)}") from None
    terms = list(config.keywords)
    for name, aliases in config.names.items():
        terms += [name, *aliases]
    return Topic.from_terms(terms)
