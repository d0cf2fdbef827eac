"""The import loop shared by every kind: stream, parse, write in batches, refuse on error.

All-or-nothing per file: every batch is written inside the caller's transaction, and any bad
row makes the whole file fail (the caller rolls back). The whole file is still read, so one
run reports every bad row (up to a cap), not just the first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol

from sqlmodel import Session

from crm.ticketing.csvreader import Column, CsvRows, ImportFailed, Row

BATCH_SIZE = 1000
Progress = Callable[[int], None]  # called with characters read so far


@dataclass
class ImportReport:
    kind: str
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    merged: int = 0
    written: int = 0  # rows upserted where created and updated are not told apart
    skipped_erased: int = 0  # rows of patrons erased on request; they stay erased


class Importer(Protocol):
    columns: list[Column]

    def write_batch(self, rows: list[Row], report: ImportReport) -> None: ...

    def finish(self, report: ImportReport) -> None: ...


ImporterFactory = Callable[[Session, CsvRows, str], Importer]


def _factories() -> dict[str, tuple[list[Column], ImporterFactory]]:
    from crm.ticketing import catalogue, orders, patrons

    return {
        "patrons": (patrons.COLUMNS, patrons.PatronImporter),
        "productions": (catalogue.PRODUCTION_COLUMNS, catalogue.ProductionImporter),
        "performances": (catalogue.PERFORMANCE_COLUMNS, catalogue.PerformanceImporter),
        "orders": (orders.COLUMNS, orders.OrderImporter),
    }


KINDS = ("patrons", "productions", "performances", "orders")


def import_csv(
    *,
    session: Session,
    kind: str,
    path: Path,
    system: str = "csv",
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportReport:
    """Import one CSV file of ``kind``; raises ImportFailed naming every bad row."""
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r}; choose one of {', '.join(KINDS)}")
    columns, factory = _factories()[kind]
    rows = CsvRows(path, columns)
    importer = factory(session, rows, system)
    report = ImportReport(kind=kind, file=path.name)
    stream = iter(rows)
    while batch := list(islice(stream, batch_size)):
        report.rows += len(batch)
        if rows.error_count == 0:
            importer.write_batch(batch, report)
        if progress:
            progress(rows.chars_read)
    if rows.error_count == 0:
        importer.finish(report)
    if rows.error_count:
        raise ImportFailed(rows.errors, rows.error_count)
    return report
