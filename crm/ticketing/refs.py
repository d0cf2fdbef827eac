"""Resolving a ticketing system's ids to ours."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from crm.models import PatronExternalId, Performance, Production


def patron_ids(session: Session, system: str, external_ids: Iterable[str]) -> dict[str, int]:
    """Our patron ids for a batch of the system's ids (unknown ids are left out)."""
    keys = list(set(external_ids))
    if not keys:
        return {}
    query = select(PatronExternalId.external_id, PatronExternalId.patron_id).where(
        PatronExternalId.system == system, col(PatronExternalId.external_id).in_(keys)
    )
    return dict(session.exec(query).all())


def catalogue_ids(session: Session, model: type[Production | Performance]) -> dict[str, int]:
    """All external ids of productions or performances (a venue has thousands, not millions)."""
    query = select(model.external_id, model.id)
    return {ext: pk for ext, pk in session.exec(query) if ext is not None and pk is not None}
