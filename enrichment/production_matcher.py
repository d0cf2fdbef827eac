"""Weighing each title occurrence and turning the accepted ones into `ProductionMatch`es.

Hashtags, handles, quotes and labels ("Once the musical") decide alone. Otherwise evidence
(`title_evidence`) adds up to `ACCEPT`: the title's shape (several content words written as
the catalogue writes them; a proper name; a common word capitalised mid-sentence; the title's
own "!"), theatre context (the venue, "tickets", "anoche", "ce soir", another show named in
the same post), the title's role in its sentence ("Proof was well acted", "Art ce soir",
"took my mum to Company") and what the work contains (its characters and songs). Common-word
titles ("Company", "Rent", "Once", "Chicago") therefore need context; comparisons ("como
Romeo y Julieta", "à la Don Quichotte"), longer proper names ("Art Basel", "Chicago Bulls"),
compounds ("Peter Pan collars"), people and pets ("mi tía Carmen", "Matilda (our spaniel)"),
other works labelled so ("Chicago the band"), quoted sayings ("La vida es sueño, decía..."),
the word's own grammar ("Once the doors opened") and its everyday sense nearby ("the
landlord") count against.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from enrichment.lexicons.theatre_context import (
    COMMON_TITLE_SET,
    OPENER_SET,
    SHOW_NOUN_SET,
)
from enrichment.models import Catalogue, CatalogueProduction, ProductionMatch
from enrichment.productions import (
    TYPO_SHORTEST,
    NameIndex,
    Occurrence,
    Token,
    find_occurrences,
    plain_text,
    token_keys,
    tokens_of,
    word_keys,
)
from enrichment.title_evidence import (
    Mention,
    accompanied,
    addressed,
    apposed,
    aside,
    attended,
    booked,
    bracket_label,
    by_its_author,
    by_someone,
    capitalised_mid,
    common_noun,
    compared,
    context,
    coordinated,
    cued,
    cued_by_name,
    dated_edition,
    determined_phrase,
    everyday_sense,
    exclaimed_idiom,
    exclaimed_outing,
    extended,
    gloss_follows,
    goes_on_as_a_show,
    hedged,
    hyphenated,
    in_the_city,
    inner_capitals,
    labelled,
    labelled_before,
    make_mention,
    metalinguistic,
    multi_word_shape,
    named_person,
    of_the_show,
    ordinary_grammar,
    other_medium,
    other_referent,
    other_work,
    phrase_shape,
    quoted,
    read_as_text,
    said,
    said_to_be_other_work,
    scare_quoted,
    sentence_initial,
    show_follower,
    star_rated,
    subject_of_review,
    taken_to,
    type_idiom,
    written_as_catalogued,
)
from enrichment.tokens import fold

STRONG = 10.0
ACCEPT = 2.0
_NON_WORD = re.compile(r"[^\w']+")
_MAX_REMEMBERED = 200_000  # words whose `_might_name` verdict is kept

Hit = tuple[str, float, tuple[int, int]]


class ProductionMatcher:
    def __init__(self, catalogue: Catalogue, common_words: frozenset[str] = frozenset()) -> None:
        self.productions = {p.id: p for p in catalogue.productions}
        self.index = NameIndex(catalogue.productions)
        self.venues = [tuple(t.key for t in tokens_of(v)) for v in catalogue.venue_names]
        self.venue_tags = frozenset(fold(h.lstrip("@")) for h in catalogue.venue_handles)
        self.common_words = common_words | COMMON_TITLE_SET
        self._titles = {p.id: fold(p.title) for p in catalogue.productions}
        self._slots = {p.id: _Slots.of(p) for p in catalogue.productions}
        # `_might_name`'s verdict on each word seen, remembered as two sets so that a text
        # of known words is decided by set operations in C: the same words come back
        self._naming: set[str] = set()  # a typo of a title word, or a piece of a signature
        self._checked: set[str] = set()

    def could_match(self, words: Sequence[str], text: str) -> bool:
        """Whether `match` can find anything in `text`, from the sentiment tokenizer's folded
        `words` of it (saves the matcher's own tokenisation for most mentions). False only
        when `match` would find nothing: no known tag, no name with all its words there, no
        typo of a title word, no anchors of a misspelt long title. (`_might_name`, the
        first and cheapest test, also decides what the pipeline has always matched.)"""
        if not self._might_name(words, text):
            return False
        if plain_text(text):
            present = set(words)
            if self.index.names_within(present):
                return True  # the usual case: a title's words among the words themselves
            if not "".join(words).isalpha():
                present = word_keys(words)  # and pieces of words: "night-time", "l'" + "avare"
                if self.index.names_within(present):
                    return True
            return self.index.could_be_misspelt(present, text)
        keys = token_keys(text)
        if any(k[0] in "#@" and k[1:] in self.index.tags for k in keys):
            return True
        return self.index.could_occur({k[1:] if k[0] in "#@" else k for k in keys}, text)

    def _might_name(self, words: Sequence[str], text: str) -> bool:
        """The cheapest test first: a signature word, a typo of a title word, or a # or @."""
        if "#" in text or "@" in text:
            return True
        if not self.index.signature_words.isdisjoint(words):
            return True
        if not self._checked.issuperset(words):
            self._check(words)
        return not self._naming.isdisjoint(words)

    def _check(self, words: Sequence[str]) -> None:
        """Decide and remember, for each new word, whether it alone may name a title."""
        if len(self._checked) >= _MAX_REMEMBERED:
            self._checked.clear()  # bounded memory on a stream of millions
            self._naming.clear()
        keys, checked = self.index.signature_words, self._checked
        starts, correction = self.index.typo_prefixes, self.index.correction
        for w in words:
            if w in checked:
                continue
            checked.add(w)
            if not w.isalpha() and not keys.isdisjoint(_parts(w)):
                self._naming.add(w)  # "hamilton's", "night-time"
            elif w[:3] in starts and len(w) >= TYPO_SHORTEST and correction(w):
                self._naming.add(w)  # "tartuff", "misarables"

    def match(
        self, text: str, created_at: datetime | None, source_production_id: str | None = None
    ) -> tuple[ProductionMatch, ...]:
        toks = tokens_of(text)
        raw = [t.key for t in toks]
        occurrences = find_occurrences(self.index, toks, raw)
        tags = self._tag_hits(text, toks)
        if not occurrences and not tags:
            return ()  # most texts that reach here: no need to look for the venue
        venue_at = self._venue_positions(toks, raw)
        mention = make_mention(text, toks, raw, venue_at, source_production_id)
        best: dict[str, tuple[float, tuple[int, int]]] = {}
        for pid, score, span in tags + self._name_hits(mention, occurrences):
            if pid not in best or score > best[pid][0]:
                best[pid] = (score, span)
        chosen = self._disambiguate(best, created_at)
        return tuple(self._to_match(pid, best[pid], created_at) for pid in chosen)

    def _venue_positions(self, toks: list[Token], keys: list[str]) -> tuple[int, ...]:
        hits = [i for i, t in enumerate(toks) if t.surface[0] in "#@" and t.key in self.venue_tags]
        for venue in self.venues:
            if venue[0] not in keys:
                continue  # the usual case: one scan in C instead of a loop in Python
            hits += [
                i
                for i in range(len(toks) - len(venue) + 1)
                if toks[i].key == venue[0]
                and tuple(t.key for t in toks[i : i + len(venue)]) == venue
            ]
        return tuple(hits)

    def _tag_hits(self, text: str, toks: list[Token]) -> list[Hit]:
        if "#" not in text and "@" not in text:
            return []
        return [
            (pid, STRONG + 1, (tok.start, tok.end))
            for tok in toks
            if tok.surface[0] in "#@"
            for pid in self.index.tags.get(tok.key, ())
        ]

    def _name_hits(self, mention: Mention, occurrences: list[Occurrence]) -> list[Hit]:
        scores = [self.score(o, mention, 0.0) for o in occurrences]
        if len(occurrences) > 1:
            _echoes(occurrences, scores, mention)
        hits: list[Hit] = []
        for k, (occurrence, score) in enumerate(zip(occurrences, scores, strict=True)):
            others = _best_other_show(occurrences, scores, k) if len(scores) > 1 else 0.0
            if 0.0 < others < 1.0 and _joined(occurrences, scores, k, mention):
                others = 1.0  # "Art was better than Cabaret": compared, each a show
            if -1.0 < score < ACCEPT and others >= 1.0:  # two shows named together
                score = self.score(occurrence, mention, 1.5)
            if score >= ACCEPT:
                span = (mention.toks[occurrence.first].start, mention.toks[occurrence.last].end)
                hits += [(pid, score, span) for pid in occurrence.name.production_ids]
        return hits

    def score(self, occurrence: Occurrence, mention: Mention, together: float) -> float:
        """Evidence that this occurrence names the show; `ACCEPT` or more means yes."""
        if labelled_before(occurrence, mention.toks):
            return 0.0  # "the band Chicago", "le film 'Cats'": another work of that name
        if quoted(occurrence, mention):
            # "le « rent » comme dit ma coloc": the word, quoted and glossed; "Leí 'Los
            # miserables' en el cole": the novel, read
            glossed = (
                (other_medium(mention) and context(occurrence, mention) < 1.0)  # read
                or metalinguistic(occurrence, mention, True)
                or said(occurrence, mention, True)  # "'proof', dice el tutorial"
                or gloss_follows(occurrence, mention)  # "'noises off' just means"
                or scare_quoted(occurrence, mention)  # "the 'proof' that"
                or determined_phrase(occurrence, mention)  # "a 'magic flute'"
            )
            return 0.0 if glossed else STRONG
        if labelled(occurrence, mention.toks):
            return STRONG
        if bracket_label(occurrence, mention):
            return STRONG  # "Proof (the Auburn play at the Lyceum)"
        if _something_else(occurrence, mention):
            return 0.0
        if everyday_sense(occurrence, mention):
            together = -3.0  # "Flew in from Chicago to see Les Mis": the city, beside a show
        shape = self._shape(occurrence, mention)
        if shape < 0.0 and not occurrence.exact and occurrence.name.content_words >= 2:
            return 0.0  # "la vida es un sueño": a sentence in lower case, and not quite it
        score = together + shape + _clues_for(occurrence, mention)
        if extended(occurrence, mention):
            word = mention.toks[occurrence.first].surface
            if occurrence.first == occurrence.last and not word.isupper():
                return 0.0  # "Oliver Twist", "Art Basel", "Cats Protection": a longer name
            score -= 2.0
        if occurrence.name.short:
            score -= 1.0  # "Peppa Pig on the iPad": a hashtag's short form needs context
        return score if occurrence.exact else score - 0.5

    def _shape(self, occurrence: Occurrence, mention: Mention) -> float:
        """What the written form says: capitals as in the catalogue, length, proper name."""
        name = occurrence.name
        written = mention.toks[occurrence.first : occurrence.last + 1]
        if name.content_words >= 2:
            initial = sentence_initial(occurrence.first, mention)
            shape = multi_word_shape(name, written, initial)
            if phrase_shape(occurrence, mention, initial):
                if not mention.staged:
                    return min(shape, 1.0)  # "Mar i cel blau a la platja": words, not a name
                lower = not written[0].surface[:1].isupper()
                if lower and not goes_on_as_a_show(occurrence, mention):
                    # "the noises off the stage", "eight women in black in a white room": a
                    # theatre post, but the words, in lower case, go on as a phrase
                    return min(shape, 0.0) - 1.0
            return shape
        if not name.leading_article and inner_capitals(name, written):
            return 2.0  # "Into the Woods": a capital no sentence start explains
        word = written[-1]
        common = word.key in self.common_words
        if name.leading_article and not name.capitals[-1] and written[0].surface[:1].isupper():
            return 1.5 if sentence_initial(occurrence.first, mention) else 2.0  # "El cascanueces"
        if not word.surface[:1].isupper():
            # "les mis ... Bring Him Home": a title of several words (not an everyday word
            # alone, "the ghost of my ex") and a song or character of it written as a name
            several = occurrence.last > occurrence.first or not common
            if several and word.key not in COMMON_TITLE_SET and cued_by_name(occurrence, mention):
                return 0.5
            if common:
                return self._lower_case_shape(occurrence, mention)
            if _venue_after(occurrence, mention) or attended(occurrence, mention):
                return 0.0  # "carmen al lyceum", "cyrano ce soir"
            if exclaimed_outing(occurrence, mention):
                return 1.0  # "the gruffalo live!!": an outing exclaimed is a name's frame
            return -1.0
        initial = sentence_initial(occurrence.first, mention)
        if name.leading_article and written[0].surface[:1].isupper():
            # "Les Mis for the 7th time", "Cats or The Nutcracker"; but "The company I..."
            return 1.5 if initial and word.key in COMMON_TITLE_SET else 2.0
        if not common:
            return 1.0  # a proper name: Hamlet, Matilda, Tartuffe
        if word.surface.isupper() and len(word.surface) > 1:
            # "RENT ayer", "ART was fine": a styled name in a text that is not all shouted
            # ("la ONCE", the lottery, is a common noun before this)
            return 0.5 if mention.text.isupper() else 1.5
        return 0.5 if initial else 1.0

    def _lower_case_shape(self, occurrence: Occurrence, mention: Mention) -> float:
        """ "the cats", "once a year": never alone. With a character or song of the work in
        the post it is the show if theatre context adds up too ("the cats were incredible
        tonight, that Memory note"). A post caught by the show's own listening rule may open
        with its title in lower case when a verb or a theatre word follows ("company was fire
        tonight", "art ce soir au lyceum")."""
        if cued(occurrence, mention):
            return -0.5  # "the cats were incredible, that Memory note": a song of the show
        if show_follower(occurrence, mention, tickets=True) or _venue_after(occurrence, mention):
            return -0.5  # "queue for chicago day seats", "trencanous al lyceum amb l'àvia"
        if sentence_initial(occurrence.first, mention) and _went(occurrence, mention):
            return 0.0  # "proof was so good ... this play", "cats tonight at the theatre"
        if mention.source_production_id not in occurrence.name.production_ids:
            return -STRONG
        if not sentence_initial(occurrence.first, mention):
            return -STRONG
        after = [t.key for t in mention.toks[occurrence.last + 1 : occurrence.last + 3]]
        opens = " ".join(after) in OPENER_SET or not OPENER_SET.isdisjoint(after)
        return 0.0 if opens else -STRONG

    def _disambiguate(
        self, best: dict[str, tuple[float, tuple[int, int]]], created_at: datetime | None
    ) -> list[str]:
        """Several runs of one show (same title): keep the run nearest the post's date."""
        by_title: dict[str, list[str]] = {}
        for pid in best:
            by_title.setdefault(self._titles[pid], []).append(pid)
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
        performance = self._slots[pid].nearest(created_at) if production.performances else None
        return ProductionMatch(pid, round(confidence, 2), span, performance)


def _something_else(occurrence: Occurrence, mention: Mention) -> bool:
    """A comparison, a bracket saying what it is, a person or pet, an ordinary noun phrase
    or the word's own grammar: the title's words, not the show."""
    toks = mention.toks
    return (
        compared(occurrence, toks)
        or aside(occurrence, mention)
        or named_person(occurrence, toks, mention.text)
        or common_noun(occurrence, toks, mention.shouted)
        or ordinary_grammar(occurrence, mention)
        or other_work(occurrence, toks)
        or other_referent(occurrence, mention)
        or metalinguistic(occurrence, mention, False)
        or said(occurrence, mention)
        or (other_medium(mention) and not _gone_to(occurrence, mention))
        or read_as_text(occurrence, mention)
        or hedged(occurrence, mention)
        or type_idiom(occurrence, mention)
        or said_to_be_other_work(occurrence, mention)
        or apposed(occurrence, mention)
        or exclaimed_idiom(occurrence, mention)
        or dated_edition(occurrence, mention)
        or addressed(occurrence, mention)
        or in_the_city(occurrence, mention)
        or hyphenated(occurrence, mention)
        or determined_phrase(occurrence, mention)
    )


def _gone_to(occurrence: Occurrence, mention: Mention) -> bool:
    """Words of going to this very title, which a book or an exam elsewhere in the post does
    not undo: "took my year 10s to An Inspector Calls for their GCSE", "Matilda en famille,
    ma fille veut lire tous les livres"."""
    return (
        taken_to(occurrence, mention) > 0.0
        or attended(occurrence, mention)
        or booked(occurrence, mention)
        or accompanied(occurrence, mention)
    )


def _echoes(occurrences: list[Occurrence], scores: list[float], mention: Mention) -> None:
    """A common word used in its own grammar, then said again alone for emphasis ("Once
    euros por un gin-tonic. ONCE. Me niego."), or a person named again ("Oliver in my
    class... We've all been there, Oliver."): the repeat means what the first one meant (set
    to 0 in `scores`); a tag, quotes or a label still decide it."""
    ordinary: set[tuple[str, ...]] = set()
    people: set[tuple[str, ...]] = set()
    for k, occurrence in enumerate(occurrences):
        words = occurrence.name.words
        if len(words) != 1 or scores[k] > STRONG:
            continue  # a tag decides
        if words in people:
            scores[k] = 0.0  # even quoted: "Art, my neighbour's cat, answers to 'Art'"
        elif words in ordinary and scores[k] < STRONG and _alone(occurrence, mention):
            scores[k] = 0.0
        elif apposed(occurrence, mention) or _named_longer(occurrence, mention):
            people.add(words)  # "Oliver in my class ... Oliver.", "Oliver Twist ... Oliver"
        elif ordinary_grammar(occurrence, mention):
            ordinary.add(words)


def _named_longer(occurrence: Occurrence, mention: Mention) -> bool:
    """Part of a longer proper name, the next word capitalised: "Oliver Twist"."""
    nxt = occurrence.last + 1
    return (
        nxt < len(mention.toks) and capitalised_mid(mention, nxt) and extended(occurrence, mention)
    )


def _alone(occurrence: Occurrence, mention: Mention) -> bool:
    """The occurrence is a sentence of its own: "... gin-tonic. ONCE. Me niego"."""
    text, toks = mention.text, mention.toks
    start, end = toks[occurrence.first].start, toks[occurrence.last].end
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return (not before or before[-1] in ".!?") and (not after or after[0] in ".!?")


def _went(occurrence: Occurrence, mention: Mention) -> bool:
    """A lower-case common-word title that opens a post calling something a show ("this
    play", "best show", "l'obra") and is judged or gone to right after it: "proof was so
    good ... this play", "rent ce soir, quel spectacle". A theatre alone is not enough:
    "company was electric tonight at the theatre" may be the friends."""
    if SHOW_NOUN_SET.isdisjoint(mention.keys):
        return False
    return attended(occurrence, mention) or subject_of_review(occurrence, mention.toks) > 1.0


def _joined(occurrences: list[Occurrence], scores: list[float], k: int, mention: Mention) -> bool:
    """Another show with some evidence of its own joined to this one by "and", "than",
    "vs"...: "Art was better than Cabaret", "Chicago AND Woman in Black"."""
    ids = set(occurrences[k].name.production_ids)
    return any(
        s > 0.0
        and ids.isdisjoint(o.name.production_ids)
        and coordinated(occurrences[k], o, mention)
        for o, s in zip(occurrences, scores, strict=True)
    )


def _venue_after(occurrence: Occurrence, mention: Mention) -> bool:
    """A post that opens with the title and the venue ("trencanous al lyceum", "mama mia at
    the lyceum"); not "good company at the Lyceum bar", mid-sentence."""
    return sentence_initial(occurrence.first, mention) and any(
        0 < v - occurrence.last <= 3 for v in mention.venue_at
    )


def _clues_for(occurrence: Occurrence, mention: Mention) -> float:
    """Theatre context, the title's role in its sentence, the work's characters and songs,
    the show's own listening rule, the title as catalogued, its creator ("Bizet's")."""
    tied = mention.source_production_id in occurrence.name.production_ids
    around = context(occurrence, mention)
    if around < 0.0 and _gone_to(occurrence, mention):
        around = 0.0  # "booked Once for our anniversary, the film is our film": gone to
    return (
        around
        + subject_of_review(occurrence, mention.toks)
        + cued(occurrence, mention)
        + taken_to(occurrence, mention)
        + of_the_show(occurrence, mention)
        + written_as_catalogued(occurrence, mention)
        + (0.5 if tied else 0.0)
        + (1.0 if by_someone(occurrence, mention.toks) else 0.0)
        + (1.0 if by_its_author(occurrence, mention) else 0.0)
        + (1.0 if show_follower(occurrence, mention) else 0.0)
        + (1.0 if _goes_to_a_name(occurrence, mention) else 0.0)
        + (0.5 if len(occurrence.name.words) >= 2 and accompanied(occurrence, mention) else 0.0)
        + (1.0 if booked(occurrence, mention) else 0.0)
        + (2.0 if star_rated(occurrence, mention) else 0.0)
    )


def _goes_to_a_name(occurrence: Occurrence, mention: Mention) -> bool:
    """A title that is no common word, then words of going to it: in lower case "mort d'un
    viatjant avui", "inspector calls school trip", "cyrano ce soir" (a capital is evidence
    of its own; a common word needs more: `_went`); in any case who went along to a staging
    ("Cyrano amb els alumnes de batxillerat", "Nutcracker with the kids ... on stage")."""
    if not COMMON_TITLE_SET.isdisjoint(occurrence.name.words):
        return False
    if accompanied(occurrence, mention):
        return True
    lower = not mention.toks[occurrence.first].surface[:1].isupper()
    return lower and (attended(occurrence, mention) or exclaimed_outing(occurrence, mention))


def _best_other_show(occurrences: list[Occurrence], scores: list[float], k: int) -> float:
    """Best score among occurrences of *other* shows (a typo window over the same words
    is not a second show)."""
    ids = set(occurrences[k].name.production_ids)
    return max(
        (
            s
            for o, s in zip(occurrences, scores, strict=True)
            if ids.isdisjoint(o.name.production_ids)
        ),
        default=0.0,
    )


def _parts(word: str) -> list[str]:
    """ "hamilton's" -> ["hamilton", ...], "night-time" -> ["night", "time"], "cats/rent"."""
    return _NON_WORD.split(word.removesuffix("'s")) + [word.rpartition("'")[2]]


def nearest_performance(production: CatalogueProduction, created_at: datetime | None) -> str | None:
    """The performance most likely meant: the latest one started before the post (within two
    days), else the next one starting within half a day."""
    if created_at is None or not production.performances:
        return None
    when = _aware(created_at)
    slots = sorted(production.performances, key=lambda s: _aware(s.starts_at))
    started = [s for s in slots if timedelta(0) <= when - _aware(s.starts_at) <= timedelta(2)]
    if started:
        return started[-1].id
    upcoming = [s for s in slots if timedelta(0) < _aware(s.starts_at) - when <= timedelta(0.5)]
    return upcoming[0].id if upcoming else None


@dataclass(frozen=True, slots=True)
class _Slots:
    """A production's performances by start time, for `nearest_performance` by bisection."""

    starts: list[datetime]  # time-zone aware, ascending
    ids: list[str]

    @staticmethod
    def of(production: CatalogueProduction) -> _Slots:
        slots = sorted(production.performances, key=lambda s: _aware(s.starts_at))
        return _Slots([_aware(s.starts_at) for s in slots], [s.id for s in slots])

    def nearest(self, created_at: datetime | None) -> str | None:
        """As `nearest_performance`."""
        if created_at is None or not self.ids:
            return None
        when = _aware(created_at)
        k = bisect_right(self.starts, when)  # the slots before it started at or before `when`
        if k > 0 and when - self.starts[k - 1] <= timedelta(2):
            return self.ids[k - 1]
        if k < len(self.ids) and self.starts[k] - when <= timedelta(0.5):
            return self.ids[k]
        return None


def run_distance(production: CatalogueProduction, day: date) -> int:
    """Days between `day` and the production's run (0 inside it)."""
    first, last = production.first_performance, production.last_performance
    if first is not None and day < first:
        return (first - day).days
    if last is not None and day > last:
        return (day - last).days
    return 0


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
