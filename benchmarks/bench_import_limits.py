"""Imports up to the row limit: the cost per row as sheets grow, small imports' fixed cost, and
a sheet over the cell limit refused (issue 18, section 3).

    .venv/bin/python benchmarks/bench_import_limits.py [--rows 100000,800000] [--repeat 2]

Every figure is a fresh process, against a floor measured alternately in the same run: a
process that only reads the same sheet with python-calamine (``to_python``). Sheets have six
columns (date, customer, product, amount, rep, region), so 800,000 rows stay under the 5
million cells a sheet may hold.

* per row: ``salesplanner import`` time / rows at each size, and its ratio to the floor
  (targets: ≤ 1.5× at 100k, ≤ 1.8× at 800k; the largest size's cost per row within 10 % of
  the smallest's);
* small: 10,000 rows against the floor (≤ 2×), and the fixed cost, a 10-row import minus its
  floor (≤ 0.1 s);
* too large: a sheet of 1,000,001 rows × 8 columns, refused (exit 2, the sheet named) in
  ≤ 0.5 s and ≤ 100 MB, and the memory per row of the largest import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, load, record

ROOT = Path(__file__).resolve().parents[1]

FLOOR = (
    "import resource, sys, time; t = time.perf_counter(); "
    "from python_calamine import CalamineWorkbook; "
    "CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python(); "
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "
    "file=sys.stderr)"
)
IMPORT = (
    "import resource, sys, time; t = time.perf_counter(); from salesplanner.cli import main; "
    "rc = main(sys.argv[1:]); "
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "
    "file=sys.stderr); sys.exit(rc)"
)


def make_sheet(path: Path, rows: int, cols: int = 6) -> None:
    import xlsxwriter

    rnd = random.Random(18)
    customers = [f"客户{i:04d}有限公司" for i in range(2000)]
    products = ["A型设备", "B型耗材", "C型服务", "D型软件"]
    reps = ["王芳", "李雷", "韩梅梅", "张伟"]
    regions = ["华东", "华南", "华北", "西南"]
    header = ["成交日期", "客户名称", "产品", "金额", "业务员", "区域", "数量", "备注"][:cols]
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("销售明细")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, header)
    start = dt.datetime(2024, 1, 1)
    for r in range(1, rows + 1):
        ws.write_datetime(r, 0, start + dt.timedelta(days=rnd.randint(0, 700)), datef)
        values = [
            rnd.choice(customers),
            rnd.choice(products),
            round(rnd.uniform(100, 90000), 2),
            rnd.choice(reps),
            rnd.choice(regions),
            rnd.randint(1, 50),
            "",
        ]
        ws.write_row(r, 1, values[: cols - 1])
    wb.close()


def run(code: str, *argv: str) -> tuple[float, float, int, str]:
    """Wall seconds, peak MB, exit code and stderr of one fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env, cwd=ROOT
    )
    wall = time.perf_counter() - t0
    last = proc.stderr.strip().splitlines()[-1].split() if proc.stderr.strip() else ["0", "0"]
    try:
        peak = float(last[1])
    except (IndexError, ValueError):
        raise SystemExit(f"failed: {proc.stderr[-500:]}") from None
    return wall, peak, proc.returncode, proc.stderr


def pair(book: Path, db: Path, repeat: int) -> tuple[float, float, float]:
    """Median import wall time, floor wall time (alternated) and the import's peak MB."""
    imports, floors, peaks = [], [], []
    for _ in range(repeat):
        db.unlink(missing_ok=True)
        wall, peak, code, err = run(IMPORT, "import", str(book), "--db", str(db), "--json")
        if code != 0:
            raise SystemExit(f"import of {book.name} failed: {err[-400:]}")
        imports.append(wall)
        peaks.append(peak)
        floors.append(run(FLOOR, str(book))[0])
    return statistics.median(imports), statistics.median(floors), max(peaks)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default="100000,800000", help="comma-separated sheet sizes")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    sizes = [int(x) for x in args.rows.split(",")]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "salesplanner")], check=True
    )
    tmp = Path(tempfile.mkdtemp(prefix="sp-bench-"))
    db = tmp / "plan.db"
    ok = True

    # -- over the limit: refused from what the sheet declares --------------------------------
    huge = tmp / "huge.xlsx"
    make_sheet(huge, 1_000_000, cols=8)
    refusals = [run(IMPORT, "import", str(huge), "--db", str(db)) for _ in range(3)]
    refused_s = statistics.median(r[0] for r in refusals)
    refused_mb = max(r[1] for r in refusals)
    said = refusals[-1][3].strip().splitlines()[0]
    print(f"1,000,001 × 8 refused in {refused_s:.2f} s, peak {refused_mb:.0f} MB: {said[:110]}")
    named = all(r[2] == 2 and "销售明细" in r[3] for r in refusals)
    ok &= record("too large: refused in", refused_s, "s", target=0.5)
    ok &= record("too large: peak memory", refused_mb, "MB", target=100)
    ok &= record(
        "too large: exit 2, sheet named", float(named), "", target=1, higher_is_better=True
    )

    # -- small imports -------------------------------------------------------------------------
    tiny, small = tmp / "tiny.xlsx", tmp / "small.xlsx"
    make_sheet(tiny, 10)
    make_sheet(small, 10_000)
    t_imp, t_floor, _ = pair(tiny, db, 3)
    fixed = t_imp - t_floor
    s_imp, s_floor, _ = pair(small, db, 3)
    print(f"10 rows: import {t_imp:.3f} s, floor {t_floor:.3f} s → fixed cost {fixed:.3f} s")
    print(f"10,000 rows: import {s_imp:.3f} s, floor {s_floor:.3f} s → {s_imp / s_floor:.2f}×")
    ok &= record("small: fixed cost (10 rows)", fixed, "s", target=0.1)
    ok &= record(
        "small: 10k rows vs floor", s_imp, "s", ratio=s_imp / s_floor, target=2.0, on="ratio"
    )

    # -- cost per row as the sheet grows ---------------------------------------------------------
    per_row: dict[int, float] = {}
    peak_last = 0.0
    for n in sizes:
        book = tmp / f"rows{n}.xlsx"
        make_sheet(book, n)
        imp, floor, peak = pair(book, db, args.repeat)
        per_row[n] = imp / n * 1e6
        peak_last = peak
        book.unlink()
        target = 1.5 if n <= 100_000 else 1.8
        print(
            f"{n:>9,} rows: import {imp:6.2f} s ({per_row[n]:5.1f} µs a row), floor {floor:6.2f} s"
            f" → {imp / floor:.2f}× (≤ {target}), peak {peak:.0f} MB"
        )
        ok &= record(
            f"{n // 1000}k rows vs floor", imp, "s", ratio=imp / floor, target=target, on="ratio"
        )
    if len(sizes) > 1:
        lo, hi = sizes[0], sizes[-1]
        step = per_row[hi] / per_row[lo]
        print(f"cost per row {hi:,} / {lo:,}: {step:.2f} (≤ 1.10)")
        ok &= record(
            "per row: largest / smallest", per_row[hi], "µs", ratio=step, target=1.1, on="ratio"
        )
    kb_row = peak_last * 1024 / sizes[-1]
    print(f"memory: {kb_row:.2f} KB a row at {sizes[-1]:,} rows (≤ 0.8)")
    ok &= record(f"memory per row at {sizes[-1] // 1000}k", kb_row, "KB", target=0.8)
    la = load()
    print(f"load {la[0]:.2f} {la[1]:.2f} {la[2]:.2f}")
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
