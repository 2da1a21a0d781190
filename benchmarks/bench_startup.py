"""Start-up benchmark: the app against a bare PySide6 window, measured in the same run.

    python benchmarks/bench_startup.py [--runs 7] [--db LARGE.db]

Times, alternately, (a) a bare QMainWindow shown until its first paint and closed, and
(b) ``salesplanner --db LARGE.db --quit-after-first-paint``; both as fresh processes, so
interpreter start and imports count. Prints the medians, their ratio (target ≤ 1.6, aim
1.5) and the app's peak memory (max RSS, target ≤ 300 MB). Builds the large demo database
first when --db is not given.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, load, record

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow()
w.setCentralWidget(QLabel("hello"))
w.resize(1280, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = F()
w.centralWidget().installEventFilter(f)
w.show()
sys.exit(app.exec())
"""


def timed(cmd: list[str], env: dict) -> tuple[float, int]:
    """Wall time of one process and its max RSS in kB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(before, after)


def peak_rss_kb(cmd: list[str], env: dict) -> int:
    """Max RSS of one fresh child (measured through a wrapper so runs do not mix)."""
    code = (
        "import resource, subprocess, sys\n"
        f"subprocess.run({cmd!r}, check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
    }
    tmp = tempfile.TemporaryDirectory()
    db = args.db
    if db is None:
        db = Path(tmp.name) / "large.db"
        subprocess.run(
            [sys.executable, "-m", "salesplanner", "demo", "--db", str(db), "--scale", "large"],
            env=env,
            check=True,
            capture_output=True,
        )
    # An installed app (wheel or bundle) runs from compiled bytecode; this checkout may not
    # have it (PYTHONDONTWRITEBYTECODE), so compile it once rather than time the compiler.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "salesplanner")], check=True
    )
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [
        sys.executable,
        "-m",
        "salesplanner",
        "--db",
        str(db),
        "--quit-after-first-paint",
        "--lang",
        "en",
    ]
    # warm the OS file cache once for both
    timed(bare_cmd, env)
    timed(app_cmd, env)
    bare, app = [], []
    load_before = load()
    for _ in range(args.runs):
        bare.append(timed(bare_cmd, env)[0])
        app.append(timed(app_cmd, env)[0])
    rss_mb = peak_rss_kb(app_cmd, env) / 1024
    bare_rss_mb = peak_rss_kb(bare_cmd, env) / 1024
    mb, ma = statistics.median(bare), statistics.median(app)
    ratio = ma / mb
    load_after = load()
    print(
        f"load                : {load_before[0]:.2f} before, {load_after[0]:.2f} after "
        f"({os.cpu_count()} cores)"
    )
    print(f"bare PySide6 window : median {mb * 1000:7.1f} ms  (runs: {args.runs})")
    print(f"salesplanner (large): median {ma * 1000:7.1f} ms")
    print(
        f"start-up ratio      : {ratio:.2f}  (target <= 1.6, aim 1.5) "
        f"{'OK' if ratio <= 1.6 else 'OVER'}"
    )
    print(
        f"peak memory         : {rss_mb:.0f} MB app, {bare_rss_mb:.0f} MB bare window "
        f"(target <= 300 MB) {'OK' if rss_mb <= 300 else 'OVER'}"
    )
    record("start-up vs bare window", ma * 1000, "ms", ratio=ratio, target=1.6, on="ratio")
    record("start-up peak memory", rss_mb, "MB", target=300)
    emit()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
