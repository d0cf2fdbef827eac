"""One settings object: embedded defaults, refusal of unsafe ones outside development."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from settings import Settings


def test_defaults_run_embedded_on_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FOYER_DATABASE_URL", "FOYER_BROKER_URL", "FOYER_ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.database_url.startswith("sqlite:///") and settings.database_url.endswith(
        "foyer.db"
    )
    assert settings.embedded_worker is True


def test_reads_the_foyer_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOYER_PORT", "9123")
    monkeypatch.setenv("FOYER_VENUE_HANDLES", '["@LyceumPlayhouse"]')
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.port, settings.venue_handles) == (9123, ("@LyceumPlayhouse",))


def test_production_refuses_the_development_secret() -> None:
    with pytest.raises(ValidationError, match="FOYER_SECRET_KEY must be set"):
        Settings(
            environment="production", database_url="postgresql://db/foyer", broker_url="redis://r"
        )


def test_production_refuses_sqlite_and_the_in_memory_broker() -> None:
    with pytest.raises(ValidationError, match="PostgreSQL"):
        Settings(environment="production", secret_key="s3cret-value", broker_url="redis://r")
    with pytest.raises(ValidationError, match="FOYER_BROKER_URL"):
        Settings(
            environment="production", secret_key="s3cret-value", database_url="postgresql://db/f"
        )


def test_production_accepts_real_services() -> None:
    settings = Settings(
        environment="production",
        secret_key="s3cret-value",
        database_url="postgresql://db/foyer",
        broker_url="redis://r:6379/0",
    )
    assert settings.embedded_worker is False


def test_production_refuses_a_short_admin_key() -> None:
    with pytest.raises(ValidationError, match="at least 24 characters"):
        Settings(
            environment="production",
            secret_key="s3cret-value",
            admin_api_key="short",
            database_url="postgresql://db/foyer",
            broker_url="redis://r:6379/0",
        )
