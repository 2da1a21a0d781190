"""The import's problems, skip reasons and notes in the user's language (run time).

The engine (``salesplanner.io``) gives each problem and sheet note a
:class:`~salesplanner.io.messages.Msg`:
English text plus a code and parameters. Here each code has a translated template whose source
is the engine's English template itself, parameters and format specs included (``{n:g}``), so
the English UI reads exactly like the command line. Skip reasons and the notes the import
service adds are plain English: the known ones are recognised here; anything else is shown as
it is. The errors of a file that cannot be read or mapped, a cancelled import, the plan
export and a write-back into the rep's workbook carry a ``Msg`` as their argument:
:meth:`ImportTexts.error` says them the same way (a parameter that is a ``Msg`` itself, such
as the place and the reason of a write-back refusal, is translated too).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from salesplanner.domain.plural import counted
from salesplanner.io.importer import Problem
from salesplanner.io.messages import Msg
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
        "cell.date_ambiguous": _t(
            "“{text}” could be day/month or month/day; choose the date order"
        ),
        "cell.date_order": _t("“{text}” is not a date in the column's order, {order}"),
        "order.dmy": _t("day/month/year"),
        "order.mdy": _t("month/day/year"),
        "order.ymd": _t("year/month/day"),
        "order.none": _t("none chosen"),
        "order.either": _t("{first} or {second}"),
        "note.date_order": _t(
            "Dates in column {column} read as {order}, as {cell} (“{text}”) shows."
        ),
        "mapping.date_order": _t(
            "Dates in column {column} of {name} can be read as {orders} (“{text}” in {cell}); "
            "say which with --date-order {options}."
        ),
        "mapping.unknown_date_order": _t(
            "Unknown order of day, month and year “{order}”; use one of: {orders}."
        ),
        "cell.excel_error": _t("the cell holds the Excel error {error}"),
        "empty.date": _t("the date is empty"),
        "empty.amount": _t("the amount is empty"),
        "empty.quantity_or_price": _t("no amount: quantity or unit price is empty"),
        "empty.quantity": _t("the quantity is empty"),
        "empty.unit_price": _t("the unit price is empty"),
        "empty.activity": _t("the activity type is empty"),
        "empty.name": _t("the customer name is empty"),
        "empty.month": _t("the month is empty"),
        "empty.target": _t("the target is empty"),
        "activity.unknown": _t("“{text}” is not a known activity type"),
        "cell.not_a_probability": _t(
            "“{text}” is not a win probability (60%, 0.6); the stage's is used"
        ),
        "stage.unknown": _t("“{text}” is not one of your stages; the deal is put at the first one"),
        "birthday.implausible": _t("{date} is not a plausible birthday"),
        "birthday.not_a_date": _t("“{text}” is not a date; birthday left empty"),
        "customer.duplicate": _t("{name} is already on row {row}; left out"),
        "row.repeated": _t(
            "repeats row {row} exactly; imported both — delete one if it is a mistake"
        ),
        "row.same_record_id": _t(
            "has the same record ID as row {row}; imported both — delete one if it is a mistake"
        ),
        "row.more_cells_than_header": _t(
            "the row has more cells than the header (a number like 1,234 without "
            "quotes splits in two and moves the cells after it); left out"
        ),
        "amount.unusually_large": _t(
            "unusually large ({ratio:.0f}× the typical amount); imported, please check"
        ),
        "amount.unusually_small": _t("unusually small next to the others; imported, please check"),
        "note.targets_by_month": _t("Targets laid out by month across {n} columns."),
        "note.amount_from_quantity": _t("No amount column: amount = quantity × unit price."),
        "note.side_by_side": _t("Several tables side by side: using columns {first}–{last}."),
        "note.scaled_column": _t("{header}: values are in units of {scale:,} (×{scale})."),
        "note.won_deals_linked": _t(
            "{n} won deal(s) linked to the sales your plan already had (the first: {name}, "
            "booked {date}); none added again."
        ),
        "note.ledger_sales_linked": _t(
            "{n} row(s) left out: the sales of won deals already in your plan (the first: "
            "{name}, {date}), linked to them."
        ),
        "note.bad_text": _t(
            "Characters in {n} cell(s) could not be read as {encoding} (the first in {cell}): "
            "the file may be in another encoding; save it from Excel as “CSV UTF-8” and import "
            "it again."
        ),
        # errors: a file that cannot be read or mapped, a cancelled import, the plan export
        "file.missing": _t("{path} does not exist."),
        "file.not_a_file": _t("{name} is not a file."),
        "file.unreadable": _t("Cannot read {name}: {reason}."),
        "file.empty": _t("{name} is empty."),
        "file.too_large": _t(
            "{name} is {mb} MB, more than SalesPlanner imports at once ({limit} MB); "
            "split it into smaller files."
        ),
        "file.incomplete_zip": _t("{name} is damaged (an incomplete zip package)."),
        "file.binary_csv": _t("{name} is not a text (CSV) file: it holds binary data."),
        "file.web_page": _t(
            "{name} is a web page saved with a spreadsheet name; "
            "open it in Excel or WPS and save it as .xlsx first."
        ),
        "file.excel_xml": _t(
            "{name} is an Excel 2003 XML file; open it in Excel or WPS and save it as .xlsx first."
        ),
        "file.plain_text": _t(
            "{name} is plain text, not a workbook; if it is a CSV file, rename it to .csv."
        ),
        "file.unknown_format": _t("{name} is not a spreadsheet (unknown file format)."),
        "file.lock_file": _t(
            "{name} is the lock file Excel, WPS or LibreOffice keeps while {workbook} is open; "
            "choose {workbook} itself."
        ),
        "file.word": _t("{name} is a Word document, not a spreadsheet."),
        "file.powerpoint": _t("{name} is a PowerPoint file, not a spreadsheet."),
        "file.office_not_excel": _t("{name} is an Office file but not an Excel workbook."),
        "file.odf_not_spreadsheet": _t("{name} is an OpenDocument file but not a spreadsheet."),
        "file.zip_not_excel": _t("{name} is a zip file but not an Excel workbook."),
        "file.zip_archive": _t("{name} is a zip archive, not a spreadsheet."),
        "file.encrypted": _t("{name} is protected with a password; remove it and try again."),
        "file.encrypted_xls": _t(
            "{name} is protected with a password; open it in Excel or WPS, remove the password "
            "(File → Info → Protect Workbook) and import the saved copy."
        ),
        "file.encrypted_book": _t(
            "{name} is protected with a password; remove the password in Excel or WPS and import "
            "the saved copy."
        ),
        "file.zip_damaged": _t(
            "{name} is damaged or incomplete (the zip package cannot be opened); "
            "open it in Excel or WPS and save it again."
        ),
        "file.part_damaged": _t(
            "{name} is damaged or incomplete (part {part} cannot be unpacked); "
            "open it in Excel or WPS and save it again."
        ),
        "file.damaged": _t(
            "{name} is damaged and cannot be read; open it in Excel or WPS and save it again."
        ),
        "file.too_many_parts": _t("{name} has {n} parts; that is not a normal workbook."),
        "file.unpacks_too_large": _t(
            "{name} unpacks to {mb} MB; that is too large to import safely "
            "(a zip bomb or a huge workbook)."
        ),
        "file.zip_bomb": _t(
            "{name} contains a part that unpacks to an implausible size (a zip bomb); "
            "it was not read."
        ),
        "file.part_too_large": _t(
            "{name} contains a part larger than it declares (a zip bomb); it was not read."
        ),
        "file.xml_bomb": _t(
            "{name} contains XML entity declarations that no spreadsheet needs (an XML bomb); "
            "it was not read."
        ),
        "file.malformed_xml": _t("{name} has a malformed XML part; it was not read."),
        "file.ods_cells": _t(
            "{name} asks for more than {cells:,} cells in one sheet (repeated rows or columns); "
            "it was not read."
        ),
        "file.cell_limit": _t(
            "{name} asks for more cells than any real sheet holds; it was not read."
        ),
        "file.no_worksheets": _t("{name} has no worksheets."),
        "file.csv_unreadable": _t("{name} is not a readable CSV file."),
        "file.csv_too_large": _t(
            "{name} has {rows:,} rows × {cols:,} columns, more than SalesPlanner imports at once; "
            "split it into smaller files."
        ),
        "sheet.not_found": _t("{name} has no sheet named “{sheet}” (it has: {sheets})."),
        "sheet.chart": _t("“{sheet}” in {name} is a chart sheet, not a table."),
        "sheet.too_large": _t(
            "Sheet “{sheet}” in {name} has {rows:,} rows × {cols:,} columns, "
            "more than SalesPlanner imports at once ({cells:,} cells); split it into smaller files."
        ),
        "note.customer_column": _t(
            "{name}: took column {taken} as the customer; {others} could be it too "
            "(--map {field}={letter} takes that one instead)."
        ),
        "mapping.weak_kind": _t(
            "Sheet “{sheet}” of {name} does not clearly hold sales, customers, "
            "activities or targets ({why}); say what it holds with --kind (the "
            "closest is {kind})."
        ),
        "doubt.no_rows": _t("there are no rows under the header"),
        "doubt.header": _t("the header of column {column} does not clearly say what it holds"),
        "doubt.empty": _t("column {column} is empty"),
        "doubt.names": _t("column {column} holds numbers, not names"),
        "doubt.dates": _t("only {share}% of the cells in column {column} are dates"),
        "doubt.amounts": _t("only {share}% of the cells in column {column} are amounts"),
        "doubt.numbers": _t("only {share}% of the cells in column {column} are numbers"),
        "doubt.months": _t("only {share}% of the cells in column {column} are months"),
        "doubt.activities": _t(
            "only {share}% of the cells in column {column} are known activity types"
        ),
        "doubt.figures": _t(
            "figures in {n} other column(s), which a customer list does not hold ({columns})"
        ),
        "doubt.only_a_name": _t("column {column} holds names, and nothing says they are customers"),
        "doubt.month_years": _t("column {column} is a month of {year}"),
        "mapping.unknown_kind": _t("Unknown kind of import “{kind}”; use one of: {kinds}."),
        "mapping.row_outside": _t("Row {row} of sheet “{sheet}” in {name} is outside its table."),
        "mapping.no_table": _t(
            "No table found in sheet “{sheet}” of {name}: no row looks like column headers."
        ),
        "mapping.missing_fields": _t(
            "Sheet “{sheet}” of {name} has no column for: {fields} (needed for a {kind} import); "
            "choose the columns or another kind."
        ),
        "import.cancelled": _t("The import was cancelled; nothing was changed."),
        "export.no_folder": _t("Cannot write {name}: the folder {folder} does not exist."),
        "export.cannot_write": _t("Cannot write {name}: {reason} (is it open in Excel or WPS?)."),
        "export.disk_full": _t(
            "The disk is full: {name} was not written (nothing was left in {folder}); "
            "free some space and try again."
        ),
        # write-back into the rep's workbook: a refusal (writeback.unsafe) names a place.* and a
        # blocker.* message, a blocker.formula a formula.* one, each translated (see message())
        "writeback.no_import": _t("There is no import to write back to; import a workbook first."),
        "writeback.no_such_import": _t("There is no import to write back to (no import #{id})."),
        "writeback.wrong_kind": _t(
            "Import #{id} holds {kind}; write-back adds deals and activities only."
        ),
        "writeback.changed": _t(
            "{name} was changed after it was imported ({when}); import it again first "
            "(only new rows are added), then write back."
        ),
        "writeback.missing": _t(
            "{path} is not there any more (moved or deleted); import it again from its new place."
        ),
        "writeback.locked": _t(
            "{name} is open in Excel, WPS or LibreOffice; close it and try again."
        ),
        "writeback.not_writable": _t(
            "{name} cannot be written ({reason}); is it open elsewhere or read-only?"
        ),
        "writeback.not_xlsx": _t(
            "{name} is a {suffix} file; write-back works with .xlsx and .xlsm workbooks "
            "(use export for the others)."
        ),
        "writeback.cannot_open": _t("{name} cannot be opened for writing ({error})."),
        "writeback.no_sheet": _t("{name} has no sheet “{sheet}” any more."),
        "writeback.cannot_save": _t("{name} could not be saved ({reason}); it was left unchanged."),
        "writeback.cancelled": _t(
            "The write-back was cancelled; the workbook and the plan were left unchanged."
        ),
        "writeback.unsafe": _t(
            "{file}: {where} {why}, so the new rows cannot be added safely; "
            "the file was left unchanged."
        ),
        "place.cell": _t("sheet “{sheet}” cell {cell}"),
        "place.merged_cell": _t("sheet “{sheet}” merged cell {range}"),
        "place.pivot_table": _t("sheet “{sheet}” pivot table {name}"),
        "place.pivot_source": _t("the source of pivot table {name}"),
        "place.chart": _t("a chart on sheet “{sheet}”"),
        "place.defined_name": _t("the defined name “{name}”"),
        "place.print_area": _t("the print area of sheet “{sheet}”"),
        "place.print_titles": _t("the print titles of sheet “{sheet}”"),
        "place.conditional_format": _t("sheet “{sheet}” conditional formatting {range}"),
        "place.validation": _t("sheet “{sheet}” data validation {range}"),
        "place.table": _t("sheet “{sheet}” table {name}"),
        "place.autofilter": _t("sheet “{sheet}” autofilter"),
        "blocker.unreadable_range": _t("has the range “{ref}”, which write-back cannot read"),
        "blocker.unreadable_formula": _t("has a formula write-back cannot read"),
        "blocker.formula": _t("has a formula with {what} that write-back cannot adjust"),
        "blocker.array_formula": _t("holds an array formula over {ref} across row {row}"),
        "blocker.data_table": _t("holds a what-if data table"),
        "blocker.list_beside": _t("beside the table would be split from {cell} above it"),
        "blocker.merged_across": _t("reaches across row {row}"),
        "blocker.pivot_below": _t("stands below the new rows"),
        "formula.range_to_function": _t("a range ending in a function ({token}…)"),
        "formula.spaced_range": _t("a range written with spaces around “:”"),
        "formula.several_sheets": _t("a reference over several sheets ({ref})"),
        "formula.unreadable_reference": _t("a reference write-back cannot read ({ref})"),
        "formula.text_reference": _t('a reference inside a text (INDIRECT("{text}"))'),
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

    def __init__(
        self,
        field_label: Callable[[str], str] | None = None,
        kind_label: Callable[[str], str] | None = None,
    ) -> None:
        """``field_label`` / ``kind_label``: a field's and a kind's name for the user (the
        import wizard's), used where an error names the fields a sheet lacks."""
        self.field_label = field_label
        self.kind_label = kind_label
        self.list_separator = _t(", ")
        self.templates = _templates()
        self.reasons = _skip_reasons()
        self.service_notes = _service_note_templates()
        self.row = _t("row {n}")
        self.sentence_template = _t("{cell}: {message}")

    def message(self, message: str) -> str:
        """A problem's, note's or error's text; English as it is for a sentence without a known
        code."""
        template = self.templates.get(message.code) if isinstance(message, Msg) else None
        if not isinstance(message, Msg) or template is None:
            return str(message)
        # a parameter that is a message itself (where and why of a write-back refusal): translated
        params = {
            k: self.message(v) if getattr(v, "code", None) is not None else v
            for k, v in message.params.items()
        }
        if self.field_label is not None and "keys" in params:  # mapping.missing_fields
            params = {
                **params,
                "fields": self.list_separator.join(map(self.field_label, params["keys"])),
            }
        if self.kind_label is not None and message.code in (
            "mapping.missing_fields",
            "mapping.weak_kind",
            "writeback.wrong_kind",
        ):
            params = {**params, "kind": self.kind_label(params["kind"])}
        try:
            return counted(template, params).format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English
            return str(message)

    def error(self, error: BaseException | str) -> str:
        """A :class:`~salesplanner.errors.UserError` (or its message) in the user's language:
        the engine raises the errors of a file it cannot read, map or write with a ``Msg``."""
        if isinstance(error, BaseException):
            from salesplanner.ui.store_texts import code_sentence

            known = code_sentence(error)  # the plan file: busy, read-only, disk full, …
            if known is not None:
                return known
            message = (
                error.args[0]
                if len(error.args) == 1 and isinstance(error.args[0], str)
                else str(error)
            )
        else:
            message = error
        return self.message(message)

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
