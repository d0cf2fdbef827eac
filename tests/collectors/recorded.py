"""Paths and loaders for the recorded platform payloads in tests/fixtures/recorded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RECORDED = Path(__file__).resolve().parent.parent / "fixtures" / "recorded"


def recorded_json(relative: str) -> Any:
    return json.loads((RECORDED / relative).read_text(encoding="utf-8"))


def recorded_path(relative: str) -> Path:
    return RECORDED / relative
