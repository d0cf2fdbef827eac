"""Demo data: deterministic per seed, realistic shapes at a small scale, empty databases only."""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from rich.console import Console
from sqlalchemy import func
from sqlmodel import Session, col, select

from crm.db import make_engine
from crm.demo import DemoConfig, load_demo
from crm.demo.config import TODAY
from crm.demo.dataset import build_dataset
from crm.migrate import upgrade
from crm.models import (
    Consent,
    Enrichment,
    ListeningSource,
    Mention,
    Order,
    OrderLine,
    Patron,
    PatronExternalId,
    PatronListCode,
    PatronRelation,
    Performance,
    Production,
    SocialIdentity,
    TriageState,
)

SMALL = DemoConfig(seed=7, patrons=500)


def load(session: Session, config: DemoConfig = SMALL) -> dict[str, int]:
    counts = load_demo(session=session, config=config)
    session.flush()
    return counts


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """The small demo, loaded once into a SQLite database of its own, for read-only tests of
    its shapes (these do not depend on the backend; loading itself is tested on both)."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}")
    upgrade(engine)
    with Session(engine) as db:
        load(db)
        db.commit()
        yield db
    engine.dispose()


def count(session: Session, model: type) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def digest(rows: object) -> str:
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def generated_digest(config: DemoConfig) -> str:
    return digest(
        [(part.name, [sorted(r.items()) for r in part.rows]) for part in build_dataset(config)]
    )


def products_per_buyer(session: Session) -> Counter[int]:
    """Patron id -> how many distinct productions they bought (paid orders)."""
    query = (
        select(Order.patron_id, func.count(func.distinct(Performance.production_id)))
        .join(OrderLine, col(OrderLine.order_id) == Order.id)
        .join(Performance, col(Performance.id) == OrderLine.performance_id)
        .where(Order.status == "paid")
        .group_by(Order.patron_id)
    )
    return Counter({patron_id: n for patron_id, n in session.exec(query)})


class TestDeterminism:
    def test_the_same_seed_generates_the_same_rows(self) -> None:
        assert generated_digest(SMALL) == generated_digest(DemoConfig(seed=7, patrons=500))

    def test_another_seed_generates_other_rows(self) -> None:
        assert generated_digest(SMALL) != generated_digest(DemoConfig(seed=8, patrons=500))

    def test_the_database_holds_exactly_the_generated_patrons(self, session: Session) -> None:
        load(session)
        stored = session.exec(select(Patron).order_by(col(Patron.id))).all()
        patrons = next(part.rows for part in build_dataset(SMALL) if part.name == "patrons")
        assert [(p.id, p.email, p.consent_email, p.created_at) for p in stored] == [
            (r["id"], r["email"], r["consent_email"], r["created_at"]) for r in patrons
        ]


class TestCounts:
    def test_counts_match_the_database(self, session: Session) -> None:
        counts = load(session)
        assert counts["patrons"] == count(session, Patron) == 500
        assert counts["productions"] == count(session, Production) == 40
        assert counts["performances"] == count(session, Performance)
        assert counts["mentions"] == count(session, Mention)
        tickets = session.exec(select(func.sum(OrderLine.quantity))).one()
        assert counts["tickets"] == tickets

    def test_tickets_scale_with_patrons(self, demo: Session) -> None:
        tickets = demo.exec(select(func.sum(OrderLine.quantity))).one()
        assert 2_000 <= (tickets or 0) <= 4_000  # ~120,000 at 20,000 patrons

    def test_every_patron_has_a_demo_external_id(self, demo: Session) -> None:
        ids = demo.exec(select(PatronExternalId).where(PatronExternalId.patron_id == 42)).all()
        assert [(e.system, e.external_id) for e in ids] == [("demo", "DEMO-C000042")]


class TestCatalogue:
    def test_common_word_titles_are_among_the_productions(self, demo: Session) -> None:
        titles = set(demo.exec(select(Production.title)))
        assert {"Company", "Chicago", "Rent", "Art", "Proof", "Once"} <= titles

    def test_productions_have_external_ids_hashtags_and_seasons(self, session: Session) -> None:
        load(session)
        chicago = session.exec(select(Production).where(Production.title == "Chicago")).one()
        assert chicago.external_id == "DEMO-P02"
        assert chicago.category == "musical"
        assert chicago.season == "2024/25"
        assert "#ChicagoMusical" in chicago.hashtags

    def test_performances_are_in_the_two_venues_with_their_capacities(self, demo: Session) -> None:
        venues = set(demo.exec(select(Performance.venue, Performance.capacity)))
        assert venues == {("Main House", 900), ("Studio", 180)}

    def test_no_performance_is_oversold(self, demo: Session) -> None:
        query = select(OrderLine.performance_id, func.sum(OrderLine.quantity)).group_by(
            OrderLine.performance_id
        )
        capacity = dict(demo.exec(select(Performance.id, Performance.capacity)).all())
        assert all(sold <= capacity[perf] for perf, sold in demo.exec(query))


class TestPatrons:
    def test_households_have_two_to_four_members(self, demo: Session) -> None:
        members = Counter(
            demo.exec(
                select(PatronRelation.related_patron_id).where(
                    PatronRelation.kind == "household_member"
                )
            )
        )
        households = demo.exec(select(Patron.id).where(Patron.kind == "household")).all()
        assert len(households) == 30  # 6% of 500
        assert {members[h] for h in households} <= {2, 3, 4}

    def test_organisations_have_employees(self, demo: Session) -> None:
        employers = set(
            demo.exec(
                select(PatronRelation.related_patron_id).where(PatronRelation.kind == "employee_of")
            )
        )
        kinds = set(demo.exec(select(Patron.kind).where(col(Patron.id).in_(employers))))
        assert kinds == {"organisation"}
        assert len(employers) >= 6

    def test_schools_hirers_and_suppliers_carry_their_list_codes(self, demo: Session) -> None:
        codes = set(
            demo.exec(
                select(PatronListCode.code)
                .join(Patron, col(Patron.id) == PatronListCode.patron_id)
                .where(Patron.kind == "organisation")
            )
        )
        assert {"School", "Hirer", "Supplier"} & codes

    def test_emails_are_normalised_on_reserved_domains(self, demo: Session) -> None:
        emails = [e for e in demo.exec(select(Patron.email)) if e is not None]
        domains = {e.split("@")[1] for e in emails}
        assert domains <= {"example.com", "example.org", "example.net"}
        assert all(e == e.strip().lower() for e in emails)
        assert len(emails) == len(set(emails))

    def test_current_consent_flags_match_the_latest_decision(self, demo: Session) -> None:
        latest: dict[tuple[int, str], bool] = {}
        for consent in demo.exec(select(Consent).order_by(col(Consent.at))):
            latest[(consent.patron_id, consent.channel)] = consent.granted
        for patron in demo.exec(select(Patron)):
            assert patron.consent_email == latest.get((patron.id or 0, "email"), False)
            assert patron.consent_sms == latest.get((patron.id or 0, "sms"), False)
            social = latest.get((patron.id or 0, "social_linking"), False)
            assert patron.consent_social_linking == social

    def test_about_sixty_percent_accept_email(self, demo: Session) -> None:
        accepted = demo.exec(select(func.count()).where(col(Patron.consent_email))).one()
        assert 0.5 <= accepted / 500 <= 0.7


class TestSales:
    def test_most_buyers_buy_one_production_and_a_few_subscribe(self, demo: Session) -> None:
        bought = products_per_buyer(demo)
        once = sum(1 for n in bought.values() if n == 1)
        subscribers = sum(1 for n in bought.values() if n >= 8)
        assert once / len(bought) > 0.5
        assert 0.02 <= subscribers / 500 <= 0.07

    def test_about_fifteen_percent_never_buy(self, demo: Session) -> None:
        never = 500 - len(products_per_buyer(demo))
        assert 0.10 <= never / 500 <= 0.22

    def test_schools_book_groups_for_childrens_weekday_matinees(self, demo: Session) -> None:
        query = (
            select(OrderLine.quantity, Production.category, Performance.starts_at)
            .join(Order, col(Order.id) == OrderLine.order_id)
            .join(Performance, col(Performance.id) == OrderLine.performance_id)
            .join(Production, col(Production.id) == Performance.production_id)
            .join(PatronListCode, col(PatronListCode.patron_id) == Order.patron_id)
            .where(PatronListCode.code == "School", Order.channel == "group")
        )
        bookings = demo.exec(query).all()
        assert bookings
        for quantity, category, starts_at in bookings:
            assert 20 <= quantity <= 60
            assert category == "children"
            assert starts_at.weekday() < 5 and starts_at.hour < 12

    def test_attendance_is_known_only_before_the_demo_today(self, demo: Session) -> None:
        query = (
            select(Performance.starts_at, OrderLine.attended, OrderLine.quantity, Order.status)
            .join(Performance, col(Performance.id) == OrderLine.performance_id)
            .join(Order, col(Order.id) == OrderLine.order_id)
        )
        for starts_at, attended, quantity, status in demo.exec(query):
            if starts_at >= TODAY or status == "cancelled":
                assert attended is None
            else:
                assert attended is not None and 0 <= attended <= quantity

    def test_orders_are_placed_before_today_and_a_few_are_cancelled(self, demo: Session) -> None:
        orders = demo.exec(select(Order)).all()
        assert all(o.ordered_at < TODAY and o.ordered_at.tzinfo is not None for o in orders)
        assert {o.channel for o in orders} == {"online", "box_office", "phone", "group"}
        assert 0 < sum(o.status == "cancelled" for o in orders) < len(orders) * 0.05


class TestSocial:
    def test_mentions_are_in_four_languages_mostly_english(self, demo: Session) -> None:
        hints = Counter(demo.exec(select(Mention.language_hint)).all())
        assert {"en", "fr", "ca", "es"} <= set(hints)
        assert hints["en"] == max(hints[lang] for lang in ("en", "fr", "ca", "es"))

    def test_mentions_name_productions_and_the_venue(self, demo: Session) -> None:
        texts = demo.exec(select(Mention.text)).all()
        assert any("@LyceumPlayhouse" in text for text in texts)
        assert any("#ChicagoMusical" in t or "Chicago" in t or "Rent" in t for t in texts)

    def test_every_mention_waits_in_triage_and_none_is_enriched(self, demo: Session) -> None:
        statuses = Counter(demo.exec(select(TriageState.status)).all())
        assert statuses == {"new": count(demo, Mention)}
        assert count(demo, Enrichment) == 0

    def test_mentions_are_made_before_today_with_platform_urls(self, demo: Session) -> None:
        for mention in demo.exec(select(Mention)):
            assert mention.created_at <= mention.collected_at <= TODAY
            assert mention.url and mention.url.startswith("https://")
            assert mention.author_id is not None and mention.raw

    def test_linked_identities_belong_to_patrons_who_consented(self, demo: Session) -> None:
        query = (
            select(SocialIdentity.link_method, Patron.consent_social_linking)
            .join(Patron, col(Patron.id) == SocialIdentity.patron_id)
            .where(SocialIdentity.link_method != "suggested")
        )
        links = demo.exec(query).all()
        assert len(links) >= 20
        assert all(consented for _, consented in links)
        assert {m for m, _ in links} == {"patron_confirmed", "email_match", "staff_confirmed"}

    def test_suggested_links_have_no_link_time(self, demo: Session) -> None:
        suggested = demo.exec(
            select(SocialIdentity).where(SocialIdentity.link_method == "suggested")
        ).all()
        assert suggested
        assert all(s.linked_at is None and (s.link_confidence or 1) < 0.8 for s in suggested)

    def test_listening_sources_wait_for_credentials(self, demo: Session) -> None:
        sources = demo.exec(select(ListeningSource)).all()
        assert {s.kind for s in sources} == {
            "x_search",
            "mastodon_hashtag",
            "reddit_subreddit",
            "rss",
        }
        assert {(s.status, s.status_reason) for s in sources} == {
            ("paused", "demo source: add credentials to start")
        }


class TestLoading:
    def test_a_database_with_patrons_is_refused(self, session: Session) -> None:
        session.add(Patron(first_name="Ada", last_name="Lovelace"))
        session.flush()
        with pytest.raises(ValueError, match="already has rows in 'patron'"):
            load_demo(session=session, config=SMALL)

    def test_new_rows_after_the_demo_get_fresh_ids(self, session: Session) -> None:
        load(session)
        patron = Patron(
            first_name="Ada", last_name="Lovelace", created_at=datetime(2026, 1, 1, tzinfo=UTC)
        )
        session.add(patron)
        session.flush()
        assert patron.id is not None and patron.id > 500

    def test_a_pipe_shows_no_progress(self, session: Session) -> None:
        piped = io.StringIO()
        load_demo(session=session, config=SMALL, console=Console(file=piped))
        assert piped.getvalue() == ""

    def test_a_terminal_shows_progress(self, session: Session) -> None:
        terminal = io.StringIO()
        console = Console(file=terminal, force_terminal=True, width=100)
        load_demo(session=session, config=SMALL, console=console)
        assert "demo:" in terminal.getvalue()
