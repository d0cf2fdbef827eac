"""The registry of source kinds: every kind builds a collector from its configured client."""

from __future__ import annotations

import pytest

from collectors import (
    CollectorError,
    FeedCollector,
    MastodonCollector,
    RedditCollector,
    SourceSpec,
    XCollector,
    make_http_client,
    make_mastodon,
    make_reddit,
    make_x_client,
)
from collectors.registry import KINDS, PlatformClients, build_collector, spec_problems

INSTANCE = "http://127.0.0.1:9"  # never contacted: building a collector makes no request

SPECS = {
    "x_search": SourceSpec("x_search", "s", query="hamlet OR #hamlet"),
    "x_mentions": SourceSpec("x_mentions", "m", options={"account_id": "783214"}),
    "reddit_subreddit": SourceSpec("reddit_subreddit", "r", terms=("theatre",)),
    "reddit_search": SourceSpec("reddit_search", "rs", query="hamlet"),
    "mastodon_hashtag": SourceSpec(
        "mastodon_hashtag", "h", terms=("theatre",), options={"instance": INSTANCE + "/"}
    ),
    "mastodon_mentions": SourceSpec("mastodon_mentions", "mm", options={"instance": INSTANCE}),
    "rss": SourceSpec("rss", "f", terms=("http://127.0.0.1:9/feed.xml",)),
}
EXPECTED = {
    "x": XCollector,
    "reddit": RedditCollector,
    "mastodon": MastodonCollector,
    "rss": FeedCollector,
}


def all_clients() -> PlatformClients:
    return PlatformClients(
        x=make_x_client("t", api_base="http://127.0.0.1:9"),
        reddit=make_reddit("id", "secret", "ua", "http://127.0.0.1:9", "http://127.0.0.1:9"),
        mastodon={INSTANCE: make_mastodon(INSTANCE, "token")},
        http=make_http_client(),
    )


def test_every_kind_has_an_example_spec_without_problems() -> None:
    assert set(SPECS) == set(KINDS)
    assert {name: spec_problems(spec) for name, spec in SPECS.items()} == {k: [] for k in KINDS}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_builds_the_collector_of_each_kind(kind: str) -> None:
    clients = all_clients()
    try:
        collector = build_collector(SPECS[kind], clients)
    finally:
        assert clients.http is not None
        clients.http.close()
    assert isinstance(collector, EXPECTED[KINDS[kind].platform])


def test_an_unconfigured_platform_is_a_collector_error() -> None:
    with pytest.raises(CollectorError, match="no Reddit client is configured"):
        build_collector(SPECS["reddit_subreddit"], PlatformClients())


def test_an_unknown_instance_is_a_collector_error() -> None:
    spec = SourceSpec(
        "mastodon_hashtag", "h", terms=("x",), options={"instance": "https://a.example"}
    )
    with pytest.raises(CollectorError, match="a.example"):
        build_collector(spec, PlatformClients())


def test_spec_problems_name_what_is_missing() -> None:
    assert spec_problems(SourceSpec("x_search", "s")) == ["x_search needs a query"]
    assert spec_problems(SourceSpec("rss", "f")) == ["rss needs feed URLs in terms"]
    assert spec_problems(SourceSpec("mastodon_hashtag", "h", terms=("a",))) == [
        "mastodon_hashtag needs options.instance (the instance URL)"
    ]
    assert spec_problems(SourceSpec("tiktok", "t"))[0].startswith("unknown kind 'tiktok'")
