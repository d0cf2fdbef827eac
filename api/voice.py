"""The social-voice summary shape, shared by the patron and production routes."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from crm.voice import Voice


class SentimentCounts(BaseModel):
    positive: int
    neutral: int
    negative: int


class VoiceOut(BaseModel):
    """Mentions and how they feel, with the touchpoints they speak of."""

    mentions: int
    enriched: int
    sentiment: SentimentCounts
    average_compound: float | None
    last_mention_at: datetime | None
    touchpoints: dict[str, SentimentCounts]

    @classmethod
    def of(cls, voice: Voice) -> VoiceOut:
        return cls(
            mentions=voice.mentions,
            enriched=voice.enriched,
            sentiment=SentimentCounts(**voice.sentiment),
            average_compound=voice.average_compound,
            last_mention_at=voice.last_mention_at,
            touchpoints={k: SentimentCounts(**v) for k, v in sorted(voice.touchpoints.items())},
        )
