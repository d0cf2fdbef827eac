"""General review vocabulary for French, Spanish and Catalan, in valence groups.

Written for Foyer by its authors from general knowledge of the three languages (lemmas and
common participles; plural and feminine forms are added by `inflect_romance`). Explicit
entries in `fr.py`, `es.py` and `ca.py` override these group valences.
"""

from __future__ import annotations

# valence -> space-separated words
GROUPS: dict[str, dict[float, str]] = {
    "fr": {
        2.8: """bouleversant époustouflant exceptionnel exquis fabuleux fantastique grandiose
        magistral magnifique merveilleux sensationnel somptueux spectaculaire splendide
        stupéfiant sublime superbe inoubliable éblouissant renversant prodigieux triomphe
        chef-d'oeuvre merveille bijou perle régal ovation génialissime extraordinaire""",
        2.2: """agréable aimable attachant attentionné audacieux beau belle bienveillant bluffant
        brillant captivant chaleureux charmant convaincant délicat délicieux drôle dynamique
        élégant émouvant enchanteur énergique enthousiasmant envoûtant épatant étonnant
        excellent fascinant formidable frais généreux génial gracieux habile heureux hilarant
        impressionnant incroyable ingénieux inspiré intelligent joli joyeux limpide lumineux
        magique marquant mémorable passionnant pertinent pétillant plaisant poétique prenant
        puissant rafraîchissant ravissant réjouissant remarquable réussi riche rythmé saisissant
        savoureux sensible sincère subtil surprenant sympa talentueux tendre touchant vibrant
        vivant virtuose adoré adore adorons adorer aimé aimons apprécié apprécie kiffé emballé
        séduit ravi enchanté ému applaudi transporté bluffé régalé touché impressionné captivé
        conquis recommande recommandons conseille bonheur délice émerveillement enchantement
        excellence génie joie magie plaisir réussite succès talent bravo merci""",
        1.2: """bien bon sympathique correct original efficace rapide propre confortable
        accueillant souriant serviable drôlement intéressant curieux""",
        -1.2: """long lent cher chère moyen décousu bavard prévisible confus froid bruyant
        serré étroit attente retard complet difficile dommage hélas mou faible""",
        -2.2: """agaçant ennuyeux bâclé banal bête chiant consternant creux décevant
        désagréable difficile embarrassant énervant exaspérant fade fatigant grossier impoli
        incompétent inconfortable indigeste inaudible inexistant insipide interminable
        irritant laborieux laid lassant lourd malhonnête mauvais médiocre mièvre moche
        monotone navrant nul pénible plat poussif prétentieux raté ridicule soporifique
        stupide terne triste vide vulgaire détesté déteste regretté regrette déçu ennuyé
        énervé endormi galéré loupé annulé refusé subi arnaque déception ennui erreur galère
        problème supplice perdu""",
        -2.8: """abominable affligeant atroce catastrophique désastreux désolant détestable
        épouvantable hideux horrible ignoble insupportable lamentable minable odieux
        pitoyable scandaleux honteux inadmissible inacceptable cauchemar catastrophe désastre
        fiasco honte horreur naufrage scandale torture bide""",
    },
    "es": {
        2.8: """alucinante asombroso deslumbrante espectacular espléndido excepcional
        extraordinario exquisito fabuloso fantástico fenomenal grandioso impresionante
        increíble inolvidable magistral magnífico maravilloso memorable sensacional soberbio
        sobresaliente sublime buenísimo genialidad joya maravilla ovación triunfo obra_maestra""",
        2.2: """agradable amable atento atrevido bello bonito brillante cautivador conmovedor
        cómodo delicioso divertido elegante emocionante encantador enérgico entrañable
        entretenido épico estupendo excelente fascinante fresco genial gracioso hermoso
        ingenioso impactante impecable inteligente intenso interesante lindo luminoso mágico
        original perfecto poderoso poético potente precioso sorprendente talentoso tierno
        único valiente vibrante virtuoso encantó encanta encantaron gustó gustaron disfruté
        disfrutamos adoro adoré recomiendo emocionó aplaudimos reímos enamoró sorprendió
        fascinó conquistó atrapó repetiría acierto alegría belleza bravo deleite delicia
        encanto éxito lujo placer regalo talento""",
        1.2: """bien bueno correcto eficaz rápido limpio cómodo simpático puntual curioso""",
        -1.2: """largo lento caro previsible confuso frío ruidoso estrecho espera retraso
        lleno difícil lástima pena flojo blando mejorable pobre plano cola""",
        -2.2: """aburrido absurdo agobiante antipático cutre decepcionante deficiente
        desagradable descuidado desorganizado estúpido feo grosero incómodo incompetente
        infumable interminable inútil malo mediocre molesto monótono pesado ridículo soso
        sucio tedioso torpe vulgar odié odio decepcionó aburrí aburrimos aburrió dormí falló
        rompió cancelaron aburrimiento caos chapuza decepción engaño error lío problema queja
        perdí perdimos""",
        -2.8: """asqueroso desastroso espantoso fatal horrible horroroso indignante
        insoportable insufrible lamentable nefasto patético penoso pésimo terrible vergonzoso
        asco bodrio catástrofe desastre estafa fracaso horror infierno pesadilla robo timo
        tortura vergüenza""",
    },
    "ca": {
        2.8: """espectacular esplèndid excepcional extraordinari exquisit fabulós fantàstic
        fenomenal grandiós impressionant increïble inoblidable magistral magnífic meravellós
        memorable sensacional sublim bonissim meravella ovació triomf obra_mestra""",
        2.2: """agradable amable atent bell bonic brillant captivador commovedor còmode
        deliciós divertit elegant emocionant encantador enginyós entranyable entretingut
        estupend excel·lent fascinant fresc genial graciós impactant impecable intel·ligent
        intens interessant lluminós màgic original perfecte poderós poètic potent preciós
        sorprenent talentós tendre únic valent vibrant virtuós maco xulo encantat encanta
        agradat gaudit recomano emocionat flipat al·lucinat rigut enamorat sorprès atrapat
        repetiria alegria bellesa bravo delícia encert èxit joia luxe plaer regal talent""",
        1.2: """bé bo correcte eficaç ràpid net simpàtic puntual curiós""",
        -1.2: """llarg lent car previsible confús fred sorollós estret espera retard ple
        difícil llàstima pena fluix tou millorable pobre pla cua""",
        -2.2: """avorrit absurd antipàtic cutre decebedor desagradable descurat desorganitzat
        estúpid lleig groller incòmode incompetent interminable inútil dolent mediocre
        molest monòton pesat ridícul insuls brut tediós maldestre vulgar decebut adormit
        fallat trencat cancel·lat avorriment caos nyap decepció engany error embolic problema
        queixa perdut""",
        -2.8: """fastigós desastrós espantós fatal horrible horrorós indignant insuportable
        lamentable nefast patètic penós pèssim terrible vergonyós fàstic catàstrofe desastre
        estafa fracàs horror infern malson robatori tortura vergonya""",
    },
}


def group_entries(language: str) -> dict[str, float]:
    """`word -> valence` for a language; `_` joins multi-word entries."""
    entries: dict[str, float] = {}
    for valence, words in GROUPS.get(language, {}).items():
        for word in words.split():
            entries[word.replace("_", " ")] = valence
    return entries
