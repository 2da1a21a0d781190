"""The installed Qt binding must not leak references to None (PySide6 6.12.0 on CPython 3.11
does, on every void call, and the app then dies with "none_dealloc" while painting)."""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.ui


def test_void_qt_calls_keep_none_refcount(qapp):
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -100, (
        "this PySide6 build drops references to None; install the version in requirements.lock"
    )
