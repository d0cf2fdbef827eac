"""The demo world's fixed facts (venue, seasons, "today") and its configuration."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

VENUE = "Lyceum Playhouse"
VENUE_HANDLE = "@LyceumPlayhouse"
VENUE_HASHTAG = "#LyceumPlayhouse"
CITY = "Perpignan"
SEASONS = ("2024/25", "2025/26", "2026/27")
# The demo world's "now": attendance exists only for performances before it.
TODAY = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)
MAIN_HOUSE, STUDIO = "Main House", "Studio"
CAPACITY = {MAIN_HOUSE: 900, STUDIO: 180}
EXTERNAL_SYSTEM = "demo"

Row = dict[str, Any]


@dataclass(frozen=True)
class DemoConfig:
    """How much demo data to make, and from which seed."""

    seed: int = 42
    patrons: int = 20_000
    # Social volume scales with patrons (~3,000 each at 20,000) but never drops below these.
    min_identities: int = 120
    min_mentions: int = 240

    def __post_init__(self) -> None:
        if self.patrons < 50:
            raise ValueError("the demo needs at least 50 patrons")

    @property
    def identities(self) -> int:
        return max(self.min_identities, round(self.patrons * 0.15))

    @property
    def mentions(self) -> int:
        return max(self.min_mentions, round(self.patrons * 0.15))

    def rng(self, part: str) -> random.Random:
        """An independent generator per part, so tuning one part leaves the others unchanged."""
        return random.Random(f"foyer-demo:{self.seed}:{part}")


def season_start(season: str) -> date:
    return date(int(season[:4]), 9, 1)


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, 31)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def local_time(day: date, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in the venue's city (CET/CEST, EU rules) as aware UTC.

    Computed here rather than with zoneinfo so the demo does not depend on the host's tzdata.
    """
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    offset = 2 if summer else 1
    naive = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
    return naive - timedelta(hours=offset)
