"""Production matching: titles, aliases, tags, typos; common-word titles need context."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from enrichment import Enricher, MentionInput, ProductionMatch


def matches(
    enricher: Enricher, text: str, created_at: datetime | None = None
) -> tuple[ProductionMatch, ...]:
    return enricher.enrich(MentionInput(id="m", text=text, created_at=created_at)).productions


def ids(enricher: Enricher, text: str) -> list[str]:
    return [m.production_id for m in matches(enricher, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Saw Hamilton tonight!",
        "saw HAMILTON tonight",
        "Hamilton's second act is perfect",
        "Tickets for #HamiltonMusical booked",
        "@HamiltonWestEnd you were amazing",
        "We went to see 'Hamilton' at last",
    ],
)
def test_title_case_possessives_hashtags_handles_and_quotes(enricher: Enricher, text: str) -> None:
    assert ids(enricher, text) == ["ham"]


def test_the_match_carries_the_span_of_the_title(enricher: Enricher) -> None:
    text = "Finally saw Hamilton at the Lyceum Playhouse"
    (match,) = matches(enricher, text)
    assert text[match.span[0] : match.span[1]] == "Hamilton"
    assert 0.5 <= match.confidence <= 1.0


def test_a_small_typo_in_a_long_title_still_matches(enricher: Enricher) -> None:
    text = "The Curious Incident of the Dog in the Nighttime was stunning"
    assert ids(enricher, text) == ["curious"]


def test_an_alias_matches(enricher: Enricher) -> None:
    assert ids(enricher, "Les Mis made me sob like a baby, what a cast") == ["lesmis"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Saw "Company" last night, what a cast', ["company"]),
        ("Company at the Lyceum Playhouse: sharp and funny", ["company"]),
        ("Once the musical is the gentlest show", ["once"]),
        ("Finally saw Rent. Angel broke my heart", ["rent"]),
        ("Got tickets for Chicago tonight at the Lyceum Playhouse", ["chicago"]),
        ("Art at the Lyceum Playhouse is the funniest thing this year", ["art"]),
    ],
)
def test_common_word_titles_match_with_theatre_context(
    enricher: Enricher, text: str, expected: list[str]
) -> None:
    assert ids(enricher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Company policy says no bags bigger than A4",
        "Landlord wants to put the rent up again",
        "the cats are fighting again at 3am",
        "Flying to Chicago for work next week",
        "Once again the tram is cancelled",
        "proof of address needed for the bank",
        "Art Basel was a circus this year",
        "I only go to the theatre once a year",
    ],
)
def test_common_word_titles_do_not_match_without_context(enricher: Enricher, text: str) -> None:
    assert ids(enricher, text) == []


def test_the_likely_performance_is_the_one_just_before_the_post(enricher: Enricher) -> None:
    posted = datetime(2026, 3, 6, 22, 45, tzinfo=UTC)
    (match,) = matches(enricher, "Hamilton was incredible tonight", posted)
    assert match.performance_id == "ham-6"


def test_no_performance_outside_the_run(enricher: Enricher) -> None:
    posted = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    (match,) = matches(enricher, "Still thinking about Hamilton and that cast", posted)
    assert match.performance_id is None


def test_two_productions_in_one_post(enricher: Enricher) -> None:
    found = ids(enricher, "Les Mis then Mamma Mia! at the Lyceum Playhouse this summer")
    assert found == ["lesmis", "mama"]
