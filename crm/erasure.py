"""Erasure of a patron (GDPR art. 17): everything personal goes, in one transaction.

- the patron row and, by cascade, consents, list codes, relations, external ids,
  interactions and merge records;
- their linked social identities (confirmed or suggested) and, by cascade, the mentions
  those identities wrote with their enrichment and triage;
- orders stay for the accounts, detached (patron_id NULL);
- a hashed tombstone per external id, so a later ticketing import skips the record;
- an audit entry with ids only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from crm.models import AuditLog, Mention, Patron, PatronExternalId, SocialIdentity
from crm.models.patrons import ErasureTombstone


def external_id_hash(system: str, external_id: str) -> str:
    return hashlib.sha256(f"{system}\x1f{external_id}".encode()).hexdigest()


@dataclass(frozen=True)
class ErasureReport:
    patron_id: int
    identities: int
    mentions: int
    tombstones: int


def erase_patron(*, session: Session, patron: Patron, actor: str) -> ErasureReport:
    assert patron.id is not None
    patron_id = patron.id
    identities = list(
        session.exec(select(SocialIdentity).where(SocialIdentity.patron_id == patron_id))
    )
    identity_ids = [i.id for i in identities if i.id is not None]
    mentions = 0
    if identity_ids:
        mentions = session.exec(
            select(func.count())
            .select_from(Mention)
            .where(col(Mention.author_id).in_(identity_ids))
        ).one()
    tombstones = _tombstones(session, patron_id)
    for identity in identities:
        session.delete(identity)
    session.delete(patron)
    session.add(
        AuditLog(
            actor=actor,
            action="patron.erased",
            entity="patron",
            entity_id=str(patron_id),
            detail={"identities": len(identities), "mentions": mentions},
        )
    )
    session.flush()
    return ErasureReport(patron_id, len(identities), mentions, tombstones)


def _tombstones(session: Session, patron_id: int) -> int:
    links = session.exec(
        select(PatronExternalId).where(PatronExternalId.patron_id == patron_id)
    ).all()
    for link in links:
        session.add(
            ErasureTombstone(
                system=link.system, external_id_hash=external_id_hash(link.system, link.external_id)
            )
        )
    return len(links)


def erased_ids(session: Session, system: str, external_ids: list[str]) -> set[str]:
    """Which of these external ids belong to erased patrons."""
    hashes = {external_id_hash(system, ext): ext for ext in external_ids}
    if not hashes:
        return set()
    query = select(ErasureTombstone.external_id_hash).where(
        ErasureTombstone.system == system, col(ErasureTombstone.external_id_hash).in_(list(hashes))
    )
    return {hashes[h] for h in session.exec(query)}
