#!/usr/bin/env python3
"""Build the one-folder bundle and the installer for this platform into dist/.

    python3 packaging/build.py            # bundle + installer (Linux: .deb)
    python3 packaging/build.py --smoke    # ... then run the frozen app headless
    python3 packaging/build.py --smoke-only   # only the smoke test of an existing bundle
    python3 packaging/build.py --no-installer

Steps (standard library only until the venv exists):
1. `.venv/` with the pinned packages and PyInstaller (created/updated when missing), then the
   script re-runs itself inside it;
2. the translations compiled (`packaging/i18n.py release`);
3. PyInstaller with `packaging/salesplanner.spec` → `dist/salesplanner/` (one folder);
4. the installer: Linux `dist/salesplanner_<version>_<arch>.deb` (dpkg-deb); Windows
   `dist/SalesPlanner-<version>-setup.exe` when Inno Setup's `iscc` is on PATH
   (`packaging/windows/salesplanner.iss`); macOS `dist/SalesPlanner-<version>.dmg` (hdiutil);
5. with --smoke: `demo`, `screenshot` of every pane in zh_CN, `goal --help`, `export` and
   `import` (the exported workbook; a sample from ../shared/excel-samples when present) and
   `--quit-after-first-paint`, all offscreen with the frozen executable.
Prints the bundle and installer sizes at the end.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
VENV = ROOT / ".venv"
BUNDLE = DIST / "salesplanner"
MAX_BUNDLE_MB = 250
MAX_DEB_MB = 100

# Debian packages the bundle relies on (it carries no GL, fonts, fontconfig or freetype).
DEB_DEPENDS = [
    "libc6 (>= 2.31)",
    "libgl1",
    "libegl1",
    "fontconfig",
    "libfreetype6",
    "fonts-wqy-microhei | fonts-noto-cjk",
    "libxkbcommon0",
    "libdbus-1-3",
    "libglib2.0-0",
]
# Qt's X11 (xcb) platform plugin's libraries, the same list dev.py installs: without them a
# desktop says "could not load the Qt platform plugin xcb".
XCB_PACKAGES_FILE = PACKAGING / "linux" / "xcb-packages.txt"


def deb_depends() -> list[str]:
    """The .deb's Depends: the bundle's system libraries and those of the xcb plugin."""
    lines = XCB_PACKAGES_FILE.read_text(encoding="utf-8").splitlines()
    return DEB_DEPENDS + [name for line in lines if (name := line.split("#")[0].strip())]


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def version() -> str:
    for line in (ROOT / "salesplanner" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("no __version__ in salesplanner/__init__.py")


def ensure_venv_and_reexec(argv: list[str]) -> None:
    """Run inside .venv (made by dev.py setup) with PyInstaller installed."""
    python = venv_python()
    inside = Path(sys.prefix).resolve() == VENV.resolve()
    if not inside:
        if not python.exists():
            say("no .venv yet: python3 dev.py setup")
            subprocess.run([sys.executable, str(ROOT / "dev.py"), "setup"], check=True)
        os.execv(str(python), [str(python), str(Path(__file__).resolve()), *argv])
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        say("installing PyInstaller into .venv")
        # The lock holds the build extra too (versions and hashes), as dev.py installs it.
        lock = ROOT / "requirements.lock"
        pip = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run([*pip, "--require-hashes", "-r", str(lock)], check=True)


def compile_translations() -> None:
    subprocess.run([sys.executable, str(PACKAGING / "i18n.py"), "release"], check=True)


def run_pyinstaller() -> None:
    say("PyInstaller → dist/salesplanner/")
    shutil.rmtree(BUNDLE, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(PACKAGING / "salesplanner.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
        ],
        check=True,
        cwd=ROOT,
    )


def strip_binaries() -> int:
    """Linux: strip debug symbols from the bundle's shared libraries; returns bytes saved.

    PyInstaller's own strip touches every file and breaks the auditwheel-patched libraries of
    ``*.libs`` folders (numpy's OpenBLAS: "ELF load command not page-aligned"), so those stay.
    """
    if not sys.platform.startswith("linux") or not shutil.which("strip"):
        return 0
    before = tree_size(BUNDLE)
    for lib in BUNDLE.rglob("*.so*"):
        if lib.is_symlink() or not lib.is_file() or any(p.endswith(".libs") for p in lib.parts):
            continue
        subprocess.run(
            ["strip", "--strip-unneeded", str(lib)],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    return before - tree_size(BUNDLE)


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# -- Linux .deb ------------------------------------------------------------------------------------
def deb_arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(
        machine, machine
    )


def build_deb() -> Path:
    """dist/salesplanner_<v>_<arch>.deb: /opt/salesplanner + /usr/bin launcher + menu entry."""
    if not shutil.which("dpkg-deb"):
        raise SystemExit("dpkg-deb not found (apt-get install dpkg-dev)")
    v, arch = version(), deb_arch()
    stage = ROOT / "build" / "deb" / f"salesplanner_{v}_{arch}"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / "salesplanner"
    shutil.copytree(BUNDLE, opt, symlinks=True)
    launcher = stage / "usr" / "bin" / "salesplanner"
    launcher.parent.mkdir(parents=True)
    launcher.write_text('#!/bin/sh\nexec /opt/salesplanner/salesplanner "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(PACKAGING / "linux" / "salesplanner.desktop", apps / "salesplanner.desktop")
    icons = ROOT / "resources" / "icons"
    for size, name in (("256x256", "salesplanner.png"), ("48x48", "salesplanner-48.png")):
        target = stage / "usr" / "share" / "icons" / "hicolor" / size / "apps"
        target.mkdir(parents=True)
        shutil.copy(icons / name, target / "salesplanner.png")
    scalable = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / "salesplanner.svg", scalable / "salesplanner.svg")
    for path in stage.rglob("*"):  # dpkg wants sane modes whatever the umask was
        if path.is_dir():
            path.chmod(0o755)
        elif path.is_file() and not path.is_symlink():
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    installed_kb = tree_size(stage) // 1024
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: salesplanner\nVersion: {v}\nArchitecture: {arch}\n"
        "Maintainer: SalesPlanner <dev@salesplanner.invalid>\n"
        f"Installed-Size: {installed_kb}\nSection: office\nPriority: optional\n"
        f"Depends: {', '.join(deb_depends())}\n"
        "Description: SalesPlanner (跑单规划) - sales targets, weekly plans, progress\n"
        " Set a sales target, turn it into a week-by-week plan, track what really\n"
        " happens and correct course - offline, next to your Excel workbooks.\n",
        encoding="utf-8",
    )
    postinst = stage / "DEBIAN" / "postinst"
    postinst.write_text(
        "#!/bin/sh\nset -e\n"
        "command -v update-desktop-database >/dev/null && update-desktop-database -q "
        "/usr/share/applications || true\n"
        "command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "
        "/usr/share/icons/hicolor || true\n",
        encoding="utf-8",
    )
    postinst.chmod(0o755)
    out = DIST / f"salesplanner_{v}_{arch}.deb"
    out.unlink(missing_ok=True)
    say(f"dpkg-deb → {out.relative_to(ROOT)}")
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def build_windows_installer() -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    if iscc is None and default.exists():
        iscc = str(default)
    if iscc is None:
        say("Inno Setup (iscc) not found: skipping the Windows installer")
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version()}",
            f"/DRoot={ROOT}",
            str(PACKAGING / "windows" / "salesplanner.iss"),
        ],
        check=True,
    )
    return DIST / f"SalesPlanner-{version()}-setup.exe"


def build_dmg() -> Path | None:
    app = DIST / "SalesPlanner.app"
    if not app.exists() or not shutil.which("hdiutil"):
        say("no SalesPlanner.app or hdiutil: skipping the .dmg")
        return None
    out = DIST / f"SalesPlanner-{version()}.dmg"
    out.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            "SalesPlanner",
            "-srcfolder",
            str(app),
            "-ov",
            "-format",
            "UDZO",
            str(out),
        ],
        check=True,
    )
    return out


# -- smoke test ------------------------------------------------------------------------------------
def executable() -> Path:
    if sys.platform == "darwin" and (DIST / "SalesPlanner.app").exists():
        return DIST / "SalesPlanner.app" / "Contents" / "MacOS" / "salesplanner"
    return BUNDLE / ("salesplanner.exe" if os.name == "nt" else "salesplanner")


def smoke(exe: Path | None = None) -> None:
    """Run the frozen app headless: demo, screenshots (zh_CN), goal/import, first paint."""
    exe = exe or executable()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SALESPLANNER_WELCOME": "0"}
    with tempfile.TemporaryDirectory(prefix="salesplanner-smoke-") as tmp:
        tmp_path = Path(tmp)
        env["HOME"] = str(tmp_path / "home")  # never touch the builder's own plan file
        env["XDG_DATA_HOME"] = str(tmp_path / "data")
        env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
        db = tmp_path / "demo.db"

        def run(*args: str) -> str:
            started = time.perf_counter()
            proc = subprocess.run(
                [str(exe), *args], env=env, capture_output=True, text=True, timeout=180
            )
            if proc.returncode != 0:
                raise SystemExit(
                    f"smoke: `{' '.join(args)}` failed ({proc.returncode}):\n"
                    f"{proc.stdout}\n{proc.stderr}"
                )
            say(f"smoke ok ({time.perf_counter() - started:.1f} s): {' '.join(args)}")
            return proc.stdout

        run("--version")
        run("demo", "--db", str(db), "--force")
        for pane in ("goal", "week", "progress", "customers"):
            out = tmp_path / f"{pane}-zh.png"
            run("screenshot", "--db", str(db), "--pane", pane, "--out", str(out), "--lang", "zh_CN")
            if out.stat().st_size < 5_000:
                raise SystemExit(f"smoke: {out.name} looks empty")
            keep = DIST / "smoke"
            keep.mkdir(exist_ok=True)
            shutil.copy(out, keep / out.name)
        commands = run("--help")
        if " goal" in commands:
            run("goal", "--help")
        if "\n    export " in commands:
            run("export", "--db", str(db), str(tmp_path / "plan.xlsx"))
        if "\n    export-csv " in commands:
            run("export-csv", "--db", str(db), "deals", str(tmp_path / "deals.csv"))
        if " import" in commands:
            # The demo's sales records just exported, plus a real-world workbook when
            # ../shared/excel-samples is there.
            samples = [tmp_path / "deals.csv"] if (tmp_path / "deals.csv").exists() else []
            shared = ROOT.parent / "shared" / "excel-samples" / "realistic"
            samples += sorted(shared.glob("*.xlsx"))[:1] if shared.is_dir() else []
            for sample in samples:
                target = tmp_path / f"imported-{sample.stem}.db"
                proc = subprocess.run(
                    [str(exe), "import", str(sample), "--db", str(target)],
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=300,
                )
                if proc.returncode not in (0, 2):  # 2 = a problem reported in one line
                    raise SystemExit(f"smoke: import of {sample.name} crashed:\n{proc.stderr}")
                say(f"smoke ok: import {sample.name} (exit {proc.returncode})")
            if not samples:
                run("import", "--help")
        run("--db", str(db), "--quit-after-first-paint")
        say(f"smoke screenshots kept in {(DIST / 'smoke').relative_to(ROOT)}/")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="run the frozen app headless after")
    parser.add_argument("--smoke-only", action="store_true", help="only smoke-test dist/")
    parser.add_argument("--no-installer", action="store_true", help="bundle only")
    args = parser.parse_args(argv)
    ensure_venv_and_reexec(argv)
    if args.smoke_only:
        smoke()
        return 0
    started = time.perf_counter()
    compile_translations()
    run_pyinstaller()
    saved = strip_binaries()
    if saved:
        say(f"stripped {saved / 1e6:.0f} MB of debug symbols")
    bundle_mb = tree_size(BUNDLE) / 1e6
    say(
        f"bundle: {BUNDLE.relative_to(ROOT)} {bundle_mb:.0f} MB "
        f"(limit {MAX_BUNDLE_MB} MB) in {time.perf_counter() - started:.0f} s"
    )
    installer = None
    if not args.no_installer:
        if sys.platform.startswith("linux"):
            installer = build_deb()
        elif os.name == "nt":
            installer = build_windows_installer()
        elif sys.platform == "darwin":
            installer = build_dmg()
    if installer is not None and installer.exists():
        say(f"installer: {installer.relative_to(ROOT)} {installer.stat().st_size / 1e6:.0f} MB")
    if args.smoke:
        smoke()
    if bundle_mb > MAX_BUNDLE_MB:
        say(f"bundle is larger than {MAX_BUNDLE_MB} MB")
        return 1
    if (
        installer is not None
        and installer.suffix == ".deb"
        and (installer.stat().st_size / 1e6 > MAX_DEB_MB)
    ):
        say(f".deb is larger than {MAX_DEB_MB} MB")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
