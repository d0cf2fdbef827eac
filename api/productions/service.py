"""Production queries. Functions take a session and never commit."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from api.productions.schemas import ProductionOut
from crm.models import Performance, Production


def list_productions(
    *,
    session: Session,
    limit: int,
    after: int | None,
    category: str | None = None,
    season: str | None = None,
    title: str | None = None,
) -> list[Production]:
    query = select(Production).order_by(col(Production.id)).limit(limit + 1)
    if after is not None:
        query = query.where(col(Production.id) > after)
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
