"""Platform payloads as plain JSON, for `RawMention.raw` and quarantine."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from collectors.base import Quarantined, RawMention, quarantine


def jsonable(value: Any) -> Any:
    """Client-library objects as plain JSON: mappings to dicts, sequences to lists,
    datetimes and `time.struct_time` to ISO strings, anything else unknown to `str`."""
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=UTC).isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def normalised_or_quarantined(
    platform: str, build: Callable[[], RawMention], item: Any, platform_id: str | None
) -> RawMention | Quarantined:
    """`build()`, or a quarantine entry when the item has a malformed field (a date that
    does not parse, a number that is text): one bad item never stops a batch."""
    try:
        return build()
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        reason = f"cannot normalise item: {type(exc).__name__}: {exc}"
        return quarantine(platform, reason, json.dumps(jsonable(item)), platform_id)
