"""Qt translations: the app's own .qm plus Qt's base strings, chosen by locale or setting.

Sources are ``resources/translations/salesplanner_<lang>.ts`` (English source strings; the en
file maps each string to itself). The compiled ``.qm`` files are build output: the packaging
build ships them, and in a source checkout :func:`ensure_compiled` runs ``lrelease`` at start
when a ``.qm`` is missing or older than its ``.ts`` (written next to the ``.ts``, or into the
user cache folder when that is read-only). Without lrelease the app runs in English.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from salesplanner.paths import resources_dir

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []
_current = "en"
_missing: str | None = None
log = logging.getLogger("salesplanner.i18n")


def system_language() -> str:
    """zh_CN for any Chinese system locale (and ui language), else en."""
    locale = QLocale.system()
    names = [locale.name(), *locale.uiLanguages()]
    return "zh_CN" if any(n.lower().startswith("zh") for n in names[:2]) else "en"


def resolve(lang: str | None) -> str:
    if lang in SUPPORTED:
        return lang
    return system_language()


def current_language() -> str:
    """The language installed last (zh_CN or en): the one shown."""
    return _current


def missing_catalogue() -> str | None:
    """The language asked for last when its catalogue could not be loaded (English is shown)."""
    return _missing


def language_name(lang: str) -> str:
    """A language's own name, the same in every UI language (so a rep can always find it)."""
    return {"zh_CN": "中文（简体）", "en": "English"}.get(lang, lang)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _cache_dir() -> Path:
    import platformdirs

    from salesplanner import APP_NAME, ORG_NAME

    return Path(platformdirs.user_cache_dir(APP_NAME, ORG_NAME)) / "translations"


def find_lrelease() -> str | None:
    """PySide6's lrelease (wheel binary or the pyside6-lrelease wrapper), or None."""
    try:
        import PySide6

        for name in ("lrelease", "lrelease.exe"):
            binary = Path(PySide6.__file__).parent / name
            if binary.exists():
                return str(binary)
    except ImportError:  # pragma: no cover - PySide6 is always there for the UI
        pass
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)


def ensure_compiled(lang: str, folder: Path | None = None) -> Path | None:
    """The folder holding an up-to-date ``salesplanner_<lang>.qm``, compiling it if needed."""
    folder = folder or translations_dir()
    ts = folder / f"salesplanner_{lang}.ts"
    qm = folder / f"salesplanner_{lang}.qm"
    if _fresh(qm, ts):
        return folder
    cached = _cache_dir() / qm.name
    if _fresh(cached, ts):
        return cached.parent
    if not ts.exists():
        return folder if qm.exists() else None
    lrelease = find_lrelease()
    if lrelease is None:
        log.warning("no lrelease to compile %s; using what exists", ts)
        return folder if qm.exists() else None
    import subprocess  # only when a .qm must be compiled (not at a normal start)

    for target in (qm, cached):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [lrelease, "-silent", str(ts), "-qm", str(target)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            log.info("compiled %s", target)
            return target.parent
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not compile %s into %s: %s", ts, target, exc)
    return folder if qm.exists() else None


def locale_for(lang: str) -> QLocale:
    """Number/date formats: the system's own when it speaks ``lang``, else a sensible default."""
    system = QLocale.system()
    if lang == "zh_CN":
        return system if system.language() == QLocale.Language.Chinese else QLocale("zh_CN")
    return system if system.language() == QLocale.Language.English else QLocale("en_US")


def install(app: QApplication, lang: str | None) -> str:
    """Install translators for ``lang`` (None: follow the system). Returns the language used."""
    global _current, _missing
    lang = resolve(lang)
    _missing = None
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    _current = lang
    if lang == "en":
        # source strings are English; the catalogue holds the plural forms ("%n deal(s)" →
        # "1 deal", "2 deals"), without it those read "1 deal(s)"
        folder = ensure_compiled(lang)
        own = QTranslator(app)
        if folder is not None and own.load(f"salesplanner_{lang}", str(folder)):
            app.installTranslator(own)
            _installed.append(own)
        return lang
    folder = ensure_compiled(lang)
    own = QTranslator(app)
    if folder is not None and own.load(f"salesplanner_{lang}", str(folder)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        # Shown in English: said on stderr (one line, for the command line) and kept for the
        # window to tell the rep (missing_catalogue()); formats follow the language shown.
        _missing = lang
        log.warning("no translation catalogue for %s; showing English", lang)
        print(
            f"salesplanner: warning: this installation has no {language_name(lang)} ({lang}) "
            "translation; showing English",
            file=sys.stderr,
        )
        QLocale.setDefault(locale_for("en"))
        _current = "en"
        return "en"
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang
