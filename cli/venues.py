"""``foyer venues add|list``: the organisation's own venues, as people name them online."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from sqlmodel import col, select

from cli.database import migrated_engine
from crm.db import session_scope
from crm.models import Venue

console = Console(stderr=True)
venues_app = typer.Typer(no_args_is_help=True, help="The venues whose names mark theatre talk.")


@venues_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="e.g. 'Lyceum Playhouse'")],
    alias: Annotated[list[str] | None, typer.Option(help="Another name; repeat.")] = None,
    handle: Annotated[list[str] | None, typer.Option(help="@handle or #hashtag; repeat.")] = None,
    city: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Add a venue (or replace the aliases and handles of one with that name)."""
    with session_scope(migrated_engine()) as session:
        venue = session.exec(select(Venue).where(Venue.name == name)).first() or Venue(name=name)
        venue.aliases, venue.handles, venue.city = list(alias or []), list(handle or []), city
        session.add(venue)
    console.print(f"venue {name}: aliases {venue.aliases}, handles {venue.handles}", markup=False)


@venues_app.command("list")
def list_venues() -> None:
    """List venues with their aliases and handles."""
    with session_scope(migrated_engine()) as session:
        for venue in session.exec(select(Venue).order_by(col(Venue.name))):
            typer.echo(f"{venue.name}\t{'|'.join(venue.aliases)}\t{'|'.join(venue.handles)}")


def register(app: typer.Typer) -> None:
    app.add_typer(venues_app, name="venues")
