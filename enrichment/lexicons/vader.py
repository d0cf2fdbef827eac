"""VADER's lexicon data, read from the installed vaderSentiment package.

VADER (Hutto & Gilbert, 2014) is MIT-licensed; we reuse its word and emoji lexicons and
its published constants, not its per-call implementation (which is slow in pure Python).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from enrichment.lexicons.emoji import EMOJI, RATINGS

B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74

NEGATE = frozenset(
    "aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't "
    "didn't doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't "
    "haven't isn't mightn't mustn't neednt needn't never none nope nor not nothing nowhere "
    "oughtnt shant shouldnt uhuh wasnt werent oughtn't shan't shouldn't uh-uh wasn't weren't "
    "without wont wouldnt won't wouldn't rarely seldom despite no".split()
)

_UP = (
    "absolutely amazingly awfully completely considerable considerably decidedly deeply effing "
    "enormous enormously entirely especially exceptional exceptionally extreme extremely "
    "fabulously flipping flippin frackin fracking fricking frickin frigging friggin fully "
    "fuckin fucking fuggin fugging greatly hella highly hugely incredible incredibly intensely "
    "major majorly more most particularly purely quite really remarkably so substantially "
    "thoroughly total totally tremendous tremendously uber unbelievably unusually utter "
    "utterly very"
)
_DOWN = (
    "almost barely hardly less little marginal marginally occasional occasionally partly "
    "scarce scarcely slight slightly somewhat kinda kindof kind-of sorta sortof sort-of"
)
BOOSTERS: dict[str, float] = {
    **{w: B_INCR for w in _UP.split()},
    **{w: B_DECR for w in _DOWN.split()},
    "kind of": B_DECR,
    "sort of": B_DECR,
    "just enough": B_DECR,
}

SPECIAL_CASES: dict[str, float] = {
    "the shit": 3,
    "the bomb": 3,
    "bad ass": 1.5,
    "yeah right": -2,
    "kiss of death": -1.5,
    "to die for": 3,
    "beating heart": 3.5,
    "bus stop": 0.0,
    "break a leg": 2,
    "cut the mustard": 2,
    "upper hand": 1,
}


def _read(name: str) -> str:
    return resources.files("vaderSentiment").joinpath(name).read_text(encoding="utf-8")


@cache
def word_lexicon() -> dict[str, float]:
    lexicon: dict[str, float] = {}
    for line in _read("vader_lexicon.txt").splitlines():
        parts = line.strip().split("\t")
        if len(parts) >= 2:
            lexicon[parts[0]] = float(parts[1])
    return lexicon


@cache
def emoji_valences() -> dict[str, float]:
    """Each single-character emoji scored by the VADER words of its description."""
    lexicon = word_lexicon()
    valences: dict[str, float] = {}
    for line in _read("emoji_utf8_lexicon.txt").splitlines():
        emoji, _, description = line.strip().partition("\t")
        if len(emoji) != 1:
            continue
        total = sum(lexicon.get(word, 0.0) for word in description.lower().split())
        if total:
            valences[emoji] = max(-3.0, min(3.0, total))
    valences.update(EMOJI)
    valences.update(RATINGS)
    return {k: v for k, v in valences.items() if v}


@cache
def emoticons() -> frozenset[str]:
    """Lexicon entries that are punctuation faces (``:(``, ``<3``, ``:d``)."""
    return frozenset(
        key for key in word_lexicon() if not key.replace("'", "").replace("-", "").isalpha()
    )


@cache
def token_emoji() -> frozenset[str]:
    """Emoji that become tokens of their own; star ratings ("★★★☆☆") stay one token."""
    return frozenset(e for e in emoji_valences() if len(e) == 1 and e != "★")
