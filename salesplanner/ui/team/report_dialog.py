"""File → Weekly report: the week's report to read, copy as text, or save as a PDF.

Any week can be chosen (reviews of past weeks can be reopened, so their reports are made
again from the plan). The preview is the PDF's own HTML; "Copy text" puts the short text on
the clipboard for WeChat or an e-mail.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salesplanner.domain.calendar import week_start
from salesplanner.services import settings as settings_svc
from salesplanner.services.report import WeeklyReport, weekly_report
from salesplanner.ui.context import AppContext
from salesplanner.ui.format import date_edit_format
from salesplanner.ui.report import report_html, report_text, write_pdf


class WeeklyReportDialog(QDialog):
    def __init__(self, ctx: AppContext, monday: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: WeeklyReport | None = None
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Weekly report"))
        self.resize(720, 760)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week of")))
        self.prev_button = QPushButton(self.tr("◀ Previous week"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.next_button = QPushButton(self.tr("Next week ▶"))
        top.addWidget(self.prev_button)
        top.addWidget(self.date_edit)
        top.addWidget(self.next_button)
        top.addStretch(1)
        self.preview = QTextBrowser()
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button = buttons.addButton(
            self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.prev_button.clicked.connect(lambda: self._shift(-7))
        self.next_button.clicked.connect(lambda: self._shift(7))
        self.copy_button.clicked.connect(self.copy_text)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.date_edit.dateChanged.connect(lambda _d: self.load())
        self.set_week(monday)

    def monday(self) -> dt.date:
        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return week_start(day)

    def set_week(self, day: dt.date) -> None:
        monday = week_start(day)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(monday.year, monday.month, monday.day))
        self.date_edit.blockSignals(False)
        self.load()

    def _shift(self, days: int) -> None:
        self.set_week(self.monday() + dt.timedelta(days=days))

    def load(self) -> None:
        settings = settings_svc.load(self.ctx.store)
        self.report = weekly_report(self.ctx.store, self.monday())
        self.preview.setHtml(report_html(self.report, settings))
        self.status.clear()

    def text(self) -> str:
        assert self.report is not None
        return report_text(self.report, settings_svc.load(self.ctx.store))

    def copy_text(self) -> None:
        QApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("The report text is on the clipboard."))

    def default_file_name(self) -> str:
        year, week, _ = self.monday().isocalendar()
        return self.tr("Weekly report {year}-W{week:02d}.pdf").format(year=year, week=week)

    def save_pdf(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save the weekly report"), self.default_file_name(), "PDF (*.pdf)"
            )
            if not path:
                return None
        assert self.report is not None
        try:
            self.saved = write_pdf(self.report, Path(path), settings_svc.load(self.ctx.store))
        except OSError as e:
            self.status.setText(
                self.tr("Could not save {file}: {reason}").format(
                    file=Path(path).name, reason=e.strerror or str(e)
                )
            )
            return None
        self.status.setText(self.tr("Saved {file}.").format(file=str(self.saved)))
        return self.saved

    @classmethod
    def ask(cls, parent, ctx: AppContext, monday: dt.date) -> None:
        dialog = cls(ctx, monday, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
