"""Listening sources: add, list, pause, resume, remove; what is due to run."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, or_, select

from collectors import registry
from collectors.base import SourceSpec
from crm.coltypes import utcnow
from crm.keyset import keyset
from crm.models import ListeningSource, Production, QuarantinedPayload
from crm.models.listening import SourceStatus

KINDS = {name: kind.description for name, kind in registry.KINDS.items()}


class SourceError(ValueError):
    pass


def add_source(
    *,
    session: Session,
    name: str,
    kind: str,
    query: str | None = None,
    terms: list[str] | None = None,
    options: dict[str, Any] | None = None,
    production_id: int | None = None,
    interval_seconds: int = 900,
    credential_ref: str | None = None,
) -> ListeningSource:
    spec = SourceSpec(
        kind=kind, name=name, query=query, terms=tuple(terms or ()), options=options or {}
    )
    problems = registry.spec_problems(spec)
    if problems:
        raise SourceError("; ".join(problems))
    if production_id is not None and session.get(Production, production_id) is None:
        raise SourceError(f"no production with id {production_id}")
    if session.exec(select(ListeningSource).where(ListeningSource.name == name)).first():
        raise SourceError(f"a source named {name!r} exists already")
    source = ListeningSource(
        name=name,
        kind=kind,
        query=query,
        terms=list(terms or []),
        options=dict(options or {}),
        production_id=production_id,
        interval_seconds=interval_seconds,
        credential_ref=credential_ref,
        next_run_at=utcnow(),
    )
    session.add(source)
    session.flush()
    return source


def get_by_name(*, session: Session, name: str) -> ListeningSource:
    source = session.exec(select(ListeningSource).where(ListeningSource.name == name)).first()
    if source is None:
        raise SourceError(f"no source named {name!r}")
    return source


def set_status(
    *, session: Session, source: ListeningSource, status: str, reason: str | None
) -> None:
    source.status = status
    source.status_reason = reason
    if status == SourceStatus.active:
        source.next_run_at = utcnow()
    session.add(source)


def due_sources(*, session: Session, now: datetime | None = None) -> list[ListeningSource]:
    now = now or utcnow()
    query = select(ListeningSource).where(
        ListeningSource.status == SourceStatus.active,
        or_(col(ListeningSource.next_run_at).is_(None), col(ListeningSource.next_run_at) <= now),
    )
    return list(session.exec(query.order_by(col(ListeningSource.id))))


def schedule_next(source: ListeningSource, *, at: datetime | None = None) -> None:
    source.next_run_at = at or utcnow() + timedelta(seconds=source.interval_seconds)


def list_sources(*, session: Session, limit: int, after: int | None) -> list[ListeningSource]:
    return list(
        session.exec(
            keyset(select(ListeningSource), col(ListeningSource.id), limit=limit, after=after)
        )
    )


def list_quarantined(
    *, session: Session, limit: int, after: int | None, source_id: int | None = None
) -> list[QuarantinedPayload]:
    query = select(QuarantinedPayload)
    if source_id is not None:
        query = query.where(QuarantinedPayload.source_id == source_id)
    return list(session.exec(keyset(query, col(QuarantinedPayload.id), limit=limit, after=after)))
