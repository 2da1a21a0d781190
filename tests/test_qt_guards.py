"""tests/conftest.py's Qt guards, run on probe tests in a pytest of their own: a timer left
behind fails the test that left it, and a modal dialog nobody answers fails its test instead
of blocking the run (pytest-timeout's alarm cannot interrupt Qt's event loop)."""

from __future__ import annotations

from pathlib import Path

pytest_plugins = ["pytester"]

PROBES = """
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox


def test_leaves_a_timer(ctx):
    QTimer.singleShot(25, lambda: ctx.store.query("SELECT 1"))  # after its plan is closed


def test_next(qtbot):
    qtbot.wait(100)


@pytest.mark.timeout(4)
def test_modal(qapp):
    QMessageBox.information(None, "Probe box", "nobody closes this")


def test_after_the_modal_one(qapp):
    pass
"""


def test_leftovers_and_hung_dialogs_fail_their_own_test(pytester):
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text(encoding="utf-8"))
    pytester.makeini("[pytest]\nqt_api = pyside6\ntimeout = 60\n")
    pytester.makepyfile(test_probes=PROBES)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rE", timeout=60)
    outcomes = result.parseoutcomes()
    assert (outcomes.get("passed"), outcomes.get("errors"), outcomes.get("failed")) == (4, 2, None)
    errors = [line for line in result.outlines if line.startswith("ERROR ")]
    assert [line.split(" - ")[0] for line in errors] == [
        "ERROR test_probes.py::test_leaves_a_timer",
        "ERROR test_probes.py::test_modal",
    ]
    result.stdout.fnmatch_lines(["*Cannot operate on a closed database*"])
    result.stdout.fnmatch_lines(["*hung in a modal dialog nobody closed: Probe box*"])
