"""The Excel import wizard: file → sheet and kind → columns and preview → import → report.

``ImportWizard.ask(parent, ctx, path=None) -> ImportReport | None``. The engine is the same
as the command line's (``salesplanner.services.importing``). Reading a workbook (opening it,
another sheet, another header row) runs in a worker thread while the page shows a busy bar
whose Cancel keeps everything as it was; the import runs in a worker thread behind a progress
dialog whose Cancel rolls everything back (``ui.tasks.run_plan_task``). That thread writes
through a connection of its own to the plan file (never the UI thread's ``ctx.store``), so
while its transaction is open the panes still read the plan as it was (WAL) and see the new
rows after the commit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from salesplanner.errors import UserError
from salesplanner.io.fields import NAME_FIELDS
from salesplanner.io.importer import Analysis, analyse, remap
from salesplanner.services import importing as import_svc
from salesplanner.services.importing import ImportReport, import_file
from salesplanner.services.plan import Store
from salesplanner.ui.context import AppContext
from salesplanner.ui.dialogs.import_models import _tr, field_label, kind_label
from salesplanner.ui.dialogs.import_pages import FilePage, MappingPage, ReportPage, SheetPage
from salesplanner.ui.dialogs.import_texts import ImportTexts
from salesplanner.ui.tasks import BackgroundTask, run_plan_task


def file_stamp(path: Path) -> tuple[str, int, int] | None:
    """What tells whether a file is still the one analysed (None: it cannot be read)."""
    try:
        st = path.stat()
        return str(path.resolve()), st.st_size, st.st_mtime_ns
    except OSError:
        return None


# -- the wizard ---------------------------------------------------------------------------------
class ImportWizard(QWizard):
    def __init__(
        self, ctx: AppContext, path: str | Path | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.analysis: Analysis | None = None
        self.report: ImportReport | None = None
        self._task: BackgroundTask | None = None  # the sheet being read
        self._request: tuple | None = None
        self._busy_page: FilePage | SheetPage | None = None
        # file_stamp of the file being read / of self.analysis
        self._stamp: tuple[str, int, int] | None = None
        self._opened: tuple[str, int, int] | None = None
        self._advance = False
        self.setWindowTitle(_tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(900, 640)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.report_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        if path:
            self.file_page.path_edit.setText(str(path))

    def analysed(self) -> Analysis:
        """The analysis of the file chosen (the pages after the file page have one)."""
        if self.analysis is None:
            raise RuntimeError("no file has been read yet")
        return self.analysis

    # seams for tests
    def activity_types(self) -> list[dict]:
        """The plan's activity types (the preview names each row's type as the import will)."""
        return import_svc.activity_types(self.ctx.store)

    def choose_file(self, parent) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            _tr("Import from Excel"),
            "",
            _tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"),
        )
        return path

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, _tr("Import from Excel"), message)

    @staticmethod
    def error_text(error: BaseException | str) -> str:
        """An import error (a file that cannot be read, a cancel …) in the user's language."""
        return ImportTexts(field_label, kind_label).error(error)

    # steps
    def open_file(self, path: Path) -> bool:
        """The file page's Next: True when ``path`` is the file analysed (unchanged since), so the
        choices made for it stay; otherwise it is read in the background and the wizard goes on
        by itself when that is done."""
        if self.busy:
            return False
        if self._advance:  # the analysis just finished
            self._advance = False
            return True
        if (
            self.analysis is not None
            and self._opened is not None
            and file_stamp(path) == self._opened
        ):
            return True
        self._start_analysis(path)
        return False

    def reanalyse(self, *, sheet: str | None = None, header_row: int | None = None) -> None:
        """Another sheet or header row of the file, read in the background."""
        self._start_analysis(self.analysed().path, sheet=sheet, header_row=header_row)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _start_analysis(
        self, path: Path, *, sheet: str | None = None, header_row: int | None = None
    ) -> None:
        request = (path, sheet, header_row)
        if self._task is not None:
            if request == self._request:
                return
            self.cancel_analysis()
        page = self.sheet_page if self.currentPage() is self.sheet_page else self.file_page
        # the UI thread's SQLite connection stays here: the remembered mapping is looked up
        # when the sheet has been read (see _analysed)
        task = BackgroundTask(
            lambda _progress, _cancelled: analyse(path, sheet=sheet, header_row=header_row), self
        )
        task.finished.connect(self._analysed)
        self._task, self._request, self._busy_page = task, request, page
        self._stamp = file_stamp(path)
        self._set_busy(True, _tr("Reading %1…").replace("%1", path.name))
        task.start()

    def cancel_analysis(self) -> None:
        """Stop waiting for the sheet being read: the wizard stays as it was before."""
        if self._task is None:
            return
        self._drop_task()
        self._set_busy(False)
        self._restore()

    def _drop_task(self) -> None:
        if self._task is not None:
            self._task.cancel()  # its result, if it still comes, is dropped
            self._task.deleteLater()
        self._task = None

    def _set_busy(self, busy: bool, text: str = "") -> None:
        page = self._busy_page
        if page is None:  # (set before the first analysis starts)
            return
        if busy:
            page.busy.start(text)
        else:
            page.busy.stop()
        for w in page.inputs():
            w.setEnabled(not busy)
        page.completeChanged.emit()  # Next, and the wizard's other buttons, updated
        if busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        elif page is self.currentPage():
            page.inputs()[0].setFocus()

    def _restore(self) -> None:
        if self.analysis is not None:
            self.sheet_page.show_analysis(self.analysis)  # the sheet and header row chosen before

    @Slot(object)
    def _analysed(self, result) -> None:
        page = self._busy_page
        self._drop_task()
        self._set_busy(False)
        if result.error is not None:
            self._restore()
            if isinstance(result.error, UserError):
                self.show_error(self.error_text(result.error))
                return
            raise result.error  # a bug: the crash hook logs and shows it
        self.analysis = import_svc.with_remembered(self.ctx.store, result.value)
        self._opened = self._stamp
        self.sheet_page.show_analysis(self.analysis)
        if page is self.file_page and self.currentPage() is self.file_page:
            self._advance = True
            self.next()
            self._advance = False

    @Slot(int)
    def _page_changed(self, _id: int) -> None:
        if self._task is not None and self.currentPage() is not self._busy_page:
            self.cancel_analysis()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.busy and event.key() == Qt.Key.Key_Escape:
            self.cancel_analysis()  # Escape stops the reading, not the whole wizard
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        if self._task is not None:
            self._drop_task()  # the wizard closes; the reading ends by itself
        super().done(result)

    def set_kind(self, kind: str) -> None:
        """The rep's kind; also the one guessed, when the guess was in doubt."""
        a = self.analysis
        if a and (kind != a.kind or a.kind_doubt is not None):
            self.analysis = remap(a, kind=kind)
            self.sheet_page.show_analysis(self.analysis)

    def set_date_order(self, order: str) -> None:
        """The rep's order of day, month and year for the sheet's date columns."""
        a = self.analysis
        if a is not None and (a.date_order != order or a.date_doubt is not None):
            self.analysis = remap(a, date_order=order)
            self.sheet_page.show_analysis(self.analysis)

    def set_name_column(self, pos: int) -> None:
        """The rep's pick among the columns that could be the customer's name."""
        a = self.analysis
        key = NAME_FIELDS.get(a.kind) if a else None
        if a is None or key is None or a.columns.get(key) == pos:
            return
        columns = {k: v for k, v in a.columns.items() if v != pos}
        columns[key] = pos
        self.analysis = remap(a, columns=columns)
        self.sheet_page.show_analysis(self.analysis)

    def run_import(self) -> bool:
        """Import in a worker thread with a progress dialog (:func:`~salesplanner.ui.tasks.
        run_plan_task`); True when it finished.

        The worker writes through its own connection to the plan file, so the UI thread keeps
        using ``ctx.store`` meanwhile (repaints, timers): it reads the plan as last committed,
        and after the commit ``ctx.changed`` makes the panes read the new rows. Nothing may
        write through ``ctx.store`` until then (the wizard and this dialog are modal): it would
        wait for the import's write lock (``busy_timeout``). An in-memory plan has no second
        connection; it is imported right here on the UI thread, which then runs no other code.
        Cancel rolls the import back (it stops at its next check: "cancelled", nothing changed).
        """
        analysis = self.analysed()

        def job(plan: Store, progress, cancelled) -> ImportReport:
            # the engine's step labels are not for the rep: the dialog keeps saying "Importing…"
            return import_file(
                plan, analysis, cancel=cancelled, progress=lambda d, t, _label: progress(d, t)
            )

        result = run_plan_task(self, self.ctx.store, self.windowTitle(), _tr("Importing…"), job)
        error = result.error
        if error is not None:
            # a UserError is said in the rep's language; anything else is a bug, shown as it is
            self.show_error(
                self.error_text(
                    error if isinstance(error, UserError) else f"{type(error).__name__}: {error}"
                )
            )
            return False
        self.report = result.value
        self.ctx.notify(self.report.changes)
        return True

    @classmethod
    def ask(cls, parent, ctx: AppContext, path: str | Path | None = None) -> ImportReport | None:
        wizard = cls(ctx, path, parent)
        try:
            wizard.exec()
            return wizard.report
        finally:
            wizard.deleteLater()
