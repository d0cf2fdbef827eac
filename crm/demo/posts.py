"""Compose one social post from a language's phrase bank."""

from __future__ import annotations

import random

from crm.demo.phrases import BANKS, Bank

MOODS = ("praise", "mixed", "gripe", "question")
MOOD_WEIGHTS = (50, 20, 18, 12)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def show_post(rng: random.Random, lang: str, show: str, venue: str, *, before: bool) -> str:
    """A post about a show: a review after seeing it, or anticipation / a question before."""
    bank = BANKS[lang]
    if before:
        if rng.random() < 0.5:
            return rng.choice([q for q in bank.questions if "{show}" in q]).format(
                show=show, venue=venue
            )
        return rng.choice(bank.before).format(show=show, venue=venue)
    opener = rng.choice(bank.after).format(show=show, venue=venue)
    return f"{opener}: {_verdict(rng, bank, rng.choices(MOODS[:3], MOOD_WEIGHTS[:3])[0])}"


def venue_post(rng: random.Random, lang: str, venue: str) -> str:
    """A post about the venue itself (bar, parking, box office, access...), or a question."""
    bank = BANKS[lang]
    mood = rng.choices(MOODS, MOOD_WEIGHTS)[0]
    if mood == "question":
        return rng.choice([q for q in bank.questions if "{show}" not in q]).format(venue=venue)
    return f"{_cap(venue)}: {_verdict(rng, bank, mood)}"


def _verdict(rng: random.Random, bank: Bank, mood: str) -> str:
    if mood == "praise":
        first, second = rng.sample(bank.praise, 2)
        middle = f"{first}, {second}" if rng.random() < 0.4 else first
        return f"{middle}. {rng.choice(bank.happy_endings)}"
    if mood == "mixed":
        return f"{rng.choice(bank.praise)}{bank.but}{rng.choice(bank.gripes)}."
    first, second = rng.sample(bank.gripes, 2)
    return f"{first}. {_cap(second)}. {rng.choice(bank.sad_endings)}"
