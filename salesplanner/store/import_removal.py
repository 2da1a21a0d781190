"""Taking an import back: which rows it added, and putting them back exactly.

The rows an import added are found from the schema, not from a list kept here: every table with
a foreign key to ``imports(id)`` that is ``ON DELETE SET NULL`` holds records an import made
(deals, activities, opportunities, customers …; a table added later joins in by itself). Rows
hanging off those by ``ON DELETE CASCADE`` (a deal's stage history) go with them; rows outside
the import that only *point* at a removed row (``ON DELETE SET NULL``: a visit logged by hand
for an imported deal) stay, and the link they lose is remembered so that undo restores it.

Customers and their people are the exceptions: an imported customer that any other record
still uses (a block planned by hand, a deal typed in the app) is kept, and only loses its link
to the import; so is a contact the import made that a record outside the import names (a visit
planned with that person), and the customer it belongs to with it.

:func:`snapshot` reads everything a removal will change; :func:`delete` removes it;
:func:`restore` writes a snapshot back with its original ids. Call them inside one
``store.transaction()``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from salesplanner.store.db import Store

KEPT_WHEN_USED = "customers"
#: Tables whose imported rows stay while other records use them, in the order they are decided
#: (a kept contact keeps its customer).
KEPT_TABLES = ("contacts", KEPT_WHEN_USED)


@dataclass(frozen=True, slots=True)
class ForeignKey:
    table: str  # the child table
    column: str  # its column
    parent: str  # the table it points at (by that table's id)
    on_delete: str  # CASCADE, SET NULL, NO ACTION …


@dataclass(slots=True)
class Snapshot:
    """What a removal takes away: whole rows by table (parents first) and lost links."""

    import_id: int
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # (table, id, column, old value) of rows that stay but lose a link to a removed row
    links: list[tuple[str, int, str, Any]] = field(default_factory=list)
    kept: dict[str, list[int]] = field(default_factory=dict)  # customers, contacts still used

    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.rows.items() if rows}


def foreign_keys(store: Store) -> list[ForeignKey]:
    tables = [
        r["name"]
        for r in store.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    keys = []
    for table in tables:
        for row in store.query(f'PRAGMA foreign_key_list("{table}")'):
            if row["to"] in (None, "id"):
                keys.append(ForeignKey(table, row["from"], row["table"], row["on_delete"].upper()))
    return keys


def import_row(store: Store, import_id: int) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM imports WHERE id = ?", (import_id,))
    return rows[0] if rows else None


def _ids(store: Store, sql: str, params: tuple[Any, ...]) -> set[int]:
    return {row[0] for row in store.execute(sql, params).fetchall()}


def _in(ids: set[int]) -> str:
    return ",".join(str(int(i)) for i in sorted(ids))


def snapshot(store: Store, import_id: int) -> Snapshot:
    """Everything removing ``import_id`` would delete or unlink (reads only)."""
    keys = foreign_keys(store)
    removed: dict[str, set[int]] = defaultdict(set)
    removed["imports"] = {import_id}
    owned = [k for k in keys if k.parent == "imports" and k.on_delete == "SET NULL"]
    candidates: dict[str, set[int]] = {}
    for key in owned:
        ids = _ids(store, f'SELECT id FROM "{key.table}" WHERE "{key.column}" = ?', (import_id,))
        if key.table in KEPT_TABLES:
            candidates[key.table] = ids
        else:
            removed[key.table] |= ids

    _cascade(store, keys, removed)
    kept: dict[str, list[int]] = {}
    for table in KEPT_TABLES:
        ids = candidates.get(table, set()) - removed.get(table, set())
        used: set[int] = set()
        if ids:
            for key in keys:
                if key.parent != table:
                    continue
                others = removed.get(key.table, set())
                rows = store.execute(
                    f'SELECT id, "{key.column}" FROM "{key.table}" WHERE "{key.column}" IN '
                    f"({_in(ids)})"
                ).fetchall()
                used |= {parent for child, parent in rows if child not in others}
        removed[table] |= ids - used
        kept[table] = sorted(used)
        _cascade(store, keys, removed)

    return _rows_and_links(store, keys, removed, Snapshot(import_id=import_id, kept=kept))


def rows_snapshot(store: Store, ids: dict[str, set[int]]) -> Snapshot:
    """The rows ``ids`` (table → ids) with what goes with them and the links rows outside
    lose, for :func:`delete` and :func:`restore` (reads only; ``import_id`` 0)."""
    keys = foreign_keys(store)
    removed: dict[str, set[int]] = defaultdict(set)
    for table, table_ids in ids.items():
        removed[table] |= set(table_ids)
    _cascade(store, keys, removed)
    return _rows_and_links(store, keys, removed, Snapshot(import_id=0))


def _cascade(store: Store, keys: list[ForeignKey], removed: dict[str, set[int]]) -> None:
    """Add the rows that go with removed rows (ON DELETE CASCADE), to a fixed point."""
    grown = True
    while grown:
        grown = False
        for key in keys:
            if key.on_delete != "CASCADE" or not removed.get(key.parent):
                continue
            ids = _ids(
                store,
                f'SELECT id FROM "{key.table}" WHERE "{key.column}" IN '
                f"({_in(removed[key.parent])})",
                (),
            )
            if not ids <= removed[key.table]:
                removed[key.table] |= ids
                grown = True


def _rows_and_links(
    store: Store, keys: list[ForeignKey], removed: dict[str, set[int]], snap: Snapshot
) -> Snapshot:
    for key in keys:
        if key.on_delete != "SET NULL" or not removed.get(key.parent):
            continue
        stay = removed.get(key.table, set())
        for child, parent in store.execute(
            f'SELECT id, "{key.column}" FROM "{key.table}" WHERE "{key.column}" IN '
            f"({_in(removed[key.parent])})"
        ).fetchall():
            if child not in stay:
                snap.links.append((key.table, child, key.column, parent))
    for table in _parents_first(keys, [t for t, ids in removed.items() if ids]):
        snap.rows[table] = store.query(
            f'SELECT * FROM "{table}" WHERE id IN ({_in(removed[table])}) ORDER BY id'
        )
    return snap


def _parents_first(keys: list[ForeignKey], tables: list[str]) -> list[str]:
    """``tables`` ordered so that a table comes after every table it points at."""
    wanted = set(tables)
    needs = {
        t: {k.parent for k in keys if k.table == t and k.parent in wanted} - {t} for t in wanted
    }
    order: list[str] = []
    while needs:
        ready = sorted(t for t, parents in needs.items() if not parents - set(order))
        if not ready:  # a cycle: keep what is left in a stable order
            ready = sorted(needs)
        for table in ready:
            order.append(table)
            del needs[table]
    return order


def delete(store: Store, snap: Snapshot) -> None:
    """Remove the snapshot's rows (children first); links outside it are set NULL by SQLite."""
    for table in reversed(list(snap.rows)):
        ids = {row["id"] for row in snap.rows[table]}
        if ids:
            store.execute(f'DELETE FROM "{table}" WHERE id IN ({_in(ids)})')


def restore(store: Store, snap: Snapshot) -> None:
    """Put the snapshot's rows back with their ids (parents first), then their lost links."""
    for table, rows in snap.rows.items():
        for row in rows:
            columns = list(row)
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            store.execute(
                f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                tuple(row[c] for c in columns),
            )
    for table, row_id, column, value in snap.links:  # kept customers' import_id among them
        store.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, row_id))


def import_rows(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT id, file_name, file_path, sheet, kind, rows_imported, rows_skipped, imported_at "
        "FROM imports ORDER BY id DESC"
    )


def records_by_import(store: Store) -> dict[int, int]:
    """How many records of each import are still in the plan (every table an import fills)."""
    counts: dict[int, int] = defaultdict(int)
    for key in foreign_keys(store):
        if key.parent == "imports" and key.on_delete == "SET NULL":
            for import_id, n in store.execute(
                f'SELECT "{key.column}", count(*) FROM "{key.table}" '
                f'WHERE "{key.column}" IS NOT NULL GROUP BY "{key.column}"'
            ).fetchall():
                counts[import_id] += n
    return dict(counts)
