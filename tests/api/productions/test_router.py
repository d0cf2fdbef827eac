"""GET /api/v1/productions."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session

from tests.api.patrons.test_router import load_examples


def test_lists_productions_with_performance_counts(client: TestClient, session: Session) -> None:
    load_examples(session)
    items = client.get("/api/v1/productions").json()["items"]
    assert [(p["title"], p["performances"]) for p in items] == [
        ("The Curious Incident of the Dog in the Night-Time", 2),
        ("Company", 1),
        ("The Gingerbread Mouse", 1),
    ]
    assert items[0]["aliases"] == ["Curious Incident"]
    assert items[1]["cues"] == ["Bobby", "Being Alive", "Ladies Who Lunch"]


def test_filters_by_category(client: TestClient, session: Session) -> None:
    load_examples(session)
    items = client.get("/api/v1/productions", params={"category": "children"}).json()["items"]
    assert [p["title"] for p in items] == ["The Gingerbread Mouse"]
