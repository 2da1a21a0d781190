"""No test touches the developer's own settings, caches or plans: each test has its own HOME
and XDG folders (tests/conftest.py), and a run whose tests wrote into the real ones fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import REAL_USER_FOLDERS, SESSION_HOME

pytest_plugins = ["pytester"]


def _inside(path: Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_every_user_folder_is_the_tests_own(_own_user_folders):
    from salesplanner import paths

    home = _own_user_folders
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        assert _inside(Path(os.environ[variable]), home), variable
    for path in (paths.user_config_dir(), paths.user_cache_dir(), paths.user_data_dir()):
        assert _inside(path, home)
        assert not any(_inside(path, real) for real in REAL_USER_FOLDERS)
    assert _inside(Path.home(), home)
    assert home != SESSION_HOME  # not even the run's shared folders


def test_qsettings_write_into_the_tests_own_folder(qapp, _own_user_folders):
    from PySide6.QtCore import QSettings

    settings = QSettings("SalesPlanner", "SalesPlanner")
    settings.setValue("window/probe", 1)
    settings.sync()
    assert _inside(Path(settings.fileName()), _own_user_folders)
    assert Path(settings.fileName()).exists()
    anonymous = QSettings()  # as main_window.py makes them
    assert _inside(Path(anonymous.fileName()), _own_user_folders)


def test_two_tests_do_not_share_settings(qapp, _own_user_folders):
    from PySide6.QtCore import QSettings

    # test_qsettings_write_into_the_tests_own_folder set this in its own folder
    assert QSettings("SalesPlanner", "SalesPlanner").value("window/probe") is None


PROBE = """
import os
from pathlib import Path


def test_writes_the_real_settings():
    real = Path(os.environ["PROBE_REAL"]) / "config" / "SalesPlanner"
    real.mkdir(parents=True, exist_ok=True)
    (real / "SalesPlanner.conf").write_text("[window]\\n", encoding="utf-8")


def test_writes_its_own():
    Path(os.environ["XDG_CONFIG_HOME"], "SalesPlanner").mkdir()
"""


@pytest.mark.parametrize("writes", [True, False])
def test_a_run_that_wrote_the_real_folders_fails(pytester, monkeypatch, writes):
    real = pytester.path / "real-user"
    for name in ("config", "cache", "data", "state"):
        monkeypatch.setenv(f"XDG_{name.upper()}_HOME", str(real / name))
    monkeypatch.setenv("PROBE_REAL", str(real))
    monkeypatch.setenv("SALESPLANNER_STRICT_USER_FOLDERS", "1")  # other runs on the machine
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(test_probe=PROBE)
    args = ["-p", "no:cacheprovider"] + ([] if writes else ["-k", "own"])
    result = pytester.runpytest_subprocess(*args, timeout=60)
    if writes:
        assert result.ret == pytest.ExitCode.TESTS_FAILED
        result.stdout.fnmatch_lines(["*a test wrote into the real user folders:*SalesPlanner*"])
        assert result.parseoutcomes() == {"passed": 2}  # the tests pass; the run fails
    else:
        assert result.ret == pytest.ExitCode.OK
        assert "user folders" not in result.stdout.str()
    assert (real / "config" / "SalesPlanner").exists() == writes
