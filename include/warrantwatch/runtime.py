"""The small bridge between an Airflow task and a pipeline stage.

Kept out of the DAG file so the DAG only wires tasks, and so the rules for "which window does
this run cover" are tested without Airflow.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from warrantwatch.models import Window
from warrantwatch.settings import Paths

ONE_DAY = timedelta(days=1)


def window_for_run(
    data_interval_start: datetime | None,
    data_interval_end: datetime | None,
    day_override: str | None = None,
) -> Window:
    """The UTC day a run covers: ``day_override`` (a manual run's ``date`` param) or the interval.

    The interval must be exactly one UTC day starting at midnight: Airflow 3's default trigger
    timetables give a zero-width interval, which would read nothing without anyone noticing.
    """
    if day_override:
        try:
            return Window.for_day(day_override)
        except ValueError:
            raise ValueError(f"param 'date' must be YYYY-MM-DD, got {day_override!r}") from None
    if data_interval_start is None or data_interval_end is None:
        raise ValueError("this run has no data interval; trigger it with the 'date' param (YYYY-MM-DD)")
    start = data_interval_start.astimezone(UTC)
    end = data_interval_end.astimezone(UTC)
    if end - start != ONE_DAY or start.time() != datetime.min.time():
        raise ValueError(
            f"expected a one-day UTC interval starting at midnight, got [{start.isoformat()}, "
            f"{end.isoformat()}); is the DAG's timetable a CronDataIntervalTimetable('0 0 * * *')?"
        )
    return Window(start, end)


def stage_params(stage: str, params: dict[str, Any]) -> dict[str, Any]:
    """The run's Params that a stage takes (fetch: profile; diff and write: dry_run)."""
    if stage == "fetch":
        return {"profile": params.get("profile") or "demo"}
    if stage in {"diff", "write"}:
        return {"dry_run": bool(params.get("dry_run", False))}
    return {}


def run_task(stage: str, context: dict[str, Any]) -> dict[str, Any]:
    """Run ``stage`` for the task's window; returns the stage's small summary (the task's XCom)."""
    from warrantwatch.pipeline import run_stage

    params = dict(context.get("params") or {})
    window = window_for_run(
        context.get("data_interval_start"), context.get("data_interval_end"), params.get("date")
    )
    summary = run_stage(stage, window, Paths.from_env(), **stage_params(stage, params))
    return {"window": window.key, **summary}
