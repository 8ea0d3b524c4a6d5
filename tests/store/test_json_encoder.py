"""The store's reusable JSON encoders give exactly json.dumps's bytes (reruns stay identical)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from warrantwatch import store
from warrantwatch.fileio import dumps_line

VALUES: list[Any] = [
    None,
    "plain",
    "Zürich «quote» 北京 \"q\" back\\slash\nnew\ttab \u2028",
    [1, 2.5, -0.0, 1e300, True, False, None],
    {"b": {"z": 1, "a": [{"y": "é", "x": None}]}, "a": "", "10": 1, "9": 2},
    {"claims": {"planned": 2, "cancelled": 1}, "status_dates": {}},
    [],
    {},
]


@pytest.mark.parametrize("accelerated", [True, False])
def test_encoders_match_json_dumps(accelerated: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not accelerated:  # a Python without the C accelerator takes the fallback
        monkeypatch.setattr(json.encoder, "c_make_encoder", None)
    ascii_encode = store.json_encoder(ensure_ascii=True)
    unicode_encode = store.json_encoder(ensure_ascii=False)
    line_encode = store.json_encoder(ensure_ascii=False, compact=True)
    for value in VALUES:
        assert ascii_encode(value) == json.dumps(value, sort_keys=True)
        assert unicode_encode(value) == json.dumps(value, sort_keys=True, ensure_ascii=False)
        if isinstance(value, dict):
            assert line_encode(value) == dumps_line(value)
