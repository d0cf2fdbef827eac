"""The loopback replay server and the network guard themselves."""

from __future__ import annotations

import socket

import httpx
import pytest

from tests.loopback import LoopbackServer, NetworkBlocked, Reply, loopback_only


def test_replies_are_served_in_order_and_the_last_one_repeats() -> None:
    with LoopbackServer() as server, httpx.Client(base_url=server.base_url) as http:
        server.route("GET", "/feed", Reply(500), Reply(200, "ok"))
        statuses = [http.get("/feed").status_code for _ in range(3)]
    assert statuses == [500, 200, 200]


def test_a_route_with_query_conditions_wins_over_the_plain_route() -> None:
    with LoopbackServer() as server, httpx.Client(base_url=server.base_url) as http:
        server.route("GET", "/page", Reply(body="first"))
        server.route("GET", "/page", Reply(body="second"), when={"after": "t3_x"})
        bodies = [http.get("/page").text, http.get("/page", params={"after": "t3_x"}).text]
    assert bodies == ["first", "second"]


def test_requests_are_recorded_and_unscripted_ones_get_599() -> None:
    with LoopbackServer() as server, httpx.Client(base_url=server.base_url) as http:
        response = http.post("/nowhere?x=1", content=b"payload", headers={"X-Test": "yes"})
    assert response.status_code == 599
    [received] = server.unmatched
    assert (received.method, received.path, received.query) == ("POST", "/nowhere", {"x": ["1"]})
    assert received.body == b"payload" and received.headers["x-test"] == "yes"


def test_the_guard_refuses_names_and_addresses_beyond_loopback() -> None:
    with loopback_only():
        with pytest.raises(NetworkBlocked):
            socket.getaddrinfo("example.org", 443)
        with pytest.raises(NetworkBlocked), socket.socket() as sock:
            sock.connect(("93.184.215.14", 80))


def test_the_guard_lets_loopback_through() -> None:
    with loopback_only(), LoopbackServer() as server, httpx.Client() as http:
        server.route("GET", "/", Reply(body="here"))
        assert http.get(server.base_url + "/").text == "here"
