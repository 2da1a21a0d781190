"""Undoable edits of the customer card: each an :class:`~salesplanner.ui.edits.Edit` calling
:mod:`salesplanner.services.customers`; push them with ``push_edit``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesplanner.domain.card import Contact, Facts
from salesplanner.services import customers as svc
from salesplanner.services.changes import Changes
from salesplanner.ui.context import AppContext
from salesplanner.ui.edits import Edit


def _t(text: str) -> str:
    return QCoreApplication.translate("CustomerCard", text)


class EditCustomerCommand(Edit):
    """Save the facts of a customer; undo writes the facts it had."""

    def __init__(self, ctx: AppContext, customer_id: int, facts: Facts, text: str | None = None):
        super().__init__(ctx, text or _t("Edit customer {name}").format(name=facts.name))
        self.customer_id, self.facts = customer_id, facts
        self.edited: svc.FactsEdited | None = None

    def do(self) -> Changes:
        self.edited = svc.edit_customer(self.ctx.store, self.customer_id, self.facts)
        return self.edited.changes

    def undo_edit(self) -> Changes:
        assert self.edited is not None  # (undo follows a do that worked)
        return svc.edit_customer(self.ctx.store, self.customer_id, self.edited.before).changes


class NewCustomerCommand(Edit):
    """Make a customer; undo removes it, redo brings it back with the same id."""

    def __init__(self, ctx: AppContext, facts: Facts):
        super().__init__(ctx, _t("New customer {name}").format(name=facts.name))
        self.facts = facts
        self.created: svc.CustomerCreated | None = None

    def do(self) -> Changes:
        self.created = svc.create_customer(self.ctx.store, self.facts)
        return self.created.changes

    def undo_edit(self) -> Changes:
        assert self.created is not None
        return svc.remove_new_customer(self.ctx.store, self.created)

    def redo_edit(self) -> Changes:
        assert self.created is not None
        return svc.restore_customer(self.ctx.store, self.created)


class SaveContactCommand(Edit):
    """Add a contact (no id) or save an edited one; undo takes it back."""

    def __init__(self, ctx: AppContext, contact: Contact):
        text = _t("Add contact {name}") if contact.id is None else _t("Edit contact {name}")
        super().__init__(ctx, text.format(name=contact.name))
        self.contact = contact
        self.saved: svc.ContactSaved | None = None

    def do(self) -> Changes:
        store = self.ctx.store
        if self.contact.id is None:
            self.saved = svc.add_contact(store, self.contact)
        else:
            self.saved = svc.edit_contact(store, self.contact)
        return self.saved.changes

    def undo_edit(self) -> Changes:
        assert self.saved is not None
        return svc.undo_contact(self.ctx.store, self.saved)

    def redo_edit(self) -> Changes:
        assert self.saved is not None
        return svc.redo_contact(self.ctx.store, self.saved)


class RemoveContactCommand(Edit):
    """Remove a contact; undo puts the person back with the records that named them."""

    def __init__(self, ctx: AppContext, contact: Contact):
        super().__init__(ctx, _t("Remove contact {name}").format(name=contact.name))
        self.contact_id = contact.id
        self.removed: svc.ContactRemoved | None = None

    def do(self) -> Changes:
        assert self.contact_id is not None
        self.removed = svc.remove_contact(self.ctx.store, self.contact_id)
        return self.removed.changes

    def undo_edit(self) -> Changes:
        assert self.removed is not None
        return svc.restore_contact(self.ctx.store, self.removed)


class MergeCustomersCommand(Edit):
    """Merge ``other`` into ``keep``; undo brings ``other`` and its records back exactly."""

    def __init__(self, ctx: AppContext, keep: int, other: int, text: str):
        super().__init__(ctx, text)
        self.keep, self.other = keep, other
        self.merged: svc.Merged | None = None

    def do(self) -> Changes:
        self.merged = svc.merge_customers(self.ctx.store, self.keep, self.other)
        return self.merged.changes

    def undo_edit(self) -> Changes:
        assert self.merged is not None
        return svc.unmerge(self.ctx.store, self.merged)


class RejectMergeCommand(Edit):
    """ "Not the same company": the proposal to merge ``other`` into ``keep`` is not made again
    (kept in the plan); undo proposes it again."""

    def __init__(self, ctx: AppContext, keep: int, other: int, text: str):
        super().__init__(ctx, text)
        self.keep, self.other = keep, other
        self.rejected: svc.MergeRejected | None = None

    def do(self) -> Changes:
        self.rejected = svc.reject_merge(self.ctx.store, self.keep, self.other)
        return self.rejected.changes

    def undo_edit(self) -> Changes:
        assert self.rejected is not None
        return svc.unreject_merge(self.ctx.store, self.rejected)
