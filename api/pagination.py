"""Keyset pagination: every list route takes ``limit`` and ``cursor`` and returns a Page."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Path, Query
from pydantic import BaseModel

from api.errors import Unprocessable

T = TypeVar("T")

MAX_ID = 2_147_483_647  # ids are 32-bit integers in PostgreSQL
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")]
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="The record's id.")]
CursorParam = Annotated[
    str | None,
    Query(
        max_length=200,
        pattern="^[A-Za-z0-9_-]+$",
        description="Opaque cursor from the previous page's next_cursor.",
    ),
]


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None


def encode_cursor(position: dict[str, Any]) -> str:
    raw = json.dumps(position, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> dict[str, Any] | None:
    if cursor is None:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        position = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise Unprocessable("cursor is not valid: pass next_cursor from a previous page") from None
    if not isinstance(position, dict):
        raise Unprocessable("cursor is not valid: pass next_cursor from a previous page")
    return position


def after_id(cursor: str | None) -> int | None:
    position = decode_cursor(cursor)
    if position is None:
        return None
    value = position.get("after")
    if not isinstance(value, int) or not 0 <= value <= MAX_ID:
        raise Unprocessable("cursor is not valid: pass next_cursor from a previous page")
    return value


def page_by_id(items: list[Any], limit: int, *, key: str = "id") -> tuple[list[Any], str | None]:
    """Given up to ``limit + 1`` rows ordered by id, the page and the next cursor."""
    if len(items) <= limit:
        return items, None
    page = items[:limit]
    return page, encode_cursor({"after": getattr(page[-1], key)})
