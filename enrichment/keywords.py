"""Keywords: hashtags, capitalised names and short content phrases.

Built on the tokens the sentiment scorer already made (no second tokenisation) and on
spaCy's per-language stop-word lists (MIT). A RAKE-style split (phrases are runs of content words
between stop words, punctuation and sentiment words) stands in for noun chunks, which
`spacy.blank` cannot produce without a trained tagger.
"""

from __future__ import annotations

from enrichment.lexicons.theatre_context import CONTEXT
from enrichment.rules import LanguageRules
from enrichment.tokens import Tokens

MAX_KEYWORDS = 6
_MAX_PHRASE = 3


def extract_keywords(tokens: Tokens, rules: LanguageRules) -> tuple[str, ...]:
    hashtags = _hashtags(tokens.raw)
    names, phrases = _names_and_phrases(tokens, rules)
    out: list[str] = []
    seen: set[str] = set()
    for keyword in (*hashtags, *names, *sorted(phrases, key=lambda p: -p.count(" "))):
        key = keyword.lower().lstrip("#")
        if key not in seen:
            seen.add(key)
            out.append(keyword)
            if len(out) == MAX_KEYWORDS:
                break
    return tuple(out)


def _hashtags(raw: list[str]) -> list[str]:
    if "#" not in "".join(raw):  # most posts have none: skip the per-token test
        return []
    return [token for token in raw if token[0] == "#" and len(token) > 2]


def _names_and_phrases(tokens: Tokens, rules: LanguageRules) -> tuple[list[str], list[str]]:
    """Runs of consecutive content words, split after clause breaks, become names or phrases."""
    names: list[str] = []
    phrases: list[str] = []
    breaks = tokens.breaks
    run: list[int] = []
    for k in _content_positions(tokens, rules.not_keywords):
        if run and (k != run[-1] + 1 or breaks[run[-1]]):
            _flush(run, tokens, names, phrases)
            run = []
        run.append(k)
    if run:
        _flush(run, tokens, names, phrases)
    return names, phrases


def _content_positions(tokens: Tokens, skip: frozenset[str]) -> list[int]:
    """Content words: not a stop/sentiment word (the usual rejection, so tested first), long
    enough, no #/@, a letter first, no contraction or elision, no link. One comprehension:
    the hottest loop of this module."""
    return [
        k
        for k, (word, raw) in enumerate(zip(tokens.words, tokens.raw, strict=True))
        if word not in skip
        and len(word) >= 3
        and raw[0] not in "#@"
        and word[0].isalpha()
        and ("'" not in word or "'" not in word.removesuffix("'s"))
        and not raw.startswith("http")
    ]


def _flush(run: list[int], tokens: Tokens, names: list[str], phrases: list[str]) -> None:
    """A run of content words becomes a name (all capitalised) or a phrase. A run never spans
    a clause break, so only its first word can start a sentence."""
    raw, first = tokens.raw, run[0]
    initial = first == 0 or bool(tokens.breaks[first - 1])
    if initial and tokens.words[first] in CONTEXT:
        run = run[1:]  # "Saw Lin-Manuel Miranda": a capitalised first verb is not a name
        if not run:
            return
        first, initial = run[0], False
    if len(run) == 1:  # a lone capital that only starts a sentence is not a name
        single = raw[first]
        if single[:1].isupper() and not initial:
            names.append(single)
        else:
            phrases.append(_plain(single))
    elif all(raw[i][:1].isupper() for i in run):
        names.append(" ".join(raw[i] for i in run[:_MAX_PHRASE]))
    else:
        phrases.append(" ".join(_plain(raw[i]) for i in run[-_MAX_PHRASE:]))


def _plain(raw: str) -> str:
    """Lower case with accents kept, possessive dropped: "Scène" -> "scène"."""
    return raw.lower().replace("’", "'").removesuffix("'s")
