"""Keywords: hashtags whole, names kept, stop words and handles dropped."""

from __future__ import annotations

from enrichment import Enricher, MentionInput


def keywords(enricher: Enricher, text: str) -> tuple[str, ...]:
    return enricher.enrich(MentionInput(id="m", text=text)).keywords


def test_hashtags_are_kept_whole(enricher: Enricher) -> None:
    assert "#HamiltonMusical" in keywords(enricher, "What a night at #HamiltonMusical, the cast!")


def test_handles_are_removed(enricher: Enricher) -> None:
    found = keywords(enricher, "@LyceumPlayhouse the interval bar was slow tonight")
    assert all("@" not in k and "lyceumplayhouse" not in k.lower() for k in found)


def test_names_of_people_are_kept_with_their_capitals(enricher: Enricher) -> None:
    assert "Lin-Manuel Miranda" in keywords(enricher, "Saw Lin-Manuel Miranda in the foyer!")


def test_stop_words_and_sentiment_words_are_not_keywords(enricher: Enricher) -> None:
    found = keywords(enricher, "It was the most amazing set design and the lighting was so good")
    assert "set design" in found
    assert not {"the", "was", "amazing", "good", "so"} & {k.lower() for k in found}


def test_french_keywords_drop_french_stop_words(enricher: Enricher) -> None:
    found = keywords(enricher, "La mise en scène de Joël Pommerat est bouleversante")
    assert "Joël Pommerat" in found
    assert "la" not in {k.lower() for k in found}
