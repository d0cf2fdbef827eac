"""Erasure cascades through everything personal, keeps the accounts, and sticks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from crm.erasure import erase_patron
from crm.models import (
    AuditLog,
    Consent,
    Enrichment,
    Mention,
    Order,
    Patron,
    PatronExternalId,
    PatronListCode,
    PatronRelation,
    SocialIdentity,
)
from crm.ticketing import import_csv
from tests.crm.test_ticketing_import import EXAMPLES, import_examples, patron_by_ext


def count(session: Session, model: type, *where: object) -> int:
    return session.exec(select(func.count()).select_from(model).where(*where)).one()  # type: ignore[arg-type]


def with_social_voice(session: Session, patron: Patron) -> None:
    identity = SocialIdentity(
        platform="x",
        platform_user_id="99",
        handle="ada",
        patron_id=patron.id,
        link_method="patron_confirmed",
    )
    session.add(identity)
    session.flush()
    mention = Mention(
        platform="x",
        platform_id="5",
        author_id=identity.id,
        text="Loved it",
        created_at=datetime(2025, 12, 2, tzinfo=UTC),
    )
    session.add(mention)
    session.flush()
    assert mention.id is not None
    session.add(
        Enrichment(
            mention_id=mention.id,
            pipeline_version="t",
            language="en",
            sentiment_label="positive",
            sentiment_compound=0.6,
            patron_id=patron.id,
        )
    )
    session.flush()


def test_erasure_cascades_and_keeps_orders_anonymous(session: Session) -> None:
    import_examples(session)
    ada = patron_by_ext(session, "P-1001")
    with_social_voice(session, ada)
    report = erase_patron(session=session, patron=ada, actor="dpo")
    assert (report.identities, report.mentions, report.tombstones) == (1, 1, 1)
    assert count(session, Patron, Patron.id == report.patron_id) == 0
    for model in (Consent, PatronListCode, PatronExternalId):
        assert count(session, model, model.patron_id == report.patron_id) == 0  # type: ignore[attr-defined]
    assert count(session, PatronRelation, PatronRelation.patron_id == report.patron_id) == 0
    assert count(session, SocialIdentity) == 0 and count(session, Mention) == 0
    assert count(session, Enrichment) == 0
    order = session.exec(select(Order).where(Order.external_id == "O-5001")).one()
    assert order.patron_id is None  # the sale stays in the accounts
    audit = session.exec(select(AuditLog)).one()
    assert (audit.action, audit.entity_id, audit.actor) == (
        "patron.erased",
        str(report.patron_id),
        "dpo",
    )
    assert "Ada" not in repr(audit.detail) and "okafor" not in repr(audit.detail).lower()


def test_a_later_import_does_not_bring_an_erased_patron_back(session: Session) -> None:
    import_examples(session)
    erase_patron(session=session, patron=patron_by_ext(session, "P-1001"), actor="dpo")
    report = import_csv(session=session, kind="patrons", path=EXAMPLES / "patrons.csv")
    assert report.skipped_erased == 1
    assert count(session, Patron, Patron.email == "ada.okafor@example.com") == 0
    orders = import_csv(session=session, kind="orders", path=EXAMPLES / "orders.csv")
    assert orders.written == 5  # their order is imported, anonymously


def test_erasure_through_the_api_needs_patrons_write(
    client, session: Session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import_examples(session)
    session.commit()
    ada = patron_by_ext(session, "P-1001")
    response = client.delete(f"/api/v1/patrons/{ada.id}")
    assert response.status_code == 200
    assert response.json() == {"patron_id": ada.id, "identities": 0, "mentions": 0, "tombstones": 1}
    assert client.get(f"/api/v1/patrons/{ada.id}").status_code == 404
