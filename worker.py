"""The Celery app and its tasks. Tasks are thin: open a session, call a plain function,
commit, and only then enqueue follow-up work.

Embedded mode (``FOYER_BROKER_URL=memory://``, the default) runs tasks eagerly in the calling
process, driven by a scheduler thread inside ``foyer serve``; distributed mode uses Redis and
``foyer worker`` processes plus one ``celery -A worker beat``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from typing import Any

from celery import Celery
from pydantic import SecretStr
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from collectors import registry
from collectors.base import CollectorError
from collectors.registry import PlatformClients
from crm.db import engine_for, session_scope
from crm.listening import sources as source_service
from crm.listening.mentions import load_for_enrichment
from crm.listening.run import RunOutcome, run_source, spec_of
from crm.listening.store import SaveReport
from crm.models import ListeningSource, Performance, Production, SocialIdentity, Venue
from crm.models.listening import SourceStatus
from crm.models.social import LinkMethod
from settings import Settings, get_settings

log = logging.getLogger(__name__)


def make_celery(settings: Settings) -> Celery:
    app = Celery("foyer", broker=settings.broker_url, backend=settings.result_backend)
    app.conf.update(
        task_always_eager=settings.embedded_worker,
        task_eager_propagates=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        timezone="UTC",
        broker_connection_retry_on_startup=True,
        beat_schedule={
            "dispatch-due-sources": {"task": "sources.dispatch_due", "schedule": 60.0},
            "enrich-pending": {"task": "mentions.enrich_pending", "schedule": 300.0},
        },
    )
    return app


celery_app = make_celery(get_settings())


def _engine() -> Engine:
    return engine_for(get_settings().database_url)


# --- collection -------------------------------------------------------------------------


class MissingCredentials(Exception):
    pass


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


def _clients_for(source: ListeningSource, settings: Settings) -> PlatformClients:
    """Only the client this source needs; a missing credential names its setting."""
    from collectors import clients as make

    platform, timeout = registry.KINDS[source.kind].platform, settings.http_timeout_seconds
    if platform == "x":
        token = _secret(settings.x_bearer_token)
        if not token:
            raise MissingCredentials("no X credentials: set FOYER_X_BEARER_TOKEN")
        return PlatformClients(
            retry_delays=settings.collect_retry_delays,
            x=make.make_x_client(token, settings.x_api_base, timeout=timeout),
        )
    if platform == "reddit":
        client_id, secret = (
            _secret(settings.reddit_client_id),
            _secret(settings.reddit_client_secret),
        )
        if not client_id or not secret:
            raise MissingCredentials(
                "no Reddit credentials: set FOYER_REDDIT_CLIENT_ID and FOYER_REDDIT_CLIENT_SECRET"
            )
        reddit = make.make_reddit(
            client_id,
            secret,
            settings.reddit_user_agent,
            settings.reddit_api_base,
            settings.reddit_oauth_base,
            timeout=timeout,
        )
        return PlatformClients(reddit=reddit)  # prawcore retries 5xx itself
    if platform == "mastodon":
        instance = str(source.options.get("instance", ""))
        token = _secret(settings.mastodon_access_token) or ""
        if source.kind == "mastodon_mentions" and not token:
            raise MissingCredentials("no Mastodon credentials: set FOYER_MASTODON_ACCESS_TOKEN")
        return PlatformClients(
            retry_delays=settings.collect_retry_delays,
            mastodon={instance: make.make_mastodon(instance, token, timeout=timeout)},
        )
    return PlatformClients(
        retry_delays=settings.collect_retry_delays, http=make.make_http_client(timeout)
    )


def collect_once(source_id: int) -> RunOutcome | None:
    """Collect one source, save the batch and cursor in one transaction, then enqueue the
    enrichment of what is new. Returns None for a source that is missing or not active."""
    settings = get_settings()
    with session_scope(_engine()) as session:
        source = session.get(ListeningSource, source_id)
        if source is None or source.status != SourceStatus.active:
            return None
        try:
            clients = _clients_for(source, settings)
            collector = registry.build_collector(spec_of(source), clients)
        except (MissingCredentials, CollectorError, KeyError) as exc:
            source.status, source.status_reason = SourceStatus.paused, f"paused: {exc}"
            session.add(source)
            log.error("source %s paused: %s", source.id, exc)
            return RunOutcome(source.name, SaveReport(), "not_configured", None, str(exc))
        try:
            outcome = run_source(session=session, source=source, collector=collector)
        finally:
            clients.close()
    if outcome.report.new_mention_ids:
        enrich_mentions.delay(outcome.report.new_mention_ids)
    return outcome


@celery_app.task(name="sources.collect", acks_late=True)
def collect_source(source_id: int) -> dict[str, Any] | None:
    outcome = collect_once(source_id)
    if outcome is None:
        return None
    return {
        "source": outcome.source,
        "status": outcome.status,
        "new": outcome.report.new,
        "duplicates": outcome.report.duplicates,
        "quarantined": outcome.report.quarantined,
    }


@celery_app.task(name="sources.dispatch_due")
def dispatch_due_sources() -> int:
    """Run by beat every minute: enqueue every active source whose time has come."""
    with session_scope(_engine()) as session:
        sources = source_service.due_sources(session=session)
        for source in sources:  # a lease: not dispatched again while this run is queued
            source_service.schedule_next(source)
            session.add(source)
        due = [s.id for s in sources if s.id is not None]
    for source_id in due:
        collect_source.delay(source_id)
    return len(due)


# --- enrichment -------------------------------------------------------------------------

_enricher_lock = threading.Lock()
_enricher_cache: dict[str, Any] = {}


CATALOGUE_MAX_AGE_SECONDS = 300.0  # edits the fingerprint cannot see are picked up by then


def _catalogue_fingerprint(session: Session) -> str:
    """Cheap aggregates that change when productions, performances or real identity links
    are added or removed (a suggested link is not a link, so it is left out)."""
    linked = select(func.count(), func.sum(SocialIdentity.patron_id), func.sum(SocialIdentity.id))
    parts = [
        str(session.get_bind().engine.url),
        session.exec(select(func.count(), func.max(Production.id))).one(),
        session.exec(select(func.count(), func.max(Performance.id))).one(),
        session.exec(select(func.count(), func.max(Venue.id))).one(),
        session.exec(
            linked.where(
                col(SocialIdentity.patron_id).is_not(None),
                col(SocialIdentity.link_method) != LinkMethod.suggested,
            )
        ).one(),
    ]
    return repr(parts)


def current_enricher() -> Any:
    """One Enricher per process, rebuilt when the catalogue changes (or grows old).

    The catalogue is read in a short transaction of its own and the engine is built outside
    any transaction (loading language models takes seconds; no lock is held meanwhile)."""
    from crm.enrichments import load_catalogue
    from enrichment import Enricher

    settings = get_settings()
    with session_scope(_engine()) as session:
        fingerprint = _catalogue_fingerprint(session)
        fresh = time.monotonic() - _enricher_cache.get("built", 0.0) < CATALOGUE_MAX_AGE_SECONDS
        if _enricher_cache.get("fingerprint") == fingerprint and fresh:
            return _enricher_cache["enricher"]
        catalogue = load_catalogue(
            session=session, venue_names=settings.venue_names, venue_handles=settings.venue_handles
        )
    with _enricher_lock:
        _enricher_cache["enricher"] = Enricher(catalogue, languages=settings.languages)
        _enricher_cache["fingerprint"] = fingerprint
        _enricher_cache["built"] = time.monotonic()
        return _enricher_cache["enricher"]


def enrich_ids(session: Session, mention_ids: Sequence[int], enricher: Any) -> int:
    from crm.enrichments import as_input, save

    rows = load_for_enrichment(session=session, mention_ids=mention_ids)
    for mention, author, production_id in rows:
        assert mention.id is not None
        result = enricher.enrich(as_input(mention, author, production_id))
        save(session=session, mention_id=mention.id, result=result)
    return len(rows)


@celery_app.task(name="mentions.enrich", acks_late=True)
def enrich_mentions(mention_ids: list[int]) -> int:
    """Enrich (or re-enrich) these mentions; idempotent."""
    enricher = current_enricher()
    with session_scope(_engine()) as session:
        return enrich_ids(session, mention_ids, enricher)


@celery_app.task(name="mentions.enrich_pending")
def enrich_pending(max_batches: int = 1000) -> int:
    """Enrich mentions never enriched or enriched by another pipeline version, in batches."""
    from crm.enrichments import mentions_to_enrich
    from enrichment import PIPELINE_VERSION

    done = 0
    size = get_settings().enrich_batch_size
    for _ in range(max_batches):
        enricher = current_enricher()
        with session_scope(_engine()) as session:
            ids = mentions_to_enrich(session=session, version=PIPELINE_VERSION, limit=size)
            if not ids:
                break
            done += enrich_ids(session, ids, enricher)
    return done


# --- embedded mode ----------------------------------------------------------------------


def start_embedded_scheduler(stop: threading.Event, interval: float = 60.0) -> threading.Thread:
    """Beat's job inside the API process when there is no broker: enrich what is pending,
    then dispatch due sources every ``interval`` seconds until ``stop`` is set."""

    def loop() -> None:
        while not stop.is_set():
            for job in (enrich_pending, dispatch_due_sources):
                try:
                    job()
                except Exception:  # one failing run must not end the scheduler
                    log.exception("embedded scheduler: %s failed", job.name)
            stop.wait(interval)

    thread = threading.Thread(target=loop, name="foyer-scheduler", daemon=True)
    thread.start()
    return thread
