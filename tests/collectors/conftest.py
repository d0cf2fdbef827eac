"""Collector tests run against loopback replay servers only (see tests/loopback)."""

from tests.loopback.fixtures import loopback

__all__ = ["loopback"]
