"""Saving what a collector caught: once per mention, linked to every source that caught it,
with the cursor advanced in the same transaction. Malformed items go to quarantine."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from collectors.base import Author, Batch, Quarantined, RawMention
from crm.coltypes import utcnow
from crm.models import ListeningSource, Mention, MentionSource, QuarantinedPayload, SocialIdentity
from crm.models.social import TriageState
from crm.upsert import upsert


@dataclass
class SaveReport:
    new_mention_ids: list[int] = field(default_factory=list)
    duplicates: int = 0
    quarantined: int = 0

    @property
    def new(self) -> int:
        return len(self.new_mention_ids)


def save_batch(*, session: Session, source: ListeningSource, batch: Batch) -> SaveReport:
    """Store the batch and the source's new cursor together; the caller commits once."""
    report = SaveReport()
    seen: set[tuple[str, str]] = set()
    for raw in batch.mentions:
        key = (raw.platform, raw.platform_id)
        if key in seen:
            report.duplicates += 1
            continue
        seen.add(key)
        _save_mention(session, source, raw, report)
    for item in batch.quarantined:
        quarantine(session=session, source=source, item=item)
        report.quarantined += 1
    source.cursor = dict(batch.cursor)
    source.last_run_at = utcnow()
    session.add(source)
    session.flush()
    return report


def quarantine(*, session: Session, source: ListeningSource | None, item: Quarantined) -> None:
    session.add(
        QuarantinedPayload(
            source_id=source.id if source else None,
            platform=item.platform,
            platform_id=item.platform_id,
            reason=item.reason,
            payload=item.payload,
        )
    )


def _save_mention(
    session: Session, source: ListeningSource, raw: RawMention, report: SaveReport
) -> None:
    existing = session.execute(
        sa_select(Mention.id).where(  # type: ignore[call-overload]
            col(Mention.platform) == raw.platform, col(Mention.platform_id) == raw.platform_id
        )
    ).scalar()
    if existing is None:
        author_id = _identity(session, raw.platform, raw.author) if raw.author else None
        mention = Mention(
            platform=raw.platform,
            platform_id=raw.platform_id,
            url=raw.url,
            author_id=author_id,
            text=raw.text,
            title=raw.title,
            language_hint=raw.language_hint,
            kind=raw.kind,
            rating=raw.rating,
            parent_id=raw.parent_id,
            conversation_id=raw.conversation_id,
            created_at=raw.created_at,
            raw=raw.raw,
        )
        session.add(mention)
        session.flush()
        assert mention.id is not None
        session.add(TriageState(mention_id=mention.id))
        report.new_mention_ids.append(mention.id)
        existing = mention.id
    else:
        report.duplicates += 1
    assert source.id is not None
    upsert(
        session,
        MentionSource,
        [
            {
                "mention_id": existing,
                "source_id": source.id,
                "first_seen_at": utcnow(),
            }
        ],
        conflict=["mention_id", "source_id"],
        update=[],
    )


def _identity(session: Session, platform: str, author: Author) -> int:
    """The author's identity, created or refreshed (handles and names change; ids do not)."""
    rows = upsert(
        session,
        SocialIdentity,
        [
            {
                "platform": platform,
                "platform_user_id": author.platform_user_id,
                "handle": author.handle,
                "display_name": author.display_name,
                "follower_count": author.follower_count,
            }
        ],
        conflict=["platform", "platform_user_id"],
        update=["handle", "display_name", "follower_count"],
        returning=["id"],
    )
    identity_id: int = rows[0][0]
    return identity_id
