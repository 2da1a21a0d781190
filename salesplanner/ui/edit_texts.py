"""Why an edit was not made, in the rep's language: the services' refusals and plan-file faults.

The services raise :class:`~salesplanner.errors.UserError` with one English sentence (the command
line prints it as it is). Here each sentence an edit can meet has a translated template whose
source is the service's English with its variable parts as ``{placeholders}``; a sentence is
matched against them at run time. A refusal no template knows is shown as it is (the test
``tests/ui/test_edits.py`` keeps the services' sentences and this table in step). A fault of the
plan file (``sqlite3.Error``, ``OSError``) becomes one sentence that says what the rep can do.
"""

from __future__ import annotations

import errno
import re
import sqlite3

from PySide6.QtCore import QCoreApplication

from salesplanner.errors import UserError


def _t(text: str) -> str:
    return QCoreApplication.translate("EditTexts", text)


def _templates(_t=_t) -> list[str]:
    """The translated templates; ``_templates(str)`` gives their English sources (as the
    services word them, variable parts as ``{name}``)."""
    return [
        # salesplanner.services.week
        _t("Unknown activity type {code}."),
        _t("A block must start before it ends within the day ({times})."),
        _t("The planned count cannot be negative."),
        _t("That block no longer exists."),
        _t("There is no week template named {name}."),
        _t("Give the template a name."),
        _t("The week has no blocks to save as a template."),
        _t("The count cannot be negative."),
        _t("A contract needs its amount."),
        _t("The next follow-up cannot be before the day the activity was done."),
        # salesplanner.services.progress
        _t("Unknown period {kind}: use week, month or goal."),
        _t("A block of this plan was deleted meanwhile; refresh and retry."),
        _t("Give a reason for revising the target; it is kept with the revision."),
        _t("The revised target must be greater than zero."),
        _t("This goal no longer exists."),
        _t("The goal's period is over; set a new goal instead."),
        _t("The new target is below what the past months already hold."),
        # salesplanner.services.goals and salesplanner.domain.breakdown
        _t("Give the goal a title."),
        _t("Set the goal's start and deadline."),
        _t("The goal's deadline is before its start."),
        _t("The target cannot be negative."),
        _t("The months add up to {total} yuan but the goal is {target} yuan; adjust a month."),
        _t("This goal no longer exists; save it as a new goal."),
        _t("The ramp step is so negative that a month would get less than nothing."),
        _t("Unknown breakdown method {method}: use even, ramp or seasonal."),
        _t("A period target cannot be negative."),
        _t("The edited periods add up to more than the goal; lower one of them."),
        _t("Every period is edited and they do not add up to the goal."),
        _t("The goal cannot be negative."),
        _t("The goal's end is before its start."),
        # salesplanner.services.settings
        _t("Currency unit must be one of {units}."),
        _t("The week must start on a day from Monday (0) to Sunday (6)."),
        _t("Working hours must end after they start, within one day."),
        _t("The buffer per day cannot be longer than the working day."),
        _t("The learning-time share must be between 0 % and 50 %."),
        _t("Language must be zh_CN, en or empty (follow the system)."),
        _t("Keep between 0 and 365 automatic backups."),
        _t("Weekend days are numbered 0 (Monday) to 6 (Sunday)."),
        _t("Follow-ups per day cannot be negative."),
        _t("A deal is stale after 1 to 365 days without activity."),
        _t("A follow-up cadence is a number of days from 1 to 730."),
        # salesplanner.services.pipeline and salesplanner.domain.opportunities
        _t("That opportunity no longer exists."),
        _t("This deal is closed; only an open deal can be planned."),
        _t("Unknown stage {stage}."),
        _t("Win or lose a deal to close it; moving sets an open stage."),
        _t("Only an open deal can be won."),
        _t("Only an open deal can be lost."),
        _t("Win or lose a deal with its own command, not by editing it."),
        _t("This deal is won and became a sale; undo the win to move it again."),
        _t("The deal is at that stage already."),
        _t("A deal cannot change stage before it was created."),
        _t("The final amount must be more than zero."),
        _t("Say why the deal was lost (price, competitor, no budget …)."),
        _t("A stage that deals are at cannot be removed; move them first."),
        _t("No customer is called {name}."),
        _t("{customer} has no open deal."),
        _t("{customer} has {n} open deals ({deals}); name one by its number."),
        _t("There is no goal to forecast; set one with the goal wizard."),
        _t("The number of runs is between 1 and 1,000,000."),
        _t("The stage list has no {outcome} stage."),
        _t("Two stages have the same key."),
        _t("The stage list needs at least one open stage."),
        _t("The stage list needs exactly one {outcome} stage."),
        _t("A win probability is between 0 and 100 % ({value})."),
        _t("An opportunity needs a customer."),
        _t("The expected amount cannot be negative."),
        _t("The stage and the outcome of an opportunity disagree."),
        _t("A won or lost opportunity needs the date it closed."),
        _t("An opportunity cannot close before it was created."),
        _t("Unknown channel {channel}."),
        # salesplanner.services.import_history
        _t("There is no import #{id} in this plan."),
        _t(
            "The import of {file} set the goal's month targets and cannot be taken back; "
            "revise the goal instead."
        ),
        _t("Rows of {file} were imported again after they were removed; remove that import first."),
        # salesplanner.services.journal
        _t("The journal's start is after its end."),
        _t("There is no journal entry {key}."),
        _t("Say what to change: the date, amount, count, outcome or note."),
        _t("A sale's amount must be more than zero."),
        _t("Only a sale has an amount."),
        _t("A sale without a logged activity has no count or outcome."),
        _t("That person is not a contact of this entry's customer."),
        _t("Entry {key} cannot be put back: a newer entry took its place."),
        # salesplanner.services.customers
        _t("This customer no longer exists."),
        _t("Give the customer a name."),
        _t("Another customer is already called {name}."),
        _t("Unknown customer field {field}."),
        _t("This customer has records now and cannot be taken back."),
        _t("Give the contact a name."),
        _t("A birthday is written 1980-12-06 or --12-06, not {text}."),
        _t("This contact no longer exists."),
        _t("A customer cannot be merged with itself."),
        # salesplanner.services.greetings
        _t("There is no customer named {name}."),
    ]


_PLACEHOLDER = re.compile(r"\\\{(\w+)\\\}")


def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(_PLACEHOLDER.sub(r"(?P<\1>.+?)", re.escape(source)) + r"\Z", re.DOTALL)


def known_refusal(message: str) -> bool:
    """Whether ``message`` (a service's English sentence) has a translated template."""
    return any(_pattern(source).match(message) for source in _templates(str))


def refusal_sentence(message: str) -> str:
    """A service's English sentence in the rep's language (as it is when no template knows it)."""
    for source, template in zip(_templates(str), _templates(), strict=True):
        m = _pattern(source).match(message)
        if m:
            try:
                return template.format(**m.groupdict())
            except (KeyError, IndexError, ValueError):  # a broken translation: the English
                return message
    return message


def fault_sentence(exc: BaseException) -> str:
    """One translated sentence for why an edit (or its undo) failed."""
    if isinstance(exc, UserError):
        from salesplanner.ui.store_texts import code_sentence

        # a plan-file fault (busy, read-only, disk full) or a limit carries its code
        return code_sentence(exc) or refusal_sentence(str(exc))
    text = str(exc).lower()
    if getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in text:
        return _t("The disk is full, so the change was not saved.")
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        return _t("The plan file is read-only, so the change was not saved.")
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return _t(
            "Another program is using the plan file, so the change was not saved; "
            "try again in a moment."
        )
    return _t("The plan file could not be changed, so the change was not saved ({reason}).").format(
        reason=str(exc) or type(exc).__name__
    )
