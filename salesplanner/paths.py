"""Where things live: the user's data file, logs, bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

from salesplanner import APP_NAME, ORG_NAME


def resources_dir() -> Path:
    """The `resources/` folder: a PyInstaller bundle's, an installed wheel's (inside the package,
    with compiled translations: setup.py), or the source checkout's beside the package."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


# On Linux the XDG folders are read here as platformdirs reads them (a test compares the two):
# importing platformdirs costs ≈ 6 ms of a start-up that needs only these paths.
_XDG = {"data": ("XDG_DATA_HOME", ".local/share"), "cache": ("XDG_CACHE_HOME", ".cache")}
_XDG["config"] = ("XDG_CONFIG_HOME", ".config")


def _xdg(kind: str) -> Path | None:
    """``$XDG_…_HOME/SalesPlanner`` or ``~/…/SalesPlanner`` on Linux; None elsewhere (or when
    there is no absolute home to go by), for platformdirs to answer."""
    if not sys.platform.startswith("linux"):
        return None
    import os

    variable, default = _XDG[kind]
    base = os.environ.get(variable, "")
    if not os.path.isabs(base):
        home = os.environ.get("HOME", "")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, default)
    return Path(base) / APP_NAME


def user_data_dir() -> Path:
    found = _xdg("data")
    if found is not None:
        return found
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def user_cache_dir() -> Path:
    found = _xdg("cache")
    if found is not None:
        return found
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, ORG_NAME))


def user_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def user_config_dir() -> Path:
    found = _xdg("config")
    if found is not None:
        return found
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, ORG_NAME))


def backups_dir() -> Path:
    """Where the automatic daily backups go."""
    return user_data_dir() / "backups"


def _location_file() -> Path:
    return user_config_dir() / "data-location.txt"


def standard_db_path() -> Path:
    """Where the rep's plan file lives unless they moved it (Settings → Data file)."""
    return user_data_dir() / "salesplanner.db"


def default_db_path() -> Path:
    """The rep's own plan file: where it was moved to, else the standard place."""
    try:
        moved = _location_file().read_text(encoding="utf-8").strip()
    except OSError:
        moved = ""
    return Path(moved) if moved else standard_db_path()


def set_default_db_path(path: Path) -> None:
    """Remember that the rep's plan file now lives at ``path``."""
    target = _location_file()
    if Path(path).resolve() == standard_db_path().resolve():
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(str(Path(path).resolve()) + "\n", encoding="utf-8")


def demo_db_path() -> Path:
    """The demo database, kept apart from the rep's own data file."""
    return user_data_dir() / "demo.db"
