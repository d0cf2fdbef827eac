"""Orders and tickets with a realistic skew.

Most buyers buy once, a tail buys 2-5 times, a few percent subscribe (one order a season
with 8+ productions); families lean to children's shows, schools book groups of 20-60 for
weekday matinees, companies take groups to evening shows. Attendance is only known for
performances before the demo world's today.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from crm.demo import pricing
from crm.demo.catalogue import Show, Slot
from crm.demo.config import SEASONS, TODAY, DemoConfig, Row, season_start
from crm.demo.patrons import Profile

TASTE = {"musical": 3.0, "drama": 2.0, "comedy": 2.0, "dance": 1.5, "opera": 1.0, "children": 0.4}
FAMILY_TASTE = {**TASTE, "children": 8.0}
QUANTITIES = {
    "single": ((1, 2, 3, 4, 5, 6), (15, 50, 12, 15, 5, 3)),
    "family": ((2, 3, 4, 5, 6), (10, 25, 40, 18, 7)),
}
CANCELLED = 0.015
NO_SHOW = 0.06


@dataclass
class Sales:
    orders: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    # Which performances each patron bought (the social generator talks about them).
    bought: dict[int, list[Slot]] = field(default_factory=dict)


def on_sale(season: str) -> datetime:
    start = season_start(season)
    return datetime(start.year, 6, 1, 9, tzinfo=TODAY.tzinfo)


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + timedelta(seconds=rng.randrange(max(int((end - start).total_seconds()), 1)))


class _Box:
    """The box office: writes orders and lines, keeping performances within capacity."""

    def __init__(self, rng: random.Random, shows: list[Show]) -> None:
        self.rng, self.shows, self.sales = rng, shows, Sales()
        self.sold: dict[int, int] = {}

    def seat(self, show: Show, quantity: int, *, school: bool | None = None) -> Slot | None:
        slots = [s for s in show.slots if school is None or s.school_matinee == school]
        for _ in range(4):
            slot = self.rng.choice(slots or list(show.slots))
            if self.sold.get(slot.id, 0) + quantity <= slot.capacity:
                self.sold[slot.id] = self.sold.get(slot.id, 0) + quantity
                return slot
        return None

    def order(self, patron_id: int, at: datetime, channel: str) -> int:
        order_id = len(self.sales.orders) + 1
        status = "cancelled" if self.rng.random() < CANCELLED else "paid"
        self.sales.orders.append(
            {
                "id": order_id,
                "external_id": f"DEMO-O{order_id:07d}",
                "patron_id": patron_id,
                "ordered_at": at,
                "channel": channel,
                "status": status,
            }
        )
        return order_id

    def line(self, order_id: int, slot: Slot, quantity: int, price: Decimal) -> None:
        paid = self.sales.orders[order_id - 1]["status"] == "paid"
        attended = None
        if paid and slot.starts_at < TODAY:
            attended = sum(self.rng.random() >= NO_SHOW for _ in range(quantity))
        self.sales.lines.append(
            {
                "id": len(self.sales.lines) + 1,
                "order_id": order_id,
                "performance_id": slot.id,
                "quantity": quantity,
                "unit_price": price,
                "attended": attended,
            }
        )
        if paid:
            patron_id = self.sales.orders[order_id - 1]["patron_id"]
            self.sales.bought.setdefault(patron_id, []).append(slot)

    def ordered_at(self, show: Show, slot: Slot) -> datetime:
        """Most tickets are bought a few weeks ahead; never before on-sale or after today."""
        earliest = on_sale(show.season)
        latest = min(slot.starts_at, TODAY) - timedelta(hours=1)
        lead = timedelta(days=min(self.rng.expovariate(1 / 21), 120), hours=self.rng.random() * 24)
        at = max(earliest, slot.starts_at - lead).replace(microsecond=0)
        return at if at <= latest else _between(self.rng, earliest, latest)


def build_sales(config: DemoConfig, shows: list[Show], profiles: list[Profile]) -> Sales:
    box = _Box(config.rng("sales"), shows)
    for profile in profiles:
        _buy(box, profile)
    _backdate_patrons(box.sales, profiles)
    return box.sales


def _buy(box: _Box, profile: Profile) -> None:
    rng = box.rng
    if profile.tier == "once":
        _singles(box, profile, 1)
    elif profile.tier == "repeat":
        _singles(box, profile, rng.randint(2, 5))
    elif profile.tier == "subscriber":
        _subscribe(box, profile)
        _singles(box, profile, rng.randint(0, 2))
    elif profile.tier == "group":
        _groups(box, profile)


def _pick_shows(
    rng: random.Random, shows: list[Show], taste: dict[str, float], n: int
) -> list[Show]:
    weights = [taste[show.category] for show in shows]
    picked: dict[int, Show] = {}
    while len(picked) < min(n, len(shows)):
        show = rng.choices(shows, weights)[0]
        picked[show.id] = show
    return list(picked.values())


def _singles(box: _Box, profile: Profile, n: int) -> None:
    taste = FAMILY_TASTE if profile.family else TASTE
    values, weights = QUANTITIES["family" if profile.kind == "household" else "single"]
    for show in _pick_shows(box.rng, box.shows, taste, n):
        quantity = box.rng.choices(values, weights)[0]
        slot = box.seat(show, quantity, school=False)
        if slot is None:
            continue
        order_id = box.order(profile.id, box.ordered_at(show, slot), pricing.channel(box.rng))
        box.line(order_id, slot, quantity, pricing.unit_price(box.rng, show.category, slot.venue))


def _subscribe(box: _Box, profile: Profile) -> None:
    rng = box.rng
    count = rng.randint(1, len(SEASONS))
    first = rng.randrange(len(SEASONS) - count + 1)
    quantity = rng.choices((1, 2, 3), (25, 60, 15))[0]
    for season in SEASONS[first : first + count]:
        season_shows = [s for s in box.shows if s.season == season and s.category != "children"]
        opens = on_sale(season)
        at = _between(rng, opens, opens + timedelta(days=90))
        order_id = box.order(profile.id, at, pricing.channel(rng, subscription=True))
        for show in rng.sample(season_shows, min(rng.randint(8, 12), len(season_shows))):
            slot = box.seat(show, quantity, school=False)
            if slot is not None:
                price = pricing.unit_price(rng, show.category, slot.venue, subscriber=True)
                box.line(order_id, slot, quantity, price)


def _groups(box: _Box, profile: Profile) -> None:
    """Schools: children's weekday matinees; companies: an evening out at a big show."""
    rng = box.rng
    school = profile.org_type == "school"
    wanted = [s for s in box.shows if (s.category == "children") == school]
    for show in rng.sample(
        wanted, min(rng.randint(1, 4) if school else rng.randint(1, 2), len(wanted))
    ):
        quantity = rng.randint(20, 60) if school else rng.randint(10, 30)
        slot = box.seat(show, quantity, school=school)
        if slot is None:
            continue
        order_id = box.order(profile.id, box.ordered_at(show, slot), "group")
        price = (
            pricing.SCHOOL_PRICE if school else pricing.unit_price(rng, show.category, slot.venue)
        )
        box.line(order_id, slot, quantity, price)


def _backdate_patrons(sales: Sales, profiles: list[Profile]) -> None:
    """A patron record exists from its first order at the latest."""
    first: dict[int, datetime] = {}
    for order in sales.orders:
        pid = order["patron_id"]
        first[pid] = min(first.get(pid, order["ordered_at"]), order["ordered_at"])
    for profile in profiles:
        if profile.id in first and first[profile.id] < profile.row["created_at"]:
            profile.row["created_at"] = first[profile.id]
