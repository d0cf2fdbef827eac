"""Listening sources for the demo: configured but paused until someone adds credentials."""

from __future__ import annotations

from crm.demo.config import TODAY, VENUE_HANDLE, VENUE_HASHTAG, Row

REASON = "demo source: add credentials to start"
# Which source "caught" the demo mentions of each platform.
SOURCE_FOR_PLATFORM = {"x": 1, "mastodon": 2, "reddit": 3}


def build_sources() -> list[Row]:
    specs = [
        (
            "X: the Lyceum and its shows",
            "x_search",
            f'({VENUE_HANDLE} OR {VENUE_HASHTAG} OR "Lyceum Playhouse") -is:retweet',
            [],
            {},
            "x",
        ),
        (
            "Mastodon: #LyceumPlayhouse",
            "mastodon_hashtag",
            None,
            ["LyceumPlayhouse", "theatre"],
            {"instance": "https://mastodon.social"},
            "mastodon",
        ),
        (
            "Reddit: local and theatre subreddits",
            "reddit_subreddit",
            "Lyceum",
            ["Perpignan", "theatre", "Catalunya"],
            {},
            "reddit",
        ),
        (
            "RSS: local arts listings",
            "rss",
            None,
            ["https://news.example.org/arts/rss.xml"],
            {},
            None,
        ),
    ]
    return [_row(n, *spec) for n, spec in enumerate(specs, start=1)]


def _row(
    source_id: int,
    name: str,
    kind: str,
    query: str | None,
    terms: list[str],
    options: dict[str, str],
    credential_ref: str | None,
) -> Row:
    return {
        "id": source_id,
        "name": name,
        "kind": kind,
        "query": query,
        "terms": terms,
        "options": options,
        "credential_ref": credential_ref,
        "production_id": None,
        "interval_seconds": 900,
        "status": "paused",
        "status_reason": REASON,
        "cursor": None,
        "next_run_at": None,
        "last_run_at": None,
        "created_at": TODAY,
    }
