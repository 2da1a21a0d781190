"""Excel on the command line: import, export, write-back, CSV export.

    salesplanner import FILE --db PATH [--sheet NAME] [--kind sales|customers|activities|targets]
                        [--header-row N] [--map FIELD=COLUMN ...] [--date-order dmy|mdy|ymd]
                        [--dry-run] [--json]
    salesplanner export FILE.xlsx --db PATH [--json]
    salesplanner writeback --db PATH [--import-id N] [--json]
    salesplanner export-csv TABLE FILE.csv --db PATH [--json]

The file is read and vetted before the plan file is opened, so a broken or hostile workbook
exits with code 2 and one line, and leaves the plan file untouched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from salesplanner.cli import (
    UsageError,
    add_db_argument,
    add_json_argument,
    emit,
    one_line,
    open_store,
    parse_day,
    record_number,
)
from salesplanner.domain.plural import n_of

KIND_CHOICES = ["sales", "customers", "activities", "targets", "opportunities"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="import sales records, customers, activities or targets from Excel/CSV"
    )
    p.add_argument("file", type=Path, help=".xlsx, .xlsm, .xls, .ods or .csv file")
    p.add_argument("--sheet", help="sheet name (default: the first visible sheet)")
    p.add_argument("--kind", choices=KIND_CHOICES, help="what the sheet holds (default: guessed)")
    p.add_argument("--header-row", type=int, metavar="N", help="1-based row of the column headers")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="map a field to a column letter or header text, e.g. amount=E or 'date=成交日期'",
    )
    p.add_argument(
        "--date-order",
        choices=["dmy", "mdy", "ymd"],
        help="how dates like 03/04/2026 are written: day/month/year, month/day/year or "
        "year/month/day (default: decided from the column; asked for when it cannot tell)",
    )
    p.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    p.add_argument("--list-sheets", action="store_true", help="list the sheets and exit")
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="write the plan workbook (.xlsx) for your manager")
    p.add_argument("file", type=Path, help="target .xlsx file")
    p.add_argument("--today", help="reference day (YYYY-MM-DD) for the week plan; default today")
    p.add_argument(
        "--week",
        help="a day (YYYY-MM-DD) of the week the week-plan sheet shows; default this week "
        "while the goal runs, else the goal's first or last week",
    )
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "writeback", help="append new deals/activities to the workbook they were imported from"
    )
    p.add_argument(
        "--import-id",
        type=record_number,
        help="which import (default: the latest sales/activities import)",
    )
    p.add_argument("--list", action="store_true", help="list the imports and exit")
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=cmd_writeback)

    p = sub.add_parser("export-csv", help="write one table as CSV (UTF-8 with BOM, opens in Excel)")
    p.add_argument("table", help="table name, e.g. deals, customers, activities")
    p.add_argument("file", type=Path, help="target .csv file")
    add_db_argument(p)
    add_json_argument(p)
    p.set_defaults(handler=cmd_export_csv)


# -- import -----------------------------------------------------------------------------------
def _parse_maps(items: list[str], headers) -> dict[str, int]:
    from salesplanner.io.workbook import column_index

    out: dict[str, int] = {}
    texts = [h.text for h in headers]
    for item in items:
        if "=" not in item:
            raise UsageError(f"--map {item!r}: write FIELD=COLUMN, e.g. amount=E.")
        key, col = (s.strip() for s in item.split("=", 1))
        if col in texts:
            out[key] = texts.index(col)
        elif col.isalpha() and col.isascii() and len(col) <= 3:
            out[key] = column_index(col.upper())
        else:
            raise UsageError(
                f"--map {item!r}: no column {col!r} in the header "
                f"({', '.join(t for t in texts if t)})."
            )
    return out


def _mapped_fields(items: list[str]) -> set[str]:
    return {item.split("=", 1)[0].strip() for item in items if "=" in item}


def _customer_column(a, mapped: set[str]) -> dict | None:
    """Which column was taken as the customer and which others could be it; when there was a
    choice and the rep did not make it (--map), one line on stderr says so."""
    from salesplanner.io.importer import name_column_choice

    choice = name_column_choice(a, mapped)
    if choice is None:
        return None
    found, note = choice
    if note is not None:
        print(f"salesplanner: note: {one_line(note)}", file=sys.stderr)
    return found


class _LazyStore:
    """Open the plan file only once the workbook has been read without trouble."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.store = None

    def get(self):
        if self.store is None:
            self.store = open_store(self.args)
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def cmd_import(args: argparse.Namespace) -> int:
    from salesplanner.io.importer import gc_paused
    from salesplanner.io.workbook import SheetTailMismatch

    with gc_paused():  # one workbook's worth of small objects, no cycles: no collector passes
        try:
            # a large sheet is stored part by part while the rest is still read (see
            # services.importing._Parts); parts that do not line up: read it again whole
            return _import(args, stream=True)
        except SheetTailMismatch:
            return _import(args, stream=False)


def _import(args: argparse.Namespace, *, stream: bool) -> int:
    from salesplanner.io.errors import MappingError
    from salesplanner.io.fields import FIELDS
    from salesplanner.io.importer import analyse, remap
    from salesplanner.io.workbook import open_source
    from salesplanner.services.importing import import_file
    from salesplanner.store import imports as repo

    if args.list_sheets:
        with open_source(args.file) as src:
            sheets: list[dict[str, Any]] = [
                {"name": s.name, "visible": s.visible, "chart": s.is_chart} for s in src.sheets
            ]
        emit(
            args,
            {"file": str(args.file), "sheets": sheets},
            "\n".join(
                s["name"]
                + ("" if s["visible"] else " (hidden)")
                + (" (chart)" if s["chart"] else "")
                for s in sheets
            ),
        )
        return 0
    lazy = _LazyStore(args)
    try:
        # the workbook is read and vetted first; the plan file opens only for the mapping lookup
        a = analyse(
            args.file,
            sheet=args.sheet,
            kind=args.kind,
            header_row=args.header_row,
            remembered=lambda sig: repo.find_mapping(lazy.get(), sig),
            stream=stream,
            date_order=args.date_order,
        )
        if a.kind_doubt is not None:
            # weak evidence for every kind: the rep says what the sheet holds
            raise MappingError(a.kind_doubt)
        store = lazy.get()
        if args.map:
            fixed = _parse_maps(args.map, a.headers)
            valid = {s.key for s in FIELDS[a.kind]}
            for key in fixed:
                if key not in valid:
                    raise UsageError(
                        f"--map: {key!r} is not a field of a {a.kind} import "
                        f"(fields: {', '.join(sorted(valid))})."
                    )
            columns = {
                k: v for k, v in a.columns.items() if v not in fixed.values() and k not in fixed
            }
            columns.update(fixed)
            a = remap(a, columns=columns)
        if a.date_doubt is not None:
            # 03/04/2026 and nothing in the column tells day-month from month-day: never guessed
            raise MappingError(a.date_doubt)
        customer_column = _customer_column(a, mapped=_mapped_fields(args.map))
        report = import_file(store, a, dry_run=args.dry_run)
    finally:
        lazy.close()
    data = report.as_dict()
    data["customer_column"] = customer_column
    data["header_row"] = a.header_excel_row
    data["mapping"] = {k: a.column_label(v) for k, v in a.columns.items()}
    data["remembered_mapping"] = a.remembered
    data["date_orders"] = dict(a.date_orders)
    lines = [
        report.summary(),
        f"Header on row {a.header_excel_row}; columns: "
        + ", ".join(f"{k} ← {a.column_label(v)}" for k, v in a.columns.items()),
    ]
    lines += [f"Note: {n}" for n in report.notes]
    shown = report.problems[:50]
    lines += [f"  {p.sentence()}{'' if p.severity == 'error' else ' (warning)'}" for p in shown]
    if len(report.problems) > len(shown):
        lines.append(
            f"  … and {n_of(len(report.problems) - len(shown), 'more problem(s)')}; "
            "use --json for all."
        )
    emit(args, data, "\n".join(lines))
    return 0


# -- export -----------------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    from salesplanner.io.export_plan import export_plan
    from salesplanner.services.report import report_for_export

    if args.file.suffix.lower() not in (".xlsx",):
        raise UsageError(f"{args.file.name}: the plan workbook is written as .xlsx.")
    today = parse_day(args.today, "--today") if args.today else None
    week = parse_day(args.week, "--week") if args.week else None
    store = open_store(args, create=False)
    try:
        report = report_for_export(store, today)
        result = export_plan(store, args.file, today=today, week=week, report=report)
    finally:
        store.close()
    emit(
        args,
        result,
        f"Wrote {args.file} ({', '.join(f'{k}: {v}' for k, v in result['rows'].items())}; "
        f"week plan from {result['week']}).",
    )
    return 0


def cmd_writeback(args: argparse.Namespace) -> int:
    from salesplanner.services.writeback import write_back
    from salesplanner.store import imports as repo

    store = open_store(args, create=False)
    try:
        if args.list:
            rows = repo.list_imports(store)
            emit(
                args,
                rows,
                "\n".join(
                    f"#{r['id']} {r['file_name']} [{r['sheet']}] {r['kind']} "
                    f"{n_of(r['rows_imported'], 'row(s)')}, "
                    f"{r['imported_at']}"
                    for r in rows
                )
                or "No imports yet.",
            )
            return 0
        result = write_back(store, args.import_id)
    finally:
        store.close()
    text = (
        f"Appended {n_of(result['deals'], 'deal(s)')} and "
        f"{n_of(result['activities'], 'activit(ies)')} to "
        f"{result['file']} [{result['sheet']}]; backup: {result['backup'] or '—'}."
    )
    emit(args, result, text)
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from salesplanner.io.csv_export import export_table_csv

    store = open_store(args, create=False)
    try:
        n = export_table_csv(store, args.table, args.file)
    finally:
        store.close()
    emit(
        args,
        {"table": args.table, "file": str(args.file), "rows": n},
        f"Wrote {n_of(n, 'row(s)')} of {args.table} to {args.file}.",
    )
    return 0
