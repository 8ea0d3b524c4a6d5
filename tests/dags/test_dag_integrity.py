"""DAG integrity: it imports, it is wired as designed, and its policies hold."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest

from tests.conftest import PROJECT_DIR

DAG_ID = "warrantwatch_daily"
DAG_FILE = PROJECT_DIR / "dags" / "warrantwatch_daily.py"


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    # No include_examples: the argument is gone in Airflow 3.3; examples are off by config.
    return DagBag(dag_folder=str(PROJECT_DIR / "dags"))


@pytest.fixture(scope="module")
def dag(dagbag):
    return dagbag.dags[DAG_ID]


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}
    assert set(dagbag.dag_ids) == {DAG_ID}


def test_timetable_is_a_real_daily_interval(dag):
    from airflow.sdk import CronDataIntervalTimetable

    # A bare "@daily" is a trigger timetable in Airflow 3: zero-width windows that read nothing.
    assert isinstance(dag.timetable, CronDataIntervalTimetable)
    assert dag.timetable.expression == "0 0 * * *"
    assert str(dag.timetable.timezone) in {"UTC", "Timezone('UTC')"}


def test_tasks_are_one_chain_of_stages(dag):
    edges = {t.task_id: sorted(t.downstream_task_ids) for t in dag.tasks}
    assert edges == {"fetch": ["parse"], "parse": ["tag"], "tag": ["diff"], "diff": ["write"], "write": []}


def test_policies_retries_owner_tags_docs_params(dag):
    assert "warrantwatch" in dag.tags
    assert dag.doc_md
    assert "warrantwatch_daily" in dag.doc_md
    assert dag.catchup is False
    for task in dag.tasks:
        assert task.retries >= 2, task.task_id
        assert task.retry_exponential_backoff, task.task_id
        assert task.retry_delay >= timedelta(seconds=10), task.task_id
        assert task.owner == "warrantwatch", task.task_id
        assert task.doc_md, task.task_id
    assert set(dag.params) == {"profile", "date", "dry_run"}
    assert dag.params["profile"] == "demo"
    assert dag.params["dry_run"] is False


def _import_probe(code: str) -> dict:
    """Run ``code`` in a fresh interpreter (airflow.sdk already imported) and return its JSON."""
    prelude = "import json, sys, time\nimport airflow.sdk, pendulum\n"
    run = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, timeout=120, cwd=PROJECT_DIR
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_dag_file_is_cheap_to_parse():
    """The DAG file imports nothing heavy and takes well under 0.5 s on top of airflow.sdk."""
    result = _import_probe(
        "import importlib.util\n"
        "before = set(sys.modules)\n"
        "best = 9.9\n"
        f"spec = importlib.util.spec_from_file_location('dagfile', {str(DAG_FILE)!r})\n"
        "for _ in range(3):\n"
        "    module = importlib.util.module_from_spec(spec)\n"
        "    t = time.perf_counter(); spec.loader.exec_module(module); best = min(best, time.perf_counter() - t)\n"
        "print(json.dumps({'seconds': best, 'new': sorted(set(sys.modules) - before)}))\n"
    )
    heavy = {"pandas", "requests", "lxml", "bs4", "trafilatura", "feedparser", "dateparser", "datasketch",
             "pyarrow", "numpy", "yaml", "warrantwatch.fetch", "warrantwatch.parse", "warrantwatch.tag",
             "warrantwatch.store", "warrantwatch.diff", "warrantwatch.write"}
    loaded_heavy = heavy & {name for name in result["new"]}
    assert not loaded_heavy, f"DAG file imports heavy modules at top level: {sorted(loaded_heavy)}"
    assert result["seconds"] < 0.5, f"DAG file import took {result['seconds']:.3f}s"
