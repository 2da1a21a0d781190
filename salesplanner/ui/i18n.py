"""Qt translations: the app's own .qm plus Qt's base strings, chosen by locale or setting."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from salesplanner.paths import resources_dir

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def resolve(lang: str | None) -> str:
    if lang in SUPPORTED:
        return lang
    return system_language()


def translations_dir():
    return resources_dir() / "translations"


def install(app: QApplication, lang: str | None) -> str:
    """Install translators for ``lang`` (None: follow the system). Returns the language used."""
    lang = resolve(lang)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    locale = QLocale("zh_CN") if lang == "zh_CN" else QLocale("en_US")
    QLocale.setDefault(locale)
    if lang == "en":
        return lang  # source strings are English
    own = QTranslator(app)
    if own.load(f"salesplanner_{lang}", str(translations_dir())):
        app.installTranslator(own)
        _installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang
