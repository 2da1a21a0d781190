"""Public holidays and official make-up working days per region and year, from `holidays`.

The maintained ``holidays`` package is the source. Importing it and building a country table
costs ~0.2 s (it loads every country), which the app must not pay at every start, so each
(region, year) table is reduced to plain data — :class:`HolidayYear` — and kept in a JSON
cache when :data:`CACHE_DIR` is set (the app sets it to the user cache folder). A cache file
is tied to the installed package's files, so updating ``holidays`` (e.g. when next year's
official schedule is published) refreshes it. A file also names the installation that wrote it
(:func:`_install_key`), so two installations on one machine (a .deb and a pip install, two
checkouts) keep their own files instead of removing each other's as stale.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

CACHE_DIR: Path | Callable[[], Path] | None = None  # a callable: asked on first use
NAME_LANGUAGES = ("zh_CN", "en_US")
# Regions whose government publishes the holiday schedule year by year (with make-up days):
# a year missing from the package's table of special days is not known yet.
PUBLISHED_SCHEDULE_REGIONS = frozenset({"CN"})


@dataclass(frozen=True, slots=True)
class HolidayYear:
    region: str
    year: int
    weekend: frozenset[int]  # the region's weekend (0 = Monday)
    holidays: frozenset[dt.date]  # public holidays (days off)
    workdays: frozenset[dt.date]  # official make-up working days on a weekend (调休)
    names: dict[str, dict[dt.date, str]]  # language -> {date: holiday name}
    known: bool  # the official schedule for this year is in the package

    def is_working_day(self, d: dt.date) -> bool:
        if d.weekday() in self.weekend:
            return d in self.workdays
        return d not in self.holidays

    def name(self, d: dt.date, language: str | None = None) -> str:
        table = self.names.get(language or "") or self.names.get("en_US") or {}
        return table.get(d, "")


def _package_stamp() -> str:
    """Changes whenever the installed `holidays` package changes (without importing it)."""
    if getattr(sys, "frozen", False):  # a bundle: its package changes only with a new build
        st = os.stat(sys.executable)
        return f"app-{int(st.st_mtime)}-{st.st_size}"
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return "none"
    folder = Path(spec.origin).parent
    st = os.stat(folder / "version.py") if (folder / "version.py").exists() else os.stat(folder)
    return f"{int(st.st_mtime)}-{st.st_size}"


def _install_key() -> str:
    """Tells this installation from another one of the app on the same machine: where its
    executable (a bundle) or its `holidays` package lives. ``i`` and 8 hex digits."""
    if getattr(sys, "frozen", False):
        where = sys.executable
    else:
        spec = importlib.util.find_spec("holidays")
        where = str(Path(spec.origin).parent) if spec and spec.origin else sys.prefix
    return f"i{zlib.crc32(where.encode('utf-8')):08x}"


def _is_keyed(rest: str) -> bool:
    """Whether a cache file name's part after ``holidays-REGION-YEAR-`` names an install."""
    return (
        len(rest) > 10
        and rest[0] == "i"
        and rest[9] == "-"
        and all(c in "0123456789abcdef" for c in rest[1:9])
    )


def _remove_stale(cache: Path, prefix: str, install: str) -> None:
    """Remove this installation's files of the same table for another package version, and
    files from before the name held an installation; another installation's are its own."""
    for other in cache.parent.glob(f"{prefix}*.json"):
        rest = other.name[len(prefix) :]
        if other != cache and (rest.startswith(install + "-") or not _is_keyed(rest)):
            other.unlink(missing_ok=True)


def _build(region: str, year: int) -> HolidayYear | None:
    import holidays

    try:
        table = holidays.country_holidays(region, years=year)
    except NotImplementedError:
        return None
    names: dict[str, dict[dt.date, str]] = {}
    for language in NAME_LANGUAGES:
        try:
            named = holidays.country_holidays(region, years=year, language=language)
        except Exception:  # noqa: BLE001 - a language the region lacks: default names
            named = table
        names[language] = {d: str(n) for d, n in named.items()}
    known = True
    if region.upper() in PUBLISHED_SCHEDULE_REGIONS:
        known = year in getattr(table, "special_public_holidays", {})
    return HolidayYear(
        region=region,
        year=year,
        weekend=frozenset(table.weekend),
        holidays=frozenset(d for d in table if d.year == year),
        workdays=frozenset(d for d in getattr(table, "weekend_workdays", ()) if d.year == year),
        names=names,
        known=known,
    )


def _to_json(h: HolidayYear) -> dict[str, Any]:
    return {
        "region": h.region,
        "year": h.year,
        "weekend": sorted(h.weekend),
        "holidays": sorted(d.isoformat() for d in h.holidays),
        "workdays": sorted(d.isoformat() for d in h.workdays),
        "names": {lang: {d.isoformat(): n for d, n in t.items()} for lang, t in h.names.items()},
        "known": h.known,
    }


def _from_json(d: dict[str, Any]) -> HolidayYear:
    day = dt.date.fromisoformat
    return HolidayYear(
        region=d["region"],
        year=d["year"],
        weekend=frozenset(d["weekend"]),
        holidays=frozenset(map(day, d["holidays"])),
        workdays=frozenset(map(day, d["workdays"])),
        names={lang: {day(k): v for k, v in t.items()} for lang, t in d["names"].items()},
        known=d["known"],
    )


@lru_cache(maxsize=128)
def holiday_year(region: str, year: int) -> HolidayYear | None:
    """The holiday table of ``region`` for ``year``; None for a region the package lacks."""
    region = (region or "CN").upper()
    cache = None
    cache_dir = CACHE_DIR() if callable(CACHE_DIR) else CACHE_DIR
    prefix = f"holidays-{region}-{year}-"
    install = ""
    if cache_dir is not None:
        install = _install_key()
        cache = cache_dir / f"{prefix}{install}-{_package_stamp()}.json"
        try:
            return _from_json(json.loads(cache.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing or damaged: rebuild below
    table = _build(region, year)
    if table is not None and cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            tmp.write_text(json.dumps(_to_json(table), ensure_ascii=False), encoding="utf-8")
            tmp.replace(cache)
            _remove_stale(cache, prefix, install)
        except OSError:
            pass  # a read-only cache folder only costs speed
    return table
