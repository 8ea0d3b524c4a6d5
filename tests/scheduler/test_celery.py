"""Distributed execution as in the compose stack: CeleryExecutor over real Redis and PostgreSQL.

Everything runs on loopback: a throwaway PostgreSQL server (Airflow's metadata, Celery's
results and the warrantwatch fact store, each in its own database), a Redis broker, and the
api-server, dag-processor, scheduler and a Celery worker. The worker, not the scheduler, runs
the tasks; the test checks the day's files and that the worker executed every task.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid

import pytest

from tests.airflow_helpers import ProcessGroup, airflow_env, free_port, listed, run_airflow, wait_for

DAG_ID = "warrantwatch_daily"
DAY = "2024-11-18"
TASKS = ("fetch", "parse", "tag", "diff", "write")
pytestmark = [pytest.mark.scheduler, pytest.mark.postgres, pytest.mark.slow]


def _create_database(pg_server, name: str) -> str:
    conn = pg_server.admin()
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return f"{pg_server.user}@{pg_server.host}:{pg_server.port}/{name}"


def test_celery_worker_runs_a_day_over_redis_and_postgres(tmp_path, pg_server):
    redis_server = shutil.which("redis-server")
    assert redis_server, "redis-server not found: apt-get install -y redis-server (CI's .ci/run does)"
    suffix = uuid.uuid4().hex[:8]
    meta = _create_database(pg_server, f"airflow_{suffix}")
    facts = _create_database(pg_server, f"facts_{suffix}")
    redis_port, api_port = free_port(), free_port()
    home = tmp_path / "home"
    home.mkdir()
    env = airflow_env(
        home,
        tmp_path / "data",
        tmp_path / "output",
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"postgresql+psycopg2://{meta}",
        AIRFLOW__CORE__EXECUTOR="CeleryExecutor",
        AIRFLOW__CELERY__BROKER_URL=f"redis://127.0.0.1:{redis_port}/0",
        AIRFLOW__CELERY__RESULT_BACKEND=f"db+postgresql://{meta}",
        AIRFLOW__CELERY__WORKER_CONCURRENCY="2",
        AIRFLOW__CORE__PARALLELISM="2",
        AIRFLOW__CORE__EXECUTION_API_SERVER_URL=f"http://127.0.0.1:{api_port}/execution/",
        AIRFLOW__API__BASE_URL=f"http://127.0.0.1:{api_port}",
        AIRFLOW__API_AUTH__JWT_SECRET="warrantwatch-test-jwt-secret-0123456789",
        AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT=str(free_port()),
        AIRFLOW__CELERY__WORKER_LOG_SERVER_PORT=str(free_port()),
        AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL="5",
        AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION="True",
        AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE="False",
        # The fact store on PostgreSQL too, as in production.
        WARRANTWATCH_STORE_URL=f"postgresql+psycopg2://{facts}",
    )
    migrate = run_airflow(["db", "migrate"], env, timeout=600)
    assert migrate.returncode == 0, migrate.stdout[-3000:] + migrate.stderr[-3000:]

    with ProcessGroup(env, tmp_path / "logs") as group:
        redis_log = (tmp_path / "redis.log").open("wb")
        redis = subprocess.Popen(
            [redis_server, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=redis_log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        group.procs.append(("redis", redis))
        group.start("api-server", ["api-server", "--host", "127.0.0.1", "--port", str(api_port)])
        group.start("dag-processor", ["dag-processor"])
        group.start("scheduler", ["scheduler"])
        group.start("celery-worker", ["celery", "worker", "--concurrency", "2"])

        def registered():
            return any(d["dag_id"] == DAG_ID for d in listed(env, ["dags", "list", "-o", "json"]))

        wait_for(registered, 240, "the DAG to be registered", group)
        assert run_airflow(["dags", "unpause", DAG_ID], env).returncode == 0
        created = run_airflow(["backfill", "create", "--dag-id", DAG_ID, "--from-date", DAY, "--to-date", DAY], env)
        assert created.returncode == 0, created.stdout[-3000:] + created.stderr[-3000:]

        def finished():
            runs = [r for r in listed(env, ["dags", "list-runs", DAG_ID, "-o", "json"])
                    if r["run_id"].startswith("backfill__")]
            return runs if runs and all(r["state"] in {"success", "failed"} for r in runs) else None

        runs = wait_for(finished, 900, "the backfill run to finish", group, interval=5)
        assert [r["state"] for r in runs] == ["success"], f"{runs}\n{group.tail('celery-worker')}"
        worker_log = (tmp_path / "logs" / "celery-worker.log").read_text(errors="replace")

    for task_id in TASKS:
        assert f"task_id='{task_id}'" in worker_log or f"'{task_id}'" in worker_log, (
            f"the Celery worker did not run {task_id}:\n{worker_log[-3000:]}"
        )
    alerts = (tmp_path / "output" / "alerts" / f"{DAY}.jsonl").read_text().splitlines()
    assert alerts, "the distributed run wrote no alert for the demo's first day"
    assert (tmp_path / "output" / "summaries" / f"{DAY}.html").is_file()
