"""Bundle size, .deb size and the frozen app's start against the start from source.

    .venv/bin/python benchmarks/bench_bundle.py [--runs 7] [--build]

Needs `dist/salesplanner/` (run `python3 packaging/build.py`, or pass --build). Times,
alternately, ``python -m salesplanner --db DEMO --quit-after-first-paint`` from source and
``dist/salesplanner/salesplanner --db DEMO --quit-after-first-paint`` (fresh processes,
offscreen, same demo database); prints the medians and their ratio.
Targets: bundle ≤ 250 MB unpacked, .deb ≤ 100 MB, frozen start ≤ 1.3 × the start from source.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, record

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "salesplanner"
LIMITS = {"bundle_mb": 250, "deb_mb": 100, "start_ratio": 1.3}


def tree_mb(path: Path) -> float:
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    args = parser.parse_args()
    if args.build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)
    exe = BUNDLE / ("salesplanner.exe" if os.name == "nt" else "salesplanner")
    if not exe.exists():
        raise SystemExit("no dist/salesplanner/: run `python3 packaging/build.py` first")
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SALESPLANNER_WELCOME": "0",
            "XDG_DATA_HOME": str(Path(tmp) / "data"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
        }
        db = Path(tmp) / "demo.db"
        subprocess.run(
            [sys.executable, "-m", "salesplanner", "demo", "--db", str(db)],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        source_cmd = [
            sys.executable,
            "-m",
            "salesplanner",
            "--db",
            str(db),
            "--quit-after-first-paint",
        ]
        frozen_cmd = [str(exe), "--db", str(db), "--quit-after-first-paint"]
        timed(source_cmd, env)  # warm the OS file cache for both
        timed(frozen_cmd, env)
        source, frozen = [], []
        for _ in range(args.runs):
            source.append(timed(source_cmd, env))
            frozen.append(timed(frozen_cmd, env))
    results = {
        "bundle_mb": round(tree_mb(BUNDLE), 1),
        "source_start_s": round(statistics.median(source), 3),
        "frozen_start_s": round(statistics.median(frozen), 3),
    }
    results["start_ratio"] = round(results["frozen_start_s"] / results["source_start_s"], 2)
    debs = sorted((ROOT / "dist").glob("salesplanner_*.deb"))
    if debs:
        results["deb_mb"] = round(debs[-1].stat().st_size / 1e6, 1)
    ok = True
    for key, value in results.items():
        limit = LIMITS.get(key)
        verdict = "" if limit is None else ("  ok" if value <= limit else f"  OVER {limit}")
        ok &= limit is None or value <= limit
        print(f"{key:16} {value}{verdict}")
        unit = "s" if key.endswith("_s") else ("MB" if key.endswith("_mb") else "×")
        record(key, value, unit, target=limit)
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
