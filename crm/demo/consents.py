"""Consent histories: when and how each channel was granted or withdrawn.

A patron's current flag is always the latest decision in its history.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crm.demo.config import TODAY, Row

# Share of patrons whose *current* answer is yes, per channel.
RATES = {"email": 0.60, "sms": 0.20, "social_linking": 0.10}
WITHDRAWN = 0.10  # of those who once said yes
FIELDS = {
    "email": "consent_email",
    "sms": "consent_sms",
    "social_linking": "consent_social_linking",
}
WITHDRAWAL_SOURCE = {
    "email": "unsubscribe link",
    "sms": "sms STOP reply",
    "social_linking": "patron portal",
}


@dataclass
class ConsentState:
    rows: list[Row] = field(default_factory=list)
    current: dict[str, bool] = field(default_factory=dict)
    # When email consent held: [granted_at, withdrawn_at or None).
    email_window: tuple[datetime, datetime | None] | None = None
    granted_at: dict[str, datetime] = field(default_factory=dict)  # latest grant per channel


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    seconds = max(int((end - start).total_seconds()), 1)
    return start + timedelta(seconds=rng.randrange(seconds))


def _source(rng: random.Random, at: datetime, channel: str) -> str:
    if channel == "social_linking":
        return rng.choice(("patron portal", "online checkout " + at.strftime("%Y-%m")))
    if at.year < 2024:
        return "import"
    return rng.choice(
        ("online checkout " + at.strftime("%Y-%m"), "box office", "newsletter signup")
    )


def _row(patron_id: int, channel: str, granted: bool, at: datetime, source: str) -> Row:
    return {
        "patron_id": patron_id,
        "channel": channel,
        "granted": granted,
        "at": at,
        "source": source,
    }


def consent_history(rng: random.Random, patron_id: int, joined: datetime) -> ConsentState:
    state = ConsentState()
    for channel, rate in RATES.items():
        granted = _channel(rng, state, patron_id, joined, channel, rate)
        state.current[channel] = granted
    return state


def _channel(
    rng: random.Random,
    state: ConsentState,
    patron_id: int,
    joined: datetime,
    channel: str,
    rate: float,
) -> bool:
    end = TODAY - timedelta(days=1)
    if rng.random() >= rate / (1 - WITHDRAWN):
        if rng.random() < 0.3:  # an explicit "no" recorded at checkout
            at = _between(rng, joined, end)
            state.rows.append(_row(patron_id, channel, False, at, _source(rng, at, channel)))
        return False
    at = _between(rng, joined, end)
    state.rows.append(_row(patron_id, channel, True, at, _source(rng, at, channel)))
    state.granted_at[channel] = at
    withdrawn = _between(rng, at, end) if rng.random() < WITHDRAWN else None
    if withdrawn is not None:
        state.rows.append(_row(patron_id, channel, False, withdrawn, WITHDRAWAL_SOURCE[channel]))
    if channel == "email":
        state.email_window = (at, withdrawn)
    return withdrawn is None
