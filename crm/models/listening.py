"""Listening sources (rules + cursors + schedule), their catches, and quarantined payloads."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from crm.coltypes import JSONType, UTCDateTime, utcnow


class SourceStatus(StrEnum):
    active = "active"
    paused = "paused"
    auth_failed = "auth_failed"


class ListeningSource(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    kind: str = Field(max_length=40)
    query: str | None = Field(default=None, max_length=1000)
    terms: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    options: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSONType, nullable=False)
    )
    # Name of the credential set in settings / the secret store; never a secret itself.
    credential_ref: str | None = Field(default=None, max_length=120)
    production_id: int | None = Field(
        default=None, foreign_key="production.id", ondelete="SET NULL"
    )
    interval_seconds: int = Field(default=900)
    status: str = Field(default=SourceStatus.active, max_length=16)
    status_reason: str | None = Field(default=None, max_length=500)
    cursor: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONType))
    next_run_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_run_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    consecutive_failures: int = Field(default=0)  # transient failures; drives the backoff
    last_error: str | None = Field(default=None, max_length=1000)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class MentionSource(SQLModel, table=True):
    """Every source that caught a mention (a mention is stored once, linked many times)."""

    mention_id: int = Field(foreign_key="mention.id", ondelete="CASCADE", primary_key=True)
    source_id: int = Field(
        foreign_key="listeningsource.id", ondelete="CASCADE", primary_key=True, index=True
    )
    first_seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class QuarantinedPayload(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    source_id: int | None = Field(
        default=None, foreign_key="listeningsource.id", ondelete="SET NULL", index=True
    )
    platform: str = Field(max_length=20)
    platform_id: str | None = Field(default=None, max_length=200)
    reason: str = Field(sa_column=Column(Text, nullable=False))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
