"""Import history: what each import brought in, and taking one back (undoably).

``history`` lists the imports, newest first, with how many of their rows are still in the plan.
``removal_preview`` says what removing one would do, without changing anything: the rows that go
(by table), the customers that stay because other records use them, the records kept that lose
a link to a removed row. ``remove_import`` does it in one transaction and returns a
:class:`Removal` whose ``snapshot`` is what ``restore_import`` (undo) needs to put back exactly
the same rows with the same ids.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from salesplanner.errors import UserError
from salesplanner.services.changes import Changes
from salesplanner.store import import_removal as repo
from salesplanner.store import opportunities as opportunity_repo
from salesplanner.store.db import Store

#: What a removal can change, by table: the panes to refresh.
_TABLE_CHANGES = {
    "deals": Changes(deals=True),
    "activities": Changes(activities=True),
    "customers": Changes(customers=True),
    "opportunities": Changes(opportunities=True),
    "opportunity_stage_history": Changes(opportunities=True),
    "opportunity_import_updates": Changes(opportunities=True),
    "time_blocks": Changes(blocks=True),
}

#: The order a removal's rows are listed in: what the rep counts first.
_SHOWN_ORDER = (
    "deals",
    "opportunities",
    "opportunity_stage_history",
    "opportunity_import_updates",
    "activities",
    "time_blocks",
    "customers",
)

#: Kinds whose rows carry the import's id; a targets import rewrote the goal's month targets,
#: whose earlier values were not kept, so it cannot be taken back.
_REMOVABLE_KINDS = ("sales", "customers", "activities", "opportunities")


@dataclass(frozen=True, slots=True)
class ImportEntry:
    id: int
    file_name: str
    file_path: str
    sheet: str
    kind: str
    imported_at: str
    rows_imported: int
    rows_skipped: int
    rows_present: int  # of its records, how many are still in the plan
    removable: bool


@dataclass(frozen=True, slots=True)
class RemovalPreview:
    import_id: int
    file_name: str
    sheet: str
    kind: str
    removes: dict[str, int]  # table -> rows that go (records, not the import entry itself)
    customers_kept: int  # made by the import but used by other records: they stay
    links_lost: int  # records that stay but lose their link to a removed row
    contacts_kept: int = 0  # people the import made that other records name: they stay

    @property
    def total(self) -> int:
        return sum(self.removes.values())


@dataclass(frozen=True, slots=True)
class Removal:
    preview: RemovalPreview
    snapshot: repo.Snapshot
    changes: Changes


class UnknownImportError(UserError):
    """The import asked for is not in the plan."""


class TargetsImportError(UserError):
    """A targets import: its earlier month targets were not kept, so it cannot be undone."""


class ImportedAgainError(UserError):
    """Undo of a removal after the same rows were imported again."""


def history(store: Store) -> list[ImportEntry]:
    present = repo.records_by_import(store)
    return [
        ImportEntry(
            id=row["id"],
            file_name=row["file_name"],
            file_path=row["file_path"],
            sheet=row["sheet"],
            kind=row["kind"],
            imported_at=row["imported_at"],
            rows_imported=row["rows_imported"],
            rows_skipped=row["rows_skipped"],
            rows_present=present.get(row["id"], 0),
            removable=row["kind"] in _REMOVABLE_KINDS,
        )
        for row in repo.import_rows(store)
    ]


def _checked_row(store: Store, import_id: int) -> dict[str, Any]:
    row = repo.import_row(store, import_id)
    if row is None:
        raise UnknownImportError(f"There is no import #{import_id} in this plan.")
    if row["kind"] not in _REMOVABLE_KINDS:
        raise TargetsImportError(
            f"The import of {row['file_name']} set the goal's month targets and cannot be "
            "taken back; revise the goal instead."
        )
    return row


def _preview(row: dict[str, Any], snap: repo.Snapshot) -> RemovalPreview:
    counts = snap.counts()
    order = [t for t in _SHOWN_ORDER if t in counts] + sorted(set(counts) - set(_SHOWN_ORDER))
    removes = {t: counts[t] for t in order if t != "imports"}
    return RemovalPreview(
        import_id=row["id"],
        file_name=row["file_name"],
        sheet=row["sheet"],
        kind=row["kind"],
        removes=removes,
        customers_kept=len(snap.kept.get(repo.KEPT_WHEN_USED, [])),
        links_lost=sum(1 for table, *_ in snap.links if table not in repo.KEPT_TABLES),
        contacts_kept=len(snap.kept.get("contacts", [])),
    )


def _changes(tables: list[str]) -> Changes:
    changes = Changes(goals=True)  # progress against the goal moves with the sales
    for table in tables:
        changes = changes | _TABLE_CHANGES.get(table, Changes())
    return changes


def removal_preview(store: Store, import_id: int) -> RemovalPreview:
    row = _checked_row(store, import_id)
    return _preview(row, repo.snapshot(store, import_id))


def remove_import(store: Store, import_id: int) -> Removal:
    """Delete exactly the rows ``import_id`` added (one transaction)."""
    with store.transaction():
        row = _checked_row(store, import_id)
        snap = repo.snapshot(store, import_id)
        # deals it updated (a list imported again) go back to what they were
        opportunity_repo.revert_import_updates(store, import_id)
        repo.delete(store, snap)
    tables = list(snap.rows) + [table for table, *_ in snap.links]
    return Removal(_preview(row, snap), snap, _changes(tables))


def restore_import(store: Store, snap: repo.Snapshot) -> Changes:
    """Put back what :func:`remove_import` took (undo), ids and links as they were."""
    file_name = snap.rows.get("imports", [{}])[0].get("file_name", "")
    try:
        with store.transaction():
            repo.restore(store, snap)
            opportunity_repo.reapply_import_updates(
                store, snap.rows.get("opportunity_import_updates", [])
            )
    except sqlite3.IntegrityError:
        raise ImportedAgainError(
            f"Rows of {file_name} were imported again after they were removed; "
            "remove that import first."
        ) from None
    return _changes(list(snap.rows) + [table for table, *_ in snap.links])
