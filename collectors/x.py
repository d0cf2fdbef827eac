"""X (API v2 through tweepy): recent search by query and an account's mentions timeline.

The tweepy client must have `return_type=requests.Response` (see `make_x_client`): the
collector parses the body itself so that a truncated page can be quarantined verbatim.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
import tweepy

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
from collectors.payloads import normalised_or_quarantined
from collectors.text import from_epoch, parse_iso

TWEET_FIELDS = [
    "created_at",
    "lang",
    "author_id",
    "conversation_id",
    "in_reply_to_user_id",
    "referenced_tweets",
    "public_metrics",
]
USER_FIELDS = ["username", "name", "public_metrics"]
TWITTER_EPOCH_MS = 1288834974657  # snowflake ids carry their creation time after this
NO_LANGUAGE = frozenset({"und", "zxx", "art"})  # X's "undetermined"/"no linguistic content"
DEFAULT_WAIT = timedelta(minutes=15)  # X's rate-limit window, when no reset header came


def _reset_at(response: requests.Response | None) -> datetime:
    header = response.headers.get("x-rate-limit-reset") if response is not None else None
    if header and header.strip().isdigit():
        return from_epoch(int(header))
    return datetime.now(UTC) + DEFAULT_WAIT


@contextmanager
def _x_errors(where: str) -> Iterator[None]:
    """Map tweepy/requests errors to the collector error family."""
    try:
        yield
    except tweepy.TooManyRequests as exc:
        raise RateLimited(f"X rate limit at {where}", reset_at=_reset_at(exc.response)) from exc
    except (tweepy.Unauthorized, tweepy.Forbidden) as exc:
        raise AuthFailed(
            f"X refused credentials at {where}: HTTP {exc.response.status_code}"
        ) from exc
    except tweepy.TwitterServerError as exc:
        raise SourceUnavailable(
            f"X server error at {where}: HTTP {exc.response.status_code}"
        ) from exc
    except tweepy.HTTPException as exc:
        raise CollectorError(
            f"X rejected the request at {where}: HTTP {exc.response.status_code}"
        ) from exc
    except requests.RequestException as exc:
        raise SourceUnavailable(f"X unreachable at {where}: {type(exc).__name__}") from exc


def _stale_since_id(exc: CollectorError) -> bool:
    cause = exc.__cause__
    return isinstance(cause, tweepy.BadRequest) and "since_id" in cause.response.text


def _parse_body(text: str, where: str) -> dict[str, Any]:
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadPayload(f"truncated JSON body at {where}: {exc}", payload=text) from exc
    if not isinstance(body, dict):
        raise BadPayload(f"unexpected JSON at {where}: not an object", payload=text)
    return body


def _created_at(tweet: Mapping[str, Any]) -> datetime:
    if isinstance(tweet.get("created_at"), str):
        return parse_iso(tweet["created_at"])
    # Without the field, the snowflake id still says when the tweet was made.
    return from_epoch(((int(tweet["id"]) >> 22) + TWITTER_EPOCH_MS) / 1000)


def _author(author_id: str | None, user: Mapping[str, Any] | None) -> Author | None:
    if author_id is None:
        return None
    if user is None:
        return Author(platform_user_id=author_id, handle=None)
    handle = user.get("username")
    return Author(
        platform_user_id=author_id,
        handle=handle,
        display_name=user.get("name"),
        follower_count=(user.get("public_metrics") or {}).get("followers_count"),
        url=f"https://x.com/{handle}" if handle else None,
    )


def _replied_to(tweet: Mapping[str, Any]) -> str | None:
    for ref in tweet.get("referenced_tweets") or ():
        if ref.get("type") == "replied_to":
            return str(ref.get("id"))
    return None


def tweet_to_mention(tweet: Mapping[str, Any], user: Mapping[str, Any] | None) -> RawMention:
    """Normalise one v2 tweet (with its expanded author, if any)."""
    tweet_id, lang = str(tweet["id"]), tweet.get("lang")
    author = _author(tweet.get("author_id"), user)
    parent = _replied_to(tweet)
    handle = author.handle if author and author.handle else "i/web"
    return RawMention(
        platform="x",
        platform_id=tweet_id,
        url=f"https://x.com/{handle}/status/{tweet_id}",
        author=author,
        text=tweet["text"],
        language_hint=None if lang in NO_LANGUAGE else lang,
        created_at=_created_at(tweet),
        kind="reply" if parent else "post",
        rating=None,
        parent_id=parent,
        conversation_id=tweet.get("conversation_id"),
        title=None,
        raw={"data": dict(tweet), "includes": {"users": [dict(user)] if user else []}},
    )


def _entry(tweet: Any, users: Mapping[str, Mapping[str, Any]]) -> Entry:
    tweet_id = tweet.get("id") if isinstance(tweet, dict) else None
    if not isinstance(tweet_id, str) or not tweet_id.isdigit():
        return Entry(None, quarantine("x", "tweet without a numeric id", json.dumps(tweet)))
    if not isinstance(tweet.get("text"), str):
        return Entry(tweet_id, quarantine("x", "tweet without text", json.dumps(tweet), tweet_id))
    user = users.get(str(tweet.get("author_id")))
    item = normalised_or_quarantined("x", lambda: tweet_to_mention(tweet, user), tweet, tweet_id)
    return Entry(tweet_id, item)


def page_from_body(body: Mapping[str, Any]) -> Page:
    users = {str(u.get("id")): u for u in (body.get("includes") or {}).get("users") or ()}
    entries = [_entry(tweet, users) for tweet in body.get("data") or ()]
    return Page(entries, (body.get("meta") or {}).get("next_token"))


class _XStream:
    platform = "x"

    def __init__(self, call: Callable[..., Any], token_param: str, where: str) -> None:
        self._call, self._token_param, self._where = call, token_param, where

    def fetch(self, token: str | None, since: Any, limit: int) -> Page:
        params: dict[str, Any] = {
            "max_results": min(100, max(10, limit)),
            "expansions": ["author_id"],
            "tweet_fields": TWEET_FIELDS,
            "user_fields": USER_FIELDS,
        }
        if token is not None:
            params[self._token_param] = token
        where = f"{self._where} page {token or 'first'}"
        try:
            response = self._get(where, since_id=since, **params)
        except CollectorError as exc:
            if since is None or not _stale_since_id(exc):
                raise
            # Recent search refuses a since_id older than its 7-day window; the engine
            # filters by position locally, so asking without it loses nothing.
            response = self._get(where, **params)
        return page_from_body(_parse_body(response.text, where))

    def _get(self, where: str, since_id: Any = None, **params: Any) -> requests.Response:
        if since_id is not None:
            params["since_id"] = since_id
        with _x_errors(where):
            response: requests.Response = self._call(**params)
        return response

    def order(self, position: Any) -> OrderKey:
        return (int(position),)


class XCollector:
    """Kinds `x_search` (spec.query) and `x_mentions` (account ids in spec.terms or
    spec.options["account_id"])."""

    def __init__(
        self,
        client: tweepy.Client,
        *,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if client.return_type is not requests.Response:
            raise ValueError("XCollector needs tweepy.Client(return_type=requests.Response)")
        self._client, self._retry_delays, self._sleep = client, retry_delays, sleep

    def collect(
        self, spec: SourceSpec, cursor: Mapping[str, Any] | None, *, max_items: int = 500
    ) -> Batch:
        streams = self._streams(spec)
        return collect_streams(
            streams, cursor, max_items, retry_delays=self._retry_delays, sleep=self._sleep
        )

    def _streams(self, spec: SourceSpec) -> dict[str, Stream]:
        if spec.kind == "x_search":
            if not spec.query:
                raise CollectorError(f"source {spec.name!r}: x_search needs a query")
            query = spec.query
            search = self._client.search_recent_tweets
            return {
                "search": _XStream(
                    lambda **p: search(query, **p), "next_token", "/2/tweets/search/recent"
                )
            }
        if spec.kind == "x_mentions":
            return {f"mentions:{uid}": self._mentions(uid) for uid in _account_ids(spec)}
        raise CollectorError(f"XCollector cannot collect kind {spec.kind!r}")

    def _mentions(self, user_id: str) -> _XStream:
        mentions = self._client.get_users_mentions
        route = f"/2/users/{user_id}/mentions"
        return _XStream(lambda **p: mentions(user_id, **p), "pagination_token", route)


def _account_ids(spec: SourceSpec) -> tuple[str, ...]:
    ids = spec.terms or ((str(spec.options["account_id"]),) if "account_id" in spec.options else ())
    if not ids:
        raise CollectorError(f"source {spec.name!r}: x_mentions needs an account id")
    return ids
