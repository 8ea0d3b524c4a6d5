"""Alert rules as data (``include/config/rules.yaml``) and the alerts they make of fact changes.

The rules file is validated on load; a mistake raises :class:`RulesError` naming the file, the
rule and the field. :class:`AlertBuilder` turns one fact version (a change in one window) into an
alert: stable id, severity, headline, the change, the fact, the ICC context and the evidence.
"""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from warrantwatch.models import VISIT_STATUSES, WARRANT_STATUSES
from warrantwatch.reference import Reference
from warrantwatch.store import VersionRecord

RULES_FILE = "rules.yaml"
SEVERITIES: tuple[str, ...] = ("critical", "high", "warning", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
# Priority when one window brings several changes to one fact: the alert is about the first.
CHANGE_KINDS: tuple[str, ...] = ("new", "status_changed", "contradicted", "date_refined", "corroborated")
HEADLINE_FIELDS = frozenset(
    {"person", "person_full", "host", "action", "on", "warrant", "court", "change", "sources"}
)


class RulesError(ValueError):
    """The rules file is missing or wrong; the message names the file, rule and field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class When(_Strict):
    kind: Literal["visit", "warrant"] | None = None
    change: (
        tuple[Literal["new", "status_changed", "contradicted", "date_refined", "corroborated"], ...] | None
    ) = None
    status: tuple[str, ...] | None = None
    warrant_active: bool | None = None
    host_party: bool | None = None
    reason: str | None = None
    in_reference: bool | None = None
    # The fact's date is within `recent_days` before the window's day (or after it): news, not
    # history. A 2023 warrant first read about in 2024 is background; one issued this week is not.
    recent: bool | None = None

    @field_validator("status")
    @classmethod
    def _known_statuses(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        known = set(VISIT_STATUSES) | set(WARRANT_STATUSES)
        for status in value or ():
            if status not in known:
                raise ValueError(f"unknown status {status!r}; expected one of {', '.join(sorted(known))}")
        return value


class Rule(_Strict):
    name: str = Field(min_length=1)
    severity: Literal["critical", "high", "warning", "info"]
    when: When = When()
    headline: str = Field(min_length=1)

    @field_validator("headline")
    @classmethod
    def _known_fields(cls, value: str) -> str:
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            raise ValueError(f"headline is not a valid template: {exc}") from None
        unknown = names - HEADLINE_FIELDS
        if unknown:
            raise ValueError(
                f"headline uses unknown field(s) {', '.join(sorted(unknown))}; "
                f"known: {', '.join(sorted(HEADLINE_FIELDS))}"
            )
        return value


class Phrases(_Strict):
    visit: dict[str, str]
    warrant: dict[str, str]

    @model_validator(mode="after")
    def _every_status(self) -> Phrases:
        for kind, statuses in (("visit", VISIT_STATUSES), ("warrant", WARRANT_STATUSES)):
            missing = [s for s in statuses if s not in getattr(self, kind)]
            if missing:
                raise ValueError(f"phrases.{kind} lacks status(es) {', '.join(missing)}")
        return self


class Rules(_Strict):
    corroboration_threshold: int = Field(ge=2)
    fingerprint_distance: int = Field(ge=0, le=32)
    feed_days: int = Field(ge=1, le=366)
    recent_days: int = Field(default=30, ge=0, le=3660)
    feed_title: str = "warrantwatch alerts"
    feed_id: str = "urn:warrantwatch:alerts"
    phrases: Phrases
    rules: tuple[Rule, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _catch_all(self) -> Rules:
        names = [r.name for r in self.rules]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"duplicate rule name(s): {', '.join(duplicates)}")
        for kind in ("visit", "warrant"):
            if not any(_is_catch_all(r.when, kind) for r in self.rules):
                raise ValueError(
                    f"no catch-all rule for {kind} changes (a rule whose `when` is only kind: {kind})"
                )
        return self


def _is_catch_all(when: When, kind: str) -> bool:
    conditions = when.model_dump(exclude_none=True)
    return conditions == {} or conditions == {"kind": kind}


def load_rules(config_dir: Path) -> Rules:
    """Load and validate ``rules.yaml`` from ``config_dir``."""
    path = Path(config_dir) / RULES_FILE
    if not path.is_file():
        raise RulesError(f"rules file missing: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise RulesError(f"{path}: expected a mapping at the top level")
    try:
        return Rules.model_validate(data)
    except ValidationError as exc:
        raise RulesError(f"{path}: {_describe(exc, data)}") from None


def _describe(exc: ValidationError, data: dict[str, Any]) -> str:
    problems = []
    for error in exc.errors():
        loc = list(error["loc"])
        where = ".".join(str(part) for part in loc) or "(top level)"
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            rules = data.get("rules") or []
            name = (
                rules[loc[1]].get("name") if loc[1] < len(rules) and isinstance(rules[loc[1]], dict) else None
            )
            rest = ".".join(str(part) for part in loc[2:])
            where = (
                f"rule {loc[1] + 1}" + (f" ({name!r})" if name else "") + (f" field {rest!r}" if rest else "")
            )
        problems.append(f"{where}: {error['msg']}")
    return "; ".join(problems)


def rules_digest(config_dir: Path) -> str:
    path = Path(config_dir) / RULES_FILE
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


# ---- dates ----------------------------------------------------------------------------------


def first_day(value: str | None) -> date | None:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    if not value:
        return None
    parts = value.split("-")
    return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


def on_phrase(value: str | None) -> str:
    if not value:
        return ""
    return f" on {value}" if len(value) == 10 else f" in {value}"


# ---- alerts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActiveWarrant:
    court: str
    status: str
    issued: str  # as precise as known
    withdrawn: str | None
    basis: str  # "reference" or "news"

    def to_dict(self) -> dict[str, Any]:
        return {
            "court": self.court,
            "status": self.status,
            "issued": self.issued,
            "withdrawn": self.withdrawn,
            "basis": self.basis,
        }


class AlertBuilder:
    """Makes alerts of fact versions for one window, with the ICC reasoning."""

    def __init__(self, reference: Reference, rules: Rules, warrant_versions: list[VersionRecord]) -> None:
        self.reference = reference
        self.rules = rules
        # Warrant facts learned from the news, by subject: all versions, filtered per window.
        self._news_warrants: dict[str, list[VersionRecord]] = {}
        for version in warrant_versions:
            self._news_warrants.setdefault(version.person, []).append(version)

    # -- the ICC reasoning ----------------------------------------------------------------------

    def active_warrant(self, person: str, on: date, window_key: str) -> ActiveWarrant | None:
        """An ICC warrant against ``person`` issued and not withdrawn on ``on``, as known at the
        end of ``window_key`` (the reference, plus warrant facts from news of windows ≤ it)."""
        found: list[tuple[date, int, ActiveWarrant]] = []
        for known in self.reference.known_warrants(person):
            if known.court.upper() != "ICC" or known.issued is None or known.issued > on:
                continue
            if known.withdrawn is not None and known.withdrawn <= on:
                continue
            warrant = ActiveWarrant(
                "ICC",
                known.status,
                known.issued.isoformat(),
                known.withdrawn.isoformat() if known.withdrawn else None,
                "reference",
            )
            found.append((known.issued, 0, warrant))
        latest: dict[str, VersionRecord] = {}
        for version in self._news_warrants.get(person, []):
            if version.window_key <= window_key and (version.court or "ICC").upper() == "ICC":
                latest[version.fact_id] = version  # versions arrive in (fact, version) order
        for version in latest.values():
            dates = version.detail.get("status_dates", {})
            if version.status not in ("issued", "executed", "withdrawn") and "issued" not in dates:
                continue  # only requested
            issued_text = dates.get("issued") or version.first_seen
            issued = first_day(issued_text)
            withdrawn_text = dates.get("withdrawn") if version.status == "withdrawn" else None
            withdrawn = first_day(withdrawn_text) if withdrawn_text else None
            if version.status == "withdrawn" and withdrawn is None:
                withdrawn = first_day(version.window_key)
            if issued is None or issued > on or (withdrawn is not None and withdrawn <= on):
                continue
            found.append(
                (issued, 1, ActiveWarrant("ICC", version.status, issued_text, withdrawn_text, "news"))
            )
        if not found:
            return None
        # The reference has exact dates; a news-only warrant is the fallback.
        return min(found, key=lambda item: (item[1], item[0]))[2]

    def in_reference(self, version: VersionRecord) -> bool:
        """Does the reference already record this warrant at this status?"""
        for known in self.reference.known_warrants(version.person):
            if known.court.upper() == (version.court or "ICC").upper():
                if getattr(known, version.status, None) is not None or known.status == version.status:
                    return True
        return False

    # -- building -------------------------------------------------------------------------------

    def build(self, version: VersionRecord) -> dict[str, Any] | None:
        """The alert for a version, or None when the window changed nothing worth telling."""
        if not version.changes:
            return None
        primary = min(version.changes, key=CHANGE_KINDS.index)
        window_day = first_day(version.window_key)
        assert window_day is not None
        on = check_day(version.date, window_day)
        person = self.reference.person(version.person)
        short = person.short if person else version.person.split()[-1]
        context: dict[str, Any] = {"on": on.isoformat()}
        facts: dict[str, Any] = {
            "kind": version.kind,
            "change": primary,
            "status": version.status,
            "reason": version.reason,
        }
        warrant = self.active_warrant(version.person, on, version.window_key)
        context["warrant"] = warrant.to_dict() if warrant else None
        facts["warrant_active"] = warrant is not None
        host_name = ""
        if version.kind == "visit":
            assert version.host_country is not None
            host_name = self.reference.country_name(version.host_country)
            party = self.reference.is_icc_party(version.host_country, on)
            since = self.reference.party_since(version.host_country)
            context |= {
                "host_country": version.host_country,
                "host_name": host_name,
                "host_party": party,
                "host_party_since": since.isoformat() if since else None,
            }
            facts["host_party"] = party
        else:
            facts["in_reference"] = self.in_reference(version)
            context["in_reference"] = facts["in_reference"]
        facts["recent"] = is_recent(version.date, window_day, self.rules.recent_days)
        rule = next(r for r in self.rules.rules if _matches(r.when, facts))
        phrases = self.rules.phrases.visit if version.kind == "visit" else self.rules.phrases.warrant
        fields = {
            "person": short,
            "person_full": version.person,
            "host": host_name,
            "action": phrases[version.status],
            "on": on_phrase(version.date),
            "warrant": f"{warrant.court} warrant, {warrant.issued}" if warrant else "no active ICC warrant",
            "court": version.court or "ICC",
            "change": describe_change(version, self.rules.corroboration_threshold),
            "sources": str(version.sources),
        }
        alert_id = hashlib.sha256(
            "|".join(
                [version.fact_id, version.window_key, primary, version.status, version.date or ""]
            ).encode()
        ).hexdigest()[:20]
        return {
            "id": alert_id,
            "window": version.window_key,
            "severity": rule.severity,
            "rule": rule.name,
            "headline": rule.headline.format(**fields),
            "change": {
                "kind": primary,
                "also": [c for c in CHANGE_KINDS if c in version.changes and c != primary],
                "description": fields["change"],
                "previous": version.previous,
            },
            "fact": fact_dict(version),
            "icc": context,
            "evidence": list(version.evidence),
        }


def _matches(when: When, facts: dict[str, Any]) -> bool:
    if when.kind is not None and facts["kind"] != when.kind:
        return False
    if when.change is not None and facts["change"] not in when.change:
        return False
    if when.status is not None and facts["status"] not in when.status:
        return False
    if when.reason is not None and facts["reason"] != when.reason:
        return False
    for name in ("warrant_active", "host_party", "in_reference", "recent"):
        wanted = getattr(when, name)
        if wanted is not None and facts.get(name) is not wanted:
            return False
    return True


def last_day(value: str) -> date:
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD date covers."""
    start = first_day(value)
    assert start is not None
    if len(value) == 4:
        return date(start.year, 12, 31)
    if len(value) == 7:
        return date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1)
    return start


def check_day(value: str | None, window_day: date) -> date:
    """The day on which to ask "was the host a party, was the warrant in force?" for a fact.

    A day-exact date is that day. A month or year is the latest of its days known by the end
    of the window: "a trip later in November", reported on 22 November, is judged on 22
    November (a warrant issued on the 21st applies), not on 1 November. No date: the window day.
    """
    if not value:
        return window_day
    start = first_day(value)
    if start is None:
        return window_day
    return max(start, min(last_day(value), window_day))


def is_recent(value: str | None, window_day: date, days: int) -> bool:
    """Is a fact dated ``value`` (any precision) within ``days`` before ``window_day``, or later?

    A partial date counts from its last day ("2024-11" is recent on 2024-12-10 with 30 days);
    an unknown date is not recent.
    """
    if not value or first_day(value) is None:
        return False
    return last_day(value) >= window_day - timedelta(days=days)


def fact_dict(version: VersionRecord) -> dict[str, Any]:
    return {
        "id": version.fact_id,
        "kind": version.kind,
        "person": version.person,
        "host_country": version.host_country,
        "court": version.court,
        "status": version.status,
        "date": version.date,
        "city": version.city,
        "occasion": version.occasion,
        "reason": version.reason,
        "sources": version.sources,
        "mentions": version.mentions,
        "contradicted": version.contradicted,
        "first_seen": version.first_seen,
        "last_seen": version.window_key,
    }


def describe_change(version: VersionRecord, threshold: int) -> str:
    previous = version.previous or {}
    parts = []
    for kind in CHANGE_KINDS:
        if kind not in version.changes:
            continue
        if kind == "new":
            parts.append("first report")
        elif kind == "status_changed":
            parts.append(f"status {previous.get('status')} → {version.status}")
        elif kind == "date_refined":
            parts.append(f"date {previous.get('date') or 'unknown'} → {version.date}")
        elif kind == "corroborated":
            parts.append(f"corroborated by {version.sources} independent sources (threshold {threshold})")
        elif kind == "contradicted":
            claims = version.detail.get("claims", {})
            said = ", ".join(f"{status}: {n}" for status, n in sorted(claims.items()))
            parts.append(f"sources disagree on status ({said})")
    return "; ".join(parts)


def sort_alerts(alerts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Most important first; then by headline and id so the order never depends on the run."""
    return sorted(alerts, key=lambda a: (SEVERITY_RANK[a["severity"]], a["headline"], a["id"]))
