"""Name, address and contact banks for patrons in four languages.

Emails use only the reserved example.com / example.org / example.net domains. Phone numbers
use the French 06 39 98 / 04 65 71 blocks, which we understand ARCEP keeps for fiction (not
verified against the numbering plan: check before relying on it).
"""

from __future__ import annotations

import random
import unicodedata

LANGUAGES = ("en", "fr", "ca", "es")
LANGUAGE_WEIGHTS = (55, 15, 15, 15)

FIRST_NAMES = {
    "en": "Oliver Amelia George Isla Harry Ava Jack Mia Charlie Grace Thomas Emily James Sophie "
    "William Lily Daniel Chloe Samuel Hannah Joseph Ruth Edward Alice Henry Poppy Arthur Eleanor "
    "Matthew Lucy Owen Megan Rhys Bethan Callum Niamh Aidan Fiona Priya Ravi",
    "fr": "Louis Camille Gabriel Léa Jules Chloé Raphaël Manon Arthur Inès Hugo Zoé Lucas Juliette "
    "Théo Éloïse Mathis Clémence Nathan Océane Baptiste Margaux Antoine Amélie Étienne Hélène "
    "Rémi Agathe Benoît Céline",
    "ca": "Jordi Montserrat Pau Núria Marc Laia Arnau Mireia Oriol Txell Pere Roser Joan Meritxell "
    "Xavier Neus Jaume Gemma Guillem Aina Martí Júlia Biel Berta Quim Ona Sergi Carla Ferran Estel",
    "es": "Javier Lucía Alejandro Sofía Pablo Martina Álvaro María Diego Paula Sergio Carmen "
    "Adrián Elena Rubén Alba Iván Noelia Raúl Irene Andrés Beatriz Íñigo Rocío Gonzalo Pilar "
    "Hugo Marta Tomás Nerea",
}
LAST_NAMES = {
    "en": "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
    "Evans Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards O'Brien Patel "
    "Khan Murphy Campbell Stewart Bennett Fletcher",
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
    "Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier "
    "Bonnet Dupont Lambert Fontaine Rousseau Chevalier",
    "ca": "Puig Vila Serra Soler Ferrer Roca Pujol Casas Font Riera Vidal Sala Bosch Prat Mas "
    "Coll Camps Pons Costa Riba Balaguer Sabater Vendrell Castells Codina Rovira Planas Oliveras "
    "Bertran Grau",
    "es": "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Díaz "
    "Hernández Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Molina Castillo "
    "Ortega Delgado Morales Suárez Iglesias Medina Herrera",
}
FIRST = {lang: names.split() for lang, names in FIRST_NAMES.items()}
LAST = {lang: names.split() for lang, names in LAST_NAMES.items()}
FAMILY_WORD = {"en": "{} family", "fr": "Famille {}", "ca": "Família {}", "es": "Familia {}"}

# Mostly the city and its department; Catalan and Spanish speakers also come over the border.
POSTCODES = {
    "en": ("66000", "66000", "66100", "66200", "66400", "66700", "11100"),
    "fr": ("66000", "66000", "66100", "66200", "66300", "66400", "66700", "11100"),
    "ca": ("66000", "66100", "66500", "66760", "17600", "17001", "08001"),
    "es": ("66000", "66100", "17600", "17001", "08001", "08012", "25001"),
}
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")


def language(rng: random.Random) -> str:
    return rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]


def person_name(rng: random.Random, lang: str) -> tuple[str, str]:
    return rng.choice(FIRST[lang]), rng.choice(LAST[lang])


def slug(text: str, sep: str = ".") -> str:
    """Lower-case ASCII for email local parts and handles: "Núria Puig" -> "nuria.puig"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in plain.lower()).split()
    return sep.join(words)


class EmailBook:
    """Hands out normalised addresses, unique across the demo."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def person(self, rng: random.Random, first: str, last: str) -> str:
        style = rng.randrange(3)
        local = {0: f"{first}.{last}", 1: f"{first[0]}{last}", 2: f"{first}{last}"}[style]
        return self._claim(slug(local), rng.choice(EMAIL_DOMAINS))

    def role(self, role: str, organisation: str) -> str:
        return self._claim(f"{role}.{slug(organisation, '-')}", "example.org")

    def _claim(self, local: str, domain: str) -> str:
        address, n = f"{local}@{domain}", 1
        while address in self._taken:
            n += 1
            address = f"{local}{n}@{domain}"
        self._taken.add(address)
        return address


def phone(rng: random.Random) -> str:
    block = rng.choice(("+33 6 39 98", "+33 4 65 71"))
    return f"{block} {rng.randrange(100):02d} {rng.randrange(100):02d}"


def postcode(rng: random.Random, lang: str) -> str:
    return rng.choice(POSTCODES[lang])
