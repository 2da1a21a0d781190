"""Copies of the plan file: the daily automatic backup (rotated) and moving the file safely.

Both copy with the SQLite backup API (consistent even while the file is open, WAL included)
and check the copy with ``PRAGMA integrity_check`` before relying on it.

* ``daily_backup(store, folder, keep)``: at most one backup per plan file and day in
  ``folder`` (``<stem>-<id>-YYYYMMDD.db``, ``id`` tells apart files of the same name), then
  only the newest ``keep`` of that file are kept. ``keep <= 0`` turns backups off.
* ``move_plan_file(store, target)``: copy → verify → open the copy → close and delete the old
  file. Until the copy is verified and open nothing happens to the old file; if deleting the
  old file fails, it stays where it was and the path is returned in ``MoveResult.left_behind``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from salesplanner.store.db import Store, StoreError

SUFFIX = ".db"


def _file_id(path: Path) -> str:
    return hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]


def _copy_verified(store: Store, target: Path) -> None:
    """Write a consistent copy to ``target`` via a temp file; raise StoreError if not sound."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(part)
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            result = dest.execute("PRAGMA integrity_check").fetchone()[0]
            version = dest.execute("PRAGMA user_version").fetchone()[0]
        finally:
            dest.close()
        if result != "ok":
            raise StoreError(
                f"The copy at {target} failed its check ({result}); nothing was changed."
            )
        if version != store.schema_version:
            raise StoreError(f"The copy at {target} is incomplete; nothing was changed.")
        os.replace(part, target)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot write a copy to {target}: {exc}.") from None
    except OSError as exc:
        raise StoreError(f"Cannot write a copy to {target}: {exc.strerror or exc}.") from None
    finally:
        part.unlink(missing_ok=True)


# -- daily backups ------------------------------------------------------------------------------
def backups_of(path: Path, folder: Path) -> list[Path]:
    """The automatic backups of the plan file ``path`` in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    prefix = f"{path.stem}-{_file_id(path)}-"
    return sorted(
        p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(SUFFIX)
    )


def daily_backup(
    store: Store, folder: Path, keep: int, today: _dt.date | None = None
) -> Path | None:
    """Back up ``store`` into ``folder`` unless done today; keep the newest ``keep``.

    Returns the new backup, or None when there was nothing to do (in memory, off, done today).
    """
    if store.path is None or keep <= 0:
        return None
    today = today or _dt.date.today()
    path = Path(store.path)
    target = folder / f"{path.stem}-{_file_id(path)}-{today:%Y%m%d}{SUFFIX}"
    made = None
    if not target.exists():
        _copy_verified(store, target)
        made = target
    prune_backups(path, folder, keep)
    return made


def prune_backups(path: Path, folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``path``; returns the deleted ones."""
    existing = backups_of(path, folder)
    doomed = existing[:-keep] if keep > 0 else []
    for old in doomed:
        try:
            old.unlink()
        except OSError:
            pass
    return doomed


# -- moving the plan file -----------------------------------------------------------------------
@dataclass(frozen=True)
class MoveResult:
    store: Store  # the plan file at its new place, open
    left_behind: Path | None = None  # the old file, if it could not be deleted


def _remove_with_sidecars(path: Path) -> Path | None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        return path
    for suffix in ("-wal", "-shm"):
        try:
            Path(str(path) + suffix).unlink(missing_ok=True)
        except OSError:
            pass
    return None


def copy_plan_file(store: Store, target: str | Path) -> Store:
    """Copy the open plan file to ``target`` (which must not exist), verified, and open it."""
    target = Path(target)
    if store.path is not None and target.resolve() == Path(store.path).resolve():
        raise StoreError(f"{target} is already where the plan file is.")
    if target.exists():
        raise StoreError(f"{target} already exists; choose another name or folder.")
    _copy_verified(store, target)
    return Store.open(target, create=False)


def move_plan_file(
    store: Store, target: str | Path, close_old: Callable[[Store], object] | None = None
) -> MoveResult:
    """Move the open plan file to ``target``; the old file goes only once the new one is open.

    ``close_old(new_store)`` hands the new store over and closes the old one (the UI swaps its
    context); by default the old store is simply closed.
    """
    old_path = Path(store.path) if store.path is not None else None
    new_store = copy_plan_file(store, target)
    if close_old is None:
        store.close()
    else:
        close_old(new_store)
    left = _remove_with_sidecars(old_path) if old_path is not None else None
    return MoveResult(new_store, left)
