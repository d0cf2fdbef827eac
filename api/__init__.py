"""Foyer's HTTP API (FastAPI): one folder per domain, thin routers over service functions."""
