"""The `foyer` command: import, apikey, demo refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from settings import get_settings

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True)
def own_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOYER_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()


def test_imports_the_examples_in_order() -> None:
    said = {}
    for kind in ("productions", "performances", "patrons", "orders"):
        result = runner.invoke(app, ["import", kind, str(EXAMPLES / f"{kind}.csv")])
        assert result.exit_code == 0, result.output
        said[kind] = " ".join(result.output.split())
    assert "patrons.csv: 8 rows; 7 created, 0 updated, 1 merged" in said["patrons"]
    assert "orders.csv: 5 rows;" in said["orders"] and "5 lines written" in said["orders"]
    again = runner.invoke(app, ["import", "patrons", str(EXAMPLES / "patrons.csv")])
    assert "8 rows; 0 created, 8 updated" in " ".join(again.output.split())


def test_a_bad_file_exits_1_naming_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "productions.csv"
    bad.write_text("production_id,title,first_performance\nP1,Hamlet,2025-02-30\n")
    result = runner.invoke(app, ["import", "productions", str(bad)])
    said = " ".join(result.output.split())
    assert result.exit_code == 1
    assert "productions.csv, line 2, column 'first_performance': '2025-02-30' is not a date" in said


def test_apikey_create_prints_the_token_once_and_list_never_shows_it() -> None:
    created = runner.invoke(
        app, ["apikey", "create", "--name", "crm sync", "--scope", "patrons:read"]
    )
    assert created.exit_code == 0
    token = created.stdout.strip().splitlines()[-1]
    assert token.startswith("foyer_")
    listed = runner.invoke(app, ["apikey", "list"])
    assert "crm sync" in listed.stdout and token not in listed.stdout


def test_apikey_create_refuses_an_unknown_scope() -> None:
    result = runner.invoke(app, ["apikey", "create", "--name", "x", "--scope", "everything"])
    assert result.exit_code == 2 and "unknown scope(s) everything" in result.output


def test_demo_refuses_a_database_with_patrons() -> None:
    runner.invoke(app, ["import", "patrons", str(EXAMPLES / "patrons.csv")])
    result = runner.invoke(app, ["demo", "--patrons", "100"])
    assert result.exit_code == 2 and "already has rows" in " ".join(result.output.split())


def test_venues_add_and_list() -> None:
    added = runner.invoke(
        app,
        ["venues", "add", "Lyceum Playhouse", "--alias", "Lyceum", "--handle", "@LyceumPlayhouse"],
    )
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["venues", "list"])
    assert listed.stdout.strip() == "Lyceum Playhouse\tLyceum\t@LyceumPlayhouse"
