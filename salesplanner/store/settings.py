"""Settings persisted as JSON values in the `settings` table."""

from __future__ import annotations

import json
from decimal import Decimal

from salesplanner.domain.settings import Settings
from salesplanner.store.db import Store


def _encode(value):
    if isinstance(value, Decimal):
        return {"__decimal__": str(value)}
    if isinstance(value, tuple):
        return list(value)
    return value


def _decode(name: str, value, default):
    if isinstance(value, dict) and "__decimal__" in value:
        return Decimal(value["__decimal__"])
    if isinstance(default, tuple) and isinstance(value, list):
        return tuple(value)
    return value


def load_settings(store: Store) -> Settings:
    defaults = Settings()
    rows = {r["key"]: r["value"] for r in store.query("SELECT key, value FROM settings")}
    values = {}
    for name in Settings.field_names():
        if name in rows:
            try:
                values[name] = _decode(name, json.loads(rows[name]), getattr(defaults, name))
            except (ValueError, TypeError):
                continue  # a damaged value falls back to the default
    return Settings(**values) if values else defaults


def save_settings(store: Store, settings: Settings) -> None:
    with store.transaction():
        for name in Settings.field_names():
            store.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (name, json.dumps(_encode(getattr(settings, name)), ensure_ascii=False)),
            )
