"""The UI plugin serves the day's files from the output folder, and nothing outside it."""

from __future__ import annotations

import importlib.util
import json

import pytest
from fastapi.testclient import TestClient

from tests.conftest import PROJECT_DIR


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setenv("WARRANTWATCH_OUTPUT", str(tmp_path))
    (tmp_path / "alerts").mkdir()
    (tmp_path / "summaries").mkdir()
    alerts = [{"id": "a1", "severity": "critical"}, {"id": "a2", "severity": "info"}]
    (tmp_path / "alerts" / "2024-11-18.jsonl").write_text("".join(json.dumps(a) + "\n" for a in alerts))
    (tmp_path / "alerts" / "2024-11-18.md").write_text("# Alerts\n")
    (tmp_path / "summaries" / "2024-11-18.html").write_text("<h1>Summary 2024-11-18</h1>")
    (tmp_path / "alerts" / "2024-11-19.jsonl").write_text("")
    spec = importlib.util.spec_from_file_location("warrantwatch_plugin", PROJECT_DIR / "plugins" / "warrantwatch_plugin.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.WarrantwatchPlugin.fastapi_apps[0]["url_prefix"] == "/warrantwatch"
    return TestClient(module.app)


def test_index_lists_days_newest_first_with_counts(client):
    page = client.get("/").text
    assert page.index("2024-11-19") < page.index("2024-11-18")
    assert "1 critical · 1 info" in page
    assert "nothing new" in page


def test_serves_a_days_files(client):
    response = client.get("/day/2024-11-18/summary.html")
    assert response.status_code == 200
    assert "Summary 2024-11-18" in response.text
    assert client.get("/day/2024-11-18/alerts.jsonl").text.count("\n") == 2


def test_refuses_unknown_kinds_and_path_tricks(client):
    assert client.get("/day/2024-11-20/summary.html").status_code == 404
    assert client.get("/day/..%2F..%2Fetc/summary.html").status_code == 404
    assert client.get("/day/2024-11-18/passwd").status_code == 404
