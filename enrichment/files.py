"""File adapters for offline enrichment: catalogue CSVs in, JSON Lines in and out.

Streaming: one line is read, enriched and written at a time, so memory stays flat however
long the file. Bad lines are reported (line number and reason, never their content) through
a callback and skipped.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from enrichment.engine import Enricher
from enrichment.models import AuthorRef, CatalogueProduction, KnownIdentity, MentionInput

BadLine = Callable[[int, str], None]


@dataclass
class RunStats:
    read: int = 0
    written: int = 0
    bad: int = 0


class BadMention(ValueError):
    """A JSONL line that is not a valid mention object."""


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _day(cell: str | None) -> date | None:
    return date.fromisoformat(cell.strip()) if cell and cell.strip() else None


def load_productions(path: Path) -> tuple[CatalogueProduction, ...]:
    """`id,title,aliases,hashtags,handles,category,first_performance,last_performance`, and
    an optional `cues` column (cast and creatives, characters, songs)."""
    with path.open(newline="", encoding="utf-8") as handle:
        return tuple(_production(row) for row in csv.DictReader(handle))


def _production(row: dict[str, str]) -> CatalogueProduction:
    return CatalogueProduction(
        id=row["id"].strip(),
        title=row["title"].strip(),
        aliases=_split(row.get("aliases")),
        hashtags=_split(row.get("hashtags")),
        handles=_split(row.get("handles")),
        cues=_split(row.get("cues")),
        category=(row.get("category") or "").strip() or None,
        first_performance=_day(row.get("first_performance")),
        last_performance=_day(row.get("last_performance")),
    )


def load_identities(path: Path) -> tuple[KnownIdentity, ...]:
    """`platform,platform_user_id,handle,patron_id`."""
    with path.open(newline="", encoding="utf-8") as handle:
        return tuple(
            KnownIdentity(
                platform=row["platform"].strip(),
                platform_user_id=(row.get("platform_user_id") or "").strip() or None,
                handle=(row.get("handle") or "").strip() or None,
                patron_id=row["patron_id"].strip(),
            )
            for row in csv.DictReader(handle)
        )


def parse_mention(line: str) -> MentionInput:
    """One input line -> `MentionInput`; raises `BadMention` with a reason."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadMention(f"invalid JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise BadMention("not a JSON object")
    if not isinstance(data.get("id"), str | int) or not isinstance(data.get("text"), str):
        raise BadMention("needs a string 'id' and 'text'")
    return MentionInput(
        id=str(data["id"]),
        text=data["text"],
        created_at=_timestamp(data.get("created_at")),
        platform=_optional_str(data, "platform"),
        author=_author(data.get("author")),
        source_production_id=_optional_str(data, "source_production_id"),
        language_hint=_optional_str(data, "language_hint"),
    )


def _optional_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise BadMention(f"'{key}' must be a string")


def _timestamp(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise BadMention("'created_at' is not ISO-8601") from None


def _author(value: Any) -> AuthorRef | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise BadMention("'author' must be an object")
    fields = {k: value.get(k) for k in ("platform_user_id", "handle", "display_name")}
    if any(v is not None and not isinstance(v, str | int) for v in fields.values()):
        raise BadMention("'author' fields must be strings")
    return AuthorRef(**{k: None if v is None else str(v) for k, v in fields.items()})


def read_mentions(
    lines: Iterable[str], on_bad_line: BadLine, stats: RunStats | None = None
) -> Iterator[MentionInput]:
    """Valid mentions of a JSONL stream; blank lines are skipped silently."""
    stats = stats if stats is not None else RunStats()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        stats.read += 1
        try:
            yield parse_mention(line)
        except BadMention as error:
            stats.bad += 1
            on_bad_line(number, str(error))


def _remember_ids(mentions: Iterable[MentionInput], ids: list[str]) -> Iterator[MentionInput]:
    for mention in mentions:
        ids.append(mention.id)
        yield mention


def enrich_stream(
    enricher: Enricher,
    lines: Iterable[str],
    out: IO[str],
    on_bad_line: BadLine,
    on_written: Callable[[], None] | None = None,
) -> RunStats:
    """Enrich a JSONL stream into `out`, one output line per valid input line."""
    stats = RunStats()
    mentions = read_mentions(lines, on_bad_line, stats)
    ids: list[str] = []  # ids of the batch in flight, in order
    for enrichment in enricher.enrich_many(_remember_ids(mentions, ids)):
        result = {"id": ids.pop(0), **enrichment.to_json()}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        stats.written += 1
        if on_written is not None:
            on_written()
    return stats
