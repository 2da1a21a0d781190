"""The dialog an unhandled exception shows: what happened, where the log is; the app goes on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from salesplanner import APP_NAME


class CrashDialog(QMessageBox):
    """Shown by the exception hook. Offscreen (tests, screenshots) it records and returns."""

    shown: list[str] = []  # texts shown, newest last (tests read this)

    def __init__(self, exc: BaseException, details: str, log_file: Path | None, parent=None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setText(self.message_for(exc))
        info = self.tr(
            "Your data is safe: everything saved before this moment is in the plan file, and "
            "the change that failed was not written. You can keep working."
        )
        if log_file:
            info += "\n\n" + self.tr("Details were written to the log: {path}").format(
                path=str(log_file)
            )
        self.setInformativeText(info)
        self.setDetailedText(details)
        self.log_file = log_file
        self.details = details
        self.addButton(QMessageBox.StandardButton.Ok)
        self.copy_button = self.addButton(
            self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.on_copy)
        if log_file:
            self.folder_button = self.addButton(
                self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole
            )
            self.folder_button.clicked.connect(self.on_open_folder)

    @classmethod
    def message_for(cls, exc: BaseException) -> str:
        what = str(exc) or type(exc).__name__
        return QApplication.translate(
            "CrashDialog", "Something went wrong: {error} ({kind})."
        ).format(error=what, kind=type(exc).__name__)

    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    def on_open_folder(self) -> None:
        if self.log_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.log_file).parent)))

    @staticmethod
    def _headless() -> bool:
        app = QApplication.instance()
        return app is None or QApplication.platformName() in ("offscreen", "minimal")

    @classmethod
    def show_error(cls, exc: BaseException, details: str, log_file) -> None:
        if QApplication.instance() is None:
            return
        cls.shown.append(cls.message_for(exc))
        if cls._headless():
            return
        dialog = cls(exc, details, log_file, QApplication.activeWindow())
        dialog.exec()

    @classmethod
    def show_message(cls, message: str) -> None:
        """An expected problem that no pane caught: one sentence, no traceback."""
        if QApplication.instance() is None:
            return
        cls.shown.append(message)
        if cls._headless():
            return
        QMessageBox.warning(QApplication.activeWindow(), APP_NAME, message)
