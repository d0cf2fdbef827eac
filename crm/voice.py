"""The social voice in numbers: what is said (and how) by a patron's linked identities or
about a production. Where the ticketing CRM and the listening layer meet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from crm.coltypes import UTCDateTime
from crm.models import (
    Enrichment,
    Mention,
    MentionProduction,
    MentionTouchpoint,
    SocialIdentity,
)
from crm.models.social import LinkMethod

LABELS = ("positive", "neutral", "negative")


@dataclass
class Voice:
    mentions: int = 0
    enriched: int = 0
    sentiment: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    average_compound: float | None = None
    last_mention_at: datetime | None = None
    touchpoints: dict[str, dict[str, int]] = field(default_factory=dict)


def _summarise(session: Session, mention_ids: Select[Any]) -> Voice:
    voice = Voice()
    totals = session.execute(
        sa_select(func.count(), type_coerce(func.max(Mention.created_at), UTCDateTime())).where(
            col(Mention.id).in_(mention_ids)
        )
    ).one()
    voice.mentions, voice.last_mention_at = totals[0], totals[1]
    by_label = session.execute(
        sa_select(
            col(Enrichment.sentiment_label),
            func.count(),
            func.avg(col(Enrichment.sentiment_compound)),
        )
        .where(col(Enrichment.mention_id).in_(mention_ids))
        .group_by(col(Enrichment.sentiment_label))
    ).all()
    weighted = 0.0
    for label, count, average in by_label:
        voice.sentiment[label] = count
        voice.enriched += count
        weighted += float(average or 0.0) * count
    voice.average_compound = round(weighted / voice.enriched, 4) if voice.enriched else None
    aspects = session.execute(
        sa_select(col(MentionTouchpoint.name), col(MentionTouchpoint.label), func.count())
        .where(col(MentionTouchpoint.mention_id).in_(mention_ids))
        .group_by(col(MentionTouchpoint.name), col(MentionTouchpoint.label))
    ).all()
    for name, label, count in aspects:
        voice.touchpoints.setdefault(name, dict.fromkeys(LABELS, 0))[label] = count
    return voice


def patron_voice(*, session: Session, patron_id: int) -> Voice:
    """What a patron says through identities linked for real (a suggestion is not a link)."""
    identities = sa_select(col(SocialIdentity.id)).where(
        col(SocialIdentity.patron_id) == patron_id,
        col(SocialIdentity.link_method) != LinkMethod.suggested,
    )
    mentions = sa_select(col(Mention.id)).where(col(Mention.author_id).in_(identities))
    return _summarise(session, mentions)


def production_voice(*, session: Session, production_id: int) -> Voice:
    """What is said about a production, from the mentions matched to it."""
    mentions = sa_select(col(MentionProduction.mention_id)).where(
        col(MentionProduction.production_id) == production_id
    )
    return _summarise(session, mentions)
