#!/usr/bin/env python3
"""Set up what is missing, then run the app or the tests. Needs only Python 3.11+.

    python3 dev.py run  [app arguments]   # the app on the demo database
    python3 dev.py test [pytest arguments] # the whole test suite, offscreen
    python3 dev.py check                   # the code gates: ruff lint, ruff format, mypy
    python3 dev.py commit-msg FILE         # a commit message's shape (the commit-msg hook)

Setup (each step skipped when already done):
1. a virtual environment in .venv with the packages of requirements.lock (versions and hashes);
2. on Debian/Ubuntu, the system libraries Qt and its X11 platform plugin (xcb) need, a CJK
   font, and for `test` and `setup` Xvfb: installed with apt-get when running as root,
   otherwise the exact command to run is printed (`check` needs none of them);
3. the compiled translations (.qm) from resources/translations/*.ts.
Standard library only: this file runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".salesplanner-installed"
DEBIAN_PACKAGES = [
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxkbcommon0",
    "fonts-wqy-microhei",
]
# Qt's X11 platform plugin's libraries, shared with the .deb's Depends (packaging/build.py).
XCB_PACKAGES_FILE = ROOT / "packaging" / "linux" / "xcb-packages.txt"
TEST_PACKAGES = ["xvfb"]  # tests/ui/test_xcb_display.py runs the app on a virtual X display

if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under any python3
    sys.exit(f"SalesPlanner needs Python 3.11 or newer; this is {sys.version.split()[0]}.")


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _wanted_stamp() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", LOCK):
        if path.exists():
            digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_venv() -> Path:
    python = venv_python()
    if not python.exists():
        say("creating .venv")
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except Exception as exc:  # noqa: BLE001 - Debian's python3 without python3-venv
            if _can_apt():
                _apt_install(["python3-venv"])
                venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
            else:
                sys.exit(
                    f"Cannot create a virtual environment ({exc}). On Debian/Ubuntu run:\n"
                    "  sudo apt-get install python3-venv"
                )
    wanted = _wanted_stamp()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        say("installing packages (pinned with hashes in requirements.lock)")
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        # Every package, the build backend included, from the lock and checked against its
        # hashes; then the project itself, editable, built with that backend (no download).
        subprocess.run(pip + ["--require-hashes", "-r", str(LOCK)], check=True)
        subprocess.run(pip + ["--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)
        STAMP.write_text(wanted)
    return python


def _is_debian() -> bool:
    return Path("/etc/debian_version").exists() and shutil.which("dpkg-query") is not None


def _can_apt() -> bool:
    return (
        _is_debian()
        and hasattr(os, "geteuid")
        and os.geteuid() == 0
        and bool(shutil.which("apt-get"))
    )


def xcb_packages() -> list[str]:
    """The Debian packages of packaging/linux/xcb-packages.txt (one a line, # comments)."""
    lines = XCB_PACKAGES_FILE.read_text(encoding="utf-8").splitlines()
    return [name for line in lines if (name := line.split("#")[0].strip())]


def system_packages(command: str) -> list[str]:
    """The Debian packages ``command`` needs: Qt's, the xcb plugin's, and Xvfb for the tests
    (``setup`` prepares for both)."""
    if command not in ("run", "test", "setup"):
        return []
    return DEBIAN_PACKAGES + xcb_packages() + (TEST_PACKAGES if command != "run" else [])


def _missing_debian_packages(packages: list[str]) -> list[str]:
    """Those of ``packages`` dpkg does not have installed (one dpkg-query for all of them)."""
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Status}\n", *packages],
        capture_output=True,
        text=True,
    )
    installed = {
        line.split()[0].split(":")[0]
        for line in out.stdout.splitlines()
        if line.endswith("install ok installed")
    }
    return [pkg for pkg in packages if pkg not in installed]


def _apt_install(packages: list[str]) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    say("apt-get install " + " ".join(packages))
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
        check=True,
        env=env,
    )


def ensure_system_libraries(packages: list[str]) -> None:
    """Install (as root) or name the missing ones, e.g. what the xcb plugin needs on a desktop."""
    if not packages or not sys.platform.startswith("linux") or not _is_debian():
        return
    missing = _missing_debian_packages(packages)
    if not missing:
        return
    if _can_apt():
        _apt_install(missing)
    else:
        say(
            "Qt needs these system packages; install them with:\n"
            f"  sudo apt-get install {' '.join(missing)}"
        )


def ensure_translations(python: Path) -> None:
    """Compile resources/translations/*.ts into .qm (the app falls back to English without)."""
    script = ROOT / "packaging" / "i18n.py"
    if script.exists():
        subprocess.run([str(python), str(script), "release"], cwd=ROOT, check=False)


# The code gates `check` runs, in order (each a module run with the venv's python); CI and the
# pre-commit configuration run the same ones.
GATES = [
    ["ruff", "check", "."],
    ["ruff", "format", "--check", "."],
    # [tool.mypy] in pyproject.toml: strict for domain/store/services/io, default for the UI
    ["mypy"],
]


def run_gates(python: Path) -> int:
    """Run every gate; all of them run, the first failure's code is returned."""
    failed = 0
    for gate in GATES:
        say("check: " + " ".join(gate))
        code = subprocess.call([str(python), "-m", *gate], cwd=ROOT)
        failed = failed or code
    return failed


SUBJECT_LIMIT = 72


def check_commit_message(text: str) -> str | None:
    """What is wrong with a commit message (None if nothing): a subject a reader can scan,
    at most SUBJECT_LIMIT characters, and a blank line before the body that says why."""
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    subject = lines[0].strip() if lines else ""
    if not subject:
        return "the commit message has no subject line"
    if len(subject) > SUBJECT_LIMIT:
        return (
            f"the subject has {len(subject)} characters; "
            f"at most {SUBJECT_LIMIT}, the why in the body"
        )
    if len(lines) > 1 and lines[1].strip():
        return "leave a blank line between the subject and the body"
    return None


def main(argv: list[str]) -> int:
    if argv[:1] == ["commit-msg"] and len(argv) == 2:
        problem = check_commit_message(Path(argv[1]).read_text(encoding="utf-8"))
        if problem:
            print(f"commit message: {problem}", file=sys.stderr)
        return 2 if problem else 0
    if not argv or argv[0] not in ("run", "test", "setup", "check"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_venv()
    ensure_system_libraries(system_packages(command))
    ensure_translations(python)
    if command == "setup":
        return 0
    if command == "check":
        return run_gates(python)
    if command == "run":
        args = rest or ["--demo"]
        return subprocess.call([str(python), "-m", "salesplanner", *args], cwd=ROOT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
