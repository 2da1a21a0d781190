"""The layer rule: domain/, store/, services/ and io/ never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "salesplanner"
QT_ROOTS = {"PySide6", "pyqtgraph", "shiboken6", "PyQt5", "PyQt6"}
LAYERS = ["domain", "store", "services", "io"]


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_qt_imports_below_ui():
    offenders = []
    for layer in LAYERS:
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = _imported_roots(path) & QT_ROOTS
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert offenders == []


def test_importing_lower_layers_loads_no_qt():
    modules = [
        f"salesplanner.{p.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}"
        for layer in LAYERS
        for p in (PACKAGE / layer).rglob("*.py")
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{sorted(QT_ROOTS)!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_cli_start_does_not_import_heavy_libraries():
    code = (
        "import sys\n"
        "from salesplanner.cli import build_parser\n"
        "build_parser()\n"
        "heavy = {'PySide6', 'pyqtgraph', 'pandas', 'openpyxl', 'numpy'}\n"
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# Test modules that still import from another test module; the list only shrinks: a fixture
# shared by several test modules goes into a conftest.py, a builder into a module that is not a
# test module (tests/io/excel_corpus.py, tests/ui/catalogue.py).
TEST_IMPORTS_NOT_MOVED_YET = {
    ("tests/io/test_import_realworld.py", "tests.cli.test_excel_cli"),
    ("tests/io/test_reimport.py", "tests.io.test_export"),
    ("tests/io/test_writeback.py", "tests.io.test_export"),
    ("tests/io/test_writeback_exact.py", "tests.io.test_export"),
    ("tests/services/test_journal.py", "tests.services.test_import_history"),
    ("tests/store/test_plan_stress.py", "tests.cli.test_cli_edges"),
    ("tests/ui/test_edits.py", "tests.ui.test_goal_wizard"),
    ("tests/ui/test_goal_tiers.py", "tests.ui.test_goal_wizard"),
    ("tests/ui/test_goal_tiers.py", "tests.ui.test_progress_forecast"),
    ("tests/ui/test_goal_wizard.py", "tests.services.test_funnel_rates"),
    ("tests/ui/test_import_questions.py", "tests.io.test_import_doubts"),
    ("tests/ui/test_import_wizard.py", "tests.services.test_opportunity_sheet_import"),
    ("tests/ui/test_tier_labels.py", "tests.ui.test_progress_forecast"),
}


def test_test_modules_do_not_import_one_another():
    import re

    tests = Path(__file__).resolve().parent
    test_module = re.compile(r"^tests(\.\w+)*\.test_\w+$")
    found = set()
    for path in sorted(tests.rglob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and test_module.match(node.module or ""):
                found.add((path.relative_to(tests.parent).as_posix(), node.module))
    assert sorted(found - TEST_IMPORTS_NOT_MOVED_YET) == []  # share it through a conftest.py
    assert sorted(TEST_IMPORTS_NOT_MOVED_YET - found) == []  # moved: off the list above
