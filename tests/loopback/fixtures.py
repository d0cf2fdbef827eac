"""Pytest fixtures to import into a conftest: `from tests.loopback.fixtures import *`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.loopback.guard import loopback_only
from tests.loopback.server import LoopbackServer

__all__ = ["loopback", "no_network"]


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    """A running loopback replay server, stopped after the test, which fails if the
    code under test made a request the test did not script."""
    with LoopbackServer() as server:
        yield server
    unscripted = [f"{r.method} {r.path}" for r in server.unmatched]
    assert not unscripted, f"unscripted requests: {unscripted}"


@pytest.fixture(autouse=True)
def no_network() -> Iterator[None]:
    """Every test in a directory whose conftest imports this runs loopback-only."""
    with loopback_only():
        yield
