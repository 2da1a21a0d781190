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
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from salesplanner.io.errors import ImportCancelled
from salesplanner.io.fields import RECORD_LETTER
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
    gc_paused,
    join_parts,
    join_problems,
)
from salesplanner.io.workbook import SheetData, SheetTailMismatch
from salesplanner.services.changes import Changes
from salesplanner.store import imports as repo
from salesplanner.store.db import Store
from salesplanner.store.settings import existing_plan_id


@dataclass(slots=True)
class ImportReport:
    file: str
    sheet: str
    kind: str
    rows_in_sheet: int = 0
    imported: int = 0  # new rows stored
    already_present: int = 0  # rows the plan already had (imported before, or exported from it)
    already_in_this_plan: int = 0  # of those: rows exported from this plan whose record still exists
    skipped: dict[str, int] = field(default_factory=dict)  # reason → rows
    blank_rows: int = 0
    customers_added: int = 0
    customers_updated: int = 0
    targets_goal_id: int | None = None
    import_id: int | None = None
    dry_run: bool = False
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def as_dict(self, max_problems: int = 1000) -> dict:
        return {
            "file": self.file, "sheet": self.sheet, "kind": self.kind,
            "rows_in_sheet": self.rows_in_sheet, "imported": self.imported,
            "already_present": self.already_present, "already_in_this_plan": self.already_in_this_plan,
            "skipped": self.skipped_total,
            "skipped_by_reason": dict(self.skipped), "blank_rows": self.blank_rows,
            "customers_added": self.customers_added, "customers_updated": self.customers_updated,
            "targets_goal_id": self.targets_goal_id, "import_id": self.import_id,
            "dry_run": self.dry_run, "notes": self.notes,
            "problems": [p.as_dict() for p in self.problems[:max_problems]],
            "problem_count": len(self.problems),
        }

    def summary(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        parts = [f"{self.file} [{self.sheet}] as {self.kind}: {verb} {self.imported} row(s)"]
        if self.already_present:
            exported = (f" ({self.already_in_this_plan} exported from it)"
                        if 0 < self.already_in_this_plan < self.already_present else "")
            parts.append(f"{self.already_present} already in this plan{exported}")
        if self.skipped_total:
            reasons = ", ".join(f"{n} {r}" for r, n in sorted(self.skipped.items()))
            parts.append(f"skipped {self.skipped_total} ({reasons})")
        if self.customers_added:
            parts.append(f"{self.customers_added} new customer(s)")
        if self.customers_updated:
            parts.append(f"{self.customers_updated} customer(s) completed")
        return "; ".join(parts) + "."


class _Rollback(Exception):
    pass


def file_fingerprint(path: Path) -> tuple[str, int, float]:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(chunk)
    st = path.stat()
    return h.hexdigest(), st.st_size, st.st_mtime


def analyse_file(store: Store, path: str | Path, *, sheet: str | None = None, kind: str | None = None,
                 columns: dict[str, int] | None = None, header_row: int | None = None) -> Analysis:
    """Analyse a sheet, using the mapping remembered for workbooks of the same shape."""
    return analyse(path, sheet=sheet, kind=kind, columns=columns, header_row=header_row,
                   remembered=lambda sig: repo.find_mapping(store, sig))


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


def _import_file(store: Store, analysis: Analysis, dry_run: bool, progress: ProgressFn | None,
                 cancel: CancelLike, today: dt.date | None) -> ImportReport:
    is_cancelled = cancelled_fn(cancel)
    a = analysis
    report = ImportReport(a.path.name, a.sheet, a.kind, dry_run=dry_run, notes=list(a.notes))
    total_steps = 20

    def parse_progress(step: int, _total: int, label: str) -> None:
        if progress:
            progress(min(step, total_steps // 2), total_steps, label)

    def build(analysis: Analysis, part: Part | None = None) -> Parsed:
        return build_records(analysis, progress=parse_progress, cancel=cancel, activity_types=types, today=today,
                             part=part)

    types = repo.activity_types(store)
    # A sheet still being read (analyse(stream=True)): its first part is parsed and stored while
    # the rest is read on the other core; see _Parts.
    parts: _Parts | None = None
    if a.data.tail is not None and a.kind in ("sales", "activities"):
        parts = _Parts(a, Part(), build)
        parts.head = build(a, parts.part)
        if parts.head.yearless:  # 3月1日 takes the year most common in the whole column
            parts = None
    if parts is None:
        a.data.complete()
        parsed: Parsed = build(a)
    if is_cancelled():
        raise ImportCancelled()
    sha, size, mtime = file_fingerprint(a.path)

    def store_progress(done: int, total: int) -> None:
        if is_cancelled():
            raise ImportCancelled()
        if progress:
            frac = done / total if total else 1.0
            progress(total_steps // 2 + int(frac * (total_steps // 2 - 1)), total_steps, "saving")

    try:
        with repo.bulk_session(store), store.transaction():
            import_id = repo.insert_import(
                store, file_path=str(a.path.resolve()), file_name=a.path.name, sha256=sha, size=size,
                mtime=mtime, sheet=a.sheet, kind=a.kind, header_row=a.header_excel_row,
                mapping=a.mapping_json(), data_end_row=0 if parts else a.last_excel_row)
            report.import_id = import_id
            if parts is not None:
                parsed = parts.join()
            changes, index_build = _store_records(store, a, parsed, import_id, report, store_progress,
                                                  later=parts is not None)
            try:  # while the indexes are built (no GIL held): the problems, in Python
                if parts is not None:
                    join_problems(a, parsed)
                problem_dicts = [p.as_dict() for p in parsed.problems[:1000]]
            finally:
                if index_build is not None:
                    index_build.wait()
            report.rows_in_sheet = a.data_row_count
            report.problems = parsed.problems
            report.blank_rows = parsed.blank_rows
            skipped = Counter(parsed.skipped)
            if a.kind in ("sales", "activities", "customers"):
                report.already_present = len(parsed.records) - report.imported - (
                    report.customers_updated if a.kind == "customers" else 0)
            report.skipped = dict(skipped)
            repo.finish_import(store, import_id, report.imported, report.skipped_total, problem_dicts,
                               data_end_row=a.last_excel_row if parts else None)
            repo.save_mapping(store, a.signature, a.kind, a.mapping_json())
            report.changes = changes
            if is_cancelled():
                raise ImportCancelled()
            nothing_new = not (report.imported or report.customers_added or report.customers_updated)
            if dry_run:
                raise _Rollback
            if nothing_new and repo.previous_import(store, sha, a.sheet, a.kind, before_id=import_id):
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


def _insert_rows(store: Store, kind: str, records: list[tuple], import_id: int, created_at: str,
                 tick: Callable[[int], None], build: repo.IndexBuild | None) -> tuple[int, int]:
    """Deals or activities with their customers; returns (rows inserted, customers added).

    The records' row keys are distinct (build_records numbers repeated rows: ``key#2`` …), so
    only keys the table has already can repeat: the unique index ignores those, or, while
    ``build`` has it dropped, they are left out here."""
    get: Callable[[str], int | None]
    fresh = repo.is_empty(store, _TABLES[kind])
    if build is not None and build.keys_dropped and not fresh:
        known = repo.row_keys(store, _TABLES[kind])
        records = [r for r in records if r[-1] not in known]
        fresh = True  # no key left that the table has
    if kind == "sales":
        ids, added = repo.customer_ids(store, map(itemgetter(1), records), import_id)
        get = ids.get
        rows = [(r[0], get(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]) for r in records]
        sql = repo.deals_sql(import_id, created_at, fresh=fresh)
    else:
        ids, added = repo.customer_ids(store, map(itemgetter(3), records), import_id)
        get = ids.get
        rows = [(r[0], r[1], r[2], get(r[3]), r[4], r[5], r[6], r[7], r[8]) for r in records]
        sql = repo.activities_sql(import_id, created_at, fresh=fresh)
    return repo.insert_chunks(store, sql, rows, tick), added


_TABLES = {"sales": "deals", "activities": "activities"}


class _Parts:
    """A sales or activities sheet parsed in two parts: the first is parsed while python-calamine
    (which does not hold the GIL) still reads the rest on the other core.

    The result is the one a single pass gives: duplicates are found across the parts, amount
    outliers on the whole column (:func:`join_parts`), customers are added in one go (so their
    ids are as before), and where the parts do not line up the transaction is rolled back with
    :class:`SheetTailMismatch` (the caller reads the sheet again whole).
    """

    def __init__(self, a: Analysis, part: Part, build: Callable[..., Parsed]):
        self.a, self.part, self.build = a, part, build
        self.head: Parsed | None = None

    def join(self) -> Parsed:
        a, head = self.a, self.head
        assert head is not None and a.data.tail is not None
        row0, rows = a.data.tail.rows()  # waits for the rest of the sheet
        data = a.data
        rest = dataclasses.replace(a, data=SheetData(data.name, rows, row0=row0, col0=data.col0,
                                                     merged=data.merged, errors=data.errors), header_index=-1)
        self.part.last = True  # no later part to find duplicates for
        tail = self.build(rest, self.part)
        if tail.yearless:  # 3月1日 takes the year most common in the whole column
            raise SheetTailMismatch("dates without a year in the second part")
        data.rows.extend(rows)
        data.tail = None
        return join_parts(a, [head, tail], problems_too=False)


def _store_records(store: Store, a: Analysis, parsed: Parsed, import_id: int, report: ImportReport,
                   tick, later: bool = False) -> tuple[Changes, repo.IndexBuild | None]:
    """``later``: dropped indexes are built in a thread; wait for the IndexBuild returned."""
    records = parsed.records
    n = len(records)
    if a.kind in _TABLES:
        if "record_id" in a.columns:
            records = _leave_out_own(store, a.kind, records, report)
        with repo.bulk_indexes(store, _TABLES[a.kind], n, later=later) as build:
            report.imported, report.customers_added = _insert_rows(
                store, a.kind, records, import_id, repo.now_text(store), lambda done: tick(done, n), build)
        if a.kind == "sales":
            return Changes(deals=True, customers=bool(report.customers_added)), build
        return Changes(activities=True, customers=bool(report.customers_added)), build
    return _store_other(store, a, records, import_id, report, tick), None


def _leave_out_own(store: Store, kind: str, records: list[tuple], report: ImportReport) -> list[tuple]:
    """Rows exported from this plan (their key is the ID ``SP-<this plan>-D<id>``) whose record
    still exists are left out, counted as already in this plan; a deleted one comes back (its
    key stays the ID, so importing the file again adds it only once)."""
    plan = existing_plan_id(store)
    if plan is None:
        return records  # this plan never exported anything
    prefix = f"SP-{plan}-{RECORD_LETTER[kind]}"
    cut = len(prefix)
    wanted: dict[int, int] = {}  # record id → index in records
    for j, r in enumerate(records):
        key = r[-1]
        if key.startswith(prefix) and key[cut:].isdigit():  # not "…#2": a copied row is a new record
            wanted[int(key[cut:])] = j
    if not wanted:
        return records
    there = repo.existing_ids(store, _TABLES[kind], wanted)
    if not there:
        return records
    report.already_in_this_plan = len(there)
    drop = {wanted[i] for i in there}
    return [r for j, r in enumerate(records) if j not in drop]


def _store_other(store: Store, a: Analysis, records: list[tuple], import_id: int, report: ImportReport,
                 tick) -> Changes:
    n = len(records)
    if a.kind == "customers":
        added, updated = repo.upsert_customers(store, [r[:9] for r in records], import_id)
        report.customers_added, report.customers_updated = added, updated
        report.imported = added
        tick(n, n)
        return Changes(customers=True)
    # targets: month → summed amount (several rows, e.g. one per product or region, add up)
    months: dict[dt.date, int] = {}
    labels = set()
    for month, fen, label, _row in records:
        d = dt.date.fromisoformat(month)
        months[d] = months.get(d, 0) + fen
        if label:
            labels.add(label)
    if not months:
        return Changes()
    first = min(months)
    last = max(months)
    end = dt.date(last.year + (last.month == 12), last.month % 12 + 1, 1) - dt.timedelta(days=1)
    goal = repo.goal_covering(store, first, end)
    if goal is None:
        goal_id = repo.create_target_goal(store, f"Targets from {a.path.name}", first, end, sum(months.values()))
        report.notes.append(f"No goal covered {first:%Y-%m}–{last:%Y-%m}: a draft goal was created for the targets.")
    else:
        goal_id = goal["id"]
    if len(labels) > 1:
        report.notes.append(f"{len(labels)} rows per month were added up (e.g. {', '.join(sorted(labels)[:3])}).")
    report.targets_goal_id = goal_id
    report.imported = repo.upsert_month_targets(store, goal_id, months)
    report.already_present = len(months) - report.imported
    tick(n, n)
    return Changes(goals=goal is None, targets=True)
