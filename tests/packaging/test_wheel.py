"""The wheel (what pip install . and pipx install . build) carries the Chinese app.

Built from a copy of the sources with the venv's own setuptools (no build isolation, no
download), installed with --no-deps into a fresh venv that sees this venv's packages through a
.pth file, and run from there: a zh_CN screenshot with the catalogue loaded; without it, a
warning line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

PROBE = """
import json, sys
from pathlib import Path
import salesplanner
from salesplanner.paths import resources_dir
from salesplanner.ui import i18n
from salesplanner.ui.screenshot import render_pane
render_pane(Path(sys.argv[1]), "week", Path(sys.argv[2]), (1024, 700), "zh_CN")
from PySide6.QtCore import QCoreApplication
print(json.dumps({
    "package": salesplanner.__file__,
    "resources": str(resources_dir()),
    "language": i18n.current_language(),
    "text": QCoreApplication.translate("ActivityPage", "6. Activity targets"),
}))
"""


def _copy_sources(dest: Path) -> None:
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    shutil.copytree(ROOT / "salesplanner", dest / "salesplanner", ignore=ignore)
    shutil.copytree(ROOT / "resources", dest / "resources", ignore=ignore)


def _run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    # Never from the checkout: python -c would import its salesplanner/ instead of the wheel's.
    kwargs.setdefault("cwd", tempfile.gettempdir())
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kwargs)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; returns its python."""
    base = tmp_path_factory.mktemp("wheel")
    src, dist, env = base / "src", base / "dist", base / "venv"
    src.mkdir()
    _copy_sources(src)
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["--no-index", "-w", str(dist), str(src)]
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("salesplanner-*.whl")
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    done = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps"]
        + ["--no-index", str(wheel)]
    )
    assert done.returncode == 0, done.stderr
    site = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    # The dependencies (PySide6, pandas, ...) from this venv, after the wheel's own files.
    Path(site.stdout.strip(), "zz-test-deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    return python


@pytest.fixture(scope="module")
def demo_db(installed, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("wheel-db") / "demo.db"
    made = _run([str(installed), "-m", "salesplanner", "demo", "--db", str(db)])
    assert made.returncode == 0, made.stderr
    return db


def _env(home: Path) -> dict:
    """Offscreen, with user folders of its own (no catalogue compiled earlier in the cache)."""
    folders = {f"XDG_{k}_HOME": str(home / k.lower()) for k in ("CACHE", "CONFIG", "DATA")}
    return {**os.environ, **folders, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}


def test_wheel_renders_chinese(installed, demo_db, tmp_path):
    out = tmp_path / "week.png"
    probe = _run(
        [str(installed), "-c", PROBE, str(demo_db), str(out)], cwd=tmp_path, env=_env(tmp_path)
    )
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout.strip().splitlines()[-1])
    site = installed.parent.parent
    assert Path(seen["package"]).is_relative_to(site)  # the wheel's copy, not the checkout
    assert Path(seen["resources"]).is_relative_to(site)
    assert seen["language"] == "zh_CN"
    assert seen["text"] == "6. 活动目标"
    assert "warning" not in probe.stderr
    assert out.stat().st_size > 0


def test_missing_catalogue_is_a_warning_line(installed, demo_db, tmp_path):
    site_resources = Path(
        _run(
            [str(installed), "-c", "from salesplanner.paths import resources_dir as r; print(r())"]
        ).stdout.strip()
    )
    assert site_resources.is_relative_to(installed.parent.parent)
    catalogue = site_resources / "translations" / "salesplanner_zh_CN.qm"
    kept = catalogue.read_bytes()
    catalogue.unlink()
    try:
        shot = _run(
            [str(installed), "-m", "salesplanner", "screenshot", "--db", str(demo_db)]
            + ["--pane", "week", "--out", str(tmp_path / "w.png"), "--lang", "zh_CN"],
            cwd=tmp_path,
            env=_env(tmp_path),
        )
    finally:
        catalogue.write_bytes(kept)
    assert shot.returncode == 0, shot.stderr
    warnings = [line for line in shot.stderr.splitlines() if "warning" in line]
    assert warnings == [
        "salesplanner: warning: this installation has no 中文（简体） (zh_CN) translation; "
        "showing English"
    ]
