"""Settings persisted as JSON values in the `settings` table."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from salesplanner.domain.settings import Settings
from salesplanner.store.db import Store


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"__decimal__": str(value)}
    if isinstance(value, tuple):
        return list(value)
    return value


def _decode(name: str, value: Any, default: Any) -> Any:
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


PLAN_ID_KEY = "plan_id"


def existing_plan_id(store: Store) -> str | None:
    """This plan's stable id (8 hex digits), or None if none was made yet."""
    rows = store.query("SELECT value FROM settings WHERE key = ?", (PLAN_ID_KEY,))
    if rows:
        try:
            value = json.loads(rows[0]["value"])
        except ValueError:
            return None
        if isinstance(value, str) and len(value) == 8:
            return value
    return None


def plan_id(store: Store) -> str:
    """This plan's stable random id (8 hex digits), made on first need.

    Exports stamp it into record IDs (``SP-<plan_id>-D<deal id>``) so that an import can tell
    this plan's own records from another plan's. Kept outside :class:`Settings` on purpose."""
    value = existing_plan_id(store)
    if value is None:
        import secrets

        if store.read_only:  # cannot be kept: this export's own id (an import asks again)
            return secrets.token_hex(4)
        with store.transaction():
            store.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (PLAN_ID_KEY, json.dumps(secrets.token_hex(4))),
            )
        value = existing_plan_id(store)
        assert value is not None
    return value
