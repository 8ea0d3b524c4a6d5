"""Which window a run covers (pure logic, no Airflow)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from warrantwatch.models import Window
from warrantwatch.runtime import stage_params, window_for_run


def test_interval_of_one_day_gives_that_day():
    window = window_for_run(datetime(2024, 11, 18, tzinfo=UTC), datetime(2024, 11, 19, tzinfo=UTC))
    assert window.key == "2024-11-18"
    assert window.contains(datetime(2024, 11, 18, 23, 59, 59, tzinfo=UTC))
    assert not window.contains(datetime(2024, 11, 19, tzinfo=UTC))
    assert not window.contains(datetime(2024, 11, 17, 23, 59, 59, tzinfo=UTC))


def test_zero_width_interval_is_refused_with_a_hint():
    moment = datetime(2024, 11, 18, tzinfo=UTC)
    with pytest.raises(ValueError, match="CronDataIntervalTimetable"):
        window_for_run(moment, moment)


def test_interval_not_aligned_to_midnight_is_refused():
    with pytest.raises(ValueError, match="one-day UTC interval"):
        window_for_run(datetime(2024, 11, 18, 6, tzinfo=UTC), datetime(2024, 11, 19, 6, tzinfo=UTC))


def test_date_param_overrides_the_interval_and_is_validated():
    assert window_for_run(None, None, "2024-11-20") == Window.for_day("2024-11-20")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        window_for_run(None, None, "20 November")
    with pytest.raises(ValueError, match="no data interval"):
        window_for_run(None, None, None)


def test_stage_params_route_profile_and_dry_run():
    params = {"profile": "live", "dry_run": True, "date": None}
    assert stage_params("fetch", params) == {"profile": "live"}
    assert stage_params("diff", params) == {"dry_run": True}
    assert stage_params("write", params) == {"dry_run": True}
    assert stage_params("parse", params) == {}


def test_window_from_pendulum_bounds_stays_timezone_aware_under_arithmetic():
    import pendulum

    window = window_for_run(pendulum.datetime(2024, 11, 18, tz="UTC"), pendulum.datetime(2024, 11, 19, tz="UTC"))
    assert type(window.end) is datetime
    later = window.end + timedelta(days=1)
    assert later.tzinfo is not None
    assert later > datetime(2024, 11, 19, tzinfo=UTC)
