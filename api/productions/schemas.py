"""Production shapes of the API."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from api.voice import VoiceOut


class ProductionOut(BaseModel):
    id: int
    external_id: str | None
    title: str
    aliases: list[str]
    hashtags: list[str]
    handles: list[str]
    cues: list[str]  # cast and creatives, characters, songs: matching context
    category: str | None
    season: str | None
    first_performance: date | None
    last_performance: date | None
    performances: int


class AudienceOut(BaseModel):
    """The ticketing side: who came (paid orders, cancelled ones left out)."""

    tickets: int
    orders: int
    patrons: int


class ProductionDetail(ProductionOut):
    audience: AudienceOut
    social_voice: VoiceOut
