"""API keys: random tokens shown once, stored as SHA-256 hashes, each with scopes.

Tokens carry 256 bits of randomness, so a fast hash is enough (no password stretching needed);
the prefix lets a key be named in logs and UIs without revealing it.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable

from sqlmodel import Session, select

from crm.coltypes import utcnow
from crm.models import ApiKey

SCOPES: dict[str, str] = {
    "admin": "every scope",
    "patrons:read": "read patrons, their profiles and purchase summaries",
    "patrons:write": "import, change and erase patrons",
    "productions:read": "read productions and performances",
    "productions:write": "import and change productions",
    "mentions:read": "read mentions, enrichment and quarantine",
    "mentions:write": "triage mentions",
    "sources:read": "read listening sources",
    "sources:write": "add, pause and remove listening sources",
    "segments:read": "read and export segments",
    "segments:write": "create and change segments",
}


class UnknownScope(ValueError):
    pass


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def validate_scopes(scopes: Iterable[str]) -> list[str]:
    chosen = sorted(set(scopes))
    unknown = [s for s in chosen if s not in SCOPES]
    if unknown:
        raise UnknownScope(f"unknown scope(s) {', '.join(unknown)}; known: {', '.join(SCOPES)}")
    return chosen


def create_api_key(*, session: Session, name: str, scopes: Iterable[str]) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the token, which is never stored nor shown again."""
    prefix = secrets.token_hex(4)
    token = f"foyer_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey(
        name=name, prefix=prefix, key_hash=hash_token(token), scopes=validate_scopes(scopes)
    )
    session.add(key)
    session.flush()
    return key, token


def find_active_key(*, session: Session, token: str) -> ApiKey | None:
    key = session.exec(select(ApiKey).where(ApiKey.key_hash == hash_token(token))).first()
    if key is None or key.revoked_at is not None:
        return None
    return key


def has_scope(granted: Iterable[str], needed: str) -> bool:
    granted = set(granted)
    return "admin" in granted or needed in granted


def revoke(*, session: Session, key: ApiKey) -> None:
    key.revoked_at = utcnow()
    session.add(key)
