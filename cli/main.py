"""``foyer``: serve the API, run the worker, import ticketing data, load demo data, manage
API keys and listening sources, collect, and enrich files offline."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cli import collect, enrich_file, sources, venues
from cli.database import migrated_engine
from cli.progress import file_progress
from crm import apikeys
from crm.db import session_scope
from settings import get_settings

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
apikey_app = typer.Typer(no_args_is_help=True, help="Create, list and revoke API keys.")
app.add_typer(apikey_app, name="apikey")
console = Console(stderr=True)


@app.command()
def migrate() -> None:
    """Apply database migrations."""
    migrated_engine(get_settings())
    console.print("database is up to date")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Default: FOYER_HOST")] = None,
    port: Annotated[int | None, typer.Option(help="Default: FOYER_PORT")] = None,
    demo: Annotated[
        bool | None, typer.Option(help="Load demo data into an empty database.")
    ] = None,
) -> None:
    """Migrate, load demo data on first start, and serve the API (with an in-process worker
    when no broker is configured)."""
    import uvicorn

    from api.app import create_app
    from cli.bootstrap import bootstrap

    settings = get_settings()
    engine = migrated_engine(settings)
    bootstrap(
        engine, settings, load_demo=settings.load_demo if demo is None else demo, console=console
    )
    stop = threading.Event()
    if settings.embedded_worker:
        from worker import start_embedded_scheduler

        start_embedded_scheduler(stop)
        console.print("embedded worker: enriching and collecting inside this process")
    uvicorn.run(
        create_app(settings, engine=engine),
        host=host or settings.host,
        port=port or settings.port,
        log_level=settings.log_level.lower(),
        access_log=False,  # api.access_log logs requests without query strings
    )
    stop.set()


@app.command("demo")
def demo_command(
    patrons: Annotated[int, typer.Option(help="How many patrons (scale for benchmarks).")] = 20_000,
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same data.")] = 42,
) -> None:
    """Load a deterministic demo venue: three seasons of productions, patrons, tickets and
    social mentions. Refuses a database that already has patrons."""
    from crm.demo import DemoConfig, load_demo

    engine = migrated_engine(get_settings())
    try:
        with session_scope(engine) as session:
            counts = load_demo(
                session=session, config=DemoConfig(seed=seed, patrons=patrons), console=console
            )
    except ValueError as exc:
        console.print(str(exc), markup=False)
        raise typer.Exit(code=2) from None
    if get_settings().embedded_worker:
        from worker import enrich_pending

        with console.status("enriching the demo mentions..."):
            enrich_pending()
    console.print("demo data loaded: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))


@app.command("import")
def import_command(
    kind: Annotated[str, typer.Argument(help="patrons | productions | performances | orders")],
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    system: Annotated[str, typer.Option(help="Ticketing system the ids belong to.")] = "csv",
) -> None:
    """Import a ticketing CSV export (columns: see examples/README.md). All or nothing: a bad
    row refuses the whole file, naming file, line and column."""
    from crm.ticketing import ImportFailed, import_csv

    engine = migrated_engine(get_settings())
    try:
        with session_scope(engine) as session, file_progress(console, file) as progress:
            report = import_csv(
                session=session, kind=kind, path=file, system=system, progress=progress
            )
    except ImportFailed as exc:
        console.print(f"[red]{exc}[/red]", highlight=False, markup=False)
        raise typer.Exit(code=1) from None
    except ValueError as exc:
        console.print(str(exc), markup=False)
        raise typer.Exit(code=2) from None
    console.print(
        f"{report.file}: {report.rows:,} rows; {report.created:,} created, {report.updated:,} "
        f"updated, {report.merged:,} merged as the same person, {report.written:,} lines written, "
        f"{report.skipped_erased:,} skipped (erased on request)",
        highlight=False,
    )


@apikey_app.command("create")
def apikey_create(
    name: Annotated[str, typer.Option(help="Who or what uses this key.")],
    scope: Annotated[list[str], typer.Option(help="Repeat for each scope; 'admin' = all.")],
) -> None:
    """Create an API key. Its token is printed once and never stored."""
    engine = migrated_engine(get_settings())
    try:
        with session_scope(engine) as session:
            key, token = apikeys.create_api_key(session=session, name=name, scopes=scope)
    except apikeys.UnknownScope as exc:
        console.print(str(exc), markup=False)
        raise typer.Exit(code=2) from None
    console.print(f"created key {key.prefix} with scopes {', '.join(key.scopes)}; the token:")
    typer.echo(token)


@apikey_app.command("list")
def apikey_list() -> None:
    """List API keys (prefixes and scopes, never tokens)."""
    from sqlmodel import select

    from crm.models import ApiKey

    engine = migrated_engine(get_settings())
    with session_scope(engine) as session:
        for key in session.exec(select(ApiKey)):
            state = "revoked" if key.revoked_at else "active"
            typer.echo(f"{key.prefix}\t{key.name}\t{','.join(key.scopes)}\t{state}")


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(help="Worker processes.")] = 2,
    beat: Annotated[
        bool, typer.Option(help="Also run the scheduler (one per deployment).")
    ] = False,
) -> None:
    """Run a Celery worker against FOYER_BROKER_URL (the distributed mode)."""
    from worker import celery_app

    argv = ["worker", f"--concurrency={concurrency}", "--loglevel=INFO"]
    if beat:
        argv.append("--beat")
    celery_app.worker_main(argv)


@app.command()
def bench(
    which: Annotated[str, typer.Argument(help="enrichment | import | all")] = "all",
) -> None:
    """Run the benchmarks of a source checkout (bench/): enrichment throughput against bare
    VADER, and the memory of a streaming 1,000,000-row import."""
    import subprocess
    import sys

    scripts = {"enrichment": "enrichment_throughput.py", "import": "import_memory.py"}
    folder = Path(__file__).resolve().parent.parent / "bench"
    chosen = list(scripts.values()) if which == "all" else [scripts.get(which, "")]
    if not all((folder / name).is_file() for name in chosen):
        console.print(f"no benchmark {which!r} here: benchmarks live in a source checkout's bench/")
        raise typer.Exit(code=2)
    for name in chosen:
        subprocess.run([sys.executable, str(folder / name)], check=True)


for module in (enrich_file, collect, sources, venues):
    module.register(app)


def run() -> None:  # pragma: no cover - console script entry
    logging.basicConfig(level=get_settings().log_level)
    app()
