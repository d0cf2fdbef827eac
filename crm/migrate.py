"""Apply Alembic migrations programmatically (``foyer serve`` and the tests call this)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(target: Engine | Connection, revision: str = "head") -> None:
    """Bring the database behind ``target`` to ``revision``."""
    cfg = alembic_config()
    if isinstance(target, Engine):
        with target.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
    else:
        cfg.attributes["connection"] = target
        command.upgrade(cfg, revision)
