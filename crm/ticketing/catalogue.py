"""Productions and performances from CSV, upserted by their external ids."""

from __future__ import annotations

from sqlmodel import Session, SQLModel, col, select

from crm.models import Performance, Production
from crm.ticketing import cells
from crm.ticketing.csvreader import Column, CsvRows, Row
from crm.ticketing.importer import ImportReport
from crm.ticketing.refs import catalogue_ids
from crm.upsert import upsert

PRODUCTION_COLUMNS = [
    Column("production_id", cells.text, required=True),
    Column("title", cells.text, required=True),
    Column("aliases", cells.pipe_list),
    Column("hashtags", cells.pipe_list),
    Column("handles", cells.pipe_list),
    Column("cues", cells.pipe_list),
    Column("category", cells.text),
    Column("season", cells.text),
    Column("first_performance", cells.iso_date),
    Column("last_performance", cells.iso_date),
]

PERFORMANCE_COLUMNS = [
    Column("performance_id", cells.text, required=True),
    Column("production_id", cells.text, required=True),
    Column("starts_at", cells.iso_datetime, required=True),
    Column("venue", cells.text),
    Column("capacity", cells.integer),
]


def _existing(session: Session, model: type[Production | Performance], keys: list[str]) -> set[str]:
    column = col(model.external_id)
    return {k for k in session.exec(select(column).where(column.in_(keys))) if k is not None}


def _upsert_by_external_id(
    session: Session, model: type[SQLModel], records: list[dict[str, object]], update: list[str]
) -> None:
    upsert(session, model, records, conflict=["external_id"], update=update)


class ProductionImporter:
    columns = PRODUCTION_COLUMNS

    def __init__(self, session: Session, rows: CsvRows, system: str) -> None:
        self.session = session

    def write_batch(self, rows: list[Row], report: ImportReport) -> None:
        by_key = {r.values["production_id"]: r.values for r in rows}  # last row wins
        known = _existing(self.session, Production, list(by_key))
        records = []
        # Every good row has the columns the header has; only those are overwritten.
        update = [c for c in next(iter(by_key.values())) if c != "production_id"]
        for key, values in by_key.items():
            record = {k: v for k, v in values.items() if k != "production_id"}
            record["external_id"] = key
            for listed in ("aliases", "hashtags", "handles", "cues"):
                record.setdefault(listed, [])
            records.append(record)
        _upsert_by_external_id(self.session, Production, records, update)
        report.updated += len(known)
        report.created += len(by_key) - len(known)

    def finish(self, report: ImportReport) -> None:
        return None


class PerformanceImporter:
    columns = PERFORMANCE_COLUMNS

    def __init__(self, session: Session, rows: CsvRows, system: str) -> None:
        self.session = session
        self.rows = rows
        self.productions = catalogue_ids(session, Production)

    def write_batch(self, rows: list[Row], report: ImportReport) -> None:
        by_key: dict[str, dict[str, object]] = {}
        for row in rows:
            production_id = self.productions.get(row.values["production_id"])
            if production_id is None:
                self.rows.error(
                    row.line,
                    "production_id",
                    f"{row.values['production_id']!r} is not a known production; "
                    "import productions first",
                )
                continue
            record = {k: v for k, v in row.values.items() if k != "performance_id"}
            record.update(external_id=row.values["performance_id"], production_id=production_id)
            by_key[row.values["performance_id"]] = record
        if self.rows.error_count:
            return
        known = _existing(self.session, Performance, list(by_key))
        records = list(by_key.values())
        update = [c for c in records[0] if c != "external_id"]
        _upsert_by_external_id(self.session, Performance, records, update)
        report.updated += len(known)
        report.created += len(by_key) - len(known)

    def finish(self, report: ImportReport) -> None:
        return None
