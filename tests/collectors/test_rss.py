"""Feed collector: real httpx + feedparser against a loopback server serving feed files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from collectors import (
    Batch,
    FeedCollector,
    RateLimited,
    SourceSpec,
    SourceUnavailable,
    make_http_client,
)
from collectors.rss import rating_of
from tests.collectors.recorded import recorded_path
from tests.loopback import LoopbackServer, Reply

REVIEWS = recorded_path("rss/reviews.rss.xml").read_bytes()
ATOM = recorded_path("rss/press.atom.xml").read_bytes()
RSS_HEADERS = {
    "Content-Type": "application/rss+xml; charset=utf-8",
    "ETag": '"v1"',
    "Last-Modified": "Fri, 20 Nov 2026 21:45:00 GMT",
}


@pytest.fixture
def feeds() -> Iterator[FeedCollector]:
    with make_http_client(timeout=5) as http:
        yield FeedCollector(http, retry_delays=(0.0,))


def spec(server: LoopbackServer, *paths: str, **options: str) -> SourceSpec:
    return SourceSpec(
        kind="rss", name="press", terms=tuple(server.base_url + p for p in paths), options=options
    )


def titles(batch: Batch) -> list[str | None]:
    return [m.title for m in batch.mentions]


class TestReviewFeed:
    def test_first_fetch_turns_items_into_rated_reviews(
        self, feeds: FeedCollector, loopback: LoopbackServer
    ) -> None:
        loopback.route("GET", "/reviews.xml", Reply(body=REVIEWS, headers=RSS_HEADERS))
        batch = feeds.collect(spec(loopback, "/reviews.xml"), None)
        assert [m.rating for m in batch.mentions] == [4.0, 3.0, 5.0]
        assert {m.kind for m in batch.mentions} == {"review"} and batch.exhausted is True
        hamlet = batch.mentions[0]
        assert hamlet.platform_id == "stagenotes-review-1042"
        assert hamlet.text == (
            "The Riverside\u2019s Hamlet is lucid and fast.\n"
            "Sightlines from the circle are poor & the bar queue was long."
        )
        assert hamlet.created_at == datetime(2026, 11, 20, 21, 40, tzinfo=UTC)
        assert (
            hamlet.language_hint == "en"
            and hamlet.url == "https://stagenotes.example/reviews/hamlet-riverside"
        )
        assert hamlet.author is not None and hamlet.author.display_name == "Ada Critic"

    def test_full_content_is_preferred_to_the_summary(
        self, feeds: FeedCollector, loopback: LoopbackServer
    ) -> None:
        loopback.route("GET", "/reviews.xml", Reply(body=REVIEWS, headers=RSS_HEADERS))
        nutcracker = feeds.collect(spec(loopback, "/reviews.xml"), None).mentions[1]
        assert nutcracker.text == (
            "A joyful company show, though the orchestra sounded thin.\nRating: 3 out of 5."
        )

    def test_saves_validators_and_sends_a_conditional_get_next_time(
        self, feeds: FeedCollector, loopback: LoopbackServer
    ) -> None:
        loopback.route("GET", "/reviews.xml", Reply(body=REVIEWS, headers=RSS_HEADERS), Reply(304))
        feed_spec = spec(loopback, "/reviews.xml")
        first = feeds.collect(feed_spec, None)
        second = feeds.collect(feed_spec, first.cursor)
        conditional = loopback.requests[1].headers
        assert conditional["if-none-match"] == '"v1"'
        assert conditional["if-modified-since"] == "Fri, 20 Nov 2026 21:45:00 GMT"
        assert second.mentions == [] and second.cursor == first.cursor and second.exhausted

    def test_a_changed_feed_yields_only_the_new_entries(
        self, feeds: FeedCollector, loopback: LoopbackServer
    ) -> None:
        newer = REVIEWS.replace(
            b"<item>",
            b"<item><title>Macbeth - 2/5</title><guid>stagenotes-review-1043</guid>"
            b"<description>Murky.</description></item><item>",
            1,
        )
        loopback.route(
            "GET", "/reviews.xml", Reply(body=REVIEWS, headers=RSS_HEADERS), Reply(body=newer)
        )
        feed_spec = spec(loopback, "/reviews.xml")
        first = feeds.collect(feed_spec, None)
        second = feeds.collect(feed_spec, first.cursor)
        assert titles(second) == ["Macbeth - 2/5"] and second.mentions[0].rating == 2.0

    def test_a_budget_cut_keeps_the_rest_for_the_next_run(
        self, feeds: FeedCollector, loopback: LoopbackServer
    ) -> None:
        loopback.route("GET", "/reviews.xml", Reply(body=REVIEWS, headers=RSS_HEADERS))
        feed_spec = spec(loopback, "/reviews.xml")
        saved: dict[str, Any] = {"feeds": {feed_spec.terms[0]: {"seen": [], "etag": None}}}
        first = feeds.collect(feed_spec, saved, max_items=2)
        second = feeds.collect(feed_spec, first.cursor, max_items=2)
        assert len(first.mentions) == 2 and first.exhausted is False
        assert titles(second) == ["Noises Off – ★★★★★"] and second.exhausted is True
        assert "if-none-match" not in loopback.requests[1].headers


def test_an_atom_feed_of_posts_in_french(feeds: FeedCollector, loopback: LoopbackServer) -> None:
    loopback.route(
        "GET", "/atom", Reply(body=ATOM, headers={"Content-Type": "application/atom+xml"})
    )
    batch = feeds.collect(spec(loopback, "/atom", entry_kind="post"), None)
    cyrano, season = batch.mentions
    assert cyrano.text == "Une mise en scène superbe, mais le parking était complet."
    assert cyrano.kind == "post" and cyrano.rating is None and cyrano.language_hint == "fr"
    assert season.text == "La saison 2026-27 en un coup d'œil."


class TestFailures:
    def test_429_raises_rate_limited_after_retry_after(
        self, feeds: FeedCollector, loopback: LoopbackServer
    ) -> None:
        loopback.route("GET", "/reviews.xml", Reply(429, headers={"Retry-After": "600"}))
        before = datetime.now(UTC)
        with pytest.raises(RateLimited) as caught:
            feeds.collect(spec(loopback, "/reviews.xml"), None)
        assert abs((caught.value.reset_at - before - timedelta(seconds=600)).total_seconds()) < 5

    def test_a_500_then_success(self, feeds: FeedCollector, loopback: LoopbackServer) -> None:
        loopback.route("GET", "/reviews.xml", Reply(500), Reply(body=REVIEWS, headers=RSS_HEADERS))
        batch = feeds.collect(spec(loopback, "/reviews.xml"), None)
        assert len(batch.mentions) == 3 and len(loopback.requests) == 2

    def test_a_refused_connection_is_source_unavailable(self, feeds: FeedCollector) -> None:
        with LoopbackServer() as server:
            feed_spec = spec(server, "/reviews.xml")
        with pytest.raises(SourceUnavailable):
            feeds.collect(feed_spec, None)

    def test_a_truncated_feed_is_quarantined_and_refetched_in_full(
        self, feeds: FeedCollector, loopback: LoopbackServer
    ) -> None:
        cut = REVIEWS[:1500]
        loopback.route(
            "GET", "/reviews.xml", Reply(body=cut, headers={"ETag": '"cut"'}), Reply(body=REVIEWS)
        )
        feed_spec = spec(loopback, "/reviews.xml")
        first = feeds.collect(feed_spec, None)
        [lost] = first.quarantined
        assert first.mentions == [] and lost.payload == cut.decode() and first.exhausted is False
        assert lost.reason.startswith("unreadable feed (SAXParseException")
        second = feeds.collect(feed_spec, first.cursor)
        assert len(second.mentions) == 3 and "if-none-match" not in loopback.requests[1].headers

    def test_a_429_on_the_second_feed_carries_the_first_feed(
        self, feeds: FeedCollector, loopback: LoopbackServer
    ) -> None:
        loopback.route("GET", "/reviews.xml", Reply(body=REVIEWS, headers=RSS_HEADERS))
        loopback.route("GET", "/atom", Reply(429, headers={"Retry-After": "60"}))
        with pytest.raises(RateLimited) as caught:
            feeds.collect(spec(loopback, "/reviews.xml", "/atom"), None)
        partial = caught.value.partial
        assert partial is not None and len(partial.mentions) == 3
        assert list(partial.cursor["feeds"]) == [loopback.base_url + "/reviews.xml"]


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("★★★☆☆", 3.0),
        ("★★★★", 4.0),
        ("4/5", 4.0),
        ("3.5 out of 5", 3.5),
        ("5 stars", 5.0),
        ("Act 2", None),
    ],
)
def test_rating_notations(text: str, rating: float | None) -> None:
    assert rating_of(text) == rating


def test_a_stalled_feed_times_out_as_source_unavailable(loopback: LoopbackServer) -> None:
    loopback.route("GET", "/slow.xml", Reply(body=REVIEWS, delay=1.0))
    with make_http_client(timeout=0.2) as http, pytest.raises(SourceUnavailable, match="Timeout"):
        FeedCollector(http, retry_delays=()).collect(spec(loopback, "/slow.xml"), None)
