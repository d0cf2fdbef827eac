"""Language: one of en/fr/ca/es, or `und` when a text is too short or unclear."""

from __future__ import annotations

import pytest

from enrichment import Enricher, MentionInput


def language(enricher: Enricher, text: str, hint: str | None = None) -> str:
    return enricher.enrich(MentionInput(id="m", text=text, language_hint=hint)).language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cast was wonderful and the second act flew by", "en"),
        ("La mise en scène était magnifique, mais le son était trop fort", "fr"),
        ("L'obra m'ha agradat molt, però les butaques són incòmodes", "ca"),
        ("La obra fue increíble, pero las entradas son muy caras", "es"),
        ("Quina nit! Els actors han estat espectaculars", "ca"),
        ("Qué noche, los actores estuvieron espectaculares", "es"),
    ],
)
def test_detects_the_four_venue_languages(enricher: Enricher, text: str, expected: str) -> None:
    assert language(enricher, text) == expected


@pytest.mark.parametrize("text", ["Bravo!!!", "wow", "👏👏👏", "#theatre @LyceumPlayhouse", ""])
def test_single_words_emoji_and_tags_are_undetermined(enricher: Enricher, text: str) -> None:
    assert language(enricher, text) == "und"


def test_a_configured_language_hint_is_trusted(enricher: Enricher) -> None:
    assert language(enricher, "Bravo!!!", hint="es") == "es"


def test_a_hint_outside_the_configured_languages_is_ignored(enricher: Enricher) -> None:
    assert language(enricher, "The show was wonderful tonight", hint="de") == "en"


def test_enrich_many_gives_the_same_languages_as_enrich(enricher: Enricher) -> None:
    texts = [
        "Les comédiens étaient formidables",
        "Bravo!",
        "Ha estat una nit màgica",
        "Fue una noche mágica",
        "What a night",
    ]
    mentions = [MentionInput(id=str(k), text=t) for k, t in enumerate(texts)]
    batch = [e.language for e in enricher.enrich_many(mentions)]
    assert batch == [enricher.enrich(m).language for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demà anem al teatre amb la meva germana", "ca"),
        ("Oui, à demain soir pour la première", "fr"),
        ("Mañana vamos al teatro con mi hermana, ya tengo las entradas", "es"),
        ("Going again next month with my sister, can't wait", "en"),
    ],
)
def test_everyday_function_words_settle_the_language(
    enricher: Enricher, text: str, expected: str
) -> None:
    assert language(enricher, text) == expected
