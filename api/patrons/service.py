"""Patron queries. Functions take a session and never commit."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, or_, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from api.patrons import schemas
from api.voice import VoiceOut
from crm.coltypes import UTCDateTime
from crm.keyset import keyset
from crm.models import (
    Consent,
    Order,
    OrderLine,
    Patron,
    PatronExternalId,
    PatronListCode,
    PatronRelation,
    Performance,
    Production,
    SocialIdentity,
)
from crm.models.social import LinkMethod
from crm.voice import patron_voice


def list_patrons(
    *,
    session: Session,
    limit: int,
    after: int | None,
    name: str | None = None,
    email: str | None = None,
    list_code: str | None = None,
    kind: str | None = None,
) -> list[Patron]:
    """Up to ``limit + 1`` patrons ordered by id (the extra one tells there is a next page)."""
    query = keyset(select(Patron), col(Patron.id), limit=limit, after=after)
    if name:
        pattern = f"%{name.strip().lower()}%"
        full = func.lower(
            func.coalesce(Patron.first_name, "") + " " + func.coalesce(Patron.last_name, "")
        )
        query = query.where(
            or_(full.like(pattern), func.lower(col(Patron.organisation_name)).like(pattern))
        )
    if email:
        query = query.where(col(Patron.email) == email.strip().lower())
    if kind:
        query = query.where(col(Patron.kind) == kind)
    if list_code:
        coded = select(PatronListCode.patron_id).where(col(PatronListCode.code) == list_code)
        query = query.where(col(Patron.id).in_(coded))
    return list(session.exec(query).all())


def list_codes_of(*, session: Session, patron_ids: list[int]) -> dict[int, list[str]]:
    codes: dict[int, list[str]] = defaultdict(list)
    if not patron_ids:
        return codes
    query = select(PatronListCode).where(col(PatronListCode.patron_id).in_(patron_ids))
    for row in session.exec(query.order_by(col(PatronListCode.code))):
        codes[row.patron_id].append(row.code)
    return codes


def summary(patron: Patron, codes: list[str]) -> schemas.PatronSummary:
    assert patron.id is not None
    return schemas.PatronSummary(
        **patron.model_dump(exclude={"created_at", "updated_at", "phone"}),
        display_name=patron.display_name,
        list_codes=codes,
    )


def profile(*, session: Session, patron: Patron) -> schemas.PatronProfile:
    assert patron.id is not None
    codes = list_codes_of(session=session, patron_ids=[patron.id]).get(patron.id, [])
    base = summary(patron, codes).model_dump()
    return schemas.PatronProfile(
        **base,
        phone=patron.phone,
        created_at=patron.created_at,
        external_ids=_external_ids(session, patron.id),
        consents=_consents(session, patron.id),
        relations=_relations(session, patron.id),
        purchases=purchase_summary(session=session, patron_id=patron.id),
        social_identities=_identities(session, patron.id),
        social_voice=VoiceOut.of(patron_voice(session=session, patron_id=patron.id)),
    )


def _external_ids(session: Session, patron_id: int) -> list[schemas.ExternalId]:
    rows = session.exec(select(PatronExternalId).where(PatronExternalId.patron_id == patron_id))
    return [schemas.ExternalId(system=r.system, external_id=r.external_id) for r in rows]


def _consents(session: Session, patron_id: int) -> list[schemas.ConsentRecord]:
    query = select(Consent).where(Consent.patron_id == patron_id).order_by(col(Consent.at).desc())
    return [schemas.ConsentRecord(**c.model_dump()) for c in session.exec(query)]


def _relations(session: Session, patron_id: int) -> list[schemas.Relation]:
    query = select(PatronRelation).where(
        or_(
            col(PatronRelation.patron_id) == patron_id,
            col(PatronRelation.related_patron_id) == patron_id,
        )
    )
    result = []
    for rel in session.exec(query):
        outgoing = rel.patron_id == patron_id
        other = session.get(Patron, rel.related_patron_id if outgoing else rel.patron_id)
        assert other is not None and other.id is not None
        result.append(
            schemas.Relation(
                kind=rel.kind,
                direction="to" if outgoing else "from",
                patron_id=other.id,
                display_name=other.display_name,
            )
        )
    return result


def _identities(session: Session, patron_id: int) -> list[schemas.LinkedIdentity]:
    query = select(SocialIdentity).where(
        SocialIdentity.patron_id == patron_id, SocialIdentity.link_method != LinkMethod.suggested
    )
    return [
        schemas.LinkedIdentity(platform=i.platform, handle=i.handle, link_method=i.link_method)
        for i in session.exec(query)
    ]


def purchase_summary(*, session: Session, patron_id: int) -> schemas.PurchaseSummary:
    paid = (col(Order.patron_id) == patron_id, col(Order.status) != "cancelled")
    totals = session.execute(
        sa_select(
            func.count(func.distinct(Order.id)),
            func.coalesce(func.sum(OrderLine.quantity), 0),
            func.coalesce(func.sum(OrderLine.quantity * OrderLine.unit_price), 0),
            type_coerce(func.min(Order.ordered_at), UTCDateTime()),
            type_coerce(func.max(Order.ordered_at), UTCDateTime()),
        )
        .join(OrderLine, col(OrderLine.order_id) == col(Order.id))
        .where(*paid)
    ).one()
    by_production = session.exec(
        select(Production.id, Production.title, Production.category, func.sum(OrderLine.quantity))
        .join(Performance, col(Performance.production_id) == col(Production.id))
        .join(OrderLine, col(OrderLine.performance_id) == col(Performance.id))
        .join(Order, col(Order.id) == col(OrderLine.order_id))
        .where(*paid)
        .group_by(col(Production.id), col(Production.title), col(Production.category))
        .order_by(func.sum(OrderLine.quantity).desc())
    ).all()
    orders, tickets, spent, first, last = totals
    return schemas.PurchaseSummary(
        orders=orders,
        tickets=int(tickets),
        total_spent=Decimal(spent).quantize(Decimal("0.01")),
        first_order_at=first,
        last_order_at=last,
        productions=[
            schemas.ProductionBought(production_id=pid, title=t, category=c, tickets=int(n))
            for pid, t, c, n in by_production
        ],
    )
