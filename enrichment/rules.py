"""`LanguageRules`: everything language-specific the sentiment scorer and keyword
extractor need, built once per language by `enrichment.lexicons`.

Plain data, kept out of the compiled modules (see `setup.py`): `not_keywords` is a
`cached_property`, which a mypyc-compiled class would recompute on every access.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from enrichment.tokens import fold, tokenize

Phrases = Mapping[str, tuple[tuple[tuple[str, ...], float], ...]]


@dataclass(frozen=True)
class LanguageRules:
    """Everything language-specific the scorer needs; all keys are `fold`-ed."""

    lexicon: Mapping[str, float]
    phrases: Phrases
    boosters: Mapping[str, float]
    negators: frozenset[str]
    contrast: frozenset[str]
    unnegatable: frozenset[str] = frozenset()
    sarcasm: frozenset[str] = frozenset()
    negation_window: int = 3
    affix_negation: str | None = "n't"  # a word containing it negates (English contractions)
    stop_words: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def not_keywords(self) -> frozenset[str]:
        """Folded stop words, sentiment words, boosters and negators: never keywords."""
        stop = self.stop_words | {fold(w) for w in self.stop_words}
        return stop | frozenset(self.lexicon) | frozenset(self.boosters) | self.negators


def build_phrases(entries: Iterable[tuple[str, float]], language: str) -> Phrases:
    """Index multi-word expressions by their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    for text, valence in entries:
        words = tuple(tokenize(text, language).words)
        index.setdefault(words[0], []).append((words[1:], valence))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in index.items()}
