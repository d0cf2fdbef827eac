"""Traditional CRM touches: campaign emails (sent, opened, clicked) to patrons who had
email consent at the time, calls, complaints and post-show survey answers."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from crm.demo.catalogue import Slot
from crm.demo.config import TODAY, DemoConfig, Row
from crm.demo.patrons import Profile

CAMPAIGNS = (
    ("Season launch 2024/25", datetime(2024, 6, 4, 8, tzinfo=UTC)),
    ("Christmas at the Lyceum 2024", datetime(2024, 11, 5, 8, tzinfo=UTC)),
    ("Spring newsletter 2025", datetime(2025, 3, 11, 8, tzinfo=UTC)),
    ("Season launch 2025/26", datetime(2025, 6, 3, 8, tzinfo=UTC)),
    ("Christmas at the Lyceum 2025", datetime(2025, 11, 4, 8, tzinfo=UTC)),
    ("Spring newsletter 2026", datetime(2026, 3, 10, 8, tzinfo=UTC)),
    ("Season launch 2026/27", datetime(2026, 6, 2, 8, tzinfo=UTC)),
    ("Autumn highlights 2026", datetime(2026, 10, 6, 8, tzinfo=UTC)),
)
SEND_SHARE, OPEN_RATE, CLICK_RATE = 0.5, 0.35, 0.25
COMPLAINT_TOPICS = ("refund", "seating", "noise", "booking fee", "access", "bar queue", "parking")
CALL_REASONS = ("booking", "exchange", "access booking", "lost property", "gift voucher")


class _Log:
    def __init__(self) -> None:
        self.rows: list[Row] = []

    def add(self, patron_id: int, kind: str, at: datetime, **extra: object) -> None:
        row: Row = {
            "id": len(self.rows) + 1,
            "patron_id": patron_id,
            "kind": kind,
            "at": at,
            "channel": None,
            "campaign": None,
            "detail": None,
        }
        row.update(extra)
        self.rows.append(row)


def build_interactions(
    config: DemoConfig, profiles: list[Profile], bought: dict[int, list[Slot]]
) -> list[Row]:
    rng, log = config.rng("interactions"), _Log()
    for name, sent_at in CAMPAIGNS:
        for profile in profiles:
            if _mailable(profile, sent_at) and rng.random() < SEND_SHARE:
                _campaign(rng, log, profile.id, name, sent_at)
    for profile in profiles:
        _touches(rng, log, profile, bought.get(profile.id, []))
    return log.rows


def _mailable(profile: Profile, at: datetime) -> bool:
    if profile.row["email"] is None or profile.email_window is None:
        return False
    granted, withdrawn = profile.email_window
    return granted <= at and (withdrawn is None or at < withdrawn)


def _campaign(rng: random.Random, log: _Log, patron_id: int, name: str, sent_at: datetime) -> None:
    log.add(patron_id, "email_sent", sent_at, channel="email", campaign=name)
    if rng.random() < OPEN_RATE:
        opened = sent_at + timedelta(minutes=rng.randrange(10, 4 * 24 * 60))
        log.add(patron_id, "email_opened", opened, channel="email", campaign=name)
        if rng.random() < CLICK_RATE:
            clicked = opened + timedelta(seconds=rng.randrange(5, 600))
            log.add(patron_id, "email_clicked", clicked, channel="email", campaign=name)


def _touches(rng: random.Random, log: _Log, profile: Profile, slots: list[Slot]) -> None:
    """Calls, complaints and survey answers, around the past performances a patron bought."""
    for slot in slots:
        if slot.starts_at < TODAY:
            _touch(rng, log, profile.id, slot, rng.random())


def _touch(rng: random.Random, log: _Log, patron_id: int, slot: Slot, roll: float) -> None:
    after = slot.starts_at + timedelta(hours=rng.randrange(14, 96))
    performance = f"DEMO-PERF-{slot.id:04d}"
    if roll < 0.06:
        detail: dict[str, object] = {"performance": performance, "score": _score(rng)}
        log.add(patron_id, "survey_answer", after, channel="email", detail=detail)
    elif roll < 0.075:
        detail = {"topic": rng.choice(COMPLAINT_TOPICS), "performance": performance}
        channel = rng.choice(("email", "phone"))
        log.add(patron_id, "complaint", after, channel=channel, detail=detail)
    elif roll < 0.14:
        before = slot.starts_at - timedelta(hours=rng.randrange(24, 24 * 20))
        detail = {"reason": rng.choice(CALL_REASONS)}
        log.add(patron_id, "call", before, channel="phone", detail=detail)


def _score(rng: random.Random) -> int:
    """A 0-10 "would you recommend us" answer, mostly warm."""
    return rng.choices(range(11), (1, 1, 1, 2, 2, 4, 6, 10, 16, 14, 12))[0]
