"""A real X display: the app on Qt's xcb platform plugin (not offscreen) reaches its first paint.

The test starts its own Xvfb on a display number the server picks as free (-displayfd) and
stops it afterwards. dev.py test installs Xvfb and the plugin's libraries on Debian
(packaging/linux/xcb-packages.txt, also the .deb's Depends); the list is checked against what
PySide6's plugin links.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
XCB_PACKAGES = ROOT / "packaging" / "linux" / "xcb-packages.txt"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")


def _needed(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        message = f"{program} is not installed (python3 dev.py test installs it on Debian)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI sets things up with dev.py: missing is a failure there
        pytest.skip(message)
    return path


@pytest.fixture
def display():
    """A fresh Xvfb; yields its DISPLAY (":N"), then stops it."""
    xvfb = _needed("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 20)
        number = os.read(read, 16).decode().strip() if ready else ""
        if not number:
            server.kill()
            _, err = server.communicate(timeout=10)
            pytest.fail(f"Xvfb did not start: {err.decode(errors='replace')[-500:]}")
        yield f":{number}"
    finally:
        os.close(read)
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)
        if server.stderr is not None:
            server.stderr.close()


def test_first_paint_on_the_xcb_plugin(display, tmp_path):
    folders = {f"XDG_{k}_HOME": str(tmp_path / k.lower()) for k in ("CACHE", "CONFIG", "DATA")}
    env = {**os.environ, **folders, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    env.pop("WAYLAND_DISPLAY", None)
    start = time.monotonic()
    shown = subprocess.run(
        [sys.executable, "-m", "salesplanner", "--demo", "--quit-after-first-paint"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    elapsed = time.monotonic() - start
    assert "could not load the Qt platform plugin" not in shown.stderr
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert elapsed < 60, f"first paint under Xvfb took {elapsed:.1f} s"


def _xcb_libraries() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    return [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]


@pytest.mark.skipif(not Path("/etc/debian_version").exists(), reason="Debian packages")
def test_xcb_package_list_covers_what_the_plugin_links():
    """Every X library the xcb plugin links resolves, and to a package of the list."""
    ldd, dpkg = _needed("ldd"), _needed("dpkg")
    listed = {
        name
        for line in XCB_PACKAGES.read_text(encoding="utf-8").splitlines()
        if (name := line.split("#")[0].strip())
    }
    unresolved, unlisted = set(), set()
    for library in _xcb_libraries():
        out = subprocess.run([ldd, str(library)], capture_output=True, text=True, check=True)
        for line in out.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if not name.startswith(("libxcb", "libX11", "libxkbcommon-x11")):
                continue
            if where.startswith("not found"):
                unresolved.add(name)
                continue
            path = os.path.realpath(where.split(" (")[0])
            owner = subprocess.run([dpkg, "-S", path], capture_output=True, text=True)
            package = owner.stdout.split(":")[0]
            if package not in listed:
                unlisted.add(f"{name} ({package or 'no package'})")
    assert not unresolved, f"not installed (python3 dev.py run installs them): {unresolved}"
    assert not unlisted, f"missing from {XCB_PACKAGES.name}: {unlisted}"
