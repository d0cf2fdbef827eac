"""Patrons: the traditional CRM profile, with what Foyer adds to it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.deps import Principal, SessionDep, require
from api.errors import NotFound
from api.pagination import CursorParam, Id, Limit, Page, after_id, page_by_id
from api.patrons import schemas, service
from crm.erasure import erase_patron
from crm.models import Patron

router = APIRouter(prefix="/api/v1/patrons", tags=["patrons"])
CanRead = Annotated[Principal, Depends(require("patrons:read"))]
CanWrite = Annotated[Principal, Depends(require("patrons:write"))]


@router.get("", response_model=Page[schemas.PatronSummary])
def list_patrons(
    session: SessionDep,
    _: CanRead,
    limit: Limit = 50,
    cursor: CursorParam = None,
    name: Annotated[str | None, Query(description="Part of the name or organisation.")] = None,
    email: Annotated[str | None, Query(description="Exact email (case-insensitive).")] = None,
    list_code: Annotated[str | None, Query(description="Patrons carrying this list code.")] = None,
    kind: Annotated[str | None, Query(pattern="^(individual|organisation|household)$")] = None,
) -> Page[schemas.PatronSummary]:
    """Patrons ordered by id, filtered by name, email, list code or kind."""
    rows = service.list_patrons(
        session=session,
        limit=limit,
        after=after_id(cursor),
        name=name,
        email=email,
        list_code=list_code,
        kind=kind,
    )
    page, next_cursor = page_by_id(rows, limit)
    codes = service.list_codes_of(session=session, patron_ids=[p.id for p in page])
    items = [service.summary(p, codes.get(p.id, [])) for p in page]
    return Page(items=items, next_cursor=next_cursor)


@router.get("/{patron_id}", response_model=schemas.PatronProfile)
def get_patron(patron_id: Id, session: SessionDep, _: CanRead) -> schemas.PatronProfile:
    """One patron's profile: contact, consents with history, relations, list codes, external
    ids, a purchase history summary and linked social identities."""
    patron = session.get(Patron, patron_id)
    if patron is None:
        raise NotFound(f"no patron with id {patron_id}")
    return service.profile(session=session, patron=patron)


@router.delete("/{patron_id}", response_model=schemas.ErasureOut)
def erase(patron_id: Id, session: SessionDep, principal: CanWrite) -> schemas.ErasureOut:
    """Erase a patron on request (right to erasure): the patron, their consents, codes,
    relations and interactions, their linked social identities and the mentions those wrote.
    Orders stay for the accounts without the person. A later import of the same ticketing
    record is skipped. The audit log keeps ids only."""
    patron = session.get(Patron, patron_id)
    if patron is None:
        raise NotFound(f"no patron with id {patron_id}")
    report = erase_patron(session=session, patron=patron, actor=principal.name)
    return schemas.ErasureOut(**report.__dict__)
