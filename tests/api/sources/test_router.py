"""/api/v1/sources and /api/v1/quarantine."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session

from collectors.base import Quarantined
from crm.listening.store import quarantine

SEARCH = {"name": "lyceum", "kind": "x_search", "query": '"Lyceum Playhouse" OR #LyceumPlayhouse'}


def test_add_list_pause_resume_remove(client: TestClient) -> None:
    created = client.post("/api/v1/sources", json=SEARCH)
    assert created.status_code == 201
    source = created.json()
    assert (source["status"], source["cursor"]) == ("active", None)
    listed = client.get("/api/v1/sources").json()
    assert [s["name"] for s in listed["items"]] == ["lyceum"]
    paused = client.post(f"/api/v1/sources/{source['id']}/pause").json()
    assert (paused["status"], paused["status_reason"]) == ("paused", "paused through the API")
    assert client.post(f"/api/v1/sources/{source['id']}/resume").json()["status"] == "active"
    assert client.delete(f"/api/v1/sources/{source['id']}").status_code == 204
    assert client.get("/api/v1/sources").json()["items"] == []


def test_an_incomplete_source_is_a_422_saying_what_is_missing(client: TestClient) -> None:
    response = client.post("/api/v1/sources", json={"name": "tags", "kind": "mastodon_hashtag"})
    assert response.status_code == 422
    assert response.json()["detail"] == (
        "mastodon_hashtag needs hashtags in terms; "
        "mastodon_hashtag needs options.instance (the instance URL)"
    )


def test_a_duplicate_name_is_refused(client: TestClient) -> None:
    client.post("/api/v1/sources", json=SEARCH)
    response = client.post("/api/v1/sources", json=SEARCH)
    assert response.status_code == 422
    assert response.json()["detail"] == "a source named 'lyceum' exists already"


def test_quarantined_payloads_are_listed_with_their_reason(
    client: TestClient, session: Session
) -> None:
    source_id = client.post("/api/v1/sources", json=SEARCH).json()["id"]
    quarantine(
        session=session, source=None, item=Quarantined("x", "truncated JSON body", '{"data": [')
    )
    session.commit()
    items = client.get("/api/v1/quarantine").json()["items"]
    assert [(q["platform"], q["reason"], q["payload"]) for q in items] == [
        ("x", "truncated JSON body", '{"data": [')
    ]
    assert client.get("/api/v1/quarantine", params={"source_id": source_id}).json()["items"] == []


def test_the_documented_kinds_are_the_registry_kinds() -> None:
    from typing import get_args

    from api.sources.schemas import SourceKind
    from collectors.registry import KINDS

    assert set(get_args(SourceKind)) == set(KINDS)
