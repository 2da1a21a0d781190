"""Analysing a sheet: which sheet, where its header is, what kind of records it holds, which
column is which field, and each date column's order of day, month and year.

``analyse(path, sheet=…, kind=…, columns=…)`` reads the sheet, finds the header row (title
rows, blank rows and merged header cells above the table are skipped), guesses the kind and
maps each column to a field (or takes a remembered / corrected mapping); ``remap`` takes the
wizard's corrections. How sure the guessed kind is: :mod:`salesplanner.io.doubts`. Building the
records from an analysis: :mod:`salesplanner.io.builder`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from salesplanner.io.doubts import holds_names, kind_doubt
from salesplanner.io.errors import MappingError
from salesplanner.io.fields import (
    FIELDS,
    HEADER_LOOK,
    KINDS,
    NAME_FIELDS,
    Header,
    Mapping,
    best_mapping,
    field_score,
    field_spec,
    find_header_row,
    guess_kind,
    is_subheader,
    looks_like_pivot,
    month_columns,
    normalise_header,
    signature,
)
from salesplanner.io.imported import gc_paused
from salesplanner.io.messages import Msg
from salesplanner.io.parse import DATE_ORDERS, order_msg, vote_date_order
from salesplanner.io.workbook import (
    SheetData,
    SheetInfo,
    SheetTailMismatch,
    Source,
    bad_text_cells,
    column_letter,
    open_source,
)


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
    memo_kind, memo_columns = remembered_mapping(memo, len(headers), kind)
    if kind is None and memo_kind is not None:
        kind = memo_kind
        was_remembered = True
    kind_guessed = kind is None
    kind = kind or guessed
    if columns is None and memo_columns is not None and memo_kind == kind:
        columns = memo_columns
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


def remembered_mapping(
    memo: dict[str, Any] | None, header_count: int, kind: str | None = None
) -> tuple[str | None, dict[str, int] | None]:
    """The one rule for a mapping remembered from an earlier import of the same headers:
    its kind (None when it names none this app knows) and, when it is for ``kind`` (or no
    kind is asked for), its columns that still fit the header (field → position)."""
    if not memo or memo.get("kind") not in KINDS:
        return None, None
    cols = memo.get("columns")
    if not isinstance(cols, dict) or (kind is not None and memo["kind"] != kind):
        return memo["kind"], None
    return memo["kind"], {
        k: int(v) for k, v in cols.items() if isinstance(v, int) and v < header_count
    }


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
        if p != taken and p not in used and field_score(a.kind, spec, h) >= 50 and holds_names(a, p)
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
