"""A scriptable loopback HTTP server for tests: routes -> queued replies, requests recorded.

    with LoopbackServer() as server:
        server.route("GET", "/2/tweets/search/recent", Reply(json_body={"data": []}))
        ... point a client at server.base_url ...
        assert server.requests[0].query["query"] == ["Hamlet"]

Replies for a route are served in order; the last one repeats. A route may require query
parameters (`when={"pagination_token": "abc"}`); such routes are tried first. An unscripted
request gets a 599 reply and is recorded in `unmatched`.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    json_body: Any = None  # when set, sent as JSON (overrides body)
    delay: float = 0.0  # seconds to wait before answering (to provoke client timeouts)

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if self.json_body is not None:
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
            return json.dumps(self.json_body).encode(), headers
        body = self.body.encode() if isinstance(self.body, str) else self.body
        return body, headers


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class _Route:
    method: str
    path: str
    when: Mapping[str, str]
    replies: list[Reply]

    def matches(self, method: str, path: str, query: Mapping[str, list[str]]) -> bool:
        if method != self.method or path.rstrip("/") != self.path.rstrip("/"):
            return False
        return all(query.get(key) == [value] for key, value in self.when.items())

    def next_reply(self) -> Reply:
        return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out on purpose closes the socket before the reply is written.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LoopbackServer:
    """A threaded `http.server` on 127.0.0.1 with an ephemeral port."""

    def __init__(self) -> None:
        self._routes: list[_Route] = []
        self._lock = threading.Lock()
        self.requests: list[Received] = []
        self.unmatched: list[Received] = []
        self._httpd = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def route(
        self, method: str, path: str, *replies: Reply, when: Mapping[str, str] | None = None
    ) -> None:
        """Script `replies` for `method path` (and the query values in `when`)."""
        with self._lock:
            route = _Route(method.upper(), path, dict(when or {}), list(replies))
            # Routes with conditions first, so a catch-all never shadows them.
            self._routes.insert(0, route) if route.when else self._routes.append(route)

    def requests_to(self, path: str) -> list[Received]:
        return [r for r in self.requests if r.path.rstrip("/") == path.rstrip("/")]

    def answer(self, received: Received) -> Reply:
        with self._lock:
            self.requests.append(received)
            for route in self._routes:
                if route.matches(received.method, received.path, received.query):
                    return route.next_reply()
            self.unmatched.append(received)
        return Reply(599, f"no scripted reply for {received.method} {received.path}")

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _handler_for(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            split = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            received = Received(
                self.command,
                split.path,
                parse_qs(split.query, keep_blank_values=True),
                {k.lower(): v for k, v in self.headers.items()},
                self.rfile.read(length) if length else b"",
            )
            reply = server.answer(received)
            time.sleep(reply.delay)
            body, headers = reply.encoded()
            self.send_response(reply.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    return Handler
