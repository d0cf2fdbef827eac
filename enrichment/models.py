"""Plain data in and out of the enrichment engine (no I/O, no database types)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class PerformanceSlot:
    id: str
    starts_at: datetime


@dataclass(frozen=True)
class CatalogueProduction:
    id: str
    title: str
    aliases: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    category: str | None = None
    # cast and creatives, characters, songs: context when the title is an ordinary word
    cues: tuple[str, ...] = ()
    first_performance: date | None = None
    last_performance: date | None = None
    performances: tuple[PerformanceSlot, ...] = ()


@dataclass(frozen=True)
class KnownIdentity:
    platform: str
    platform_user_id: str | None
    handle: str | None
    patron_id: str


@dataclass(frozen=True)
class Attendance:
    """A patron who attended a production on a date: the base of *suggested* links."""

    patron_id: str
    name: str
    production_id: str
    attended_on: date


@dataclass(frozen=True)
class Catalogue:
    productions: tuple[CatalogueProduction, ...] = ()
    identities: tuple[KnownIdentity, ...] = ()
    attendances: tuple[Attendance, ...] = ()
    venue_names: tuple[str, ...] = ()
    venue_handles: tuple[str, ...] = ()


@dataclass(frozen=True)
class AuthorRef:
    platform_user_id: str | None = None
    handle: str | None = None
    display_name: str | None = None


@dataclass(frozen=True)
class MentionInput:
    id: str
    text: str
    created_at: datetime | None = None
    platform: str | None = None
    author: AuthorRef | None = None
    source_production_id: str | None = None
    language_hint: str | None = None


@dataclass(frozen=True)
class Sentiment:
    label: str  # "positive" | "neutral" | "negative"
    compound: float  # in [-1, 1]

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "compound": self.compound}


@dataclass(frozen=True)
class TouchpointSentiment:
    name: str
    label: str
    compound: float


@dataclass(frozen=True)
class ProductionMatch:
    production_id: str
    confidence: float
    span: tuple[int, int]
    performance_id: str | None = None


@dataclass(frozen=True)
class PatronMatch:
    patron_id: str
    confidence: float
    method: str  # "platform_user_id" | "handle" | "suggested"


@dataclass(frozen=True)
class Enrichment:
    language: str
    sentiment: Sentiment
    touchpoints: tuple[TouchpointSentiment, ...]
    keywords: tuple[str, ...]
    productions: tuple[ProductionMatch, ...]
    patron: PatronMatch | None
    suggested_patrons: tuple[PatronMatch, ...]
    pipeline_version: str

    def to_json(self) -> dict[str, Any]:
        """The `enrich-file` output shape, without the mention's `id`."""
        return {
            "language": self.language,
            "sentiment": self.sentiment.to_json(),
            "touchpoints": [_touchpoint_json(t) for t in self.touchpoints],
            "keywords": list(self.keywords),
            "productions": [_production_json(p) for p in self.productions],
            "patron": _patron_json(self.patron),
            "suggested_patrons": [_patron_json(p) for p in self.suggested_patrons],
            "pipeline_version": self.pipeline_version,
        }


def _touchpoint_json(t: TouchpointSentiment) -> dict[str, Any]:
    return {"name": t.name, "sentiment": {"label": t.label, "compound": t.compound}}


def _production_json(p: ProductionMatch) -> dict[str, Any]:
    return {
        "id": p.production_id,
        "confidence": p.confidence,
        "span": [p.span[0], p.span[1]],
        "performance_id": p.performance_id,
    }


def _patron_json(p: PatronMatch | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"id": p.patron_id, "confidence": p.confidence, "method": p.method}
