"""The distributed mode: a real Celery worker process on a real Redis broker, with
PostgreSQL, collecting from a loopback X API and enriching what it stored."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from crm.db import engine_for
from crm.listening.sources import add_source
from crm.migrate import upgrade
from crm.models import Enrichment, Mention
from tests.loopback import LoopbackServer
from tests.worker.conftest import _empty
from tests.worker.test_collect import ALL_IDS, script_two_pages

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pg_engine(postgres_url: str) -> Iterator[Engine]:
    engine = engine_for(postgres_url)
    upgrade(engine)
    yield engine
    _empty(engine)


@pytest.fixture
def celery_worker(
    redis_url: str, postgres_url: str, loopback: LoopbackServer, tmp_path: Path
) -> Iterator[Celery]:
    env = os.environ | {
        "FOYER_DATABASE_URL": postgres_url,
        "FOYER_BROKER_URL": redis_url,
        "FOYER_RESULT_BACKEND": redis_url,
        "FOYER_X_API_BASE": loopback.base_url,
        "FOYER_X_BEARER_TOKEN": "test-bearer",
        "FOYER_COLLECT_RETRY_DELAYS": "[0.0]",
    }
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "worker",
        "worker",
        "--pool=solo",
        "--loglevel=WARNING",
        "--without-mingle",
        "--without-gossip",
        "--without-heartbeat",
    ]
    log = (tmp_path / "worker.log").open("wb")
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    client = Celery("foyer-test-client", broker=redis_url, backend=redis_url)
    try:
        yield client
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        client.close()
        log.close()


def wait_for(predicate: object, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


def test_worker_over_redis_collects_then_enriches(
    celery_worker: Celery, loopback: LoopbackServer, pg_engine: Engine
) -> None:
    script_two_pages(loopback)
    with Session(pg_engine) as session:
        source = add_source(session=session, name="nyc", kind="x_search", query="NYC theatre")
        session.commit()
        source_id = source.id
    result = celery_worker.send_task("sources.collect", args=[source_id])
    summary = result.get(timeout=90)
    assert summary == {
        "source": "nyc",
        "status": "ok",
        "new": len(ALL_IDS),
        "duplicates": 0,
        "quarantined": 0,
    }

    def enriched() -> bool:
        with Session(pg_engine) as session:
            return session.exec(select(func.count()).select_from(Enrichment)).one() == len(ALL_IDS)

    assert wait_for(enriched), "the worker did not enrich the new mentions"
    with Session(pg_engine) as session:
        assert set(session.exec(select(Mention.platform_id))) == ALL_IDS
