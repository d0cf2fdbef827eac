"""Factories for the platform client objects a collector is built from.

Every base URL is a parameter, so the worker maps it from settings and tests point it
at a loopback server. The clients are configured to *raise* on rate limits (never sleep
inside a collect call) and to time out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import httpx
import mastodon
import praw
import requests
import tweepy
from requests.adapters import HTTPAdapter

Timeout = float | tuple[float, float] | tuple[float, None] | None
Cert = bytes | str | tuple[bytes | str, bytes | str] | None
TWEEPY_FIXED_HOST = "https://api.twitter.com"  # hard-coded inside tweepy's Client.request
DEFAULT_TIMEOUT = 30.0
USER_AGENT = "foyer-listening/0.1 (+https://github.com/foyer-crm)"


class HostRewriteAdapter(HTTPAdapter):
    """Sends requests for `fixed_host` to `base_url` instead, with a default timeout."""

    def __init__(self, fixed_host: str, base_url: str, timeout: float) -> None:
        super().__init__()
        self.fixed_host = fixed_host.rstrip("/")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Timeout = None,
        verify: bool | str = True,
        cert: Cert = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        url = request.url or ""
        if url.startswith(self.fixed_host):
            request.url = self.base_url + url[len(self.fixed_host) :]
        # tweepy sets no timeout at all: a stalled server would hang the worker forever.
        timeout = self.timeout if timeout is None else timeout
        return super().send(request, stream, timeout, verify, cert, proxies)


class RefusingAdapter(HTTPAdapter):
    """Refuses every request: mounted on a session's catch-all prefixes so that a client
    can reach nothing but its configured base."""

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Timeout = None,
        verify: bool | str = True,
        cert: Cert = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        raise requests.exceptions.ConnectionError(f"refused: {request.url} is not a platform base")


def make_x_client(
    bearer_token: str, api_base: str = "https://api.x.com", *, timeout: float = DEFAULT_TIMEOUT
) -> tweepy.Client:
    """A tweepy v2 client (app-only bearer) that talks to `api_base` and nothing else.

    `return_type=requests.Response` lets the collector keep the raw body (to quarantine a
    truncated page) and parse it itself; `XCollector` requires it.
    """
    client = tweepy.Client(
        bearer_token=bearer_token, return_type=requests.Response, wait_on_rate_limit=False
    )
    client.session.mount("http://", RefusingAdapter())
    client.session.mount("https://", RefusingAdapter())
    client.session.mount(
        TWEEPY_FIXED_HOST, HostRewriteAdapter(TWEEPY_FIXED_HOST, api_base, timeout)
    )
    return client


def make_reddit(
    client_id: str,
    client_secret: str,
    user_agent: str,
    api_base: str = "https://oauth.reddit.com",
    oauth_base: str = "https://www.reddit.com",
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> praw.Reddit:
    """A read-only praw client with application-only OAuth (client credentials).

    URLs go as keyword arguments, so a stray praw.ini cannot redirect them, and
    `check_for_updates=False` keeps praw from calling the package index.
    """
    return praw.Reddit(
        client_id=client_id,
        client_secret=client_secret,
        user_agent=user_agent,
        oauth_url=api_base,
        reddit_url=oauth_base,
        short_url=oauth_base,
        check_for_updates=False,
        check_for_async=False,
        timeout=math.ceil(timeout),  # praw reads its timeout setting as an int
    )


def make_mastodon(
    instance_url: str, access_token: str, *, timeout: float = DEFAULT_TIMEOUT
) -> mastodon.Mastodon:
    """A Mastodon.py client that raises on 429 instead of sleeping."""
    return mastodon.Mastodon(
        api_base_url=instance_url,
        access_token=access_token,
        ratelimit_method="throw",
        version_check_mode="none",
        request_timeout=timeout,
        user_agent=USER_AGENT,
    )


def make_http_client(timeout: float = DEFAULT_TIMEOUT) -> httpx.Client:
    """The httpx client used for feeds: bounded timeouts, redirects followed."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    )
