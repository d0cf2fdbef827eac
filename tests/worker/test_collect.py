"""sources.collect: a source's batch and cursor saved together, nothing lost or duplicated,
429s, auth failures and outages handled, new mentions enriched afterwards."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from crm.listening.sources import add_source
from crm.models import Enrichment, ListeningSource, Mention, MentionSource, QuarantinedPayload
from settings import get_settings
from tests.collectors.recorded import recorded_json
from tests.loopback import LoopbackServer, Reply
from worker import collect_once

SEARCH = "/2/tweets/search/recent"
PAGE_1 = recorded_json("twitter/search_tweets_for_nyc.with_users.json")
PAGE_2 = recorded_json("twitter/search_tweets_query.json")
ALL_IDS = {t["id"] for t in PAGE_1["data"] + PAGE_2["data"]}
EMPTY = {"meta": {"result_count": 0}}


def script_two_pages(server: LoopbackServer) -> None:
    server.route("GET", SEARCH, Reply(json_body=PAGE_1))
    server.route(
        "GET", SEARCH, Reply(json_body=PAGE_2), when={"next_token": PAGE_1["meta"]["next_token"]}
    )


def new_source(engine: Engine, name: str = "nyc theatre", **kwargs: object) -> int:
    with Session(engine) as session:
        source = add_source(
            session=session, name=name, kind="x_search", query="NYC theatre", **kwargs
        )  # type: ignore[arg-type]
        session.commit()
        assert source.id is not None
        return source.id


def stored_ids(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return list(session.exec(select(Mention.platform_id)))


def source_row(engine: Engine, source_id: int) -> ListeningSource:
    with Session(engine) as session:
        source = session.get(ListeningSource, source_id)
        assert source is not None
        return source


def test_stores_every_mention_once_and_advances_the_cursor(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    script_two_pages(x_api)
    source_id = new_source(worker_db)
    outcome = collect_once(source_id)
    assert outcome is not None and outcome.status == "ok"
    assert outcome.report.new == len(ALL_IDS)
    assert sorted(stored_ids(worker_db)) == sorted(ALL_IDS)
    assert source_row(worker_db, source_id).cursor == {
        "streams": {"search": {"since": "1276035977375477760"}}
    }


def test_a_second_run_resumes_from_the_cursor_and_stores_nothing_new(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    script_two_pages(x_api)
    x_api.route("GET", SEARCH, Reply(json_body=EMPTY), when={"since_id": "1276035977375477760"})
    source_id = new_source(worker_db)
    collect_once(source_id)
    again = collect_once(source_id)
    assert again is not None and (again.report.new, again.status) == (0, "ok")
    assert len(stored_ids(worker_db)) == len(ALL_IDS)
    assert x_api.requests_to(SEARCH)[-1].query["since_id"] == ["1276035977375477760"]


def test_a_429_leaves_the_cursor_and_reschedules_at_the_reset(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    reset = 1_900_000_000
    x_api.route("GET", SEARCH, Reply(json_body=PAGE_1))
    x_api.route(
        "GET",
        SEARCH,
        Reply(
            status=429,
            json_body={"title": "Too Many Requests"},
            headers={"x-rate-limit-reset": str(reset)},
        ),
        when={"next_token": PAGE_1["meta"]["next_token"]},
    )
    source_id = new_source(worker_db)
    outcome = collect_once(source_id)
    assert outcome is not None and outcome.status == "rate_limited"
    source = source_row(worker_db, source_id)
    assert source.cursor is None
    assert source.next_run_at == datetime.fromtimestamp(reset, UTC)
    assert stored_ids(worker_db) == []


def test_an_outage_backs_off_and_keeps_the_cursor(x_api: LoopbackServer, worker_db: Engine) -> None:
    x_api.route("GET", SEARCH, Reply(status=503, body="upstream down"))
    source_id = new_source(worker_db)
    first = collect_once(source_id)
    second = collect_once(source_id)
    assert first is not None and second is not None
    assert (first.status, second.status) == ("unavailable", "unavailable")
    source = source_row(worker_db, source_id)
    assert source.consecutive_failures == 2 and source.cursor is None
    assert second.retry_at is not None and first.retry_at is not None
    assert (second.retry_at - first.retry_at).total_seconds() >= 29  # 30 s, then 60 s


def test_a_refused_token_pauses_the_source_and_says_why(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    x_api.route("GET", SEARCH, Reply(status=401, json_body={"title": "Unauthorized"}))
    source_id = new_source(worker_db)
    outcome = collect_once(source_id)
    assert outcome is not None and outcome.status == "auth_failed"
    source = source_row(worker_db, source_id)
    assert source.status == "auth_failed" and (source.status_reason or "").startswith("paused:")
    assert collect_once(source_id) is None  # paused sources are not collected


def test_missing_credentials_pause_the_source_naming_the_setting(
    worker_db: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOYER_X_BEARER_TOKEN", raising=False)
    get_settings.cache_clear()
    source_id = new_source(worker_db)
    outcome = collect_once(source_id)
    assert outcome is not None and outcome.status == "not_configured"
    assert "FOYER_X_BEARER_TOKEN" in (source_row(worker_db, source_id).status_reason or "")


def test_a_truncated_page_is_quarantined_and_the_rest_is_kept(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    x_api.route("GET", SEARCH, Reply(json_body=PAGE_1))
    x_api.route(
        "GET",
        SEARCH,
        Reply(body='{"data": [{"id": "12', headers={"Content-Type": "application/json"}),
        when={"next_token": PAGE_1["meta"]["next_token"]},
    )
    source_id = new_source(worker_db)
    outcome = collect_once(source_id)
    assert outcome is not None and outcome.report.quarantined == 1
    assert len(stored_ids(worker_db)) == len(PAGE_1["data"])
    with Session(worker_db) as session:
        item = session.exec(select(QuarantinedPayload)).one()
    assert item.payload == '{"data": [{"id": "12' and item.source_id == source_id


def test_the_same_post_caught_by_two_sources_is_stored_once_with_both_links(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    script_two_pages(x_api)
    first, second = new_source(worker_db, "one"), new_source(worker_db, "two")
    collect_once(first)
    collect_once(second)
    with Session(worker_db) as session:
        assert session.exec(select(func.count()).select_from(Mention)).one() == len(ALL_IDS)
        assert session.exec(select(func.count()).select_from(MentionSource)).one() == 2 * len(
            ALL_IDS
        )


def test_new_mentions_are_enriched_after_the_commit(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    script_two_pages(x_api)
    collect_once(new_source(worker_db))
    with Session(worker_db) as session:
        enriched = session.exec(select(Enrichment)).all()
    assert len(enriched) == len(ALL_IDS)
    assert {e.language for e in enriched} <= {"en", "fr", "ca", "es", "und"}


def test_dispatch_runs_only_active_sources_whose_time_has_come(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    from datetime import timedelta

    from crm.coltypes import utcnow
    from worker import dispatch_due_sources

    script_two_pages(x_api)
    due, later, paused = (new_source(worker_db, n) for n in ("due", "later", "paused"))
    with Session(worker_db) as session:
        for source_id, status, next_run in (
            (later, "active", utcnow() + timedelta(hours=1)),
            (paused, "paused", utcnow() - timedelta(hours=1)),
        ):
            source = session.get(ListeningSource, source_id)
            assert source is not None
            source.status, source.next_run_at = status, next_run
            session.add(source)
        session.commit()
    assert dispatch_due_sources() == 1
    assert dispatch_due_sources() == 0  # not again before its interval
    assert source_row(worker_db, due).last_run_at is not None
    assert source_row(worker_db, later).last_run_at is None
    assert source_row(worker_db, paused).last_run_at is None
    assert source_row(worker_db, due).next_run_at > utcnow() + timedelta(seconds=800)  # interval
