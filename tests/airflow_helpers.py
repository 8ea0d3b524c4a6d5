"""Running real Airflow from tests: a migrated home per test, CLI calls, process-group cleanup."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
AIRFLOW = str(BIN / "airflow")
_TEMPLATE: Path | None = None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def airflow_env(home: Path, data: Path, output: Path, **extra: str) -> dict[str, str]:
    """Environment for Airflow processes using ``home`` and writing warrantwatch files to tmp."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "WARRANTWATCH"))}
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_DIR / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_DIR / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
            "WARRANTWATCH_DATA": str(data),
            "WARRANTWATCH_OUTPUT": str(output),
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        }
    )
    env.update(extra)
    return env


def migrated_home(home: Path, scratch: Path) -> Path:
    """A fresh Airflow home with a migrated SQLite DB (migrated once per session, then copied)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        template = scratch / "airflow-template"
        template.mkdir(parents=True, exist_ok=True)
        env = airflow_env(template, scratch / "d", scratch / "o")
        run = subprocess.run(
            [AIRFLOW, "db", "migrate"], env=env, capture_output=True, text=True, timeout=300
        )
        assert run.returncode == 0, f"airflow db migrate failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
        _TEMPLATE = template
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy2(_TEMPLATE / "airflow.db", home / "airflow.db")
    return home


def run_airflow(args: list[str], env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([AIRFLOW, *args], env=env, capture_output=True, text=True, timeout=timeout)


class ProcessGroup:
    """Long-running Airflow components, each in its own session; always stopped as whole groups."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env = env
        self.logs = logs
        self.procs: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, args: list[str]) -> None:
        self.logs.mkdir(parents=True, exist_ok=True)
        log = (self.logs / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            [AIRFLOW, *args], env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.procs.append((name, proc))

    def check_alive(self) -> None:
        for name, proc in self.procs:
            if proc.poll() is not None:
                raise AssertionError(f"airflow {name} exited with {proc.returncode}:\n{self.tail(name)}")

    def tail(self, name: str, chars: int = 4000) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace")[-chars:] if path.exists() else ""

    def stop(self) -> None:
        for _, proc in self.procs:
            _signal_group(proc, signal.SIGTERM)
        deadline = time.monotonic() + 20
        for _, proc in self.procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
        for _, proc in self.procs:
            _signal_group(proc, signal.SIGKILL)  # children too, even if the leader already left
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass

    def __enter__(self) -> ProcessGroup:
        # A SIGTERM to the test run (a CI timeout, Ctrl-C from a wrapper) must still stop the
        # components: turn it into SystemExit so __exit__ runs.
        self._previous = signal.signal(signal.SIGTERM, _raise_system_exit)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.stop()
        finally:
            signal.signal(signal.SIGTERM, self._previous)


def _raise_system_exit(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(proc.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def listed(env: dict[str, str], args: list[str]) -> list[dict]:
    """The JSON list an ``airflow … -o json`` command prints (after any log lines); [] on failure."""
    result = run_airflow(args, env, timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("[")]
    return json.loads(lines[-1]) if result.returncode == 0 and lines else []


def wait_for(predicate, timeout: float, what: str, group: ProcessGroup, interval: float = 3.0):
    """Poll ``predicate`` until it returns something truthy; fail with the components' log tails."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        group.check_alive()
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    tails = "\n".join(f"--- {name} ---\n{group.tail(name)}" for name, _ in group.procs)
    raise AssertionError(f"timed out waiting for {what}\n{tails}")
