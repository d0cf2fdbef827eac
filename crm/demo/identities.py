"""Social identities on X, Reddit and Mastodon; some linked to patrons who agreed to it.

Links need the patron's social-linking consent. A few identities carry only a
`suggested` patron: a guess for staff to confirm, never a link.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from crm.demo import names
from crm.demo.config import TODAY, DemoConfig, Row
from crm.demo.patrons import Profile

PLATFORMS = ("x", "reddit", "mastodon")
PLATFORM_WEIGHTS = (45, 30, 25)
INSTANCES = {
    "en": "mastodon.social",
    "fr": "piaille.fr",
    "ca": "mastodont.cat",
    "es": "mastodon.world",
}
LINKED, SUGGESTED = 0.35, 0.05
METHODS = ("patron_confirmed", "email_match", "staff_confirmed")
METHOD_WEIGHTS = (40, 40, 20)
NICKNAMES = (
    "theatre_fan",
    "stagedoor",
    "curtaincall",
    "balcony_seat",
    "opera_lover",
    "ballet_bun",
    "front_row",
    "interval_ice",
    "matinee_idol",
    "encore",
)


@dataclass(frozen=True)
class Identity:
    id: int
    platform: str
    lang: str
    handle: str
    user_id: str
    patron_id: int | None  # real links only (not suggestions)


class _Registry:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.user_ids: set[tuple[str, str]] = set()
        self.handles: set[tuple[str, str]] = set()
        self.rows: list[Row] = []
        self.identities: list[Identity] = []

    def user_id(self, platform: str, handle: str) -> str:
        if platform == "reddit":
            return handle  # Reddit names never change; the collector uses them as ids
        while True:
            value = str(self.rng.getrandbits(58) if platform == "x" else self.rng.getrandbits(48))
            if (platform, value) not in self.user_ids:
                self.user_ids.add((platform, value))
                return value

    def handle(self, platform: str, lang: str, first: str, last: str) -> str:
        rng = self.rng
        if rng.random() < 0.35:
            base = f"{rng.choice(NICKNAMES)}_{rng.randrange(10, 99)}"
        else:
            base = names.slug(f"{first} {last}", rng.choice(("_", "", "."))).replace(".", "_")
        handle, n = base, 1
        while (platform, handle) in self.handles:
            n += 1
            handle = f"{base}{n}"
        self.handles.add((platform, handle))
        return f"{handle}@{INSTANCES[lang]}" if platform == "mastodon" else handle

    def add(self, lang: str, first: str, last: str, link: Row, patron_id: int | None) -> None:
        rng = self.rng
        platform = rng.choices(PLATFORMS, PLATFORM_WEIGHTS)[0]
        handle = self.handle(platform, lang, first, last)
        display = rng.choice((f"{first} {last}", first, f"{first} {last[0]}.", f"{first} 🎭"))
        followers = None if platform == "reddit" else int(rng.lognormvariate(4.3, 1.3))
        user_id = self.user_id(platform, handle)
        identity = Identity(len(self.rows) + 1, platform, lang, handle, user_id, patron_id)
        self.rows.append(
            {
                "id": identity.id,
                "platform": platform,
                "platform_user_id": user_id,
                "handle": handle,
                "display_name": display,
                "follower_count": followers,
                **link,
            }
        )
        self.identities.append(identity)

    def linked(self, profile: Profile) -> None:
        rng, since = self.rng, profile.social_since or TODAY
        method = rng.choices(METHODS, METHOD_WEIGHTS)[0]
        if method == "email_match" and profile.row["email"] is None:
            method = "patron_confirmed"
        seconds = max(int((TODAY - timedelta(hours=1) - since).total_seconds()), 1)
        link = {
            "patron_id": profile.id,
            "link_method": method,
            "link_confidence": round(rng.uniform(0.9, 0.99), 2) if method == "email_match" else 1.0,
            "linked_at": since + timedelta(seconds=rng.randrange(seconds)),
        }
        self.add(
            profile.lang, profile.row["first_name"], profile.row["last_name"], link, profile.id
        )

    def stranger(self, suggested: Profile | None) -> None:
        lang = names.language(self.rng)
        first, last = names.person_name(self.rng, lang)
        link: Row = {
            "patron_id": None,
            "link_method": None,
            "link_confidence": None,
            "linked_at": None,
        }
        if suggested is not None:  # a guess for staff: same first name, say; not a link
            lang, first, last = (
                suggested.lang,
                suggested.row["first_name"],
                suggested.row["last_name"],
            )
            confidence = round(self.rng.uniform(0.35, 0.75), 2)
            link.update(patron_id=suggested.id, link_method="suggested", link_confidence=confidence)
        self.add(lang, first, last, link, None)


@dataclass
class Identities:
    rows: list[Row]
    identities: list[Identity]


def build_identities(config: DemoConfig, profiles: list[Profile]) -> Identities:
    registry = _Registry(config.rng("identities"))
    for profile, suggested in _plan(registry.rng, config.identities, profiles):
        if profile is not None:
            registry.linked(profile)
        else:
            registry.stranger(suggested)
    return Identities(registry.rows, registry.identities)


def _plan(
    rng: random.Random, total: int, profiles: list[Profile]
) -> list[tuple[Profile | None, Profile | None]]:
    """(linked patron, None) or (None, suggested patron or None), in a shuffled order."""
    people = [p for p in profiles if p.kind == "individual"]
    consenting = [p for p in people if p.social_since is not None]
    linked = rng.sample(consenting, min(len(consenting), round(total * LINKED)))
    suggested = rng.sample(people, round(total * SUGGESTED))
    strangers = [None] * (total - len(linked) - len(suggested))
    plan: list[tuple[Profile | None, Profile | None]] = [(p, None) for p in linked]
    plan += [(None, p) for p in [*suggested, *strangers]]
    rng.shuffle(plan)
    return plan
