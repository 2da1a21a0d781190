"""From a sheet to import-ready records: header, kind, mapping, parsed rows, problems.

Two steps, both without a database:

``analyse(path, sheet=…, kind=…, columns=…)`` reads the sheet, finds the header row (title
rows, blank rows and merged header cells above the table are skipped), guesses the kind and
maps each column to a field (or takes a remembered / corrected mapping).

``build_records(analysis)`` parses the mapped columns in bulk and returns the rows to store
plus every problem with its Excel row and column; ``preview_rows`` does the same for the first
rows, for the wizard's preview.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
import hashlib
import itertools
import re
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from itertools import compress
from pathlib import Path
from typing import Any

from salesplanner.io.errors import ImportCancelled, MappingError
from salesplanner.io.fields import (
    FIELDS,
    HEADER_LOOK,
    KINDS,
    NAME_FIELDS,
    RECORD_ID,
    RECORD_LETTER,
    Header,
    Mapping,
    activity_key,
    activity_lookup,
    best_mapping,
    field_score,
    field_spec,
    find_header_row,
    guess_kind,
    header_month,
    is_subheader,
    looks_like_pivot,
    month_columns,
    names_a_customer,
    normalise_header,
    signature,
)
from salesplanner.io.messages import Msg
from salesplanner.io.parse import (
    DATE_ORDERS,
    GUESS,
    MAX_AMOUNT_FEN,
    clean_text,
    is_total_label,
    order_msg,
    parse_amount,
    parse_date,
    parse_int,
    parse_month,
    parse_number,
    parse_number_text,
    parse_text,
    vote_date_order,
)
from salesplanner.io.workbook import (
    SheetData,
    SheetInfo,
    SheetTailMismatch,
    Source,
    bad_text_cells,
    column_letter,
    is_error_text,
    open_source,
)

ProgressFn = Callable[[int, int, str], None]
CancelLike = Callable[[], bool] | threading.Event | None

BIRTH_YEAR_GAP = 16  # a birthday less than this many years ago is taken as month and day only

_TRUE_WORDS = {"1", "y", "yes", "true", "是", "√", "✓", "★", "重点", "高", "high", "key", "x"}


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Bulk work creates millions of small objects and no cycles: skip the collector meanwhile."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def cancelled_fn(cancel: CancelLike) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # Excel row number (1-based); 0 = the sheet as a whole
    col: int | None  # 0-based sheet column, None = the whole row
    field: str
    message: str  # English; a Msg (salesplanner.io.messages) also carries a code and params
    severity: str = "error"  # "error": the row is skipped; "warning": imported anyway

    @property
    def code(self) -> str:
        """The message's stable code ("cell.not_a_date" …; "" for a plain sentence)."""
        return getattr(self.message, "code", "")

    @property
    def params(self) -> dict[str, Any]:
        return getattr(self.message, "params", {})

    @property
    def cell(self) -> str:
        if self.row == 0:
            return ""
        if self.col is None:
            return f"row {self.row}"
        return f"{column_letter(self.col)}{self.row}"

    def sentence(self) -> str:
        where = self.cell
        return f"{where}: {self.message}" if where else self.message

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": column_letter(self.col) if self.col is not None else None,
            "field": self.field,
            "code": self.code,
            "message": self.message,
            "severity": self.severity,
        }


@dataclass(slots=True)
class Analysis:
    path: Path
    file_kind: str  # xlsx | xls | ods | csv
    sheets: list[SheetInfo]
    sheet: str
    data: SheetData
    header_index: int  # index into data.rows of the (last) header row
    headers: list[Header]
    kind: str
    columns: dict[str, int]  # field → position in ``headers``
    signature: str
    remembered: bool = False
    notes: list[str] = field(default_factory=list)
    month_positions: list[int] = field(default_factory=list)  # wide target tables
    guessed_kind: str = ""
    joined: frozenset[int] = (
        frozenset()
    )  # columns without a header but with data (fields.header_blocks)
    raw_header: list[Any] = field(
        default_factory=list
    )  # the header's cells (two header rows merged)
    # the columns that could name the customer, the one taken first ([] when only one could):
    # the wizard lets the rep pick, the command line says which it took
    name_choices: list[int] = field(default_factory=list)
    # the kind was guessed on weak evidence (mapping.weak_kind, saying why): the wizard asks,
    # the command line refuses without --kind; None when the kind is clear or was chosen
    kind_doubt: Msg | None = None
    # one order of day, month and year per date column (03/04/2026): the rep's (``date_order``,
    # --date-order, the wizard) or what the column's values decide (``date_orders``: field →
    # order); ``date_doubt`` says which column cannot tell: the wizard asks, the command line
    # refuses without --date-order
    date_order: str | None = None
    date_orders: dict[str, str] = field(default_factory=dict)
    date_doubt: Msg | None = None

    # -- geometry ------------------------------------------------------------------------
    @property
    def header_cells(self) -> list[Any]:
        """The header's cells as analysed (two header rows merged into one)."""
        return self.raw_header or self.data.rows[self.header_index]

    @property
    def first_data_index(self) -> int:
        return self.header_index + 1

    @property
    def header_excel_row(self) -> int:
        return self.data.row0 + self.header_index + 1

    def excel_row(self, index: int) -> int:
        """Index into ``data.rows`` → Excel row number."""
        return self.data.row0 + index + 1

    def sheet_col(self, pos: int) -> int:
        return self.data.col0 + pos

    @property
    def data_row_count(self) -> int:
        self.data.complete()
        return max(len(self.data.rows) - self.first_data_index, 0)

    @property
    def last_excel_row(self) -> int:
        """The last non-blank row of the table (where a write-back appends after)."""
        self.data.complete()
        rows = self.data.rows
        for i in range(len(rows) - 1, self.header_index, -1):
            if any(v not in ("", None) for v in rows[i]):
                return self.excel_row(i)
        return self.header_excel_row

    def column_label(self, pos: int) -> str:
        h = self.headers[pos].text if pos < len(self.headers) else ""
        return f"{column_letter(self.sheet_col(pos))} {h}".strip()

    def scale(self, key: str) -> Decimal | None:
        pos = self.columns.get(key)
        return None if pos is None else self.headers[pos].scale

    def mapping_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "columns": {k: v for k, v in self.columns.items()},
            "headers": [h.text for h in self.headers],
            "header_row": self.header_excel_row,
        }

    def with_kind(self, kind: str) -> Analysis:
        return remap(self, kind=kind)


def _read_sheet(src: Source, sheet: str | None, stream: bool = False) -> SheetData:
    """A sheet; one read in parts has at least its first rows in (the header is looked for
    there)."""
    data = src.read(sheet, stream=stream)
    if data.tail is not None and len(data.rows) < 2 * HEADER_LOOK:
        try:
            data.complete()
        except SheetTailMismatch:
            data = src.read(sheet)
    return data


@dataclass(slots=True)
class _Table:
    """Where a sheet's table starts: its (last) header row, that row's cells and the guesses."""

    index: int  # into data.rows
    raw: list[Any]
    headers: list[Header]
    guessed: str
    mappings: dict[str, Mapping]
    joined: frozenset[int]  # columns without a header but with data (fields.header_blocks)


def _find_table(data: SheetData, header_row: int | None) -> _Table | None:
    """The header row (``header_row``, 1-based, or found), None if there is none (or it lies
    outside the sheet's rows). Merged header cells take a vertically merged cell's value from
    above; a second header row under merged group cells ("销售情况" over 数量 | 金额) becomes the
    header."""
    rows = data.rows
    if header_row is not None:
        index = header_row - 1 - data.row0
        if not 0 <= index < len(rows):
            return None
    else:
        found = find_header_row(rows)
        if found is None:
            return None
        index = found
    raw = _fill_merged(data, index, list(rows[index]))
    if header_row is None and index + 1 < len(rows) and is_subheader(raw, rows[index + 1]):
        below = _fill_merged(data, index + 1, list(rows[index + 1]))
        raw = [
            b if isinstance(b, str) and b.strip() else a for a, b in zip(raw, below, strict=False)
        ]
        index += 1
    headers = [normalise_header(v) for v in raw]
    joined = _columns_with_data(rows, index, headers)
    guessed, mappings = guess_kind(headers, raw, joined)
    return _Table(index, raw, headers, guessed, mappings, joined)


def _columns_with_data(
    rows: list[list[Any]], index: int, headers: list[Header], look: int = 200
) -> frozenset[int]:
    """Of the columns without a header, those with something in the rows below it (the first
    ``look``): inside a table, not a gap between two side by side."""
    gaps = [p for p, h in enumerate(headers) if not h.key]
    if not gaps:
        return frozenset()
    below = rows[index + 1 : index + 1 + look]
    return frozenset(p for p in gaps if any(p < len(r) and r[p] not in ("", None) for r in below))


def _importable(table: _Table | None, kind: str | None) -> bool:
    """A table with every column the kind needs, and not a pivot table's summary."""
    if table is None or looks_like_pivot(table.raw):
        return False
    kind = kind if kind in KINDS else table.guessed
    if kind == "targets" and month_columns(table.raw):
        return True
    return not table.mappings[kind].missing_required()


def _other_sheet(
    src: Source, data: SheetData, table: _Table | None, kind: str | None, stream: bool
) -> tuple[SheetData, _Table | None]:
    """The first sheet was not chosen and holds nothing to import (it is empty, a cover or
    notes, a pivot table): the next visible sheet that does, else the first one with a header."""
    found = (data, table)
    for info in src.data_sheets:
        if not info.visible or info.name == data.name:
            continue
        other = _read_sheet(src, info.name, stream)
        other_table = _find_table(other, None)
        if _importable(other_table, kind):
            return other, other_table
        if found[1] is None and other_table is not None:
            found = (other, other_table)
    return found


def analyse(
    path: str | Path,
    *,
    sheet: str | None = None,
    kind: str | None = None,
    columns: dict[str, int] | None = None,
    header_row: int | None = None,
    remembered: Callable[[str], dict[str, Any] | None] | None = None,
    stream: bool = False,
    date_order: str | None = None,
) -> Analysis:
    """Read a sheet and work out its header, kind and column mapping.

    ``header_row`` is the 1-based Excel row of the header (found automatically if None);
    ``columns`` (field → header position) and ``kind`` override the guesses; ``remembered``
    looks a header signature up in the mappings saved from earlier imports.
    ``stream``: a large sheet may still be read while the caller starts on it: ``data.tail``
    (see :class:`salesplanner.io.workbook.SheetTail`; the import service takes it part by part).
    """
    path = Path(path)
    stream = stream and header_row is None
    with gc_paused(), open_source(path) as src:
        data = _read_sheet(src, sheet, stream)
        table = _find_table(data, header_row)
        if not sheet and header_row is None and not _importable(table, kind):
            data, table = _other_sheet(src, data, table, kind, stream)
        file_kind, sheets = src.kind, src.sheets
    if kind is not None and kind not in KINDS:
        raise MappingError(Msg("mapping.unknown_kind", kind=kind, kinds=", ".join(KINDS)))
    if date_order is not None and date_order not in DATE_ORDERS:
        raise MappingError(
            Msg("mapping.unknown_date_order", order=date_order, orders=", ".join(DATE_ORDERS))
        )
    if table is None and header_row is not None:
        raise MappingError(
            Msg("mapping.row_outside", row=header_row, sheet=data.name, name=path.name)
        )
    if table is None:
        raise MappingError(Msg("mapping.no_table", sheet=data.name, name=path.name))
    index, raw, headers = table.index, table.raw, table.headers
    notes: list[str] = []
    sig = signature(headers)
    memo = remembered(sig) if remembered else None
    guessed, mappings = table.guessed, table.mappings
    was_remembered = False
    if kind is None and memo and memo.get("kind") in KINDS:
        kind = memo["kind"]
        was_remembered = True
    kind_guessed = kind is None
    kind = kind or guessed
    if (
        columns is None
        and memo
        and memo.get("kind") == kind
        and isinstance(memo.get("columns"), dict)
    ):
        columns = {
            k: int(v) for k, v in memo["columns"].items() if isinstance(v, int) and v < len(headers)
        }
        was_remembered = True
    columns_guessed = columns is None
    if columns is None:
        columns = dict(mappings[kind].columns)
    a = Analysis(
        path,
        file_kind,
        sheets,
        data.name,
        data,
        index,
        headers,
        kind,
        dict(columns),
        sig,
        was_remembered,
        notes,
        guessed_kind=guessed,
        joined=table.joined,
        raw_header=raw,
        date_order=date_order,
    )
    _annotate(a, raw)
    if kind_guessed and columns_guessed:
        a.kind_doubt = kind_doubt(a)
    if file_kind == "csv":
        _note_bad_text(a)
    return a


def _note_bad_text(a: Analysis) -> None:
    """Text that still decodes badly (the detector's reading is wrong, or the file mixes
    encodings): said once, with the first such cell, not imported silently as it stands."""
    n, first = bad_text_cells(a.data.rows)
    if n and first is not None:
        r, c = first
        cell = f"{column_letter(a.data.col0 + c)}{a.data.row0 + r + 1}"
        a.notes.append(Msg("note.bad_text", n=n, cell=cell, encoding=a.data.encoding))


def remap(
    a: Analysis,
    *,
    kind: str | None = None,
    columns: dict[str, int] | None = None,
    date_order: str | None = None,
) -> Analysis:
    """The same sheet with another kind, mapping and/or order of day, month and year (the
    wizard's corrections). A kind given, even the one guessed, is the rep's choice: it is no
    longer in doubt."""
    kind_chosen = kind is not None
    kind = kind or a.kind
    if columns is None:
        columns = (
            dict(a.columns)
            if kind == a.kind
            else dict(best_mapping(kind, a.headers, a.joined).columns)
        )
    b = Analysis(
        a.path,
        a.file_kind,
        a.sheets,
        a.sheet,
        a.data,
        a.header_index,
        a.headers,
        kind,
        dict(columns),
        a.signature,
        False,
        [],
        guessed_kind=a.guessed_kind,
        joined=a.joined,
        raw_header=a.raw_header,
        # the rep chose the kind, or only moved a column: the doubt stays
        kind_doubt=a.kind_doubt if kind == a.kind and not kind_chosen else None,
        date_order=date_order or a.date_order,
    )
    _annotate(b, list(a.header_cells))
    return b


def _fill_merged(data: SheetData, index: int, raw: list[Any]) -> list[Any]:
    if not data.merged:
        return raw
    r = data.row0 + index
    rows = data.rows
    for (r1, c1), (r2, c2) in data.merged:
        if r1 <= r <= r2 and r1 < r:
            top_i, top_pos = r1 - data.row0, c1 - data.col0
            if 0 <= top_i < len(rows) and 0 <= top_pos < len(rows[top_i]):
                for c in range(c1, c2 + 1):
                    pos = c - data.col0
                    if 0 <= pos < len(raw) and raw[pos] in ("", None) and c == c1:
                        raw[pos] = rows[top_i][top_pos]
    return raw


SAMPLE_ROWS = 200  # the data rows a guess looks at (which column holds names, dates …)


def sample_column(a: Analysis, pos: int, look: int = SAMPLE_ROWS) -> list[Any]:
    """The non-empty cells of column ``pos`` in the first ``look`` data rows."""
    rows = a.data.rows[a.first_data_index : a.first_data_index + look]
    return [r[pos] for r in rows if pos < len(r) and r[pos] not in ("", None)]


def _holds_names(a: Analysis, pos: int) -> bool:
    """Mostly text that is not a number (a name, not a customer number or an amount)."""
    cells = sample_column(a, pos)
    texts = sum(
        1
        for v in cells
        if isinstance(v, str) and not is_total_label(v) and parse_number_text(v) is None
    )
    return bool(cells) and texts >= 0.8 * len(cells)


def _name_choices(a: Analysis) -> list[int]:
    """The taken customer column and the others that could be it (a name header over names,
    not mapped to another field); [] when there is no choice to make."""
    key = NAME_FIELDS.get(a.kind)
    if key is None or key not in a.columns:
        return []
    spec = field_spec(a.kind, key)
    taken = a.columns[key]
    used = {p for k, p in a.columns.items() if k != key}
    others = [
        p
        for p, h in enumerate(a.headers)
        if p != taken
        and p not in used
        and field_score(a.kind, spec, h) >= 50
        and _holds_names(a, p)
    ]
    return [taken, *others] if others else []


def name_column_choice(
    a: Analysis, mapped: Collection[str] = ()
) -> tuple[dict[str, Any], Msg | None] | None:
    """The column taken as the customer and the others that could be it, as labels
    (``{"taken": "B 客户名称", "others": ["C 公司"]}``), with the note that says so when there
    was a choice the rep did not make (the field is not in ``mapped``); None: no customer."""
    key = NAME_FIELDS.get(a.kind)
    if key is None or key not in a.columns:
        return None
    taken = a.columns[key]
    others = [p for p in a.name_choices if p != taken]
    note = None
    if others and key not in mapped:
        note = Msg(
            "note.customer_column",
            name=a.path.name,
            taken=a.column_label(taken),
            others=", ".join(map(a.column_label, others)),
            field=key,
            letter=column_letter(a.sheet_col(others[0])),
        )
    return {"taken": a.column_label(taken), "others": list(map(a.column_label, others))}, note


# -- how sure the guessed kind is -----------------------------------------------------------------
HEADER_SURE = 50  # a field's synonym at the start or the end of the header (not just inside it)
CONTENT_SURE = 0.5  # the share of a column's cells that must read as its field's type
FIGURES = 0.8  # a column of figures: this share of its cells are numbers
_DETAILS = ("contact", "phone", "segment", "birthday", "next_follow_up", "priority")


def _share(n: int, of: int) -> int:
    return round(100 * n / of) if of else 0


def _record_cells(a: Analysis, pos: int) -> list[Any]:
    """The non-empty cells of column ``pos`` in the first data rows that look like records:
    two mapped cells filled or more (not a total, a footer line, a note under the table)."""
    rows = a.data.rows[a.first_data_index : a.first_data_index + SAMPLE_ROWS]
    mapped = [
        p
        for p in sorted(set(a.columns.values()))
        if any(p < len(r) and r[p] not in ("", None) for r in rows)
    ]
    need = min(2, len(mapped))
    return [
        r[pos]
        for r in rows
        if pos < len(r)
        and r[pos] not in ("", None)
        and not is_total_label(r[pos])
        and sum(1 for p in mapped if p < len(r) and r[p] not in ("", None)) >= need
    ]


def _content_doubt(a: Analysis, key: str, pos: int) -> Msg | None:
    """Do the cells of the column mapped to ``key`` read as that field's type?"""
    column = a.column_label(pos)
    cells = _record_cells(a, pos)
    if not cells:
        return Msg("doubt.empty", column=column)
    t = field_spec(a.kind, key).type
    if t == "text":
        return None if _holds_names(a, pos) else Msg("doubt.names", column=column)
    if t == "activity":
        lookup = activity_lookup()
        words = [w for w in lookup if len(w) >= 2]
        known = sum(
            1
            for v in cells
            if (k := activity_key(clean_text(v))) in lookup or any(w in k for w in words)
        )
        if known < CONTENT_SURE * len(cells):
            return Msg("doubt.activities", column=column, share=_share(known, len(cells)))
        return None
    parsers: dict[str, tuple[Callable[[list[Any]], tuple[list[Any], Any]], str]] = {
        # a date is evidence in whichever order it reads (the order is asked for separately)
        "date": (partial(parse_date, order=GUESS), "doubt.dates"),
        "amount": (parse_amount, "doubt.amounts"),
        "number": (parse_number, "doubt.numbers"),
        "month": (partial(parse_month, order=GUESS), "doubt.months"),
    }
    parser, code = parsers[t]
    values, _problems = parser(cells)
    good = [v for v in values if v is not None]
    if t == "month":  # a month is written as one, or as its first day, not as any day
        good = [
            v
            for v, c in zip(values, cells, strict=True)
            if v is not None and (not isinstance(c, dt.date) or c.day == 1)
        ]
    if len(good) < CONTENT_SURE * len(cells):
        return Msg(code, column=column, share=_share(len(good), len(cells)))
    return None


def _figure_columns(a: Analysis) -> list[int]:
    """Named columns that no field takes and that hold numbers (figures of a report)."""
    used = set(a.columns.values())
    out = []
    for p, h in enumerate(a.headers):
        if not h.key or p in used:
            continue
        cells = sample_column(a, p)
        numbers = sum(
            1
            for v in cells
            if isinstance(v, int | float)
            and not isinstance(v, bool)
            or isinstance(v, str)
            and parse_number_text(v) is not None
        )
        if cells and numbers >= FIGURES * len(cells):
            out.append(p)
    return out


def kind_doubt(a: Analysis) -> Msg | None:
    """Why the sheet may not hold ``a.kind`` at all (weak evidence), else None.

    Strong evidence is: every column the kind needs has a header that names its field (a
    synonym at the start or end, not only inside it) and cells that read as that field (half
    of the first 200: dates, amounts, months, known activity types, names that are not
    numbers); a customer list also names the customer as such (客户, 公司, Customer …) or has
    details of one (contact, phone, segment …) and no figures besides; wide targets have month
    columns of plausible years over amounts."""
    if len(a.data.rows) <= a.first_data_index and a.data.tail is None:
        return Msg("mapping.weak_kind", **_doubt_params(a, Msg("doubt.no_rows")))
    why = _evidence_doubt(a)
    return None if why is None else Msg("mapping.weak_kind", **_doubt_params(a, why))


def _doubt_params(a: Analysis, why: Msg) -> dict[str, Any]:
    return {"sheet": a.sheet, "name": a.path.name, "kind": a.kind, "why": why}


def _evidence_doubt(a: Analysis) -> Msg | None:
    if a.kind == "targets" and a.month_positions:
        raw = a.header_cells
        for p in a.month_positions:
            year = header_month(raw[p])
            if year is not None and year[0] is not None and not 1990 <= year[0] <= 2100:
                return Msg("doubt.month_years", column=a.column_label(p), year=year[0])
        for p in a.month_positions:
            values, _ = parse_amount(sample_column(a, p))
            cells = len(values)
            good = sum(v is not None for v in values)
            if cells and good < CONTENT_SURE * cells:
                return Msg("doubt.amounts", column=a.column_label(p), share=_share(good, cells))
        return None
    required = [s.key for s in FIELDS[a.kind] if s.required and s.key in a.columns]
    if a.kind == "sales" and "amount" not in a.columns:
        required += [k for k in ("quantity", "unit_price") if k in a.columns]
    for key in required:
        pos = a.columns[key]
        if field_score(a.kind, field_spec(a.kind, key), a.headers[pos]) < HEADER_SURE:
            return Msg("doubt.header", column=a.column_label(pos))
        why = _content_doubt(a, key, pos)
        if why is not None:
            return why
    if a.kind == "customers" and "name" in a.columns:
        name = a.columns["name"]
        if not names_a_customer(a.headers[name]):
            figures = _figure_columns(a)
            if figures:
                return Msg(
                    "doubt.figures",
                    n=len(figures),
                    columns=", ".join(map(a.column_label, figures[:3])),
                )
            if not any(k in a.columns for k in _DETAILS):
                return Msg("doubt.only_a_name", column=a.column_label(name))
    return None


DATE_TYPES = ("date", "month")


def _date_orders(a: Analysis) -> None:
    """Each mapped date column's order of day, month and year: the rep's, else the one its
    dates written as numbers decide (said in a note when some of them read both ways), else a
    doubt (the first such column). A sheet still being read is read whole before a column is
    called undecided (the rest may tell)."""
    a.date_orders, a.date_doubt = {}, None
    for key, pos in sorted(a.columns.items(), key=lambda kv: kv[1]):
        if field_spec(a.kind, key).type not in DATE_TYPES:
            continue
        if a.date_order is not None:
            a.date_orders[key] = a.date_order
            continue
        vote = vote_date_order(_column_below_header(a, pos))
        if vote is not None and vote.order is None and a.data.tail is not None:
            a.data.complete()
            vote = vote_date_order(_column_below_header(a, pos))
        if vote is None:
            continue
        column = a.column_label(pos)
        if vote.order is not None:
            a.date_orders[key] = vote.order
            if vote.ambiguous is not None and vote.telling is not None:
                i, text = vote.telling
                a.notes.append(
                    Msg(
                        "note.date_order",
                        column=column,
                        order=order_msg(vote.order),
                        cell=_cell_name(a, i, pos),
                        text=text,
                    )
                )
        elif a.date_doubt is None:
            i, text = vote.example
            orders = order_msg(vote.orders[0])
            for o in vote.orders[1:]:
                orders = Msg("order.either", first=orders, second=order_msg(o))
            a.date_doubt = Msg(
                "mapping.date_order",
                column=column,
                name=a.path.name,
                orders=orders,
                text=text,
                cell=_cell_name(a, i, pos),
                options="|".join(vote.orders),
                choices=vote.orders,
            )


def _column_below_header(a: Analysis, pos: int) -> list[Any]:
    rows = a.data.rows[a.first_data_index :]
    return [r[pos] if pos < len(r) else "" for r in rows]


def _cell_name(a: Analysis, index: int, pos: int) -> str:
    """The Excel cell of row ``index`` under the header in column ``pos`` (B7)."""
    return f"{column_letter(a.sheet_col(pos))}{a.excel_row(a.first_data_index + index)}"


def _annotate(a: Analysis, raw: list[Any]) -> None:
    a.name_choices = _name_choices(a)
    _date_orders(a)
    if a.kind == "targets":
        a.month_positions = month_columns(raw) if "month" not in a.columns else []
        if len(a.month_positions) >= 1 and "month" not in a.columns:
            a.columns.pop("target", None)
            a.notes.append(Msg("note.targets_by_month", n=len(a.month_positions)))
    if (
        a.kind == "sales"
        and "amount" not in a.columns
        and {"quantity", "unit_price"} <= set(a.columns)
    ):
        a.notes.append(Msg("note.amount_from_quantity"))
    if a.columns:
        used = sorted(a.columns.values())
        others = [p for p, h in enumerate(a.headers) if h.key and not used[0] <= p <= used[-1]]
        gaps = [p for p in range(used[0], used[-1]) if not a.headers[p].key]
        if others and not gaps and any(not a.headers[p].key for p in range(len(a.headers))):
            first, last = a.sheet_col(used[0]), a.sheet_col(used[-1])
            a.notes.append(
                Msg("note.side_by_side", first=column_letter(first), last=column_letter(last))
            )
    for _key, pos in a.columns.items():
        h = a.headers[pos]
        if h.scale is not None and h.scale != 1:
            a.notes.append(Msg("note.scaled_column", header=h.text, scale=h.scale))


def missing_fields(a: Analysis) -> list[str]:
    if a.kind == "targets" and a.month_positions:
        return []
    out = []
    for spec in FIELDS[a.kind]:
        if spec.required and spec.key not in a.columns:
            if (
                a.kind == "sales"
                and spec.key == "amount"
                and {"quantity", "unit_price"} <= set(a.columns)
            ):
                continue
            out.append(spec.key)
    return out


# -- records --------------------------------------------------------------------------------
@dataclass(slots=True)
class Parsed:
    kind: str
    given_records: (
        list[tuple[Any, ...]] | None
    )  # per kind, see _build_*; the last item is the Excel row
    problems: list[Problem]
    skipped: Counter[Any]
    rows_seen: int
    blank_rows: int = 0
    skipped_rows: set[int] = field(default_factory=set)  # Excel rows left out
    cell_values: dict[str, list[Any]] = field(default_factory=dict)  # field → parsed column
    # a part of a sheet (build_records(part=…)): what joining the parts needs
    outlier_amounts: list[int | None] | None = None  # sales amounts, skipped rows as None
    yearless: bool = False  # dates without a year took the part's usual year
    ambiguous_dates: bool = False  # 03/04/2026 in a date column without an order
    # sales: the records as columns (one list per item of a record); ``records`` zips them when
    # first asked for, the import stores them without (see services.importing)
    columns: list[list[Any]] | None = None

    @property
    def records(self) -> list[tuple[Any, ...]]:
        if self.given_records is None:
            self.given_records = list(zip(*self.columns, strict=True)) if self.columns else []
        return self.given_records

    @property
    def count(self) -> int:
        """How many records."""
        if self.given_records is None and self.columns is not None:
            return len(self.columns[0]) if self.columns else 0
        return len(self.records)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


@dataclass(slots=True)
class Part:
    """Building the records of a sheet in parts (the import of a streamed sheet).

    ``seen`` carries the row keys of earlier parts (key → Excel row) and ``repeats`` how often
    a key came again, so repeated rows across parts are numbered as in one pass; amount outliers
    are left to :func:`join_parts`, which needs the whole column."""

    seen: dict[str, int] = field(default_factory=dict)
    repeats: dict[str, int] = field(default_factory=dict)
    last: bool = False  # the last part: its keys need not be remembered
    after_total: bool = False  # an earlier part had a total row: undated rows now are its footer


_KEY_PREFIXES: dict[str, hashlib.blake2b] = {}


def _key_base(prefix: str) -> hashlib.blake2b:
    base = _KEY_PREFIXES.get(prefix)
    if base is None:
        base = _KEY_PREFIXES[prefix] = hashlib.blake2b(prefix.encode("utf-8"), digest_size=10)
    return base


def _row_key(prefix: str, parts: tuple[Any, ...]) -> str:
    """A stable content key: the same values give the same key in any run.

    blake2b-80 (hex) of the UTF-8 of ``prefix`` followed by the values' ``str`` joined with
    U+001F (text cells are already cleaned, so the separator is not in them; None reads
    "None", never found in a text column, which holds "" when empty)."""
    h = _key_base(prefix).copy()
    h.update("\x1f".join(map(str, parts)).encode("utf-8"))
    return h.hexdigest()


def fill_merged_down(
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    rows: list[list[Any]],
    row0: int,
    col0: int,
    above: list[list[Any]] | None = None,
    above_row0: int = 0,
) -> None:
    """A cell merged down over several rows (a day's date beside its orders, a customer beside
    theirs) holds its value in the top row only: the rows below it take that value, where they
    hold something else. ``rows[0]`` is sheet row ``row0`` (0-based), cell 0 sheet column ``col0``;
    ``above`` (from sheet row ``above_row0``) are the rows before them (a sheet read in parts),
    where a merged cell's top may be."""
    n = len(rows)
    for (r1, c1), (r2, _c2) in merged:
        top, pos = r1 - row0, c1 - col0
        if r2 <= r1 or r2 < row0 or top >= n or pos < 0:
            continue
        if top >= 0:
            source = rows[top]
        elif above is not None and 0 <= r1 - above_row0 < len(above):
            source = above[r1 - above_row0]
        else:
            continue
        if pos >= len(source) or source[pos] in ("", None):
            continue
        value = source[pos]
        for row in rows[max(top + 1, 0) : min(r2 - row0, n - 1) + 1]:
            if pos < len(row) and row[pos] in ("", None) and any(v not in ("", None) for v in row):
                row[pos] = value


class _Builder:
    def __init__(
        self,
        a: Analysis,
        start: int,
        stop: int | None,
        progress: ProgressFn | None,
        cancel: CancelLike,
        activity_types: list[dict[str, Any]] | None,
        today: dt.date | None,
    ):
        self.a = a
        self.rows = a.data.rows[start:stop]
        self.start = start
        self.n = len(self.rows)
        if a.data.merged:
            fill_merged_down(a.data.merged, self.rows, a.data.row0 + start, a.data.col0)
        self.progress = progress
        self.is_cancelled = cancelled_fn(cancel)
        self.activity_types = activity_types
        self.today = today or dt.date.today()
        self.problems: list[Problem] = []
        self.bad: set[int] = set()  # local indices with an error
        self.skipped: Counter[Any] = Counter()
        self.parsed: dict[str, list[Any]] = {}
        self.step = 0
        self._columns: list[tuple[Any, ...]] | None = None
        self.row_base = a.data.row0 + start + 1  # Excel row of local index 0
        self.part: Part | None = None
        self.yearless = False
        # a date that reads both ways in a column without an order (a later part of a sheet:
        # the order is decided over the whole sheet, read again whole)
        self.ambiguous_dates = False
        self.outlier_amounts: list[int | None] | None = None

    def excel_row(self, i: int) -> int:
        return self.a.excel_row(self.start + i)

    def column(self, pos: int) -> list[Any]:
        if self._columns is None:
            widths = set(map(len, self.rows))
            if len(widths) == 1:
                self._columns = list(zip(*self.rows, strict=True)) if self.rows else []
            else:
                self._columns = []
        if pos < len(self._columns):
            return list(self._columns[pos])
        return [r[pos] if pos < len(r) else "" for r in self.rows]

    def tick(self, label: str) -> None:
        if self.is_cancelled():
            raise ImportCancelled()
        self.step += 1
        if self.progress:
            self.progress(self.step, 0, label)

    def error_cells(self, pos: int, key: str, required: bool) -> None:
        errs = self.a.data.errors
        col = self.a.sheet_col(pos)
        if errs:
            r0 = self.a.data.row0 + self.start
            for (r, c), code in errs.items():
                if c == col and r0 <= r < r0 + self.n:
                    self._error(r - r0, pos, key, Msg("cell.excel_error", error=code))

    def _error(
        self, i: int, pos: int | None, key: str, message: str, severity: str = "error"
    ) -> None:
        col = self.a.sheet_col(pos) if pos is not None else None
        self.problems.append(Problem(self.excel_row(i), col, key, message, severity))
        if severity == "error":
            self.bad.add(i)

    def parse(self, key: str, kind_type: str | None = None) -> list[Any] | None:
        pos = self.a.columns.get(key)
        if pos is None:
            return None
        spec = field_spec(self.a.kind, key)
        col = self.column(pos)
        t = kind_type or spec.type
        values: list[Any]
        if t == "text":
            values, probs = parse_text(col, unguard=self.a.file_kind == "csv")
            # xlsx error cells are known exactly (t="e"); elsewhere "#N/A" text is the only sign
            errs = (
                []
                if self.a.file_kind == "xlsx"
                else [i for i, v in enumerate(values) if v and v[0] == "#" and is_error_text(v)]
            )
            for i in errs:
                self._error(i, pos, key, Msg("cell.excel_error", error=values[i]))
        elif t == "amount":
            values, probs = parse_amount(col, self.a.headers[pos].scale)
        elif t == "number":
            values, probs = parse_number(col)
        elif t == "int":
            values, probs = parse_int(col)
        elif t == "date":
            found: list[int] = []
            order = self.a.date_orders.get(key)
            values, probs = parse_date(
                col,
                self.today.year,
                check_range=key != "birthday",
                yearless_found=found,
                order=order,
            )
            self.yearless = self.yearless or any(found)
            self.ambiguous_dates = self.ambiguous_dates or (
                order is None
                and any(getattr(m, "code", "") == "cell.date_ambiguous" for _, m in probs)
            )
        elif t == "month":
            order = self.a.date_orders.get(key)
            values, probs = parse_month(col, self.today.year, order=order)
        else:
            raise ValueError(t)
        for i, msg in probs:
            v = col[i]
            if isinstance(v, str) and is_error_text(v.strip()):
                msg = Msg("cell.excel_error", error=v.strip())
            self._error(i, pos, key, msg)
        self.error_cells(pos, key, spec.required)
        self.parsed[key] = values
        self.tick(key)
        return values

    def required(self, key: str, kind_type: str | None = None) -> list[Any]:
        """A column the records cannot be built without (build_records refuses a mapping
        without it, so it is always there)."""
        values = self.parse(key, kind_type)
        if values is None:
            raise ValueError(f"a {self.a.kind} sheet is built with its {key} column")
        return values

    def record_ids(self) -> list[str] | None:
        """The record ID column: an ID our export wrote for this kind of record, else ""."""
        values = self.parse("record_id")
        if values is None:
            return None
        letter = RECORD_LETTER[self.a.kind]
        match = RECORD_ID.match
        return [
            v if v[:3] == "SP-" and (m := match(v)) is not None and m[2] == letter else ""
            for v in values
        ]

    def require(self, key: str, values: list[Any] | None) -> None:
        if values is None:
            return
        pos = self.a.columns.get(key)
        empty = Msg(f"empty.{key}")  # "the date is empty"
        for i, v in enumerate(values):
            if (v is None or v == "") and i not in self.bad:
                self._error(i, pos, key, empty)

    def blank_rows(self) -> set[int]:
        positions = sorted(set(self.a.columns.values()) | set(self.a.month_positions))
        blanks: set[int] | None = None
        for p in positions:
            col = self.column(p)
            empty = {i for i, v in enumerate(col) if v == "" or v is None}
            blanks = empty if blanks is None else blanks & empty
            if not blanks:
                break
        blanks = blanks or set()
        if blanks and self.a.data.errors:  # an error cell reads as "" but is not blank
            r0 = self.a.data.row0 + self.start
            cols = {self.a.sheet_col(p) for p in positions}
            for r, c in self.a.data.errors:
                if c in cols:
                    blanks.discard(r - r0)
        return blanks

    def total_rows(self, blanks: set[int], key_values: list[Any] | None) -> set[int]:
        """Rows like 合计 / Total at the bottom: skipped quietly, not as errors."""
        out = set()
        rows = self.rows
        if key_values is None:
            candidates: Any = range(len(rows))
        else:  # only rows without a key value (a date) can be a total row
            candidates = [i for i, v in enumerate(key_values) if v is None or v == ""]
        for i in candidates:
            if i in blanks:
                continue
            if any(map(is_total_label, rows[i][:6])):
                out.add(i)
        return out

    def page_header_rows(self, blanks: set[int], dates: list[Any]) -> set[int]:
        """The header repeated down the sheet (a report printed page by page) and the undated
        page title line just above each repeat: skipped quietly, not as errors. A repeat holds
        its column's header text in two mapped cells or more, and nothing else in them."""
        if None not in dates:  # every row has its date (a scan in C)
            return set()
        headers = self.a.headers
        positions = [p for p in sorted(set(self.a.columns.values())) if headers[p].key]
        undated = [i for i, d in enumerate(dates) if d is None and i not in blanks]
        repeats = set()
        for i in undated:
            row = self.rows[i]
            same = 0
            for p in positions:
                v = row[p] if p < len(row) else ""
                if v in ("", None):
                    continue
                if not isinstance(v, str) or normalise_header(v).key != headers[p].key:
                    break
                same += 1
            else:
                if same >= 2:
                    repeats.add(i)
        if not repeats:
            return repeats
        return repeats | {i for i in undated if i + 1 in repeats}

    def csv_overflow(self) -> None:
        """A CSV row with cells after the header's last column is an error: most often a number
        like 1,234 written without quotes, which splits in two and moves every cell after it
        (imported as it stands, 1,234 yuan would become 1 and the next column would be wrong)."""
        last = max((p for p, h in enumerate(self.a.headers) if h.text), default=-1)
        if last < 0 or not self.rows or max(map(len, self.rows)) <= last + 1:
            return
        for i, row in enumerate(self.rows):
            if any(v not in ("", None) for v in row[last + 1 :]):
                self._error(i, last + 1, "", Msg("row.more_cells_than_header"))

    def footer_rows(
        self, totals: set[int], dates: list[Any], amounts: list[Any] | None
    ) -> set[int]:
        """Rows below the last total row, after the last dated one, with neither a date nor an
        amount (制表人：…, 备注：…, a signature line): the sheet's footer, skipped quietly like
        the total. (Such a row between subtotals, with data after it, is still a problem.)"""
        part = self.part
        carried = part is not None and part.after_total  # the part before ended with a total
        if not totals and not carried:
            return set()
        last_dated = next((i for i in range(self.n - 1, -1, -1) if dates[i] is not None), -1)
        last_total = max(totals, default=-1)
        if last_total > last_dated:
            start = last_total + 1
        elif carried and last_dated < 0:
            start = 0
        else:
            start = self.n
        if part is not None:
            part.after_total = start < self.n or last_total == self.n - 1
        return {
            i
            for i in range(start, self.n)
            if dates[i] is None and (amounts is None or amounts[i] is None) and i not in totals
        }


def build_records(
    a: Analysis,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelLike = None,
    activity_types: list[dict[str, Any]] | None = None,
    today: dt.date | None = None,
    limit: int | None = None,
    part: Part | None = None,
) -> Parsed:
    """Parse the mapped columns; rows with errors are left out and reported.

    ``part``: the rows are one part of the sheet (see :class:`Part` and :func:`join_parts`)."""
    missing = missing_fields(a)
    if missing:
        raise MappingError(
            Msg(
                "mapping.missing_fields",
                sheet=a.sheet,
                name=a.path.name,
                fields=", ".join(missing),
                keys=tuple(missing),
                kind=a.kind,
            )
        )
    stop = None if limit is None else a.first_data_index + limit
    b = _Builder(a, a.first_data_index, stop, progress, cancel, activity_types, today)
    b.part = part
    if a.file_kind == "csv":
        b.csv_overflow()
    builders: dict[str, Callable[[_Builder], tuple[list[Any], set[int]]]] = {
        "sales": _build_sales,
        "customers": _build_customers,
        "activities": _build_activities,
        "targets": _build_targets,
        "opportunities": _build_opportunities,
    }
    builder = builders[a.kind]
    with gc_paused():
        built, blanks = builder(b)
    excel_rows_skipped = {b.excel_row(i) for i in b.bad}
    b.problems.sort(key=lambda p: (p.row, p.col if p.col is not None else -1))
    for _i in b.bad:
        b.skipped["rows with problems"] += 1
    columns = built if a.kind == "sales" else None
    return Parsed(
        a.kind,
        None if columns is not None else built,
        b.problems,
        b.skipped,
        b.n,
        blank_rows=len(blanks),
        skipped_rows=excel_rows_skipped,
        cell_values=b.parsed,
        outlier_amounts=b.outlier_amounts,
        yearless=b.yearless,
        ambiguous_dates=b.ambiguous_dates,
        columns=columns,
    )


def join_parts(a: Analysis, parts: list[Parsed]) -> Parsed:
    """What the parts of a sheet built in order (``build_records(part=…)``) and stored part by
    part add up to, as :func:`build_records` gives for the whole sheet but without the records
    (they are stored) and with the problems complete only after :func:`join_problems`."""
    problems = [p for x in parts for p in x.problems]
    skipped: Counter[Any] = Counter()
    for x in parts:
        for reason, n in x.skipped.items():
            if reason != "rows with problems":
                skipped[reason] += n
    bad = sum(x.skipped.get("rows with problems", 0) for x in parts)
    if bad:
        skipped["rows with problems"] = bad
    skipped_rows = set().union(*(x.skipped_rows for x in parts))
    amounts = None
    if a.kind == "sales":
        amounts = list(itertools.chain.from_iterable(x.outlier_amounts or () for x in parts))
    return Parsed(
        a.kind,
        [],
        problems,
        skipped,
        sum(x.rows_seen for x in parts),
        blank_rows=sum(x.blank_rows for x in parts),
        skipped_rows=skipped_rows,
        outlier_amounts=amounts,
        yearless=any(x.yearless for x in parts),
    )


def join_problems(a: Analysis, joined: Parsed) -> None:
    """The rest of :func:`join_parts`: amount outliers on the whole
    column and the problems in sheet order. Touches no database, so it can run while one works."""
    problems = joined.problems
    if joined.outlier_amounts is not None:
        row_base = a.data.row0 + a.first_data_index + 1
        skipped_rows = joined.skipped_rows
        problems += _outlier_problems(
            joined.outlier_amounts,
            lambda i: row_base + i in skipped_rows,
            row_base,
            a.sheet_col(a.columns["amount"]) if "amount" in a.columns else None,
            "amount",
        )
        joined.outlier_amounts = None
    problems.sort(key=lambda p: (p.row, p.col if p.col is not None else -1))


def _sales_keys(
    columns: Sequence[list[Any]], texts: tuple[bool, ...], keep: list[bool] | None
) -> list[str]:
    """``_row_key("s\x1f", row)`` for the rows of ``columns`` (``texts``: which hold str only)
    where ``keep`` is true: the same keys, made column by column with no Python code per row."""
    if keep is not None:
        columns = tuple(list(compress(c, keep)) for c in columns)
    cols = [c if is_text else _texts(c) for c, is_text in zip(columns, texts, strict=True)]
    lines: Any = map("\x1f".join, zip(*cols, strict=True))
    copy = _key_base("s\x1f").copy
    out: list[str] = []
    append = out.append
    for data in map(str.encode, lines):
        h = copy()
        h.update(data)
        append(h.hexdigest())
    return out


def _texts(col: list[Any]) -> list[str]:
    """``str`` of each value; a column of few distinct values of one type (quantities, dates)
    makes each text once (one type: 1 == 1.0 == True would otherwise share one)."""
    if len(set(col[:1000])) * 4 <= min(len(col), 1000):
        distinct = set(col)
        if len(set(map(type, distinct))) == 1:
            text = {v: str(v) for v in distinct}
            return list(map(text.__getitem__, col))
    return list(map(str, col))


# which of a sales row's values are str (cleaned text) in every row: joined as they are
_SALES_TEXT_COLUMNS = (False, True, False, True, False, False, True, True, True, True)


def _keep_mask(n: int, drop: set[int]) -> list[bool]:
    keep = [True] * n
    for i in drop:
        keep[i] = False
    return keep


def _number_repeats(
    b: _Builder, keys: list[str | None], at: Callable[[int], int], warn: bool
) -> list[str | None]:
    """Occurrence-aware row keys: the n-th row (n ≥ 2) with the same key gets ``key#n``.

    So a rep's two identical rows (two follow-ups of one customer on one day) are both
    imported, and importing the file again adds nothing; the first row keeps the plain key
    (files imported by earlier versions still match). ``at(j)`` is the Excel row of ``keys[j]``
    (None: a row left out); ``warn``: a warning on each repeat (sales records)."""
    part = b.part
    earlier = part.seen if part is not None else {}
    gaps = None in keys
    present = [k for k in keys if k is not None]
    if len(set(present)) == len(present) and earlier.keys().isdisjoint(present):
        if part is not None and not part.last:
            if gaps:
                earlier.update((k, at(j)) for j, k in enumerate(keys) if k is not None)
            else:
                earlier.update(zip(present, map(at, range(len(present))), strict=True))
        return keys
    seen = earlier  # key → Excel row of its first row
    repeats = part.repeats if part is not None else {}
    out = list(keys)
    for j, k in enumerate(keys):
        if k is None:
            continue
        first = seen.get(k)
        if first is None:
            seen[k] = at(j)
            continue
        n = repeats[k] = repeats.get(k, 1) + 1
        out[j] = f"{k}#{n}"
        if warn:
            what = Msg("row.same_record_id" if k[:3] == "SP-" else "row.repeated", row=first)
            b.problems.append(Problem(at(j), None, "", what, "warning"))
    return out


def _with_ids(keys: list[str | None], ids: list[str] | None) -> list[str | None]:
    """A row's record ID (from our export) is its key; rows without one keep their content key."""
    if ids is None or not any(ids):
        return keys
    return [(i or k) if k is not None else None for k, i in zip(keys, ids, strict=True)]


def _flag_outliers(b: _Builder, amounts: list[int | None], key: str) -> None:
    """Warn about amounts far outside the column's usual range (a typo, a missing 万)."""
    if b.part is not None:  # the whole column is known only when the parts are joined
        b.outlier_amounts = amounts
        return
    pos = b.a.columns.get(key)
    b.problems += _outlier_problems(
        amounts,
        b.bad.__contains__,
        b.row_base,
        b.a.sheet_col(pos) if pos is not None else None,
        key,
    )


def _outlier_problems(
    amounts: list[int | None],
    is_bad: Callable[[int], bool],
    row_base: int,
    col: int | None,
    key: str,
) -> list[Problem]:
    values = sorted(map(abs, filter(None, amounts)))
    m = len(values)
    if m < 20:
        return []
    high = 5 * values[int(m * 0.9)]
    low = values[int(m * 0.1)] / 10
    typical = values[m // 2] if m % 2 else (values[m // 2 - 1] + values[m // 2]) / 2  # the median
    if low <= values[0] and values[-1] <= high:
        return []  # nothing outside the usual range
    # the odd values, then their rows (a pass in C over the column)
    odd_values = set(values[: bisect.bisect_left(values, low)]) | set(
        values[bisect.bisect_right(values, high) :]
    )
    odd_values |= {-v for v in odd_values}
    out = []
    for i in compress(range(len(amounts)), map(odd_values.__contains__, amounts)):
        v = amounts[i]
        if v is None or is_bad(i):  # (an odd value is never None)
            continue
        if abs(v) > high:
            message = Msg("amount.unusually_large", ratio=abs(v) / typical)
        else:
            message = Msg("amount.unusually_small")
        out.append(Problem(row_base + i, col, key, message, "warning"))
    return out


def _build_sales(b: _Builder) -> tuple[list[list[Any]], set[int]]:
    blanks = b.blank_rows()
    dates = b.required("date")
    totals = b.total_rows(blanks, dates)
    skip = blanks | totals | b.page_header_rows(blanks, dates)
    amounts = b.parse("amount")
    qty = b.parse("quantity")
    price = b.parse("unit_price")
    customers = b.parse("customer")
    product = b.parse("product")
    rep = b.parse("rep")
    region = b.parse("region")
    stage = b.parse("stage")
    note = b.parse("note")
    ids = b.record_ids()
    n = b.n
    if amounts is None:
        amounts = [None] * n
    no_amount = [i for i, v in enumerate(amounts) if v is None]
    # amount = quantity × unit price where there is no amount
    if qty is not None and price is not None:
        for i in no_amount:
            if qty[i] is not None and price[i] is not None:
                fen = Decimal(repr(qty[i])) * price[i]
                if abs(fen) <= MAX_AMOUNT_FEN:
                    amounts[i] = int(fen.quantize(Decimal(1), rounding=ROUND_HALF_UP))
                else:  # a barcode or an ID in the quantity column
                    b._error(
                        i,
                        b.a.columns["quantity"],
                        "amount",
                        Msg("cell.not_an_amount", text=f"{qty[i]:g} × {Decimal(price[i]) / 100}"),
                    )
    footers = b.footer_rows(totals, dates, amounts)
    skip |= footers
    for i in skip:
        b.bad.discard(i)
    if skip:
        b.problems = [p for p in b.problems if (p.row - b.row_base) not in skip]
    date_pos = b.a.columns.get("date")
    for i in [i for i, d in enumerate(dates) if d is None]:
        if i not in b.bad and i not in skip:
            b._error(i, date_pos, "date", Msg("empty.date"))
    cols = b.a.columns
    missing_amount_pos = cols.get("amount", cols.get("quantity"))
    for i in no_amount:
        if amounts[i] is None and i not in b.bad and i not in skip:
            if "amount" in cols:
                b._error(i, missing_amount_pos, "amount", Msg("empty.amount"))
            elif qty is not None and price is not None:
                # amount = quantity × unit price: the empty cell itself is marked and named
                if qty[i] is None:
                    b._error(i, cols["quantity"], "quantity", Msg("empty.quantity"))
                if price[i] is None:
                    b._error(i, cols["unit_price"], "unit_price", Msg("empty.unit_price"))
            else:
                b._error(i, missing_amount_pos, "amount", Msg("empty.quantity_or_price"))
    _flag_outliers(
        b,
        [a if i not in skip else None for i, a in enumerate(amounts)] if skip else amounts,
        "amount",
    )
    empty = [""] * n
    none = [None] * n
    isos = _iso_dates(dates)
    stages = [s or "won" for s in stage] if stage else ["won"] * n
    columns = (
        isos,
        customers or empty,
        amounts,
        product or empty,
        qty or none,
        price or none,
        rep or empty,
        region or empty,
        stages,
        note or empty,
    )
    drop = b.bad | skip
    idx: list[int] | range = range(n)
    keep = None
    kept: list[list[Any]] = list(columns)
    if drop:
        keep = _keep_mask(n, drop)
        idx = list(compress(idx, keep))
        kept = [list(compress(c, keep)) for c in columns]
    keys: list[Any] = _sales_keys(kept, _SALES_TEXT_COLUMNS, None)  # the rows kept
    if ids is not None:
        keys = _with_ids(keys, [ids[i] for i in idx])
    base = b.row_base
    keys = _number_repeats(b, keys, lambda j: base + idx[j], warn=True)
    # (values…, Excel row, key) as columns: Parsed.records zips them if asked
    b.tick("rows")
    return [*kept, list(map(base.__add__, idx)), keys], skip


def _iso_dates(dates: list[dt.date | None]) -> list[str | None]:
    """ISO texts of a date column (a sales sheet has a few hundred distinct days)."""
    distinct = set(dates)
    if len(distinct) * 4 <= len(dates):
        iso = {d: (None if d is None else d.isoformat()) for d in distinct}
        return list(map(iso.__getitem__, dates))
    return [d.isoformat() if d is not None else None for d in dates]


def _build_activities(b: _Builder) -> tuple[list[tuple[Any, ...]], set[int]]:
    blanks = b.blank_rows()
    dates = b.required("date")
    totals = b.total_rows(blanks, dates)
    skip = blanks | totals | b.page_header_rows(blanks, dates)
    raw_types = b.required("activity", "text")
    counts = b.parse("count")
    customers = b.parse("customer")
    outcome = b.parse("outcome")
    amounts = b.parse("amount")
    note = b.parse("note")
    ids = b.record_ids()
    skip |= b.footer_rows(totals, dates, amounts)
    for i in skip:
        b.bad.discard(i)
    b.problems = [p for p in b.problems if (p.row - b.excel_row(0)) not in skip]
    lookup = activity_lookup(b.activity_types)
    pos = b.a.columns.get("activity")
    codes: list[str | None] = []
    for i, t in enumerate(raw_types):
        if i in skip:
            codes.append(None)
            continue
        code = lookup.get(activity_key(t)) if t else None
        if code is None and t:
            # "上门拜访客户" → contains a known word
            k = activity_key(t)
            code = next(
                (
                    c
                    for w, c in sorted(lookup.items(), key=lambda x: -len(x[0]))
                    if len(w) >= 2 and w in k
                ),
                None,
            )
        if code is None and i not in b.bad:
            b._error(
                i, pos, "activity", Msg("activity.unknown", text=t) if t else Msg("empty.activity")
            )
        codes.append(code)
    b.require("date", [d if i not in skip else 1 for i, d in enumerate(dates)])
    n = b.n
    empty = [""] * n
    counts = counts or [1] * n
    customers = customers or empty
    outcome = outcome or empty
    amounts = amounts or [None] * n
    note = note or empty
    keys: list[str | None] = []
    out_rows = []
    for i in range(n):
        if i in b.bad or i in skip:
            keys.append(None)
            continue
        row = (
            dates[i].isoformat(),
            codes[i],
            1 if counts[i] is None else counts[i],
            customers[i],
            outcome[i],
            amounts[i],
            note[i],
        )
        out_rows.append((i, row))
        keys.append(_row_key("a\x1f", row))
    keys = _number_repeats(b, _with_ids(keys, ids), b.excel_row, warn=False)
    records = [row + (b.excel_row(i), keys[i]) for i, row in out_rows if keys[i] is not None]
    b.tick("rows")
    return records, skip


_PERCENT = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*%?$")


def _percent(text: str) -> int | None:
    """A win probability as a rep writes it (60%, 60, 0.6) in whole percent; None if not one."""
    m = _PERCENT.match(text.strip().replace("％", "%"))
    if m is None:
        return None
    value = float(m[1])
    if value <= 1 and "%" not in text and "." in m[1]:
        value *= 100  # 0.6
    return round(value) if 0 <= value <= 100 else None


def _build_opportunities(b: _Builder) -> tuple[list[tuple[Any, ...]], set[int]]:
    """Records: (customer, title, amount fen, stage text, probability % or None, expected
    close ISO, next step, next step ISO, created ISO, product, channel text, lost reason,
    note, excel row, key). The stage text is resolved against the rep's stages when stored.

    The key is the deal's identity (customer, title, created; without a title also amount and
    close date), not its state: the same list exported again a week later, with deals moved
    on, adds only the new deals."""
    blanks = b.blank_rows()
    customers = b.required("customer")
    totals = b.total_rows(blanks, None)
    skip = blanks | totals
    if totals:  # a summary under the deals (按阶段合计 …, as our export writes): not deals
        first_total = min(totals)
        gap = max((i for i in blanks if i < first_total), default=-1)
        if 0 < gap and any(i not in blanks for i in range(gap)):
            skip |= set(range(gap, b.n))
    amounts = b.required("amount")
    texts = {
        k: b.parse(k)
        for k in ("title", "stage", "probability", "next_step", "product", "channel")
        + ("lost_reason", "note")
    }
    dates = {k: b.parse(k) for k in ("expected_close", "next_step_date", "created")}
    _forget(b, skip)
    name_pos = b.a.columns["customer"]
    for i, v in enumerate(customers):
        if not v and i not in skip and i not in b.bad:
            b._error(i, name_pos, "customer", Msg("empty.name"))
    b.require("amount", [v if i not in skip else 0 for i, v in enumerate(amounts)])
    n = b.n
    empty = [""] * n
    col = {k: (v or empty) for k, v in texts.items()}
    day = {k: (v or [None] * n) for k, v in dates.items()}
    prob_pos = b.a.columns.get("probability")
    records = []
    keys: list[str | None] = []
    rows = []
    for i in range(n):
        if i in b.bad or i in skip:
            keys.append(None)
            continue
        if amounts[i] < 0:
            amount_cell = clean_text(b.column(b.a.columns["amount"])[i])[:40]
            b._error(
                i, b.a.columns["amount"], "amount", Msg("cell.not_an_amount", text=amount_cell)
            )
            keys.append(None)
            continue
        prob = None
        if col["probability"][i]:
            prob = _percent(col["probability"][i])
            if prob is None:
                b._error(
                    i,
                    prob_pos,
                    "probability",
                    Msg("cell.not_a_probability", text=col["probability"][i]),
                    "warning",
                )
        iso = {k: (v[i].isoformat() if v[i] else None) for k, v in day.items()}
        title = col["title"][i]
        identity: tuple[Any, ...] = (customers[i], title, iso["created"])
        if not title:
            identity += (amounts[i], iso["expected_close"])
        keys.append(_row_key("o\x1f", identity))
        rows.append(
            (
                i,
                (
                    customers[i],
                    title,
                    amounts[i],
                    col["stage"][i],
                    prob,
                    iso["expected_close"],
                    col["next_step"][i],
                    iso["next_step_date"],
                    iso["created"],
                    col["product"][i],
                    col["channel"][i],
                    col["lost_reason"][i],
                    col["note"][i],
                ),
            )
        )
    keys = _number_repeats(b, _with_ids(keys, _deal_ids(b)), b.excel_row, warn=False)
    records = [row + (b.excel_row(i), keys[i]) for i, row in rows if keys[i] is not None]
    b.tick("rows")
    return records, skip


def _deal_ids(b: _Builder) -> list[str] | None:
    """The keys a deals sheet's ID column gives: our export's SP- IDs as they are, a CRM's own
    ID (商机编号 OPP-0042) hashed, so that a deal is known by its ID when everything else in
    its row (stage, amount, close date, even the title) has changed since the last import."""
    values = b.parse("record_id")
    if values is None:
        return None
    ours = [m is not None and m[2] == "O" for m in map(RECORD_ID.match, values)]
    return [
        v if mine else (_row_key("oid\x1f", (v.strip(),)) if v.strip() else "")
        for v, mine in zip(values, ours, strict=True)
    ]


def _truthy(text: str) -> bool:
    return text.strip().lower() in _TRUE_WORDS


def _build_customers(b: _Builder) -> tuple[list[tuple[Any, ...]], set[int]]:
    blanks = b.blank_rows()
    names = b.required("name")
    skip = blanks | b.total_rows(blanks, None)  # a 合计 row is no customer
    fields = {k: b.parse(k) for k in ("contact", "phone", "segment", "region", "priority", "notes")}
    birthday_pos = b.a.columns.get("birthday")
    birthdays: list[str | None] = [None] * b.n
    if birthday_pos is not None:
        col = b.column(birthday_pos)
        yearless, _ = parse_date(
            col, check_range=False, infer_year=False, order=b.a.date_orders.get("birthday")
        )
        for i, d in enumerate(yearless):
            if d is None:
                continue
            if d.year == 4 or b.today.year - BIRTH_YEAR_GAP < d.year <= b.today.year:
                # no year; or a year no customer contact was born in: the year Excel gives a
                # date typed as 3月15日 (the cell only shows month and day)
                birthdays[i] = f"--{d.month:02d}-{d.day:02d}"
            elif 1900 <= d.year <= b.today.year:
                birthdays[i] = d.isoformat()
            else:
                b._error(
                    i,
                    birthday_pos,
                    "birthday",
                    Msg("birthday.implausible", date=d.isoformat()),
                    "warning",
                )
        for i, v in enumerate(col):
            if (
                v not in ("", None)
                and birthdays[i] is None
                and not any(p.row == b.excel_row(i) and p.field == "birthday" for p in b.problems)
            ):
                b._error(i, birthday_pos, "birthday", Msg("birthday.not_a_date", text=v), "warning")
        b.tick("birthday")
    follow = b.parse("next_follow_up")
    _forget(b, skip)
    b.require("name", [v if i not in skip else "x" for i, v in enumerate(names)])
    n = b.n
    empty = [""] * n
    cols = {k: (v or empty) for k, v in fields.items()}
    follow = follow or [None] * n
    seen: dict[str, int] = {}
    records = []
    for i in range(n):
        if i in b.bad or i in skip:
            continue
        name = names[i]
        if name in seen:
            b.problems.append(
                Problem(
                    b.excel_row(i),
                    None,
                    "name",
                    Msg("customer.duplicate", name=name, row=b.excel_row(seen[name])),
                    "warning",
                )
            )
            b.skipped["duplicate rows in the file"] += 1
            continue
        seen[name] = i
        records.append(
            (
                name,
                cols["contact"][i],
                cols["phone"][i],
                cols["segment"][i],
                cols["region"][i],
                birthdays[i],
                1 if _truthy(cols["priority"][i]) else 0,
                follow[i].isoformat() if follow[i] else None,
                cols["notes"][i],
                b.excel_row(i),
            )
        )
    b.tick("rows")
    return records, skip


def _build_targets(b: _Builder) -> tuple[list[tuple[Any, ...]], set[int]]:
    """Records: (month start ISO, target fen, label, excel row)."""
    a = b.a
    blanks = b.blank_rows()
    labels = b.parse("label")
    records = []
    if a.month_positions:
        raw_header = a.header_cells
        years = [y for p in a.month_positions if (y := _month_header(raw_header[p])[0])]
        year_hint = years[0] if years else b.today.year
        totals = b.total_rows(blanks, None)
        for pos in a.month_positions:
            y, m = _month_header(raw_header[pos], year_hint)
            month = dt.date(y or year_hint, m, 1).isoformat()
            column = b.column(pos)
            values, probs = parse_amount(column, a.headers[pos].scale)
            for i, msg in probs:
                b._error(i, pos, "target", msg)
            _negative_targets(b, values, column, pos)
            for i, v in enumerate(values):
                if v is None or i in blanks or i in totals or i in b.bad:
                    continue
                records.append((month, v, labels[i] if labels else "", b.excel_row(i)))
            b.tick(month)
        return records, blanks | totals
    months = b.required("month")
    targets = b.required("target")
    _negative_targets(b, targets, b.column(a.columns["target"]), a.columns["target"])
    # 小计 / 合计 rows (a month's subtotal over its cities, the grand total) add up targets
    # already counted: skipped quietly, as in every other kind of sheet
    skip = blanks | b.total_rows(blanks, None)
    _forget(b, skip)
    b.require("month", [m if i not in skip else 1 for i, m in enumerate(months)])
    b.require("target", [t if i not in skip else 1 for i, t in enumerate(targets)])
    for i in range(b.n):
        if i in b.bad or i in skip:
            continue
        records.append(
            (months[i].isoformat(), targets[i], labels[i] if labels else "", b.excel_row(i))
        )
    return records, skip


def _forget(b: _Builder, skip: set[int]) -> None:
    """Rows skipped quietly (blank, total rows) carry no problems and are not errors."""
    for i in skip:
        b.bad.discard(i)
    if skip:
        b.problems = [p for p in b.problems if (p.row - b.row_base) not in skip]


def _month_header(value: Any, default_year: int | None = None) -> tuple[int | None, int]:
    """(year or None, month) of a month column's header (month_positions holds only those)."""
    ym = header_month(value, default_year)
    if ym is None:
        raise ValueError(f"{value!r} names no month")
    return ym


def _negative_targets(b: _Builder, values: list[int | None], column: list[Any], pos: int) -> None:
    """A target below zero is no target (a difference, a shortfall): a problem on its cell."""
    for i, v in enumerate(values):
        if v is not None and v < 0 and i not in b.bad:
            values[i] = None
            b._error(i, pos, "target", Msg("cell.not_an_amount", text=clean_text(column[i])[:40]))


def preview_rows(a: Analysis, limit: int = 200, **kw: Any) -> Parsed:
    return build_records(a, limit=limit, **kw)


def expected_row_key(kind: str, mapped: set[str], values: dict[str, Any]) -> str | None:
    """The ``row_key`` an import of a row holding ``values`` in the ``mapped`` columns gets.

    Write-back stamps it on the app's records it wrote, so importing the workbook again
    does not bring them in a second time.
    """

    def text(key: str) -> str:
        return (str(values.get(key) or "").strip()[:500]) if key in mapped else ""

    def val(key: str) -> Any:
        return values.get(key) if key in mapped else None

    date = values.get("date")
    if date is None:
        return None
    if kind == "sales":
        amount = values.get("amount")
        if "amount" not in mapped and val("quantity") is not None and val("unit_price") is not None:
            amount = int(
                (Decimal(repr(float(val("quantity")))) * val("unit_price")).quantize(
                    Decimal(1), rounding=ROUND_HALF_UP
                )
            )
        qty = val("quantity")
        row: tuple[Any, ...] = (
            date.isoformat(),
            text("customer"),
            amount,
            text("product"),
            None if qty is None else float(qty),
            val("unit_price"),
            text("rep"),
            text("region"),
            text("stage") or "won",
            text("note"),
        )
        return _row_key("s\x1f", row)
    if kind == "activities":
        count = val("count")
        row = (
            date.isoformat(),
            values.get("activity_code"),
            1 if count is None else count,
            text("customer"),
            text("outcome"),
            val("amount"),
            text("note"),
        )
        return _row_key("a\x1f", row)
    return None
