"""SQL for imports: the import log, remembered column mappings, and bulk inserts of rows.

Writes expect the caller's ``store.transaction()`` (the import service owns it). Bulk inserts
use one ``executemany`` per chunk; ``INSERT OR IGNORE`` on the unique ``row_key`` index makes a
second import of the same rows add nothing (or, while a bulk import has that index dropped,
leaving out the keys the table has: :func:`bulk_indexes`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from salesplanner.store.db import Store

CHUNK = 5000
# rows in one INSERT of an import (measured, 100,000 rows of 12 values: 0.31 s one row per
# statement, 0.19 s twenty; a hundred no faster)
ROWS_PER_INSERT = 20
BULK_MIN_ROWS = 20_000  # an import this large may drop a small table's indexes (bulk_indexes)
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


# -- remembered mappings -------------------------------------------------------------------
def find_mapping(store: Store, signature: str) -> dict[str, Any] | None:
    rows = store.query(
        "SELECT kind, mapping_json FROM import_mappings WHERE signature = ?", (signature,)
    )
    if not rows:
        return None
    try:
        data = json.loads(rows[0]["mapping_json"])
    except ValueError:
        return None
    if not isinstance(data, dict):  # a damaged mapping is as none
        return None
    data["kind"] = rows[0]["kind"]
    return data


def save_mapping(store: Store, signature: str, kind: str, mapping: dict[str, Any]) -> None:
    store.execute(
        "INSERT INTO import_mappings(signature, kind, mapping_json) VALUES (?, ?, ?) "
        "ON CONFLICT(signature) DO UPDATE SET kind = excluded.kind, "
        "mapping_json = excluded.mapping_json, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
        (signature, kind, json.dumps(mapping, ensure_ascii=False)),
    )


# -- the import log -------------------------------------------------------------------------
def insert_import(
    store: Store,
    *,
    file_path: str,
    file_name: str,
    sha256: str,
    size: int,
    mtime: float,
    sheet: str,
    kind: str,
    header_row: int,
    mapping: dict[str, Any],
    data_end_row: int,
) -> int:
    wm = max_ids(store)
    return store.insert(
        "INSERT INTO imports(file_path, file_name, file_sha256, file_size, file_mtime, "
        "sheet, kind, "
        "header_row, mapping_json, data_end_row, deals_watermark, activities_watermark) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            file_path,
            file_name,
            sha256,
            size,
            mtime,
            sheet,
            kind,
            header_row,
            json.dumps(mapping, ensure_ascii=False),
            data_end_row,
            wm[0],
            wm[1],
        ),
    )


def finish_import(
    store: Store,
    import_id: int,
    imported: int,
    skipped: int,
    report: list[Any],
    data_end_row: int | None = None,
) -> None:
    """Counts, report and watermarks; ``data_end_row`` if it was not known at the start."""
    wm = max_ids(store)
    store.execute(
        "UPDATE imports SET rows_imported = ?, rows_skipped = ?, report_json = ?, "
        "deals_watermark = ?, activities_watermark = ?, data_end_row = coalesce(?, data_end_row) "
        "WHERE id = ?",
        (
            imported,
            skipped,
            json.dumps(report, ensure_ascii=False),
            wm[0],
            wm[1],
            data_end_row,
            import_id,
        ),
    )


def max_ids(store: Store) -> tuple[int, int]:
    row = store.execute(
        "SELECT (SELECT coalesce(max(id), 0) FROM deals), (SELECT coalesce(max(id), 0) "
        "FROM activities)"
    ).fetchone()
    return int(row[0]), int(row[1])


def previous_import(
    store: Store, sha256: str, sheet: str, kind: str, before_id: int
) -> dict[str, Any] | None:
    rows = store.query(
        "SELECT * FROM imports WHERE file_sha256 = ? AND sheet = ? AND kind = ? AND id < ? "
        "ORDER BY id DESC LIMIT 1",
        (sha256, sheet, kind, before_id),
    )
    return rows[0] if rows else None


def get_import(store: Store, import_id: int) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM imports WHERE id = ?", (import_id,))
    return rows[0] if rows else None


def latest_import(
    store: Store, kinds: Sequence[str] = ("sales", "activities")
) -> dict[str, Any] | None:
    marks = ",".join("?" * len(kinds))
    rows = store.query(
        f"SELECT * FROM imports WHERE kind IN ({marks}) ORDER BY id DESC LIMIT 1", tuple(kinds)
    )
    return rows[0] if rows else None


def list_imports(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT id, file_name, file_path, sheet, kind, rows_imported, rows_skipped, imported_at, "
        "written_back_at FROM imports ORDER BY id DESC"
    )


def mark_written_back(
    store: Store,
    import_id: int,
    *,
    sha256: str,
    size: int,
    mtime: float,
    data_end_row: int,
    deals_watermark: int,
    activities_watermark: int,
) -> None:
    store.execute(
        "UPDATE imports SET file_sha256 = ?, file_size = ?, file_mtime = ?, data_end_row = ?, "
        "deals_watermark = ?, activities_watermark = ?, "
        "written_back_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?",
        (sha256, size, mtime, data_end_row, deals_watermark, activities_watermark, import_id),
    )


# -- customers ---------------------------------------------------------------------------------
def customer_ids(
    store: Store, names: Iterable[str], import_id: int | None
) -> tuple[dict[str, int], int]:
    """Ids for these names, adding bare customers for new ones; returns (ids, number added)."""
    wanted = set(names)
    wanted.discard("")
    wanted.discard(None)
    if not wanted:
        return {}, 0
    before = store.conn.total_changes
    store.conn.executemany(
        "INSERT INTO customers(name, import_id) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
        [(n, import_id) for n in sorted(wanted)],
    )
    added = store.conn.total_changes - before
    ids: dict[str, int] = {}
    names_list = list(wanted)
    for k in range(0, len(names_list), 500):
        part = names_list[k : k + 500]
        marks = ",".join("?" * len(part))
        for cid, name in store.execute(
            f"SELECT id, name FROM customers WHERE name IN ({marks})", tuple(part)
        ):
            ids[name] = cid
    return ids, added


def upsert_customers(
    store: Store, rows: Sequence[tuple[Any, ...]], import_id: int
) -> tuple[int, int]:
    """Rows: (name, contact, phone, segment, region, birthday, priority, next_follow_up, notes).

    New names are added; for existing ones only empty fields are filled (the app's data wins).
    Returns (added, updated).
    """
    existing: set[str] = set()
    names = [r[0] for r in rows]
    for k in range(0, len(names), 500):
        part = names[k : k + 500]
        marks = ",".join("?" * len(part))
        existing.update(
            n
            for (n,) in store.execute(
                f"SELECT name FROM customers WHERE name IN ({marks})", tuple(part)
            )
        )
    new = [r + (import_id,) for r in rows if r[0] not in existing]
    old = [r for r in rows if r[0] in existing]
    store.conn.executemany(
        "INSERT INTO customers(name, contact, phone, segment, region, birthday, priority, "
        "next_follow_up, "
        "notes, import_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
        new,
    )
    updated = 0
    for r in old:
        # the company's own facts: only empty ones are filled
        cur = store.execute(
            "UPDATE customers SET "
            "segment = CASE WHEN segment = '' THEN ? ELSE segment END, "
            "region = CASE WHEN region = '' THEN ? ELSE region END, "
            "priority = max(priority, ?), "
            "next_follow_up = coalesce(next_follow_up, ?), "
            "notes = CASE WHEN notes = '' THEN ? ELSE notes END "
            "WHERE name = ? AND ("
            "(segment = '' AND ? <> '') OR (region = '' AND ? <> '') OR (priority < ?) OR "
            "(next_follow_up IS NULL AND ? IS NOT NULL) OR (notes = '' AND ? <> ''))",
            (r[3], r[4], r[6], r[7], r[8], r[0], r[3], r[4], r[6], r[7], r[8]),
        )
        changed = cur.rowcount > 0
        changed = _fill_contact(store, r[0], r[1], r[2], r[5], import_id) or changed
        updated += changed
    return len(new), updated


def _fill_contact(
    store: Store, customer: str, name: str, phone: str, birthday: str | None, import_id: int
) -> bool:
    """A sheet's contact, phone and birthday of a customer already in the plan: they belong to
    a person (the contact of that name, or the main contact when the sheet names nobody); only
    that person's empty fields are filled, and a person the plan does not know is added.
    True when something changed."""
    name, phone = (name or "").strip(), (phone or "").strip()
    if not (name or phone or birthday):
        return False
    cid = store.execute("SELECT id FROM customers WHERE name = ?", (customer,)).fetchone()[0]
    if name:
        found = store.execute(
            "SELECT id FROM contacts WHERE customer_id = ? AND name = ? ORDER BY is_main DESC",
            (cid, name),
        ).fetchone()
    else:
        found = store.execute(
            "SELECT id FROM contacts WHERE customer_id = ? AND is_main = 1", (cid,)
        ).fetchone()
    if found is None:
        store.execute(
            "INSERT INTO contacts (customer_id, name, phone, birthday, is_main, import_id) "
            "VALUES (?, ?, ?, ?, NOT EXISTS (SELECT 1 FROM contacts WHERE customer_id = ? "
            "AND is_main = 1), ?)",
            (cid, name, phone, birthday, cid, import_id),
        )
        return True
    cur = store.execute(
        "UPDATE contacts SET phone = CASE WHEN phone = '' THEN ? ELSE phone END, "
        "birthday = coalesce(birthday, ?) WHERE id = ? AND "
        "((phone = '' AND ? <> '') OR (birthday IS NULL AND ? IS NOT NULL))",
        (phone, birthday, found[0], phone, birthday),
    )
    return cur.rowcount > 0


# -- deals and activities -----------------------------------------------------------------------
class IndexBuild:
    """Indexes to build again, now or in a thread (:meth:`start`, then :meth:`wait`).

    CREATE INDEX runs in SQLite without the GIL, so the caller can do Python work meanwhile;
    it must not use the connection until :meth:`wait` returns. ``keys_dropped``: the unique
    ``row_key`` index is among them, so until it is back nothing stops a repeated key — the
    caller leaves out rows whose key the table has (:func:`row_keys`) and inserts distinct keys
    only (if one slipped through, building the index fails and the transaction rolls back)."""

    def __init__(self, store: Store, sqls: list[str], keys_dropped: bool = False):
        self.store, self.sqls, self.keys_dropped = store, sqls, keys_dropped
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        if self.store.conn.in_transaction:
            for sql in self.sqls:
                self.store.execute(sql)

    def _run(self) -> None:
        try:
            self.run()
        except BaseException as exc:  # noqa: BLE001 - raised again in wait()
            self._error = exc

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="index-build", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
            if self._error is not None:
                raise self._error


@contextlib.contextmanager
def bulk_indexes(
    store: Store, table: str, incoming: int, *, later: bool = False
) -> Iterator[IndexBuild | None]:
    """For a large import into a small table, drop the table's indexes and build them once
    afterwards (all inside the caller's transaction, so a rollback restores them).

    That includes the unique ``row_key`` index, which is what makes a second import add
    nothing: see :class:`IndexBuild` ``keys_dropped`` for what the caller must do meanwhile.
    ``later``: when the block ends without an error the indexes are built in a thread; the
    :class:`IndexBuild` yielded must then be waited for before the connection is used again.
    """
    existing = int(store.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    # measured with 100,000 rows: inserting with the two secondary indexes in place costs
    # ~0.17 s more, with the row_key index ~0.07 s more; building all three afresh ~0.08 s
    # per 100,000 rows in the table (and that in a thread, see IndexBuild)
    if incoming < BULK_MIN_ROWS or existing > incoming * 3 // 2:
        yield None
        return
    indexes = [
        (name, sql)
        for name, sql in store.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        )
    ]
    for name, _sql in indexes:
        store.execute(f'DROP INDEX "{name}"')
    build = IndexBuild(
        store,
        [sql for _name, sql in indexes],
        keys_dropped=any(name == f"ux_{table}_row_key" for name, _sql in indexes),
    )
    try:
        yield build
    except BaseException:
        build.run()
        raise
    if later:
        build.start()
    else:
        build.run()


def row_keys(store: Store, table: str) -> set[str]:
    """The row keys a deals or activities table holds."""
    if table not in ("deals", "activities"):
        raise ValueError(table)
    return {k for (k,) in store.execute(f"SELECT row_key FROM {table} WHERE row_key IS NOT NULL")}


@contextlib.contextmanager
def bulk_session(store: Store) -> Iterator[None]:
    """Connection settings for one large import, set before its transaction begins.

    A larger page cache (the UNIQUE ``row_key`` index is written in random order), temporary
    b-trees in memory, and no foreign-key lookups per row: the import writes only ids it has
    just looked up or inserted itself (customers, its own ``imports`` row). Journal mode and
    ``synchronous`` stay as they are, so the commit is as durable as any other.
    Inside an open transaction (nothing to change there) this does nothing.
    """
    conn = store.conn
    if conn.in_transaction:
        yield
        return
    fk = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    temp = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"PRAGMA cache_size = {min(int(cache), -65536)}")  # 64 MB (negative: KiB)
    conn.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        if not conn.in_transaction:
            conn.execute(f"PRAGMA foreign_keys = {int(fk)}")
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA temp_store = {int(temp)}")


def now_text(store: Store) -> str:
    """SQLite's timestamp default (``created_at``), computed once for a bulk insert."""
    now: str = store.execute("SELECT strftime('%Y-%m-%dT%H:%M:%SZ','now')").fetchone()[0]
    return now


def insert_chunks(
    store: Store,
    sql: str,
    rows: Iterable[tuple[Any, ...]],
    count: int,
    tick: Callable[[int], None] | None = None,
) -> int:
    """executemany over ``count`` rows in chunks (so progress and cancel can run between);
    returns rows inserted. ``rows`` may be an iterator: no list of them is made here.

    ``sql`` is an ``INSERT … VALUES (…)`` of one row; it is run for :data:`ROWS_PER_INSERT`
    rows at a time (``VALUES (…), (…), …``), the same rows in the same order, with less work
    per row in sqlite3 (one statement step for twenty rows)."""
    before = store.conn.total_changes
    head, one = sql.rsplit(" VALUES ", 1)
    width = one.count("?")
    many = f"{head} VALUES {', '.join([one] * ROWS_PER_INSERT)}"
    values = itertools.chain.from_iterable(rows)
    for k in range(0, count, CHUNK):
        n = min(CHUNK, count - k)
        full, rest = divmod(n, ROWS_PER_INSERT)
        step = width * ROWS_PER_INSERT
        store.conn.executemany(many, (tuple(itertools.islice(values, step)) for _ in range(full)))
        if rest:
            store.conn.executemany(
                sql, (tuple(itertools.islice(values, width)) for _ in range(rest))
            )
        if tick:
            tick(k + n)
    return store.conn.total_changes - before


def _constants(import_id: int, created_at: str) -> str:
    if not _TIMESTAMP.match(created_at):
        raise ValueError(created_at)
    return f"{int(import_id)}, '{created_at}'"


def is_empty(store: Store, table: str) -> bool:
    return bool(store.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {table})").fetchone()[0] == 1)


DEALS_STAGE_COLUMN = 8  # where the stage sits in the rows of deals_sql


def deals_sql(import_id: int, created_at: str, *, fresh: bool = False) -> str:
    """Rows: (date, customer_id, amount_fen, product, quantity, unit_price_fen, rep, region, stage,
    note, source_row, row_key); the import id and timestamp are the same for every row, so they
    are written into the statement instead of bound 100,000 times. ``fresh``: the table is empty
    and the row keys are distinct, so no row can collide (a plain INSERT, a little cheaper)."""
    return (
        f"INSERT {'' if fresh else 'OR IGNORE '}INTO deals(date, customer_id, amount_fen, "
        f"product, quantity, "
        "unit_price_fen, rep, "
        "region, stage, note, source_row, row_key, import_id, created_at) "
        f"VALUES (?,?,?,?,?,?,?,?,?,?,?,?, {_constants(import_id, created_at)})"
    )


def activities_sql(import_id: int, created_at: str, *, fresh: bool = False) -> str:
    """Rows: (date, activity_code, count, customer_id, outcome, amount_fen, note, source_row,
    row_key)."""
    return (
        f"INSERT {'' if fresh else 'OR IGNORE '}INTO activities(date, activity_code, count, "
        f"customer_id, outcome, "
        "amount_fen, note, "
        "source_row, row_key, import_id, created_at) "
        f"VALUES (?,?,?,?,?,?,?,?,?, {_constants(import_id, created_at)})"
    )


def existing_ids(store: Store, table: str, ids: Iterable[int]) -> set[int]:
    """Which of these deal or activity ids are still in the plan."""
    if table not in ("deals", "activities"):
        raise ValueError(table)
    wanted = sorted(ids)
    out: set[int] = set()
    for k in range(0, len(wanted), 500):
        part = wanted[k : k + 500]
        marks = ",".join("?" * len(part))
        out.update(
            i
            for (i,) in store.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", tuple(part))
        )
    return out


def activity_types(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT code, name_zh, name_en FROM activity_types ORDER BY sort")


# -- targets ---------------------------------------------------------------------------------
def goal_covering(store: Store, start: dt.date, end: dt.date) -> dict[str, Any] | None:
    rows = store.query(
        "SELECT * FROM goals WHERE status <> 'abandoned' AND start_date <= ? AND end_date >= ? "
        "ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, id DESC LIMIT 1",
        (start.isoformat(), end.isoformat()),
    )
    return rows[0] if rows else None


def create_target_goal(
    store: Store, title: str, start: dt.date, end: dt.date, target_fen: int
) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    period = "month" if months == 1 else "quarter" if months <= 3 else "year"
    return store.insert(
        "INSERT INTO goals(title, statement, target_fen, period_kind, start_date, "
        "end_date, status, "
        "breakdown_method) VALUES (?, ?, ?, ?, ?, ?, 'draft', 'even')",
        (title, title, target_fen, period, start.isoformat(), end.isoformat()),
    )


def upsert_month_targets(store: Store, goal_id: int, months: dict[dt.date, int]) -> int:
    """Set month targets (marked manual); returns how many rows changed."""
    before = store.conn.total_changes
    for start, fen in sorted(months.items()):
        nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        end = nxt - dt.timedelta(days=1)
        store.execute(
            "INSERT INTO period_targets(goal_id, level, start_date, end_date, target_fen, manual) "
            "VALUES (?, 'month', ?, ?, ?, 1) ON CONFLICT(goal_id, level, start_date) DO UPDATE SET "
            "target_fen = excluded.target_fen, end_date = excluded.end_date, manual = 1 "
            "WHERE target_fen <> excluded.target_fen",
            (goal_id, start.isoformat(), end.isoformat(), fen),
        )
    return store.conn.total_changes - before


# -- write-back ----------------------------------------------------------------------------------
def writeback_imports(store: Store, kinds: Sequence[str]) -> list[dict[str, Any]]:
    """The latest import of each (file, sheet, kind) among ``kinds``, newest first, with
    ``pending``: the deals (a sales import) or activities logged in the app since its
    watermark, which a write-back would add."""
    marks = ",".join("?" * len(kinds))
    return store.query(
        "SELECT i.id, i.file_path, i.file_name, i.sheet, i.kind, i.imported_at, i.written_back_at, "
        "CASE i.kind WHEN 'sales' THEN "
        "(SELECT count(*) FROM deals d WHERE d.id > i.deals_watermark AND d.import_id IS NULL) "
        "ELSE (SELECT count(*) FROM activities a WHERE a.id > i.activities_watermark "
        "AND a.import_id IS NULL) "
        "END AS pending FROM imports i "
        f"WHERE i.kind IN ({marks}) AND i.id = (SELECT max(j.id) FROM imports j "
        "WHERE j.file_path = i.file_path AND j.sheet = i.sheet AND j.kind = i.kind) "
        "ORDER BY i.id DESC",
        tuple(kinds),
    )


def deals_since(store: Store, after_id: int) -> list[dict[str, Any]]:
    """Deals logged in the app (not imported) with an id above the watermark."""
    return store.query(
        "SELECT d.*, coalesce(c.name, '') AS customer_name FROM deals d "
        "LEFT JOIN customers c ON c.id = d.customer_id "
        "WHERE d.id > ? AND d.import_id IS NULL ORDER BY d.date, d.id",
        (after_id,),
    )


def activities_since(store: Store, after_id: int) -> list[dict[str, Any]]:
    return store.query(
        "SELECT a.*, coalesce(c.name, '') AS customer_name, t.name_zh, t.name_en FROM activities a "
        "LEFT JOIN customers c ON c.id = a.customer_id "
        "LEFT JOIN activity_types t ON t.code = a.activity_code "
        "WHERE a.id > ? AND a.import_id IS NULL ORDER BY a.date, a.id",
        (after_id,),
    )


def won_deal_sales(store: Store) -> list[tuple[int, int | None, int, str, str]]:
    """The sales a deals list (商机) wrote for its won deals (row key ``won:…``): (sale id,
    customer id, amount fen, date ISO, "customer title") — a ledger imported later holds them
    too, and is not to add them again."""
    return [
        tuple(r)
        for r in store.execute(
            "SELECT d.id, d.customer_id, d.amount_fen, d.date, "
            "trim(COALESCE(c.name, '') || ' ' || o.title) FROM opportunities o "
            "JOIN deals d ON d.id = o.deal_id LEFT JOIN customers c ON c.id = d.customer_id "
            "WHERE o.outcome = 'won' AND d.row_key LIKE 'won:%' ORDER BY d.date, d.id"
        )
    ]
