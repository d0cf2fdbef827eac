"""A progress bar for long work, shown only when a person is watching a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn


@contextmanager
def file_progress(console: Console, path: Path) -> Iterator[Callable[[int], None] | None]:
    """Yields a callback taking characters read so far, or None when not on a terminal."""
    if not console.is_terminal:
        yield None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(path.name, total=max(path.stat().st_size, 1))
        yield lambda done: progress.update(task, completed=done)
