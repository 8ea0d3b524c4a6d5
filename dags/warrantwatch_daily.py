"""
### warrantwatch_daily

Every day, for the UTC day that just ended: **fetch** the configured news sources, **parse** the
pages into clean articles, **tag** visits by heads of state and ICC arrest warrants, **diff** them
against the stored facts, and **write** the day's alert and summary files.

- Window: `[data_interval_start, data_interval_end)`, exactly one UTC day (an explicit
  `CronDataIntervalTimetable`; a bare `"@daily"` would give a zero-width interval in Airflow 3).
- Files: `$WARRANTWATCH_OUTPUT/alerts/YYYY-MM-DD.{jsonl,md}`, `summaries/YYYY-MM-DD.{md,html}`,
  `alerts/feed.xml`, `facts/facts.csv`. Re-running a day rewrites the same bytes.
- Manual runs: set `date` to process one day, `profile` to pick the sources, `dry_run` to
  compute alerts without storing facts.

All logic lives in the `warrantwatch` package (`include/warrantwatch/`); tasks pass only small
summaries through XCom.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import CronDataIntervalTimetable, Param, chain, dag, task

from warrantwatch.runtime import run_task


@dag(
    dag_id="warrantwatch_daily",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2024, 11, 18, tz="UTC"),
    catchup=False,
    # Runs share the fetch state (seen URLs, conditional-GET validators); backfills may still
    # ask for more, and the fact store serialises its own writers.
    max_active_runs=1,
    doc_md=__doc__,
    default_args={
        "owner": "warrantwatch",
        "retries": 2,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=10),
    },
    params={
        "profile": Param(
            os.environ.get("WARRANTWATCH_PROFILE", "demo"),
            type="string",
            enum=["demo", "live"],
            title="Sources profile",
            description="demo: the bundled offline news sites; live: the configured real sources.",
        ),
        "date": Param(
            None,
            type=["null", "string"],
            title="Day (YYYY-MM-DD)",
            description="Process this UTC day instead of the run's data interval.",
        ),
        "dry_run": Param(False, type="boolean", title="Dry run", description="Do not store facts."),
    },
    tags=["warrantwatch", "news", "icc"],
)
def warrantwatch_daily():
    @task(doc_md="Fetch the window's items from every enabled source into the raw archive.")
    def fetch(**context):
        return run_task("fetch", context)

    @task(doc_md="Parse archived pages into clean articles; group wire copies.")
    def parse(**context):
        return run_task("parse", context)

    @task(doc_md="Tag visits and warrants, with status, date and the sentence as evidence.")
    def tag(**context):
        return run_task("tag", context)

    @task(doc_md="Compare the window's mentions with the stored facts; emit change records.")
    def diff(**context):
        return run_task("diff", context)

    @task(doc_md="Write the day's alerts (JSONL, Markdown, Atom) and summary (Markdown, HTML).")
    def write(**context):
        return run_task("write", context)

    chain(fetch(), parse(), tag(), diff(), write())


warrantwatch_daily()
