"""A real scheduler: backfill three demo days and check three days of files.

Starts the api-server (the task execution API), the dag-processor and the scheduler with the
LocalExecutor on loopback, in a temporary AIRFLOW_HOME, each in its own process group, and
always stops the groups, also when the test fails.
"""

from __future__ import annotations

import json

import pytest

from tests.airflow_helpers import (
    ProcessGroup,
    airflow_env,
    free_port,
    listed,
    migrated_home,
    run_airflow,
    wait_for,
)

DAG_ID = "warrantwatch_daily"
DAYS = ["2024-11-18", "2024-11-19", "2024-11-20"]
pytestmark = [pytest.mark.scheduler, pytest.mark.slow]


def test_backfill_three_days_through_the_scheduler(tmp_path):
    home = migrated_home(tmp_path / "home", tmp_path)
    port = free_port()
    env = airflow_env(
        home,
        tmp_path / "data",
        tmp_path / "output",
        AIRFLOW__CORE__EXECUTOR="LocalExecutor",
        AIRFLOW__CORE__PARALLELISM="2",
        AIRFLOW__CORE__EXECUTION_API_SERVER_URL=f"http://127.0.0.1:{port}/execution/",
        AIRFLOW__API__BASE_URL=f"http://127.0.0.1:{port}",
        AIRFLOW__API__PORT=str(port),
        AIRFLOW__API_AUTH__JWT_SECRET="warrantwatch-test-jwt-secret-0123456789",
        AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT=str(free_port()),
        AIRFLOW__SCHEDULER__SCHEDULER_HEALTH_CHECK_SERVER_PORT=str(free_port()),
        AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL="5",
        AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION="True",
        # Only the backfill's runs: no scheduled run for "yesterday" competing with them.
        AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE="False",
    )
    with ProcessGroup(env, tmp_path / "logs") as group:
        group.start("api-server", ["api-server", "--host", "127.0.0.1", "--port", str(port)])
        group.start("dag-processor", ["dag-processor"])
        group.start("scheduler", ["scheduler"])

        def dag_state() -> dict | None:
            return {d["dag_id"]: d for d in listed(env, ["dags", "list", "-o", "json"])}.get(DAG_ID)

        # `dags unpause` exits 0 even for a DAG not parsed yet, so wait for it to be listed first.
        wait_for(dag_state, 180, "the dag-processor to register the DAG", group)
        unpaused = run_airflow(["dags", "unpause", DAG_ID], env, timeout=120)
        assert unpaused.returncode == 0, unpaused.stderr[-2000:]
        assert str(dag_state()["is_paused"]) == "False"
        for _attempt in range(3):
            created = run_airflow(
                ["backfill", "create", "--dag-id", DAG_ID, "--from-date", DAYS[0], "--to-date", DAYS[-1],
                 "--max-active-runs", "1"],
                env,
            )
            # SQLite lets one writer in at a time: on a busy 2-core machine the scheduler can hold the
            # metadata database past the client's lock timeout. That is a retry, not a failure.
            if created.returncode == 0 or "database is locked" not in created.stdout + created.stderr:
                break
        assert created.returncode == 0, created.stdout[-3000:] + created.stderr[-3000:]

        def backfill_finished():
            runs = [r for r in listed(env, ["dags", "list-runs", DAG_ID, "-o", "json"]) if r["run_id"].startswith("backfill__")]
            if len(runs) == len(DAYS) and all(r["state"] in {"success", "failed"} for r in runs):
                return runs
            return None

        runs = wait_for(backfill_finished, 900, "three backfill runs to finish", group, interval=5)
        assert sorted(r["state"] for r in runs) == ["success"] * len(DAYS), runs
        # On a data-interval timetable the logical date is the start of the window it covers.
        assert sorted(r["logical_date"][:10] for r in runs) == DAYS

    alert_ids: list[str] = []
    for day in DAYS:
        for name in (f"alerts/{day}.jsonl", f"alerts/{day}.md", f"summaries/{day}.md", f"summaries/{day}.html"):
            assert (tmp_path / "output" / name).is_file(), f"missing {name}"
        lines = (tmp_path / "output" / "alerts" / f"{day}.jsonl").read_text().splitlines()
        alert_ids += [json.loads(line)["id"] for line in lines if line.strip()]
    assert alert_ids, "three demo days produced no alert at all"
    assert len(alert_ids) == len(set(alert_ids)), "an alert was repeated on a later day"
