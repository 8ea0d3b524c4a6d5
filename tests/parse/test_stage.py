"""``run_stage`` end to end on real files: fetched rows + raw archive → articles.jsonl + stats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warrantwatch import parse
from warrantwatch.archive import Archive
from warrantwatch.fileio import read_jsonl, write_jsonl
from warrantwatch.models import FetchedPage, Window
from warrantwatch.settings import ARTICLES_FILE, FETCHED_FILE, Paths, stats_file

WINDOW = Window.for_day("2024-11-18")
WIRE = "".join(
    f"<p>Paragraph {n}: the foreign minister arrived in the capital for talks on trade and energy, the first such "
    f"visit in more than a decade, and officials said point {n} of the agenda concerned a pipeline.</p>"
    for n in range(1, 6)
)

OTHER = "".join(
    f"<p>Item {n}: heavy rain flooded streets in the old town overnight and firefighters pumped water out of "
    f"basements until dawn, while the council said drain number {n} could not cope with the storm.</p>"
    for n in range(1, 5)
)


def _page(title: str, published: str | None, body: str, lang: str = "en") -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<html lang='{lang}'><head><title>{title}</title>{meta}<meta property='og:type' content='article'></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        f"<footer>Copyright Example</footer></body></html>"
    ).encode()


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    paths = Paths(data=tmp_path / "data", output=tmp_path / "out")
    archive = Archive(paths.archive)
    french = "".join(
        f"<p>Le ministre est arrivé dans la capitale pour des discussions sur le commerce, et les responsables "
        f"ont indiqué que le point {n} de la réunion porterait sur un projet de gazoduc.</p>"
        for n in range(1, 5)
    )
    pages = [
        ("a", "http://one.example/a", _page("Minister arrives", "2024-11-18T10:00:00Z", WIRE)),
        ("b", "http://two.example/b", _page("Minister in capital", "2024-11-18T08:00:00Z", WIRE + "<p>Extra line here.</p>")),
        ("c", "http://three.example/c", _page("Old story", "2024-11-10T08:00:00Z", WIRE.replace("minister", "mayor"))),
        ("d", "http://four.example/d", _page("Le ministre", "2024-11-18T12:00:00Z", french, "fr")),
        ("e", "http://one.example/", _page("Front page", None, "<p>Welcome.</p>").replace(b"article'", b"website'")),
        ("f", "http://five.example/2024/11/18/no-meta", _page("No metadata", None, OTHER)),
    ]
    rows = []
    for name, url, body in pages:
        rows.append(
            FetchedPage(
                url=url, canonical_url=url, source=f"src-{name}", window=WINDOW.key, status=200,
                content_hash=archive.put(body), content_type="text/html", encoding="utf-8",
                feed_published="2024-11-18T16:45:00Z" if name == "f" else None,
            ).to_dict()
        )  # fmt: skip
    rows.append(FetchedPage(url="http://x.example/gone", canonical_url="http://x.example/gone", source="src-x",
                            window=WINDOW.key, status=404, error="HTTP 404 Not Found").to_dict())  # fmt: skip
    # the same page listed twice (RSS and sitemap)
    rows.append(dict(rows[0], source="src-a-sitemap"))
    write_jsonl(paths.work(WINDOW) / FETCHED_FILE, rows)
    return paths


def test_stage_writes_articles_and_stats(paths: Paths) -> None:
    result = parse.run_stage(WINDOW, paths)
    work = paths.work(WINDOW)
    articles = {a["url"]: a for a in read_jsonl(work / ARTICLES_FILE)}
    stats = json.loads((work / stats_file("parse")).read_text())

    a, b = articles["http://one.example/a"], articles["http://two.example/b"]
    # b is earlier, so b is the canonical copy of the wire story
    assert b["group_id"] == b["id"]
    assert a["group_id"] == b["id"]
    assert b["copies"] == [a["id"]]
    assert a["copies"] == []
    assert len(a["fingerprint"]) == 16
    assert articles["http://three.example/c"]["skipped"] == parse.SKIP_OUTSIDE
    assert articles["http://four.example/d"]["language"] == "fr"
    assert articles["http://four.example/d"]["skipped"] is None
    assert articles["http://one.example/"]["skipped"] == parse.SKIP_INDEX
    assert articles["http://x.example/gone"]["skipped"] == parse.SKIP_FETCH_FAILED
    # layout with no metadata: the URL's day, the feed's time
    assert articles["http://five.example/2024/11/18/no-meta"]["published"] == "2024-11-18T16:45:00+00:00"
    assert len(articles) == 7  # the doubly-listed page appears once

    assert stats["pages"] == 8
    assert stats["failed"] == 1
    assert stats["articles"] == 4
    assert stats["non_english"] == 1
    assert stats["duplicate_groups"] == 1
    assert stats["skipped"] == {parse.SKIP_FETCH_FAILED: 1, parse.SKIP_INDEX: 1, parse.SKIP_OUTSIDE: 1}
    assert result["articles"] == 4


def test_rerun_is_byte_identical(paths: Paths) -> None:
    work = paths.work(WINDOW)
    parse.run_stage(WINDOW, paths)
    first = ((work / ARTICLES_FILE).read_bytes(), (work / stats_file("parse")).read_bytes())
    parse.run_stage(WINDOW, paths)
    assert ((work / ARTICLES_FILE).read_bytes(), (work / stats_file("parse")).read_bytes()) == first


def test_missing_fetched_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="fetched.jsonl"):
        parse.run_stage(WINDOW, Paths(data=tmp_path, output=tmp_path))
