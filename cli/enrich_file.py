"""`foyer enrich-file`: offline enrichment of a JSON Lines file of mentions."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console

from cli.progress import file_progress
from enrichment import Catalogue, Enricher
from enrichment.files import enrich_stream, load_identities, load_productions

_PROGRESS_EVERY = 256


def register(app: typer.Typer) -> None:
    """Add the `enrich-file` command to `app`."""
    app.command("enrich-file")(enrich_file)


def enrich_file(
    source: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    productions: Annotated[
        Path | None, typer.Option(exists=True, dir_okay=False, help="productions.csv")
    ] = None,
    identities: Annotated[
        Path | None, typer.Option(exists=True, dir_okay=False, help="identities.csv")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Output JSONL (default: stdout).")
    ] = None,
) -> None:
    """Enrich IN.jsonl (one mention per line: id, text, created_at?, platform?, author?) into
    JSON Lines: language, sentiment, touchpoints, keywords, productions, patron. Bad lines
    are reported with their number and skipped."""
    console = Console(stderr=True)
    catalogue = Catalogue(
        productions=load_productions(productions) if productions else (),
        identities=load_identities(identities) if identities else (),
    )
    enricher = Enricher(catalogue)

    def bad_line(number: int, reason: str) -> None:
        console.print(f"{source.name}:{number}: skipped, {reason}", markup=False, highlight=False)

    with ExitStack() as stack:
        out: IO[str] = (
            stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        )
        lines = stack.enter_context(source.open(encoding="utf-8"))
        progress = stack.enter_context(file_progress(console, source))
        stats = enrich_stream(enricher, _counted(lines, progress), out, bad_line)
    console.print(
        f"{stats.written:,} mentions enriched, {stats.bad:,} bad lines skipped "
        f"({stats.read:,} read)",
        highlight=False,
    )


def _counted(lines: IO[str], progress: Callable[[int], None] | None) -> Iterator[str]:
    """Yield lines, reporting characters read to the progress bar now and then."""
    done = 0
    for number, line in enumerate(lines, start=1):
        done += len(line)
        if progress is not None and number % _PROGRESS_EVERY == 0:
            progress(done)
        yield line
    if progress is not None:
        progress(done)
