"""Mastodon (Mastodon.py): hashtag timelines and the account's mention notifications.

Pages are read newest first with `since_id` (the saved position) and `max_id` taken from
the `Link: rel="next"` header. A status's identity is its ActivityPub `uri`, the same on
every instance (local ids differ per instance); authors are `user@domain`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import mastodon
import requests

from collectors.base import (
    AuthFailed,
    Author,
    BadPayload,
    Batch,
    CollectorError,
    RateLimited,
    RawMention,
    SourceSpec,
    SourceUnavailable,
    quarantine,
)
from collectors.paging import DEFAULT_RETRY_DELAYS, Entry, OrderKey, Page, Stream, collect_streams
from collectors.payloads import jsonable, normalised_or_quarantined
from collectors.text import from_epoch, html_to_text, parse_iso

PAGE_LIMIT = 40  # Mastodon's largest page for timelines and notifications
DEFAULT_WAIT = timedelta(minutes=5)  # Mastodon's rate-limit window, when no header came


class _LastResponse:
    """A requests response hook remembering the latest response of the client's session:
    Mastodon.py raises without the body or headers we need to quarantine or reschedule."""

    def __init__(self) -> None:
        self.response: requests.Response | None = None

    def __call__(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self.response = response

    def header(self, name: str) -> str | None:
        return None if self.response is None else self.response.headers.get(name)


def _datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return parse_iso(str(value))


def _author(account: Mapping[str, Any] | None, instance_host: str) -> Author | None:
    if not account or not account.get("acct"):
        return None
    acct = str(account["acct"])
    full = acct if "@" in acct else f"{acct}@{instance_host}"
    return Author(
        platform_user_id=full,
        handle=f"@{full}",
        display_name=account.get("display_name") or None,
        follower_count=account.get("followers_count"),
        url=account.get("url"),
    )


def _text(status: Mapping[str, Any]) -> str:
    text = html_to_text(str(status.get("content") or ""))
    warning = str(status.get("spoiler_text") or "").strip()
    return f"{warning}\n\n{text}" if warning else text


def status_to_mention(status: Mapping[str, Any], instance_host: str) -> RawMention:
    parent = status.get("in_reply_to_id")
    return RawMention(
        platform="mastodon",
        platform_id=str(status["uri"]),
        url=status.get("url") or str(status["uri"]),
        author=_author(status.get("account"), instance_host),
        text=_text(status),
        language_hint=status.get("language") or None,
        created_at=_datetime(status["created_at"]),
        kind="reply" if parent is not None else "post",
        rating=None,
        parent_id=None if parent is None else str(parent),
        conversation_id=None,
        title=None,
        raw=jsonable(status),
    )


def _problem(status: Any) -> str | None:
    if not isinstance(status, Mapping):
        return "item without a status"
    for field in ("uri", "created_at", "content"):
        if status.get(field) in (None, ""):
            return f"status without {field}"
    return None


def _entry(position: str | None, status: Any, host: str, raw: Any) -> Entry:
    problem = _problem(status)
    if problem is not None:
        return Entry(position, quarantine("mastodon", problem, json.dumps(jsonable(raw)), position))
    item = normalised_or_quarantined(
        "mastodon", lambda: status_to_mention(status, host), raw, position
    )
    return Entry(position, item)


def _next_max_id(items: Any) -> str | None:
    following = getattr(items, "_pagination_next", None)
    if not following or following.get("max_id") is None:
        return None
    return str(following["max_id"])


def _reset_at(last: _LastResponse) -> datetime:
    header = (last.header("X-RateLimit-Reset") or "").strip()
    if header.isdigit():  # GoToSocial sends epoch seconds, Mastodon an ISO time
        return from_epoch(int(header))
    try:
        return parse_iso(header)
    except ValueError:
        return datetime.now(UTC) + DEFAULT_WAIT


def _status_of(exc: mastodon.MastodonAPIError) -> int | None:
    return next((a for a in exc.args if isinstance(a, int)), None)


@contextmanager
def _mastodon_errors(where: str, last: _LastResponse) -> Iterator[None]:
    """Map Mastodon.py errors to the collector error family."""
    try:
        yield
    except mastodon.MastodonRatelimitError as exc:
        raise RateLimited(f"Mastodon rate limit at {where}", reset_at=_reset_at(last)) from exc
    except mastodon.MastodonUnauthorizedError as exc:
        raise AuthFailed(f"Mastodon refused the token at {where}") from exc
    except (mastodon.MastodonServerError, mastodon.MastodonNetworkError) as exc:
        raise SourceUnavailable(f"Mastodon unavailable at {where}: {type(exc).__name__}") from exc
    except mastodon.MastodonAPIError as exc:
        raise _api_error(exc, where, last) from exc


def _api_error(exc: mastodon.MastodonAPIError, where: str, last: _LastResponse) -> CollectorError:
    status = _status_of(exc)
    if status == 403:
        return AuthFailed(f"Mastodon refused access at {where}: HTTP 403")
    if status is None and last.response is not None and last.response.ok:
        text = last.response.text
        return BadPayload(f"truncated JSON body at {where}: {len(text)} chars", payload=text)
    return CollectorError(f"Mastodon rejected the request at {where}: HTTP {status}")


class _MastodonStream:
    platform = "mastodon"

    def __init__(
        self, fetch: Callable[..., Any], where: str, last: _LastResponse, host: str
    ) -> None:
        self._fetch, self._where, self._last, self._host = fetch, where, last, host

    def fetch(self, token: str | None, since: Any, limit: int) -> Page:
        where = f"{self._where} max_id {token or 'newest'}"
        with _mastodon_errors(where, self._last):
            items = self._fetch(since_id=since, max_id=token, limit=min(PAGE_LIMIT, limit))
        return Page([self.entry(item) for item in items], _next_max_id(items))

    def entry(self, item: Any) -> Entry:
        position = str(item["id"]) if item.get("id") is not None else None
        return _entry(position, item, self._host, item)

    def order(self, position: Any) -> OrderKey:
        # Mastodon ids are decimal strings, Pleroma/Akkoma ids fixed-length flake strings:
        # (length, text) sorts both by time without parsing.
        text = str(position)
        return (len(text), text)


class _NotificationStream(_MastodonStream):
    def entry(self, item: Any) -> Entry:
        position = str(item["id"]) if item.get("id") is not None else None
        if position is not None and item.get("status") is None:
            return Entry(position, None)  # the mentioning status was deleted since
        return _entry(position, item.get("status"), self._host, item)


class MastodonCollector:
    """Kinds `mastodon_hashtag` (terms: hashtags, with or without '#') and
    `mastodon_mentions` (the client's account's mention notifications)."""

    def __init__(
        self,
        api: mastodon.Mastodon,
        *,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._api, self._retry_delays, self._sleep = api, retry_delays, sleep
        self._last = _recorder_of(api)
        self._host = urlsplit(str(api.api_base_url)).netloc

    def collect(
        self, spec: SourceSpec, cursor: Mapping[str, Any] | None, *, max_items: int = 500
    ) -> Batch:
        return collect_streams(
            self._streams(spec),
            cursor,
            max_items,
            retry_delays=self._retry_delays,
            sleep=self._sleep,
        )

    def _streams(self, spec: SourceSpec) -> dict[str, Stream]:
        if spec.kind == "mastodon_hashtag":
            return {f"tag:{tag}": self._hashtag(tag) for tag in _hashtags(spec)}
        if spec.kind == "mastodon_mentions":
            fetch = self._mentions
            return {
                "mentions": _NotificationStream(
                    fetch, "/api/v1/notifications", self._last, self._host
                )
            }
        raise CollectorError(f"MastodonCollector cannot collect kind {spec.kind!r}")

    def _hashtag(self, tag: str) -> _MastodonStream:
        def fetch(**params: Any) -> Any:
            return self._api.timeline_hashtag(tag, **params)

        return _MastodonStream(fetch, f"/api/v1/timelines/tag/{tag}", self._last, self._host)

    def _mentions(self, **params: Any) -> Any:
        return self._api.notifications(types=["mention"], **params)


def _recorder_of(api: mastodon.Mastodon) -> _LastResponse:
    """The response recorder hooked on the client's session, added once per client (a
    collector is built per run, the client may live as long as the worker)."""
    hooks = api.session.hooks["response"]
    for hook in hooks:
        if isinstance(hook, _LastResponse):
            return hook
    recorder = _LastResponse()
    hooks.append(recorder)
    return recorder


def _hashtags(spec: SourceSpec) -> tuple[str, ...]:
    tags = tuple(term.lstrip("#") for term in spec.terms if term.lstrip("#"))
    if not tags:
        raise CollectorError(f"source {spec.name!r}: mastodon_hashtag needs hashtags")
    return tags
