"""Whether the engine runs compiled (mypyc, see `setup.py`) or interpreted, and a check
that the compiled modules are not older than their sources."""

from __future__ import annotations

import importlib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

# Keep in step with `COMPILED` in `setup.py` (a test checks it).
COMPILED_MODULES = (
    "tokens",
    "scoring",
    "sentiment",
    "touchpoints",
    "keywords",
    "language",
    "title_evidence",
    "productions",
    "production_matcher",
    "patrons",
    "engine",
)
PACKAGE = Path(__file__).resolve().parent


def engine_build() -> str:
    """ "compiled" when every hot module was imported from a C extension, else "interpreted"."""
    files = [importlib.import_module(f"enrichment.{name}").__file__ for name in COMPILED_MODULES]
    compiled = all(f is not None and f.endswith(tuple(EXTENSION_SUFFIXES)) for f in files)
    return "compiled" if compiled else "interpreted"


def stale_modules(folder: Path = PACKAGE) -> list[str]:
    """Compiled modules older than their `.py` source (an editable install that was not
    rebuilt after an edit or a pull: the old code would run)."""
    stale = []
    for name in COMPILED_MODULES:
        source = folder / f"{name}.py"
        built = [folder / f"{name}{suffix}" for suffix in EXTENSION_SUFFIXES]
        newest = max((b.stat().st_mtime for b in built if b.exists()), default=None)
        if newest is not None and source.exists() and source.stat().st_mtime > newest:
            stale.append(name)
    return stale
