"""The database every command works on: the configured one, migrated to the latest schema."""

from __future__ import annotations

from sqlalchemy import Engine

from crm.db import engine_for
from crm.migrate import upgrade
from settings import Settings, get_settings


def migrated_engine(settings: Settings | None = None) -> Engine:
    engine = engine_for((settings or get_settings()).database_url)
    upgrade(engine)
    return engine
