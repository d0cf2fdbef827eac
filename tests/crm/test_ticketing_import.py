"""Ticketing CSV import: upsert by external id, dedupe, relations, consents, all-or-nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from crm.models import (
    Consent,
    Order,
    OrderLine,
    Patron,
    PatronExternalId,
    PatronListCode,
    PatronMerge,
    PatronRelation,
    Performance,
    Production,
)
from crm.ticketing import ImportFailed, import_csv

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def import_examples(session: Session) -> None:
    for kind in ("productions", "performances", "patrons", "orders"):
        import_csv(session=session, kind=kind, path=EXAMPLES / f"{kind}.csv")


def count(session: Session, model: type) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def patron_by_ext(session: Session, ext: str) -> Patron:
    link = session.exec(select(PatronExternalId).where(PatronExternalId.external_id == ext)).one()
    patron = session.get(Patron, link.patron_id)
    assert patron is not None
    return patron


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


class TestExamples:
    def test_imports_every_example_file(self, session: Session) -> None:
        import_examples(session)
        assert count(session, Production) == 3
        assert count(session, Performance) == 4
        assert count(session, Patron) == 7  # 8 rows, one is the same person as another
        assert count(session, Order) == 4
        assert count(session, OrderLine) == 5

    def test_email_is_normalised(self, session: Session) -> None:
        import_examples(session)
        assert patron_by_ext(session, "P-1001").email == "ada.okafor@example.com"

    def test_same_person_in_one_file_is_one_patron_with_both_ids(self, session: Session) -> None:
        import_examples(session)
        first, second = patron_by_ext(session, "P-1003"), patron_by_ext(session, "P-1004")
        assert first.id == second.id
        merges = session.exec(select(PatronMerge).where(PatronMerge.survivor_id == first.id)).all()
        assert [m.reason for m in merges] == [
            "import dedupe: csv:P-1004 has the same email and name"
        ]

    def test_shared_family_email_with_other_names_stays_two_people(
        self, session: Session, tmp_path: Path
    ) -> None:
        path = write(
            tmp_path,
            "patrons.csv",
            "patron_id,first_name,last_name,email\n"
            "A,Sam,Lee,family@example.com\nB,Kim,Lee,family@example.com\n",
        )
        report = import_csv(session=session, kind="patrons", path=path)
        assert (report.created, report.merged) == (2, 0)

    def test_household_and_employer_relations(self, session: Session) -> None:
        import_examples(session)
        ada, school = patron_by_ext(session, "P-1001"), patron_by_ext(session, "C-200")
        household = patron_by_ext(session, "H-100")
        rels = {
            (r.patron_id, r.related_patron_id, r.kind) for r in session.exec(select(PatronRelation))
        }
        assert (ada.id, household.id, "household_member") in rels
        assert (patron_by_ext(session, "P-1003").id, school.id, "employee_of") in rels

    def test_consents_have_time_and_source(self, session: Session) -> None:
        import_examples(session)
        ada = patron_by_ext(session, "P-1001")
        assert (ada.consent_email, ada.consent_sms, ada.consent_social_linking) == (
            True,
            False,
            True,
        )
        consents = session.exec(select(Consent).where(Consent.patron_id == ada.id)).all()
        assert {(c.channel, c.granted, c.source) for c in consents} == {
            ("email", True, "online checkout"),
            ("sms", False, "online checkout"),
            ("social_linking", True, "online checkout"),
        }
        assert all(c.at.isoformat() == "2025-03-02T18:30:00+00:00" for c in consents)

    def test_list_codes(self, session: Session) -> None:
        import_examples(session)
        school = patron_by_ext(session, "C-200")
        codes = session.exec(
            select(PatronListCode.code).where(PatronListCode.patron_id == school.id)
        )
        assert sorted(codes) == ["Children's Theatre", "School"]

    def test_order_lines_and_anonymous_sale(self, session: Session) -> None:
        import_examples(session)
        order = session.exec(select(Order).where(Order.external_id == "O-5002")).one()
        lines = session.exec(select(OrderLine).where(OrderLine.order_id == order.id)).all()
        assert sorted((line.quantity, line.unit_price) for line in lines) == [
            (2, Decimal("35.00")),
            (2, Decimal("42.00")),
        ]
        walk_up = session.exec(select(Order).where(Order.external_id == "O-5004")).one()
        assert walk_up.patron_id is None


class TestIdempotence:
    def test_importing_twice_changes_nothing(self, session: Session) -> None:
        import_examples(session)
        before = [count(session, m) for m in (Patron, Order, OrderLine, Consent, PatronRelation)]
        import_examples(session)
        after = [count(session, m) for m in (Patron, Order, OrderLine, Consent, PatronRelation)]
        assert after == before

    def test_a_merged_patron_keeps_the_list_codes_of_both_records_on_reimport(
        self, session: Session
    ) -> None:
        import_examples(session)
        import_examples(session)
        marta = patron_by_ext(session, "P-1003")
        codes = session.exec(
            select(PatronListCode.code).where(PatronListCode.patron_id == marta.id)
        )
        assert sorted(codes) == ["Ambassador", "School"]

    def test_a_changed_row_updates_its_record(self, session: Session, tmp_path: Path) -> None:
        import_examples(session)
        path = write(
            tmp_path,
            "patrons.csv",
            "patron_id,postcode,consent_email,consent_at\nP-1001,SE1 8XX,no,2025-09-01T00:00:00Z\n",
        )
        report = import_csv(session=session, kind="patrons", path=path)
        ada = patron_by_ext(session, "P-1001")
        assert (report.updated, ada.postcode, ada.consent_email, ada.first_name) == (
            1,
            "SE1 8XX",
            False,
            "Ada",
        )  # columns not in the file are left alone
        history = session.exec(
            select(Consent).where(Consent.patron_id == ada.id, Consent.channel == "email")
        ).all()
        assert sorted(c.granted for c in history) == [False, True]


class TestBadInput:
    def test_bad_date_on_line_7_names_line_and_column_and_writes_nothing(
        self, session: Session, tmp_path: Path
    ) -> None:
        import_examples(session)
        session.commit()  # a committed state to fall back to
        good = "O-9{n},P-1001,PF-0301,1,12.50,2025-11-0{n}T10:00:00Z,online,paid\n"
        rows = [good.format(n=n) for n in range(1, 6)]
        rows.insert(5, "O-9006,P-1001,PF-0301,1,12.50,2025-13-45,online,paid\n")
        path = write(
            tmp_path,
            "orders.csv",
            (EXAMPLES / "orders.csv").read_text().splitlines()[0] + "\n" + "".join(rows),
        )
        orders_before = count(session, Order)
        with pytest.raises(ImportFailed) as failure:
            import_csv(session=session, kind="orders", path=path)
        session.rollback()
        message = str(failure.value)
        assert "orders.csv, line 7, column 'ordered_at'" in message
        assert "'2025-13-45' is not a date-time" in message
        assert count(session, Order) == orders_before

    def test_every_bad_row_is_reported(self, session: Session, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "patrons.csv",
            "patron_id,email,consent_email\n"
            "A,not-an-email,yes\nB,b@example.com,perhaps\n,c@example.com,no\n",
        )
        with pytest.raises(ImportFailed) as failure:
            import_csv(session=session, kind="patrons", path=path)
        assert [(e.line, e.column) for e in failure.value.errors] == [
            (2, "email"),
            (3, "consent_email"),
            (4, "patron_id"),
        ]

    def test_missing_required_column(self, session: Session, tmp_path: Path) -> None:
        path = write(tmp_path, "productions.csv", "production_id,category\nX,drama\n")
        with pytest.raises(ImportFailed) as failure:
            import_csv(session=session, kind="productions", path=path)
        assert str(failure.value.errors[0]) == (
            "productions.csv, line 1, column 'title': required column is missing from the header"
        )

    def test_unknown_reference_is_an_error(self, session: Session, tmp_path: Path) -> None:
        import_examples(session)
        path = write(
            tmp_path,
            "orders.csv",
            "order_id,patron_id,performance_id,quantity,"
            "unit_price,ordered_at\nO-1,NOBODY,PF-0101,1,10,2025-01-01\n",
        )
        with pytest.raises(ImportFailed) as failure:
            import_csv(session=session, kind="orders", path=path)
        assert failure.value.errors[0].column == "patron_id"
        assert "'NOBODY' is not a known patron" in failure.value.errors[0].message

    def test_a_bad_row_in_a_later_batch_refuses_the_earlier_batches(
        self, session: Session, tmp_path: Path
    ) -> None:
        lines = "".join(f"X{n},Title {n}\n" for n in range(25)) + "X25,\n"
        path = write(tmp_path, "productions.csv", "production_id,title\n" + lines)
        with pytest.raises(ImportFailed):
            import_csv(session=session, kind="productions", path=path, batch_size=10)
        session.rollback()
        assert count(session, Production) == 0


def test_production_cues_are_imported_as_a_list(session: Session, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "productions.csv",
        "production_id,title,cues\nX1,Company,Bobby|Being Alive|Ladies Who Lunch\nX2,Rent,\n",
    )
    import_csv(session=session, kind="productions", path=path)
    cues = dict(session.exec(select(Production.external_id, Production.cues)).all())
    assert cues == {"X1": ["Bobby", "Being Alive", "Ladies Who Lunch"], "X2": []}
