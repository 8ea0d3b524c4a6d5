"""Where things live: the project's bundled data, the data folder and the output root.

Deployment settings come from the environment (so the same DAG runs locally, in tests and in the
compose stack); everything else is YAML under ``include/config``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from warrantwatch.models import Window

PACKAGE_DIR = Path(__file__).resolve().parent
INCLUDE_DIR = PACKAGE_DIR.parent
PROJECT_DIR = INCLUDE_DIR.parent
CONFIG_DIR = INCLUDE_DIR / "config"
REFERENCE_DIR = INCLUDE_DIR / "reference"
DEMO_DIR = INCLUDE_DIR / "demo"


@dataclass(frozen=True)
class Paths:
    """The folders one run reads and writes.

    ``data`` holds working state (raw archive, per-window work files, the fact store);
    ``output`` holds what people read (alerts, summaries, fact snapshots).
    """

    data: Path
    output: Path
    config: Path = CONFIG_DIR
    reference: Path = REFERENCE_DIR
    store_url: str | None = None  # SQLAlchemy URL; None means the SQLite file in ``data``

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Paths:
        env = dict(os.environ if env is None else env)
        return cls(
            data=Path(env.get("WARRANTWATCH_DATA", PROJECT_DIR / "data")).resolve(),
            output=Path(env.get("WARRANTWATCH_OUTPUT", PROJECT_DIR / "output")).resolve(),
            config=Path(env.get("WARRANTWATCH_CONFIG", CONFIG_DIR)).resolve(),
            reference=Path(env.get("WARRANTWATCH_REFERENCE", REFERENCE_DIR)).resolve(),
            store_url=env.get("WARRANTWATCH_STORE_URL") or None,
        )

    @property
    def archive(self) -> Path:
        return self.data / "archive"

    @property
    def state(self) -> Path:
        """Cross-run fetch state: conditional-GET validators, the seen-URL index, robots cache."""
        return self.data / "state"

    def work(self, window: Window) -> Path:
        """The window's working folder: intermediate files of every stage, keyed by window."""
        return self.data / "work" / window.key

    @property
    def sqlite_store(self) -> Path:
        return self.data / "facts.sqlite"

    def resolved_store_url(self) -> str:
        return self.store_url or f"sqlite:///{self.sqlite_store}"


# Files in a window's work folder (``Paths.work(window)``), one producer each:
FETCHED_FILE = "fetched.jsonl"  # fetch: FetchedPage rows, bodies in the raw archive
SOURCE_HEALTH_FILE = "source_health.json"  # fetch: per-source ok/failed, items, bytes, seconds
ARTICLES_FILE = "articles.jsonl"  # parse: Article rows (skipped pages keep their reason)
MENTIONS_FILE = "mentions.jsonl"  # tag: Mention rows
CHANGES_FILE = "changes.jsonl"  # diff: change records for the window


def day_output_files(output: Path, day: str) -> dict[str, Path]:
    """Where one day's alert and summary files live under an output root (the one layout the
    write stage produces and every reader looks up)."""
    return {
        "alerts_jsonl": output / "alerts" / f"{day}.jsonl",
        "alerts_md": output / "alerts" / f"{day}.md",
        "summary_md": output / "summaries" / f"{day}.md",
        "summary_html": output / "summaries" / f"{day}.html",
    }


def stats_file(stage: str) -> str:
    """Each stage leaves its counts here; the summary reads them all."""
    return f"{stage}.stats.json"
