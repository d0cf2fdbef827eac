"""Emoji valences for audience talk, overriding or adding to VADER's emoji descriptions
(where "fire" makes 🔥 negative). Written for Foyer by its authors; all languages use them."""

from __future__ import annotations

EMOJI = {
    "🔥": 2.4,
    "👏": 2.2,
    "🙌": 2.2,
    "🤩": 2.8,
    "🥰": 2.6,
    "🫶": 2.4,
    "💯": 2.0,
    "🤯": 1.6,
    "🥹": 1.6,
    "💃": 1.2,
    "🌟": 1.6,
    "⭐": 1.2,
    "👍": 1.8,
    "😭": 0.5,
    "🥲": 0.3,
    "🎭": 0.0,
    "🙄": -1.8,
    "👎": -2.2,
    "😴": -1.6,
    "🥱": -1.6,
    "🤮": -2.8,
    "🙃": -0.8,
    "🤦": -1.8,
    "😡": -2.6,
    "😤": -1.8,
    "😒": -1.6,
    "😬": -1.2,
    "😐": -0.6,
    "😑": -0.8,
    "🤬": -3.0,
    "😩": -1.6,
    "😫": -1.6,
    "🥶": -1.0,
    "🥵": -1.0,
}


def _star_ratings() -> dict[str, float]:
    """ "★★★★" or "★★★☆☆" written as one token: the number of filled stars decides."""
    by_stars = {1: -2.4, 2: -1.2, 3: 0.3, 4: 2.0, 5: 2.6}
    ratings: dict[str, float] = {}
    for filled, valence in by_stars.items():
        ratings["★" * filled] = valence
        ratings["★" * filled + "☆" * (5 - filled)] = valence
    return ratings


RATINGS = _star_ratings()
