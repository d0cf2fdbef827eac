"""Foyer's settings: one pydantic-settings object, environment prefix ``FOYER_``.

The defaults run the embedded mode (SQLite file, in-process worker, no servers). Outside
``development`` the object refuses defaults that are only safe on a laptop.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "foyer-development-secret-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FOYER_", env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    data_dir: Path = Path(".foyer")
    database_url: str = ""
    broker_url: str = "memory://"
    result_backend: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    secret_key: SecretStr = SecretStr(DEV_SECRET)
    admin_api_key: SecretStr | None = None
    load_demo: bool = True
    demo_seed: int = 42
    demo_patrons: int = 20_000
    log_level: str = "INFO"

    # Listening: platform endpoints (settings so tests and staging point at loopback).
    x_api_base: str = "https://api.x.com"
    x_bearer_token: SecretStr | None = None
    x_account_id: str | None = None
    reddit_api_base: str = "https://oauth.reddit.com"
    reddit_oauth_base: str = "https://www.reddit.com"
    reddit_client_id: SecretStr | None = None
    reddit_client_secret: SecretStr | None = None
    reddit_user_agent: str = "foyer/0.1 (social listening for arts venues)"
    mastodon_access_token: SecretStr | None = None
    http_timeout_seconds: float = 20.0
    # Pauses before retrying a 5xx within one collection run (then the source backs off).
    collect_retry_delays: tuple[float, ...] = (2.0, 5.0)
    collect_default_interval_seconds: int = Field(default=900, ge=30)

    # Enrichment.
    languages: tuple[str, ...] = ("en", "fr", "ca", "es")
    enrich_batch_size: int = Field(default=200, ge=1, le=10_000)
    venue_names: tuple[str, ...] = ()
    venue_handles: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _embedded_defaults_and_safety(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{(self.data_dir / 'foyer.db').resolve()}"
        if self.environment == "production":
            if self.secret_key.get_secret_value() == DEV_SECRET:
                raise ValueError("FOYER_SECRET_KEY must be set to a real secret in production")
            if self.database_url.startswith("sqlite"):
                raise ValueError("production needs FOYER_DATABASE_URL to point at PostgreSQL")
            if self.broker_url.startswith("memory"):
                raise ValueError("production needs FOYER_BROKER_URL (e.g. redis://...)")
            admin = self.admin_api_key.get_secret_value() if self.admin_api_key else None
            if admin is not None and len(admin) < 24:
                raise ValueError("FOYER_ADMIN_API_KEY must be at least 24 characters in production")
        return self

    @property
    def embedded_worker(self) -> bool:
        """True when tasks run inside the API process (no broker server)."""
        return self.broker_url.startswith("memory")


@lru_cache
def get_settings() -> Settings:
    return Settings()
