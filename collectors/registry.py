"""The source kinds a listening source can have, and how to build their collector.

    clients = PlatformClients(x=make_x_client(token, api_base), http=make_http_client())
    collector = build_collector(spec, clients)   # spec.kind is a key of KINDS
    batch = collector.collect(spec, saved_cursor, max_items=500)

Mastodon clients are per instance: `PlatformClients.mastodon` maps an instance URL to
its client, and a Mastodon source names its instance in `spec.options["instance"]`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import mastodon
import praw
import tweepy

from collectors.base import Collector, CollectorError, SourceSpec
from collectors.mastodon import MastodonCollector
from collectors.reddit import RedditCollector
from collectors.rss import FeedCollector
from collectors.x import XCollector


@dataclass(frozen=True)
class PlatformClients:
    """The client objects available to build collectors; None when not configured."""

    x: tweepy.Client | None = None
    reddit: praw.Reddit | None = None
    mastodon: Mapping[str, mastodon.Mastodon] = field(default_factory=dict)
    http: httpx.Client | None = None
    retry_delays: Sequence[float] | None = None  # None: each collector's own default

    def close(self) -> None:
        """Release the HTTP connections the clients hold (the worker calls it after a run)."""
        if self.http is not None:
            self.http.close()
        if self.x is not None:
            self.x.session.close()
        for api in self.mastodon.values():
            api.session.close()

    def retry_kwargs(self) -> dict[str, Any]:
        return {} if self.retry_delays is None else {"retry_delays": tuple(self.retry_delays)}


@dataclass(frozen=True)
class Kind:
    platform: str
    description: str
    needs_query: bool
    terms: str | None  # what spec.terms must hold, None when the kind needs no terms
    build: Callable[[SourceSpec, PlatformClients], Collector]


def _missing(what: str) -> CollectorError:
    return CollectorError(f"no {what} client is configured")


def _x(spec: SourceSpec, clients: PlatformClients) -> Collector:
    if clients.x is None:
        raise _missing("X")
    return XCollector(clients.x, **clients.retry_kwargs())


def _reddit(spec: SourceSpec, clients: PlatformClients) -> Collector:
    if clients.reddit is None:
        raise _missing("Reddit")
    return RedditCollector(clients.reddit, **clients.retry_kwargs())


def _mastodon(spec: SourceSpec, clients: PlatformClients) -> Collector:
    instance = str(spec.options.get("instance", "")).rstrip("/")
    by_url = {url.rstrip("/"): api for url, api in clients.mastodon.items()}
    if instance not in by_url:
        raise _missing(f"Mastodon ({instance or 'no instance named'})")
    return MastodonCollector(by_url[instance], **clients.retry_kwargs())


def _feeds(spec: SourceSpec, clients: PlatformClients) -> Collector:
    if clients.http is None:
        raise _missing("HTTP")
    return FeedCollector(clients.http, **clients.retry_kwargs())


KINDS: dict[str, Kind] = {
    "x_search": Kind("x", "X recent search by keywords or boolean query", True, None, _x),
    "x_mentions": Kind("x", "mentions of the venue's X account", False, "account ids", _x),
    "reddit_subreddit": Kind(
        "reddit", "new posts and comments in subreddits", False, "subreddits", _reddit
    ),
    "reddit_search": Kind("reddit", "search in subreddits (r/all when none)", True, None, _reddit),
    "mastodon_hashtag": Kind(
        "mastodon", "hashtag timelines on an instance", False, "hashtags", _mastodon
    ),
    "mastodon_mentions": Kind(
        "mastodon", "mention notifications of the instance account", False, None, _mastodon
    ),
    "rss": Kind("rss", "RSS/Atom feeds (reviews or posts)", False, "feed URLs", _feeds),
}


def _has_terms(spec: SourceSpec) -> bool:
    # x_mentions may name its one account in options instead of terms.
    return bool(spec.terms) or (spec.kind == "x_mentions" and "account_id" in spec.options)


def spec_problems(spec: SourceSpec) -> list[str]:
    """What is wrong with a source's definition (empty when it can be collected)."""
    kind = KINDS.get(spec.kind)
    if kind is None:
        return [f"unknown kind {spec.kind!r}; known: {', '.join(sorted(KINDS))}"]
    problems = []
    if kind.needs_query and not (spec.query or "").strip():
        problems.append(f"{spec.kind} needs a query")
    if kind.terms and not _has_terms(spec):
        problems.append(f"{spec.kind} needs {kind.terms} in terms")
    if kind.platform == "mastodon" and not spec.options.get("instance"):
        problems.append(f"{spec.kind} needs options.instance (the instance URL)")
    return problems


def build_collector(spec: SourceSpec, clients: PlatformClients) -> Collector:
    """The collector for `spec.kind`, built from the configured clients.

    Raises `CollectorError` for an unknown kind or a client that is not configured.
    """
    kind = KINDS.get(spec.kind)
    if kind is None:
        raise CollectorError(f"unknown source kind {spec.kind!r}")
    return kind.build(spec, clients)
