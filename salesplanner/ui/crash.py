"""Unhandled exceptions: log them, tell the user where the log is, keep the app running."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler

from salesplanner.paths import user_log_dir

log = logging.getLogger("salesplanner")
_log_file = None


def setup_logging():
    global _log_file
    if _log_file is not None:
        return _log_file
    try:
        folder = user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        _log_file = folder / "salesplanner.log"
        handler = RotatingFileHandler(_log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    except OSError:
        _log_file = None
    return _log_file


def _hook(exc_type, exc, tb):
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unhandled exception\n%s", text)
    sys.__stderr__.write(text)
    try:
        from salesplanner.ui.dialogs.crash_dialog import CrashDialog

        CrashDialog.show_error(exc, text, _log_file)
    except Exception:  # noqa: BLE001 - the dialog itself must never crash the app
        log.exception("crash dialog failed")


def install() -> None:
    setup_logging()
    sys.excepthook = _hook
