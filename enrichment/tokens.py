"""One cheap tokenisation shared by sentiment, touchpoints and keywords.

VADER splits on whitespace and strips surrounding punctuation; we do the same (so its
lexicon, which includes emoticons such as ``:(``, keeps working) but also remember where
clauses end, keep ``#hashtags`` and ``@handles`` whole, separate emoji into their own
tokens, and split French/Catalan elisions (``n'était`` -> ``n'`` + ``etait``).
"""

from __future__ import annotations

import string
import unicodedata
from dataclasses import dataclass


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("’"): "'", ord("‘"): "'", ord("ŀ"): "l"}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_FOLD = _fold_table()
_STRIP = string.punctuation + "¡¿«»“”‘’…–—·"
_LEFT_STRIP = _STRIP.replace("#", "").replace("@", "")
_CLAUSE_END = frozenset(".,;:!?…")
ELISION_LANGUAGES = frozenset({"fr", "ca"})  # tokenised apart: "l'escena" -> "l'" + "escena"
_LONG_ELISIONS = frozenset({"qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})


def fold(text: str) -> str:
    """Lower-case and strip accents: lexicons and catalogues are keyed this way."""
    # `translate` looks up every character: skip it for ASCII, which it leaves alone
    return text.lower() if text.isascii() else text.lower().translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Tokens:
    """Parallel lists: `raw` keeps case (and #/@), `words` are folded lookup keys."""

    raw: list[str]
    words: list[str]
    breaks: list[str]  # the punctuation ending a clause after this token, else ""
    # lower case with accents and straight apostrophes, for the language vote; "" for what
    # says nothing about the language (#tags, @handles, links, emoticons)
    lower: list[str]


def tokenize(
    text: str,
    language: str,
    emoji: frozenset[str] = frozenset(),
    emoticons: frozenset[str] = frozenset(),
) -> Tokens:
    """Split `text`; `emoji` characters become tokens, `emoticons` are kept verbatim."""
    if emoji and not text.isascii() and not emoji.isdisjoint(text):
        text = _space_emoji(text, emoji)
    elide = language in ELISION_LANGUAGES
    tokens = Tokens([], [], [], [])  # filled in place
    raw, words, breaks, lower = tokens.raw, tokens.words, tokens.breaks, tokens.lower
    for piece in text.split():
        if piece.isalpha():  # the common case, kept cheap
            low = piece.lower()
            raw.append(piece)
            words.append(low if piece.isascii() else low.translate(_FOLD))
            breaks.append("")
            lower.append(low)
        else:
            _add_piece(piece, elide, emoticons, tokens)
    return tokens


def _add_piece(piece: str, elide: bool, emoticons: frozenset[str], tokens: Tokens) -> None:
    raw, words, breaks, lower = tokens.raw, tokens.words, tokens.breaks, tokens.lower
    token = piece.rstrip(_STRIP).lstrip(_LEFT_STRIP)
    if not token or piece.lower() in emoticons:  # ":(", "<3", ":D" or a lone dash
        raw.append(piece)
        words.append(piece.lower())
        breaks.append("")
        lower.append("")
        return
    tail = piece.rstrip("\"')]»”’")
    ends_clause = tail[-1] if tail and tail[-1] in _CLAUSE_END else ""
    if elide and ("'" in token or "’" in token):
        head, _, rest = token.replace("’", "'").partition("'")
        if rest and _elidable(head):
            _add_elision(head, tokens)
            token = rest
    raw.append(token)
    words.append(fold(token.lstrip("#")) if token[0] != "@" else "")
    breaks.append(ends_clause)
    if token[0] in "#@" or token.startswith("http"):
        lower.append("")
    else:
        lower.append(token.lower().replace("’", "'"))


def elided(tokens: Tokens) -> Tokens:
    """`tokens` of a text tokenised without elisions, as `tokenize` splits them for French
    and Catalan ("l'escena" -> "l'" + "escena"): a pass over the few tokens with an
    apostrophe instead of tokenising the text again."""
    if not any("'" in w for w in tokens.words):
        return tokens
    out = Tokens([], [], [], [])
    raw, words, breaks, lower = out.raw, out.words, out.breaks, out.lower
    for r, w, b, low in zip(tokens.raw, tokens.words, tokens.breaks, tokens.lower, strict=True):
        if "'" in w and low:  # not a #tag, @handle, link or emoticon (their `lower` is "")
            head, _, rest = r.replace("’", "'").partition("'")
            if rest and _elidable(head):
                _add_elision(head, out)
                r = r[len(head) + 1 :]
                raw.append(r)
                words.append(fold(r))
                breaks.append(b)
                lower.append(r.lower().replace("’", "'"))
                continue
        raw.append(r)
        words.append(w)
        breaks.append(b)
        lower.append(low)
    return out


def _elidable(head: str) -> bool:
    """ "l", "d", "qu", "jusqu": what French and Catalan elide before an apostrophe."""
    return len(head) == 1 or fold(head) in _LONG_ELISIONS


def _add_elision(head: str, tokens: Tokens) -> None:
    tokens.raw.append(head + "'")
    tokens.words.append(fold(head) + "'")
    tokens.breaks.append("")
    tokens.lower.append(head.lower() + "'")


def _space_emoji(text: str, emoji: frozenset[str]) -> str:
    return "".join(f" {ch} " if ch in emoji else ch for ch in text)
