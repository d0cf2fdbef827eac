"""Patron matching through known social identities, and suggested (never automatic) links."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from rapidfuzz import fuzz

from enrichment.models import Attendance, AuthorRef, KnownIdentity, PatronMatch
from enrichment.tokens import fold

SUGGEST_MIN_RATIO = 88.0
SUGGEST_WINDOW_DAYS = 7
_NOT_NAME = re.compile(r"[^a-z ]+")


def _handle_key(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def _name_key(name: str) -> str:
    """Folded letters and single spaces: "Jane Smith 🎭" -> "jane smith"."""
    return " ".join(_NOT_NAME.sub(" ", fold(name)).split())


class IdentityIndex:
    """Dict lookups: (platform, user id) first, then (platform, handle)."""

    def __init__(self, identities: Iterable[KnownIdentity]) -> None:
        self.by_id: dict[tuple[str, str], str] = {}
        self.by_handle: dict[tuple[str, str], str] = {}
        for identity in identities:
            platform = identity.platform.lower()
            if identity.platform_user_id:
                self.by_id[(platform, identity.platform_user_id)] = identity.patron_id
            if identity.handle:
                self.by_handle[(platform, _handle_key(identity.handle))] = identity.patron_id

    def lookup(self, platform: str | None, author: AuthorRef | None) -> PatronMatch | None:
        if author is None or platform is None:
            return None
        key = platform.lower()
        if author.platform_user_id and (key, author.platform_user_id) in self.by_id:
            return PatronMatch(self.by_id[(key, author.platform_user_id)], 1.0, "platform_user_id")
        if author.handle and (key, _handle_key(author.handle)) in self.by_handle:
            return PatronMatch(self.by_handle[(key, _handle_key(author.handle))], 0.9, "handle")
        return None


class AttendanceIndex:
    """Attendees per production, for name-similarity suggestions around a post's date."""

    def __init__(self, attendances: Iterable[Attendance]) -> None:
        self.by_production: dict[str, list[tuple[Attendance, str]]] = {}
        for attendance in attendances:
            entry = (attendance, _name_key(attendance.name))
            self.by_production.setdefault(attendance.production_id, []).append(entry)

    def suggest(
        self, author: AuthorRef | None, production_ids: Iterable[str], created_at: datetime | None
    ) -> tuple[PatronMatch, ...]:
        names = _author_names(author)
        if not names:
            return ()
        day = created_at.date() if created_at is not None else None
        best: dict[str, float] = {}
        for pid in production_ids:
            for attendance, key in self.by_production.get(pid, ()):
                if _near(attendance.attended_on, day):
                    ratio = max(_similarity(n, key) for n in names)
                    if ratio >= SUGGEST_MIN_RATIO:
                        best[attendance.patron_id] = max(best.get(attendance.patron_id, 0), ratio)
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        return tuple(PatronMatch(pid, round(r / 100 * 0.8, 2), "suggested") for pid, r in ranked)


def _author_names(author: AuthorRef | None) -> list[str]:
    if author is None:
        return []
    names = [_name_key(author.display_name)] if author.display_name else []
    if author.handle:
        names.append(_name_key(_handle_key(author.handle).replace("_", " ").replace(".", " ")))
    return [n for n in names if len(n.replace(" ", "")) >= 4]


def _similarity(candidate: str, attendee: str) -> float:
    squashed = fuzz.ratio(candidate.replace(" ", ""), attendee.replace(" ", ""))
    return max(fuzz.token_sort_ratio(candidate, attendee), squashed)


def _near(attended_on: date, day: date | None) -> bool:
    return day is None or abs((attended_on - day).days) <= SUGGEST_WINDOW_DAYS
