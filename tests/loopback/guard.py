"""A safety net for test sessions: refuse any socket connection or name lookup that is
not loopback, so a misconfigured client fails loudly instead of reaching the internet."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


class NetworkBlocked(OSError):
    """Raised instead of connecting to a host that is not loopback."""


def _host_of(address: Any) -> str:
    return str(address[0]) if isinstance(address, tuple) else str(address)


@contextmanager
def loopback_only() -> Iterator[None]:
    """Within the block, only loopback hosts can be resolved or connected to."""
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and (
            _host_of(address) not in LOOPBACK_HOSTS
        ):
            raise NetworkBlocked(f"test tried to connect to {address!r}")
        real_connect(sock, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and str(host) not in LOOPBACK_HOSTS:
            raise NetworkBlocked(f"test tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = getaddrinfo
    try:
        yield
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]
        socket.getaddrinfo = real_getaddrinfo
