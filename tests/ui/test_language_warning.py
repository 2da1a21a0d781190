"""A language the installation cannot show is said in the window, without blocking it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from salesplanner import app as app_module
from salesplanner.ui import i18n

pytestmark = pytest.mark.ui


@pytest.fixture
def no_catalogue(monkeypatch, tmp_path):
    """zh_CN asked for where no catalogue exists: English is shown, the language is kept."""
    monkeypatch.setattr(i18n, "ensure_compiled", lambda lang, folder=None: None)
    qapp = QApplication.instance()
    yield i18n.install(qapp, "zh_CN")
    i18n.install(qapp, "en")


def test_missing_language_is_a_warning_in_the_window(capsys, qtbot, main_window, no_catalogue):
    assert no_catalogue == "en"
    assert "no 中文（简体） (zh_CN) translation" in capsys.readouterr().err
    box = app_module._warn_missing_language(main_window)
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=2000)  # opened, not exec'd: the test goes on
    assert box.parent() is main_window
    assert "中文（简体）" in box.text() and "English" in box.text()
    assert "中文（简体）" in main_window.statusBar().currentMessage()
    box.close()


def test_no_warning_when_the_language_is_shown(main_window):
    i18n.install(QApplication.instance(), "en")
    assert app_module._warn_missing_language(main_window) is None
    assert main_window.statusBar().currentMessage() == ""
