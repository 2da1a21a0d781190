"""Packaging: the .deb layout (fast, on a fake bundle) and the real build (slow)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def build():
    return _load("packaging_build", ROOT / "packaging" / "build.py")


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_deb_layout_and_control(build, tmp_path, monkeypatch):
    fake = tmp_path / "dist" / "salesplanner"
    (fake / "_internal").mkdir(parents=True)
    exe = fake / "salesplanner"
    exe.write_text("#!/bin/sh\necho hi\n")
    exe.chmod(0o755)
    monkeypatch.setattr(build, "BUNDLE", fake)
    monkeypatch.setattr(build, "DIST", tmp_path / "dist")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    monkeypatch.setattr(build, "PACKAGING", ROOT / "packaging")
    (tmp_path / "resources").symlink_to(ROOT / "resources")
    (tmp_path / "salesplanner").symlink_to(ROOT / "salesplanner")
    deb = build.build_deb()
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/salesplanner/salesplanner",
        "./usr/bin/salesplanner",
        "./usr/share/applications/salesplanner.desktop",
        "./usr/share/icons/hicolor/256x256/apps/salesplanner.png",
        "./usr/share/icons/hicolor/scalable/apps/salesplanner.svg",
    ):
        assert path in listing
    assert "root/root" in listing
    control = subprocess.run(
        ["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    depends = next(line for line in control.splitlines() if line.startswith("Depends: "))
    for dep in ("libgl1", "libegl1", "fontconfig", "fonts-wqy-microhei | fonts-noto-cjk"):
        assert dep in depends
    # What Qt's xcb platform plugin links: without it a desktop cannot open the window.
    for dep in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"):
        assert dep in depends.split(": ", 1)[1].split(", ")
    assert "Package: salesplanner" in control


def test_desktop_entry():
    text = (ROOT / "packaging" / "linux" / "salesplanner.desktop").read_text(encoding="utf-8")
    assert "Exec=salesplanner\n" in text and "Icon=salesplanner" in text
    assert "Name[zh_CN]=跑单规划" in text


def test_icons_exist():
    icons = ROOT / "resources" / "icons"
    for name in ("salesplanner.png", "salesplanner.svg", "salesplanner.ico", "salesplanner.icns"):
        assert (icons / name).stat().st_size > 500, name


@pytest.mark.slow
@pytest.mark.timeout(2400)  # PyInstaller: the build itself may take up to 1800 s
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build")
def test_full_build_smoke_and_sizes():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--smoke"],
        check=True,
        env=env,
        cwd=ROOT,
        timeout=1800,
    )
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_bundle.py"), "--runs", "3"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout + out.stderr
