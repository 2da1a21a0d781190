"""Holiday tables reduced from the `holidays` package, and their on-disk cache."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from salesplanner.domain import holiday_tables
from salesplanner.domain.holiday_tables import holiday_year


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(holiday_tables, "CACHE_DIR", tmp_path)
    holiday_year.cache_clear()
    yield tmp_path
    holiday_year.cache_clear()


def test_working_days_agree_with_the_package_for_a_whole_year(cache_dir):
    table = holiday_year("CN", 2026)
    cn = holidays.China(years=2026)
    day = dt.date(2026, 1, 1)
    while day.year == 2026:
        assert table.is_working_day(day) == cn.is_working_day(day), day
        day += dt.timedelta(days=1)
    assert table.is_working_day(dt.date(2026, 1, 4))  # a Sunday worked in exchange (调休)
    assert not table.is_working_day(dt.date(2026, 10, 1))


def test_cache_round_trip_gives_the_same_table(cache_dir):
    fresh = holiday_year("CN", 2026)
    files = list(cache_dir.glob("holidays-CN-2026-*.json"))
    assert len(files) == 1
    holiday_year.cache_clear()
    cached = holiday_year("CN", 2026)
    assert cached == fresh
    assert cached.name(dt.date(2026, 10, 1), "zh_CN") == "国庆节"


def test_damaged_cache_is_rebuilt(cache_dir):
    holiday_year("CN", 2026)
    (path,) = cache_dir.glob("holidays-CN-2026-*.json")
    path.write_text("{not json", encoding="utf-8")
    holiday_year.cache_clear()
    assert holiday_year("CN", 2026).is_working_day(dt.date(2026, 1, 4))


def test_unpublished_year_is_marked_unknown(cache_dir):
    assert holiday_year("CN", 2026).known
    assert not holiday_year("CN", 2027).known


def test_tables_of_another_package_version_are_removed(cache_dir):
    stale = cache_dir / "holidays-CN-2026-0-0.json"
    stale.write_text("{}", encoding="utf-8")
    holiday_year("CN", 2026)
    assert not stale.exists()
    assert len(list(cache_dir.glob("holidays-CN-2026-*.json"))) == 1


def test_another_installations_tables_are_kept(cache_dir, monkeypatch):
    # Two installs on one machine (a .deb and a pip install, two checkouts) share the cache
    # folder: each keeps its own file, and the second start of each reads it.
    monkeypatch.setattr(holiday_tables, "_install_key", lambda: "i0000000a")
    holiday_year("CN", 2026)
    holiday_year.cache_clear()
    monkeypatch.setattr(holiday_tables, "_install_key", lambda: "i0000000b")
    holiday_year("CN", 2026)
    names = sorted(p.name[len("holidays-CN-2026-") :][:9] for p in cache_dir.glob("*.json"))
    assert names == ["i0000000a", "i0000000b"]
    holiday_year.cache_clear()
    monkeypatch.setattr(holiday_tables, "_install_key", lambda: "i0000000a")
    monkeypatch.setattr(holiday_tables, "_build", lambda *_a: pytest.fail("cache not read"))
    assert holiday_year("CN", 2026).known


def test_this_installations_table_of_another_package_version_is_removed(cache_dir, monkeypatch):
    monkeypatch.setattr(holiday_tables, "_install_key", lambda: "i0000000a")
    old = cache_dir / "holidays-CN-2026-i0000000a-1-1.json"
    other_install = cache_dir / "holidays-CN-2026-i0000000b-1-1.json"
    for path in (old, other_install):
        path.write_text("{}", encoding="utf-8")
    holiday_year("CN", 2026)
    assert not old.exists()
    assert other_install.exists()
