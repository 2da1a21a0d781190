"""The customer card (issue 13.1): read a customer's card, edit its facts and its people, make
a new customer, merge two customers and find the near-duplicates worth merging.

Each change runs in one transaction and returns a result whose ``changes`` says what changed
and whose other fields are what undo needs:

* :func:`card` — facts, ABC class and rank (read only, the last 12 months as the Customers pane
  ranks), contacts, the timeline newest first, last contact, the follow-up cadence of its class
  (``Settings.follow_up_cadence``) and "not contacted for N days" past it.
* :func:`edit_customer` → :class:`FactsEdited`; undo: :func:`edit_customer` with ``before``.
* :func:`create_customer` → :class:`CustomerCreated`; undo :func:`remove_new_customer`, redo
  :func:`restore_customer` (the same id).
* :func:`add_contact`, :func:`edit_contact` → :class:`ContactSaved`; :func:`remove_contact` →
  :class:`ContactRemoved`; undo :func:`undo_contact` / :func:`restore_contact`. A customer with
  contacts has exactly one main contact.
* :func:`merge_customers` → :class:`Merged` (every record of the second moved to the first,
  the second removed); :func:`unmerge` puts everything back exactly.
* :func:`merge_proposals` — pairs whose names differ only by a legal form, spaces or width.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from salesplanner.domain.calendar import add_months
from salesplanner.domain.card import (
    Card,
    Contact,
    Facts,
    Person,
    Timeline,
    cadence_days,
    merge_groups,
    overdue_days,
)
from salesplanner.domain.customers import CustomerRevenue, pareto
from salesplanner.errors import UserError
from salesplanner.services.changes import Changes
from salesplanner.store import customers as repo
from salesplanner.store import import_removal
from salesplanner.store.db import Store
from salesplanner.store.settings import load_settings

CUSTOMER_CHANGES = Changes(customers=True)
MERGE_CHANGES = Changes(
    customers=True, deals=True, activities=True, blocks=True, opportunities=True
)
REMINDERS = Changes(reminders=True)
RANK_MONTHS = 12


class CustomerError(UserError):
    """A customer or contact edit the plan cannot take."""


def _facts_of(store: Store, customer_id: int) -> tuple[Facts, dt.date | None]:
    found = repo.facts(store, customer_id)
    if found is None:
        raise CustomerError("This customer no longer exists.")
    return found


# -- the card ---------------------------------------------------------------------------------
def card(store: Store, customer_id: int, today: dt.date | None = None) -> Card:
    today = today or dt.date.today()
    facts, created = _facts_of(store, customer_id)
    start = add_months(today, -RANK_MONTHS) + dt.timedelta(days=today.day)  # the day after
    ranking = pareto(
        [CustomerRevenue(i, n, fen) for i, n, fen in repo.revenues(store, start, today)], today
    )
    mine = next(r for r in ranking.rows if r.id == customer_id)
    cadence = cadence_days(mine.abc, load_settings(store).follow_up_cadence)
    last = repo.last_contact(store, customer_id, today)
    since, overdue = overdue_days(last, today, cadence)
    rows = repo.timeline(store, customer_id, (facts.name, *facts.short_names))
    items = Timeline(rows)
    return Card(
        id=customer_id,
        facts=facts,
        abc=mine.abc,
        rank=mine.rank,
        revenue_fen=mine.customer.revenue_fen,
        contacts=tuple(repo.contacts(store, customer_id)),
        timeline=items,
        last_contact=last,
        days_since_contact=since,
        cadence_days=cadence,
        overdue_days=overdue,
        created=created,
        deals=sum(1 for r in rows if r[1] == "sale" or (r[1] == "activity" and r[3] == "contract")),
        open_opportunities=sum(1 for r in rows if r[1] == "opportunity" and r[8] == "open"),
        counts=items.counts(),
    )


def people(store: Store) -> dict[str, list[Person]]:
    """Each customer's contacts by its name (main first): what a block, log, sale or deal
    dialog offers as the person it is with."""
    return repo.people(store)


def find_customer(store: Store, name_or_id: str) -> int:
    """A customer by id ("12") or exact name; one sentence when there is none."""
    text = name_or_id.strip()
    if text.isdigit() and repo.customer_row(store, int(text)) is not None:
        return int(text)
    found = repo.name_owner(store, text)
    if found is None:
        raise CustomerError(f"No customer is called {text}.")
    return found


# -- facts ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FactsEdited:
    customer_id: int
    before: Facts
    after: Facts
    changes: Changes = CUSTOMER_CHANGES


def _check_facts(store: Store, f: Facts, customer_id: int | None) -> Facts:
    name = " ".join(f.name.split())
    if not name:
        raise CustomerError("Give the customer a name.")
    owner = repo.name_owner(store, name)
    if owner is not None and owner != customer_id:
        raise CustomerError(f"Another customer is already called {name}.")
    shorts = tuple(dict.fromkeys(s.strip() for s in f.short_names if s.strip() and s != name))
    return replace(f, name=name, short_names=shorts)


def edit_customer(store: Store, customer_id: int, changes: dict[str, Any] | Facts) -> FactsEdited:
    """Set facts of the customer (a dict of :class:`Facts` fields, or whole facts)."""
    with store.transaction():
        before, _created = _facts_of(store, customer_id)
        if isinstance(changes, Facts):
            after = changes
        else:
            unknown = set(changes) - set(before.values())
            if unknown:
                raise CustomerError(f"Unknown customer field {sorted(unknown)[0]}.")
            after = replace(before, **changes)
        after = _check_facts(store, after, customer_id)
        repo.write_facts(store, customer_id, after)
    return FactsEdited(customer_id, before, after)


@dataclass(frozen=True)
class CustomerCreated:
    customer_id: int
    row: dict[str, Any]  # the row as made, for redo with the same id
    changes: Changes = CUSTOMER_CHANGES


def create_customer(store: Store, facts: Facts) -> CustomerCreated:
    with store.transaction():
        facts = _check_facts(store, facts, None)
        customer_id = repo.insert_customer(store, facts)
        row = repo.customer_row(store, customer_id)
    assert row is not None
    return CustomerCreated(customer_id, row)


def remove_new_customer(store: Store, created: CustomerCreated) -> Changes:
    """Undo :func:`create_customer` (the customer has no records of its own by then)."""
    with store.transaction():
        if repo.linked_ids(store, created.customer_id):
            raise CustomerError("This customer has records now and cannot be taken back.")
        repo.delete_customer(store, created.customer_id)
    return CUSTOMER_CHANGES


def restore_customer(store: Store, created: CustomerCreated) -> Changes:
    """Redo :func:`create_customer`: the same row, the same id."""
    with store.transaction():
        if repo.name_owner(store, created.row["name"]) is not None:
            raise CustomerError(f"Another customer is already called {created.row['name']}.")
        repo.put_row(store, "customers", created.row)
    return CUSTOMER_CHANGES


# -- contacts ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ContactSaved:
    contact_id: int
    before: Contact | None  # None: it was added
    after: Contact
    main_before: int | None  # the customer's main contact before
    changes: Changes = CUSTOMER_CHANGES


def _check_contact(c: Contact) -> Contact:
    if not " ".join(c.name.split()):
        raise CustomerError("Give the contact a name.")
    birthday = (c.birthday or "").strip() or None
    if birthday is not None and len(birthday) == 5 and birthday[2] == "-":
        birthday = "--" + birthday  # 12-06: a birthday without its year
    if birthday is not None:
        text = birthday[2:] if birthday.startswith("--") else birthday[5:]
        try:
            dt.date.fromisoformat("2000-" + text)
            if not birthday.startswith("--"):
                dt.date.fromisoformat(birthday)
        except ValueError:
            raise CustomerError(
                f"A birthday is written 1980-12-06 or --12-06, not {birthday}."
            ) from None
    return replace(c, name=" ".join(c.name.split()), birthday=birthday)


def _main_of(store: Store, customer_id: int) -> int | None:
    return next((c.id for c in repo.contacts(store, customer_id) if c.is_main), None)


def _save(store: Store, c: Contact, before: Contact | None) -> ContactSaved:
    c = _check_contact(c)
    main_before = _main_of(store, c.customer_id)
    if c.is_main or main_before is None:  # the first contact is the main one
        repo.clear_main(store, c.customer_id)
        c = replace(c, is_main=True)
    elif before is not None and before.is_main:  # the main contact stays main
        c = replace(c, is_main=True)
    if before is None:
        contact_id = repo.insert_contact(store, c)
    else:
        contact_id = before.id  # type: ignore[assignment]
        repo.update_contact(store, c)
    return ContactSaved(contact_id, before, replace(c, id=contact_id), main_before)


def add_contact(store: Store, contact: Contact) -> ContactSaved:
    with store.transaction():
        _facts_of(store, contact.customer_id)
        return _save(store, replace(contact, id=None), None)


def edit_contact(store: Store, contact: Contact) -> ContactSaved:
    with store.transaction():
        before = repo.contact(store, contact.id) if contact.id is not None else None
        if before is None:
            raise CustomerError("This contact no longer exists.")
        return _save(store, replace(contact, customer_id=before.customer_id), before)


def undo_contact(store: Store, saved: ContactSaved) -> Changes:
    """Undo :func:`add_contact` or :func:`edit_contact`."""
    with store.transaction():
        customer_id = saved.after.customer_id
        if saved.before is None:
            store.execute("DELETE FROM contacts WHERE id = ?", (saved.contact_id,))
        else:
            repo.clear_main(store, customer_id)
            repo.update_contact(store, saved.before)
        repo.clear_main(store, customer_id)
        repo.set_main(store, saved.main_before)
    return CUSTOMER_CHANGES


def redo_contact(store: Store, saved: ContactSaved) -> Changes:
    with store.transaction():
        customer_id = saved.after.customer_id
        repo.clear_main(store, customer_id)
        if saved.before is None:
            row = {"id": saved.contact_id, "customer_id": customer_id, **saved.after.values()}
            row["is_main"] = int(saved.after.is_main)
            repo.put_row(store, "contacts", row)
        else:
            repo.update_contact(store, saved.after)
        if not saved.after.is_main:
            repo.set_main(store, saved.main_before)
    return CUSTOMER_CHANGES


@dataclass(frozen=True)
class ContactRemoved:
    contact_id: int
    snapshot: import_removal.Snapshot  # the row and the records that named the person
    promoted: int | None  # the contact made main in its place
    changes: Changes = CUSTOMER_CHANGES


def remove_contact(store: Store, contact_id: int) -> ContactRemoved:
    with store.transaction():
        gone = repo.contact(store, contact_id)
        if gone is None:
            raise CustomerError("This contact no longer exists.")
        snap = import_removal.rows_snapshot(store, {"contacts": {contact_id}})
        import_removal.delete(store, snap)
        promoted = None
        if gone.is_main:
            promoted = repo.first_contact(store, gone.customer_id)
            repo.set_main(store, promoted)
    return ContactRemoved(contact_id, snap, promoted)


def restore_contact(store: Store, removed: ContactRemoved) -> Changes:
    with store.transaction():
        if removed.promoted is not None:
            store.execute("UPDATE contacts SET is_main = 0 WHERE id = ?", (removed.promoted,))
        import_removal.restore(store, removed.snapshot)
    return CUSTOMER_CHANGES


# -- merging ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Merged:
    keep: int
    gone: dict[str, Any]  # the merged-away customer's row
    kept_before: dict[str, Any]  # the kept customer's row before (facts filled from the other)
    moved: dict[tuple[str, str], list[int]]  # (table, column) → ids moved to the kept one
    mains: tuple[int, ...]  # the merged-away customer's main contact, now an ordinary one
    changes: Changes = MERGE_CHANGES
    # its snoozed / done reminders: dropped (the kept one had them), renamed (old key, new key)
    dropped: tuple[dict[str, Any], ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.moved.values())


_FILLED = ("segment", "industry", "region", "address", "source")


def merge_customers(store: Store, keep: int, other: int) -> Merged:
    """Move every record of ``other`` (sales, activities, blocks, opportunities, contacts …)
    to ``keep`` and remove ``other``; its name becomes a short name of ``keep`` and its facts
    fill the ones ``keep`` leaves empty."""
    if keep == other:
        raise CustomerError("A customer cannot be merged with itself.")
    with store.transaction():
        kept_row, gone_row = repo.customer_row(store, keep), repo.customer_row(store, other)
        if kept_row is None or gone_row is None:
            raise CustomerError("This customer no longer exists.")
        moved = repo.linked_ids(store, other)
        mains: tuple[int, ...] = ()
        if _main_of(store, keep) is not None:
            old = repo.clear_main(store, other)
            mains = (old,) if old is not None else ()
        for (table, column), ids in moved.items():
            repo.repoint(store, table, column, ids, keep)
        dropped, renamed = _move_reminder_states(store, other, keep, mains)
        k, g = _facts_of(store, keep)[0], _facts_of(store, other)[0]
        filled = {f: getattr(g, f) for f in _FILLED if not getattr(k, f) and getattr(g, f)}
        follow = [d for d in (k.next_follow_up, g.next_follow_up) if d is not None]
        notes = "\n".join(n for n in (k.notes, g.notes) if n.strip())
        repo.delete_customer(store, other)
        repo.write_facts(
            store,
            keep,
            replace(
                k,
                short_names=tuple(dict.fromkeys((*k.short_names, g.name, *g.short_names))),
                priority=k.priority or g.priority,
                next_follow_up=min(follow) if follow else None,
                notes=notes,
                **filled,
            ),
        )
    return Merged(
        keep, gone_row, kept_row, moved, mains, MERGE_CHANGES | REMINDERS, dropped, renamed
    )


def _move_reminder_states(
    store: Store, other: int, keep: int, demoted: tuple[int, ...]
) -> tuple[tuple[dict[str, Any], ...], tuple[tuple[str, str], ...]]:
    """The merged-away customer's snoozed follow-ups and greeted birthdays, now the kept
    customer's: (the rows dropped because the kept one has that reminder already, the keys
    renamed (old, new)). Its main contact's birthday is the birthday of one of the kept
    customer's people when another contact is the main one there (``demoted``)."""
    dropped, renamed = [], []
    for row in repo.reminder_states_of(store, other):
        key = repo.reminder_key_for(row["key"], keep)
        if key.startswith("birthday:") and key.count(":") == 2 and demoted:
            key = f"{key}:{demoted[0]}"  # the reminder of that person, no longer the main one
        if repo.has_reminder_state(store, key):
            dropped.append(row)
        else:
            renamed.append((row["key"], key))
    repo.delete_reminder_states(store, [r["key"] for r in dropped])
    repo.rename_reminder_states(store, renamed)
    return tuple(dropped), tuple(renamed)


def unmerge(store: Store, merged: Merged) -> Changes:
    """Undo :func:`merge_customers`: the other customer back with its id, its records back."""
    with store.transaction():
        repo.rename_reminder_states(store, [(new, old) for old, new in merged.renamed])
        for row in merged.dropped:
            repo.put_reminder_state(store, row)
        repo.put_row(store, "customers", merged.gone)
        for (table, column), ids in merged.moved.items():
            repo.repoint(store, table, column, ids, merged.gone["id"])
        for contact_id in merged.mains:
            repo.set_main(store, contact_id)
        repo.set_row(store, "customers", merged.kept_before)
    return merged.changes


@dataclass(frozen=True)
class MergeProposal:
    keep: int  # the one with the most records (then the oldest)
    keep_name: str
    other: int
    other_name: str
    keep_records: int = 0  # sales, activities and deals in flight of each
    other_records: int = 0


def merge_proposals(store: Store) -> list[MergeProposal]:
    """Customers that look like one company under two names (华星科技 / 华星科技有限公司)."""
    counts = repo.record_counts(store)
    rejected = repo.rejected_pairs(store)
    out = []
    for group in merge_groups(repo.id_names(store)):
        ranked = sorted(group, key=lambda c: (-counts.get(c[0], 0), c[0]))
        keep_id, keep_name = ranked[0]
        out += [
            MergeProposal(keep_id, keep_name, cid, name, counts.get(keep_id, 0), counts.get(cid, 0))
            for cid, name in ranked[1:]
            if (min(keep_id, cid), max(keep_id, cid)) not in rejected
        ]
    return out


@dataclass(frozen=True)
class MergeRejected:
    keep: int
    other: int
    new: bool  # False: it was turned down before (undo leaves it so)
    changes: Changes = CUSTOMER_CHANGES


def reject_merge(store: Store, keep: int, other: int) -> MergeRejected:
    """The rep says the two are different companies: not proposed again (kept in the plan)."""
    if keep == other:
        raise CustomerError("A customer cannot be merged with itself.")
    with store.transaction():
        if repo.customer_row(store, keep) is None or repo.customer_row(store, other) is None:
            raise CustomerError("This customer no longer exists.")
        new = repo.reject_pair(store, keep, other)
    return MergeRejected(keep, other, new)


def unreject_merge(store: Store, rejected: MergeRejected) -> Changes:
    """Undo :func:`reject_merge`: the two are proposed again."""
    with store.transaction():
        if rejected.new:
            repo.unreject_pair(store, rejected.keep, rejected.other)
    return rejected.changes


def other_customer_names(store: Store, customer_id: int) -> list[str]:
    """The names of every customer but ``customer_id`` (whom to merge into it)."""
    return [name for i, name in repo.id_names(store) if i != customer_id]
