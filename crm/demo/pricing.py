"""Ticket prices by category, seat band and venue; sales channels."""

from __future__ import annotations

import random
from decimal import Decimal

from crm.demo.config import STUDIO

BASE_PRICE = {
    "opera": 48.0,
    "musical": 39.0,
    "dance": 34.0,
    "drama": 28.0,
    "comedy": 22.0,
    "children": 13.0,
}
BANDS = (1.35, 1.0, 0.7)  # A, B, C
BAND_WEIGHTS = (30, 50, 20)
SCHOOL_PRICE = Decimal("8.00")
SUBSCRIBER_DISCOUNT = 0.85
CHANNELS = ("online", "box_office", "phone")
SINGLE_CHANNELS = (62, 20, 18)
SUBSCRIPTION_CHANNELS = (50, 15, 35)


def unit_price(
    rng: random.Random, category: str, venue: str, *, subscriber: bool = False
) -> Decimal:
    price = BASE_PRICE[category] * rng.choices(BANDS, BAND_WEIGHTS)[0]
    if venue == STUDIO:
        price *= 0.75  # unreserved seating, smaller room
    if subscriber:
        price *= SUBSCRIBER_DISCOUNT
    return Decimal(round(price * 2) / 2).quantize(Decimal("0.01"))


def channel(rng: random.Random, *, subscription: bool = False) -> str:
    weights = SUBSCRIPTION_CHANNELS if subscription else SINGLE_CHANNELS
    return rng.choices(CHANNELS, weights)[0]
