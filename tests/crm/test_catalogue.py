"""`load_catalogue`: what the enrichment engine gets from the database."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from crm.enrichments import load_catalogue
from crm.models import Performance, Production, Venue


def test_productions_come_with_their_names_cues_and_performances(session: Session) -> None:
    show = Production(
        external_id="X1",
        title="Company",
        aliases=["Company the Musical"],
        hashtags=["#CompanyMusical"],
        cues=["Bobby", "Being Alive"],
    )
    session.add(show)
    session.flush()
    session.add(
        Performance(production_id=show.id or 0, starts_at=datetime(2025, 11, 6, 19, 30, tzinfo=UTC))
    )
    session.add(
        Venue(name="Lyceum Playhouse", aliases=["the Lyceum"], handles=["@LyceumPlayhouse"])
    )
    session.flush()

    catalogue = load_catalogue(session=session, venue_names=("Extra Hall",))

    (production,) = catalogue.productions
    assert (production.title, production.aliases, production.cues) == (
        "Company",
        ("Company the Musical",),
        ("Bobby", "Being Alive"),
    )
    assert len(production.performances) == 1
    assert catalogue.venue_names == ("Extra Hall", "Lyceum Playhouse", "the Lyceum")
    assert catalogue.venue_handles == ("@LyceumPlayhouse",)
