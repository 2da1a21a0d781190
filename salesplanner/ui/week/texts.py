"""Run-time wording of week-calendar data: template notes, reminders, capacity lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("week", text)


def note_label(note: str) -> str:
    """Notes of METHOD.md's template are stable keys; anything else is the rep's own text."""
    notes = {
        "new-customer visits": _t("new-customer visits"),
        "follow up existing customers": _t("follow up existing customers"),
        "write proposals": _t("write proposals"),
        "prepare meeting materials": _t("prepare meeting materials"),
        "new product training": _t("new product training"),
        "industry event": _t("industry event"),
        "networking": _t("networking"),
        "proposal follow-up": _t("proposal follow-up"),
        "contract negotiation": _t("contract negotiation"),
        "review the week": _t("review the week"),
        "plan next week": _t("plan next week"),
        "product learning": _t("product learning"),
    }
    return notes.get(note, note)


def reminder_text(r, today) -> str:
    """One line for a reminder (domain.reminders.Reminder)."""
    from salesplanner.ui.format import format_month_day

    when = format_month_day(r.date)
    if r.kind == "followup":
        if r.date < today:
            return _t("Follow up {customer} (due {date})").format(
                customer=r.customer_name, date=when
            )
        return _t("Follow up {customer} today").format(customer=r.customer_name)
    if r.kind == "birthday":
        if r.date == today:
            return _t("{customer}: birthday today — send greetings").format(
                customer=r.customer_name
            )
        return _t("{customer}: birthday on {date}").format(customer=r.customer_name, date=when)
    if r.kind == "holiday":
        return _t("{holiday} on {date}: send customers greetings").format(holiday=r.name, date=when)
    if r.kind == "review":
        return _t("Friday review: what worked, obstacles, next week's plan")
    return r.key
