"""mentions.enrich / mentions.enrich_pending: results stored in their tables, patrons
matched through linked identities only, and re-enrichment when the pipeline changes."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine, update
from sqlmodel import Session, select

from crm.models import (
    Enrichment,
    Mention,
    MentionProduction,
    MentionTouchpoint,
    Patron,
    Performance,
    Production,
    SocialIdentity,
)
from crm.models.social import LinkMethod
from enrichment import PIPELINE_VERSION
from worker import enrich_mentions, enrich_pending

WHEN = datetime(2025, 11, 7, 22, 0, tzinfo=UTC)


def seed(engine: Engine, *, link: str | None) -> int:
    """A production with a performance, a patron, an identity (linked or not), a mention."""
    with Session(engine) as session:
        production = Production(
            title="The Curious Incident of the Dog in the Night-Time",
            aliases=["Curious Incident"],
            hashtags=["#CuriousIncident"],
            category="drama",
            first_performance=date(2025, 11, 1),
            last_performance=date(2025, 11, 30),
        )
        patron = Patron(first_name="Ada", last_name="Okafor", consent_social_linking=True)
        session.add_all([production, patron])
        session.flush()
        assert production.id is not None
        session.add(Performance(production_id=production.id, starts_at=WHEN.replace(hour=19)))
        identity = SocialIdentity(
            platform="x",
            platform_user_id="42",
            handle="adaokafor",
            patron_id=patron.id if link else None,
            link_method=link,
        )
        session.add(identity)
        session.flush()
        mention = Mention(
            platform="x",
            platform_id="1",
            author_id=identity.id,
            created_at=WHEN,
            text="Curious Incident tonight was stunning, but the seats were so cramped",
        )
        session.add(mention)
        session.commit()
        assert mention.id is not None
        return mention.id


def test_stores_sentiment_touchpoints_and_the_production(worker_db: Engine) -> None:
    mention_id = seed(worker_db, link=LinkMethod.patron_confirmed)
    assert enrich_mentions(mention_ids=[mention_id]) == 1
    with Session(worker_db) as session:
        enrichment = session.get(Enrichment, mention_id)
        assert enrichment is not None
        assert (enrichment.language, enrichment.pipeline_version) == ("en", PIPELINE_VERSION)
        touchpoints = {t.name: t.label for t in session.exec(select(MentionTouchpoint))}
        matched = session.exec(select(MentionProduction)).one()
    assert touchpoints.get("seating") == "negative"
    assert matched.performance_id is not None and matched.confidence > 0.5
    assert enrichment.patron_id is not None


def test_a_suggested_link_does_not_match_a_patron(worker_db: Engine) -> None:
    mention_id = seed(worker_db, link=LinkMethod.suggested)
    enrich_mentions(mention_ids=[mention_id])
    with Session(worker_db) as session:
        enrichment = session.get(Enrichment, mention_id)
    assert enrichment is not None and enrichment.patron_id is None


def test_a_new_pipeline_version_re_enriches_and_replaces(worker_db: Engine) -> None:
    mention_id = seed(worker_db, link=None)
    assert enrich_pending() == 1
    assert enrich_pending() == 0  # nothing left
    with Session(worker_db) as session:
        session.execute(update(Enrichment).values(pipeline_version="2000.1.1"))
        session.commit()
    assert enrich_pending() == 1
    with Session(worker_db) as session:
        rows = session.exec(select(Enrichment)).all()
        touchpoints = session.exec(select(MentionTouchpoint)).all()
    assert [(r.mention_id, r.pipeline_version) for r in rows] == [(mention_id, PIPELINE_VERSION)]
    assert len({t.name for t in touchpoints}) == len(touchpoints)  # replaced, not added twice


def test_the_venue_names_give_a_common_word_title_its_theatre_context(worker_db: Engine) -> None:
    from crm.models import Venue

    with Session(worker_db) as session:
        session.add(
            Venue(name="Lyceum Playhouse", aliases=["Lyceum"], handles=["@LyceumPlayhouse"])
        )
        art = Production(title="Art", category="comedy")
        session.add(art)
        session.flush()
        for n, text in enumerate(["Art at the Lyceum was hilarious", "Art class was hilarious"]):
            session.add(Mention(platform="x", platform_id=f"v{n}", text=text, created_at=WHEN))
        session.commit()
        art_id = art.id
    enrich_pending()
    with Session(worker_db) as session:
        matched = session.exec(
            select(MentionProduction.production_id, Mention.text).join(
                Mention, Mention.id == MentionProduction.mention_id
            )
        ).all()
    assert matched == [(art_id, "Art at the Lyceum was hilarious")]
