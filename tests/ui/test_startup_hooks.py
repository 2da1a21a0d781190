"""What the app changes in PySide6's import hook to start faster."""

from __future__ import annotations

import inspect
import json
import sys
import types

import pytest

pytestmark = pytest.mark.ui


def test_own_and_standard_modules_are_answered_without_reading_their_source(qapp, monkeypatch):
    from salesplanner.app import make_application

    make_application()
    feature = sys.modules["shibokensupport.feature"]
    read: list[str] = []
    monkeypatch.setattr(inspect, "getsource", lambda m: read.append(m.__name__) or "PySide6")
    assert feature._mod_uses_pyside(types.ModuleType("salesplanner.some_pane")) is True
    assert feature._mod_uses_pyside(json) is False  # the standard library: never PySide
    other = types.ModuleType("someone_elses")
    other.__file__ = "/opt/lib/python3.11/site-packages/someone_elses.py"
    assert feature._mod_uses_pyside(other) is True  # (its source says PySide6)
    assert read == ["someone_elses"]  # only that one was read


def test_the_fast_exit_keeps_a_normal_exit_while_the_app_owns_the_clipboard(qapp, monkeypatch):
    """Qt gives copied text to the desktop's clipboard manager only while it is torn down."""
    import atexit
    import logging
    import os

    from salesplanner import app as app_module

    ended: list[int] = []
    monkeypatch.setattr(os, "_exit", ended.append)
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: None)  # (not this test process's)
    monkeypatch.setattr(logging, "shutdown", lambda: None)
    clipboard = qapp.clipboard()
    monkeypatch.setattr(type(clipboard), "ownsClipboard", lambda self, *a: True)
    app_module._exit_now(0)
    assert ended == []  # returned: the interpreter ends normally
    monkeypatch.setattr(type(clipboard), "ownsClipboard", lambda self, *a: False)
    app_module._exit_now(3)
    assert ended == [3]
