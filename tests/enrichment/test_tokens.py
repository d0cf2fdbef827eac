"""The shared tokenisation: VADER-style pieces, folded lookup keys, clause breaks."""

from __future__ import annotations

import pytest

from enrichment.sentiment import lexicon_analyser
from enrichment.tokens import elided, fold, tokenize


def test_words_are_folded_lookup_keys_and_raw_keeps_the_writing() -> None:
    tokens = tokenize("Bravo Théâtre Lliure", "ca")
    assert tokens.raw == ["Bravo", "Théâtre", "Lliure"]
    assert tokens.words == ["bravo", "theatre", "lliure"]
    assert tokens.breaks == ["", "", ""]


def test_punctuation_is_stripped_and_remembered_as_a_clause_break() -> None:
    tokens = tokenize("Loved it, truly! Again?", "en")
    assert tokens.raw == ["Loved", "it", "truly", "Again"]
    assert tokens.breaks == ["", ",", "!", "?"]


def test_hashtags_stay_whole_and_handles_have_no_lookup_key() -> None:
    tokens = tokenize("Go see #LesMis with @LyceumPlayhouse", "en")
    assert tokens.raw == ["Go", "see", "#LesMis", "with", "@LyceumPlayhouse"]
    assert tokens.words == ["go", "see", "lesmis", "with", ""]


def test_french_elisions_are_split_off() -> None:
    tokens = tokenize("N’était pas génial.", "fr")
    assert tokens.raw == ["N'", "était", "pas", "génial"]
    assert tokens.words == ["n'", "etait", "pas", "genial"]
    assert tokens.breaks == ["", "", "", "."]


def test_lower_keeps_accents_for_the_language_vote_and_blanks_tags_handles_and_links() -> None:
    tokens = tokenize("C’était #LesMis avec @Lyceum https://t.co/x Génial.", "en")
    assert tokens.lower == ["c'était", "", "avec", "", "", "génial"]


def test_elided_articles_keep_their_accented_lower_form() -> None:
    assert tokenize("L'Écume des jours", "fr").lower == ["l'", "écume", "des", "jours"]


def test_emoji_become_tokens_and_emoticons_stay_verbatim() -> None:
    tokens = lexicon_analyser("en").tokens("Loved it😍 :(")
    assert tokens.raw == ["Loved", "it", "😍", ":("]


def test_fold_lowers_and_strips_accents_and_leaves_ascii_alone() -> None:
    assert fold("Català ÀÉÏ") == "catala aei"
    assert fold("Plain ASCII") == "plain ascii"


@pytest.mark.parametrize(
    "text",
    [
        "l'escena d'ahir, qu'il jusqu'à aujourd'hui",
        "L’Avare! #l'art @l'x http://x.com/l'a :'( d'«Art» l'",
    ],
)
def test_elisions_split_from_the_plain_tokens_as_tokenising_again_would(text: str) -> None:
    plain = lexicon_analyser("en").tokens(text)
    for language in ("fr", "ca"):
        assert elided(plain) == lexicon_analyser(language).tokens(text)
