"""Airflow UI plugin: an "Alerts" page listing each day's alert and summary files.

Read-only; everything it shows comes from the output folder the DAG writes
(``WARRANTWATCH_OUTPUT``). The logic lives in ``warrantwatch.browse``.
"""

from __future__ import annotations

from airflow.plugins_manager import AirflowPlugin
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse, HTMLResponse

from warrantwatch import browse
from warrantwatch.settings import Paths

_MEDIA = {
    "summary.html": "text/html; charset=utf-8",
    "summary.md": "text/markdown; charset=utf-8",
    "alerts.md": "text/markdown; charset=utf-8",
    "alerts.jsonl": "application/jsonl; charset=utf-8",
}

app = FastAPI(title="warrantwatch alerts", description="Daily alert and summary files.")


@app.get("/", response_class=HTMLResponse)
def index() -> str:
    return browse.render_index(browse.list_days(Paths.from_env().output))


@app.get("/day/{day}/{kind}")
def day_file(day: str, kind: str) -> FileResponse:
    path = browse.day_file(Paths.from_env().output, day, kind)
    if path is None:
        raise HTTPException(status_code=404, detail=f"no {kind} for {day}")
    return FileResponse(path, media_type=_MEDIA[kind])


class WarrantwatchPlugin(AirflowPlugin):
    name = "warrantwatch"
    fastapi_apps = [{"app": app, "url_prefix": "/warrantwatch", "name": "warrantwatch alerts"}]
    external_views = [
        {
            "name": "Alerts",
            "href": "warrantwatch/",
            "destination": "nav",
            "category": "browse",
            "url_route": "warrantwatch",
        }
    ]
