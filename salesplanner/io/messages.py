"""The import's problems and notes as data: a stable code and parameters, plus the English.

A :class:`Msg` *is* its English sentence (a ``str``: the command line, ``--json`` and the
tests read it as before) and also carries ``code`` and ``params``, so the UI shows it in the
user's language (``salesplanner.ui.dialogs.import_texts`` has a translated template per code).
Messages are made only for cells with a problem, so a clean column costs nothing.

The errors raised when a file cannot be read or mapped (``SpreadsheetError``, ``MappingError``,
``ImportCancelled``, ``ExportError``) or written back to (``WriteBackError``) carry a :class:`Msg`
too, as their one argument: ``str(exc)`` is the English sentence, ``exc.args[0].code`` /
``.params`` what the UI translates. A parameter may itself be a :class:`Msg` (a write-back
refusal names the place and the reason with their own codes): the UI translates it as well.

Skip reasons (the keys of ``Parsed.skipped``) stay plain English text: :data:`SKIP_REASONS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from salesplanner.domain.plural import counted

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
    # one column, one order of day, month and year (salesplanner.io.parse.vote_date_order)
    "cell.date_ambiguous": "“{text}” could be day/month or month/day; choose the date order",
    "cell.date_order": "“{text}” is not a date in the column's order, {order}",
    "order.dmy": "day/month/year",
    "order.mdy": "month/day/year",
    "order.ymd": "year/month/day",
    "order.none": "none chosen",
    "order.either": "{first} or {second}",
    "cell.excel_error": "the cell holds the Excel error {error}",
    # a required value missing (salesplanner.io.importer)
    "empty.date": "the date is empty",
    "empty.amount": "the amount is empty",
    "empty.quantity_or_price": "no amount: quantity or unit price is empty",
    "empty.quantity": "the quantity is empty",
    "empty.unit_price": "the unit price is empty",
    "empty.activity": "the activity type is empty",
    "empty.name": "the customer name is empty",
    "empty.month": "the month is empty",
    "empty.target": "the target is empty",
    # other problems of a row
    "activity.unknown": "“{text}” is not a known activity type",
    "cell.not_a_probability": "“{text}” is not a win probability (60%, 0.6); the stage's is used",
    "stage.unknown": "“{text}” is not one of your stages; the deal is put at the first one",
    "birthday.implausible": "{date} is not a plausible birthday",
    "birthday.not_a_date": "“{text}” is not a date; birthday left empty",
    "customer.duplicate": "{name} is already on row {row}; left out",
    "row.repeated": "repeats row {row} exactly; imported both — delete one if it is a mistake",
    "row.same_record_id": "has the same record ID as row {row}; "
    "imported both — delete one if it is a mistake",
    "row.more_cells_than_header": "the row has more cells than the header "
    "(a number like 1,234 without quotes "
    "splits in two and moves the cells after it); left out",
    "amount.unusually_large": "unusually large ({ratio:.0f}× the typical amount); imported, "
    "please check",
    "amount.unusually_small": "unusually small next to the others; imported, please check",
    # notes on the sheet (Analysis.notes)
    "note.targets_by_month": "Targets laid out by month across {n} columns.",
    "note.amount_from_quantity": "No amount column: amount = quantity × unit price.",
    "note.side_by_side": "Several tables side by side: using columns {first}–{last}.",
    "note.scaled_column": "{header}: values are in units of {scale:,} (×{scale}).",
    "note.won_deals_linked": "{n} won deal(s) linked to the sales your plan already had (the "
    "first: {name}, booked {date}); none added again.",
    "note.ledger_sales_linked": "{n} row(s) left out: the sales of won deals already in your "
    "plan (the first: {name}, {date}), linked to them.",
    "note.bad_text": "Characters in {n} cell(s) could not be read as {encoding} (the first in "
    "{cell}): the file may be in another encoding; save it from Excel as “CSV UTF-8” and "
    "import it again.",
    "note.date_order": "Dates in column {column} read as {order}, as {cell} (“{text}”) shows.",
    # what the command line took where the sheet left a choice (salesplanner.commands.excel)
    "note.customer_column": "{name}: took column {taken} as the customer; {others} could be "
    "it too (--map {field}={letter} takes that one instead).",
    # a file that cannot be read (salesplanner.io.safety, salesplanner.io.workbook:
    # SpreadsheetError)
    "file.missing": "{path} does not exist.",
    "file.not_a_file": "{name} is not a file.",
    "file.unreadable": "Cannot read {name}: {reason}.",
    "file.empty": "{name} is empty.",
    "file.too_large": "{name} is {mb} MB, more than SalesPlanner imports at once ({limit} MB); "
    "split it into smaller files.",
    "file.incomplete_zip": "{name} is damaged (an incomplete zip package).",
    "file.binary_csv": "{name} is not a text (CSV) file: it holds binary data.",
    "file.web_page": "{name} is a web page saved with a spreadsheet name; open it in Excel or WPS "
    "and save it as .xlsx first.",
    "file.excel_xml": "{name} is an Excel 2003 XML file; open it in Excel or WPS and save it as "
    ".xlsx first.",
    "file.plain_text": "{name} is plain text, not a workbook; if it is a CSV file, "
    "rename it to .csv.",
    "file.unknown_format": "{name} is not a spreadsheet (unknown file format).",
    "file.lock_file": "{name} is the lock file Excel, "
    "WPS or LibreOffice keeps while {workbook} is open; "
    "choose {workbook} itself.",
    "file.word": "{name} is a Word document, not a spreadsheet.",
    "file.powerpoint": "{name} is a PowerPoint file, not a spreadsheet.",
    "file.office_not_excel": "{name} is an Office file but not an Excel workbook.",
    "file.odf_not_spreadsheet": "{name} is an OpenDocument file but not a spreadsheet.",
    "file.zip_not_excel": "{name} is a zip file but not an Excel workbook.",
    "file.zip_archive": "{name} is a zip archive, not a spreadsheet.",
    "file.encrypted": "{name} is protected with a password; remove it and try again.",
    "file.encrypted_xls": "{name} is protected with a password; "
    "open it in Excel or WPS, remove the "
    "password (File → Info → Protect Workbook) and import the saved copy.",
    "file.encrypted_book": "{name} is protected with a password; "
    "remove the password in Excel or WPS "
    "and import the saved copy.",
    "file.zip_damaged": "{name} is damaged or incomplete (the zip package cannot be opened); "
    "open it in Excel or WPS and save it again.",
    "file.part_damaged": "{name} is damaged or incomplete (part {part} cannot be unpacked); "
    "open it in Excel or WPS and save it again.",
    "file.damaged": "{name} is damaged and cannot be read; "
    "open it in Excel or WPS and save it again.",
    "file.too_many_parts": "{name} has {n} parts; that is not a normal workbook.",
    "file.unpacks_too_large": "{name} unpacks to {mb} MB; that is too large to import safely "
    "(a zip bomb or a huge workbook).",
    "file.zip_bomb": "{name} contains a part that unpacks to an implausible size (a zip bomb); "
    "it was not read.",
    "file.part_too_large": "{name} contains a part larger than it declares (a zip bomb); "
    "it was not read.",
    "file.xml_bomb": "{name} contains XML entity declarations that no spreadsheet needs "
    "(an XML bomb); it was not read.",
    "file.malformed_xml": "{name} has a malformed XML part; it was not read.",
    "file.ods_cells": "{name} asks for more than {cells:,} cells in one sheet "
    "(repeated rows or columns); it was not read.",
    "file.cell_limit": "{name} asks for more cells than any real sheet holds; it was not read.",
    "file.no_worksheets": "{name} has no worksheets.",
    "file.csv_unreadable": "{name} is not a readable CSV file.",
    "file.csv_too_large": "{name} has {rows:,} rows × {cols:,} columns, more than SalesPlanner "
    "imports at once; split it into smaller files.",
    "sheet.not_found": "{name} has no sheet named “{sheet}” (it has: {sheets}).",
    "sheet.chart": "“{sheet}” in {name} is a chart sheet, not a table.",
    "sheet.too_large": "Sheet “{sheet}” in {name} has {rows:,} rows × {cols:,} columns, more than "
    "SalesPlanner imports at once ({cells:,} cells); split it into smaller files.",
    # the sheet does not give what the import needs (salesplanner.io.importer: MappingError)
    "mapping.unknown_kind": "Unknown kind of import “{kind}”; use one of: {kinds}.",
    "mapping.unknown_date_order": "Unknown order of day, month and year “{order}”; use one "
    "of: {orders}.",
    "mapping.row_outside": "Row {row} of sheet “{sheet}” in {name} is outside its table.",
    "mapping.no_table": "No table found in sheet “{sheet}” of {name}: "
    "no row looks like column headers.",
    # {fields}: the field keys joined by ", " (also as the tuple ``keys``), {kind}: the kind's key
    "mapping.missing_fields": "Sheet “{sheet}” of {name} has no column for: {fields} "
    "(needed for a {kind} import); choose the columns or another kind.",
    # why the kind of a sheet is in doubt (salesplanner.io.importer.kind_doubt)
    "mapping.weak_kind": (
        "Sheet “{sheet}” of {name} does not clearly hold sales, customers, "
        "activities or targets ({why}); say what it holds with --kind (the "
        "closest is {kind})."
    ),
    # {orders}: an order.either of the orders the column could have
    "mapping.date_order": (
        "Dates in column {column} of {name} can be read as {orders} (“{text}” in {cell}); "
        "say which with --date-order {options}."
    ),
    "doubt.no_rows": ("there are no rows under the header"),
    "doubt.header": ("the header of column {column} does not clearly say what it holds"),
    "doubt.empty": ("column {column} is empty"),
    "doubt.names": ("column {column} holds numbers, not names"),
    "doubt.dates": ("only {share}% of the cells in column {column} are dates"),
    "doubt.amounts": ("only {share}% of the cells in column {column} are amounts"),
    "doubt.numbers": "only {share}% of the cells in column {column} are numbers",
    "doubt.months": ("only {share}% of the cells in column {column} are months"),
    "doubt.activities": ("only {share}% of the cells in column {column} are known activity types"),
    "doubt.figures": (
        "figures in {n} other column(s), which a customer list does not hold ({columns})"
    ),
    "doubt.only_a_name": ("column {column} holds names, and nothing says they are customers"),
    "doubt.month_years": ("column {column} is a month of {year}"),
    "import.cancelled": "The import was cancelled; nothing was changed.",
    # the plan workbook cannot be written (salesplanner.io.export_plan: ExportError)
    "export.no_folder": "Cannot write {name}: the folder {folder} does not exist.",
    "export.cannot_write": "Cannot write {name}: {reason} (is it open in Excel or WPS?).",
    "export.disk_full": "The disk is full: {name} was not written (nothing was left in {folder}); "
    "free some space and try again.",
    # the rep's workbook cannot take the new rows (salesplanner.io.writeback, services.writeback:
    # WriteBackError)
    "writeback.no_import": "There is no import to write back to; import a workbook first.",
    "writeback.no_such_import": "There is no import to write back to (no import #{id}).",
    "writeback.wrong_kind": "Import #{id} holds {kind}; write-back adds deals and activities only.",
    "writeback.changed": "{name} was changed after it was imported ({when}); import it again first "
    "(only new rows are added), then write back.",
    "writeback.missing": "{path} is not there any more (moved or deleted); "
    "import it again from its new place.",
    "writeback.locked": "{name} is open in Excel, WPS or LibreOffice; close it and try again.",
    "writeback.not_writable": "{name} cannot be written ({reason}); "
    "is it open elsewhere or read-only?",
    "writeback.not_xlsx": "{name} is a {suffix} file; "
    "write-back works with .xlsx and .xlsm workbooks "
    "(use export for the others).",
    "writeback.cannot_open": "{name} cannot be opened for writing ({error}).",
    "writeback.no_sheet": "{name} has no sheet “{sheet}” any more.",
    "writeback.cannot_save": "{name} could not be saved ({reason}); it was left unchanged.",
    "writeback.cancelled": "The write-back was cancelled; "
    "the workbook and the plan were left unchanged.",
    # something around the table that cannot move with certainty (salesplanner.io.xlsx_rows):
    # {where} is a place.* message, {why} a blocker.* one (the UI translates them too)
    "writeback.unsafe": "{file}: {where} {why}, so the new rows cannot be added safely; "
    "the file was left unchanged.",
    "place.cell": "sheet “{sheet}” cell {cell}",
    "place.merged_cell": "sheet “{sheet}” merged cell {range}",
    "place.pivot_table": "sheet “{sheet}” pivot table {name}",
    "place.pivot_source": "the source of pivot table {name}",
    "place.chart": "a chart on sheet “{sheet}”",
    "place.defined_name": "the defined name “{name}”",
    "place.print_area": "the print area of sheet “{sheet}”",
    "place.print_titles": "the print titles of sheet “{sheet}”",
    "place.conditional_format": "sheet “{sheet}” conditional formatting {range}",
    "place.validation": "sheet “{sheet}” data validation {range}",
    "place.table": "sheet “{sheet}” table {name}",
    "place.autofilter": "sheet “{sheet}” autofilter",
    "blocker.unreadable_range": "has the range “{ref}”, which write-back cannot read",
    "blocker.unreadable_formula": "has a formula write-back cannot read",
    # {what}: a formula.* message
    "blocker.formula": "has a formula with {what} that write-back cannot adjust",
    "blocker.array_formula": "holds an array formula over {ref} across row {row}",
    "blocker.data_table": "holds a what-if data table",
    "blocker.list_beside": "beside the table would be split from {cell} above it",
    "blocker.merged_across": "reaches across row {row}",
    "blocker.pivot_below": "stands below the new rows",
    "formula.range_to_function": "a range ending in a function ({token}…)",
    "formula.spaced_range": "a range written with spaces around “:”",
    "formula.several_sheets": "a reference over several sheets ({ref})",
    "formula.unreadable_reference": "a reference write-back cannot read ({ref})",
    "formula.text_reference": 'a reference inside a text (INDIRECT("{text}"))',
}

# why rows were left out: the keys of Parsed.skipped / ImportReport.skipped
SKIP_REASONS = ("rows with problems", "duplicate rows in the file")


class Msg(str):
    """An English sentence that knows its ``code`` and ``params`` (see the module docstring)."""

    __slots__ = ("code", "params")
    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Msg:
        template = IMPORT_MESSAGES_EN[code]
        self = str.__new__(cls, counted(template, params).format(**params) if params else template)
        self.code = code
        self.params = params
        return self

    def __reduce__(self) -> tuple[Callable[..., Msg], tuple[str, dict[str, Any]]]:
        # pickle and copy make it again from code and params
        return _msg, (self.code, self.params)


def _msg(code: str, params: dict[str, Any]) -> Msg:
    return Msg(code, **params)
