"""The engine's hot modules are compiled with mypyc at install time (`setup.py`)."""

from __future__ import annotations

import ast
import os
import time
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from enrichment.native import COMPILED_MODULES, engine_build, stale_modules

ROOT = Path(__file__).resolve().parents[2]


def test_setup_compiles_exactly_the_modules_the_engine_checks() -> None:
    tree = ast.parse((ROOT / "setup.py").read_text())
    listed = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets)
    )
    assert isinstance(listed, ast.List)
    paths = [ast.literal_eval(element) for element in listed.elts]
    assert paths == [f"enrichment/{name}.py" for name in COMPILED_MODULES]


def test_the_installed_engine_is_compiled_unless_pure_python_was_asked_for() -> None:
    expected = "interpreted" if os.environ.get("FOYER_PURE_PYTHON") else "compiled"
    assert engine_build() == expected, (
        "the mypyc build did not run or failed (see `pip install -e .` output); "
        "without a C compiler and Python headers set FOYER_PURE_PYTHON=1 and reinstall"
    )


def test_a_compiled_module_older_than_its_source_is_reported_stale(tmp_path: Path) -> None:
    (tmp_path / "tokens.so").write_bytes(b"")  # not an extension suffix: ignored
    (tmp_path / f"tokens{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    (tmp_path / f"scoring{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    past = time.time() - 60
    os.utime(tmp_path / f"tokens{EXTENSION_SUFFIXES[0]}", (past, past))
    (tmp_path / "tokens.py").write_text("# edited after the build\n")
    (tmp_path / "scoring.py").write_text("# built after this edit\n")
    os.utime(tmp_path / "scoring.py", (past, past))
    (tmp_path / "keywords.py").write_text("# never compiled: interpreted, not stale\n")

    assert stale_modules(tmp_path) == ["tokens"]
