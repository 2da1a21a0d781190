"""The date box used to jump to a day (week, progress, weekly review)."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget

from salesplanner.ui.format import date_edit_format


def date_box(parent: QWidget | None = None) -> QDateEdit:
    """A date box with a calendar popup and a four-digit year that reports a date only when
    the rep has finished typing it (Enter, leaving the box, a click in the calendar).

    With keyboard tracking on, typing 2026/10/8 reported 2026/1/… after the "1" of the month,
    the pane jumped to that week and rewrote the box under the rep's fingers."""
    box = QDateEdit(parent)
    box.setCalendarPopup(True)
    box.setDisplayFormat(date_edit_format())
    box.setKeyboardTracking(False)
    return box
