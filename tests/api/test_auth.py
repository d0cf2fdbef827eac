"""Every /api/v1 route needs an API key with a scope; /health needs none."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session

from crm.apikeys import create_api_key


def test_health_needs_no_key(client: TestClient) -> None:
    response = client.get("/health", headers={"Authorization": ""})
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_missing_key_is_401_and_says_why(client: TestClient) -> None:
    response = client.get("/api/v1/patrons", headers={"Authorization": ""})
    assert response.status_code == 401
    assert response.json() == {
        "error": "unauthorized",
        "detail": "missing API key: send 'Authorization: Bearer <key>'",
    }
    assert response.headers["www-authenticate"] == "Bearer"


def test_unknown_key_is_401(client: TestClient) -> None:
    response = client.get("/api/v1/patrons", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401
    assert response.json()["detail"] == "API key not recognised or revoked"


def test_key_without_the_scope_is_403_naming_the_scope(
    client: TestClient, session: Session
) -> None:
    _, token = create_api_key(session=session, name="marketing", scopes=["productions:read"])
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/productions", headers=headers).status_code == 200
    response = client.get("/api/v1/patrons", headers=headers)
    assert response.status_code == 403
    assert response.json() == {
        "error": "forbidden",
        "detail": "this API key lacks the scope 'patrons:read'",
    }


def test_stored_keys_are_hashed(session: Session) -> None:
    key, token = create_api_key(session=session, name="crm sync", scopes=["patrons:read"])
    assert token not in key.key_hash and len(key.key_hash) == 64
    assert token.startswith(f"foyer_{key.prefix}_")


def test_openapi_document_describes_the_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/health",
        "/api/v1/patrons",
        "/api/v1/patrons/{patron_id}",
        "/api/v1/productions",
    } <= set(spec["paths"])


def test_openapi_documents_the_error_body_everywhere(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    ref = {"$ref": "#/components/schemas/ErrorBody"}
    get_patron = spec["paths"]["/api/v1/patrons/{patron_id}"]["get"]["responses"]
    for status in ("401", "403", "404", "422"):
        assert get_patron[status]["content"]["application/json"]["schema"] == ref
    assert "401" not in spec["paths"]["/health"]["get"]["responses"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]
