"""The holiday cache, cold and warm, with two installations sharing one cache folder.

    .venv/bin/python benchmarks/bench_holidays.py [--runs 7]

Each run is a fresh process that reads the holiday tables the app needs at start (this year
and next, CN) as the app does, and prints the time and its peak memory. Runs alternate:
``cold`` (an empty cache folder each time: the `holidays` package is imported and the tables
built) and two installations ``A`` and ``B`` taking turns on one shared cache folder (a .deb
and a pip install, or two checkouts). Before the cache files named their installation, each
of A and B removed the other's file and every start was cold. Prints the medians, the ratio
warm / cold (target ≤ 0.25) and the load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from figures import emit, load, record

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import resource, sys, time
from pathlib import Path
started = time.perf_counter()
from salesplanner.domain import holiday_tables as H
H.CACHE_DIR = Path(sys.argv[1])
key = sys.argv[2]
H._install_key = lambda: key
H._package_stamp = lambda: "v-" + key  # (each has its own package version too)
year = int(sys.argv[3])
H.holiday_year("CN", year)
H.holiday_year("CN", year + 1)
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def run(cache: Path, install: str) -> tuple[float, float]:
    year = str(dt.date.today().year)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(cache), install, year],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    seconds, mb = proc.stdout.split()
    return float(seconds) * 1000, float(mb)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sp-bench-") as tmp:
        shared = Path(tmp) / "shared"
        run(shared, "i0000000a")  # each installation has started once
        run(shared, "i0000000b")
        cold, warm = [], []
        for i in range(args.runs):
            cold.append(run(Path(tmp) / f"cold{i}", "i0000000a"))
            warm.append(run(shared, "i0000000a"))
            warm.append(run(shared, "i0000000b"))
    cold_ms = statistics.median(c[0] for c in cold)
    warm_ms = statistics.median(w[0] for w in warm)
    cold_mb = statistics.median(c[1] for c in cold)
    warm_mb = statistics.median(w[1] for w in warm)
    ratio = warm_ms / cold_ms
    la = load()
    print(f"runs: {args.runs}; load {la[0]:.2f} {la[1]:.2f} {la[2]:.2f}")
    print(f"cold cache                     {cold_ms:7.1f} ms  peak {cold_mb:5.1f} MB")
    print(f"warm, two installs alternating {warm_ms:7.1f} ms  peak {warm_mb:5.1f} MB")
    print(f"warm / cold {ratio:.2f} (target ≤ 0.25)  {'ok' if ratio <= 0.25 else 'OVER'}")
    ok = record("holidays: warm, two installs", warm_ms, "ms", ratio=ratio, target=0.25, on="ratio")
    record("holidays: cold cache", cold_ms, "ms")
    record("holidays: peak memory warm / cold", warm_mb, "MB", ratio=warm_mb / cold_mb)
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
