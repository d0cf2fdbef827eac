"""``foyer sources add|list|pause|resume|remove``: listening sources from the terminal."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import Engine
from sqlmodel import col, select

from cli.database import migrated_engine
from crm.db import session_scope
from crm.listening import sources as service
from crm.models import ListeningSource
from crm.models.listening import SourceStatus

console = Console(stderr=True)
sources_app = typer.Typer(no_args_is_help=True, help="Manage listening sources.")


def _engine() -> Engine:
    return migrated_engine()


def _options(pairs: list[str]) -> dict[str, str]:
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"{pair!r} is not key=value", param_hint="--option")
        options[key.strip()] = value.strip()
    return options


@sources_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="A unique name.")],
    kind: Annotated[str, typer.Option(help=", ".join(service.KINDS))],
    query: Annotated[str | None, typer.Option(help="Keywords or boolean query.")] = None,
    term: Annotated[
        list[str] | None, typer.Option(help="Hashtag, subreddit, account id or feed URL; repeat.")
    ] = None,
    option: Annotated[
        list[str] | None, typer.Option(help="key=value, e.g. instance=https://mastodon.social")
    ] = None,
    production_id: Annotated[
        int | None, typer.Option(help="Tie the source to a production.")
    ] = None,
    interval: Annotated[int, typer.Option(help="Seconds between runs.", min=30)] = 900,
) -> None:
    """Add a listening source (credentials come from settings, never from here)."""
    try:
        with session_scope(_engine()) as session:
            source = service.add_source(
                session=session,
                name=name,
                kind=kind,
                query=query,
                terms=term or [],
                options=_options(option or []),
                production_id=production_id,
                interval_seconds=interval,
            )
            console.print(f"added source {source.name} ({source.kind}), id {source.id}")
    except service.SourceError as exc:
        console.print(str(exc), markup=False)
        raise typer.Exit(code=2) from None


@sources_app.command("list")
def list_sources() -> None:
    """List sources with their status and last run."""
    table = Table("id", "name", "kind", "status", "last run", "next run", "reason")
    with session_scope(_engine()) as session:
        for s in session.exec(select(ListeningSource).order_by(col(ListeningSource.id))):
            table.add_row(
                str(s.id),
                s.name,
                s.kind,
                s.status,
                s.last_run_at.isoformat(timespec="seconds") if s.last_run_at else "-",
                s.next_run_at.isoformat(timespec="seconds") if s.next_run_at else "-",
                s.status_reason or s.last_error or "",
            )
    Console().print(table)


def _set(name: str, status: str, reason: str | None) -> None:
    try:
        with session_scope(_engine()) as session:
            source = service.get_by_name(session=session, name=name)
            service.set_status(session=session, source=source, status=status, reason=reason)
    except service.SourceError as exc:
        console.print(str(exc), markup=False)
        raise typer.Exit(code=2) from None
    console.print(f"{name}: {status}")


@sources_app.command("pause")
def pause(name: str) -> None:
    """Stop collecting from a source (its cursor is kept)."""
    _set(name, SourceStatus.paused, "paused from the command line")


@sources_app.command("resume")
def resume(name: str) -> None:
    """Collect from a paused source again, from where it stopped."""
    _set(name, SourceStatus.active, None)


@sources_app.command("remove")
def remove(name: str) -> None:
    """Remove a source. The mentions it caught stay."""
    try:
        with session_scope(_engine()) as session:
            session.delete(service.get_by_name(session=session, name=name))
    except service.SourceError as exc:
        console.print(str(exc), markup=False)
        raise typer.Exit(code=2) from None
    console.print(f"removed {name}")


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")
