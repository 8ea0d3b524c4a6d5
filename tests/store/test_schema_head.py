"""``store.SCHEMA_HEAD`` lets an up-to-date store skip importing Alembic; it must name the head."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from tests.diff import scenario
from warrantwatch.store import MIGRATIONS_DIR, SCHEMA_HEAD, locked_store

PROJECT = Path(__file__).resolve().parents[2]


def test_schema_head_is_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_up_to_date_store_opens_without_importing_alembic(tmp_path: Path) -> None:
    paths = scenario.make_paths(tmp_path)
    with locked_store(paths) as store:
        assert store.revision() == SCHEMA_HEAD
    probe = (
        "import sys; from pathlib import Path; from tests.diff import scenario; "
        "from warrantwatch.store import locked_store; "
        f"paths = scenario.make_paths(Path({str(tmp_path)!r})); "
        "store = locked_store(paths).__enter__(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
