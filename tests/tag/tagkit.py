"""What the tagger tests read off ``tag_text``: the facts of a text as small tuples, so a test states
the facts it expects in one set."""

from __future__ import annotations

from datetime import date

from warrantwatch.reference import Reference
from warrantwatch.tag import tag_text

PUB = date(2024, 11, 20)  # a Wednesday


def facts(ref: Reference, text: str, published: date = PUB) -> set[tuple]:
    """(kind, person, host country or court, status) of every fact told."""
    return {(m.kind, m.person, m.host_country or m.court, m.status) for m in tag_text("t", text, published, ref)}


def dated(ref: Reference, text: str, published: date = PUB) -> set[tuple]:
    """(kind, person, host country or court, status, date) of every fact told."""
    return {(m.kind, m.person, m.host_country or m.court, m.status, m.date) for m in tag_text("t", text, published, ref)}
