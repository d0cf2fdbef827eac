"""Social mentions by the demo identities, around the performances, with triage rows.

Linked identities mostly talk about performances their patron bought. Posts name a show by
its title, an alias, a hashtag or a handle, and often the venue. Replies and Reddit comments
join an earlier thread. Ids follow ``created_at`` order, as if collected over time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from crm.demo import names, platforms
from crm.demo.catalogue import Show, Slot
from crm.demo.config import TODAY, VENUE_HANDLE, VENUE_HASHTAG, DemoConfig, Row
from crm.demo.identities import Identities, Identity
from crm.demo.phrases import BANKS
from crm.demo.posts import show_post, venue_post
from crm.demo.sources import SOURCE_FOR_PLATFORM

VENUE_ONLY, BEFORE, OWN_SHOW = 0.15, 0.2, 0.7
REPLY_CHANCE = {"x": 0.15, "reddit": 0.6, "mastodon": 0.0}


@dataclass
class Chatter:
    mentions: list[Row] = field(default_factory=list)
    triage: list[Row] = field(default_factory=list)
    mention_sources: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class _Thread:
    platform_id: str
    conversation_id: str
    title: str | None
    created_at: datetime
    slot: Slot


class _Writer:
    def __init__(
        self,
        rng: random.Random,
        shows: list[Show],
        identities: list[Identity],
        bought: dict[int, list[Slot]],
    ) -> None:
        self.rng, self.bought = rng, bought
        self.shows = {show.id: show for show in shows}
        self.past = [slot for show in shows for slot in show.slots if slot.starts_at < TODAY]
        self.soon = [
            s for show in shows for s in show.slots if s.starts_at < TODAY + timedelta(days=14)
        ]
        self.authors: dict[str, list[Identity]] = {lang: [] for lang in names.LANGUAGES}
        for identity in identities:
            self.authors[identity.lang].append(identity)
        # A few loud voices write much of the traffic, as on every platform.
        self.voice = {i.id: rng.lognormvariate(0, 1) for i in identities}
        self.everyone = identities
        self.threads: dict[str, list[_Thread]] = {}
        self.rows: list[Row] = []

    def author(self, lang: str) -> Identity:
        pool = self.authors[lang] or self.everyone
        return self.rng.choices(pool, [self.voice[i.id] for i in pool])[0]

    def slot(self, author: Identity, before: bool) -> Slot:
        own = [s for s in self.bought.get(author.patron_id or 0, []) if s.starts_at < TODAY]
        if own and not before and self.rng.random() < OWN_SHOW:
            return self.rng.choice(own)
        return self.rng.choice(self.soon if before else self.past)

    def show_ref(self, show: Show) -> str:
        spec, roll = show.spec, self.rng.random()
        if roll < 0.15 and spec.aliases:
            return self.rng.choice(spec.aliases)
        if roll < 0.3 and spec.handles:
            return self.rng.choice(spec.handles)
        if roll < 0.55 and spec.hashtags:
            return self.rng.choice(spec.hashtags)
        return spec.title

    def venue_ref(self, lang: str) -> str:
        roll = self.rng.random()
        if roll < 0.4:
            return VENUE_HANDLE
        return VENUE_HASHTAG if roll < 0.5 else self.rng.choice(BANKS[lang].venue_names)

    def text(self, lang: str, slot: Slot, before: bool) -> str:
        venue = self.venue_ref(lang)
        if self.rng.random() < VENUE_ONLY:
            return venue_post(self.rng, lang, venue)
        show = self.shows[slot.production_id]
        return show_post(self.rng, lang, self.show_ref(show), venue, before=before)

    def when(self, slot: Slot, before: bool) -> datetime:
        if before:
            at = slot.starts_at - timedelta(seconds=self.rng.randrange(3600, 10 * 86400))
        else:
            at = slot.starts_at + timedelta(seconds=self.rng.randrange(9000, 2 * 86400))
        return min(at, TODAY - timedelta(seconds=self.rng.randrange(300, 36000)))

    def write(self, serial: int) -> None:
        rng = self.rng
        author = self.author(names.language(rng))
        key = rng.choice(platforms.SUBREDDITS[author.lang]) if author.platform == "reddit" else ""
        parent = self.parent(author.platform, key)
        if parent is not None:
            slot, before = parent.slot, False
            at = min(parent.created_at + timedelta(seconds=rng.randrange(180, 43200)), TODAY)
        else:
            before = rng.random() < BEFORE
            slot = self.slot(author, before)
            at = self.when(slot, before)
        text = self.text(author.lang, slot, before)
        row = self.row(author, at, serial, text, parent, key)
        if parent is None and author.platform != "mastodon":
            thread = _Thread(row["platform_id"], row["conversation_id"], row["title"], at, slot)
            self.threads.setdefault(author.platform + key, []).append(thread)
        self.rows.append(row)

    def parent(self, platform: str, key: str) -> _Thread | None:
        threads = self.threads.get(platform + key)
        if not threads or self.rng.random() >= REPLY_CHANCE[platform]:
            return None
        return self.rng.choice(threads[-30:])

    def row(
        self,
        author: Identity,
        at: datetime,
        serial: int,
        text: str,
        parent: _Thread | None,
        subreddit: str,
    ) -> Row:
        title = None
        if author.platform == "x":
            post_id, url, raw = platforms.x_post(author, at, serial, text)
        elif author.platform == "mastodon":
            post_id, url, raw = platforms.mastodon_post(author, at, serial, text)
        else:
            thread = parent.platform_id if parent else None
            post_id, url, raw = platforms.reddit_item(author, at, serial, subreddit, thread)
            title, text = (parent.title, text) if parent else _titled(text)
        conversation = parent.conversation_id if parent else post_id
        return _mention(author, post_id, url, text, title, at, raw) | {
            "kind": "reply" if parent else "post",
            "parent_id": parent.platform_id if parent else None,
            "conversation_id": None if author.platform == "mastodon" else conversation,
            "collected_at": min(at + timedelta(seconds=self.rng.randrange(60, 10800)), TODAY),
            "language_hint": None if author.platform == "reddit" else author.lang,
        }


def _titled(text: str) -> tuple[str, str]:
    """A Reddit submission: its title and the text as the collector builds it."""
    if ":" not in text:
        return text, text
    title, body = text.split(":", 1)
    return title, f"{title}\n\n{body.strip()}"


def _mention(
    author: Identity,
    post_id: str,
    url: str,
    text: str,
    title: str | None,
    at: datetime,
    raw: dict[str, Any],
) -> Row:
    return {
        "platform": author.platform,
        "platform_id": post_id,
        "url": url,
        "author_id": author.id,
        "text": text,
        "title": title,
        "rating": None,
        "created_at": at,
        "raw": raw,
    }


def build_mentions(
    config: DemoConfig, shows: list[Show], identities: Identities, bought: dict[int, list[Slot]]
) -> Chatter:
    writer = _Writer(config.rng("mentions"), shows, identities.identities, bought)
    for serial in range(config.mentions):
        writer.write(serial)
    rows = sorted(writer.rows, key=lambda r: (r["created_at"], r["platform"], r["platform_id"]))
    chatter = Chatter(mentions=rows)
    for mention_id, row in enumerate(rows, start=1):
        row["id"] = mention_id
        chatter.triage.append(_triage(row))
        chatter.mention_sources.append(
            {
                "mention_id": mention_id,
                "first_seen_at": row["collected_at"],
                "source_id": SOURCE_FOR_PLATFORM[row["platform"]],
            }
        )
    return chatter


def _triage(row: Row) -> Row:
    return {
        "mention_id": row["id"],
        "status": "new",
        "assignee": None,
        "priority": 0,
        "needs_reply": False,
        "tags": [],
        "snoozed_until": None,
        "updated_at": row["collected_at"],
    }
