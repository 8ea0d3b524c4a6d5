"""run_stage on a real work folder, the extract CLI against its JSON schema, and eval on the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from warrantwatch import evaluate, tag
from warrantwatch.fileio import read_jsonl, write_jsonl
from warrantwatch.models import Article, Mention, Window
from warrantwatch.settings import ARTICLES_FILE, MENTIONS_FILE, Paths, stats_file

FIXTURE_REFERENCE = Path(__file__).parent / "fixtures" / "reference"
SCHEMA = json.loads((Path(tag.__file__).parents[1] / "schema" / "extract.schema.json").read_text(encoding="utf-8"))
DEV = Path(__file__).parent / "dev"
ON_TOPIC = (
    "Vladimir Putin plans to visit India next year, the Kremlin said. The International Criminal Court "
    "issued a warrant for his arrest in March 2023. In September, Putin visited Mongolia."
)


def _article(aid: str, text: str, **extra) -> dict:
    return Article(id=aid, url=f"http://news.example/{aid}", canonical_url=f"http://news.example/{aid}",
                   source="demo", published="2024-11-20T09:00:00+00:00", text=text, language="en",
                   group_id=aid, fingerprint="00ff00ff00ff00ff", **extra).to_dict()


def test_run_stage_writes_mentions_with_provenance_and_is_idempotent(tmp_path: Path) -> None:
    paths = Paths(data=tmp_path / "data", output=tmp_path / "out", reference=FIXTURE_REFERENCE)
    window = Window.for_day("2024-11-20")
    work = paths.work(window)
    work.mkdir(parents=True)
    write_jsonl(work / ARTICLES_FILE, [
        _article("b", ON_TOPIC),
        _article("a", "The club signed a striker on a three-year deal."),
        _article("c", "Путин посетит Индию.", ) | {"language": "ru"},
        _article("d", "", skipped="not an article"),
    ])
    result = tag.run_stage(window, paths)
    assert result["articles_tagged"] == 1
    assert result["prefiltered_out"] == 1
    assert result["non_english_skipped"] == 1
    assert (result["visits"], result["warrants"]) == (2, 1)
    rows = [Mention.from_dict(r) for r in read_jsonl(work / MENTIONS_FILE)]
    assert {r.article for r in rows} == {"b"}
    assert all(r.window == "2024-11-20" and r.url == "http://news.example/b" and r.fingerprint for r in rows)
    first = (work / MENTIONS_FILE).read_bytes()
    stats = (work / stats_file("tag")).read_bytes()
    tag.run_stage(window, paths)
    assert (work / MENTIONS_FILE).read_bytes() == first
    assert (work / stats_file("tag")).read_bytes() == stats


def test_run_stage_names_a_missing_input(tmp_path: Path) -> None:
    paths = Paths(data=tmp_path, output=tmp_path, reference=FIXTURE_REFERENCE)
    with pytest.raises(FileNotFoundError, match=ARTICLES_FILE):
        tag.run_stage(Window.for_day("2024-11-20"), paths)


def test_extract_jsonl_output_matches_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    html = "<html><head><title>T</title></head><body><p>The ICC issued a warrant for Vladimir Putin in March 2023.</p></body></html>"
    write_jsonl(src, [
        {"id": "x1", "url": "http://n.example/1", "title": "t", "published": "2024-11-20", "text": ON_TOPIC},
        {"id": "x2", "url": "http://n.example/2", "title": "t", "published": "2024-11-20", "html": html},
    ])
    assert tag.main(["--jsonl", str(src), "--reference", str(FIXTURE_REFERENCE)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(r["article"], r["kind"]) for r in lines} == {("x1", "visit"), ("x1", "warrant"), ("x2", "warrant")}
    for row in lines:
        jsonschema.validate(row, SCHEMA)
    visit = next(r for r in lines if r["kind"] == "visit" and r["host_country"] == "MNG")
    assert list(visit) == ["article", "kind", "traveler", "host_country", "status", "date", "city", "occasion",
                           "evidence", "start", "end", "confidence"]
    assert ON_TOPIC[visit["start"] : visit["end"]] == visit["evidence"]


def test_extract_single_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ON_TOPIC, encoding="utf-8")
    assert tag.main([str(path), "--published", "2024-11-20", "--reference", str(FIXTURE_REFERENCE)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["article"] for r in rows} == {"story"}
    assert len(rows) == 3


def test_extract_rejects_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "x1", "published": "2024-11-20"}])
    assert tag.main(["--jsonl", str(src), "--reference", str(FIXTURE_REFERENCE)]) == 2
    assert "needs 'text' or 'html'" in capsys.readouterr().err


def test_eval_counts_matches_misses_and_false_facts() -> None:
    gold = [
        {"article": "a", "kind": "visit", "traveler": "P", "host_country": "IND", "status": "planned", "date": "2024"},
        {"article": "a", "kind": "warrant", "subject": "P", "court": "ICC", "status": "issued", "date": None},
    ]
    pred = [
        {"article": "a", "kind": "visit", "traveler": "P", "host_country": "IND", "status": "planned", "date": "2025"},
        {"article": "a", "kind": "warrant", "subject": "P", "court": "ICC", "status": "requested", "date": None},
        {"article": "z", "kind": "visit", "traveler": "Q", "host_country": "BRA", "status": "completed", "date": None},
    ]
    report = evaluate.evaluate(gold, pred, ["a", "z"])
    assert report.kinds["visit"].matched == 1
    assert report.kinds["visit"].date_accuracy == 0.0
    assert report.kinds["warrant"].f1 == 0.0
    assert report.kinds["warrant"].status_accuracy == 0.0
    assert len(report.distractor_facts) == 1
    assert len(report.misses) == 1


# Floors a little below what the tagger reaches on the dev set (visit F1 0.932, date accuracy 0.81,
# warrant F1 1.0, no distractor facts); they guard against regressions.
DEV_FLOORS = {"visit": 0.92, "warrant": 0.98}
DEV_DATE_FLOORS = {"visit": 0.79, "warrant": 0.79}


def test_dev_set_scores(capsys: pytest.CaptureFixture[str]) -> None:
    gold_path, articles_path = DEV / "gold.jsonl", DEV / "articles.jsonl"
    assert evaluate.main([str(gold_path), str(articles_path), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    for kind, floor in DEV_FLOORS.items():
        assert scores[kind]["f1"] >= floor, scores[kind]
    for kind, floor in DEV_DATE_FLOORS.items():
        assert scores[kind]["date_accuracy"] >= floor, scores[kind]
    assert scores["distractor_facts"] == []
