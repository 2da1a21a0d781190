"""Excel import/export speed against baselines run alongside (prints ratios; not a unit test).

    .venv/bin/python benchmarks/bench_import.py [--rows 100000] [--repeat 3]

Import: a generated sales workbook read by python-calamine alone (the floor), by
pandas.read_excel(engine="openpyxl"), and imported by `salesplanner import` into a fresh
database (as a subprocess, so interpreter start-up and imports count; peak memory is that
process's max RSS). Targets: import ≤ 2.0× the floor (aim 1.5×), ≥ 5× faster than
pandas/openpyxl, ≤ 400 MB.
Export: the plan workbook with N activity rows against xlsxwriter constant_memory writing
the same rows. Target ≤ 2.0×.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, record

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_sales_workbook(path: Path, rows: int) -> None:
    import xlsxwriter

    rnd = random.Random(6)
    customers = [f"客户{i:04d}有限公司" for i in range(2000)]
    products = ["A型设备", "B型耗材", "C型服务", "D型软件", "E型配件"]
    reps = ["王芳", "李雷", "韩梅梅", "张伟"]
    regions = ["华东", "华南", "华北", "西南"]
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("销售明细")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, ["成交日期", "客户名称", "产品", "数量", "单价", "金额", "业务员", "区域"])
    start = dt.datetime(2024, 1, 1)
    for r in range(1, rows + 1):
        qty = rnd.randint(1, 50)
        price = round(rnd.uniform(10, 5000), 2)
        ws.write_datetime(r, 0, start + dt.timedelta(days=rnd.randint(0, 700)), datef)
        ws.write_row(
            r,
            1,
            [
                rnd.choice(customers),
                rnd.choice(products),
                qty,
                price,
                round(qty * price, 2),
                rnd.choice(reps),
                rnd.choice(regions),
            ],
        )
    wb.close()


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def calamine_floor(path: Path) -> None:
    from python_calamine import CalamineWorkbook

    CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def pandas_openpyxl(path: Path) -> None:
    import pandas as pd

    pd.read_excel(path, engine="openpyxl")


def cli_import(path: Path, db: Path) -> tuple[float, float]:
    """Seconds and peak MB of `salesplanner import FILE --db DB` in a fresh process."""
    if db.exists():
        db.unlink()
    code = (
        "import resource, sys, time; t=time.perf_counter(); from salesplanner.cli import main; "
        "rc = main(sys.argv[1:]); "
        "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024, "
        "file=sys.stderr); "
        "sys.exit(rc)"
    )
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code, "import", str(path), "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    _, peak = proc.stderr.strip().splitlines()[-1].split()
    return wall, float(peak)


def engine_import(path: Path) -> None:
    from salesplanner.services.importing import analyse_file, import_file
    from salesplanner.store import Store

    store = Store.memory()
    import_file(store, analyse_file(store, path))
    store.close()


def activity_store(rows: int):
    from salesplanner.store import Store

    rnd = random.Random(7)
    store = Store.memory()
    codes = ["visit", "phone", "followup", "proposal", "contract"]
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO customers(name) VALUES (?)", [(f"客户{i:04d}",) for i in range(500)]
        )
        start = dt.date(2025, 1, 1)
        store.conn.executemany(
            "INSERT INTO activities(date, activity_code, count, customer_id, outcome, "
            "amount_fen, note) "
            "VALUES (?,?,?,?,?,?,?)",
            [
                (
                    (start + dt.timedelta(days=rnd.randint(0, 700))).isoformat(),
                    rnd.choice(codes),
                    rnd.randint(1, 5),
                    rnd.randint(1, 500),
                    rnd.choice(["有意向", "", "需再跟进"]),
                    rnd.choice([None, rnd.randint(1, 10**8)]),
                    "备注",
                )
                for _ in range(rows)
            ],
        )
    return store


def xlsxwriter_rows(store, path: Path) -> None:
    import xlsxwriter

    rows = store.execute(
        "SELECT a.date, a.activity_code, a.count, c.name, a.outcome, a.amount_fen, a.note "
        "FROM activities a "
        "LEFT JOIN customers c ON c.id = a.customer_id ORDER BY a.date, a.id"
    ).fetchall()
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet()
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    wb.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    # an installed app runs from bytecode; PYTHONDONTWRITEBYTECODE would make each run compile
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "salesplanner")], check=True
    )
    tmp = Path(tempfile.mkdtemp(prefix="sp-bench-"))
    book = tmp / "sales.xlsx"
    make_sales_workbook(book, args.rows)
    print(f"workbook: {args.rows:,} rows, {book.stat().st_size / 1e6:.1f} MB")

    floor = best(lambda: calamine_floor(book), args.repeat)
    print(f"python-calamine alone          {floor:7.3f} s   (floor)")
    engine = best(lambda: engine_import(book), args.repeat)
    print(f"import engine (in process)     {engine:7.3f} s   {engine / floor:5.2f}× floor")
    runs = [cli_import(book, tmp / "plan.db") for _ in range(args.repeat)]
    cli, peak = min(r[0] for r in runs), max(r[1] for r in runs)
    print(
        f"`salesplanner import` (process){cli:7.3f} s   {cli / floor:5.2f}× floor   peak "
        f"{peak:.0f} MB"
    )
    pandas_t = best(lambda: pandas_openpyxl(book), 1)
    print(
        f"pandas.read_excel(openpyxl)    {pandas_t:7.3f} s   import is "
        f"{pandas_t / cli:5.1f}× faster"
    )

    store = activity_store(args.rows)
    from salesplanner.io.export_plan import export_plan

    base = best(lambda: xlsxwriter_rows(store, tmp / "base.xlsx"), args.repeat)
    print(
        f"xlsxwriter constant_memory     {base:7.3f} s   (export baseline, "
        f"{args.rows:,} activity rows)"
    )
    exp = best(
        lambda: export_plan(store, tmp / "plan.xlsx", today=dt.date(2026, 3, 1)), args.repeat
    )
    print(f"plan workbook export           {exp:7.3f} s   {exp / base:5.2f}× baseline")
    print()
    ok = cli / floor <= 2.0 and pandas_t / cli >= 5 and peak <= 400 and exp / base <= 2.0
    print(
        f"ratios: import/floor {cli / floor:.2f} (≤2.0), engine/floor {engine / floor:.2f}, "
        f"pandas/import {pandas_t / cli:.1f} (≥5), peak {peak:.0f} MB (≤400), "
        f"export/xlsxwriter {exp / base:.2f} (≤2.0)"
        f"  → {'OK' if ok else 'MISSED'}"
    )
    record("import 100k rows, process", cli, "s", ratio=cli / floor, target=2.0, on="ratio")
    record("import engine, in process", engine, "s", ratio=engine / floor)
    record(
        "import vs pandas/openpyxl",
        pandas_t,
        "s",
        ratio=pandas_t / cli,
        target=5.0,
        on="ratio",
        higher_is_better=True,
    )
    record("import peak memory", peak, "MB", target=400)
    record("plan export vs xlsxwriter", exp, "s", ratio=exp / base, target=2.0, on="ratio")
    emit()
    _ = resource  # (peak memory of the child is read from its own getrusage)


if __name__ == "__main__":
    main()
