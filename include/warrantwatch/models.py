"""Small typed records passed between the pipeline stages.

Every stage reads and writes these as JSON lines under the run's work folder, so each record
has ``to_dict`` / ``from_dict`` and holds only JSON-friendly values (ISO strings for times).
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, Self

VisitStatus = Literal["planned", "ongoing", "completed", "cancelled", "declined"]
WarrantStatus = Literal["requested", "issued", "withdrawn", "executed"]
VISIT_STATUSES: tuple[str, ...] = ("planned", "ongoing", "completed", "cancelled", "declined")
WARRANT_STATUSES: tuple[str, ...] = ("requested", "issued", "withdrawn", "executed")


class _Record:
    """JSON round-trip for dataclasses; unknown keys are ignored so old files stay readable."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Window:
    """A half-open time window ``[start, end)`` in UTC: the unit every output is keyed by."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Window bounds must be timezone-aware")
        # Normalise to plain stdlib datetimes in UTC: Airflow hands over pendulum DateTimes,
        # whose arithmetic drops a stdlib tzinfo (DateTime + timedelta comes back naive).
        for name in ("start", "end"):
            value = getattr(self, name).astimezone(UTC)
            plain = datetime(*value.timetuple()[:6], value.microsecond, tzinfo=UTC)
            object.__setattr__(self, name, plain)
        if self.end <= self.start:
            # A zero-width window reads nothing, silently: Airflow 3's default trigger
            # timetables produce exactly that, so refuse it loudly.
            raise ValueError(f"Empty window [{self.start.isoformat()}, {self.end.isoformat()})")

    @classmethod
    def for_day(cls, day: date | str) -> Window:
        if isinstance(day, str):
            day = date.fromisoformat(day)
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        return cls(start, start + timedelta(days=1))

    @property
    def day(self) -> date:
        return self.start.astimezone(UTC).date()

    @property
    def key(self) -> str:
        """The window's name in file paths: ``YYYY-MM-DD``."""
        return self.day.isoformat()

    def contains(self, moment: datetime) -> bool:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return self.start <= moment < self.end


@dataclass
class FetchedPage(_Record):
    """One fetch attempt: a row of the window's ``fetched.jsonl`` and of the raw-archive manifest."""

    url: str  # as the source listed it
    canonical_url: str
    source: str  # the configured source's name
    window: str  # Window.key
    final_url: str | None = None
    status: int | None = None  # HTTP status; None when no response arrived
    fetched_at: str | None = None  # ISO time of the fetch (the archive's, not an output's)
    content_hash: str | None = None  # key into the raw archive; None when nothing was stored
    content_type: str | None = None
    encoding: str | None = None
    feed_title: str | None = None
    feed_published: str | None = None  # ISO; the feed's date, the last resort for parse
    error: str | None = None  # why it failed, in words a person understands


@dataclass
class Article(_Record):
    """A parsed article, or a page skipped with its reason."""

    id: str  # stable: article_id(canonical_url)
    url: str
    canonical_url: str
    source: str
    title: str | None = None
    published: str | None = None  # ISO 8601, timezone-aware
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    site_name: str | None = None
    text: str = ""  # paragraphs separated by a blank line
    content_hash: str | None = None
    skipped: str | None = None  # reason when this page is not an article
    group_id: str | None = None  # near-duplicate group: the id of the group's canonical article
    copies: list[str] = field(default_factory=list)  # ids of the other members, on the canonical one
    # 64-bit SimHash of the body (16 hex digits). Lets later stages tell that two articles from
    # different windows are copies of one wire story, whatever order the windows ran in.
    fingerprint: str | None = None


@dataclass
class Mention(_Record):
    """One tagged fact in one article: a visit or a warrant, with its evidence.

    Field names follow the ``warrantwatch extract`` interface; ``person`` is the traveler of a
    visit or the subject of a warrant. ``reason`` is internal: "warrant" when the text gives the
    warrant as the reason a trip was cancelled or declined.
    """

    article: str
    kind: Literal["visit", "warrant"]
    person: str
    status: str
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    evidence: str = ""
    start: int = 0
    end: int = 0
    confidence: float = 0.0
    host_country: str | None = None  # visits: ISO 3166-1 alpha-3
    city: str | None = None
    occasion: str | None = None
    court: str | None = None  # warrants
    reason: str | None = None
    # Provenance, filled in by the tag stage from the article:
    url: str | None = None
    source: str | None = None
    published: str | None = None
    group_id: str | None = None
    fingerprint: str | None = None
    window: str | None = None

    def to_extract_dict(self) -> dict[str, Any]:
        """The exact public ``warrantwatch extract`` line for this mention."""
        common = {"article": self.article, "kind": self.kind}
        if self.kind == "visit":
            body = {
                "traveler": self.person,
                "host_country": self.host_country,
                "status": self.status,
                "date": self.date,
                "city": self.city,
                "occasion": self.occasion,
            }
        else:
            body = {"subject": self.person, "court": self.court, "status": self.status, "date": self.date}
        tail = {
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
        }
        return common | body | tail


def article_id(canonical_url: str) -> str:
    """Stable article id: the same canonical URL gives the same id on every run and machine."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]
