"""The app's folders on Linux, read without platformdirs, are where platformdirs puts them."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from salesplanner import APP_NAME, ORG_NAME, paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG: Linux")

CASES = {
    "unset": {},
    "absolute": {
        "XDG_DATA_HOME": "/srv/x/data",
        "XDG_CACHE_HOME": "/srv/x/cache",
        "XDG_CONFIG_HOME": "/srv/x/config",
    },
    "relative": {"XDG_DATA_HOME": "rel/data", "XDG_CACHE_HOME": "rel", "XDG_CONFIG_HOME": "c"},
    "empty": {"XDG_DATA_HOME": "", "XDG_CACHE_HOME": "", "XDG_CONFIG_HOME": ""},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_folders_are_platformdirs_own(case, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in CASES[case].items():
        monkeypatch.setenv(name, value)
    assert paths.user_data_dir() == Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    assert paths.user_cache_dir() == Path(platformdirs.user_cache_dir(APP_NAME, ORG_NAME))
    assert paths.user_config_dir() == Path(platformdirs.user_config_dir(APP_NAME, ORG_NAME))
    assert paths.standard_db_path().parent == paths.user_data_dir()


def test_opening_a_given_plan_does_not_import_platformdirs(tmp_path):
    import subprocess

    code = (
        "import sys\n"
        "from salesplanner import paths\n"
        "paths.user_cache_dir()\n"
        "print('platformdirs' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
