"""Build hook: the wheel carries the compiled translations and the icons.

``resources/`` sits beside the package in the source tree (the app reads it there when run from
a checkout). A wheel, and so ``pip install .`` and ``pipx install .``, gets them inside the
package as ``salesplanner/resources/``: the ``.ts`` catalogues compiled to ``.qm`` with
``salesplanner/qmfile.py`` (standard library, no Qt at build time) and the icons the app shows.
Everything else is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
ICONS = ("salesplanner.svg", "salesplanner.png", "salesplanner-48.png")


def _qmfile():
    spec = importlib.util.spec_from_file_location("_qmfile", ROOT / "salesplanner" / "qmfile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the checkout and reads resources/ there
        source = ROOT / "resources"
        target = Path(self.build_lib) / "salesplanner" / "resources"
        qmfile = _qmfile()
        for ts in sorted((source / "translations").glob("salesplanner_*.ts")):
            qm = target / "translations" / ts.with_suffix(".qm").name
            count = qmfile.compile_ts(ts, qm)
            self.announce(f"compiled {ts.name}: {count} messages", level=2)
        (target / "icons").mkdir(parents=True, exist_ok=True)
        for name in ICONS:
            shutil.copy2(source / "icons" / name, target / "icons" / name)


setup(cmdclass={"build_py": BuildWithResources})
