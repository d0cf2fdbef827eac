"""Small per-language phrase banks that combine into varied social posts.

Placeholders: ``{show}`` (a title, alias, hashtag or handle) and ``{venue}`` (the venue's
name or handle). Clauses cover the touchpoints: the performance and cast, seating, sound,
bar, price, parking, box office, staff, website and accessibility.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bank:
    after: tuple[str, ...]  # openers written after seeing a show
    before: tuple[str, ...]  # anticipation, written before a performance
    praise: tuple[str, ...]
    gripes: tuple[str, ...]
    questions: tuple[str, ...]
    happy_endings: tuple[str, ...]
    sad_endings: tuple[str, ...]
    but: str
    venue_names: tuple[str, ...]


EN = Bank(
    after=(
        "Just saw {show} at {venue}",
        "Went to {show} last night",
        "{show} at {venue} tonight",
        "Finally caught {show}",
        "Saw {show} this afternoon with the kids",
        "Back from {show} at {venue}",
        "Second time at {show}",
    ),
    before=(
        "Can't wait for {show} at {venue} on Saturday",
        "Tickets booked for {show}!",
        "Counting the days until {show}",
        "Who else is going to {show} this week?",
    ),
    praise=(
        "the cast was incredible",
        "what a performance",
        "the lead actress was stunning",
        "the set design blew me away",
        "the music gave me goosebumps",
        "the ushers were so friendly",
        "great sightlines from the circle",
        "the sound was crystal clear",
        "the box office sorted our tickets in minutes",
        "the step-free access and hearing loop worked perfectly",
        "the bar had our interval drinks ready",
        "good value for the price",
        "the choreography was breathtaking",
        "the kids loved every minute",
        "the set is a work of art",
    ),
    gripes=(
        "the seats in the balcony are so cramped",
        "the bar queue at the interval took forever",
        "€55 for a restricted view is too much",
        "parking nearby is a nightmare",
        "the booking fee on the website is a joke",
        "we couldn't hear half the dialogue",
        "the second act dragged",
        "no lift to the circle, again",
        "the box office phone line never answers",
        "it was far too hot in the auditorium",
        "the toilets queue was endless",
        "the website crashed while I was paying",
        "the staff at the door were rude",
        "the show started 20 minutes late",
        "once again the bar ran out of ice",
    ),
    questions=(
        "Does anyone know if {show} has a relaxed performance?",
        "Is there parking near {venue}?",
        "Are there still tickets for {show} on Saturday?",
        "How long is {show}, with the interval?",
        "Is {show} suitable for a 7 year old?",
        "Does {venue} have wheelchair spaces in the stalls?",
        "Can I exchange my tickets for {show}? The box office isn't answering",
    ),
    happy_endings=(
        "Highly recommend!",
        "Go and see it.",
        "Bravo to the whole company 👏",
        "🎭❤️",
        "Best night out this year.",
        "#theatre",
        "Five stars from me ⭐⭐⭐⭐⭐",
        "Proof that live theatre still matters.",
    ),
    sad_endings=(
        "Not impressed.",
        "Never again.",
        "Really disappointing 😞",
        "Sort it out please.",
        "Such a shame.",
        "Expected better.",
    ),
    but=" but ",
    venue_names=("the Lyceum", "Lyceum Playhouse", "the Lyceum Playhouse"),
)

FR = Bank(
    after=(
        "Vu {show} hier soir au {venue}",
        "Sortie de {show} au {venue}",
        "On a enfin vu {show}",
        "{show} au {venue} ce soir",
        "Vu {show} cet après-midi avec les enfants",
    ),
    before=(
        "Vivement {show} samedi au {venue} !",
        "Places réservées pour {show} !",
        "Qui vient voir {show} cette semaine ?",
    ),
    praise=(
        "les comédiens étaient formidables",
        "quelle mise en scène",
        "les décors sont superbes",
        "la musique m'a donné des frissons",
        "l'accueil était très chaleureux",
        "on voyait parfaitement depuis le balcon",
        "le son était impeccable",
        "la billetterie a été très efficace",
        "l'accès PMR était parfait",
        "les enfants ont adoré",
        "la chorégraphie était magnifique",
        "bon rapport qualité-prix",
    ),
    gripes=(
        "les fauteuils du balcon sont vraiment inconfortables",
        "le bar était bondé à l'entracte",
        "55 € pour une place avec visibilité réduite, c'est trop",
        "impossible de se garer",
        "les frais de réservation en ligne sont abusifs",
        "on n'entendait pas la moitié du texte",
        "le deuxième acte était interminable",
        "toujours pas d'ascenseur pour le balcon",
        "la billetterie ne répond jamais au téléphone",
        "il faisait beaucoup trop chaud dans la salle",
        "le site a planté pendant le paiement",
        "le spectacle a commencé avec 20 minutes de retard",
    ),
    questions=(
        "Quelqu'un sait s'il y a une représentation adaptée pour {show} ?",
        "Où se garer près du {venue} ?",
        "Reste-t-il des places pour {show} samedi ?",
        "{show} convient-il à un enfant de 7 ans ?",
        "Le {venue} a-t-il des places pour fauteuil roulant ?",
    ),
    happy_endings=(
        "Je recommande !",
        "Bravo à toute la troupe 👏",
        "Un vrai coup de cœur ❤️",
        "Allez-y !",
        "#théâtre",
    ),
    sad_endings=("Très déçu.", "Dommage.", "Plus jamais.", "À revoir, vraiment 😞"),
    but=" mais ",
    venue_names=("Lyceum", "Lyceum Playhouse"),
)

CA = Bank(
    after=(
        "Ahir vam veure {show} al {venue}",
        "Acabem de sortir de {show}",
        "Per fi hem vist {show}",
        "{show} al {venue} aquesta nit",
        "Hem anat a {show} amb els nens",
    ),
    before=(
        "Quines ganes de veure {show} dissabte al {venue}!",
        "Entrades comprades per a {show}!",
        "Qui més va a {show} aquesta setmana?",
    ),
    praise=(
        "els actors estaven increïbles",
        "quina posada en escena",
        "l'escenografia és preciosa",
        "la música em va posar la pell de gallina",
        "el personal va ser molt amable",
        "es veia perfectament des de l'amfiteatre",
        "el so era perfecte",
        "la taquilla ens ho va resoldre de seguida",
        "l'accés adaptat funcionava molt bé",
        "els nens s'ho van passar d'allò més bé",
        "la coreografia era espectacular",
    ),
    gripes=(
        "els seients de l'amfiteatre són molt incòmodes",
        "la cua del bar era eterna",
        "55 € per una butaca amb visibilitat reduïda és massa",
        "és impossible aparcar a prop",
        "les despeses de gestió de la web són un abús",
        "no se sentia la meitat del text",
        "el segon acte se'ns va fer llarguíssim",
        "encara no hi ha ascensor a l'amfiteatre",
        "la taquilla no contesta mai el telèfon",
        "feia massa calor a la sala",
        "la funció va començar amb 20 minuts de retard",
    ),
    questions=(
        "Algú sap si hi ha funció relaxada de {show}?",
        "On es pot aparcar a prop del {venue}?",
        "Queden entrades per a {show} dissabte?",
        "{show} és adequat per a un nen de 7 anys?",
        "El {venue} té espais per a cadira de rodes?",
    ),
    happy_endings=(
        "Molt recomanable!",
        "Bravo a tota la companyia 👏",
        "Hi heu d'anar!",
        "#teatre",
        "Quina meravella ❤️",
    ),
    sad_endings=("Molt decebut.", "Una llàstima.", "No hi tornarem.", "Cal millorar-ho 😞"),
    but=" però ",
    venue_names=("Lyceum", "Lyceum Playhouse"),
)

ES = Bank(
    after=(
        "Anoche vimos {show} en el {venue}",
        "Acabamos de salir de {show}",
        "Por fin vimos {show}",
        "{show} en el {venue} esta noche",
        "Fuimos a {show} con los niños",
    ),
    before=(
        "¡Qué ganas de ver {show} el sábado en el {venue}!",
        "¡Entradas compradas para {show}!",
        "¿Quién más va a {show} esta semana?",
    ),
    praise=(
        "el elenco estuvo increíble",
        "qué puesta en escena",
        "la escenografía es preciosa",
        "la música me puso la piel de gallina",
        "el personal fue muy amable",
        "se veía perfectamente desde el anfiteatro",
        "el sonido era perfecto",
        "en taquilla nos lo solucionaron enseguida",
        "el acceso adaptado funcionó muy bien",
        "los niños disfrutaron muchísimo",
        "la coreografía era espectacular",
    ),
    gripes=(
        "las butacas del anfiteatro son muy incómodas",
        "la cola del bar era eterna",
        "55 € por una butaca con visibilidad reducida es demasiado",
        "es imposible aparcar cerca",
        "los gastos de gestión de la web son un abuso",
        "no se oía la mitad del texto",
        "el segundo acto se hizo larguísimo",
        "sigue sin haber ascensor al anfiteatro",
        "la taquilla nunca contesta el teléfono",
        "hacía demasiado calor en la sala",
        "la función empezó con 20 minutos de retraso",
    ),
    questions=(
        "¿Alguien sabe si hay función relajada de {show}?",
        "¿Dónde se puede aparcar cerca del {venue}?",
        "¿Quedan entradas para {show} el sábado?",
        "¿{show} es adecuado para un niño de 7 años?",
        "¿El {venue} tiene espacios para silla de ruedas?",
    ),
    happy_endings=(
        "¡Muy recomendable!",
        "¡Bravo a toda la compañía! 👏",
        "¡No os lo perdáis!",
        "#teatro",
        "Una maravilla ❤️",
    ),
    sad_endings=("Muy decepcionado.", "Una pena.", "No volveremos.", "Hay que mejorarlo 😞"),
    but=" pero ",
    venue_names=("Lyceum", "Lyceum Playhouse"),
)

BANKS = {"en": EN, "fr": FR, "ca": CA, "es": ES}
