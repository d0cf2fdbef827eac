"""SQLModel tables, one module per part of the design. Importing this registers them all."""

from crm.models.access import ApiKey, AuditLog
from crm.models.listening import ListeningSource, MentionSource, QuarantinedPayload
from crm.models.orders import Order, OrderLine
from crm.models.patrons import (
    Consent,
    ErasureTombstone,
    Interaction,
    ListCode,
    Patron,
    PatronExternalId,
    PatronListCode,
    PatronMerge,
    PatronRelation,
)
from crm.models.productions import Performance, Production, Venue
from crm.models.segments import Segment
from crm.models.social import (
    Enrichment,
    Mention,
    MentionProduction,
    MentionTouchpoint,
    SocialIdentity,
    TriageEvent,
    TriageState,
)

__all__ = [
    "ApiKey",
    "AuditLog",
    "Consent",
    "Enrichment",
    "ErasureTombstone",
    "Interaction",
    "ListCode",
    "ListeningSource",
    "Mention",
    "MentionProduction",
    "MentionSource",
    "MentionTouchpoint",
    "Order",
    "OrderLine",
    "Patron",
    "PatronExternalId",
    "PatronListCode",
    "PatronMerge",
    "PatronRelation",
    "Performance",
    "Production",
    "QuarantinedPayload",
    "Segment",
    "SocialIdentity",
    "TriageEvent",
    "TriageState",
    "Venue",
]
