"""The QApplication of the app, the screenshots and the benchmarks: names, translations,
icon, and the answer to PySide6's import hook (Qt is imported when it is made)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from salesplanner import APP_NAME, ORG_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def make_application(
    argv: list[str] | None = None, lang: str | None = None, icon: bool = True
) -> QApplication:
    """The QApplication with names, style and translations installed (idempotent).

    ``icon=False`` leaves the window icon to :func:`set_window_icon` (the start-up sets it
    after the first paint: the SVG icon engine is a library to load, ≈ 4 ms)."""
    from PySide6.QtWidgets import QApplication

    _answer_pyside_import_hook()
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    elif not isinstance(app, QApplication):  # (a QCoreApplication cannot show windows)
        raise RuntimeError("a Qt application without widgets is running already")
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if icon:
        set_window_icon()
    from salesplanner.ui import i18n

    i18n.install(app, lang)
    return app


def set_window_icon() -> None:
    """The app's icon on its windows (once)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from salesplanner.paths import resources_dir

    if QApplication.windowIcon().isNull():
        QApplication.setWindowIcon(QIcon(str(resources_dir() / "icons" / "salesplanner.svg")))


def _answer_pyside_import_hook() -> None:
    """Once PySide6 is loaded, its import hook asks of every module imported after it whether
    it uses PySide (for its ``__feature__`` switches) by reading the module's source for the
    word "PySide6": ≈ 0.15 ms a module, ≈ 8 ms for the ~56 modules of a start-up. This app's
    own modules are answered without reading them (they do, and no feature is switched on),
    and so are the standard library's (they do not: it is asked again for each of them that
    a module of the app imports, ≈ 4 ms more); any other module is looked at as before."""
    import os

    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "answers_salesplanner", False):
        return
    stdlib = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module) -> bool:
        name = getattr(module, "__name__", "")
        if name == "salesplanner" or name.startswith("salesplanner."):
            return True
        file = getattr(module, "__file__", None) or ""
        if file.startswith(stdlib) and "site-packages" not in file:
            return False
        return scan(module)

    uses_pyside.answers_salesplanner = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
