"""Request dependencies: settings, a session per request, and API-key authentication."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlmodel import Session

from api.errors import Forbidden, Unauthorized
from crm import apikeys
from crm.coltypes import utcnow
from crm.db import session_scope
from settings import Settings


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_session(engine: Annotated[Engine, Depends(get_engine)]) -> Iterator[Session]:
    """One session per request: committed when the route returns, rolled back if it raises."""
    with session_scope(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
LAST_USED_RESOLUTION = timedelta(minutes=1)
_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer <key>`")


@dataclass(frozen=True)
class Principal:
    name: str
    scopes: tuple[str, ...]
    key_id: int | None = None


def authenticate(
    session: SessionDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None:
        raise Unauthorized(
            "missing API key: send 'Authorization: Bearer <key>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = credentials.credentials
    admin = settings.admin_api_key
    if admin is not None and hmac.compare_digest(token, admin.get_secret_value()):
        return Principal(name="admin (FOYER_ADMIN_API_KEY)", scopes=("admin",))
    key = apikeys.find_active_key(session=session, token=token)
    if key is None:
        raise Unauthorized(
            "API key not recognised or revoked", headers={"WWW-Authenticate": "Bearer"}
        )
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
        key.last_used_at = now  # not on every request: reads should not all become writes
        session.add(key)
    return Principal(name=f"key {key.prefix} ({key.name})", scopes=tuple(key.scopes), key_id=key.id)


def require(scope: str) -> Callable[..., Principal]:
    """A dependency that authenticates and checks one scope."""

    def check(principal: Annotated[Principal, Depends(authenticate)]) -> Principal:
        if not apikeys.has_scope(principal.scopes, scope):
            raise Forbidden(f"this API key lacks the scope '{scope}'")
        return principal

    return check
