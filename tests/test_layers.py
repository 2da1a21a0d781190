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
