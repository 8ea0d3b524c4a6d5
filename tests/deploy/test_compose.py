"""The production-style compose file: no Docker engine runs here, so load it and check it."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.conftest import PROJECT_DIR

COMPOSE = PROJECT_DIR / "docker-compose.yaml"
AIRFLOW_SERVICES = {
    "airflow-apiserver": "api-server",
    "airflow-scheduler": "scheduler",
    "airflow-dag-processor": "dag-processor",
    "airflow-triggerer": "triggerer",
    "airflow-worker": "celery worker",
}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_has_every_service_of_the_official_stack(compose):
    services = compose["services"]
    assert set(AIRFLOW_SERVICES) | {"postgres", "redis", "airflow-init"} <= set(services)
    for name, command in AIRFLOW_SERVICES.items():
        assert services[name]["command"] == command, name
        assert "healthcheck" in services[name], name
        assert services[name]["depends_on"]["airflow-init"]["condition"] == "service_completed_successfully"
    assert services["airflow-worker"]["depends_on"]["airflow-apiserver"]["condition"] == "service_healthy"


def test_celery_executor_over_postgres_and_redis_with_examples_off(compose):
    for name in AIRFLOW_SERVICES:
        env = compose["services"][name]["environment"]
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql")
        assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "false"
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
        # `import warrantwatch` resolves the same way as in the venv: from include/.
        assert env["PYTHONPATH"] == "/opt/airflow/include"
        assert env["WARRANTWATCH_OUTPUT"] == "/opt/airflow/output"


def test_mounts_the_project_and_a_shared_output_folder(compose):
    for name in AIRFLOW_SERVICES:
        targets = {v.rsplit(":", 1)[1] for v in compose["services"][name]["volumes"]}
        assert {"/opt/airflow/dags", "/opt/airflow/plugins", "/opt/airflow/include",
                "/opt/airflow/output", "/opt/airflow/data"} <= targets, name
    for volume in compose["services"]["airflow-scheduler"]["volumes"]:
        source = volume.rsplit(":", 1)[0].replace("${AIRFLOW_PROJ_DIR:-.}", ".")
        if source.startswith("./") and source.split("/")[1] in {"dags", "plugins", "include"}:
            assert (PROJECT_DIR / source).is_dir(), f"mounted folder {source} does not exist"


def test_image_builds_from_the_pinned_airflow_and_requirements(compose):
    dockerfile = (PROJECT_DIR / "Dockerfile").read_text()
    pinned = re.search(r"^apache-airflow==(\S+)$", (PROJECT_DIR / "requirements.txt").read_text(), re.M)
    assert pinned, "requirements.txt must pin apache-airflow"
    assert f"FROM apache/airflow:{pinned.group(1)}-python3.11" in dockerfile
    assert "requirements.txt" in dockerfile
    init_sql = PROJECT_DIR / "deploy" / "postgres-init.sql"
    assert "CREATE DATABASE warrantwatch" in init_sql.read_text()
