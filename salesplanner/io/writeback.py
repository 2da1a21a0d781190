"""Append rows to the rep's own workbook, in its own columns and styles (openpyxl).

The workbook keeps its other sheets, formulas, charts, column widths and number formats: new
rows copy the style of the last data row, formulas in that row are carried down (translated
to the new row), Excel tables and the autofilter grow to include the new rows. The file is
saved to a temporary name and moved into place, after a backup copy is made.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from copy import copy
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from salesplanner.io.errors import WriteBackError

_TOTAL = re.compile(r"^\s*(合计|总计|小计|total|sum|grand total)\s*[:：]?\s*$", re.IGNORECASE)


@dataclass(slots=True)
class AppendResult:
    first_row: int
    last_row: int
    backup: Path


def lock_files(path: Path) -> list[Path]:
    """Excel/WPS (~$name) and LibreOffice (.~lock.name#) lock files next to the workbook."""
    candidates = [path.with_name("~$" + path.name), path.with_name("~$" + path.name[2:]),
                  path.with_name(f".~lock.{path.name}#")]
    return [p for p in candidates if p.exists()]


def check_writable(path: Path) -> None:
    if not path.exists():
        raise WriteBackError(f"{path} is not there any more (moved or deleted); import it again from its new place.")
    if lock_files(path):
        raise WriteBackError(f"{path.name} is open in Excel, WPS or LibreOffice; close it and try again.")
    try:
        with open(path, "r+b"):
            pass
    except OSError as exc:
        raise WriteBackError(f"{path.name} cannot be written ({exc.strerror or exc}); is it open elsewhere "
                             "or read-only?") from None


def backup_copy(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.backup-{stamp}-{n}{path.suffix}")
    shutil.copy2(path, target)
    return target


def _is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def append_rows(path: Path, sheet: str, columns: dict[str, int], header_row: int, col0: int,
                rows: list[dict[str, Any]], scales: dict[str, Decimal | None]) -> AppendResult:
    """Append ``rows`` (field → value: dates, fen amounts, text, numbers) under the table.

    ``columns`` maps fields to header positions; ``col0`` is the sheet column of position 0;
    ``header_row`` is the 1-based Excel row of the header.
    """
    from openpyxl import load_workbook
    from openpyxl.formula.translate import Translator
    from openpyxl.utils import get_column_letter

    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm"):
        raise WriteBackError(f"{path.name} is a {suffix} file; write-back works with .xlsx and .xlsm "
                             "workbooks (use export for the others).")
    check_writable(path)
    try:
        wb = load_workbook(path, keep_vba=suffix == ".xlsm", rich_text=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for odd files
        raise WriteBackError(f"{path.name} cannot be opened for writing ({type(exc).__name__}).") from None
    if sheet not in wb.sheetnames:
        raise WriteBackError(f"{path.name} has no sheet “{sheet}” any more.")
    ws = wb[sheet]
    cols = {k: col0 + pos + 1 for k, pos in columns.items()}  # 1-based sheet columns
    used = sorted(set(cols.values()))
    # the last row with data in the mapped columns
    last = header_row
    for r in range(ws.max_row, header_row, -1):
        if any(not _is_blank(ws.cell(r, c).value) for c in used):
            last = r
            break
    if last > header_row and any(isinstance(ws.cell(last, c).value, str) and _TOTAL.match(ws.cell(last, c).value)
                                 for c in range(1, min(ws.max_column, used[-1]) + 1)):
        raise WriteBackError(f"Sheet “{sheet}” of {path.name} ends with a total row; move the total above the "
                             "table or delete it, then write back again.")
    template = last if last > header_row else None
    width = max(ws.max_column, used[-1])
    first_new = last + 1
    for k, values in enumerate(rows):
        r = first_new + k
        if template:
            src_dim = ws.row_dimensions[template]
            if src_dim.height:
                ws.row_dimensions[r].height = src_dim.height
        for c in range(1, width + 1):
            cell = ws.cell(r, c)
            tcell = ws.cell(template, c) if template else None
            if tcell is not None and tcell.has_style:
                cell._style = copy(tcell._style)
            field = next((f for f, fc in cols.items() if fc == c), None)
            tvalue = tcell.value if tcell is not None else None
            if isinstance(tvalue, str) and tvalue.startswith("="):
                # a formula in the last row (=D5*E5, a running total …): carry it down
                if field is None or values.get(field) is None or field == "amount":
                    cell.value = Translator(tvalue, origin=f"{get_column_letter(c)}{template}").translate_formula(
                        f"{get_column_letter(c)}{r}")
                    continue
            if field is None:
                continue
            _set_value(cell, values.get(field), field, tvalue, scales.get(field))
    n = len(rows)
    last_new = first_new + n - 1
    if n:
        _grow_ranges(ws, header_row, last, last_new)
    tmp = path.with_name(f".{path.stem}.writing{path.suffix}")
    try:
        wb.save(tmp)
        backup = backup_copy(path)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteBackError(f"{path.name} could not be saved ({exc.strerror or exc}); it was left unchanged.") from None
    return AppendResult(first_new, last_new, backup)


def _set_value(cell, value: Any, field: str, template_value: Any, scale: Decimal | None) -> None:
    if value is None or value == "":
        cell.value = None
        return
    if isinstance(value, dt.date):
        if isinstance(template_value, str):  # the rep keeps dates as text: keep their style
            cell.value = value.isoformat() if "-" in template_value else value.strftime("%Y/%m/%d").replace("/0", "/")
        else:
            cell.value = value
            if not cell.is_date:
                cell.number_format = "yyyy-mm-dd"
        return
    if field in ("amount", "unit_price", "target") and isinstance(value, int):
        factor = Decimal(100) * (scale or 1)
        cell.value = float(Decimal(value) / factor)
        return
    if isinstance(value, str):
        cell.value = value
        if value.startswith("="):
            cell.data_type = "s"  # text, never a formula
        return
    cell.value = value


def _grow_ranges(ws, header_row: int, old_last: int, new_last: int) -> None:
    """Excel tables and the autofilter that ended at the old last row now end at the new one."""
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.cell import range_boundaries

    for table in list(ws.tables.values()):
        min_col, min_row, max_col, max_row = range_boundaries(table.ref)
        if min_row == header_row and max_row in (old_last, header_row):
            table.ref = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{new_last}"
            if table.autoFilter is not None:
                table.autoFilter.ref = table.ref
    if ws.auto_filter and ws.auto_filter.ref:
        min_col, min_row, max_col, max_row = range_boundaries(ws.auto_filter.ref)
        if min_row == header_row and max_row == old_last:
            ws.auto_filter.ref = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{new_last}"
