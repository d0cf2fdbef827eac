"""``foyer collect``: run collectors in the foreground."""

from __future__ import annotations

import time
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from sqlmodel import col, select

from cli.database import migrated_engine
from crm.db import session_scope
from crm.models import ListeningSource
from crm.models.listening import SourceStatus

console = Console(stderr=True)


def collect(
    once: Annotated[
        bool, typer.Option("--once", help="One pass over the sources, then stop.")
    ] = False,
    source: Annotated[str | None, typer.Option(help="Only this source (by name).")] = None,
    interval: Annotated[float, typer.Option(help="Seconds between passes without --once.")] = 60.0,
) -> None:
    """Collect from every active source (or one), save what is new, enrich it, and print a
    summary per source: new, duplicate, quarantined."""
    engine = migrated_engine()
    while True:
        with session_scope(engine) as session:
            query = select(ListeningSource).where(ListeningSource.status == SourceStatus.active)
            if source:
                query = select(ListeningSource).where(ListeningSource.name == source)
            targets = [
                (s.id, s.name) for s in session.exec(query.order_by(col(ListeningSource.id)))
            ]
        if source and not targets:
            console.print(f"no source named {source!r}", markup=False)
            raise typer.Exit(code=2)
        _one_pass(targets)
        if once:
            return
        time.sleep(interval)


def _one_pass(targets: list[tuple[int | None, str]]) -> None:
    from worker import collect_once

    table = Table("source", "status", "new", "duplicate", "quarantined", "note")
    with console.status("collecting...") as status:
        for source_id, name in targets:
            status.update(f"collecting {name}...")
            assert source_id is not None
            outcome = collect_once(source_id)
            if outcome is None:
                table.add_row(name, "not active", "-", "-", "-", "")
                continue
            r = outcome.report
            note = outcome.message or ""
            if outcome.retry_at:
                note = f"next try {outcome.retry_at.isoformat(timespec='seconds')} {note}"
            table.add_row(
                name, outcome.status, str(r.new), str(r.duplicates), str(r.quarantined), note
            )
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("collect")(collect)
