"""Sentiment analysers: one interface, one lexicon analyser per language."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Protocol

from enrichment.lexicons import ca, en, es, fr, vader
from enrichment.models import Sentiment
from enrichment.rules import LanguageRules
from enrichment.scoring import LexiconScorer, label_of
from enrichment.tokens import ELISION_LANGUAGES, Tokens, tokenize


class SentimentAnalyser(Protocol):
    """Scores a whole text. Swappable per language (a model-based analyser can replace a
    lexicon one by implementing this method)."""

    def score(self, text: str) -> Sentiment: ...


_RULES: dict[str, Callable[[], LanguageRules]] = {
    "en": en.rules,
    "fr": fr.rules,
    "ca": ca.rules,
    "es": es.rules,
}


class LexiconSentimentAnalyser:
    """VADER-style rule scorer over a language's lexicon; also exposes per-token valences
    so that touchpoints can be scored clause by clause without tokenising twice."""

    def __init__(self, language: str, rules: LanguageRules) -> None:
        self.language = language
        self.rules = rules
        self.scorer = LexiconScorer(rules)
        self._emoji = vader.token_emoji()
        self._emoticons = vader.emoticons()
        self.elides = language in ELISION_LANGUAGES

    def tokens(self, text: str) -> Tokens:
        return tokenize(text, self.language, self._emoji, self._emoticons)

    def analyse(self, text: str) -> tuple[Tokens, list[float], Sentiment]:
        tokens = self.tokens(text)
        values, sentiment = self.score_tokens(tokens, text)
        return tokens, values, sentiment

    def score_tokens(self, tokens: Tokens, text: str) -> tuple[list[float], Sentiment]:
        """Per-token valences and the whole text's sentiment, from `tokens(text)`."""
        values = self.scorer.valences(tokens)
        compound = self.scorer.compound(tokens, values, text)
        return values, Sentiment(label_of(compound), compound)

    def score(self, text: str) -> Sentiment:
        return self.analyse(text)[2]


@cache
def lexicon_analyser(language: str) -> LexiconSentimentAnalyser:
    """The lexicon analyser for a language (English for `und` or unknown codes)."""
    code = language if language in _RULES else "en"
    return LexiconSentimentAnalyser(code, _RULES[code]())
