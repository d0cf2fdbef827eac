"""Words that show a mention is about a show, not the ordinary meaning of a title word.

Written for Foyer by its authors; folded (lower-case, accent-free) when loaded.
"""

from __future__ import annotations

from enrichment.tokens import fold

# Words that, near a title, say "this is the show" (tickets, cast, stage, seeing it...).
CONTEXT_WORDS = """
show shows musical play theatre theater tickets ticket cast stage matinee performance
production revival broadway interval encore ovation audience opera ballet dancers actors
actress actor orchestra soprano tenor mezzo choreography saw seen see seeing watched watching
tonight curtain understudy ensemble songs song score act encore premiere preview previews
booked booking seats stalls circle acted acting vocals singing sang dancing danced scene
drama day_seats
spectacle pièce théâtre billets billet comédie comédiens comédiennes acteurs actrice troupe
entracte rappel salle scène représentation opéra danseurs danseuses vu voir chanteurs
ce_soir hier_soir surtitré surtitrée surtitres mise_en_scène places comédienne comédien
rôle jeu
obra teatro entradas entrada función musical reparto elenco actores actriz escena acto
descanso público butacas fila ópera bailarines ovación anoche vimos vi ver montaje
escenario sobretítulos funciones esta_noche butaca saludos banda_sonora actuación
teatre entrades funció repartiment actriu actors acte entreacte públic butaques òpera
ballarins ovació ahir vam_veure vaig_veure veure muntatge escenari hem_vist he_vist
aquesta_nit mitja_part cançó
"""

# Category labels that, right next to a title, make it unambiguous ("Once the musical").
LABELS = """
musical the_musical the_play play ballet opera the_opera the_ballet
el_musical la_obra la_ópera el_ballet la_comédie_musicale comédie_musicale le_ballet
l'opéra la_pièce le_musical
"""

# Cues that a title is used as a comparison, not as the show ("looks like Romeo and Juliet").
COMPARISON = """
parece parecen parecía sembla semblen semblava ressemble ressemblent like como comme com
"""

# Words of other domains that, near a title, say "not the show" ("the Chicago film").
OTHER_DOMAINS = """
film movie netflix telly tv documentary series episode novel reading relis museum musée museu
museo gallery exhibition expo exposició exposición exposition flight vuelo airport aeropuerto
deco déco
"""

# Words a catalogue title may share with everyday language (the examples and kin);
# such titles need theatre context even when capitalised at the start of a sentence.
COMMON_TITLE_WORDS = """
company chicago cats rent proof art once wicked hair cabaret grease ghost fame six
frozen follies betrayal cascanueces nutcracker trencanous misérables miserables
"""


def word_set(block: str) -> frozenset[str]:
    """Folded entries; `_` joins the words of a multi-word entry."""
    return frozenset(fold(word).replace("_", " ") for word in block.split())


CONTEXT = word_set(CONTEXT_WORDS)
LABEL_SET = word_set(LABELS)
COMPARISON_SET = word_set(COMPARISON)
OTHER_DOMAIN_SET = word_set(OTHER_DOMAINS)
COMMON_TITLE_SET = word_set(COMMON_TITLE_WORDS)
