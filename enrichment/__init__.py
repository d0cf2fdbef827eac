"""Enrichment engine: language, sentiment, touchpoints, keywords, production and patron
matching. Pure: plain data in, plain data out (no database, no network)."""

import warnings

from enrichment.native import stale_modules

if _stale := stale_modules():  # checked before the engine's modules are imported
    warnings.warn(
        f"enrichment: compiled modules older than their sources: {', '.join(_stale)}; "
        "the old code would run. Rebuild with `make install` (or `pip install -e .`).",
        RuntimeWarning,
        stacklevel=2,
    )

from enrichment.engine import PIPELINE_VERSION, Enricher
from enrichment.models import (
    Attendance,
    AuthorRef,
    Catalogue,
    CatalogueProduction,
    Enrichment,
    KnownIdentity,
    MentionInput,
    PatronMatch,
    PerformanceSlot,
    ProductionMatch,
    Sentiment,
    TouchpointSentiment,
)
from enrichment.sentiment import LexiconSentimentAnalyser, SentimentAnalyser

__all__ = [
    "PIPELINE_VERSION",
    "Attendance",
    "AuthorRef",
    "Catalogue",
    "CatalogueProduction",
    "Enricher",
    "Enrichment",
    "KnownIdentity",
    "LexiconSentimentAnalyser",
    "MentionInput",
    "PatronMatch",
    "PerformanceSlot",
    "ProductionMatch",
    "Sentiment",
    "SentimentAnalyser",
    "TouchpointSentiment",
]
