"""The records of each kind of sheet, one :class:`~salesplanner.io.builder.Builder` subclass
per kind: which columns it parses, which rows it skips, what a record holds (the named records
of :mod:`salesplanner.io.imported`) and its row key.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from itertools import compress
from typing import Any

from salesplanner.io.builder import Builder, keep_mask, with_ids
from salesplanner.io.fields import RECORD_ID, activity_key, activity_lookup, header_month
from salesplanner.io.imported import (
    SALE_TEXT_COLUMNS,
    ActivityRecord,
    CustomerRecord,
    OpportunityRecord,
    Problem,
    TargetRecord,
    row_key,
    sales_keys,
)
from salesplanner.io.messages import Msg
from salesplanner.io.parse import MAX_AMOUNT_FEN, clean_text, parse_amount, parse_date

BIRTH_YEAR_GAP = 16  # a birthday less than this many years ago is taken as month and day only

_TRUE_WORDS = {"1", "y", "yes", "true", "是", "√", "✓", "★", "重点", "高", "high", "key", "x"}


class SalesBuilder(Builder):
    """Sales: the records as columns, one list per field of a :class:`SaleRecord`."""

    def build(self) -> tuple[list[Any], set[int]]:
        blanks = self.blank_rows()
        dates = self.required("date")
        totals = self.total_rows(blanks, dates)
        skip = blanks | totals | self.page_header_rows(blanks, dates)
        amounts = self.parse("amount")
        qty = self.parse("quantity")
        price = self.parse("unit_price")
        customers = self.parse("customer")
        product = self.parse("product")
        rep = self.parse("rep")
        region = self.parse("region")
        stage = self.parse("stage")
        note = self.parse("note")
        ids = self.record_ids()
        n = self.n
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
                        self._error(
                            i,
                            self.a.columns["quantity"],
                            "amount",
                            Msg(
                                "cell.not_an_amount", text=f"{qty[i]:g} × {Decimal(price[i]) / 100}"
                            ),
                        )
        footers = self.footer_rows(totals, dates, amounts)
        skip |= footers
        for i in skip:
            self.bad.discard(i)
        if skip:
            self.problems = [p for p in self.problems if (p.row - self.row_base) not in skip]
        date_pos = self.a.columns.get("date")
        for i in [i for i, d in enumerate(dates) if d is None]:
            if i not in self.bad and i not in skip:
                self._error(i, date_pos, "date", Msg("empty.date"))
        cols = self.a.columns
        missing_amount_pos = cols.get("amount", cols.get("quantity"))
        for i in no_amount:
            if amounts[i] is None and i not in self.bad and i not in skip:
                if "amount" in cols:
                    self._error(i, missing_amount_pos, "amount", Msg("empty.amount"))
                elif qty is not None and price is not None:
                    # amount = quantity × unit price: the empty cell itself is marked and named
                    if qty[i] is None:
                        self._error(i, cols["quantity"], "quantity", Msg("empty.quantity"))
                    if price[i] is None:
                        self._error(i, cols["unit_price"], "unit_price", Msg("empty.unit_price"))
                else:
                    self._error(i, missing_amount_pos, "amount", Msg("empty.quantity_or_price"))
        self.flag_outliers(
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
        drop = self.bad | skip
        idx: list[int] | range = range(n)
        keep = None
        kept: list[list[Any]] = list(columns)
        if drop:
            keep = keep_mask(n, drop)
            idx = list(compress(idx, keep))
            kept = [list(compress(c, keep)) for c in columns]
        keys: list[Any] = sales_keys(kept, SALE_TEXT_COLUMNS, None)  # the rows kept
        if ids is not None:
            keys = with_ids(keys, [ids[i] for i in idx])
        base = self.row_base
        keys = self.number_repeats(keys, lambda j: base + idx[j], warn=True)
        # (values…, Excel row, key) as columns: Parsed.records zips them if asked
        self.tick("rows")
        return [*kept, list(map(base.__add__, idx)), keys], skip


class ActivitiesBuilder(Builder):
    """Activities: :class:`ActivityRecord` s."""

    def build(self) -> tuple[list[Any], set[int]]:
        blanks = self.blank_rows()
        dates = self.required("date")
        totals = self.total_rows(blanks, dates)
        skip = blanks | totals | self.page_header_rows(blanks, dates)
        raw_types = self.required("activity", "text")
        counts = self.parse("count")
        customers = self.parse("customer")
        outcome = self.parse("outcome")
        amounts = self.parse("amount")
        note = self.parse("note")
        ids = self.record_ids()
        skip |= self.footer_rows(totals, dates, amounts)
        for i in skip:
            self.bad.discard(i)
        self.problems = [p for p in self.problems if (p.row - self.excel_row(0)) not in skip]
        lookup = activity_lookup(self.activity_types)
        pos = self.a.columns.get("activity")
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
            if code is None and i not in self.bad:
                self._error(
                    i,
                    pos,
                    "activity",
                    Msg("activity.unknown", text=t) if t else Msg("empty.activity"),
                )
            codes.append(code)
        self.require("date", [d if i not in skip else 1 for i, d in enumerate(dates)])
        n = self.n
        empty = [""] * n
        counts = counts or [1] * n
        customers = customers or empty
        outcome = outcome or empty
        amounts = amounts or [None] * n
        note = note or empty
        keys: list[str | None] = []
        out_rows: list[tuple[int, Any]] = []  # (index, the values its key is made of)
        for i in range(n):
            if i in self.bad or i in skip:
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
            keys.append(row_key("a\x1f", row))
        keys = self.number_repeats(with_ids(keys, ids), self.excel_row, warn=False)
        records = [
            ActivityRecord._make((*row, self.excel_row(i), key))
            for i, row in out_rows
            if (key := keys[i]) is not None
        ]
        self.tick("rows")
        return records, skip


class OpportunitiesBuilder(Builder):
    """Deals in flight (商机): :class:`OpportunityRecord` s."""

    def build(self) -> tuple[list[Any], set[int]]:
        """The key is the deal's identity (customer, title, created; without a title also amount and
        close date), not its state: the same list exported again a week later, with deals moved
        on, adds only the new deals."""
        blanks = self.blank_rows()
        customers = self.required("customer")
        totals = self.total_rows(blanks, None)
        skip = blanks | totals
        if totals:  # a summary under the deals (按阶段合计 …, as our export writes): not deals
            first_total = min(totals)
            gap = max((i for i in blanks if i < first_total), default=-1)
            if 0 < gap and any(i not in blanks for i in range(gap)):
                skip |= set(range(gap, self.n))
        amounts = self.required("amount")
        texts = {
            k: self.parse(k)
            for k in ("title", "stage", "probability", "next_step", "product", "channel")
            + ("lost_reason", "note")
        }
        dates = {k: self.parse(k) for k in ("expected_close", "next_step_date", "created")}
        self.forget(skip)
        name_pos = self.a.columns["customer"]
        for i, v in enumerate(customers):
            if not v and i not in skip and i not in self.bad:
                self._error(i, name_pos, "customer", Msg("empty.name"))
        self.require("amount", [v if i not in skip else 0 for i, v in enumerate(amounts)])
        n = self.n
        empty = [""] * n
        col = {k: (v or empty) for k, v in texts.items()}
        day = {k: (v or [None] * n) for k, v in dates.items()}
        prob_pos = self.a.columns.get("probability")
        keys: list[str | None] = []
        rows = []
        for i in range(n):
            if i in self.bad or i in skip:
                keys.append(None)
                continue
            if amounts[i] < 0:
                amount_cell = clean_text(self.column(self.a.columns["amount"])[i])[:40]
                self._error(
                    i,
                    self.a.columns["amount"],
                    "amount",
                    Msg("cell.not_an_amount", text=amount_cell),
                )
                keys.append(None)
                continue
            prob = None
            if col["probability"][i]:
                prob = _percent(col["probability"][i])
                if prob is None:
                    self._error(
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
            keys.append(row_key("o\x1f", identity))
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
        keys = self.number_repeats(with_ids(keys, self.deal_ids()), self.excel_row, warn=False)
        records = [
            OpportunityRecord._make((*row, self.excel_row(i), key))
            for i, row in rows
            if (key := keys[i]) is not None
        ]
        self.tick("rows")
        return records, skip

    def deal_ids(self) -> list[str] | None:
        """The keys a deals sheet's ID column gives: our export's SP- IDs as they are, a CRM's
        own ID (商机编号 OPP-0042) hashed, so that a deal is known by its ID when everything
        else in its row (stage, amount, close date, even the title) has changed since the last
        import."""
        values = self.parse("record_id")
        if values is None:
            return None
        ours = [m is not None and m[2] == "O" for m in map(RECORD_ID.match, values)]
        return [
            v if mine else (row_key("oid\x1f", (v.strip(),)) if v.strip() else "")
            for v, mine in zip(values, ours, strict=True)
        ]


class CustomersBuilder(Builder):
    """A customer list: :class:`CustomerRecord` s, one per name."""

    def build(self) -> tuple[list[Any], set[int]]:
        blanks = self.blank_rows()
        names = self.required("name")
        skip = blanks | self.total_rows(blanks, None)  # a 合计 row is no customer
        fields = {
            k: self.parse(k) for k in ("contact", "phone", "segment", "region", "priority", "notes")
        }
        birthday_pos = self.a.columns.get("birthday")
        birthdays: list[str | None] = [None] * self.n
        if birthday_pos is not None:
            col = self.column(birthday_pos)
            yearless, _ = parse_date(
                col, check_range=False, infer_year=False, order=self.a.date_orders.get("birthday")
            )
            for i, d in enumerate(yearless):
                if d is None:
                    continue
                if d.year == 4 or self.today.year - BIRTH_YEAR_GAP < d.year <= self.today.year:
                    # no year; or a year no customer contact was born in: the year Excel gives a
                    # date typed as 3月15日 (the cell only shows month and day)
                    birthdays[i] = f"--{d.month:02d}-{d.day:02d}"
                elif 1900 <= d.year <= self.today.year:
                    birthdays[i] = d.isoformat()
                else:
                    self._error(
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
                    and not any(
                        p.row == self.excel_row(i) and p.field == "birthday" for p in self.problems
                    )
                ):
                    self._error(
                        i, birthday_pos, "birthday", Msg("birthday.not_a_date", text=v), "warning"
                    )
            self.tick("birthday")
        follow = self.parse("next_follow_up")
        self.forget(skip)
        self.require("name", [v if i not in skip else "x" for i, v in enumerate(names)])
        n = self.n
        empty = [""] * n
        cols = {k: (v or empty) for k, v in fields.items()}
        follow = follow or [None] * n
        seen: dict[str, int] = {}
        records = []
        for i in range(n):
            if i in self.bad or i in skip:
                continue
            name = names[i]
            if name in seen:
                self.problems.append(
                    Problem(
                        self.excel_row(i),
                        None,
                        "name",
                        Msg("customer.duplicate", name=name, row=self.excel_row(seen[name])),
                        "warning",
                    )
                )
                self.skipped["duplicate rows in the file"] += 1
                continue
            seen[name] = i
            records.append(
                CustomerRecord(
                    name,
                    cols["contact"][i],
                    cols["phone"][i],
                    cols["segment"][i],
                    cols["region"][i],
                    birthdays[i],
                    1 if _truthy(cols["priority"][i]) else 0,
                    follow[i].isoformat() if follow[i] else None,
                    cols["notes"][i],
                    self.excel_row(i),
                )
            )
        self.tick("rows")
        return records, skip


class TargetsBuilder(Builder):
    """Monthly targets, long (a month column) or wide (a column per month):
    :class:`TargetRecord` s."""

    def build(self) -> tuple[list[Any], set[int]]:
        a = self.a
        blanks = self.blank_rows()
        labels = self.parse("label")
        records = []
        if a.month_positions:
            raw_header = a.header_cells
            years = [y for p in a.month_positions if (y := _month_header(raw_header[p])[0])]
            year_hint = years[0] if years else self.today.year
            totals = self.total_rows(blanks, None)
            for pos in a.month_positions:
                y, m = _month_header(raw_header[pos], year_hint)
                month = dt.date(y or year_hint, m, 1).isoformat()
                column = self.column(pos)
                values, probs = parse_amount(column, a.headers[pos].scale)
                for i, msg in probs:
                    self._error(i, pos, "target", msg)
                self.negative_targets(values, column, pos)
                for i, v in enumerate(values):
                    if v is None or i in blanks or i in totals or i in self.bad:
                        continue
                    records.append(
                        TargetRecord(month, v, labels[i] if labels else "", self.excel_row(i))
                    )
                self.tick(month)
            return records, blanks | totals
        months = self.required("month")
        targets = self.required("target")
        self.negative_targets(targets, self.column(a.columns["target"]), a.columns["target"])
        # 小计 / 合计 rows (a month's subtotal over its cities, the grand total) add up targets
        # already counted: skipped quietly, as in every other kind of sheet
        skip = blanks | self.total_rows(blanks, None)
        self.forget(skip)
        self.require("month", [m if i not in skip else 1 for i, m in enumerate(months)])
        self.require("target", [t if i not in skip else 1 for i, t in enumerate(targets)])
        for i in range(self.n):
            if i in self.bad or i in skip:
                continue
            records.append(
                TargetRecord(
                    months[i].isoformat(),
                    targets[i],
                    labels[i] if labels else "",
                    self.excel_row(i),
                )
            )
        return records, skip

    def negative_targets(self, values: list[int | None], column: list[Any], pos: int) -> None:
        """A target below zero is no target (a difference, a shortfall): a problem on its cell."""
        for i, v in enumerate(values):
            if v is not None and v < 0 and i not in self.bad:
                values[i] = None
                self._error(
                    i, pos, "target", Msg("cell.not_an_amount", text=clean_text(column[i])[:40])
                )


def _iso_dates(dates: list[dt.date | None]) -> list[str | None]:
    """ISO texts of a date column (a sales sheet has a few hundred distinct days)."""
    distinct = set(dates)
    if len(distinct) * 4 <= len(dates):
        iso = {d: (None if d is None else d.isoformat()) for d in distinct}
        return list(map(iso.__getitem__, dates))
    return [d.isoformat() if d is not None else None for d in dates]


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


def _truthy(text: str) -> bool:
    return text.strip().lower() in _TRUE_WORDS


def _month_header(value: Any, default_year: int | None = None) -> tuple[int | None, int]:
    """(year or None, month) of a month column's header (month_positions holds only those)."""
    ym = header_month(value, default_year)
    if ym is None:
        raise ValueError(f"{value!r} names no month")
    return ym


BUILDERS: dict[str, type[Builder]] = {
    "sales": SalesBuilder,
    "customers": CustomersBuilder,
    "activities": ActivitiesBuilder,
    "targets": TargetsBuilder,
    "opportunities": OpportunitiesBuilder,
}
