"""A fast VADER-style lexicon scorer, parameterised per language.

It follows VADER's published rules (valence lexicon, boosters and dampeners, ALL-CAPS
emphasis, negation, contrastive conjunction, punctuation emphasis, the same normalisation
and +/-0.05 thresholds) in one pass over pre-tokenised text, and fixes the weak spots that
matter for arts talk: negation only flips the first sentiment word of its clause and never an
emoticon or emoji ("NOT good :(" stays negative), multi-word phrases ("brought the house
down") score as one unit, and explicit sarcasm markers ("/s", "#sarcasm") flip praise.
"""

from __future__ import annotations

import math

from enrichment.lexicons.vader import B_INCR, C_INCR, N_SCALAR
from enrichment.rules import LanguageRules
from enrichment.tokens import Tokens

QUESTION_DAMPING = 0.15
UNRESOLVED_NEGATION = -0.5  # "nobody told us anything", "nunca contestaron": complaints
_EMPTY_NEGATORS = frozenset(
    "nobody nothing never none nowhere nadie nunca nada jamas personne rien ningu mai res".split()
)
_SENTENCE_END = frozenset(".!?…")
_IRONIC_MAX_WORDS = 5
_THANKS = frozenset("thanks thank merci gracias gracies".split())


def normalize(score: float, alpha: float = 15.0) -> float:
    return max(-1.0, min(1.0, score / math.sqrt(score * score + alpha)))


def label_of(compound: float) -> str:
    if compound >= 0.05:
        return "positive"
    if compound <= -0.05:
        return "negative"
    return "neutral"


class LexiconScorer:
    """Per-token valences for a text, then document- or clause-level compounds."""

    def __init__(self, rules: LanguageRules) -> None:
        self.rules = rules
        # lists, so that a slice of the text's words compares without building a tuple
        self._phrases = {
            first: tuple((list(rest), valence) for rest, valence in entries)
            for first, entries in rules.phrases.items()
        }
        self._seconds = {
            first: frozenset(rest[0] for rest, _ in entries if rest)
            for first, entries in rules.phrases.items()
        }
        self._one_word = {
            first: (1, next(valence for rest, valence in entries if not rest))
            for first, entries in rules.phrases.items()
            if any(not rest for rest, _ in entries)
        }
        self._special = frozenset().union(
            rules.phrases, rules.boosters, rules.negators, rules.lexicon
        )
        # the rules' parts as plain typed attributes: read in the hot loops, where a compiled
        # scorer then uses dict and set operations directly (`setup.py`)
        self._lexicon: dict[str, float] = dict(rules.lexicon)
        self._boosters: dict[str, float] = dict(rules.boosters)
        self._negators = rules.negators
        self._unnegatable = rules.unnegatable
        self._contrast = rules.contrast
        self._sarcasm = rules.sarcasm
        self._window = rules.negation_window
        self._affix = rules.affix_negation

    def valences(self, tokens: Tokens) -> list[float]:
        words, breaks = tokens.words, tokens.breaks
        values = [0.0] * len(words)
        cap_diff = _cap_differential(tokens.raw)
        negated_at = -99
        resume = 0  # the first token not yet passed over
        for i in self._candidates(words):
            if i < resume:
                continue  # inside a phrase already scored
            if negated_at >= 0 and any(breaks[resume:i]):  # a clause ended in between
                _resolve_negation(words, values, negated_at)
                negated_at = -99
            length, valence, negator = self._unit_at(words, i)
            if negator:
                negated_at = i
            elif valence:
                valence = self._adjust(tokens, i, valence, cap_diff)
                if i - negated_at <= self._window and words[i] not in self._unnegatable:
                    valence = self._negate(words, i, negated_at, valence)
                    negated_at = -99
                values[i] = valence
            resume = i + length
            if negated_at >= 0 and breaks[resume - 1]:
                _resolve_negation(words, values, negated_at)
                negated_at = -99
        if negated_at >= 0:  # the text ended
            _resolve_negation(words, values, negated_at)
        _damp_questions(tokens, values)
        _ironic_ending(tokens, values)
        return values

    def _candidates(self, words: list[str]) -> list[int]:
        """Positions of the words that can start a unit with a valence or a negation; the
        others score 0 and are only passed over."""
        special, affix = self._special, self._affix
        if affix is not None and affix in " ".join(words):
            return [k for k, w in enumerate(words) if w in special or affix in w]
        return [k for k, w in enumerate(words) if w in special]

    def _unit_at(self, words: list[str], i: int) -> tuple[int, float, bool]:
        """The phrase or word at `i`: its length, valence and whether it is a negator."""
        word = words[i]
        if word in self._phrases:
            found = self._phrase_at(words, i)
            if found is not None:
                return found[0], found[1], False
        if word in self._boosters:
            return 1, 0.0, False
        if self._is_negator(word):
            return 1, 0.0, True
        return 1, self._lexicon.get(word, 0.0), False

    def compound(self, tokens: Tokens, values: list[float], text: str) -> float:
        """Whole-text score: contrast weighting, punctuation emphasis, sarcasm flip."""
        total = sum(_contrast_weighted(tokens.words, values, self._contrast))
        if total:
            emphasis = _punctuation_emphasis(text)
            total += emphasis if total > 0 else -emphasis
        if total > 0 and self._sarcasm.intersection(tokens.raw):
            total = -total
        return round(normalize(total), 4)

    def _is_negator(self, word: str) -> bool:
        affix = self._affix
        return word in self._negators or (affix is not None and affix in word)

    def _phrase_at(self, words: list[str], i: int) -> tuple[int, float] | None:
        word = words[i]
        if i + 1 < len(words) and words[i + 1] in self._seconds.get(word, ()):
            for rest, valence in self._phrases[word]:
                end = i + 1 + len(rest)
                if words[i + 1 : end] == rest:
                    return end - i, valence
        return self._one_word.get(word)  # most first words are not followed by their phrase

    def _adjust(self, tokens: Tokens, i: int, valence: float, cap_diff: bool) -> float:
        raw, words, breaks = tokens.raw, tokens.words, tokens.breaks
        if cap_diff and raw[i].isupper():
            valence += C_INCR if valence > 0 else -C_INCR
        for distance, damp in ((1, 1.0), (2, 0.95), (3, 0.9)):
            j = i - distance
            if j < 0 or breaks[j] or words[j] in self._lexicon:
                break
            scalar = self._booster(words, j)
            if scalar:
                scalar = scalar if valence > 0 else -scalar
                if cap_diff and raw[j].isupper():
                    scalar += C_INCR if valence > 0 else -C_INCR
                valence += scalar * damp
        return valence

    def _booster(self, words: list[str], j: int) -> float:
        boosters = self._boosters
        if j > 0 and f"{words[j - 1]} {words[j]}" in boosters:
            return boosters[f"{words[j - 1]} {words[j]}"]
        return boosters.get(words[j], 0.0)

    @staticmethod
    def _negate(words: list[str], i: int, negated_at: int, valence: float) -> float:
        before = words[negated_at]
        between = words[negated_at + 1 : i]
        if before == "never" and between and between[0] in ("so", "this"):
            return valence * 1.25
        if before == "without" and "doubt" in between:
            return valence
        if before == "least" and negated_at > 0 and words[negated_at - 1] in ("at", "very"):
            return valence
        return valence * N_SCALAR


def _resolve_negation(words: list[str], values: list[float], negated_at: int) -> None:
    """A clause ends with its negation unused: "nobody told us" is a complaint."""
    if words[negated_at] in _EMPTY_NEGATORS:
        values[negated_at] = UNRESOLVED_NEGATION


def _cap_differential(raw: list[str]) -> bool:
    caps = sum(map(str.isupper, raw))
    return 0 < caps < len(raw)


def _contrast_weighted(
    words: list[str], values: list[float], contrast: frozenset[str]
) -> list[float]:
    if contrast.isdisjoint(words):
        return values
    pivot = next(k for k, w in enumerate(words) if w in contrast)
    return [v * 0.5 if k < pivot else v * 1.5 if k > pivot else v for k, v in enumerate(values)]


def _ironic_ending(tokens: Tokens, values: list[float]) -> None:
    """A short, purely positive last sentence after a complaint is ironic: "Lost my keys.
    Great end to the week." / "Tout est parti. Merci bien." Its valences are flipped."""
    n = len(values)
    # only a sentence end among the last few tokens can start a short enough ending
    last_ends = range(n - 2, max(n - 2 - _IRONIC_MAX_WORDS, -1), -1)
    start = next((k + 1 for k in last_ends if tokens.breaks[k] in _SENTENCE_END), 0)
    if start == 0 or n - start > _IRONIC_MAX_WORDS:
        return
    ending, before = sum(values[start:]), sum(values[:start])
    if _THANKS.intersection(tokens.words[start:]):
        return  # "...they swapped our seats for free. Thank you!" is usually sincere
    if ending > 0 and before < 0:
        for k in range(start, n):
            values[k] = -values[k]


def _damp_questions(tokens: Tokens, values: list[float]) -> None:
    """Questions are mostly neutral requests for information ("is email fine?")."""
    if "?" not in tokens.breaks:
        return
    start = 0
    for k, end in enumerate(tokens.breaks):
        if end in _SENTENCE_END or k == len(values) - 1:
            if end == "?":
                for j in range(start, k + 1):
                    values[j] *= QUESTION_DAMPING
            start = k + 1


def _punctuation_emphasis(text: str) -> float:
    emphasis = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    if questions > 1:
        emphasis += questions * 0.18 if questions <= 3 else 0.96
    return emphasis


__all__ = ["B_INCR", "LexiconScorer", "label_of", "normalize"]
