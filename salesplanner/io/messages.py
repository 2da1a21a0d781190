"""The import's problems and notes as data: a stable code and parameters, plus the English.

A :class:`Msg` *is* its English sentence (a ``str``: the command line, ``--json`` and the
tests read it as before) and also carries ``code`` and ``params``, so the UI shows it in the
user's language (``salesplanner.ui.dialogs.import_texts`` has a translated template per code).
Messages are made only for cells with a problem, so a clean column costs nothing.

Skip reasons (the keys of ``Parsed.skipped``) stay plain English text: :data:`SKIP_REASONS`.
"""

from __future__ import annotations

# English text per code (the command line, JSON ``message``); a parameter's format spec here
# ({n:g}) is applied before the UI fills its own template, whose placeholders are plain ({n}).
IMPORT_MESSAGES_EN: dict[str, str] = {
    # a cell that cannot be read (salesplanner.io.parse)
    "cell.not_finite": "not a number",
    "cell.not_an_amount": "“{text}” is not an amount",
    "cell.not_a_number": "“{text}” is not a number",
    "cell.not_whole": "{n:g} is not a whole number of times",
    "cell.not_a_date": "“{text}” is not a date",
    "cell.number_not_a_date": "{n:g} is not a date",
    "cell.duration": "a duration, not a date",
    "cell.no_such_day": "{month}月{day}日 does not exist in {year}",
    "cell.date_out_of_range": "{date} is outside 1990–2100",
    "cell.not_a_month": "“{text}” is not a month",
    "cell.excel_error": "the cell holds the Excel error {error}",
    # a required value missing (salesplanner.io.importer)
    "empty.date": "the date is empty",
    "empty.amount": "the amount is empty",
    "empty.quantity_or_price": "no amount: quantity or unit price is empty",
    "empty.activity": "the activity type is empty",
    "empty.name": "the customer name is empty",
    "empty.month": "the month is empty",
    "empty.target": "the target is empty",
    # other problems of a row
    "activity.unknown": "“{text}” is not a known activity type",
    "birthday.implausible": "{date} is not a plausible birthday",
    "birthday.not_a_date": "“{text}” is not a date; birthday left empty",
    "customer.duplicate": "{name} is already on row {row}; left out",
    "row.repeated": "repeats row {row} exactly; imported both — delete one if it is a mistake",
    "row.same_record_id": "has the same record ID as row {row}; imported both — delete one if it is a mistake",
    "amount.unusually_large": "unusually large ({ratio:.0f}× the typical amount); imported, please check",
    "amount.unusually_small": "unusually small next to the others; imported, please check",
    # notes on the sheet (Analysis.notes)
    "note.targets_by_month": "Targets laid out by month across {n} columns.",
    "note.amount_from_quantity": "No amount column: amount = quantity × unit price.",
    "note.side_by_side": "Several tables side by side: using columns {first}–{last}.",
    "note.scaled_column": "{header}: values are in units of {scale:,} (×{scale}).",
}

# why rows were left out: the keys of Parsed.skipped / ImportReport.skipped
SKIP_REASONS = ("rows with problems", "duplicate rows in the file")


class Msg(str):
    """An English sentence that knows its ``code`` and ``params`` (see the module docstring)."""

    __slots__ = ("code", "params")
    code: str
    params: dict

    def __new__(cls, code: str, /, **params) -> Msg:
        template = IMPORT_MESSAGES_EN[code]
        self = str.__new__(cls, template.format(**params) if params else template)
        self.code = code
        self.params = params
        return self

    def __reduce__(self):  # pickle and copy make it again from code and params
        return _msg, (self.code, self.params)


def _msg(code: str, params: dict) -> Msg:
    return Msg(code, **params)
