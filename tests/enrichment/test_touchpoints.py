"""Touchpoints: found in all four languages, each with the sentiment of its own clause."""

from __future__ import annotations

import pytest

from enrichment import Enricher, MentionInput


def touchpoints(enricher: Enricher, text: str) -> dict[str, str]:
    result = enricher.enrich(MentionInput(id="m", text=text))
    return {t.name: t.label for t in result.touchpoints}


def test_each_touchpoint_gets_its_own_sentiment(enricher: Enricher) -> None:
    found = touchpoints(enricher, "The cast was brilliant but the seats were cramped")
    assert found == {"performance": "positive", "seating": "negative"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Couldn't hear a word, the sound was muffled", {"sound": "negative"}),
        ("Ushers were so friendly and helpful", {"staff": "positive"}),
        ("Booking fee of £4 per ticket is a rip-off", {"price": "negative"}),
        ("The website crashed twice at checkout", {"website": "negative"}),
        ("Queue for the toilets was ridiculous", {"bathrooms": "negative"}),
        ("Great captioned performance, step-free access too", {"accessibility": "positive"}),
        ("Is there parking near the theatre?", {"parking_transport": "neutral"}),
    ],
)
def test_english_touchpoints(enricher: Enricher, text: str, expected: dict[str, str]) -> None:
    assert expected.items() <= touchpoints(enricher, text).items()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les comédiens étaient excellents mais le son était nul",
            {"performance": "positive", "sound": "negative"},
        ),
        (
            "Els actors genials, però les butaques molt incòmodes",
            {"performance": "positive", "seating": "negative"},
        ),
        (
            "La obra fue increíble, pero las entradas muy caras y los precios abusivos",
            {"performance": "positive", "price": "negative"},
        ),
    ],
)
def test_french_catalan_spanish_touchpoints(
    enricher: Enricher, text: str, expected: dict[str, str]
) -> None:
    assert expected.items() <= touchpoints(enricher, text).items()


def test_a_bare_evaluation_names_no_touchpoint(enricher: Enricher) -> None:
    assert touchpoints(enricher, "Wow. Best night ever.") == {}


def test_a_touchpoint_in_a_neutral_clause_takes_the_posts_sentiment(enricher: Enricher) -> None:
    found = touchpoints(enricher, "The ushers handed out blankets. Such a lovely gesture!")
    assert found == {"staff": "positive"}


def test_the_show_named_in_passing_is_not_a_performance_touchpoint(enricher: Enricher) -> None:
    assert touchpoints(enricher, "Does anyone know if the Saturday show is the last one?") == {}


def test_a_post_without_touchpoint_terms_has_no_touchpoints(enricher: Enricher) -> None:
    assert touchpoints(enricher, "Absolutely loved every minute of it") == {}


def test_contrast_splits_touchpoints_within_one_sentence(enricher: Enricher) -> None:
    found = touchpoints(enricher, "The seats were a waste of money but the bar was great!")
    assert found == {"price": "negative", "seating": "negative", "bar_food": "positive"}
