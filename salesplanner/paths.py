"""Where things live: the user's data file, logs, bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

from salesplanner import APP_NAME, ORG_NAME


def resources_dir() -> Path:
    """The bundled `resources/` folder (source tree or PyInstaller bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def user_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def default_db_path() -> Path:
    """The rep's own plan file."""
    return user_data_dir() / "salesplanner.db"


def demo_db_path() -> Path:
    """The demo database, kept apart from the rep's own data file."""
    return user_data_dir() / "demo.db"
