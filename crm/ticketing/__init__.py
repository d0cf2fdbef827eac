"""Ticketing data in: CSV exports (and later the pretix API), upserted by external id."""

from crm.ticketing.csvreader import ImportFailed, RowError
from crm.ticketing.importer import KINDS, ImportReport, import_csv

__all__ = ["KINDS", "ImportFailed", "ImportReport", "RowError", "import_csv"]
