"""Unhandled exceptions: log them, tell the user where the log is, keep the app running.

`install()` (called by the GUI entry once the QApplication exists):

* logging into ``<user log dir>/salesplanner.log``, rotated at 1 MB, 5 old files kept;
  the first lines of each run say version, platform and Python;
* ``sys.excepthook`` and ``threading.excepthook`` → :func:`handle_exception`: a bug is logged
  with its traceback and shown in :class:`~salesplanner.ui.dialogs.crash_dialog.CrashDialog`;
  a :class:`~salesplanner.errors.UserError` that slipped through is shown as a plain message.
  PySide6 calls the hook for exceptions raised in slots and event handlers, after which the
  event loop simply goes on; a service's transaction has already rolled back, so the plan file
  holds exactly what was saved before;
* Qt's own warnings go to the log too (not to the dialog).

Dialogs never stack: an exception raised while one is open is logged and counted only.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from salesplanner import __version__
from salesplanner.paths import user_log_dir

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

log = logging.getLogger("salesplanner")
LOG_NAME = "salesplanner.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

_log_file: Path | None = None
_handler: RotatingFileHandler | None = None
_pending_folder: Path | None = None  # install(defer=True): the log opens after the first paint
_showing = False
_suppressed = 0


def log_file() -> Path | None:
    """The current log file (None when logging could not be set up)."""
    return _log_file


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log into ``folder`` (default: the user log dir), rotating; idempotent per folder."""
    global _log_file, _handler
    import platform
    from logging.handlers import RotatingFileHandler

    folder = Path(folder) if folder is not None else user_log_dir()
    target = folder / LOG_NAME
    if _handler is not None and _log_file == target:
        return _log_file
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
    except OSError as exc:
        sys.__stderr__ and sys.__stderr__.write(f"salesplanner: no log file ({exc})\n")
        return _log_file
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _handler, _log_file = handler, target
    log.info(
        "SalesPlanner %s on %s, Python %s%s",
        __version__,
        platform.platform(),
        platform.python_version(),
        " (bundle)" if getattr(sys, "frozen", False) else "",
    )
    return _log_file


def _qt_message_handler(mode, context, message) -> None:
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    logging.getLogger("salesplanner.qt").log(level, "%s", message)


def handle_exception(exc_type, exc, tb) -> None:
    """The hook: log, then show what happened (or only count it while a dialog is open)."""
    global _showing, _suppressed
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _ensure_logging()
    from salesplanner.errors import UserError

    if isinstance(exc, UserError):
        log.warning("user error reached the hook: %s", exc)
        _show(lambda: _show_user_error(exc))
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unhandled exception\n%s", text)
    if sys.__stderr__ is not None:
        sys.__stderr__.write(text)
    _show(lambda: _show_crash(exc, text))


def _show(show) -> None:
    global _showing, _suppressed
    if _showing:
        _suppressed += 1
        log.info("another error while the error dialog is open (%d so far)", _suppressed)
        return
    _showing = True
    try:
        show()
    except Exception:  # noqa: BLE001 - the dialog itself must never crash the app
        log.exception("error dialog failed")
    finally:
        _showing = False


def _show_crash(exc: BaseException, text: str) -> None:
    from salesplanner.ui.dialogs.crash_dialog import CrashDialog

    CrashDialog.show_error(exc, text, _log_file)


def _show_user_error(exc: BaseException) -> None:
    from salesplanner.ui.dialogs.crash_dialog import CrashDialog
    from salesplanner.ui.store_texts import user_sentence

    CrashDialog.show_message(user_sentence(exc))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    _ensure_logging()
    text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    log.error("Unhandled exception in thread %s\n%s", getattr(args.thread, "name", "?"), text)


_setup_lock = threading.Lock()  # the deferred opening (a thread) and a first error may race


def _ensure_logging() -> None:
    with _setup_lock:
        if _handler is None:
            setup_logging(_pending_folder)


def _open_log_in_background() -> None:
    """The deferred opening, on a thread: importing logging.handlers and platform and opening
    the file are ≈ 60 ms the window would otherwise not answer in."""
    threading.Thread(target=_ensure_logging, name="open-log", daemon=True).start()


def install(folder: Path | None = None, defer: bool = False) -> Path | None:
    """Set up logging and the hooks; returns the log file.

    ``defer``: open the log half a second after the event loop starts (after the first paint;
    the file and
    the platform probe cost ~10 ms at start-up); an error before that opens it at once.
    """
    global _pending_folder
    if defer:
        from PySide6.QtCore import QTimer

        _pending_folder = Path(folder) if folder is not None else None
        QTimer.singleShot(500, _open_log_in_background)  # well after the first paint
        path = None
    else:
        path = setup_logging(folder)
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
    try:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(_qt_message_handler)
    except ImportError:  # pragma: no cover
        pass
    return path


def uninstall() -> None:
    """Restore the default hooks (tests)."""
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    try:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
    except ImportError:  # pragma: no cover
        pass
