"""Streaming CSV reading with errors that name file, line and column."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

MAX_REPORTED_ERRORS = 50


@dataclass(frozen=True)
class RowError:
    file: str
    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


class ImportFailed(Exception):
    """The file was refused as a whole; nothing of it was written."""

    def __init__(self, errors: list[RowError], total_errors: int | None = None) -> None:
        self.errors = errors
        self.total_errors = total_errors if total_errors is not None else len(errors)
        more = self.total_errors - len(errors)
        lines = [str(e) for e in errors] + ([f"... and {more} more"] if more > 0 else [])
        super().__init__(
            f"import refused, nothing was written ({self.total_errors} error(s)):\n"
            + "\n".join(lines)
        )


@dataclass(frozen=True)
class Column:
    name: str
    parse: Callable[[str], Any]
    required: bool = False


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, Any]


class _CountingLines:
    """Iterates a text file's lines and counts the characters read, for a progress bar."""

    def __init__(self, handle: TextIO) -> None:
        self._handle = handle
        self.chars = 0

    def __iter__(self) -> Iterator[str]:
        for line in self._handle:
            self.chars += len(line)
            yield line


class CsvRows:
    """Parses rows against a column spec. Bad cells are collected, not raised, so one pass
    can report many problems; good rows are yielded in file order."""

    def __init__(self, path: Path, columns: list[Column]) -> None:
        self.path = path
        self.columns = {c.name: c for c in columns}
        self.errors: list[RowError] = []
        self.error_count = 0
        self._lines: _CountingLines | None = None
        self._present: list[str] = []

    @property
    def chars_read(self) -> int:
        return self._lines.chars if self._lines else 0

    def error(self, line: int, column: str | None, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(RowError(self.path.name, line, column, message))

    def __iter__(self) -> Iterator[Row]:
        with self.path.open(newline="", encoding="utf-8-sig") as handle:
            self._lines = _CountingLines(handle)
            reader = csv.DictReader(self._lines)
            if not self._header_ok(reader.fieldnames):
                return
            self._present = [n for n in self.columns if n in (reader.fieldnames or [])]
            for raw in reader:
                row = self._parse(reader.line_num, raw)
                if row is not None:
                    yield row

    def _header_ok(self, fieldnames: Any) -> bool:
        present = set(fieldnames or [])
        missing = [c.name for c in self.columns.values() if c.required and c.name not in present]
        for name in missing:
            self.error(1, name, "required column is missing from the header")
        return not missing

    def _parse(self, line: int, raw: Mapping[str | None, Any]) -> Row | None:
        if None in raw:
            self.error(line, None, "more cells than the header has columns")
            return None
        values: dict[str, Any] = {}
        ok = True
        # Only the columns the header has: an absent column leaves stored values alone.
        for name in self._present:
            column = self.columns[name]
            cell = raw.get(name)
            try:
                value = column.parse(cell or "")
            except ValueError as exc:
                self.error(line, name, str(exc))
                ok = False
                continue
            if column.required and value in (None, ""):
                self.error(line, name, "is required but empty")
                ok = False
            values[name] = value
        return Row(line, values) if ok else None
