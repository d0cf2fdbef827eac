"""Organisations the venue deals with: schools, companies, hirers and suppliers."""

from __future__ import annotations

import random

ORG_TYPES = ("school", "company", "hirer", "supplier")
ORG_WEIGHTS = (40, 30, 15, 15)

SCHOOL_NAMES = (
    "École {}",
    "Collège {}",
    "Lycée {}",
    "Escola {}",
    "Institut {}",
    "Colegio {}",
    "{} International School",
)
SCHOOL_PATRONS = (
    "Jean Jaurès",
    "Victor Hugo",
    "Pompeu Fabra",
    "Jules Ferry",
    "Arago",
    "Maria Montessori",
    "Antonio Machado",
    "Sant Jordi",
    "Marie Curie",
    "Pau Casals",
    "Aristide Maillol",
    "Simone Veil",
    "Rosa Parks",
    "Federico García Lorca",
    "Jean Moulin",
    "Mercè Rodoreda",
)
COMPANY_NAMES = (
    "Roussillon Mutual Insurance",
    "Têt Valley Wines",
    "Canigó Software",
    "Catalan Coast Bank",
    "Maillol Architects",
    "Sud Solar Energy",
    "Vauban Logistics",
    "Albera Hotels",
    "Tramontane Telecom",
    "Agly Estates",
    "Mediterranean Ferries",
    "Cerdanya Foods",
)
HIRER_NAMES = (
    "Perpignan Amateur Operatic Society",
    "Ballet School Les Pointes",
    "Cor de Cambra del Rosselló",
    "Youth Theatre Collective",
    "Conservatoire Students' Union",
    "Festival del Mar Film Club",
    "Roussillon Philharmonic Friends",
    "Casal Català Dance Group",
)
SUPPLIER_NAMES = (
    "Roussillon Lighting Hire",
    "Costumes Catalans",
    "Stagecraft Rigging",
    "Bar & Co Catering",
    "Print Sud",
    "Soundwave Audio",
    "Clean Stage Services",
    "Velvet Seating Repairs",
)
ROLE_MAILBOX = {"school": "trips", "company": "events", "hirer": "bookings", "supplier": "accounts"}


def organisation_type(rng: random.Random) -> str:
    return rng.choices(ORG_TYPES, ORG_WEIGHTS)[0]


def organisation_name(rng: random.Random, kind: str) -> str:
    if kind == "school":
        return rng.choice(SCHOOL_NAMES).format(rng.choice(SCHOOL_PATRONS)).strip()
    bank = {"company": COMPANY_NAMES, "hirer": HIRER_NAMES, "supplier": SUPPLIER_NAMES}[kind]
    return rng.choice(bank)
