"""Productions (shows) and their performances."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from crm.coltypes import JSONType, UTCDateTime


class Production(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    external_id: str | None = Field(default=None, max_length=120, unique=True)
    title: str = Field(max_length=250, index=True)
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    hashtags: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    handles: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    # what points to this show when its title is an ordinary word ("Company", "Rent"): cast
    # and creatives, characters, songs ("Roxie", "Cell Block Tango"). Context for matching,
    # never a match alone.
    cues: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    category: str | None = Field(default=None, max_length=40, index=True)
    season: str | None = Field(default=None, max_length=20)
    first_performance: date | None = None
    last_performance: date | None = None


class Performance(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    external_id: str | None = Field(default=None, max_length=120, unique=True)
    production_id: int = Field(foreign_key="production.id", ondelete="CASCADE", index=True)
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)
    venue: str | None = Field(default=None, max_length=120)
    capacity: int | None = None


class Venue(SQLModel, table=True):
    """The organisation's own venue(s), as people name them: the names and handles are theatre
    context when matching mentions (a common-word title near "the Lyceum" is a show)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    handles: list[str] = Field(default_factory=list, sa_column=Column(JSONType, nullable=False))
    city: str | None = Field(default=None, max_length=120)
