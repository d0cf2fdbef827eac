"""Listening source shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from api.pagination import MAX_ID

SourceKind = Literal[  # the keys of collectors.registry.KINDS (a test keeps them equal)
    "x_search",
    "x_mentions",
    "reddit_subreddit",
    "reddit_search",
    "mastodon_hashtag",
    "mastodon_mentions",
    "rss",
]


class SourceIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    kind: SourceKind
    query: str | None = Field(default=None, max_length=1000)
    terms: list[str] = Field(default_factory=list, max_length=100)
    options: dict[str, str] = Field(default_factory=dict)
    production_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    interval_seconds: int = Field(default=900, ge=30, le=86_400)


class SourceOut(BaseModel):
    id: int
    name: str
    kind: str
    query: str | None
    terms: list[str]
    options: dict[str, Any]
    production_id: int | None
    interval_seconds: int
    status: str
    status_reason: str | None
    last_error: str | None
    last_run_at: datetime | None
    next_run_at: datetime | None
    cursor: dict[str, Any] | None
