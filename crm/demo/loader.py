"""Write the demo into an empty database, fast: Core executemany in chunks, explicit ids."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from sqlalchemy import func, insert, select, text
from sqlmodel import Session

from crm.demo.config import VENUE, VENUE_HANDLE, VENUE_HASHTAG, DemoConfig, Row
from crm.demo.dataset import Part, build_dataset, table_of
from crm.models import (
    ListCode,
    ListeningSource,
    Mention,
    Order,
    Patron,
    Production,
    SocialIdentity,
    Venue,
)

logger = logging.getLogger(__name__)
CHUNK = 5_000
# Tables the demo fills with its own ids: they must start empty.
MUST_BE_EMPTY = (Patron, Production, Order, SocialIdentity, Mention, ListeningSource)
Advance = Callable[[str, int], None]


def load_demo(
    *, session: Session, config: DemoConfig, console: Console | None = None
) -> dict[str, int]:
    """Fill an empty database with the demo venue; returns row counts per part (and tickets).

    Raises ValueError when the database already has patrons (or other demo-owned rows).
    Never commits: the caller does.
    """
    _refuse_non_empty(session)
    with _status(console, "generating demo data"):
        parts = [_without_known_codes(session, part) for part in build_dataset(config)]
    with _progress(console, sum(len(p.rows) for p in parts)) as advance:
        for part in parts:
            _insert(session, part, advance)
    if session.get_bind().dialect.name == "postgresql":
        _reset_sequences(session, parts)
    if session.execute(select(Venue.id).where(Venue.name == VENUE)).first() is None:  # type: ignore[call-overload]
        session.add(
            Venue(
                name=VENUE,
                aliases=["Lyceum"],
                handles=[VENUE_HANDLE, VENUE_HASHTAG],
                city="Perpignan",
            )
        )
    counts = {part.name: len(part.rows) for part in parts}
    counts["tickets"] = sum(line["quantity"] for line in _rows(parts, "order_lines"))
    logger.info("demo data loaded (seed %s): %s", config.seed, counts)
    return counts


def _refuse_non_empty(session: Session) -> None:
    for model in MUST_BE_EMPTY:
        table = table_of(model)
        if session.execute(select(func.count()).select_from(table)).scalar_one():
            raise ValueError(
                f"the database already has rows in {table.name!r}; "
                "the demo loads only into an empty database"
            )


def _without_known_codes(session: Session, part: Part) -> Part:
    """List codes may exist before any patron does; keep them and add only the missing ones."""
    codes = table_of(ListCode)
    if part.table is not codes:
        return part
    known = set(session.execute(select(codes.c.code)).scalars())
    return Part(part.name, part.table, [r for r in part.rows if r["code"] not in known])


def _rows(parts: list[Part], name: str) -> list[Row]:
    return next(part.rows for part in parts if part.name == name)


def _insert(session: Session, part: Part, advance: Advance) -> None:
    for start in range(0, len(part.rows), CHUNK):
        chunk = part.rows[start : start + CHUNK]
        session.execute(insert(part.table), chunk)
        advance(part.name, len(chunk))


def _reset_sequences(session: Session, parts: list[Part]) -> None:
    """Explicit ids leave PostgreSQL's sequences behind; move them past the demo's ids."""
    for part in parts:
        if "id" in part.table.c and part.rows and "id" in part.rows[0]:
            name = part.table.name  # a table name of ours, never user input
            sequence = f"pg_get_serial_sequence('{name}', 'id')"
            session.execute(text(f"SELECT setval({sequence}, (SELECT MAX(id) FROM {name}))"))


@contextmanager
def _status(console: Console | None, message: str) -> Iterator[None]:
    if console is None or not console.is_terminal:
        yield
        return
    with console.status(message):
        yield


@contextmanager
def _progress(console: Console | None, total: int) -> Iterator[Advance]:
    """A progress bar on a terminal; silence otherwise."""
    if console is None or not console.is_terminal:
        yield lambda _name, _done: None
        return
    columns = (TextColumn("demo: {task.description:<18}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("writing", total=total)
        yield lambda name, done: progress.update(task, description=name, advance=done)
