"""Catalan rules. Word lists written for Foyer by its authors (valences on VADER's scale),
from everyday and audience Catalan (including colloquial "una passada", "brutal", "un
rotllo"); not derived from any third-party lexicon."""

from __future__ import annotations

from functools import cache

from enrichment.lexicons import vader
from enrichment.lexicons.general_romance import group_entries
from enrichment.lexicons.wordlists import inflect_romance, parse_entries, parse_words, split_single
from enrichment.rules import LanguageRules, build_phrases
from enrichment.tokens import fold

WORDS = """
bo 1.8|bona 1.8|bons 1.8|bones 1.8|bé 1.6|bonic 2.0|bonica 2.0|preciós 2.8|preciosa 2.8
meravellós 3.0|meravellosa 3.0|magnífic 3.0|magnífica 3.0|genial 2.8|geniala 2.8
excel·lent 3.0|excellent 3.0|fantàstic 3.0|fantàstica 3.0|increïble 2.8|extraordinari 3.0
extraordinària 3.0|espectacular 3.0|brillant 2.8|sublim 3.0|perfecte 2.9|perfecta 2.9
impressionant 2.8|emocionant 2.6|commovedor 2.4|commovedora 2.4|divertit 2.2|divertida 2.2
divertidíssim 2.8|hilarant 2.6|captivador 2.6|captivadora 2.6|inoblidable 2.8
recomanable 2.2|recomano 2.4|recomanat 2.2|encantat 2.4|encantada 2.4|encantador 2.4
encantadora 2.4|agradat 2.0|agrada 1.8|agradable 2.0|gaudir 1.8|gaudit 2.4|gaudim 2.4
amable 2.0|amables 2.0|simpàtic 1.8|simpàtica 1.8|atent 1.8|atents 1.8|atenta 1.8
còmode 2.0|còmodes 2.0|ràpid 1.0|eficient 1.6|bravo 2.8|gràcies 1.6|ovació 2.6
aplaudiments 1.6|emoció 1.8|emocions 1.8|llàgrimes 0.6|plorat 0.8|plorar 0.4|riure 1.6
rialles 1.8|rigut 2.0|màgia 2.4|màgic 2.6|màgica 2.6|joia 2.6|meravella 3.0|passada 2.6
brutal 2.0|top 2.4|súper 2.4|xulo 2.0|xula 2.0|feliç 2.4|feliços 2.4|content 2.0
contenta 2.0|alegria 2.6|plaer 2.4|enlluernador 2.8|potent 2.0|intens 1.4|original 1.6
enginyós 2.0|enginyosa 2.0|acollidor 2.0|acollidora 2.0|puntual 1.2|encertat 2.0
encertada 2.0|deliciós 2.4|deliciosa 2.4|entranyable 2.2|estupend 2.8|estupenda 2.8
dolent -2.2|dolenta -2.2|dolents -2.2|dolentes -2.2|malament -1.8|mal -1.8|pèssim -3.0
pèssima -3.0|horrible -3.0|terrible -2.8|fatal -2.6|desastre -2.8|desastrós -2.8
decebedor -2.4|decebedora -2.4|decepció -2.4|decebut -2.4|decebuda -2.4|avorrit -2.2
avorrida -2.2|avorriment -2.2|feixuc -1.6|feixuga -1.6|pesat -1.6|pesada -1.6|lent -1.2
lenta -1.2|llarg -0.4|llarga -0.4|llarguíssim -1.8|etern -1.6|eterna -1.6|fluix -1.8
fluixa -1.8|mediocre -2.2|insuls -1.6|insulsa -1.6|car -1.4|cara -1.0|cars -1.4
cares -1.4|caríssim -2.4|caríssima -2.4|abusiu -2.4|abusius -2.4|estafa -2.8|vergonya -2.4
vergonyós -2.6|inacceptable -2.8|lamentable -2.8|maleducat -2.4|maleducada -2.4
antipàtic -2.2|antipàtica -2.2|desagradable -2.2|incòmode -2.0|incòmoda -2.0|incòmodes -2.0
estret -1.4|estrets -1.4|brut -2.2|bruta -2.2|bruts -2.2|fastigós -2.6|sorollós -1.4
fred -1.0|caos -2.0|caòtic -1.8|problema -1.4|problemes -1.4|retard -1.4|cancel·lat -1.6
cancel·lada -1.6|cancel·lació -1.6|error -1.4|errors -1.4|llàstima -1.4|pena -1.2
trist -1.2|trista -1.2|pitjor -2.6|fracàs -2.6|insuportable -2.6|inaudible -2.2|molest -1.8
molesta -1.8|rotllo -1.6|meh -1.2|espera -0.6|cues -0.8|cua -0.6|indignant -2.8
indignat -2.4|indignada -2.4|nefast -2.8|nefasta -2.8
ràpida 1.2|ràpides 1.2|sorprèn 2.0|sorprenent 2.2|perillós -2.0|perillosa -2.0
horrorós -2.8|horrorosa -2.8|castanya -2.6|pffff -1.6|pff -1.2|ufff 1.2|comèdia 0.4
monument 2.2|complerta 1.6|facilíssim 2.2|fàcil 1.4|impecable 2.8|impecables 2.8|luxe 2.0
necessària 1.8|necessari 1.8|intel·ligent 2.0|obsessionat 1.8|obsessionada 1.8
imbatible 2.6|rodona 2.4|rodó 2.4|crack 2.4|reina 1.8|tancat -1.0|tancada -1.0
amuntegat -1.8|amuntegats -1.8|enganyar -2.2|engany -2.2|penjat -1.8|retard -1.8
perdut -1.4|equivocat -1.4|equivocats -1.4|ningú -0.8|corrents -0.6|sec -0.8|reduïda -0.6
disculpes 0.4|il·lusió 2.2|divertidíssima 2.8|genolls -0.8|clavats -1.2|picor -1.0
aplaudiments 1.6|aplaudir 1.2|brutals 2.2|emocionada 2.4|emocionat 2.4|meravella 3.0
talent 2.2|geni 2.4|sublim 3.0|increïbles 2.8|trista -1.2|avorrida -2.2|avorrit -2.2
soroll -1.4|sorollós -1.6|caos -2.2|desastre -2.8|vergonya -2.6|indignant -2.8
boníssim 2.8|boníssima 2.8|perfecció 2.8|magistralment 2.6|meravellosament 2.6|superb 2.8
superba 2.8|collonut 2.6|collonuda 2.6|xulíssim 2.6|xulíssima 2.6|desorganització -2.2
asfixiant -2.0|acoblaments -1.8|xiulets -1.4|ressò -1.0|merda -2.8|borde -1.8|bordes -1.8
esperant -0.8|tard -0.6|avorridíssim -2.8|avorridíssima -2.8|soporífer -2.4|soporífera -2.4
millor 2.0|millors 2.0|energia 1.4|somriure 1.6|reconciliat 1.4|reconciliada 1.4
"""

PHRASES = """
una passada 2.8|m'ha encantat 2.8|ens ha encantat 2.8|m'ha agradat 2.0|ens ha agradat 2.0
obra mestra 3.2|dempeus 1.4|de peu 1.4|públic dempeus 2.8|ovació dempeus 3.0
pell de gallina 2.6|no us la perdeu 2.6|no te la perdis 2.6|imprescindible 2.6
molt recomanable 2.6|entrades exhaurides 1.8|exhaurides 1.4|ple absolut 2.0
pèrdua de temps -3.0|pèrdua de diners -3.0|llençar els diners -2.8|un robatori -2.8
un rotllo -2.0|un pal -2.0|vam marxar a la mitja part -2.8|vaig marxar a la mitja part -2.8
marxar a la mitja part -2.6|no se sentia res -2.6|no se sentia -2.4|no s'hi sentia -2.4
no es veia res -2.4|no es veia -2.2|massa car -2.2|massa cara -2.2|massa llarg -1.8
massa llarga -1.8|massa calor -1.6|massa fred -1.6|massa fort -1.6|res de l'altre món -1.6
sense més -1.4|no està malament 1.2|no estava malament 1.2|no val la pena -2.4
val la pena 2.4|paga la pena 2.4|no paga la pena -2.4|no ho recomano -2.4|no el recomano -2.4
cinc estrelles 2.6|5 estrelles 2.6|una estrella -2.4|1 estrella -2.4|a l'alçada 1.8
no va estar a l'alçada -2.2|no està a l'alçada -2.2|cues llarguíssimes -2.0
una hora d'espera -2.0|llarga cua -1.6|llargues cues -1.6
res a veure 1.0|cap dins 0.8|una altra cosa 2.0|sense paraules 2.6|ens ha deixat sense paraules 2.8
doncs no -1.8|no entenc l'hype -2.2|poques nous -1.8|molt soroll i poques nous -2.4
per educació -1.6|res més a dir -1.0|no es pot demanar més 2.8|quin luxe 2.4|quina pena -1.8
quina castanya -2.8|gràcies per res -2.6|molt bé tot -1.0|no contestaven -2.0|no contesten -2.0
sense entrades -1.6|ningú va demanar disculpes -2.4|no era la seva feina -2.2|en bucle 1.8
quina comèdia 2.4|ja vol tornar 2.4|vol tornar 2.0|missió complerta 2.4|quina direcció 2.2
menció especial 2.4|per fi 1.8|molt bé 1.8|qualitat-preu imbatible 2.8|no valen -1.6
mai més -2.6|no hi tornaré -2.6|no hi tornarem -2.6|visibilitat reduïda -1.8|m'han cobrat -1.2
de luxe 2.4|de deu 2.6|aneu-hi 2.4|cal veure-la 2.4|s'ha de veure 2.2|ple de gom a gom 1.8
em vaig morir de riure 2.6|morir de riure 2.4|ens vam avorrir -2.4|m'he avorrit -2.4
em vaig avorrir -2.4|em vaig adormir -2.0|es fa llarg -1.8|es fa llarga -1.8|es fa etern -2.2
es fa eterna -2.2|no funciona -1.8|no funcionava -1.8|mal organitzat -2.2|amb retard -1.6
un forn -2.0|mal so -2.2|una merda -2.8|no m'ha agradat -2.2|no ens ha agradat -2.2
no em va agradar -2.2|no m'ha convençut -2.0
el millor 2.8|la millor 2.8|els millors 2.8|les millors 2.8|bèstia escènica 2.6
"""

NEGATORS = "no mai res cap gens ni sense tampoc ningú"
BOOSTERS_UP = (
    "molt molta molts moltes tan realment super súper totalment absolutament extremadament"
    " increïblement summament completament especialment veritablement massa francament força"
)
BOOSTERS_DOWN = "poc poca una_mica bastant lleugerament gairebé"


@cache
def rules() -> LanguageRules:
    from spacy.lang.ca.stop_words import STOP_WORDS

    entries = {fold(k): v for k, v in group_entries("ca").items()}
    entries.update(parse_entries(WORDS))
    words, phrases = split_single(entries)
    phrases.update(parse_entries(PHRASES))
    lexicon: dict[str, float] = inflect_romance(words)
    lexicon.update(vader.emoji_valences())
    boosters = {w: vader.B_INCR for w in parse_words(BOOSTERS_UP)}
    boosters.update({w.replace("_", " "): vader.B_DECR for w in parse_words(BOOSTERS_DOWN)})
    return LanguageRules(
        lexicon=lexicon,
        phrases=build_phrases(phrases.items(), "ca"),
        boosters=boosters,
        negators=parse_words(NEGATORS),
        contrast=frozenset({"pero", "tanmateix"}),
        unnegatable=vader.emoticons() | frozenset(vader.emoji_valences()),
        sarcasm=frozenset({"/s", "#sarcasme", "#ironia", "🙃"}),
        negation_window=4,
        affix_negation=None,
        stop_words=frozenset(STOP_WORDS),
    )
