"""Patrons from CSV: upsert by external id, normalised email, same-person dedupe, list
codes, consents with their history, and household / employer relations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from crm.coltypes import utcnow
from crm.erasure import erased_ids
from crm.models import (
    Consent,
    ListCode,
    Patron,
    PatronExternalId,
    PatronListCode,
    PatronMerge,
    PatronRelation,
)
from crm.models.patrons import PatronKind, RelationKind
from crm.ticketing import cells
from crm.ticketing.csvreader import Column, CsvRows, Row
from crm.ticketing.importer import ImportReport
from crm.ticketing.refs import patron_ids


def _kind(value: str) -> str:
    value = value.strip().lower() or PatronKind.individual
    if value not in set(PatronKind):
        raise ValueError(f"{value!r} is not a patron kind ({', '.join(PatronKind)})")
    return value


COLUMNS = [
    Column("patron_id", cells.text, required=True),
    Column("kind", _kind),
    Column("first_name", cells.text),
    Column("last_name", cells.text),
    Column("organisation_name", cells.text),
    Column("email", cells.email),
    Column("phone", cells.text),
    Column("postcode", cells.text),
    Column("household_id", cells.text),
    Column("employer_id", cells.text),
    Column("list_codes", cells.pipe_list),
    Column("consent_email", cells.boolean),
    Column("consent_sms", cells.boolean),
    Column("consent_social", cells.boolean),
    Column("consent_at", cells.iso_datetime),
    Column("consent_source", cells.text),
]
FIELDS = ("kind", "first_name", "last_name", "organisation_name", "email", "phone", "postcode")
CONSENTS = {  # CSV column -> (consent channel, Patron attribute)
    "consent_email": ("email", "consent_email"),
    "consent_sms": ("sms", "consent_sms"),
    "consent_social": ("social_linking", "consent_social_linking"),
}
RELATIONS = {"household_id": RelationKind.household_member, "employer_id": RelationKind.employee_of}
PersonKey = tuple[str, str, str]


@dataclass
class _Batch:
    known: dict[str, int]  # external id -> patron id, for ids already in the database
    loaded: dict[int, Patron]
    people: dict[PersonKey, Patron]
    fresh: dict[str, Patron] = field(default_factory=dict)  # external ids first seen here
    merged: set[str] = field(default_factory=set)


def person_key(values: dict[str, Any]) -> PersonKey | None:
    """Same normalised email and same name: one person (a shared family address is not)."""
    if not values.get("email") or not (values.get("first_name") or values.get("last_name")):
        return None
    first = (values.get("first_name") or "").casefold()
    return (values["email"], first, (values.get("last_name") or "").casefold())


class PatronImporter:
    columns = COLUMNS

    def __init__(self, session: Session, rows: CsvRows, system: str) -> None:
        self.session = session
        self.rows = rows
        self.system = system
        self.codes: set[str] = set(session.exec(select(ListCode.code)))
        self.pending_relations: list[tuple[int, int, str, str]] = []  # line, patron, column, ref

    def write_batch(self, rows: list[Row], report: ImportReport) -> None:
        erased = erased_ids(self.session, self.system, [r.values["patron_id"] for r in rows])
        if erased:
            rows = [r for r in rows if r.values["patron_id"] not in erased]
            report.skipped_erased += len(erased)
        known = patron_ids(self.session, self.system, [r.values["patron_id"] for r in rows])
        batch = _Batch(known, self._load(set(known.values())), self._people_with_emails(rows))
        touched = [(row, *self._match(row, batch, report)) for row in rows]
        self.session.flush()  # gives new patrons their ids
        for row, patron, is_new in touched:
            self._link_external_id(row, patron, batch)
            self._after_save(row, patron, is_new)
        self.session.flush()

    def _load(self, ids: set[int]) -> dict[int, Patron]:
        if not ids:
            return {}
        found = self.session.exec(select(Patron).where(col(Patron.id).in_(ids))).all()
        return {p.id: p for p in found if p.id is not None}

    def _people_with_emails(self, rows: list[Row]) -> dict[PersonKey, Patron]:
        emails = {r.values["email"] for r in rows if r.values.get("email")}
        if not emails:
            return {}
        found = self.session.exec(select(Patron).where(col(Patron.email).in_(emails))).all()
        keyed = ((person_key(p.model_dump()), p) for p in found)
        return {key: p for key, p in keyed if key is not None}

    def _match(self, row: Row, batch: _Batch, report: ImportReport) -> tuple[Patron, bool]:
        values = row.values
        ext, key = values["patron_id"], person_key(values)
        is_new = False
        if ext in batch.known:
            patron = batch.loaded[batch.known[ext]]
            report.updated += 1
        elif ext in batch.fresh:  # the same id twice in one batch: the later row wins
            patron = batch.fresh[ext]
        elif key is not None and key in batch.people:
            patron = batch.people[key]
            batch.merged.add(ext)
            report.merged += 1
        else:
            patron, is_new = Patron(), True
            report.created += 1
        if ext not in batch.known:
            batch.fresh.setdefault(ext, patron)
        for name in FIELDS:
            if name in values:
                setattr(patron, name, values[name])
        patron.updated_at = utcnow()
        self.session.add(patron)
        if key is not None:
            batch.people[key] = patron
        return patron, is_new

    def _link_external_id(self, row: Row, patron: Patron, batch: _Batch) -> None:
        ext = row.values["patron_id"]
        if ext in batch.known:
            return
        assert patron.id is not None
        batch.known[ext] = patron.id
        self.session.add(PatronExternalId(patron_id=patron.id, system=self.system, external_id=ext))
        if ext in batch.merged:  # matched an existing person: remember it, so nothing splits later
            reason = f"import dedupe: {self.system}:{ext} has the same email and name"
            self.session.add(PatronMerge(survivor_id=patron.id, reason=reason))

    def _after_save(self, row: Row, patron: Patron, is_new: bool) -> None:
        assert patron.id is not None
        values = row.values
        if "list_codes" in values:
            self._set_codes(patron.id, values["list_codes"], f"{self.system}:{values['patron_id']}")
        at: datetime = values.get("consent_at") or utcnow()
        source = values.get("consent_source") or f"import {self.rows.path.name}"
        for column, (channel, attr) in CONSENTS.items():
            granted = values.get(column)
            if granted is None or (not is_new and getattr(patron, attr) == granted):
                continue
            setattr(patron, attr, granted)
            self.session.add(
                Consent(patron_id=patron.id, channel=channel, granted=granted, at=at, source=source)
            )
        for column in RELATIONS:
            if values.get(column):
                self.pending_relations.append((row.line, patron.id, column, values[column]))

    def _set_codes(self, patron_id: int, codes: list[str], source: str) -> None:
        """Replace the codes this record set before; codes from other records stay."""
        for code in codes:
            if code not in self.codes:
                self.session.add(ListCode(code=code))
                self.codes.add(code)
        self.session.flush()
        ours = col(PatronListCode.patron_id) == patron_id
        self.session.execute(
            delete(PatronListCode).where(ours, col(PatronListCode.source) == source)
        )
        existing = set(self.session.exec(select(PatronListCode.code).where(ours)))
        self.session.add_all(
            PatronListCode(patron_id=patron_id, code=c, source=source)
            for c in set(codes) - existing
        )

    def finish(self, report: ImportReport) -> None:
        """Relations point at other rows' ids, which may come later in the file."""
        refs = [ref for _, _, _, ref in self.pending_relations]
        targets = patron_ids(self.session, self.system, refs)
        for line, patron_id, column, ref in self.pending_relations:
            target = targets.get(ref)
            if target is None:
                self.rows.error(
                    line,
                    column,
                    f"{ref!r} is not a patron in this file or known to system {self.system!r}",
                )
                continue
            self._relate(patron_id, target, RELATIONS[column])

    def _relate(self, patron_id: int, target: int, kind: str) -> None:
        exists = self.session.exec(
            select(PatronRelation.id).where(
                PatronRelation.patron_id == patron_id,
                PatronRelation.related_patron_id == target,
                PatronRelation.kind == kind,
            )
        ).first()
        if exists is None:
            self.session.add(
                PatronRelation(patron_id=patron_id, related_patron_id=target, kind=kind)
            )
