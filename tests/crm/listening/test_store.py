"""Saving collected batches: once per mention, linked to every source, cursor with it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from collectors.base import Author, Batch, Quarantined, RawMention
from crm.listening.sources import add_source
from crm.listening.store import save_batch
from crm.models import ListeningSource, Mention, MentionSource, QuarantinedPayload, SocialIdentity
from crm.models.social import TriageState


def raw(
    platform_id: str, text: str = "Loved Company at the Lyceum!", user: str = "u1"
) -> RawMention:
    return RawMention(
        platform="x",
        platform_id=platform_id,
        url=f"https://x.com/i/{platform_id}",
        author=Author(
            platform_user_id=user, handle=f"@{user}", display_name="A. Fan", follower_count=12
        ),
        text=text,
        language_hint="en",
        created_at=datetime(2025, 11, 7, 22, 5, tzinfo=UTC),
        kind="post",
        rating=None,
        parent_id=None,
        conversation_id=platform_id,
        title=None,
        raw={"id": platform_id},
    )


def source(session: Session, name: str = "lyceum search") -> ListeningSource:
    return add_source(
        session=session, name=name, kind="x_search", query="Lyceum OR #CompanyMusical"
    )


def count(session: Session, model: type) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def test_saves_mentions_identity_triage_and_cursor(session: Session) -> None:
    src = source(session)
    report = save_batch(
        session=session, source=src, batch=Batch([raw("1"), raw("2")], {"since_id": "2"}, [], True)
    )
    assert report.new == 2 and report.duplicates == 0
    assert src.cursor == {"since_id": "2"}
    assert count(session, SocialIdentity) == 1
    assert count(session, TriageState) == 2
    mention = session.exec(select(Mention).where(Mention.platform_id == "1")).one()
    assert (mention.text, mention.created_at.isoformat()) == (
        "Loved Company at the Lyceum!",
        "2025-11-07T22:05:00+00:00",
    )


def test_the_same_post_twice_is_stored_once(session: Session) -> None:
    src = source(session)
    save_batch(session=session, source=src, batch=Batch([raw("1")], {"since_id": "1"}, [], True))
    report = save_batch(
        session=session, source=src, batch=Batch([raw("1"), raw("1")], {"since_id": "1"}, [], True)
    )
    assert (report.new, report.duplicates) == (0, 2)
    assert count(session, Mention) == 1


def test_a_post_caught_by_two_sources_links_both(session: Session) -> None:
    first, second = source(session, "search"), source(session, "mentions")
    save_batch(session=session, source=first, batch=Batch([raw("7")], {}, [], True))
    report = save_batch(session=session, source=second, batch=Batch([raw("7")], {}, [], True))
    assert report.duplicates == 1
    assert count(session, Mention) == 1
    links = session.exec(select(MentionSource.source_id)).all()
    assert sorted(links) == sorted([first.id, second.id])


def test_an_identity_is_refreshed_not_duplicated(session: Session) -> None:
    src = source(session)
    save_batch(session=session, source=src, batch=Batch([raw("1")], {}, [], True))
    renamed = RawMention(
        **{**raw("2").__dict__, "author": Author("u1", "@renamed", "New Name", 99)}
    )
    save_batch(session=session, source=src, batch=Batch([renamed], {}, [], True))
    identity = session.exec(select(SocialIdentity)).one()
    assert (identity.handle, identity.follower_count) == ("@renamed", 99)


def test_quarantined_items_are_kept_with_their_reason(session: Session) -> None:
    src = source(session)
    bad = Quarantined("x", "tweet without text", '{"id": "9"}', "9")
    report = save_batch(session=session, source=src, batch=Batch([raw("1")], {}, [bad], True))
    assert (report.new, report.quarantined) == (1, 1)
    item = session.exec(select(QuarantinedPayload)).one()
    assert (item.reason, item.payload, item.source_id) == (
        "tweet without text",
        '{"id": "9"}',
        src.id,
    )
