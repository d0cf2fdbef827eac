"""Listening sources: what Foyer listens to, on which platform, tied to which production."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from api.deps import Principal, SessionDep, require
from api.errors import NotFound, Unprocessable
from api.pagination import CursorParam, Id, Limit, Page, after_id, page_by_id
from api.sources.schemas import SourceIn, SourceOut
from crm.listening import sources as service
from crm.models import ListeningSource
from crm.models.listening import SourceStatus

router = APIRouter(prefix="/api/v1/sources", tags=["sources"])
CanRead = Annotated[Principal, Depends(require("sources:read"))]
CanWrite = Annotated[Principal, Depends(require("sources:write"))]


def _get(session: SessionDep, source_id: int) -> ListeningSource:
    source = session.get(ListeningSource, source_id)
    if source is None:
        raise NotFound(f"no source with id {source_id}")
    return source


@router.get("", response_model=Page[SourceOut])
def list_sources(
    session: SessionDep, _: CanRead, limit: Limit = 50, cursor: CursorParam = None
) -> Page[SourceOut]:
    """Sources ordered by id, with status, schedule and cursor."""
    rows = service.list_sources(session=session, limit=limit, after=after_id(cursor))
    page, next_cursor = page_by_id(rows, limit)
    return Page(
        items=[SourceOut.model_validate(s, from_attributes=True) for s in page],
        next_cursor=next_cursor,
    )


@router.post("", response_model=SourceOut, status_code=201)
def add_source(body: SourceIn, session: SessionDep, _: CanWrite) -> SourceOut:
    """Add a source. Credentials are settings, never part of a source."""
    try:
        source = service.add_source(session=session, **body.model_dump())
    except service.SourceError as exc:
        raise Unprocessable(str(exc)) from None
    return SourceOut.model_validate(source, from_attributes=True)


@router.post("/{source_id}/pause", response_model=SourceOut)
def pause_source(source_id: Id, session: SessionDep, _: CanWrite) -> SourceOut:
    """Stop collecting; the cursor is kept."""
    source = _get(session, source_id)
    service.set_status(
        session=session, source=source, status=SourceStatus.paused, reason="paused through the API"
    )
    return SourceOut.model_validate(source, from_attributes=True)


@router.post("/{source_id}/resume", response_model=SourceOut)
def resume_source(source_id: Id, session: SessionDep, _: CanWrite) -> SourceOut:
    """Collect again from where the source stopped."""
    source = _get(session, source_id)
    service.set_status(session=session, source=source, status=SourceStatus.active, reason=None)
    return SourceOut.model_validate(source, from_attributes=True)


@router.delete("/{source_id}", status_code=204)
def remove_source(source_id: Id, session: SessionDep, _: CanWrite) -> None:
    """Remove a source; the mentions it caught stay."""
    session.delete(_get(session, source_id))
