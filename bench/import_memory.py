"""Streaming import: peak memory must stay flat as an order file grows.

Imports 100,000 and then 1,000,000 order rows (each into a fresh SQLite database, each in its
own process, so peak RSS is that import's own) and prints rows/s and peak RSS for both, and
their ratio. Flat memory means a ratio near 1.0 although the file is ten times larger.

    .venv/bin/python bench/import_memory.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PATRONS = 5_000
PERFORMANCES = 200


def write_files(folder: Path, rows: int) -> None:
    rng = random.Random(7)
    with (folder / "productions.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["production_id", "title", "category"])
        w.writerows([f"PR{i}", f"Production {i}", "drama"] for i in range(20))
    with (folder / "performances.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["performance_id", "production_id", "starts_at"])
        w.writerows(
            [f"PF{i}", f"PR{i % 20}", f"2025-{i % 12 + 1:02d}-10T19:30:00Z"]
            for i in range(PERFORMANCES)
        )
    with (folder / "patrons.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["patron_id", "first_name", "last_name", "email"])
        w.writerows([f"P{i}", "Pat", f"Ron{i}", f"p{i}@example.org"] for i in range(PATRONS))
    with (folder / "orders.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            [
                "order_id",
                "patron_id",
                "performance_id",
                "quantity",
                "unit_price",
                "ordered_at",
                "channel",
            ]
        )
        for i in range(rows):
            w.writerow(
                [
                    f"O{i // 2}",
                    f"P{rng.randrange(PATRONS)}",
                    f"PF{(i * 7) % PERFORMANCES if i % 2 else i % PERFORMANCES}",
                    rng.randint(1, 4),
                    f"{rng.choice((12.5, 25, 38, 52))}",
                    "2025-03-01T10:00:00Z",
                    "online",
                ]
            )


def run_import(folder: Path) -> dict[str, float]:
    from crm.db import make_engine, session_scope
    from crm.migrate import upgrade
    from crm.ticketing import import_csv

    engine = make_engine(f"sqlite:///{folder / 'bench.db'}")
    upgrade(engine)
    for kind in ("productions", "performances", "patrons"):
        with session_scope(engine) as session:
            import_csv(session=session, kind=kind, path=folder / f"{kind}.csv")
    start = time.perf_counter()
    with session_scope(engine) as session:
        report = import_csv(session=session, kind="orders", path=folder / "orders.csv")
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "rows": report.rows,
        "seconds": seconds,
        "rows_per_s": report.rows / seconds,
        "peak_rss_mb": peak_mb,
    }


def measure(rows: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder, rows)
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(folder)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        sys.stdout.write(json.dumps(run_import(Path(args.child))) + "\n")
        return
    small, large = measure(args.rows // 10), measure(args.rows)
    for r in (small, large):
        sys.stdout.write(
            f"orders import: {int(r['rows']):>9,} rows in {r['seconds']:6.1f} s "
            f"({r['rows_per_s']:,.0f} rows/s), peak RSS {r['peak_rss_mb']:.0f} MB\n"
        )
    sys.stdout.write(
        f"peak RSS ratio {args.rows:,} / {args.rows // 10:,} rows: "
        f"{large['peak_rss_mb'] / small['peak_rss_mb']:.2f} (1.0 = flat)\n"
    )


if __name__ == "__main__":
    main()
