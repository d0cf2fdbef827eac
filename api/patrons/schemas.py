"""Patron shapes of the API."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel

from api.voice import VoiceOut


class PatronSummary(BaseModel):
    id: int
    kind: str
    display_name: str
    first_name: str | None
    last_name: str | None
    organisation_name: str | None
    email: str | None
    postcode: str | None
    list_codes: list[str]
    consent_email: bool
    consent_sms: bool
    consent_social_linking: bool


class ConsentRecord(BaseModel):
    channel: str
    granted: bool
    at: datetime
    source: str


class Relation(BaseModel):
    kind: str
    direction: str  # "to" (this patron belongs to) or "from" (belongs to this patron)
    patron_id: int
    display_name: str


class ExternalId(BaseModel):
    system: str
    external_id: str


class ProductionBought(BaseModel):
    production_id: int
    title: str
    category: str | None
    tickets: int


class PurchaseSummary(BaseModel):
    orders: int
    tickets: int
    total_spent: Decimal
    first_order_at: datetime | None
    last_order_at: datetime | None
    productions: list[ProductionBought]


class LinkedIdentity(BaseModel):
    platform: str
    handle: str | None
    link_method: str | None


class PatronProfile(PatronSummary):
    phone: str | None
    created_at: datetime
    external_ids: list[ExternalId]
    consents: list[ConsentRecord]
    relations: list[Relation]
    purchases: PurchaseSummary
    social_identities: list[LinkedIdentity]
    social_voice: VoiceOut


class ErasureOut(BaseModel):
    patron_id: int
    identities: int
    mentions: int
    tombstones: int
