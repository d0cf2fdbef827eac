"""Collectors: pure I/O plus normalisation, from a listening source to a batch of mentions.

See collectors/README.md for the contract the worker relies on.
"""

from collectors.base import (
    AuthFailed,
    Author,
    BadPayload,
    Batch,
    Collector,
    CollectorError,
    Quarantined,
    RateLimited,
    RawMention,
    SourceSpec,
    SourceUnavailable,
)
from collectors.clients import make_http_client, make_mastodon, make_reddit, make_x_client
from collectors.mastodon import MastodonCollector
from collectors.reddit import RedditCollector
from collectors.registry import KINDS, PlatformClients, build_collector, spec_problems
from collectors.rss import FeedCollector
from collectors.x import XCollector

__all__ = [
    "KINDS",
    "PlatformClients",
    "build_collector",
    "spec_problems",
    "AuthFailed",
    "Author",
    "BadPayload",
    "Batch",
    "Collector",
    "CollectorError",
    "FeedCollector",
    "MastodonCollector",
    "Quarantined",
    "RateLimited",
    "RawMention",
    "RedditCollector",
    "SourceSpec",
    "SourceUnavailable",
    "XCollector",
    "make_http_client",
    "make_mastodon",
    "make_reddit",
    "make_x_client",
]
