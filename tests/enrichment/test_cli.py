"""`enrich-file`: JSON Lines in, JSON Lines out, bad lines reported by number."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from cli.enrich_file import register


def app() -> typer.Typer:
    application = typer.Typer()
    register(application)

    @application.callback()
    def main() -> None:
        """Keep `enrich-file` a named subcommand."""

    return application


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_enrich_file_writes_enriched_lines_and_a_summary(tmp_path: Path) -> None:
    source = write(
        tmp_path / "in.jsonl",
        json.dumps({"id": "1", "text": "Les Mis at the Lyceum: the cast was superb"})
        + "\nnot json\n"
        + json.dumps({"id": "2", "text": "The bar queue took the whole interval"})
        + "\n",
    )
    productions = write(
        tmp_path / "productions.csv",
        "id,title,aliases,hashtags,handles,category,first_performance,last_performance\n"
        "p9,Les Misérables,Les Mis,#LesMis,,musical,,\n",
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app(), ["enrich-file", str(source), "--productions", str(productions), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["1", "2"]
    assert lines[0]["productions"][0]["id"] == "p9"
    assert lines[1]["touchpoints"][0]["name"] == "bar_food"
    assert "in.jsonl:2: skipped" in result.output
    assert "2 mentions enriched, 1 bad lines skipped" in result.output


def test_enrich_file_writes_to_stdout_without_output_option(tmp_path: Path) -> None:
    source = write(tmp_path / "in.jsonl", json.dumps({"id": "x", "text": "Loved it!"}) + "\n")
    result = CliRunner().invoke(app(), ["enrich-file", str(source)])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["id"] == "x"
