"""A production's audience (ticketing) and social voice (listening) side by side, and a
patron's voice through linked identities only."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crm.models import (
    Enrichment,
    Mention,
    MentionProduction,
    MentionTouchpoint,
    Production,
    SocialIdentity,
)
from tests.api.patrons.test_router import load_examples
from tests.crm.test_ticketing_import import patron_by_ext

WHEN = datetime(2025, 10, 3, 22, 0, tzinfo=UTC)


def said(
    session: Session,
    author: SocialIdentity,
    production: Production,
    n: int,
    label: str,
    compound: float,
    touchpoint: str | None = None,
) -> None:
    mention = Mention(
        platform="x",
        platform_id=f"{author.platform_user_id}-{n}",
        author_id=author.id,
        text="...",
        created_at=WHEN.replace(minute=n),
    )
    session.add(mention)
    session.flush()
    assert mention.id is not None and production.id is not None
    session.add(
        Enrichment(
            mention_id=mention.id,
            pipeline_version="t",
            language="en",
            sentiment_label=label,
            sentiment_compound=compound,
        )
    )
    session.add(
        MentionProduction(
            mention_id=mention.id,
            production_id=production.id,
            confidence=0.9,
            span_start=0,
            span_end=5,
        )
    )
    if touchpoint:
        session.add(
            MentionTouchpoint(
                mention_id=mention.id, name=touchpoint, label=label, compound=compound
            )
        )


def seed(session: Session) -> tuple[Production, SocialIdentity, SocialIdentity]:
    load_examples(session)
    curious = session.exec(select(Production).where(Production.external_id == "PR-01")).one()
    marta = patron_by_ext(session, "P-1003")
    linked = SocialIdentity(
        platform="x",
        platform_user_id="1",
        handle="marta",
        patron_id=marta.id,
        link_method="patron_confirmed",
    )
    suggested = SocialIdentity(
        platform="x", platform_user_id="2", handle="mp", patron_id=marta.id, link_method="suggested"
    )
    session.add_all([linked, suggested])
    session.flush()
    said(session, linked, curious, 1, "positive", 0.8, "performance")
    said(session, linked, curious, 2, "negative", -0.4, "seating")
    said(session, suggested, curious, 3, "negative", -0.6, "seating")
    session.commit()
    return curious, linked, suggested


def test_production_shows_audience_and_voice(client: TestClient, session: Session) -> None:
    curious, _, _ = seed(session)
    body = client.get(f"/api/v1/productions/{curious.id}").json()
    assert body["audience"] == {"tickets": 3, "orders": 2, "patrons": 1}  # one sale anonymous
    voice = body["social_voice"]
    assert voice["mentions"] == 3
    assert voice["sentiment"] == {"positive": 1, "neutral": 0, "negative": 2}
    assert voice["touchpoints"] == {
        "performance": {"positive": 1, "neutral": 0, "negative": 0},
        "seating": {"positive": 0, "neutral": 0, "negative": 2},
    }
    assert voice["average_compound"] == -0.0667
    assert voice["last_mention_at"] == "2025-10-03T22:03:00Z"


def test_patron_voice_counts_only_confirmed_links(client: TestClient, session: Session) -> None:
    seed(session)
    marta = patron_by_ext(session, "P-1003")
    voice = client.get(f"/api/v1/patrons/{marta.id}").json()["social_voice"]
    assert voice["mentions"] == 2
    assert voice["sentiment"] == {"positive": 1, "neutral": 0, "negative": 1}


def test_unknown_production_is_404(client: TestClient) -> None:
    assert client.get("/api/v1/productions/424242").json() == {
        "error": "not_found",
        "detail": "no production with id 424242",
    }
