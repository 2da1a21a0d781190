"""Append rows to the rep's own workbook, in its own columns and styles (openpyxl).

The workbook keeps its other sheets, formulas, charts, column widths and number formats: new
rows copy the style of the last data row, formulas in that row are carried down (translated
to the new row). When a total row (合计 / 总计 / 小计 / Total …), notes or anything else stand
under the table, the new rows are inserted above them and they move down; ranges that end on
the last data row grow to take in the new rows: =SUM(F2:F120) in the total row or on another
sheet, Excel tables and the autofilter, conditional formatting, data validation, defined names
and print areas, chart series (see :mod:`salesplanner.io.xlsx_rows`, which refuses what it
cannot move with certainty). The file is saved to a temporary name and moved into place, after
a backup copy is made; a refusal leaves it untouched, and so does Cancel (``cancelled``) up to
the moment the saved file is moved into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import threading
import zipfile
from collections.abc import Callable, Iterator
from copy import copy
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from salesplanner.io.errors import WriteBackCancelled, WriteBackError
from salesplanner.io.messages import Msg
from salesplanner.io.parse import is_total_label
from salesplanner.io.xlsx_rows import RowInsert, Sheet

WRITABLE_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(slots=True)
class AppendResult:
    first_row: int
    last_row: int
    backup: Path


def lock_files(path: Path) -> list[Path]:
    """Excel/WPS (~$name) and LibreOffice (.~lock.name#) lock files next to the workbook."""
    candidates = [
        path.with_name("~$" + path.name),
        path.with_name("~$" + path.name[2:]),
        path.with_name(f".~lock.{path.name}#"),
    ]
    return [p for p in candidates if p.exists()]


def check_writable(path: Path) -> None:
    if not path.exists():
        raise WriteBackError(Msg("writeback.missing", path=str(path)))
    if lock_files(path):
        raise WriteBackError(Msg("writeback.locked", name=path.name))
    try:
        with open(path, "r+b"):
            pass
    except OSError as exc:
        raise WriteBackError(
            Msg("writeback.not_writable", name=path.name, reason=str(exc.strerror or exc))
        ) from None


def backup_copy(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.backup-{stamp}-{n}{path.suffix}")
    part = target.with_name(f".{target.name}.part")
    shutil.copy2(path, part)  # copied whole, then named: a kill leaves no half backup
    os.replace(part, target)
    return target


def _is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _looks_like_date(v: Any) -> bool:
    """A date cell of a record: a date, an Excel serial, a text date (2026/1/5, 3月1日) or a
    formula."""
    if isinstance(v, bool):
        return False
    if isinstance(v, dt.date | int | float):
        return True
    return isinstance(v, str) and (v.strip()[:1].isdigit() or v.startswith("="))


def _table_end(
    ws: Sheet, header_row: int, cols: dict[str, int], col0: int
) -> tuple[int, bool, tuple[int, int]]:
    """The table's last record row (the header row when it has none), whether anything stands
    below it in its columns (a total row, a blank row and a 合计, notes, a signature …), and its
    first and last column.

    A record row has something in the mapped columns and, when the date is mapped, a date;
    a row with a total word in its first columns and no date is a total row, not a record."""
    cells = ws._cells

    def value(r: int, c: int) -> Any:
        cell = cells.get((r, c))
        return None if cell is None else cell._value

    used = sorted(set(cols.values()))
    date_col = cols.get("date")
    label_cols = range(col0 + 1, max(col0 + 6, used[-1]) + 1)
    last = header_row
    for r in range(ws.max_row, header_row, -1):
        if all(_is_blank(value(r, c)) for c in used):
            continue
        date = value(r, date_col) if date_col is not None else None
        if date_col is not None and not _looks_like_date(date):
            continue
        if isinstance(date, dt.date | int | float) or not any(
            is_total_label(value(r, c)) for c in label_cols
        ):
            last = r
            break
    # the table's columns: up to the last of its headers side by side, and any formula column
    # of its last row (a tax or running total without a header is carried down with the rows)
    end = used[-1]
    while not _is_blank(value(header_row, end + 1)):
        end += 1
    end = max(
        [end]
        + [c for (r, c), cell in cells.items() if r == last > header_row and cell.data_type == "f"]
    )
    first = col0 + 1
    below = any(
        r > last and first <= c <= end and cell._value is not None for (r, c), cell in cells.items()
    )
    return last, below, (first, end)


def append_rows(
    path: Path,
    sheet: str,
    columns: dict[str, int],
    header_row: int,
    col0: int,
    rows: list[dict[str, Any]],
    scales: dict[str, Decimal | None],
    *,
    cancelled: Callable[[], bool] | None = None,
    step: Callable[[str], None] | None = None,
    before_replace: Callable[[], None] | None = None,
) -> AppendResult:
    """Append ``rows`` (field → value: dates, fen amounts, text, numbers) under the table.

    ``columns`` maps fields to header positions; ``col0`` is the sheet column of position 0;
    ``header_row`` is the 1-based Excel row of the header.

    ``cancelled()`` is asked after loading, after adding the rows and after saving the new
    workbook to a temporary file; when it says True, :class:`WriteBackCancelled` is raised and
    the workbook is as it was. ``step(name)`` is told "load", "rows", "save" and, last,
    "replace": from then on (a backup copy, the new file moved into place) it cannot be
    cancelled any more. ``before_replace()`` runs once the new workbook is saved, just before
    it replaces the old one (the service stamps the records written, see services/writeback).
    """

    def check(name: str) -> None:
        if cancelled is not None and cancelled():
            raise WriteBackCancelled()
        if step is not None:
            step(name)

    from openpyxl import load_workbook
    from openpyxl.formula.translate import Translator
    from openpyxl.utils import get_column_letter

    suffix = path.suffix.lower()
    if suffix not in WRITABLE_SUFFIXES:
        raise WriteBackError(Msg("writeback.not_xlsx", name=path.name, suffix=suffix))
    check_writable(path)
    check("load")
    try:
        with exact_numbers():
            wb = load_workbook(path, keep_vba=suffix == ".xlsm", rich_text=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for odd files
        raise WriteBackError(
            Msg("writeback.cannot_open", name=path.name, error=type(exc).__name__)
        ) from None
    if sheet not in wb.sheetnames:
        raise WriteBackError(Msg("writeback.no_sheet", name=path.name, sheet=sheet))
    check("rows")
    ws = wb[sheet]
    cols = {k: col0 + pos + 1 for k, pos in columns.items()}  # 1-based sheet columns
    used = sorted(set(cols.values()))
    last, below, table_cols = _table_end(ws, header_row, cols, col0)
    n = len(rows)
    if n:
        # a total row, notes, a signature … under the table move down; ranges over it grow
        RowInsert(
            wb,
            ws,
            file=path.name,
            at=last + 1,
            count=n if below else 0,
            grow=n,
            last=last,
            header_row=header_row,
            cols=table_cols,
        ).apply()
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
                cell._style = copy(tcell._style)  # type: ignore[union-attr]  # (not in the stubs)
            field = next((f for f, fc in cols.items() if fc == c), None)
            tvalue = tcell.value if tcell is not None else None
            if (
                tcell is not None
                and isinstance(tvalue, str)
                and tvalue.startswith("=")
                and tcell.data_type == "f"
            ):
                # a formula in the last row (=D5*E5, a running total …): carry it down
                if field is None or values.get(field) is None or field == "amount":
                    cell.value = Translator(
                        tvalue, origin=f"{get_column_letter(c)}{template}"
                    ).translate_formula(f"{get_column_letter(c)}{r}")
                    continue
            if field is None:
                continue
            _set_value(cell, values.get(field), field, tvalue, scales.get(field))
    last_new = first_new + n - 1
    check("save")
    tmp = path.with_name(f".{path.stem}.writing{path.suffix}")
    try:
        with exact_numbers():
            wb.save(tmp)
        keep_package_parts(path, tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())  # on disk before it takes the workbook's name
        check("replace")  # the last chance: from here on the workbook is replaced
        if before_replace is not None:
            before_replace()
        backup = backup_copy(path)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteBackError(
            Msg("writeback.cannot_save", name=path.name, reason=str(exc.strerror or exc))
        ) from None
    except BaseException:  # Cancel, or anything openpyxl raises while saving: no file left behind
        tmp.unlink(missing_ok=True)
        raise
    return AppendResult(first_new, last_new, backup)


class _Number(float):
    """A number cell as the workbook stores it: written back as the same text."""

    text: str


_patch_lock = threading.Lock()


@contextlib.contextmanager
def exact_numbers() -> Iterator[None]:
    """openpyxl reads "0.10000000000000001" as 0.1 and writes numbers as "%.16g" (so 0.1,
    and 12345678901234567890 as 1.234567890123457e+19): meanwhile a number cell read keeps
    its text and is written as that text; any other number is written in full (repr)."""
    from openpyxl.cell import _writer as writer_module
    from openpyxl.worksheet import _reader as reader_module

    # Any: the stubs do not list the private functions swapped here
    _writer: Any = writer_module
    _reader: Any = reader_module

    def cast(value: str) -> int | _Number:
        if "." in value or "E" in value or "e" in value:
            number = _Number(value)
            number.text = value
            return number
        return int(value)

    def write(value: object) -> str:
        if type(value) is _Number:
            return value.text
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, float) and value == value and abs(value) != float("inf"):
            return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
        written: str = original_write(value)
        return written

    with _patch_lock:
        original_cast, original_write = _reader._cast_number, _writer.safe_string
        _reader._cast_number, _writer.safe_string = cast, write
        try:
            yield
        finally:
            _reader._cast_number, _writer.safe_string = original_cast, original_write


_REL = re.compile(rb"<Relationship\b[^>]*?/>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
_CORE = b"/metadata/core-properties"


def keep_package_parts(original: Path, saved: Path) -> None:
    """Give ``saved`` (openpyxl's copy of ``original``) back the package's own parts that
    openpyxl drops or rewrites: the thumbnail, the extended and custom properties … (every
    part the package relationships name, except the workbook and the core properties, which
    openpyxl keeps and dates). Taken byte for byte, with their relationships and types."""
    with zipfile.ZipFile(original) as src:
        names = set(src.namelist())
        if "_rels/.rels" not in names:
            return
        rels = src.read("_rels/.rels")
        parts = {}
        wanted = []
        for rel in _REL.findall(rels):
            attrs = dict(_ATTR.findall(rel))
            target = attrs.get(b"Target", b"").decode("utf-8").lstrip("/")
            kind = attrs.get(b"Type", b"")
            if kind.endswith(b"/officeDocument") or kind.endswith(_CORE):
                continue
            if target in names:
                parts[target] = src.read(target)
                wanted.append((rel, target))
        types = src.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    if not parts:
        return
    with zipfile.ZipFile(saved) as new:
        items = [(i, new.read(i.filename)) for i in new.infolist()]
    have = {i.filename for i, _ in items}
    out_rels = next(d for i, d in items if i.filename == "_rels/.rels")
    out_types = next(d for i, d in items if i.filename == "[Content_Types].xml")
    ids = {dict(_ATTR.findall(r)).get(b"Id") for r in _REL.findall(out_rels)}
    for rel, target in wanted:
        if target in have:
            continue
        rid = dict(_ATTR.findall(rel)).get(b"Id", b"rId")
        if rid in ids:
            n = 1
            while b"rIdKept%d" % n in ids:
                n += 1
            rel = rel.replace(b'Id="' + rid + b'"', b'Id="rIdKept%d"' % n)
        out_rels = out_rels.replace(b"</Relationships>", rel + b"</Relationships>")
        out_types = _with_type(out_types, types, target)
    with zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == "_rels/.rels":
                data = out_rels
            elif info.filename == "[Content_Types].xml":
                data = out_types
            elif info.filename in parts:
                data = parts.pop(info.filename)
            out.writestr(info, data)
        for target, data in parts.items():
            out.writestr(target, data)


def _with_type(out_types: bytes, types: bytes, target: str) -> bytes:
    """``out_types`` with the content type ``types`` gives the part ``target``."""
    name = re.escape(("/" + target).encode("utf-8"))
    override = re.search(rb'<Override\b[^>]*PartName="' + name + rb'"[^>]*/>', types)
    if override:
        return out_types.replace(b"</Types>", override.group(0) + b"</Types>")
    ext = re.escape(target.rsplit(".", 1)[-1].encode("utf-8"))
    default = re.search(rb'<Default\b[^>]*Extension="' + ext + rb'"[^>]*/>', types, re.I)
    if default and not re.search(rb'<Default\b[^>]*Extension="' + ext + rb'"', out_types, re.I):
        return out_types.replace(b"</Types>", default.group(0) + b"</Types>")
    return out_types


def _set_value(
    cell: Any, value: Any, field: str, template_value: Any, scale: Decimal | None
) -> None:
    if value is None or value == "":
        cell.value = None
        return
    if isinstance(value, dt.date):
        if isinstance(template_value, str):  # the rep keeps dates as text: keep their style
            cell.value = (
                value.isoformat()
                if "-" in template_value
                else value.strftime("%Y/%m/%d").replace("/0", "/")
            )
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
