"""Listening sources and what they catch: the storage side of the collectors."""
