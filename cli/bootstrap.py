"""First start of ``foyer serve``: an admin key and, on an empty database, the demo venue."""

from __future__ import annotations

from rich.console import Console
from sqlalchemy import Engine, func
from sqlmodel import select

from crm import apikeys
from crm.db import session_scope
from crm.models import ApiKey, Patron
from settings import Settings


def bootstrap(engine: Engine, settings: Settings, *, load_demo: bool, console: Console) -> None:
    with session_scope(engine) as session:
        if settings.admin_api_key is not None:
            console.print("admin access: the key in FOYER_ADMIN_API_KEY (every scope)")
        elif session.exec(select(func.count()).select_from(ApiKey)).one() == 0:
            key, token = apikeys.create_api_key(
                session=session, name="bootstrap admin", scopes=["admin"]
            )
            console.print(f"created admin API key {key.prefix}; it is shown once, keep it:")
            console.print(f"  {token}", markup=False, highlight=False)
        if load_demo and session.exec(select(func.count()).select_from(Patron)).one() == 0:
            from crm.demo import DemoConfig
            from crm.demo import load_demo as load

            config = DemoConfig(seed=settings.demo_seed, patrons=settings.demo_patrons)
            counts = load(session=session, config=config, console=console)
            console.print("loaded demo data: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
