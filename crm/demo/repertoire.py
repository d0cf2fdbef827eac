"""The Lyceum Playhouse's three seasons: which shows, where, for how long.

Fixed for every seed (the repertoire is the venue's, not chance's). Titles mix classics in
the public domain, invented shows, and real show names that are also common words
("Company", "Chicago", "Rent", "Art", "Proof", "Once"): the hard cases for listening.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm.demo.config import MAIN_HOUSE, STUDIO


@dataclass(frozen=True)
class Spec:
    title: str
    category: str  # drama | musical | dance | opera | children | comedy
    venue: str
    weeks: int
    aliases: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()  # characters, songs, cast: matching context


M, S = MAIN_HOUSE, STUDIO

SEASON_2024 = (
    Spec(
        "A Midsummer Night's Dream",
        "drama",
        M,
        4,
        ("Midsummer", "Le Songe d'une nuit d'été", "El somni d'una nit d'estiu"),
        ("#MidsummerLyceum",),
    ),
    Spec(
        "Chicago",
        "musical",
        M,
        6,
        ("Chicago the Musical", "Chicago el musical"),
        ("#ChicagoMusical", "#ChicagoLyceum"),
        ("@ChicagoOnStage",),
        cues=("Roxie", "Velma", "Billy Flynn", "Cell Block Tango", "All That Jazz"),
    ),
    Spec(
        "The Nutcracker",
        "dance",
        M,
        4,
        ("Nutcracker", "Casse-Noisette", "El Trencanous", "El Cascanueces"),
        ("#NutcrackerLyceum",),
    ),
    Spec("Carmen", "opera", M, 2, ("Carmen de Bizet",), ("#CarmenLyceum",)),
    Spec("Tartuffe", "drama", M, 3, ("Le Tartuffe",), ("#TartuffeLyceum",)),
    Spec(
        "Company",
        "musical",
        M,
        5,
        ("Company the Musical",),
        ("#CompanyMusical",),
        ("@CompanyMusicalEU",),
        cues=("Bobby", "Being Alive", "Ladies Who Lunch", "Getting Married Today"),
    ),
    Spec(
        "Swan Lake",
        "dance",
        M,
        3,
        ("Le Lac des cygnes", "El llac dels cignes", "El lago de los cisnes"),
        ("#SwanLakeLyceum",),
    ),
    Spec("Art", "comedy", S, 4, ("ART", "'Art' by Yasmina Reza"), ("#ArtThePlay",)),
    Spec("Proof", "drama", S, 3, ("Proof the play",), ("#ProofPlay",)),
    Spec(
        "The Lantern Fox",
        "children",
        S,
        5,
        ("Lantern Fox", "Le Renard à la lanterne", "La Guineu del fanal"),
        ("#LanternFox",),
        ("@LanternFoxShow",),
    ),
    Spec("Saltwater Lullaby", "drama", S, 3, (), ("#SaltwaterLullaby",)),
    Spec("Stand-Up at the Studio", "comedy", S, 1, ("Stand-Up Night",), ("#LyceumStandUp",)),
    Spec(
        "Pip and the Cloud Factory",
        "children",
        S,
        4,
        ("Pip and the Clouds", "Pip i la fàbrica de núvols"),
        ("#PipCloudFactory",),
    ),
)

SEASON_2025 = (
    Spec("Hamlet", "drama", M, 4, (), ("#HamletLyceum",)),
    Spec(
        "Rent",
        "musical",
        M,
        5,
        ("Rent the Musical", "RENT"),
        ("#RentMusical", "#SeasonsOfLove"),
        ("@RentOnTour",),
    ),
    Spec(
        "Alice in Wonderland",
        "children",
        M,
        4,
        ("Alice", "Alice au pays des merveilles", "Alícia al país de les meravelles"),
        ("#AliceLyceum",),
    ),
    Spec("Giselle", "dance", M, 2, (), ("#GiselleLyceum",)),
    Spec("La traviata", "opera", M, 2, ("Traviata",), ("#TraviataLyceum",)),
    Spec("Cyrano de Bergerac", "drama", M, 4, ("Cyrano",), ("#CyranoLyceum",)),
    Spec(
        "The Magic Flute",
        "opera",
        M,
        2,
        ("Die Zauberflöte", "La Flûte enchantée", "La flauta màgica"),
        ("#MagicFluteLyceum",),
    ),
    Spec(
        "The Importance of Being Earnest",
        "comedy",
        M,
        3,
        ("Earnest", "The Importance"),
        ("#EarnestLyceum",),
    ),
    Spec("Once", "musical", S, 5, ("Once the Musical",), ("#OnceMusical",), ("@OnceMusicalEU",)),
    Spec(
        "The Seagull", "drama", S, 3, ("La Mouette", "La gavina", "La gaviota"), ("#SeagullLyceum",)
    ),
    Spec("Glasshouse", "drama", S, 3, (), ("#GlasshousePlay",)),
    Spec(
        "Mr Bumble's Busy Bakery",
        "children",
        S,
        4,
        ("Busy Bakery", "La fleca del senyor Bumble"),
        ("#BusyBakery",),
    ),
    Spec("Laughing Matters", "comedy", S, 2, (), ("#LaughingMattersLive",)),
    Spec(
        "The Tempest",
        "drama",
        S,
        3,
        ("La Tempête", "La tempesta", "La tempestad"),
        ("#TempestLyceum",),
    ),
)

SEASON_2026 = (
    Spec(
        "Romeo and Juliet",
        "drama",
        M,
        4,
        ("Roméo et Juliette", "Romeu i Julieta", "Romeo y Julieta"),
        ("#RomeoJulietLyceum",),
    ),
    Spec(
        "Harbour Lights", "musical", M, 5, (), ("#HarbourLightsMusical",), ("@HarbourLightsShow",)
    ),
    Spec(
        "A Christmas Carol",
        "children",
        M,
        5,
        ("Christmas Carol", "Un chant de Noël", "Cançó de Nadal"),
        ("#ChristmasCarolLyceum",),
    ),
    Spec("La bohème", "opera", M, 2, ("La Boheme", "Bohème"), ("#BohemeLyceum",)),
    Spec(
        "Don Quixote",
        "dance",
        M,
        2,
        ("Don Quichotte", "Don Quixot", "Don Quijote"),
        ("#DonQuixoteBallet",),
    ),
    Spec("Yerma", "drama", M, 3, (), ("#YermaLyceum",)),
    Spec(
        "The Marriage of Figaro",
        "opera",
        M,
        2,
        ("Figaro", "Le Nozze di Figaro", "Les Noces de Figaro"),
        ("#FigaroLyceum",),
    ),
    Spec(
        "The Snow Queen",
        "children",
        S,
        5,
        ("La Reine des neiges", "La Reina de les neus"),
        ("#SnowQueenLyceum",),
    ),
    Spec("Waiting for the Tide", "drama", S, 3, (), ("#WaitingForTheTide",)),
    Spec("Midnight Orchard", "dance", S, 2, (), ("#MidnightOrchard",)),
    Spec("Big Night Out", "comedy", S, 2, ("Big Night Out Comedy",), ("#BigNightOutLyceum",)),
    Spec(
        "The Bear Who Couldn't Sleep",
        "children",
        S,
        4,
        ("The Sleepless Bear", "L'ós que no dormia"),
        ("#SleeplessBear",),
    ),
    Spec("Ghost Light", "drama", S, 3, (), ("#GhostLightPlay",)),
)

REPERTOIRE: dict[str, tuple[Spec, ...]] = {
    "2024/25": SEASON_2024,
    "2025/26": SEASON_2025,
    "2026/27": SEASON_2026,
}
