"""Parsers for CSV cells. Each raises ValueError with a message a person can act on."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRUE = {"1", "true", "yes", "y", "t"}
_FALSE = {"0", "false", "no", "n", "f"}


def text(value: str) -> str | None:
    value = value.strip()
    return value or None


def email(value: str) -> str | None:
    """Trimmed and lower-cased; addresses differing only in case are one mailbox in practice."""
    value = value.strip().lower()
    if not value:
        return None
    if not _EMAIL.match(value):
        raise ValueError(f"{value!r} is not an email address")
    return value


def iso_date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def iso_datetime(value: str) -> datetime | None:
    """ISO 8601; a time without a zone is taken as UTC."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{value!r} is not a date-time (expected ISO 8601, e.g. 2025-03-14T19:30:00+00:00)"
        ) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def boolean(value: str) -> bool | None:
    lowered = value.strip().lower()
    if not lowered:
        return None
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"{value!r} is not yes/no (use true/false, yes/no or 1/0)")


def integer(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a whole number") from None


def money(value: str) -> Decimal | None:
    value = value.strip()
    if not value:
        return None
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not an amount (e.g. 24.50)") from None
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"{value!r} is not a non-negative amount")
    return amount


def pipe_list(value: str) -> list[str]:
    return [item.strip() for item in value.split("|") if item.strip()]
