"""One Enricher per test session: lingua and the lexicons load once."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from enrichment import (
    Attendance,
    Catalogue,
    CatalogueProduction,
    Enricher,
    KnownIdentity,
    PerformanceSlot,
)


def _slot(pid: str, day: int) -> PerformanceSlot:
    return PerformanceSlot(f"{pid}-{day}", datetime(2026, 3, day, 19, 30, tzinfo=UTC))


CATALOGUE = Catalogue(
    productions=(
        CatalogueProduction(
            id="ham",
            title="Hamilton",
            hashtags=("#HamiltonMusical",),
            handles=("@HamiltonWestEnd",),
            first_performance=date(2026, 3, 1),
            last_performance=date(2026, 3, 31),
            performances=tuple(_slot("ham", d) for d in (5, 6, 7)),
        ),
        CatalogueProduction(
            id="curious",
            title="The Curious Incident of the Dog in the Night-Time",
            aliases=("Curious Incident",),
        ),
        CatalogueProduction(id="company", title="Company", hashtags=("#CompanyMusical",)),
        CatalogueProduction(id="chicago", title="Chicago"),
        CatalogueProduction(id="cats", title="Cats"),
        CatalogueProduction(id="rent", title="Rent"),
        CatalogueProduction(id="proof", title="Proof"),
        CatalogueProduction(id="art", title="Art"),
        CatalogueProduction(id="once", title="Once"),
        CatalogueProduction(id="lesmis", title="Les Misérables", aliases=("Les Mis",)),
        CatalogueProduction(id="mama", title="Mamma Mia!"),
    ),
    identities=(
        KnownIdentity("x", "1001", "janedoe", "patron-jane"),
        KnownIdentity("mastodon", None, "@sam@theatre.social", "patron-sam"),
    ),
    attendances=(
        Attendance("patron-maria", "María García", "ham", date(2026, 3, 6)),
        Attendance("patron-old", "Maria Garcia", "ham", date(2025, 1, 6)),
    ),
    venue_names=("Lyceum Playhouse",),
    venue_handles=("@LyceumPlayhouse",),
)


@pytest.fixture(scope="session")
def enricher() -> Enricher:
    return Enricher(CATALOGUE)
