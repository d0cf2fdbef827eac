"""Spanish rules. Word lists written for Foyer by its authors (valences on VADER's scale),
from everyday and audience Spanish (including colloquial "una pasada", "flipante", "un
rollo"); not derived from any third-party lexicon."""

from __future__ import annotations

from functools import cache

from enrichment.lexicons import vader
from enrichment.lexicons.general_romance import group_entries
from enrichment.lexicons.wordlists import inflect_romance, parse_entries, parse_words, split_single
from enrichment.rules import LanguageRules, build_phrases
from enrichment.tokens import fold

WORDS = """
bueno 1.8|buen 1.8|bien 1.6|bonito 2.0|precioso 2.8|maravilloso 3.0|magnífico 3.0|genial 2.8
excelente 3.0|estupendo 2.8|fantástico 3.0|increíble 2.8|extraordinario 3.0|espectacular 3.0
brillante 2.8|sublime 3.0|perfecto 2.9|impresionante 2.8|emocionante 2.6|conmovedor 2.4
conmovedora 2.4|divertido 2.2|divertidísimo 2.8|gracioso 1.8|hilarante 2.6|cautivador 2.6
cautivadora 2.6|inolvidable 2.8|recomendable 2.2|recomiendo 2.4|recomendado 2.2|encantado 2.4
encantó 2.8|encanta 2.6|encantador 2.4|encantadora 2.4|gustó 2.0|gusta 1.8|disfrutamos 2.4
disfruté 2.4|disfrutar 1.8|disfrutado 2.4|amable 2.0|amables 2.0|simpático 1.8|atento 1.8
atentos 1.8|agradable 2.0|cómodo 2.0|cómodos 2.0|rápido 1.0|eficaz 1.6|eficiente 1.6
bravo 2.8|gracias 1.6|ovación 2.6|aplausos 1.6|emoción 1.8|emociones 1.8|lágrimas 0.6
lloré 0.8|llorar 0.4|llorando 0.6|reír 1.6|reímos 2.0|reí 1.8|risas 1.8|piel 0.0
magia 2.4|mágico 2.6|joya 2.6|obra maestra 3.2|maravilla 3.0|pasada 2.6|flipante 2.6
brutal 2.0|top 2.4|súper 2.4|chulo 2.0|guay 2.0|feliz 2.4|felices 2.4|contento 2.0
alegría 2.6|placer 2.4|deslumbrante 2.8|sobresaliente 2.8|potente 2.0|intenso 1.4
original 1.6|ingenioso 2.0|delicioso 2.4|acogedor 2.0|acogedora 2.0|puntual 1.2
malo -2.2|mal -1.8|mala -2.2|pésimo -3.0|pésima -3.0|horrible -3.0|terrible -2.8
fatal -2.6|desastre -2.8|desastroso -2.8|decepcionante -2.4|decepción -2.4|decepcionado -2.4
decepcionada -2.4|aburrido -2.2|aburrida -2.2|aburrimiento -2.2|aburrí -2.0|tedioso -2.2
pesado -1.6|pesada -1.6|lento -1.2|lenta -1.2|largo -0.4|larguísimo -1.8|eterno -1.6
eterna -1.6|flojo -1.8|floja -1.8|mediocre -2.2|soso -1.6|sosa -1.6|caro -1.4|cara -1.0
carísimo -2.4|carísima -2.4|abusivo -2.4|abusivos -2.4|estafa -2.8|timo -2.8|vergüenza -2.4
vergonzoso -2.6|inaceptable -2.8|lamentable -2.8|maleducado -2.4|maleducada -2.4
borde -1.8|bordes -1.8|grosero -2.4|grosera -2.4|antipático -2.2|antipática -2.2
desagradable -2.2|incómodo -2.0|incómoda -2.0|incómodas -2.0|incómodos -2.0|estrecho -1.4
estrechos -1.4|sucio -2.2|sucia -2.2|sucios -2.2|asqueroso -2.6|ruidoso -1.4|frío -1.0
caos -2.0|caótico -1.8|problema -1.4|problemas -1.4|retraso -1.4|cancelado -1.6
cancelada -1.6|cancelación -1.6|colgado -1.0|caída -1.2|error -1.4|errores -1.4|lástima -1.4
pena -1.2|triste -1.2|peor -2.6|fracaso -2.6|insoportable -2.6|ininteligible -2.0
inaudible -2.2|molesto -1.8|molesta -1.8|cutre -2.2|rollo -1.6|meh -1.2|bodrio -2.8
espera -0.6|colas -0.8|cola -0.6|indignante -2.8|indignado -2.4|indignada -2.4|nefasto -2.8
enamora 2.6|enganchado 2.0|enganchada 2.0|recomendable 2.4|sólido 1.8|sólidos 1.8|gracia 1.6
despliegue 1.4|envidiar 0|imposible -1.6|cerrada -1.0|cerrado -1.0|cayó -1.4|cayo -1.4
agotado 0.6|caos -2.2|cringe -2.2|inquietante 1.2|bellísima 3.0|bellísimo 3.0|fenomenal 2.8
cumplido 1.6|engañar -2.2|engaño -2.4|colgaron -2.0|altísimo -1.2|llorando -0.2|perdí -1.4
rotas -1.8|rotos -1.8|roto -1.8|rota -1.8|saturan -1.8|molestaras -1.4|eco -1.0|emoción 2.0
mágica 2.6|mágico 2.6|pedazo 1.8|joyita 2.8|crack 2.4|ídolo 2.4|ídolos 2.4|genio 2.4
genios 2.4|talento 2.2|talentoso 2.4|impecable 2.8|impecables 2.8|facilísimo 2.2|fácil 1.4
rápida 1.0|rapidísimo 1.6|amable 2.2|amabilísimo 2.6|maleducados -2.4|ignoraron -2.0
nadie -0.8|tarde -0.6|esperando -0.8|vueltas -0.6|equivocada -1.4|equivocado -1.4
cobraron -1.0|estafan -2.8|abuso -2.4|vergüenza -2.6|ruido -1.4|frío -1.0|calor -1.0
agobio -2.0|agobiante -2.0|pesadilla -2.8|horroroso -2.8|horrorosa -2.8|desastre -2.8
aburridísimo -2.8|aburridísima -2.8|flojita -1.4|sobrevalorado -2.2|sobrevalorada -2.2
maravillosa 3.0|brutal 2.2|flipando 2.2|flipé 2.2|alucinante 2.8|alucinado 2.4|alucinada 2.4
emocionada 2.4|emocionado 2.4|necesaria 1.8|necesario 1.8|luz 0.5|delicia 2.8|lujo 2.0
chulísimo 2.6|chulísima 2.6|mola 2.2|molón 2.2|molona 2.2|recomendadísimo 2.8
recomendadísima 2.8|obligatorio 1.8|perfección 2.8|magistralmente 2.6|maravillosamente 2.6
genialmente 2.6|estupendamente 2.4|perfectamente 2.2|rollazo -2.4|tostón -2.4|coñazo -2.6
peñazo -2.4|petardo -2.2|truño -2.6|basura -2.8|mierda -2.8|sacacuartos -2.4
desorganización -2.2|asfixiante -2.0|acoples -1.8|acople -1.8|pitidos -1.6
reverberación -1.2|seco -0.8|seca -0.8|aburridísimo -2.8|soporífero -2.4|soporífera -2.4
padrísimo 2.8|padrísima 2.8|chido 2.2|chida 2.2|chidísimo 2.8|bacán 2.4|bacanísimo 2.8
chévere 2.4|buenazo 2.4|buenaza 2.4|copado 2.2|copada 2.2|piola 1.8|groso 2.4|grosso 2.4
chimba 2.2|porquería -2.8|malísimo -2.8|malísima -2.8|fome -2.0|aburridor -2.2|embole -2.2
mejor 2.0|mejores 2.0|sonrisa 1.6|sonrisas 1.6|ganas 0.8|energía 1.4|barato 1.0|barata 1.0
"""

PHRASES = """
una pasada 2.8|me encantó 2.8|me ha encantado 2.8|me gustó 2.0|me ha gustado 2.0
obra maestra 3.2|de pie 1.4|en pie 1.4|público en pie 2.8|ovación en pie 3.0
piel de gallina 2.6|se me puso la piel de gallina 2.8|no te la pierdas 2.6|no os la perdáis 2.6
imprescindible 2.6|muy recomendable 2.6|entradas agotadas 1.8|agotadas 1.4|lleno absoluto 2.0
pérdida de tiempo -3.0|pérdida de dinero -3.0|tirar el dinero -2.8|un robo -2.8|un rollo -2.0
nos fuimos en el descanso -2.8|me fui en el descanso -2.8|salimos en el descanso -2.8
no se oía nada -2.6|no se oía -2.4|no se escuchaba -2.4|no se veía nada -2.4|no se veía -2.2
demasiado caro -2.2|demasiado cara -2.2|demasiado largo -1.8|demasiado larga -1.8
demasiado alto -1.4|demasiado calor -1.6|demasiado frío -1.6|nada del otro mundo -1.6
sin más -1.4|no está mal 1.2|no estuvo mal 1.2|no es para tanto -1.6|no merece la pena -2.4
merece la pena 2.4|vale la pena 2.4|no vale la pena -2.4|no lo recomiendo -2.4
no recomiendo -2.4|cinco estrellas 2.6|5 estrellas 2.6|una estrella -2.4|1 estrella -2.4
a la altura 1.8|no estuvo a la altura -2.2|no está a la altura -2.2|colas larguísimas -2.0
larga cola -1.6|largas colas -1.6|una hora de espera -2.0
así sí 2.0|sin comentarios -1.8|no me llega -2.0|cero emoción -2.4|no hay nada -1.6
nada detrás -2.0|no se entendía nada -2.6|no se entendía -2.4|no vuelvo -2.6|no volveré -2.6
nunca más -2.6|nunca contestaron -2.4|nadie contesta -2.2|no contestan -2.2|eso no se hace -2.2
nada como 2.0|no digo más 1.8|me persigue 1.4|sueño cumplido 2.8|disfrutando como 2.6
se merece todo 2.6|se merece 1.8|pedazo de obra 3.0|pedazo de 1.8|qué ritmo 2.2|qué gracia 2.0
no tiene nada que envidiar 2.6|siempre igual -1.8|muy recomendable 2.6|sin más -1.0
correcto, sin más -0.5|una hora esperando -2.2|ya es tradición -1.0|qué sorpresa -0.8
me he enganchado 2.4|vale cada euro 2.8|cada euro 1.8|de diez 2.6|un diez 2.6|de 10 2.6
ojalá 1.2|mejor plan 2.4|me encanta 2.6|me ha encantado 2.8|me encantó 2.8
de lujo 2.4|no os lo perdáis 2.6|no te lo pierdas 2.6|hay que verla 2.4|id a verla 2.4
me partí de risa 2.6|muerto de risa 2.4|muerta de risa 2.4|lloré de risa 2.6
se me saltaron las lágrimas 2.0|sin palabras 2.4|me dejó sin palabras 2.6|nos aburrimos -2.4
me aburrí -2.4|me dormí -2.0|se hace largo -1.8|se hace larga -1.8|se hizo larga -1.8
se hizo largo -1.8|se hace eterna -2.2|se hace eterno -2.2|no aporta -1.6|no funciona -1.8
no funcionaba -1.8|mal organizado -2.2|con retraso -1.6|un horno -2.0|mal sonido -2.2
nadie contestaba -2.2|no me gustó -2.2|no nos gustó -2.2|no me convenció -2.0
una masa 2.4|de pelos 2.4|la rompió 2.6|la rompieron 2.6|la rompe 2.6|se lució 2.4
se lucieron 2.4|qué chimba 2.6|una porquería -2.8|una lata -1.8|un embole -2.2|mala onda -2.0
buena onda 2.0|qué onda 0
el mejor 2.8|la mejor 2.8|lo mejor 2.6|los mejores 2.8|las mejores 2.8|con ganas de volver 2.4
"""

NEGATORS = "no nunca jamás nada ni sin tampoco ningún ninguno ninguna nadie"
BOOSTERS_UP = (
    "muy tan realmente super súper totalmente absolutamente extremadamente increíblemente"
    " sumamente completamente especialmente verdaderamente demasiado francamente tremendamente"
    " re requete"
)
BOOSTERS_DOWN = "poco algo bastante ligeramente casi un_poco medio"


@cache
def rules() -> LanguageRules:
    from spacy.lang.es.stop_words import STOP_WORDS

    entries = {fold(k): v for k, v in group_entries("es").items()}
    entries.update(parse_entries(WORDS))
    words, phrases = split_single(entries)
    phrases.update(parse_entries(PHRASES))
    lexicon: dict[str, float] = inflect_romance(words)
    lexicon.update(vader.emoji_valences())
    boosters = {w: vader.B_INCR for w in parse_words(BOOSTERS_UP)}
    boosters.update({w.replace("_", " "): vader.B_DECR for w in parse_words(BOOSTERS_DOWN)})
    return LanguageRules(
        lexicon=lexicon,
        phrases=build_phrases(phrases.items(), "es"),
        boosters=boosters,
        negators=parse_words(NEGATORS),
        contrast=frozenset({"pero", "aunque"}),
        unnegatable=vader.emoticons() | frozenset(vader.emoji_valences()),
        sarcasm=frozenset({"/s", "#sarcasmo", "#ironía", "#ironia", "🙃"}),
        negation_window=4,
        affix_negation=None,
        stop_words=frozenset(STOP_WORDS),
    )
