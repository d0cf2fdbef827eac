"""Patron matching: platform user id, then handle; suggestions are never automatic."""

from __future__ import annotations

from datetime import UTC, datetime

from enrichment import AuthorRef, Enricher, Enrichment, MentionInput, PatronMatch


def enrich(
    enricher: Enricher, author: AuthorRef, platform: str = "x", when: datetime | None = None
) -> Enrichment:
    mention = MentionInput(
        id="m",
        text="Hamilton was wonderful tonight",
        platform=platform,
        author=author,
        created_at=when,
    )
    return enricher.enrich(mention)


def test_the_platform_user_id_identifies_the_patron(enricher: Enricher) -> None:
    result = enrich(enricher, AuthorRef(platform_user_id="1001", handle="renamed_since"))
    assert result.patron == PatronMatch("patron-jane", 1.0, "platform_user_id")


def test_the_handle_is_the_fallback(enricher: Enricher) -> None:
    result = enrich(enricher, AuthorRef(handle="@sam@theatre.social"), platform="mastodon")
    assert result.patron == PatronMatch("patron-sam", 0.9, "handle")


def test_identities_do_not_cross_platforms(enricher: Enricher) -> None:
    assert enrich(enricher, AuthorRef(platform_user_id="1001"), platform="reddit").patron is None


def test_an_unknown_author_like_a_recent_attendee_is_only_suggested(enricher: Enricher) -> None:
    when = datetime(2026, 3, 6, 23, 0, tzinfo=UTC)
    result = enrich(
        enricher, AuthorRef(platform_user_id="555", display_name="Maria Garcia 🎭"), when=when
    )
    assert result.patron is None
    assert [s.patron_id for s in result.suggested_patrons] == ["patron-maria"]
    assert result.suggested_patrons[0].method == "suggested"


def test_no_suggestion_for_a_dissimilar_name(enricher: Enricher) -> None:
    when = datetime(2026, 3, 6, 23, 0, tzinfo=UTC)
    result = enrich(
        enricher, AuthorRef(platform_user_id="556", display_name="Tom Baker"), when=when
    )
    assert result.suggested_patrons == ()
