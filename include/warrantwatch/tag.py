"""Tag stage: visits and warrants in articles, with status, date, evidence and who is who.

Rule-based and reference-driven. For each sentence the tagger finds people (names, aliases,
"the Russian president" through who held the office on the article's date, "he" carried over
from the previous sentence), places (countries, capitals, cities, summit names) and dates, and
replaces them with placeholders (``PER0``, ``LOC1``, ``EVT2``, ``GOV3``). Cue patterns over that
masked sentence then read the language around them: tense and modality give the status, negation
and conditionals veto or flip it, prepositions give the destination.

This module is the stage and its interface (``tag_text``, ``run_stage``, the ``extract`` command);
the tagger itself is in ``warrantwatch.tagger``: ``entities`` (names, titles, places, masking),
``cues`` (the patterns), ``visits``, ``legs`` and ``warrants`` (the rule families), ``facts`` (merging
facts about the same trip or warrant) and ``article`` (the sentence-by-sentence driver).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from warrantwatch.dates import parse_published
from warrantwatch.fileio import atomic_write_text, read_jsonl, write_jsonl
from warrantwatch.models import Article, Mention, Window
from warrantwatch.reference import Reference, load_reference
from warrantwatch.settings import ARTICLES_FILE, MENTIONS_FILE, Paths, stats_file
from warrantwatch.tagger.article import ArticleTagger
from warrantwatch.tagger.entities import is_candidate, lexicon

# ---- public API -----------------------------------------------------------------------------------


def tag_text(article_id: str, text: str, published: date, ref: Reference) -> list[Mention]:
    lex = lexicon(ref)
    if not text or not is_candidate(text, lex):
        return []
    return ArticleTagger(article_id, text, published, lex).run()


def tag_article(article: Article, ref: Reference) -> list[Mention]:
    """Visits and warrants in one article (pure: same input, same output)."""
    published = parse_published(article.published)
    if published is None:
        raise ValueError(f"article {article.id}: no publication date, so relative dates cannot be resolved")
    return tag_text(article.id, article.text, published, ref)


def _is_english(article: Article) -> bool:
    return article.language is None or article.language.lower().startswith("en")


def run_stage(window: Window, paths: Paths, **_: Any) -> dict[str, Any]:
    """Tag every parsed English article of the window; write mentions and stats."""
    work = paths.work(window)
    source = work / ARTICLES_FILE
    if not source.is_file():
        raise FileNotFoundError(f"tag: {source} is missing; run the parse stage for {window.key} first")
    ref = load_reference(paths.reference)
    lex = lexicon(ref)
    counts: Counter[str] = Counter()
    mentions: list[Mention] = []
    for row in read_jsonl(source):
        article = Article.from_dict(row)
        if article.skipped:
            counts["skipped"] += 1
            continue
        if not _is_english(article):
            counts["non_english"] += 1
            continue
        if not is_candidate(article.text, lex):
            counts["prefiltered_out"] += 1
            continue
        published = parse_published(article.published) or window.day
        found = tag_text(article.id, article.text, published, ref)
        counts["tagged"] += 1
        for mention in found:
            mention.url = article.url
            mention.source = article.source
            mention.published = article.published
            mention.group_id = article.group_id
            mention.fingerprint = article.fingerprint
            mention.window = window.key
            mentions.append(mention)
    mentions.sort(key=lambda x: (x.article, x.start, x.kind, x.person, x.host_country or x.court or "", x.status))
    out = work / MENTIONS_FILE
    write_jsonl(out, (m.to_dict() for m in mentions))
    stats = {
        "window": window.key,
        "articles_tagged": counts["tagged"],
        "prefiltered_out": counts["prefiltered_out"],
        "non_english_skipped": counts["non_english"],
        "skipped_pages": counts["skipped"],
        "visits": sum(1 for m in mentions if m.kind == "visit"),
        "warrants": sum(1 for m in mentions if m.kind == "warrant"),
        "mentions_file": str(out),
    }
    atomic_write_text(work / stats_file("tag"), json.dumps(stats, sort_keys=True, indent=2) + "\n")
    return stats


# ---- CLI ------------------------------------------------------------------------------------------


def _html_to_article(html: str, url: str, article_id: str) -> tuple[str, str | None]:
    """(text, title) of an HTML page: through warrantwatch.parse when it exists, else a bs4 fallback."""
    try:
        from warrantwatch import parse as parse_module  # written by the parse stage's helper
    except ImportError:
        parse_module = None
    if parse_module is not None and hasattr(parse_module, "parse_html"):
        parsed = parse_module.parse_html(html, url)
        text = getattr(parsed, "text", None) or (parsed.get("text") if isinstance(parsed, dict) else "")
        title = getattr(parsed, "title", None) or (parsed.get("title") if isinstance(parsed, dict) else None)
        return text or "", title
    # Fallback until parse.py lands: paragraph text only.
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside"]):
        tag.decompose()
    paragraphs = [p.get_text(" ", strip=True) for p in soup.find_all("p")]
    title = soup.title.get_text(strip=True) if soup.title else None
    return "\n\n".join(p for p in paragraphs if p), title


def _article_from_row(row: dict[str, Any], where: str) -> tuple[str, str, date]:
    for key in ("id", "published"):
        if not row.get(key):
            raise ValueError(f"{where}: missing {key!r}")
    if "text" in row and row["text"] is not None:
        text = row["text"]
    elif row.get("html"):
        text, _ = _html_to_article(row["html"], row.get("url") or "", row["id"])
    else:
        raise ValueError(f"{where}: needs 'text' or 'html'")
    published = parse_published(str(row["published"]))
    assert published is not None
    return str(row["id"]), text, published


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warrantwatch extract", description="Tag visits and warrants (JSON lines).")
    parser.add_argument("file", nargs="?", help="one article: .html, .htm or .txt")
    parser.add_argument("--jsonl", help='JSON lines of {"id","url","title","published","text" or "html"}')
    parser.add_argument("--published", help="publication date of FILE, YYYY-MM-DD")
    parser.add_argument("--id", help="article id to print for FILE (default: the file name)")
    parser.add_argument("--reference", type=Path, default=None, help="reference folder (default: bundled)")
    args = parser.parse_args(argv)
    if bool(args.file) == bool(args.jsonl):
        parser.error("give either FILE or --jsonl FILE")
    ref = load_reference(args.reference or Paths.from_env().reference)
    out = sys.stdout
    try:
        if args.jsonl:
            path = Path(args.jsonl)
            if not path.is_file():
                parser.error(f"no such file: {path}")
            for number, row in enumerate(read_jsonl(path), 1):
                article_id, text, published = _article_from_row(row, f"{path}:{number}")
                for mention in tag_text(article_id, text, published, ref):
                    out.write(json.dumps(mention.to_extract_dict(), ensure_ascii=False) + "\n")
        else:
            path = Path(args.file)
            if not path.is_file():
                parser.error(f"no such file: {path}")
            if not args.published:
                parser.error("--published YYYY-MM-DD is required with FILE")
            published = parse_published(args.published)
            assert published is not None
            raw = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix.lower() in {".html", ".htm"}:
                text, _ = _html_to_article(raw, path.resolve().as_uri(), args.id or path.stem)
            else:
                text = raw
            for mention in tag_text(args.id or path.stem, text, published, ref):
                out.write(json.dumps(mention.to_extract_dict(), ensure_ascii=False) + "\n")
    except ValueError as exc:
        print(f"warrantwatch extract: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # "| head": the reader has all it wanted
        sys.stderr.close()
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
