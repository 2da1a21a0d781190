"""Persistence: the only package that speaks SQL."""

from salesplanner.store.db import (
    CorruptDatabaseError,
    NewerVersionError,
    NotADatabaseError,
    Store,
    StoreError,
)

__all__ = ["Store", "StoreError", "NotADatabaseError", "CorruptDatabaseError", "NewerVersionError"]
