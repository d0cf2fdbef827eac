"""Reddit collector: the real praw client against a loopback replay of recorded listings."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import prawcore.sessions
import pytest

from collectors import AuthFailed, Batch, RateLimited, RedditCollector, SourceSpec, make_reddit
from tests.collectors.recorded import recorded_path
from tests.loopback import LoopbackServer, Reply, betamax_interactions, body_of

NEW, COMMENTS = "/r/askreddit/new", "/r/askreddit/comments"
SUBREDDIT_SPEC = SourceSpec(kind="reddit_subreddit", name="askreddit", terms=("askreddit",))
TOKEN = {"access_token": "loopback-token", "token_type": "bearer", "expires_in": 3600, "scope": "*"}


def recorded_listing(name: str, fragment: str) -> dict[str, Any]:
    listing: dict[str, Any] = body_of(
        betamax_interactions(recorded_path(f"reddit/{name}")), fragment
    )
    return listing


SUBMISSIONS = recorded_listing("TestSubredditListings.test_new.json", "/new")  # 100 t3
COMMENT_LISTING = recorded_listing("TestSubredditListings.test_comments.json", "/comments")


def listing(children: list[Any], after: str | None) -> dict[str, Any]:
    return {"kind": "Listing", "data": {"children": children, "after": after, "before": None}}


CHILDREN = SUBMISSIONS["data"]["children"]
PAGE_1, PAGE_2 = listing(CHILDREN[:60], CHILDREN[59]["data"]["name"]), listing(CHILDREN[60:], None)
AFTER_1 = CHILDREN[59]["data"]["name"]
NO_COMMENTS = listing([], None)


@pytest.fixture(autouse=True)
def no_prawcore_retry_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """prawcore sleeps 2-4 s before retrying a 5xx; the retry itself is what we test."""
    monkeypatch.setattr(prawcore.sessions.FiniteRetryStrategy, "_sleep_seconds", lambda self: None)


def collector(server: LoopbackServer) -> RedditCollector:
    server.route("POST", "/api/v1/access_token", Reply(json_body=TOKEN))
    reddit = make_reddit(
        "cid", "secret", "foyer-tests", server.base_url, server.base_url, timeout=5
    )
    return RedditCollector(reddit)


def script_new(server: LoopbackServer, page_2: Reply | None = None, comments: Any = None) -> None:
    server.route("GET", NEW, Reply(json_body=PAGE_1))
    server.route("GET", NEW, page_2 or Reply(json_body=PAGE_2), when={"after": AFTER_1})
    server.route("GET", COMMENTS, Reply(json_body=comments or NO_COMMENTS))


def names(batch: Batch) -> list[str]:
    return [m.platform_id for m in batch.mentions]


def position(child: Any) -> dict[str, Any]:
    return {"created_utc": child["data"]["created_utc"], "fullname": child["data"]["name"]}


class TestSubredditListings:
    def test_reads_new_posts_across_pages_and_new_comments(self, loopback: LoopbackServer) -> None:
        comments = copy.deepcopy(COMMENT_LISTING)
        comments["data"]["after"] = None
        script_new(loopback, comments=comments)
        batch = collector(loopback).collect(SUBREDDIT_SPEC, None)
        assert names(batch) == [c["data"]["name"] for c in CHILDREN + comments["data"]["children"]]
        assert loopback.requests_to(NEW)[1].query["after"] == [AFTER_1]
        assert batch.cursor["streams"]["r/askreddit/new"] == {"since": position(CHILDREN[0])}

    def test_authenticates_app_only_with_client_credentials(self, loopback: LoopbackServer) -> None:
        script_new(loopback)
        collector(loopback).collect(SUBREDDIT_SPEC, None)
        token_request = loopback.requests_to("/api/v1/access_token")[0]
        assert b"grant_type=client_credentials" in token_request.body
        assert token_request.headers["authorization"].startswith("Basic ")
        assert loopback.requests_to(NEW)[0].headers["authorization"] == "bearer loopback-token"

    def test_normalises_a_submission(self, loopback: LoopbackServer) -> None:
        script_new(loopback)
        first = collector(loopback).collect(SUBREDDIT_SPEC, None).mentions[0]
        assert first.platform_id == "t3_48fbm9" and first.kind == "post"
        assert first.title is not None and first.title.startswith("[Serious] Parents of Reddit")
        assert first.text.startswith(first.title)
        assert first.author is not None and first.author.handle == "RedHeadQc"
        assert first.created_at == datetime.fromtimestamp(1456821458, tz=UTC)
        assert first.url == "https://www.reddit.com" + CHILDREN[0]["data"]["permalink"]

    def test_normalises_a_comment_as_a_reply_in_its_thread(self, loopback: LoopbackServer) -> None:
        script_new(loopback, comments=listing(COMMENT_LISTING["data"]["children"][:1], None))
        batch = collector(loopback).collect(SUBREDDIT_SPEC, None)
        comment = next(m for m in batch.mentions if m.platform_id == "t1_d4y8bdp")
        assert comment.kind == "reply" and comment.parent_id == "t3_4r4inc"
        assert comment.conversation_id == "t3_4r4inc"
        assert (
            comment.title
            == '[Serious] To anyone who "followed their dreams", how has it panned out?'
        )
        assert comment.url == "https://www.reddit.com/comments/4r4inc/_/d4y8bdp"

    def test_resume_takes_only_posts_newer_than_the_saved_position(
        self, loopback: LoopbackServer
    ) -> None:
        script_new(loopback)
        saved = {"streams": {"r/askreddit/new": {"since": position(CHILDREN[30])}}}
        batch = collector(loopback).collect(SUBREDDIT_SPEC, saved)
        assert names(batch) == [c["data"]["name"] for c in CHILDREN[:30]]
        assert len(loopback.requests_to(NEW)) == 1  # the boundary was on page 1

    def test_a_second_run_with_the_new_cursor_stores_nothing_again(
        self, loopback: LoopbackServer
    ) -> None:
        script_new(loopback)
        first = collector(loopback).collect(SUBREDDIT_SPEC, None)
        second = collector(loopback).collect(SUBREDDIT_SPEC, first.cursor)
        assert len(first.mentions) == 100 and second.mentions == []
        assert second.cursor == first.cursor


class TestFailures:
    def test_429_raises_rate_limited_at_the_reset_seconds(self, loopback: LoopbackServer) -> None:
        headers = {
            "x-ratelimit-reset": "120",
            "x-ratelimit-remaining": "0",
            "x-ratelimit-used": "600",
        }
        loopback.route("GET", NEW, Reply(429, json_body={"error": 429}, headers=headers))
        before = datetime.now(UTC)
        with pytest.raises(RateLimited) as caught:
            collector(loopback).collect(SUBREDDIT_SPEC, None)
        expected = before + timedelta(seconds=120)
        assert abs((caught.value.reset_at - expected).total_seconds()) < 5

    def test_a_500_then_success_reads_the_page(self, loopback: LoopbackServer) -> None:
        loopback.route("GET", NEW, Reply(500, "oops"), Reply(json_body=PAGE_2))
        loopback.route("GET", COMMENTS, Reply(json_body=NO_COMMENTS))
        batch = collector(loopback).collect(SUBREDDIT_SPEC, None)
        assert names(batch) == [c["data"]["name"] for c in CHILDREN[60:]]
        assert len(loopback.requests_to(NEW)) == 2

    def test_truncated_page_2_is_quarantined_and_reread_next_run(
        self, loopback: LoopbackServer
    ) -> None:
        truncated = json.dumps(PAGE_2)[:5000]
        script_new(loopback, page_2=Reply(body=truncated))
        saved = {
            "streams": {"r/askreddit/new": {"since": {"created_utc": 1.0, "fullname": "t3_1"}}}
        }
        batch = collector(loopback).collect(SUBREDDIT_SPEC, saved)
        assert names(batch) == [c["data"]["name"] for c in CHILDREN[:60]]
        [lost] = batch.quarantined
        assert (
            lost.payload == truncated and "truncated JSON body at /r/askreddit/new" in lost.reason
        )
        assert batch.cursor["streams"]["r/askreddit/new"]["resume"]["token"] == AFTER_1
        loopback.route("GET", NEW, Reply(json_body=PAGE_2), when={"after": AFTER_1})
        again = collector(loopback).collect(SUBREDDIT_SPEC, batch.cursor)
        assert names(again) == [c["data"]["name"] for c in CHILDREN[60:]]
        assert again.cursor["streams"]["r/askreddit/new"] == {"since": position(CHILDREN[0])}

    def test_a_comment_without_body_is_quarantined(self, loopback: LoopbackServer) -> None:
        children = copy.deepcopy(COMMENT_LISTING["data"]["children"][:3])
        del children[1]["data"]["body"]
        script_new(loopback, comments=listing(children, None))
        batch = collector(loopback).collect(SUBREDDIT_SPEC, None)
        [bad] = batch.quarantined
        assert bad.reason == "listing item without body"
        assert bad.platform_id == children[1]["data"]["name"] and len(batch.mentions) == 102

    def test_a_refused_token_raises_auth_failed(self, loopback: LoopbackServer) -> None:
        loopback.route("POST", "/api/v1/access_token", Reply(401, json_body={"message": "no"}))
        reddit = make_reddit("cid", "bad", "foyer-tests", loopback.base_url, loopback.base_url)
        with pytest.raises(AuthFailed):
            RedditCollector(reddit).collect(SUBREDDIT_SPEC, None)


def test_search_asks_for_the_newest_matches_in_the_listed_subreddits(
    loopback: LoopbackServer,
) -> None:
    found = recorded_listing("TestSubreddit.test_search.json", "/search")
    loopback.route("GET", "/r/theatre/search", Reply(json_body=found))
    spec = SourceSpec(kind="reddit_search", name="s", query="hamlet", terms=("theatre",))
    batch = collector(loopback).collect(spec, None)
    assert len(batch.mentions) == 6
    query = loopback.requests_to("/r/theatre/search")[0].query
    assert query["q"] == ["hamlet"] and query["sort"] == ["new"] and query["restrict_sr"] == ["1"]


def test_a_spent_quota_raises_rate_limited_instead_of_sleeping(loopback: LoopbackServer) -> None:
    spent = {"x-ratelimit-remaining": "0", "x-ratelimit-used": "600", "x-ratelimit-reset": "300"}
    loopback.route("GET", NEW, Reply(json_body=PAGE_1, headers=spent))
    saved = {"streams": {"r/askreddit/new": {"since": {"created_utc": 1.0, "fullname": "t3_1"}}}}
    before = datetime.now(UTC)
    with pytest.raises(RateLimited) as caught:
        collector(loopback).collect(SUBREDDIT_SPEC, saved)
    assert abs((caught.value.reset_at - before - timedelta(seconds=300)).total_seconds()) < 5
    partial = caught.value.partial
    assert partial is not None and names(partial) == [c["data"]["name"] for c in CHILDREN[:60]]
    assert partial.cursor["streams"]["r/askreddit/new"]["resume"]["token"] == AFTER_1
    assert len(loopback.requests_to(NEW)) == 1
