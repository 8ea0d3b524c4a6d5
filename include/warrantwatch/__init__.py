"""warrantwatch: news monitoring for heads-of-state visits and international arrest warrants.

One module per pipeline stage (fetch, parse, tag, diff, write); plain functions over the small
records in :mod:`warrantwatch.models`, testable without Airflow.
"""

from __future__ import annotations

__version__ = "0.1.0"
