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
