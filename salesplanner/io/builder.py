"""Building records from an analysed sheet: the part every kind of record shares
(:class:`Builder`: parsing columns, problems on cells, rows that are no records, repeated
rows, amount outliers). The records of each kind: :mod:`salesplanner.io.record_builders`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable
from itertools import compress
from typing import TYPE_CHECKING, Any

from salesplanner.io.errors import ImportCancelled
from salesplanner.io.fields import RECORD_ID, RECORD_LETTER, field_spec, normalise_header
from salesplanner.io.imported import CancelLike, Part, Problem, ProgressFn, cancelled_fn
from salesplanner.io.messages import Msg
from salesplanner.io.parse import (
    is_total_label,
    parse_amount,
    parse_date,
    parse_int,
    parse_month,
    parse_number,
    parse_text,
)
from salesplanner.io.workbook import is_error_text

if TYPE_CHECKING:
    from salesplanner.io.analysis import Analysis


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


class Builder:
    """What building the records of every kind shares: the rows of the sheet (or of one part
    of it), the columns parsed by field type, the problems found on their cells, and the rows
    that are no records (blank, totals, a repeated header, the footer). One subclass per kind
    (:mod:`salesplanner.io.record_builders`) makes the records in :meth:`build`."""

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

    def forget(self, skip: set[int]) -> None:
        """Rows skipped quietly (blank, total rows) carry no problems and are not errors."""
        for i in skip:
            self.bad.discard(i)
        if skip:
            self.problems = [p for p in self.problems if (p.row - self.row_base) not in skip]

    def number_repeats(
        self, keys: list[str | None], at: Callable[[int], int], warn: bool
    ) -> list[str | None]:
        """Occurrence-aware row keys: the n-th row (n ≥ 2) with the same key gets ``key#n``.

        So a rep's two identical rows (two follow-ups of one customer on one day) are both
        imported, and importing the file again adds nothing; the first row keeps the plain key
        (files imported by earlier versions still match). ``at(j)`` is the Excel row of ``keys[j]``
        (None: a row left out); ``warn``: a warning on each repeat (sales records)."""
        part = self.part
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
                self.problems.append(Problem(at(j), None, "", what, "warning"))
        return out

    def flag_outliers(self, amounts: list[int | None], key: str) -> None:
        """Warn about amounts far outside the column's usual range (a typo, a missing 万)."""
        if self.part is not None:  # the whole column is known only when the parts are joined
            self.outlier_amounts = amounts
            return
        pos = self.a.columns.get(key)
        self.problems += outlier_problems(
            amounts,
            self.bad.__contains__,
            self.row_base,
            self.a.sheet_col(pos) if pos is not None else None,
            key,
        )

    def build(self) -> tuple[list[Any], set[int]]:
        """The records (see each kind's builder) and the rows skipped quietly (blank, totals …)."""
        raise NotImplementedError


def with_ids(keys: list[str | None], ids: list[str] | None) -> list[str | None]:
    """A row's record ID (from our export) is its key; rows without one keep their content key."""
    if ids is None or not any(ids):
        return keys
    return [(i or k) if k is not None else None for k, i in zip(keys, ids, strict=True)]


def outlier_problems(
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


def keep_mask(n: int, drop: set[int]) -> list[bool]:
    keep = [True] * n
    for i in drop:
        keep[i] = False
    return keep
