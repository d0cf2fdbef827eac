"""Production queries. Functions take a session and never commit."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from api.productions.schemas import AudienceOut, ProductionDetail, ProductionOut
from api.voice import VoiceOut
from crm.keyset import keyset
from crm.models import Order, OrderLine, Performance, Production
from crm.voice import production_voice


def list_productions(
    *,
    session: Session,
    limit: int,
    after: int | None,
    category: str | None = None,
    season: str | None = None,
    title: str | None = None,
) -> list[Production]:
    query = keyset(select(Production), col(Production.id), limit=limit, after=after)
    if category:
        query = query.where(col(Production.category) == category)
    if season:
        query = query.where(col(Production.season) == season)
    if title:
        query = query.where(func.lower(col(Production.title)).like(f"%{title.lower()}%"))
    return list(session.exec(query).all())


def performance_counts(*, session: Session, production_ids: list[int]) -> dict[int, int]:
    if not production_ids:
        return {}
    query = (
        select(Performance.production_id, func.count())
        .where(col(Performance.production_id).in_(production_ids))
        .group_by(col(Performance.production_id))
    )
    return dict(session.exec(query).all())


def to_out(production: Production, performances: int) -> ProductionOut:
    return ProductionOut(**production.model_dump(), performances=performances)


def audience(*, session: Session, production_id: int) -> AudienceOut:
    row = session.execute(
        sa_select(
            func.coalesce(func.sum(OrderLine.quantity), 0),
            func.count(func.distinct(Order.id)),
            func.count(func.distinct(Order.patron_id)),
        )
        .join(Order, col(Order.id) == col(OrderLine.order_id))
        .join(Performance, col(Performance.id) == col(OrderLine.performance_id))
        .where(col(Performance.production_id) == production_id, col(Order.status) != "cancelled")
    ).one()
    return AudienceOut(tickets=int(row[0]), orders=row[1], patrons=row[2])


def detail(*, session: Session, production: Production) -> ProductionDetail:
    assert production.id is not None
    counts = performance_counts(session=session, production_ids=[production.id])
    return ProductionDetail(
        **to_out(production, counts.get(production.id, 0)).model_dump(),
        audience=audience(session=session, production_id=production.id),
        social_voice=VoiceOut.of(production_voice(session=session, production_id=production.id)),
    )
