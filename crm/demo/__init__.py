"""Deterministic demo data: the Lyceum Playhouse over three seasons.

``load_demo`` fills an empty database with productions, performances, patrons (people,
households, organisations), orders, interactions, social identities, mentions and paused
listening sources. The same seed always gives the same rows; nothing reads the clock.
"""

from crm.demo.config import DemoConfig
from crm.demo.loader import load_demo

__all__ = ["DemoConfig", "load_demo"]
