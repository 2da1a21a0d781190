"""How sure the guessed kind of a sheet is (the wizard asks, the command line refuses
without ``--kind`` when it is not), from the headers and the first cells of each column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from salesplanner.io.fields import (
    FIELDS,
    activity_key,
    activity_lookup,
    field_score,
    field_spec,
    header_month,
    names_a_customer,
)
from salesplanner.io.messages import Msg
from salesplanner.io.parse import (
    GUESS,
    clean_text,
    is_total_label,
    parse_amount,
    parse_date,
    parse_month,
    parse_number,
    parse_number_text,
)

if TYPE_CHECKING:
    from salesplanner.io.analysis import Analysis


SAMPLE_ROWS = 200  # the data rows a guess looks at (which column holds names, dates …)


def sample_column(a: Analysis, pos: int, look: int = SAMPLE_ROWS) -> list[Any]:
    """The non-empty cells of column ``pos`` in the first ``look`` data rows."""
    rows = a.data.rows[a.first_data_index : a.first_data_index + look]
    return [r[pos] for r in rows if pos < len(r) and r[pos] not in ("", None)]


def holds_names(a: Analysis, pos: int) -> bool:
    """Mostly text that is not a number (a name, not a customer number or an amount)."""
    cells = sample_column(a, pos)
    texts = sum(
        1
        for v in cells
        if isinstance(v, str) and not is_total_label(v) and parse_number_text(v) is None
    )
    return bool(cells) and texts >= 0.8 * len(cells)


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
        return None if holds_names(a, pos) else Msg("doubt.names", column=column)
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
