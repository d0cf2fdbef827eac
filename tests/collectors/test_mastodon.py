"""Mastodon collector: the real Mastodon.py client against a loopback replay of recordings."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from collectors import (
    AuthFailed,
    Batch,
    MastodonCollector,
    RateLimited,
    SourceSpec,
    make_mastodon,
)
from tests.collectors.recorded import recorded_path
from tests.loopback import LoopbackServer, Reply, body_of, vcr_interactions

TAG = "/api/v1/timelines/tag/theatre"
NOTIFICATIONS = "/api/v1/notifications"
TAG_SPEC = SourceSpec(kind="mastodon_hashtag", name="theatre", terms=("#theatre",))
MENTIONS_SPEC = SourceSpec(kind="mastodon_mentions", name="venue")


def recorded(name: str, fragment: str) -> Any:
    return body_of(vcr_interactions(recorded_path(f"mastodon/{name}")), fragment)


PUBLIC = recorded("test_public_tl.yaml", "/timelines/public")  # 8 statuses
HOOT = recorded("test_hashtag_tl.yaml", "/timelines/tag/hoot")  # 1 status
INSTANCE = recorded("test_hashtag_tl.yaml", "/api/v2/instance/")
PAGE_2_MAX_ID = PUBLIC[-1]["id"]


def collector(server: LoopbackServer) -> MastodonCollector:
    # Mastodon.py asks the instance (once, cached) whether hashtag timelines are public.
    server.route("GET", "/api/v2/instance/", Reply(json_body=INSTANCE))
    return MastodonCollector(
        make_mastodon(server.base_url, "token", timeout=5), retry_delays=(0.0,)
    )


def next_link(server: LoopbackServer, path: str, max_id: str) -> dict[str, str]:
    return {"Link": f'<{server.base_url}{path}?max_id={max_id}>; rel="next"'}


def script_tag(server: LoopbackServer, page_2: Reply | None = None) -> None:
    server.route("GET", TAG, Reply(json_body=PUBLIC, headers=next_link(server, TAG, PAGE_2_MAX_ID)))
    server.route("GET", TAG, page_2 or Reply(json_body=HOOT), when={"max_id": PAGE_2_MAX_ID})


def uris(batch: Batch) -> list[str]:
    return [m.platform_id for m in batch.mentions]


def tag_state(batch: Batch) -> Any:
    return batch.cursor["streams"]["tag:theatre"]


class TestHashtagTimeline:
    def test_follows_the_link_header_across_pages(self, loopback: LoopbackServer) -> None:
        script_tag(loopback)
        batch = collector(loopback).collect(TAG_SPEC, None)
        assert uris(batch) == [s["uri"] for s in PUBLIC + HOOT]
        assert loopback.requests_to(TAG)[1].query["max_id"] == [PAGE_2_MAX_ID]
        assert tag_state(batch) == {"since": HOOT[0]["id"]}
        assert batch.exhausted is True

    def test_normalises_a_status_to_plain_text(self, loopback: LoopbackServer) -> None:
        loopback.route("GET", TAG, Reply(json_body=HOOT))
        [hoot] = collector(loopback).collect(TAG_SPEC, None).mentions
        assert hoot.text == "#hoot (hashtag toot)" and hoot.kind == "post"
        assert hoot.url == "http://localhost:3000/@mastodonpy_test_2/117020593741189701"
        assert hoot.created_at == datetime(2026, 8, 1, 13, 55, 55, 867000, tzinfo=UTC)
        assert hoot.author is not None
        assert hoot.author.platform_user_id == f"mastodonpy_test_2@{loopback.base_url[7:]}"
        assert hoot.language_hint == "ja" and hoot.raw["id"] == HOOT[0]["id"]
        json.dumps(hoot.raw)  # the raw payload is JSON-able (datetimes as ISO strings)

    def test_resume_sends_since_id_and_keeps_only_newer_statuses(
        self, loopback: LoopbackServer
    ) -> None:
        script_tag(loopback)
        saved = {"streams": {"tag:theatre": {"since": PUBLIC[4]["id"]}}}
        batch = collector(loopback).collect(TAG_SPEC, saved)
        assert loopback.requests_to(TAG)[0].query["since_id"] == [PUBLIC[4]["id"]]
        assert uris(batch) == [s["uri"] for s in PUBLIC[:4]]
        assert tag_state(batch) == {"since": PUBLIC[0]["id"]}


class TestFailures:
    def test_429_raises_rate_limited_at_the_iso_reset(self, loopback: LoopbackServer) -> None:
        headers = {"X-RateLimit-Reset": "2031-04-11T23:15:00.381973Z", "X-RateLimit-Remaining": "0"}
        loopback.route("GET", TAG, Reply(429, json_body={"error": "Too many"}, headers=headers))
        with pytest.raises(RateLimited) as caught:
            collector(loopback).collect(TAG_SPEC, None)
        assert caught.value.reset_at == datetime(2031, 4, 11, 23, 15, 0, 381973, tzinfo=UTC)

    def test_a_500_then_success(self, loopback: LoopbackServer) -> None:
        loopback.route("GET", TAG, Reply(500, json_body={"error": "boom"}), Reply(json_body=HOOT))
        batch = collector(loopback).collect(TAG_SPEC, None)
        assert uris(batch) == [HOOT[0]["uri"]] and len(loopback.requests_to(TAG)) == 2

    def test_truncated_page_2_is_quarantined_and_reread_next_run(
        self, loopback: LoopbackServer
    ) -> None:
        truncated = json.dumps(HOOT)[:900]
        script_tag(loopback, Reply(body=truncated, headers={"Content-Type": "application/json"}))
        saved = {"streams": {"tag:theatre": {"since": "1"}}}
        batch = collector(loopback).collect(TAG_SPEC, saved)
        assert uris(batch) == [s["uri"] for s in PUBLIC] and batch.exhausted is False
        [lost] = batch.quarantined
        assert lost.payload == truncated and lost.reason.startswith(f"truncated JSON body at {TAG}")
        assert tag_state(batch)["resume"]["token"] == PAGE_2_MAX_ID
        loopback.route("GET", TAG, Reply(json_body=HOOT), when={"max_id": PAGE_2_MAX_ID})
        again = collector(loopback).collect(TAG_SPEC, batch.cursor)
        assert uris(again) == [HOOT[0]["uri"]] and tag_state(again) == {"since": HOOT[0]["id"]}

    def test_a_status_without_content_is_quarantined(self, loopback: LoopbackServer) -> None:
        statuses = copy.deepcopy(PUBLIC[:3])
        statuses[1]["content"] = None
        loopback.route("GET", TAG, Reply(json_body=statuses))
        batch = collector(loopback).collect(TAG_SPEC, None)
        [bad] = batch.quarantined
        assert bad.reason == "status without content" and bad.platform_id == statuses[1]["id"]
        assert len(batch.mentions) == 2

    def test_401_raises_auth_failed(self, loopback: LoopbackServer) -> None:
        loopback.route("GET", TAG, Reply(401, json_body={"error": "The access token is invalid"}))
        with pytest.raises(AuthFailed):
            collector(loopback).collect(TAG_SPEC, None)


class TestMentionNotifications:
    def test_reads_mentions_across_pages_and_skips_deleted_statuses(
        self, loopback: LoopbackServer
    ) -> None:
        page_1 = recorded("test_entity_notification.yaml", "/notifications")  # 40, 1 with status
        page_2 = recorded("test_notifications_mentions_only.yaml", "types")  # 1 with status
        headers = next_link(loopback, NOTIFICATIONS, page_1[-1]["id"])
        loopback.route("GET", NOTIFICATIONS, Reply(json_body=page_1, headers=headers))
        loopback.route(
            "GET", NOTIFICATIONS, Reply(json_body=page_2), when={"max_id": page_1[-1]["id"]}
        )
        batch = collector(loopback).collect(MENTIONS_SPEC, None)
        assert [m.text for m in batch.mentions][1] == "@mastodonpy_test hello!"
        assert len(batch.mentions) == 2 and batch.quarantined == []
        assert loopback.requests_to(NOTIFICATIONS)[0].query["types[]"] == ["mention"]
        assert batch.cursor["streams"]["mentions"] == {"since": page_1[0]["id"]}


def test_a_status_under_two_watched_hashtags_is_listed_once(loopback: LoopbackServer) -> None:
    loopback.route("GET", TAG, Reply(json_body=HOOT))
    loopback.route("GET", "/api/v1/timelines/tag/hoot", Reply(json_body=HOOT))
    spec = SourceSpec(kind="mastodon_hashtag", name="two", terms=("theatre", "#hoot"))
    batch = collector(loopback).collect(spec, None)
    assert uris(batch) == [HOOT[0]["uri"]]
    assert set(batch.cursor["streams"]) == {"tag:theatre", "tag:hoot"}


def test_collectors_built_again_on_one_client_share_one_session_hook() -> None:
    api = make_mastodon("http://127.0.0.1:9", "token")
    for _ in range(3):
        MastodonCollector(api)
    assert len(api.session.hooks["response"]) == 1
