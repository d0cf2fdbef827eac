"""Productions and their performances, scheduled from the repertoire."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crm.demo.config import CAPACITY, SEASONS, Row, local_time, season_start
from crm.demo.repertoire import REPERTOIRE, Spec

# Weekly patterns as (weekday, hour, minute); Monday (0) is dark.
EVENINGS = [(d, 19, 30) for d in (1, 2, 3, 4, 5)]
PATTERNS = {
    6: EVENINGS + [(5, 14, 30)],
    7: EVENINGS + [(5, 14, 30), (6, 17, 0)],
    8: EVENINGS + [(3, 14, 30), (5, 14, 30), (6, 17, 0)],
}
# Children's shows: weekday school matinees, then family times at the weekend.
CHILDREN = [(d, 10, 30) for d in (1, 2, 3, 4)] + [(2, 15, 0), (5, 11, 0), (5, 15, 0), (6, 11, 0)]


@dataclass(frozen=True)
class Slot:
    """One performance, as the sales and social generators need it."""

    id: int
    production_id: int
    starts_at: datetime
    venue: str
    capacity: int
    school_matinee: bool


@dataclass(frozen=True)
class Show:
    id: int
    spec: Spec
    season: str
    slots: tuple[Slot, ...]

    @property
    def category(self) -> str:
        return self.spec.category


@dataclass
class Catalogue:
    shows: list[Show]
    production_rows: list[Row]
    performance_rows: list[Row]


def _first_tuesday(day: date) -> date:
    return day + timedelta(days=(1 - day.weekday()) % 7)


def _pattern(spec: Spec) -> list[tuple[int, int, int]]:
    if spec.category == "children":
        return CHILDREN
    return PATTERNS[6 + len(spec.title) % 3]  # 6-8 a week, varied but fixed per show


def _times(spec: Spec, opening: date) -> list[tuple[datetime, bool]]:
    times = []
    for week in range(spec.weeks):
        monday = opening - timedelta(days=1) + timedelta(weeks=week)
        for weekday, hour, minute in _pattern(spec):
            day = monday + timedelta(days=weekday)
            times.append((local_time(day, hour, minute), hour < 12 and weekday < 5))
    return sorted(times)


def _openings(season: str) -> dict[int, date]:
    """Opening Tuesday per show index: each venue's shows run one after another, a week apart."""
    start = _first_tuesday(season_start(season) + timedelta(days=14))
    cursor = {venue: start for venue in CAPACITY}
    openings = {}
    for index, spec in enumerate(REPERTOIRE[season]):
        openings[index] = cursor[spec.venue]
        cursor[spec.venue] += timedelta(weeks=spec.weeks + 1)
    return openings


def build_catalogue() -> Catalogue:
    shows: list[Show] = []
    productions: list[Row] = []
    performances: list[Row] = []
    for season in SEASONS:
        openings = _openings(season)
        for index, spec in enumerate(REPERTOIRE[season]):
            show_id = len(shows) + 1
            slots = _slots(spec, show_id, openings[index], first_id=len(performances) + 1)
            shows.append(Show(show_id, spec, season, slots))
            productions.append(_production_row(shows[-1]))
            performances.extend(_performance_row(slot) for slot in slots)
    return Catalogue(shows, productions, performances)


def _slots(spec: Spec, show_id: int, opening: date, first_id: int) -> tuple[Slot, ...]:
    capacity = CAPACITY[spec.venue]
    return tuple(
        Slot(first_id + n, show_id, at, spec.venue, capacity, school)
        for n, (at, school) in enumerate(_times(spec, opening))
    )


def _production_row(show: Show) -> Row:
    spec = show.spec
    return {
        "id": show.id,
        "external_id": f"DEMO-P{show.id:02d}",
        "title": spec.title,
        "aliases": list(spec.aliases),
        "hashtags": list(spec.hashtags),
        "handles": list(spec.handles),
        "cues": list(spec.cues),
        "category": spec.category,
        "season": show.season,
        "first_performance": show.slots[0].starts_at.date(),
        "last_performance": show.slots[-1].starts_at.date(),
    }


def _performance_row(slot: Slot) -> Row:
    return {
        "id": slot.id,
        "external_id": f"DEMO-PERF-{slot.id:04d}",
        "production_id": slot.production_id,
        "starts_at": slot.starts_at,
        "venue": slot.venue,
        "capacity": slot.capacity,
    }
