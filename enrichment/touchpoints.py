"""Experience touchpoints (aspects), each with the sentiment of the clauses that name it."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from enrichment.lexicons.aspects import TERMS, WEAK
from enrichment.models import TouchpointSentiment
from enrichment.scoring import label_of, normalize
from enrichment.tokens import Tokens, tokenize

TOUCHPOINTS = (
    "website",
    "box_office",
    "price",
    "parking_transport",
    "arrival",
    "staff",
    "seating",
    "sound",
    "bar_food",
    "bathrooms",
    "accessibility",
    "performance",
)
_MONEY = ("£", "€", "$")

TermIndex = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


@cache
def term_index(language: str) -> TermIndex:
    """First folded word -> (remaining words, touchpoint), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for line in TERMS.get(language, TERMS["en"]).replace("\n  |", " |").splitlines():
        name, _, terms = line.partition(":")
        for term in terms.split("|"):
            words = tokenize(term.strip(), language).words
            if not words:
                continue
            variants = (
                [words] if len(words) > 1 or words[0].endswith("s") else [words, [words[0] + "s"]]
            )
            for variant in variants:
                index.setdefault(variant[0], []).append((tuple(variant[1:]), name.strip()))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in index.items()}


@cache
def weak_terms(language: str) -> frozenset[str]:
    return frozenset(tokenize(WEAK.get(language, WEAK["en"]), language).words)


def find_touchpoints(tokens: Tokens, index: TermIndex) -> dict[str, list[int]]:
    """Touchpoint -> token positions where one of its terms starts."""
    words = tokens.words
    found: dict[str, list[int]] = {}
    resume = 0  # the first token not inside a term already found
    for i in _candidates(words, index):
        if i < resume:
            continue
        hit = _term_at(words, i, index) if words[i] in index else None
        if hit is not None:
            found.setdefault(hit[1], []).append(i)
            resume = i + hit[0]
        elif words[i][:1] in _MONEY or words[i][-1:] in _MONEY:
            found.setdefault("price", []).append(i)
    return found


def _candidates(words: list[str], index: TermIndex) -> list[int]:
    """Positions of words that start a term or carry a currency sign; the rest never count."""
    joined = "".join(words)
    if any(sign in joined for sign in _MONEY):
        return [k for k, w in enumerate(words) if w in index or w[:1] in _MONEY or w[-1:] in _MONEY]
    return [k for k, w in enumerate(words) if w in index]


def _term_at(words: list[str], i: int, index: TermIndex) -> tuple[int, str] | None:
    for rest, name in index.get(words[i], ()):
        end = i + 1 + len(rest)
        if tuple(words[i + 1 : end]) == rest:
            return end - i, name
    return None


def clause_starts(tokens: Tokens, contrast: frozenset[str]) -> list[int]:
    """Where each clause starts, and the text's end: clauses end at punctuation other than a
    comma, and before "but"."""
    words, breaks = tokens.words, tokens.breaks
    inner = [
        k for k in range(1, len(words)) if words[k] in contrast or breaks[k - 1] not in ("", ",")
    ]
    return [0, *inner, len(words)]


def touchpoint_sentiments(
    tokens: Tokens,
    values: list[float],
    contrast: frozenset[str],
    language: str,
    overall: float,
) -> tuple[TouchpointSentiment, ...]:
    """Each touchpoint scored on the clauses naming it; a clause without sentiment words
    takes the post's overall score ("Ushers handed out blankets. Such a lovely gesture")."""
    found = find_touchpoints(tokens, term_index(language))
    if not found:
        return ()
    starts = clause_starts(tokens, contrast)
    sums = [sum(values[starts[c] : starts[c + 1]]) for c in range(len(starts) - 1)]
    weak = weak_terms(language)
    out = []
    for name in TOUCHPOINTS:
        positions = found.get(name, [])
        if name == "performance":  # a weak term ("show") counts only with sentiment around
            positions = [
                i for i in positions if tokens.words[i] not in weak or sums[_clause(starts, i)]
            ]
        if positions:
            total = sum(sums[c] for c in sorted({_clause(starts, i) for i in positions}))
            compound = round(normalize(total), 4) if total else overall
            out.append(TouchpointSentiment(name, label_of(compound), compound))
    return tuple(out)


def _clause(starts: list[int], i: int) -> int:
    return bisect_right(starts, i) - 1
