"""The import's problems, skip reasons and notes in the user's language (run time).

The engine (``salesplanner.io``) gives each problem and sheet note a :class:`~salesplanner.io.messages.Msg`:
English text plus a code and parameters. Here each code has a translated template whose source
is the engine's English template itself, parameters and format specs included (``{n:g}``), so
the English UI reads exactly like the command line. Skip reasons and the notes the import
service adds are plain English: the known ones are recognised here; anything else is shown as
it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from salesplanner.io.importer import Problem
from salesplanner.io.workbook import column_letter


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportTexts", text)


def _templates() -> dict[str, str]:
    """Code → translated template (sources: salesplanner.io.messages.IMPORT_MESSAGES_EN)."""
    return {
        "cell.not_finite": _t("not a number"),
        "cell.not_an_amount": _t("“{text}” is not an amount"),
        "cell.not_a_number": _t("“{text}” is not a number"),
        "cell.not_whole": _t("{n:g} is not a whole number of times"),
        "cell.not_a_date": _t("“{text}” is not a date"),
        "cell.number_not_a_date": _t("{n:g} is not a date"),
        "cell.duration": _t("a duration, not a date"),
        "cell.no_such_day": _t("{month}月{day}日 does not exist in {year}"),
        "cell.date_out_of_range": _t("{date} is outside 1990–2100"),
        "cell.not_a_month": _t("“{text}” is not a month"),
        "cell.excel_error": _t("the cell holds the Excel error {error}"),
        "empty.date": _t("the date is empty"),
        "empty.amount": _t("the amount is empty"),
        "empty.quantity_or_price": _t("no amount: quantity or unit price is empty"),
        "empty.activity": _t("the activity type is empty"),
        "empty.name": _t("the customer name is empty"),
        "empty.month": _t("the month is empty"),
        "empty.target": _t("the target is empty"),
        "activity.unknown": _t("“{text}” is not a known activity type"),
        "birthday.implausible": _t("{date} is not a plausible birthday"),
        "birthday.not_a_date": _t("“{text}” is not a date; birthday left empty"),
        "customer.duplicate": _t("{name} is already on row {row}; left out"),
        "row.repeated": _t("repeats row {row} exactly; imported both — delete one if it is a mistake"),
        "row.same_record_id": _t("has the same record ID as row {row}; imported both — delete one if it is a mistake"),
        "amount.unusually_large": _t("unusually large ({ratio:.0f}× the typical amount); imported, please check"),
        "amount.unusually_small": _t("unusually small next to the others; imported, please check"),
        "note.targets_by_month": _t("Targets laid out by month across {n} columns."),
        "note.amount_from_quantity": _t("No amount column: amount = quantity × unit price."),
        "note.side_by_side": _t("Several tables side by side: using columns {first}–{last}."),
        "note.scaled_column": _t("{header}: values are in units of {scale:,} (×{scale})."),
    }


def _skip_reasons() -> dict[str, str]:
    """The engine's skip reasons (salesplanner.io.messages.SKIP_REASONS) → labels."""
    return {
        "rows with problems": _t("rows with problems"),
        "duplicate rows in the file": _t("duplicate rows in the file"),
    }


# Notes the import service adds (plain English sentences): template → its translation.
_SERVICE_NOTES = (
    "No goal covered {first}–{last}: a draft goal was created for the targets.",
    "{n} rows per month were added up (e.g. {examples}).",
)


def _service_note_templates() -> list[str]:
    return [
        _t("No goal covered {first}–{last}: a draft goal was created for the targets."),
        _t("{n} rows per month were added up (e.g. {examples})."),
    ]


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)  # text, name, text, name, …, text
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(regex + r"\Z", re.S)


_NOTE_PATTERNS = [_pattern(t) for t in _SERVICE_NOTES]


class ImportTexts:
    """The translated templates, looked up once (make one per list of problems shown)."""

    def __init__(self) -> None:
        self.templates = _templates()
        self.reasons = _skip_reasons()
        self.service_notes = _service_note_templates()
        self.row = _t("row {n}")
        self.sentence_template = _t("{cell}: {message}")

    def message(self, message: str) -> str:
        """A problem's or note's text; English as it is for a sentence without a known code."""
        template = self.templates.get(getattr(message, "code", None))
        if template is None:
            return str(message)
        try:
            return template.format(**message.params)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English
            return str(message)

    def cell(self, problem: Problem) -> str:
        """ "E3", "row 25" (a whole row) or "" (the sheet)."""
        if problem.row == 0:
            return ""
        if problem.col is None:
            return self.row.format(n=problem.row)
        return f"{column_letter(problem.col)}{problem.row}"

    def sentence(self, problem: Problem) -> str:
        """Like ``Problem.sentence``: "E3: the date is empty", translated."""
        where = self.cell(problem)
        text = self.message(problem.message)
        return self.sentence_template.format(cell=where, message=text) if where else text

    def skip_reason(self, reason: str) -> str:
        return self.reasons.get(reason, reason)

    def note(self, note: str) -> str:
        """A note on the sheet (``Analysis.notes``) or on the import (``ImportReport.notes``)."""
        if getattr(note, "code", None) is not None:
            return self.message(note)
        for pattern, template in zip(_NOTE_PATTERNS, self.service_notes, strict=True):
            m = pattern.match(note)
            if m:
                try:
                    return template.format(**m.groupdict())
                except (KeyError, IndexError, ValueError):
                    return note
        return note

    def notes(self, notes: Iterable[str]) -> list[str]:
        return [self.note(n) for n in notes]
