"""Insert rows into an openpyxl sheet the way Excel does, moving what refers to them.

    RowInsert(wb, ws, file="我的.xlsx", at=121, count=5, grow=5, last=120, header_row=2,
              cols=(1, 8)).apply()

openpyxl's ``insert_rows`` moves only the cells. :meth:`RowInsert.apply` also moves or grows
what a rep's workbook holds around a table: formulas on every sheet (array formulas too),
defined names and print areas, merged cells, row heights, hyperlinks, page breaks, conditional
formatting and data validation ranges and their formulas, tables and the autofilter, chart
series (every sheet) and the anchors of charts below the insert point, pivot table sources.

Two rules, applied to each reference to the sheet:

* Excel's: a row at or below ``at`` moves down by ``count`` (so a range across ``at`` grows).
* Appending: a range that ends on the table's last data row ``last`` and shares a column with
  the table (``cols``) grows by ``grow`` rows, so =SUM(F2:F120) in the total row, a chart
  series or a conditional format over the amount column take in the new rows. Not in a
  formula on row ``last`` itself whose range end is relative (a running total =SUM(F$2:F120)):
  that formula is carried down to the new rows instead.

With ``count`` 0 (nothing below the table) nothing moves; ranges still grow. Whatever cannot
be moved with certainty raises :class:`WriteBackError` naming the file, sheet and cell: a
reference inside a text (INDIRECT("F2:F120")), a 3-D reference over the sheet, a range that
ends in a function (F2:INDEX(…)), array formulas, merged cells or data tables across the
insert point, a list beside the table that the new rows would cut in two, a pivot table
below it. Nothing is saved here: a refusal leaves the file as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NoReturn

from salesplanner.io.errors import WriteBackError
from salesplanner.io.messages import Msg
from salesplanner.io.workbook import column_index

_CELL = r"(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)"
_AREA = re.compile(rf"^{_CELL}(?::{_CELL})?$")
_ROWS = re.compile(r"^(\$?)([0-9]+):(\$?)([0-9]+)$")
_COLS = re.compile(r"^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$")
_DIGITS = re.compile(r"[0-9]+")
_MAX_COL = 16384
_MAX_ROW = 1_048_576
# where a chart keeps references: series → tx/cat/val/… → strRef/numRef/multiLvlStrRef → f
_CHART_REF_PATHS = (
    "tx",
    "cat",
    "val",
    "xVal",
    "yVal",
    "bubbleSize",
    "strRef",
    "numRef",
    "multiLvlStrRef",
)


class _Unsure(Exception):
    """A reference that would have to change but cannot be rewritten with certainty (its one
    argument: a ``formula.*`` :class:`Msg` saying what it is)."""


def _row_span(ref: str) -> tuple[int, int]:
    """The first and last row of a range; a whole-column range (A:C) spans every row."""
    from openpyxl.utils.cell import range_boundaries

    _c1, top, _c2, bottom = range_boundaries(ref)
    return top or 1, bottom or _MAX_ROW


def _sheet_name(prefix: str) -> str:
    if len(prefix) >= 2 and prefix[0] == "'" and prefix[-1] == "'":
        return prefix[1:-1].replace("''", "'")
    return prefix


# An openpyxl worksheet or chart: Any, as this module uses their private parts (_cells,
# _charts, _pivots, _cf_rules) that the type stubs do not describe.
Sheet = Any


@dataclass
class RowInsert:
    wb: Any
    ws: Sheet
    file: str  # the workbook's name, for messages
    at: int  # the first new row (the last data row + 1)
    count: int  # rows inserted at ``at`` (0: nothing below the table, nothing moves)
    grow: int  # how many rows the table's ranges grow by
    last: int  # the table's last data row (the header row when it has none)
    header_row: int
    cols: tuple[int, int]  # the table's first and last column

    def __post_init__(self) -> None:
        self.title = self.ws.title
        self._key = self.title.lower()
        self._needle = self.title.replace("'", "''").lower()

    def _is_this_sheet(self, name: str | None) -> bool:
        """``name`` (a sheet title; None: no sheet) is the sheet the rows go into."""
        return name is not None and name.lower() == self._key

    # -- the two rules ----------------------------------------------------------------------
    def _rows(
        self,
        top: int,
        bottom: int,
        c1: int,
        c2: int,
        *,
        span: bool,
        grow: bool,
        table: bool = False,
    ) -> tuple[int, int]:
        at, n = self.at, self.count
        new_top = top + n if top >= at else top
        new_bottom = bottom + n if bottom >= at else bottom
        if (
            grow
            and span
            and bottom == self.last
            and c1 <= self.cols[1]
            and c2 >= self.cols[0]
            and (self.last > self.header_row or (table and top == self.header_row))
        ):
            new_bottom = bottom + self.grow
        return new_top, new_bottom

    def _ref(
        self, ref: str, *, grow: bool = True, keep_relative_end: bool = False, table: bool = False
    ) -> str | None:
        """A reference without a sheet (A1, $A$1:B2, 3:5, A:B) moved; None: not one (a name …)."""
        m = _AREA.match(ref)
        if m:
            d1, l1, d2, r1, d3, l2, d4, r2 = m.groups()
            span = l2 is not None
            top = int(r1)
            bottom = int(r2) if span else top
            c1 = column_index(l1.upper()) + 1  # 1-based, as openpyxl counts
            c2 = column_index(l2.upper()) + 1 if span else c1
            if span and keep_relative_end and not d4:
                grow = False
            t, b = self._rows(
                min(top, bottom),
                max(top, bottom),
                min(c1, c2),
                max(c1, c2),
                span=span,
                grow=grow,
                table=table,
            )
            if top > bottom:
                t, b = b, t
            if not span:
                return f"{d1}{l1}{d2}{t}"
            return f"{d1}{l1}{d2}{t}:{d3}{l2}{d4}{b}"
        m = _ROWS.match(ref)
        if m:
            d1, r1, d2, r2 = m.groups()
            t, b = self._rows(
                int(r1),
                int(r2),
                1,
                _MAX_COL,
                span=True,
                grow=grow and not (keep_relative_end and not d2),
            )
            return f"{d1}{t}:{d2}{b}"
        if _COLS.match(ref):
            return ref
        return None

    def _range(self, ref: str, where: Msg, **kw: bool) -> str:
        """A plain range (a table, a merged cell, conditional formatting) moved; refuses other
        text."""
        new = self._ref(ref.replace("$", ""), **kw) if ref else None
        if new is None:
            self._refuse(where, Msg("blocker.unreadable_range", ref=ref))
        return new

    def _ranges(self, sqref: Any, where: Msg, **kw: bool) -> str:
        return " ".join(self._range(str(r), where, **kw) for r in str(sqref).split())

    # -- formulas ---------------------------------------------------------------------------
    def _may_touch(self, text: str, host: str | None) -> bool:
        """False when ``text`` cannot refer to a moved or growing row of this sheet (quick)."""
        if not self._is_this_sheet(host) and self._needle not in text.lower():
            return False
        return any(int(d) >= self.last for d in _DIGITS.findall(text))

    def formula(
        self,
        text: str,
        host: str | None,
        where: Msg,
        *,
        own_row: int | None = None,
        grow: bool = True,
    ) -> str:
        """``text`` (a formula starting with "=") with its references to this sheet moved.

        ``host``: the sheet the formula is on (references without a sheet point there);
        ``own_row``: the row of a cell formula on this sheet."""
        if not isinstance(text, str) or not text.startswith("=") or not self._may_touch(text, host):
            return text
        from openpyxl.formula.tokenizer import Token, Tokenizer

        try:
            tokens = Tokenizer(text).items
        except Exception:  # noqa: BLE001 - the tokenizer raises several kinds
            self._refuse(where, Msg("blocker.unreadable_formula"))
        ours = self._is_this_sheet(host)
        keep = ours and own_row == self.last
        funcs: list[str] = []
        out: list[str] = []
        changed = False
        try:
            for tok in tokens:
                value = tok.value
                if tok.type == Token.FUNC and tok.subtype == Token.OPEN:
                    name = value[:-1].upper()
                    if ":" in name:  # F2:INDEX(F:F,120): a range ending where a function says
                        prefix = name.rsplit(":", 1)[0]
                        if self._points_here(prefix, host):
                            raise _Unsure(Msg("formula.range_to_function", token=value))
                    funcs.append(name.rsplit(":", 1)[-1].split(".")[-1])
                elif tok.type == Token.FUNC and tok.subtype == Token.CLOSE:
                    if funcs:
                        funcs.pop()
                elif tok.type == Token.OPERAND and tok.subtype == Token.RANGE:
                    if value == ":":  # F2 : F120 written with spaces
                        raise _Unsure(Msg("formula.spaced_range"))
                    new = self._operand(value, host, grow=grow, keep_relative_end=keep)
                    if new != value:
                        value, changed = new, True
                elif (
                    tok.type == Token.OPERAND and tok.subtype == Token.TEXT and "INDIRECT" in funcs
                ):
                    self._check_text_ref(value[1:-1].replace('""', '"'), host)
                out.append(value)
        except _Unsure as why:
            self._refuse(where, Msg("blocker.formula", what=why.args[0]))
        return "=" + "".join(out) if changed else text

    def _points_here(self, operand: str, host: str | None) -> bool:
        sheet = operand.rpartition("!")[0]
        name = _sheet_name(sheet) if sheet else host
        return self._is_this_sheet(name)

    def _operand(self, value: str, host: str | None, *, grow: bool, keep_relative_end: bool) -> str:
        prefix, bang, ref = value.rpartition("!")
        name: str | None
        if bang:
            name = _sheet_name(prefix)
            if name.startswith("["):  # another workbook
                return value
            if ":" in name:  # Sheet1:Sheet3!A1
                if self._in_3d(name) and self._ref(ref, grow=grow) not in (None, ref):
                    raise _Unsure(Msg("formula.several_sheets", ref=value))
                return value
        else:
            name = host
        if not self._is_this_sheet(name):
            return value
        new = self._ref(ref, grow=grow, keep_relative_end=keep_relative_end)
        if new is None:
            if ":" in ref and any(ch.isdigit() for ch in ref) and "[" not in ref:
                raise _Unsure(Msg("formula.unreadable_reference", ref=value))
            return value  # a defined name, a table column, #REF!
        return f"{prefix}{bang}{new}"

    def _in_3d(self, span: str) -> bool:
        first, _, end = span.partition(":")
        names = [s.lower() for s in self.wb.sheetnames]
        try:
            i, j = names.index(first.lower()), names.index(end.lower())
        except ValueError:
            return False
        return min(i, j) <= names.index(self._key) <= max(i, j)

    def _check_text_ref(self, literal: str, host: str | None) -> None:
        """A reference spelled in a text for INDIRECT cannot be rewritten: refuse if it should
        be."""
        prefix, bang, ref = literal.strip().rpartition("!")
        name = _sheet_name(prefix) if bang else host
        if not self._is_this_sheet(name):
            return
        new = self._ref(ref)
        if new is not None and new != ref:
            raise _Unsure(Msg("formula.text_reference", text=literal))

    def _refuse(self, where: Msg, why: Msg) -> NoReturn:
        raise WriteBackError(Msg("writeback.unsafe", file=self.file, where=where, why=why))

    def _cell_where(self, ws: Sheet, coordinate: str) -> Msg:
        return Msg("place.cell", sheet=ws.title, cell=coordinate)

    # -- applying ---------------------------------------------------------------------------
    def apply(self) -> None:
        self._check_blockers()
        if self.count:
            self.ws.insert_rows(self.at, self.count)
            self._move_row_things()
            self._move_drawings()
        self._move_merged()
        for ws in self.wb.worksheets:
            self._move_cell_formulas(ws)
        for sheet in list(self.wb.worksheets) + list(self.wb.chartsheets):
            for chart in getattr(sheet, "_charts", []):
                self._move_chart_refs(chart, sheet.title)
        self._move_names()
        self._move_conditional_formats()
        self._move_validations()
        self._move_tables()
        self._move_pivots()

    def _check_blockers(self) -> None:
        """What cannot move with certainty, checked before anything is changed."""
        from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

        ws, at = self.ws, self.at
        for cell in ws._cells.values():
            v = cell._value
            if isinstance(v, ArrayFormula) and self.count:
                top, bottom = _row_span(v.ref or cell.coordinate)
                if top < at <= bottom:
                    self._refuse(
                        self._cell_where(ws, cell.coordinate),
                        Msg("blocker.array_formula", ref=v.ref, row=at),
                    )
            elif isinstance(v, DataTableFormula) and self.count:
                if _row_span(v.ref or cell.coordinate)[1] >= at:
                    self._refuse(self._cell_where(ws, cell.coordinate), Msg("blocker.data_table"))
        if self.count:
            for (r, c), cell in ws._cells.items():  # a list beside the table would be cut in two
                if r == at and not (self.cols[0] <= c <= self.cols[1]) and cell._value is not None:
                    above = ws._cells.get((self.last, c))
                    if above is not None and above._value is not None and above.data_type != "f":
                        self._refuse(
                            self._cell_where(ws, cell.coordinate),
                            Msg("blocker.list_beside", cell=above.coordinate),
                        )
            for mcr in ws.merged_cells.ranges:
                if mcr.min_row < at <= mcr.max_row:
                    self._refuse(
                        Msg("place.merged_cell", sheet=ws.title, range=mcr.coord),
                        Msg("blocker.merged_across", row=at),
                    )
            for pivot in getattr(ws, "_pivots", []):
                loc = getattr(pivot.location, "ref", None)
                if loc and _row_span(loc)[1] >= at:
                    self._refuse(
                        Msg("place.pivot_table", sheet=ws.title, name=pivot.name),
                        Msg("blocker.pivot_below"),
                    )

    def _move_row_things(self) -> None:
        """Row heights, hyperlinks, page breaks: openpyxl's insert_rows leaves them behind."""
        ws, at, n = self.ws, self.at, self.count
        dims = ws.row_dimensions
        for i in sorted((i for i in list(dims) if i >= at), reverse=True):
            d = dims.pop(i)
            d.index = i + n
            dims[i + n] = d
        for cell in ws._cells.values():
            link = getattr(cell, "_hyperlink", None)
            if link is not None and cell.row >= at + n:
                link.ref = (
                    self._range(link.ref, self._cell_where(ws, cell.coordinate), grow=False)
                    if link.ref
                    else cell.coordinate
                )
        for brk in ws.row_breaks.brk:
            if brk.id is not None and brk.id >= at:
                brk.id += n

    def _move_drawings(self) -> None:
        """Charts and pictures anchored at or below the insert point move down with the cells."""
        at0 = self.at - 1  # anchors count rows from 0
        for obj in list(getattr(self.ws, "_charts", [])) + list(getattr(self.ws, "_images", [])):
            anchor = obj.anchor
            if isinstance(anchor, str):
                new = self._ref(anchor, grow=False)
                if new:
                    obj.anchor = new
                continue
            for marker in (getattr(anchor, "_from", None), getattr(anchor, "to", None)):
                if marker is not None and marker.row >= at0:
                    marker.row += self.count

    def _move_merged(self) -> None:
        ws = self.ws
        if not self.count:
            return
        ranges = list(ws.merged_cells.ranges)
        for mcr in ranges:
            if mcr.min_row >= self.at:
                mcr.shift(row_shift=self.count)
        ws.merged_cells.ranges = set(ranges)

    def _move_cell_formulas(self, ws: Sheet) -> None:
        from openpyxl.utils.cell import range_boundaries
        from openpyxl.worksheet.formula import ArrayFormula

        host = ws.title
        ours = ws is self.ws
        for cell in ws._cells.values():
            link = getattr(cell, "_hyperlink", None)
            if link is not None and link.location:  # a link to a place in the workbook ('汇总'!B3)
                link.location = self.formula(
                    "=" + link.location, host, self._cell_where(ws, cell.coordinate)
                )[1:]
            if cell.data_type != "f":
                continue
            v = cell._value
            where = self._cell_where(ws, cell.coordinate)
            if isinstance(v, str):
                new = self.formula(v, host, where, own_row=cell.row if ours else None)
                if new != v:
                    cell._value = new
            elif isinstance(v, ArrayFormula):
                ref = v.ref or cell.coordinate
                _c1, top, _c2, bottom = range_boundaries(ref)
                if ours and self.count:
                    v.ref = self._range(ref, where, grow=False)
                # a block of results does not grow; one cell's array formula does
                if v.text is not None:
                    v.text = self.formula(
                        v.text, host, where, own_row=cell.row if ours else None, grow=top == bottom
                    )

    def _move_chart_refs(self, chart: Sheet, host: str) -> None:
        """Series values, categories and names, and titles taken from cells (``f`` of a *Ref)."""
        where = Msg("place.chart", sheet=host)

        def walk(obj: Any, depth: int) -> None:
            if obj is None or depth > 4:
                return
            f = getattr(obj, "f", None)
            if isinstance(f, str) and f:
                obj.f = self.formula("=" + f, None, where)[1:]
                return
            for name in _CHART_REF_PATHS:
                walk(getattr(obj, name, None), depth + 1)

        for part in getattr(chart, "_charts", None) or [chart]:
            for series in part.series:
                walk(series, 0)
        for axis in ("x_axis", "y_axis", "z_axis"):
            walk(getattr(getattr(chart, axis, None), "title", None), 0)
        walk(chart.title, 0)

    def _move_names(self) -> None:
        scopes = [(self.wb.defined_names, None)] + [
            (ws.defined_names, ws.title) for ws in self.wb.worksheets
        ]
        for names, host in scopes:
            for name, defn in names.items():
                text = defn.attr_text
                if text:
                    new = self.formula("=" + text, host, Msg("place.defined_name", name=name))[1:]
                    if new != text:
                        defn.attr_text = new
        from openpyxl.worksheet.print_settings import PrintArea

        ws = self.ws
        area = ws._print_area
        if area is not None and area.ranges:
            where = Msg("place.print_area", sheet=ws.title)
            ws._print_area = PrintArea([self._range(str(r), where) for r in area.sorted()])
        rows = ws._print_rows
        if rows is not None and self.count:
            ws.print_title_rows = self._range(
                f"{rows.min_row}:{rows.max_row}",
                Msg("place.print_titles", sheet=ws.title),
                grow=False,
            )

    def _move_conditional_formats(self) -> None:
        """Rule formulas on every sheet (others may point here: =销售明细!$F$2); this sheet's
        ranges too, which means building its list anew (a range is the list's key)."""
        from openpyxl.formatting.formatting import ConditionalFormatting, ConditionalFormattingList

        for ws in self.wb.worksheets:
            old = ws.conditional_formatting
            if not old:
                continue
            new = ConditionalFormattingList()
            new.max_priority = old.max_priority
            for cf in old:
                where = Msg("place.conditional_format", sheet=ws.title, range=str(cf.sqref))
                for rule in cf.rules:
                    if rule.formula:
                        rule.formula = [
                            self.formula("=" + f, ws.title, where)[1:] for f in rule.formula
                        ]
                if ws is self.ws:
                    # (the list's own dict: add() would make one rule per range anew)
                    new._cf_rules.setdefault(  # type: ignore[attr-defined]
                        ConditionalFormatting(self._ranges(cf.sqref, where), pivot=cf.pivot), []
                    ).extend(cf.rules)
            if ws is self.ws:
                ws.conditional_formatting = new

    def _move_validations(self) -> None:
        from openpyxl.worksheet.cell_range import MultiCellRange

        for ws in self.wb.worksheets:
            for dv in ws.data_validations.dataValidation:
                where = Msg("place.validation", sheet=ws.title, range=str(dv.sqref))
                if ws is self.ws:
                    dv.sqref = MultiCellRange(self._ranges(dv.sqref, where))
                for attr in ("formula1", "formula2"):
                    f = getattr(dv, attr)
                    if f:
                        setattr(dv, attr, self.formula("=" + f, ws.title, where)[1:])

    def _move_tables(self) -> None:
        ws = self.ws
        for table in ws.tables.values():
            where = Msg("place.table", sheet=ws.title, name=table.displayName or table.name)
            table.ref = self._range(table.ref, where, table=True)
            if table.autoFilter is not None and table.autoFilter.ref:
                table.autoFilter.ref = self._range(table.autoFilter.ref, where, table=True)
        if ws.auto_filter and ws.auto_filter.ref:
            ws.auto_filter.ref = self._range(
                ws.auto_filter.ref, Msg("place.autofilter", sheet=ws.title), table=True
            )

    def _move_pivots(self) -> None:
        for ws in self.wb.worksheets:
            for pivot in getattr(ws, "_pivots", []):
                source = getattr(getattr(pivot.cache, "cacheSource", None), "worksheetSource", None)
                if source is None or not source.ref or not self._is_this_sheet(source.sheet):
                    continue
                source.ref = self._range(source.ref, Msg("place.pivot_source", name=pivot.name))
