"""The parse stage: fetched HTML → clean ``Article`` rows, non-articles skipped with a reason,
near-duplicates grouped.

Body text: trafilatura (``fast`` mode) on the page after our own boilerplate pruning, with our
lxml extractor as the fallback when trafilatura finds nothing, and a final line filter that
drops any line that is the text of a caption, byline, share bar, related list, cookie banner or
comment (see ``scripts/measure_extraction.py`` for the comparison that chose this).
Metadata: ``warrantwatch.htmlmeta`` (bs4 + lxml). Language: English stopword ratio (see
``detect_language``).
"""

from __future__ import annotations

import argparse
import codecs
import json
import re
import sys
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura
from charset_normalizer import from_bytes

from warrantwatch.archive import Archive
from warrantwatch.dedup import DedupItem, fingerprint, group_near_duplicates
from warrantwatch.fileio import atomic_write_text, read_jsonl, write_jsonl
from warrantwatch.htmlmeta import PageMeta, extract_metadata, format_time, latest_plausible
from warrantwatch.models import Article, FetchedPage, Window, article_id
from warrantwatch.settings import ARTICLES_FILE, FETCHED_FILE, Paths, stats_file

# Named skip reasons (the stats count pages by these exact strings).
SKIP_FETCH_FAILED = "fetch failed"
SKIP_EMPTY = "empty page"
SKIP_SCRIPT_ONLY = "script-only page"
SKIP_NO_TEXT = "no article text"
SKIP_INDEX = "index page (home, section or tag)"
SKIP_LIVE_SHELL = "live-blog shell"
SKIP_NOT_HTML = "not an HTML page"
SKIP_NO_DATE = "no publication date"
SKIP_OUTSIDE = "published outside window"
SKIP_SAME_URL = "same canonical URL as another page"
SKIP_UNPARSABLE = "unparsable markup (nested too deeply)"

MIN_ARTICLE_WORDS = 40  # fewer words of body than this is not an article (a brief has ~60+)
MAX_HTML_CHARS = 12_000_000  # beyond this the tail is cut before parsing (bounded time)
MAX_TREE_ELEMENTS = 60_000  # trafilatura is skipped on trees larger than this
OWN_COVERAGE = 0.9  # see _choose
OWN_MAX_GROWTH = 1.6

_NON_CONTENT_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "form", "button", "input", "select", "textarea", "label", "nav", "aside", "footer", "figure",
    "figcaption", "picture", "video", "audio", "dialog", "menu", "header",
)  # fmt: skip
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search"}
_BOILERPLATE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|sharebar|social|related|recommended|recommendations|more-stories|"
    r"newsletter|subscribe|subscription|signup|sign-up|cookie|cookies|consent|gdpr|cmp|comment|comments|"
    r"disqus|byline|bylines|author|authors|caption|credit|credits|breadcrumb|breadcrumbs|tags|tag-list|"
    r"topics|promo|advert|advertisement|ad|ads|adslot|ad-slot|sponsor|sponsored|outbrain|taboola|"
    r"sidebar|widget|popup|modal|banner|masthead|footer|header|nav|navbar|navigation|menu|toolbar|"
    r"most-read|mostread|most-popular|trending|popular|paywall|read-more|readmore|follow|skip-link|"
    r"visually-hidden|sr-only|screen-reader-text|print-only|meta|dateline|timestamp|correction-banner|"
    r"live-updates-list|teaser|teasers|card-list|rail|photo|image|gallery|slideshow|video-player)"
    r"(?:$|[\s_-])",
    re.I,
)
# Short lines that are interface text, not prose (checked only on lines under 120 characters).
_BOILERPLATE_LINE = re.compile(
    r"^(?:advertisement|advert|sponsored( content)?|skip to (main )?content|share( this( article| story)?)?"
    r"( on \w+)?|share on \w+|read more\b.*|related( stories| articles| coverage)?:?.*|most (read|popular)\b.*|"
    r"(sign up|subscribe)\b.*(newsletter|inbox|updates|free)\b.*|follow us\b.*|click here\b.*|"
    r"(photo|image|picture|video|graphic)( credit)?s?\s*:.*|(©|\(c\)|copyright)\s.*|.*all rights reserved\.?|"
    r"we use cookies\b.*|accept( all)? cookies|comments?( \(\d+\))?|\d+ comments?|leave a (comment|reply)\b.*|"
    r"listen to (this|the) (article|story)\b.*|print( this)?( article| page)?|email|facebook|twitter|x|"
    r"linkedin|whatsapp|copy link|reuse this content|updated:? .{0,40}|published:? .{0,40}|by [A-Z][\w.' -]{2,60})$",
    re.I,
)
_LEAF_BLOCKS = {"p", "h2", "h3", "h4", "h5", "h6", "pre"}
_WRAPPER_BLOCKS = {"li", "blockquote", "dd", "dt", "td", "th", "div", "section"}
_BLOCK_TAGS = _LEAF_BLOCKS | _WRAPPER_BLOCKS
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# What root.iter() walks (elements, comments, processing instructions), counted in C.
_COUNT_NODES = lxml.etree.XPath("count(descendant-or-self::* | descendant::comment() | descendant::processing-instruction())")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A date (and maybe a time) as printed in bylines: "Tuesday, 19 November 2024, 10:20", "Nov. 20, 2024".
_DATELINE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?",
    re.I,
)
_INDEX_PATH = re.compile(
    r"^/(?:$|index\.\w+$|(?:[\w-]+/)?(?:tag|tags|topic|topics|category|categories|section|sections|"
    r"author|authors|search|archive|archives|page)(?:/|$))",
    re.I,
)

# ---------------------------------------------------------------------------------------------
# language

# The most frequent function words of each language; an English news paragraph is ~40 % these.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to a in is that for it was on with as he be by at said his from have are has "
        "an its but not they this were which will who had after their been would we she her or".split()
    ),
    "fr": frozenset(
        "le la les de des du un une et est en que qui dans pour pas sur au aux avec il elle ce "
        "sont par plus ont été son sa ses nous vous leur mais ou".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an "
        "als wie bei nach hat wird sie er sind wurde noch aus".split()
    ),
    "es": frozenset(
        "el la los las de del y en que un una es por con para se no su al lo como más pero sus "
        "fue ha este esta son también entre".split()
    ),
    "it": frozenset(
        "il lo la gli le di del della dei e è un una che per non con si da in al alla sono ha "
        "anche come più ma nel nella questo".split()
    ),
    "pt": frozenset(
        "o a os as de do da dos das e é um uma que em no na por para com não se foi mais ao "
        "pelo pela seu sua são também".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te met voor niet zijn er aan ook als bij door om maar "
        "was werd heeft worden uit naar".split()
    ),
}
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def detect_language(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``: writing system first, then the share of each language's
    function words among the first 1,000 words. Falls back to the page's declared language."""
    sample = text[:8000]
    letters = _WORD.findall(sample)
    if not letters:
        return hint.split("-")[0].split("_")[0].lower() if hint else None
    joined = "".join(letters)
    # Every script range is outside ASCII: a sample whose non-ASCII letters are too few for any
    # script to pass the bar skips the nine scans, and the others scan only those letters.
    foreign = _ASCII_LETTERS.sub("", joined)
    if len(foreign) > 0.3 * len(joined):
        for code, pattern in _SCRIPTS:
            if len(pattern.findall(foreign)) > 0.3 * len(joined):
                return code
    tokens = [w.lower() for w in letters[:1000]]
    counts = Counter(tokens)
    scores = {
        code: sum(counts[word] for word in words if word in counts) / len(tokens) for code, words in _STOPWORDS.items()
    }
    best = max(scores, key=lambda code: (scores[code], code == "en"))
    if scores[best] >= 0.08:
        return best
    return hint.split("-")[0].split("_")[0].lower() if hint else ("en" if scores["en"] >= 0.03 else None)


# ---------------------------------------------------------------------------------------------
# decoding


def _charset_ok(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


_LATIN_GUESSES = frozenset(
    {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "cp850", "cp775", "cp852", "mac_roman", "mac_latin2"}
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Bytes → text. Valid UTF-8 wins over any declaration (a page that decodes as UTF-8 is
    almost never in another charset, and mislabelled UTF-8 is the common lie); then the
    fetcher's charset, the page's <meta charset>, and charset-normalizer's guess."""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", errors="replace")
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return body.decode("utf-16", errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    meta = _META_CHARSET.search(body[:4096])
    for name in (_charset_ok(declared), _charset_ok(meta.group(1).decode("ascii") if meta else None)):
        if name and name not in {"utf-8", "ascii"}:
            try:
                return body.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
    best = from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        if best.encoding in _LATIN_GUESSES:
            # Short Western pages are a toss-up between Latin code pages; windows-1252 is what
            # browsers assume (WHATWG maps latin-1 labels to it), so prefer it when it fits.
            try:
                return body.decode("cp1252")
            except UnicodeDecodeError:
                pass
        return body.decode(best.encoding, errors="replace")
    return body.decode("cp1252", errors="replace")


# ---------------------------------------------------------------------------------------------
# body text


class _Parsers(threading.local):
    parser: lxml.html.HTMLParser | None = None


_PARSERS = _Parsers()


def _html_parser() -> lxml.html.HTMLParser:
    """lxml.html's parser with a lookup done in C: every element is an ``HtmlElement`` (lxml.html
    picks form-element subclasses in Python for each element touched, which is most of the cost
    of walking a tree; nothing here uses their form methods). One per thread: lxml parsers are
    not to be shared between threads."""
    if _PARSERS.parser is None:
        parser = lxml.html.HTMLParser()
        parser.set_element_class_lookup(
            lxml.etree.ElementDefaultClassLookup(
                element=lxml.html.HtmlElement,
                comment=lxml.html.HtmlComment,
                pi=lxml.html.HtmlProcessingInstruction,
                entity=lxml.html.HtmlEntity,
            )
        )
        _PARSERS.parser = parser
    return _PARSERS.parser


def _norm(text: str) -> str:
    return " ".join(text.split())


def _class_id(element: lxml.html.HtmlElement) -> str:
    get = element.get
    names = (get("class"), get("id"), get("data-component"), get("data-testid"), get("itemprop"))
    return " ".join([name for name in names if name])


def _is_hidden(element: lxml.html.HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _iter_elements(root: lxml.html.HtmlElement):
    """Elements only (no comments / processing instructions), iteratively (deep trees are fine)."""
    for element in root.iter():
        if isinstance(element.tag, str):
            yield element


# Furniture is picked by tag (found by libxml2's own tag walk) or by an attribute (so only
# elements with attributes need a look from Python).
# (links whose only attribute is href, most of a menu or teaser list, are left out in C too)
_WITH_ATTRIBUTES = lxml.etree.XPath("descendant::*[@*][count(@*) > 1 or not(@href)]")
# The attributes the checks below read (a link with only an href is never furniture by itself).
_FURNITURE_ATTRIBUTES = frozenset(
    {"role", "hidden", "aria-hidden", "style", "class", "id", "data-component", "data-testid", "itemprop"}
)
_COUNT_PARAGRAPHS = lxml.etree.XPath("count(descendant-or-self::p)")
_SKIPPED_BY_ARTICLE_TAGS = frozenset({"html", "body", "main", "article"})


@lru_cache(maxsize=8192)
def _furniture_name(names: str) -> bool:
    """Whether a class/id string names furniture (pages repeat the same few strings)."""
    return bool(_BOILERPLATE_CLASS.search(names))


def _boilerplate_nodes(root: lxml.html.HtmlElement, total_chars: int) -> list[lxml.html.HtmlElement]:
    """Elements that are page furniture by tag, role, visibility or class/id name (tag matches
    first, each group in document order; callers do not depend on the order).

    A class-named element holding much of the page's prose is kept: "comments" or "header" in a
    class list is also seen on real article containers.
    """
    found: list[lxml.html.HtmlElement] = [el for el in root.iter(*_NON_CONTENT_TAGS) if el is not root]
    for element in _WITH_ATTRIBUTES(root):
        tag = element.tag
        if tag in _SKIPPED_BY_ARTICLE_TAGS or tag in _NON_CONTENT_TAGS or _FURNITURE_ATTRIBUTES.isdisjoint(element.keys()):
            continue
        if (element.get("role") or "").lower() in _BOILERPLATE_ROLES or _is_hidden(element):
            found.append(element)
        else:
            names = _class_id(element)
            if names and _furniture_name(names):
                if (
                    _COUNT_PARAGRAPHS(element) >= 4
                    and total_chars
                    and len(element.text_content()) > 0.3 * total_chars
                ):
                    continue
                found.append(element)
    return found


def _drop(element: lxml.html.HtmlElement) -> None:
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


_TEXTLESS_FURNITURE = frozenset({"script", "style", "noscript", "template", "svg"})
_FURNITURE_TEXT_BLOCKS = lxml.etree.XPath(
    "descendant-or-self::*["
    + " or ".join(f"self::{tag}" for tag in sorted(_BLOCK_TAGS | {"span", "a", "figcaption", "small", "cite"}))
    + "]"
)


def _boilerplate_texts(nodes: list[lxml.html.HtmlElement]) -> set[str]:
    """Normalised texts of every block inside boilerplate nodes: any body line equal to one of
    these is a caption, byline, teaser or banner that slipped through."""
    texts: set[str] = set()
    walked = {node for node in nodes if node.tag not in _TEXTLESS_FURNITURE}
    for node in nodes:
        if node.tag in _TEXTLESS_FURNITURE:
            continue
        whole = _norm(node.text_content())
        if whole and len(whole) < 2000:
            texts.add(whole.lower())
        # A node inside another one is walked with that one: its blocks are the outer one's too.
        if any(ancestor in walked for ancestor in node.iterancestors()):
            continue
        for child in _FURNITURE_TEXT_BLOCKS(node):
            # text_content() of a childless element is its .text, read without an XPath call
            text = _norm(child.text_content() if len(child) else child.text or "")
            if text and len(text) < 2000:
                texts.add(text.lower())
    return texts


def _sigma_free(text: str) -> str:
    # str.lower() maps capital sigma by context (final or not): compare without that difference
    return text.replace("ς", "σ")


class FurnitureTexts:
    """``_boilerplate_texts`` of the furniture nodes, built only when a body line could be one.

    Every such text is a substring of the whole text of some furniture node, so a line that is
    in none of them is not furniture and needs no lookup: most pages never build the set. The
    nodes must stay as they were (callers drop only outermost furniture, so subtrees are intact).
    """

    def __init__(self, nodes: list[lxml.html.HtmlElement]) -> None:
        self._nodes = nodes
        self._texts: set[str] | None = None
        readable = {node for node in nodes if node.tag not in _TEXTLESS_FURNITURE}
        outer = [node for node in readable if not any(ancestor in readable for ancestor in node.iterancestors())]
        self._haystack = "\n".join(_sigma_free(_norm(node.text_content()).lower()) for node in outer)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or not key or _sigma_free(key) not in self._haystack:
            return False
        if self._texts is None:
            self._texts = _boilerplate_texts(self._nodes)
        return key in self._texts


def _outermost(nodes: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """The nodes that are not inside another of them."""
    members = set(nodes)
    return [node for node in nodes if not any(ancestor in members for ancestor in node.iterancestors())]


def _link_density(element: lxml.html.HtmlElement, text_len: int) -> float:
    if not text_len:
        return 0.0
    linked = sum(len(_norm(a.text_content())) for a in element.iter("a"))
    return min(linked / text_len, 1.0)


def _own_extract(root: lxml.html.HtmlElement) -> list[str]:
    """Readability-style: score paragraph parents, take the best container's blocks in order."""
    scores: dict[lxml.html.HtmlElement, float] = {}
    for para in root.iter("p", "pre", "blockquote"):
        text = _norm(para.text_content())
        if len(text) < 25:
            continue
        score = 1 + text.count(",") + min(len(text) / 100, 3)
        parent = para.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + score / 2
    if not scores:
        return []
    best = max(scores, key=lambda el: scores[el] * (1 - _link_density(el, len(el.text_content()) or 1)))
    containers = [best]
    parent = best.getparent()
    if parent is not None:
        # Bodies split by ad slots or paywall markers: keep siblings that score nearly as well.
        threshold = scores[best] * 0.25
        containers = [child for child in parent if child is best or scores.get(child, 0) >= threshold]
    lines: list[str] = []
    for container in containers:
        taken: set[lxml.html.HtmlElement] = set()
        for element in _iter_elements(container):
            tag = element.tag
            if tag not in _LEAF_BLOCKS and tag not in _WRAPPER_BLOCKS:
                continue
            if any(ancestor in taken for ancestor in element.iterancestors()):
                continue
            if tag in _WRAPPER_BLOCKS and any(
                d.tag in _LEAF_BLOCKS or d.tag in _WRAPPER_BLOCKS for d in element.iterdescendants()
            ):
                # A wrapper around blocks: its own loose text (between the blocks) is a paragraph too.
                loose = _norm(" ".join([element.text or ""] + [c.tail or "" for c in element]))
                if len(loose) >= 40:
                    lines.append(loose)
                continue
            text = _norm(element.text_content())
            taken.add(element)
            if not text:
                continue
            density = _link_density(element, len(text))
            if (tag == "li" and density > 0.5) or (density > 0.6 and len(text) < 200):
                continue
            lines.append(text)
    return lines


def _trafilatura_extract(root: lxml.html.HtmlElement) -> list[str]:
    text = trafilatura.extract(
        root,
        fast=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=False,  # layout tables would come out as one giant row; ours reads those
        deduplicate=False,
        output_format="txt",
    )
    return [_norm(line) for line in (text or "").splitlines() if _norm(line)]


@dataclass
class BodyResult:
    lines: list[str]
    method: str  # "trafilatura" | "own" | "none"
    visible_words: int  # words of visible text in the whole page (before pruning)
    teasers: int  # headline links / repeated <article> cards: how list-like the page is
    live: bool  # the page calls itself a live blog
    unparsable: bool = False  # the page has text the HTML parser could not reach


def _filter_lines(lines: list[str], furniture: FurnitureTexts | set[str], title: str | None) -> list[str]:
    kept: list[str] = []
    seen: set[str] = set()
    title_key = _norm(title).lower() if title else None
    for line in lines:
        key = line.lower()
        if key in furniture or key == title_key or key in seen:
            continue
        if not _WORD.search(line) or (len(line) < 120 and _BOILERPLATE_LINE.match(line)):
            continue
        if len(line) < 90 and _DATELINE.search(line) and len(_WORD.findall(_DATELINE.sub(" ", line))) <= 6:
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _tokens(lines: list[str]) -> Counter[str]:
    return Counter(_WORD.findall(" ".join(lines).lower()))


def _choose(traf: list[str], own: list[str]) -> tuple[list[str], str]:
    """Pick between trafilatura's body and ours.

    Ours wins when it covers nearly all of trafilatura's words and is not much longer: then both
    found the same body and ours kept what trafilatura tends to drop (subheadings, lists, short
    paragraphs). Otherwise trafilatura, the better judge of *where* the body is, wins.
    """
    if not traf or not own:
        return (own, "own") if own else (traf, "trafilatura")
    traf_tokens, own_tokens = _tokens(traf), _tokens(own)
    traf_total, own_total = sum(traf_tokens.values()), sum(own_tokens.values())
    if traf_total < MIN_ARTICLE_WORDS <= own_total:
        return own, "own"
    covered = sum((traf_tokens & own_tokens).values()) / max(traf_total, 1)
    if covered >= OWN_COVERAGE and own_total <= OWN_MAX_GROWTH * traf_total:
        return own, "own"
    return traf, "trafilatura"


def extract_body(html: str, *, title: str | None = None, method: str = "auto") -> BodyResult:
    """The article body as paragraphs. ``method`` is "auto" (trafilatura on the pruned page, our
    extractor when it returns nothing), "trafilatura" or "own" (for measuring)."""
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", html, count=1), parser=_html_parser())
    except (lxml.etree.ParserError, ValueError):
        return BodyResult([], "none", 0, 0, False)
    for bad in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _drop(bad)
    body = root.find("body")
    scope = body if body is not None else root
    for element in list(scope.iter("script", "style", "noscript", "template")):
        _drop(element)
    visible_text = _norm(scope.text_content())
    visible_words = len(visible_text.split())
    teasers = 0
    names = " ".join(_class_id(el) for el in (root, scope))
    live = bool(re.search(r"live-?blog|liveblog|live-updates", names, re.I))
    if not visible_words:
        # libxml2 stops at 256 levels of nesting: text beyond that depth is lost to the parser.
        raw_words = len(re.sub(r"<[^>]*>", " ", re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)).split())
        return BodyResult([], "none", 0, teasers, live, unparsable=raw_words >= MIN_ARTICLE_WORDS)
    furniture_nodes = _boilerplate_nodes(scope, len(visible_text))
    furniture = FurnitureTexts(furniture_nodes)
    # Dropping an outer node takes the inner ones with it; they stay intact for ``furniture``.
    for node in _outermost(furniture_nodes):
        _drop(node)
    # Counted after pruning, so an article's related-story rail does not make it look like a listing.
    teasers = len(scope.findall(".//article")) + sum(
        1 for h in scope.iter("h2", "h3", "h4") if h.find(".//a") is not None and len(_norm(h.text_content())) > 15
    )
    size = int(_COUNT_NODES(root))
    traf: list[str] = []
    if method in {"auto", "trafilatura"} and size <= MAX_TREE_ELEMENTS:
        traf = _filter_lines(_trafilatura_extract(root), furniture, title)
    own = _filter_lines(_own_extract(root), furniture, title) if method in {"auto", "own"} else []
    lines, used = _choose(traf, own) if method == "auto" else ((traf, method) if method == "trafilatura" else (own, method))
    return BodyResult(lines, used if lines else "none", visible_words, teasers, live)


# ---------------------------------------------------------------------------------------------
# one page


def _looks_like_prose(text: str) -> bool:
    """Prose is mostly letters; binary junk, minified code and number tables are not."""
    visible = re.sub(r"\s+", "", text)
    return bool(visible) and sum(map(str.isalpha, visible)) >= 0.6 * len(visible)


def _skip_reason(html: str, url: str | None, meta: PageMeta, body: BodyResult) -> str | None:
    words = len(" ".join(body.lines).split())
    path = urlsplit(url or "").path or "/"
    index_url = bool(url) and bool(_INDEX_PATH.match(path))
    article_signal = meta.is_article_marked or bool(re.search(r"/(19|20)\d{2}[/-]?\d{2}[/-]?\d{2}", path))
    if words < MIN_ARTICLE_WORDS and body.visible_words == 0:
        if body.unparsable:
            return SKIP_UNPARSABLE
        return SKIP_SCRIPT_ONLY if re.search(r"<script", html, re.I) else SKIP_EMPTY
    if meta.jsonld_types & {"LiveBlogPosting"} or body.live:
        if words < MIN_ARTICLE_WORDS * 3:
            return SKIP_LIVE_SHELL
    if (index_url or meta.is_index_marked) and not article_signal:
        return SKIP_INDEX
    if body.teasers >= 8 and not article_signal and words < 300:
        return SKIP_INDEX
    if words >= MIN_ARTICLE_WORDS and not _looks_like_prose(" ".join(body.lines)):
        return SKIP_NO_TEXT  # binary junk or code decoded as text
    if words < MIN_ARTICLE_WORDS:
        if body.unparsable:
            return SKIP_UNPARSABLE
        if body.visible_words == 0:
            return SKIP_SCRIPT_ONLY if re.search(r"<script", html, re.I) else SKIP_EMPTY
        if body.teasers >= 5 and not article_signal:
            return SKIP_INDEX
        return SKIP_NO_TEXT
    return None


def parse_html(
    html: str,
    url: str | None = None,
    *,
    source: str = "",
    feed_published: str | None = None,
    latest: datetime | None = None,
    fallback_canonical: str | None = None,
) -> Article:
    """One page → an ``Article`` (``skipped`` set when it is not one). ``latest``: dates after
    it are not believed (defaults to now plus a day)."""
    latest = latest or latest_plausible(datetime.now(UTC))
    if len(html) > MAX_HTML_CHARS:
        html = html[:MAX_HTML_CHARS]
    base_url = url or ""
    if not html.strip():
        canonical = fallback_canonical or base_url
        return Article(id=article_id(canonical), url=base_url, canonical_url=canonical, source=source, skipped=SKIP_EMPTY)
    meta = extract_metadata(html, url, feed_published=feed_published, latest=latest)
    canonical = meta.canonical_url or fallback_canonical or base_url
    body = extract_body(html, title=meta.title)
    text = "\n\n".join(body.lines)
    article = Article(
        id=article_id(canonical),
        url=base_url,
        canonical_url=canonical,
        source=source,
        title=meta.title,
        published=format_time(meta.published.astimezone(UTC) if meta.published else None),
        modified=format_time(meta.modified.astimezone(UTC) if meta.modified else None),
        authors=meta.authors,
        language=detect_language(text, meta.lang_hint) if text else None,
        site_name=meta.site_name or (urlsplit(canonical).hostname or None),
        text=text,
    )
    article.skipped = _skip_reason(html, canonical or url, meta, body)
    if article.skipped is None:
        article.fingerprint = fingerprint(text)
    return article


def public_dict(article: Article) -> dict[str, Any]:
    """The ``warrantwatch parse`` output object for one page."""
    url, canonical = article.url or None, article.canonical_url or None
    if article.skipped:
        return {"url": url, "canonical_url": canonical, "skipped": article.skipped}
    return {
        "url": url,
        "canonical_url": canonical,
        "title": article.title,
        "published": article.published,
        "modified": article.modified,
        "authors": article.authors,
        "language": article.language,
        "site_name": article.site_name,
        "text": article.text,
    }


# ---------------------------------------------------------------------------------------------
# the stage


def _parse_row(row: FetchedPage, archive: Archive, latest: datetime) -> Article:
    if row.error or not row.content_hash:
        return Article(
            id=article_id(row.canonical_url),
            url=row.url,
            canonical_url=row.canonical_url,
            source=row.source,
            skipped=SKIP_FETCH_FAILED,
        )
    body = archive.get(row.content_hash)
    content_type = (row.content_type or "").lower()
    if content_type and not any(kind in content_type for kind in ("html", "xml", "text/plain")):
        article = Article(
            id=article_id(row.canonical_url), url=row.url, canonical_url=row.canonical_url,
            source=row.source, skipped=SKIP_NOT_HTML,
        )  # fmt: skip
    else:
        article = parse_html(
            decode_html(body, row.encoding),
            row.final_url or row.url,
            source=row.source,
            feed_published=row.feed_published,
            latest=latest,
            fallback_canonical=row.canonical_url,
        )
        article.url = row.url
    article.content_hash = row.content_hash
    return article


def _utc_key(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).isoformat()


def run_stage(window: Window, paths: Paths, **_params: Any) -> dict[str, Any]:
    """Read the window's fetched pages, write ``ARTICLES_FILE`` and the parse stats."""
    work = paths.work(window)
    fetched_path = work / FETCHED_FILE
    if not fetched_path.exists():
        raise FileNotFoundError(f"parse: {fetched_path} is missing; run the fetch stage for {window.key} first")
    archive = Archive(paths.archive)
    latest = latest_plausible(window.end)
    rows = [FetchedPage.from_dict(record) for record in read_jsonl(fetched_path)]
    by_id: dict[str, Article] = {}
    merged = 0
    # Stable order in, so "the first page with this canonical URL" is the same on every run.
    for row in sorted(rows, key=lambda r: (r.canonical_url, r.source, r.url, r.content_hash or "")):
        article = _parse_row(row, archive, latest)
        held = by_id.get(article.id)
        if held is None:
            by_id[article.id] = article
        elif held.skipped and not article.skipped:
            by_id[article.id] = article  # a good copy of the page beats a failed fetch of it
            merged += 1
        else:
            merged += 1

    for article in by_id.values():
        if article.skipped:
            continue
        if not article.published:
            article.skipped = SKIP_NO_DATE
        elif not window.contains(datetime.fromisoformat(article.published)):
            article.skipped = SKIP_OUTSIDE
        if article.skipped:
            article.fingerprint = None

    kept = [a for a in by_id.values() if not a.skipped]
    groups = group_near_duplicates(
        [DedupItem(a.id, _utc_key(a.published or ""), a.text) for a in kept]
    )
    members: dict[str, list[str]] = {}
    for member, head in groups.items():
        members.setdefault(head, []).append(member)
    for article in kept:
        head = groups[article.id]
        article.group_id = head
        article.copies = sorted(m for m in members[head] if m != head) if head == article.id else []

    articles = sorted(by_id.values(), key=lambda a: a.id)
    write_jsonl(work / ARTICLES_FILE, [a.to_dict() for a in articles])
    skipped = Counter(a.skipped for a in articles if a.skipped)
    duplicate_groups = sum(1 for head, group in members.items() if len(group) > 1)
    stats = {
        "window": window.key,
        "pages": len(rows),
        "failed": sum(1 for r in rows if r.error or not r.content_hash),
        "same_canonical_url_merged": merged,
        "articles": len(kept),
        "skipped": dict(sorted(skipped.items())),
        "non_english": sum(1 for a in kept if a.language != "en"),
        "languages": dict(sorted(Counter(a.language or "unknown" for a in kept).items())),
        "duplicate_groups": duplicate_groups,
        "duplicate_copies": sum(len(group) - 1 for group in members.values()),
    }
    atomic_write_text(work / stats_file("parse"), json.dumps(stats, indent=2, sort_keys=True) + "\n")
    return {
        "pages": stats["pages"],
        "articles": stats["articles"],
        "skipped": sum(skipped.values()),
        "non_english": stats["non_english"],
        "duplicate_groups": duplicate_groups,
        "articles_file": str(work / ARTICLES_FILE),
    }


# ---------------------------------------------------------------------------------------------
# CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="warrantwatch parse",
        description="Parse HTML pages into clean articles, printed as JSON.",
    )
    parser.add_argument("file", nargs="?", help="an HTML file ('-' for standard input)")
    parser.add_argument("--url", help="the page's URL (used for relative links, URL dates, the id)")
    parser.add_argument("--jsonl", metavar="FILE", help='JSON lines {"id", "url", "html"}; one output line each')
    args = parser.parse_args(argv)
    if bool(args.file) == bool(args.jsonl):
        parser.error("give either FILE.html or --jsonl FILE")
    if args.file:
        try:
            data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        except OSError as exc:
            print(f"warrantwatch parse: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
        article = parse_html(decode_html(data), args.url)
        print(json.dumps(public_dict(article), ensure_ascii=False))
        return 0
    try:
        handle = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"warrantwatch parse: cannot read {args.jsonl}: {exc.strerror}", file=sys.stderr)
        return 2
    status = 0
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("html", ""), str):
                    raise ValueError("expected an object with a string 'html'")
            except ValueError as exc:
                print(f"warrantwatch parse: {args.jsonl}:{number}: bad line ({exc})", file=sys.stderr)
                status = 1
                continue
            article = parse_html(record.get("html") or "", record.get("url"))
            print(json.dumps({"id": record.get("id")} | public_dict(article), ensure_ascii=False), flush=True)
    return status
