"""Saving the rep's settings (and own days off) as one undoable use case.

* ``load(store) -> Settings``: the settings every pane and command reads (the backups
  module is loaded only for a backup, so panes import this one at no start-up cost).
* ``current(store) -> SettingsState``: the settings plus the days off (``calendar_days``).
* ``save(store, state) -> Changes``: writes both in one transaction; ``Changes(settings=True)``
  (plus ``blocks`` when days off changed, since the week calendar greys them). Undo is
  ``save(store, old_state)``.
* ``validate(settings)`` raises :class:`SettingsError` with one sentence for a bad value.
* ``run_daily_backup(store, settings)``: the automatic backup when a plan file is opened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from salesplanner.domain.settings import Settings
from salesplanner.errors import UserError
from salesplanner.services.changes import Changes
from salesplanner.store import calendar_days
from salesplanner.store.db import Store
from salesplanner.store.settings import load_settings, save_settings

LANGUAGES = ("", "zh_CN", "en")
CURRENCY_UNITS = ("wan", "yuan")


class SettingsError(UserError):
    """A setting out of range; the message names it."""


@dataclass(frozen=True)
class SettingsState:
    settings: Settings
    days_off: dict[dt.date, str] = field(default_factory=dict)  # date → note
    # make-up working days (调休上班) and other days marked as working by hand: date → note
    work_days: dict[dt.date, str] = field(default_factory=dict)


def current(store: Store) -> SettingsState:
    return SettingsState(
        load_settings(store),
        calendar_days.days_of_kind(store, "off"),
        calendar_days.days_of_kind(store, "work"),
    )


def load(store: Store) -> Settings:
    """The rep's settings (the defaults for what was never set)."""
    return load_settings(store)


def validate(s: Settings) -> None:
    if s.currency_unit not in CURRENCY_UNITS:
        raise SettingsError(f"Currency unit must be one of {', '.join(CURRENCY_UNITS)}.")
    if not 0 <= s.week_start <= 6:
        raise SettingsError("The week must start on a day from Monday (0) to Sunday (6).")
    if not (0 <= s.work_start_min < s.work_end_min <= 24 * 60):
        raise SettingsError("Working hours must end after they start, within one day.")
    if not 0 <= s.buffer_min_per_day <= s.work_end_min - s.work_start_min:
        raise SettingsError("The buffer per day cannot be longer than the working day.")
    if not Decimal(0) <= Decimal(s.learning_share) <= Decimal("0.5"):
        raise SettingsError("The learning-time share must be between 0 % and 50 %.")
    if s.language not in LANGUAGES:
        raise SettingsError("Language must be zh_CN, en or empty (follow the system).")
    if not 0 <= s.backups_keep <= 365:
        raise SettingsError("Keep between 0 and 365 automatic backups.")
    if any(not 0 <= d <= 6 for d in s.weekend_days):
        raise SettingsError("Weekend days are numbered 0 (Monday) to 6 (Sunday).")
    if s.followups_per_day < 0:
        raise SettingsError("Follow-ups per day cannot be negative.")
    if not 1 <= s.stale_days <= 365:
        raise SettingsError("A deal is stale after 1 to 365 days without activity.")
    cadence = tuple(s.follow_up_cadence)
    if len(cadence) != 3 or any(not isinstance(d, int) or not 1 <= d <= 730 for d in cadence):
        raise SettingsError("A follow-up cadence is a number of days from 1 to 730.")


def save(store: Store, state: SettingsState) -> Changes:
    """Write the settings and days off (one transaction)."""
    validate(state.settings)
    with store.transaction():
        save_settings(store, state.settings)
        off = {d: n for d, n in state.days_off.items() if d not in state.work_days}
        days_changed = calendar_days.replace_days_of_kind(store, off, "off")
        days_changed |= calendar_days.replace_days_of_kind(store, dict(state.work_days), "work")
    return Changes(settings=True, blocks=days_changed)


def run_daily_backup(
    store: Store,
    settings: Settings | None = None,
    folder: Path | None = None,
    today: dt.date | None = None,
) -> Path | None:
    """The once-a-day backup into ``<user data dir>/backups`` keeping ``backups_keep``."""
    from salesplanner.store.backups import daily_backup

    if folder is None:
        from salesplanner.paths import backups_dir

        folder = backups_dir()
    settings = settings or load_settings(store)
    return daily_backup(store, folder, settings.backups_keep, today)
