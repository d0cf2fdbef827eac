"""The FastAPI application factory."""

from __future__ import annotations

import logging

from fastapi import FastAPI
from sqlalchemy import Engine

from api import health
from api.access_log import install_access_log
from api.errors import install_error_handlers
from api.openapi import install_openapi
from api.patrons.router import router as patrons_router
from api.productions.router import router as productions_router
from api.quarantine.router import router as quarantine_router
from api.sources.router import router as sources_router
from crm.db import make_engine
from settings import Settings, get_settings

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """Build the app. The database must already be migrated (``foyer serve`` does it)."""
    settings = settings or get_settings()
    app = FastAPI(
        title="Foyer",
        version="0.1.0",
        description="Social listening and enrichment joined to the ticketing CRM, for arts "
        "organisations. Every /api/v1 route needs `Authorization: Bearer <API key>` with a scope.",
    )
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.database_url)
    install_error_handlers(app)
    install_access_log(app)
    install_openapi(app)
    app.include_router(health.router)
    app.include_router(patrons_router)
    app.include_router(productions_router)
    app.include_router(sources_router)
    app.include_router(quarantine_router)
    return app
