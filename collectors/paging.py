"""Incremental, resumable paging shared by the X, Mastodon and Reddit collectors.

A source is made of one or more *streams* (one hashtag, one subreddit listing, one
search). Each stream lists items newest first, one page per call, and is read down to
the saved position (`since`). A stream's cursor is::

    {"since": POSITION | None,                          # newest item already handed out
     "resume": {"token": PAGE_TOKEN, "newest": POSITION}}  # only while a run is unfinished

When a run stops early (the item budget is spent, a page is unreadable, the platform
refuses), `resume` remembers the page to read next and the newest position seen, and
`since` stays where it was, so the next run continues downwards and nothing between the
old `since` and the stop is skipped. Once a run reaches `since` (or the end of the
listing), `since` becomes the newest position seen and `resume` is dropped.

A first run (no `since`) that spends its budget stops there: older history is not
back-filled.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from collectors.base import (
    BadPayload,
    Batch,
    CollectorError,
    Quarantined,
    RawMention,
    SourceUnavailable,
    quarantine,
)

log = logging.getLogger(__name__)

DEFAULT_RETRY_DELAYS: tuple[float, ...] = (1.0, 3.0)
OrderKey = tuple[float | str, ...]


@dataclass(frozen=True)
class Entry:
    """One listed item: its position (None when it has no usable id) and what it became;
    `item` None means "nothing to keep, but the position still counts" (a deleted post)."""

    position: Any
    item: RawMention | Quarantined | None


@dataclass(frozen=True)
class Page:
    entries: list[Entry]
    next_token: str | None  # None: this was the last page


class Stream(Protocol):
    """One newest-first listing of a platform."""

    platform: str

    def fetch(self, token: str | None, since: Any, limit: int) -> Page:
        """Read one page. Raise `BadPayload` when the body is unreadable."""
        ...

    def order(self, position: Any) -> OrderKey:
        """A sortable key of a position: larger is newer."""
        ...


@dataclass
class _Run:
    """The progress of one stream within one collect call."""

    since: Any
    token: str | None
    newest: Any
    mentions: list[RawMention] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)

    def finished_state(self) -> dict[str, Any]:
        return {"since": self.newest if self.newest is not None else self.since}

    def unfinished_state(self) -> dict[str, Any]:
        if self.token is None and self.newest is None:
            return {"since": self.since}
        return {"since": self.since, "resume": {"token": self.token, "newest": self.newest}}


def _start(state: Mapping[str, Any] | None) -> _Run:
    state = state or {}
    resume = state.get("resume") or {}
    return _Run(since=state.get("since"), token=resume.get("token"), newest=resume.get("newest"))


def _fetch(stream: Stream, run: _Run, limit: int) -> Page:
    page = stream.fetch(run.token, run.since, limit)
    log.debug(
        "%s page: %d entries, more: %s", stream.platform, len(page.entries), bool(page.next_token)
    )
    return page


def _fetch_with_retries(
    stream: Stream, run: _Run, limit: int, delays: Sequence[float], sleep: Callable[[float], None]
) -> Page:
    for delay in delays:
        try:
            return _fetch(stream, run, limit)
        except SourceUnavailable as exc:
            log.info("%s page unavailable (%s); retrying in %.1f s", stream.platform, exc, delay)
            sleep(delay)
    return _fetch(stream, run, limit)


def _take(stream: Stream, run: _Run, page: Page) -> bool:
    """Keep the page's entries newer than `since`; True when `since` was reached."""
    since_key = None if run.since is None else stream.order(run.since)
    reached = False
    for entry in page.entries:
        key = None if entry.position is None else stream.order(entry.position)
        if key is not None and since_key is not None and key <= since_key:
            reached = True
            continue
        if key is not None and (run.newest is None or key > stream.order(run.newest)):
            run.newest = entry.position
        if isinstance(entry.item, RawMention):
            run.mentions.append(entry.item)
        elif entry.item is not None:
            run.quarantined.append(entry.item)
    return reached


@dataclass(frozen=True)
class StreamResult:
    mentions: list[RawMention]
    quarantined: list[Quarantined]
    state: dict[str, Any]
    exhausted: bool


def _result(run: _Run, finished: bool, exhausted: bool) -> StreamResult:
    state = run.finished_state() if finished else run.unfinished_state()
    return StreamResult(run.mentions, run.quarantined, state, exhausted)


def read_stream(
    stream: Stream,
    state: Mapping[str, Any] | None,
    budget: int,
    *,
    retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
    sleep: Callable[[float], None] = time.sleep,
) -> StreamResult:
    """Read one stream from its saved state, at most about `budget` items.

    A `CollectorError` leaves with `partial` set to a one-stream `StreamResult` wrapped
    in a `Batch` (cursor = the stream state); `collect_streams` rebuilds the full cursor.
    """
    run = _start(state)
    while True:
        try:
            page = _fetch_with_retries(
                stream, run, max(1, budget - len(run.mentions)), retry_delays, sleep
            )
        except BadPayload as exc:
            run.quarantined.append(quarantine(stream.platform, str(exc), exc.payload))
            return _result(run, finished=False, exhausted=False)
        except CollectorError as exc:
            exc.partial = Batch(run.mentions, run.unfinished_state(), run.quarantined, False)
            raise
        reached = _take(stream, run, page)
        if reached or page.next_token is None:
            return _result(run, finished=True, exhausted=True)
        run.token = page.next_token
        if len(run.mentions) >= budget:
            first_run = run.since is None
            return _result(run, finished=first_run, exhausted=first_run)


def collect_streams(
    streams: Mapping[str, Stream],
    cursor: Mapping[str, Any] | None,
    max_items: int,
    *,
    retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
    sleep: Callable[[float], None] = time.sleep,
) -> Batch:
    """Read every stream in turn, sharing `max_items`; cursor is `{"streams": {name: state}}`.

    Streams not reached because the budget ran out keep their saved state. On a
    `CollectorError`, `partial` holds everything read so far with a consistent cursor.
    """
    saved: dict[str, Any] = dict((cursor or {}).get("streams") or {})
    states = dict(saved)
    batch = Batch([], {"streams": states}, [], exhausted=True)
    for name, stream in streams.items():
        budget = max_items - len(batch.mentions)
        if budget <= 0:
            return replace(batch, exhausted=False)
        try:
            result = read_stream(
                stream, saved.get(name), budget, retry_delays=retry_delays, sleep=sleep
            )
        except CollectorError as exc:
            exc.partial = _merge(batch, name, exc.partial)
            raise
        batch = _add(batch, name, result)
    return batch


def unique_mentions(kept: list[RawMention], more: list[RawMention]) -> list[RawMention]:
    """`kept` then the mentions of `more` not already there: two streams of one source
    (a status under two hashtags) may list the same post."""
    seen = {m.platform_id for m in kept}
    fresh = [m for m in more if m.platform_id not in seen]
    return kept + list({m.platform_id: m for m in fresh}.values())


def _add(batch: Batch, name: str, result: StreamResult) -> Batch:
    states = {**batch.cursor["streams"], name: result.state}
    return Batch(
        unique_mentions(batch.mentions, result.mentions),
        {"streams": states},
        batch.quarantined + result.quarantined,
        batch.exhausted and result.exhausted,
    )


def _merge(batch: Batch, name: str, partial: Batch | None) -> Batch | None:
    if partial is None:
        return None
    merged = _add(
        batch, name, StreamResult(partial.mentions, partial.quarantined, partial.cursor, False)
    )
    return merged if merged.mentions or merged.quarantined else None
