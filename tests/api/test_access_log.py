"""Request logs carry no personal data: no query strings, no API keys."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient


def test_request_log_omits_query_and_key(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="foyer.access"):
        client.get("/api/v1/patrons", params={"email": "ada.okafor@example.com"})
    lines = [r.getMessage() for r in caplog.records if r.name == "foyer.access"]
    assert len(lines) == 1 and lines[0].startswith("GET /api/v1/patrons 200 ")
    assert "example.com" not in caplog.text and "Bearer" not in caplog.text
