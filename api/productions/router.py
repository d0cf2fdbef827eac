"""Productions (shows) and their runs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.deps import Principal, SessionDep, require
from api.errors import NotFound
from api.pagination import CursorParam, Id, Limit, Page, after_id, page_by_id
from api.productions import service
from api.productions.schemas import ProductionDetail, ProductionOut
from crm.models import Production

router = APIRouter(prefix="/api/v1/productions", tags=["productions"])


@router.get("", response_model=Page[ProductionOut])
def list_productions(
    session: SessionDep,
    _: Annotated[Principal, Depends(require("productions:read"))],
    limit: Limit = 50,
    cursor: CursorParam = None,
    category: Annotated[str | None, Query(description="e.g. drama, musical, children")] = None,
    season: Annotated[str | None, Query(description="e.g. 2025/26")] = None,
    title: Annotated[str | None, Query(description="Part of the title.")] = None,
) -> Page[ProductionOut]:
    """Productions ordered by id, with how many performances each has."""
    rows = service.list_productions(
        session=session,
        limit=limit,
        after=after_id(cursor),
        category=category,
        season=season,
        title=title,
    )
    page, next_cursor = page_by_id(rows, limit)
    counts = service.performance_counts(session=session, production_ids=[p.id for p in page])
    items = [service.to_out(p, counts.get(p.id, 0)) for p in page]
    return Page(items=items, next_cursor=next_cursor)


@router.get("/{production_id}", response_model=ProductionDetail)
def get_production(
    production_id: Id,
    session: SessionDep,
    _: Annotated[Principal, Depends(require("productions:read"))],
) -> ProductionDetail:
    """One production with both sides of its story: the audience from ticketing (tickets,
    orders, distinct patrons) and the social voice from listening (mentions matched to it,
    their sentiment, and the experience touchpoints they speak of)."""
    production = session.get(Production, production_id)
    if production is None:
        raise NotFound(f"no production with id {production_id}")
    return service.detail(session=session, production=production)
