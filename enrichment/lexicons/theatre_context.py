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
abonament abono abonnement season_ticket bailarina bailarinas ballarina ballarines
ballerina characters personnages personajes personatges
in_english en_anglais en_ingles en_angles version_anglaise version_originale
en_version en_vo in_london a_londres en_londres
in_catalan in_spanish in_french in_german en_catala en_catalan en_castella en_castellano
en_frances en_francais en_espagnol en_catalan
sold_out complet agotado agotadas esgotat esgotades tix
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
façon estilo estil
"""

# Nouns that, after a title and "the"/"le"/"el", say it names another work or thing:
# "Chicago the band", "Cats the film", "Les Misérables le roman".
OTHER_LABELS = """
band group film movie novel book song album film série roman livre película peli novela
libro canción grupo pel·lícula novel·la llibre cançó
"""

# Verbs of saying after a title and a comma: the words are quoted, not the show named
# ("La vida es sueño, decía Calderón").
SAYING = """
said says say decía dijo dice decían dicen disait dit disent deia diu deien diuen
"""

# Leaving a place, right before "of"/"de" and a title: an outing ("walked out of COMPANY",
# "salimos de Once", "on est sortis de Cats").
LEAVING = """
out salimos sali salí saliendo salir sortis sortie sorties sortant sortir sortint sortim
sortíem
"""

# Titles that are also places: leaving them ("salimos de Chicago") is a journey.
PLACE_TITLES = """
chicago
"""

# Parts of a work, before "of"/"de" and a capitalised title: the show's ("the ending of Rent",
# "le final de Cats", "el argumento de Once").
WORK_PARTS = """
ending plot finale storyline lyrics soundtrack songs staging choreography libretto
final fin intrigue argumento argument trama desenlace letra letras banda_sonora
"""

# Words of other domains that, near a title, say "not the show" ("the Chicago film").
OTHER_DOMAINS = """
film movie netflix telly tv documentary series episode novel reading relis museum musée museu
museo gallery exhibition expo exposició exposición exposition flight vuelo airport aeropuerto
deco déco diaries diary novelist biography essays films peli pelis
copy prose paperback reading llegint leyendo lisant bbc itv channel recording
vinyl
"""

# Other media and ordinary uses of a work: broadcast, recorded, filmed, read or studied
# ("The 39 Steps on BBC Four", "Rite of Spring on Radio 3", "je relis Cyrano pour le bac",
# "Romeo and Juliet for GCSE English"). Anywhere in a post with no stage frame (`STAGE_FRAME`),
# the title names that other medium's work, not the show.
MEDIA = """
radio ràdio podcast podcasts spotify recording recordings album albums vinyl cd
tv telly television télé tele tv3 bbc itv iplayer channel chaîne canal netflix streaming
film movie película peli pel·lícula série serie sèrie episode épisode episodio episodi
documentary documentaire documental novel roman novela novel·la audiobook kindle paperback
reading reread rereading relis relire relu lire lis lisant leer leyendo releyendo llegir
llegint rellegint llegeixo lei llegi exam exams examen examens gcse gcses a-level a-levels revision
revising bac selectivitat selectividad ebau evau syllabus dissertation commentaire
comentario comentari chapter chapitre capítulo capítol pages bookclub bedtime film4
read lit llegeix llegit leido leemos itv itv2 homework devoirs deberes deures disney
livre livres libro libros llibre llibres pleiade poche
"""

# A theatre or attendance frame: words that, anywhere in a post, say the author went to (or
# is going to) a staging, whatever else the post mentions ("tickets", "the cast", "interval").
STAGE_FRAME = """
theatre theater théâtre teatro teatre stage tickets ticket billets billet entradas entrades
cast reparto repartiment elenco interval entracte descanso mitja_part curtain curtain_call
matinee seats stalls butacas butaques usher foyer ovation ovació ovación bows surtitles
surtitres sobretítulos sobretítols escenario escenari row fila rang booked booking réservé
reservat reservado dress_circle front_row troupe
school_trip class classe clase students pupils élèves alumnes alumnos trip sortida excursió
excursion excursión salida institut instituto montaje muntatge mise_en_scène
went_last_night saw_it_last_night went_tonight fuimos_anoche vam_anar_ahir on_y_était_hier
en_directe en_directo en_vivo live_on_stage cast_recording cast_album
"""

# Hedges that make what follows a comparison, not the show ("our house was basically Bernarda
# Alba", "en plan La casa de Bernarda Alba", "com si fos Terra baixa").
HEDGES = """
basically literally practically pretty_much totally literalmente literalment
prácticamente pràcticament carrément littéralement pratiquement en_plan rollo tipo fos fuera
fuese fût était_comme
"""

# A household, a workplace or a class as the subject of "was"/"era"/"c'était" before a title:
# the title describes it ("En casa de mi abuela era La casa de Bernarda Alba").
HOUSEHOLD = """
house home flat household family office school classroom casa hogar familia oficina piso
maison chez famille bureau appart appartement pis família feina classe clase
"""

# Words a catalogue title may share with everyday language (the examples and kin);
# such titles need theatre context even when capitalised at the start of a sentence.
COMMON_TITLE_WORDS = """
company chicago cats rent proof art once wicked hair cabaret grease ghost fame six
frozen follies betrayal cascanueces nutcracker trencanous misérables miserables
"""


# Verbs that, right after a title, make it the subject of a sentence ("Proof was well acted").
COPULAS = """
is was isn't wasn't 's has hasn't est etait c'etait a_ete es fue era ha_sido esta estaba
es era ha_estat va_ser esta
"""

# Going somewhere, right before "to" and a title: an outing ("took my mum to Company").
GOING = """
took taking take went going go off heading brought bringing dragged treated treating treat treats
coming come
"""

# When, right after a title: going to the show ("Art ce soir", "Company last night").
OUTINGS = """
tonight last_night this_evening this_afternoon yesterday ce_soir hier_soir cet_apres-midi
anoche esta_noche ayer esta_tarde aquesta_nit ahir aquesta_tarda last_week
tickets entradas entrades billets en_famille en_familia en_família
el_sabado el_domingo el_viernes el_dissabte el_diumenge el_divendres samedi dimanche
vendredi on_saturday on_sunday on_friday this_saturday this_sunday this_friday
"""

# Going to a show, right after its title (past a copula): an attendance frame that names the
# show even in lower case ("cyrano ce soir", "gruffalo was sold out", "mort d'un viatjant
# avui", "Company tix for sat", "inspector calls school trip").
ATTENDANCE = """
tonight last_night this_evening this_afternoon yesterday today ce_soir hier_soir
aujourd'hui anoche esta_noche ayer hoy aquesta_nit ahir avui aquesta_tarda
tix tickets entradas entrades billets sold_out complet complete agotado agotadas
esgotat esgotades school_trip sortida excursio excursion salida matinee
en_famille en_familia en_família
el_sabado el_domingo el_viernes el_dissabte el_diumenge el_divendres samedi dimanche
vendredi on_saturday on_sunday on_friday this_saturday this_sunday this_friday
"""

# Who went along, after "with"/"amb"/"con"/"avec" right after a title: an outing to the show
# ("Hamlet with the kids", "Cyrano amb els alumnes", "El cascanueces con mis sobrinos").
COMPANIONS = """
kids children family mum mom dad parents gran granny nan grandma daughter son niece nephew
nieces nephews class pupils students friends mates girls sister brother godson goddaughter
lot group groupe grup grupo
enfants famille parents mere pere fille fils niece neveu nieces neveux classe eleves amis
amies copines soeur frere
nens nenes fills filla fill nebots neboda nebot nets neta net mare pare avia avi classe
alumnes institut amics amigues colla germana germa familia
ninos ninas hijos hija hijo sobrinos sobrina sobrino nietos nieta nieto madre padre abuela
ahijado ahijada fillol fillola filleul filleule
abuelo clase alumnos instituto amigos amigas hermana hermano familia chavales peques
"""

# An idiom of character: "un vrai Peter Pan", "a proper Tartuffe", "un auténtico Tenorio".
TYPE_IDIOMS = """
real proper right total absolute vrai vraie veritable parfait parfaite petit petite
autentico autentica verdadero verdadera verdader verdadera autentic autentica
tipic tipica tipico tipica
"""

# What a show is, after a title and a copula ("Proof es una obra pequeña").
SHOW_NOUNS = """
show musical play production revival opera ballet spectacle piece comedie obra montaje
funcion muntatge espectacle peca
"""

# What a show does to its audience, right after its title ("rent blew me away").
REACTIONS = """
blew made had left broke wrecked destroyed killed slaps slapped floored ruined
m'a m'a_fait m'ont me_ha me_hizo me_dejo m'ha em_va
"""

# What reviewers say of a show; after a title and a copula, the title names the show.
REVIEW_WORDS = """
brilliant brilliantly stunning beautiful gorgeous moving funny hilarious sharp slow overlong dull
boring talky dated great superb sublime magnificent wonderful fantastic amazing incredible
electric gripping devastating heartbreaking bonkers phenomenal perfect masterpiece triumph
overrated underrated flawless joy delight treat riot hoot gem fab fabulous excellent
stellar terrific lovely mediocre unmissable sensational outstanding best worst
breathtaking extraordinary tedious exhausting joyous good unreal
funniest saddest loveliest greatest strongest favourite favorite highlight
magical spectacular acted staged sung danced directed cast
magnifique genial sublime bouleversant bouleversante drole lent ennuyeux
superbe incroyable fort forte puissant puissante emouvant emouvante decevant decevante
chef-d'oeuvre joue jouee
precioso preciosa increible brutal lento lenta aburrido aburrida maravilloso
maravillosa emocionante divertido divertida espectacular flojo floja
precios preciosa increible meravellos meravellosa lent avorrit avorrida
emocionant divertit divertida espectacular fluix fluixa
"""

# Determiners before a lower-case title word make it an ordinary noun ("my company", "las
# once", "the cats"); in brackets after a title, they say what else it is ("(our dog)").
DETERMINERS = """
the a an my our your his her their this that these those its
le la les l un une mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cette
el los las una mi mis tu tus su sus nuestro nuestra nuestros nuestras este esta estos estas
els les meu meva meus teu teva seu seva aquest aquesta
"""

# Indefinite articles and possessives: before a lower-case title, an ordinary noun phrase
# ("un tartuffe", "faire son malade imaginaire", "un tenorio", "una casa de nines").
POSSESSIVES = """
a an my your his her our their un une mon ton son ma ta sa mes tes ses notre votre leur
uno una mi tu su mis tus sus nuestro nuestra meu meva teu teva seu seva
"""

# Nouns after a category label make a compound of it ("rent opera glasses").
LABEL_COMPOUNDS = """
glasses house houses school class classes lessons workshop club society singer singers
"""

# Family, other people and pets, or a naming verb, before a name-like title make it a
# person or an animal ("mi tía Carmen", "our dog Matilda", "mon chat s'appelle Hamlet").
KIN = """
dog puppy pup cat kitten spaniel terrier labrador hamster pony horse chien chat perro gato
cockapoo cavapoo labradoodle dachshund beagle collie whippet greyhound lurcher poodle rabbit
tortoise budgie parrot goldfish
gos gat
aunt uncle gran granny grandma grandad nan nana mum mom dad sister brother cousin niece
nephew friend neighbour neighbor daughter son wife husband
tante oncle mamie papi mere pere soeur frere cousin cousine voisin voisine amie fille fils
tia tio abuela abuelo madre padre hermana hermano prima primo vecina vecino amiga hija hijo
sobrina sobrino
tieta tiet avia avi mare pare germana germa cosina veina vei amic amiga filla fill neboda
called named s'appelle appelle llama diu name_was name_is nom_est se_llamaba es_deia
"""

# The everyday sense of a title word, anywhere in the post: it means that, not the show
# ("Company was great at the away day", "company de pis", "Cats ... the vet").
OTHER_SENSES = {
    "company": "colleagues coworkers boss workplace payroll away_day team_building empresa "
    "oficina jefe compañeros feina pis viatge collegues bureau",
    "chicago": "for_work work_trip business_trip conference congres congreso congres lago lake "
    "flight vol_pour vol_vers vol_a vol_cap vuelo_a aeroport flying fly flew layover "
    "airport bulls cubs vive viu vit lives ecole escuela escola institute socio sociologie "
    "deep_dish winters illinois vuelo "
    "moved moving trip holiday vacation drove driving landed visiting skyscraper skyscrapers "
    "gratte_ciel rascacielos gratacels jet_lag jetlag decalage desfase_horario",
    "cats": "vet litter kitten kittens purr fosterers adopt mouser mousers",
    "rent": "landlord deposit mortgage lease tenancy due afford bills alquiler lloguer loyer",
    "proof": "evidence receipt id address burden",
    "once": "titular sorteo cupon loteria",
    "twelfth night": "tree decorations epiphany christmas",
    "art": "subjective subjectif subjectiu subjetivo",
    "romeo juliet|romeo and juliet|romeo y julieta|romeu i julieta|romeo et juliette": "cigar "
    "cigars puro puros habanos fumaba fumar luhrmann dicaprio",
    "terra baixa": "vi vins vino vinos wine celler cellers priorat terra_alta emporda",
    "mar i cel": "vela velejar far cala cales platja cadaques creus navegar barca",
    # holidays, places and authors that share a title's name
    "midsummer": "maypole solstice midsommar sankthans bonfire bonfires eve herring",
    "la placa del diamant|placa del diamant": "festa festa_major gracia veins veinat barri "
    "metro terrassa terrasses canalla pilota jugant banc bancs",
    "virginia woolf": "novel novels novelist bloomsbury sussex mrs_dalloway lighthouse writer "
    "escritora ecrivaine escriptora romanciere novelista chambre_a_soi room_of_one's_own "
    "una_habitacion_propia una_cambra_propia",
}

# Other things a title's words name, before "of"/"de"/"sur"/"about" and the title ("la
# estatua de Don Quijote", "un exposé sur Virginia Woolf") or after its possessive
# ("Virginia Woolf's house"): a statue, a place, a writer's life and books, not the show.
REFERENT_HEADS = """
statue statues estatua estatuas estatue monument monumento grave tomb tumba tombe house
home birthplace maison casa casa_natal museum musee museo museu street calle carrer rue
avenue avenida plaza square exposé expose essay essai ensayo assaig thesis these tesi tesis
lecture conference conferencia biography biographie biografia biografía novels romans
novelas novel·les poems poemes poemas poemes diaries letters lettres cartas cartes portrait
retrato retrat syndrome sindrome complexe complejo complex
"""

# Words right after a title that make it the show's thing ("chicago day seats", "inspector
# calls set", "cats tickets"): tickets and queues, or a part of a staging.
TICKET_FOLLOWERS = """
day_seats day_seat tickets ticket seats rush lottery matinee entradas entrades billets places
butacas butaques tix
"""
SHOW_FOLLOWERS = (
    TICKET_FOLLOWERS
    + """
cast set staging revival finale reparto repartiment school_trip programme program tour
"""
)

# Glossing a word, not naming a show ("le « rent » comme dit ma coloc", "diu 'cats' en lloc
# de 'gats'"): after the quoted word, "as X says" or "instead of"; before it, "the word".
META_AFTER = """
instead_of rather_than au_lieu_de en_lloc_de en_vez_de en_lugar_de comme_dit comme_disent
como_dice como_dicen como_decia com_diu com_diuen com_deia as_my as_the as_they as_he as_she
as_we as_you in_english_means quiere_decir veut_dire vol_dir
"""
META_BEFORE = """
word words mot mots palabra palabras paraula paraules terme termes termino pardon perdon
perdo llamaban llamaba llaman called appelait appelaient deien deia
"""
META_SAYING = """
says say calls call dit disent appelle dice dicen llama diu diuen diem
"""

# Nouns that, right after a title word, make a different thing of it ("Peter Pan collar",
# "Chicago blues", "Cats Protection", "art supplies").
COMPOUND_HEADS = """
collar collars syndrome style blues bulls bears cubs protection supplies policy deco
nouveau brut naif institute basel gallery museum school class classes teacher pizza
dish food shelter rescue money day increase rise hike control therapy workshop car lunch
history headquarters hq offices cheesecake director directors peanut marathon born
contemporain contemporaine contemporani contemporania contemporaneo contemporanea
contemporary modern moderne moderno moderna urbain urbano urba abstrait abstracto
"""

# Words that, right after a title word, show its grammar as an ordinary word: "Once the
# doors opened" (a conjunction), "Once again", "Proof of age", "Rent a car", "company de
# pis" (a flatmate), "el once titular".
ORDINARY_FOLLOWERS = {
    "once": "the an a_month a_year a_week a_day a_while a_fortnight in_a my our your his her "
    "their this that i you we they he she it i've i'm you've we've again more upon and_for "
    "de del la las el los que je tu il elle on nous vous ils elles le les un une mes ma mon "
    "jo anos horas euros minutos personas dias meses sobrinos sobrinas nietos hijos amigos "
    "ninos semanas "
    "veces temporadas jugadores entradas butacas alumnos",
    "proof": "of that de positive",
    "art": "of de du des del nouveau deco",
    "company": "of de del policy",
    "rent": "a an out free",
    "cats": "and_dogs",
}

# Characters, songs and scenes of well-known works (facts about the published works): next
# to an ambiguous title they show the author means the show ("Rent. Mimi's voice").
# Keyed by the folded title or aliases (`|` between them); entries folded, `_` joins words.
WORK_CUES = {
    "company": "bobby bobbie being_alive ladies_who_lunch getting_married_today side_by_side "
    "marry_me_a_little sondheim amy_and_paul joanne",
    "chicago": "velma roxie billy_flynn all_that_jazz cell_block_tango razzle_dazzle "
    "mama_morton kander fosse mister_cellophane mr_cellophane funny_honey nowadays "
    "we_both_reached_for_the_gun",
    "cats": "jellicle jellicles grizabella macavity mistoffelees rum_tum_tugger skimbleshanks "
    "old_deuteronomy memory lloyd_webber",
    "rent": "mimi maureen roger benny angel collins seasons_of_love la_vie_boheme 525_600 "
    "525600 jonathan_larson",
    "proof": "catherine notebook robert hal david_auburn auburn",
    "art": "serge marc yvan white_painting white_canvas tableau_blanc quadre_blanc "
    "cuadro_blanco reza antrios",
    "once": "falling_slowly guy_and_girl girl_and_guy glen_hansard enda_walsh",
    "mar i cel": "said blanca carles dagoll_dagom",
    "cabaret": "emcee willkommen sally_bowles kit_kat_club cliff_bradshaw fraulein_schneider",
    "la placa del diamant|placa del diamant": "colometa quimet rodoreda el_crit",
    "peter pan": "captain_hook tinker_bell tinkerbell wendy neverland crocodile lost_boys",
    "matilda": "miss_trunchbull trunchbull miss_honey revolting_children wormwood",
    "carmen": "escamillo don_jose habanera toreador micaela bizet",
    "the nutcracker|nutcracker|casse noisette|el cascanueces|el trencanous": "clara "
    "drosselmeyer sugar_plum fee_dragee hada_de_azucar mouse_king rei_dels_ratolins "
    "tchaikovsky waltz_of_the_flowers valse_des_fleurs vals_de_les_flors vals_de_las_flores "
    "growing_tree tree_growing christmas_tree arbre_que_creix arbol_que_crece "
    "fada_de_sucre hada_de_azucar fee_dragee",
    "los miserables|els miserables|les miserables|les mis|les miz": "valjean javert fantine "
    "cosette eponine gavroche barricade barricada bring_him_home on_my_own one_day_more "
    "i_dreamed_a_dream master_of_the_house empty_chairs thenardier thenardiers",
    "fiddler on the roof|fiddler": "tevye tradition golde tzeitel anatevka matchmaker "
    "if_i_were_a_rich_man sunrise_sunset to_life lechaim",
    "tenorio|el tenorio|don juan tenorio": "dona_ines ines ciutti mejia comendador zorrilla",
    "cyrano|cyrano de bergerac": "roxane christian tirade nez nose balcon balcony balco rostand",
    "tartuffe": "orgon elmire dorine moliere",
    "mamma mia": "dancing_queen megamix abba donna sophie super_trouper",
    "the 39 steps|39 steps": "hannay richard_hannay four_actors",
    "an inspector calls|inspector calls": "goole birling birlings sheila eric",
    "oliver": "fagin nancy artful_dodger bumble bill_sikes",
    "guys dolls|guys and dolls": "sky_masterson nathan_detroit luck_be_a_lady "
    "rockin_the_boat adelaide sarah_brown",
    "hamlet": "ophelia yorick gertrude claudius polonius to_be_or_not_to_be",
    "into the woods": "witch baker cinderella rapunzel little_red last_midnight sondheim",
    # playwrights, composers, characters and songs of the other well-known works (not the
    # authors of the books a show adapts: Haddon, Donaldson, Kerr, Hill name the books)
    "the curious incident of the dog in the night time": "christopher_boone wellington "
    "siobhan simon_stephens",
    "joseph and the amazing technicolor dreamcoat": "pharaoh potiphar any_dream_will_do "
    "close_every_door go_go_go_joseph jacob lloyd_webber tim_rice",
    "a midsummer night's dream": "puck oberon titania lysander hermia demetrius "
    "nick_bottom mechanicals shakespeare",
    "la casa de bernarda alba": "adela poncia angustias pepe_el_romano lorca garcia_lorca",
    "who's afraid of virginia woolf": "albee edward_albee martha_and_george",
    "romeo juliet": "capulet capulets montague montagues mercutio tybalt prokofiev "
    "dance_of_the_knights balcony_scene shakespeare",
    "swan lake": "odette odile siegfried rothbart black_swan fouettes cygnets tchaikovsky",
    "la traviata": "violetta alfredo germont brindisi libiamo sempre_libera verdi",
    "the magic flute": "papageno papagena tamino pamina sarastro queen_of_the_night "
    "reine_de_la_nuit reina_de_la_noche mozart",
    "madama butterfly": "pinkerton cio_cio_san un_bel_di humming_chorus puccini",
    "the gruffalo": "deep_dark_wood gruffalo's_child",
    "peppa pig's best day ever": "muddy_puddles daddy_pig mummy_pig",
    "the importance of being earnest": "lady_bracknell bracknell algernon gwendolen cecily "
    "miss_prism a_handbag oscar_wilde wilde",
    "a doll's house": "nora_helmer torvald helmer krogstad tarantella ibsen",
    "death of a salesman": "willy_loman loman biff arthur_miller",
    "the woman in black": "arthur_kipps kipps eel_marsh jennet",
    "blood brothers": "mrs_johnstone mickey_and_eddie willy_russell tell_me_it's_not_true",
    "sunday in the park with george": "seurat putting_it_together move_on sondheim",
    "giselle": "albrecht hilarion myrtha wilis adolphe_adam",
    "don quixote": "kitri basilio minkus petipa",
    "the rite of spring": "stravinsky nijinsky pina_bausch bausch",
    "the play that goes wrong": "cornley haversham mischief_theatre",
    "one man two guvnors": "francis_henshall richard_bean",
    "noises off": "michael_frayn frayn sardines",
    "terra baixa": "manelic marta guimera angel_guimera",
    "bodas de sangre": "leonardo_felix lorca garcia_lorca",
    "la vida es sueno": "segismundo rosaura clotaldo calderon calderon_de_la_barca",
    "le malade imaginaire": "argan toinette purgon moliere",
    "les fourberies de scapin": "geronte argante galere moliere",
    "the lion the witch and the wardrobe": "aslan tumnus mr_tumnus white_witch pevensie",
    "twelfth night": "malvolio orsino feste yellow_stockings shakespeare",
    "ladies' night": "stephen_sinclair anthony_mccarten",
}


# Real words and names one letter away from a title word of well-known works ("Hamnet",
# the novel and film, is no typo of "Hamlet"; "Gisele" is a name, "Carmel" a
# place, "Olivier" an award): never corrected to the title.
NOT_TYPOS = """
hamnet hamnet's carmel gisele olivier olivier's olivia's
"""


# Who or what a one-word name is, right after it (past "the"/"my"/"la"...): a person or a
# pet ("Matilda the cat", "Giselle my hairdresser", "Carmen la meva veïna"); with "from"/"de"
# before them, where they are known from ("Joseph from work", "Oliver de la feina"), past an
# article.
APPOSED = """
hairdresser barber boss colleague coworker flatmate housemate roommate landlady landlord
teacher vet dentist doctor postman builder plumber cleaner babysitter
coiffeur coiffeuse patron patronne collegue coloc prof voisin voisine
peluquera peluquero jefe jefa companero companera profe vecino vecina
perruquera perruquer company companya veina vei
"""
APPOSED_PLACES = """
work school office accounts accounting marketing hr gym uni college church
feina escola oficina curro trabajo cole escuela boulot bureau ecole fac
class team club yoga pilates spin choir
"""

# Booking or looking forward, right before a title ("hem reservat Chicago", "counting down
# to Matilda", "on a réservé Cyrano"): the show is what is booked or awaited.
BOOKING = """
booked reserved reservat reservem reservado reservamos reserve reservee reservee
places_pour entradas_para entrades_per tickets_for billets_pour
bought compre compramos comprat hem_comprat vaig_comprar achete on_a_achete j'ai_achete
counting_down_to can't_wait_for cant_wait_for looking_forward_to
"""

# A day or "live" after a title and then "!!": an outing exclaimed ("matilda tomorrow!!!").
EXCLAIMED = """
tomorrow tonight today live demain ce_soir manana hoy esta_noche dema avui aquesta_nit
"""

# What a title "is" when the post says it is another work: "Matilda is the book I read to
# the kids", "Cats c'est le film", "Carmen es la novela de Mérimée".
WORK_NOUNS = """
book books livre livres llibre llibres libro libros novel novels roman novela novel·la
film films movie movies pelicula peli pel·licula album series serie
"""


def word_set(block: str) -> frozenset[str]:
    """Folded entries; `_` joins the words of a multi-word entry."""
    return frozenset(fold(word).replace("_", " ") for word in block.split())


CONTEXT = word_set(CONTEXT_WORDS)
NOT_TYPO_SET = word_set(NOT_TYPOS)
WORK_NOUN_SET = word_set(WORK_NOUNS)
APPOSED_SET = word_set(APPOSED) | word_set(KIN)
APPOSED_PLACE_SET = word_set(APPOSED_PLACES)
BOOKING_SET = word_set(BOOKING)
EXCLAIMED_SET = word_set(EXCLAIMED)
LABEL_SET = word_set(LABELS)
COMPARISON_SET = word_set(COMPARISON)
OTHER_LABEL_SET = word_set(OTHER_LABELS)
SAYING_SET = word_set(SAYING)
LEAVING_SET = word_set(LEAVING)
PLACE_TITLE_SET = word_set(PLACE_TITLES)
WORK_PART_SET = word_set(WORK_PARTS)
OTHER_DOMAIN_SET = word_set(OTHER_DOMAINS)
COMMON_TITLE_SET = word_set(COMMON_TITLE_WORDS)
MEDIA_SET = word_set(MEDIA)
STAGE_FRAME_SET = word_set(STAGE_FRAME)
HEDGE_SET = word_set(HEDGES)
HOUSEHOLD_SET = word_set(HOUSEHOLD)
COPULA_SET = word_set(COPULAS)
REACTION_SET = word_set(REACTIONS)
OUTING_SET = word_set(OUTINGS)
ATTENDANCE_SET = word_set(ATTENDANCE)
TYPE_IDIOM_SET = word_set(TYPE_IDIOMS)
COMPANION_SET = word_set(COMPANIONS)
SHOW_NOUN_SET = word_set(SHOW_NOUNS)
GOING_SET = word_set(GOING)
OPENER_SET = COPULA_SET | REACTION_SET | CONTEXT
REVIEW_SET = word_set(REVIEW_WORDS)
DETERMINER_SET = word_set(DETERMINERS)
KIN_SET = word_set(KIN)
POSSESSIVE_SET = word_set(POSSESSIVES)
LABEL_COMPOUND_SET = word_set(LABEL_COMPOUNDS)
COMPOUND_HEAD_SET = word_set(COMPOUND_HEADS)
REFERENT_HEAD_SET = word_set(REFERENT_HEADS)
SHOW_FOLLOWER_SET = word_set(SHOW_FOLLOWERS)
TICKET_FOLLOWER_SET = word_set(TICKET_FOLLOWERS)
META_AFTER_SET = word_set(META_AFTER)
META_BEFORE_SET = word_set(META_BEFORE)
META_SAYING_SET = word_set(META_SAYING)
ORDINARY_FOLLOWER_CUES = {t: word_set(block) for t, block in ORDINARY_FOLLOWERS.items()}
OTHER_SENSE_CUES = {
    title: word_set(block) for key, block in OTHER_SENSES.items() for title in key.split("|")
}
CUES = {title: word_set(block) for key, block in WORK_CUES.items() for title in key.split("|")}
