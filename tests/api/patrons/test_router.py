"""GET /api/v1/patrons and /api/v1/patrons/{id}."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlmodel import Session

from crm.ticketing import import_csv

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def load_examples(session: Session) -> None:
    for kind in ("productions", "performances", "patrons", "orders"):
        import_csv(session=session, kind=kind, path=EXAMPLES / f"{kind}.csv")
    session.commit()


class TestList:
    def test_pages_with_limit_and_cursor(self, client: TestClient, session: Session) -> None:
        load_examples(session)
        seen: list[int] = []
        cursor = None
        while True:
            params = {"limit": 3} | ({"cursor": cursor} if cursor else {})
            body = client.get("/api/v1/patrons", params=params).json()
            assert len(body["items"]) <= 3
            seen += [p["id"] for p in body["items"]]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert len(seen) == 7 and seen == sorted(set(seen))

    def test_filters_by_name_email_and_list_code(
        self, client: TestClient, session: Session
    ) -> None:
        load_examples(session)
        by_name = client.get("/api/v1/patrons", params={"name": "okafor"}).json()["items"]
        assert {p["display_name"] for p in by_name} == {
            "Ada Okafor",
            "Tunde Okafor",
            "The Okafor household",
        }
        by_email = client.get("/api/v1/patrons", params={"email": " Ada.Okafor@EXAMPLE.com"}).json()
        assert [p["first_name"] for p in by_email["items"]] == ["Ada"]
        schools = client.get("/api/v1/patrons", params={"list_code": "School"}).json()["items"]
        assert {p["display_name"] for p in schools} == {"Riverside Primary School", "Marta Puig"}

    def test_a_bad_cursor_is_a_422_with_a_reason(self, client: TestClient) -> None:
        response = client.get("/api/v1/patrons", params={"cursor": "Zm9vYmFy"})  # "foobar"
        assert response.status_code == 422
        assert response.json()["detail"] == (
            "cursor is not valid: pass next_cursor from a previous page"
        )
        malformed = client.get("/api/v1/patrons", params={"cursor": "%%%"})
        assert malformed.status_code == 422
        assert malformed.json()["detail"][0]["loc"] == ["query", "cursor"]

    def test_a_limit_out_of_range_is_a_422(self, client: TestClient) -> None:
        response = client.get("/api/v1/patrons", params={"limit": 0})
        assert response.status_code == 422
        assert response.json()["error"] == "validation_error"
        assert response.json()["detail"][0]["loc"] == ["query", "limit"]


class TestProfile:
    def test_profile_has_purchases_consents_relations(
        self, client: TestClient, session: Session
    ) -> None:
        load_examples(session)
        marta = client.get("/api/v1/patrons", params={"email": "marta.puig@example.net"}).json()[
            "items"
        ][0]
        profile = client.get(f"/api/v1/patrons/{marta['id']}").json()
        assert profile["purchases"]["orders"] == 1
        assert profile["purchases"]["tickets"] == 4
        assert profile["purchases"]["total_spent"] == "154.00"
        assert profile["purchases"]["first_order_at"] == "2025-09-15T11:00:00Z"
        assert {p["title"] for p in profile["purchases"]["productions"]} == {
            "The Curious Incident of the Dog in the Night-Time",
            "Company",
        }
        assert {(e["system"], e["external_id"]) for e in profile["external_ids"]} == {
            ("csv", "P-1003"),
            ("csv", "P-1004"),
        }
        assert profile["relations"] == [
            {
                "kind": "employee_of",
                "direction": "to",
                "patron_id": profile["relations"][0]["patron_id"],
                "display_name": "Riverside Primary School",
            }
        ]
        assert profile["list_codes"] == ["Ambassador", "School"]  # merged: codes of both
        assert [c["source"] for c in profile["consents"]] == ["box office"]

    def test_unknown_patron_is_404(self, client: TestClient) -> None:
        response = client.get("/api/v1/patrons/999999")
        assert response.status_code == 404
        assert response.json() == {"error": "not_found", "detail": "no patron with id 999999"}

    def test_a_non_numeric_id_is_422_not_500(self, client: TestClient) -> None:
        assert client.get("/api/v1/patrons/abc").status_code == 422


def test_an_id_beyond_the_database_range_is_422_not_500(client: TestClient) -> None:
    response = client.get("/api/v1/patrons/99999999999")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["path", "patron_id"]


def test_a_forged_cursor_beyond_the_range_is_422(client: TestClient) -> None:
    from api.pagination import encode_cursor

    response = client.get("/api/v1/patrons", params={"cursor": encode_cursor({"after": 10**12})})
    assert response.status_code == 422
