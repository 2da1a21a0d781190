"""The dialog an unhandled exception shows: what happened, where the log is; the app goes on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox


class CrashDialog:
    shown: list[str] = []  # messages shown (tests read this)

    @classmethod
    def show_error(cls, exc: BaseException, details: str, log_file) -> None:
        app = QApplication.instance()
        if app is None:
            return
        tr = lambda s: QApplication.translate("CrashDialog", s)  # noqa: E731
        text = tr("Something went wrong: {error}").format(error=str(exc) or type(exc).__name__)
        info = tr("Your data is safe: everything you saved before this moment is in the plan file.")
        if log_file:
            info += "\n" + tr("Details were written to the log: {path}").format(path=str(log_file))
        cls.shown.append(text)
        if app.platformName() in ("offscreen", "minimal"):
            return
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Unexpected error"), text)
        box.setInformativeText(info)
        box.setDetailedText(details)
        box.exec()
