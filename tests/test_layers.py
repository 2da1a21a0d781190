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


def _imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at its top or inside a function (absolute names)."""
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = list(package[: len(package) - node.level + 1]) if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names |= {f"{module}.{a.name}" for a in node.names}
    return names


# The UI calls services only (issue 16 §2); a module that cannot yet goes here, with a reason.
UI_STORE_IMPORTS_NOT_MOVED_YET: set[str] = set()


def test_the_ui_imports_no_store_module():
    offenders = set()
    for path in (PACKAGE / "ui").rglob("*.py"):
        store = {
            m
            for m in _imported_modules(path)
            if m == "salesplanner.store" or m.startswith("salesplanner.store.")
        }
        if store:
            offenders.add(path.relative_to(PACKAGE).as_posix())
    assert sorted(offenders - UI_STORE_IMPORTS_NOT_MOVED_YET) == []  # ask a service instead
    assert sorted(UI_STORE_IMPORTS_NOT_MOVED_YET - offenders) == []  # moved: off the list


def test_no_ui_module_imports_the_app_entry():
    """app.py builds the window; ui/ never imports it back (no import circle)."""
    offenders = sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in (PACKAGE / "ui").rglob("*.py")
        if any(
            m == "salesplanner.app" or m.startswith("salesplanner.app.")
            for m in _imported_modules(path)
        )
    )
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


def _test_modules_imported(path: Path, tests: Path) -> set[str]:
    """The test modules (tests.….test_*) that ``path`` imports, in any spelling: ``from
    tests.x.test_y import f``, ``from tests.x import test_y``, ``import tests.x.test_y``, ``from
    .test_y import f``."""
    import re

    test_module = re.compile(r"^tests(\.\w+)*\.test_\w+$")
    package = ".".join(path.relative_to(tests.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if test_module.match(a.name)}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            found |= {
                m for m in [base, *(f"{base}.{a.name}" for a in node.names)] if test_module.match(m)
            }
    return found


def test_test_modules_do_not_import_one_another():
    """A builder or fixture that several test modules share lives in a conftest.py (fixtures)
    or a module that is not a test module (tests/builders.py, tests/ui/drivers.py,
    tests/io/excel_corpus.py …); a test module imports neither another test module nor its
    fixtures, so each one runs, and reads, alone."""
    tests = Path(__file__).resolve().parent
    found = sorted(
        f"{path.relative_to(tests.parent).as_posix()} imports {module}"
        for path in sorted(tests.rglob("*.py"))
        for module in _test_modules_imported(path, tests)
    )
    assert found == []


def test_the_import_scan_sees_every_spelling(tmp_path):
    tests = tmp_path / "tests"
    (tests / "ui").mkdir(parents=True)
    spellings = [
        "from tests.ui.test_a import f",
        "from tests.ui import test_a",
        "import tests.ui.test_a",
        "from .test_a import f",
        "from . import test_a",
    ]
    for i, line in enumerate(spellings):
        (tests / "ui" / f"test_b{i}.py").write_text(line + "\n", encoding="utf-8")
        assert _test_modules_imported(tests / "ui" / f"test_b{i}.py", tests) == {"tests.ui.test_a"}
    allowed = tests / "ui" / "test_c.py"
    allowed.write_text("from tests.ui.drivers import walk\nfrom tests import builders\n")
    assert _test_modules_imported(allowed, tests) == set()
