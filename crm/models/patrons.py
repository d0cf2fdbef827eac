"""Patrons: people, organisations and households of the traditional CRM."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from crm.coltypes import JSONType, UTCDateTime, utcnow


class PatronKind(StrEnum):
    individual = "individual"
    organisation = "organisation"
    household = "household"


class RelationKind(StrEnum):
    household_member = "household_member"
    employee_of = "employee_of"


class ConsentChannel(StrEnum):
    email = "email"
    sms = "sms"
    social_linking = "social_linking"


class Patron(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default=PatronKind.individual, max_length=16, index=True)
    first_name: str | None = Field(default=None, max_length=120)
    last_name: str | None = Field(default=None, max_length=120, index=True)
    organisation_name: str | None = Field(default=None, max_length=250)
    email: str | None = Field(default=None, max_length=320, index=True)  # normalised
    phone: str | None = Field(default=None, max_length=40)
    postcode: str | None = Field(default=None, max_length=20)
    # Current consent state; the history with when and how is in Consent.
    consent_email: bool = Field(default=False)
    consent_sms: bool = Field(default=False)
    consent_social_linking: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

    @property
    def display_name(self) -> str:
        if self.kind != PatronKind.individual and self.organisation_name:
            return self.organisation_name
        return " ".join(p for p in (self.first_name, self.last_name) if p) or "(no name)"


class PatronExternalId(SQLModel, table=True):
    """The id a ticketing system knows a patron by; imports upsert through it."""

    __table_args__ = (UniqueConstraint("system", "external_id"),)
    id: int | None = Field(default=None, primary_key=True)
    patron_id: int = Field(foreign_key="patron.id", ondelete="CASCADE", index=True)
    system: str = Field(max_length=40)
    external_id: str = Field(max_length=120)


class PatronRelation(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("patron_id", "related_patron_id", "kind"),)
    id: int | None = Field(default=None, primary_key=True)
    patron_id: int = Field(foreign_key="patron.id", ondelete="CASCADE", index=True)
    related_patron_id: int = Field(foreign_key="patron.id", ondelete="CASCADE", index=True)
    kind: str = Field(max_length=32)


class ListCode(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=60)
    description: str | None = None


class PatronListCode(SQLModel, table=True):
    patron_id: int = Field(foreign_key="patron.id", ondelete="CASCADE", primary_key=True)
    code: str = Field(foreign_key="listcode.code", ondelete="CASCADE", primary_key=True)
    # The record that set it (e.g. "csv:P-1003"): an import replaces only its own codes, so
    # a patron merged from two records keeps the codes of both.
    source: str | None = Field(default=None, max_length=160)


class Consent(SQLModel, table=True):
    """One consent decision: channel, granted or withdrawn, when and how it was given."""

    id: int | None = Field(default=None, primary_key=True)
    patron_id: int = Field(foreign_key="patron.id", ondelete="CASCADE", index=True)
    channel: str = Field(max_length=32)
    granted: bool
    at: datetime = Field(sa_type=UTCDateTime)
    source: str = Field(max_length=120)


class Interaction(SQLModel, table=True):
    """A traditional CRM touch: email sent/opened/clicked, call, complaint, survey, campaign."""

    id: int | None = Field(default=None, primary_key=True)
    patron_id: int = Field(foreign_key="patron.id", ondelete="CASCADE", index=True)
    kind: str = Field(max_length=40, index=True)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    channel: str | None = Field(default=None, max_length=40)
    campaign: str | None = Field(default=None, max_length=120)
    detail: dict[str, object] | None = Field(default=None, sa_column=Column(JSONType))


class PatronMerge(SQLModel, table=True):
    """Remembers that ``merged_external`` ids now belong to ``survivor_id``."""

    id: int | None = Field(default=None, primary_key=True)
    survivor_id: int = Field(foreign_key="patron.id", ondelete="CASCADE", index=True)
    merged_patron_id: int | None = None
    reason: str = Field(max_length=200)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ErasureTombstone(SQLModel, table=True):
    """An erased patron's external id, hashed: a later import of the same ticketing record
    is skipped instead of bringing the person back. Holds no personal data."""

    __table_args__ = (UniqueConstraint("system", "external_id_hash"),)
    id: int | None = Field(default=None, primary_key=True)
    system: str = Field(max_length=40)
    external_id_hash: str = Field(max_length=64)
    erased_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
