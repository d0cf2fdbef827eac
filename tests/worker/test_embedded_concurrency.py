"""Embedded mode: the API and the in-process worker write to one SQLite file at the same
time without "database is locked" errors."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from api.app import create_app
from crm.models import Enrichment, Mention
from settings import Settings, get_settings
from worker import enrich_pending


def test_api_writes_while_the_worker_enriches(worker_db: Engine) -> None:
    with Session(worker_db) as session:
        session.add_all(
            Mention(
                platform="x",
                platform_id=str(n),
                text=f"Great show number {n}, lovely bar staff",
                created_at=datetime(2025, 5, 1, tzinfo=UTC),
            )
            for n in range(600)
        )
        session.commit()
    settings = Settings(
        database_url=get_settings().database_url, admin_api_key="k", enrich_batch_size=50
    )
    errors: list[BaseException] = []

    def enrich() -> None:
        try:
            enrich_pending()
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    worker = threading.Thread(target=enrich)
    with TestClient(
        create_app(settings, engine=worker_db), headers={"Authorization": "Bearer k"}
    ) as client:
        worker.start()
        statuses = [
            client.post(
                "/api/v1/sources",
                json={
                    "name": f"s{n}",
                    "kind": "rss",
                    "terms": [f"https://blog{n}.example.org/feed"],
                },
            ).status_code
            for n in range(40)
        ]
        worker.join(timeout=120)
    assert errors == [] and set(statuses) == {201}
    with Session(worker_db) as session:
        assert session.exec(select(func.count()).select_from(Enrichment)).one() == 600
