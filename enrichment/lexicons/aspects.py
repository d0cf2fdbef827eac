"""Touchpoint (aspect) terms per language, written for Foyer by its authors.

WEAK terms name the show only in passing ("after the show", "the Saturday show"): they tag
`performance` only when their clause carries sentiment.

One entry per line: `touchpoint: term | term | multi word term`. Terms are matched on folded
(lower-case, accent-free) tokens; a plain `s` plural is added automatically.
"""

from __future__ import annotations

TERMS: dict[str, str] = {
    "en": """
website: website | web site | site | online | booking system | booking page | app | checkout
  | check out page | e-ticket | eticket | e-tickets | login | log in | webpage | online queue
  | virtual queue | booking online | booked online | ticketmaster | seat map | basket
  | queue system | booking site | payment page
box_office: box office | box-office | phone line | phoned | on the phone | call centre | call center
  | on hold | booking line | ticket desk | refund | exchange | ticket office
price: price | prices | priced | overpriced | expensive | cheap | cost | costs | fee | fees
  | booking fee | value | money | affordable | pricey | £ | € | rip-off | ripoff | rip off
  | extortionate | worth every penny | waste of money | discount | dynamic pricing
  | concession | concessions | bargain | pay-what-you-can | pay what you can | membership
  | cheaper | overcharged | refund
parking_transport: parking | car park | carpark | parked | bus | buses | train | trains | tube
  | metro | tram | taxi | cab | station | traffic | bike | cycle | last train | transport
  | public transport | uber | shuttle
arrival: arrival | arrived | arriving | doors | doors opened | entrance | entry | ticket collection
  | collect tickets | collected our tickets | pick up | pick-up | pickup | cloakroom | security
  | bag check | bag search | foyer | lobby | latecomers | getting in | let in | queue to get in
staff: staff | usher | ushers | front of house | foh | volunteer | volunteers | steward
  | stewards | attendant | attendants | manager | employee | employees | bar staff
  | box office staff | front-of-house
seating: seat | seats | seating | seated | row | stalls | circle | dress circle | upper circle
  | balcony | gallery | view | sightline | sightlines | legroom | leg room | restricted view
  | obstructed view | pillar | chair | chairs | gods | grand tier | box seats | knees
sound: sound | sounded | acoustics | acoustic | mic | mics | microphone | microphones | audio
  | hear | heard | hearing | volume | too loud | inaudible | muffled | sound system
  | sound design | couldn't hear | could not hear | can't hear | sound mix | mix
bar_food: bar | bars | drink | drinks | wine | beer | cocktail | coffee | cafe | food | snack
  | snacks | ice cream | ice-cream | interval drinks | restaurant | menu | prosecco | gin
  | pre-show dinner | dinner | champagne | pint | sandwich | popcorn | sweets | kiosk
bathrooms: toilet | toilets | loo | loos | bathroom | bathrooms | restroom | restrooms
  | ladies | gents | ladies' loos | lavatory | lavatories | washroom | washrooms
accessibility: wheelchair | step-free | step free | captioned | captioning | captions
  | audio description | audio described | audio-described | relaxed performance | bsl
  | signed performance | sign language | hearing loop | induction loop | lift | elevator
  | ramp | accessible | accessibility | access performance | disabled | disability
  | mobility | touch tour | companion ticket | surtitles | surtitled
performance: show | performance | performances | cast | actor | actors | actress | acting
  | director | direction | directed | design | set | set design | costume | costumes
  | lighting | music | score | songs | song | choreography | dancers | dancing | singer
  | singers | singing | vocals | orchestra | band | play | production | script | plot
  | ensemble | lead | leads | staging | musical | opera | ballet | concert | story
  | writing | cast members | performers | performer | voice | voices | chorus | understudy
  | comedy | revival | second act | first act | act one | act two | finale | score
  | running time | dance | duet | number | opening number | panto | pantomime | choreographer
  | act | interval act | storyline | twist | jokes | gags | characters | character
  | monologue | lyrics | band | pianist | conductor | set changes | costumes | wigs
""",
    "fr": """
website: site | site web | site internet | en ligne | internet | application | appli
  | billetterie en ligne | réservation en ligne | e-billet | e-billets | paiement
  | file d'attente virtuelle | confirmation
box_office: guichet | billetterie | téléphone | au téléphone | standard | caisse
  | remboursement | échange | échanger | accueil billetterie
price: prix | tarif | tarifs | cher | chère | chers | chères | coût | frais | frais de dossier
  | hors de prix | abordable | euros | € | arnaque | rapport qualité-prix | rapport qualité prix
parking_transport: parking | stationnement | se garer | garer | métro | bus | navette | tram
  | tramway | trains | prendre le train | rer | tgv | taxi | transport | transports | gare
  | circulation | bouchons | vélo | covoiturage
arrival: arrivée | arrivés | entrée | portes | ouverture des portes | vestiaire | sécurité
  | fouille | hall | retrait des billets | retrait | contrôle des billets | file d'attente
  | contrôle | retardataires
staff: personnel | ouvreuse | ouvreuses | ouvreur | ouvreurs | hôtesse | hôtesses
  | placeur | placeurs | bénévoles | bénévole | employés | employé | agents | accueil | barman
  | serveur | serveuse
seating: siège | sièges | fauteuil | fauteuils | rang | rangée | balcon | corbeille
  | parterre | visibilité | vue | poteau | jambes | loge | mezzanine | placement | bancs
  | banc | chaises | gradins | dossier | coussin | places côte à côte
sound: le son | du son | un son | au son | sono | sonorisation | acoustique | micro | micros
  | entendre | entendu | entendait | volume | audible | inaudible
bar_food: bar | buvette | restaurant | resto | repas | nourriture | boissons | boisson | verre
  | vin | bière | café | cocktail | champagne | sandwich | snack | glace | glaces
  | restauration
bathrooms: toilettes | wc | sanitaires | lavabos
accessibility: accessibilité | accessible | fauteuil roulant | fauteuils roulants | pmr
  | audiodescription | audio-description | surtitres | surtitrage | sous-titres | lsf
  | langue des signes | rampe | ascenseur | handicap | handicapés | boucle magnétique
  | représentation adaptée | séance relax | sourds | malentendants | malvoyant | malvoyants
  | séances surtitrées | toilettes adaptées | visite tactile
performance: spectacle | pièce | mise en scène | comédiens | comédiennes | comédien
  | comédienne | acteurs | actrices | acteur | actrice | interprétation | jeu | chorégraphie
  | danseurs | danseuses | musique | chanteurs | chanteuse | chanteur | décor | décors
  | costumes | lumières | scénographie | texte | orchestre | troupe | distribution | opéra
  | ballet | concert | comédie musicale | représentation | interprètes | metteur en scène
  | mise-en-scène | livret | chansons | voix | dramaturgie | histoire | final | comédie
  | humour | burlesque | adaptation | seul-en-scène | chœur | choeur | rôle | rôles | acte
  | personnages | personnage | intrigue | blagues
""",
    "es": """
website: web | página web | pagina | página | online | en línea | internet | app | aplicación
  | compra online | venta online | plataforma | e-entrada | pasarela de pago
box_office: taquilla | taquillas | boletería | boleteria | teléfono | por teléfono
  | atención telefónica | devolución
  | reembolso | cambio de entradas | punto de venta
price: precio | precios | caro | cara | caras | caros | carísimo | carísimas | tarifa | tarifas
  | gastos de gestión | comisión | comisiones | euros | € | barato | barata | estafa
  | relación calidad-precio | relación calidad precio | abusivo | abusivos
parking_transport: aparcamiento | aparcar | parking | estacionamiento | estacionar | metro
  | autobús | bus | transporte | uber | camión
  | taxi | tren | cercanías | tráfico | estación | bici
arrival: llegada | llegamos | acceso | accesos | puertas | apertura de puertas | guardarropa
  | seguridad | control de entradas | vestíbulo | hall | recogida de entradas | entrar
  | recoger las entradas | puerta
staff: personal | acomodador | acomodadores | acomodadora | acomodadoras | trato | equipo
  | empleados | empleado | trabajadores | azafatas | azafata | voluntarios
seating: butaca | butacas | asiento | asientos | fila | platea | anfiteatro | palco | palcos
  | visibilidad | vista | columna | piernas | gallinero | sillas | gradas | cojín
sound: sonido | acústica | micrófono | micrófonos | micro | micros | oír | oía | oíamos
  | escuchar | escuchaba | volumen | se oía
bar_food: bar | cafetería | cafeteria | comida | bebida | bebidas | copa | copas | vino
  | cerveza | café | cóctel | restaurante | bocadillo | ambigú | palomitas
bathrooms: baño | baños | aseo | aseos | servicios | lavabo | lavabos
accessibility: accesibilidad | accesible | silla de ruedas | sillas de ruedas | movilidad reducida
  | audiodescripción | subtítulos | sobretítulos | subtitulado | lengua de signos | rampa
  | ascensor | discapacidad | bucle magnético | función relajada
performance: obra | función | espectáculo | montaje | dirección | director | directora
  | reparto | elenco | actores | actrices | actor | actriz | interpretación | coreografía
  | bailarines | bailarinas | música | escenografía | vestuario | iluminación | orquesta
  | texto | musical | ópera | ballet | concierto | canciones | voz | voces | cantantes
  | compañía | puesta en escena | dramaturgia | guion | guión | historia | final | comedia
  | protagonista | humor | chistes | coro | papel | acto | personajes | personaje | trama
""",
    "ca": """
website: web | pàgina web | pàgina | en línia | online | internet | app | aplicació
  | compra en línia | venda en línia | plataforma | passarel·la de pagament
box_office: taquilla | taquilles | telèfon | per telèfon | atenció telefònica | devolució
  | reemborsament | canvi d'entrades | punt de venda
price: preu | preus | car | cara | cars | cares | caríssim | caríssima | tarifa | tarifes
  | despeses de gestió | comissió | comissions | euros | € | barat | barata | estafa
  | relació qualitat-preu | relació qualitat preu | abusiu | abusius
parking_transport: aparcament | aparcar | pàrquing | parking | metro | autobús | bus | busos
  | transport | taxi | tren | rodalies | trànsit | estació | bici | bicing | tram | parada
arrival: arribada | arribar | accés | accessos | portes | obertura de portes | guarda-roba
  | guardarroba | seguretat | control d'entrades | vestíbul | recollida d'entrades | entrar
  | recollir les entrades | porta
staff: personal | acomodador | acomodadors | acomodadora | acomodadores | tracte | equip
  | treballadors | treballadores | empleats | voluntaris
seating: butaca | butaques | seient | seients | fila | platea | amfiteatre | llotja | llotges
  | visibilitat | vista | columna | cames | galliner | cadires | grades | coixí
sound: so | acústica | micròfon | micròfons | micro | micros | sentir | sentia | sentíem
  | escoltar | escoltava | volum | se sentia
bar_food: bar | cafeteria | menjar | beguda | begudes | copa | copes | vi | cervesa | cafè
  | còctel | restaurant | entrepà | crispetes
bathrooms: lavabo | lavabos | bany | banys | serveis | vàter | lavabos
accessibility: accessibilitat | accessible | cadira de rodes | cadires de rodes
  | mobilitat reduïda | audiodescripció | subtítols | sobretítols | subtitulat
  | llengua de signes | rampa | ascensor | discapacitat | bucle magnètic | funció relaxada
performance: obra | funció | espectacle | muntatge | direcció | director | directora
  | repartiment | actors | actrius | actor | actriu | interpretació | coreografia
  | ballarins | ballarines | música | escenografia | vestuari | il·luminació | orquestra
  | text | musical | òpera | ballet | concert | cançons | veu | veus | cantants | companyia
  | posada en escena | dramatúrgia | guió | història | final | comèdia | protagonista
  | humor | acudits | cor | paper | acte | personatges | personatge | trama
""",
}

WEAK = {
    "en": "show shows performance performances play production musical opera ballet concert",
    "fr": "spectacle pièce représentation opéra ballet concert comédie",
    "es": "obra función espectáculo musical ópera ballet concierto",
    "ca": "obra funció espectacle musical òpera ballet concert",
}
