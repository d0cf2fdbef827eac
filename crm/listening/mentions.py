"""Loading mentions for enrichment, with their author and the production of the source
that caught them (a source tied to a production is strong context for matching)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from crm.models import ListeningSource, Mention, MentionSource, SocialIdentity


def load_for_enrichment(
    *, session: Session, mention_ids: Sequence[int]
) -> list[tuple[Mention, SocialIdentity | None, int | None]]:
    if not mention_ids:
        return []
    mentions = session.exec(select(Mention).where(col(Mention.id).in_(mention_ids))).all()
    author_ids = {m.author_id for m in mentions if m.author_id is not None}
    authors = {
        a.id: a
        for a in session.exec(select(SocialIdentity).where(col(SocialIdentity.id).in_(author_ids)))
    }
    tied = session.exec(
        select(MentionSource.mention_id, ListeningSource.production_id)
        .join(ListeningSource, col(ListeningSource.id) == col(MentionSource.source_id))
        .where(
            col(MentionSource.mention_id).in_(mention_ids),
            col(ListeningSource.production_id).is_not(None),
        )
    ).all()
    production_of = {mention_id: production_id for mention_id, production_id in tied}
    return [
        (m, authors.get(m.author_id) if m.author_id else None, production_of.get(m.id or 0))
        for m in mentions
    ]
