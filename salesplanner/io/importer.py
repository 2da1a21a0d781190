"""From a sheet to import-ready records: the import engine's API (the services, the wizard and
the command line use these names; they live in the modules below).

Two steps, both without a database:

``analyse(path, sheet=…, kind=…, columns=…)`` reads the sheet, finds the header row, guesses
the kind and maps each column to a field (:mod:`salesplanner.io.analysis`; how sure the kind is:
:mod:`salesplanner.io.doubts`); ``remap`` takes the wizard's corrections.

``build_records(analysis)`` parses the mapped columns in bulk and returns the records to store
(named per kind: :mod:`salesplanner.io.imported`) plus every problem with its Excel row and
column (:mod:`salesplanner.io.builder`, one builder per kind in
:mod:`salesplanner.io.record_builders`); ``preview_rows`` does the same for the first rows, for
the wizard's preview. A sheet read in parts is built part by part (``part=``) and joined with
:func:`join_parts` and :func:`join_problems`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from typing import Any

from salesplanner.io.analysis import (
    Analysis,
    analyse,
    missing_fields,
    name_column_choice,
    remap,
    remembered_mapping,
)
from salesplanner.io.builder import fill_merged_down, outlier_problems
from salesplanner.io.errors import MappingError
from salesplanner.io.imported import (
    CancelLike,
    Parsed,
    Part,
    Problem,
    ProgressFn,
    cancelled_fn,
    expected_row_key,
    gc_paused,
)
from salesplanner.io.messages import Msg
from salesplanner.io.record_builders import BUILDERS

__all__ = [
    "Analysis",
    "CancelLike",
    "Parsed",
    "Part",
    "Problem",
    "ProgressFn",
    "analyse",
    "build_records",
    "cancelled_fn",
    "expected_row_key",
    "fill_merged_down",
    "gc_paused",
    "join_parts",
    "join_problems",
    "missing_fields",
    "name_column_choice",
    "preview_rows",
    "remap",
    "remembered_mapping",
]


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
    b = BUILDERS[a.kind](a, a.first_data_index, stop, progress, cancel, activity_types, today)
    b.part = part
    if a.file_kind == "csv":
        b.csv_overflow()
    with gc_paused():
        built, blanks = b.build()
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
        problems += outlier_problems(
            joined.outlier_amounts,
            lambda i: row_base + i in skipped_rows,
            row_base,
            a.sheet_col(a.columns["amount"]) if "amount" in a.columns else None,
            "amount",
        )
        joined.outlier_amounts = None
    problems.sort(key=lambda p: (p.row, p.col if p.col is not None else -1))


def preview_rows(a: Analysis, limit: int = 200, **kw: Any) -> Parsed:
    return build_records(a, limit=limit, **kw)
