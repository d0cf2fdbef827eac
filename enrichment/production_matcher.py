"""Weighing each title occurrence and turning the accepted ones into `ProductionMatch`es.

Hashtags, handles, quotes and labels ("Once the musical") decide alone. Otherwise evidence
adds up to `ACCEPT`: the title's shape (several content words written as the catalogue
writes them; a proper name; a common word capitalised mid-sentence) and theatre context (the
venue, "tickets", "anoche", "ce soir", another show named in the same post). Common-word
titles ("Company", "Rent", "Once", "Chicago") therefore need context; comparisons ("como
Romeo y Julieta"), longer proper names ("Art Basel", "Chicago Bulls", "Virgen del Carmen")
and other domains ("the Chicago film") count against.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from enrichment.lexicons.theatre_context import (
    COMMON_TITLE_SET,
    COMPARISON_SET,
    COMPOUND_HEAD_SET,
    CONTEXT,
    COPULA_SET,
    CUES,
    DETERMINER_SET,
    KIN_SET,
    LABEL_SET,
    ORDINARY_BEFORE_SET,
    OTHER_DOMAIN_SET,
    OTHER_SENSE_CUES,
    REVIEW_SET,
)
from enrichment.models import Catalogue, CatalogueProduction, ProductionMatch
from enrichment.productions import (
    Name,
    NameIndex,
    Occurrence,
    Token,
    find_occurrences,
    nearest_performance,
    run_distance,
    tokens_of,
)
from enrichment.tokens import fold

STRONG = 10.0
ACCEPT = 2.0
_WINDOW = 6
_QUOTES = "\"'“”‘’«»"
_SENTENCE_END = ".!?:;…\n—–-"
_BREAKS = ("", ".", "!", "?", ":", "\n", "—", "–")
_SINGULAR = frozenset({"is", "was", "isn't", "wasn't", "has", "hasn't"})
_NON_WORD = re.compile(r"[^\w']+")
_CONNECTORS = frozenset({"de", "del", "of", "du", "des", "dels", "d"})
_ARTICLES = frozenset({"la", "el", "le", "les", "los", "las", "the", "l"})

Hit = tuple[str, float, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    toks: list[Token]
    venue_at: tuple[int, ...]  # token indices where a venue name or handle starts
    source_production_id: str | None


class ProductionMatcher:
    def __init__(self, catalogue: Catalogue, common_words: frozenset[str] = frozenset()) -> None:
        self.productions = {p.id: p for p in catalogue.productions}
        self.index = NameIndex(catalogue.productions)
        self.venues = [tuple(t.key for t in tokens_of(v)) for v in catalogue.venue_names]
        self.venue_tags = frozenset(fold(h.lstrip("@")) for h in catalogue.venue_handles)
        self.common_words = common_words | COMMON_TITLE_SET

    def could_match(self, words: Iterable[str], text: str) -> bool:
        """Cheap pre-check on the sentiment tokenizer's folded words: can a name or tag be
        in this text? (Saves the matcher's own tokenisation for most mentions.)"""
        if "#" in text or "@" in text:
            return True
        keys = self.index.signature_words
        return any(w in keys or (not w.isalpha() and not keys.isdisjoint(_parts(w))) for w in words)

    def match(
        self, text: str, created_at: datetime | None, source_production_id: str | None = None
    ) -> tuple[ProductionMatch, ...]:
        toks = tokens_of(text)
        occurrences = find_occurrences(self.index, toks)
        tags = self._tag_hits(toks)
        if not occurrences and not tags:
            return ()  # most texts that reach here: no need to look for the venue
        mention = Mention(text, toks, self._venue_positions(toks), source_production_id)
        best: dict[str, tuple[float, tuple[int, int]]] = {}
        for pid, score, span in tags + self._name_hits(mention, occurrences):
            if pid not in best or score > best[pid][0]:
                best[pid] = (score, span)
        chosen = self._disambiguate(best, created_at)
        return tuple(self._to_match(pid, best[pid], created_at) for pid in chosen)

    def _venue_positions(self, toks: list[Token]) -> tuple[int, ...]:
        hits = [i for i, t in enumerate(toks) if t.surface[0] in "#@" and t.key in self.venue_tags]
        for venue in self.venues:
            hits += [
                i
                for i in range(len(toks) - len(venue) + 1)
                if toks[i].key == venue[0]
                and tuple(t.key for t in toks[i : i + len(venue)]) == venue
            ]
        return tuple(hits)

    def _tag_hits(self, toks: list[Token]) -> list[Hit]:
        return [
            (pid, STRONG + 1, (tok.start, tok.end))
            for tok in toks
            if tok.surface[0] in "#@"
            for pid in self.index.tags.get(tok.key, ())
        ]

    def _name_hits(self, mention: Mention, occurrences: list[Occurrence]) -> list[Hit]:
        scores = [self.score(o, mention, 0.0) for o in occurrences]
        hits: list[Hit] = []
        for k, (occurrence, score) in enumerate(zip(occurrences, scores, strict=True)):
            others = max((s for j, s in enumerate(scores) if j != k), default=0.0)
            if -1.0 < score < ACCEPT and others >= 1.0:  # two shows named together
                score = self.score(occurrence, mention, 1.5)
            if score >= ACCEPT:
                span = (mention.toks[occurrence.first].start, mention.toks[occurrence.last].end)
                hits += [(pid, score, span) for pid in occurrence.name.production_ids]
        return hits

    def score(self, occurrence: Occurrence, mention: Mention, together: float) -> float:
        """Evidence that this occurrence names the show; `ACCEPT` or more means yes."""
        if _quoted(occurrence, mention) or _labelled(occurrence, mention.toks):
            return STRONG
        if _compared(occurrence, mention.toks) or _aside(occurrence, mention):
            return 0.0
        if _named_person(occurrence, mention.toks):
            return 0.0
        score = _context(occurrence, mention) + together + self._shape(occurrence, mention)
        score += _subject_of_review(occurrence, mention.toks) + _cued(occurrence, mention)
        if mention.source_production_id in occurrence.name.production_ids:
            score += 0.5
        if _extended(occurrence, mention):
            score -= 2.0
        if _by_someone(occurrence, mention.toks):
            score += 1.0
        if not occurrence.exact:
            score -= 0.5
        return score

    def _shape(self, occurrence: Occurrence, mention: Mention) -> float:
        """What the written form says: capitals as in the catalogue, length, proper name."""
        name = occurrence.name
        written = mention.toks[occurrence.first : occurrence.last + 1]
        if name.content_words >= 2:
            return _multi_word_shape(name, written)
        word = written[-1]
        common = word.key in self.common_words
        if not word.surface[:1].isupper():
            return self._lower_case_shape(occurrence, mention) if common else -1.0
        initial = _sentence_initial(occurrence.first, mention)
        if name.leading_article and written[0].surface[:1].isupper():
            # "Les Mis for the 7th time", "Cats or The Nutcracker"; but "The company I..."
            return 1.5 if initial and word.key in COMMON_TITLE_SET else 2.0
        if not common:
            return 1.0  # a proper name: Hamlet, Matilda, Tartuffe
        if word.surface.isupper() and len(word.surface) > 1:
            return 0.5  # "RENT" or "la ONCE" (the lottery)
        return 0.5 if initial else 1.0

    def _lower_case_shape(self, occurrence: Occurrence, mention: Mention) -> float:
        """ "the cats", "once a year": never alone. But a post caught by the show's own
        listening rule may write its title in lower case ("company was fire tonight"),
        unless a determiner makes it the ordinary noun ("my company", "las once")."""
        before = mention.toks[occurrence.first - 1].key if occurrence.first > 0 else ""
        tied = mention.source_production_id in occurrence.name.production_ids
        return 0.0 if tied and before not in ORDINARY_BEFORE_SET else -STRONG

    def _disambiguate(
        self, best: dict[str, tuple[float, tuple[int, int]]], created_at: datetime | None
    ) -> list[str]:
        """Several runs of one show (same title): keep the run nearest the post's date."""
        by_title: dict[str, list[str]] = {}
        for pid in best:
            by_title.setdefault(fold(self.productions[pid].title), []).append(pid)
        chosen = []
        for pids in by_title.values():
            if created_at is None:
                chosen.append(pids[-1])
            else:
                day = created_at.date()
                chosen.append(min(pids, key=lambda p: run_distance(self.productions[p], day)))
        return sorted(chosen, key=lambda p: best[p][1])

    def _to_match(
        self, pid: str, found: tuple[float, tuple[int, int]], created_at: datetime | None
    ) -> ProductionMatch:
        production: CatalogueProduction = self.productions[pid]
        score, span = found
        confidence = (
            0.99 if score > STRONG else 0.95 if score >= STRONG else min(0.9, 0.5 + 0.1 * score)
        )
        return ProductionMatch(
            pid, round(confidence, 2), span, nearest_performance(production, created_at)
        )


def _parts(word: str) -> list[str]:
    """ "hamilton's" -> ["hamilton", ...], "night-time" -> ["night", "time"], "cats/rent"."""
    return _NON_WORD.split(word.removesuffix("'s")) + [word.rpartition("'")[2]]


def _multi_word_shape(name: Name, written: list[Token]) -> float:
    pairs = zip(written, name.capitals, strict=False)  # a fuzzy window may differ by a word
    kept = all(t.surface[:1].isupper() for t, cap in pairs if cap)
    capitals = 2.0 if kept or written[0].surface[:1].isupper() else 0.0
    if name.content_words >= 3:
        return max(capitals, 1.0) + 1.5  # long titles are rarely said by accident
    return capitals


def _context(occurrence: Occurrence, mention: Mention) -> float:
    """Theatre words near the title count fully, elsewhere in the post half; the venue
    near the title counts double; words of other domains count against."""
    keys = [t.key.rpartition("'")[2] for t in mention.toks]  # "l'escena" -> "escena"
    lo, hi = max(0, occurrence.first - _WINDOW), occurrence.last + 1 + _WINDOW
    near = far = 0
    for k, key in enumerate(keys):
        if lo <= k < hi and (occurrence.first <= k <= occurrence.last):
            continue
        pair = f"{key} {keys[k + 1]}" if k + 1 < len(keys) else ""
        if key in CONTEXT or pair in CONTEXT:
            near, far = (near + 1, far) if lo <= k < hi else (near, far + 1)
        if key in OTHER_DOMAIN_SET:
            near -= 2
    venue = max(
        (2.0 if abs(v - occurrence.first) <= 8 else 1.0 for v in mention.venue_at), default=0.0
    )
    return (
        min(near, 2)
        + min(far, 2) * 0.5
        + venue
        + (0.5 if _followed_by_break(occurrence, mention) else 0)
    )


def _quoted(occurrence: Occurrence, mention: Mention) -> bool:
    start = mention.toks[occurrence.first].start
    end = mention.toks[occurrence.last].end
    text = mention.text
    return start > 0 and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES


def _labelled(occurrence: Occurrence, toks: list[Token]) -> bool:
    after = [t.key for t in toks[occurrence.last + 1 : occurrence.last + 4]]
    return any(" ".join(after[:n]) in LABEL_SET for n in (1, 2, 3) if len(after) >= n)


def _compared(occurrence: Occurrence, toks: list[Token]) -> bool:
    before = toks[max(0, occurrence.first - 2) : occurrence.first]
    return any(t.key in COMPARISON_SET for t in before)


def _aside(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Matilda (our spaniel)", "Art (the painting)": a bracket saying what else it is."""
    nxt = occurrence.last + 1
    if nxt >= len(mention.toks):
        return False
    gap = mention.text[mention.toks[occurrence.last].end : mention.toks[nxt].start]
    return gap.strip() == "(" and mention.toks[nxt].key in DETERMINER_SET


def _named_person(occurrence: Occurrence, toks: list[Token]) -> bool:
    """ "my aunt Matilda", "mi abuela Carmen": a person's name, not the show."""
    return occurrence.first > 0 and toks[occurrence.first - 1].key in KIN_SET


def _subject_of_review(occurrence: Occurrence, toks: list[Token]) -> float:
    """The title as the subject of a verdict ("Proof was well acted", "Once és preciós"),
    or a plural word with a singular verb ("Cats was... a lot"): a name, not a noun."""
    after = [t.key for t in toks[occurrence.last + 1 : occurrence.last + 5]]
    if not after:
        return 0.0
    plural = len(occurrence.name.words) == 1 and occurrence.name.words[0].endswith("s")
    if plural and after[0] in _SINGULAR:
        return 1.5
    verb = 2 if " ".join(after[:2]) in COPULA_SET else 1 if after[0] in COPULA_SET else 0
    return 1.5 if verb and not REVIEW_SET.isdisjoint(after[verb:]) else 0.0


def _cued(occurrence: Occurrence, mention: Mention) -> float:
    """A character, song or scene of the work in the same post counts for the show; a word
    of the title's everyday sense ("landlord" for Rent) against."""
    title = " ".join(occurrence.name.words)
    cues, senses = CUES.get(title), OTHER_SENSE_CUES.get(title)
    if cues is None and senses is None:
        return 0.0
    keys = f" {' '.join(t.key for t in mention.toks)} "
    score = 1.5 if cues and any(f" {cue} " in keys for cue in cues) else 0.0
    return score - (2.0 if senses and any(f" {w} " in keys for w in senses) else 0.0)


def _extended(occurrence: Occurrence, mention: Mention) -> bool:
    """Part of a longer proper name: "Chicago Bulls", "Art Basel", "Museu ... d'Art de X"."""
    toks, nxt, prev = mention.toks, occurrence.last + 1, occurrence.first - 1
    if toks[occurrence.last].surface.endswith(("'s", "’s")):
        return False  # "Chicago's Velma": a possessive, not a longer name
    if nxt < len(toks) and toks[nxt].key in COMPOUND_HEAD_SET:
        return True  # "Peter Pan collars", "Cats Protection"
    if nxt < len(toks) and toks[nxt].key in _CONNECTORS:
        nxt += 2 if nxt + 1 < len(toks) and toks[nxt + 1].key in _ARTICLES else 1
    if nxt < len(toks) and _capitalised_mid(mention, nxt) and nxt not in mention.venue_at:
        return True
    return prev > 0 and toks[prev].key in _CONNECTORS and _capitalised_mid(mention, prev - 1)


def _by_someone(occurrence: Occurrence, toks: list[Token]) -> bool:
    """ "Sondheim's Company", "Bizet's Carmen": a named creator's work."""
    prev = toks[occurrence.first - 1] if occurrence.first > 0 else None
    return prev is not None and prev.surface[:1].isupper() and prev.surface.endswith(("'s", "’s"))


def _capitalised_mid(mention: Mention, i: int) -> bool:
    tok = mention.toks[i]
    return (
        tok.surface[:1].isupper()
        and tok.surface[0] not in "#@"
        and tok.key not in ("i", "i'm", "i've", "i'd", "i'll")  # "Art – I laughed"
        and not _sentence_initial(i, mention)
    )


def _sentence_initial(i: int, mention: Mention) -> bool:
    if i == 0:
        return True
    gap = mention.text[mention.toks[i - 1].end : mention.toks[i].start]
    return any(c in _SENTENCE_END for c in gap)


def _followed_by_break(occurrence: Occurrence, mention: Mention) -> bool:
    end = mention.toks[occurrence.last].end
    return mention.text[end : end + 3].lstrip(" ")[:1] in _BREAKS  # "Proof — the notebook"
