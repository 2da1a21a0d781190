"""Import a sheet into the plan: one transaction that commits every accepted row or nothing.

    analysis = analyse_file(store, path, sheet=None, kind=None)   # header, kind, mapping
    report = import_file(store, analysis, progress=cb, cancel=event, dry_run=False)

Cancelling (the ``cancel`` event or callable) or any error rolls the transaction back, so the
plan file is as it was. Importing the same rows again adds nothing (``row_key`` dedup for
deals and activities, names for customers, month slots for targets).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesplanner.domain.plural import n_of
from salesplanner.io.errors import ImportCancelled
from salesplanner.io.fields import RECORD_LETTER
from salesplanner.io.imported import ActivityRecord, SaleRecord
from salesplanner.io.importer import (
    Analysis,
    CancelLike,
    Parsed,
    Part,
    Problem,
    ProgressFn,
    analyse,
    build_records,
    cancelled_fn,
    fill_merged_down,
    gc_paused,
    join_parts,
    join_problems,
    remap,
    remembered_mapping,
)
from salesplanner.io.workbook import SheetData, SheetTailMismatch
from salesplanner.services.changes import Changes
from salesplanner.store import imports as repo
from salesplanner.store.db import Store
from salesplanner.store.settings import existing_plan_id

if TYPE_CHECKING:  # (imported for a sheet with a stage column only)
    from salesplanner.services.pipeline import ImportedPipeline


@dataclass(slots=True)
class ImportReport:
    file: str
    sheet: str
    kind: str
    rows_in_sheet: int = 0
    imported: int = 0  # new rows stored
    already_present: int = 0  # rows the plan already had (imported before, or exported from it)
    already_in_this_plan: int = (
        0  # of those: rows exported from this plan whose record still exists
    )
    skipped: dict[str, int] = field(default_factory=dict)  # reason → rows
    blank_rows: int = 0
    customers_added: int = 0
    customers_updated: int = 0
    opportunities: dict[str, int] = field(default_factory=dict)  # outcome → deals in flight
    targets_goal_id: int | None = None
    import_id: int | None = None
    dry_run: bool = False
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def as_dict(self, max_problems: int = 1000) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "kind": self.kind,
            "rows_in_sheet": self.rows_in_sheet,
            "imported": self.imported,
            "already_present": self.already_present,
            "already_in_this_plan": self.already_in_this_plan,
            "skipped": self.skipped_total,
            "skipped_by_reason": dict(self.skipped),
            "blank_rows": self.blank_rows,
            "customers_added": self.customers_added,
            "customers_updated": self.customers_updated,
            "opportunities": dict(self.opportunities),
            "targets_goal_id": self.targets_goal_id,
            "import_id": self.import_id,
            "dry_run": self.dry_run,
            "notes": self.notes,
            "problems": [p.as_dict() for p in errors_first(self.problems)[:max_problems]],
            "problem_count": len(self.problems),
            "error_count": sum(p.severity == "error" for p in self.problems),
            "warning_count": sum(p.severity != "error" for p in self.problems),
            "problems_by_code": self.problems_by_code(),
        }

    def problems_by_code(self) -> dict[str, int]:
        """How many problems of each code, over all of them (the list shown may be cut)."""
        return dict(sorted(Counter(p.code or p.field for p in self.problems).items()))

    def summary(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        parts = [
            f"{self.file} [{self.sheet}] as {self.kind}: {verb} {n_of(self.imported, 'row(s)')}"
        ]
        if self.already_present:
            exported = (
                f" ({self.already_in_this_plan} exported from it)"
                if 0 < self.already_in_this_plan < self.already_present
                else ""
            )
            parts.append(f"{self.already_present} already in this plan{exported}")
        if self.skipped_total:
            reasons = ", ".join(f"{n} {r}" for r, n in sorted(self.skipped.items()))
            parts.append(f"skipped {self.skipped_total} ({reasons})")
        if self.customers_added:
            parts.append(n_of(self.customers_added, "new customer(s)"))
        if self.customers_updated:
            parts.append(f"{n_of(self.customers_updated, 'customer(s)')} completed")
        o = self.opportunities
        if self.kind == "opportunities":
            parts.append(
                f"{o.get('open', 0)} open, {o.get('won', 0)} won and "
                f"{n_of(o.get('lost', 0), 'lost deal(s)')}; "
                f"{n_of(o.get('sales_written', 0), 'sale(s)')} written for won deals, "
                f"{o.get('sales_linked', 0)} found in the plan"
            )
            if self.already_present:
                parts.append(
                    f"of the deals already in the plan {o.get('moved', 0)} moved, "
                    f"{o.get('updated', 0)} updated, {o.get('unchanged', 0)} unchanged"
                )
        elif o.get("open") or o.get("lost"):
            parts.append(
                f"{o.get('open', 0)} open and {n_of(o.get('lost', 0), 'lost deal(s)')} as "
                "opportunities, not sales"
            )
        return "; ".join(parts) + "."


def errors_first(problems: list[Problem]) -> list[Problem]:
    """The errors (rows left out) in sheet order, then the warnings: a cut list keeps them."""
    return sorted(problems, key=lambda p: p.severity != "error")


class _Rollback(Exception):
    pass


def file_fingerprint(path: Path) -> tuple[str, int, float]:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(chunk)
    st = path.stat()
    return h.hexdigest(), st.st_size, st.st_mtime


def analyse_file(
    store: Store,
    path: str | Path,
    *,
    sheet: str | None = None,
    kind: str | None = None,
    columns: dict[str, int] | None = None,
    header_row: int | None = None,
) -> Analysis:
    """Analyse a sheet, using the mapping remembered for workbooks of the same shape."""
    return analyse(
        path,
        sheet=sheet,
        kind=kind,
        columns=columns,
        header_row=header_row,
        remembered=lambda sig: repo.find_mapping(store, sig),
    )


# (rows stored so far, rows to store), between chunks
Tick = Callable[[int, int], None]


def import_file(
    store: Store,
    analysis: Analysis,
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelLike = None,
    today: dt.date | None = None,
) -> ImportReport:
    # parsing and storing make millions of small objects and no cycles: no collector passes
    with gc_paused():
        return _import_file(store, analysis, dry_run, progress, cancel, today)


def _import_file(
    store: Store,
    analysis: Analysis,
    dry_run: bool,
    progress: ProgressFn | None,
    cancel: CancelLike,
    today: dt.date | None,
) -> ImportReport:
    is_cancelled = cancelled_fn(cancel)
    a = analysis
    report = ImportReport(a.path.name, a.sheet, a.kind, dry_run=dry_run, notes=list(a.notes))
    total_steps = 20

    def parse_progress(step: int, _total: int, label: str) -> None:
        if progress:
            progress(min(step, total_steps // 2), total_steps, label)

    def build(analysis: Analysis, part: Part | None = None) -> Parsed:
        return build_records(
            analysis,
            progress=parse_progress,
            cancel=cancel,
            activity_types=types,
            today=today,
            part=part,
        )

    types = repo.activity_types(store)
    # A sheet still being read (analyse(stream=True)): its first part is parsed and stored while
    # the rest is read on the other core, then each later part as it comes; see _Stream.
    stream: _Stream | None = None
    if a.data.tail is not None and a.kind in _TABLES:
        stream = _Stream(a, Part(), build)
        if stream.head.yearless:  # 3月1日 takes the year most common in the whole column
            stream = None
    if stream is None:
        a.data.complete()
        parsed: Parsed = build(a)
    if is_cancelled():
        raise ImportCancelled()
    sha, size, mtime = file_fingerprint(a.path)

    def store_progress(done: int, total: int) -> None:
        if is_cancelled():
            raise ImportCancelled()
        if progress:
            frac = min(done / total, 1.0) if total else 1.0
            progress(total_steps // 2 + int(frac * (total_steps // 2 - 1)), total_steps, "saving")

    try:
        with repo.bulk_session(store), store.transaction():
            import_id = repo.insert_import(
                store,
                file_path=str(a.path.resolve()),
                file_name=a.path.name,
                sha256=sha,
                size=size,
                mtime=mtime,
                sheet=a.sheet,
                kind=a.kind,
                header_row=a.header_excel_row,
                mapping=a.mapping_json(),
                data_end_row=0 if stream else a.last_excel_row,
            )
            report.import_id = import_id
            if stream is not None:
                parsed, changes, index_build = _store_parts(
                    store, a, stream, import_id, report, store_progress
                )
            else:
                changes, index_build = _store_records(
                    store, a, parsed, import_id, report, store_progress, today
                )
            try:  # while the indexes are built (no GIL held): the problems, in Python
                if stream is not None:
                    join_problems(a, parsed)
                parsed.problems = errors_first(parsed.problems)
                problem_dicts = [p.as_dict() for p in parsed.problems[:1000]]
            finally:
                if index_build is not None:
                    index_build.wait()
            report.rows_in_sheet = stream.data_rows if stream else a.data_row_count
            report.problems = parsed.problems
            report.blank_rows = parsed.blank_rows
            report.skipped = dict(Counter(parsed.skipped))
            repo.finish_import(
                store,
                import_id,
                report.imported,
                report.skipped_total,
                problem_dicts,
                data_end_row=stream.last_excel_row if stream else None,
            )
            repo.save_mapping(store, a.signature, a.kind, a.mapping_json())
            report.changes = changes
            if is_cancelled():
                raise ImportCancelled()
            nothing_new = not (
                report.imported or report.customers_added or report.customers_updated
            )
            if dry_run:
                raise _Rollback
            if nothing_new and repo.previous_import(
                store, sha, a.sheet, a.kind, before_id=import_id
            ):
                # the same file again: leave no trace, not even a second log entry
                report.import_id = None
                report.changes = Changes()
                raise _Rollback
    except _Rollback:
        if dry_run:
            report.import_id = None
            report.changes = Changes()
    if progress:
        progress(total_steps, total_steps, "done")
    return report


_TABLES = {"sales": "deals", "activities": "activities"}


class _RowWriter:
    """Deals or activities with their customers, stored all at once or part by part.

    Each part's row keys are distinct, and distinct from earlier parts' (build_records numbers
    repeated rows: ``key#2`` …), so only keys the table has already can repeat: the unique index
    ignores those, or, while ``build`` has it dropped, they are left out here."""

    def __init__(self, store: Store, kind: str, import_id: int, build: repo.IndexBuild | None):
        self.store, self.kind, self.import_id = store, kind, import_id
        table = _TABLES[kind]
        fresh = repo.is_empty(store, table)
        self.known: set[str] = set()
        if build is not None and build.keys_dropped and not fresh:
            self.known = repo.row_keys(store, table)
            fresh = True  # no key left that the table has
        sql = repo.deals_sql if kind == "sales" else repo.activities_sql
        self.sql = sql(import_id, repo.now_text(store), fresh=fresh)
        self.own_prefix = _own_prefix(store, kind)
        self.inserted = self.customers_added = self.own_present = 0
        self.pipeline: ImportedPipeline | None = None  # made at the first row with a stage
        self.wins: _LedgerWins | None = None  # the won deals' sales a ledger is not to repeat

    def write(self, parsed: Parsed, tick: Callable[[int], None]) -> None:
        """Store the records of ``parsed``; ``tick(rows done)`` between chunks."""
        store = self.store
        if parsed.columns is not None:
            cols = parsed.columns
        else:
            cols = [list(c) for c in zip(*parsed.records, strict=True)]
        if not cols or not cols[0]:
            return
        fields = (SaleRecord if self.kind == "sales" else ActivityRecord)._fields
        drop = self._left_out(cols[fields.index("row_key")])
        if drop:
            keep = [i not in drop for i in range(len(cols[0]))]
            cols = [list(compress(c, keep)) for c in cols]
        at = fields.index("customer")  # the name, stored as the customer's id
        ids, added = repo.customer_ids(store, cols[at], self.import_id)
        self.customers_added += added
        if self.pipeline is None and self.kind == "sales" and _any_stage(cols):
            # open and lost rows of a 阶段/状态 column are not sales; the pipeline's modules
            # (≈ 50 ms to import) are loaded only for a sheet that has such a column
            from salesplanner.services.pipeline import ImportedPipeline

            self.pipeline = ImportedPipeline(store, self.import_id)
        if self.pipeline is not None:
            cols = self.pipeline.take(cols, ids)
        if self.wins is None and self.kind == "sales":
            self.wins = _LedgerWins(repo.won_deal_sales(store))
        if self.wins:
            cols = self.wins.take(cols, ids)
        rows = zip(*cols[:at], map(ids.get, cols[at]), *cols[at + 1 :], strict=True)
        self.inserted += repo.insert_chunks(store, self.sql, rows, len(cols[0]), tick)
        if self.pipeline is not None:
            self.pipeline.link_wins()

    def tell(self, report: ImportReport, records: int) -> None:
        """The counts of ``records`` records written into the report."""
        report.imported, report.customers_added = self.inserted, self.customers_added
        report.already_in_this_plan = self.own_present
        taken = 0
        if self.pipeline is not None:
            p = self.pipeline
            taken = p.open + p.lost
            if taken or p.won:
                report.opportunities = {"open": p.open, "lost": p.lost, "won": p.won}
        report.already_present = records - self.inserted - taken
        if self.wins is not None and self.wins.linked:
            from salesplanner.io.messages import Msg

            name, day = self.wins.linked[0]
            n = len(self.wins.linked)
            report.opportunities["sales_linked"] = n
            report.notes.append(Msg("note.ledger_sales_linked", n=n, name=name, date=day))

    def _left_out(self, keys: list[str]) -> set[int]:
        """Rows not to store: keys the table has (while its key index is dropped), and rows
        exported from this plan (their key is the ID ``SP-<this plan>-D<id>``) whose record still
        exists, counted as already in this plan; a deleted one comes back (its key stays the ID,
        so importing the file again adds it only once)."""
        drop: set[int] = set()
        if self.known:
            known = self.known
            drop.update(compress(range(len(keys)), map(known.__contains__, keys)))
        prefix = self.own_prefix
        if prefix:
            cut = len(prefix)
            wanted: dict[int, int] = {}  # record id → row
            for j, key in enumerate(keys):
                if (
                    key.startswith(prefix) and key[cut:].isdigit()
                ):  # not "…#2": a copied row is a new record
                    wanted[int(key[cut:])] = j
            if wanted:
                there = repo.existing_ids(self.store, _TABLES[self.kind], wanted)
                self.own_present += len(there)
                drop.update(wanted[i] for i in there)
        return drop


class _LedgerWins:
    """The sales of won deals a deals list wrote: a ledger row that is one of them (the same
    customer, amount within rounding, date within days: ``domain.sale_match``) is that sale,
    not a second one — it is left out, and named (``linked``: (deal, ledger date))."""

    def __init__(self, sales: list[tuple[int, int | None, int, str, str]]):
        self.by_customer: dict[int | None, list[tuple[int, int, dt.date, str]]] = {}
        for sale_id, customer_id, fen, day, name in sales:
            self.by_customer.setdefault(customer_id, []).append(
                (sale_id, fen, dt.date.fromisoformat(day), name)
            )
        self.taken: set[int] = set()
        self.linked: list[tuple[str, str]] = []

    def __bool__(self) -> bool:
        return bool(self.by_customer)

    def take(self, cols: list[list[Any]], ids: dict[str, int]) -> list[list[Any]]:
        from salesplanner.domain.sale_match import same_sale

        keep = []
        for day_text, name, fen in zip(cols[0], cols[1], cols[2], strict=True):
            sales = self.by_customer.get(ids.get(name)) if fen is not None else None
            match = None
            if sales:
                day = dt.date.fromisoformat(day_text)
                match = next(
                    (
                        s
                        for s in sales
                        if s[0] not in self.taken and same_sale(s[1], s[2], fen, day)
                    ),
                    None,
                )
            if match is not None:
                self.taken.add(match[0])
                self.linked.append((match[3], day_text))
            keep.append(match is None)
        if all(keep):
            return cols
        return [list(compress(c, keep)) for c in cols]


def _own_prefix(store: Store, kind: str) -> str:
    """The start of the record IDs this plan's exports write for ``kind`` ("" if it never
    exported)."""
    plan = existing_plan_id(store)
    return "" if plan is None else f"SP-{plan}-{RECORD_LETTER[kind]}"


class _Stream:
    """A sales or activities sheet parsed part by part: the first while python-calamine (which
    does not hold the GIL) still reads the rest on the other core, each later one when it is in.

    The result is the one a single pass gives: duplicates are found across the parts, amount
    outliers on the whole column (:func:`join_parts`), and where the parts do not line up the
    transaction is rolled back with :class:`SheetTailMismatch` (the caller reads the sheet
    again whole). Customers are added part by part, so their ids follow the parts. A later
    part's rows are let go once stored (kept only where cells merged down may reach into the
    next part): the sheet's row count and last filled row are counted here (``data_rows``,
    ``last_excel_row``), and afterwards ``a.data`` holds the first part only.
    """

    def __init__(self, a: Analysis, part: Part, build: Callable[..., Parsed]):
        self.a, self.part, self.build = a, part, build
        self.head = build(a, part)
        tail = a.data.tail
        self.estimated_rows = max(
            tail.estimated_rows if tail is not None else 0, self.head.rows_seen
        )
        rows = a.data.rows
        self.data_rows = max(len(rows) - a.first_data_index, 0)
        filled = _last_filled(rows, a.first_data_index)
        self.last_excel_row = a.header_excel_row if filled is None else a.excel_row(filled)

    def parts(self) -> Iterator[Parsed]:
        """The first part, then each later one as it is read and parsed."""
        a = self.a
        data = a.data
        assert data.tail is not None
        yield self.head
        for row0, rows, last in data.tail.parts():
            if data.merged:  # cells merged down from the parts before
                fill_merged_down(data.merged, rows, row0, data.col0, data.rows, data.row0)
            rest = dataclasses.replace(
                a,
                data=SheetData(
                    data.name,
                    rows,
                    row0=row0,
                    col0=data.col0,
                    merged=data.merged,
                    errors=data.errors,
                ),
                header_index=-1,
            )
            self.part.last = last  # no later part to find duplicates for
            parsed = self.build(rest, self.part)
            if parsed.yearless:  # 3月1日 takes the year most common in the whole column
                raise SheetTailMismatch("dates without a year in a later part")
            if parsed.ambiguous_dates:  # 03/04/2026 first here: the whole column decides
                raise SheetTailMismatch("dates that read both ways in a later part")
            if data.merged:  # a later part's merged cells may start in this one
                data.rows.extend(rows)
            self.data_rows += len(rows)
            filled = _last_filled(rows, 0)
            if filled is not None:
                self.last_excel_row = row0 + filled + 1
            del rows, rest
            yield parsed
        data.tail = None


def _last_filled(rows: list[list[Any]], start: int) -> int | None:
    """The index of the last row from ``start`` on with a cell filled, None if none is."""
    for i in range(len(rows) - 1, start - 1, -1):
        if any(v not in ("", None) for v in rows[i]):
            return i
    return None


def _store_parts(
    store: Store, a: Analysis, stream: _Stream, import_id: int, report: ImportReport, tick: Tick
) -> tuple[Parsed, Changes, repo.IndexBuild | None]:
    """Store each part of a streamed sheet as it comes; returns the parts joined (without their
    records: the problems complete after :func:`join_problems`), and the index build to wait for."""
    total = stream.estimated_rows
    parts: list[Parsed] = []
    done = 0
    with repo.bulk_indexes(store, _TABLES[a.kind], total, later=True) as build:
        writer = _RowWriter(store, a.kind, import_id, build)
        for parsed in stream.parts():

            def part_tick(n: int, before: int = done) -> None:
                tick(before + n, total)

            writer.write(parsed, part_tick)
            done += parsed.count
            parsed.columns = parsed.given_records = None  # stored: let the rows go
            parsed.cell_values = {}
            parts.append(parsed)
    writer.tell(report, done)
    return join_parts(a, parts), _table_changes(a.kind, report), build


def _store_records(
    store: Store,
    a: Analysis,
    parsed: Parsed,
    import_id: int,
    report: ImportReport,
    tick: Tick,
    today: dt.date | None = None,
) -> tuple[Changes, repo.IndexBuild | None]:
    n = parsed.count
    if a.kind in _TABLES:
        with repo.bulk_indexes(store, _TABLES[a.kind], n) as build:
            writer = _RowWriter(store, a.kind, import_id, build)
            writer.write(parsed, lambda done: tick(done, n))
        writer.tell(report, n)
        return _table_changes(a.kind, report), build
    if a.kind == "opportunities":
        return _store_deals_sheet(store, a, parsed, import_id, report, tick, today), None
    return _store_other(store, a, parsed.records, import_id, report, tick), None


def _any_stage(cols: list[list[Any]]) -> bool:
    """Whether sales columns (as ``repo.deals_sql`` takes them) carry a stage word: anything but
    empty or the importer's "won" (no stage column)."""
    return any(text and text != "won" for text in cols[repo.DEALS_STAGE_COLUMN])


def _store_deals_sheet(
    store: Store,
    a: Analysis,
    parsed: Parsed,
    import_id: int,
    report: ImportReport,
    tick: Tick,
    today: dt.date | None,
) -> Changes:
    """A sheet of deals in flight (商机): opportunities, and the sales of the won ones."""
    from salesplanner.io.messages import Msg
    from salesplanner.services.pipeline import import_sheet

    records = parsed.records
    done = import_sheet(store, records, import_id, today)
    for index, text in done.unknown_stages:
        parsed.problems.append(
            Problem(
                records[index].source_row,
                a.sheet_col(a.columns["stage"]),
                "stage",
                Msg("stage.unknown", text=text),
                "warning",
            )
        )
    if done.linked:
        name, fen, day = done.linked[0]
        report.notes.append(
            Msg("note.won_deals_linked", n=len(done.linked), name=name, date=day.isoformat())
        )
    report.imported = done.open + done.won + done.lost
    report.already_present = done.present
    report.already_in_this_plan = done.own
    report.customers_added = done.customers_added
    report.opportunities = {
        "open": done.open,
        "won": done.won,
        "lost": done.lost,
        "sales_written": done.sales_written,
        "sales_linked": done.sales_linked,
        "moved": done.moved,
        "updated": done.updated,
        "unchanged": done.unchanged,
    }
    tick(len(records), len(records))
    return Changes(
        opportunities=True,
        deals=bool(done.sales_written or done.sales_linked),
        customers=bool(done.customers_added),
    )


def _table_changes(kind: str, report: ImportReport) -> Changes:
    if kind == "sales":
        return Changes(
            deals=True,
            customers=bool(report.customers_added),
            opportunities=bool(report.opportunities),
        )
    return Changes(activities=True, customers=bool(report.customers_added))


def _store_other(
    store: Store,
    a: Analysis,
    records: list[Any],  # CustomerRecord or TargetRecord
    import_id: int,
    report: ImportReport,
    tick: Tick,
) -> Changes:
    n = len(records)
    if a.kind == "customers":
        added, updated = repo.upsert_customers(store, [r.stored for r in records], import_id)
        report.customers_added, report.customers_updated = added, updated
        report.imported = added
        report.already_present = n - added - updated
        tick(n, n)
        return Changes(customers=True)
    # targets: month → summed amount (several rows, e.g. one per product or region, add up)
    months: dict[dt.date, int] = {}
    labels = set()
    for r in records:
        d = dt.date.fromisoformat(r.month)
        months[d] = months.get(d, 0) + r.target_fen
        if r.label:
            labels.add(r.label)
    if not months:
        return Changes()
    first = min(months)
    last = max(months)
    end = dt.date(last.year + (last.month == 12), last.month % 12 + 1, 1) - dt.timedelta(days=1)
    goal = repo.goal_covering(store, first, end)
    if goal is None:
        # titled after the file (e.g. 2026年月度目标): the same in every language; the user may
        # rename it
        goal_id = repo.create_target_goal(store, a.path.stem, first, end, sum(months.values()))
        report.notes.append(
            f"No goal covered {first:%Y-%m}–{last:%Y-%m}: a draft goal was created for the targets."
        )
    else:
        goal_id = goal["id"]
    if len(labels) > 1:
        report.notes.append(
            f"{len(labels)} rows per month were added up (e.g. {', '.join(sorted(labels)[:3])})."
        )
    report.targets_goal_id = goal_id
    report.imported = repo.upsert_month_targets(store, goal_id, months)
    report.already_present = len(months) - report.imported
    tick(n, n)
    return Changes(goals=goal is None, targets=True)


# -- what the import wizard asks of the plan -------------------------------------------------
def with_remembered(store: Store, a: Analysis) -> Analysis:
    """``a`` (analysed on a worker thread, without the store) with the mapping remembered for
    its headers, by the rule ``analyse(remembered=…)`` follows (``io.remembered_mapping``)."""
    kind, columns = remembered_mapping(repo.find_mapping(store, a.signature), len(a.headers))
    if kind is None:
        return a
    b = remap(a, kind=kind, columns=columns)
    b.remembered = True
    return b


def activity_types(store: Store) -> list[dict[str, Any]]:
    """The plan's activity types (codes and names) an import's preview maps rows to."""
    return repo.activity_types(store)
