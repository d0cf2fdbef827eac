"""Clues, one function each, that a title occurrence in a post names the show, or
something else that shares its name. `production_matcher` adds them up.

Written for Foyer; the words they look for are in `lexicons.theatre_context`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from enrichment.lexicons.theatre_context import (
    APPOSED_PLACE_SET,
    APPOSED_SET,
    ATTENDANCE_SET,
    BOOKING_SET,
    COMPANION_SET,
    COMPARISON_SET,
    COMPOUND_HEAD_SET,
    CONTEXT,
    COPULA_SET,
    DETERMINER_SET,
    EXCLAIMED_SET,
    GOING_SET,
    HEDGE_SET,
    HOUSEHOLD_SET,
    KIN_SET,
    LABEL_COMPOUND_SET,
    LABEL_SET,
    LEAVING_SET,
    MEDIA_SET,
    META_AFTER_SET,
    META_BEFORE_SET,
    META_SAYING_SET,
    ORDINARY_FOLLOWER_CUES,
    OTHER_DOMAIN_SET,
    OTHER_LABEL_SET,
    OTHER_SENSE_CUES,
    OUTING_SET,
    PLACE_TITLE_SET,
    POSSESSIVE_SET,
    REACTION_SET,
    REFERENT_HEAD_SET,
    REVIEW_SET,
    SAYING_SET,
    SHOW_FOLLOWER_SET,
    SHOW_NOUN_SET,
    STAGE_FRAME_SET,
    TICKET_FOLLOWER_SET,
    TYPE_IDIOM_SET,
    WORK_NOUN_SET,
    WORK_PART_SET,
)
from enrichment.productions import Name, Occurrence, Token

WINDOW = 6  # tokens either side of a title that count as "near" it
_QUOTES = "\"'“”‘’«»"
_SENTENCE_END = ".!?:;…\n—–-"
_BREAKS = ("", ".", "!", "?", ":", "\n", "—", "–")
_SINGULAR = frozenset({"is", "was", "isn't", "wasn't", "has", "hasn't"})
_CONNECTORS = frozenset({"de", "del", "of", "du", "des", "dels", "d"})
_ARTICLES = frozenset({"la", "el", "le", "les", "los", "las", "the", "l"})
_ROMANCE_ARTICLES = _ARTICLES - {"the"}
_BY = frozenset({"de", "del", "of", "by", "d", "par", "per"})
_FLOORS = frozenset(  # "la Carmen del tercer": a neighbour named by her floor
    "primer primero segon segundo tercer tercero quart cuarto cinque quinto baix bajo "
    "entresol entresuelo atic atico".split()
)
_PAIR_STARTS = frozenset(c.split()[0] for c in CONTEXT if " " in c)  # "ce soir", "day seats"
_LABEL_STARTS = frozenset(label.split()[0] for label in LABEL_SET)
_CONTEXT_KEYS = CONTEXT | _PAIR_STARTS | OTHER_DOMAIN_SET  # what `context` looks at
_ABOUT = _BY | frozenset({"sur", "on", "about", "sobre"})
_FOLLOWER_STARTS = frozenset(f.split()[0] for f in SHOW_FOLLOWER_SET)
_META_STARTS = frozenset(m.split()[0] for m in META_AFTER_SET)
_AS = frozenset({"as", "comme", "como", "com"})
_STAGE_PAIRS = frozenset(f for f in STAGE_FRAME_SET if " " in f)
_HEDGE_PAIRS = frozenset(h for h in HEDGE_SET if " " in h)
_INDEFINITE = frozenset({"a", "an", "un", "une", "una", "uno"})
_CONTRAST = frozenset({"than", "que", "unlike", "vs", "versus", "contrairement", "diferencia"})
_COORDINATORS = frozenset({"and", "or", "y", "o", "i", "et", "ou", "vs", "versus", "than", "que"})
_WITH = frozenset({"with", "amb", "con", "avec"})
_FROM = frozenset({"from", "de", "del", "du", "d"})
_EXCLAIMING = frozenset({"quina", "quin", "que", "quel", "quelle", "what"})
_THAT_OF = frozenset({"la", "el", "that", "celle", "celui", "lo"})
_OWNERS = POSSESSIVE_SET | KIN_SET | frozenset({"meus", "meves", "mis", "mes", "my", "our"})
_TO_SEE = frozenset({"to see", "a veure", "a ver", "aller voir", "alles voir", "allee voir"})
_THANKING = frozenset(
    {"thanks", "gracias", "merci", "gracies", "thank you", "love you", "te quiero", "of you"}
)
_GREETINGS = frozenset(
    "hello hi hey evening morning afternoon goodnight welcome bonjour bonsoir salut hola "
    "buenas bondia bonanit hey".split()
)
_GLOSSING = frozenset(
    "means meaning mean calls call called signifie signifient significa signifiquen "
    "appelle appellent llama llaman diuen".split()
)
_PHRASE_DETERMINERS = frozenset(
    "every each any a an some no this that these those my our their his her your".split()
)
_TYPE_NOUNS = frozenset("situation vibes vibe energy moment type vibra rollo".split())
_PLURAL_ARTICLES = frozenset({"les", "uns", "unes", "unos", "unas", "des"})
_TEXTBOOK = frozenset({"de manual", "de libro", "de llibre", "de manuel"})
_SEEING = frozenset("saw seen watched vimos vi veiem vu".split())
_YEAR_IN_BRACKETS = re.compile(r"\s*\((?:19|20)\d\d\)")
_RATING = re.compile(  # "★★★★", "4/5", "4 stars"
    r"[\s:,–—-]*(?:[★☆]{3,}|[1-5](?:\.5)?\s*(?:/\s*5|stars?|étoiles|estrellas|estrelles)\b)"
)
_COMPANY = frozenset({"with", "amb", "con", "avec", "en", "for", "per", "pour", "para"})

# what may follow a title that runs on into its sentence in a post about theatre
_SHOW_NEXT = (
    COPULA_SET
    | ATTENDANCE_SET
    | OUTING_SET
    | SHOW_FOLLOWER_SET
    | CONTEXT
    | REACTION_SET
    | frozenset("has have had tiene tenia te dura dure lasts last runs".split())
    | frozenset("and or y o i et ou puis then luego despues ara despres vs".split())
) - {"stage"}  # "weird noises off stage left"


@dataclass(frozen=True, slots=True)
class Mention:
    """A post as the clues see it: its text and tokens, and where the venue is named."""

    text: str
    toks: list[Token]
    keys: list[str]  # token keys without elided articles: "l'escena" -> "escena"
    venue_at: tuple[int, ...]  # token indices where a venue name or handle starts
    source_production_id: str | None
    context_at: list[int]  # indices of keys that may be theatre or other-domain words
    shouted: bool = False  # written all in capitals: capitals say nothing of names
    medium: bool = False  # another medium or an ordinary use is named: radio, film, exam
    staged: bool = False  # a theatre or attendance frame: tickets, the cast, the interval


def make_mention(
    text: str,
    toks: list[Token],
    raw: list[str],
    venue_at: tuple[int, ...],
    source_production_id: str | None,
) -> Mention:
    """`raw` are the tokens' keys; elided articles go ("l'escena" -> "escena")."""
    keys = raw  # no apostrophe in the text (most texts): no elision in any key
    if "'" in text or "’" in text or "‘" in text:
        keys = [k.rpartition("'")[2] if "'" in k else k for k in raw]
    context_at = [k for k, key in enumerate(keys) if key in _CONTEXT_KEYS]
    shouted = text.isupper()
    medium = not MEDIA_SET.isdisjoint(keys) and _medium_named(keys)
    staged = bool(venue_at) or not STAGE_FRAME_SET.isdisjoint(keys)
    if medium and not staged:
        joined = f" {' '.join(keys)} "
        staged = any(f" {pair} " in joined for pair in _STAGE_PAIRS)
    return Mention(
        text, toks, keys, venue_at, source_production_id, context_at, shouted, medium, staged
    )


def _medium_named(keys: list[str]) -> bool:
    """A medium word that is not the show's foil: "better than the film", "mieux que le
    film", "millor que la pel·lícula" contrast a staging with the film."""
    for k, key in enumerate(keys):
        if key in MEDIA_SET and _CONTRAST.isdisjoint(keys[max(0, k - 3) : k]):
            return True
    return False


def other_medium(mention: Mention) -> bool:
    """The post names another medium or an ordinary use of the work (a broadcast, a film, a
    recording, a book being read, an exam) and nothing of a staging (no venue, tickets, cast,
    interval...): "The 39 Steps on BBC Four tonight", "je relis Cyrano pour le bac"."""
    return mention.medium and not mention.staged


def hedged(occurrence: Occurrence, mention: Mention) -> bool:
    """A comparison: a hedge right before the title ("our house was basically Bernarda
    Alba", "en plan La casa de Bernarda Alba"), or a household, workplace or class described
    by it ("En casa de mi abuela era La casa de Bernarda Alba", "chez nous c'était Tartuffe")."""
    first, keys = occurrence.first, mention.keys
    if first == 0:
        return False
    if keys[first - 1] in HEDGE_SET or " ".join(keys[max(0, first - 2) : first]) in _HEDGE_PAIRS:
        return True
    if keys[first - 1] not in COPULA_SET:
        return False
    subject = keys[max(0, first - 7) : first - 1]
    return not HOUSEHOLD_SET.isdisjoint(subject) and not mention.staged


def phrase_shape(occurrence: Occurrence, mention: Mention, initial: bool) -> bool:
    """A title of several words that runs on into its sentence, written with no capital a
    sentence start does not explain and no proper name in it as catalogued ("Mar i cel blau a
    la platja", "Terra baixa de l'Ebre", "a play that goes wrong"): an ordinary phrase unless
    the post frames it as a show. A title set apart ("Mar i cel: ...", "Terra baixa, ...") or
    followed by who went with whom ("amb l'institut") is named as a work."""
    name, nxt = occurrence.name, occurrence.last + 1
    written = mention.toks[occurrence.first : nxt]
    if name.content_words >= 4:
        return False  # "whos afraid of virginia woolf was...": no phrase is that long
    if any(name.capitals[1:]) and any(t.surface[:1].isupper() for t in written[1:]):
        return False  # "The Play That Goes Wrong" as catalogued; "Bernarda Alba", a name
    if written[0].surface[:1].isupper() and not initial:
        return False  # "vam veure Mar i cel": a capital mid-sentence
    if nxt >= len(mention.keys):
        return False
    gap = mention.text[mention.toks[occurrence.last].end : mention.toks[nxt].start]
    return not gap.strip() and mention.keys[nxt] not in _COMPANY


def multi_word_shape(name: Name, written: list[Token], initial: bool) -> float:
    """Capitals as the catalogue writes them; long titles count even in lower case, but a
    title that is a sentence ("life is a dream", "la vida es sueño") is one in lower case.
    At the start of a sentence the first capital says nothing of a two-word title with no
    article to start it: "Mamma mia, this heat" and "Ladies night at the bar" are phrases (while
    "La flûte enchantée" is a title in the sentence case French and Spanish write them in)."""
    pairs = zip(written, name.capitals, strict=False)  # a fuzzy window may differ by a word
    skip = 1 if name.leading_article and any(name.capitals[1:]) else 0  # "the Woman in Black"
    kept = all(t.surface[:1].isupper() for t, cap in list(pairs)[skip:] if cap)
    phrase = (
        initial
        and name.content_words == 2
        and not name.leading_article
        and _lower_after_first(name, written)
    )
    first = written[0].surface[:1].isupper() and not phrase
    capitals = 2.0 if kept or first else 0.0
    if first and not kept and not initial and _lower_after_first(name, written):
        capitals = 1.0  # "Lazy Sunday in the park": a weekday's capital, the rest in lower case
    if not capitals and not COPULA_SET.isdisjoint(name.words):
        return -1.0
    if name.content_words >= 3:
        return max(capitals, 1.0) + 1.5  # long titles are rarely said by accident
    return capitals


def _lower_after_first(name: Name, written: list[Token]) -> bool:
    """Every later word the catalogue capitalises is written in lower case."""
    pairs = zip(written[1:], name.capitals[1:], strict=False)
    later = [t.surface[:1].isupper() for t, cap in pairs if cap]
    return bool(later) and not any(later)


def inner_capitals(name: Name, written: list[Token]) -> bool:
    """A later word capitalised as the catalogue writes it ("Into the Woods"): a capital
    that the start of a sentence does not explain."""
    pairs = zip(written[1:], name.capitals[1:], strict=False)
    return any(cap and t.surface[:1].isupper() for t, cap in pairs)


def context(occurrence: Occurrence, mention: Mention) -> float:
    """Theatre words near the title count fully, elsewhere in the post half; the venue
    near the title counts double; words of other domains count against."""
    keys = mention.keys
    lo, hi = max(0, occurrence.first - WINDOW), occurrence.last + 1 + WINDOW
    near = far = 0
    for k in mention.context_at:  # the few keys worth looking at, not every key
        if occurrence.first <= k <= occurrence.last:
            continue
        key = keys[k]
        pair = f"{key} {keys[k + 1]}" if key in _PAIR_STARTS and k + 1 < len(keys) else ""
        if key in CONTEXT or pair in CONTEXT:
            near, far = (near + 1, far) if lo <= k < hi else (near, far + 1)
        if key in OTHER_DOMAIN_SET and _CONTRAST.isdisjoint(keys[max(0, k - 3) : k]):
            near -= 2  # but "better than the film" sets the show against the film
    venue = max(
        (2.0 if abs(v - occurrence.first) <= 8 else 1.0 for v in mention.venue_at), default=0.0
    )
    return (
        min(near, 2)
        + min(far, 2) * 0.5
        + venue
        + (0.5 if _followed_by_break(occurrence, mention) else 0)
    )


def quoted(occurrence: Occurrence, mention: Mention) -> bool:
    start = mention.toks[occurrence.first].start
    end = mention.toks[occurrence.last].end
    text = mention.text
    if start > 0 and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES:
        return True
    # French guillemets keep a space inside: « Art »
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    return before[:1] == "«" and before[1:].isspace() and after[1:] == "»" and after[:1].isspace()


def labelled(occurrence: Occurrence, toks: list[Token]) -> bool:
    """ "Once the musical", "chicago musical was ok"; not "rent opera glasses". A name that
    ends with its own label ("Cats the Musical") is labelled however it is written."""
    if occurrence.name.labelled:
        return True
    nxt = occurrence.last + 1
    if nxt >= len(toks) or toks[nxt].key not in _LABEL_STARTS:
        return False  # most titles: no label after them
    after = [t.key for t in toks[nxt : nxt + 4]]
    return any(
        " ".join(after[:n]) in LABEL_SET and (len(after) == n or after[n] not in LABEL_COMPOUND_SET)
        for n in (1, 2, 3)
        if len(after) >= n
    )


def compared(occurrence: Occurrence, toks: list[Token]) -> bool:
    """ "como Romeo y Julieta", "pizza façon Chicago", "un combat à la Don Quichotte"."""
    first = occurrence.first
    if first == 0:
        return False
    if toks[first - 1].key in COMPARISON_SET:
        return True
    if first == 1:
        return False
    if toks[first - 2].key in COMPARISON_SET:
        return True
    return toks[first - 1].key == "la" and toks[first - 2].surface in ("à", "À")


def other_work(occurrence: Occurrence, toks: list[Token]) -> bool:
    """ "Chicago the band", "Cats the film", "Les Misérables le roman": another work or thing
    of that name, labelled as such."""
    after = toks[occurrence.last + 1 : occurrence.last + 3]
    return len(after) == 2 and after[0].key in _ARTICLES and after[1].key in OTHER_LABEL_SET


def labelled_before(occurrence: Occurrence, toks: list[Token]) -> bool:
    """ "the band Chicago", "Judith Kerr's book The Tiger Who Came to Tea", "le film Cats",
    "la novela Los miserables": another work's label, after a determiner or a possessive,
    right before the title."""
    first = occurrence.first
    if first < 2 or toks[first - 1].key not in OTHER_LABEL_SET:
        return False
    owner = toks[first - 2]
    return owner.key in DETERMINER_SET or owner.surface.endswith(("'s", "’s"))


def type_idiom(occurrence: Occurrence, mention: Mention) -> bool:
    """ "un vrai Peter Pan à 35 ans", "a proper Tartuffe", "un auténtico Tenorio", "Peter
    Pan de manual": a person called by a character's name, after an indefinite article and
    "real" (or "textbook" after it), in a post with no stage frame ("a real Peter Pan night at
    the Lyceum" is the show)."""
    first, keys = occurrence.first, mention.keys
    textbook = " ".join(keys[occurrence.last + 1 : occurrence.last + 3])
    if textbook in _TEXTBOOK and not mention.staged:
        return True
    if first >= 1 and keys[first - 1] in _PLURAL_ARTICLES and not occurrence.name.leading_article:
        return True  # "jouer les Bernarda Alba", "uns Romeu i Julieta moderns": a type
    nxt = occurrence.last + 1
    if nxt < len(keys) and keys[nxt] in _TYPE_NOUNS and not mention.staged:
        return True  # "a proper Romeo and Juliet situation", "Bernarda Alba vibes"
    return (
        first >= 2
        and keys[first - 1] in TYPE_IDIOM_SET
        and keys[first - 2] in _INDEFINITE
        and not mention.staged
    )


def attended(occurrence: Occurrence, mention: Mention) -> bool:
    """ "cyrano ce soir", "gruffalo was sold out", "mort d'un viatjant avui", "Company tix
    for sat", "inspector calls school trip": right after the title (past a copula), in the
    same sentence, words of going to it."""
    keys, nxt = mention.keys, occurrence.last + 1
    if nxt >= len(keys):
        return False
    gap = mention.text[mention.toks[occurrence.last].end : mention.toks[nxt].start]
    if any(c in _SENTENCE_END for c in gap):
        return False
    after = keys[nxt : nxt + 3]
    if after[0] in COPULA_SET and len(after) > 1:
        after = after[1:]
    return after[0] in ATTENDANCE_SET or " ".join(after[:2]) in ATTENDANCE_SET


def accompanied(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Cyrano amb els alumnes", "Nutcracker with the kids", "El cascanueces con mis
    sobrinos": who went along, right after the title, in a post with a stage frame (a title
    of several words needs none: a person is one word); not the title going on ("Sunday in
    the Park with George") nor a person out with hers ("Carmen with her kids", no stage)."""
    keys, nxt = mention.keys, occurrence.last + 1
    if nxt >= len(keys) or keys[nxt] not in _WITH:
        return False
    if not mention.staged and occurrence.first == occurrence.last:
        return False
    if keys[nxt] in occurrence.name.continues:
        return False
    return not COMPANION_SET.isdisjoint(keys[nxt + 1 : nxt + 4])


def coordinated(first: Occurrence, second: Occurrence, mention: Mention) -> bool:
    """Two titles joined or compared: "Chicago AND Woman in Black", "Art was better than
    Cabaret", "Proof o Art?": one or three words between them, one a coordinator."""
    a, b = (first, second) if first.first < second.first else (second, first)
    between = mention.keys[a.last + 1 : b.first]
    if not between and a.last + 1 == b.first:  # "Company > Chicago", "Cats/Rent"
        gap = mention.text[mention.toks[a.last].end : mention.toks[b.first].start]
        return gap.strip() in (">", "<", "/", "&", "+", ">>", "vs.")
    return 0 < len(between) <= 4 and not _COORDINATORS.isdisjoint(between)


def said(occurrence: Occurrence, mention: Mention, is_quoted: bool = False) -> bool:
    """ "La vida es sueño, decía Calderón": a title that is a phrase, quoted as a saying
    (one word is rather a topic: "Company, said the usher, is sold out", unless it is in
    quotes: "más tiempo de 'proof', dice el tutorial")."""
    nxt = occurrence.last + 1
    if nxt >= len(mention.toks) or (occurrence.first == occurrence.last and not is_quoted):
        return False
    gap = mention.text[mention.toks[occurrence.last].end : mention.toks[nxt].start]
    return gap.strip().lstrip(_QUOTES) == "," and mention.toks[nxt].key in SAYING_SET


def aside(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Matilda (our spaniel)", "Art (the painting)": a bracket saying what else it is;
    not the title translated ("The Curious Incident (El curioso incidente...)")."""
    nxt = occurrence.last + 1
    if nxt >= len(mention.toks):
        return False
    gap = mention.text[mention.toks[occurrence.last].end : mention.toks[nxt].start]
    if gap.strip() != "(" or mention.toks[nxt].key not in DETERMINER_SET:
        return False
    if occurrence.name.content_words > 1:
        # "Fiddler on the Roof (El violinista en el tejado)", a translation; but "sunday in
        # the park with george (the spaniel)": who the last word is
        inside = [t.key for t in mention.toks[nxt + 1 : nxt + 4]]
        return not APPOSED_SET.isdisjoint(inside)
    stems = {w[:5] for w in occurrence.name.words if len(w) >= 5}
    return stems.isdisjoint(t.key[:5] for t in mention.toks[nxt + 1 : nxt + 6])


def bracket_label(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Proof (the Auburn play at the Lyceum)", "Art (la pièce de Reza)": a bracket right
    after the title that calls it a show."""
    nxt = occurrence.last + 1
    if nxt >= len(mention.toks) or "(" not in mention.text:
        return False
    gap = mention.text[mention.toks[occurrence.last].end : mention.toks[nxt].start]
    if gap.strip() != "(":
        return False
    close = mention.text.find(")", mention.toks[nxt].start)
    inside = [t.key for t in mention.toks[nxt : nxt + 8] if close < 0 or t.start < close]
    cues = occurrence.name.cues
    pairs = {f"{a} {b}" for a, b in zip(inside, inside[1:], strict=False)}
    if not (cues.isdisjoint(inside) and cues.isdisjoint(pairs)):
        return True  # "Company (the Sondheim one)", "Proof (La prueba, de David Auburn)"
    keys = inside[:4]
    return not (SHOW_NOUN_SET.isdisjoint(keys) and LABEL_SET.isdisjoint(keys))


def scare_quoted(occurrence: Occurrence, mention: Mention) -> bool:
    """A common word in quotes used in its own grammar: "the 'proof' that 5G causes
    headaches" (its ordinary followers, past the closing quote)."""
    followers = ORDINARY_FOLLOWER_CUES.get(occurrence.name.text)
    nxt = occurrence.last + 1
    if followers is None or nxt >= len(mention.keys) or mention.keys[nxt] not in followers:
        return False
    # not « Art » de Yasmina Reza, "Once" el sábado: its author, a day
    return not (by_its_author(occurrence, mention) or attended(occurrence, mention))


def determined_phrase(occurrence: Occurrence, mention: Mention) -> bool:
    """A title of several words in lower case after a determiner no title takes: "every
    school play that goes wrong", "a woman in black at the bus stop"."""
    first = occurrence.first
    if occurrence.first == occurrence.last or first == 0:
        return False
    if mention.keys[first - 1] not in _PHRASE_DETERMINERS:
        return False
    return not any(t.surface[:1].isupper() for t in mention.toks[first : occurrence.last + 1])


def gloss_follows(occurrence: Occurrence, mention: Mention) -> bool:
    """A quoted title then what it means or who calls what by it: "'noises off' in a script
    just means sounds from offstage", "'swan lake' is what everyone calls the quarry"."""
    nxt = occurrence.last + 1
    return not _GLOSSING.isdisjoint(mention.keys[nxt : nxt + 6])


def metalinguistic(occurrence: Occurrence, mention: Mention, is_quoted: bool) -> bool:
    """A word glossed, not a show named: "le « rent » comme dit ma coloc", "diu 'cats' en
    lloc de 'gats'", and when `is_quoted`, "the word 'company'", "ma boîte, pardon, ma
    « company »"."""
    keys, nxt = mention.keys, occurrence.last + 1
    if nxt < len(keys) and keys[nxt] in _META_STARTS:
        after = keys[nxt : nxt + 4]
        if " ".join(after[:2]) in META_AFTER_SET or " ".join(after[:3]) in META_AFTER_SET:
            if after[0] not in _AS:
                return True
            return not META_SAYING_SET.isdisjoint(after[1:4])  # "as my boss says"
    if not is_quoted:
        return False
    first = occurrence.first
    if first > 0 and keys[first - 1] in META_SAYING_SET:
        return True  # "mon coloc anglais dit « rent »": the word he says
    return not META_BEFORE_SET.isdisjoint(keys[max(0, first - 3) : first])


def other_referent(occurrence: Occurrence, mention: Mention) -> bool:
    """Something else the title's words name: "la estatua de Don Quijote", "un exposé sur
    Virginia Woolf", "Virginia Woolf's house" (a statue, a place, a writer)."""
    first, keys, toks = occurrence.first, mention.keys, mention.toks
    if first >= 2 and keys[first - 1] in _ABOUT and keys[first - 2] in REFERENT_HEAD_SET:
        return True
    nxt = occurrence.last + 1
    return (
        nxt < len(keys)
        and toks[occurrence.last].surface.endswith(("'s", "’s"))
        and keys[nxt] in REFERENT_HEAD_SET
    )


def show_follower(occurrence: Occurrence, mention: Mention, tickets: bool = False) -> bool:
    """ "chicago day seats", "inspector calls set", "Cats tickets": the show's seats, tickets
    or staging right after its title (`tickets`: only seats and tickets)."""
    nxt = occurrence.last + 1
    if nxt >= len(mention.keys) or mention.keys[nxt] not in _FOLLOWER_STARTS:
        return False
    gap = mention.text[mention.toks[occurrence.last].end : mention.toks[nxt].start]
    if not gap.isspace():
        return False
    found = SHOW_FOLLOWER_SET if not tickets else TICKET_FOLLOWER_SET
    pair = " ".join(mention.keys[nxt : nxt + 2])
    return mention.keys[nxt] in found or pair in found


def named_person(occurrence: Occurrence, toks: list[Token], text: str = "") -> bool:
    """ "my aunt Matilda", "mi abuela Carmen", "her name was Giselle", "la Carmen del
    tercer" (a neighbour, by her floor), "Carmen, mi vecina" (a comma in `text` after the
    title): a person's name, not the show."""
    first, last = occurrence.first, occurrence.last
    if first > 0 and toks[first - 1].key in KIN_SET:
        return True
    if first > 1 and f"{toks[first - 2].key} {toks[first - 1].key}" in KIN_SET:
        return True
    if last + 2 < len(toks) and toks[last + 1].key in _BY and toks[last + 2].key in _FLOORS:
        return True
    # "Carmen, mi vecina del quinto": a person, with who she is after a comma
    if last + 2 >= len(toks) or toks[last + 1].key not in POSSESSIVE_SET:
        return False
    kin = toks[last + 2]
    return (
        kin.key in KIN_SET
        and text[toks[last].end : toks[last].end + 1] == ","
        and kin.surface[-2:] not in ("'s", "’s")  # "Matilda, my daughter's favourite"
    )


def common_noun(occurrence: Occurrence, toks: list[Token], shouted: bool = False) -> bool:
    """ "un tartuffe", "faire son malade imaginaire", "my company": a lower-case title
    after an indefinite article or a possessive is an ordinary noun phrase; "la ONCE", an
    acronym after a Romance article, an organisation (`shouted`: all in capitals, "MY
    COMPANY", where capitals say nothing)."""
    prev = toks[occurrence.first - 1].key if occurrence.first > 0 else ""
    surface = toks[occurrence.first].surface
    if shouted:
        return prev in POSSESSIVE_SET
    if surface.isupper() and len(surface) > 1 and len(occurrence.name.words) == 1:
        return prev in _ROMANCE_ARTICLES
    if not surface[:1].isupper() and prev in POSSESSIVE_SET:
        return True
    # "a school play that goes wrong": a lower-case title of several words in a noun phrase
    return (
        len(occurrence.name.words) > 2
        and occurrence.first > 1
        and toks[occurrence.first - 2].key in _INDEFINITE
        and not any(t.surface[:1].isupper() for t in toks[occurrence.first : occurrence.last + 1])
    )


def taken_to(occurrence: Occurrence, mention: Mention) -> float:
    """ "Took my mum to Company", "went to Rent", "vam anar a veure Company", "fuimos a
    ver Once": going to (see) a capitalised title."""
    first = occurrence.first
    if first >= 2 and " ".join(mention.keys[first - 2 : first]) in _TO_SEE:
        return 1.0 if capitalised_mid(mention, first) else 0.0
    if first < 2 or mention.keys[first - 1] != "to":
        return 0.0
    if not capitalised_mid(mention, first) and mention.toks[first].surface[:1].isupper():
        return 0.0  # lower case counts: only a cued common word gets this far ("to cats")
    before = mention.keys[max(0, first - 5) : first - 1]
    return 1.0 if not GOING_SET.isdisjoint(before) else 0.0


def ordinary_grammar(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Once the doors opened", "Proof of age", "Rent a car": the word's own grammar
    (in the same clause: "Once – the pub scene" is a title and a comment)."""
    followers = ORDINARY_FOLLOWER_CUES.get(occurrence.name.text)
    nxt = occurrence.last + 1
    if followers is None or nxt >= len(mention.toks):
        return False
    gap = mention.text[mention.toks[occurrence.last].end : mention.toks[nxt].start]
    after = [t.key for t in mention.toks[nxt : nxt + 2]]
    joined = gap.isspace() or gap == "-"  # "rent a car", "rent-free"
    ordinary = joined and (after[0] in followers or " ".join(after) in followers)
    seen = occurrence.first > 0 and mention.keys[occurrence.first - 1] in _SEEING
    if seen and capitalised_mid(mention, occurrence.first):
        return False  # "vimos Once el sábado": a capitalised title seen, not "once el"
    return ordinary and not (by_its_author(occurrence, mention) or booked(occurrence, mention))


def by_its_author(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Art de Yasmina Reza", "Company by Sondheim": the work's author (one of its cues)
    named right after it, so "de" is authorship, not "art de viure"."""
    nxt = occurrence.last + 1
    if nxt >= len(mention.keys) or mention.keys[nxt] not in _BY:
        return False
    cues = occurrence.name.cues
    named = mention.keys[nxt + 1 : nxt + 4]
    return not cues.isdisjoint(named) or " ".join(named[:2]) in cues  # "de lloyd webber"


def of_the_show(occurrence: Occurrence, mention: Mention) -> float:
    """ "the ending of Rent", "walked out of COMPANY", "salimos de Once": a part of the work,
    or leaving it, before "of"/"de" and a capitalised title."""
    first, keys = occurrence.first, mention.keys
    if first < 2 or keys[first - 1] not in _BY or not capitalised_mid(mention, first):
        return 0.0
    before = keys[first - 2]
    if before in WORK_PART_SET:
        return 1.0
    if before in LEAVING_SET:
        return 0.0 if occurrence.name.text in PLACE_TITLE_SET else 1.0  # "salimos de Chicago"
    return 1.0 if " ".join(keys[max(0, first - 3) : first - 1]) in WORK_PART_SET else 0.0


def subject_of_review(occurrence: Occurrence, toks: list[Token]) -> float:
    """The title as the subject of a verdict ("Proof was well acted", "Once és preciós"),
    a plural word with a singular verb ("Cats was... a lot"), or an outing ("Art ce
    soir", "Rent last night"): a name, not a noun."""
    after = [t.key for t in toks[occurrence.last + 1 : occurrence.last + 7]]
    if not after:
        return 0.0
    if after[0] in SHOW_FOLLOWER_SET and len(occurrence.name.words) > 1:
        after = after[1:]  # "inspector calls set is the best": its staging, judged
    plural = len(occurrence.name.words) == 1 and occurrence.name.words[0].endswith("s")
    if plural and after[0] in _SINGULAR:
        return 1.5
    if after[0] in OUTING_SET or " ".join(after[:2]) in OUTING_SET:
        return 1.0
    verb = 2 if " ".join(after[:2]) in COPULA_SET else 1 if after[0] in COPULA_SET else 0
    verdict = after[verb:]  # "is a masterpiece", "es una obra pequeña"
    judged = not (REVIEW_SET.isdisjoint(verdict) and SHOW_NOUN_SET.isdisjoint(verdict[:3]))
    return 1.5 if verb and judged else 0.0


def cued(occurrence: Occurrence, mention: Mention) -> float:
    """A character, song or scene of the work anywhere in the post counts for the show."""
    cues = occurrence.name.cues
    if not cues:
        return 0.0
    if not cues.isdisjoint(mention.keys):
        return 1.5
    keys = f" {' '.join(mention.keys)} "
    return 1.5 if any(" " in cue and f" {cue} " in keys for cue in cues) else 0.0


def said_to_be_other_work(occurrence: Occurrence, mention: Mention) -> bool:
    """The title then a copula, an article and another kind of work: "Matilda is the book I
    read to my kids", "Cats was a film first", "Carmen es la novela": that work, in a post
    with no stage frame."""
    keys, nxt = mention.keys, occurrence.last + 1
    after = keys[nxt : nxt + 4]
    if len(after) < 3 or after[0] not in COPULA_SET or mention.staged:
        return False
    noun = 2 if after[1] in _ARTICLES or after[1] in DETERMINER_SET or after[1] == "a" else 1
    # "was my favourite book", "is still the best picture book": a few words may come first
    said_to_be = keys[nxt + noun : nxt + noun + 5]
    return not WORK_NOUN_SET.isdisjoint(said_to_be) and _CONTRAST.isdisjoint(said_to_be)


def cued_by_name(occurrence: Occurrence, mention: Mention) -> bool:
    """A character or song of the work written as a name: a cue of several words ("Bring
    Him Home", "la fada de sucre") or one capitalised ("Drosselmeyer", "Tradition"); not a
    lower-case word that a cue happens to be ("said", "memory")."""
    cues = occurrence.name.cues
    if not cues:
        return False
    for k, key in enumerate(mention.keys):
        if key in cues and mention.toks[k].surface[:1].isupper():
            return True
    keys = f" {' '.join(mention.keys)} "
    return any(" " in cue and f" {cue} " in keys for cue in cues)


def everyday_sense(occurrence: Occurrence, mention: Mention) -> bool:
    """A word of the title's everyday sense near it ("landlord" for Rent, "flew" for
    Chicago)."""
    senses = OTHER_SENSE_CUES.get(occurrence.name.text)
    return senses is not None and _other_sense_near(occurrence, mention.keys, senses)


def _other_sense_near(occurrence: Occurrence, keys: list[str], senses: frozenset[str]) -> bool:
    """A word of the everyday sense within the window, and nearer this occurrence than any
    other of the same word ("Chicago-style deep dish, then Chicago at the Lyceum")."""
    last = occurrence.name.words[-1]  # a misspelt occurrence is not in `keys`: add it
    title_at = [k for k, key in enumerate(keys) if key == last] + [occurrence.last]
    lo, hi = max(0, occurrence.first - WINDOW), min(len(keys), occurrence.last + 1 + WINDOW)
    if occurrence.name.content_words >= 2:
        lo, hi = 0, len(keys)  # "La plaça del Diamant ... la Festa Major": a place, a person
    for j in range(lo, hi):
        if keys[j] in senses or " ".join(keys[j : j + 2]) in senses:
            if min(title_at, key=lambda k: abs(k - j)) == occurrence.last:
                return True
    return False


def written_as_catalogued(occurrence: Occurrence, mention: Mention) -> float:
    """The title's own closing mark ("Oliver!") or more words of a longer title of the
    same show ("The Curious Incident of the Dog") are written: the author means the show."""
    end, nxt = mention.toks[occurrence.last].end, occurrence.last + 1
    name = occurrence.name
    if name.tail and mention.text[end : end + 1] == name.tail:
        return 1.5
    return 1.0 if nxt < len(mention.toks) and mention.toks[nxt].key in name.continues else 0.0


def extended(occurrence: Occurrence, mention: Mention) -> bool:
    """Part of a longer proper name: "Chicago Bulls", "Art Basel", "Museu ... d'Art de X"."""
    toks, nxt, prev = mention.toks, occurrence.last + 1, occurrence.first - 1
    if toks[occurrence.last].surface.endswith(("'s", "’s")):
        return False  # "Chicago's Velma": a possessive, not a longer name
    gap = mention.text[toks[nxt - 1].end : toks[nxt].start] if nxt < len(toks) else ""
    if gap.strip() not in ("", "-"):
        nxt = len(toks)  # "Proof, Art i Company": a list of names, not a longer one
    if nxt < len(toks) and toks[nxt].key in occurrence.name.continues:
        return False  # "The Curious Incident of the Dog": the title goes on
    if by_its_author(occurrence, mention):
        return False  # "Art de la Yasmina Reza": its author, not a longer name
    if show_follower(occurrence, mention):
        return False  # "Chicago day seats": the show's seats, not a "Chicago day"
    if nxt < len(toks) and toks[nxt].key in COMPOUND_HEAD_SET:
        return True  # "Peter Pan collars", "Chicago-style", "Cats Protection"
    if nxt < len(toks) and toks[nxt].key in _CONNECTORS:
        nxt += 2 if nxt + 1 < len(toks) and toks[nxt + 1].key in _ARTICLES else 1
    if nxt < len(toks) and capitalised_mid(mention, nxt) and nxt not in mention.venue_at:
        return True
    if prev > 0 and toks[prev].key in _CONNECTORS and capitalised_mid(mention, prev - 1):
        return True
    return _after_a_first_name(occurrence, mention)


def _after_a_first_name(occurrence: Occurrence, mention: Mention) -> bool:
    """ "a Jamie Oliver pasta", "the Peter Cats fan page": a one-word title after a
    capitalised word that no sentence start, possessive or venue explains is a surname."""
    prev, toks = occurrence.first - 1, mention.toks
    if prev < 0 or occurrence.first != occurrence.last or prev in mention.venue_at:
        return False
    before = toks[prev]
    gap = mention.text[before.end : toks[occurrence.first].start]
    return (
        gap == " "
        and capitalised_mid(mention, prev)
        and not before.surface.isupper()
        and not before.surface.endswith(("'s", "’s"))
    )


def by_someone(occurrence: Occurrence, toks: list[Token]) -> bool:
    """ "Sondheim's Company", "Bizet's Carmen": a named creator's work."""
    prev = toks[occurrence.first - 1] if occurrence.first > 0 else None
    return prev is not None and prev.surface[:1].isupper() and prev.surface.endswith(("'s", "’s"))


def capitalised_mid(mention: Mention, i: int) -> bool:
    tok = mention.toks[i]
    return (
        not mention.shouted  # "COMPANY WAS FIRE": every word is in capitals
        and tok.surface[:1].isupper()
        and tok.surface[0] not in "#@"
        and tok.key not in ("i", "i'm", "i've", "i'd", "i'll")  # "Art – I laughed"
        and tok.key not in _COORDINATORS  # "Chicago AND Woman in Black": emphasis
        and not sentence_initial(i, mention)
    )


def sentence_initial(i: int, mention: Mention) -> bool:
    if i == 0:
        return True
    gap = mention.text[mention.toks[i - 1].end : mention.toks[i].start]
    return any(c in _SENTENCE_END for c in gap)


def _followed_by_break(occurrence: Occurrence, mention: Mention) -> bool:
    end = mention.toks[occurrence.last].end
    return mention.text[end : end + 3].lstrip(" ")[:1] in _BREAKS  # "Proof — the notebook"


def apposed(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Matilda the cat", "Giselle my hairdresser", "Joseph from work", "Carmen la meva
    veïna", "Oliver de la feina": a one-word name, then who or what it is (an article or a
    possessive and a person or pet) or where the author knows them from."""
    if len(occurrence.name.words) != 1:
        return False
    keys, toks, nxt = mention.keys, mention.toks, occurrence.last + 1
    if nxt + 1 >= len(keys):
        return False
    gap = mention.text[toks[occurrence.last].end : toks[nxt].start]
    if gap.strip() not in ("", ","):
        return False  # "Carmen, ma collègue, ..."
    if keys[nxt] in _FROM or (keys[nxt] == "in" and keys[nxt + 1] in _OWNERS):
        skip = nxt + 1
        if keys[skip] in _ARTICLES or keys[skip] in POSSESSIVE_SET or keys[skip] in _OWNERS:
            skip += 1  # "from the office", "from my pilates class"
        return not APPOSED_PLACE_SET.isdisjoint(keys[skip : skip + 2])
    if keys[nxt] not in DETERMINER_SET and keys[nxt] not in POSSESSIVE_SET:
        return False
    who = nxt + 2 if keys[nxt + 1] in POSSESSIVE_SET and nxt + 2 < len(keys) else nxt + 1
    described = keys[who] not in APPOSED_SET or toks[who].surface.endswith(("'s", "’s"))
    if described and who + 1 < len(keys) and keys[who + 1] in APPOSED_SET:
        who += 1  # "Matilda our new puppy", "Art, my neighbour's cat": a word before it
    return keys[who] in APPOSED_SET and not toks[who].surface.endswith(("'s", "’s"))


def exclaimed_idiom(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Quina casa de Bernarda Alba la dels meus tiets", "Qué casa de Bernarda Alba la de mi
    abuela", "what a Bernarda Alba that of my in-laws": an exclamation that calls someone's
    household by the title ("la de" and an owner after it), not an evening at the show."""
    first, keys = occurrence.first, mention.keys
    if first == 0 or keys[first - 1] not in _EXCLAIMING and keys[first - 1] != "a":
        return False
    if keys[first - 1] == "a" and (first < 2 or keys[first - 2] != "what"):
        return False
    after = keys[occurrence.last + 1 : occurrence.last + 6]
    for j in range(len(after) - 2):
        if after[j] in _THAT_OF and after[j + 1] in _BY | {"dels", "des"}:
            return not _OWNERS.isdisjoint(after[j + 2 : j + 4])
    return False


def addressed(occurrence: Occurrence, mention: Mention) -> bool:
    """Spoken to: people greeted by the words ("Evening, guys and dolls!"), or a person by
    a one-word name ("Carmen, ¿has visto mis llaves?", "¡Gracias, Carmen!", "Love you
    Art.", "Proud of you, Oliver.")."""
    first, last, keys, toks, text = (
        occurrence.first,
        occurrence.last,
        mention.keys,
        mention.toks,
        mention.text,
    )
    if first > 0 and keys[first - 1] in _GREETINGS:
        gap = text[toks[first - 1].end : toks[first].start]
        if gap.strip() == "," and sentence_initial(first - 1, mention):
            return True
    if first != last:
        return False
    after = text[toks[last].end : toks[last + 1].start] if last + 1 < len(toks) else ""
    if after.replace(" ", "").startswith((",¿", ",¡")):
        return True  # "Carmen, ¿has visto...?"
    ends = last + 1 == len(toks) or after.strip()[:1] in (".", "!", "?")
    if not ends or first == 0:
        return False
    before = " ".join(keys[max(0, first - 2) : first])
    return keys[first - 1] in _THANKING or before in _THANKING


def dated_edition(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Proof (2005)", "Cats (2019)": a year in brackets right after a title names a film or
    a recording of that name, as people write them."""
    return _YEAR_IN_BRACKETS.match(mention.text, mention.toks[occurrence.last].end) is not None


def star_rated(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Proof ★★★★", "Art – 4/5", "Once: 5 stars": a rating right after the title, as
    reviews head their subject."""
    return _RATING.match(mention.text, mention.toks[occurrence.last].end) is not None


def booked(occurrence: Occurrence, mention: Mention) -> bool:
    """ "hem reservat Chicago", "counting down to Matilda", "can't wait for Cyrano": a
    capitalised title booked or awaited (not "can't wait for Joseph to get home")."""
    first, keys = occurrence.first, mention.keys
    if first == 0 or not capitalised_mid(mention, first):
        return False
    nxt = occurrence.last + 1
    if nxt < len(keys) and keys[nxt] == "to":
        return False
    if keys[first - 1] in BOOKING_SET or " ".join(keys[max(0, first - 2) : first]) in BOOKING_SET:
        return True  # "hem reservat Chicago", "des places pour Once"
    before = mention.toks[max(0, first - 3) : first]  # raw keys: "can't", not "t"
    return " ".join(t.key for t in before) in BOOKING_SET


def exclaimed_outing(occurrence: Occurrence, mention: Mention) -> bool:
    """ "the nutcracker tomorrow!!!", "gruffalo live!!", "hamlet ce soir !!": a day or
    "live" right after the title, then two or more exclamation marks."""
    keys, toks, nxt = mention.keys, mention.toks, occurrence.last + 1
    if nxt >= len(keys):
        return False
    if keys[nxt] in EXCLAIMED_SET:
        end = toks[nxt].end
    elif nxt + 1 < len(keys) and f"{keys[nxt]} {keys[nxt + 1]}" in EXCLAIMED_SET:
        end = toks[nxt + 1].end
    else:
        return False
    if not mention.text[toks[occurrence.last].end : toks[nxt].start].isspace():
        return False
    return mention.text[end : end + 3].lstrip(" ").startswith("!!")


def hyphenated(occurrence: Occurrence, mention: Mention) -> bool:
    """ "Chicago-born", "Chicago-style", "Peter Pan-collared": the title's words joined to
    a noun of another thing."""
    nxt = occurrence.last + 1
    if nxt >= len(mention.toks):
        return False
    gap = mention.text[mention.toks[occurrence.last].end : mention.toks[nxt].start]
    return gap == "-" and mention.keys[nxt] in COMPOUND_HEAD_SET


def in_the_city(occurrence: Occurrence, mention: Mention) -> bool:
    """ "un porche à Chicago": a title that is a city, after French "à" (in, at), is the
    city; the show is "dans Chicago"."""
    first = occurrence.first
    return (
        first > 0
        and occurrence.name.text in PLACE_TITLE_SET
        and mention.toks[first - 1].surface in ("à", "À")
    )


def read_as_text(occurrence: Occurrence, mention: Mention) -> bool:
    """A medium word right before the title, whatever else the post says: "reading The
    Tiger Who Came to Tea with my daughter", "ma fille lit Roméo et Juliette en classe"."""
    first, keys = occurrence.first, mention.keys
    return mention.medium and not MEDIA_SET.isdisjoint(keys[max(0, first - 2) : first])


def goes_on_as_a_show(occurrence: Occurrence, mention: Mention) -> bool:
    """The word after a title that runs on is one a show takes: a verb of judging, a time
    of going, its tickets or cast, the venue ("into the woods tonight", "terra baixa al
    Lyceum", "noises off was a riot")."""
    nxt = occurrence.last + 1
    if nxt >= len(mention.keys) or nxt in mention.venue_at:
        return True
    key = mention.keys[nxt]
    pair = " ".join(mention.keys[nxt : nxt + 2])
    return (
        key in _SHOW_NEXT
        or pair in _SHOW_NEXT
        or any(0 < v - occurrence.last <= 3 for v in mention.venue_at)
    )
