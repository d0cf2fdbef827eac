"""Experience touchpoints (aspects), each with the sentiment of the clauses that name it."""

from __future__ import annotations

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
    i = 0
    while i < len(words):
        hit = _term_at(words, i, index) if words[i] in index else None
        if hit is not None:
            found.setdefault(hit[1], []).append(i)
            i += hit[0]
            continue
        if words[i][:1] in _MONEY or words[i][-1:] in _MONEY:
            found.setdefault("price", []).append(i)
        i += 1
    return found


def _term_at(words: list[str], i: int, index: TermIndex) -> tuple[int, str] | None:
    for rest, name in index.get(words[i], ()):
        end = i + 1 + len(rest)
        if tuple(words[i + 1 : end]) == rest:
            return end - i, name
    return None


def clause_ids(tokens: Tokens, contrast: frozenset[str]) -> list[int]:
    """Clause number of each token: clauses end at punctuation and before "but"."""
    ids: list[int] = []
    current = 0
    for word, ends in zip(tokens.words, tokens.breaks, strict=True):
        if word in contrast and ids:
            current += 1
        ids.append(current)
        if ends and ends != ",":
            current += 1
    return ids


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
    ids = clause_ids(tokens, contrast)
    sums: dict[int, float] = {}
    for clause, value in zip(ids, values, strict=True):
        sums[clause] = sums.get(clause, 0.0) + value
    weak = weak_terms(language)
    out = []
    for name in TOUCHPOINTS:
        positions = found.get(name, [])
        if name == "performance":
            positions = [i for i in positions if tokens.words[i] not in weak or sums[ids[i]]]
        if positions:
            total = sum(sums[c] for c in {ids[i] for i in positions})
            compound = round(normalize(total), 4) if total else overall
            out.append(TouchpointSentiment(name, label_of(compound), compound))
    return tuple(out)
