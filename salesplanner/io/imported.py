"""What building a sheet hands over: the records of each kind (named fields), the problems,
the parsed sheet (:class:`Parsed`), and the row keys that make a second import add nothing.

Shared by :mod:`salesplanner.io.analysis` (reading a sheet) and :mod:`salesplanner.io.builder`
(building its records); :mod:`salesplanner.io.importer` is the API the services call.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from itertools import compress, repeat, starmap
from typing import Any, NamedTuple

from salesplanner.io.workbook import column_letter

ProgressFn = Callable[[int, int, str], None]
CancelLike = Callable[[], bool] | threading.Event | None


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


# -- the records of each kind (what the import stores; the last two: Excel row and row key) ----
class SaleRecord(NamedTuple):
    """A sale (``repo.deals_sql`` takes these, the customer's name swapped for its id)."""

    date: str  # ISO
    customer: str
    amount_fen: int
    product: str
    quantity: float | None
    unit_price_fen: int | None
    rep: str
    region: str
    stage: str  # the sheet's stage or status word; "won" when the sheet has none
    note: str
    source_row: int  # Excel row
    row_key: str


# the fields of a sale that hold cleaned text in every row (joined as they are into its key)
SALE_TEXT_FIELDS = frozenset({"customer", "product", "rep", "region", "stage", "note"})
# the same as flags over the fields a sale's key is made of (all but source_row and row_key)
SALE_TEXT_COLUMNS = tuple(f in SALE_TEXT_FIELDS for f in SaleRecord._fields[:-2])


class ActivityRecord(NamedTuple):
    """An activity (``repo.activities_sql`` takes these, the customer's name swapped for its id)."""

    date: str  # ISO
    activity_code: str
    times: int  # the sheet's count (1 without one; ``count`` is a tuple's method)
    customer: str
    outcome: str
    amount_fen: int | None
    note: str
    source_row: int
    row_key: str


class OpportunityRecord(NamedTuple):
    """A deal in flight; ``stage`` is the sheet's text, resolved against the rep's stages when
    stored (services.pipeline.import_sheet)."""

    customer: str
    title: str
    amount_fen: int
    stage: str
    probability: int | None  # whole percent
    expected_close: str | None  # ISO, like the other dates
    next_step: str
    next_step_date: str | None
    created: str | None
    product: str
    channel: str  # the sheet's text (来源)
    lost_reason: str
    note: str
    source_row: int
    row_key: str


class CustomerRecord(NamedTuple):
    name: str
    contact: str
    phone: str
    segment: str
    region: str
    birthday: str | None  # ISO, or --MM-DD without a year
    priority: int  # 1 or 0
    next_follow_up: str | None
    notes: str
    source_row: int

    @property
    def stored(self) -> tuple[Any, ...]:
        """The values ``repo.upsert_customers`` takes: every field but the Excel row."""
        return self[:-1]


class TargetRecord(NamedTuple):
    month: str  # ISO of the month's first day
    target_fen: int
    label: str
    source_row: int


@dataclass(slots=True)
class Parsed:
    kind: str
    given_records: list[Any] | None  # SaleRecord, ActivityRecord … (one kind per sheet)
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
    # sales: the records as columns (one list per field of a SaleRecord); ``records`` zips them
    # when first asked for, the import stores them without (see services.importing)
    columns: list[list[Any]] | None = None

    @property
    def records(self) -> list[Any]:
        if self.given_records is None:
            cols = self.columns
            self.given_records = list(starmap(SaleRecord, zip(*cols, strict=True))) if cols else []
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


def row_key(prefix: str, parts: tuple[Any, ...]) -> str:
    """A stable content key: the same values give the same key in any run.

    blake2b-80 (hex) of the UTF-8 of ``prefix`` followed by the values' ``str`` joined with
    U+001F (text cells are already cleaned, so the separator is not in them; None reads
    "None", never found in a text column, which holds "" when empty)."""
    h = _key_base(prefix).copy()
    h.update("\x1f".join(map(str, parts)).encode("utf-8"))
    return h.hexdigest()


def sales_keys(
    columns: Sequence[list[Any]], texts: tuple[bool, ...], keep: list[bool] | None
) -> list[str]:
    """``row_key("s\x1f", row)`` for the rows of ``columns`` (``texts``: which hold str only)
    where ``keep`` is true: the same keys, made column by column with no Python code per row
    (the prefix "s" is a first column, so each line is joined, encoded and hashed in C)."""
    if keep is not None:
        columns = tuple(list(compress(c, keep)) for c in columns)
    cols = [c if is_text else _texts(c) for c, is_text in zip(columns, texts, strict=True)]
    n = len(cols[0]) if cols else 0
    lines = map("\x1f".join, zip(repeat("s", n), *cols, strict=True))
    digests = map(partial(hashlib.blake2b, digest_size=10), map(str.encode, lines))
    return list(map(hashlib.blake2b.hexdigest, digests))


def _texts(col: list[Any]) -> list[str]:
    """``str`` of each value; a column of few distinct values of one type (quantities, dates)
    makes each text once (one type: 1 == 1.0 == True would otherwise share one)."""
    if len(set(col[:1000])) * 4 <= min(len(col), 1000):
        distinct = set(col)
        if len(set(map(type, distinct))) == 1:
            text = {v: str(v) for v in distinct}
            return list(map(text.__getitem__, col))
    return list(map(str, col))


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
        return row_key("s\x1f", row)
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
        return row_key("a\x1f", row)
    return None
