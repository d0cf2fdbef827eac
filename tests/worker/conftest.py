"""Worker tests run the real tasks: they open their own sessions and commit, so each test
gets a database of its own (a fresh SQLite file, or PostgreSQL emptied afterwards)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import SQLModel

from crm.db import engine_for
from crm.migrate import upgrade
from settings import get_settings
from tests.loopback import LoopbackServer
from tests.loopback.fixtures import loopback

__all__ = ["loopback"]


def _empty(engine: Engine) -> None:
    tables = ", ".join(t.name for t in SQLModel.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE TABLE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgres"])
def worker_db(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Engine]:
    """The database the worker's tasks use (through FOYER_DATABASE_URL)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'worker.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    monkeypatch.setenv("FOYER_DATABASE_URL", url)
    monkeypatch.setenv("FOYER_LOAD_DEMO", "false")
    monkeypatch.setenv("FOYER_COLLECT_RETRY_DELAYS", "[0.0]")
    get_settings.cache_clear()
    engine = engine_for(url)
    upgrade(engine)
    yield engine
    get_settings.cache_clear()
    if request.param == "postgres":
        _empty(engine)
    else:
        engine.dispose()


@pytest.fixture
def x_api(
    loopback: LoopbackServer, monkeypatch: pytest.MonkeyPatch, worker_db: Engine
) -> LoopbackServer:
    monkeypatch.setenv("FOYER_X_API_BASE", loopback.base_url)
    monkeypatch.setenv("FOYER_X_BEARER_TOKEN", "test-bearer")
    get_settings.cache_clear()
    return loopback
