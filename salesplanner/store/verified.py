"""Remember plan files that were sound when last closed, so the next start can skip reading
every page of an unchanged file (``Store.open(verify=False)``).

A file counts as unchanged when its size and modification time (nanoseconds) are what they
were right after SalesPlanner closed it, and no ``-wal`` file lies beside it (a crash or
another program in between). Anything else gets the full check.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

FILE_NAME = "verified-plans.json"


def _stamp(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _load(cache_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((cache_dir / FILE_NAME).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def is_unchanged(path: Path, cache_dir: Path) -> bool:
    """True when ``path`` is exactly as SalesPlanner last closed it, sound."""
    if path.with_name(path.name + "-wal").exists():
        return False
    stamp = _stamp(path)
    return stamp is not None and _load(cache_dir).get(str(path.resolve())) == stamp


def mark_closed(path: Path, cache_dir: Path) -> None:
    """Record ``path`` as closed cleanly after a session that opened it sound."""
    stamp = _stamp(path)
    if stamp is None:
        return
    data = _load(cache_dir)
    data[str(path.resolve())] = stamp
    if len(data) > 50:  # keep the file small: the most recent entries
        data = dict(list(data.items())[-50:])
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_dir / (FILE_NAME + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache_dir / FILE_NAME)
    except OSError:
        pass  # only costs the check next time
