"""Enrichment engine: language, sentiment, touchpoints, keywords, production and patron
matching. Pure: plain data in, plain data out (no database, no network)."""

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
