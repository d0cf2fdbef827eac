"""The engine tokenises a text once, before its language is known, and again only where the
language splits elisions."""

from __future__ import annotations

from enrichment import Enricher, MentionInput


def test_french_elisions_are_split_once_the_language_is_known(enricher: Enricher) -> None:
    result = enricher.enrich(MentionInput("1", "L'entracte était trop court et l'acoustique nulle"))
    assert result.language == "fr"
    assert "sound" in {t.name for t in result.touchpoints}  # "acoustique", after "l'"


def test_the_engine_and_detect_agree_on_the_language(enricher: Enricher) -> None:
    texts = ["Quina funció més bonica, gràcies!", "Una obra increíble, me encantó", "Loved it"]
    for text in texts:
        assert enricher.enrich(MentionInput("1", text)).language == enricher.identifier.detect(text)
