"""Keyset pagination on a table's id: stable pages however large the table grows."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel.sql.expression import SelectOfScalar

T = TypeVar("T")


def keyset(
    query: SelectOfScalar[T], id_column: Any, *, limit: int, after: int | None
) -> SelectOfScalar[T]:
    """``limit + 1`` rows after ``after`` in id order (the extra row says a next page exists)."""
    query = query.order_by(id_column).limit(limit + 1)
    return query.where(id_column > after) if after is not None else query
