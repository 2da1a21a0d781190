"""Run the command-line importer over every workbook of a folder, and over hostile variants of
them made here, the way a rep's machine would: one process per file, a plan file of its own.

    .venv/bin/python benchmarks/import_corpus_run.py ../shared/excel-samples [--keep DIR]

Each file must be imported (exit 0) or refused in one line (exit 2, one line on stderr, the
plan file byte for byte as before); anything else - a traceback, several lines, another exit
code, more than 30 s - is a fault. Prints one line per file, then the totals, and exits 1 when
there was a fault. The variants (issue 11's hostile cases): each workbook truncated to half
and to its first 100 bytes, renamed to the wrong extension, with a huge claimed dimension,
and home-made sheets with formulas without cached values, merged cells, error cells, text
dates that read both ways, an empty file and a directory named like a workbook.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}
TIME_LIMIT = 30.0
ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "salesplanner"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- hostile variants ---------------------------------------------------------------------------
def _truncated(src: Path, out: Path, size: int | None = None) -> Path:
    data = src.read_bytes()
    out.write_bytes(data[: size if size is not None else len(data) // 2])
    return out


def _renamed(src: Path, out: Path) -> Path:
    shutil.copyfile(src, out)
    return out


def _huge_dimension(src: Path, out: Path) -> Path | None:
    """The first worksheet claims A1:XFD1048576 and holds one more cell at XFD1048576."""
    with zipfile.ZipFile(src) as zin:
        names = zin.namelist()
        sheet = next((n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml$", n)), None)
        if sheet is None:
            return None
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for name in names:
                data = zin.read(name)
                if name == sheet:
                    text = data.decode("utf-8")
                    text = re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', text)
                    text = text.replace(
                        "</sheetData>",
                        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is>'
                        "</c></row></sheetData>",
                    )
                    data = text.encode("utf-8")
                zout.writestr(name, data)
    return out


def _book(path: Path, rows: list[Any], after: Any = None) -> Path:
    """A one-sheet workbook of ``rows`` (header first); ``after(ws)`` changes the sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    ws: Any = wb.active
    for row in rows:
        ws.append(row)
    if after is not None:
        after(ws)
    wb.save(path)
    return path


def _merge_dates(ws) -> None:
    for i in range(0, 12, 3):
        ws.merge_cells(start_row=2 + i, start_column=1, end_row=4 + i, end_column=1)
    ws.merge_cells("B15:C20")  # merged over empty rows and both columns


def _error_types(ws) -> None:
    for row in ws.iter_rows(min_row=2, max_row=5, min_col=3, max_col=3):
        for cell in row:
            cell.data_type = "e"


def _home_made(folder: Path) -> list[Path]:
    """Sheets written by hand the way the issue's testers attacked the importer."""
    head = ["成交日期", "客户名称", "金额"]
    day = dt.date(2026, 3, 1)
    made = [
        # formulas: openpyxl saves no cached values
        _book(
            folder / "formulas-no-cache.xlsx",
            [["成交日期", "客户名称", "数量", "单价", "金额"]]
            + [[day, f"客户{i}", 2, 500, f"=C{i + 2}*D{i + 2}"] for i in range(20)],
        ),
        _book(
            folder / "merged-cells.xlsx",
            [head] + [[day if i % 3 == 0 else None, f"客户{i}", 1000 + i] for i in range(12)],
            _merge_dates,
        ),
        _book(
            folder / "error-cells.xlsx",
            [head]
            + [
                [day, f"客户{i}", v]
                for i, v in enumerate(["#DIV/0!", "#N/A", "#REF!", "#VALUE!", 1200])
            ],
            _error_types,
        ),
        _book(
            folder / "dates-either-way.xlsx",
            [head] + [[f"{1 + i:02d}/0{1 + i % 9}/2026", f"客户{i}", 100] for i in range(10)],
        ),
    ]
    (p := folder / "empty.xlsx").write_bytes(b"")
    made.append(p)
    (p := folder / "folder.xlsx").mkdir()
    made.append(p)
    (p := folder / "binary-junk.csv").write_bytes(os.urandom(4096))
    made.append(p)
    return made


def variants(files: list[Path], folder: Path) -> list[Path]:
    out: list[Path] = []
    for src in files:
        stem = src.stem.replace(" ", "_")
        out.append(_truncated(src, folder / f"{stem}.half{src.suffix}"))
        out.append(_truncated(src, folder / f"{stem}.first100{src.suffix}", 100))
        wrong = {".xlsx": ".xls", ".xls": ".xlsx", ".ods": ".xlsx", ".csv": ".xlsx"}
        out.append(_renamed(src, folder / f"{stem}.renamed{wrong.get(src.suffix, '.csv')}"))
        if src.suffix == ".xlsx" and zipfile.is_zipfile(src):
            huge = _huge_dimension(src, folder / f"{stem}.huge-dimension.xlsx")
            if huge is not None:
                out.append(huge)
    return out + _home_made(folder)


# -- one run ------------------------------------------------------------------------------------
def run_one(path: Path, plan: Path) -> tuple[str, str, float]:
    """(outcome, line, seconds): outcome imported | refused | FAULT."""
    before = _sha(plan)
    t0 = time.monotonic()
    try:
        proc = subprocess.run(
            [*CLI, "import", str(path), "--db", str(plan), "--json"],
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT * 2,
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except subprocess.TimeoutExpired:
        return "FAULT", f"no answer after {TIME_LIMIT * 2:.0f} s", TIME_LIMIT * 2
    seconds = time.monotonic() - t0
    err_lines = proc.stderr.splitlines()
    if "Traceback" in proc.stderr or len(err_lines) > 1:
        return "FAULT", f"exit {proc.returncode}: " + " | ".join(err_lines[-3:]), seconds
    if seconds > TIME_LIMIT:
        return "FAULT", f"took {seconds:.1f} s", seconds
    if proc.returncode == 0:
        import json

        data = json.loads(proc.stdout)
        note = f" — {err_lines[0]}" if err_lines else ""
        line = (
            f"{data['kind']}: {data['imported']} row(s), {len(data.get('problems', []))} "
            f"problem(s){note}"
        )
        return "imported", line, seconds
    if proc.returncode == 2 and len(err_lines) == 1:
        if _sha(plan) != before:
            return "FAULT", "refused but the plan file changed: " + err_lines[0], seconds
        return "refused", err_lines[0].removeprefix("salesplanner: error: "), seconds
    return "FAULT", f"exit {proc.returncode}: {proc.stderr.strip()[:200]}", seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="folder of workbooks (searched recursively)")
    ap.add_argument("--keep", type=Path, help="keep the variants made in this folder")
    args = ap.parse_args(argv)
    files = sorted(p for p in args.folder.rglob("*") if p.suffix.lower() in SUFFIXES)
    work = Path(tempfile.mkdtemp(prefix="corpus-run-"))
    made = args.keep or work / "variants"
    made.mkdir(parents=True, exist_ok=True)
    readable = [p for p in files if p.is_file() and "hostile" not in p.parts]
    cases = files + variants(readable, made)
    totals = {"imported": 0, "refused": 0, "FAULT": 0}
    tracebacks = 0
    slowest = 0.0
    try:
        from salesplanner.store import Store

        empty_plan = work / "empty.db"
        Store.open(empty_plan).close()
        for path in cases:
            plan = work / "plan.db"
            shutil.copyfile(empty_plan, plan)
            for extra in ("-wal", "-shm"):
                Path(str(plan) + extra).unlink(missing_ok=True)
            outcome, line, seconds = run_one(path, plan)
            totals[outcome] += 1
            tracebacks += "Traceback" in line
            slowest = max(slowest, seconds)
            name = path.relative_to(args.folder) if path.is_relative_to(args.folder) else path.name
            print(f"{outcome:8} {seconds:5.1f}s {name}: {line}", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"files {len(cases)} ({len(files)} in the folder, {len(cases) - len(files)} variants): "
        f"imported {totals['imported']}, refused {totals['refused']}, faults {totals['FAULT']} "
        f"(tracebacks {tracebacks}); slowest {slowest:.1f} s, peak {peak_mb:.0f} MB"
    )
    return 1 if totals["FAULT"] else 0


if __name__ == "__main__":
    sys.exit(main())
