"""All demo rows, table by table in foreign-key order, from one configuration."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table

from crm.demo.catalogue import build_catalogue
from crm.demo.config import DemoConfig, Row
from crm.demo.identities import build_identities
from crm.demo.interactions import build_interactions
from crm.demo.mentions import build_mentions
from crm.demo.patrons import build_people
from crm.demo.sales import build_sales
from crm.demo.sources import build_sources
from crm.models import (
    Consent,
    Interaction,
    ListCode,
    ListeningSource,
    Mention,
    MentionSource,
    Order,
    OrderLine,
    Patron,
    PatronExternalId,
    PatronListCode,
    PatronRelation,
    Performance,
    Production,
    SocialIdentity,
    TriageState,
)


@dataclass(frozen=True)
class Part:
    name: str  # the key in load_demo's counts
    table: Table
    rows: list[Row]


def table_of(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


def build_dataset(config: DemoConfig) -> list[Part]:
    catalogue = build_catalogue()
    people = build_people(config)
    sales = build_sales(config, catalogue.shows, people.profiles)
    identities = build_identities(config, people.profiles)
    chatter = build_mentions(config, catalogue.shows, identities, sales.bought)
    parts = [
        ("list_codes", ListCode, people.list_codes),
        ("productions", Production, catalogue.production_rows),
        ("performances", Performance, catalogue.performance_rows),
        ("patrons", Patron, people.patrons),
        ("external_ids", PatronExternalId, people.external_ids),
        ("relations", PatronRelation, people.relations),
        ("patron_list_codes", PatronListCode, people.patron_list_codes),
        ("consents", Consent, people.consents),
        ("orders", Order, sales.orders),
        ("order_lines", OrderLine, sales.lines),
        ("interactions", Interaction, build_interactions(config, people.profiles, sales.bought)),
        ("social_identities", SocialIdentity, identities.rows),
        ("listening_sources", ListeningSource, build_sources()),
        ("mentions", Mention, chatter.mentions),
        ("mention_sources", MentionSource, chatter.mention_sources),
        ("triage", TriageState, chatter.triage),
    ]
    return [Part(name, table_of(model), rows) for name, model, rows in parts]
