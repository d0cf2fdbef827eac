"""The shared paging engine, with scripted in-memory streams (no HTTP)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from collectors.base import RateLimited, RawMention, SourceUnavailable, quarantine
from collectors.paging import Entry, Page, collect_streams

WHEN = datetime(2026, 11, 1, tzinfo=UTC)


def mention(n: int) -> RawMention:
    return RawMention(
        "x", str(n), None, None, f"text {n}", None, WHEN, "post", None, None, None, None, {}
    )


class ScriptedStream:
    """Pages of ids, newest first; raises the exceptions placed among the pages."""

    platform = "x"

    def __init__(self, *pages: list[int | None] | Exception) -> None:
        self.pages = list(pages)
        self.calls: list[tuple[str | None, Any, int]] = []

    def fetch(self, token: str | None, since: Any, limit: int) -> Page:
        self.calls.append((token, since, limit))
        index = int(token or 0)
        page = self.pages[index]
        if isinstance(page, Exception):
            raise page
        more = str(index + 1) if index + 1 < len(self.pages) else None
        return Page([self.entry(n) for n in page], more)

    @staticmethod
    def entry(n: int | None) -> Entry:
        if n is None:
            return Entry(None, quarantine("x", "no id", "{}"))
        if n < 0:
            return Entry(str(-n), None)  # a deleted item: position only
        return Entry(str(n), mention(n))

    def order(self, position: Any) -> tuple[float | str, ...]:
        return (float(position),)


def ids(mentions: list[RawMention]) -> list[str]:
    return [m.platform_id for m in mentions]


def no_sleep(seconds: float) -> None:
    pass


def test_streams_share_the_budget_and_an_unreached_stream_keeps_its_state() -> None:
    first, second = ScriptedStream([9, 8], [7, 6]), ScriptedStream([5])
    saved = {"streams": {"b": {"since": "1"}}}
    batch = collect_streams({"a": first, "b": second}, saved, 2, sleep=no_sleep)
    assert ids(batch.mentions) == ["9", "8"] and second.calls == []
    assert batch.cursor["streams"] == {"a": {"since": "9"}, "b": {"since": "1"}}
    assert batch.exhausted is False


def test_a_stream_stops_at_the_saved_position() -> None:
    stream = ScriptedStream([9, 8, 7], [6, 5])
    batch = collect_streams({"a": stream}, {"streams": {"a": {"since": "8"}}}, 100)
    assert ids(batch.mentions) == ["9"] and len(stream.calls) == 1
    assert batch.cursor == {"streams": {"a": {"since": "9"}}}


def test_quarantined_and_deleted_items_do_not_stop_the_page() -> None:
    batch = collect_streams({"a": ScriptedStream([None, -12, 11])}, None, 100)
    assert ids(batch.mentions) == ["11"] and [q.reason for q in batch.quarantined] == ["no id"]
    assert batch.cursor == {"streams": {"a": {"since": "12"}}}


def test_an_error_in_the_second_stream_carries_the_first_in_its_partial_batch() -> None:
    limited = RateLimited("slow down", reset_at=WHEN)
    streams = {"a": ScriptedStream([9]), "b": ScriptedStream([5], limited)}
    saved = {"streams": {"b": {"since": "1"}}}
    with pytest.raises(RateLimited) as caught:
        collect_streams(streams, saved, 100, sleep=no_sleep)
    partial = caught.value.partial
    assert partial is not None and ids(partial.mentions) == ["9", "5"]
    assert partial.cursor["streams"] == {
        "a": {"since": "9"},
        "b": {"since": "1", "resume": {"token": "1", "newest": "5"}},
    }


def test_source_unavailable_is_retried_with_the_given_delays() -> None:
    class Flaky(ScriptedStream):
        def fetch(self, token: str | None, since: Any, limit: int) -> Page:
            if len(self.calls) < 2:
                self.calls.append((token, since, limit))
                raise SourceUnavailable("502")
            return super().fetch(token, since, limit)

    slept: list[float] = []
    batch = collect_streams(
        {"a": Flaky([3])}, None, 10, retry_delays=(0.1, 0.2), sleep=slept.append
    )
    assert ids(batch.mentions) == ["3"] and slept == [0.1, 0.2]
