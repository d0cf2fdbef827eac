"""`foyer sources add` and `foyer collect --once`, end to end against a loopback X API."""

from __future__ import annotations

from sqlalchemy import Engine, func
from sqlmodel import Session, select
from typer.testing import CliRunner

from cli.main import app
from crm.models import Mention
from tests.loopback import LoopbackServer, Reply
from tests.worker.test_collect import EMPTY, PAGE_1, SEARCH, script_two_pages

runner = CliRunner()


def mentions(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Mention)).one()


def test_collect_once_stores_each_mention_once_and_twice_nothing_new(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    script_two_pages(x_api)
    x_api.route("GET", SEARCH, Reply(json_body=EMPTY), when={"since_id": "1276035977375477760"})
    added = runner.invoke(
        app, ["sources", "add", "nyc", "--kind", "x_search", "--query", "NYC theatre"]
    )
    assert added.exit_code == 0, added.output
    first = runner.invoke(app, ["collect", "--once"])
    assert first.exit_code == 0, first.output
    assert "nyc" in first.stdout and "14" in first.stdout  # 14 new
    stored = mentions(worker_db)
    second = runner.invoke(app, ["collect", "--once", "--source", "nyc"])
    assert second.exit_code == 0, second.output
    assert mentions(worker_db) == stored == 14


def test_collect_once_after_a_429_leaves_the_cursor(
    x_api: LoopbackServer, worker_db: Engine
) -> None:
    x_api.route("GET", SEARCH, Reply(json_body=PAGE_1))
    x_api.route(
        "GET",
        SEARCH,
        Reply(status=429, headers={"x-rate-limit-reset": "1900000000"}),
        when={"next_token": PAGE_1["meta"]["next_token"]},
    )
    runner.invoke(app, ["sources", "add", "nyc", "--kind", "x_search", "--query", "NYC theatre"])
    result = runner.invoke(app, ["collect", "--once"])
    assert result.exit_code == 0 and "rate_limited" in result.stdout
    listed = runner.invoke(app, ["sources", "list"])
    assert "2030-03-17T17:46:40" in listed.stdout  # next run at the reset time
    assert mentions(worker_db) == 0


def test_sources_add_refuses_an_incomplete_definition(worker_db: Engine) -> None:
    result = runner.invoke(app, ["sources", "add", "tags", "--kind", "mastodon_hashtag"])
    said = " ".join(result.output.split())  # rich wraps long lines
    assert result.exit_code == 2
    assert "needs hashtags in terms" in said and "needs options.instance" in said


def test_collect_names_an_unknown_source(worker_db: Engine) -> None:
    result = runner.invoke(app, ["collect", "--once", "--source", "nope"])
    assert result.exit_code == 2 and "no source named 'nope'" in result.output
