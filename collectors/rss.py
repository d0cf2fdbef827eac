"""RSS/Atom feeds (blog and press reviews): httpx with timeouts and conditional GET,
feedparser on the bytes.

A feed's cursor is `{"etag", "last_modified", "seen": [entry keys]}`. A 304 means nothing
new. A feed is a sliding window, so `seen` holds the keys of the entries in the latest
window: an entry is new when its key is not in it. When the budget cuts a feed short, the
old validators are kept (so the next GET is not a 304) and the taken keys are added.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import httpx

from collectors.base import (
    AuthFailed,
    Author,
    Batch,
    CollectorError,
    Quarantined,
    RateLimited,
    RawMention,
    SourceSpec,
    SourceUnavailable,
    quarantine,
)
from collectors.paging import DEFAULT_RETRY_DELAYS, unique_mentions
from collectors.payloads import jsonable, normalised_or_quarantined
from collectors.text import html_to_text

log = logging.getLogger(__name__)

MAX_SEEN = 1000  # entry keys remembered per feed; feeds rarely list more than 100
DEFAULT_WAIT = timedelta(minutes=30)
_BENIGN = (
    feedparser.CharacterEncodingOverride,
    feedparser.NonXMLContentType,
    feedparser.UndeclaredNamespace,
)
_STARS = re.compile(r"(★+)(☆*)")
_SCORE = re.compile(r"\b([0-5](?:\.\d)?)\s*(?:/\s*5|out of (?:5|five)|stars?)\b", re.IGNORECASE)


def rating_of(*texts: str) -> float | None:
    """A 0..5 rating written in a review's title or text: ★★★★☆, 4/5, 4 out of 5, 4 stars."""
    for text in texts:
        stars = _STARS.search(text)
        if stars:
            full, empty = len(stars.group(1)), len(stars.group(2))
            return round(5 * full / (full + empty), 2) if empty else float(min(full, 5))
        score = _SCORE.search(text)
        if score:
            return float(score.group(1))
    return None


def _entry_key(entry: Mapping[str, Any]) -> str:
    key = entry.get("id") or entry.get("link")
    if key:
        return str(key)
    digest = hashlib.sha1(json.dumps(jsonable(entry), sort_keys=True).encode())
    return "sha1:" + digest.hexdigest()


def _created_at(entry: Mapping[str, Any], fetched_at: datetime) -> datetime:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed is None:
        return fetched_at  # an undated entry is taken as new when we first see it
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def _body_html(entry: Mapping[str, Any]) -> str:
    contents = entry.get("content") or ()
    if contents and contents[0].get("value"):
        return str(contents[0]["value"])
    return str(entry.get("summary") or "")


@dataclass(frozen=True)
class _Feed:
    url: str
    kind: str
    language: str | None
    fetched_at: datetime

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc


def _author(entry: Mapping[str, Any], feed: _Feed) -> Author | None:
    name = entry.get("author")
    if not name:
        return None
    return Author(platform_user_id=f"{feed.host}/{name}", handle=None, display_name=str(name))


def entry_to_mention(entry: Mapping[str, Any], feed: _Feed) -> RawMention:
    title = str(entry.get("title") or "").strip() or None
    text = html_to_text(_body_html(entry)) or title or ""
    language = entry.get("language") or feed.language
    return RawMention(
        platform="rss",
        platform_id=_entry_key(entry),
        url=entry.get("link"),
        author=_author(entry, feed),
        text=text,
        language_hint=str(language).split("-")[0].lower() if language else None,
        created_at=_created_at(entry, feed.fetched_at),
        kind=feed.kind,
        rating=rating_of(title or "", text) if feed.kind == "review" else None,
        parent_id=None,
        conversation_id=None,
        title=title,
        raw=jsonable(entry),
    )


def _item(entry: Mapping[str, Any], feed: _Feed) -> RawMention | Quarantined:
    if not (entry.get("id") or entry.get("link")):
        return quarantine(
            "rss", f"feed entry without id or link in {feed.url}", json.dumps(jsonable(entry))
        )
    if not (_body_html(entry).strip() or str(entry.get("title") or "").strip()):
        return quarantine(
            "rss",
            f"feed entry without text in {feed.url}",
            json.dumps(jsonable(entry)),
            _entry_key(entry),
        )
    return normalised_or_quarantined(
        "rss", lambda: entry_to_mention(entry, feed), entry, _entry_key(entry)
    )


def _retry_after(response: httpx.Response) -> datetime:
    value = response.headers.get("retry-after", "").strip()
    if value.isdigit():
        return datetime.now(UTC) + timedelta(seconds=int(value))
    try:
        return parsedate_to_datetime(value).astimezone(UTC)
    except (TypeError, ValueError):
        return datetime.now(UTC) + DEFAULT_WAIT


def _check_status(response: httpx.Response, url: str) -> None:
    status = response.status_code
    if status == 429:
        raise RateLimited(f"feed rate limit at {url}", reset_at=_retry_after(response))
    if status in (401, 403):
        raise AuthFailed(f"feed refused access at {url}: HTTP {status}")
    if status >= 500:
        raise SourceUnavailable(f"feed server error at {url}: HTTP {status}")
    if status != 304 and not 200 <= status < 300:
        raise CollectorError(f"feed answered HTTP {status} at {url}")


def _damage(parsed: Any) -> str | None:
    """Why a parsed body is unusable, or None. Encoding and content-type complaints are
    benign (many feeds have them); an XML syntax error means a cut or broken body."""
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(exc, _BENIGN):
        return f"unreadable feed ({type(exc).__name__}: {exc})"
    if not parsed.get("version") and not parsed.entries:
        return "not a feed"
    return None


@dataclass(frozen=True)
class _FeedResult:
    mentions: list[RawMention]
    quarantined: list[Quarantined]
    state: dict[str, Any]
    exhausted: bool


class FeedCollector:
    """Kind `rss`: spec.terms are feed URLs; spec.options["entry_kind"] is "review"
    (default) or "post"."""

    def __init__(
        self,
        http: httpx.Client,
        *,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._http, self._retry_delays, self._sleep = http, retry_delays, sleep

    def collect(
        self, spec: SourceSpec, cursor: Mapping[str, Any] | None, *, max_items: int = 500
    ) -> Batch:
        if spec.kind != "rss" or not spec.terms:
            raise CollectorError(f"source {spec.name!r}: rss needs feed URLs in terms")
        kind = str(spec.options.get("entry_kind", "review"))
        saved: dict[str, Any] = dict((cursor or {}).get("feeds") or {})
        batch = Batch([], {"feeds": dict(saved)}, [], exhausted=True)
        for url in spec.terms:
            budget = max_items - len(batch.mentions)
            if budget <= 0:
                return replace(batch, exhausted=False)
            batch = self._add(batch, url, kind, saved.get(url), budget)
        return batch

    def _add(self, batch: Batch, url: str, kind: str, state: Any, budget: int) -> Batch:
        try:
            result = self._read(url, kind, state, budget)
        except CollectorError as exc:
            exc.partial = batch if batch.mentions or batch.quarantined else None
            raise
        return Batch(
            unique_mentions(batch.mentions, result.mentions),
            {"feeds": {**batch.cursor["feeds"], url: result.state}},
            batch.quarantined + result.quarantined,
            batch.exhausted and result.exhausted,
        )

    def _read(
        self, url: str, kind: str, state: Mapping[str, Any] | None, budget: int
    ) -> _FeedResult:
        response = self._get(url, state or {})
        if response.status_code == 304:
            return _FeedResult([], [], dict(state or {}), exhausted=True)
        # content-location lets feedparser resolve relative links against the feed URL.
        headers = {**response.headers, "content-location": str(response.url)}
        parsed = feedparser.parse(response.content, response_headers=headers)
        problem = _damage(parsed)
        if problem is not None:
            # Entries of a cut body may be cut too: keep none, keep the old state so the
            # next run fetches the whole feed again.
            lost = quarantine("rss", f"{problem} at {url}", response.text)
            return _FeedResult([], [lost], dict(state or {}), exhausted=False)
        feed = _Feed(url, kind, parsed.feed.get("language"), datetime.now(UTC))
        return _take(parsed.entries, feed, state, response, budget)

    def _get(self, url: str, state: Mapping[str, Any]) -> httpx.Response:
        headers = {}
        if state.get("etag"):
            headers["If-None-Match"] = str(state["etag"])
        if state.get("last_modified"):
            headers["If-Modified-Since"] = str(state["last_modified"])
        for delay in self._retry_delays:
            try:
                return self._get_once(url, headers)
            except SourceUnavailable as exc:
                log.info("feed unavailable (%s); retrying in %.1f s", exc, delay)
                self._sleep(delay)
        return self._get_once(url, headers)

    def _get_once(self, url: str, headers: Mapping[str, str]) -> httpx.Response:
        try:
            response = self._http.get(url, headers=headers)
        except httpx.TransportError as exc:  # timeouts, refused connections, broken streams
            raise SourceUnavailable(f"feed unreachable at {url}: {type(exc).__name__}") from exc
        _check_status(response, url)
        return response


def _take(
    entries: Sequence[Any],
    feed: _Feed,
    state: Mapping[str, Any] | None,
    response: httpx.Response,
    budget: int,
) -> _FeedResult:
    seen = set((state or {}).get("seen") or ())
    fresh = [e for e in entries if _entry_key(e) not in seen]
    fresh.sort(key=lambda e: _created_at(e, feed.fetched_at), reverse=True)
    taken, cut = fresh[:budget], len(fresh) > budget
    items = [_item(e, feed) for e in taken]
    mentions = [i for i in items if isinstance(i, RawMention)]
    quarantined = [i for i in items if isinstance(i, Quarantined)]
    if cut and state is not None:  # resume the rest next run: keep the old validators
        keys = list(state.get("seen") or []) + [_entry_key(e) for e in taken]
        return _FeedResult(mentions, quarantined, {**state, "seen": keys[-MAX_SEEN:]}, False)
    new_state = {
        "etag": response.headers.get("etag"),
        "last_modified": response.headers.get("last-modified"),
        "seen": [_entry_key(e) for e in entries][:MAX_SEEN],
    }
    return _FeedResult(mentions, quarantined, new_state, exhausted=True)
