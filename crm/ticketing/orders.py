"""Orders from CSV: one row per order line (an order for one performance).

Written with set-based upserts, because order files are the big ones (millions of rows)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from crm.erasure import erased_ids
from crm.models import Order, OrderLine, Performance
from crm.ticketing import cells
from crm.ticketing.csvreader import Column, CsvRows, Row
from crm.ticketing.importer import ImportReport
from crm.ticketing.refs import catalogue_ids, patron_ids
from crm.upsert import upsert

COLUMNS = [
    Column("order_id", cells.text, required=True),
    Column("patron_id", cells.text),
    Column("performance_id", cells.text, required=True),
    Column("quantity", cells.integer, required=True),
    Column("unit_price", cells.money, required=True),
    Column("ordered_at", cells.iso_datetime, required=True),
    Column("channel", cells.text),
    Column("status", cells.text),
]


class OrderImporter:
    columns = COLUMNS

    def __init__(self, session: Session, rows: CsvRows, system: str) -> None:
        self.session = session
        self.rows = rows
        self.system = system
        self.performances = catalogue_ids(session, Performance)
        self.erased: set[str] = set()

    def write_batch(self, rows: list[Row], report: ImportReport) -> None:
        refs = self._patron_refs(rows)
        patrons = patron_ids(self.session, self.system, refs)
        # Sales of erased patrons still count, anonymously.
        self.erased = erased_ids(self.session, self.system, [r for r in refs if r not in patrons])
        orders: dict[str, dict[str, Any]] = {}
        lines: dict[tuple[str, int], dict[str, Any]] = {}
        for row in rows:
            resolved = self._resolve(row, patrons)
            if resolved is None:
                continue
            order, line = resolved
            orders[order["external_id"]] = order
            lines[(order["external_id"], line["performance_id"])] = line
        if self.rows.error_count:
            return
        self._write(orders, lines, report)

    @staticmethod
    def _patron_refs(rows: list[Row]) -> list[str]:
        return [r.values["patron_id"] for r in rows if r.values.get("patron_id")]

    def _resolve(
        self, row: Row, patrons: dict[str, int]
    ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        v = row.values
        performance_id = self.performances.get(v["performance_id"])
        if performance_id is None:
            self.rows.error(
                row.line,
                "performance_id",
                f"{v['performance_id']!r} is not a known performance; import performances first",
            )
            return None
        patron_id = patrons.get(v["patron_id"]) if v.get("patron_id") else None
        if v.get("patron_id") and patron_id is None and v["patron_id"] not in self.erased:
            self.rows.error(
                row.line,
                "patron_id",
                f"{v['patron_id']!r} is not a known patron "
                f"of system {self.system!r}; import patrons first",
            )
            return None
        order = {
            "external_id": v["order_id"],
            "patron_id": patron_id,
            "ordered_at": v["ordered_at"],
            "channel": v.get("channel"),
            "status": v.get("status") or "paid",
        }
        line = {
            "performance_id": performance_id,
            "quantity": v["quantity"],
            "unit_price": v["unit_price"],
        }
        return order, line

    def _write(
        self,
        orders: dict[str, dict[str, Any]],
        lines: dict[tuple[str, int], dict[str, Any]],
        report: ImportReport,
    ) -> None:
        update = ["patron_id", "ordered_at", "channel", "status"]
        ids = upsert(
            self.session,
            Order,
            list(orders.values()),
            conflict=["external_id"],
            update=update,
            returning=["external_id", "id"],
        )
        order_ids = {ext: oid for ext, oid in ids}
        records = [{**line, "order_id": order_ids[ext]} for (ext, _), line in lines.items()]
        upsert(
            self.session,
            OrderLine,
            records,
            conflict=["order_id", "performance_id"],
            update=["quantity", "unit_price"],
        )
        report.written += len(records)

    def finish(self, report: ImportReport) -> None:
        return None
