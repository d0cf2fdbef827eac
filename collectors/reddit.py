"""Reddit (praw, application-only OAuth): new posts and comments of subreddits, and search.

Pages come from `praw.Reddit.request` (raw listing JSON, praw's OAuth, rate limiter and
retries). Reddit's `before=` is unreliable and listings stop after about 1,000 items, so
each listing is read newest first with `after=` and filtered locally: an item is new when
its (created_utc, base-36 id) is above the saved position. Missing the boundary because
more than ~1,000 items arrived between two runs is the one unavoidable gap: poll often.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import praw
import prawcore

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
from collectors.paging import Entry, OrderKey, Page, Stream, collect_streams
from collectors.payloads import normalised_or_quarantined
from collectors.text import from_epoch

SITE = "https://www.reddit.com"
PAGE_LIMIT = 100  # Reddit's largest listing page
DEFAULT_WAIT = timedelta(minutes=10)  # Reddit's rate-limit window, when no header came
LONGEST_PACING = 30.0  # seconds prawcore may sleep before a request; longer is a RateLimited
_AUTH_ERRORS = (prawcore.Forbidden, prawcore.InsufficientScope, prawcore.InvalidToken)


def _reset_at(response: Any) -> datetime:
    headers = getattr(response, "headers", None) or {}
    for name in ("x-ratelimit-reset", "retry-after"):
        value = str(headers.get(name) or "").strip()
        if value.replace(".", "", 1).isdigit():
            return datetime.now(UTC) + timedelta(seconds=float(value))
    return datetime.now(UTC) + DEFAULT_WAIT


def _paced_until(reddit: praw.Reddit) -> datetime | None:
    """When prawcore would sleep longer than LONGEST_PACING before the next request (the
    quota is spent until the window resets), the time it would wake up.

    prawcore sleeps inside the call otherwise, which would block a worker for up to ten
    minutes. It keeps this state privately, hence the defensive lookups.
    """
    limiter = getattr(getattr(reddit, "_core", None), "_rate_limiter", None)
    wake_ns = getattr(limiter, "next_request_timestamp_ns", None)
    if not isinstance(wake_ns, int):
        return None
    seconds = (wake_ns - time.monotonic_ns()) / 1e9
    return datetime.now(UTC) + timedelta(seconds=seconds) if seconds > LONGEST_PACING else None


@contextmanager
def _reddit_errors(where: str) -> Iterator[None]:
    """Map prawcore errors to the collector error family."""
    try:
        yield
    except prawcore.TooManyRequests as exc:
        raise RateLimited(
            f"Reddit rate limit at {where}", reset_at=_reset_at(exc.response)
        ) from exc
    except prawcore.BadJSON as exc:
        text = exc.response.text
        raise BadPayload(
            f"truncated JSON body at {where}: {len(text)} chars", payload=text
        ) from exc
    except (*_AUTH_ERRORS, prawcore.OAuthException) as exc:
        # On a listing, Forbidden may also mean a private or banned subreddit.
        raise AuthFailed(f"Reddit refused access at {where}: {type(exc).__name__}") from exc
    except (prawcore.ServerError, prawcore.RequestException) as exc:
        raise SourceUnavailable(f"Reddit unavailable at {where}: {type(exc).__name__}") from exc
    except prawcore.ResponseException as exc:
        status = exc.response.status_code
        if status == 401:
            raise AuthFailed(f"Reddit refused credentials at {where}: HTTP 401") from exc
        raise CollectorError(f"Reddit rejected the request at {where}: HTTP {status}") from exc


def _author(data: Mapping[str, Any]) -> Author | None:
    name = data.get("author")
    if not name or name == "[deleted]":
        return None
    # Usernames never change on Reddit; old payloads lack author_fullname, so the name is
    # the one id every payload has.
    return Author(platform_user_id=name, handle=name, url=f"{SITE}/user/{name}")


def _comment_url(data: Mapping[str, Any]) -> str:
    if data.get("permalink"):
        return SITE + str(data["permalink"])
    return f"{SITE}/comments/{str(data.get('link_id', ''))[3:]}/_/{data['id']}"


def submission_to_mention(child: Mapping[str, Any]) -> RawMention:
    data = child["data"]
    title, body = data.get("title") or "", data.get("selftext") or ""
    return RawMention(
        platform="reddit",
        platform_id=data["name"],
        url=SITE + data["permalink"] if data.get("permalink") else data.get("url"),
        author=_author(data),
        text=f"{title}\n\n{body}" if body else title,
        language_hint=None,
        created_at=from_epoch(float(data["created_utc"])),
        kind="post",
        rating=None,
        parent_id=None,
        conversation_id=data["name"],
        title=title or None,
        raw=dict(child),
    )


def comment_to_mention(child: Mapping[str, Any]) -> RawMention:
    data = child["data"]
    return RawMention(
        platform="reddit",
        platform_id=data["name"],
        url=_comment_url(data),
        author=_author(data),
        text=data["body"],
        language_hint=None,
        created_at=from_epoch(float(data["created_utc"])),
        kind="reply",
        rating=None,
        parent_id=data.get("parent_id"),
        conversation_id=data.get("link_id"),
        title=data.get("link_title"),
        raw=dict(child),
    )


def _problem(child: Any) -> str | None:
    data = child.get("data") if isinstance(child, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return "listing item without a fullname"
    if not isinstance(data.get("created_utc"), int | float):
        return "listing item without created_utc"
    text_field = "body" if child.get("kind") == "t1" else "title"
    if not isinstance(data.get(text_field), str):
        return f"listing item without {text_field}"
    return None


def _entry(child: Any) -> Entry:
    problem = _problem(child)
    if problem is not None:
        name = child.get("data", {}).get("name") if isinstance(child, dict) else None
        return Entry(None, quarantine("reddit", problem, json.dumps(child), name))
    data = child["data"]
    position = {"created_utc": float(data["created_utc"]), "fullname": data["name"]}
    to_mention = comment_to_mention if child.get("kind") == "t1" else submission_to_mention
    item = normalised_or_quarantined("reddit", lambda: to_mention(child), child, data["name"])
    return Entry(position, item)


def page_from_listing(listing: Any, where: str) -> Page:
    if not isinstance(listing, dict) or listing.get("kind") != "Listing":
        raise BadPayload(f"not a listing at {where}", payload=json.dumps(listing)[:100_000])
    data = listing.get("data") or {}
    return Page([_entry(child) for child in data.get("children") or ()], data.get("after"))


class _ListingStream:
    platform = "reddit"

    def __init__(self, reddit: praw.Reddit, path: str, params: Mapping[str, str]) -> None:
        self._reddit, self._path, self._params = reddit, path, dict(params)

    def fetch(self, token: str | None, since: Any, limit: int) -> Page:
        params: dict[str, str | int] = {**self._params, "limit": min(PAGE_LIMIT, limit)}
        if token is not None:
            params["after"] = token
        where = f"{self._path} after {token or 'start'}"
        wake = _paced_until(self._reddit)
        if wake is not None:
            raise RateLimited(f"Reddit quota spent before {where}", reset_at=wake)
        with _reddit_errors(where):
            listing = self._reddit.request(method="GET", path=self._path, params=params)
        return page_from_listing(listing, where)

    def order(self, position: Any) -> OrderKey:
        fullname = str(position["fullname"])
        return (float(position["created_utc"]), float(int(fullname.partition("_")[2], 36)))


class RedditCollector:
    """Kinds `reddit_subreddit` (terms: subreddits; new posts and new comments of each)
    and `reddit_search` (spec.query in the subreddits of terms, or in r/all)."""

    def __init__(
        self,
        reddit: praw.Reddit,
        *,
        retry_delays: Sequence[float] = (),  # prawcore already retries 5xx twice
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._reddit, self._retry_delays, self._sleep = reddit, retry_delays, sleep

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
        if spec.kind == "reddit_subreddit":
            return dict(self._subreddit_streams(_subreddits(spec)))
        if spec.kind == "reddit_search":
            return dict(self._search_streams(spec))
        raise CollectorError(f"RedditCollector cannot collect kind {spec.kind!r}")

    def _subreddit_streams(self, subreddits: Sequence[str]) -> Iterator[tuple[str, Stream]]:
        for sub in subreddits:
            yield f"r/{sub}/new", _ListingStream(self._reddit, f"/r/{sub}/new", {})
            yield f"r/{sub}/comments", _ListingStream(self._reddit, f"/r/{sub}/comments", {})

    def _search_streams(self, spec: SourceSpec) -> Iterator[tuple[str, Stream]]:
        if not spec.query:
            raise CollectorError(f"source {spec.name!r}: reddit_search needs a query")
        for sub in spec.terms or ("all",):
            params = {"q": spec.query, "sort": "new", "t": "all", "restrict_sr": "1"}
            yield f"r/{sub}/search", _ListingStream(self._reddit, f"/r/{sub}/search/", params)


def _subreddits(spec: SourceSpec) -> tuple[str, ...]:
    subs = tuple(term.removeprefix("r/").strip("/") for term in spec.terms)
    if not subs:
        raise CollectorError(f"source {spec.name!r}: reddit_subreddit needs subreddits")
    return subs
