"""X collector: the real tweepy Client against a loopback replay of recorded v2 bodies."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
import requests

from collectors import (
    AuthFailed,
    Batch,
    RateLimited,
    SourceSpec,
    SourceUnavailable,
    XCollector,
    make_x_client,
)
from tests.collectors.recorded import recorded_json, recorded_path
from tests.loopback import LoopbackServer, Reply, body_of, vcr_interactions

SEARCH = "/2/tweets/search/recent"
SEARCH_SPEC = SourceSpec(kind="x_search", name="nyc", query="NYC theatre")
MENTIONS_SPEC = SourceSpec(kind="x_mentions", name="venue", options={"account_id": "783214"})
PAGE_1 = recorded_json("twitter/search_tweets_for_nyc.with_users.json")  # 10 tweets, next_token
PAGE_2 = recorded_json("twitter/search_tweets_query.json")  # 4 tweets, last page
PAGE_2_TOKEN = PAGE_1["meta"]["next_token"]
NEWEST_ID = "1276035977375477760"  # on page 2: the recorded pages are not strictly ordered


def collector(server: LoopbackServer) -> XCollector:
    client = make_x_client("test-bearer", api_base=server.base_url, timeout=5)
    return XCollector(client, retry_delays=(0.0,))


def script_search(server: LoopbackServer, page_2: Reply | None = None) -> None:
    server.route("GET", SEARCH, Reply(json_body=PAGE_1))
    server.route(
        "GET", SEARCH, page_2 or Reply(json_body=PAGE_2), when={"next_token": PAGE_2_TOKEN}
    )


def ids(batch: Batch) -> list[str]:
    return [m.platform_id for m in batch.mentions]


def stream_state(batch_or_cursor: Batch | dict[str, Any], name: str = "search") -> Any:
    cursor = batch_or_cursor.cursor if isinstance(batch_or_cursor, Batch) else batch_or_cursor
    return cursor["streams"][name]


class TestSearch:
    def test_first_run_reads_every_page_and_saves_the_newest_id(
        self, loopback: LoopbackServer
    ) -> None:
        script_search(loopback)
        batch = collector(loopback).collect(SEARCH_SPEC, None)
        assert ids(batch) == [t["id"] for t in PAGE_1["data"] + PAGE_2["data"]]
        assert stream_state(batch) == {"since": NEWEST_ID}
        assert batch.exhausted is True and batch.quarantined == []

    def test_requests_the_query_expansions_and_fields(self, loopback: LoopbackServer) -> None:
        script_search(loopback)
        collector(loopback).collect(SEARCH_SPEC, None)
        first = loopback.requests_to(SEARCH)[0]
        assert first.query["query"] == ["NYC theatre"]
        assert first.query["expansions"] == ["author_id"]
        assert "conversation_id" in first.query["tweet.fields"][0].split(",")
        assert first.query["user.fields"] == ["username,name,public_metrics"]
        assert first.headers["authorization"] == "Bearer test-bearer"

    def test_normalises_a_reply_with_its_expanded_author(self, loopback: LoopbackServer) -> None:
        script_search(loopback)
        batch = collector(loopback).collect(SEARCH_SPEC, None)
        reply = next(m for m in batch.mentions if m.platform_id == "1276035977375477760")
        assert reply.kind == "reply" and reply.parent_id == "1275653067283759104"
        assert reply.author is not None and reply.author.handle == "happycamper"
        assert reply.author.display_name == "Emily Waligoske \U0001f3d5"
        assert reply.url == "https://x.com/happycamper/status/1276035977375477760"
        assert reply.created_at == datetime(2020, 6, 25, 6, 14, 19, tzinfo=UTC)
        assert reply.language_hint == "en" and reply.raw["data"]["id"] == reply.platform_id

    def test_a_retweet_is_a_post_with_follower_count(self, loopback: LoopbackServer) -> None:
        script_search(loopback)
        first = collector(loopback).collect(SEARCH_SPEC, None).mentions[0]
        assert first.kind == "post" and first.parent_id is None
        assert first.author is not None and first.author.follower_count == 100
        assert first.text.startswith("RT @skipbolden: It's 1963 in The Bronx")

    def test_resumes_from_saved_since_id(self, loopback: LoopbackServer) -> None:
        loopback.route("GET", SEARCH, Reply(json_body={"meta": {"result_count": 0}}))
        cursor = {"streams": {"search": {"since": NEWEST_ID}}}
        batch = collector(loopback).collect(SEARCH_SPEC, cursor)
        assert loopback.requests_to(SEARCH)[0].query["since_id"] == [NEWEST_ID]
        assert batch.mentions == [] and stream_state(batch) == {"since": NEWEST_ID}

    def test_a_run_cut_by_the_budget_resumes_without_gap_or_duplicate(
        self, loopback: LoopbackServer
    ) -> None:
        script_search(loopback)
        saved = {"streams": {"search": {"since": "1275000000000000000"}}}
        first = collector(loopback).collect(SEARCH_SPEC, saved, max_items=10)
        assert first.exhausted is False
        assert stream_state(first)["resume"]["token"] == PAGE_2_TOKEN
        second = collector(loopback).collect(SEARCH_SPEC, first.cursor, max_items=10)
        assert sorted(ids(first) + ids(second)) == sorted(
            t["id"] for t in PAGE_1["data"] + PAGE_2["data"]
        )
        assert stream_state(second) == {"since": NEWEST_ID}
        assert loopback.requests_to(SEARCH)[1].query["since_id"] == ["1275000000000000000"]

    def test_first_run_cut_by_the_budget_skips_older_history(
        self, loopback: LoopbackServer
    ) -> None:
        script_search(loopback)
        batch = collector(loopback).collect(SEARCH_SPEC, None, max_items=10)
        assert ids(batch) == [t["id"] for t in PAGE_1["data"]]
        assert stream_state(batch) == {"since": PAGE_1["meta"]["newest_id"]}


class TestFailures:
    def test_429_raises_rate_limited_with_the_reset_time(self, loopback: LoopbackServer) -> None:
        headers = {"x-rate-limit-reset": "1700000000", "x-rate-limit-remaining": "0"}
        loopback.route("GET", SEARCH, Reply(429, json_body={"title": "Too Many"}, headers=headers))
        with pytest.raises(RateLimited) as caught:
            collector(loopback).collect(SEARCH_SPEC, None)
        assert caught.value.reset_at == datetime.fromtimestamp(1700000000, tz=UTC)
        assert caught.value.partial is None

    def test_429_on_page_2_carries_page_1_and_a_cursor_that_rereads_page_2(
        self, loopback: LoopbackServer
    ) -> None:
        script_search(loopback, Reply(429, headers={"x-rate-limit-reset": "1700000000"}))
        saved = {"streams": {"search": {"since": "1275000000000000000"}}}
        with pytest.raises(RateLimited) as caught:
            collector(loopback).collect(SEARCH_SPEC, saved)
        partial = caught.value.partial
        assert partial is not None and ids(partial) == [t["id"] for t in PAGE_1["data"]]
        assert stream_state(partial)["since"] == "1275000000000000000"
        assert stream_state(partial)["resume"]["token"] == PAGE_2_TOKEN

    def test_a_500_is_retried_then_succeeds(self, loopback: LoopbackServer) -> None:
        loopback.route("GET", SEARCH, Reply(500, "oops"), Reply(json_body=PAGE_2))
        batch = collector(loopback).collect(SEARCH_SPEC, None)
        assert ids(batch) == [t["id"] for t in PAGE_2["data"]]
        assert len(loopback.requests_to(SEARCH)) == 2

    def test_repeated_503_raises_source_unavailable(self, loopback: LoopbackServer) -> None:
        loopback.route("GET", SEARCH, Reply(503, "down"))
        with pytest.raises(SourceUnavailable):
            collector(loopback).collect(SEARCH_SPEC, None)

    def test_401_raises_auth_failed(self, loopback: LoopbackServer) -> None:
        loopback.route("GET", SEARCH, Reply(401, json_body={"title": "Unauthorized"}))
        with pytest.raises(AuthFailed):
            collector(loopback).collect(SEARCH_SPEC, None)

    def test_truncated_page_is_quarantined_and_reread_next_run(
        self, loopback: LoopbackServer
    ) -> None:
        truncated = json.dumps(PAGE_2)[:700]
        script_search(loopback, Reply(body=truncated))
        saved = {"streams": {"search": {"since": "1275000000000000000"}}}
        batch = collector(loopback).collect(SEARCH_SPEC, saved)
        assert ids(batch) == [t["id"] for t in PAGE_1["data"]] and batch.exhausted is False
        [lost] = batch.quarantined
        assert lost.payload == truncated and lost.platform == "x"
        assert lost.reason.startswith(f"truncated JSON body at {SEARCH} page {PAGE_2_TOKEN}")
        loopback.route("GET", SEARCH, Reply(json_body=PAGE_2), when={"next_token": PAGE_2_TOKEN})
        again = collector(loopback).collect(SEARCH_SPEC, batch.cursor)
        assert ids(again) == [t["id"] for t in PAGE_2["data"]]
        assert stream_state(again) == {"since": NEWEST_ID}

    def test_an_item_without_text_is_quarantined_and_the_batch_goes_on(
        self, loopback: LoopbackServer
    ) -> None:
        body = json.loads(json.dumps(PAGE_2))
        del body["data"][1]["text"]
        loopback.route("GET", SEARCH, Reply(json_body=body))
        batch = collector(loopback).collect(SEARCH_SPEC, None)
        assert len(batch.mentions) == 3
        [bad] = batch.quarantined
        assert bad.platform_id == body["data"][1]["id"] and bad.reason == "tweet without text"

    def test_an_item_with_a_malformed_date_is_quarantined(self, loopback: LoopbackServer) -> None:
        body = json.loads(json.dumps(PAGE_2))
        body["data"][0]["created_at"] = "yesterday"
        loopback.route("GET", SEARCH, Reply(json_body=body))
        batch = collector(loopback).collect(SEARCH_SPEC, None)
        [bad] = batch.quarantined
        assert bad.reason.startswith("cannot normalise item: ValueError")
        assert json.loads(bad.payload)["created_at"] == "yesterday"
        assert len(batch.mentions) == 3 and stream_state(batch) == {"since": NEWEST_ID}


class TestMentions:
    def test_pages_by_pagination_token_down_to_the_last_page(
        self, loopback: LoopbackServer
    ) -> None:
        recorded = body_of(
            vcr_interactions(recorded_path("twitter/test_client_get_users_mentions.yaml")),
            "/mentions",
        )
        older = recorded_json("twitter/timeline_mentions.json")
        route = "/2/users/783214/mentions"
        loopback.route("GET", route, Reply(json_body=recorded))
        token_2, token_3 = recorded["meta"]["next_token"], older["meta"]["next_token"]
        loopback.route("GET", route, Reply(json_body=older), when={"pagination_token": token_2})
        empty = {"meta": {"result_count": 0}}
        loopback.route("GET", route, Reply(json_body=empty), when={"pagination_token": token_3})
        batch = collector(loopback).collect(MENTIONS_SPEC, None)
        assert len(batch.mentions) == 15
        assert stream_state(batch, "mentions:783214") == {"since": recorded["meta"]["newest_id"]}

    def test_a_tweet_without_created_at_is_dated_by_its_snowflake_id(
        self, loopback: LoopbackServer
    ) -> None:
        recorded = body_of(
            vcr_interactions(recorded_path("twitter/test_client_get_users_mentions.yaml")),
            "/mentions",
        )
        del recorded["meta"]["next_token"]
        loopback.route("GET", "/2/users/783214/mentions", Reply(json_body=recorded))
        first = collector(loopback).collect(MENTIONS_SPEC, None).mentions[0]
        assert first.created_at.isoformat(timespec="seconds") == "2022-10-07T22:43:06+00:00"
        assert first.author is None and first.url is not None


def test_the_factory_client_refuses_any_host_but_its_base(loopback: LoopbackServer) -> None:
    client = make_x_client("t", api_base=loopback.base_url)
    with pytest.raises(requests.ConnectionError, match="not a platform base"):
        client.session.get("https://example.org/")


def test_the_same_tweet_from_search_and_mentions_has_one_identity(
    loopback: LoopbackServer,
) -> None:
    body = {"data": PAGE_2["data"][:1], "includes": PAGE_2["includes"], "meta": {}}
    loopback.route("GET", SEARCH, Reply(json_body=body))
    loopback.route("GET", "/2/users/783214/mentions", Reply(json_body=body))
    [by_search] = collector(loopback).collect(SEARCH_SPEC, None).mentions
    [by_mentions] = collector(loopback).collect(MENTIONS_SPEC, None).mentions
    assert (by_search.platform, by_search.platform_id) == ("x", "1276035977375477760")
    assert by_mentions == by_search


def test_a_stalled_server_times_out_as_source_unavailable(loopback: LoopbackServer) -> None:
    loopback.route("GET", SEARCH, Reply(json_body=PAGE_2, delay=1.0))
    client = make_x_client("t", api_base=loopback.base_url, timeout=0.2)
    with pytest.raises(SourceUnavailable, match="ReadTimeout"):
        XCollector(client, retry_delays=()).collect(SEARCH_SPEC, None)


def test_a_since_id_too_old_for_recent_search_is_dropped_and_filtered_locally(
    loopback: LoopbackServer,
) -> None:
    stale = "1275800000000000000"
    refusal = {
        "errors": [{"parameters": {"since_id": [stale]}, "message": "Invalid 'since_id'"}],
        "title": "Invalid Request",
    }
    loopback.route("GET", SEARCH, Reply(400, json_body=refusal), when={"since_id": stale})
    loopback.route("GET", SEARCH, Reply(json_body=PAGE_2))
    batch = collector(loopback).collect(SEARCH_SPEC, {"streams": {"search": {"since": stale}}})
    assert ids(batch) == ["1276035977375477760", "1275882613572583424"]
    assert "since_id" not in loopback.requests_to(SEARCH)[1].query
