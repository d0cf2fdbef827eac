"""The social layer: identities, mentions, their enrichment and triage state."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from crm.coltypes import JSONType, UTCDateTime, utcnow


class LinkMethod(StrEnum):
    patron_confirmed = "patron_confirmed"
    email_match = "email_match"
    staff_confirmed = "staff_confirmed"
    suggested = "suggested"  # never counts as a link until confirmed


class TriageStatus(StrEnum):
    new = "new"
    open = "open"
    snoozed = "snoozed"
    resolved = "resolved"
    ignored = "ignored"


class SocialIdentity(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("platform", "platform_user_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    platform_user_id: str = Field(max_length=120)
    handle: str | None = Field(default=None, max_length=120, index=True)
    display_name: str | None = Field(default=None, max_length=250)
    follower_count: int | None = None
    patron_id: int | None = Field(
        default=None, foreign_key="patron.id", ondelete="SET NULL", index=True
    )
    link_method: str | None = Field(default=None, max_length=24)
    link_confidence: float | None = None
    linked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Mention(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("platform", "platform_id"),
        Index("ix_mention_created_at_id", "created_at", "id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    platform_id: str = Field(max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    author_id: int | None = Field(
        default=None, foreign_key="socialidentity.id", ondelete="CASCADE", index=True
    )
    text: str = Field(sa_column=Column(Text, nullable=False))
    title: str | None = Field(default=None, max_length=500)
    language_hint: str | None = Field(default=None, max_length=12)
    kind: str = Field(default="post", max_length=12)
    rating: float | None = None
    parent_id: str | None = Field(default=None, max_length=200)
    conversation_id: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(sa_type=UTCDateTime)
    collected_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    raw: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONType))


class Enrichment(SQLModel, table=True):
    """The latest enrichment of a mention; a new pipeline version replaces it."""

    mention_id: int = Field(foreign_key="mention.id", ondelete="CASCADE", primary_key=True)
    pipeline_version: str = Field(max_length=40, index=True)
    language: str = Field(max_length=8, index=True)
    sentiment_label: str = Field(max_length=10, index=True)
    sentiment_compound: float
    keywords: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    patron_id: int | None = Field(
        default=None, foreign_key="patron.id", ondelete="SET NULL", index=True
    )
    patron_confidence: float | None = None
    suggested_patrons: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSONType, nullable=False)
    )
    enriched_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class MentionTouchpoint(SQLModel, table=True):
    mention_id: int = Field(foreign_key="mention.id", ondelete="CASCADE", primary_key=True)
    name: str = Field(max_length=32, primary_key=True)
    label: str = Field(max_length=10)
    compound: float


class MentionProduction(SQLModel, table=True):
    mention_id: int = Field(foreign_key="mention.id", ondelete="CASCADE", primary_key=True)
    production_id: int = Field(
        foreign_key="production.id", ondelete="CASCADE", primary_key=True, index=True
    )
    performance_id: int | None = Field(
        default=None, foreign_key="performance.id", ondelete="SET NULL"
    )
    confidence: float
    span_start: int
    span_end: int


class TriageState(SQLModel, table=True):
    mention_id: int = Field(foreign_key="mention.id", ondelete="CASCADE", primary_key=True)
    status: str = Field(default=TriageStatus.new, max_length=12, index=True)
    assignee: str | None = Field(default=None, max_length=120)
    priority: int = Field(default=0)
    needs_reply: bool = Field(default=False)
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    snoozed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class TriageEvent(SQLModel, table=True):
    """History of a mention's triage: who changed what, and notes."""

    id: int | None = Field(default=None, primary_key=True)
    mention_id: int = Field(foreign_key="mention.id", ondelete="CASCADE", index=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    actor: str = Field(max_length=120)
    action: str = Field(max_length=40)
    note: str | None = Field(default=None, sa_column=Column(Text))
