"""Quarantined payloads: what a collector could not use, kept with the reason."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from api.deps import Principal, SessionDep, require
from api.pagination import MAX_ID, CursorParam, Limit, Page, after_id, page_by_id
from crm.listening.sources import list_quarantined

router = APIRouter(prefix="/api/v1/quarantine", tags=["quarantine"])


class QuarantinedOut(BaseModel):
    id: int
    source_id: int | None
    platform: str
    platform_id: str | None
    reason: str
    payload: str
    created_at: datetime
    resolved_at: datetime | None


@router.get("", response_model=Page[QuarantinedOut])
def list_quarantine(
    session: SessionDep,
    _: Annotated[Principal, Depends(require("mentions:read"))],
    limit: Limit = 50,
    cursor: CursorParam = None,
    source_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Only from this source.")
    ] = None,
) -> Page[QuarantinedOut]:
    """Payloads a collector could not turn into mentions, oldest first, with the reason."""
    rows = list_quarantined(
        session=session, limit=limit, after=after_id(cursor), source_id=source_id
    )
    page, next_cursor = page_by_id(rows, limit)
    items = [QuarantinedOut.model_validate(q, from_attributes=True) for q in page]
    return Page(items=items, next_cursor=next_cursor)
