"""Sentiment: VADER extended for arts talk in English; own lexicons for fr/ca/es."""

from __future__ import annotations

import pytest

from enrichment import Catalogue, Enricher, MentionInput, Sentiment
from enrichment.sentiment import lexicon_analyser


def label(text: str, language: str = "en") -> str:
    return lexicon_analyser(language).score(text).label


@pytest.mark.parametrize(
    "text",
    [
        "The whole cast killed it",
        "They brought the house down",
        "Standing ovation at the end",
        "A haunting production",
        "A devastating performance from the lead",
        "Total tear-jerker",
        "I cried the whole second act",
        "Sold out and deserves every ticket",
    ],
)
def test_arts_praise_is_positive(text: str) -> None:
    assert label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "We walked out at the interval",
        "Overpriced",
        "Couldn't hear a word from the circle",
        "the show was NOT good :(",
        "Oh great, another 40 minute queue for the loos /s",
    ],
)
def test_arts_complaints_are_negative(text: str) -> None:
    assert label(text) == "negative"


def test_negation_flips_only_the_next_sentiment_word() -> None:
    assert label("not good and boring") == "negative"


def test_after_but_the_second_clause_dominates() -> None:
    assert label("The acting was fine but the seats were awful and cramped") == "negative"


def test_compound_stays_within_minus_one_and_one() -> None:
    score = lexicon_analyser("en").score(
        "AMAZING!!!! 😍😍😍 best show ever, absolutely brilliant!!!"
    )
    assert score.label == "positive"
    assert 0.9 < score.compound <= 1.0


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Spectacle magnifique, une vraie claque !", "positive"),
        ("fr", "C'était pas terrible, on s'est ennuyés", "negative"),
        ("fr", "Ce n'était pas bon du tout", "negative"),
        ("fr", "Les portes ouvrent à 19h30", "neutral"),
        ("ca", "Una passada! Molt recomanable", "positive"),
        ("ca", "No m'ha agradat gens, massa llarga", "negative"),
        ("ca", "Les portes s'obren a les set", "neutral"),
        ("es", "Me encantó, una pasada", "positive"),
        ("es", "No me gustó nada, un rollo", "negative"),
        ("es", "No está mal", "positive"),
        ("es", "Las puertas abren a las siete", "neutral"),
    ],
)
def test_french_catalan_and_spanish_have_their_own_rules(
    language: str, text: str, expected: str
) -> None:
    assert label(text, language) == expected


class AlwaysNeutral:
    def score(self, text: str) -> Sentiment:
        return Sentiment("neutral", 0.0)


def test_the_analyser_is_swappable_per_language() -> None:
    enricher = Enricher(Catalogue(), analysers={"en": AlwaysNeutral()})
    result = enricher.enrich(
        MentionInput(id="m", text="The show was wonderful, loved every minute")
    )
    assert result.sentiment == Sentiment("neutral", 0.0)


def test_a_short_positive_ending_after_a_complaint_is_irony() -> None:
    assert label("Lost my tickets somewhere in the foyer. Great end to the week.") == "negative"


def test_a_question_without_judgement_is_neutral() -> None:
    assert label("Do I need to print my e-ticket or is the phone fine?") == "neutral"


def test_nobody_and_never_alone_signal_a_complaint() -> None:
    assert label("Rang the box office five times, nobody answered") == "negative"


def test_emoji_count_in_every_language() -> None:
    assert label("🔥🔥🔥", "fr") == "positive"
    assert label("La obra 🙄", "es") == "negative"


@pytest.mark.parametrize(("stars", "expected"), [("★★★★★", "positive"), ("★☆☆☆☆", "negative")])
def test_star_ratings_are_scored(stars: str, expected: str) -> None:
    assert label(f"{stars} for the new Hamlet", "en") == expected
    assert label(f"{stars} pour le nouveau Hamlet", "fr") == expected


def test_an_upside_down_smiley_turns_praise_into_irony() -> None:
    assert label("Genial, mitja hora de cua sota la pluja 🙃", "ca") == "negative"


def test_a_clause_break_ends_a_negation_even_across_neutral_words() -> None:
    # "great" is within the negation window of "not", but in the next sentence
    assert label("Not that. Great cast") == "positive"


def test_a_phrase_start_without_the_rest_of_the_phrase_scores_as_a_word() -> None:
    assert label("What a waste") == "negative"
    assert label("It was a waste of time") == "negative"
