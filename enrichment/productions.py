"""Finding catalogue names in a text: one pass over its tokens, whatever the catalogue size.

Titles and aliases are indexed by their first folded token (and, for long titles, by their
distinctive words, to catch a typo elsewhere in the title); hashtags and handles by their
folded text. `production_matcher` then weighs each occurrence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from enrichment.lexicons.theatre_context import CUES, LABEL_SET, NOT_TYPO_SET
from enrichment.models import CatalogueProduction
from enrichment.tokens import fold

_TOKEN = re.compile(r"[#@]?[^\W_]+(?:['’][^\W_]+)*")
_TOKEN_OR_GAP = re.compile(f"({_TOKEN.pattern})")
_FUZZY_MIN_CHARS = 12
_FUZZY_RATIO = 88.0
_ALIKE = 70.0  # a misspelt neighbour of an intact title word
_MAX_ANCHOR_NAMES = 4
_TYPO_MIN_CHARS = 6  # "Joesph", "Tartuff", "Scappin"; shorter words have too many neighbours
TYPO_SHORTEST = _TYPO_MIN_CHARS - 1  # a typo may drop a letter
_MAX_REMEMBERED = 100_000
# Articles and linking words: not "content" when judging how distinctive a title is.
_FUNCTION = frozenset(
    "a an the of and in on at to for with & le la les l un une des du de d et en el los las "
    "del y al els i amb per is es est that who into".split()
)
_ARTICLES = frozenset("the a an le la les l el los las els".split())
_FOREIGN_ARTICLES = frozenset("die der das il lo".split())  # "Die Zauberflöte" -> "Zauberflöte"
_CAMEL = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]*|[a-zß-ÿ]+|\d+")  # "BeingEarnest" -> "Being", "Earnest"
_TAG_SUFFIXES = frozenset("musical play ballet opera show live tour uk onstage the".split())
_CONTEXT_CASED = frozenset("İΣ")  # lower case longer, or depending on the next letter


class Token(NamedTuple):
    start: int
    end: int
    surface: str
    key: str  # folded, possessive removed, without # or @


_new_token = tuple.__new__
_make_token = partial(_new_token, Token)


@dataclass(frozen=True, slots=True)
class Name:
    production_ids: tuple[str, ...]  # several runs of one show share a name
    words: tuple[str, ...]
    capitals: tuple[bool, ...]  # which words the catalogue writes with a capital
    content_words: int
    leading_article: bool
    tail: str = ""  # the title's own closing mark: "Oliver!", "Who's Afraid of Virginia Woolf?"
    continues: frozenset[str] = frozenset()  # next words of a longer name of the same show
    text: str = ""  # the words joined by spaces: the key of the lexicons' per-title entries
    labelled: bool = False  # ends with its category label: "Cats the Musical"
    # folded characters, songs, people of the work: the built-in lexicon's for its title and
    # the venue's own `CatalogueProduction.cues` ("roxie", "cell block tango")
    cues: frozenset[str] = frozenset()
    short: bool = False  # a hashtag's short form ("Being Earnest"): weaker than a title


def _cue_keys(cues: Iterable[str]) -> frozenset[str]:
    """A production's cues as the matcher's folded keys, words joined by one space."""
    return frozenset(" ".join(t.key for t in tokens_of(cue)) for cue in cues if cue.strip())


def tokens_of(text: str) -> list[Token]:
    # The hot path of matching, as loops in C: one split gives the tokens and the gaps
    # between them (so their offsets); `tuple.__new__` skips the NamedTuple's constructor.
    folded = _folded(text)
    parts = _TOKEN_OR_GAP.split(folded)  # gap, token, gap, ..., token, gap
    bounds = list(accumulate(map(len, parts)))
    starts, ends, keys = bounds[0:-1:2], bounds[1::2], parts[1::2]
    if "#" in folded or "@" in folded:
        keys = [k[1:] if k[0] in "#@" else k for k in keys]
    if "'s" in folded:
        keys = [k[:-2] if k[-2:] == "'s" else k for k in keys]
    surfaces = map(text.__getitem__, map(slice, starts, ends))
    return list(map(_make_token, zip(starts, ends, surfaces, keys, strict=True)))


def token_keys(text: str) -> list[str]:
    """The keys of `tokens_of(text)`, each with its leading # or @ kept: a cheaper pass (no
    offsets, no surfaces) for deciding whether the text needs matching at all."""
    return _keys_in(_folded(text))


def word_keys(words: Sequence[str]) -> set[str]:
    """The keys of `tokens_of(text)` (and more), from the words `enrichment.tokens.tokenize`
    gives for a `plain_text`: pieces of "night-time" and "hamilton's"; elisions joined
    again ("l'" + "avare"), as `tokens_of` keeps them whole."""
    keys = set(words)
    if "".join(words).isalpha():
        return keys  # the usual case: every word is a key
    for i in [i for i, w in enumerate(words) if not w.isalpha()]:
        word = words[i]
        keys.update(_keys_in(fold(word)))
        if word[-1:] == "'" and i + 1 < len(words):
            keys.update(_keys_in(fold(word + words[i + 1])))
    return keys


def plain_text(text: str) -> bool:
    """No tag or handle, and no letter whose lower case depends on the rest of the text
    ("İ", "Σ"): the tokenizer's words then hold every key of `tokens_of`."""
    if "#" in text or "@" in text:
        return False
    return text.isascii() or _CONTEXT_CASED.isdisjoint(text)


def _keys_in(folded: str) -> list[str]:
    return [k[:-2] if k[-2:] == "'s" else k for k in _TOKEN.findall(folded)]


def _folded(text: str) -> str:
    """`fold`, keeping offsets: a character whose lower case is longer keeps its first."""
    folded = fold(text)
    if len(folded) != len(text):
        folded = "".join(fold(c)[:1] or c for c in text)
    return folded


class NameIndex:
    """Every title and alias of the catalogue, keyed by first folded word."""

    def __init__(self, catalogue: Iterable[CatalogueProduction]) -> None:
        productions = tuple(catalogue)
        names, short = _collect_names(productions)
        self.tags: dict[str, list[str]] = {}
        for production in productions:
            for tag in (*production.hashtags, *production.handles):
                self.tags.setdefault(fold(tag.lstrip("#@")), []).append(production.id)
        self.by_first: dict[str, list[Name]] = {}
        self.by_word: dict[str, list[Name]] = {}
        continuations = _continuations(names)
        # a show's cues: the built-in lexicon's for any of its names, and the venue's own
        cues = {p.id: _cue_keys(p.cues) for p in productions}
        for words, (ids, _, _) in names.items():
            for i in ids:
                cues[i] = cues[i] | _BUILT_IN_CUES.get(" ".join(words), frozenset())
        for words, (ids, capitals, tail) in names.items():
            self._add(
                Name(
                    tuple(ids),
                    words,
                    capitals,
                    _content(words),
                    words[0] in _ARTICLES,
                    tail,
                    frozenset(continuations.get(words, ())),
                    " ".join(words),
                    len(words) >= 3 and " ".join(words[-2:]) in LABEL_SET,
                    frozenset().union(*(cues[i] for i in ids)),
                    words in short,
                )
            )
        for bucket in self.by_first.values():
            bucket.sort(key=lambda n: -len(n.words))
        # exact look-up: the name sizes starting with a word (longest first), then the words
        self.by_words = {n.words: n for ns in self.by_first.values() for n in ns}
        self.sizes = {
            first: tuple(sorted({len(n.words) for n in ns}, reverse=True))
            for first, ns in self.by_first.items()
        }
        self.single_words = frozenset(words[0] for words in self.by_words if len(words) == 1)
        self.first_pairs = frozenset(
            " ".join(words[:2]) for words in self.by_words if len(words) > 1
        )
        # a word shared by many titles ("night") is no anchor for typo search
        self.by_word = {w: ns for w, ns in self.by_word.items() if len(ns) <= _MAX_ANCHOR_NAMES}
        self.longest = max((len(n.words) for ns in self.by_first.values() for n in ns), default=1)
        # every exact occurrence contains its name's signature word, every fuzzy one an anchor
        signatures = {_signature(n.words) for ns in self.by_first.values() for n in ns}
        keys = signatures | set(self.by_word)
        # the sentiment tokenizer splits "l'avare" into "l'" + "avare": accept either
        self.signature_words = frozenset(keys | {w.rpartition("'")[2] for w in keys})
        all_names = [n for ns in self.by_first.values() for n in ns]
        self.vocabulary = frozenset(w for n in all_names for w in n.words) | NOT_TYPO_SET
        shows = {(w, pid) for n in all_names for w in n.words for pid in n.production_ids}
        shared = Counter(w for w, _ in shows)
        # a word of many shows ("musical" in "X the Musical") is no title to correct to
        self._deletions = _deletion_index(w for w, k in shared.items() if k <= _MAX_ANCHOR_NAMES)
        self.typo_starts = _typo_starts(self._deletions.values())
        self.typo_prefixes = frozenset(start for start, _ in self.typo_starts)
        self._corrections: dict[str, str | None] = {}
        self._typos: set[str] = set()
        self._no_typos: set[str] = set()
        self.anchor_words = frozenset(self.by_word)
        self.required: dict[str, list[frozenset[str]]] = {}  # signature -> a name's words
        for name in all_names:
            self.required.setdefault(_signature(name.words), []).append(frozenset(name.words))
        self.signatures = frozenset(self.required)

    def could_occur(self, keys: set[str], text: str) -> bool:
        """False when `find_occurrences` can find nothing in `text`, whose tokens have these
        keys (or fewer): no name with all its words there, no anchors for a misspelt long
        name, no word to correct."""
        return self.names_within(keys) or self.could_be_misspelt(keys, text)

    def could_be_misspelt(self, keys: set[str], text: str) -> bool:
        """`could_occur` without its first test: anchors of a long name, or a typo."""
        return self._anchored(keys, text) or self.has_typo(keys)

    def has_typo(self, keys: set[str]) -> bool:
        """Some key is a one-letter typo of a title word. Each key's verdict is remembered
        (two sets), so a text of known words costs set operations in C."""
        if not self._typos.isdisjoint(keys):
            return True
        new = keys - self._no_typos
        if not new:
            return False
        if len(self._no_typos) >= _MAX_REMEMBERED:
            self._no_typos.clear()  # bounded memory on a stream of millions
            self._typos.clear()
        starts, found = self.typo_prefixes, False
        for key in new:
            if len(key) >= TYPO_SHORTEST and key[:3] in starts and self.correction(key):
                self._typos.add(key)
                found = True
            else:
                self._no_typos.add(key)
        return found

    def _anchored(self, keys: set[str], text: str) -> bool:
        """What `_fuzzy` needs: two anchors of one long name (two of its words, or one word
        twice), or one anchor beside a word like the title's next or previous word."""
        present = self.anchor_words & keys
        for word in present:
            for name in self.by_word[word]:
                if len(present.intersection(name.words)) >= 2:
                    return True
                k = name.words.index(word)
                beside = [name.words[j] for j in (k - 1, k + 1) if 0 <= j < len(name.words)]
                if any(_alike(w, keys) for w in beside):
                    return True
        folded = _folded(text) if present else ""
        return any(folded.count(word) >= 2 for word in present)

    def names_within(self, keys: set[str]) -> bool:
        """Some name has all its words among `keys` (in any order)."""
        for signature in keys & self.signatures:
            for words in self.required[signature]:
                if words <= keys:
                    return True
        return False

    def correction(self, key: str) -> str | None:
        """The title word `key` is a one-letter typo of ("misarables" -> "miserables"), if any.
        Remembered: the same words come back in every batch."""
        if (key[:3], len(key)) not in self.typo_starts or key in self.vocabulary:
            return None
        if key not in self._corrections:
            if len(self._corrections) >= _MAX_REMEMBERED:
                self._corrections.clear()  # bounded memory on a stream of millions
            self._corrections[key] = self._correct(key)
        return self._corrections[key]

    def _correct(self, key: str) -> str | None:
        """A deletion index: the typo and the word share a form with one letter removed."""
        word = self._deletions.get(key)  # a letter missing: "tartuff"
        for k in range(len(key)) if word is None else ():
            word = self._deletions.get(key[:k] + key[k + 1 :])
            if word is not None and OSA.distance(key, word) <= 1:
                break
            word = None
        # same first letter; a changed last letter only in long words ("olives" is no typo)
        if word and word[0] == key[0] and (len(key) >= 7 or word[-1] == key[-1]):
            return word
        return None

    def _add(self, name: Name) -> None:
        self.by_first.setdefault(name.words[0], []).append(name)
        if len(" ".join(name.words)) >= _FUZZY_MIN_CHARS and name.content_words >= 2:
            for word in {w for w in name.words if w not in _FUNCTION and len(w) >= 4}:
                self.by_word.setdefault(word, []).append(name)


_Entry = tuple[list[str], tuple[bool, ...], str]  # production ids, capitals, closing mark


def _collect_names(
    productions: Sequence[CatalogueProduction],
) -> tuple[dict[tuple[str, ...], _Entry], set[tuple[str, ...]]]:
    """Every name's words with its productions, capitals and closing mark; and which of
    them are only a hashtag's short form."""
    suffixes = _tag_suffixes(productions)
    names: dict[tuple[str, ...], _Entry] = {}
    short: set[tuple[str, ...]] = set()
    real: set[tuple[str, ...]] = set()
    for production in productions:
        variants = _name_variants(production)
        for k, text in enumerate(variants + _tag_names(production, suffixes)):
            toks = tokens_of(text)
            if not toks:
                continue
            words = tuple(t.key for t in toks)
            (short if k >= len(variants) else real).add(words)
            tail = text[toks[-1].end :].strip()
            capitals = tuple(t.surface[:1].isupper() for t in toks)
            entry = names.setdefault(words, ([], capitals, tail[:1]))
            if production.id not in entry[0]:
                entry[0].append(production.id)
    return names, short - real


def _continuations(names: dict[tuple[str, ...], _Entry]) -> dict[tuple[str, ...], set[str]]:
    """For each name, the words that follow it in a longer name of the same production
    ("The Curious Incident" -> "of")."""
    by_production: dict[str, list[tuple[str, ...]]] = {}
    for words, (ids, _, _) in names.items():
        for pid in ids:
            by_production.setdefault(pid, []).append(words)
    out: dict[tuple[str, ...], set[str]] = {}
    for group in by_production.values():
        for short in group:
            for long in group:
                if len(long) > len(short) and long[: len(short)] == short:
                    out.setdefault(short, set()).add(long[len(short)])
    return out


def _typo_starts(words: Iterable[str]) -> frozenset[tuple[str, int]]:
    """A cheap filter before the deletion index: the typo's first three letters and length.
    Typos keep the first two letters; the third may be the word's fourth ("Joesph")."""
    return frozenset(
        (start, len(word) + d)
        for word in words
        for start in (word[:3], word[:2] + word[3])
        for d in (-1, 0, 1)
    )


def _deletion_index(vocabulary: Iterable[str]) -> dict[str, str]:
    """Each distinctive title word, and the word with any one letter removed, -> the word
    (forms shared by two words are dropped: no guessing between them)."""
    index: dict[str, str] = {}
    shared: set[str] = set()
    for word in vocabulary:
        if len(word) < _TYPO_MIN_CHARS or word in _FUNCTION or not word.isalpha():
            continue
        for form in {word, *(word[:k] + word[k + 1 :] for k in range(len(word)))}:
            if index.setdefault(form, word) != word:
                shared.add(form)
    return {form: word for form, word in index.items() if form not in shared}


def _name_variants(production: CatalogueProduction) -> list[str]:
    """Title and aliases, plus long titles without their leading article."""
    names = [production.title, *production.aliases]
    for k, name in enumerate(list(names)):
        first, _, rest = name.partition(" ")
        words = tuple(rest.lower().split())
        # a translated alias of one word goes without its article too ("El Trencanous")
        bare = k > 0 and len(words) == 1 and len(words[0]) >= _TYPO_MIN_CHARS
        if fold(first) in _ARTICLES | _FOREIGN_ARTICLES and (_content(words) >= 2 or bare):
            names.append(rest)  # "Magic Flute", "Trencanous"
        if " " in name:
            names += _undoubled(name)
    return names


# the lexicon's per-title cues keyed as names are ("a doll's house" -> "a doll house")
_BUILT_IN_CUES = {" ".join(t.key for t in tokens_of(title)): c for title, c in CUES.items()}


def _tag_names(production: CatalogueProduction, suffixes: frozenset[str]) -> list[str]:
    """A hashtag's words as a name of its own where they are a short form of the title that
    no alias gives: "#BeingEarnest" -> "Being Earnest", "#PeppaPigLive" -> "Peppa Pig". Two
    content words at least, so that "#CatsLyceum" gives no "Cats" beside the title's own."""
    known = {tuple(fold(w) for w in n.split()) for n in _name_variants(production)}
    out = []
    for tag in production.hashtags:
        words = _CAMEL.findall(tag.lstrip("#"))
        while words and (fold(words[-1]) in suffixes or words[-1].isdigit()):
            words.pop()  # "#MagicFluteLyceum", "#Nutcracker2025"
        if len(words) >= 2 and _content(tuple(map(fold, words))) >= 2:
            if tuple(map(fold, words)) not in known:
                out.append(" ".join(words))
    return out


def _tag_suffixes(productions: Sequence[CatalogueProduction]) -> frozenset[str]:
    """Words that close the hashtags of several shows ("Lyceum", "Musical", "Live"): the
    venue's or a category's, no part of a title."""
    last = Counter(
        fold(words[-1])
        for p in productions
        for words in {tuple(_CAMEL.findall(t.lstrip("#"))) for t in p.hashtags}
        if len(words) > 1
    )
    return _TAG_SUFFIXES | frozenset(w for w, n in last.items() if n >= 3)


def _undoubled(name: str) -> list[str]:
    """A long title's short word with its double letter written once ("Mama Mia"): too short
    for the typo index, a usual slip."""
    out = []
    for word in name.split():
        if 5 <= len(word) < _TYPO_MIN_CHARS + 1:
            for k in range(1, len(word) - 1):
                if word[k] == word[k + 1] and word[k].isalpha():
                    out.append(name.replace(word, word[:k] + word[k + 1 :], 1))
                    break
    return out


def _signature(words: tuple[str, ...]) -> str:
    """The name's most telling word: its longest content word."""
    content = [w for w in words if w not in _FUNCTION] or list(words)
    return max(content, key=len)


def _content(words: tuple[str, ...]) -> int:
    return sum(1 for w in words if w not in _FUNCTION)


@dataclass(frozen=True, slots=True)
class Occurrence:
    name: Name
    first: int  # token index
    last: int  # token index, inclusive
    exact: bool


def find_occurrences(
    index: NameIndex, toks: list[Token], keys: list[str] | None = None
) -> list[Occurrence]:
    """Longest exact name at each position, then fuzzy matches of long names (`keys`: the
    tokens' keys, if the caller has them)."""
    found: list[Occurrence] = []
    by_first = index.by_first
    if keys is None:
        keys = [t.key for t in toks]
    after = 0  # names do not overlap: the next may start after the last one found
    singles, pairs, last = index.single_words, index.first_pairs, len(keys) - 1
    for i in [i for i, key in enumerate(keys) if key in by_first]:
        if i < after:
            continue
        if keys[i] not in singles and (i == last or f"{keys[i]} {keys[i + 1]}" not in pairs):
            continue  # "the", "la": no name goes on with the next word
        occurrence = _exact_at(index, toks, keys, i)
        if occurrence is not None:
            found.append(occurrence)
            after = occurrence.last + 1
    present = set(keys)
    if index.has_typo(present):  # most texts: decided by set operations
        found.extend(_misspelt(index, toks, found))
    if not index.anchor_words.isdisjoint(present):  # most texts: no loop over their tokens
        # a short exact name ("Joseph") must not hide a misspelt long one around it
        covered = {k for o in found if len(o.name.words) >= 3 for k in range(o.first, o.last + 1)}
        found.extend(_fuzzy(index, toks, keys, covered))
    return found


def _misspelt(index: NameIndex, toks: list[Token], found: list[Occurrence]) -> list[Occurrence]:
    """Names with a one-letter typo in a word ("Les Misarables", "Bernada Alba"): correct the
    word, then look for the longest name through it."""
    starts = index.typo_prefixes  # a first test, inline: most tokens stop here
    maybe = [i for i, t in enumerate(toks) if t.key[:3] in starts and len(t.key) >= TYPO_SHORTEST]
    if not maybe:
        return []
    covered = {k for o in found for k in range(o.first, o.last + 1)}
    fixed = {i: w for i in maybe if i not in covered and (w := index.correction(toks[i].key))}
    if not fixed:
        return []
    keyed = [fixed.get(i, t.key) for i, t in enumerate(toks)]
    out: list[Occurrence] = []
    for i in sorted(fixed):
        for start in range(max(0, i - index.longest + 1), i + 1):
            hit = _exact_at(index, toks, keyed, start) if keyed[start] in index.by_first else None
            if hit and hit.last >= i and covered.isdisjoint(range(hit.first, hit.last + 1)):
                out.append(Occurrence(hit.name, hit.first, hit.last, False))
                covered.update(range(hit.first, hit.last + 1))
                break
    return out


def _exact_at(index: NameIndex, toks: list[Token], keys: list[str], i: int) -> Occurrence | None:
    """The longest name whose words are `keys` from `i` on (`keys` may correct a typo)."""
    if toks[i].surface[0] in "#@":
        return None
    names, room = index.by_words, len(keys) - i
    for size in index.sizes[keys[i]]:
        name = names.get(tuple(keys[i : i + size])) if size <= room else None
        if name is not None:
            return Occurrence(name, i, i + size - 1, True)
    return None


def _fuzzy(
    index: NameIndex, toks: list[Token], keys: list[str], covered: set[int]
) -> list[Occurrence]:
    """A typo in a long title: where two of its distinctive words appear close together,
    compare the surrounding windows with the title (a lone common word is not enough)."""
    anchors: dict[tuple[str, ...], list[int]] = {}
    names: dict[tuple[str, ...], Name] = {}
    by_word = index.by_word
    for i in [i for i, key in enumerate(keys) if key in by_word and i not in covered]:
        for name in by_word[keys[i]]:
            anchors.setdefault(name.words, []).append(i)
            names[name.words] = name
    out: list[Occurrence] = []
    for words, positions in anchors.items():
        if positions[-1] - positions[0] > len(words):
            continue
        if len(positions) < 2 and not _neighbour_alike(words, toks, positions[0]):
            continue
        hit = _best_window(names[words], toks, positions[0], covered)
        if hit is not None:
            out.append(hit)
            covered.update(range(hit.first, hit.last + 1))
    return out


def _alike(word: str, keys: set[str]) -> bool:
    return process.extractOne(word, keys, scorer=fuzz.ratio, score_cutoff=_ALIKE) is not None


def _neighbour_alike(words: tuple[str, ...], toks: list[Token], i: int) -> bool:
    """One intact word: is the word beside it a misspelling of the title's next word?"""
    k = words.index(toks[i].key)
    pairs = ((k + 1, i + 1), (k - 1, i - 1))
    return any(
        0 <= w < len(words) and 0 <= t < len(toks) and fuzz.ratio(words[w], toks[t].key) >= _ALIKE
        for w, t in pairs
    )


def _best_window(name: Name, toks: list[Token], i: int, covered: set[int]) -> Occurrence | None:
    target = "".join(name.words)
    start = i - name.words.index(toks[i].key)
    best: tuple[float, int, int] | None = None
    for first in (start - 1, start, start + 1):
        for size in (len(name.words) - 1, len(name.words), len(name.words) + 1):
            last = first + size - 1
            if first < 0 or last >= len(toks) or not first <= i <= last:
                continue
            if not covered.isdisjoint(range(first, last + 1)):
                continue
            ratio = fuzz.ratio("".join(t.key for t in toks[first : last + 1]), target)
            if ratio >= _FUZZY_RATIO and (best is None or ratio > best[0]):
                best = (ratio, first, last)
    return Occurrence(name, best[1], best[2], False) if best else None
