"""The collector contract: plain data in (a source spec and a saved cursor), plain data out.

A collector never writes to a database and never enriches. The worker saves a `Batch`
(mentions, quarantined items and the new cursor) in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

MAX_QUARANTINE_PAYLOAD = 1_000_000  # characters kept of a body that could not be used


@dataclass(frozen=True)
class Author:
    platform_user_id: str
    handle: str | None
    display_name: str | None = None
    follower_count: int | None = None
    url: str | None = None


@dataclass(frozen=True)
class RawMention:
    platform: str  # "x" | "reddit" | "mastodon" | "rss" (+ later "review")
    platform_id: str  # stable per platform; (platform, platform_id) is the identity
    url: str | None
    author: Author | None
    text: str  # plain text (HTML stripped for Mastodon/RSS)
    language_hint: str | None
    created_at: datetime  # timezone-aware UTC
    kind: str  # "post" | "reply" | "review"
    rating: float | None  # reviews only, normalised 0..5 where the source has one
    parent_id: str | None
    conversation_id: str | None
    title: str | None  # reddit submission / feed entry title
    raw: dict[str, Any]  # the platform payload of this item (JSON-able)


@dataclass(frozen=True)
class Quarantined:
    platform: str
    reason: str  # human readable, says where and why
    payload: str  # the raw text that could not be used, cut to MAX_QUARANTINE_PAYLOAD
    platform_id: str | None = None


def quarantine(
    platform: str, reason: str, payload: str, platform_id: str | None = None
) -> Quarantined:
    """Build a `Quarantined` entry with the payload cut to `MAX_QUARANTINE_PAYLOAD`."""
    return Quarantined(platform, reason, payload[:MAX_QUARANTINE_PAYLOAD], platform_id)


@dataclass(frozen=True)
class SourceSpec:
    """What the database row of a listening source gives a collector.

    `kind` is a key of `collectors.registry.KINDS`; `terms` holds hashtags, subreddits,
    account ids or feed URLs depending on the kind (see collectors/README.md).
    """

    kind: str
    name: str
    query: str | None = None
    terms: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Batch:
    mentions: list[RawMention]
    cursor: dict[str, Any]  # JSON-able; the NEW cursor to save with the batch
    quarantined: list[Quarantined]
    exhausted: bool  # True when the source has nothing more right now


class CollectorError(Exception):
    """Base of every error a collector raises.

    `partial` is what was collected before the error, with a cursor that does not skip
    anything unsaved: the worker may save it (then reschedule) or drop it (then keep the
    old cursor); both are safe.
    """

    def __init__(self, message: str, *, partial: Batch | None = None) -> None:
        super().__init__(message)
        self.partial = partial


class RateLimited(CollectorError):
    """HTTP 429: try again at `reset_at` (timezone-aware UTC)."""

    def __init__(self, message: str, *, reset_at: datetime, partial: Batch | None = None) -> None:
        super().__init__(message, partial=partial)
        self.reset_at = reset_at


class AuthFailed(CollectorError):
    """HTTP 401/403: the credentials are wrong or lack access; pause the source."""


class SourceUnavailable(CollectorError):
    """Transient: 5xx, timeouts, connection errors. Retry with backoff."""


class BadPayload(CollectorError):
    """The whole response is unusable (not JSON, not a feed). `payload` holds its text."""

    def __init__(self, message: str, *, payload: str, partial: Batch | None = None) -> None:
        super().__init__(message, partial=partial)
        self.payload = payload


class Collector(Protocol):
    """Turns a source spec and its saved cursor into a batch and a new cursor.

    `cursor` is None on the first run; the first run takes at most `max_items` recent items
    (a page may round it up to the platform's smallest page size).
    """

    def collect(
        self, spec: SourceSpec, cursor: Mapping[str, Any] | None, *, max_items: int = 500
    ) -> Batch: ...
