"""Use cases: each changes data in one transaction and returns a `Changes` value."""

from salesplanner.services.changes import Changes

__all__ = ["Changes"]
