"""URL canonicalization: one spelling per article, so it is fetched once across feeds and days."""

from __future__ import annotations

import html as html_lib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only say how the reader arrived, never which page it is.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref_src",
        "cmpid",
        "ocid",
        "smid",
        "sr_share",
    }
)
_TRACKING_PREFIXES = ("utm_", "__hs", "hsa_", "pk_", "mtm_")


class URLError(ValueError):
    """A URL the fetcher will not touch (bad scheme, no host)."""


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def canonicalize(url: str, base: str | None = None) -> str:
    """The canonical spelling of ``url``.

    Lower-cases scheme and host, drops default ports, fragments and tracking parameters, sorts
    the remaining query parameters and gives an empty path as ``/``. Raises :class:`URLError`
    for anything that is not an absolute http(s) URL.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise URLError(f"not an http(s) URL: {url!r}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise URLError(f"URL has no host: {url!r}")
    try:
        port = parts.port
    except ValueError as exc:
        raise URLError(f"URL has a bad port: {url!r}") from exc
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def try_canonicalize(url: str, base: str | None = None) -> str | None:
    try:
        return canonicalize(url, base)
    except URLError:
        return None


def host_of(url: str) -> str:
    """``host[:port]`` in lower case: the unit of politeness (delay, concurrency, robots.txt)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host


_CANONICAL_LINK = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)
_REL_CANONICAL = re.compile(rb"""\brel\s*=\s*["']?\s*canonical\b""", re.IGNORECASE)
_HREF = re.compile(rb"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)


def canonical_link(body: bytes, base_url: str) -> str | None:
    """The page's ``<link rel="canonical">`` as a canonical URL, if it gives a usable one.

    Looks only inside ``<head>`` (a canonical link in a body is usually a related-story widget).
    """
    end = _HEAD_END.search(body, 0, 200_000)
    head = body[: end.start()] if end else body[:200_000]
    for tag in _CANONICAL_LINK.finditer(head):
        if not _REL_CANONICAL.search(tag.group(0)):
            continue
        href = _HREF.search(tag.group(0))
        if not href:
            continue
        raw = next(g for g in href.groups() if g is not None)
        try:
            text = raw.decode("ascii", errors="strict")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
        return try_canonicalize(html_lib.unescape(text), base_url)
    return None
