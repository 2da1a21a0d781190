"""Work around a reference-count bug of the installed PySide6 (6.12) on CPython 3.11.

Every Qt method returning ``void`` hands Python ``None`` without taking a reference, so each
call from Python lowers ``None``'s reference count by one (``QPainter.setPen`` and friends, but
also ``QObject.setObjectName``, ``QTimer.setInterval`` …). A painted widget makes thousands
of such calls per frame and the process dies with "Fatal Python error: none_dealloc" after a
few seconds of dragging. CPython 3.12+ made ``None`` immortal (PEP 683), so there it is
harmless; on 3.11 :func:`protect_none` gives ``None`` the same effective immortality once, at
start-up, by raising its count far beyond anything a session can drop.

Check: ``python -c "import sys; from PySide6.QtCore import QObject; o = QObject(); n =
sys.getrefcount(None); [o.setObjectName('x') for _ in range(100)]; print(sys.getrefcount(None) - n)"``
prints -100 with the bug (0 without it).
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object (release builds).
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _done = True
