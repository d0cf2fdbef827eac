"""Patrons: individuals, households with their members, organisations with employees.

Besides the table rows, each patron gets a `Profile` (language, buying tier, family or
school, email consent window) that the sales, interaction and social generators read.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from crm.demo import names
from crm.demo.config import EXTERNAL_SYSTEM, TODAY, DemoConfig, Row
from crm.demo.consents import FIELDS, consent_history
from crm.demo.organisations import ROLE_MAILBOX, organisation_name, organisation_type

FIRST_DAY = datetime(2019, 1, 1, tzinfo=UTC)
# Buying tiers: prospects never buy, "once" buyers buy one show, "repeat" 2-5, subscribers 8+.
TIERS = ("prospect", "once", "repeat", "subscriber")
TIER_WEIGHTS = {
    "individual": (10, 56, 30, 4),
    "household": (10, 45, 40, 5),
    "member": (25, 48, 25, 2),  # the household record does most of a family's buying
}
LIST_CODES = {
    "Children's Theatre": "Families and groups interested in children's theatre",
    "School": "Schools booking group visits",
    "Hirer": "Companies and groups hiring our spaces",
    "Supplier": "Suppliers of goods and services",
    "Ambassador": "Volunteers who promote our seasons",
    "Subscriber": "Season subscribers",
    "Friends": "Members of the Friends scheme",
    "Access": "Patrons with access requirements",
    "Press": "Critics and journalists",
}


@dataclass
class Profile:
    id: int
    kind: str
    lang: str
    joined: datetime
    row: Row
    tier: str = "prospect"
    org_type: str | None = None
    family: bool = False
    email_window: tuple[datetime, datetime | None] | None = None
    social_since: datetime | None = None  # when social-profile linking was agreed, if it holds


@dataclass
class People:
    profiles: list[Profile] = field(default_factory=list)
    patrons: list[Row] = field(default_factory=list)
    external_ids: list[Row] = field(default_factory=list)
    relations: list[Row] = field(default_factory=list)
    list_codes: list[Row] = field(default_factory=list)
    patron_list_codes: list[Row] = field(default_factory=list)
    consents: list[Row] = field(default_factory=list)


def _plan(rng: random.Random, total: int) -> list[tuple[str, int]]:
    """Groups in creation order: ("household", members), ("organisation", 0), ("individual", 0)."""
    households = [("household", rng.randint(2, 4)) for _ in range(round(total * 0.06))]
    organisations = [("organisation", 0)] * max(4, round(total * 0.015))
    used = sum(1 + size for _, size in households) + len(organisations)
    groups = households + organisations + [("individual", 0)] * (total - used)
    rng.shuffle(groups)
    return groups


def build_people(config: DemoConfig) -> People:
    builder = _Builder(config.rng("patrons"))
    for kind, size in _plan(builder.rng, config.patrons):
        if kind == "household":
            builder.household(size)
        elif kind == "organisation":
            builder.organisation()
        else:
            builder.individual(names.language(builder.rng), tier_table="individual")
    builder.employ()
    builder.people.list_codes = [{"code": c, "description": d} for c, d in LIST_CODES.items()]
    return builder.people


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people = People()
        self.emails = names.EmailBook()
        self.org_names: dict[str, int] = {}
        self.singles: list[Profile] = []

    def _tier(self, table: str) -> str:
        return self.rng.choices(TIERS, TIER_WEIGHTS[table])[0]

    def _add(self, profile: Profile) -> Profile:
        consent = consent_history(self.rng, profile.id, profile.joined)
        profile.email_window = consent.email_window
        if consent.current["social_linking"]:
            profile.social_since = consent.granted_at["social_linking"]
        for channel, granted in consent.current.items():
            profile.row[FIELDS[channel]] = granted
        latest = max([profile.joined, *(c["at"] for c in consent.rows)])
        profile.row.update(id=profile.id, created_at=profile.joined, updated_at=latest)
        self.people.consents.extend(consent.rows)
        self.people.patrons.append(profile.row)
        self.people.profiles.append(profile)
        self.people.external_ids.append(
            {
                "patron_id": profile.id,
                "system": EXTERNAL_SYSTEM,
                "external_id": f"DEMO-C{profile.id:06d}",
            }
        )
        return profile

    def _profile(self, kind: str, lang: str, row: Row) -> Profile:
        span = int((TODAY - timedelta(days=14) - FIRST_DAY).total_seconds())
        joined = FIRST_DAY + timedelta(seconds=self.rng.randrange(span))
        return Profile(len(self.people.profiles) + 1, kind, lang, joined, row)

    def individual(
        self,
        lang: str,
        *,
        tier_table: str,
        last: str | None = None,
        postcode: str | None = None,
        family: bool = False,
    ) -> Profile:
        rng = self.rng
        first, surname = names.person_name(rng, lang)
        surname = last if last and rng.random() < 0.8 else surname
        row: Row = {
            "kind": "individual",
            "first_name": first,
            "last_name": surname,
            "organisation_name": None,
            "email": self.emails.person(rng, first, surname) if rng.random() < 0.92 else None,
            "phone": names.phone(rng) if rng.random() < 0.75 else None,
            "postcode": postcode or (names.postcode(rng, lang) if rng.random() < 0.9 else None),
        }
        profile = self._add(self._profile("individual", lang, row))
        profile.tier, profile.family = self._tier(tier_table), family
        self._codes(profile)
        if tier_table == "individual":
            self.singles.append(profile)
        return profile

    def household(self, size: int) -> None:
        rng = self.rng
        lang = names.language(rng)
        surname = names.person_name(rng, lang)[1]
        postcode = names.postcode(rng, lang)
        row: Row = {
            "kind": "household",
            "first_name": None,
            "last_name": surname,
            "organisation_name": names.FAMILY_WORD[lang].format(surname),
            "email": None,
            "phone": names.phone(rng),
            "postcode": postcode,
        }
        home = self._add(self._profile("household", lang, row))
        home.tier, home.family = self._tier("household"), True
        self._codes(home)
        for _ in range(size):
            member = self.individual(
                lang, tier_table="member", last=surname, postcode=postcode, family=True
            )
            self._relate(member.id, home.id, "household_member")

    def organisation(self) -> None:
        rng = self.rng
        org_type = organisation_type(rng)
        name = self._unique(organisation_name(rng, org_type))
        row: Row = {
            "kind": "organisation",
            "first_name": None,
            "last_name": None,
            "organisation_name": name,
            "email": self.emails.role(ROLE_MAILBOX[org_type], name),
            "phone": names.phone(rng),
            "postcode": names.postcode(rng, "fr"),
        }
        profile = self._add(self._profile("organisation", "fr", row))
        profile.org_type = org_type
        profile.tier = (
            "group"
            if org_type == "school" or rng.random() < 0.5 and org_type == "company"
            else "prospect"
        )
        self._codes(profile)

    def _unique(self, name: str) -> str:
        count = self.org_names[name] = self.org_names.get(name, 0) + 1
        return name if count == 1 else f"{name} ({count})"

    def _relate(self, patron_id: int, related_id: int, kind: str) -> None:
        self.people.relations.append(
            {"patron_id": patron_id, "related_patron_id": related_id, "kind": kind}
        )

    def employ(self) -> None:
        """Teachers, office managers and accountants: 1-3 contacts per organisation."""
        organisations = [p for p in self.people.profiles if p.kind == "organisation"]
        staff = self.rng.sample(self.singles, min(len(self.singles), 3 * len(organisations)))
        for organisation in organisations:
            for _ in range(self.rng.randint(1, 3)):
                if staff:
                    self._relate(staff.pop().id, organisation.id, "employee_of")

    def _codes(self, profile: Profile) -> None:
        for code in _codes_for(self.rng, profile):
            self.people.patron_list_codes.append({"patron_id": profile.id, "code": code})


def _codes_for(rng: random.Random, profile: Profile) -> list[str]:
    by_org = {"school": "School", "hirer": "Hirer", "supplier": "Supplier"}
    codes = [by_org[profile.org_type]] if profile.org_type in by_org else []
    if (profile.family or profile.org_type == "school") and rng.random() < 0.7:
        codes.append("Children's Theatre")
    if profile.tier == "subscriber":
        codes.append("Subscriber")
    if profile.kind == "individual":
        codes.extend(_personal_codes(rng, profile.tier))
    return codes


def _personal_codes(rng: random.Random, tier: str) -> list[str]:
    loyal = tier in ("repeat", "subscriber")
    chances = {
        "Friends": 0.15 if loyal else 0.0,
        "Ambassador": 0.02 if loyal else 0.0,
        "Access": 0.03,
        "Press": 0.02 if tier == "prospect" else 0.0,
    }
    return [code for code, chance in chances.items() if rng.random() < chance]
