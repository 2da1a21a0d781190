"""Every tr() string of the code is in both .ts files, translated and finished.

Runs lupdate over salesplanner/**/*.py into a temporary copy of resources/translations, so
the committed files are never touched. When this fails: `python packaging/i18n.py update`,
translate what it lists in salesplanner_zh_CN.ts (or `fill zh_CN FILE.json`), and commit.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d")


def _load_i18n_tool():
    spec = importlib.util.spec_from_file_location("packaging_i18n", ROOT / "packaging" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return _load_i18n_tool()


@pytest.fixture(scope="module")
def updated(tool, tmp_path_factory) -> Path:
    """A copy of the translations folder after lupdate over the current code."""
    folder = tmp_path_factory.mktemp("translations")
    for lang in tool.LANGUAGES:
        shutil.copy(tool.ts_path(lang), folder)
    tool.collect([tool.ts_path(lang, folder) for lang in tool.LANGUAGES])
    return folder


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_tr_string_is_in_the_ts_file(tool, updated, lang):
    in_code = tool.sources(tool.ts_path(lang, updated))
    committed = tool.sources(tool.ts_path(lang))
    missing = sorted(in_code - committed)
    assert not missing, (
        f"{len(missing)} strings are not in salesplanner_{lang}.ts; run "
        f"`python packaging/i18n.py update` and translate them: {missing[:20]}"
    )


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_no_unfinished_entries(tool, updated, lang):
    todo = tool.unfinished(tool.ts_path(lang, updated))
    assert not todo, f"{len(todo)} unfinished in salesplanner_{lang}.ts: {todo[:20]}"


def test_chinese_keeps_placeholders_and_is_chinese(tool):
    root = ET.parse(tool.ts_path("zh_CN")).getroot()
    problems = []
    chinese = 0
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            texts = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            for text in texts:
                if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                    problems.append((source, text))
                if re.search(r"[\u4e00-\u9fff]", text):
                    chinese += 1
    assert not problems, f"placeholders differ: {problems[:10]}"
    assert chinese > 0


def test_release_compiles_and_qt_loads_it(tool, tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    made = tool.release(out=tmp_path)
    assert {p.name for p in made} == {"salesplanner_zh_CN.qm", "salesplanner_en.qm"}
    translator = QTranslator()
    assert translator.load("salesplanner_zh_CN", str(tmp_path))
    assert translator.translate("MainWindow", "Week") not in ("", "Week")


def test_release_skips_catalogues_newer_than_their_source(tool, tmp_path):
    """dev.py runs `release` every time; it rewrites a .qm only after its .ts changed."""
    import os

    assert len(tool.release(out=tmp_path)) == 2
    assert tool.release(out=tmp_path) == []
    zh_qm = tmp_path / "salesplanner_zh_CN.qm"
    zh_ts = tool.ts_path("zh_CN")
    old = zh_ts.stat().st_mtime - 10
    os.utime(zh_qm, (old, old))  # as if the .ts had been edited after the last release
    assert tool.release(out=tmp_path) == [zh_qm]
    assert tool.release(out=tmp_path, force=True) == [
        tmp_path / "salesplanner_zh_CN.qm",
        tmp_path / "salesplanner_en.qm",
    ]


def test_strings_passed_to_an_imported_wrapper_are_collected(tool, tmp_path):
    """A wrapper defined in one module and imported (or renamed) in another: its strings are
    the other module's too; missing them once dropped 42 translations from both catalogues."""
    pkg = tmp_path / "salesplanner"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "ui" / "texts.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def _tr(text):\n    return QCoreApplication.translate('Wizard', text)\n\n"
        "TITLE = _tr('Own string')\n",
        encoding="utf-8",
    )
    (pkg / "ui" / "pages.py").write_text(
        "from salesplanner.ui.texts import _tr\nfrom salesplanner.ui.texts import _tr as say\n\n"
        "A = _tr('Imported string')\nB = say('Renamed string')\nC = print('Not a wrapper')\n",
        encoding="utf-8",
    )
    found = set(tool.wrapper_strings(pkg))
    assert found == {
        ("Wizard", "Own string"),
        ("Wizard", "Imported string"),
        ("Wizard", "Renamed string"),
    }
