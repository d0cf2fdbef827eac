"""Keywords: hashtags, capitalised names and short content phrases.

Built on the tokens the sentiment scorer already made (no second tokenisation) and on
spaCy's per-language stop-word lists (MIT). A RAKE-style split (phrases are runs of content words
between stop words, punctuation and sentiment words) stands in for noun chunks, which
`spacy.blank` cannot produce without a trained tagger.
"""

from __future__ import annotations

from enrichment.lexicons.theatre_context import CONTEXT
from enrichment.scoring import LanguageRules
from enrichment.tokens import Tokens

MAX_KEYWORDS = 6
_MAX_PHRASE = 3


def extract_keywords(tokens: Tokens, rules: LanguageRules) -> tuple[str, ...]:
    hashtags = [t for t in tokens.raw if t.startswith("#") and len(t) > 2]
    names, phrases = _names_and_phrases(tokens, rules)
    out: list[str] = []
    seen: set[str] = set()
    for keyword in (*hashtags, *names, *sorted(phrases, key=lambda p: -p.count(" "))):
        key = keyword.lower().lstrip("#")
        if key not in seen:
            seen.add(key)
            out.append(keyword)
    return tuple(out[:MAX_KEYWORDS])


def _names_and_phrases(tokens: Tokens, rules: LanguageRules) -> tuple[list[str], list[str]]:
    names: list[str] = []
    phrases: list[str] = []
    run: list[int] = []
    skip = rules.not_keywords
    for i, word in enumerate(tokens.words):
        if _is_content(tokens.raw[i], word, skip):
            run.append(i)
        else:
            _flush(run, tokens, names, phrases)
            run = []
        if tokens.breaks[i]:
            _flush(run, tokens, names, phrases)
            run = []
    _flush(run, tokens, names, phrases)
    return names, phrases


def _is_content(raw: str, word: str, skip: frozenset[str]) -> bool:
    if len(word) < 3 or word in skip or raw[0] in "#@" or not word[0].isalpha():
        return False
    # contractions and elisions ("you're", "qu'il") and links are not keywords
    return "'" not in word.removesuffix("'s") and not raw.startswith("http")


def _flush(run: list[int], tokens: Tokens, names: list[str], phrases: list[str]) -> None:
    if run and (run[0] == 0 or tokens.breaks[run[0] - 1]) and tokens.words[run[0]] in CONTEXT:
        run = run[1:]  # "Saw Lin-Manuel Miranda": a capitalised first verb is not a name
    if not run:
        return
    capitals = [
        i for i in run if tokens.raw[i][:1].isupper() and not _initial_alone(i, run, tokens)
    ]
    if len(capitals) == len(run):
        names.append(" ".join(tokens.raw[i] for i in run[:_MAX_PHRASE]))
    elif len(run) >= 2:
        phrases.append(" ".join(_plain(tokens.raw[i]) for i in run[-_MAX_PHRASE:]))
    elif not capitals:
        phrases.append(_plain(tokens.raw[run[0]]))


def _plain(raw: str) -> str:
    """Lower case with accents kept, possessive dropped: "Scène" -> "scène"."""
    return raw.lower().replace("’", "'").removesuffix("'s")


def _initial_alone(i: int, run: list[int], tokens: Tokens) -> bool:
    """A capital that only marks the start of a sentence is not a name."""
    sentence_start = i == 0 or bool(tokens.breaks[i - 1])
    return sentence_start and len(run) == 1
