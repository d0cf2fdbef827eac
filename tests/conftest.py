"""Session-wide fixtures: real PostgreSQL and SQLite databases, migrated once, a
rolled-back session per test, and an API client on the same session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session

from api.app import create_app
from api.deps import get_session
from crm.db import make_engine
from crm.migrate import upgrade
from settings import Settings
from tests.loopback.fixtures import no_network
from tests.services import postgres_server, redis_server

__all__ = ["no_network"]  # autouse: every test runs loopback-only

ADMIN_KEY = "test-admin-key-0123456789"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    given = os.environ.get("FOYER_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    with postgres_server() as url:
        yield url


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    given = os.environ.get("FOYER_TEST_REDIS_URL")
    if given:
        yield given
        return
    with redis_server() as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path: Path = tmp_path_factory.mktemp("sqlite") / "foyer.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_engine(postgres_url: str) -> Iterator[Engine]:
    engine = make_engine(postgres_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest) -> Engine:
    """Each test that uses it runs once on SQLite and once on PostgreSQL."""
    fixture: Engine = request.getfixturevalue(f"{request.param}_engine")
    return fixture


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session whose commits are savepoints inside a transaction rolled back afterwards."""
    connection = engine.connect()
    transaction = connection.begin()
    with Session(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    ) as db:
        yield db
    transaction.rollback()
    connection.close()


@pytest.fixture
def settings(engine: Engine) -> Settings:
    return Settings(
        environment="test",
        database_url=engine.url.render_as_string(False),
        admin_api_key=ADMIN_KEY,
        load_demo=False,
    )


@pytest.fixture
def client(session: Session, settings: Settings, engine: Engine) -> Iterator[TestClient]:
    app = create_app(settings, engine=engine)

    def same_session() -> Iterator[Session]:
        yield session
        session.commit()

    app.dependency_overrides[get_session] = same_session
    with TestClient(app, headers={"Authorization": f"Bearer {ADMIN_KEY}"}) as test_client:
        yield test_client
