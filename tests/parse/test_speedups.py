"""The shortcuts taken for speed give the same answers as the plain computations they replace."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from warrantwatch import parse
from warrantwatch.parse import FurnitureTexts, decode_html, detect_language, extract_body
from warrantwatch.settings import DEMO_DIR

PAGES = Path(__file__).resolve().parent / "pages"
ALL_PAGES = sorted(PAGES.glob("*.html")) + sorted((DEMO_DIR / "sites").rglob("*.html"))


def _furniture(html: str) -> list[lxml.html.HtmlElement]:
    root = lxml.html.document_fromstring(html, parser=parse._html_parser())
    scope = root.find("body")
    for element in list(scope.iter("script", "style", "noscript", "template")):
        element.drop_tree()
    return parse._boilerplate_nodes(scope, len(parse._norm(scope.text_content())))


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.stem)
def test_lazy_furniture_texts_answer_like_the_full_set(page: Path) -> None:
    nodes = _furniture(decode_html(page.read_bytes()))
    full = parse._boilerplate_texts(nodes)
    lazy = FurnitureTexts(nodes)
    assert all(text in lazy for text in full)
    body = extract_body(decode_html(page.read_bytes()), method="own").lines
    assert [line for line in body if line.lower() in lazy] == [line for line in body if line.lower() in full]


def test_lazy_furniture_texts_after_the_furniture_is_dropped() -> None:
    html = (
        "<html><body><aside class='related'><ul><li><a href='/a'>Ministers meet over grain corridor</a></li>"
        "<li><span>ΟΔΟΣ</span><span>ΚΑΙ</span></li></ul></aside>"
        "<figure><figcaption>The harbour at dawn, seen from the old lighthouse</figcaption></figure></body></html>"
    )
    nodes = _furniture(html)
    lazy = FurnitureTexts(nodes)
    for node in parse._outermost(nodes):
        node.drop_tree()
    assert "ministers meet over grain corridor" in lazy
    assert "the harbour at dawn, seen from the old lighthouse" in lazy
    assert "οδος" in lazy  # a lower-cased block whose final sigma differs from the whole text's
    assert "ministers meet" not in lazy  # part of a block is not a block
    assert "the ferry left on time" not in lazy


def test_caption_repeated_in_the_body_is_dropped() -> None:
    caption = "Fishing boats tied up in the harbour during the storm on Tuesday"
    story = "".join(
        f"<p>Paragraph {n}: the council met on Tuesday evening to agree a plan for repairing the sea wall, "
        f"which the storm damaged in {n} places along the promenade and the old quay.</p>"
        for n in range(1, 5)
    )
    html = (
        f"<html><body><article><figure><img src='x.jpg'><figcaption>{caption}</figcaption></figure>"
        f"<div class='body'><p>{caption}</p>{story}</div></article></body></html>"
    )
    lines = extract_body(html).lines
    assert lines
    assert caption not in lines
    assert lines[0].startswith("Paragraph 1:")


def _plain_detect(text: str, hint: str | None = None) -> str | None:
    """detect_language as first written: every script scanned, stopwords counted one by one."""
    letters = parse._WORD.findall(text[:8000])
    if not letters:
        return hint.split("-")[0].split("_")[0].lower() if hint else None
    joined = "".join(letters)
    for code, pattern in parse._SCRIPTS:
        if len(pattern.findall(joined)) > 0.3 * len(joined):
            return code
    tokens = [w.lower() for w in letters[:1000]]
    scores = {code: sum(t in words for t in tokens) / len(tokens) for code, words in parse._STOPWORDS.items()}
    best = max(scores, key=lambda code: (scores[code], code == "en"))
    if scores[best] >= 0.08:
        return best
    return hint.split("-")[0].split("_")[0].lower() if hint else ("en" if scores["en"] >= 0.03 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Президент прибыл в столицу для переговоров о торговле и энергетике", "ru"),
        ("Ο πρόεδρος έφτασε στην πρωτεύουσα για συνομιλίες ΟΔΟΣ", "el"),
        ("大統領はきょう首都に到着した", "ja"),
        ("Der Minister ist in der Hauptstadt und die Gespräche sind nicht einfach", "de"),
        ("The minister said the café in Zürich was closed and that the talks had ended", "en"),
        # mostly English with one Cyrillic name: not enough for the script rule
        ("The minister met Путин in the capital and said that the talks were over for the year", "en"),
    ],
)
def test_detect_language_matches_the_plain_computation(text: str, expected: str) -> None:
    assert detect_language(text) == expected
    assert detect_language(text) == _plain_detect(text)


def test_stopword_scores_count_repeats() -> None:
    text = "the the the the of of and to in tree house road car"
    assert detect_language(text) == _plain_detect(text) == "en"
