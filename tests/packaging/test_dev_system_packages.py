"""dev.py run and dev.py test: the system packages of Qt's xcb plugin (and Xvfb for the tests)
are installed as root on Debian, or named in the exact apt-get line to run."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def dev(monkeypatch):
    """dev.py as a module (monkeypatch puts its attributes back after each test)."""
    monkeypatch.syspath_prepend(str(ROOT))
    return importlib.import_module("dev")


def test_run_needs_the_xcb_plugin_libraries_and_test_also_xvfb(dev):
    xcb = dev.xcb_packages()
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0"} <= set(xcb)
    assert set(xcb) <= set(dev.system_packages("run"))
    assert "xvfb" not in dev.system_packages("run")
    assert {*xcb, "xvfb"} <= set(dev.system_packages("test"))
    assert dev.system_packages("check") == []


@pytest.fixture
def debian(dev, monkeypatch):
    """A Debian machine where dpkg has nothing of the xcb plugin's; records apt-get calls."""
    installed = set(dev.DEBIAN_PACKAGES)
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev, "_is_debian", lambda: True)
    monkeypatch.setattr(
        dev, "_missing_debian_packages", lambda pkgs: [p for p in pkgs if p not in installed]
    )
    calls: list[list[str]] = []
    monkeypatch.setattr(dev, "_apt_install", calls.append)
    return calls


def test_not_root_prints_the_exact_apt_get_line(dev, debian, monkeypatch, capsys):
    monkeypatch.setattr(dev, "_can_apt", lambda: False)
    dev.ensure_system_libraries(dev.system_packages("run"))
    out = capsys.readouterr().out
    assert f"  sudo apt-get install {' '.join(dev.xcb_packages())}\n" in out
    assert debian == []


def test_root_installs_what_is_missing(dev, debian, monkeypatch, capsys):
    monkeypatch.setattr(dev, "_can_apt", lambda: True)
    dev.ensure_system_libraries(dev.system_packages("test"))
    assert debian == [[*dev.xcb_packages(), "xvfb"]]
    assert "sudo" not in capsys.readouterr().out
