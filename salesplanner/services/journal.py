"""The journal: everything logged — activities, and sales no activity stands for — to look
back at, filter, correct and delete (issue 13.2).

:func:`journal` lists a period (filters by customer, type, outcome) with its totals. An entry is
named by its key: ``"A<id>"`` an activity, ``"D<id>"`` a sale without one. :func:`edit_entry`
and :func:`delete_entry` each run in one transaction and return what changed and what undo
needs: the values an edit overwrote (:func:`undo_edit` writes them back), the exact rows a delete
removed (:func:`restore_entry` puts back the same rows with the same ids, and the links other
records had to them).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, NamedTuple, overload

from salesplanner.domain.limits import check_amount_yuan, check_count, check_date
from salesplanner.domain.money import fen_to_wan, from_fen, to_fen
from salesplanner.domain.records import ACTIVITY_CODES, CONTRACT
from salesplanner.errors import UserError
from salesplanner.services.changes import Changes
from salesplanner.store import customers as customer_repo
from salesplanner.store import import_removal
from salesplanner.store import journal as repo
from salesplanner.store.db import Store


class JournalError(UserError):
    """A journal request or edit the plan cannot take."""


class JournalEntry(NamedTuple):
    """One row of the journal."""

    key: str  # "A<id>" an activity, "D<id>" a sale without an activity
    date: dt.date
    customer_id: int | None
    customer: str  # '' without a customer
    code: str  # activity type; a sale without an activity is a contract
    count: int  # type: ignore[assignment]  # a field named like tuple.count
    outcome: str
    amount_fen: int | None  # the sale's amount when the entry stands for a sale
    note: str
    imported: int  # 1: from an import, 0: logged in the app
    deal_id: int | None  # the sale the entry stands for
    contact_id: int | None = None  # the person it was with
    person: str = ""  # that person's name

    @property
    def amount(self) -> Decimal | None:
        return None if self.amount_fen is None else from_fen(self.amount_fen)

    @property
    def source(self) -> str:
        return "import" if self.imported else "manual"


#: Positions in a raw row (``Journal.rows``, the store's ``COLUMNS``).
KEY, DATE, CUSTOMER_ID, CODE, COUNT, OUTCOME, AMOUNT_FEN, NOTE, IMPORTED, DEAL_ID, CONTACT_ID = (
    range(11)
)

#: the rows a screenful reads at once (one query each)
PAGE = 200


class Rows(Sequence[tuple[Any, ...]]):
    """The journal's raw rows in its order, each page read from the plan when first asked for
    (a year of a large plan is ~20,000 rows; a table shows a screenful). An entry deleted
    since the list was made reads as a row with its key and nothing else."""

    def __init__(self, store: Store, ids: list[int]):
        self._store, self._ids = store, ids
        self._pages: dict[int, list[tuple[Any, ...]]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> tuple[Any, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[Any, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[Any, ...] | list[tuple[Any, ...]]:
        if isinstance(index, slice):
            wanted = range(*index.indices(len(self._ids)))
            if wanted:
                self._load(min(wanted) // PAGE, max(wanted) // PAGE)
            return [self._pages[i // PAGE][i % PAGE] for i in wanted]
        if index < 0:
            index += len(self._ids)
        if not 0 <= index < len(self._ids):
            raise IndexError(index)
        page = self._pages.get(index // PAGE)
        if page is None:
            self._load(index // PAGE, index // PAGE)
            page = self._pages[index // PAGE]
        return page[index % PAGE]

    def _load(self, first: int, last: int) -> None:
        missing = [p for p in range(first, last + 1) if p not in self._pages]
        if not missing:
            return
        ids = [i for p in missing for i in self._ids[p * PAGE : (p + 1) * PAGE]]
        found = repo.rows_by_id(self._store, ids)
        for p in missing:
            self._pages[p] = [
                found.get(i) or (repo.key_of(i), None, None, "", 0, "", None, "", 0, None, None)
                for i in self._ids[p * PAGE : (p + 1) * PAGE]
            ]


class Entries(Sequence[JournalEntry]):
    """The journal's rows as :class:`JournalEntry` values, each made when it is read."""

    def __init__(
        self,
        rows: Sequence[tuple[Any, ...]],
        names: dict[int, str],
        people: dict[int, str] | None = None,
    ):
        self._rows, self._names, self._people = rows, names, people or {}

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> JournalEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[JournalEntry]: ...

    def __getitem__(self, index: int | slice) -> JournalEntry | list[JournalEntry]:
        if isinstance(index, slice):
            return [self._entry(r) for r in self._rows[index]]
        return self._entry(self._rows[index])

    def __iter__(self) -> Iterator[JournalEntry]:
        for start in range(0, len(self._rows), PAGE * 5):  # a few pages per query
            yield from self[start : start + PAGE * 5]

    def _entry(self, r: tuple[Any, ...]) -> JournalEntry:
        name = self._names.get(r[CUSTOMER_ID], "") if r[CUSTOMER_ID] is not None else ""
        person = self._people.get(r[CONTACT_ID], "") if r[CONTACT_ID] is not None else ""
        day = dt.date.fromisoformat(r[DATE]) if r[DATE] else dt.date.min  # min: gone since
        return JournalEntry(
            r[KEY],
            day,
            r[CUSTOMER_ID],
            name,
            r[CODE],
            r[COUNT],
            r[OUTCOME],
            r[AMOUNT_FEN],
            r[NOTE],
            r[IMPORTED],
            r[DEAL_ID],
            r[CONTACT_ID],
            person,
        )


@dataclass(frozen=True)
class Journal:
    """A period of the journal, in the order asked: ``ids`` the entries' ids (an activity's id,
    minus a sale's), ``rows`` their raw tuples (positions ``KEY`` … ``DEAL_ID``, dates as ISO
    text) read a page at a time for a table model, ``names`` the customers' names by id,
    ``entries`` the same rows as :class:`JournalEntry` values. Read the rows while the plan
    is open."""

    ids: list[int]
    names: dict[int, str]
    sales_fen: int  # the sales among the entries
    where: repo.Filter
    sort: str = "date"
    descending: bool = True
    store: Store | None = field(default=None, repr=False, compare=False)
    rows: Sequence[tuple[Any, ...]] = field(default=(), repr=False, compare=False)
    people: dict[int, str] = field(default_factory=dict)  # contacts' names by id

    @property
    def entries(self) -> Entries:
        return Entries(self.rows, self.names, self.people)

    @property
    def count(self) -> int:
        return len(self.ids)

    @property
    def sales_wan(self) -> Decimal:
        return fen_to_wan(self.sales_fen)

    def customer(self, row: tuple[Any, ...]) -> str:
        return self.names.get(row[CUSTOMER_ID], "") if row[CUSTOMER_ID] is not None else ""

    def person(self, row: tuple[Any, ...]) -> str:
        """The name of the person the entry was with ('' for none)."""
        return self.people.get(row[CONTACT_ID], "") if row[CONTACT_ID] is not None else ""

    def every_entry(self) -> list[JournalEntry]:
        """Every entry at once (the command line): newest first in one query, another order
        through the pages."""
        if self.sort == "date" and self.store is not None:
            rows = repo.listing_rows(self.store, self.where)
            ordered = rows if self.descending else rows[::-1]
            return list(Entries(ordered, self.names, self.people))
        return list(self.entries)

    def position(self, key: str) -> int:
        """Where the entry ``key`` is in the list (-1: not in it)."""
        entry_id = repo.id_of(key)
        try:
            return self.ids.index(entry_id) if entry_id is not None else -1
        except ValueError:
            return -1

    def sorted(
        self, sort: str = "date", descending: bool = True, type_order: Sequence[str] = ()
    ) -> Journal:
        """The same entries in another order (one query; the totals stay)."""
        if (sort, descending) == (self.sort, self.descending):
            return self
        assert self.store is not None
        ids = repo.order(self.store, self.where, sort, descending, type_order or _CODES)
        return replace(self, ids=ids, sort=sort, descending=descending, rows=Rows(self.store, ids))


_CODES = sorted(ACTIVITY_CODES)  # the "type" order when none is given


def _customer_id(store: Store, customer: int | str | None) -> int | None:
    if customer is None or isinstance(customer, int):
        return customer
    found = repo.customer_id_by_name(store, customer)
    if found is None:
        raise JournalError(f"No customer is called {customer}.")
    return found


def journal(
    store: Store,
    frm: dt.date,
    to: dt.date,
    customer: int | str | None = None,
    type: str | None = None,  # noqa: A002 - the filter's name on the command line
    outcome: str | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    type_order: Sequence[str] = (),
) -> Journal:
    """What was logged from ``frm`` to ``to`` (inclusive), newest first, with its totals.

    ``customer`` is an id or an exact name; ``type`` an activity code; ``outcome`` a part of
    the outcome text. ``sort`` names another order (:data:`~salesplanner.store.journal.SORTS`;
    ``type_order`` the activity codes as the "type" order puts them). The order and the
    totals come from SQL; the rows are read a page at a time when the caller reads them."""
    if frm > to:
        raise JournalError("The journal's start is after its end.")
    if type is not None and type not in ACTIVITY_CODES:
        raise JournalError(f"Unknown activity type {type!r}.")
    if sort not in repo.SORTS:
        raise ValueError(f"not a journal sort: {sort}")
    where = repo.Filter(frm, to, _customer_id(store, customer), type, outcome or None)
    names, people = repo.customer_names(store), repo.contact_names(store)
    if sort == "date":
        ids, sales = repo.listing(store, where)
        if not descending:
            ids = ids[::-1]
    else:
        sales = repo.sales_fen(store, where)
        ids = repo.order(store, where, sort, descending, type_order or _CODES)
    return Journal(ids, names, sales, where, sort, descending, store, Rows(store, ids), people)


# -- editing ------------------------------------------------------------------------------------
#: ``edit_entry(contact_id=NO_CONTACT)``: the entry names no person any more
NO_CONTACT = 0

#: (table, row id, {column: value}) — what an edit set, or what it overwrote
RowValues = tuple[str, int, dict[str, object]]


@dataclass(frozen=True)
class EntryEdited:
    key: str
    before: tuple[RowValues, ...]  # what undo writes back
    after: tuple[RowValues, ...]
    changes: Changes


@dataclass(frozen=True)
class EntryDeleted:
    key: str
    snapshot: import_removal.Snapshot  # the rows removed and the links others lost
    changes: Changes


def _parse_key(key: str) -> tuple[str, int]:
    text = str(key).strip().upper()
    if len(text) > 1 and text[0] in "AD" and text[1:].isdigit():
        return ("activities" if text[0] == "A" else "deals"), int(text[1:])
    raise JournalError(f"There is no journal entry {key}.")


def _rows(store: Store, key: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(the activity, the sale) an entry stands for."""
    table, row_id = _parse_key(key)
    if table == "activities":
        activity = repo.activity_row(store, row_id)
        if activity is None:
            raise JournalError(f"There is no journal entry {key}.")
        deal = repo.deal_row(store, activity["deal_id"]) if activity["deal_id"] else None
        return activity, deal
    deal = repo.deal_row(store, row_id)
    if deal is None or repo.deal_has_activity(store, row_id):
        raise JournalError(f"There is no journal entry {key}.")
    return None, deal


def _changes(tables: Iterable[str]) -> Changes:
    changes = Changes()
    for table in tables:
        if table == "activities":
            changes |= Changes(activities=True)
        elif table == "deals":
            changes |= Changes(deals=True, goals=True)
        elif table.startswith("opportunit"):
            changes |= Changes(opportunities=True)
        elif table == "time_blocks":
            changes |= Changes(blocks=True)
    return changes


def edit_entry(
    store: Store,
    key: str,
    *,
    date: dt.date | None = None,
    amount: Decimal | None = None,
    count: int | None = None,
    outcome: str | None = None,
    note: str | None = None,
    contact_id: int | None = None,
) -> EntryEdited:
    """Correct an entry: its date, amount (yuan), count, outcome, note or the person it was
    with (``contact_id``, a contact of the entry's customer; ``NO_CONTACT`` names nobody) —
    one transaction.

    An activity that stands for a sale moves with it: date, amount and person are set on both."""
    if (
        date is None
        and amount is None
        and count is None
        and outcome is None
        and note is None
        and contact_id is None
    ):
        raise JournalError("Say what to change: the date, amount, count, outcome or note.")
    if amount is not None and amount <= 0:
        raise JournalError("A sale's amount must be more than zero.")
    if amount is not None:
        check_amount_yuan(amount, "the amount")
    if date is not None:
        check_date(date, "the date")
    if count is not None:
        check_count(count, "the count")
    with store.transaction():
        activity, deal = _rows(store, key)
        wanted: dict[str, dict[str, object]] = {"activities": {}, "deals": {}}
        if date is not None:
            wanted["activities" if activity else "deals"]["date"] = date.isoformat()
            if activity and deal:
                wanted["deals"]["date"] = date.isoformat()
        if amount is not None:
            fen = to_fen(amount)
            if deal is not None:
                wanted["deals"]["amount_fen"] = fen
            if activity is not None:
                if deal is None and activity["activity_code"] != CONTRACT:
                    raise JournalError("Only a sale has an amount.")
                wanted["activities"]["amount_fen"] = fen
        if activity is None and (count is not None or outcome is not None):
            raise JournalError("A sale without a logged activity has no count or outcome.")
        if count is not None:
            wanted["activities"]["count"] = count
        if outcome is not None:
            wanted["activities"]["outcome"] = outcome
        if note is not None:
            wanted["activities" if activity else "deals"]["note"] = note
        if contact_id is not None:
            person = None if contact_id == NO_CONTACT else contact_id
            customer_id = (activity or deal or {}).get("customer_id")
            if person is not None and not customer_repo.contact_of(store, person, customer_id):
                raise JournalError("That person is not a contact of this entry's customer.")
            for table, row in (("activities", activity), ("deals", deal)):
                if row is not None:
                    wanted[table]["contact_id"] = person
        before, after = [], []
        for table, row in (("activities", activity), ("deals", deal)):
            values = {c: v for c, v in wanted[table].items() if row is not None and row[c] != v}
            if row is None or not values:
                continue
            before.append((table, row["id"], {c: row[c] for c in values}))
            after.append((table, row["id"], values))
            repo.update_row(store, table, row["id"], values)
    return EntryEdited(key, tuple(before), tuple(after), _changes(t for t, _i, _v in after))


def undo_edit(store: Store, edited: EntryEdited) -> Changes:
    """Write back what :func:`edit_entry` overwrote."""
    with store.transaction():
        _rows(store, edited.key)  # deleted meanwhile: say so
        for table, row_id, values in edited.before:
            repo.update_row(store, table, row_id, values)
    return edited.changes


def delete_entry(store: Store, key: str) -> EntryDeleted:
    """Delete an entry (one transaction): an activity with the sale it stands for, or a sale.

    Records that stay but pointed at a removed row (an opportunity won into that sale) lose the
    link; :func:`restore_entry` gives it back."""
    with store.transaction():
        activity, deal = _rows(store, key)
        ids: dict[str, set[int]] = {}
        if activity is not None:
            ids["activities"] = {activity["id"]}
        if deal is not None:
            ids["deals"] = {deal["id"]}
        snap = import_removal.rows_snapshot(store, ids)
        import_removal.delete(store, snap)
    tables = list(snap.rows) + [table for table, *_ in snap.links]
    return EntryDeleted(key, snap, _changes(tables))


def restore_entry(store: Store, deleted: EntryDeleted) -> Changes:
    """Put back what :func:`delete_entry` removed: the same rows, ids and links."""
    try:
        with store.transaction():
            import_removal.restore(store, deleted.snapshot)
    except sqlite3.IntegrityError:
        raise JournalError(
            f"Entry {deleted.key} cannot be put back: a newer entry took its place."
        ) from None
    return deleted.changes
