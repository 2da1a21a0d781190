"""Public holidays and official make-up working days per region and year, from `holidays`.

The maintained ``holidays`` package is the source. Importing it and building a country table
costs ~0.2 s (it loads every country), which the app must not pay at every start, so each
(region, year) table is reduced to plain data — :class:`HolidayYear` — and kept in a JSON
cache when :data:`CACHE_DIR` is set (the app sets it to the user cache folder). A cache file
is tied to the installed package's files, so updating ``holidays`` (e.g. when next year's
official schedule is published) refreshes it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import sys
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
    if cache_dir is not None:
        cache = cache_dir / f"holidays-{region}-{year}-{_package_stamp()}.json"
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
            for stale in cache.parent.glob(f"holidays-{region}-{year}-*.json"):
                if stale != cache:  # written for another version of the package
                    stale.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only cache folder only costs speed
    return table
