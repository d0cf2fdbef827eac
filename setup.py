"""Build hook: compile the enrichment engine's hot modules with mypyc.

The modules stay plain, typed Python (`mypy --strict` clean); mypyc turns them into C
extensions at install time, about twice as fast (`bench/README.md`). Everything else is in
`pyproject.toml`. The pure-Python modules are the fallback: set `FOYER_PURE_PYTHON=1`, or
install where mypyc or a C compiler is missing, and the same code runs interpreted.

In an editable install (`make install`) the extensions are built next to their sources;
`make install` rebuilds them when a compiled source changes, and `enrichment` warns at
import when one is older than its source.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Keep in step with `enrichment/native.py` (which checks that they are fresh).
COMPILED = [
    "enrichment/tokens.py",
    "enrichment/scoring.py",
    "enrichment/sentiment.py",
    "enrichment/touchpoints.py",
    "enrichment/keywords.py",
    "enrichment/language.py",
    "enrichment/title_evidence.py",
    "enrichment/productions.py",
    "enrichment/production_matcher.py",
    "enrichment/patrons.py",
    "enrichment/engine.py",
]


class OptionalBuildExt(build_ext):
    """A failed compilation leaves the pure-Python modules in place instead of failing."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # noqa: BLE001 - any compiler failure means "stay pure"
            _fallback(error)

    def build_extension(self, ext: Any) -> None:
        try:
            super().build_extension(ext)
        except Exception as error:  # noqa: BLE001
            _fallback(error)


def _fallback(error: Exception) -> None:
    sys.stderr.write(f"foyer: mypyc build failed ({error}); using the pure-Python engine\n")


def ext_modules() -> list[Any]:
    if os.environ.get("FOYER_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    try:
        # no config file: pyproject's [tool.mypy] names plugins this build env lacks
        options = ["--config-file=", "--ignore-missing-imports"]
        return list(
            mypycify([*options, *COMPILED], opt_level="3", group_name="foyer_enrichment_native")
        )
    except Exception as error:  # noqa: BLE001 - mypyc refused: stay pure
        _fallback(error)
        return []


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
