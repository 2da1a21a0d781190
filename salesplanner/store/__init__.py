"""Persistence: the only package that speaks SQL."""

from salesplanner.store.db import (
    CorruptDatabaseError,
    DiskFullError,
    FolderMissingError,
    NewerVersionError,
    NotADatabaseError,
    PlanBusyError,
    ReadOnlyPlanError,
    Store,
    StoreError,
)

__all__ = [
    "Store",
    "StoreError",
    "NotADatabaseError",
    "CorruptDatabaseError",
    "NewerVersionError",
    "FolderMissingError",
    "PlanBusyError",
    "ReadOnlyPlanError",
    "DiskFullError",
]
