"""File adapters: catalogue CSVs in, JSON Lines streamed in and out."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from enrichment import AuthorRef, Catalogue, CatalogueProduction, Enricher, KnownIdentity
from enrichment.files import (
    BadMention,
    enrich_stream,
    load_identities,
    load_productions,
    parse_mention,
)

PRODUCTIONS_CSV = (
    "id,title,aliases,hashtags,handles,category,first_performance,last_performance\n"
    "p1,Les Misérables,Les Mis|Les Miz,#LesMis|#LesMisLyceum,@LesMisLyceum,musical,"
    "2024-06-06,2024-07-27\n"
    'p2,"One Man, Two Guvnors",,,,comedy,,\n'
)
IDENTITIES_CSV = (
    "platform,platform_user_id,handle,patron_id\nx,1001,janedoe,pat-1\nreddit,,u_sam,pat-2\n"
)


def test_productions_csv_lists_are_pipe_separated(tmp_path: Path) -> None:
    path = tmp_path / "productions.csv"
    path.write_text(PRODUCTIONS_CSV, encoding="utf-8")
    first, second = load_productions(path)
    assert first == CatalogueProduction(
        id="p1",
        title="Les Misérables",
        aliases=("Les Mis", "Les Miz"),
        hashtags=("#LesMis", "#LesMisLyceum"),
        handles=("@LesMisLyceum",),
        category="musical",
        first_performance=date(2024, 6, 6),
        last_performance=date(2024, 7, 27),
    )
    assert second.title == "One Man, Two Guvnors"
    assert second.aliases == () and second.first_performance is None


def test_productions_csv_may_list_cues(tmp_path: Path) -> None:
    path = tmp_path / "productions.csv"
    path.write_text("id,title,cues\np1,Company,Bobby|Being Alive\np2,Rent,\n", encoding="utf-8")
    first, second = load_productions(path)
    assert first.cues == ("Bobby", "Being Alive")
    assert second.cues == ()


def test_identities_csv_allows_a_missing_user_id(tmp_path: Path) -> None:
    path = tmp_path / "identities.csv"
    path.write_text(IDENTITIES_CSV, encoding="utf-8")
    assert load_identities(path) == (
        KnownIdentity("x", "1001", "janedoe", "pat-1"),
        KnownIdentity("reddit", None, "u_sam", "pat-2"),
    )


def test_an_input_line_becomes_a_mention() -> None:
    line = json.dumps(
        {
            "id": "t1",
            "text": "hello",
            "created_at": "2024-06-07T21:30:00Z",
            "platform": "x",
            "author": {"platform_user_id": "1001", "handle": "janedoe"},
        }
    )
    mention = parse_mention(line)
    assert (mention.id, mention.platform) == ("t1", "x")
    assert mention.created_at == datetime(2024, 6, 7, 21, 30, tzinfo=UTC)
    assert mention.author == AuthorRef(platform_user_id="1001", handle="janedoe")


def test_a_bad_timestamp_is_reported_as_a_bad_line() -> None:
    with pytest.raises(BadMention, match="created_at"):
        parse_mention(json.dumps({"id": "t1", "text": "x", "created_at": "yesterday"}))


def test_stream_writes_one_line_per_mention_and_reports_bad_lines() -> None:
    catalogue = Catalogue(
        productions=(CatalogueProduction(id="p1", title="Les Misérables", aliases=("Les Mis",)),),
        identities=(KnownIdentity("x", "1001", "janedoe", "pat-1"),),
    )
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "Les Mis tonight, the cast was superb",
                "platform": "x",
                "author": {"platform_user_id": "1001"},
            }
        )
        + "\n",
        "{not json\n",
        json.dumps({"id": "b"}) + "\n",
        "\n",
        json.dumps({"id": "c", "text": "Les portes ouvrent à 19h30"}) + "\n",
    ]
    out = io.StringIO()
    bad: list[tuple[int, str]] = []
    stats = enrich_stream(Enricher(catalogue), lines, out, lambda n, why: bad.append((n, why)))
    written = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [w["id"] for w in written] == ["a", "c"]
    assert [n for n, _ in bad] == [2, 3]
    assert (stats.read, stats.written, stats.bad) == (4, 2, 2)
    first = written[0]
    assert first["sentiment"]["label"] == "positive"
    assert first["productions"][0]["id"] == "p1"
    assert first["productions"][0]["span"] == [0, 7]
    assert first["patron"] == {"id": "pat-1", "confidence": 1.0, "method": "platform_user_id"}
    assert {
        "name": "performance",
        "sentiment": {
            "label": "positive",
            "compound": first["touchpoints"][0]["sentiment"]["compound"],
        },
    } == first["touchpoints"][0]
    assert written[1]["language"] == "fr" and written[1]["patron"] is None
