"""INSERT ... ON CONFLICT DO UPDATE for SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel


def upsert(
    session: Session,
    model: type[SQLModel],
    rows: Sequence[dict[str, Any]],
    *,
    conflict: Sequence[str],
    update: Sequence[str],
    returning: Sequence[str] = (),
) -> list[Any]:
    """Insert ``rows``; where ``conflict`` columns clash, overwrite ``update`` columns (or,
    with none, keep the existing row).

    Rows must share their keys and not repeat a conflict key (PostgreSQL refuses to touch a
    row twice in one statement)."""
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = model.__table__  # type: ignore[attr-defined]
    # One statement with the rows as parameters (executemany / "insertmanyvalues"): it is
    # compiled once and cached, where a multi-VALUES literal would be compiled per batch.
    stmt = insert(table)
    if update:
        stmt = stmt.on_conflict_do_update(
            index_elements=list(conflict), set_={c: stmt.excluded[c] for c in update}
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(conflict))
    if returning:
        columns = [table.c[c] for c in returning]
        result = session.execute(stmt.returning(*columns, sort_by_parameter_order=True), list(rows))
        return list(result.all())
    session.execute(stmt, list(rows))
    return []
