"""Collector tests run against loopback replay servers only (see tests/loopback)."""

from tests.loopback.fixtures import loopback, no_network

__all__ = ["loopback", "no_network"]
