"""French rules. Word lists written for Foyer by its authors (valences on VADER's scale),
from everyday and audience French (including colloquial "pas terrible", "une claque",
"c'était top"); not derived from any third-party lexicon."""

from __future__ import annotations

from functools import cache

from enrichment.lexicons import vader
from enrichment.lexicons.general_romance import group_entries
from enrichment.lexicons.wordlists import inflect_romance, parse_entries, parse_words, split_single
from enrichment.rules import LanguageRules, build_phrases
from enrichment.tokens import fold

WORDS = """
bon 1.8|bien 1.6|beau 2.0|belle 2.0|superbe 3.0|magnifique 3.0|génial 3.0|geniale 3.0
excellent 3.0|formidable 2.8|merveilleux 3.0|merveilleuse 3.0|sublime 3.0|somptueux 2.8
fabuleux 2.9|fabuleuse 2.9|incroyable 2.8|extraordinaire 3.0|exceptionnel 3.0|parfait 2.9
émouvant 2.4|émouvante 2.4|bouleversant 2.6|bouleversante 2.6|poignant 2.2|touchant 2.2
drôle 2.0|hilarant 2.6|hilarante 2.6|captivant 2.6|captivante 2.6|passionnant 2.5
passionnante 2.5|brillant 2.8|brillante 2.8|magistral 3.0|magistrale 3.0|époustouflant 3.0
époustouflante 3.0|bluffant 2.6|bluffante 2.6|envoûtant 2.6|envoûtante 2.6|inoubliable 2.8
réussi 2.2|réussie 2.2|splendide 3.0|charmant 2.2|charmante 2.2|sympa 1.8|sympathique 1.8
agréable 2.0|chaleureux 2.2|chaleureuse 2.2|accueillant 2.2|accueillante 2.2|aimable 2.0
souriant 1.8|souriante 1.8|serviable 2.0|efficace 1.6|rapide 1.0|confortable 2.0
pratique 1.2|top 2.4|super 2.4|génialissime 3.2|chef-d'oeuvre 3.2|chef-d'œuvre 3.2
chef-d'œuvre 3.2|bravo 2.8|merci 1.6|adoré 2.8|adore 2.6|aimé 2.2|aime 2.0|plu 2.0
recommande 2.2|conseille 2.0|régal 2.8|bijou 2.6|pépite 2.6|claque 2.0|frissons 2.2
ovation 2.6|rire 1.6|ri 1.6|ris 1.4|pleuré 0.8|larmes 0.6|émotion 1.8|émotions 1.8
bonheur 2.8|plaisir 2.4|joie 2.6|enchanté 2.4|ravi 2.6|ravie 2.6|ravis 2.6|content 2.0
contente 2.0|heureux 2.4|heureuse 2.4|magique 2.8|intense 1.4|puissant 2.0|puissante 2.0
inventif 2.0|inventive 2.0|original 1.6|originale 1.6|drôlissime 2.8
mauvais -2.2|mauvaise -2.2|mal -1.8|nul -2.6|nulle -2.6|nuls -2.6|nulles -2.6
horrible -3.0|affreux -2.8|affreuse -2.8|catastrophique -3.0|catastrophe -2.8|décevant -2.4
décevante -2.4|déçu -2.4|déçue -2.4|déçus -2.4|déçues -2.4|déception -2.4|ennuyeux -2.2
ennuyeuse -2.2|ennui -2.0|ennuyé -1.8|ennuyée -1.8|long -0.4|longuet -1.6|longuette -1.6
interminable -2.2|lent -1.2|lente -1.2|lourd -1.4|lourde -1.4|plat -1.2|fade -1.6
médiocre -2.2|raté -2.4|ratée -2.4|bâclé -2.4|bâclée -2.4|cher -1.4|chère -1.4|chers -1.4
chères -1.4|hors de prix -2.6|arnaque -2.8|scandaleux -2.8|scandaleuse -2.8|honteux -2.6
honteuse -2.6|inadmissible -2.8|inacceptable -2.8|désagréable -2.2|impoli -2.2|impolie -2.2
désagréables -2.2|agressif -2.2|agressive -2.2|méprisant -2.4|méprisante -2.4|froid -1.0
froide -1.0|glacial -1.6|bruyant -1.4|bruyante -1.4|inaudible -2.2|incompréhensible -2.0
inconfortable -2.0|étroit -1.4|étroite -1.4|étroits -1.4|serré -1.0|serrés -1.0
bondé -1.2|bondée -1.2|sale -2.2|sales -2.2|dégoûtant -2.6|attente -0.8|retard -1.4
annulé -1.6|annulée -1.6|annulation -1.6|bug -1.6|bugue -1.8|planté -1.6|galère -2.0
chaos -2.0|bazar -1.6|problème -1.4|problèmes -1.4|pénible -2.0|insupportable -2.6
dommage -1.4|regret -1.6|regrette -1.6|hélas -1.2|bof -1.4|mouais -1.2|moyen -1.0
moyenne -1.0|prétentieux -1.6|prétentieuse -1.6|caricatural -1.4|soporifique -2.4
gâché -2.2|gâchée -2.2|pire -2.6|perte -1.6|triste -1.2|nulissime -2.8|horreur -2.6
déplorable -2.8|lamentable -2.8|minable -2.6|honte -2.4|incompétent -2.4
dingue 2.0|dingo 1.6|foncez 2.4|fonce 2.0|chapeau 2.4|adorable 2.6|propre 1.4|propres 1.4
mérité 2.0|méritée 2.0|délice 2.8|délicieux 2.6|gênant -1.8|gênante -1.8|surcoté -2.2
surfait -2.2|surfaite -2.2|panne -1.8|impossible -1.6|séparés -1.2|grésillait -2.0
grésille -2.0|perdu -1.4|perdue -1.4|pâle -1.4|tiguidou 2.6|malade 0|écoeurant 2.4
écœurant 2.4|plate -1.8|bide -2.6|tuerie 2.8|pépite 2.6|merveille 2.8|merveilles 2.8
régalé 2.6|régalés 2.6|facile 1.4|fluide 1.6|impeccable 2.8|impeccables 2.8|irréprochable 2.8
génialissime 3.0|ennuyant -2.2|épuisant -1.6|assommant -2.2|décousu -1.8|bancal -1.6
inutile -1.8|cassé -1.8|cassée -1.8|fermé -1.0|fermée -1.0|refusé -1.8|ignoré -1.8
injoignable -2.2|insultant -2.6|arrogant -2.2|bravo 2.8|bravos 2.8
hâte 1.6|vivement 1.4|merci 1.8|mercis 1.8|accueil 0.4|génie 2.4|talent 2.2|talentueux 2.6
talentueuse 2.6|inspirant 2.4|inspirante 2.4|intelligent 2.0|intelligente 2.0|nécessaire 1.6
rare 0.8|luxe 1.8|fou 1.4|folle 1.4|ouf 1.4|énorme 2.0|incroyables 2.8|lumineux 2.2
lumineuse 2.2|drôlement 1.0|pleurer 0.6|pleuré 0.8|ému 2.2|émue 2.2|émus 2.2|frisson 2.0
chouette 2.2|extra 2.0|canon 1.8|kif 2.0|topissime 2.8|envoûté 2.4|scotché 2.4|soufflé 2.2
époustouflé 2.6|émerveillé 2.6|sublimissime 3.0|incontournable 2.6|immanquable 2.6
bravissimo 2.8|perfection 2.8|parfaitement 2.4|magnifiquement 2.6|superbement 2.6
brillamment 2.6|admirablement 2.6|admirable 2.8|naze -2.2|pourri -2.6|longueurs -1.6
inintéressant -2.2|imbitable -2.4|hermétique -1.6|désorganisé -2.2|bordel -2.2|foutoir -2.2
queue -0.6|poireauter -1.8|poireauté -1.8|remboursement -0.5|répondeur -1.0|raccroché -1.8
malpoli -2.2|hautain -2.0|crade -2.4|dégueulasse -2.8|étouffant -1.8|saturé -1.8|larsen -1.8
dormi -1.8|endormie -1.8|bâillé -1.6|consternant -2.6|affligeant -2.8|médiocrité -2.4
capoté 2.4|quétaine -1.8
meilleur 2.2|meilleure 2.2|meilleurs 2.2|meilleures 2.2|énergie 1.4|calme 0.6|sourire 1.6
"""

PHRASES = """
pas terrible -1.6|pas top -1.6|pas mal 1.2|pas génial -1.6|pas fou -1.2|c'est top 2.4
une claque 2.6|coup de coeur 2.8|coup de cœur 2.8|à voir absolument 2.8|à ne pas manquer 2.6
chef d'oeuvre 3.2|chef d'œuvre 3.2|standing ovation 3.0|debout 1.2|salle debout 2.8
tonnerre d'applaudissements 3.0|a cartonné 2.4|cartonne 2.2|complet 1.2|guichets fermés 1.8
perte de temps -3.0|perte d'argent -3.0|du vol -2.6|partis à l'entracte -2.8
parti à l'entracte -2.8|partie à l'entracte -2.8|quitté la salle -2.6|n'entendait rien -2.6
entendait rien -2.6|on n'entendait -2.2|voyait rien -2.4|on ne voyait -2.2|ne voyait rien -2.4
trop cher -2.2|trop chère -2.2|trop long -1.8|trop longue -1.8|trop fort -1.6|trop chaud -1.6
trop froid -1.6|file d'attente -0.8|une heure d'attente -2.0|à éviter -2.6|passez votre chemin -2.6
je recommande 2.4|je conseille 2.2|je ne recommande pas -2.4|rien à redire 2.4
rien de spécial -1.6|sans plus -1.4|sans intérêt -2.2|pas à la hauteur -2.2|à la hauteur 1.8
vaut le détour 2.6|vaut le coup 2.4|ça vaut le coup 2.4|mérite le détour 2.6
cinq étoiles 2.6|5 étoiles 2.6|une étoile -2.4|1 étoile -2.4
à couper le souffle 3.0|sans voix 2.4|pas pour moi -1.8|rien ressenti -2.0|allez-y 2.0
les yeux fermés 2.0|merci bien -1.2|ah ben super -2.0|pas vu le temps passer 2.6
pas vu passer 2.4|on n'a pas vu 0|en panne -2.2|cousue de fil blanc -2.0|en roue libre -1.8
2/5 -1.6|1/5 -2.4|4/5 2.0|5/5 2.6|3/5 0.2|quelle affaire 1.8|ça change tout 2.0|rien à dire 1.6
tout le monde en parle 1.0|c'est mérité 2.4|autant d'effet 2.0|aucune info -1.8|personne pour -1.6
on s'est ennuyés -2.4|je me suis ennuyé -2.4|je me suis ennuyée -2.4|plus jamais -2.6
jamais plus -2.6|n'importe quoi -2.0|vaut pas le coup -2.4|ne vaut pas -2.2|à fuir -2.8
trop bien 2.6|pleurer de rire 2.6|pleuré de rire 2.6|mort de rire 2.4|morte de rire 2.4
rire aux éclats 2.6|à voir 2.0|chapeau bas 2.6|salle comble 1.6|coup de maître 2.8
bravo à 2.6|on s'ennuie -2.4|on s'est ennuyé -2.4|des longueurs -1.8|sans âme -2.0
prise de tête -1.8|mal organisé -2.2|en retard -1.6|on étouffait -2.0|couverts par -1.4
couverte par -1.4|mal placé -1.8|mal placés -1.8|rien vu -2.2|on ne voyait rien -2.4
pas remboursé -2.2|jamais remboursé -2.4|personne ne répond -2.2|ça ne marche pas -1.8
ne marche pas -1.8|ne fonctionne pas -1.8|pas à la hauteur -2.2|pas terrible du tout -2.2
c'était malade 2.6|trop malade 2.4|pas pire 1.6|j'ai capoté 2.6|ben bon 2.4|full bon 2.4
le meilleur 2.8|la meilleure 2.8|les meilleurs 2.8|les meilleures 2.8|on y retourne 2.2
"""

NEGATORS = "ne n' pas jamais rien aucun aucune ni sans guère personne nullement point"
BOOSTERS_UP = (
    "très trop vraiment tellement si super hyper extrêmement absolument totalement complètement"
    " particulièrement vachement carrément franchement incroyablement profondément hautement"
    " follement terriblement énormément"
)
BOOSTERS_DOWN = "peu assez plutôt légèrement moyennement presque un_peu"
CONTRAST = "mais cependant pourtant toutefois néanmoins"


@cache
def rules() -> LanguageRules:
    from spacy.lang.fr.stop_words import STOP_WORDS

    entries = {fold(k): v for k, v in group_entries("fr").items()}
    entries.update(parse_entries(WORDS))
    words, phrases = split_single(entries)
    phrases.update(parse_entries(PHRASES))
    lexicon: dict[str, float] = inflect_romance(words)
    lexicon.update(vader.emoji_valences())
    boosters = {w: vader.B_INCR for w in parse_words(BOOSTERS_UP)}
    boosters.update({w.replace("_", " "): vader.B_DECR for w in parse_words(BOOSTERS_DOWN)})
    return LanguageRules(
        lexicon=lexicon,
        phrases=build_phrases(phrases.items(), "fr"),
        boosters=boosters,
        negators=parse_words(NEGATORS),
        contrast=parse_words(CONTRAST),
        unnegatable=vader.emoticons() | frozenset(vader.emoji_valences()),
        sarcasm=frozenset({"/s", "#sarcasme", "#ironie", "🙃"}),
        negation_window=4,
        affix_negation=None,
        stop_words=frozenset(STOP_WORDS),
    )
