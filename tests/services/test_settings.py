"""Saving settings and days off: one transaction, Changes(settings=True), undo by saving back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.services import settings as service
from salesplanner.services.changes import Changes
from salesplanner.store.settings import load_settings


def test_save_and_undo_round_trip(store):
    before = service.current(store)
    new = service.SettingsState(
        before.settings.with_(
            currency_unit="yuan",
            week_start=6,
            buffer_min_per_day=90,
            learning_share=Decimal("0.15"),
            language="en",
            backups_keep=3,
        ),
        {dt.date(2026, 12, 24): "family", dt.date(2026, 12, 31): ""},
    )
    changes = service.save(store, new)
    assert changes == Changes(settings=True, blocks=True)
    after = service.current(store)
    assert after == new
    assert load_settings(store).learning_share == Decimal("0.15")
    assert service.save(store, before) == Changes(settings=True, blocks=True)  # undo
    assert service.current(store) == before


def test_settings_only_leaves_blocks_alone(store):
    state = service.current(store)
    changes = service.save(store, service.SettingsState(state.settings.with_(backups_keep=4)))
    assert changes == Changes(settings=True)


@pytest.mark.parametrize(
    "change",
    [
        {"currency_unit": "usd"},
        {"work_start_min": 600, "work_end_min": 540},
        {"buffer_min_per_day": 24 * 60},
        {"learning_share": Decimal("0.9")},
        {"language": "fr"},
        {"backups_keep": -1},
        {"week_start": 7},
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(store, change):
    state = service.current(store)
    with pytest.raises(service.SettingsError):
        service.save(
            store, service.SettingsState(state.settings.with_(**change), {dt.date(2026, 1, 2): ""})
        )
    assert service.current(store) == state


def test_a_failing_write_rolls_back_settings_and_days(store, monkeypatch):
    state = service.current(store)

    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service.calendar_days, "replace_days_of_kind", boom)
    with pytest.raises(RuntimeError):
        service.save(store, service.SettingsState(state.settings.with_(currency_unit="yuan")))
    assert service.current(store) == state


def test_run_daily_backup_uses_the_kept_count(tmp_path):
    from salesplanner.store import Store

    store = Store.open(tmp_path / "plan.db")
    try:
        service.save(store, service.SettingsState(load_settings(store).with_(backups_keep=2)))
        for day in (1, 2, 3):
            service.run_daily_backup(store, folder=tmp_path / "b", today=dt.date(2026, 3, day))
        assert len(list((tmp_path / "b").iterdir())) == 2
        service.save(store, service.SettingsState(load_settings(store).with_(backups_keep=0)))
        assert (
            service.run_daily_backup(store, folder=tmp_path / "b", today=dt.date(2026, 3, 4))
            is None
        )
    finally:
        store.close()


def test_default_backup_folder_is_in_the_user_data_dir(tmp_path, monkeypatch):
    from salesplanner import paths
    from salesplanner.store import Store

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    store = Store.open(tmp_path / "plan.db")
    try:
        made = service.run_daily_backup(store)
        assert made is not None and made.parent == paths.backups_dir()
        assert str(tmp_path / "data") in str(made)
    finally:
        store.close()
