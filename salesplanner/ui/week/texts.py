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
        # blocks the app adds (domain.diagnosis, services.progress)
        "catch-up visits": _t("catch-up visits"),
        "catch-up phone visits": _t("catch-up phone visits"),
        "weekly visit: top customer": _t("weekly visit: top customer"),
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
    if r.kind == "birthday" and r.name:  # a contact's, not the main one's
        if r.date == today:
            return _t("{person} ({customer}): birthday today — send greetings").format(
                person=r.name, customer=r.customer_name
            )
        return _t("{person} ({customer}): birthday on {date}").format(
            person=r.name, customer=r.customer_name, date=when
        )
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


def _quick_entry_templates() -> dict[str, str]:
    """Code → translated sentence (sources: domain.quick_entry.MESSAGES_EN)."""
    return {
        "qe.empty": _t('Type what you did, e.g. "visit 华星科技" or "phone 3".'),
        "qe.no_activity": _t(
            '"{text}" does not say what was done; start with visit, phone, follow-up, '
            "proposal, negotiation or contract (拜访, 电话, 跟进, 提案, 谈判, 签约)."
        ),
        "qe.no_such_date": _t('"{text}" holds a date that does not exist.'),
        "qe.negative": _t('"{text}": an amount cannot be negative.'),
        "qe.not_an_amount": _t('"{text}" is not an amount.'),
        "qe.amount_without_contract": _t(
            'An amount belongs to a contract; write "contract {amount} {customer}".'
        ),
        "qe.contract_without_amount": _t(
            'A contract needs its amount, e.g. "contract 3.5万 华星科技".'
        ),
        "qe.amount_not_positive": _t("The amount must be more than zero."),
        "qe.count_not_positive": _t("The count must be at least 1."),
        "qe.future": _t("That date is in the future; log what has been done."),
        "qe.amount_field": _t('"{text}" is not an amount; write it like 3.5万 or 35000元.'),
        "qe.deal_future": _t("That date is in the future; a deal is won or lost when it happens."),
        "qe.deal_no_customer": _t('Name the customer, e.g. "{example}".'),
        "qe.deal_no_stage": _t('Say which stage, e.g. "{example}".'),
        "qe.deal_won_without_amount": _t('A won deal needs its final amount, e.g. "{example}".'),
        "qe.deal_no_reason": _t('Say why the deal was lost, e.g. "{example}".'),
        "qe.date_range": _t(
            '"{text}": the date is outside the years 1990–2100 that SalesPlanner plans in.'
        ),
        "qe.amount_range": _t(
            '"{text}": the amount is more than SalesPlanner can plan with (at most 100,000,000万).'
        ),
    }


def quick_entry_error(exc) -> str:
    """A QuickEntryError in the rep's language (its text as is when it has no code)."""
    template = _quick_entry_templates().get(getattr(exc, "code", None) or "")
    if template is None:
        return str(exc)
    return template.format(**exc.params)
