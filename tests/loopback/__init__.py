"""Loopback test infrastructure: a scriptable replay server, a network guard, cassette readers."""

from tests.loopback.cassettes import Interaction, betamax_interactions, body_of, vcr_interactions
from tests.loopback.guard import NetworkBlocked, loopback_only
from tests.loopback.server import LoopbackServer, Received, Reply

__all__ = [
    "Interaction",
    "LoopbackServer",
    "NetworkBlocked",
    "Received",
    "Reply",
    "betamax_interactions",
    "body_of",
    "loopback_only",
    "vcr_interactions",
]
