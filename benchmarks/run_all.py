"""Run every benchmark and print one table: figure, ratio, target, pass, load during the run.

    .venv/bin/python benchmarks/run_all.py [--only startup,week] [--skip bundle] [--quick]

Each ``bench_*.py`` here runs as its own process (so one cannot slow the next through what it
leaves in memory) and ends with a ``BENCH_JSON`` line (see ``figures.py``); the load average
is sampled every second while it runs and the table shows its mean and maximum. ``--quick``
passes fewer runs to the benchmarks that take a count. The bundle benchmark is skipped when
there is no ``dist/salesplanner/``. Exits 1 when a figure misses its target.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from figures import PREFIX, load  # noqa: E402

QUICK_ARGS = {
    "startup": ["--runs", "5"],
    "week": ["--runs", "15"],
    "progress": ["--runs", "10"],
    "pipeline": ["--runs", "7"],
    "journal": ["--runs", "5"],
    "forecast": ["--repeat", "5"],
    "import": ["--repeat", "2"],
    "import_wizard": ["--repeat", "2"],
    "import_limits": ["--rows", "100000,400000", "--repeat", "1"],
    "team": ["--runs", "3"],
    "bundle": ["--runs", "5"],
    "completion": ["--runs", "2"],
    "card": ["--runs", "5"],
    "holidays": ["--runs", "5"],
    "queries": ["--runs", "3"],
    "panes": ["--runs", "3"],
}


class LoadSampler:
    """The 1-minute load average, sampled every second on a thread while a benchmark runs."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while True:
            self.samples.append(load()[0])
            if self._stop.wait(1.0):
                return

    def __enter__(self) -> LoadSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append(load()[0])


def benchmarks() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def run_one(name: str, extra: list[str]) -> tuple[list[dict], str, float, LoadSampler]:
    """Run one benchmark; its figures, an error line ('' when none), wall time, load."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    cmd = [sys.executable, str(HERE / f"bench_{name}.py"), *extra]
    started = time.perf_counter()
    with LoadSampler() as sampler:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    took = time.perf_counter() - started
    figures: list[dict] = []
    for line in proc.stdout.splitlines():
        if line.startswith(PREFIX):
            figures = json.loads(line[len(PREFIX) :])["figures"]
    error = ""
    if not figures:
        tail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-1:] or ["no output"]
        error = f"exit {proc.returncode}: {tail[0][:90]}"
    return figures, error, took, sampler


def _fmt(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.{digits}f}"


def _target(fig: dict) -> str:
    if fig["target"] is None:
        return "–"
    sign = "≥" if fig["higher_is_better"] else "≤"
    unit = "×" if fig["on"] == "ratio" else f" {fig['unit']}"
    return f"{sign} {_fmt(fig['target'])}{unit}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="comma-separated names (e.g. startup,week)")
    ap.add_argument("--skip", default="", help="comma-separated names to leave out")
    ap.add_argument("--quick", action="store_true", help="fewer runs per benchmark")
    ap.add_argument("--json", action="store_true", help="also print the whole table as JSON")
    args = ap.parse_args()
    names = benchmarks()
    if args.only:
        wanted = args.only.split(",")
        names = [n for n in names if n in wanted]
    skip = set(filter(None, args.skip.split(",")))
    if not (ROOT / "dist" / "salesplanner").is_dir():
        skip.add("bundle")
    rows: list[tuple[str, dict | None, str, float, LoadSampler | None]] = []
    print(f"{os.cpu_count()} cores; load before: {' '.join(f'{x:.2f}' for x in load())}")
    all_ok = True
    for name in names:
        if name in skip:
            rows.append((name, None, "skipped", 0.0, None))
            continue
        print(f"running bench_{name} …", flush=True)
        figures, error, took, sampler = run_one(
            name, QUICK_ARGS.get(name, []) if args.quick else []
        )
        if error:
            all_ok = False
            rows.append((name, None, error, took, sampler))
        for fig in figures:
            all_ok &= fig["ok"] is not False
            rows.append((name, fig, "", took, sampler))
    header = (
        f"{'benchmark':<14}{'figure':<38}{'value':>10} {'unit':<4}{'ratio':>7}  "
        f"{'target':<11}{'pass':<6}{'load mean/max':<14}"
    )
    print()
    print(header)
    print("-" * len(header))
    table = []
    for name, fig, error, took, sampler in rows:
        if sampler is not None and sampler.samples:
            mean = sum(sampler.samples) / len(sampler.samples)
            load_text = f"{mean:.2f}/{max(sampler.samples):.2f}"
        else:
            mean, load_text = None, ""
        if fig is None:
            print(f"{name:<14}{error}")
            table.append({"benchmark": name, "error": error})
            continue
        verdict = {True: "ok", False: "MISS", None: ""}[fig["ok"]]
        print(
            f"{name:<14}{fig['name'][:37]:<38}{_fmt(fig['value']):>10} {fig['unit']:<4}"
            f"{_fmt(fig['ratio']):>7}  {_target(fig):<11}{verdict:<6}{load_text:<14}"
        )
        table.append({"benchmark": name, **fig, "load_mean": mean, "seconds": round(took, 1)})
    print(f"\nload after: {' '.join(f'{x:.2f}' for x in load())}")
    if args.json:
        print(PREFIX + json.dumps(table))
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
