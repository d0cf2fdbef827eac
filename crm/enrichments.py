"""Enrichment on the storage side: the catalogue the engine matches against, which mentions
need (re-)enrichment, and saving results (replacing older pipeline versions)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import delete, func, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, or_, select

import enrichment as nlp
from crm.coltypes import UTCDateTime, utcnow
from crm.models import (
    Enrichment,
    Mention,
    MentionProduction,
    MentionTouchpoint,
    Order,
    OrderLine,
    Patron,
    Performance,
    Production,
    SocialIdentity,
    Venue,
)
from crm.models.social import LinkMethod

ATTENDANCE_LOOKBACK = timedelta(days=548)  # past attendance that can back a suggested link


def load_catalogue(
    *, session: Session, venue_names: Sequence[str] = (), venue_handles: Sequence[str] = ()
) -> nlp.Catalogue:
    """Everything the engine needs from the database, as plain data."""
    venues = session.exec(select(Venue)).all()
    names = [*venue_names, *(n for v in venues for n in (v.name, *v.aliases))]
    handles = [*venue_handles, *(h for v in venues for h in v.handles)]
    return nlp.Catalogue(
        productions=tuple(_productions(session)),
        identities=tuple(_identities(session)),
        attendances=tuple(_attendances(session)),
        venue_names=tuple(dict.fromkeys(names)),
        venue_handles=tuple(dict.fromkeys(handles)),
    )


def _productions(session: Session) -> list[nlp.CatalogueProduction]:
    slots: dict[int, list[nlp.PerformanceSlot]] = {}
    for perf in session.exec(select(Performance).order_by(col(Performance.starts_at))):
        slots.setdefault(perf.production_id, []).append(
            nlp.PerformanceSlot(id=str(perf.id), starts_at=perf.starts_at)
        )
    return [
        nlp.CatalogueProduction(
            id=str(p.id),
            title=p.title,
            aliases=tuple(p.aliases),
            cues=tuple(p.cues),
            hashtags=tuple(p.hashtags),
            handles=tuple(p.handles),
            category=p.category,
            first_performance=p.first_performance,
            last_performance=p.last_performance,
            performances=tuple(slots.get(p.id or 0, ())),
        )
        for p in session.exec(select(Production))
    ]


def _identities(session: Session) -> list[nlp.KnownIdentity]:
    """Only real links: a suggested link never counts until someone confirms it."""
    query = select(SocialIdentity).where(
        col(SocialIdentity.patron_id).is_not(None),
        or_(
            col(SocialIdentity.link_method).is_(None),
            SocialIdentity.link_method != LinkMethod.suggested,
        ),
    )
    return [
        nlp.KnownIdentity(
            platform=i.platform,
            platform_user_id=i.platform_user_id,
            handle=i.handle,
            patron_id=str(i.patron_id),
        )
        for i in session.exec(query)
    ]


def _attendances(session: Session) -> list[nlp.Attendance]:
    """Recent attenders with names, for suggesting (never making) links to unknown authors."""
    since = utcnow() - ATTENDANCE_LOOKBACK
    query = (
        sa_select(
            col(Patron.id),
            col(Patron.first_name),
            col(Patron.last_name),
            col(Performance.production_id),
            type_coerce(func.min(Performance.starts_at), UTCDateTime()),
        )
        .join(Order, col(Order.patron_id) == col(Patron.id))
        .join(OrderLine, col(OrderLine.order_id) == col(Order.id))
        .join(Performance, col(Performance.id) == col(OrderLine.performance_id))
        .where(col(Performance.starts_at) >= since, col(Patron.last_name).is_not(None))
        .group_by(
            col(Patron.id),
            col(Patron.first_name),
            col(Patron.last_name),
            col(Performance.production_id),
        )
    )
    result = []
    for pid, first, last, production_id, starts in session.execute(query):
        day = starts.date()
        name = " ".join(p for p in (first, last) if p)
        result.append(
            nlp.Attendance(
                patron_id=str(pid), name=name, production_id=str(production_id), attended_on=day
            )
        )
    return result


def mentions_to_enrich(*, session: Session, version: str, limit: int) -> list[int]:
    """Ids of mentions with no enrichment, or one from another pipeline version."""
    query = (
        select(Mention.id)
        .outerjoin(Enrichment, col(Enrichment.mention_id) == col(Mention.id))
        .where(or_(col(Enrichment.mention_id).is_(None), Enrichment.pipeline_version != version))
        .order_by(col(Mention.id))
        .limit(limit)
    )
    return [i for i in session.exec(query) if i is not None]


def as_input(
    mention: Mention, author: SocialIdentity | None, source_production_id: int | None
) -> nlp.MentionInput:
    assert mention.id is not None
    return nlp.MentionInput(
        id=str(mention.id),
        text=mention.text if not mention.title else f"{mention.title}\n{mention.text}",
        created_at=mention.created_at,
        platform=mention.platform,
        author=nlp.AuthorRef(
            platform_user_id=author.platform_user_id,
            handle=author.handle,
            display_name=author.display_name,
        )
        if author
        else None,
        source_production_id=str(source_production_id) if source_production_id else None,
        language_hint=mention.language_hint,
    )


def save(*, session: Session, mention_id: int, result: nlp.Enrichment) -> None:
    """Replace the mention's enrichment with ``result``."""
    for model in (MentionTouchpoint, MentionProduction):
        session.execute(delete(model).where(col(model.mention_id) == mention_id))
    row = session.get(Enrichment, mention_id) or Enrichment(
        mention_id=mention_id,
        pipeline_version="",
        language="und",
        sentiment_label="neutral",
        sentiment_compound=0.0,
    )
    row.pipeline_version = result.pipeline_version
    row.language = result.language
    row.sentiment_label = result.sentiment.label
    row.sentiment_compound = result.sentiment.compound
    row.keywords = list(result.keywords)
    row.patron_id = int(result.patron.patron_id) if result.patron else None
    row.patron_confidence = result.patron.confidence if result.patron else None
    row.suggested_patrons = [
        {"patron_id": int(s.patron_id), "confidence": s.confidence, "method": s.method}
        for s in result.suggested_patrons
    ]
    row.enriched_at = utcnow()
    session.add(row)
    for tp in result.touchpoints:
        session.add(
            MentionTouchpoint(
                mention_id=mention_id, name=tp.name, label=tp.label, compound=tp.compound
            )
        )
    for match in {m.production_id: m for m in result.productions}.values():
        session.add(
            MentionProduction(
                mention_id=mention_id,
                production_id=int(match.production_id),
                performance_id=int(match.performance_id) if match.performance_id else None,
                confidence=match.confidence,
                span_start=match.span[0],
                span_end=match.span[1],
            )
        )
