"""One collection run of one source: collect, save batch + cursor, reschedule; map each
collector error to what the source should do next."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from collectors import registry
from collectors.base import (
    AuthFailed,
    BadPayload,
    Collector,
    RateLimited,
    SourceSpec,
    SourceUnavailable,
)
from collectors.base import (
    quarantine as quarantined_item,
)
from crm.coltypes import utcnow
from crm.listening.sources import schedule_next
from crm.listening.store import SaveReport, quarantine, save_batch
from crm.models import ListeningSource
from crm.models.listening import SourceStatus

log = logging.getLogger(__name__)
BACKOFF_BASE_SECONDS = 30
BACKOFF_MAX_SECONDS = 3600


@dataclass
class RunOutcome:
    source: str
    report: SaveReport
    status: str  # "ok" | "rate_limited" | "auth_failed" | "bad_payload" | "unavailable"
    retry_at: datetime | None = None
    message: str | None = None


def spec_of(source: ListeningSource) -> SourceSpec:
    options = dict(source.options)
    return SourceSpec(
        kind=source.kind,
        name=source.name,
        query=source.query,
        terms=tuple(source.terms),
        options=options,
    )


def run_source(
    *, session: Session, source: ListeningSource, collector: Collector, max_items: int = 500
) -> RunOutcome:
    """Collect once and save what came, with the cursor, in the caller's transaction.

    Rate limits reschedule at the reset time; authentication failures pause the source;
    transient failures back off exponentially; a cursor never moves past unsaved items."""
    try:
        batch = collector.collect(spec_of(source), source.cursor, max_items=max_items)
    except RateLimited as exc:
        # What came before the 429 is dropped and the cursor stays: the next run, after the
        # reset, reads those pages again (stored once either way).
        schedule_next(source, at=exc.reset_at)
        session.add(source)
        report = SaveReport()
        log.warning("source %s rate limited until %s", source.id, exc.reset_at.isoformat())
        return RunOutcome(source.name, report, "rate_limited", exc.reset_at, str(exc))
    except AuthFailed as exc:
        source.status, source.status_reason = SourceStatus.auth_failed, f"paused: {exc}"
        session.add(source)
        log.error("source %s paused: authentication failed", source.id)
        return RunOutcome(source.name, SaveReport(), "auth_failed", None, str(exc))
    except BadPayload as exc:
        report = (
            save_batch(session=session, source=source, batch=exc.partial)
            if exc.partial
            else SaveReport()
        )
        quarantine(
            session=session,
            source=source,
            item=quarantined_item(_platform(source), str(exc), exc.payload),
        )
        report.quarantined += 1
        schedule_next(source)
        return RunOutcome(source.name, report, "bad_payload", None, str(exc))
    except SourceUnavailable as exc:
        # Backoff lives on the row, so it holds across processes, restarts and modes.
        source.consecutive_failures += 1
        delay = min(
            BACKOFF_BASE_SECONDS * 2 ** (source.consecutive_failures - 1), BACKOFF_MAX_SECONDS
        )
        retry_at = utcnow() + timedelta(seconds=delay)
        source.next_run_at, source.last_error = retry_at, str(exc)[:1000]
        session.add(source)
        log.warning("source %s unavailable; retry in %s s", source.id, delay)
        return RunOutcome(source.name, SaveReport(), "unavailable", retry_at, str(exc))
    report = save_batch(session=session, source=source, batch=batch)
    source.consecutive_failures, source.last_error = 0, None
    schedule_next(source)
    return RunOutcome(source.name, report, "ok")


def _platform(source: ListeningSource) -> str:
    kind = registry.KINDS.get(source.kind)
    return kind.platform if kind else source.kind
